"""The FAISS index: encrypted round trips (exact and IVF), GPU by contract, atomic commits."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from workbench.corpus import Corpora, _index
from workbench.corpus._crypto import Sealer
from workbench.errors import IntegrityError

from .conftest import settings_for


def _vectors(n: int, d: int = 32) -> np.ndarray:
    x = np.random.default_rng(1).standard_normal((n, d)).astype(np.float32)
    return x / np.linalg.norm(x, axis=1, keepdims=True)


@pytest.mark.parametrize("n, threshold, kind", [(500, 1000, "IndexFlatIP"), (3000, 1000, "IndexIVFFlat")])
def test_encrypted_round_trip_gives_the_same_results(tmp_path: Path, monkeypatch, n, threshold, kind) -> None:
    monkeypatch.setattr(_index, "BLOCK", 4096)  # many blocks
    x = _vectors(n)
    index = _index.new_index(32, x, threshold)
    assert type(index).__name__ == kind
    sealer = Sealer(b"k" * 32)
    _index.write_encrypted(index, tmp_path / "i.enc", sealer, b"t")
    back = _index.read_encrypted(tmp_path / "i.enc", sealer, b"t")
    q = x[:5]
    assert np.array_equal(index.search(q, 3)[1], back.search(q, 3)[1])
    assert (tmp_path / "i.enc").read_bytes().count(x[0].tobytes()[:16]) == 0


def test_reordered_or_cut_blocks_are_integrity_errors(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(_index, "BLOCK", 4096)
    sealer = Sealer(b"k" * 32)
    _index.write_encrypted(_index.new_index(32, _vectors(200), 10**6), tmp_path / "i.enc", sealer, b"t")
    data = (tmp_path / "i.enc").read_bytes()
    first = 4 + int.from_bytes(data[:4], "little")
    second = first + 4 + int.from_bytes(data[first:first + 4], "little")
    (tmp_path / "cut.enc").write_bytes(data[:second])
    (tmp_path / "swap.enc").write_bytes(data[first:second] + data[:first] + data[second:])
    for name in ("cut.enc", "swap.enc"):
        with pytest.raises(IntegrityError):
            _index.read_encrypted(tmp_path / name, sealer, b"t")
    with pytest.raises(IntegrityError):  # a valid file under another label (another corpus/file)
        _index.read_encrypted(tmp_path / "i.enc", sealer, b"other")


def test_an_exact_index_becomes_ivf_when_it_outgrows_the_threshold() -> None:
    index = _index.extend(None, _vectors(100), 1000)
    assert type(index).__name__ == "IndexFlatIP"
    index = _index.extend(index, _vectors(1500), 1000)
    assert type(index).__name__ == "IndexIVFFlat" and index.ntotal == 1600


class FakeGpuFaiss:
    """faiss-gpu's contract as the corpus part uses it (no GPU on this machine)."""

    def __init__(self, gpus: int) -> None:
        import faiss

        self.real, self.gpus, self.calls = faiss, gpus, []
        self.IndexFlat = faiss.IndexFlat

    def get_num_gpus(self) -> int:
        return self.gpus

    def StandardGpuResources(self):
        self.calls.append("resources")
        return object()

    def index_cpu_to_gpu(self, resources, device, index):
        self.calls.append(("to_gpu", device))
        return type("GpuIndexFlatIP", (), {"cpu": index, "ntotal": index.ntotal})()

    def index_gpu_to_cpu(self, index):
        self.calls.append("to_cpu")
        return index.cpu

    def __getattr__(self, name):
        return getattr(self.real, name)


def test_gpu_is_used_when_faiss_gpu_and_cuda_are_present(tmp_path: Path) -> None:
    fake = FakeGpuFaiss(gpus=1)
    cpu = _index.new_index(32, _vectors(50), 1000)
    gpu = _index.to_device(cpu, True, fake)
    assert type(gpu).__name__ == "GpuIndexFlatIP" and fake.calls == ["resources", ("to_gpu", 0)]
    _index.write_encrypted(gpu, tmp_path / "g.enc", Sealer(b"k" * 32), b"t", fake)  # serialised from host
    assert fake.calls[-1] == "to_cpu"
    assert _index.read_encrypted(tmp_path / "g.enc", Sealer(b"k" * 32), b"t").ntotal == 50


def test_no_gpu_or_gpu_off_keeps_the_index_on_the_host() -> None:
    cpu = _index.new_index(32, _vectors(10), 1000)
    assert _index.to_device(cpu, True, FakeGpuFaiss(gpus=0)) is cpu
    assert _index.to_device(cpu, False, FakeGpuFaiss(gpus=1)) is cpu
    assert _index.to_device(cpu, True) is cpu  # faiss-cpu: no StandardGpuResources


def test_a_crash_before_the_commit_leaves_the_previous_state(fresh, monkeypatch) -> None:
    home, corpora = fresh
    corpus = corpora.get("c")
    corpus.add(["The first document about lighthouses."], progress=False)
    real = corpus._write

    def crash(filename, data):
        if filename == "meta.enc":
            raise KeyboardInterrupt("power cut")
        real(filename, data)

    monkeypatch.setattr(corpus, "_write", crash)
    with pytest.raises(KeyboardInterrupt):
        corpus.add(["A second document about windmills."], progress=False)
    monkeypatch.undo()
    reopened = Corpora.open(settings_for(home, user="alice"))
    assert reopened.get("c").info()["chunks"] == 1
    assert reopened.get("c").add(["A second document about windmills."], progress=False).chunks_added == 1
    assert reopened.search("c", "windmills", k=1)[0].text.startswith("A second")
    assert not list((home / "corpora" / "c").glob(".*.tmp"))
