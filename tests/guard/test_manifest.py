"""Signed model manifests: sign, verify, every kind of tampering, and the CLI."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from workbench.cli._guard import sign as sign_cmd
from workbench.cli._guard import verify as verify_cmd
from workbench.errors import ManifestMismatch
from workbench.guard import check_before_launch, manifest_path, model_path_from_argv, sign_model, verify_model


@pytest.fixture
def model(tmp_path: Path) -> Path:
    d = tmp_path / "ckpt"
    (d / "sub").mkdir(parents=True)
    (d / "config.json").write_text('{"hidden": 8}')
    (d / "model.safetensors").write_bytes(bytes(range(256)) * 64)
    (d / "sub" / "tokenizer.json").write_text("{}")
    return d


@pytest.fixture
def keys(tmp_path: Path) -> Path:
    return tmp_path / "home" / "keys"


def test_sign_then_verify(model: Path, keys: Path) -> None:
    out = sign_model(model, keys)
    assert out == model / "workbench-manifest.json"
    report = verify_model(model, keys)
    assert report.ok and report.files == 3 and report.signer.startswith("ed25519:")
    assert oct((keys / "model-signing.key").stat().st_mode & 0o777) == "0o600"
    assert oct(keys.stat().st_mode & 0o777) == "0o700"


def test_one_changed_byte_fails(model: Path, keys: Path) -> None:
    sign_model(model, keys)
    data = bytearray((model / "model.safetensors").read_bytes())
    data[100] ^= 1
    (model / "model.safetensors").write_bytes(bytes(data))
    report = verify_model(model, keys)
    assert not report.ok and report.changed == ["model.safetensors"]
    assert "1 changed (model.safetensors)" in report.summary()


def test_missing_and_extra_files_fail(model: Path, keys: Path) -> None:
    sign_model(model, keys)
    (model / "sub" / "tokenizer.json").unlink()
    (model / "modeling_evil.py").write_text("import os")
    report = verify_model(model, keys)
    assert not report.ok
    assert report.missing == ["sub/tokenizer.json"] and report.extra == ["modeling_evil.py"]


def test_an_edited_manifest_fails_its_signature(model: Path, keys: Path) -> None:
    sign_model(model, keys)
    (model / "config.json").write_text('{"hidden": 9}')
    path = manifest_path(model)
    doc = json.loads(path.read_text())
    import hashlib

    doc["manifest"]["files"]["config.json"] = {"sha256": hashlib.sha256(b'{"hidden": 9}').hexdigest(), "size": 13}
    path.write_text(json.dumps(doc))
    report = verify_model(model, keys)
    assert not report.ok and not report.signed and "signature" in report.summary()


def test_another_hosts_key_is_untrusted_until_its_public_key_is_installed(model: Path, tmp_path: Path) -> None:
    signer, verifier = tmp_path / "signer" / "keys", tmp_path / "verifier" / "keys"
    sign_model(model, signer)
    verifier.mkdir(parents=True)
    assert not verify_model(model, verifier).ok
    (verifier / "trusted-models").mkdir()
    shutil.copy(signer / "model-signing.pub", verifier / "trusted-models" / "team.pub")
    assert verify_model(model, verifier).ok


def test_a_single_gguf_file_gets_a_manifest_beside_it(tmp_path: Path, keys: Path) -> None:
    gguf = tmp_path / "m.gguf"
    gguf.write_bytes(b"GGUF" + b"\0" * 100)
    out = sign_model(gguf, keys)
    assert out == tmp_path / "m.gguf.workbench-manifest.json"
    assert verify_model(gguf, keys).ok
    gguf.write_bytes(b"GGUF" + b"\1" * 100)
    assert verify_model(gguf, keys).changed == ["m.gguf"]


@pytest.mark.parametrize("content", ["", "{", "[]", '{"manifest": {}, "signature": "%%%"}', '{"manifest": {"format": "x", "files": []}, "signature": ""}'])
def test_a_malformed_manifest_is_a_failed_report_not_a_crash(model: Path, keys: Path, content: str) -> None:
    manifest_path(model).write_text(content)
    report = verify_model(model, keys)
    assert not report.ok and "malformed" in report.summary()


def test_check_before_launch(model: Path, keys: Path) -> None:
    assert check_before_launch(model, keys) is None  # no manifest, none required
    with pytest.raises(ManifestMismatch, match="require_manifest|no manifest"):
        check_before_launch(model, keys, require=True)
    sign_model(model, keys)
    assert check_before_launch(model, keys).ok
    (model / "config.json").write_text("tampered")
    with pytest.raises(ManifestMismatch, match="Refusing to serve .*changed.*--allow-unverified"):
        check_before_launch(model, keys)
    report = check_before_launch(model, keys, override=True)
    assert report is not None and not report.ok  # the caller audits the override


def test_model_path_from_argv() -> None:
    assert model_path_from_argv(["python", "-m", "llama_cpp.server", "--model", "/m.gguf", "--port", "1"]) == "/m.gguf"
    assert model_path_from_argv(["vllm", "serve", "/ckpt", "--host", "127.0.0.1"]) == "/ckpt"
    assert model_path_from_argv(["x"]) is None


def test_cli_sign_and_verify(model: Path, isolated_home: Path) -> None:
    runner = CliRunner()
    signed = runner.invoke(sign_cmd, [str(model)])
    assert signed.exit_code == 0 and "Signed" in signed.output
    ok = runner.invoke(verify_cmd, [str(model)])
    assert ok.exit_code == 0 and ok.output.startswith("OK")
    (model / "config.json").write_text("x")
    bad = runner.invoke(verify_cmd, [str(model), "--json"])
    assert bad.exit_code == 1 and json.loads(bad.output)["changed"] == ["config.json"]
    assert (isolated_home / "keys" / "model-signing.key").exists()
