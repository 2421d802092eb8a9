"""Round eleven (P1): the redaction's speed mechanisms, guarded as mechanisms (counts and ratios, no wall clock).

Each test fails on the code before the change it guards (42471e6): see docs/privacy.md, "Round eleven: latency (P1)".
"""

from __future__ import annotations

from workbench.privacy import _over10, _rec_tagger


def test_over10_common_words_built_once(monkeypatch):
    """``_over10._common`` read the union of the tagger's two word lists, rebuilt at every call (0.7 ms each,
    9 ms of a 200-word prompt): now the union is built once, whatever the number of words asked about."""
    calls = {"common": 0, "modern": 0}
    common, modern = _rec_tagger.common_words, _rec_tagger.modern_words

    def counted(name, fn):
        def call():
            calls[name] += 1
            return fn()
        return call

    monkeypatch.setattr(_rec_tagger, "common_words", counted("common", common))
    monkeypatch.setattr(_rec_tagger, "modern_words", counted("modern", modern))
    _over10._common_set.cache_clear()
    try:
        answers = [_over10._common(w) for w in ("Treasury", "operations", "Letters", "Zyxwv", "answers") * 40]
    finally:
        _over10._common_set.cache_clear()
    assert calls["common"] <= 1 and calls["modern"] <= 2  # one build (common_words reads modern_words too)
    assert answers[:5] == [_over10._common(w) for w in ("Treasury", "operations", "Letters", "Zyxwv", "answers")]
    assert _over10._common("letter") and _over10._common("Letters") and not _over10._common("Zyxwv")


def test_tagger_neighbour_features_built_once_per_token():
    """Round eleven: what a token gives its neighbours ("-1w=…", "+1G:sur", "-2sh=…") is built once per distinct
    token (``_neighbour_features``, cached) and the feature lists are those the per-neighbour loop made."""
    text = "Call Maria Gonzalez about the renewal.\nMaria Gonzalez, 12 Rue de la Paix, Paris\nThanks, Maria"
    toks = _rec_tagger.tokens(text)
    _rec_tagger._neighbour_features.cache_clear()
    feats = _rec_tagger.features(text, toks)
    info = _rec_tagger._neighbour_features.cache_info()
    assert info.misses == len({_rec_tagger._word_features(t) for _s, _e, t in toks})
    assert info.misses < len(toks)  # "Maria", "Gonzalez", "," repeat: looked up, not rebuilt
    words = [t for _s, _e, t in toks]
    for i, f in enumerate(feats):
        if i:
            assert f"-1w={words[i - 1].casefold()}" in f
        if i > 1:
            assert f"-2w={words[i - 2].casefold()}" in f
        if i + 1 < len(toks):
            assert f"+1w={words[i + 1].casefold()}" in f
    maria = words.index("Gonzalez") - 1
    assert "-1G:given" in feats[maria + 1] and "+1G:sur" in feats[maria]
