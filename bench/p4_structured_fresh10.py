"""Round ten (P4): a fresh check of identity numbers by slot, written AFTER the fix.

Values: Faker's ``ssn()`` of locales nobody tuned the slot rule on (ar_DZ mk_MK es_VE en_PH ko_KR sr_BA th_TH
he_IL el_CY; none is reserved for HELD-OUT-11). Contexts: label wordings written after ``_rec_ids10`` (many not
in its stem list verbatim), a label column of a CSV / markdown table, brackets after a name; and benign lines
(orders, amounts, dates, measurements) whose numbers must stay.

    .venv/bin/python bench/p4_structured_fresh10.py            # with the round-ten recognizers
    .venv/bin/python bench/p4_structured_fresh10.py --without  # before: SlotIdRecognizer / OddGroupingCard off
"""

from __future__ import annotations

import argparse
import random

from faker import Faker

LOCALES = ["ar_DZ", "mk_MK", "es_VE", "en_PH", "ko_KR", "sr_BA", "th_TH", "he_IL", "el_CY"]
CONTEXTS = [
    "Identifikationsnummer {v} gehört {n}.", "Número de identificación: {v} ({n})", "codice identificativo {v} di {n}",
    "Broj osobne iskaznice {v}, {n}", "Personalausweisnummer {v} — {n}", "numéro d'assuré social {v} pour {n}",
    "ID-nummer {v} tillhör {n}.", "numer dowodu osobistego {v} ({n})", "číslo občanského průkazu {v}, {n}",
    "رقم الهوية الوطنية {v} - {n}", "Résident {n}, carte de séjour {v}", "{n}'s taxpayer reference {v} is on file.",
    "Patient record for {n} — health insurance no {v}", "{n} (member #{v}) joined in spring.",
    "name,national_identity,city\n{n},{v},Porto", "| Client | Passport No. |\n|---|---|\n| {n} | {v} |",
    "Kimlik numarası {v} olan {n}", "Medlemsnummer {v} for {n}", "Henkilöllisyystodistus {v}, {n}",
]
BENIGN = [
    "Order number {x} ships Tuesday.", "Invoice {x} totals 1,245.00 EUR.", "The tax bill rose to {y} EUR this year.",
    "Personal record: {y} m in the hammer throw.", "Membership grew to {y} members.", "Ticket {x} was closed.",
    "Meeting on 2025-03-14 at 10:30, room 4.12.", "Patient satisfaction was 87.5% in {year}.",
    "Version {year}.1.3 of the national statistics release.", "Tracking number {x} for the parcel.",
]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--without", action="store_true", help="the round-ten recognizers off (the before figure)")
    ap.add_argument("--show", type=int, default=0)
    args = ap.parse_args()
    if args.without:
        from workbench.privacy import _rec_en
        _rec_en.ENGLISH_RECOGNIZERS = tuple(c for c in _rec_en.ENGLISH_RECOGNIZERS if c.__name__ not in (
            "SlotIdRecognizer", "OddGroupingCardRecognizer"))
    from workbench.privacy import Privacy

    p = Privacy()
    rng = random.Random(1510)
    leaked = total = changed = benign = 0
    shown = 0
    for loc in LOCALES:
        f = Faker(loc)
        f.seed_instance(10)
        names = Faker("en_US")
        names.seed_instance(hash(loc) % 1000)
        for ctx in CONTEXTS:
            v, n = f.ssn(), names.name()
            text = ctx.format(v=v, n=n)
            sent = p.redact(text, p.new_vault()).text
            total += 1
            if v in sent:
                leaked += 1
                if shown < args.show:
                    print("LEAK", loc, repr(sent))
                    shown += 1
    for tpl in BENIGN:
        for _ in range(3):
            x, y, year = rng.randint(10**5, 10**8), rng.randint(1000, 99999), rng.randint(1990, 2030)
            text = tpl.format(x=x, y=y, year=year)
            sent = p.redact(text, p.new_vault()).text
            benign += 1
            if sent != text:
                changed += 1
                if shown < args.show:
                    print("OVER", repr(text), "->", repr(sent))
                    shown += 1
    print(f"fresh ids: {leaked}/{total} leaked ({100 * leaked / total:.1f}%); "
          f"benign lines changed: {changed}/{benign}")


if __name__ == "__main__":
    main()
