"""Round fifteen (PT, issue 15): names found by how a record writes them, and the title that goes with a name.

Diagnosed on the seen splits HELD-OUT-13..15 (names sent in clear, grouped by cause); every reader keys on a format,
not on a seen split's words:

* **A transcript's speaker in capitals** (:func:`spans15`): a line opening with one to three words in capitals and a
  colon, then a sentence ("OEHRI: Thank you all ...", "DE CHAZAL: The borehole ..."), the way minutes and
  transcripts write a speaker's surname. The words must be no everyday word, acronym (a vowel and four letters or
  more, or two words), listed city or country, and no label the form-label lists know ("NOTE:", "IBAN:", "SUBJECT:"
  stay); a particle ("DE", "VAN", "AL") may open the name.
* **A passenger name record's name** (:func:`spans15`): ``SURNAME/Given`` with an optional title after it
  ("1.SOARES/Agostinho MRS"), as airline PNRs and tickets (IATA) write a name: the surname in capitals, the given
  names capitalised, or in capitals when a title follows; the title stays in the text.
* **A patronymic or kinship word after a name** (:func:`after_words`): the lower-case words Turkic and Central
  Asian names close with ("уулу", "kyzy", "oglu", "қызы": "son / daughter of") and the postposed forms of address
  written with them ("байке", "эже", "ака", "опа") join the PERSON span before them ("Акбарайым Саниянура уулу").
* **A title before a name** (:func:`titled`, after the names have grown): an honorific or office written just
  before a PERSON span ("Mme VEERASAMY Anjali", "Rev. Lungile Mabuza", "Frau Dr. Kindle Sabine") joins the span,
  so the mention is replaced as one ("Mme <PERSON_1>" said whom it was about less than "<PERSON_1>", and generators
  of names, Faker's among them, write the title as part of the name).
"""

from __future__ import annotations

import re

#: off only to measure this module against the tree without it (bench: the same process, the same samples)
ENABLED = True
TITLES_ENABLED = False

_CAPS = r"[A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁ][A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁ'’-]+"
_SPEAKER = re.compile(rf"^[ \t]*({_CAPS}(?:[ \t]{_CAPS}){{0,2}})[ \t]*:[ \t]+(?=[A-ZÀ-ÖØ-Þ\"“'][a-zß-öø-ÿ'’ ])",
                      re.MULTILINE)
_PNR = re.compile(r"(?<![\w/@-])(?<![^\W\d_]\.)([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]+(?: [A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]+)?)/"
                  r"([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+(?: [A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+){0,2}|"
                  r"[A-ZÀ-ÖØ-Þ]{2,}(?: [A-ZÀ-ÖØ-Þ]{2,})?(?= (?:MRS|MR|MS|MISS|MSTR|DR)\b))"
                  r"(?: (?:MRS|MR|MS|MISS|MSTR|DR)\b)?(?![\w/])")
_VOWEL = re.compile(r"[AEIOUYÀ-ÆÈ-ÏÒ-ÖØ-ÜАЕЁИОУЫЭЮЯ]")
#: written after a name in lower case: patronymic markers (Turkic languages, Latin and Cyrillic script) and the
#: Kyrgyz / Uzbek / Tajik forms of address that follow a name
_AFTER_WORDS = frozenset("oğlu oglu ogly qızı qizi kızı kizi uulu kyzy ugli uly ulı ұлы қызы улы кызы уулу угли "
                         "ўғли қизи оглы кизи байке эже ака опа апа".split())
_AFTER_WORD = re.compile(r"[ \t]+([^\W\d_]+)(?![\w-])")
_TITLE_BEFORE = re.compile(r"([^\W\d_]{1,10}\.?)[ \t]+$")


def _not_name_word(word: str) -> bool:
    from ._gazetteer import everyday, gazetteer

    low = word.casefold().strip("'’-")
    g = gazetteer()
    if low in g.words or low in g.cities or low in g.countries or low in g.regions:
        return True  # "WORK", "NOTE", "LONDON"
    return everyday(low) and low not in g.surnames and low not in g.given  # "SOARES" is no "soar" + -es


def _speaker(words: list[str]) -> bool:
    from ._rec_address13 import _label_kind
    from ._rec_names13 import _PARTICLES, person_label

    core = [w for w in words if w.casefold() not in _PARTICLES]
    if not core:
        return False
    value = " ".join(words)
    if person_label(value) or _label_kind(value):
        return False
    if len(core) == 1 and (len(core[0]) < 4 or not _VOWEL.search(core[0])):
        return False  # an acronym: "ID", "NB", "FYI", "CRM"
    return not any(_not_name_word(w) or not _VOWEL.search(w) for w in core)


def spans15(text: str, spans: list[list]) -> None:
    """Append to ``spans`` ([start, end, type, score, rank, placeholder]) a PERSON span for every speaker in
    capitals and passenger-record name that no other span overlaps but a part of it (module docstring); a record
    whose given part is everyday words only ("CEO/Founder") is none."""
    if not ENABLED:
        return
    from ._gazetteer import everyday, gazetteer

    found: list[tuple[int, int]] = []
    if ":" in text:
        for m in _SPEAKER.finditer(text):
            if _speaker(m.group(1).split()):
                found.append((m.start(1), m.end(1)))
    if "/" in text:
        for m in _PNR.finditer(text):
            surname, given = m.group(1), m.group(2)
            g = gazetteer()
            if all(_VOWEL.search(w) and len(w) >= 3 and not _not_name_word(w) for w in surname.split()) and \
                    not all(everyday(w) and w.casefold() not in g.given for w in given.split()):
                found.append((m.start(), m.end(2)))  # the title after the name ("MRS") stays, as it does before one
    for start, end in found:
        hits = [s for s in spans if start < s[1] and s[0] < end]
        if all(s[2] == "PERSON" and start <= s[0] and s[1] <= end for s in hits):
            spans.append([start, end, "PERSON", 0.7, 1, None])  # a part found ("Agostinho") merges into it


def after_words(text: str, spans: list[list]) -> None:
    """Widen every raw PERSON span over a patronymic or form-of-address word written just after it, in place."""
    if not ENABLED:
        return
    for span in spans:
        if span[2] != "PERSON" or span[4] != 1 or span[5] is not None:
            continue
        m = _AFTER_WORD.match(text, span[1])
        if m and m.group(1) in _AFTER_WORDS and not any(s is not span and s[0] < m.end() and m.start(1) < s[1]
                                                      for s in spans):
            span[1] = m.end(1)


def titled(text: str, spans: list[list]) -> None:
    """Widen every raw PERSON span over the honorifics written just before it ("Mme ", "Frau Dr. "), in place."""
    if not ENABLED or not TITLES_ENABLED:
        return
    from ._rec_names10 import _is_honorific

    for span in spans:
        if span[2] != "PERSON" or span[4] != 1 or span[5] is not None:
            continue
        for _ in range(3):
            line_start = text.rfind("\n", 0, span[0]) + 1
            m = _TITLE_BEFORE.search(text, line_start, span[0])
            if not m or not m.group(1)[:1].isupper() or not _is_honorific(m.group(1), True):
                break
            before = m.start(1)
            if any(s is not span and s[0] < span[0] and before < s[1] for s in spans):
                break  # the word before is another span's
            span[0] = before
