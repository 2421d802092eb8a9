"""Round thirteen (T1): the Chinese name tagger reads traditional characters as their simplified forms
(``_rec_zh_tagger.FOLD_TRADITIONAL``; one character for one, so every offset stays).

Every value was written for this file (none is copied from bench/privacy/, a split or a generator's lists).
"""

from __future__ import annotations

import pytest

from workbench.privacy import _rec_zh_tagger as zt


# -- the Chinese tagger reads traditional text as simplified ------------------------------------
def _zh(text: str) -> list[str]:
    return [text[s:e] for s, e, _p in zt.get_tagger().spans(text)]


def test_a_traditional_name_is_read_as_its_simplified_form(monkeypatch):
    text = "這份報告由馮國棟負責。"
    assert _zh(text) == ["馮國棟"]  # read unfolded, the weights cut it at 馮國
    monkeypatch.setattr(zt, "FOLD_TRADITIONAL", False)
    assert _zh(text) != ["馮國棟"]


@pytest.mark.parametrize("text, name", [
    ("請把報價單寄給陳嘉豪，謝謝。", "陳嘉豪"),
    ("聯絡人：黃詠詩，電話稍後補上。", "黃詠詩"),
    ("鍾偉倫說明天會遲到。", "鍾偉倫"),
])
def test_traditional_names_stay_found(text, name):
    assert name in _zh(text)


def test_folding_keeps_every_offset(monkeypatch):
    text = "會議由劉偉強主持。\n下一行是簡體：由刘伟强主持。"
    found = zt.get_tagger().spans(text)
    assert all(text[s:e] in ("劉偉強", "刘伟强") for s, e, _p in found) and len(found) == 2
