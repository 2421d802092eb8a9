"""Cards written in groupings nobody wrote a pattern for (round ten, P4).

``WbCreditCardRecognizer`` reads one separator repeated ("4111 1111 1111 1111", "4111-1111-1111-1111").
People also mix them ("4111-1111 1111-1111", "4111 1111-1111.1111") or group oddly when they copy a
number from a form ("41 1111 111111 1111"). Here a run of 13 to 19 digits in two to eight groups joined by
any of space, hyphen, dot or slash is a CREDIT_CARD when its digits pass Luhn and open with a major brand's
prefix (Visa, Mastercard, Amex, Discover, JCB, Diners, UnionPay); 1 in 10 random runs passes Luhn, so a run
must also mix its separators or its group sizes to be read here (the one-separator runs stay the card
recognizer's, with its own rules), and a business word right before it (order, invoice, tracking, EAN) or a
phone word keeps it.
"""

from __future__ import annotations

import re

from presidio_analyzer import AnalysisExplanation, LocalRecognizer, RecognizerResult

from ._checks import BUSINESS_ID_WORDS, luhn_ok

_RUN = re.compile(r"(?<![\w.,/\-+])(\d{1,6}(?:[ \-./]\d{1,6}){1,7})(?![\w]|[.,/\-]\d)")
_BRAND = re.compile(r"4|5[1-5]|2[2-7]|3[47]|3[0689]|6(?:011|5|4[4-9]|2)|35")
_CLAIMED = re.compile(rf"(?i)(?:{BUSINESS_ID_WORDS}|ean|gtin|isbn|tracking|tel|phone|fax|mobile|iban)"
                      r"[\s.:#=\-]*(?:no\.?|nr\.?|number|#)?[\s.:#=\-]*$")


def odd_card(value: str) -> bool:
    """A card number in a mixed or irregular grouping (see the module docstring)."""
    nums = re.sub(r"\D", "", value)
    if not 13 <= len(nums) <= 19 or not _BRAND.match(nums) or not luhn_ok(nums):
        return False
    seps = set(re.findall(r"[ \-./]", value))
    sizes = [len(g) for g in re.split(r"[ \-./]", value)]
    mixed = len(seps) > 1
    irregular = len(set(sizes[:-1])) > 1 and not (len(nums) == 15 and sizes in ([4, 6, 5],))
    return (mixed or irregular) and min(sizes) >= 2


class OddGroupingCardRecognizer(LocalRecognizer):
    """CREDIT_CARD in a mixed or irregular grouping, by Luhn and a brand prefix."""

    name: str

    def __init__(self, supported_language: str = "en", name: str | None = None) -> None:
        super().__init__(supported_entities=["CREDIT_CARD"], supported_language=supported_language,
                         name=name or "OddGroupingCardRecognizer")

    def load(self) -> None:  # noqa: D102
        pass

    def analyze(self, text, entities, nlp_artifacts=None) -> list[RecognizerResult]:  # noqa: D102
        out: list[RecognizerResult] = []
        if sum(ch.isdigit() for ch in text) < 13:
            return out
        for m in _RUN.finditer(text):
            if odd_card(m.group(1)) and not _CLAIMED.search(text[max(0, m.start() - 30): m.start()]):
                out.append(RecognizerResult(
                    "CREDIT_CARD", m.start(1), m.end(1), 0.6,
                    analysis_explanation=AnalysisExplanation(type(self).__name__, 0.6),
                    recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                          RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id},
                ))
        return out
