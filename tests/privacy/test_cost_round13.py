"""Round thirteen (L1): the NER's transition loop decoded in numpy (``_ner_decode``), guarded as a mechanism.

The speed is a benchmark figure (docs/privacy.md, "Round thirteen: latency (L1)"); these tests hold what must not
change: the decoder reads every text as spaCy's own loop does, it stands aside where it does not model the state
(preset entities, another pipeline, the opt-out), ties go to the first move, and redactions are the same with it
off and on.
"""

from __future__ import annotations

import numpy
import pytest

from workbench.privacy import _blas, _engine, _ner_decode

#: texts none of the probe texts hold: entities of one and several tokens, back to back, at the start and the end,
#: on and beside whitespace tokens, a text of one token and one of whitespace only
FRESH = (
    "Olusegun Adebayo-Williams wrote from Port Harcourt, Nigeria, on Sunday 14 September 2025 about Shell Petroleum.",
    "Yesterday   the Bank of England\t\tand the Federal Reserve raised rates; Christine Lagarde spoke in Frankfurt",
    "Meeting notes\n\n- Attendees: Hiroshi Tanaka, Sofia Rossi, Mehmet Yılmaz\n- Venue: Hotel Adlon, Berlin\n",
    "Ahmed",
    "\n\n",
    "The report for Q3 2024 covers 1,250 customers in Ontario and Quebec; revenue rose 4.5% to $3.2 million.",
)


def _annotations(doc) -> list:
    return [(e.start, e.end, e.label_) for e in doc.ents] + [t.ent_iob_ for t in doc]


@pytest.fixture(scope="module")
def engine(privacy):
    return _engine.get_engine(privacy.ner_model)


def test_the_decoder_reads_fresh_text_as_spacys_loop_does(engine):
    decode = engine.ner_decode
    assert decode is not None, "the decoder should be on for the shipped model"
    nlp = engine.nlp
    with _blas.one_thread():
        for text in FRESH:
            assert _annotations(decode(nlp.make_doc(text))) == _annotations(nlp(text)), text


def test_redactions_are_the_same_with_the_decoder_off_and_on(privacy, engine):
    decode = engine.ner_decode
    texts = FRESH[:3] + ("Call Maria Gonzalez at +44 20 7946 0958 about the Leeds office.",)
    on = [privacy.redact(t, privacy.new_vault()) for t in texts]
    try:
        engine.ner_decode = None
        off = [privacy.redact(t, privacy.new_vault()) for t in texts]
    finally:
        engine.ner_decode = decode
    assert [(r.text, r.entities) for r in on] == [(r.text, r.entities) for r in off]


def test_preset_entities_go_to_spacys_loop(engine):
    """A document that already holds entities (ent_iob set) asks moves the decoder does not model."""
    nlp, decode = engine.nlp, engine.ner_decode
    assert decode.entities(_preset(nlp)) is None
    with _blas.one_thread():
        assert _annotations(decode(_preset(nlp))) == _annotations(nlp.get_pipe("ner")(_preset(nlp)))


def _preset(nlp):
    from spacy.tokens import Span

    doc = nlp.make_doc("Maria Gonzalez visited Acme in Paris.")
    doc.set_ents([Span(doc, 3, 4, label="ORG")], default="unmodified")
    return doc


def test_an_empty_document_has_no_entities(engine):
    assert engine.ner_decode.entities(engine.nlp.make_doc("")) == []


def test_ties_go_to_the_first_valid_move(engine, monkeypatch):
    """arg_max_if_valid: equal scores pick the lowest move index. Outside an entity that is B- of the first label (not on
    the last token, not on whitespace: there U-, then O); inside it I- before L- (L- on the last token)."""
    decode = engine.ner_decode
    monkeypatch.setattr(decode, "_scores", lambda rows: numpy.zeros((rows.shape[0], decode.n_classes), numpy.float32))
    first = decode.labels[int(decode.begin[0])]
    doc = engine.nlp.make_doc("alpha beta gamma")
    assert decode.entities(doc) == [(0, 3, first)]
    doc = engine.nlp.make_doc("alpha \n beta")  # tokens: alpha, "\n ", beta
    assert [t.is_space for t in doc] == [False, True, False]
    # B- at "alpha" opens an entity; inside it I- wins until the last token, where only L- is valid
    assert decode.entities(doc) == [(0, 3, first)]
    doc = engine.nlp.make_doc("omega")
    assert decode.entities(doc) == [(0, 1, decode.labels[int(decode.unit[0])])]


def test_a_score_that_is_not_finite_goes_to_spacys_loop(engine, monkeypatch):
    decode = engine.ner_decode
    monkeypatch.setattr(decode, "_scores", lambda rows: numpy.full((rows.shape[0], decode.n_classes), numpy.nan,
                                                                    numpy.float32))
    assert decode.entities(engine.nlp.make_doc("Maria Gonzalez")) is None


def test_opt_out_and_other_pipelines_keep_spacys_loop(engine, monkeypatch):
    import spacy

    monkeypatch.setenv(_ner_decode.ENV, "spacy")
    assert _ner_decode.checked(engine.nlp) is None
    monkeypatch.delenv(_ner_decode.ENV)
    blank = spacy.blank("en")
    assert _ner_decode.decoder(blank) is None  # no ner pipe
    blank.add_pipe("sentencizer")
    assert _ner_decode.decoder(blank) is None


def test_a_decoder_that_disagrees_on_a_probe_is_not_used(engine, monkeypatch):
    monkeypatch.setattr(_ner_decode.Decoder, "entities", lambda self, doc: [])
    with _blas.one_thread():
        assert _ner_decode.checked(engine.nlp) is None
