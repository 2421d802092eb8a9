"""Pattern recognizers that replace or tune Presidio's English defaults.

Each recognizer is one small class: ``PATTERNS``, ``CONTEXT``, defaults for every argument and a
``validate_result`` where a checksum exists. Boundaries are look-arounds, never ``\\b``, so numbers
glued to Chinese characters are found too.
"""

from __future__ import annotations

import re

import phonenumbers
from presidio_analyzer import (
    AnalysisExplanation,
    EntityRecognizer,
    LocalRecognizer,
    Pattern,
    PatternRecognizer,
    RecognizerResult,
)

from ._checks import (
    BUSINESS_ID_WORDS,
    column_header,
    iban_ok,
    ip_ok,
    luhn_ok,
    ssn_ok,
)
from ._checks import (
    NOT_AFTER_ALNUM as _NA,
)
from ._checks import (
    NOT_AFTER_DIGIT as _ND,
)
from ._checks import (
    NOT_BEFORE_ALNUM as _NB,
)
from ._checks import (
    NOT_BEFORE_DIGIT as _NBD,
)
from ._rec_ids9 import NationalIdRecognizer
from ._rec_ids10 import SlotIdRecognizer
from ._rec_structured10 import OddGroupingCardRecognizer

_CASE_SENSITIVE = re.MULTILINE | re.DOTALL


class _Validated(PatternRecognizer):
    """A pattern recognizer built from class attributes; ``check`` is the checksum."""

    ENTITY = ""
    PATTERNS: list[Pattern] = []
    CONTEXT: list[str] = []
    FLAGS = _CASE_SENSITIVE | re.IGNORECASE

    def __init__(self, supported_language: str = "en", name: str | None = None) -> None:
        super().__init__(
            supported_entity=self.ENTITY,
            patterns=[Pattern(p.name, p.regex, p.score) for p in self.PATTERNS],
            context=list(self.CONTEXT),
            supported_language=supported_language,
            global_regex_flags=self.FLAGS,
            name=name or type(self).__name__,
        )

    def check(self, text: str) -> bool | None:
        return None

    def validate_result(self, pattern_text: str) -> bool | None:  # noqa: D102
        return self.check(pattern_text)


#: an e-mail's domain: labels of any letters, a Latin, punycode or non-Latin top-level domain, or a bracketed IP
_EMAIL_DOMAIN = (r"(?:(?:[^\W_](?:[\w\-]{0,61}[^\W_])?\.)+(?:[A-Za-z]{2,24}(?![A-Za-z\-])|xn--[a-z0-9\-]{2,59}"
                 r"|[^\W\dA-Za-z_]{2,12}(?![\w\-]))|\[[0-9A-Fa-f:.]{3,39}\])")


class WbEmailRecognizer(_Validated):
    ENTITY = "EMAIL_ADDRESS"
    PATTERNS = [
        Pattern(
            "email",
            # internationalised too: Latin, Greek and Cyrillic letters in the local part (no Chinese: "发邮件到zhang@…"
            # would take the sentence), any letters in the domain ("ülkü.şahin@örnek.com.tr"), or a bracketed IP
            # after a colon too: "mailto:ana@x.org", "Email:ana@x.org", iCalendar's "CN=Ana:mailto:..." (round six)
            # but never a connection string's password ("postgres://bob:pa55word@db.local": the secret recognizer's)
            r"(?<![A-Za-z0-9._%+\-/\u00c0-\u024f\u0370-\u04ff])(?<!//[^\s/@:]{1,64}:)[A-Za-z0-9\u00c0-\u024f\u0370-\u04ff]"
            r"[A-Za-z0-9._%+\-'\u00c0-\u024f\u0370-\u04ff]{0,63}@"
            r"(?:(?:[^\W_](?:[\w\-]{0,61}[^\W_])?\.)+(?:[A-Za-z]{2,24}(?![A-Za-z\-])|xn--[a-z0-9\-]{2,59}|[^\W\dA-Za-z_]{2,12}(?![\w\-]))"
            r"|\[[0-9A-Fa-f:.]{3,39}\])",
            1.0,
        ),
        # a quoted local part (RFC 5321): '"laura cook"@gmail.com', '"j.doe,sales"@example.org'
        Pattern("email quoted", r'(?<![\w"])"[^"\n@\\]{1,64}"@' + _EMAIL_DOMAIN, 1.0),
    ]
    CONTEXT = ["email", "mail", "邮箱", "邮件"]

    #: round eight b: a role mailbox is an organisation's desk, no person's address ("To: accounts@shop.example",
    #: "billing@…", "noreply@…"); a personal one that only starts so ("accounts.berg@…", "info.ana@…") stays one
    ROLES = frozenset(
        "accounts accounting admin administrator billing bookings careers contact customerservice enquiries enquiry "
        "finance hello help helpdesk hr info inquiries invoices jobs mailer-daemon marketing newsletter no-reply "
        "noreply office orders payments payroll postmaster press reception recruitment reservations returns sales "
        "service support team webmaster".split())

    def check(self, text: str) -> bool | None:  # noqa: D102
        local = text.rsplit("@", 1)[0].strip('"').casefold()
        return False if local in self.ROLES else None


class WbCreditCardRecognizer(_Validated):
    """Payment cards of every brand Faker and mimesis write, and the other public IIN ranges: Visa,
    Mastercard (51-55, 2221-2720), Amex, Discover, Diners, JCB, Maestro (50, 56-69: 12-19 digits),
    Mir (2200-2204), RuPay (60, 65, 81, 82, 508), Troy (9792), UATP (1, 15 digits), Verve (5061, 650),
    Dankort (5019), Elo/Hipercard (4011, 5067, 6277, 6062), ПРОСТІР (98, with a card word), Maestro 0604. Digits grouped by spaces, hyphens, dots, slashes
    or no-break spaces, the same separator throughout; 12-19 digits, Luhn. A Luhn-valid 16-digit Visa is
    a card whatever the context; a 12-15 digit Maestro-shaped number only with a card word near it."""

    ENTITY = "CREDIT_CARD"
    _PREFIX = (r"(?:4|5[0-8]|2(?:2[0-9]|[3-6]\d|7[01]|720)|3[0-9]|6\d|8[12]|9\d{3}|1\d|2131|1800|0604)")
    _SEP = r"(?:[ .\-/\u00a0\u2009\u202f]| {2})"  # round nine: two spaces too ("2204  4322  4176  2397")
    #: the brands written with 13-15 digits (Visa 13, Amex, Diners, JCB 15): Luhn alone makes them cards
    _MAJOR = re.compile(r"4|3[47]|3[0689]|2131|1800")
    PATTERNS = [
        Pattern("card grouped", _ND + r"(?<![.,]\d)" + _PREFIX + r"\d{0,3}(?:(?P<sep>" + _SEP + r"?)\d{1,6})"
                r"(?:(?P=sep)\d{1,6}){0,5}" + _NBD + r"(?![.,/]\d)", 0.3),
        Pattern("card plain", _ND + _PREFIX + r"\d{10,17}" + _NBD, 0.3),
        # any issuer range, in a card's own grouping (4-4-4-4, 4-6-5, 4-4-4-4-3) or 16 digits plain: a card only
        # with a card word ("card ending 5931-1355-9024-6309": 59 is no public IIN, a private-label card's is)
        Pattern("card other IIN", _ND + r"(?<![.,]\d)\d{4}(?:(?P<sep2>[ \-])\d{4}(?P=sep2)\d{4}(?P=sep2)\d{4}"
                r"(?:(?P=sep2)\d{3})?|(?P<sep3>[ \-])\d{6}(?P=sep3)\d{5}|\d{12})" + _NBD + r"(?![.,/]\d)", 0.3),
    ]
    CONTEXT = ["credit", "card", "visa", "mastercard", "amex", "discover", "jcb", "maestro", "diners", "mir",
               "rupay", "debit", "cc", "payment", "信用卡", "卡号"]

    def check(self, text: str) -> bool | None:
        nums = "".join(c for c in text if c.isdigit())
        groups = [g for g in re.split(self._SEP, text) if g]
        unionpay = nums.startswith("62") and re.fullmatch(r"\d+(?:[ \-]\d+)*", text) is not None
        if not 12 <= len(nums) <= 19 or unionpay or not luhn_ok(nums):
            return False  # UnionPay (62) in its own groupings is CnBankCardRecognizer's (round nine: not with dots or
            # two spaces, which it does not read: "6250.4271.4495.6101.915", "6250  3735  3229  9906  4")
        if len(groups) > 1 and (any(len(g) < 3 for g in groups[1:-1]) or len(groups[0]) < 4 or (
                len(groups[-1]) < 3 and any(len(g) != 4 for g in groups[:-1]))):
            return False  # "4 12 345 678..." is no card grouping; cards group by 4 (Amex 4-6-5; Visa 13 4-4-4-1)
        if (nums.startswith("9") and not nums.startswith("9792")) or nums.startswith("0604"):
            return None  # national schemes (ПРОСТІР 9804...) and Maestro's 0604: only with a card word
        if not re.match(self._PREFIX, nums):
            return None  # outside the public IIN ranges (private-label, fleet, test ranges): only with a card word
        if len(nums) >= 16 or (len(nums) >= 13 and self._MAJOR.match(nums)):
            return True
        return None  # 12-15 digits of the other ranges (Maestro, UATP): the score needs a card word beside it

    POST_FILTER_ONLY = True  # analyze only rescores what the patterns found (the engine's prefilter may gate it)

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):  # noqa: D102
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        for r in results:  # "Card on file for Zorlu Korol: 585252994215": the card word is further back
            if r.score < 0.6 and _CARD_WORD_BEFORE.search(text[max(0, r.start - 60) : r.start]):
                r.score = 0.6
        return results


#: a card word earlier in the same clause (no line break, sentence end or number in between)
_CARD_WORD_BEFORE = re.compile(
    r"(?i)\b(?:card|cards|credit|debit|visa|mastercard|maestro|amex|mir|rupay|troy|uatp|verve|dankort|elo|"
    r"cc|pan|payment|paid with|pay with|charge|charged|billed|kartennummer|carte|tarjeta|cartão|carta)\b[^\n.!?\d]*$"
)


class WbUsSsnRecognizer(_Validated):
    ENTITY = "US_SSN"
    PATTERNS = [
        Pattern("ssn dashed", _ND + r"\d{3}-\d{2}-\d{4}" + _NBD, 0.6),
        Pattern("ssn spaced/dotted", _ND + r"\d{3}[ .]\d{2}[ .]\d{4}" + _NBD, 0.4),
        Pattern("ssn bare", _ND + r"\d{9}" + _NBD, 0.05),
    ]
    CONTEXT = ["ssn", "social", "security", "ss#", "ssid", "tax"]  # "tax_id": a US TIN is an SSN

    def check(self, text: str) -> bool | None:
        return True if ssn_ok(text) and "-" in text else (None if ssn_ok(text) else False)


#: the countries of the IBAN registry (SWIFT's, and the aspirational ones schwifty lists: 127);
#: tests/privacy/test_structured_round5.py checks this against schwifty's registry
IBAN_COUNTRIES = frozenset(
    "AD AE AL AO AT AX AZ BA BE BF BG BH BI BJ BL BR BY CF CG CH CI CM CR CV CY CZ DE DJ DK DO DZ EE EG ES FI FK FO FR "
    "GA GB GE GF GG GI GL GP GQ GR GT GW HN HR HU IE IL IM IQ IR IS IT JE JO KM KW KZ LB LC LI LT LU LV LY MA MC MD ME "
    "MF MG MK ML MN MQ MR MT MU MZ NC NE NI NL NO OM PF PK PL PM PS PT QA RE RO RS RU SA SC SD SE SI SK SM SN SO ST SV "
    "TD TF TG TL TN TR UA VA VG WF XK YE YT".split()
)


class WbIbanRecognizer(_Validated):
    """IBANs written compact or in groups of four separated by spaces or dashes (MOD 97), in capitals or in
    lower case ("at41 2307 9830 7848 5319"); a lower-case one only with a registry country code."""

    ENTITY = "IBAN_CODE"
    PATTERNS = [
        Pattern(
            "iban",
            # round nine: dots too ("GQ97.3930.2649.5077…"), the check digits apart ("CZ 31 5190 4827 …")
            _NA + r"[A-Z]{2} ?\d{2}(?P<isep>[ \-.]?)[A-Z0-9]{4}(?:(?P=isep)[A-Z0-9]{4}){1,6}(?:(?P=isep)[A-Z0-9]{1,4})?"
            + _NB,
            0.5,
        ),
    ]
    CONTEXT = ["iban", "bank", "account", "transfer", "账户"]
    FLAGS = _CASE_SENSITIVE

    def check(self, text: str) -> bool | None:
        return iban_ok(text)

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):  # noqa: D102
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        for m in _IBAN_LOWER.finditer(text):  # lower case: the registry's countries, with or without the last group
            if m.group()[:2].upper() not in IBAN_COUNTRIES or any(r.start < m.end() and m.start() < r.end for r in results):
                continue
            value = _iban_prefix(m.group())
            if value:
                results.append(RecognizerResult(
                    self.ENTITY, m.start(), m.start() + len(value), 1.0,
                    analysis_explanation=AnalysisExplanation(type(self).__name__, 1.0),
                    recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                          RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id}))
        return results


def _iban_prefix(value: str) -> str:
    """The longest head of ``value`` that is an IBAN, cut back at its separators: the last groups the pattern took
    may be the next words ("… 0689 status=failed" reads "0689 stat" + "us" as two more groups)."""
    while len(value) >= 15:
        if iban_ok(value):
            return value
        cut = max(value.rfind(" "), value.rfind("-"), value.rfind("."))
        if cut < 0:
            return ""
        value = value[:cut]
    return ""


#: an IBAN in lower case ("at41 2307 9830 7848 5319"); its last short group may be the next word ("… 2098 by")
#: (either case: a capital IBAN followed by a word, "… 0689 STATUS", is cut back the same way)
_IBAN_LOWER = re.compile(_NA + r"[a-z]{2} ?\d{2}(?:[ \-.]?[a-z0-9]{4}){2,7}(?P<tail>[ \-.]?[a-z0-9]{1,4})?" + _NB,
                         re.IGNORECASE)


class WbIpRecognizer(_Validated):
    """IPv4 (octets checked) and IPv6 in every compressed form (checked by ``ipaddress``)."""

    ENTITY = "IP_ADDRESS"
    PATTERNS = [
        Pattern("ipv4", _ND + r"(?<!\d\.)(?:\d{1,3}\.){3}\d{1,3}(?:/\d{1,2})?" + r"(?!\.?\d)", 0.6),
        Pattern(
            "ipv6",
            # round nine: or glued to a label's colon ("IP:fe80::1", "from:5147:3e03::b5a0", "src:…", "id:…")
            r"(?:(?<![0-9A-Fa-f:])|(?<=[G-Zg-z][:=])|(?<=[G-Zg-z][A-Za-z][:=]))(?=[0-9A-Fa-f:]*:[0-9A-Fa-f]*:)"
            r"(?:[0-9A-Fa-f]{1,4}|:)(?::[0-9A-Fa-f]{0,4}){2,7}"
            r"(?:(?<=:)(?:\d{1,3}\.){3}\d{1,3})?(?:%[0-9A-Za-z]+)?(?:/\d{1,3})?(?![0-9A-Za-z:])",  # "…/64" (round nine b)
            0.6,
        ),
    ]
    CONTEXT = ["ip", "ipv4", "ipv6", "address", "host", "server"]

    def check(self, text: str) -> bool | None:
        value = text.split("/", 1)[0]
        if ":" in value and value.count(":") < 2:
            return False
        if re.fullmatch(r"[\d:]+", value) and "::" not in value:
            return False  # times such as 12:30:45
        return True if ip_ok(value) or _IPV6_PREFIX.fullmatch(value) else False


#: round nine b: an IPv6 address cut to its first groups, as logs and tickets write a customer's /48 or /64 prefix
#: ("2a02:3769:b19b:dcb0"): three to seven full groups, the first a global (2000-3fff) or local (fc/fd/fe80) one
_IPV6_PREFIX = re.compile(r"(?i)(?:[23][0-9a-f]{3}|f[cd][0-9a-f]{2}|fe80)(?::[0-9a-f]{1,4}){2,6}")


_SUFFIXES = (
    "Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|"
    "Ter|Circle|Cir|Parkway|Pkwy|Square|Sq|Highway|Hwy|Trail|Trl|Alley|Aly|Bypass|Causeway|Center|"
    "Ctr|Cove|Crescent|Creek|Crossing|Expressway|Extension|Ext|Freeway|Fwy|Gardens|Gateway|Glen|"
    "Green|Grove|Harbor|Heights|Hills?|Hollow|Island|Isle|Junction|Key|Knolls?|Lake|Landing|Loop|"
    "Mall|Manor|Meadows?|Mews|Mill|Mission|Motorway|Mount|Mountain|Orchard|Oval|Pass|Path|Pike|"
    "Pines|Plains?|Plaza|Point|Ports?|Prairie|Radial|Ranch|Rapids|Rest|Ridge|Row|Run|Shoals?|"
    "Shores?|Skyway|Springs?|Spur|Station|Stravenue|Stream|Summit|Throughway|Trace|Track|"
    "Tunnel|Turnpike|Underpass|Union|Valley|Via|Viaduct|View|Villages?|Ville|Vista|Walk|Wall|"
    "Wells?|Estates?|Falls|Fields?|Flats?|Fords?|Forest|Forges?|Forks?|Fort|Burgs?|Brooks?|Branch|"
    "Bridge|Canyon|Cape|Cliffs?|Club|Common|Corners?|Course|Courts|Coves|Crest|Dale|Dam|Divide|"
    "Drives|Estate|Ferry|Groves|Haven|Inlet|Lights?|Locks?|Lodge|Neck|Overpass|Park|Parks|Plaza|"
    "Radial|Roads|Route|Squares|Streets|Terrace|Unions|Ways|Well|Close|Parade|Rise|Quay|Yard|Approach|Chase|Croft|"
    "Fold|Gate|Circus|Embankment|Esplanade|Promenade|Dene|Vale|Points?|Spurs|Views|Wynd|Brae|Drove|Hey|Walks|Fall|"
    "Av|Camp|Lock|Overlook|Pointe|Isles|Trafficway|Ridges|Loaf|Curve|Ramp|Alley|Arcade|Circuit|Concourse|Glade|"
    "Meander|Outlook|Pathway|Quays|Retreat|Strip|Wharf|Grange|Lawn|Heath|Moor|Nook"
)


class StreetAddressRecognizer(_Validated):
    """US-style street addresses: number, capitalised name, a USPS suffix, unit, city/state/ZIP."""

    ENTITY = "ADDRESS"
    PATTERNS = [
        Pattern(
            "street address",
            _ND + r"\d{1,6}(?:-\d{1,4})?[ ]+(?:[NSEW]\.?[ ]+)?(?:[A-Z][a-z]+\.?[ ]+){1,3}"  # one line, one table cell
            # (round eight: never across a tab, "693<TAB>Jon Ruiz<TAB>Brett Walk" is three cells)
            r"(?:" + _SUFFIXES + r")\.?(?![A-Za-z])"
            r"(?:,?\s+(?:Apt\.?|Suite|Ste\.?|Unit|#)\s*[A-Za-z0-9-]+)?"
            r"(?:,?\s+[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2},\s+[A-Z]{2}\s+\d{5}(?:-\d{4})?)?",
            0.7,
        ),
        Pattern(
            "po box / military",
            r"(?:P\.?O\.? Box \d{1,6}|(?:PSC|Unit|USNS|USNV|USS) [A-Za-z0-9 ]{1,20}, Box \d{1,5})"
            r"(?:,?\s+(?:[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2},|APO|FPO|DPO)\s+[A-Z]{2}\s+\d{5})?",
            0.7,
        ),
    ]
    CONTEXT = ["address", "street", "lives", "live", "located", "mail"]
    FLAGS = _CASE_SENSITIVE


class WbPhoneRecognizer(LocalRecognizer):
    """Phone numbers through ``phonenumbers``, scored so a valid number is acted on.

    Presidio's default scores every match 0.4, under the usual threshold. Here a number valid
    for its region scores 0.75, a possible one of ten or more digits 0.6, anything else 0.4.
    """

    REGIONS = ("US", "GB", "DE", "FR", "IN", "CA", "AU", "CN", "HK", "SG")
    CONTEXT = ["phone", "number", "telephone", "tel", "cell", "mobile", "call", "fax", "电话", "手机"]

    def __init__(self, supported_language: str = "en", name: str | None = None) -> None:
        super().__init__(
            supported_entities=["PHONE_NUMBER"],
            supported_language=supported_language,
            context=list(self.CONTEXT),
            name=name or "WbPhoneRecognizer",
        )

    def load(self) -> None:  # noqa: D102
        pass

    def analyze(self, text, entities, nlp_artifacts=None) -> list[RecognizerResult]:  # noqa: D102
        if not any(ch.isdigit() for ch in text):
            return []
        results: list[RecognizerResult] = []
        seen: set[tuple[int, int]] = set()
        for region in self.REGIONS:
            matcher = phonenumbers.PhoneNumberMatcher(
                text, region, leniency=phonenumbers.Leniency.POSSIBLE
            )
            for match in matcher:
                span = (match.start, match.end)
                if span in seen:
                    continue
                seen.add(span)
                number = match.number
                n_digits = len(str(number.national_number))
                if phonenumbers.is_valid_number(number):
                    score = 0.75
                elif n_digits >= 10:
                    score = 0.6
                else:
                    score = 0.4
                results.append(
                    RecognizerResult(
                        "PHONE_NUMBER",
                        match.start,
                        match.end,
                        score,
                        analysis_explanation=AnalysisExplanation(type(self).__name__, score),
                        recognition_metadata={
                            RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                        },
                    )
                )
        return EntityRecognizer.remove_duplicates(results)


_NOT_NAMES = (
    "The|This|That|These|Those|Our|Your|My|Their|His|Her|Its|A|An|And|Or|But|If|In|On|At|To|For|"
    "From|With|By|Of|Q[1-4]|January|February|March|April|May|June|July|August|September|October|"
    "November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Inc|Corp|Ltd|LLC|"
    "Bank|University|Street|Avenue|Road|Company|Group|Team|Department|Report|Excel|Python|SQL|"
    "Microsoft|Google|Apple|Amazon|Please|Thanks|Regards|Best|New|North|South|East|West|United"
)
_NAME = r"(?!(?:" + _NOT_NAMES + r")\b)[A-Z][a-z]+(?:[-'][A-Z][a-z]+)?"


def _all_everyday(text: str) -> bool:
    """Every word an everyday English word (plurals too) and the last no census surname."""
    from ._gazetteer import everyday, gazetteer

    g = gazetteer()
    words = [w.casefold().strip(".,") for w in text.split()]
    return len(words) >= 2 and all(everyday(w) for w in words) and words[-1] not in g.surnames


class PersonCueRecognizer(_Validated):
    """Two or three capitalised words after a title or a cue verb, where spaCy's small model
    misses names ("Call Olivia James on ...", "... Dakota Collins reported ...")."""

    ENTITY = "PERSON"
    PATTERNS = [
        Pattern(
            "title",
            r"(?<=\b(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Madam)\.?\s)" + _NAME + r"(?:\s" + _NAME + r"){0,2}",
            0.7,
        ),
        Pattern(
            "after a cue",
            r"(?<=\b(?:[Cc]all|[Cc]ontact|[Ee]mail|[Tt]ext|[Pp]ing|[Aa]sk|[Tt]ell|[Mm]eet|[Dd]ear|[Hh]i|"
            r"[Hh]ello|[Tt]o|[Ff]rom|[Ff]or|[Ww]ith|[Bb]y|[Cc]ustomer|[Cc]lient|[Ee]mployee|[Uu]ser|"
            r"[Pp]atient|[Hh]older|[Nn]ame|[Nn]amed|[Cc]c|[Aa]nd|[Hh]older:|[Nn]ame:)\s)"
            + _NAME + r"\s" + _NAME + r"(?:\s" + _NAME + r")?"
            r"(?=\s+(?:on|at|about|via|and|or|is|was|has|said|says|reported|asked|wrote|called|"
            r"emailed|from|in|who|to|for|\()|\s*[,.;:!?)]|\s*$)",
            0.6,
        ),
        Pattern(
            "before a verb",
            r"(?<![A-Za-z]\s|[A-Za-z])" + _NAME + r"\s" + _NAME
            + r"(?=\s+(?:reported|said|says|asked|wrote|called|emailed|complained|requested|"
            r"confirmed|approved|signed|lives|lived|moved|joined|left)\b)",
            0.6,
        ),
    ]
    CONTEXT = ["name", "mr", "ms", "dear", "contact"]
    FLAGS = _CASE_SENSITIVE

    def check(self, text: str) -> bool | None:
        from ._rec_names import _ORG_WORDS

        if any(w.casefold().strip(".") in _ORG_WORDS for w in text.split()):
            return False
        if _all_everyday(text):
            return False  # "by Last Name", "with Product Categories": column names, not people
        return None


class IdNumberRecognizer(_Validated):
    """Licence, passport and ID-card numbers: letters and digits that only context makes an ID.

    Scored 0.2: never acted on alone (order numbers look the same); "driver's license",
    "passport", "ID number" and the like lift it over the threshold."""

    ENTITY = "ID_NUMBER"
    #: not the digits after a decimal point or inside a dotted number ("48.18791", "10.0.15217.6362")
    PATTERNS = [Pattern("id", _NA + r"(?<!\d[.,])(?=[A-Z0-9-]*\d)[A-Z]{0,3}\d{5,12}[A-Z]{0,2}" + _NB + r"(?![.,]\d)",
                        0.2),
                # round eight: national numbers as each country writes them (still only with a context word)
                Pattern("national id", _NA + r"(?<![\d.,\-])(?:" + "|".join((
                    r"\d{3}\.\d{3}\.\d{3}-\d{2}",  # Brazil's CPF
                    r"\d{1,2}\.\d{3}\.\d{3}(?:-[\dkK])?",  # Chile's RUT/RUN, Argentina's DNI
                    r"(?:\d{2})?\d{6}[-+A]\d{3}[0-9A-Y]",  # Finland's HETU
                    r"(?:\d{2})?\d{6}[-+]\d{4}",  # Sweden's personnummer, Denmark's CPR
                    r"\d{6}-\d{7}",  # Korea's RRN
                    r"784-\d{4}-\d{7}-\d",  # the Emirates ID
                    r"\d{2}-\d{7,8}-\d",  # Argentina's CUIL/CUIT
                    r"[A-Z]{4}\d{6}[HMX][A-Z]{5}[A-Z0-9]\d",  # Mexico's CURP
                    r"[A-Z]{6}\d{2}[A-Z]\d{2}[A-Z]\d{3}[A-Z]",  # Italy's codice fiscale
                    r"[A-CEGHJ-PR-TW-Z]{2}[ ]?\d{2}[ ]?\d{2}[ ]?\d{2}[ ]?[A-D]",  # the UK's National Insurance number
                    r"\d{4}[ ]\d{4}[ ]\d{4}",  # India's Aadhaar, spaced
                    r"\d{3}[ ]\d{3}[ ]\d{3}",  # round nine: Canada's SIN, Switzerland's and Faker's ids, spaced
                    r"\d{13,16}",  # South Africa 13, Romania's CNP 13, Indonesia's NIK 16
                    r"[A-Z]{1,2}[ ]\d{6,8}",  # an ID card's letters and number apart ("AB 123456")
                    r"[A-Z]\d{2}[A-Z0-9]{5,7}",  # passports of letters and digits mixed ("C01X00T47")
                )) + r")" + _NB + r"(?![.,]\d)", 0.2)]
    CONTEXT = ["license", "licence", "passport", "id", "identity", "national", "card", "dl", "permit",
               "personalausweis", "dni", "nie", "codice", "fiscale", "bsn", "nino", "证件", "护照", "驾照",
               # round eight: the national numbers' own names
               "cpf", "rut", "curp", "cuil", "cuit", "pesel", "nric", "aadhaar", "emirates", "kimlik", "hetu",
               "personnummer", "cpr", "rrn", "cnp", "nik", "ktp", "egn", "jmbg", "oib", "amka", "ppsn", "nif", "nin",
               "mykad", "insurance"]
    FLAGS = _CASE_SENSITIVE

    def check(self, text: str) -> bool | None:
        """A 15- or 16-digit run that passes Luhn is a card's, not an ID's (the card recognizer has it)."""
        if text.isdigit() and len(text) in (15, 16) and _luhn_ok(text):
            return False
        return None

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):  # noqa: D102
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        for r in results:
            if r.score < 0.55 and _id_labelled(text[max(0, r.start - 30) : r.start]):
                r.score = 0.55  # round nine: "tax id 734725835", "id no. M13226306", "Tax ID:789712002" (see _ID_LABEL)
            # a table cell's context is its own column's header, not the header row's other words
            header = column_header(text, r.start)
            if header is not None:
                if _ID_HEADER.search(header) and not _BUSINESS_HEADER.search(header) and not (
                        _ROW_KEY.fullmatch(header) and text[r.start : r.end].isdigit() and r.end - r.start <= 8):
                    r.score = max(r.score, 0.55)  # "| national id |" two lines up: out of Presidio's context window
                r.recognition_metadata[RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY] = True
        return results


def _luhn_ok(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


#: round nine: "id" just before the value, as its label ("tax id 734725835", "ID no. M13226306", "Tax ID:789712002"):
#: spaCy's tokenizer reads "id" as "I'd" ("i", "d"), so Presidio's context word "id" never matched it, and a label
#: glued to its value ("ID:789712002") is one token; a business record's id ("order id", "Emp ID") is not one
_ID_LABEL = re.compile(r"(?i)(?<![a-z])id(?:[ \t]*(?:no|nr|number|num|#)\.?)?[ \t]*[.:#=\-]?[ \t]*$")
_BUSINESS_BEFORE = re.compile(rf"(?i)(?<![a-z]){BUSINESS_ID_WORDS}[\s_\-.]?$")


def _id_labelled(before: str) -> bool:
    m = _ID_LABEL.search(before)
    return bool(m) and not _BUSINESS_BEFORE.search(before[: m.start()])
#: "contact_id", "order id": a business record's key, not an identity document (round seven)
_BUSINESS_HEADER = re.compile(rf"(?i)(?:^|[^a-z]){BUSINESS_ID_WORDS}[\s_\-.]?id(?:[^a-z]|$)")
#: a column headed only "id" ("id,full_name,dob,iban") over plain numbers of eight digits or fewer: the table's
#: own row key, no identity document (round eight b; "national id", "id_no", "ID card" still name one, and a
#: national number's shape under "id" keeps its 0.55)
_ROW_KEY = re.compile(r"(?i)\s*[`'\"*]*(?:id|ids|row[ _]?id|#)[`'\"*]*\s*")
#: a column header that names an identity document ("passport_no", "DL #", "national id", "证件号")
_ID_HEADER = re.compile(r"(?i)(?:^|[^a-z])(?:id|licen[cs]e|passport|identity|national|dl|permit|dni|nie|bsn|nino|"
                        r"fiscale|personalausweis|document)(?:[^a-z]|$)|证件|护照|驾照|身份证")


ENGLISH_RECOGNIZERS = (
    IdNumberRecognizer,
    NationalIdRecognizer,
    SlotIdRecognizer,
    PersonCueRecognizer,
    WbEmailRecognizer,
    WbCreditCardRecognizer,
    OddGroupingCardRecognizer,
    WbUsSsnRecognizer,
    WbIbanRecognizer,
    WbIpRecognizer,
    StreetAddressRecognizer,
    WbPhoneRecognizer,
)
