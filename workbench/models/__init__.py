"""Model engines and the one client that talks to them.

- :class:`ModelClient` speaks the OpenAI-compatible API to any server (vLLM, llama.cpp, ...).
- :func:`resolve_endpoint` picks where calls go: ``WORKBENCH_MODEL_URL``, else the managed
  server, which :func:`ensure_server` starts on demand (vLLM on a CUDA host with vllm installed,
  otherwise llama.cpp with the GGUF shipped on PyPI) and shares between the user's kernels.
- :class:`UpstreamPool` spreads calls over several servers (health-checked, failing over).
- :class:`GatewayAPI` is a kernel's client for a gateway's ``/v1/workbench/...`` routes (whoami,
  corpora, search, add, grant, audit), its JSON errors translated into typed ones.
"""

from ._client import Completion, Endpoint, ModelClient
from ._engines import LaunchSpec, choose_engine, cuda_available, default_gguf, vllm_installed
from ._gateway_api import GatewayAPI
from ._pool import UpstreamPool
from ._reasoning import ThinkSplitter, split_reasoning
from ._resolve import connect_client, gateway_endpoint, resolve_endpoint
from ._server import ServerState, api_key, build_spec, ensure_server, status, stop

__all__ = [
    "Completion",
    "Endpoint",
    "GatewayAPI",
    "LaunchSpec",
    "ModelClient",
    "ServerState",
    "ThinkSplitter",
    "UpstreamPool",
    "api_key",
    "build_spec",
    "choose_engine",
    "cuda_available",
    "default_gguf",
    "connect_client",
    "ensure_server",
    "gateway_endpoint",
    "resolve_endpoint",
    "split_reasoning",
    "status",
    "stop",
    "vllm_installed",
]
