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
* **Lower-case words read by spaCy as a person** (:func:`lower_person`): every letter lower-case ("fue aprobada",
  "est convoqué"); a lower-case name in a chat is read by ``lowercase_names`` and the vault, not by spaCy.
"""

from __future__ import annotations

import re

_LABEL_LINE = re.compile(r"^[ \t>*•·-]*([^\W\d_][\w'’.ʼ-]*(?:[ \t/]+[\w'’.ʼ-]+){0,3})[ \t]*[:：][ \t]*(\S?)",
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
    return any(w[:1].islower() for w in words) or all(
        everyday(w.casefold()) and w.casefold() not in g.given for w in words)


def form_label(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` lies in the label of a form's ``Label: value`` line (module docstring)."""
    if ":" not in text[end:end + 3] and "：" not in text[end:end + 3]:
        return False
    labels = _labels(text)
    if len(labels) < 2:
        return False
    here = next((m for m in labels if m.start(1) <= start and end <= m.end(1)), None)
    if here is None or here.group(2)[:1].islower():
        return False
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
        return any(m is not here and _plain_label(m.group(1)) for m in labels) or _plain_label(label)
    return any(m is not here and _plain_label(m.group(1)) for m in labels) and len(label.split()) == 1 and \
        not any(m is not here and m.group(1).casefold() in g.given for m in labels)


def lower_person(text: str, start: int, end: int, source: str) -> bool:
    value = text[start:end]
    return source == "SpacyRecognizer" and any(c.isalpha() for c in value) and not any(c.isupper() for c in value)


def not_personal(text: str, start: int, end: int, entity: str, source: str = "") -> bool:
    """True when ``text[start:end]`` read as ``entity`` is one of the module docstring's non-personal spans."""
    if entity == "PERSON" and lower_person(text, start, end, source):
        return True
    return entity in ("PERSON", "LOCATION") and form_label(text, start, end)
