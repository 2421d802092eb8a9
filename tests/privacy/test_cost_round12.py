"""Round twelve (P1): the NER's matrix products through numpy's BLAS, one thread (``_blas``), guarded as a mechanism.

The speed itself is a benchmark figure (docs/privacy.md, "Round twelve: latency (P1)"); these tests hold what must
not change: the products, the NER's entities with the switch off and on, the thread setting put back, the opt-out.
"""

from __future__ import annotations

import threading

import numpy
import pytest

from workbench.privacy import _blas, _engine

needs_setter = pytest.mark.skipif(not _blas._openblas_local_setter(),
                                  reason="numpy's BLAS here cannot be held to one thread: the switch stays off")


def test_numpy_gemm_is_the_product_with_every_transpose():
    ops = _blas._numpy_gemm_ops()
    rng = numpy.random.default_rng(12)
    x = rng.standard_normal((7, 5), dtype=numpy.float32)
    y = rng.standard_normal((5, 3), dtype=numpy.float32)
    numpy.testing.assert_allclose(ops.gemm(x, y), x @ y, rtol=1e-5)
    numpy.testing.assert_allclose(ops.gemm(x, y.T.copy(), trans2=True), x @ y, rtol=1e-5)
    numpy.testing.assert_allclose(ops.gemm(x.T.copy(), y, trans1=True), x @ y, rtol=1e-5)
    out = numpy.zeros((7, 3), dtype=numpy.float32)
    assert ops.gemm(x, y, out=out) is out
    numpy.testing.assert_allclose(out, x @ y, rtol=1e-5)
    assert ops.gemm(x, y).dtype == numpy.float32
    # everything but gemm is NumpyOps' own
    from thinc.api import NumpyOps

    assert type(ops).maxout is NumpyOps.maxout and type(ops).gemm is not NumpyOps.gemm


def test_opt_out_keeps_blis(monkeypatch):
    monkeypatch.setenv(_blas.ENV, "blis")
    assert not _blas.wanted()
    monkeypatch.setenv(_blas.ENV, "BLIS ")
    assert not _blas.wanted()
    monkeypatch.delenv(_blas.ENV)
    assert _blas.wanted() == bool(_blas._openblas_local_setter())


@needs_setter
def test_one_thread_puts_the_setting_back_when_the_last_call_leaves():
    """OpenBLAS's setter is process-wide: two redactions at once (one entering while the other runs) hold one
    thread until both have left, and the count found before comes back, not the pinned one."""
    setter = _blas._openblas_local_setter()
    before = _peek(setter)
    entered, release, done = threading.Event(), threading.Event(), threading.Event()
    seen: list[int] = []

    def other() -> None:
        with _blas.one_thread():
            entered.set()
            release.wait(10)
            seen.append(_peek(setter))
        done.set()

    with _blas.one_thread():
        assert _peek(setter) == 1
        t = threading.Thread(target=other)
        t.start()
        assert entered.wait(10)
    assert _peek(setter) == 1  # the other call is still inside: still one thread
    release.set()
    assert done.wait(10)
    t.join()
    assert seen == [1]
    assert _peek(setter) == before  # both out: put back as it was
    with _blas.one_thread():
        with _blas.one_thread():  # nested
            assert _peek(setter) == 1
        assert _peek(setter) == 1
    assert _peek(setter) == before


def _peek(setter) -> int:
    """The calling thread's setting (set to itself again, so nothing changes)."""
    current = setter(1)
    setter(current if current > 0 else 1)
    return current


@needs_setter
def test_entities_the_same_with_blis_and_numpy(privacy):
    """Fresh texts (values written for this test) through the real NER with the switch off and on: the same
    entities, and every layer of the NER model gets the ops asked for (and BLIS back)."""
    texts = [
        "Ottoline Brackwater met Tavish Okonkwo-Reyes in Dunmore East on 3 March to review the Halvorsen account.",
        "Please ask Wendeline Farquharson (finance, Leeds office) whether the Q3 export for Baltic Freight is ready.",
        "Sent from Ljubljana: Branimir Kovačević and Ines Aldabe will join the Marrakesh offsite with Corvina Labs.",
        "The churn dashboard for Northgate Retail shows renewals flat; Esperanza Quilty owns the follow-up.",
        "Meeting notes\nAttendees: Cormac Ní Bhriain, Yusuf Adebayo-Lindqvist\nLocation: Tromsø, Storgata 14",
    ]
    nlp = _engine.get_engine(privacy.ner_model).nlp
    model = nlp.get_pipe("ner").model
    try:
        assert _blas.use_numpy_gemm(nlp, False) is False
        assert all(type(node.ops).__name__ == "NumpyOps" for node in model.walk())
        off = [[(e.start_char, e.end_char, e.label_) for e in nlp(t).ents] for t in texts]
        red_off = [privacy.redact(t, privacy.new_vault()) for t in texts]
        assert _blas.use_numpy_gemm(nlp, True) is True
        assert all(type(node.ops).__name__ == "_NumpyGemmOps" for node in model.walk())
        with _blas.one_thread():
            on = [[(e.start_char, e.end_char, e.label_) for e in nlp(t).ents] for t in texts]
        red_on = [privacy.redact(t, privacy.new_vault()) for t in texts]
    finally:
        _blas.use_numpy_gemm(nlp)
    assert on == off and any(off)
    assert [(r.text, r.entities) for r in red_on] == [(r.text, r.entities) for r in red_off]


def test_default_engine_follows_the_switch(privacy):
    nlp = _engine.get_engine(privacy.ner_model).nlp
    kind = type(nlp.get_pipe("ner").model.ops).__name__
    assert kind == ("_NumpyGemmOps" if _blas.wanted() else "NumpyOps")
