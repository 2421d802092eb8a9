"""Every per-call view counts model calls only: the chain also holds refused credentials,
revocations, key rotations, egress events and overrides, written here by their real writers
(or shaped exactly as they write them). Each test fails if its view counts those as calls."""

from __future__ import annotations

import pytest

matplotlib = pytest.importorskip("matplotlib")
matplotlib.use("Agg")

from workbench.audit import calls_by, is_model_call, one_per_call, plot_calls, plot_redactions, plot_tokens  # noqa: E402
from workbench.gateway._refusals import RefusalLog  # noqa: E402
from workbench.gateway._revocations import Revocations  # noqa: E402

NOTEBOOK = "/srv/root/work/a.ipynb"
RUN = "run-1"


def _egress(user: str, **extra):
    """Shaped as ``Pipeline._egress_record`` writes it (plus ``extra``: a writer that names its cell)."""
    return {"outcome": "egress", "user": user, "server.address": "10.0.0.9", "server.port": 443,
            "network.transport": "tcp", **extra}


@pytest.fixture
def mixed(log, make_record):
    """Two calls of ana's (one two-phase, one refused before sending) and one of bo's, and one
    record of every other kind, some naming ana, her notebook, cell and run."""
    call = make_record(notebook_path=NOTEBOOK, cell_id="c1", run_id=RUN, user="ana")
    intent = log.begin(call)
    log.finish(intent, dict(call, outcome="answered"))
    log.append(make_record(notebook_path=NOTEBOOK, cell_id="c1", run_id=RUN, user="ana", outcome="refused",
                           redaction={}))
    log.append(make_record(notebook_path="/srv/root/b.ipynb", cell_id="c9", user="bo"))
    refusals = RefusalLog(log)
    refusals.write(refusals.refused(reason="bad_token", route="/v1/chat/completions", method="POST",
                                    client="127.0.0.1", claimed_user="ana", credential="wb_not-a-token"))
    Revocations(log).record("ana", ["t1", "t2"])
    log.rotate_hmac_key(user="ana", entry_point="cli", run_id=RUN)
    log.append(_egress("ana"))
    log.append(_egress("ana", notebook_path=NOTEBOOK, cell_id="c1", run_id=RUN, outcome="egress_tamper"))
    log.append({"outcome": "override", "gen_ai.operation.name": "model.serve", "user": "ana", "entry_point": "cli"})
    kinds = {r["outcome"] for r in log.records()}
    assert kinds == {"started", "answered", "refused", "auth_refused", "token_revoked", "hmac_key_rotated",
                     "egress", "egress_tamper", "override"}
    return log


def test_the_predicate_is_an_allow_list_of_call_outcomes():
    for outcome in ("started", "answered", "failed", "refused", "interrupted"):
        assert is_model_call({"outcome": outcome})
    for outcome in ("auth_refused", "token_revoked", "hmac_key_rotated", "egress", "egress_allow",
                    "egress_tamper", "override", "some_kind_added_later", None):
        assert not is_model_call({"outcome": outcome})
    assert not is_model_call("answered")  # type: ignore[arg-type]


def test_one_per_call_keeps_only_calls(mixed):
    calls = one_per_call(mixed.records())
    assert [r["outcome"] for r in calls] == ["answered", "refused", "answered"]


def test_calls_by_counts_model_calls_only(mixed):
    assert {r["user"]: r["calls"] for r in calls_by(mixed, "user").to_dicts()} == {"ana": 2, "bo": 1}
    cells = calls_by(mixed, "cell").to_dicts()
    assert [(r["cell"], r["calls"], r["answered"], r["refused"]) for r in cells] == [
        ("[1] c1", 2, 1, 1), ("[1] c9", 1, 1, 0)]
    assert sum(r["calls"] for r in calls_by(mixed, "day").to_dicts()) == 3


def test_plot_calls_draws_model_calls_only(mixed):
    ax = plot_calls(mixed, by="user").axes[0]
    assert sum(p.get_height() for p in ax.patches) == 3
    assert {t.get_text() for t in ax.get_legend().get_texts()} == {"answered", "refused"}
    assert [t.get_text() for t in ax.get_xticklabels()] == ["ana", "bo"]


@pytest.mark.parametrize("plot", [plot_tokens, plot_redactions])
def test_token_and_redaction_plots_have_no_bar_for_other_records(mixed, plot):
    ax = plot(mixed, by="user").axes[0]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["ana", "bo"]  # no "(unknown)": auth_refused


def test_a_report_footer_counts_model_calls_only(mixed, settings, tmp_path):
    from workbench.reports._run import ReportResult, _summarise_audit

    result = ReportResult(run_id=RUN, notebook=tmp_path / "r.ipynb")
    _summarise_audit(result, settings)
    assert result.calls == 2 and result.outcomes == {"answered": 1, "refused": 1}


def test_the_notebook_panel_counts_model_calls_only(mixed, settings):
    from workbench.server import WorkbenchService

    service = WorkbenchService("/srv/root", settings)
    try:
        view = service.audit("work/a.ipynb")
    finally:
        service.close()
    assert view.total == 2 and [c.outcome for c in view.cells[0].calls] == ["answered", "refused"]
