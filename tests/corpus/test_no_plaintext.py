"""The issue's check: no unique phrase of an ingested document is on disk, in UTF-8 or UTF-16."""

from __future__ import annotations

from pathlib import Path

from workbench.corpus import Corpora

from .conftest import UNIQUE, settings_for, write_docs


def _found(home: Path, phrases: list[str]) -> list[tuple[str, str]]:
    found = []
    for path in home.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            for phrase in phrases:
                for enc in ("utf-8", "utf-16-le", "utf-16-be"):
                    if phrase.encode(enc) in data or phrase.lower().encode(enc) in data.lower():
                        found.append((str(path), phrase))
    return found


def test_no_plaintext_phrase_anywhere_under_workbench_home(shared) -> None:
    home, corpora = shared
    assert corpora.search("handbook", "hotel costs", k=1)[0].text  # the phrases are really in it
    assert _found(home, UNIQUE) == []


def test_strings_and_chinese_text_stay_encrypted_too(tmp_path: Path) -> None:
    home = tmp_path / "zh"
    corpora = Corpora.open(settings_for(home, user="u"))
    phrases = ["雪豹咖啡协议", "platypus-umbrella"]
    corpora.get("zh").add([f"合同中规定{phrases[0]}的条款。", f"Remember the {phrases[1]} memo."], progress=False)
    corpora.get("zh").add(write_docs(tmp_path / "docs"), progress=False)
    corpora.get("zh").grant("bob", "read")
    assert _found(home, phrases + UNIQUE) == []
