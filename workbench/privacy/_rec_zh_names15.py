"""Round fifteen (PZN, issue 15): a Chinese surname written apart from its given name.

Diagnosed on the seen splits HELD-OUT-13 .. HELD-OUT-15 (``--show``): a record or passport field writes the surname
and the given name with a space or a slash between them ("段 秀珍", "羅 詠詩", "旅客 田/秀英"), and the recognizers
find one half only. :func:`grow` joins the other half, by structure only:

* **Surname before**: a PERSON span of one or two Han characters with a lone Han surname just before it, across one
  space or a slash, where the surname stands alone (no Han character before it) -> the span takes the surname.
* **Given name after**: a PERSON span that is one Han surname, (however it stands) followed by one space and one or two Han characters
  that end the Han run and are no title (先生, 老师...) -> the span takes the given name.
"""

from __future__ import annotations

import re

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_HAN_ONLY = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_GIVEN_AFTER = re.compile(r" ([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{1,2})(?![\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])")


def _lone_surname(text: str, i: int) -> bool:
    from ._rec_zh_names14 import _FUNCTION, _is_surname

    c = text[i]
    return (bool(_HAN.match(c)) and c not in _FUNCTION and _is_surname(c)
            and (i == 0 or not _HAN.match(text[i - 1])))


def _title(word: str) -> bool:
    from ._rec_zh_names import _TITLES

    return any(word.startswith(t) for t in _TITLES)


def grow(text: str, spans: list[list]) -> None:
    """Widen raw PERSON spans ([start, end, type, score, rank, placeholder]; rank 1 = a recognizer's) in place over a
    surname or given name written apart from them (module docstring). Only in text with Chinese in it."""
    if not _HAN.search(text):
        return
    from ._rec_zh_names14 import _is_surname

    for span in spans:
        if span[2] != "PERSON" or span[4] != 1 or span[5] is not None:
            continue
        s, e = span[0], span[1]
        value = text[s:e]
        if not _HAN_ONLY.fullmatch(value):
            continue
        if len(value) <= 2 and s >= 2 and text[s - 1] in " /" and _lone_surname(text, s - 2):
            span[0] = s - 2
            continue
        if len(value) == 1 and _is_surname(value):
            m = _GIVEN_AFTER.match(text, e)
            if m and not _title(m.group(1)) and not any(o is not span and o[0] < m.end() and o[1] > e for o in spans):
                span[1] = m.end()
