"""Round ten (P3): a fresh check of addresses, from a source the round's address work did not tune on.

    python bench/p3_address_fresh10.py            # rates by locale, leaks and false alarms
    python bench/p3_address_fresh10.py --show 20  # also print 20 leaks

Values: ``mimesis`` 22.2's ``Address`` (MIT) in 22 locales (Arabic, Persian, Kazakh, Russian, Ukrainian, Greek, Turkish,
Central European, Nordic, Iberian, Dutch, Swiss): its own street line (``address()``: the locale's order of number and
street, its street types), town and postcode. The round-ten street words came from Faker, not mimesis; the locales a
pristine split reserves (az, bg, bn, lv, vi, ka, hy, uz) are not drawn. The layouts and the negatives below were
written after the round-ten change. Scored as ``bench/privacy_eval``: an address leaks when any of its words of two
characters or more is sent; a negative is a false alarm when any of its characters is changed.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

LOCALES = ("ar-eg", "ar-ma", "ar-sa", "fa", "kk", "ru", "uk", "el", "tr", "pl", "cs", "hu", "pt-br", "es-mx", "is",
           "et", "hr", "sk", "da", "no", "fi", "de-ch")
NAMES = ("Tomas Lind", "Priya Nair", "Omar Haddad", "Anna Berg", "Jon Ruiz")
LAYOUTS = (
    "Please send the documents to {street}, {postcode} {city}.",
    "Ship to:\n{name}\n{street}\n{postcode} {city}",
    "On Friday {name} wrote:\n> My new address is {street}, {city} {postcode}\n\nNoted.",
    '{{"customer": "{name}", "address": "{street}, {city}", "tier": "gold"}}',
    "id\tname\taddress\tstatus\n12\t{name}\t{street}, {postcode} {city}\tactive",
    "Meet me at my place ({street}, {city}) tomorrow at 6.",
    "Customer: I live at {street} in {city}, can the courier come after 5?",
    "| name | address | note |\n|---|---|---|\n| {name} | {street} | {postcode} {city} |",
)
#: written for this check: numbers and capitalised words near street-like words, none of them an address
NEGATIVES = (
    "The meeting moved to Room 214, Gate 7 is closed for works.",
    "Version 3.12.4 ships on 2026-03-01; see release notes section 5.",
    "Meter 4 read 342 kWh in March, 12% above February.",
    "Invoice total: 1,276.40 EUR, due in 30 days.",
    "Platform 9 for the 10:45 to the airport; coach C, seat 42.",
    "Ring 3 of the data centre has 48 racks, 12 of them empty.",
    "Place the order before 14:00 and it ships the same day (about 2 kg).",
    "Our Q3 plan: 5 new hires, 2 offices, 1 budget review.",
    "Block 7 of the test suite failed on Python 3.11 only.",
    "Way 2 of the survey reached 1,500 people in 12 countries.",
    "Square footage: 1276 sq ft, 3 bedrooms, 2 bathrooms.",
    "Step 4: press Start, then choose Settings > Network > Proxy.",
)
_WORD = re.compile(r"\w{2,}")


def _samples(n: int, seed: int) -> list[tuple[str, str, list[str]]]:
    from mimesis import Address
    from mimesis.locales import Locale

    rnd = random.Random(seed)
    out = []
    for loc in LOCALES:
        gen = Address(Locale(loc), seed=seed + len(out))
        for _ in range(n):
            street, city, postcode = gen.address(), gen.city(), gen.postal_code()
            text = rnd.choice(LAYOUTS).format(street=street, city=city, postcode=postcode, name=rnd.choice(NAMES))
            values = [street, city] + ([postcode] if "{postcode}" in text or postcode in text else [])
            out.append((loc, text, values))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=8, help="samples per locale")
    ap.add_argument("--seed", type=int, default=1010)
    ap.add_argument("--show", type=int, default=0)
    args = ap.parse_args()
    from workbench.privacy import Privacy

    p = Privacy()
    leaks, by_loc, shown = 0, Counter(), 0
    rows = _samples(args.n, args.seed)
    for loc, text, values in rows:
        sent = p.redact(text, p.new_vault()).text
        leaked = [w for v in values for w in _WORD.findall(v) if re.search(rf"(?<!\w){re.escape(w)}(?!\w)", sent)]
        if leaked:
            leaks += 1
            by_loc[loc] += 1
            if shown < args.show:
                shown += 1
                print(f"  LEAK {loc}: {text!r}\n     sent: {sent!r}")
    alarms = 0
    for text in NEGATIVES:
        sent = p.redact(text, p.new_vault()).text
        if sent != text:
            alarms += 1
            print(f"  FALSE ALARM: {text!r}\n     sent: {sent!r}")
    print(f"\naddresses: {len(rows)} blocks, {leaks} leaked, {100 * leaks / len(rows):.1f}%")
    print("by locale: " + ", ".join(f"{k} {v}/{args.n}" for k, v in by_loc.most_common()))
    print(f"negatives: {len(NEGATIVES)}, false alarms {alarms}")


if __name__ == "__main__":
    main()
