"""Round seven: structured values in the carriers an attacker of the recognizers would choose (the families of
bench/privacy_carriers.py, seed 1), each with values written here, and the look-alikes that must stay.

Every value must be covered whole by one redacted span, the disguise included (``%40``, `` [at] ``, a line
break inside it), and nothing of it may reach the sent text."""

import pytest

from workbench.privacy import _carriers

from .conftest import assert_found, assert_not_found


def _covered_whole(privacy, text, value, entity_type):
    red = privacy.redact(text, privacy.new_vault())
    start = text.index(value)
    hits = [e for e in red.entities if e.action != "keep" and e.start <= start and e.end >= start + len(value)]
    assert hits, f"{entity_type} not covered whole: {red.text!r}"
    assert hits[0].type == entity_type, f"expected {entity_type}, got {hits[0].type}: {red.text!r}"
    for piece in (value[:4], value[-4:]):
        assert piece not in red.text.replace(text[:start], "", 1), f"part of it sent: {red.text!r}"


# full-width digits and signs, as an IME types them
@pytest.mark.parametrize("text, value, kind", [
    ("Tel：０４１２ ３４５ ６７８", "０４１２ ３４５ ６７８", "PHONE_NUMBER"),
    ("my card ４１１１－１１１１－１１１１－１１１１", "４１１１－１１１１－１１１１－１１１１", "CREDIT_CARD"),
    ("email：anna．berg＠example．com", "anna．berg＠example．com", "EMAIL_ADDRESS"),
    ("SSN ０７８－０５－１１２０", "０７８－０５－１１２０", "US_SSN"),
])
def test_full_width(privacy, text, value, kind):
    _covered_whole(privacy, text, value, kind)


# Unicode dashes and odd spaces between a number's groups
@pytest.mark.parametrize("text, value, kind", [
    ("card: 4111–1111–1111–1111", "4111–1111–1111–1111", "CREDIT_CARD"),
    ("pan 5500\u20110000\u20110000\u20110004", "5500\u20110000\u20110000\u20110004", "CREDIT_CARD"),
    ("ssn \u2212 078\u221205\u22121120", "078\u221205\u22121120", "US_SSN"),
    ("Phone: +44\u00a020\u00a07946\u00a00958", "+44\u00a020\u00a07946\u00a00958", "PHONE_NUMBER"),
    ("IBAN DE89\u20093704\u20090044\u20090532\u20090130\u200900", "DE89\u20093704\u20090044\u20090532\u20090130\u200900",
     "IBAN_CODE"),
])
def test_dashes_and_spaces(privacy, text, value, kind):
    _covered_whole(privacy, text, value, kind)


def test_zero_width_characters_inside_an_email(privacy):
    _covered_whole(privacy, "write to anna\u200b.berg@exam\u200dple.com today", "anna\u200b.berg@exam\u200dple.com",
                   "EMAIL_ADDRESS")


# percent-encoding and form-encoding in a URL's query
@pytest.mark.parametrize("text, value, kind", [
    ("https://crm.example.com/c?id=7&email=anna.berg%40example.com&x=1", "anna.berg%40example.com", "EMAIL_ADDRESS"),
    ("https://x.example.org/u?to=stephen%40%D0%BF%D1%80%D0%B8%D0%BC%D0%B5%D1%80.%D1%80%D1%84",
     "stephen%40%D0%BF%D1%80%D0%B8%D0%BC%D0%B5%D1%80.%D1%80%D1%84", "EMAIL_ADDRESS"),
    ("Open https://app.example.net/p?tel=%2B44%2020%207946%200958&lang=en", "%2B44%2020%207946%200958",
     "PHONE_NUMBER"),
    ("https://example.net/track?ref=2&phone=020+7946+0958", "020+7946+0958", "PHONE_NUMBER"),
])
def test_url_query(privacy, text, value, kind):
    _covered_whole(privacy, text, value, kind)


# e-mails written to fool a harvester
@pytest.mark.parametrize("text, value", [
    ("Mail me: john.doe [at] example [dot] com", "john.doe [at] example [dot] com"),
    ("contact j_smith(at)mail(dot)example(dot)org for access", "j_smith(at)mail(dot)example(dot)org"),
    ("write to anna AT example DOT co DOT uk", "anna AT example DOT co DOT uk"),
    ("or li.wei at example.com", "li.wei at example.com"),
    ("reply to sam {at} example {dot} net", "sam {at} example {dot} net"),
])
def test_obfuscated_email(privacy, text, value):
    _covered_whole(privacy, text, value, "EMAIL_ADDRESS")


# a value a mail client broke across a line
@pytest.mark.parametrize("text, value, kind", [
    ("As requested the value is thomas.gray-\n62@mail.example.info thanks", "thomas.gray-\n62@mail.example.info",
     "EMAIL_ADDRESS"),
    ("mail sara+x7\n@hotmail.com", "sara+x7\n@hotmail.com", "EMAIL_ADDRESS"),
    ("Contact kevin@yahoo.\ncom\n-- Anna", "kevin@yahoo.\ncom", "EMAIL_ADDRESS"),
    ("Details, as asked: HR68\n9423 0279 9618 0827 1", "HR68\n9423 0279 9618 0827 1", "IBAN_CODE"),
    ("Call me on 020 7946\n0958 after five", "020 7946\n0958", "PHONE_NUMBER"),
    ("SSN on file 078-\n05-1120 thanks", "078-\n05-1120", "US_SSN"),
])
def test_line_break_inside(privacy, text, value, kind):
    _covered_whole(privacy, text, value, kind)


# "tax_id" names a US taxpayer number: an SSN written with spaces or dots
@pytest.mark.parametrize("text, value", [
    ('tax_id="385 27 1990" dur=12ms', "385 27 1990"),
    ("| tax_id | `712.88.2713` |", "712.88.2713"),
])
def test_ssn_under_a_tax_key(privacy, text, value):
    assert_found(privacy, text, "US_SSN", value)


# the look-alikes: nothing here is personal data, and the shadow leaves them alone
@pytest.mark.parametrize("text", [
    "Please look at example.com before the call.",
    "id,amount,qty\n17,1200,3400\n18,4500,6700",
    "Totals for the quarter:\n2026\n2027 budget is next.",
    "state-of-the-\nart pipelines at scale",
    "Progress: 100%20 is not an encoding",
    "中文．测试　内容",
])
def test_look_alikes_unchanged(privacy, text):
    assert_not_found(privacy, text)


# a line break the shadow must keep: a sentence's end before an e-mail, a chat mention after a time
@pytest.mark.parametrize("text", [
    "Contact me below.\nanna@example.com",
    "Mega  9:04 AM\n@Mega I think Sastri took them home",
])
def test_breaks_kept(text):
    seen = _carriers.shadow(text)
    assert seen is None or "\n" in seen.text


def test_shadow_maps_every_offset_back():
    text = "x https://h.example/?e=anna%40example.com&p=1 and bo [at] example [dot] org\u200b!"
    seen = _carriers.shadow(text)
    assert seen is not None
    assert "anna@example.com" in seen.text and "bo@example.org!" in seen.text
    s = seen.text.index("anna@example.com")
    assert text[seen.start(s) : seen.end(s + len("anna@example.com"))] == "anna%40example.com"
    s = seen.text.index("bo@example.org")
    assert text[seen.start(s) : seen.end(s + len("bo@example.org"))] == "bo [at] example [dot] org"
    assert seen.end(len(seen.text)) == len(text)


def test_no_disguise_no_shadow():
    assert _carriers.shadow("Email Li Wei at li.wei@example.com, phone +44 20 7946 0958.") is None
