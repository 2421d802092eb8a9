"""Round thirteen (PS, issue 15): identity and travel-document numbers in Chinese text, by the document words near them.

Round eight's ``RegionalIdRecognizer`` reads 港澳台 numbers by checksum, and a permit's number only right after its
label ("通行证号：C12345678"). People write the holder between ("持证人 陳家豪（5707603(6)）"), a verb ("证件号码是 …"), a
longer label ("身分證字號 …"), or head a CSV column with it. Here, in text with Chinese in it:

* a number in the bracketed-check shape of Hong Kong and Macau cards ("5707603(6)", "A123456(3)") is an id wherever
  it stands (no amount, date or phone is written so);
* one or two capitals and six to ten digits ("H42221785", "CA94650043"), or eight to ten digits, are an id when a
  document word (证 / 證 / 照 / 件 / 身份 / 身分 / 居民 / 旅客 / 持证人 ...) stands before them on their line or heads their
  column, and no business word (订单, 单号, 运单, 快递, 发票, 批次, 型号 ...) stands between.
"""

from __future__ import annotations

import re

from presidio_analyzer import AnalysisExplanation, LocalRecognizer, RecognizerResult

from ._checks import column_header, has_cjk
from ._rec_zh_phones import hkid_ok

_BRACKETED = re.compile(r"(?<![A-Za-z0-9])(?:\d{7}|[A-Z]{1,2}\d{6})[ \t]?[(（][0-9A][)）]")
#: the same numbers in any text: a Macau card's leading digit, or a Hong Kong card's letters with its checksum, and
#: Macau's slashed form ("1/234567/8")
_ANYWHERE = re.compile(r"(?<![\w/.\-])(?:[1578]\d{6}[ \t]?\([0-9]\)|[A-Z]{1,2}\d{6}[ \t]?\([0-9A]\)|[1578]/\d{6}/\d)(?![\w/])")
_CODE = re.compile(r"(?<![A-Za-z0-9])(?:[A-Z]{1,2}\d{6,10}|\d{8,10})(?![A-Za-z0-9])")
_DOC_WORD = re.compile(r"证|證|照|件|身份|身分|居民|旅客|持证|持證|通行|回乡|回鄉|台胞|居留|户籍|戶籍|登记号|登記號|ID")
_BUSINESS = re.compile(r"订单|訂單|单号|單號|运单|運單|快递|快遞|物流|发票|發票|批次|型号|型號|货号|貨號|编码|編碼|工单|工單|"
                       r"流水|交易|票号|票號|合同|账号|帳號|賬號|卡号|卡號|电话|電話|手机|手機|座机|傳真|传真|分机|分機|转|轉|"
                       r"SKU|sku|PO|Order|order")


class ZhDocumentIdRecognizer13(LocalRecognizer):
    """ID_NUMBER of 港澳台 cards and travel permits in Chinese text, by shape and the document words before them."""

    name: str

    def __init__(self, supported_language: str = "en", name: str | None = None) -> None:
        super().__init__(supported_entities=["ID_NUMBER"], supported_language=supported_language,
                         name=name or "ZhDocumentIdRecognizer13")

    def load(self) -> None:  # noqa: D102
        pass

    def analyze(self, text, entities, nlp_artifacts=None) -> list[RecognizerResult]:  # noqa: D102
        out: list[RecognizerResult] = []
        if sum(map(str.isdigit, text)) < 6:
            return out
        spans = [(m.start(), m.end()) for m in _ANYWHERE.finditer(text)
                 if not m.group()[0].isalpha() or hkid_ok(m.group())]
        if not has_cjk(text):
            return self._results(spans)
        spans += [(m.start(), m.end()) for m in _BRACKETED.finditer(text)
                  if not any(a <= m.start() < b for a, b in spans)]
        for m in _CODE.finditer(text):
            if any(a <= m.start() < b for a, b in spans):
                continue
            if self._document_before(text, m.start()):
                spans.append((m.start(), m.end()))
        return self._results(spans)

    def _results(self, spans: list[tuple[int, int]]) -> list[RecognizerResult]:
        out: list[RecognizerResult] = []
        for start, end in spans:
            out.append(RecognizerResult(
                "ID_NUMBER", start, end, 0.6, analysis_explanation=AnalysisExplanation(type(self).__name__, 0.6),
                recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                      RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id}))
        return out

    @staticmethod
    def _document_before(text: str, start: int) -> bool:
        line_start = text.rfind("\n", 0, start) + 1
        before = text[max(line_start, start - 40):start]
        if not before.strip() and line_start > 0:  # the label alone on the line above ("身份證號碼\nA123456(7)")
            above = text[text.rfind("\n", 0, line_start - 1) + 1:line_start - 1]
            if len(above.strip()) <= 16 and _DOC_WORD.search(above) and not _BUSINESS.search(above):
                return True
        for sep in (",", "，", "|", "\t", "；", ";"):
            if sep in before:
                before = before.rsplit(sep, 1)[-1] if before.rsplit(sep, 1)[-1].strip() else before
        docs = list(_DOC_WORD.finditer(before))
        if docs and not _BUSINESS.search(before[docs[-1].start():]):
            return True
        if "\n" in text:
            header = column_header(text, start)
            if header is not None and _DOC_WORD.search(header) and not _BUSINESS.search(header):
                return True
        return False


__all__ = ["ZhDocumentIdRecognizer13"]
