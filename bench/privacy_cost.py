"""Redaction cost (issue 15, round eleven, P1): where the time goes, and is a faster tree the same?

    python bench/privacy_cost.py --profile                         # ms per recognizer, per 200 words
    python bench/privacy_cost.py --speed 40 --old /tmp/P1/old       # old tree vs this one, interleaved
    python bench/privacy_cost.py --equivalence --old /tmp/P1/old    # every seen prompt, both trees
    python bench/privacy_cost.py --switch 60                       # round twelve: NER gemm off/on, one process
    python bench/privacy_cost.py --switch-decode 20                # round thirteen: NER loop spaCy's/numpy's

``--old`` is another checkout of the project (``git worktree add -f /tmp/P1/old 42471e6``); each tree
runs in its own worker process with that tree first on ``sys.path``, so the two never share a module.
``--old-env KEY=VALUE`` (round twelve) sets the old arm's environment; with no ``--old`` the old arm is this
tree, so a switch compares the same code with it off and on (``--old-env WORKBENCH_PRIVACY_NER_GEMM=blis``).

* ``--profile``: each recognizer's ``analyze`` (the registry's, the learned taggers', and the
  post-filters of ``Privacy._select`` as one row) timed on the benchmark's 200-word prompt and on
  seen-split text (English, Chinese, number-heavy), in ms per 200 words (Chinese: per 200 characters).
* ``--speed N``: ``Privacy.redact`` of the benchmark prompt (``workbench.bench._pipeline.prompt_of``),
  the two trees' workers taking turns, one call each, N times: the medians, their ratio and the load.
* ``--equivalence``: ``redact()`` of every English and Chinese prompt of the seen splits (``--n`` English
  prompts per split, half as many Chinese; a fresh vault each, then the first 20 of each set through one
  shared vault), by both trees; prints how many redacted texts or entity lists differ, and the first
  few. The old tree's outputs are kept in ``--cache`` (the old tree does not change).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: the seen splits (bench/privacy_eval.py SEEN_SPLITS); a pristine split is never run here
SPLITS = ("dev", "dev2", "dev4", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6",
          "heldout7", "heldout8", "heldout9", "heldout10", "heldout11", "heldout12")
SHARED_VAULT_PROMPTS = 20


def _use_tree(root: Path) -> None:
    sys.path.insert(0, str(root / "bench"))
    sys.path.insert(0, str(root))


# -- prompts -------------------------------------------------------------------------------------------
def prompts(n: int, splits: tuple[str, ...] = SPLITS) -> dict[str, list[str]]:
    """{"split/en" | "split/zh": prompts} built by this tree's bench/privacy_eval.py, plus the benchmark's."""
    import privacy_eval

    from workbench.bench._pipeline import prompt_of

    out: dict[str, list[str]] = {"bench/200-words": [prompt_of(200)]}
    for split in splits:
        if split not in privacy_eval.SEEN_SPLITS:
            raise SystemExit(f"{split} is not a seen split of bench/privacy_eval.py; refusing to run it")
        sets, _no_slot = privacy_eval.build(split, n)
        for name in ("en", "zh"):
            if name in sets:
                out[f"{split}/{name}"] = [text for text, _gold in sets[name]]
    return out


def _record(red) -> list:
    return [red.text, [[e.type, e.start, e.end, e.action, e.placeholder, e.score] for e in red.entities]]


def redact_all(texts: dict[str, list[str]]) -> dict[str, list]:
    """Every prompt redacted with a fresh vault, then each set's first prompts through one shared vault."""
    from workbench.privacy import Privacy

    privacy = Privacy()
    out: dict[str, list] = {}
    for name, items in texts.items():
        out[name] = [_record(privacy.redact(t, privacy.new_vault())) for t in items]
        shared = privacy.new_vault()
        out[name + "#shared"] = [_record(privacy.redact(t, shared)) for t in items[:SHARED_VAULT_PROMPTS]]
    return out


# -- workers: one process per tree ---------------------------------------------------------------------
def _worker(root: Path, job: str, path_in: str | None, path_out: str | None) -> int:
    _use_tree(root)
    if job == "redact":
        texts = json.loads(Path(path_in or "").read_text(encoding="utf-8"))
        Path(path_out or "").write_text(json.dumps(redact_all(texts), ensure_ascii=False), encoding="utf-8")
        return 0
    if job == "serve":  # --speed: one timed redact per line read ("go"), its seconds written back
        from workbench.bench._pipeline import prompt_of
        from workbench.privacy import Privacy

        privacy = Privacy()
        vault, text = privacy.new_vault(), prompt_of(200)
        digest = hashlib.sha256(privacy.redact(text, vault).text.encode()).hexdigest()[:12]
        print(f"ready {digest}", flush=True)
        for line in sys.stdin:
            if line.strip() != "go":
                break
            t0, c0 = time.perf_counter(), time.process_time()
            privacy.redact(text, vault)
            print(f"{time.perf_counter() - t0:.6f} {time.process_time() - c0:.6f}", flush=True)
        return 0
    raise SystemExit(f"unknown job {job}")


#: the old arm's extra environment (--old-env), set by main()
OLD_ENV: dict[str, str] = {}


def _spawn(root: Path, *args: str, old: bool = False, **kw) -> subprocess.Popen:
    env = {**os.environ, **OLD_ENV} if old else None
    return subprocess.Popen([sys.executable, str(Path(__file__).resolve()), "--worker", str(root), *args],
                            cwd=str(root), env=env, **kw)


def speed(old: Path, new: Path, reps: int) -> str:
    arms = {"old": old, "new": new}
    procs = {a: _spawn(r, "--job", "serve", old=a == "old", stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
             for a, r in arms.items()}
    digests = {a: (p.stdout.readline().split() if p.stdout else ["?", "?"])[1] for a, p in procs.items()}
    wall: dict[str, list[float]] = {a: [] for a in arms}
    cpu: dict[str, list[float]] = {a: [] for a in arms}
    loads = [os.getloadavg()[0]]
    for i in range(reps):
        for a in (("old", "new") if i % 2 == 0 else ("new", "old")):  # alternate who goes first
            p = procs[a]
            assert p.stdin and p.stdout
            p.stdin.write("go\n")
            p.stdin.flush()
            w, c = p.stdout.readline().split()
            wall[a].append(float(w))
            cpu[a].append(float(c))
        if i % 10 == 9:
            loads.append(os.getloadavg()[0])
    for p in procs.values():
        assert p.stdin
        p.stdin.close()
        p.wait()
    w = {a: statistics.median(v) * 1000 for a, v in wall.items()}
    c = {a: statistics.median(v) * 1000 for a, v in cpu.items()}
    same = "same" if digests["old"] == digests["new"] else "DIFFERENT"
    return (f"200-word prompt, {reps} calls per tree, interleaved; load average {min(loads):.1f}-{max(loads):.1f} "
            f"on {os.cpu_count()} cores; redacted text {same} ({digests['old']} / {digests['new']})\n"
            f"| tree | median wall ms | median CPU ms |\n|---|---:|---:|\n"
            f"| old ({old}{_env_label()}) | {w['old']:.2f} | {c['old']:.2f} |\n| new ({new}) | {w['new']:.2f} | {c['new']:.2f} |\n"
            f"| new / old | {w['new'] / w['old']:.3f} | {c['new'] / c['old']:.3f} |")


def switch(tree: Path, reps: int) -> str:
    """Round twelve: the NER's gemm switch (``_blas``) off (BLIS) and on (numpy's BLAS, one thread) in one process,
    alternating per call on the benchmark prompt: CPU-time medians and their ratio (the load cannot favour an arm)."""
    _use_tree(tree)
    from workbench.bench._pipeline import prompt_of
    from workbench.privacy import Privacy, _blas, _engine

    privacy = Privacy()
    vault, text = privacy.new_vault(), prompt_of(200)
    privacy.redact(text, vault)
    nlp = _engine.get_engine(privacy.ner_model).nlp
    cpu: dict[bool, list[float]] = {False: [], True: []}
    wall: dict[bool, list[float]] = {False: [], True: []}
    loads = [os.getloadavg()[0]]
    texts = {}
    for i in range(2 * reps):
        on = (i % 2 == 0) == (i // 2 % 2 == 0)  # off/on, then on/off: neither arm always goes first
        if _blas.use_numpy_gemm(nlp, on) != on:
            return "numpy's BLAS cannot be held to one thread here: the switch is off, nothing to compare"
        t0, c0 = time.perf_counter(), time.process_time()
        red = privacy.redact(text, vault)
        cpu[on].append(time.process_time() - c0)
        wall[on].append(time.perf_counter() - t0)
        texts[on] = red.text
        if i % 20 == 19:
            loads.append(os.getloadavg()[0])
    _blas.use_numpy_gemm(nlp)
    c = {k: statistics.median(v) * 1000 for k, v in cpu.items()}
    w = {k: statistics.median(v) * 1000 for k, v in wall.items()}
    same = "same" if texts[False] == texts[True] else "DIFFERENT"
    return (f"200-word prompt, {reps} calls per arm alternating in one process ({tree}); load average "
            f"{min(loads):.1f}-{max(loads):.1f} on {os.cpu_count()} cores; redacted text {same}\n"
            f"| NER gemm | median CPU ms | median wall ms |\n|---|---:|---:|\n"
            f"| BLIS (WORKBENCH_PRIVACY_NER_GEMM=blis) | {c[False]:.2f} | {w[False]:.2f} |\n"
            f"| numpy's BLAS, one thread (default) | {c[True]:.2f} | {w[True]:.2f} |\n"
            f"| on / off | {c[True] / c[False]:.3f} | {w[True] / w[False]:.3f} |")


def switch_decode(tree: Path, reps: int) -> str:
    """Round thirteen (L1): the NER's transition loop, spaCy's (``Engine.ner_decode = None``, what
    ``WORKBENCH_PRIVACY_NER_DECODE=spacy`` gives) and numpy's (``_ner_decode``, the default), alternating per call in
    one process: CPU-time medians and their ratio on the benchmark prompt and on seen English and Chinese prompts."""
    _use_tree(tree)
    from workbench.bench._pipeline import prompt_of
    from workbench.privacy import Privacy, _engine

    privacy = Privacy()
    vault = privacy.new_vault()
    privacy.redact(prompt_of(200), vault)
    engine = _engine.get_engine(privacy.ner_model)
    decode = engine.ner_decode
    if decode is None:
        return "the numpy decoder is off here (WORKBENCH_PRIVACY_NER_DECODE or a model it does not read): nothing to compare"
    texts = prompts(40, ("dev", "heldout11"))
    samples = {"200-word prompt (workbench bench)": [prompt_of(200)],
               "dev en, 40 prompts": texts["dev/en"], "heldout11 en, 40 prompts": texts["heldout11/en"],
               "dev zh, 20 prompts": texts["dev/zh"]}
    lines = [f"{tree}: {reps} rounds per sample, spaCy's loop and numpy's alternating per call in one process; "
             f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores", "",
             "| sample | spaCy's loop, median CPU ms | numpy decoder, median CPU ms | new / old | wall new / old | same |",
             "|---|---:|---:|---:|---:|---|"]
    try:
        for name, items in samples.items():
            cpu: dict[bool, list[float]] = {False: [], True: []}
            wall: dict[bool, list[float]] = {False: [], True: []}
            same = True
            for i in range(reps):
                spent = {False: [0.0, 0.0], True: [0.0, 0.0]}  # this round's CPU and wall seconds per arm
                for text in items:
                    outs = {}
                    for on in ((False, True) if i % 2 == 0 else (True, False)):  # neither arm always first
                        engine.ner_decode = decode if on else None
                        v = privacy.new_vault() if len(items) > 1 else vault
                        t0, c0 = time.perf_counter(), time.process_time()
                        red = privacy.redact(text, v)
                        spent[on][0] += time.process_time() - c0
                        spent[on][1] += time.perf_counter() - t0
                        outs[on] = _record(red)
                    same = same and outs[False] == outs[True]
                for on, (c_s, w_s) in spent.items():
                    cpu[on].append(c_s)
                    wall[on].append(w_s)
            c = {k: statistics.median(v) * 1000 for k, v in cpu.items()}  # a sample of several prompts: all of them
            w = {k: statistics.median(v) * 1000 for k, v in wall.items()}
            lines.append(f"| {name} | {c[False]:.2f} | {c[True]:.2f} | {c[True] / c[False]:.3f} | "
                         f"{w[True] / w[False]:.3f} | {'same' if same else 'DIFFERENT'} |")
    finally:
        engine.ner_decode = decode
    return "\n".join(lines)


def equivalence(old: Path, new: Path, n: int, cache: Path, show: int) -> int:
    _use_tree(new)
    work = Path(os.environ.get("TMPDIR", "/tmp"))
    texts = prompts(n)
    blob = json.dumps(texts, ensure_ascii=False, sort_keys=True)
    key = hashlib.sha256((blob + str(old.resolve()) + json.dumps(OLD_ENV, sort_keys=True)).encode()).hexdigest()[:16]
    path_in = work / f"privacy_cost_prompts_{key}.json"
    path_in.write_text(blob, encoding="utf-8")
    old_out = cache.with_name(f"{cache.stem}_{key}{cache.suffix}")
    new_out = work / f"privacy_cost_new_{key}.json"
    jobs = [(new, new_out, False)] + ([] if old_out.exists() and not OLD_ENV else [(old, old_out, True)])
    for r, o, is_old in jobs:  # one after the other: one heavy process at a time on a shared machine
        if _spawn(r, "--job", "redact", "--in", str(path_in), "--out", str(o), old=is_old).wait() != 0:
            raise SystemExit("a worker failed")
    a = json.loads(old_out.read_text(encoding="utf-8"))
    b = json.loads(new_out.read_text(encoding="utf-8"))
    total = differ = 0
    shown = 0
    for name in a:
        for i, (x, y) in enumerate(zip(a[name], b[name])):
            total += 1
            if x != y:
                differ += 1
                if shown < show:
                    shown += 1
                    print(f"--- {name}[{i}]\n old: {x[0]!r}\n new: {y[0]!r}\n old entities: {x[1]}\n new entities: {y[1]}")
    print(f"{total} redactions ({sum(len(v) for v in texts.values())} prompts, {len(SPLITS)} seen splits, --n {n}): "
          f"{differ} differ between {old}{_env_label()} and {new}")
    return 1 if differ else 0


def _env_label() -> str:
    return "".join(f" {k}={v}" for k, v in sorted(OLD_ENV.items()))


# -- profile -------------------------------------------------------------------------------------------
def profile(tree: Path, reps: int, n: int) -> str:
    """ms per recognizer (per 200 words; Chinese per 200 characters) on the benchmark prompt and seen text."""
    _use_tree(tree)
    import re

    from workbench.privacy import Privacy, _engine

    privacy = Privacy()
    vault = privacy.new_vault()
    texts = prompts(n, ("dev", "heldout11"))
    digits = [t for t in texts["heldout11/en"] if len(re.findall(r"\d", t)) > 0.12 * len(t)]
    samples = {
        "bench 200 words": texts["bench/200-words"][0],
        "dev en (40 prompts)": "\n\n".join(texts["dev/en"][:40]),
        "heldout11 en (40 prompts)": "\n\n".join(texts["heldout11/en"][:40]),
        "heldout11 en number-heavy": "\n\n".join(digits[:25]),
        "dev zh (40 prompts)": "\n\n".join(texts["dev/zh"][:40]),
    }
    privacy.redact("warm up 1", vault)
    engine = _engine.get_engine(privacy.ner_model)
    times: dict[str, float] = {}

    def timed(name: str, fn):
        def call(*a, **k):
            t0 = time.process_time()  # CPU time: eight people share two cores
            try:
                return fn(*a, **k)
            finally:
                times[name] = times.get(name, 0.0) + time.process_time() - t0
        return call

    recognizers = [*engine.analyzer.registry.recognizers, engine.tagger_recognizer(), engine.zh_tagger_recognizer()]
    for r in recognizers:
        r.analyze = timed(type(r).__name__, r.analyze)  # an instance attribute: the class is untouched
    patched = {"spaCy (Engine._artifacts)": (engine, "_artifacts"), "Privacy._select": (privacy, "_select")}
    for name, (obj, attr) in patched.items():
        setattr(obj, attr, timed(name, getattr(obj, attr)))
    lines = [f"{tree}: load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; {reps} calls per sample"]
    try:
        for label, text in samples.items():
            zh = "zh" in label
            per = 200 / (len(text) if zh else max(1, len(text.split())))
            privacy.redact(text, vault)
            times.clear()
            wall = []
            for _ in range(reps):
                t0 = time.process_time()
                privacy.redact(text, vault)
                wall.append(time.process_time() - t0)
            unit = "200 chars" if zh else "200 words"
            lines += ["", f"## {label}: {len(text.split())} words, {len(text)} chars; redact p50 "
                      f"{statistics.median(wall) * 1000 * per:.1f} CPU ms per {unit}", "",
                      f"| part | CPU ms per {unit} |", "|---|---:|"]
            for name, s in sorted(times.items(), key=lambda kv: -kv[1])[:16]:
                lines.append(f"| {name} | {s / reps * 1000 * per:.2f} |")
    finally:
        for r in recognizers:
            vars(r).pop("analyze", None)
        for obj, attr in patched.values():
            vars(obj).pop(attr, None)
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--old", type=Path, help="the other tree (a git worktree of the commit to compare with)")
    ap.add_argument("--new", type=Path, default=ROOT, help="the tree measured (default: this one)")
    ap.add_argument("--old-env", action="append", default=[], metavar="KEY=VALUE",
                    help="the old arm's environment (repeatable); without --old the old arm is this tree")
    ap.add_argument("--equivalence", action="store_true", help="redact every seen prompt with both trees")
    ap.add_argument("--n", type=int, default=600, help="English prompts per split (Chinese: half as many)")
    ap.add_argument("--show", type=int, default=5, help="differences printed")
    ap.add_argument("--cache", type=Path, default=Path("/tmp/privacy_cost_old.json"),
                    help="where the old tree's outputs are kept (one file per prompt set and tree)")
    ap.add_argument("--speed", type=int, default=0, metavar="N", help="N interleaved calls per tree")
    ap.add_argument("--profile", type=int, default=0, metavar="N", nargs="?", const=10,
                    help="time each recognizer over N calls per sample")
    ap.add_argument("--switch", type=int, default=0, metavar="N",
                    help="N calls per arm, the NER gemm switch off and on in one process (round twelve)")
    ap.add_argument("--switch-decode", type=int, default=0, metavar="N",
                    help="N rounds per sample, the NER's loop spaCy's and numpy's in one process (round thirteen)")
    ap.add_argument("--worker", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--job", help=argparse.SUPPRESS)
    ap.add_argument("--in", dest="path_in", help=argparse.SUPPRESS)
    ap.add_argument("--out", dest="path_out", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.worker:
        return _worker(args.worker, args.job, args.path_in, args.path_out)
    OLD_ENV.update(dict(item.split("=", 1) for item in args.old_env))
    if args.old_env and not args.old:
        args.old = args.new
    if (args.speed or args.equivalence) and not args.old:
        ap.error("--speed and --equivalence need --old (or --old-env)")
    rc = 0
    if args.profile:
        print(profile(args.new, args.profile, 120))
    if args.switch:
        print(switch(args.new, args.switch))
    if args.switch_decode:
        print(switch_decode(args.new, args.switch_decode))
    if args.speed:
        print(speed(args.old, args.new, args.speed))
    if args.equivalence:
        rc = equivalence(args.old, args.new, args.n, args.cache, args.show)
    return rc


if __name__ == "__main__":
    raise SystemExit(main())
