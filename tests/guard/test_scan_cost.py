"""The injection scan's cost (round eleven, I2): the literal prefilter is exact, every rule can use it, and a long
document costs what its length says.

The scan skips a rule's pattern when the view lacks every literal the pattern's matches must contain
(``_rule.required_literals``, found with one ``LiteralIndex`` per view). These tests hold the mechanism honest:
the index finds exactly the literals a text has, the derivation is a necessary condition (the scan with and
without the prefilter hits the same rules on every guard test text), and a rule registered without a usable
literal fails here with a message saying how to anchor it.
"""

from __future__ import annotations

import ast
import random
import threading
import time
from pathlib import Path

import pytest

from workbench.guard import score_text
from workbench.guard._injection import RULES, _plan, _rule_hits
from workbench.guard._normalize import views
from workbench.guard._rule import _SUBSETS_PER_RULE, LiteralIndex, Rule, _weight, required_literals

HERE = Path(__file__).resolve().parent


def _test_texts() -> list[str]:
    """Every string literal of 8+ characters in the guard tests: attacks, near misses, false alarms."""
    out: list[str] = []
    for path in sorted(HERE.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and len(node.value) >= 8:
                out.append(node.value)
    return sorted(set(out))


@pytest.mark.parametrize("pattern,expected", [
    (r"\bignore\s+(?:all|any)\s+rules", {"ignore"}),  # the most selective fixed piece wins
    (r"(?:ab|cd)e\w+", {"abe", "cde"}),  # an alternation spelt out with what follows it
    (r"x?yz", {"yz"}),  # an optional piece is no requirement
    (r"(?:忽略|无视)(?!我)[^，。]{0,12}?(?:指令|规则)", {"忽略", "无视"}),  # a tie: the first
    (r"\b(?:please\s+)?(?:reveal|print)\b", {"reveal", "print"}),
    (r"foo(?=bar)", {"foo"}),  # a lookahead consumes nothing
    (r"[“\"「]我的", {"“我的", "\"我的", "「我的"}),  # a small class is spelt out
])
def test_required_literals_examples(pattern: str, expected: set[str]) -> None:
    assert required_literals(pattern) == frozenset(expected)


@pytest.mark.parametrize("pattern", [r"\w+\s+\d+", r"(?i)ignore", r"(?:ignore)?\s*", r"a{0,5}b{0,2}", r"(?i:abc)\w"])
def test_required_literals_none_where_no_fixed_text(pattern: str) -> None:
    assert required_literals(pattern) is None


def test_literal_index_is_exact_on_random_texts() -> None:
    rng = random.Random(11)
    words = ["ignore", "ign", "ore", "ignore all", "系统", "系统提示", "提示", "a", "ai ", " ai ", "rm", "プロンプト",
             "無視", "--", "'s", "ever", "every", "everything", "verbatim", "x"]
    index = LiteralIndex(words)
    alphabet = list("abcdegimnorstvxy '-系统提示プロンプト無視") + words
    for _ in range(400):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        assert index.present(text) == {w for w in words if w in text}, text


def test_literal_index_over_the_registered_literals_is_exact() -> None:
    plan = _plan(RULES)
    words = plan.literals.literals
    for text in _test_texts()[::7]:
        for view in views(text)[0]:
            assert plan.literals.present(view.text) == {w for w in words if w in view.text}, view.text[:60]


def test_every_registered_pattern_has_a_usable_literal() -> None:
    """A pattern the prefilter cannot skip runs at every character of every view of every text: anchor it on a word
    (``\\bmode\\b``, an alternation of verbs), not on ``\\w+`` or ``.{0,N}`` alone. The literal must be worth
    something: two letters, or one CJK character (``_rule._weight`` >= 2)."""
    bad = []
    for rule in RULES:
        for pattern in rule.patterns:
            found = required_literals(pattern)
            if found is None or min(map(_weight, found)) < 2:
                bad.append(f"{rule.name}: {pattern[:80]!r} -> {sorted(found or [])[:5]}")
    assert not bad, "patterns without a literal every match contains:\n" + "\n".join(bad)


def test_a_pattern_without_a_literal_is_caught() -> None:
    rule = Rule("loose", 0.5, (r"\w+\s+\d{2,}",))
    assert rule.required() == (None,)


def test_prefilter_hits_the_same_rules_as_the_full_scan() -> None:
    """The scan with the prefilter and without it (every gate word tested, every pattern run) on every guard test
    text's views, both sources: identical hits. A wrong derived literal would lose a match here."""
    texts = _test_texts()
    differ = []
    for text in texts:
        for view in views(text)[0]:
            for source in ("prompt", "chunk"):
                fast = _rule_hits(view.text, 0, RULES, 0, source)
                full = _rule_hits(view.text, 0, RULES, 0, source, prefilter=False)
                if fast != full:
                    differ.append((text[:60], source, fast, full))
    assert not differ, differ[:5]


def test_subsets_of_one_rule_stay_bounded() -> None:
    rule = next(r for r in RULES if len(r.patterns) >= 8)
    for i in range(_SUBSETS_PER_RULE + 20):
        active = tuple(j for j in range(len(rule.patterns)) if (i >> j) & 1 or j == 0)
        rule.matcher(active)
    assert len(rule.__dict__.get("_subsets", {})) <= _SUBSETS_PER_RULE


def test_scans_from_threads_agree_with_one_thread() -> None:
    texts = _test_texts()[::40]
    expected = [score_text(t) for t in texts]
    got: dict[int, list[object]] = {}

    def work(k: int) -> None:
        got[k] = [score_text(t) for t in texts]

    threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(got[k] == expected for k in range(4))


def _per_1k(text: str, repeats: int) -> float:
    score_text(text)
    best = float("inf")
    for _ in range(repeats):  # this process's CPU time: other jobs on the box do not enter the ratio
        t0 = time.process_time()
        score_text(text)
        best = min(best, time.process_time() - t0)
    return best * 1000 / len(text)


def _analyst_report(chars: int, seed: int = 5) -> str:
    """A benign analyst report of ``chars`` characters: sentences drawn from slots (what moved, how, why)."""
    rng = random.Random(seed)
    subj = ["Revenue", "Churn", "Gross margin", "Operating cost", "Headcount", "The APAC segment", "Net retention",
            "Average order value", "Inventory turnover", "Customer acquisition cost", "第三季度收入", "四半期の売上"]
    verb = ["rose", "fell", "held steady", "improved", "declined slightly", "grew", "recovered", "stayed flat"]
    why = ["driven by pricing changes in the SMB tier", "after the warehouse consolidation in Q2",
           "as the new onboarding flow rolled out", "because two large accounts renewed early",
           "reflecting seasonal demand in retail", "despite higher freight rates",
           "while marketing spend moved to partner channels", "following the migration to the new billing system"]
    tail = ["", " See table 4 for the breakdown by region.", " The forecast assumes no change in exchange rates.",
            " Finance will revisit the estimate next month.", " Figures are unaudited."]
    out = []
    while sum(map(len, out)) < chars:
        out.append(f"{rng.choice(subj)} {rng.choice(verb)} {rng.randint(1, 40) / 10:.1f}% quarter over quarter, "
                   f"{rng.choice(why)}.{rng.choice(tail)} ")
    return "".join(out)[:chars]


def test_a_long_benign_document_costs_what_its_length_says() -> None:
    """50,000 characters of a benign analyst report cost at most ``bound`` times per character what 1,000 of it do
    (a ratio, not a wall-clock limit: the box is shared). A gap without a bound (``.*`` between two words) or a
    pattern run from every position to the end would make the long text quadratic and fail here."""
    bound = 2.0
    long_text = _analyst_report(50_000)
    short = _per_1k(long_text[:1000], 5)
    long = _per_1k(long_text, 2)
    assert long <= bound * short, (round(long, 3), round(short, 3))
