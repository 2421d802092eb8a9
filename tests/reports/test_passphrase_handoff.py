"""A report kernel that reads an encrypted corpus gets the passphrase in a 0600 file that is gone
when the run ends — never in its environment."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from workbench.config import load_settings
from workbench.reports._execute import kernel_env, passphrase_handoff

SECRET = "a long test passphrase for the hand-off"


def test_the_passphrase_is_handed_over_in_a_private_file_that_goes(monkeypatch: pytest.MonkeyPatch,
                                                                   tmp_path: Path) -> None:
    monkeypatch.setenv("WORKBENCH_PASSPHRASE", SECRET)
    env = kernel_env(None, {"WORKBENCH_HOME": str(tmp_path)})
    assert "WORKBENCH_PASSPHRASE" not in env and SECRET not in env.values()
    with passphrase_handoff(env) as kernel:
        path = Path(kernel["WORKBENCH_PASSPHRASE_FILE"])
        assert SECRET not in kernel.values()
        assert stat.S_IMODE(path.stat().st_mode) == 0o600 and stat.S_IMODE(path.parent.stat().st_mode) == 0o700
        assert load_settings(env=kernel).passphrase == SECRET  # the kernel's connect() unlocks the corpus
    assert not path.exists() and not path.parent.exists()
    assert load_settings(env=kernel).passphrase is None  # after the run the name leads nowhere


def test_no_passphrase_no_file(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("WORKBENCH_PASSPHRASE", raising=False)
    with passphrase_handoff({"A": "b"}) as kernel:
        assert kernel == {"A": "b"}
    assert "WORKBENCH_PASSPHRASE_FILE" not in os.environ
