"""Round thirteen (PS): a fresh fuzz of structured values over EVERY scheme and region the packages know.

Ids: every country module of python-stdnum 2.2 (read from its wheel, never installed: ``pip download --no-deps
python-stdnum==2.2 -d DIR``; ``--stdnum DIR/python_stdnum-2.2-py3-none-any.whl`` or $WORKBENCH_PS_STDNUM) that
numbers a person, a taxpayer or a registered company (postcodes, bank accounts, securities, receipts and meter
points left out): the example of the module's docstring with a few digits redrawn and its check character found
again by ``is_valid``, written in the module's ``format`` or compact. Phones: every region of phonenumbers with an
example number (mobile or fixed line), digits redrawn until valid, written national, international, E.164 or
regrouped with other separators, one in four with an extension in one of many languages. Chinese: HKID, Taiwan ID,
Macau BIR, 港澳通行证 and 台胞证 numbers (each with its check where one exists, written here), mainland landlines
with area codes and 转 / 分机 / 內線.

Set ``a`` (seed 1301) is tuned on: labels are the scheme's own acronym and name from stdnum's docstring, English
labels, and unlabelled record slots. Set ``b`` (seed 1302) is run after the fixes only: labels written here in
other words and languages (none from stdnum's docstrings), other slot shapes (YAML, XML, SQL, logs, HL7-like);
its leak list was read once before round thirteen's fixes, so it is seen too (docs/privacy.md, "Round thirteen:
structured values").
Leak: any word (2+ characters) of the value not covered by a redacted span, as bench/privacy_eval.py counts.
Negatives (order numbers, invoices, SKUs, amounts, dates, versions, hashes, timestamps) count words changed.

    .venv/bin/python bench/ps_structured_fresh13.py --set a [--kind ids|phones|zh|all] [--show 30]
"""

from __future__ import annotations

import argparse
import importlib
import os
import random
import re
import string
import sys
import zipfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

#: stdnum modules that number no person, taxpayer or company (or that other classes cover: IBAN, cards)
SKIP = re.compile(r"postleitzahl|postal_code|postcode|postnummer|iban|bankaccount|kontonr|\.ccc$|\.cbu$|\.rtn$|"
                  r"wkn|sedol|nace|banknote|ecnumber|\.aic$|cups|leitweg|ogm_vcs|esr|ncf|\.eic$|excise|at_02|"
                  r"referenciacatastral|\.cae$|\.oss$|brin|accise|iso7064|\.abn$|\.acn$|businessid|\.cn$|bc_phn")
NAMES = ["Ingrid Solheim", "Kwabena Asante", "Lucía Ferreyra", "Tuomas Lahtinen", "Aylin Demirtaş", "Rafael Quesada",
         "Noor Jamali", "Sigrún Pálsdóttir", "Mateus Rocha", "Ewa Wróblewska", "Daniel Arroyo", "Hiroko Tanabe",
         "Ruta Kazlauskienė", "Farid Qureshi", "Amelia Hohaia", "Jakob Lindqvist", "Mariam Abdelaziz", "Tomás Ibarra",
         "Oyunaa Bat-Erdene", "Koffi Agbodjan", "Aigerim Nurlanovna", "Mele Tupou", "Luis Quispe Mamani"]
#: set b's labels: written here, none taken from stdnum's docstrings
LABELS_B = ["Personal code", "Identity card no.", "Número de documento", "Ausweisnummer", "Номер документа",
            "Broj lične karte", "Nomor identitas", "Numéro d'identité", "Tax ID", "Taxpayer no.", "Citizen number",
            "Kode pribadi", "Registration no.", "Doc. no.", "Identificación", "Reg. number", "Personnummer",
            "Matricule", "Cod personal", "Asmens numeris", "Id. fiscal", "Código de contribuyente"]
LABELS_A_EN = ["ID number", "national ID", "tax number", "personal number", "registration number", "ID No."]

ID_SLOTS_A = [
    "{label}: {v}", "{n}, {label} {v}", "Name: {n}\n{label}: {v}\nStatus: verified",
    "name,{label_col},joined\n{n},{v},2024-03-11\n{n2},{v2},2023-09-30",
    '{{"customer": "{n}", "{label_col}": "{v}", "tier": "gold"}}', "| {n} | {v} | active |",
    "2026-05-02 10:14:07 INFO kyc.verify holder=\"{n}\" id={v} result=match", "holder={n}; doc={v}; exp=2031-01",
    "{n} ({v}) signed the lease.", "The {label} of {n} is {v}.", "{v} — {n}", "<td>{n}</td><td>{v}</td>",
    "Please update the record for {n}: {label} {v}.", "ID\tName\tBranch\n{v}\t{n}\tNorth",
    "- {n}: {v}", "Beneficiary {n}, {label} {v}, amount 1,200.00", "{label} {v}", "My {label} is {v}.",
    "{label}\n{v}", "Subject: {label} {v} for review",
]
ID_SLOTS_B = [
    "{label} {v} ({n})", "holder:\n  name: {n}\n  {label_col}: {v}\n", "Holder: {n} · Number: {v}",
    "customer_name;national_id;segment\n{n};{v};retail", "INSERT INTO clients (full_name, id_no) VALUES ('{n}', '{v}');",
    "{n} | {label}: {v} | ok", "[{v}] {n} — approved", "Applicant {n} gave {label} {v} on the form.",
    "{{'name': '{n}', 'doc': '{v}'}}", "row 7: {n}, {v}, 2025-11-02", "{n}'s {label} ({v}) was rejected.",
    "<person><name>{n}</name><{label_col}>{v}</{label_col}></person>", "PID|1||{v}||{n}||19800412|F",
    "{label} - {v}", "{label} nº {v}", "Attached: scan of {label} {v}.", "{label}={v}",
]
PHONE_LABELS_A = ["Tel", "Tél.", "Teléfono", "Telefone", "Phone", "Mob.", "Cell", "WhatsApp", "Contact", "Tfn",
                  "Telefon", "Puhelin", "Тел.", "Ph", "Móvil", "Celular", "GSM", "Fixe", "Mobile", "T"]
PHONE_LABELS_B = ["Call", "Numéro", "Número", "Kontakt", "Cellulare", "Portable", "Handy", "Telp.", "Tlf.", "Утас",
                  "Телефон", "Tel. fijo", "Celular/WhatsApp", "Fone", "Office", "Home", "Direct line", "Hotline",
                  "SMS", "Nambari ya simu"]
PHONE_SLOTS_A = ["{label}: {p}", "{n}, {p}", "{n} | {p} | {email}", "name,phone\n{n},{p}",
                 '{{"name": "{n}", "phone": "{p}"}}', "Call {n} on {p} after 5pm.", "{label} {p} / {p2}",
                 "caller={p} queue=billing", "{n}\n{p}", "<td>{n}</td><td>{p}</td>", "{label}: {p}",
                 "Best regards,\n{n}\n{p}", "{label} {p}"]
PHONE_SLOTS_B = ["{n} ({label} {p})", "msisdn;name\n{p};{n}", "WhatsApp me: {p}", "{p} — {n}", "- {n}: {p}",
                 "contact_number={p}", "{n}: {p} (home), {p2} (work)", "Ring the desk on {p}.",
                 "contact:\n  name: {n}\n  tel: {p}\n", "<phone>{p}</phone>", "{label}: {p}", "{label} {p}",
                 "{n}\n{label} {p}\n{email}"]
EXT_WORDS = ["x", "ext.", "ext", "anexo", "poste", "доб.", "int.", "interno", "Durchwahl", "lokal", "ramal", "dahili",
             "wew.", "kl.", "toestel", "內線", "转", "分机"]
NEGATIVES = ["Order 4471-2290-18 shipped on 2026-04-11.", "Invoice INV-2026-00417 total 18,240.50 EUR.",
             "Build 3.14.159 released; 1,204,331 rows loaded in 42.7 s.", "SKU 884213-09, batch 2211, qty 480.",
             "Revenue 12,345,678 in FY2025, up 7.4%.", "ticket_id=5531902 priority=high", "ISBN 978-3-16-148410-0",
             "Meter reading 004517.3 kWh on 31/03/2026.", "case 2026/1183 closed; next hearing 14.05.2026",
             "Tracking no. 1Z999AA10123456784 left the depot.", "commit 9fceb02d0ae598e95dc970b74767f19372d61af8",
             "2026-05-02T10:14:07.123Z GET /api/v2/items/884213 200 12ms", "PO 4500012345 approved for 25,000 USD",
             "Q3 2025 EBITDA 4.2m, margin 18.3%, headcount 1,240", "ERROR 1205 lock wait timeout after 50000 ms",
             "Shipment SHP-20260411-0092 left Rotterdam at 06:40.", "Part no. 7731-2204-B, rev C, qty 12",
             "Ticket INC0045512 assigned to the network team.", "Version 10.0.19045.3693 installed on 412 hosts.",
             "epoch 1714646047, latency p99 2,340 ms", "Contract 2024/0917 runs 2024-2027, value 1 250 000 EUR.",
             "uuid 3f2b8c1e-7d4a-4e0b-9a6c-1b2d3e4f5a6b", "Batch 20260411-07 passed QC (n=1,536).",
             "The index rose 2.35% to 18,452.11 points.", "Model XR-2290 ships with firmware 4.12.7.",
             "row 1048576 of sheet Data exceeded the limit", "Booking ref ABX4Q9 confirmed for 2 nights.",
             "GL account 400100, cost centre 7310, amount 12 480,00", "sku,qty,price\nA-10442,12,19.99\nB-20017,4,5.50",
             "订单号 202604110092 已发货，金额 1,280.00 元。", "版本 3.2.1 于 2026-04-11 发布，共 12,450 行。"]


def _load_stdnum(path: str | None) -> None:
    path = path or os.environ.get("WORKBENCH_PS_STDNUM", "")
    if not path:
        raise SystemExit("give --stdnum WHEEL (pip download --no-deps python-stdnum==2.2 -d DIR)")
    sys.path.insert(0, path)


def id_modules(wheel: str) -> list[str]:
    names = zipfile.ZipFile(wheel).namelist()
    mods = sorted(n[:-3].replace("/", ".")[7:] for n in names
                  if n.startswith("stdnum/") and n.endswith(".py") and n.count("/") == 2 and "__init__" not in n)
    return [m for m in mods if not SKIP.search(m)]


def own_labels(mod) -> list[str]:
    """The scheme's acronyms and native name from the first line of its docstring ("DNI (Documento ...)")."""
    first = (mod.__doc__ or "").strip().splitlines()[0].rstrip(".")
    head, _, rest = first.partition(" (")
    out = [h.strip() for h in re.split(r",| or ", head) if h.strip()]
    native = rest.split(",")[0].rstrip(")").strip()
    if native and not re.search(r"(?i)\b(?:number|code|identifier|id)\b", native[:3]):
        out.append(native)
    return out or ["ID"]


def _examples(mod) -> list[str]:
    doc = mod.__doc__ or ""
    out = re.findall(r">>> validate\('([^']+)'\)\n\s*'[^']+'", doc) + re.findall(r">>> format\('([^']+)'\)", doc)
    out += re.findall(r">>> compact\('([^']+)'\)", doc)
    good = []
    for e in out:
        try:
            if mod.is_valid(e):
                good.append(e)
        except Exception:  # noqa: BLE001 - a docstring example a module cannot read
            continue
    return good


def draw_id(mod, rng: random.Random) -> str | None:
    examples = _examples(mod)
    if not examples:
        return None
    base = mod.compact(rng.choice(examples))
    alphabet = string.digits + string.ascii_uppercase
    fmt = getattr(mod, "format", None)
    for _ in range(200):
        chars = list(base)
        digit_pos = [i for i, c in enumerate(chars[:-1]) if c.isdigit()][2:] or \
            [i for i, c in enumerate(chars[:-1]) if c.isdigit()]
        if not digit_pos:
            break
        for i in rng.sample(digit_pos, min(len(digit_pos), rng.randint(1, 3))):
            chars[i] = rng.choice(string.digits)
        for pos in (-1, -2):
            for c in (string.digits if chars[pos].isdigit() else alphabet):
                trial = chars[:]
                trial[pos] = c
                cand = "".join(trial)
                try:
                    ok = cand != base and mod.is_valid(cand)
                except Exception:  # noqa: BLE001
                    ok = False
                if ok:
                    if fmt and rng.random() < 0.6:
                        try:
                            return fmt(cand)
                        except Exception:  # noqa: BLE001
                            return cand
                    return cand
    return None


def draw_phone(region: str, rng: random.Random) -> str | None:
    import phonenumbers as pn

    kind = rng.choice([pn.PhoneNumberType.MOBILE, pn.PhoneNumberType.FIXED_LINE])
    ex = pn.example_number_for_type(region, kind) or pn.example_number(region)
    if ex is None:
        return None
    nat = str(ex.national_number)
    for _ in range(100):
        digits = list(nat)
        for i in rng.sample(range(min(3, len(digits) - 1), len(digits)), min(max(len(digits) - 3, 1), 3)):
            digits[i] = rng.choice(string.digits)
        num = pn.PhoneNumber(country_code=ex.country_code, national_number=int("".join(digits)))
        if not pn.is_valid_number(num):
            continue
        style = rng.randrange(6)
        if style == 0:
            return pn.format_number(num, pn.PhoneNumberFormat.INTERNATIONAL)
        if style == 1:
            return pn.format_number(num, pn.PhoneNumberFormat.E164)
        national = pn.format_number(num, pn.PhoneNumberFormat.NATIONAL)
        if style == 2:
            return national
        groups = re.findall(r"\d+", national)
        if style == 3:
            return rng.choice([".", "-", " ", "/"]).join(groups) if len(groups) > 1 else national
        if style == 4:
            return "".join(groups)
        return "+" + str(ex.country_code) + rng.choice([" ", "-", "."]) + rng.choice([" ", "-", "."]).join(
            re.findall(r"\d+", pn.format_number(num, pn.PhoneNumberFormat.INTERNATIONAL))[1:])
    return None


# --- Chinese-script ids written here from their public descriptions ---
def _hkid(rng: random.Random) -> str:
    letters = rng.choice(["", ""]) + rng.choice(string.ascii_uppercase)
    digits = "".join(rng.choice(string.digits) for _ in range(6))
    vals = [36 if len(letters) == 1 else ord(letters[0]) - 55] + [ord(c) - 55 for c in letters[-1]]
    total = vals[0] * 9 + vals[1] * 8 + sum(int(d) * w for d, w in zip(digits, range(7, 1, -1)))
    check = (11 - total % 11) % 11
    return f"{letters}{digits}({'A' if check == 10 else check})"


def _twid(rng: random.Random) -> str:
    letter_codes = dict(zip("ABCDEFGHJKLMNPQRSTUVXYWZIO", range(10, 36)))
    letter = rng.choice("ABCDEFGHJKLMNPQRSTUVXYWZ")
    body = rng.choice("12") + "".join(rng.choice(string.digits) for _ in range(7))
    code = letter_codes[letter]
    total = code // 10 + (code % 10) * 9 + sum(int(d) * w for d, w in zip(body, range(8, 0, -1)))
    return f"{letter}{body}{(10 - total % 10) % 10}"


def _macau(rng: random.Random) -> str:
    return rng.choice("1578") + "".join(rng.choice(string.digits) for _ in range(6)) + f"({rng.randrange(10)})"


def _permit(rng: random.Random) -> str:
    return rng.choice(["C", "CA", "CB", "CD", "H", "M", "T"]) + "".join(rng.choice(string.digits) for _ in range(8))


def _zh_landline(rng: random.Random) -> str:
    area = rng.choice(["0371", "0431", "0851", "0898", "0931", "0471", "0991", "0592", "0757", "0760", "0335", "0532"])
    local = str(rng.randint(2, 8)) + "".join(rng.choice(string.digits) for _ in range(7 if len(area) == 3 else 6 + 1))
    local = local[:8] if len(area) == 4 and rng.random() < 0.7 else local[:7]
    form = rng.randrange(4)
    out = {0: f"{area}-{local}", 1: f"({area}){local}", 2: f"{area} {local[:4]} {local[4:]}", 3: f"+86 {area[1:]} {local}"}[form]
    if rng.random() < 0.35:
        out += rng.choice(["转", "-", "分机", "轉", " 內線 "]) + str(rng.randint(10, 9999))
    return out


def _hk_phone(rng: random.Random) -> str:
    d = rng.choice("235679") + "".join(rng.choice(string.digits) for _ in range(7))
    return rng.choice([f"{d[:4]} {d[4:]}", f"+852 {d[:4]} {d[4:]}", d, f"(852) {d}"])


ZH_SLOTS_A = ["身份證號碼：{v}", "{n}，身分證字號 {v}", "姓名：{n}\n證件號：{v}", "{n} 的证件号码是 {v}。", "持证人 {n}（{v}）",
              "姓名,证件号,电话\n{n},{v},{p}", "聯絡電話：{p}", "{n} 电话 {p}", "座机：{p}", "办公电话 {p}，{n}"]
ZH_SLOTS_B = ["证件：{v}，联系人 {n}", "{n}｜{v}｜已核验", "旅客 {n} 持 {v} 入境。", "请致电 {p} 联系 {n}。", "{n}：{p}",
              "客户{n}留下的号码是{p}", "登記人 {n}\n號碼 {v}", "{{\"姓名\": \"{n}\", \"证件\": \"{v}\"}}"]
ZH_NAMES = ["陳家豪", "李美玲", "黃志強", "何嘉欣", "林淑芬", "張偉", "王秀英", "劉德明", "鄭雅婷", "吳俊傑"]
ZH_ID_KINDS = {"HKID": _hkid, "TWID": _twid, "MOID": _macau, "PERMIT": _permit}


def build(seed: int, kind: str, wheel: str) -> list[tuple[str, list[tuple[str | None, int, int]]]]:
    """(text, [(type, start, end)]) rows; type None marks a negative line."""
    rng = random.Random(seed)
    set_a = seed == 1301
    id_slots = ID_SLOTS_A if set_a else ID_SLOTS_B
    phone_slots = PHONE_SLOTS_A if set_a else PHONE_SLOTS_B
    rows = []
    if kind in ("ids", "all"):
        for name in id_modules(wheel):
            try:
                mod = importlib.import_module("stdnum." + name)
            except ImportError:
                continue
            labels = (own_labels(mod) + LABELS_A_EN) if set_a else LABELS_B
            for _ in range(3):
                v, v2 = draw_id(mod, rng), draw_id(mod, rng)
                if not v or not v2:
                    continue
                label = rng.choice(labels)
                n, n2 = rng.sample(NAMES, 2)
                fill = {"label": label, "label_col": re.sub(r"\W+", "_", label.casefold()).strip("_") or "id",
                        "v": v, "v2": v2, "n": n, "n2": n2}
                rows.append(_fill(rng.choice(id_slots), fill, "ID:" + name))
    if kind in ("phones", "all"):
        import phonenumbers as pn

        for region in sorted(pn.SUPPORTED_REGIONS):
            for _ in range(2):
                p, p2 = draw_phone(region, rng), draw_phone(region, rng)
                if not p or not p2:
                    continue
                if rng.random() < 0.25:
                    word = rng.choice(EXT_WORDS)
                    p += rng.choice([" ", ", "]) + word + ("" if word == "x" or ord(word[0]) > 0x2e80 else " ") + \
                        str(rng.randint(2, 9999))
                n = rng.choice(NAMES)
                email = n.split()[0].casefold().encode("ascii", "ignore").decode() + "@mail.example"
                fill = {"label": rng.choice(PHONE_LABELS_A if set_a else PHONE_LABELS_B), "p": p, "p2": p2, "n": n,
                        "email": email}
                rows.append(_fill(rng.choice(phone_slots), fill, "PHONE:" + region))
    if kind in ("zh", "all"):
        zh_slots = ZH_SLOTS_A if set_a else ZH_SLOTS_B
        for _ in range(60):
            slot = rng.choice(zh_slots)
            idk = rng.choice(list(ZH_ID_KINDS))
            p = _zh_landline(rng) if rng.random() < 0.7 else _hk_phone(rng)
            fill = {"v": ZH_ID_KINDS[idk](rng), "p": p, "n": rng.choice(ZH_NAMES)}
            region = "cn" if re.search(r"[-(+]|转|轉|分|內", p) else "hk"
            rows.append(_fill(slot, fill, "ZHID:" + idk, {"p": "ZHPHONE:" + region}))
    for neg in NEGATIVES:
        rows.append((neg, [(None, 0, len(neg))]))
    return rows


def _fill(slot: str, fill: dict, tag: str, tags: dict | None = None) -> tuple[str, list]:
    text, gold, pos = "", [], 0
    for m in re.finditer(r"\{\{|\}\}|\{(\w+)\}", slot):
        text += slot[pos:m.start()]
        pos = m.end()
        if m.group(1) is None:
            text += m.group()[0]
            continue
        key = m.group(1)
        val = fill[key]
        start = len(text)
        text += val
        if key in ("v", "v2", "p", "p2"):
            gold.append(((tags or {}).get(key, tag), start, len(text)))
        elif key in ("n", "n2"):
            gold.append(("PERSON", start, len(text)))
        elif key == "email":
            gold.append(("EMAIL", start, len(text)))
    text += slot[pos:]
    return text, gold


_WORD = re.compile(r"[\u4e00-\u9fff]|[^\W\u4e00-\u9fff]+")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", choices=["a", "b"], default="a")
    ap.add_argument("--kind", choices=["ids", "phones", "zh", "all"], default="all")
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--stdnum", default=None)
    args = ap.parse_args(argv)
    _load_stdnum(args.stdnum)
    wheel = args.stdnum or os.environ["WORKBENCH_PS_STDNUM"]
    rows = build(1301 if args.set == "a" else 1302, args.kind, wheel)
    from workbench.privacy import Privacy

    privacy = Privacy()
    values, leaked, by_family = Counter(), Counter(), Counter()
    neg_words = neg_changed = 0
    shown = 0
    for text, gold in rows:
        red = privacy.redact(text, privacy.new_vault())
        covered = [False] * len(text)
        for e in red.entities:
            if e.action != "keep":
                for i in range(e.start, e.end):
                    covered[i] = True
        for tag, s, e in gold:
            if tag is None:
                for w in _WORD.finditer(text):
                    neg_words += 1
                    neg_changed += any(covered[w.start():w.end()])
                if red.text != text and shown < args.show:
                    shown += 1
                    print(f"  NEG  {text!r}\n  SENT {red.text!r}")
                continue
            kind = tag.split(":")[0]
            values[kind] += 1
            leak = any(not all(covered[s + w.start(): s + w.end()]) for w in _WORD.finditer(text[s:e])
                       if len(w.group()) >= 2 or "\u4e00" <= w.group() <= "\u9fff")
            if leak:
                leaked[kind] += 1
                by_family[tag] += 1
                if shown < args.show and kind not in ("PERSON", "EMAIL"):
                    shown += 1
                    print(f"  LEAK {tag} {text[s:e]!r}\n  TEXT {text!r}\n  SENT {red.text!r}")
    for kind in sorted(values):
        print(f"{kind}: {leaked[kind]}/{values[kind]} leaked ({100 * leaked[kind] / values[kind]:.1f}%)")
    print(f"negatives: {neg_changed}/{neg_words} words changed")
    print("leaks by family:", ", ".join(f"{k} {v}" for k, v in by_family.most_common(40)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
