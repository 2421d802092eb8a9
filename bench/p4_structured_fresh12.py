"""Round twelve (P4): a fresh fuzz of structured values (national / tax ids, passports, phones), none from a split.

Ids: python-stdnum 2.2's formats (read from its wheel, never installed: ``pip download --no-deps python-stdnum==2.2
-d DIR``; ``--stdnum DIR/python_stdnum-2.2-py3-none-any.whl`` or $WORKBENCH_P4_STDNUM), one value per draw: the
example of the module's docstring with a few of its digits redrawn and its check character recomputed by trying
every character until ``is_valid`` holds, written in the module's ``format`` (or the example's separators) or
compact. Phones: phonenumbers' example numbers of regions no earlier split drew, with their national digits
redrawn until the number is valid, written national, international or E.164. Slots (written here, round
twelve): labelled in the scheme's own words and in English, and unlabelled in table cells, CSV, JSON, logs,
key=value records and prose beside a name. Values of countries on /tmp/lead/b12_packages.txt are left out.

    .venv/bin/python bench/p4_structured_fresh12.py [--set a|b] [--show 30] [--kind ids|phones|all]

Set ``a`` (seed 1201) is tuned on; set ``b`` (seed 1202, other slots of the same families) is run after the fixes
only. Leak: any word (2+ characters) of the value not covered by a redacted span, as bench/privacy_eval.py counts.
Negatives (business numbers, amounts, dates, versions) count words changed.
"""

from __future__ import annotations

import argparse
import importlib
import os
import random
import re
import string
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

#: stdnum modules of personal (and sole-trader tax) ids, countries outside every earlier split and B12's list
ID_MODULES = {
    "at.vnr": ["Versicherungsnummer", "SV-Nummer", "VSNR"], "be.nn": ["Rijksregisternummer", "numéro national", "NISS"],
    "cr.cpf": ["cédula", "cédula de identidad"], "cu.ni": ["carné de identidad", "número de identidad"],
    "cz.rc": ["rodné číslo", "RČ"], "dk.cpr": ["CPR-nr.", "CPR-nummer", "personnummer"],
    "fi.hetu": ["henkilötunnus", "HETU", "hetu"], "gb.nhs": ["NHS number", "NHS No."],
    "il.idnr": ["מספר זהות", "Teudat Zehut", "ת.ז."], "jp.in_": ["個人番号", "マイナンバー", "My Number"],
    "lt.asmens": ["asmens kodas", "a.k."], "my.nric": ["NRIC", "No. K/P", "MyKad"],
    "mz.nuit": ["NUIT"], "nl.bsn": ["BSN", "burgerservicenummer"], "nz.ird": ["IRD number", "IRD no."],
    "pk.cnic": ["CNIC", "CNIC No."], "pl.pesel": ["PESEL", "nr PESEL"], "pt.cc": ["Cartão de Cidadão", "n.º CC"],
    "se.personnummer": ["personnummer", "pers.nr"], "tr.tckimlik": ["T.C. Kimlik No", "TCKN"],
    "us.itin": ["ITIN"], "za.idnr": ["ID number", "SA ID"], "gt.nit": ["NIT"], "sv.nit": ["NIT", "DUI/NIT"],
    "uy.rut": ["RUT"], "py.ruc": ["RUC", "cédula/RUC"], "ke.pin": ["KRA PIN", "PIN"], "eg.tn": ["الرقم الضريبي",
                                                                                            "tax registration no."],
    "au.tfn": ["TFN", "tax file number"], "gn.nifp": ["NIFp"], "ad.nrt": ["NRT"], "al.nipt": ["NIPT", "NUIS"],
    "is_.kennitala": ["kennitala", "kt."], "in_.pan": ["PAN", "PAN card"], "in_.epic": ["EPIC", "Voter ID"],
    "in_.vid": ["VID", "Virtual ID"], "ve.rif": ["RIF", "cédula/RIF"], "nl.identiteitskaartnummer": ["paspoortnummer",
                                                                                                    "passport no."],
    "ee.ik": ["isikukood", "IK"], "gr.amka": ["ΑΜΚΑ", "AMKA"], "ar.dni": ["DNI", "D.N.I."], "co.nit": ["NIT", "C.C."],
    "ua.rntrc": ["РНОКПП", "ІПН"], "vn.mst": ["MST", "mã số thuế"], "no.fodselsnummer": ["fødselsnummer", "fnr."],
}
#: phonenumbers regions no split drew (and none of B12's)
PHONE_REGIONS = ["LA", "MM", "BT", "MV", "KG", "TJ", "TM", "AF", "JO", "LB", "OM", "QA", "BH", "KW", "SN", "CI", "ML",
                 "BF", "NE", "TD", "CM", "GA", "MG", "MZ", "ZM", "MW", "BW", "NA", "LS", "SZ", "BO", "PY", "UY", "HN",
                 "NI", "GT", "SV", "CR", "PA", "JM", "TT", "BB", "IS", "MT", "LU", "MD", "AM", "GE", "CY", "PG", "VU",
                 "TO", "SB", "NC", "PF", "GL", "FO", "AD", "LI", "MC", "SR", "GY", "BZ", "HT", "LR", "SL", "GM", "BI",
                 "DJ", "SO", "LY", "TN", "DZ", "MR"]
PHONE_LABELS = ["Tel", "Tél.", "Teléfono", "Telefone", "Phone", "Mob.", "Cell", "WhatsApp", "Contact", "Tfn",
                "Sími", "Telefon", "Puhelin", "هاتف", "Тел.", "Ph", "Móvil", "Celular", "GSM", "Fixe"]
NAMES = ["Ingrid Solheim", "Kwabena Asante", "Lucía Ferreyra", "Tuomas Lahtinen", "Aylin Demirtaş", "Rafael Quesada",
         "Noor Jamali", "Sigrún Pálsdóttir", "Mateus Rocha", "Ewa Wróblewska", "Daniel Arroyo", "Hiroko Tanabe",
         "Ruta Kazlauskienė", "Farid Qureshi", "Amelia Hohaia", "Jakob Lindqvist", "Mariam Abdelaziz", "Tomás Ibarra"]

ID_SLOTS_A = [
    "{label}: {v}", "{n}, {label} {v}", "Name: {n}\n{label}: {v}\nStatus: verified",
    "name,{label_col},joined\n{n},{v},2024-03-11\n{n2},{v2},2023-09-30",
    '{{"customer": "{n}", "{label_col}": "{v}", "tier": "gold"}}', "| {n} | {v} | active |",
    "2026-05-02 10:14:07 INFO kyc.verify holder=\"{n}\" id={v} result=match", "holder={n}; doc={v}; exp=2031-01",
    "{n} ({v}) signed the lease.", "The {label} of {n} is {v}.", "{v} — {n}", "<td>{n}</td><td>{v}</td>",
    "Please update the record for {n}: {label} {v}.", "ID\tName\tBranch\n{v}\t{n}\tNorth",
    "- {n}: {v}", "Beneficiary {n}, document {v}, amount 1,200.00",
]
ID_SLOTS_B = [
    "{label} {v} ({n})", "{n}\n{v}\n{n2}@mail.example", "Holder: {n} · Number: {v}",
    "customer_name;national_id;segment\n{n};{v};retail", "INSERT INTO clients (full_name, id_no) VALUES ('{n}', '{v}');",
    "{n} | {label}: {v} | ok", "[{v}] {n} — approved", "Applicant {n} gave {label} {v} on the form.",
    "{{'name': '{n}', 'doc': '{v}'}}", "row 7: {n}, {v}, 2025-11-02", "{n}'s {label} ({v}) was rejected by the registry.",
    "id_number={v} name=\"{n}\"", "{n} {v}", "Ref. {label} nº {v}",
]
PHONE_SLOTS_A = ["{label}: {p}", "{n}, {p}", "{n} | {p} | {email}", "name,phone\n{n},{p}", '{{"name": "{n}", '
                 '"phone": "{p}"}}', "Call {n} on {p} after 5pm.", "{label} {p} / {p2}", "caller={p} queue=billing",
                 "{n}\n{p}", "<td>{n}</td><td>{p}</td>"]
PHONE_SLOTS_B = ["{n} ({label} {p})", "msisdn;name\n{p};{n}", "WhatsApp me: {p}", "{p} — {n}", "- {n}: {p}",
                 "contact_number={p}", "{n}: {p} (home), {p2} (work)", "Ring the desk on {p}."]
NEGATIVES = ["Order 4471-2290-18 shipped on 2026-04-11.", "Invoice INV-2026-00417 total 18,240.50 EUR.",
             "Build 3.14.159 released; 1,204,331 rows loaded in 42.7 s.", "SKU 884213-09, batch 2211, qty 480.",
             "Revenue 12,345,678 in FY2025, up 7.4%.", "ticket_id=5531902 priority=high", "ISBN 978-3-16-148410-0",
             "Meter reading 004517.3 kWh on 31/03/2026.", "case 2026/1183 closed; next hearing 14.05.2026",
             "Tracking no. 1Z999AA10123456784 left the depot."]


def _load_stdnum(path: str | None) -> None:
    path = path or os.environ.get("WORKBENCH_P4_STDNUM", "")
    if not path:
        raise SystemExit("give --stdnum WHEEL (pip download --no-deps python-stdnum==2.2 -d DIR)")
    sys.path.insert(0, path)


def _examples(mod) -> list[str]:
    doc = mod.__doc__ or ""
    out = re.findall(r">>> validate\('([^']+)'\)\n\s*'[^']+'", doc) + re.findall(r">>> format\('([^']+)'\)", doc)
    return [e for e in out if mod.is_valid(e)]


def _draw_id(mod, rng: random.Random) -> str | None:
    examples = _examples(mod)
    if not examples:
        return None
    base = mod.compact(rng.choice(examples))
    alphabet = string.digits + string.ascii_uppercase
    for _ in range(400):
        chars = list(base)
        digit_pos = [i for i, c in enumerate(chars[:-1]) if c.isdigit()]
        for i in rng.sample(digit_pos, min(len(digit_pos), rng.randint(1, 3))):
            chars[i] = rng.choice(string.digits)
        for c in (alphabet if not chars[-1].isdigit() else string.digits) + alphabet:
            chars[-1] = c
            cand = "".join(chars)
            if cand != base and mod.is_valid(cand):
                fmt = getattr(mod, "format", None)
                if fmt and rng.random() < 0.6:
                    return fmt(cand)
                return cand
    return None


def _draw_phone(region: str, rng: random.Random) -> str | None:
    import phonenumbers as pn

    ex = pn.example_number_for_type(region, rng.choice([pn.PhoneNumberType.MOBILE, pn.PhoneNumberType.FIXED_LINE]))
    if ex is None:
        return None
    nat = str(ex.national_number)
    for _ in range(100):
        digits = list(nat)
        for i in rng.sample(range(2, len(digits)), min(len(digits) - 2, 3)):
            digits[i] = rng.choice(string.digits)
        num = pn.PhoneNumber(country_code=ex.country_code, national_number=int("".join(digits)))
        if pn.is_valid_number(num):
            form = rng.choice([pn.PhoneNumberFormat.NATIONAL, pn.PhoneNumberFormat.INTERNATIONAL,
                               pn.PhoneNumberFormat.E164])
            return pn.format_number(num, form)
    return None


def build(seed: int, kind: str) -> list[tuple[str, list[tuple[str, int, int]]]]:
    """(text, [(type, start, end)]) rows; type None marks a negative line."""
    rng = random.Random(seed)
    id_slots = ID_SLOTS_A if seed == 1201 else ID_SLOTS_B
    phone_slots = PHONE_SLOTS_A if seed == 1201 else PHONE_SLOTS_B
    rows = []
    if kind in ("ids", "all"):
        for name, labels in ID_MODULES.items():
            mod = importlib.import_module("stdnum." + name)
            for _ in range(4):
                v, v2 = _draw_id(mod, rng), _draw_id(mod, rng)
                if not v or not v2:
                    continue
                label = rng.choice(labels)
                slot = rng.choice(id_slots)
                n, n2 = rng.sample(NAMES, 2)
                fill = {"label": label, "label_col": re.sub(r"\W+", "_", label.casefold()).strip("_") or "id",
                        "v": v, "v2": v2, "n": n, "n2": n2}
                rows.append(_fill(slot, fill, "ID:" + name))
    if kind in ("phones", "all"):
        for region in PHONE_REGIONS:
            for _ in range(2):
                p, p2 = _draw_phone(region, rng), _draw_phone(region, rng)
                if not p or not p2:
                    continue
                n = rng.choice(NAMES)
                email = n.split()[0].casefold().encode("ascii", "ignore").decode() + "@mail.example"
                fill = {"label": rng.choice(PHONE_LABELS), "p": p, "p2": p2, "n": n, "email": email}
                rows.append(_fill(rng.choice(phone_slots), fill, "PHONE:" + region))
    for neg in NEGATIVES:
        rows.append((neg, [(None, 0, len(neg))]))
    return rows


def _fill(slot: str, fill: dict, tag: str) -> tuple[str, list]:
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
            gold.append((tag, start, len(text)))
        elif key in ("n", "n2"):
            gold.append(("PERSON", start, len(text)))
        elif key == "email":
            gold.append(("EMAIL", start, len(text)))
    text += slot[pos:]
    return text, gold


_WORD = re.compile(r"\w+")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", choices=["a", "b"], default="a")
    ap.add_argument("--kind", choices=["ids", "phones", "all"], default="all")
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--stdnum", default=None)
    args = ap.parse_args(argv)
    _load_stdnum(args.stdnum)
    rows = build(1201 if args.set == "a" else 1202, args.kind)
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
                       if len(w.group()) >= 2)
            if leak:
                leaked[kind] += 1
                by_family[tag] += 1
                if shown < args.show and kind != "PERSON":
                    shown += 1
                    print(f"  LEAK {tag} {text[s:e]!r}\n  TEXT {text!r}\n  SENT {red.text!r}")
    for kind in sorted(values):
        print(f"{kind}: {leaked[kind]}/{values[kind]} leaked ({100 * leaked[kind] / values[kind]:.1f}%)")
    print(f"negatives: {neg_changed}/{neg_words} words changed")
    print("leaks by family:", ", ".join(f"{k} {v}" for k, v in by_family.most_common(30)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
