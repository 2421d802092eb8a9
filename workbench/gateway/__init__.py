"""The gateway: one trusted service between every analyst and the model.

    workbench gateway token add alice            # prints a bearer token (its last line)
    workbench gateway serve --upstream http://127.0.0.1:8000/v1 --upstream-key-file /etc/wb/key
    GET /health · POST /v1/chat/completions · GET /v1/models · /v1/workbench/...

Runs on the trusted side of the boundary, as its own Unix user with its own WORKBENCH_HOME:
the only holder of the upstream key, the audit log and its signing key, corpus master keys and
rate-limit state. Every call goes through the one pipeline with the authenticated user; what
the client says about itself (WORKBENCH_USER, cell, notebook) is recorded as claims. See
docs/gateway.md.
"""

from ._auth import Identity
from ._launch import Launched, launch
from ._refusals import RefusalLog
from ._revocations import Revocations
from ._serve import serve
from ._service import GatewayService, gateway_settings
from ._tokens import TokenStore, migrate_file_tokens, open_tokens
from ._tokens_pg import PostgresTokenStore

__all__ = ["GatewayService", "Identity", "Launched", "PostgresTokenStore", "RefusalLog", "Revocations", "TokenStore",
           "gateway_settings", "launch", "migrate_file_tokens", "open_tokens", "serve"]
