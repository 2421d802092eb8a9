"""The FAISS index: exact (inner product on normalised vectors) for small corpora, HNSW from
``[corpus] ivf_threshold`` chunks (:func:`plan`; IVF indexes of the plan before 2026-12 still
open); exact and IVF indexes on a GPU when faiss-gpu and CUDA are present. Runs in the kernel's
process, beside the plaintext it serves.

The index is serialised through faiss's callback writer into blocks of :data:`BLOCK` bytes, each
sealed with AES-256-GCM on its own (associated data: file label, block number, last-block flag,
so blocks cannot be reordered, dropped or cut off), and read back through the callback reader
the same way. No pickle, and no plaintext byte reaches the disk.
"""

from __future__ import annotations

import math
import mmap
import os
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import CorpusError, IntegrityError
from ._crypto import OVERHEAD, Sealer
from ._store import write_atomic

BLOCK = 8 << 20
READ_CALL = BLOCK  # bytes faiss asks for per reader call: a whole block, decrypted in place
_LEN = struct.Struct("<I")
FEW_QUERIES = 4  # searches of at most this many queries run single-threaded


def _faiss() -> Any:
    import faiss

    return faiss


#: Parameters chosen from measurements (bench/tune_index.py on the tuning half of the real text
#: set in workbench/bench/_texts.py, recall counted with ties; docs/performance.md reports the
#: held-out half). From ``ivf_threshold`` chunks the index is HNSW over the float vectors:
#: ``HNSW_M`` links a node, built with ``HNSW_EF_CONSTRUCTION``, searched with ``HNSW_EF_SEARCH``
#: candidates (exact inner products are returned). On the tuning half (15.9k sentences) efSearch
#: 128 gave recall@10 0.99 where IVF needed a quarter of its lists probed for 0.92-0.97. Recall at
#: a fixed efSearch falls as the graph grows (on the 1M latency set of workbench/bench/_scale.py,
#: efSearch 128: 0.95 at 200k, 0.90 at 500k; 256: 0.985, 0.933), so 256 is kept for margin: 0.64 ms
#: a single query at 500k on 2 shared cores.
HNSW_M = 32
HNSW_EF_CONSTRUCTION = 40
HNSW_EF_SEARCH = 256
#: IVF (``ivf``: float lists, the plan before 2026-12; ``ivfpq``: 4-bit fast-scan PQ lists with an
#: exact re-rank of ``k_factor * k`` candidates) stays buildable for bench/tune_index.py, and an
#: ``ivf`` index written by the old plan still opens and searches (it is rebuilt on the next add).
LIST_SIZE = 512
PROBE_FRACTION = 1 / 4
MIN_NPROBE = 16
TRAIN_PER_LIST = 48
PQ_DIMS_PER_CODE = 4
PQ_TRAIN = 16_384  # at least this many training vectors for the PQ codebooks (16 codes each)
REBUILD_GROWTH = 4  # an IVF index is re-clustered once the ideal nlist is this many times its own


@dataclass(frozen=True)
class Plan:
    """The index the corpus builds for ``n`` chunks."""

    kind: str  # "flat" | "hnsw" | "ivf" | "ivfpq"
    nlist: int = 0  # IVF kinds
    nprobe: int = 0
    k_factor: int = 0  # ivfpq
    m: int = 0  # hnsw
    ef_search: int = 0


def plan(n: int, ivf_threshold: int) -> Plan:
    """Exact search below ``ivf_threshold`` chunks; HNSW from there (its parameters do not
    depend on the size)."""
    if n < ivf_threshold:
        return Plan("flat")
    return Plan("hnsw", m=HNSW_M, ef_search=HNSW_EF_SEARCH)


def ivf_plan(n: int, kind: str = "ivf", fraction: float = PROBE_FRACTION, k_factor: int = 8) -> Plan:
    """An IVF plan for ``n`` vectors: lists of ~LIST_SIZE vectors (a power of two), ``fraction``
    of them probed (at least MIN_NPROBE)."""
    nlist = 1 << max(4, round(math.log2(max(1, n / LIST_SIZE))))
    nprobe = min(nlist, max(MIN_NPROBE, math.ceil(fraction * nlist)))
    return Plan(kind, nlist, nprobe, k_factor if kind == "ivfpq" else 0)


def new_index(dim: int, vectors: np.ndarray, ivf_threshold: int, faiss: Any = None) -> Any:
    """An empty-or-filled index fit for ``len(vectors)`` chunks (see :func:`plan`)."""
    return build(plan(len(vectors), ivf_threshold), dim, vectors, faiss)


def build(p: Plan, dim: int, vectors: np.ndarray, faiss: Any = None) -> Any:
    """The index ``p`` describes, trained on (a sample of) ``vectors`` and holding them all."""
    faiss = faiss or _faiss()
    n = len(vectors)
    if p.kind == "flat":
        index = faiss.IndexFlatIP(dim)
    elif p.kind == "hnsw":
        index = faiss.IndexHNSWFlat(dim, p.m, faiss.METRIC_INNER_PRODUCT)
        index.hnsw.efConstruction = HNSW_EF_CONSTRUCTION
        index.hnsw.efSearch = p.ef_search
    elif p.kind in ("ivf", "ivfpq"):
        quantizer = faiss.IndexFlatIP(dim)
        if p.kind == "ivf":
            index = ivf = faiss.IndexIVFFlat(quantizer, dim, p.nlist, faiss.METRIC_INNER_PRODUCT)
        else:
            if dim % PQ_DIMS_PER_CODE:
                raise CorpusError(f"An IVF-PQ index needs a dimension divisible by {PQ_DIMS_PER_CODE}; "
                                  f"this model gives {dim}.")
            ivf = faiss.IndexIVFPQFastScan(quantizer, dim, p.nlist, dim // PQ_DIMS_PER_CODE, 4,
                                           faiss.METRIC_INNER_PRODUCT)
            index = faiss.IndexRefineFlat(ivf)
            index.k_factor = float(p.k_factor)
        ivf.cp.max_points_per_centroid = TRAIN_PER_LIST  # the sample is already that size
        ivf.cp.min_points_per_centroid = 1  # few vectors a list is said once, here
        cap = max(TRAIN_PER_LIST * p.nlist, PQ_TRAIN if p.kind == "ivfpq" else 0)
        sample = vectors if n <= cap else vectors[np.sort(np.random.default_rng(0).choice(n, cap, replace=False))]
        index.train(np.ascontiguousarray(sample, dtype=np.float32))
        ivf.nprobe = p.nprobe
    else:
        raise CorpusError(f"Unknown index kind {p.kind!r}; expected flat, hnsw, ivf or ivfpq.")
    if n:
        for start in range(0, n, 262_144):  # bounded temporary copies
            index.add(np.ascontiguousarray(vectors[start : start + 262_144], dtype=np.float32))
    return index


def _ivf(index: Any, faiss: Any) -> Any:
    """The IVF part of an index (an IVF index itself, or the base of a re-ranking one), or None."""
    if isinstance(index, (faiss.IndexFlat, faiss.IndexHNSW)):
        return None
    return faiss.try_extract_index_ivf(index)


def kind_of(index: Any, faiss: Any = None) -> str:
    faiss = faiss or _faiss()
    if isinstance(index, faiss.IndexHNSW):
        return "hnsw"
    if isinstance(index, faiss.IndexRefine):
        return "ivfpq"
    return "ivf" if isinstance(index, faiss.IndexIVF) else "flat"


def _all_vectors(index: Any, faiss: Any) -> np.ndarray:
    if not index.ntotal:
        return np.zeros((0, index.d), np.float32)
    if isinstance(index, faiss.IndexIVF):
        index.make_direct_map()
    return index.reconstruct_n(0, index.ntotal)  # a re-ranking index gives its exact vectors


def extend(index: Any, vectors: np.ndarray, ivf_threshold: int, faiss: Any = None) -> Any:
    """``index`` with ``vectors`` appended (ids continue in order). It is rebuilt when the plan
    for the new size is of another kind: an exact index that outgrows the threshold, or an IVF
    index of the plan before 2026-12 (HNSW takes new vectors as they come: no training, no
    re-clustering). An index is never turned back into an exact one on its own."""
    faiss = faiss or _faiss()
    if index is None:
        return new_index(vectors.shape[1], vectors, ivf_threshold, faiss)
    target = plan(index.ntotal + len(vectors), ivf_threshold)
    kind = kind_of(index, faiss)
    if target.kind != "flat" and target.kind != kind:
        return build(target, index.d, np.vstack([_all_vectors(index, faiss), vectors]), faiss)
    ivf = _ivf(index, faiss)
    if ivf is not None and target.kind == kind and target.nlist >= REBUILD_GROWTH * ivf.nlist:
        return build(target, index.d, np.vstack([_all_vectors(index, faiss), vectors]), faiss)
    if len(vectors):
        index.add(np.ascontiguousarray(vectors, dtype=np.float32))
    return index


def to_device(index: Any, want_gpu: bool, faiss: Any = None) -> Any:
    """The index on GPU 0 when asked for and possible (faiss-gpu and a CUDA device), else as is."""
    faiss = faiss or _faiss()
    if not want_gpu or not hasattr(faiss, "StandardGpuResources") or faiss.get_num_gpus() < 1:
        return index
    if isinstance(index, (faiss.IndexHNSW, faiss.IndexRefine)):
        # faiss-gpu clones neither HNSW nor fast-scan PQ: these search on the host (about a
        # millisecond at 1M chunks); exact and IVF-flat indexes move to the GPU.
        return index
    resources = faiss.StandardGpuResources()
    gpu = faiss.index_cpu_to_gpu(resources, 0, index)
    gpu.workbench_resources = resources  # keep the resources alive as long as the index
    return gpu


def to_host(index: Any, faiss: Any = None) -> Any:
    faiss = faiss or _faiss()
    if hasattr(faiss, "index_gpu_to_cpu") and type(index).__name__.startswith("Gpu"):
        return faiss.index_gpu_to_cpu(index)
    return index


class _SealingWriter:
    def __init__(self, sealer: Sealer, label: bytes) -> None:
        self.sealer, self.label = sealer, label
        self.pending = bytearray()
        self.blocks: list[bytes] = []

    def __call__(self, data: bytes) -> int:
        self.pending += data
        while len(self.pending) >= BLOCK:
            self._seal(bytes(self.pending[:BLOCK]), last=False)
            del self.pending[:BLOCK]
        return len(data)

    def _seal(self, data: bytes, last: bool) -> None:
        blob = self.sealer.seal(data, _aad(self.label, len(self.blocks), last))
        self.blocks.append(_LEN.pack(len(blob)) + blob)

    def finish(self) -> list[bytes]:
        self._seal(bytes(self.pending), last=True)
        self.pending.clear()
        return self.blocks


def _aad(label: bytes, number: int, last: bool) -> bytes:
    return b"index:" + label + struct.pack("<Q?", number, last)


def write_encrypted(index: Any, path: Path, sealer: Sealer, label: bytes, faiss: Any = None) -> None:
    faiss = faiss or _faiss()
    writer = _SealingWriter(sealer, label)
    faiss.write_index(to_host(index, faiss), faiss.PyCallbackIOWriter(writer, BLOCK))
    write_atomic(path, writer.finish())


def _bytes_allocator() -> Any:
    """``size -> (bytes, writable view of its buffer)``: a new, unshared bytes object that a block
    is decrypted straight into (what ``PyBytes_FromStringAndSize(NULL, n)`` is for in C), so the
    bytes faiss's reader callback must return cost no extra copy. None off CPython."""
    try:
        import ctypes

        api = ctypes.pythonapi
        new, as_string = api.PyBytes_FromStringAndSize, api.PyBytes_AsString
        new.restype, new.argtypes = ctypes.py_object, (ctypes.c_void_p, ctypes.c_ssize_t)
        as_string.restype, as_string.argtypes = ctypes.c_void_p, (ctypes.py_object,)
    except (ImportError, AttributeError):  # pragma: no cover - not CPython
        return None

    def fresh(size: int) -> tuple[bytes, memoryview]:
        out = new(None, size)
        return out, memoryview((ctypes.c_char * size).from_address(as_string(out))).cast("B")

    return fresh


_fresh_bytes = _bytes_allocator()


class _OpeningReader:
    """faiss's read callback over the mapped file: opens one sealed block at a time. A request
    that covers a whole block gets it decrypted straight into the returned bytes; smaller reads
    (headers, the ends of arrays) are served from one reused buffer."""

    def __init__(self, data: memoryview, sealer: Sealer, label: bytes, what: str) -> None:
        self.data, self.sealer, self.label, self.what = data, sealer, label, what
        self.offset = 0
        self._plain = bytearray(BLOCK)
        self.block = memoryview(self._plain)[:0]
        self.pos = 0
        self.number = 0
        self.last = False

    def _sealed(self) -> memoryview:
        if self.offset + 4 > len(self.data):
            raise IntegrityError(f"{self.what} is truncated; restore it from a backup or re-create the corpus.")
        (size,) = _LEN.unpack_from(self.data, self.offset)
        if size > BLOCK + OVERHEAD or size < OVERHEAD:
            raise IntegrityError(f"{self.what} is damaged; restore it from a backup.")
        start, self.offset = self.offset + 4, self.offset + 4 + size
        if self.offset > len(self.data):
            raise IntegrityError(f"{self.what} is truncated; restore it from a backup.")
        return self.data[start : self.offset]

    def _open(self, blob: memoryview, out: memoryview) -> int:
        try:
            n = self.sealer.open_into(blob, _aad(self.label, self.number, False), out, what=self.what)
        except IntegrityError:
            n = self.sealer.open_into(blob, _aad(self.label, self.number, True), out, what=self.what)
            self.last = True
        self.number += 1
        return n

    def _next_block(self) -> None:
        with self._sealed() as blob:
            n = self._open(blob, memoryview(self._plain))
        self.block = memoryview(self._plain)[:n]
        self.pos = 0

    def __call__(self, n: int) -> bytes:
        if self.pos >= len(self.block):
            if self.last:
                return b""
            if _fresh_bytes is not None and self.offset + 4 <= len(self.data):
                size = _LEN.unpack_from(self.data, self.offset)[0] - OVERHEAD
                if 0 < size <= n:
                    out, view = _fresh_bytes(size)
                    with self._sealed() as blob, view:
                        self._open(blob, view)
                    self.block = memoryview(self._plain)[:0]
                    return out
            self._next_block()
        out = bytes(self.block[self.pos : self.pos + n])
        self.pos += len(out)
        return out


def read_encrypted(path: Path, sealer: Sealer, label: bytes, faiss: Any = None) -> Any:
    faiss = faiss or _faiss()
    what = f"The index file {path.name}"
    with path.open("rb", buffering=0) as fh:
        if os.fstat(fh.fileno()).st_size < 4:
            raise IntegrityError(f"{what} is truncated; restore it from a backup or re-create the corpus.")
        with mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as mapped:
            data = memoryview(mapped)
            try:
                return _read_mapped(data, sealer, label, what, faiss)
            finally:
                data.release()


def _read_mapped(data: memoryview, sealer: Sealer, label: bytes, what: str, faiss: Any) -> Any:
    reader = _OpeningReader(data, sealer, label, what)
    try:
        index = faiss.read_index(faiss.PyCallbackIOReader(reader, READ_CALL))
    except IntegrityError:
        raise
    except RuntimeError as exc:  # faiss could not parse what authenticated: a bug or a cut file
        raise IntegrityError(f"{what} could not be read as a FAISS index; restore it from a backup.") from exc
    if not reader.last and reader.pos >= len(reader.block):
        reader._next_block()  # the final block may be empty and never asked for
    if not reader.last or reader.pos < len(reader.block) or reader.offset != len(data):
        raise IntegrityError(f"{what} has trailing or missing blocks; restore it from a backup.")
    return index


def search(index: Any, vectors: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    if index is None or index.ntotal == 0:
        return np.zeros((len(vectors), 0), np.float32), np.zeros((len(vectors), 0), np.int64)
    k = min(k, index.ntotal)
    if k < 1:
        raise CorpusError("k must be at least 1.")
    queries = np.ascontiguousarray(vectors, dtype=np.float32)
    faiss = _faiss()
    if len(queries) > FEW_QUERIES or not hasattr(faiss, "omp_set_num_threads"):
        return index.search(queries, k)
    # A few queries run on this thread alone: OpenMP's team barrier costs more than it saves
    # for one query, and on a busy host (many kernels) its spinning threads make a 2 ms search
    # take 40 ms. omp_set_num_threads sets this thread's value only.
    before = faiss.omp_get_max_threads()
    faiss.omp_set_num_threads(1)
    try:
        return index.search(queries, k)
    finally:
        faiss.omp_set_num_threads(before)


def describe(index: Any) -> str:
    if index is None:
        return "empty"
    name = type(index).__name__
    faiss = _faiss()
    if isinstance(index, faiss.IndexHNSW):
        return f"{name}(M={index.hnsw.nb_neighbors(1)}, efSearch={index.hnsw.efSearch})"
    if isinstance(index, faiss.IndexRefine):
        base = faiss.downcast_index(index.base_index)
        pq = f", pq={base.pq.M}x{base.pq.nbits}" if hasattr(base, "pq") else ""
        return (f"{name}({type(base).__name__}(nlist={base.nlist}, nprobe={base.nprobe}{pq}), "
                f"k_factor={index.k_factor:g})")
    return f"{name}(nlist={index.nlist}, nprobe={index.nprobe})" if hasattr(index, "nlist") else name
