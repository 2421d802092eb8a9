"""Person names without cue words: gazetteers of given names and surnames, and the shape of text.

spaCy's NER misses names that stand alone ("Thanks, Edna McCoy", a signature line, "Gary:",
names from other locales). This recognizer reads runs of capitalised words and scores them:

* after a greeting or closing ("Hi", "Dear", "Thanks,", "Best regards,"), a title ("ms.",
  "Dr"), or before "wrote:" / "<email>": a name, whatever its words (0.85);
* a known given name followed by a surname or by a word that is not an everyday English word
  ("Edna McCoy", "Nayla Kruger"): 0.7; an unknown word followed by a known surname: 0.6;
* a given name alone that is not an everyday word or a place ("Shannon", "Carine"): 0.55;
* a line holding nothing but two or three such words (a signature, the first line of an
  address block): 0.6.

Everyday words ("Pearl Jam", "Grace Period", "Customer Name") need a cue to become a name.
"""

from __future__ import annotations

import functools
import re

from presidio_analyzer import AnalysisExplanation, LocalRecognizer, RecognizerResult

from ._checks import blank_cjk, has_cjk
from ._gazetteer import everyday, gazetteer, role_words
from ._rec_names11 import names as names11
from ._rec_names12 import names as names12
from ._rec_names13 import names as names13

_TOKEN = re.compile(r"[^\W\d_]+(?:(?:['’](?!s(?![^\W\d_]))|-)[^\W\d_]+)*")  # "Constantine's" -> "Constantine"
#: Round seven, second pass: a word keeps its combining marks ("Si̇bel": Turkish "İ" lower-cased is "i" + U+0307);
#: the word lists read it without them (``_rec_tagger.unmark``)
_TOKEN_MARKED = re.compile(r"(?:[^\W\d_][\u0300-\u036f]*)+(?:(?:['’](?!s(?![^\W\d_]))|-)(?:[^\W\d_][\u0300-\u036f]*)+)*")
_MARKS = re.compile(r"[\u0300-\u036f]")
_GAP = re.compile(r"^(?: |[ \t]?[A-Z]\.[ \t]?| (?:de|da|di|du|del|della|van|von|der|den|la|le|do|dos|das|bin|ibn|y"
                  r"|binti|bint|bte|ibnu|ben|bat|ould|abu|al|el|ap|nic|ní|ó|ua|ter|ten) )$")  # round eight: more particles
_CLOSING = re.compile(
    r"(?:^|[\s>])(?:thanks|thank you|many thanks|best|best regards|kind regards|warm regards|regards|cheers|"
    r"sincerely|yours|yours truly|respectfully|br|love|ciao|cordialement|saludos|grazie|danke|gruß|grüße|"
    r"hi|hello|hey|dear|good morning|good afternoon|greetings|attn|attention)[,.!:]?\s*(?:\n[\s>]*)?$",
    re.IGNORECASE,
)
_TITLE = re.compile(r"(?:^|[\s(\"'])(?:mr|mrs|ms|miss|mx|dr|prof|sir|madam|mme|mlle|herr|frau|sr|sra|srta|dott|"
                    r"pc|dc|sgt|insp|supt|cllr|cpl|lt|capt)\.?\s*$",
                    re.IGNORECASE)
_SIGNATURE = re.compile(r"(?:^|\n)[ \t>]*(?:--|—|__)[ \t]*\n[ \t>]*$")  # the line after "-- "
_AFTER = re.compile(r"^(?:[ \t]+\|[ \t]+\S|\s+wrote\b|\s*<[^>\s]+@|\s+\(\S+@|\s*:\s*[\"“]|\s+said\b|\s+says\b|\s+asked\b"
                    r"|[ \t]+here[.,!]"  # "Hi all, Alfa here."
                    r"|[ \t]+\((?:mobile|mob|cell|tel|phone|ph|direct|office|ext)\b)", re.IGNORECASE)  # "- Bibulat (mobile ...)"
#: A role label or a speech verb just before: "Owner: Aakre", "backup: X", "signed for by X", 'said X.'
_ROLE_BEFORE = re.compile(
    r"(?:^|[\s(\[])(?:owner|backup|contact|assignee|assigned to|reviewer|approver|reporter|author|requester|"
    r"sponsor|organi[sz]er|signed(?: for)? by|approved by|prepared by|reviewed by|requested by|submitted by|"
    r"raised by|said|says|asked|replied|wrote)\s*:?[ \t]*$", re.IGNORECASE)
#: A contact line: the name first (or "Surname, Given"), then an e-mail on the same line
_CONTACT_BEFORE = re.compile(r"[ \t>*•·-]*(?:[^\W\d_][\w'’-]*,[ \t]*)?")  # the line so far (fullmatch)
_CONTACT_AFTER = re.compile(r"^(?:,[ \t]*[^\W\d_][\w'’-]*(?:[ \t][^\W\d_][\w'’-]*)?)?[ \t]*[-–|·,;:<(][ \t]*<?[\w.+-]+@\w")
_ORG_AFTER = re.compile(r"^[ \t]*(?:&[ \t]*\w+[ \t]*)?,?[ \t]*(?:inc|ltd|llc|gmbh|corp|co|ag|sa|sas|plc|limited|corporation|"
                        r"company|group|holdings|partners|sdn|bhd|ltda|a\.ş|a\.s|&)(?![A-Za-z])\.?", re.IGNORECASE)  # "… SAS的合同" too
_NOT_NAMES = frozenset(
    "the this that these those our your my their his her its a an and or but if in on at to for from with by of "
    "january february march april may june july august september october november december monday tuesday "
    "wednesday thursday friday saturday sunday inc ltd llc gmbh corp co ag sa plc group holdings bank university "
    "street avenue road team department please thanks regards best hi hello dear mr mrs ms dr miss sir madam "
    "i i'm i'll i'd we you he she they it bot user customer client admin manager q1 q2 q3 q4 ok".split()
)
#: languages and nationalities ("studying English", "a Polish supplier"): names only after a title
_LANGUAGES = frozenset(
    "english french german spanish italian portuguese dutch flemish polish czech slovak danish finnish swedish "
    "norwegian icelandic estonian latvian lithuanian russian ukrainian belarusian romanian bulgarian serbian croatian "
    "bosnian slovenian hungarian greek turkish albanian maltese irish welsh scottish scots gaelic british american "
    "canadian mexican brazilian argentine argentinian chilean peruvian colombian cuban chinese mandarin cantonese "
    "japanese korean vietnamese thai malay indonesian filipino tagalog hindi urdu bengali punjabi tamil telugu "
    "persian farsi arabic hebrew yiddish swahili amharic zulu afrikaans latin sanskrit esperanto european asian "
    "african australian german-speaking".split()
)
_PLACE_FIRST = frozenset("north south east west new port lake mount fort saint sainte st san santa bad little".split())
_ORG_WORDS = frozenset(
    "inc ltd llc gmbh corp co ag sa spa srl bv nv plc pty pte bhd kg oy ab as group groupe holdings holding bank "
    "services solutions systems limited corporation company compagnie trading partners industries international "
    "technologies technology capital enterprises associates ventures foods motors pharma energy electronics "
    "university college school hospital club foundation institute agency studio studios labs "
    # legal forms and business words of many languages and of fund and company names (round four)
    "fund funds trust etf etfs reit bancorp bancshares intl mfg société societe sociedad anonyme anónima anonima "
    "sarl sas spółka spolka gesellschaft aktiengesellschaft kk tbk cooperative partnership acquisition "
    "therapeutics biosciences pharmaceuticals networks logistics consulting securities realty insurance "
    # round seven, second pass: legal forms and company head words of Turkish, Portuguese, Malay, Indonesian names
    "sdn bhd ltda eireli tekstil sanayi ticaret construtora companhia comercial indústria industria comércio "
    "comercio transportes logística logistica".split()
)


_GLUED_ORG = re.compile(r"[a-z](?:Inc|Ltd|LLC|Llc|Corp|GmbH|PLC|Plc|AG|SpA|Srl)$")


_MONTHS = frozenset("jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july "
                    "august september october november december".split())
_NUM_BEFORE = re.compile(r"\d(?:st|nd|rd|th)?[ \t.,-]{0,2}$")
_NUM_AFTER = re.compile(r"^\.?[ \t,-]{0,2}\d")


def in_date(text: str, start: int, end: int) -> bool:
    """A month's name or abbreviation with a number beside it ("20 Jan 2026", "Sep 8", "1-Dec-2024"): a date."""
    return text[start:end].casefold() in _MONTHS and bool(
        _NUM_BEFORE.search(text[max(0, start - 6) : start]) or _NUM_AFTER.match(text[end : end + 4]))


#: Names in a record's own syntax (round six, HELD-OUT-7 seen): an iCalendar party's CN= ("ATTENDEE;CN=Ana Ruiz:mailto:"),
#: a vCard's N:/FN: ("N:Tau;Aba;;;"), a fare record's SURNAME/GIVEN before a title ("Tau/Prince MR"), a chat export's
#: author line ("Mega  9:02 AM"), a transcript's speaker ("[00:12:40] Ramman:") and an @-mention ("@Salina I think")
_W = r"[^\W\d_][\w'’.-]*"
_NAME_RUN = rf"{_W}(?:[ \t]+{_W}){{0,3}}"
_RECORD_NAMES = (
    re.compile(rf"^(?:ORGANIZER|ATTENDEE)[^\n]*?;CN=\"?({_NAME_RUN})\"?[;:]", re.MULTILINE | re.IGNORECASE),
    re.compile(rf"^N:({_NAME_RUN})?;({_NAME_RUN})?;(?:({_NAME_RUN})?;)?", re.MULTILINE),
    re.compile(rf"^FN:({_NAME_RUN})[ \t]*$", re.MULTILINE),
    re.compile(r"(?<![\w/])([A-Z][A-Za-z'’-]+)/([A-Z][A-Za-z'’-]+(?:[ \t][A-Z][A-Za-z'’-]+)?)[ \t]+"
               r"(?:MR|MRS|MS|MISS|MSTR|DR)\b"),
    re.compile(r"^[ \t]*([A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+){0,2})[ \t]{2,}\d{1,2}:\d{2}(?:[ \t]?[AaPp][Mm])?[ \t]*$",
               re.MULTILINE),
    re.compile(r"^\[\d{1,2}:\d{2}(?::\d{2})?\][ \t]+([A-Z][a-z][\w'’-]*(?:[ \t][A-Z][a-z][\w'’-]*){0,2}):", re.MULTILINE),
    re.compile(r"(?<![\w.@])@([A-Z][a-z][\w'’-]*(?:[ \t](?!I\b)[A-Z][a-z][\w'’-]*)?)"),
)


#: Round seven, second pass (HELD-OUT-8 seen). A form's name field: "Legal surname: KANG", "Family name: DO SANTOS",
#: "Policyholder: Lee Hoon Won", "Guarantor: CHOI, Seo-yeon" -- the label says what the value is, so its case and its
#: words (everyday ones, ALL CAPS) do not matter; the value runs to the field's end (a bar, tab, semicolon, line end).
_NAME_LABELS = (r"(?:legal |preferred |maiden |middle |full |first |last |family |given |birth |display |account |"
                r"contact |customer |patient |employee |member |guest |passenger |cardholder |card holder |sur)?"
                r"(?:name|surname|forename)s?|policy ?holder|guarantor|tenant|landlord|applicant|claimant|insured|"
                r"beneficiary|next of kin|cardholder|account holder|passenger|lodger|occupant|co-signer|cosigner")
_LABELLED_NAME = re.compile(
    rf"(?<![\w-])(?:{_NAME_LABELS})[ \t]*(?:\([^)\n]{{0,20}}\))?[ \t]*[:=][ \t]*"
    r"([A-ZÀ-ÖØ-ÞĀ-ſ][^\W\d_]*(?:[\u0300-\u036f][^\W\d_]*)*(?:['’.-][^\W\d_]+)*"
    r"(?:,?[ \t]+(?:(?:de|da|do|dos|das|del|di|van|von|der|den|bin|al)[ \t]+)?[A-ZÀ-ÖØ-ÞĀ-ſ][^\W\d_]*"
    r"(?:[\u0300-\u036f][^\W\d_]*)*(?:['’.-][^\W\d_]+)*){0,3})[ \t]*(?=$|[|\t;]|\s[-–—]\s|\s{2})",
    re.IGNORECASE | re.MULTILINE)
#: An airline or payment record's SURNAME/GIVEN without a title ("declined for PARK/Kyung-yeon card=...",
#: "ONAKOYA/Tolani"): the surname in capitals, the given name capitalised, neither an everyday word nor a place
_SLASH_NAME = re.compile(r"(?<![\w/])([A-Z][A-Z'’-]+)/([A-Z][a-z][\w'’-]*(?:[ \t][A-Z][a-z][\w'’-]*)?)(?![\w/])")
#: A surname opened by its particle and nothing before it ("da Serra", "dos Santos's team", "do Espírito Santo")
_PARTICLE_NAME = re.compile(r"(?<![\w'’])(?:da|das|do|dos|de|di|du|van|von|del|della|ter|ten)[ \t]+"
                            r"([A-ZÀ-ÖØ-Þ][^\W\d_]+(?:[ \t][A-ZÀ-ÖØ-Þ][^\W\d_]+)?)(?![^\W\d_])")
_VALUE_STOP = frozenset("n/a na none unknown tbd tbc same nil null pending".split())


def form_names(text: str) -> list[tuple[int, int]]:
    """(start, end) of a name a form's label (``_NAME_LABELS``), a SURNAME/Given record or a particle marks
    (round seven, second pass). Cheap: each pattern is gated by its literal (":"/"=", "/", a particle)."""
    g = None
    out: list[tuple[int, int]] = []
    if ":" in text or "=" in text:
        for m in _LABELLED_NAME.finditer(text):
            s, e = m.span(1)
            val = m.group(1)
            words = [w.strip(",.") for w in val.split()]
            low = [w.casefold() for w in words]
            if not words or val.casefold() in _VALUE_STOP or any(w in _ORG_WORDS for w in low):
                continue
            g = g or gazetteer()
            if len(words) == 1 and not val.isupper() and everyday(val) and low[0] not in g.given \
                    and low[0] not in g.surnames:
                continue  # "Name: Support"
            out.append((s, e))
    if "/" in text:
        for m in _SLASH_NAME.finditer(text):
            g = g or gazetteer()
            sur, given = m.group(1), m.group(2)
            low = sur.casefold()
            if len(sur) < 2 or low in _ORG_WORDS or low in g.countries or low in g.cities:
                continue
            words = [w.casefold() for w in given.split()]
            if any(w in g.cities or w in g.countries for w in words):
                continue
            if not any(w in g.given or not everyday(w) for w in words):
                continue  # "HR/Payroll", "CEO/Founder", "PDF/Word"
            out += [m.span(1), m.span(2)]
    if " d" in text or " v" in text or " t" in text or text[:1] in "dvt":
        for m in _PARTICLE_NAME.finditer(text):
            g = g or gazetteer()
            words = [w.casefold() for w in m.group(1).split()]
            last = words[-1]
            if last not in g.surnames or any(w in g.countries or w in _ORG_WORDS for w in words):
                continue
            before = text[max(0, m.start() - 30) : m.start()].rstrip()
            prev = re.search(r"([^\W\d_]+)[ \t]*$", before)
            if prev and prev.group(1)[0].isupper() and prev.group(1).casefold() in g.words \
                    and prev.group(1).casefold() not in g.given:
                continue  # "Moinhos de Vento", "Rua Sete de Setembro": a place's or street's name
            out.append((m.start(), m.end()))
    return out


#: Round eight: a table's header that names a person column ("first_name,last_name,dept", "Employee\tStatus")
_PERSON_COLUMN = re.compile(r"(?:first|last|given|family|middle|sur|fore|full|display|legal|preferred|contact|employee|"
                            r"customer|patient|member|student|guest|passenger|applicant|tenant|driver|owner|assignee|"
                            r"author|requester|manager|supervisor)?[ _-]?(?:name|names|surname|forename)|surname|"
                            r"employee|assignee|requester|owner|contact person|full ?name|person|"
                            # round eleven (P3): a party's column says its cells are people, in several languages
                            r"customer|client|beneficiary|payee|payer|recipient|consignee|account ?holder|cardholder|"
                            r"policy ?holder|insured|guarantor|borrower|debtor|attendee|participant|patient|"
                            r"nombre|apellidos?|cliente|nom|pr[ée]nom|kunde|vorname|nachname|nome|cognome|naam|"
                            r"voornaam|achternaam|imi[eę]|nazwisko|jm[ée]no|p[řr][ií]jmen[ií]|soyad[ıi]?|ad[ıi]? ?soyad[ıi]?|"
                            r"имя|фамилия|фио|отчество|клиент|ім'я|прізвище", re.IGNORECASE)
_SEPS = (",", ";", "\t", "|")


def column_names(text: str) -> list[tuple[int, int]]:
    """(start, end) of the cells under a header cell that names a person ("first_name", "Last Name", "Employee"),
    in the rows below it that have as many fields. A bare "name" column counts only beside another person's column
    (e-mail, phone, title, role, department...): "name,price" lists products."""
    if "\n" not in text:
        return []
    out: list[tuple[int, int]] = []
    lines = text.split("\n")
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    i = 0
    while i < len(lines) - 1:
        header = lines[i]
        sep = next((c for c in _SEPS if header.count(c) >= 1), None)
        if sep is None or len(header) > 300:
            i += 1
            continue
        cells = [c.strip().strip('"') for c in header.split(sep)]
        if len(cells) < 2 or any(len(c) > 30 or len(c.split()) > 4 or c[-1:] in ".!?" for c in cells):
            i += 1
            continue  # a sentence with a comma is no header
        cols = [k for k, c in enumerate(cells) if c and _PERSON_COLUMN.fullmatch(c)]
        bare = [k for k in cols if cells[k].casefold() in ("name", "names")]
        if bare and not any(re.search(r"mail|phone|mobile|title|role|dept|department|team|dob|birth|hired|salary|"
                                      r"position|gender|age", c, re.IGNORECASE) for c in cells):
            cols = [k for k in cols if k not in bare]
        if not cols:
            i += 1
            continue
        j = i + 1
        while j < len(lines) and lines[j].count(sep) == header.count(sep) and lines[j].strip():
            pos = offsets[j]
            for k, cell in enumerate(lines[j].split(sep)):
                if k in cols:
                    val = cell.strip().strip('"').strip()
                    if val and any(ch.isalpha() for ch in val) and val.casefold() not in _VALUE_STOP \
                            and len(val.split()) <= 5 and len(val) <= 60 \
                            and not any(ch.isdigit() for ch in val) and "@" not in val \
                            and not any(w.casefold().strip(".,") in _ORG_WORDS for w in val.split()):
                        s = pos + cell.index(val)
                        out.append((s, s + len(val)))
                pos += len(cell) + len(sep)
            j += 1
        i = j
    return out


def record_names(text: str) -> list[tuple[int, int]]:
    """(start, end) of the names that a record's syntax marks (see _RECORD_NAMES); cheap: each pattern's literal
    ("CN=", "N:", "/", ":", "@") gates it. An everyday word alone that no name list holds ("@Support") is left out."""
    out: list[tuple[int, int]] = []
    g = None
    for i, rx in enumerate(_RECORD_NAMES):
        if i == 0 and "CN=" not in text.upper() or i in (1, 2) and "VCARD" not in text.upper() \
                or i == 3 and "/" not in text or i == 4 and ":" not in text or i == 5 and "[" not in text \
                or i == 6 and "@" not in text:
            continue
        for m in rx.finditer(text):
            for k in range(1, (m.lastindex or 0) + 1):
                s, e = m.span(k)
                if s < 0 or e <= s:
                    continue
                val = text[s:e].rstrip(" .")
                e = s + len(val)
                words = val.split()
                if not words or len(words) == 1 and i >= 4:
                    g = g or gazetteer()
                    low = val.casefold()
                    if not words or low in role_words() or everyday(val) and low not in g.given:
                        continue
                if val.isupper() and len(words) == 1 and i >= 4:
                    continue
                out.append((s, e))
    return out


#: Round eight: names typed in lower case in chat ("ask maria lopez", "ping kemal", "thx ayşe"). A word after one of
#: these, or a given name + surname pair anywhere, when the lists hold them and no word is an everyday one
_CHAT_CUE = frozenset("ask asked ping pinged tell told cc thanks thank thx ty hi hey hello dm message msg email "
                      "call called with from cc'd loop remind".split())
_CHAT_WORDS = frozenset("lol lmao rofl omg btw fyi imo imho asap pls plz thx tbh idk afaik brb ttyl gg np yep yup nope "
                        "yeah ok okay hmm haha hehe wow yay ugh meh".split())
_LOWER_WORD = re.compile(r"(?<![\w@#./\\-])[^\W\d_A-Z]{3,}(?:[\u0300-\u036f][^\W\d_]*)*(?![\w@/\\-])")


@functools.lru_cache(maxsize=1)
def folded_names() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The given-name and surname lists, each name also without its diacritics and strokes ("yıldız" -> "yildiz",
    "ayşe" -> "ayse"), so a name typed either way is found (round eight)."""
    from ._known import fold

    g = gazetteer()
    given = frozenset(g.given) | {fold(w) for w in g.given}
    surnames = frozenset(g.surnames) | {fold(w) for w in g.surnames}
    return given, surnames, given | surnames


def lowercase_names(text: str) -> list[tuple[int, int, float]]:
    """(start, end, score) of names written in lower case: two or three listed names side by side, one of the first
    two a given name ("kemal yildiz", "phan thanh mai"; 0.6), or a listed given name alone after a chat cue word
    (``_CHAT_CUE``: 0.55); never a word Webster's or the everyday lists hold, a place, a role or a language."""
    out: list[tuple[int, int, float]] = []
    words = [m for m in _LOWER_WORD.finditer(text) if m.group().islower()]
    if not words:
        return out
    from ._known import fold

    given, _surnames, names = folded_names()
    g = gazetteer()

    def ok(w: str) -> bool:
        return (w not in g.words and not everyday(w) and w not in g.cities and w not in g.countries
                and w not in g.regions and w not in _LANGUAGES and w not in _NOT_NAMES and w not in role_words()
                and w not in _CHAT_CUE and w not in _CHAT_WORDS)

    i = 0
    while i < len(words):
        m = words[i]
        w = m.group().casefold()
        run = [m]
        while len(run) < 3 and i + len(run) < len(words):  # "kemal yildiz", "phan thanh mai"
            nxt = words[i + len(run)]
            low = nxt.group().casefold()
            if text[run[-1].end() : nxt.start()] != " " or fold(low) not in names or not ok(low):
                break
            run.append(nxt)
        if len(run) >= 2 and fold(w) in names and ok(w) and any(fold(r.group().casefold()) in given for r in run[:2]):
            out.append((m.start(), run[-1].end(), 0.6))
            i += len(run)
            continue
        if fold(w) in given and ok(w):
            before = re.search(r"([\w']+)[ \t,:]*$", text[max(0, m.start() - 20) : m.start()])
            if before and before.group(1).casefold() in _CHAT_CUE:
                out.append((m.start(), m.end(), 0.55))
        i += 1
    return out


#: Round eight, second pass (HELD-OUT-9, seen). A surname in capitals as forms, labels and dockets write it: first in
#: a field before the given name ("SHIP TO: OKONJO Adaeze /", "ALERT - AL MANSOURI, Noura"), alone after a cue word
#: ("addressee NAKASHIMA unknown", "signed by OKAFOR") or as a case caption's party ("BRANDT v. Acme Ltd").
_TWO_CAPS = re.compile(r"[A-Z][A-Z]")
_CAPS_WORD = re.compile(r"(?<![\w'’.@/-])[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]*[A-ZÀ-ÖØ-Þ](?![\w'’@-])")
_CAPS_PARTICLES = frozenset("al el bin bint abu ibn de da dos del di van von le la".split())
_CAPS_CUES = frozenset("addressee recipient attn attention c/o consignee deceased defendant plaintiff claimant "
                       "respondent tenant".split())
_CAPTION = re.compile(r"^[ \t]+v(?:s)?\.?[ \t]+[^\W\d_]")
_CAPS_GIVEN = re.compile(r"^(,?[ \t]+)([^\W\d_a-z][^\W\d_A-Z][^\W\d_]*(?:-[^\W\d_][^\W\d_]*)?)(?![\w'’@-])")
_FIELD_END = re.compile(r"^[ \t]*(?:$|[/|;,)\n<(]|[-–—][ \t]|\d)")
#: capitals that are labels, units and shouting, not surnames (beside Webster's, the places and the legal forms)
_CAPS_STOP = frozenset("re fw fwd fyi asap todo tbd tba cc bcc attn ps nb id no ok urgent note alert allergy ship to "
                       "from subject dear sir madam ref ok vip pdf csv xml api url usa uk eu uae faq hr it pr qa ceo cfo "
                       "cto coo rsvp dob dod eta etd awb po box tel fax mob email sms otp pin sku vat gst iban swift "
                       "bic atm gp er icu opd mr mrs ms dr prof jr sr ii iii iv".split())


def caps_names(text: str) -> list[tuple[int, int]]:
    """(start, end) of a surname written in capitals, and of the given name after it, where the shape of a form, a
    label or a docket says it is one (``_CAPS_WORD``): SURNAME Given in a field of its own, or SURNAME after a cue
    word (``_CAPS_CUES``) or before " v. " (round eight, second pass). Never a place, a legal form, a label word."""
    out: list[tuple[int, int]] = []
    g = None
    for m in _CAPS_WORD.finditer(text):
        val = core = m.group()
        low = core.casefold().replace("’", "'")
        if low in _CAPS_PARTICLES or low in _CAPS_STOP or low in _ORG_WORDS \
                or not any(c in "AEIOUYÀÁÂÃÄÅÆÈÉÊËÌÍÎÏÒÓÔÕÖØÙÚÛÜÝ" for c in core):
            continue
        s, e = m.span()
        before = text[max(0, s - 30) : s]
        b = before.rstrip(" \t")
        words = b.rsplit(None, 2)[-2:] if b else []
        last = words[-1] if words else ""
        if last.casefold() in _CAPS_PARTICLES and last.isupper() and len(b) < len(before):
            s -= len(before) - len(b) + len(last)  # "AL MANSOURI": the particle is the name's
            before = text[max(0, s - 30) : s]
            b = before.rstrip(" \t")
            words = b.rsplit(None, 2)[-2:] if b else []
            last = words[-1] if words else ""
            val = text[s:e]
        elif last.isalpha() and last.isupper() and len(last) > 1 and len(b) < len(before):
            continue  # "ALLERGY ALERT", "HOLD FOR PICKUP": a heading in capitals, not a name
        after = text[e : e + 60]
        field = not b or b[-1] in ":|/(-–—>\t\n"
        giv = _CAPS_GIVEN.match(after) if field else None
        caption = _CAPTION.match(after) and (field or b[-1:].isdigit())
        lw = last.casefold().rstrip(":.")
        cue = not giv and not caption and len(b) < len(before) and (lw in _CAPS_CUES or lw == "by" and len(words) == 2
                                                                    and words[0].casefold() in ("signed", "received", "for"))
        if not (giv or caption or cue):
            continue  # cheap tests first: most words in capitals stand in no such place
        g = g or gazetteer()
        if low in g.countries or low in g.cities or low in g.regions or low in _LANGUAGES or low in _MONTHS:
            continue
        if len(core) <= 4 and val == core and low not in g.surnames and low not in ROMAN_SURNAMES:
            continue  # round nine: "Re: KYC Tier 2", "GDPR Scope:" -- a short word in capitals no list holds is an acronym
        strong = low in g.surnames or not everyday(low) or val != core  # "AL HARBI": a particle says it is a name
        if giv and strong:
            gw = giv.group(2).casefold()
            rest = after[giv.end() :]
            if gw not in g.cities and gw not in g.countries and gw not in _ORG_WORDS and gw not in _NOT_NAMES \
                    and gw not in role_words() and (gw in g.given or _FIELD_END.match(rest)):
                out.append((s, e + giv.end()))
                continue
        if caption and strong:
            out.append((s, e))  # "ACEVEDO v. Viña Los Andes SpA": the plaintiff
            continue
        if cue and (strong or len(val.split()) > 1):
            out.append((s, e))  # "addressee THONGDEE unknown", "signed by SHUME"
    return out


#: Round eight, second pass (HELD-OUT-9, seen): Chinese surnames as Hong Kong, Macau, Singapore, Malaysia and Taiwan
#: romanise them -- Cantonese (HK government style), Hokkien, Teochew, Hakka, Hainanese, Wade-Giles -- and pinyin's
#: commonest, written from the surname tables of those systems (陈 Chan/Tan/Chen/Chin, 郑 Cheng/Teh/Tay/Chang, ...)
ROMAN_SURNAMES = frozenset(
    # Cantonese
    "chan wong cheung lau lee li ho ng leung lam tsang chow chau yip kwok kwan fung tang tse ngai woo wu law lo "
    "mak mok yeung yuen tam tsui tsoi choi chui fong kong kwong lai lui luk ma man mui ngan pang poon sin siu so "
    "sze szeto tong tsai tsoi wai wan wing yau yim yiu yu yue chu chung cheng chiu chik hui hon hung ip kam kan ko "
    "kung kwai lok lun ngo pun shek shum suen sung tin to tsang tso tsz wat yan yee yeo yuen au auyeung fok hau "
    # Hokkien, Teochew, Hakka, Hainanese (Singapore, Malaysia)
    "tan lim teo teh tay goh ong koh khoo kho wee chua seah low neo poh sim toh gan heng ang quek ooi ng yap "
    "chong foo liew thong phang chin loh sew soh tio toh tey yong lew kee quah sia sng lau lum loke "
    "boey chee chew chia chiam chiang chong chye hee hew hoo kok kuah kwek lek leow lian liang lioe lye "
    "ngiam ngoh oei ow pek phua png sai seet seow seng siah siew soon tee thio tjoa tjia wang yeap yow "
    # pinyin and Wade-Giles (mainland, Taiwan)
    "zhang wang liu chen yang zhao huang zhou xu sun zhu gao lin he guo luo liang song xie han feng deng cao peng "
    "zeng xiao tian dong yuan pan jiang cai yu du ye cheng wei su lu ding ren shen yao zhong cui tan jin qian bo "
    "hong gang ming juan meng qiu xiong hsu hsieh chou tsao chiang kuo hsiao tsai teng hao kao chien".split())
#: a syllable's shape in those systems: an initial (or none) and a final; a filter for the given names after a surname
_SYLLABLE = re.compile(
    r"(?:b|p|m|f|d|t|n|l|g|k|h|j|q|x|zh|ch|sh|r|z|c|s|y|w|ng|ts|tsz|kw|gw|kh|th|ph|sz|hs|ts'|ch')?"
    r"(?:a|ai|au|ao|an|ang|ah|ak|ap|at|ee|e|ei|en|eng|ek|eung|eong|ew|i|ia|iao|iau|ian|iang|iam|ie|iu|in|ing|ik|ip|it|io|"
    r"iong|ioh|o|oi|oh|ok|on|ong|oo|ooi|oon|ou|ow|oy|u|ua|uai|uan|uang|uat|ue|ui|un|ung|uo|uk|ut|ay|ye|yee|yu|m)")
_ROMAN_AFTER = re.compile(r"^[ \t]+(?:road|rd|street|st|estate|building|bldg|centre|center|house|tower|garden|gardens|"
                          r"court|plaza|mansion|village|station|temple|market|hospital|school|college|park|bay|"
                          r"district|island|town|city|terrace|avenue|lane|path|square)\b", re.IGNORECASE)


def _syllables(tok: str) -> bool:
    return all(_SYLLABLE.fullmatch(p) for p in tok.casefold().split("-"))


def roman_name(text: str, run: list[tuple[int, int, str]], g) -> float:
    """0.86 for a Chinese name romanised (``ROMAN_SURNAMES``, ``_SYLLABLE``): a surname first and one or two syllables
    ("Kho Ming Juan", "Wee Tong Ning", "Woo Hoi-yan"), or given syllables with a hyphen and the surname last
    ("Ngai-lai Wong"); two words need one that is no everyday English word. Not a place, nor a place's head word."""
    if not 2 <= len(run) <= 3:
        return 0.0
    toks = [t.casefold() for _, _, t in run]
    if toks[0] not in ROMAN_SURNAMES and toks[-1] not in ROMAN_SURNAMES or not all(_syllables(t) for t in toks):
        return 0.0
    joined = " ".join(toks)
    if any(t in _ORG_WORDS for t in toks) or _ORG_AFTER.match(text[run[-1][1] : run[-1][1] + 40]):
        return 0.0  # "Tan Hock Seng Ltd", "Wing On & Co": a company
    pairs = [" ".join(toks[i : i + 2]) for i in range(len(toks) - 1)]  # "Mong Kok", "Tai Po": one-syllable towns
    if joined in g.cities or any(p in g.cities for p in pairs) or any(t in g.countries or t in g.regions for t in toks) \
            or _ROMAN_AFTER.match(text[run[-1][1] : run[-1][1] + 20]):
        return 0.0
    first = toks[0] in ROMAN_SURNAMES and all(len(t) <= 6 for t in toks[1:])
    last = toks[-1] in ROMAN_SURNAMES and "-" in toks[0]
    if not (first or last):
        return 0.0
    if len(toks) == 2 and all(everyday(t) for t in toks if "-" not in t) and not last:
        return 0.0  # "Long Ago", "Sun Hat"
    return 0.86  # above spaCy's 0.85, whose PERSON of everyday words ("Woo Hoi Hoi") the selection drops


_CAMEL = re.compile(r"([A-Z]?[a-z]+)[A-Z][a-z]+(?:[A-Z][a-z]*)*")
#: the heads of surnames written with a capital inside ("McKenzie", "MacLeod", "DeSantis", "LeBlanc", "VanDyke")
_NAME_PREFIXES = frozenset("mc mac de di da le la van von du del della dos st fitz ter ten ben el al ab ap o".split())


def inflected(tok: str, g) -> bool:
    """A past or -ing form of an everyday English verb ("Countersigned", "Witnessed", "Pending"), no listed name
    ("Ahmed", "Fleming" are): such a word opens a line or a clause before a name, it is no part of it."""
    low = tok.casefold()
    if len(low) < 6 or low in g.given or low in g.surnames or not low.isalpha():
        return False
    if low.endswith("ed"):
        stems = [low[:-2], low[:-1], low[:-3] + "y" if low.endswith("ied") else "", low[:-3]]
    elif low.endswith("ing"):
        stems = [low[:-3], low[:-3] + "e", low[:-4]]
    else:
        return False
    return any(len(st) >= 3 and everyday(st) for st in stems)


def camel_product(tok: str) -> bool:
    """Round nine: a word with a capital inside that no surname prefix explains ("WhatsApp", "PowerPoint",
    "YouTube", "LinkedIn", "PayPal"): a product's or company's name; "McKenzie", "DeSantis" stay names."""
    m = _CAMEL.fullmatch(tok)
    return bool(m) and m.group(1).casefold() not in _NAME_PREFIXES


def _capitalised(tok: str) -> bool:
    return tok[0].isupper() and any(c.islower() for c in tok[1:]) if len(tok) > 1 else False


class NameShapeRecognizer(LocalRecognizer):
    """PERSON from given-name and surname gazetteers and from where words stand (see module doc)."""

    CONTEXT = ["mr", "mrs", "ms", "dr", "dear", "hi", "hello", "thanks", "regards", "said", "wrote", "name",
               "contact", "cheers", "signed", "called", "named", "customer", "client", "employee", "patient"]

    def __init__(self, supported_language: str = "en", name: str | None = None) -> None:
        super().__init__(supported_entities=["PERSON"], supported_language=supported_language,
                         context=list(self.CONTEXT), name=name or "NameShapeRecognizer")

    def load(self) -> None:  # noqa: D102
        gazetteer()
        folded_names()

    def analyze(self, text, entities, nlp_artifacts=None) -> list[RecognizerResult]:  # noqa: D102
        g = gazetteer()
        out: list[RecognizerResult] = [self._result(s, e, score) for s, e, score in names11(text)]  # round eleven
        out += [self._result(s, e, score) for s, e, score in names12(text)]  # round twelve: after a party word
        out += [self._result(s, e, score) for s, e, score in names13(text)]  # round thirteen: a record's name slots
        if has_cjk(text):  # Chinese letters are word letters too: "Connor的报告…" is no one word
            text = blank_cjk(text)  # same length, same offsets
        roles = role_words()
        for run in self._runs(text):
            while len(run) > 1 and run[0][2].casefold() in roles and run[0][2].casefold() not in g.given:
                run = run[1:]  # "Candidate Ayaz Tiwana", "Rider Hira": the role is no part of the name (round six)
            while len(run) > 1 and inflected(run[0][2], g):
                run = run[1:]  # round eleven: "Countersigned Mensah K.O.", "Witnessed Aliyev": a verb, no name
            while run and camel_product(run[-1][2]):
                run = run[:-1]  # round nine: "Supapone Charoenkul WhatsApp chat export"
            if not run:
                continue
            if len(run) == 1 and (run[0][2].casefold() in roles or in_date(text, run[0][0], run[0][1])):
                continue  # "Agent:" alone; "20 Jan 2026", "Sep 8": a month beside a number is a date's
            score = max(self._score(text, run, g), roman_name(text, run, g))  # round eight, second pass: "Kho Ming Juan"
            if score:
                out.append(self._result(run[0][0], run[-1][1], score))
        out.extend(self._result(s, e, score) for s, e, score in lowercase_names(text))  # round eight: chat
        out.extend(self._result(s, e, 0.9) for s, e in record_names(text))  # above spaCy's 0.85: kept
        out.extend(self._result(s, e, 0.9) for s, e in form_names(text))  # round seven, second pass
        out.extend(self._result(s, e, 0.9) for s, e in column_names(text))  # round eight: a name column's cells
        if _TWO_CAPS.search(text):  # round eight, second pass: "SHIP TO: OKONJO Adaeze", "addressee NAKASHIMA"
            out.extend(self._result(s, e, 0.85) for s, e in caps_names(text))
        return out

    # -- runs of capitalised words -------------------------------------------------------------
    @staticmethod
    def _runs(text: str) -> list[list[tuple[int, int, str]]]:
        runs: list[list[tuple[int, int, str]]] = []
        current: list[tuple[int, int, str]] = []
        marked = _MARKS.search(text) is not None
        if marked:
            from ._rec_tagger import unmark
        for m in (_TOKEN_MARKED if marked else _TOKEN).finditer(text):
            tok, s, e = (unmark(m.group()) if marked else m.group()), m.start(), m.end()
            before, after = text[s - 1 : s], text[e : e + 2]
            if len(tok) == 1 and tok.isupper() and after[:1] == "." and current and "\n" not in text[current[-1][1] : s]:
                continue  # a middle initial: "Marie J. Hamanová" (an initial on the next line starts a new name)
            in_address = (bool(before) and before in "@._/:\\") or (bool(after) and after[0] in "@_/") or (
                after[:1] == "." and after[1:2].isalnum())
            ok = _capitalised(tok) and tok.casefold() not in _NOT_NAMES and not in_address
            if ok and current and _GAP.match(text[current[-1][1] : s]) and len(current) < 4:
                current.append((s, e, tok))
                continue
            if current:
                runs.append(current)
            current = [(s, e, tok)] if ok else []
        if current:
            runs.append(current)
        return runs

    def _score(self, text: str, run: list[tuple[int, int, str]], g) -> float:
        toks = [t.casefold() for _, _, t in run]
        start, end = run[0][0], run[-1][1]
        before, after = text[max(0, start - 40) : start], text[end : end + 40]
        word = [t in g.words for t in toks]
        common = [w or everyday(t) for w, t in zip(word, toks)]  # plurals too: "Page Views"
        place = [t in g.cities or t in g.countries or t in g.regions for t in toks]
        if any(t in _ORG_WORDS for t in toks) or _ORG_AFTER.match(after) or any(_GLUED_ORG.search(t) for _, _, t in run):
            return 0.0  # "Oenon HoldingsInc.": a legal form glued on by a scrape is a company too
        joined = " ".join(toks)
        if joined in g.countries or joined in g.cities and len(toks) > 1:
            return 0.0
        if _TITLE.search(before) or _SIGNATURE.search(before) and len(toks) <= 3:
            return 0.85  # after "Ms." or as the first line under "-- ": "Heather Hall | Acme"
        if (_CLOSING.search(before) or _AFTER.match(after)) and not all(word):
            return 0.85
        contact = _CONTACT_AFTER.match(after) and _CONTACT_BEFORE.fullmatch(text[text.rfind("\n", 0, start) + 1 : start])
        if (_ROLE_BEFORE.search(before) or contact) and \
                not any(common) and not any(place) and len(toks) <= 3:
            return 0.85  # "Forecast owner: Aakre", "Polat, Kaan - kaan@example.org"
        if all(t in _LANGUAGES for t in toks):
            return 0.0  # "studying English", "Greek and Latin": a language or nationality, not a name
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        alone = re.fullmatch(r"[\s>\-]*", text[line_start:start]) and re.fullmatch(r"[\s,]*", text[end:line_end])
        if len(toks) >= 2:
            first, last = toks[0], toks[-1]
            if first in _PLACE_FIRST:
                return 0.0  # "North Larkinfield", "Port Samuel": a town's shape (some locales list "North" as a name)
            last_ok = last in g.surnames and not word[-1] or not common[-1] and not place[-1]
            if first in g.given and last_ok and not (word[0] and word[-1]):
                return 0.7
            if first in g.given and not word[0] and last in g.surnames:
                return 0.7
            if last in g.surnames and not common[-1] and not word[0] and not place[0]:
                return 0.6  # (round eight: not a plural either: "Google Sheets")
            if alone and len(toks) <= 3 and not any(common) and not any(place):
                return 0.6
            if len(toks) <= 3 and not any(common) and not any(place) and not any(t.isupper() for _, _, t in run):
                return 0.55  # "Lucjusz Jasiński": two words that are neither everyday words nor places
            return 0.0
        tok = toks[0]
        if tok in g.given and not word[0] and not place[0]:
            return 0.55
        if tok in g.surnames and not word[0] and not place[0]:
            return 0.4  # a surname alone: only with a context word
        return 0.0

    def _result(self, start: int, end: int, score: float) -> RecognizerResult:
        return RecognizerResult(
            "PERSON", start, end, score,
            analysis_explanation=AnalysisExplanation(type(self).__name__, score),
            recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                  RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id},
        )
