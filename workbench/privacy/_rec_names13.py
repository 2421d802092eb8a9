"""Round thirteen (PN, issue 15): a person's name by the slot a record gives it, in any language and any format.

Rounds four to twelve read names by word lists and by the seen splits' layouts; on a split from new countries
(HELD-OUT-13) the names leaked where neither reached: a label in another language ("Nom : X", "Prénom : Y"), a
record format's own name slots (HL7 ``PID|...|FAMILY^GIVEN^MIDDLE``, EDIFACT ``NAD+..+FAMILY:GIVEN``), a surname in
capitals before a given name that no list holds ("HOMIER Seraphine"). None of these needs to know the name's
origin; each needs the structure. Three readers, all through ``NameShapeRecognizer`` (:func:`names`):

* **A label that says "name"** (:func:`labelled`): a form line's label, a JSON / YAML / XML / log key, whose words
  are a person's label in some language (``data/person_labels13.txt``: nombre, apellidos, prénom, Vorname, navn,
  фамилия, ФИО, аты-жөні, нэр, nama, họ tên, ...; a key's words split at ``_``, ``-`` and camelCase:
  ``nombre_completo``, ``fullName``, ``patient_surname``), then its value to the field's end, taken whole whatever
  its words: capitalised or ALL-CAPS words, particles, initials, at most six words. A key that names a thing as well
  ("file_name", "nom du fichier", "company name") is no person's; a value that is every word an English everyday
  word no list holds as a name ("Nom : Standard Plan") is left.
* **Record formats** (:func:`record_slots`): HL7 v2 person fields (PID-5/6/9, NK1-2, GT1-3, IN1-16 as
  ``family^given^middle``; PV1-7/8/9/17, ORC-12, OBR-16 as ``id^family^given``) and EDIFACT ``NAD`` party names
  (C080, ``:``-separated) and ``CTA`` contact names.
* **An initial and a Cyrillic given name** at a field's start ("Б. Оюунчимэг илгээсэн", "Хүлээн авсан: Г. Төмөр"),
  where no surname ending says so; "Приложение А. Список" (the initial after a word) stays.
* **SURNAME Given** anywhere (:func:`caps_pairs`): a word in capitals (four letters or more, vowels in it, or a
  listed surname) that is no everyday word, place, country, organisation word, acronym or heading word, directly
  before a capitalised word that is a listed given name or no everyday word at all ("Beneficiary HOMIER Seraphine
  received"), neither word in a run of capitals (a heading).

The other half, labels that are no names (a form's "Fødselsdato:", "Cuenta:" read as PERSON), is ``_over13``.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from importlib import resources

from ._gazetteer import everyday, gazetteer, role_words

_LETTER = r"[^\W\d_]"
#: one word of a name value: capitalised, ALL CAPS, with marks, apostrophes, hyphens; or an initial
_VWORD = (r"(?:[A-ZÀ-ÖØ-ÞĀ-ſƏА-ЯЁЇІЄҐЎЈЉЊЋЂЅЏӘҒҚҢӨҰҮҺӀΑ-Ω\u0590-\u06ff\u0530-\u058f\u10a0-\u10ff]"
          r"[^\W\d_]*(?:[\u0300-\u036f][^\W\d_]*)*(?:['’.-][^\W\d_]+)*\.?)")
_PARTICLE = r"(?:de|da|do|dos|das|del|de la|della|di|du|van|von|der|den|ter|ten|bin|binti|bint|ibn|al|el|la|le|y|e|ould|ag)"
_VALUE = rf"{_VWORD}(?:,?[ \t]+(?:{_PARTICLE}[ \t]+)?{_VWORD}){{0,5}}"
#: a form line: label (one to four words), optional bracket, colon / equals (French spacing too), the value
_LINE = re.compile(rf"^[ \t>*•·-]*(?P<label>{_LETTER}[\w'’.ʼ-]*(?:[ \t/]+{_LETTER}[\w'’.ʼ-]*){{0,3}})[ \t]*"
                   rf"(?:\([^)\n]{{0,20}}\)[ \t]*)?[:：=][ \t]*(?P<value>{_VALUE})[ \t]*(?=$|[|\t;]|\s[-–—]\s|\s{{2}}|,\s)",
                   re.MULTILINE)
#: a dotted leader: "Nom du titulaire ........ X"
_LEADER = re.compile(rf"^[ \t]*(?P<label>{_LETTER}[\w'’.ʼ-]*(?:[ \t]+[\w'’.ʼ-]+){{0,3}})[ \t]*(?:\.{{3,}}|…+|_{{3,}})"
                     rf"[ \t]*(?P<value>{_VALUE})[ \t]*$", re.MULTILINE)
#: a key and its string value: "key": "value", key: 'value', key="value", <key>value</key>
_QUOTED_KEY = re.compile(r"[\"'](?P<label>[\w .-]{2,40})[\"'][ \t]*[:=][ \t]*[\"'](?P<value>[^\"'\n]{1,80})[\"']")
_ATTR_KEY = re.compile(r"(?<![\w-])(?P<label>[A-Za-z_][\w.-]{1,40})=[\"'](?P<value>[^\"'\n]{1,80})[\"']")
_XML_KEY = re.compile(r"<(?P<label>[A-Za-z_][\w.:-]{1,40})(?:[ \t][^>\n]*)?>(?P<value>[^<>\n]{1,80})</(?P=label)>")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
#: words of a key or label that make it name a thing, not a person
_THING = frozenset(
    "file files fichier fichero archivo datei bestand host hostname server app application product products producto "
    "produit produkt item article company companies empresa entreprise société societe firma firm organisation "
    "organization org business brand marque marca model modèle modelo project projet proyecto table tabla column "
    "colonne field champ campo street rue calle via straße strasse city ville ciudad town village district region "
    "country pays país bank banque banco branch sucursal agence shop store tienda magasin event événement evento pet "
    "user username login screen domain device printer queue topic team équipe equipo group groupe grupo role job "
    "course curso cours package module class method function variable tag label category catégorie categoría plan "
    "service servicio account_type type tipo color colour display_name nickname alias handle brand_name trade "
    "commercial comercial razón razon social raison sociale entity entidad entité school école escuela hospital "
    "hôpital clinic clinique farm ferme finca vessel ship navire barco boat flight vol vuelo route project_name "
    "product_name song track album artist band movie film book libro livre title titre título dataset database "
    "schema index bucket cluster node pod image container repo repository branch_name".split())
_STOP_VALUE = frozenset("n/a na none unknown tbd tbc same nil null pending test example sample anonymous".split())


def _fold(text: str) -> str:
    return unicodedata.normalize("NFC", text).casefold().strip().strip(".").replace("’", "'")


def _plain(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


@functools.lru_cache(maxsize=1)
def person_labels() -> frozenset[str]:
    """The person labels of ``data/person_labels13.txt``, case-folded, with and without their marks."""
    raw = resources.files(__package__).joinpath("data/person_labels13.txt").read_text(encoding="utf-8")
    out: set[str] = set()
    for line in raw.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.add(_fold(line))
            out.add(_plain(_fold(line)))
    return frozenset(out)


def _key_words(label: str) -> list[str]:
    """'nombre_completo' -> ['nombre', 'completo']; 'fullName' -> ['full', 'name']; 'Nom de famille' -> 3 words."""
    label = _CAMEL.sub(" ", label.strip())
    return [w for w in re.split(r"[\s_.:/-]+", _fold(label)) if w]


def person_label(label: str) -> bool:
    """A label or key that names a person's name slot in some language ("Apellidos", "nombre_completo", "ФИО",
    "customerFullName"), and no thing's ("file_name", "nom du fichier", "company name")."""
    words = _key_words(label)
    if not words or len(words) > 5:
        return False
    labels = person_labels()
    whole = " ".join(words)
    if whole in labels or _plain(whole) in labels:
        return True
    if any(w in _THING for w in words) or "_".join(words) in _THING:
        return False
    # a compound key: a person word and a name word ("patient_surname", "nombre_cliente", "client_nom")
    heads = [w for w in words if w in labels or _plain(w) in labels]
    return bool(heads) and any(len(h) > 2 for h in heads) and len(words) <= 4


def _value_ok(value: str) -> bool:
    words = [w.strip(",.") for w in value.split() if w.strip(",.")]
    if not words or _fold(value) in _STOP_VALUE or len(words) > 6:
        return False
    if any(ch.isdigit() or ch in "@/\\{}<>=" for ch in value):
        return False
    from ._rec_names import _ORG_WORDS

    g = gazetteer()
    low = [w.casefold() for w in words]
    if any(w in _ORG_WORDS for w in low):
        return False
    if not any(ch.isupper() for ch in value):
        return False  # "nombre: pendiente"
    from ._rec_tagger import common_words

    letters = [w for w in low if len(w) > 1]
    common = common_words()
    if letters and all(everyday(w) for w in letters) and not value.isupper() and any(w in common for w in letters) \
            and not any(w in g.given and w not in common for w in letters):
        return False  # "Nom : Standard Plan", "Name: Support"; not "Prénom : Seraphine" (a rare Webster's word)
    return not all(w in g.countries or w in g.cities for w in low)


def labelled(text: str) -> list[tuple[int, int, float]]:
    """(start, end, score) of the values of person labels and keys (module docstring)."""
    out: list[tuple[int, int, float]] = []
    if ":" in text or "=" in text or "：" in text:
        for m in _LINE.finditer(text):
            if person_label(m.group("label")) and _value_ok(m.group("value")):
                out.append((m.start("value"), m.end("value"), 0.9))
    if "..." in text or "…" in text or "___" in text:
        for m in _LEADER.finditer(text):
            if person_label(m.group("label")) and _value_ok(m.group("value")):
                out.append((m.start("value"), m.end("value"), 0.9))
    for rx, gate in ((_QUOTED_KEY, ('"', "'")), (_ATTR_KEY, ('="', "='")), (_XML_KEY, ("</",))):
        if not any(g in text for g in gate):
            continue
        for m in rx.finditer(text):
            value = m.group("value").strip()
            if person_label(m.group("label")) and _value_ok(value) and re.fullmatch(_VALUE, value):
                s = m.start("value") + m.group("value").index(value)
                out.append((s, s + len(value), 0.9))
    return out


# -- record formats ------------------------------------------------------------------------------------------------
#: HL7 v2: segment -> fields holding an XPN (family^given^middle) / an XCN (id^family^given^middle)
_HL7_XPN = {"PID": (5, 6, 9), "NK1": (2,), "GT1": (3,), "IN1": (16,), "IN2": (7,), "MRG": (7,)}
_HL7_XCN = {"PV1": (7, 8, 9, 17), "ORC": (10, 11, 12), "OBR": (16, 28, 32), "TXA": (5, 9, 10), "ROL": (4,)}
_HL7_LINE = re.compile(r"^[ \t]*(PID|NK1|GT1|IN1|IN2|MRG|PV1|ORC|OBR|TXA|ROL)\|[^\n]*", re.MULTILINE)
_NAME_COMP = re.compile(rf"{_VWORD}(?:[ \t'’-]+{_VWORD}){{0,3}}")
_EDI_LINE = re.compile(r"(?:^|['\n])[ \t]*(NAD|CTA)\+([^'\n]*)")


def _components(text: str, start: int, field: str, first: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    pos = start
    for k, comp in enumerate(field.split("^")):
        if first <= k < first + 3 and _NAME_COMP.fullmatch(comp.strip()) and not any(ch.isdigit() for ch in comp):
            at = pos + comp.index(comp.strip())
            out.append((at, at + len(comp.strip())))
        pos += len(comp) + 1
    return out


def record_slots(text: str) -> list[tuple[int, int, float]]:
    """(start, end, score) of the names in HL7 v2 person fields and EDIFACT NAD / CTA party names."""
    out: list[tuple[int, int, float]] = []
    if "|" in text and "^" in text:
        for m in _HL7_LINE.finditer(text):
            seg = m.group(1)
            fields = m.group().split("|")
            pos = m.start() + m.group().index(seg)
            offsets = []
            for f in fields:
                offsets.append(pos)
                pos += len(f) + 1
            for idx in _HL7_XPN.get(seg, ()):
                if idx < len(fields):
                    out += [(s, e, 0.9) for s, e in _components(text, offsets[idx], fields[idx], 0)]
            for idx in _HL7_XCN.get(seg, ()):
                if idx < len(fields):
                    out += [(s, e, 0.9) for s, e in _components(text, offsets[idx], fields[idx], 1)]
    if "NAD+" in text or "CTA+" in text:
        for m in _EDI_LINE.finditer(text):
            elems = m.group(2).split("+")
            pos = m.start(2)
            for k, elem in enumerate(elems):
                # NAD+qualifier+party id+name and address+party name+street...: C080 is the fourth element after NAD;
                # CTA+function+contact (id:name): the name is the second component of the second element
                wanted = (m.group(1) == "NAD" and k == 3) or (m.group(1) == "CTA" and k == 1)
                if wanted:
                    cpos = pos
                    for j, comp in enumerate(elem.split(":")):
                        c = comp.strip()
                        if c and (m.group(1) == "NAD" or j == 1) and _NAME_COMP.fullmatch(c) \
                                and not any(ch.isdigit() for ch in c):
                            at = cpos + comp.index(c)
                            out.append((at, at + len(c), 0.9))
                        cpos += len(comp) + 1
                pos += len(elem) + 1
    return out


# -- SURNAME Given ------------------------------------------------------------------------------------------------
_CAPS_PAIR = re.compile(r"(?<![\w'’.@/#-])(?P<caps>[A-ZÀ-ÖØ-Þ]{2,}(?:['’-][A-ZÀ-ÖØ-Þ]{2,})?)[ \t]+"
                        r"(?P<given>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:[-'’][A-ZÀ-ÖØ-Þ]?[a-zß-öø-ÿ]+)?)"
                        r"(?P<more>[ \t]+[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?(?![\w'’@-])")
_VOWELS = frozenset("AEIOUYÀÁÂÃÄÅÆÈÉÊËÌÍÎÏÒÓÔÕÖØÙÚÛÜÝ")


def _caps_ok(word: str) -> bool:
    from ._rec_names import _CAPS_STOP, _LANGUAGES, _MONTHS, _ORG_WORDS

    g = gazetteer()
    low = word.casefold()
    if low in _CAPS_STOP or low in _ORG_WORDS or low in _LANGUAGES or low in _MONTHS:
        return False
    if low in g.countries or low in g.cities or low in g.regions:
        return False
    vowels = sum(c in _VOWELS for c in word)
    if low in g.surnames and not everyday(low):
        return vowels > 0
    return len(word) >= 4 and vowels >= 2 and not everyday(low) and low not in role_words()


def _given_ok(word: str) -> bool:
    from ._rec_names import _NOT_NAMES, _ORG_WORDS

    g = gazetteer()
    low = word.casefold()
    if low in _NOT_NAMES or low in _ORG_WORDS or low in role_words() or low in g.countries or low in g.cities:
        return False
    if low in g.given:
        return True
    if low in g.towns or low in g.regions or len(low) < 3:
        return False
    from ._rec_tagger import common_words

    return not everyday(low) or len(low) >= 5 and low not in common_words()  # "Seraphine": a rare Webster's word


def caps_pairs(text: str) -> list[tuple[int, int, float]]:
    """(start, end, score) of "SURNAME Given" pairs in running text (module docstring)."""
    out: list[tuple[int, int, float]] = []
    for m in _CAPS_PAIR.finditer(text):
        before = text[max(0, m.start() - 40): m.start()]
        prev = re.search(r"(\S+)[ \t]+$", before)
        if prev and prev.group(1).strip(",:;").isupper() and len(prev.group(1).strip(",:;")) > 1:
            continue  # "URGENT NOTICE Payment": a heading in capitals
        if not _caps_ok(m.group("caps")) or not _given_ok(m.group("given")):
            continue
        end = m.end("given")
        more = m.group("more")
        if more and _given_ok(more.strip()) and (more.strip().casefold() in gazetteer().given
                                                 or more.strip().casefold() not in gazetteer().words):
            end = m.end("more")
        out.append((m.start("caps"), end, 0.75))
    return out


#: an initial and a Cyrillic given name at a field's start ("Б. Оюунчимэг", a Mongolian patronymic initial): the
#: initial opens the line or follows a colon, comma, bracket or dash ("Приложение А. Список" follows a word)
_CYR_INITIAL = re.compile(r"(?:^|(?<=[:,(—–-])|(?<=[:,(—–-][ \t]))[ \t]*([А-ЯЁӨҮҚҒҢӘҰІ]\.[ \t]?[А-ЯЁӨҮҚҒҢӘҰІ][а-яёөүқғңәұіһ]{3,}"
                          r"(?:-[А-ЯЁӨҮҚҒҢӘҰІ][а-яёөүқғңәұіһ]+)?)(?=$|[ \t]+[а-яёөүқғңәұіһ]|[ \t]*[,;.)])", re.MULTILINE)


def names(text: str) -> list[tuple[int, int, float]]:
    """(start, end, score) of every name the module docstring's readers find; cheap gates first."""
    out = labelled(text)
    if "." in text and re.search("[А-Яа-я]", text):
        out += [(m.start(1), m.end(1), 0.8) for m in _CYR_INITIAL.finditer(text)]
    if "|" in text or "NAD+" in text or "CTA+" in text:
        out += record_slots(text)
    if re.search(r"[A-ZÀ-ÖØ-Þ]{2}", text):
        out += caps_pairs(text)
    return out


_TRAIL_LOWER = re.compile(r"(?:[ \t]+[a-zß-öø-ÿ][^\W\d_]*)+$")
_PARTICLES = frozenset("de da do dos das del della di du van von der den ter ten bin binti bint ibn al el la le y e "
                       "ould ag ben bat "
                       # lower-case patronymic words after a name (Azerbaijani, Turkish, Kyrgyz, Uzbek, Kazakh)
                       "oğlu oglu ogly qızı qizi kızı kizi uulu kyzy ugli uly ulı kyzy ұлы қызы улы кызы".split())


def trim(text: str, spans: list[list]) -> None:
    """A PERSON span that runs on into lower-case words ("M. AILLEBOUST Babette est convoqué", spaCy on French text)
    ends at its last capitalised word, in place; a particle stays a name's ("Ana de"), a span in lower case all
    through (a chat's "ping mere") is left whole."""
    for span in spans:
        if span[2] != "PERSON" or span[4] != 1 or span[5] is not None:
            continue
        value = text[span[0]:span[1]]
        if not any(c.isupper() for c in value) or "\n" in value:
            continue
        m = _TRAIL_LOWER.search(value)
        if not m or m.start() == 0:
            continue
        words = m.group().split()
        g = gazetteer()
        if any(w.casefold() in g.given or w.casefold() in g.surnames for w in words):
            continue  # "Mele tuipulotu" in a chat: a lower-case name part stays
        keep = 0
        while keep < len(words) and words[keep] in _PARTICLES:
            keep += 1
        if keep == len(words):
            continue
        cut = value[:m.start()].rstrip()
        if any(c.isupper() for c in cut):
            span[1] = span[0] + len(cut)
    from ._over14 import trim as trim14

    trim14(text, spans)  # round fourteen (PT): fields, column gaps, digits and shorthand at a PERSON span's edges
