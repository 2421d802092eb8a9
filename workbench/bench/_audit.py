"""The audit store: appends/s from concurrent processes and verify records/s, each beside a
baseline measured in the same run on the same disk:

- appends: plain SQLite inserts (same WAL mode and synchronous level, one row per transaction,
  no chain, no signing) from the same number of processes;
- verify: a plain full scan of the same table in Python (fetch every row, no hashing).
"""

from __future__ import annotations

import multiprocessing as mp
import sqlite3
import tempfile
import time
from pathlib import Path

from ..audit import AuditLog
from ..audit._chain import GENESIS, INDEXED, canonical_json, indexed_value, link_hash


def sample_record(i: int, proc: int) -> dict:
    """A realistic record: every key the pipeline writes, ~1 KB with redacted content."""
    return {
        "time": "2026-01-01T00:00:00.000Z", "outcome": "answered", "gen_ai.operation.name": "chat",
        "gen_ai.provider.name": "llama.cpp", "gen_ai.request.model": "gemma3-270m",
        "gen_ai.response.model": "gemma3-270m", "gen_ai.usage.input_tokens": 120 + i % 50,
        "gen_ai.usage.output_tokens": 80, "gen_ai.response.finish_reasons": ["stop"],
        "server.address": "127.0.0.1", "server.port": 8080, "error.type": None, "user": f"analyst{proc}",
        "kernel_session": f"session-{proc}", "notebook_path": "work/analysis.ipynb", "cell_id": f"cell-{i % 20}",
        "execution_count": i, "code_sha256": "ab" * 32, "script_path": None, "script_line": None,
        "run_id": None, "entry_point": "magic", "corpus": "contracts", "chunk_ids": ["c1", "c2", "c3"],
        "redaction": {"PERSON": 2, "PHONE_NUMBER": 1}, "unexpected_entities": {}, "sent_sha256": "cd" * 32,
        "received_sha256": "ef" * 32, "latency_ms": 812.5,
        "content": [{"role": "system", "content": "You answer questions about contracts. " * 4},
                    {"role": "user", "content": "What did <PERSON_1> agree with <PERSON_2> on <PHONE_NUMBER_1>? " * 3}],
    }


class _Home:
    """The two settings AuditLog.open reads, without a TOML file."""

    def __init__(self, home: Path, checkpoint_every: int) -> None:
        from workbench.config import AuditSettings

        self.home = home
        self.keys_dir = home / "keys"
        self.audit = AuditSettings(checkpoint_every=checkpoint_every)


def _audit_worker(home: str, n: int, proc: int, opts: dict, barrier, out) -> None:
    log = AuditLog.open(_Home(Path(home), 1000), **opts)
    records = [sample_record(i, proc) for i in range(n)]
    barrier.wait()
    for rec in records:
        log.append(rec)
    log.close()
    out.put(time.perf_counter())


def _plain_worker(home: str, n: int, proc: int, opts: dict, barrier, out) -> None:
    db = sqlite3.connect(Path(home) / "plain.db", timeout=30, isolation_level=None)
    db.execute("PRAGMA journal_mode = WAL")
    db.execute(f"PRAGMA synchronous = {opts['synchronous']}")
    bodies = [canonical_json(sample_record(i, proc)).encode() for i in range(n)]
    barrier.wait()
    for body in bodies:
        db.execute("BEGIN IMMEDIATE")
        db.execute("INSERT INTO plain (body) VALUES (?)", (body,))
        db.execute("COMMIT")
    db.close()
    out.put(time.perf_counter())


def _run_procs(target, home: Path, procs: int, per_proc: int, opts: dict) -> float:
    ctx = mp.get_context("fork")
    barrier, out = ctx.Barrier(procs + 1), ctx.Queue()
    workers = [ctx.Process(target=target, args=(str(home), per_proc, p, opts, barrier, out)) for p in range(procs)]
    for w in workers:
        w.start()
    barrier.wait()
    start = time.perf_counter()
    ends = [out.get(timeout=600) for _ in workers]
    for w in workers:
        w.join()
        if w.exitcode:
            raise RuntimeError(f"an audit bench worker failed (exit {w.exitcode})")
    return procs * per_proc / (max(ends) - start)


def bench_appends(procs: int, per_proc: int, sync: str) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        AuditLog.open(_Home(home, 1000)).close()  # schema and key exist before the clock starts
        db = sqlite3.connect(home / "plain.db")
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("CREATE TABLE plain (seq INTEGER PRIMARY KEY, body BLOB NOT NULL)")
        db.close()
        chained = _run_procs(_audit_worker, home, procs, per_proc, {"synchronous": sync})
        plain = _run_procs(_plain_worker, home, procs, per_proc, {"synchronous": sync})
        _check(home, procs * per_proc)
    return {"synchronous": sync, "procs": procs, "records": procs * per_proc, "audit_appends_per_s": round(chained),
            "plain_inserts_per_s": round(plain), "ratio": round(chained / plain, 2)}


def _check(home: Path, records: int, **opts: object) -> None:
    log = AuditLog.open(_Home(home, 1000), **opts)
    try:
        result = log.verify()
    finally:
        log.close(checkpoint=False)
    if not (result.ok and result.count == records):
        raise RuntimeError(f"the benchmarked log does not verify: {result.reason}")


def bench_postgres(procs: int, per_proc: int) -> dict:
    """Appends/s of ``procs`` processes on ONE chain in PostgreSQL (a throw-away local server,
    fsync and synchronous_commit on), with each way of serialising appends: the advisory lock the
    store uses and a row lock on the chain head. Skipped with the reason when PostgreSQL is missing."""
    from ..audit._pglocal import LocalPostgres, PostgresUnavailable

    try:
        server = LocalPostgres()
    except PostgresUnavailable as exc:
        return {"audit_pg_skipped": str(exc)}
    out: dict = {}
    with server:
        for lock in ("advisory", "row"):
            opts = {"url": server.create_database(f"bench_{lock}"), "lock": lock}
            with tempfile.TemporaryDirectory() as tmp:
                AuditLog.open(_Home(Path(tmp), 1000), **opts).close()  # schema and key before the clock
                rate = _run_procs(_audit_worker, Path(tmp), procs, per_proc, opts)
                _check(Path(tmp), procs * per_proc, **opts)
            out["audit_pg_appends_per_s" if lock == "advisory" else "audit_pg_row_lock_appends_per_s"] = round(rate)
    return out


def bench_verify(n: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        log = AuditLog.open(_Home(home, 1000))
        db = log._connect()
        # Fill fast in one transaction, linking rows exactly as append() does.
        prev, rows = GENESIS, []
        for seq in range(1, n + 1):
            rec = sample_record(seq, seq % 8)
            body = canonical_json(rec).encode()
            cols = [indexed_value(rec, k) for k in INDEXED]
            rid = f"{seq:012x}-bench"
            prev_hash, prev = prev, link_hash(seq, rid, prev, *cols, body)
            rows.append((seq, rid, prev_hash, prev, *cols, body))
        db.execute("BEGIN")
        db.executemany("INSERT INTO records (seq, id, prev_hash, hash, time, user, notebook_path, cell_id, run_id, "
                       "outcome, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        db.execute("COMMIT")
        log.checkpoint()
        db.execute("SELECT count(*), sum(length(body)) FROM records").fetchone()  # warm the page cache
        start = time.perf_counter()
        result = log.verify()
        verify_s = time.perf_counter() - start
        if not (result.ok and result.count == n):
            raise RuntimeError(f"the benchmarked log does not verify: {result.reason}")
        start = time.perf_counter()
        for _ in db.execute("SELECT seq, id, prev_hash, hash, time, user, notebook_path, cell_id, run_id, outcome, "
                            "body FROM records ORDER BY seq"):
            pass
        scan_s = time.perf_counter() - start
        log.close(checkpoint=False)
    return {"records": n, "verify_records_per_s": round(n / verify_s), "plain_scan_rows_per_s": round(n / scan_s),
            "ratio": round(scan_s / verify_s, 2)}


def section(quick: bool) -> dict:
    appends = bench_appends(8, 150 if quick else 1500, "NORMAL")
    verify = bench_verify(20_000 if quick else 200_000)
    postgres = bench_postgres(8, 40 if quick else 250)
    return {
        **postgres,
        "audit_appends_per_s": appends["audit_appends_per_s"],
        "audit_appends_over_plain_inserts": appends["ratio"],
        "audit_verify_records_per_s": verify["verify_records_per_s"],
        "audit_verify_over_plain_scan": verify["ratio"],
        "baselines": {
            "audit_appends_per_s": "absolute: 8 processes appending ~1 KB records to one log (SQLite WAL, "
                                   "synchronous=NORMAL, chained and signed at checkpoints)",
            "audit_appends_over_plain_inserts": "the same over plain SQLite inserts, one row a transaction, same "
                                                "WAL mode and synchronous level, same 8 processes",
            "audit_verify_records_per_s": f"absolute: AuditLog.verify of {verify['records']} records, page cache warm",
            "audit_verify_over_plain_scan": "plain Python scan of the same rows (fetch, no hashing) over verify",
            "audit_pg_appends_per_s": "absolute: the same 8 processes and records on one chain in a local PostgreSQL "
                                      "(fsync on), appends serialised by the store's advisory lock",
            "audit_pg_row_lock_appends_per_s": "the same with a row lock on the chain head instead (the alternative)",
        },
    }
