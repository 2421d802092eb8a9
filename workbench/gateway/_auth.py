"""Who is asking: the gateway decides, never the client.

``tokens``: a bearer token issued by ``workbench gateway token add`` (see ``_tokens``).
``hub``: the gateway is a JupyterHub service; the kernel's ``JUPYTERHUB_API_TOKEN`` is checked
with the Hub by jupyterhub's own ``HubAuth`` (cached ``[gateway] hub_cache`` seconds), which
gives the user's name and groups and checks the token may access this service.

Runs on the trusted side of the boundary (the gateway process). A client's ``WORKBENCH_USER``
never reaches here: it travels as a claim and is recorded as one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Mapping

from ..errors import AccessDenied, ConfigError, Unauthenticated
from ._tokens import TokenStore

_BEARER = re.compile(r"(?:bearer|token)\s+(\S+)\s*$", re.IGNORECASE)


class Refused(Unauthenticated):
    """A credential refused (401): ``reason`` and, when the gateway knows it, whose it was
    (``claimed_user``: a revoked token's owner). Recorded in the audit log (``_refusals``)."""

    def __init__(self, message: str, reason: str, claimed_user: str | None = None) -> None:
        super().__init__(message)
        self.reason, self.claimed_user = reason, claimed_user


class ScopeRefused(AccessDenied):
    """A Hub token the Hub knows but that may not use this service (403)."""

    def __init__(self, message: str, claimed_user: str | None) -> None:
        super().__init__(message)
        self.reason, self.claimed_user = "hub_scope", claimed_user


@dataclass(frozen=True)
class Identity:
    user: str
    groups: tuple[str, ...] = ()
    via: str = "tokens"  # "tokens" | "hub"


def bearer(headers: Mapping[str, str]) -> str:
    """The token in ``Authorization: Bearer ...`` (or ``token ...``, the Hub's form)."""
    match = _BEARER.match(headers.get("Authorization", "") or "")
    if not match:
        raise Refused("No credential: send `Authorization: Bearer <token>` (a gateway token from "
                              "`workbench gateway token add USER`, or JUPYTERHUB_API_TOKEN in hub mode).", "no_credential")
    return match.group(1)


class TokenAuth:
    kind = "tokens"

    def __init__(self, store: TokenStore) -> None:
        self.store = store

    async def identify(self, headers: Mapping[str, str]) -> Identity:
        user, reason = self.store.check(bearer(headers))
        if reason == "expired_token":
            raise Refused(f"This gateway token has expired (tokens last {self.store.max_age_days:g} days, "
                          "[gateway] token_days); nothing was forwarded. Ask the gateway's operator for a new one "
                          "(`workbench gateway token add USER`).", reason, user)
        if reason != "ok" or user is None:
            raise Refused("Unknown or revoked token; nothing was forwarded. Ask the gateway's operator "
                          "for a new one (`workbench gateway token add USER`).", reason, user)
        return Identity(user=user, via="tokens")


class HubAuthBackend:
    """Identify a Hub token with the Hub API (JUPYTERHUB_API_URL, this service's own token)."""

    kind = "hub"

    def __init__(self, cache_seconds: float = 30.0) -> None:
        from jupyterhub.services.auth import HubAuth

        self.hub = HubAuth(cache_max_age=max(0, int(cache_seconds)))
        if not self.hub.api_token:
            raise ConfigError("--auth hub needs JUPYTERHUB_API_TOKEN and JUPYTERHUB_API_URL: run the gateway "
                              "as a JupyterHub service (c.JupyterHub.services), see docs/gateway.md.")
        if not self.hub.access_scopes:  # else any token the Hub knows would do, whatever it may access
            raise ConfigError("--auth hub needs JUPYTERHUB_SERVICE_NAME (the service's name in "
                              "c.JupyterHub.services) so that only tokens allowed to use it are accepted.")

    async def identify(self, headers: Mapping[str, str]) -> Identity:
        token = bearer(headers)
        model: Any = await self.hub.user_for_token(token, use_cache=True, sync=False)
        if not model or model.get("kind", "user") != "user" or not model.get("name"):
            raise Refused("The Hub does not know this token (expired or revoked); nothing was forwarded. "
                          "Restart your server from the Hub to get a fresh JUPYTERHUB_API_TOKEN.", "hub_refused")
        if self.hub.access_scopes and not self.hub.check_scopes(self.hub.access_scopes, model):
            raise ScopeRefused(f"The Hub token of {model['name']!r} may not use this service "
                               f"(needs one of {sorted(self.hub.access_scopes)}); ask the Hub admin.",
                               str(model["name"]))
        return Identity(user=str(model["name"]), groups=tuple(sorted(model.get("groups") or ())), via="hub")


def authenticator(kind: str, store: TokenStore, hub_cache: float = 30.0) -> Any:
    if kind == "hub":
        return HubAuthBackend(hub_cache)
    return TokenAuth(store)
