"""Privacy: personal data is pseudonymised before a prompt leaves the kernel, and put back after.

    privacy = Privacy(settings.privacy)   # cheap; the analyzer is built once per process
    privacy.warm()                        # build it in a background thread now
    vault = privacy.new_vault()           # one per kernel session, in memory only
    red = privacy.redact(text, vault)     # red.text is exactly what is sent
    privacy.restore(answer, vault)        # or privacy.restorer(vault).feed(chunk) when streaming

Presidio finds entities in one pass: the session vault's known values first (a surname alone
in turn 2 keeps turn 1's placeholder), spaCy's NER from a wheel (``[privacy] ner_model``,
en_core_web_md by default), name/phone/address/place recognizers that read the shape of text
and word lists shipped in wheels, jieba and checksum-validated patterns for Chinese text and
secrets. Runs in the kernel, before anything leaves it. See docs/privacy.md for the policy
table and recall/precision measured on public data this project did not write.
"""

from ._policy import ACTIONS, DEFAULT_POLICY, ENTITY_TYPES
from ._privacy import Entity, Privacy, Redaction
from ._restore import Restorer
from ._vault import SessionVault

__all__ = [
    "ACTIONS",
    "DEFAULT_POLICY",
    "ENTITY_TYPES",
    "Entity",
    "Privacy",
    "Redaction",
    "Restorer",
    "SessionVault",
]
