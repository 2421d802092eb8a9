"""The gateway's workbench routes, seen from a client: whoami, corpora, search, add, grant, audit.

Runs on the analyst's side of the trust boundary (a kernel, the Jupyter server): it holds only
the analyst's bearer token, never a corpus key, the audit writer or the upstream key. The
OpenAI routes (``/v1/chat/completions``) go through :class:`ModelClient`; this is the low-level
client for ``/v1/workbench/...``, and the gateway's JSON errors come back as typed errors:

    400 InvalidRequest · 401 Unauthenticated · 403 AccessDenied · 404 CorpusNotFound (a corpus
    route) or NotAvailable (a route this gateway lacks) · 409 CorpusError · 429 RateLimited
    (``retry_after``) · 502 ModelError · 504 ModelTimeout · 503 NotAvailable · other GatewayError;
    no answer at all: GatewayUnavailable.

Messages are the gateway's (which never hold a secret or a prompt's value) plus what to do next;
the token never appears in one, nor in ``repr``.
"""

from __future__ import annotations

from typing import Any, Iterable
from urllib.parse import quote

import httpx

from .. import errors as E
from ._resolve import _gateway_key, urls_of

_STATUS: dict[int, type[E.WorkbenchError]] = {400: E.InvalidRequest, 403: E.AccessDenied, 409: E.CorpusError,
                                              502: E.ModelError, 503: E.NotAvailable, 504: E.ModelTimeout}


def _root(url: str) -> str:
    """The gateway's root URL: WORKBENCH_GATEWAY_URL may be given with or without ``/v1``."""
    return url.rstrip("/").removesuffix("/v1").rstrip("/")


class GatewayAPI:
    """``/v1/workbench/...`` of one gateway (or the first of several replicas that answers).

    >>> api = GatewayAPI.from_settings(settings)     # [gateway] url + WORKBENCH_API_KEY / Hub token
    >>> api.whoami()["user"]
    >>> api.search("hr", "parental leave", k=3)      # [{n, source, page, chunk_id, score, text}]
    """

    def __init__(self, url: str, token: str, *, timeout: float = 30.0, transport: Any = None) -> None:
        roots = [_root(u) for u in urls_of(url)]
        if not roots:
            raise E.ConfigError("No gateway URL: set WORKBENCH_GATEWAY_URL (e.g. http://127.0.0.1:8765).")
        self.roots = roots
        self.timeout = timeout
        self._has_token = bool(token)  # without one only /health can be asked
        self._http = httpx.Client(timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)), transport=transport,
                                  trust_env=False, headers={"Authorization": f"Bearer {token}"} if token else {})

    @classmethod
    def from_settings(cls, settings: Any, *, timeout: float | None = None) -> GatewayAPI:
        """From ``[gateway] url`` and ``api_key`` (WORKBENCH_API_KEY, else JUPYTERHUB_API_TOKEN)."""
        url = getattr(getattr(settings, "gateway", None), "url", None) or ""
        return cls(url, _gateway_key(settings), timeout=timeout if timeout is not None else float(settings.model.timeout))

    @property
    def url(self) -> str:
        """The gateway's root URL (the first, with replicas)."""
        return self.roots[0]

    def __repr__(self) -> str:
        return f"<GatewayAPI {self.url}>"

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> GatewayAPI:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    # -- the routes ---------------------------------------------------------------------------

    def health(self) -> bool:
        """Does a gateway answer ``GET /health`` with 200 (ready)? Never raises."""
        for root in self.roots:
            try:
                if self._http.get(root + "/health").status_code == 200:
                    return True
            except httpx.HTTPError:
                continue
        return False

    def whoami(self) -> dict[str, Any]:
        """``{"user", "groups", "auth"}``: who the gateway says this token is."""
        return self._call("GET", "whoami")

    def corpora(self) -> list[dict[str, Any]]:
        """The corpora this user may read, each with ``right`` (read, write or admin)."""
        return list(self._call("GET", "corpora").get("corpora") or [])

    def search(self, name: str, query: str, k: int = 5, *, claims: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """The ``k`` best chunks of corpus ``name`` (audited at the gateway as a retrieval)."""
        body: dict[str, Any] = {"query": query, "k": k}
        if claims:
            body["workbench"] = {"claims": claims}
        return list(self._call("POST", f"corpora/{_name(name)}/search", body, corpus=name).get("hits") or [])

    def add(self, name: str, documents: Iterable[dict[str, str]], *, timeout: float | None = None) -> dict[str, Any]:
        """Add ``[{"source", "text"}]`` (texts only: the gateway reads no file for a client)."""
        docs = [{"source": str(d["source"]), "text": str(d["text"])} for d in documents]
        return self._call("POST", f"corpora/{_name(name)}/add", {"documents": docs}, corpus=name,
                          timeout=timeout or max(self.timeout, 600.0))

    def grant(self, name: str, to: str, right: str = "read") -> dict[str, Any]:
        """Grant ``right`` on ``name`` to a user, or to a Hub group as ``"group:NAME"``; needs admin."""
        return self._call("POST", f"corpora/{_name(name)}/grant", {**_target(to), "right": right}, corpus=name)

    def revoke(self, name: str, to: str) -> bool:
        """Revoke every right of a user (or ``"group:NAME"``) on ``name``; True if there was one."""
        return bool(self._call("POST", f"corpora/{_name(name)}/revoke", _target(to), corpus=name).get("revoked"))

    def audit(self, *, limit: int = 50, cell: str | None = None, notebook: str | None = None) -> list[dict[str, Any]]:
        """This user's own audit records at the gateway (never anyone else's), most recent last."""
        params: dict[str, Any] = {"limit": max(1, min(int(limit), 10_000))}
        if cell:
            params["cell"] = cell
        if notebook:
            params["notebook"] = notebook
        return list(self._call("GET", "audit", params=params).get("records") or [])

    # -- the wire -----------------------------------------------------------------------------

    def _call(self, method: str, route: str, body: Any = None, *, params: dict[str, Any] | None = None,
              corpus: str | None = None, timeout: float | None = None) -> dict[str, Any]:
        if not self._has_token:
            raise E.ConfigError(f"WORKBENCH_GATEWAY_URL is set ({self.url}) but no credential is: set "
                                "WORKBENCH_API_KEY to the token `workbench gateway token add USER` printed, "
                                "or run inside JupyterHub (JUPYTERHUB_API_TOKEN).")
        resp = None
        for n, root in enumerate(self.roots):
            try:
                resp = self._http.request(method, f"{root}/v1/workbench/{route}", json=body, params=params,
                                          timeout=timeout if timeout is not None else httpx.USE_CLIENT_DEFAULT)
                break
            except (httpx.ConnectError, httpx.ConnectTimeout) as exc:  # nothing was sent: try a replica
                if n == len(self.roots) - 1:
                    raise E.GatewayUnavailable(
                        f"No gateway answers at {', '.join(self.roots)} ({type(exc).__name__}); check "
                        "WORKBENCH_GATEWAY_URL and that the gateway runs (GET /health).") from None
            except httpx.TimeoutException:
                raise E.GatewayUnavailable(f"The gateway at {root} did not answer within {self.timeout:.0f} s; "
                                           "try again, or ask its operator whether it is overloaded.") from None
            except httpx.HTTPError as exc:
                raise E.GatewayUnavailable(f"The gateway at {root} could not be reached ({type(exc).__name__}); "
                                           "check WORKBENCH_GATEWAY_URL.") from None
        assert resp is not None
        if resp.status_code >= 400:
            raise _error(resp, corpus)
        try:
            data = resp.json()
        except ValueError:
            raise E.GatewayUnavailable(f"{resp.url.copy_with(query=None)} did not answer JSON: is "
                                       "WORKBENCH_GATEWAY_URL a workbench gateway?") from None
        if not isinstance(data, dict):
            raise E.GatewayError("The gateway answered something that is not a JSON object; upgrade the gateway.")
        return data


def _name(name: str) -> str:
    if not isinstance(name, str) or not name or len(name) > 64:
        raise E.CorpusError(f"Invalid corpus name {name!r}: use letters, digits, '.', '_' or '-' (at most 64).")
    return quote(name, safe="")


def _target(to: str) -> dict[str, str]:
    if not isinstance(to, str) or not to.strip():
        raise E.InvalidRequest("Name a user, or a Hub group as 'group:NAME'.")
    return {"group": to[len("group:"):]} if to.startswith("group:") else {"user": to}


def _error(resp: httpx.Response, corpus: str | None) -> E.WorkbenchError:
    """The gateway's OpenAI-shaped ``{"error": {"message", "type", ...}}`` as a typed error."""
    status = resp.status_code
    try:
        error = resp.json().get("error") or {}
        message = str(error.get("message") or "")
    except (ValueError, AttributeError):
        error, message = {}, ""
    message = message or f"The gateway answered {status}."
    if status == 401:
        return E.Unauthenticated(f"The gateway refused this kernel's credential: {message} Set WORKBENCH_API_KEY "
                                 "to a valid token (`workbench gateway token add USER` prints one), or run inside "
                                 "JupyterHub.")
    if status == 404:
        if corpus is not None and error.get("type") == "not_found_error" and not message.startswith("No such route"):
            return E.CorpusNotFound(message)
        return E.NotAvailable(f"This gateway does not serve {resp.url.path}: {message} Upgrade the gateway.")
    if status == 429:
        retry = resp.headers.get("Retry-After")
        try:
            after = float(retry) if retry else 0.0
        except ValueError:
            after = 0.0
        return E.RateLimited(message, retry_after=after)
    cls = _STATUS.get(status)
    if cls is not None:
        return cls(message)
    err = E.GatewayError(message)
    err.status = status
    return err
