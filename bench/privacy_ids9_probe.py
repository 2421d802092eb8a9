"""Round nine b (P5): fresh variants of HELD-OUT-10's structured misses, written after the fix, none from a split.

    .venv/bin/python bench/privacy_ids9_probe.py --seed 2 [--n 40] [--show 10]

Families: ``id`` (a valid number of every checked scheme of ``_rec_ids9.SCHEMES`` and the unchecked ones, in the
scheme's groupings and bare, in carriers and labels of our own, English and local), ``id_neg`` (the same numbers
after a business word: counted when redacted), ``ext`` (phonenumbers' example numbers of 60 regions with an
extension in 16 spellings, 8 of them not in the recognizer), ``spoken`` (a call verb, a name, then the number),
``ipv6`` (global and local prefixes of 3-4 groups, with or without a CIDR length, bracketed, in log lines).
Leak = a run of two digits (hex groups for IPv6) of the value sent in clear.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from workbench.privacy import _rec_ids9 as ids  # noqa: E402

PEOPLE = ["Tamara Vuk", "Gergely Szabó", "Olga Smirnova", "Dragan Ilić", "Parisa Karimi", "Bishnu Adhikari",
          "Ivana Horvat", "Aylin Demir", "Piotr Zieliński", "Kadri Tamm", "Lotte de Vries", "Sigrid Berg"]
ID_CARRIERS = ["Applicant {who}, {label} {v}, was verified.", "{label}: {v}", "- {label} — {v}",
               '{{"holder": "{who}", "{key}": "{v}"}}', "| {who} | {v} | verified |", "{who} ({v}) signed the lease.",
               "Please confirm {label} {v} for {who}.", "{label}\t{v}", "<td>{who}</td><td>{v}</td>",
               "Ref. applicant {who} / {label} {v}"]
GENERIC_LABELS = ["National ID", "ID No.", "Personal ID number", "Identity number", "Citizen ID", "national id"]
LOCAL_LABELS = {"EMSO/JMBG": ["JMBG", "EMŠO", "ЈМБГ", "matični broj"], "SNILS": ["СНИЛС", "SNILS no."],
                "INN": ["ИНН", "INN"], "IR": ["کد ملی", "code melli", "National code"],
                "HU tax": ["adóazonosító jel", "Adóazonosító"], "HU TAJ": ["TAJ szám", "TAJ"],
                "HU personal": ["személyi szám"], "EGN": ["ЕГН", "EGN"], "PESEL": ["PESEL"], "EE/LT": ["isikukood"],
                "OIB": ["OIB"], "TC": ["T.C. Kimlik No", "TC kimlik"], "BSN": ["BSN", "burgerservicenummer"],
                "NO": ["fødselsnummer"], "BE": ["rijksregisternummer"], "CZ/SK": ["rodné číslo"],
                "IL": ["teudat zehut"], "NP citizenship": ["citizenship no.", "नागरिकता नं."],
                "RU passport": ["паспорт", "passport"], "CNP": ["CNP"]}
BUSINESS = ["Order {v} shipped.", "invoice no. {v} is overdue", "Tracking {v}", "EAN {v}", "SKU {v} restocked",
            "Ticket #{v} closed", "customer_id={v}", "Batch {v} passed QA", "Serial {v} returned"]
EXT_WORDS = ["int. {e}", "(local {e})", "mellék {e}", "доб. {e}", "(int {e})", "lokal {e}", "ext. {e}", "x{e}",
             # not in the recognizer's list: written after the fix, to see what a new spelling does
             "wew. {e}", "klapka {e}", "(anknytning {e})", "внутр. {e}", "(linka {e})", "kl. {e}", "(lok. {e})",
             "interní {e}"]
EXT_CARRIERS = ["Desk: {p} {x}", "Call {who} on {p} {x} after 10.", "| {who} | {p} {x} |", "Tel. {p} {x}"]
SPOKEN = ["The nurse spoke to {who} on {p} this morning.", "I talked with {who} at {p} yesterday.",
          "We texted {who} on {p} about the delay.", "Support phoned {who} via {p}.",
          "She got through to {who} on {p} at last.", "Agent rang {who} on {p} twice."]
IP_CARRIERS = ["blocked prefix {v} after the scan", "client={v} status=403", "[{v}] login failed for {who}",
               "Customer {who} connects from {v}.", "route add {v} via gw1", "src {v} -> dst 10.0.0.4"]


def _valid(scheme: ids.Scheme, rng: random.Random, length: int) -> str:
    while True:
        if scheme.name in ("EMSO/JMBG",):
            s = f"{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}{rng.choice([rng.randint(930, 999), rng.randint(0, 9)]):03d}" \
                f"{rng.choice(['50', '71', '10', '19', '26']):s}{rng.randint(0, 999):03d}{rng.randint(0, 9)}"
        elif scheme.name in ("HU tax",):
            s = "8" + "".join(str(rng.randint(0, 9)) for _ in range(length - 1))
        else:
            s = "".join(str(rng.randint(0, 9)) for _ in range(length))
        if scheme.check is None or scheme.check(s):
            return s


def _group(s: str, groups: tuple[int, ...], rng: random.Random) -> str:
    if len(groups) == 1:
        return s
    parts, i = [], 0
    for g in groups:
        parts.append(s[i : i + g])
        i += g
    seps = rng.choice([["-"], [" "], ["-", "-", " "], ["."]])
    out = parts[0]
    for k, p in enumerate(parts[1:]):
        out += (seps[k] if k < len(seps) else seps[-1]) + p
    return out


def id_samples(rng: random.Random, n: int):
    for scheme in ids.SCHEMES:
        for _ in range(n):
            groups = rng.choice(scheme.groupings)
            digits = _valid(scheme, rng, sum(groups))
            value = _group(digits, groups, rng)
            labels = LOCAL_LABELS.get(scheme.name, []) + ([] if scheme.check is None else GENERIC_LABELS)
            label = rng.choice(labels)
            frame = rng.choice(ID_CARRIERS)
            if scheme.check is None and "{label}" not in frame:
                frame = "{label}: {v}"  # an unchecked number needs its name before it
            who = rng.choice(PEOPLE)
            yield "id", scheme.name, frame.format(who=who, label=label, key=label.lower().replace(" ", "_"), v=value), value
            yield "id_neg", scheme.name, rng.choice(BUSINESS).format(v=digits), digits


def phone_samples(rng: random.Random, n: int):
    import phonenumbers

    regions = sorted(phonenumbers.SUPPORTED_REGIONS)
    for _ in range(n * 4):
        region = rng.choice(regions)
        ex = phonenumbers.example_number_for_type(region, rng.choice([phonenumbers.PhoneNumberType.FIXED_LINE,
                                                                       phonenumbers.PhoneNumberType.MOBILE]))
        if ex is None:
            continue
        fmt = rng.choice([phonenumbers.PhoneNumberFormat.NATIONAL, phonenumbers.PhoneNumberFormat.INTERNATIONAL])
        p = phonenumbers.format_number(ex, fmt)
        who = rng.choice(PEOPLE)
        word = rng.choice(EXT_WORDS)
        x = word.format(e=rng.randint(2, 999))
        yield "ext", word.split()[0].strip("(").rstrip("."), rng.choice(EXT_CARRIERS).format(p=p, x=x, who=who), p + " " + x
        yield "spoken", region, rng.choice(SPOKEN).format(p=p, who=who), p


def ip_samples(rng: random.Random, n: int):
    for _ in range(n * 2):
        head = rng.choice([f"2{rng.choice('0a')}{rng.randint(0, 255):02x}", f"fd{rng.randint(0, 255):02x}", "fe80",
                           f"3{rng.randint(0, 4095):03x}"])
        groups = [head] + [f"{rng.randint(0, 65535):x}" for _ in range(rng.choice([2, 3]))]
        value = ":".join(groups) + rng.choice(["", "::/64", "::/48", "/56", "::1"])
        yield "ipv6", head[:2], rng.choice(IP_CARRIERS).format(v=value, who=rng.choice(PEOPLE)), value


def _leaked(value: str, sent: str, family: str) -> bool:
    if family == "ipv6":
        return any(g in sent for g in re.findall(r"[0-9a-f]{3,4}", value.split("/")[0]))
    return any(g in sent for g in re.findall(r"\d{2,}", value))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=2)
    ap.add_argument("--n", type=int, default=20)
    ap.add_argument("--show", type=int, default=0)
    args = ap.parse_args(argv)
    from workbench.privacy import Privacy

    privacy = Privacy()
    rng = random.Random(args.seed)
    total, bad, shown = Counter(), Counter(), 0
    by_kind: Counter = Counter()
    by_kind_bad: Counter = Counter()
    for family, kind, text, value in [*id_samples(rng, args.n), *phone_samples(rng, args.n), *ip_samples(rng, args.n)]:
        sent = privacy.redact(text, privacy.new_vault()).text
        miss = (sent != text and value not in sent) if family == "id_neg" else _leaked(value, sent, family)
        total[family] += 1
        bad[family] += miss
        by_kind[family, kind] += 1
        by_kind_bad[family, kind] += miss
        if miss and shown < args.show:
            shown += 1
            print(f"  {family}/{kind}: {text!r}\n     sent: {sent!r}")
    print(f"seed {args.seed}: " + "; ".join(
        f"{f} {bad[f]}/{total[f]} {'redacted' if f == 'id_neg' else 'leaked'}" for f in total))
    worst = sorted(((by_kind_bad[k] / by_kind[k], k) for k in by_kind if by_kind_bad[k]), reverse=True)[:12]
    print("worst kinds: " + ", ".join(f"{f}/{k} {by_kind_bad[f, k]}/{by_kind[f, k]}" for _, (f, k) in worst))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
