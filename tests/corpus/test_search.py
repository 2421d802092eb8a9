"""Search: the right document first, hit fields, and only the k hits decrypted."""

from __future__ import annotations

import pytest

from workbench.corpus import Corpora, Hit
from workbench.corpus._crypto import Sealer
from workbench.errors import CorpusNotFound, EmbeddingMismatch

from .conftest import settings_for


@pytest.mark.parametrize("query, source", [
    ("How many weeks of maternity or paternity leave do I get?", "leave.md"),
    ("What is the deadline for submitting receipts for reimbursement?", "expenses.txt"),
    ("I lost my notebook computer, who do I tell?", "security.html"),
    ("What were third quarter sales in Europe?", "revenue.csv"),
])
def test_the_right_document_comes_first(shared, query: str, source: str) -> None:
    _, corpora = shared
    hits = corpora.search("handbook", query, k=3, user="owner")
    assert hits[0].source.endswith(source)
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)


def test_hits_carry_text_source_offsets_and_stable_ids(shared) -> None:
    home, corpora = shared
    hit = corpora.get("handbook").search("hotel cost cap", k=1)[0]
    assert isinstance(hit, Hit) and "zebra-lantern" in hit.text
    assert hit.page is None and 0 <= hit.start < hit.end and isinstance(hit.score, float)
    original = open(hit.source).read()
    assert hit.text == original[hit.start:hit.end].strip()
    again = Corpora.open(settings_for(home, user="owner")).search("handbook", "hotel cost cap", k=1)[0]
    assert again.chunk_id == hit.chunk_id and len(hit.chunk_id) == 32
    assert "zebra" not in repr(hit)  # reprs show ids and sources, not content


def test_only_the_returned_chunks_are_decrypted(shared, monkeypatch: pytest.MonkeyPatch) -> None:
    home, _ = shared
    corpora = Corpora.open(settings_for(home, user="owner"))
    corpus = corpora.get("handbook")
    corpus.search("warm up: loads and decrypts the index once", k=1)
    opened: list[bytes] = []
    real = Sealer.open
    monkeypatch.setattr(Sealer, "open", lambda self, blob, aad, what: opened.append(aad) or real(self, blob, aad, what=what))
    assert len(corpus.search("laptop", k=2)) == 2
    assert len(opened) == 2 and all(b"/seg-" in aad for aad in opened)


def test_k_larger_than_the_corpus_returns_everything(shared) -> None:
    _, corpora = shared
    n = corpora.get("handbook").info()["chunks"]
    assert len(corpora.search("handbook", "anything", k=n + 10, user="owner")) == n


def test_unknown_corpus_names_the_known_ones(shared) -> None:
    _, corpora = shared
    with pytest.raises(CorpusNotFound, match="handbook"):
        corpora.search("nope", "x")


def test_an_index_built_with_another_model_is_refused(shared, monkeypatch: pytest.MonkeyPatch) -> None:
    home, _ = shared
    corpora = Corpora.open(settings_for(home, user="owner"))
    from workbench.corpus import _embed

    real = _embed.get_embedder("minilm")

    class Other:
        model_id, dim, max_tokens = "other:model", 384, 256
        embed, token_offsets = real.embed, real.token_offsets

    monkeypatch.setitem(_embed._cache, "minilm", Other())
    with pytest.raises(EmbeddingMismatch, match="minilm"):
        corpora.search("handbook", "leave")


def test_segment_files_stay_open_between_searches_and_follow_new_adds(fresh) -> None:
    _, corpora = fresh
    corpus = corpora.get("c")
    corpus.add(["The first document is about lighthouses and their keepers."], progress=False)
    corpus.search("lighthouse", k=1)
    opened = corpus._segments
    assert corpus.search("lighthouse", k=1)[0].text.startswith("The first") and corpus._segments is opened
    corpus.add(["A second document, about windmills and millers."], progress=False)
    assert corpus.search("windmill miller", k=2)[0].text.startswith("A second")
    assert corpus._segments is not opened and len(corpus._segments.fds) == 2  # both segments, new generation
