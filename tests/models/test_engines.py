"""The engines' command lines. vLLM cannot run here: we check the command it builds (contract);
the same client code runs against the real llama.cpp server in the integration tests."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner

from workbench import models
from workbench.cli import cli
from workbench.config import load_settings
from workbench.errors import NotAvailable, ServerStartError
from workbench.models import _engines


def _arg(argv: list[str], flag: str) -> str:
    return argv[argv.index(flag) + 1]


def test_vllm_command_line_from_configuration(isolated_home: Path) -> None:
    isolated_home.mkdir(parents=True)
    (isolated_home / "workbench.toml").write_text(
        "[vllm]\ngpu_memory_utilization = 0.85\ntensor_parallel_size = 2\nmax_model_len = 8192\n"
        'extra_args = ["--enforce-eager"]\n'
    )
    settings = load_settings()
    spec = models.build_spec(settings, engine="vllm", port=8123)
    argv = spec.argv
    assert argv[1:3] == ["serve", str(settings.models_dir / "DeepSeek-R1-Distill-Qwen-7B")]
    assert _arg(argv, "--host") == "127.0.0.1"
    assert _arg(argv, "--port") == "8123"
    assert _arg(argv, "--served-model-name") == "deepseek-r1-distill-qwen-7b"
    assert _arg(argv, "--reasoning-parser") == "deepseek_r1"
    assert _arg(argv, "--gpu-memory-utilization") == "0.85"
    assert _arg(argv, "--tensor-parallel-size") == "2"
    assert _arg(argv, "--max-model-len") == "8192"
    assert argv[-1] == "--enforce-eager"
    assert spec.health_path == "/health"
    key = spec.env["VLLM_API_KEY"]
    assert key and key not in " ".join(argv) and "--api-key" not in argv


def test_vllm_without_r1_has_no_reasoning_parser(isolated_home: Path) -> None:
    spec = models.build_spec(load_settings(), engine="vllm", model="/models/Qwen2.5-7B-Instruct", port=1)
    assert "--reasoning-parser" not in spec.argv
    assert _arg(spec.argv, "--served-model-name") == "qwen2.5-7b-instruct"


def test_llamacpp_command_line(isolated_home: Path, tmp_path: Path) -> None:
    gguf = tmp_path / "DeepSeek-R1-Distill-Qwen-7B-Q4_K_M.gguf"
    gguf.write_bytes(b"GGUF")
    spec = models.build_spec(load_settings(), engine="llamacpp", model=str(gguf), port=8124)
    argv = spec.argv
    assert argv[1:3] == ["-m", "llama_cpp.server"]
    assert _arg(argv, "--host") == "127.0.0.1"
    assert _arg(argv, "--logits_all") == "false"
    assert _arg(argv, "--n_threads") == str(max(1, (os.cpu_count() or 2) - 1))
    assert _arg(argv, "--model_alias") == "deepseek-r1-distill-qwen-7b-q4_k_m"
    assert "--chat_format" not in argv  # the GGUF's own template fits a DeepSeek model
    assert spec.reasoning_starts_open  # R1 templates open <think> in the prompt
    assert spec.env["API_KEY"] not in " ".join(argv)


def test_default_gguf_comes_from_the_pypi_package(isolated_home: Path) -> None:
    settings = load_settings()
    spec = models.build_spec(settings, engine="llamacpp", port=1)
    path = Path(_arg(spec.argv, "--model"))
    assert path == models.default_gguf() and path.stat().st_size > 100_000_000
    assert _arg(spec.argv, "--chat_format") == "gemma"
    assert not spec.reasoning_starts_open


def test_missing_gguf_is_a_clear_error(isolated_home: Path) -> None:
    with pytest.raises(ServerStartError, match="No GGUF file at /nowhere/x.gguf"):
        models.build_spec(load_settings(), engine="llamacpp", model="/nowhere/x.gguf", port=1)


def test_api_key_file_is_private_and_stable(isolated_home: Path) -> None:
    settings = load_settings()
    key = models.api_key(settings)
    path = settings.keys_dir / "model_api_key"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(settings.home.stat().st_mode) == 0o700
    assert models.api_key(settings) == key and len(key) > 30


@pytest.mark.parametrize("gpu, vllm, expected", [(True, True, "vllm"), (True, False, "llamacpp"), (False, True, "llamacpp")])
def test_auto_picks_vllm_only_with_a_gpu_and_vllm(monkeypatch: pytest.MonkeyPatch, gpu: bool, vllm: bool, expected: str) -> None:
    # A test double for the GPU: this machine has none.
    monkeypatch.setattr(_engines, "cuda_available", lambda: gpu)
    monkeypatch.setattr(_engines, "vllm_installed", lambda: vllm)
    assert models.choose_engine(load_settings()) == expected
    assert models.choose_engine(load_settings(engine="llamacpp")) == "llamacpp"


def test_vllm_refuses_early_without_vllm_or_checkpoint(monkeypatch: pytest.MonkeyPatch) -> None:
    settings = load_settings()
    monkeypatch.setattr(_engines, "vllm_installed", lambda: False)
    with pytest.raises(NotAvailable, match=r"pip install 'analyst-workbench\[gpu\]'"):
        models.ensure_server(settings, engine="vllm")
    monkeypatch.setattr(_engines, "vllm_installed", lambda: True)
    with pytest.raises(ServerStartError, match="No model checkpoint at .*DeepSeek-R1-Distill-Qwen-7B"):
        models.ensure_server(settings, engine="vllm")
    assert models.status(settings) is None


def test_serve_dry_run_prints_the_command_without_the_key(isolated_home: Path) -> None:
    result = CliRunner().invoke(cli, ["model", "serve", "--engine", "vllm", "--dry-run", "--port", "9000"])
    assert result.exit_code == 0, result.output
    assert "serve" in result.output and "--port 9000" in result.output
    assert "--reasoning-parser deepseek_r1" in result.output
    key = models.api_key(load_settings())
    assert key not in result.output and "VLLM_API_KEY=<from" in result.output


def test_a_running_server_is_not_replaced_by_another_model(served: Path, tmp_path: Path) -> None:
    other = tmp_path / "other-model.gguf"
    other.write_bytes(b"GGUF")
    with pytest.raises(ServerStartError, match="already runs .*`workbench model stop`"):
        models.ensure_server(load_settings(), model=str(other))


# --- vLLM at scale: the exact command line and environment for each layout (docs/deploy.md) ---------


def _vllm(home: Path, toml: str, port: int = 8000) -> models.LaunchSpec:
    home.mkdir(parents=True, exist_ok=True)
    (home / "workbench.toml").write_text(toml)
    return models.build_spec(load_settings(), engine="vllm", port=port, model="/srv/models/DeepSeek-R1-Distill-Qwen-32B")


LAYOUT_TOML = {
    "one-gpu": "[vllm]\nmax_model_len = 16384\n",
    "tensor-parallel": "[vllm]\ntensor_parallel_size = 4\ndistributed_executor_backend = \"mp\"\n",
    "pipeline-over-ray": (
        "[vllm]\ntensor_parallel_size = 8\npipeline_parallel_size = 2\ndistributed_executor_backend = \"ray\"\n"
        'host = "10.0.0.11"\nnode_ip = "10.0.0.11"\nnetwork_interface = "ens5"\nray_address = "10.0.0.11:6379"\n'
    ),
}
COMMON = ["serve", "/srv/models/DeepSeek-R1-Distill-Qwen-32B"]
LAYOUT_ARGV = {
    "one-gpu": COMMON + [
        "--host", "127.0.0.1", "--port", "8000", "--served-model-name", "deepseek-r1-distill-qwen-32b",
        "--gpu-memory-utilization", "0.9", "--tensor-parallel-size", "1", "--max-model-len", "16384",
        "--reasoning-parser", "deepseek_r1"],
    "tensor-parallel": COMMON + [
        "--host", "127.0.0.1", "--port", "8000", "--served-model-name", "deepseek-r1-distill-qwen-32b",
        "--gpu-memory-utilization", "0.9", "--tensor-parallel-size", "4", "--distributed-executor-backend", "mp",
        "--max-model-len", "16384", "--reasoning-parser", "deepseek_r1"],
    "pipeline-over-ray": COMMON + [
        "--host", "10.0.0.11", "--port", "8000", "--served-model-name", "deepseek-r1-distill-qwen-32b",
        "--gpu-memory-utilization", "0.9", "--tensor-parallel-size", "8", "--pipeline-parallel-size", "2",
        "--distributed-executor-backend", "ray", "--max-model-len", "16384", "--reasoning-parser", "deepseek_r1"],
}  # fmt: skip
LAYOUT_ENV = {
    "one-gpu": {"VLLM_API_KEY"},
    "tensor-parallel": {"VLLM_API_KEY"},
    "pipeline-over-ray": {"VLLM_API_KEY", "VLLM_HOST_IP", "NCCL_SOCKET_IFNAME", "GLOO_SOCKET_IFNAME"},
}


@pytest.mark.parametrize("layout", sorted(LAYOUT_TOML))
def test_vllm_layouts_build_the_exact_command_and_environment(isolated_home: Path, layout: str) -> None:
    spec = _vllm(isolated_home, LAYOUT_TOML[layout])
    assert spec.argv[1:] == LAYOUT_ARGV[layout]
    assert set(spec.env) == LAYOUT_ENV[layout]
    key = spec.env["VLLM_API_KEY"]
    assert key == models.api_key(load_settings()) and key not in " ".join(spec.argv) and "--api-key" not in spec.argv
    if layout == "pipeline-over-ray":
        assert spec.env["VLLM_HOST_IP"] == "10.0.0.11"
        assert spec.env["NCCL_SOCKET_IFNAME"] == spec.env["GLOO_SOCKET_IFNAME"] == "ens5"
        assert spec.base_url == "http://10.0.0.11:8000/v1"  # the gateway on another host reaches it here
    else:
        assert spec.base_url == "http://127.0.0.1:8000/v1"


def test_ray_start_lines_for_head_and_worker_nodes(isolated_home: Path) -> None:
    isolated_home.mkdir(parents=True)
    (isolated_home / "workbench.toml").write_text(LAYOUT_TOML["pipeline-over-ray"])
    head = _engines.ray_start(load_settings(), head=True)
    assert head.argv[1:] == ["start", "--head", "--node-ip-address", "10.0.0.11", "--port", "6379",
                             "--include-dashboard=false", "--disable-usage-stats", "--block"]
    (isolated_home / "workbench.toml").write_text(LAYOUT_TOML["pipeline-over-ray"].replace('node_ip = "10.0.0.11"',
                                                                                         'node_ip = "10.0.0.12"'))
    worker = _engines.ray_start(load_settings(), head=False)
    assert worker.argv[1:] == ["start", "--address", "10.0.0.11:6379", "--node-ip-address", "10.0.0.12",
                               "--disable-usage-stats", "--block"]
    assert worker.env == {"VLLM_HOST_IP": "10.0.0.12", "NCCL_SOCKET_IFNAME": "ens5", "GLOO_SOCKET_IFNAME": "ens5"}
    assert Path(head.argv[0]).name == "ray" and head.role == "head" and worker.role == "worker"


@pytest.mark.parametrize("toml, message", [
    ('host = "0.0.0.0"', "not loopback or a private address"),
    ('host = "::"', "not loopback or a private address"),
    ('host = "8.8.8.8"', "not loopback or a private address"),
    ('host = "gpu1.example.com"', "give an IP address"),
    ('node_ip = "169.254.1.1"', "not loopback or a private address"),
    ('ray_address = "34.1.2.3:6379"', "vllm.ray_address is 34.1.2.3"),
    ('ray_address = "10.0.0.11"', "ADDRESS:PORT"),
    ('extra_args = ["--host", "0.0.0.0"]', "may not set --host"),
    ('extra_args = ["--api-key=sk-visible-in-proc"]', "may not set --api-key"),
    ('distributed_executor_backend = "slurm"', "choose mp .* or ray"),
    ("pipeline_parallel_size = 0", "at least 1"),
])  # fmt: skip
def test_vllm_layouts_that_would_listen_publicly_or_leak_the_key_are_refused(
        isolated_home: Path, toml: str, message: str) -> None:
    from workbench.errors import ConfigError

    with pytest.raises(ConfigError, match=message) as info:
        _vllm(isolated_home, f"[vllm]\n{toml}\n")
    assert "sk-visible-in-proc" not in str(info.value)


def test_ray_start_needs_the_node_address_and_the_head(isolated_home: Path) -> None:
    from workbench.errors import ConfigError

    with pytest.raises(ConfigError, match=r"\[vllm\] node_ip"):
        _engines.ray_start(load_settings(), head=True)
    isolated_home.mkdir(parents=True)
    (isolated_home / "workbench.toml").write_text('[vllm]\nnode_ip = "10.0.0.12"\n')
    with pytest.raises(ConfigError, match=r"\[vllm\] ray_address"):
        _engines.ray_start(load_settings(), head=False)


@pytest.mark.parametrize("layout", sorted(LAYOUT_TOML))
def test_vllms_own_parser_reads_each_layout(isolated_home: Path, layout: str) -> None:
    """On a GPU host with the [gpu] extra: vLLM's own `vllm serve` parser accepts our flags."""
    cli_args = pytest.importorskip("vllm.entrypoints.launchers.cli_args", reason="vLLM is not installed (GPU hosts only)")
    from vllm.utils.argparse_utils import FlexibleArgumentParser

    spec = _vllm(isolated_home, LAYOUT_TOML[layout])
    ns = cli_args.make_arg_parser(FlexibleArgumentParser()).parse_args(spec.argv[2:])
    assert ns.tensor_parallel_size == int(_arg(spec.argv, "--tensor-parallel-size"))
    assert ns.pipeline_parallel_size == (2 if layout == "pipeline-over-ray" else 1)
    assert ns.host == _arg(spec.argv, "--host") and not ns.api_key
