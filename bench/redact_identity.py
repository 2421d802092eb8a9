"""Redaction identity check: is ``Privacy.redact``'s output byte-identical to a saved reference?

For pure speed changes (issue 15, round six): take a reference from the code before the change,
then check the changed code against it after every step.

    python bench/redact_identity.py --save /tmp/redact_ref.json     # before the change
    python bench/redact_identity.py --check /tmp/redact_ref.json    # after it: exit 1 on any difference
    python bench/redact_identity.py --speed 60                      # round five's path against this round's

The sample: ``--n`` English prompts (and half as many Chinese) of every seen split of
bench/privacy_eval.py (its own builders, seeds and templates; never a pristine split), its prompts
without personal data, the benchmark's 200-word prompt, and a conversation: every split's first
prompts redacted through one shared vault, so the vault's known-value pass is exercised too. Each
record is the redacted text and every entity (type, offsets, action, placeholder, score).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

#: the seen splits only: a pristine split (heldout7) is never run here
SPLITS = ("dev", "dev2", "dev4", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6")


def prompts(n: int) -> dict[str, list[str]]:
    """{sample name: prompts}, deterministic for a given ``n`` and bench/privacy_eval.py."""
    import privacy_eval

    from workbench.bench._pipeline import prompt_of

    out: dict[str, list[str]] = {"bench/200-words": [prompt_of(200)]}
    for split in SPLITS:
        if split not in privacy_eval.SEEN_SPLITS:
            raise SystemExit(f"{split} is not a seen split of bench/privacy_eval.py; refusing to run it")
        sets, no_slot = privacy_eval.build(split, n)
        for name, samples in sets.items():
            out[f"{split}/{name}"] = [text for text, _gold in samples]
        out[f"{split}/no-slot"] = list(no_slot[: max(n // 4, 1)])
    return out


def record(red) -> list:
    return [red.text, [[e.type, e.start, e.end, e.action, e.placeholder, e.score] for e in red.entities]]


def run(n: int) -> dict[str, list]:
    from workbench.privacy import Privacy

    privacy = Privacy()
    texts = prompts(n)
    result: dict[str, list] = {}
    for name, items in texts.items():
        result[name] = [record(privacy.redact(t, privacy.new_vault())) for t in items]
    shared = privacy.new_vault()  # one conversation across splits: the known-value pass
    result["conversation"] = [record(privacy.redact(items[i], shared))
                              for name, items in texts.items() if name.endswith(("/en", "/zh"))
                              for i in range(min(4, len(items)))]
    return result


def speed(reps: int) -> str:
    """Wall and CPU medians of ``Privacy.redact`` on the 200-word benchmark prompt (one vault, as in
    ``workbench bench``) and a Chinese prompt, two arms interleaved in one process: round five's path
    (Presidio's ``process_text``, ``AnalyzerEngine`` and ``LemmaContextAwareEnhancer``, the full registry)
    and this round's (prefilters, one-pass token data, the faster enhancers)."""
    import os
    import statistics

    from presidio_analyzer import AnalyzerEngine

    from workbench.bench._pipeline import prompt_of
    from workbench.privacy import Privacy, _engine
    from workbench.privacy._checks import blank_cjk, has_cjk

    privacy = Privacy()
    privacy.redact("warm up", privacy.new_vault())
    engine = _engine.get_engine(privacy.ner_model)
    plain = AnalyzerEngine(nlp_engine=engine.nlp_engine, registry=engine.analyzer.registry, supported_languages=["en"])

    def round_five(self, text, threshold, ad_hoc=None, tagger=None):  # Engine.analyze as of commit edb1cd6
        if tagger if tagger is not None else _engine.TAGGER_DEFAULT:
            ad_hoc = [*(ad_hoc or ()), self.tagger_recognizer()]
            if has_cjk(text):
                ad_hoc.append(self.zh_tagger_recognizer())
        mixed = has_cjk(text)
        artifacts = self.nlp_engine.process_text(blank_cjk(text) if mixed else text, "en")
        artifacts.lemmas = [token.lower_ for token in artifacts.tokens]
        artifacts.keywords = [w for lemma in artifacts.lemmas for w in lemma.split(":") if any(c.isalnum() for c in w)]
        results = plain.analyze(text, language="en", nlp_artifacts=artifacts, score_threshold=threshold,
                                ad_hoc_recognizers=ad_hoc or None)
        return _engine._latin_parts(results, text) if mixed else results

    now = _engine.Engine.analyze
    arms = (("round five's path", round_five), ("this round", now))
    prompts = {"200-word prompt (workbench bench)": prompt_of(200),
               "Chinese prompt, 230 characters": "客户王建国（手机13912345678）住在上海市浦东新区世纪大道100号3楼，邮编200120。"
               "请联系李娜经理确认报价单，发送到wang.jg@example.com。华南区的销售额本季度增长了12%，主要来自深圳和广州的门店。" * 2}
    lines = [f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; {reps} interleaved calls per arm", "",
             "| prompt | arm | median wall ms | ratio | median CPU ms | ratio |", "|---|---|---:|---:|---:|---:|"]
    try:
        for name, text in prompts.items():
            wall: dict[str, list[float]] = {a: [] for a, _ in arms}
            cpu: dict[str, list[float]] = {a: [] for a, _ in arms}
            vaults = {a: privacy.new_vault() for a, _ in arms}
            sent = set()
            for i in range(reps + 1):
                for arm, fn in arms:
                    _engine.Engine.analyze = fn
                    t, c = time.perf_counter(), time.process_time()
                    red = privacy.redact(text, vaults[arm])
                    if i:  # the first round warms each vault
                        wall[arm].append(time.perf_counter() - t)
                        cpu[arm].append(time.process_time() - c)
                    sent.add(red.text)
            if len(sent) != 1:
                raise SystemExit(f"the arms sent different text for the {name}")
            w0, c0 = statistics.median(wall[arms[0][0]]), statistics.median(cpu[arms[0][0]])
            for arm, _ in arms:
                w, c = statistics.median(wall[arm]), statistics.median(cpu[arm])
                lines.append(f"| {name} | {arm} | {w * 1000:.2f} | {w / w0:.3f} | {c * 1000:.2f} | {c / c0:.3f} |")
    finally:
        _engine.Engine.analyze = now
    return "\n".join(lines)


def digest(result: dict[str, list]) -> str:
    return hashlib.sha256(json.dumps(result, ensure_ascii=False, sort_keys=True).encode()).hexdigest()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    mode = ap.add_mutually_exclusive_group(required=True)
    mode.add_argument("--save", type=Path, help="write the reference JSON here")
    mode.add_argument("--check", type=Path, help="compare against this reference JSON")
    mode.add_argument("--speed", type=int, metavar="REPS", help="time round five's path against this round's "
                      "(interleaved, REPS calls per arm) instead")
    ap.add_argument("--n", type=int, default=80, help="English prompts per split (Chinese: half as many)")
    ap.add_argument("--show", type=int, default=5, help="print this many differences")
    args = ap.parse_args(argv)
    if args.speed:
        print(speed(args.speed))
        return 0
    t = time.perf_counter()
    result = run(args.n)
    total = sum(len(v) for v in result.values())
    took = time.perf_counter() - t
    if args.save:
        args.save.write_text(json.dumps({"n": args.n, "digest": digest(result), "result": result},
                                        ensure_ascii=False), encoding="utf-8")
        print(f"saved {total} redactions ({len(result)} samples, digest {digest(result)[:12]}) in {took:.0f} s")
        return 0
    ref = json.loads(args.check.read_text(encoding="utf-8"))
    if ref["n"] != args.n:
        raise SystemExit(f"the reference was taken with --n {ref['n']}; run with --n {ref['n']}")
    diffs = []
    for name in sorted(set(ref["result"]) | set(result)):
        old, new = ref["result"].get(name, []), result.get(name, [])
        if len(old) != len(new):
            diffs.append((name, -1, f"{len(old)} records, now {len(new)}", ""))
        diffs.extend((name, i, a, b) for i, (a, b) in enumerate(zip(old, new)) if a != b)
    for name, i, a, b in diffs[: args.show]:
        print(f"DIFF {name}[{i}]\n  reference: {a!r}\n  now:       {b!r}")
    verdict = "IDENTICAL" if not diffs else f"{len(diffs)} DIFFERENT"
    print(f"{verdict}: {total} redactions ({len(result)} samples, digest {digest(result)[:12]}) in {took:.0f} s")
    return 1 if diffs else 0


if __name__ == "__main__":
    raise SystemExit(main())
