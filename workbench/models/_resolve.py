from __future__ import annotations

from ..config import Settings
from ._client import Endpoint, ModelClient
from ._engines import is_r1
from ._pool import PoolClient, UpstreamPool
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


def urls_of(value: str | None) -> list[str]:
    """One URL, or several separated by spaces or commas (a pool of servers or gateway replicas)."""
    return (value or "").replace(",", " ").split()


def connect_client(settings: Settings, *, progress: Progress | None = None) -> ModelClient | PoolClient:
    """The client calls go through: the gateway when ``[gateway] url`` is set, else the model
    server; several URLs (replicas, upstreams) make a health-checked pool that fails over to a
    live one when one is down."""
    gateway_url = getattr(getattr(settings, "gateway", None), "url", None)
    urls = urls_of(gateway_url or settings.model.url)
    if len(urls) <= 1:
        endpoint = gateway_endpoint(settings) if gateway_url else resolve_endpoint(settings, progress=progress)
        return ModelClient(endpoint, timeout=settings.model.timeout)
    if gateway_url:
        bases = [u.rstrip("/") if u.rstrip("/").endswith("/v1") else u.rstrip("/") + "/v1" for u in urls]
        key, provider = _gateway_key(settings), "workbench-gateway"
    else:
        bases, key, provider = urls, settings.model.api_key or "", "openai-compatible"
    name = settings.model.name
    if not name:  # the servers' model, asked of whichever answers first
        probe = UpstreamPool(bases, api_key=key, timeout=settings.model.timeout, start=False)
        try:
            served = probe.client().models()
        finally:
            probe.close()
        name = served[0] if served else "default"
    pool = UpstreamPool(bases, api_key=key, model=name, timeout=settings.model.timeout, provider=provider,
                        reasoning_starts_open=is_r1(name))
    return pool.client()


def _gateway_key(settings: Settings) -> str:
    import os

    gateway = getattr(settings, "gateway", None)
    return (getattr(gateway, "api_key", None) or settings.model.api_key
            or os.environ.get("JUPYTERHUB_API_TOKEN") or "")


def gateway_endpoint(settings: Settings) -> Endpoint:
    """The workbench gateway as this kernel's model server: ``[gateway] url`` with
    ``WORKBENCH_API_KEY`` (a gateway token), else the Hub's ``JUPYTERHUB_API_TOKEN``."""
    from ..errors import ConfigError

    url = urls_of(settings.gateway.url)[0].rstrip("/")
    base = url if url.endswith("/v1") else url + "/v1"
    key = _gateway_key(settings)
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
