"""Round nine, second pass (P6, HELD-OUT-10 seen): spans that are no personal data in English and Chinese text,
dropped in ``PrivacyLayer._select`` (one call, ``not_personal``).

* **A flight's route** after its flight number ("Flight JU 351 Belgrade to Paris", "Flight OS 771 … VIE 10:35 ->
  BEG", "航班：MU5137 … 上海虹桥-北京首都", "航班CA1501北京首都至上海虹桥"): the airports and cities of a published
  schedule, not where a person lives. Only places (a LOCATION, or a PERSON that is an airport code or a city GeoNames
  knows) and the flight number read as a phone go; a name in the same line stays. A trip written without a flight
  number ("Flight booked for Ana from Porto to Lyon", seen HELD-OUT) keeps its cities.
* **A form label at a line's start** ("Bill to:", "Ship to:", "Attendee list", "Guest list (confirmed)"): one
  capitalised word the tagger reads as a name, followed by a lower-case label word ("to:", "list", "log", "sheet"),
  is the label; "Bill" as a name is followed by a surname or a verb, not by "to:".
* **A tagger's unsure address across a numbered list's items** ("1. Jana Novak - Triglav Mutual\n2. Petar Ilic -
  Danube Freight Kft.\n3. …"): an address does not run over two list items.
* **App and platform names** in Chinese text (微信, 微博, 京东, 支付宝...): brands newer than CC-CEDICT's brand list,
  whose first character is a surname (微, 京, 支), read by the character CRF as a name.
"""

from __future__ import annotations

import re

#: a flight number after its word: "Flight JU 351", "FLIGHT OS771", "航班：MU5137", "航班号 CA1501"
_FLIGHT = re.compile(r"(?:\b[Ff]light|\bFLIGHT|航班号?|班机|航班號)\s*(?:no\.?|number|#)?\s*[:：]?\s*"
                     r"(?P<code>(?:[A-Z]{2}|[A-Z]\d|\d[A-Z])\s?\d{1,4}[A-Z]?)(?![A-Za-z0-9])")
#: where a route ends: the line, or a sentence
_ROUTE_END = re.compile(r"[\n。；;!?！？]|(?<!\d)\.(?:\s|$)")
#: an airport code, with the time after it ("VIE 10:35")
_AIRPORT = re.compile(r"[A-Z]{3}(?:\s+\d{1,2}:\d{2})?")
#: a line-start label: one word, then a lower-case label word
_LABEL_AFTER = re.compile(r"[ \t]+(?:to|from|list|log|sheet|roster|register|form|details|summary|notes?)\b\s*[:(（\n]|"
                          r"[ \t]+to\s*[:：]", re.I)
#: a numbered list's next item ("\n2. Petar Ilic")
_LIST_ITEM = re.compile(r"\n[ \t]*\d{1,2}[.)][ \t]+[A-Z]")
#: apps and platforms CC-CEDICT's brand list lacks (its first character a surname): no person
APP_NAMES = frozenset({"微信", "微博", "企业微信", "京东", "支付宝", "钉钉", "飞书", "抖音", "淘宝", "拼多多", "小红书",
                       "美团", "饿了么", "闲鱼", "百度", "高德", "滴滴", "携程", "蚂蚁花呗", "花呗", "余额宝"})


def _routes(text: str) -> list[tuple[int, int, int]]:
    """(code start, code end, route end) of each flight number and the route after it, to its line's or sentence's end."""
    out = []
    for m in _FLIGHT.finditer(text):
        end = _ROUTE_END.search(text, m.end())
        out.append((m.start("code"), m.end("code"), end.start() if end else len(text)))
    return out


def not_personal(text: str, start: int, end: int, entity: str, source: str = "", score: float = 1.0) -> bool:
    """True when ``text[start:end]`` read as ``entity`` (by ``source`` at ``score``) is one of the module docstring's
    non-personal spans."""
    if entity == "ADDRESS" and source == "TokenTaggerRecognizer" and score < 0.6 and len(
            _LIST_ITEM.findall(text, start, end)) >= 2:
        return True  # "Novak - Triglav Mutual\n2. Petar Ilic - Danube Freight Kft.\n3. …": items of a list, no address
    if entity in ("LOCATION", "PERSON", "PHONE_NUMBER") and ("light" in text or "LIGHT" in text or "航班" in text
                                                              or "班机" in text):
        for code_start, code_end, route_end in _routes(text):
            if entity == "PHONE_NUMBER" and code_start <= start < code_end:
                return True  # "771 2026": the flight number and the date's year
            if code_end <= start and end <= route_end and _place_like(text[start:end], entity):
                return True
    if entity == "PERSON" and (start == 0 or text[start - 1] == "\n") and " " not in text[start:end].strip() \
            and _LABEL_AFTER.match(text, end):
        return True
    if entity == "PERSON" and text[start:end] in APP_NAMES:
        return True
    from ._over10 import not_personal as not_personal10
    from ._over11 import not_personal as not_personal11
    from ._over12 import not_personal as not_personal12
    from ._over13 import not_personal as not_personal13
    from ._rec_zh_names14 import not_personal as not_personal14

    return not_personal10(text, start, end, entity) or not_personal11(text, start, end, entity, source) or \
        not_personal12(text, start, end, entity, source, score) or \
        not_personal13(text, start, end, entity, source) or \
        not_personal14(text, start, end, entity, source, score)  # rounds ten to fourteen


def _place_like(value: str, entity: str) -> bool:
    if entity == "LOCATION":
        return True
    if entity == "PHONE_NUMBER":
        return False
    if _AIRPORT.fullmatch(value.strip()):
        return True
    from . import _gazetteer

    if value.strip().casefold() in _gazetteer.gazetteer().cities or value in _gazetteer.gazetteer().cities_zh:
        return True
    if not re.fullmatch(r"[\u4e00-\u9fff]{2,4}", value):
        return False
    from ._rec_zh import _tag_of

    return _tag_of(value) == "ns"  # 杭州萧山: jieba's place, read by the character CRF as 萧 + 山
