"""How long the gateway's start takes to read token revocations from a large audit log.

    .venv/bin/python -m tests.audit.bench_revocation_scan [--records 100000] [--repeat 5]

Generates a log of N records (pipeline-shaped call records, one ``token_revoked`` record per
1,000), on SQLite (a temporary home) and on a throw-away local PostgreSQL (``_pglocal``, skipped
without its binaries), and times ``Revocations(log).load()`` -- what ``GatewayService`` does at
start -- and one follow-up read (``records(outcome=..., after_seq=head)``), with and without
the ``records_outcome`` index (dropped, timed, re-created, timed again: interleaved, so a
loaded machine slows both alike). Prints medians and their ratio. Not collected by pytest.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from workbench.audit import AuditLog
from workbench.audit._chain import INDEXED, canonical_json, indexed_value
from workbench.audit._store import _new_id, _Pending
from workbench.gateway._revocations import Revocations, now_iso

INDEX = ("records_outcome", "CREATE INDEX records_outcome ON records (outcome, seq)")


def _call(i: int) -> dict:
    return {"time": now_iso(), "outcome": "answered" if i % 7 else "refused", "gen_ai.operation.name": "chat",
            "gen_ai.provider.name": "vllm", "gen_ai.request.model": "gemma3", "gen_ai.response.model": "gemma3",
            "gen_ai.usage.input_tokens": 200 + i % 50, "gen_ai.usage.output_tokens": 80,
            "user": f"user{i % 40}", "kernel_session": f"k{i % 97}", "notebook_path": f"/home/u/nb{i % 300}.ipynb",
            "cell_id": f"cell-{i % 5000:05d}", "execution_count": i % 90, "code_hmac": f"{i:064x}",
            "entry_point": "gateway", "redaction": {"PERSON": i % 3, "EMAIL_ADDRESS": i % 2},
            "sent_sha256": f"{i * 7:064x}", "received_sha256": f"{i * 11:064x}", "latency_ms": 812.5,
            "content": [{"role": "user", "content": "Summarise churn for <PERSON_1> in Q3, by region."}]}


def fill(log: AuditLog, n: int, batch: int = 5000) -> int:
    """Append ``n`` records in batches (one transaction each, chained as appends are)."""
    revoked = 0
    for start in range(0, n, batch):
        items = []
        for i in range(start, min(n, start + batch)):
            if i % 1000 == 999:
                rec = {"time": now_iso(), "outcome": "token_revoked", "user": f"user{i % 40}",
                       "entry_point": "cli", "gateway.revoked_before": now_iso(), "gateway.token_ids": ["ab12cd34"]}
                revoked += 1
            else:
                rec = _call(i)
            audit_id = _new_id()
            rec = log._prepare(rec, audit_id)
            items.append(_Pending(audit_id, [indexed_value(rec, k) for k in INDEXED],
                                  canonical_json(rec).encode(), None))
        log._write_batch(items)
    return revoked


def _time(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def measure(log: AuditLog, repeat: int, label: str, reopen) -> None:
    backend = log._backend

    def index(on: bool) -> None:
        with backend.write("bench") as db:
            db.execute("DROP INDEX IF EXISTS " + INDEX[0])
            if on:
                db.execute(INDEX[1])
            if backend.kind == "postgresql":
                db.execute("ANALYZE records")
        if backend.kind == "sqlite":
            with backend.write("bench") as db:
                db.execute("ANALYZE")

    def load() -> None:
        assert Revocations(log).load()._before  # every revoked user read

    def follow() -> None:
        log.records(outcome="token_revoked", after_seq=log.head()["seq"])

    def fresh() -> None:  # a starting gateway: a new connection (open, migrations checked), then load()
        other = reopen()
        try:
            assert Revocations(other).load()._before
        finally:
            other.close(checkpoint=False)

    rows = {}
    for _round in range(2):  # interleaved: without, with, without, with
        for on in (False, True):
            index(on)
            rows.setdefault(on, []).append((_time(load, repeat), _time(follow, repeat), _time(fresh, repeat)))
    for on in (False, True):
        load_s, follow_s, fresh_s = (statistics.median(r[i] for r in rows[on]) for i in range(3))
        print(f"{label:<11} index={'yes' if on else 'no ':<3}  load() {load_s * 1000:8.1f} ms   "
              f"fresh connection + load() {fresh_s * 1000:8.1f} ms   follow-up read {follow_s * 1000:7.2f} ms")
    no, yes = (statistics.median(r[0] for r in rows[o]) for o in (False, True))
    print(f"{label:<11} load() without / with the index: {no / yes:.1f}x")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--skip-postgres", action="store_true")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        log = AuditLog(home / "audit", home / "keys")
        t0 = time.perf_counter()
        revoked = fill(log, args.records)
        size = sum(p.stat().st_size for p in (home / "audit").iterdir() if p.is_file()) / 1e6
        print(f"sqlite: {args.records} records ({revoked} token_revoked) written in "
              f"{time.perf_counter() - t0:.1f} s, {size:.0f} MB")
        measure(log, args.repeat, "sqlite", lambda: AuditLog(home / "audit", home / "keys"))
        log.close(checkpoint=False)
        if args.skip_postgres:
            return
        from workbench.audit._pglocal import LocalPostgres, PostgresUnavailable

        try:
            server = LocalPostgres()
        except PostgresUnavailable as exc:
            print(f"postgresql: skipped ({exc})", file=sys.stderr)
            return
        server.start()
        try:
            url = server.create_database("bench")
            log = AuditLog(home / "pg-audit", home / "pg-keys", url=url)
            t0 = time.perf_counter()
            fill(log, args.records)
            print(f"postgresql: {args.records} records written in {time.perf_counter() - t0:.1f} s")
            measure(log, args.repeat, "postgresql", lambda: AuditLog(home / "pg-audit", home / "pg-keys", url=url))
            log.close(checkpoint=False)
        finally:
            server.stop()


if __name__ == "__main__":
    main()
