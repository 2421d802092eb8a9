"""Round twelve (P3): person names in English and Chinese. Values invented here (not copied from any split), each
rule with near misses beside it."""

from __future__ import annotations

import pytest

from workbench.privacy import Privacy
from workbench.privacy._rec_names11 import names


@pytest.fixture(scope="module")
def privacy() -> Privacy:
    return Privacy()


def _sent(privacy: Privacy, text: str) -> str:
    return privacy.redact(text, privacy.new_vault()).text


def _found(text: str) -> list[str]:
    return [text[s:e] for s, e, _ in names(text)]


# -- a bare "Name" column: people or goods? ---------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "name"), [
    ("Name|Region\nTemuulen Baasanjav|Khovd\nNgaio Parata|Otago", "Ngaio Parata"),
    ("Name & Office \\\\\nIolana Kanahele & Hilo \\\\\nUnai Agirre & Bilbao \\\\", "Unai Agirre"),
    ("Name;Phone\nRasoanaivo;034 22 416 80", "Rasoanaivo"),       # one word beside a person's column
])
def test_bare_name_column_of_people(text: str, name: str) -> None:
    assert name in _found(text)


@pytest.mark.parametrize("text", [
    "name,price\nWidget,3\nGadget,4",                  # goods beside it, single words no list holds
    "Name,Stock\nHarbour Lamp,3\nCedar Stool,12",      # capitalised products under a goods header
    "Name,Status\nZephyr,live\nQuasar,retired",        # codenames: single words no name list holds
    "Name|Seats\nScale Up|50\nStarter|5",              # plans: everyday words
])
def test_bare_name_column_of_goods(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize("text", ["name,price\nWidget,3\nGadget,4", "Name,Status\nZephyr,live\nQuasar,retired",
                                  "Name,Price,Qty\nNimbus,12,3\nKestrel,40,1"])
def test_bare_name_column_of_goods_end_to_end(privacy: Privacy, text: str) -> None:
    assert "PERSON" not in privacy.redact(text, privacy.new_vault()).counts


def test_qualified_name_column_needs_no_evidence() -> None:
    # "customer_name" says what the column holds: one unlisted word is still a person there
    assert "Zozan" in _found("customer_name,amount\nZozan,300")


# -- the rest of a name beside the words found (_rec_names12.grow) ----------------------------------------------------
@pytest.mark.parametrize(("text", "rest"), [
    ("{'owner': 'Felicity Rakotomalala Andrianarivo', 'tier': 'gold'}", "Felicity"),   # a quoted value
    ("<tr><td>Blessing Vainikolo</td><td>0712 000 111</td></tr>", "Blessing"),          # a table cell
    ("Rx 55120  Tuipulotu Sione\nParacetamol 500mg", "Tuipulotu"),                       # a fixed-width field
    ("Ride shared with Ana Lima and FALEOLO Mele Losana; back on Friday.", "FALEOLO"),  # prose: no list holds it
    ("Next of kin: Bw. Taufahema Viliami (uncle), 0712 000 111", "Taufahema"),          # a title's abbreviation
])
def test_rest_of_a_name_goes_with_it(privacy: Privacy, text: str, rest: str) -> None:
    assert rest not in _sent(privacy, text)


@pytest.mark.parametrize(("text", "kept"), [
    ("Best regards,\nAna Lima\nSenior Analyst, Pricing", "Senior Analyst"),   # a role line under the name
    ("Customer: It's Ana Lima.", "It's"),                                     # a contraction
    ("Dear Ana Lima,\nthanks for the file", "Dear"),                          # a greeting
    ("Report sent to Ana Lima Monday morning.", "Monday"),                    # a calendar word
    ("Payment reference for UN Ana Lima: card pending", "UN"),                # an acronym
])
def test_rest_of_a_name_near_misses(privacy: Privacy, text: str, kept: str) -> None:
    assert kept in _sent(privacy, text)


# -- a name after a party word or contact verb (_rec_names12.names) ---------------------------------------------------
@pytest.mark.parametrize(("text", "name"), [
    ("Refund request: customer Haingo sent 40,000 to the wrong wallet.", "Haingo"),
    ("Survey HH-2231: respondent Oyunchimeg, head of household absent.", "Oyunchimeg"),
    ("Please meet Tahina at the depot gate.", "Tahina"),
    ("The card failed again; the customer Mialy Ravelojaona Rindra wants a refund.", "Ravelojaona"),
])
def test_name_after_a_party_word(privacy: Privacy, text: str, name: str) -> None:
    assert name not in _sent(privacy, text)


@pytest.mark.parametrize("text", [
    "Please ask customer Service to call back.",
    "the client Success Team replied on Monday.",
    "Our tenant Association meets on Friday.",
    "We will visit Kampala next week.",
    "Please meet Tomorrow at the gate.",
])
def test_party_word_near_misses(text: str) -> None:
    from workbench.privacy._rec_names12 import names as names12

    assert names12(text) == []


# -- a chat transcript's speakers are no form labels (_rec_names12.speaker) -------------------------------------------
def test_chat_speakers_whose_names_are_rare_words(privacy: Privacy) -> None:
    text = "Kahu: can you send the churn file again?\nIolana: on it, give me five minutes"
    sent = _sent(privacy, text)
    assert "Kahu" not in sent and "Iolana" not in sent


@pytest.mark.parametrize(("text", "kept"), [
    ("Note: please check the file first.\nUpdate: we shipped the fix today", "Note"),   # everyday labels
    ("Agent: thank you for calling, how can I help?\nCaller: my card is blocked", "Agent"),  # roles
    ("Town: Sialkot\nDistrict: Punjab", "Town"),                                      # a form: label, value
])
def test_chat_speaker_near_misses(privacy: Privacy, text: str, kept: str) -> None:
    assert kept in _sent(privacy, text)


# -- a Chinese table's person column (_rec_names12.zh_table) ----------------------------------------------------------
@pytest.mark.parametrize(("text", "name"), [
    ("| 负责人 | 部门 |\n|---|---|\n| 周一航 | 财务部 |", "周一航"),       # 周一 is Monday: the column says a name
    ("工单号,处理人,状态\nGD-88,高明轩,处理中", "高明轩"),
    ("日期\t报修人\t问题\n3月2日\t马上飞\t灯不亮", "马上飞"),
])
def test_zh_person_column(text: str, name: str) -> None:
    from workbench.privacy._rec_names12 import zh_table

    assert name in [text[s:e] for s, e, _ in zh_table(text)]


@pytest.mark.parametrize("text", [
    "工单号,标题,状态\nGD-88,周一例会,处理中",          # no person column
    "工单号,处理人,状态\nGD-88,系统,处理中",            # not a surname first
    "工单号,处理人,状态\nGD-88,马上,已关闭",            # a two-character everyday word
])
def test_zh_person_column_near_misses(text: str) -> None:
    from workbench.privacy._rec_names12 import zh_table

    assert zh_table(text) == []
