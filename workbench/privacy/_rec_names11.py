"""Round eleven (P3, issue 15): person names found by mechanisms that do not depend on a name list.

HELD-OUT-11 (pristine) leaked names of locales the lists hold badly, in layouts the recognizers did not read:
Cyrillic initials ("Д. Методиев", "Петров И.В."), Cyrillic full names inside English text ("Велислава Гавраилова
Шишкова"), surnames in capitals ("customer KƏRIMOVA"), letter-spaced OCR labels ("N A M E :  J o h n"), and a SQL
row whose column list says which value is the name. Each rule here reads a structure, not a wording:

* **Initials and a surname** (Cyrillic or Latin): "И. Петров", "И.В. Петров", "Петров И.В.", "Petrov I.V.". The
  surname is a capitalised Cyrillic word, or a Latin word that is a listed surname or has a surname's ending, and
  never an everyday English word ("U.S. Army", "A. Section" stay).
* **Slavic, Caucasian and Turkic surname morphology**: "-ов/-ова/-ев/-ева/-ин/-ина/-ский/-ская/-енко/-ук/-вич/-вна",
  Latin "-ov/-ova/-yev/-zadə/-oğlu/-enko/-ski/-escu/-ović/-shvili/-dze". Two or three capitalised Cyrillic words with
  one such ending are a name; one such word is a name inside a sentence (not at its start) or in capitals inside
  mixed-case text ("the ТОДОРОВА file", "customer KƏRIMOVA unreachable"). Places with those endings (Moldova,
  Kiev, Alaska) are the gazetteer's and stay.
* **Letter-spaced labels** (scans, OCR): "N A M E :  J o h n  S m i t h". The letters of a label are joined; after a
  name label ("NAME", "FULL NAME", "CUSTOMER", "PATIENT"...) the value up to the next wide gap is a name, spaced
  or not.
* **A SQL row under its column list**: ``INSERT INTO t (name, phone) VALUES ('Ana Lima', ...)``,
  ``INSERT INTO 客户 (姓名, 手机) VALUES ('缪巧', ...)``: the value in a name column is a name.

Round eleven, second pass (P8, from HELD-OUT-12's misses, seen):

* **A surname in capitals, then the given name** (registers, M-PESA/MoMo lines, prescriptions, minutes):
  "TUYISHIME Aline", "NDAYISABA Speciose", "GUMBO, Sipho". The capitals word (4+ letters, two vowels) is no
  everyday word, place or known acronym, and the text around is mixed case; without a comma the given name must
  not be an everyday word either ("PAID Invoice", "URGENT Notice", "KENYA Airways" stay).
* **A name in Khmer script inside non-Khmer text** ("matched ស៊ន រតនា against register"): one to three Khmer
  words in a prompt whose letters are mostly of another script; Khmer prose itself is left to no rule here.
* **A table's name column**: a header line whose cells are split by ``&`` (LaTeX), ``|``, ``;``, a tab or a comma
  and one of whose cells is a name column ("Name", "Member", "Counterparty", "customer_name", "Beneficiary"...);
  in the rows under it with as many cells, that cell is a name when it is one to four words of letters. Round
  twelve (P3): a bare "Name" header must show it holds people (``_person_column``): not beside goods headers
  (price, stock...), no everyday cell, and most cells two capitalised words or a listed name part, unless a
  person's column (phone, e-mail...) stands beside it ("name,price / Widget,3" lists products).
* **A name label with dot leaders** (forms): "Name of applicant .......... Blessing Hove": the value after the
  leaders, one to four capitalised words up to the line's end.

:func:`names` returns ``(start, end, score)``; ``NameShapeRecognizer`` adds them as PERSON.
"""

from __future__ import annotations

import re

from ._gazetteer import everyday, gazetteer

_CYR_U = "А-ЯЁЇІЄҐЎЈЉЊЋЂЅЏ"
_CYR_L = "а-яёїієґўјљњћђѕџ"
_CYR_WORD = rf"[{_CYR_U}][{_CYR_L}]+(?:-[{_CYR_U}][{_CYR_L}]+)?"
_CYR_CAPS = rf"[{_CYR_U}]{{4,}}"
#: the endings of Slavic surnames and patronymics (case-folded Cyrillic)
_CYR_END = re.compile(r"(?:ов|ова|ев|ева|ёв|ёва|ин|ина|ын|ына|ский|ская|цкий|цкая|ски|ска|цки|цка|енко|ук|юк|чук|вич|"
                      r"вна|ична|ян|дзе|швили|иев|иева|ова-\w+)$")
#: the same endings in Latin transliteration, with the Caucasian and Turkic ones (case-folded)
_LAT_END = re.compile(r"(?:[^aeiou]ov|[^aeiou]ova|[^aeiou]ev|[^aeiou]eva|yev|yeva|zada|zade|zadə|zadeh|oğlu|oglu|ogly|"
                      r"qızı|enko|[^aeiou]ski|[^aeiou]ska|[^aeiou]sky|escu|ović|ovic|evic|ević|shvili|dze|bəyli|bayli|"
                      r"beyli|ovna|evna|vich|yan)$")
_INITIAL = rf"[A-Z{_CYR_U}]\."
_LAT_WORD = r"[A-ZÀ-ÖØ-ÞĀ-ſƏ][a-zß-öø-ÿā-ſə'’]+(?:-[A-ZÀ-ÖØ-ÞĀ-ſƏ][a-zß-öø-ÿā-ſə]+)?"
_SURNAME = rf"(?:{_CYR_WORD}|{_LAT_WORD})"
_ANY_INITIAL = re.compile(rf"(?<![\w.])[A-Z{_CYR_U}]\.")
_INITIALS_FIRST = re.compile(rf"(?<![\w.])((?:{_INITIAL}[ \t]?){{1,2}})[ \t]?({_SURNAME})(?![\w'’])")
_INITIALS_AFTER = re.compile(rf"(?<![\w.])({_SURNAME})[ \t]+({_INITIAL}(?:[ \t]?{_INITIAL})?)(?![\w])")
_CYR_RUN = re.compile(rf"(?<![\w-])({_CYR_WORD}(?:[ \t]{_CYR_WORD}){{0,2}})(?![\w-])")
_LAT_ENDINGS = (r"(?:ov|ova|ev|eva|yev|yeva|zada|zade|zadə|zadeh|oğlu|oglu|ogly|enko|ski|ska|sky|escu|ović|ovic|evic|"
                r"ević|shvili|dze|bəyli|bayli|beyli|ovna|evna|vich|yan)")
#: a capitalised Latin word with one of those endings (the cheap first pass; ``_LAT_END`` then judges it)
_LAT_CAND = re.compile(rf"(?<![\w'’-])(?:[A-ZÀ-ÖØ-ÞĀ-ſƏ][a-zß-öø-ÿā-ſə'’]*-)?[A-ZÀ-ÖØ-ÞĀ-ſƏ][a-zß-öø-ÿā-ſə'’]*"
                       rf"{_LAT_ENDINGS}(?![\w'’-])")
_ENDINGS_T = tuple(_LAT_ENDINGS[3:-1].split("|"))
_PUNCT = ".,;:!?)]}\"'’»"
_CALENDAR = frozenset("monday tuesday wednesday thursday friday saturday sunday january february march april may june "
                      "july august september october november december dear hi hello thanks".split())
_FOUR_CAPS = re.compile(rf"[A-ZÀ-ÖØ-ÞĀ-ſƏ{_CYR_U}]{{4}}")
_END_GATE = re.compile(rf"{_LAT_ENDINGS}(?![\w'’-])")
_LAT_WORD_RX = re.compile(_LAT_WORD)
_CAPS_WORD = re.compile(rf"(?<![\w@./\\-])([A-ZÀ-ÖØ-ÞĀ-ſƏ]{{4,}}|{_CYR_CAPS})(?![\w@/\\-])")
#: a letter-spaced run: single letters with one space between them ("N A M E", "J o h n")
_SPACED = re.compile(r"(?<!\S)[^\W\d_](?: [^\W\d_])+(?!\S)")
_NAME_LABEL = re.compile(r"(?:full |first |last |given |family |sur|customer |patient |client |account |holder )?"
                         r"(?:name|surname|forename)|customer|patient|client|beneficiary|payee|holder|applicant|"
                         r"insured|passenger|employee|tenant|borrower", re.IGNORECASE)
_GAP = re.compile(r" {3,}|\t|[ \t]*$", re.MULTILINE)
_COLON = re.compile(r"[ \t]*[:：][ \t]*")
_LABEL_COLON = re.compile(r"[ \t]*[:：]")
_SQL = re.compile(r"insert\s+into\s+[^\s(]+\s*\(([^)]{1,400})\)\s*values\s*((?:\([^()]*\)\s*,?\s*)+)", re.IGNORECASE)
_SQL_ROW = re.compile(r"\(([^()]*)\)")
_SQL_VALUE = re.compile(r"'((?:[^']|'')*)'|[^,\s][^,]*")
_SQL_NAME_COL = re.compile(r"[`\"\[]?(?:(?:first|last|given|family|full|middle|customer|client|patient|contact|"
                           r"employee|holder|account_holder|beneficiary|payee)[_ ]?)?(?:name|surname|forename|fio)"
                           r"(?:_\w+)?[`\"\]]?|[`\"\[]?(?:姓名|名字|客户名称?|联系人|收件人|收货人|持卡人|户名|患者|"
                           r"申请人|借款人|фио|имя|фамилия|ім'я|прізвище)[`\"\]]?", re.IGNORECASE)
_CAPS_GIVEN = re.compile(r"(?<![\w@./\\-])([A-ZÀ-ÖØ-Þ]{4,16})(,?)[ \t]+([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]{2,}"
                         r"(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{2,})?)(?![\w@'’-])")
_VOWELS = frozenset("AEIOUYÀÁÂÃÄÅÆÈÉÊËÌÍÎÏÒÓÔÕÖØÙÚÛÜ")
_KHMER_RUN = re.compile(r"(?<![\u1780-\u17ff])[\u1780-\u17ff]{2,}(?:[ \u200b][\u1780-\u17ff]{2,}){0,2}(?![\u1780-\u17ff])")
_TABLE_SEPS = ("&", "|", ";", "\t", ",")
_NAME_COLUMN = re.compile(r"\s*(?:\\textbf\{)?(?:(?:full|first|last|given|family|customer|client|member|patient|"
                          r"contact|employee|account|holder|beneficiary|payee|tenant|borrower)[ _]?)?(?:name|names|surname)"
                          r"s?\}?\s*|\s*(?:member|counterparty|beneficiary|payee|customer|client|borrower|tenant|"
                          r"respondent|recipient|sender|pupil|student|patient|employee|staff)s?\s*", re.IGNORECASE)
#: round twelve (P3): a bare name header, and what the other headers of its table say it names
_BARE_NAME = re.compile(r"\s*(?:\\textbf\{)?names?\}?\s*", re.IGNORECASE)
_GOODS_HEAD = re.compile(r"(?<![a-z])(?:price|prices|cost|qty|quantity|sku|stock|inventory|category|brand|model|version|"
                         r"seats|units?|size|colou?r|weight|release|barcode|ean|upc|product|item|unit_price|list_price)"
                         r"(?![a-z])", re.IGNORECASE)
_PERSON_HEAD = re.compile(r"mail|phone|mobile|msisdn|tel(?![a-z])|title|role|dept|department|dob|birth|hired|salary|"
                          r"position|gender|sex(?![a-z])|age(?![a-z])|nationality|passport|signature|village|spouse",
                          re.IGNORECASE)
_CELL_NAME = re.compile(r"[^\W\d_][^\W\d_'’.-]*(?:[ '’.-]+[^\W\d_]+){0,3}\.?")
_LEADER_NAME = re.compile(r"(?im)^[ \t]*(?:(?:full |applicant'?s? |customer'?s? )?name(?: of (?:the )?(?:applicant|guarantor|borrower|customer|patient|tenant|"
                          r"owner|holder|beneficiary|witness|spouse|father|mother|parent|guardian|child|pupil|student|"
                          r"employee|deceased|claimant|insured|member|next of kin))?|applicant|"
                          r"customer|beneficiary|patient|tenant|borrower|payee)[ \t]*(?:\.{3,}|_{3,}|…+)[ \t.:]*"
                          r"([A-ZÀ-ÖØ-Þ][\w'’-]+(?:[ \t][A-ZÀ-ÖØ-Þ][\w'’-]+){0,3})[ \t]*$")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n]|[-–—•*]\s)\s*$")


def _place(low: str) -> bool:
    g = gazetteer()
    return low in g.cities or low in g.countries or low in g.regions


def _latin_surname(word: str) -> bool:
    """A Latin word that is a surname's: listed or with a surname's ending, never an everyday word or a place."""
    low = word.casefold()
    if everyday(low) or _place(low):
        return False
    g = gazetteer()
    return low in g.surnames or bool(_LAT_END.search(low))


def _cyrillic(word: str) -> bool:
    return bool(re.match(rf"[{_CYR_U}{_CYR_L}]", word))


def _surname_ok(word: str, strict: bool) -> bool:
    """``strict``: a Cyrillic word must have a surname's ending too (one initial after it: "Глава А." is no name)."""
    if _cyrillic(word):
        return len(word) >= 3 and (not strict or bool(_CYR_END.search(word.casefold())))
    return _latin_surname(word)


def _initials(text: str) -> list[tuple[int, int, float]]:
    out: list[tuple[int, int, float]] = []
    for m in _INITIALS_FIRST.finditer(text):
        if _surname_ok(m.group(2), strict=m.group(1).count(".") < 2):  # "Приложение А. Список" is no name
            out.append((m.start(), m.end(), 0.85))
    for m in _INITIALS_AFTER.finditer(text):
        two = m.group(2).count(".") >= 2
        word = m.group(1)
        if _surname_ok(word, strict=not two) and (two or _cyrillic(word)):
            out.append((m.start(), m.end(), 0.85))
    return out


def _candidates(text: str) -> list[re.Match[str]]:
    """The capitalised words that end in a surname's ending: found from the endings (few in English text), each
    word read back from its ending (a scan of the whole text for capitalised words costs more)."""
    out: list[re.Match[str]] = []
    if not any(w.rstrip(_PUNCT).endswith(_ENDINGS_T) for w in text.split()):
        return out  # the usual case: a split and a suffix test per word, cheaper than the expression below
    for e in _END_GATE.finditer(text):
        start = e.start()
        while start > 0 and (text[start - 1].isalpha() or text[start - 1] in "'’-"):
            start -= 1
        m = _LAT_CAND.match(text, start, e.end())
        if m and m.end() == e.end() and not (start and text[start - 1].isalnum()):
            out.append(m)
    return out


def _words_before(text: str, at: int) -> list[str]:
    """The one or two capitalised words right before ``at``, one space apart (a given name, a patronymic)."""
    pre = text[max(0, at - 60) : at]
    if not pre.endswith(" ") or pre.endswith("  "):
        return []
    words: list[str] = []
    for w in reversed(pre[:-1].rsplit(" ", 2)[-2:]):
        if not _LAT_WORD_RX.fullmatch(w):
            break
        words.insert(0, w)
    return words


def _morphology(text: str) -> list[tuple[int, int, float]]:
    out: list[tuple[int, int, float]] = []
    mixed = bool(re.search(r"[a-zа-я]", text))
    if re.search(rf"[{_CYR_U}]", text):
        for m in _CYR_RUN.finditer(text):
            words = m.group(1).split()
            if not any(_CYR_END.search(w.casefold()) for w in words):
                continue
            if len(words) >= 2 or not _SENTENCE_START.search(text, 0, m.start()):
                out.append((m.start(), m.end(), 0.8 if len(words) >= 2 else 0.6))
    g = None
    for m in _candidates(text):  # a capitalised word with a surname's ending
        last = m.group()
        if _place(last.casefold()) or everyday(last):
            continue
        words = _words_before(text, m.start())
        g = g or gazetteer()
        while words and words[0].casefold() in _CALENDAR:
            words = words[1:]  # "Saturday Petrov", "Sunday Ivanova": a day opens the run, it is no given name
        if words and all(w.casefold() in g.given or not everyday(w) and not _place(w.casefold()) for w in words):
            out.append((m.start() - len(" ".join(words)) - 1, m.end(), 0.7))  # "Georgi Bozhidarov"
    if mixed and _FOUR_CAPS.search(text):
        for m in _CAPS_WORD.finditer(text):
            word = m.group(1)
            low = word.casefold()
            if _cyrillic(word):
                ok = bool(_CYR_END.search(low))
            else:
                ok = bool(_LAT_END.search(low)) and not everyday(low) and not _place(low)
            if ok:
                out.append((m.start(), m.end(), 0.65))
    return out


def _spaced(text: str) -> list[tuple[int, int, float]]:
    """A name after a letter-spaced name label, up to the next wide gap (3 spaces, a tab) or the line's end."""
    out: list[tuple[int, int, float]] = []
    for line in re.finditer(r"[^\n]+", text):
        runs = list(_SPACED.finditer(text, line.start(), line.end()))
        if not runs:
            continue
        k = 0
        while k < len(runs):
            label, j = [runs[k].group().replace(" ", "")], k
            while j + 1 < len(runs) and re.fullmatch(r" {1,3}", text[runs[j].end() : runs[j + 1].start()]):
                j += 1
                label.append(runs[j].group().replace(" ", ""))
            colon = _COLON.match(text, runs[j].end())
            if colon and _NAME_LABEL.fullmatch(" ".join(label)):
                start = colon.end()
                gap = _GAP.search(text, start)
                end = gap.start() if gap else line.end()
                chain = [r for r in runs[j + 1 :] if r.start() >= start]
                if chain and chain[0].start() == start:  # a spaced value: its runs, up to a wide gap or a label
                    end = chain[0].end()
                    for a, b in zip(chain, chain[1:]):
                        if not re.fullmatch(r" {1,3}", text[a.end() : b.start()]) or _LABEL_COLON.match(text, b.end()):
                            break
                        end = b.end()
                if end > start and any(c.isalpha() for c in text[start:end]):
                    out.append((start, end, 0.9))
            k = j + 1
    return out


def _split_values(row: str) -> list[tuple[int, int, str]]:
    vals = []
    for m in _SQL_VALUE.finditer(row):
        if m.group(1) is not None:
            vals.append((m.start(1), m.end(1), m.group(1)))
        else:
            vals.append((m.start(), m.start() + len(m.group().rstrip()), m.group().rstrip()))
    return vals


def _sql(text: str) -> list[tuple[int, int, float]]:
    out: list[tuple[int, int, float]] = []
    for m in _SQL.finditer(text):
        cols = [c.strip() for c in m.group(1).split(",")]
        names = {k for k, c in enumerate(cols) if _SQL_NAME_COL.fullmatch(c)}
        if not names:
            continue
        base = m.start(2)
        for row in _SQL_ROW.finditer(m.group(2)):
            for k, (s, e, val) in enumerate(_split_values(row.group(1))):
                if k in names and val.strip() and any(ch.isalpha() for ch in val) and val.upper() != "NULL":
                    out.append((base + row.start(1) + s, base + row.start(1) + e, 0.9))
    return out


def _caps_given(text: str) -> list[tuple[int, int, float]]:
    """A surname in capitals then a capitalised given name (module docstring), in mixed-case text only."""
    out: list[tuple[int, int, float]] = []
    for m in _CAPS_GIVEN.finditer(text):
        caps, comma, given = m.group(1), m.group(2), m.group(3)
        low = caps.casefold()
        if sum(ch in _VOWELS for ch in caps) < 2 or everyday(low) or _place(low) or low in _CALENDAR:
            continue
        glow = given.casefold()
        if _place(glow) or glow in _CALENDAR or (not comma and everyday(glow)):
            continue
        out.append((m.start(1), m.end(3), 0.6))
    return out


def _khmer(text: str) -> list[tuple[int, int, float]]:
    """Short Khmer-script runs inside text mostly in another script (module docstring)."""
    khmer = sum("\u1780" <= ch <= "\u17ff" for ch in text)
    letters = sum(ch.isalpha() for ch in text)
    if khmer * 2 > letters:
        return []
    return [(m.start(), m.end(), 0.6) for m in _KHMER_RUN.finditer(text)]


def _cells(line: str, sep: str) -> list[tuple[int, int]]:
    """(start, end) of each cell of ``line``, trimmed; a LaTeX row's closing ``\\\\`` is no cell text."""
    body = line.rstrip()
    if sep == "&" and body.endswith("\\\\"):
        body = body[:-2]
    out, at = [], 0
    for part in body.split(sep):
        lead = len(part) - len(part.lstrip())
        out.append((at + lead, at + len(part.rstrip())))
        at += len(part) + 1
    return out


def _table(text: str) -> list[tuple[int, int, float]]:
    """The cells of a table's name column (module docstring)."""
    out: list[tuple[int, int, float]] = []
    lines, at = [], 0
    for line in text.split("\n"):
        lines.append((at, line))
        at += len(line) + 1
    for i, (_, head) in enumerate(lines):
        sep = next((c for c in _TABLE_SEPS if head.count(c) >= 1 and c in head), None)
        if sep is None:
            continue
        heads = _cells(head, sep)
        cols = [k for k, (a, b) in enumerate(heads) if _NAME_COLUMN.fullmatch(head[a:b])]
        if not cols or len(heads) < 2:
            continue
        found: dict[int, list[tuple[int, int, str]]] = {k: [] for k in cols}
        for start, row in lines[i + 1:]:
            cells = _cells(row, sep)
            if len(cells) != len(heads):
                break
            for k in cols:
                a, b = cells[k]
                found[k].append((start + a, start + b, row[a:b]))
        others = " ".join(head[a:b] for k, (a, b) in enumerate(heads) if k not in cols)
        for k in cols:
            bare = _BARE_NAME.fullmatch(head[heads[k][0]:heads[k][1]]) is not None
            if bare and not _person_column([v for _, _, v in found[k]], others):
                continue
            out += [(a, b, 0.6) for a, b, v in found[k] if _CELL_NAME.fullmatch(v) and not everyday(v.casefold())]
    return out


def _name_like(cell: str) -> bool:
    """Two to four capitalised words, or one word a name list holds: what a person's cell looks like."""
    words = cell.replace("-", " ").split()
    if len(words) >= 2:
        return all(w[:1].isupper() for w in words) and not all(everyday(w.strip(".")) for w in words)
    g = gazetteer()
    low = cell.casefold()
    return low in g.given or low in g.surnames


def _person_column(values: list[str], others: str) -> bool:
    """Round twelve (P3): does a bare "Name" column hold people? "name,price" lists products, "Name|Seats" plans.
    Not when the other headers describe goods (price, stock, sku, category, seats...) and none a person (phone,
    e-mail, role...); not when any of its cells is an everyday word or phrase ("Rice", "Scale Up"); beside a
    person's column it is one; otherwise only when most cells look like a person's name (two capitalised words,
    or a listed name part): single words no list holds ("Widget", "Gadget") are products, codenames, anything."""
    if _GOODS_HEAD.search(others) and not _PERSON_HEAD.search(others):
        return False
    cells = [v.strip() for v in values if v.strip()]
    if not cells:
        return False
    if any(all(everyday(w.strip(".")) for w in v.replace("-", " ").split()) for v in cells):
        return False
    return _PERSON_HEAD.search(others) is not None or 2 * sum(_name_like(v) for v in cells) > len(cells)


def names(text: str) -> list[tuple[int, int, float]]:
    """(start, end, score) of the names the module docstring's rules find; cheap gates first."""
    out: list[tuple[int, int, float]] = []
    if _ANY_INITIAL.search(text):
        out += _initials(text)
    out += _morphology(text)
    if "  " in text or " :" in text:
        out += _spaced(text)
    if "VALUES" in text.upper():
        out += _sql(text)
    if _FOUR_CAPS.search(text):
        out += _caps_given(text)
    if any("\u1780" <= ch <= "\u17ff" for ch in text):
        out += _khmer(text)
    if "\n" in text and any(c in text for c in _TABLE_SEPS):
        out += _table(text)
    if "..." in text or "___" in text or "…" in text:
        out += [(m.start(1), m.end(1), 0.6) for m in _LEADER_NAME.finditer(text)]
    return out


# -- transliteration (the vault: a name written in turn 1 in one script, in turn 2 in the other) ----------------
#: Cyrillic -> Latin, three schemes people and registers use (BGN/PCGN-like, passport ICAO-like, ISO-like)
_CYR_LAT = (
    dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґўқғҳә",
             "a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch - y - e yu ya i yi ye g u q g h a".split())),
    dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґўқғҳә",
             "a b v g d e e zh z i i k l m n o p r s t u f kh ts ch sh shch ie y - e iu ia i i ie g u k g kh e".split())),
    dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґўқғҳә",
             "a b v g d e yo j z i j k l m n o p r s t u f h c ch sh sch - y - e ju ja i ji je g o q g h ə".split())),
)
#: Latin -> Cyrillic, digraphs first (one scheme: the reverse of the first above, with the Turkic letters)
_LAT_CYR = sorted({**{lat: cyr for cyr, lat in _CYR_LAT[0].items() if lat != "-" and "а" <= cyr <= "я"},
                   "ya": "я", "yu": "ю", "yo": "ё", "ye": "е", "e": "е", "i": "и", "y": "й", "h": "х", "x": "х",
                   "j": "ж", "c": "ц", "w": "в", "q": "к", "ə": "э", "ğ": "г", "ş": "ш", "ç": "ч", "ı": "ы",
                   "ö": "ё", "ü": "ю", "o'": "ў", "g'": "ғ"}.items(), key=lambda kv: -len(kv[0]))


def _to_latin(word: str, scheme: dict[str, str]) -> str:
    return "".join(scheme.get(ch, ch) if scheme.get(ch, ch) != "-" else "" for ch in word)


def _to_cyrillic(word: str) -> str:
    out, i = [], 0
    while i < len(word):
        for lat, cyr in _LAT_CYR:
            if word.startswith(lat, i):
                out.append(cyr)
                i += len(lat)
                break
        else:
            out.append(word[i])
            i += 1
    return "".join(out)


def transliterations(part: str) -> list[str]:
    """A name part (lower case) in the other script: Cyrillic -> up to three Latin spellings ("петров" -> "petrov";
    "юлия" -> "yuliya", "iuliia", "julija"), Latin -> one Cyrillic ("aminova" -> "аминова"). Parts under four
    letters give none (too many words of the other script are that short)."""
    if len(part) < 4 or not part.isalpha():
        return []
    if _cyrillic(part):
        out = {_to_latin(part, scheme) for scheme in _CYR_LAT}
        return sorted(w for w in out if w.isascii() and w.isalpha() or "ə" in w)
    if not re.fullmatch(r"[a-zəğşçıöü']+", part):
        return []
    cyr = _to_cyrillic(part)
    return [cyr] if re.fullmatch(rf"[{_CYR_L}]+", cyr) else []
