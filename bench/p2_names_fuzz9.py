"""P2's round-nine names fuzzer (SEEN: read while working; no held-out figure): names in carriers no split used.

    python bench/p2_names_fuzz9.py                 # summary per name source
    python bench/p2_names_fuzz9.py --show 40       # also print leaks and over-redactions

Carriers (written here, not from a split's template file): git trailers, JSON and YAML values, markdown and TSV
table cells, "cc:" lists, "per X", possessives, meeting action items, "SURNAME, Given - role", chat lines with
a time, photo credits, nomination lists, forwarded headers. Each carries everyday words that must stay: product
names (Google Sheets, Tableau, Power BI, Looker Studio), column headers, "Room 4", "KYC Tier 2", band names.

Names: ``h9`` HELD-OUT-9's own generator (bench/privacy_heldout9.py, a seen split; another seed: Hong Kong /
Singapore romanised Chinese, Thai, Greek, Gulf and Maghreb Arabic, Ethiopian, Chilean, Norwegian), and ``fk``
Faker's person providers of non-Latin scripts romanised with anyascii (ru_RU and uk_UA with their patronymics,
el_GR, hy_AM, ka_GE, bn_BD) and of Latin-script locales with name shapes the lists hold only in part (is_IS
patronymics, es_CL double surnames). The word lists hold Faker's names in their own scripts, not romanised.
Scoring is ``p2_names_newsource.run``'s (bench/privacy_eval's rule: a name leaks when any word of it is sent).
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from p2_names_newsource import run  # noqa: E402

#: {n} full name, {g} given, {s} surname, {S} surname in capitals, {m} a second full name, {e} an e-mail
CARRIERS = [
    "Signed-off-by: {n} <{e}>\nFix the Google Sheets export of the Revenue column.",
    "Co-authored-by: {n} <{e}>",
    '{{"owner": "{n}", "status": "Open", "priority": "High", "tool": "Tableau"}}',
    "reviewers:\n  - {n}\n  - {m}\nlabels: [Data Quality, Power BI]",
    "| Owner | Region | Score |\n|---|---|---|\n| {n} | North | 23.7% |",
    "Owner\tRegion\tScore\n{n}\tEMEA\t484",
    "cc: {n}; {m}\nRe: KYC Tier 2 backlog",
    "per {g}: the Churn Model stays frozen until Q3.",
    "{n}'s report on the Net Revenue column is in Looker Studio.",
    "Action items:\n- {n} to update the KYC Tier mapping\n- Finance to review the Google Sheets export",
    "{S}, {g} - Finance Controller",
    "Approved: {n} / Date: 2026-01-12 / Room 4",
    "Regards\n{n}\nSent from my iPhone",
    "[10:42] {n}: pushed the Sales Pipeline fix to Jira",
    "Spoke with {s} today; {g} will send the Tableau workbook.",
    "1:1 {g} / {m} - Weekly Sync",
    "Nominated: {n} (Customer Success), {m} (Platform)",
    "Photo credit: {n}",
    "Quote from {n}: the KPI Tree helps the Account Manager team.",
    "From: {n} [mailto:{e}]\nSent: Tuesday\nTo: Operations\nSubject: Arctic Monkeys tickets",
    "Interview with {n} (Senior Analyst) moved to Room 4.",
    "Thanks to {n} and {m} for the Confluence page on Customer Lifetime Value.",
    "Ticket owner changed from {m} to {n}.",
    "- [ ] {g} {s}: reconcile the Unit Price and Grand Total columns",
]


def _title(name: str) -> str:
    return " ".join(w[:1].upper() + w[1:] for w in name.split())


def _email(first: str, last: str) -> str:
    from anyascii import anyascii

    parts = [re.sub(r"[^a-z]", "", anyascii(x).lower()) for x in (first, last)]
    return f"{parts[0]}.{parts[-1]}@example.org"


class Names:
    """People from the two sources (see the module doc); each call returns (full, given, surname)."""

    ROMANISED = ("ru_RU", "uk_UA", "el_GR", "hy_AM", "ka_GE", "bn_BD")
    LATIN = ("is_IS", "es_CL")

    def __init__(self, seed: int) -> None:
        import privacy_heldout9 as h9
        from anyascii import anyascii
        from faker import Faker

        self.rng = random.Random(seed)
        self.h9 = h9.Heldout9Filler(seed + 700)
        self.fakers = {loc: Faker(loc) for loc in self.ROMANISED + self.LATIN}
        for i, f in enumerate(self.fakers.values()):
            f.seed_instance(seed * 100 + i)
        self.ascii = anyascii

    def person(self, src: str) -> tuple[str, str, str]:
        if src == "h9":
            who = self.h9._en_person()
            return who.full, who.first.split()[0], who.last
        loc = self.rng.choice(self.ROMANISED + self.LATIN)
        f = self.fakers[loc]
        if loc in ("ru_RU", "uk_UA"):
            first, middle, last = f.first_name(), f.middle_name(), f.last_name()
            parts = self.rng.choice([(first, middle, last), (last, first, middle), (first, last)])
        else:
            first, last = f.first_name(), f.last_name()
            parts = (first, last) if self.rng.random() < 0.7 or loc != "es_CL" else (first, last, f.last_name())
        parts = tuple(_title(self.ascii(p)) if loc in self.ROMANISED else p for p in parts)
        first, last = (_title(self.ascii(first)), _title(self.ascii(last))) if loc in self.ROMANISED else (first, last)
        return " ".join(parts), first, last


def build(n: int, seed: int) -> list[tuple[str, str, list[tuple[int, int]]]]:
    names = Names(seed)
    rng = names.rng
    out = []
    for i in range(n):
        src = ("h9", "fk")[i % 2]
        tpl = rng.choice(CARRIERS)
        full, g, s = names.person(src)
        vals = {"n": full, "g": g, "s": s, "S": s.upper(), "m": names.person(src)[0], "e": _email(g, s)}
        text, spans, pos = "", [], 0
        for mt in re.finditer(r"(?<!\{)\{(\w)\}(?!\})", tpl):
            text += tpl[pos : mt.start()].replace("{{", "{").replace("}}", "}")
            v = vals[mt.group(1)]
            spans.append((len(text), len(text) + len(v), *(("email",) if mt.group(1) == "e" else ())))
            text += v
            pos = mt.end()
        text += tpl[pos:].replace("{{", "{").replace("}}", "}")
        out.append((src, text, spans))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=400)
    ap.add_argument("--seed", type=int, default=9)
    ap.add_argument("--show", type=int, default=0)
    args = ap.parse_args(argv)
    res = run(build(args.n, args.seed), args.show)
    for k in ("h9", "fk", "email"):
        tot, lk = res.get(k, [0, 0])
        print(f"names {k}: {lk}/{tot} leaked ({100 * lk / max(tot, 1):.1f}%)")
    tot, ch = res["over"]
    print(f"over-redaction: {ch}/{tot} words outside names changed ({100 * ch / max(tot, 1):.1f}%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
