"""Round twelve (P4, issue 15): spans that are no personal data, dropped through ``_over9.not_personal``.

Found on a fresh corpus of ordinary analyst text with no personal data in it (``bench/p4_over12.py``: prose, tables,
SQL and pandas code, logs, e-mails without people, written for this round; docstrings and dataset notes shipped in
installed packages), never on a split's rows. Each class is decided on a structure or a word class:

* **Code** (a span that code's syntax made): brackets, quotes, backticks or ``=`` inside a name or place
  (``pd.read_csv('x``, ``np.array([0.1``, ``a = [1, 2]``); an attribute access glued by its dot (``np.nan``,
  ``b.account_id``, ``Poisson.variance``; a handle of name parts, ``ana.lima``, is no code); an identifier in
  CamelCase (``LabelSpreading``, ``DataFrameGroupBy``; not McDonald, LeBaron, MaryAnn: a name prefix or given names
  on both sides); a lower-case identifier with a digit (``float64``, ``col2``; not a handle on a given name,
  ``ana92``); a lower-case word no name list holds (``cvxopt``, ``asfreq``); a number, also in exponent form
  (``7.66e-01``); Python's constants (True, None, NaN).
* **A table column of things**: a span inside the cells of columns whose header names no person but a thing, a
  class or a quantity (``product``, ``supplier``, ``drug``, ``genre``, ``status``, ``revenue_eur``, ``orders``,
  ``lead_time_days``); numbers under a quantity header are no phone. A header with a person's word (name, customer,
  contact, phone, address, id ...) decides nothing.
* **An amount read as a phone**: digits with one decimal point and one or two decimals (``364344.70``,
  ``1,204,331.50``): phones are not written so.
* **Regions and natural features**: a compass word with a continent (``Western Europe``, ``sub-Saharan Africa``),
  regions above countries (``the Balkans``, ``the Gulf states``, ``Oceania``), a place after "the" that no gazetteer
  lists as a city, town or region (``the Andes``, ``the Danube``; ``the Hague`` is a city), a place with a
  feature's head word (``Lake Victoria``, ``Mont Blanc``, ``the Rhine valley``; ``Lake Forest`` is a city).
  Cities stay pseudonymised.
* **A product before its kind** (``the Atlas dashboard``, ``Ridgeline Cameras``, ``Bluefin CRM``): a span whose
  last word, or the word after it, is a product category noun.
* **An everyday word opening a line or sentence** read as a name: a function word (``An array``, ``So if``), an
  everyday word before a determiner (``Given an``, ``Mark the``), an inflected everyday word no name list holds
  (``Escalated``).
* **Organisations by a head word of any language** (``Banco Santander``, ``Grupo Bimbo``, ``Deutsche Bahn``).
* **A job title after a determiner** (``The Regional Sales Director asked``): three words or more, every one
  everyday, the last a role noun.
* **A log field read as an address** (``653.9s (rows=2,153,600``): no capital letter, no CJK and no street word in
  it, or a ``key=value`` inside.
* **Chinese**: a classifier after a number (``1,094,933张门票``: 张 is the measure word, not a surname); a drug's
  transliterated stem (阿莫西林, 司美格鲁肽); a river basin (长江流域); economic regions (长三角, 京津冀); a
  company's name before its trade word (宁德时代, 京东物流); a department (客户成功部); countries (印度尼西亚) from
  Faker's Chinese country lists.

A value the vault knows never reaches this module (its spans are not raw results), so a name found in turn 1 is
still pseudonymised in turn 2 whatever its shape.
"""

from __future__ import annotations

import re
from functools import lru_cache

_NER = ("PERSON", "LOCATION", "ORGANIZATION", "NRP")
_NAMEISH = ("PERSON", "LOCATION", "ADDRESS", "ORGANIZATION", "NRP")

# -- code -----------------------------------------------------------------------------------------------------------
_CODE_CHARS = re.compile(r"[(\[\]{}=`]")
_ADDRESS_CODE = re.compile(r"[\[\]{}=`]|\w\(")
_ATTRIBUTE = re.compile(r"[A-Za-z0-9_]\.[a-z_]")
_NUMBER = re.compile(r"[-+]?(?:\d[\d.,]*|\.\d+)(?:[eE][-+]?\d+)?j?")
_CONSTANTS = frozenset("true false none nan nans nat inf null".split())
_CAMEL_SPLIT = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")
#: name prefixes before an inner capital: McDonald, MacKenzie, DeShawn, LeBaron, DiMaggio, VanDyke, O'Neil ...
_NAME_PREFIXES = frozenset("mc mac de di da du le la van von fitz st al el ben abu bin ibn".split())
_TOKEN = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")


def _given(word: str) -> bool:
    from ._gazetteer import gazetteer

    return word.casefold() in gazetteer().given


def _name_word(word: str) -> bool:
    from ._gazetteer import gazetteer

    g = gazetteer()
    w = word.casefold()
    return w in g.given or w in g.surnames


def _camel_identifier(word: str) -> bool:
    """An identifier in CamelCase: an inner capital after a lower-case letter, not a name's own prefix."""
    m = re.search(r"[a-z][A-Z]", word)
    if not m or not word[:1].isalpha():
        return False
    prefix = word[: m.start() + 1]
    if prefix.casefold() in _NAME_PREFIXES:
        return False
    parts = _CAMEL_SPLIT.findall(word)
    if len(parts) >= 2 and all(_given(p) for p in parts):
        return False  # MaryAnn, JeanPierre, AnnMarie
    # a code word in it: an everyday word or an acronym (LabelSpreading, MLPClassifier), not MirSasani, AghaJahani
    from ._rec_tagger import common_words

    common = common_words()
    return any(p.casefold() in common or (p.isupper() and len(p) >= 2) or p.isdigit() for p in parts)


def _code(text: str, start: int, end: int, entity: str) -> bool:
    value = text[start:end].strip()
    if not value:
        return False
    if entity == "ADDRESS":
        return bool(_ADDRESS_CODE.search(value))
    if _CODE_CHARS.search(value):
        return True
    if _NUMBER.fullmatch(value):
        return True
    if value.casefold() in _CONSTANTS:
        return True
    glued_before = start >= 2 and text[start - 1] == "." and (text[start - 2].isalnum() or text[start - 2] == "_")
    glued_after = end + 1 < len(text) and text[end] == "." and (text[end + 1].islower() or text[end + 1] == "_")
    if _ATTRIBUTE.search(value) or glued_before or glued_after:
        parts = [p for p in re.split(r"[.\s]+", value) if p]
        if not (len(parts) >= 2 and all(p[:1].isalpha() and _name_word(p) for p in parts)):
            return True  # np.nan, b.account_id, Poisson.variance (not a handle "ana.lima")
    words = value.split()
    if any(_camel_identifier(w) for w in words):
        return True  # LabelSpreading, AirPods Max
    if len(words) == 1:
        word = words[0]
        if word.islower() or "_" in word:
            letters = re.sub(r"[\d_]+", "", word)
            if any(c.isdigit() for c in word) or word.startswith("_") or word.endswith("_"):
                return not _given(letters)  # float64, col2, coef_ (not ana92)
            if entity == "PERSON" and word.isascii() and word.isalpha() and not _name_word(word) and \
                    _code_line(text, start):
                return True  # cvxopt, asfreq, arr: a lower-case word no name list holds, on a line of code
    return False


def _code_line(text: str, pos: int) -> bool:
    ls = text.rfind("\n", 0, pos) + 1
    le = text.find("\n", pos)
    line = text[ls: len(text) if le < 0 else le]
    return any(c in line for c in "()[]{}=_`") or line.lstrip().startswith(">>>")


def _cjk(value: str) -> bool:
    return any("\u3040" <= c <= "\u9fff" or "\uac00" <= c <= "\ud7af" for c in value)


# -- tables ---------------------------------------------------------------------------------------------------------
#: a header word that says the column holds people or their data: then the header decides nothing
_PERSONAL_HEADER = frozenset(
    "name names fullname full first last surname given forename customer client contact owner holder phone tel "
    "telephone mobile cell msisdn email mail address addr street city town zip postcode postal id ids no nr number num "
    "passport ssn nin account acct iban card dob birth born member employee staff patient beneficiary payee payer "
    "agent user username person people who signatory rep representative author assignee reporter recipient sender "
    "applicant guarantor tenant landlord driver rider courier caller contact_name manager officer operator provider "
    "director guest attendee participant student teacher doctor nurse worker farmer witness victim suspect "
    "spouse parent father mother child kin nok location loc place home residence village district region "
    "market country area site branch store office".split())
#: a header word naming things, classes or measures: the cells are no person and no place
_THING_HEADER = frozenset(
    "product products item items sku skus model brand brands supplier suppliers vendor vendors company companies "
    "manufacturer maker carrier bank issuer merchant partner competitor organisation organization org institution "
    "airline insurer distributor retailer publisher agency firm lender drug drugs medication medicine molecule compound "
    "class band bands genre album track song film movie category categories segment channel source medium campaign "
    "status stage priority severity metric kpi measure indicator plan tier type kind team department dept component "
    "module service feature app platform tool currency language sector industry".split())
_QUANTITY_HEADER = frozenset(
    "revenue amount total qty quantity units orders order_count count sales price cost balance volume "
    "aov arpu mrr arr growth share streams stream rank score days hours minutes mins secs seconds weight views clicks "
    "impressions sessions visits margin profit spend budget forecast target actual rate pct percent ratio avg mean "
    "median min max std n tickets lead time duration latency year month week quarter fy q1 q2 q3 q4 eur usd gbp jpy "
    "inr brl kes mxn chf sek cny rmb m k bn pp bps delta change yoy mom qoq net gross tax fee fees discount "
    "stock inventory reorder capacity utilisation utilization uptime churn nps csat".split())
_HEADER_SPLIT = re.compile(r"[^\W_]+")


def _header_kind(header: str) -> str:
    """"thing", "quantity", or "" (a person's column, or nothing known) for one header cell."""
    tokens = [t.casefold() for t in _HEADER_SPLIT.findall(header.replace("%", " pct "))]
    tokens = [p.casefold() for t in tokens for p in (_CAMEL_SPLIT.findall(t) or [t])] if tokens else []
    if not tokens or any(t in _PERSONAL_HEADER for t in tokens):
        return ""
    if any(t in _QUANTITY_HEADER for t in tokens):
        return "quantity"
    return "thing" if any(t in _THING_HEADER for t in tokens) else ""


def _column_kinds(text: str, start: int, end: int) -> list[str] | None:
    """The header kind of every cell the span touches; None when the span is in no table row."""
    from ._checks import column_header, table_cells

    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", start)
    le = len(text) if le < 0 else le
    if end > le:
        return None
    sep, cells = table_cells(text[ls:le])
    if len(cells) < 3:
        return None
    kinds = []
    for a, b in cells:
        if ls + b < start or ls + a > end:
            continue
        header = column_header(text, ls + a)
        if header is None or not _header_row(text, ls + a, sep):
            return None
        kinds.append(_header_kind(header))
    return kinds or None


def _key_value_table(text: str, pos: int) -> bool:
    """A record written as a table ("| Field | Value |"): its cells are a person's data whatever the header says."""
    from ._checks import table_cells

    ls = text.rfind("\n", 0, pos) + 1
    for _ in range(12):
        if ls <= 0:
            break
        ps = text.rfind("\n", 0, ls - 1) + 1
        line = text[ps:ls - 1]
        _sep, cells = table_cells(line)
        if any(line[a:b].strip(" *`").casefold() in _GENERIC_HEADERS for a, b in cells):
            return True
        ls = ps
    return False


def _header_row(text: str, pos: int, sep: str) -> bool:
    """The top row of the table holding ``pos`` is a header: short label cells (four words, 32 characters at most),
    no sentence ("Minutes of the water committee, Jan 28, 2026" is none)."""
    line_start = text.rfind("\n", 0, pos) + 1
    count = text[line_start: (text.find("\n", pos) + 1 or len(text) + 1) - 1].count(sep)
    top, end = None, line_start - 1
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        above = text[start:end]
        end = start - 1
        if set(above.strip()) <= set("|-: \t+="):
            continue
        if above.count(sep) != count:
            break
        top = above
    if top is None:
        return False
    cells = [c.strip() for c in top.strip().strip("|").split(sep)]
    return all(c and len(c) <= 32 and len(c.split()) <= 4 and not c.endswith((".", "!", "?", ":")) for c in cells)


_GENERIC_HEADERS = frozenset("value values field fields key keys detail details info data item attribute property "
                             "description notes note comment comments remarks".split())


def _table_thing(text: str, start: int, end: int, entity: str) -> bool:
    if "\n" not in text or _key_value_table(text, start):
        return False
    kinds = _column_kinds(text, start, end)
    if not kinds or "" in kinds:
        return False
    if entity in _NAMEISH:
        return True
    return entity in ("PHONE_NUMBER", "ID_NUMBER") and all(k == "quantity" for k in kinds)


# -- amounts --------------------------------------------------------------------------------------------------------
_DECIMAL = re.compile(r"\d{1,3}(?:,\d{3})+\.\d{1,2}|\d+\.\d{1,2}")

# -- regions and natural features -----------------------------------------------------------------------------------
_COMPASS = r"(?:north|south|east|west|northern|southern|eastern|western|central|north[- ]?east(?:ern)?|" \
           r"north[- ]?west(?:ern)?|south[- ]?east(?:ern)?|south[- ]?west(?:ern)?|sub-saharan|saharan|equatorial)"
_CONTINENT = r"(?:africa|asia|europe|america|americas|oceania|pacific|atlantic|mediterranean|caribbean|arctic|" \
             r"antarctica|eurasia|latin america|asia[- ]pacific|balkans|baltics)"
_COMPASS_REGION = re.compile(rf"(?:the\s+)?{_COMPASS}\s+{_CONTINENT}", re.I)
#: regions above countries, and trade blocs
_MACRO_REGIONS = frozenset(
    "balkans baltics nordics scandinavia caucasus levant maghreb mashreq sahel gulf caribbean mediterranean iberia "
    "indochina oceania polynesia melanesia micronesia eurasia anz cee gcc asean sadc ecowas mena emea apac latam "
    "dach benelux americas horn of africa middle east near east far east asia-pacific asia pacific "
    "iberian peninsula arabian peninsula persian gulf indian subcontinent subcontinent".split(" ")) | {
    "horn of africa", "middle east", "near east", "far east", "asia pacific", "iberian peninsula", "arabian peninsula",
    "persian gulf", "indian subcontinent", "gulf states", "gulf region", "the gulf"}
_ADMIN_AFTER = re.compile(r"[ \t]+(?:region|province|state|county|district|department|governorate|oblast|prefecture|"
                          r"municipality|area|division|territory|canton|parish|ward|zone|metro|suburbs?|"
                          r"branch|office|hub|depot|store|shop|site|campus|plant|factory|warehouse|clinic|hospital|"
                          r"school|market|station|airport|port|centre|center|team|agency|court|police|council)\b", re.I)
#: what follows a natural feature's name in a sentence: a stop, or a preposition or conjunction (never a noun it modifies)
_FEATURE_END = re.compile(r"\s*(?:[.,;:!?)\]]|$)|[ \t]+(?:in|on|at|to|and|or|of|from|with|for|by|near|along|across|"
                          r"into|between|where|which|that|is|was|are|were|has|have|had)\b")
_REGION_AFTER = re.compile(r"[ \t]+(?:states|countries|region|regions|nations|markets|bloc)\b", re.I)
#: head words of natural features (a river, a mountain, a sea ...), before or after the name
_FEATURE_HEADS = frozenset(
    "river rivers lake lakes mount mountains mountain mt mont monte sierra valley basin delta desert sea ocean bay "
    "gulf strait straits channel peninsula plateau highlands forest rainforest coast island islands archipelago range "
    "falls glacier reef canal lagoon steppe savanna savannah fjord estuary".split())


_FEATURE_FIRST = frozenset("lake mount mt mont river".split())


def _region_or_feature(text: str, start: int, end: int, entity: str) -> bool:
    from ._gazetteer import gazetteer

    value = text[start:end].strip()
    low = " ".join(value.casefold().split())
    bare = low[4:] if low.startswith("the ") else low
    if _COMPASS_REGION.fullmatch(low) or bare in _MACRO_REGIONS:
        return True
    if low.endswith("africa") and text[max(0, start - 4):start].casefold() == "sub-":
        return True
    if bare in ("gulf", "baltic", "nordic", "pacific", "arab", "andean") and _REGION_AFTER.match(text, end):
        return True
    cue = re.search(r"(?i)\b(?:in|from|at|to|near|based|into|moved|visit|visiting|lives|living|of)[ \t]+$",
                    text[max(0, start - 14):start]) is not None  # "based in Lake Marlow": a town
    if entity == "PERSON" and not cue and len(low.split()) == 2 and low.split()[0] in _FEATURE_FIRST and not (
            low.startswith("river") and _given("river")):
        return True  # Mont Blanc, Lake Victoria read as a name
    if entity != "LOCATION" or _cjk(value):
        return False
    g = gazetteer()
    if bare in g.cities or bare in g.towns or bare in g.regions or ("the " + bare) in g.cities:
        return False
    words = bare.split()
    nxt = re.match(r"[ \t]+([A-Za-z]+)", text[end:])
    if words and not cue and (words[0] in _FEATURE_HEADS or words[-1] in _FEATURE_HEADS
                              or nxt is not None and nxt.group(1).casefold() in _FEATURE_HEADS):
        return True  # Lake Victoria, Mont Blanc, the Rhine valley (Lake Forest and Mount Vernon are cities)
    if words and _ADMIN_AFTER.fullmatch(" " + words[-1]):
        return False  # "the Rutsiro District branch": an administrative unit
    the = low.startswith("the ") or text[max(0, start - 4):start].casefold() == "the "
    if not the or value.isupper() or _ADMIN_AFTER.match(text, end):
        return False  # "the Marlborough region", "the BANDARA file"
    return bool(_FEATURE_END.match(text, end))  # the Andes, the Danube, followed by a stop or a preposition


# -- products -------------------------------------------------------------------------------------------------------
_PRODUCT_HEADS = frozenset(
    "thermostat thermostats camera cameras earbuds headphones headset router routers lamp lamps laptop laptops tablet "
    "tablets smartphone smartphones speaker speakers printer printers inverter inverters charger chargers console "
    "consoles app apps dashboard dashboards platform suite planner wallet cloud crm erp pos sdk api plugin extension "
    "kit kits bundle subscription subscriptions engine gateway server servers sensor sensors scanner scanners monitor "
    "monitors keyboard keyboards vacuum fridge refrigerator oven blender scooter scooters drone drones software "
    "firmware chip chips chipset processor gpu cpu smartwatch tv soundbar controller sneakers shampoo detergent "
    "toolkit library framework database plugin widget widgets template templates".split())
_PRODUCT_UPPER = frozenset({"CRM", "ERP", "POS", "SDK", "API", "TV", "GPU", "CPU"})


def _product_head(word: str) -> bool:
    low = word.casefold()
    return (word in _PRODUCT_UPPER or low in _PRODUCT_HEADS) and low not in ("monitor", "engine") and not _name_word(low)


def _product(text: str, start: int, end: int) -> bool:
    value = text[start:end].strip()
    words = value.split()
    if not words or not all(w[:1].isupper() for w in words):
        return False
    if len(words) >= 2 and _product_head(words[-1]):
        return True  # Bluefin CRM, Halcyon Headphones (not Pui Kit: a given name)
    nxt = re.match(r"[ \t]+([A-Za-z]+)\b(?!['’]s)", text[end:])
    return nxt is not None and _product_head(nxt.group(1))


# -- sentence-initial everyday words --------------------------------------------------------------------------------
#: what a given name that is also a function word ("An", "So") is followed by when it is a name
_NAME_VERBS = frozenset("will is was has had said says called can could would should may might must asked wrote sent "
                        "told does did and or".split())
_FUNCTION_WORDS = frozenset(
    "a an the so if as at by for of on or to in into this that then there these those when where while with given "
    "see note args returns yields raises also but and nor yet thus hence each every any some all both either neither "
    "here such than via per its it we you they our your their".split())
_DETERMINERS = frozenset("a an the this that these those all each every any some no its their our your".split())
_LINE_START = re.compile(r"(?:^|\n)[ \t]*(?:[-*•>]+[ \t]*|\d{1,2}[.)][ \t]*)?$")
_SENTENCE_START = re.compile(r"(?:[.!?:;]|\n)[ \t\"'(]*$")


def _opening_word(text: str, start: int, end: int) -> bool:
    from ._gazetteer import everyday

    value = text[start:end].strip()
    if " " in value or not value[:1].isupper() or not value.isalpha():
        return False
    head = text[max(0, start - 40):start]
    if not (_LINE_START.search(head) or _SENTENCE_START.search(head) or start == 0):
        return False
    nxt = re.match(r"[ \t]+([a-z][a-z'-]*)\b", text[end:])
    low = value.casefold()
    if low in _FUNCTION_WORDS and nxt is not None and not (_given(low) and nxt.group(1) in _NAME_VERBS):
        return True  # "An array", "So if", "Given an" (not "An will call")
    if nxt is not None and nxt.group(1) in _DETERMINERS and everyday(low):
        return True  # "Mark the rows", "Sum the values"
    return False


_LABEL_BEFORE = re.compile(r"(?:^|\n)[ \t]*[^\W\d_][\w ]{0,24}[:=][ \t]*$|(?:^|\n)[ \t]*$")


def _inflected_everyday(text: str, start: int, end: int) -> bool:
    """"Status: Escalated": an everyday verb's -ed form that no name list holds, as a field's value or a line."""
    from ._gazetteer import everyday

    w = text[start:end].strip().casefold()
    if " " in w or not w.isalpha() or _name_word(w) or len(w) < 6 or not w.endswith("ed"):
        return False
    if not _LABEL_BEFORE.search(text[max(0, start - 30):start]):
        return False
    stems = [w[:-2], w[:-1], w[:-3] if w[-3] == w[-4] else ""]
    return any(len(s) >= 4 and everyday(s) for s in stems)


# -- organisations and job titles -----------------------------------------------------------------------------------
#: an organisation's head word in the languages of company names (before or after the name)
_ORG_WORDS = frozenset(
    "banco banca banque bank bancorp grupo gruppo groupe group deutsche compagnie compañía compania companhia "
    "sociedad società societa société societe holdings holding airlines airways telecom telekom pharma petroleum "
    "petróleo petroleo mining laboratories labs technologies systems solutions networks electronics electric "
    "insurance assurance assicurazioni versicherung seguros financial investments securities studios records foods "
    "beverages chemicals steel automotive aerospace semiconductor semiconductors therapeutics biotech biosciences "
    "diagnostics healthcare railways bahn logistik verlag werke aktiengesellschaft kabushiki kaisha corporación "
    "corporacion industrias indústrias empresas".split())
_JOB_DETERMINER = re.compile(r"(?:^|\b)(?:the|The|our|Our|a|A|an|An|your|Your|their|Their|new|acting|interim)[ \t]+$")


def _org_word(text: str, start: int, end: int) -> bool:
    words = text[start:end].split()
    if not words or any(c.isdigit() for c in text[start:end]):
        return False
    if len(words) >= 2 and any(w.casefold().strip(".,") in _ORG_WORDS for w in words):
        return True
    nxt = re.match(r"[ \t]+([A-Za-zÀ-ÿ]+)", text[end:])
    prev = re.search(r"([A-Za-zÀ-ÿ]+)[ \t]+$", text[max(0, start - 30):start])
    return (nxt is not None and nxt.group(1)[:1].isupper() and nxt.group(1).casefold() in _ORG_WORDS) or (
        prev is not None and prev.group(1)[:1].isupper() and prev.group(1).casefold() in _ORG_WORDS
        and prev.group(1).casefold() not in ("bank", "group"))


def _job_after_determiner(text: str, start: int, end: int) -> bool:
    from ._gazetteer import everyday, role_words

    words = text[start:end].split()
    if len(words) < 3 or not _JOB_DETERMINER.search(text[max(0, start - 12):start]):
        return False
    from ._over11 import _JOB_HEADS

    last = words[-1].casefold()
    return (last in role_words() or last in _JOB_HEADS) and all(w[:1].isupper() and everyday(w) for w in words)


# -- log fields -----------------------------------------------------------------------------------------------------
_KEY_VALUE = re.compile(r"[A-Za-z_]\w*=")


def _log_field(value: str) -> bool:
    if _cjk(value):
        return False
    if _KEY_VALUE.search(value):
        return True
    if any(c.isupper() for c in value):
        return False
    from ._rec_tagger import street_words

    streets = street_words()
    return not any(w.casefold().strip(".,") in streets for w in value.split())


# -- Chinese --------------------------------------------------------------------------------------------------------
_ZH_CLASSIFIERS = "张位名个件条份次台辆只本封家间套双"
_ZH_NUMBER_BEFORE = re.compile(r"[\d０-９一二三四五六七八九十百千万两几]$")
_ZH_DRUG_END = re.compile(r"(?:西林|霉素|沙星|他汀|普利|沙坦|洛尔|地平|替丁|拉唑|鲁肽|单抗|替尼|洛芬|格列汀|双胍|胰岛素|"
                          r"环素|头孢\w*|硝唑|康唑|韦林|司琼|噻嗪|帕林)$")
_ZH_FEATURE_AFTER = ("流域", "水系", "沿岸", "上游", "中游", "下游", "干流", "支流", "沿线", "水位")
_ZH_REGIONS = frozenset("长三角 珠三角 京津冀 大湾区 粤港澳大湾区 成渝 环渤海 长江经济带 海西 东三省 中西部 东部沿海 "
                        "西部地区 中部地区 东部地区 华东区 华南区 华北区 华中区 西南区 西北区 东北区".split())
_ZH_ORG_AFTER = ("集团", "物流", "科技", "股份", "控股", "电子", "汽车", "电器", "通信", "证券", "保险", "地产", "医药",
                 "制药", "航空", "能源", "传媒", "网络", "软件", "速运", "快递", "时代", "银行", "有限公司", "实业", "重工")
_ZH_DEPT_END = re.compile(r"[\u4e00-\u9fff]{2,}部$")


@lru_cache(maxsize=1)
def _zh_countries() -> frozenset[str]:
    out: set[str] = set()
    try:
        from faker.providers.address.zh_CN import Provider as Cn
        from faker.providers.address.zh_TW import Provider as Tw

        out |= {c for c in getattr(Cn, "countries", ()) if len(c) >= 2} | {
            c for c in getattr(Tw, "countries", ()) if len(c) >= 2}
    except Exception:  # pragma: no cover - faker is a dependency
        pass
    return frozenset(out - {"阿拉斯加", "夏威夷", "关岛"})  # US states and territories are places, not countries


def _zh(text: str, start: int, end: int, entity: str) -> bool:
    value = text[start:end].strip()
    if not value or not _cjk(value):
        return False
    if entity == "PERSON" and value[0] in _ZH_CLASSIFIERS and _ZH_NUMBER_BEFORE.search(text[max(0, start - 2):start]):
        return True  # 1,094,933张门票: the classifier after a number
    run_start = start
    while run_start > 0 and "\u4e00" <= text[run_start - 1] <= "\u9fff" and start - run_start < 4:
        run_start -= 1
    if _ZH_DRUG_END.search(text[run_start:end]) and (end - run_start) >= 3:
        return True  # 阿莫西林, 司美格鲁肽
    after = text[end:end + 4]
    if entity in ("LOCATION", "PERSON") and after.startswith(_ZH_FEATURE_AFTER):
        return True  # 长江流域
    if value in _ZH_REGIONS or value in _zh_countries():
        return True
    if entity in ("LOCATION", "PERSON") and (after.startswith(_ZH_ORG_AFTER) or value.endswith(_ZH_ORG_AFTER)):
        return True  # 宁德时代, 京东物流
    return entity == "PERSON" and bool(_ZH_DEPT_END.fullmatch(value)) and not after.startswith("长")


# -- the hook -------------------------------------------------------------------------------------------------------
def not_personal(text: str, start: int, end: int, entity: str, source: str = "", score: float = 1.0) -> bool:
    """True when ``text[start:end]`` read as ``entity`` (by ``source``) is one of the module docstring's classes."""
    value = text[start:end]
    if not value.strip():
        return False
    from ._over14 import not_personal as not_personal14

    if not_personal14(text, start, end, entity, source, score):
        return True  # round fourteen (PT): keys, tracebacks, log levels, amount labels, spans without letters
    from ._over15 import not_personal as not_personal15

    if not_personal15(text, start, end, entity, source, score):
        return True  # round fifteen (PT): form labels and headings, role phrases, everyday words before a colon
    if entity in ("PHONE_NUMBER",) and _DECIMAL.fullmatch(value.strip()):
        return True
    if _table_thing(text, start, end, entity):
        return True
    if entity not in _NAMEISH:
        return False
    if _zh(text, start, end, entity):
        return True
    if _code(text, start, end, entity):
        return True
    if entity == "ADDRESS":
        return source == "TokenTaggerRecognizer" and _log_field(value)
    if _region_or_feature(text, start, end, entity):
        return True
    if entity in ("PERSON", "LOCATION", "ORGANIZATION"):
        if _product(text, start, end) or _org_word(text, start, end):
            return True
    if entity == "PERSON":
        if _opening_word(text, start, end) or _inflected_everyday(text, start, end) or \
                _job_after_determiner(text, start, end):
            return True
    return False
