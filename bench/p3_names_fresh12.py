"""Round twelve (P3): a fresh fuzz of person names in cue-less positions, English and Chinese, and the two-turn vault.

Every name here was written for this check by hand, from cultures no split, fuzzer or check set used: Malagasy,
Mongolian, Burmese, Samoan / Tongan, Andean (Quechua / Aymara), Somali, Maori, Hawaiian, Basque, Lao, Tibetan,
Kurdish, Hmong, Fijian, Armenian, Malay; Chinese names in characters (surnames and given names written here),
romanised in pinyin, Wade-Giles (Taiwan), Cantonese (Hong Kong) and Hokkien (Malaysia) spellings. No package's
data is read. The layouts put names where no cue word stands before them: sign-offs, greetings, table cells, CSV,
chat speaker labels, name lists, ``cc:`` lines, "Dear X,", "X said", forwarded headers, mixed English / Chinese
lines, Chinese names in WeChat logs, tickets and tables with no 先生 / 经理 after them; and the two-turn vault
(turn 1 a full name, turn 2 the surname alone, the given name alone, in capitals or lower case). Name-free
lines (capitalised everyday words, products, bands, column names) count over-redaction.

    python bench/p3_names_fresh12.py              # counts through workbench.connect().redact()
    python bench/p3_names_fresh12.py --show       # and each leak / over-redacted word
    python bench/p3_names_fresh12.py --seed 7     # another draw of the same pools and layouts

Run it from another tree (``cd /tmp/old && python /work/main/bench/p3_names_fresh12.py``) to compare versions.
Written by P3 before the round-twelve name rules, then TUNED ON (its figures are seen once a rule was fixed on it).
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path.cwd()))

#: culture -> (given names, family names, family name first?)
POOLS: dict[str, tuple[list[str], list[str], bool]] = {
    "malagasy": (["Haingo", "Fanomezantsoa", "Toky", "Mialy", "Tahina", "Rindra", "Voahangy", "Njaka", "Lova", "Hery"],
                 ["Rakotomalala", "Andrianarivo", "Rasoanaivo", "Razafindrakoto", "Ravelojaona", "Randrianasolo",
                  "Rabemananjara", "Ramanantsoa"], False),
    "mongolian": (["Batbayar", "Oyunchimeg", "Enkhtuya", "Ganzorig", "Munkhbat", "Sarangerel", "Temuulen", "Bolormaa",
                   "Tsetseg", "Erdenebat"],
                  ["Dorjsuren", "Gantulga", "Purevdorj", "Batsaikhan", "Luvsandash", "Tserendorj", "Baasanjav"], False),
    "burmese": (["Aung", "Thandar", "Zaw", "Khin", "Ei", "Htet", "Nandar", "Kyaw"],
                ["Kyaw Moe", "Hlaing", "Min Htut", "Myat Noe", "Phyu Sin", "Aung Lin", "Win", "Zin Thant"], False),
    "tongan": (["Sione", "Losana", "Mele", "Tevita", "Siosaia", "Falaniko", "Iosefa", "Malia", "Viliami", "Salote"],
               ["Fifita", "Tuipulotu", "Faleolo", "Tuilagi", "Vainikolo", "Havili", "Leiataua", "Taufahema"], False),
    "andean": (["Wilfredo", "Nayra", "Inti", "Killa", "Sayri", "Amaru", "Wayra", "Yola"],
               ["Mamani", "Quispe", "Huanca", "Condori", "Choque", "Apaza", "Ticona", "Yujra"], False),
    "somali": (["Hodan", "Abdirahman", "Ayaan", "Faadumo", "Ilhaan", "Guuleed", "Sahra", "Cabdullaahi"],
               ["Warsame", "Farah", "Jama", "Cabdi", "Xasan", "Nuur", "Aadan", "Samatar"], False),
    "maori": (["Aroha", "Wiremu", "Hemi", "Mere", "Tamati", "Ngaio", "Rawiri", "Huia", "Kahu"],
              ["Tipene", "Te Whiu", "Ngata", "Parata", "Tawhiri", "Rangihuna", "Tuhiwai", "Te Rangi"], False),
    "hawaiian": (["Keoni", "Leilani", "Kaimana", "Makana", "Noelani", "Kainoa", "Iolana"],
                 ["Kahananui", "Kealoha", "Kamakau", "Nakoa", "Akana", "Kanahele", "Keawe"], False),
    "basque": (["Aitor", "Nerea", "Iñaki", "Amaia", "Gorka", "Maialen", "Unai", "Ainhoa"],
               ["Etxeberria", "Goikoetxea", "Urrutia", "Agirre", "Zubizarreta", "Larrañaga", "Arrizabalaga"], False),
    "lao": (["Souksavanh", "Phonsavanh", "Bounmy", "Khamla", "Vilayvanh", "Chansouk", "Noy"],
            ["Phommachanh", "Sisavath", "Vongsa", "Keomany", "Inthavong", "Chanthavong", "Sayasane"], False),
    "tibetan": (["Tenzin", "Pema", "Tashi", "Lobsang", "Dawa", "Ngawang", "Sonam"],
                ["Dorje", "Lhamo", "Wangmo", "Gyatso", "Tsering", "Norbu", "Dolkar"], False),
    "kurdish": (["Rojda", "Shirwan", "Berivan", "Hozan", "Dilan", "Azad", "Zozan", "Rebwar"],
                ["Zebari", "Hawrami", "Mirani", "Botani", "Khoshnaw", "Sindi", "Baban"], False),
    "hmong": (["Pa", "Tou", "Kia", "Xee", "Nou", "Yeng", "Mai", "Chue"],
              ["Vang", "Xiong", "Thao", "Moua", "Lor", "Vue", "Hang"], False),
    "fijian": (["Josefa", "Mereani", "Epeli", "Litia", "Semi", "Adi", "Vilimone", "Ilisapeci"],
               ["Vosanibola", "Tuisawau", "Nawalowalo", "Ravuvu", "Qarase", "Waqanivalu", "Bainimarama"], False),
    "armenian": (["Anush", "Tigran", "Lusine", "Hovik", "Gayane", "Arsen", "Siranush"],
                 ["Hovhannisyan", "Sargsyan", "Petrosyan", "Ghukasyan", "Mkrtchyan", "Harutyunyan"], False),
    "malay": (["Nurul", "Aiman", "Syafiqah", "Hafiz", "Izzati", "Khairul", "Farhana"],
              ["Rahman", "Ismail", "Hamzah", "Zulkifli", "Kamaruddin", "Yusof", "Othman"], False),
}

#: Chinese in characters: surnames (one or two characters) and given names, written here
ZH_SUR = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "徐", "孙", "马", "胡", "朱", "郭", "何", "罗", "高", "林",
          "阎", "庞", "佟", "覃", "邬", "蔺", "詹", "欧阳", "上官", "司马", "诸葛", "夏侯"]
ZH_GIVEN = ["嘉怡", "子轩", "梓涵", "浩然", "晓婷", "俊杰", "雨桐", "思远", "建国", "秀英", "桂芳", "志强", "海燕", "文博", "若曦",
            "一鸣", "佳琪", "宇航", "明轩", "欣悦", "静", "磊", "芳", "伟", "婷", "超", "丹", "鹏", "琳", "昊天", "沐阳", "书瑶"]
#: romanised Chinese names (given, surname, surname-first in the usual spelling?)
ROMAN: list[tuple[str, str, bool]] = [
    ("Haoran", "Zhang", True), ("Yutong", "Liu", True), ("Siyuan", "Chen", True), ("Ruoxi", "Ouyang", True),
    ("Jiahao", "Huang", True), ("Mingxuan", "Zhou", True), ("Shuyao", "Guo", True), ("Xinyue", "Zhao", True),
    ("Chih-hao", "Chang", True), ("Pei-shan", "Lin", True), ("Wen-ling", "Tsai", True), ("Yu-ting", "Hsu", True),
    ("Tai-man", "Chan", True), ("Ka-ho", "Wong", True), ("Wing Sze", "Cheung", True), ("Siu Ming", "Lau", True),
    ("Wei Ling", "Tan", True), ("Boon Keng", "Lim", True), ("Siew Hwa", "Goh", True), ("Kah Wai", "Ong", True),
    ("Vivian", "Leung", False), ("Kelvin", "Ng", False), ("Grace", "Tsang", False), ("Derek", "Kwok", False),
]

# {A} {B} {C}: full names; {G} {H}: given names; {S}: a surname
EN_LAYOUTS = [
    "Thanks,\n{A}",
    "Best regards,\n{G}\nSenior Analyst, Pricing",
    "Hi {G},\nthe Q3 churn file is attached.",
    "Dear {A},\nWe have received your claim and will reply within five days.",
    "Dear Ms {S},\nThank you for the updated figures.",
    "{A} said the numbers look off for March.",
    "cc: {A}; {B}",
    "---------- Forwarded message ---------\nFrom: {A}\nDate: Tue, 4 Mar 2025\nTo: {B}\n"
    "Subject: refund batch",
    "id,owner,region\n1,{A},North\n2,{B},South",
    "| Analyst | Region | Score |\n|---|---|---|\n| {A} | East | 0.82 |\n| {B} | West | 0.77 |",
    "{G}: can you rerun the cohort query?\n{H}: on it, give me ten minutes",
    "[10:42] {A}: the join on account_id is broken\n[10:44] {B}: looking",
    "Attendees: {A}, {B}, {C}",
    "Team for the audit:\n- {A}\n- {B}\n- {C}",
    "Reviewed by {A} on 3 March.",
    "Assign the ticket to {A} (data engineering).",
    "Owner: {S}, {G}",
    "Spoke with {A} from procurement about the renewal.",
    "Interview notes: {A}\nRole: junior analyst",
    "Meeting moved to Friday; {G} and {H} will present the forecast.",
    "{A} wrote:\n> the totals differ between the two exports",
    "Sent from my phone\n-- {G}",
    "{A}, {B} and {C} signed the variance memo.",
    "Please loop in {A} before we send it.",
]
# {Z} {Z2} {Z3}: Chinese full names; {R} {R2}: romanised full names
ZH_LAYOUTS = [
    "[微信] {Z}：明天的报表我来改",
    "{Z} 10:42\n数据已经更新了\n{Z2} 10:45\n收到",
    "工单号,处理人,状态\nT-101,{Z},处理中\nT-102,{Z2},已关闭",
    "| 负责人 | 部门 | 进度 |\n|---|---|---|\n| {Z} | 财务部 | 80% |",
    "抄送：{Z}、{Z2}",
    "{Z}说这周的数据有问题。",
    "请把报告发给 {R} 和 {Z}。",
    "感谢{Z}的支持！",
    "{Z}、{Z2}、{Z3}三人参加了评审。",
    "@{Z} 请确认一下口径",
    "以上，谢谢。\n——{Z}",
    "Hi {R}, 请查看附件里的Q3数据。",
    "Owner: {R}\nReviewer: {R2}",
    "{R} said the regional numbers look off.",
    "发件人: {Z}\n收件人: {Z2}\n主题: 月度对账",
    "群聊记录\n{Z}：今天谁值班？\n{Z2}：我来",
    "客户反馈由{Z}跟进，{Z2}复核。",
    "Dear {R},\n附件是合同的修订版。",
]
#: turn 1, then turn 2 in the same session: turn 2's value must not go out in clear
TWO_TURN = [
    ("Please set up dashboard access for {G} {S}.", "{S} still cannot log in.", "S"),
    ("Please set up dashboard access for {G} {S}.", "Ask {G} whether the VPN works now.", "G"),
    ("The variance memo came from {G} {S}.", "{SU} has replied with the corrections.", "SU"),
    ("The variance memo came from {G} {S}.", "ok will ping {g} about it", "g"),
    ("Loan review for {G} {S} is pending.", "did {s} send the payslips?", "s"),
    ("请给{Z}开通报表权限。", "{ZS}总还没收到账号。", "ZS"),
    ("{Z}负责这个项目。", "{ZG}说明天提交。", "ZG"),
    ("Please add {R} to the distribution list.", "{RS} confirmed the numbers.", "RS"),
    ("Please add {R} to the distribution list.", "Can {RG} join the call?", "RG"),
]
#: lines with no personal data: every changed word is over-redaction
CLEAN = [
    "Top sellers: Widget Pro, Gadget Max, Nimbus Lite.",
    "name,price,stock\nLantern,12,40\nCompass,30,5",
    "Playlist: Radiohead, Coldplay, Massive Attack, The National.",
    "Columns: customer_id, first_seen, last_login, churn_flag",
    "Product,Category,Owner Team\nAurora,Lighting,Growth\nSummit,Outdoor,Core",
    "Happy Monday! Hope Everyone had a Great Weekend.",
    "The Falcon release ships with the Orion and Atlas dashboards.",
    "Sprint Review\nDone: Login Revamp, Search Filters\nNext: Dark Mode",
    "Regards,\nThe Analytics Team",
    "Dear Customer,\nYour order has shipped.",
    "Hi all,\nthe Q3 deck is in the shared drive.",
    "Thanks,\nFinance Ops",
    "cc: Legal; Compliance",
    "Name|Plan|Seats\nStarter|Basic|5\nScale Up|Pro|50",
    "Attendees: Sales, Marketing, Support",
    "Bands on the poster: Daft Punk, Arcade Fire, Tame Impala.",
    "产品,价格\n小米手环,199\n华为平板,2399",
    "本周会议纪要：讨论了增长、留存和定价三个议题。",
    "[微信] 系统：您的账户已在新设备登录",
    "抄送：财务部、法务部",
    "感谢大家的支持！",
    "以上，谢谢。\n——数据组",
]


def _full(given: str, sur: str, sur_first: bool) -> str:
    return f"{sur} {given}" if sur_first else f"{given} {sur}"


def _draw(rng: random.Random) -> dict[str, str]:
    vals: dict[str, str] = {}
    cultures = list(POOLS)
    for key in ("A", "B", "C"):
        given, sur, first = POOLS[rng.choice(cultures)]
        vals[key] = _full(rng.choice(given), rng.choice(sur), first)
    culture = rng.choice([c for c in cultures if c not in ("burmese",)])
    given, sur, _ = POOLS[culture]
    vals["G"], vals["S"] = rng.choice(given), rng.choice(sur)
    vals["H"] = rng.choice(POOLS[rng.choice(cultures)][0])
    vals["g"], vals["s"], vals["SU"] = vals["G"].lower(), vals["S"].lower(), vals["S"].upper()
    for key in ("Z", "Z2", "Z3"):
        vals[key] = rng.choice(ZH_SUR) + rng.choice(ZH_GIVEN)
    sur_z = rng.choice(ZH_SUR)
    given_z = rng.choice([g for g in ZH_GIVEN if len(g) == 2])
    vals["Z"], vals["ZS"], vals["ZG"] = sur_z + given_z, sur_z, given_z
    for key in ("R", "R2"):
        g, s, first = rng.choice(ROMAN)
        vals[key] = _full(g, s, first)
    g, s, first = rng.choice(ROMAN)
    vals["R"], vals["RS"], vals["RG"] = _full(g, s, first), s, g
    return vals


def _leaked(value: str, sent: str, rest: str = "") -> bool:
    """Any word of a Latin value (two letters or more), any character of a Chinese one, sent in clear (a character
    counts only beyond the times the rest of the template itself holds it)."""
    if re.search(r"[\u4e00-\u9fff]", value):
        return any(sent.count(ch) > rest.count(ch) for ch in set(value) if "\u4e00" <= ch <= "\u9fff")
    words = [w for w in re.split(r"[\s.,-]+", value) if len(w) >= 2]
    return any(re.search(rf"(?<![\w]){re.escape(w)}(?![\w])", sent, re.IGNORECASE) for w in words)


def _words(text: str) -> list[str]:
    latin = re.findall(r"[A-Za-z][\w'-]*", text)
    return latin + re.findall(r"[\u4e00-\u9fff]", text)


def _over(template_rest: str, sent: str) -> list[str]:
    out = []
    for w in _words(template_rest):
        if re.search(r"[\u4e00-\u9fff]", w):
            if w not in sent:
                out.append(w)
        elif not re.search(rf"(?<![\w]){re.escape(w)}(?![\w])", sent):
            out.append(w)
    return out


def main() -> None:
    import workbench

    seed = int(sys.argv[sys.argv.index("--seed") + 1]) if "--seed" in sys.argv else 20261203
    rounds = int(sys.argv[sys.argv.index("--rounds") + 1]) if "--rounds" in sys.argv else 4
    show = "--show" in sys.argv
    rng = random.Random(seed)
    tally: dict[str, list[int]] = {"en": [0, 0], "zh": [0, 0], "two-turn": [0, 0]}
    over = total = 0
    by_layout: dict[str, int] = {}
    for _ in range(rounds):
        for lang, layouts in (("en", EN_LAYOUTS), ("zh", ZH_LAYOUTS)):
            for layout in layouts:
                vals = _draw(rng)
                text = layout.format(**vals)
                sent = workbench.connect().redact(text).text
                rest = re.sub(r"\{\w+\}", " ", layout)
                for key in re.findall(r"\{(\w+)\}", layout):
                    tally[lang][1] += 1
                    if _leaked(vals[key], sent, rest):
                        tally[lang][0] += 1
                        by_layout[layout[:34]] = by_layout.get(layout[:34], 0) + 1
                        if show:
                            print("LEAK", lang, repr(vals[key]), "|", repr(sent))
                bad = _over(rest, sent)
                total += len(_words(rest))
                over += len(bad)
                if show and bad:
                    print("OVER", bad, "|", repr(sent))
        for t1, t2, key in TWO_TURN:
            vals = _draw(rng)
            session = workbench.connect()
            session.redact(t1.format(**vals))
            sent = session.redact(t2.format(**vals)).text
            tally["two-turn"][1] += 1
            if _leaked(vals[key], sent, re.sub(r"\{\w+\}", " ", t2)):
                tally["two-turn"][0] += 1
                by_layout["two-turn " + t2[:24]] = by_layout.get("two-turn " + t2[:24], 0) + 1
                if show:
                    print("LEAK2", repr(vals[key]), "|", repr(sent))
    clean_over = clean_total = 0
    for text in CLEAN:
        sent = workbench.connect().redact(text).text
        bad = _over(text, sent)
        clean_total += len(_words(text))
        clean_over += len(bad)
        if show and bad:
            print("OVER-CLEAN", bad, "|", repr(sent))
    for key, (bad_n, n) in tally.items():
        print(f"{key} names leaked: {bad_n}/{n} ({bad_n / max(n, 1):.1%})")
    print(f"over-redaction in name layouts: {over}/{total} words ({over / max(total, 1):.1%})")
    print(f"over-redaction in name-free lines: {clean_over}/{clean_total} words ({clean_over / max(clean_total, 1):.1%})")
    for k, v in sorted(by_layout.items(), key=lambda kv: -kv[1]):
        print(f"  {v:3d}  {k!r}")


if __name__ == "__main__":
    main()
