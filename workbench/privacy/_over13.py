"""Round thirteen (PN, issue 15): spans read as a person or place that are a form's labels or a sentence's
lower-case words, in any language.

A fresh fuzz of forms and records in other languages (``bench/pn_names_fresh13.py``) had the tagger and spaCy read
the labels themselves as names ("Fødselsdato:", "Geburtsdatum:", "Cuenta:", "Statut:") and spaCy read lower-case
Spanish and French words as a person ("fue aprobada"). Word lists cannot reach every language's labels; the form's
shape can:

* **A form's label** (:func:`form_label`): the span lies in the label of a ``Label: value`` line (one to four words
  at the line's start, a colon, French spacing too) in a text with two such lines or more, the value opens with a
  capital, a digit or a mark (a chat's reply opens lower-case: "Rada: thanks"), the line is no chat speaker's
  (``_rec_names12.speaker``: the same word speaks elsewhere), and the label is no listed given name or surname
  unless another label of the form is plainly a label (a person label of ``_rec_names13``, an English everyday
  word, a word in lower case): "Seraphine: 0612 33 45 / Lazare: 0612 ..." is a contact list and keeps its names.
* **A noun phrase after an article** (:func:`article_before`): a PERSON span right after a lower-case article of
  Spanish, French, Italian, Portuguese, German or Dutch ("aprobó el Presupuesto Anual"), whose first word is no listed
  given name; "de la Cruz", "van der Berg" keep their particles.
* **Lower-case words read by spaCy as a person** (:func:`lower_person`): every letter lower-case ("fue aprobada",
  "est convoqué"); a lower-case name in a chat is read by ``lowercase_names`` and the vault, not by spaCy.
"""

from __future__ import annotations

import re

_LABEL_LINE = re.compile(r"^[ \t>*•·-]*([^\W\d_][\w'’.ʼ-]*(?:[ \t/]+[^\W\d_][\w'’.ʼ-]*){0,3})[ \t]*[:：][ \t]*(\S?)",
                         re.MULTILINE)


def _labels(text: str) -> list[re.Match]:
    return [m for m in _LABEL_LINE.finditer(text) if len(m.group(1)) <= 40]


def _plain_label(label: str) -> bool:
    from ._gazetteer import everyday, gazetteer
    from ._rec_names13 import person_label

    if person_label(label):
        return True
    words = label.split()
    g = gazetteer()
    from ._rec_tagger import common_words

    common = common_words()
    return _lower_word(label) or all(everyday(w.casefold()) and w.casefold() in common and w.casefold() not in g.given
                                     for w in words)


def _lower_word(label: str) -> bool:
    """A label with a lower-case word that is no name's particle ("Date de naissance", "Хурлын тэмдэглэл")."""
    from ._rec_names13 import _PARTICLES

    return any(w[:1].islower() and w not in _PARTICLES for w in label.split())


def _contact_list(labels: list[re.Match], text: str) -> bool:
    """Every label one word and every value a number ("Lazare: 0612 33 45 67"): a list of people's numbers."""
    return all(len(m.group(1).split()) == 1 and m.group(2)[:1] in "+0123456789(" for m in labels)


_NAME_VALUE = re.compile(r"[ \t]*(?:[^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*){1,3})[ \t]*$")


def _name_value(text: str, here: re.Match) -> bool:
    """The line's value is two to four capitalised words and nothing else ("Отправитель: Жаксылыков Ерлан"): the
    label names the person after it; a speaker says a sentence."""
    end = text.find("\n", here.end(1))
    value = text[text.index(":", here.end(1)) + 1 if ":" in text[here.end(1):here.end(1) + 3] else here.end(1):
                 end if end >= 0 else len(text)]
    words = value.split()
    from ._gazetteer import everyday

    return bool(_NAME_VALUE.fullmatch(value)) and all(w[:1].isupper() for w in words) and \
        len(here.group(1).split()) <= 2 and not all(everyday(w.casefold().strip(".")) for w in words)


def form_label(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` lies in the label of a form's ``Label: value`` line (module docstring)."""
    if ":" not in text[end:end + 40] and "：" not in text[end:end + 40]:
        return False
    labels = _labels(text)
    here = next((m for m in labels if m.start(1) <= start and end <= m.end(1)), None)
    if here is None or here.group(2)[:1].islower():
        return False
    from ._rec_zh_names14 import name_label

    if name_label(here.group(1)):
        return False  # round fourteen (PZN): "何伟景：我到楼下了" is a chat's speaker, not a Chinese form's label
    if len(labels) < 2 and not _lower_word(here.group(1)) and not _name_value(text, here):
        return False  # one "Word: value" line alone may be a speaker or a name; "Date de naissance:" is a label
    from ._gazetteer import gazetteer
    from ._rec_names12 import speaker

    label = here.group(1)
    g = gazetteer()
    if (start, end) != (here.start(1), here.end(1)) and any(
            w.casefold() in g.given or w.casefold() in g.surnames for w in text[start:end].split()):
        return False  # "Client Ana Lima: 0612 ...": a name inside a longer label is still a name
    if speaker(text, here.start(1), here.end(1)) or any(
            m is not here and m.group(1) == label and m.group(2)[:1].islower() for m in labels):
        return False  # "Seraphine: did the cohort query finish?" ... "Seraphine: thanks"
    listed = all(w.casefold() in g.given or w.casefold() in g.surnames for w in label.split())
    if not listed:
        plain = any(m is not here and _plain_label(m.group(1)) for m in labels) or _plain_label(label)
        return plain or not _contact_list(labels, text)  # "Estado: Pendiente / Moneda: Soles": a form
    return any(m is not here and _plain_label(m.group(1)) for m in labels) and len(label.split()) == 1 and \
        not any(m is not here and m.group(1).casefold() in g.given for m in labels)


#: a lower-case article of a language that puts none before a person's name ("el Presupuesto Anual", "la Gerencia
#: Comercial", "die Geschäftsleitung"); "de la Cruz", "van der Berg" keep theirs as particles
_ARTICLE_BEFORE = re.compile(r"(?:^|[\s(\"'«])(el|los|las|la|le|les|una|une|der|das|dem|il|gli|uma|het|"
                             r"een)[ \t]+$")
_PARTICLE_BEFORE = re.compile(r"(?:^|\s)(?:de|del|van|von|da|do|di|du|ter|ten)[ \t]+\S+[ \t]+$", re.IGNORECASE)


def article_before(text: str, start: int, end: int) -> bool:
    """A PERSON span right after a lower-case article ("aprobó el Presupuesto Anual") whose first word is no listed
    given name: a noun phrase of a language that writes no article before a name."""
    before = text[max(0, start - 30):start]
    m = _ARTICLE_BEFORE.search(before)
    if not m or _PARTICLE_BEFORE.search(before):
        return False
    from ._gazetteer import TITLES, gazetteer

    words = text[start:end].split()
    if not words or words[0].endswith(".") or words[0].casefold() in TITLES:
        return False  # "el Lic. Ramón Almonte", "la Sra. Peña": a title opens a name
    return words[0].casefold() not in gazetteer().given


def lower_person(text: str, start: int, end: int, source: str) -> bool:
    value = text[start:end]
    letters = [c for c in value if c.isalpha()]
    if source != "SpacyRecognizer" or not letters or not all(c.islower() for c in letters):
        return False  # Khmer has no case
    from ._rec_names13 import _PARTICLES

    return not all(w in _PARTICLES for w in value.split())  # "qızı" after a name is the name's patronymic word


def not_personal(text: str, start: int, end: int, entity: str, source: str = "") -> bool:
    """True when ``text[start:end]`` read as ``entity`` is one of the module docstring's non-personal spans."""
    if entity == "PERSON" and (lower_person(text, start, end, source) or article_before(text, start, end)):
        return True
    return entity in ("PERSON", "LOCATION") and form_label(text, start, end)
