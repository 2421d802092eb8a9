"""Leave-split-out check for the English tagger's weights (round seven): no weights ship without it.

    python bench/tagger_loso.py --weights r5=/tmp/r5,r6=/tmp/r6,cand=/tmp/cand --splits heldout6,heldout7
    python bench/tagger_loso.py --weights r5=/tmp/r5,cand=/tmp/cand --speed    # their cost, interleaved

Each weights folder holds a ``tagger.crfsuite`` (and usually its ``tagger.json``). Every split's English
samples are built once (bench/privacy_eval.py's samples, seed and scorer) and scored through
``Privacy().redact()`` (default policy, every recognizer on) with each weights file swapped in, in one
process, interleaved, so all rows see the same code and the same samples. A row counts as a leave-out
figure only when its ``tagger.json`` says the split's templates and generators were not trained on: this
script reads that from the json's ``sources`` (HELD-OUT-7's have never been in the training data, see
bench/train_tagger.py's EVAL_TEMPLATE_FILES) and prints "seen" beside the others.

Train a fold's weights with ``bench/train_tagger.py --leave-out-heldout6 --out DIR`` (one fold covers
HELD-OUT-6 and HELD-OUT-7 at once: the script never reads HELD-OUT-7's sources); one fold took
~10 min of generating and training at load 2-4 on 2 cores, and scoring 600 prompts ~1.5 min a weights file.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

def left_out(info: dict, split: str) -> bool:
    """Whether weights described by ``info`` (their tagger.json) were trained without ``split``'s sources:
    bench/train_tagger.py reads a split's generators only together with its template file, and names every
    template file it read in ``sources`` (round five's weights predate HELD-OUT-6, nothing reads HELD-OUT-7's)."""
    if not re.fullmatch(r"heldout(?:[3-9]|[1-9][0-9])", split):  # DEV-*, HELD-OUT and HELD-OUT-2 share files every run reads
        return False
    return bool(info.get("sources")) and not any(f"en_formats_{split}.txt" in s for s in info["sources"])


def row(sc, split: str) -> dict:
    """The figures of one (weights, split) cell: names by generator, addresses, places, over-redaction."""
    person = {k: (sc.leaked[k], sc.values[k]) for k in sc.values if k.startswith("PERSON")}
    return {"split": split, "person": person, "address": (sc.leaked["ADDRESS"], sc.values["ADDRESS"]),
            "location": (sc.leaked["LOCATION"], sc.values["LOCATION"]),
            "over": (sc.outside_changed, sc.outside_words)}


def _pct(a: int, b: int) -> str:
    return f"{a}/{b} ({100 * a / max(b, 1):.1f}%)"


def run(weights: dict[str, str], splits: list[str], n: int) -> list[dict]:
    import privacy_eval as pe

    from workbench.privacy import Privacy
    from workbench.privacy import _rec_tagger as rt

    taggers, infos, margins = {}, {}, {}
    for name, folder in weights.items():
        folder, _, margin = folder.partition("@")  # "dir@off" / "dir@0.2": rt.PERSON_MARGINAL for this row
        margins[name] = rt.PERSON_MARGINAL if not margin else None if margin == "off" else float(margin)
        taggers[name] = rt.Tagger(str(Path(folder) / rt.MODEL_FILE))
        meta = Path(folder) / "tagger.json"
        infos[name] = json.loads(meta.read_text()) if meta.exists() else {}
    privacy = Privacy()
    privacy.redact("warm up", privacy.new_vault())
    out = []
    for split in splits:
        sets, _ = pe.build(split, n)
        for name in weights:
            rt._tagger, rt.PERSON_MARGINAL = taggers[name], margins[name]
            t = time.perf_counter()
            sc = pe.score(privacy, sets["en"])
            r = row(sc, split) | {"weights": name, "left_out": left_out(infos[name], split), "margin": margins[name],
                                  "seconds": round(time.perf_counter() - t, 1)}
            out.append(r)
            print(format_row(r), flush=True)
    return out


def speed(weights: dict[str, str], reps: int = 60) -> None:
    """CPU medians on the benchmark's 200-word prompt, the weights interleaved in one process: the tagger alone
    (its ``spans``: features, CRF, tidy) and ``Privacy.redact`` with each weights file swapped in."""
    import statistics

    from workbench.bench._pipeline import prompt_of
    from workbench.privacy import Privacy
    from workbench.privacy import _rec_tagger as rt

    text = prompt_of(200)
    specs = {name: folder.partition("@") for name, folder in weights.items()}
    taggers = {name: rt.Tagger(str(Path(folder) / rt.MODEL_FILE)) for name, (folder, _, _m) in specs.items()}
    margins = {name: rt.PERSON_MARGINAL if not m else None if m == "off" else float(m) for name, (_f, _, m) in specs.items()}
    privacy = Privacy()
    privacy.redact("warm up", privacy.new_vault())
    alone = {name: [] for name in taggers}
    redact = {name: [] for name in taggers}
    for _ in range(reps):
        for name, tagger in taggers.items():
            rt.PERSON_MARGINAL = margins[name]
            c = time.process_time()
            tagger.spans(text)
            alone[name].append(time.process_time() - c)
            rt._tagger = tagger
            c = time.process_time()
            privacy.redact(text, privacy.new_vault())
            redact[name].append(time.process_time() - c)
    print(f"{len(text.split())}-word prompt, {reps} calls each, interleaved; load average {os.getloadavg()[0]:.1f}")
    for name in taggers:
        print(f"  {name}: tagger alone {statistics.median(alone[name]) * 1000:.2f} ms, "
              f"Privacy.redact {statistics.median(redact[name]) * 1000:.1f} ms (CPU medians)")


def format_row(r: dict) -> str:
    lk, n = r["person"].get("PERSON", (0, 0))
    by = " ".join(f"{k.split('@')[1]} {a}/{b}" for k, (a, b) in sorted(r["person"].items()) if "@" in k)
    return (f"{r['split']} {'left out' if r['left_out'] else 'seen'} | {r['weights']} (marginal {r['margin']}) | names {_pct(lk, n)} [{by}] | "
            f"addresses {_pct(*r['address'])} | places {_pct(*r['location'])} | over-redaction {_pct(*r['over'])}"
            f" | {r['seconds']} s")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--weights", required=True, help="name=folder[@off|@0.2],... (each folder with tagger.crfsuite; "
                    "@ sets _rec_tagger.PERSON_MARGINAL for that row)")
    ap.add_argument("--splits", default="heldout6,heldout7")
    ap.add_argument("--n", type=int, default=600, help="English prompts per split")
    ap.add_argument("--json", help="also write the rows here")
    ap.add_argument("--speed", action="store_true", help="time the weights instead (CPU medians, interleaved)")
    args = ap.parse_args(argv)
    weights = dict(w.split("=", 1) for w in args.weights.split(",") if w)
    splits = [s for s in args.splits.split(",") if s]
    if "heldout8" in splits:
        ap.error("HELD-OUT-8 is the lead's pristine split: it is scored once, by the lead, not here")
    if args.speed:
        speed(weights)
        return 0
    print(f"load average {os.getloadavg()[0]:.1f}", flush=True)
    rows = run(weights, splits, args.n)
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
