"""Round fourteen (PT): spans a record's structure says are no name (``_over14.not_personal``) and PERSON spans cut
back to their name at a record's fields, column gaps, digits and shorthand (``_over14.trim``). Values written here
(no split's rows), each class with near misses: the name beside the record's words still goes."""

from __future__ import annotations

import pytest

from workbench.privacy import Privacy
from workbench.privacy._over14 import not_personal, trim


@pytest.fixture(scope="module")
def privacy() -> Privacy:
    return Privacy()


def _sent(privacy: Privacy, text: str) -> str:
    return privacy.redact(text, privacy.new_vault()).text


def _np(text: str, value: str, entity: str = "PERSON") -> bool:
    i = text.index(value)
    return not_personal(text, i, i + len(value), entity)


def _trimmed(text: str, value: str) -> str | None:
    i = text.index(value)
    spans = [[i, i + len(value), "PERSON", 0.85, 1, None]]
    trim(text, spans)
    return text[spans[0][0]:spans[0][1]] if spans else None


def test_no_letters_no_name() -> None:
    assert _np("Ilse Varga earns ~3,100/month.", "~3,100")
    assert not _np("Ilse Varga earns ~3,100/month.", "Ilse Varga")


def test_record_keys() -> None:
    assert _np("dn: uid=Ilse.Varga,ou=staff,dc=firm,dc=test", "dc", "LOCATION")
    assert _np("ORGANIZER;CN=Ilse Varga:mailto:iv@firm.test", "ORGANIZER")
    assert not _np("ORGANIZER;CN=Ilse Varga:mailto:iv@firm.test", "Ilse Varga")  # the value after "=" is a name


def test_traceback_and_log_levels() -> None:
    assert _np('  File "ledger.py", line 12, in post', "File")
    assert _np("2031-01-02T03:04:05Z WARN retry failed", "WARN", "LOCATION")
    assert _np("tail -f app.log | grep CRIT", "CRIT", "LOCATION")
    assert not _np("Filed by Ilse Varga", "Ilse Varga")
    assert not _np("03:04 ANNA said hi", "ANNA said")  # words after a clock, not one capital word


def test_label_before_an_amount() -> None:
    assert _np("Advance: 1,250.00   Due: 01/02/2031", "Advance")
    assert not _np("Teodora: 0712 345 678", "Teodora")  # a contact list's name before a phone


def test_trim_fields_and_gaps() -> None:
    assert _trimmed("Ilse Varga;Pest;410;1,200.00;0712-3345", "Ilse Varga;Pest;410;1,200.00;0712-3345") == "Ilse Varga"
    assert _trimmed("Witness: VARGA Ilse   ID: 77120913", "VARGA Ilse   ID") == "VARGA Ilse"
    assert _trimmed("N A M E :  Ilse Varga     A D D R E S S :  x", "Ilse Varga     A D D R E S S") == "Ilse Varga"
    assert _trimmed("Grace  Hopper", "Grace  Hopper") == "Grace  Hopper"  # a given name that is a word stays


def test_trim_digits_shorthand_and_roles() -> None:
    assert _trimmed("MEAL VOUCHER 0042-9", "MEAL VOUCHER 0042-9") is None
    assert _trimmed("Chart: pt Ilse Varga, recall", "pt Ilse Varga") == "Ilse Varga"
    assert _trimmed("Consignee Ilse Varga did not answer", "Consignee Ilse Varga") == "Ilse Varga"
    assert _trimmed("Maria de la Cruz", "Maria de la Cruz") == "Maria de la Cruz"
    assert _trimmed("Will Turner signed", "Will Turner") == "Will Turner"  # an everyday given name opens it
    assert _trimmed("the customer Happiness Oyelaran Mbeki", "Happiness Oyelaran Mbeki") == "Happiness Oyelaran Mbeki"
    assert _trimmed("posted by Oskar_6617302", "Oskar_6617302") == "Oskar_6617302"  # a handle is no number


def test_through_the_pipeline(privacy: Privacy) -> None:
    sent = _sent(privacy, "Loan: 4,750.00   Repay by: 02/03/2031")
    assert sent.startswith("Loan: 4,750.00")
    sent = _sent(privacy, "Tomasz Wierzbicki;Lodz;310;740.00;601-220-331")
    assert "Tomasz" not in sent and "Wierzbicki" not in sent and ";740.00;" in sent
    sent = _sent(privacy, "Dental chart note: pt Jovita Barcenas, recall in 6 months")
    assert "Jovita" not in sent and "Barcenas" not in sent and "pt <PERSON" in sent
