"""The command line the injection held-out builders share (``injection_heldout3.py``, ``..4.py``):
``--fetch DIR`` to download the pinned packages, ``--dry-run`` to print counts only. A held-out
split is scored once, by ``bench/injection_eval.py --samples MODULE:scored_samples``, never here."""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any, Callable


def main(doc: str, module: str, build: Callable[..., list], fetch: Callable[[Path], Any],
         default_wheels: Callable[[], Path], stats: dict) -> None:
    env = module.replace("injection_", "").upper()
    ap = argparse.ArgumentParser(description=doc.split("\n")[0])
    ap.add_argument("--fetch", type=Path, metavar="DIR", help="pip download the pinned packages into DIR")
    ap.add_argument("--wheels", type=Path, default=None, help="where the packages are (default: the --fetch DIR, "
                    f"$WORKBENCH_{env}_WHEELS or $TMPDIR/workbench-{env.lower()}-wheels)")
    ap.add_argument("--train-wheels", type=Path, default=None, help="train_injection.py's packages (near-copy check)")
    ap.add_argument("--dry-run", action="store_true", help="print counts per kind / source / side only")
    args = ap.parse_args()
    wheels = args.wheels or args.fetch or default_wheels()
    if args.fetch:
        fetch(args.fetch)
        if not args.dry_run:
            return
    if not args.dry_run:
        ap.error(f"nothing to do: --fetch DIR and/or --dry-run (score with bench/injection_eval.py --samples "
                 f"{module}:scored_samples)")
    fetch(wheels)
    rows = build(wheels, args.train_wheels)
    by = Counter((r[3], r[1], r[2], r[5]) for r in rows)
    for (label, kind, source, side), n in sorted(by.items()):
        print(f"{'attack' if label else 'benign':6} {kind:12} {side:6} {source:52} {n}")
    kinds = Counter(r[1] for r in rows if r[3])
    sides = Counter((r[3], r[5]) for r in rows)
    langs = Counter((r[3], r[2].rsplit("-", 1)[-1]) for r in rows)
    print("attacks by kind:", dict(sorted(kinds.items())), "total", sum(kinds.values()))
    print("by label/side:", {f"{'attack' if k[0] else 'benign'}-{k[1]}": v for k, v in sorted(sides.items())})
    print("by label/language:", {f"{'attack' if k[0] else 'benign'}-{k[1]}": v for k, v in sorted(langs.items())})
    print("benign total", sum(1 for r in rows if not r[3]))
    print("dropped:", json.dumps(stats, ensure_ascii=False))
