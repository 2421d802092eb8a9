"""Appends/s of the two backends from several processes at once (issue 14's figure).

``bench_backends(procs=8, per_proc=250)`` forks ``procs`` writers per configuration, each
appending ``per_proc`` records to ONE chain after a common start barrier, and reports records
per second over the wall time (first start to last finish), with the p50/p95 latency of one
append as the writers saw it. Configurations: SQLite at ``synchronous`` NORMAL (the default:
no fsync per commit) and FULL (fsync per commit), and PostgreSQL (``fsync`` and
``synchronous_commit`` on: fsync per commit) with each chain lock, advisory and row. Without
``pg_url`` a throw-away local server is started (``_pglocal``). Every chain is verified after
its run. ``record(i, proc)`` makes the records; pass the benchmark's own (``sample_record``).
"""

from __future__ import annotations

import multiprocessing as mp
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ._store import AuditLog


def _default_record(i: int, proc: int) -> dict[str, Any]:
    return {"outcome": "answered", "user": f"analyst{proc}", "cell_id": f"cell-{i % 20}", "execution_count": i,
            "gen_ai.usage.input_tokens": 120, "gen_ai.usage.output_tokens": 80,
            "content": [{"role": "user", "content": "What did <PERSON_1> agree on? " * 8}]}


def _worker(opts: dict[str, Any], n: int, proc: int, record: Callable, barrier: Any, out: Any) -> None:
    log = AuditLog(Path(opts["home"]) / "audit", Path(opts["home"]) / "keys", url=opts.get("url"),
                   synchronous=opts.get("synchronous", "NORMAL"), lock=opts.get("lock", "advisory"))
    records = [record(i, proc) for i in range(n)]
    lat = []
    barrier.wait()
    for rec in records:
        t = time.perf_counter()
        log.append(rec)
        lat.append(time.perf_counter() - t)
    end = time.perf_counter()
    log.close(checkpoint=False)
    out.put((end, lat))


def _run(opts: dict[str, Any], procs: int, per_proc: int, record: Callable) -> dict[str, Any]:
    AuditLog(Path(opts["home"]) / "audit", Path(opts["home"]) / "keys", url=opts.get("url")).close()  # schema, key
    ctx = mp.get_context("fork")
    barrier, out = ctx.Barrier(procs + 1), ctx.Queue()
    workers = [ctx.Process(target=_worker, args=(opts, per_proc, p, record, barrier, out)) for p in range(procs)]
    for w in workers:
        w.start()
    barrier.wait()
    start = time.perf_counter()
    results = [out.get(timeout=600) for _ in workers]
    for w in workers:
        w.join()
        if w.exitcode:
            raise RuntimeError(f"an audit bench worker failed (exit {w.exitcode})")
    lat = sorted(x for _, ls in results for x in ls)
    log = AuditLog(Path(opts["home"]) / "audit", Path(opts["home"]) / "keys", url=opts.get("url"))
    check = log.verify()
    log.close(checkpoint=False)
    if not (check.ok and check.count == procs * per_proc):
        raise RuntimeError(f"the benchmarked chain does not verify: {check.reason}")
    q = statistics.quantiles(lat, n=20)
    return {"appends_per_s": round(procs * per_proc / (max(e for e, _ in results) - start)),
            "p50_ms": round(statistics.median(lat) * 1000, 2), "p95_ms": round(q[18] * 1000, 2)}


def bench_backends(procs: int = 8, per_proc: int = 250, record: Callable[[int, int], dict] | None = None,
                   pg_url: str | None = None) -> dict[str, Any]:
    """Appends/s and append latency, SQLite vs PostgreSQL, ``procs`` processes on one chain each."""
    record = record or _default_record
    out: dict[str, Any] = {"procs": procs, "records": procs * per_proc}
    for sync in ("NORMAL", "FULL"):
        with tempfile.TemporaryDirectory() as tmp:
            out[f"sqlite_{sync.lower()}"] = _run({"home": tmp, "synchronous": sync}, procs, per_proc, record)
    server = None
    if pg_url is None:
        from ._pglocal import LocalPostgres

        server = LocalPostgres().start()
    try:
        for n, lock in enumerate(("advisory", "row")):
            url = pg_url
            if server is not None:
                url = server.create_database(f"bench_{n}")
            elif n:
                break  # a given database is used once (the advisory lock), never emptied by us
            with tempfile.TemporaryDirectory() as tmp:
                out[f"postgresql_{lock}"] = _run({"home": tmp, "url": url, "lock": lock}, procs, per_proc, record)
        if server is not None:
            import psycopg

            with psycopg.connect(server.url()) as db:
                out["postgresql_version"] = db.execute("SHOW server_version").fetchone()[0]
    finally:
        if server is not None:
            server.stop()
    return out


def _thread_worker(opts: dict[str, Any], n: int, proc: int, threads: int, record: Callable, barrier: Any,
                   out: Any) -> None:
    import threading

    log = AuditLog(Path(opts["home"]) / "audit", Path(opts["home"]) / "keys", url=opts.get("url"),
                   group_commit=opts.get("group_commit", True))
    lat: list[float] = []
    start = threading.Barrier(threads + 1)

    def calls(t: int) -> None:
        records = [record(i, proc * 100 + t) for i in range(n)]
        start.wait()
        for rec in records:
            t0 = time.perf_counter()
            intent = log.begin(rec)
            lat.append(time.perf_counter() - t0)  # what a call waits before it may send
            log.finish(intent, dict(rec, outcome="answered"))

    pool = [threading.Thread(target=calls, args=(t,)) for t in range(threads)]
    for th in pool:
        th.start()
    barrier.wait()
    start.wait()
    for th in pool:
        th.join()
    end = time.perf_counter()
    log.close(checkpoint=False)
    out.put((end, lat))


def bench_replicas(procs: int = 3, threads: int = 16, per_thread: int = 10,
                   record: Callable[[int, int], dict] | None = None, pg_url: str | None = None,
                   group_commit: bool = True) -> dict[str, Any]:
    """Gateway-shaped load on PostgreSQL: ``procs`` processes (replicas) x ``threads`` threads,
    each making ``per_thread`` two-phase calls (begin + finish). Two-phase calls/s, and the
    p50/p95 of ``begin`` (the audit's share of a call's time to first token)."""
    record = record or _default_record
    server = None
    if pg_url is None:
        from ._pglocal import LocalPostgres

        server = LocalPostgres().start()
        pg_url = server.create_database("bench_replicas")
    try:
        with tempfile.TemporaryDirectory() as tmp:
            AuditLog(Path(tmp) / "audit", Path(tmp) / "keys", url=pg_url).close()
            ctx = mp.get_context("fork")
            barrier, out = ctx.Barrier(procs + 1), ctx.Queue()
            workers = [ctx.Process(target=_thread_worker, args=({"home": tmp, "url": pg_url, "group_commit": group_commit}, per_thread, p, threads,
                                                                 record, barrier, out)) for p in range(procs)]
            for w in workers:
                w.start()
            barrier.wait()
            begin = time.perf_counter()
            results = [out.get(timeout=600) for _ in workers]
            for w in workers:
                w.join()
                if w.exitcode:
                    raise RuntimeError(f"an audit bench worker failed (exit {w.exitcode})")
            log = AuditLog(Path(tmp) / "audit", Path(tmp) / "keys", url=pg_url)
            check = log.verify()
            log.close(checkpoint=False)
        calls = procs * threads * per_thread
        if not (check.ok and check.count == 2 * calls and not check.unfinished):
            raise RuntimeError(f"the benchmarked chain does not verify: {check.reason}")
        lat = sorted(x for _, ls in results for x in ls)
        q = statistics.quantiles(lat, n=20)
        return {"procs": procs, "threads": threads, "calls": calls, "group_commit": group_commit,
                "calls_per_s": round(calls / (max(e for e, _ in results) - begin), 1),
                "begin_p50_ms": round(statistics.median(lat) * 1000, 2), "begin_p95_ms": round(q[18] * 1000, 2)}
    finally:
        if server is not None:
            server.stop()
