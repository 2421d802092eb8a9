"""Round six, issue 15 (latency): the speed changes in ``_engine`` keep every result.

* prefilters: a recognizer is skipped on text that lacks a character class every one of its patterns
  needs (``required_classes``); it must never be skipped on text it can match;
* the context enhancer (``_FastContext``) gives Presidio's ``LemmaContextAwareEnhancer`` scores;
* the overlapped analysis (spaCy in a worker thread) gives the serial analysis' results, and a
  recognizer that reads the NLP artifacts early is run again once they are built.
"""

from __future__ import annotations

import random
import re

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workbench.privacy import _engine, _fastpath
from workbench.privacy._checks import has_cjk

_SETTINGS = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                            HealthCheck.filter_too_much])


@pytest.fixture(scope="module")
def engine(privacy):
    return _engine.get_engine(privacy.ner_model)


def _gated(engine) -> list:
    return [r for r in engine.analyzer.registry.recognizers if _fastpath.required_classes(r)]


def _holds(text: str) -> frozenset[str]:
    return frozenset(name for name, found in _fastpath._GATES.items() if found(text, has_cjk(text)))


def _atoms(pattern: str, rng: random.Random) -> list[str]:
    """The characters a pattern is written with (its literals and samples of its classes): text made
    of them comes near a match."""
    import re._parser as sre_parse
    from re import _constants as c

    out: set[str] = set()

    def walk(items):
        for op, av in items:
            if op is c.LITERAL:
                out.add(chr(av))
            elif op is c.IN:
                for iop, iav in av:
                    if iop is c.LITERAL:
                        out.add(chr(iav))
                    elif iop is c.RANGE:
                        out.update(chr(rng.randint(iav[0], iav[1])) for _ in range(4))
                    elif iop is c.CATEGORY:
                        out.update("0123456789 aZ_-")
            elif op is c.SUBPATTERN:
                walk(av[-1])
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
                walk(av[2])
            elif op is c.BRANCH:
                for branch in av[1]:
                    walk(branch)
            elif op in (c.ASSERT, c.ASSERT_NOT):
                walk(av[1])
            elif op is c.ATOMIC_GROUP:
                walk(av)

    try:
        walk(sre_parse.parse(pattern))
    except Exception:  # noqa: BLE001
        pass
    return sorted(out)


# -- the analysis of a regex --------------------------------------------------------------------------
@pytest.mark.parametrize("pattern, needs", [
    (r"\d{3}-\d{4}", {"digit"}),
    (r"[0-9]+", {"digit"}),
    (r"\d?[A-Z]+", set()),                    # optional
    (r"[0-9a]+", set()),                      # a class with a non-digit
    (r"[^0-9]+", set()),                      # negated
    (r"\d+|[A-Z]{3}", set()),                 # one branch needs none
    (r"(?:\d+|x\d)", {"digit"}),              # every branch needs one
    (r"(?<=邮编)\d{6}", {"cjk", "digit"}),    # a lookbehind's text is in the text too
    (r"(?<!邮编)\d{6}", {"digit"}),           # a negative one is not
    (r"[\u4e00-\u9fa5]{2,4}(?:路|街)", {"cjk"}),
    (r"\w+@\w+", {"at"}),
    (r"[\w.]+(?:@|\[at\])\w+", set()),        # "[at]" needs no "@"
    (r"\p{Han}+\d", set()),                   # the regex module's syntax: nothing claimed
    (r"a\Kb\d", set()),                       # one re cannot parse: nothing claimed
    (r"[[:digit:]]+", set()),
])
def test_pattern_needs(pattern, needs):
    assert _fastpath._pattern_needs(pattern) == needs


def test_only_plain_pattern_recognizers_are_gated(engine):
    from presidio_analyzer import PatternRecognizer

    for r in engine.analyzer.registry.recognizers:
        if _fastpath.required_classes(r):
            assert isinstance(r, PatternRecognizer) and _fastpath._pattern_results_only(type(r))
    names = {type(r).__name__ for r in _gated(engine)}
    assert {"WbUsSsnRecognizer", "CnLabelledCardRecognizer"} <= names  # the analysis finds what it should


def test_an_override_is_gated_only_where_its_class_says_it_adds_nothing():
    from presidio_analyzer import Pattern, PatternRecognizer

    class Plain(PatternRecognizer):
        def __init__(self):
            super().__init__(supported_entity="X", patterns=[Pattern("d", r"\d{4}", 0.5)])

    class Adds(Plain):  # finds more than its patterns: never gated
        def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
            return super().analyze(text, entities, nlp_artifacts, regex_flags)

    class Reshapes(Plain):
        POST_FILTER_ONLY = True

        def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
            return super().analyze(text, entities, nlp_artifacts, regex_flags)

    class OverridesAgain(Reshapes):  # inherits the flag but writes its own analyze: not gated
        def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
            return super().analyze(text, entities, nlp_artifacts, regex_flags)

    assert _fastpath.required_classes(Plain()) == {"digit"}
    assert _fastpath.required_classes(Adds()) == frozenset()
    assert _fastpath.required_classes(Reshapes()) == {"digit"}
    assert _fastpath.required_classes(OverridesAgain()) == frozenset()


# -- property: a gated recognizer is never skipped on text it can match --------------------------------
def test_generated_matches_hold_what_the_gate_wants(engine):
    """Strings generated from each gated recognizer's own patterns (where hypothesis can read them):
    wherever the recognizer's regex matches, the text holds every class its gate requires."""
    checked = 0
    for recognizer in _gated(engine):
        need = _fastpath.required_classes(recognizer)
        for pattern in recognizer.patterns:
            try:
                re.compile(pattern.regex)  # hypothesis generates with re: not variable-width lookbehinds
            except re.error:  # those are covered by the next test
                continue
            _property(st.from_regex(pattern.regex), regex.compile(pattern.regex, recognizer.global_regex_flags),
                      need)()
            checked += 1
    assert checked >= 3


def _property(strategy, compiled, need):
    @_SETTINGS
    @given(strategy)
    def prop(text):
        if compiled.search(text):
            assert need <= _holds(text), (text, need)

    return prop


def test_texts_without_the_class_find_nothing(engine):
    """The other direction, on the recognizers themselves: random text made of each gated recognizer's
    own pattern characters, less the characters of a class its gate requires, makes it find nothing."""
    rng = random.Random(15)
    entities = engine.analyzer.get_supported_entities(language="en")
    for recognizer in _gated(engine):
        for name in _fastpath.required_classes(recognizer):
            atoms = [a for p in recognizer.patterns for a in _atoms(p.regex, rng)]
            atoms = [a for a in atoms if not _fastpath._MEMBER[name](a)] + [" ", "\n", "：", "号", "Tel", "邮编", "x"]
            atoms = [a for a in atoms if not any(_fastpath._MEMBER[name](ch) for ch in a)]
            for _ in range(150):
                text = "".join(rng.choice(atoms) for _ in range(rng.randint(5, 60)))
                assert name not in _holds(text)
                assert not recognizer.analyze(text=text, entities=entities, nlp_artifacts=None), (
                    type(recognizer).__name__, text)


def test_gated_analysis_matches_the_full_one(engine):
    """Texts lacking digits, CJK or '@': the gated analyzer's results are the full analyzer's."""
    texts = [
        "Call Maria Gonzalez about the renewal; she lives on Pratt Street in Baltimore.",
        "客户王建国住在上海市浦东新区世纪大道，请联系李娜经理。",
        "Send it to anna at example dot com, or ring the front desk.",
        "Kontakt: Jürgen Weiß, Ulf-Beckmann-Straße, Eckernförde",
    ]
    for text in texts:
        mixed = has_cjk(text)
        source = _engine.blank_cjk(text) if mixed else text
        gated = engine._gated(text, mixed)
        assert len(gated.registry.recognizers) < len(engine.analyzer.registry.recognizers)
        args = dict(language="en", score_threshold=0.5, ad_hoc_recognizers=[engine.tagger_recognizer()])
        full = engine.analyzer.analyze(text, nlp_artifacts=engine._artifacts(source), **args)
        fast = gated.analyze(text, nlp_artifacts=engine._artifacts(source), **args)
        assert sorted(map(str, full)) == sorted(map(str, fast))


# -- the context enhancer -----------------------------------------------------------------------------
def test_fast_context_gives_presidios_scores(engine):
    from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer

    texts = [
        "The id is 12345678 and the passport number is 87654321, licence 99887766 (account).",
        "My phone is 212-555-0144 and my card number is 4111 1111 1111 1111, ssn 078-05-1120.",
        "Tel. 9716 6363\nzip code 10115, passport E12345678, call me",
        "The id is 12345678 and the iban is DE89 3704 0044 0532 0130 00 (account).",
        "电话：010-88886666，身份证号 11010519491231002X，邮编 100000",
    ]
    plain, lifted = LemmaContextAwareEnhancer(), 0
    for text in texts:
        mixed = has_cjk(text)
        artifacts = engine._artifacts(_engine.blank_cjk(text) if mixed else text)
        recognizers = engine.analyzer.registry.get_recognizers(language="en", all_fields=True)
        entities = engine.analyzer.get_supported_entities(language="en")
        raw = []
        for r in recognizers:
            found = r.analyze(text=text, entities=entities, nlp_artifacts=artifacts) or []
            for x in found:
                x.recognition_metadata = {**(x.recognition_metadata or {}), "recognizer_identifier": r.id,
                                          "recognizer_name": r.name}
            raw.extend(found)
        assert raw
        want = plain.enhance_using_context(text, raw, artifacts, recognizers)
        got = engine.analyzer.context_aware_enhancer.enhance_using_context(text, raw, artifacts, recognizers)
        assert [(x.entity_type, x.start, x.end, x.score) for x in got] == \
            [(x.entity_type, x.start, x.end, x.score) for x in want]
        assert all(a is not b for a, b in zip(got, raw))  # copies: the recognizers' results are untouched
        lifted += sum(x.score != y.score for x, y in zip(want, raw))
    assert lifted >= 2, "no result was lifted by context: a weak test"


def test_digit_gate_is_unicode_digits():
    assert _fastpath._GATES["digit"]("call ٣٤٥", False)  # \d matches Arabic-Indic digits: so must the gate
    assert re.search(r"\d", "٣") and _fastpath._MEMBER["digit"]("٣")
