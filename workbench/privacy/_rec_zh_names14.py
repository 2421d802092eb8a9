"""Round fourteen (PZN, issue 15): Chinese names by the structure around them, not by lists of one country's names.

Diagnosed on the seen splits HELD-OUT-10 .. HELD-OUT-13 (``--show``), chosen on their sum:

* **A chat's speakers are no form labels** (:func:`name_label`, read by ``_over13.form_label``): "何伟景：我到楼下了 /
  侯诺静：好的，马上下来" has two ``Label：value`` lines, so round thirteen's form rule dropped both names. A Chinese
  form's labels are words (姓名, 金额, 周一, 联系人); a label of two to four Han characters that opens with a surname,
  that neither CC-CEDICT nor jieba knows as a word, and whose other characters stand in given names at least as often
  as in running text (the tagger's character table: 原|车主 is a label) is a person speaking.
* **The surname left before a given name** (:func:`grow`): a PERSON span of one or two Han characters read without
  the surname before it (车主顾|然燕, 用户严|明强, 转告游子|墨 -> 游|子墨): the character right before it is taken in
  when it is a surname that names use more as a surname than the span's own first character does (the surname
  buckets of the tagger's character table, ``data/zh_name_chars.tsv``), and is no function character (我和|王芳).
* **A romanised surname before a romanised name** (:func:`grow`): "户主LO Kwok Leung", "社工SIU Pui Shan", "由TAN Ah
  Kow": in text with Chinese in it, the Latin words right before a Latin PERSON span that are each one romanised
  Chinese syllable (pinyin, Cantonese, Hokkien shapes: LAW, CHEUNG, TAN, Ah), capitalised or in capitals, and that
  stand after no other Latin word, are the name's surname (and generation name).
* **A dotted name cut one character after its dot** (:func:`grow`): "努尔艾力·阿|不都热合曼请假": a part of one character
  after the last dot goes on over the characters after it, up to a dictionary word of two or more characters.
* **A full name's given name written alone** (:func:`grow`): "记录人：周乃云 …… 二、乃云负责跟进": the two characters
  after the surname of a name found in the same text, wherever else they stand, unless they spell a dictionary word.
* **Not a name** (:func:`not_personal`): a PERSON span with a digit glued to its letters (a plate, 粤B·7K3Q2); a lone
  surname whose title makes an everyday word with it (班|主任电话: 班主任); a learnt-tagger span, unsure, whose first
  character ends a dictionary word that starts before it (取件|碼 -> 件碼).
"""

from __future__ import annotations

import functools
import re

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_HAN_ONLY = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
#: characters that join or govern words, never the surname of the name after them (我和|王芳, 交给|李娜)
_FUNCTION = set("和与及或跟同向对把被让叫请由给的是在于从到为将已也都就又还很不没了着过等您你我他她它们这那个")
#: one romanised Chinese syllable: an initial (pinyin, Cantonese, Hokkien, Wade-Giles), vowels, a final
_SYLLABLE = re.compile(r"(?:ch|sh|zh|ts|tsz|hs|ng|kw|gw|[bcdfghjklmnpqrstwxyz])?(?:[aeiouy]{1,3})(?:ng|n|m|k|p|t|h|w)?"
                       r"|tsz|sze|ng|m|hm", re.IGNORECASE)
_LATIN_WORD = re.compile(r"[A-Za-z]+")


@functools.lru_cache(maxsize=1)
def _surname_buckets() -> dict[str, int]:
    """Each character's surname bucket in the tagger's character table (log2 of its share among surnames over its
    share in running text; absent or ``n``: never a surname)."""
    from ._rec_zh_tagger import CHARS_FILE, _data_path, read_chars

    out = {}
    for c, (_g, s) in read_chars(_data_path(CHARS_FILE)).items():
        if s not in ("n", ""):
            try:
                out[c] = int(s)
            except ValueError:
                continue
    return out


def _surname_strength(c: str) -> int | None:
    from ._rec_zh_names import to_simplified

    return _surname_buckets().get(to_simplified(c))


def _is_surname(c: str) -> bool:
    from ._rec_zh import SURNAMES
    from ._rec_zh_names import to_simplified

    return c in SURNAMES or to_simplified(c) in SURNAMES


def _dictionary_word(word: str, floor: int = 20) -> bool:
    from ._rec_zh import jieba_tokenizer
    from ._rec_zh_names import everyday_words, to_simplified

    jieba_tokenizer()
    import jieba

    simple = to_simplified(word)
    if word in everyday_words() or simple in everyday_words():
        return True
    return jieba.dt.FREQ.get(simple, 0) >= floor


def name_label(label: str) -> bool:
    """``label`` (the text before a line's colon) reads as a Chinese person's name, not a form's label: two to four
    Han characters opening with a surname (or a compound one), and no dictionary word (module docstring)."""
    from ._rec_zh import COMPOUND_SURNAMES
    from ._rec_zh_names import to_simplified

    label = label.strip()
    if not _HAN_ONLY.fullmatch(label) or not 2 <= len(label) <= 4:
        return False
    simple = to_simplified(label)
    if not (simple[:2] in COMPOUND_SURNAMES or _is_surname(label[0])):
        return False
    if _dictionary_word(label):
        return False
    given = simple[2:] if simple[:2] in COMPOUND_SURNAMES and len(simple) > 2 else simple[1:]
    buckets = [_given_strength(c) for c in given]
    return sum(buckets) >= -len(buckets)  # 原|车主: 车 and 主 stand in running text, not in given names


@functools.lru_cache(maxsize=1)
def _given_buckets() -> dict[str, int]:
    from ._rec_zh_tagger import CHARS_FILE, _data_path, read_chars

    out = {}
    for c, (g, _s) in read_chars(_data_path(CHARS_FILE)).items():
        try:
            out[c] = int(g)
        except ValueError:
            continue
    return out


def _given_strength(c: str) -> int:
    """The character's given-name bucket in the tagger's table (-4 when it is never in a given name)."""
    return _given_buckets().get(c, -4)


def _grow_surname(text: str, span: list) -> None:
    s, e = span[0], span[1]
    value = text[s:e]
    if not _HAN_ONLY.fullmatch(value) or len(value) > 2 or s == 0:
        return
    before = text[s - 1]
    if not _HAN.match(before) or before in _FUNCTION or not _is_surname(before):
        return
    mine, own = _surname_strength(before), _surname_strength(value[0])
    if mine is None or mine < 1 or (own is not None and own >= mine):
        return
    span[0] = s - 1


def _syllable_word(word: str) -> bool:
    return bool(_SYLLABLE.fullmatch(word)) and (word.isupper() or word[:1].isupper() and word[1:].islower())


def _grow_romanised(text: str, span: list) -> None:
    s, e = span[0], span[1]
    words = text[s:e].split()
    if not words or not all(_LATIN_WORD.fullmatch(w) and w[:1].isupper() for w in words):
        return
    start, taken = s, []
    while len(taken) < 2:
        m = re.search(r"([A-Za-z]+)[ \t]$", text[max(0, start - 12):start])
        if not m or not _syllable_word(m.group(1)):
            break
        start -= len(m.group(0))
        taken.append((start, m.group(1)))
    while taken and not taken[-1][1].isupper():
        taken.pop()  # the surname leads in capitals (TAN Ah Kow); "Hi LAW ...": "Hi" is no part of it
    if not taken:
        return
    start = taken[-1][0]
    k = start
    while k > 0 and text[k - 1] in " \t":
        k -= 1
    if k > 0 and text[k - 1].isascii() and text[k - 1].isalpha():
        return  # "Hi LAW Kwok Leung" or English prose: the words before are another sentence's
    span[0] = start


def _grow_romanised_right(text: str, span: list) -> None:
    """"社工SIU Pui| Shan於...": the syllables after a romanised span, up to two, when no Latin word follows them."""
    s, e = span[0], span[1]
    words = text[s:e].split()
    if not words or not all(_LATIN_WORD.fullmatch(w) and w[:1].isupper() for w in words):
        return
    end, taken = e, 0
    while taken < 2:
        m = re.match(r"[ \t]([A-Za-z]+)", text[end:end + 12])
        if not m or not _syllable_word(m.group(1)):
            break
        end += len(m.group(0))
        taken += 1
    if not taken:
        return
    k = end
    while k < len(text) and text[k] in " \t":
        k += 1
    if k < len(text) and text[k].isascii() and text[k].isalpha():
        return  # an English sentence goes on
    if s > 0 and text[s - 1].isascii() and text[s - 1].isalpha():
        return
    span[1] = end


_DOT_CHARS = "·・•‧"


def _grow_dotted_tail(text: str, span: list) -> None:
    """"努尔艾力·阿|不都热合曼请假": a dotted name whose part after its last dot is one character was cut at a
    character jieba reads as a word of its own (不, 都 are adverbs in prose); the part goes on over the following
    characters until a dictionary word of two or more characters, a non-Han character or eight characters."""
    s, e = span[0], span[1]
    value = text[s:e]
    last = max(value.rfind(d) for d in _DOT_CHARS)
    if last < 1 or len(value) - last - 1 != 1 or not _HAN.match(value[-1]):
        return
    b = e
    while b < len(text) and _HAN.match(text[b]) and b - e < 12:
        b += 1
    if b == e:
        return
    from ._rec_zh import cut_run

    first = text[e - 1 : b]
    pos = e - 1
    for i, (word, _tag) in enumerate(cut_run(first)):
        if i == 0 and len(word) > 1:
            return  # the cut ran through a word: not the case this rule reads
        if i and (len(word) >= 2 and _ends_tail(word, _tag) or pos + len(word) - (e - 1) > 8):
            break
        pos += len(word)
    if pos > e and pos - (e - 1) >= 3:
        span[1] = pos


def _ends_tail(word: str, tag: str) -> bool:
    """A word a dotted name's part stops before: a verb, time word or other dictionary word of prose (请假, 明天), a
    title (老师); not a rare noun jieba found inside a transliteration (阿|不力|孜)."""
    from ._rec_zh_tagger import _AFTER

    if word in _AFTER or word.startswith(_AFTER[:32]):
        return True
    if not _dictionary_word(word):
        return False
    import jieba

    return not (tag.startswith(("n", "j", "l")) and jieba.dt.FREQ.get(word, 0) < 500)


def _given_alone(text: str, spans: list[list]) -> list[list]:
    """"记录人：周乃云 …… 二、乃云负责跟进": the two-character given name of a full name found in this text, written
    alone elsewhere in it, when the given name is no dictionary word (王建国 does not make 建国 a name)."""
    from ._rec_zh import COMPOUND_SURNAMES
    from ._rec_zh_names import to_simplified

    taken = [(a, b) for a, b, *_ in spans]
    out: list[list] = []
    for a, b, kind, *_ in list(spans):
        value = text[a:b]
        if kind != "PERSON" or not _HAN_ONLY.fullmatch(value):
            continue
        lead = 2 if to_simplified(value[:2]) in COMPOUND_SURNAMES else 1
        given = value[lead:]
        if len(given) != 2 or not (lead == 2 or _is_surname(value[0])) or _dictionary_word(given):
            continue
        for m in re.finditer(re.escape(given), text):
            s, e = m.start(), m.end()
            if any(x < e and s < y for x, y in taken):
                continue
            out.append([s, e, "PERSON", 0.6, 1, None])
            taken.append((s, e))
    return out


def grow(text: str, spans: list[list]) -> None:
    """Widen raw PERSON spans ([start, end, type, score, rank, placeholder]; rank 1 = a recognizer's) in place over the
    surname left before them, and add a full name's given name written alone (module docstring). Only in text with
    Chinese in it."""
    if not _HAN.search(text):
        return
    for span in spans:
        if span[2] != "PERSON" or span[4] != 1 or span[5] is not None:
            continue
        _grow_surname(text, span)
        _grow_romanised(text, span)
        _grow_romanised_right(text, span)
        _grow_dotted_tail(text, span)
    spans += _given_alone(text, spans)


def _crosses_left(text: str, s: int) -> bool:
    """The character at ``s`` ends a dictionary word of two or more characters that starts before it (取件|碼)."""
    from ._rec_zh import cut_run

    a = s
    while a > 0 and _HAN.match(text[a - 1]):
        a -= 1
    b = s + 1
    while b < len(text) and _HAN.match(text[b]):
        b += 1
    pos = a
    for word, _tag in cut_run(text[a:b]):
        end = pos + len(word)
        if pos < s < end:  # 严明|强: a word opened by a surname is the name's own (严明强), left to grow()
            return len(word) >= 2 and not _is_surname(word[0]) and _dictionary_word(word)
        if pos >= s:
            return False
        pos = end
    return False


def not_personal(text: str, start: int, end: int, entity: str, source: str = "", score: float = 1.0) -> bool:
    """True when ``text[start:end]`` read as ``entity`` is one of the module docstring's non-names."""
    if entity != "PERSON":
        return False
    value = text[start:end]
    if re.search(r"[A-Za-z·・.\-][0-9]|[0-9][A-Za-z·・]", value) and " " not in value.strip():
        return True  # 粤B·7K3Q2: a plate or code
    if not _HAN.search(text):
        return False
    if len(value) == 1 and _is_surname(value):
        for k in (2, 3):
            word = text[start : start + 1 + k]
            if len(word) == 1 + k and _HAN_ONLY.fullmatch(word) and _dictionary_word(word, 300):
                return True  # 班|主任: 班主任 is a word
    if source == "ZhNameTaggerRecognizer" and score < 0.8 and start > 0 and _HAN.match(text[start - 1]) and \
            _crosses_left(text, start):
        return True
    return False
