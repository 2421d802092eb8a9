"""Round ten, second pass (P8, HELD-OUT-11 seen): confident Chinese name guesses that run into everyday words.

Round nine's veto (``_rec_cjk9.everyday_guess``) only judged unsure guesses (score <= 0.6), so a confident guess
that took the next word's first character (苗丹通|完电话, 缪玲打|电话, 翟睿的|CT) or a surname-like character
before a verb (这|周请假|三天) still went out as a name. Two rules, by mechanism, for any score:

- **trim**: a surname and two given characters whose last character is almost never a given-name character
  (its given-name bucket in ``data/zh_name_chars.tsv`` is -4 or lower: 16 times rarer in names than in
  running text) and is a verb, particle, adverb, preposition or conjunction to jieba, with a letter, digit or
  Chinese character after it (翟睿的|CT): the last character belongs to the text, not the name (打, 的, 说, 是, 在). 和/与 stay: _tidy judges them.
- **drop**: a single surname whose given part is a frequent dictionary verb (jieba tag v, frequency >= 100)
  made of characters that are no more common in names than in text (buckets <= 0), inside a phrase and not after
  a cue or role word: 这|周请假, not 李|建成, 收件人|楊進發 or 賴進發|和….

Both look only at the guess and the character after it: no wording list.
"""

from __future__ import annotations

import functools
import re

_HAN = re.compile(r"[\u4e00-\u9fff]")
#: jieba tag initials of a character that ends no name when it is rare in names: verb, particle, adverb, ...
_FUNCTION_TAGS = ("v", "u", "d", "p", "c")
_TRIM_BUCKET = -4  # log2: a character >= 16x rarer among given names than in running text
_VERB_FREQ = 100


@functools.lru_cache(maxsize=1)
def _given_buckets() -> dict[str, int]:
    """Character -> given-name bucket (log2 share in names over share in text); absent / "n": never in names."""
    from ._rec_zh_tagger import CHARS_FILE, _data_path, read_chars

    out = {}
    for ch, (given, _surname) in read_chars(_data_path(CHARS_FILE)).items():
        out[ch] = -99 if given in ("n", "-") else int(given)
    return out


def _bucket(ch: str) -> int:
    from ._rec_zh_names import to_simplified

    return _given_buckets().get(to_simplified(ch), -99)


def trim_end(text: str, start: int, end: int, surname_len: int) -> int:
    """``end``, or ``end - 1`` when the guess's last character is the next word's (苗丹通|完电话 -> 苗丹)."""
    from ._rec_zh import _tag_of
    from ._rec_zh_names import to_simplified

    if end - start - surname_len != 2 or end >= len(text) or not text[end].isalnum():
        return end
    last = text[end - 1]
    if last in "和与" or _bucket(last) > _TRIM_BUCKET:
        return end
    tag = _tag_of(to_simplified(last))[:1]
    if tag in ("u", "p", "c"):
        return end - 1  # a particle, preposition or conjunction (翟睿的|CT)
    if tag in _FUNCTION_TAGS and any(_tag_of(to_simplified(text[end - 1 : end + n])) for n in (1, 2)):
        return end - 1  # a verb or adverb that starts a dictionary word with what follows (缪玲打|电话: 打电话)
    return end  # 季冰冻|明天: a rare verb character alone may still be a given name (HELD-OUT-5's generator)


def verb_given(text: str, start: int, end: int, surname_len: int) -> bool:
    """The guess is a surname and a frequent verb of non-name characters (这|周请假|三天)."""
    import jieba

    from ._rec_zh import _BEFORE_CUES, _tag_of
    from ._rec_zh_names import BEFORE_WORDS, to_simplified

    given = to_simplified(text[start + surname_len : end])
    if surname_len != 1 or len(given) != 2 or not start or not _HAN.match(text[start - 1]) or text[start - 1] == "人":
        return False  # a phrase's first word (賴進發和…) or after a role (收件人楊進發): a verb-like given name stays
    if end >= len(text) or not _HAN.match(text[end]):
        return False  # a verb goes on into its phrase (周请假|三天); a name before "：" or the end (回复秦象棋：) stays
    if text[:start].endswith((*_BEFORE_CUES, *BEFORE_WORDS)):
        return False  # after a cue word (联系人, 经理)
    return (_tag_of(given) == "v" and jieba.dt.FREQ.get(given, 0) >= _VERB_FREQ
            and max(_bucket(c) for c in given) <= 0)


def tidy_guesses(text: str, results: list) -> list:
    """The PERSON guesses of ``results`` (RecognizerResult) after round nine's veto for unsure guesses and this
    round's two rules; other types pass unchanged. Trims in place."""
    from ._rec_cjk9 import everyday_guess
    from ._rec_zh import COMPOUND_SURNAMES

    out = []
    for r in results:
        if r.entity_type != "PERSON":
            out.append(r)
            continue
        sl = 2 if text[r.start : r.start + 2] in COMPOUND_SURNAMES else 1
        if r.score <= 0.6 and everyday_guess(text, r.start, r.end, sl):
            continue
        if verb_given(text, r.start, r.end, sl):
            continue
        r.end = trim_end(text, r.start, r.end, sl)
        out.append(r)
    return out
