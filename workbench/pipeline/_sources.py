"""How retrieved passages are laid out in the prompt, numbered so the answer can cite them."""

from __future__ import annotations

import re
from typing import Any

SOURCES_PREAMBLE = (
    "Answer the question from the numbered sources below and cite them like [1]. "
    "If the sources do not hold the answer, say so."
)


def where(hit: Any) -> str:
    return hit.source + (f", page {hit.page}" if hit.page else "")


def numbered(n: int, label: str, text: str) -> str:
    return f"[{n}] ({label})\n{text.strip()}"


def sources_block(hits: list[Any]) -> str:
    """The retrieved chunks, numbered so the answer can cite them."""
    return "\n\n".join(numbered(n, where(hit), hit.text) for n, hit in enumerate(hits, 1))


def with_sources(block: str, question: str, preamble: str = SOURCES_PREAMBLE) -> str:
    """The user turn of a RAG call: instructions, the numbered sources, then the question."""
    return f"{preamble}\n\n{block}\n\nQuestion: {question}"


def source_entry(n: int, hit: Any) -> dict[str, Any]:
    return {"n": n, "source": hit.source, "page": hit.page, "chunk_id": hit.chunk_id,
            "score": round(float(hit.score), 4)}


_CITATION = re.compile(r"\[(\d{1,3})\]")


def check_citations(text: str, sources: list[dict[str, Any]]) -> dict[str, list[int]]:
    """The ``[n]`` citations in an answer: those that name a source given, and those that do not."""
    given = {int(s["n"]) for s in sources}
    cited = sorted({int(m.group(1)) for m in _CITATION.finditer(text or "")})
    return {"valid": [n for n in cited if n in given], "invalid": [n for n in cited if n not in given]}
