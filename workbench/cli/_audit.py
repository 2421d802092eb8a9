"""``workbench audit``: verify, export, show and head of the tamper-evident log.

Exit codes: 0 success; 1 ``verify`` found the log broken (or another command failed);
2 ``verify`` could not open the log at all. Output never holds a secret; prompt text appears only as the
(redacted) ``content`` field in ``show --content`` and ``export``.
"""

from __future__ import annotations

import csv
import json
import os
import sys
from contextlib import contextmanager
from typing import Any, Iterator

import click

from ..errors import WorkbenchError

#: CSV column order: these first, then any other keys in sorted order.
CSV_FIRST = [
    "audit_seq", "audit_id", "audit_hash", "time", "outcome", "user", "kernel_session",
    "notebook_path", "cell_id", "execution_count", "code_sha256", "code_hmac", "intent_id", "script_path", "script_line",
    "run_id", "entry_point", "gen_ai.operation.name", "gen_ai.provider.name", "gen_ai.request.model",
    "gen_ai.response.model", "gen_ai.usage.input_tokens", "gen_ai.usage.output_tokens",
    "gen_ai.response.finish_reasons", "server.address", "server.port", "error.type", "corpus",
    "chunk_ids", "redaction", "unexpected_entities", "sent_sha256", "received_sha256", "latency_ms",
]


@contextmanager
def _open_log(audit_url: str | None = None) -> Iterator[Any]:
    from workbench.config import load_settings

    from ..audit import AuditLog

    try:
        settings = load_settings(**({"audit.url": audit_url} if audit_url else {}))
        log = AuditLog.open(settings)
    except WorkbenchError as exc:
        raise click.ClickException(str(exc)) from None
    try:
        yield log
    except WorkbenchError as exc:
        raise click.ClickException(str(exc)) from None
    finally:
        log.close(checkpoint=False)  # readers do not sign; only writers add checkpoints


@click.group("audit")
def audit() -> None:
    """The tamper-evident log of model calls."""


_audit_url = click.option(
    "--audit-url", metavar="URL", envvar="WORKBENCH_AUDIT_URL", show_envvar=True,
    help="The PostgreSQL store (postgresql://USER@HOST:PORT/DB); default: [audit] url, else the embedded one.")


def _parse_expect(value: str | None) -> tuple[int, str] | None:
    if not value:
        return None
    seq, sep, hash_ = value.partition(":")
    if not sep or not seq.isdigit() or len(hash_) != 64:
        raise click.BadParameter("use SEQ:HASH as printed by `workbench audit head`.")
    return int(seq), hash_.lower()


@audit.command()
@_audit_url
@click.option("--witness", type=click.Path(dir_okay=False), metavar="FILE",
              help="Also check every head in this witness file (default: [audit] witness).")
@click.option("--expect", metavar="SEQ:HASH", help="Also check a head kept elsewhere (from `audit head`).")
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
def verify(audit_url: str | None, witness: str | None, expect: str | None, as_json: bool) -> None:
    """Check every link and signature; exit 0 only if the log is intact."""
    wanted = _parse_expect(expect)
    try:
        with _open_log(audit_url) as log:
            result = log.verify(expect=wanted, witness=witness)
    except click.ClickException as exc:
        click.echo(f"FAILED: {exc.message}", err=True)
        sys.exit(2)
    if as_json:
        click.echo(json.dumps(result.as_dict(), indent=1))
    elif result.ok:
        witnessed = f", {result.witnessed} witnessed heads" if result.witnessed else ""
        click.echo(f"OK: {result.count} records, {result.checkpoints} signed checkpoints{witnessed}; "
                   f"head {result.head_seq}:{result.head_hash}")
        for warning in result.warnings:
            click.echo(f"warning: {warning}", err=True)
        for intent in result.unfinished:
            click.echo(f"interrupted: call {intent} started and has no outcome", err=True)
    else:
        where = f"first bad record: {result.first_bad}" if result.first_bad is not None else "log"
        if result.first_bad_id:
            where += f" (id {result.first_bad_id})"
        click.echo(f"FAILED: {where}: {result.reason}", err=True)
    sys.exit(0 if result.ok else 1)


_outcome = click.option(
    "--outcome", metavar="KIND",
    help="Only records of this outcome or kind: answered, failed, refused, interrupted, started, "
         "auth_refused (refused gateway credentials), token_revoked, egress ...")


_code = click.option(
    "--code-sha256", metavar="HEX",
    help="Only calls made from this code: the SHA-256 of the cell's source (found under whichever keyed-hash "
         "key, current or retired, hashed it).")


def _select(log: Any, code_sha256: str | None, *, limit: int | None = None, **filters: Any) -> list[dict[str, Any]]:
    if not code_sha256:
        return log.records(limit=limit, **filters)
    if len(code_sha256) != 64 or any(c not in "0123456789abcdefABCDEF" for c in code_sha256):
        raise click.BadParameter("--code-sha256 takes 64 hex digits (sha256 of the cell's source).")
    return log.lookup(code_sha256.lower(), limit=limit, **filters)


def _csv_value(value: Any) -> Any:
    if isinstance(value, (list, dict)):
        return json.dumps(value, sort_keys=True, ensure_ascii=False)
    return "" if value is None else value


@audit.command()
@_audit_url
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv"]), default="jsonl", show_default=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True), help="File to write (default: stdout).")
@click.option("--notebook", help="Only calls from this notebook path.")
@_outcome
@_code
def export(audit_url: str | None, fmt: str, output: str | None, notebook: str | None, outcome: str | None,
           code_sha256: str | None) -> None:
    """Write every record (content as stored: redacted, or sealed) as JSON lines or CSV.

    A call's intent with no outcome (cut off) is marked ``"audit_unfinished": true``."""
    with _open_log(audit_url) as log:
        rows = _select(log, code_sha256, notebook=notebook, outcome=outcome)
    finished = {r["intent_id"] for r in rows if r.get("intent_id")}
    rows = [dict(r, audit_unfinished=True) if r.get("outcome") == "started" and r["audit_id"] not in finished
            else r for r in rows]
    stream = open(output, "w", newline="", encoding="utf-8") if output else sys.stdout
    try:
        if output:
            os.chmod(output, 0o600)
        if fmt == "jsonl":
            for row in rows:
                stream.write(json.dumps(row, sort_keys=True, ensure_ascii=False) + "\n")
        else:
            extra = sorted({k for row in rows for k in row} - set(CSV_FIRST))
            writer = csv.DictWriter(stream, fieldnames=CSV_FIRST + extra)
            writer.writeheader()
            for row in rows:
                writer.writerow({k: _csv_value(row.get(k)) for k in CSV_FIRST + extra})
    finally:
        if output:
            stream.close()
    if output:
        click.echo(f"wrote {len(rows)} records to {output}", err=True)


@audit.command()
@_audit_url
@click.option("--notebook", help="Only calls from this notebook path.")
@click.option("--cell", help="Only calls from this cell id.")
@click.option("--limit", type=click.IntRange(min=1), default=50, show_default=True, help="The most recent N.")
@click.option("--content", "with_content", is_flag=True, help="Also print the redacted content as sent.")
@click.option("--user", help="Only records of this (authenticated) user.")
@_outcome
@_code
def show(audit_url: str | None, notebook: str | None, cell: str | None, limit: int, with_content: bool,
         user: str | None, outcome: str | None, code_sha256: str | None) -> None:
    """List recent records: when, who, which cell, which model, outcome, tokens, redactions."""
    with _open_log(audit_url) as log:
        rows = _select(log, code_sha256, notebook=notebook, cell=cell, limit=limit, user=user, outcome=outcome)
    if not rows:
        click.echo("no records match.")
        return
    for r in rows:
        if r.get("outcome") == "auth_refused":  # a refused gateway credential: nobody was authenticated
            click.echo(f"{r['audit_seq']:>6}  {r.get('time') or '-'}  auth_refused  {r.get('auth.reason')}  "
                       f"claimed {r.get('auth.claimed_user') or '-'}  from {r.get('client.address') or '-'}  "
                       f"{r.get('http.request.method') or '-'} {r.get('url.path') or '-'}  x{r.get('auth.count', 1)}"
                       + ("  (repeats)" if r.get("auth.repeated") else ""))
            continue
        where = (f"{r.get('notebook_path') or '-'}#{r.get('cell_id')}[{r.get('execution_count')}]"
                 if r.get("cell_id") else f"{r.get('script_path') or '-'}:{r.get('script_line') or '-'}")
        redaction = ",".join(f"{k}={v}" for k, v in sorted((r.get("redaction") or {}).items())) or "-"
        model = r.get("gen_ai.response.model") or r.get("gen_ai.request.model") or "-"
        tokens = f"{r.get('gen_ai.usage.input_tokens') or 0}/{r.get('gen_ai.usage.output_tokens') or 0}"
        click.echo(f"{r['audit_seq']:>6}  {r.get('time') or '-'}  {r.get('user') or '-'}  {where}  "
                   f"{r.get('outcome') or '-'}  {model}  tokens {tokens}  redacted {redaction}"
                   + (f"  error {r['error.type']}" if r.get("error.type") else ""))
        if with_content and r.get("content") is not None:
            click.echo("        content: " + json.dumps(r["content"], ensure_ascii=False))


@audit.command()
@_audit_url
def head(audit_url: str | None) -> None:
    """Print the chain head (seq, hash, time): keep it elsewhere, then `verify --expect SEQ:HASH`."""
    with _open_log(audit_url) as log:
        value = log.head()
    click.echo(json.dumps(value, indent=1))


@audit.command("rotate-key")
@_audit_url
def rotate_key(audit_url: str | None) -> None:
    """Retire the keyed-hash key (kept for lookups) and make a new one; the rotation is recorded.

    Old records keep their hashes and name their key (hmac_key_id); `show --code-sha256` finds
    them under any key. Copy keys/ to every other writer's home (gateway replicas), then restart them."""
    import getpass

    with _open_log(audit_url) as log:
        done = log.rotate_hmac_key(user=os.environ.get("WORKBENCH_USER") or getpass.getuser(), entry_point="cli")
        log.checkpoint()
    click.echo(json.dumps(done, indent=1))


@audit.command("reviewer-key")
@click.option("--output", "-o", required=True, type=click.Path(dir_okay=False),
              help="Where to write the reviewer's PRIVATE key (take it off this host).")
@click.option("--passphrase/--no-passphrase", default=True, show_default=True,
              help="Encrypt the private key with a passphrase (prompted).")
def reviewer_key(output: str, passphrase: bool) -> None:
    """Make a reviewer key pair for audit.content = "encrypted-full" and install its public half."""
    from workbench.config import load_settings

    from ..audit import generate_reviewer_key, install_reviewer_key

    if os.path.exists(output):
        raise click.ClickException(f"{output} exists; choose another path.")
    secret = click.prompt("Passphrase", hide_input=True, confirmation_prompt=True) if passphrase else None
    private_pem, public_pem = generate_reviewer_key(secret)
    fd = os.open(output, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(private_pem)
    try:
        path = install_reviewer_key(load_settings().keys_dir, public_pem)
    except WorkbenchError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"private key written to {output}; public key installed as {path}")
