from __future__ import annotations

from pathlib import Path

import pytest

from workbench.config import load_settings
from workbench.corpus import Corpora

PASSPHRASE = "correct horse battery staple"
FAST_KDF = {"corpus.kdf_cost": 10}  # scrypt N=2**10: keeps tests fast; the default is 2**17

DOCS = {
    "leave.md": "# Parental leave\n\nEmployees receive sixteen weeks of paid parental leave. "
                "The quokka-marmalade clause lets leave start four weeks before the due date.",
    "expenses.txt": "Expense claims are filed in Concur within thirty days. Receipts above fifty euros "
                    "must be scanned. The zebra-lantern rule caps hotel costs at 180 euros a night.",
    "security.html": "<html><body><h1>Laptop security</h1><p>Full-disk encryption is mandatory. "
                     "Report a lost laptop to the service desk within one hour; code word "
                     "walrus-teacup.</p><script>var x = 1;</script></body></html>",
    "revenue.csv": "region,quarter,revenue\nEMEA,Q3,12.5 million\nAPAC,Q3,9.1 million (otter-saxophone)\n",
}
UNIQUE = ["quokka-marmalade", "zebra-lantern", "walrus-teacup", "otter-saxophone"]


def settings_for(home: Path, passphrase: str | None = PASSPHRASE, **overrides):
    env = {"WORKBENCH_HOME": str(home)}
    if passphrase:
        env["WORKBENCH_PASSPHRASE"] = passphrase
    return load_settings(env=env, **{**FAST_KDF, **overrides})


def write_docs(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in DOCS.items():
        (folder / name).write_text(text)
    return folder


@pytest.fixture(scope="session")
def shared(tmp_path_factory: pytest.TempPathFactory):
    """One small embedded corpus for the session (read-only for tests): (home, Corpora)."""
    root = tmp_path_factory.mktemp("corpus-shared")
    docs = write_docs(root / "docs")
    home = root / "home"
    corpora = Corpora.open(settings_for(home, user="owner"))
    report = corpora.get("handbook").add([docs], progress=False)
    assert report.ok and report.chunks_added >= 4
    return home, corpora


@pytest.fixture
def fresh(tmp_path: Path):
    """A new, empty WORKBENCH_HOME: (home, Corpora for user 'alice')."""
    home = tmp_path / "fresh-home"
    return home, Corpora.open(settings_for(home, user="alice"))
