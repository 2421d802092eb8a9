"""The egress hook. An audit hook cannot be removed, so each scenario runs in its own process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

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
