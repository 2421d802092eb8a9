"""Round fifteen (PZN): a Chinese surname written apart from its given name (_rec_zh_names15)."""

from __future__ import annotations

import pytest

from workbench.privacy import Privacy
from workbench.privacy import _rec_zh_names15 as z15


@pytest.fixture(scope="module")
def privacy() -> Privacy:
    return Privacy()


def _sent(privacy: Privacy, text: str) -> str:
    return privacy.redact(text, privacy.new_vault()).text


def test_surname_before_a_space_joins_the_given_name(privacy: Privacy) -> None:
    sent = _sent(privacy, "马来西亚护照续期：段 秀珍，IC 1，电邮 a@b.com。")
    assert "段" not in sent and "秀珍" not in sent


def test_given_name_after_a_space_joins_a_found_surname(privacy: Privacy) -> None:
    sent = _sent(privacy, "租客鍾 錦華，電話91234567，已繳按金兩個月。")
    assert "鍾" not in sent and "錦華" not in sent


def test_a_title_after_a_space_is_not_a_given_name(privacy: Privacy) -> None:
    sent = _sent(privacy, "王 先生您好")
    assert "先生您好" in sent


def test_grow_joins_across_a_slash_and_leaves_a_surname_inside_a_word() -> None:
    text = "登机信息：旅客 田/秀英，证件 E1"
    spans = [[text.index("秀英"), text.index("秀英") + 2, "PERSON", 0.9, 1, None]]
    z15.grow(text, spans)
    assert text[spans[0][0]:spans[0][1]] == "田/秀英"
    text = "我们 秀英来了"  # 们 is no surname standing alone
    spans = [[text.index("秀英"), text.index("秀英") + 2, "PERSON", 0.9, 1, None]]
    z15.grow(text, spans)
    assert text[spans[0][0]:spans[0][1]] == "秀英"
