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

import re

from presidio_analyzer import AnalysisExplanation, LocalRecognizer, RecognizerResult

from ._checks import table_cells
from ._gazetteer import everyday, gazetteer
from ._rec_en import _SUFFIXES

_U = "A-ZÀ-ÖØ-ÞĀ-ŽΆ-ΏΑ-ΩА-ЯЁЄІЇҐ"  # upper-case letters, Latin, Greek and Cyrillic
_L = "a-zà-öø-ÿā-žßά-ώа-яёєіїґ"
_END = rf"(?![{_L}{_U}0-9])"
_CAPW = rf"[{_U}][{_L}{_U}'’\-]*{_END}"  # a capitalised word (or an all-caps one)
_CAP = rf"[{_U}][{_L}{_U}'’\-]*(?:\.|{_END})"  # ... or an abbreviation ("St.")
_PARTICLES = (
    "de|del|della|delle|dei|degli|dello|dalla|di|da|du|des|aux|la|le|les|los|las|el|al|sur|sous|von|van|zu|zum|"
    "zur|am|im|an|der|den|het|ter|ten|do|dos|das|y|e|of|the|aan|op|bij|nad|pod|pri|na|u|v|í|á|lès|lez|sul|sulla|en"
)
_NAMEWORD = rf"(?:{_CAP}|(?:{_PARTICLES}){_END}|[ld]['’])"
_TOWNWORD = rf"(?:{_CAPW}|(?:{_PARTICLES}){_END})"
_NUM = r"\d{1,5}[A-Za-z]?(?:\s?[-/]\s?\d{1,4}[A-Za-z]?)?(?!\d)"  # never the head of a longer number (a postcode)
_STREET_WORDS = (
    "rue|avenue|av\\.?|boulevard|bd|bvd|chemin|allée|allee|impasse|place|quai|cours|route|square|passage|"
    "via|viale|piazza|piazzale|corso|largo|vicolo|contrada|borgo|strada|calle|avenida|paseo|plaza|camino|"
    "carrer|ronda|travesía|rua|travessa|estrada|praça|alameda|largo|rambla|glorieta|urbanización|ul\\.|al\\.|os\\.|"
    "carretera|cuesta|pasaje|callejón|cañada|acceso|vía|c/|beco|calçada|rotunda|praceta|quinta|bairro|"
    "rotonda|canale|incrocio|stretto|lungomare|traversa|salita|v\\.le|p\\.zza|voie|sentier|faubourg|esplanade|"
    "bulevardul|b-dul|șoseaua|soseaua|şoseaua|calea|aleea|splaiul|intrarea|piața|piata|str\\.|"
    "carrera|transversal|diagonal|circular|avenida calle|avenida carrera|av\\. calle|av\\. carrera|"
    "jardim|parque|residencial|conjunto|vila|viaduto|viaducto|retorno|rodovia|setor|quadra|loteamento|núcleo|"
    "chácara|condomínio|sítio|ladeira|vereda|trecho|recanto|viela|circuito|cerrada|privada|andador|prolongación|"
    "periférico|ampliación|continuación|ctra\\.|avda\\.|rúa|praza|ruta|bulevar|calzada|cda\\.|priv\\.|"
    "вул\\.|вулиця|ул\\.|улица|просп\\.|проспект|пр-т|пл\\.|площа|площадь|бул\\.|бульвар|пров\\.|провулок|"
    "пер\\.|переулок|шосе|шоссе|наб\\.|набережна|набережная|алл\\.|аллея|ш\\.|туп\\.|тупик|мкр\\.|"
    "οδός|οδ\\.|λεωφ\\.|λεωφόρος"
)
# Latin-American grid streets: "Calle 11T # 21-3", "Carrera 120M", "Cr. 59", "Avenida calle 156"
_GRID = r"(?:calle|cl\.|carrera|cra\.?|cr\.?|kr\.?|avenida(?:[ \t]+(?:calle|carrera))?|av\.?[ \t]+(?:calle|carrera)|diagonal|dg\.?|transversal|tv\.?)"
_POSTCODE = r"(?:(?:[A-Z]{1,2}-)?\d{2,6}(?:[- \t]\d{2,4})?|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d)"  # incl. "354 37", "J5K 2V1"
_COMPOUND = (
    "straße|strasse|str\\.|gasse|weg|allee|platz|ring|damm|ufer|steig|pfad|chaussee|markt|graben|"
    "straat|laan|plein|singel|kade|dijk|gracht|hof|park|veld|dreef|steeg|pad|baan|wal|plantsoen|erf|"
    "vej|gade|stræde|vænget|vænge|gyde|gata|gatan|vägen|väg|veien|vegen|gate|gränd|katu|tie|kuja|polku|"
    "utca|út|tér|ulica|ul\\.|cesta|trg|ulice|náměstí|sokak|caddesi|οδός|boulevard|lei|kaai|vliet|brink"
)
#: lower-case words inside a street name ("Tom Wilhelmsens vei", "Fredbo allé", "Ctra. de Siles")
_LOWER_STREET = ("vei|veien|vej|gate|gata|gatan|vägen|allé|alle|straße|strasse|str\\.|gasse|weg|utca|út|tér|ulica|"
                 "cesta|sokak|caddesi|sok\\.|cad\\.|rue|via|calle|i|y|og|ul\\.|al\\.")
#: a postcode written after the street: DE/FR/IT 5, NL "7251 UA", BR "61416-021", PL "00-950", CZ "130 00", IS "101"
_POSTCODE_AFTER = (r"(?:(?:[A-Z]{1,2}-)?\d{4,6}(?:-\d{3,4})?(?:[ \t]?[A-Z]{2}(?![\w]))?|\d{2}-\d{3}|\d{3}(?:[ \t]\d{2})?"
                   r"|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d)")
_STREET_PARTS = [
        # US/UK: number, name words, a USPS/Royal Mail suffix, an optional unit
        rf"(?<![\w])\d{{1,6}}(?:-\d{{1,4}})?[ \t]+(?:[NSEW]\.?[ \t]+)?(?:{_CAP}[ \t]+){{1,3}}(?:{_SUFFIXES})\.?(?![\w])"
        rf"(?:,?[ \t]+(?:Apt\.?|Suite|Ste\.?|Unit|Flat|#)[ \t]*[A-Za-z0-9-]+)?",
        r"(?:P\.?[ \t]?O\.?[ \t]?Box|Postfach|Apartado|Casella Postale|BP)[ \t]+\d{1,6}",
        # number first, then a street word: "20 rue de l'Epeule", "7, boulevard Paulette Gosselin"
        rf"(?<![\w])\d{{1,5}}(?:[ \t]?(?:bis|ter|[A-Za-z]))?,?[ \t]+(?i:{_STREET_WORDS})[ \t]+(?:{_NAMEWORD}[ \t]?){{1,6}}",
        # street word first, then the number: "Via Cavour 17", "Plaza de Josefa Salinas 23 Piso 0"
        rf"(?<![\w])(?i:{_STREET_WORDS})[ \t]+(?:{_NAMEWORD}[ \t]?){{1,6}},?[ \t]*(?:(?:n[º°o]|nr|д|буд|б)\.?[ \t]*|#[ \t]*)?{_NUM}"
        rf"(?:,?[ \t]+(?:Piso|Appartamento|Apt\.?|Puerta|Int\.?|Scala|Bajo|Esc\.?|Bl\.|Sc\.|Ap\.|Et\.|стр\.|к\.|кв\.|корп\.|"
        rf"оф\.)[ \t]*[\w/]+){{0,4}}",
        rf"(?<![\w])(?i:{_GRID})[ \t]+\d{{1,3}}[A-Z]?(?:[ \t]+(?:bis(?:[ \t]+[A-Z](?![\w]))?|sur|este|norte))?(?![\w])"
        rf"(?:[ \t]*(?:#|No\.?|N[º°])[ \t]*\d{{1,3}}[A-Z]?(?:-\d{{1,3}})?(?:[ \t]+(?:sur|este|norte))?)?",
        # Indian house numbers: "H.No. 93, Choudhury Marg", "Plot No. 12"
        rf"(?<![\w])(?:H\.[ \t]?No\.?|House[ \t]No\.?|Plot[ \t]No\.?|Door[ \t]No\.?|Flat[ \t]No\.?)[ \t]*{_NUM}"
        rf"(?:,[ \t]*(?:{_CAPW}[ \t]?){{1,3}}(?=,))?",
        # a name, a number, a postcode and a town: "Slovenčeva 107, 6221 Dutovlje", "Νάξου 239, 3056 ΛΕΜΕΣΟΣ"
        rf"(?<![\w])(?:{_CAPW}[ \t]){{0,3}}{_CAPW}[ \t]+{_NUM}\.?,[ \t]+(?={_POSTCODE}[ \t]+[{_U}])",
        rf"(?<![\w])\d{{1,5}}[A-Za-z]?[ \t]+(?:{_CAPW}[ \t]){{0,2}}{_CAPW},[ \t]+(?={_POSTCODE}[ \t]+[{_U}])",
        # compound street names and a number: "Ulf-Beckmann-Straße 724", "Síp utca 71."
        rf"(?P<c1>(?<![\w])(?:{_CAP}[ \t])?(?:{_CAP}[\- \t]?)?[{_U}][{_L}\-]{{2,}}(?i:{_COMPOUND})(?![{_L}])\.?[ \t]+{_NUM}\.?)",
        rf"(?<![\w])(?:{_CAP}[ \t]){{1,3}}(?i:{_COMPOUND}|u\.|krt\.|körút|sétány|köz)[ \t]+{_NUM}\.?",
        # a street named without its number: "rue de Baron", "Scheibegasse", "Pratt Street"
        rf"(?<![\w])(?i:{_STREET_WORDS})[ \t]+(?:{_NAMEWORD}[ \t]?){{0,4}}{_CAPW}",
        rf"(?<![\w])(?:{_CAPW}-){{0,3}}[{_U}][{_L}]+(?i:straße|strasse|gasse|weg|platz|allee|gracht|straat|laan|plein|"
        rf"vej|gade|gatan|vägen|veien|gata|katu|tie|kuja|polku|utca|ulica)(?![{_L}])",
        rf"(?<![\w])(?:[{_U}][{_L}]+-){{1,3}}(?i:straße|strasse|gasse|weg|platz|allee|ring|damm|steig)(?![{_L}])",
        rf"(?P<c2>(?<![\w]){_NUM}[ \t]+(?:{_CAPW}[ \t])?[{_U}][{_L}\-]{{2,}}(?i:{_COMPOUND})(?![{_L}]))",
        rf"(?<![\w])(?!(?:Wall|Main|High|Downing|Fleet|Bond|Oxford|Sesame|Abbey)[ \t])(?:{_CAPW}[ \t]){{1,2}}(?:Street|Avenue|Road|Boulevard|Lane|Drive|Court|Place|Square|Terrace|"
        rf"Close|Crescent|Gardens|Parade|Highway)(?![\w])",
        # a name with lower-case street words and a number, then a postcode and town after a comma or on the
        # next (quoted) line: "Tom Wilhelmsens vei 83, 3120 NØTTERØY", "Haugesmauet 22\n> 5005 BERGEN"
        rf"(?<![\w]){_CAP}(?:[ \t](?:{_CAP}|(?:{_LOWER_STREET}|{_PARTICLES}){_END})){{0,4}}[ \t]+{_NUM}\.?"
        rf"(?=(?:,[ \t]*|[ \t]*\n[ \t>]*)(?!(?:19|20)\d\d(?!\d)){_POSTCODE_AFTER}[ \t]+[{_U}])",
        # the street ahead of a postcode after a comma, with a number first: "040, Varkey Circle, Saharsa-643908"
        rf"(?<![\w])\d{{1,5}}[A-Za-z]?,[ \t]+(?:{_CAPW}[ \t]){{0,2}}(?:{_SUFFIXES})(?![\w])",
        # "Cued": a number and unknown words after an address cue ("lives at 63 Gdańska", "is at 29/96 Łanowa")
        rf"(?P<q1>(?<![\w\-/.,]){_NUM}(?:/\d{{1,4}})?[ \t]+{_CAPW}(?:[ \t]+(?:{_CAPW}|(?:{_PARTICLES}){_END})){{0,4}})",
        # a street without a number, placed by where it is: "the north side of Atkins Fall"
        rf"(?P<q2>(?<=side of )(?:{_CAPW}[ \t]?){{1,4}})",
]
# Run one by one (Python's re tries every alternative of one big pattern at every position: twice as slow),
# then read leftmost-first like the alternation would.
_STREET_EACH = [(re.compile(p), "compound" if "?P<c" in p else ("cued" if "?P<q" in p else ""), _STREET_WORDS in p)
                for p in [*_STREET_PARTS]]
#: the first word of every street word: the patterns made of them run only when one is in the text (they scan
#: a long alternation at every position)
_STREET_HEADS = frozenset(re.split(r"[^\w/]+", alt.replace("\\.", " ").replace("?", ""))[0].casefold()
                          for alt in _STREET_WORDS.split("|"))
_TOKEN = re.compile(r"[^\W\d_]+|c/")


def _streets(text: str) -> list[tuple[re.Match[str], str]]:
    """Street matches, non-overlapping, leftmost first, earlier shapes first: (match, kind), where the
    kind is "compound" (a compound word: not an everyday one), "cued" (only after an address cue) or ""."""
    heads = not _STREET_HEADS.isdisjoint(_TOKEN.findall(text.casefold()))
    found = sorted(((m.start(), k, m, kind) for k, (pat, kind, words) in enumerate(_STREET_EACH) if heads or not words
                    for m in pat.finditer(text) if kind != "cued" or _cued(text, m)), key=lambda c: (c[0], c[1]))
    out, last = [], -1
    for start, _, m, kind in found:
        if start >= last:
            out.append((m, kind))
            last = m.end()
    return out


#: what puts an address right after it: "lives at", "the restaurant is at", "moved to", "Address:"
_CUE_BEFORE = re.compile(
    r"(?i)(?:\b(?:lives?|living|located|situated|based|office|restaurant|shop|store|caf[ée]|hotel|clinic|warehouse|"
    r"meet(?:ing)?|stay(?:ing)?|moved?|moving|relocated|ship(?:ped)?|send|sent|deliver(?:ed)?|mail(?:ed)?|post(?:ed)?|"
    r"return(?:ed)?|forward(?:ed)?|drop(?:ped)?|find\s+(?:us|me|him|her|them))\b[^\n.!?;:]{0,24}\b(?:at|to|on)"
    r"|\baddress(?:\s+is)?\s*:?|\badresse\s*:?|\bplease\s+use)[ \t]+$"
)
_SIDE_BEFORE = re.compile(r"(?i)\b(?:north|south|east|west|far|other|opposite|near)(?:ern)?[ \t]+(?:side|end|corner)[ \t]+of[ \t]$")
_NOT_STREET = frozenset(
    "january february march april may june july august september october november december monday tuesday wednesday "
    "thursday friday saturday sunday am pm utc gmt cet est pst minutes hours days weeks months years percent".split()
)


def _cued(text: str, m: re.Match[str]) -> bool:
    """A "cued" street shape counts only after its cue, and when one of its words is no everyday word."""
    g = gazetteer()
    words = [w.casefold() for w in re.findall(rf"[{_U}][{_L}{_U}'’\-]*", m.group())]
    if not words or words[0] in _NOT_STREET or all(everyday(w) or w in g.countries for w in words):
        return False
    before = text[max(0, m.start() - 48) : m.start()]
    return bool(_SIDE_BEFORE.search(before) if m.lastgroup == "q2" else _CUE_BEFORE.search(before))
_POSTCODE_TOWN = re.compile(
    rf"^(?:(?:[A-Z]{{1,2}}-)?\d{{4,6}}(?:-\d{{3,4}})?|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d)(?:[ \t]?[A-Z]{{2}})?,?[ \t]+(?:{_TOWNWORD}[ \t\-]?){{1,5}}(?:[ \t]?\([A-Z]{{2}}\))?"
    rf"|^{_CAP}(?:[ \t\-]{_CAP}){{0,3}},[ \t]+(?:[A-Z]{{2,3}},?[ \t]+)?(?:\d{{4,5}}(?:-\d{{4}})?|[A-Z]{{1,2}}\d[A-Z\d]?[ \t]?\d[A-Z]{{2}})"
    rf"|^[A-Z]{{1,2}}\d[A-Z\d]?[ \t]?\d[A-Z]{{2}}(?:[ \t]+(?:{_CAP}[ \t]?){{1,4}})?"
    rf"|^\d{{4,5}},?[ \t]+{_CAP}(?:[ \t]{_CAP}){{0,3}}(?:[ \t]\([A-Z]{{2}}\))?"
    rf"|^\d{{2}}-\d{{3}}[ \t]+{_CAPW}(?:[ \t\-]{_CAPW}){{0,3}}"
    rf"|^\d{{3}}[ \t]\d{{2}}[ \t]+{_CAPW}(?:[ \t\-]{_CAPW}){{0,3}}(?:[ \t]\d{{1,2}})?"
    rf"|^{_CAPW}(?:[ \t]{_CAPW}){{0,3}}[ \t]+\d{{4,6}}$"
)
_UNIT_LINE = re.compile(r"^(?:Flat|Apt\.?|Apartment|Suite|Unit|Studio|Floor|Room|Building|Bldg\.?)[ \t]*[\w\-]+$",
                        re.IGNORECASE)
_SHORT_LINE = re.compile(rf"^(?:{_CAP})(?:[ \t\-](?:{_CAP}|\d{{3,6}}|(?:{_PARTICLES}){_END})){{0,3}}\.?$")
_UK_POSTCODE = (r"(?:[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}"  # UK
                r"|[AC-FHKNPRTV-Y]\d{2}[ \t]?[AC-FHKNPRTV-Y0-9]{4}|D6W[ \t]?[AC-FHKNPRTV-Y0-9]{4})"  # Irish Eircode
                r"(?![A-Za-z0-9])")
_TAIL = re.compile(
    rf",?[ \t]+(?:(?:Apt\.?|Suite|Unit|Flat|Piso|Appartamento)[ \t]*\w+,?[ \t]+)?"
    rf"(?:(?:Apt\.?|Apartment|Suite|Ste\.?|Unit|Flat|Piso|Appartamento|Ap\.)[ \t]*[\w\-]*\d[\w\-]*(?=[ \t]*(?:$|\n|[,;.]))"
    rf"|\d{{5,6}}(?=[ \t]*(?:$|[.;\n]))"  # a postcode closing the address: "…, д. 241, 434627."
    rf"|{_UK_POSTCODE}(?:[ \t]+(?:{_CAP}[ \t]?){{1,3}})?"
    rf"|(?:(?:[A-Z]{{1,2}}-)?\d{{4,6}}(?:-\d{{3,4}})?|\d{{2}}-\d{{3}}|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d)(?:[ \t][A-Z]{{2}})?[ \t]+(?:{_TOWNWORD}[ \t\-]?){{1,5}}"
    rf"|\d{{3}}(?:[ \t]\d{{2}})?[ \t]+(?:{_TOWNWORD}[ \t\-]?){{1,4}}"
    rf"|(?<!\.[ \t]){_CAPW}(?:[ \t\-]{_CAPW}){{0,3}}(?:,?[ \t]+[A-Z]{{2,3}}(?![A-Za-z0-9]))?"
    rf"(?:(?:,?[ \t]+|-)(?:\d{{4,6}}(?:-\d{{4}})?|{_UK_POSTCODE}|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d))?)"  # a town (not after "St. ")
)
#: a postcode of 5-7 digits closing an address after a comma (RU/KZ 6, IL 7), not an amount of something
_CLOSING_POSTCODE = re.compile(r",[ \t]*\d{5,7}(?![\w\-%/]|[.,]\d)(?![ \t]*(?:units?|people|persons|users|customers|"
                               r"items|pcs|copies|times|km|miles|m2|sq|visitors|employees|staff|euros?|dollars?|usd|eur)\b)",
                               re.IGNORECASE)
_UNIT_BEFORE = re.compile(r"(?:Apt\.?|Apartment|Unit|Flat|Suite|Studio|Piso|Appartamento)[ \t]*[\w\-]+,?[ \t]+$", re.IGNORECASE)
_CA_POSTCODE = r"[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z][ \t]?\d[ABCEGHJ-NPRSTV-Z]\d(?![A-Za-z0-9])"  # Canada Post's letters
_NUMBER_MARK_BEFORE = re.compile(r"(?<![\w])(?:Nr|No|N[º°])\.?[ \t]?$")
_LONE_POSTCODE = re.compile(rf"(?<![\w\-.,/:])(?:{_UK_POSTCODE}|{_CA_POSTCODE}|\d{{4,6}}(?:-\d{{3,4}})?|\d{{3}}[ \t]\d{{2}})"
                            rf"(?![\w\-%/:]|[.,]\w)")  # "is 3677." ends a sentence; "3677.5" is a number
_BARE_POSTCODE = re.compile(rf"(?:[A-Z]{{1,2}}-)?\d{{4,6}}(?:-\d{{3,4}})?(?:[ \t]?[A-Z]{{2}})?|{_UK_POSTCODE}")
_NUMBERED_LINE = re.compile(rf"^(?:{_CAPW}[ \t]){{0,3}}{_CAPW}[ \t]+{_NUM}\.?$|^{_NUM}[ \t]+(?:{_CAPW}[ \t]?){{1,4}}$")
_NAMED_STREET_LINE = re.compile(rf"^(?:{_CAP}[ \t]){{1,3}}(?:{_SUFFIXES})\.?$")
#: a line that announces an address block below it
_HEADER_LINE = re.compile(r"(?i)(?:\b(?:address|adresse|dirección|indirizzo|anschrift|ship(?:ping)? to|deliver(?:y)? to|"
                          r"send (?:it )?to|mail to|bill(?:ing)? to|post to)\b[^\n]{0,12}:?\s*$)")
_QUOTE = re.compile(r"^[ \t]*(?:(?:>|[-*•·?]{1,3}(?=[ \t]))[ \t]?)*")


#: a postcode at the end of a country line: "Egypt 7489 IY", "Gabon 17209-307", "Turks and Caicos Islands 80875969"
_COUNTRY_CODE_TAIL = re.compile(r",?[ \t]+(?P<code>(?:[A-Z]{1,2}-)?\d{2,8}(?:-\d{3,4})?(?:[ \t]?[A-Z]{2})?|\d{3}[ \t]\d{2}"
                                r"|[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d)[ \t.]*$")
#: a three-digit postcode and a town, inside a block only (Iceland, Faroe, Madagascar...): "208 Álftanes"
_POSTCODE3_TOWN = re.compile(rf"^\d{{3}}[ \t]+{_CAPW}(?:[ \t\-]+(?:{_CAPW}|(?:{_PARTICLES}|[{_L}]{{1,3}}){_END})){{0,4}}$")


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


#: a postcode after its own label, in any national shape: "billing postcode 941", "postcode=9543850",
#: "zip code is 85-241", "CEP 01310-100", "PLZ: 10115", "〒100-0001", "postal code K1A 0B1"
_LABELLED_POSTCODE = re.compile(
    r"(?:(?i:\b(?:post(?:al)?[ \t]?code|zip(?:[ \t]?code)?|postleitzahl|code[ \t]postal|c[óo]digo[ \t]postal|"
    r"pin[ \t]?code|postnummer|postinumero|irányítószám|kod[ \t]pocztowy|postcode)\b)|\b(?:PLZ|CEP|CAP|NPA|PSČ|C\.P\.)|〒)"
    r"[ \t]*(?:(?:is|was|of|=|:|#|-|no\.?)[ \t]*){0,2}"
    rf"(?P<code>{_UK_POSTCODE}|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d|(?:[A-Z]{{1,2}}-)?\d{{2,8}}(?:[ \-]\d{{2,4}})?(?:[ \t]?[A-Z]{{2}})?)"
    r"(?![\w\-/]|[.,]\d)"
)
#: a town and its postcode in a sentence, after a place word: "in Oldebroek 7251UA", "in HARJAVALTA 29200"
_TOWN_POSTCODE = re.compile(
    rf"(?<=\b(?:in|at|to) )(?P<town>{_CAPW}(?:[ \t\-](?:{_CAPW}|(?:{_PARTICLES}){_END})){{0,3}})[ \t]+"
    r"(?P<code>(?!(?:19|20)\d\d(?![\w\-]))\d{4,6}(?:-\d{3})?(?:[ \t]?[A-Z]{2})?|\d{2}-\d{3}|\d{3}[ \t]\d{2}"
    r"|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d)(?![\w\-%/]|[.,]\d)"
)
_NOT_TOWN = frozenset(
    "room rooms page section chapter figure fig table version v release build stock order invoice ticket case unit "
    "units level floor gate terminal hall block lot row column step phase item model year week day quarter q1 q2 q3 "
    "q4 total sales revenue budget batch box".split()
)
#: a table header cell that names the postcode column
_POSTCODE_HEADER = re.compile(r"(?i)^\W*(?:post(?:al)?[ \t_]?code|zip(?:[ \t_]?code)?|plz|postleitzahl|cep|cap|npa|"
                              r"code[ \t_]postal|c[óo]digo[ \t_]postal|pin[ \t_]?code|postnummer)\W*$")
_CELL_POSTCODE = re.compile(rf"(?:{_UK_POSTCODE}|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d|(?:[A-Z]{{1,2}}-)?\d{{3,8}}(?:[ \-]\d{{2,4}})?"
                            r"(?:[ \t]?[A-Z]{2})?)")


def table_postcodes(text: str) -> list[tuple[int, int]]:
    """Postcode cells: under a header that names them, or, in a row with an e-mail address, right after a
    cell that is a town (capitalised words, no digits): "| Árna Vermundsson | Þingeyri | 272 | arna@… |"."""
    out: list[tuple[int, int]] = []
    pos, header = 0, None
    for line in text.split("\n"):
        sep, cells = table_cells(line)
        if not sep:
            header = None
        elif header is not None and header[0] == sep:
            for k, (a, b) in enumerate(cells):
                if k in header[1] and _CELL_POSTCODE.fullmatch(line[a:b]) and any(c.isdigit() for c in line[a:b]):
                    out.append((pos + a, pos + b))
        else:
            columns = {k for k, (a, b) in enumerate(cells) if _POSTCODE_HEADER.match(line[a:b])}
            if columns:
                header = (sep, columns)
            elif "@" in line:
                for k in range(1, len(cells)):
                    a, b = cells[k]
                    pa, pb = cells[k - 1]
                    if _CELL_POSTCODE.fullmatch(line[a:b]) and any(c.isdigit() for c in line[a:b]) and re.fullmatch(
                            rf"{_CAPW}(?:[ \t\-]+(?:{_CAPW}|(?:{_PARTICLES}|[{_L}]{{1,3}}){_END})){{0,3}}", line[pa:pb]):
                        out.append((pos + a, pos + b))
        pos += len(line) + 1
    return out


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

    def analyze(self, text, entities, nlp_artifacts=None) -> list[RecognizerResult]:  # noqa: D102
        lines = _lines(text)
        out = []
        g = gazetteer()
        for m, kind in _streets(text):
            start, end = m.start(), m.end()
            if kind == "compound":
                words = re.findall(rf"[{_U}][{_L}]+", m.group())
                if words and all(w.casefold() in g.words for w in words):
                    continue  # "During 2001", "Spring 2024": an everyday word, not a street
            while end > start and text[end - 1] in " ,":
                end -= 1
            for _ in range(2):  # ", 12220 Lembah Baru, Pulau Pinang": a town, then its region
                tail = _TAIL.match(text, end, end + 80)
                if not tail or not tail.group().strip(" ,"):
                    break
                end += len(tail.group().rstrip(" ,"))
            closing = _CLOSING_POSTCODE.match(text, end, end + 24)
            if closing:
                end = closing.end()  # "бул. Ключевой, д. 87, 642689 before noon", "טביב 89, …, 2614196"
            unit = _UNIT_BEFORE.search(text[max(0, start - 24) : start])
            if unit:
                start -= len(unit.group())  # "Apt. 743 1 Johnson Arcade"
            mark = _NUMBER_MARK_BEFORE.search(text[max(0, start - 6) : start])
            if mark and text[start : start + 1].isdigit():
                start -= len(mark.group())  # "Nr. 20 Strada Morii"
            start, end = self._grow(text, lines, start, end)
            out.append(self._result(start, end, 0.7))
        for i, (s, e) in enumerate(lines):  # "Bell Common" between a flat line and a postcode line
            if (_NAMED_STREET_LINE.match(text[s:e]) or _NUMBERED_LINE.match(text[s:e])) and not country_line(text[s:e])[0] and (
                    (i > 0 and _UNIT_LINE.match(text[lines[i - 1][0] : lines[i - 1][1]]))
                    or (i > 0 and _HEADER_LINE.search(text[lines[i - 1][0] : lines[i - 1][1]]))
                    or (i + 1 < len(lines) and self._block_below(text, lines, i))):
                start, end = self._grow(text, lines, s, e)
                out.append(self._result(start, end, 0.7))
        for m in _LABELLED_POSTCODE.finditer(text):
            out.append(self._result(m.start("code"), m.end("code"), 0.65))
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
            shaped = re.fullmatch(_UK_POSTCODE, m.group()) or re.fullmatch(_CA_POSTCODE, m.group())
            out.append(self._result(m.start(), m.end(), 0.55 if shaped else 0.3))
        for s, e in lines:  # a postcode and town on a line of their own
            m = _POSTCODE_TOWN.match(text[s:e])
            if m and m.end() == e - s and any(c.isdigit() for c in m.group()):
                out.append(self._result(s, e, 0.45))
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
        while j < len(lines) and j <= idx + 3:
            s, e = lines[j]
            line = text[s:e]
            if not line.strip() and j + 1 < len(lines) and j < idx + 3:
                j += 1  # one blank line inside a block ("Cardoso da Mata\n\n Turks and Caicos Islands 8087")
                continue
            if country_line(line)[0]:
                break  # the country stays; its postcode is found on its own
            town = _town_line(text, lines, j) or (bare_postcode and _SHORT_LINE.match(line.strip(" ,."))) or (
                after_postcode and _region_line(line))
            if not line or not (_POSTCODE_TOWN.match(line) or _POSTCODE3_TOWN.match(line) or _UNIT_LINE.match(line)
                                or _BARE_POSTCODE.fullmatch(line.strip()) or town):
                break
            bare_postcode = bool(_BARE_POSTCODE.fullmatch(line.strip()))
            after_postcode = bool(_POSTCODE_TOWN.match(line) or _POSTCODE3_TOWN.match(line))
            end = e
            j += 1
        # up: a flat or unit line just before the street
        k = next((i for i, (s, e) in enumerate(lines) if s <= start <= e), 0)
        if k > 0:
            s, e = lines[k - 1]
            if _UNIT_LINE.match(text[s:e]):
                start = s
        return start, end

    def _result(self, start: int, end: int, score: float) -> RecognizerResult:
        return RecognizerResult(
            "ADDRESS", start, end, score,
            analysis_explanation=AnalysisExplanation(type(self).__name__, score),
            recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                  RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id},
        )
