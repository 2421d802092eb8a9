from __future__ import annotations

from ..config import Settings
from ._client import Endpoint, ModelClient
from ._engines import is_r1
from ._server import Progress, api_key, ensure_server

_PROVIDERS = {"llamacpp": "llama.cpp", "vllm": "vllm"}


def resolve_endpoint(settings: Settings, *, progress: Progress | None = None) -> Endpoint:
    """Where calls go: WORKBENCH_MODEL_URL if set, else the managed server (started on demand)."""
    if settings.model.url:
        endpoint = Endpoint(
            base_url=settings.model.url.rstrip("/"),
            model=settings.model.name or "",
            api_key=settings.model.api_key or "",
        )
        if not endpoint.model:  # no name given: the server's only (or first) model
            served = ModelClient(endpoint, timeout=settings.model.timeout).models()
            endpoint.model = served[0] if served else "default"
        endpoint.reasoning_starts_open = is_r1(endpoint.model)
        return endpoint
    state = ensure_server(settings, progress=progress)
    return Endpoint(
        base_url=state.base_url,
        model=settings.model.name or state.model,
        api_key=api_key(settings),
        provider=_PROVIDERS.get(state.engine, state.engine),
        reasoning_starts_open=state.reasoning_starts_open,
    )


def gateway_endpoint(settings: Settings) -> Endpoint:
    """The workbench gateway as this kernel's model server: ``[gateway] url`` with
    ``WORKBENCH_API_KEY`` (a gateway token), else the Hub's ``JUPYTERHUB_API_TOKEN``."""
    import os

    from ..errors import ConfigError

    gateway = settings.gateway  # type: ignore[attr-defined]
    url = gateway.url.rstrip("/")
    base = url if url.endswith("/v1") else url + "/v1"
    key = (getattr(gateway, "api_key", None) or settings.model.api_key
           or os.environ.get("JUPYTERHUB_API_TOKEN") or "")
    if not key:
        raise ConfigError(
            f"WORKBENCH_GATEWAY_URL is set ({url}) but no credential is: set WORKBENCH_API_KEY to the "
            "token `workbench gateway token add USER` printed, or run inside JupyterHub."
        )
    endpoint = Endpoint(base_url=base, model=settings.model.name or "", api_key=key, provider="workbench-gateway")
    if not endpoint.model:
        served = ModelClient(endpoint, timeout=settings.model.timeout).models()
        endpoint.model = served[0] if served else "default"
    endpoint.reasoning_starts_open = is_r1(endpoint.model)
    return endpoint
