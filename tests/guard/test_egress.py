"""The egress hook. An audit hook cannot be removed, so each scenario runs in its own process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

PRELUDE = """
import json, os, socket, sys, tempfile
from workbench.config import load_settings
from workbench.errors import EgressBlocked
from workbench.guard import Guard, egress_mode

def listener():
    s = socket.socket(); s.bind(("127.0.0.1", 0)); s.listen(8)
    return s, s.getsockname()[1]

def try_connect(port, host="127.0.0.1"):
    try:
        c = socket.create_connection((host, port), timeout=5); c.close()
        return "ok"
    except EgressBlocked as exc:
        return "blocked: " + str(exc)
    except OSError as exc:
        return "oserror: " + type(exc).__name__

out = {}
"""


def run(code: str, home: Path, **env: str) -> dict:
    script = PRELUDE + textwrap.dedent(code) + "\nprint('RESULT' + json.dumps(out))\n"
    full_env = {k: v for k, v in os.environ.items() if not k.startswith(("WORKBENCH_", "HF_", "TRANSFORMERS_", "TLDEXTRACT_"))}
    full_env.update({"WORKBENCH_HOME": str(home), **env})
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=full_env, timeout=120)
    assert proc.returncode == 0, proc.stderr[-3000:]
    line = [ln for ln in proc.stdout.splitlines() if ln.startswith("RESULT")][-1]
    return json.loads(line[len("RESULT"):])


def test_strict_allows_the_model_server_and_refuses_an_unlisted_loopback_port(tmp_path: Path) -> None:
    out = run("""
        server, port = listener()
        other, other_port = listener()
        guard = Guard(load_settings())
        out["mode"] = guard.install_egress(allow=[("127.0.0.1", port)])
        out["allowed"] = try_connect(port)
        out["allowed_by_name"] = try_connect(port, "localhost")
        out["unlisted"] = try_connect(other_port)
        out["other_port"] = other_port
        out["is_permission_error"] = issubclass(EgressBlocked, PermissionError)
        # unix sockets are local IPC: allowed
        path = os.path.join(tempfile.mkdtemp(), "s")
        u = socket.socket(socket.AF_UNIX); u.bind(path); u.listen(1)
        c = socket.socket(socket.AF_UNIX); c.connect(path); c.close()
        out["unix"] = "ok"
        # name lookups: literals and localhost pass, other names are refused
        socket.getaddrinfo("127.0.0.1", port)
        try:
            socket.getaddrinfo("example.com", 443)
            out["lookup"] = "ok"
        except EgressBlocked as exc:
            out["lookup"] = str(exc)
        # udp datagrams are checked too
        d = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        try:
            d.sendto(b"x", ("127.0.0.1", other_port)); out["udp"] = "sent"
        except EgressBlocked:
            out["udp"] = "blocked"
        # a later, laxer install cannot loosen the mode; allow() adds to the list
        out["after_audit_install"] = Guard(load_settings(egress="audit")).install_egress()
        Guard.allow(("127.0.0.1", other_port))
        out["after_allow"] = try_connect(other_port)
    """, tmp_path, WORKBENCH_EGRESS="strict")
    assert out["mode"] == "strict"
    assert out["allowed"] == "ok" and out["allowed_by_name"] == "ok"
    assert out["unlisted"].startswith(f"blocked: Egress blocked: a connection to 127.0.0.1:{out['other_port']}")
    assert "[guard] allow_hosts" in out["unlisted"]
    assert out["is_permission_error"] and out["unix"] == "ok"
    assert "example.com" in out["lookup"] and "not allowed" in out["lookup"]
    assert out["udp"] == "blocked"
    assert out["after_audit_install"] == "strict"
    assert out["after_allow"] == "ok"


def test_strict_takes_allow_hosts_from_configuration(tmp_path: Path) -> None:
    out = run("""
        a, port_a = listener()
        b, port_b = listener()
        with open(os.path.join(os.environ["WORKBENCH_HOME"], "workbench.toml"), "w") as fh:
            fh.write(f'[guard]\\nallow_hosts = ["127.0.0.1:{port_a}"]\\n')
        Guard(load_settings()).install_egress()
        out["a"] = try_connect(port_a)
        out["b"] = try_connect(port_b)
    """, tmp_path, WORKBENCH_EGRESS="strict")
    assert out["a"] == "ok" and out["b"].startswith("blocked")


def test_audit_reports_unlisted_connections_and_lets_them_through(tmp_path: Path) -> None:
    out = run("""
        model, model_port = listener()
        other, other_port = listener()
        seen = []
        def record(event):
            seen.append(event)
            socket.getaddrinfo("127.0.0.1", 1)  # a callback may use sockets without recursing
        def broken(event):
            raise RuntimeError("audit sink down")
        guard = Guard(load_settings())
        out["mode"] = guard.install_egress(allow=[("127.0.0.1", model_port)], on_connection=record)
        guard.install_egress(on_connection=broken)
        out["model"] = try_connect(model_port)
        out["other"] = try_connect(other_port)
        out["seen"] = seen
        from workbench.guard import egress_stats
        out["stats"] = egress_stats()
        out["other_port"] = other_port
    """, tmp_path)  # default mode: audit
    assert out["mode"] == "audit"
    assert out["model"] == "ok" and out["other"] == "ok"
    assert len(out["seen"]) == 1  # the model server is not reported, the other port is
    event = out["seen"][0]
    assert event["host"] == "127.0.0.1" and event["port"] == out["other_port"]
    assert event["event"] == "connect" and event["transport"] == "tcp" and event["mode"] == "audit"
    assert out["stats"]["callback_errors"] == 1


def test_off_installs_nothing_and_sets_no_offline_switches(tmp_path: Path) -> None:
    out = run("""
        other, port = listener()
        out["mode"] = Guard(load_settings()).install_egress()
        out["connect"] = try_connect(port)
        out["hf"] = os.environ.get("HF_HUB_OFFLINE")
    """, tmp_path, WORKBENCH_EGRESS="off")
    assert out == {"mode": "off", "connect": "ok", "hf": None}


def test_offline_switches_are_set_but_an_explicit_value_wins(tmp_path: Path) -> None:
    out = run("""
        Guard(load_settings())
        out = {k: os.environ.get(k) for k in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE", "TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS")}
    """, tmp_path, TRANSFORMERS_OFFLINE="0")
    assert out == {"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "0", "TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS": ""}


def test_strict_before_the_managed_server_starts_allows_its_port_once_it_runs(tmp_path: Path) -> None:
    out = run("""
        from workbench.config import ensure_private_dir
        settings = load_settings()
        Guard(settings).install_egress()           # no server yet: nothing on the list
        server, port = listener()
        out["before"] = try_connect(port)
        ensure_private_dir(settings.run_dir)
        with open(settings.run_dir / "server.json", "w") as fh:
            json.dump({"port": port, "pid": os.getpid()}, fh)  # what ensure_server writes on start
        out["after"] = try_connect(port)
        other, other_port = listener()
        out["other"] = try_connect(other_port)
    """, tmp_path, WORKBENCH_EGRESS="strict")
    assert out["before"].startswith("blocked") and out["after"] == "ok" and out["other"].startswith("blocked")


# -- issue 12, item 5: listed host names are resolved; the mode cannot be loosened -----------------


def test_strict_allows_localhost_listed_by_name(tmp_path: Path) -> None:
    out = run("""
        server, port = listener()
        with open(os.path.join(os.environ["WORKBENCH_HOME"], "workbench.toml"), "w") as fh:
            fh.write('[guard]\\nallow_hosts = ["localhost"]\\n')
        out["mode"] = Guard(load_settings()).install_egress()
        out["by_name"] = try_connect(port, "localhost")
        out["by_address"] = try_connect(port, "127.0.0.1")
    """, tmp_path, WORKBENCH_EGRESS="strict")
    assert out == {"mode": "strict", "by_name": "ok", "by_address": "ok"}


def _resolvable_hostname() -> tuple[str, str]:
    import socket

    name = socket.gethostname()
    try:
        address = socket.gethostbyname(name)
    except OSError:
        pytest.skip(f"this machine's host name {name!r} does not resolve")
    if name.lower() in ("localhost",) or name.replace(".", "").isdigit():
        pytest.skip("the host name is localhost or an address")
    return name, address


def test_strict_resolves_a_listed_host_name_and_allows_its_addresses(tmp_path: Path) -> None:
    """A named model host or allow_hosts entry: the kernel connects to the name's *address*,
    which the hook must match to the listed name (before: refused, names were never resolved)."""
    name, address = _resolvable_hostname()
    out = run(f"""
        from workbench.guard import egress_stats
        from workbench.guard import _egress
        port = 1 + (os.getpid() % 20000) + 30000  # nothing listens: "oserror" means the guard let it through
        with open(os.path.join(os.environ["WORKBENCH_HOME"], "workbench.toml"), "w") as fh:
            fh.write('[guard]\\nallow_hosts = ["{name}:' + str(port) + '"]\\n')
        Guard(load_settings()).install_egress()
        out["by_name"] = try_connect(port, "{name}")
        out["by_address"] = try_connect(port, "{address}")
        out["other_port"] = try_connect(port + 1, "{address}")
        out["resolutions"] = egress_stats()["resolutions"]
        _egress.install("strict", resolve_ttl=0)  # addresses change: resolved again once the TTL is up
        try_connect(port, "{address}"); try_connect(port, "{address}")
        out["resolutions_ttl0"] = egress_stats()["resolutions"]
    """, tmp_path, WORKBENCH_EGRESS="strict")
    assert not out["by_name"].startswith("blocked"), out
    assert not out["by_address"].startswith("blocked"), out
    assert out["other_port"].startswith("blocked")  # the name is listed with one port only
    assert out["resolutions"] == 1  # cached for the TTL
    assert out["resolutions_ttl0"] == 3


def test_strict_resolves_the_model_url_host_name(tmp_path: Path) -> None:
    name, _ = _resolvable_hostname()
    out = run(f"""
        port = 1 + (os.getpid() % 20000) + 30000
        settings = load_settings(model_url=f"http://{name}:{{port}}/v1")
        Guard(settings).install_egress()
        out["model"] = try_connect(port, "{name}")
        out["other"] = try_connect(port + 1, "{name}")
    """, tmp_path, WORKBENCH_EGRESS="strict")
    assert not out["model"].startswith("blocked") and out["other"].startswith("blocked")


LOOSENING = r"""
import gc, types
from workbench.guard import egress_mode, egress_stats
from workbench.guard import _egress
attempts, connections = [], []
guard = Guard(load_settings())
blocked_server, blocked_port = listener()
out["mode"] = guard.install_egress(on_connection=connections.append)
_egress.install(egress_mode(), on_attempt=attempts.append)

def attempt(label, fn):
    try:
        fn()
        out[label] = "done"
    except EgressBlocked as exc:
        out[label] = "refused: " + str(exc)
    except (AttributeError, TypeError) as exc:
        out[label] = "impossible: " + type(exc).__name__

def set_hook_defaults():
    hook = _egress._STATE.hooks[0]
    hook.__defaults__ = (False,) + hook.__defaults__[1:]

attempt("state_mode", lambda: setattr(_egress._STATE, "mode", "off"))
attempt("state_object", lambda: setattr(_egress, "_STATE", _egress._State()))
attempt("module_function", lambda: setattr(_egress, "is_allowed", lambda *a: True))
attempt("module_delete", lambda: delattr(_egress, "_check_destination"))
attempt("allow_list", lambda: setattr(_egress._STATE, "hosts", frozenset({"0.0.0.0"})))
attempt("allow_list_add", lambda: _egress._STATE.pairs.add(("127.0.0.1", blocked_port)))
attempt("callbacks", lambda: setattr(_egress._STATE, "callbacks", ()))
attempt("class_setattr", lambda: setattr(_egress._State, "__setattr__", object.__setattr__))
attempt("busy_flag", lambda: setattr(_egress._STATE.local, "busy", True))
attempt("busy_default", lambda: setattr(_egress._Local, "busy", True))
attempt("hook_defaults", set_hook_defaults)
attempt("function_code", lambda: setattr(_egress._check_destination, "__code__", (lambda *a: None).__code__))
attempt("module_class", lambda: setattr(_egress, "__class__", types.ModuleType))
attempt("module_class_object", lambda: object.__setattr__(_egress, "__class__", types.ModuleType))
attempt("rank_table", lambda: _egress._RANK.__setitem__("off", 9))
attempt("gc_referents", lambda: gc.get_referents(_egress._STATE))
attempt("install_off", lambda: _egress.install("off"))
attempt("install_audit", lambda: Guard(load_settings(egress="audit")).install_egress())
os.environ["WORKBENCH_EGRESS"] = "off"
attempt("environment", lambda: Guard(load_settings()).install_egress())
out["mode_after"] = egress_mode()
out["still_blocked"] = try_connect(blocked_port)
out["attempts"] = [a["attempt"] for a in attempts]
out["attempt_events"] = sorted({a["event"] for a in attempts})
out["connection_callback_saw"] = len([c for c in connections if c["event"] == "tamper"])
out["stats_attempts"] = egress_stats()["attempts"]
"""

REFUSED = ["state_mode", "state_object", "module_function", "module_delete", "allow_list", "callbacks",
           "class_setattr", "busy_flag", "busy_default", "hook_defaults", "function_code", "module_class",
           "module_class_object", "gc_referents"]
IMPOSSIBLE = ["allow_list_add", "rank_table"]  # immutable containers: nothing to refuse
KEPT = ["install_off", "install_audit", "environment"]  # a laxer install keeps the mode, reported


@pytest.mark.parametrize("mode", ["strict", "audit"])
def test_no_assignment_or_call_inside_the_process_loosens_the_mode(tmp_path: Path, mode: str) -> None:
    out = run(LOOSENING, tmp_path, WORKBENCH_EGRESS=mode)
    assert out["mode"] == mode and out["mode_after"] == mode
    for label in REFUSED:
        assert out[label].startswith("refused: The egress guard cannot be loosened"), (label, out[label])
    for label in IMPOSSIBLE:
        assert out[label].startswith("impossible"), (label, out[label])
    for label in KEPT:
        assert out[label] == "done", (label, out[label])
    if mode == "strict":
        assert out["still_blocked"].startswith("blocked")
    else:
        assert out["still_blocked"] == "ok"  # audit mode lets it through, and reports it
    # every attempt reached the attempt callback and the pipeline's connection callback
    assert out["attempt_events"] == ["tamper"]
    laxer = len(KEPT) if mode == "strict" else len(KEPT) - 1  # install(audit) is no loosening of audit
    assert len(out["attempts"]) == len(REFUSED) + laxer == out["stats_attempts"] == out["connection_callback_saw"]
    assert any("install(mode='off')" in a for a in out["attempts"])


def test_tightening_is_allowed_and_additions_to_the_allow_list_are_reported(tmp_path: Path) -> None:
    out = run("""
        from workbench.guard import egress_mode
        from workbench.guard import _egress
        seen = []
        server, port = listener()
        out["first"] = Guard(load_settings()).install_egress(on_connection=seen.append)
        out["audit_connect"] = try_connect(port)
        _egress._STATE.mode = "strict"  # tightening by assignment: allowed
        out["tightened"] = egress_mode()
        out["strict_connect"] = try_connect(port)
        Guard.allow(("127.0.0.1", port))
        out["after_allow"] = try_connect(port)
        out["events"] = [(e["event"], e["host"], e["port"]) for e in seen]
        out["port"] = port
    """, tmp_path, WORKBENCH_EGRESS="audit")
    assert out["first"] == "audit" and out["audit_connect"] == "ok"
    assert out["tightened"] == "strict" and out["strict_connect"].startswith("blocked")
    assert out["after_allow"] == "ok"
    port = out["port"]
    assert ["connect", "127.0.0.1", port] in out["events"]  # reported once, in audit mode
    assert ["allow", "127.0.0.1", port] in out["events"]
    assert sum(1 for e in out["events"] if e[0] == "connect") == 1  # the strict refusal is not a report


def test_a_strict_pipeline_reaches_a_model_server_named_by_host_name(tmp_path: Path) -> None:
    """The whole call path (openai client, pipeline, audit) under strict egress, with the model
    URL naming its host; an attempt to loosen the guard from the same process is refused."""
    import socket as _socket_module

    name = _socket_module.gethostname()
    try:
        loopback = _socket_module.gethostbyname(name).startswith("127.")
    except OSError:
        loopback = False
    host = name if loopback else "localhost"  # the recording server listens on 127.0.0.1 only
    out = run(f"""
        import workbench
        from workbench.bench import Behaviour, RecordingServer
        from workbench.guard import _egress
        with RecordingServer(Behaviour(models=["m"], api_key="k", answer="Blue.")) as server:
            port = int(server.base_url.rsplit(":", 1)[1].split("/")[0])
            wb = workbench.connect(model_url=f"http://{host}:{{port}}/v1", model="m", api_key="k",
                                   **{{"privacy.enabled": False}})
            out["answer"] = wb.ask("Name a colour.").text
            try:
                _egress._STATE.mode = "off"
                out["loosen"] = "done"
            except EgressBlocked:
                out["loosen"] = "refused"
            other, other_port = listener()
            out["other"] = try_connect(other_port)
            wb.close()
    """, tmp_path, WORKBENCH_EGRESS="strict")
    assert out["answer"] == "Blue." and out["loosen"] == "refused" and out["other"].startswith("blocked")
