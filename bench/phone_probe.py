"""A phone-number probe generated from ``phonenumbers``' own metadata, for every region it knows.

    python bench/phone_probe.py                 # seed 1 (tuned on), every region, the summary
    python bench/phone_probe.py --seed 2        # another draw of numbers and frames
    python bench/phone_probe.py --show 30       # also print 30 leaks and 30 false alarms
    python bench/phone_probe.py --regions 15    # also the 15 regions that leak most, and each format's rate
    python bench/phone_probe.py --only ZA,NG --formats dots,none --frames bare   # a slice, to iterate fast
    python bench/phone_probe.py --writer        # round nine: the forms and frames writers use (seed 3 held)

Positives: for every region in ``phonenumbers.SUPPORTED_REGIONS`` and every number type with an
example (fixed line, mobile, toll free, ...), the example number and up to ``--per`` valid
variants of it (its last digits redrawn, kept only if ``phonenumbers`` still calls them valid for
the same type), written in eight formats: national as phonenumbers formats it (trunk prefix,
brackets), the same digits with dots, dashes, slashes, single spaces, or no separators, the
national significant number without the trunk prefix (spaced and dashed), international (also with
dashes, "00" for "+", and "(+cc)"), E.164, and national with an extension ("x723", "ext. 12",
"(ext 3787)", "#12", "-Office"). Each goes into a frame drawn from sentences with and without a
phone word, label/value fields ("Phone number: …", "tel=…", JSON), table rows, and signature
blocks. A number leaks when any run of 2+ digits of it is sent.

Negatives: amounts, dates, times, ranges, IDs in code, versions, order and invoice numbers with
a context word of their own, ISBNs, coordinates, screen sizes. One is a false alarm when any of
its digits is redacted. The numbers are phonenumbers' (not ours); the frames and negatives are
written here, so this is a DEV probe: it is tuned on, and no figure from it is a held-out figure.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import phonenumbers as pn  # noqa: E402
from phonenumbers import PhoneNumberFormat, PhoneNumberType  # noqa: E402

TYPES = {
    "fixed": PhoneNumberType.FIXED_LINE, "mobile": PhoneNumberType.MOBILE, "toll_free": PhoneNumberType.TOLL_FREE,
    "voip": PhoneNumberType.VOIP, "uan": PhoneNumberType.UAN,
}
FRAMES = {
    "context": ["Call me on {} tomorrow.", "Their line is {}.", "You can reach the front desk at {} until six.",
                "Phone: {}", "Ring {} if the parcel is late.", "Her mobile number is {}, she said."],
    "bare": ["Anna's is {}, if that helps.", "Try {} after lunch.", "It is {} now, not the old one.",
             "Olek Nowak {}"],
    "field": ["Phone number: {}", "tel={}", '{"name": "Anna Berg", "phone": "{}"}', "Contact no.: {}",
              "Mobile - {}", "WhatsApp: {}", "Telephone\t{}", "phone_number: '{}'"],
    "table": ["| Anna Berg | Sales | {} |", "Name\tTeam\tPhone\nAnna Berg\tSales\t{}",
              "name,team,number\nAnna Berg,Sales,{}"],
    "signature": ["Best regards,\nAnna Berg\nSales lead, Nordwind AG\n{}", "Anna Berg\nM: {}\nE: anna.berg@example.com",
                  "- Anna Berg (Nordwind AG) -- {}", "Kind regards\nJoão Lima | Nordwind | {}", "Tel. {}\nFax {}"],
}
EXTENSIONS = [" x723", " ext. 12", "-Office", " ext 4401", " x 91", " (ext 3787)", " #12", " Ext. 2", ", ext. 45",
              " x123"]


def _variants(number, kind, rng: random.Random, per: int) -> list:
    out = [number]
    nsn = str(number.national_number)
    tries = 0
    while len(out) < per + 1 and tries < per * 8:
        tries += 1
        k = rng.randint(2, min(6, max(2, len(nsn) - 2)))
        digits = nsn[:-k] + "".join(rng.choice("0123456789") for _ in range(k))
        cand = pn.PhoneNumber(country_code=number.country_code, national_number=int(digits))
        cand.italian_leading_zero = number.italian_leading_zero
        if pn.is_valid_number(cand) and pn.number_type(cand) == kind and str(cand.national_number) == digits:
            out.append(cand)
    return out


def _formats(number, rng: random.Random) -> dict[str, str]:
    national = pn.format_number(number, PhoneNumberFormat.NATIONAL)
    plain = re.sub(r"[()]", "", national).strip()
    groups = re.findall(r"\d+", plain)
    nsn = pn.national_significant_number(number)
    no_trunk, rest = [], nsn
    for g in reversed(groups):  # the national significant number grouped as national writes it
        take = rest[-len(g):] if len(rest) >= len(g) else rest
        no_trunk.insert(0, take)
        rest = rest[: len(rest) - len(take)]
        if not rest:
            break
    intl = pn.format_number(number, PhoneNumberFormat.INTERNATIONAL)
    cc, _, rest_intl = intl.partition(" ")
    out = {
        "national": national,
        "dots": ".".join(groups),
        "dashes": "-".join(groups),
        "slashes": groups[0] + "/" + "".join(groups[1:]) if len(groups) > 1 else groups[0],
        "spaces": " ".join(groups),
        "none": "".join(groups),
        "no_trunk": " ".join(g for g in no_trunk if g),
        "no_trunk_dashes": "-".join(g for g in no_trunk if g),
        "international": intl,
        "intl_dashes": cc + "-" + "-".join(re.findall(r"\d+", rest_intl)) if rest_intl else intl,
        "intl_00": "00" + intl[1:],
        "intl_brackets": f"({cc}) {rest_intl}" if rest_intl else intl,
        "e164": pn.format_number(number, PhoneNumberFormat.E164),
        "extension": national + rng.choice(EXTENSIONS),
    }
    return out


def positives(seed: int, per: int, only: set[str] | None = None):
    """(region, type, format, frame kind, value, text) for every region and type."""
    rng = random.Random(seed)
    for region in sorted(pn.SUPPORTED_REGIONS):
        if only and region not in only:
            continue
        for tname, kind in TYPES.items():
            example = pn.example_number_for_type(region, kind)
            if example is None:
                continue
            for number in _variants(example, kind, rng, per):
                for fname, value in _formats(number, rng).items():
                    fkind = rng.choice(list(FRAMES))
                    frame = rng.choice(FRAMES[fkind])
                    yield region, tname, fname, fkind, value, frame.replace("{}", value)


def negatives(seed: int, n: int):
    """(kind, value, text): numbers that are not phone numbers, in their own frames."""
    rng = random.Random(seed + 1000)
    d = lambda k: str(rng.randint(10 ** (k - 1), 10 ** k - 1))  # noqa: E731

    def grouped(x: int, sep: str) -> str:
        return f"{x:,}".replace(",", sep)

    makers = {
        "amount": lambda: rng.choice([
            "Revenue was {} last year.", "The budget is {} EUR.", "We paid € {} in fees.", "It cost ${} in total.",
            "Sales reached {} kr in May.", "A loss of {} on the quarter.", "| Q3 | {} | {} |",
            "Total: {}", "They hold {} shares.",
        ]).replace("{}", grouped(rng.randint(10 ** 5, 10 ** 9), rng.choice([" ", ".", ",", "\u202f"]))),
        "amount_decimal": lambda: f"Invoice total {grouped(rng.randint(1000, 9_999_999), ',')}.{d(2)} USD.",
        "date": lambda: rng.choice(["Signed on {}.", "Due {}", "| {} | shipped |", "Meeting moved to {}."]).format(
            rng.choice([f"{rng.randint(2000, 2030)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                        f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{rng.randint(2000, 2030)}",
                        f"{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}/{rng.randint(2000, 2030)}",
                        f"{rng.randint(1, 28)}/{rng.randint(1, 12)}/{rng.randint(0, 99):02d}",
                        f"{rng.randint(2000, 2030)}/{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}"])),
        "time": lambda: f"The call is at {rng.randint(7, 18)}:{rng.choice(['00', '15', '30', '45'])}-"
                        f"{rng.randint(9, 20)}:{rng.choice(['00', '30'])} on Friday.",
        "range": lambda: rng.choice([
            f"Data for {rng.randint(1990, 2015)}-{rng.randint(2016, 2030)} is in the appendix.",
            f"See pages {rng.randint(100, 400)}-{rng.randint(401, 900)}.",
            f"Rows {rng.randint(1000, 5000)}-{rng.randint(5001, 99999)} were duplicated.",
            f"Between {rng.randint(1000, 5000)} and {rng.randint(5001, 9999)} users a day.",
            f"Budget {rng.randint(100, 900)} 000-{rng.randint(901, 999)} 000 EUR.",
        ]),
        "code_id": lambda: rng.choice([
            f"user_id = {d(8)}", f"order_id: {d(9)}", f"SELECT * FROM orders WHERE id = {d(10)};",
            f"df.loc[{d(7)}]", f"`customer_id={d(8)}`", f"assert row['id'] == {d(9)}", f"ids = [{d(7)}, {d(7)}]",
            f"seed={d(6)}", f"timeout_ms = {d(6)}",
        ]),
        "version": lambda: rng.choice([
            f"Upgrade to version {rng.randint(1, 20)}.{rng.randint(0, 30)}.{rng.randint(0, 99)}.",
            f"numpy {rng.randint(1, 2)}.{rng.randint(0, 30)}.{rng.randint(0, 9)} broke it",
            f"build {rng.randint(10, 12)}.0.{rng.randint(10000, 22999)}.{rng.randint(100, 9999)}",
            f"v{rng.randint(1, 9)}.{rng.randint(0, 99)}.{rng.randint(0, 999)}-rc{rng.randint(1, 5)}",
        ]),
        "order": lambda: rng.choice([
            f"Order #{d(8)} shipped on time.", f"order no. {d(4)}-{d(4)} is late.", f"Invoice {rng.randint(2019, 2026)}-{d(6)} is due.",
            f"Ticket {d(6)} is closed.", f"PO {d(8)} was approved.", f"Case number {d(3)} {d(3)} {d(3)} was escalated.",
            f"Shipment ref {d(3)}-{d(3)}-{d(4)} left the warehouse.", f"Order {d(3)} {d(4)} {d(3)} needs a refund.",
        ]),
        "isbn": lambda: f"ISBN 978-{rng.randint(0, 9)}-{d(3)}-{d(5)}-{rng.randint(0, 9)}",
        "coordinates": lambda: f"The site is at {rng.randint(10, 60)}.{d(4)}, {rng.randint(1, 30)}.{d(4)}.",
        "screen": lambda: f"Export at {rng.choice(['1920x1080', '2560x1440', '3840 x 2160'])} please.",
        "percent": lambda: f"Churn fell {rng.randint(1, 40)}.{rng.randint(0, 9)}% to {grouped(rng.randint(10**5, 10**7), ' ')} users.",
    }
    for kind, make in makers.items():
        for _ in range(n):
            text = make()
            yield kind, text


# ----------------------------------------------------------------- round nine: how writers write (``--writer``)

#: round nine (P4): the forms people type that phonenumbers' formatter never prints; each is built from the number's
#: own metadata (its national grouping, its trunk prefix), for every region
WRITER_EXTENSIONS = [" ext.{}", " x.{}", " extension {}", " Ext {}", " ext: {}", " (x{})", ", x{}", " - ext. {}",
                     " EXT {}", " ext-{}", "x{}", " (Ext. {})", " #{}"]


def writer_formats(number, rng: random.Random) -> dict[str, str]:
    """The number written as people write it: +CC (0) trunk, the trunk kept after +CC, dots or dashes throughout,
    the area in brackets, a ``tel:`` URI, pairs or fours from the end, extensions on international forms."""
    region = pn.region_code_for_number(number)
    md = pn.PhoneMetadata.metadata_for_region(region) if region else None
    trunk = (md.national_prefix or "") if md else ""
    cc = str(number.country_code)
    nsn = pn.national_significant_number(number)
    intl = pn.format_number(number, PhoneNumberFormat.INTERNATIONAL)
    groups = re.findall(r"\d+", intl)[1:] or [nsn]
    national = re.findall(r"\d+", pn.format_number(number, PhoneNumberFormat.NATIONAL))

    def from_end(digits: str, size: int) -> list[str]:
        out = []
        while len(digits) > size + 1:
            out.insert(0, digits[-size:])
            digits = digits[:-size]
        return [digits] + out

    out = {
        "intl_dots": f"+{cc}." + ".".join(groups),
        "intl_slash": f"+{cc}/" + " ".join(groups),
        "intl_00_dashes": f"00{cc}-" + "-".join(groups),
        "intl_nospace": f"+{cc}" + " ".join(groups) if len(groups) > 1 else f"+{cc}{groups[0]}",
        "tel_uri": f"tel:+{cc}-" + "-".join(groups),
        "intl_ext": intl + rng.choice(WRITER_EXTENSIONS).format(rng.randint(2, 9999)),
        "national_ext": " ".join(national) + rng.choice(WRITER_EXTENSIONS).format(rng.randint(2, 999)),
        "pairs": " ".join(from_end(trunk + nsn if trunk else nsn, 2)),
        "fours": " ".join(from_end(trunk + nsn if trunk else nsn, 4)),
        "threes_dashes": "-".join(from_end(trunk + nsn if trunk else nsn, 3)),
    }
    if trunk:
        out["intl_trunk_brackets"] = f"+{cc} ({trunk}){' '.join(groups)}" if rng.random() < 0.5 else \
            f"+{cc} ({trunk}) {' '.join(groups)}"
        out["intl_trunk_kept"] = f"+{cc} {trunk}{' '.join(groups)}"
    if len(national) > 1:
        out["area_brackets"] = f"({national[0]}) " + rng.choice([" ", "-", "."]).join(national[1:])
        out["area_brackets_glued"] = f"({national[0]})" + "".join(national[1:])
    return out


WRITER_FRAMES = {
    "glued": ["Tel:{}", "Mob.{}", "T.{}", "M.{}", "Ph:{}", "Fax:{}", "Tlf.:{}", "Tel.:{}", "Telefone: {}", "GSM:{}",
              "Cel.: {}", "Τηλ.: {}", "Mobil: {}", "Tfn: {}"],
    "labelled": ["Phone (office): {}", "Phone (mobile) - {}", "Mobile phone no. {}", "Contact tel.: {}",
                 "**Phone:** {}", "Direct dial: {}", "Caller ID {} (withheld)", "Landline (home): {}",
                 "Best number — {}", "Alt. contact: {}", "Reception desk {}"],
    "bracketed": ["Milan Horvat ({}) will bring the keys.", "Ask for Dana (tel. {}).", "Ring the porter ({}) first.",
                  "the site office [{}] opens at 8", "Dr Achebe <{}> is on call."],
    "spoken": ["call {} before noon", "Text {} when you land.", "WhatsApp {} for the gate code.",
               "Please ring back on {} asap.", "pls call me {} thx", "you can message {} on Signal",
               "Reachable at {} (weekdays only).", "My new number: {} - save it!", "sms {} with the code"],
    "record": ["TEL;TYPE=work,voice:{}", "<a href=\"tel:{}\">Call us</a>", "contact_phone,{}\n",
               "phone1 = \"{}\"", "- name: Ana Moreau\n  tel: {}", "Kontakt: {} (Büro)", "☎ {}  ✉ ana@example.org"],
}

#: numbers that are not phones, in frames of their own (round nine: none of the earlier probe's)
WRITER_NEGATIVES = [
    "Order 2024-118 293 left the depot.", "Invoice INV/2026/004512 is overdue.", "Room 1204, floor 12.",
    "Flight LH 4021 lands at 14:35.", "Meeting 09:30-11:00 on 2026.03.14.", "Total: 1 234 567,89 EUR",
    "Population 8 336 817 (2020 census).", "ISO 27001:2013 and ISO 9001:2015 audits.", "CVE-2024-12345 is patched.",
    "Tracking 1Z999AA10123456784", "HS code 8471.30.00 applies.", "Case 2026/1234 was closed.",
    "EAN 4006381333931 on the label.", "Build 2026.03.14.1729 failed.", "Serial SN 5521-8890-1123.",
    "Lot 20240315-07 expires 2027-03-15.", "Budget 12.500.000 for 2027.", "pages 1203-1210 of vol. 33",
    "Patient weight 72.5 kg, BP 120/80.", "Temperature range -20 to +45 C.", "Shipment weighs 1 250 kg.",
    "The loan runs 2026-2031 at 4.25%.", "Account 12-3456-7890123-00 (NZ format) is the firm's.",
    "Reference 00234 5678 9012 is on the slip.", "Screen 2560 x 1440 at 144 Hz.", "Open 24/7, 365 days.",
]


def writer_positives(seed: int, per: int, only: set[str] | None = None):
    """(region, type, format, frame kind, value, text) in ``writer_formats`` and ``WRITER_FRAMES``."""
    rng = random.Random(seed + 9000)
    for region in sorted(pn.SUPPORTED_REGIONS):
        if only and region not in only:
            continue
        for tname, kind in (("fixed", PhoneNumberType.FIXED_LINE), ("mobile", PhoneNumberType.MOBILE)):
            example = pn.example_number_for_type(region, kind)
            if example is None:
                continue
            for number in _variants(example, kind, rng, per):
                for fname, value in writer_formats(number, rng).items():
                    fkind = rng.choice(list(WRITER_FRAMES))
                    yield region, tname, fname, fkind, value, rng.choice(WRITER_FRAMES[fkind]).replace("{}", value)


def _digit_runs(value: str) -> list[str]:
    return re.findall(r"\d{2,}", value)


def run(seed: int, per: int, neg: int, show: int, regions: int = 0, only: set[str] | None = None,
        formats: set[str] | None = None, frames: set[str] | None = None, writer: bool = False) -> str:
    from workbench.privacy import Privacy

    privacy = Privacy()
    privacy.redact("warm up", privacy.new_vault())
    total, leaked = Counter(), Counter()
    leaks, alarms = [], []
    t = time.perf_counter()
    by_region, by_region_bad = Counter(), Counter()
    for region, tname, fname, fkind, value, text in (writer_positives if writer else positives)(seed, per, only):
        if (formats and fname not in formats) or (frames and fkind not in frames):
            continue
        sent = privacy.redact(text, privacy.new_vault()).text
        bad = any(g in sent for g in _digit_runs(value))
        by_region[region] += 1
        by_region_bad[region] += bad
        for key in (f"format {fname}", f"frame {fkind}", f"type {tname}", "all"):
            total[key] += 1
            leaked[key] += bad
        if bad and len(leaks) < show:
            leaks.append((region, tname, fname, text, sent))
    n_pos = total["all"]
    ntotal, nbad, nother = Counter(), Counter(), Counter()
    for kind, text in ((("writer", t) for t in WRITER_NEGATIVES) if writer else negatives(seed, neg)):
        red = privacy.redact(text, privacy.new_vault())
        acted = [e for e in red.entities if e.action != "keep" and re.search(r"\d", text[e.start:e.end])]
        bad = any(e.type == "PHONE_NUMBER" for e in acted)
        ntotal[kind] += 1
        nbad[kind] += bad
        nother[kind] += not bad and bool(acted)
        if bad and len(alarms) < show:  # phones only: other types are other recognizers' business
            alarms.append((kind, text, red.text))
    secs = time.perf_counter() - t
    pct = lambda a, b: f"{100 * a / b:.1f}%" if b else "-"  # noqa: E731
    lines = [f"phonenumbers {pn.__version__}, {len(pn.SUPPORTED_REGIONS)} regions, seed {seed}: {n_pos} numbers, "
             f"{sum(ntotal.values())} negatives, {secs:.1f} s", "", "| numbers | written | leaked | leak rate |",
             "|---|---:|---:|---:|"]
    for key in sorted(total, key=lambda k: (k.split()[0], k)):
        lines.append(f"| {key} | {total[key]} | {leaked[key]} | {pct(leaked[key], total[key])} |")
    lines += ["", "| not phones | written | taken for a phone | rate | taken for another type |", "|---|---:|---:|---:|---:|"]
    for kind in ntotal:
        lines.append(f"| {kind} | {ntotal[kind]} | {nbad[kind]} | {pct(nbad[kind], ntotal[kind])} | {nother[kind]} |")
    a, b, o = sum(ntotal.values()), sum(nbad.values()), sum(nother.values())
    lines.append(f"| all | {a} | {b} | {pct(b, a)} | {o} |")
    if regions:
        worst = sorted(by_region, key=lambda r: (-by_region_bad[r] / by_region[r], r))[:regions]
        lines += ["", "| region | written | leaked | leak rate |", "|---|---:|---:|---:|"]
        lines += [f"| {r} | {by_region[r]} | {by_region_bad[r]} | {pct(by_region_bad[r], by_region[r])} |" for r in worst]
        clean = sum(1 for r in by_region if not by_region_bad[r])
        lines.append(f"regions with no leak: {clean} of {len(by_region)}")
    for region, tname, fname, text, sent in leaks:
        lines.append(f"  LEAK {region} {tname} {fname}: {text!r}\n     sent: {sent!r}")
    for kind, text, sent in alarms:
        lines.append(f"  FALSE ALARM {kind}: {text!r}\n     sent: {sent!r}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--per", type=int, default=1, help="valid variants per example number (besides the example)")
    ap.add_argument("--neg", type=int, default=60, help="negatives per kind")
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--regions", type=int, default=0, help="also list this many regions, worst first")
    ap.add_argument("--only", default="", help="comma-separated regions (default: all)")
    ap.add_argument("--formats", default="", help="comma-separated formats (default: all)")
    ap.add_argument("--frames", default="", help="comma-separated frame kinds (default: all)")
    ap.add_argument("--writer", action="store_true",
                    help="round nine: the forms and frames people write (writer_formats, WRITER_FRAMES); seed 1 is "
                         "tuned on, seed 3 is held (report its rates only)")
    args = ap.parse_args(argv)
    sets = [set(filter(None, s.split(","))) or None for s in (args.only, args.formats, args.frames)]
    if args.writer and args.seed == 3 and args.show:
        ap.error("--writer --seed 3 is held: report its rates, do not read its leaks")
    print(run(args.seed, args.per, args.neg, args.show, args.regions, *sets, writer=args.writer))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
