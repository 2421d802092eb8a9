"""The whole pipeline minus generation, over a bare Presidio pass on the same text.

The model is the loopback echo server (it answers at once), so the figure holds policy, retrieve
(k=5 from an encrypted corpus), guard, redact, send, restore and audit, and nothing of a model's
own time. The floor is Presidio's own analyze + anonymize, with the same spaCy model and its
default recognizers, on the same text: the prompt plus the five retrieved chunks.
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


def _prompt(words: int = 200) -> str:
    text, i = [], 0
    while len(" ".join(text).split()) < words:
        text.append(SENTENCES[i % len(SENTENCES)])
        i += 1
    return " ".join(" ".join(text).split()[:words]) + " What should the weekly report highlight?"


def pipeline_over_redaction(calls: int = 10, docs: int = 30) -> dict[str, Any]:
    import workbench
    from ..privacy._engine import SPACY_PACKAGE

    prompt = _prompt()
    with tempfile.TemporaryDirectory() as home, RecordingServer(Behaviour(models=["echo"], api_key="k", answer="Noted.")) as server:
        wb = workbench.connect(home=home, model_url=server.base_url, model="echo", api_key="k",
                               passphrase="bench passphrase", **{"corpus.kdf_cost": 14})
        wb.corpus("notes").add([f"Note {d}: " + " ".join(SENTENCES[(d + j) % len(SENTENCES)] for j in range(4))
                                for d in range(docs)], progress=False)
        first = wb.ask(prompt, corpus="notes", k=5)  # warms the analyzer, the index and the client
        hits = wb.search(prompt, corpus="notes", k=5)
        same_text = prompt + "\n\n" + "\n\n".join(h.text for h in hits)

        from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
        from presidio_analyzer.nlp_engine import SpacyNlpEngine
        from presidio_anonymizer import AnonymizerEngine

        nlp = SpacyNlpEngine(models=[{"lang_code": "en", "model_name": SPACY_PACKAGE}])
        nlp.load()
        registry = RecognizerRegistry()
        registry.load_predefined_recognizers(nlp_engine=nlp)
        analyzer, anonymizer = AnalyzerEngine(nlp_engine=nlp, registry=registry), AnonymizerEngine()

        def bare() -> None:
            anonymizer.anonymize(text=same_text, analyzer_results=analyzer.analyze(same_text, language="en"))

        bare()
        t_pipe, t_bare = [], []
        for _ in range(calls):  # interleaved, so both see the same machine load
            t0 = time.perf_counter()
            wb.ask(prompt, corpus="notes", k=5)
            t1 = time.perf_counter()
            bare()
            t_bare.append(time.perf_counter() - t1)
            t_pipe.append(t1 - t0)
        wb.close()
    p50, b50 = statistics.median(t_pipe), statistics.median(t_bare)
    p95 = sorted(t_pipe)[max(0, int(len(t_pipe) * 0.95) - 1)]
    return {
        "pipeline_over_redaction": round(p50 / b50, 3),
        "pipeline_p50_ms": round(p50 * 1000, 1),
        "pipeline_p95_ms": round(p95 * 1000, 1),
        "bare_presidio_p50_ms": round(b50 * 1000, 1),
        "pipeline_text_words": len(same_text.split()),
        "pipeline_entities": sum(first.entities.values()),
    }
