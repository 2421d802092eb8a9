"""The LangChain adapters go through the public Workbench API, so the one pipeline runs; and
LangChain's callbacks and tracers never see personal data (issue 12, item 6)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from langchain_core.callbacks import BaseCallbackHandler
from langchain_core.messages import AIMessage, HumanMessage, SystemMessage
from langchain_core.output_parsers import StrOutputParser
from langchain_core.prompts import ChatPromptTemplate
from langchain_core.runnables import RunnablePassthrough

import workbench
from workbench.bench import Behaviour, RecordingServer
from workbench.errors import AccessDenied, NotAvailable
from workbench.langchain import WorkbenchChatModel, WorkbenchRetriever

PASSPHRASE = "lc passphrase"
FAST = {"corpus.kdf_cost": 10}
PII = ["Li Wei", "li.wei@example.com", "+86 138 0013 8000"]
CHUNK = "Parental leave is sixteen weeks. Ask Li Wei (li.wei@example.com, +86 138 0013 8000) for forms."


class Recorder(BaseCallbackHandler):
    """A real LangChain callback handler, as a tracer would be: it keeps everything it is given."""

    def __init__(self) -> None:
        self.seen: list[str] = []
        self.events: list[str] = []

    def _keep(self, event: str, *args: Any, **kwargs: Any) -> None:
        self.events.append(event)
        self.seen.append(repr((args, kwargs)))

    def on_chat_model_start(self, *args: Any, **kwargs: Any) -> None:
        self._keep("chat_model_start", *args, **kwargs)

    def on_llm_end(self, *args: Any, **kwargs: Any) -> None:
        self._keep("llm_end", *args, **kwargs)

    def on_retriever_start(self, *args: Any, **kwargs: Any) -> None:
        self._keep("retriever_start", *args, **kwargs)

    def on_retriever_end(self, *args: Any, **kwargs: Any) -> None:
        self._keep("retriever_end", *args, **kwargs)

    def on_chain_start(self, *args: Any, **kwargs: Any) -> None:
        self._keep("chain_start", *args, **kwargs)

    def on_chain_end(self, *args: Any, **kwargs: Any) -> None:
        self._keep("chain_end", *args, **kwargs)

    def leaked(self) -> list[str]:
        text = "\n".join(self.seen)
        return [value for value in PII if value in text]


def _connect(server: RecordingServer, monkeypatch: pytest.MonkeyPatch, **overrides: Any):
    monkeypatch.setenv("WORKBENCH_MODEL_URL", server.base_url)
    monkeypatch.setenv("WORKBENCH_MODEL", "remote")
    monkeypatch.setenv("WORKBENCH_API_KEY", "k")
    monkeypatch.setenv("WORKBENCH_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("WORKBENCH_USER", "alice")
    w = workbench.connect(**{**FAST, **overrides})
    w.server = server
    return w


@pytest.fixture
def wb(isolated_home: Path, monkeypatch: pytest.MonkeyPatch):
    """Privacy off: the pipeline plumbing."""
    with RecordingServer(Behaviour(models=["remote"], api_key="k", answer="Sixteen weeks [1].")) as server:
        w = _connect(server, monkeypatch, **{"privacy.enabled": False})
        yield w
        w.close()


ANSWER = "I will write to <PERSON_1> at <EMAIL_ADDRESS_1> today."


@pytest.fixture
def private(isolated_home: Path, monkeypatch: pytest.MonkeyPatch):
    """Privacy on (the default)."""
    with RecordingServer(Behaviour(models=["remote"], api_key="k", answer=ANSWER)) as server:
        w = _connect(server, monkeypatch)
        yield w
        w.close()


# -- through the pipeline ------------------------------------------------------------------------


def test_the_retriever_searches_through_wb_corpus(wb) -> None:
    wb.corpus("hr").add(["Parental leave is sixteen weeks.", "Expense claims take thirty days."], progress=False)
    docs = WorkbenchRetriever(workbench=wb, corpus="hr", k=1, plaintext=True).invoke("how long is maternity leave")
    assert [d.page_content for d in docs] == ["Parental leave is sixteen weeks."]
    assert docs[0].metadata["source"] == "text-1" and len(docs[0].metadata["chunk_id"]) == 32
    assert docs[0].metadata["redacted"] is False


def test_the_retriever_respects_grants(wb, monkeypatch: pytest.MonkeyPatch) -> None:
    wb.corpus("hr").add(["Private text."], progress=False)
    monkeypatch.setenv("WORKBENCH_USER", "mallory")
    other = workbench.connect(**{"privacy.enabled": False, "audit.enabled": False, **FAST})
    with pytest.raises(AccessDenied, match="mallory"):
        WorkbenchRetriever(workbench=other, corpus="hr", plaintext=True).invoke("text")


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
    WorkbenchRetriever(workbench=wb, corpus="hr", k=1, plaintext=True).invoke("leave")
    record = wb.audit_log.records()[-1]
    assert (record["gen_ai.operation.name"], record["entry_point"], record["corpus"]) == ("retrieval", "langchain", "hr")
    assert len(record["chunk_ids"]) == 1 and wb.server.requests == []  # no model call
    monkeypatch.setenv("WORKBENCH_USER", "mallory")
    stranger = workbench.connect(**{"privacy.enabled": False, **FAST})
    with pytest.raises(workbench.WorkbenchError, match="mallory"):
        WorkbenchRetriever(workbench=stranger, corpus="hr", k=1, plaintext=True).invoke("leave")
    assert stranger.audit_log.records()[-1]["outcome"] == "refused"


# -- what LangChain sees -------------------------------------------------------------------------


def test_callbacks_see_the_chat_model_s_messages_and_answer_redacted_and_the_caller_reads_it_restored(
        private) -> None:
    recorder, constructed = Recorder(), Recorder()
    llm = WorkbenchChatModel(workbench=private, callbacks=[constructed])
    prompt = "Write to Li Wei at li.wei@example.com about the Q3 figures."
    result = llm.invoke([SystemMessage("Be brief."), HumanMessage(prompt)], config={"callbacks": [recorder]})
    # restored for the caller, as wb.ask's Answer.text is (its renderer decides the Markdown)
    assert "Li Wei" in result.content and "li.wei@example.com" in result.content and "<" not in result.content
    for handler in (recorder, constructed):
        assert handler.events == ["chat_model_start", "llm_end"]
        assert handler.leaked() == []
        assert "<PERSON_1>" in handler.seen[0] and "<PERSON_1>" in handler.seen[1]  # the redacted form, not nothing
    sent = private.server.raw_bodies[-1].decode()
    assert "Li Wei" not in sent and "<PERSON_1>" in sent
    # the pipeline redacted the real prompt itself: its audit record counts what was found
    record = [r for r in private.audit_log.records() if r["audit_id"] == result.response_metadata["audit_id"]][0]
    assert record["redaction"].get("PERSON") == 1 and record["redaction"].get("EMAIL_ADDRESS") == 1
    # streaming and batches take the same way
    streamed = Recorder()
    pieces = list(llm.stream(prompt, config={"callbacks": [streamed]}))
    assert "".join(p.content for p in pieces) == result.content and streamed.leaked() == []
    batched = Recorder()
    assert [m.content for m in llm.batch([prompt, prompt], config={"callbacks": [batched]})] == [result.content] * 2
    assert batched.leaked() == [] and batched.events.count("chat_model_start") == 2


def test_generate_returns_and_reports_the_placeholder_form(private) -> None:
    recorder = Recorder()
    llm = WorkbenchChatModel(workbench=private)
    out = llm.generate([[HumanMessage("Write to Li Wei at li.wei@example.com.")]], callbacks=[recorder])
    assert out.generations[0][0].text == ANSWER
    assert recorder.leaked() == []


def test_the_retriever_returns_redacted_passages_and_callbacks_see_a_redacted_query(private) -> None:
    private.corpus("hr").add([CHUNK, "The cafeteria opens at eight."], progress=False)
    recorder = Recorder()
    retriever = WorkbenchRetriever(workbench=private, corpus="hr", k=1)
    docs = retriever.invoke("What does Li Wei say about parental leave?", config={"callbacks": [recorder]})
    (doc,) = docs
    assert "sixteen weeks" in doc.page_content and doc.metadata["redacted"] is True
    assert not any(value in doc.page_content for value in PII) and "<PERSON_1>" in doc.page_content
    assert recorder.events == ["retriever_start", "retriever_end"] and recorder.leaked() == []
    # the search itself ran on the real query (the vault gives it back): the right chunk came first
    assert private.audit_log.records()[-1]["gen_ai.operation.name"] == "retrieval"
    # opting in hands LangChain the decrypted text
    (plain,) = WorkbenchRetriever(workbench=private, corpus="hr", k=1, plaintext=True).invoke("parental leave")
    assert plain.page_content == CHUNK and plain.metadata["redacted"] is False


def test_a_rag_chain_with_tracing_never_sees_the_corpus_s_personal_data(
        isolated_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with RecordingServer(Behaviour(models=["remote"], api_key="k", echo=True)) as server:
        wb = _connect(server, monkeypatch)
        try:
            wb.corpus("hr").add([CHUNK, "The cafeteria opens at eight."], progress=False)
            retriever = WorkbenchRetriever(workbench=wb, corpus="hr", k=1)
            llm = WorkbenchChatModel(workbench=wb, restore=False)  # placeholders all through the chain
            prompt = ChatPromptTemplate.from_messages([("human", "Context: {context}\n\nQuestion: {question}")])
            chain = ({"context": retriever | (lambda docs: "\n".join(d.page_content for d in docs)),
                      "question": RunnablePassthrough()} | prompt | llm | StrOutputParser())
            tracer = Recorder()
            out = chain.invoke("How long is parental leave?", config={"callbacks": [tracer]})
            assert {"chain_start", "retriever_start", "retriever_end", "chat_model_start", "llm_end"} <= set(tracer.events)
            assert tracer.leaked() == []
            assert "<PERSON_1>" in out and "Li Wei" not in out  # the echo of what was sent
            assert "Li Wei" in wb.restore(out)  # restored outside LangChain, for the analyst
            assert not any(value in server.raw_bodies[-1].decode() for value in PII)
        finally:
            wb.close()


def test_with_privacy_off_the_retriever_refuses_unless_plaintext_is_asked_for(wb) -> None:
    wb.corpus("hr").add(["Parental leave is sixteen weeks."], progress=False)
    with pytest.raises(NotAvailable, match="plaintext=True"):
        WorkbenchRetriever(workbench=wb, corpus="hr", k=1).invoke("leave")
