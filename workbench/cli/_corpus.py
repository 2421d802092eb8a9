"""`workbench corpus ...` and `workbench keys ...`: encrypted corpora from the shell."""

from __future__ import annotations

import json

import click

from ..config import load_settings


def _corpora():
    from ..corpus import Corpora

    return Corpora.open(load_settings())


@click.group()
def corpus() -> None:
    """Encrypted corpora: add documents, search, and manage who may read them.

    \b
    Unlock with WORKBENCH_PASSPHRASE (or [corpus] key_file in workbench.toml); the first use
    creates the master key from it.
    \b
      workbench corpus add hr ./policies handbook.pdf
      workbench corpus search hr "parental leave" -k 3
      workbench corpus grant hr alice --right read
    """


@corpus.command("add")
@click.argument("name")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=False))
@click.option("--no-progress", is_flag=True, help="No progress bar.")
def add(name: str, paths: tuple[str, ...], no_progress: bool) -> None:
    """Add files and folders (recursively) at PATHS to corpus NAME (created if new)."""
    from pathlib import Path

    report = _corpora().get(name).add([Path(p) for p in paths], progress=not no_progress)
    click.echo(str(report))
    if report.errors:
        raise SystemExit(2 if report.chunks_added == 0 and report.documents == 0 else 0)


@corpus.command("search")
@click.argument("name")
@click.argument("query", nargs=-1, required=True)
@click.option("-k", default=5, show_default=True, help="How many chunks.")
@click.option("--json", "as_json", is_flag=True, help="One JSON list of hits.")
def search(name: str, query: tuple[str, ...], k: int, as_json: bool) -> None:
    """Search corpus NAME for QUERY (decrypts only the chunks shown)."""
    corpora = _corpora()
    hits = corpora.search(name, " ".join(query), k=k, user=corpora.user)
    if as_json:
        click.echo(json.dumps([h.__dict__ for h in hits], ensure_ascii=False, indent=2))
        return
    for n, hit in enumerate(hits, start=1):
        page = f" p.{hit.page}" if hit.page else ""
        click.secho(f"[{n}] {hit.source}{page}  score={hit.score:.3f}  id={hit.chunk_id[:12]}", bold=True)
        click.echo(hit.text.strip()[:600] + "\n")


@corpus.command("grant")
@click.argument("name")
@click.argument("user")
@click.option("--right", type=click.Choice(["read", "write", "admin"]), default="read", show_default=True)
def grant(name: str, user: str, right: str) -> None:
    """Give USER a RIGHT on corpus NAME (you need admin on it). USER "*" means everyone."""
    corpora = _corpora()
    corpora.get(name, create=False).grant(user, right, by=corpora.user)
    click.echo(f"{user} may now {right} {name}.")


@corpus.command("revoke")
@click.argument("name")
@click.argument("user")
def revoke(name: str, user: str) -> None:
    """Take USER's grant on corpus NAME away (you need admin on it)."""
    corpora = _corpora()
    removed = corpora.get(name, create=False).revoke(user, by=corpora.user)
    click.echo(f"{user}'s grant on {name} was revoked." if removed else f"{user} had no grant on {name}.")


@corpus.command("list")
@click.option("--json", "as_json", is_flag=True)
def list_(as_json: bool) -> None:
    """The corpora you may read, with your right, owner and size."""
    corpora = _corpora()
    rows = corpora.list()
    if as_json:
        click.echo(json.dumps(rows, indent=2))
        return
    if not rows:
        click.echo("No corpora you can read. Create one with `workbench corpus add NAME PATH`.")
    for row in rows:
        acl = corpora.get(row["name"]).acl()
        grants = ", ".join(f"{u}:{r}" for u, r in sorted(acl.grants.items())) or "-"
        click.echo(f"{row['name']}: {row['chunks']} chunks, {row['sources']} sources, owner {row['owner']}, "
                   f"you: {row['right']}, grants: {grants}, index {row['index']}")


@click.group()
def keys() -> None:
    """The corpus master key."""


@keys.command("rotate")
@click.option("--new-key-file", type=click.Path(), default=None,
              help="Protect corpora with this key file from now on (instead of a new passphrase).")
def rotate(new_key_file: str | None) -> None:
    """Re-wrap every corpus's data key under a new master key; no data is re-encrypted.

    The current key comes from WORKBENCH_PASSPHRASE / [corpus] key_file; the new passphrase is
    asked for twice (or read from WORKBENCH_NEW_PASSPHRASE). Afterwards update
    WORKBENCH_PASSPHRASE or [corpus] key_file to the new one.
    """
    import os

    corpora = _corpora()
    _ = corpora.master  # unlock with the current key first: a wrong one fails before any change
    new_pass = None if new_key_file else (os.environ.get("WORKBENCH_NEW_PASSPHRASE") or
                                          click.prompt("New passphrase", hide_input=True, confirmation_prompt=True))
    count = corpora.rotate(passphrase=new_pass, key_file=new_key_file)
    click.echo(f"Re-wrapped the data keys of {count} corpora under the new master key.")


@keys.command("new-key-file")
@click.argument("path", type=click.Path())
def new_key_file(path: str) -> None:
    """Write a new random key file at PATH (mode 0600) for [corpus] key_file."""
    from ..corpus import create_key_file

    click.echo(f"Wrote {create_key_file(path)}; set [corpus] key_file = \"{path}\" in workbench.toml.")
