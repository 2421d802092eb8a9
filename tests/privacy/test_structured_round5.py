"""Round five: structured values in every national grouping. IBANs of every country in schwifty's registry
(its generator, not ours: compact, in groups of four, lower case, dashed, after "IBAN:" or not), cards
grouped as their brands group them (Visa 13 digits 4-4-4-1, Diners 14 digits 4-4-4-2) and of issuer ranges
outside the public list (only with a card word), and internationalised e-mail addresses."""

import glob
import json
import random
from pathlib import Path

import pytest

from workbench.privacy._rec_en import IBAN_COUNTRIES

from .conftest import assert_found, assert_not_found

schwifty = pytest.importorskip("schwifty")


def _registry_countries() -> set[str]:
    root = Path(schwifty.__file__).parent / "iban_registry"
    out: set[str] = set()
    for f in glob.glob(str(root / "*.json")):
        out |= set(json.loads(Path(f).read_text(encoding="utf-8")))
    return out


def test_the_iban_countries_are_the_registry_countries():
    assert IBAN_COUNTRIES == _registry_countries()


def test_ibans_of_every_registry_country(privacy):
    rng = random.Random(2026)
    frames = ["IBAN: {}", "Please wire the refund to {}.", "| Anna Berg | {} |", "iban={}", "Pay into {} by Friday."]
    leaked = []
    for country in sorted(_registry_countries()):
        iban = schwifty.IBAN.random(country_code=country, random=rng, use_registry=False)
        for value in (iban.compact, iban.formatted, iban.formatted.lower(), iban.compact.lower(),
                      iban.formatted.replace(" ", "-")):
            text = rng.choice(frames).format(value)
            sent = privacy.redact(text, privacy.new_vault()).text
            if any(part in sent for part in value.replace("-", " ").split() if len(part) > 1 and any(c.isdigit() for c in part)):
                leaked.append((country, text, sent))
    assert leaked == [], leaked[:5]


@pytest.mark.parametrize(
    "text, card",
    [
        ("Card: 4914 9374 2469 3", "4914 9374 2469 3"),  # Visa, 13 digits
        ("card number 4005-1450-5452-9 exp 04/29", "4005-1450-5452-9"),
        ("Paid with Diners 3056 9309 0259 04 yesterday.", "3056 9309 0259 04"),
        ("Refund issued to card ending 5931-1355-9024-6309 for Ola.", "5931-1355-9024-6309"),  # 59: no public IIN
        ("Card on file: 7031 4412 9983 1200", "7031 4412 9983 1200"),
    ],
)
def test_cards_of_round_five(privacy, text, card):
    assert_found(privacy, text, "CREDIT_CARD", card)


@pytest.mark.parametrize(
    "text",
    [
        "Shipment 7031-4412-9983-1200 left the warehouse.",  # no card word: an ID of the same shape
        "The tracking number is 5931135590246309.",
    ],
)
def test_other_issuer_ranges_need_a_card_word(privacy, text):
    assert_not_found(privacy, text, "CREDIT_CARD")


@pytest.mark.parametrize(
    "text, email",
    [
        ("cc ülkü.şahin@örnek.com.tr, thanks", "ülkü.şahin@örnek.com.tr"),
        ("Write to Иван.Петров@почта.рф today.", "Иван.Петров@почта.рф"),
        ("x@xn--bcher-kva.example is the new one", "x@xn--bcher-kva.example"),
        ("Mail anna.berg+invoices@example.com today.", "anna.berg+invoices@example.com"),
        ("From: j.smith@mail.eu.acme-corp.co.uk", "j.smith@mail.eu.acme-corp.co.uk"),
        ("cc user@[192.168.2.1], thanks", "user@[192.168.2.1]"),
    ],
)
def test_emails_of_round_five(privacy, text, email):
    assert_found(privacy, text, "EMAIL_ADDRESS", email)


def test_an_email_glued_to_chinese_takes_no_chinese(privacy):
    red = privacy.redact("请发邮件到zhang@163.com然后告诉我", privacy.new_vault())
    assert "zhang" not in red.text and "然后告诉我" in red.text, red.text
