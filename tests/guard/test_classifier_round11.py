"""Round eleven's training: heldout10 in folds of its own (the eighth leave-split-out fold), heldout11's packages
refused, per-package caps (``SOURCE_CAPS``) and round eleven's written short benign notes (bench/injection_near11.py)
in the ``written`` fold."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

import train_injection as ti  # noqa: E402


def test_heldout10_trains_in_its_own_folds() -> None:
    """Every head heldout10's builder writes (attack libraries, placed / encoded / wrapped rows, analysis packages,
    the written zh/ja rows) has a fold; heldout10's folds come after heldout9's, so the older positions hold."""
    heads = ("blackwall", "agentpromptsentinel", "agentbastion", "wallbreaker", "adk-leak-arena", "promptfoo", "garak",
             "placed", "encoded", "wrapped", "written", "bambi", "gluonts", "rqdatac", "tigeropen", "cutlet", "pytimetk")
    folds = {head: ti.package_fold(f"h10:{head}/x-en") for head in heads}
    first = len(ti.PACKAGE_FOLDS) - len(ti.H13_FOLDS) - len(ti.H12_FOLDS) - len(ti.H11_FOLDS) - len(ti.H10_FOLDS)  # (round twelve: heldout11's folds after)
    assert set(folds.values()) == set(range(first, len(ti.PACKAGE_FOLDS) - len(ti.H11_FOLDS) - len(ti.H12_FOLDS)
                                            - len(ti.H13_FOLDS)))
    assert folds["blackwall"] == folds["agentpromptsentinel"] and folds["placed"] == folds["encoded"]
    assert folds["bambi"] == folds["rqdatac"] != folds["written"]
    assert ti.package_fold("h9:written/builder-ja") < first  # heldout9's folds keep their places
    with pytest.raises(ValueError):
        ti.package_fold("h10:unknown/x-en")  # a new head must be given a fold, not trained in every fold silently
    assert "h10:" in ti.SPLIT_BENIGN


def test_leave_split_out_folds_hold_heldout10_whole(monkeypatch) -> None:
    monkeypatch.setattr(ti, "PACKAGE_FOLDS", ti.SPLIT_FOLDS)
    h10 = {ti.package_fold(s) for s in ("h10:blackwall/red_team-en", "h10:placed/email-en@chunk",
                                         "h10:gluonts/doc-en@chunk", "h10:written/builder-zh", "h10:encoded/braille-en")}
    assert h10 == {17} == {len(ti.SPLIT_FOLDS) - 4}  # (round thirteen: heldout12 is the last fold)
    assert ti.package_fold("h9:gptfuzzer/templates-en") == 16 and ti.package_fold("h8:llmvault/templates-en") == 15
    assert ti.package_fold("h3:pandas/doc-en") == 10 and ti.package_fold("garak/dan") == 0


def test_heldout11_unused_candidates_are_refused(monkeypatch, tmp_path: Path) -> None:
    """/tmp/lead/heldout11_inj_packages.txt (46 names, 17:16 UTC). Round twelve: heldout11 was scored, so the names it
    used train now (``HELDOUT11_PACKAGES``); the candidates it did not use were never read and stay refused."""
    used = {spec.split("==")[0] for spec in ti.HELDOUT11_PACKAGES}
    assert len(ti.HELDOUT11_NEVER) == 46 and ti.HELDOUT11_NEVER - used <= ti.NEVER_TRAIN
    assert not used & ti.NEVER_TRAIN and {"walledeval", "oubliette-shield", "pandasai", "pyknp"} <= used
    assert {"guardbench", "secprompt", "causalnex", "nlplot"} <= ti.NEVER_TRAIN  # unused: never read
    assert not ti.names_held_out("oubliette/x-en") and ti.names_held_out("h12:guardbench/x-en")
    specs = (ti.PACKAGES + ti.HELDOUT2_PACKAGES + ti.ROUND3_PACKAGES + ti.HELDOUT3_PACKAGES + ti.HELDOUT4_PACKAGES
             + ti.HELDOUT5_PACKAGES + ti.HELDOUT6_PACKAGES + ti.HELDOUT7_PACKAGES + ti.HELDOUT8_PACKAGES
             + ti.HELDOUT9_PACKAGES + ti.HELDOUT10_PACKAGES + ti.HELDOUT11_PACKAGES + ti.GPL_PACKAGES)
    assert not {spec.split("==")[0] for spec in specs} & (ti.NEVER_TRAIN - ti.LISTED_LATER)  # (round fourteen)
    name = sorted(ti.HELDOUT11_NEVER - used)[0]
    monkeypatch.setattr(ti, "PACKAGES", [f"{name}==1.0.0"])
    with pytest.raises(SystemExit, match="heldout11"):
        ti.fetch(tmp_path)

    class Split:
        __name__ = "injection_heldout12"
        PACKAGES = [f"{name}==1.0.0"]
    with pytest.raises(SystemExit, match="heldout11"):
        ti._split_rows(Split, tmp_path)


def test_a_source_cap_lowers_one_package_only(monkeypatch) -> None:
    """``SOURCE_CAPS``: a package of one-liners counts as ``cap`` texts of its label; the others keep their share and
    each label keeps its total weight."""
    samples = ([("train", "override", "oneliners/x-en", 1, f"attack {i}") for i in range(100)]
               + [("train", "override", "library/x-en", 1, f"other {i}") for i in range(100)]
               + [("train", "benign", "docs/x-en", 0, f"doc {i}") for i in range(50)])
    plain = ti.package_weights(samples, cap=500)
    monkeypatch.setitem(ti.SOURCE_CAPS, "oneliners", 25.0)
    capped = ti.package_weights(samples, cap=500)
    assert plain[0] == plain[100] == 1.0
    assert capped[0] == pytest.approx(capped[100] / 4) and sum(capped[:200]) == pytest.approx(200)
    assert capped[200:] == plain[200:]


def _test_strings() -> set[str]:
    """Every string literal of the guard tests (their near-miss tables among them)."""
    out: set[str] = set()
    for path in (ROOT / "tests" / "guard").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                out.add(node.value)
    return out


def test_near11_rows_are_short_benign_families_in_the_written_fold() -> None:
    """Round eleven's written rows: short benign notes (checklists, headings, team rules, task lists, reminders) in
    en / zh / ja, mostly chunks; none is a string of the guard tests; all in the ``written`` fold."""
    import injection_near11

    rows = injection_near11.rows()
    assert rows == injection_near11.rows() and len(rows) >= 300  # seeded
    assert {kind for *_, kind, _ in rows} == {"benign"}
    assert {(lang, side) for lang, side, *_ in rows} == {(lang, side) for lang in ("en", "zh", "ja") for side in ("chunk",
                                                                                                              "prompt")}
    assert sum(side == "chunk" for _, side, *_ in rows) > 0.8 * len(rows)
    assert max(len(text) for *_, text in rows) < 200  # short lines: the shape round ten's candidate lifted
    assert not _test_strings() & {text for *_, text in rows}
    samples = ti.near11_samples()
    assert {ti.package_fold(s[2]) for s in samples} == {ti.package_fold("written/train-en")}
    assert {s[3] for s in samples} == {0} and ti.side_of("benign", "near11/benign-ja@chunk") == "chunk"
    assert set(samples) <= set(ti.written())
