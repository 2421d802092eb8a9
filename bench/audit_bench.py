"""Audit store benchmark (appends/s from N processes, verify records/s), with baselines.

    .venv/bin/python bench/audit_bench.py [--procs 8] [--per-proc 1500] [--verify-records 200000]

The measurements live in workbench.bench (``workbench bench`` runs them too).
"""

from __future__ import annotations

import argparse
import json

from workbench.bench._audit import bench_appends, bench_verify


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--procs", type=int, default=8)
    parser.add_argument("--per-proc", type=int, default=1500)
    parser.add_argument("--verify-records", type=int, default=200_000)
    parser.add_argument("--sync", default="NORMAL,FULL", help="comma-separated SQLite synchronous levels")
    args = parser.parse_args()
    for sync in args.sync.split(","):
        print(json.dumps(bench_appends(args.procs, args.per_proc, sync.strip().upper())))
    print(json.dumps(bench_verify(args.verify_records)))


if __name__ == "__main__":
    main()
