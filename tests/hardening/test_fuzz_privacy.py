"""Property tests of redact/restore with the real analyzer (hypothesis)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workbench.privacy import Privacy

FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                      HealthCheck.too_slow])


@pytest.fixture(scope="module")
def privacy() -> Privacy:
    p = Privacy()
    p.redact("warm up", p.new_vault())
    return p


local = st.from_regex(r"[a-z]{2,8}(\.[a-z]{2,6})?", fullmatch=True)
domain = st.from_regex(r"[a-z]{3,10}\.(com|org|cn|co\.jp)", fullmatch=True)
emails = st.builds(lambda a, b: f"{a}@{b}", local, domain)
cn_mobiles = st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True)
noise = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=40)
words = st.sampled_from(["Please email", "Call", "会议纪要", "請求書", "about the Q3 report", "<", ">", "<<", "::", "\n", "。", "Li Wei", "Tanaka Hiroshi"])
fragments = st.lists(st.one_of(words, noise, emails, cn_mobiles), min_size=1, max_size=8)


@FUZZ
@given(parts=fragments)
def test_redact_never_raises_and_restore_round_trips(privacy: Privacy, parts: list[str]) -> None:
    text = " ".join(parts)
    vault = privacy.new_vault()
    red = privacy.redact(text, vault)
    for e in red.entities:
        assert 0 <= e.start < e.end <= len(text)
    assert privacy.restore(red.text, vault) == text


def test_a_value_in_angle_brackets_keeps_its_brackets(privacy: Privacy) -> None:
    vault = privacy.new_vault()
    text = "From: Li Wei <li.wei@example.com>"
    assert privacy.restore(privacy.redact(text, vault).text, vault) == text


def test_a_literal_placeholder_in_the_prompt_is_not_confused_with_a_value(privacy: Privacy) -> None:
    vault = privacy.new_vault()
    text = "The template says <PERSON_1>; the customer is Li Wei."
    red = privacy.redact(text, vault)
    assert privacy.restore(red.text, vault) == text


@FUZZ
@given(parts=fragments, pii=st.lists(st.one_of(emails, cn_mobiles), min_size=1, max_size=3))
def test_emails_and_mobiles_standing_alone_are_never_sent(privacy: Privacy, parts: list[str], pii: list[str]) -> None:
    text = " ".join(parts[:2] + [f" {v} " for v in pii] + parts[2:])
    red = privacy.redact(text, privacy.new_vault())
    for value in pii:
        assert value not in red.text


@FUZZ
@given(parts=fragments, cuts=st.lists(st.integers(min_value=0, max_value=400), max_size=12))
def test_streaming_restore_equals_whole_restore_for_any_chunking(privacy: Privacy, parts: list[str], cuts: list[int]) -> None:
    vault = privacy.new_vault()
    red = privacy.redact(" ".join(parts), vault)
    answer = red.text + " and again " + red.text  # what a model might echo back
    bounds = sorted({min(c, len(answer)) for c in cuts} | {0, len(answer)})
    restorer = privacy.restorer(vault)
    streamed = "".join(restorer.feed(answer[a:b]) for a, b in zip(bounds, bounds[1:])) + restorer.flush()
    assert streamed == privacy.restore(answer, vault)


@FUZZ
@given(text=st.text(max_size=300))
def test_restore_of_arbitrary_model_output_never_raises(privacy: Privacy, text: str) -> None:
    vault = privacy.new_vault()
    privacy.redact("Email li.wei@example.com please", vault)
    out = privacy.restore(text, vault)
    assert isinstance(out, str)
    if "EMAIL" not in text:
        assert out == text  # nothing to restore: unchanged
