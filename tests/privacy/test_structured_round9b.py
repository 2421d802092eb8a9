"""Round nine b (P5): national ids by check digits and grouping, phone extensions, IPv6 prefixes.

Values written here (own names, own carriers, check digits computed): none is a split's sample.
"""

from __future__ import annotations

import pytest

from workbench.privacy import _rec_ids9 as ids


@pytest.fixture(scope="module")
def privacy():
    from workbench.privacy import Privacy

    return Privacy()


def _sent(privacy, text: str) -> str:
    return privacy.redact(text, privacy.new_vault()).text


@pytest.mark.parametrize(("check", "good", "bad"), [
    (ids.emso_ok, "0101006500006", "0101006500007"),
    (ids.snils_ok, "11223344595", "11223344596"),
    (ids.inn_ok, "7707083893", "7707083894"),
    (ids.inn_ok, "500100732259", "500100732258"),
    (ids.iran_ok, "0499370899", "0499370898"),
    (ids.hu_taj_ok, "111111110", "111111111"),
    (ids.pesel_ok, "44051401359", "44051401358"),
    (ids.bsn_ok, "111222333", "111222334"),
    (ids.israel_ok, "000000018", "000000019"),
])
def test_checks(check, good, bad) -> None:
    assert check(good) and not check(bad)


@pytest.mark.parametrize(("text", "value"), [
    ("Tenant Tamara Vuk, JMBG 0101006500006, signed.", "0101006500006"),  # a bare 13-digit EMŠO/JMBG
    ("Applicant: Olga Smirnova, СНИЛС 112-233-445 95", "112-233-445 95"),  # SNILS in its own grouping
    ("SNILS no. 112 233 445 95 on file", "112 233 445 95"),
    ("Parisa Karimi, code melli 049-937089-9, approved", "049-937089-9"),  # Iran's 3-6-1
    ("کد ملی: 0499370899", "0499370899"),
    ("Mr Gergely Szabó (0499370899) called back.", "0499370899"),  # a checked number alone in brackets after a name
    ("TAJ szám: 111 111 110", "111 111 110"),
    ("citizenship no.: 27-01-75-01234", "27-01-75-01234"),  # Nepal: no check digit, the label and grouping
    ("Personal ID number 44051401359 (PESEL)", "44051401359"),
])
def test_national_ids_redacted(privacy, text: str, value: str) -> None:
    assert value not in _sent(privacy, text)


@pytest.mark.parametrize("text", [
    "Order 0101006500006 shipped on Monday.",
    "invoice no. 0499370899 is overdue",
    "EAN 4006381333931 on the pallet",
    "Batch 111222333 passed QA",
])
def test_business_numbers_stay(privacy, text: str) -> None:
    sent = _sent(privacy, text)
    assert "ID_NUMBER" not in sent


@pytest.mark.parametrize(("text", "digits"), [
    ("Guest: Ana Vuk | Tel. +386 1 234 56 78 int. 42", "42"),
    ("Desk: 021-55908804 (local 293)", "293"),
    ("Call +36 1 234 5678 mellék 12 after ten", "12"),
])
def test_extension_goes_with_the_phone(privacy, text: str, digits: str) -> None:
    sent = _sent(privacy, text)
    assert "PHONE_NUMBER" in sent and digits not in sent.replace("PHONE_NUMBER_1", "")


def test_spoke_to_on_number(privacy) -> None:
    assert "9841234567" not in _sent(privacy, "The nurse spoke to Bishnu Adhikari on 9841234567 this morning.")


def test_csv_phone_after_rs_email(privacy) -> None:
    """".rs" (Serbia's domain) before a field is no rupee amount."""
    text = "id,name,email,mobile\n1,Dragan Ilić,dragan@example.rs,066/2046481\n2,Ana Ilić,ana@example.rs,064/1234567"
    sent = _sent(privacy, text)
    assert "2046481" not in sent and "1234567" not in sent


@pytest.mark.parametrize("value", ["2a02:3769:b19b:dcb0", "2001:db8:85a3::/48", "fd12:3456:789a:1"])
def test_ipv6_prefixes(privacy, value: str) -> None:
    assert value.split("/")[0] not in _sent(privacy, f"customer connects from {value} since noon")


def test_times_are_no_ipv6(privacy) -> None:
    assert _sent(privacy, "The call ran 12:30:45 to 13:10:02.") == "The call ran 12:30:45 to 13:10:02."


def test_business_key_glued_by_underscore() -> None:
    """"customer_id=…": the business word before "_id" claims a 13-digit number that passes EMŠO's check."""
    text = "customer_id=0101006500006"
    assert ids.score(text, text.index("0"), len(text)) == 0.0
    assert ids.score("JMBG=0101006500006", 5, 18) == 0.6
