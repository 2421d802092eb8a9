"""One configuration object, read from ``WORKBENCH_HOME/workbench.toml`` and ``WORKBENCH_*``.

Precedence, lowest first: defaults, the TOML file, environment variables, keyword overrides
given to :func:`load_settings` (and so to ``workbench.connect(**overrides)``).
"""

from ._settings import (
    ENV_VARS,
    AuditSettings,
    ConversationSettings,
    CorpusSettings,
    GuardSettings,
    LlamaCppSettings,
    ModelSettings,
    PrivacySettings,
    ReportSettings,
    Settings,
    VllmSettings,
    ensure_private_dir,
    load_settings,
    workbench_home,
)

__all__ = [
    "ENV_VARS",
    "AuditSettings",
    "ConversationSettings",
    "CorpusSettings",
    "GuardSettings",
    "ReportSettings",
    "PrivacySettings",
    "ensure_private_dir",
    "LlamaCppSettings",
    "ModelSettings",
    "Settings",
    "VllmSettings",
    "load_settings",
    "workbench_home",
]
