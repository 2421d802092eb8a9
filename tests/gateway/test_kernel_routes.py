"""The kernel side of the gateway's workbench routes: ``wb.corpus(name)`` and ``wb.search`` reach
the gateway's corpora, ``%audit`` and the Lab Audit sidebar read the gateway's log (only the
caller's own records), and a refused model is audited. One real gateway per module (conftest)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterator

import nbformat
import pytest

from workbench import Workbench
from workbench.config import load_settings
from workbench.corpus import Hit, RemoteCorpus
from workbench.errors import AccessDenied, CorpusNotFound, GatewayUnavailable, RateLimited, Unauthenticated
from workbench.models import GatewayAPI

from .conftest import Gateway

LEAVE = "Employees receive sixteen weeks of paid parental leave under the wombat rule."
TRAVEL = "Hotel costs are capped at 180 euros a night on business trips."


def _kernel(gateway: Gateway, tmp_path: Path, user: str, *, token: str | None = None) -> Workbench:
    """A kernel session of ``user`` (its WORKBENCH_USER claims to be someone else) via the gateway."""
    home = tmp_path / f"kernel-{user}"
    home.mkdir(exist_ok=True)
    (home / "workbench.toml").write_text("[privacy]\nenabled = false\n")  # the gateway's check is the one here
    env = {"WORKBENCH_HOME": str(home), "WORKBENCH_USER": "mallory", "WORKBENCH_GATEWAY_URL": gateway.url,
           "WORKBENCH_API_KEY": token or gateway.tokens[user]}
    return Workbench(load_settings(env=env))


@pytest.fixture
def alice(gateway: Gateway, tmp_path: Path) -> Iterator[Workbench]:
    with _kernel(gateway, tmp_path, "alice") as wb:
        yield wb


@pytest.fixture
def bob(gateway: Gateway, tmp_path: Path) -> Iterator[Workbench]:
    with _kernel(gateway, tmp_path, "bob") as wb:
        yield wb


def test_alice_adds_a_corpus_from_kernel_files_and_searches_it(alice: Workbench, gateway: Gateway,
                                                                tmp_path: Path) -> None:
    folder = tmp_path / "policies"
    folder.mkdir()
    (folder / "leave.md").write_text(LEAVE)
    unreadable = folder / "broken.pdf"
    unreadable.write_bytes(b"not a pdf")
    corpus = alice.corpus("kr-hr")
    assert isinstance(corpus, RemoteCorpus)
    report = corpus.add([folder, TRAVEL], progress=False)
    assert report.documents == 2 and report.chunks_added >= 2 and report.files == 2
    assert [e.source for e in report.errors] == [str(unreadable)]  # read (and failed) in the kernel
    info = corpus.info()
    assert info["owner"] == "alice" and info["right"] == "admin"  # the token's user, not WORKBENCH_USER

    hits = alice.search("How long is parental leave?", corpus="kr-hr", k=1)
    assert len(hits) == 1 and isinstance(hits[0], Hit)
    assert "wombat" in hits[0].text and hits[0].source == str(folder / "leave.md")
    assert corpus.search("hotel price cap", k=1)[0].text == TRAVEL
    answer = alice.ask("How long is parental leave?", corpus="kr-hr", k=1)  # a chat: the gateway retrieves
    assert answer.sources[0]["source"] == str(folder / "leave.md") and b"wombat" in gateway.upstream.raw_bodies[-1]

    retrievals = [r for r in gateway.audit() if r.get("gen_ai.operation.name") == "retrieval"
                  and r.get("corpus") == "kr-hr" and r["outcome"] == "answered"]
    assert len(retrievals) == 2 and {r["user"] for r in retrievals} == {"alice"}  # wb.search, corpus.search
    assert {r["claims"]["user"] for r in retrievals} == {"mallory"}  # kept as a claim, never as the user
    assert hits[0].chunk_id in retrievals[0]["chunk_ids"]


def test_bob_cannot_search_alices_corpus_until_granted(alice: Workbench, bob: Workbench, gateway: Gateway) -> None:
    alice.corpus("kr-fin").add([{"source": "q3.md", "text": "Third quarter revenue rose by nine percent (kiwi)."}],
                               progress=False)
    query = "How did revenue change in the third quarter?"
    with pytest.raises(AccessDenied) as denied:
        bob.search(query, corpus="kr-fin", k=1)
    assert "kiwi" not in str(denied.value)
    assert "kr-fin" not in bob.pipeline.corpora.names()
    with pytest.raises(AccessDenied):
        bob.corpus("kr-fin").grant("bob")  # only an admin grants
    with pytest.raises(CorpusNotFound):
        bob.corpus("kr-nothing").search(query)

    alice.corpus("kr-fin").grant("bob", "read")
    (hit,) = bob.search(query, corpus="kr-fin", k=1)
    assert "kiwi" in hit.text
    assert bob.corpus("kr-fin").info()["right"] == "read"
    from workbench.server._service import WorkbenchService

    lab = WorkbenchService(str(gateway.home.parent), settings=bob.settings).corpora()  # the Lab's corpus list
    assert [(c["name"], c["right"]) for c in lab.corpora] == [("kr-fin", "read")] and lab.note is None
    with pytest.raises(AccessDenied):
        bob.corpus("kr-fin").add(["Bob may read, not write."], progress=False)

    assert alice.corpus("kr-fin").revoke("bob") is True
    with pytest.raises(AccessDenied):
        bob.search(query, corpus="kr-fin", k=1)
    refused = [r for r in gateway.audit() if r.get("corpus") == "kr-fin" and r["outcome"] == "refused"]
    assert {r["user"] for r in refused} == {"bob"} and len(refused) >= 2


def test_audit_listings_through_the_gateway_show_only_the_callers_records(gateway: Gateway, tmp_path: Path) -> None:
    from workbench.server._service import WorkbenchService

    root = tmp_path / "lab"
    notebook = str(root / "shared.ipynb")
    for user in ("alice", "bob"):  # both run the same notebook path, each in their own cell
        status, _ = gateway.call("POST", "/v1/chat/completions", {
            "model": "test-model", "messages": [{"role": "user", "content": f"Hello from {user}."}],
            "workbench": {"claims": {"notebook_path": notebook, "cell_id": f"cell-{user}", "user": "mallory"}}},
            token=gateway.tokens[user])
        assert status == 200

    env = {"WORKBENCH_HOME": str(tmp_path / "server-home"), "WORKBENCH_USER": "alice",
           "WORKBENCH_GATEWAY_URL": gateway.url, "WORKBENCH_API_KEY": gateway.tokens["bob"]}
    view = WorkbenchService(str(root), settings=load_settings(env=env)).audit("shared.ipynb")  # the Lab sidebar
    assert [c.cell_id for c in view.cells] == ["cell-bob"] and view.total == 1
    assert view.cells[0].calls[0].outcome == "answered" and view.cells[0].calls[0].entry_point == "gateway"

    with GatewayAPI(gateway.url, gateway.tokens["alice"]) as api:  # what %audit --all reads
        records = api.audit(limit=10_000)
        assert records and {r["user"] for r in records} == {"alice"}
        mine = api.audit(notebook=notebook)  # the intent and the outcome of alice's one call
        assert [(r["cell_id"], r["outcome"]) for r in mine] == [("cell-alice", "started"), ("cell-alice", "answered")]
    from workbench.cli._up import gateway_line

    assert gateway_line(load_settings(env=env)) == f"Model: via gateway {gateway.url} as bob"  # workbench up
    with GatewayAPI(gateway.url, "wbg_not-a-token") as api, pytest.raises(Unauthenticated) as exc:
        api.audit()
    assert "wbg_not-a-token" not in str(exc.value)
    with GatewayAPI("http://127.0.0.1:9", gateway.tokens["alice"], timeout=2) as api, \
            pytest.raises(GatewayUnavailable):
        api.whoami()


def test_percent_audit_in_a_real_kernel_lists_the_gateways_records(gateway: Gateway, tmp_path: Path) -> None:
    from workbench.reports import execute_notebook

    home = tmp_path / "nb-home"
    home.mkdir()
    (home / "workbench.toml").write_text("[privacy]\nenabled = false\n")
    gateway.call("POST", "/v1/chat/completions", {"model": "test-model",
                 "messages": [{"role": "user", "content": "Carol's own call."}]}, token=gateway.tokens["carol"])
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(src) for src in (
        "%load_ext workbench",
        "%%ask\nName a colour.",
        "import json\nt = %audit --all --by user\nprint(json.dumps(t.to_dicts(), default=str))",
    )]
    env = {"WORKBENCH_HOME": str(home), "WORKBENCH_USER": "mallory", "WORKBENCH_GATEWAY_URL": gateway.url,
           "WORKBENCH_API_KEY": gateway.tokens["carol"]}
    execute_notebook(nb, cwd=tmp_path, timeout=180, env=env)
    out = "".join(o.get("text", "") for o in nb.cells[2].outputs if o.get("output_type") == "stream")
    rows = json.loads(out.strip().splitlines()[-1])
    assert [r["user"] for r in rows] == ["carol"]  # the gateway's word; never alice's or bob's records
    assert not (home / "audit").exists()  # the kernel has no log of its own


def test_a_model_the_upstream_does_not_serve_is_refused_and_audited(gateway: Gateway) -> None:
    before = len(gateway.upstream.raw_bodies)
    status, body = gateway.call("POST", "/v1/chat/completions", {
        "model": "no-such-model", "messages": [{"role": "user", "content": "Hello."}],
        "workbench": {"claims": {"cell_id": "cell-unknown-model"}}}, token=gateway.tokens["carol"])
    assert status == 404 and body["error"]["type"] == "not_found_error"
    assert len(gateway.upstream.raw_bodies) == before  # nothing forwarded
    (record,) = [r for r in gateway.audit() if r.get("cell_id") == "cell-unknown-model"]
    assert record["outcome"] == "refused" and record["user"] == "carol"
    assert record["error.type"] == "UnknownModel" and record["gen_ai.request.model"] == "no-such-model"


@pytest.fixture(scope="module")
def picky_gateway(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Gateway]:
    """A gateway whose upstream serves two models, of which ``[gateway] models`` offers one."""
    import os

    from workbench.bench import Behaviour, RecordingServer
    from workbench.gateway import TokenStore, launch

    from .conftest import UPSTREAM_KEY

    home = tmp_path_factory.mktemp("picky") / "home"
    tokens = {"carol": TokenStore(home).add("carol")}
    (home / "workbench.toml").write_text('[privacy]\nenabled = false\n[gateway]\nmodels = ["test-model"]\n')
    behaviour = Behaviour(api_key=UPSTREAM_KEY, models=["test-model", "held-model"])
    with RecordingServer(behaviour) as upstream:
        key_file = home / "upstream.key"
        key_file.write_text(UPSTREAM_KEY)
        key_file.chmod(0o600)
        env = {k: "" for k in os.environ if k.startswith("WORKBENCH_")}
        with launch(home, upstream.base_url, str(key_file), env=env) as launched:
            yield Gateway(launched, upstream, home, tokens)


def test_a_model_the_gateway_withholds_is_refused_and_audited(picky_gateway: Gateway) -> None:
    gw = picky_gateway
    status, body = gw.call("GET", "/v1/models", token=gw.tokens["carol"])
    assert [m["id"] for m in body["data"]] == ["test-model"]
    status, body = gw.call("POST", "/v1/chat/completions", {
        "model": "held-model", "messages": [{"role": "user", "content": "Hello."}],
        "workbench": {"claims": {"cell_id": "cell-held"}}}, token=gw.tokens["carol"])
    assert status == 403 and body["error"]["type"] == "permission_error"
    assert gw.upstream.raw_bodies == []  # nothing forwarded
    (record,) = [r for r in gw.audit() if r.get("cell_id") == "cell-held"]
    assert record["outcome"] == "refused" and record["user"] == "carol" and record["error.type"] == "AccessDenied"


def test_rate_limited_and_other_statuses_become_typed_errors() -> None:
    import httpx

    def answer(request: httpx.Request) -> httpx.Response:
        status = {"/v1/workbench/corpora/x/search": 429, "/v1/workbench/corpora/y/search": 404,
                  "/v1/workbench/whoami": 404}[request.url.path]
        message = "No such route; ..." if request.url.path.endswith("whoami") else "Slow down."
        return httpx.Response(status, headers={"Retry-After": "7"},
                              json={"error": {"message": message, "type": "not_found_error", "status": status}})

    with GatewayAPI("http://gateway.invalid/v1", "t", transport=httpx.MockTransport(answer)) as api:
        with pytest.raises(RateLimited) as limited:
            api.search("x", "q")
        assert limited.value.retry_after == 7
        with pytest.raises(CorpusNotFound):
            api.search("y", "q")
        from workbench.errors import NotAvailable

        with pytest.raises(NotAvailable):
            api.whoami()
