"""The PostgreSQL store on a real server (tests/_postgres.py): the same behaviour as SQLite,
and each way of tampering a database administrator could try, rollback to an older copy
included (caught with the witness)."""

import json

import psycopg
import pytest
from click.testing import CliRunner

from workbench.audit import AuditLog
from workbench.cli._audit import audit
from workbench.config import load_settings
from workbench.errors import AuditError, ConfigError


def sql(url, *statements):
    with psycopg.connect(url, autocommit=True) as db:
        for statement in statements:
            db.execute(statement)


def run(*args):
    return CliRunner().invoke(audit, list(args), catch_exceptions=False)


@pytest.fixture
def written(pg_settings, make_record, tmp_path):
    """A closed PostgreSQL log of 12 records, checkpoints at 5, 10 and 12, and a witness."""
    pg_settings.audit.checkpoint_every = 5
    pg_settings.audit.witness = str(tmp_path / "witness" / "heads.jsonl")
    log = AuditLog.open(pg_settings)
    for i in range(12):
        log.append(make_record(cell_id=f"c{i % 3}", execution_count=i))
    log.close()
    return pg_settings


def verify(settings, **kw):
    log = AuditLog.open(settings)
    try:
        return log.verify(**kw)
    finally:
        log.close(checkpoint=False)


def test_open_picks_postgres_from_settings_and_environment(pg_url, monkeypatch, make_record):
    monkeypatch.setenv("WORKBENCH_AUDIT_URL", pg_url)
    log = AuditLog.open(load_settings())
    assert log.backend == "postgresql" and log.location == pg_url and log.head_path is None
    log.append(make_record())
    assert log.records()[0]["audit_seq"] == 1
    log.close()
    monkeypatch.setenv("WORKBENCH_AUDIT_URL", "mysql://x@y/z")
    with pytest.raises(ConfigError, match="postgresql://"):
        load_settings()


def test_records_filters_head_and_checkpoints(pg_settings, make_record):
    pg_settings.audit.checkpoint_every = 3
    log = AuditLog.open(pg_settings)
    for i in range(7):
        log.append(make_record(cell_id=f"c{i % 3}", execution_count=i, run_id="r1" if i < 2 else None))
    assert [r["execution_count"] for r in log.records(cell="c0")] == [0, 3, 6]
    assert [r["execution_count"] for r in log.records(run_id="r1")] == [0, 1]
    assert [r["audit_seq"] for r in log.records(limit=2)] == [6, 7]
    assert log.records(user="ana")[0]["redaction"] == {"PERSON": 1}
    assert log.head()["seq"] == 7 and log.head()["hash"] == log.records()[-1]["audit_hash"]
    log.close()
    with psycopg.connect(pg_settings.audit.url) as db:
        assert [r[0] for r in db.execute("SELECT seq FROM checkpoints ORDER BY seq")] == [3, 6, 7]
    result = verify(pg_settings)
    assert result.ok and result.count == 7 and result.checkpoints == 3
    assert any("no witness" in w for w in result.warnings)


def test_intact_log_with_witness_verifies(written, tmp_path):
    lines = (tmp_path / "witness" / "heads.jsonl").read_text().splitlines()
    assert [json.loads(line)["seq"] for line in lines] == [5, 10, 12]
    assert "@" in json.loads(lines[0])["store"] and ":" not in json.loads(lines[0])["store"].split("@")[0][13:]
    result = verify(written)
    assert result.ok and result.count == 12 and result.witnessed == 3 and not result.warnings


def test_edited_body_is_named(written):
    sql(written.audit.url, "UPDATE records SET body = convert_to(replace(convert_from(body, 'UTF8'), "
        "'gemma3', 'gemma4'), 'UTF8') WHERE seq = 4")
    result = verify(written)
    assert not result.ok and result.first_bad == 4 and "edited" in result.reason


def test_edited_column_is_named(written):
    sql(written.audit.url, "UPDATE records SET \"user\" = 'someone-else' WHERE seq = 9")
    result = verify(written)
    assert not result.ok and result.first_bad == 9


def test_deleted_row_is_named(written):
    sql(written.audit.url, "DELETE FROM records WHERE seq = 6")
    result = verify(written)
    assert not result.ok and result.first_bad == 6 and "deleted" in result.reason


def test_reordered_rows_are_named(written):
    sql(written.audit.url,
        "UPDATE records SET seq = -1 WHERE seq = 7", "UPDATE records SET seq = 7 WHERE seq = 8",
        "UPDATE records SET seq = 8 WHERE seq = -1")
    result = verify(written)
    assert not result.ok and result.first_bad == 7


def test_cut_tail_with_its_checkpoints_is_caught_by_the_witness(written):
    sql(written.audit.url, "DELETE FROM records WHERE seq > 8", "DELETE FROM checkpoints WHERE seq > 8")
    result = verify(written)
    assert not result.ok and "witness names record 12" in result.reason


def _dump(pg_server, url, name):
    path = pg_server.dir / name
    pg_server.tool("pg_dump", "--format=custom", "--file", str(path), url)
    return path


def _restore(pg_server, url, dump):
    db = url.rsplit("/", 1)[1]
    pg_server.drop_database(db)
    pg_server.create_database(db)
    pg_server.tool("pg_restore", "--dbname", url, str(dump))


def test_restored_older_copy_is_caught_only_with_the_witness(written, pg_server, make_record, tmp_path):
    url = written.audit.url
    old = _dump(pg_server, url, "older.dump")
    log = AuditLog.open(written)
    for i in range(8):
        log.append(make_record(execution_count=100 + i))
    log.close()
    head = verify(written).head_hash
    _restore(pg_server, url, old)  # the administrator puts the older copy back

    alone = AuditLog.open(written, witness=None)
    result = alone.verify()  # the restored copy is consistent in itself ...
    assert result.ok and result.count == 12 and any("no witness" in w for w in result.warnings)
    alone.close(checkpoint=False)
    result = verify(written)  # ... but the witness has seen later heads
    assert not result.ok and "rolled back" in result.reason and result.first_bad == 13
    out = run("verify", "--audit-url", url, "--witness", written.audit.witness)
    assert out.exit_code == 1 and "rolled back" in out.output
    out = run("verify", "--audit-url", url, "--expect", f"20:{head}")
    assert out.exit_code == 1


def test_restored_copy_with_new_appends_is_caught_by_the_witness(written, pg_server, make_record):
    url = written.audit.url
    old = _dump(pg_server, url, "older2.dump")
    log = AuditLog.open(written)
    for i in range(5):
        log.append(make_record(execution_count=200 + i))
    log.close()  # witness: ..., 15, 17
    _restore(pg_server, url, old)
    other = AuditLog.open(written, witness=None)  # a writer who does not know the witness
    for i in range(6):
        other.append(make_record(execution_count=300 + i, user="mallory"))
    other.close()
    result = verify(written)
    assert not result.ok and result.first_bad == 15 and "witnessed head" in result.reason


def test_cli_against_postgres(written, pg_server, make_record, tmp_path):
    url = written.audit.url
    log = AuditLog.open(written)
    cut = log.begin(make_record(cell_id="cut"))
    log.close()
    out = run("verify", "--audit-url", url, "--witness", written.audit.witness)
    assert out.exit_code == 0, out.output
    assert "OK: 13 records" in out.output and "witnessed" in out.output and f"interrupted: call {cut}" in out.output
    out = run("export", "--audit-url", url, "--format", "jsonl")
    rows = [json.loads(line) for line in out.output.splitlines()]
    assert len(rows) == 13 and rows[-1]["audit_unfinished"] is True and rows[-1]["audit_id"] == cut
    assert not any(r.get("audit_unfinished") for r in rows[:-1])
    out = run("show", "--audit-url", url, "--limit", "3")
    assert out.exit_code == 0 and "started" in out.output
    out = run("head", "--audit-url", url)
    assert json.loads(out.output)["seq"] == 13


def test_passwords_in_the_url_never_reach_output(pg_server, settings, make_record):
    bad = pg_server.url("no_such_db").replace("@", ":hunter2-secret@")
    out = run("verify", "--audit-url", bad)
    assert out.exit_code == 2 and "hunter2" not in out.output and "no_such_db" in out.output
    with pytest.raises(AuditError) as caught:
        AuditLog.open(settings, url=bad)
    assert "hunter2" not in str(caught.value)
    settings.audit.url = bad
    assert "hunter2" not in repr(settings) and "hunter2" not in json.dumps(settings.describe())


def test_no_writer_can_fork_the_chain_even_without_the_lock(pg_settings, make_record):
    log = AuditLog.open(pg_settings)
    log.append(make_record())
    log.append(make_record())
    with pytest.raises(psycopg.errors.UniqueViolation):
        sql(pg_settings.audit.url, "INSERT INTO records (seq, id, prev_hash, hash, body) "
            "SELECT 2, 'fork', prev_hash, hash, body FROM records WHERE seq = 2")
    log.close()


def test_a_lost_connection_is_reopened(pg_settings, pg_server, make_record):
    log = AuditLog.open(pg_settings)
    log.append(make_record())
    db = pg_settings.audit.url.rsplit("/", 1)[1]
    pg_server.execute(f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{db}' "
                      "AND pid <> pg_backend_pid()")
    with pytest.raises(AuditError):
        log.append(make_record())  # the one in flight fails loudly ...
    log.append(make_record())  # ... and the next opens a new connection
    assert [r["audit_seq"] for r in log.records()] == [1, 2] and log.verify().ok
    log.close()


def test_a_forked_child_opens_its_own_connection_and_leaves_the_parents_alone(pg_settings, make_record):
    import os

    log = AuditLog.open(pg_settings)
    log.append(make_record(user="parent"))
    pid = os.fork()
    if pid == 0:  # the child appends through the same object, then exits
        code = 0
        try:
            log.append(make_record(user="child"))
            log.close(checkpoint=False)
        except BaseException:  # noqa: BLE001
            code = 1
        os._exit(code)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    log.append(make_record(user="parent"))  # the parent's session survived the child
    assert [r["user"] for r in log.records()] == ["parent", "child", "parent"] and log.verify().ok
    log.close()
