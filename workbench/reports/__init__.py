"""Headless notebook runs and schedules: reports as private and as accounted for as a session.

    from workbench.reports import run_report
    result = run_report("notebooks/weekly_report.ipynb", params={"region": "EMEA"}, formats=["html", "pdf"])
    result.outputs["html"], result.run_id       # the run id names every audit record of the run

Execution goes through :class:`CellIdClient`, which tells the kernel each cell's id as JupyterLab
does, so each model call's audit record names its cell. Schedules::

    add_schedule(settings, "weekly_report.ipynb", "0 7 * * MON", params={"region": "EMEA"})
    Scheduler(settings).serve()                 # what `workbench report scheduler` runs

See docs/reports.md.
"""

from ._execute import CellIdClient, execute_notebook
from ._run import ReportResult, find_chromium, new_run_id, parse_param, run_report
from ._schedule import (
    Schedule,
    Scheduler,
    ScheduleStore,
    add_schedule,
    check_cron,
    setup_logging,
)

__all__ = [
    "CellIdClient",
    "ReportResult",
    "Schedule",
    "ScheduleStore",
    "Scheduler",
    "add_schedule",
    "check_cron",
    "execute_notebook",
    "find_chromium",
    "new_run_id",
    "parse_param",
    "run_report",
    "setup_logging",
]
