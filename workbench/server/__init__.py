"""The jupyter_server extension: thin, authenticated REST handlers over the library.

    GET /workbench/status              model engine, model, health, egress mode, redaction on/off
    GET /workbench/audit?path=NB.ipynb this notebook's model calls, grouped by cell
    GET /workbench/corpora             corpora the user may read (empty, with a note, until the
                                       corpus part is installed)

Loaded by jupyter_server through ``workbench._jupyter_server_extension_points``; enabled by
``etc/jupyter/jupyter_server_config.d/workbench.json``, which the wheel installs. The kernel side
of the workbench never imports this package (nor jupyter_server).
"""

from ._extension import load_jupyter_server_extension
from ._service import AuditView, CorpusList, Status, WorkbenchService

_load_jupyter_server_extension = load_jupyter_server_extension

__all__ = ["AuditView", "CorpusList", "Status", "WorkbenchService", "load_jupyter_server_extension"]
