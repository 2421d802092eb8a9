"""Round fifteen (PZA, issue 15): ids and account numbers in Chinese text, by their label and check digits.

What went out in Chinese text after rounds thirteen and fourteen, each by its structure:

* a value right after an identity label (身份证 / 身分證 / 证件号码 / 护照 / 准证 / 居留证 / NRIC / FIN / KTP / NIK /
  IC / MyKad, with or without 号码 / 字号 / 编号 and a colon): a document number of any scheme, six digits or more
  with up to two series letters ("1719083737928", "K1025114F", "3173 0361 0751 0564"), never a date;
* an account number right after its label (账号 / 帳號 / 账户 / 户号 / 戶號, as in 收款账号, 银行账号, 电费户号):
  eight to twenty-six digits, grouped or not, never an amount;
* with no label, only what a check digit proves: a Singapore NRIC / FIN (its check letter), a Taiwan national id
  (its weighted check), a Thai id written in its 1-4-5-2-1 groups (mod 11);
* a Taiwan company's 統一編號 (eight digits, its weighted check) after its label.

Business numbers (订单, 运单, 发票, 电话 ...) are never read: each rule wants its label right before the value.
"""

from __future__ import annotations

import re

from presidio_analyzer import AnalysisExplanation, LocalRecognizer, RecognizerResult

from ._checks import has_cjk
from ._rec_ids11 import nric_sg_ok, taiwan_ok, thai_ok
from ._rec_zh_ids14 import FULL_WIDTH

_ID_LABEL = (r"(?:身份证|身份證|身分證|身分证|证件|證件|护照|護照|准证|準證|居留证|居留證|居民证|居民證|NRIC|FIN|KTP|NIK|"
             r"IC|MyKad|Mykad|MYKAD)(?:号码|號碼|字号|字號|编号|編號|号|號|No\.?)?")
_ACCOUNT_LABEL = r"(?:账号|帳號|賬號|账户|帳戶|賬戶|户号|戶號)(?:号码|號碼)?"
_COLON = r"\s?[：:]?\s?"
#: a document number: series letters and six digits or more, or digits in groups; an HKID's "(7)" after it
_DOC_VALUE = r"(?:[A-Z]{1,2}\d{6,10}[A-Z0-9]?|\d(?:[\d]|[ \-](?=\d)){5,22}[A-Z]?)(?:\([0-9A]\))?"
_ID_AFTER_LABEL = re.compile(r"(?<![A-Za-z])" + _ID_LABEL + _COLON + r"(?P<v>" + _DOC_VALUE + r")(?![A-Za-z0-9]|[.,]\d)")
_ACCOUNT = re.compile(_ACCOUNT_LABEL + _COLON + r"(?P<v>\d(?:\d|[ \-](?=\d)){7,25})(?![A-Za-z0-9]|[.,]\d)")
_DATE = re.compile(r"\d{4}[-/ ]\d{1,2}[-/ ]\d{1,2}|\d{1,2}[-/ ]\d{1,2}[-/ ]\d{4}")
_NRIC = re.compile(r"(?<![A-Za-z0-9])[STFGM]\d{7}[A-Z](?![A-Za-z0-9])")
_TAIWAN = re.compile(r"(?<![A-Za-z0-9])[A-Z][1289]\d{8}(?![A-Za-z0-9])")
_THAI_GROUPED = re.compile(r"(?<![\d\-])\d-\d{4}-\d{5}-\d{2}-\d(?![\d\-])")
_UBN = re.compile(r"(?:統一編號|统一编号|統編|统编)" + _COLON + r"(?P<v>\d{8})(?!\d)")


def ubn_ok(digits: str) -> bool:
    """Taiwan's 統一編號: eight digits, weights 1,2,1,2,1,2,4,1, the products' digits summed to a multiple of 10
    (or, with 7 in the seventh place, one more than such a sum)."""
    if len(digits) != 8 or not digits.isdigit():
        return False
    total = sum(sum(divmod(int(d) * w, 10)) for d, w in zip(digits, (1, 2, 1, 2, 1, 2, 4, 1)))
    return total % 10 == 0 or digits[6] == "7" and (total + 1) % 10 == 0


def id_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the ids and account numbers in ``text`` (full-width digits read as ASCII)."""
    plain = text.translate(FULL_WIDTH)
    if sum(map(str.isdigit, plain)) < 6:
        return []
    out: list[tuple[int, int]] = []
    for pattern in (_ID_AFTER_LABEL, _ACCOUNT, _UBN):
        for m in pattern.finditer(plain):
            value = m.group("v")
            if sum(map(str.isdigit, value)) < 6 or _DATE.fullmatch(value.strip()):
                continue
            if pattern is _UBN and not ubn_ok(value):
                continue
            out.append((m.start("v"), m.end("v")))
    for pattern, ok in ((_NRIC, nric_sg_ok), (_TAIWAN, taiwan_ok), (_THAI_GROUPED, thai_ok)):
        out += [(m.start(), m.end()) for m in pattern.finditer(plain) if ok(m.group().replace("-", ""))]
    return sorted(set(out))


class ZhIds15Recognizer(LocalRecognizer):
    """ID_NUMBER: ids after identity labels, account numbers after their labels, check-digit ids in Chinese text."""

    name: str

    def __init__(self, supported_language: str = "en", name: str | None = None) -> None:
        super().__init__(supported_entities=["ID_NUMBER"], supported_language=supported_language,
                         name=name or "ZhIds15Recognizer")

    def load(self) -> None:  # noqa: D102
        pass

    def analyze(self, text, entities, nlp_artifacts=None) -> list[RecognizerResult]:  # noqa: D102
        if not has_cjk(text):
            return []
        return [RecognizerResult(
            "ID_NUMBER", s, e, 0.65, analysis_explanation=AnalysisExplanation(type(self).__name__, 0.65),
            recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                  RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id}) for s, e in id_spans(text)]


ZH_IDS15_RECOGNIZERS = (ZhIds15Recognizer,)

__all__ = ["ZH_IDS15_RECOGNIZERS", "ZhIds15Recognizer", "id_spans", "ubn_ok"]
