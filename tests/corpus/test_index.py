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


@pytest.mark.parametrize("n, threshold, kind", [(500, 1000, "IndexFlatIP"), (3000, 1000, "IndexHNSWFlat")])
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


def test_an_exact_index_becomes_hnsw_when_it_outgrows_the_threshold() -> None:
    x = _vectors(1600)
    index = _index.extend(None, x[:100], 1000)
    assert type(index).__name__ == "IndexFlatIP"
    index = _index.extend(index, x[100:], 1000)
    assert type(index).__name__ == "IndexHNSWFlat" and index.ntotal == 1600
    assert index.hnsw.efSearch == _index.HNSW_EF_SEARCH
    _, ids = _index.search(index, x[[0, 99, 100, 1599]], 1)  # ids are still the rows, in order
    assert ids[:, 0].tolist() == [0, 99, 100, 1599]
    more = _index.extend(index, _vectors(50) * -1, 1000)  # HNSW takes new vectors as they come
    assert more is index and more.ntotal == 1650


def test_an_ivf_index_of_the_old_plan_still_searches_and_is_rebuilt_on_the_next_add(tmp_path: Path) -> None:
    import faiss

    x = _vectors(3000)
    old = faiss.IndexIVFFlat(faiss.IndexFlatIP(32), 32, 32, faiss.METRIC_INNER_PRODUCT)  # the plan before 2026-12
    old.train(x)
    old.add(x)
    old.nprobe = 16
    sealer = Sealer(b"k" * 32)
    _index.write_encrypted(old, tmp_path / "old.enc", sealer, b"t")
    back = _index.read_encrypted(tmp_path / "old.enc", sealer, b"t")
    assert _index.describe(back) == "IndexIVFFlat(nlist=32, nprobe=16)"
    assert _index.search(back, x[:3], 1)[1][:, 0].tolist() == [0, 1, 2]
    new = _index.extend(back, x[:10] * -1, 1000)
    assert type(new).__name__ == "IndexHNSWFlat" and new.ntotal == 3010
    assert _index.search(new, x[[5, 2999]], 1)[1][:, 0].tolist() == [5, 2999]


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


def test_the_plan_is_exact_below_the_threshold_and_hnsw_beyond() -> None:
    assert _index.plan(49_999, 50_000) == _index.Plan("flat")
    for n in (50_000, 1_000_000):
        assert _index.plan(n, 50_000) == _index.Plan("hnsw", m=_index.HNSW_M, ef_search=_index.HNSW_EF_SEARCH)


def test_ivf_plans_are_sized_by_n() -> None:
    small, big = _index.ivf_plan(50_000), _index.ivf_plan(1_000_000, "ivfpq")
    for p, n in ((small, 50_000), (big, 1_000_000)):
        assert p.nlist & (p.nlist - 1) == 0  # a power of two
        assert n / p.nlist / 2 <= _index.LIST_SIZE <= n / p.nlist * 2  # lists of about LIST_SIZE
        assert p.nprobe == max(_index.MIN_NPROBE, math.ceil(_index.PROBE_FRACTION * p.nlist))
    assert big.nlist == 2048 and big.kind == "ivfpq"


@pytest.mark.parametrize("kind", ["ivf", "ivfpq"])
def test_ivf_indexes_round_trip_and_are_reclustered_when_they_outgrow_their_lists(tmp_path: Path, monkeypatch,
                                                                                   kind) -> None:
    monkeypatch.setattr(_index, "LIST_SIZE", 16)
    monkeypatch.setattr(_index, "plan", lambda n, threshold: _index.ivf_plan(n, kind) if n >= threshold else
                        _index.Plan("flat"))
    x = _vectors(6000)
    index = _index.extend(None, x[:400], 100)
    assert _index.kind_of(index) == kind and _index._ivf(index, _index._faiss()).nlist == 32
    sealer = Sealer(b"k" * 32)
    _index.write_encrypted(index, tmp_path / "i.enc", sealer, b"t")
    back = _index.read_encrypted(tmp_path / "i.enc", sealer, b"t")
    assert _index.describe(back) == _index.describe(index)
    same = _index.extend(back, x[400:800], 100)  # 800 / 16 = 50 lists: not 4x yet
    assert same is back and same.ntotal == 800
    grown = _index.extend(same, x[800:], 100)  # 6000 / 16 = 375 -> 512 lists, 16x as many
    ivf = _index._ivf(grown, _index._faiss())
    assert ivf.nlist == 512 and grown.ntotal == 6000
    ivf.nprobe = ivf.nlist  # exhaustive: ids must still be the rows, in order
    _, ids = grown.search(x[[0, 450, 5999]], 1)
    assert ids[:, 0].tolist() == [0, 450, 5999]


def test_single_queries_give_the_same_results_as_a_batch() -> None:
    x = _vectors(3000)
    index = _index.build(_index.ivf_plan(3000), 32, x)
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


def test_a_corpus_whose_index_the_old_plan_built_still_opens_searches_and_grows(tmp_path: Path, monkeypatch) -> None:
    home = tmp_path / "home"
    old_plan = lambda n, threshold: _index.Plan("flat") if n < threshold else _index.Plan("ivf", 16, 16)  # noqa: E731
    monkeypatch.setattr(_index, "plan", old_plan)
    corpora = Corpora.open(settings_for(home, user="alice", **{"corpus.ivf_threshold": 2}))
    texts = [f"Note {i}: the {word} committee meets on day {i}." for i, word in
             enumerate(["lighthouse", "windmill", "harbour", "orchard", "glacier", "vineyard"] * 3)]
    corpora.get("c").add(texts, progress=False)
    assert corpora.get("c").info()["index"] == "IndexIVFFlat(nlist=16, nprobe=16)"
    monkeypatch.undo()
    reopened = Corpora.open(settings_for(home, user="alice", **{"corpus.ivf_threshold": 2}))
    corpus = reopened.get("c")
    assert "glacier" in corpus.search("glacier committee", k=1)[0].text  # the old index, as written
    corpus.add(["A final note about the observatory."], progress=False)
    assert corpus.info()["index"].startswith("IndexHNSWFlat") and corpus.info()["chunks"] == len(texts) + 1
    assert "observatory" in corpus.search("observatory", k=1)[0].text
