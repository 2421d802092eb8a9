"""The injection scan's cost, and the proof that making it cheaper changed no verdict (issue 16, round eleven).

    # every seen row scored by the old and the new scan: identical scores and findings, or each difference listed
    git worktree add -f /tmp/I2/old 42471e6
    .venv/bin/python bench/injection_cost.py --equivalence --old /tmp/I2/old
    # (or collect once, splits dumped earlier read instead of built, and compare on those texts)
    .venv/bin/python bench/injection_cost.py --collect /tmp/I2/texts.json --dumps /tmp/I2/h3.jsonl ...
    .venv/bin/python bench/injection_cost.py --equivalence --old /tmp/I2/old --texts /tmp/I2/texts.json
    # the scan's speed, old and new interleaved in alternating processes, with the load average
    .venv/bin/python bench/injection_cost.py --speed --old /tmp/I2/old
    # where the time goes (views, rules, classifier) on realistic inputs, new code only
    .venv/bin/python bench/injection_cost.py --profile

``--old DIR`` is a checkout of the commit to compare with. Both sides score with the SAME rule tables, views and
weights: this tree's ``workbench`` is copied twice under /tmp/I2 (a snapshot, so that edits others make while it
runs touch neither side), and into one copy the old commit's ``guard/_injection.py`` and ``guard/_rule.py`` (the
scorer and the Rule type, the files round eleven's I2 changed) are written back. A difference is then the scorer's,
never a rule's.

The texts (``--equivalence``): heldout3..heldout10 (``bench/injection_heldoutN.py``'s ``scored_samples``, both
sides; the wheels in their default folders), the benign near misses (``bench/injection_near9/10/11.py``), and every
string literal of eight characters or more in tests/guard/*.py (the rule tests' attacks and near misses,
``_false_alarms``). A heldout row is scored as its side says; the short texts as both sources. ``--texts`` reuses
an earlier run's collected texts (collecting builds eight splits: minutes).
"""

from __future__ import annotations

import argparse
import ast
import base64
import importlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORK = Path(os.environ.get("WORKBENCH_I2_DIR", "/tmp/I2"))
#: the files whose old version the "old" side takes from ``--old`` (the scorer); every other file is this tree's
SCORER_FILES = ("workbench/guard/_injection.py", "workbench/guard/_rule.py")
HELDOUTS = tuple(range(3, 11))


# -- the texts ------------------------------------------------------------------------------------------------------

def _heldout_rows(n: int) -> list[tuple[str, str]]:
    sys.path.insert(0, str(ROOT / "bench"))
    mod = importlib.import_module(f"injection_heldout{n}")
    rows = mod.scored_samples()
    out = []
    for row in rows:
        side = row[5] if len(row) > 5 and row[5] in ("prompt", "chunk") else "chunk"
        out.append((side, row[4]))
    return out


def _near_rows() -> list[tuple[str, str]]:
    sys.path.insert(0, str(ROOT / "bench"))
    out: list[tuple[str, str]] = []
    for name in ("injection_near9", "injection_near10", "injection_near11"):
        try:
            mod = importlib.import_module(name)
        except ImportError:
            continue
        out += [(row[1] if row[1] in ("prompt", "chunk") else "chunk", row[-1]) for row in mod.rows()]
    return out


def _test_literals() -> list[tuple[str, str]]:
    """Every string literal of 8+ characters in the guard tests (attacks, near misses, false alarms)."""
    out: list[tuple[str, str]] = []
    for path in sorted((ROOT / "tests" / "guard").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and len(node.value) >= 8:
                out.append(("chunk", node.value))
    return out


def _dumped_rows(dumps: list[Path]) -> dict[str, list[tuple[str, str]]]:
    """Rows dumped earlier as JSON lines (split, side, text, ...): a split's build takes minutes on a loaded box."""
    out: dict[str, list[tuple[str, str]]] = {}
    for path in dumps:
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            out.setdefault(row["split"], []).append((row["side"] if row["side"] in ("prompt", "chunk") else "chunk",
                                                     row["text"]))
    return out


def collect(path: Path, dumps: list[Path] | None = None) -> dict[str, int]:
    """Write the texts (side, text, set) to ``path``; return the count per set. ``dumps``: splits already dumped
    (JSON lines with split, side, text), read instead of built."""
    rows: list[tuple[str, str, str]] = []
    counts: dict[str, int] = {}
    dumped = _dumped_rows(dumps or [])
    for n in HELDOUTS:
        try:
            got = dumped[f"heldout{n}"] if f"heldout{n}" in dumped else _heldout_rows(n)
        except Exception as exc:  # a split whose wheels are missing: say so, compare the rest
            print(f"heldout{n}: not built ({type(exc).__name__}: {exc})", file=sys.stderr)
            continue
        counts[f"heldout{n}"] = len(got)
        rows += [(side, text, f"heldout{n}") for side, text in got]
    for name, got in (("near", _near_rows()), ("tests", _test_literals())):
        counts[name] = len(got)
        rows += [(side, text, name) for side, text in got]
    seen: set[tuple[str, str]] = set()
    unique = [r for r in rows if (r[0], r[1]) not in seen and not seen.add((r[0], r[1]))]  # type: ignore[func-returns-value]
    path.write_text(json.dumps(unique, ensure_ascii=False), encoding="utf-8")
    counts["unique"] = len(unique)
    return counts


# -- the two sides ----------------------------------------------------------------------------------------------------

def snapshot(old: Path | None) -> tuple[Path, Path]:
    """Two copies of this tree's ``workbench`` under WORK: new/ as it is, old/ with ``old``'s scorer files."""
    sides = {}
    for side in ("new", "old"):
        dest = WORK / f"snap_{side}"
        if dest.exists():
            shutil.rmtree(dest)
        shutil.copytree(ROOT / "workbench", dest / "workbench", ignore=shutil.ignore_patterns("__pycache__"))
        sides[side] = dest
    if old is not None:
        for rel in SCORER_FILES:
            shutil.copy(old / rel, sides["old"] / rel)
    return sides["new"], sides["old"]


def _run_side(tree: Path, *args: str) -> str:
    env = dict(os.environ, PYTHONPATH=str(tree))
    done = subprocess.run([sys.executable, __file__, *args], env=env, capture_output=True, text=True, check=False)
    if done.returncode:
        raise SystemExit(f"{tree}: {done.stderr[-2000:]}")
    return done.stdout


def score_file(texts: Path, out: Path) -> None:
    """Score every text with the ``workbench`` on sys.path (as its side says and as the other side)."""
    from workbench.guard import score_text

    rows = json.loads(texts.read_text(encoding="utf-8"))
    results = []
    for row in rows:
        for source in _sources(row):
            score, hits = score_text(row[1], source=source)
            results.append([score, [list(h) for h in hits]])
    out.write_text(json.dumps(results), encoding="utf-8")


def _sources(row: list[str]) -> tuple[str, ...]:
    """A heldout row as its side says; a test text or a near miss as both sources (they are short)."""
    side, _, where = row
    return (side,) if where.startswith("heldout") else (side, "chunk" if side == "prompt" else "prompt")


def equivalence(old: Path, reuse: Path | None = None, shards: int = 2) -> int:
    """Score the texts with both sides (the two processes run at the same time) and compare."""
    WORK.mkdir(parents=True, exist_ok=True)
    new_tree, old_tree = snapshot(old)
    if reuse is not None:
        texts = reuse
    else:
        texts = WORK / "equivalence_texts.json"
        print(_run_side(new_tree, "--collect", str(texts)).strip())
    rows = json.loads(texts.read_text(encoding="utf-8"))
    parts = []
    for k in range(shards):  # each side in ``shards`` processes, all at once
        part = WORK / f"equivalence_part{k}.json"
        part.write_text(json.dumps(rows[k::shards], ensure_ascii=False), encoding="utf-8")
        parts.append(part)
    t0 = time.time()
    procs = [subprocess.Popen(["nice", "-n", "10", sys.executable, __file__, "--score", str(part),
                               str(WORK / f"equivalence_{name}{k}.json")], env=dict(os.environ, PYTHONPATH=str(tree)))
             for name, tree in (("new", new_tree), ("old", old_tree)) for k, part in enumerate(parts)]
    if any(p.wait() for p in procs):
        raise SystemExit("a side failed")
    print(f"both sides scored in {time.time() - t0:.0f} s")
    rows = [r for k in range(shards) for r in rows[k::shards]]
    new, was = ([s for k in range(shards) for s in json.loads((WORK / f"equivalence_{name}{k}.json").read_text())]
                for name in ("new", "old"))
    pairs = [(r, source) for r in rows for source in _sources(r)]
    differ = [(r, source, a, b) for (r, source), a, b in zip(pairs, new, was) if a != b]
    by_set: dict[str, int] = {}
    for r, _ in pairs:
        by_set[r[2]] = by_set.get(r[2], 0) + 1
    print(f"compared {len(pairs)} scans of {len(rows)} texts {by_set}: {len(differ)} differ")
    for (_side, text, where), source, a, b in differ[:20]:
        print(f"  {where} {source}: {text[:80]!r}\n    new {a}\n    old {b}")
    return 1 if differ else 0


# -- speed ----------------------------------------------------------------------------------------------------------

def speed_texts() -> dict[str, str]:
    """Realistic inputs: the benchmark's mixed text, long English prose, code, a table, Chinese and Japanese
    chunks, a short prompt and an encoded text (written here, or read from this tree's own docs and code)."""
    from workbench.guard._injection import injection_ms_per_1k  # noqa: F401  (the benchmark's text is below)

    sample = ("Quarterly churn rose to 4.1% in APAC, driven by price changes in the SMB segment. "
              "SELECT region, SUM(revenue) FROM sales GROUP BY region; 第三季度收入增长。四半期の売上は増加した。 ")
    prose = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    prose = " ".join(line for line in prose.splitlines() if line and not line.startswith(("#", "|", "```")))
    code = (ROOT / "workbench" / "rag" / "__init__.py").read_text(encoding="utf-8") if (ROOT / "workbench" / "rag").exists() \
        else (ROOT / "workbench" / "guard" / "_guard.py").read_text(encoding="utf-8")
    table = "\n".join(f"| {i} | region-{i % 7} | {1000 + 37 * i} | {i * 0.13:.2f}% | ok |" for i in range(200))
    zh = ("本季度华东区收入同比增长百分之十二，主要来自中小企业客户的续约。毛利率因原材料价格上涨而略有下降，"
          "管理层预计下季度将通过优化供应链恢复。报告附有按产品线拆分的明细表，请结合去年同期数据阅读。")
    ja = ("今四半期の売上高は前年同期比で八パーセント増加しました。主な要因は新規顧客の獲得と既存顧客の契約更新です。"
          "一方で、物流費の上昇により営業利益率はやや低下しました。詳細は添付の表をご確認ください。")
    return {
        "bench_mixed": (sample * 20)[:1000],
        "prose_5k": prose[:5000],
        "code_5k": (code * 3)[:5000],
        "table_5k": table[:5000],
        "zh_3k": (zh * 40)[:3000],
        "ja_3k": (ja * 40)[:3000],
        "prompt_short": "Summarise the churn table by region and flag any quarter where it rose above 5%.",
        "encoded_b64": "Please look at this: " + base64.b64encode(prose[:600].encode()).decode(),
        "long_50k": prose[:50000] if len(prose) >= 50000 else (prose * (50000 // len(prose) + 1))[:50000],
    }


def time_file(out: Path, repeats: int) -> None:
    """Median ms per scan of each speed text with the ``workbench`` on sys.path (and per 1,000 characters)."""
    from workbench.guard import injection_ms_per_1k, score_text

    result: dict[str, float] = {"injection_ms_per_1k": injection_ms_per_1k(repeats)}
    for name, text in speed_texts().items():
        score_text(text)
        n = max(3, repeats // (1 + len(text) // 5000))
        times = []
        for _ in range(n):
            t0 = time.perf_counter()
            score_text(text, source="chunk")
            times.append((time.perf_counter() - t0) * 1000)
        result[name] = round(statistics.median(times), 3)
    out.write_text(json.dumps(result), encoding="utf-8")


def speed(old: Path, rounds: int, repeats: int) -> None:
    WORK.mkdir(parents=True, exist_ok=True)
    new_tree, old_tree = snapshot(old)
    runs: dict[str, list[dict[str, float]]] = {"new": [], "old": []}
    loads = [os.getloadavg()[0]]
    for i in range(rounds):
        for name, tree in (("old", old_tree), ("new", new_tree)) if i % 2 == 0 else (("new", new_tree), ("old", old_tree)):
            out = WORK / f"speed_{name}.json"
            _run_side(tree, "--time", str(out), str(repeats))
            runs[name].append(json.loads(out.read_text()))
            loads.append(os.getloadavg()[0])
    print(f"{rounds} interleaved rounds, load average (1 min) {min(loads):.1f}..{max(loads):.1f}")
    print(f"{'text':22} {'old ms':>9} {'new ms':>9} {'new/old':>8}")
    for key in runs["new"][0]:
        o = statistics.median(r[key] for r in runs["old"])
        n = statistics.median(r[key] for r in runs["new"])
        print(f"{key:22} {o:9.3f} {n:9.3f} {n / o:8.2f}")


def profile() -> None:
    """Where the time of one scan goes, per speed text: views, rules (with the literal index), classifier."""
    from workbench.guard import _classifier
    from workbench.guard._injection import RULES, _plan, _rule_hits
    from workbench.guard._normalize import views

    model = _classifier.load()

    def ms(f: object, n: int = 10) -> float:
        times = []
        for _ in range(n):
            t0 = time.perf_counter()
            f()  # type: ignore[operator]
            times.append((time.perf_counter() - t0) * 1000)
        return statistics.median(times)

    plan = _plan(RULES)
    print(f"{len(RULES)} rules, {sum(len(r.patterns) for r in RULES)} patterns, {len(plan.literals.literals)} literals indexed")
    print(f"{'text':14} {'chars':>6} {'views':>3} {'views ms':>9} {'index ms':>9} {'rules ms':>9} {'clf ms':>8}")
    for name, text in speed_texts().items():
        vs = [v.text for v in views(text)[0]]
        cost = (ms(lambda t=text: views(t)), ms(lambda vs=vs: [plan.literals.present(v) for v in vs]),
                ms(lambda vs=vs: [_rule_hits(v, 0, RULES) for v in vs]),
                ms(lambda vs=vs: [model.score(v) for v in vs]) if model else 0.0)
        print(f"{name:14} {len(text):6d} {len(vs):5d} " + " ".join(f"{c:9.3f}" for c in cost))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--old", type=Path, help="a checkout of the commit to compare with (git worktree add -f DIR 42471e6)")
    ap.add_argument("--equivalence", action="store_true", help="score every seen row with the old and the new scan")
    ap.add_argument("--speed", action="store_true", help="old and new interleaved, per realistic text")
    ap.add_argument("--profile", action="store_true", help="views / rules / classifier per realistic text (this tree)")
    ap.add_argument("--texts", type=Path, help="with --equivalence: the texts an earlier run collected (skip collecting)")
    ap.add_argument("--shards", type=int, default=2, help="with --equivalence: processes per side")
    ap.add_argument("--rounds", type=int, default=6)
    ap.add_argument("--repeats", type=int, default=20)
    ap.add_argument("--collect", type=Path, help="only collect the texts into this file")
    ap.add_argument("--dumps", type=Path, nargs="*", default=[],
                    help="with --collect: JSON-lines dumps (split, side, text) of splits to read instead of building")
    ap.add_argument("--score", nargs=2, type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--time", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.collect:
        print(json.dumps(collect(args.collect, args.dumps)))
    elif args.score:
        score_file(*args.score)
    elif args.time:
        time_file(Path(args.time[0]), int(args.time[1]))
    elif args.equivalence:
        if not args.old:
            ap.error("--equivalence needs --old")
        return equivalence(args.old, args.texts, args.shards)
    elif args.speed:
        if not args.old:
            ap.error("--speed needs --old")
        speed(args.old, args.rounds, args.repeats)
    elif args.profile:
        profile()
    else:
        ap.print_help()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
