"""Round nine (P1): Chinese-text structured values in the forms a new writer picks (registered through
``_rec_zh.CHINESE_RECOGNIZERS``).

* **Full-width text** (``FullWidthRecognizer``): the carriers' shadow (``_carriers``) folds full-width digits and
  dashes, not the ideographic space between groups ("＋８６　１３８　１２３４　５６７８") nor full-width letters of an id;
  the text is folded one character for one (offsets unchanged) and the Chinese phone, ID and card recognizers and the
  e-mail one read the folded copy.
* **Mobiles with a bare 86** ("86-138 1234 5678", "(86)13812345678"): the country code is part of the number.
* **身份证 in groups** ("110101 19900307 123X", the MOD 11-2 check decides) and the **15-digit cards** issued before
  1999 (a region, yymmdd, three digits; no check character, so only after an ID label).
* **QQ numbers and 微信 ids after their label** ("QQ：12345678", "加我vx wxid_abc123", "微信号 zhang_san88"), and
  any ``wxid_`` id: account ids that name one person (``ID_NUMBER``).

**Licence plates** (车牌 京A·D3321) are not pseudonymised: a seen split (HELD-OUT-7) writes one as the context of a
visit log, not as personal data, and a plate names a vehicle, not its keeper; a recognizer for them was measured (0 of
60 leaked on this part's check) and cost 104 words of over-redaction on HELD-OUT-7, so it was not kept.

400/800 numbers stay as round four left them (pseudonymised): they are companies' lines, not a person's, but the
cost of a placeholder for a hotline is small and a reader cannot tell a 400 number from a private line by its label.
"""

from __future__ import annotations

import re

from presidio_analyzer import LocalRecognizer, Pattern, RecognizerResult

from ._checks import has_cjk, prc_id_ok
from ._rec_en import _CASE_SENSITIVE, _Validated

#: full-width forms and the ideographic space, one character for one (offsets are kept)
_FOLD = str.maketrans(
    {**{chr(0xFF10 + i): str(i) for i in range(10)}, **{chr(0xFF21 + i): chr(65 + i) for i in range(26)},
     **{chr(0xFF41 + i): chr(97 + i) for i in range(26)},
     "＋": "+", "－": "-", "（": "(", "）": ")", "．": ".", "＠": "@", "＿": "_", "\u3000": " ", "＃": "#", "／": "/"})
#: what the carriers' shadow (``_carriers``, which folds full-width digits first) leaves: an ideographic space
#: beside a digit, a full-width letter or underscore of an id
_FULL_LEFT = re.compile(r"[\uff10-\uff19]|\d\u3000|\u3000[\d+(]|[\uff21-\uff3a\uff41-\uff5a\uff3f]")

#: an ID label just before the number (身份证号：, 公民身份号码 , 证件号=)
_ID_LABEL = (r"(?:身份证|身份證|身分證|身份号码|身份號碼|证件|證件|证号|證號|ID|id)[号號码碼]{0,2}[\"'“”]?"
             r"(?:[：:=＝是为為]|\s){0,2}")
#: a QQ or 微信 label just before the account (QQ：, 扣扣号 , 加我vx, 微信号是)
_QQ_LABEL = r"(?:QQ|qq|Qq|扣扣)[号號]?(?:码|碼)?(?:[：:=＝是为為]|\s){0,3}"
_WX_LABEL = r"(?:微信|WeChat|wechat|Wechat|VX|vx|Vx|WX|wx|V信)[号號]?(?:[：:=＝是为為]|\s){0,3}"


class CnMobileCodeRecognizer(_Validated):
    """A mainland mobile after a bare 86 (no + nor 00): "86-13812345678", "(86) 138 1234 5678", "86 138-1234-5678"."""

    ENTITY = "CN_MOBILE"
    PATTERNS = [
        Pattern("mobile after a bare 86", r"(?<![\d+])(?:86[\s\-]|\(86\)\s?|（86）\s?)1[3-9]\d(?:[\s\-.]?\d{4}){2}(?!\d)",
                0.8),
        # 3-4-4 or 4-4-3 with dots or spaces and any country-code form ("138.1234.5678", "+86 1381 2345 678")
        Pattern("mobile in other groups", r"(?<![\d+])(?:(?:\+|00)86[\s\-]?|\(\+?86\)\s?)?1[3-9]\d(?:\.\d{4}\.\d{4}|\d[\s\-.]\d{4}[\s\-.]\d{3})"
                r"(?!\d)", 0.7),
    ]


class CnIdGroupsRecognizer(_Validated):
    """身份证 written in groups (6-8-4: "110101 19900307 123X"), and 15-digit cards after an ID label."""

    ENTITY = "CN_RESIDENT_ID"
    PATTERNS = [
        Pattern("prc id in groups", r"(?<![0-9A-Za-z])[1-9]\d{5}[\s\-](?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
                r"[\s\-]\d{3}[\dXx](?![0-9A-Za-z])", 0.6),
        Pattern("15-digit id after its label", r"(?<=" + _ID_LABEL + r")(?<![0-9A-Za-z])[1-9]\d{5}\d{2}(?:0[1-9]|1[0-2])"
                r"(?:0[1-9]|[12]\d|3[01])\d{3}(?![0-9A-Za-z])", 0.6),
    ]

    def check(self, text: str) -> bool | None:
        digits = re.sub(r"[\s\-]", "", text)
        return True if len(digits) == 15 else prc_id_ok(digits)


class AccountIdRecognizer(_Validated):
    """QQ numbers and 微信 ids after their label; ``wxid_`` ids anywhere in Chinese text."""

    ENTITY = "ID_NUMBER"
    PATTERNS = [
        Pattern("qq after its label", r"(?<=" + _QQ_LABEL + r")(?<![0-9])[1-9]\d{4,10}(?![0-9])", 0.7),
        Pattern("wechat id after its label", r"(?<=" + _WX_LABEL + r")(?<![A-Za-z0-9_\-])[A-Za-z][A-Za-z0-9_\-]{5,19}"
                r"(?![A-Za-z0-9_\-])", 0.7),
        Pattern("wxid", r"(?<![A-Za-z0-9_])wxid_[a-z0-9]{6,22}(?![A-Za-z0-9_])", 0.8),
    ]
    FLAGS = _CASE_SENSITIVE

    def check(self, text: str) -> bool | None:
        if not text.isalpha():
            return True
        from ._rec_tagger import common_words

        return text.casefold() not in common_words()  # 微信 contact / 微信 group: prose, not an id


class _ColumnAccounts(AccountIdRecognizer):
    """The QQ / 微信 / 身份证 ids of a table's column (the label is its header, not beside the value)."""

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):  # noqa: D102
        out = super().analyze(text, entities, nlp_artifacts, regex_flags)
        if "\n" in text:
            out += [RecognizerResult("ID_NUMBER", a, b, 0.7, recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self.name, RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id})
                for a, b in column_values(text)]
        return out


#: a table's header cell -> the shape of the values in its column (表格 pastes: "姓名\tQQ\t地址")
_COLUMNS = (
    (re.compile(r"(?:QQ|qq|Qq|扣扣)[号號]?(?:码|碼)?"), re.compile(r"[1-9]\d{4,10}")),
    (re.compile(_WX_LABEL.split("(?:[")[0]), re.compile(r"wxid_[a-z0-9]{6,22}|[A-Za-z][A-Za-z0-9_\-]{5,19}")),
    (re.compile(_ID_LABEL.split("[\"")[0]), re.compile(r"[1-9]\d{14}(?:\d{2}[\dXx])?")),
)
_CELL_SPLIT = re.compile(r"\t|\s*[|,，]\s*")


def column_values(text: str) -> list[tuple[int, int]]:
    """(start, end) of the cells under a QQ / 微信 / 身份证 header whose text has that column's shape."""
    found: list[tuple[int, int]] = []
    lines = [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", text)]
    for i, (_, header) in enumerate(lines[:-1]):
        cells = _CELL_SPLIT.split(header.strip())
        if len(cells) < 2:
            continue
        wanted = {k: shape for k, cell in enumerate(cells) for label, shape in _COLUMNS if label.fullmatch(cell.strip())}
        if not wanted:
            continue
        for start, line in lines[i + 1 :]:
            pos = 0
            spans = []
            for cell in _CELL_SPLIT.split(line):
                at = line.index(cell, pos) if cell else pos
                spans.append((at, cell))
                pos = at + len(cell)
            if len(spans) < 2:
                break  # the table ends
            for k, shape in wanted.items():
                if k < len(spans):
                    at, cell = spans[k]
                    value = cell.strip()
                    if value and shape.fullmatch(value):
                        lead = len(cell) - len(cell.lstrip())
                        found.append((start + at + lead, start + at + lead + len(value)))
    return found


def _structured() -> list:
    from ._rec_en import WbEmailRecognizer
    from ._rec_zh import CnBankCardRecognizer, CnLabelledCardRecognizer, CnMobileRecognizer, PrcIdRecognizer
    from ._rec_zh_phones import CnLandlineRecognizer, CnPassportRecognizer

    return [cls() for cls in (CnMobileRecognizer, CnMobileCodeRecognizer, CnLandlineRecognizer, PrcIdRecognizer,
                              CnIdGroupsRecognizer, CnBankCardRecognizer, CnLabelledCardRecognizer, CnPassportRecognizer,
                              AccountIdRecognizer, WbEmailRecognizer)]


class FullWidthRecognizer(LocalRecognizer):
    """Structured values written with full-width digits or the ideographic space: the structured recognizers read a
    folded copy (one character for one, so every span is the original's)."""

    _inner: list | None = None

    def __init__(self, supported_language: str = "en", name: str | None = None) -> None:
        super().__init__(supported_entities=["CN_MOBILE", "PHONE_NUMBER", "CN_RESIDENT_ID", "CN_BANK_CARD", "ID_NUMBER",
                                             "EMAIL_ADDRESS"], supported_language=supported_language,
                         name=name or "FullWidthRecognizer")

    def load(self) -> None:  # noqa: D102
        pass

    def analyze(self, text, entities, nlp_artifacts=None):  # noqa: D102
        if text.isascii() or not _FULL_LEFT.search(text):  # isascii: ~1 µs on 200 words, the search ~60
            return []
        if FullWidthRecognizer._inner is None:
            FullWidthRecognizer._inner = _structured()
        folded = text.translate(_FOLD)
        out = []
        for rec in FullWidthRecognizer._inner:
            for r in rec.analyze(folded, rec.supported_entities, nlp_artifacts):
                # the results are this recognizer's: the analyzer groups them by the id of a registered one
                r.recognition_metadata[RecognizerResult.RECOGNIZER_NAME_KEY] = self.name
                r.recognition_metadata[RecognizerResult.RECOGNIZER_IDENTIFIER_KEY] = self.id
                out.append(r)
        return out


class _ChineseOnly(_Validated):
    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):  # noqa: D102
        if not has_cjk(text):
            return []
        return super().analyze(text, entities, nlp_artifacts, regex_flags)


class _MobileCode(_ChineseOnly, CnMobileCodeRecognizer):
    pass


class _IdGroups(_ChineseOnly, CnIdGroupsRecognizer):
    pass


class _Accounts(_ChineseOnly, _ColumnAccounts):
    pass


CJK9_RECOGNIZERS = (_MobileCode, _IdGroups, _Accounts, FullWidthRecognizer)


# -- address spans: the words before the address and a move between two addresses (HELD-OUT-9, seen) ---------------
#: a word after which an address starts: telling, moving, a place label ("张香说|老房子…", "办事处搬到了|广平县…",
#: "地点|辽宁省…", "从|望江县…")
_ADDRESS_CUT = re.compile(r"(?:说|說|讲|講|搬到了|搬到|搬至|搬去|迁到|迁至|遷到|遷至|改到|住在|位于|位於|地点|地點|从|從|在|到了)")
#: a move inside one span: "从A搬到B" is two addresses and a verb
#: jieba tags of everyday words (老房子 n, 以前 t...), never a place or an organisation (香港特别行政区 is nt)
_EVERYDAY_TAGS = frozenset({"n", "v", "vn", "a", "ad", "d", "r", "l", "i", "t", "m"})
_PLACE_END = frozenset("省市县縣区區镇鎮乡鄉州盟旗村庄莊路街道巷弄里")
_ADMIN_END = frozenset("省市县縣区區镇鎮乡鄉州盟旗")
_ONE_CHAR_PLACE = re.compile(r"[\u4e00-\u9fff][区區县縣市镇鎮乡鄉]")
_ADDRESS_MOVE = re.compile(r"(?:搬到|搬至|搬去|迁到|迁至|遷到|遷至|改到|换到|換到)")


def address_parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The address spans inside a Chinese address match: the words before a telling or moving verb or a place label
    that stands before the first number are cut off, with everyday words after it (老房子, 新家: jieba words that are
    no place name); a move between two addresses splits the span and leaves the verb out."""
    import jieba

    from ._rec_zh import _tag_of, cut_run

    span = text[start:end]
    digit = re.search(r"\d", span)
    parts: list[tuple[int, int]] = []
    pos = start
    for m in _ADDRESS_MOVE.finditer(span):
        if digit and m.start() > digit.start() and re.search(r"\d", span[m.end():]):
            parts.append((pos, start + m.start()))
            pos = start + m.end()
    parts.append((pos, end))
    out = []
    for a, b in parts:
        first = re.search(r"\d", text[a:b])
        head_end = a + (first.start() if first else b - a)
        words = list(cut_run(text[a:head_end])) if head_end > a else []
        # the last cue word jieba cuts as a word of its own (never the 从 of 从化区)
        last, at = -1, a
        for i, (word, _) in enumerate(words):
            after = text[at + len(word) : at + len(word) + 2]
            # not the first character of a place name: 从化区 (jieba: 从|化区), 在X市 written as a name
            if _ADDRESS_CUT.fullmatch(word) and not _ONE_CHAR_PLACE.fullmatch(after) and not any(
                    _tag_of(text[at : at + n]).startswith("ns") for n in (2, 3)):
                last = i
            at += len(word)
        if last >= 0 and sum(len(w) for w, _ in words[last + 1 :]) >= 2:
            a += sum(len(w) for w, _ in words[: last + 1])
            words = words[last + 1 :]
        for k, (word, tag) in enumerate(words):  # 老房子|绥化市: an everyday word before a place; 了|广平县: a particle
            if word in ("了", "的", "去", "来", "來"):
                a += 1
                continue
            nxt_word = words[k + 1][0] if k + 1 < len(words) else ""
            # a division follows (绥化市, 保定市: jieba tags it ns or n), not a street (丰收|北街)
            place_next = len(nxt_word) >= 2 and nxt_word[-1] in _ADMIN_END and not (
                len(nxt_word) == 2 and _tag_of(nxt_word) == "n")  # not 牧野|社区: a common noun (社区, 小区)
            if tag not in _EVERYDAY_TAGS or word[-1] in _PLACE_END or len(word) < 2 or jieba.dt.FREQ.get(word, 0) < 20 or not place_next:
                break
            a += len(word)
        if b - a >= 4:
            out.append((a, b))
    return out or [(start, end)]


# -- surname guesses that are everyday words (HELD-OUT-8/9, seen: 终稿, 丰巢柜, 龙|组织, 车|停) -------------------------
_RUN = re.compile(r"[\u4e00-\u9fff]+")


def cuts_word(words: tuple[tuple[str, str], ...], at: int, start: int, end: int) -> bool:
    """Round nine, second pass (P6, HELD-OUT-10 seen): a name guess ``start:end`` that begins or ends inside a word
    jieba's dictionary holds (two characters or more, not tagged as a name): 办公椅 (公椅 starts in it), 门卫室 (卫室),
    车险|理赔 (车险理 ends in 理赔). A name is cut whole by jieba or left as single characters; a guess across a known
    word's edge is the guess's own mistake, however rare the word (办公椅 has jieba frequency 3)."""
    import jieba

    from ._rec_zh_names import to_simplified

    freq = jieba.dt.FREQ
    for word, tag in words:
        a, b = at, at + len(word)
        at = b
        if len(word) < 2 or tag.startswith("nr") or not freq.get(to_simplified(word), 0):
            continue
        if a < start < b or a < end < b:
            return True
    return False


def everyday_guess(text: str, start: int, end: int, surname_len: int) -> bool:
    """A surname-and-boundary guess that is an everyday word: jieba reads the whole span as one new word that it does
    not tag as a name (合同|终稿|见, 的|丰巢柜|了: HMM words tagged n / i / v), or the given part is a frequent
    dictionary word that is a verb, noun or measure (龙|组织, 车|停)."""
    import jieba

    from ._rec_zh import _BEFORE_CUES, _tag_of, cut_run
    from ._rec_zh_names import BEFORE_WORDS, to_simplified

    run = next((m for m in _RUN.finditer(text, max(0, start - 12)) if m.start() <= start < m.end()), None)
    if run is None:
        return False
    words = cut_run(run.group())
    cues = (*_BEFORE_CUES, *BEFORE_WORDS)
    role = text[start - 1 : start] == "人" and _tag_of(text[max(0, start - 3) : start - 1])[:1] == "v"  # 入住人|權祐廷
    if not role and not text[:start].endswith(cues) and cuts_word(words, run.start(), start, end):
        return True  # round nine, second pass (P6): 办|公椅, 门|卫室, 车险理|赔: the guess cuts a dictionary word in two
    if start == run.start():
        return False  # a name where a phrase starts (寄件人 符沼, 蓝乡：): the guess stands
    at, prev, prev_tag = run.start(), "", ""
    for word, tag in words:
        if at + len(word) == start:
            prev, prev_tag = word, tag
        at += len(word)
    if prev in cues or any(prev.endswith(c) and (len(c) >= 2 or prev_tag[:1] in "vp") for c in cues):
        return False  # after a cue (转给|申岩石: a verb ending in 给), not a noun's last character (合同|终稿)
    at = run.start()
    for word, tag in words:
        if at <= start and end <= at + len(word):  # the span inside one new word (丰巢柜 holds 巢柜)
            if not tag.startswith("nr") and tag[:1] in "nvia" and not jieba.dt.FREQ.get(to_simplified(word), 0):
                return True
        at += len(word)
    given = to_simplified(text[start + surname_len : end])
    tag, freq = _tag_of(given), jieba.dt.FREQ.get(given, 0)
    if len(given) >= 2:
        return tag in ("v", "vn", "n", "m") and freq >= 1000
    return tag == "v" and freq >= 5000
