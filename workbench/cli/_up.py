"""``workbench up``: the model server (if none runs) and JupyterLab on 127.0.0.1, with a token."""

from __future__ import annotations

import os
import secrets
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import click

from ..config import load_settings


@click.command()
@click.option("--port", type=int, default=8888, show_default=True, help="JupyterLab's port on 127.0.0.1.")
@click.option("--notebook-dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="The folder JupyterLab opens (default: ./notebooks if it exists, else the current folder).")
@click.option("--no-model", is_flag=True, help="Do not start the model server now (the first call starts it).")
@click.option("--no-browser", is_flag=True, help="Print the URL instead of opening a browser.")
@click.option("--dry-run", is_flag=True, help="Print the JupyterLab command line (token hidden) and exit.")
def up(port: int, notebook_dir: Path | None, no_model: bool, no_browser: bool, dry_run: bool) -> None:
    """Start the model server if needed, then JupyterLab on 127.0.0.1 with a token.

    With WORKBENCH_GATEWAY_URL set no model server is started: calls go through the gateway,
    and this says "via gateway <url> as <user>" (the user the gateway authenticated).

    JupyterLab listens on loopback only and requires a token (a fresh random one unless
    JUPYTER_TOKEN is set). It opens NOTEBOOK_DIR (default ./notebooks), with the workbench's
    status bar, Audit sidebar and `%load_ext workbench` ready. Ctrl-C stops JupyterLab; the
    model server keeps running for other kernels (`workbench model stop` ends it).

    \b
    Examples:
      workbench up
      workbench up --port 8890 --notebook-dir ~/analysis
      workbench up --dry-run
    """
    from .. import models

    root = notebook_dir or (Path("notebooks") if Path("notebooks").is_dir() else Path("."))
    root = root.expanduser().resolve()
    if not root.is_dir():
        raise click.BadParameter(f"{root} is not a folder.", param_hint="--notebook-dir")
    argv = lab_argv(port=port, root=root, open_browser=not no_browser)
    if dry_run:
        click.echo(" ".join(argv) + "   # token from JUPYTER_TOKEN or generated")
        return
    settings = load_settings()
    if settings.gateway.url:  # calls go through the gateway: no model server of our own
        click.echo(gateway_line(settings), err=True)
    elif not no_model and not settings.model.url:
        state = models.ensure_server(settings, progress=lambda msg: click.echo(msg, err=True))
        click.echo(f"Model: {state.engine} serving {state.model!r} at {state.base_url}", err=True)
    token = os.environ.get("JUPYTER_TOKEN") or secrets.token_urlsafe(24)
    click.echo(f"JupyterLab: http://127.0.0.1:{port}/lab?token={token}", err=True)
    env = {**os.environ, "JUPYTER_TOKEN": token}
    try:
        completed = subprocess.run(argv, env=env, check=False)
    except KeyboardInterrupt:
        return
    if completed.returncode not in (0, 130, -2):
        sys.exit(completed.returncode)


def lab_argv(*, port: int, root: Path, open_browser: bool) -> list[str]:
    """The JupyterLab command line: loopback only, the token from the environment (never argv)."""
    jupyter = shutil.which("jupyter", path=str(Path(sys.executable).parent)) or shutil.which("jupyter") or "jupyter"
    argv = [jupyter, "lab", "--ServerApp.ip=127.0.0.1", f"--ServerApp.port={port}",
            "--ServerApp.port_retries=0", f"--ServerApp.root_dir={root}"]
    if not open_browser:
        argv.append("--no-browser")
    if os.geteuid() == 0:
        argv.append("--allow-root")
    return argv


def gateway_line(settings: Any) -> str:
    """``Model: via gateway <url> as <user>``, the user as the gateway's ``whoami`` says (2 s);
    if it does not answer, why, and what to check (JupyterLab starts anyway)."""
    from ..errors import WorkbenchError
    from ..models import GatewayAPI

    with GatewayAPI.from_settings(settings, timeout=2.0) as api:
        try:
            who = api.whoami()
        except WorkbenchError as exc:
            return f"Model: via gateway {api.url}, which does not say who you are yet ({type(exc).__name__}: {exc})"
    return f"Model: via gateway {api.url} as {who.get('user')}"
