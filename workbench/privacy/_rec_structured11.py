"""Round eleven's structured-value recognizers (P4), registered by ``_engine`` as one tuple.

One tuple so that the shared engine module changes once: a round-eleven recognizer for ids, phones or Chinese
values is added here, and ``bench/p4_structured_fresh11.py --without`` empties the tuple for its before figure.
"""

from __future__ import annotations

from ._rec_ids11 import NationalShapeIdRecognizer11, NearLabelIdRecognizer11
from ._rec_ids12 import RecordIdRecognizer12
from ._rec_ids13 import LabelShapeIdRecognizer13
from ._rec_zh11 import CnStructured11Recognizer
from ._rec_zh_ids13 import ZhDocumentIdRecognizer13

STRUCTURED11_RECOGNIZERS: tuple[type, ...] = (NearLabelIdRecognizer11, NationalShapeIdRecognizer11,
                                                  CnStructured11Recognizer, RecordIdRecognizer12,  # + round twelve (P4)
                                                  LabelShapeIdRecognizer13, ZhDocumentIdRecognizer13)  # + round thirteen (PS)
