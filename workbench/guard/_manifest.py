"""Model integrity: a manifest of SHA-256 per file, signed with Ed25519.

``sign(path)`` hashes every regular file under a model directory (or one GGUF file) and writes
``workbench-manifest.json`` into the directory (``NAME.workbench-manifest.json`` beside a single
file). ``verify(path)`` checks the signature against the keys this host trusts, then every file:
changed, missing, and extra files (a stray ``.py`` next to a checkpoint is code) all fail.

Keys: the signing key is ``WORKBENCH_HOME/keys/model-signing.key`` (PKCS#8 PEM, 0600), made on
first use. Trusted public keys are its own public half and any ``*.pub`` (PEM) in
``WORKBENCH_HOME/keys/trusted-models/`` — a team copies the signer's ``model-signing.pub`` there.
A manifest's embedded key id is only a hint: trust comes from the local files.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from ..errors import ManifestMismatch

FORMAT = "workbench-model-manifest/1"
DIR_MANIFEST = "workbench-manifest.json"
FILE_SUFFIX = ".workbench-manifest.json"
KEY_NAME = "model-signing.key"
PUB_NAME = "model-signing.pub"
TRUST_DIR = "trusted-models"
_BLOCK = 1 << 20

Progress = Callable[[str], None]


@dataclass
class ManifestReport:
    """The result of :func:`verify`; ``ok`` only when the signature and every file check out."""

    path: str
    manifest: str
    ok: bool = False
    signed: bool = False
    signer: str | None = None  # key id of the trusted key that signed
    files: int = 0
    bytes: int = 0
    changed: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    problem: str | None = None  # why verification failed, in one sentence

    def summary(self) -> str:
        if self.ok:
            return f"{self.files} files ({self.bytes / 1e6:.1f} MB) match the manifest signed by {self.signer}"
        return self.problem or "verification failed"


def manifest_path(model: str | os.PathLike[str]) -> Path:
    path = Path(model)
    return path / DIR_MANIFEST if path.is_dir() else path.with_name(path.name + FILE_SUFFIX)


def key_id(public: Ed25519PublicKey) -> str:
    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return "ed25519:" + hashlib.sha256(raw).hexdigest()[:16]


def signing_key(keys_dir: Path) -> Ed25519PrivateKey:
    """The host's model-signing key, created (0600, in a 0700 folder) on first use."""
    keys_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(keys_dir, 0o700)
    path = keys_dir / KEY_NAME
    if not path.exists():
        key = Ed25519PrivateKey.generate()
        pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as fh:
                fh.write(pem)
            pub = key.public_key().public_bytes(serialization.Encoding.PEM,
                                                serialization.PublicFormat.SubjectPublicKeyInfo)
            pub_path = keys_dir / PUB_NAME
            pub_path.write_bytes(pub)
            os.chmod(pub_path, 0o600)
        except FileExistsError:  # another process made it first
            pass
    loaded = serialization.load_pem_private_key(path.read_bytes(), password=None)
    if not isinstance(loaded, Ed25519PrivateKey):
        raise ManifestMismatch(f"{path} is not an Ed25519 key; move it away and sign again.")
    return loaded


def trusted_keys(keys_dir: Path) -> dict[str, Ed25519PublicKey]:
    keys: dict[str, Ed25519PublicKey] = {}
    candidates = [keys_dir / PUB_NAME, *sorted((keys_dir / TRUST_DIR).glob("*.pub"))]
    for path in candidates:
        try:
            public = serialization.load_pem_public_key(path.read_bytes())
        except (OSError, ValueError):
            continue
        if isinstance(public, Ed25519PublicKey):
            keys[key_id(public)] = public
    return keys


def _files(model: Path) -> dict[str, Path]:
    """Relative POSIX path -> file, for every file the model consists of."""
    if model.is_file():
        return {model.name: model}
    found: dict[str, Path] = {}
    for root, dirs, names in os.walk(model, followlinks=False):
        dirs[:] = sorted(d for d in dirs if d not in (".git", "__pycache__", ".cache"))
        for name in sorted(names):
            full = Path(root) / name
            rel = full.relative_to(model).as_posix()
            if rel == DIR_MANIFEST:
                continue
            found[rel] = full
    return found


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(_BLOCK):
            digest.update(block)
    return digest.hexdigest()


def _canonical(body: dict[str, Any]) -> bytes:
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def sign(model: str | os.PathLike[str], keys_dir: Path, *, progress: Progress | None = None) -> Path:
    """Write and sign the manifest of ``model`` (a directory or one file); returns its path."""
    path = Path(model).expanduser().resolve()
    if not path.exists():
        raise ManifestMismatch(f"{path} does not exist; give the model's directory or GGUF file.")
    files = _files(path)
    if not files:
        raise ManifestMismatch(f"{path} holds no files to sign.")
    entries = {}
    for rel, full in files.items():
        if full.is_symlink() and not full.resolve().is_relative_to(path if path.is_dir() else path.parent):
            raise ManifestMismatch(f"{rel} links outside the model directory; copy the file in, then sign.")
        if progress:
            progress(f"hashing {rel}")
        entries[rel] = {"sha256": _sha256(full), "size": full.stat().st_size}
    key = signing_key(keys_dir)
    body = {
        "format": FORMAT,
        "created": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "key_id": key_id(key.public_key()),
        "files": entries,
    }
    signature = base64.b64encode(key.sign(_canonical(body))).decode()
    out = manifest_path(path)
    tmp = out.with_name(out.name + ".tmp")
    tmp.write_text(json.dumps({"manifest": body, "signature": signature}, indent=2, sort_keys=True))
    os.replace(tmp, out)
    return out


def verify(model: str | os.PathLike[str], keys_dir: Path, *, progress: Progress | None = None) -> ManifestReport:
    """Check ``model`` against its manifest; never raises for a bad model, returns the report."""
    path = Path(model).expanduser().resolve()
    where = manifest_path(path)
    report = ManifestReport(path=str(path), manifest=str(where))
    try:
        doc = json.loads(where.read_text())
        body, signature = doc["manifest"], base64.b64decode(doc["signature"], validate=True)
        files = body["files"]
        if body.get("format") != FORMAT or not isinstance(files, dict):
            raise ValueError("format")
        for entry in files.values():
            if not isinstance(entry["sha256"], str) or not isinstance(entry["size"], int):
                raise ValueError("entry")
    except FileNotFoundError:
        report.problem = f"no manifest at {where}; sign it with `workbench model sign {path}`"
        return report
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        report.problem = f"the manifest {where} is unreadable or malformed; sign the model again"
        return report
    trusted = trusted_keys(keys_dir)
    for kid, public in trusted.items():
        try:
            public.verify(signature, _canonical(body))
        except InvalidSignature:
            continue
        report.signed, report.signer = True, kid
        break
    if not report.signed:
        report.problem = ("the manifest's signature does not verify with any trusted key (edited, or "
                          f"signed elsewhere: put the signer's public key in {keys_dir / TRUST_DIR})")
        return report
    on_disk = _files(path) if path.exists() else {}
    report.missing = sorted(set(files) - set(on_disk))
    report.extra = sorted(set(on_disk) - set(files))
    for rel in sorted(set(files) & set(on_disk)):
        full, entry = on_disk[rel], files[rel]
        if progress:
            progress(f"hashing {rel}")
        size = full.stat().st_size
        report.bytes += size
        if size != entry["size"] or _sha256(full) != entry["sha256"]:
            report.changed.append(rel)
    report.files = len(files)
    problems = [f"{len(items)} {what} ({', '.join(items[:3])}{', ...' if len(items) > 3 else ''})"
                for what, items in (("changed", report.changed), ("missing", report.missing),
                                    ("extra", report.extra)) if items]
    if problems:
        report.problem = "files differ from the signed manifest: " + "; ".join(problems)
    else:
        report.ok = True
    return report


def check_before_launch(model: str | os.PathLike[str] | None, keys_dir: Path, *, require: bool = False,
                        override: bool = False) -> ManifestReport | None:
    """What `workbench model serve` runs before launching an engine on ``model``.

    Returns None when there is no manifest and none is required; the report when it verifies, or
    when it does not and ``override`` is set (the caller audits the override). Otherwise raises
    :class:`ManifestMismatch`.
    """
    if model is None:
        return None
    path = Path(model).expanduser()
    if not path.exists():  # a hub name rather than a local path: nothing here to verify
        if require and not override:
            raise ManifestMismatch(f"{model} is not a local path, so it cannot be verified; "
                                   "[guard] require_manifest is on.")
        return None
    if not manifest_path(path.resolve()).exists() and not require:
        return None
    report = verify(path, keys_dir)
    if report.ok or override:
        return report
    raise ManifestMismatch(
        f"Refusing to serve {path}: {report.problem}. Check where the files came from; if the change "
        "is intended, sign again with `workbench model sign`, or serve with --allow-unverified (audited)."
    )


def model_path_from_argv(argv: list[str]) -> str | None:
    """The model a launch command line serves: ``--model X`` (llama.cpp) or ``vllm serve X``."""
    for i, arg in enumerate(argv):
        if arg == "--model" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--model="):
            return arg.split("=", 1)[1]
    if "serve" in argv:
        i = argv.index("serve")
        if i + 1 < len(argv) and not argv[i + 1].startswith("-"):
            return argv[i + 1]
    return None
