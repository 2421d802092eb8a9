"""Round thirteen (PN): a fresh fuzz of English-side person names from name data no split, fuzzer or check used.

The names come from four packages no privacy split drew on (checked against every ``PACKAGES`` list in bench/ and
/tmp/lead/b13_packages.txt), read as archives, never installed:

* ``cajun-name-generator`` 0.2.2 (MIT): Cajun / Acadian French given names and ~1,900 old French-Canadian surnames;
* ``pyranda`` 0.0.24 (GPL-3.0, data only): Czech given names and surnames with their feminine forms (-ová);
* ``gender-by-rus-name`` 0.0.6 (MIT): Russian given names in Cyrillic; patronymics (-ович / -овна) and surnames
  (-ов / -ова, -ин / -ина) are built here from the male names, and a simple Latin transliteration written here;
* ``finnish-name-generator`` 0.2.1 (no licence stated: data only): Finnish given and family names.

Each value is tagged with whether every word of it is in the recognizers' word lists (``known``) or one word is
not (``unknown``): the unknown ones are what a split from a new origin brings. The layouts are the structures
that leaked on HELD-OUT-13 in aggregate (no row of it was read): a record field whose label names a person in
another language (``nombre:``, ``ФИО:``, ``Navn:``, ``"nom": ...``), ALL-CAPS surnames first, "Surname, Given",
three-part names with a patronymic, initials, table and CSV cells, chat speakers, signatures, prose. Name-free
lines with capitalised words (products, bands, columns, drugs, companies) count over-redaction.

    python bench/pn_names_fresh13.py              # counts through Privacy().redact()
    python bench/pn_names_fresh13.py --show 30    # and each leak / over-redacted word
    python bench/pn_names_fresh13.py --seed 3     # another draw

Wheels are looked for in ``$PN13_WHEELS`` (default /tmp/pn13/wheels) and fetched there with pip if missing.
Written by PN before the round-thirteen name rules; seed 13 was diagnosed on (seen), seed 31 run once after.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path.cwd()))

PACKAGES = ["cajun-name-generator==0.2.2", "pyranda==0.0.24", "gender-by-rus-name==0.0.6",
            "finnish-name-generator==0.2.1"]

_RU_LAT = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                   ["a", "b", "v", "g", "d", "e", "yo", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s",
                    "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"]))


def _read(wheels: Path, stem: str, member: str) -> str:
    for f in sorted(wheels.glob(f"{stem}*")):
        if f.suffix == ".whl":
            with zipfile.ZipFile(f) as z:
                return z.read(member).decode("utf-8")
        if f.name.endswith(".tar.gz"):
            with tarfile.open(f) as t:
                fh = t.extractfile(member)
                assert fh is not None
                return fh.read().decode("utf-8")
    raise FileNotFoundError(stem)


def _fetch(wheels: Path) -> None:
    wheels.mkdir(parents=True, exist_ok=True)
    for spec in PACKAGES:
        stem = spec.split("==")[0].replace("-", "_")
        if not list(wheels.glob(f"{stem}*")) and not list(wheels.glob(f"{spec.split('==')[0]}*")):
            subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", str(wheels), spec],
                           check=True)


def _list(src: str, name: str) -> list[str]:
    m = re.search(rf"{name}\s*=\s*[\[{{](.*?)[\]}}]", src, re.S)
    assert m, name
    return re.findall(r"['\"]([^'\"]+)['\"]", m.group(1))


def translit(word: str) -> str:
    out = "".join(_RU_LAT.get(ch.lower(), ch) for ch in word)
    return out[:1].upper() + out[1:]


def pools(wheels: Path) -> dict[str, dict[str, list[str]]]:
    _fetch(wheels)
    cajun = _read(wheels, "cajun_name_generator", "cajun_name_generator/cajunnamelist.py")
    fin = _read(wheels, "finnish_name_generator", "finnish_name_generator/__init__.py")
    cz_sur = _read(wheels, "pyranda", "pyranda-0.0.24/pyranda/prijmenis.py")
    cz_giv = _read(wheels, "pyranda", "pyranda-0.0.24/pyranda/jmenos.py")
    ru = _read(wheels, "gender_by_rus_name", "genderbyrusname/genderbyrusname.py")
    sur_pairs = re.findall(r"Prijmeni\('([^']+)', '([^']+)'\)", cz_sur)
    ru_m = [w.capitalize() for w in _list(ru, "__male_rus_names") if len(w) > 3]
    ru_f = [w.capitalize() for w in _list(ru, "__female_rus_names") if len(w) > 3]
    stems = [w for w in ru_m if w[-1] not in "йьяа"]
    return {
        "cajun": {"given": _list(cajun, "firstnames"), "family": [w for w in _list(cajun, "lastnames") if "’" not in w]},
        "czech": {"given": re.findall(r'jmenos[12]\.append\(Jmeno\("([^"]+)"', cz_giv),
                  "family": [a for a, _ in sur_pairs] + [b for _, b in sur_pairs]},
        "finnish": {"given": _list(fin, "first_names"), "family": _list(fin, "family_names")},
        "russian": {"given": ru_m + ru_f, "family": [s + "ов" for s in stems] + [s + "ова" for s in stems]
                    + [s + "ин" for s in stems[:20]], "patronymic": [s + "ович" for s in stems] + [s + "овна" for s in stems]},
    }


#: layouts: {n} is the full name as written, {g} given, {f} family; each yields the name's slot
LAYOUTS = [
    ("label_es", "nombre: {n}\nedad: 41\nplan: oro"),
    ("label_fr", "Nom : {f}\nPrénom : {g}\nDate de naissance : 12/03/1988"),
    ("label_ru", "ФИО: {n}\nДата рождения: 12.03.1988"),
    ("label_no", "Navn: {n}\nFødselsdato: 1988-03-12"),
    ("label_de", "Vorname: {g}\nNachname: {f}\nGeburtsdatum: 12.03.1988"),
    ("json_nombre", '{{"id": 4471, "nombre_completo": "{n}", "saldo": 120.5}}'),
    ("json_nom", '{{"client": {{"nom": "{f}", "prenom": "{g}"}}, "montant": 88}}'),
    ("json_person", '{{"patient": "{n}", "ward": "B4", "bed": 12}}'),
    ("caps_first", "Beneficiary {F} {g} received the transfer on 3 May."),
    ("caps_line", "{F} {g}\nAccount manager\nphone +33 1 44 55 66 77"),
    ("comma", "Applicant: {f}, {g}\nStatus: pending review"),
    ("table", "| id | holder | balance |\n|---|---|---|\n| 17 | {n} | 420.00 |"),
    ("csv", "member_id;titular;plan\n1182;{n};gold"),
    ("tsv_head", "account\towner\ttier\nA-77\t{n}\tgold"),
    ("chat", "{g}: did the cohort query finish?\nOps: yes, sent it an hour ago\n{g}: thanks"),
    ("sign", "Please find the revised budget attached.\n\nBest,\n{n}\nProcurement"),
    ("prose", "The loan officer met {n} at the branch on Tuesday."),
    ("prose_with", "We spoke with {n} about the late invoices."),
    ("initial", "Signed: {I}, for the cooperative"),
    ("three", "Witness statement taken from {n3} at 14:20."),
    ("three_caps", "Client: {F} {g} {p}\nCase: 2281"),
    ("speaker_log", "[10:02] {g} {f}: uploaded the March ledger"),
    ("email_from", "From: {n} <billing@example.org>\nSubject: overdue"),
    ("list", "Attendees:\n- {n}\n- Field team\n- Finance"),
    # record formats: XML, FHIR, HL7, EDIFACT, LDIF, vCard, YAML, SQL, log lines
    ("xml", "<customer><id>88</id><fullName>{n}</fullName><tier>gold</tier></customer>"),
    ("fhir", '{{"resourceType": "Patient", "name": [{{"family": "{f}", "given": ["{g}"]}}], "gender": "female"}}'),
    ("hl7", "PID|1||88213^^^HOSP||{F}^{g}^{p}||19880312|F"),
    ("edifact", "UNH+1+ORDERS:D:96A:UN'\nNAD+BY+++{F}:{g}'"),
    ("ldif", "dn: uid=u88,ou=people,dc=example,dc=org\ncn: {n}\nsn: {f}\ngivenName: {g}"),
    ("vcard", "BEGIN:VCARD\nVERSION:4.0\nFN:{n}\nN:{f};{g};;;\nEND:VCARD"),
    ("yaml", "members:\n  - name: {n}\n    role: treasurer"),
    ("sql", "INSERT INTO clients (id, full_name, tier) VALUES (88, '{n}', 'gold');"),
    ("log", "2026-03-12T10:02:11Z INFO payout approved user=\"{n}\" amount=120"),
    ("caps_double", "Titular: {F} {F2} {g}\nCuenta: 0044-1182"),
    ("double_prose", "La solicitud de {g} {f} {f2} fue aprobada."),
    ("title_caps", "M. {F} {g} est convoqué le 3 mai."),
]

#: name-free lines: capitalised everyday words, products, bands, drugs, companies, column names
CLEAN = [
    "Revenue grew in Q3; see the Pricing Tier and Churn Rate columns.",
    "Our playlist had Radiohead, Coldplay and Massive Attack on repeat.",
    "Dose: Amoxicillin 500 mg, Paracetamol as needed; review Ibuprofen.",
    "Export the Sales Pipeline report to Google Sheets before Friday.",
    "The Acme Logistics SARL invoice lists Pallet Wrap and Forklift Hire.",
    "| product | category | stock |\n|---|---|---|\n| Gadget Max | Tools | 12 |",
    "Nom du fichier: rapport_final.xlsx\nStatut: Validé",
    "Status: Approved\nPriority: High\nOwner Team: Platform",
    "Note: the Northern Region outperformed the Coastal Region.",
    "ФИЛИАЛ: Центральный\nОТДЕЛ: Продажи",
    "Name,Price,Stock\nWidget,3.50,120\nSprocket,1.20,40",
    "Customer Success and Account Management met on Monday.",
]


def _name(p: dict[str, list[str]], rng: random.Random, origin: str) -> dict[str, str]:
    g, f = rng.choice(p["given"]), rng.choice(p["family"])
    pat = rng.choice(p["patronymic"]) if "patronymic" in p else rng.choice(p["given"])
    if origin == "russian" and rng.random() < 0.5:
        g, f, pat = translit(g), translit(f), translit(pat)
    n3 = f"{f} {g} {pat}" if origin == "russian" else f"{g} {pat} {f}"
    f2 = rng.choice(p["family"])
    return {"n": f"{g} {f}", "g": g, "f": f, "F": f.upper(), "I": f"{g[0]}. {f}", "p": pat, "n3": n3, "f2": f2,
            "F2": f2.upper()}


def build(wheels: Path, rounds: int, seed: int) -> list[tuple[str, str, str, list[tuple[int, int, str]]]]:
    """(origin, layout, text, [(start, end, known/unknown)])."""
    from workbench.privacy._gazetteer import gazetteer

    g = gazetteer()
    rng = random.Random(seed)
    out = []
    for origin, p in pools(wheels).items():
        for _ in range(rounds):
            for layout, tpl in LAYOUTS:
                v = _name(p, rng, origin)
                text, spans, at = "", [], 0
                for m in re.finditer(r"\{(\w+)\}", tpl):
                    lit = tpl[at:m.start()].replace("{{", "{").replace("}}", "}")
                    text += lit
                    val = v[m.group(1)]
                    known = all(w.casefold() in g.given or w.casefold() in g.surnames
                                for w in re.findall(r"[^\W\d_]{2,}", val))
                    spans.append((len(text), len(text) + len(val), "known" if known else "unknown"))
                    text += val
                    at = m.end()
                text += tpl[at:].replace("{{", "{").replace("}}", "}")
                out.append((origin, layout, text, spans))
    for line in CLEAN:
        out.append(("clean", "clean", line, []))
    return out


_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def run(samples, show: int = 0) -> dict[str, list[int]]:
    from workbench.privacy import Privacy

    privacy = Privacy()
    res: dict[str, list[int]] = {"over": [0, 0], "clean": [0, 0]}
    shown = 0
    for origin, layout, text, spans in samples:
        red = privacy.redact(text, privacy.new_vault())
        cov = [False] * len(text)
        for ent in red.entities:
            if ent.action != "keep":
                for k in range(ent.start, ent.end):
                    cov[k] = True
        inside = [False] * len(text)
        for s, e, known in spans:
            leak = any(not all(cov[s + w.start(): s + w.end()]) for w in _WORD.finditer(text[s:e]) if len(w.group()) > 1)
            for key in (origin, f"layout:{layout}", known, "all"):
                res.setdefault(key, [0, 0])
                res[key][0] += 1
                res[key][1] += leak
            for k in range(s, e):
                inside[k] = True
            if leak and shown < show:
                shown += 1
                print(f"LEAK {origin}/{layout}/{known}", repr(text[s:e]), "|", red.text.replace("\n", " / "))
        for w in _WORD.finditer(text):
            if any(inside[w.start(): w.end()]):
                continue
            key = "clean" if origin == "clean" else "over"
            res[key][0] += 1
            if any(cov[w.start(): w.end()]):
                res[key][1] += 1
                if shown < show:
                    shown += 1
                    print(f"OVER {origin}/{layout}", repr(w.group()), "|", red.text.replace("\n", " / "))
    return res


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--wheels", type=Path, default=Path(os.environ.get("PN13_WHEELS", "/tmp/pn13/wheels")))
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--show", type=int, default=0)
    args = ap.parse_args(argv)
    res = run(build(args.wheels, args.rounds, args.seed), args.show)
    for key in sorted(res):
        if key in ("over", "clean"):
            continue
        tot, lk = res[key]
        print(f"names {key}: {lk}/{tot} leaked ({100 * lk / max(tot, 1):.1f}%)")
    for key, what in (("over", "words outside names in the name layouts"), ("clean", "words of the name-free lines")):
        tot, ch = res[key]
        print(f"over-redaction ({what}): {ch}/{tot} changed ({100 * ch / max(tot, 1):.1f}%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
