from __future__ import annotations

from pathlib import Path

import pytest

from workbench.config import load_settings
from workbench.errors import ConfigError


def test_defaults_then_file_then_env_then_overrides(isolated_home: Path) -> None:
    isolated_home.mkdir(parents=True)
    (isolated_home / "workbench.toml").write_text('[model]\nname = "from-file"\ntimeout = 30\n')
    env = {"WORKBENCH_HOME": str(isolated_home), "WORKBENCH_MODEL": "from-env"}
    assert load_settings(env={"WORKBENCH_HOME": str(isolated_home)}).model.name == "from-file"
    settings = load_settings(env=env)
    assert settings.model.name == "from-env"
    assert settings.model.timeout == 30.0
    assert load_settings(env=env, model="from-kwarg").model.name == "from-kwarg"
    assert load_settings(env=env, **{"llamacpp.n_ctx": "512"}).llamacpp.n_ctx == 512


def test_contract_environment_variables(tmp_path: Path) -> None:
    env = {
        "WORKBENCH_HOME": str(tmp_path),
        "WORKBENCH_MODEL_URL": "http://127.0.0.1:9/v1",
        "WORKBENCH_MODEL": "m",
        "WORKBENCH_API_KEY": "k-123",
        "WORKBENCH_PASSPHRASE": "pass",
        "WORKBENCH_EGRESS": "strict",
        "WORKBENCH_USER": "ana",
    }
    s = load_settings(env=env)
    assert s.egress == "strict"
    assert (s.home, s.model.url, s.model.name, s.model.api_key, s.passphrase, s.user) == (
        tmp_path.resolve(), "http://127.0.0.1:9/v1", "m", "k-123", "pass", "ana")


def test_secrets_never_in_repr_or_describe(tmp_path: Path) -> None:
    s = load_settings(env={"WORKBENCH_HOME": str(tmp_path), "WORKBENCH_API_KEY": "sk-secret-1",
                           "WORKBENCH_PASSPHRASE": "hunter2-pass"})
    shown = repr(s) + str(s.describe())
    assert "sk-secret-1" not in shown and "hunter2-pass" not in shown
    assert s.describe()["model"]["api_key"] == "********"


@pytest.mark.parametrize(
    "toml, fragment",
    [
        ('[model]\nnmae = "x"\n', "unknown setting 'model.nmae'"),
        ('colour = "x"\n', "unknown setting 'colour'"),
        ('[model]\ntimeout = "soon"\n', "model.timeout must be float"),
        ('[model]\nengine = "tensorrt"\n', "choose one of auto, vllm, llamacpp"),
        ("[model\n", "not valid TOML"),
        ('[privacy]\nenabled = "maybe"\n', "privacy.enabled must be bool"),
    ],
)
def test_a_broken_file_is_an_error_that_names_the_problem(isolated_home: Path, toml: str, fragment: str) -> None:
    isolated_home.mkdir(parents=True)
    (isolated_home / "workbench.toml").write_text(toml)
    with pytest.raises(ConfigError) as info:
        load_settings()
    assert fragment in str(info.value)


def test_every_error_is_public_and_drawn_in_the_hierarchy() -> None:
    import inspect

    import workbench.errors as errors

    classes = {n for n, o in vars(errors).items()
               if inspect.isclass(o) and issubclass(o, Exception) and o.__module__ == errors.__name__}
    assert classes == set(errors.__all__)
    for name in classes:
        assert f" {name} " in errors.__doc__ or f" {name}\n" in errors.__doc__, name
