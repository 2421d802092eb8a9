from __future__ import annotations

from typing import Any

from jupyter_server.utils import url_path_join

from ._handlers import ROUTES
from ._service import WorkbenchService


def load_jupyter_server_extension(server_app: Any) -> None:
    """Register /workbench/* on the Jupyter server (called once by jupyter_server)."""
    web_app = server_app.web_app
    root_dir = getattr(server_app, "root_dir", None) or getattr(server_app.contents_manager, "root_dir", ".")
    service = WorkbenchService(root_dir)
    web_app.settings["workbench_service"] = service
    base = url_path_join(web_app.settings["base_url"], "workbench")
    web_app.add_handlers(".*$", [(url_path_join(base, name), handler) for name, handler in ROUTES])
    server_app.log.info("Analyst Workbench server extension loaded at %s", base)
