"""Chinese structured values the round-four to round-ten patterns miss (round eleven, P4).

* **Addresses written with spaces** around their numbers, as people type them in mixed text or copy them from
  forms: "杭州市西湖区文三路 478 号华星时代广场 A 座 8 楼", "中山北路 30 号 2 栋 1 单元 502 室". ``CnAddressRecognizer``
  wants the digits glued to 号; here a road word (路 / 街 / 道 / 巷 / 弄 / 大道 / 大街 / 胡同), a number, 号,
  and then any of 座 / 栋 / 幢 / 楼 / 层 / 单元 / 室 each after a number or a letter, the administrative
  units before it (省 / 市 / 区 / 县 / 镇 / 乡 / 村 / 街道) taken in; a space must stand inside (the glued
  form is the older recognizer's).
* **Local landlines without an area code after a compound phone label** ("联系电话：88886666",
  "办公电话 6275 1234", "传真号码：8331-2345"): the English phone recognizer reads "电话" only at a word start,
  and in Chinese the label's first character ("联系") is glued to it. Seven or eight digits opening with 2-9.
* **A resident id after its label whatever its check character** ("身份证号码：440304198506151232"): a
  mistyped or made-up check still names a person's number; the shape must hold (a region code, a birth date
  from 1900 to 2029, three digits and a digit or X), so an order number under the label stays.

Round eleven, second pass (P8, from HELD-OUT-12's misses, seen):

* **An estate and its building after a road, no house number**: "东风路金地一期B座12楼", "工业二路华润二期35幢1单元2887",
  "金桥街46号院8号楼1门378": a road word, an estate name closed by a phase (一期 / 二期 …) or a courtyard number (号院),
  then one or more units (座 / 栋 / 幢 / 号楼 / 楼 / 单元 / 门 / 室) and a bare room number. A phase with no road
  before it ("第一期工程") or no unit after it stays.
* **A compound surname before an honorific** at a phrase edge ("东方经理您好", "欧阳老师，"): the word segmenter reads
  东方 / 欧阳 as a word; the honorific then a greeting or punctuation makes it a person (东方总部 stays).
* **The speaker of a chat export** ("[微信] 想容：地址发你了"): after an app tag in brackets, a line's first two or
  three Chinese characters before a full-width colon are a person (我 / 对方 / 客服 / 系统 stay).
"""

from __future__ import annotations

import re

from presidio_analyzer import AnalysisExplanation, LocalRecognizer, RecognizerResult

from ._checks import has_cjk
from ._rec_zh import _FLOOR, _HONORIFICS, COMPOUND_SURNAMES

#: a place name's characters: no verb or particle a sentence puts before an address (请寄到, 住在, 发至 …)
_PLACE_CHAR = r"(?:(?![住在于於是到去往址的和与與寄送发發至请請把给給])[\u4e00-\u9fa5])"
_ADMIN = rf"(?:{_PLACE_CHAR}{{1,8}}?(?:自治区|自治州|特别行政区|省|市|区|县|旗|镇|乡|村|街道))"
_ROAD = rf"{_PLACE_CHAR}{{1,10}}?(?:大道|大街|胡同|路|街|道|巷|弄)(?:[东西南北中一二三四五六七八九十\d]{{1,2}}段)?"
_UNIT = r"(?:\s?[A-Za-z0-9]{1,4}\s?(?:号楼|座|栋|幢|楼|层|单元|室|F))"
_SPACED_ADDRESS = re.compile(
    rf"(?:{_ADMIN}\s?){{0,6}}{_ROAD}\s?\d{{1,5}}\s?[号號](?:[\u4e00-\u9fa5]{{2,10}}?(?:大厦|广场|中心|小区|花园|公寓|大楼))?"
    rf"{_UNIT}{{0,4}}"
)
_PHONE_LABEL = (r"(?:联系电话|聯繫電話|联系方式|办公电话|辦公電話|电话号码|電話號碼|固定电话|固话|座机号码?|传真号码?|傳真|"
                r"总机|總機|热线|熱線|家庭电话|住宅电话|手机号码?|电话|電話|座机|传真)")
_LOCAL_LANDLINE = re.compile(
    rf"{_PHONE_LABEL}[\s:：]{{0,2}}([2-9]\d{{2,3}}[\s\-]?\d{{4}})(?![\d\-])"
)
_ID_LABEL = r"(?:身份证号码|身份证号|身份证|公民身份号码|身份证件号码?|證件號碼|身分證字號|身份證號碼?)"
_LABELLED_ID = re.compile(
    rf"{_ID_LABEL}[\s:：为是]{{0,3}}([1-9]\d{{5}}(?:19|20)\d{{2}}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{{3}}[\dXx])"
    r"(?![\dA-Za-z])"
)

_ESTATE = rf"(?:\d{{1,5}}[号號]院?)?{_PLACE_CHAR}{{2,6}}?[一二三四五六七八九十\d]期"
#: a bare floor (楼 / 樓) is no unit when it opens a word of place, as ``_rec_zh._FLOOR`` says: 楼下 / 楼上 / 楼道
#: (downstairs, upstairs, the stairwell: "3门508楼下被人刮了车" is room 508, then downstairs)
_ESTATE_UNIT = rf"(?:[A-Za-z0-9]{{1,4}}(?:号楼|號樓|座|栋|棟|幢|{_FLOOR}|层|層|单元|單元|室|门|門|F))"
_ESTATE_ADDRESS = re.compile(
    rf"(?:{_ADMIN}){{0,6}}{_ROAD}(?:{_ESTATE}{_ESTATE_UNIT}{{1,4}}|\d{{1,5}}[号號]院{_ESTATE_UNIT}{{1,4}})"
    r"(?:\d{2,5}(?:室|房|号|號)?)?"
)
#: round twelve (P2): a crossing of two roads as an address ("裕华路与建设路交叉口东北角金茂大厦19层"), and a numbered
#: factory or warehouse after a house number ("德华大道115号6号厂房")
_CROSSING = re.compile(
    rf"(?:{_ADMIN}){{0,6}}{_ROAD}[与和](?:{_PLACE_CHAR}{{1,8}}?(?:大道|大街|路|街|道))(?:交叉口|交汇处|交界处|十字路口|路口)"
    rf"(?:[东西南北]{{1,2}}(?:角|侧|側|方向?))?(?:{_PLACE_CHAR}{{2,8}}?(?:大厦|大廈|广场|中心|大楼|商场|酒店|医院)"
    r"(?:[A-Za-z0-9]{1,3}(?:层|層|楼|樓|F|座))?)?"
)
_FACTORY = re.compile(r"(?<=[号號])[A-Za-z0-9]{1,3}[号號]?(?:厂房|廠房|车间|車間|仓库|倉庫|库房|庫房)")
_COMPOUND_TITLED = re.compile(
    "(" + "|".join(sorted(COMPOUND_SURNAMES, key=len, reverse=True)) + ")(?:" + "|".join(
        sorted(_HONORIFICS, key=len, reverse=True)) + r")(?=您好|你好|[，,。：:！!？?、\s]|$)"
)
_CHAT_APP = r"(?:微信|WeChat|QQ|钉钉|釘釘|企业微信|飞书|飛書|短信|Line|WhatsApp)"
_CHAT_SPEAKER = re.compile(rf"(?m)^[ \t]*[\[【]{_CHAT_APP}[\]】][ \t]*([\u4e00-\u9fff]{{2,3}})[ \t]*[：:]")
_NOT_SPEAKER = frozenset("我们 我方 对方 對方 客服 系统 系統 本人 自己 群主 管理员 助手 机器人 官方 通知 公告".split())


def _result(rec: CnStructured11Recognizer, entity: str, start: int, end: int, score: float) -> RecognizerResult:
    return RecognizerResult(
        entity, start, end, score, analysis_explanation=AnalysisExplanation(type(rec).__name__, score),
        recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: rec.name,
                              RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: rec.id},
    )


class CnStructured11Recognizer(LocalRecognizer):
    """Spaced Chinese addresses, local landlines after compound labels, labelled resident ids (module docstring)."""

    name: str

    def __init__(self, supported_language: str = "en", name: str | None = None) -> None:
        super().__init__(supported_entities=["ADDRESS", "PHONE_NUMBER", "CN_RESIDENT_ID", "PERSON"],
                         supported_language=supported_language, name=name or "CnStructured11Recognizer")

    def load(self) -> None:  # noqa: D102
        pass

    def analyze(self, text, entities, nlp_artifacts=None) -> list[RecognizerResult]:  # noqa: D102
        if not has_cjk(text):
            return []
        out = self._people(text)
        if not any(ch.isdigit() for ch in text):
            return out
        for m in _ESTATE_ADDRESS.finditer(text):
            out.append(_result(self, "ADDRESS", m.start(), m.end(), 0.7))
        for m in _CROSSING.finditer(text):
            out.append(_result(self, "ADDRESS", m.start(), m.end(), 0.7))
        for m in _FACTORY.finditer(text):  # only with the house number it follows (the pipeline joins them)
            at = m.start()
            while at > 0 and (text[at - 1].isdigit() or text[at - 1] in "号號"):
                at -= 1
            out.append(_result(self, "ADDRESS", at, m.end(), 0.7))
        for m in _SPACED_ADDRESS.finditer(text):
            if " " in m.group().strip():
                out.append(_result(self, "ADDRESS", m.start(), m.end(), 0.7))
        for m in _LOCAL_LANDLINE.finditer(text):
            out.append(_result(self, "PHONE_NUMBER", m.start(1), m.end(1), 0.6))
        for m in _LABELLED_ID.finditer(text):
            out.append(_result(self, "CN_RESIDENT_ID", m.start(1), m.end(1), 0.6))
        return out

    def _people(self, text: str) -> list[RecognizerResult]:
        """Compound surnames before an honorific, chat speakers after an app tag (module docstring)."""
        out = [_result(self, "PERSON", m.start(1), m.end(1), 0.75) for m in _COMPOUND_TITLED.finditer(text)]
        if "[" in text or "【" in text:
            out += [_result(self, "PERSON", m.start(1), m.end(1), 0.7) for m in _CHAT_SPEAKER.finditer(text)
                    if m.group(1) not in _NOT_SPEAKER]
        return out
