"""Round fifteen (PT, issue 15): English over-redaction that a record's or a sentence's structure rules out.

Diagnosed on the seen splits HELD-OUT-10..15 (every word redacted outside personal data, grouped by cause); each rule
reads how the text is built, never a seen split's words:

* **No name at all** (:func:`not_personal`, beside ``_over14.not_personal`` in ``_over12.not_personal``):
  - a form's label read as a name: a span opening its line or field and standing right before a colon that the
    label lists already read as a person's, an address's or one of its parts' label, in any language
    ("Dirección:", "Adresse:", "Naam:"; not "CN=Nome Minuto:mailto:", a name);
  - a form's heading: a span filling the first line of the text (or a line after a blank one), the lines under it
    fields ``Label: value`` and one of those labels a person's ("Ficha de inscripción" over "Nombre completo: ...",
    "Анкета" over "Ф.И.О.: ..."): the person is the field's value, the heading is the form's name;
  - one lower-case everyday word read as a person or place ("spinster, of Big Bend");
  - a common word (the tagger's frequent-word list) that is no given name before a colon and a lower-case value
    ("Repair: replaced the hinge"; a chat's speaker with a rare dictionary word for a name, "Kahu: can you ...",
    and given names, "Will:", "Rose:", stay names);
  - the first word of a role phrase: an everyday word before a lower-case role noun and a colon ("Loan officer:",
    "Poll clerk:", "Loan officer comment:"), or the first word of an iCalendar property's value glued to its colon
    and followed by a lower-case word ("SUMMARY:Loan review with ...");
  - "Box" after "P.O." / "PO";
  - one word closing a line that opens with a role ("Claims Adjuster, Debswana", "Lab Technologist, Sonelgaz"):
    the employer; a listed given name or surname there stays a name ("Sales Manager, Kowalski").
* **A PERSON span cut back to its name** (:func:`trim`, in ``Privacy._select`` after the names have grown, so
  growth does not take back what is cut):
  - a word opening it that reads as a verb form or a party noun, not as a name: an everyday word ending in -ing or
    -ed ("Forwarding", "Quoting", "Insured") or in -ee ("Consignee Wissem Zerrouki", "CONSIGNEE SCHROEDER Jean")
    that is no listed given name, surname or title, outside quotes and table cells unless in capitals (there round
    twelve's growth decides: "'Witness Emmanuel Nnko'"; "| CONSIGNEE SCHAACK Joëlle |" is cut); a title left alone stays redacted ("Quoting Dr" -> "Quoting <PERSON>"),
    a title being read as part of the name that follows it;
  - a phone label closing it before the number ("Freddy A. Pacheco Tel 0058 ...");
  - a colon inside it: a chat's message after the speaker ("Mambetov Kayrajan: Morning all" keeps the speaker), a
    one-letter or everyday label before the name ("A: ZITOUNI Lamia"), a form label after the name's column
    ("KREMER, Carole   Sex: F");
  - a role closing it after a comma ("FROLOV MAKSIM, Notary Clerk at ...");
  - a month closing it before a day's number ("Dr. Ssekandi  May 9, 2027");
  - a title closing it (the next mention's: "Mr. John Smith Mr. John Smith").
* **A LOCATION span** loses a lower-case everyday word or label opening it ("place of birth Ettelbruck",
  "tel +230...").
"""

from __future__ import annotations

import re

#: off only to measure this module against the tree without it (bench: the same process, the same samples)
ENABLED = True

_NAMEISH = ("PERSON", "LOCATION")
_COLON_AFTER = re.compile(r"[ \t]*[:：]")
_ROLE_COMMA = re.compile(r"^[ \t]*(?:[A-Z][a-z]+[ \t]+){0,2}([A-Z][a-z]{3,}),[ \t]+$")  # "Claims Adjuster, "
_LABEL_BEFORE = re.compile(r"(?:^|[|;\t][ \t]*|[ \t]{2,})[ \t>*•-]*$")  # a label opens its line or field, not "CN="
_FIELD_LINE = re.compile(r"[ \t]*([^\W\d_][^:：\n]{0,40}?)[ \t]*[:：][ \t]*\S")
_LOWER_VALUE = re.compile(r":[ \t]+[a-zß-öø-ÿ]")
_ROLE_AFTER = re.compile(r"[ \t]+([a-z]{3,})(?:[ \t]+[a-z]{3,})?[ \t]*[:：]")
_ICAL_BEFORE = re.compile(r"^[A-Z][A-Z-]{2,}(?:;[^:\n]*)?:$")
_LOWER_WORD_AFTER = re.compile(r"[ \t]+[a-z]")
_PO_BEFORE = re.compile(r"\bP\.?[ \t]?O\.?[ \t]?$", re.IGNORECASE)
_PHONE_LABELS = frozenset("tel tel. phone ph mob mobile cell fax whatsapp telefon tél móvil celular".split())
_NUMBER_AFTER = re.compile(r"[.:]?[ \t]*[+(]?\d")
_MONTHS = frozenset("january february march april may june july august september october november december "
                    "jan feb mar apr jun jul aug sep sept oct nov dec".split())
_DAY_AFTER = re.compile(r"[ \t]+\d{1,2}\b")
_WORD = re.compile(r"\S+")
_CELL_LEFT = re.compile(r"(?:['\"“‘|\t>]|<td>)[ \t]*$")  # a quoted value or a table cell: round twelve's growth decides


def _names():
    from ._gazetteer import gazetteer

    return gazetteer()


def _name_word(low: str) -> bool:
    g = _names()
    return low in g.given or low in g.surnames


def _inflected(low: str) -> bool:
    """An everyday word's -ing or -ed form ("forwarding", "quoting", "insured"), the stem four letters or more
    ("Seyed" is no "sey" + -ed); never a word in -eed ("Waleed")."""
    from ._gazetteer import everyday

    if low.endswith("eed"):
        return False  # "Waleed", "Rasheed", "Saeed": Arabic given names, not "wale" + -ed
    for end in ("ing", "ed"):
        if low.endswith(end):
            stem = low[: -len(end)]
            if len(stem) >= 4 and (everyday(stem) or everyday(stem + "e") or
                                   len(stem) > 3 and stem[-1] == stem[-2] and everyday(stem[:-1])):
                return True
    return False


def _form_label(value: str) -> bool:
    from ._rec_address13 import _label_kind
    from ._rec_names13 import person_label

    return person_label(value) or _label_kind(value) in ("address", "part")


def _heading(text: str, start: int, end: int) -> bool:
    from ._rec_names13 import person_label

    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if line_end < 0:
        return False
    head = text[line_start:line_end]
    rest = head[end - line_start:].strip()
    if head[: start - line_start].strip() or rest and any(c.isalpha() for c in rest.replace("Nr", "")):
        return False  # the span does not fill its line (a number after it may stay: "Invoice 2027-044")
    if line_start and text[:line_start - 1].strip() and not text[:line_start - 1].endswith("\n"):
        return False  # neither the text's first line nor a line after a blank one
    lines = text[line_end + 1:].split("\n")[:6]
    fields = [m.group(1) for m in (_FIELD_LINE.match(line) for line in lines) if m]
    return bool(lines) and bool(_FIELD_LINE.match(lines[0])) and any(
        person_label(f) or person_label(f.replace(".", "")) for f in fields)  # "Ф.И.О." is "ФИО"


def _employer(text: str, start: int, end: int, value: str) -> bool:
    """One word closing a line after "<Capitalised role noun>, ": the employer of a signature's or CV's role line."""
    from ._gazetteer import role_words

    line_start = text.rfind("\n", 0, start) + 1
    m = _ROLE_COMMA.search(text[line_start:start])
    if not m or m.group(1).casefold() not in role_words() or text[end:end + 1] not in ("", "\n", "\r"):
        return False
    return not _name_word(value.casefold())


def not_personal(text: str, start: int, end: int, entity: str, source: str = "", score: float = 1.0) -> bool:
    """True when ``text[start:end]`` read as ``entity`` is one of the module docstring's non-personal spans."""
    if entity not in _NAMEISH or not ENABLED:
        return False
    from ._gazetteer import everyday, role_words
    from ._rec_tagger import common_words

    value = text[start:end].strip()
    if not value:
        return False
    low = value.casefold()
    one = " " not in value
    line_start = text.rfind("\n", 0, start) + 1
    if _COLON_AFTER.match(text, end) and len(value) <= 40 and _LABEL_BEFORE.search(text[line_start:start]) and \
            _form_label(value):
        return True  # "Dirección:", "Adresse:"
    if _heading(text, start, end):
        return True  # "Ficha de inscripción" over "Nombre completo: ..."
    if not one:
        return False
    if _employer(text, start, end, value):
        return True  # "Claims Adjuster, Sonelgaz"
    if value.islower() and value.isalpha() and everyday(value) and not _name_word(low):
        return True  # "spinster"
    g = _names()
    if value.isalpha() and low in common_words() and low not in g.given and _LOWER_VALUE.match(text, end):
        return True  # "Repair: replaced the hinge"; a rare dictionary word is a speaker's name ("Kahu: can you")
    if value[:1].isupper() and value.isalpha() and everyday(value):
        m = _ROLE_AFTER.match(text, end)
        if m and m.group(1) in role_words():
            return True  # "Loan officer:", "Poll clerk:"
        line_start = text.rfind("\n", 0, start) + 1
        if _ICAL_BEFORE.match(text[line_start:start]) and _LOWER_WORD_AFTER.match(text, end):
            return True  # "SUMMARY:Loan review with"
    return low == "box" and bool(_PO_BEFORE.search(text[max(0, start - 8):start]))


# -- trimming ---------------------------------------------------------------------------------------------------------
def _opening_word(word: str) -> bool:
    """A word opening a PERSON span that is no name: a verb form or a party noun (module docstring)."""
    from ._gazetteer import TITLES, everyday
    from ._rec_names13 import _PARTICLES

    w = word.strip(".,:;")
    if not w.isalpha() or not w[:1].isupper() or w in _PARTICLES:
        return False
    low = w.casefold()
    if _name_word(low) or low in TITLES:
        return False
    if _inflected(low):
        return True
    return everyday(low) and low.endswith("ee")


def _cut_colon(text: str, span: list) -> None:
    from ._gazetteer import everyday

    value = text[span[0]:span[1]]
    m = re.search(r"[:：][ \t]+", value)
    if not m or m.start() == 0:
        return
    left, right = value[:m.start()], value[m.end():]
    right_first = right.split()[0].strip(".,!") if right.split() else ""
    left_words = left.split()
    if right_first and everyday(right_first) and right_first.casefold() not in _names().given and \
            any(c.isupper() for c in left):
        span[1] = span[0] + len(left.rstrip())  # "Kayrajan: Morning all"
    elif len(left_words) == 1 and (len(left.strip()) == 1 or everyday(left.strip())) and \
            not _name_word(left.strip().casefold()) and any(c.isupper() for c in right):
        span[0] = span[0] + m.end()  # "A: ZITOUNI Lamia"
    elif len(left_words) >= 1 and re.search(r"[ \t]{2,}\S+$", left):
        cut = re.search(r"[ \t]{2,}\S+$", left)
        span[1] = span[0] + cut.start()  # "KREMER, Carole   Sex: F"


def _title_word(word: str) -> bool:
    from ._gazetteer import TITLES

    return word[:1].isupper() and word.rstrip(".").casefold() in TITLES


def _cut_end(text: str, span: list) -> None:
    from ._gazetteer import _ROLE_SUFFIX, everyday, role_words

    words = [(m.start(), m.end()) for m in _WORD.finditer(text, span[0], span[1])]
    if len(words) < 2:
        return
    last = text[words[-1][0]:words[-1][1]]
    low = last.casefold()
    if low in _PHONE_LABELS and _NUMBER_AFTER.match(text, words[-1][1]):
        span[1] = words[-2][1]  # "Pacheco Tel 0058 ..."
    elif _title_word(last):
        span[1] = words[-2][1]  # "John Smith Mr. John Smith": the next mention's title
    elif low in _MONTHS and _DAY_AFTER.match(text, words[-1][1]):
        span[1] = words[-2][1]  # "Ssekandi  May 9"
    elif text[words[-2][1] - 1] == "," and last.isalpha() and last[:1].isupper() and \
            (low in role_words() or everyday(low) and _ROLE_SUFFIX.search(low)) and not _name_word(low):
        span[1] = words[-2][1] - 1  # "FROLOV MAKSIM, Notary"
    while span[1] > span[0] and text[span[1] - 1] in " \t,;":
        span[1] -= 1


def _cut_location(text: str, span: list) -> None:
    from ._gazetteer import everyday

    words = [(m.start(), m.end()) for m in _WORD.finditer(text, span[0], span[1])]
    if len(words) < 2:
        return
    first = text[words[0][0]:words[0][1]]
    low = first.casefold().strip(".:")
    if first.islower() and first.strip(".:").isalpha() and (everyday(low) or low in _PHONE_LABELS) \
            and not _name_word(low):
        span[0] = words[1][0]  # "birth Ettelbruck", "tel +230 ..."


def trim(text: str, spans: list[list]) -> None:
    """The raw PERSON and LOCATION spans of ``spans`` ([start, end, type, score, rank, placeholder]) cut back to
    their name or place, in place (module docstring); a PERSON span left with titles only is removed."""
    if not ENABLED:
        return
    from ._over14 import _cut_fields

    gone = []
    for span in spans:
        if span[4] != 1 or span[5] is not None or span[2] not in _NAMEISH or "\n" in text[span[0]:span[1]]:
            continue
        if span[2] == "LOCATION":
            _cut_location(text, span)
            continue
        old = (span[0], span[1])
        if ":" in text[span[0]:span[1]] or "：" in text[span[0]:span[1]]:
            _cut_colon(text, span)
            if (span[0], span[1]) != old and span[1] > span[0]:
                _cut_fields(text, span)
        words = [(m.start(), m.end()) for m in _WORD.finditer(text, span[0], span[1])]
        cell = _CELL_LEFT.search(text, max(0, span[0] - 8), span[0])
        first = text[words[0][0]:words[0][1]] if words else ""
        if len(words) >= 2 and (not cell or first.isupper()) and _opening_word(first):
            span[0] = words[1][0]  # "Consignee Wissem Zerrouki", "Forwarding Qodir Saidov"
        if span[1] > span[0]:
            _cut_end(text, span)
        if span[1] <= span[0] or not text[span[0]:span[1]].split():
            span[0], span[1] = old
            gone.append(span)
    for span in gone:
        spans.remove(span)
