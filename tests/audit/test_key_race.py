"""Threads of one gateway racing to create the audit signing key all end with the same key
(found by the replicas benchmark: they shared one temporary file name)."""

from __future__ import annotations

import threading
from pathlib import Path

from cryptography.hazmat.primitives import serialization

from workbench.audit._keys import Signer


def test_threads_racing_to_create_the_signing_key_all_get_the_same_one(tmp_path: Path) -> None:
    for attempt in range(5):
        keys = tmp_path / f"keys{attempt}"
        signers = [Signer(keys) for _ in range(16)]
        barrier = threading.Barrier(len(signers))
        errors: list[BaseException] = []

        def load(signer: Signer, barrier: threading.Barrier = barrier, errors: list = errors) -> None:
            barrier.wait()
            try:
                signer.load()
            except BaseException as exc:  # collected and asserted below
                errors.append(exc)

        threads = [threading.Thread(target=load, args=(s,)) for s in signers]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert errors == []
        publics = {s.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
                   for s in signers}
        assert len(publics) == 1
