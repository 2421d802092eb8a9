"""Round fourteen (PT, issue 15): a name's later mentions in the same text.

The session vault finds a name's parts in later turns ("Gonzalez" after "Maria Gonzalez", ``_known``), but inside
one prompt a part standing alone after the full name was left to the recognizers, which often miss it: "household
head Anish Naidu was away, spoke to Anish instead", "uid=Anish.Singh ... sn: Singh", "spouse HOXHA Shpëtim ...
client HOXHA". :func:`later_mentions` builds the vault's own matcher (``_known.KnownValues``: the surname or given
name alone, other case, "Surname, Given", initials, hyphen halves) over the PERSON spans found in this text and adds
the matches nothing else covers. Only names the recognizers are sure of (two words or more, not every one an
everyday word, score 0.8 or more) lend their parts, and a part that is an everyday English word is not taken alone
("Grace", "Will": the recognizers decide those), so a misread heading does not spread over the text.
"""

from __future__ import annotations

_SURE = 0.8
#: off only to measure this module against the tree without it (bench: the same process, the same samples)
ENABLED = True


def _sure_name(value: str, score: float) -> bool:
    from ._gazetteer import everyday

    words = [w.strip(".,'’()") for w in value.split()]
    words = [w for w in words if len(w) >= 2 and w[:1].isalpha()]
    return score >= _SURE and "\n" not in value and 2 <= len(words) <= 5 and len(value) <= 60 and \
        not all(everyday(w) for w in words)


def later_mentions(text: str, spans: list[list]) -> None:
    """Append to ``spans`` ([start, end, type, score, rank, placeholder]) a PERSON span for every later mention of a
    sure name's parts that no span covers yet (module docstring)."""
    from ._gazetteer import everyday
    from ._known import KnownValues

    if not ENABLED:
        return
    names = {text[s[0]:s[1]].strip() for s in spans if s[2] == "PERSON" and _sure_name(text[s[0]:s[1]], s[3])}
    if not names:
        return
    matcher = KnownValues([("PERSON", v, f"<PERSON_{i}>") for i, v in enumerate(sorted(names))])
    added = []
    for start, end, _type, _token in matcher.find(text):
        if any(start < s[1] and s[0] < end for s in spans) or any(start < a and b < end for a, b in added):
            continue
        value = text[start:end]
        if " " not in value.strip() and everyday(value.strip(".,")):
            continue
        added.append((start, end))
        spans.append([start, end, "PERSON", 0.6, 1, None])
