"""spaCy's NER decoded in numpy (round thirteen, L1: issue 15's latency).

spaCy's ``EntityRecognizer`` runs its greedy transition loop (``Parser._parseC``) one token at a time in C: for each
token it sums three precomputed feature vectors, takes the maxout, multiplies by the output layer (a 1 x 64 by 64 x 74
product through BLIS) and picks the best valid BILUO move. On spaCy 3.8's wheels that loop costs ~12 CPU ms for the
benchmark's 200-word prompt, two thirds of the NER (its embedding layers, the other third, are unchanged here); most
of it is per-step overhead, not arithmetic.

This module computes the same steps with whole-array numpy: the NER's three features are the token at the head of
the buffer, the first token of the open entity and the token before the head (``StateC.set_context_tokens`` with
``n == 3``), so while no entity is open every token's scores are known in advance and come from one product for all
tokens; a token inside an entity (the first token's move opened it) gets its own small product. The valid moves are
``BiluoPushDown``'s for a document with no preset entities and no sentence starts: ``B-``/``U-`` only outside an
entity and not on whitespace (``B-`` not on the last token), ``I-``/``L-`` of the open entity's label only (``I-`` not
on the last token), ``O`` outside an entity; ties go to the first move, as in ``arg_max_if_valid``.

The hidden layer is summed in spaCy's order (feature 0, 1, 2, then the bias) and so is the same float32 value; the
output layer's product is another BLAS kernel (numpy's), so a score can differ from spaCy's in its last bits, as the
round-twelve gemm change already allowed. ``decoder(nlp)`` returns None (spaCy's own loop runs) unless the pipeline
is the one this was written for (one ``ner`` pipe, ``BiluoPushDown``, greedy, 3 features, maxout, an output layer),
and ``Engine`` checks it against spaCy's loop on probe texts before using it (``agrees``). A document with preset
entities or sentence starts, or a score that is not finite, goes to spaCy's loop. ``WORKBENCH_PRIVACY_NER_DECODE=spacy``
keeps spaCy's loop (the baseline arm of ``bench/privacy_cost.py --switch-decode``).
"""

from __future__ import annotations

import logging
import os
from typing import Any

log = logging.getLogger("workbench.privacy")

ENV = "WORKBENCH_PRIVACY_NER_DECODE"
#: texts both loops read when the engine is built: names, places, dates, organisations of one and several tokens,
#: entities at the start and the end, whitespace tokens, a blanked CJK run (what spaCy reads of mixed text)
PROBES = (
    "Maria Gonzalez from Acme Corporation flew to New York City on 3 March 2025 with James Whitfield.",
    "Quarterly churn rose in the northern region after the price change.\n\n  Support tickets doubled in March; "
    "James Whitfield from finance asked for the raw export by Friday at james.whitfield@example.com.",
    "Dr. Ana Lima (Lisbon, Portugal) and Kenji Watanabe of Toyota Motor Corp. met the European Commission in Brussels",
    "Thanks,\nPriya Raghunathan\nHead of Data, Northwind Traders Ltd\n221B Baker Street, London NW1 6XE",
    "客户王建国 met          Li Wei in Shanghai last Tuesday at 10:30 AM; the deal closed at $4.5 million.",
    "Paris",
    " ",
)
_BEGIN, _IN, _LAST, _UNIT, _OUT = "BILUO"


def wanted() -> bool:
    return os.environ.get(ENV, "numpy").strip().lower() != "spacy"


class Decoder:
    """The NER of ``nlp`` (a spaCy pipeline whose only pipe is ``ner``) with its transition loop in numpy."""

    def __init__(self, nlp: Any) -> None:
        import numpy

        self.nlp = nlp
        self.ner = nlp.get_pipe("ner")
        model = self.ner.model
        self.tok2vec, lower, upper = model.layers
        moves = self.ner.moves
        names = [moves.get_class_name(i) for i in range(moves.n_moves)]
        self.n_classes = len(names)
        self.labels: list[str] = []
        self.move: list[str] = []
        for name in names:
            kind, _, label = name.partition("-")
            self.move.append(kind)
            self.labels.append(label)
        f32 = numpy.float32
        self.W_lower = lower  # the PrecomputableAffine layer, run through its own forward (same ops as spaCy's)
        self.bias = numpy.ascontiguousarray(lower.get_param("b"), dtype=f32)  # (nO, nP)
        self.W = numpy.ascontiguousarray(upper.get_param("W"), dtype=f32)  # (classes, nO)
        self.b = numpy.ascontiguousarray(upper.get_param("b"), dtype=f32)
        mask = numpy.ones(self.n_classes, dtype=bool)
        for cls in model.attrs.get("unseen_classes") or ():
            mask[cls] = False
        self.unseen = numpy.flatnonzero(~mask)
        # the moves open to a token outside an entity: B- and U- of a named label (not on whitespace), O
        index = numpy.arange(self.n_classes)
        named = numpy.array([bool(label) for label in self.labels])
        kinds = numpy.array(self.move)
        self.begin = index[(kinds == _BEGIN) & named]
        self.unit = index[(kinds == _UNIT) & named]
        self.out = index[kinds == _OUT]
        self.inside = {label: i for i, (k, label) in enumerate(zip(self.move, self.labels)) if k == _IN and label}
        self.last = {label: i for i, (k, label) in enumerate(zip(self.move, self.labels)) if k == _LAST and label}
        self.label_of = self.labels

    # -- the model ------------------------------------------------------------------------------------------------
    def _precomputed(self, doc: Any) -> Any:
        """The lower layer's output for every token, padding first: (tokens + 1, 3, nO, nP), as ``precompute_hiddens``."""
        tokvecs, _ = self.tok2vec([doc], is_train=False)
        cached, _ = self.W_lower(tokvecs, is_train=False)
        return cached

    def _scores(self, hidden_unmaxed: Any) -> Any:
        """Scores of the moves from unmaxed hidden rows (n, nO, nP): maxout, the output layer, unseen classes at the min."""
        import numpy

        hidden = hidden_unmaxed.max(axis=-1)
        scores = numpy.dot(hidden, self.W.T)
        scores += self.b
        if len(self.unseen):
            low = scores.min(axis=1, keepdims=True)
            scores[:, self.unseen] = low
        return scores

    # -- decoding -------------------------------------------------------------------------------------------------
    def entities(self, doc: Any) -> list[tuple[int, int, str]] | None:
        """(start, end, label) token spans of the NER's greedy parse of ``doc``, or None where spaCy's loop must run."""
        import numpy
        from spacy.attrs import ENT_IOB, IS_SPACE, SENT_START

        n = len(doc)
        if n == 0:
            return []
        attrs = doc.to_array([ENT_IOB, SENT_START, IS_SPACE])
        if attrs[:, 0].any() or (attrs[1:, 1] == 1).any():
            return None  # preset entities or sentence starts: moves this decoder does not model
        space = attrs[:, 2].astype(bool)
        cached = self._precomputed(doc)
        pad1, pad2 = cached[0, 1], cached[0, 2]
        # outside an entity: features (token, padding, padding); summed in spaCy's order from zero
        closed = numpy.zeros((n,) + pad1.shape, dtype=numpy.float32)
        closed += cached[1:, 0]
        closed += pad1
        closed += pad2
        closed += self.bias
        scores = self._scores(closed)
        if not numpy.isfinite(scores).all():
            return None
        # the best move outside an entity, for every token at once
        allowed = numpy.full((n, self.n_classes), False)
        allowed[:, self.out] = True
        word = ~space
        allowed[numpy.ix_(word, self.unit)] = True
        begins = word.copy()
        begins[-1] = False  # B- needs a token after it
        allowed[numpy.ix_(begins, self.begin)] = True
        best = numpy.where(allowed, scores, -numpy.inf).argmax(axis=1).tolist()
        move, label_of = self.move, self.label_of
        out: list[tuple[int, int, str]] = []
        i = 0
        while i < n:
            guess = best[i]
            kind = move[guess]
            if kind == _UNIT:
                out.append((i, i + 1, label_of[guess]))
            elif kind == _BEGIN:
                label, start = label_of[guess], i
                i += 1
                while True:  # inside the entity: features (token, the entity's first token, the token before)
                    row = numpy.zeros((1,) + pad1.shape, dtype=numpy.float32)
                    row += cached[i + 1, 0]
                    row += cached[start + 1, 1]
                    row += cached[i, 2]
                    row += self.bias
                    step = self._scores(row)[0]
                    if not numpy.isfinite(step).all():
                        return None
                    last = self.last[label]
                    inside = self.inside[label] if i < n - 1 else None
                    if inside is not None and (step[inside] > step[last] or step[inside] == step[last] and inside < last):
                        i += 1
                        continue
                    out.append((start, i + 1, label))
                    break
            i += 1
        return out

    def __call__(self, doc: Any) -> Any:
        """``ner(doc)``: the entities set as spaCy's ``BiluoPushDown.set_annotations`` sets them."""
        from spacy.tokens import Span

        found = self.entities(doc)
        if found is None:
            return self.ner(doc)
        doc.set_ents([Span(doc, s, e, label=label) for s, e, label in found], default="outside")
        return doc


def _annotations(doc: Any) -> list:
    return [(e.start, e.end, e.label_) for e in doc.ents] + [t.ent_iob for t in doc]


def checked(nlp: Any) -> Decoder | None:
    """``decoder(nlp)`` where it reads every probe text as spaCy's own loop does (and ``wanted()``); else None."""
    if not wanted():
        return None
    found = decoder(nlp)
    if found is None:
        return None
    for text in PROBES:
        if _annotations(nlp(text)) != _annotations(found(nlp.make_doc(text))):
            log.warning("the NER's numpy decoder disagrees with spaCy's loop on a probe text; spaCy's loop is kept")
            return None
    return found


def decoder(nlp: Any) -> Decoder | None:
    """A ``Decoder`` for ``nlp`` where its NER is the model this was written for; else None."""
    try:
        from spacy.ml.tb_framework import forward as tb_forward
        from spacy.pipeline._parser_internals.ner import BiluoPushDown
        from spacy.pipeline.ner import EntityRecognizer
    except ImportError:  # pragma: no cover - another spaCy layout
        return None
    if list(nlp.pipe_names) != ["ner"]:
        return None
    ner = nlp.get_pipe("ner")
    model = getattr(ner, "model", None)
    if type(ner) is not EntityRecognizer or type(ner.moves) is not BiluoPushDown or model is None:
        return None
    if ner.cfg.get("beam_width", 1) != 1 or getattr(ner, "postprocesses", None) or model._func is not tb_forward:
        return None
    if not model.attrs.get("has_upper") or len(model.layers) != 3:
        return None
    lower = model.layers[1]
    if not all(lower.has_dim(d) for d in ("nF", "nO", "nP")) or lower.get_dim("nF") != 3 or lower.get_dim("nP") < 2:
        return None
    try:
        return Decoder(nlp)
    except (KeyError, ValueError, AttributeError):
        return None
