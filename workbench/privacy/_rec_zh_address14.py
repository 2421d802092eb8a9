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
_STRONG = (r"(?:号院|號院|号楼(?![下上])|號樓(?![下上])|号舖|號舖|号铺|號鋪|號鋪|村民小组|村民小組|小组|小組|单元|單元|号|號|组|組|队|隊|连|連|团|團|"
           r"师|師|舖|铺|鋪)")
#: numbered units any building uses
_WEAK = r"(?:委|栋|棟|幢|座|门|門|(?:楼|樓)(?![下上前后後里裡道梯顶頂])|层|層|室|房|F|区|區|巷|弄|段|社)"
_NUMBERED = (r"(?:第\s?)?" + _NUM + r"\s?(?:" + _STRONG + r"|" + _WEAK + r")(?:之\d{1,3})?"
             r"|[A-Za-z]\s?(?:座|栋|棟|幢|区|區)|地下|地庫|地库|首層|首层|底層|底层|閣樓|阁楼|店屋|店铺|店舖|铺位|舖位")
#: a numbered street: 第5路, 3巷 is a lane (weak), 二十街
_NUMBERED_STREET = r"(?:第\s?)?" + _NUM + r"\s?(?:路|街|道)"
#: 道 and 路 that end everyday words, no street (知道, 频道, 渠道, 一路, 这条路: as ``_rec_zh`` reads them)
_DAO = r"(?<![知报報频頻渠通轨軌管味难難人霸跑车車航隧地说說问問笑写寫称稱一同街])道"
_LU = r"(?<![条條一这這那走])路"
_STREET_END = r"(?:" + _LU + r"|街|" + _DAO + r"|巷|大道|大街)"
#: what a named unit ends in
_ADMIN_SUFFIX = (r"(?:村民小组|村民小組|自治区|自治區|特别行政区|特別行政區|自治州|自治县|自治縣|自治旗|地区|地區|街道|社区|社區|嘎查|苏木|蘇木|"
                 r"农场|農場|牧场|牧場|林场|林場|居委会|居委會|村委会|村委會|新村|胡同|公路|大道|大街|大马路|大馬路|花园|花園|"
                 r"省|市|州|盟|县|縣|区|區|旗|镇|鎮|乡|鄉|村|邨|屯|寨|段|" + _LU + r"|街|" + _DAO + r"|巷|弄|里|坊)(?:[中東东西南北](?=\s?\d))?")
#: characters no name of a place holds: particles, verbs of sending and living, pronouns
_NOT_NAME = "第的了在是到去往寄送发發至请請把给給和与與住于於我你他她它们們这這就已被从從址说說为為入"
_NAME_CHAR = r"(?:(?![" + _NOT_NAME + r"])[\u4e00-\u9fff])"
_NAMED = _NAME_CHAR + r"{1,7}" + _ADMIN_SUFFIX + r"|[A-Za-z][A-Za-z0-9/\-]{0,9}\s?(?:路|街|道)"
#: a house plate ("门牌28号", "门牌 45 号", "門牌號：12") and a house or lot number written in Latin ("No. 12", "Lot 1234")
_PLATE = r"(?:门牌|門牌)(?:号|號)?\s?[:：]?\s?\d{1,5}[A-Za-z]?(?:\s?(?:号|號))?|(?:No|NO|no)\.?\s?\d{1,5}[A-Za-z]?|(?:Lot|LOT)\s\d{1,6}"
#: a street, estate or village written in Malay, the street words of Malaysian addresses (Jalan / Lorong / Taman ...)
_MALAY_WORD = r"(?:[A-Z][a-z]+|[A-Z]{1,3}\s?\d{1,3}(?:/\d{1,3})?|\d{1,3}[A-Z]?(?![\d号號]|\s[号號]))"
_MALAY = (r"(?:Jalan|Jln\.?|Lorong|Lrg\.?|Persiaran|Lebuhraya|Lebuh|Taman|Tmn\.?|Kampung|Kampong|Kg\.?|Bandar|Desa|Pangsapuri)"
          r"\s" + _MALAY_WORD + r"(?:\s" + _MALAY_WORD + r"){0,3}")
_UNIT = r"(?:" + _PLATE + r"|" + _MALAY + r"|" + _NUMBERED_STREET + r"|" + _NUMBERED + r"|" + _NAMED + r")"
#: a bare room number after a house unit ("3门402"), not an amount, count, date or time
_ROOM = (r"(?:(?<=[号號楼樓栋棟幢座元层層门門])\d{3,4}(?![\d]|[.,:/]\d|[A-Za-z%元块万千百亿年月日天周个件份次台张名位人岁米克吨斤分秒点时]))")
#: where a run that opens with a name may start
_START = r"(?:(?<=[\s,，、。：:;；|\"“”'‘’()（）\[\]【】<>《》=" + _NOT_NAME + r"])|^)"
_RUN = re.compile(
    r"(?:(?:新疆)?(?:生产建设|生產建設)?(?:兵团|兵團))?"
    r"(?:" + _START + r"(?=" + _NAMED + r")|(?<![A-Za-z0-9/\-])(?=[A-Za-z][A-Za-z0-9/\-]{0,9}\s?[路街道]|" + _MALAY + r"|" + _PLATE
    + r")|(?=" + _NAME_CHAR + r"{1,7}" + _STREET_END + r"(?:[中東东西南北](?=\s?\d))?\s?(?:" + _PLATE + r"|(?:第\s?)?\d{1,5}\s?[号號]))|(?=门牌|門牌|(?:第\s?)?" + _NUM + r"|[A-Za-z]\s?[座栋棟幢区區]|地下|地庫|地库|首|底|閣|阁))"
    + _UNIT + r"(?:[ \t]?" + _UNIT + r")+" + _ROOM + r"?",
    re.MULTILINE,
)
_STRONG_IN = re.compile(r"(?:\d|[一二三四五六七八九十百千零〇两])\s?(?![号號](?![院楼樓舖铺鋪]))" + _STRONG + r"|" + _NUMBERED_STREET
                        + r"|地下|地庫|地库|" + _PLATE)
#: a bare 号 is a house number beside a named unit only ("三楼二号窗口" is a counter)
_HAO_IN = re.compile(r"(?:\d|[一二三四五六七八九十百千零〇两])\s?[号號]")
_NAMED_IN = re.compile(_NAMED + r"|" + _MALAY)
#: a date or time before a number: "5月3号", "周三 2号"
_DATE_BEFORE = re.compile(r"[月年周週]\s?$")
#: the place name before a street whose name is no Chinese word, which no list holds ("八打灵再也SS2/24路")
_LEFT_NAME = re.compile(r"(?:(?<!\d)\d{5,6}\s?)?" + _NAME_CHAR + r"{2,8}\s?$")
_FOREIGN_STREET = re.compile(r"(?:[A-Za-z][A-Za-z0-9/\-]{0,9}\s?|(?:第\s?)?" + _NUM + r"\s?|" + _NAME_CHAR + r"{1,7})(?:路|街|道|巷|大道|大街)"
                             r"|" + _MALAY + r"|" + _PLATE)
_BOUNDARY = re.compile(r"[\s,，、。：:;；|\"“”'‘’()（）\[\]【】<>《》=" + _NOT_NAME + r"]")
#: a label or a place verb the run's first name took in ("地点…", "来自…", "位於…")
_LEAD = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:地点|地點|来自|來自|位于|位於|搬到|寄往|送往|发往|發往|户籍地|戶籍地|籍贯|籍貫|"
                   r"老家|老房子|家乡|家鄉|存入|存放|改为|改為)")
#: time words the first name took in ("明天下午中山路12号")
_TIME_LEAD = re.compile(r"(?:今天|明天|昨天|后天|後天|前天|上午|下午|晚上|早上|中午|凌晨|周末|週末|星期.|周.|週.)+")
#: a record written in parts between commas, as Malaysian and Singaporean addresses are: a house or lot number first
#: ("No. 8", "Lot 1234", "12号"), a postcode before a place further on ("14000 大山脚"), a state or country after it
_PART = re.compile(r"[^,，\n]+")
_HOUSE_PART = re.compile(r"\s*(?:" + _PLATE + r"|\d{1,5}[A-Za-z]?\s?[号號]|" + _MALAY + r"|" + _NAME_CHAR + r"{1,7}(?:路|街|道|巷)\s?\d)")
_POSTCODE_PART = re.compile(r"\s*\d{5,6}\s?(?:[\u4e00-\u9fff]{2,10}|[A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+){0,2})\s*")
_TAIL_PART = re.compile(r"\s*(?:[\u4e00-\u9fff]{2,8}|[A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+){0,2})\s*")
_NUMBER_FIRST = re.compile(r"(?:第\s?)?" + _NUM)


def address_runs(text: str) -> list[tuple[int, int]]:
    """The spans of the address runs in ``text`` (full-width digits read as ASCII)."""
    plain = text.translate(FULL_WIDTH)
    out: list[tuple[int, int]] = []
    for m in _RUN.finditer(plain):
        start, end, value = m.start(), m.end(), m.group()
        if _FOREIGN_STREET.match(value):
            left = _LEFT_NAME.search(plain, max(0, start - 16), start)
            if left is not None and (left.start() == 0 or _BOUNDARY.match(plain, left.start() - 1)):
                start = left.start()
        for strip in (_LEAD, _TIME_LEAD):
            lead = strip.match(plain, start, end)
            if lead is not None:
                start = lead.end()
        value = plain[start:end]
        if not (_STRONG_IN.search(value) or _HAO_IN.search(value) and _NAMED_IN.search(value)):
            continue
        if _NUMBER_FIRST.match(value) and _DATE_BEFORE.search(plain[max(0, start - 2):start]):
            continue
        while end > start and plain[end - 1] in " \t":
            end -= 1
        out.append((start, end))
    return out + _records(plain)


def _records(plain: str) -> list[tuple[int, int]]:
    """Addresses written in parts between commas: from the house part to the part after the postcode's place."""
    if "," not in plain and "，" not in plain:
        return []
    out: list[tuple[int, int]] = []
    line_start = 0
    for line in plain.split("\n"):
        parts = [(m.start() + line_start, m.end() + line_start, m.group()) for m in _PART.finditer(line)]
        line_start += len(line) + 1
        post = next((i for i, p in enumerate(parts) if i > 0 and _POSTCODE_PART.fullmatch(p[2])), None)
        if post is None:
            continue
        first = next((i for i in range(max(0, post - 3), post) if _HOUSE_PART.match(parts[i][2])), None)
        if first is None or any(len(p[2].strip()) > 30 for p in parts[first:post]):
            continue
        last = post
        while last + 1 < len(parts) and last - post < 2 and _TAIL_PART.fullmatch(parts[last + 1][2]):
            last += 1
        start = parts[first][0] + len(parts[first][2]) - len(parts[first][2].lstrip())
        end = parts[last][1] - (len(parts[last][2]) - len(parts[last][2].rstrip()))
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
