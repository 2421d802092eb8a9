import csv
import io
import json
import sqlite3

import pytest
from click.testing import CliRunner

from workbench.audit import AuditLog
from workbench.cli._audit import audit


@pytest.fixture
def filled(settings, make_record):
    settings.audit.checkpoint_every = 4
    log = AuditLog.open(settings)
    for i in range(6):
        log.append(make_record(cell_id=f"c{i % 2}", execution_count=i,
                               content_plain=[{"role": "user", "content": "Who is Li Wei?"}]))
    log.append(make_record(notebook_path="other.ipynb", cell_id="z", outcome="failed", **{"error.type": "timeout"}))
    log.close()
    return settings


def run(*args):
    return CliRunner().invoke(audit, list(args), catch_exceptions=False)


def no_secrets(settings, text):
    key = (settings.keys_dir / "audit-signing.key").read_text()
    body = "".join(line for line in key.splitlines() if "-----" not in line)
    assert body not in text and "Li Wei" not in text


def test_verify_ok_exits_zero(filled):
    result = run("verify")
    assert result.exit_code == 0, result.output
    assert "OK: 7 records" in result.output
    no_secrets(filled, result.output)


def test_verify_broken_exits_nonzero_and_names_record(filled):
    db = sqlite3.connect(filled.home / "audit" / "audit.db")
    db.execute("DELETE FROM records WHERE seq = 3")
    db.commit()
    result = run("verify")
    assert result.exit_code == 1
    assert "first bad record: 3" in result.output and "deleted" in result.output


def test_verify_json_and_expect(filled):
    head = json.loads(run("head").output)
    assert head["seq"] == 7 and len(head["hash"]) == 64
    assert run("verify", "--expect", f"{head['seq']}:{head['hash']}").exit_code == 0
    result = run("verify", "--json", "--expect", f"{head['seq']}:{'a' * 64}")
    assert result.exit_code == 1 and json.loads(result.output)["first_bad"] == 7


def test_verify_unreadable_database_exits_nonzero(filled):
    (filled.home / "audit" / "audit.db").write_bytes(b"not a database at all" * 100)
    result = run("verify")
    assert result.exit_code != 0 and "FAILED" in result.output


def test_export_jsonl_and_csv(filled, tmp_path):
    result = run("export", "--format", "jsonl")
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert [r["audit_seq"] for r in rows] == list(range(1, 8))
    assert rows[0]["content"] == [{"role": "user", "content": "Who is <PERSON_1>?"}]
    out = tmp_path / "audit.csv"
    assert run("export", "--format", "csv", "--output", str(out)).exit_code == 0
    table = list(csv.DictReader(io.StringIO(out.read_text())))
    assert len(table) == 7 and table[6]["error.type"] == "timeout" and table[0]["cell_id"] == "c0"
    assert json.loads(table[0]["redaction"]) == {"PERSON": 1}
    no_secrets(filled, result.output + out.read_text())


def test_show_filters(filled):
    result = run("show", "--notebook", "work/a.ipynb", "--cell", "c1")
    lines = result.output.splitlines()
    assert len(lines) == 3 and all("#c1[" in line for line in lines)
    assert "<PERSON_1>" not in result.output
    assert "<PERSON_1>" in run("show", "--limit", "1", "--content", "--cell", "c0").output
    failed = run("show", "--limit", "1").output
    assert "failed" in failed and "timeout" in failed
    assert "no records match" in run("show", "--cell", "nope").output
    no_secrets(filled, result.output)


def test_readers_do_not_sign(filled):
    db = sqlite3.connect(filled.home / "audit" / "audit.db")
    before = db.execute("SELECT count(*) FROM checkpoints").fetchone()[0]
    for args in (["verify"], ["head"], ["show"], ["export"]):
        run(*args)
    assert db.execute("SELECT count(*) FROM checkpoints").fetchone()[0] == before
