"""LangChain adapters that go through the one pipeline.

    from workbench.langchain import WorkbenchChatModel, WorkbenchRetriever
    wb = workbench.connect()
    llm = WorkbenchChatModel(workbench=wb, corpus="hr")       # wb.ask(..., entry_point="langchain")
    retriever = WorkbenchRetriever(workbench=wb, corpus="hr", k=4)   # wb.search(..., corpus="hr")

The chat model never talks to the model server itself: every call is ``wb.ask``, so policy,
retrieval, redaction, restore and the audit record all happen. The retriever goes through
``wb.search``: the pipeline's policy, retrieve and guard steps, and one "retrieval" audit record.

LangChain's callbacks and tracers (LangSmith, Langfuse, ...) may send what they see off the
host, so they see only the redacted form: the chat model's messages and answer carry the
session's placeholders (the message ``invoke`` returns is restored; ``restore=False`` keeps the
placeholders through a chain, then ``wb.restore(text)``), and the retriever's query and passages
are redacted (``WorkbenchRetriever(..., plaintext=True)`` opts in to decrypted passages). What
you pass *into* a chain is yours: a chain's tracer records its input as given.
"""

from ._adapters import WorkbenchChatModel, WorkbenchRetriever

__all__ = ["WorkbenchChatModel", "WorkbenchRetriever"]
