"""The FAISS index: encrypted round trips (exact and IVF), GPU by contract, atomic commits."""

from __future__ import annotations

import math
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


def test_the_plan_is_exact_below_the_threshold_and_ivf_sized_by_n_beyond() -> None:
    assert _index.plan(49_999, 50_000) == _index.Plan("flat")
    small, big = _index.plan(50_000, 50_000), _index.plan(1_000_000, 50_000)
    for p, n in ((small, 50_000), (big, 1_000_000)):
        assert p.kind == "ivf" and p.nlist & (p.nlist - 1) == 0  # a power of two
        assert n / p.nlist / 2 <= _index.LIST_SIZE <= n / p.nlist * 2  # lists of about LIST_SIZE
        assert p.nprobe == max(_index.MIN_NPROBE, math.ceil(_index.PROBE_FRACTION * p.nlist))
    assert big.nlist == 2048 and big.nprobe == 64


def test_an_ivf_index_is_reclustered_when_it_outgrows_its_lists(monkeypatch) -> None:
    monkeypatch.setattr(_index, "LIST_SIZE", 16)
    x = _vectors(6000)
    index = _index.extend(None, x[:400], 100)
    assert type(index).__name__ == "IndexIVFFlat" and index.nlist == 32
    same = _index.extend(index, x[400:800], 100)  # 800 / 16 = 50 lists: not 4x yet
    assert same is index and same.nlist == 32 and same.ntotal == 800
    grown = _index.extend(same, x[800:], 100)  # 6000 / 16 = 375 -> 512 lists, 16x as many
    assert grown.nlist == _index.plan(6000, 100).nlist == 512 and grown.ntotal == 6000
    grown.nprobe = grown.nlist  # exhaustive: ids must still be the rows, in order
    _, ids = grown.search(x[[0, 450, 5999]], 1)
    assert ids[:, 0].tolist() == [0, 450, 5999]


def test_single_queries_give_the_same_results_as_a_batch() -> None:
    x = _vectors(3000)
    index = _index.new_index(32, x, 1000)
    batch = _index.search(index, x[:10], 5)[1]
    single = np.vstack([_index.search(index, x[i : i + 1], 5)[1] for i in range(10)])
    assert np.array_equal(batch, single)


def test_trailing_bytes_after_the_last_block_are_an_integrity_error(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(_index, "BLOCK", 4096)
    sealer = Sealer(b"k" * 32)
    _index.write_encrypted(_index.new_index(32, _vectors(300), 10**6), tmp_path / "i.enc", sealer, b"t")
    data = (tmp_path / "i.enc").read_bytes()
    (tmp_path / "long.enc").write_bytes(data + b"\0" * 40)
    (tmp_path / "short.enc").write_bytes(data[:3])
    for name in ("long.enc", "short.enc"):
        with pytest.raises(IntegrityError):
            _index.read_encrypted(tmp_path / name, sealer, b"t")
    assert _index.read_encrypted(tmp_path / "i.enc", sealer, b"t").ntotal == 300
