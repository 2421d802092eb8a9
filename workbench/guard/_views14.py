"""Round fourteen's views (called from ``_normalize.views`` after round thirteen's): encoders no earlier view read,
each behind a cheap shape test and kept only when what comes out reads as text (``reads_any``: English by
``_views13.reads``, another language by its common words, or a valid UTF-8 run of another script's letters).

- ``bacon``: Bacon's cipher, five-symbol groups over two symbols (``AABBA BAAAB …``, ``01101 …``), the 24- and the
  26-letter alphabet, either symbol as 0; run-on letters are split into words with the dictionary;
- ``base45`` (RFC 9285, the alphabet of QR codes: ``0-9 A-Z space $%*+-./:``), UTF-8, so Chinese and Japanese come out;
- ``morse_any``: Morse code written with any two symbols (``•−``, ``·–``, ``._``, ``01``, ``*-``), either one as the dot;
- ``caesar_intl`` / ``atbash_intl``: a Caesar shift or Atbash of text in another language, read with that language's
  common words (``_COMMON14``: French, Spanish, German, … 20 languages written in Latin letters); English
  shifts are ``_normalize``'s.
"""

from __future__ import annotations

import re
import unicodedata

from ._normalize import View, canonical
from ._views13 import _segment_lexicon, reads

#: every view of this module ("the hitless view gives way" never lets one of them hide a better view)
VIAS14 = frozenset({"bacon", "base45", "caesar_intl", "atbash_intl", "morse_any"})

#: the commonest short words of the Latin-script languages of ``_lexicon14`` (two letters or more)
_COMMON14 = frozenset("""
le la les des et est une un du de que qui pour dans pas sur au avec ce il vous tu ton tes votre vos ne plus tout toutes
moi toi nous ou mais sans ces cette son sa ses leur
el los las del en por para con no es tus su sus todas todo como pero este esta me te lo al ahora sin muy
der die das und ist nicht ein eine zu den mit von auf du dich dir deine alle sie ich dem sich auch mir mich bitte jetzt
alles nur aus wie was wir ihr es im an so noch dein deinen dann oder
os as do da em um uma com não nao você voce seu sua mais
il lo gli di che per non sei tuo tue tutte sono una della
het een van je jouw op te dat niet zijn voor
och att det som är inte alla och jag er ikke og til af med for den
nie na się że jest do wszystkie oraz jak
dan yang di ke dari untuk ini itu semua kamu anda tidak
ve bir bu için tüm sen ile
și în la nu este toate sau pe
je se že to všechny jsou na
ang ng mga sa at na ay
na ya wa kwa ni za
az és hogy nem egy
ja on ei se että kaikki
els les tot amb per
""".split())

_BACON_RUN = re.compile(r"(?<![A-Za-z0-9])(?:[ABab01]{5}(?:[ \t]*[/|,;]?[ \t]*|[ \t]*\n[ \t]*)){4,}")
_BACON24 = "abcdefghiklmnopqrstuwxyz"
_BACON26 = "abcdefghijklmnopqrstuvwxyz"
_B45 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
_B45_INDEX = {c: i for i, c in enumerate(_B45)}
_B45_RUN = re.compile(r"[0-9A-Z $%*+\-./:\n]{15,}")
_LATIN_WORD = re.compile(r"[a-z]{2,}")


def reads_any(text: str) -> bool:
    """English (``reads``), four common words of another Latin-script language making a third of its words, or
    twelve letters of one other script (a random byte string seldom decodes to valid UTF-8 letters)."""
    if not text or sum(1 for ch in text if ch.isprintable() or ch in "\n\t") < 0.95 * len(text):
        return False
    if reads(text):
        return True
    words = _LATIN_WORD.findall(text.casefold())
    if len(words) >= 4 and len({w for w in words if w in _COMMON14}) >= 4 \
            and sum(1 for w in words if w in _COMMON14) >= len(words) // 3:
        return True
    letters = [ch for ch in text if ch.isalpha() and not ch.isascii()]
    if len(letters) < 12:
        return False
    scripts: dict[str, int] = {}
    for ch in letters:
        name = unicodedata.name(ch, "")
        key = name.split(" ")[0] if name else ""
        scripts[key] = scripts.get(key, 0) + 1
    return max(scripts.values()) >= 0.9 * len(letters) and "" not in scripts


def _bacon(raw: str) -> str | None:
    for m in _BACON_RUN.finditer(raw):
        run = m.group()
        groups = re.findall(r"[ABab01]{5}", run)
        if len(groups) < 4 or len({c.lower() for g in groups for c in g}) != 2:
            continue
        symbols = sorted({c.lower() for g in groups for c in g})
        words = re.split(r"[ \t]*[/|][ \t]*|[ \t]{2,}|\n", run.strip())  # a marked word break, where there is one
        for zero in symbols:
            for alphabet in (_BACON26, _BACON24):
                def letter(group: str, zero: str = zero, alphabet: str = alphabet) -> str:
                    value = int("".join("0" if c.lower() == zero else "1" for c in group), 2)
                    return alphabet[value] if value < len(alphabet) else "?"
                pieces = ["".join(letter(g) for g in re.findall(r"[ABab01]{5}", w)) for w in words]
                pieces = [p for p in pieces if p]
                if any("?" in p for p in pieces):
                    continue
                text = " ".join(pieces) if len(pieces) > 1 else _segment_lexicon(pieces[0])[0] if pieces else ""
                if reads_any(text):
                    return text
    return None


def _base45(raw: str) -> list[str]:
    out = []
    for m in _B45_RUN.finditer(raw):
        run = m.group().replace("\n", "")
        core = run.strip(" :.-/")
        for cand in dict.fromkeys((run, run.strip(), core, core[1:], core[2:])):  # a cue's colon may open the run
            if len(cand) < 15 or len(cand) % 3 == 1 or not any(c.isdigit() for c in cand) \
                    or not any(c in "$%*+-./:" or c.isalpha() for c in cand):
                continue
            data = bytearray()
            ok = True
            for i in range(0, len(cand), 3):
                chunk = cand[i:i + 3]
                n = sum(_B45_INDEX[c] * 45 ** k for k, c in enumerate(chunk))
                if len(chunk) == 3:
                    if n > 0xFFFF:
                        ok = False
                        break
                    data += n.to_bytes(2, "big")
                else:
                    if n > 0xFF:
                        ok = False
                        break
                    data.append(n)
            if not ok:
                continue
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError:
                continue
            if reads_any(text):
                out.append(text)
                break
    return out


def _shifted_common() -> dict[str, list[int]]:
    """Every common word of ``_COMMON14`` under each Caesar shift (1..25) and Atbash (26): shifted form -> shifts."""
    table: dict[str, list[int]] = {}
    for word in _COMMON14:
        if not word.isascii():
            continue
        for k in range(1, 27):
            if k == 26:
                form = "".join(chr(219 - ord(c)) for c in word)  # a<->z
            else:
                form = "".join(chr((ord(c) - 97 + k) % 26 + 97) for c in word)
            table.setdefault(form, []).append(k)
    return table


_SHIFTED: dict[str, list[int]] | None = None


def _best_shift(tokens: set[str]) -> tuple[int, int]:
    """The shift (1..25, 26 = Atbash) under which most of ``tokens`` are shifted common words, and how many."""
    global _SHIFTED
    if _SHIFTED is None:
        _SHIFTED = _shifted_common()
    counts: dict[int, int] = {}
    for t in tokens:  # distinct words: a repeated field name ("tz", "utc") is one word
        for k in _SHIFTED.get(t, ()):
            counts[k] = counts.get(k, 0) + 1
    return max(counts.items(), key=lambda kv: kv[1]) if counts else (0, 0)


def _caesar_intl(main: str) -> tuple[str, str] | None:
    """A Caesar shift or Atbash of a text in another language: one lookup of every token among the shifted common
    words finds the shift; kept when the shifted text reads (``reads_any``) and the text as written did not."""
    tokens = set(_LATIN_WORD.findall(main))
    if len(tokens) < 4:
        return None
    k, n = _best_shift(tokens)
    if n < 4 or n * 3 < len(tokens) or sum(1 for t in tokens if t in _COMMON14) >= n:
        return None
    if k == 26:
        text, via = re.sub(r"[a-z]", lambda m: chr(219 - ord(m.group())), main), "atbash_intl"
    else:
        text, via = re.sub(r"[a-z]", lambda m: chr((ord(m.group()) - 97 - k) % 26 + 97), main), "caesar_intl"
    return (text, via) if reads_any(text) and not reads(text) else None


_MORSE = {".-": "a", "-...": "b", "-.-.": "c", "-..": "d", ".": "e", "..-.": "f", "--.": "g", "....": "h", "..": "i",
          ".---": "j", "-.-": "k", ".-..": "l", "--": "m", "-.": "n", "---": "o", ".--.": "p", "--.-": "q", ".-.": "r",
          "...": "s", "-": "t", "..-": "u", "...-": "v", ".--": "w", "-..-": "x", "-.--": "y", "--..": "z",
          "-----": "0", ".----": "1", "..---": "2", "...--": "3", "....-": "4", ".....": "5", "-....": "6", "--...": "7",
          "---..": "8", "----.": "9"}
#: a run of eight or more letter codes of one to six symbols, between spaces, slashes or bars
_MORSE_RUN = re.compile(r"(?:(?<=\s)|^)(?:[^\sA-Za-z/|]{1,6}(?:[ \t]+(?:[/|][ \t]*)?|[ \t]*\n[ \t]*)){7,}[^\sA-Za-z/|]{1,6}", re.M)


def _morse_any(raw: str) -> str | None:
    for m in _MORSE_RUN.finditer(raw):
        run = m.group()
        symbols = sorted(set(run) - set(" \t\n/|"))
        if len(symbols) != 2:  # (plain ".-" too: ``_normalize``'s Morse reads single spaces between words only)
            continue
        words = [w.split() for w in re.split(r"[ \t]*[/|][ \t]*|[ \t]{2,}|\n", run.strip()) if w.strip()]
        for dot, dash in (symbols, symbols[::-1]):
            table = str.maketrans({dot: ".", dash: "-"})
            letters = [[_MORSE.get(code.translate(table)) for code in w] for w in words]
            if any(c is None for w in letters for c in w):
                continue
            text = " ".join("".join(c for c in w if c) for w in letters)
            if len(words) == 1:
                text = _segment_lexicon(text)[0]
            if reads_any(text):
                return text
    return None


def round14_views(raw: str, main: str) -> list[View]:
    """Round fourteen's views of ``raw`` (the text, invisible characters removed) and ``main`` (its canonical view)."""
    out: list[View] = []
    if sum(map(raw.count, "ABab01")) >= 20:
        text = _bacon(raw)
        if text:
            out.append(View(canonical(text)[0], "bacon"))
    if len(raw) >= 15:  # (the run's regex is the shape test: fifteen characters of base45's alphabet in a row)
        out += [View(canonical(t)[0], "base45") for t in _base45(raw)]
    if len(raw) >= 20 and not raw[:200].isalpha():
        text = _morse_any(raw)
        if text:
            out.append(View(canonical(text)[0], "morse_any"))
    found = _caesar_intl(main)
    if not found and "\n" in main and _best_shift(set(_LATIN_WORD.findall(main)))[1] >= 4:
        # a plain line (a wrapper, a header) before the ciphered one: each line alone
        found = next(filter(None, (_caesar_intl(line) for line in main.split("\n")[:20] if len(line) >= 25)), None)
    if found:
        out.append(View(found[0], found[1]))
    return out
