"""The egress guard: a ``sys.addaudithook`` hook on Python's socket events.

Modes (``WORKBENCH_EGRESS``):

- ``off``: no hook is installed.
- ``audit``: every outbound TCP/UDP connection (host, port) to a destination that is not on the
  allow-list is reported to a callback (the pipeline appends it to the audit log).
- ``strict``: a connection, datagram or name lookup whose destination is not on the allow-list is
  refused with :class:`~workbench.errors.EgressBlocked`, naming the host.

What strict mode lets through, and why (a kernel must keep working):

- Unix-domain sockets (local IPC guarded by file permissions; no network).
- Connections that already exist: the hook sees only new ``connect``/``sendto`` calls.
- The Jupyter kernel's own channels: ZeroMQ opens them in C (libzmq), outside Python's socket
  module, so the hook never sees them. The ports named in the kernel's connection file are on
  the allow-list anyway, for anything that reaches them from Python.
- The model server, and the hosts in ``[guard] allow_hosts``.

Everything else, loopback included, is refused: a kernel must not reach an unlisted local
service either. A Python audit hook cannot be removed, so the hook stays for the life of the
process; a process can tighten its mode but never loosen it.
"""

from __future__ import annotations

import ipaddress
import json
import os
import _socket
import socket
import sys
import threading
import time
from typing import Any, Callable, Iterable

from ..errors import EgressBlocked

MODES = ("off", "audit", "strict")
_RANK = {"off": 0, "audit": 1, "strict": 2}

OnConnection = Callable[[dict[str, Any]], None]

#: Set before libraries that phone home are imported (they read these at import time).
OFFLINE_ENV = {
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "HF_DATASETS_OFFLINE": "1",
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS": "",  # tldextract: use its bundled snapshot only
    "DO_NOT_TRACK": "1",
}
#: Modules that read OFFLINE_ENV when imported; imported before the switches means too late.
PHONES_HOME = ("huggingface_hub", "transformers", "datasets", "tldextract")


def set_offline_env(environ: Any = None) -> list[str]:
    """Set the offline switches (without overriding an explicit value); returns the modules
    already imported before this call, for which the switches may come too late."""
    env = os.environ if environ is None else environ
    for name, value in OFFLINE_ENV.items():
        if name not in env:
            env[name] = value
    return [m for m in PHONES_HOME if m in sys.modules]


class _Local(threading.local):
    busy = False  # a class default: a missing attribute on a thread-local costs ~2 us per lookup


class _State:
    def __init__(self) -> None:
        self.mode = "off"
        self.installed = False
        self.hosts: set[str] = set()  # host allowed on any port (lower-case names and IPs)
        self.pairs: set[tuple[str, int]] = set()  # (host, port)
        self.callbacks: list[OnConnection] = []
        self.state_files: set[str] = set()  # managed servers' run/server.json: their port is allowed
        self.lock = threading.Lock()
        self.local = _Local()  # re-entrancy flag: a callback may open sockets itself
        self.reported = 0
        self.blocked = 0
        self.callback_errors = 0


_STATE = _State()


def install(mode: str, allow: Iterable[Any] = (), on_connection: OnConnection | None = None,
            managed_state: str | None = None) -> str:
    """Install the hook (once per process) and add ``allow`` to the allow-list.

    ``allow`` holds ``(host, port)`` pairs, ``"host:port"`` or ``"host"`` (any port). Returns the
    mode in force, which never goes down: a second call with a laxer mode keeps the stricter one.
    ``managed_state``: the managed server's state file; a loopback connection to the port it
    names is allowed even when the server starts after this call (read on a refusal only).
    """
    if mode not in MODES:
        raise ValueError(f"egress mode must be one of {', '.join(MODES)}, not {mode!r}")
    with _STATE.lock:
        for entry in allow:
            _add(entry)
        if managed_state:
            _STATE.state_files.add(str(managed_state))
        if on_connection is not None and on_connection not in _STATE.callbacks:
            _STATE.callbacks.append(on_connection)
        if _RANK[mode] > _RANK[_STATE.mode]:
            _STATE.mode = mode
        if _STATE.mode != "off" and not _STATE.installed:
            _allow_kernel_ports()
            sys.addaudithook(_hook)
            _STATE.installed = True
    return _STATE.mode


def allow(*entries: Any) -> None:
    """Add destinations to the allow-list (e.g. a model server started after install)."""
    with _STATE.lock:
        for entry in entries:
            _add(entry)


def mode() -> str:
    return _STATE.mode


def stats() -> dict[str, int]:
    return {"reported": _STATE.reported, "blocked": _STATE.blocked, "callback_errors": _STATE.callback_errors}


def is_allowed(host: str, port: int | None) -> bool:
    if (host, port) in _STATE.pairs or host in _STATE.hosts:  # the common case, before normalising
        return True
    host = _norm(host)
    if host in _STATE.hosts:
        return True
    return port is not None and (host, int(port)) in _STATE.pairs


def parse_entry(entry: Any) -> tuple[str, int | None]:
    """``("h", 1)``, ``"h:1"``, ``"[::1]:1"`` or ``"h"`` -> (host, port or None)."""
    if isinstance(entry, (tuple, list)):
        host, port = entry[0], entry[1] if len(entry) > 1 else None
        return _norm(str(host)), (int(port) if port is not None else None)
    text = str(entry).strip()
    if text.startswith("["):  # [v6]:port
        host, _, rest = text[1:].partition("]")
        return _norm(host), (int(rest[1:]) if rest.startswith(":") else None)
    if text.count(":") == 1:
        host, _, port = text.partition(":")
        return _norm(host), int(port)
    return _norm(text), None


def _add(entry: Any) -> None:
    host, port = parse_entry(entry)
    names = {host}
    if host in ("localhost", "127.0.0.1", "::1"):
        names = {"localhost", "127.0.0.1", "::1"}  # the same service reached by either name
    for name in names:
        if port is None:
            _STATE.hosts.add(name)
        else:
            _STATE.pairs.add((name, port))


def _allow_kernel_ports() -> None:
    """Inside an ipykernel, the ports of its own connection file (its ZMQ channels)."""
    kernel_app = sys.modules.get("ipykernel.kernelapp")
    if kernel_app is None:
        return
    try:
        if not kernel_app.IPKernelApp.initialized():  # never create an app as a side effect
            return
        app = kernel_app.IPKernelApp.instance()
        ip = getattr(app, "ip", "127.0.0.1") or "127.0.0.1"
        for name in ("shell_port", "iopub_port", "stdin_port", "control_port", "hb_port"):
            port = getattr(app, name, 0)
            if port:
                _add((ip, int(port)))
    except Exception:  # not a running kernel app; nothing to add
        return


def _norm(host: str) -> str:
    host = host.strip().lower().rstrip(".")
    if host.startswith("::ffff:"):  # IPv4-mapped IPv6
        host = host[7:]
    return host


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host.split("%", 1)[0])
        return True
    except ValueError:
        return False


# -- the hook ----------------------------------------------------------------------------------

_SOCKET_EVENTS = frozenset({
    "socket.connect", "socket.sendto", "socket.sendmsg", "socket.getaddrinfo",
    "socket.gethostbyname", "socket.gethostbyaddr",
})
_INET = (int(socket.AF_INET), int(socket.AF_INET6))
# socket.socket.family/.type wrap the int in an enum on every access (~1 us): read the raw int.
_RAW_FAMILY = _socket.socket.family.__get__
_RAW_TYPE = _socket.socket.type.__get__


def _hook(event: str, args: tuple[Any, ...]) -> None:
    # Called for every audited event in the process (imports, open, exec, ...): the first test
    # must be the cheapest possible.
    if event not in _SOCKET_EVENTS or _STATE.mode == "off":
        return
    if _STATE.local.busy:
        return
    if event in ("socket.connect", "socket.sendto", "socket.sendmsg"):
        sock, address = args[0], args[1]
        if type(address) is not tuple or len(address) < 2:
            return  # unix sockets (a path) and the like
        try:
            if _RAW_FAMILY(sock) not in _INET:
                return
        except TypeError:  # not a socket object: check it anyway
            pass
        _check_destination(event, str(address[0]), int(address[1]), sock)
    elif event == "socket.getaddrinfo":
        _check_lookup(event, args[0], args[1])
    else:  # gethostbyname(name) / gethostbyaddr(addr)
        _check_lookup(event, args[0], None)


def _check_destination(event: str, host: str, port: int, sock: Any) -> None:
    allowed = is_allowed(host, port) or _managed_server_port(host, port)
    if _STATE.mode == "strict" and not allowed:
        _STATE.blocked += 1
        raise EgressBlocked(
            f"Egress blocked: a connection to {_show(host, port)} is not allowed "
            f"(WORKBENCH_EGRESS=strict). If this host is needed, add \"{_show(host, port)}\" to "
            "[guard] allow_hosts in workbench.toml."
        )
    if not allowed:
        try:
            kind = "udp" if _RAW_TYPE(sock) & 0xF == socket.SOCK_DGRAM else "tcp"
        except TypeError:
            kind = "unknown"
        _report({"event": event.split(".", 1)[1], "host": host, "port": port, "transport": kind,
                 "mode": _STATE.mode, "allowed": _STATE.mode != "strict"})


_LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1", "::ffff:127.0.0.1"})


def _managed_server_port(host: str, port: int) -> bool:
    """A loopback connection to the port of a managed server started after install."""
    if not _STATE.state_files or host not in _LOOPBACK:
        return False
    for path in list(_STATE.state_files):
        try:
            with open(path, encoding="utf-8") as fh:
                state = json.load(fh)
        except (OSError, ValueError):
            continue
        if isinstance(state, dict) and state.get("port") == port:
            _add(("127.0.0.1", port))
            return True
    return False


def _check_lookup(event: str, host: Any, port: Any) -> None:
    if _STATE.mode != "strict" or host is None:
        return
    if isinstance(host, bytes):
        host = host.decode("idna", "replace")
    name = _norm(str(host))
    if not name or _is_ip(name) or name in ("localhost",):
        return  # no query leaves the host for a literal address
    if name in _STATE.hosts:
        return
    try:
        port_num = int(port) if port not in (None, "", b"") else None
    except (TypeError, ValueError):
        port_num = None
    if port_num is not None and (name, port_num) in _STATE.pairs:
        return
    if port_num is None and any(h == name for h, _ in _STATE.pairs):
        return
    _STATE.blocked += 1
    raise EgressBlocked(
        f"Egress blocked: looking up {name!r} is not allowed (WORKBENCH_EGRESS=strict); a DNS "
        "query can itself carry data out. If this host is needed, add it to [guard] allow_hosts."
    )


def _report(record: dict[str, Any]) -> None:
    if not _STATE.callbacks:
        return
    record["time"] = time.time()
    record["pid"] = os.getpid()
    _STATE.local.busy = True
    try:
        for callback in list(_STATE.callbacks):
            try:
                callback(dict(record))
                _STATE.reported += 1
            except Exception:  # a failing audit sink must not break the connection itself
                _STATE.callback_errors += 1
    finally:
        _STATE.local.busy = False


def _show(host: str, port: int | None) -> str:
    host_text = f"[{host}]" if ":" in host else host
    return f"{host_text}:{port}" if port is not None else host_text

