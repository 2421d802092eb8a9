"""Render tests for everything shipped in deploy/ and the command lines in docs/deploy.md.

Each file parses and holds the keys its consumer needs; every `workbench ...` command line (docs,
units, manifests, scripts) names an existing command and only options it has; every vLLM / Ray
line agrees with what workbench.models builds from the shipped configuration; systemd units
pass `systemd-analyze verify` where it is installed, else a strict parse.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import click
import pytest
import tomllib
import yaml
from click.testing import CliRunner

from workbench import models
from workbench.cli import cli
from workbench.config import load_settings
from workbench.models import _engines

REPO = Path(__file__).resolve().parents[2]
DEPLOY = REPO / "deploy"
DOC = REPO / "docs" / "deploy.md"
UNITS = sorted((DEPLOY / "systemd").glob("*.service"))
GATEWAY_SERVICE = "workbench-gateway"
SYSTEM_USERS = {"workbench-vllm", "workbench-gateway", "jupyterhub"}


# --- helpers -------------------------------------------------------------------------------------


def parse_unit(path: Path) -> dict[str, list[tuple[str, str]]]:
    """A strict systemd INI parse: known sections only, KEY=VALUE lines, repeated keys kept."""
    sections: dict[str, list[tuple[str, str]]] = {}
    current = None
    for number, raw in enumerate(path.read_text().splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("["):
            assert line.endswith("]"), f"{path.name}:{number}: bad section line"
            current = line[1:-1]
            assert current in {"Unit", "Service", "Install"}, f"{path.name}:{number}: unknown section {current}"
            sections.setdefault(current, [])
            continue
        assert current is not None and "=" in line, f"{path.name}:{number}: not KEY=VALUE inside a section"
        key, _, value = line.partition("=")
        assert re.fullmatch(r"[A-Za-z][A-Za-z0-9]*", key), f"{path.name}:{number}: bad key {key!r}"
        sections[current].append((key, value))
    return sections


def values(unit: dict[str, list[tuple[str, str]]], section: str, key: str) -> list[str]:
    return [v for k, v in unit.get(section, []) if k == key]


def unit_env(unit: dict[str, list[tuple[str, str]]]) -> dict[str, str]:
    env = {}
    for entry in values(unit, "Service", "Environment"):
        for item in shlex.split(entry):
            name, _, value = item.partition("=")
            env[name] = value
    return env


def doc_code_lines() -> list[str]:
    """Every command line inside a ```bash block of docs/deploy.md, continuations joined."""
    lines, block, pending = [], False, ""
    for raw in DOC.read_text().splitlines():
        stripped = raw.strip()
        if stripped.startswith("```"):
            block = stripped == "```bash" if not block else False
            continue
        if not block or not stripped or stripped.startswith("#"):
            continue
        pending += stripped.removesuffix("\\").strip() + " "
        if not stripped.endswith("\\"):
            lines.append(shlex.join(shlex.split(pending, comments=True)))  # comments dropped
            pending = ""
    return lines


def workbench_commands() -> list[tuple[str, list[str]]]:
    """(where, argv after `workbench`) for every workbench command line we ship or document."""
    found: list[tuple[str, list[str]]] = []

    def scan(where: str, text: str) -> None:
        lexer = shlex.shlex(text, posix=True, punctuation_chars=True)
        lexer.whitespace_split, lexer.commenters = True, "#"
        commands: list[list[str]] = [[]]
        for token in lexer:
            if token in ("&&", "||", ";", "|", "&"):
                commands.append([])
            else:
                commands[-1].append(token)
        for words in commands:  # the command word, after sudo [-u USER], env and VAR=value
            i = 0
            while i < len(words) and (words[i] in ("sudo", "env") or "=" in words[i] or words[i] == "-u"):
                i += 2 if words[i] == "-u" else 1
            if i < len(words) and (words[i] == "workbench" or words[i].endswith("/bin/workbench")):
                found.append((where, words[i + 1:]))

    for line in doc_code_lines():
        scan("docs/deploy.md", line)
    for unit in UNITS:
        for line in values(parse_unit(unit), "Service", "ExecStart"):
            scan(unit.name, line)
    gateway = [d for d in yaml.safe_load_all((DEPLOY / "k8s" / "gateway.yaml").read_text()) if d["kind"] == "Deployment"]
    found.append(("k8s/gateway.yaml", gateway[0]["spec"]["template"]["spec"]["containers"][0]["command"][1:]))
    return found


def settings_from(tmp_path: Path, config: str):
    home = tmp_path / config
    home.mkdir(parents=True, exist_ok=True)
    shutil.copy(DEPLOY / "config" / f"{config}.toml", home / "workbench.toml")
    return load_settings(env={"WORKBENCH_HOME": str(home)})


# --- every workbench command line exists --------------------------------------------------------


def test_every_workbench_command_line_names_a_real_command_and_real_options() -> None:
    commands = workbench_commands()
    assert len(commands) >= 6 and any(argv[:2] == ["gateway", "serve"] for _, argv in commands)
    runner = CliRunner()
    checked, no_gateway = 0, []
    for where, argv in commands:
        path = [w for w in argv[:2] if not w.startswith("-")]
        if path[0] == "gateway" and "gateway" not in cli.commands:
            no_gateway.append(where)  # the gateway part lands separately
            continue
        group = cli.commands.get(path[0])
        assert group is not None, f"{where}: `workbench {path[0]}` is not a command"
        command = group.commands.get(path[1]) if isinstance(group, click.Group) else group
        assert command is not None, f"{where}: `workbench {' '.join(path)}` is not a command"
        result = runner.invoke(cli, [*path, "--help"])
        assert result.exit_code == 0, f"{where}: `workbench {' '.join(path)} --help` failed: {result.output}"
        known = {opt for param in command.params for opt in getattr(param, "opts", [])}
        for word in argv[len(path):]:
            if word.startswith("--"):
                assert word.split("=")[0] in known, f"{where}: `workbench {' '.join(path)}` has no option {word}"
        checked += 1
    assert checked + len(no_gateway) == len(commands)
    assert not no_gateway, f"`workbench gateway` is missing; its lines in {sorted(set(no_gateway))} are unchecked"


def test_several_upstreams_for_one_gateway() -> None:
    serve = cli.commands["gateway"].commands["serve"]
    upstream = next(p for p in serve.params if "--upstream" in getattr(p, "opts", []))
    assert upstream.multiple  # docs/deploy.md, 'Several upstreams'
    opts = {opt for p in serve.params for opt in getattr(p, "opts", [])}
    assert {"--audit-url", "--witness"} <= opts  # replicas on one PostgreSQL chain


# --- systemd -------------------------------------------------------------------------------------


@pytest.mark.parametrize("unit", UNITS, ids=lambda p: p.name)
def test_systemd_units_parse_with_the_keys_they_need(unit: Path) -> None:
    parsed = parse_unit(unit)
    assert values(parsed, "Unit", "Description")
    assert len(values(parsed, "Service", "ExecStart")) == 1
    assert values(parsed, "Service", "User")[0] in SYSTEM_USERS  # never root
    assert values(parsed, "Service", "UMask") == ["0077"]
    assert values(parsed, "Install", "WantedBy") == ["multi-user.target"]
    exec_start = shlex.split(values(parsed, "Service", "ExecStart")[0])
    assert exec_start[0].startswith("/"), "ExecStart needs an absolute path"
    assert "0.0.0.0" not in exec_start and not any("api-key" in w or "API_KEY=" in w for w in exec_start)


def test_systemd_analyze_verifies_the_units(tmp_path: Path) -> None:
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        pytest.skip("systemd-analyze is not installed; the strict parse above still ran")
    bin_dir = Path(sys.executable).parent
    for unit in [*UNITS, *(DEPLOY / "systemd" / "workbench-vllm.service.d").glob("*.conf")]:
        text = unit.read_text()

        def local(match: re.Match[str]) -> str:  # the installed path on this machine, or /bin/true
            here = bin_dir / match.group(1)
            return str(here) if here.exists() else "/bin/true"

        text = re.sub(r"/opt/workbench/\.venv/bin/([\w.-]+)", local, text)
        target = tmp_path / (unit.name if unit.suffix == ".service" else f"workbench-vllm-drop-in-{unit.name}")
        if unit.suffix == ".conf":  # a drop-in: verify it inside a unit of its own
            text = "[Service]\nExecStart=/bin/true\n" + text
            target = target.with_suffix(".service")
        target.write_text(text)
    result = subprocess.run([analyze, "verify", *map(str, sorted(tmp_path.glob("*.service")))],
                            capture_output=True, text=True, timeout=60)
    problems = [line for line in (result.stdout + result.stderr).splitlines()
                if re.search(r"Unknown (key|section)|ignoring|not executable|Failed|Invalid|bad-setting", line)
                and "Requires=" not in line and "workbench-ray-head.service" not in line]
    assert result.returncode == 0 and not problems, result.stdout + result.stderr


def test_ray_units_run_exactly_what_workbench_models_builds(tmp_path: Path) -> None:
    for role, config in (("head", "vllm-pipeline-head"), ("worker", "vllm-pipeline-worker")):
        unit = parse_unit(DEPLOY / "systemd" / f"workbench-ray-{role}.service")
        built = _engines.ray_start(settings_from(tmp_path, config), head=role == "head")
        exec_start = shlex.split(values(unit, "Service", "ExecStart")[0])
        assert Path(exec_start[0]).name == "ray" and exec_start[1:] == built.argv[1:]
        assert unit_env(unit) == {"HOME": "/var/lib/workbench-vllm", **built.env}
        assert values(unit, "Service", "User") == ["workbench-vllm"]


def test_the_gateway_unit_matches_the_gateway_configuration(tmp_path: Path) -> None:
    unit = parse_unit(DEPLOY / "systemd" / "workbench-gateway.service")
    argv = shlex.split(values(unit, "Service", "ExecStart")[0])
    settings = settings_from(tmp_path, "gateway")
    assert argv[argv.index("--upstream-key-file") + 1] == settings.gateway.upstream_key_file
    assert argv[argv.index("--upstream") + 1] == settings.gateway.upstream
    assert argv[argv.index("--host") + 1] == settings.gateway.host == "127.0.0.1"
    assert unit_env(unit)["WORKBENCH_HOME"] == "/var/lib/workbench-gateway"
    assert settings.gateway.upstream_key_file.startswith("/var/lib/workbench-gateway/keys/")


# --- configuration files -------------------------------------------------------------------------


@pytest.mark.parametrize("config", sorted(p.stem for p in (DEPLOY / "config").glob("*.toml")))
def test_shipped_configuration_is_accepted_by_load_settings(tmp_path: Path, config: str) -> None:
    tomllib.loads((DEPLOY / "config" / f"{config}.toml").read_text())
    settings = settings_from(tmp_path, config)  # unknown keys or bad values raise ConfigError
    if config.startswith("vllm-"):
        assert settings.model.engine == "vllm"
        _engines.check_vllm_layout(settings)


def test_the_gateway_configuration_shares_audit_and_limits_through_postgres(tmp_path: Path) -> None:
    from workbench.guard._ratelimit import PostgresRateLimiter, open_limiter

    settings = settings_from(tmp_path, "gateway")
    assert settings.audit.url.startswith("postgresql://") and ":" not in settings.audit.url.split("@")[0][13:]
    assert settings.audit.witness and not settings.audit.witness.startswith("/var/lib/workbench-gateway")
    assert settings.gateway.auth == "hub"
    assert isinstance(open_limiter(settings), PostgresRateLimiter)  # no connection until the first call
    assert settings.guard.calls_per_minute and settings.guard.tokens_per_day


def _doc_vllm_lines() -> list[tuple[set[str], list[str]]]:
    out = []
    for line in doc_code_lines():
        words = shlex.split(line)
        if "vllm" in words and words[words.index("vllm") + 1] == "serve":
            at = words.index("vllm")
            out.append(({w.split("=")[0] for w in words[:at]}, words[at + 1:]))
    return out


def test_the_documented_vllm_lines_are_what_the_shipped_configs_build(tmp_path: Path) -> None:
    documented = _doc_vllm_lines()
    assert len(documented) == 3
    for config in ("vllm-one-gpu", "vllm-tensor-parallel", "vllm-pipeline-head"):
        spec = models.build_spec(settings_from(tmp_path, config), engine="vllm", port=8000)
        assert (set(spec.env), spec.argv[1:]) in documented, f"docs/deploy.md does not show {config}'s line"
        assert "--api-key" not in spec.argv and spec.env["VLLM_API_KEY"] not in " ".join(spec.argv)


def test_the_documented_ray_lines_are_what_the_shipped_configs_build(tmp_path: Path) -> None:
    lines = [shlex.split(line) for line in doc_code_lines() if " ray start " in f" {line} "]
    documented = [(dict(w.split("=", 1) for w in words[:words.index("ray")]), words[words.index("ray") + 1:])
                  for words in lines]
    for role, config in (("head", "vllm-pipeline-head"), ("worker", "vllm-pipeline-worker")):
        built = _engines.ray_start(settings_from(tmp_path, config), head=role == "head")
        assert (built.env, built.argv[1:]) in documented


# --- JupyterHub, sudoers, the host script --------------------------------------------------------


def test_jupyterhub_config_registers_the_gateway_and_scopes_kernel_tokens(monkeypatch: pytest.MonkeyPatch) -> None:
    from traitlets.config import Config

    config = Config()
    monkeypatch.setenv("WORKBENCH_GATEWAY_HUB_TOKEN", "test-token")
    source = (DEPLOY / "jupyterhub" / "jupyterhub_config.py").read_text()
    exec(compile(source, "jupyterhub_config.py", "exec"), {"get_config": lambda: config})
    services = {s["name"]: s for s in config.JupyterHub.services}
    gateway = services[GATEWAY_SERVICE]
    assert gateway["url"] == "http://127.0.0.1:8765" and gateway["api_token"] == "test-token"
    assert config.Spawner.environment["WORKBENCH_GATEWAY_URL"] == gateway["url"] + "/v1"
    user_role = next(r for r in config.JupyterHub.load_roles if r["name"] == "user")
    wanted = f"access:services!service={GATEWAY_SERVICE}"
    assert wanted in user_role["scopes"] and wanted in config.Spawner.server_token_scopes
    assert config.JupyterHub.spawner_class == "sudospawner.SudoSpawner"
    sudoers = (DEPLOY / "sudoers" / "jupyterhub").read_text()
    assert f"Cmnd_Alias WORKBENCH_SPAWN = {config.SudoSpawner.sudospawner_path}" in sudoers
    assert config.JupyterHub.bind_url != "http://127.0.0.1:8000/"  # vLLM has 8000
    scopes_mod = pytest.importorskip("jupyterhub.scopes", reason="jupyterhub is not installed")
    scopes_mod._check_scopes_exist(set(user_role["scopes"]) | set(config.Spawner.server_token_scopes))


def test_sudoers_file_is_valid_and_narrow(tmp_path: Path) -> None:
    text = (DEPLOY / "sudoers" / "jupyterhub").read_text()
    rules = [line for line in text.splitlines() if line and not line.startswith("#") and not line.startswith("Cmnd_Alias")]
    assert rules == ["jupyterhub ALL=(%analysts) NOPASSWD:WORKBENCH_SPAWN"]
    visudo = shutil.which("visudo")
    if visudo:
        result = subprocess.run([visudo, "-c", "-f", str(DEPLOY / "sudoers" / "jupyterhub")],
                                capture_output=True, text=True, timeout=30)
        assert result.returncode == 0, result.stdout + result.stderr


def test_host_setup_script_parses_and_installs_only_shipped_files() -> None:
    script = DEPLOY / "host" / "setup.sh"
    assert os.access(script, os.X_OK)
    result = subprocess.run(["bash", "-n", str(script)], capture_output=True, text=True, timeout=30)
    assert result.returncode == 0, result.stderr
    text = script.read_text()
    for ref in re.findall(r'"\$HERE/([^"]+)"', text):
        if "$" not in ref:
            assert (DEPLOY / ref).exists(), f"setup.sh installs {ref}, which is not shipped"
    assert "install -d -m 0700 -o workbench-gateway" in text and "chmod 0600" in text
    if shutil.which("shellcheck"):
        check = subprocess.run(["shellcheck", str(script)], capture_output=True, text=True, timeout=60)
        assert check.returncode == 0, check.stdout


# --- Kubernetes ----------------------------------------------------------------------------------


EGRESS_ALLOW_RULES = {"cloudMetadataServer", "dnsPortsCloudMetadataServer", "dnsPortsKubeSystemNamespace",
                      "dnsPortsPrivateIPs", "nonPrivateIPs", "privateIPs"}  # the chart's exact set


def test_helm_values_make_the_gateway_a_hub_service_and_lock_singleuser_egress() -> None:
    chart = yaml.safe_load((DEPLOY / "helm" / "values.yaml").read_text())
    assert set(chart) <= {"hub", "singleuser", "proxy", "scheduling", "prePuller", "cull", "ingress"}
    service = chart["hub"]["services"][GATEWAY_SERVICE]
    assert service["url"].startswith("http://workbench-gateway.workbench.svc.cluster.local:")
    assert chart["singleuser"]["extraEnv"]["WORKBENCH_GATEWAY_URL"] == service["url"] + "/v1"
    assert f"access:services!service={GATEWAY_SERVICE}" in chart["hub"]["loadRoles"]["user"]["scopes"]
    assert f"access:services!service={GATEWAY_SERVICE}" in chart["hub"]["config"]["Spawner"]["server_token_scopes"]
    policy = chart["singleuser"]["networkPolicy"]
    assert policy["enabled"] is True
    assert set(policy["egressAllowRules"]) == EGRESS_ALLOW_RULES
    assert {k for k, v in policy["egressAllowRules"].items() if v} == {"dnsPortsKubeSystemNamespace"}
    [rule] = policy["egress"]
    [dest] = rule["to"]
    assert dest["podSelector"]["matchLabels"] == {"app.kubernetes.io/name": "workbench-gateway"}
    assert rule["ports"] == [{"protocol": "TCP", "port": int(service["url"].rsplit(":", 1)[1])}]


def test_networkpolicies_let_singleuser_pods_reach_only_dns_hub_and_gateway() -> None:
    docs = list(yaml.safe_load_all((DEPLOY / "k8s" / "networkpolicy.yaml").read_text()))
    for doc in docs:
        assert doc["apiVersion"] == "networking.k8s.io/v1" and doc["kind"] == "NetworkPolicy"
        assert doc["metadata"]["name"] and doc["metadata"]["namespace"] in {"jhub", "workbench"}
        assert doc["spec"]["podSelector"]["matchLabels"] and doc["spec"]["policyTypes"]
    by_name = {d["metadata"]["name"]: d["spec"] for d in docs}
    single = by_name["singleuser-egress-gateway-only"]
    assert single["policyTypes"] == ["Egress"]
    destinations = [to for rule in single["egress"] for to in rule["to"]]
    assert all("ipBlock" not in to for to in destinations)  # no address ranges: only named pods
    labels = [to["podSelector"]["matchLabels"] for to in destinations]
    assert labels == [{"k8s-app": "kube-dns"}, {"app": "jupyterhub", "component": "hub"},
                      {"app.kubernetes.io/name": "workbench-gateway"}]
    vllm = by_name["vllm-ingress-gateway-only"]
    sources = [f["podSelector"]["matchLabels"]["app.kubernetes.io/name"] for r in vllm["ingress"] for f in r["from"]]
    assert sources == ["workbench-gateway", "vllm"]  # no kernel reaches the upstream
    postgres = by_name["postgresql-ingress-gateway-only"]
    assert [f["podSelector"]["matchLabels"] for r in postgres["ingress"] for f in r["from"]] == [
        {"app.kubernetes.io/name": "workbench-gateway"}]


def test_kubectl_reads_the_manifests(tmp_path: Path) -> None:
    kubectl = shutil.which("kubectl")
    if kubectl is None:
        pytest.skip("kubectl is not installed; the manifests were parsed above")
    for name in ("networkpolicy.yaml", "gateway.yaml"):
        result = subprocess.run([kubectl, "create", "--dry-run=client", "--validate=false", "-o", "name",
                                 "-f", str(DEPLOY / "k8s" / name)],
                                capture_output=True, text=True, timeout=60, env={**os.environ, "KUBECONFIG": "/dev/null"})
        if "connection refused" in result.stderr or "couldn't get current server API" in result.stderr:
            pytest.skip("kubectl needs an API server to map kinds; none here")
        assert result.returncode == 0, result.stderr


def test_the_gateway_deployment_is_a_hub_service_that_runs_unprivileged() -> None:
    docs = {d["kind"]: d for d in yaml.safe_load_all((DEPLOY / "k8s" / "gateway.yaml").read_text())}
    pod = docs["Deployment"]["spec"]["template"]["spec"]
    [container] = pod["containers"]
    env = {e["name"]: e for e in container["env"]}
    assert env["JUPYTERHUB_SERVICE_NAME"]["value"] == GATEWAY_SERVICE
    assert env["JUPYTERHUB_API_TOKEN"]["valueFrom"]["secretKeyRef"]["key"] == f"hub.services.{GATEWAY_SERVICE}.apiToken"
    assert pod["securityContext"]["runAsNonRoot"] is True and container["securityContext"]["allowPrivilegeEscalation"] is False
    assert pod["automountServiceAccountToken"] is False
    assert docs["Deployment"]["spec"]["replicas"] >= 2
    labels = docs["Deployment"]["spec"]["template"]["metadata"]["labels"]
    assert labels["app.kubernetes.io/name"] == "workbench-gateway" and labels["hub.jupyter.org/network-access-hub"] == "true"
    assert docs["Service"]["spec"]["ports"][0]["port"] == 8765


# --- the page names every shipped file -----------------------------------------------------------


def test_docs_name_every_shipped_file() -> None:
    text = DOC.read_text()
    shipped = [p.relative_to(REPO) for p in DEPLOY.rglob("*") if p.is_file()]
    missing = [str(p) for p in shipped if str(p) not in text and p.name not in text]
    assert not missing, f"docs/deploy.md does not mention {missing}"
