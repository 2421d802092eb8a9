"""Round eleven, second pass (P5): addresses of administrative units, with no house number and no postcode.

HELD-OUT-12 (seen) leaked 29% of its English-side addresses, most of them one family: a chain of units below a
town, each a unit word and its name, in the language of the country ("Umudugudu wa Bidudu, Akagari ka Kabuye,
Umurenge wa Gashora", "Cell Nyamirama, Sector Karangazi", "Nakasengere village, Nakasengere parish, Nakasozi",
"Phum Veal Veaeng, Khum Chhuk", "Kraal head Moyo, Knyurira", "Chikambi Ward 11"), and Cambodian or Rwandan numbered
streets ("No. 41, St. 598", "House 18, KK 36 Ave"). ``_rec_address11`` reads parts near a digit only, and its cues
are house numbers and postcodes, so these never added up. The unit words are DATA (``data/admin_units11.txt``:
before the name, after it, linking words, and the "strong" ones no English prose uses); this module reads parts
(between commas, semicolons, line breaks) and classifies each:

* UNIT: a unit word with a name that is not an everyday word ("Kitaasa parish", "Umurenge wa Mwiri", "Ward 5"
  after a name); a part starting or ending in prose gives its end / start;
* HOUSE: a house, plot, flat, stand or box number ("#185", "No. 41", "Plot 180", "Flat 6C");
* NUMBERED STREET: "St. 598", "Street 51", "KK 36 Ave";
* TOWN: one to three capitalised names, maybe after a postcode ("Rusizi", "37504 Shinyanga");
* SEED: a part an ADDRESS span found by another shape overlaps ("rue Mayama n° 95, Brazzaville").

A chain of such parts is an address when two UNIT parts meet, or a UNIT with a HOUSE, a numbered street or a seed,
or a numbered street with a house, a town or a seed, or a strong UNIT with a town, or one UNIT with a name and a
number ("Chikambi Ward 11"). Leading towns are left out (a person's name line above a block reads as one); a
country closing it is left to the pipeline's policy join. Near misses (``tests/privacy/test_address_round11b.py``):
"Sales Division, Marketing Division" (everyday names), "the cell 5", "Sector 7" alone, "Imran Khan, Lahore".
"""

from __future__ import annotations

import functools
import re
from importlib import resources

__all__ = ["ENABLED", "unit_spans"]

#: a switch for A/B runs in one process (bench); always on in the product
ENABLED = True

FILE = "admin_units11.txt"

#: part boundaries: a comma, a semicolon, a line break; hard ones (a blank line, a sentence end, a bar, a tab) end a
#: chain
_SEP = re.compile(r"[ \t]*(?:\n[ \t]*\n|[,;\n\t|]|(?<=[^\W\d_]{3})[.?!](?=\s|$)|[?!])[ \t]*")
_HARD = re.compile(r"\n[ \t]*\n|[\t|.?!]")
_TOKEN = re.compile(r"\S+")
_NUM = re.compile(r"\d{1,4}[A-Za-z]?")
_TAG = re.compile(r"[A-Z]|[IVX]{1,4}|'[a-zA-Z]'")  # "Kijanju A", "Rugarama I", "Itakaibolu 'b'"
_HOUSE = re.compile(r"(?:#|(?:No|Nº|N°|Nr)\.?\s?)\d{1,5}[A-Za-z]?\d?|(?:house|plot|flat|apt|stand|erf|parcelle|lot|box"
                    r"|p\.?\s?o\.?\s?box"
                    # round twelve: the numbered parts of more countries ("Section 340", "Area 25", "Quarteirão 14",
                    # "Casa nº 27", "Plot No. 9/204", "Block 21", "Bloque C", "H.No. 4-5-62")
                    r"|section|area|block|blk|bloque|casa|quarteirão|quadra|unit|zona|zone|sector|building|bldg|villa"
                    r"|phase|camp|extension|ext|h\.\s?no)\.?(?:\s+(?:No|Nº|N°|nº|n°)\.?)?\s+(?:\d{1,5}(?:[/-]\d{1,5}){0,2}"
                    r"[A-Za-z]?|[A-Z](?![\w'])|[A-Z]-\d{1,4})", re.I)
_NUM_STREET = re.compile(r"(?:St\.?|Street|Rd\.?|Road)\s\d{1,4}[A-Z]?|[A-Z]{2}\s?\d{1,4}\s(?:Ave|St|Rd|Road|Street|Avenue)\.?"
                         # round twelve: a Japanese banchi before its block name ("7-11-16 Shimo-sawa")
                         r"|\d{1,4}-\d{1,4}(?:-\d{1,4})?\s[A-Z][a-z]+(?:-[a-z]+)?")
_GATE = re.compile(r"(?i:village|parish|ward|cell|sector|division|district|province|commune|council|county|mtaa|"
                   r"kata|phum|khum|sangkat|srok|khan|kraal|lc\d|arrondissement|quartier|umudugudu|akagari|umurenge|"
                   r"intara|akarere|kijiji|wilaya|tarafa|kebele|woreda|barangay|purok|sitio|zone|cellule|secteur)|"
                   r"\bSt\.? \d|\b[A-Z]{2} ?\d{1,4} (?:Ave|St|Rd)")
_CLOSE = ")]\"'”»›>:."
_LIST_MARK = re.compile(r"(?:\d{1,3}[.)]|[-*•·–—])[ \t]")
_POSTCODE_AFTER = re.compile(r"\d{3}-\d{4}|\d{4,6}")
_PARTICLES = frozenset("es de la el al du da di del do dos das en am an le les sur bin".split())  # inside a town
_OPEN = "([\"'„“«‹<"


@functools.lru_cache(maxsize=1)
def _lists() -> dict[str, frozenset[str]]:
    """The sections of ``data/admin_units11.txt``, case-folded."""
    out: dict[str, set[str]] = {}
    section = ""
    text = resources.files(__package__).joinpath("data", FILE).read_text(encoding="utf-8")
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1]
        elif section:
            out.setdefault(section, set()).update(w.casefold() for w in line.split())
    return {k: frozenset(v) for k, v in out.items()}


@functools.lru_cache(maxsize=1)
def _gate12() -> re.Pattern[str]:
    """Round twelve: any unit word of the lists, or a hyphen suffix unit, lets a text in."""
    w = _lists()
    words = sorted((w["pre"] | w["post"]) - {"t/a"}, key=len, reverse=True)
    suffixes = "|".join(sorted(w["suffix"], key=len, reverse=True))
    return re.compile(r"(?i)(?<![^\W\d_])(?:" + "|".join(re.escape(x) for x in words) + r")(?![^\W\d_])|\bT/A\b"
                      r"|[^\W\d_]{2}-(?:" + suffixes + r")\b")


_ORDINAL = re.compile(r"\d{1,2}(?:e|er|re|ère|ème|st|nd|rd|th|o|a|º|ª)", re.I)


@functools.lru_cache(maxsize=65536)
def _kind(tok: str) -> str:
    """One token's kind: pre, post (both: "unit"), join, num, tag, name (not everyday), cap (everyday), other."""
    from ._gazetteer import everyday, gazetteer
    from ._rec_address10 import uncased

    w = _lists()
    bare = tok.strip(_OPEN).rstrip(_CLOSE) if tok not in ("'b'",) else tok
    low = bare.casefold()
    if _TAG.fullmatch(tok):
        return "tag"
    if not bare or tok.endswith(":"):
        return "other"
    pre, post = low in w["pre"], low in w["post"]
    if pre and post:
        return "unit"
    if pre:
        return "pre"
    if post:
        return "post"
    if low in w["join"]:
        return "join"
    if _ORDINAL.fullmatch(bare):
        return "ord"  # "3e section communale", "2nd Ward"
    head, dash, suffix = low.rpartition("-")
    if dash and suffix in w["suffix"] and len(head) >= 2 and head.replace("-", "").isalpha() and bare[0].isupper():
        return "hunit"  # "Kitayama-ku", "Seosong-ro": a unit with its name
    if low.startswith("y'") and len(bare) > 3 and bare[2].isupper():
        return "name"  # "y'Iburengerazuba": the link glued to the name
    if _NUM.fullmatch(bare):
        return "num"
    if bare.isdigit() and len(bare) <= 6:
        return "code"  # a postcode before a town ("37504 Shinyanga")
    if not bare.replace("-", "").replace("'", "").isalpha():
        return "other"
    if uncased(bare):
        return "name"
    if bare[0].isupper():
        if low in gazetteer().countries:
            return "country"
        return "cap" if everyday(low) or low in gazetteer().words else "name"
    return "other"


def _unit(kinds: list[str]) -> str:
    """"unit", "nunit" (a numbered unit: "Ward 5" after a name), "strong" or "" for a run of token kinds."""
    if not kinds or len(kinds) > 8 or "other" in kinds or "country" in kinds:
        return ""
    if kinds == ["hunit"] or kinds[:1] == ["num"] and kinds[1:] == ["hunit"]:
        return "unit"  # "Yeonnam-gu", "152 Seosong-ro"
    if len(kinds) >= 2 and kinds[0] == "ord" and all(k in ("pre", "post", "unit") for k in kinds[1:]):
        return "ord"  # "3e section communale", "5th Ward": numbered when a unit word is strong (the caller)
    kinds = ["name" if k == "hunit" else k for k in kinds]
    if not any(k in ("pre", "post", "unit") for k in kinds):
        return ""
    if kinds[0] == "join" or kinds[-1] == "join" or kinds[0] == "post" and len(kinds) > 1 and kinds[1] != "num":
        return ""
    for i, k in enumerate(kinds):
        if k == "join" and kinds[i - 1] not in ("pre", "unit"):
            return ""  # a link only after a unit word
    if kinds[-1] == "pre" or kinds[0] == "num":
        return ""
    if "name" not in kinds:
        return "weak" if "cap" in kinds else ""  # "Western Province", "Southern Division": only inside a chain
    numbered = any(k == "num" and kinds[i - 1] in ("unit", "post") and i >= 2 for i, k in enumerate(kinds))
    return "nunit" if numbered else "unit"


class _Piece:
    """A classified stretch of a part: kind (unit, nunit, strong, house, street, town, seed), span, whole-part."""

    __slots__ = ("kind", "start", "end", "strong", "named", "labelled")

    def __init__(self, kind: str, start: int, end: int, strong: bool = False, named: bool = True) -> None:
        self.kind, self.start, self.end, self.strong, self.named = kind, start, end, strong, named
        self.labelled = False


def _classify(text: str, s: int, e: int, where: str, seeds: list[tuple[int, int]]) -> _Piece | None:
    """The piece of part ``text[s:e]`` a chain can use: the whole part, or (``where`` "tail" / "head") its end or
    start when it runs into prose; a form's field labelled by a unit word gives its value."""
    over = [(a, b) for a, b in seeds if a < e and s < b]
    if over:  # the seed's own start when it starts inside the part ("billing address rue Loango n° 12")
        # and its own end when prose follows it in the part ("Lindi 65218. VAT reg: none")
        a0 = a = max(s, min(a for a, _ in over))
        b0 = b = min(e, max(b for _, b in over))
        for m in _HOUSE.finditer(text, s, e):
            if m.start() < a <= m.end():
                a = m.start()  # a seed that starts at the number of "Lot 4555", "Area 8": the word goes with it
            if m.start() <= b < m.end():
                b = m.end()  # or ends at the word of "Casa nº 151": the number goes with it
        piece = _Piece("seed", a, b)
        piece.strong = a < a0 or b > b0  # grown: the chain is worth a span of its own
        return piece
    label = _FIELD.match(text, s, e)
    if label and where == "whole":
        field = _field(text, label, e, seeds)
        if field is not None:
            return field
    toks = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, s, e)]
    if not toks:
        return None
    part = text[s:e]
    m = _HOUSE.fullmatch(part) or (_HOUSE.search(part) if where == "tail" else None)
    if m and (m.end() == len(part)):
        return _Piece("house", s + m.start(), e)
    m = _NUM_STREET.match(part)
    if m and (m.end() == len(part) or where == "head" and part[m.end() : m.end() + 1] == " "):
        return _Piece("street", s, s + m.end())
    m = _NUM_STREET.search(part) if where == "tail" else None
    if m and m.end() == len(part) and m.start() and part[m.start() - 1] == " ":
        return _Piece("street", s + m.start(), e)  # "Office: 3-8-21 Kami-ishida"
    kinds = [_kind(t) for _, _, t in toks]
    w = _lists()
    ranges = [(0, len(toks))]
    if len(kinds) > 2 and kinds[0] == "cap" and kinds[1] == "pre":
        ranges = [(1, len(toks))]  # "Visit Kraal head Dube": an everyday word before a unit word written first
    if where == "tail":
        ranges = [(i, len(toks)) for i in range(len(toks))]
    elif where == "head":
        ranges = [(0, j) for j in range(len(toks), 0, -1)]
    for i, j in ranges:
        sub = kinds[i:j]
        if i and kinds[i - 1] in ("name", "cap", "tag", "num", "pre", "post", "unit", "join") and not (
                kinds[i - 1] == "cap" and i == 1 and kinds[i] in ("pre", "unit")):
            continue  # a tail starts after prose, not inside a name ("Visit Kraal head Dube": a verb opens it)
        u = _unit(sub)
        if u:
            strong = any(toks[k][2].strip(_OPEN).rstrip(_CLOSE).casefold() in w["strong"] or kinds[k] == "join"
                         for k in range(i, j))
            if u == "ord":
                u = "nunit" if strong else "weak"  # "2nd Division" is English prose, "3e section communale" no
            return _Piece(u, toks[i][0], toks[j - 1][1] - _trail(toks[j - 1][2]), strong)
    if where == "tail":  # a numbered or strong unit inside a prose part ("taken at Chikambi Ward 11 on move-out")
        for k in (k for k, kind in enumerate(kinds) if kind in ("pre", "post", "unit")):
            for i in range(max(0, k - 3), k + 1):
                for j in range(min(len(toks), k + 4), k, -1):
                    if i and kinds[i - 1] != "other" or j < len(toks) and kinds[j] != "other":
                        continue
                    u = _unit(kinds[i:j])
                    strong = any(toks[x][2].strip(_OPEN).rstrip(_CLOSE).casefold() in w["strong"] for x in range(i, j))
                    if u == "nunit" or u == "unit" and strong:
                        return _Piece(u, toks[i][0], toks[j - 1][1] - _trail(toks[j - 1][2]), strong, named=False)
    if where == "head" or where == "whole" and len(toks) <= 5:
        from ._gazetteer import gazetteer

        body = kinds[1:] if kinds[0] in ("num", "code") and len(toks[0][2]) >= 4 else kinds
        if len(body) > 1 and _POSTCODE_AFTER.fullmatch(toks[-1][2]):
            body = body[:-1]  # "Osaka 132-7459", "Kluang 86000": a postcode after the town
        if where == "head":  # a town before prose ("Kraal head Dube, Gwanda tomorrow"): one to three names
            n = next((k for k, kind in enumerate(kinds) if kind not in ("name", "cap")), len(kinds))
            if 0 < n <= 3 and n < len(kinds) and "name" in kinds[:n] and toks[n - 1][2][-1:].isalpha():
                return _Piece("town", s, toks[n - 1][1], named=True)
        elif body and len(body) <= 4 and body[0] in ("name", "cap") and body[-1] in ("name", "cap", "tag") and all(
                k in ("name", "cap", "tag") or k == "other" and toks[len(kinds) - len(body) + x][2] in _PARTICLES
                for x, k in enumerate(body)):
            known = part.casefold().strip() in gazetteer().cities
            if known or "name" in body:  # "Dar es Salaam": a particle inside a known town
                return _Piece("town", s, e, named=True)
        if kinds == ["country"] or " ".join(t for _, _, t in toks).casefold() in gazetteer().countries:
            return _Piece("country", s, e)
    return None


#: round twelve: a form's field whose label is a unit word ("Village: Chikonde", "Sub-location: Kuma",
#: "Traditional Authority: T/A Mbewe", "Xã/Phường: Tân Thuận")
_FIELD = re.compile(r"[ \t>]*((?:[^\W\d_][\w'’./-]*[ \t]?){1,3}?)[ \t]*(?:\.{3,}|:)[ \t]*(?=\S)")


def _field(text: str, label: re.Match[str], e: int, seeds: list[tuple[int, int]]) -> _Piece | None:
    w = _lists()
    words = [x.casefold().strip(".") for x in re.split(r"[\s/]+", label.group(1)) if x]
    if not words or not any(x in w["pre"] or x in w["post"] or x == "authority" for x in words):
        return None
    at = label.end()
    piece = _classify(text, at, e, "whole", seeds)
    toks = _TOKEN.findall(text, at, e)
    kinds = [_kind(t) for t in toks]
    if piece is None and 0 < len(toks) <= 4 and all(k in ("name", "cap", "tag", "pre", "post", "unit", "join", "num",
                                                           "hunit") for k in kinds) and any(
            k in ("name", "hunit") for k in kinds):
        piece = _Piece("unit", at, e)  # "Village: Mkanda": the label names the unit
    if piece is None or piece.kind not in ("unit", "nunit", "weak", "town", "house", "street"):
        return None
    if piece.kind in ("town", "weak"):
        piece.kind = "unit"
    piece.labelled = True
    piece.strong = piece.strong or any(x in w["strong"] for x in words)
    return piece


def _abbreviation(text: str, dot: int) -> bool:
    """Whether the word before the dot at ``dot`` is a unit word written short ("Vill", "Dist", "P.O", "Mz")."""
    at = dot
    while at > 0 and not text[at - 1].isspace() and dot - at < 8:
        at -= 1
    word = text[at:dot].casefold()
    return word in _lists()["pre"] or word + "." in _lists()["pre"]


def _trail(tok: str) -> int:
    return len(tok) - len(tok.rstrip(_CLOSE)) if tok.rstrip(_CLOSE) else 0


def _accept(chain: list[_Piece]) -> bool:
    kinds = [p.kind for p in chain]
    units = sum(k in ("unit", "nunit") for k in kinds)  # "weak" units ("Western Province") only ride along
    strong = any(p.strong for p in chain if p.kind in ("unit", "nunit"))
    other = {"house", "street", "seed"} & set(kinds)
    if units >= 2 or units and other or strong and "town" in kinds or "nunit" in kinds:
        return True
    if any(p.kind == "seed" and p.strong for p in chain):
        return True
    houses = kinds.count("house")  # round twelve: "Section 188, Lot 5, Hohola", "Area 38, Plot No. 9/204, Lilongwe"
    if houses and "seed" in kinds or houses >= 2 and "town" in kinds:
        return True
    return "street" in kinds and bool({"house", "town", "seed"} & set(kinds))


#: round twelve: a Central American address by a landmark and distances ("De la iglesia católica 200 m norte y 50 m
#: oeste", "Del Colegio Teresiano 2 c. al sur, 1/2 c. abajo"), with the house and the town after it
_STEP = (r"(?:\d{1,4}(?:[.,]\d)?|\d/\d|media|una)\s?(?:m|mts|metros|varas|vrs|v|c|cuadras?|km)\.?\s(?:al\s|hacia\s(?:el\s)?)?"
         r"(?:norte|sur|este|oeste|arriba|abajo|lago|montaña)")
_LANDMARK = re.compile(
    r"(?<![\w])(?:Del?|Desde\s(?:el|la))\s(?:la\s|los\s|las\s)?(?:[\w'’.-]+\s){1,6}?" + _STEP
    + r"(?:(?:,\s?|\s)(?:y\s)?" + _STEP + r"){0,3}"
    r"(?:(?:,[ \t]?|\n)(?:casa|portón|porton|edificio|apartamento|apto|local)\b[^,;\n|\"]{0,30})?"
    r"(?:(?:,[ \t]?|\n)[A-ZÁÉÍÓÚÑ][\wáéíóúñü]+(?:[ \t](?:de[ \t]|del[ \t]|la[ \t])?[A-ZÁÉÍÓÚÑ][\wáéíóúñü]+){0,4})?"
)


def landmark_spans(text: str) -> list[tuple[int, int]]:
    """Addresses by a landmark and distances (``_LANDMARK``)."""
    if not ENABLED or not re.search(r"(?:norte|sur|este|oeste|arriba|abajo)\b", text):
        return []
    return [(m.start(), m.end()) for m in _LANDMARK.finditer(text)]


def unit_spans(text: str, seeds: list[tuple[int, int]] = ()) -> list[tuple[int, int]]:  # type: ignore[assignment]
    """Chains of unit, house, numbered-street and town parts that add up to an address, as (start, end) spans."""
    if not ENABLED:
        return []
    marks = landmark_spans(text)
    if not (_GATE.search(text) or _gate12().search(text) or _HOUSE.search(text)):
        return marks
    seeds = list(seeds)
    parts: list[tuple[int, int, bool]] = []  # start, end, hard boundary before it
    at, hard = 0, True
    for m in _SEP.finditer(text):
        if m.group().strip() == "." and _abbreviation(text, m.start()):
            continue  # "Vill. Rampur, P.O. Sultannagar, Dist. Sitapur": a unit word's dot ends nothing
        if m.start() > at:
            parts.append((at, m.start(), hard))
        at, hard = m.end(), bool(_HARD.search(m.group()))
        if "\n" in m.group() and _LIST_MARK.match(text, at):
            hard = True  # "\n2. Thursday — ...": a list's next item starts a new chain
    if at < len(text):
        parts.append((at, len(text), hard))
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(parts):
        chain: list[_Piece] = []
        j = i
        while j < len(parts):
            s, e, h = parts[j]
            if chain and h:
                break
            where = "whole"
            piece = _classify(text, s, e, where, seeds)
            if piece is None:
                piece = _classify(text, s, e, "head" if chain else "tail", seeds)
                if piece is not None and piece.kind in ("unit", "nunit", "weak", "house", "street", "seed", "town"):
                    chain.append(piece)
                    j += 1
                    if len(chain) > 1 or piece.end < e or not piece.named:
                        break
                    continue
                break
            if piece.kind == "country":
                break
            chain.append(piece)
            j += 1
            if piece.kind == "seed" and piece.end < e:
                break  # prose after the seed in its part: the chain ends there
        while chain and chain[0].kind == "town":
            chain.pop(0)
        if chain and _accept(chain):
            # a form's fields one by one, their labels kept; a chain in one run
            runs = [(p.start, p.end) for p in chain] if any(p.labelled for p in chain) else [(chain[0].start, chain[-1].end)]
            for a, b in runs:
                while a < b and (text[a] in _OPEN or text[a].isspace()):
                    a += 1  # a JSON value's or a quotation's opening mark stays ('"village": "Phum Ta Chan, ...')
                while b > a and (text[b - 1] in _CLOSE or text[b - 1].isspace()) and text[b - 1] != ".":
                    b -= 1
                out.append((a, b))
            i = max(j, i + 1)
        else:
            i += 1
    return out + marks
