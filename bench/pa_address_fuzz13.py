"""Round thirteen (PA): a fresh fuzz of address and place forms of countries no split, fuzzer or rule here covers.

Written by PA in round thirteen, before reading any miss, from nothing but the writer's knowledge of how addresses
are written: no package, no split, no earlier fuzzer. Countries: Ecuador, Bolivia, Paraguay, Cuba, Senegal,
Cameroon, Côte d'Ivoire, Mali, Ukraine and Belarus (Cyrillic), Uzbekistan, Armenia, Moldova, Albania, Lithuania,
Samoa, Tonga, Vanuatu, Trinidad, Guyana, Jordan, Ghana, Zambia, Namibia; Chinese: traditional (a generic
Hong Kong / Taiwan shape) and simplified estate forms. Place names are drawn from syllables of each language, so
that the gazetteer does not know most of them. Layouts: prose, the local "address" label, a signature block,
CSV, JSON, a quoted reply, YAML, Markdown, XML, a sentence after the address, labelled fields; towns in running
text (LOCATION) and lines with no address.

    python bench/pa_address_fuzz13.py [--n 2] [--show 40] [--country ec,bo] [--zh-only | --en-only] [--off]

Scores through bench/privacy_eval.py's ``score``. Figures from it are SEEN once PA has looked at a miss (tuned on).
``--off`` turns ``_rec_address13`` off in the same process (A/B).
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))


def _syl(rng: random.Random, parts: list[str], lo: int = 2, hi: int = 3) -> str:
    w = "".join(rng.choice(parts) for _ in range(rng.randint(lo, hi)))
    return w[:1].upper() + w[1:]


QUECHUA = "pa cha yu ri ma wa ki lla pu qu sa ta hua ya nku".split()
GUARANI = "ita ya pi ru ca gua su ja ñe mbo po ti".split()
WOLOF = "ndi ba ko ga me sa tou la dia mbo ke fa".split()
BANTU = "ka ma chi mbe nga lu si wa ko nde zi mu ta li nyo ku bwe ndi sa lo ngu".split()
SLAV = "ко ро ва ли на сто бер ки мир до ле гор пол сла ве".split()
UZ = "ob sa mar qo bo ri yo ta sh kent chi lon zor do".split()
ARM = "ar ab kir ne ra shen ga van dzor ya ka ma sis".split()
ROM = "mi ra ce cu lu ni ve sti rea bo ta".split()
ALB = "ko rça shk dër lez vlo ra be rat ku kës".split()
LIT = "ka u nas vil pan ė žai kiai ti ai li".split()
POLY = "fa le a lu ta mo si u ni va o pe".split()
ARAB = "al ja bal wei deh shmei sa na ka rak zar qa".split()
AKAN = "a ko so ma dan kwa ta nsu fo bo wu".split()
STREET_PEOPLE = ["Sucre", "Bolívar", "Montalvo", "Olmedo", "Mariscal", "Lumumba", "Senghor", "Ševčenko", "Komitas",
                 "Independenței", "Gedimino", "Kenyatta", "Nkrumah", "Cairo", "Independence"]


def sp(rng, syl=QUECHUA):
    return _syl(rng, syl)


def cy(rng):
    w = "".join(rng.choice(SLAV) for _ in range(rng.randint(2, 3)))
    return w[:1].upper() + w[1:]


# -- the countries: each returns (parts of one address, labelled fields, the local word for "address") --------------

def a_ec(rng):
    if rng.random() < 0.5:
        parts = [f"Av. {rng.choice(STREET_PEOPLE[:5])} N{rng.randint(10, 80)}-{rng.randint(10, 199)} y {sp(rng)}",
                 f"Sector {sp(rng)}", rng.choice(["Quito", "Guayaquil", "Cuenca"]) + f" {rng.randint(170100, 170199)}"]
    else:
        parts = [f"Calle {sp(rng)} {rng.randint(2, 900)} y Av. {sp(rng)}", f"Parroquia {sp(rng)}", f"Cantón {sp(rng)}",
                 f"Provincia de {sp(rng)}"]
    return parts, [("Dirección", parts[0]), ("Parroquia / Sector", parts[1]), ("Ciudad", parts[-1])], "Dirección"


def a_bo(rng):
    parts = [f"Calle {sp(rng)} #{rng.randint(10, 2000)}", f"Zona {sp(rng)}", rng.choice(["La Paz", "El Alto", "Cochabamba"])]
    if rng.random() < 0.4:
        parts = [f"Av. {sp(rng)} {rng.choice(['2do', '3er', '4to'])} anillo", f"Barrio {sp(rng)}", "Santa Cruz de la Sierra"]
    return parts, [("Domicilio", parts[0]), ("Zona", parts[1]), ("Ciudad", parts[2])], "Domicilio"


def a_py(rng):
    parts = [f"{sp(rng, GUARANI)} {rng.randint(100, 3000)} c/ {sp(rng, GUARANI)}", f"Barrio {sp(rng, GUARANI)}",
             rng.choice(["Asunción", "Luque", f"{sp(rng, GUARANI)}"])]
    return parts, [("Dirección", parts[0]), ("Barrio", parts[1]), ("Ciudad", parts[2])], "Dirección"


def a_cu(rng):
    parts = [f"Calle {rng.randint(1, 42)} No. {rng.randint(100, 999)} e/ {rng.choice('ABCDEFGHJK')} y {rng.choice('LMNOP')}",
             f"Rpto. {sp(rng)}", f"{sp(rng)}", "La Habana"]
    return parts, [("Dirección", parts[0]), ("Reparto", parts[1]), ("Municipio", parts[2])], "Dirección"


def a_sn(rng):
    k = rng.random()
    if k < 0.4:
        parts = [f"Villa n° {rng.randint(1, 400)}", f"Cité {sp(rng, WOLOF)}", "Dakar"]
    elif k < 0.7:
        parts = [f"Quartier {sp(rng, WOLOF)}", f"rue {rng.randint(1, 40)} x {rng.randint(1, 40)}", rng.choice(["Dakar", "Thiès"])]
    else:
        parts = [f"BP {rng.randint(100, 9999)}", f"{sp(rng, WOLOF)}", "Sénégal"]
    return parts, [("Adresse", parts[0]), ("Quartier", parts[1]), ("Ville", parts[2])], "Adresse"


def a_cm(rng):
    parts = [f"Rue {rng.randint(1, 3)}.{rng.randint(100, 999)}", f"Quartier {sp(rng, BANTU)}", rng.choice(["Yaoundé", "Douala"])]
    if rng.random() < 0.4:
        parts = [f"BP {rng.randint(100, 9999)} {rng.choice(['Douala', 'Yaoundé'])}", f"lieu-dit {sp(rng, BANTU)}"]
    return parts, [("Adresse", parts[0]), ("Quartier", parts[1])], "Adresse"


def a_ci(rng):
    parts = [f"{sp(rng, AKAN)} {rng.choice(['Riviera 2', 'Angré', 'Cité'])}", f"lot {rng.randint(1, 900)}",
             f"îlot {rng.randint(1, 90)}", f"{rng.randint(1, 28):02d} BP {rng.randint(100, 9999)} Abidjan {rng.randint(1, 28):02d}"]
    return parts, [("Adresse", parts[0]), ("Lot / Îlot", f"{parts[1]}, {parts[2]}"), ("Boîte postale", parts[3])], "Adresse"


def a_ml(rng):
    parts = [f"Rue {rng.randint(100, 900)}", f"Porte {rng.randint(1, 80)}", f"{sp(rng, WOLOF)}", "Bamako"]
    return parts, [("Adresse", f"{parts[0]}, {parts[1]}"), ("Quartier", parts[2]), ("Ville", parts[3])], "Adresse"


def a_ua(rng):
    parts = [f"вул. {cy(rng)}", f"буд. {rng.randint(1, 200)}", f"кв. {rng.randint(1, 300)}", f"м. {cy(rng)}",
             f"{rng.randint(1, 99):02d}{rng.randint(0, 999):03d}"]
    return parts, [("Адреса", ", ".join(parts[:3])), ("Місто", parts[3]), ("Індекс", parts[4])], "Адреса"


def a_by(rng):
    parts = [f"{rng.randint(220000, 247999)}", f"г. {cy(rng)}", f"ул. {cy(rng)}", f"д. {rng.randint(1, 120)}",
             f"кв. {rng.randint(1, 200)}"]
    return parts, [("Адрес", ", ".join(parts[1:])), ("Индекс", parts[0])], "Адрес"


def a_uz(rng):
    parts = [f"{sp(rng, UZ)} tumani", f"{rng.randint(1, 30)}-kvartal", f"{rng.randint(1, 60)}-uy",
             f"{rng.randint(1, 90)}-xonadon", rng.choice(["Toshkent sh.", "Samarqand", f"{sp(rng, UZ)} viloyati"])]
    return parts, [("Manzil", ", ".join(parts[:4])), ("Shahar", parts[4])], "Manzil"


def a_am(rng):
    if rng.random() < 0.5:
        parts = [f"{sp(rng, ARM)} St. {rng.randint(1, 90)}", f"apt. {rng.randint(1, 80)}", f"Yerevan {rng.randint(1, 99):04d}"]
    else:
        parts = [f"{sp(rng, ARM)} district", f"{sp(rng, ARM)} ave. {rng.randint(1, 60)}/{rng.randint(1, 20)}", "Yerevan"]
    return parts, [("Address", parts[0]), ("City", parts[-1])], "Hasce"


def a_md(rng):
    parts = [f"str. {sp(rng, ROM)} {rng.randint(1, 150)}", f"ap. {rng.randint(1, 90)}", f"MD-{rng.randint(2000, 2090)}",
             rng.choice(["Chișinău", "Bălți", f"s. {sp(rng, ROM)}"])]
    return parts, [("Adresa", ", ".join(parts[:2])), ("Cod poștal", parts[2]), ("Localitatea", parts[3])], "Adresa"


def a_al(rng):
    parts = [f"Rruga {sp(rng, ALB)}", f"Pallati {rng.randint(1, 80)}", f"Shkalla {rng.randint(1, 5)}",
             f"Ap. {rng.randint(1, 40)}", f"{rng.choice(['Tiranë', 'Durrës', sp(rng, ALB)])} {rng.randint(1001, 9999)}"]
    return parts, [("Adresa", ", ".join(parts[:4])), ("Qyteti", parts[4])], "Adresa"


def a_lt(rng):
    parts = [f"{sp(rng, LIT)} g. {rng.randint(1, 90)}-{rng.randint(1, 40)}", f"LT-{rng.randint(10000, 99999)} {sp(rng, LIT)}"]
    return parts, [("Adresas", parts[0]), ("Pašto kodas ir miestas", parts[1])], "Adresas"


def a_ws(rng):
    parts = [f"{sp(rng, POLY)}-uta", f"{sp(rng, POLY)}", rng.choice(["Upolu", "Savai'i"])]
    if rng.random() < 0.4:
        parts = [f"P.O. Box {rng.randint(100, 9999)}", "Apia"]
    return parts, [("Village", parts[0]), ("District", parts[1])], "Tuatusi"


def a_to(rng):
    parts = [f"{sp(rng, POLY)}-moe-{sp(rng, POLY)}", "Nuku'alofa", "Tongatapu"]
    return parts, [("Village", parts[0]), ("Island", parts[2])], "Address"


def a_vu(rng):
    parts = [f"PO Box {rng.randint(100, 999)}", f"{sp(rng, POLY)} area", "Port Vila"]
    return parts, [("Address", parts[0]), ("Area", parts[1]), ("Town", parts[2])], "Address"


def a_tt(rng):
    parts = [f"LP {rng.randint(1, 200)} {sp(rng, AKAN)} Trace", f"{sp(rng, AKAN)} Village", rng.choice(["Arima", "Chaguanas", "San Fernando"])]
    if rng.random() < 0.5:
        parts = [f"#{rng.randint(1, 90)} {sp(rng, AKAN)} Avenue", f"{sp(rng, AKAN)} Gardens", "Diego Martin"]
    return parts, [("Address", parts[0]), ("Area", parts[1]), ("Town", parts[2])], "Address"


def a_gy(rng):
    parts = [f"Lot {rng.randint(1, 300)} {sp(rng, AKAN)} Street", f"{sp(rng, AKAN)}ville", "Georgetown"]
    return parts, [("Address", parts[0]), ("Ward", parts[1])], "Address"


def a_jo(rng):
    if rng.random() < 0.5:
        parts = [f"Building {rng.randint(1, 90)}", f"{sp(rng, ARAB).title()} St", f"Jabal {sp(rng, ARAB).title()}",
                 f"Amman {rng.randint(11110, 11999)}"]
    else:
        parts = [f"P.O. Box {rng.randint(100, 99999)}", f"Amman {rng.randint(11110, 11999)}"]
    return parts, [("Address", parts[0]), ("City", parts[-1])], "Address"


def a_gh(rng):
    parts = [f"House No. {rng.choice('ABCDE')}/{rng.randint(1, 90)}", f"{sp(rng, AKAN)} Hill", f"{sp(rng, AKAN)}",
             f"GA-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}", "Accra"]
    return parts, [("House", parts[0]), ("Area", parts[1]), ("GhanaPost GPS", parts[3])], "Address"


def a_zm(rng):
    parts = [f"Plot {rng.randint(100, 9999)}", f"{sp(rng, BANTU)} Road", f"{sp(rng, BANTU)}", "Lusaka"]
    if rng.random() < 0.4:
        parts = [f"Stand No. {rng.randint(1, 900)}", f"{sp(rng, BANTU)} Compound", "Kitwe"]
    return parts, [("Plot", parts[0]), ("Area", parts[-2]), ("Town", parts[-1])], "Address"


def a_na(rng):
    parts = [f"Erf {rng.randint(100, 9999)}", f"{sp(rng, BANTU)} Street", f"{sp(rng, BANTU)}", "Windhoek"]
    return parts, [("Erf", parts[0]), ("Suburb", parts[2]), ("Town", parts[3])], "Address"


COUNTRIES = {"ec": a_ec, "bo": a_bo, "py": a_py, "cu": a_cu, "sn": a_sn, "cm": a_cm, "ci": a_ci, "ml": a_ml,
             "ua": a_ua, "by": a_by, "uz": a_uz, "am": a_am, "md": a_md, "al": a_al, "lt": a_lt, "ws": a_ws,
             "to": a_to, "vu": a_vu, "tt": a_tt, "gy": a_gy, "jo": a_jo, "gh": a_gh, "zm": a_zm, "na": a_na}
PEOPLE = ["Amadou Diallo", "Olena Kovalenko", "Luis Quispe", "Ana Ferreira", "Dilnoza Karimova", "Tevita Fifita"]

LAYOUTS = [
    "Please send the parcel to {A} before Friday.",
    "{L}: {A}",
    "{P}\n{M}\nTel: {T} | {E}",
    'id;name;address;amount\n7;Client;"{A}";120\n8;Client;"{A2}";75',
    '{{"id": 7, "addr": "{A}", "ok": true}}',
    "> {M}\nThanks, noted the new address.",
    "member:\n  id: 7\n  address: {A}\n  status: active",
    "| id | address | note |\n|---|---|---|\n| 7 | {A} | fragile |",
    "<customer><id>7</id><address>{A}</address></customer>",
    "We met at {A}. The meeting went well.",
    "Registration form\n{F}\nPurpose: visit",
    "Courier note — deliver to {A} (call first).",
]
TOWN_LAYOUTS = [
    "She grew up in {C}, a small town, and now works for us.",
    "Branch: {C}\nManager: on leave",
    "The truck left {C} on Monday and reached {C2} two days later.",
    "Born in {C} in 1984; moved to the capital later.",
]
NEGATIVES = [
    "The Regional Manager met the Sales Team at Building 4 on Monday; Floor 2 stays closed.",
    "Lot 12 of the auction: a Box of 40 items, Section B, Row 3.",
    "Status: active\nPlan: Premium\nRegion: North\nRenewal: 2026-01-01",
    "Please review Chapter 5, Table 3 and Figure 12 before the Board meeting.",
    "| metric | value |\n|---|---|\n| Sessions | 1200 |\n| Bounce Rate | 41% |",
    "The Quarterly Report, Annex B and the Audit Plan go to Finance by Friday.",
    "Order 4412 shipped in 3 boxes; Tracking: pending; Carrier: Express Freight.",
    "Thanks for the update — see you at the Town Hall meeting at 10.",
]
TOWN_SYL = [QUECHUA, WOLOF, BANTU, UZ, ARM, POLY, AKAN, LIT, ALB]

# -- Chinese ---------------------------------------------------------------------------------------------------------

ZH_T = "福祥華興盛泰安寧康樂富貴明德榮昌順利嘉豐和平"
ZH_S = "福祥华兴盛泰安宁康乐富贵明德荣昌顺利嘉丰和平"


def _zn(rng, chars, n=2):
    return "".join(rng.choice(chars) for _ in range(n))


def zh_address(rng):
    k = rng.randrange(5)
    if k == 0:
        return f"{_zn(rng, ZH_T)}區{_zn(rng, ZH_T)}道{rng.randint(1, 300)}號{_zn(rng, ZH_T)}大廈{rng.choice('ABCDE')}座{rng.randint(2, 40)}樓{rng.randint(1, 20)}室"
    if k == 1:
        return f"{_zn(rng, ZH_T)}市{_zn(rng, ZH_T)}區{_zn(rng, ZH_T)}路{rng.randint(1, 3)}段{rng.randint(1, 300)}巷{rng.randint(1, 30)}弄{rng.randint(1, 99)}號{rng.randint(2, 15)}樓"
    if k == 2:
        return f"{_zn(rng, ZH_T)}{_zn(rng, ZH_T)}花園{rng.randint(1, 9)}座{rng.randint(1, 30)}樓{rng.choice('ABCDEFGH')}"
    if k == 3:
        return f"{_zn(rng, ZH_S)}市{_zn(rng, ZH_S)}区{_zn(rng, ZH_S)}路{rng.randint(1, 400)}号{_zn(rng, ZH_S)}苑{rng.randint(1, 30)}栋{rng.randint(1, 6)}单元{rng.randint(101, 2805)}"
    return f"{_zn(rng, ZH_S)}区{_zn(rng, ZH_S)}街道{_zn(rng, ZH_S)}新村{rng.randint(1, 200)}弄{rng.randint(1, 60)}号{rng.randint(101, 604)}室"


ZH_LAYOUTS = [
    "地址：{A}\n電話：另行通知",
    "麻煩把文件寄到{A}，謝謝。",
    "编号,地址,备注\nA01,{A},加急\nA02,{A2},普通",
    "客户说他已经搬到{A}了，请更新资料。",
    '{{"收件地址": "{A}", "状态": "待派送"}}',
    "> 新住址：{A}\n已更新。",
]
ZH_NEGATIVES = ["本月三樓會議室維修，請改到五樓開會。", "第二季度华南区销售额增长12%，详见附表。",
                "請於週五前提交報告，逾期不候。", "二号楼电梯周末检修，请走楼梯。"]


def _place(text, value, spans, kind="ADDRESS"):
    spans.append((kind, len(text), len(text) + len(value)))
    return text + value


def _fill(layout, values, quoted):
    text, spans, pos = "", [], 0
    layout = layout.replace("{{", "\x01").replace("}}", "\x02")
    for m in re.finditer(r"\{(\w+)\}", layout):
        text += layout[pos : m.start()].replace("\x01", "{").replace("\x02", "}")
        slot = m.group(1)
        if slot == "F":
            for i, (label, v) in enumerate(values["F"]):
                text += ("\n" if i else "") + label + ": "
                text = _place(text, v, spans)
        elif slot == "L":
            text += values[slot]
        elif slot in ("P", "E", "T"):
            text = _place(text, values[slot], spans, {"P": "PERSON", "E": "EMAIL_ADDRESS", "T": "PHONE_NUMBER"}[slot])
        elif slot in ("C", "C2"):
            text = _place(text, values[slot], spans, "LOCATION")
        else:
            v = values[slot]
            if quoted:
                v = v.replace("\n", "\n> ")
            text = _place(text, v, spans)
        pos = m.end()
    text += layout[pos:].replace("\x01", "{").replace("\x02", "}")
    return text, spans


def samples(n, countries, en=True, zh=True):
    rng = random.Random(130313)
    out = []
    if en:
        for code in countries:
            gen = COUNTRIES[code]
            for _ in range(n):
                for layout in LAYOUTS:
                    parts, fields, label = gen(rng)
                    parts2, _, _ = gen(rng)
                    person = rng.choice(PEOPLE)
                    vals = {"A": ", ".join(parts), "A2": ", ".join(parts2), "M": "\n".join(parts), "F": fields,
                            "L": label, "P": person, "T": f"+1 555 {rng.randint(1000, 9999)}", "E": person.split()[0].lower() + "@example.org"}
                    text, gold = _fill(layout, vals, layout.startswith(">"))
                    out.append((code, text, gold))
        for _ in range(n * 3):
            for layout in TOWN_LAYOUTS:
                vals = {"C": sp(rng, rng.choice(TOWN_SYL)), "C2": sp(rng, rng.choice(TOWN_SYL))}
                text, gold = _fill(layout, vals, False)
                out.append(("town", text, gold))
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
    ap.add_argument("--n", type=int, default=2)
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--country", default="")
    ap.add_argument("--en-only", action="store_true")
    ap.add_argument("--zh-only", action="store_true")
    ap.add_argument("--off", action="store_true", help="_rec_address13 off (A/B in one process)")
    args = ap.parse_args()
    import privacy_eval as pe

    if args.off:
        try:
            from workbench.privacy import _rec_address13

            _rec_address13.ENABLED = False
        except ImportError:
            pass
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
        kind = "LOCATION" if group == "town" else "ADDRESS"
        v, lk = sc.values[kind], sc.leaked[kind]
        lang = "zh" if group.startswith("zh") else "town" if group == "town" else "en"
        tot.update({lang + k: x for k, x in (("v", v), ("l", lk), ("w", sc.outside_words), ("c", sc.outside_changed))})
        print(f"{group:7s} {kind.lower()} leaked {lk:4d}/{v:<4d}  over {sc.outside_changed}/{sc.outside_words}")
    for lang in ("en", "town", "zh"):
        if tot[lang + "v"] or tot[lang + "w"]:
            print(f"{lang}: leaked {tot[lang + 'l']}/{tot[lang + 'v']} "
                  f"({100 * tot[lang + 'l'] / max(1, tot[lang + 'v']):.1f}%), over-redaction "
                  f"{tot[lang + 'c']}/{tot[lang + 'w']} ({100 * tot[lang + 'c'] / max(1, tot[lang + 'w']):.1f}%)")


if __name__ == "__main__":
    main()
