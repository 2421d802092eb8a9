"""Start, share, inspect and stop the model server.

One server per user, shared by all of the user's kernels: its state (engine, pid, port, model) is
kept in ``WORKBENCH_HOME/run/server.json`` and a lock file stops two kernels starting two
servers. The API key is generated once into ``WORKBENCH_HOME/keys/model_api_key`` (mode 0600).
"""

from __future__ import annotations

import fcntl
import json
import os
import secrets
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path

from ..config import Settings, ensure_private_dir
from ..errors import ServerStartError
from ._engines import LaunchSpec, check_vllm_checkpoint, choose_engine, llamacpp_spec, server_environment, vllm_spec

Progress = Callable[[str], None]


@dataclass
class ServerState:
    """What `workbench model status` reports about a managed server."""

    engine: str
    pid: int
    port: int
    base_url: str
    model: str
    argv: list[str]
    log: str
    started_at: float
    start_seconds: float
    reasoning_starts_open: bool = False


def api_key(settings: Settings) -> str:
    """The managed server's API key, generated on first use into a 0600 file."""
    ensure_private_dir(settings.home)
    path = ensure_private_dir(settings.keys_dir) / "model_api_key"
    if path.exists():
        return path.read_text().strip()
    key = "wb-" + secrets.token_urlsafe(32)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(key)
    return key


def build_spec(settings: Settings, *, engine: str | None = None, model: str | None = None,
               port: int | None = None) -> LaunchSpec:
    """The launch spec for ``engine`` ("auto" resolves by hardware) without starting anything."""
    chosen = choose_engine(settings) if engine in (None, "auto") else engine
    builder = {"vllm": vllm_spec, "llamacpp": llamacpp_spec}.get(chosen)
    if builder is None:
        raise ServerStartError(f"Unknown engine {chosen!r}: choose auto, vllm or llamacpp.")
    return builder(settings, port=port or free_port(), api_key=api_key(settings), model=model)


def status(settings: Settings) -> ServerState | None:
    """The running managed server, or None (a stale state file is removed)."""
    state = _read_state(settings)
    if state is None:
        return None
    if _alive(state.pid) and _healthy(state.base_url, state.engine, api_key(settings), timeout=2.0):
        return state
    if not _alive(state.pid):
        _state_path(settings).unlink(missing_ok=True)
        return None
    return state  # alive but not (yet) healthy: report it rather than start a second one


def ensure_server(settings: Settings, *, engine: str | None = None, model: str | None = None,
                  port: int | None = None, progress: Progress | None = None, allow_unverified: bool = False,
                  on_override: Callable[[Settings, str, str], None] | None = None) -> ServerState:
    """Return the running server, starting one (and waiting for health) if none runs.

    Before launching, the model's signed manifest is verified when it has one (or always, with
    ``[guard] require_manifest``); a mismatch refuses unless ``allow_unverified``, and then
    ``on_override`` is told so it can be audited.
    """
    ensure_private_dir(settings.run_dir)
    with _locked(settings):
        state = status(settings)
        if state is not None:
            other_engine = engine not in (None, "auto", state.engine)
            other_model = model is not None and not any(Path(model).name in arg for arg in state.argv)
            if other_engine or other_model:
                raise ServerStartError(
                    f"A {state.engine} server for {state.model!r} already runs (pid {state.pid}). "
                    "Stop it first with `workbench model stop`."
                )
            if not _wait_healthy(state, settings, progress):
                raise ServerStartError(
                    f"The {state.engine} server (pid {state.pid}) does not answer its health check; "
                    f"see {state.log}, then `workbench model stop`."
                )
            return state
        spec = build_spec(settings, engine=engine, model=model, port=port)
        _verify_manifest(settings, spec, allow_unverified, on_override)
        return _start(settings, spec, progress)


def _verify_manifest(settings: Settings, spec: LaunchSpec, allow_unverified: bool,
                     on_override: Callable[[Settings, str, str], None] | None) -> None:
    from ..guard import check_before_launch, model_path_from_argv

    path = model_path_from_argv(spec.argv)
    report = check_before_launch(path, settings.keys_dir, require=settings.guard.require_manifest,
                                 override=allow_unverified)
    if report is not None and not report.ok and on_override is not None:
        on_override(settings, str(path), report.problem)


def _start(settings: Settings, spec: LaunchSpec, progress: Progress | None) -> ServerState:
    if spec.engine == "vllm":
        check_vllm_checkpoint(spec)
    log_path = settings.run_dir / "server.log"
    say = progress or (lambda _msg: None)
    say(f"Starting the {spec.engine} model server for {spec.served_model_name!r} on {spec.base_url} ...")
    started = time.monotonic()
    with open(log_path, "ab") as log:
        os.chmod(log_path, 0o600)
        try:
            proc = subprocess.Popen(
                spec.argv,
                env=server_environment(os.environ, spec.env),  # no WORKBENCH_PASSPHRASE, no tokens
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # survives the kernel that started it; shared by all
            )
        except OSError as exc:
            raise ServerStartError(f"Could not run {spec.argv[0]}: {exc.strerror}.") from None
    state = ServerState(
        engine=spec.engine,
        pid=proc.pid,
        port=spec.port,
        base_url=spec.base_url,
        model=spec.served_model_name,
        argv=spec.argv,
        log=str(log_path),
        started_at=time.time(),
        start_seconds=0.0,
        reasoning_starts_open=spec.reasoning_starts_open,
    )
    _write_state(settings, state)
    # vLLM loads weights and captures CUDA graphs: allow it at least 15 minutes
    limit = settings.model.start_timeout if spec.engine == "llamacpp" else max(settings.model.start_timeout, 900)
    deadline = started + limit
    key = spec.env.get("API_KEY") or spec.env.get("VLLM_API_KEY", "")
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            _state_path(settings).unlink(missing_ok=True)
            raise ServerStartError(
                f"The {spec.engine} server exited with code {proc.returncode} while starting. "
                f"Last lines of {log_path}:\n{_tail(log_path)}"
            )
        if _healthy(spec.base_url, spec.engine, key, timeout=2.0):
            state.start_seconds = round(time.monotonic() - started, 2)
            _write_state(settings, state)
            say(f"Model server ready in {state.start_seconds:.1f} s (pid {proc.pid}).")
            return state
        time.sleep(0.2)
    _terminate(proc.pid)
    _state_path(settings).unlink(missing_ok=True)
    raise ServerStartError(
        f"The {spec.engine} server did not become healthy in {deadline - started:.0f} s; "
        f"see {log_path}. Raise [model] start_timeout in workbench.toml if the model is large."
    )


def stop(settings: Settings) -> ServerState | None:
    """Stop the managed server; returns what was stopped, or None if nothing ran."""
    with _locked(settings):
        state = _read_state(settings)
        if state is None:
            return None
        if _alive(state.pid):
            _terminate(state.pid)
        _state_path(settings).unlink(missing_ok=True)
        return state


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_healthy(state: ServerState, settings: Settings, progress: Progress | None) -> bool:
    deadline = time.monotonic() + settings.model.start_timeout
    key = api_key(settings)
    while time.monotonic() < deadline:
        if _healthy(state.base_url, state.engine, key, timeout=2.0):
            return True
        if not _alive(state.pid):
            return False
        time.sleep(0.2)
    return False


def _healthy(base_url: str, engine: str, key: str, *, timeout: float) -> bool:
    root = base_url.removesuffix("/v1")
    url = root + ("/health" if engine == "vllm" else "/v1/models")
    request = urllib.request.Request(url, headers={"Authorization": f"Bearer {key}"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as resp:  # loopback only
            return resp.status == 200
    except (urllib.error.URLError, OSError, ValueError):
        return False


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:  # a zombie child of this process counts as dead
        waited, _ = os.waitpid(pid, os.WNOHANG)
        return waited == 0
    except ChildProcessError:
        return True


def _terminate(pid: int, grace: float = 10.0) -> None:
    try:
        os.killpg(pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    deadline = time.monotonic() + grace
    while time.monotonic() < deadline:
        if not _alive(pid):
            return
        time.sleep(0.1)
    try:
        os.killpg(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def _tail(path: Path, lines: int = 15) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"


def _state_path(settings: Settings) -> Path:
    return settings.run_dir / "server.json"


def _read_state(settings: Settings) -> ServerState | None:
    try:
        data = json.loads(_state_path(settings).read_text())
        return ServerState(**data)
    except (OSError, ValueError, TypeError):
        return None


def _write_state(settings: Settings, state: ServerState) -> None:
    path = _state_path(settings)
    tmp = path.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as fh:
        json.dump(asdict(state), fh, indent=2)
    os.replace(tmp, path)


@contextmanager
def _locked(settings: Settings) -> Iterator[None]:
    ensure_private_dir(settings.run_dir)
    with open(settings.run_dir / "server.lock", "w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)
