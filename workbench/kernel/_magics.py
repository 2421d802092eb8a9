from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from IPython.core.error import UsageError
from IPython.core.magic import Magics, cell_magic, line_magic, magics_class
from IPython.core.magic_arguments import argument, magic_arguments, parse_argstring
from IPython.display import Markdown, display

from ..errors import WorkbenchError
from ..pipeline import markdown_source
from ._session import conversation_for, session


@dataclass
class AskArgs:
    """``%%ask`` options, parsed into a typed object; the magic only routes."""

    corpus: str | None
    k: int
    show_sent: bool
    model: str | None
    system: str | None
    max_tokens: int | None
    continue_: bool = False
    new: bool = False
    conversation: str | None = None

    @classmethod
    def parse(cls, namespace: Any) -> AskArgs:
        values = vars(namespace)
        values["continue_"] = values.pop("continue", False)
        args = cls(**values)
        if sum((args.continue_, args.new, args.conversation is not None)) > 1:
            raise UsageError("Use one of --continue, --new and --conversation NAME at a time.")
        return args


@magics_class
class WorkbenchMagics(Magics):
    @magic_arguments()
    @argument("--corpus", default=None, metavar="NAME", help="Search this encrypted corpus and cite it.")
    @argument("--k", type=int, default=5, metavar="N", help="How many chunks to retrieve (default 5).")
    @argument("--show-sent", action="store_true",
              help="Also show the messages exactly as they left the kernel (placeholders, no PII).")
    @argument("--model", default=None, metavar="NAME", help="A served model name other than the default.")
    @argument("--system", default=None, metavar="TEXT", help="A system prompt for this call.")
    @argument("--max-tokens", type=int, default=None, metavar="N", help="Cap the answer's length.")
    @argument("--continue", action="store_true",
              help="Continue this kernel's current conversation (earlier turns are sent as history, redacted).")
    @argument("--new", action="store_true", help="Start a new conversation; later --continue cells continue it.")
    @argument("--conversation", default=None, metavar="NAME",
              help="Continue (or start) the named conversation, saved encrypted; it survives a kernel restart.")
    @cell_magic
    def ask(self, line: str, cell: str) -> Any:
        """Ask the workbench's model the question in the cell body; the answer streams in as Markdown.

        Personal data in the question is pseudonymised before it leaves the kernel and restored
        in the answer; the call is written to the audit log under this cell's id.

        Examples::

            %%ask
            Which three KPIs should a weekly churn report show?

            %%ask --show-sent --max-tokens 200
            Draft a polite reminder to Li Wei (li.wei@example.com) about the Q3 figures.

            %%ask --new
            My colleague Maria Gonzalez owns the churn model.

            %%ask --continue
            What should I ask her first?

            %%ask --conversation churn
            Where did we leave the churn analysis?
        """
        try:
            args = AskArgs.parse(parse_argstring(self.ask, line))
        except UsageError as exc:
            print(f"UsageError: {exc}")
            return None
        prompt = cell.strip()
        if not prompt:
            print("Nothing to ask: write the question in the cell body under %%ask.")
            return None
        try:
            target = conversation_for(args)
            options = dict(corpus=args.corpus, k=args.k, model=args.model, max_tokens=args.max_tokens,
                           entry_point="magic")
            if target is None:
                ask = lambda on_delta: session().ask(prompt, system=args.system, stream=on_delta, **options)  # noqa: E731
            else:
                if args.system:
                    options["system"] = args.system
                if args.corpus is None:
                    options.pop("corpus")
                ask = lambda on_delta: target.ask(prompt, stream=on_delta, **options)  # noqa: E731
            answer = stream_markdown(ask)
        except WorkbenchError as exc:
            print(f"{type(exc).__name__}: {exc}")
            return None
        if args.show_sent:
            display(Markdown(_sent_markdown(answer.sent)))
        return None


    @magic_arguments()
    @argument("--all", action="store_true", help="Every call in the log, not only this notebook's (or kernel's).")
    @argument("--by", choices=["cell", "user", "day", "notebook"], default="cell",
              help="Group the calls by cell (default), user, day or notebook.")
    @argument("--plot", choices=["calls", "tokens", "redactions"], default=None,
              help="Draw a bar chart of calls, tokens or redacted entities per group instead of a table.")
    @line_magic
    def audit(self, line: str) -> Any:
        """List this notebook's model calls, grouped by cell, from the tamper-evident audit log.

        Each row: calls by outcome (answered, failed, refused), tokens in and out, entities
        redacted (types and counts, never values), models, first and last call.

        Examples::

            %audit                       # this notebook's calls by cell
            %audit --plot tokens         # tokens per cell as a bar chart
            %audit --all --by user       # every call in the log, per user
        """
        from .. import audit as views
        from ..pipeline import current_context

        args = parse_argstring(self.audit, line)
        wb = session()
        ctx = current_context(wb.settings.user, "magic")
        if wb.pipeline.gateway_url:  # the log is the gateway's; it answers only this user's own records
            try:
                records = _gateway_records(wb.settings, None if args.all else ctx.notebook_path)
            except WorkbenchError as exc:
                print(f"{type(exc).__name__}: {exc}")
                return None
        elif wb.audit_log is None:
            print("The audit log is turned off ([audit] enabled = false).")
            return None
        else:
            records = wb.audit_log.records()
        if not args.all:
            records = [r for r in records if _same_notebook(r, ctx)]
        if args.plot:
            plot = {"calls": views.plot_calls, "tokens": views.plot_tokens, "redactions": views.plot_redactions}
            return _png(plot[args.plot](records, by=args.by))
        return views.calls_by(records, by=args.by)


    @magic_arguments()
    @argument("command", choices=["chat", "status"],
              help="chat: open the chat panel; status: the model server, redaction and audit state.")
    @argument("--system", default=None, metavar="TEXT", help="chat: a system prompt for the conversation.")
    @argument("--max-tokens", type=int, default=None, metavar="N", help="chat: cap each answer's length.")
    @line_magic
    def workbench(self, line: str) -> Any:
        """Open the chat panel, or tell what the workbench talks to.

        The chat panel shows, before anything is sent, every message exactly as it will leave
        the kernel (personal data replaced by highlighted placeholders), with Send / Edit /
        Cancel. It shares this kernel's session with ``%%ask``: the same person keeps the same
        placeholder in every turn and every cell.

        Examples::

            %workbench chat
            %workbench chat --system "Answer in one paragraph."
            %workbench status
        """
        args = parse_argstring(self.workbench, line)
        if args.command == "status":
            return _status_line(session().settings)
        from ..ui import ChatPanel

        return ChatPanel(session(), system=args.system, max_tokens=args.max_tokens)

    @magic_arguments()
    @argument("name", nargs="?", default=None, help="A corpus to describe (default: list them all).")
    @line_magic
    def corpus(self, line: str) -> Any:
        """List the encrypted corpora you may read, or describe one.

        Ask over a corpus with ``%%ask --corpus NAME`` or pick it in ``%workbench chat``.
        Until the corpus part is installed, this says so and lists nothing.

        Examples::

            %corpus                # the corpora you may read
            %corpus policies       # one corpus: owner, documents, chunks
        """
        from ..ui import list_corpora

        args = parse_argstring(self.corpus, line)
        names = list_corpora(session().settings)
        if not names:
            print("No corpora you may read. (Encrypted corpora arrive with the corpus part: "
                  "`workbench corpus add NAME PATH...`.)")
            return None
        if args.name is None:
            print("\n".join(names))
            return None
        if args.name not in names:
            print(f"No corpus {args.name!r} that you may read. Yours: {', '.join(names)}.")
            return None
        print(args.name)
        return None


def _status_line(settings: Any) -> Any:
    from .. import models

    if settings.model.url:
        where = f"external server {settings.model.url}"
    else:
        state = models.status(settings)
        where = (f"{state.engine} serving {state.model!r} at {state.base_url}" if state
                 else "no model server runs yet (the first %%ask starts one)")
    redaction = "on" if settings.privacy.enabled else "OFF"
    audit = "on" if settings.audit.enabled else "OFF"
    return Markdown(f"**Model:** {where} · **PII redaction:** {redaction} · **Audit log:** {audit} · "
                    f"**Egress:** {settings.egress} · **User:** {settings.user}")


def _gateway_records(settings: Any, notebook: str | None) -> list[dict[str, Any]]:
    """This user's records in the gateway's audit log (the gateway shows no one else's), most
    recent last; ``notebook`` narrows them there, the kernel session here."""
    from ..models import GatewayAPI

    with GatewayAPI.from_settings(settings) as api:
        return api.audit(limit=10_000, notebook=notebook)


def _png(figure: Any) -> Any:
    """A Figure as a PNG output: works whatever matplotlib backend the kernel runs."""
    import io

    from IPython.display import Image

    buf = io.BytesIO()
    figure.savefig(buf, format="png", bbox_inches="tight")
    return Image(data=buf.getvalue(), format="png")


def _same_notebook(record: dict[str, Any], ctx: Any) -> bool:
    if ctx.notebook_path:
        return record.get("notebook_path") == ctx.notebook_path
    return bool(ctx.kernel_session) and record.get("kernel_session") == ctx.kernel_session


def stream_markdown(call: Any, *, interval: float = 0.1) -> Any:
    """Run ``call(on_delta)`` and stream its text into one Markdown output, updated in place.

    What is shown always goes through the one answer renderer (``markdown_source``): the pieces
    come from it already, and showing them through it again changes nothing but would catch a
    piece that did not."""
    handle = display(Markdown("…"), display_id=True)
    parts: list[str] = []
    last = 0.0

    def on_delta(delta: Any) -> None:
        nonlocal last
        if delta.kind == "replace":  # the safe whole replaces what was streamed
            parts[:] = [delta.text]
        elif delta.kind != "text":
            return
        else:
            parts.append(delta.text)
        now = time.monotonic()
        if now - last >= interval:
            handle.update(Markdown(markdown_source("".join(parts))))
            last = now

    answer = call(on_delta)
    handle.update(Markdown(markdown_source(answer.text) or "*(empty answer)*"))
    return answer


def _sent_markdown(messages: list[dict[str, str]]) -> str:
    lines = ["**Sent to the model** (exactly as it left the kernel):", ""]
    for message in messages:
        body = message["content"].replace("\n", "\n> ")
        lines.append(f"> **{message['role']}**: {body}")
    return "\n".join(lines)
