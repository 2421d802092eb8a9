"""Round thirteen (PS, issue 15): identity, tax and register numbers of schemes nobody wrote, by how labels are BUILT.

Every pristine split brought ids of new countries behind label words nobody listed ("RNC", "Registration no.",
"Kode pribadi", "Номер документа", "Broj lične karte", "doc=") and in records nobody wrote a slot for. Rounds nine to
twelve listed schemes, stems and slots; this module reads the shape of a label in any language instead:

* **A number word with a qualifier**: a label of one to five words that holds a word for "number" or "code" in any
  of about forty languages (``NUMBER_WORDS``, or a compound ending in one: "Steuernummer", "henkilötunnus") beside
  another word that is no business, phone or measure word ("Registration no.", "Kode pribadi", "Номер документа",
  "Código de contribuyente"); a number word alone ("Number:", "Nº") counts only in a record that names a person.
* **An id word**: a stem that names a document, a register or a taxpayer in any language (``ID_STEMS``: doc,
  regist, matric, ident, fiscal, cédula, contribuy, kimlik ...) as a key ("doc=", "Matricule:", ``"national_id":``).
* **A scheme's own name**, from python-stdnum's docstrings (``data/id_labels13.txt``, ``bench/ps_id_labels13.py``):
  its acronyms as whole words, case-sensitive ("RNC", "CPJ", "ICE", "PTIN", "ONRC", "ИНН"), and its name in its
  language ("registro nacional del contribuyente", "vergi kimlik numarası").
* **A record that names a person**: a JSON object, YAML block, XML element, HL7 segment, delimited row or short
  line with a name key (name, holder, nombre, имя, 姓名 ...) or a run of two to four capitalised words that are no
  everyday words, and an id-shaped value of seven digits or more (or a letters-and-digits code) whose own key, if
  it has one, claims nothing.

The label may stand before the value on its line (with the holder's name between: "The tax number of Ana Lind is
…", "Ana Lind's Kode pribadi (…)"), on the line above, or head its table column. Never a date, a time, an amount,
a version, a ticket's or product's key, a count ("1204331 rows"), nor a number a business, phone or measure word
claims ("Order no.", "number of rows", "Part no.").
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

from presidio_analyzer import AnalysisExplanation, LocalRecognizer, RecognizerResult

from . import _rec_ids11, _rec_ids12
from ._checks import BUSINESS_ID_WORDS, column_header

_DATA = Path(__file__).with_name("data") / "id_labels13.txt"

#: "number" / "code" in the languages of Europe, the Americas, Africa, Central and South-East Asia (whole words)
NUMBER_WORDS = frozenset((
    "number", "numbers", "no", "nos", "nr", "nro", "num", "nº", "n°", "no.", "nr.", "#", "№", "code", "id",
    "numéro", "numero", "número", "numeros", "números", "nummer", "numer", "numeris", "numurs", "nomor", "nombor",
    "numri", "nambari", "số", "mã", "kod", "kode", "kods", "kodas", "kood", "kodu", "código", "codigo", "codice",
    "cod", "codul", "tunnus", "číslo", "cislo", "čísla", "številka", "stevilka", "szám", "szam", "broj", "brojot",
    "номер", "нөмір", "нөмер", "дугаар", "број", "код", "αριθμός", "αριθμος", "αριθ", "αρ", "numarası", "numarasi",
    "no'", "raqami", "raqam", "nömrəsi", "nomresi", "rakam", "rəqəm", "matricule", "matrícula", "matricola",
))
#: number words that also head business codes ("Project code", "budget code", "error ID"): a label with a qualifier only
_CODE_WORDS = frozenset("code id # kod kode kods kodas kood kodu código codigo codice cod codul код".split())
#: compounds ending in a number word ("Steuernummer", "henkilötunnus", "isikukood", "personnummer")
_NUMBER_SUFFIX = re.compile(r"(?i)(?:nummer|numero|número|number|numer|tunnus|kood|kods|kodas|numurs|numeris|"
                            r"številka|számú?|номер|broj)$")
#: stems that name a document or a register outright, in any language (a word's start): a key on their own
DOC_STEMS = (
    "doc", "dokument", "regist", "rejestr", "registr", "regj", "matric", "ident", "идент", "ідент", "іден",
    "cédula", "cedula", "cedul", "passport", "pasaport", "паспорт", "pasoš", "pasos", "licen", "permis", "kimlik",
    "удостовер", "регистр", "бүртг", "документ", "докум", "kennit", "burgerserv", "ausweis", "carnet", "identy", "contribu", "taxpayer",
)
#: stems that qualify a number word ("tax no.", "personal code", "Kode pribadi"): a label only with one
QUALIFIER_STEMS = (
    "fiscal", "fisc", "tax", "steuer", "vergi", "налог", "податк", "даноч", "davč", "daň", "adó", "pajak", "thuế",
    "tribut", "person", "pers.", "citizen", "ciudad", "citoy", "civil", "national", "nacional", "naţional",
    "nasional", "личн", "лич", "жеке", "лична", "lična", "licna", "osobn", "osebn", "asmens", "isiku", "henkilö",
    "burger", "social", "sozial", "insur", "segur", "ubezp", "pribadi", "penduduk", "kependuduk", "kartu", "holder",
    "titular", "membre", "member", "voter", "elector", "electoral", "birth", "naissance", "rodn", "card", "carte",
    "cartão", "tarjeta", "karte", "kaart", "health", "patient", "resident", "residen", "foreign", "extranj", "étranger",
    "pension", "unique", "único", "unico", "unified", "master", "state", "government", "gov", "public",
)
#: short names of ids matched only as whole words
ID_WORDS = frozenset("reg dni nif nie iin иин жсн бин инн npi ifu nip tin pin bin cuit cuil nit ruc rnc ci cc id ids".split())
#: words that make a number theirs: business keys, phones, measures and counts (a label holding one is no id label)
_CLAIM_WORDS = re.compile(
    rf"(?i)^(?:{BUSINESS_ID_WORDS}s?|tel|tél|phone|telephone|telefon|telefono|teléfono|mobile|mobil|cell|fax|ext|"
    r"invoice|factura|fattura|rechnung|bestell\w*|auftrag\w*|commande|pedido|ordine|tracking|version|model|serial|"
    r"sku|ean|isbn|iban|bic|swift|amount|total|price|sum|zip|postal|postcode|plz|credit|debit|visa|whatsapp|"
    r"build|release|commit|revision|rev|step|steps|points|votes|meter|reading|room|flight|page|line|lines|part|parts|"
    r"rows?|count|counts|qty|quantity|size|bytes|items?|units?|hits|views|clicks|port|pid|error|code_?error|"
    r"status|http|lot|batch|voucher|coupon|token|otp|receipt|container|waybill|parcel|po|policy|claim|contract|"
    r"vehicle|plate|chassis|vin|engine|imei|imsi|msisdn|sim|iccid|mac|ip|hash|sha|md5|uuid|guid|seed|epoch|"
    r"year|date|time|age|of|for|per|phone_?number|tel_?no|mobile_?no|contact|telf?|móvil|celular|handy|gsm|"
    r"billing|bill|bank|konto|cuenta|compte|conto|account|acct|routing|sort|branch|store|shop|case|ticket|"
    r"incident|request|req|job|task|run|stage|build|table|column|cluster|node|shard|partition|offset|reference|"
    r"confirmation|booking|reservation|transaction|auth|authorization|approval|sequence|seq|index|idx|rank|level|"
    r"grade|score|stock|article|artikel|catalog|catalogue|product|material|promo|discount|gift|activation|license_?key|"
    r"key|api|client_?id|app|session|trace|span|request_?id|user|customer|employee|emp|staff|vendor|supplier|"
    r"project|budget|cost|costs|centre|center|gl|department|dept|program|programme|campaign|tariff|hs|country|area|"
    r"region|quota|target|revenue|sales|salary|balance|limit|spend|value|values|deadline|due)$"
)
#: keys that name a person in a record
_NAME_KEY = re.compile(
    r"(?i)(?:^|[\s{,;|\"'<])(?:full[_\- ]?name|name|holder|holder_name|customer_name|client_name|patient(?:_name)?|"
    r"applicant|beneficiary|nombre|nombres|nom|prénom|nome|naam|имя|фио|ім'я|нэр|аты|ime|emri|adı|imię|nimi|"
    r"姓名|氏名|名前|이름)[\"'>]?\s*[:=>]"
)
_CAP = r"[A-ZÀ-ÞĀ-ŽΑ-ΩА-ЯЁЄІЇ][^\W\d_'’\-]+(?:[\-'’][A-ZÀ-Þa-zà-ÿ][^\W\d_]+)?"
_NAME_RUN = re.compile(rf"(?<![^\W\d_]){_CAP}(?:[ \t]+{_CAP}){{1,3}}(?![^\W\d_])")
_TOKEN = re.compile(r"[^\W\d_](?:[^\W\d_]|['’.](?=[^\W\d_]))*\.?|№|#|n[º°]\.?")
#: between a label and its value: the holder's name, "of", "'s", brackets, separators, "is"
_GAP = re.compile(
    r"(?:[ \t]+(?:of|de|del|da|do|du|des|der|von|van|di|для|за|od|nga|ng))?"
    rf"(?:[ \t]+(?:the\s+)?{_CAP}(?:[ \t]+{_CAP}){{0,3}}(?:['’]s)?)?"
    r"[ \t\"'«“„(\[<>]*(?:[:=：#\-–—]|n[º°o]\.?|nr\.?|no\.?)?[ \t\"'«“„(\[<>:=]*"
    r"(?:(?:is|was|est|es|ist|é|är|er|je|ni|adalah|là)[ \t]+)?[ \t\"'«“„(\[]*$"
)
_FIELD_SEP = re.compile(r"[|\t;·•]|,\s|\{|\}|(?<=[\"'])\s*,")
_COUNT_AFTER = re.compile(r"(?i)^\s?(?:rows|records|users|people|customers|units|items|orders|visits|views|"
                          r"downloads|sessions|shares|votes|hits|clicks|bytes|events|requests|times|pcs|pieces)\b")


@functools.lru_cache(maxsize=1)
def _vocabulary() -> tuple[frozenset[str], tuple[str, ...]]:
    """(acronyms, phrases) of ``data/id_labels13.txt``."""
    acronyms, phrases = set(), []
    for line in _DATA.read_text(encoding="utf-8").splitlines():
        kind, _, value = line.partition("\t")
        if kind == "A":
            acronyms.add(value)
        elif kind == "P":
            phrases.append(value)
    return frozenset(acronyms), tuple(sorted(phrases, key=len, reverse=True))


@functools.lru_cache(maxsize=8192)
def _number_word(word: str) -> bool:
    w = word.casefold().rstrip(".:")
    return w in NUMBER_WORDS or word.casefold() in NUMBER_WORDS or (len(w) > 7 and _NUMBER_SUFFIX.search(w) is not None)


def _doc_word(word: str) -> bool:
    w = word.casefold()
    return w.startswith(DOC_STEMS) and not w.startswith(("docker", "doctor", "identical", "identify", "identified"))


@functools.lru_cache(maxsize=8192)
def _qualifier(word: str) -> bool:
    w = word.casefold().rstrip(".")
    return w in ID_WORDS or w.startswith(QUALIFIER_STEMS) or _doc_word(word)


def label_strength(words: list[str] | tuple[str, ...], key: bool) -> int:
    """2: the words make an id label on their own; 1: only in a record that names a person; 0: no label.
    ``key``: the words are a record's key ("doc=", ``"national_id":``), not running text."""
    return _label_strength(tuple(words), key)


@functools.lru_cache(maxsize=4096)
def _label_strength(words: tuple[str, ...], key: bool) -> int:
    if not words:
        return 0
    parts = [p for w in words for p in re.split(r"[_\-/]", w) if p]
    if any(_CLAIM_WORDS.match(p.rstrip(".:")) and not _doc_word(p) for p in parts):
        return 0
    acronyms, phrases = _vocabulary()
    if any(p.strip(".") in acronyms for p in parts):
        return 2
    joined = " ".join(words).casefold()
    if any(joined.endswith(ph) for ph in phrases):
        return 2
    numbers = [p for p in parts if _number_word(p)]
    if numbers and any(_qualifier(p) for p in parts if p not in numbers):
        return 2
    if any(len(p) > 7 and _NUMBER_SUFFIX.search(p.casefold()) for p in numbers):
        return 2
    if any(p.casefold().rstrip(".") not in _CODE_WORDS for p in numbers) and len(parts) > len(numbers) and not key:
        return 2  # "Numero di iscrizione": a number word beside any word no claim holds ("Project code" needs more)
    if any(_doc_word(p) for p in parts) and (key or len(parts) <= 2):
        return 2
    if numbers or (key and any(_qualifier(p) for p in parts)):
        return 1
    return 0


def _field_before(text: str, start: int) -> tuple[str, int]:
    """The text of the value's field before it (back to the line start or a field separator), and where it starts."""
    ls = text.rfind("\n", 0, start) + 1
    seg_start = max(ls, start - 90)
    seg = text[seg_start:start]
    cut = 0
    for m in _FIELD_SEP.finditer(seg):
        if m.end() < len(seg):
            cut = m.end()
    return seg[cut:], seg_start + cut


def label_before(text: str, start: int) -> int:
    """The strength of the label that the value follows on its line, or on the line above (a label alone)."""
    seg, _ = _field_before(text, start)
    strength = _label_in(seg)
    if strength or seg.strip():
        return strength
    ls = text.rfind("\n", 0, start)
    if ls <= 0:
        return 0
    prev_start = text.rfind("\n", 0, ls) + 1
    above = text[prev_start:ls].strip()
    if 0 < len(above) <= 48 and not re.search(r"\d", above):
        return _label_in(above + " ")
    return 0


def _label_in(seg: str) -> int:
    """The strength of the label that ends ``seg`` (the holder's name, "of", "'s", "is" may come between). The
    label's words are read from the last one back, one more at a time; a business, phone or measure word met on the
    way ends the label ("Order number": no label; "scan of Registration no.": "Registration no.")."""
    tokens = list(_TOKEN.finditer(seg))
    for i in range(len(tokens) - 1, max(-1, len(tokens) - 9), -1):
        tail = seg[tokens[i].end():]
        if not _GAP.fullmatch(tail):
            continue
        key = bool(re.match(r"\s*[\"'>]?\s*[:=]", tail))
        best, j = 0, i
        while True:
            words = [t.group() for t in tokens[j:i + 1]
                     if t.group().casefold() not in ("is", "was", "my", "the", "his", "her", "their", "our")]
            strength = label_strength(words, key or "_" in seg[tokens[j].start():tokens[i].end()])
            if strength == 0 and words and any(_CLAIM_WORDS.match(p.rstrip(".:")) and not _doc_word(p)
                                               for w in words for p in re.split(r"[_\-/]", w) if p):
                if best == 2:
                    return 2
                best = -1
                break
            best = max(best, strength)
            if j == 0 or i - j >= 4 or not re.fullmatch(r"[ \t_\-./'’]{0,2}", seg[tokens[j - 1].end():tokens[j].start()]):
                break
            j -= 1
        if best > 0:
            return best
    return 0


def _record_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The record holding the value: its JSON object on the line, else its line and, when the line is indented
    (YAML, XML), the lines of its block around it and the key line above the block."""
    rs, re_ = _rec_ids12._record(text, start, end)
    line_start = text.rfind("\n", 0, start) + 1
    line = text[line_start:re_]
    indent = len(line) - len(line.lstrip(" \t"))
    if rs != line_start:
        return rs, re_
    obj = _enclosing_object(text, start, levels=2)
    if obj is not None:
        return obj
    if indent == 0:
        return rs, re_
    lo = line_start
    for _ in range(6):
        if lo <= 0:
            break
        prev = text.rfind("\n", 0, lo - 1) + 1
        ln = text[prev:lo - 1]
        if not ln.strip():
            break
        lo = prev
        if len(ln) - len(ln.lstrip(" \t")) < indent:
            break
    hi = re_
    for _ in range(6):
        nxt = text.find("\n", hi + 1)
        ln = text[hi + 1: len(text) if nxt < 0 else nxt]
        if hi >= len(text) or not ln.strip() or len(ln) - len(ln.lstrip(" \t")) < indent:
            break
        hi = len(text) if nxt < 0 else nxt
    return lo, hi


def _enclosing_object(text: str, pos: int, levels: int = 1) -> tuple[int, int] | None:
    """The JSON object (up to ``levels`` deep) that holds ``pos`` across lines: a pretty-printed record, a FHIR
    resource; None outside any (within 1,200 characters)."""
    if "{" not in text:
        return None
    depth, found, lo = 0, 0, -1
    for i in range(pos - 1, max(-1, pos - 1201), -1):
        ch = text[i]
        if ch == "}":
            depth += 1
        elif ch == "{":
            if depth:
                depth -= 1
            else:
                found, lo = found + 1, i
                if found == levels:
                    break
    if found == 0:
        return None
    depth, closed = 0, 0
    for i in range(pos, min(len(text), pos + 1200)):
        ch = text[i]
        if ch == "{":
            depth += 1
        elif ch == "}":
            if depth:
                depth -= 1
            else:
                closed += 1
                if closed == found:
                    return lo, i + 1
    return lo, min(len(text), pos + 1200)


def _parent_key(text: str, start: int) -> list[str]:
    """The key of the object or list that holds a value whose own key says nothing ("value", "id"): FHIR's
    ``"identifier": [{"system": …, "value": "…"}]``."""
    obj = _enclosing_object(text, start)
    if obj is None:
        return []
    m = re.search(r"[\"']?([^\W\d][\w\-]{1,40})[\"']?\s*:\s*\[?\s*$", text[max(0, obj[0] - 60):obj[0]])
    return [m.group(1)] if m else []


_DELIMITED = re.compile(r"[|\t;]|,\s?\S[^,\n]*,")
_ADJACENT = re.compile(r"[\s,:;|—–\-()\[\]<>/*'\"]{0,6}")


def person_in_record(text: str, rs: int, re_: int, start: int, end: int) -> bool:
    """The record names a person: a name key, or a name in a cell of a delimited row, or a name right beside the
    value on a plain line ("- Ana Lind: …", "… — Ana Lind", "Ana Lind (…)")."""
    before, after = text[rs:start], text[end:re_]
    if _NAME_KEY.search(before) or _NAME_KEY.search(after):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    delimited = rs != line_start or bool(_DELIMITED.search(text[line_start:re_]))
    for seg, base in ((before, rs), (after, end)):
        for m in _NAME_RUN.finditer(seg):
            if not _name_like(m.group()):
                continue
            if delimited or (base == rs and _ADJACENT.fullmatch(seg[m.end():])) or \
                    (base == end and _ADJACENT.fullmatch(seg[:m.start()])):
                return True
    return False


def _name_like(run: str) -> bool:
    from ._gazetteer import everyday, gazetteer

    g = gazetteer()
    acronyms, _ = _vocabulary()
    words = re.split(r"[ \t]+", run)
    if any(w in acronyms or _number_word(w) or _qualifier(w) for w in words):
        return False
    known = any(w.casefold() in g.given or w.casefold() in g.surnames for w in words)
    return (known and any(not everyday(w) for w in words)) or all(not everyday(w) for w in words)


def _own_key_claims(text: str, start: int) -> bool:
    """The value's own key in its record ("qty=", ``"rows":``, "<price>") claims it."""
    seg, _ = _field_before(text, start)
    m = re.search(r"([^\W\d][\w\-. ]{0,30}?)[\"'>]?\s*[:=>]\s*[\"'(]?\s*$", seg)
    if m is None:
        return False
    parts = [p for p in re.split(r"[_\-. ]+", m.group(1)) if p]
    return any(_CLAIM_WORDS.match(p) for p in parts)


def _shape_ok(value: str, labelled: bool) -> bool:
    digits = sum(c.isdigit() for c in value)
    letters = sum(c.isalpha() for c in value)
    if labelled:
        return digits >= 6 or (digits >= 5 and letters >= 1)
    return digits >= 7 or (digits >= 5 and letters >= 1 and value.isalnum() and len(value) >= 8)


def _plain(text: str, start: int, end: int) -> bool:
    """Round twelve's date / amount / version / claimed test, except that a scheme's acronym before the value
    ("RNC 100890042", "ICE 0021…") is no currency code."""
    m = re.search(r"\b([A-Z]{3})\s*$", text[max(0, start - 5):start])
    if m and m.group(1) in _vocabulary()[0]:
        masked = text[:m.start(1) + max(0, start - 5)] + m.group(1).lower() + text[m.end(1) + max(0, start - 5):]
        return _rec_ids12._plain_number(masked, start, end)
    return _rec_ids12._plain_number(text, start, end)


def score(text: str, start: int, end: int) -> float:
    value = text[start:end]
    if not _shape_ok(value, True):
        return 0.0
    if _plain(text, start, end) or _COUNT_AFTER.match(text[end:end + 12]):
        return 0.0
    prefix = re.match(r"[A-Z]{2,5}(?=-?\d)", value)
    if prefix and (prefix.group().casefold() in _rec_ids12._NOT_ID_ACRONYMS
                   or prefix.group().casefold() in _rec_ids12._TICKET_PREFIXES):
        return 0.0
    strength = label_before(text, start)
    if strength == 0 and "\n" in text:
        header = column_header(text, start)
        if header is not None:
            strength = label_strength(_TOKEN.findall(header), True)
            if strength == 0 and (_rec_ids11._CLAIMED.search(header) or _rec_ids12._LINE_CLAIMS.search(header)
                                  or _rec_ids12._HEADER_NOT_ID.search(header)):
                return 0.0
    if strength < 2 and re.search(r"(?i)[\"'](?:value|val|id|number|code|text)[\"']\s*:\s*[\"']?$",
                                  text[max(0, start - 14):start]):
        strength = max(strength, label_strength(_parent_key(text, start), True))
    if strength == 2:
        return 0.6
    if not _shape_ok(value, False) and strength == 0:
        return 0.0
    if _own_key_claims(text, start):
        return 0.0
    field, _ = _field_before(text, start)
    if strength == 0 and re.search(r"(?<![^\W\d_])[a-zà-ÿ][^\W\d_]*[ \t]+$", field) and \
            not _number_word(field.split()[-1]):
        return 0.0  # prose before the value ("quota 1250000"), no record's cell
    rs, re_ = _record_span(text, start, end)
    if _rec_ids12._LINE_CLAIMS.search(text[rs:start]) and strength == 0:
        return 0.0
    if person_in_record(text, rs, re_, start, end):
        return 0.52  # under the phone recognizer's 0.55: a contact's number beside a name stays a PHONE_NUMBER
    return 0.0


class LabelShapeIdRecognizer13(LocalRecognizer):
    """ID_NUMBER after a label built like an id's (any language), a scheme's own name, or in a person's record."""

    name: str

    def __init__(self, supported_language: str = "en", name: str | None = None) -> None:
        super().__init__(supported_entities=["ID_NUMBER"], supported_language=supported_language,
                         name=name or "LabelShapeIdRecognizer13")

    def load(self) -> None:  # noqa: D102
        _vocabulary()

    def analyze(self, text, entities, nlp_artifacts=None) -> list[RecognizerResult]:  # noqa: D102
        out: list[RecognizerResult] = []
        if sum(map(str.isdigit, text)) < 5:
            return out
        for m in _rec_ids12._CANDIDATE.finditer(text):
            start, end = m.start(1), m.end(1)
            s = score(text, start, end)
            if s <= 0:
                continue
            out.append(RecognizerResult(
                "ID_NUMBER", start, end, s, analysis_explanation=AnalysisExplanation(type(self).__name__, s),
                recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                      RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id}))
        return out


__all__ = ["LabelShapeIdRecognizer13", "label_strength", "score"]
