"""LangChain adapters that go through the one pipeline.

    from workbench.langchain import WorkbenchChatModel, WorkbenchRetriever
    wb = workbench.connect()
    llm = WorkbenchChatModel(workbench=wb, corpus="hr")       # wb.ask(..., entry_point="langchain")
    retriever = WorkbenchRetriever(workbench=wb, corpus="hr", k=4)   # wb.search(..., corpus="hr")

The chat model never talks to the model server itself: every call is ``wb.ask``, so policy,
retrieval, redaction, restore and the audit record all happen. The retriever goes through
``wb.search``: the pipeline's policy, retrieve and guard steps, and one "retrieval" audit record.
"""

from ._adapters import WorkbenchChatModel, WorkbenchRetriever

__all__ = ["WorkbenchChatModel", "WorkbenchRetriever"]
