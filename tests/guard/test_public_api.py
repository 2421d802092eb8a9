from __future__ import annotations

import workbench.guard as guard
from workbench.errors import (
    AccessDenied,
    EgressBlocked,
    InjectionBlocked,
    ManifestMismatch,
    ModelError,
    RateLimited,
    WorkbenchError,
)


def test_all_is_exactly_the_public_names() -> None:
    public = {name for name in dir(guard) if not name.startswith("_")}
    assert set(guard.__all__) == public - {"annotations"}
    assert {"Guard", "Verdict", "sign_model", "verify_model", "check_before_launch"} <= set(guard.__all__)


def test_guard_errors_sit_in_the_hierarchy() -> None:
    assert issubclass(RateLimited, AccessDenied)
    assert issubclass(InjectionBlocked, AccessDenied)
    assert issubclass(ManifestMismatch, ModelError)
    assert issubclass(EgressBlocked, WorkbenchError) and issubclass(EgressBlocked, PermissionError)
    assert RateLimited("x", retry_after=3.0, limit="calls_per_minute").retry_after == 3.0
