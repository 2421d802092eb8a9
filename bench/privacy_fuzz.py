"""A format fuzzer for structured values and addresses: families of formats, not template lines.

    python bench/privacy_fuzz.py                       # seed 1 (the tuning seed), every family, the summary
    python bench/privacy_fuzz.py --seed 1 --show 30    # also print 30 leaks and 30 false alarms
    python bench/privacy_fuzz.py --seed 2              # the held seed: summary only (--show is refused)
    python bench/privacy_fuzz.py --only phone,card --n 200
    python bench/privacy_fuzz.py --writer              # round nine: structured values as people type them

Every value is drawn from a *family generator* that combines its parts at random: a phone is any region of
``phonenumbers``' metadata, fixed or mobile, national or international (``+``/``00``/``(+cc)``), any separator
(space . - / none), brackets around the area code or not, and one of many extension spellings; a card is any
brand and length (Luhn-valid), grouped 4-4-4-4, 4-6-5, 4-4-4-4-3, compact or dashed; IBANs are schwifty's random
IBANs of every registry country, grouped, compact or lower case; SSNs and national ids; IPv4/IPv6 (compressed,
with a port, with a CIDR suffix); e-mails (sub-addressing, IDN domains, quoted local parts); address lines in the
orders of many countries (US/UK/CA/AU/IE, continental Europe, Latin America, South and South-East Asia, the Middle
East), with unit/suite/flat/Block/Lot/Phase/Brgy./Sector/Plot parts, PO boxes, the postcode before or after the
town, multi-line or comma-joined; and Chinese addresses from 省/市/区/县/镇/乡/村 to 路/街/巷/弄/号/栋/幢/单元/楼/室.
Each value is then put into a *carrier* drawn at random: a chat reply alone on its line, a CSV or TSV cell, a JSON
or YAML value, a "Label: value" line, a log line, a markdown table row, a sentence middle, a "> " quoted block.

A value leaks when any of its words (bench/privacy_eval's rule: two characters or more, or one Chinese character;
generic street words aside) is not covered by a redacted span. Negatives (timestamps, versions, amounts, order ids,
dates, coordinates, ISBNs, part numbers) sit in the same carriers; one is a false alarm when any of its characters
is redacted, whatever the type.

Seed 1 is the tuning seed (its leaks were read while fixing); seed 2 is held: report it, never read its leaks.
Word parts (street names, towns, postcodes) come from Faker's locales; the formats and carriers are written here,
so seed 2 is an estimate of how the fixes carry to new *draws* of these families, not to formats nobody wrote.
"""

from __future__ import annotations

import argparse
import ipaddress
import json
import random
import re
import string
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import phonenumbers as pn  # noqa: E402
from phonenumbers import PhoneNumberFormat, PhoneNumberType  # noqa: E402

HELD_SEED = 2

# --------------------------------------------------------------------------- carriers

LABELS = {
    "phone": ["Phone", "Tel", "Mobile", "Cell", "Contact number", "Direct line", "WhatsApp", "Ph", "Telephone"],
    "card": ["Card", "Card number", "Credit card", "Payment card", "CC", "Card no."],
    "iban": ["IBAN", "Bank account (IBAN)", "Account IBAN", "Payee IBAN"],
    "ssn": ["SSN", "Social Security No.", "SSN#", "Social security number"],
    "ip": ["IP", "Client IP", "Source address", "remote_addr", "Host IP"],
    "email": ["Email", "E-mail", "Contact email", "Reply-To", "mail"],
    "address": ["Address", "Ship to", "Mailing address", "Home address", "Deliver to", "Residence"],
    "zh_phone": ["电话", "手机", "联系电话", "座机"],
    "zh_address": ["地址", "收货地址", "住址", "联系地址"],
    "negative": ["Ref", "Value", "Note", "Field", "Data"],
}
QUESTIONS = {
    "phone": "What's the best number to reach you?", "card": "Which card should we charge?",
    "iban": "What IBAN should the refund go to?", "ssn": "Can you confirm your SSN?",
    "ip": "Which IP did the request come from?", "email": "What email should we use?",
    "address": "What's the delivery address?", "negative": "Anything else?",
}
PEOPLE = ["Anna Berg", "Tomas Lind", "Priya Nair", "Jon Ruiz", "Mei Tan", "Omar Haddad"]


def _carrier(rng: random.Random, family: str, value: str, multiline: bool) -> tuple[str, int]:
    """(text, offset of the value in it)."""
    kind = family if family in LABELS else family.split("_")[0]
    label = rng.choice(LABELS.get(kind, LABELS["negative"]))
    who = rng.choice(PEOPLE)
    one = value.replace("\n", ", ")
    shapes = ["chat", "csv", "tsv", "json", "yaml", "label", "log", "markdown", "sentence"]
    if multiline:
        shapes += ["block", "quoted"]
    shape = rng.choice(shapes)
    if shape in ("csv", "tsv", "json", "log", "markdown", "sentence", "yaml"):
        value = one
    if shape == "chat":
        q = QUESTIONS.get(kind, "And the details?")
        head = f"Agent: {q}\nCustomer: " if rng.random() < 0.7 else f"[{rng.randint(9, 17)}:{rng.randint(10, 59)}] {who}: "
        return head + value, len(head)
    if shape in ("csv", "tsv"):
        sep = "," if shape == "csv" else "\t"
        quote = shape == "csv" and ("," in value or rng.random() < 0.3)
        cell = f'"{value}"' if quote else value
        head = sep.join(["id", "name", label.lower().replace(" ", "_"), "status"]) + "\n"
        pre = f"{rng.randint(100, 999)}{sep}{who}{sep}"
        return head + pre + cell + f"{sep}active", len(head) + len(pre) + (1 if quote else 0)
    if shape == "json":
        key = label.lower().replace(" ", "_").replace(".", "").replace("(", "").replace(")", "")
        esc = value.replace('"', '\\"')
        pre = f'{{"name": "{who}", "{key}": "'
        if esc != value:
            return pre + value.replace('"', "'") + '"}', -1  # quoted e-mails do not survive JSON unchanged
        return pre + value + '", "ok": true}', len(pre)
    if shape == "yaml":
        pre = f"user:\n  name: {who}\n  {label.lower().replace(' ', '_')}: "
        return pre + value + "\n  active: true", len(pre)
    if shape == "label":
        pre = f"{label}{rng.choice([': ', ' - ', ':  ', ' = ', '：'])}"
        return pre + value, len(pre)
    if shape == "log":
        pre = (f"2026-0{rng.randint(1, 9)}-{rng.randint(10, 28)} {rng.randint(10, 23)}:{rng.randint(10, 59)}:"
               f"{rng.randint(10, 59)},{rng.randint(100, 999)} INFO  {label.lower().replace(' ', '_')}=")
        return pre + value + f" status={rng.choice(['ok', 'retry', 'failed'])}", len(pre)
    if shape == "markdown":
        head = f"| name | {label} | note |\n|---|---|---|\n"
        pre = f"| {who} | "
        return head + pre + value + " | checked |", len(head) + len(pre)
    if shape == "sentence":
        pre = rng.choice([f"Please note that {who}'s {label.lower()} is ", "I updated it to ",
                          f"For the record, {label.lower()} ", "We have "])
        return pre + value + rng.choice([" and nothing else changed.", ", as discussed.", " now."]), len(pre)
    if shape == "block":
        pre = f"Hi team,\n\nPlease send it to:\n{who}\n"
        return pre + value + "\n\nThanks,\nSam", len(pre)
    # quoted reply: every line of the value behind "> "
    pre = f"On Monday, {who} wrote:\n> Sure, here it is:\n> "
    return pre + value.replace("\n", "\n> ") + "\n\nGot it, thanks.", -2


# --------------------------------------------------------------------------- families

_EXT = [" x{}", " ext. {}", " Ext: {}", " loc. {}", " #{}", " (ext {})", " ext {}", ", ext. {}", " extn {}", " X{}", ";ext={}"]  # ";ext=": RFC 3966, as vCards and CSV exports write it
_EXT_ZH = ["分机{}", " 分机 {}", "转{}", " 转 {}", "-{}"]


def phone(rng: random.Random, zh: bool = False) -> str:
    if zh:
        region = "CN"
    else:
        region = rng.choice(sorted(pn.SUPPORTED_REGIONS))
    kind = rng.choice([PhoneNumberType.FIXED_LINE, PhoneNumberType.MOBILE])
    ex = pn.example_number_for_type(region, kind) or pn.example_number(region)
    if ex is None:
        return phone(rng, zh)
    nsn = str(ex.national_number)
    for _ in range(20):
        k = rng.randint(2, min(5, max(2, len(nsn) - 2)))
        cand = pn.PhoneNumber(country_code=ex.country_code, national_number=int(nsn[:-k] + "".join(
            rng.choice(string.digits) for _ in range(k))))
        cand.italian_leading_zero = ex.italian_leading_zero
        if pn.is_valid_number(cand):
            ex = cand
            break
    style = rng.choice(["national", "national", "international", "00", "bracket_cc", "e164", "no_trunk"])
    national = pn.format_number(ex, PhoneNumberFormat.NATIONAL)
    intl = pn.format_number(ex, PhoneNumberFormat.INTERNATIONAL)
    sep = rng.choice([" ", ".", "-", "/", "", " "])
    if style == "e164":
        out = pn.format_number(ex, PhoneNumberFormat.E164)
    elif style in ("international", "00", "bracket_cc"):
        cc, _, rest = intl.partition(" ")
        groups = re.findall(r"\d+", rest)
        body = (sep if sep != "/" else " ").join(groups) if rng.random() < 0.6 else rest
        out = {"international": f"{cc} {body}", "00": f"00{cc[1:]} {body}", "bracket_cc": f"({cc}) {body}"}[style]
    else:
        groups = re.findall(r"\d+", national)
        if style == "no_trunk":
            pre = pn.PhoneMetadata.metadata_for_region(region).national_prefix or ""
            if pre and groups and groups[0].startswith(pre) and len(groups[0]) > len(pre):
                groups[0] = groups[0][len(pre):]
            elif pre and groups and groups[0] == pre:
                groups = groups[1:]
        if rng.random() < 0.25 and len(groups) > 2:
            out = f"({groups[0]}) " + sep.join(groups[1:]) if sep not in ("", "/") else f"({groups[0]}) " + " ".join(
                groups[1:])
        elif rng.random() < 0.3:
            out = national
        else:
            out = sep.join(groups)
    if rng.random() < 0.3:
        out += rng.choice(_EXT_ZH if zh else _EXT).format(rng.randint(1, 9999))
    return out


def _luhn(prefix: str, length: int, rng: random.Random) -> str:
    body = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return body + str((10 - total % 10) % 10)


_BRANDS = {  # brand: (prefixes, lengths)
    "visa": (["4"], [13, 16, 19]), "mastercard": ([str(p) for p in range(51, 56)] + ["2221", "2500", "2720"], [16]),
    "amex": (["34", "37"], [15]), "discover": (["6011", "65", "644", "649"], [16, 19]),
    "diners": (["300", "305", "36", "38"], [14]), "jcb": (["3528", "3550", "3589"], [16, 19]),
    "unionpay": (["62", "6212", "6250"], [16, 17, 18, 19]), "maestro": (["5018", "5020", "6304", "6759"], [12, 16, 19]),
    "mir": (["2200", "2204"], [16]),
}


def card(rng: random.Random) -> str:
    brand = rng.choice(sorted(_BRANDS))
    prefixes, lengths = _BRANDS[brand]
    num = _luhn(rng.choice(prefixes), rng.choice(lengths), rng)
    n = len(num)
    grouping = {15: [4, 6, 5], 14: [4, 6, 4], 19: [4, 4, 4, 4, 3]}.get(n, [4] * (n // 4) + ([n % 4] if n % 4 else []))
    style = rng.choice(["space", "dash", "none", "space"])
    if style == "none":
        return num
    parts, i = [], 0
    for g in grouping:
        parts.append(num[i:i + g])
        i += g
    return (" " if style == "space" else "-").join(parts)


def iban(rng: random.Random) -> str:
    import schwifty
    from schwifty import IBAN

    countries: set[str] = set()
    for f in (Path(schwifty.__file__).parent / "iban_registry").glob("*.json"):
        countries |= set(json.loads(f.read_text(encoding="utf-8")))
    for _ in range(10):
        try:
            value = IBAN.random(country_code=rng.choice(sorted(countries)), random=rng, use_registry=False)
            break
        except Exception:  # noqa: BLE001 - a registry country schwifty cannot draw: try another
            continue
    else:
        value = IBAN.random(country_code="DE", random=rng)
    compact = str(value.compact)
    style = rng.choice(["grouped", "compact", "lower", "lower_grouped"])
    grouped = " ".join(compact[i:i + 4] for i in range(0, len(compact), 4))
    return {"grouped": grouped, "compact": compact, "lower": compact.lower(), "lower_grouped": grouped.lower()}[style]


def ssn(rng: random.Random) -> str:
    area = rng.choice([n for n in range(1, 900) if n != 666])
    a, g, s = f"{area:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"
    return rng.choice([f"{a}-{g}-{s}", f"{a} {g} {s}", f"{a}-{g}-{s}", f"{a}.{g}.{s}"])


def ip(rng: random.Random) -> tuple[str, str, str]:
    """(before, address, after): a port or CIDR suffix is written beside the address, not counted as its words."""
    if rng.random() < 0.5:
        v4 = ".".join(str(rng.randint(1, 254)) for _ in range(4))
        return "", v4, rng.choice(["", "", f":{rng.choice([22, 443, 8080, 5432])}", f"/{rng.choice([8, 16, 24, 32])}"])
    v6 = ipaddress.IPv6Address(rng.getrandbits(128) & ~((1 << rng.choice([0, 32, 64])) - 1) | (1 << 125))
    text = v6.compressed if rng.random() < 0.7 else v6.exploded
    return rng.choice([("", text, ""), ("", text, ""), ("[", text, f"]:{rng.choice([443, 8443])}"),
                       ("", text, f"/{rng.choice([48, 64])}")])


_IDN = ["münchen.de", "bücher.example", "例え.jp", "пример.рф", "société.fr", "café.com.br"]


def email(rng: random.Random, fake) -> str:
    user = re.sub(r"[^a-z.]", "", fake.user_name().lower()) or "user"
    domain = fake.free_email_domain() if rng.random() < 0.5 else fake.domain_name()
    style = rng.choice(["plain", "sub", "idn", "quoted", "upper", "dotted"])
    if style == "sub":
        return f"{user}+{rng.choice(['news', 'billing', 'x7', 'tag'])}@{domain}"
    if style == "idn":
        return f"{user}@{rng.choice(_IDN)}"
    if style == "quoted":
        return f'"{user} {fake.last_name().lower()}"@{domain}'
    if style == "upper":
        return f"{user.title()}@{domain.upper()}"
    if style == "dotted":
        return f"{fake.first_name().lower()}.{fake.last_name().lower()}-{rng.randint(1, 99)}@mail.{domain}"
    return f"{user}@{domain}"


_EN_LOCALES = ["en_US", "en_GB", "en_CA", "en_AU", "en_IE", "en_NZ", "en_IN", "en_PH"]
_EU_LOCALES = ["de_DE", "fr_FR", "it_IT", "nl_NL", "pl_PL", "es_ES", "pt_PT", "cs_CZ", "sv_SE", "da_DK", "de_AT"]
_LATAM_LOCALES = ["es_MX", "pt_BR", "es_CO", "es_AR", "es_CL"]
_ASIA_LOCALES = ["en_IN", "en_PH", "id_ID"]
_UNITS = ["Apt {}", "Apt. {}", "Suite {}", "Ste {}", "Unit {}", "Flat {}", "Room {}", "Fl. {}", "#{}"]
_ASIA_PARTS = ["Block {}", "Blk {}", "Lot {}", "Phase {}", "Sector {}", "Plot No. {}", "House No. {}", "B{} L{}"]
_ASIA_AREAS = ["Brgy. {}", "Barangay {}", "Purok {}", "Sector {}", "{} Colony", "{} Nagar", "Kampung {}", "{} Village"]
#: round six, second pass (HELD-OUT-7, seen): South Asian lines anchored by a landmark, Nepali wards, named roads
_LANDMARKS = ["Near {}", "Opposite {}", "Opp. {}", "Behind {}", "Beside {}"]
_LANDMARK_PLACES = ["Bus Stand", "Water Tank", "Post Office", "Temple", "Railway Station", "Market", "Fort", "School"]
_SOUTHASIA = ["Plot {n}, {lm}", "House {n}, {last} Marg", "No. {n}, {lm}", "Flat {n}, Block {last}, {lm}",
              "Gali No. {n}, House {last}, {lm}", "{n}/{last}, Ward {w}, {lm}", "Ward No. {w}, {city}",
              "CTS No. {n}, {lm}", "House {n}, {last} Chowk"]
#: the house number after the street and a comma (East/Southern Africa, Latin America), Rwanda's numbered streets
_AFTER_COMMA = ["{street}, {n}", "K{k} {w} Avenue, {n}", "K{k} {w} Street, {n}"]
#: British house names before the street
_HOUSE_NAMES = ["Cottage", "Lodge", "Farm", "Barn", "Mill", "Grange"]
_MIDEAST = ["Building {}, {} Street, {}", "Villa {}, Street {}, {}", "P.O. Box {}, {}", "Office {}, {} Tower, {}"]


#: round seven: street types of many countries as each writes them. (type words, where the type stands: before the
#: name "pre", after it "post", glued to it "glued"; house-number formats; locality parts; postcode shape, # a digit).
#: "N" is a name: a surname of a random Faker locale or a made-up word no list knows; "n" a house number, "d" a small one
_WORLD = [
    (["Jalan", "Jl.", "Jln.", "JALAN"], "pre", [" No. {n}", " {n}", " No.{n}", " Nomor {n}"],
     ["Kelurahan {N}", "Kel. {N}", "Kecamatan {N}", "Kec. {N}", "Desa {N}"], "#####"),
    (["Calle", "C/", "Avenida", "Avda.", "Paseo", "Camino", "Carrer"], "pre", [", {n}", " {n}", " nº {n}", ", {n}, {d}º"],
     ["Barrio {N}", "Urb. {N}"], "#####"),
    (["Rua", "Travessa", "Avenida", "Estrada", "Alameda"], "pre", [", {n}", " {n}", ", nº {n}", " {n}, apto {d}"],
     ["Bairro {N}", "Jardim {N}"], "#####-###"),
    (["Ulica", "ul.", "Aleja", "al.", "Ul."], "pre", [" {n}", " {n}/{d}", " {n} m. {d}", " {n} lok. {d}"],
     ["Osiedle {N}", "os. {N}"], "##-###"),
    (["Strada", "Str.", "Bulevardul", "Calea", "Aleea", "Șoseaua"], "pre", [" {n}", " nr. {n}", " Nr. {n}, bl. {d}"],
     ["Sector {d}", "Comuna {N}"], "######"),
    (["Đường", "Phố", "Ngõ", "Duong"], "numfirst", ["{n} ", "Số {n} ", "{n}/{d} "], ["Phường {N}", "Quận {d}", "Xã {N}",
                                                                               "Huyện {N}"], "######"),
    (["Thanon", "Soi"], "pre", [" {d}", ""], ["Khwaeng {N}", "Tambon {N}", "Amphoe {N}", "Khet {N}"], "#####"),
    (["Sokak", "Sk.", "Caddesi", "Cad.", "Bulvarı", "Sokağı"], "post", [" No: {n}", " No:{n}", " No. {n}", " {n}",
                                                                   " No: {n} D: {d}"], ["{N} Mahallesi", "{N} Mah."], "#####"),
    (["Straße", "Strasse", "Weg", "Gasse", "Allee", "Platz", "vej", "gatan", "katu", "utca", "ulica"], "post",
     [" {n}", " {n}a", " {n}/{d}", " {n}."], [], "#####"),
    (["Marg", "Road", "Nagar", "Chowk", "Path", "Main Road"], "numfirst", ["{n}, ", "No. {n}, ", "H.No. {n}, ", "{n}/{d}, "],
     ["{N} Nagar", "{N} Colony", "Sector {d}", "{N} Layout", "{N} Vihar"], "######"),
    (["Lorong", "Persiaran", "Lebuh", "Jalan"], "pre", [" {d}", "", " {d}/{d}"], ["Taman {N}", "Kampung {N}"], "#####"),
    (["Rehov", "Derech", "Sderot"], "pre", [" {n}", " {n}, Apt {d}"], [], "#######"),
    (["Shari", "Sharia", "Tariq"], "pre", [" {n}", ", {n}", ", Building {n}"], ["{N} District"], "#####"),
    (["Barabara", "Mtaa"], "pre", [" {n}", ", Plot {n}"], ["{N} Ward"], "#####"),
    (["-daero", "-ro", "-gil"], "glued", [" {n}", " {n}-{d}"], ["{N}-gu", "{N}-dong"], "#####"),
]
_REGION_MARKS = ["Co. {N}", "County {N}", "Prov. {N}", "{N} Province", "Dist. {N}", "{N} District", "{N}"]
_SYLLABLES = ["ba", "ke", "lo", "mi", "ra", "tu", "van", "dor", "sel", "kan", "bri", "ost", "mel", "zan", "qua", "hi", "no",
              "gle", "thor", "wyn", "ash", "ké", "lú", "ñe", "ço", "ör", "ša", "ły", "ă"]


def _made_up(rng: random.Random) -> str:
    """A capitalised word no list knows ("Tuvandor", "Keñemi"): towns and streets outside every gazetteer."""
    return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()


def _code(rng: random.Random, shape: str) -> str:
    return "".join(str(rng.randint(0, 9)) if c == "#" else c for c in shape)


def world_address(rng: random.Random, fakes: dict) -> list[str]:
    """Round seven: a street of one of ``_WORLD``'s conventions, its locality, a town (a Faker city or a made-up
    word), a region line sometimes, the postcode before or after the town; lines or comma parts."""
    types, where, nums, areas, shape = rng.choice(_WORLD)
    locale = rng.choice(_EN_LOCALES + _EU_LOCALES + _LATAM_LOCALES + _ASIA_LOCALES + ["tr_TR", "vi_VN", "th_TH", "ro_RO"])
    if locale not in fakes:
        try:
            fakes[locale] = _faker(locale)
        except AttributeError:
            fakes[locale] = _faker("en_US")
    fake = fakes[locale]
    fake.seed_instance(rng.getrandbits(32))

    def name() -> str:
        return fake.last_name() if rng.random() < 0.5 else _made_up(rng)

    kind = rng.choice(types)
    num = rng.choice(nums).format(n=rng.randint(1, 2400), d=rng.randint(1, 30))
    words = " ".join(name() for _ in range(rng.choice([1, 1, 2])))
    if where == "pre":
        street = f"{kind} {words}{num}"
    elif where == "numfirst":
        street = f"{num}{kind} {words}" if kind[0].isupper() and kind not in ("Marg", "Road", "Nagar", "Chowk", "Path",
                                                                              "Main Road") else f"{num}{words} {kind}"
    elif where == "glued":
        street = f"{name()}{kind}{num}"
    else:  # post: the type after the name, written apart or glued ("Berliner Straße", "Lindenweg")
        glued = kind.islower() or (kind in ("Straße", "Strasse", "Weg", "Gasse", "Allee", "Platz") and rng.random() < 0.5)
        street = f"{words.replace(' ', '-')}{kind.lower()}{num}" if glued else f"{words} {kind}{num}"
    lines = [street]
    if areas and rng.random() < 0.7:
        lines.append(rng.choice(areas).format(N=name(), d=rng.randint(1, 12)))
    town = fake.city() if rng.random() < 0.5 else _made_up(rng)
    code = _code(rng, shape)
    lines.append(rng.choice([f"{code} {town}", f"{town} {code}", f"{town}, {code}", f"{town} - {code}", town]))
    if rng.random() < 0.3:
        lines.append(rng.choice(_REGION_MARKS).format(N=_made_up(rng)))
    return lines


def uk_block(rng: random.Random, fakes: dict) -> list[str]:
    """Round seven: a British or Irish block whose town and county lines no list knows: "14 Kerrigan Row\nBallykeel\n
    Co. Wexford", house names, a locality line, the postcode last."""
    fake = fakes.setdefault("en_GB", _faker("en_GB"))
    fake.seed_instance(rng.getrandbits(32))
    street = f"{rng.randint(1, 240)} {fake.street_name()}"
    if rng.random() < 0.3:
        street = f"{fake.last_name()} {rng.choice(_HOUSE_NAMES + ['House', 'Hall'])}, {fake.street_name()}"
    lines = [street]
    if rng.random() < 0.5:
        lines.append(f"{_made_up(rng)} {rng.choice(['Heath', 'Green', 'End', 'Common', 'Cross', 'Bridge', 'Vale'])}")
    lines.append(_made_up(rng) if rng.random() < 0.6 else fake.city())
    if rng.random() < 0.5:
        lines.append(rng.choice(["Co. {N}", "County {N}", "{N}shire"]).format(N=_made_up(rng)))
    lines.append(fake.postcode())
    return lines


def _faker(locale: str):
    from faker import Faker

    return Faker(locale)


def address(rng: random.Random, fakes: dict) -> str:
    region = rng.choice(["en", "en", "eu", "latam", "asia", "mideast", "pobox", "native", "southasia", "comma", "mx_id",
                         "housename", "world", "world", "world", "ukblock"])
    if region in ("world", "ukblock"):  # round seven
        lines = world_address(rng, fakes) if region == "world" else uk_block(rng, fakes)
        return "\n".join(lines) if rng.random() < 0.5 else ", ".join(lines)
    loc = {"en": _EN_LOCALES, "eu": _EU_LOCALES, "latam": _LATAM_LOCALES, "asia": _ASIA_LOCALES,
           "mideast": ["en_US"], "pobox": _EN_LOCALES, "native": _EN_LOCALES + _EU_LOCALES + _LATAM_LOCALES,
           "southasia": ["en_IN"], "comma": ["en_US", "es_MX", "en_GB"], "mx_id": ["es_MX", "id_ID"],
           "housename": ["en_GB"]}[region]
    locale = rng.choice(loc)
    if locale not in fakes:
        fakes[locale] = _faker(locale)
    fake = fakes[locale]
    fake.seed_instance(rng.getrandbits(32))
    city = fake.city()
    post = fake.postcode()
    street = fake.street_name()
    num = str(rng.randint(1, 2400))
    if region == "native":
        lines = fake.address().split("\n")
    elif region == "en":
        first = f"{num} {street}"
        if rng.random() < 0.4:
            unit = rng.choice(_UNITS).format(rng.randint(1, 40))
            first = rng.choice([f"{first}, {unit}", f"{unit}, {first}", f"{first} {unit}"])
        state = getattr(fake, "state_abbr", lambda: "")() if rng.random() < 0.6 else ""
        town = rng.choice([f"{city}, {state} {post}".replace(",  ", ", "), f"{city} {post}", f"{post} {city}"])
        lines = [first, town.strip().rstrip(",")]
    elif region == "eu":
        first = rng.choice([f"{street} {num}", f"{num} {street}", f"{street}, {num}"])
        if rng.random() < 0.3:
            first += rng.choice([", 2. OG", " / 3", ", Bus 4", ", 3e étage", ", Top 7"])
        lines = [first, rng.choice([f"{post} {city}", f"{city} {post}", f"{post}, {city}"])]
    elif region == "latam":
        first = rng.choice([f"{street} {num}", f"Calle {rng.randint(1, 120)} # {rng.randint(1, 99)}-{rng.randint(1, 99)}",
                            f"Av. {street} {num}, Depto {rng.randint(1, 30)}", f"Rua {street}, {num}"])
        lines = [first, rng.choice([f"Col. {fake.city()}", f"Bairro {city}"]), f"{post} {city}"]
    elif region == "asia":
        parts = [rng.choice(_ASIA_PARTS).format(rng.randint(1, 40), rng.randint(1, 40))]
        if rng.random() < 0.6:
            parts.append(rng.choice(_ASIA_PARTS).format(rng.randint(1, 40), rng.randint(1, 40)))
        parts.append(f"{street}")
        parts.append(rng.choice(_ASIA_AREAS).format(fake.last_name()))
        lines = [" ".join(parts[:-2]) + " " + parts[-2], parts[-1], f"{city} {post}"]
    elif region == "mideast":
        lines = [rng.choice(_MIDEAST).format(rng.randint(1, 90), fake.last_name(), city if rng.random() < 0.5 else
                                             f"{fake.last_name()} District")]
    elif region == "southasia":
        lm = rng.choice(_LANDMARKS).format(rng.choice(_LANDMARK_PLACES))
        first = rng.choice(_SOUTHASIA).format(n=rng.randint(1, 999), w=rng.randint(1, 35), lm=lm, last=fake.last_name(),
                                              city=city)
        lines = [first, rng.choice([city, f"{city} - {post}", f"{city} {post}"])]
    elif region == "comma":
        lines = [rng.choice(_AFTER_COMMA).format(street=street, n=rng.randint(1, 999), k=rng.choice("GKN"),
                                                 w=rng.randint(1, 40)), city]
    elif region == "mx_id":
        if locale == "es_MX":
            first = rng.choice([f"Calle {street} {num}", f"Av. {street} {num} Int. {rng.randint(1, 30)}"])
            lines = [first, f"Col. {fake.city()}", f"C.P. {post}", city, fake.state()]
        else:
            lines = [f"Jl. {street.removeprefix('Jl. ')} No. {rng.randint(1, 200)}",  # id_ID names may carry "Jl." already
                     f"RT {rng.randint(1, 20):02d}/RW {rng.randint(1, 20):02d}", f"Kel. {fake.city()}", f"{city} {post}"]
    elif region == "housename":
        lines = [f"{fake.last_name()} {rng.choice(_HOUSE_NAMES)}, {street}", city, post]
    else:
        lines = [rng.choice(["PO Box {}", "P.O. Box {}", "Post Office Box {}", "GPO Box {}", "Private Bag {}"]).format(
            rng.randint(10, 99999)), f"{city} {post}"]
    lines = [ln.strip() for ln in lines if ln.strip()]
    return "\n".join(lines) if rng.random() < 0.5 else ", ".join(lines)


def zh_address(rng: random.Random, fake) -> str:
    fake.seed_instance(rng.getrandbits(32))
    prov = fake.province()
    city = fake.city()
    dist = fake.district() + rng.choice(["区", "县"])
    road = fake.street_name().rstrip("路街") + rng.choice(["路", "街", "大道", "巷", "弄"])
    num = f"{rng.randint(1, 999)}号"
    tail = rng.choice(["", f"{rng.randint(1, 30)}栋", f"{rng.randint(1, 30)}幢", f"{rng.randint(1, 9)}单元",
                       f"{rng.randint(1, 30)}楼", f"{rng.randint(1, 30)}栋{rng.randint(1, 9)}单元{rng.randint(101, 2808)}室",
                       f"{rng.randint(101, 2808)}室", f"{rng.randint(1, 30)}号楼{rng.randint(101, 2808)}"])
    village = rng.choice(["", "", f"{fake.last_name()}家{rng.choice(['镇', '乡'])}{fake.last_name()}家村"])
    head = rng.choice([f"{prov}{city}{dist}", f"{city}{dist}", f"{prov}{city}", f"{dist}"])
    estate = f"{fake.last_name()}{rng.choice(['花园', '小区', '家园', '大厦', '公寓', '新村', '苑'])}"
    shape = rng.choice(["road", "road", "lane", "estate", "village", "spaced", "gate", "estate_no_number"])
    if shape == "gate":  # a compound, a building, an entrance, a room with no 室: "解放南路244号院6号楼5门1753"
        return (f"{head}{road}{rng.randint(1, 400)}号院{rng.randint(1, 20)}号楼{rng.randint(1, 8)}门"
                f"{rng.randint(101, 2208)}")
    if shape == "estate_no_number":  # an estate straight after the street, no house number: "振兴南路金色公馆11栋…"
        return (f"{head}{road}{fake.last_name()}{rng.choice(['公馆', '花园', '家园', '华庭'])}{rng.randint(1, 40)}栋"
                f"{rng.randint(1, 6)}单元{rng.randint(101, 2808)}室")
    if shape == "lane":  # 弄 then 号: "张江路88弄5号1202室"
        return f"{head}{road.rstrip('巷弄')}{rng.randint(1, 999)}弄{rng.randint(1, 60)}号{rng.randint(101, 2808)}室"
    if shape == "estate":  # a named estate, building, unit and room: "桂花小区3栋2单元501"
        return (f"{head}{road}{num}{estate}{rng.randint(1, 30)}{rng.choice(['栋', '幢', '号楼'])}"
                f"{rng.randint(1, 9)}单元{rng.randint(101, 2808)}{rng.choice(['', '室'])}")
    if shape == "village":  # a village and its group, no street: "王家镇李家村3组15号"
        return f"{head}{fake.last_name()}家镇{fake.last_name()}家村{rng.randint(1, 12)}组{rng.randint(1, 99)}号"
    if shape == "spaced":  # parts apart, as forms and chat write them
        return f"{prov} {city} {dist} {road}{num} {tail}".strip()
    return f"{head}{village}{road}{num}{tail}"


# --------------------------------------------------------------------------- negatives

def negative(rng: random.Random) -> str:
    d = lambda k: str(rng.randint(10 ** (k - 1), 10 ** k - 1))  # noqa: E731
    kind = rng.choice(["timestamp", "version", "amount", "order", "date", "coordinates", "isbn", "part"])
    return kind, {
        "timestamp": rng.choice([f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} {rng.randint(0, 23):02d}:"
                                 f"{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}",
                                 f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:"
                                 f"{rng.randint(0, 59):02d}:00Z", f"{rng.randint(10**9, 2 * 10**9)}",
                                 f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2026 {rng.randint(0, 23):02d}:"
                                 f"{rng.randint(0, 59):02d}"]),
        "version": rng.choice([f"{rng.randint(1, 20)}.{rng.randint(0, 30)}.{rng.randint(0, 99)}",
                               f"v{rng.randint(1, 9)}.{rng.randint(0, 99)}.{rng.randint(0, 999)}",
                               f"10.0.{rng.randint(10000, 22999)}.{rng.randint(100, 9999)}"]),
        "amount": rng.choice([f"${rng.randint(1000, 9_999_999):,}.{d(2)}", f"€ {rng.randint(10**5, 10**8):,}".replace(",", "."),
                              f"{rng.randint(10**5, 10**8):,} USD", f"CHF {rng.randint(1000, 99999)}.{d(2)}"]),
        "order": rng.choice([f"ORD-{d(8)}", f"#{d(7)}", f"INV-2026-{d(6)}", f"PO{d(9)}", f"SO-{d(4)}-{d(4)}"]),
        "date": rng.choice([f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{rng.randint(1990, 2030)}",
                            f"{rng.randint(1990, 2030)}/{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}",
                            f"{rng.randint(1, 12)}/{rng.randint(1, 28)}/{rng.randint(0, 99):02d}"]),
        "coordinates": f"{rng.uniform(-80, 80):.5f}, {rng.uniform(-170, 170):.5f}",
        "isbn": rng.choice([f"978-{rng.randint(0, 9)}-{d(3)}-{d(5)}-{rng.randint(0, 9)}", f"978{d(10)}"]),
        "part": rng.choice([f"PN-{d(5)}-{d(3)}", f"{d(3)}-{d(4)}-{d(2)}A", f"SKU {d(6)}", f"M{d(2)}-{d(4)}"]),
    }[kind]


# --------------------------------------------------------------------------- round nine (P4): --writer families

#: how writers put a structured value in a line, none of the carriers above: glued to its label, after a dash,
#: in brackets, in a form's cells, in a sentence's middle (the label of the value's kind first)
WRITER_CARRIERS = ["{label}:{v}", "{label} - {v}", "{label} ({v})", "{who}, {label_l} {v}, confirmed.",
                   "[{label}] {v}", "{label}\n{v}", "* {label}: `{v}`", "{who} <{label_l}: {v}>",
                   "{label_l}={v};", "Re: {label_l} {v}?", "| {who} | {v} | ok |", "{label}… {v}"]
WRITER_LABELS = {
    "iban": ["IBAN", "Bankverbindung", "IBAN no.", "RIB", "Beneficiary IBAN", "Acct"],
    "card": ["Card", "Visa", "Amex", "CC#", "Card on file", "PAN"],
    "ip": ["IP", "src", "Client", "peer", "X-Forwarded-For", "from"],
    "id": ["National ID", "Passport No.", "Tax ID", "ID card", "Personal number", "ID no.", "Driver's licence"],
}


def iban_writer(rng: random.Random) -> str:
    """An IBAN of any registry country (schwifty's draw, as ``iban``) the way people type it: groups of four with
    dashes, the check digits apart from the country ("DE 89 3704 …"), groups of four with the short last group
    glued, dots, or in lower case with dashes."""
    compact = re.sub(r"\s", "", iban(random.Random(rng.random()))).upper()
    groups = [compact[i:i + 4] for i in range(0, len(compact), 4)]
    style = rng.choice(["dashes", "cc_apart", "dots", "lower_dashes", "last_glued"])
    if style == "dashes":
        return "-".join(groups)
    if style == "cc_apart":
        return compact[:2] + " " + compact[2:4] + " " + " ".join(groups[1:])
    if style == "dots":
        return ".".join(groups)
    if style == "lower_dashes":
        return "-".join(groups).lower()
    return " ".join(groups[:-2] + [groups[-2] + groups[-1]]) if len(groups) > 2 else compact


def card_writer(rng: random.Random) -> str:
    """A Luhn-valid card of any brand in its own grouping (Amex 4-6-5, Diners 4-6-4, 19 digits 4-4-4-4-3) with
    dots, no-break spaces or dashes, or in groups of four with two spaces."""
    num = re.sub(r"\D", "", card(rng))
    n = len(num)
    grouping = {15: [4, 6, 5], 14: [4, 6, 4], 19: [4, 4, 4, 4, 3]}.get(n, [4] * (n // 4) + ([n % 4] if n % 4 else []))
    parts, i = [], 0
    for g in grouping:
        parts.append(num[i:i + g])
        i += g
    return rng.choice([".", "\u00a0", "-", "  ", " "]).join(parts)


def ip_writer(rng: random.Random) -> tuple[str, str, str]:
    """IPv6 in the forms logs and configs write (a zone index, IPv4-mapped, link-local, capitals, a bracketed port)
    and IPv4 glued to a port; (before, address, after) as ``ip``."""
    v6 = ipaddress.IPv6Address(rng.getrandbits(128))
    style = rng.choice(["zone", "mapped", "link", "upper", "bracket", "v4port", "compressed"])
    if style == "zone":
        return "", f"fe80::{rng.getrandbits(16):x}:{rng.getrandbits(16):x}%{rng.choice(['eth0', 'en0', '12'])}", ""
    if style == "mapped":
        return "", "::ffff:" + ".".join(str(rng.randint(1, 254)) for _ in range(4)), ""
    if style == "link":
        return "", f"fe80::{rng.getrandbits(16):x}", ""
    if style == "upper":
        return "", v6.compressed.upper(), ""
    if style == "bracket":
        return "[", v6.compressed, f"]:{rng.randint(1024, 65535)}"
    if style == "v4port":
        return "", ".".join(str(rng.randint(1, 254)) for _ in range(4)), f":{rng.randint(1024, 65535)}"
    zeros = ipaddress.IPv6Address(int(v6) & ~(((1 << 64) - 1) << 32))  # a run of zero groups in the middle
    return "", zeros.compressed, ""


#: Faker locales whose person-id providers write a national number (their ``ssn``: BSN, NIR, PESEL, HETU, CPR,
#: personnummer, Steuer-ID, codice fiscale, DNI/NIE, CPF, RUT, NIK...) and the passport numbers of those with one
ID_LOCALES = ["nl_NL", "fr_FR", "pl_PL", "fi_FI", "da_DK", "sv_SE", "de_DE", "it_IT", "es_ES", "pt_BR", "es_CL",
              "id_ID", "en_GB", "en_IE", "no_NO", "hr_HR", "bg_BG", "ro_RO", "cs_CZ", "sk_SK", "et_EE", "lv_LV",
              "lt_LT", "hu_HU", "el_GR", "tr_TR", "uk_UA", "en_CA", "en_IN", "es_MX", "pt_PT", "de_CH", "zh_TW",
              "ko_KR", "th_TH", "he_IL", "fil_PH", "ka_GE", "az_AZ", "vi_VN"]


def id_writer(rng: random.Random, fakes: dict) -> str:
    from faker import Faker

    locale = rng.choice(ID_LOCALES)
    if locale not in fakes:
        fakes[locale] = Faker(locale)
        fakes[locale].seed_instance(rng.randint(0, 10**6))
    fake = fakes[locale]
    makers = [fake.ssn]
    if hasattr(fake, "passport_number"):
        makers.append(fake.passport_number)
    return str(rng.choice(makers)())


WRITER_FAMILIES = ("iban_w", "card_w", "ip_w", "id_w")


def writer_samples(seed: int, n: int, only: set[str] | None = None):
    """(family, text, value start, value end, False) of ``WRITER_FAMILIES`` in ``WRITER_CARRIERS``."""
    rng = random.Random(seed + 900)
    fakes: dict = {}
    for family in WRITER_FAMILIES:
        if only and family not in only:
            continue
        kind = family[:-2]
        for _ in range(n):
            before = after = ""
            if kind == "ip":
                before, value, after = ip_writer(rng)
            else:
                value = {"iban": iban_writer, "card": card_writer}[kind](rng) if kind != "id" else id_writer(rng, fakes)
            label = rng.choice(WRITER_LABELS[kind])
            frame = rng.choice(WRITER_CARRIERS)
            head = frame.split("{v}")[0].format(label=label, label_l=label.lower(), who=rng.choice(PEOPLE))
            tail = frame.split("{v}")[1].format(label=label, label_l=label.lower(), who=rng.choice(PEOPLE))
            text = head + before + value + after + tail
            start = len(head) + len(before)
            yield family, text, start, start + len(value), False


# --------------------------------------------------------------------------- run

FAMILIES = ("phone", "card", "iban", "ssn", "ip", "email", "address", "zh_phone", "zh_address")


def samples(seed: int, n: int, only: set[str] | None = None):
    """(family, carrier text, value start, value end) for every family; negatives as family "negative:<kind>"."""
    from faker import Faker

    rng = random.Random(seed)
    fakes: dict = {}
    en, zh = Faker("en_US"), Faker("zh_CN")
    en.seed_instance(seed)
    for family in FAMILIES + ("negative",):
        if only and family not in only and not (family == "negative" and "negative" in only):
            continue
        for _ in range(n):
            label = family
            if family == "phone":
                value = phone(rng)
            elif family == "zh_phone":
                value = phone(rng, zh=True)
            elif family == "card":
                value = card(rng)
            elif family == "iban":
                value = iban(rng)
            elif family == "ssn":
                value = ssn(rng)
            elif family == "ip":
                pre_ip, value, post_ip = ip(rng)
                value = pre_ip + value + post_ip
            elif family == "email":
                value = email(rng, en)
            elif family == "address":
                value = address(rng, fakes)
            elif family == "zh_address":
                value = zh_address(rng, zh)
            else:
                kind, value = negative(rng)
                label = f"negative:{kind}"
            if family.startswith("zh_"):
                text, start = _zh_carrier(rng, family, value)
            else:
                text, start = _carrier(rng, family, value, multiline="\n" in value)
            if start == -1:
                continue
            placed = value
            if start == -2:  # a quoted block: the value's lines each behind "> "
                placed = value.replace("\n", "\n> ")
                start = text.index(placed)
            elif text[start:start + len(value)] != value:  # a one-line carrier joined the lines with ", "
                placed = value.replace("\n", ", ")
            assert text[start:start + len(placed)] == placed, (family, text)
            if family == "ip":  # the address alone is the value
                start, placed = start + len(pre_ip), placed[len(pre_ip):len(placed) - len(post_ip)]
            yield label, text, start, start + len(placed), False


def _zh_carrier(rng: random.Random, family: str, value: str) -> tuple[str, int]:
    label = rng.choice(LABELS[family])
    shape = rng.choice(["label", "sentence", "json", "chat", "csv"])
    if shape == "label":
        pre = f"{label}：" if rng.random() < 0.6 else f"{label}: "
        return pre + value, len(pre)
    if shape == "sentence":
        pre = rng.choice(["请把合同寄到", "他的电话是", "新的地址是", "麻烦联系", "已更新为"])
        return pre + value + rng.choice(["，谢谢。", "。", "，明天处理。"]), len(pre)
    if shape == "json":
        pre = f'{{"姓名": "李伟", "{label}": "'
        return pre + value + '"}', len(pre)
    if shape == "chat":
        pre = "客服：请提供一下信息？\n客户：" if family == "zh_address" else "客服：方便留个联系方式吗？\n客户："
        return pre + value, len(pre)
    head = f"编号,姓名,{label},状态\n"
    pre = f"{rng.randint(100, 999)},王芳,"
    return head + pre + value + ",正常", len(head) + len(pre)


def run(seed: int, n: int, show: int, only: set[str] | None = None, writer: bool = False) -> str:
    from privacy_eval import _leaks

    from workbench.privacy import Privacy

    privacy = Privacy()
    privacy.redact("warm up", privacy.new_vault())
    total, bad = Counter(), Counter()
    alarm_types: dict[str, Counter] = {}
    leaks, alarms = [], []
    t = time.perf_counter()
    for family, text, s, e, _quoted in (writer_samples if writer else samples)(seed, n, only):
        red = privacy.redact(text, privacy.new_vault())
        covered = [False] * len(text)
        for ent in red.entities:
            if ent.action != "keep":
                for i in range(ent.start, ent.end):
                    covered[i] = True
        if family.startswith("negative"):
            hit = any(covered[s:e])
            types = sorted({ent.type for ent in red.entities if ent.action != "keep" and ent.start < e and s < ent.end})
            for key in (family, "negative"):
                total[key] += 1
                bad[key] += hit
                alarm_types.setdefault(key, Counter()).update(types)
            if hit and len(alarms) < show:
                alarms.append((family, text, red.text))
            continue
        span = text[s:e].replace("\n> ", "\n  ")  # the quote marks stay in the text: not the value's words (round seven: three
        # characters for three, so the offsets into covered[] stay aligned; four shifted every later line by one)
        leak = _leaks(span, 0, len(span), covered[s:e])
        total[family] += 1
        bad[family] += leak
        if leak and len(leaks) < show:
            leaks.append((family, text, red.text))
    secs = time.perf_counter() - t
    pct = lambda a, b: f"{100 * a / b:.1f}%" if b else "-"  # noqa: E731
    lines = [f"privacy_fuzz seed {seed}{' (held)' if seed == HELD_SEED else ''}, n={n} per family, {secs:.0f} s", "",
             "| family | values | leaked | leak rate |", "|---|---:|---:|---:|"]
    for key in [f for f in FAMILIES + WRITER_FAMILIES if f in total]:
        lines.append(f"| {key} | {total[key]} | {bad[key]} | {pct(bad[key], total[key])} |")
    lines += ["", "| not personal data | values | any character redacted | rate | redacted as |", "|---|---:|---:|---:|---|"]
    for key in sorted(k for k in total if k.startswith("negative")):
        types = ", ".join(f"{t} {c}" for t, c in alarm_types.get(key, Counter()).most_common())
        lines.append(f"| {key} | {total[key]} | {bad[key]} | {pct(bad[key], total[key])} | {types} |")
    for family, text, sent in leaks:
        lines.append(f"  LEAK {family}: {text!r}\n     sent: {sent!r}")
    for family, text, sent in alarms:
        lines.append(f"  FALSE ALARM {family}: {text!r}\n     sent: {sent!r}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--n", type=int, default=150, help="values per family (negatives too)")
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--only", default="", help="comma-separated families (default: all)")
    ap.add_argument("--writer", action="store_true", help="round nine: IBANs, cards, IPs and national ids as people "
                    "type them (WRITER_FAMILIES in WRITER_CARRIERS); seed 1 tuned on, seed 2 held")
    args = ap.parse_args(argv)
    if args.seed == HELD_SEED and args.show:
        ap.error(f"seed {HELD_SEED} is held: report its rates, do not read its leaks (use another seed to iterate)")
    print(run(args.seed, args.n, args.show, set(filter(None, args.only.split(","))) or None, writer=args.writer))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
