"""Schedules, the scheduler's lock and catch-up policy, driven by a clock the test moves."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from workbench.cli._report import report
from workbench.config import load_settings
from workbench.errors import CellFailed, ScheduleError
from workbench.reports import Scheduler, ScheduleStore, add_schedule, check_cron

UTC = timezone.utc
MONDAY_0659 = datetime(2026, 11, 23, 6, 59, tzinfo=UTC)  # a Monday


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now


class Runner:
    """Records each run; ``block`` keeps runs going until released; ``fail`` raises."""

    def __init__(self, *, block: bool = False, fail: BaseException | None = None) -> None:
        self.calls: list[tuple[str, str, datetime]] = []
        self.release = threading.Event()
        self.started = threading.Event()
        if not block:
            self.release.set()
        self.fail = fail

    def __call__(self, schedule: Any, run_id: str, due: datetime) -> None:
        self.calls.append((schedule.name, run_id, due))
        self.started.set()
        assert self.release.wait(10)
        if self.fail:
            raise self.fail


@pytest.fixture
def settings(isolated_home: Path):
    return load_settings()


@pytest.fixture
def notebook(tmp_path: Path) -> Path:
    import nbformat

    path = tmp_path / "weekly.ipynb"
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell("print('weekly')")]
    nbformat.write(nb, path)
    return path


def _scheduler(settings, clock, runner, **kw) -> Scheduler:
    s = Scheduler(settings, runner=runner, clock=clock, **kw)
    return s


def _tick(s: Scheduler) -> list[tuple[str, str]]:
    actions = s.tick()
    s.wait()
    return [(a.schedule, a.action) for a in actions]


def test_cron_expressions_are_checked() -> None:
    assert check_cron("0  7 * * MON") == "0 7 * * MON"
    for bad in ("0 7 * *", "61 * * * *", "0 7 * * FOO", "@weekly now", ""):
        with pytest.raises(ScheduleError, match="minute hour day month weekday"):
            check_cron(bad)


def test_store_add_list_replace_remove(settings, notebook: Path) -> None:
    add_schedule(settings, notebook, "0 7 * * MON", params={"region": "EMEA"}, now=MONDAY_0659)
    (s,) = ScheduleStore.open(settings).list()
    assert (s.name, s.cron, s.params, s.formats) == ("weekly", "0 7 * * MON", {"region": "EMEA"}, ["html"])
    assert s.next_run(MONDAY_0659) == MONDAY_0659 + timedelta(minutes=1)
    with pytest.raises(ScheduleError, match="exists"):
        add_schedule(settings, notebook, "0 8 * * *")
    add_schedule(settings, notebook, "0 8 * * *", replace=True)
    assert ScheduleStore.open(settings).get("weekly").cron == "0 8 * * *"
    with pytest.raises(ScheduleError, match="name"):
        add_schedule(settings, notebook, "0 8 * * *", name="../escape")
    ScheduleStore.open(settings).remove("weekly")
    with pytest.raises(ScheduleError, match="no schedule named 'weekly'"):
        ScheduleStore.open(settings).remove("weekly")
    assert (settings.home / "reports" / "schedules.json").stat().st_mode & 0o077 == 0


def test_a_report_runs_when_due_and_only_once(settings, notebook: Path) -> None:
    add_schedule(settings, notebook, "0 7 * * MON", now=MONDAY_0659)
    clock, runner = Clock(MONDAY_0659), Runner()
    s = _scheduler(settings, clock, runner)
    assert _tick(s) == []
    clock.advance(minutes=1)
    assert _tick(s) == [("weekly", "started")]
    clock.advance(seconds=30)
    assert _tick(s) == []
    assert [c[2] for c in runner.calls] == [MONDAY_0659 + timedelta(minutes=1)]
    state = ScheduleStore.open(settings).get("weekly")
    assert (state.last_status, state.runs, state.last_run_id) == ("ok", 1, runner.calls[0][1])
    clock.advance(days=7)
    assert _tick(s) == [("weekly", "started")]
    s.close()


def test_a_report_never_runs_twice_at_once(settings, notebook: Path) -> None:
    add_schedule(settings, notebook, "*/5 * * * *", now=MONDAY_0659)
    clock, runner = Clock(MONDAY_0659 + timedelta(minutes=1)), Runner(block=True)
    s = _scheduler(settings, clock, runner, workers=4)
    assert [a.action for a in s.tick()] == ["started"]
    assert runner.started.wait(5)
    clock.advance(minutes=5)  # the next run is due; the first is still going
    assert [a.action for a in s.tick()] == ["busy"]
    assert [a.action for a in s.tick()] == ["busy"]
    assert len(runner.calls) == 1
    runner.release.set()
    s.wait()
    assert [a.action for a in s.tick()] == ["started"]  # it runs once the first has finished
    s.wait()
    assert len(runner.calls) == 2
    s.close()


def test_only_one_scheduler_per_home(settings) -> None:
    first = Scheduler(settings, runner=Runner())
    first.claim()
    second = Scheduler(settings, runner=Runner())
    with pytest.raises(ScheduleError, match=r"another scheduler already runs .* \(pid \d+\)"):
        second.claim()
    first.close()
    second.claim()  # free again once the first has gone
    second.close()


@pytest.mark.parametrize("policy, runs, missed", [("latest", 1, 2), ("all", 3, 0), ("skip", 0, 3)])
def test_catch_up_after_downtime(settings, notebook: Path, policy: str, runs: int, missed: int) -> None:
    add_schedule(settings, notebook, "0 7 * * MON", catch_up=policy, now=MONDAY_0659)
    clock, runner = Clock(MONDAY_0659 + timedelta(weeks=2, hours=3)), Runner()  # three Mondays missed
    s = _scheduler(settings, clock, runner)
    actions: list[Any] = []
    for _ in range(5):  # "all" starts one at a time: a later one waits for the one before
        actions += s.tick()
        s.wait()
    mondays = [MONDAY_0659 + timedelta(minutes=1, weeks=w) for w in range(3)]
    assert [c[2] for c in runner.calls] == {"latest": mondays[-1:], "all": mondays, "skip": []}[policy]
    assert sum(a.missed for a in actions) == missed
    state = ScheduleStore.open(settings).get("weekly")
    assert state.last_due == mondays[-1].isoformat()
    if policy == "skip":
        assert state.last_status == "missed 3"
    s.close()


def test_skip_still_runs_a_slightly_late_occurrence(settings, notebook: Path, isolated_home: Path) -> None:
    add_schedule(settings, notebook, "0 7 * * MON", catch_up="skip", now=MONDAY_0659)
    clock, runner = Clock(MONDAY_0659 + timedelta(minutes=1, seconds=settings.reports.grace - 1)), Runner()
    s = _scheduler(settings, clock, runner)
    assert _tick(s) == [("weekly", "started")]
    s.close()


def test_a_new_schedule_does_not_catch_up_on_its_past(settings, notebook: Path) -> None:
    add_schedule(settings, notebook, "* * * * *", now=MONDAY_0659)
    clock, runner = Clock(MONDAY_0659 + timedelta(seconds=30)), Runner()
    assert _tick(_scheduler(settings, clock, runner)) == []


def test_failures_are_recorded_and_logged_without_values(settings, notebook: Path) -> None:
    from workbench.reports import setup_logging

    log_path = setup_logging(settings, stream=False)
    add_schedule(settings, notebook, "0 7 * * MON", params={"client": "Li Wei"}, now=MONDAY_0659)
    clock = Clock(MONDAY_0659 + timedelta(minutes=1))
    s = _scheduler(settings, clock, Runner(fail=CellFailed(2, "abc", "ZeroDivisionError")))
    _tick(s)
    state = ScheduleStore.open(settings).get("weekly")
    assert (state.last_status, state.failures, state.runs) == ("failed: cell 2 (ZeroDivisionError)", 1, 1)
    clock.advance(weeks=1)
    s.runner = Runner(fail=RuntimeError("boom with data"))
    _tick(s)  # a broken runner does not end the scheduler
    assert ScheduleStore.open(settings).get("weekly").last_status == "failed: RuntimeError"
    text = log_path.read_text()
    assert "weekly: started run" in text and "failed: cell 2 (ZeroDivisionError)" in text
    assert "Li Wei" not in text and "boom with data" not in text
    s.close()


def test_the_scheduler_runs_a_real_report(settings, notebook: Path, tmp_path: Path) -> None:
    add_schedule(settings, notebook, "0 7 * * MON", out_dir=tmp_path / "out", now=MONDAY_0659)
    s = Scheduler(settings, clock=Clock(MONDAY_0659 + timedelta(minutes=1)))
    (action,) = s.tick()
    s.wait()
    s.close()
    (html,) = (tmp_path / "out").glob("weekly-*.html")
    assert action.run_id in html.name and "weekly" in html.read_text()
    assert ScheduleStore.open(settings).get("weekly").last_status == "ok"


def test_cli_schedule_list_unschedule(notebook: Path) -> None:
    cli = CliRunner()
    added = cli.invoke(report, ["schedule", str(notebook), "--cron", "0 7 * * MON", "-p", "region=EMEA",
                                "--name", "emea-weekly", "--catch-up", "skip"])
    assert added.exit_code == 0, added.output
    assert "scheduled 'emea-weekly': 0 7 * * MON (next run Mon" in added.stdout
    listed = cli.invoke(report, ["list"])
    assert "emea-weekly  [0 7 * * MON]" in listed.stdout and "never ran" in listed.stdout
    assert "params: region" in listed.stdout and "EMEA" not in listed.stdout
    bad = cli.invoke(report, ["schedule", str(notebook), "--cron", "every monday"])
    assert bad.exit_code == 1 and "not a cron expression" in bad.stderr
    assert cli.invoke(report, ["unschedule", "emea-weekly"]).exit_code == 0
    assert "No schedules" in cli.invoke(report, ["list"]).stdout


def test_cli_scheduler_once_and_a_second_scheduler_is_refused(settings) -> None:
    cli = CliRunner()
    done = cli.invoke(report, ["scheduler", "--once"])
    assert done.exit_code == 0, done.output
    holder = Scheduler(settings, runner=Runner())
    holder.claim()
    try:
        refused = cli.invoke(report, ["scheduler", "--once"])
        assert refused.exit_code == 1 and "another scheduler already runs" in refused.stderr
    finally:
        holder.close()


def test_every_command_has_helpful_help() -> None:
    cli = CliRunner()
    for cmd in ("run", "schedule", "list", "unschedule", "scheduler"):
        out = cli.invoke(report, [cmd, "--help"]).stdout
        assert len(out) > 200, cmd
    assert "Examples" in cli.invoke(report, ["run", "--help"]).stdout
    assert "catch-up" in cli.invoke(report, ["schedule", "--help"]).stdout
    assert "one report never runs twice" in cli.invoke(report, ["scheduler", "--help"]).stdout.lower().replace("\n", " ").replace("  ", " ")


def test_public_api_is_exactly_all() -> None:
    from workbench import reports

    public = {n for n in dir(reports) if not n.startswith("_")}
    assert set(reports.__all__) == public - {"annotations"}
