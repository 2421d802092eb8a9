"""Encrypted corpora: documents, chunks and a FAISS index that are never plaintext on disk.

    corpora = Corpora.open(settings)              # cheap; the master key unlocks on first need
    corpus = corpora.get("hr")                    # created, owned by settings.user, on first add
    report = corpus.add(["policies/", "notes.md", "a plain string"])
    hits = corpus.search("parental leave", k=5)   # decrypts only the k chunks returned
    corpora.authorize(user, "hr", "read")         # AccessDenied names user, corpus and right

Keys: a master key from WORKBENCH_PASSPHRASE (scrypt or Argon2id) or a key file wraps one data
key per corpus (envelope encryption); ``corpora.rotate()`` re-wraps without re-encrypting. See
docs/corpus.md. :class:`Sealer` is the workbench's one AES-256-GCM sealer: corpus files (magic
``WBC1``) and saved conversations (``CONVERSATION_MAGIC``, ``WBV1``) are sealed by it.

With a gateway (``WORKBENCH_GATEWAY_URL``) the corpora live there: :class:`RemoteCorpora` and
:class:`RemoteCorpus` have the same face for what a user calls (add, search, grant, revoke,
info), files read in the kernel and sent as texts, every check made at the gateway.
"""

from ._acl import RIGHTS, Acl
from ._corpus import Corpora, Corpus, Hit, IngestReport
from ._crypto import CONVERSATION_MAGIC, Sealer
from ._embed import MODELS, Embedder, get_embedder
from ._ingest import FileError
from ._keys import KeyProvider, LocalMasterKey, create_key_file
from ._remote import RemoteCorpora, RemoteCorpus

__all__ = [
    "CONVERSATION_MAGIC",
    "MODELS",
    "RIGHTS",
    "Acl",
    "Corpora",
    "Corpus",
    "Embedder",
    "FileError",
    "Hit",
    "IngestReport",
    "KeyProvider",
    "LocalMasterKey",
    "RemoteCorpora",
    "RemoteCorpus",
    "Sealer",
    "create_key_file",
    "get_embedder",
]
