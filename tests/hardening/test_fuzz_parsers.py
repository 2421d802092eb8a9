"""Fuzzing the workbench's parsers: configuration, reasoning split, injection scan, manifests,
and the corpus's document parsers. Each must give a result or its part's own error."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workbench.config import load_settings
from workbench.errors import ConfigError
from workbench.guard import score_text, verify_model
from workbench.models import ThinkSplitter

FUZZ = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

SECTIONS = ["model", "llamacpp", "vllm", "privacy", "audit", "corpus", "guard", "reports", "nope"]
KEYS = ["url", "name", "engine", "timeout", "max_tokens", "n_ctx", "enabled", "content", "injection",
        "calls_per_minute", "allow_hosts", "policy", "allow", "bogus", "egress", "user"]
values = st.one_of(st.integers(-10**6, 10**6), st.floats(allow_nan=False, allow_infinity=False),
                   st.booleans(), st.text(max_size=20), st.lists(st.text(max_size=8), max_size=3))


def toml_value(v: object) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, list):
        return "[" + ", ".join(json.dumps(x) for x in v) + "]"
    return json.dumps(v)


@FUZZ
@given(table=st.dictionaries(st.sampled_from(SECTIONS),
                             st.dictionaries(st.sampled_from(KEYS), values, max_size=4), max_size=4),
       top=st.dictionaries(st.sampled_from(["egress", "user", "nope"]), values, max_size=2))
def test_any_toml_gives_settings_or_a_config_error(tmp_path: Path, table: dict, top: dict) -> None:
    lines = [f"{k} = {toml_value(v)}" for k, v in top.items()]
    for section, entries in table.items():
        lines.append(f"[{section}]")
        lines += [f"{k} = {toml_value(v)}" for k, v in entries.items()]
    (tmp_path / "workbench.toml").write_text("\n".join(lines) + "\n")
    try:
        settings_ = load_settings(env={"WORKBENCH_HOME": str(tmp_path)})
    except ConfigError as exc:
        assert str(exc)
        return
    assert settings_.egress in ("off", "audit", "strict")


@FUZZ
@given(raw=st.binary(max_size=200))
def test_garbage_toml_text_is_a_config_error(tmp_path: Path, raw: bytes) -> None:
    text = raw.decode("utf-8", "replace")
    (tmp_path / "workbench.toml").write_text(text)
    try:
        load_settings(env={"WORKBENCH_HOME": str(tmp_path)})
    except ConfigError:
        pass


def test_a_non_utf8_toml_file_is_a_config_error(tmp_path: Path) -> None:
    (tmp_path / "workbench.toml").write_bytes(b"\xff\xfe[model]\n")
    with pytest.raises(ConfigError):
        load_settings(env={"WORKBENCH_HOME": str(tmp_path)})


@FUZZ
@given(body=st.text(alphabet=st.sampled_from(list("ab <>/think\n")), max_size=80),
       cuts=st.lists(st.integers(0, 80), max_size=10), starts_open=st.booleans())
def test_think_splitter_is_independent_of_chunking(body: str, cuts: list[int], starts_open: bool) -> None:
    def split(pieces: list[str]) -> tuple[str, str]:
        s = ThinkSplitter(starts_open=starts_open)
        out = {"text": "", "reasoning": ""}
        for piece in pieces:
            for kind, text in s.feed(piece):
                out[kind] += text
        for kind, text in s.flush():
            out[kind] += text
        return out["text"], out["reasoning"]

    bounds = sorted({min(c, len(body)) for c in cuts} | {0, len(body)})
    assert split([body[a:b] for a, b in zip(bounds, bounds[1:])]) == split([body])


@FUZZ
@given(text=st.text(max_size=2000))
def test_injection_scoring_is_total_and_bounded(text: str) -> None:
    score, hits = score_text(text)
    assert 0.0 <= score <= 1.0
    assert all(0 < w <= 1 for _, w in hits)


@FUZZ
@given(doc=st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=10),
                        lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=10), children, max_size=3),
                        max_leaves=12))
def test_any_json_manifest_is_a_failed_report(tmp_path: Path, doc: object) -> None:
    model = tmp_path / "m"
    model.mkdir(exist_ok=True)
    (model / "weights.bin").write_bytes(b"w")
    (model / "workbench-manifest.json").write_text(json.dumps(doc))
    report = verify_model(model, tmp_path / "keys")
    assert not report.ok and report.problem


ingest = pytest.importorskip("workbench.corpus._ingest")
SUFFIXES = [".txt", ".md", ".html", ".csv", ".ipynb", ".pdf", ".docx", ".xlsx", ".json"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(raw=st.binary(max_size=600), suffix=st.sampled_from(SUFFIXES))
def test_document_parsers_give_documents_or_unreadable_file(tmp_path: Path, raw: bytes, suffix: str) -> None:
    path = tmp_path / f"doc{suffix}"
    path.write_bytes(raw)
    try:
        docs = ingest.parse(path)
    except ingest.UnreadableFile as exc:
        assert raw[:20].decode("latin-1") not in str(exc) or len(raw) < 4  # no content in the message
        return
    assert all(isinstance(d.text, str) for d in docs)
