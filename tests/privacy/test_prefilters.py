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


# -- the overlapped analysis --------------------------------------------------------------------------
def test_overlapped_equals_serial(privacy, monkeypatch):
    texts = [
        "Hi Anna, James Whitfield (james.whitfield@example.com, +44 20 7946 0958) moved to 17 Via Cavour.",
        "客户王建国（手机13912345678）住在上海市浦东新区世纪大道100号3楼，邮编200120。",
        "Nothing personal here at all.",
    ]
    for text in texts:
        monkeypatch.setattr(_engine, "OVERLAP", False)
        serial = privacy.redact(text, privacy.new_vault())
        monkeypatch.setattr(_engine, "OVERLAP", True)
        overlapped = privacy.redact(text, privacy.new_vault())
        assert (serial.text, serial.entities) == (overlapped.text, overlapped.entities)


def test_a_recognizer_reading_artifacts_early_runs_again_with_them(engine):
    from presidio_analyzer import LocalRecognizer, RecognizerResult

    class Reads(LocalRecognizer):
        def __init__(self):
            super().__init__(supported_entities=["PERSON"], name="reads-artifacts")
            self.seen = []

        def load(self):
            pass

        def analyze(self, text, entities, nlp_artifacts=None):
            try:
                ents = list(nlp_artifacts.entities)
            except Exception:  # noqa: BLE001 -- must not swallow the "not built yet" signal
                ents = None
            self.seen.append(ents)
            return [RecognizerResult("PERSON", e.start_char, e.end_char, 0.99) for e in ents or ()]

    reads = Reads()
    text = "Maria Gonzalez called James Whitfield."
    results = engine.analyze(text, 0.5, [reads], tagger=False)
    assert reads.seen and reads.seen[-1] is not None and reads.seen[-1], "it ran with the real artifacts"
    assert None not in reads.seen, "an except Exception swallowed the pending-artifacts signal"
    assert any(r.recognition_metadata.get("recognizer_name") == "reads-artifacts" for r in results)


def test_pending_artifacts_refuse_every_use():
    p = _fastpath._PENDING
    for use in (lambda: p.entities, lambda: bool(p), lambda: len(p), lambda: list(p), lambda: p == 1,
                lambda: getattr(p, "tokens", None)):
        with pytest.raises(_fastpath._NeedsArtifacts):
            use()
    assert not issubclass(_fastpath._NeedsArtifacts, Exception)


def test_digit_gate_is_unicode_digits():
    assert _fastpath._GATES["digit"]("call ٣٤٥", False)  # \d matches Arabic-Indic digits: so must the gate
    assert re.search(r"\d", "٣") and _fastpath._MEMBER["digit"]("٣")


def test_the_tagger_runs_once_per_call_while_spacy_does(privacy, monkeypatch):
    """The CRF's spans are computed once per redaction (in the wait for spaCy, or after it), never twice,
    and the memo is empty after the call."""
    monkeypatch.setattr(_engine, "OVERLAP", True)
    engine = _engine.get_engine(privacy.ner_model)
    memo = engine._spans_memo()
    calls = []
    inner = memo._spans
    monkeypatch.setattr(memo, "_spans", lambda text: calls.append(text) or inner(text))
    text = "Call Maria Gonzalez at 17 Via Cavour, Roma, about the renewal."
    serial_entities = None
    for overlap in (False, True, True):
        monkeypatch.setattr(_engine, "OVERLAP", overlap)
        red = privacy.redact(text, privacy.new_vault())
        serial_entities = serial_entities or red.entities
        assert red.entities == serial_entities
    assert len(calls) == 3
    assert getattr(memo._local, "held", None) is None


def test_the_parse_loop_signal_fires_and_changes_nothing(engine):
    """The rules wait for the NER's parse loop: the hook on its forward pass fires in the thread that
    runs it, and only there; the doc's entities are those of the unwrapped model."""
    import threading

    text = "Maria Gonzalez met James Whitfield of Acme Corp in Rome on Friday."
    event = threading.Event()
    assert getattr(engine.nlp.get_pipe("ner").model._func, "signals_parse", False)
    _engine._ner_local.parsing = event
    try:
        ents = [(e.start_char, e.end_char, e.label_) for e in engine.nlp(text).ents]
    finally:
        _engine._ner_local.parsing = None
    assert event.is_set()
    other = threading.Event()
    worker = threading.Thread(target=lambda: engine.nlp(text))
    _engine._ner_local.parsing = other  # this thread's event: a run in another thread does not set it
    try:
        worker.start()
        worker.join()
    finally:
        _engine._ner_local.parsing = None
    assert not other.is_set()
    model = engine.nlp.get_pipe("ner").model
    wrapped, model._func = model._func, model._func.__closure__[0].cell_contents  # the original forward
    try:
        assert [(e.start_char, e.end_char, e.label_) for e in engine.nlp(text).ents] == ents
    finally:
        model._func = wrapped


def test_a_forked_child_redacts_with_its_own_worker(privacy, monkeypatch):
    """A child forked after the parent redacted (multiprocessing's fork) has no thread behind the parent's
    pool: it must get its own, not wait forever for a worker that is not there."""
    import multiprocessing

    monkeypatch.setattr(_engine, "OVERLAP", True)
    text = "Please call Maria Gonzalez on 020 7946 0958 about the renewal."
    want = privacy.redact(text, privacy.new_vault()).text
    ctx = multiprocessing.get_context("fork")
    queue = ctx.Queue()
    child = ctx.Process(target=lambda: queue.put(privacy.redact(text, privacy.new_vault()).text))
    child.start()
    child.join(60)
    if child.is_alive():
        child.kill()
        pytest.fail("the forked child hung on the parent's NER pool")
    assert child.exitcode == 0
    assert queue.get(timeout=5) == want


def test_no_worker_at_shutdown_falls_back_to_serial(privacy, monkeypatch):
    class Closed:
        def submit(self, *a, **k):
            raise RuntimeError("cannot schedule new futures after interpreter shutdown")

    text = "Please call Maria Gonzalez about the renewal."
    want = privacy.redact(text, privacy.new_vault()).text
    monkeypatch.setattr(_engine, "_ner_pool", lambda: Closed())
    assert privacy.redact(text, privacy.new_vault()).text == want
