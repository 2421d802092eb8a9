"""Keep a reasoning model's thinking apart from its answer.

DeepSeek-R1 writes ``<think>…</think>`` before the answer. vLLM (with ``--reasoning-parser
deepseek_r1``) returns it in a separate ``reasoning_content`` field; llama.cpp returns it inline,
so we parse it here, streaming included (a tag may be split across chunks). R1 chat templates put
the opening ``<think>`` in the prompt, so for those models the output may start inside the
thinking block with only a closing tag: ``starts_open=True`` handles that.
"""

from __future__ import annotations

from typing import Iterator

OPEN, CLOSE = "<think>", "</think>"


class ThinkSplitter:
    """Feed text chunks; get ``(kind, text)`` pairs with kind "reasoning" or "text"."""

    def __init__(self, *, starts_open: bool = False) -> None:
        self._in_think = False
        self._start = True  # nothing but whitespace seen yet
        self._starts_open = starts_open
        self._pending = ""  # a possible partial tag held back
        self._undecided = starts_open  # R1: text before a close tag is reasoning, if one comes
        self._after_close = False  # drop the newlines between </think> and the answer

    def feed(self, chunk: str) -> Iterator[tuple[str, str]]:
        text = self._pending + chunk
        self._pending = ""
        while text:
            if self._after_close:
                text = text.lstrip("\n")
                if not text:
                    return
                self._after_close = False
            if self._start:
                stripped = text.lstrip()
                if not stripped:
                    self._pending = text
                    return
                if OPEN.startswith(stripped[: len(OPEN)]) and len(stripped) < len(OPEN):
                    self._pending = text
                    return
                self._start = False
                if stripped.startswith(OPEN):
                    self._in_think, self._undecided = True, False
                    text = stripped[len(OPEN) :]
                    continue
                if self._undecided:
                    self._in_think = True
            tag = CLOSE if self._in_think else OPEN
            idx = text.find(tag)
            if idx >= 0:
                before, text = text[:idx], text[idx + len(tag) :]
                if before:
                    yield self._kind(), before
                if self._in_think:
                    self._in_think, self._undecided = False, False
                    self._after_close = True
                elif not self._starts_open:
                    self._in_think = True
                else:  # an open tag mid-answer of an R1 model: keep it as text
                    yield "text", tag
                continue
            keep = _partial_suffix(text, tag)
            emit, self._pending = text[: len(text) - keep], text[len(text) - keep :]
            if emit:
                if self._undecided:  # still unsure: hold everything until a close tag or the end
                    self._pending = emit + self._pending
                    return
                yield self._kind(), emit
            return

    def flush(self) -> Iterator[tuple[str, str]]:
        rest, self._pending = self._pending, ""
        if not rest:
            return
        if self._undecided:  # no close tag ever came: it was all answer
            yield "text", rest
        else:
            yield self._kind(), rest

    def _kind(self) -> str:
        return "reasoning" if self._in_think else "text"


def _partial_suffix(text: str, tag: str) -> int:
    """Length of the longest suffix of ``text`` that is a proper prefix of ``tag``."""
    for n in range(min(len(tag) - 1, len(text)), 0, -1):
        if tag.startswith(text[-n:]):
            return n
    return 0


def split_reasoning(text: str, *, starts_open: bool = False) -> tuple[str, str | None]:
    """Split a whole output into (answer, reasoning or None)."""
    splitter = ThinkSplitter(starts_open=starts_open)
    parts = list(splitter.feed(text)) + list(splitter.flush())
    answer = "".join(t for k, t in parts if k == "text")
    reasoning = "".join(t for k, t in parts if k == "reasoning")
    return answer, (reasoning or None)
