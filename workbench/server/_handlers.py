"""Thin handlers: parse the request, call one service method, return JSON.

Every route needs an authenticated Jupyter user (token or cookie) and the ``workbench``
authorization resource. Typed errors map to 400/403/404/409; anything else is a 500.
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
from typing import Any, Callable

import tornado.web
from jupyter_server.auth.decorator import authorized
from jupyter_server.base.handlers import APIHandler

from ..errors import AccessDenied, AuditError, ConfigError, NotAvailable, WorkbenchError
from ._service import BadPath, WorkbenchService

AUTH_RESOURCE = "workbench"

_STATUS_FOR = (  # most specific first
    (BadPath, 400),
    (AccessDenied, 403),
    (NotAvailable, 404),
    (ConfigError, 409),
    (AuditError, 409),
)


class _Base(APIHandler):
    auth_resource = AUTH_RESOURCE

    @property
    def service(self) -> WorkbenchService:
        return self.settings["workbench_service"]

    async def _respond(self, work: Callable[[], Any]) -> None:
        try:
            # The library is synchronous (SQLite, a 2 s health probe): keep the event loop free.
            result = await asyncio.get_running_loop().run_in_executor(None, work)
        except (BadPath, WorkbenchError) as exc:
            code = next((status for kind, status in _STATUS_FOR if isinstance(exc, kind)), 500)
            raise tornado.web.HTTPError(code, reason=_reason(exc)) from exc
        self.set_header("Content-Type", "application/json")
        self.set_header("Cache-Control", "no-store")
        self.finish(json.dumps(dataclasses.asdict(result)))

    def write_error(self, status_code: int, **kwargs: Any) -> None:
        # jupyter_server's APIHandler writes {"message": reason}; keep tracebacks out of replies.
        kwargs.pop("exc_info", None)
        self.set_header("Content-Type", "application/json")
        self.finish(json.dumps({"message": self._reason or "error", "status": status_code}))


class StatusHandler(_Base):
    @tornado.web.authenticated
    @authorized
    async def get(self) -> None:
        await self._respond(self.service.status)


class AuditHandler(_Base):
    @tornado.web.authenticated
    @authorized
    async def get(self) -> None:
        path = self.get_query_argument("path", "")
        await self._respond(lambda: self.service.audit(path))


class CorporaHandler(_Base):
    @tornado.web.authenticated
    @authorized
    async def get(self) -> None:
        await self._respond(self.service.corpora)


def _reason(exc: BaseException) -> str:
    # HTTP reason phrases are one line of latin-1; our messages say what to do next.
    text = f"{type(exc).__name__}: {exc}".splitlines()[0]
    return text.encode("latin-1", "replace").decode("latin-1")[:300]


ROUTES = (
    ("status", StatusHandler),
    ("audit", AuditHandler),
    ("corpora", CorporaHandler),
)
