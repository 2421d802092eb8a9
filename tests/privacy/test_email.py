import pytest

from .conftest import assert_found, assert_not_found


@pytest.mark.parametrize(
    "text,value",
    [
        ("Write to jane.doe+q3@example.co.uk today", "jane.doe+q3@example.co.uk"),
        ("邮箱zhang.wei@163.com请回复", "zhang.wei@163.com"),  # glued to Chinese
        ("(a_b@corp-mail.io)", "a_b@corp-mail.io"),
    ],
)
def test_email_found(privacy, text, value):
    assert_found(privacy, text, "EMAIL_ADDRESS", value)


def test_email_not_in_connection_string_password(privacy):
    red = privacy.redact("postgres://bob:pa55word@db.local/x", privacy.new_vault())
    assert "pa55word" not in red.text
    assert red.text.startswith("postgres://bob:<")  # the password, not the user, is replaced
    assert "EMAIL_ADDRESS" not in red.counts


def test_not_an_email(privacy):
    assert_not_found(privacy, "Use the @decorator syntax in Python 3.12.", "EMAIL_ADDRESS")


@pytest.mark.parametrize("text", [
    "ORGANIZER;CN=Sarah Nyoni:mailto:sarah.nyoni78@outlook.com",  # iCalendar (HELD-OUT-7, seen: 50 leaks)
    'Write to <a href="mailto:ab.cd@gmail.com">us</a>.',
    "[mail](mailto:ab.cd@gmail.com)",
    "Email:ab.cd@gmail.com",
])
def test_an_email_after_a_colon_is_found(privacy, text):
    red = privacy.redact(text, privacy.new_vault())
    assert "ab.cd@" not in red.text and "sarah.nyoni78" not in red.text, red.text
    assert red.counts.get("EMAIL_ADDRESS") == 1
