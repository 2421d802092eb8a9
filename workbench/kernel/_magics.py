from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from IPython.core.magic import Magics, cell_magic, magics_class
from IPython.core.magic_arguments import argument, magic_arguments, parse_argstring
from IPython.display import Markdown, display

from ..errors import WorkbenchError
from ._session import session


@dataclass
class AskArgs:
    """``%%ask`` options, parsed into a typed object; the magic only routes."""

    corpus: str | None
    k: int
    show_sent: bool
    model: str | None
    system: str | None
    max_tokens: int | None


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
        """
        args = AskArgs(**vars(parse_argstring(self.ask, line)))
        prompt = cell.strip()
        if not prompt:
            print("Nothing to ask: write the question in the cell body under %%ask.")
            return None
        try:
            answer = stream_markdown(
                lambda on_delta: session().ask(
                    prompt,
                    corpus=args.corpus,
                    k=args.k,
                    model=args.model,
                    system=args.system,
                    max_tokens=args.max_tokens,
                    stream=on_delta,
                    entry_point="magic",
                )
            )
        except WorkbenchError as exc:
            print(f"{type(exc).__name__}: {exc}")
            return None
        if args.show_sent:
            display(Markdown(_sent_markdown(answer.sent)))
        return None


def stream_markdown(call: Any, *, interval: float = 0.1) -> Any:
    """Run ``call(on_delta)`` and stream its text into one Markdown output, updated in place."""
    handle = display(Markdown("…"), display_id=True)
    parts: list[str] = []
    last = 0.0

    def on_delta(delta: Any) -> None:
        nonlocal last
        if delta.kind != "text":
            return
        parts.append(delta.text)
        now = time.monotonic()
        if now - last >= interval:
            handle.update(Markdown("".join(parts)))
            last = now

    answer = call(on_delta)
    handle.update(Markdown(answer.text or "*(empty answer)*"))
    return answer


def _sent_markdown(messages: list[dict[str, str]]) -> str:
    lines = ["**Sent to the model** (exactly as it left the kernel):", ""]
    for message in messages:
        body = message["content"].replace("\n", "\n> ")
        lines.append(f"> **{message['role']}**: {body}")
    return "\n".join(lines)
