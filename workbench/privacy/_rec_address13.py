"""Round thirteen (PA): an address taken by the record it stands in, whatever its country.

Twelve rounds of shapes and word lists caught the seen splits' countries and barely moved a pristine one: each new
country brings unit words, town names and codes no list here has. What does not change from country to country is
where an address stands and how it is held together. So this module reads records, not wordings:

* **labelled values** (:func:`labelled_spans`): a field whose label names an address in any of ~40 languages
  ("Dirección:", "Adresse :", "Адрес:", "Manzil:", "地址：", "address=", a JSON key, an XML element, a YAML key,
  a table column headed so) has its value taken whole when the value reads like one (names, numbers, short
  marks; no sentence, no e-mail, no phone, no date); the label words are data (``data/address_labels13.txt``);
* **a form's other fields** (:func:`labelled_spans` too): in a run of "Label: value" lines that holds an address,
  a field labelled as a part of one (town, district, postcode, house, plot ... in those languages) has its value
  taken whole;
* **growth over the record** (:func:`grow_spans`): an ADDRESS span that another shape found grows over the rest
  of its record: the comma-separated parts before and after it, within its quotes, cell, element or line, while
  they read like parts of an address, and over the short lines of its block below it (and above it, except the
  block's first line, which names the person or firm); a part reads like one when each of its words is a
  capitalised word of any script, a number or a code, a short or dotted mark ("c/", "e/", "ул.", "sh."), an
  address word of the vocabularies, a number glued to a word ("17-kvartal", "5-р"), or one lower-case word after
  a name ("Nimo area", "Bozorbo tumani"); growth stops at prose, a sentence's end, a date, an amount, an e-mail,
  a phone number, a label of another field, and a country (kept by policy; ``_rec_address_countries`` joins it).

What is no address (near misses, ``tests/privacy/test_address_round13.py``): "Email address: …", "IP address: …",
a value that is a sentence or everyday words ("Address: see attached", "Region: North"), a label line of a form
with no address in it, a sentence after an address ("…, Asunción. The meeting went well."), the line of the
person above a block.
"""

from __future__ import annotations

import functools
import re
from importlib import resources

__all__ = ["ENABLED", "grow_spans", "labelled_spans", "numbered_spans"]

#: a switch for A/B runs in one process (bench); always on in the product
ENABLED = True

_FILE = "address_labels13.txt"


@functools.lru_cache(maxsize=1)
def labels() -> dict[str, frozenset[str]]:
    """The sections of ``data/address_labels13.txt``: address, part, not (case-folded labels)."""
    out: dict[str, set[str]] = {}
    section = ""
    text = resources.files(__package__).joinpath("data").joinpath(_FILE).read_text(encoding="utf-8")
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1]
            out.setdefault(section, set())
        elif section:
            out[section].update(w.strip().casefold() for w in line.split(", ") if w.strip())
    return {k: frozenset(v) for k, v in out.items()}


def _label_kind(label: str) -> str:
    """"address", "part" or "" for a field's label ("Billing address", "Cod poștal", "customer_address", "地址")."""
    low = re.sub(r"[_\-./]+", " ", label.casefold()).strip(" \t\"'*#>")
    low = re.sub(r"\s+", " ", low)
    low = re.sub(r"\s*\(.*\)$", "", low)  # "Address (street, town)"
    if not low or len(low) > 40:
        return ""
    lab = labels()
    if low in lab.get("not", ()) or any(n in low for n in lab.get("not", ()) if " " in n):
        return ""
    words = low.split(" ")
    if low in lab.get("address", ()) or words[-1] in lab.get("address", ()) and len(words) <= 3:
        return "address"
    if any(low.endswith(w) for w in ("地址", "住址", "地點")):
        return "address"
    if low in lab.get("part", ()) or len(words) <= 4 and (
            words[-1] in lab.get("part", ()) or " ".join(words[-2:]) in lab.get("part", ())):
        return "part"
    return ""


# -- tokens ----------------------------------------------------------------------------------------------------------

_TOK = re.compile(r"[^\s,;]+")
_CJK = re.compile(r"[\u3400-\u9fff]")
_PHONEISH = re.compile(r"^\+?\(?\d[\d\s().\-]{6,}\d$")
_DATE = re.compile(r"^\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4}$|^\d{1,2}:\d{2}")
_MONEY = re.compile(r"[$€£¥₹%]|^\d+[.,]\d{2}$")
_GLUED_NUM = re.compile(r"^\d{1,4}-?[^\W\d_]{1,12}\.?$")  # "17-kvartal", "5-р", "4to", "3e"
_NUMERIC = re.compile(r"^(?:[#№]|N[º°o]?\.?)?[A-Za-z]{0,3}[/\-]?\d[\w]*(?:[/\-.]\w+)*\.?$")  # "536", "N34-12", "D/22", "2.409", "LT-11370"
_STOP_WORDS = frozenset("tel tel. phone ph mob mobile fax cell email e-mail mail whatsapp www http https iban swift bic "
                        "acct account mg mcg ml kg km cm mm kwh kw mb gb tb hrs hr min sec pcs packs units tabs usd eur "
                        "gbp attn attn. c/o attention jan feb mar apr jun jul aug sep sept oct nov dec january february march april june "
                        "july august september october november december".split())  # a date's month ends a record too
_FUNCTION = frozenset("the a an and or of to for from with by at in on is are was were be been we you he she they it "
                      "this that these those our your their my his her its as if but not please thanks thank met "
                      "got went sent put set let ran saw told said now then here there too yet so also just soon ago today".split())


@functools.lru_cache(maxsize=1)
def _vocab() -> frozenset[str]:
    """Address words of every vocabulary here (street, area, region, unit and administrative-unit words), folded,
    with and without their dots."""
    from ._rec_address11 import _words
    from ._rec_address_shapes import vocab

    street, area, units = _words()
    out = set(street) | set(area) | set(units)
    for words in vocab().values():
        out |= set(words)
    try:
        text = resources.files(__package__).joinpath("data").joinpath("admin_units11.txt").read_text(encoding="utf-8")
        for line in text.splitlines():
            if line.strip() and not line.startswith(("#", "[")):
                out.update(w.casefold() for w in line.split())
    except OSError:  # pragma: no cover - shipped with the package
        pass
    out |= labels().get("part", frozenset())
    out |= {w.rstrip(".") for w in out}
    return frozenset(w for w in out if w)


@functools.lru_cache(maxsize=65536)
def _kind(raw: str) -> str:
    """One token's kind: num, cap, mark, vocab, low (a lower-case word), stop (ends a record), other."""
    from ._gazetteer import gazetteer

    tok = raw.strip("()[]{}\"'«»„“”<>")
    if not tok:
        return "punct"
    if "@" in tok or "://" in tok or tok.endswith(":") or "=" in tok:
        return "stop"
    low = tok.casefold().rstrip(".")
    if _CJK.search(tok):
        return "stop"  # Chinese is read by the Chinese recognizers (_rec_zh*), not by parts and words
    if low in labels().get("address", ()):
        return "stop"  # "SUPPLY ADDRESS Jl. …": the label of the address is none of its words
    if low in _STOP_WORDS:
        return "stop"
    if _DATE.match(tok) or _MONEY.search(tok):
        return "stop"
    if tok[0].isdigit() or tok[0] in "#№":
        digits = sum(c.isdigit() for c in tok)
        if digits > 7:
            return "stop"
        if _NUMERIC.match(tok) or _GLUED_NUM.match(tok):
            return "num"
        return "other"
    if _NUMERIC.match(tok) and any(c.isdigit() for c in tok):
        return "num"  # "N34-12", "D/22", "LT-11370", "GA-476-4517"
    if not any(c.isalpha() for c in tok):
        return "punct" if len(tok) <= 2 else "other"
    if low in _FUNCTION:
        return "prose"
    if low in _vocab():
        return "vocab"
    if tok[0].isupper():
        return "cap"
    if not tok[0].isalpha() and not tok[0].isdigit():
        return "other"
    if not tok[0].islower():
        return "cap"  # a script without capitals (Arabic, Devanagari, Georgian, Thai ...)
    if low in _FUNCTION:
        return "prose"
    if len(low) <= 3 or "/" in tok or tok.endswith(".") and len(low) <= 5:
        return "mark"  # "y", "c/", "e/", "x", "de", "ул.", "sh.", "g."
    words = gazetteer().words
    if low in words or any(low.endswith(x) and low[: -len(x)] in words for x in ("ed", "d", "ing", "es", "s", "ly")) or (
            len(low) > 4 and low[-2:] in ("ed", "ly")):
        return "prose"  # an everyday word or a form of one ("met" aside: see _FUNCTION)
    return "low"  # a lower-case word no dictionary knows: a unit word of some language ("tumani", "xonadon")


def _tokens(text: str, a: int, b: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), _kind(m.group())) for m in _TOK.finditer(text, a, b)]


def _addressy(toks: list[tuple[int, int, str]], text: str) -> bool:
    """A part whose every word may be one of an address's: see the module docstring."""
    if not toks or len(toks) > 8:
        return False
    kinds = [k for _, _, k in toks]
    if any(k in ("stop", "other", "prose") for k in kinds):
        return False
    if not any(k in ("num", "cap", "vocab", "low") for k in kinds):
        return False
    lows = [i for i, k in enumerate(kinds) if k == "low"]
    if len(lows) > 1 or lows and (lows[0] == 0 and (len(kinds) == 1 or kinds[1] != "cap") or lows[0] > 0 and kinds[
            lows[0] - 1] not in ("cap", "num", "vocab", "mark")):
        return False
    if kinds[-1] == "mark" and len(kinds) == 1 and not text[toks[0][0] : toks[0][1]].endswith("."):
        return False  # "y", "de" alone
    return True


def _everyday_only(toks: list[tuple[int, int, str]], text: str) -> bool:
    """Capitalised everyday words only ("Sales Team", "North"): a town no list knows is written otherwise."""
    from ._gazetteer import everyday, gazetteer

    g = gazetteer()
    words = [text[a:b].strip("\"'.()").casefold() for a, b, k in toks if k in ("cap", "vocab", "low")]
    return bool(words) and all(everyday(w) or w in g.words for w in words) and not any(k == "num" for *_, k in toks)


# -- records ---------------------------------------------------------------------------------------------------------

def _container(text: str, s: int, e: int) -> tuple[int, int]:
    """The record ``text[s:e]`` stands in: its line, narrowed to the quotes, XML element or table cell around it,
    and after a "Label:" that heads the line."""
    ls = text.rfind("\n", 0, s) + 1
    le = text.find("\n", e)
    le = len(text) if le < 0 else le
    a, b = ls, le
    line = text[ls:le]
    seps = ["|", "\t", ";", "^"]
    if line.count(",") >= 2 and ", " not in line:
        seps.append(",")  # a CSV row written without spaces: a comma ends a cell
    for ch in seps:
        left, right = text.rfind(ch, ls, s), text.find(ch, e, le)
        if left >= 0:
            a = max(a, left + 1)
        if right >= 0:
            b = min(b, right)
    for lch, rch in (('"', '"'), (">", "<")):
        left, right = text.rfind(lch, a, s), text.find(rch, e, b)
        if left >= 0 and right >= 0:
            a, b = max(a, left + 1), min(b, right)
    label = re.match(r"[ \t>*\-]*[^\n:：=]{1,40}[:：=][ \t]*", text[a:s])
    if label:
        a += label.end()
    return a, b


_SENT_END = re.compile(r"[.!?](?=[ \t]+[^\W\d_]|[ \t]*$)")


def _sentence_end(text: str, a: int, b: int) -> int:
    """Where the first sentence in ``text[a:b]`` ends (``b`` when none): "!" or "?", or a full stop before an
    everyday word ("Paz. The meeting"), or after a number or a long word that is no address word ("1001. Call
    me"); not after an abbreviation before a name ("Ap. 5", "No. 4", "sh. Chilonzor", "Rpto. Mata")."""
    from ._gazetteer import gazetteer

    words = gazetteer().words
    for m in _SENT_END.finditer(text, a, b):
        if text[m.start()] in "!?":
            return m.start()
        w = re.search(r"[^\s,;(]*$", text[a : m.start()]).group()
        low = w.casefold()
        nxt = re.match(r"[ \t]*([^\s,;.]*)", text[m.end() : m.end() + 30]).group(1).casefold()
        if not nxt or nxt in _FUNCTION or nxt in words or not w or w[-1:].isdigit() or len(low) >= 5 and (
                low not in _vocab()):
            return m.start()
    return b


def _parts(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """Comma-separated parts of ``text[a:b]``, trimmed, cut at the first sentence end."""
    b = _sentence_end(text, a, b)
    out, at = [], a
    for m in re.finditer(r",|[ \t][—–\-][ \t]|\(|（", text[a:b]):  # a dash or a bracket ends a part too
        out.append((at, a + m.start()))
        at = a + m.end()
    out.append((at, b))
    res = []
    for x, y in out:
        while x < y and text[x] in " \t":
            x += 1
        while y > x and text[y - 1] in " \t":
            y -= 1
        if y > x:
            res.append((x, y))
    return res


def _head(toks: list[tuple[int, int, str]], text: str, own: bool = False) -> int:
    """How many leading tokens of a part that runs on into prose read as an address's ("lieu-dit Sika before")."""
    i = 0
    while i < len(toks) and toks[i][2] in ("num", "cap", "vocab", "mark", "low", "punct"):
        i += 1
    while i > 0 and (toks[i - 1][2] in ("mark", "punct", "low") or toks[i - 1][2] == "cap" and text[
            toks[i - 1][0] : toks[i - 1][1]].casefold().strip(".") in _FUNCTION):
        i -= 1
    if not own and all(k == "num" for *_, k in toks[:i]):
        return 0  # "…, д. 3, 25000 units a week": a number alone before prose is an amount (not "Abidjan | 26 before")
    return i if i and _addressy(toks[:i], text) else 0


#: the words after which a part's tail may be an address's start: "… moved to | Rruga Kora, Pallati 12"
_BEFORE_TAIL = frozenset("at to in from of near on".split())


def _tail(toks: list[tuple[int, int, str]], text: str) -> int:
    """How many trailing tokens of a part that starts in prose begin the address after it ("We met at | Rruga Kora"):
    names, numbers and address words after "at / to / in / from / of / near / on", at most four."""
    if len(toks) >= 2 and re.fullmatch(r"[A-Z]{1,3}", text[toks[-1][0] : toks[-1][1]]) and text[
            toks[-2][0] : toks[-2][1]].casefold() in _BEFORE_TAIL and text[toks[-1][1] : toks[-1][1] + 2].strip()[:1].isdigit():
        return 1  # "We met at | LP 3 Ako Trace": a lot / plot letter code right before the street number
    i = len(toks)
    while i > 0 and toks[i - 1][2] in ("num", "cap", "vocab", "mark", "low") and len(toks) - i < 4:
        i -= 1
    if i == len(toks) or i == 0 or text[toks[i - 1][0] : toks[i - 1][1]].casefold() not in _BEFORE_TAIL:
        return 0
    tail = toks[i:]
    if tail[0][2] in ("mark", "low") or not any(k in ("num", "vocab") for *_, k in tail) or all(
            k == "num" for *_, k in tail) or not _addressy(tail, text) or _everyday_only(tail, text):
        return 0
    return len(tail)


def grow_spans(text: str, seeds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Found ADDRESS spans grown over the rest of their record and block (see the module docstring)."""
    if not ENABLED or not seeds:
        return []
    out: list[tuple[int, int]] = []
    for s, e in sorted(set(seeds)):
        if e <= s or any(k in ("prose", "stop") for *_, k in _tokens(text, s, e)):
            continue  # a seed with prose in it ("Finance Shared Drive, per the Access") is grown no further
        a, b = _container(text, s, e)
        if not (a <= s and e <= b):
            a, b = min(a, s), max(b, e)
        while True:  # the sentence the seed stands in: "Welcome aboard, Anna! Your laptop ships to | …"
            cut = _sentence_end(text, a, s)
            if cut >= s:
                break
            a = cut + 1
        start, end = s, e
        parts = _parts(text, a, b)
        after = [p for p in parts if p[0] >= e]
        inside = [p for p in parts if p[0] < e and p[1] > s]
        if inside and inside[-1][1] > e:  # the seed ends inside its part: the rest of the part
            toks = _tokens(text, e, inside[-1][1])
            if not toks or _addressy(toks, text) and not _everyday_only(toks, text):
                end = inside[-1][1] if toks else end
                grow_on = True
            else:
                k = _head(toks, text, own=True)
                end = toks[k - 1][1] if k else end
                grow_on = False
        else:
            grow_on = True
        if grow_on:
            for x, y in after:
                toks = _tokens(text, x, y)
                if _addressy(toks, text):
                    if _everyday_only(toks, text) or _country(text[x:y]):
                        break
                    end = y
                    continue
                k = _head(toks, text)
                if k and not _everyday_only(toks[:k], text) and not _starts_country(text, x):
                    end = toks[k - 1][1]
                break
        before = [p for p in parts if p[1] <= s]
        if inside and inside[0][0] < s:
            toks = _tokens(text, inside[0][0], s)
            if _addressy(toks, text) and not _everyday_only(toks, text):
                start = inside[0][0]
                before_ok = True
            else:
                k = _tail(toks, text)
                if k:
                    start = toks[-k][0]  # "We met at | LP 3 Ako Trace"
                before_ok = False
        else:
            before_ok = True
        if before_ok:
            for x, y in reversed(before):
                toks = _tokens(text, x, y)
                if not _addressy(toks, text):
                    k = _tail(toks, text)
                    if k:
                        start = toks[-k][0]
                    break
                if _everyday_only(toks, text) or _country(text[x:y]) or not any(k in ("num", "vocab") for *_, k in toks):
                    break  # names alone before the street: the person or firm ("Karima El Amrani, 436 Boulevard …")
                k = _lead_everyday(toks, text)
                start = toks[k][0]
                if k:
                    break  # "Survey point | Rua Major Kalima, Casa 40": prose's words before the address
        start, end = _block(text, start, end)
        if (start, end) != (s, e):
            out.append((start, end))
    return out


def _starts_country(text: str, at: int) -> bool:
    """A country of several words starts here ("Antigua and Barbuda read …": the head "Antigua" is no town)."""
    from ._gazetteer import multiword_country_spans

    return any(a == at for a, _ in multiword_country_spans(text))


def _country(value: str) -> bool:
    from ._gazetteer import gazetteer

    return value.strip(" .").casefold() in gazetteer().countries


def _line_at(text: str, pos: int) -> tuple[int, int]:
    ls = text.rfind("\n", 0, pos) + 1
    le = text.find("\n", pos)
    return ls, len(text) if le < 0 else le


_QUOTE = re.compile(r"[ \t]*(?:>[ \t]?)*")


def _line_tokens(text: str, ls: int, le: int) -> tuple[int, list[tuple[int, int, str]]]:
    q = _QUOTE.match(text, ls, le)
    at = q.end() if q else ls
    return at, _tokens(text, at, le)


def _block(text: str, start: int, end: int) -> tuple[int, int]:
    """``start, end`` grown over the short address-like lines of its block: below it while they read like parts
    of an address, above it except the block's first line (the person's or firm's)."""
    ls, le = _line_at(text, start)
    es, ee = _line_at(text, end)
    if text[end:ee].strip(" \t,.;") or text[ls:start].strip(" \t>*-"):
        return start, end  # the span is not a line of its own: a line in prose or a field
    pos = ee
    for _ in range(5):
        if pos >= len(text):
            break
        ns, ne = pos + 1, _line_at(text, pos + 1)[1]
        at, toks = _line_tokens(text, ns, ne)
        line = text[at:ne].strip()
        if not line or _country(line) or not _line_ok(toks, text) or _person(toks, text):
            break
        end, pos = at + len(text[at:ne].rstrip(" \t,.;")), ne
    pos = ls
    for _ in range(4):
        if pos <= 0:
            break
        ps, pe = _line_at(text, pos - 1)
        at, toks = _line_tokens(text, ps, pe)
        line = text[at:pe].strip()
        if not line or _country(line) or not _line_ok(toks, text):
            break
        if not any(k in ("num", "vocab") for *_, k in toks):
            break  # a line of names alone above the street: the person or firm it is addressed to
        start, pos = at, ps
    return start, end


def _person(toks: list[tuple[int, int, str]], text: str) -> bool:
    """A given name and a surname ("John Smith" under a block): the person's line, not a town."""
    from ._gazetteer import gazetteer

    return 2 <= len(toks) <= 4 and all(k == "cap" for *_, k in toks) and text[toks[0][0] : toks[0][1]].casefold() in (
        gazetteer().given)


_LIST_ITEM = re.compile(r"(?:\d{1,3}[.)]|[-*•])$")


def _line_ok(toks: list[tuple[int, int, str]], text: str) -> bool:
    """A line that may be one of an address block's: address-like parts, not everyday words only, no list item."""
    if not toks or len(toks) > 10 or _LIST_ITEM.match(text[toks[0][0] : toks[0][1]]):
        return False
    parts: list[list[tuple[int, int, str]]] = [[]]
    for t in toks:
        parts[-1].append(t)
        if text[t[1] - 1 : t[1]] == ",":
            parts.append([])
    parts = [p for p in parts if p]
    return all(_addressy(p, text) for p in parts) and not _everyday_only(toks, text)


# -- labelled values -------------------------------------------------------------------------------------------------

#: a field: "Label: value", "label = value", '"label": "value"', "<label>value</label>", "label：value"
_FIELD = re.compile(r"(?m)^(?P<lead>[ \t>*\-•]*)(?P<label>[^\n:：=<>\"{}|]{1,40}?)[ \t]*(?:[:：]|=(?!=))[ \t]*(?P<value>[^\n]*)$")
_JSON_FIELD = re.compile(r"\"(?P<label>[^\"\n]{1,40})\"[ \t]*:[ \t]*\"(?P<value>[^\"\n]*)\"")
_XML_FIELD = re.compile(r"<(?P<label>[A-Za-z_][\w.\-]{0,39})(?:[ \t][^<>\n]*)?>(?P<value>[^<>\n]+)</(?P=label)>")


def _value_ok(text: str, a: int, b: int, whole: bool) -> bool:
    """A value that reads like an address (or a part of one): address-like parts, a name or number in it, no
    sentence; ``whole``: the label names the whole address (a short everyday value is still no address)."""
    value = text[a:b]
    if not value.strip() or len(value) > 160:
        return False
    parts = _parts(text, a, b)
    if not parts or parts[-1][1] < b - 2 and text[parts[-1][1] : b].strip(" .") :
        return False  # a sentence ends inside it
    toks = _tokens(text, a, b)
    if _everyday_only(toks, text):
        return False
    ok = [_addressy(_tokens(text, x, y), text) for x, y in parts]
    if not all(ok):
        return False
    return any(k in ("num", "cap", "low", "vocab") for *_, k in toks) and (whole or any(
        k in ("num", "cap", "low") for *_, k in toks))


#: where a Chinese value ends: a full-width or ASCII semicolon, comma, bracket or full stop ("…302室；邮编：530768")
_ZH_END = re.compile(r"[；;，,（(。]")


def _zh_value(value: str) -> bool:
    return bool(re.fullmatch(r"[\u3400-\u9fff0-9０-９A-Za-z\-#·號号栋棟樓楼室座弄巷段 ]{4,60}", value.strip()))


def labelled_spans(text: str, seeds: list[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """Values of fields labelled as an address (whole) or as a part of one (in a form that holds an address)."""
    if not ENABLED or not (":" in text or "=" in text or "：" in text or "</" in text or "|" in text or "\t" in text
                           or ";" in text or "," in text):
        return []
    fields: list[tuple[int, int, int, str]] = []  # (line start, value start, value end, kind)
    for m in _FIELD.finditer(text):
        kind = _label_kind(m.group("label"))
        if kind:
            a, b = m.start("value"), m.end("value")
            b = a + len(text[a:b].rstrip(" \t,;"))
            if text[a : a + 1] in "\"'" and text[b - 1 : b] == text[a]:
                a, b = a + 1, b - 1
            fields.append((m.start(), a, b, kind))
    for pat in (_JSON_FIELD, _XML_FIELD):
        for m in pat.finditer(text):
            kind = _label_kind(m.group("label"))
            if kind:
                fields.append((m.start(), m.start("value"), m.end("value"), kind))
    fields += _table_fields(text)
    out: list[tuple[int, int]] = []
    has_address = [False] * len(fields)
    for i, (ls, a, b, kind) in enumerate(fields):
        if _CJK.search(text, a, b):  # a Chinese value: up to its first stop, characters of an address only
            cut = _ZH_END.search(text, a, b)
            b = cut.start() if cut else b
            fields[i] = (ls, a, b, kind)
            if kind == "address" and _zh_value(text[a:b]):
                out.append((a, b))
                has_address[i] = True
            continue
        if kind == "address" and _value_ok(text, a, b, True):
            out.append((a, b))
            has_address[i] = True
    # a form's part fields: in a run of field lines that holds an address (a value found here or by a shape)
    for ls, a, b, kind in fields:
        if kind != "part" or _CJK.search(text, a, b) or not _value_ok(text, a, b, False):
            continue
        lo, hi = text.rfind("\n\n", 0, ls), text.find("\n\n", b)
        lo, hi = max(lo, ls - 400), len(text) if hi < 0 else min(hi, b + 400)
        near = any(has_address[k] and lo <= fields[k][1] <= hi for k in range(len(fields))) or any(
            lo <= x and y <= hi for x, y in seeds)
        if near:
            out.append((a, b))
    return out


def _split_cells(line: str, sep: str) -> list[tuple[int, int]]:
    """Cells of a row with their offsets, a quoted cell whole ('"a, b"')."""
    out, quoted, start = [], False, 0
    for i, ch in enumerate(line):
        if ch == '"':
            quoted = not quoted
        elif ch == sep and not quoted:
            out.append((start, i))
            start = i + 1
    out.append((start, len(line)))
    res = []
    for a, b in out:
        while a < b and line[a] in " \t\"":
            a += 1
        while b > a and line[b - 1] in " \t\"":
            b -= 1
        res.append((a, b))
    return res


def _table_fields(text: str) -> list[tuple[int, int, int, str]]:
    """Cells under a header cell that names an address or a part of one (CSV, TSV, semicolons, Markdown)."""
    out: list[tuple[int, int, int, str]] = []
    lines = text.split("\n")
    pos = [0]
    for line in lines:
        pos.append(pos[-1] + len(line) + 1)
    header: tuple[str, dict[int, str], int] | None = None
    for n, line in enumerate(lines):
        sep = next((c for c in ("|", "\t", ";", ",") if c in line), "")
        if not sep:
            header = None
            continue
        cells = _split_cells(line, sep)
        if header and header[0] == sep and len(cells) == header[2]:
            if re.fullmatch(r"[\s|:\-]+", line):
                continue  # a Markdown rule line
            for k, kind in header[1].items():
                a, b = cells[k]
                if b > a:
                    out.append((pos[n], pos[n] + a, pos[n] + b, kind))
            continue
        kinds = {k: _label_kind(line[a:b]) for k, (a, b) in enumerate(cells)}
        kinds = {k: v for k, v in kinds.items() if v}
        header = (sep, kinds, len(cells)) if kinds and len(cells) >= 2 else None
    return out


# -- records of numbered parts ---------------------------------------------------------------------------------------

_GLUED = re.compile(r"^\d{1,4}-[^\W\d_]{1,12}\.?$|^[^\W\d_]{2,12}-\d{1,4}$")  # "7-kvartal", "5-р", "Mkr-12"


def _numbered(toks: list[tuple[int, int, str]], text: str) -> bool:
    """A part that numbers a unit: a number glued to its word ("34-uy", "5-р"), or a number beside a word that is
    neither everyday nor capitalised English ("12 тоот", "lot 874", "кв. 5")."""
    from ._gazetteer import everyday, gazetteer

    words = gazetteer().words
    if any(_GLUED.match(text[a:b].rstrip(",")) for a, b, _ in toks):
        return True
    if not any(k == "num" for *_, k in toks):
        return False
    for a, b, k in toks:
        w = text[a:b].strip(".,")
        low = w.casefold()
        if k in ("low", "mark") and low not in words and not everyday(low) and len(low) >= 1 and any(c.isalpha() for c in w):
            return True
        if k == "vocab" and w[:1].islower():
            return True
    return False


def _named(toks: list[tuple[int, int, str]], text: str) -> bool:
    from ._gazetteer import everyday, gazetteer

    words = gazetteer().words
    return any(k in ("cap", "low") and not everyday(text[a:b].strip(".,").casefold()) and text[a:b].strip(
        ".,").casefold() not in words for a, b, k in toks)


def numbered_spans(text: str) -> list[tuple[int, int]]:
    """Runs of three or more address-like parts (of one line's cell, or lines of one block), two of them numbering
    units and one a name, with no street word needed: "Rizor tumani, 7-kvartal, 34-uy, 40-xonadon, Ridosa
    viloyati"."""
    if not ENABLED or not re.search(r"\d", text):
        return []
    out: list[tuple[int, int]] = []
    pos = 0
    lines: list[tuple[int, int]] = []
    for line in text.split("\n"):
        lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    for ls, le in lines:  # the parts of one line's cells
        if text.count(",", ls, le) >= 2:
            for ca, cb in _cells(text, ls, le):
                out += _line_runs(text, ca, cb)
    run: list[tuple[int, int, list]] = []
    for ls, le in [*lines, (len(text), len(text))]:  # the lines of one block
        at, toks = _line_tokens(text, ls, le)
        if ls < le and toks and _line_ok(toks, text) and not _person(toks, text) and not _country(text[at:le]):
            run.append((at, le, toks))
            continue
        while run and all(k in ("cap", "mark", "punct") for *_, k in run[0][2]):
            run.pop(0)  # a line of names alone above the rest: the person or firm it is addressed to
        out += _accept_run(text, run)
        run = []
    return out


def _cells(text: str, ls: int, le: int) -> list[tuple[int, int]]:
    """The cells of a line: between bars, tabs, semicolons, carets, quotes and XML tags, after a leading label."""
    out, at = [], ls
    for m in re.finditer(r"[|\t;^\"]|<[^<>\n]*>", text[ls:le]):
        out.append((at, ls + m.start()))
        at = ls + m.end()
    out.append((at, le))
    res = []
    for a, b in out:
        label = re.match(r"[ \t>*\-]*[^\n:：=,]{1,40}[:：=][ \t]*", text[a:b])
        if label:
            a += label.end()
        if text.count(",", a, b) >= 2:
            res.append((a, b))
    return res


def _line_runs(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The accepted runs of address-like parts in ``text[a:b]`` (the first may start in prose, the last end in it)."""
    out: list[tuple[int, int]] = []
    run: list[tuple[int, int, list]] = []
    for x, y in [*_parts(text, a, b), (b, b)]:
        toks = _tokens(text, x, y)
        if x < y and _addressy(toks, text) and not _everyday_only(toks, text):
            run.append((x, y, toks))
            continue
        if not run and x < y:
            k = _tail(toks, text)
            if k:
                run.append((toks[-k][0], y, toks[-k:]))
            continue
        if run and x < y:
            k = _head(toks, text)
            if k:
                run.append((x, toks[k - 1][1], toks[:k]))
        out += _accept_run(text, run)
        run = []
    return out


def _lead_everyday(toks: list[tuple[int, int, str]], text: str) -> int:
    """How many everyday words start a part before its name ("Survey point | Bairro Chamanculo")."""
    from ._gazetteer import everyday

    k = 0
    while k < len(toks) - 1 and toks[k][2] in ("cap", "vocab", "mark") and everyday(
            text[toks[k][0] : toks[k][1]].strip(".,").casefold()):
        k += 1
    return k


def _accept_run(text: str, run: list[tuple[int, int, list]]) -> list[tuple[int, int]]:
    if len(run) < 3:
        return []
    first = run[0][2]
    k = _lead_everyday(first, text)  # "Survey point | Bairro Chamanculo, …": everyday words before the first name
    if k:
        run = [(first[k][0], run[0][1], first[k:]), *run[1:]]
    numbered = sum(_numbered(t, text) for *_, t in run)
    if numbered < 2 or not any(_named(t, text) for *_, t in run):
        return []
    end = run[-1][1]
    while end > run[0][0] and text[end - 1] in " ,;.":
        end -= 1
    return [(run[0][0], end)]
