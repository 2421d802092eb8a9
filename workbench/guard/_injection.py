"""Prompt-injection scoring: a trained classifier and weighted rules (English, Chinese, Japanese).

Runs kernel-side, in the process it protects: a tripwire that records and drops, not a wall
(docs/guard.md says what the wall is).

Every text is first turned into its views (``_normalize.views``: canonical NFKC/case-folded/
homoglyph-folded text, plus decoded base64, hex, rot13, leetspeak and Unicode-tag views). Each
view is scored by the classifier (``_classifier``, weights shipped in ``data/``) and by the
rules; the text's score is its worst view's. A rule is data: a name, a weight (how sure one
hit makes us, 0..1) and patterns; rule hits combine as ``1 - prod(1 - weight)``. Rules that
the classifier does not corroborate (classifier under ``CORROBORATE``) count at
``UNCORROBORATED`` of their score, so one weak pattern alone no longer flags a text, while a
strong one still does. A finding in a decoded view is also reported as ``encoded_<how>``.
"""

from __future__ import annotations

import re
import threading
from typing import Iterable, NamedTuple

from . import _classifier
from ._injection_rules import RULES, Rule
from ._mention import MENTION_FACTOR, document_scoped, quote_spans, reported_attempt
from ._normalize import INVISIBLE, views
from ._rule import LiteralIndex, text_grams
from ._rules8 import WEAK_NAMES8
from ._rules14 import NAMES14, voided
from ._views13 import VIAS13
from ._views14 import VIAS14

Where = str | int  # "prompt" or the index of a retrieved chunk


class Finding(NamedTuple):
    where: Where
    rule: str
    score: float


_RULES_BY_NAME = {r.name: r for r in RULES}

_INVISIBLE = INVISIBLE

#: A prohibition is not an order: "must not bypass existing restrictions" ("not" a word: "this note overrides …" is none).
_NEGATED = re.compile(r"(?:\bnot\b|\bnever|n't|\bno one may|不得|不要|禁止|してはなりません)\s*(?:\w+\s+){0,2}$")
#: The user's own earlier instructions: "disregard the previous instructions I sent about the VPN".
_OWN = re.compile(r"^\s*(?:that\s+|which\s+)?(?:i|we)\s+(?:\w+\s+)?(?:sent|gave|wrote|shared|emailed|posted|mentioned|"
                  r"provided|made|left|typed|asked)\b|^\s*(?:from|by)\s+(?:me|us)\b")
_FILTERED = frozenset({"override", "override_claim", "ignore_context", "drop_orders", "bypass_safety",
                       "drop_orders_intl", "secret_request", "agent_action", "safety_off",
                       # round seven, second pass (heldout7, seen)
                       "canary_token", "tool_abuse", "nolimits_mode", "orders_void", "exfil_cjk", "sqli_request",
                       "self_escalate", "own_secret_cjk",
                       # round eight (_rules8): orders a prohibition or the user's own message voids
                       "data_fishing", "tool_order", "standing_order", "verbatim_copyright", "pretext_howto",
                       # round eight, second pass (heldout8, seen)
                       "control_skip", "payee_swap", "data_to_outsider", "destructive_shell", "scope_escape", "secret_probe",
                       "endless_output", "orders_superseded",
                       # round four's shell/SQL orders: "Never run rm -rf / on a production server." is a rule, not an order
                       "run_command"}) | NAMES14
#: A Chinese prohibition before the order (不要把客户数据发到…) or a Japanese one after it (…に送らないで).
_NEG_ZH_BEFORE = re.compile(r"(?:不要|别|不得|切勿|禁止|严禁|请勿)[^，。！？\n]{0,8}$")
_NEG_JA_AFTER = re.compile(r"^[^。\n]{0,3}(?:ないで|ないこと|ません|てはいけない|てはならない|禁止)")
_FILTERED_7B = frozenset({"canary_token", "tool_abuse", "nolimits_mode", "orders_void", "exfil_cjk", "sqli_request",
                          "self_escalate", "own_secret_cjk"})
#: The user's own earlier message, said before the verb in Japanese/Chinese: "先週送った指示は無視".
_OWN_BEFORE = re.compile(r"(?:送った|言った|書いた|出した|伝えた|私の|我发的|我给的|我写的|我说的)\s*$")

#: Round six's other-language orders: a prohibition or reported speech just before the verb ("no
#: ignora las instrucciones", "nicht", "не"), and the user's own earlier message after or before it
#: ("…, die ich geschickt habe", "que te envié", "которые я", "gönderdiğim", "제가 보낸", "मैंने भेजे").
_NEGATED_INTL = re.compile(r"(?:\b(?:no|non|não|nao|nie|nicht|niet|ne|nunca|jamais|mai|nigdy|không|tidak)|"
                           r"(?<![а-яё])(?:не|никогда)|(?<!\w)(?:لا|ما)|मत|नहीं)\s*$")
#: reported speech: "los atacantes intentan que un chatbot ignore sus instrucciones"
_REPORTED_INTL = re.compile(r"(?:\bque|\bche|\bqu'|чтобы|\bżeby|\baby)\s*(?:\w+\s+){0,2}$|(?:让|使|叫|诱导|试图|企图|如何|怎么)"
                            r"[^，。,.\n]{0,8}$")
_OWN_INTL = re.compile(r"^\s*,?\s*(?:(?:die|welche)\s+ich\b|que\s+(?:je\b|j'ai|yo\b|eu\b|te\s+(?:envié|mandé|di)\b|"
                       r"(?:te\s+)?(?:enviei|mandei)\b)|che\s+(?:ti\s+)?ho\b|которые\s+я\b|die\s+ik\b|które\s+(?:ci\s+)?"
                       r"(?:wysłał|dał)|(?:yang\s+)?(?:saya|aku)\s+(?:kirim|berikan|tulis)|(?:mà\s+)?tôi\s+(?:đã\s+)?(?:gửi|đưa)|"
                       r"(?:التي|الذي)\s+أرسل)")
_OWN_BEFORE_INTL = re.compile(r"(?:gönderdiğim|verdiğim|yazdığım|제가\s?보낸|내가\s?보낸|제\s?이전|मैंने\s+भेजे|मेरे\s+भेजे|"
                              r"मेरे\s+पिछले)\s*$")

#: "You have no filters applied to this dashboard view": a view's filters, not the assistant's (``persona_swap``)
_VIEW_FILTERS = re.compile(r"^\s+(?:applied|set|selected|active|enabled|saved|on\s+(?:this|the|your)\s+(?:view|dashboard|report|"
                           r"table|chart|page|query|sheet|tab|list|search))\b")


def _prohibited_or_own(norm: str, s: int, e: int) -> bool:
    """Whether the order at ``norm[s:e]`` is a prohibition, reported speech or the user's own earlier
    message (English, Chinese, Japanese since round four; other languages since round six)."""
    return bool(_NEGATED.search(norm[max(0, s - 30):s]) or _OWN.match(norm[e:e + 40])
                or _OWN_BEFORE.search(norm[max(0, s - 12):s]) or _NEGATED_INTL.search(norm[max(0, s - 14):s])
                or _REPORTED_INTL.search(norm[max(0, s - 30):s]) or _OWN_INTL.match(norm[e:e + 40])
                or _OWN_BEFORE_INTL.search(norm[max(0, s - 16):s]) or document_scoped(norm, e))


#: Rules without the classifier's support count at this fraction of their score.
UNCORROBORATED = 0.7
CORROBORATE = 0.1
#: Round seven's weak signals (an authority's voice, a skipped check, a claimed earlier consent) never
#: flag alone; beside a classifier score of at least ``WEAK_WITH_CLASSIFIER`` (on the scan's scale, 0.5 =
#: the classifier's own threshold) they combine with it as independent evidence: 1 - (1 - c)(1 - w).
WEAK_RULES = frozenset({"authority_voice", "no_oversight", "false_consent", "setup_probe"}) | WEAK_NAMES8
WEAK_WITH_CLASSIFIER = 0.35
#: The classifier probability that counts as a detection (score 0.5) when the weights carry none.
CLASSIFIER_THRESHOLD = 0.8
#: The two kinds of source a scan sees: the user's own prompt (users legitimately write
#: imperatives to the assistant) and a retrieved chunk (documents rarely do).
SOURCES = ("prompt", "chunk")


def classifier_threshold(source: str = "chunk") -> float:
    """The classifier probability that counts as a detection for ``source`` ("prompt" or "chunk"):
    chosen by bench/train_injection.py on out-of-fold runs over the training split's sources
    (about 1% false alarms per benign source of that kind) and stored with the weights."""
    model = _classifier.load()
    value = model.meta.get(f"meta_threshold_{source}") if model is not None else None
    return float(value) if value else CLASSIFIER_THRESHOLD


def classifier_score(p: float, threshold: float | None = None) -> float:
    """Map the classifier's probability onto the scan's scale: ``threshold`` maps to 0.5."""
    t = CLASSIFIER_THRESHOLD if threshold is None else threshold
    return 0.5 * p / t if p < t else 0.5 + 0.5 * (p - t) / (1.0 - t)


def normalise(text: str) -> tuple[str, int]:
    """The canonical view of ``text`` and how many invisible characters it had."""
    from ._normalize import canonical

    folded, signals = canonical(text)
    return folded, signals.get("hidden", 0) + signals.get("tags", 0)


#: Quoted passages: reported speech ("attackers write 'ignore previous instructions'"). A rule
#: whose every match lies inside one counts at QUOTED_FACTOR of its weight. (An attacker can
#: quote too; two quoted signals still add up.)
_QUOTED = re.compile(r"(?<!\w)'[^'\n]{3,300}'(?!\w)|\"[^\"\n]{3,300}\"|“[^”]{1,300}”|‘[^’]{1,300}’|「[^」]{1,300}」|『[^』]{1,300}』")
QUOTED_FACTOR = 0.5


#: words that mix scripts (``_normalize``'s ``mixed_script``) from which a text counts as disguised
MIXED_WORDS = 3


class _Plan(NamedTuple):
    """What the scan needs to skip a rule table's patterns cheaply (``_plan``): per rule, its gate words (None: no
    gate), and one ``LiteralIndex`` over all the gate words and the ungated rules' required literals. A gated rule's
    own literals (``Rule.literal_index``) are derived and looked up only once its gate has passed."""

    gates: tuple[frozenset[str] | None, ...]
    literals: LiteralIndex


def _build_plan(rules: tuple[Rule, ...]) -> _Plan:
    # a gate holding "" lets every text through (``"" in norm``), as no gate does
    gates = tuple(frozenset(r.gate) if r.gate and "" not in r.gate else None for r in rules)
    words = {w for g in gates if g for w in g}
    words |= {w for r, g in zip(rules, gates) if g is None for lits in r.required() if lits for w in lits}
    return _Plan(gates, LiteralIndex(words))


#: plans by the identities of the rules they were built for (the scan's RULES, a test's single rule); each entry
#: holds its rules, so an id here cannot be reused by another object while the entry lives
_PLANS: dict[tuple[int, ...], _Plan] = {}
_PLANS_MAX = 64
_PLANS_LOCK = threading.Lock()


def _plan(rules: tuple[Rule, ...]) -> _Plan:
    key = tuple(map(id, rules))
    plan = _PLANS.get(key)
    if plan is None:
        with _PLANS_LOCK:
            plan = _PLANS.get(key)
            if plan is None:
                plan = _build_plan(rules)
                if len(_PLANS) >= _PLANS_MAX:
                    _PLANS.clear()
                _PLANS[key] = plan
    return plan


def _rule_hits(norm: str, hidden: int, rules: Iterable[Rule], mixed: int = 0,
               source: str = "chunk", prefilter: bool = True) -> list[tuple[str, float]]:
    """The rules' hits in one view. ``prefilter`` False: every gated rule tests its gate words one by one and runs
    all its patterns, as before round eleven (tests/guard/test_scan_cost.py checks that both ways hit the same)."""
    rules = tuple(rules)
    plan = _plan(rules)
    grams = text_grams(norm) if prefilter else (frozenset(), frozenset())
    present = plan.literals.present(norm, grams) if prefilter else frozenset()
    quoted, mentioned = quote_spans(norm)  # round twelve: CSV cells are no quotes, marked mentions count less (_mention)
    hits: list[tuple[str, float]] = []
    matched: dict[str, list[tuple[int, int]]] = {}
    for rule, gate in zip(rules, plan.gates):
        if source not in rule.sides:
            continue
        if rule.name == "hidden_text":
            if hidden >= 2:
                hits.append((rule.name, rule.weight))
            continue
        if rule.name == "obfuscated":
            if mixed >= MIXED_WORDS:
                hits.append((rule.name, rule.weight))
            continue
        if not prefilter:
            if rule.gate and not any(g in norm for g in rule.gate):
                continue
            compiled = rule.compiled
        else:
            if gate is not None and gate.isdisjoint(present):  # the hand-written gate: the same test as ``g in norm``
                continue
            # the patterns whose required literals the view holds: the others cannot match anywhere in it
            held = present if gate is None else rule.literal_index().present(norm, grams)
            active = tuple(i for i, lits in enumerate(rule.required()) if lits is None or not lits.isdisjoint(held))
            if not active and rule.patterns:
                continue
            compiled = rule.matcher(active)
        spans = [m.span() for m in compiled.finditer(norm)]
        if rule.name in _FILTERED:
            spans = [(s, e) for s, e in spans if not _prohibited_or_own(norm, s, e)]
        if rule.name in NAMES14:  # round fourteen: a prohibition in the lexicon's languages, or an English match
            spans = [(s, e) for s, e in spans if not voided(norm, s, e)]
        if rule.name in _FILTERED_7B:
            spans = [(s, e) for s, e in spans
                     if not (_NEG_ZH_BEFORE.search(norm[max(0, s - 12):s]) or _NEG_JA_AFTER.match(norm[e:e + 12]))]
        if rule.name == "persona_swap":
            spans = [(s, e) for s, e in spans if not (norm[e - 7:e] == "filters" and _VIEW_FILTERS.match(norm[e:e + 40]))]
        if rule.overlaps:  # a phrase an older family already counted is not counted twice
            taken = [span for name in rule.overlaps for span in matched.get(name, ())]
            spans = [(s, e) for s, e in spans if not any(a < e and s < b for a, b in taken)]
        if not spans:
            continue
        matched[rule.name] = spans
        inside = all(any(a <= s and e <= b for a, b in quoted) for s, e in spans)
        named = all(any(a <= s and e <= b for a, b in mentioned) or reported_attempt(norm, s) for s, e in spans)
        factor = MENTION_FACTOR if named else QUOTED_FACTOR if inside else 1.0
        hits.append((rule.name, round(rule.weight * factor, 4)))
    return hits


def _combine(weights: Iterable[float]) -> float:
    miss = 1.0
    for weight in weights:
        miss *= 1.0 - weight
    return 1.0 - miss


def weak_support(classifier: float, hits: Iterable[tuple[str, float]]) -> float:
    """The score the weak rules' hits and the classifier's score (on the scan's scale) make together:
    ``1 - (1 - classifier)(1 - weak)`` when there is a weak hit and the classifier is at least
    ``WEAK_WITH_CLASSIFIER``, else 0 (the plain maximum stands)."""
    weak = [w for name, w in hits if name in WEAK_RULES]
    if not weak or classifier < WEAK_WITH_CLASSIFIER:
        return 0.0
    return 1.0 - (1.0 - min(classifier, 1.0)) * (1.0 - _combine(weak))


def score_text(text: str, rules: Iterable[Rule] = RULES, source: str = "chunk") -> tuple[float, list[tuple[str, float]]]:
    """The text's injection score (0..1) and what contributed: (rule or signal, weight) pairs.

    ``source`` is "chunk" (a retrieved passage, the default) or "prompt" (the user's own
    message): the classifier's threshold differs between them (``classifier_threshold``).
    Names: the rules' names, ``classifier`` (the model's probability, when its score is at least
    0.5), and ``encoded_<how>`` when the score came from a decoded view.
    """
    if source not in SOURCES:
        raise ValueError(f"source is {source!r}; use one of {SOURCES}")
    rules = tuple(rules)
    threshold = classifier_threshold(source)
    all_views, signals = views(text)
    hidden = signals.get("hidden", 0) + signals.get("tags", 0)
    mixed = signals.get("mixed_script", 0)
    model = _classifier.load()
    best: float = 0.0
    best_hits: list[tuple[str, float]] = []
    for view in all_views:
        hits = _rule_hits(view.text, hidden if not view.via else 0, rules, mixed if not view.via else 0, source)
        r = _combine(w for _, w in hits)
        c = model.score(view.text, source) if model is not None and view.text.strip() else 0.0
        if c < CORROBORATE:
            r *= UNCORROBORATED
        cs = classifier_score(c, threshold)
        s = max(r, cs)
        s = max(s, weak_support(cs, hits))
        if cs >= 0.5:
            hits.append(("classifier", round(min(cs, 1.0), 4)))
        if view.via and s > 0:
            hits.append((f"encoded_{view.via}", round(min(s, 1.0), 4)))
        # a hitless view gives way to a later view with hits (as since round four); round thirteen's views only ever
        # raise the score (docs/guard.md, "Round thirteen: generic decoders (I2)", says what fixing the older rule does)
        if s > best or (not best_hits and not (view.via in VIAS13 or view.via in VIAS14 or "+" in view.via)):
            best, best_hits = s, hits
    if signals.get("homoglyph") and best_hits and best >= 0.5:
        best_hits.append(("homoglyph", round(best, 4)))
    return round(min(best, 1.0), 4), [h for h in best_hits if h[1] > 0]


def scan_text(where: Where, text: str, threshold: float) -> list[Finding]:
    """Findings for one text: one per rule that hit, scored with the text's combined score;
    none when the combined score stays under ``threshold``."""
    if not text:
        return []
    score, hits = score_text(text, source="prompt" if where == "prompt" else "chunk")
    if score < threshold:
        return []
    return [Finding(where, name, score) for name, _ in hits]


def injection_ms_per_1k(repeats: int = 30) -> float:
    """Median milliseconds to score 1,000 characters of mixed text (for ``workbench bench``)."""
    import statistics
    import time

    sample = ("Quarterly churn rose to 4.1% in APAC, driven by price changes in the SMB segment. "
              "SELECT region, SUM(revenue) FROM sales GROUP BY region; 第三季度收入增长。四半期の売上は増加した。 ")
    text = (sample * (1000 // len(sample) + 1))[:1000]
    score_text(text)  # load the weights once
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        score_text(text)
        times.append((time.perf_counter() - t0) * 1000)
    return round(statistics.median(times), 3)
