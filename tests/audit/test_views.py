import pytest

matplotlib = pytest.importorskip("matplotlib")
matplotlib.use("Agg")

from matplotlib.figure import Figure  # noqa: E402

from workbench.audit import calls_by, calls_by_cell, plot_calls, plot_redactions, plot_tokens  # noqa: E402


@pytest.fixture
def records(make_record):
    return [
        make_record(cell_id="aaaaaaaa-1", execution_count=1, redaction={"PERSON": 2}),
        make_record(cell_id="aaaaaaaa-1", execution_count=4, outcome="failed", **{"gen_ai.usage.input_tokens": 3}),
        make_record(cell_id="bbbbbbbb-2", execution_count=2, user="bo", time="2026-01-03T00:00:00.000Z",
                    redaction={"PHONE_NUMBER": 1, "PERSON": 1}),
        make_record(cell_id=None, notebook_path=None, script_path="/x/report.py", script_line=12),
        make_record(notebook_path="other.ipynb", cell_id="cccc"),
    ]


def test_calls_by_cell_groups_and_sums(records):
    table = calls_by_cell(records, notebook="work/a.ipynb")
    rows = table.to_dicts()
    assert [r["cell"] for r in rows] == ["[4] aaaaaaaa", "[2] bbbbbbbb"]
    assert rows[0]["calls"] == 2 and rows[0]["answered"] == 1 and rows[0]["failed"] == 1
    assert rows[0]["input_tokens"] == 13 and rows[0]["redacted"] == "PERSON=3"
    assert rows[1]["redacted"] == "PERSON=1, PHONE_NUMBER=1"
    assert "<table>" in table._repr_html_() and "aaaaaaaa" in str(table)


def test_calls_by_script_line_user_and_day(records):
    assert "report.py:12" in [r["cell"] for r in calls_by_cell(records).to_dicts()]
    assert {r["user"]: r["calls"] for r in calls_by(records, "user").to_dicts()} == {"ana": 4, "bo": 1}
    assert [r["day"] for r in calls_by(records, "day").to_dicts()] == ["2026-01-02", "2026-01-03"]
    with pytest.raises(ValueError, match="cannot group by"):
        calls_by(records, "hour")


@pytest.mark.parametrize("plot", [plot_calls, plot_tokens, plot_redactions])
@pytest.mark.parametrize("by", ["cell", "user", "day"])
def test_plots_return_figures_with_one_bar_per_group(records, plot, by):
    fig = plot(records, by=by)
    assert isinstance(fig, Figure)
    ax = fig.axes[0]
    groups = len(calls_by(records, by))
    assert len(ax.get_xticks()) == groups
    assert len(ax.patches) % groups == 0 and ax.patches
    fig.canvas.draw()  # renders with Agg without error


def test_plot_heights_match_table(records):
    fig = plot_calls(records, by="user")
    heights = {}
    for patch, label in zip(fig.axes[0].patches, ["ana", "bo"] * 10):
        heights[label] = heights.get(label, 0) + patch.get_height()
    assert heights == {"ana": 4, "bo": 1}


def test_views_read_from_a_log(log, records):
    for rec in records:
        log.append(rec)
    assert len(calls_by_cell(log, notebook="work/a.ipynb")) == 2
    assert isinstance(plot_tokens(log), Figure)
