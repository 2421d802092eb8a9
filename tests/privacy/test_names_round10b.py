"""Round ten, second pass (P7, HELD-OUT-11 seen): over-redaction families of ``_over10`` and the name parts of
``_rec_names10.widen``, each with benign near misses (a real name in the same slot stays redacted). Wordings are
written here, not taken from the split's rows."""

from __future__ import annotations

import pytest

from workbench.privacy import Privacy
from workbench.privacy._rec_names10 import widen


def _sent(privacy: Privacy, text: str) -> str:
    return privacy.redact(text, privacy.new_vault()).text


@pytest.mark.parametrize("text,kept", [
    ("Timesheet for Olga Ivanova, week 14, 38 hours", "Timesheet"),  # a compound of two English words
    ("Payslip for Olga Ivanova, gross 2,000.00", "Payslip"),
    ("Handover from Petar Georgiev: keys are at reception.", "Handover"),
    ("Consignee did not collect the parcel from the depot.", "Consignee"),
    ("Chargeback dispute: cardholder Olga Ivanova, amount 40.00", "Chargeback"),
    ("SUMMARY:Budget review with Olga Ivanova", "Budget"),
    ("Supplier: Danube Freight EOOD, contact Petar Georgiev", "Danube Freight EOOD"),
    ("Paid to Riga Bakery SIA for the catering, 300.00", "Riga Bakery SIA"),
    ("Vendor: Ganges Textile Exporters, contact Rahim Uddin", "Ganges Textile Exporters"),
    ("<Dbtr><Nm>Olga Ivanova</Nm></Dbtr>", "<Nm>"),
    ("She moves to Internal Audit next month.", "Internal Audit"),
])
def test_not_personal_families(privacy: Privacy, text: str, kept: str) -> None:
    assert kept in _sent(privacy, text)


@pytest.mark.parametrize("text,name", [
    ("Olga Ivanova did not answer the phone.", "Olga"),  # a listed given name heading the line stays a name
    ("Mariam for the second time asked about it.", "Mariam"),
    ("Supplier: Aliyev MMC, contact Rahim", "Aliyev"),  # a firm named by a surname only
    ("<Dbtr><Nm>Olga Ivanova</Nm></Dbtr>", "Olga"),
    ("Grace Bell moved to Internal Audit.", "Grace"),
])
def test_near_misses_stay_redacted(privacy: Privacy, text: str, name: str) -> None:
    assert name not in _sent(privacy, text)


@pytest.mark.parametrize("text,value", [
    ("The mandate was signed by Md. Rafiqul Islam yesterday.", "Md. Rafiqul Islam"),
    ("Please call Mst. Shirin Akter about the loan.", "Mst. Shirin Akter"),
    ("Reference: I worked with Most. Taslima Begum for years.", "Most. Taslima Begum"),
    ("Prescription for Rauf Elşən oğlu, collect on Friday.", "Rauf Elşən oğlu"),
    ("Contact Aynur Vüqar qızı by e-mail.", "Aynur Vüqar qızı"),
])
def test_name_parts_are_redacted(privacy: Privacy, text: str, value: str) -> None:
    sent = _sent(privacy, text)
    for part in value.replace(".", " ").split():
        assert part not in sent, (part, sent)


def test_widen_near_misses() -> None:
    text = "Most people met Olga Ivanova at noon"
    s = text.index("Olga")
    assert widen(text, s, s + len("Olga Ivanova")) == (s, s + len("Olga Ivanova"))  # "Most people" is no prefix
    text = "Amd. Olga Ivanova oğlum"
    s = text.index("Olga")
    assert widen(text, s, s + len("Olga Ivanova")) == (s, s + len("Olga Ivanova"))
