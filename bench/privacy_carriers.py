"""Carriers an attacker of the recognizers would choose: every wrapping a structured value can sit in.

    python bench/privacy_carriers.py                     # seed 1 (the tuning seed): the summary by family and carrier
    python bench/privacy_carriers.py --seed 1 --show 30  # also print 30 leaks and 30 false alarms
    python bench/privacy_carriers.py --seed 2            # the held seed: summary only (--show is refused)

``bench/privacy_fuzz.py`` draws *values* as families (phones of every region and extension spelling, cards of
every brand, IBANs, SSNs, IPs, e-mails); this script takes those generators as they are and puts each value in a
*carrier family* drawn at random, each with random parts (keys, labels, separators, quotes, positions):

  url_query     ``https://host/path?email=<percent-encoded value>&ref=12`` (key spellings, ``+`` or ``%20``)
  uri           ``mailto:`` / ``tel:`` / ``sms:`` / ``callto:`` URIs, bare or inside a sentence, ``?body=`` after
  json_escaped  JSON inside a JSON string: ``"payload": "{\\"phone\\": \\"<value>\\"}"``
  html_attr     ``<a href="mailto:...">``, ``<input name="phone" value="...">``, ``data-card='...'``
  markdown      ``[value](mailto:value)``, ``[Call us](tel:value)``, a link text alone
  csv_quoted    a quoted CSV row under a quoted header, the value in any column
  kv_log        a log line ``ts level key=value key2="value" ...`` with snake_case / dotted / camelCase keys
  obfuscated    e-mails written ``name [at] example [dot] com``, ``name(at)example(dot)com``, `` AT / DOT ``
  words         a value among words: ``call 0412 345 678 ext. 12``, ``ring me on ...``, ``card ending ...``
  line_break    the value broken across a line (at one of its own separators), as wrapped mail does
  fullwidth     full-width digits and ``＠``/``＋``/``－`` (IME input)
  dashes        its hyphens as Unicode dashes (U+2010 U+2011 U+2012 U+2013 U+2014 U+2212)
  spaces        its spaces as NBSP, thin or narrow no-break spaces (U+00A0 U+2009 U+202F U+2007)
  brackets      ``(value)``, ``[value]``, ``<value>``, ``{value}``, ``"value"``

Negatives sit in the same carriers: numbers that are not phones (order ids, amounts, Unix timestamps,
invoice/transaction numbers, bare 10-digit ids under an id key); one is a false alarm when any character of it is
redacted. The scoring rule is ``bench/privacy_eval``'s (a value leaks when any of its words of two characters or
more is not covered by a redacted span). Seed 1 is the tuning seed, seed 2 is held (rates only).

None of HELD-OUT-8's generators is used; the word parts (keys, labels) were written here.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
import urllib.parse
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import privacy_fuzz as fuzz  # noqa: E402  (its value generators)

HELD_SEED = 2
KINDS = ("phone", "email", "card", "iban", "ssn", "ip")
CARRIERS = ("url_query", "uri", "json_escaped", "html_attr", "markdown", "csv_quoted", "kv_log", "obfuscated",
            "words", "line_break", "fullwidth", "dashes", "spaces", "brackets")

_KEYS = {
    "phone": ["phone", "tel", "mobile", "cell", "phone_number", "contactPhone", "msisdn", "whatsapp", "ph"],
    "email": ["email", "e-mail", "mail", "user_email", "emailAddress", "contact", "to", "recipient", "login"],
    "card": ["card", "card_number", "pan", "cc", "cardNo", "payment.card"],
    "iban": ["iban", "account", "payee_iban", "bankAccount", "iban_code"],
    "ssn": ["ssn", "social", "tax_id", "ssn_number", "socialSecurity"],
    "ip": ["ip", "client_ip", "remote_addr", "src", "x-forwarded-for", "peer"],
    "negative": ["id", "order_id", "amount", "ts", "txn", "invoice", "ref", "count", "created_at", "seq"],
}
_WORDS = {
    "phone": ["call {v}", "ring me on {v}", "text me at {v}", "reach her on {v} after 5", "my number is {v}",
              "whatsapp {v} pls", "dial {v}", "call {v} ext. {x}", "try {v} extension {x}", "or {v} (mobile)"],
    "email": ["write to {v}", "send it to {v} today", "reply to {v}", "cc {v} pls", "ping {v} if stuck",
              "his address is {v}", "forward to {v}."],
    "card": ["card ending in the full {v}", "charge {v} please", "use my card {v}", "paid with {v} yesterday",
             "number {v} exp 04/29"],
    "iban": ["wire it to {v}", "pay into {v}", "account {v} please", "send the refund to {v}"],
    "ssn": ["my social is {v}", "SSN {v}", "ss# {v}", "social security {v} on file"],
    "ip": ["blocked {v} at the firewall", "request from {v}", "whitelist {v}", "the box at {v} is down"],
    "negative": ["order {v} shipped", "we paid {v} in total", "at {v} the job ran", "ticket {v} closed",
                 "invoice {v} attached", "the count was {v}", "transaction {v} ok"],
}
_DASHES = ["\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2212"]
_SPACES = ["\u00a0", "\u2009", "\u202f", "\u2007"]
_FULL = {c: chr(ord(c) + 0xFEE0) for c in "0123456789@+-()."}


def _negative(rng: random.Random) -> tuple[str, str]:
    d = lambda k: str(rng.randint(10 ** (k - 1), 10 ** k - 1))  # noqa: E731
    kind = rng.choice(["order", "amount", "timestamp", "invoice", "id10", "txn", "count"])
    return kind, {
        "order": rng.choice([f"ORD-{d(8)}", f"#{d(7)}", f"{d(9)}", f"SO{d(8)}"]),
        "amount": rng.choice([f"{rng.randint(10**5, 10**9):,}", f"{d(7)}.{d(2)}", f"${d(6)}", f"{d(8)} EUR"]),
        "timestamp": rng.choice([f"{rng.randint(10**9, 2 * 10**9)}", f"{rng.randint(10**12, 2 * 10**12)}",
                                 f"2026{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{d(6)}"]),
        "invoice": rng.choice([f"INV{d(10)}", f"{d(4)}-{d(6)}", f"2026-{d(7)}"]),
        "id10": d(10),
        "txn": rng.choice([f"{d(12)}", f"TX{d(10)}", f"{d(16)}"]),
        "count": rng.choice([f"{rng.randint(1000, 10**7):,}", f"{d(5)}"]),
    }[kind]


def _value(rng: random.Random, kind: str, en) -> str:
    if kind == "phone":
        return fuzz.phone(rng)
    if kind == "email":
        return fuzz.email(rng, en)
    if kind == "card":
        return fuzz.card(rng)
    if kind == "iban":
        return fuzz.iban(rng)
    if kind == "ssn":
        return fuzz.ssn(rng)
    return fuzz.ip(rng)[1]


def _carry(rng: random.Random, kind: str, carrier: str, value: str) -> tuple[str, str] | None:
    """(text, placed value as it stands in the text), or None when the carrier does not fit the kind."""
    key = rng.choice(_KEYS[kind])
    if carrier == "url_query":
        enc = urllib.parse.quote_plus(value) if rng.random() < 0.5 else urllib.parse.quote(value, safe="")
        host = rng.choice(["crm.example.com/contact", "app.example.org/u/edit", "example.net/track"])
        pre = f"https://{host}?{rng.choice(['', 'utm_source=mail&', 'id=771&'])}{key}="
        post = rng.choice(["", "&ref=12", "&lang=en#top"])
        text = rng.choice(["Open {u}", "{u}", "link: {u} (expires today)"]).format(u=pre + enc + post)
        return text, enc
    if carrier == "uri":
        scheme = {"phone": rng.choice(["tel:", "sms:", "callto:", "tel://"]), "email": "mailto:"}.get(kind)
        if scheme is None:
            return None
        placed = value.replace(" ", rng.choice(["", "-", "%20"])) if scheme.startswith("tel") else value
        post = rng.choice(["", "", "?subject=Invoice", "?body=hi"])
        text = rng.choice(["{u}", "Contact: {u}", "href {u} ok", "<{u}>"]).format(u=scheme + placed + post)
        return text, placed
    if carrier == "json_escaped":
        other = rng.choice(['\\"id\\": 17, ', '', '\\"name\\": \\"Anna Berg\\", '])
        text = f'{{"event": "update", "payload": "{{{other}\\"{key}\\": \\"{value}\\"}}"}}'
        return text, value
    if carrier == "html_attr":
        if kind == "email" and rng.random() < 0.5:
            text = f'<a href="mailto:{value}" class="link">{rng.choice(["Email us", value])}</a>'
        elif kind == "phone" and rng.random() < 0.4:
            text = f'<a href="tel:{value.replace(" ", "")}">Call</a>'
            return text, value.replace(" ", "")
        else:
            q = rng.choice(['"', "'"])
            text = rng.choice([f'<input name={q}{key}{q} value={q}{value}{q} />',
                               f'<span data-{key.lower().replace("_", "-")}={q}{value}{q}></span>',
                               f'<td title={q}{value}{q}>x</td>'])
        return text, value
    if carrier == "markdown":
        if kind == "email":
            text = rng.choice([f"[{value}](mailto:{value})", f"[Email me](mailto:{value})", f"- **Email:** [{value}]"])
        elif kind == "phone":
            compact = re.sub(r"[^\d+]", "", value)
            text = rng.choice([f"[Call us](tel:{compact})", f"| Phone | `{value}` |", f"- **Phone:** {value}"])
            if "tel:" in text:
                return text, compact
        else:
            text = rng.choice([f"| {key} | `{value}` |", f"- **{key}:** {value}", f"`{value}`"])
        return text, value
    if carrier == "csv_quoted":
        cols = ['"id"', '"name"', f'"{key}"', '"status"']
        row = [f'"{rng.randint(100, 999)}"', '"Anna Berg"', f'"{value}"', '"active"']
        j = rng.randint(0, 3)
        cols[2], cols[j] = cols[j], cols[2]
        row[2], row[j] = row[j], row[2]
        sep = rng.choice([",", ";"])
        return sep.join(cols) + "\n" + sep.join(row), value
    if carrier == "kv_log":
        q = rng.choice(["", '"']) if " " not in value else '"'
        text = (f"2026-03-{rng.randint(1, 28):02d}T10:{rng.randint(10, 59)}:07Z {rng.choice(['INFO', 'WARN', 'debug'])} "
                f"{rng.choice(['req=ab12 ', ''])}{key}={q}{value}{q} {rng.choice(['status=200', 'ok=true', 'dur=12ms'])}")
        return text, value
    if carrier == "obfuscated":
        if kind != "email":
            return None
        local, _, domain = value.rpartition("@")
        at, dot = rng.choice([(" [at] ", " [dot] "), ("(at)", "(dot)"), (" at ", " dot "), (" AT ", " DOT "),
                              (" {at} ", " {dot} "), ("[at]", "[.]"), (" @ ", " . ")])
        placed = local + at + domain.replace(".", dot)
        return rng.choice(["Mail me: {v}", "contact {v} for access", "{v}"]).format(v=placed), placed
    if carrier == "words":
        tpl = rng.choice(_WORDS[kind])
        placed = value
        text = tpl.format(v=placed, x=rng.randint(1, 999))
        if "{x}" in tpl:  # the extension is part of the phone
            m = re.search(re.escape(placed) + r"[^\d]*\d+", text)
            return text, m.group()
        return text, placed
    if carrier == "line_break":
        seps = [m.start() for m in re.finditer(r"[ \-.]", value)]
        if not seps:
            return None
        i = rng.choice(seps)
        placed = value[:i] + "\n" + value[i + 1:] if value[i] == " " else value[:i + 1] + "\n" + value[i + 1:]
        return rng.choice(["Phone me or write, details:", "As requested the value is", "Contact"]) + " " + placed \
            + rng.choice(["", " thanks", "\n-- Anna"]), placed
    if carrier == "fullwidth":
        placed = "".join(_FULL.get(c, c) if rng.random() < 0.95 else c for c in value)
        if placed == value:
            return None
        return rng.choice(["{k}：{v}", "{k}: {v}", "my {k} {v}"]).format(k=key, v=placed), placed
    if carrier == "dashes":
        if "-" not in value and " " not in value:
            return None
        dash = rng.choice(_DASHES)
        placed = value.replace("-", dash) if "-" in value else value.replace(" ", dash)
        return rng.choice(["{k}: {v}", "{k} {v}", "({v})"]).format(k=key, v=placed), placed
    if carrier == "spaces":
        if " " not in value:
            return None
        placed = value.replace(" ", rng.choice(_SPACES))
        return rng.choice(["{k}: {v}", "{k}\u00a0{v}", "the {k} is {v}."]).format(k=key, v=placed), placed
    if carrier == "brackets":
        lb, rb = rng.choice([("(", ")"), ("[", "]"), ("<", ">"), ("{", "}"), ('"', '"'), ("«", "»")])
        return rng.choice(["{k} {l}{v}{r}", "Anna Berg {l}{v}{r}", "{l}{v}{r} - {k}"]).format(
            k=key, l=lb, v=value, r=rb), value
    raise ValueError(carrier)


def _carry_negative(rng: random.Random, carrier: str, value: str) -> tuple[str, str] | None:
    if carrier in ("uri", "obfuscated", "line_break", "fullwidth", "dashes", "spaces"):
        return None
    if carrier == "words":
        return rng.choice(_WORDS["negative"]).format(v=value), value
    return _carry(rng, "negative", carrier, value)


def samples(seed: int, n: int):
    """(kind, carrier, text, start, end) for n values of each kind and n negatives, carriers drawn at random."""
    from faker import Faker

    rng = random.Random(seed)
    en = Faker("en_US")
    en.seed_instance(seed)
    for kind in KINDS + ("negative",):
        made = 0
        while made < n:
            carrier = rng.choice(CARRIERS)
            if kind == "negative":
                sub, value = _negative(rng)
                got = _carry_negative(rng, carrier, value)
                label = f"negative:{sub}"
            else:
                got = _carry(rng, kind, carrier, _value(rng, kind, en))
                label = kind
            if got is None:
                continue
            text, placed = got
            start = text.find(placed)
            assert start >= 0, (kind, carrier, text, placed)
            made += 1
            yield label, carrier, text, start, start + len(placed)


def run(seed: int, n: int, show: int) -> str:
    from privacy_eval import _leaks

    from workbench.privacy import Privacy

    privacy = Privacy()
    privacy.redact("warm up", privacy.new_vault())
    total, bad = Counter(), Counter()
    leaks, alarms = [], []
    t = time.perf_counter()
    for label, carrier, text, s, e in samples(seed, n):
        red = privacy.redact(text, privacy.new_vault())
        covered = [False] * len(text)
        for ent in red.entities:
            if ent.action != "keep":
                for i in range(ent.start, ent.end):
                    covered[i] = True
        kind = label.split(":")[0]
        if kind == "negative":
            hit = any(covered[s:e])
        else:
            hit = _leaks(text, s, e, covered)
        for key in (kind, f"{kind}@{carrier}", label if kind == "negative" else None):
            if key:
                total[key] += 1
                bad[key] += hit
        if hit:
            (alarms if kind == "negative" else leaks).append((label, carrier, text, red.text))
    secs = time.perf_counter() - t
    pct = lambda a, b: f"{100 * a / b:.1f}%" if b else "-"  # noqa: E731
    structured = sum(total[k] for k in KINDS), sum(bad[k] for k in KINDS)
    lines = [f"privacy_carriers seed {seed}{' (held)' if seed == HELD_SEED else ''}, n={n} per kind, {secs:.0f} s", "",
             "| kind | values | leaked | rate |", "|---|---:|---:|---:|"]
    for key in KINDS:
        lines.append(f"| {key} | {total[key]} | {bad[key]} | {pct(bad[key], total[key])} |")
    lines.append(f"| **structured** | {structured[0]} | {structured[1]} | {pct(structured[1], structured[0])} |")
    lines.append(f"| negatives: any character redacted | {total['negative']} | {bad['negative']} | "
                 f"{pct(bad['negative'], total['negative'])} |")
    lines += ["", "| carrier | structured values | leaked | negatives | false alarms |", "|---|---:|---:|---:|---:|"]
    for c in CARRIERS:
        tv = sum(total[f"{k}@{c}"] for k in KINDS)
        bv = sum(bad[f"{k}@{c}"] for k in KINDS)
        lines.append(f"| {c} | {tv} | {bv} | {total['negative@' + c]} | {bad['negative@' + c]} |")
    lines += ["", "| negative kind | values | false alarms |", "|---|---:|---:|"]
    for key in sorted(k for k in total if k.startswith("negative:")):
        lines.append(f"| {key} | {total[key]} | {bad[key]} |")
    for label, carrier, text, sent in leaks[:show]:
        lines.append(f"  LEAK {label}@{carrier}: {text!r}\n     sent: {sent!r}")
    for label, carrier, text, sent in alarms[:show]:
        lines.append(f"  FALSE ALARM {label}@{carrier}: {text!r}\n     sent: {sent!r}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--n", type=int, default=140, help="values per kind (negatives too)")
    ap.add_argument("--show", type=int, default=0)
    args = ap.parse_args(argv)
    if args.seed == HELD_SEED and args.show:
        ap.error(f"seed {HELD_SEED} is held: report its rates, do not read its leaks (use another seed to iterate)")
    print(run(args.seed, args.n, args.show))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
