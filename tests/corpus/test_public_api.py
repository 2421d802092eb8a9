import workbench.corpus as corpus
import workbench.langchain as lc


def test_public_names_are_exactly_all() -> None:
    public = {n for n in vars(corpus) if not n.startswith("_")} - {"annotations"}
    modules = {n for n in public if type(getattr(corpus, n)).__name__ == "module"}
    assert set(corpus.__all__) == public - modules
    assert {"Corpora", "Corpus", "Hit", "IngestReport", "KeyProvider"} <= set(corpus.__all__)
    assert lc.__all__ == ["WorkbenchChatModel", "WorkbenchRetriever"]
