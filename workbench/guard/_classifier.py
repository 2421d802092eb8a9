"""A small trained injection classifier: hashed n-gram features, logistic regression, numpy only.

Runs kernel-side on already-normalised text (``_normalize.views``). Weights ship in
``workbench/guard/data/injection_clf.npz`` and are produced offline by
``bench/train_injection.py`` from public data sets installed as packages (docs/guard.md names
them). No torch, no download at run time.

Features (each hashed with CRC-32 into ``2**bits`` buckets): Latin words, word bigrams, word
pairs two and three apart (so "ignore any previous and following instructions" still pairs
"previous" with "instructions"), word prefixes and suffixes, the sentence-initial word (where an imperative aimed at the
assistant sits); for Chinese and Japanese, character unigrams,
bigrams and trigrams of each CJK run (no unigrams); punctuation only inside bigrams and pairs
(chat markup such as ``<|``).
A text is scored in windows of ``WINDOW`` and of 16 tokens (half-overlapping, ``SCALES``) and its
score is the highest window's probability, so one injected sentence in a long document is not
averaged away.

Round five adds two optional feature sets, named in the weights (``meta_features``) so older weights
score as they were trained: ``chars`` — character 4-grams of each Latin word with its boundaries
(``<ignoring>`` shares ``<ign``, ``gnor``, ``nori`` with ``ignore``, ``ignored``, a German
``ignoriere``), and ``length`` — one feature per text-length bucket added to every window, so a short
prompt (a window with few features) gets its own bias instead of the long documents'.

Round twelve: two heads. Weights may carry a second weight vector and bias for retrieved chunks
(``weights_chunk``, ``bias_chunk``): the chunk head is the shared (prompt) weights plus a chunk-only
correction trained jointly with a stronger L2 (feature augmentation by source), so that an order that
is ordinary from a user ("please transfer ...", "summarise the file") can count as evidence inside a
document or a tool's output while the prompt side keeps its own reading. Scoring costs the same: each
source reads one vector. Weights without a chunk head score both sources with the one vector.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable

import numpy as np

from ..errors import ConfigError

WEIGHTS = Path(__file__).with_name("data") / "injection_clf.npz"
WINDOW = 48
STRIDE = 24
#: Window scales (size, stride) a model is trained and scored with: the long window reads an
#: attack in context, the short one keeps a two-sentence injection from being diluted by the
#: document around it. The weights record their scales (``meta_scales``).
SCALES: tuple[tuple[int, int], ...] = ((WINDOW, STRIDE), (16, 8))

_TOKEN = re.compile(r"[a-z0-9][a-z0-9']*|[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]+|[^\sa-z0-9]")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]")
_crc = zlib.crc32
#: Tokens that end a sentence or a clause: the next word is sentence-initial.
_STOPS = frozenset(".!?:;\u3002\uff01\uff1f\uff1a\uff1b>)]}\"'*#-=|")


def tokens(text: str) -> list[str]:
    """Tokens of a normalised text; a CJK run is split into characters."""
    out: list[str] = []
    for tok in _TOKEN.findall(text):
        if _CJK.match(tok):
            out.extend(tok)
        else:
            out.append(tok)
    return out


#: Feature sets beyond round four's words and CJK n-grams (see the module docstring).
FEATURES: frozenset[str] = frozenset({"chars", "length", "content", "stem"})
#: Round six (``content``): words left out of the content-word view, so that "ignore all of the above
#: instructions" still pairs *ignore* with *instructions* (function words only; pronouns stay out too).
_FUNCTION_WORDS = frozenset(
    "a an the any all some every each both either of to in on at for with from by as into onto about over under "
    "and or but nor so than then that this these those there here it its is are was were be been being am do does "
    "did done have has had will would shall should can could may might must please just now also very really "
    "only even still yet again more most such same own my your you me i we us our he she they them their his her "
    "what which who whom whose when where while if".split())
#: A content word pairs with the next two content words no more than this many tokens on.
_CONTENT_REACH = 8
_LENGTH_BUCKETS = (4, 8, 16, 32, 64)
#: Round seven (``stem``): suffixes folded off a Latin word, longest first, so that "ignoring", "ignored",
#: "ignores" and "ignore" share ``st:ignor``, and their bigrams with the next word share one feature too.
_SUFFIXES = ("ations", "ation", "ings", "ing", "ied", "ies", "ed", "es", "ly", "s", "e")


def stem(tok: str) -> str:
    """A crude suffix-stripped form of a Latin word (at least four letters are kept)."""
    for suf in _SUFFIXES:
        if tok.endswith(suf) and len(tok) - len(suf) >= 4:
            return tok[: -len(suf)]
    return tok


def length_feature(n: int, mask: int) -> int:
    """The hashed feature of a text of ``n`` tokens' length bucket (added to each of its windows)."""
    bucket = next((i for i, top in enumerate(_LENGTH_BUCKETS) if n <= top), len(_LENGTH_BUCKETS))
    return _crc(f"len:{bucket}".encode()) & mask


def _content_pairs(toks: list[str]) -> dict[int, list[str]]:
    """The ``content`` features: each content word (a Latin word that is no function word) paired with
    the next content word (``cb:``) and the one after (``cs:``), within ``_CONTENT_REACH`` tokens and
    not across a sentence stop; anchored at the first word's token."""
    out: dict[int, list[str]] = {}
    idx: list[int] = []
    for i, tok in enumerate(toks):
        if tok in _STOPS:
            idx.append(-1)  # a sentence boundary: no pair across it
        elif tok[0].isalpha() and not _CJK.match(tok) and tok not in _FUNCTION_WORDS:
            idx.append(i)
    for k, i in enumerate(idx):
        if i < 0:
            continue
        here = []
        for tag, j in (("cb:", k + 1), ("cs:", k + 2)):
            if j < len(idx) and idx[j] >= 0 and all(x >= 0 for x in idx[k + 1:j]) and idx[j] - i <= _CONTENT_REACH:
                here.append(tag + toks[i] + " " + toks[idx[j]])
        if here:
            out[i] = here
    return out


def token_features(toks: list[str], mask: int, chars: bool = False, content: bool = False,
                   stems: bool = False) -> list[list[int]]:
    """For each token, the hashed features anchored at it (used by training and scoring).
    ``chars``: also the word's character 4-grams (with ``<`` and ``>`` at its ends). ``content``: also
    content-word pairs with the function words left out (``_content_pairs``). ``stems``: also the word's
    suffix-stripped form and the stems' bigram with the next word (``stem``)."""
    feats: list[list[int]] = []
    n = len(toks)
    pairs = _content_pairs(toks) if content else {}
    folded = [stem(t) if t[0].isalpha() and t.isascii() else t for t in toks] if stems else toks
    for i, tok in enumerate(toks):
        cjk = len(tok) == 1 and _CJK.match(tok) is not None
        if cjk:  # no unigrams: single kana and common kanji are everywhere
            here = []
            if i + 1 < n and len(toks[i + 1]) == 1:
                here.append("c2:" + tok + toks[i + 1])
                if i + 2 < n and len(toks[i + 2]) == 1:
                    here.append("c3:" + tok + toks[i + 1] + toks[i + 2])
        else:
            here = ["w:" + tok] if tok[0].isalnum() else []  # a lone "/" or ":" is no evidence
            if len(tok) > 5:
                here.append("p:" + tok[:5])
                here.append("x:" + tok[-4:])  # a typo at the front ("iunstructions") keeps its tail
            if here and (i == 0 or toks[i - 1] in _STOPS):
                here.append("si:" + tok)  # sentence-initial: the imperative's slot ("ignore", "print", "send")
            if i + 1 < n:
                here.append("b:" + tok + " " + toks[i + 1])
            if i + 2 < n:
                here.append("s2:" + tok + " " + toks[i + 2])
            if i + 3 < n:
                here.append("s3:" + tok + " " + toks[i + 3])
            if chars and len(tok) > 2 and tok[0].isalpha():
                padded = "<" + tok + ">"
                here += ["g:" + padded[j:j + 4] for j in range(len(padded) - 3)]
            if i in pairs:
                here += pairs[i]
            if stems and tok[0].isalpha():
                here.append("st:" + folded[i])
                if i + 1 < n:
                    here.append("sb:" + folded[i] + " " + folded[i + 1])
        feats.append([_crc(f.encode()) & mask for f in here])
    return feats


def windows(n: int, scales: tuple[tuple[int, int], ...] | None = None) -> list[tuple[int, int]]:
    """Token windows [start, end) covering n tokens at each scale, half-overlapping."""
    spans: list[tuple[int, int]] = []
    for size, stride in scales or SCALES:
        if n <= size:
            if (0, n) not in spans:
                spans.append((0, n))
            continue
        spans += [(s, s + size) for s in range(0, n - size + 1, stride)]
        if spans[-1][1] < n:
            spans.append((n - size, n))
    return spans


def window_features(text: str, mask: int, features: frozenset[str] = frozenset()) -> list[list[int]]:
    """The feature indices of each window of a normalised text (training uses this)."""
    feats = token_features(tokens(text), mask, "chars" in features, "content" in features, "stem" in features)
    extra = [length_feature(len(feats), mask)] if "length" in features else []
    return [[f for fs in feats[a:b] for f in fs] + extra for a, b in windows(len(feats))]


@dataclass(frozen=True)
class Model:
    weights: np.ndarray  # float32, 2**bits
    bias: float
    bits: int
    meta: dict
    scales: tuple[tuple[int, int], ...] = ((WINDOW, STRIDE),)
    features: frozenset[str] = frozenset()  # optional feature sets (``FEATURES``) the weights were trained with
    #: Round twelve: the chunk head's weights and bias (None: one head for both sources).
    chunk_weights: np.ndarray | None = None
    chunk_bias: float = 0.0

    @property
    def mask(self) -> int:
        return (1 << self.bits) - 1

    def head(self, source: str = "prompt") -> tuple[np.ndarray, float]:
        """The weights and bias that score ``source`` ("prompt" or "chunk")."""
        if source == "chunk" and self.chunk_weights is not None:
            return self.chunk_weights, self.chunk_bias
        return self.weights, self.bias

    def window_logits(self, text: str, source: str = "prompt") -> np.ndarray:
        w, bias = self.head(source)
        feats = token_features(tokens(text), self.mask, "chars" in self.features, "content" in self.features,
                               "stem" in self.features)
        if not feats:
            return np.array([bias], dtype=np.float32)
        bias = bias + (float(w[length_feature(len(feats), self.mask)]) if "length" in self.features else 0.0)
        per_token = np.fromiter((float(w[fs].sum()) for fs in feats), dtype=np.float64, count=len(feats))
        csum = np.concatenate(([0.0], np.cumsum(per_token)))
        spans = windows(len(feats), self.scales)
        return np.array([bias + csum[b] - csum[a] for a, b in spans])

    def score(self, text: str, source: str = "prompt") -> float:
        """Probability that the (normalised) text carries an injection: its worst window, read by ``source``'s head."""
        z = float(self.window_logits(text, source).max())
        return float(1.0 / (1.0 + np.exp(-z)))

    def score_many(self, texts: Iterable[str], source: str = "prompt") -> list[float]:
        return [self.score(t, source) for t in texts]


def load(path: str | None = None) -> Model | None:
    """The shipped model (``WEIGHTS``), or None when no weights are installed (rules then work alone)."""
    return _load(str(path or WEIGHTS))


@lru_cache(maxsize=2)
def _load(path: str) -> Model | None:
    p = Path(path)
    if not p.exists():
        return None
    with np.load(p, allow_pickle=False) as data:
        weights = data["weights"].astype(np.float32)
        bias = float(data["bias"])
        bits = int(data["bits"])
        meta = {k: str(data[k]) for k in data.files if k.startswith("meta_")}
        chunk_weights = data["weights_chunk"].astype(np.float32) if "weights_chunk" in data.files else None
        chunk_bias = float(data["bias_chunk"]) if "bias_chunk" in data.files else 0.0
    scales = tuple(tuple(int(x) for x in pair.split(":")) for pair in meta.get("meta_scales", f"{WINDOW}:{STRIDE}").split(","))
    features = frozenset(f for f in meta.get("meta_features", "").split(",") if f)
    unknown = features - FEATURES
    if unknown:
        raise ConfigError(f"{p.name} was trained with feature sets this version does not know ({', '.join(sorted(unknown))}): "
                         "install the workbench version that wrote it, or retrain with bench/train_injection.py")
    return Model(weights, bias, bits, meta, scales, features, chunk_weights, chunk_bias)


load.cache_clear = _load.cache_clear  # type: ignore[attr-defined]
