"""Real text for the search benchmarks: the docstrings of installed PyPI packages, split into
sentences, and their MiniLM embeddings through the corpus embedder (cached on disk, since
embedding ~50k sentences takes minutes on 2 cores).

The packages are split in two by a hash of their names: the *tuning* half chose the index
parameters in workbench/corpus/_index.py (bench/tune_index.py), the *held-out* half is what the
benchmark reports recall on. Neither half was written for this purpose.
"""

from __future__ import annotations

import ast
import functools
import hashlib
import importlib.metadata
import importlib.util
import os
import re
import zlib
from pathlib import Path

import numpy as np

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
_CODEISH = re.compile(r">>>|::|^\s*[-=~]{3,}|\$ |\{\{", re.M)


def _docstrings(root: Path) -> list[str]:
    out: list[str] = []
    for path in sorted(root.rglob("*.py")):
        if {"tests", "test", "testing", "_vendor", "vendor"} & set(path.relative_to(root).parts):
            continue
        try:
            tree = ast.parse(path.read_text(encoding="utf-8", errors="replace"))
        except (SyntaxError, ValueError, OSError):
            continue
        for node in ast.walk(tree):
            if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
                doc = ast.get_docstring(node)
                if doc:
                    out.append(doc)
    return out


def package_sentences(package: str) -> list[str]:
    """Prose sentences (8-40 words, mostly letters) from the docstrings of an installed package."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.origin:
        return []
    out: list[str] = []
    for doc in _docstrings(Path(spec.origin).parent):
        for para in re.split(r"\n\s*\n", doc):
            if _CODEISH.search(para):
                continue
            for sentence in _SENTENCE_END.split(" ".join(para.split())):
                words = sentence.split()
                if 8 <= len(words) <= 40 and sum(c.isalpha() or c == " " for c in sentence) > 0.85 * len(sentence):
                    out.append(sentence)
    return out


def _site_packages() -> list[str]:
    spec = importlib.util.find_spec("numpy")
    site = Path(spec.origin).parent.parent if spec and spec.origin else None
    if site is None:
        return []
    return sorted(p.name for p in site.iterdir() if (p / "__init__.py").exists() and not p.name.startswith("_"))


def split_of(package: str) -> str:
    return "tuning" if zlib.crc32(package.encode()) % 2 == 0 else "held-out"


def sentences(split: str, limit: int | None = None) -> tuple[list[str], list[str]]:
    """(unique sentences of one split in a fixed order, "name==version" of the packages used)."""
    seen: set[str] = set()
    texts: list[str] = []
    used: list[str] = []
    for package in _site_packages():
        if split_of(package) != split:
            continue
        found = [s for s in _cached_sentences(package) if s not in seen]
        if not found:
            continue
        seen.update(found)
        texts.extend(found)
        used.append(f"{package}=={_version(package)}")
    if limit is not None and len(texts) > limit:
        keep = np.sort(np.random.default_rng(7).choice(len(texts), limit, replace=False))
        texts = [texts[i] for i in keep]
    return texts, used


def _cached_sentences(package: str) -> list[str]:
    """:func:`package_sentences`, kept in the cache per package version (parsing every
    installed package takes minutes on 2 cores)."""
    import json

    path = cache_dir() / "sentences" / f"{package}-{_version(package)}.json"
    if path.exists():
        return json.loads(path.read_text(encoding="utf-8"))
    found = package_sentences(package)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    tmp.write_text(json.dumps(found), encoding="utf-8")
    os.replace(tmp, path)
    return found


@functools.lru_cache(maxsize=1)
def _distributions() -> dict[str, list[str]]:
    return dict(importlib.metadata.packages_distributions())


def _version(package: str) -> str:
    dists = _distributions().get(package) or [package]
    try:
        return importlib.metadata.version(dists[0])
    except importlib.metadata.PackageNotFoundError:
        return "0"


def cache_dir() -> Path:
    return Path(os.environ.get("WORKBENCH_BENCH_CACHE") or Path.home() / ".cache" / "workbench-bench")


def embeddings(texts: list[str], model: str = "minilm", piece: int = 2048) -> tuple[np.ndarray, float | None]:
    """The corpus embedder's vectors for ``texts``, from the cache when present (kept in pieces
    of ``piece`` texts, so an interrupted run keeps what it embedded); and the seconds the
    embedding took (None when all came from the cache)."""
    import time

    from ..corpus import get_embedder

    embedder = get_embedder(model)
    out, seconds = [], 0.0
    for start in range(0, len(texts), piece):
        part = texts[start : start + piece]
        digest = hashlib.sha256((embedder.model_id + "\n" + "\n".join(part)).encode()).hexdigest()[:24]
        path = cache_dir() / f"emb-{digest}.npy"
        if path.exists():
            out.append(np.load(path))
            continue
        t0 = time.perf_counter()
        vectors = np.vstack([embedder.embed(part[i : i + 256]) for i in range(0, len(part), 256)]).astype(np.float32)
        seconds += time.perf_counter() - t0
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp.npy")
        np.save(tmp, vectors)
        os.replace(tmp, path)
        out.append(vectors)
    vectors = np.vstack(out) if out else np.zeros((0, embedder.dim), np.float32)
    return vectors, (seconds or None)
