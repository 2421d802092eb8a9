"""The NER's matrix products through numpy's BLAS, one thread (round twelve, P1: issue 15's latency).

spaCy's models multiply matrices through thinc's ``NumpyOps.gemm``, which calls BLIS (the ``blis`` wheel). That
wheel picks its kernels by CPU model, and on a CPU it does not know (AMD family 0x19, Zen 3/4: the 2-core machines
this project is measured on) it falls back to BLIS's *generic reference* kernel (``BLIS_ARCH_DEBUG=1`` prints
"selecting sub-configuration 'generic'"): the NER's embedding layers (five products of ~230 x 288 by 288 x 288 for
a 200-word prompt) ran at about a third of the speed numpy's OpenBLAS (Haswell kernels, found at run time) gives.

What changes: the NER model's layers get ``_NumpyGemmOps``, whose ``gemm`` is thinc's own ``Ops.gemm`` (numpy's
``dot``, what thinc does with ``use_blis=False``); every other operation is ``NumpyOps``' own, and the transition
parser's inner loop keeps BLIS (it takes its C function pointers from ``ops.cblas()``). The products are the same
sums in another order (another kernel), so the NER's scores may differ in their last bits: the entities were the
same on every seen split (``bench/privacy_cost.py --equivalence --old-env WORKBENCH_PRIVACY_NER_GEMM=blis``,
docs/privacy.md "Round twelve: latency (P1)").

Only where numpy's BLAS can be held to one thread while the NER runs (OpenBLAS >= 0.3.27,
``openblas_set_num_threads_local``, which numpy's Linux wheels ship; ``one_thread``): a multi-threaded BLAS on a
busy 2-core machine spins and waits. Elsewhere (Accelerate, MKL, an older OpenBLAS) nothing changes. ``[privacy]`` has no key
for it; ``WORKBENCH_PRIVACY_NER_GEMM=blis`` keeps BLIS (the before arm of the equivalence and speed checks).
"""

from __future__ import annotations

import contextlib
import ctypes
import glob
import os
import threading
from collections.abc import Iterator
from typing import Any

ENV = "WORKBENCH_PRIVACY_NER_GEMM"

_lock = threading.Lock()
_setter: Any = None  # openblas_set_num_threads_local, or False when there is none
_ops: dict[str, Any] = {}


def _openblas_local_setter() -> Any:
    """numpy's OpenBLAS ``openblas_set_num_threads_local`` (ctypes), or False."""
    global _setter
    if _setter is not None:
        return _setter
    with _lock:
        if _setter is None:
            _setter = _find_setter()
    return _setter


def _find_setter() -> Any:
    import numpy

    base = os.path.dirname(numpy.__file__)
    candidates = sorted(glob.glob(os.path.join(base, os.pardir, "numpy.libs", "*openblas*")))
    candidates += sorted(glob.glob(os.path.join(base, ".dylibs", "*openblas*")))
    try:  # the library this process actually loaded (Linux), whatever its name
        with open("/proc/self/maps", encoding="utf-8", errors="replace") as maps:
            candidates += sorted({line.split()[-1] for line in maps if "openblas" in line.rsplit("/", 1)[-1].lower()})
    except OSError:
        pass
    for path in candidates:
        try:
            lib = ctypes.CDLL(path)
            setter = lib.openblas_set_num_threads_local
        except (OSError, AttributeError):
            continue
        setter.argtypes, setter.restype = [ctypes.c_int], ctypes.c_int
        return setter
    return False


def wanted() -> bool:
    """Does this process multiply the NER's matrices through numpy (the default where it can hold one thread)?"""
    return os.environ.get(ENV, "numpy").strip().lower() != "blis" and bool(_openblas_local_setter())


#: how many calls are inside ``one_thread`` now, and the thread count to put back when the last one leaves
_pins = 0
_restore = 1
_pin_lock = threading.Lock()


@contextlib.contextmanager
def one_thread() -> Iterator[None]:
    """numpy's BLAS held to one thread while the block runs (a no-op without the setter). OpenBLAS's "local"
    setter changes the count that calls from every thread use, so the pin is counted: the first call in sets one
    thread, the last one out puts back what it found (two redactions at once never leave the process pinned). A
    product another thread of the process runs meanwhile (the NER's ~20 ms) runs on one thread too."""
    global _pins, _restore
    setter = _openblas_local_setter()
    if not setter:
        yield
        return
    with _pin_lock:
        if _pins == 0:
            _restore = setter(1)
        _pins += 1
    try:
        yield
    finally:
        with _pin_lock:
            _pins -= 1
            if _pins == 0:
                setter(_restore if _restore > 0 else 1)


def _numpy_gemm_ops() -> Any:
    """One shared instance of ``NumpyOps`` whose ``gemm`` is ``Ops.gemm`` (numpy's dot); stateless."""
    if "numpy" not in _ops:
        from thinc.api import NumpyOps
        from thinc.backends.ops import Ops

        class _NumpyGemmOps(NumpyOps):
            name = "numpy"

            def gemm(self, x, y, *, out=None, trans1=False, trans2=False):  # type: ignore[override]
                return Ops.gemm(self, x, y, out=out, trans1=trans1, trans2=trans2)

        _ops["numpy"] = _NumpyGemmOps()
    return _ops["numpy"]


def use_numpy_gemm(nlp: Any, on: bool | None = None) -> bool:
    """Give every layer of ``nlp``'s NER model numpy's gemm (``on`` None: as ``wanted()``), or BLIS back (False).
    Returns whether numpy's gemm is in use."""
    if "ner" not in nlp.pipe_names:
        return False
    model = nlp.get_pipe("ner").model
    if "blis" not in _ops:
        _ops["blis"] = model.ops  # the ops spaCy loaded it with (NumpyOps: BLIS)
    on = wanted() if on is None else (on and bool(_openblas_local_setter()))
    ops = _numpy_gemm_ops() if on else _ops["blis"]
    for node in model.walk():
        node.ops = ops
    return on
