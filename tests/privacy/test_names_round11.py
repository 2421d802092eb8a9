"""Round eleven (P3): names by structure (``_rec_names11``): initials with a surname, Slavic / Caucasian / Turkic
surname endings, letter-spaced labels, SQL rows under their column list; transliterated names in turn 2
(``_known._transliterated``). Values written here (invented names), with near misses beside each rule."""

from __future__ import annotations

import pytest

from workbench.privacy import Privacy
from workbench.privacy._rec_names11 import names, transliterations


@pytest.fixture(scope="module")
def privacy() -> Privacy:
    return Privacy()


def _sent(privacy: Privacy, text: str) -> str:
    return privacy.redact(text, privacy.new_vault()).text


def _found(text: str) -> list[str]:
    return [text[s:e] for s, e, _ in names(text)]


@pytest.mark.parametrize("text, name", [
    ("The claim was served on Д. Малинов by post.", "Д. Малинов"),
    ("Approved by Ширяев Т.К. on Monday.", "Ширяев Т.К."),
    ("Report filed by Gulyamov R.T. yesterday.", "Gulyamov R.T."),
    ("Ответственный: Е.В. Рожкова, бухгалтерия.", "Е.В. Рожкова"),
])
def test_initials_with_a_surname(text: str, name: str) -> None:
    assert name in _found(text)


@pytest.mark.parametrize("text", [
    "The U.S. Army and A. Section met on Friday.",
    "Приложение А. Список документов.",  # an appendix's letter, then an everyday word
    "See Figure B. Results are below.",
])
def test_initials_near_misses(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize("text, name", [
    ("Minutes: Ростислава Гончарова Пенева joined late.", "Ростислава Гончарова Пенева"),
    ("escalated: customer TURSUNOVA unreachable since May", "TURSUNOVA"),
    ("the ЖЕЛЯЗКОВА file is on the shared drive", "ЖЕЛЯЗКОВА"),
    ("transfer held: beneficiary HASANZADƏ asked twice", "HASANZADƏ"),
])
def test_surname_endings(text: str, name: str) -> None:
    assert name in _found(text)


@pytest.mark.parametrize("text", [
    "Exports to Moldova rose; the Kiev office and ALASKA AIRLINES stayed flat.",
    "IMPORTANT NOTE: the KYC review is PENDING APPROVAL.",
    "Готов отчёт по продажам.",  # a sentence's first word with a surname's ending
])
def test_surname_endings_near_misses(text: str) -> None:
    assert _found(text) == []


def test_letter_spaced_label_and_value() -> None:
    text = "P A T I E N T   N A M E :   R U S T A M   Y O L D O S H E V     W A R D :  3"
    assert _found(text) == ["R U S T A M   Y O L D O S H E V"]
    plain = "N A M E :  Oysha Rahimova     D A T E :  4/5"
    assert set(_found(plain)) == {"Oysha Rahimova"}  # the label rule, and the surname ending
    assert _found("N O T E :  S E E  O V E R L E A F") == []  # a spaced label that names no person


def test_sql_row_under_its_column_list() -> None:
    text = "INSERT INTO clients (id, full_name, city) VALUES (7, 'Dilnoza Ergasheva', 'Tashkent'), (8, 'Bo Li', NULL);"
    assert _found(text) == ["Dilnoza Ergasheva", "Bo Li"]
    zh = "INSERT INTO 客户 (姓名, 手机) VALUES ('韦小雅', '13800138000');"
    assert _found(zh) == ["韦小雅"]
    assert _found("INSERT INTO plans (code, tier) VALUES ('P1', 'gold');") == []


def test_through_the_pipeline(privacy: Privacy) -> None:
    sent = _sent(privacy, "The claim was served on Д. Малинов by post; customer TURSUNOVA unreachable.")
    assert "Малинов" not in sent and "TURSUNOVA" not in sent and "served on" in sent and "unreachable" in sent
    sent = _sent(privacy, "N A M E :  J a s u r  K a r i m o v")
    assert "J a s u r" not in sent and sent.startswith("N A M E :")


def test_transliterations() -> None:
    assert transliterations("петрова") == ["petrova"]
    assert set(transliterations("юлия")) == {"yuliya", "iuliia", "julija"}
    assert transliterations("aminova") == ["аминова"]
    assert transliterations("li") == []  # too short to say


def test_turn_two_in_the_other_script(privacy: Privacy) -> None:
    vault = privacy.new_vault()
    first = privacy.redact("Please open a file for Sarvinoz Aminova, the new tenant.", vault).text
    token = first.split("for ")[1].split(",")[0]
    second = privacy.redact("Аминова called again; Sarvinoz too.", vault).text
    assert "Аминова" not in second and second.count(token) == 2
    vault = privacy.new_vault()
    privacy.redact("Договор подписал Тимур Рахимов.", vault)
    assert "Rakhimov" not in privacy.redact("Mr Rakhimov asked about the deposit.", vault).text
    vault = privacy.new_vault()
    privacy.redact("Договор подписал Марк Соколов.", vault)  # "Марк" -> "mark": an everyday word, not matched
    assert "mark the" in privacy.redact("please mark the invoice as paid", vault).text


def test_party_columns_in_several_languages() -> None:
    from workbench.privacy._rec_names import column_names

    def cells(text: str) -> list[str]:
        return [text[a:b] for a, b in column_names(text)]

    assert cells("Client,Tier,Since\nGulnora Saidova,Gold,2019\nAcme Holdings,Silver,2021") == ["Gulnora Saidova"]
    assert cells("Фамилия;Имя;Отдел\nЮсупова;Нодира;Бухгалтерия") == ["Юсупова", "Нодира"]
    assert cells("Beneficiary|Amount\nTemur Qodirov|300") == ["Temur Qodirov"]
    assert cells("name,price\nWidget,3") == []  # a bare "name" beside no person's column lists products
    assert cells("Status,Team,Count\nOpen,Billing,4") == []


def test_an_opening_verb_is_no_part_of_the_name() -> None:
    from workbench.privacy._gazetteer import gazetteer
    from workbench.privacy._rec_names import inflected

    g = gazetteer()
    assert inflected("Countersigned", g) and inflected("Witnessed", g)
    assert not any(inflected(w, g) for w in ("Ahmed", "Mohammed", "Fleming", "Manning", "Winifred"))


def test_a_latin_run_ending_in_a_surname_ending() -> None:
    assert _found("Shipping label: Bogdana Zhelyazkova 12 Main St") == ["Bogdana Zhelyazkova"]
    assert _found("Chekhov Street fans met at the Moldova Expo; Tchaikovsky Concert Hall.") == []


def test_a_day_opens_no_name_run() -> None:
    assert _found("Volunteer roster: Saturday Boris Petrov and friends") == ["Boris Petrov"]
