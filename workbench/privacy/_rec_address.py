"""Postal addresses: street lines in US and European formats, grown into the whole block.

A street line is found first, in any of these shapes:

* number, name, suffix (US/UK): "150 Anthony Plains", "5 Davidson Mall", "P.O. Box 255";
* number, then a street word (FR/IT/ES/PT/NL...): "20 rue de l'Epeule", "17 Via Cavour",
  "7, boulevard Paulette Gosselin";
* street word, name, number: "Via Cavour 17", "Avenida Noruega 42", "Plaza de Josefa Salinas 23";
* a compound name and a number (DE/AT/CH/NL/Nordic/Central European): "Ulf-Beckmann-Straße 724",
  "Ackerweg 32", "Jentesingel 391", "Rautatienkatu 33", "Síp utca 71.", "Gosposka ulica 8", "Kossuth u. 3.";
* a name, a number, then a postcode and town: "Vinohradská 128, 130 00 Praha", "58 Makariou, 1065 Nicosia";
* national shapes: Romanian "Strada Morii Nr. 12 Bl. 3 Sc. 2 Ap. 14", Latin-American grid streets
  "Calle 45B # 12-30 sur", "Cl. 2 Bis Q", Indian "H.No. 12, Gandhi Marg", Canadian postcodes "K1A 0B1".

Then the span grows over what follows on the same line (", 23670 Eckernförde",
", Port Glendachester, VA 04307") and over the next lines while they look like the rest of an
address (a postcode and town, "City, ST 12345", a UK postcode, a flat or unit, one short
capitalised line), and back over a flat/unit line before it. Lines quoted with "> " are read
through their quote marks; the marks themselves stay in the text.
"""

from __future__ import annotations

import functools
import re

from presidio_analyzer import AnalysisExplanation, LocalRecognizer, RecognizerResult

from ._gazetteer import everyday, gazetteer
from ._rec_address10b import chain_spans
from ._rec_address11 import block_spans, grow
from ._rec_address11b import unit_spans
from ._rec_address13 import grow_spans, labelled_spans, numbered_spans
from ._rec_address_countries import address_countries
from ._rec_address_postcodes import _CODE, _LABELLED_POSTCODE, _NOT_TOWN, _TOWN_POSTCODE, LABEL_BEFORE, table_postcodes
from ._rec_address_shapes import (
    _CA_POSTCODE,
    _CAP,
    _CAPW,
    _END,
    _L,
    _LOWER_END,
    _NOT_STREET,
    _NUM,
    _PART_ENDS,
    _PARTICLES,
    _SCRIPT_WORD,
    _TOWNWORD,
    _U,
    _UK_POSTCODE,
    CHAIN_AFTER,
    CHAIN_BEFORE,
    CHAIN_CUE,
    NAME_NUMBER_BARE,
    NAME_NUMBER_UNIT,
    SG_BLOCK,
    UNIT_CHAIN,
    _common,
    _streets,
    national_spans,
    vocab,
)
from ._rec_en import _SUFFIXES

__all__ = ["AddressBlockRecognizer", "country_line", "table_postcodes"]

#: HL7 v2's extended address (XAD): street ^ other designation ^ city ^ state ^ postcode [^ country], a field of a
#: segment line ("PID|…|123 Main St^^Springfield^IL^62701^USA|"); a digit in the street and in the postcode
_HL7_XAD = re.compile(r"(?<=[|~])[^|^~\n]*\d[^|^~\n]*\^[^|^~\n]*\^[^|^~\n]+\^[^|^~\n]*\^[^|^~\n]*\d[^|^~\n]*(?=[|^~\n]|$)")
_HL7_LINE = re.compile(r"[ \t>]*[A-Z][A-Z0-9]{2}\|")

#: a neighbourhood, district or village part after the street (Latin America, Iberia, South-East Asia, Indonesia):
#: "Col. Limache", "Bairro Vila Nova", "Fracc. Las Flores", "Kel. Menteng", "Brgy. San Roque"
_AREA = (rf"(?:Col\.|Colonia|Bairro|Barrio|B[º°]|Fracc\.|Fraccionamiento|Urb\.|Urbanización|Urbanizacion|Res\.|"
         rf"Residencial|Jardim|Vila|Villa|Brgy\.?|Barangay|Purok|Sitio|Kampung|Kg\.|Kelurahan|Kel\.|Kecamatan|Kec\.|"
         rf"Desa|Dusun|Taman|Mohalla|Sector|Phase|Block|Blk\.?|Area|District|House|"
         rf"Near|Opp\.|Opposite|Behind|Beside|Next[ \t]to)[ \t]+"  # South Asian landmarks: "Near Bus Stand", "Opp. Fort"
         rf"{_CAPW}(?:[ \t\-](?:{_CAPW}|\d{{1,3}}|(?:{_PARTICLES}){_END}(?=[ \t\-]{_CAPW}))){{0,4}}{_LOWER_END}")
_AREA_LINE = re.compile(rf"^{_AREA}\.?$")
_POSTCODE_TOWN = re.compile(
    rf"^(?:(?:[A-Z]{{1,2}}-)?\d{{4,8}}(?:-\d{{3,4}})?|\d{{5}}-?\d{{5}}|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d)(?:[ \t]?[A-Z]{{2}})?,?[ \t]+(?:{_TOWNWORD}[ \t\-]?){{1,5}}(?:[ \t]?\([A-Z]{{2}}\))?"  # IR: 10
    rf"|^{_CAP}(?:[ \t\-]{_CAP}){{0,3}},[ \t]+(?:[A-Z]{{2,3}},?[ \t]+)?(?:\d{{4,5}}(?:-\d{{4}})?|[A-Z]{{1,2}}\d[A-Z\d]?[ \t]?\d[A-Z]{{2}})"
    rf"|^[A-Z]{{1,2}}\d[A-Z\d]?[ \t]?\d[A-Z]{{2}}(?:[ \t]+(?:{_CAP}[ \t]?){{1,4}})?"
    rf"|^\d{{4,5}},?[ \t]+{_CAP}(?:[ \t]{_CAP}){{0,3}}(?:[ \t]\([A-Z]{{2}}\))?"
    rf"|^[A-Z]{{1,3}}\d{{3,5}}[ \t]+(?:{_TOWNWORD}[ \t\-]?){{1,5}}$"  # round eight: "AD500 Andorra la Vella", "TN570 Loquaké"
    rf"|^\d{{2}}-\d{{3}}[ \t]+{_CAPW}(?:[ \t\-]{_CAPW}){{0,3}}"
    rf"|^\d{{3}}[ \t]\d{{2}}[ \t]+{_CAPW}(?:[ \t\-]{_CAPW}){{0,3}}(?:[ \t]\d{{1,2}})?"
    rf"|^(?:(?:City|Municipality)[ \t]+of[ \t]+)?{_CAPW}(?:[ \t]{_CAPW}){{0,3}}[ \t]+\d{{4,6}}$"  # "City of Borongan 2480"
    rf"|^{_CAPW}(?:[ \t\-]{_CAPW}){{0,3}}[ \t]*[-–][ \t]*(?!(?:19|20)\d\d$)\d{{4,6}}$"  # "Shivpuri - 823548": a town, a dash, an Indian PIN
)
#: the words of a unit, flat, office or building number, in the languages of the streets above: one list for the
#: unit line, the unit before a street and the unit after it
_UNIT_WORDS = (r"(?:Flat|Apt\.?|Apartment|Appt\.?|Suite|Ste\.?|Unit|Studio|Floor|Fl\.|Level|Lvl\.?|Room|Rm\.?|Office|Shop|"
               r"Villa|Building|Bldg\.?|Bld\.?|Tower|Door|Piso|Appartamento|Ap\.|Depto\.?|Dpto\.?|Departamento|Oficina|"
               r"Local|Casa|Interior|Int\.|Wohnung|Whg\.|Top|Stiege|Étage|Bus|Boîte|Kamer|Lgh\.?|Leil\.|Lok\.|m\.|"
               r"Bloc|Bloco|Blok|Torre|Edificio|Edif\.|Immeuble|Bâtiment|Bât\.|Entrada|Escalera|#)")  # round eight
_UNIT_LINE = re.compile(rf"^{_UNIT_WORDS}[ \t]*[\w\-]+$", re.IGNORECASE)
_SHORT_LINE = re.compile(rf"^(?:{_CAP})(?:[ \t\-](?:{_CAP}|\d{{3,6}}|(?:{_PARTICLES}){_END})){{0,3}}\.?$")
_TAIL = re.compile(
    rf"[ \t]?/[ \t]?\d{{1,4}}[A-Za-z]?(?![\w])"  # a flat after a slash: "Dionsingel 2074 / 3", "Opletalova 974/12"
    rf"|,?[ \t]+(?:(?:Apt\.?|Suite|Unit|Flat|Piso|Appartamento)[ \t]*\w+,?[ \t]+)?"
    rf"(?:(?i:{_UNIT_WORDS})[ \t]*[\w\-]*\d[\w\-]*(?=[ \t]*(?:$|\n|[,;.]))"
    rf"|(?:C\.[ \t]?P\.|CP)[ \t]*\d{{5}}(?:-\d{{4}})?(?![\w])"  # Mexico's "C.P. 44100" (before the town: "C" is no town)
    rf"|RT\.?[ \t]*\d{{1,3}}[ \t]*/[ \t]*RW\.?[ \t]*\d{{1,3}}(?![\w])"  # Indonesia's "RT 03/RW 05"
    rf"|(?:Ward|Gali|Galli|Lane|Sector|Block|Phase|Plot|House|Flat)(?:[ \t]No\.?)?[ \t]*\d{{1,4}}[A-Z]?(?![\w])"  # "Ward 12"
    rf"|{_AREA}"
    rf"|\d{{1,2}}(?:\.|e|er|º|ª|st|nd|rd|th)?[ \t]?(?i:OG|Stock|Etage|étage|piso|andar|floor|fl\.|verdieping)(?![\w])"
    rf"|\d{{5,6}}(?=[ \t]*(?:$|[.;\n]))"  # a postcode closing the address: "…, д. 241, 434627."
    rf"|{_UK_POSTCODE}(?:[ \t]+(?:{_CAP}[ \t]?){{1,3}})?"
    rf"|[A-Z]{{1,3}}(?:\d{{3,5}}|[ \t](?!(?:19|20)\d\d(?!\d))\d{{4}})(?![\w\-]){_PART_ENDS}"  # round eight:
    # letters and digits closing a block ("FT0064" Brunei, "AD500" Andorra, "VLT 1117" Malta, "BB11000" Barbados)
    rf"|(?:(?:[A-Z]{{1,2}}-)?\d{{4,8}}(?:-\d{{3,4}})?|\d{{2}}-\d{{3}}|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d)(?:[ \t]?[A-Z]{{2}}(?![\w]))?,?[ \t]+"
    rf"(?!(?:Col|Fracc|Urb|Res|Brgy|Kg|Kel|Kec)\.)(?:{_TOWNWORD}[ \t\-]?){{1,5}}{_LOWER_END}(?:[ \t]?\([A-Z]{{2}}\)|[ \t]?/[ \t]?[A-Z]{{2}}(?![\w]))?"
    rf"|\d{{3}}(?:[ \t]\d{{2}})?[ \t]+(?:{_TOWNWORD}[ \t\-]?){{1,4}}"
    rf"|(?<!\.[ \t])(?:(?:City|Municipality)[ \t]+of[ \t]+)?{_CAPW}"  # "City of Tangub", "Purbach am Neusiedler See"
    rf"(?:[ \t\-](?:{_CAPW}|(?:{_PARTICLES}){_END}(?=[ \t\-]{_CAPW}))){{0,4}}"
    rf"{_LOWER_END}"  # "San Olivia los bajos"
    rf"(?:,?[ \t]+[A-Z]{{2,3}}(?![A-Za-z0-9]))?"
    rf"(?:(?:,?[ \t]+|[ \t]?[-–][ \t]?)(?:\d{{4,8}}(?:-\d{{3,4}})?(?!\d)(?:[ \t]?[A-Z]{{2}}(?![\w]))?|{_UK_POSTCODE}|"
    rf"[A-Z]\d[A-Z][ \t]?\d[A-Z]\d|\d{{3}}[ \t]\d{{2}}(?![\w])|\d{{3}}{_PART_ENDS}))?"  # round eight: "Manama 150"
    rf"(?:[ \t]?\([A-Z]{{2}}\))?"  # a town (not after "St. "), its postcode, its province ("Napoli (NA)")
    rf"|(?!(?:19|20)\d\d(?!\d))\d{{1,4}}[A-Za-z]?(?:[/\-]\d{{1,4}}[A-Za-z]?)?{_PART_ENDS}"  # the house number after the street
    rf"|(?:\d{{3,7}}[ \t]+)?{_SCRIPT_WORD}(?:[ \t\-]{_SCRIPT_WORD}){{0,3}}{_PART_ENDS})"  # round eight: a town, district
    # or street in a script without capitals ("9626 სენაკი", "রংপুর", "भिमेश्वर"), as the tail of a street found before it
    # and a comma, as East and Southern Africa and Latin America write it: "Kiriri Street, 118, Nakuru"
)
#: a postcode of 5-7 digits closing an address after a comma (RU/KZ 6, IL 7), not an amount of something
_CLOSING_POSTCODE = re.compile(r",[ \t]*\d{5,7}(?![\w\-%/]|[.,]\d)(?![ \t]*(?:units?|people|persons|users|customers|"
                               r"items|pcs|copies|times|km|miles|m2|sq|visitors|employees|staff|euros?|dollars?|usd|eur)\b)",
                               re.IGNORECASE)
#: units before the street, one to three ("Sector 27 Phase 13 Biswas Marg", "Apt. 743 1 Johnson Arcade"), or a unit
#: word alone before a numbered street ("Building 65, Ramirez Street")
_UNIT_PART = rf"(?:(?:{_UNIT_WORDS}|Sector|Phase|Block|Blk\.?|Lot|Plot)[ \t]*[\w\-]*\d[\w\-]*|B\d{{1,3}}[ \t]?L\d{{1,3}})"
_UNIT_BEFORE = re.compile(rf"(?<![\w.])(?:{_UNIT_PART},?[ \t]+){{1,4}}$", re.IGNORECASE)
_UNIT_WORD_BEFORE = re.compile(rf"(?<![\w.])(?:{_UNIT_PART},?[ \t]+){{0,3}}(?:{_UNIT_WORDS}|Sector|Phase|Block|Blk\.?|Lot|Plot|"
                               rf"House|No\.|B\d{{1,3}}[ \t]?L)[ \t]*$", re.IGNORECASE)
#: a British house name before the street: "Hazel Cottage, ", "Old Mill House, "
#: round eight: or a named building, its word after the name or before it ("Tukéselash Tower, ", "Edificio Ostör, ")
_BUILDING_AFTER = (r"(?:Building|Bldg\.|Tower|Towers|House|Plaza|Court|Residence|Residences|Mansion|Mansions|Apartments|"
                   r"Complex|Centre|Center|Heights|Chambers|Arcade)")
_BUILDING_BEFORE = r"(?:Edificio|Edif\.|Torre|Residencial|Résidence|Residence|Immeuble|Condominio|Conjunto|Bloco|Villa)"
_BUILDING = (rf"(?:(?:{_CAPW}[ \t]){{1,2}}{_BUILDING_AFTER}|{_BUILDING_BEFORE}(?:[ \t](?:{_CAPW}|\d{{1,4}}[A-Z]?(?![\w])))"
             rf"{{1,2}})")
_HOUSE_NAME_BEFORE = re.compile(rf"(?<![\w])(?:(?:{_CAPW}[ \t]){{1,2}}(?:Cottage|Cottages|Lodge|Farm|Farmhouse|Barn|Manor|"
                                rf"Grange|Mill|Rectory|Vicarage|Bungalow)|{_BUILDING}),[ \t]*$")
_BUILDING_LINE = re.compile(rf"^{_BUILDING}$")
_HOUSE_NUMBER_BEFORE = re.compile(r"(?:^|(?<=[\n=:>\"'\t(])|(?<=[:=,][ \t]))[ \t]*(?!(?:19|20)\d\d(?!\d))\d{1,5}[A-Za-z]?,?[ \t]+$")
_NUMBER_MARK_BEFORE = re.compile(r"(?<![\w])(?:Nr|No|N[º°])\.?[ \t]?$")
_LONE_POSTCODE = re.compile(rf"(?<![\w\-.,/:])(?:{_UK_POSTCODE}|{_CA_POSTCODE}|\d{{4,6}}(?:-\d{{3,5}})?|\d{{3}}[ \t]\d{{2}}|{_CODE})"
                            rf"(?![\w\-%/:]|[.,]\w)")  # "is 3677." ends a sentence; "3677.5" is a number
_BARE_POSTCODE = re.compile(rf"(?:[A-Z]{{1,2}}-)?\d{{4,6}}(?:-\d{{3,4}})?(?:[ \t]?[A-Z]{{2}})?|{_UK_POSTCODE}|[A-Z]{{1,3}}\d{{3,5}}")
_NUMBERED_LINE = re.compile(rf"^(?:{_CAPW}[ \t]){{0,3}}{_CAPW}[ \t]+{_NUM}\.?$|^{_NUM}[ \t]+(?:{_CAPW}[ \t]?){{1,4}}$")
_NAMED_STREET_LINE = re.compile(rf"^(?:{_CAP}[ \t]){{1,3}}(?:{_SUFFIXES})\.?$")
#: a line that announces an address block below it
_HEADER_LINE = re.compile(r"(?i)(?:\b(?:address|adresse|dirección|indirizzo|anschrift|ship(?:ping)? to|deliver(?:y)? to|"
                          r"send (?:it )?to|mail to|bill(?:ing)? to|post to)\b[^\n]{0,12}:?\s*$)")
#: round seven b: the rest of a postcode of letter-digit groups the tail stopped in ("…, Oyo State OY" + "-12-K34-AB-56"),
#: a code line under a block ("Kwara State KW-12-B34-CD-56"), and the town and postcode of a slash-separated label line
#: ("… No: 3 / Moda / 34710")
_CODE_REST = re.compile(r"(?:-[A-Z0-9]{1,4}){1,5}(?![\w\-])")
_CODE_LINE = re.compile(rf"^(?:{_CAPW}[ \t]+){{0,3}}{_CODE}$")
_SLASH_TAIL = re.compile(rf"(?:[ \t]+/[ \t]+(?:{_TOWNWORD}[ \t\-]?){{1,4}}?(?=[ \t]+/)){{0,2}}[ \t]+/[ \t]+"
                         rf"(?!(?:19|20)\d\d(?!\d))\d{{4,6}}(?![\w\-/.,]\w?)")
_QUOTE = re.compile(r"^[ \t]*(?:(?:>|[-*•·?]{1,3}(?=[ \t]))[ \t]?)*")


#: a postcode at the end of a country line: "Egypt 7489 IY", "Gabon 17209-307", "Turks and Caicos Islands 80875969"
_COUNTRY_CODE_TAIL = re.compile(r",?[ \t]+(?P<code>(?:[A-Z]{1,2}-)?\d{2,8}(?:-\d{3,4})?(?:[ \t]?[A-Z]{2})?|\d{3}[ \t]\d{2}"
                                r"|[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d)[ \t.]*$")
#: a three-digit postcode and a town, inside a block only (Iceland, Faroe, Madagascar...): "208 Álftanes"
_POSTCODE3_TOWN = re.compile(rf"^\d{{3}}[ \t]+{_CAPW}(?:[ \t\-]+(?:{_CAPW}|(?:{_PARTICLES}|[{_L}]{{1,3}}){_END})){{0,4}}$")


#: round eight b: a vCard address line ("ADR;TYPE=HOME:;;12 High St;Leeds;;LS1 4AB;UK")
_VCARD_ADR = re.compile(r"(?im)^(?P<head>[ \t>]*(?:item\d+\.)?ADR(?:;[^:\n]*)?:)(?P<fields>[^\n]*)$")


_DIGITS = re.compile(r"\d+")


def _matches_from(pattern: re.Pattern[str], text: str, a: int, b: int) -> list[re.Match[str]]:
    """``pattern``'s matches that start in ``text[a:b]`` (the text reads on past ``b``)."""
    out = []
    for m in pattern.finditer(text, a):
        if m.start() >= b:
            break
        out.append(m)
    return out


def _keep_country(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The span less a country that closes it on its line: ", Hong Kong" comes off the end; of ", Singapore 600212"
    the postcode stays in a span of its own. Round nine: the selection joins the country back to the address
    (``_rec_address_countries.country_spans``); a recognizer's spans end where the address proper ends."""
    cut = text.rfind(",", start, end)
    if cut < 0 or "\n" in text[cut:end]:
        return [(start, end)]
    is_country, at = country_line(text[cut + 1 : end])
    if not is_country:
        return [(start, end)]
    head = text[start:cut].rstrip(" ")
    spans = [(start, start + len(head))] if head else []
    if at >= 0:
        lead = len(text[cut + 1 : end]) - len(text[cut + 1 : end].lstrip(" ,."))
        spans.append((cut + 1 + lead + at, end))
    return spans


def _chain_ok(text: str, m: re.Match[str]) -> bool:
    """A name-and-number street is no course, product or version ("Python 3, Unit 4" of a syllabus): when all its
    words are everyday ones, the unit after it must be a flat or floor of an address ("depto 779", "3os orofos",
    "31/F", "#14-1323"), not a unit of anything else."""
    g = gazetteer()
    if m.re is NAME_NUMBER_BARE:  # a known place's name ("Maizonos", "Egnatia") or a name no list knows, never a
        # given name, an everyday word, a month or a company ("to Anna 3 files", "in March 2", "at Google 5")
        words = [w.casefold() for w in m.group("name").split()]
        if any(w in g.given or w in g.words or w in g.countries for w in words):
            return False
        town = m.group("town")
        if town is not None:
            return town.casefold() in g.cities or town.casefold() in g.towns
        name = m.group("name").casefold()  # no town after it: the name must be a place the lists know
        return name in g.cities or name in g.towns
    if m.re is not NAME_NUMBER_UNIT:
        return True
    words = [w.casefold() for w in re.findall(rf"[{_U}][{_L}{_U}]+", m.group())]
    if not all(w in g.words for w in words):
        return True
    return bool(_STRONG_UNIT.match(text, m.end()))


#: a flat or floor that only an address has, after a name and number
_STRONG_UNIT = re.compile(r"(?i),?[ \t]+(?:depto|dpto|departamento|piso|oficina|of\.|\d{1,2}(?:os|is|o|i)[ \t]+orofos|"
                          r"(?:\d{1,3}|G)/F|#[ \t]?\d)")


def country_line(line: str) -> tuple[bool, int]:
    """(whether ``line`` is a country, with or without a postcode after it; where the postcode starts or -1)."""
    line = line.strip(" ,.")
    if len(line) > 80:
        return False, -1  # no country name is this long (and the tail search would be slow)
    m = _COUNTRY_CODE_TAIL.search(line)
    name = line[: m.start()] if m else line
    g = gazetteer()
    low = name.strip(" ,").casefold()
    if low in g.countries or re.sub(r"\s*\([^)]*\)$", "", low) in g.countries:
        return True, (m.start("code") if m else -1)
    return False, -1


def _town_line(text: str, lines: list[tuple[int, int]], j: int) -> bool:
    """A short capitalised line inside a block: a known place, an all-caps town, or a line
    followed by a postcode line."""
    s, e = lines[j]
    line = text[s:e].strip(" ,.")
    if not line or len(line) > 40 or not _SHORT_LINE.match(line):
        return False
    if sum(c.isdigit() for c in line) >= 7 or line.split()[0].casefold().strip(".:") in _NOT_REGION:
        return False  # "TEL 0967-052-9899" below the block: a phone line, not an all-caps town
    g = gazetteer()
    if line.casefold() in g.countries or country_line(line)[0]:
        return False  # a country line ends the block: countries stay (docs/privacy.md)
    if line.isupper() or line.casefold() in g.cities or line.casefold() in g.regions or line.casefold() in g.towns:
        return True
    for k in (j + 1, j + 2):  # a postcode line or a country line below (a region line may stand between)
        if k >= len(lines):
            return False
        ns, ne = lines[k]
        below = text[ns:ne]
        if _POSTCODE_TOWN.match(below) or re.fullmatch(_UK_POSTCODE, below.strip()) or country_line(below)[0] or \
                _BARE_POSTCODE.fullmatch(below.strip()):
            return True
        if not _SHORT_LINE.match(below.strip(" ,.")):
            return False
    return False


_REGION_LINE = re.compile(rf"^{_CAPW}(?:[ \t\-]+(?:{_CAPW}|[{_L}]{{2,8}})){{0,2}}$")
_NOT_REGION = frozenset("thanks thank best regards cheers sincerely kind warm greetings or and please tel phone mobile "
                        "email fax".split())


def _region_line(line: str) -> bool:
    """A region or county line under the postcode and town: "Nitriansky", "Norðurland eystra" (not a country,
    a sign-off or a given name)."""
    line = line.strip(" ,.")
    if not _REGION_LINE.match(line) or country_line(line)[0]:
        return False
    words = [w.casefold() for w in line.split()]
    g = gazetteer()
    return words[0] not in _NOT_REGION and words[0] not in g.given and not all(w in g.words for w in words)


_PHONE_LINE = re.compile(r"(?i)^(?:tel|phone|mobile|mob|cell|fax|contact)\b")


def _province_line(text: str, lines: list[tuple[int, int]], j: int) -> bool:
    """A province under the postcode and town that is an everyday word ("Antique", "Eastern Samar"): only as the
    block's last line, at the end of the text or above a phone line ("TEL 0917…"), never above a blank line."""
    s, e = lines[j]
    line = text[s:e].strip(" ,.")
    if not _REGION_LINE.match(line) or country_line(line)[0] or line.split()[0].casefold() in _NOT_REGION:
        return False
    return j + 1 == len(lines) or bool(_PHONE_LINE.match(text[lines[j + 1][0] : lines[j + 1][1]]))


def _lines(text: str) -> list[tuple[int, int]]:
    """(content start, end) of every line, quote marks and indentation skipped."""
    out, pos = [], 0
    for line in text.split("\n"):
        q = _QUOTE.match(line).end()
        out.append((pos + q, pos + len(line.rstrip())))
        pos += len(line) + 1
    return out


#: a country, then a postcode, ending a line of a block (the country stays, by policy)
_COUNTRY_POSTCODE = re.compile(
    r"^[^\w\n]*(?P<country>[A-Z][\w'’.\-]*(?:[ \t]+(?:and|of|the|[A-Z][\w'’.\-]*)){0,4}),?[ \t]+"
    r"(?P<code>(?:[A-Z]{1,2}-)?\d{2,3}-\d{3,4}|(?:[A-Z]{1,2}-)?\d{3,6}|\d{3}[ \t]\d{2})[ \t.]*$"
)
_YEARS_ONLY = re.compile(r"(?:19|20)\d{2}")



_PART_WORDS = re.compile(r"^[^\W_][\w'’\-]*\.?(?:[ \t]+[^\W_][\w'’\-]*\.?){1,4}$")
_PART_AFTER = re.compile(r"(?:,[ \t]*|[ \t]+)([^,\n;|\t]{2,60}?)(?=[ \t]*(?:$|[,\n;|\t]))")
_PARTICLE_SET = frozenset(_PARTICLES.split("|"))


def _area_part(part: str) -> bool:
    """A comma part or a block line that names a locality with one of ``data/address_vocab.txt``'s area or region
    words, first or last: "Kelurahan Sukajadi", "Phường Bến Nghé", "Quận 1", "Lajpat Nagar", "Kadıköy Mahallesi",
    "Co. Wexford" (not "District Sales Manager": the other words are everyday words)."""
    v = vocab()
    area = v.get("area", frozenset()) | v.get("region", frozenset())
    glued = re.fullmatch(r"([^\W\d_][\w'’]*)-([^\W\d_]+)", part)
    if glued:  # "Jung-gu", "Yeoksam-dong": a Korean/Japanese district glued to its name
        return glued.group(2) in area and glued.group(1)[0].isupper() and glued.group(2).islower()
    if not _PART_WORDS.match(part):
        return False
    toks = part.split()
    first, last = toks[0].casefold(), toks[-1].casefold()
    if first in area or first.rstrip(".") in area:
        rest = toks[1:]
    elif last in area or last.rstrip(".") in area:
        rest = toks[:-1]
    else:
        return False
    if not all(t[0].isupper() or (t.isdigit() and len(t) <= 3) or t.casefold() in _PARTICLE_SET for t in rest):
        return False
    names = [t.strip(".").casefold() for t in rest if not t.isdigit() and t.casefold() not in _PARTICLE_SET]
    if any(w in _job_words() for w in names):
        return False  # "District Sales Manager", "State Officer": a title
    return any(t.isdigit() for t in rest) or bool(names) and not all(_common(w) for w in names)


_PART_HEAD = re.compile(r",[ \t]*|[ \t]+")
_PART_TOKEN = re.compile(r"[^\W_][\w'’\-]*\.?")


def _vocab_tail(text: str, end: int) -> int:
    """The end of a locality part right after ``end`` (:func:`_area_part`: ", Kelurahan Sukajadi", " Quận 1",
    ", Co. Wexford"), up to five words, the longest that is one; or -1."""
    head = _PART_HEAD.match(text, end)
    if not head:
        return -1
    toks, pos = [], head.end()
    while len(toks) < 5:
        m = _PART_TOKEN.match(text, pos)
        if not m:
            break
        toks.append(m)
        if text[m.end() : m.end() + 1] not in (" ", "\t") or text[m.end() + 1 : m.end() + 2] in (" ", "\t", ""):
            break
        pos = m.end() + 1
    for m in reversed(toks):
        part = text[head.end() : m.end()]
        if _area_part(part.rstrip(".") if part.count(".") > 1 else part):
            return m.end()
    return -1


_PLAIN_TOWN = re.compile(rf"^(?:{_CAPW}|[A-Z][a-z]{{0,3}}\.)(?:[ \t\-]+(?:{_CAPW}|(?:{_PARTICLES}){_END})){{0,3}}"
                         rf"(?:,[ \t]+{_CAPW}(?:[ \t\-]+(?:{_CAPW}|(?:{_PARTICLES}){_END})){{0,2}})?$")


@functools.lru_cache(maxsize=1)
def _job_words() -> frozenset[str]:
    """The words of Faker's job titles (MIT: "Analyst", "Officer", "Engineer") and the ranks written before them,
    less the places and given names among them: a line made with one is a title under a name, not a town."""
    from faker.providers.job import Provider

    g = gazetteer()
    words = {w.casefold() for job in Provider.jobs for w in re.split(r"[^\w]+", job) if len(w) > 2}
    words |= set("senior junior lead chief head principal deputy vice executive associate assistant staff "
                 "director manager founder owner partner intern".split())
    return frozenset(w for w in words if w not in g.cities and w not in g.towns and w not in g.given
                     and w not in g.regions and w not in _PARTICLE_SET)


def _plain_town_line(line: str) -> bool:
    """A line of a block under a street that no list knows: a town, or a town and its region ("Ballykeel",
    "Oicatá, Boyacá"): capitalised words, no digits; not a sign-off, a person ("Anna Berg"), a job title ("Senior
    Data Analyst"), a company ("Acme Corp"), a month or a country (countries stay)."""
    from ._gazetteer import role_words
    from ._rec_places import _COMPANY, _ORG

    line = line.strip(" ,.")
    if not line or len(line) > 48 or not _PLAIN_TOWN.match(line):
        return False
    words = [w.casefold().strip(".,") for w in re.split(r"[ \t,\-]+", line) if w]
    g = gazetteer()
    if words[0] in _NOT_REGION or words[0] in _NOT_STREET or country_line(line)[0]:
        return False
    if any(w in _COMPANY or w in _ORG or w in role_words() or w in _job_words() for w in words):
        return False
    if len(words) >= 2 and words[0] in g.given and words[-1] in g.surnames:
        return False  # a person under the block, who keeps a PERSON placeholder (the vault knows their names)
    if len(words) == 1 and words[0] in g.given and words[0] not in g.cities and words[0] not in g.towns:
        return False
    if len(words) > 1 and _common(words[-1]) and words[-1] not in g.cities:
        return False  # "Microsoft Teams Meeting", "Priority Shipping": a place's name does not end in an everyday word
    if all(everyday(w) or w in _PARTICLE_SET for w in words) and any(_common(w) for w in words):
        return False  # "Quarterly Review", "Next Steps": everyday words, one of them in everyday use
    return not all(_common(w) or w in _PARTICLE_SET for w in words)


class AddressBlockRecognizer(LocalRecognizer):
    """ADDRESS: a street line and the rest of its block (see the module docstring)."""

    CONTEXT = ["address", "street", "lives", "live", "located", "ship", "deliver", "mail", "post", "adresse", "zip",
               "postcode", "postal", "zipcode", "plz", "cap", "邮编",
               "indirizzo", "dirección", "morada", "anschrift", "地址"]

    def __init__(self, supported_language: str = "en", name: str | None = None) -> None:
        super().__init__(supported_entities=["ADDRESS"], supported_language=supported_language,
                         context=list(self.CONTEXT), name=name or "AddressBlockRecognizer")

    def load(self) -> None:  # noqa: D102
        gazetteer()
        address_countries()

    def analyze(self, text, entities, nlp_artifacts=None) -> list[RecognizerResult]:  # noqa: D102
        lines = _lines(text)
        out = []
        g = gazetteer()
        streets = _streets(text)
        taken = [(m.start(), m.end()) for m, _ in streets]
        # round eight b: unit chains, a street with no street word; the chain shapes only near a chain word or mark
        # by a number (a cheap test: most prompts hold none), as windows merged
        windows: list[list[int]] = []
        for d in _DIGITS.finditer(text):
            if CHAIN_CUE.search(text, max(0, d.start() - 16), d.end() + 10):
                a, b = max(0, d.start() - 120), d.end() + 120
                if windows and a <= windows[-1][1]:
                    windows[-1][1] = b
                else:
                    windows.append([a, b])
        cued = bool(windows)
        found = [m for a, b in windows for extra in (UNIT_CHAIN, SG_BLOCK, NAME_NUMBER_UNIT)
                 for m in _matches_from(extra, text, a, b)]
        for m in [*found, *NAME_NUMBER_BARE.finditer(text)]:
            if not any(a <= m.start() < b for a, b in taken) and _chain_ok(text, m):
                streets.append((m, "chain"))
                taken.append((m.start(), m.end()))
        for m, kind in streets:
            start, end = m.start(), m.end()
            chained = False
            if kind == "compound":
                words = re.findall(rf"[{_U}][{_L}]+", m.group())
                if words and all(w.casefold() in g.words for w in words):
                    continue  # "During 2001", "Spring 2024": an everyday word, not a street
            while end > start and text[end - 1] in " ,":
                end -= 1
            if text[end : end + 2] == ".,":
                end += 1  # "1636 Dama de Noche Ave., Tuyabang Proper": the abbreviation's dot, then the town
            for _ in range(5):  # ", 12220 Lembah Baru, Pulau Pinang": a town, then its region (after a unit or area);
                # five for "…, RT 08/RW 09, Kel. Gubeng, Malang 87695, Jawa Timur"
                end = self._code_rest(text, end)  # "…, Oyo State OY" + "-12-K34-AB-56", then ", Oyo State"
                chain = CHAIN_AFTER.match(text, end, end + 120) if cued else None
                if chain:
                    chained, end = True, chain.end()  # round eight b: ", 1os orofos", ", depto 1833", ", #14-1323"
                tail = _TAIL.match(text, end, end + 80)
                if not tail or not tail.group().strip(" ,"):
                    area = _vocab_tail(text, end)  # ", Kelurahan Sukajadi", ", Quận 1", ", Lajpat Nagar"
                    if area < 0:
                        break
                    end = area
                    continue
                area = _vocab_tail(text, end)
                end = max(end + len(tail.group().rstrip(" ,\t")), area)
            end = self._code_rest(text, end)
            slash = _SLASH_TAIL.match(text, end, end + 60)
            if slash:
                end = slash.end()
            closing = _CLOSING_POSTCODE.match(text, end, end + 24)
            if closing:
                end = closing.end()  # "бул. Ключевой, д. 87, 642689 before noon", "טביב 89, …, 2614196"
            unit = _UNIT_BEFORE.search(text[max(0, start - 48) : start]) or (
                text[start : start + 1].isdigit() and _UNIT_WORD_BEFORE.search(text[max(0, start - 48) : start]))
            if unit:
                start -= len(unit.group())  # "Apt. 743 1 Johnson Arcade"
            house = _HOUSE_NAME_BEFORE.search(text, max(0, start - 40), start)
            if house:
                start = house.start()  # "Hazel Cottage, Station Road": a house name before the street
            lead = _HOUSE_NUMBER_BEFORE.search(text, max(0, start - 8), start)
            if lead and text[start : start + 1].isupper() and not unit:
                start = lead.start()  # "22 Jochem-Vogt-Ring, Jüterbog": the number of a street the shape found alone
            mark = _NUMBER_MARK_BEFORE.search(text[max(0, start - 6) : start])
            if mark and text[start : start + 1].isdigit():
                start -= len(mark.group())  # "Nr. 20 Strada Morii"
            before = CHAIN_BEFORE.search(text[max(0, start - 120) : start]) if cued else None
            if before:
                start -= len(before.group())  # round eight b: "Flat 25H, 31/F, Block 10, Laguna City, " or "Blk "
            start, end = self._grow(text, lines, start, end)
            if kind == "chain" or before or chained:
                out += [self._result(a, b, 0.7) for a, b in _keep_country(text, start, end)]
            else:
                out.append(self._result(start, end, 0.7))
        if "ADR" in text:
            out += self._vcard(text)
        for i, (s, e) in enumerate(lines):  # "Bell Common" between a flat line and a postcode line
            if (_NAMED_STREET_LINE.match(text[s:e]) or _NUMBERED_LINE.match(text[s:e])) and not country_line(text[s:e])[0] and (
                    (i > 0 and _UNIT_LINE.match(text[lines[i - 1][0] : lines[i - 1][1]]))
                    or (i > 0 and _HEADER_LINE.search(text[lines[i - 1][0] : lines[i - 1][1]]))
                    or (i + 1 < len(lines) and self._block_below(text, lines, i))):
                start, end = self._grow(text, lines, s, e)
                out.append(self._result(start, end, 0.7))
        for m in _HL7_XAD.finditer(text):  # an HL7 v2 address field: street^other^city^state^postcode (the country stays)
            street, _, city, _, code = m.group().split("^")
            if _HL7_LINE.match(text, text.rfind("\n", 0, m.start()) + 1) and re.search(r"[^\W\d_]{3}", street) and re.fullmatch(
                    r"[^\W\d_][^\d]{2,}", city.strip()) and len(code.strip()) <= 12 and sum(c.isdigit() for c in code) >= 3:
                # three spans: street (and its other designation), town, postcode; the state code between stays,
                # as a country does (a two-letter region alone says little)
                s, other = m.start(), m.group().split("^")[1]
                out.append(self._result(s, s + len(street) + (len(other) + 1 if other.strip() else 0), 0.7))
                town_at = s + len(street) + 2 + len(other)
                out.append(self._result(town_at, town_at + len(city), 0.7))
                out.append(self._result(m.end() - len(code), m.end(), 0.7))
        for a, b in national_spans(text):  # round nine b: RU/RS/SI/HU/IR/NP forms, whole
            out.append(self._result(*self._grow(text, lines, a, b), 0.75))
        for a, b in chain_spans(text):  # round ten b: chains of marked parts (LV, AZ, BD, BG forms)
            out.append(self._result(a, b, 0.8))
        ends = {r.end for r in out}
        for m in _LABELLED_POSTCODE.finditer(text):
            at = m.start("code")
            label = LABEL_BEFORE.search(text, max(0, at - 24), at)
            if label:
                ls = label.start() + len(label.group()) - len(label.group().lstrip(" \t>,"))
                nl = text.rfind("\n", 0, ls)
                up = text.rfind("\n", 0, text.rfind("\n", 0, max(nl, 0)))  # the two lines above
                if not (text[ls - 1 : ls] in (",", " ") and text[: ls].rstrip(" \t").endswith(",") or nl > 0 and
                        not text[nl + 1 : ls].strip(" \t>") and any(up < e <= nl for e in ends)):
                    label = None
            if label:
                at = label.start() + len(label.group()) - len(label.group().lstrip(" \t>,"))
                # round seven b: the label is part of the address after a comma or on the block's own line
            out.append(self._result(at, m.end("code"), 0.65))
        for m in _TOWN_POSTCODE.finditer(text):
            words = [w.casefold() for w in re.split(r"[ \t\-]+", m.group("town")) if w]
            code = m.group("code")
            if words[0] in _NOT_TOWN or words[0] in _NOT_STREET or words[0] in g.countries or (
                    all(w in g.words for w in words) and sum(c.isdigit() for c in code) < 5):
                continue
            out.append(self._result(m.start("town"), m.end("code"), 0.6))
        for a, b in table_postcodes(text):
            out.append(self._result(a, b, 0.6))
        for m in _LONE_POSTCODE.finditer(text):  # "my zip code is 3677": context words lift it
            # round fourteen (lead): written without its space ("Order H3Z2Y7") the shape is an order code's too
            shaped = " " in m.group() and (re.fullmatch(_UK_POSTCODE, m.group()) or re.fullmatch(_CA_POSTCODE, m.group()))
            out.append(self._result(m.start(), m.end(), 0.55 if shaped else 0.3))
        for s, e in lines:  # a postcode and town on a line of their own
            m = _POSTCODE_TOWN.match(text[s:e])
            if m and m.end() == e - s and any(c.isdigit() for c in m.group()):
                out.append(self._result(s, e, 0.45))
        # round eleven: runs of parts scored by cues (any language), and found addresses grown over the cued parts
        # beside them (``_rec_address11``)
        found = block_spans(text) + grow(text, [(r.start, r.end) for r in out if r.score >= 0.6])
        # round eleven, second pass: chains of administrative units ("Cell Gisovu, Sector Cyanika"), next to what
        # was found (``_rec_address11b``)
        seeds = [(r.start, r.end) for r in out if r.score >= 0.6] + found
        for a, b in found + unit_spans(text, seeds):
            out.append(self._result(a, b, 0.8))
        # round thirteen: values labelled as an address in any language, and found addresses grown over the rest of
        # their record and block (``_rec_address13``)
        seeds = [(r.start, r.end) for r in out if r.score >= 0.6]
        labelled = labelled_spans(text, seeds) + numbered_spans(text)
        for a, b in labelled:
            out += [self._result(x, y, 0.85) for x, y in _keep_country(text, a, b)]
        for a, b in grow_spans(text, seeds + labelled):
            out += [self._result(x, y, 0.8) for x, y in _keep_country(text, a, b)]
        if len(lines) > 1:  # the last line of a block: "Iceland 101", "Poland 00-950", "Denmark DK-2100"
            ends = [r.end for r in out if r.score >= 0.55]
            for i, (s, e) in enumerate(lines):
                is_country, at = country_line(text[s:e])
                if not is_country or at < 0:
                    continue
                lead = len(text[s:e]) - len(text[s:e].lstrip(" ,."))
                code_start = s + lead + at
                code = text[code_start:e].rstrip(" .")
                above = lines[max(0, i - 4)][0]  # a street found in the four lines above, or a numbered line
                street = any(above <= end <= s for end in ends)
                numbered = any(re.search(r"\d", text[a:b]) and re.search(r"[^\W\d_]{3}", text[a:b])
                               and not country_line(text[a:b])[0] for a, b in lines[max(0, i - 3) : i])
                if (street or numbered and not _YEARS_ONLY.fullmatch(code)):
                    out.append(self._result(code_start, code_start + len(code), 0.6))
        return out

    def _vcard(self, text: str) -> list[RecognizerResult]:
        """A vCard's ADR property: post office box; extended address; street; locality; region; postcode; country.
        Each field is a span (round nine: the country too, as the last part of the address)."""
        out = []
        for m in _VCARD_ADR.finditer(text):
            at = m.end("head")
            fields = m.group("fields").split(";")
            for k, value in enumerate(fields):
                if k < 7 and value.strip() and re.search(r"\w", value):
                    out.append(self._result(at, at + len(value), 0.7))
                at += len(value) + 1
        return out

    @staticmethod
    def _code_rest(text: str, end: int) -> int:
        """``end`` moved past the rest of a letter-digit postcode the tail stopped in ("OY" + "-12-K34-AB-56")."""
        if text[end : end + 1] == "-" and text[end - 1 : end].isalnum():
            rest = _CODE_REST.match(text, end, end + 30)
            if rest and re.fullmatch(_CODE, text[text.rfind(" ", 0, end) + 1 : rest.end()]):
                return rest.end()
        return end

    @staticmethod
    def _block_below(text: str, lines: list[tuple[int, int]], i: int) -> bool:
        """Below a numbered line: a postcode line, a unit line, or (over at most two town lines) a country."""
        for k in range(i + 1, min(i + 4, len(lines))):
            line = text[lines[k][0] : lines[k][1]]
            if _POSTCODE_TOWN.match(line) or _POSTCODE3_TOWN.match(line) or (k == i + 1 and _UNIT_LINE.match(line)):
                return True
            if country_line(line)[0]:
                return k > i + 1 or _COUNTRY_CODE_TAIL.search(line) is not None
            if not _SHORT_LINE.match(line.strip(" ,.")):
                return False
        return False

    @staticmethod
    def _grow(text: str, lines: list[tuple[int, int]], start: int, end: int) -> tuple[int, int]:
        idx = next((i for i, (s, e) in enumerate(lines) if s <= end <= e or s > end), len(lines) - 1)
        # down: the rest of the block
        j = idx + 1
        bare_postcode = after_postcode = False
        plain = 0
        while j < len(lines) and j <= idx + 4:
            s, e = lines[j]
            line = text[s:e]
            if not line.strip() and j + 1 < len(lines) and j < idx + 3:
                j += 1  # one blank line inside a block ("Cardoso da Mata\n\n Turks and Caicos Islands 8087")
                continue
            if country_line(line)[0]:
                break  # the country stays; its postcode is found on its own
            town = _town_line(text, lines, j) or (bare_postcode and _SHORT_LINE.match(line.strip(" ,."))) or (
                after_postcode and (_region_line(line) or _province_line(text, lines, j)))
            if not line:
                break
            known = (_POSTCODE_TOWN.match(line) or _POSTCODE3_TOWN.match(line) or _UNIT_LINE.match(line)
                     or _BARE_POSTCODE.fullmatch(line.strip()) or town or _AREA_LINE.match(line.strip(" ,"))
                     or _area_part(line.strip(" ,.")) or _CODE_LINE.match(line.strip(" ,.")))
            if not known and not (plain < 2 and _plain_town_line(line)):
                break  # round seven: a town no list knows ("Ballykeel") goes with the block, a job title does not
            plain += not known
            bare_postcode = bool(_BARE_POSTCODE.fullmatch(line.strip()))
            after_postcode = bool(_POSTCODE_TOWN.match(line) or _POSTCODE3_TOWN.match(line))
            end = e
            j += 1
        # up: a flat or unit line just before the street, and a postcode and town line above it (the order of
        # Japan, Portugal, Sweden... or a form that writes the town first: "To: M. Parks\n06040 Manchester\n75 Wilfred Road")
        k = next((i for i, (s, e) in enumerate(lines) if s <= start <= e), 0)
        if k > 0:
            s, e = lines[k - 1]
            if _UNIT_LINE.match(text[s:e]) or _BUILDING_LINE.match(text[s:e].strip(" ,")):
                start, k = s, k - 1  # round eight: a named building's line ("Residence Tutumelthor", "Acme Tower")
        if k > 0 and text[lines[k][0] : start].strip(" \t>") == "":
            s, e = lines[k - 1]
            m = _POSTCODE_TOWN.match(text[s:e])
            if m and m.end() == e - s and text[s].isdigit() and not country_line(text[s:e])[0]:
                start = s
        return start, end

    def _result(self, start: int, end: int, score: float) -> RecognizerResult:
        return RecognizerResult(
            "ADDRESS", start, end, score,
            analysis_explanation=AnalysisExplanation(type(self).__name__, score),
            recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                  RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id},
        )
