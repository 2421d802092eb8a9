from __future__ import annotations

import json
import shlex
import sys
import time
from typing import Any

import click

from ..config import load_settings
from ._audit import audit
from ._corpus import corpus, keys
from ._gateway import gateway
from ._group import WorkbenchGroup
from ._guard import doctor
from ._guard import sign as model_sign
from ._guard import verify as model_verify
from ._report import report
from ._up import up


@click.group(cls=WorkbenchGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="analyst-workbench")
def cli() -> None:
    """Analyst Workbench: a private-AI workbench for JupyterLab.

    Ask a local model (vLLM on a GPU host, llama.cpp on CPU) with personal data pseudonymised
    before it leaves this machine, and every call written to a tamper-evident audit log.

    \b
    Quick start:
      workbench ask "Name one primary colour."     # starts the embedded model on first use
      workbench model status                        # what runs where
      workbench model stop

    Configuration: WORKBENCH_HOME/workbench.toml and WORKBENCH_* variables
    (see `workbench config show`).
    """


@cli.command()
@click.argument("prompt", nargs=-1, required=True)
@click.option("--system", default=None, help="A system prompt.")
@click.option("--model", default=None, help="A served model name other than the default.")
@click.option("--max-tokens", type=int, default=None, help="Cap the answer's length in tokens.")
@click.option("--no-stream", is_flag=True, help="Print the answer only when it is complete.")
@click.option("--show-sent", is_flag=True, help="Print the messages exactly as they were sent (to stderr).")
@click.option("--reasoning", "show_reasoning", is_flag=True, help="Also print the model's reasoning (R1 models).")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object: text, sent, entities, usage, ...")
def ask(prompt: tuple[str, ...], system: str | None, model: str | None, max_tokens: int | None,
        no_stream: bool, show_sent: bool, show_reasoning: bool, as_json: bool) -> None:
    """Ask the model PROMPT and print the answer as it streams in.

    \b
    Examples:
      workbench ask "Name one primary colour."
      workbench ask --show-sent "Email li.wei@example.com about the Q3 numbers"
      WORKBENCH_MODEL_URL=http://127.0.0.1:8000/v1 workbench ask --json "Hello"
    """
    from .._api import connect

    wb = connect(entry_point="cli")
    stream = not (no_stream or as_json)

    def on_delta(delta: Any) -> None:
        if delta.kind == "text":
            click.echo(delta.text, nl=False)
        elif show_reasoning:
            click.secho(delta.text, nl=False, dim=True, err=True)

    with wb:
        answer = wb.ask(" ".join(prompt), system=system, model=model, max_tokens=max_tokens,
                        stream=on_delta if stream else None)
    if as_json:
        click.echo(json.dumps(_answer_dict(answer), ensure_ascii=False, indent=2))
        return
    if stream:
        click.echo()
    else:
        if show_reasoning and answer.reasoning:
            click.secho(answer.reasoning, dim=True, err=True)
        click.echo(answer.text)
    if show_sent:
        click.echo(json.dumps(answer.sent, ensure_ascii=False, indent=2), err=True)


def _answer_dict(answer: Any) -> dict[str, Any]:
    return {
        "text": answer.text,
        "reasoning": answer.reasoning,
        "sent": answer.sent,
        "model": answer.model,
        "entities": answer.entities,
        "unexpected_entities": answer.unexpected_entities,
        "sources": answer.sources,
        "usage": answer.usage,
        "latency": answer.latency,
        "finish_reason": answer.finish_reason,
        "audit_id": answer.audit_id,
    }


@cli.command()
@click.argument("text", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object: text, counts, entities.")
def redact(text: tuple[str, ...], as_json: bool) -> None:
    """Show exactly what would be sent for TEXT, and what personal data was found.

    Values are never printed: only the text as it would leave this machine (placeholders in
    place) and the type, span and action of each finding.

    \b
    Example:
      workbench redact "Call Li Wei on +86 138 0013 8000 about invoice 4471"
    """
    from ..privacy import Privacy

    settings = load_settings()
    privacy = Privacy(settings.privacy)
    red = privacy.redact(" ".join(text), privacy.new_vault())
    entities = [{"type": e.type, "start": e.start, "end": e.end, "action": e.action,
                 "placeholder": e.placeholder} for e in red.entities]
    if as_json:
        click.echo(json.dumps({"text": red.text, "counts": red.counts, "entities": entities},
                              ensure_ascii=False, indent=2))
        return
    click.echo(red.text)
    for e in entities:
        click.echo(f"  {e['type']:<20} [{e['start']}:{e['end']}] {e['action']} -> {e['placeholder']}", err=True)


# --- model -------------------------------------------------------------------------------------


@cli.group()
def model() -> None:
    """Start, inspect and stop the model server (vLLM on GPU, llama.cpp on CPU)."""


@model.command()
@click.option("--engine", type=click.Choice(["auto", "vllm", "llamacpp"]), default=None,
              help="auto (default): vLLM on a CUDA host with vllm installed, else llama.cpp.")
@click.option("--model", "model_path", default=None, metavar="PATH_OR_NAME",
              help="A checkpoint (vLLM) or GGUF file (llama.cpp). Default: DeepSeek-R1-Distill-Qwen "
                   "under WORKBENCH_HOME/models (vLLM), the packaged Gemma 3 270M GGUF (llama.cpp).")
@click.option("--port", type=int, default=None, help="Port on 127.0.0.1 (default: a free one).")
@click.option("--foreground", is_flag=True, help="Stay attached and stop the server on Ctrl-C.")
@click.option("--dry-run", is_flag=True, help="Print the command line that would run, and exit.")
@click.option("--allow-unverified", is_flag=True,
              help="Serve even if the model's signed manifest does not verify (the override is audited).")
def serve(engine: str | None, model_path: str | None, port: int | None, foreground: bool, dry_run: bool,
          allow_unverified: bool) -> None:
    """Start the shared model server on 127.0.0.1 (or reuse the running one).

    The server requires an API key, generated once into WORKBENCH_HOME/keys/model_api_key
    (mode 0600) and passed to the engine through its environment, never its command line.
    Every kernel of this user shares the server; `workbench model stop` ends it.

    \b
    Examples:
      workbench model serve                                  # auto
      workbench model serve --engine vllm --model /models/DeepSeek-R1-Distill-Qwen-7B
      workbench model serve --engine llamacpp --model ~/models/DeepSeek-R1-Distill-Qwen-7B-Q4_K_M.gguf
      workbench model serve --engine vllm --dry-run          # show the vllm serve command
    """
    from .. import models

    settings = load_settings(**({"engine": engine} if engine else {}))
    if dry_run:
        spec = models.build_spec(settings, engine=engine, model=model_path, port=port)
        env = " ".join(f"{k}=<from {settings.keys_dir / 'model_api_key'}>" for k in spec.env)
        click.echo(f"{env} {shlex.join(spec.argv)}")
        return
    state = models.ensure_server(settings, engine=engine, model=model_path, port=port,
                                 progress=lambda msg: click.echo(msg, err=True),
                                 allow_unverified=allow_unverified, on_override=_audit_override)
    click.echo(f"{state.engine} serving {state.model!r} at {state.base_url} (pid {state.pid})")
    if foreground:
        click.echo(f"Logs: {state.log}. Press Ctrl-C to stop.", err=True)
        try:
            while models.status(settings) is not None:
                time.sleep(1)
        except KeyboardInterrupt:
            models.stop(settings)
            click.echo("Stopped.", err=True)


def _audit_override(settings: Any, model_path: str, problem: str) -> None:
    """An unverified model was served on purpose: that goes into the audit log."""
    from datetime import datetime, timezone

    from ..audit import AuditLog

    with AuditLog.open(settings) as log:
        log.append({"time": datetime.now(timezone.utc).isoformat(), "outcome": "override",
                    "gen_ai.operation.name": "model.serve", "user": settings.user, "entry_point": "cli",
                    "model_path": model_path, "error.type": "ManifestMismatch", "problem": problem})
    click.secho(f"Serving an unverified model ({problem}); the override is in the audit log.", fg="yellow", err=True)


@model.command()
@click.option("--json", "as_json", is_flag=True, help="Print the state as JSON.")
def status(as_json: bool) -> None:
    """Tell what model server runs where (exit 3 when none runs)."""
    from .. import models

    settings = load_settings()
    if settings.model.url:
        info = {"engine": "external", "base_url": settings.model.url, "model": settings.model.name}
        click.echo(json.dumps(info) if as_json else f"external server at {settings.model.url} (WORKBENCH_MODEL_URL)")
        return
    state = models.status(settings)
    if state is None:
        click.echo(json.dumps(None) if as_json else "No model server runs. `workbench model serve` starts one.")
        sys.exit(3)
    if as_json:
        info = {k: v for k, v in vars(state).items() if k != "argv"}
        click.echo(json.dumps(info, indent=2))
        return
    click.echo(f"{state.engine} serving {state.model!r} at {state.base_url}")
    click.echo(f"  pid {state.pid}, started in {state.start_seconds:.1f} s, log {state.log}")


@model.command()
def stop() -> None:
    """Stop the shared model server."""
    from .. import models

    state = models.stop(load_settings())
    click.echo(f"Stopped {state.engine} (pid {state.pid})." if state else "No model server was running.")


@cli.command()
@click.option("--quick", is_flag=True, help="Smaller sizes: finishes in about a minute on 2 cores.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object with every figure.")
@click.option("--only", multiple=True, help="Run only this section (repeatable): pipeline, corpus, client, model, audit, gpu.")
@click.option("--write", "write_to", type=click.Path(dir_okay=False), default=None,
              help="Also write the Markdown table to this file (docs/performance.md).")
def bench(quick: bool, as_json: bool, only: tuple[str, ...], write_to: str | None) -> None:
    """Measure what privacy, encryption and audit cost on this machine.

    Each ratio is the workbench's time over its floor measured in the same process: the whole
    pipeline over a bare Presidio pass, encrypted over plain FAISS search and load, ingestion
    over embedding alone, our client over the bare openai client; plus audit appends/s and
    verify records/s, and the embedded model's tokens/s and time to first token.

    \b
    Examples:
      workbench bench --quick
      workbench bench --json > bench.json
      workbench bench --write docs/performance.md
    """
    from .. import bench as benchmarks

    unknown = set(only) - set(benchmarks.SECTIONS)
    if unknown:
        raise click.BadParameter(f"unknown section {sorted(unknown)}; choose from {sorted(benchmarks.SECTIONS)}")
    result = benchmarks.run(quick=quick, only=list(only) or None, progress=lambda m: click.echo(m, err=True))
    command = "workbench bench" + (" --quick" if quick else "")
    if write_to:
        with open(write_to, "w", encoding="utf-8") as fh:
            fh.write(benchmarks.markdown(result, command))
    if as_json:
        click.echo(json.dumps(result, indent=2))
    else:
        click.echo(benchmarks.markdown(result, command))


# --- config ------------------------------------------------------------------------------------


@cli.group()
def config() -> None:
    """Show the configuration (secrets masked)."""


@config.command("show")
def config_show() -> None:
    """Print the settings in effect, from defaults, workbench.toml and WORKBENCH_* variables."""
    settings = load_settings()
    click.echo(f"# {settings.config_file}{'' if settings.config_file.exists() else ' (not present)'}")
    click.echo(json.dumps(settings.describe(), indent=2))


cli.add_command(audit)
cli.add_command(corpus)
cli.add_command(keys)
cli.add_command(doctor)
cli.add_command(report)
cli.add_command(up)
cli.add_command(gateway)
model.add_command(model_sign, "sign")
model.add_command(model_verify, "verify")


def main() -> None:
    cli(prog_name="workbench")
