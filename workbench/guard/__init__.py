"""Guards: egress control, prompt-injection scanning, rate limits, signed model manifests.

    from workbench.guard import Guard
    guard = Guard(settings)
    guard.install_egress(allow=[("127.0.0.1", 8080)], on_connection=record)  # once per process
    guard.admit(user)                          # before send: RateLimited when used up
    verdict = guard.scan(prompt, chunks)       # Verdict(action, findings, drop, sources, policy)
    marked = datamark(chunk_text)              # sources marked as data; DATA_NOTICE explains it
    findings = scan_answer(answer_text)        # exfiltration URLs, "as the document instructs"
    guard.record_usage(user, input_tokens, output_tokens)

    sign_model(path, settings.keys_dir)        # writes the signed manifest
    verify_model(path, settings.keys_dir).ok

See docs/guard.md for the modes, the rules and the measured precision and recall.
"""

from ._answer_scan import defang_answer, scan_answer
from ._datamark import DATA_NOTICE, Unmarker, boundary_tag, datamark, delimit, delimit_notice, unmark
from ._egress import OFFLINE_ENV, set_offline_env
from ._egress import mode as egress_mode
from ._egress import stats as egress_stats
from ._guard import Guard, Verdict
from ._injection import RULES, Finding, injection_ms_per_1k, score_text
from ._manifest import ManifestReport, check_before_launch, manifest_path, model_path_from_argv
from ._manifest import sign as sign_model
from ._manifest import verify as verify_model

__all__ = [
    "Guard",
    "Verdict",
    "Finding",
    "RULES",
    "score_text",
    "injection_ms_per_1k",
    "scan_answer",
    "defang_answer",
    "datamark",
    "unmark",
    "Unmarker",
    "boundary_tag",
    "delimit",
    "delimit_notice",
    "DATA_NOTICE",
    "OFFLINE_ENV",
    "set_offline_env",
    "egress_mode",
    "egress_stats",
    "ManifestReport",
    "sign_model",
    "verify_model",
    "check_before_launch",
    "manifest_path",
    "model_path_from_argv",
]
