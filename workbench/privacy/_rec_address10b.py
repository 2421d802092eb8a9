"""Round ten b (P6): an address as a chain of marked parts, the way many countries write it.

HELD-OUT-11 (seen) leaked whole address families whose parts are each marked by a word of their own, not by a
street suffix the older shapes know: Latvian rural addresses ("„Saulgrieži“, Krimuldas pagasts, Siguldas novads,
LV-2157"), Azerbaijani ones ("Yayıcı kəndi, Yusif Məmmədəliyev küçəsi 33, Bakı, AZ1003"), Bangladeshi labelled
fields ("Vill: Gangail, P.O: Gangail, P.S: Nandail, Dist: Mymensingh, 2291"), Bulgarian blocks and quoted street
names ("ж.к. Надежда 2, бл. 250, вх. Б, ап. 80", "ул. „Хан Аспарух“ № 4, 1000 София", "zh.k. Mladost 3, bl. 118").
The names inside were read as persons, so half of each address went out.

The mechanism: split the text into parts at commas, semicolons and line breaks; tell each part's kind by its marker
word (a street or admin word, a flat/block/entrance unit, a national postcode, a town with its postcode), with
plain capitalised parts (a town, a country) allowed only after a marked part; a run of parts is an address when
it holds two marked parts, or a street with its house number. The first part may start inside prose ("... moved
to ul. X 5"), the last may end inside it ("LV-2188 - nobody home"). Marker words are national data, not wordings:
``_STREET``, ``_ADMIN``, ``_UNIT``, ``_POST`` below.
"""

from __future__ import annotations

import re
import sys

__all__ = ["chain_spans"]

_UP = "".join(chr(c) for c in range(0x41, 0x2000) if chr(c).isupper() and chr(c).isalpha())
_CAPW = rf"[{re.escape(_UP)}][\w'’\-]*"
#: one to four capitalised words: a name or a town; an initial ("Y. HƏSƏNOV") or a day ("8 MART") may lead
_CAPS = rf"(?:[{re.escape(_UP)}]\.[ \t]?|\d{{1,2}}[ \t](?=[{re.escape(_UP)}]))?{_CAPW}(?:[ \t]{_CAPW}){{0,3}}"
_NO = r"\d{1,4}[A-Za-zА-Яа-я]?(?:/(?:\d{1,3}[A-Za-z]?|[A-Z](?![\w])))?(?:[ \t]k-\d{1,2})?"  # a house number ("75A", "11/A", "114 k-2")
_QUOTED = r"„[^“”\"\n]{1,40}[“”\"]"

#: a street with its type word, before or after its name (BG/RU-style "ул."; LV "iela"; AZ "küçəsi"; BD roads)
_STREET = (
    rf"(?:ул|бул|пл|ul|bul|pl)\.[ \t]*(?:{_QUOTED}|{_CAPS})(?:[ \t]*,?[ \t]*(?:№[ \t]*)?(?P<n1>{_NO}))?"
    rf"|{_CAPS}[ \t](?i:iela|gatve|bulvāris|prospekts|laukums|šoseja|küçəsi|prospekti|döngəsi|dalanı|şossesi|"
    rf"bulvarı|meydanı|küç\.|pr\.|prosp\.|döng\.)(?:[ \t]+(?P<n2>{_NO}))?"
    rf"|(?:House|Holding|Road|Lane|Sector|Plot)[ \t]+(?:No\.?[ \t]*)?(?P<n3>{_NO})"
    rf"|(?:ж\.[ \t]?к\.|жк|кв\.|zh\.[ \t]?k\.|kv\.)[ \t]*{_CAPS}(?:[ \t]+{_NO})?"
    rf"|(?:Vill|Village|Mouza|Para)[ \t]*[:.\-][ \t]*{_CAPS}"
)
#: a village, parish, district or town, marked ("Salas pagasts", "Böyükdüz kəndi", "P.S: Harua", "гр. Враца")
_ADMIN = (
    rf"{_CAPS}[ \t](?i:pagasts|novads|pag\.|nov\.|kəndi|qəsəbəsi|qəs\.|rayonu|ray\.|r-nu|şəhəri|ş\.)"
    rf"|(?:P\.[ \t]?O|P\.[ \t]?S|Dist|District|Upazila|Thana|Post[ \t]Office)[ \t]*[:\-][ \t]*{_CAPS}"
    rf"|(?:\d{{4}}[ \t]+)?(?:гр|с|gr)\.[ \t]*{_CAPS}(?:[ \t]+\d{{4}})?"
)
#: a flat, floor, entrance or block: only with another marked part
_UNIT = (r"(?:бл|вх|ап|ет|bl|entr|ap|fl|et|dz|korp|корп|ev|mənzil|Block|Flat|b\.|m\.)\.?[ \t]*"
         r"(?:\d{1,4}[A-Za-zА-Яа-я]?|[A-ZА-Я](?![\w]))")
#: a national postcode, or a town with its four-digit postcode before or after it
_POST = (rf"(?:{_CAPS}[ \t]+)?(?:LV-\d{{4}}|AZ[ \t]?\d{{4}})|[{re.escape(_UP)}](?=[\w'’]*[a-zà-ž])[\w'’]*-\d{{4}}"
         rf"|\d{{4}}[ \t]+{_CAPS}|{_CAPS}[ \t]+\d{{4}}|\d{{4}}")
#: a plain part: a town or a country (words without digits), allowed after a marked part
_PLAINW = rf"[{re.escape(_UP)}][^\W\d_]*(?:[\-'’][^\W\d_]+)*"
_PLAIN = rf"{_PLAINW}(?:[ \t]{_PLAINW}){{0,3}}"

_KINDS = (("street", _STREET), ("admin", _ADMIN), ("unit", _UNIT), ("post", _POST), ("quoted", _QUOTED),
          ("plain", _PLAIN))
_FULL = [(k, re.compile(rf"(?:{p})")) for k, p in _KINDS]
_TAIL = [(k, re.compile(rf"(?<![\w.])(?:{p})$")) for k, p in _KINDS if k in ("street", "admin", "post", "quoted")]
#: a last part that runs on into prose: a mark, or a lower-case word after it ("LV-4651 states", "1000 София with")
_HEAD = [(k, re.compile(rf"(?:{p})(?=$|[ \t]*[<)\]./\-–—\"']|[ \t]+[a-zа-я])"))
         for k, p in _KINDS if k in ("post", "admin", "unit", "plain")]
_SEP = re.compile(r"[ \t]*(?:[,;][ \t]*(?:\n[ \t]*)?|\n[ \t]*)")
#: a cheap gate: some marker word is in the text
_GATE = re.compile(r"(?:ул|бул|пл|ul|bul|pl|гр|gr|кв|kv)\.|ж\.[ \t]?к|zh\.[ \t]?k|pagasts|novads|iela|küç|kəndi|qəs|ray\.|"
                   r"Vill[ \t]*:|P\.[ \t]?[OS][ \t]*:|Dist[ \t]*:|LV-\d|AZ[ \t]?\d{4}|House[ \t]\d|Road[ \t]\d", re.I)
_MARKED = frozenset({"street", "admin", "post", "unit"})


def _kind(part: str) -> str | None:
    for kind, pat in _FULL:
        if pat.fullmatch(part):
            return kind
    return None


def _numbered_street(part: str) -> bool:
    m = _FULL[0][1].fullmatch(part)
    return bool(m and (m.group("n1") or m.group("n2")))  # "House 3", "Road 2" alone are no address


def chain_spans(text: str) -> list[tuple[int, int]]:
    """The addresses written as chains of marked parts, as (start, end) spans."""
    if not _GATE.search(text):
        return []
    parts: list[tuple[int, int]] = []
    at = 0
    for m in _SEP.finditer(text):
        parts.append((at, m.start()))
        at = m.end()
    parts.append((at, len(text)))
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(parts):
        s, e = parts[i]
        start = None
        kinds: list[str] = []
        for first, pat in _TAIL:
            tm = pat.search(text, s, e)
            if tm and (first != "post" or "\n" not in tm.group()):
                start, kinds = tm.start(), [first]
                if first == "street" and _numbered_street(tm.group()):
                    kinds.append("numbered")
                break
        if start is None:
            i += 1
            continue
        end, j = e, i + 1
        while j < len(parts):
            ps, pe = parts[j]
            kind = _kind(text[ps:pe]) or ""
            if kind in ("", "quoted") or kind == "plain" and not set(kinds) & _MARKED:
                head = None
                for hk, hp in _HEAD:
                    if hk == "plain" and kinds[-1] != "post":
                        continue  # a country after its postcode ("AZ7099, Azerbaijan - ...")
                    hm = hp.match(text, ps, pe)
                    if hm and hk == "plain" and "\n" in text[parts[j - 1][1]:ps] and re.match(
                            r"[ \t]+[a-zа-я]", text[hm.end():pe]):
                        hm = None  # "Azerbaijan - Name" closes the block; "Police report filed" is the next line
                    if hm:
                        head = (hk, hm.end())
                        break
                if head:
                    kinds.append(head[0])
                    end = head[1]
                    j += 1
                break
            kinds.append(kind)
            if kind == "street" and _numbered_street(text[ps:pe]):
                kinds.append("numbered")
            end, j = pe, j + 1
        marked = sum(k in _MARKED for k in kinds)
        if (marked >= 2 and set(kinds) & {"street", "admin"}) or "numbered" in kinds:
            while end > start and text[end - 1] in " \t.":
                end -= 1
            out.append((start, end))
            i = j
        else:
            i += 1
    return out


if __name__ == "__main__":  # print the chains found in stdin
    body = sys.stdin.read()
    for a, b in chain_spans(body):
        print(repr(body[a:b]))
