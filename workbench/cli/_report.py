"""``workbench report``: run notebooks headless as audited reports, and schedule them.

Exit codes: 0 success; 1 the run failed (a cell raised: the message names it) or another
workbench error; 2 bad usage.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

import click

from ._group import WorkbenchGroup

FORMAT_CHOICE = click.Choice(["html", "pdf", "ipynb"])


def _params(values: tuple[str, ...]) -> dict[str, Any]:
    from ..reports import parse_param

    return dict(parse_param(v) for v in values)


def _settings() -> Any:
    from ..config import load_settings

    return load_settings()


param_option = click.option(
    "--param", "-p", "params", multiple=True, metavar="NAME=VALUE",
    help="Set a parameter (repeatable). The notebook's cell tagged `parameters` holds the defaults; "
         "VALUE is read as JSON when it parses (5, true, [1,2]), else as text.")
to_option = click.option(
    "--to", "formats", multiple=True, type=FORMAT_CHOICE,
    help="Output format (repeatable): html (default), pdf (printed by headless Chromium; skipped with "
         "a warning when Chromium is absent), ipynb (the executed notebook).")
out_option = click.option(
    "--out", "out_dir", default=None, metavar="DIR",
    help="Folder for the report. Default: [reports] out_dir, else WORKBENCH_HOME/reports/<name>.")


@click.group("report", cls=WorkbenchGroup)
def report() -> None:
    """Run notebooks headless as audited reports, now or on a schedule.

    A run executes every cell the way JupyterLab does (each cell's id goes to the kernel), so
    each model call's audit record names its cell and the run's id. The report ends with a
    footer: run id, model, audit chain head and what was redacted (types and counts only).

    \b
    Examples:
      workbench report run notebooks/weekly_report.ipynb -p region=APAC --to html --to pdf
      workbench report schedule notebooks/weekly_report.ipynb --cron "0 7 * * MON"
      workbench report list
      workbench report scheduler                # keep running; starts reports when due
    """


@report.command("run")
@click.argument("notebook", type=click.Path(exists=True, dir_okay=False))
@param_option
@out_option
@to_option
@click.option("--timeout", type=int, default=None, metavar="SECONDS",
              help="Longest a single cell may run (default: [reports] timeout, 600).")
@click.option("--kernel", default=None, metavar="NAME", help="Kernel to run in (default: the notebook's).")
@click.option("--no-input", is_flag=True, help="Leave the code out of the HTML/PDF: outputs and Markdown only.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON summary of the run instead of text.")
def run_cmd(notebook: str, params: tuple[str, ...], out_dir: str | None, formats: tuple[str, ...],
            timeout: int | None, kernel: str | None, no_input: bool, as_json: bool) -> None:
    """Run NOTEBOOK headless and write the report.

    Parameters are injected after the cell tagged `parameters` (papermill's convention). If a
    cell raises, the run stops, exits 1 and names the cell; a partial report with the traceback
    is written next to where the report would have been (name ending in -FAILED).

    \b
    Examples:
      workbench report run churn.ipynb
      workbench report run weekly_report.ipynb -p region=APAC -p top_n=5 --out reports/ --to pdf
      workbench report run audit_review.ipynb --to ipynb --to html --no-input
    """
    from ..reports import run_report

    result = run_report(notebook, params=_params(params), out_dir=out_dir, formats=formats or None,
                        settings=_settings(), timeout=timeout, kernel=kernel, no_input=no_input)
    for fmt, reason in result.skipped.items():
        click.secho(f"Warning: {fmt}: {reason}", fg="yellow", err=True)
    if as_json:
        click.echo(json.dumps(result.summary(), indent=2))
        return
    click.echo(f"run {result.run_id}: {result.calls} model call(s), {result.seconds:.1f} s")
    for fmt, path in result.outputs.items():
        click.echo(f"  {fmt:<5} {path}")


@report.command("schedule")
@click.argument("notebook", type=click.Path(exists=True, dir_okay=False))
@click.option("--cron", required=True, metavar="EXPR",
              help='When to run, as 5 cron fields in local time: "0 7 * * MON" = Mondays 07:00.')
@click.option("--name", default=None, help="The schedule's name (default: the notebook's file name).")
@param_option
@out_option
@to_option
@click.option("--catch-up", type=click.Choice(["latest", "skip", "all"]), default=None,
              help="Runs missed while no scheduler ran: latest (default: run once), skip (only a run at most "
                   "[reports] grace seconds late), all (each missed run, oldest first).")
@click.option("--replace", is_flag=True, help="Replace a schedule of the same name.")
def schedule_cmd(notebook: str, cron: str, name: str | None, params: tuple[str, ...], out_dir: str | None,
                 formats: tuple[str, ...], catch_up: str | None, replace: bool) -> None:
    """Run NOTEBOOK as a report on a cron schedule.

    Schedules live in WORKBENCH_HOME/reports/schedules.json; `workbench report scheduler`
    runs them (or cron/systemd: see docs/reports.md).

    \b
    Examples:
      workbench report schedule weekly_report.ipynb --cron "0 7 * * MON" -p region=EMEA
      workbench report schedule audit_review.ipynb --cron "30 6 * * *" --name daily-audit --to pdf
    """
    from ..reports import add_schedule

    s = add_schedule(_settings(), notebook, cron, name=name, params=_params(params), formats=list(formats) or None,
                     out_dir=out_dir, catch_up=catch_up, replace=replace)
    nxt = s.next_run()
    click.echo(f"scheduled {s.name!r}: {s.cron} (next run {nxt:%a %Y-%m-%d %H:%M %Z})")
    click.echo("Runs when `workbench report scheduler` is running (or cron/systemd calls "
               "`workbench report scheduler --once`).", err=True)


@report.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print the schedules as JSON.")
def list_cmd(as_json: bool) -> None:
    """List the schedules: cron, next run and how the last run went.

    Each line: name, cron expression, next run (local time), last status and run id (the run id
    names the run's audit records, as in the audit_review notebook). Parameter names are
    shown, never their values. Schedules live in WORKBENCH_HOME/reports/schedules.json.
    """
    from dataclasses import asdict

    from ..reports import ScheduleStore

    items = ScheduleStore.open(_settings()).list()
    if as_json:
        click.echo(json.dumps([{**asdict(s), "next_run": s.next_run().isoformat()} for s in items], indent=2))
        return
    if not items:
        click.echo("No schedules. `workbench report schedule NOTEBOOK --cron EXPR` adds one.")
        return
    for s in items:
        last = f"{s.last_status} ({s.last_run_id})" if s.last_run_id else (s.last_status or "never ran")
        click.echo(f"{s.name}  [{s.cron}]  next {s.next_run():%Y-%m-%d %H:%M}  last: {last}")
        click.echo(f"    {s.notebook}  -> {', '.join(s.formats)}"
                   + (f"  params: {', '.join(sorted(s.params))}" if s.params else ""))


@report.command("unschedule")
@click.argument("name")
def unschedule_cmd(name: str) -> None:
    """Remove the schedule NAME (reports already written stay).

    A running scheduler notices at its next check; a run already going finishes.
    `workbench report list` shows the names.
    """
    from ..reports import ScheduleStore

    ScheduleStore.open(_settings()).remove(name)
    click.echo(f"unscheduled {name!r}")


@report.command("scheduler")
@click.option("--once", is_flag=True,
              help="Run what is due now, wait for it, and exit (for cron or a systemd timer).")
@click.option("--poll", type=int, default=None, metavar="SECONDS",
              help="Seconds between checks (default: [reports] poll, 30).")
@click.option("--workers", type=int, default=None, metavar="N",
              help="Reports run at the same time (default: [reports] workers, 2). One report never runs twice at once.")
def scheduler_cmd(once: bool, poll: int | None, workers: int | None) -> None:
    """Run scheduled reports when they are due, until stopped (Ctrl-C or SIGTERM).

    Only one scheduler runs per WORKBENCH_HOME (a second exits with an error). A report whose
    previous run is still going is not started again; it starts when that run ends. Runs missed
    while no scheduler ran are handled by each schedule's catch-up policy. Logs go to stderr and
    WORKBENCH_HOME/reports/scheduler.log.
    """
    import signal
    import threading

    from ..reports import Scheduler, setup_logging

    settings = _settings()
    log_path = setup_logging(settings)
    scheduler = Scheduler(settings, workers=workers)
    scheduler.claim()
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    click.echo(f"scheduler for {settings.home} started at {datetime.now():%H:%M:%S}; log {log_path}", err=True)
    try:
        scheduler.serve(poll=poll, stop=stop, once=once)
    except KeyboardInterrupt:
        click.echo("stopping: waiting for running reports to finish ...", err=True)
    finally:
        scheduler.close(wait=True)
