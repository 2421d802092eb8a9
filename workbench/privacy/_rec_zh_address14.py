"""Round fourteen (PZA, issue 15): Chinese addresses as runs of administrative and numbered units.

A Chinese address is a run of units, each a name or a number with the suffix that says what it is: 省 / 自治区 /
市 / 州 / 盟 / 县 / 区 / 旗 / 镇 / 乡 / 街道 / 村 / 屯 / 嘎查 / 苏木 / 社区 / 路 / 街 / 巷 / 弄 (named), 号 / 号院 / 号楼 /
栋 / 单元 / 楼 / 层 / 室 / 舖 / 组 / 队 / 社 / 连 / 团 / 师 (numbered, in digits, full-width digits or Chinese numerals,
with or without 第). ``_rec_zh``'s patterns read the common run (admin units, a street, a number); what went out
was the rest of the run:

* the units after the house number ("…73號地下4號舖", "…15号楼3门402");
* runs that are all numbers, as the 兵团 write theirs ("第七师一二三团二连15号") and villages theirs ("12组 74号");
* runs whose parts stand apart ("拉林满族镇 红旗村 第三村民小组");
* a street whose name is no Chinese word (a Malaysian "SS2/24路", "第5路") and the place name before it, which
  no list of Chinese places holds ("八打灵再也SS2/24路15号");
* a house number in Chinese numerals ("祖冲之路二百号").

A run is taken when it holds a numbered unit that only addresses use (号 / 号院 / 号楼 / 舖 / 组 / 连 / 团 / 师 /
单元 / 村民小组, or a numbered street) and at least two units; a run that starts with a name starts where a
name can (after a label, a place verb, punctuation or a space). Numbers that are dates ("5月3号") and
floors and rooms alone ("3楼301室") are no run. Full-width digits are read as ASCII (same offsets).
"""

from __future__ import annotations

import re

from presidio_analyzer import AnalysisExplanation, LocalRecognizer, RecognizerResult

from ._checks import has_cjk
from ._rec_zh_ids14 import FULL_WIDTH

_NUM = r"(?:\d{1,5}|[一二三四五六七八九十百千零〇两]{1,6})"
#: numbered units only an address uses (a strong unit), the longer first
_STRONG = (r"(?:号院|號院|号楼(?![下上前后後])|號樓(?![下上前後])|号舖|號舖|号铺|號鋪|號鋪|村民小组|村民小組|小组|小組|单元|單元|号|號|组|組|队|隊|连|連|团|團|"
           r"师|師|舖|铺|鋪)")
#: numbered units any building uses
_WEAK = r"(?:栋|棟|幢|座|门|門|(?:楼|樓)(?![下上前后後里裡道梯顶頂])|层|層|室|房|F|区|區|巷|弄|段|社)"
_NUMBERED = (r"(?:第\s?)?" + _NUM + r"\s?(?:" + _STRONG + r"|" + _WEAK + r")(?:之\d{1,3})?"
             r"|[A-Za-z]\s?(?:座|栋|棟|幢|区|區)|地下|地庫|地库|首層|首层|底層|底层|閣樓|阁楼")
#: a numbered street: 第5路, 3巷 is a lane (weak), 二十街
_NUMBERED_STREET = r"(?:第\s?)?" + _NUM + r"\s?(?:路|街|道)"
#: what a named unit ends in
_ADMIN_SUFFIX = (r"(?:自治区|自治區|特别行政区|特別行政區|自治州|自治县|自治縣|自治旗|地区|地區|街道|社区|社區|嘎查|苏木|蘇木|"
                 r"农场|農場|牧场|牧場|林场|林場|居委会|居委會|村委会|村委會|新村|胡同|公路|大道|大街|大马路|大馬路|花园|花園|"
                 r"省|市|州|盟|县|縣|区|區|旗|镇|鎮|乡|鄉|村|屯|寨|路|街|道|巷|弄|里|坊)")
#: characters no name of a place holds: particles, verbs of sending and living, pronouns
_NOT_NAME = "第的了在是到去往寄送发發至请請把给給和与與住于於我你他她它们們这這就已被从從址说說为為入"
_NAME_CHAR = r"(?:(?![" + _NOT_NAME + r"])[\u4e00-\u9fff])"
_NAMED = _NAME_CHAR + r"{1,7}" + _ADMIN_SUFFIX + r"|[A-Za-z][A-Za-z0-9/\-]{0,9}\s?(?:路|街|道)"
_UNIT = r"(?:" + _NUMBERED_STREET + r"|" + _NUMBERED + r"|" + _NAMED + r")"
#: a bare room number after a house unit ("3门402"), not an amount, count, date or time
_ROOM = (r"(?:(?<=[号號楼樓栋棟幢座元层層门門])\d{3,4}(?![\d.,:/]|[A-Za-z%元块万千百亿年月日天周个件份次台张名位人岁米克吨斤分秒点时]))")
#: where a run that opens with a name may start
_START = r"(?:(?<=[\s,，、。：:;；|\"“”'‘’()（）\[\]【】<>《》=" + _NOT_NAME + r"])|^)"
_RUN = re.compile(
    r"(?:(?:新疆)?(?:生产建设|生產建設)?(?:兵团|兵團))?"
    r"(?:" + _START + r"(?=" + _NAMED + r")|(?<![A-Za-z0-9/\-])(?=[A-Za-z][A-Za-z0-9/\-]{0,9}\s?[路街道])|(?=(?:第\s?)?" + _NUM + r"|[A-Za-z]\s?[座栋棟幢区區]|地下|地庫|地库|首|底|閣|阁))"
    + _UNIT + r"(?:[ \t]?" + _UNIT + r")+" + _ROOM + r"?",
    re.MULTILINE,
)
_STRONG_IN = re.compile(r"(?:\d|[一二三四五六七八九十百千零〇两])\s?" + _STRONG + r"|" + _NUMBERED_STREET + r"|地下|地庫|地库")
#: a date or time before a number: "5月3号", "周三 2号"
_DATE_BEFORE = re.compile(r"[月年周週]\s?$")
#: the place name before a street whose name is no Chinese word, which no list holds ("八打灵再也SS2/24路")
_LEFT_NAME = re.compile(r"(?:(?<!\d)\d{5,6}\s?)?" + _NAME_CHAR + r"{2,8}\s?$")
_FOREIGN_STREET = re.compile(r"(?:[A-Za-z][A-Za-z0-9/\-]{0,9}\s?|(?:第\s?)?" + _NUM + r"\s?)(?:路|街|道)")
#: a label or a place verb the run's first name took in ("地点…", "来自…", "位於…")
_LEAD = re.compile(r"^[\u4e00-\u9fff]{0,4}?(?:地点|地點|来自|來自|位于|位於|搬到|寄往|送往|发往|發往|户籍地|戶籍地|籍贯|籍貫|"
                   r"老家|老房子|家乡|家鄉|存入|存放|改为|改為)")
_NUMBER_FIRST = re.compile(r"(?:第\s?)?" + _NUM)


def address_runs(text: str) -> list[tuple[int, int]]:
    """The spans of the address runs in ``text`` (full-width digits read as ASCII)."""
    plain = text.translate(FULL_WIDTH)
    out: list[tuple[int, int]] = []
    for m in _RUN.finditer(plain):
        start, end, value = m.start(), m.end(), m.group()
        lead = _LEAD.match(value)
        if lead is not None:
            start, value = start + lead.end(), value[lead.end():]
        if not _STRONG_IN.search(value):
            continue
        if _NUMBER_FIRST.match(value) and _DATE_BEFORE.search(plain[max(0, start - 2):start]):
            continue
        if _FOREIGN_STREET.match(value):
            left = _LEFT_NAME.search(plain, max(0, start - 16), start)
            if left is not None:
                start = left.start()
        while end > start and plain[end - 1] in " \t":
            end -= 1
        out.append((start, end))
    return out


class ZhAddressRunRecognizer14(LocalRecognizer):
    """ADDRESS: runs of named and numbered units in Chinese text (see the module's docstring)."""

    name: str

    def __init__(self, supported_language: str = "en", name: str | None = None) -> None:
        super().__init__(supported_entities=["ADDRESS"], supported_language=supported_language,
                         name=name or "ZhAddressRunRecognizer14")

    def load(self) -> None:  # noqa: D102
        pass

    def analyze(self, text, entities, nlp_artifacts=None) -> list[RecognizerResult]:  # noqa: D102
        if not has_cjk(text):
            return []
        return [RecognizerResult(
            "ADDRESS", s, e, 0.65, analysis_explanation=AnalysisExplanation(type(self).__name__, 0.65),
            recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                  RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id}) for s, e in address_runs(text)]


ZH_ADDRESS14_RECOGNIZERS = (ZhAddressRunRecognizer14,)

__all__ = ["ZH_ADDRESS14_RECOGNIZERS", "ZhAddressRunRecognizer14", "address_runs"]
