"""Round twelve (P2): a fresh fuzz of address forms of the world in free text, lists, quoted replies, tables and forms.

Written by P2 in round twelve, before reading any miss, from nothing but the writer's knowledge of how addresses are
written: no package, no split, no earlier fuzzer. Countries chosen so that no split covered them AND none the round
twelve builder reserves (/tmp/lead/b12_packages.txt: its countries are left out on purpose, so that HELD-OUT-13
stays a measure of generalisation): Vietnam, Laos, Myanmar, Madagascar, Malawi, Kenya, Mozambique, Angola, Haiti,
Guatemala, Honduras, Nicaragua, Costa Rica, Japan and Korea (romanised), Papua New Guinea, Jamaica, rural India,
Somalia, Sudan, Afghanistan, Lebanon, Bhutan, Malaysia; Chinese: mainland village, township, street-office,
industrial-park and crossing forms. Place names are drawn from syllables of each language (so that the
gazetteer does not know most of them) beside a few real towns.

    python bench/p2_address_fuzz12.py [--n 6] [--show 40] [--country vn,la] [--zh-only | --en-only]

Scores through bench/privacy_eval.py's ``score`` (leak = any word of the value, generic street words aside, not
covered by a redacted span; over-redaction = words outside every value that a span covers). Figures from it are
SEEN (P2 wrote it and tuned on it). Run from another tree (``cd /tmp/old && python /work/main/bench/...``) to
compare code versions.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path.cwd()))
sys.path.insert(0, str(Path(__file__).resolve().parent))

R = random.Random(120312)


def _syl(rng: random.Random, parts: list[str], lo: int = 2, hi: int = 3) -> str:
    w = "".join(rng.choice(parts) for _ in range(rng.randint(lo, hi)))
    return w[:1].upper() + w[1:]


BANTU = "ka ma chi mbe nga lu si wa ko nde zi mu ta li nyo ku bwe ndi sa lo ngu".split()
MALAGASY_A = "Ambohi Anta Ando Ampasi Tsara Mahi Ankazo Ambato Anosy Ivato Fara".split()
MALAGASY_B = "mena tsoa lava bao dratrimo nanahary fotsy manga kely be soa vola".split()
VIET = ("Hòa Phú Thạnh Đông Xuân Bình An Lộc Tân Mỹ Long Hưng Phước Quảng Nghĩa Sơn Trung Hải Thuận Vĩnh Khánh "
        "Định Yên Phong Lạc Tiến Đức Hiệp").split()
LAO = "phon xay nong sok pa don khoun thong viang keo na sy kham mi sa vanh dao bo".split()
BURMESE = "Myo Thit Pyin Oo Kyauk Taung Mya Yan Kin Aung Zay Tha Gyi Hla Sein Nyaung Min".split()
JAPANESE_A = "Higashi Nishi Kita Minami Naka Kami Shimo Oo Ko".split()
JAPANESE_B = "yama kawa hara zaki oka ta mura no sawa shima matsu hashi".split()
KOREAN = "seo jung gwan song yeon nam buk hae cheon sam pyeong won ha mun dae".split()
PNG = "ta ga ro ko wa e mo ri hu la bo ne si".split()
HINDI_A = "Ram Sita Kishan Bhagwan Shiv Hari Gopal Lakshmi Chandan Sultan Madhav".split()
HINDI_B = "pur ganj nagar pura garh abad khera patti tola".split()
SOMALI = "xaa war dheer ga bul ka hu maa dan sha"
SPANISH_PLACE = ("San Miguel|El Progreso|Santa Lucía|El Carmen|Las Flores|San Isidro|La Esperanza|Los Pinos|"
                 "El Rosario|San Antonio|La Libertad|Santa Rosa").split("|")
MAYAN = "chi qui mul xe cul tza nju yú ix pe mach".split()
PORTUGUESE_PLACE = "Malhangalene|Chamanculo|Maxaquene|Polana Caniço|Hulene|Mavalane|Inhagoia|Zimpeto".split("|")
ANGOLA_PLACE = "Maculusso|Ingombota|Rangel|Cazenga|Viana|Talatona|Kilamba|Sambizanga".split("|")
HAITI_PLACE = "Delmas|Pétion-Ville|Carrefour|Tabarre|Croix-des-Bouquets|Gonaïves|Jacmel|Hinche".split("|")
HAITI_STREET = "Capois|Lamarre|Grégoire|Clerveaux|Faustin|Magny|Rigaud|Borno".split("|")
ARABIC_PLACE = "Ashrafieh|Mar Elias|Hamra|Verdun|Jnah|Badaro|Sodeco|Gemmayzeh".split("|")
ARABIC_STREET = "Makdessi|Bliss|Sadat|Abdel Aziz|Jeanne d'Arc|Omar Daouk|Khalil Badawi|Adib Ishak".split("|")
BHUTAN = "Chang|Kawang|Mewang|Genye|Dagala|Lingzhi|Naro|Soe|Bji|Shari".split("|")
MALAY_A = "Kampung Taman Bandar Desa".split()
MALAY_B = "Sungai Bukit Permai Jaya Indah Baru Setia Damai Bahagia Mawar".split()


def bantu(rng: random.Random) -> str:
    return _syl(rng, BANTU, 2, 3)


def vn(rng: random.Random, n: int = 2) -> str:
    return " ".join(rng.sample(VIET, n))


def lao(rng: random.Random) -> str:
    return _syl(rng, LAO, 2, 3)


def burmese(rng: random.Random) -> str:
    return " ".join(rng.sample(BURMESE, rng.choice((1, 2)))) if rng.random() < 0.5 else "".join(
        w.lower() if i else w for i, w in enumerate(rng.sample(BURMESE, 2)))


# -- the countries: each returns (one-line address, multi-line address or None, labelled fields) --------------------

def a_vn(rng: random.Random):
    if rng.random() < 0.5:
        parts = [f"Số {rng.randint(2, 200)} ngõ {rng.randint(2, 400)} phố {vn(rng)}", f"phường {vn(rng)}",
                 f"quận {vn(rng)}", rng.choice(["Hà Nội", "Hải Phòng", "Đà Nẵng"])]
    else:
        parts = [f"thôn {vn(rng)}", f"xã {vn(rng)}", f"huyện {vn(rng)}", f"tỉnh {vn(rng)}"]
    return parts, [("Thôn/Số nhà", parts[0]), ("Xã/Phường", parts[1]), ("Huyện/Quận", parts[2])]


def a_la(rng: random.Random):
    parts = [f"Ban {lao(rng)}", f"{rng.choice(['Muang', 'Mueang', 'District'])} {lao(rng)}",
             rng.choice(["Vientiane Capital", f"{lao(rng)} Province", "Luang Prabang"])]
    if rng.random() < 0.4:
        parts.insert(0, f"Unit {rng.randint(1, 30)}, House {rng.randint(1, 300)}")
    return parts, [("Village", parts[-3]), ("District", parts[-2]), ("Province", parts[-1])]


def a_mm(rng: random.Random):
    town = rng.choice(["Yangon", "Mandalay", "Bago", "Mawlamyine"])
    if rng.random() < 0.5:
        parts = [f"No. {rng.randint(1, 300)}", f"{burmese(rng)} Road", f"Ward {rng.randint(1, 20)}",
                 f"{burmese(rng)} Township", town]
    else:
        parts = [f"{burmese(rng)} Quarter", f"{burmese(rng)} Township", f"{town} Region"]
    return parts, [("Ward/Quarter", parts[-3]), ("Township", parts[-2]), ("Region", parts[-1])]


def a_mg(rng: random.Random):
    fk = rng.choice(MALAGASY_A) + rng.choice(MALAGASY_B)
    if rng.random() < 0.5:
        parts = [f"Lot {rng.choice(['II', 'IV', 'VI'])} {rng.choice('ABGMK')} {rng.randint(10, 400)}", fk,
                 f"Antananarivo {rng.choice([101, 102, 103])}"]
    else:
        parts = [f"Fokontany {fk}", f"Commune {rng.choice(MALAGASY_A) + rng.choice(MALAGASY_B)}",
                 f"District {rng.choice(MALAGASY_A) + rng.choice(MALAGASY_B)}"]
    return parts, [("Fokontany", fk), ("Commune", parts[1]), ("District", parts[2])]


def a_mw(rng: random.Random):
    if rng.random() < 0.5:
        parts = [f"{bantu(rng)} Village", f"T/A {bantu(rng)}", f"{rng.choice(['Dedza', 'Ntcheu', 'Mchinji', 'Dowa'])} District"]
    else:
        parts = [f"Area {rng.randint(1, 50)}", f"Plot No. {rng.randint(1, 60)}/{rng.randint(1, 400)}", "Lilongwe"]
    return parts, [("Village", parts[0]), ("Traditional Authority", parts[1]), ("District", parts[2])]


def a_ke(rng: random.Random):
    if rng.random() < 0.5:
        parts = [f"House No. {rng.randint(1, 90)}", f"{bantu(rng)} Estate", f"off {bantu(rng)} Road", "Nairobi"]
    else:
        parts = [f"{bantu(rng)} Sub-location", f"{bantu(rng)} Location", f"{bantu(rng)} County"]
    return parts, [("Sub-location", parts[0]), ("Location", parts[1]), ("County", parts[-1])]


def a_mz(rng: random.Random):
    parts = [f"Bairro {rng.choice(PORTUGUESE_PLACE)}", f"Quarteirão {rng.randint(1, 60)}", f"Casa nº {rng.randint(1, 200)}",
             rng.choice(["Maputo", "Matola", "Beira"])]
    return parts, [("Bairro", parts[0]), ("Quarteirão", parts[1]), ("Casa", parts[2])]


def a_ao(rng: random.Random):
    parts = [f"Rua {rng.choice(['Comandante', 'Major', 'Rainha'])} {bantu(rng)}", f"Casa {rng.randint(1, 99)}",
             f"Bairro {rng.choice(ANGOLA_PLACE)}", f"Município de {rng.choice(ANGOLA_PLACE)}", "Luanda"]
    return parts, [("Rua", parts[0]), ("Bairro", parts[2]), ("Município", parts[3])]


def a_ht(rng: random.Random):
    if rng.random() < 0.5:
        parts = [f"{rng.randint(2, 120)}, Rue {rng.choice(HAITI_STREET)}", rng.choice(HAITI_PLACE), "Haïti"][:2]
    else:
        parts = [f"Habitation {rng.choice(HAITI_STREET)}", f"{rng.choice(['1re', '2e', '3e'])} section communale",
                 f"commune de {rng.choice(HAITI_PLACE)}"]
    return parts, [("Adresse", parts[0]), ("Commune", parts[-1])]


def a_gt(rng: random.Random):
    if rng.random() < 0.5:
        parts = [f"{rng.randint(1, 18)}a. Avenida {rng.randint(1, 30)}-{rng.randint(10, 99)}", f"Zona {rng.randint(1, 21)}",
                 rng.choice(["Ciudad de Guatemala", "Quetzaltenango", "Mixco"])]
    else:
        parts = [f"Aldea {_syl(rng, MAYAN, 2, 3)}", f"municipio de {rng.choice(SPANISH_PLACE)}",
                 f"departamento de {rng.choice(['Jalapa', 'Sololá', 'Huehuetenango'])}"]
    return parts, [("Dirección", parts[0]), ("Municipio", parts[1])]


def a_hn(rng: random.Random):
    parts = [f"Colonia {rng.choice(SPANISH_PLACE)}", f"Bloque {rng.choice('ABCDEFG')}", f"Casa {rng.randint(100, 3000)}",
             rng.choice(["Tegucigalpa", "San Pedro Sula", "Comayagüela"])]
    return parts, [("Colonia", parts[0]), ("Bloque", parts[1]), ("Casa", parts[2])]


def a_ni(rng: random.Random):
    lm = rng.choice(["Del Colegio Teresiano", "De la rotonda El Güegüense", "Del antiguo cine Cabrera",
                     "De la iglesia San Judas", "Del semáforo de Linda Vista"])
    parts = [f"{lm} {rng.randint(1, 4)} c. al sur, {rng.choice(['1/2', '1'])} c. abajo", f"casa {rng.choice('ABCDE')}-{rng.randint(1, 40)}",
             rng.choice(["Managua", "León", "Masaya"])]
    return parts, [("Dirección", parts[0] + ", " + parts[1])]


def a_cr(rng: random.Random):
    parts = [f"De la iglesia católica {rng.choice([100, 200, 300])} m {rng.choice(['norte', 'sur', 'este', 'oeste'])}"
             f" y {rng.choice([25, 50, 75])} m {rng.choice(['norte', 'sur', 'este', 'oeste'])}",
             f"casa color {rng.choice(['verde', 'blanca', 'beige'])}", rng.choice(["San Pedro de Montes de Oca", "Curridabat", "Heredia"])]
    return parts, [("Señas", parts[0] + ", " + parts[1])]


def a_jp(rng: random.Random):
    ward = rng.choice(JAPANESE_A) + rng.choice(JAPANESE_B)
    parts = [f"{rng.randint(1, 9)}-{rng.randint(1, 30)}-{rng.randint(1, 20)} {rng.choice(JAPANESE_A)}-{rng.choice(JAPANESE_B)}",
             f"{ward}-ku", rng.choice(["Tokyo", "Osaka", "Nagoya"]) + f" {rng.randint(100, 699)}-{rng.randint(0, 9999):04d}"]
    return parts, [("Banchi", parts[0]), ("Ward", parts[1]), ("City", parts[2])]


def a_kr(rng: random.Random):
    gu = _syl(rng, KOREAN, 2, 2)
    ro = _syl(rng, KOREAN, 2, 2)
    parts = [f"{rng.randint(1, 400)} {ro}-ro", f"{gu}-gu", rng.choice(["Seoul", "Busan", "Incheon", "Daejeon"])]
    if rng.random() < 0.5:
        parts.insert(0, f"{rng.randint(2, 20)}F")
    return parts, [("Road", parts[-3]), ("District", parts[-2]), ("City", parts[-1])]


def a_pg(rng: random.Random):
    sub = rng.choice(["Boroko", "Hohola", "Gerehu", "Waigani", "Tokarara", _syl(rng, PNG, 3, 3)])
    parts = [f"Section {rng.randint(1, 400)}", f"Lot {rng.randint(1, 60)}", sub, rng.choice(["NCD", "Port Moresby", "Lae"])]
    return parts, [("Section", parts[0]), ("Allotment", parts[1]), ("Suburb", parts[2])]


def a_jm(rng: random.Random):
    parts = [f"Lot {rng.randint(1, 900)}", f"{rng.choice(['Scheme', 'Bog Walk', 'Old Hope', 'Passage Fort'])} Road",
             rng.choice(["Old Harbour", "May Pen", "Spanish Town", "Linstead"]),
             rng.choice(["St. Catherine", "Clarendon", "St. Ann", "St. Elizabeth"])]
    return parts, [("Lot", parts[0]), ("District", parts[2]), ("Parish", parts[3])]


def a_in(rng: random.Random):
    village = rng.choice(HINDI_A) + rng.choice(HINDI_B)
    parts = [f"Vill. {village}", f"P.O. {rng.choice(HINDI_A) + rng.choice(HINDI_B)}",
             f"P.S. {rng.choice(HINDI_A) + rng.choice(HINDI_B)}", f"Dist. {rng.choice(['Muzaffarpur', 'Gaya', 'Ballia', 'Sitapur'])}",
             f"{rng.choice(['Bihar', 'Uttar Pradesh'])} {rng.randint(800001, 899999)}"]
    if rng.random() < 0.5:
        parts = [f"H.No. {rng.randint(1, 20)}-{rng.randint(1, 9)}-{rng.randint(1, 300)}", f"{village}",
                 f"Tehsil {rng.choice(HINDI_A) + rng.choice(HINDI_B)}", parts[3]]
    return parts, [("Village", village), ("Post Office", parts[1]), ("District", parts[-1] if len(parts) == 4 else parts[3])]


def a_so(rng: random.Random):
    parts = [f"Degmada {rng.choice(['Hodan', 'Wadajir', 'Hawl Wadaag', 'Dharkenley'])}",
             f"Xaafadda {_syl(rng, SOMALI.split(), 2, 3)}", rng.choice(["Muqdisho", "Hargeisa", "Kismaayo"])]
    return parts, [("Degmada", parts[0]), ("Xaafadda", parts[1])]


def a_sd(rng: random.Random):
    parts = [f"Block {rng.randint(1, 40)}", f"House {rng.randint(1, 500)}",
             rng.choice(["Riyadh", "Amarat", "Manshiya", "Kafouri"]), rng.choice(["Khartoum", "Omdurman", "Bahri"])]
    return parts, [("Block", parts[0]), ("House", parts[1]), ("Area", parts[2])]


def a_af(rng: random.Random):
    parts = [f"House {rng.randint(1, 300)}", f"Street {rng.randint(1, 15)}",
             rng.choice(["Karte Parwan", "Shahr-e Naw", "Wazir Akbar Khan", "Qala-e Fatullah"]),
             f"District {rng.randint(1, 22)}", "Kabul"]
    return parts, [("Street", parts[1]), ("Area", parts[2]), ("District", parts[3])]


def a_lb(rng: random.Random):
    parts = [f"{rng.choice(ARABIC_STREET)} St.", f"{rng.choice(['Bldg', 'Building'])} {rng.choice(['Saab', 'Haddad', 'Khoury', 'Nassar'])}",
             f"{rng.randint(1, 9)}{rng.choice(['st', 'nd', 'rd', 'th'])} floor", rng.choice(ARABIC_PLACE), "Beirut"]
    return parts, [("Street", parts[0]), ("Building", parts[1]), ("Area", parts[3])]


def a_bt(rng: random.Random):
    parts = [f"{rng.choice(BHUTAN)} Chiwog", f"{rng.choice(BHUTAN)} Gewog", f"{rng.choice(['Paro', 'Punakha', 'Trongsa', 'Bumthang'])} Dzongkhag"]
    return parts, [("Chiwog", parts[0]), ("Gewog", parts[1]), ("Dzongkhag", parts[2])]


def a_my(rng: random.Random):
    parts = [f"Lot {rng.randint(100, 9999)}", f"{rng.choice(MALAY_A)} {rng.choice(MALAY_B)} {rng.choice(MALAY_B)}",
             f"Mukim {rng.choice(MALAY_B)}", f"{rng.randint(10000, 99999)} {rng.choice(['Kuala Kangsar', 'Kluang', 'Temerloh'])}"]
    return parts, [("Lot", parts[0]), ("Kampung", parts[1]), ("Mukim", parts[2])]


COUNTRIES = {"vn": a_vn, "la": a_la, "mm": a_mm, "mg": a_mg, "mw": a_mw, "ke": a_ke, "mz": a_mz, "ao": a_ao,
             "ht": a_ht, "gt": a_gt, "hn": a_hn, "ni": a_ni, "cr": a_cr, "jp": a_jp, "kr": a_kr, "pg": a_pg,
             "jm": a_jm, "in": a_in, "so": a_so, "sd": a_sd, "af": a_af, "lb": a_lb, "bt": a_bt, "my": a_my}

# {A}: the address on one line (", "), {M}: on several lines, {F}: labelled fields (one per line), {P}: a person
LAYOUTS = [
    "The courier could not find {A}; please confirm with the tenant before Friday.",
    "We moved the clinic to {A} last month, so update the register.",
    "Beneficiary lives at {A} and has two children in school.",
    "Ledger of visits\n1. Tuesday — {A}\n2. Thursday — {A2}",
    "> My new address is {A}\n> Please send the card there.\n\nThanks, noted and forwarded to billing.",
    "| ref | address | status |\n|---|---|---|\n| K-17 | {A} | open |\n| K-18 | {A2} | closed |",
    'ref,address,amount\nK-17,"{A}",1200\nK-18,"{A2}",350',
    "Address: {A}\nPayment: mobile money",
    '{{"ref": "K-17", "address": "{A}", "paid": true}}',
    "Deliver to:\n{M}\n\nFragile, keep dry.",
    "Household form\n{F}\nHousehold size: 5",
    "Survey point {A} — water point broken since March.",
    "she said: \"I stay at {A} now\" and hung up",
    "Residence .......... {A}\nOccupation ......... farmer",
]
NEGATIVES = [
    "The District Manager and the Sector Lead met in Ward Room 2 on Monday.",
    "Block chain pilot: Lot sizes of 100 units, Zone A and Zone B warehouses.",
    "Village Fund report: Section 4 covers loans, Section 5 covers savings.",
    "| region | sales | growth |\n|---|---|---|\n| North | 1200 | 4% |\n| South | 950 | 2% |",
    "House rules: no smoking in the Common Room, Floor 3 kitchen closes at 10.",
    "The Township Council approved the Road Safety Plan and the Market Day schedule.",
    "Avenue Capital bought 12% of Harbour Logistics; the Street View team moved.",
    "Please review Plot 3 of the dashboard and Figure 7 before the Parish Newsletter goes out.",
]

# -- Chinese: mainland forms no split wrote this way ------------------------------------------------------------------

ZH_CHARS = "安宝昌德丰福广海和华嘉金康乐龙明宁平庆瑞盛泰天同旺祥新兴阳永裕长正中东西南北"
ZH_PROV = ["河南省", "湖南省", "江西省", "安徽省", "四川省", "广西壮族自治区", "贵州省", "山东省"]


def _zn(rng: random.Random, n: int = 2) -> str:
    return "".join(rng.choice(ZH_CHARS) for _ in range(n))


def zh_address(rng: random.Random) -> str:
    k = rng.randrange(6)
    if k == 0:
        return f"{rng.choice(ZH_PROV)}{_zn(rng)}县{_zn(rng)}镇{_zn(rng)}村{rng.randint(1, 12)}组"
    if k == 1:
        return f"{_zn(rng)}县{_zn(rng)}乡{_zn(rng)}村委会{_zn(rng)}屯{rng.randint(1, 80)}号"
    if k == 2:
        return (f"{_zn(rng)}市{_zn(rng)}区{_zn(rng)}街道{_zn(rng)}社区{_zn(rng)}小区{rng.randint(1, 30)}栋"
                f"{rng.randint(1, 6)}单元{rng.randint(101, 2805)}室")
    if k == 3:
        return f"{_zn(rng)}路与{_zn(rng)}路交叉口东北角{_zn(rng)}大厦{rng.randint(2, 30)}层"
    if k == 4:
        return f"{_zn(rng)}工业园{_zn(rng)}大道{rng.randint(1, 300)}号{rng.randint(1, 9)}号厂房"
    return f"{_zn(rng)}镇{_zn(rng)}村{_zn(rng)}组{rng.randint(1, 99)}号"


ZH_LAYOUTS = [
    "快递放在{A}门口就行，谢谢。",
    "住址：{A}\n联系电话：见附件",
    "他上周搬到了{A}，以后材料寄那边。",
    "序号,地址,状态\n1,{A},待处理\n2,{A2},已完成",
    "> 我的新地址是{A}\n收到，已转给财务。",
    "请于周五前将合同送至{A}，逾期不候。",
    "| 编号 | 收货地址 | 备注 |\n|---|---|---|\n| 7 | {A} | 易碎 |",
]
ZH_NEGATIVES = [
    "本周五在三楼会议室开会，请各部门准时参加。",
    "第二期工程验收合格，三号楼下周交付。",
    "销售一组本月完成120万元，二组完成95万元。",
    "社区活动中心周末开放，欢迎大家参加。",
]


def _place(text: str, value: str, spans: list, kind: str = "ADDRESS") -> str:
    spans.append((kind, len(text), len(text) + len(value)))
    return text + value


def _fill(layout: str, values: dict, quoted: bool) -> tuple[str, list]:
    """The text of ``layout`` with its slots, and the gold spans; a multi-part value is one span per part in {F}."""
    import re

    text, spans, pos = "", [], 0
    layout = layout.replace("{{", "\x01").replace("}}", "\x02")
    for m in re.finditer(r"\{(\w+)\}", layout):
        text += layout[pos : m.start()].replace("\x01", "{").replace("\x02", "}")
        slot = m.group(1)
        if slot == "F":
            for i, (label, v) in enumerate(values["F"]):
                text += ("\n" if i else "") + label + ": "
                text = _place(text, v, spans)
        else:
            v = values[slot]
            if quoted:
                v = v.replace("\n", "\n> ")
            text = _place(text, v, spans)
        pos = m.end()
    text += layout[pos:].replace("\x01", "{").replace("\x02", "}")
    return text, spans


def samples(n: int, countries: list[str], en: bool = True, zh: bool = True) -> list[tuple[str, str, list]]:
    """(group, text, gold) triples: n per country and layout, then the negatives and the Chinese set."""
    rng = random.Random(120312)
    out = []
    if en:
        for code in countries:
            gen = COUNTRIES[code]
            for _ in range(n):
                for layout in LAYOUTS:
                    parts, fields = gen(rng)
                    parts2, _ = gen(rng)
                    vals = {"A": ", ".join(parts), "A2": ", ".join(parts2), "M": "\n".join(parts), "F": fields}
                    text, gold = _fill(layout, vals, layout.startswith(">"))
                    out.append((code, text, gold))
        for text in NEGATIVES:
            out.append(("neg", text, []))
    if zh:
        for _ in range(n * 3):
            for layout in ZH_LAYOUTS:
                text, gold = _fill(layout, {"A": zh_address(rng), "A2": zh_address(rng)}, layout.startswith(">"))
                out.append(("zh", text, gold))
        for text in ZH_NEGATIVES:
            out.append(("zh-neg", text, []))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=4)
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--country", default="")
    ap.add_argument("--en-only", action="store_true")
    ap.add_argument("--zh-only", action="store_true")
    args = ap.parse_args()
    import privacy_eval as pe

    from workbench.privacy import Privacy

    privacy = Privacy()
    countries = args.country.split(",") if args.country else list(COUNTRIES)
    rows = samples(args.n, countries, en=not args.zh_only, zh=not args.en_only)
    by: dict[str, pe.Score] = {}
    shown = 0
    for group, text, gold in rows:
        sc = pe.score(privacy, [(text, gold)], show=args.show)
        agg = by.setdefault(group, pe.Score())
        agg.values.update(sc.values)
        agg.leaked.update(sc.leaked)
        agg.outside_words += sc.outside_words
        agg.outside_changed += sc.outside_changed
        for ex in sc.examples:
            if shown < args.show:
                print(group, ex[0], repr(ex[1]), "|", repr(ex[2]))
                shown += 1
    tot: Counter = Counter()
    for group, sc in sorted(by.items()):
        v, lk = sc.values["ADDRESS"], sc.leaked["ADDRESS"]
        tot.update({("zh" if group.startswith("zh") else "en") + k: x for k, x in
                    (("v", v), ("l", lk), ("w", sc.outside_words), ("c", sc.outside_changed))})
        print(f"{group:7s} addresses leaked {lk:4d}/{v:<4d}  over {sc.outside_changed}/{sc.outside_words}")
    for lang in ("en", "zh"):
        if tot[lang + "v"] or tot[lang + "w"]:
            print(f"{lang}: addresses leaked {tot[lang + 'l']}/{tot[lang + 'v']} "
                  f"({100 * tot[lang + 'l'] / max(1, tot[lang + 'v']):.1f}%), over-redaction "
                  f"{tot[lang + 'c']}/{tot[lang + 'w']} ({100 * tot[lang + 'c'] / max(1, tot[lang + 'w']):.1f}%)")


if __name__ == "__main__":
    main()
