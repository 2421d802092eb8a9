"""Round nine (P4): structured values as people type them, found with bench/privacy_fuzz.py --writer: IBANs with
dots or with the check digits apart from the country, cards grouped by two spaces or dots (UnionPay too, which the
Chinese card recognizer reads only with single spaces or dashes), IPv6 glued to a label's colon, an "id" that
spaCy's tokenizer splits as "I'd" ("tax id …", "id no. …"), a label glued to its value ("Tax ID:…"), a SIN-like
id in three groups of three after a licence or ID word. Values of our own (checksums computed here)."""

import pytest

from .conftest import assert_found, assert_not_found


@pytest.mark.parametrize(
    "text, value, kind",
    [
        ("RIB: DE89.3704.0044.0532.0130.00", "DE89.3704.0044.0532.0130.00", "IBAN_CODE"),
        ("IBAN no. DE 89 3704 0044 0532 0130 00, thanks", "DE 89 3704 0044 0532 0130 00", "IBAN_CODE"),
        ("acct=GB 82 WEST 1234 5698 7654 32;", "GB 82 WEST 1234 5698 7654 32", "IBAN_CODE"),
        ("card on file 4111  1111  1111  1111, confirmed.", "4111  1111  1111  1111", "CREDIT_CARD"),
        ("Amex 3782  822463  10005", "3782  822463  10005", "CREDIT_CARD"),
        ("pan=6250.9460.0000.0016;", "6250.9460.0000.0016", "CREDIT_CARD"),
        ("IP:fe80::1ff:fe23:4567:890a%eth0", "fe80::1ff:fe23:4567:890a%eth0", "IP_ADDRESS"),
        ("from:2001:db8:85a3::8a2e:370:7334", "2001:db8:85a3::8a2e:370:7334", "IP_ADDRESS"),
        ("src=2001:db8::1 dropped", "2001:db8::1", "IP_ADDRESS"),
        ("Omar Haddad, tax id 734725835, confirmed.", "734725835", "ID_NUMBER"),
        ("Tomas Lind, id no. M13226306, confirmed.", "M13226306", "ID_NUMBER"),
        ("Tax ID:789712002", "789712002", "ID_NUMBER"),
        ("Driver's licence: 480 785 476", "480 785 476", "ID_NUMBER"),
    ],
)
def test_writer_forms(privacy, text, value, kind):
    assert_found(privacy, text, kind, value)


@pytest.mark.parametrize(
    "text, kind",
    [
        ("The meeting is at 12:30:45 today.", "IP_ADDRESS"),
        ("Ratio:12:30 in the first half.", "IP_ADDRESS"),
        ("order id 12345678 shipped", "ID_NUMBER"),
        ("I'd send 480 785 476 units next year.", "ID_NUMBER"),
        ("Version DE89.3704 of the spec.", "IBAN_CODE"),
    ],
)
def test_not_structured(privacy, text, kind):
    assert_not_found(privacy, text, kind)
