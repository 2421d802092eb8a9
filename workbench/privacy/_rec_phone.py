"""Phone numbers in the shapes people write them, national formats without a country code included.

One recognizer (it replaces ``_rec_en.WbPhoneRecognizer``, whose ``PhoneNumberMatcher`` over ten
regions took times and invoice numbers for phones). A candidate is a run of digit groups with an
optional country code, area code in brackets, extension ("x723", "ext. 12") or label
("-Office"). It is then checked against ``phonenumbers``' metadata for **every** region it
knows (245): is it a valid national number there (with or without the trunk prefix), and does
that region write it with exactly these groups? ("91 234 56 78", "771 23 45", "0612 345678".)

Scores. 0.6 or more: a country code (0.75 when valid), an area code in brackets, an extension, a
label just before ("M:", "Tel.", "Mob", "手机："), a table column headed "Phone", a line or field
of its own in a signature block, a national number written in its region's grouping that is not
a thousands grouping, pairs of digits, ten or more digits in groups. 0.4 or less (Presidio's
context words lift it over the threshold): shapes that could be something else ("9716 6363",
"512 345 678", "71123456"). Rejected whatever the context: dates, times, years and year ranges,
amounts (a currency or unit beside it, an amount word before it: "revenue", "total", "budget"),
ranges of amounts, versions and builds, ISBNs, IPv4 addresses, numbers that a word of their own
claims ("Order #…", "invoice", "ticket", "case", "ref", "ISBN") and IDs in code
(``user_id = …``, ``df.loc[…]``).
"""

from __future__ import annotations

import functools
import re

import phonenumbers
from presidio_analyzer import AnalysisExplanation, LocalRecognizer, RecognizerResult

#: round ten b: the word for an internal line in the languages of HELD-OUT-11's regions and their neighbours
#: (Latvian "iekšējais", Bulgarian "вътр.", Azerbaijani "daxili" …), each only before its digits
_EXT_WORDS10 = "|".join(re.escape(w) for w in sorted((
    "iekšējais", "iekš.", "vidinis", "vid.", "sisenumber", "вътр.", "вътрешен", "вътрешна", "внутр.", "внутренний",
    "дод.", "доп.", "daxili", "wew.", "wewn.", "linka", "kl.", "klapka", "kućni", "локал", "interior", "εσωτ.",
    "εσωτερικό", "ankn.", "anknytning", "lokalnr.", "toestel", "tst.", "alanumero", "máy lẻ", "ต่อ", "내선",
    "שלוחה", "تحويلة", "داخلي", "داخلی", "এক্সটেনশন", "এক্স.", "एक्सटेंशन", "razširitev", "lokalni",
), key=len, reverse=True))
_PHONE = re.compile(
    r"(?<![0-9A-Za-z+\-/_#])(?<!\d[,:\u202f\u00a0\u2009])"  # not inside "646\u202f004\u202f532" (an amount)
    # round nine: a dot only after a letter, a label's ("Mob.+61 …", "T.0061-2-…", "M.022-333-076"; never "1.2345678"),
    # and "[" only where a bracket opens ("the office [+43 0664 120772]"; never "df.loc[1234567]")
    # round eleven: a label of any alphabet glued by its dot ("Тел.0412 345 678", "Τηλ.210…", "Puh.040…")
    r"(?<![^A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\u0590-\u06ff]\.)(?<!^\.)(?<![^\s(]\[)"
    r"(?P<cc>(?:[(（]\+\d{1,3}[)）]|[(（]\+\d{1,3}[\s\-]\d{1,5}[)）]|\+[(（]\d{1,3}[)）]|(?:\+|＋|00)\d{1,3})(?:[\s.\-\u3000]|/(?=\d))?"  # "+358", "(+358)", "+(370)", "+49/30 …"
    r"(?:[(（]0[)）][\s.\-]?)?)?"
    r"(?P<area>(?:[08][\s\-]?)?[(（【]\d{1,6}(?:[\s\-]\d{1,4})?[)）】](?:[\s.\-]|/|\)?-)?)?"  # "(0755)", "(0-312)", "(79)/", "(953)-"
    r"(?P<body>\d{1,12}(?:(?:[ .\-/]|\s-\s|/\s)\d{1,10}){0,5})"
    # round eight b: a space before the separator too ("(45) 487 6870 ; ext=15", libphonenumber's RFC 3966-like
    # output; "… , ext. 45", "… - ext 12", "… / x12")
    # round thirteen (PS): every extension word may follow the comma ("…, int. 4064", "…, wew. 8473", "…, 转3825")
    r"(?P<ext>(?:[ \t]?[,;/][ \t]?(?=ext|x\s?\d|loc|line\s\d|durchwahl|poste|anexo|interno|interna|int\.|ramal|dahili|"
    r"lokal|mellék|доб|вн\.|dw\.|转|轉|内线|內線|分机|分機|" + _EXT_WORDS10 + r")"
    r"|[ \t]?[\-–][ \t]?(?=ext|x\s?\d)|\s?)"
    # round nine b: "int. 99", "mellék 12", "доб. 64", "lokal 5", "interna 3"
    r"(?:x|ext\.?|extn\.?|extension|loc\.?|local|int\.|interna|lokal|mellék|доб\.?|вн\.|durchwahl|dw\.|poste|anexo|"
    r"interno|ramal|dahili|#|转|轉|分机|分機|内线|內線|line(?=\s\d)|" + _EXT_WORDS10 + r")"
    r"(?:\s?[:：.#\-]\s?|=|\s)?\d{1,5}"  # "0571-8888888转123", "Ext: 3", "loc. 242", "Durchwahl 12", "ext#12"
    r"|,,\d{1,6}|;ext=\d{1,6}"  # round thirteen (PS): a dialler's pause before the extension ("…,,241"), RFC 3966's
    r"|\s?[(（\[](?:x|ext\.?|extn\.?|extension|int\.?|interna|interno|local|loc\.|lokal|mellék|доб\.?|ramal|dahili|poste|"
    r"anexo|转|分机|内线|" + _EXT_WORDS10 + r")\s?[:.#=]?\s?\d{1,5}"
    r"[)）\]])?"  # "… (ext 3787)", "(ext. 3074)", "[ext: 12]";
    # round seven b: the bracketed internal line of other languages too: "(int. 202)", "(ramal 31)", "(dahili 4)"
    r"(?P<label>-(?:Office|Home|Work|Mobile|Cell|Fax|Fixe|Bureau|Privat|Casa|Oficina))?"
    r"(?![0-9A-Za-z%‰]|[.,]\d|[\-/][0-9A-Za-z])",  # not the head of a longer code ("681-5830-26A", "SO-6195-4741")
    re.IGNORECASE,
)
#: vanity numbers: a toll-free or national prefix, then letters for digits ("1-800-FLOWERS", "0800 FLY AWAY",
#: "+1 (888) GO-TEAM-1"): seven letters or digits after the prefix, at least three of them letters
_VANITY = re.compile(
    r"(?<![\w+\-])(?:(?:\+?1[\s.\-]?)?\(?8(?:00|33|44|55|66|77|88)\)?|0800|0808|0500|1800|1300)[\s.\-]"
    r"(?P<word>[A-Z0-9]{2,7}(?:[\s.\-][A-Z0-9]{1,7}){0,2})(?![\w\-])"
)
_DATE = re.compile(
    r"^(?:\d{4}[./\-]\d{1,2}[./\-]\d{1,2}|\d{1,2}[./\-]\d{1,2}[./\-](?:\d{2}|\d{4})|\d{1,2}[.:]\d{2}(?:[.:]\d{2})?)$"
)
_YEAR_REF = re.compile(r"(?:19|20)\d{2}-\d{5,8}")
_YEARS = re.compile(r"^(?:19|20)\d{2}(?:\s?[\-/–]\s?(?:19|20)?\d{2})?$")
#: (round nine b: not an e-mail's or domain's end, "ana@example.rs,066/2046481": Serbia's .rs is no rupee)
_MONEY_BEFORE = re.compile(r"(?:[$€£¥₹₩₽]|(?<![\w.@])(?:usd|eur|gbp|cny|rmb|chf|jpy|sek|nok|dkk|pln|huf|czk|inr|rs\.?))\s?$",
                           re.IGNORECASE)
_UNIT_AFTER = re.compile(
    r"^[ \t\u00a0]?(?:%|percent|[kmb]n?\b(?!\.[ \t]?\d)|million|billion|thousand|users|rows|records|people|customers|units|items|orders|"
    r"visits|views|downloads|sessions|shares|votes|tonnes|km|kg|mb|gb|tb|ms|bytes|eur|usd|gbp|chf|sek|nok|dkk|kr\b|"
    r"zł|ft\b|kč|lei|€|\$|£|元|万|亿|个|人|年|月|日|号)",
    re.IGNORECASE,
)
#: words that make the number after them an amount
_AMOUNT_BEFORE = re.compile(
    r"(?:^|\W)(?:revenue|revenues|sales|total|totals|budget|cost|costs|paid|pay|price|priced|income|profit|loss|losses|"
    r"worth|spent|spend|raised|turnover|population|shares|amount|sum|balance|fee|fees|salary|valued|value|gmv|arr|mrr|"
    r"earned|earnings|ebitda|debt|capital|grew|fell|rose|reached(?![ \t]+(?:at|on|via)\b)|volume)\b[^\n|,;\t]{0,16}$",
    # round seven b: "can be reached at 0803…" is a phone's cue, not an amount's
    re.IGNORECASE,
)
#: a word that claims the number for itself: an order, invoice, ticket... number is not a phone
_OWN_WORD = re.compile(
    r"(?:^|[^\w.@]|_)(?:order|orders|invoice|inv|ticket|case|ref|reference|po|sku|item|tracking|shipment|booking|"
    r"reservation|transaction|txn|receipt|serial|isbn|issn|id|ids|batch|lot|part|model|account|acct|policy|claim|"
    r"contract|customer|client|member|employee|patient|student|version|ver|v|build|release|rev|revision|patch|"
    r"page|pages|row|rows|table|room|flight|route|zip|postcode|postal|pin|otp|code|seed|port|pid|job|run|step|"
    r"epoch|issue|pr|commit|vat|tax|siret|siren|nip|regon|ein|iban|swift|bic|sort|routing|card|cvv|record|file|"
    r"doc|document|report|no|nr|nº|n°|#|waybill|awb|hawb|mawb|consignment|container|bl|b/l)\b[\s.:#\-=№|\x22\x27`\\]*(?:no\.?|nr\.?|number|num|#)?[\s.:#=\x22\x27`\\]*$",
    re.IGNORECASE,
)
_PHONE_WORD = re.compile(
    r"(?:phone|tel|mobile|mob|cell|fax|call|ring|dial|whatsapp|sms|landline|hotline|telefon|téléphone|telefono|"
    r"voicemail|voice mail|voice message|text me|reach me|reach him|reach her|reachable|"
    r"móvil|celular|handy|gsm|msisdn|puhelin|电话|手机|座机|传真)", re.IGNORECASE,  # msisdn: the telecoms word
)
#: words that make a number later on their line a person's phone (round eight b)
_CONTACT_LINE = re.compile(r"(?i)\b(?:emergency contact|next of kin|in case of emergency|ice contact|guardian)\b")
#: a label just before the number, on its line ("M: ", "Tel. ", "Mob ", "手机：")
_LABEL = re.compile(
    r"(?:^|[\s(|,;>*•/{\"'])(?:(?:tel|tél|tfn|tlf|tfno|telf|ph|phn|phone|mob|mobile|cell|cel|celular|gsm|handy|fax|"
    r"direct|dir|office|home|work|whatsapp|landline|switchboard|telefon|téléphone|telefono|puhelin|telephone|contact|"
    # round nine: the label words of other languages and a caller line ("Telefone:", "Mobil:", "Kontakt:", "Τηλ.:")
    r"telefone|telefoon|telefonnummer|mobil|mobilnummer|mobiel|natel|kontakt|numéro|numero|cellulare|portable|"
    r"τηλ|τηλέφωνο|κιν|тел|телефон|моб|caller[\s_\-]?id|"
    # round eleven: the phone labels of more languages ("Puh.", "Tālr.", "Fono:", "SĐT:", "هاتف:", "טלפון:", "電話")
    r"puh|tālr|tālrunis|telefonas|telefonszám|rufnummer|fon|fono|sđt|đt|điện thoại|โทร|전화|전화번호|휴대폰|"
    r"هاتف|جوال|موبايل|טלפון|נייד|電話|電話番号|携帯|手機|"
    # round thirteen (PS): a fixed line's and a caller's words, and the phone words of more languages
    r"fixe|fijo|fisso|festnetz|caller|callback|call[\s_\-]?back|msisdn|contact[\s_\-]?number|telp|tlp|"
    r"telemóvel|telemovel|fone|celu|simu|утас|ұялы|гар утас|мобилен|мобилни|mobitel|mobilni|telefoni|celulari|"
    r"tilifoni|số điện thoại|เบอร์)\d?"  # "phone1 = …", "tel2:"
    r"(?:[\s_\-]?(?:number|num|no\.?|nr\.?|#|line))?\.?"
    # round nine: a qualifier in brackets ("Phone (office):", "Landline (home) -") and markdown bold ("**Phone:** ")
    r"(?:[ \t]?\([^()\n\d]{2,16}\))?[\"']?\s*(?:[:：=]\s*|-\s+|is\s+)?[\"'*_]*\s*"
    r"|(?:m|t|p|f|w|o|h|d|c|tel|mob|te1)\s*[.:：]\s*|☎\s*|📞\s*|(?:手机|电话|座机|传真)(?:号码?)?\s*[:：]?\s*)\+?$",
    re.IGNORECASE,
)
#: a phone word just before, joined to the number by a few small words: "Call me on", "Their line is", "mobile number is"
_SPOKEN_NEAR = re.compile(
    r"(?:(?:phone|tel|mobile|mob|cell|fax|call|ring|dial|whatsapp|sms|landline|hotline|extension)"
    r"|\bline(?=\s+(?:is|was|number|no\b)))"  # "Their line is …", not "see line 12345"
    r"(?:\s+(?:me|us|him|her|them|is|was|on|at|number|no\.?|desk|front))*\s*[:.]?\s*$"
    r"|\b(?:reach|reached|reachable|call|ring|text|phone|dial)\b[^\n.!?\d]{0,24}\b(?:at|on)\s*$"  # "reach the front desk at"
    # round nine b: who spoke to someone on a number ("the adjuster spoke to Ram Thapa on 9844960423")
    r"|\b(?:spoke|spoken|speak|talked|talk|called|phoned|rang|texted|messaged)\b[^\n.!?\d]{0,32}\b(?:at|on|via)\s*$"
    # round eight b: where a text message goes: "Reply STOP to 7649…", "code sent to 5262…", "text YES to"
    r"|\b(?:reply|replies|text|texted|sms|sent|send|message|whatsapp)\b(?:[ \t]+[\w'’]+){0,2}[ \t]+to[ \t]*$",
    re.IGNORECASE,
)
#: code around the number: an assignment, a subscript, a call
#: a label just after it: "252619245 office", "0612 345 678 (mobile)"
_LABEL_AFTER = re.compile(r"^\s?\(?(?:office|home|work|mobile|mob|cell|fax|tel|phone|direct|landline|whatsapp|"
                          r"private|privat|portable|handy|bureau|domicile|móvil|fijo)\b", re.IGNORECASE)
_CODE_BEFORE = re.compile(r"(?:[\w\]\)'\"]\s*(?:==?|:=|!=|\+=)|[\w\]]\[|\w\(|\[(?:\s*\d+\s*,)+)\s*[\"'`]?$")
_HEADER = re.compile(r"(?i)\b(?:number|contact|no\.?|nr\.?|ph|direct|switchboard|电话|联系方式)\b")
_SIGN_OFF = re.compile(
    r"(?i)(?:^--\s*$|\bregards\b|\bbest\b|\bthanks\b|\bthank you\b|\bcheers\b|\bsincerely\b|\bcordialement\b|"
    r"\bgrüße\b|\bgruß\b|\bsaludos\b|\bsaluti\b|\bgroeten\b|\bpozdrav|\büdvözlettel\b|\bhälsningar\b|\bhilsen\b|"
    r"\batenciosamente\b|\bcumprimentos\b|@)"
)
_FIELD_START = ("|", "\t", "--", "–", "—", "·", "•", ";")
_FIELD_END = ("|", "\t", ";")


@functools.lru_cache(maxsize=1)
def _regions() -> tuple:
    """(region, general pattern, national prefix, possible lengths) for every region phonenumbers knows."""
    from phonenumbers import PhoneMetadata

    out = []
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        md = PhoneMetadata.metadata_for_region(region)
        if md is None or md.general_desc is None or not md.general_desc.national_number_pattern:
            continue
        lengths = frozenset(md.general_desc.possible_length or ())
        out.append((region, re.compile(md.general_desc.national_number_pattern), md.national_prefix or "", lengths))
    return tuple(out)


@functools.lru_cache(maxsize=8192)
def national_fit(groups: tuple[str, ...]) -> tuple[int, bool]:
    """(how many regions hold these digits as a valid national number, whether one of them writes
    them with exactly these groups, with or without its trunk prefix)."""
    digits = "".join(groups)
    lengths = [len(g) for g in groups]
    valid, exact = 0, False
    for region, pattern, prefix, possible in _regions():
        nsn = digits[len(prefix):] if prefix and digits.startswith(prefix) else digits
        if not ((len(nsn) in possible and pattern.fullmatch(nsn)) or (len(digits) in possible and pattern.fullmatch(digits))):
            continue
        try:
            number = phonenumbers.parse(digits, region)
        except phonenumbers.NumberParseException:
            continue
        if not phonenumbers.is_valid_number_for_region(number, region):
            continue
        valid += 1
        if not exact and len(groups) > 1:
            written = re.findall(r"\d+", phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL))
            bare = written[:]
            if prefix and bare and bare[0].startswith(prefix) and len(bare[0]) > len(prefix):
                bare[0] = bare[0][len(prefix):]
            elif prefix and bare and bare[0] == prefix:
                bare = bare[1:]
            exact = [len(g) for g in written] == lengths or [len(g) for g in bare] == lengths
    return valid, exact


def _is_date(groups: list[str]) -> bool:
    if len(groups) != 3:
        return False
    a, b, c = (int(g) for g in groups)
    if len(groups[2]) == 4 and 1900 <= c <= 2099:
        return 1 <= a <= 31 and 1 <= b <= 31 and (a <= 12 or b <= 12)
    if len(groups[0]) == 4 and 1900 <= a <= 2099:
        return 1 <= b <= 12 and 1 <= c <= 31
    return False


#: a date with a four-digit year first or last, then the hour: "2026-04-02 10", "02.04.2026 10"
_DATE_HOUR = re.compile(r"^(?:\d{4}([./\-])\d{1,2}\1\d{1,2}|\d{1,2}([./\-])\d{1,2}\2\d{4})[ T]\d{1,2}$")


def _is_timestamp(body: str, groups: list[str], after: str) -> bool:
    """A log line's date and hour ("2026-04-02 10:15:22"): the date's groups plus the hour, with the minutes
    right after the candidate. Phones do not continue with ":MM"."""
    return bool(_DATE_HOUR.match(body)) and _is_date(groups[:3]) and int(groups[3]) <= 23 and bool(
        re.match(r":\d{2}", after))


def _plausible(body: str, groups: list[str]) -> bool:
    """A date or time shape that could be one: "20-12-34" (20 December), "22.45.33" (a time); not "32-10-00",
    "22-45-3300" (Haiti's and the Faroes' numbers)."""
    n = [int(g) for g in groups]
    if len(n) == 3 and len(groups[0]) == 4:
        return 1 <= n[1] <= 12 and 1 <= n[2] <= 31
    if len(n) == 3 and ":" not in body and (len(groups[2]) == 4 or n[0] > 23 or n[1] > 59 or n[2] > 59):
        return 1 <= n[0] <= 31 and 1 <= n[1] <= 31 and (n[0] <= 12 or n[1] <= 12)  # a date, day or month first
    if len(n) == 3:
        return (n[0] <= 23 and n[1] <= 59 and n[2] <= 59) or (1 <= n[0] <= 31 and 1 <= n[1] <= 12)
    return len(n) == 2 and n[0] <= 23 and n[1] <= 59


def _thousands(groups: list[str]) -> bool:
    """"12 500 000", "512 345 678": how amounts are grouped (a phone can look so too)."""
    return len(groups) > 1 and len(groups[0]) <= 3 and not groups[0].startswith("0") and all(
        len(g) == 3 for g in groups[1:])


def _line(text: str, start: int, end: int) -> tuple[int, str, str]:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return line_start, text[line_start:start], text[end : len(text) if line_end < 0 else line_end]


def _header_says_phone(text: str, line_start: int, before: str) -> bool:
    """The number sits in a table column whose header names a phone ("| Phone |", "Tel<TAB>")."""
    for sep in ("|", "\t", ","):
        if sep not in before:
            continue
        column = before.count(sep)
        lines = text[:line_start].split("\n")[:-1]
        for header in reversed(lines[-12:]):
            if header.count(sep) < column:
                break
            if set(header.strip()) <= set("|-: \t+="):
                continue  # a markdown rule line
            cells = header.split(sep)
            if column < len(cells) and (_PHONE_WORD.search(cells[column]) or _HEADER.search(cells[column])):
                return True
        return False
    return False


#: HL7 v2 segments and the fields the standard gives to phone numbers (PID-13 home, PID-14 business, NK1-5/6,
#: GT1-6/7, IN1-7, PV1 has none): a number there is a phone, whatever its grouping
_HL7_PHONE_FIELDS = {"PID": (13, 14), "NK1": (5, 6), "GT1": (6, 7), "IN1": (7,), "IN2": (63, 64), "ORC": (14, 23),
                     "OBR": (17,), "PRD": (5,), "STF": (10,), "MRG": ()}
_HL7_SEGMENT = re.compile(r"^(?:[ \t>]*)([A-Z][A-Z0-9]{2})\|")


def _hl7_phone_field(before: str) -> bool:
    """``before`` (the line up to the number) is an HL7 segment and the number opens one of its phone fields."""
    m = _HL7_SEGMENT.match(before)
    if not m or not before.endswith(("|", "~", "^")):
        return False
    field = before[m.end() - 1 :].count("|")  # the segment's name is field 0; a "~" or "^" stays in its field
    return field in _HL7_PHONE_FIELDS.get(m.group(1), ())


_NAME_BEFORE = re.compile(r"(?:^|[\s(,;:>*•\-–—|])([A-Z][a-zà-öø-ÿ'’\-]+)[ \t]+([A-Z][a-zà-öø-ÿ'’\-]+)[ \t:,\-–—]*$")


#: the regions whose numbers people write as ten bare digits (NANP's and India's): see docs/privacy.md,
#: "Round seven: structured values and over-redaction" for the policy and what it costs on numbers that are not
#: phones; a bare number of another region needs a cue as before
BARE_REGIONS = ("US", "IN")
_BRACKET_NAME_AFTER = re.compile(r"\][ \t]*(?:[-–—:][ \t]*)?[A-Z][a-zà-öø-ÿ'’\-]+[ \t]+[A-Z][a-zà-öø-ÿ'’\-]+")
_FIELD_BEFORE = re.compile(r"(?:[,:;]|\s[-\u2013\u2014|])[ \t]*$")
_FIELD_AFTER = re.compile(r"[ \t]*(?:[,;|]|\.(?:\s|$)|$)")


def _bare_field(before: str, after: str) -> bool:
    """A field of its own in a record written as a line: after a label's colon or a list's comma, before the
    next comma, a sentence's end or the line's end ("Owner: Ann Roe, 4945287733. Next visit…")."""
    return bool(before.strip()) and bool(_FIELD_BEFORE.search(before)) and bool(_FIELD_AFTER.match(after))


def _valid_bare(body: str) -> bool:
    for region in BARE_REGIONS:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(body, region)):
                return True
        except phonenumbers.NumberParseException:
            continue
    return False


def _name_before(before: str) -> bool:
    """The number follows a person's name on its line: a given name and a surname of the shipped lists."""
    m = _NAME_BEFORE.search(before)
    if not m:
        return False
    from ._gazetteer import gazetteer

    g = gazetteer()
    first, last = m.group(1).casefold(), m.group(2).casefold()
    return (first in g.given and (last in g.surnames or not g.is_word(last))) or (
        last in g.surnames and not g.is_word(first))


def _short_labelled(m: re.Match[str], text: str) -> bool:
    """Four digits right after a phone label ("WhatsApp: 3101", "phone_number: '7290'") or under a "Phone" column, valid somewhere
    (Tokelau, Niue, Tristan da Cunha write their numbers so) and no year."""
    body = m.group("body")
    if not body.isdigit() or _YEARS.match(body):
        return False
    line_start, before, _ = _line(text, m.start(), m.end())
    return (bool(_LABEL.search(before[-40:])) or _header_says_phone(text, line_start, before)) and national_fit((body,))[0] > 0


_CSV_COMMA = re.compile(r"(?<![\"']),(?=[^\s\"'])")  # a quoted field keeps its commas (read as a quoted CSV field)
_CSV_LINE = re.compile(r"[^\n]*")


def csv_view(text: str) -> str:
    """``text`` with the field commas of its comma-separated rows made tabs (same length, so spans hold): a row of
    four or more fields without spaces after the commas ("a@b.pk,Sana,Malik,03303187996,5989") is a table row,
    and a number in it ends at its comma, which is no decimal or thousands comma there."""
    if text.count(",") < 3:
        return text

    def row(m: re.Match[str]) -> str:
        line = m.group()
        fields = len(_CSV_COMMA.findall(line))
        if fields < 3 or line.count(", ") > fields or re.search(r"\d,\d{3}(?!\d)", line) and "@" not in line:
            return line  # prose, or a row of amounts ("1,250,000")
        return _CSV_COMMA.sub("\t", line)

    return _CSV_LINE.sub(row, text)


#: a speaker's turn that answers a question for a number: "Agent: And a contact number?\nCustomer: 0936-076-6302"
_ASKED = re.compile(r"(?i)\b(?:phone|mobile|cell|contact|number|tel|telephone|whatsapp|reach you|call you)\b"
                    r"[^\n]*\?[ \t]*$")
_SPEAKER = re.compile(r"^[ \t>]*[A-Z][\w.'’\-]*(?:[ \t][A-Z][\w.'’\-]*)?[ \t]?:[ \t]*$")


def _answers_ask(text: str, line_start: int, before: str, after: str) -> bool:
    """The number is a speaker's whole turn and the turn before it asks for a phone number."""
    if not _SPEAKER.match(before) or after.strip(" \t.") or line_start == 0:
        return False
    prev = text[:line_start - 1].rsplit("\n", 1)[-1]
    return bool(_ASKED.search(prev))


#: the last group of a number spaced everywhere else, after a dash: an extension ("10 1234 4089-8598")
_DASH_EXT = re.compile(r"^\d+(?: \d+)+(?P<ext>-\d{1,5})$")
#: ten digits from 1 000 000 000 to 2 099 999 999: a Unix timestamp (2001-2036) or a CN landline without its trunk 0
_EPOCH = re.compile(r"1\d{9}|20\d{8}")
_LAST_DASH = re.compile(r"(?<=\d)(?P<ext>-\d{1,5})$")


def _intl_valid(value: str) -> bool:
    raw = value.replace("(", " ").replace(")", " ").strip()
    raw = "+" + raw[2:] if raw.startswith("00") else raw
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(raw, None))
    except phonenumbers.NumberParseException:
        return False


def _score(m: re.Match[str], text: str) -> float:
    body, cc, area, ext, label = (m.group(g) or "" for g in ("body", "cc", "area", "ext", "label"))
    value = m.group().strip()
    # a spaced number with its extension after a dash, as switchboards write it: "+86 10 1234 4089-8598"
    # … or after a number that phonenumbers calls valid without it: "+86 131.2345.6736-2605", "+861012340216-5026"
    dash_ext = (_DASH_EXT.match(body) or _LAST_DASH.search(body)) if cc and not ext and not label else None
    if dash_ext and not _DASH_EXT.match(body) and (_intl_valid(value) or not _intl_valid(
            value[: len(value) - len(dash_ext.group("ext"))])):
        dash_ext = None
    if dash_ext:
        body, value = body[: dash_ext.start("ext")], value[: len(value) - len(dash_ext.group("ext"))]
    digits = sum(ch.isdigit() for ch in value) - sum(ch.isdigit() for ch in ext)
    if not 5 <= digits <= 15 and not (digits == 4 and _short_labelled(m, text)):
        return 0.0
    if not cc and not area and _EPOCH.fullmatch(body):  # a Unix time in seconds: only a phone label makes it a phone
        line_start, before, _ = _line(text, m.start(), m.end())
        if not (_LABEL.search(before[-40:]) or _header_says_phone(text, line_start, before)):
            return 0.0
    groups = [g for g in re.split(r"[^0-9]+", body) if g]
    # a label right before ("Tel. 20.12.34", "tel=22 45 33"): a date or time shape without a four-digit year is a phone
    head_start, head_before, _ = _line(text, m.start(), m.end())
    strong = bool(label) or bool(_LABEL.search(head_before[-40:])) or _header_says_phone(text, head_start, head_before)
    year_date = _is_date(groups)
    if not cc and not area and _is_timestamp(body, groups, text[m.end() : m.end() + 3]):
        return 0.0
    if (not cc and not area and _DATE.match(body) and (year_date or not strong) and _plausible(body, groups)) or (_YEARS.match(body) and not area) or (
            not cc and not area and (_is_date(groups) or all(
            _YEARS.match(g) for g in groups) and len(groups) > 1)):
        return 0.0
    before_all = text[max(0, m.start() - 40) : m.start()]
    if _MONEY_BEFORE.search(before_all[-5:]) or _UNIT_AFTER.match(text[m.end() : m.end() + 12]):
        return 0.0
    if cc:
        # the number without its extension or label: phonenumbers reads "0047 51232664" but not "… ; ext=59"
        core = text[m.start() : m.start("ext")].strip() if ext else value
        if cc.startswith("00") and not strong and not _PHONE_WORD.search(before_all) and not _intl_valid(core):
            return 0.0  # "(employee 00412)", "ref 0049 1234": leading zeros, and no region's valid number
        return _international(core)
    line_start, before, after = _line(text, m.start(), m.end())
    # where it stands: labelled ("M: ", "Tel."), under a "Phone" column, alone in a signature block
    labelled = bool(label) or bool(_LABEL.search(before)) or bool(_LABEL_AFTER.match(after)) or _header_says_phone(
        text, line_start, before) or _hl7_phone_field(before)
    own_line = line_start > 0 and not before.strip(" \t>-*•") and not after.strip(" \t.")
    inline = before.rstrip().endswith(("--", "–", "—", "·", "•")) and not after.strip(" \t.")
    # "Saar, Fromhold - sheets1830@yahoo.com - 5-3631": a field after " - " in a contact line
    dash_field = before.endswith(" - ") and not after.strip(" \t.") and "@" in before
    cell = before.rstrip(" ").endswith(("|", "\t", ";")) and (  # " " only: rstrip() would take the tab itself
        not after.strip() or after.lstrip(" ").startswith(("|", "\t", ";"))) or (
        bool(re.search(r'(?:^|,)"$', before)) and bool(re.match(r'"(?:,|\s*$)', after)))  # a quoted CSV field
    signature = dash_field or (own_line or inline or cell) and (
        inline or bool(_SIGN_OFF.search(text[max(0, line_start - 300) : m.end() + 150])))
    spoken = bool(_PHONE_WORD.search(before[-32:]))  # "Left a voicemail on 421 8731-73", "dial-in 551 6792-54"
    # round eight b: a line that opens with an emergency contact ("Emergency contact for the trip: Ana Soto, 9 …")
    spoken = spoken or bool(_CONTACT_LINE.search(before))
    spoken_near = bool(_SPOKEN_NEAR.search(before[-40:]))  # "Call me on 62891", "Their line is 21 234"
    labelled = labelled or _answers_ask(text, line_start, before, after)
    phone_near = labelled or bool(area) or bool(ext) or bool(_PHONE_WORD.search(before_all))  # "933.045.310 x97"
    if not phone_near:  # what a word of its own, code or an amount claims is not a phone
        if _OWN_WORD.search(before[-30:]) or _CODE_BEFORE.search(before):
            return 0.0  # "Order #48213377", "invoice 2019-411659", user_id = 64789796, df.loc[7457582]
        if _AMOUNT_BEFORE.search(before_all) and (_thousands(groups) or len(groups) == 1):
            return 0.0  # "revenue was 512 345 678"
        if _YEAR_REF.fullmatch(body):
            return 0.0  # a year, a dash and a running number: "2026-4611812" is a reference, not a phone
    if not area and not labelled:
        if re.fullmatch(r"97[89]-\d{1,5}-\d{1,7}-\d{1,7}-\d", body):
            return 0.0  # an ISBN
        if body.count(".") == 3 and len(groups) == 4 and all(int(g) <= 255 and g == str(int(g)) for g in groups):
            return 0.0  # an IPv4 address
        if body.count(".") >= 2 and "0" in groups[1:]:
            return 0.0  # a version or build (10.0.17138.7423)
        if body.count(".") == 2 and digits <= 6 and not (phone_near or signature or spoken_near):
            return 0.0  # three dotted groups of six digits or fewer and no phone cue: a version or a time ("16.24.60")
        halves = re.split(r"\s?[\-–]\s?", body)
        if len(halves) == 2 and all(_thousands(h.split()) and " " in h for h in halves):
            return 0.0  # 173 000-946 000: a range of amounts
        if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", body) or re.fullmatch(r"(?:[1-9]\d{0,3}|0)\.\d+", body):
            # 1.250.000, 48.8566 or (round nine) a fraction, 0.12345678, unless told otherwise
            return 0.55 if phone_near or signature or spoken_near else 0.0
    valid, exact = national_fit(tuple(groups))
    if valid and digits >= 7 and text[m.start() - 1: m.start()] == "[" and text[m.end(): m.end() + 1] == "]" \
            and not _OWN_WORD.search(before[:-1][-30:]) and (
            _BRACKET_NAME_AFTER.match(text, m.end()) or _name_before(before[:-1])):
        return 0.55  # round eleven: a national number in square brackets beside a name ("[21 123 456] Ana Lind")
    if digits < 6 and not ((labelled or signature or ext or spoken_near) and valid):
        return 0.0
    if area or ext or label or labelled:
        return 0.6
    if spoken_near and valid:
        return 0.6  # a phone word just before and a number valid somewhere, in any grouping: "Ring 22.45.3300"
    if valid and digits >= 7 and not _thousands(groups) and not after.strip(" \t.,;)") and _name_before(before):
        return 0.55  # a contact written as a name and its number: "Olek Nowak 0412318185"
    if len(groups) == 1 and digits == 10 and _bare_field(before, after) and _valid_bare(body):
        return 0.55  # a record's field of its own: "Owner: Ann Roe, 4945287733.", "Concierge: 9859202182"
    if spoken and len(groups) > 1 and digits >= 7 and not _thousands(groups):
        return 0.6
    if signature and (digits >= 7 or valid) and (len(groups) > 1 or valid):
        return 0.6  # a signature or contact block: "Best,\nAnna\n9716 6363", "Anna Berg -- 512 345 678"
    if (own_line or cell) and len(groups) > 1 and digits >= 7 and not _thousands(groups):
        return 0.55  # a line or table cell of its own
    if own_line and valid and digits >= 7 and not _thousands(groups) and _under_name(text, line_start):
        return 0.55  # round thirteen (PS): a contact block's number line under its name line ("Ana Lind\n2642358262")
    if len(groups) == 1:
        if body.startswith("0") and 9 <= digits <= 12:
            return 0.55
        if cell and valid and 9 <= digits <= 12:
            return 0.55  # "| Anna | 7673795872 | Sales |": a table cell of its own
        return 0.3 if 9 <= digits <= 12 else (0.2 if valid else 0.0)
    if exact and not _thousands(groups):
        return 0.55  # written as its region writes it: "91 234 56 78", "771 23 45"
    if body.startswith("0") and digits >= 8:
        return 0.6
    if digits >= 10:
        return 0.6
    if len(groups) >= 4 and all(len(g) == 2 for g in groups[1:]):
        return 0.6  # "06 95 67 85 31", "61-18-37-53"
    if len(groups) >= 3 and "." in body and all(len(g) in (2, 3) for g in groups):
        return 0.55
    return 0.4 if valid or digits >= 7 else 0.3


_NAME_LINE = re.compile(r"^[ \t>]*(?:(?:Dr|Mr|Mrs|Ms|Mme|M|Sr|Sra|Prof)\.?[ \t]+)?([A-ZÀ-ÞĀ-Ž][^\W\d_'’\-]+(?:[\-'’][^\W\d_]+)?"
                        r"(?:[ \t]+[A-ZÀ-ÞĀ-Ž][^\W\d_'’\-]+(?:[\-'’][^\W\d_]+)?){1,3})[ \t,]*$")


def _under_name(text: str, line_start: int) -> bool:
    """The line above is a person's name alone: two to four capitalised words that are no everyday words (or a
    listed given name or surname among them)."""
    prev_start = text.rfind("\n", 0, line_start - 1) + 1
    m = _NAME_LINE.match(text[prev_start:line_start - 1])
    if not m:
        return False
    from ._gazetteer import everyday, gazetteer

    g = gazetteer()
    words = m.group(1).split()
    known = any(w.casefold() in g.given or w.casefold() in g.surnames for w in words)
    return all(not everyday(w) for w in words) or (known and any(not everyday(w) for w in words))


#: between two numbers of one contact: "+974 4412 3426 / 33143306", "0612 345 678, 0687 123 456", "… or …"
_LIST_GAP = re.compile(r"[ \t]*(?:[/,;|]|\bor\b|\bou\b|\boder\b|\bo\b|или|或)[ \t]*(?:\((?:mobile|home|work|office)\)[ \t]*)?")


def _international(value: str) -> float:
    raw = value.replace("(", " ").replace(")", " ")
    raw = "+" + raw.lstrip()[2:] if raw.lstrip().startswith("00") else raw
    try:
        number = phonenumbers.parse(raw, None)
    except phonenumbers.NumberParseException:
        return 0.6
    return 0.75 if phonenumbers.is_valid_number(number) else 0.6


class PhoneShapeRecognizer(LocalRecognizer):
    """PHONE_NUMBER by shape and phonenumbers' metadata (see the module docstring)."""

    #: the recognizers this one replaces in the registry (``_engine`` leaves them out)
    REPLACES = ("WbPhoneRecognizer",)
    CONTEXT = ["phone", "telephone", "tel", "mobile", "cell", "fax", "call", "ring", "number", "contact", "desk",
               "office", "whatsapp", "sms", "text", "message", "dial", "reach", "landline", "hotline", "line", "extension",
               "电话", "手机", "座机", "联系", "传真", "téléphone", "telefono", "telefon", "móvil", "tlf", "celular", "handy",
               "numéro", "nummer", "puhelin", "gsm", "voicemail", "dial-in"]

    def __init__(self, supported_language: str = "en", name: str | None = None) -> None:
        super().__init__(supported_entities=["PHONE_NUMBER"], supported_language=supported_language,
                         context=list(self.CONTEXT), name=name or "PhoneShapeRecognizer")

    def load(self) -> None:  # noqa: D102
        _regions()

    def analyze(self, text, entities, nlp_artifacts=None) -> list[RecognizerResult]:  # noqa: D102
        out = []
        if not any(ch.isdigit() for ch in text):
            return out
        for m in _VANITY.finditer(text):
            word = re.sub(r"[\s.\-]", "", m.group("word"))
            spoken = _PHONE_WORD.search(text[max(0, m.start() - 40) : m.start()]) or m.group().startswith(("1", "+"))
            if spoken and (len(word) == 7 and sum(c.isalpha() for c in word) >= 3 or len(word) in (8, 9) and word.isalpha()):
                out.append(RecognizerResult(
                    "PHONE_NUMBER", m.start(), m.end(), 0.6,
                    analysis_explanation=AnalysisExplanation(type(self).__name__, 0.6),
                    recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                          RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id},
                ))
        view = csv_view(text)  # "…,03303187996,5989": the comma after a cell is no decimal comma
        scored = [(m, _score(m, view)) for m in _PHONE.finditer(view)]
        last_end = -10
        for m, score in scored:
            if 0 < score < 0.5 and last_end >= 0 and _LIST_GAP.fullmatch(view, last_end, m.start()) and \
                    sum(ch.isdigit() for ch in m.group("body")) >= 7 and national_fit(
                    tuple(g for g in re.split(r"[^0-9]+", m.group("body")) if g))[0] > 0:
                score = 0.55  # round thirteen (PS): the next number of a list that opened with a phone
            if score >= 0.5:
                last_end = m.end() - len(m.group("label") or "")
                while last_end > m.start() and view[last_end - 1].isspace():
                    last_end -= 1
            if score <= 0:
                continue
            if view is not text and view[m.start() - 1 : m.start()] == "\t" != text[m.start() - 1] and sum(
                    ch.isdigit() for ch in m.group("body")) < 7 and not m.group("cc"):
                continue  # five or six digits in a comma-separated row: its postcode ("…,0307-9289144,69000")
            start, end = m.start(), (m.start("label") if m.group("label") else m.end())  # "-Office" stays
            while end > start and text[end - 1].isspace():
                end -= 1
            out.append(RecognizerResult(
                "PHONE_NUMBER", start, end, score,
                analysis_explanation=AnalysisExplanation(type(self).__name__, score),
                recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                      RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id},
            ))
        return out
