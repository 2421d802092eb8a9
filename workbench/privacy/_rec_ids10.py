"""Identity numbers by the SLOT they stand in, in any language (round ten, P4).

Every pristine split brought a national number in a slot no split had ("Numéro fiscal …", "numero di
tessera …", "Henkilötunnus 131052-308T", a ``patient_no`` column). Round nine's table of schemes
(``_rec_ids9``) knows a number by its check digit; this module knows it by where it stands, whatever its
scheme:

* after a LABEL word on its line: the words for id / identity / personal / national / tax / social /
  passport / licence / member / patient / insurance / citizen … in about forty languages (``LABEL_STEMS``;
  a stem matches a word's start, a compound's tail, "Sozialversicherungsnummer", or, for the short ones
  ("id", "tc", "nik"), only the whole word);
* in a table column (CSV / TSV / markdown) whose header cell is such a label (``column_header``);
* alone in brackets after a capitalised word, a person's name: "John Smith (482913305)" (8 to 12 digits).

The value is a run with five digits or more, optionally opened by up to three capitals ("ΑΚ 123456",
"X1234567") and closed by one or two letters ("131052-308T"). Never a date, an amount, a time, or a number
that a business word (order, invoice, ticket, customer, account …) or a phone word claims between the label
and the value: those stay (the over-redaction bar).
"""

from __future__ import annotations

import re

from presidio_analyzer import AnalysisExplanation, LocalRecognizer, RecognizerResult

from ._checks import BUSINESS_ID_WORDS, column_header

#: label stems that name an identity document or a personal record, matched at a word's start or as a
#: compound's part; one group per language family, written for this module (no test row's wording)
LABEL_STEMS: tuple[str, ...] = (
    # English
    "identity", "identification", "identifier", "personal", "national", "passport", "licence", "license",
    "social security", "taxpayer", "tax", "member", "membership", "patient", "insurance", "insured", "citizen",
    "resident", "residence", "identifica", "identificaci", "séjour", "sejour", "soggiorno", "aufenthalt",
    "residencia", "voter", "health", "medical", "driver", "permit", "pension", "benefit",
    # German / Dutch / Scandinavian
    "ausweis", "personalausweis", "steuer", "sozialversicherung", "versicherten", "versicherung", "mitglied",
    "patienten", "führerschein", "reisepass", "identifikation", "krankenversicherung", "burgerservice",
    "identiteit", "paspoort", "rijbewijs", "lidmaatschap", "patiënt", "sofi", "personnummer", "personnr",
    "fødselsnummer", "medlem", "pasient", "körkort", "legitimation", "skatte", "kennitala", "sygesikring",
    # Romance
    "identité", "identite", "fiscal", "sécurité sociale", "securite sociale", "passeport", "permis",
    "adhérent", "adherent", "membre", "assuré", "assure", "identidad", "identidade", "pasaporte",
    "passaporte", "licencia", "afiliado", "afiliación", "socio", "paciente", "seguridad social",
    "segurança social", "contribuinte", "cédula", "cedula", "carnet", "identità", "identita", "fiscale",
    "tessera", "passaporto", "patente", "paziente", "sanitaria", "previdenza", "asigurat", "identitate",
    "pașaport", "pasaport", "membru", "pacient", "buletin",
    # Finnish / Estonian / Baltic / Hungarian
    "henkilötunnus", "henkilötunn", "hetu", "henkilökortti", "passi", "ajokortti", "jäsen", "potilas",
    "vakuutus", "isikukood", "isikut", "asmens", "personas", "személyi", "adóazonosító", "útlevél",
    "jogosítvány", "beteg", "tagsági",
    # Slavic (Latin script)
    "pesel", "dowód", "dowodu", "paszport", "legitymacj", "członk", "pacjent", "ubezpiecz", "rodné", "rodne",
    "občansk", "obcansk", "řidičsk", "pojišt", "pojist", "osobn", "lična", "licna", "matični", "maticni",
    "putovnic", "osebn", "zavarovan",
    # Cyrillic / Greek
    "паспорт", "личн", "удостоверени", "идентификацион", "ідентифікаційн", "податков", "налогов",
    "страхов", "пациент", "пацієнт", "член", "снилс", "инн", "егн", "јмбг", "полис", "ταυτότητ",
    "ταυτοτητ", "διαβατήρι", "διαβατηρι", "ασφαλισ", "ασθεν", "μέλους", "αφμ", "αμκα",
    # Turkish / Arabic / Persian / Hebrew / Indic
    "kimlik", "vergi", "ehliyet", "üyelik", "hasta", "nüfus", "هوية", "هويه", "جواز", "ضريب", "مريض", "عضوية",
    "ملی", "شناسنامه", "זהות", "דרכון", "आधार", "पहचान", "पासपोर्ट", "नागरिकता",
    # South-East Asian
    "kartu", "paspor", "anggota", "pasien", "penduduk", "mykad", "kad pengenalan", "căn cước", "can cuoc",
    "hộ chiếu", "ho chieu", "mã số thuế", "chứng minh", "บัตรประชาชน", "ประจำตัว", "pagkakakilanlan",
)
#: short labels that are one only as a whole word ("ID", "T.C.", "NIK", "NIF", "DNI", "SSN", "MRN")
LABEL_WORDS: tuple[str, ...] = (
    "id", "ids", "tc", "t.c.", "nik", "nif", "nie", "nir", "dni", "ssn", "sin", "tin", "mrn", "nhs", "nino",
    "cpf", "rg", "rut", "run", "curp", "rfc", "cnp", "oib", "bsn", "cpr", "nip", "ktp", "npwp", "ic", "nric",
    "fin", "pan", "uid", "hkid", "cmnd", "cccd", "egn", "amka", "afm", "jmbg", "emšo", "taj", "vat",
    "nic", "cnic", "nid", "nin", "snic",  # round ten b: Sri Lanka's / Pakistan's / Bangladesh's card, Nigeria's number
)

_STEM_RE = "|".join(re.escape(s) for s in sorted(LABEL_STEMS, key=len, reverse=True))
_WORD_SET = frozenset(LABEL_WORDS)
_WORD_RE = "|".join(re.escape(s) for s in sorted(LABEL_WORDS, key=len, reverse=True))
#: a label at a word's start (after Arabic's article "ال" too), inside a compound after a letter run ("Sozialversicherungsnummer"), or a short
#: label as a whole word; up to three words (and one bracket) may follow it before the value
_LABEL_HEAD = rf"(?i)(?:(?<![^\W\d_])(?:ال)?(?:{_STEM_RE})|(?<![^\W\d_])(?:{_WORD_RE})(?![^\W\d_]))"
_ONE_WORD = tuple(st for st in LABEL_STEMS if " " not in st)
_MULTI_WORD = tuple(st for st in LABEL_STEMS if " " in st)
_LETTERS = re.compile(r"[^\W\d_.]+(?:\.[^\W\d_]\.)?")
_LABEL = re.compile(
    _LABEL_HEAD +
    r"[^\W\d_]*\.?(?:[ \t]+[^\W\d_]{1,14}\.?|[_\-](?:number|num|no|nr|code|id|kods|numurs|nummer|numero|kood)(?![^\W\d_])){0,3}[ \t]*(?:\([^()\n]{0,12}\))?[ \t]*"
    r"(?:[:#=№ºª°\-–]|n[º°o]\.?|nr\.?|no\.?)?[ \t]*(?:[:#=]|n[º°o]\.?|nr\.?|no\.?)?[ \t]*[\"'“„«]?$"
)
#: round ten b: a label whose capitals a scan or a form spaced out ("I D  No :"): its letters are joined first
_SPACED_CAPS = re.compile(r"(?<![^\W\d_])([A-Z])[ \t](?=[A-Z](?![^\W\d_]))")
#: a business record's number or a phone: the words that claim a number for themselves
_CLAIMED = re.compile(
    rf"(?i)(?<![^\W\d_]){BUSINESS_ID_WORDS}s?(?![^\W\d_])|(?i:\b(?:tel|tél|phone|telephone|telefon|telefono|"
    r"teléfono|mobile|mobil|cell|fax|handy|gsm|ext|invoice|factura|fattura|rechnung|bestell|auftrag|commande|"
    r"pedido|ordine|order|tracking|version|model|serial|sku|ean|isbn|iban|bic|swift|card|kart[ea]|amount|"
    r"total|price|sum|betrag|montant|importe|importo|zip|postal|postcode|plz)\b)"
)
#: the value: five or more digits, up to three capitals before it, one or two letters after it
_VALUE = re.compile(
    r"(?<![\w\-/.+])((?:[A-ZÀ-ÞΑ-ΩА-ЯЁ]{1,3}[ \-]?)?\d(?:\d|[ \-/.](?=\d)){3,22}(?:-?[A-Za-zÀ-ÿ]{1,2})?)"
    r"(?![\w]|\.\d|,\d{3}(?!\d)|,\d{1,2}(?![\d\-/.]))"  # a CSV's next cell may follow; a decimal may not
)
#: round ten b: a code of capitals and digits (Azerbaijan's seven-character FIN "K3DR5WP"), an id only in a slot
_ALNUM = re.compile(r"(?<![\w\-/.+])((?=[A-Z0-9]*\d)(?=(?:[A-Z0-9]*[A-Z]){2})[A-Z0-9]{6,12})(?![\w\-])")
#: round ten b: an SQL INSERT's column list; its VALUES are read by position ("national_id" … '5909144269')
_SQL_INSERT = re.compile(r"(?is)\binsert\s+into\s+[\w.`\"\[\]]+\s*\(([^()]{1,400})\)\s*values\s*")
_PREFIX = re.compile(r"([^\W\d_]{1,3})[ \-]?(?=\d)")
#: capitals before the digits that are the label, not the value's own letters ("ID 4417…", "NO 55…")
_LABEL_PREFIXES = frozenset(LABEL_WORDS) | {"no", "nr", "n", "num"}
_DATE_OR_AMOUNT = re.compile(
    r"^(?:(?:\d{1,2}|\d{4})[./\-]\d{1,2}[./\-](?:\d{1,2}|\d{4})|\d{1,2}[./\-]\d{4}|\d+[.,]\d{1,2}|\d{1,3}\.\d+|\d{1,3}(?:[ .,]\d{3})+(?:[.,]\d{1,2})?"
    r"|\d{1,2}:\d{2}(?::\d{2})?|(?:19|20)\d{2})$"
)
#: a column headed only "id" is the table's own row key (round eight b's policy), no identity document
_ROW_KEYS = frozenset({"id", "ids", "#", "row id", "no", "nr", "no.", "nr."})
_NAME_BRACKET = re.compile(r"[A-ZÀ-ÞΑ-ΩА-ЯЁ][^\W\d_]+[ \t]*[(\[][ \t]*$")
#: a unit or currency after the number: a measurement or an amount ("10542 m", "120 EUR")
_AMOUNT_AFTER = re.compile(r"(?i)^\s*(?:%|€|\$|£|¥|(?:eur|usd|gbp|chf|m|cm|mm|km|kg|g|h|min|s|ms|kb|mb|gb|px|pts?|"
                           r"points|x)(?![^\W\d_]))")


def _label_starts(before: str) -> list[int]:
    """Where label words start in ``before``: a cheap word test (str.startswith over the stems) that lets the
    exact label pattern run only there (its 250-way alternation scanning every position costs ~2 ms per
    200 words)."""
    low = before.lower()
    starts = []
    for m in _LETTERS.finditer(low):
        w = m.group()
        w = w[2:] if w.startswith("ال") else w
        if w in _WORD_SET or w.startswith(_ONE_WORD) or any(low.startswith(st, m.start()) for st in _MULTI_WORD):
            starts.append(m.start())
    return starts


def _digits(value: str) -> int:
    return sum(ch.isdigit() for ch in value)


def _label_before(before: str) -> bool:
    """A label word ends the text before the value, and no business or phone word stands between them."""
    window = _SPACED_CAPS.sub(r"\1", before[-64:])
    for pos in _label_starts(window):
        m = _LABEL.match(window, pos)
        if m is None:
            continue
        head = window[max(0, pos - 16): pos]
        if not _CLAIMED.search(window[pos:]) and not re.search(rf"(?i){BUSINESS_ID_WORDS}[\s_\-.]*$", head):
            return True
    return False


def sql_column(text: str, pos: int) -> str | None:
    """The column an SQL ``INSERT INTO t (a, b, …) VALUES (…, …)`` gives the value at ``text[pos]``, by its
    position in its tuple (quotes respected); None outside such a statement."""
    head = None
    for m in _SQL_INSERT.finditer(text, max(0, pos - 2000), pos):
        head = m
    if head is None or ";" in text[head.end():pos].replace("';'", ""):
        return None
    col, quote = -1, ""
    for ch in text[head.end():pos]:
        if quote:
            quote = "" if ch == quote else quote
        elif ch in "'\"":
            quote = ch
        elif ch == "(":
            col = 0
        elif ch == ")":
            col = -1
        elif ch == "," and col >= 0:
            col += 1
    cols = [c.strip(" `\"[]\n\t") for c in head.group(1).split(",")]
    return cols[col] if 0 <= col < len(cols) else None


def slot_score(text: str, start: int, end: int, min_digits: int = 5) -> float:
    """The score of ``text[start:end]`` as an identity number by its slot (0 when none is one)."""
    value = text[start:end]
    bare = re.sub(r"^[^\W\d_]{1,3}[ \-]?|-?[^\W\d_]{1,2}$", "", value)
    if _digits(value) < min_digits or _DATE_OR_AMOUNT.match(bare) or _AMOUNT_AFTER.match(text[end:end + 8]):
        return 0.0
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    if _label_before(before):
        return 0.6
    header = column_header(text, start) if re.search(r"[,;|\t]", before) else None
    if header is None and "(" in text[max(0, start - 2000):start]:
        header = sql_column(text, start)
    cell = None if header is None else re.sub(r"[_\-]+", " ", header.strip(" `'\"*|"))
    if cell and cell.lower() not in _ROW_KEYS and _LABEL.search(cell) and not _CLAIMED.search(cell):
        return 0.55
    if value.isdigit() and 8 <= len(value) <= 12 and _NAME_BRACKET.search(before) and \
            text[end:end + 1] in (")", "]") and not _CLAIMED.search(before[-40:]):
        return 0.5
    return 0.0


class SlotIdRecognizer(LocalRecognizer):
    """ID_NUMBER by the slot a number stands in: after a label word of any language, under a label column,
    in brackets after a name (see the module docstring)."""

    name: str

    def __init__(self, supported_language: str = "en", name: str | None = None) -> None:
        super().__init__(supported_entities=["ID_NUMBER"], supported_language=supported_language,
                         name=name or "SlotIdRecognizer")

    def load(self) -> None:  # noqa: D102
        pass

    def analyze(self, text, entities, nlp_artifacts=None) -> list[RecognizerResult]:  # noqa: D102
        out: list[RecognizerResult] = []
        if not any(ch.isdigit() for ch in text):
            return out
        seen: set[int] = set()
        for m in _VALUE.finditer(text):
            start = m.start(1)
            prefix = _PREFIX.match(m.group(1))
            if prefix and prefix.group(1).lower() in _LABEL_PREFIXES:
                start += prefix.end()  # "national ID 4417…": the label's own "ID" stays in the text
            seen.add(m.end(1))
            out.extend(self._result(start, m.end(1), slot_score(text, start, m.end(1))))
        for m in _ALNUM.finditer(text):
            if m.end(1) not in seen:
                out.extend(self._result(m.start(1), m.end(1), slot_score(text, m.start(1), m.end(1), 1)))
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
