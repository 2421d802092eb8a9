"""Round nine (P1): a generator of Chinese text SHAPES no split wrote, to check that fixes carry.

    python bench/privacy_cjk_round9_check.py                 # seed 9, every family, the summary
    python bench/privacy_cjk_round9_check.py --show 20       # also print leaks and over-redactions
    python bench/privacy_cjk_round9_check.py --seed 10       # a second draw (rates only)

Values (all drawn here, seen data only):

* phones: mainland mobiles and landlines made valid by ``phonenumbers``' own metadata (random digits kept only when
  ``is_valid_number`` and the number type agree), written in the forms a writer picks: 3-4-4 and 4-4-3 with spaces,
  dashes or dots, +86 / 0086 / 86- / (+86) / （+86）, full-width digits and punctuation, area codes in brackets
  (ASCII or full-width) or with a dash, extensions 转 / 分机 / -; 400/800 service numbers;
* ids: 18-digit 身份证 (MOD 11-2 check written here) whole or spaced 6-8-4, 15-digit old cards, passports after 护照,
  UnionPay cards (Luhn) in groups, QQ numbers and 微信 ids after their label, e-mails glued to Chinese;
* names and addresses: Faker zh_CN / zh_TW (seen by every split; the carriers are what is new here).

Carriers: chat messages (a time stamp and a speaker), 表格 pastes (tab-separated rows with a header), 快递单 (waybill
labels), 病历 (a clinic note), 合同 (a contract's party block). Scored with ``privacy_eval``'s rule: a value leaks
when a word of it is sent; every other word changed is over-redaction.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

FULL = str.maketrans("0123456789-()+ .", "０１２３４５６７８９－（）＋　．")


def _valid(rng: random.Random, kind: str) -> str:
    """A CN number of ``kind`` (mobile / fixed) that phonenumbers' metadata accepts, national significant digits."""
    import phonenumbers as pn
    from phonenumbers import PhoneNumberType as T

    want = T.MOBILE if kind == "mobile" else T.FIXED_LINE
    while True:
        if kind == "mobile":
            digits = "1" + rng.choice("3456789") + "".join(rng.choice("0123456789") for _ in range(9))
        else:
            area = rng.choice(["10", "20", "21", "22", "23", "24", "25", "27", "28", "29"] + [
                str(rng.randint(310, 999))])
            digits = area + str(rng.randint(2, 8)) + "".join(rng.choice("0123456789") for _ in range(7 if len(area) == 2 else 6))
        num = pn.parse("+86" + digits)
        if pn.is_valid_number(num) and pn.number_type(num) in (want, T.FIXED_LINE_OR_MOBILE):
            return digits


def mobile(rng: random.Random) -> str:
    d = _valid(rng, "mobile")
    sep = rng.choice([" ", "-", ".", "", " "])
    body = rng.choice([f"{d[:3]}{sep}{d[3:7]}{sep}{d[7:]}", f"{d[:4]}{sep}{d[4:8]}{sep}{d[8:]}", d])
    prefix = rng.choice(["", "", "+86 ", "+86-", "0086 ", "86-", "(+86)", "（+86）", "+86 ", "(86)"])
    value = prefix + body
    return value.translate(FULL) if rng.random() < 0.15 else value


def landline(rng: random.Random) -> str:
    d = _valid(rng, "fixed")
    cut = 2 if d[0] in "12" and d[1] in "0123456789" and d[:2] in ("10", "20", "21", "22", "23", "24", "25", "27", "28", "29") else 3
    area, local = d[:cut], d[cut:]
    local = rng.choice([local, f"{local[:4]} {local[4:]}", f"{local[:-4]}-{local[-4:]}"])
    form = rng.choice(["(0{a}){l}", "（0{a}）{l}", "0{a}-{l}", "0{a} {l}", "+86 {a} {l}", "+86-{a}-{l}", "(0{a}) {l}"])
    value = form.format(a=area, l=local)
    if rng.random() < 0.3:
        value += rng.choice(["转", "分机", "-", " 转 ", "分机号", " ext."]) + str(rng.randint(1, 9999))
    return value.translate(FULL) if rng.random() < 0.1 else value


def service(rng: random.Random) -> str:
    d = rng.choice("48") + "00" + "".join(rng.choice("0123456789") for _ in range(7))
    return rng.choice([d, f"{d[:3]}-{d[3:6]}-{d[6:]}", f"{d[:3]} {d[3:7]} {d[7:]}", f"{d[:4]}-{d[4:7]}-{d[7:]}"])


def resident_id(rng: random.Random) -> str:
    region = str(rng.choice([110101, 310104, 440305, 510107, 330106, 420102, 610113, 370202, 210102, 350203]))
    birth = f"{rng.randint(1950, 2005)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    if rng.random() < 0.2:  # the 15-digit card before 1999: yymmdd, no check character
        return region + birth[2:] + f"{rng.randint(0, 999):03d}"
    body = region + birth + f"{rng.randint(0, 999):03d}"
    total = sum(int(c) * w for c, w in zip(body, [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]))
    value = body + "10X98765432"[total % 11]
    return rng.choice([value, f"{value[:6]} {value[6:14]} {value[14:]}", value.lower()])


def card(rng: random.Random) -> str:
    digits = "62" + "".join(rng.choice("0123456789") for _ in range(rng.choice([14, 15, 17]) - 1))
    total = sum(int(c) if i % 2 else sum(divmod(int(c) * 2, 10)) for i, c in enumerate(reversed(digits)))
    digits += str((10 - total % 10) % 10)
    if rng.random() < 0.5:
        return " ".join(digits[i : i + 4] for i in range(0, len(digits), 4))
    return digits


def passport(rng: random.Random) -> str:
    if rng.random() < 0.6:  # the older E/G series: a letter and eight digits; since 2019: E, a letter, seven digits
        return rng.choice("EG") + "".join(rng.choice("0123456789") for _ in range(8))
    return "E" + rng.choice("ABCDEFGHJKLMN") + "".join(rng.choice("0123456789") for _ in range(7))


def qq(rng: random.Random) -> str:
    return str(rng.randint(10000, 3999999999))


def wechat(rng: random.Random) -> str:
    letters = "abcdefghijklmnopqrstuvwxyz"
    head = rng.choice(letters) + "".join(rng.choice(letters + "0123456789_") for _ in range(rng.randint(5, 12)))
    return rng.choice([head, "wxid_" + "".join(rng.choice(letters + "0123456789") for _ in range(14))])


FAMILIES = {
    "mobile": (mobile, ["手机", "电话", "手机号", "联系电话", "Tel", "手机号码"]),
    "landline": (landline, ["座机", "电话", "办公电话", "固话", "联系电话", "传真"]),
    "service": (service, ["客服电话", "热线", "服务热线"]),
    "resident_id": (resident_id, ["身份证号", "身份证", "公民身份号码", "证件号码", "身份证号码"]),
    "card": (card, ["银行卡号", "卡号", "收款账号", "开户账号"]),
    "passport": (passport, ["护照号", "护照", "护照号码"]),
    "qq": (qq, ["QQ", "QQ号", "qq", "扣扣"]),
    "wechat": (wechat, ["微信", "微信号", "VX", "wx"]),
}


def _carriers(rng: random.Random, fake, values: list[tuple[str, str, str]]) -> list[tuple[str, str | None]]:
    """One sample as pieces: (text, gold type or None); values are (family, label, value)."""
    name, addr = fake.name(), fake.address().replace("\n", "")
    shape = rng.choice(["chat", "table", "waybill", "clinic", "contract"])
    fam, label, value = values[0]
    gold = "PHONE_NUMBER" if fam in ("mobile", "landline", "service") else "ID"
    sep = rng.choice(["：", ":", " ", "：", "是"])
    if shape == "chat":
        return [(f"[{rng.randint(8, 22)}:{rng.randint(0, 59):02d}] ", None), (name, "PERSON"),
                (rng.choice(["：", ": "]) + rng.choice(["我的", "", "加我", "这是我"]) + label + sep, None), (value, gold),
                (rng.choice(["，有事随时联系", "，晚点发你", "~", "，谢谢", ""]), None)]
    if shape == "table":
        return [(f"姓名\t{label}\t地址\n", None), (name, "PERSON"), ("\t", None), (value, gold), ("\t", None),
                (addr, "ADDRESS"), ("\n", None)]
    if shape == "waybill":
        return [("收件人：", None), (name, "PERSON"), (rng.choice(["\n", "  ", "，"]) + label + sep, None), (value, gold),
                (rng.choice(["\n收货地址：", "\n地址：", "  寄往："]), None), (addr, "ADDRESS"),
                (rng.choice(["\n备注：放丰巢快递柜", "\n备注：工作日送达", ""]), None)]
    if shape == "clinic":
        return [("门诊病历\n患者：", None), (name, "PERSON"), (f"，{rng.choice('男女')}，{rng.randint(3, 90)}岁。" + label + sep, None),
                (value, gold), ("。主诉：咳嗽三天，伴低热。初步诊断：上呼吸道感染，建议多饮水，复诊。", None)]
    return [("甲方（出租人）：", None), (name, "PERSON"), ("\n" + label + sep, None), (value, gold),
            ("\n住所：", None), (addr, "ADDRESS"), ("\n乙方应按月支付租金，合同期满前一个月书面通知对方。", None)]


def build(seed: int, n: int) -> dict[str, list]:
    from faker import Faker

    rng = random.Random(seed)
    fakes = [Faker("zh_CN"), Faker("zh_TW")]
    for i, f in enumerate(fakes):
        f.seed_instance(seed * 10 + i)
    sets: dict[str, list] = {}
    for fam, (gen, labels) in FAMILIES.items():
        samples = []
        for _ in range(n):
            pieces = _carriers(rng, rng.choice(fakes), [(fam, rng.choice(labels), gen(rng))])
            text, gold = "", []
            for piece, kind in pieces:
                if kind:
                    gold.append((kind, len(text), len(text) + len(piece)))
                text += piece
            samples.append((text, gold))
        sets[fam] = samples
    return sets


def main(argv: list[str] | None = None) -> int:
    import privacy_eval as pe

    from workbench.privacy import Privacy

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=9)
    ap.add_argument("--n", type=int, default=60, help="samples per family")
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--only", default="")
    args = ap.parse_args(argv)
    privacy = Privacy()
    totals: Counter = Counter()
    print("| family | value leaked | names leaked | addresses leaked | over-redaction |\n|---|---:|---:|---:|---:|")
    for fam, samples in build(args.seed, args.n).items():
        if args.only and fam not in args.only.split(","):
            continue
        sc = pe.score(privacy, samples, args.show)
        kind = "PHONE_NUMBER" if fam in ("mobile", "landline", "service") else "ID"
        print(f"| {fam} | {sc.leaked[kind]}/{sc.values[kind]} | {sc.leaked['PERSON']}/{sc.values['PERSON']} | "
              f"{sc.leaked['ADDRESS']}/{sc.values['ADDRESS']} | {sc.outside_changed}/{sc.outside_words} |")
        for key in ("leaked", "values"):
            totals.update({f"{key}:{k}": v for k, v in getattr(sc, key).items()})
        totals["over"] += sc.outside_changed
        totals["words"] += sc.outside_words
        for what, value, sent in sc.examples:
            print(f"    {what}: {value!r}\n        sent: {sent!r}")
    print(f"\ntotal over-redaction {totals['over']}/{totals['words']}; " + ", ".join(
        f"{k[7:]} {totals[k]}/{totals['values:' + k[7:]]}" for k in sorted(totals) if k.startswith("leaked:")))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
