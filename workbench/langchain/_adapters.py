"""The LangChain retriever and chat model. LangChain is a third party inside the kernel: its
callbacks and tracers (LangSmith, Langfuse, a StdOut handler) are called with every message and
document, and may send them off the host. So nothing reaches LangChain unredacted:

- the chat model redacts its input where LangChain converts it (``_convert_input``: invoke,
  stream, batch, stream_events) and in ``generate``/``agenerate``, *before* ``on_chat_model_start``;
  the pipeline gets the real text back from the session vault, so policy, redaction counts and
  the audit record are as for ``wb.ask``; the generation LangChain records (``on_llm_end``) is
  the answer with placeholders; only the message ``invoke``/``ainvoke`` returns is restored;
- the retriever redacts the query before ``on_retriever_start`` and returns redacted passages;
  ``plaintext=True`` opts in to decrypted text.
"""

from __future__ import annotations

import uuid
from collections import OrderedDict
from typing import Any

from langchain_core.callbacks import CallbackManagerForLLMRun, CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, SystemMessage
from langchain_core.outputs import ChatGeneration, ChatResult
from langchain_core.prompt_values import ChatPromptValue, PromptValue
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict, PrivateAttr

from ..errors import NotAvailable

_KEEP = 256  # restored answers kept for invoke() to return (a generate() caller never collects its own)


class _Redactor:
    """Redaction through one Workbench's session vault, remembering what it produced so a text
    that went through once (invoke -> generate) is not analysed twice."""

    def __init__(self, workbench: Any) -> None:
        self.workbench = workbench
        self._done: OrderedDict[str, None] = OrderedDict()

    @property
    def enabled(self) -> bool:
        return bool(self.workbench.settings.privacy.enabled)

    def text(self, text: str) -> str:
        if not self.enabled or not text or text in self._done:
            return text
        out = self.workbench.redact(text).text
        self._done[out] = None
        while len(self._done) > _KEEP:
            self._done.popitem(last=False)
        return out

    def message(self, message: BaseMessage) -> BaseMessage:
        content = message.content
        if isinstance(content, str):
            new: Any = self.text(content)
        else:
            new = [self.text(p) if isinstance(p, str) else
                   ({**p, "text": self.text(str(p["text"]))} if isinstance(p, dict) and "text" in p else p)
                   for p in content]
        return message if new == content else message.model_copy(update={"content": new})

    def restore(self, text: str) -> str:
        return self.workbench.restore(text) if self.enabled else text


class WorkbenchRetriever(BaseRetriever):
    """Documents from an encrypted corpus, through ``workbench.search(...)``: the pipeline's
    policy (grants), retrieve and guard steps, audited as a "retrieval" by the LangChain entry.

    Passages come back redacted with the session's placeholders (the same ones
    :class:`WorkbenchChatModel` restores), and the query LangChain's callbacks see is redacted
    too. ``plaintext=True`` returns the decrypted text instead: then every callback and tracer
    of the chain receives the corpus's personal data. With ``[privacy] enabled = false`` nothing
    can be redacted, so the retriever refuses unless ``plaintext=True``.
    """

    model_config = ConfigDict(arbitrary_types_allowed=True)

    workbench: Any
    corpus: str
    k: int = 5
    plaintext: bool = False  # opt in to decrypted passages (personal data reaches LangChain)
    _redactor: _Redactor | None = PrivateAttr(default=None)

    def _red(self) -> _Redactor:
        if self._redactor is None or self._redactor.workbench is not self.workbench:
            self._redactor = _Redactor(self.workbench)
        red = self._redactor
        if not red.enabled and not self.plaintext:
            raise NotAvailable(
                "The LangChain retriever returns redacted passages, but redaction is turned off "
                "([privacy] enabled = false). Turn privacy on, or pass plaintext=True to hand "
                "decrypted text to LangChain (its callbacks and tracers will see it).")
        return red

    def invoke(self, input: str, config: Any = None, **kwargs: Any) -> list[Document]:
        return super().invoke(self._red().text(input), config, **kwargs)

    async def ainvoke(self, input: str, config: Any = None, **kwargs: Any) -> list[Document]:
        return await super().ainvoke(self._red().text(input), config, **kwargs)

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun) -> list[Document]:
        red = self._red()
        hits = self.workbench.search(red.restore(query), corpus=self.corpus, k=self.k, entry_point="langchain")
        docs = []
        for hit in hits:
            text = hit.text if self.plaintext else red.text(hit.text)
            docs.append(Document(
                page_content=text,
                id=hit.chunk_id,
                metadata={"source": hit.source, "score": hit.score, "page": hit.page, "chunk_id": hit.chunk_id,
                          "start": hit.start, "end": hit.end, "corpus": self.corpus,
                          "redacted": red.enabled and not self.plaintext, **hit.metadata},
            ))
        return docs


class WorkbenchChatModel(BaseChatModel):
    """A chat model whose every call is ``workbench.ask(..., entry_point="langchain")``.

    The last human message is the prompt; system messages become the system prompt; earlier
    turns are passed as history. With ``corpus=`` the pipeline retrieves and cites sources,
    which appear in ``response_metadata["sources"]`` with the audit id.

    LangChain's callbacks and tracers see the messages and the answer with placeholders. The
    message ``invoke``/``ainvoke`` (and ``stream``, ``batch``) return is restored for you to read;
    in a chain that message is the next step's input, so a tracer of the *chain* records it
    restored: set ``restore=False`` to keep placeholders all the way through the chain, and
    restore its final output with ``workbench.restore(text)``. ``generate``/``agenerate``
    return the placeholder form.
    """

    model_config = ConfigDict(arbitrary_types_allowed=True)

    workbench: Any
    corpus: str | None = None
    k: int = 5
    model: str | None = None
    max_tokens: int | None = None
    temperature: float | None = None
    restore: bool = True  # restore the message invoke() returns (False: placeholders through the chain)
    _redactor: _Redactor | None = PrivateAttr(default=None)
    _answers: OrderedDict[str, str] = PrivateAttr(default_factory=OrderedDict)

    @property
    def _llm_type(self) -> str:
        return "analyst-workbench"

    @property
    def _identifying_params(self) -> dict[str, Any]:
        return {"corpus": self.corpus, "k": self.k, "model": self.model}

    def _red(self) -> _Redactor:
        if self._redactor is None or self._redactor.workbench is not self.workbench:
            self._redactor = _Redactor(self.workbench)
        return self._redactor

    # -- redaction before LangChain sees anything ----------------------------------------------

    def _convert_input(self, model_input: Any) -> PromptValue:
        value = super()._convert_input(model_input)
        red = self._red()
        return ChatPromptValue(messages=[red.message(m) for m in value.to_messages()])

    def generate(self, messages: list[list[BaseMessage]], *args: Any, **kwargs: Any) -> Any:
        red = self._red()
        return super().generate([[red.message(m) for m in batch] for batch in messages], *args, **kwargs)

    async def agenerate(self, messages: list[list[BaseMessage]], *args: Any, **kwargs: Any) -> Any:
        red = self._red()
        return await super().agenerate([[red.message(m) for m in batch] for batch in messages], *args, **kwargs)

    def invoke(self, input: Any, config: Any = None, *, stop: list[str] | None = None, **kwargs: Any) -> AIMessage:
        return self._restored(super().invoke(input, config, stop=stop, **kwargs))

    async def ainvoke(self, input: Any, config: Any = None, *, stop: list[str] | None = None,
                      **kwargs: Any) -> AIMessage:
        return self._restored(await super().ainvoke(input, config, stop=stop, **kwargs))

    def _restored(self, message: AIMessage) -> AIMessage:
        text = self._answers.pop(message.id, None) if message.id else None
        if not self.restore or text is None:
            return message
        return message.model_copy(update={"content": text})

    # -- the call ---------------------------------------------------------------------------

    def _generate(self, messages: list[BaseMessage], stop: list[str] | None = None,
                  run_manager: CallbackManagerForLLMRun | None = None, **kwargs: Any) -> ChatResult:
        red = self._red()
        prompt, system, history = _split(messages)  # redacted: what LangChain holds
        # the pipeline gets the real text back from the vault and redacts it itself (same
        # placeholders), so its policy, redaction counts and audit record are those of wb.ask
        answer = self.workbench.ask(
            red.restore(prompt), system=red.restore(system) if system else None,
            history=[{**turn, "content": red.restore(turn["content"])} for turn in history],
            corpus=kwargs.get("corpus", self.corpus), k=kwargs.get("k", self.k), model=self.model,
            max_tokens=self.max_tokens, temperature=self.temperature, entry_point="langchain",
        )
        # what LangChain records: the answer as the model wrote it (placeholders in), with any
        # personal data the model added redacted as well
        seen = red.text(getattr(answer, "received", "") or answer.text)
        visible = answer.text
        if stop:
            seen, visible = _cut(seen, stop), _cut(visible, stop)
        metadata = {"audit_id": answer.audit_id, "sources": answer.sources, "model": answer.model,
                    "finish_reason": answer.finish_reason, "entities": answer.entities}
        usage = answer.usage or {}
        message = AIMessage(content=seen, response_metadata=metadata, id=f"workbench-{uuid.uuid4().hex}")
        if usage.get("input_tokens") is not None and usage.get("output_tokens") is not None:
            message.usage_metadata = {"input_tokens": usage["input_tokens"], "output_tokens": usage["output_tokens"],
                                      "total_tokens": usage["input_tokens"] + usage["output_tokens"]}
        self._answers[message.id] = visible  # type: ignore[index]
        while len(self._answers) > _KEEP:
            self._answers.popitem(last=False)
        return ChatResult(generations=[ChatGeneration(message=message)], llm_output=metadata)


def _cut(text: str, stop: list[str]) -> str:
    cut = min((i for i in (text.find(s) for s in stop) if i >= 0), default=-1)
    return text[:cut] if cut >= 0 else text


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
