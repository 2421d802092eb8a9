"""Schedules: cron expressions kept under WORKBENCH_HOME, and the scheduler that runs them.

    WORKBENCH_HOME/reports/schedules.json    the schedules and their state (one JSON file,
                                             rewritten atomically under schedules.lock)
    WORKBENCH_HOME/reports/scheduler.lock    held by the one scheduler of this home
    WORKBENCH_HOME/reports/locks/NAME.lock   held while NAME runs: never twice at once
    WORKBENCH_HOME/reports/scheduler.log     one line per start, finish, skip and failure

Times are the host's local time. The scheduler is driven by :meth:`Scheduler.tick`, which takes
the time as an argument, so tests move a clock instead of sleeping.

Catch-up, for occurrences missed while no scheduler ran (or while a run was still going):

    latest   run once for all of them, at the latest missed time (like systemd Persistent=true)
    skip     run only an occurrence at most ``grace`` seconds late; log the others as missed
    all      run every missed occurrence, oldest first
"""

from __future__ import annotations

import json
import logging
import os
import re
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import Any

from ..errors import CellFailed, ConfigError, ScheduleError, WorkbenchError

try:
    import fcntl
except ImportError:  # pragma: no cover - not POSIX
    fcntl = None  # type: ignore[assignment]

CATCH_UP = ("latest", "skip", "all")
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
log = logging.getLogger("workbench.reports.scheduler")


def now_local() -> datetime:
    return datetime.now().astimezone()


def check_cron(expr: str) -> str:
    """``expr`` if it is a valid 5-field cron expression, else a ScheduleError saying why."""
    from croniter import croniter

    expr = " ".join(str(expr).split())
    if len(expr.split()) != 5 or not croniter.is_valid(expr):
        raise ScheduleError(f"{expr!r} is not a cron expression; use 5 fields: minute hour day month weekday, "
                            "e.g. \"0 7 * * MON\" (Mondays 07:00) or \"*/30 * * * *\".")
    return expr


def occurrences(expr: str, after: datetime, until: datetime, limit: int = 1000) -> list[datetime]:
    """The times ``expr`` fires in ``(after, until]``, oldest first (at most ``limit``, the latest)."""
    from croniter import croniter

    out: list[datetime] = []
    it = croniter(expr, after)
    while True:
        t = it.get_next(datetime)
        if t > until:
            return out[-limit:]
        out.append(t)


def next_times(expr: str, after: datetime, n: int = 3) -> list[datetime]:
    from croniter import croniter

    it = croniter(expr, after)
    return [it.get_next(datetime) for _ in range(n)]


@dataclass
class Schedule:
    """One scheduled report and its state."""

    name: str
    notebook: str  # absolute path
    cron: str
    params: dict[str, Any] = field(default_factory=dict)
    formats: list[str] = field(default_factory=lambda: ["html"])
    out_dir: str | None = None  # unset: [reports] out_dir, else WORKBENCH_HOME/reports/<name>
    catch_up: str | None = None  # unset: [reports] catch_up
    created: str = ""
    # state, written by the scheduler
    last_due: str | None = None  # the latest occurrence handled (run, skipped or missed)
    last_run_id: str | None = None
    last_status: str | None = None  # ok | failed: <what> | missed N | skipped: still running
    last_finished: str | None = None
    runs: int = 0
    failures: int = 0

    def next_run(self, now: datetime | None = None) -> datetime:
        return next_times(self.cron, _later(self.last_due, now or now_local()), 1)[0]


def _later(iso: str | None, other: datetime) -> datetime:
    return max(datetime.fromisoformat(iso), other) if iso else other


class ScheduleStore:
    """The schedules of one WORKBENCH_HOME: read, add, remove, update, each under a file lock."""

    def __init__(self, directory: Path) -> None:
        self.directory = Path(directory)
        self.path = self.directory / "schedules.json"
        self._thread_lock = threading.Lock()

    @classmethod
    def open(cls, settings: Any) -> ScheduleStore:
        return cls(Path(settings.home) / "reports")

    @contextmanager
    def _locked(self) -> Iterator[None]:
        from ..config import ensure_private_dir

        ensure_private_dir(self.directory)
        with self._thread_lock:
            fd = os.open(self.directory / "schedules.lock", os.O_RDWR | os.O_CREAT, 0o600)
            try:
                if fcntl is not None:
                    fcntl.flock(fd, fcntl.LOCK_EX)
                yield
            finally:
                os.close(fd)  # closing drops the lock

    def _load(self) -> dict[str, Schedule]:
        if not self.path.exists():
            return {}
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
            return {item["name"]: Schedule(**item) for item in raw.get("schedules", [])}
        except (ValueError, TypeError, KeyError) as exc:
            raise ScheduleError(f"{self.path} is damaged ({type(exc).__name__}); fix or remove it, then "
                                "add the schedules again with `workbench report schedule`.") from None

    def _save(self, items: dict[str, Schedule]) -> None:
        tmp = self.path.with_suffix(".json.tmp")
        body = {"version": 1, "schedules": [asdict(s) for s in sorted(items.values(), key=lambda s: s.name)]}
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(body, fh, indent=2)
            fh.write("\n")
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, self.path)

    def list(self) -> list[Schedule]:
        with self._locked():
            return sorted(self._load().values(), key=lambda s: s.name)

    def get(self, name: str) -> Schedule:
        with self._locked():
            items = self._load()
        if name not in items:
            raise ScheduleError(f"no schedule named {name!r}; `workbench report list` shows them.")
        return items[name]

    def add(self, schedule: Schedule, *, replace: bool = False) -> Schedule:
        if not _NAME.match(schedule.name):
            raise ScheduleError(f"schedule name {schedule.name!r} must be letters, digits, '.', '_' or '-' "
                                "(at most 64), starting with a letter or digit.")
        schedule.cron = check_cron(schedule.cron)
        if schedule.catch_up is not None and schedule.catch_up not in CATCH_UP:
            raise ScheduleError(f"catch-up {schedule.catch_up!r} is unknown; choose {', '.join(CATCH_UP)}.")
        with self._locked():
            items = self._load()
            if schedule.name in items and not replace:
                raise ScheduleError(f"a schedule named {schedule.name!r} exists; choose another --name, or "
                                    "pass --replace.")
            items[schedule.name] = schedule
            self._save(items)
        return schedule

    def remove(self, name: str) -> Schedule:
        with self._locked():
            items = self._load()
            if name not in items:
                raise ScheduleError(f"no schedule named {name!r}; `workbench report list` shows them.")
            gone = items.pop(name)
            self._save(items)
        return gone

    def update(self, name: str, **state: Any) -> Schedule | None:
        """Change fields of ``name``; None if it was removed meanwhile."""
        with self._locked():
            items = self._load()
            if name not in items:
                return None
            item = items[name]
            for key, value in state.items():
                setattr(item, key, value)
            self._save(items)
        return item


    def finish(self, name: str, status: str, when: str) -> None:
        """Record a finished run of ``name`` (``status`` "ok" or "failed: ...")."""
        with self._locked():
            items = self._load()
            if name in items:
                item = items[name]
                item.last_status, item.last_finished = status, when
                item.runs += 1
                item.failures += status != "ok"
                self._save(items)


def add_schedule(settings: Any, notebook: str | Path, cron: str, *, name: str | None = None,
                 params: dict[str, Any] | None = None, formats: list[str] | None = None,
                 out_dir: str | Path | None = None, catch_up: str | None = None, replace: bool = False,
                 now: datetime | None = None) -> Schedule:
    """Schedule ``notebook`` to run at ``cron`` (local time); returns the stored Schedule.

    Only occurrences after ``now`` count: a new schedule never catches up on its past."""
    from ._run import _formats

    path = Path(notebook).expanduser().resolve()
    if not path.is_file():
        raise ScheduleError(f"no notebook at {path}; give the path of an .ipynb file.")
    schedule = Schedule(
        name=name or path.stem, notebook=str(path), cron=cron, params=dict(params or {}),
        formats=list(_formats(formats or settings.reports.formats)),
        out_dir=str(Path(out_dir).expanduser().resolve()) if out_dir else None,
        catch_up=catch_up, created=(now or now_local()).isoformat(),
    )
    return ScheduleStore.open(settings).add(schedule, replace=replace)


class FileLock:
    """A non-blocking exclusive ``flock`` on a file, held until :meth:`release`. Works between
    processes and between threads (each lock opens its own file description); the kernel drops
    it when the holder dies."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._fd: int | None = None

    def acquire(self) -> bool:
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        if fcntl is not None:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(fd)
                return False
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        self._fd = fd
        return True

    def holder(self) -> str | None:
        try:
            return self.path.read_text().strip() or None
        except OSError:
            return None

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


Runner = Callable[[Schedule, str, datetime], Any]


@dataclass
class Action:
    """What one tick decided for one schedule (returned for logs and tests)."""

    schedule: str
    due: datetime
    action: str  # started | missed | busy
    run_id: str | None = None
    missed: int = 0


class Scheduler:
    """Runs due schedules. One per WORKBENCH_HOME (:meth:`claim`); a report never runs twice at once.

    ``runner(schedule, run_id, due)`` runs one report (default: :func:`run_report`); ``clock``
    gives the time when :meth:`tick` is called without one.
    """

    def __init__(self, settings: Any, *, runner: Runner | None = None, clock: Callable[[], datetime] = now_local,
                 workers: int | None = None, store: ScheduleStore | None = None) -> None:
        cfg = settings.reports
        if cfg.catch_up not in CATCH_UP:
            raise ConfigError(f"reports.catch_up is {cfg.catch_up!r}; choose one of {', '.join(CATCH_UP)}.")
        self.settings = settings
        self.store = store or ScheduleStore.open(settings)
        self.runner = runner or self._run_report
        self.clock = clock
        self.grace = timedelta(seconds=cfg.grace)
        self._pool = ThreadPoolExecutor(max_workers=max(1, workers or cfg.workers), thread_name_prefix="report")
        self._running: dict[str, Future[Any]] = {}
        self._claim: FileLock | None = None

    # -- one scheduler per home ------------------------------------------------------------------

    def claim(self) -> None:
        """Become this home's scheduler, or raise ScheduleError naming the pid that is."""
        lock = FileLock(self.store.directory / "scheduler.lock")
        if not lock.acquire():
            raise ScheduleError(f"another scheduler already runs for {self.settings.home} (pid {lock.holder()}); "
                                "stop it first, or use a different WORKBENCH_HOME.")
        self._claim = lock

    def close(self, wait: bool = True) -> None:
        self._pool.shutdown(wait=wait)
        if self._claim is not None:
            self._claim.release()
            self._claim = None

    # -- the loop --------------------------------------------------------------------------------

    def tick(self, now: datetime | None = None) -> list[Action]:
        """Start every report due at ``now`` (default: the clock) and return what was done."""
        now = now or self.clock()
        actions: list[Action] = []
        for schedule in self.store.list():
            try:
                actions.extend(self._consider(schedule, now))
            except WorkbenchError as exc:
                log.error("%s: could not be considered (%s)", schedule.name, type(exc).__name__)
        return actions

    def _consider(self, s: Schedule, now: datetime) -> list[Action]:
        since = datetime.fromisoformat(s.last_due or s.created) if (s.last_due or s.created) else now
        due = occurrences(s.cron, since, now)
        if not due:
            return []
        policy = s.catch_up or self.settings.reports.catch_up
        if policy == "all":
            chosen = due
        elif policy == "latest":
            chosen = due[-1:]
        else:  # skip: only an occurrence that is not too late
            chosen = [t for t in due[-1:] if now - t <= self.grace]
        missed = len(due) - len(chosen)
        actions: list[Action] = []
        if missed:
            log.warning("%s: %d run(s) missed since %s (catch-up %s)", s.name, missed, since.isoformat(), policy)
            actions.append(Action(s.name, due[-1], "missed", missed=missed))
        if not chosen:
            self.store.update(s.name, last_due=due[-1].isoformat(), last_status=f"missed {missed}")
            return actions
        for t in chosen:
            actions.append(self._start(s, t))
            if actions[-1].action == "busy":
                break  # a later occurrence waits for the next tick
        return actions

    def _start(self, s: Schedule, due: datetime) -> Action:
        from ._run import new_run_id

        lock = FileLock(self.store.directory / "locks" / f"{s.name}.lock")
        if not lock.acquire():
            log.warning("%s: due %s but the previous run is still going; it will run when that ends",
                        s.name, due.isoformat())
            return Action(s.name, due, "busy")
        run_id = new_run_id()
        self.store.update(s.name, last_due=due.isoformat(), last_run_id=run_id, last_status="running")
        log.info("%s: started run %s (due %s)", s.name, run_id, due.isoformat())
        future = self._pool.submit(self._work, s, run_id, due, lock)
        self._running[run_id] = future
        return Action(s.name, due, "started", run_id=run_id)

    def _work(self, s: Schedule, run_id: str, due: datetime, lock: FileLock) -> None:
        status = "ok"
        try:
            self.runner(s, run_id, due)
        except CellFailed as exc:
            status = f"failed: cell {exc.index} ({exc.ename})"
        except WorkbenchError as exc:
            status = f"failed: {type(exc).__name__}"
        except Exception as exc:  # noqa: BLE001 - a bug in one runner must not end the scheduler
            status = f"failed: {type(exc).__name__}"
        finally:
            lock.release()
            self._running.pop(run_id, None)
        (log.info if status == "ok" else log.error)("%s: run %s %s", s.name, run_id, status)
        self.store.finish(s.name, status, self.clock().isoformat())

    def wait(self) -> None:
        """Block until every started run has finished."""
        for future in list(self._running.values()):
            future.result()

    def serve(self, *, poll: float | None = None, stop: threading.Event | None = None, once: bool = False) -> None:
        """Tick every ``poll`` seconds until ``stop`` is set (or once, waiting for the runs)."""
        stop = stop or threading.Event()
        poll = poll or self.settings.reports.poll
        while True:
            try:
                self.tick()
            except WorkbenchError as exc:  # e.g. a damaged schedules.json: say so, keep going
                log.error("could not read the schedules: %s", exc)
            if once:
                self.wait()
                return
            if stop.wait(poll):
                return

    def _run_report(self, s: Schedule, run_id: str, due: datetime) -> Any:
        from ._run import run_report

        out = s.out_dir or self.settings.reports.out_dir or self.settings.home / "reports" / s.name
        return run_report(s.notebook, params=s.params, out_dir=out, formats=s.formats,
                          settings=self.settings, run_id=run_id)


def setup_logging(settings: Any, *, stream: bool = True) -> Path:
    """Log the scheduler to WORKBENCH_HOME/reports/scheduler.log (rotated at 1 MB, 5 kept) and,
    with ``stream``, to stderr. Log lines hold names, ids, times and exception types only."""
    from ..config import ensure_private_dir

    path = ensure_private_dir(Path(settings.home) / "reports") / "scheduler.log"
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(message)s")
    handlers: list[logging.Handler] = [RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5)]
    if stream:
        handlers.append(logging.StreamHandler())
    for old in list(log.handlers):
        log.removeHandler(old)
        old.close()
    for handler in handlers:
        handler.setFormatter(fmt)
        log.addHandler(handler)
    log.setLevel(logging.INFO)
    log.propagate = False
    return path
