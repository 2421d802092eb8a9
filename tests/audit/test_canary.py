"""The store writes no plaintext beyond the record's own content, and the canary helper finds
plaintext wherever it is (the helper is shared: tests/_canary.py)."""

import json
import zipfile

import pytest

from tests._canary import assert_no_plaintext, find_plaintext
from workbench.audit import AuditLog

CANARY = "Ophelia Quarterback-Zanzibar 4471"
CANARY_ZH = "李维在上海的秘密账户"


def test_plain_content_never_reaches_the_disk_wal_included(settings, make_record):
    log = AuditLog.open(settings)
    for _ in range(3):
        intent = log.begin(make_record(content_plain=[{"role": "user", "content": CANARY}]))
        log.finish(intent, make_record(outcome="answered", content_plain=[{"role": "user", "content": CANARY_ZH}]))
    log.keyed_hash(CANARY)
    assert (settings.home / "audit" / "audit.db-wal").exists()  # scanned while the log is open
    assert_no_plaintext(settings.home, [CANARY, CANARY_ZH])
    log.close()
    assert_no_plaintext(settings.home, [CANARY, CANARY_ZH])


def test_content_level_none_drops_even_the_redacted_content(settings, make_record):
    settings.audit.content = "none"
    log = AuditLog.open(settings)
    log.append(make_record(content=[{"role": "user", "content": CANARY}]))
    log.close()
    assert_no_plaintext(settings.home, [CANARY])


def test_the_helper_finds_canaries_in_the_wal_escaped_and_zipped(settings, make_record, tmp_path):
    log = AuditLog.open(settings)
    log.append(make_record(content=[{"role": "user", "content": CANARY}]))  # content is kept: redacted level
    hits = find_plaintext(settings.home, [CANARY])
    assert any(name.endswith(("audit.db-wal", "audit.db")) for name, _ in hits)
    with pytest.raises(AssertionError, match="canary #0"):
        assert_no_plaintext(settings.home, [CANARY])
    log.close(checkpoint=False)

    other = tmp_path / "other"
    other.mkdir()
    (other / "a.json").write_text(json.dumps({"x": CANARY_ZH}))  # \uXXXX escapes
    with zipfile.ZipFile(other / "b.xlsx", "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("sheet.xml", f"<c>{CANARY}</c>")
    (other / "c.txt").write_bytes(CANARY.encode("utf-16-le"))
    hits = find_plaintext(other, [CANARY, CANARY_ZH])
    assert sorted((name.rsplit("/", 1)[-1], i) for name, i in hits) == [("a.json", 1), ("c.txt", 0), ("sheet.xml", 0)]
    with pytest.raises(AssertionError, match="vacuously"):
        assert_no_plaintext(tmp_path / "empty-dir-that-is-missing", [CANARY])
