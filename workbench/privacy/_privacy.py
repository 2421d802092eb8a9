"""``Privacy``: find personal data, pseudonymise it through a session vault, restore answers."""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field
from typing import Any, Iterable

from ..errors import ConfigError, RedactionBlocked, RedactionError
from . import _carriers, _engine, _gazetteer, _over15, _rec_address14, _rec_ids14, _rec_names12, _rec_names15
from ._known import within_known  # the vault as a recognizer (vault engineer, round seven)
from ._over9 import not_personal  # round nine, second pass (P6)
from ._policy import BLOCK, KEEP, MASK, PSEUDONYMISE, resolve_policy
from ._rec_address_countries import city_states as _city_states
from ._rec_address_countries import country_spans as _address_countries
from ._restore import PLACEHOLDER, Restorer, restore
from ._vault import SessionVault

# Ties between overlapping spans of the same length go to the more specific type.
_PRIORITY = {
    t: i
    for i, t in enumerate(
        (
            "PRIVATE_KEY", "API_KEY", "ACCESS_TOKEN", "PASSWORD", "CN_RESIDENT_ID", "CN_USCC",
            "IBAN_CODE", "CREDIT_CARD", "CN_BANK_CARD", "US_SSN", "ID_NUMBER", "EMAIL_ADDRESS", "CN_MOBILE",
            "PHONE_NUMBER", "IP_ADDRESS", "ADDRESS", "PERSON", "LOCATION",
        )
    )
}

_PUBLIC_PLACES_EN = frozenset(
    w.strip()
    for w in (
        "africa,america,americas,asia,europe,oceania,antarctica,eu,emea,apac,latam,china,usa,us,"
        "u.s.,u.s.a.,uk,u.k.,britain,great britain,england,scotland,wales,ireland,france,germany,"
        "japan,korea,south korea,india,canada,australia,italy,spain,brazil,mexico,russia,"
        "singapore,switzerland,sweden,norway,denmark,finland,netherlands,belgium,austria,poland,"
        "portugal,greece,turkey,israel,egypt,nigeria,kenya,south africa,argentina,chile,"
        "colombia,peru,indonesia,vietnam,thailand,malaysia,philippines,taiwan,hong kong,"
        "new zealand,saudi arabia,uae,united states,united kingdom,north america,south america,"
        "latin america,middle east,asia pacific,european union,the united states,"
        "the united kingdom,the us,the uk,the eu,the u.s.,the netherlands,the middle east,"
        "north,south,east,west,northeast,northwest,southeast,southwest,central,midwest,nordics,benelux,dach"
    ).split(",")
)


_NER_TYPES = frozenset({"PERSON", "LOCATION", "NRP", "ORGANIZATION"})
_SHAPE_RECOGNIZERS = frozenset({"NameShapeRecognizer"})


@dataclass(frozen=True)
class Entity:
    """One item found in the input: where, what type, and what was done. Never its value."""

    type: str
    start: int
    end: int
    action: str
    placeholder: str | None = None
    score: float = 0.0


@dataclass(frozen=True)
class Redaction:
    """The result of :meth:`Privacy.redact`: ``text`` is exactly what will be sent."""

    text: str
    entities: list[Entity] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def changed(self) -> bool:
        return bool(self.counts)

    def __repr__(self) -> str:
        return f"Redaction(chars={len(self.text)}, counts={self.counts})"


class Privacy:
    """Pseudonymisation for one configuration. Cheap to create; the analyzer is shared, built once.

    ``settings`` is a :class:`workbench.config.PrivacySettings` (or anything with ``enabled``,
    ``score_threshold`` and ``policy``); None means the defaults.
    """

    def __init__(self, settings: Any = None) -> None:
        self.enabled: bool = bool(getattr(settings, "enabled", True))
        self.score_threshold: float = float(getattr(settings, "score_threshold", 0.5))
        self.policy: dict[str, str] = resolve_policy(getattr(settings, "policy", None))
        allow = getattr(settings, "allow", None)  # values never redacted
        self.allow: frozenset[str] = frozenset(str(v).casefold() for v in (allow or ()))
        self.ner_model: str = str(getattr(settings, "ner_model", None) or _engine.DEFAULT_MODEL)
        if self.ner_model not in _engine.MODELS:
            raise ConfigError(
                f"privacy.ner_model is {self.ner_model!r}; choose one of {', '.join(_engine.MODELS)}."
            )
        self.deny: tuple[tuple[str, str], ...] = _parse_deny(getattr(settings, "deny", None), self.policy)
        self.tagger: bool = bool(getattr(settings, "tagger", _engine.TAGGER_DEFAULT))  # the learned tagger

    @property
    def _deny_recognizers(self) -> list:
        """Presidio deny-list recognizers for ``[privacy] deny``, passed with every call."""
        if not self.deny:
            return []
        cached = getattr(self, "_deny_cache", None)
        if cached is None:
            from presidio_analyzer import PatternRecognizer

            by_type: dict[str, list[str]] = {}
            for entity_type, value in self.deny:
                by_type.setdefault(entity_type, []).append(value)
            cached = [PatternRecognizer(supported_entity=t, deny_list=v, deny_list_score=1.0, name=f"deny {t}")
                      for t, v in by_type.items()]
            self._deny_cache = cached
        return cached

    # -- lifecycle ---------------------------------------------------------------------------
    def warm(self) -> threading.Thread | None:
        """Build the analyzer in a background thread; returns at once."""
        return _engine.warm(self.ner_model) if self.enabled else None

    @property
    def ready(self) -> bool:
        return _engine.is_ready(self.ner_model)

    @staticmethod
    def new_vault() -> SessionVault:
        return SessionVault()

    # -- finding -----------------------------------------------------------------------------
    def analyze_many(self, texts: list[str], batch: int = 0) -> list[list[dict[str, Any]]]:
        """The spans (``{"type", "start", "end"}``, offsets in each text; no values) in each of
        ``texts``, found by analysing ``batch`` texts at a time (0: all at once) joined by a blank
        line: one analyser call's fixed cost per batch, not per text. A span that runs from one
        text into the next is cut at the boundary and kept on both sides, so each part is redacted."""
        sep, size = "\n\n", batch if batch > 0 else max(1, len(texts))
        out: list[list[dict[str, Any]]] = []
        for first in range(0, len(texts), size):
            group = texts[first : first + size]
            starts, pos = [], 0
            for text in group:
                starts.append(pos)
                pos += len(text) + len(sep)
            found: list[list[dict[str, Any]]] = [[] for _ in group]
            for entity in self.analyze(sep.join(group)):
                for i, (text, base) in enumerate(zip(group, starts)):
                    start, end = max(entity.start, base), min(entity.end, base + len(text))
                    if start < end:
                        found[i].append({"type": entity.type, "start": start - base, "end": end - base})
            out.extend(found)
        return out

    def analyze(self, text: str, vault: SessionVault | None = None) -> list[Entity]:
        """Every item found in ``text`` (overlaps resolved), with the action the policy gives it.

        With ``vault``, every value it already pseudonymised (and its variants: a surname alone,
        another case or spacing) is found first and keeps its placeholder, whatever the NER says.
        """
        if not self.enabled or not text or not text.strip():
            return []
        try:
            seen = _carriers.shadow(text)  # full-width digits, %40, "[at]", a number broken across lines...
            raw = _engine.get_engine(self.ner_model).analyze(seen.text if seen else text, self.score_threshold,
                                                             self._deny_recognizers, tagger=self.tagger)
            if seen is not None:  # every span back on the characters it came from
                for r in raw:
                    r.start, r.end = seen.start(r.start), seen.end(r.end)
        except (RedactionError, ConfigError):
            raise
        except Exception as exc:  # a failing recognizer must not let a prompt out unredacted
            raise RedactionError(
                f"The privacy analyzer failed ({type(exc).__name__}); nothing was sent. "
                "Retry; if it persists, check the privacy setup with `workbench redact \"some text\"`."
            ) from None
        return self._select(text, raw, vault.known().find(text) if vault is not None else ())

    def _action(self, entity_type: str) -> str:
        return self.policy.get(entity_type, PSEUDONYMISE)  # unknown types fail closed

    def _select(self, text: str, raw: Iterable[Any], known: Iterable[tuple] = ()) -> list[Entity]:
        kept: list[Entity] = []
        # [start, end, type, score, rank, placeholder]: rank 0 = known to the vault, wins ties
        spans: list[list[Any]] = [[s, e, t, 1.0, 0, token] for s, e, t, token in known]
        raw = list(raw)
        orgs = [(r.start, _field_cut(text, r.start, r.end)) for r in raw if r.entity_type == "ORGANIZATION"]
        countries = _gazetteer.gazetteer().countries
        # "Antigua and Barbuda", "Czech Republic": a country of several words stays whole, whoever read its parts
        country_spans = _gazetteer.multiword_country_spans(text) if raw else []
        for r in raw:
            source = (r.recognition_metadata or {}).get("recognizer_name", "")
            if source == "SpacyRecognizer" and r.entity_type == "PERSON" and _everyday(text[r.start : r.end]):
                continue  # "Pearl Jam", "Grace Period": every word an everyday one, the last no surname
            if source in _SHAPE_RECOGNIZERS and r.score < 0.8 and any(
                    s <= r.start and r.end <= e and e - s > r.end - r.start for s, e in orgs):
                continue  # spaCy reads a company here; a guess from word shapes yields to it
            if r.entity_type in _NER_TYPES:  # spaCy's "Anna\n": the line break is not part of the name
                while r.end > r.start and text[r.end - 1].isspace():
                    r.end -= 1
                while r.start < r.end and text[r.start].isspace():
                    r.start += 1
            if r.entity_type in ("PERSON", "LOCATION") and "\n" in text[r.start : r.end].strip():
                first = text[r.start : r.end].lstrip()
                r.start, end = r.end - len(first), r.end
                r.end = r.start + first.index("\n")  # names do not run across lines ("Mary\nPhone")
                if _note_words_only(text[r.start : r.end]):  # "Mit freundlichen Grüßen\nR. Lajoy": the next line's
                    rest = text[r.end : end].lstrip()  # (tagger engineer, round five)
                    r.start = end - len(rest)
                    r.end = r.start + (rest.index("\n") if "\n" in rest else len(rest))
            if r.entity_type == "PERSON":
                r.start = _skip_cue_words(text, r.start, r.end)
                r.end = _drop_possessive(text, r.start, r.end)
            if known and within_known(text, r.start, r.end, known, r.entity_type):
                continue  # "Has Berg" with "Berg" known: the vault's span wins, not a new person (vault, round seven)
            value = text[r.start : r.end]
            if r.entity_type in _NER_TYPES and "|" in value and value.index("|") > 0:
                r.end = r.start + len(value[: value.index("|")].rstrip())  # "Debra Neal | Acme": the name
                value = text[r.start : r.end]
            if r.entity_type in ("PERSON", "LOCATION"):  # round seven, second pass (names engineer)
                cut = (_NAME_FIELD_END if r.entity_type == "PERSON" else _FIELD_END).search(value)
                if cut and cut.start() > 0:  # "Hayri Arslan\tSupport Team Lead", "Ana Lima · Billing Specialist"
                    r.end = r.start + cut.start()
                if r.entity_type == "PERSON":
                    plus = _PLUS_N.search(text, r.start, r.end)
                    if plus and plus.start() > r.start:
                        r.end = plus.start()  # "RSVP: Ana Lima +1": the guest count is no part of the name
                    r.end = _drop_trade_word(text, r.start, r.end)  # "Danjuma Lettings": the name, not the firm's word
                value = text[r.start : r.end]
                if _FILE_NAME.fullmatch(value.strip()) or _company_name(value) or (
                        source in ("SpacyRecognizer", "CityRecognizer") and _company_after(text, r.end)):
                    continue  # "volunteer_roster.csv"; "Construtora Horizonte", "A.Ş.", "Kinabalu Freight Sdn Bhd"
            held = PLACEHOLDER.fullmatch(value.strip())  # "KOUVOLA 45100" is a town and postcode, not "<PERSON 1>"
            if not value.strip() or held and (held.group("open") or "_" in held.group() or held.group("type") in _PRIORITY):
                continue
            city_state = r.entity_type == "LOCATION" and value.strip().casefold() in _city_states()  # round nine
            if r.entity_type in ("LOCATION", "PERSON") and not city_state and any(
                    s <= r.start and r.end <= e for s, e in country_spans):
                continue
            if r.entity_type in ("PERSON", "LOCATION") and not source.startswith("deny") and _record_word(
                    text, r.start, r.end):
                continue  # "contact_id", "TYPE=WORK", "RMA-5521", "NK1|", "Town:", "ok", "ENROLMENT RECORD"
            if not source.startswith("deny") and not_personal(text, r.start, r.end, r.entity_type, source, r.score):
                continue  # round nine, second pass (P6): a flight's route, a line-start label ("Bill to:"), an app name
            if r.entity_type in _NOTE_TYPES and _note_words_only(value):
                continue  # "Mit freundlichen Grüßen", "Pt", "BP 128/82": a sign-off or a clinical note's shorthand
            if r.entity_type == "LOCATION" and not city_state and (value.strip().casefold() in _PUBLIC_PLACES_EN
                                                                   or value.strip().casefold() in countries):
                continue  # countries and continents stay: the default policy (docs/privacy.md)
            if r.entity_type in _NER_TYPES and any(c in value for c in "@/\\=<>{}|"):
                continue  # spaCy's small model sometimes tags a whole URL as a place
            if self.allow and value.strip().casefold() in self.allow:
                continue
            if self._action(r.entity_type) == KEEP:
                kept.append(Entity(r.entity_type, r.start, r.end, KEEP, None, round(r.score, 2)))
                continue
            spans.append([r.start, r.end, r.entity_type, r.score, 1, None])
        spans += _csv_partners(text, spans)
        spans += _rec_address14.spans14(text, spans) + _rec_ids14.spans14(text, spans)  # round fourteen (PE): edges
        spans += _address_countries(text, spans)  # round nine: the country closing an address is part of it
        _rec_names15.spans15(text, spans)  # round fifteen (PT): speakers in capitals, PNR names (SURNAME/Given)
        _rec_names12.grow(text, spans)  # round twelve (P3): the rest of a name beside the words found
        _over15.trim(text, spans)  # round fifteen (PT): verb forms, labels and roles at a grown name's edges
        _rec_names15.after_words(text, spans)  # round fifteen (PT): "... Саниянура уулу", "... Taabay kyzy"
        _rec_names15.titled(text, spans)  # round fifteen (PT): the title written just before a name joins it
        found = self._merge(spans)
        kept = [k for k in kept if not any(k.start < f.end and f.start < k.end for f in found)]
        return sorted(found + kept, key=lambda x: x.start)

    def _merge(self, spans: list[list[Any]]) -> list[Entity]:
        """Overlapping spans ``[start, end, type, score, rank, placeholder]`` resolved: the longest
        wins (rank 0, a value the vault knows, wins a tie) and grows to cover the others, so no
        part of either leaks; grown past a known value, it is a new value with a new placeholder."""
        spans = sorted(spans, key=lambda s: (-(s[1] - s[0]), s[4], -s[3], _PRIORITY.get(s[2], 99), s[0]))
        chosen: list[list[Any]] = []
        for cand in spans:
            hits = [c for c in chosen if cand[0] < c[1] and c[0] < cand[1]]
            if not hits:
                chosen.append(list(cand))
                continue
            win = hits[0]
            for other in hits[1:]:
                win[0], win[1] = min(win[0], other[0]), max(win[1], other[1])
                chosen.remove(other)
            if (win[0], win[1]) != (min(win[0], cand[0]), max(win[1], cand[1])):
                win[5] = None
            win[0], win[1] = min(win[0], cand[0]), max(win[1], cand[1])
        return [Entity(t, s, e, self._action(t), tok, round(sc, 2)) for s, e, t, sc, _, tok in chosen]

    # -- redacting ---------------------------------------------------------------------------
    def redact(self, text: str, vault: SessionVault) -> Redaction:
        """Pseudonymise ``text`` through ``vault``; raises RedactionBlocked on a "block" hit."""
        return self._substitute(text, self.analyze(text, vault), vault)

    def redact_found(self, text: str, spans: Iterable[dict[str, Any]], vault: SessionVault) -> Redaction:
        """Like :meth:`redact`, for text whose personal data was found earlier (a corpus chunk's
        spans, found once at ingestion): the policy in force now is applied, nothing is analysed."""
        if not self.enabled:
            return Redaction(text=text, entities=[], counts={})
        stored = [[int(s["start"]), int(s["end"]), s["type"], 1.0, 1, None] for s in spans
                  if 0 <= int(s["start"]) < int(s["end"]) <= len(text)]
        stored = [s for s in stored if not (self.allow and text[s[0] : s[1]].strip().casefold() in self.allow)]
        # overlaps with what the vault knows resolve as in analyze(): a stored "Maria Gonzalez" and
        # a known "Maria" make one span, so "Gonzalez" is not left in clear
        known = [[s, e, t, 1.0, 0, tok] for s, e, t, tok in vault.known().find(text)]
        return self._substitute(text, sorted(self._merge(known + stored), key=lambda e: e.start), vault)

    def _substitute(self, text: str, found: list[Entity], vault: SessionVault) -> Redaction:
        for literal in PLACEHOLDER.finditer(text):  # "<PERSON_1>" typed by the user stays as typed
            vault.reserve(literal.group("type"), int(literal.group("n")))
        acted = [e for e in found if e.action != KEEP]
        if not acted:
            return Redaction(text=text, entities=found, counts={})
        for e in acted:
            if e.action == BLOCK:
                raise RedactionBlocked(e.type)
        parts: list[str] = []
        entities: list[Entity] = []
        counts: dict[str, int] = {}
        pos = 0
        same_person = _parts_of_full_names(text, acted, vault)
        for e in found:
            if e.action == KEEP:
                entities.append(e)
                continue
            if e.action == MASK:
                token = f"<{e.type}>"
            elif e.placeholder is not None:  # a variant of a value the vault knows
                token = e.placeholder
            elif (e.start, e.end) in same_person:  # "Anish" after (or before) "Anish Naidu" in the same text
                token = same_person[(e.start, e.end)]
            else:
                token = vault.placeholder(e.type, text[e.start : e.end])
            parts.append(text[pos : e.start])
            parts.append(token)
            pos = e.end
            entities.append(Entity(e.type, e.start, e.end, e.action, token, e.score))
            counts[e.type] = counts.get(e.type, 0) + 1
        parts.append(text[pos:])
        return Redaction(text="".join(parts), entities=entities, counts=counts)

    def redact_messages(
        self, messages: list[dict[str, str]], vault: SessionVault
    ) -> tuple[list[dict[str, str]], dict[str, int]]:
        """Redact the ``content`` of chat messages with one vault; returns (messages, counts)."""
        out, counts = [], {}
        for message in messages:
            red = self.redact(message.get("content") or "", vault)
            out.append({**message, "content": red.text})
            for k, v in red.counts.items():
                counts[k] = counts.get(k, 0) + v
        return out, counts

    # -- restoring ---------------------------------------------------------------------------
    @staticmethod
    def restorer(vault: SessionVault) -> Restorer:
        return Restorer(vault)

    @staticmethod
    def restore(text: str, vault: SessionVault) -> str:
        return restore(text, vault)

    def unexpected(self, answer_text: str, vault: SessionVault) -> dict[str, int]:
        """Personal data in an (already restored) answer that the prompt did not contain."""
        counts: dict[str, int] = {}
        for e in self.analyze(answer_text, vault):
            if e.action == KEEP or e.placeholder is not None or vault.knows_value(answer_text[e.start : e.end]):
                continue
            counts[e.type] = counts.get(e.type, 0) + 1
        return counts

    def __repr__(self) -> str:
        changed = {k: v for k, v in self.policy.items() if v != _DEFAULTS.get(k)}
        return (f"Privacy(enabled={self.enabled}, threshold={self.score_threshold}, tagger={self.tagger}, "
                f"policy_overrides={changed})")


def _parts_of_full_names(text: str, acted: list[Entity], vault: SessionVault) -> dict[tuple[int, int], str]:
    """Round fourteen: a PERSON span that is only a part of a fuller PERSON value in the same text ("Anish" and
    "Anish Naidu", "VELMETTI" and "Ravi Velmetti") gets that person's placeholder, as it would in the next turn, not
    a new person's. The full name's placeholder is issued here, before the text's own order would; a part takes it
    only when one full name alone (in any case) holds all its words; otherwise it stays a person of its own."""
    persons = [e for e in acted if e.type == "PERSON" and e.action == PSEUDONYMISE and e.placeholder is None]
    if len(persons) < 2:
        return {}
    words = {(e.start, e.end): frozenset(text[e.start : e.end].casefold().split()) for e in persons}
    out: dict[tuple[int, int], str] = {}
    for e in persons:
        mine = words[(e.start, e.end)]
        fuller = {words[(o.start, o.end)]: text[o.start : o.end] for o in persons if mine < words[(o.start, o.end)]}
        if len(fuller) == 1:  # "Anish Naidu" and "ANISH NAIDU" are one person; "Anish Kapoor" would be another
            out[(e.start, e.end)] = vault.placeholder("PERSON", next(iter(fuller.values())))
    return out


from ._policy import DEFAULT_POLICY as _DEFAULTS  # noqa: E402


def _parse_deny(deny: Any, policy: dict[str, str]) -> tuple[tuple[str, str], ...]:
    """``[privacy] deny``: "value" (a PERSON) or "TYPE:value"; an unknown TYPE is a ConfigError."""
    out = []
    for item in deny or ():
        entity, sep, value = str(item).partition(":")
        if sep and entity.strip().upper() in policy:
            out.append((entity.strip().upper(), value.strip()))
        elif sep and entity.strip().isupper() and " " not in entity.strip():
            raise ConfigError(f"privacy.deny names unknown entity type {entity.strip()!r}; known types: "
                              f"{', '.join(policy)}.")
        else:
            out.append(("PERSON", str(item).strip()))
    return tuple((t, v) for t, v in out if v)


# spaCy's small model often takes a capitalised verb at the start of a sentence as part of a
# name ("Call Li Wei" -> PERSON). Those words are dropped from the front of a PERSON span, so
# "Li Wei" gets the same placeholder wherever it stands.
_CUE_WORDS = frozenset(
    "call email e-mail ask tell contact text ping meet dear hi hello hey please thanks thank "
    "cc bcc remind invite message phone send to from cc: attn attn: regards summarise summarize "
    "describe review draft write notify inform check find show explain compare update forward "
    "reply answer welcome congratulate thank brief warn cheers best kind warm many sincerely yours".split()
)


#: Words of sign-offs in the languages of the evaluation's locales and a clinical note's shorthand:
#: a span made of nothing else (numbers and "/" aside) is no person, place or address.
_NOTE_WORDS = frozenset("""
kind best warm warmest regards wishes mit freundlichen grüßen grüssen grüße grüsse viele liebe beste herzliche
cordialement salutations distinguées saludos atentamente cordiales cordial saludo cordiali saluti distinti
met vriendelijke groet groeten hartelijke med vänlig vänliga hälsningar hälsning venlig venlige hilsen vennlig
pozdrawiam serdecznie pozdravem srdečně üdvözlettel atenciosamente cumprimentos abraços ystävällisin terveisin
lugupidamisega pagarbiai cieņu
pt pts hx dx rx tx sx fx bp hr rr spo2 y/o prn bid tid qid nkda
""".split())
_NOTE_TYPES = frozenset({"PERSON", "LOCATION", "ADDRESS", "NRP"})
_NOTE_TOKEN = re.compile(r"[^\W\d_][\w/]*")


def _note_words_only(value: str) -> bool:
    words = _NOTE_TOKEN.findall(value)
    return bool(words) and all(w.casefold() in _NOTE_WORDS for w in words)


def _everyday(value: str) -> bool:
    g = _gazetteer.gazetteer()
    words = [w.casefold() for w in value.replace("'s", "").split()]
    if not words or not all(w.isalpha() for w in words):
        return False
    if len(words) == 1:  # spaCy's "resignation Letter": one common word that is no given name or surname
        from ._rec_tagger import common_words, name_likeness

        if words[0] in g.given or words[0] in g.surnames:
            return False  # round nine (P2): or a dictionary word that looks like no name ("the Tableau workbook")
        return words[0] in common_words() or words[0] in g.words and (name_likeness(words[0]) or 0.0) < -0.25
    return all(_gazetteer.everyday(w) for w in words) and words[-1] not in g.surnames and words[0] not in _CUE_WORDS


#: what a record's syntax makes of a word: a code identifier, a parameter's value, a reference code, a segment id
_IDENTIFIER = re.compile(r"[A-Za-z]+(?:_[A-Za-z0-9]+)+")
_PARAM_BEFORE = re.compile(r"(?:^|[;:\s])[A-Z][A-Z\-]*=$")
_REF_CODE = re.compile(r"[A-Z]{2,6}[\-\u2010\u2011\u2013]?\d{2,}[A-Z]?")
_SEGMENT = re.compile(r"[A-Z]{2,3}\d?")
#: chat replies spaCy sometimes reads as a name when a speaker's name is before them ("Tanesha: ok")
_INTERJECTIONS = frozenset("ok okay k kk yes yep yeah yup no nope nah sure thanks thx ty lol hi hey hello bye cool "
                           "great fine done noted np agreed right".split())


#: the stems of the WHO's International Nonproprietary Names that end a drug's name ("Amoxicillin",
#: "Atorvastatin", "Omeprazole"); and a dose after a word ("Amoxicillin 500 mg")
_INN_STEM = re.compile(
    r"(?i)[a-z]{2,}(?:cillin|mycin|micin|oxacin|floxacin|cycline|azole|prazole|statin|pril|sartan|olol|dipine|"
    r"tidine|mab|tinib|ciclib|vir|profen|caine|dronate|gliptin|glitazone|lukast|parin|setron|tadine|triptan|"
    r"azepam|zolam|oxetine|pramine|semide|thiazide|terol|olone|nisone|formin|afil|lamide|triptyline|barbital|"
    r"conazole|dazole|fungin|platin|rubicin|taxel|trexate|vastatin|gabalin|piprazole|peridone|apine|setin|"
    r"zosin|tropin|asone)")
_DOSE_AFTER = re.compile(r"[ \t]+\d+(?:[.,]\d+)?[ \t]?(?:mg|mcg|µg|μg|g|ml|mL|IU|units?|%)\b")


def _drug(text: str, end: int, words: list[str], g: Any) -> bool:
    """A medicine's name: one or two words, the last with an INN stem or followed by a dose, none a listed
    given name (round seven: the tagger and spaCy read "Amoxicillin 500 mg" on pharmacy labels as a person)."""
    if not words or not all(w.isalpha() for w in words) or any(w.casefold() in g.given for w in words):
        return False
    if _DOSE_AFTER.match(text, end):
        return words[-1].casefold() not in g.surnames or bool(_INN_STEM.fullmatch(words[-1]))
    return bool(_INN_STEM.fullmatch(words[-1])) and words[-1].casefold() not in g.surnames


def _record_word(text: str, start: int, end: int) -> bool:
    """A PERSON or LOCATION span that a record's syntax, not a person, put there (over-redaction families of
    the seen splits, round seven): a code identifier of everyday words ("contact_id", "first_name"), a
    parameter's value ("TYPE=WORK"), a reference code ("RMA-5521"), an HL7 segment id ("NK1|", "PID|"), a form
    label of one everyday word ("Town:"), a chat reply ("ok"), a heading line of everyday words in capitals
    ("ENROLMENT RECORD"), a medicine's name ("Amoxicillin 500 mg")."""
    value = text[start:end].strip()
    if not value:
        return False
    if _IDENTIFIER.fullmatch(value):  # a handle made of a name ("john_smith") stays a name
        given = _gazetteer.gazetteer().given
        return all((_gazetteer.everyday(w) or w in ("id", "no", "num")) and w not in given
                   for w in value.casefold().split("_") if w.isalpha())
    if value.isupper() and _PARAM_BEFORE.search(text[max(0, start - 24) : start]):
        return True
    if _REF_CODE.fullmatch(value):
        return True
    if _SEGMENT.fullmatch(value) and text[end : end + 1] == "|" and (start == 0 or text[start - 1] in "\n\r|"):
        return True
    g = _gazetteer.gazetteer()
    words = value.split()
    if len(words) <= 2 and _drug(text, end, words, g):
        return True
    if len(words) == 1 and value.isalpha():
        folded = value.casefold()
        if value.islower() and folded in _INTERJECTIONS:
            return True
        if text[end : end + 2].rstrip().startswith(":") and _gazetteer.everyday(folded) and folded not in g.given \
                and not _rec_names12.speaker(text, start, end):  # round twelve (P3): "Hafiz: can you ..." speaks
            return True  # "Town: Sialkot": the label, not the town
    if len(words) >= 2 and value.isupper() and all(w.isalpha() for w in words):
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line = text[line_start : line_end if line_end != -1 else len(text)].strip()
        if line == value and all(_gazetteer.everyday(w.casefold()) and w.casefold() not in g.given for w in words):
            return True
    return False


_CLOCK_AFTER = re.compile(r"[ \t]+\d{1,2}:\d{2}(?:[ \t]?[AaPp][Mm])?$")


#: Round seven, second pass (HELD-OUT-8 seen): a field ends a name or place (a tab, " · ", " | ")
_PLUS_N = re.compile(r"[ \t]+\+\d{1,2}$")
_FIELD_END = re.compile(r"[ \t]*(?:\t|[ \t]·[ \t]|[ \t]\|)")
#: round nine (P6): a spaced dash ends a name's field too ("Ana Lima - Acme"), not a place's ("Vienna - Bratislava")
_NAME_FIELD_END = re.compile(r"[ \t]*(?:\t|[ \t]·[ \t]|[ \t]\||[ \t][-–—](?:[ \t]|$))")
#: a file's name ("volunteer_roster.csv", "export-2026.xlsx"): no person nor place
_FILE_NAME = re.compile(r"[\w.-]+\.(?:csv|tsv|txt|json|jsonl|xlsx?|xml|ya?ml|pdf|docx?|pptx?|log|zip|gz|parquet|sql|md)",
                        re.IGNORECASE)
#: trade words that end a firm's name after its owner's surname ("Çetin Lettings", "Park Logistics")
_TRADE_END = frozenset("lettings letting estates realty logistics freight supplies plumbing builders roofing motors "
                       "garage bakery catering cleaning cleaners removals solicitors accountants dental pharmacy "
                       "textiles tekstil transport haulage couriers electrical joinery opticians florists".split())
_LEGAL_FORM = re.compile(r"(?:^|\s)(?:A\.[ŞS]\.?|Sdn\.?\s+Bhd\.?|Sdn\.?|Bhd\.?|Ltda\.?|S\.A\.?|S\.R\.L\.?|Tbk\.?|Eireli|"
                         r"Ltd\.?|LLC|GmbH|Inc\.?|PLC|Pty\.?)(?=$|[\s,.;)])")


_CSV_FIELD = re.compile(r"[A-ZÀ-ÖØ-Þ][^\W\d_]+(?:[-'’][^\W\d_]+)?(?=,|$)", re.MULTILINE)


def _csv_partners(text: str, spans: list[list[Any]]) -> list[list[Any]]:
    """Round seven, second pass: in a comma-separated row ("Ebere,Ogunyemi,0806…"), a one-word name that fills its
    field makes the one-word field after it a name too (given name, then surname), unless that field is an everyday
    word, a place, a country or a company word."""
    if ",," in text or text.count(",") < 2:
        return []
    from ._rec_names import _ORG_WORDS
    from ._rec_tagger import is_everyday

    g = _gazetteer.gazetteer()
    out = []
    for s, e, kind, score, _rank, _tok in spans:
        if kind != "PERSON" or text[e : e + 1] != "," or not (s == 0 or text[s - 1] in ",\n" or text[s - 2 : s] == ": "):
            continue
        if not text[s:e].isalpha():
            continue
        m = _CSV_FIELD.match(text, e + 1)
        if not m:
            continue
        low = m.group().casefold()
        if (is_everyday(low) and low not in g.surnames) or low in g.cities or low in g.towns or low in g.countries \
                or low in g.regions or low in _ORG_WORDS:
            continue
        out.append([m.start(), m.end(), "PERSON", min(score, 0.85), 1, None])
    return out


def _drop_trade_word(text: str, start: int, end: int) -> int:
    """"Danjuma Lettings" -> "Danjuma": a surname before a trade word is its owner's; the word stays in clear."""
    head, _, last = text[start:end].rpartition(" ")
    if head.strip() and last.casefold() in _TRADE_END:
        return start + len(head.rstrip())
    return end


def _company_after(text: str, end: int) -> bool:
    """The capitalised words after ``end`` on its line end in a legal form ("Anadolu| Tekstil A.Ş.")."""
    from ._rec_tagger import _company_follows

    return _company_follows(text, end)


def _field_cut(text: str, start: int, end: int) -> int:
    """Round nine (P6): a span's end cut where a field ends inside it ("Rozhin Tahmasbi - Claims": spaCy's company
    runs over the name and the dash; the name is the field before it)."""
    cut = _NAME_FIELD_END.search(text, start, end)
    return cut.start() if cut and cut.start() > start else end


def _company_name(value: str) -> bool:
    """A company's name, not a person or place: a legal form in it or alone ("A.Ş.", "… Sdn Bhd"), or a company's
    head word of another language first ("Construtora Horizonte", "Anadolu Tekstil")."""

    if _LEGAL_FORM.search(value):
        return True
    words = value.split()
    return len(words) >= 2 and any(w.casefold().strip(".,") in _COMPANY_HEADS for w in words)


_COMPANY_HEADS = frozenset("construtora companhia comercial indústria industria comércio comercio transportes "
                           "tekstil sanayi ticaret inşaat insaat gıda gida holding".split())


def _drop_possessive(text: str, start: int, end: int) -> int:
    """"Li Wei's" -> "Li Wei": the possessive stays in the text, after the placeholder."""
    for suffix in ("'s", "’s", "'"):
        if end - start > len(suffix) and text[start:end].endswith(suffix):
            return end - len(suffix)
    clock = _CLOCK_AFTER.search(text, start, end)
    if clock and clock.start() > start:
        end = clock.start()  # "Anwen  7:58 AM": a chat export's author line; the time is no part of the name
    head, _, last = text[start:end].rpartition(" ")
    if head.strip() and (last.casefold() in _gazetteer.PARTY_AFTER or last in ("MR", "MRS", "MS", "MISS", "MSTR")):
        return start + len(head.rstrip())  # "Ann Roe Claimant", "ROE/ANN MS": a party's role or a fare's title stays
    return end


def _skip_cue_words(text: str, start: int, end: int) -> int:
    while True:
        word_end = start
        while word_end < end and not text[word_end].isspace():
            word_end += 1
        word = text[start:word_end].strip(",.:;").casefold()
        if text[start:word_end].isupper() and re.search(r"(?:^|\n)(?:BEGIN|END):$", text[max(0, start - 7) : start]):
            return end  # "BEGIN:VEVENT", "END:VCARD": a record's keyword, never a name
        if word not in _CUE_WORDS and word not in _gazetteer.TITLES and word not in _gazetteer.RANKS \
                and word not in ("between", "versus", "vs") and word not in _gazetteer.role_words():
            return start  # "Dr Sara Malik", "Rider Hira": a title or a role is no part of the name
        if word_end >= end:
            return end  # nothing but cue words: not a name
        start = word_end
        while start < end and text[start].isspace():
            start += 1

