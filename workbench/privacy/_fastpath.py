"""The analyzer's fast path (round six): prefilters and a faster context enhancer.

Pure speed: each piece leaves what the analyzer finds unchanged (``bench/redact_identity.py`` checks
1,250 redactions byte for byte; ``tests/privacy/test_prefilters.py`` the gates and the enhancer).

* **Prefilters** (``required_classes``, ``_subset_analyzer``): a pattern recognizer is skipped on
  text that lacks a character class (CJK, a digit, "@") every one of its patterns needs.
* **Grouped context** (``_analyzer_class``): recognizers' own context steps over results grouped by
  recognizer in one pass. (Round six also tried spaCy's NER in a worker thread beside the rules: slower
  on an idle 2-core machine, removed; docs/privacy.md, "Round six: latency".)
* **Context words** (``_context_class``): Presidio's enhancer's scores, found by bisection.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from ._checks import BUSINESS_ID_WORDS, has_cjk

LANGUAGE = "en"

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


def _analyzer_class() -> type:
    """``AnalyzerEngine`` with a cheaper ``_enhance_using_context``: results grouped by recognizer in one
    pass instead of two list scans per recognizer; the same order and the same calls."""
    from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerResult

    key = RecognizerResult.RECOGNIZER_IDENTIFIER_KEY
    plain = EntityRecognizer.enhance_using_context

    class _Analyzer(AnalyzerEngine):
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


_PART_SPLIT = re.compile(r"[^a-z0-9\u4e00-\u9fff]+")
_BUSINESS_WORD = re.compile(BUSINESS_ID_WORDS)
#: "order_id", "txn-id", "invoiceid": an id part after the word of a business object, not an identity document
_BUSINESS_ID = re.compile(rf"{BUSINESS_ID_WORDS}[_\-.]?id")


@functools.lru_cache(maxsize=8192)
def _parts(word: str) -> frozenset[str]:
    return frozenset(p for p in _PART_SPLIT.split(word) if p)

def _supportive(words: list[str], context: list[str], n_prefix: int = 0) -> str:
    """Presidio's substring match for context words of four letters or more ("phone" in "telephone");
    a shorter Latin one ("id", "tel", "ip", "dl") must be a whole part of a keyword split at its
    punctuation ("order_id", "tel."), never a piece of a word ("paid", "hotel", "zip"); an "id" after
    a business object's word ("order_id", "txn-id", "Emp ID", "contact_id") is that object's key."""
    for c in context:
        c = c.lower()
        if len(c) > 3 or not c.isascii():
            if any(c in w for w in words):
                return c
            continue
        for i, w in enumerate(words):
            if c == "id" and (_BUSINESS_ID.search(w) or w == "id" and i + 1 < n_prefix and _BUSINESS_WORD.fullmatch(
                    words[i + 1])):
                continue  # "order_id", "Emp ID": the words before the entity run backwards in ``words``
            if w == c or c in _parts(w):
                return c
    return ""


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
                    prefix = self._words(index, self.context_prefix_count, nlp_artifacts.lemmas, keywords, -1)
                    surrounding = prefix + self._words(index, self.context_suffix_count, nlp_artifacts.lemmas,
                                                       keywords, 1)
                surrounding.extend(context)
                word = _supportive(surrounding, recognizer.context, len(prefix) if nlp_artifacts.tokens else 0)
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
