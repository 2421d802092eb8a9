"""/etc/jupyterhub/jupyterhub_config.py — one GPU host: JupyterHub, the gateway as a Hub service.

The Hub runs as the user jupyterhub (deploy/systemd/jupyterhub.service) and starts each analyst's
server with sudospawner as that analyst. Every kernel gets WORKBENCH_GATEWAY_URL, and its
JUPYTERHUB_API_TOKEN may use the gateway service (and read the user's own groups, for corpus
grants) but nothing else of the Hub's. Kernels never see the model server's key.
"""

import os

c = get_config()  # noqa: F821  (provided by JupyterHub when it loads this file)

GATEWAY = "workbench-gateway"
GATEWAY_URL = "http://127.0.0.1:8765"

# The public side is a TLS reverse proxy (nginx) in front of this; vLLM has port 8000.
c.JupyterHub.bind_url = "http://127.0.0.1:8080/"
c.JupyterHub.hub_ip = "127.0.0.1"
c.JupyterHub.hub_port = 8081
c.JupyterHub.cookie_secret_file = "/var/lib/jupyterhub/jupyterhub_cookie_secret"
c.JupyterHub.db_url = "sqlite:////var/lib/jupyterhub/jupyterhub.sqlite"

# Local accounts in the group analysts; the Hub is not root.
c.JupyterHub.authenticator_class = "pam"
c.PAMAuthenticator.allowed_groups = {"analysts"}
c.JupyterHub.spawner_class = "sudospawner.SudoSpawner"
c.SudoSpawner.sudospawner_path = "/opt/workbench/.venv/bin/sudospawner"

# The gateway: an external service (systemd starts it), reached by kernels at GATEWAY_URL.
# The same token is in /etc/workbench/gateway-hub.env as JUPYTERHUB_API_TOKEN.
c.JupyterHub.services = [
    {
        "name": GATEWAY,
        "url": GATEWAY_URL,
        "api_token": os.environ["WORKBENCH_GATEWAY_HUB_TOKEN"],
        "display": False,
    },
]
c.JupyterHub.load_roles = [
    # users may use the gateway (JupyterHub's default user role is only "self")
    {"name": "user", "scopes": ["self", f"access:services!service={GATEWAY}"]},
]
# What a kernel's JUPYTERHUB_API_TOKEN may do: the server role's defaults, plus identifying its
# user and groups to the gateway.
c.Spawner.server_token_scopes = [
    "access:servers!server",
    "users:activity!user",
    "read:users:groups!user",
    f"access:services!service={GATEWAY}",
]
c.Spawner.environment = {
    "WORKBENCH_GATEWAY_URL": f"{GATEWAY_URL}/v1",
    "WORKBENCH_EGRESS": "strict",
}
c.Spawner.default_url = "/lab"
