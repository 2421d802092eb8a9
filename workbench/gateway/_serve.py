"""``workbench gateway serve``: one long-running process on tornado's event loop."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from typing import Any, Callable
from urllib.parse import urlsplit

from tornado.httpserver import HTTPServer
from tornado.ioloop import PeriodicCallback
from tornado.netutil import bind_sockets

from ..errors import WorkbenchError
from ._app import make_app
from ._service import GatewayService, gateway_settings


def serve(host: str | None = None, port: int | None = None, *, upstream: str | None = None,
          upstream_key_file: str | None = None, auth: str | None = None, audit_url: str | None = None,
          witness: str | None = None, say: Callable[[str], Any] | None = None) -> None:
    """Listen at once (``/health`` answers 503 while starting), build the pipeline, then serve
    until SIGTERM or SIGINT. In hub mode the address and the URL prefix come from the Hub
    (JUPYTERHUB_SERVICE_URL, JUPYTERHUB_SERVICE_PREFIX) unless given."""
    say = say or (lambda m: print(m, file=sys.stderr, flush=True))
    settings = gateway_settings(upstream, upstream_key_file, auth, audit_url=audit_url, witness=witness)
    gw = settings.gateway
    prefix = "/"
    if gw.auth == "hub":
        name = os.environ.get("JUPYTERHUB_SERVICE_NAME")  # an external service gets no prefix variable
        prefix = os.environ.get("JUPYTERHUB_SERVICE_PREFIX") or (f"/services/{name}/" if name else "/")
        service_url = os.environ.get("JUPYTERHUB_SERVICE_URL")
        if service_url and (host is None or port is None):
            parts = urlsplit(service_url)
            host = host or parts.hostname
            port = port or parts.port
    host = host or gw.host
    port = gw.port if port is None else port
    service = GatewayService(settings)
    try:
        asyncio.run(_main(service, make_app(service, prefix), host, port, say))
    except WorkbenchError as exc:
        say(f"workbench gateway: could not start ({type(exc).__name__}): {exc}")
        sys.exit(1)


async def _main(service: GatewayService, app: Any, host: str, port: int, say: Callable[[str], Any]) -> None:
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    sockets = bind_sockets(port, address=host)
    server = HTTPServer(app, xheaders=False)
    server.add_sockets(sockets)
    bound = sockets[0].getsockname()[1]
    try:
        service.write_state(host, bound)  # the port is known at once (--port 0); /health says when ready
        starting = loop.run_in_executor(None, service.start)
        stopped = asyncio.ensure_future(stop.wait())
        await asyncio.wait({starting, stopped}, return_when=asyncio.FIRST_COMPLETED)
        if not starting.done():  # stopped while waiting for the upstream
            return
        starting.result()
        state = service.write_state(host, bound)
        flusher = PeriodicCallback(lambda: loop.run_in_executor(service.executor, service.flush_refusals), 10_000)
        flusher.start()  # summaries of refused-credential floods, once their minute is over
        s = service.settings
        say(f"workbench gateway: ready on http://{host}:{bound} (auth {s.gateway.auth}; upstream {s.model.url}; "
            f"home {s.home}; state {state})")
        await stop.wait()
    finally:
        server.stop()
        service.close()
        say("workbench gateway: stopped")
