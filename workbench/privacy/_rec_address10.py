"""Round ten (P3): street-type words of every Faker locale, as data, for ``_rec_address_shapes.vocab_streets``.

Each pristine split brought national street forms nobody here had written ("küçəsi", "vulytsia", "Calzada",
"Rodovia", "খিয়াবান"...). Rather than add each country by hand, the street types that Faker's address providers
(MIT; a runtime dependency already) hold for all of their locales are copied into ``data/street_types10.txt``, with
the side of the name they are written on, read from that locale's street-name formats: ``{{street_prefix}}
{{last_name}}`` puts the type before the name ("pre"), ``{{last_name}} {{street_suffix}}`` after it ("post"); a list
with no format says nothing of its side and goes to both. ``vocab()`` merges the file into the hand-written
``address_vocab.txt``, so the existing rules (a number or a postcode near, a name of no everyday words only) decide.

Left out, so that the list holds types and not names:

* lists glued to the name (``{{street_prefix}}{{street_suffix}}``: Finnish and Swedish name stems, Dutch and Norwegian
  endings): no word of their own to look for (the compound-name rule reads glued German/Nordic streets);
* Chinese, Japanese and Korean characters (their own recognizers read those addresses), and words the street
  tokens cut apart (Devanagari and Bengali vowel signs are no word characters to `re`);
* one-letter words, short everyday words ("put", "av"), English locales (their suffixes are read already), compass points and the "bis" of a house number
  ("Norte", "Sur", "Este", "Bis"), and entries with a template placeholder.

A word of a script without capitals (Arabic, Persian, Bengali, Devanagari, Georgian...) stands as a name there:
``uncased`` says so, and ``vocab_streets`` reads such a word as it reads a capitalised one.

Rebuild the file (after a Faker upgrade): ``python -m workbench.privacy._rec_address10 --build``.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

__all__ = ["FILE", "build", "uncased"]

FILE = "street_types10.txt"
#: the name lists of a street-type word in Faker's address providers
_LISTS = ("street_prefixes", "street_prefixes_short", "street_prefixes_long", "street_suffixes", "street_suffixes_short",
          "street_suffixes_long", "street_suffixes_fem", "street_suffixes_masc", "street_suffixes_neu")
#: modifiers and house-number marks that some locales list as suffixes: no street type
_NOT_TYPES = frozenset("norte sur este oeste bis nord sud est ouest north south east west số".split())
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
#: a word as ``_rec_address_shapes._VTOKEN`` reads it, whole
_WHOLE = re.compile(r"[^\W_][\w'’\-]*\.?")


def uncased(token: str) -> bool:
    """True for a word whose first letter has no upper or lower case (Arabic, Bengali, Georgian, Devanagari...)."""
    ch = token[:1]
    if "\u10d0" <= ch <= "\u10ff":
        return True  # Georgian Mkhedruli: Unicode gave it capitals (Mtavruli) in 2018; addresses do not use them
    return ch.isalpha() and ch.lower() == ch.upper() and not _CJK.match(ch)


def _side(formats: list[str], attr: str) -> str:
    """"pre", "post", "glued" or "both": where the words of ``attr`` stand beside the name in these formats."""
    key = "street_prefix" if "prefix" in attr else "street_suffix"
    tag = "{{" + key
    for fmt in formats:
        at = fmt.find(tag)
        if at < 0:
            continue
        close = fmt.find("}}", at) + 2
        if (close < len(fmt) and fmt[close] == "{") or (at > 0 and fmt[at - 1] == "}"):
            return "glued"
        return "pre" if at == 0 or fmt[:at].strip() == "" else "post"
    return "both"


def _keep(word: str) -> bool:
    from ._gazetteer import everyday

    low = word.casefold()
    letters = re.sub(r"[.\s]", "", word)
    if "{" in word or "%" in word or "#" in word or len(letters) < 2 or _CJK.search(word):
        return False
    if len(word.split()) > 2 or low in _NOT_TYPES or not all(_WHOLE.fullmatch(w) for w in word.split()):
        return False  # a word vocab_streets' tokens cut apart (Devanagari, Bengali vowel signs) is never looked up
    return not (word.isascii() and len(letters) <= 3 and "." not in word and everyday(low))  # "put", "av"


#: Faker locales a pristine evaluation split reserves (HELD-OUT-11, /tmp/lead/heldout11_priv_packages.txt): not read,
#: so that the split measures words nobody copied
RESERVED = ("az_AZ", "bg_BG", "bn_BD", "hy_AM", "ka_GE", "lv_LV", "uz_UZ", "vi_VN")


def build(skip: tuple[str, ...] = RESERVED) -> str:
    """The text of ``data/street_types10.txt``, from the Faker installed, less the locales in ``skip``."""
    import importlib
    import pkgutil

    import faker
    import faker.providers.address as addresses

    sides: dict[str, set[str]] = {"pre": set(), "post": set()}
    for mod in pkgutil.iter_modules(addresses.__path__):
        if mod.name == "en" or mod.name.startswith("en_") or mod.name in skip:
            continue  # English suffixes: _rec_en._SUFFIXES and _english_suffixes (en_MS lists street names there)
        provider = getattr(importlib.import_module(f"{addresses.__name__}.{mod.name}"), "Provider", None)
        formats = getattr(provider, "street_name_formats", ()) or ()
        formats = [f for f in (list(formats) if not isinstance(formats, str) else [formats]) if isinstance(f, str)]
        for attr in _LISTS:
            values = getattr(provider, attr, None)
            if not values or callable(values) or attr not in vars(provider):
                continue  # inherited lists are read at their own locale
            side = _side(formats, attr)
            if side == "glued":
                continue
            words = list(values.keys()) if isinstance(values, dict) else list(values)
            for word in (w.strip() for w in words if isinstance(w, str)):
                if _keep(word):  # a word of a script without capitals: either side (right-to-left text, formats unsure)
                    for s in (("pre", "post") if side == "both" or uncased(word) else (side,)):
                        sides[s].add(word.casefold())
    head = (f"# Street-type words of Faker {faker.VERSION}'s address providers (MIT), all locales; built by\n"
            "# workbench/privacy/_rec_address10.py (python -m workbench.privacy._rec_address10 --build); do not edit.\n"
            "# Sections as in address_vocab.txt: pre = written before the name, post = after it.\n"
            f"# Locales not read (reserved by a held-out split): {' '.join(skip)}; English locales: _english_suffixes.\n")
    body = "".join(f"\n[{s}]\n" + "".join(f"{w}\n" for w in sorted(words)) for s, words in sides.items())
    return head + body


if __name__ == "__main__":  # pragma: no cover - a maintainer's command
    if sys.argv[1:] == ["--build"]:
        target = Path(__file__).with_name("data") / FILE
        target.write_text(build(), encoding="utf-8")
        print(f"wrote {target}")
    else:
        print(__doc__)
