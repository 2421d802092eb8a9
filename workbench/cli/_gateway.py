"""`workbench gateway ...`: the trusted service between analysts and the model, and its tokens."""

from __future__ import annotations

import json

import click

from ..config import load_settings


@click.group()
def gateway() -> None:
    """The gateway: one trusted service between every analyst and the model.

    It runs as its own Unix user with its own WORKBENCH_HOME (0700) and alone holds the
    upstream key, the audit log and its signing key, corpus master keys and rate limits.
    Analysts' kernels set WORKBENCH_GATEWAY_URL and WORKBENCH_API_KEY (or, on JupyterHub,
    nothing: the kernel's JUPYTERHUB_API_TOKEN identifies the user).

    \b
      export WORKBENCH_HOME=/var/lib/workbench-gateway
      workbench gateway token add alice          # the token is the last line printed
      workbench gateway serve --upstream http://127.0.0.1:8000/v1 \\
          --upstream-key-file /etc/workbench/upstream.key
      curl -s http://127.0.0.1:8765/health
    \b
    See docs/gateway.md.
    """


@gateway.command("serve")
@click.option("--host", default=None, help="Address to listen on (default [gateway] host, 127.0.0.1).")
@click.option("--port", type=int, default=None, help="Port (default [gateway] port, 8765; 0 picks a free one).")
@click.option("--upstream", metavar="URL", multiple=True,
              help="The model server's OpenAI base URL, e.g. http://127.0.0.1:8000/v1 (vLLM, llama.cpp). "
                   "Repeat it for several servers of the same model: calls go to a healthy one, and fail "
                   "over before the first streamed piece when one is down.")
@click.option("--upstream-key-file", metavar="FILE", default=None,
              help="File holding the upstream's API key (mode 0600, owned by the gateway's user).")
@click.option("--auth", type=click.Choice(["tokens", "hub"]), default=None,
              help="tokens: bearer tokens from `workbench gateway token add`; hub: a JupyterHub service, "
                   "users identified by their JUPYTERHUB_API_TOKEN.")
@click.option("--audit-url", metavar="URL", default=None,
              help="The audit store, e.g. postgresql://gw@127.0.0.1:5432/audit: several gateway replicas "
                   "append to one hash chain (default [audit] url, else SQLite in the gateway's home).")
@click.option("--witness", metavar="FILE", default=None,
              help="Append each signed chain head to FILE, kept outside the database, so `workbench audit "
                   "verify --witness FILE` catches a database rolled back by its own administrator.")
def serve(host: str | None, port: int | None, upstream: tuple[str, ...], upstream_key_file: str | None,
          auth: str | None, audit_url: str | None, witness: str | None) -> None:
    """Serve the OpenAI API (/v1/chat/completions, /v1/models) and /v1/workbench/... until stopped.

    Every request, whatever the client: authenticate, rate limit, policy (model and corpus
    rights), PII check, injection scan, upstream call with the upstream key, audit. GET
    /health answers 200 once the pipeline is ready (503 while it starts, or while no upstream
    answers).
    """
    from ..gateway import serve as run

    run(host, port, upstream=" ".join(upstream) or None, upstream_key_file=upstream_key_file, auth=auth,
        audit_url=audit_url, witness=witness)


_AUDIT_URL = click.option(
    "--audit-url", metavar="URL", default=None,
    help="The tokens shared by every gateway replica, in PostgreSQL: the same URL the gateways serve with "
         "(default [audit] url, WORKBENCH_AUDIT_URL; without one, WORKBENCH_HOME/gateway/tokens.json).")


def _store(audit_url: str | None, *, check_file: bool = True):
    from ..gateway import open_tokens

    settings = load_settings()
    return open_tokens(settings, audit_url, check_file=check_file)


def _gateway_audit(audit_url: str | None):
    """The gateway's own audit log (the same resolution as `serve`), or None when it is off."""
    from ..audit import AuditLog

    settings = load_settings()
    settings.audit.url = audit_url or settings.gateway.audit_url or settings.audit.url
    settings.audit.witness = settings.gateway.witness or settings.audit.witness
    return AuditLog.open(settings) if settings.audit.enabled else None


def _revocations(log):
    from ..gateway import Revocations

    return Revocations(log) if log is not None else None


@gateway.group("token")
def token() -> None:
    """Bearer tokens for `--auth tokens`; only hashes are stored.

    \b
    One gateway: WORKBENCH_HOME/gateway/tokens.json (SHA-256s).
    Several replicas: with --audit-url postgresql://... (or [audit] url) the tokens live in
    PostgreSQL (keyed hashes, table gateway_tokens) and every replica checks them on every
    request. Run these commands with the gateway's WORKBENCH_HOME (its keys/ holds the key).
    """


@token.command("add")
@click.argument("user")
@_AUDIT_URL
def token_add(user: str, audit_url: str | None) -> None:
    """Issue a new token for USER; printed once, as the last line. Give it to USER only."""
    new = _store(audit_url).add(user)
    click.echo(f"New gateway token for {user} (shown once; the gateway keeps only its hash):", err=True)
    click.echo(new)


@token.command("list")
@click.option("--json", "as_json", is_flag=True, help="One JSON list.")
@_AUDIT_URL
def token_list(as_json: bool, audit_url: str | None) -> None:
    """Users with tokens: user, token id (first 8 hex digits of its SHA-256), created, expires
    ([gateway] token_days after creation; "never" with 0)."""
    rows = _store(audit_url).list()
    log = _gateway_audit(audit_url)
    if log is not None:  # a token store restored from an older copy lists tokens revoked since: leave them out
        try:
            revocations = _revocations(log)
            rows = [r for r in rows if not revocations.revoked(r["user"], r["created"])]
        finally:
            log.close(checkpoint=False)
    if as_json:
        click.echo(json.dumps(rows, indent=2))
        return
    if not rows:
        click.echo("No tokens. Add one with: workbench gateway token add USER")
    for row in rows:
        click.echo(f"{row['user']:<24} {row['id']}  {row['created']}  expires {row.get('expires', 'never')}")


@token.command("revoke")
@click.argument("user")
@_AUDIT_URL
def token_revoke(user: str, audit_url: str | None) -> None:
    """Revoke every token of USER (every running gateway refuses them from its next request)."""
    from ..errors import WorkbenchError

    store = _store(audit_url)
    log = _gateway_audit(audit_url)
    try:
        store.revocations = _revocations(log)
        n = store.revoke(user)
    except WorkbenchError as exc:
        raise click.ClickException(str(exc)) from None
    finally:
        if log is not None:
            log.close()
    if not n:
        raise click.ClickException(f"{user} had no valid tokens (the revocation is recorded in the audit log).")
    click.echo(f"Revoked {n} token(s) of {user}, recorded in the audit log.")


@token.command("migrate")
@_AUDIT_URL
def token_migrate(audit_url: str | None) -> None:
    """Move WORKBENCH_HOME/gateway/tokens.json into the shared PostgreSQL store, once.

    The hashes are copied (the tokens keep working, nobody needs a new one) and the file is
    renamed tokens.json.migrated. A token already revoked in PostgreSQL stays revoked. Then
    remove tokens.json from every other copy of the home: a gateway with a PostgreSQL
    [audit] url refuses to start while one still holds tokens.
    """
    from ..gateway import PostgresTokenStore, migrate_file_tokens

    store = _store(audit_url, check_file=False)
    if not isinstance(store, PostgresTokenStore):
        raise click.ClickException("Nothing to migrate to: give --audit-url postgresql://USER@HOST:PORT/DB "
                                   "(or set [audit] url), the database the gateways share.")
    done = migrate_file_tokens(load_settings().home, store)
    if done["file"] is None:
        click.echo("No tokens.json in this WORKBENCH_HOME: nothing to migrate.")
        return
    click.echo(f"Moved {done['added']} token(s) to PostgreSQL at {store.where} "
               f"({done['already_there']} were there already); the file is now {done['file']}.")
