"""Access: owner, grants of read / write / admin, and refusals that say how to get a grant."""

from __future__ import annotations

import pytest

from workbench.corpus import Acl, Corpora
from workbench.errors import AccessDenied, CorpusError

from .conftest import settings_for


@pytest.fixture
def owned(tmp_path):
    home = tmp_path / "acl"
    corpora = Corpora.open(settings_for(home, user="alice"))
    corpora.get("fin").add(["Budget for 2025 is flat."], progress=False)
    return home, corpora


def test_the_owner_may_do_everything_others_nothing(owned) -> None:
    _, corpora = owned
    for right in ("read", "write", "admin"):
        corpora.authorize("alice", "fin", right)
    with pytest.raises(AccessDenied) as info:
        corpora.authorize("bob", "fin", "read")
    message = str(info.value)
    assert "'bob'" in message and "'fin'" in message and "read" in message
    assert "workbench corpus grant fin bob --right read" in message


def test_grants_are_ordered_and_revocable(owned) -> None:
    home, corpora = owned
    corpus = corpora.get("fin")
    corpus.grant("bob", "read")
    corpora.authorize("bob", "fin", "read")
    with pytest.raises(AccessDenied):
        corpora.authorize("bob", "fin", "write")
    bob = Corpora.open(settings_for(home, user="bob"))
    assert bob.search("fin", "budget", k=1)  # bob's own session, his user
    with pytest.raises(AccessDenied, match="write"):
        bob.get("fin").add(["Bob's addition."], progress=False)
    with pytest.raises(AccessDenied, match="admin"):
        bob.get("fin").grant("carol", "read")
    corpus.grant("bob", "write")
    assert Corpora.open(settings_for(home, user="bob")).get("fin").add(["Bob's addition."], progress=False).chunks_added == 1
    assert corpus.revoke("bob") and not corpus.revoke("bob")
    with pytest.raises(AccessDenied):
        Corpora.open(settings_for(home, user="bob")).search("fin", "budget")


def test_a_grant_to_everyone_and_search_with_an_explicit_user(owned) -> None:
    _, corpora = owned
    with pytest.raises(AccessDenied):
        corpora.search("fin", "budget", user="dave")
    corpora.get("fin").grant("*", "read")
    assert corpora.search("fin", "budget", user="dave")
    assert [c["name"] for c in corpora.list("dave")] == ["fin"]


def test_unknown_rights_and_owner_grants_are_errors() -> None:
    acl = Acl("alice")
    with pytest.raises(CorpusError, match="Unknown right"):
        acl.grant("bob", "delete")
    with pytest.raises(CorpusError, match="owns"):
        acl.grant("alice", "read")
