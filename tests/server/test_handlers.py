"""The jupyter_server extension in a real Jupyter server: authenticated REST over the library."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.audit import AuditLog
from workbench.config import load_settings

from .jupyter import start_jupyter, stop_jupyter


@pytest.fixture(scope="module")
def jupyter(tmp_path_factory: pytest.TempPathFactory):
    base = tmp_path_factory.mktemp("jupyter")
    root, home = base / "root", base / "wbhome"
    (root / "notebooks").mkdir(parents=True)
    (home).mkdir()
    (home / "workbench.toml").write_text('egress = "strict"\n[privacy]\nenabled = true\n')
    running = start_jupyter(root, home)
    running.home = home  # type: ignore[attr-defined]
    yield running
    stop_jupyter(running)


def test_every_route_requires_the_token(jupyter) -> None:
    for route in ("status", "audit?path=a.ipynb", "corpora"):
        status, _ = jupyter.get(f"/workbench/{route}", token=False)
        assert status == 403, route


def test_status_reports_engine_health_egress_and_redaction(jupyter) -> None:
    status, body = jupyter.get("/workbench/status")
    assert status == 200, body
    assert body["redaction"] is True and body["egress"] == "strict" and body["audit"] is True
    assert body["health"] == "down"  # no managed server runs in this home
    assert set(body) >= {"engine", "model", "health", "base_url", "user", "version"}


def test_audit_groups_this_notebooks_calls_by_cell(jupyter) -> None:
    settings = load_settings(env={"WORKBENCH_HOME": str(jupyter.home)})
    log = AuditLog.open(settings)
    notebook = str(jupyter.root / "notebooks" / "churn.ipynb")  # the kernel records the absolute path
    base = {"outcome": "answered", "entry_point": "magic", "user": "ana", "notebook_path": notebook,
            "gen_ai.response.model": "gemma", "gen_ai.usage.input_tokens": 12, "gen_ai.usage.output_tokens": 5,
            "content": [{"role": "user", "content": "Hello <PERSON_1>"}]}
    log.append({**base, "cell_id": "c1", "execution_count": 1, "redaction": {"PERSON": 1}})
    log.append({**base, "cell_id": "c2", "execution_count": 2, "redaction": {}})
    log.append({**base, "cell_id": "c1", "execution_count": 3, "redaction": {"EMAIL_ADDRESS": 2}})
    log.append({**base, "cell_id": "x", "notebook_path": str(jupyter.root / "other.ipynb")})
    log.close()

    status, body = jupyter.get("/workbench/audit?path=notebooks/churn.ipynb")
    assert status == 200, body
    assert body["total"] == 3 and [c["cell_id"] for c in body["cells"]] == ["c1", "c2"]
    first = body["cells"][0]["calls"]
    assert [c["execution_count"] for c in first] == [1, 3]
    assert first[0]["redaction"] == {"PERSON": 1} and first[0]["input_tokens"] == 12
    assert first[0]["model"] == "gemma"
    assert "content" not in first[0] and "Hello" not in str(body)  # metadata only, never content


@pytest.mark.parametrize("path", ["", "../secret.ipynb", "a/../../b.ipynb", "~/x.ipynb"])
def test_audit_refuses_paths_outside_the_root(jupyter, path: str) -> None:
    status, body = jupyter.get(f"/workbench/audit?path={path}")
    assert status == 400 and "relative" in body["message"]


def test_corpora_lists_nothing_with_a_note_when_locked_or_absent(jupyter) -> None:
    status, body = jupyter.get("/workbench/corpora")
    assert status == 200 and body["corpora"] == []


def test_the_server_extension_is_enabled_and_the_labextension_installed(jupyter) -> None:
    import subprocess
    import sys

    servers = subprocess.run([sys.executable, "-m", "jupyter", "server", "extension", "list"],
                             capture_output=True, text=True, check=True)
    assert "workbench" in servers.stdout + servers.stderr
    labs = subprocess.run([sys.executable, "-m", "jupyter", "labextension", "list"],
                          capture_output=True, text=True, check=True)
    out = labs.stdout + labs.stderr
    assert "analyst-workbench" in out and "enabled" in out.split("analyst-workbench", 1)[1].splitlines()[0]


def test_the_kernel_side_never_imports_jupyter_server() -> None:
    import subprocess
    import sys

    code = ("import sys, workbench, workbench.kernel, workbench.ui; "
            "assert 'jupyter_server' not in sys.modules, 'jupyter_server imported'; "
            "print(workbench._jupyter_server_extension_points())")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert "workbench.server" in out.stdout


def test_labextension_paths_point_at_the_built_extension() -> None:
    import workbench

    (entry,) = workbench._jupyter_labextension_paths()
    assert entry["dest"] == "analyst-workbench"
    built = Path(workbench.__file__).parent / entry["src"]
    if not (built / "package.json").exists():
        pytest.skip("the labextension is not built in this tree (an installed wheel carries it instead)")
    assert (built / "static").is_dir()


@pytest.mark.integration
def test_status_of_a_running_managed_server_is_ok(served: Path, tmp_path: Path) -> None:
    from workbench.server import WorkbenchService

    status = WorkbenchService(str(tmp_path)).status()
    assert status.health == "ok" and status.engine == "llamacpp" and status.model
    assert status.base_url.startswith("http://127.0.0.1:")
