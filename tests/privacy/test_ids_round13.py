"""Round thirteen (PS): ids and phones by how their labels and records are built, whatever the scheme
(``_rec_ids13``, ``_rec_zh_ids13``, round thirteen's lines in ``_rec_phone``). Labels and values are written here
(no split's and no fuzz set's wording); each slot comes with near misses that keep their numbers."""

from __future__ import annotations

import pytest

from workbench.privacy import Privacy
from workbench.privacy._rec_ids13 import label_strength, score

from .conftest import assert_found


@pytest.fixture(scope="module")
def privacy() -> Privacy:
    return Privacy()


def _score(text: str, value: str) -> float:
    i = text.index(value)
    return score(text, i, i + len(value))


@pytest.mark.parametrize("text, value", [
    ("Registration no. 36574291889 on file", "36574291889"),
    ("Numero di iscrizione 88123400917", "88123400917"),  # no listed stem: a number word and a qualifier
    ("Номер документа: 4510 772913", "4510 772913"),
    ("Broj lične karte 039337928", "039337928"),
    ("Kode pribadi: 3174052808", "3174052808"),
    ("holder=Ana Lind; doc=K22214043A", "K22214043A"),
    ("The tax number of Ana Lind is 20.123.850.", "20.123.850"),
    ("Ana Lind's Código de contribuyente (U13585128) was rejected.", "U13585128"),
    ("Steueridentnummer\n48 112 907 315", "48 112 907 315"),  # the label alone on the line above
    ("RNC 100890042", "100890042"),  # a scheme's acronym from python-stdnum's names (no currency code)
    ("ICE 002136093003047", "002136093003047"),
])
def test_labels_built_like_an_ids(text: str, value: str) -> None:
    assert _score(text, value) >= 0.5


@pytest.mark.parametrize("text, value", [
    ("Order number 4471229018 shipped.", "4471229018"),
    ("number of rows: 1204331", "1204331"),
    ("Reference number 4471229018", "4471229018"),
    ("Part no. 7731220445", "7731220445"),
    ("Invoice no. 2026004417", "2026004417"),
    ("Phone number 0612345678", "0612345678"),
    ("Tracking number 1Z999AA1012", "1Z999AA1012"),
    ("Registration no. 20.12.2025", "20.12.2025"),  # a date
    ("Registration fee 1,204,331.50", "1,204,331.50"),  # an amount
    ("Project code 4471229018 is closed", "4471229018"),  # "code" beside a business word: a business code
    ("budget code 7731-2204 stays open", "7731-2204"),
])
def test_near_misses_of_a_label_keep_their_numbers(text: str, value: str) -> None:
    assert _score(text, value) == 0


def test_label_strength_reads_words_not_a_list() -> None:
    assert label_strength(["Numer", "ewidencyjny"], False) == 2  # a number word and a word beside it
    assert label_strength(["Number"], False) == 1  # alone: only in a person's record
    assert label_strength(["order", "number"], False) == 0
    assert label_strength(["PTIN"], False) == 2  # stdnum's acronym
    assert label_strength(["doc"], True) == 2  # a document key


@pytest.mark.parametrize("text, value", [
    ("PID|1||12145672||Aigul Serikova||19800412|F", "12145672"),
    ("holder:\n  name: Tomas Ibarra\n  folio: 40003221608\n", "40003221608"),
    ('{\n  "resourceType": "Patient",\n  "identifier": [{"system": "urn:x", "value": "45128870"}],\n'
     '  "name": [{"family": "Quispe", "given": ["Rosa"]}]\n}', "45128870"),
    ("- Oyunaa Bat-Erdene: 1955839268", "1955839268"),
    ("Holder: Kwabena Asante · Number: C0000403563", "C0000403563"),
    ("<row><name>Mele Tupou</name><x_nr>106594106</x_nr></row>", "106594106"),
])
def test_a_value_in_a_record_that_names_a_person(text: str, value: str) -> None:
    assert _score(text, value) >= 0.5


@pytest.mark.parametrize("text, value", [
    ('{"name": "Daily load", "rows": 1204331}', "1204331"),  # no person, and a count's key
    ('{"name": "Ana Lind", "qty": 12043317}', "12043317"),  # the value's own key claims it
    ("Batch 20260411-07 passed for Ana Lind", "20260411-07"),
    ("Ana Lind closed 1204331 rows", "1204331"),
    ("Koffi Agbodjan, quota 12500000, region North", "12500000"),  # prose before the value, no record's cell
    ("id,name,data,status\n156,Mei Tan,M12-2407,active", "M12-2407"),  # a part code with a dash
])
def test_records_that_keep_their_numbers(text: str, value: str) -> None:
    assert _score(text, value) == 0


@pytest.mark.parametrize("text, value", [
    ("持证人 陳家豪（5707603(6)）", "5707603(6)"),
    ("黃志強 的证件号码是 H42221785。", "H42221785"),
    ("林淑芬，身分證字號 CA63503865", "CA63503865"),
    ("姓名,证件号,备注\n劉德明,CB08270614,已核验", "CB08270614"),
])
def test_chinese_document_numbers(privacy: Privacy, text: str, value: str) -> None:
    assert_found(privacy, text, "ID_NUMBER", value)


def test_chinese_business_numbers_stay(privacy: Privacy) -> None:
    for text in ("订单号 CA94650043 已发货", "运单 SF12345678 已签收", "证件已寄出，快递单号 75312345678"):
        red = privacy.redact(text, privacy.new_vault())
        assert not [e for e in red.entities if e.type == "ID_NUMBER"], red.text


@pytest.mark.parametrize("text, phone", [
    ("Phone: +61 2 9374 4000, int. 4064", "+61 2 9374 4000, int. 4064"),  # every extension word after a comma
    ("Mob.: +55 11 99123 4500, wew. 6388", "+55 11 99123 4500, wew. 6388"),
    ("Fixe 22335620", "22335620"),
    ("Ph +974 4412 3426 / 33143306", "33143306"),  # the next number of a list that opened with a phone
])
def test_phones_in_national_formats(privacy: Privacy, text: str, phone: str) -> None:
    assert_found(privacy, text, "PHONE_NUMBER", phone)


def test_a_number_line_under_a_name_line(privacy: Privacy) -> None:
    assert_found(privacy, "Koffi Agbodjan\n2642358262", "PHONE_NUMBER", "2642358262")
    red = privacy.redact("Quarterly Summary\n2026004417", privacy.new_vault())  # everyday words: no name
    assert "2026004417" in red.text


@pytest.mark.parametrize("text, value", [
    ("Resident: Chan Ka Ho, Macau BIR 1/234567/8", "1/234567/8"),  # Macau's slashed form, in English text
    ("Macau ID 5215299(8) on the form", "5215299(8)"),
    ("身份證號碼\n5215299(8)", "5215299(8)"),  # the label alone on the line above
])
def test_hong_kong_and_macau_shapes_anywhere(privacy: Privacy, text: str, value: str) -> None:
    assert_found(privacy, text, "ID_NUMBER", value)


def test_a_hong_kong_shape_needs_its_checksum_outside_chinese_text(privacy: Privacy) -> None:
    red = privacy.redact("Model A123457 (3) ships in May", privacy.new_vault())
    assert not [e for e in red.entities if e.type == "ID_NUMBER"], red.text


def test_a_diallers_pause_before_the_extension(privacy: Privacy) -> None:
    assert_found(privacy, "Tel: +229 01 97 12 34 56,,241", "PHONE_NUMBER", "+229 01 97 12 34 56,,241")
