"""`workbench model sign/verify` and `workbench doctor`.

The lead adds them to the root group:

    from ._guard import doctor, sign, verify
    model.add_command(sign)
    model.add_command(verify)
    cli.add_command(doctor)
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import urllib.error
import urllib.request
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Callable

import click

from ..config import Settings, load_settings
from ..errors import WorkbenchError


@click.command()
@click.argument("path", type=click.Path(exists=True, path_type=Path))
def sign(path: Path) -> None:
    """Write a signed manifest (SHA-256 of each file, Ed25519) for the model at PATH.

    PATH is a checkpoint directory (the manifest goes inside it) or one GGUF file (the manifest
    goes beside it). The key is WORKBENCH_HOME/keys/model-signing.key, made on first use; other
    hosts trust it once its .pub is copied into their keys/trusted-models/.
    """
    from ..guard import sign_model

    settings = load_settings()
    out = sign_model(path, settings.keys_dir, progress=lambda m: click.echo(m, err=True))
    click.echo(f"Signed {path} -> {out}")


@click.command()
@click.argument("path", type=click.Path(exists=True, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
def verify(path: Path, as_json: bool) -> None:
    """Check the model at PATH against its signed manifest; exit 1 on any difference."""
    from ..guard import verify_model

    report = verify_model(path, load_settings().keys_dir)
    if as_json:
        click.echo(json.dumps(asdict(report), indent=2))
    else:
        click.secho(("OK   " if report.ok else "FAIL ") + report.summary(), fg="green" if report.ok else "red")
    if not report.ok:
        sys.exit(1)


# --- doctor -------------------------------------------------------------------------------------

#: Made-up personal data; doctor checks none of it leaves the kernel. Never printed.
CANARY = {"PERSON": "Li Wei", "EMAIL_ADDRESS": "li.wei.canary@example.com", "PHONE_NUMBER": "+86 138 0013 8000"}


@dataclass
class Check:
    name: str
    status: str  # "pass" | "fail" | "skip" | "warn"
    detail: str


def run_checks(settings: Settings, *, canary: bool = True) -> list[Check]:
    """Every doctor check, in order; a check that raises is a failure with the error's type."""
    checks: list[tuple[str, Callable[[Settings], tuple[str, str]]]] = [
        ("egress", _check_egress),
        ("model server", _check_server),
        ("model manifest", _check_manifest),
    ]
    if canary:
        checks.append(("redaction canary", _check_canary))
    checks.append(("audit chain", _check_audit))
    checks.append(("permissions", _check_permissions))  # last: the checks above create files
    results = []
    for name, fn in checks:
        try:
            status, detail = fn(settings)
        except WorkbenchError as exc:
            status, detail = "fail", f"{type(exc).__name__}: {exc}"
        except Exception as exc:  # doctor reports, it does not crash; no message (may hold data)
            status, detail = "fail", f"unexpected {type(exc).__name__}"
        results.append(Check(name, status, detail))
    return results


@click.command()
@click.option("--no-canary", is_flag=True, help="Skip the call through the model (no server start).")
@click.option("--json", "as_json", is_flag=True, help="Print the checks as JSON.")
def doctor(no_canary: bool, as_json: bool) -> None:
    """Check this install's defences; one PASS/FAIL line each, exit 1 if any fails.

    Permissions of WORKBENCH_HOME and key files, the egress guard, the model server (reachable,
    refusing requests without its key), the model's signed manifest, a canary with personal data
    through the real pipeline (it must arrive redacted), and the audit chain.
    """
    results = run_checks(load_settings(), canary=not no_canary)
    if as_json:
        click.echo(json.dumps([asdict(c) for c in results], indent=2))
    else:
        colours = {"pass": "green", "fail": "red", "warn": "yellow", "skip": None}
        for c in results:
            click.secho(f"{c.status.upper():<5} {c.name:<17} {c.detail}", fg=colours[c.status])
    if any(c.status == "fail" for c in results):
        sys.exit(1)


def _check_permissions(settings: Settings) -> tuple[str, str]:
    home = settings.home
    if not home.exists():
        return "fail", f"{home} does not exist; run any workbench command to create it"
    problems = []
    if _mode(home) != 0o700:
        problems.append(f"{home} is {_mode(home):04o}, not 0700 (chmod 700 {home})")
    keys = settings.keys_dir
    count = 0
    if keys.exists():
        if _mode(keys) & 0o077:
            problems.append(f"{keys} is {_mode(keys):04o}; it must not be readable by others")
        for path in sorted(keys.rglob("*")):
            if path.is_dir():
                if _mode(path) & 0o077:
                    problems.append(f"{path} is {_mode(path):04o}")
                continue
            count += 1
            if path.suffix == ".pub":  # a public key may be read by others, never written
                if _mode(path) & 0o022:
                    problems.append(f"{path.name} is {_mode(path):04o}; others must not write it")
            elif _mode(path) != 0o600:
                problems.append(f"{path.name} is {_mode(path):04o}, not 0600")
    if problems:
        return "fail", "; ".join(problems[:5])
    return "pass", f"{home} is 0700; {count} key files are 0600"


def _check_egress(settings: Settings) -> tuple[str, str]:
    from ..guard import OFFLINE_ENV

    mode = settings.egress
    if mode == "off":
        return "warn", "egress guard is off (WORKBENCH_EGRESS=off): the kernel may connect anywhere"
    # Prove the hook works on this Python: a fresh process in strict mode must be refused.
    code = (
        "import socket,sys\n"
        "from workbench.config import load_settings\n"
        "from workbench.guard import Guard\n"
        "from workbench.errors import EgressBlocked\n"
        "import os\n"
        "from workbench.guard import OFFLINE_ENV\n"
        "Guard(load_settings(egress='strict')).install_egress()\n"
        "if any(k not in os.environ for k in OFFLINE_ENV): sys.exit(5)\n"
        "s=socket.socket()\n"
        "try:\n s.connect(('127.0.0.1', 9))\nexcept EgressBlocked:\n sys.exit(0)\nexcept OSError:\n sys.exit(3)\n"
        "sys.exit(4)\n"
    )
    env = {**os.environ, "WORKBENCH_HOME": str(settings.home)}
    proc = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, timeout=120)
    if proc.returncode == 5:
        return "fail", f"the guard did not set the offline switches ({', '.join(OFFLINE_ENV)})"
    if proc.returncode != 0:
        return "fail", f"the egress hook did not refuse a test connection (exit {proc.returncode})"
    return "pass", f"mode {mode}; a strict test connection was refused; offline switches are set"


def _check_server(settings: Settings) -> tuple[str, str]:
    from ..models import resolve_endpoint

    endpoint = resolve_endpoint(settings)  # starts the managed server if none runs
    url = endpoint.base_url.rstrip("/") + "/models"
    anonymous = _http_status(url, None)
    keyed = _http_status(url, endpoint.api_key) if endpoint.api_key else None
    if anonymous is None:
        return "fail", f"no answer from {endpoint.base_url}"
    if anonymous not in (401, 403):
        return "fail", f"{endpoint.base_url} answered {anonymous} to a request without the API key (expected 401)"
    if keyed != 200:
        return "fail", f"{endpoint.base_url} answered {keyed} with the API key (expected 200)"
    return "pass", f"{endpoint.base_url} answers, and refuses requests without its key ({anonymous})"


def _check_manifest(settings: Settings) -> tuple[str, str]:
    from .. import models
    from ..guard import manifest_path, model_path_from_argv, verify_model

    if settings.model.url:
        return "skip", "remote model server (WORKBENCH_MODEL_URL): its files are not on this host"
    state = models.status(settings)
    model = model_path_from_argv(state.argv) if state else None
    if model is None or not Path(model).exists():
        return "skip", "no local model path to check"
    if not manifest_path(Path(model).resolve()).exists():
        status = "fail" if settings.guard.require_manifest else "skip"
        return status, f"no manifest for {Path(model).name} (workbench model sign {model})"
    report = verify_model(model, settings.keys_dir)
    return ("pass" if report.ok else "fail"), report.summary()


def _check_canary(settings: Settings) -> tuple[str, str]:
    from .._api import Workbench

    prompt = (f"Reply with OK. Contact {CANARY['PERSON']} at {CANARY['EMAIL_ADDRESS']} "
              f"or {CANARY['PHONE_NUMBER']}.")
    with Workbench(settings, entry_point="cli", progress=lambda _m: None) as wb:
        answer = wb.ask(prompt, max_tokens=4)
    sent = json.dumps(answer.sent, ensure_ascii=False)
    leaked = [kind for kind, value in CANARY.items() if value in sent]
    if leaked:
        return "fail", f"the sent prompt still held {', '.join(leaked)}: redaction is not working"
    if not answer.entities:
        return "fail", "no entity was redacted (answer.entities is empty)"
    kinds = ", ".join(f"{k}={v}" for k, v in sorted(answer.entities.items()))
    return "pass", f"canary went through the pipeline redacted ({kinds}); audit record {answer.audit_id}"


def _check_audit(settings: Settings) -> tuple[str, str]:
    from ..audit import AuditLog

    if not settings.audit.enabled:
        return "fail", "the audit log is turned off ([audit] enabled = false)"
    log = AuditLog.open(settings)
    try:
        result = log.verify()
    finally:
        log.close()
    if not result.ok:
        return "fail", f"the audit chain does not verify: {result.reason} (first bad record: {result.first_bad})"
    return "pass", f"the audit chain verifies ({result.count} records, {result.checkpoints} checkpoints)"


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _http_status(url: str, key: str | None) -> int | None:
    headers = {"Authorization": f"Bearer {key}"} if key else {}
    try:
        with urllib.request.urlopen(urllib.request.Request(url, headers=headers), timeout=10) as resp:  # noqa: S310
            return resp.status
    except urllib.error.HTTPError as exc:
        return exc.code
    except (urllib.error.URLError, OSError, ValueError):
        return None


__all__ = ["sign", "verify", "doctor", "run_checks", "Check", "CANARY"]
