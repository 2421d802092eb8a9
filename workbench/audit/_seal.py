"""Encrypted-full content: the original messages sealed for authorised reviewers.

The store never holds ``content_plain`` in clear. For each record it draws a fresh 256-bit data
key, encrypts canonical JSON of the messages with AES-256-GCM (associated data: the record id,
so a sealed box cannot be moved to another record), and wraps the data key for every reviewer
public key (X25519) found in ``keys_dir/audit-reviewers/*.pub``:

    ephemeral X25519 key e;  kek = HKDF-SHA256(X25519(e, reviewer), salt = e.pub || reviewer.pub,
                                                info = "workbench-audit-content-v1")
    wrapped = AES-256-GCM(kek, nonce, data_key)

The envelope (base64 fields) is stored as the record's ``content_sealed`` and is covered by the
hash chain. A reviewer holding a private key opens it with :func:`decrypt_content`. With no
reviewer key installed, an encrypted-full append fails (AuditError) rather than drop content.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from ..errors import AuditError
from ._chain import canonical_json

ALG = "X25519-HKDF-SHA256-AES256GCM"
_INFO = b"workbench-audit-content-v1"
REVIEWERS_DIR = "audit-reviewers"


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def _raw(public: X25519PublicKey) -> bytes:
    return public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def reviewer_key_id(public: X25519PublicKey) -> str:
    return hashlib.sha256(_raw(public)).hexdigest()[:16]


def _kek(shared: bytes, epk: bytes, rpk: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=epk + rpk, info=_INFO).derive(shared)


def generate_reviewer_key(passphrase: str | None = None) -> tuple[bytes, bytes]:
    """A new reviewer key pair as (private PEM, public PEM); the private PEM is encrypted
    with ``passphrase`` when one is given. Keep the private half off the analysts' host."""
    private = X25519PrivateKey.generate()
    encryption = (
        serialization.BestAvailableEncryption(passphrase.encode())
        if passphrase
        else serialization.NoEncryption()
    )
    private_pem = private.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption)
    public_pem = private.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return private_pem, public_pem


def install_reviewer_key(keys_dir: Path, public_pem: bytes) -> Path:
    """Add a reviewer's public key: later encrypted-full records are sealed for it too."""
    public = serialization.load_pem_public_key(public_pem)
    if not isinstance(public, X25519PublicKey):
        raise AuditError("a reviewer key must be an X25519 public key (PEM); make one with generate_reviewer_key().")
    from ..config import ensure_private_dir

    folder = ensure_private_dir(keys_dir / REVIEWERS_DIR)
    path = folder / f"{reviewer_key_id(public)}.pub"
    path.write_bytes(public_pem)
    return path


def load_reviewer_keys(keys_dir: Path) -> list[X25519PublicKey]:
    folder = keys_dir / REVIEWERS_DIR
    keys: list[X25519PublicKey] = []
    for path in sorted(folder.glob("*.pub")) if folder.is_dir() else []:
        try:
            public = serialization.load_pem_public_key(path.read_bytes())
        except (OSError, ValueError) as exc:
            raise AuditError(f"reviewer key {path.name} cannot be read ({type(exc).__name__}); replace or remove it.") from None
        if isinstance(public, X25519PublicKey):
            keys.append(public)
    return keys


def seal(value: Any, recipients: list[X25519PublicKey], aad: str) -> dict[str, Any]:
    if not recipients:
        raise AuditError(
            "audit.content is encrypted-full but no reviewer key is installed; run "
            "`workbench audit reviewer-key --output FILE` (or set audit.content = \"redacted\")."
        )
    data_key = AESGCM.generate_key(bit_length=256)
    nonce = os.urandom(12)
    ciphertext = AESGCM(data_key).encrypt(nonce, canonical_json(value).encode(), aad.encode())
    wrapped = []
    for public in recipients:
        ephemeral = X25519PrivateKey.generate()
        epk = _raw(ephemeral.public_key())
        kek = _kek(ephemeral.exchange(public), epk, _raw(public))
        wnonce = os.urandom(12)
        wrapped.append({
            "key_id": reviewer_key_id(public),
            "epk": _b64(epk),
            "nonce": _b64(wnonce),
            "wrapped_key": _b64(AESGCM(kek).encrypt(wnonce, data_key, aad.encode())),
        })
    return {"alg": ALG, "nonce": _b64(nonce), "ciphertext": _b64(ciphertext), "recipients": wrapped}


def decrypt_content(record: dict[str, Any], private_key_pem: bytes, passphrase: str | None = None) -> Any:
    """The original messages of an encrypted-full ``record`` (as returned by ``records()``),
    opened with a reviewer's private key. Raises AuditError if the key is not a recipient or
    the box was altered."""
    envelope = record.get("content_sealed")
    audit_id = record.get("audit_id")
    if not isinstance(envelope, dict) or not audit_id:
        raise AuditError("this record has no sealed content (it was written with audit.content none or redacted).")
    try:
        private = serialization.load_pem_private_key(
            private_key_pem, password=passphrase.encode() if passphrase else None
        )
    except (ValueError, TypeError):
        raise AuditError("the reviewer private key cannot be loaded; check the file and its passphrase.") from None
    if not isinstance(private, X25519PrivateKey):
        raise AuditError("a reviewer private key must be X25519.")
    mine = reviewer_key_id(private.public_key())
    aad = str(audit_id).encode()
    for entry in envelope.get("recipients", []):
        if entry.get("key_id") != mine:
            continue
        try:
            epk = base64.b64decode(entry["epk"])
            kek = _kek(private.exchange(X25519PublicKey.from_public_bytes(epk)), epk, _raw(private.public_key()))
            data_key = AESGCM(kek).decrypt(base64.b64decode(entry["nonce"]), base64.b64decode(entry["wrapped_key"]), aad)
            plain = AESGCM(data_key).decrypt(
                base64.b64decode(envelope["nonce"]), base64.b64decode(envelope["ciphertext"]), aad
            )
        except (InvalidTag, KeyError, ValueError):
            raise AuditError("the sealed content does not open: it was altered or moved from another record.") from None
        return json.loads(plain)
    raise AuditError(f"this record was not sealed for reviewer key {mine}; ask a reviewer it was sealed for.")
