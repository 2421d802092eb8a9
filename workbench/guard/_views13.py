"""Round thirteen's views: generic decoders for encodings a reader can undo without a secret.

Each family is one mechanism, not one encoder, and each is gated by a cheap shape test so ordinary text
pays almost nothing. A decoding is kept only when what comes out reads as text (``reads``: English words of
``_normalize.lexicon()``, or Chinese / Japanese characters); whether it is an attack is for the rules and the
classifier to say, view by view, as for every other view.

- ``numbers``: numeric character codes in any base and with any separators: A1Z26 (``8-5-12-12-15 / 23``,
  also a=0 and z=1), decimal code points or UTF-8 bytes (``105,103,110``; ``228 189 160``), octal
  (``151 147 156``, ``\\151\\147``);
- ``base58`` / ``base62``: big-number alphabets (bitcoin's, and 0-9A-Za-z either way round);
- ``uuencode`` (the line-length shape, with or without ``begin 644``), ``quoted_printable`` (``=E5=BF=BD``);
- ``upside_down``: turned letters (``ɐ ǝ ɥ ɯ ɹ ʇ ʎ``, by their Unicode names) read back and right way round;
- ``confusables``: a text whose look-alike letters (Cherokee, Lisu, Coptic …, Unicode's confusables table in
  ``_normalize``) are folded everywhere, not only in words that mix scripts;
- ``rejoined``: words cut into syllables (``ig-no-re``, ``pr ev io us``) joined back into words;
- ``vigenere``: a Vigenère text whose key the text states ("key LEDGER"), decrypted with it;
- ``acrostic_words``: the first letters of lines or words read with the whole lexicon where the text says to
  read them ("the first letter of each line").

Letter ciphers (every Caesar shift, Atbash, a QWERTY shift either way, each also of the reversed text) are
read line by line in ``_normalize._decipher_lines``.
"""

from __future__ import annotations

import base64
import binascii
import quopri
import re
import unicodedata
from itertools import islice

from ._normalize import _CJK, _COMMON, _CONFUSABLES, _FREQUENT, _HEAD_CUE, _WORD, View, canonical, is_word, lexicon

MAX_RUNS = 4  # runs decoded per family
#: the views round thirteen added (here and the line ciphers' new names; "a+b" is a decoded view read once more):
#: ``_injection.score_text`` lets them raise a text's score, never replace a better view's
VIAS13 = frozenset({"numbers", "base58", "base62", "base32", "base85", "reversed_base64", "rot47", "zero_width", "uuencode",
                    "quoted_printable", "upside_down", "mirrored", "confusables", "rejoined", "acrostic_words",
                    "spelling_alphabet", "vigenere", "keyboard", "reversed_rot13", "reversed_caesar", "reversed_atbash",
                    "reversed_keyboard"})
_WIDE: frozenset[str] | None = None


def wide_lexicon() -> frozenset[str]:
    """``_normalize.lexicon()`` and the GCIDE dictionary's words of three letters or more (english-words 2.0.2,
    MIT, a dependency of the privacy part), loaded on first use: decoded text is read against it, so everyday
    words that the privacy lists leave out because they are also names ("link", "check", "below") count."""
    global _WIDE
    if _WIDE is None:
        words = set(lexicon())
        try:
            from english_words import get_english_words_set

            words.update(w for w in get_english_words_set(["gcide"], alpha=True, lower=True) if len(w) >= 3 and w.isalpha())
        except (ImportError, ValueError, OSError):
            pass
        _WIDE = frozenset(words)
    return _WIDE


def reads(text: str, share: float = 0.6, least: int = 3) -> bool:
    """Whether decoded ``text`` reads as text: printable, and either four Chinese / Japanese characters or at
    least ``least`` words of which ``share`` are English words (a decoded hash or number table is neither)."""
    if not text or sum(1 for ch in text if ch.isprintable() or ch in "\n\t") < 0.95 * len(text):
        return False
    if len(_CJK.findall(text)) >= 4:
        return True
    words = [w for w in _WORD.findall(text.casefold()) if len(w) > 1]  # ("i" and "a" prove nothing: ":-:|" → "i\\i")
    if len(words) < least:
        return False
    lex = wide_lexicon()
    good = sum(1 for w in words if is_word(w, lex))
    return good >= share * len(words) and sum(1 for w in words if len(w) >= 4 and is_word(w, lex)) >= min(2, least)


def _words_read(text: str, least: int = 3) -> int:
    """How many words of ``least`` letters or more in ``text`` are English words."""
    lex = wide_lexicon()
    return sum(1 for w in _WORD.findall(text.casefold()) if len(w) >= least and is_word(w, lex))


# -- numeric codes -------------------------------------------------------------------------------

#: six or more numbers with any one- to three-character separators (", ", " / ", "-", " ")
_NUM_RUN = re.compile(r"(?<![\w.])\d{1,7}(?:(?:[ \t]*[^\w\s]{1,3}[ \t]*|[ \t]{1,3}|[ \t]*\n[ \t]*)\d{1,7}){5,}(?![\w])")
_OCTAL_ESCAPES = re.compile(r"(?:\\0?[0-3][0-7]{2}){4,}")
_ALPHA = "abcdefghijklmnopqrstuvwxyz"


def _utf8(values: list[int]) -> str | None:
    """The bytes as UTF-8 text (a character cut off at the end, as a truncated payload has, is dropped)."""
    try:
        data = bytes(values)
    except ValueError:
        return None
    for cut in range(4):
        try:
            return data[:len(data) - cut].decode("utf-8")
        except UnicodeDecodeError:
            continue
    return None


def _letters(values: list[int], seps: list[str], offset: int, backwards: bool) -> str:
    """A1Z26-style letters; a separator other than the usual one ends a word (``8-9 / 20-15``)."""
    usual = max(set(seps), key=seps.count) if seps else ""
    alphabet = _ALPHA[::-1] if backwards else _ALPHA
    out = [alphabet[values[0] - offset]]
    for sep, v in zip(seps, values[1:]):
        if sep.strip() != usual.strip():
            out.append(" ")
        out.append(alphabet[v - offset])
    text = "".join(out)
    if " " not in text:
        text, covered = _segment_lexicon(text[:300])
        if covered < 0.75 or _words_read(text, 4) < 3:  # a short table of small numbers spells "loch v sdk"
            return ""
    return text


def _read_numbers(run: str) -> str | None:
    parts = re.split(r"(\d+)", run)
    tokens, seps = parts[1::2], parts[2:-1:2]
    values = [int(t) for t in tokens]
    readings: list[str] = []
    top, low = max(values), min(values)
    if top <= 26:
        for offset in ((0,) if low == 0 else (0, 1)):
            if top - offset <= 25:
                readings += [_letters(values, seps, offset, False), _letters(values, seps, offset, True)]
    if top <= 255:
        readings.append(_utf8(values) or "")
    if top <= 0x10FFFF and low >= 9:
        readings.append("".join(chr(v) for v in values))
    if all(set(t) <= set("01234567") for t in tokens) and max(map(len, tokens)) <= 3:
        octal = [int(t, 8) for t in tokens]
        if max(octal) <= 255:
            readings.append(_utf8(octal) or "")
    good = [r for r in readings if r and reads(r)]
    return max(good, key=lambda r: (len(_CJK.findall(r)), _words_read(r))) if good else None


def _numbers(raw: str) -> list[str]:
    out = []
    if "\\" in raw:
        for run in _OCTAL_ESCAPES.findall(raw)[:MAX_RUNS]:
            text = _utf8([int(t, 8) for t in re.findall(r"[0-7]{3}(?=\\|$)", run)])
            if text and reads(text):
                out.append(text)
    for run in _NUM_RUN.findall(raw)[:MAX_RUNS]:
        text = _read_numbers(run)
        if text:
            out.append(text)
    return out


# -- big-number alphabets: base58, base62 --------------------------------------------------------

_B58 = ("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz",  # bitcoin's
        "123456789abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ")  # flickr's
_B62 = ("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
        "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
#: a run of letters and digits, also wrapped over lines (each full line 16 or more)
_ALNUM_RUN = re.compile(r"(?<![A-Za-z0-9+/=_-])(?:(?:[A-Za-z0-9]{16,120}[ \t]*\n[ \t]*){1,12}[A-Za-z0-9]{1,700}|[A-Za-z0-9]{20,700})"
                        r"(?![A-Za-z0-9+/=_-])")
_ALNUM16 = re.compile("[A-Za-z0-9]{16}")
_NOT_B58 = re.compile("[0OIl]")
_B32 = re.compile("[A-Z2-7]+|[a-z2-7]+")
#: base85 (git's / RFC 1924 alphabet) and ascii85: letters, digits and punctuation run together
_B85_RUN = re.compile(r"(?<![!-~])[0-9A-Za-z!#$%&()*+\-;<=>?@^_`{|}~]{20,800}(?![!-~])")


def _bignum(run: str, alphabet: str) -> bytes:
    index = {ch: i for i, ch in enumerate(alphabet)}
    n = 0
    base = len(alphabet)
    for ch in run:
        n = n * base + index[ch]
    lead = len(run) - len(run.lstrip(alphabet[0]))
    return b"\0" * lead + n.to_bytes((n.bit_length() + 7) // 8, "big")


def _b32(run: str) -> bytes | None:
    try:
        return base64.b32decode(run.upper() + "=" * (-len(run) % 8))
    except (binascii.Error, ValueError):
        return None


def _big_alphabets(raw: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    blocks = _ALNUM_RUN.findall(raw)[:MAX_RUNS * 2] if _ALNUM16.search(raw) else []
    for block in blocks:
        run = re.sub(r"\s+", "", block)
        if len(run) < 20:
            continue
        tries: list[tuple[str, str | None]] = []
        if _B32.fullmatch(run) and sum(map(run.count, "234567")) >= 2:
            tries.append(("base32", None))
        if re.search("[a-z]", run) and re.search("[A-Z]", run) and re.search("[0-9]", run):
            # (words, ids and hex stay out: an encoded sentence mixes all three)
            tries += [("base58", a) for a in _B58 if not _NOT_B58.search(run)] + [("base62", a) for a in _B62]
        for via, alphabet in tries:
            data = _b32(run) if alphabet is None else _bignum(run, alphabet)
            text = _utf8(list(data)) if data else None
            if text and reads(text):
                out.append((text, via))
                break
    if any(c in raw for c in "!#$%&()*+-;<=>?@^_`{|}~"):
        for run in _B85_RUN.findall(raw)[:MAX_RUNS]:
            classes = sum(1 for pat in ("[a-z]", "[A-Z]", "[0-9]", "[!#$%&()*+\\-;<=>?@^_`{|}~]") if re.search(pat, run))
            if classes < 4:
                continue
            for decode in (base64.b85decode, base64.a85decode):
                try:
                    text = decode(run).decode("utf-8")
                except (ValueError, UnicodeDecodeError):
                    continue
                if reads(text):
                    out.append((text, "base85"))
                    break
    return out


# -- uuencode, quoted-printable ------------------------------------------------------------------

_UU_LINE = re.compile(r"^[!-M][ -`]{4,60}$", re.M)


def _uu_ok(line: str) -> bool:
    n = ord(line[0]) - 32
    return len(line) - 1 in (4 * ((n + 2) // 3), 4 * ((n + 2) // 3) + 1)


def _uudecode(raw: str) -> str | None:
    lines = [ln.rstrip("\r") for ln in raw.split("\n")]
    chunks: list[bytes] = []
    for line in lines:
        if line and _UU_LINE.match(line) and _uu_ok(line):
            try:
                chunks.append(binascii.a2b_uu(line))
            except binascii.Error:
                continue
    text = _utf8(list(b"".join(chunks))) if chunks else None
    return text if text and len(text) >= 8 and reads(text) else None


_QP = re.compile(r"=(?:[2-9A-F][0-9A-F]|\r?\n)")  # a printable byte or a soft line break ("=10" in a URL is a value)


def _quoted_printable(raw: str) -> str | None:
    try:
        text = quopri.decodestring(raw.encode("utf-8")).decode("utf-8")
    except (ValueError, UnicodeError):
        return None
    if text == raw or any(ord(ch) < 32 and ch not in "\n\t\r" for ch in text):
        return None
    gained = len(_CJK.findall(text)) > len(_CJK.findall(raw)) + 3 or _words_read(text) > _words_read(raw) + 1
    return text if gained and reads(text) else None


# -- upside-down and look-alike letters ------------------------------------------------------------

def _turned_letters() -> dict[int, str]:
    """Turned letters by their Unicode names (LATIN SMALL LETTER TURNED A = ɐ …) and the few upside-down
    writing borrows from other letters; the ASCII letters that turn into each other swap (b/q, d/p, n/u)."""
    table: dict[int, str] = {}
    name = re.compile(r"LATIN (?:SMALL|CAPITAL) LETTER TURNED ([A-Z])$")
    for lo, hi in ((0x0180, 0x02AF), (0x1D00, 0x1DBF), (0xA700, 0xA7FF), (0x2100, 0x214F)):
        for cp in range(lo, hi + 1):
            m = name.match(unicodedata.name(chr(cp), ""))
            if m:
                table[cp] = m.group(1).lower()
    extra = {"ɔ": "c", "ɟ": "f", "ƃ": "g", "ɾ": "j", "ʃ": "l", "˙": ".", "¡": "!", "¿": "?", "ʖ": "?", "‾": "_",
             "b": "q", "q": "b", "d": "p", "p": "d", "n": "u", "u": "n", "'": ",", ",": "'"}
    table.update({ord(k): v for k, v in extra.items()})
    return table


def _mirrored_letters() -> dict[int, str]:
    """Reversed letters by their Unicode names (LATIN LETTER REVERSED R = ᴙ, REVERSED E = ɘ …), and the ASCII letters
    a mirror swaps (b/d, p/q): mirror writing, read back and the right way round."""
    table: dict[int, str] = {}
    name = re.compile(r"LATIN (?:SMALL |CAPITAL )?(?:LETTER|EPIGRAPHIC LETTER) REVERSED ([A-Z])$")
    for lo, hi in ((0x0180, 0x02AF), (0x1D00, 0x1DBF), (0xA700, 0xA7FF), (0x2100, 0x218F)):
        for cp in range(lo, hi + 1):
            m = name.match(unicodedata.name(chr(cp), ""))
            if m:
                table[cp] = m.group(1).lower()
    table.update({ord(k): v for k, v in {"b": "d", "d": "b", "p": "q", "q": "p", "ɿ": "r", "ꙅ": "s", "ƨ": "s",
                                          "ᴎ": "n", "ᴙ": "r", "ɒ": "a", "ʜ": "h", "ƚ": "t", "ɔ": "c"}.items()})
    return table


_TURNED = _turned_letters()
_MIRRORED = _mirrored_letters()
_MIRRORED_MARKS = frozenset(chr(c) for c in _MIRRORED if c > 0x7F)
_TURNED_MARKS = frozenset(chr(c) for c in _TURNED if c > 0x7F and chr(c).isalpha())
_TURNED_SPAN = re.compile(r"\S*[" + "".join(sorted(_TURNED_MARKS)) + r"](?:.*[" + "".join(sorted(_TURNED_MARKS)) + r"]\S*)?")


def _upside_down(folded: str) -> str | None:
    if len(set(folded) & _TURNED_MARKS) < 3:
        return None
    out = []
    for line in folded.split("\n"):
        m = _TURNED_SPAN.search(line)
        if m:  # turned and written right to left (as flipping the page reads), or turned in place
            turned = m.group(0).translate(_TURNED)
            turned = max((turned[::-1], turned), key=_words_read)
            line = line[:m.start()] + turned + line[m.end():]
        out.append(line)
    text = "\n".join(out)
    return text if _words_read(text) >= _words_read(folded) + 2 else None


def _mirror(folded: str) -> str | None:
    if len(set(folded) & _MIRRORED_MARKS) < 3:
        return None
    lines = []
    for line in folded.split("\n"):
        plain = line.translate(_MIRRORED)
        lines.append(max((plain[::-1], plain), key=_words_read))
    text = "\n".join(lines)
    return text if _words_read(text) >= _words_read(folded) + 2 else None


def _l_or_i(m: re.Match[str]) -> str:
    """Unicode's confusables give ``l`` for every look-alike of I and l (Lisu ꓲ, Cherokee Ꮮ): a word that is
    no word with its l's is read with i's where that makes one."""
    word = m.group(0)
    lex = wide_lexicon()
    if is_word(word, lex):
        return word
    other = word.replace("l", "i")
    return other if is_word(other, lex) else word


def _confusables(folded: str, main: str) -> str | None:
    present = [ch for ch in set(folded) if ord(ch) > 0x7F and ord(ch) in _CONFUSABLES]
    if sum(map(folded.count, present)) < 4:
        return None
    text = re.sub(r"[a-z]*l[a-z]*", _l_or_i, folded.translate(_CONFUSABLES))
    return text if _words_read(text) >= _words_read(main) + 2 and reads(text, 0.5) else None


# -- words cut into pieces ---------------------------------------------------------------------

_PIECES = re.compile(r"(?<![\w-])[a-z]{1,5}(?:[-‐‧·_~|/.][a-z]{1,5}){1,12}(?:-(?=[^\w\s]))?(?![\w])")
_CUT_TOKEN = re.compile(r"\S*-\S*-\S*")
_CUT_PAIR = re.compile(r"[a-z][-‐‧·_~|/.][a-z]")
_JOIN_MAX = 6


def _join_line(tokens: list[str]) -> tuple[list[str], int]:
    """Consecutive pieces joined into words where that reads better (fewest non-words): the words, and joins."""
    lex, everyday = wide_lexicon(), lexicon()
    n = len(tokens)
    best: list[tuple[float, int]] = [(0.0, 0)] + [(1e9, 0)] * n
    for i in range(1, n + 1):
        tok = tokens[i - 1]
        one = 1.0 if not tok.isalpha() or is_word(tok, everyday) and (len(tok) > 1 or tok in "ai") else 3.0
        best[i] = (best[i - 1][0] + one, i - 1)
        piece = tok
        for j in range(i - 2, max(-1, i - 1 - _JOIN_MAX), -1):
            if not tokens[j].isalpha():
                break
            piece = tokens[j] + piece
            if len(piece) >= 4 and is_word(piece, lex) and best[j][0] + 1.1 < best[i][0]:
                best[i] = (best[j][0] + 1.1, j)
    words, joins, i = [], 0, n
    while i > 0:
        j = best[i][1]
        words.append("".join(tokens[j:i]))
        joins += i - j > 1
        i = j
    return words[::-1], joins


def _rejoin(main: str) -> str | None:
    lex, everyday = wide_lexicon(), lexicon()
    out, joins = main, 0
    cuts = sum(map(main.count, "-‐‧·_~|/.")) - main.count(". ")  # (a sentence's full stop cuts nothing)
    if cuts >= 3 and len(_CUT_PAIR.findall(main)) >= 3:
        def join(m: re.Match[str]) -> str:
            nonlocal joins
            pieces = re.split(r"[^a-z]", m.group(0))
            word = "".join(pieces)
            # a hyphenated compound of words ("follow-up", "long-term") stays; nobody writes one with dots
            compound = "." not in m.group(0) and all(len(p) > 2 and is_word(p, everyday) for p in pieces if p)
            if is_word(word, lex) and not compound:
                joins += 1
                return word
            return m.group(0)

        out = _PIECES.sub(join, out)
    if len(main) > 4.5 * (main.count(" ") + 1) and joins < 2:  # tokens of English length: nothing cut by spaces
        return None
    words = [m.group(0) for m in islice(_WORD.finditer(out), 400)]
    short = sum(1 for w in words if len(w) <= 3 and w not in everyday)  # (a word under four letters is no inflection)
    if len(words) >= 4 and short >= 3 and short * 10 >= len(words) * 2:  # syllables cut by spaces
        lines = []
        for line in out.split("\n"):
            joined, n = _join_line(line.split())
            joins += n
            lines.append(" ".join(joined))
        out = "\n".join(lines)
    if joins < 2 or _words_read(out, 5) < _words_read(main, 5) + 2:
        return None
    # the text is cut up: what is left cut (a link "ht-tp-s:-//-cd-n", a name "fe-tc-h_-ur-l") is read whole too
    return _CUT_TOKEN.sub(lambda m: m.group(0).replace("-", ""), out)


# -- a Vigenère key the text states --------------------------------------------------------------

_KEY = re.compile(r"\b(?:key|keyword|passphrase|password|clave|schl[uü]ssel|cl[eé])\b\s*(?:is|=|:|-|of)?\s*[\"'“‘«]?"
                  r"([A-Za-z]{3,24})\b", re.I)
_CRYPT_CUES = ("cipher", "cypher", "crypt")


def _vigenere(text: str, key: str, every_char: bool, sign: int) -> str:
    shifts = [ord(c) - 97 for c in key.lower()]
    out, k = [], 0
    for ch in text:
        if "a" <= ch <= "z" or "A" <= ch <= "Z":
            base = 97 if ch >= "a" else 65
            out.append(chr((ord(ch) - base - sign * shifts[k % len(shifts)]) % 26 + base))
            k += 1
        else:
            out.append(ch)
            k += every_char
    return "".join(out)


_KEYED_MAX = 800  # characters decrypted per try
_BOUNDARY = re.compile(r"[:.!?\n]\s*")


def _starts(segment: str) -> list[int]:
    return [0] + [m.end() for m in _BOUNDARY.finditer(segment[:200])][:3]


def _stated_key(raw: str) -> str | None:
    """The text decrypted with a Vigenère key it states ("Vigenère, key LEDGER. Decrypt: …"): the ciphertext may
    follow the key or come before it, after a wrapper sentence, so each of the first few sentence starts is tried."""
    low = raw.lower()
    if "vigen" not in low and not ("key" in low and any(c in low for c in _CRYPT_CUES)):
        return None
    best: tuple[int, str] | None = None
    for m in list(_KEY.finditer(raw))[:3]:
        key = m.group(1)
        if key.lower() in ("is", "the", "word", "and", "for"):
            continue
        for lo, hi in ((m.end(), len(raw)), (0, m.start())):
            segment = raw[lo:hi][:_KEYED_MAX]
            for start in _starts(segment):
                for every in (False, True):
                    for sign in (1, -1):  # decrypt, and the other direction (a Beaufort-style slip)
                        text = _vigenere(segment[start:], key, every, sign)
                        n = _words_read(text)
                        if (best is None or n > best[0]) and reads(text):
                            best = (n, raw[:lo + start] + text + raw[lo + start + len(text):])
    return best[1] if best else None


# -- acrostics read with the whole lexicon -------------------------------------------------------

_INITIAL = re.compile(r"(?<![\w'’])[a-z]")


def _segment_lexicon(blob: str) -> tuple[str, float]:
    """Letters run together split into words by the cheapest reading (everyday words cheapest, dictionary-only
    words dearer, a stray letter dearest: "accesstoevery" is "access to every", not "acces sto every"): the
    reading and the share of letters inside words of three letters or more."""
    lex, everyday = wide_lexicon(), lexicon()
    n = len(blob)
    best: list[tuple[float, int]] = [(0.0, 0)] + [(1e9, 0)] * n
    for i in range(1, n + 1):
        best[i] = (best[i - 1][0] + (1.5 if blob[i - 1] in "ai" else 4.0), i - 1)
        for j in range(max(0, i - 18), i - 1):
            piece = blob[j:i]
            if piece in _COMMON or piece in _FREQUENT:
                cost = 0.8
            elif piece in everyday or len(piece) >= 4 and is_word(piece, everyday):
                cost = 1.0 if len(piece) >= 3 else 1.2
            elif len(piece) >= 3 and is_word(piece, lex):
                cost = 2.0
            else:
                continue
            if best[j][0] + cost < best[i][0]:
                best[i] = (best[j][0] + cost, j)
    words, i = [], n
    while i > 0:
        words.append(blob[best[i][1]:i])
        i = best[i][1]
    words.reverse()
    covered = sum(len(w) for w in words if len(w) >= 3)
    return " ".join(words), covered / max(n, 1)


def _acrostic_lexicon(main: str) -> str | None:
    if not _HEAD_CUE.search(main):
        return None
    lines = [ln.strip() for ln in main.split("\n") if ln.strip()]
    readings = []
    if len(lines) >= 4:
        readings.append("".join(m.group(0) for m in (_INITIAL.match(ln) for ln in lines) if m))
    readings.append("".join(w[0] for w in main.split() if "a" <= w[0] <= "z"))
    for letters in readings:
        if len(letters) >= 8:
            text, covered = _segment_lexicon(letters[:150])
            if covered >= 0.7:
                return text
    return None


# -- spelling alphabets, ROT47, reversed base64, zero-width bits ----------------------------------------

_NATO = {w: w[0] for w in ("alfa alpha bravo charlie delta echo foxtrot golf hotel india juliet juliett kilo lima mike "
                           "november oscar papa quebec romeo sierra tango uniform victor whiskey whisky xray x-ray yankee "
                           "zulu").split()}
_NATO_RUN = re.compile(r"(?<![\w-])(?:(?:" + "|".join(sorted(_NATO, key=len, reverse=True)) + r")(?![\w-])[\s,./|;-]*){6,}")


_NATO_CUES = ("echo", "alfa", "alpha", "oscar", "india", "tango", "sierra", "romeo", "november", "hotel")


def _spelling_alphabet(main: str) -> str | None:
    """Words spelt in the NATO alphabet ("india golf november oscar romeo echo"): a slash or a wider gap ends a word."""
    if sum(1 for w in _NATO_CUES if w in main) < 3:  # the commonest letters' words: a spelt sentence has three
        return None
    out = []
    for run in _NATO_RUN.findall(main)[:MAX_RUNS]:
        words = re.split(r"\s*[/|;]\s*|\s{2,}", run.strip())
        letters = [" ".join("".join(_NATO[t] for t in re.findall(r"[a-z-]+", w) if t in _NATO) for w in words)]
        text = letters[0]
        if " " not in text:
            text, covered = _segment_lexicon(text[:300])
            if covered < 0.75:
                continue
        out.append(text)
    return " ".join(out) if out and _words_read(" ".join(out)) >= 2 else None


_ROT47 = str.maketrans("".join(chr(c) for c in range(33, 127)), "".join(chr(33 + (c - 33 + 47) % 94) for c in range(33, 127)))
_PUNCT = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
_ROT47_COMMON = "@?:6E2D"  # what ROT47 makes of o n i e t a s, the commonest letters


def _punctuation(text: str) -> int:
    return sum(map(text.count, _PUNCT))


def _rot47(raw: str) -> str | None:
    """Lines written in ROT47 (every printable ASCII character moved by 47: "x8?@C6 2== AC6G:@FD"): lines that do not
    read, with many punctuation marks, read when that turns them into text (case-sensitive, so from the raw text)."""
    out, hit = [], False
    for line in raw.split("\n")[:200]:
        if len(line) >= 12 and _punctuation(line) * 8 >= len(line) and not reads(line, 0.5):
            turned = line.translate(_ROT47)
            if reads(turned):
                out.append(turned)
                hit = True
                continue
        out.append(line)
    return "\n".join(out) if hit else None


_B64_BACKWARDS = re.compile(r"(?<![A-Za-z0-9+/=])={1,2}[A-Za-z0-9+/]{16,}(?![A-Za-z0-9+/=])")


def _reversed_base64(raw: str) -> list[str]:
    out = []
    for run in _B64_BACKWARDS.findall(raw)[:MAX_RUNS]:
        try:
            text = base64.b64decode(run[::-1]).decode("utf-8")
        except (binascii.Error, ValueError, UnicodeDecodeError):
            continue
        if reads(text):
            out.append(text)
    return out


_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u200e\u200f"


def _zero_width_bits(raw: str) -> str | None:
    """Text hidden as bits in zero-width characters (two kinds, one for 0 and one for 1, eight to a character)."""
    marks = [ch for ch in raw if ch in _ZERO_WIDTH]
    kinds = sorted(set(marks), key=marks.count, reverse=True)[:2]
    if len(marks) < 24 or len(kinds) < 2:
        return None
    bits = [ch for ch in marks if ch in kinds]
    for zero in kinds:
        code = "".join("0" if ch == zero else "1" for ch in bits)
        text = _utf8([int(code[i:i + 8], 2) for i in range(0, len(code) - 7, 8)])
        if text and reads(text):
            return text
    return None


# -- the views -------------------------------------------------------------------------------

def round13_views(raw: str, main: str, original: str = "") -> list[View]:
    """Round thirteen's views of ``raw`` (the original text, invisible characters removed), ``main`` (its canonical
    view) and ``original`` (the text as given: zero-width characters can carry bits), each behind a cheap shape
    test; ordinary text gets none."""
    out: list[View] = []
    digits = sum(map(raw.count, "0123456789"))
    if digits >= 10 or "\\" in raw:
        out += [View(canonical(t)[0], "numbers") for t in _numbers(raw)]
    if len(raw) >= 20:
        out += [View(canonical(t)[0], via) for t, via in _big_alphabets(raw)]
        if "=" in raw:
            out += [View(canonical(t)[0], "reversed_base64") for t in _reversed_base64(raw)]
        if sum(map(raw.count, _ROT47_COMMON)) * 12 >= len(raw) and _punctuation(raw) * 8 >= len(raw):
            text = _rot47(raw)
            if text:
                out.append(View(canonical(text)[0], "rot47"))
    if "\u200b" in original or "\u200c" in original or "\u200d" in original or "\u2060" in original:
        text = _zero_width_bits(original)
        if text:
            out.append(View(canonical(text)[0], "zero_width"))
    if "\n" in raw and _UU_LINE.search(raw):
        text = _uudecode(raw)
        if text:
            out.append(View(canonical(text)[0], "uuencode"))
    if len(_QP.findall(raw)) >= 3:
        text = _quoted_printable(raw)
        if text:
            out.append(View(canonical(text)[0], "quoted_printable"))
    if not raw.isascii():
        folded = unicodedata.normalize("NFKC", raw).casefold()
        for via, text in (("upside_down", _upside_down(folded)), ("mirrored", _mirror(folded)),
                          ("confusables", _confusables(folded, main))):
            if text:
                out.append(View(re.sub(r"[ \t]+", " ", text), via))
    for via, rewrite in (("rejoined", _rejoin), ("acrostic_words", _acrostic_lexicon), ("spelling_alphabet", _spelling_alphabet)):
        text = rewrite(main)
        if text:
            out.append(View(text, via))
    text = _stated_key(raw)
    if text:
        out.append(View(canonical(text)[0], "vigenere"))
    return out
