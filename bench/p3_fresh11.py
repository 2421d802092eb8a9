"""Round eleven (P3): a small fresh check of names and over-redaction, written AFTER the round-eleven name rules.

Names come from Faker locales no split and no tuning used (uz_UZ, ha_NG, yo_NG, ig_NG, zu_ZA, tw_GH, en_PK,
ga_IE), and uz_UZ names written in Uzbek Cyrillic by a letter map (those words are in no name list). Faker's
names of every locale are in the recognizers' gazetteer, so the Latin names test the layouts more than the lists.
The layouts (minutes, payee lines, client tables, surname + initials, capitals, letter-spaced scans, SQL rows,
two-turn chats) and the name-free lines were written for this check and tuned on nothing.

    python bench/p3_fresh11.py            # leak and over-redaction counts through workbench.connect().redact()

Run it from another tree (``cd /tmp/old && python /work/main/bench/p3_fresh11.py``) to compare code versions.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path.cwd()))

LOCALES = ("uz_UZ", "ha_NG", "yo_NG", "ig_NG", "zu_ZA", "tw_GH", "en_PK", "ga_IE")
_UZ_CYR = [("sh", "ш"), ("ch", "ч"), ("ng", "нг"), ("yo", "ё"), ("yu", "ю"), ("ya", "я"), ("o'", "ў"), ("g'", "ғ"),
           ("a", "а"), ("b", "б"), ("d", "д"), ("e", "е"), ("f", "ф"), ("g", "г"), ("h", "ҳ"), ("i", "и"), ("j", "ж"),
           ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"), ("o", "о"), ("p", "п"), ("q", "қ"), ("r", "р"), ("s", "с"),
           ("t", "т"), ("u", "у"), ("v", "в"), ("x", "х"), ("y", "й"), ("z", "з")]


def cyrillic(name: str) -> str:
    out = []
    for word in name.split():
        low, res, i = word.lower(), "", 0
        while i < len(low):
            for lat, cyr in _UZ_CYR:
                if low.startswith(lat, i):
                    res, i = res + cyr, i + len(lat)
                    break
            else:
                i += 1
        out.append(res[:1].upper() + res[1:])
    return " ".join(out)


def spaced(name: str) -> str:
    return "  ".join(" ".join(w) for w in name.split())


# {A} {B} {C}: full names; {S}: a surname; {I}/{J}: initials; {CA}: a Cyrillic full name; {CS}: a Cyrillic surname
NAME_LAYOUTS = [
    "Minutes of the tariff call. Present: {A}, {B}. Apologies: {C}.",
    "Payee: {A} | amount 1,200.00 | ref 55120",
    "Client,Tier,Since\n{A},Gold,2019\n{B},Silver,2021",
    "Countersigned {S} {I}.{J}. on 4 May, see annex.",
    "The refund for {S} {I}. {J}. went out on Friday.",
    "escalated: client {SU} disputes the fee again",
    "Ответственный: {CI}. {CS}, отдел кадров.",
    "Docs received from {CA} yesterday, please file them.",
    "the {CSU} account is frozen until the audit",
    "P A T I E N T :  {A}     W A R D :  3",
    "F U L L   N A M E :  {SPA}     D A T E :  4/5",
    "INSERT INTO clients (client_id, full_name, tier) VALUES (7, '{A}', 'gold'), (8, '{B}', 'basic');",
    "Lease signed by {CS} {CI}.{CJ}. and witnessed.",
]
#: turn 1 then turn 2 of a chat (one session): the value in turn 2 must not go out in clear
TWO_TURN = [
    ("Please open a file for {G} {S}, the new tenant.", "{S} called again about the deposit."),
    ("Please open a file for {G} {S}, the new tenant.", "{G} asked whether the keys are ready."),
    ("Loan request from {G} {S} needs a second look.", "{SU} has now sent the payslips."),
    ("Loan request from {G} {S} needs a second look.", "Did Ms {S} sign the form?"),
    ("{S}, {G} is our contact at the depot.", "ok, I will ask {g} tomorrow"),
]
#: lines with no personal data: every changed word is over-redaction
CLEAN = [
    "Storage Fees rose in March; the Premium Plan stays at 12.00 a month.",
    "Renewal notice\nGold Card members keep free delivery until June.",
    "Status,Team,Count\nOpen,Billing,4\nClosed,Support,9",
    "Согласовано без замечаний.\nУтверждено на совете.",
    "Overdue Items Report: Printer Toner, Label Rolls, Desk Lamps.",
    "Signed off by the Review Board after the Safety Audit.",
    "Quarterly Summary\nRevenue grew; Churn fell; Net Promoter Score held.",
    "Please ask Customer Care to resend the Welcome Pack.",
    "Ticket,Title,Priority\nT-101,Login page slow,High\nT-102,Export fails on Safari,Low",
    "N O T E :  S E E  O V E R L E A F",
    "Occupation: Senior Tax Analyst; Department: Treasury Operations.",
    "Playlist: Golden Hour, Silver Lining, River Song.",
    "工单号,标题,状态\nT-3301,发票未收到,处理中\nT-3302,修改配送时间,已关闭",
    "车险续保提醒：金卡客户可享九折优惠。",
]


def _draw(rng: random.Random, fakers: list) -> dict[str, str]:
    f = rng.choice(fakers)
    uz = fakers[0]
    vals = {}
    for key in "ABC":
        vals[key] = f.first_name() + " " + f.last_name()
    vals["G"], vals["S"] = f.first_name(), f.last_name()
    vals["g"], vals["SU"] = vals["G"].lower(), vals["S"].upper()
    vals["I"], vals["J"] = rng.choice("ABDEFGHKLMNRST"), rng.choice("ABDEFGHKLMNRST")
    ca = cyrillic(uz.last_name() + " " + uz.first_name())
    vals["CA"], vals["CS"] = ca, ca.split()[0]
    vals["CSU"] = vals["CS"].upper()
    vals["CI"], vals["CJ"] = rng.choice("АБВГДЕИКЛМНОПРСТ"), rng.choice("АБВГДЕИКЛМНОПРСТ")
    vals["SPA"] = spaced(vals["A"])
    return vals


def _leaked(value: str, sent: str) -> bool:
    words = [w for w in re.split(r"[\s.,]+", value) if len(w) >= 2]
    if "  " in value:  # a letter-spaced value: its letters in a row
        return value in sent
    return any(re.search(rf"(?<![\w]){re.escape(w)}(?![\w])", sent, re.IGNORECASE) for w in words)


def _words(text: str) -> list[str]:
    return re.findall(r"[\w'-]+", text) if not re.search(r"[\u4e00-\u9fff]", text) else list(
        re.sub(r"[\W\d_a-zA-Z]", "", text)) + re.findall(r"[A-Za-z\d-]+", text)


def main() -> None:
    from faker import Faker

    import workbench

    fakers = []
    for loc in LOCALES:
        fk = Faker(loc)
        fk.seed_instance(1111)
        fakers.append(fk)
    rng = random.Random(20261202)
    names = leaks = over = total_words = 0
    by_layout: dict[str, int] = {}
    show = "--show" in sys.argv
    for _ in range(6):
        for layout in NAME_LAYOUTS:
            vals = _draw(rng, fakers)
            text = layout.format(**vals)
            sent = workbench.connect().redact(text).text
            slots = [vals[k] for k in re.findall(r"\{(\w+)\}", layout) if k not in ("I", "J", "CI", "CJ")]
            for v in slots:
                names += 1
                if _leaked(v, sent):
                    leaks += 1
                    by_layout[layout[:30]] = by_layout.get(layout[:30], 0) + 1
                    if show:
                        print("LEAK", repr(v), "|", repr(sent))
            rest = layout
            for k in re.findall(r"\{(\w+)\}", layout):
                rest = rest.replace("{" + k + "}", " ")
            for w in set(_words(rest)):
                if len(w) >= 2 and not w.isdigit():
                    total_words += 1
                    if w not in sent:
                        over += 1
                        if show:
                            print("OVER", repr(w), "|", repr(sent))
        for t1, t2 in TWO_TURN:
            vals = _draw(rng, fakers)
            s = workbench.connect()
            s.redact(t1.format(**vals))
            sent = s.redact(t2.format(**vals)).text
            v = vals["g"] if "{g}" in t2 else vals["SU"] if "{SU}" in t2 else vals["S"] if "{S}" in t2 else vals["G"]
            names += 1
            if _leaked(v, sent):
                leaks += 1
                by_layout["two-turn " + t2[:20]] = by_layout.get("two-turn " + t2[:20], 0) + 1
                if show:
                    print("LEAK2", repr(v), "|", repr(sent))
    for text in CLEAN:
        sent = workbench.connect().redact(text).text
        for w in _words(text):
            if len(w) >= 1 and not w.isdigit():
                total_words += 1
                if w not in sent:
                    over += 1
                    if show:
                        print("OVER", repr(w), "|", repr(sent))
    print(f"names leaked: {leaks}/{names} ({leaks / names:.1%})")
    print(f"over-redaction: {over}/{total_words} words ({over / total_words:.1%})")
    for k, v in sorted(by_layout.items(), key=lambda kv: -kv[1]):
        print(f"  {v:3d}  {k}")


if __name__ == "__main__":
    main()
