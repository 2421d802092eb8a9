"""The LangChain adapters go through the public Workbench API, so the one pipeline runs."""

from __future__ import annotations

from pathlib import Path

import pytest
from langchain_core.messages import AIMessage, HumanMessage, SystemMessage

import workbench
from workbench.bench import Behaviour, RecordingServer
from workbench.errors import AccessDenied
from workbench.langchain import WorkbenchChatModel, WorkbenchRetriever

PASSPHRASE = "lc passphrase"


@pytest.fixture
def wb(isolated_home: Path, monkeypatch: pytest.MonkeyPatch):
    with RecordingServer(Behaviour(models=["remote"], api_key="k", answer="Sixteen weeks [1].")) as server:
        monkeypatch.setenv("WORKBENCH_MODEL_URL", server.base_url)
        monkeypatch.setenv("WORKBENCH_MODEL", "remote")
        monkeypatch.setenv("WORKBENCH_API_KEY", "k")
        monkeypatch.setenv("WORKBENCH_PASSPHRASE", PASSPHRASE)
        monkeypatch.setenv("WORKBENCH_USER", "alice")
        w = workbench.connect(**{"privacy.enabled": False, "corpus.kdf_cost": 10})
        w.server = server
        yield w
        w.close()


def test_the_retriever_searches_through_wb_corpus(wb) -> None:
    wb.corpus("hr").add(["Parental leave is sixteen weeks.", "Expense claims take thirty days."], progress=False)
    docs = WorkbenchRetriever(workbench=wb, corpus="hr", k=1).invoke("how long is maternity leave")
    assert [d.page_content for d in docs] == ["Parental leave is sixteen weeks."]
    assert docs[0].metadata["source"] == "text-1" and len(docs[0].metadata["chunk_id"]) == 32


def test_the_retriever_respects_grants(wb, monkeypatch: pytest.MonkeyPatch) -> None:
    wb.corpus("hr").add(["Private text."], progress=False)
    monkeypatch.setenv("WORKBENCH_USER", "mallory")
    other = workbench.connect(**{"privacy.enabled": False, "audit.enabled": False, "corpus.kdf_cost": 10})
    with pytest.raises(AccessDenied, match="mallory"):
        WorkbenchRetriever(workbench=other, corpus="hr").invoke("text")


def test_the_chat_model_calls_wb_ask_with_the_langchain_entry_point(wb) -> None:
    llm = WorkbenchChatModel(workbench=wb)
    result = llm.invoke([SystemMessage("Be brief."), HumanMessage("Hi"), AIMessage("Hello."),
                         HumanMessage("How long is parental leave?")])
    assert result.content == "Sixteen weeks [1]."
    assert wb.server.requests[-1]["messages"] == [
        {"role": "system", "content": "Be brief."}, {"role": "user", "content": "Hi"},
        {"role": "assistant", "content": "Hello."}, {"role": "user", "content": "How long is parental leave?"}]
    audit_id = result.response_metadata["audit_id"]
    record = [r for r in wb.audit_log.records() if r["audit_id"] == audit_id][0]
    assert record["entry_point"] == "langchain" and record["outcome"] == "answered"


def test_the_chat_model_honours_stop_words(wb) -> None:
    assert WorkbenchChatModel(workbench=wb).invoke("Q?", stop=[" weeks"]).content == "Sixteen"


def test_the_retriever_goes_through_the_pipeline_policy_and_audit(wb, monkeypatch: pytest.MonkeyPatch) -> None:
    wb.corpus("hr").add(["Parental leave is sixteen weeks."], progress=False)
    WorkbenchRetriever(workbench=wb, corpus="hr", k=1).invoke("leave")
    record = wb.audit_log.records()[-1]
    assert (record["gen_ai.operation.name"], record["entry_point"], record["corpus"]) == ("retrieval", "langchain", "hr")
    assert len(record["chunk_ids"]) == 1 and wb.server.requests == []  # no model call
    monkeypatch.setenv("WORKBENCH_USER", "mallory")
    stranger = workbench.connect(**{"privacy.enabled": False, "corpus.kdf_cost": 10})
    with pytest.raises(workbench.WorkbenchError, match="mallory"):
        WorkbenchRetriever(workbench=stranger, corpus="hr", k=1).invoke("leave")
    assert stranger.audit_log.records()[-1]["outcome"] == "refused"
