import pytest

from .conftest import assert_found, assert_not_found


def test_ssn(privacy):
    assert_found(privacy, "SSN 123-45-6789 on file", "US_SSN", "123-45-6789")


def test_invalid_ssn_area(privacy):
    assert_not_found(privacy, "Ticket 666-12-3456 closed", "US_SSN")


@pytest.mark.parametrize("value", ["GB82 WEST 1234 5698 7654 32", "DE89370400440532013000"])
def test_iban(privacy, value):
    assert_found(privacy, f"Pay to {value} now", "IBAN_CODE", value)


def test_iban_bad_checksum(privacy):
    assert_not_found(privacy, "Pay to GB82 WEST 1234 5698 7654 33 now", "IBAN_CODE")


@pytest.mark.parametrize("value", ["192.168.10.24", "2001:db8::8a2e:370:7334", "fe80::1", "::ffff:10.0.0.1"])
def test_ip(privacy, value):
    assert_found(privacy, f"Traffic from {value} blocked", "IP_ADDRESS", value)


@pytest.mark.parametrize("text", ["The meeting is at 12:30:45.", "Version 1.2.3 released", "Ratio 10:1"])
def test_not_ip(privacy, text):
    assert_not_found(privacy, text, "IP_ADDRESS")
