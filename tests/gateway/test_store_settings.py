"""The contract's `[gateway] audit_url` and `witness` configure the gateway's audit store, as
`--audit-url` and `--witness` do (the options win)."""

from __future__ import annotations

from pathlib import Path

from workbench.gateway import gateway_settings

TOML = """[gateway]
upstream = "http://127.0.0.1:9/v1"
audit_url = "postgresql://gw@127.0.0.1:5999/audit"
witness = "/srv/witness/heads.jsonl"
"""


def test_gateway_table_names_the_store_and_the_witness(tmp_path: Path) -> None:
    (tmp_path / "workbench.toml").write_text(TOML)
    settings = gateway_settings(env={"WORKBENCH_HOME": str(tmp_path)})
    assert settings.audit.url == "postgresql://gw@127.0.0.1:5999/audit"
    assert settings.audit.witness == "/srv/witness/heads.jsonl"
    flagged = gateway_settings(env={"WORKBENCH_HOME": str(tmp_path)}, audit_url="postgresql://other@h/db",
                               witness=str(tmp_path / "w.jsonl"))
    assert flagged.audit.url == "postgresql://other@h/db" and flagged.audit.witness == str(tmp_path / "w.jsonl")
