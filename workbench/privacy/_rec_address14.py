"""Round fourteen (PE): an address's edges read by how addresses are built, whatever their country.

Run on every recognizer's spans once they are known (``Privacy._select``), so an address the rules, the tagger or
the record growth found, starting or ending inside it, takes the rest of itself:

* **the word of its number** before it: an address that starts with a number (or "n°", "nr.", "№") takes the
  capitalised or dotted word in front of it ("Lot 2548, …", "Carré n°895, …", "Rue 939", "Apt 21", "а/я 583"):
  a unit, lot or street type of some language, since a name does not stand right before a house number;
* **its parts before it**, back to where the record starts (a line, a field, a cue word such as "at" / "of" /
  "to"): comma parts that are a word and its number ("Building 14, Apartment 37, …") or a name and one
  lower-case word no dictionary knows, an area word of its language ("Khureemaral soum, …", "Binder district, …");
  never a part of names alone (the addressee's);
* **a dotted abbreviation before a street name** ("Rr. Adem Jashari 51", "Jr. Arequipa …"), not a title;
* **its parts after it**: a unit part ("…, office 168", "…, Int. 24", "… Dpto. 226", "… s/n") and the dotted
  abbreviations that run on past what reads like a sentence's end ("…, Asoc. Viv. El Mirador").

And two seeds no other shape gives:

* **post-office boxes and private bags** in many languages ("P.O. Box 898, Zavkhan-37", "P.fah 901, Mostar",
  "а/я 583, Шымкент", "Private Bag 12, Gaborone", "Apartado 45, …"), with the town part after them;
* **a street written as abbreviation, name and marked number** ("Jr. 28 de Julio N.º 754 Dpto. 226",
  "Rr. Dëshmorët e Kombit nr. 117"): a dotted short word, capitalised words, a number mark ("N.º", "nr.", "br.",
  "No.", "#", "n°") and a number.
* **EDIFACT NAD segments**: the street, city, region and postcode elements of ``NAD+qualifier+…``; **HL7 v2
  address fields** by their place (PID-11, NK1-4, GT1-5, IN1-5), whatever their components hold;
* **runs of unit and area parts** with no street ("Building 86, Apartment 30, 22th khoroo, Binder district",
  "Raiwaqa Settlement, Lot 10", "Lot 2951, maison Hounsou, …"): two or more comma parts, one an address word and
  its number; like every address they take the unit, area and "town postcode" parts after them;
* two addresses with only dotted abbreviations between them are one ("…, Coop. …").
"""

from __future__ import annotations

import re
from typing import Any

ENABLED = True

_TITLES = frozenset("mr mrs ms mx dr prof rev hon sir fr sr sra srta dra mme mlle m herr frau st sgt col gen capt cpt lt "
                    "maj cmdr adm gov sen rep pres".split())  # "St." reads as saint as often as street
#: dotted words that end a firm's name or number a document's part, not a street type
_NOT_STREET = frozenset("ltd inc co corp bhd pty plc llc sa ag gmbh sarl srl bv nv vol fig ch sec art tab eq ex "
                        "no nr ref inv".split())
_NUMBER_MARK = r"(?:[Nn][º°o]\.?|N\.[º°]|[Nn]r\.?|[Bb]r\.?|No\.|№|#)"
_NUMBER = rf"(?:{_NUMBER_MARK}[ \t]?)?\d{{1,5}}(?:[A-Za-z](?![A-Za-z]))?(?:[/\-]\d{{1,4}}[A-Za-z]?)?"
_STARTS_NUMBER = re.compile(rf"{_NUMBER_MARK}?[ \t]?\d")
_WORD_BEFORE = re.compile(r"(?:(?<=[\s(>+|\t\"':,;])|^)(?P<w>[^\W\d_][^\W\d_'’\-]{0,13}\.?|[^\W\d_]{1,3}/[^\W\d_]{1,3})"
                          r"[ \t]$")
_ABBREV_BEFORE = re.compile(r"(?:(?<=[\s(>+|\t\"':,;])|^)(?P<w>[A-ZА-ЯЁ][a-zа-яё]{0,3}\.)[ \t]$")
_UNIT_AFTER = re.compile(rf"(?:[ \t]+(?:s/n|S/N|{_NUMBER_MARK}[ \t]?\d{{1,5}}[A-Za-z]?)"
                         rf"|,?[ \t]+[^\W\d_]{{1,10}}(?:\.[ \t]?|[ \t])\d{{1,5}}[A-Za-z]?(?:[/\-]\d{{1,4}})?)"
                         rf"(?=[\s,.;)'\"<+|]|$)")
_PHONE_WORD = re.compile(r"(?i)^(?:tel|phone|fax|mob|cell|whats|call|ph|ext|int'l|port|line|room|gate|page|step|item)")
_ABBREV_RUN = re.compile(r"(?:[ \t]+(?:[A-ZА-ЯЁ][^\W\d_]{0,4}\.|[A-ZÀ-ÞА-ЯЁ][^\W\d_'’\-]{1,20}|de|del|la|las|los|el|e))+")
_BOX = re.compile(
    r"(?<![\w/])(?:P\.?[ \t]?O\.?[ \t]?Box|PO[ \t]?Box|GPO[ \t]Box|POB|P\.[ \t]?fah|Postfach|Post[ \t]Box|Apartado(?:[ \t]postal)?|"
    r"Apdo\.?|Caixa[ \t]Postal|C\.[ \t]?P\.(?=[ \t]\d)|Casilla(?:[ \t]de[ \t]correo)?|B\.[ \t]?P\.(?=[ \t]\d)|Bo[îi]te[ \t]postale|Postbus|"
    r"Postboks|Postilokero|Box|Private[ \t]Bag|Locked[ \t]Bag|Bag|PMB|P\.M\.B\.?(?=[ \t]\d)|Casella[ \t]postale|"
    r"Skrytka[ \t]pocztowa|Poštanski[ \t]pretinac|Kutia[ \t]postare|[аa]/я|п/я|Pf\.|"
    r"ص\.?[ \t]?ب\.?|Т/Х|Posta[ \t]Kutusu|P\.K\.(?=[ \t]\d))[ \t]*(?:No\.?|#|№)?[ \t]*\d{1,6}(?![\d.,]\d)"
    r"(?:[ \t]*,[ \t]*[^\W\d_][^\W_]*(?:[ \t\-][^\W_]+){0,3})?(?:[ \t\-]\d{1,6})?")
_STREET_MARKED = re.compile(
    rf"(?:^|(?<=[\s(>:|\t\"',;+]))(?P<a>[A-ZА-ЯЁ][a-zа-яё]{{0,3}}\.)[ \t]+(?P<name>(?:[^\W\d_][^\W\d_'’\-]*\.?|\d{{1,2}})"
    rf"(?:[ \t]+(?:[^\W\d_][^\W\d_'’\-]*\.?|\d{{1,2}})){{0,4}})[ \t]+(?P<num>(?:{_NUMBER_MARK}[ \t]?)?\d{{1,5}}[A-Za-z]?"
    rf"(?:[/\-]\d{{1,4}}[A-Za-z]?)?)(?![\w\-/.]\d)")
_YEAR = re.compile(r"(?:19|20)\d\d")
_NAD = re.compile(r"(?m)NAD\+[A-Z0-9]{1,3}\+[^'\n]*'?")


def _kind(tok: str) -> str:
    from ._rec_address13 import _kind as kind13

    return kind13(tok)


def _words_are_prose(words: list[str]) -> bool:
    return any(_kind(w) in ("prose", "stop") for w in words)


def _unitish(word: str) -> bool:
    """A word that can name a unit, lot, area or street type: an address word of the vocabularies, a short or dotted
    mark, a lower-case word no dictionary knows, a dotted abbreviation, or a capitalised word that is no everyday one."""
    from ._gazetteer import gazetteer

    kind = _kind(word)
    if kind in ("vocab", "mark", "low"):
        return True
    if kind != "cap":
        return False
    return (word.endswith(".") and len(word) <= 6) or word.rstrip(".").casefold() not in gazetteer().words


def _area_or_unit_part(part: str) -> bool:
    """A comma part before an address that belongs to it: "Building 14", "Apt 21" (a word and its number), or names
    with one unit word after them ("Khureemaral soum", "Сонгинохайрхан дүүрэг", "Binder district")."""
    words = part.split()
    if not 1 <= len(words) <= 4 or _words_are_prose(words[:-1]):
        return False
    if not all(_CLEAN_WORD.fullmatch(w) for w in words):
        return False  # "NAD+CN+++Name": a segment's syntax, not a part
    kinds = [_kind(w) for w in words]
    if len(words) <= 3 and (re.fullmatch(_NUMBER, words[-1]) or _GLUED_NUMBER.fullmatch(words[-1])):
        return not _YEAR.fullmatch(words[-1]) and _unitish(words[0]) and kinds[0] != "num"
    if len(words) >= 2 and kinds[0] in ("cap", "num") and all(k in ("cap", "num") for k in kinds[:-1]):
        last = words[-1]
        return kinds[-1] in ("vocab", "low") or kinds[-1] == "mark" and len(last) >= 3 and "." not in last
    if len(words) >= 2 and kinds[0] == "vocab" and words[0][0].islower() and all(k == "cap" for k in kinds[1:]):
        return True  # "maison Hounsou", "quartier Zogbadjè": a lower-case place word and its name
    return False


_CLEAN_WORD = re.compile(r"[^\W_][\w.'’\-/#°º]*")
_GLUED_NUMBER = re.compile(r"\d{1,4}-?[^\W\d_]{1,3}\.?")  # "23th", "4-р"


def _numbered_part(part: str) -> bool:
    """A part that numbers a place with an address word: "Building 70", "Lot 10", "Apartment 56"."""
    words = part.split()
    return 2 <= len(words) <= 3 and _kind(words[0]) == "vocab" and bool(re.fullmatch(_NUMBER, words[-1])) and (
        not _YEAR.fullmatch(words[-1]))


_RUN_PART = re.compile(r"[^\n,;:()+|\t\"'<>]{2,40}")


def _unit_runs(text: str) -> list[tuple[int, int]]:
    """Runs of two or more comma parts that are unit or area parts, one of them an address word and its number
    ("Building 86, Apartment 30, …", "Raiwaqa Settlement, Lot 10", "Lot 2951, maison Hounsou, …"): an address with
    no street; the record growth (``_rec_address13.grow_spans``) takes the rest of its record."""
    out = []
    for line in re.finditer(r"[^\n]+", text):
        parts = []
        for m in re.finditer(r"[^,;:()|\t\"'<>+=\[\]{}]+", line.group()):
            raw = m.group()
            stripped = raw.strip()
            if not stripped:
                continue
            a = line.start() + m.start() + raw.index(stripped)
            cues = list(_CUE.finditer(stripped))
            if cues:
                a += cues[-1].end()
                stripped = stripped[cues[-1].end() :]
            parts.append((a, a + len(stripped), stripped, bool(cues)))
        run: list[tuple[int, int, str, bool]] = []
        for part in [*parts, None]:
            ok = part is not None and (not run or text[run[-1][1] : part[0]].strip() == ",") and (
                _area_or_unit_part(part[2]) or _numbered_part(part[2]))
            if ok and part is not None and part[3] and run:
                ok = False  # a cue word starts a new record
            if ok and part is not None:
                run.append(part)
                continue
            if len(run) >= 2 and any(_numbered_part(p[2]) for p in run):
                out.append((run[0][0], run[-1][1]))
            run = [part] if part is not None and (_area_or_unit_part(part[2]) or _numbered_part(part[2])) else []
    return out


_HL7_SEGMENT = re.compile(r"(?m)^[ \t>]*(?P<seg>PID|NK1|IN1|GT1)\|[^\n]*")
_HL7_ADDRESS_FIELD = {"PID": 11, "NK1": 4, "GT1": 5, "IN1": 5}


def _is_state_code(component: int, value: str) -> bool:
    return component == 3 and len(value.strip()) <= 3 and value.strip().isupper()


def _hl7_spans(text: str) -> list[tuple[int, int]]:
    """HL7 v2 address fields by their place in the segment (PID-11, NK1-4, GT1-5, IN1-5): street, other
    designation, city, state and postcode components (the country, component 6, stays, and so does a state written as
    a code of up to three capitals, ``^CT^``, as the older address rules keep it: tests/privacy/test_address_round5.py)."""
    out = []
    for m in _HL7_SEGMENT.finditer(text):
        field = _HL7_ADDRESS_FIELD[m.group("seg")]
        at = m.start("seg")
        for k, value in enumerate(m.group()[at - m.start() :].split("|")):
            if k == field:
                for rep in value.split("~"):
                    pos = at
                    for c, comp in enumerate(rep.split("^")):
                        if c < 5 and comp.strip() and re.search(r"[^\W_]", comp) and not _is_state_code(c, comp):
                            out.append((pos, pos + len(comp)))
                        pos += len(comp) + 1
                    at += len(rep) + 1
                break
            at += len(value) + 1
    return out


_BRIDGE = re.compile(r"[ \t]*,?[ \t]*(?:[A-ZÀ-ÞА-ЯЁ][^\W\d_]{0,5}\.[ \t]*){1,2}")


def _bridge(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Two addresses with only dotted abbreviations between them are one ("…, Coop. <address>")."""
    out = []
    ordered = sorted(spans)
    for (a, b), (c, d) in zip(ordered, ordered[1:]):
        if b <= c <= b + 16:
            m = _BRIDGE.fullmatch(text, b, c)
            if m and not any(w.rstrip(".").casefold() in _TITLES for w in m.group().replace(",", " ").split()):
                out.append((a, d))
    return out


_CUE = re.compile(r"(?i)(?:^|(?<=[\s(]))(?:at|of|to|in|from|near|on|via)[ \t]+(?=\S)")
_PART = re.compile(r"(?P<p>[^\n,;:()+|\t\"'<>]{2,60}),[ \t]*$")


def _extend_back(text: str, start: int) -> int:
    for _ in range(6):
        before = text[max(0, start - 64) : start]
        if _STARTS_NUMBER.match(text, start) or text[start : start + 2] in ("n°", "nº", "N°", "Nº"):
            m = _WORD_BEFORE.search(before)
            if m:
                w = m.group("w")
                if w.rstrip(".").casefold() not in _TITLES and (w[0].isupper() or "/" in w or w.endswith(".")) and (
                        _unitish(w) or _kind(w) == "cap"):
                    start -= len(before) - m.start("w")
                    continue
        m = _ABBREV_BEFORE.search(before)
        if m and m.group("w").rstrip(".").casefold() not in _TITLES and text[start : start + 1].isupper():
            start -= len(before) - m.start("w")
            continue
        m = _PART.search(before)
        if m and (m.start("p") > 0 or start <= 64):
            raw = m.group("p")
            stripped = raw.strip()
            at = start - (len(before) - m.start("p")) + raw.index(stripped)
            cues = list(_CUE.finditer(stripped))
            if cues:
                sub = stripped[cues[-1].end() :]
                if _area_or_unit_part(sub):
                    return at + cues[-1].end()
                return start
            if _area_or_unit_part(stripped):
                start = at
                continue
        break
    return start


_PART_AFTER = re.compile(r",[ \t]*(?P<p>[^\n,;:()+|\t\"'<>=\[\]{}.]{2,40}?)(?=[ \t]*(?:[,;:()|\t\"'<>+\n]|\.(?:\s|$)|$))")
_TOWN_CODE = re.compile(r"(?:[A-ZÀ-ÞА-ЯЁ][^\W\d_'’\-]+[ \t\-]){1,3}\d{4,6}|\d{4,6}(?:[ \t\-][A-ZÀ-ÞА-ЯЁ][^\W\d_'’\-]+){1,3}")


def _town_code(part: str) -> bool:
    """A town and its postcode ("Khentii 23101", "44011 Дорноговь"), not a year."""
    return bool(_TOWN_CODE.fullmatch(part.strip())) and not _YEAR.search(part) and not _words_are_prose(
        re.findall(r"[^\W\d_]+", part))


def _extend_forward(text: str, end: int) -> int:
    for _ in range(6):
        m = _UNIT_AFTER.match(text, end)
        if m:
            value = m.group().strip(" ,\t")
            word = re.search(r"[^\W\d_][^\W\d_.]*\.?", value)
            unit = word is not None and not _PHONE_WORD.match(word.group()) and (
                _kind(word.group()) in ("vocab", "mark", "low") or word.group().endswith(".") and len(word.group()) <= 6)
            if value.startswith(("s/n", "S/N")) or re.match(_NUMBER_MARK, value) or (
                    unit and not _YEAR.fullmatch(value.split()[-1])):
                end = m.end()
                continue
        m = _PART_AFTER.match(text, end)
        if m and (_area_or_unit_part(m.group("p")) or _town_code(m.group("p"))):
            end = m.end("p")
            continue
        if text[end : end + 1] == "." and re.match(r"[ \t]+[A-ZА-ЯЁ]", text[end + 1 : end + 3]):
            last = re.search(r"([^\W\d_]{1,5})$", text[max(0, end - 6) : end])
            run = _ABBREV_RUN.match(text, end + 1)
            if last and last.group(1)[0].isupper() and _kind(last.group(1)) not in ("prose", "stop") and run:
                words = run.group().split()
                if not _words_are_prose(words) and len(words) <= 5 and words[0].endswith("."):
                    end = run.end()
                    while end > 0 and text[end - 1] == ".":
                        end -= 1
                    continue
        break
    return end


def _box_spans(text: str) -> list[tuple[int, int]]:
    out = []
    for m in _BOX.finditer(text):
        value = m.group()
        if value.split()[0] in ("Box", "Bag") and not re.search(r"(?i)\b(?:po|p\.o|post|mail|postal|box|bag)\b",
                                                               text[max(0, m.start() - 30) : m.start()]):
            continue  # "Box 3 of 7": a bare "Box" counts after a postal word ("Private Bag", "PO Box for …")
        end = m.end()
        while end > m.start() and text[end - 1] in " .,":
            end -= 1
        tail = text[m.start() : end].split(",")
        if len(tail) > 1 and _words_are_prose(tail[-1].split()):
            end = m.start() + len(",".join(tail[:-1]))
        out.append((m.start(), end))
    return out


def _marked_streets(text: str) -> list[tuple[int, int]]:
    out = []
    for m in _STREET_MARKED.finditer(text):
        if m.group("a").rstrip(".").casefold() in _TITLES | _NOT_STREET:
            continue
        names = m.group("name").split()
        if any(_PHONE_WORD.match(w) for w in names):
            continue  # "Ltd. Telephone 01-305 0389": a firm's name, then its phone
        if all(w.isupper() and len(w) <= 3 for w in names):
            continue  # "daughter Anke. BP 128/82": a sentence's end, then a measurement's acronym (lead, round fourteen)
        if not any(w[0].isupper() for w in names) or _words_are_prose([w for w in names if not w[0].isupper()]):
            continue
        num = m.group("num")
        if _YEAR.fullmatch(num) or not (re.match(_NUMBER_MARK, num) or m.group("a")[0].isupper()):
            continue
        if not re.match(_NUMBER_MARK, num) and len(names) < 1:
            continue
        out.append((m.start("a"), m.end("num")))
    return out


def _nad_spans(text: str) -> list[tuple[int, int]]:
    """EDIFACT NAD: NAD+party+id+name and address+party name+street+city+region+postcode+country; the street, city,
    region and postcode elements (the country, element 9, stays)."""
    out = []
    for m in _NAD.finditer(text):
        at = m.start()
        elements = m.group().rstrip("'").split("+")
        pos = at
        for k, el in enumerate(elements):
            if 5 <= k <= 8 and el.strip() and re.search(r"\w", el):
                out.append((pos, pos + len(el)))
            pos += len(el) + 1
    return out


def spans14(text: str, spans: list[list[Any]]) -> list[list[Any]]:
    """New ADDRESS spans ``[start, end, "ADDRESS", score, 1, None]``: found addresses with their edges, and the seeds
    above (the caller's merge lets the longest win)."""
    if not ENABLED or not text:
        return []
    seeds = [(s[0], s[1]) for s in spans if s[2] == "ADDRESS"]
    found = _box_spans(text) + _marked_streets(text) + (_nad_spans(text) if "NAD+" in text else []) + (
        _hl7_spans(text) if "|" in text else [])
    found += _unit_runs(text) if "," in text else []
    out = []
    edges = []
    for a, b in seeds + found:
        x, y = _extend_back(text, a), _extend_forward(text, b)
        edges.append((x, y))
        if (x, y) != (a, b) or (a, b) in found:
            out.append([x, y, "ADDRESS", 0.8, 1, None])
    out += [[a, b, "ADDRESS", 0.8, 1, None] for a, b in _bridge(text, edges)]
    return out
