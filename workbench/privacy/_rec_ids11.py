"""Identity numbers NEAR a label, after their label, in brackets and in bare table rows (round eleven, P4).

Every pristine split brought ids in slots the rules before had no pattern for. Round ten's
``SlotIdRecognizer`` wants its label word to END the text before the value ("Passport No.: …"); people
also write the label earlier in the sentence ("The applicant's personal number, as printed on the card,
is …"; "RUT del cliente Ana Pérez: …"), after the value ("… is the ID number on her file"), or no label at
all in a table row that holds a name ("<td>Ana Pérez</td><td>85073003361</td>"). This module reads:

* a label NEAR before the value, in the same sentence, up to 90 characters back: a word of round ten's
  forty-language label list that names an id outright (``STRONG``: passport, identity, DNI, cédula,
  Aadhaar …) or a weaker one (national, personal, tax, insurance …) with a number word after it
  ("personal number", "numéro fiscal"); nothing between them may be a business or phone word or another
  number;
* a label right AFTER the value ("… is the ID number", "(passport)");
* the value alone in brackets after a capitalised word, a name ("Ana Pérez [35580480D]");
* the value alone in a table cell (HTML, markdown, CSV / TSV) of a row with a name cell and no header
  row, when it passes a national scheme's check digit (``checked``: round nine's table and the schemes
  below, each from its public specification) — a random number passes one of them in about one case in
  three, so the name cell is required too.

The value: six digits or more with separators and up to four capitals around them ("13.298.341-0",
"64228297S", "Y4539474R"), or a code of capitals and four digits or more ("MZPBJ0050S", a CURP). Never a
date, an amount, a time, a value followed by a unit or currency, nor one that a business word claims.
"""

from __future__ import annotations

import functools
import re

from presidio_analyzer import AnalysisExplanation, LocalRecognizer, RecognizerResult

from . import _rec_ids9, _rec_ids10
from ._checks import BUSINESS_ID_WORDS, column_header, luhn_ok, table_cells


def _d(s: str) -> list[int]:
    return [int(c) for c in s]


def _mod11_weights(s: str, weights: list[int]) -> int:
    return sum(int(a) * b for a, b in zip(s, weights)) % 11


def cpf_ok(s: str) -> bool:
    """Brazil's CPF: nine digits and two mod-11 checks."""
    if len(s) != 11 or not s.isdigit() or len(set(s)) == 1:
        return False
    d = _d(s)
    c1 = sum(a * b for a, b in zip(d[:9], range(10, 1, -1))) * 10 % 11 % 10
    c2 = sum(a * b for a, b in zip(d[:10], range(11, 1, -1))) * 10 % 11 % 10
    return d[9] == c1 and d[10] == c2


def rut_ok(s: str) -> bool:
    """Chile's RUT / RUN: seven or eight digits and a mod-11 check (0-9 or K)."""
    s = s.upper()
    if not 8 <= len(s) <= 9 or not s[:-1].isdigit():
        return False
    total = sum(int(c) * w for c, w in zip(reversed(s[:-1]), [2, 3, 4, 5, 6, 7] * 2))
    r = 11 - total % 11
    return s[-1] == {11: "0", 10: "K"}.get(r, str(r))


def dni_es_ok(s: str) -> bool:
    """Spain's DNI (eight digits and a mod-23 letter) and NIE (X / Y / Z, seven digits, the letter)."""
    s = s.upper()
    if len(s) != 9:
        return False
    head = s[:8]
    if head[0] in "XYZ":
        head = str("XYZ".index(head[0])) + head[1:]
    return head.isdigit() and "TRWAGMYFPDXBNJZSQVHLCKE"[int(head) % 23] == s[8]


def verhoeff_ok(s: str) -> bool:
    """The Verhoeff check (India's Aadhaar: twelve digits, not opening with 0 or 1)."""
    d = ((0, 1, 2, 3, 4, 5, 6, 7, 8, 9), (1, 2, 3, 4, 0, 6, 7, 8, 9, 5), (2, 3, 4, 0, 1, 7, 8, 9, 5, 6),
         (3, 4, 0, 1, 2, 8, 9, 5, 6, 7), (4, 0, 1, 2, 3, 9, 5, 6, 7, 8), (5, 9, 8, 7, 6, 0, 4, 3, 2, 1),
         (6, 5, 9, 8, 7, 1, 0, 4, 3, 2), (7, 6, 5, 9, 8, 2, 1, 0, 4, 3), (8, 7, 6, 5, 9, 3, 2, 1, 0, 4),
         (9, 8, 7, 6, 5, 4, 3, 2, 1, 0))
    p = ((0, 1, 2, 3, 4, 5, 6, 7, 8, 9), (1, 5, 7, 6, 2, 8, 3, 0, 9, 4), (5, 8, 0, 3, 7, 9, 6, 1, 4, 2),
         (8, 9, 1, 6, 0, 4, 3, 5, 2, 7), (9, 4, 5, 3, 1, 2, 6, 8, 7, 0), (4, 2, 8, 6, 5, 7, 3, 9, 0, 1),
         (2, 7, 9, 3, 8, 0, 6, 4, 1, 5), (7, 0, 4, 6, 9, 1, 3, 2, 5, 8))
    if not s.isdigit():
        return False
    c = 0
    for i, ch in enumerate(reversed(s)):
        c = d[c][p[i % 8][int(ch)]]
    return c == 0


def aadhaar_ok(s: str) -> bool:
    return len(s) == 12 and s[0] not in "01" and verhoeff_ok(s)


def ahv_ok(s: str) -> bool:
    """Switzerland's AHV / AVS number: 756 and ten digits, an EAN-13 check."""
    if len(s) != 13 or not s.startswith("756") or not s.isdigit():
        return False
    total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(s[:12]))
    return (10 - total % 10) % 10 == int(s[12])


def luhn_id_ok(s: str) -> bool:
    """Numbers with a Luhn check: Canada's SIN (9), Saudi Arabia's national id (10, opening 1 or 2), Sweden's
    personnummer (10), South Africa's id (13), the Emirates id (15, opening 784), Greece's AMKA (11)."""
    if not s.isdigit() or len(s) not in (9, 10, 11, 13, 15):
        return False
    if len(s) == 15 and not s.startswith("784"):
        return False
    return _luhn_any(s)


def _luhn_any(s: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(s)):
        n = int(ch) * (2 if i % 2 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


def nif_pt_ok(s: str) -> bool:
    """Portugal's NIF: nine digits, weights 9..2, mod 11."""
    if len(s) != 9 or not s.isdigit() or s[0] not in "123456789":
        return False
    r = 11 - sum(int(c) * w for c, w in zip(s[:8], range(9, 1, -1))) % 11
    return int(s[8]) == (0 if r >= 10 else r)


def nir_fr_ok(s: str) -> bool:
    """France's NIR (numéro de sécurité sociale): thirteen characters and a 97-minus-mod-97 key."""
    s = s.upper().replace("2A", "19").replace("2B", "18")
    return len(s) == 15 and s.isdigit() and s[0] in "12378" and 97 - int(s[:13]) % 97 == int(s[13:])


def steuer_id_ok(s: str) -> bool:
    """Germany's Steuer-IdNr: eleven digits, ISO 7064 MOD 11,10, the first not 0."""
    if len(s) != 11 or not s.isdigit() or s[0] == "0":
        return False
    p = 10
    for c in s[:10]:
        p = (((p + int(c)) % 10 or 10) * 2) % 11
    return (11 - p) % 10 == int(s[10])


def rrn_kr_ok(s: str) -> bool:
    """Korea's resident registration number: YYMMDD and seven digits, weights 2..9,2..5 mod 11."""
    if len(s) != 13 or not s.isdigit() or not 1 <= int(s[2:4]) <= 12:
        return False
    return (11 - _mod11_weights(s, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5])) % 10 == int(s[12])


def thai_ok(s: str) -> bool:
    """Thailand's national id: thirteen digits, weights 13..2 mod 11."""
    if len(s) != 13 or not s.isdigit():
        return False
    return (11 - _mod11_weights(s, list(range(13, 1, -1)))) % 10 == int(s[12])


def cuit_ok(s: str) -> bool:
    """Argentina's CUIT / CUIL: eleven digits (20, 23, 24, 27, 30, 33, 34 first), weights 5432765432 mod 11."""
    if len(s) != 11 or not s.isdigit() or s[:2] not in ("20", "23", "24", "27", "30", "33", "34"):
        return False
    r = 11 - _mod11_weights(s, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])
    return int(s[10]) == {11: 0, 10: 9}.get(r, r)


def ppsn_ok(s: str) -> bool:
    """Ireland's PPS number: seven digits and a mod-23 letter (a second letter weighs 9)."""
    s = s.upper()
    if not 8 <= len(s) <= 9 or not s[:7].isdigit() or not s[7].isalpha():
        return False
    total = sum(int(c) * w for c, w in zip(s[:7], range(8, 1, -1)))
    if len(s) == 9:
        total += (ord(s[8]) - 64) % 23 * 9 if s[8] != "W" else 0
    return "WABCDEFGHIJKLMNOPQRSTUV"[total % 23] == s[7]


def nric_sg_ok(s: str) -> bool:
    """Singapore's NRIC / FIN: S, T, F, G or M, seven digits, a check letter."""
    s = s.upper()
    if len(s) != 9 or s[0] not in "STFGM" or not s[1:8].isdigit():
        return False
    total = sum(int(c) * w for c, w in zip(s[1:8], [2, 7, 6, 5, 4, 3, 2])) + (4 if s[0] in "TG" else 3 if s[0] == "M" else 0)
    table = {"S": "JZIHGFEDCBA", "T": "JZIHGFEDCBA", "F": "XWUTRQPNMLK", "G": "XWUTRQPNMLK", "M": "KLJNPQRTUWX"}
    return table[s[0]][total % 11] == s[8]


def taiwan_ok(s: str) -> bool:
    """Taiwan's national id: a letter, 1 or 2 (or 8 / 9 for residents), eight digits, weights 1,9,8..1."""
    s = s.upper()
    if len(s) != 10 or not s[0].isalpha() or not s[1:].isdigit():
        return False
    code = "ABCDEFGHJKLMNPQRSTUVXYWZIO".find(s[0]) + 10
    if code < 10:
        return False
    nums = [code // 10, code % 10] + _d(s[1:])
    return sum(a * b for a, b in zip(nums, [1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1])) % 10 == 0


def curp_ok(s: str) -> bool:
    """Mexico's CURP: four letters, a birth date, sex, state, three consonants, a character and a check digit."""
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{4}\d{6}[HMX][A-Z]{5}[0-9A-Z]\d", s):
        return False
    alphabet = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
    total = sum(alphabet.index(c) * (18 - i) for i, c in enumerate(s[:17]))
    return (10 - total % 10) % 10 == int(s[17])


#: round eleven's schemes, each a test of the compact value (separators removed); any one passing marks it
#: ``checked`` (round nine's table in ``_rec_ids9`` is asked too)
CHECKS = (cpf_ok, rut_ok, dni_es_ok, aadhaar_ok, ahv_ok, luhn_id_ok, nif_pt_ok, nir_fr_ok, steuer_id_ok, rrn_kr_ok,
          thai_ok, cuit_ok, ppsn_ok, nric_sg_ok, taiwan_ok, curp_ok)
#: round nine's checked schemes by the digit counts they take
_SCHEME9 = tuple((frozenset(sum(g) for g in s.groupings), s.check) for s in _rec_ids9.SCHEMES if s.check is not None)


@functools.lru_cache(maxsize=2048)
def checked(value: str) -> bool:
    """True when the value passes the check digit of a national scheme (round nine's or this module's)."""
    c = re.sub(r"[\s.\-/]", "", value)
    if any(f(c) for f in CHECKS):
        return True
    return c.isdigit() and any(len(c) in lengths and check(c) for lengths, check in _SCHEME9)


#: label stems that name an identity document or number outright (a weaker stem needs a number word after it)
STRONG = (
    "identity", "identification", "identifier", "passport", "ssn", "id", "ids", "dni", "nie", "nif", "cédula", "cedula",
    "aadhaar", "aadhar", "rut", "run", "cpf", "curp", "rfc", "nuip", "sss", "umid", "philhealth", "pagibig", "gsis",
    "pan", "ahv", "avs", "nuss", "nir", "nino", "nric", "hkid", "ausweis", "personalausweis", "reisepass", "kennung",
    "identité", "identite", "passeport", "identidad", "identidade", "pasaporte", "passaporte", "identità",
    "identita", "passaporto", "documento", "document", "dokument", "kimlik", "паспорт", "удостоверени", "личн",
    "ταυτότητ", "διαβατήρι", "henkilötunnus", "hetu", "personnummer", "fødselsnummer", "pesel", "jmbg", "oib",
    "egn", "cnp", "bsn", "tc", "nik", "ktp", "cccd", "cmnd", "nic", "cnic", "nid", "nin", "tin", "sin", "mrn",
    "nida", "tz", "ci", "תז", "هوية", "جواز", "זהות", "דרכון", "आधार", "पहचान", "身份证", "证件", "护照",
)
#: number words that make a weaker stem ("national", "personal", "tax", "insurance") a label
NUMBER_WORDS = (r"(?:number|numbers|no|nos|nr|num|numero|número|numéro|nummer|numer|numeris|numurs|číslo|cislo|broj|"
                r"kod|kods|kood|kodas|code|codice|código|card|carte|karte|kaart|tarjeta|cartão|carta|kort|kortti|"
                r"id|ident|identifier|reference|ref|szám|szam|номер|№|n°|nº|#|registration|register|registry|registro|registre|"
                r"rejestr|registr)")
_STRONG_SET = frozenset(STRONG)
_STRONG_LONG = tuple(st for st in STRONG if len(st) > 3)
_WORD = re.compile(r"[^\W\d_]+")
_NUMBER_AFTER = re.compile(rf"(?i)^[^\W\d_]*\.?(?:[ \t\-_]+[^\W\d_]{{1,14}}\.?){{0,2}}?[ \t\-_]*{NUMBER_WORDS}(?![^\W\d_])")
#: words that claim a number between its label and it (an order, an invoice, a phone, an amount …)
_CLAIMED = re.compile(
    rf"(?i)(?<![^\W\d_]){BUSINESS_ID_WORDS}s?(?![^\W\d_])|(?i:(?<![^\W\d_])(?:tel|tél|phone|telephone|telefon|"
    r"telefono|teléfono|mobile|mobil|cell|fax|ext|invoice|factura|fattura|rechnung|order|tracking|version|model|"
    r"serial|sku|ean|isbn|iban|bic|swift|amount|total|price|sum|zip|postal|postcode|plz|credit|debit|visa|"
    r"mastercard|phone|call|whatsapp|build|release|commit|revision|rev|step|steps|points|votes|kwh|meter|"
    r"reading|room|flight|page|line)(?![^\W\d_]))"
)
_DIGITY = re.compile(r"(?<![\w\-/.+@#:])((?:[A-Z]{1,4}[ \-]?)?\d(?:\d|[ .\-/](?=\d)){5,30}"
                     r"(?:[ \-]?[A-Z]{1,2}(?:[ \-]?\d{2}(?!\d))?(?![a-z])|-[0-9Kk])?)"  # "63-123456 A 42": letter, then check digits
                     r"(?![\w]|[.,/\-]\d)")
_ALNUM = re.compile(r"(?<![\w\-/.+@#])((?=(?:[A-Z]*\d){4})(?=(?:\d*[A-Z]){2})[A-Z0-9]{8,20})(?![\w\-])")
_SENTENCE_END = re.compile(r"[.!?;]\s+(?=[A-Z\"'(])|[.!?]\s*$|\n")
_AFTER_LABEL = re.compile(r"(?i)^[\s)\]]*(?:,|—|–|-|:|\(|is|was|=)?\s*(?:is\s+|was\s+)?(?:(?:the|his|her|their|my|our|a|an)\s+)?"
                          r"(?:\s*(?-i:[A-ZÀ-Þ][^\W\d_'’\-]+\s){0,3}(?-i:[A-ZÀ-Þ][^\W\d_'’\-]+)['’]s)?"  # "— Ana Lind's passport"
                          r"\s*([^\W\d_][^\W\d_'’\-]*)")
#: a capitalised word (a name), markup it closes ("<b>Ana Lind</b> ("), then the bracket
_NAME_BRACKET = re.compile(r"[A-ZÀ-ÞΑ-ΩА-ЯЁ][^\W\d_'’\-]+(?:</?[a-z]{1,6}>)*[ \t]*[(\[][ \t]*$")
_NAME_CELL = re.compile(r"^(?:<[^<>]*>)*\s*[A-ZÀ-ÞΑ-ΩА-ЯЁ][^\W\d_'’\-]+(?:[ \-][A-ZÀ-Þ][^\W\d_'’\-]+){1,3}\s*(?:<[^<>]*>)*$")
#: English words of the family that name no number: identical, identify, identified
_IDENT_VERB = re.compile(r"identic|identif(?:y|ies|ied|ying)$")
_ABBREV = re.compile(r"(?<![^\W\d_])(?:[^\W\d_]\.){2,}")
_LAST_WORD = re.compile(rf"([^\W\d_]+)\.?[ \t]*(?:{NUMBER_WORDS}\.?)?[ \t:#=]*$")
_PREFIX = re.compile(r"([^\W\d_]{1,4})[ \-]?(?=\d)")
_BUSINESS_HEAD = re.compile(rf"(?i){BUSINESS_ID_WORDS}[\s_\-.]*$")
_DATE_INSIDE = re.compile(r"(?:19|20)\d{2}[./\-]\d{1,2}[./\-]\d{1,2}|\d{1,2}[./\-]\d{1,2}[./\-](?:19|20)\d{2}|"
                          r"^(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$")
_NAME_THEN = re.compile(r"(?:^|[>\s(|])[A-ZÀ-ÞΑ-ΩА-ЯЁ][^\W\d_'’\-]+(?:[ \-][A-ZÀ-Þ][^\W\d_'’\-]+){1,3}"
                        r"(?:</?[a-z]{1,6}>)*[ \t]*(?:&mdash;|&ndash;|—|–|-|:|\||/)[ \t]*$")
_KEY = re.compile(r"^[\w .\-]{1,24}(?:=|:\s)\s*")
_DOC_KEY = re.compile(r"(?i)(?:doc|document|documento|dokument)[\w\-]*\s*[=:]")
_TD = re.compile(r"<t[dh][^<>]*>([^<>]*)</t[dh]>", re.I)


@functools.lru_cache(maxsize=4096)
def _word_kind(word: str) -> int:
    """2: ``word`` (lower case) names an id outright; 1: one of round ten's weaker stems; 0: no label word."""
    if word in _STRONG_SET or word.startswith(_STRONG_LONG):
        return 2
    if word.startswith(("ident", "идент", "ідент")) and not _IDENT_VERB.match(word):
        return 2  # the word family of every European language: identyfikacyjny, identifikační, идентификационный
    if word in _rec_ids10._WORD_SET or word.startswith(_rec_ids10._ONE_WORD):
        return 1
    return 0


def _is_label(word: str, rest: str) -> bool:
    """``word`` (lower case) starts a label: a strong stem, or one of round ten's stems with a number word after."""
    kind = _word_kind(word)
    return kind == 2 or (kind == 1 and _NUMBER_AFTER.match(rest) is not None)


def _joined(text: str) -> str:
    """``text`` with the letters of dotted abbreviations joined ("D.N.I." -> "DNI", "ת.ז." -> "תז")."""
    return _ABBREV.sub(lambda m: m.group().replace(".", ""), text) if "." in text else text


def _strong_label_right_before(text: str, start: int) -> bool:
    """An id-naming label (``STRONG``) ends the 24 characters before ``start`` (a number word or "N°" after it)."""
    head = _joined(text[max(0, start - 24): start]).lower()
    m = _LAST_WORD.search(head)
    return m is not None and _word_kind(m.group(1)) == 2


def label_near_before(before: str) -> bool:
    """A label in the same sentence, at most 90 characters before the value, with no claiming word and no
    other number between them."""
    window = _joined(before[-90:])  # "D.N.I. N°", "ת.ז.": the letters of an abbreviation joined (no sentence end)
    cut = 0
    for m in _SENTENCE_END.finditer(window):
        cut = m.end()
    window = window[cut:]
    low = window.lower()
    for m in _WORD.finditer(low):
        w = m.group()
        if not _is_label(w, low[m.start():]):
            continue
        between = window[m.end():]
        if re.search(r"\d{3}", between) or _CLAIMED.search(_id_card_ok(between)) or \
                _BUSINESS_HEAD.search(window[max(0, m.start() - 16): m.start()]):
            continue  # "order_id", "customer ID": a business record's key
        return True
    return False


def _id_card_ok(between: str) -> str:
    """``between`` with "card" / "number" kept harmless (an id CARD is no credit card)."""
    return re.sub(r"(?i)\bcard\b", " ", between)


def label_after(after: str) -> bool:
    """A label right after the value ("… is the ID number", "(passport)")."""
    m = _AFTER_LABEL.match(after[:40])
    if m is None:
        return False
    w = m.group(1).lower()
    return _is_label(w, after[m.start(1):].lower())


def _bare_row_with_name(text: str, start: int, end: int) -> bool:
    """The value alone in a cell of a table row (HTML, markdown, CSV, TSV) that also has a name cell."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start: len(text) if line_end < 0 else line_end]
    value = text[start:end]
    if _NAME_THEN.search(line[: start - line_start]):
        return True  # "<li>Ana Lind &mdash; 85073003361</li>", "Ana Lind: 85073003361"
    cells = [c for c in _TD.findall(line)]
    if not cells:
        _sep, spans = table_cells(line)
        cells = [line[a:b] for a, b in spans]
    keyed = [_KEY.sub("", c.strip()) for c in cells]  # a record's "key=value" cells: "applicant=…|doc=…"
    for c, k in zip(cells, keyed):
        if k == value and k != c.strip() and _CLAIMED.search(c.strip()[: len(c.strip()) - len(k)]) and \
                not _DOC_KEY.match(c.strip()):
            return False  # "order=…": a business key claims it
    if len(cells) < 2 or value not in keyed:
        return False
    return any(_NAME_CELL.match(k) for k in keyed if k != value)


def score(text: str, start: int, end: int) -> float:
    """The score of ``text[start:end]`` as an identity number by the slots of this module (0 when none)."""
    value = text[start:end]
    bare = re.sub(r"^[^\W\d_]{1,4}[ \-]?|[ \-]?[^\W\d_]{1,2}$", "", value)
    lettered = re.search(r"[^\W\d_]$", value) is not None  # "20.825.930-K": a check letter, no amount
    if _rec_ids10._AMOUNT_AFTER.match(text[end:end + 8]):
        return 0.0
    if _rec_ids10._DATE_OR_AMOUNT.match(bare) and not lettered and not (
            re.fullmatch(r"\d{1,3}(?:\.\d{3}){2}", bare) and _strong_label_right_before(text, start)):
        return 0.0  # an amount, unless a dotted DNI right after its label ("D.N.I. N° 12.345.678")
    if re.fullmatch(r"\d{1,4}[.\-/]\d{1,2}[.\-/]\d{1,4}", bare) or _DATE_INSIDE.search(value) or text[end:end + 1] == ":":
        return 0.0  # a date, a date and its hour ("2025-03-12 10:30"), a compact date ("20250312")
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    near = before[-40:]
    is_checked = checked(value)
    doc_key = is_checked and _DOC_KEY.search(near[-12:]) is not None  # "doc=": a document's number, when checked
    if _CLAIMED.search(_id_card_ok(near[-20:])) and not label_near_before(near[-20:]) and not doc_key:
        return 0.0
    if label_near_before(before):
        return 0.6 if is_checked else 0.55
    line_end = text.find("\n", end)
    after = text[end: len(text) if line_end < 0 else line_end]
    if label_after(after):
        return 0.55
    if _NAME_BRACKET.search(before) and text[end:end + 1] in (")", "]") and not _CLAIMED.search(before[-40:]):
        return 0.5
    header = column_header(text, start) if re.search(r"[,;|\t]", before) else None
    if header is not None:
        cell = re.sub(r"[_\-]+", " ", header.strip(" `'\"*|")).lower()
        words = _WORD.findall(cell)
        if words and any(_is_label(w, cell[cell.find(w):]) for w in words) and not _CLAIMED.search(cell) \
                and cell not in _rec_ids10._ROW_KEYS:
            return 0.55
        return 0.0
    if is_checked and _bare_row_with_name(text, start, end):
        return 0.5
    return 0.0


class NearLabelIdRecognizer11(LocalRecognizer):
    """ID_NUMBER near a label, after one, in brackets after a name, or checked in a bare table row."""

    name: str

    def __init__(self, supported_language: str = "en", name: str | None = None) -> None:
        super().__init__(supported_entities=["ID_NUMBER"], supported_language=supported_language,
                         name=name or "NearLabelIdRecognizer11")

    def load(self) -> None:  # noqa: D102
        pass

    def analyze(self, text, entities, nlp_artifacts=None) -> list[RecognizerResult]:  # noqa: D102
        out: list[RecognizerResult] = []
        if sum(map(str.isdigit, text)) < 4:
            return out
        seen: set[int] = set()
        for m in _DIGITY.finditer(text):
            start, value = m.start(1), m.group(1)
            if sum(ch.isdigit() for ch in value) < 6:
                continue
            prefix = _PREFIX.match(value)
            if prefix and (prefix.group(1).lower() in _rec_ids10._LABEL_PREFIXES or _word_kind(prefix.group(1).lower())):
                start += prefix.end()
            seen.add(m.end(1))
            out.extend(self._result(start, m.end(1), score(text, start, m.end(1))))
        for m in _ALNUM.finditer(text):
            if m.end(1) not in seen:
                out.extend(self._result(m.start(1), m.end(1), score(text, m.start(1), m.end(1))))
        return out

    def _result(self, start: int, end: int, s: float) -> list[RecognizerResult]:
        if s <= 0:
            return []
        return [RecognizerResult(
            "ID_NUMBER", start, end, s,
            analysis_explanation=AnalysisExplanation(type(self).__name__, s),
            recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                  RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id},
        )]


__all__ = ["NearLabelIdRecognizer11", "checked", "score", "luhn_ok"]


# ---- round eleven, second pass (P6): national shapes that carry their own structure --------------------------
#: Zimbabwe's check letter: (district code and serial, read as one number) mod 23 over the alphabet without
#: I, O and U, counted from Z ("63-123456 Z 42"); verified on the public descriptions' examples
_ZW_LETTERS = "ZABCDEFGHJKLMNPQRSTVWXY"
_EDGE_L = r"(?<![\w\-/.+@#])"
_EDGE_R = r"(?![\w\-]|\.\d)"  # a comma may close it: a CSV cell ("…,0772 …")
#: (pattern, score, check): each shape names its country's scheme; the check (None: the shape's own structure,
#: a date of birth or a sex digit inside it) must pass
_SHAPES11B: tuple[tuple[re.Pattern[str], float], ...] = (
    # Zimbabwe: district, six or seven digits, the check letter, district of origin ("63-2545434 F 42")
    (re.compile(_EDGE_L + r"(?P<zw>\d{2}[\- ]?\d{6,7}[ ]?[A-Z][ ]?\d{2})" + _EDGE_R), 0.85),
    # Rwanda: 1 (citizen) / 2 / 3, the year of birth, 7 or 8 (sex), seven digits, one, two ("1 1993 7 8569775 2 98")
    (re.compile(_EDGE_L + r"(?P<rw>[123] ?(?:19|20)\d\d ?[78] ?\d{7} ?\d ?\d{2})" + _EDGE_R), 0.7),
    # Tanzania's NIDA: the date of birth, five, five and two digits ("19800815-80013-07470-58")
    (re.compile(_EDGE_L + r"(?P<tz>(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:-?\d{5}){2}-?\d{2})"
                + _EDGE_R), 0.7),
    # Uganda's NIN: C, M / F (sex), eight digits, four capitals or digits ending in a capital ("CM91123332YPPA")
    (re.compile(_EDGE_L + r"(?P<ug>C[MF]\d{8}[A-Z0-9]{3}[A-Z])" + _EDGE_R), 0.8),
)


def zimbabwe_id_ok(value: str) -> bool:
    """Zimbabwe's national id: the letter before the last two digits checks the digits before it (mod 23)."""
    compact = re.sub(r"[\s\-]", "", value)
    m = re.fullmatch(r"(\d{8,9})([A-Z])(\d{2})", compact)
    if m is None:
        return False
    return _ZW_LETTERS[int(m.group(1)) % 23] == m.group(2)


#: a list row "1. Name - value - value" (beneficiary lists, rosters): a name cell (no digits) and then cells
_LIST_ROW = re.compile(r"(?m)^[ \t]*(?:\d{1,3}[.)][ \t]+|[-*•][ \t]+)?(?P<name>[^\d\n\-–|:;,]{3,40}?)"
                       r"(?P<cells>(?:[ \t]+[-–|][ \t]+[^\n\-–|]*?[^\n]*?){2,4})[ \t]*$")
_LIST_CELL = re.compile(r"(?<=[-–|])[ \t]+(?P<v>(?:\+|\(\+?\d{1,4}\)[ \t]?)?[A-Z]{0,3}[ \t]?\d(?:[\d.]|[ \-](?=\d)){5,22}\d[A-Z]{0,4})(?:\(\d\))?(?=[ \t]+[-–|]|[ \t]*$)")


def list_row_cells(text: str) -> list[tuple[int, int]]:
    """Number cells (seven digits or more) of a list row that opens with a name cell and holds two of them.

    A beneficiary list or roster writes "1. Ana Pérez - 162627015 - 015 021 154": no label, no table markup,
    (a phone cell may open with "+" or a bracketed country code, "(855) 12 …"),
    no check digit to read. Two number cells after a name cell are the row's structure; one alone
    ("Invoice - 20231234") is not enough, nor a one-word first cell ("Route - …"), a date or an amount.
    """
    out: list[tuple[int, int]] = []
    if " - " not in text and " | " not in text and " – " not in text:
        return out
    for row in _LIST_ROW.finditer(text):
        name = row.group("name").strip()
        if not name or not any(ch.isalpha() for ch in name) or not 2 <= len(name.split()) <= 4:
            continue
        cells = [(c.start("v") + row.start("cells"), c.end("v") + row.start("cells"))
                 for c in _LIST_CELL.finditer(row.group("cells"))]
        cells = [(s, e) for s, e in cells if sum(ch.isdigit() for ch in text[s:e]) >= 7
                 and not _DATE_INSIDE.search(text[s:e])]
        if len(cells) >= 2:
            out.extend(cells)
    return out


class NationalShapeIdRecognizer11(LocalRecognizer):
    """ID_NUMBER by a national shape with its own structure (a check letter, a date of birth, a sex digit)
    wherever it stands, and the number cells of a list row that opens with a name (round eleven b)."""

    name: str

    def __init__(self, supported_language: str = "en", name: str | None = None) -> None:
        super().__init__(supported_entities=["ID_NUMBER"], supported_language=supported_language,
                         name=name or "NationalShapeIdRecognizer11")

    def load(self) -> None:  # noqa: D102
        pass

    def analyze(self, text, entities, nlp_artifacts=None) -> list[RecognizerResult]:  # noqa: D102
        out: list[RecognizerResult] = []
        if sum(map(str.isdigit, text)) < 7:
            return out
        for pattern, s in _SHAPES11B:
            for m in pattern.finditer(text):
                if m.lastgroup == "zw" and not zimbabwe_id_ok(m.group(0)):
                    continue
                out.extend(NearLabelIdRecognizer11._result(self, m.start(), m.end(), s))  # type: ignore[arg-type]
        for start, end in list_row_cells(text):
            out.extend(NearLabelIdRecognizer11._result(self, start, end, 0.6))  # type: ignore[arg-type]
        return out


__all__ += ["NationalShapeIdRecognizer11", "zimbabwe_id_ok", "list_row_cells"]
