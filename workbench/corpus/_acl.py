"""Access control: each corpus has an owner and grants of read / write / admin to users.

Rights are ordered: admin includes write, write includes read. The owner holds admin. A grant to
``"*"`` applies to every user; a grant to ``"group:NAME"`` to every member of that group, as the
authenticator says (the gateway: JupyterHub groups), never to a user who calls himself that. The ACL is stored inside the corpus's encrypted metadata, so it
cannot be edited on disk without failing the integrity check.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable

from ..errors import AccessDenied, CorpusError

RIGHTS = ("read", "write", "admin")
EVERYONE = "*"
GROUP = "group:"


@dataclass
class Acl:
    owner: str
    grants: dict[str, str] = field(default_factory=dict)

    def right_of(self, user: str, groups: Iterable[str] = ()) -> str | None:
        if user == self.owner and not user.startswith(GROUP):
            return "admin"
        keys = [EVERYONE, *(GROUP + g for g in groups)] + ([] if user.startswith(GROUP) else [user])
        rights = [r for r in (self.grants.get(k) for k in keys) if r]
        return max(rights, key=RIGHTS.index) if rights else None

    def allows(self, user: str, right: str, groups: Iterable[str] = ()) -> bool:
        check(right)
        have = self.right_of(user, groups)
        return have is not None and RIGHTS.index(have) >= RIGHTS.index(right)

    def require(self, user: str, corpus: str, right: str, groups: Iterable[str] = ()) -> None:
        if not self.allows(user, right, groups):
            raise AccessDenied(
                f"User {user!r} has no {right} access to corpus {corpus!r}. Ask its owner "
                f"({self.owner!r}) or an admin to run: workbench corpus grant {corpus} {user} --right {right}"
            )

    def grant(self, user: str, right: str) -> None:
        check(right)
        if user == self.owner:
            raise CorpusError(f"{user!r} owns this corpus and holds every right already.")
        self.grants[user] = right

    def revoke(self, user: str) -> bool:
        return self.grants.pop(user, None) is not None

    def as_dict(self) -> dict[str, object]:
        return {"owner": self.owner, "grants": dict(sorted(self.grants.items()))}

    @classmethod
    def from_dict(cls, data: dict) -> Acl:
        return cls(owner=str(data["owner"]), grants={str(k): str(v) for k, v in data.get("grants", {}).items()})


def check(right: str) -> str:
    if right not in RIGHTS:
        raise CorpusError(f"Unknown right {right!r}; choose one of {', '.join(RIGHTS)}.")
    return right
