from __future__ import annotations

from typing import Any

from langchain_core.callbacks import CallbackManagerForLLMRun, CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, SystemMessage
from langchain_core.outputs import ChatGeneration, ChatResult
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict


class WorkbenchRetriever(BaseRetriever):
    """Documents from an encrypted corpus, through ``workbench.search(...)``: the pipeline's
    policy (grants), retrieve and guard steps, audited as a "retrieval" by the LangChain entry."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    workbench: Any
    corpus: str
    k: int = 5

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun) -> list[Document]:
        hits = self.workbench.search(query, corpus=self.corpus, k=self.k, entry_point="langchain")
        return [
            Document(
                page_content=hit.text,
                id=hit.chunk_id,
                metadata={"source": hit.source, "score": hit.score, "page": hit.page, "chunk_id": hit.chunk_id,
                          "start": hit.start, "end": hit.end, "corpus": self.corpus, **hit.metadata},
            )
            for hit in hits
        ]


class WorkbenchChatModel(BaseChatModel):
    """A chat model whose every call is ``workbench.ask(..., entry_point="langchain")``.

    The last human message is the prompt; system messages become the system prompt; earlier
    turns are passed as history. With ``corpus=`` the pipeline retrieves and cites sources,
    which appear in ``response_metadata["sources"]`` with the audit id.
    """

    model_config = ConfigDict(arbitrary_types_allowed=True)

    workbench: Any
    corpus: str | None = None
    k: int = 5
    model: str | None = None
    max_tokens: int | None = None
    temperature: float | None = None

    @property
    def _llm_type(self) -> str:
        return "analyst-workbench"

    @property
    def _identifying_params(self) -> dict[str, Any]:
        return {"corpus": self.corpus, "k": self.k, "model": self.model}

    def _generate(self, messages: list[BaseMessage], stop: list[str] | None = None,
                  run_manager: CallbackManagerForLLMRun | None = None, **kwargs: Any) -> ChatResult:
        prompt, system, history = _split(messages)
        answer = self.workbench.ask(
            prompt, system=system, history=history, corpus=kwargs.get("corpus", self.corpus),
            k=kwargs.get("k", self.k), model=self.model, max_tokens=self.max_tokens,
            temperature=self.temperature, entry_point="langchain",
        )
        text = answer.text
        if stop:
            cut = min((i for i in (text.find(s) for s in stop) if i >= 0), default=-1)
            text = text[:cut] if cut >= 0 else text
        metadata = {"audit_id": answer.audit_id, "sources": answer.sources, "model": answer.model,
                    "finish_reason": answer.finish_reason, "entities": answer.entities}
        usage = answer.usage or {}
        message = AIMessage(content=text, response_metadata=metadata)
        if usage.get("input_tokens") is not None and usage.get("output_tokens") is not None:
            message.usage_metadata = {"input_tokens": usage["input_tokens"], "output_tokens": usage["output_tokens"],
                                      "total_tokens": usage["input_tokens"] + usage["output_tokens"]}
        return ChatResult(generations=[ChatGeneration(message=message)], llm_output=metadata)


def _split(messages: list[BaseMessage]) -> tuple[str, str | None, list[dict[str, str]]]:
    systems = [m for m in messages if isinstance(m, SystemMessage)]
    turns = [m for m in messages if not isinstance(m, SystemMessage)]
    if not turns or not isinstance(turns[-1], HumanMessage):
        raise ValueError("The last message must be a HumanMessage (the prompt).")
    system = "\n\n".join(_text(m) for m in systems) or None
    history = [{"role": "user" if isinstance(m, HumanMessage) else "assistant", "content": _text(m)} for m in turns[:-1]]
    return _text(turns[-1]), system, history


def _text(message: BaseMessage) -> str:
    content = message.content
    if isinstance(content, str):
        return content
    return "".join(part if isinstance(part, str) else str(part.get("text", "")) for part in content)
