"""Conversations: turns kept as they were sent (placeholders in), restored only for display.

    conv = wb.conversation(system="You are a careful analyst.")
    conv.ask("My colleague Maria Gonzalez owns the churn model.")
    conv.ask("What should I ask Gonzalez first?")     # turn 1 travels as history, redacted
    conv.messages                                     # exactly what the next call sends as history
    conv.id                                           # in every audit record of its calls
    conv.save("churn"); wb.conversation(name="churn") # encrypted at rest; survives a kernel restart

Every call goes through the one pipeline (``Workbench._call``); the session vault is shared by
all turns, so a value keeps its placeholder for the whole conversation. A long conversation is
kept inside the model's context by dropping (or summarising) its oldest turns; ``preview()`` shows
what would be dropped before anything is sent.
"""

from __future__ import annotations

import json
import os
import re
import threading
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator

from .errors import ConfigError, IntegrityError, NotAvailable
from .pipeline import Answer, CellContext, Delta

if TYPE_CHECKING:
    from ._api import Workbench

_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
TRIM_POLICIES = ("drop-oldest", "summarise", "error")


@dataclass
class Turn:
    """One exchange as it left and came back: placeholders in, never a real value."""

    prompt: str  # the question as sent (redacted, without the sources block)
    answer: str  # the answer as the model wrote it (placeholders in)
    audit_id: str | None = None
    sources: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class Preview:
    """What the next call would send as history, and which old turns would be left out."""

    history: list[dict[str, str]]
    dropped: int
    summary: str | None = None


class Conversation:
    """A dialogue with the model through the pipeline. Build it with ``wb.conversation()``."""

    def __init__(self, workbench: Workbench, *, system: str | None = None, corpus: str | None = None,
                 k: int = 5, name: str | None = None, id: str | None = None,
                 context: CellContext | None = None, entry_point: str | None = None) -> None:
        self._wb = workbench
        self.id = id or uuid.uuid4().hex
        self.name = name
        self.system = system
        self.corpus = corpus
        self.k = k
        self.turns: list[Turn] = []
        self.summary: str | None = None  # of turns dropped by "summarise" (placeholders in)
        self._context = context  # pinned (the chat panel: the cell that opened it), else per call
        self._entry_point = entry_point
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"<Conversation id={self.id[:8]} turns={len(self.turns)}>"

    # -- what is sent ------------------------------------------------------------------------

    @property
    def messages(self) -> list[dict[str, str]]:
        """The conversation so far, exactly as it is sent as history (placeholders in)."""
        out: list[dict[str, str]] = []
        if self.summary:
            out.append({"role": "user", "content": f"(Summary of our earlier turns: {self.summary})"})
        for turn in self.turns:
            out += [{"role": "user", "content": turn.prompt}, {"role": "assistant", "content": turn.answer}]
        return out

    def preview(self, prompt: str = "") -> Preview:
        """The history the next call sends, trimmed to fit the model's context window."""
        budget = _history_budget(self._wb.settings, prompt, self.system)
        messages = self.messages
        head, pairs = (messages[:1], messages[1:]) if self.summary else ([], messages)
        dropped = 0
        while pairs and _tokens(head + pairs) > budget:
            pairs, dropped = pairs[2:], dropped + 1
        history = head + pairs
        return Preview(history=history, dropped=dropped, summary=self.summary)

    def display(self) -> list[dict[str, str]]:
        """The turns with real values put back, for showing to the user (never sent)."""
        restore = self._wb.restore
        out = []
        for turn in self.turns:
            out += [{"role": "user", "content": restore(turn.prompt)},
                    {"role": "assistant", "content": restore(turn.answer)}]
        return out

    # -- asking ------------------------------------------------------------------------------

    def ask(self, prompt: str, *, stream: Any = None, cancel: threading.Event | None = None,
            **options: Any) -> Answer:
        """One turn: the earlier turns travel as history (redacted); returns the Answer."""
        with self._lock:
            history = self._history_for(prompt)
            options.setdefault("corpus", self.corpus)
            options.setdefault("k", self.k)
            options.setdefault("system", self.system)
            answer = self._wb._call(prompt, history=history, history_sent=True, stream=stream,
                                    cancel=cancel, conversation_id=self.id, context=self._context,
                                    entry_point=options.pop("entry_point", None) or self._entry_point,
                                    **options)
            self.turns.append(Turn(prompt=answer.prompt_sent or prompt, answer=answer.received,
                                   audit_id=answer.audit_id, sources=answer.sources))
            if self.name:
                self.save()
            return answer

    def stream(self, prompt: str, **options: Any) -> Iterator[Delta]:
        """Yield the answer's pieces; closing the iterator (``break``) stops the call upstream."""
        return self._wb._stream_call(lambda on_delta, cancel: self.ask(prompt, stream=on_delta, cancel=cancel,
                                                                       **options))

    def _history_for(self, prompt: str) -> list[dict[str, str]]:
        policy = _trim_policy(self._wb.settings)
        view = self.preview(prompt)
        if not view.dropped:
            return view.history
        if policy == "error":
            raise ConfigError(
                f"This conversation no longer fits the model's context ({len(self.turns)} turns). Start a new "
                "one (wb.conversation()), or set [conversation] trim = \"drop-oldest\" or \"summarise\"."
            )
        if policy == "summarise":
            self._summarise(view.dropped)
            return self.preview(prompt).history
        return view.history

    def _summarise(self, n_turns: int) -> None:
        """Fold the oldest turns into one short summary (a model call of its own, audited)."""
        old, self.turns = self.turns[:n_turns], self.turns[n_turns:]
        text = "\n".join(f"Q: {t.prompt}\nA: {t.answer}" for t in old)
        prior = f"Earlier summary: {self.summary}\n" if self.summary else ""
        answer = self._wb._call(f"{prior}Summarise these turns in at most five sentences, keeping every "
                                f"placeholder such as <PERSON_1> exactly as written:\n{text}",
                                history=[], history_sent=True, conversation_id=self.id,
                                context=self._context, entry_point=self._entry_point)
        self.summary = answer.received.strip()

    # -- persistence (encrypted at rest) -----------------------------------------------------

    def save(self, name: str | None = None) -> Path:
        """Save the conversation, encrypted (AES-256-GCM), with the vault entries its turns use,
        so ``wb.conversation(name=...)`` continues it after a kernel restart."""
        self.name = _check_name(name or self.name or self.id[:12])
        turns = [t.__dict__ for t in self.turns]
        used = set(re.findall(r"<[A-Z][A-Z_]*[A-Z]_\d+>", json.dumps([turns, self.summary, self.system])))
        payload = {"v": 1, "id": self.id, "name": self.name, "system": self.system, "corpus": self.corpus,
                   "k": self.k, "summary": self.summary, "turns": turns,
                   "vault": self._wb._vault_entries(used)}
        return _store(self._wb.settings).write(self.name, json.dumps(payload).encode())

    @classmethod
    def load(cls, workbench: Workbench, name: str, **options: Any) -> Conversation:
        data = json.loads(_store(workbench.settings).read(_check_name(name)))
        conv = cls(workbench, system=data.get("system"), corpus=data.get("corpus"), k=data.get("k", 5),
                   name=data["name"], id=data["id"], **options)
        conv.summary = data.get("summary")
        conv.turns = [Turn(**t) for t in data.get("turns", [])]
        workbench._adopt_vault_entries([tuple(e) for e in data.get("vault", [])])
        return conv


def saved_exists(settings: Any, name: str) -> bool:
    return _store(settings).path(_check_name(name)).exists()


# -- context budget ----------------------------------------------------------------------------

def _tokens(messages: list[dict[str, str]]) -> int:
    """A cheap, generous token estimate: ~4 bytes per token for Latin text, 1 per CJK character."""
    total = 0
    for m in messages:
        text = m.get("content") or ""
        cjk = sum(1 for ch in text if "\u3000" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af")
        total += cjk + (len(text.encode()) - 3 * cjk) // 4 + 4
    return total


def _history_budget(settings: Any, prompt: str, system: str | None) -> int:
    conv = getattr(settings, "conversation", None)
    limit = getattr(conv, "max_history_tokens", None)
    if limit:
        return int(limit)
    context = settings.vllm.max_model_len if settings.model.engine == "vllm" else settings.llamacpp.n_ctx
    context = context or 4096
    # room for the answer, the question, the system prompt and retrieved sources (k chunks)
    reserve = (settings.model.max_tokens or 512) + _tokens([{"content": prompt}, {"content": system or ""}])
    reserve += 5 * settings.corpus.chunk_tokens
    return max(256, context - reserve)


def _trim_policy(settings: Any) -> str:
    policy = getattr(getattr(settings, "conversation", None), "trim", "drop-oldest")
    if policy not in TRIM_POLICIES:
        raise ConfigError(f"conversation.trim is {policy!r}; choose one of {', '.join(TRIM_POLICIES)}.")
    return policy


# -- the encrypted store -----------------------------------------------------------------------

def _check_name(name: str) -> str:
    if not _NAME.match(name or ""):
        raise ConfigError(f"{name!r} is not a conversation name: use letters, digits, '.', '_' or '-' (max 64).")
    return name


class _Store:
    """``WORKBENCH_HOME/conversations/NAME.wbconv``: AES-256-GCM under a key file (0600) that
    never leaves the home. Protects saved conversations in backups and synced folders; the user
    who owns the home can read their own conversations, as they should."""

    def __init__(self, home: Path) -> None:
        self.folder = home / "conversations"
        self.key_path = home / "keys" / "conversations.key"

    def path(self, name: str) -> Path:
        return self.folder / f"{name}.wbconv"

    def _key(self) -> bytes:
        from .config import ensure_private_dir

        if self.key_path.exists():
            key = self.key_path.read_bytes()
            if len(key) != 32:
                raise IntegrityError(f"{self.key_path} is damaged (not 32 bytes); restore it from a backup — "
                                     "saved conversations cannot be read without it.")
            return key
        ensure_private_dir(self.key_path.parent)
        key = os.urandom(32)
        fd = os.open(self.key_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(key)
        return key

    def _sealer(self) -> Any:
        """The workbench's one AES-256-GCM sealer (``workbench.corpus.Sealer``), with the
        conversations' magic: the format (``WBV1 | nonce | ciphertext+tag``, associated data = the
        name) is the one this store wrote with its own AES-GCM code before."""
        from .corpus import CONVERSATION_MAGIC, Sealer

        return Sealer(self._key(), magic=CONVERSATION_MAGIC,
                      remedy="it cannot be read (it was altered, belongs to another name, or its key is gone); "
                             "restore it and keys/conversations.key from a backup, or start a new conversation")

    def write(self, name: str, data: bytes) -> Path:
        from .config import ensure_private_dir

        ensure_private_dir(self.folder)
        blob = self._sealer().seal(data, name.encode())
        path = self.path(name)
        tmp = path.with_suffix(".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(blob)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        return path

    def read(self, name: str) -> bytes:
        path = self.path(name)
        if not path.exists():
            raise NotAvailable(f"No saved conversation {name!r} in {self.folder}; wb.conversation() starts one.")
        if not self.key_path.exists():  # never make a new key to read an old file
            raise IntegrityError(f"{path} cannot be read: its key {self.key_path} is gone; restore keys/ from a "
                                 "backup, or start a new conversation.")
        return self._sealer().open(path.read_bytes(), name.encode(), what=str(path))


def _store(settings: Any) -> _Store:
    return _Store(Path(settings.home))
