"""Round eleven (P2): an address as a block of parts scored by cues, in any language, with no country written.

Every pristine split brought national address forms that no shape here knew, and each leaked until someone wrote
its country's rule (HELD-OUT-11: 30.2% of English-side addresses, the same with round nine's code). What those forms
share is not a wording but a structure: a run of short parts (between commas, semicolons, line breaks) made of
names, numbers and marker words only, with a house number near a street word, a postcode, a known place, a unit or
a marked abbreviation ("ул.", "ქ.", "ք.", "Cad.") among them. So this module reads parts and their cues, not
countries:

* a part is *address-like* when every token is one of: a house number ("12", "27 1/1", "34-90", "No. 5"), a
  postcode shape ("10115", "066 85", "LV-1011", "K1A 0B1", "Solapur-533308"), a street / area / unit word of any
  language (``_rec_address_shapes.vocab``: the hand list and Faker's street types of all locales), a capitalised
  word or a word of a script without capitals (Devanagari, Tamil, Thai, Arabic, Hebrew, Georgian...), a short
  abbreviation with its dot, a particle ("de", "van"), a two-letter region code, a known place or a country;
* the first part may start inside prose ("... moved to 39"), the last may end inside it ("Mango-880953 last week"):
  only their address-like ends count;
* a run of address-like parts is an address when its cues add up: a name in it, and a house number with a street
  word or a postcode or known place, or a street word / marked abbreviation with a postcode or place
  (:func:`_accept`); the whole run is taken;
* an ADDRESS span that another recognizer found grows over the address-like parts next to it that carry a cue
  (:func:`grow`): "Λεωφόρος Γερακίου 34-90, 066 85 Λαμία" was found up to the comma only.

What is no address (near misses, ``tests/privacy/test_address_round11.py``): a number after a room, gate, seat,
version, ticket or page word counts as no house number; years are no postcodes; amounts, times, units ("kWh"),
e-mails and lower-case prose break a run; a CSV cell boundary (a quote next to a comma, a tab, a bar) ends it.
"""

from __future__ import annotations

import functools
import re

__all__ = ["ENABLED", "block_spans", "grow"]

#: a switch for A/B runs in one process (bench); always on in the product
ENABLED = True

#: a part boundary: a comma (not inside a number), a semicolon, a line break; hard ones (a CSV cell, a tab, a bar,
#: a blank line) end a run
_SEP = re.compile(r"(?=[ \t\"]*[,;\n\t|.?!])[ \t]*\"?[ \t]*(?:\n[ \t]*\d{1,3}[.)](?=[ \t])|\n[ \t]*\n|(?<!\d),|,(?!\d)|;|\n|\t|\||(?:(?<=[^\W\d_]{4})|(?<=\d))[.?!](?=[ \t]|$)|[?!])"
                  r"[ \t]*\"?[ \t]*")
#: a hard boundary ends a run: a CSV cell, a tab, a bar, a blank line, the end of a sentence
_HARD = re.compile(r"[\"\t|.?!]|\n[ \t]*\n")
_TOKEN = re.compile(r"[^\s:=]+[:=]?|[:=]")  # "LOCATION:Main" is a label and a word
_DATE = re.compile(r"\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4}")
_SYMBOL = re.compile(r"[@\\<>{}_%$€£¥+*=~^`]")
_OPEN = "([\"'„“«‹<"
_CLOSE = ")]\"'”»›>:,."

_DIGIT = re.compile(r"\d")
_NUM = re.compile(r"(?:No\.?|Nr\.?|N[º°o]\.?|№|#)?\d{1,5}[^\W\d_]?(?:[/\-]\d{1,5}[^\W\d_]?)*(?:/[^\W\d_])?", re.I)
_YEAR = re.compile(r"(?:19|20)\d\d")
_BARE_POST = re.compile(r"\d{4,7}|\d{5}-\d{3,4}|\d{3}-\d{4}|\d{2}-\d{3}")
_LETTER_POST = re.compile(r"[A-Z]{1,2}-?\d{3,6}|[A-Z]\d[A-Z]|[A-Z]{1,2}\d[A-Z\d]?")  # "LV-1011", "AZ1000", "K1A", "SW1A"
_GLUED_POST = re.compile(r"[^\W\d_][^\s\d\-‐]+[\-‐]?(\d{4,7}|\d{2,3}-\d{3,4})")  # "Solapur-533308", a name glued to its code
#: postcode shapes over two tokens: "066 85", "115 87", "K1A 0B1", "SW1A 1AA", "1011 AB"
_PAIR_POST = re.compile(r"\d{3} \d{2}|[A-Z]\d[A-Z] \d[A-Z]\d|[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}|\d{4} [A-Z]{2}")
#: a number after one of these is no house number: rooms, gates, versions, tickets, pages (lower-cased, no dot)
_NOT_HOUSE = frozenset(
    "room rm gate platform terminal seat row bed desk counter table page p pp step item version v ver release build "
    "ticket order invoice case flight bay dock track hall level booth section chapter fig figure slide line exit zone "
    "stage sprint phase week day q quarter year model size qty quantity x rev issue pr vol volume part no. ward".split())
_NOT_ABBR = frozenset("e.g i.e etc v vs approx ca cf ref inc ltd co corp jr sr st mt dr mr mrs ms prof fig no nr "
                      "p pp vol ed eds al a.m p.m am pm".split())
_COMPANY = frozenset("pvt ltd llc llp inc plc corp gmbh kft doo sdn bhd pte pty srl spa sas sarl kg ohg ag nv bv oy ab "
                     "as sa sro zrt nyrt ooo oao zao tov ad eood jsc pjsc".split())
_PHONE_WORDS = frozenset("tel tel. phone ph mob mobile fax cell contact whatsapp".split())
_HONORIFIC = frozenset("md mst mohd mohammad sri smt shri kum thiru selvi hj hjh dato datuk tan sayın".split())
#: words that may stand lower-case in an address part (with the particles of ``_rec_address_shapes``)
_LOWER_OK = frozenset("bis ter quater".split())


@functools.lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(street words, area and region words, unit words), case-folded and also without their dots."""
    from ._rec_address_shapes import _PARTICLES, vocab

    v = vocab()
    street = set(v.get("pre", ())) | set(v.get("post", ()))
    area = set(v.get("area", ())) | set(v.get("region", ()))
    street |= {w.rstrip(".") for w in street if len(w.rstrip(".")) >= 2}
    area |= {w.rstrip(".") for w in area if len(w.rstrip(".")) >= 2}
    units = frozenset("flat apt apartment suite ste unit floor fl level lvl office shop building bldg bld tower block "
                      "blk bl entrance entr ap app appt kv kv. д д. дом корп корп. кв. стр стр. piso depto dpto "
                      "wohnung whg stiege top étage etage bus boîte kamer lgh leil lok bloc bloco blok torre "
                      "edificio edif immeuble bâtiment bât po p.o box postfach apartado casilla cp caixa bp "
                      "daire kat d k no nr mənzil m b ev".split())
    street -= set(_PARTICLES.split("|"))
    return frozenset(street), frozenset(area), units


@functools.lru_cache(maxsize=1)
def _particles() -> frozenset[str]:
    from ._rec_address_shapes import _PARTICLES

    return frozenset(_PARTICLES.split("|")) | _LOWER_OK


def _uncased(word: str) -> bool:
    from ._rec_address10 import uncased

    return uncased(word)


def _kind(raw: str, prev: str) -> str:
    """One token's kind (cached per word; ``prev`` matters only as a room/gate/version word or not)."""
    return _kind_of(raw, prev in _NOT_HOUSE)


@functools.lru_cache(maxsize=65536)
def _kind_of(raw: str, after_not_house: bool) -> str:
    """One token's kind: num, post, gpost, street, area, unit, abbr, name, cap, code, part(icle), place, other."""
    from ._gazetteer import TITLES, everyday, gazetteer

    tok = raw.strip(_OPEN)
    dot = tok.endswith(".")
    tok = tok.rstrip(_CLOSE)
    if raw.endswith((":", "=")):
        return "label"  # a label ("Address:", "CN=", "Anna:") heads a value, it is no part of it
    if _SYMBOL.search(tok) or _DATE.fullmatch(tok):
        return "other"  # a label ("Address:", "CN=") heads a value; e-mails, amounts, dates are no address
    if not tok:
        return "punct"
    low = tok.casefold()
    street, area, units = _words()
    if tok[0].isdigit() or tok[0] in "#№" or (low[:2] in ("no", "nr", "nº", "n°") and tok[-1:].isdigit()):
        if _NUM.fullmatch(tok):
            digits = re.sub(r"\D", "", tok)
            if len(digits) >= 7 and len(re.findall(r"[/\-]", tok)) >= 2:
                return "other"  # "089-566-9664": a phone number
            if _BARE_POST.fullmatch(tok) and len(digits) >= 4:
                return "year" if _YEAR.fullmatch(tok) else "bpost"
            return "nohouse" if after_not_house else "num"
        if _BARE_POST.fullmatch(tok):
            return "bpost"
        return "other"
    if _LETTER_POST.fullmatch(tok) and any(c.isdigit() for c in tok):
        return "lpost"
    glued = _GLUED_POST.fullmatch(tok)
    if glued and (_uncased(tok) or tok[0].isupper() and not tok[1:2].isupper()):
        return "gpost"  # "Solapur-533308", "चिराला-197499"; not "OPS-2291" (a ticket)
    if low in _PHONE_WORDS:
        return "other"  # "TEL 0321 4455667": a phone's label ends an address
    if low in TITLES or low in ("st", "mt", "ste"):
        return "cap"  # "Dr. Boonmee", "St. John's": a title or a saint, not a Drive or a Street
    if low in units or (dot and low + "." in units):
        return "unit"
    if low in street or (dot and low + "." in street):
        return "street"
    if low in area or (dot and low + "." in area):
        return "area"
    if not any(c.isalpha() for c in tok):
        return "other"
    if low.replace(".", "") in _COMPANY:
        return "other"  # "Pvt. Ltd.", "Kft.", "d.o.o.": a company, not a marked part of an address
    if dot and len(tok) == 1 and tok.isupper() or low in _HONORIFIC:
        return "cap"  # "Х.", "B.": a person's initial; "Md.", "Mst.": an honorific, not a street's mark
    if dot and len(tok) <= 4 and tok.isalpha() and low not in _NOT_ABBR:
        return "abbr"
    g = gazetteer()
    if low in g.countries:
        return "country"
    if tok[0].isupper():
        if tok.isupper() and len(tok) <= 3:
            return "code"  # "VA", "NSW", "TX": a region code, also a currency or a team: no name
        if low in g.cities or low in g.regions:
            return "place"
        if everyday(low) or low in g.words:
            return "cap"
        return "name"
    if _uncased(tok):
        return "name"
    if low in _particles():
        return "part"
    return "other"


_NAMEY = frozenset({"name", "place", "gpost"})
#: what the prose-led last part of a run must hold: a postcode, a place, a street, area or unit with its number
_HEAD_CUES = frozenset({"bpost", "lpost", "gpost", "place", "street", "area", "abbr", "unum", "num"})
#: what a part must hold to start a run (a plain name line before a street is a person's)
_CUES = frozenset({"num", "unum", "bpost", "lpost", "gpost", "street", "abbr", "area", "unit"})
_OK = frozenset({"num", "unum", "nohouse", "bpost", "lpost", "gpost", "street", "area", "unit", "abbr", "name", "cap", "code",
                 "part", "place", "country", "punct", "year"})


def _lazy_kinds(raws: list[str]) -> list[str]:
    """Each token's kind, read from both ends up to the first prose token: the middle of a prose part is "other"
    unread (only a part's address-like ends can take part in a run), which keeps long prompts cheap."""
    n = len(raws)
    out = ["other"] * n
    bare = [r.strip(_OPEN).rstrip(_CLOSE).casefold() for r in raws]
    i = 0
    while i < n:
        out[i] = _kind(raws[i], bare[i - 1] if i else "")
        if out[i] not in _OK:
            break
        i += 1
    j = n - 1
    while j > i:
        out[j] = _kind(raws[j], bare[j - 1])
        if out[j] not in _OK:
            break
        j -= 1
    return out


class _Part:
    """One part's tokens (start, end, kind) and the cues they carry."""

    __slots__ = ("start", "end", "toks", "hard", "text_first")

    def __init__(self, text: str, start: int, end: int, hard: bool) -> None:
        self.start, self.end, self.hard = start, end, hard
        toks: list[tuple[int, int, str]] = []
        found = [m for m in _TOKEN.finditer(text, start, end) if m.group().strip(">")]  # "> ": a quote mark stays
        kinds = _lazy_kinds([m.group() for m in found])
        for m, kind in zip(found, kinds):
            raw = m.group()
            a = m.start() + len(raw) - len(raw.lstrip(_OPEN))
            b = m.end() - (len(raw) - len(raw.rstrip(_CLOSE)))
            if kind in ("abbr", "street", "unit", "area", "cap") and raw[b - m.start() : b - m.start() + 1] == ".":
                b += 1  # "ქ.", "Av.", "St.": the abbreviation's dot
            toks.append((a, max(a + 1, b), kind))
        names = ("name", "place", "cap", "part")
        for i, (ts, te, kind) in enumerate(toks):
            before = toks[i - 1][2] if i else ""
            after = toks[i + 1][2] if i + 1 < len(toks) else ""
            if kind == "num" and before == "unit":
                toks[i] = (ts, te, "unum")  # "Building 3", "Flat 12": a unit's number, no house number
            elif kind == "unit" and after not in ("num", "bpost", "lpost", "code"):
                toks[i] = (ts, te, "cap" if text[ts : ts + 1].isupper() else "other")  # "Lok", "Top", "Office" alone
            elif kind in ("street", "unit", "area") and text[ts : ts + 1].islower() and not (
                    before in names[:2] or after in names[:2] or after == "part" or kind == "unit" and after == "num"):
                toks[i] = (ts, te, "other")  # "the gate 5", "an office": a lower-case word alone is prose
        for i in range(len(toks) - 1):  # "066 85", "K1A 0B1": a postcode over two tokens
            one, two = toks[i], toks[i + 1]
            if one[2] in ("num", "bpost", "lpost") and _PAIR_POST.fullmatch(text[one[0] : two[1]].rstrip(_CLOSE)):
                toks[i] = (one[0], one[1], "lpost")
                toks[i + 1] = (two[0], two[1], "lpost")
        digitish = ("num", "unum", "bpost", "lpost", "year", "nohouse")
        i = 0
        while i < len(toks):  # three digit groups in a row are a phone, an IBAN or a card, not a house and a code
            j = i
            while j < len(toks) and toks[j][2] in digitish:
                j += 1
            digits = sum(c.isdigit() for x, y, _ in toks[i:j] for c in text[x:y])
            if j - i >= 3 or j - i == 2 and (toks[i][2] == "lpost" and toks[j - 1][2] == "bpost" or digits >= 8):
                toks[i:j] = [(x, y, "other") for x, y, _ in toks[i:j]]  # "GR17 8419 ...", "+1 555 0100"
            i = max(j, i + 1)
        self.toks = toks
        self.text_first = text[toks[0][0] : toks[0][1]] if toks else ""
        if toks:
            self.start, self.end = toks[0][0], toks[-1][1]

    @classmethod
    def prose(cls, start: int, end: int, hard: bool) -> _Part:
        """A part far from any digit: no run can use it, so it is not read."""
        out = cls.__new__(cls)
        out.start, out.end, out.hard, out.toks = start, end, hard, [(start, end, "other")]
        out.text_first = ""
        return out

    def address_like(self) -> bool:
        return 0 < len(self.toks) <= 9 and all(k in _OK for _, _, k in self.toks)

    def tail(self) -> _Part | None:
        """The address-like end of a part that starts in prose ("Customer moved to 39"), or None."""
        i = len(self.toks)
        while i > 0 and self.toks[i - 1][2] in _OK:
            i -= 1
        cue = next((k for k in range(i, len(self.toks)) if self.toks[k][2] in _CUES), None)
        if cue is None:
            return None
        i = cue  # "issued to Si Pattanapong of 290 Soi Ari 4": the address starts at its first cue ...
        while i > cue - 3 and i > 0 and self.toks[cue][2] in ("street", "abbr", "area") and self.toks[i - 1][2] in (
                "name", "place", "cap") and self.toks[i - 1][0] >= self.start:
            i -= 1  # ... or at the name before a street word written after it ("იორის ქ. 84", "Nehru Marg 5")
        return self._sub(i, len(self.toks))

    def lead(self) -> _Part | None:
        """The part without the particles it starts with ("of Flat 7B": the "of" is prose's)."""
        i = 0
        while i < len(self.toks) and self.toks[i][2] in ("part", "punct"):
            i += 1
        return self if i == 0 else self._sub(i, len(self.toks)) if i < len(self.toks) else None

    def head(self) -> _Part | None:
        """The address-like start of a part that runs on into prose ("Mango-880953 last week"), or None."""
        i = 0
        while i < len(self.toks) and self.toks[i][2] in _OK:
            i += 1
        while i > 0 and (self.toks[i - 1][2] in ("part", "punct", "cap", "unit", "abbr", "code") or self.toks[i - 1][2] in (
                "num", "unum") and (i == 1 or self.toks[i - 2][2] not in ("unit", "abbr", "street", "name"))):
            i -= 1  # "Kowloon, 2 movers": a number before prose is a quantity; "IBAN NO79 ...": a label
        stop = next((k for _, _, k in self.toks[i:]), "")
        if i == 1 and self.toks[0][2] in ("bpost", "num") and stop == "other":
            return None  # "…, д. 3, 25000 units a week": a number alone before prose is an amount
        if not i or stop == "label" or not {k for _, _, k in self.toks[:i]} & _HEAD_CUES:
            return None  # a run ends on a part with a cue of its own, not on a word before prose
        return self._sub(0, i)

    def _sub(self, i: int, j: int) -> _Part:
        out = _Part.__new__(_Part)
        out.toks = self.toks[i:j]
        out.text_first = self.text_first if i == 0 else ""
        out.start, out.end, out.hard = out.toks[0][0], out.toks[-1][1], self.hard
        return out

    def kinds(self) -> set[str]:
        return {k for _, _, k in self.toks}


def _cues(parts: list[_Part]) -> set[str]:
    out: set[str] = set()
    for p in parts:
        kinds = p.kinds()
        out |= kinds
        if "bpost" in kinds and kinds & (_NAMEY | {"cap"}) and len(p.toks) <= 5:
            out.add("post")  # "Dharmavaram 877563": a bare code beside a town in its part
    if out & {"lpost", "gpost"}:
        out.add("post")
    return out


def _accept(parts: list[_Part]) -> bool:
    """Do these parts' cues add up to an address (see the module docstring)?"""
    c = _cues(parts)
    if not c & _NAMEY:
        return False
    marked = bool(c & {"street", "abbr", "area"})
    house = "num" in c
    post = "post" in c or "bpost" in c and marked
    place = "place" in c
    if len(parts) == 1:
        p = parts[0]
        kinds = [k for _, _, k in p.toks]
        # one part: a number, names, and a postcode after them ("776/89 ถนนธาราธร ... 47830"), or a marked,
        # numbered street with its code or town
        return (house and "street" in c and (post or place)) or (
            kinds[0] == "num" and kinds[-1] in ("bpost", "lpost") and sum(k == "name" for k in kinds) >= 2)
    return (marked and house) or (house and (post or place and len(parts) >= 3)) or (marked and (post or place))


#: a table row: two commas or more, none with a space after it (an address block writes ", ")
_CSV_ROW = re.compile(r"^[^\n,]*,[^\n, ][^\n]*,[^ \n][^\n]*$", re.M)


_LAST: tuple[str, list[_Part]] = ("", [])


def _parts(text: str) -> list[_Part]:
    """The parts of ``text`` (the last text's are kept: :func:`block_spans` and :func:`grow` read the same)."""
    global _LAST
    last = _LAST
    if last[0] == text and last[1]:
        return last[1]
    out = _split(text)
    _LAST = (text, out)
    return out


def _split(text: str) -> list[_Part]:
    """The parts; those more than three parts away from any digit are read as prose, unread (a run needs one)."""
    spans: list[tuple[int, int, bool]] = []
    at, hard = 0, True
    rows = [(m.start(), m.end()) for m in _CSV_ROW.finditer(text) if ", " not in m.group()] if "," in text else []
    for m in _SEP.finditer(text):
        if m.start() > at:
            spans.append((at, m.start(), hard))
        at, hard = m.end(), bool(_HARD.search(m.group())) or any(a <= m.start() < b for a, b in rows)
    if at < len(text):
        spans.append((at, len(text), hard))
    digits = [k for k, (s, e, _) in enumerate(spans) if _DIGIT.search(text, s, e)]
    near = {k for d in digits for k in range(d - 3, d + 4)}
    return [_Part(text, s, e, h) if k in near else _Part.prose(s, e, h) for k, (s, e, h) in enumerate(spans)]


#: a cheap gate: a digit beside a letter-word within a few characters, the least every cue run holds
_GATE = re.compile(r"\d[^\n]{0,60}[^\W\d_]{2}|[^\W\d_]{2}[^\n]{0,60}\d")


def block_spans(text: str) -> list[tuple[int, int]]:
    """Runs of address-like parts whose cues add up to an address, as (start, end) spans."""
    if not ENABLED or not _GATE.search(text):
        return []
    parts = _parts(text)
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(parts):
        i0 = i
        first = parts[i].lead() if parts[i].address_like() else parts[i].tail()
        if first is None:
            i += 1
            continue
        run, j, partial = [first], i + 1, False
        while j < len(parts) and not parts[j].hard:
            p = parts[j]
            if p.address_like():
                run.append(p)
                j += 1
                continue
            head = p.head()
            if head is not None:
                run.append(head)
                j, partial = j + 1, True
            break
        while len(run) > 1 and not run[0].kinds() & _CUES:
            run.pop(0)  # "Vichai Chaiyaporn\n924 Soi ...": a name line before the street is the person's
            run[0] = run[0].lead() or run[0]
        best = _best(run)
        if best:
            end = best.end
            while end > run[0].start and text[end - 1] in " .,;:":
                end -= 1
            out += _without_countries(text, run, run[0].start, end)
            i = j - 1 if partial and best is run[-1] and len(run) > 1 else j  # its prose may lead to the next one
            i = max(i, i0 + 1)
        else:
            i += 1
    return out


def _best(run: list[_Part]) -> _Part | None:
    """The last part of the shortest-tailed accepted prefix of ``run`` that keeps every cue-bearing part."""
    for k in range(len(run), 0, -1):
        if _accept(run[:k]) and _cued(run[k - 1]):
            return run[k - 1]
    return None


def _town_like(p: _Part) -> bool:
    """A part of names alone that may close an address: few words, at most one everyday one (not "Microsoft Teams
    Meeting", not "Islamabad Capital Territory": a region with its title is a place of its own), no person."""
    kinds = [k for _, _, k in p.toks]
    return len(kinds) <= 4 and kinds.count("cap") <= 1 and not _person_line(p)


def _person_line(p: _Part) -> bool:
    """A given name and a surname ("John Smith" under a block): the person's, not a town."""
    from ._gazetteer import gazetteer

    return len(p.toks) >= 2 and p.text_first.casefold() in gazetteer().given


def _cued(p: _Part) -> bool:
    """A part that carries a cue of its own, or a town-like name (few words, at most one everyday word: not
    "Microsoft Teams Meeting"): a run may end on it."""
    kinds = [k for _, _, k in p.toks]
    if not set(kinds) & _CUES and set(kinds) & {"name", "place"}:
        return _town_like(p)
    return bool(p.kinds() & {"num", "unum", "bpost", "lpost", "gpost", "street", "area", "unit", "abbr", "place", "country",
                             "name"})


def grow(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Found ADDRESS spans grown over the address-like parts next to them that carry a cue, as new spans."""
    if not ENABLED or not spans:
        return []
    parts = _parts(text)
    out: list[tuple[int, int]] = []
    for s, e in spans:
        idx = [k for k, p in enumerate(parts) if p.start < e and s < p.end]
        if not idx:
            continue
        lo, hi = idx[0], idx[-1]
        end = e
        k = hi + 1 if not text[e : parts[hi].end].strip(" .,;:)\"'") else len(parts)  # the seed ends its part
        while k < len(parts) and not parts[k].hard and k <= hi + 4:
            p = parts[k]
            full = p.address_like()
            q = p if full else p.head()
            if q is None or not q.kinds() & {"num", "bpost", "lpost", "gpost", "place", "area", "street", "abbr"} or (
                    not q.kinds() & _CUES and not _town_like(q)):
                break
            end = max(end, q.end)
            if not full:
                break
            k += 1
        while end > e and text[end - 1] in " .,;:":
            end -= 1
        start = s
        k = lo - 1 if not text[parts[lo].start : s].strip(" (\"'") else -1  # the seed starts its part
        while k >= 0 and not parts[k + 1].hard and k >= lo - 3:
            p = parts[k]
            if not p.address_like() or not p.kinds() & {"num", "lpost", "gpost", "street", "abbr", "unit"}:
                break
            start = min(start, p.start)
            k -= 1
        if (start, end) != (s, e):
            out += _without_countries(text, parts[max(0, k) : hi + 5], start, end)
    return out


def _without_countries(text: str, parts: list[_Part], start: int, end: int) -> list[tuple[int, int]]:
    """``start, end`` cut around the country words in it: the pipeline joins a country that closes an address to
    it (``_rec_address_countries``, the policy), so the recognizer leaves it out as the older shapes do."""
    from ._gazetteer import multiword_country_spans

    cuts = sorted({(a, b) for p in parts for a, b, k in p.toks if k == "country" and start <= a and b <= end} | {
        (a, b) for a, b in multiword_country_spans(text) if start <= a and b <= end})
    out, at = [], start
    for a, b in cuts:
        piece = text[at:a].rstrip(" ,;\n\t")
        if piece.strip():
            out.append((at, at + len(piece)))
        at = b
        while at < end and text[at] in " ,;\n\t":
            at += 1
    if at < end and text[at:end].strip():
        out.append((at, end))
    return out
