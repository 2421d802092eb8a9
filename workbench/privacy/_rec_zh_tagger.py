"""A learned Chinese name tagger: a character-level CRF beside the rules (round five).

The rules in ``_rec_zh`` and ``_rec_zh_names`` decide from jieba's tags and word lists whether a surname
and the characters after it are a name; they miss given names made of characters that read as everyday
words. This recognizer is a linear-chain CRF (``python-crfsuite``) that labels every Chinese character
B-PER / I-PER / O from features that do not depend on one format:

* the character and its neighbours (two either side), the bigrams around it;
* whether it is a surname (the 百家姓, the rarer surnames and compound surnames of ``_rec_zh``);
* how much more often it stands in given names than in running text (a log-ratio bucket, estimated
  offline from several name generators and a news corpus: ``data/zh_name_chars.tsv``), for it and
  its neighbours;
* jieba's segmentation around it: where it stands in its word, the word's length, part-of-speech
  tag and frequency, and the tags of the words before and after;
* whether the 2- and 3-character strings it starts or ends are CC-CEDICT everyday words;
* cue words near it: a title or honorific after it (先生, 经理, 总...), a cue before it (：, 和, 、,
  由, 请, 收件人...), the start or end of a Chinese run.

Spans whose least sure character has a marginal probability of 0.5 or more are reported as PERSON;
their score is that probability. Overlaps with the rules resolve as for every other recognizer.
The weights (``data/zh_tagger.crfsuite``) are trained offline by ``bench/train_zh_tagger.py``
(docs/privacy.md, "Round five: Chinese names"). Runs in the kernel, on the same side of the trust
boundary as the rest of the analyzer; nothing is downloaded.
"""

from __future__ import annotations

import functools
import math
import re
import threading
from importlib import resources
from pathlib import Path

from presidio_analyzer import AnalysisExplanation, LocalRecognizer, RecognizerResult

from ..errors import RedactionError

MODEL_FILE = "zh_tagger.crfsuite"
CHARS_FILE = "zh_name_chars.tsv"
#: where the weights and character table are read from; None: the package's data folder.
#: bench/train_zh_tagger.py points it at a candidate model before the engine is built.
DATA_DIR: Path | None = None
MIN_PROBABILITY = 0.5
#: Round thirteen (T1): traditional characters are read as their simplified forms (``_rec_zh_names.to_simplified``,
#: CC-CEDICT's character pairs, one character for one, so every offset stays) before the CRF scores a line: the
#: weights were trained on simplified People's Daily, whose characters and jieba's dictionary a Hong Kong, Macau or
#: Taiwan name (陳家豪, 黃志強) otherwise misses.
FOLD_TRADITIONAL = True

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_TOKEN = re.compile(rf"[{_HAN}]|[A-Za-z]+|[0-9\uff10-\uff19]+|[ \t\u3000]+|.", re.S)
_HAN_RUN = re.compile(rf"[{_HAN}]+")
_IS_HAN = re.compile(rf"[{_HAN}]")
#: titles and honorifics after a name, and cue words before one (besides those of _rec_zh_names)
_AFTER = ("先生", "女士", "小姐", "老师", "老師", "经理", "經理", "医生", "醫生", "律师", "律師", "教授", "主任", "总监",
          "總監", "师傅", "師傅", "阿姨", "同学", "同學", "博士", "院长", "院長", "处长", "處長", "局长", "局長", "科长",
          "部长", "部長", "校长", "书记", "書記", "老板", "老闆", "总", "總", "董", "工", "姐", "哥", "叔", "说", "說",
          "表示", "负责", "負責", "的", "和", "与", "與", "、", "在", "是", "已", "将", "將", "也", "都", "等")
_BEFORE = ("客户", "客戶", "联系人", "聯繫人", "聯絡人", "收件人", "收货人", "收貨人", "发件人", "發件人", "负责人", "負責人",
           "经办人", "經辦人", "代表人", "申请人", "申請人", "借款人", "持卡人", "患者", "员工", "員工", "同事", "姓名",
           "用户", "用戶", "户名", "戶名", "抄送", "签字", "簽字", "致", "由", "请", "請", "让", "讓", "叫", "给", "給",
           "和", "与", "與", "及", "、", "：", ":", "，", ",", "向", "找", "问", "問", "跟", "同", "把", "被", "对", "對",
           "感谢", "感謝", "谢谢", "謝謝", "通知", "联系", "聯繫", "欢迎", "歡迎", "恭喜", "转告", "轉告", "提醒", "告诉")


def _data_path(name: str) -> str:
    if DATA_DIR is not None:
        return str(Path(DATA_DIR) / name)
    return str(resources.files(__package__).joinpath("data", name))


@functools.lru_cache(maxsize=1)
def _surnames() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The surname sets the shipped model was trained with: round six's second-pass additions (the rules'
    traditional forms and compound surnames, ``_rec_zh.R6B_*``) are left out, or its features would shift
    (人|習采: a new surname feature pulled the character before it into the name)."""
    from ._rec_zh import (
        COMPOUND_SURNAMES,
        CUED_SURNAMES,
        R6B_COMPOUND_SURNAMES,
        R6B_CUED_SURNAMES,
        R6B_SURNAMES,
        SURNAMES,
    )

    return (frozenset(SURNAMES - R6B_SURNAMES), frozenset(CUED_SURNAMES - R6B_CUED_SURNAMES),
            frozenset(COMPOUND_SURNAMES - R6B_COMPOUND_SURNAMES))


def read_chars(path: str) -> dict[str, tuple[str, str]]:
    """The character table: character -> (given-name bucket, surname bucket), as written by
    ``bench/train_zh_tagger.py``: a character's share among given-name characters over its share
    in running text, as log2 buckets."""
    table: dict[str, tuple[str, str]] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            ch, given, surname = line.rstrip("\n").split("\t")
            table[ch] = (given, surname)
    return table


class Featurizer:
    """Per-character features of a line (see the module docstring); one instance per character table."""

    def __init__(self, chars: dict[str, tuple[str, str]]) -> None:
        self.chars = chars
        self._static: dict[str, list[str]] = {}

    def static(self, tok: str) -> list[str]:
        feats = self._static.get(tok)
        if feats is None:
            if _IS_HAN.match(tok):
                single, cued, _compound = _surnames()
                given, sur = self.chars.get(tok, ("u", "u"))
                feats = ["c=" + tok, "g=" + given, "sb=" + sur]
                if tok in single:
                    feats.append("sur")
                elif tok in cued:
                    feats.append("csur")
            else:
                feats = ["k=" + _kind(tok)]
            self._static[tok] = feats
        return feats

    def features(self, line: str, toks: list[tuple[int, str]], words: dict[int, list[str]]
                 ) -> list[list[str]]:
        from ._rec_zh_names import everyday_words

        common = everyday_words()
        compound = _surnames()[2]
        n = len(toks)
        han = [bool(_IS_HAN.match(t)) for _, t in toks]
        names = [t if h else "<" + _kind(t) + ">" for (_, t), h in zip(toks, han)]
        chars = self.chars
        given = [chars.get(t, ("u", "u"))[0] if h else "-" for (_, t), h in zip(toks, han)]
        after, before = _occurrences(line, _AFTER, 0), _occurrences(line, _BEFORE, 1)
        pad = ["^", "^", *names, "$", "$"]
        out = []
        static = self._static
        for i, (pos, tok) in enumerate(toks):
            f = static.get(tok) or self.static(tok)
            f = list(f)
            if not han[i]:
                f.append("p-1=" + pad[i + 1])
                f.append("p+1=" + pad[i + 3])
                out.append(f)
                continue
            f += ["c-2=" + pad[i], "c-1=" + pad[i + 1], "c+1=" + pad[i + 3], "c+2=" + pad[i + 4]]
            if i:
                f.append("g-1=" + given[i - 1])
            if i + 1 < n:
                f.append("g+1=" + given[i + 1])
                if i + 2 < n:
                    f.append("g+2=" + given[i + 2])
            f.append("b-=" + pad[i + 1] + tok)
            f.append("b+=" + tok + pad[i + 3])
            f.append("gg=" + given[i] + "|" + (given[i + 1] if i + 1 < n else "$"))
            if line[pos : pos + 2] in compound:
                f.append("cmp")
            elif pos and line[pos - 1 : pos + 1] in compound:
                f.append("cmp2")
            word = words.get(pos)
            if word is not None:
                f += word
            if line[pos : pos + 2] in common and pos + 2 <= len(line):
                f.append("d2s")
            if pos + 2 <= len(line) and line[pos : pos + 3] in common:
                f.append("d3s")
            if pos >= 1 and line[pos - 1 : pos + 1] in common:
                f.append("d2e")
            if pos >= 1 and line[max(0, pos - 2) : pos + 1] in common:
                f.append("d3e")
            for k in (1, 2, 3):
                if pos + k in after:
                    f.append("a" + str(k))
                if pos - k + 1 > 0 and pos - k + 1 in before:
                    f.append("bf" + str(k))
            if i == 0 or not han[i - 1]:
                f.append("bor")
            if i + 1 == n or not han[i + 1]:
                f.append("eor")
            out.append(f)
        return out


def _occurrences(line: str, words: tuple[str, ...], at_end: int) -> set[int]:
    """Offsets where one of ``words`` starts (``at_end`` 0) or ends (1) in ``line``."""
    found = set()
    for w in words:
        i = line.find(w)
        while i >= 0:
            found.add(i + len(w) * at_end)
            i = line.find(w, i + 1)
    return found


def _kind(tok: str) -> str:
    if tok[0].isdigit():
        return "digit"
    if tok[0].isascii() and tok[0].isalpha():
        return "latin"
    if tok.isspace():
        return "space"
    return tok[0]


def _freq_bucket(freq: int) -> str:
    return str(min(int(math.log10(freq + 1)), 6))


def line_words(line: str) -> dict[int, list[str]]:
    """Character offset -> the features of its jieba word (its position in the word B/M/E/S, the word's
    tag, length and frequency bucket, the previous and next words' tags) for every Chinese character."""
    import jieba

    from ._rec_zh import cut_run, jieba_tokenizer

    jieba_tokenizer()  # initialised before its frequencies are read
    freq = jieba.dt.FREQ
    out: dict[int, list[str]] = {}
    for run in _HAN_RUN.finditer(line):
        words = cut_run(run.group())
        pos = run.start()
        for k, (w, tag) in enumerate(words):
            prev_tag = words[k - 1][1] if k else "^"
            next_tag = words[k + 1][1] if k + 1 < len(words) else "$"
            n = len(w)
            shared = ["wt=" + tag, "wl=" + str(min(n, 4)), "pt=" + prev_tag, "nt=" + next_tag,
                      "wf=" + _freq_bucket(freq.get(w, 0))]
            for j in range(n):
                wpos = "S" if n == 1 else "B" if j == 0 else "E" if j == n - 1 else "M"
                out[pos + j] = ["wp=" + wpos, *shared, "wpt=" + wpos + "|" + tag]
            pos += n
    return out


def tokens(line: str) -> list[tuple[int, str]]:
    """A line's items: each Chinese character, and each run of Latin letters, digits, spaces or one mark."""
    return [(m.start(), m.group()) for m in _TOKEN.finditer(line)]


def lines(text: str):
    """(offset, line) of every line of ``text`` that holds a Chinese character."""
    pos = 0
    for line in text.split("\n"):
        if _IS_HAN.search(line):
            yield pos, line
        pos += len(line) + 1


class ZhTagger:
    """The shipped CRF: ``spans(text)`` -> [(start, end, probability)] of Chinese person names."""

    def __init__(self) -> None:
        try:
            import pycrfsuite
        except ImportError as exc:
            raise RedactionError(
                "The Chinese name tagger needs python-crfsuite. Install it (pip install 'analyst-workbench') "
                "or set [privacy] tagger = false."
            ) from exc
        self._tagger = pycrfsuite.Tagger()
        try:
            self._tagger.open(_data_path(MODEL_FILE))
            self.featurizer = Featurizer(read_chars(_data_path(CHARS_FILE)))
        except (OSError, ValueError) as exc:
            raise RedactionError(
                f"The Chinese name tagger's data ({MODEL_FILE}, {CHARS_FILE}) could not be read. Reinstall the "
                "package, retrain it with bench/train_zh_tagger.py, or set [privacy] tagger = false."
            ) from exc
        self._lock = threading.Lock()  # a crfsuite Tagger holds one sequence at a time

    def spans(self, text: str, threshold: float = MIN_PROBABILITY) -> list[tuple[int, int, float]]:
        """Runs of characters whose probability of being part of a name (the marginals of B-PER and
        I-PER) is at least ``threshold``; a character more likely B than I starts a new name. A span's
        probability is its least sure character's."""
        found = []
        from ._rec_zh_names import to_simplified

        fold = FOLD_TRADITIONAL
        for offset, line in lines(text):
            if fold:  # round thirteen (T1): read as the simplified text the weights were trained on, same offsets
                line = to_simplified(line)
            toks = tokens(line)
            feats = self.featurizer.features(line, toks, line_words(line))
            with self._lock:
                self._tagger.set(feats)
                self._tagger.tag()
                marg = [(self._tagger.marginal("B-PER", i), self._tagger.marginal("I-PER", i)) for i in range(len(toks))]
            start, low = None, 1.0
            for i, (b, inside) in enumerate([*marg, (0.0, 0.0)]):
                p = b + inside
                if start is not None and (p < threshold or b > inside):
                    a, e = toks[start][0], toks[i - 1][0] + len(toks[i - 1][1])
                    found.append((offset + a, offset + e, low))
                    start = None
                if p >= threshold:
                    if start is None:
                        start, low = i, p
                    else:
                        low = min(low, p)
        return found


_lock = threading.Lock()
_tagger: ZhTagger | None = None


def get_tagger() -> ZhTagger:
    global _tagger
    with _lock:
        if _tagger is None:
            _tagger = ZhTagger()
    return _tagger


def reset() -> None:
    """Forget the loaded weights (bench/train_zh_tagger.py, after pointing DATA_DIR elsewhere)."""
    global _tagger
    with _lock:
        _tagger = None


def _starts_word_across(text: str, p: int) -> bool:
    """jieba's cut of the Chinese run around ``p`` has an everyday word (CC-CEDICT) that starts at ``p`` and
    runs past it: 安排 in 请黄伊安排, not 国 in 李建国|家里 (jieba cuts 李建国 whole there)."""
    from ._rec_zh import cut_run
    from ._rec_zh_names import everyday_words

    a, b = p, p + 1
    while a > 0 and _IS_HAN.match(text[a - 1]):
        a -= 1
    while b < len(text) and _IS_HAN.match(text[b]):
        b += 1
    pos = a
    for word, _tag in cut_run(text[a:b]):
        if pos == p:
            return len(word) >= 2 and word in everyday_words()
        pos += len(word)
        if pos > p:
            return False
    return False


def _tidy(text: str, s: int, e: int) -> tuple[int, int] | None:
    """A Chinese span that can be a name, or None: Chinese characters only, 2-4 of them (5 after a compound
    surname; one, a surname, before a title: 王先生); a particle, conjunction or verb at its end comes off
    (曾伟|说, 张成|和); none that holds a time word (于|本周五), is a public place, a city GeoNames knows
    (嘉義: the place recognizers' to judge) or a brand."""
    from ._rec_zh import _NOT_GIVEN, _NOT_NAMES_ZH, _TIME_WORDS, PUBLIC_PLACES
    from ._rec_zh_names import brand_words, phrase_ends
    from ._rec_zh_places import city_names

    while e - s > 2 and text[e - 1] in _NOT_GIVEN and not (text[e - 1] in "和与" and phrase_ends(text, e)):
        e -= 1  # 张成|和张成: a conjunction before the next name comes off; 张嘉和|已经确认 keeps its given name (round six)
    if e - s > 2 and e < len(text) and _IS_HAN.match(text[e]) and _starts_word_across(text, e - 1):
        e -= 1  # 请黄伊|安排接机: jieba reads the last character and the next as one everyday word (round six)
    span = text[s:e]
    if not _HAN_RUN.fullmatch(span) or len(span) > (5 if span[:2] in _surnames()[2] else 4):
        return None
    if len(span) == 2 and _function_pair(span):
        return None  # 請於|11月20日: a verb or preposition, then a preposition or particle, is no surname and given name
    if len(span) == 1 and not text.startswith(_AFTER[:32], e):
        return None
    if any(span[i : i + 2] in _TIME_WORDS or span[i : i + 2] in _NOT_NAMES_ZH for i in range(len(span) - 1)):
        return None
    if span in PUBLIC_PLACES or span in brand_words() or span in city_names():
        return None
    return s, e


def _function_pair(span: str) -> bool:
    """Round eight: two characters, read simplified, of which the first is no surname and is a verb, preposition,
    conjunction or adverb to jieba, and the second a preposition, conjunction or particle (请于, 并与, 则在): no name."""
    from ._rec_zh import COMPOUND_SURNAMES, CUED_SURNAMES, SURNAMES, _tag_of
    from ._rec_zh_names import to_simplified

    simple = to_simplified(span)
    a, b = simple[0], simple[1]
    if a in SURNAMES or a in CUED_SURNAMES or span in COMPOUND_SURNAMES:
        return False
    return _tag_of(a)[:1] in ("v", "p", "c", "d") and _tag_of(b)[:1] in ("p", "c", "u")


class ZhNameTaggerRecognizer(LocalRecognizer):
    """PERSON in Chinese text from the shipped character CRF (see the module docstring)."""

    def __init__(self, supported_language: str = "en", name: str | None = None) -> None:
        super().__init__(supported_entities=["PERSON"], supported_language=supported_language,
                         name=name or "ZhNameTaggerRecognizer")

    def load(self) -> None:  # noqa: D102
        from ._rec_zh import jieba_tokenizer
        from ._rec_zh_names import brand_words, everyday_words

        jieba_tokenizer()
        everyday_words()
        brand_words()
        get_tagger()

    def analyze(self, text, entities, nlp_artifacts=None) -> list[RecognizerResult]:  # noqa: D102
        if (entities and "PERSON" not in entities) or not _IS_HAN.search(text):
            return []
        from ._rec_cjk9 import everyday_guess
        from ._rec_cjk10 import trim_end, verb_given
        from ._rec_zh import COMPOUND_SURNAMES

        out = []
        for s, e, p in get_tagger().spans(text):
            kept = _tidy(text, s, e) if p >= MIN_PROBABILITY else None
            if kept is None:
                continue
            s, e = kept
            sl = 2 if text[s : s + 2] in COMPOUND_SURNAMES else 1
            if p < 0.6 and everyday_guess(text, s, e, sl):
                continue  # round nine: an unsure span that jieba reads as an everyday word (合同|终稿|见)
            if verb_given(text, s, e, sl):
                continue  # round ten (P8): a surname and a frequent verb (这|周请假|三天), at any probability
            e = trim_end(text, s, e, sl)  # round ten (P8): 苗丹通|完电话: the next word's first character comes off
            out.append(RecognizerResult(
                "PERSON", s, e, round(p, 3),
                analysis_explanation=AnalysisExplanation(type(self).__name__, p),
                recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                      RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id},
            ))
        return out
