"""The egress guard: ``sys.addaudithook`` hooks on Python's socket events.

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
- The model server, and the hosts in ``[guard] allow_hosts``. Host *names* on the list are
  resolved when a connection to an address would otherwise be refused, and again after
  ``RESOLVE_TTL`` seconds (addresses change); their addresses are allowed on the listed port.

Everything else, loopback included, is refused: a kernel must not reach an unlisted local
service either.

Which side of the trust boundary this runs on: *inside* the process it guards. It stops a
mistake and the obvious ways round it, and reports them; it is not enforcement against code that
runs in the same process (see docs/guard.md, "What an in-process guard cannot stop"). Within
that limit the mode can only be tightened:

- the mode a hook enforces is a constant of that hook (its defaults; changing a function's
  ``__defaults__`` or ``__code__`` is itself an audited event, which the hook refuses), and a
  Python audit hook cannot be removed (PEP 578); tightening audit -> strict adds a second hook;
- ``install`` with a laxer mode keeps the stricter one and reports the attempt;
- assigning or deleting any attribute of this module, of its state (the mode, the allow-list,
  the callbacks, the re-entrancy flag) or of its functions is refused with ``EgressBlocked`` and
  reported; the allow-list and callbacks are immutable containers, replaced only here;
- every attempt goes to the attempt callbacks (``install(on_attempt=...)``) and to the
  connection callbacks, as ``{"event": "tamper", "attempt": ..., "mode": ...}``; each later
  addition to the allow-list is reported as ``{"event": "allow", "host", "port"}``.
"""

from __future__ import annotations

import _socket
import ipaddress
import json
import os
import socket
import sys
import threading
import time
import types
from collections.abc import Callable, Iterable
from typing import Any

from ..errors import EgressBlocked

MODES = ("off", "audit", "strict")
_RANK = types.MappingProxyType({"off": 0, "audit": 1, "strict": 2})

#: Seconds the addresses of an allow-listed host name are trusted before it is resolved again.
RESOLVE_TTL = 60.0
#: Seconds a failed resolution is remembered (so an unresolvable name does not stall every refusal).
RESOLVE_NEGATIVE_TTL = 5.0

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


# -- state: written only through _set, never by attribute assignment ------------------------------

_set = object.__setattr__
_set_local = threading.local.__setattr__


class _Sealed(type):
    """The guard's classes: none of their attributes (``__setattr__`` included) can be replaced."""

    def __setattr__(cls, name: str, value: Any) -> None:
        _refuse(f"setting {cls.__name__}.{name}")

    def __delattr__(cls, name: str) -> None:
        _refuse(f"deleting {cls.__name__}.{name}")


class _Local(threading.local, metaclass=_Sealed):
    busy = False  # a class default: a missing attribute on a thread-local costs ~2 us per lookup

    def __setattr__(self, name: str, value: Any) -> None:
        _refuse(f"setting the egress hook's re-entrancy flag ({name})")

    def __delattr__(self, name: str) -> None:
        _refuse(f"deleting the egress hook's re-entrancy flag ({name})")


class _State(metaclass=_Sealed):
    __slots__ = ("mode", "installed", "hosts", "pairs", "names", "resolved", "ttl", "callbacks",
                 "attempt_callbacks", "state_files", "lock", "local", "counts", "hooks", "protected")

    def __init__(self) -> None:
        _set(self, "mode", "off")
        _set(self, "installed", False)
        _set(self, "hosts", frozenset())  # hosts allowed on any port (lower-case names and IPs)
        _set(self, "pairs", frozenset())  # (host, port)
        _set(self, "names", frozenset())  # (name, port or None): listed names, resolved on demand
        _set(self, "resolved", types.MappingProxyType({}))  # name -> (expires, addresses)
        _set(self, "ttl", RESOLVE_TTL)
        _set(self, "callbacks", ())
        _set(self, "attempt_callbacks", ())
        _set(self, "state_files", frozenset())  # managed servers' run/server.json: their port is allowed
        _set(self, "lock", threading.RLock())
        _set(self, "local", _Local())  # re-entrancy flag: a callback may open sockets itself
        _set(self, "counts", {"reported": 0, "blocked": 0, "callback_errors": 0, "attempts": 0,
                              "resolutions": 0})
        _set(self, "hooks", ())
        _set(self, "protected", frozenset())  # ids of the guard's own objects (see the end of the module)

    def __setattr__(self, name: str, value: Any) -> None:
        if name == "mode" and value in _RANK and _RANK[value] >= _RANK[self.mode]:
            with self.lock:
                _tighten(value)  # tightening is always allowed
            return
        _refuse(f"setting the egress state's {name!r}")

    def __delattr__(self, name: str) -> None:
        _refuse(f"deleting the egress state's {name!r}")


_STATE = _State()


def install(mode: str, allow: Iterable[Any] = (), on_connection: OnConnection | None = None,
            managed_state: str | None = None, *, on_attempt: OnConnection | None = None,
            resolve_ttl: float | None = None) -> str:
    """Install the hook (once per process) and add ``allow`` to the allow-list.

    ``allow`` holds ``(host, port)`` pairs, ``"host:port"`` or ``"host"`` (any port); host names
    are resolved when needed. Returns the mode in force, which never goes down: a call with a
    laxer mode keeps the stricter one and is reported as an attempt. ``managed_state``: the
    managed server's state file; a loopback connection to the port it names is allowed even when
    the server starts after this call (read on a refusal only). ``on_attempt``: called with each
    attempt to loosen the guard (``{"event": "tamper", "attempt", "mode", "time", "pid"}``).
    ``resolve_ttl``: seconds a listed name's addresses are trusted (default ``RESOLVE_TTL``).
    """
    if mode not in MODES:
        raise ValueError(f"egress mode must be one of {', '.join(MODES)}, not {mode!r}")
    added: list[tuple[str, int | None]] = []
    with _STATE.lock:
        if on_connection is not None and on_connection not in _STATE.callbacks:
            _set(_STATE, "callbacks", (*_STATE.callbacks, on_connection))
        if on_attempt is not None and on_attempt not in _STATE.attempt_callbacks:
            _set(_STATE, "attempt_callbacks", (*_STATE.attempt_callbacks, on_attempt))
        if resolve_ttl is not None:  # addresses resolved under the old TTL are looked up again
            _set(_STATE, "ttl", max(0.0, float(resolve_ttl)))
            _set(_STATE, "resolved", types.MappingProxyType({}))
        for entry in allow:
            added.extend(_add(entry))
        if managed_state:
            _set(_STATE, "state_files", _STATE.state_files | {str(managed_state)})
        laxer = _RANK[mode] < _RANK[_STATE.mode]
        was_installed = _STATE.installed
        _tighten(mode)
    if laxer:
        _attempt(f"install(mode={mode!r}) while the egress mode is {_STATE.mode!r}")
    if was_installed:
        _report_added(added)
    return _STATE.mode


def allow(*entries: Any) -> None:
    """Add destinations to the allow-list (e.g. a model server started after install); once the
    hook is installed each new destination is reported (``{"event": "allow", ...}``)."""
    added: list[tuple[str, int | None]] = []
    with _STATE.lock:
        for entry in entries:
            added.extend(_add(entry))
    if _STATE.installed:
        _report_added(added)


def mode() -> str:
    return _STATE.mode


def stats() -> dict[str, int]:
    """Counters: connections reported, refused, failing callbacks, loosening attempts, name
    resolutions."""
    return dict(_STATE.counts)


def is_allowed(host: str, port: int | None) -> bool:
    state = _STATE
    if (host, port) in state.pairs or host in state.hosts:  # the common case, before normalising
        return True
    host = _norm(host)
    if host in state.hosts:
        return True
    if port is not None and (host, int(port)) in state.pairs:
        return True
    return bool(state.names) and _is_ip(host) and _resolved_allows(host, port)


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


_LOCAL_NAMES = frozenset({"localhost", "127.0.0.1", "::1"})


def _add(entry: Any) -> list[tuple[str, int | None]]:
    """Add one entry (under the lock); returns the (host, port) pairs that were new."""
    host, port = parse_entry(entry)
    names = _LOCAL_NAMES if host in _LOCAL_NAMES else {host}  # the same service by either name
    hosts, pairs, new = set(_STATE.hosts), set(_STATE.pairs), []
    for name in names:
        if port is None and name not in hosts:
            hosts.add(name)
            new.append((name, None))
        elif port is not None and (name, port) not in pairs and name not in hosts:
            pairs.add((name, port))
            new.append((name, port))
    _set(_STATE, "hosts", frozenset(hosts))
    _set(_STATE, "pairs", frozenset(pairs))
    if host not in _LOCAL_NAMES and not _is_ip(host) and (host, port) not in _STATE.names:
        _set(_STATE, "names", _STATE.names | {(host, port)})
    return new


def _report_added(added: list[tuple[str, int | None]]) -> None:
    for host, port in added:
        _report({"event": "allow", "host": host, "port": port, "transport": None, "mode": _STATE.mode,
                 "allowed": True})


def _tighten(new_mode: str) -> None:
    """Raise the mode (under the lock): the first hook at audit or strict, a strict hook on top
    of an audit one. Never lowers it."""
    if _RANK[new_mode] <= _RANK[_STATE.mode]:
        return
    _set(_STATE, "mode", new_mode)
    if not _STATE.installed:
        _allow_kernel_ports()
        _set(_STATE, "installed", True)
    strict = new_mode == "strict"
    if any(getattr(h, "__defaults__", (None,))[0] == strict for h in _STATE.hooks):
        return
    hook = _make_hook(strict, primary=not _STATE.hooks)
    _set(_STATE, "hooks", (*_STATE.hooks, hook))
    _set(_STATE, "protected", _STATE.protected | {id(hook)})
    sys.addaudithook(hook)


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


# -- allow-listed names: resolved on demand, again after the TTL ----------------------------------


def _resolved_allows(ip: str, port: int | None) -> bool:
    for name, listed_port in _STATE.names:
        if listed_port is not None and listed_port != port:
            continue
        if ip in _addresses(name):
            return True
    return False


def _addresses(name: str) -> frozenset[str]:
    now = time.monotonic()
    cached = _STATE.resolved.get(name)
    if cached is not None and cached[0] > now:
        return cached[1]
    local = _STATE.local
    already_busy = local.busy
    _set_local(local, "busy", True)  # our own lookup: the hook lets it through
    try:
        infos = socket.getaddrinfo(name, None)
        addresses = frozenset(_norm(str(info[4][0]).split("%", 1)[0]) for info in infos)
        ttl = _STATE.ttl
    except (OSError, UnicodeError):
        addresses, ttl = frozenset(), min(_STATE.ttl, RESOLVE_NEGATIVE_TTL)
    finally:
        _set_local(local, "busy", already_busy)
    _STATE.counts["resolutions"] += 1
    with _STATE.lock:
        table = dict(_STATE.resolved)
        table[name] = (now + ttl, addresses)
        _set(_STATE, "resolved", types.MappingProxyType(table))
    return addresses


# -- the hooks ------------------------------------------------------------------------------------

_SOCKET_EVENTS = frozenset({
    "socket.connect", "socket.sendto", "socket.sendmsg", "socket.getaddrinfo",
    "socket.gethostbyname", "socket.gethostbyaddr",
})
#: Audited events that can change the guard's own objects: refused when they target them.
_TAMPER_EVENTS = frozenset({"object.__setattr__", "object.__delattr__", "gc.get_referents", "gc.get_referrers"})
_WATCHED = _SOCKET_EVENTS | _TAMPER_EVENTS
_INET = (int(socket.AF_INET), int(socket.AF_INET6))
# socket.socket.family/.type wrap the int in an enum on every access (~1 us): read the raw int.
_RAW_FAMILY = _socket.socket.family.__get__
_RAW_TYPE = _socket.socket.type.__get__


def _make_hook(strict: bool, primary: bool) -> Callable[[str, tuple[Any, ...]], None]:
    """A hook whose mode is a constant of its own: ``strict`` lives in its defaults, and setting
    a function's ``__defaults__`` or ``__code__`` is an audited event the hook refuses."""

    def hook(event: str, args: tuple[Any, ...], _strict: bool = strict, _primary: bool = primary,
             _watched: frozenset[str] = _WATCHED, _sockets: frozenset[str] = _SOCKET_EVENTS,
             _state: _State = _STATE) -> None:
        # Called for every audited event in the process (imports, open, exec, ...): the first test
        # must be the cheapest possible.
        if event not in _watched:
            return
        if event in _sockets:
            if _strict or _state.mode != "strict":  # with a strict hook too, the audit one stands aside
                _on_socket(event, args, _strict, _state)
        elif _primary:
            _on_tamper(event, args, _state)

    return hook


def _on_socket(event: str, args: tuple[Any, ...], strict: bool, state: _State) -> None:
    if state.local.busy:
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
        _check_destination(event, str(address[0]), int(address[1]), sock, strict, state)
    elif event == "socket.getaddrinfo":
        _check_lookup(args[0], args[1], strict, state)
    else:  # gethostbyname(name) / gethostbyaddr(addr)
        _check_lookup(args[0], None, strict, state)


def _on_tamper(event: str, args: tuple[Any, ...], state: _State) -> None:
    if event.startswith("gc."):
        targets = args[0] if args and isinstance(args[0], tuple) else args
        if any(id(t) in state.protected or t is state.resolved or t is state.local for t in targets):
            _refuse(f"{event}() on the egress guard's own objects")
        return
    target = args[0] if args else None
    if target is not None and id(target) in state.protected:
        name = args[1] if len(args) > 1 else "?"
        _refuse(f"{'deleting' if event.endswith('delattr__') else 'setting'} {name!r} of the egress guard's "
                f"{type(target).__name__} {getattr(target, '__name__', '')}".rstrip())


def _check_destination(event: str, host: str, port: int, sock: Any, strict: bool, state: _State) -> None:
    allowed = is_allowed(host, port) or _managed_server_port(host, port)
    if strict and not allowed:
        state.counts["blocked"] += 1
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
                 "mode": state.mode, "allowed": True})


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
            with _STATE.lock:
                _add(("127.0.0.1", port))
            return True
    return False


def _check_lookup(host: Any, port: Any, strict: bool, state: _State) -> None:
    if not strict or host is None:
        return
    if isinstance(host, bytes):
        host = host.decode("idna", "replace")
    name = _norm(str(host))
    if not name or _is_ip(name) or name in ("localhost",):
        return  # no query leaves the host for a literal address
    if name in state.hosts:
        return
    try:
        port_num = int(port) if port not in (None, "", b"") else None
    except (TypeError, ValueError):
        port_num = None
    if port_num is not None and (name, port_num) in state.pairs:
        return
    if port_num is None and any(h == name for h, _ in state.pairs):
        return
    state.counts["blocked"] += 1
    raise EgressBlocked(
        f"Egress blocked: looking up {name!r} is not allowed (WORKBENCH_EGRESS=strict); a DNS "
        "query can itself carry data out. If this host is needed, add it to [guard] allow_hosts."
    )


# -- reports -------------------------------------------------------------------------------------


def _attempt(what: str) -> None:
    """Report one attempt to loosen the guard to every attempt and connection callback."""
    _STATE.counts["attempts"] += 1
    _report({"event": "tamper", "attempt": what, "host": None, "port": None, "transport": None,
             "mode": _STATE.mode, "allowed": False}, extra=_STATE.attempt_callbacks)


def _refuse(what: str) -> None:
    _attempt(what)
    raise EgressBlocked(
        f"The egress guard cannot be loosened from inside the process ({what} was refused and "
        "recorded). To change it, set WORKBENCH_EGRESS or [guard] allow_hosts and restart the kernel."
    )


def _report(record: dict[str, Any], extra: tuple[OnConnection, ...] = ()) -> None:
    callbacks = (*extra, *(c for c in _STATE.callbacks if c not in extra))
    if not callbacks:
        return
    record["time"] = time.time()
    record["pid"] = os.getpid()
    local = _STATE.local
    already_busy = local.busy
    _set_local(local, "busy", True)
    try:
        for callback in callbacks:
            try:
                callback(dict(record))
                _STATE.counts["reported"] += 1
            except Exception:  # a failing audit sink must not break the connection itself
                _STATE.counts["callback_errors"] += 1
    finally:
        _set_local(local, "busy", already_busy)


def _show(host: str, port: int | None) -> str:
    host_text = f"[{host}]" if ":" in host else host
    return f"{host_text}:{port}" if port is not None else host_text


# -- the module itself: no attribute of it can be assigned or deleted ------------------------------


class _GuardedModule(types.ModuleType, metaclass=_Sealed):
    def __setattr__(self, name: str, value: Any) -> None:
        _refuse(f"setting {__name__}.{name}")

    def __delattr__(self, name: str) -> None:
        _refuse(f"deleting {__name__}.{name}")


def _seal_module() -> None:
    module = sys.modules[__name__]
    own = [v for v in vars(module).values() if isinstance(v, types.FunctionType) and v.__module__ == __name__]
    objects = (module, _STATE, _STATE.local, _State, _Local, _Sealed, _GuardedModule, *own)
    _set(_STATE, "protected", _STATE.protected | {id(obj) for obj in objects})  # audited changes refused
    module.__class__ = _GuardedModule


_seal_module()
