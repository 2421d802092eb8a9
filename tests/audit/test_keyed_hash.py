"""Keyed hashes (issue 12 item 7): a stored code hash cannot be confirmed by guessing."""

import hashlib
import re
import stat

from workbench.audit import AuditLog


def test_keyed_hash_is_an_hmac_under_a_private_per_log_key(settings, tmp_path):
    log = AuditLog.open(settings)
    key_file = settings.keys_dir / "audit-hmac.key"
    assert not key_file.exists()  # made on first use, not on open
    value = "df = load('customers.csv')"
    digest = log.keyed_hash(value)
    assert re.fullmatch(r"[0-9a-f]{64}", digest)
    assert digest != hashlib.sha256(value.encode()).hexdigest()  # an unsalted guess does not match
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600 and len(key_file.read_bytes()) == 32
    import hmac

    assert digest == hmac.new(key_file.read_bytes(), value.encode(), hashlib.sha256).hexdigest()
    assert log.keyed_hash(value) == digest and log.keyed_hash(value + " ") != digest
    log.close()


def test_replicas_sharing_a_home_agree_and_other_homes_do_not(settings, tmp_path, pg_url):
    first = AuditLog.open(settings)
    replica = AuditLog.open(settings, url=pg_url)  # another backend, same home: same key
    assert first.keyed_hash("x") == replica.keyed_hash("x")
    other = AuditLog(tmp_path / "o" / "audit", tmp_path / "o" / "keys")
    assert other.keyed_hash("x") != first.keyed_hash("x")
    for log in (first, replica, other):
        log.close(checkpoint=False)
