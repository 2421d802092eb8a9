"""Round fourteen (PZA, issue 15): ids in Chinese text by their structure and the label before them.

Round thirteen's ``_rec_zh_ids13`` reads 港澳台 cards and permits; the ids that still went out were written in shapes
it does not know, each with a label in Chinese before it:

* an organisation's code after its label (统一社会信用代码 / 信用代码 / 纳税人识别号 / 税号 / 統一編號 / 注册号):
  eighteen digits or capitals with the six-digit region code in the third to eighth place, or the
  fifteen-digit registration number it replaced; the MOD 31 check is not asked for here (a mistyped code is
  still the organisation's, and the label says what it is), only the structure;
* a Hong Kong / Macau card written with spaces ("XG 217886 (2)", "Y 654321 (7)"): after a document word
  anywhere in the line, or with a valid check digit anywhere;
* a Malaysian identity card (MyKad: YYMMDD-PB-###G) written without its dashes, after a document word
  (身份证 / 身份證 / 大马 / IC / MyKad / 登记): twelve digits whose first six are a date and whose seventh and
  eighth are a place-of-birth code (01–16, 21–59, 60–68, 71–72, 74–79, 82–93, 98–99, as the National
  Registration Department assigns them);
* full-width digits and letters ("１１０１０１…") read as their ASCII twins, so each shape above holds for them.

Business numbers (订单, 运单, 发票, 电话 ...) between the label and the value keep their digits.
"""

from __future__ import annotations

import re

from presidio_analyzer import AnalysisExplanation, LocalRecognizer, RecognizerResult

from ._checks import has_cjk
from ._rec_zh_phones import hkid_ok

#: full-width digits and capitals as ASCII (one character each: offsets hold)
FULL_WIDTH = str.maketrans({**{chr(0xFF10 + i): str(i) for i in range(10)},
                            **{chr(0xFF21 + i): chr(65 + i) for i in range(26)},
                            **{chr(0xFF41 + i): chr(97 + i) for i in range(26)},
                            "（": "(", "）": ")", "－": "-", "\u3000": " "})

_ORG_LABEL = re.compile(r"统一社会信用代码|統一社會信用代碼|社会信用代码|社會信用代碼|信用代码|信用代碼|纳税人识别号|納稅人識別號|"
                        r"税号|稅號|税务登记号|稅務登記號|統一編號|统一编号|营业执照|營業執照|注册号|註冊號|工商注册号")
_ORG_CODE = re.compile(r"(?<![A-Za-z0-9])(?:[0-9A-Z]{2}\d{6}[0-9A-Z]{10}|\d{15})"
                       r"(?![A-Za-z0-9])")
_DOC_WORD = re.compile(r"证|證|照|件|身份|身分|居民|旅客|持证|持證|登记|登記|大马|大馬|IC|NRIC|MyKad|Mykad|mykad")
_BUSINESS = re.compile(r"订单|訂單|单号|單號|运单|運單|快递|快遞|物流|发票|發票|批次|型号|型號|货号|貨號|工单|工單|流水|交易|"
                       r"票号|票號|合同|账号|帳號|賬號|卡号|卡號|电话|電話|手机|手機|座机|座機|传真|傳真|分机|分機")
#: a Hong Kong / Macau card with a space between its parts (the spaceless shapes are round thirteen's)
_SPACED_CARD = re.compile(r"(?<![A-Za-z0-9])(?:[A-Z]{1,2} \d{6} ?|[A-Z]{1,2}\d{6} |\d{7} )\([0-9A]\)")
_MYKAD = re.compile(r"(?<!\d)(\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(\d{2})\d{4}(?!\d)")
_MYKAD_PLACES = {*range(1, 17), *range(21, 60), *range(60, 69), 71, 72, *range(74, 80), *range(82, 94), 98, 99}


def _label_before(text: str, start: int, label: re.Pattern[str], reach: int = 24) -> bool:
    """A ``label`` on the value's line within ``reach`` characters before it, no business word after the label."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - reach):start]
    hits = list(label.finditer(before))
    return bool(hits) and not _BUSINESS.search(before[hits[-1].end():])


def mykad_ok(digits: str) -> bool:
    """Twelve digits shaped as a MyKad: a calendar date first, then a place-of-birth code the registry assigns."""
    m = _MYKAD.fullmatch(digits)
    return m is not None and int(m.group(4)) in _MYKAD_PLACES


class ZhStructuredIdRecognizer14(LocalRecognizer):
    """Organisation codes, spaced 港澳 cards and MyKad numbers in Chinese text, by structure and label."""

    name: str

    def __init__(self, supported_language: str = "en", name: str | None = None) -> None:
        super().__init__(supported_entities=["CN_USCC", "ID_NUMBER"], supported_language=supported_language,
                         name=name or "ZhStructuredIdRecognizer14")

    def load(self) -> None:  # noqa: D102
        pass

    def analyze(self, text, entities, nlp_artifacts=None) -> list[RecognizerResult]:  # noqa: D102
        if not has_cjk(text):
            return []
        plain = text.translate(FULL_WIDTH)
        if sum(map(str.isdigit, plain)) < 6:
            return []
        out: list[RecognizerResult] = []
        for m in _ORG_CODE.finditer(plain):
            if _label_before(plain, m.start(), _ORG_LABEL):
                out.append(self._result("CN_USCC", m.start(), m.end()))
        for m in _SPACED_CARD.finditer(plain):
            if hkid_ok(m.group()) or _label_before(plain, m.start(), _DOC_WORD, 40):
                out.append(self._result("ID_NUMBER", m.start(), m.end()))
        for m in _MYKAD.finditer(plain):
            if mykad_ok(m.group()) and _label_before(plain, m.start(), _DOC_WORD):
                out.append(self._result("ID_NUMBER", m.start(), m.end()))
        return out

    def _result(self, entity: str, start: int, end: int) -> RecognizerResult:
        return RecognizerResult(
            entity, start, end, 0.6, analysis_explanation=AnalysisExplanation(type(self).__name__, 0.6),
            recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                  RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id})


ZH_IDS14_RECOGNIZERS = (ZhStructuredIdRecognizer14,)

__all__ = ["ZH_IDS14_RECOGNIZERS", "ZhStructuredIdRecognizer14", "mykad_ok"]
