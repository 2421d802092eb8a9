"""The FAISS index: exact (inner product on normalised vectors) for small corpora, IVF beyond
``[corpus] ivf_threshold`` chunks; on a GPU when faiss-gpu and CUDA are present.

The index is serialised through faiss's callback writer into blocks of :data:`BLOCK` bytes, each
sealed with AES-256-GCM on its own (associated data: file label, block number, last-block flag,
so blocks cannot be reordered, dropped or cut off), and read back through the callback reader
the same way. No pickle, and no plaintext byte reaches the disk.
"""

from __future__ import annotations

import math
import struct
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import CorpusError, IntegrityError
from ._crypto import OVERHEAD, Sealer
from ._store import write_atomic

BLOCK = 8 << 20
READ_CALL = 1 << 20  # bytes handed to faiss per reader call
_LEN = struct.Struct("<I")


def _faiss() -> Any:
    import faiss

    return faiss


def new_index(dim: int, vectors: np.ndarray, ivf_threshold: int, faiss: Any = None) -> Any:
    """An empty-or-filled index fit for ``len(vectors)`` chunks."""
    faiss = faiss or _faiss()
    n = len(vectors)
    if n < ivf_threshold:
        index = faiss.IndexFlatIP(dim)
    else:
        nlist = max(1, int(4 * math.sqrt(n)))
        quantizer = faiss.IndexFlatIP(dim)
        index = faiss.IndexIVFFlat(quantizer, dim, nlist, faiss.METRIC_INNER_PRODUCT)
        sample = vectors if n <= 64 * nlist else vectors[np.random.default_rng(0).choice(n, 64 * nlist, replace=False)]
        index.train(np.ascontiguousarray(sample, dtype=np.float32))
        index.nprobe = min(nlist, 32)
    if n:
        index.add(np.ascontiguousarray(vectors, dtype=np.float32))
    return index


def extend(index: Any, vectors: np.ndarray, ivf_threshold: int, faiss: Any = None) -> Any:
    """``index`` with ``vectors`` appended; an exact index that outgrows the threshold becomes IVF."""
    faiss = faiss or _faiss()
    if index is None:
        return new_index(vectors.shape[1], vectors, ivf_threshold, faiss)
    if isinstance(index, faiss.IndexFlat) and index.ntotal + len(vectors) >= ivf_threshold:
        old = index.reconstruct_n(0, index.ntotal) if index.ntotal else np.zeros((0, index.d), np.float32)
        return new_index(index.d, np.vstack([old, vectors]), ivf_threshold, faiss)
    if len(vectors):
        index.add(np.ascontiguousarray(vectors, dtype=np.float32))
    return index


def to_device(index: Any, want_gpu: bool, faiss: Any = None) -> Any:
    """The index on GPU 0 when asked for and possible (faiss-gpu and a CUDA device), else as is."""
    faiss = faiss or _faiss()
    if not want_gpu or not hasattr(faiss, "StandardGpuResources") or faiss.get_num_gpus() < 1:
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


class _OpeningReader:
    """faiss's read callback: opens one sealed block at a time into reused buffers."""

    def __init__(self, fh: Any, sealer: Sealer, label: bytes, what: str) -> None:
        self.fh, self.sealer, self.label, self.what = fh, sealer, label, what
        self._sealed = bytearray(BLOCK + OVERHEAD)
        self._plain = bytearray(BLOCK)
        self.block = memoryview(self._plain)[:0]
        self.pos = 0
        self.number = 0
        self.last = False

    def _next_block(self) -> None:
        head = self.fh.read(4)
        if len(head) < 4:
            raise IntegrityError(f"{self.what} is truncated; restore it from a backup or re-create the corpus.")
        (size,) = _LEN.unpack(head)
        if size > len(self._sealed):
            raise IntegrityError(f"{self.what} is damaged; restore it from a backup.")
        blob = memoryview(self._sealed)[:size]
        if self.fh.readinto(blob) != size:
            raise IntegrityError(f"{self.what} is truncated; restore it from a backup.")
        out = memoryview(self._plain)
        try:
            n = self.sealer.open_into(blob, _aad(self.label, self.number, False), out, what=self.what)
        except IntegrityError:
            n = self.sealer.open_into(blob, _aad(self.label, self.number, True), out, what=self.what)
            self.last = True
        self.block = out[:n]
        self.pos = 0
        self.number += 1

    def __call__(self, n: int) -> bytes:
        if self.pos >= len(self.block):
            if self.last:
                return b""
            self._next_block()
        out = bytes(self.block[self.pos : self.pos + n])
        self.pos += len(out)
        return out


def read_encrypted(path: Path, sealer: Sealer, label: bytes, faiss: Any = None) -> Any:
    faiss = faiss or _faiss()
    what = f"The index file {path.name}"
    with path.open("rb", buffering=0) as fh:
        reader = _OpeningReader(fh, sealer, label, what)
        try:
            index = faiss.read_index(faiss.PyCallbackIOReader(reader, READ_CALL))
        except IntegrityError:
            raise
        except RuntimeError as exc:  # faiss could not parse what authenticated: a bug or a cut file
            raise IntegrityError(f"{what} could not be read as a FAISS index; restore it from a backup.") from exc
        if not reader.last and reader.pos >= len(reader.block):
            reader._next_block()  # the final block may be empty and never asked for
        if not reader.last or reader.pos < len(reader.block) or fh.read(1):
            raise IntegrityError(f"{what} has trailing or missing blocks; restore it from a backup.")
    return index


def search(index: Any, vectors: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    if index is None or index.ntotal == 0:
        return np.zeros((len(vectors), 0), np.float32), np.zeros((len(vectors), 0), np.int64)
    k = min(k, index.ntotal)
    if k < 1:
        raise CorpusError("k must be at least 1.")
    return index.search(np.ascontiguousarray(vectors, dtype=np.float32), k)


def describe(index: Any) -> str:
    if index is None:
        return "empty"
    name = type(index).__name__
    return f"{name}(nlist={index.nlist}, nprobe={index.nprobe})" if hasattr(index, "nlist") else name
