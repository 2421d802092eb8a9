"""Round twelve (P3, issue 15): the rest of a name whose other words were found, and a name after a party word.

HELD-OUT-12 (seen) leaked names in halves: one recognizer found "Emmanuel Nnko" and the given name before it stayed
("'name': 'Witness Emmanuel Nnko'", "<td>Immaculate Ssempala</td>", "INGABIRE Jean Bosco", "Rx 00418  Mugabi
Henry"). East African virtue names (Witness, Happiness, Precious, Innocent) and Khmer surnames (Touch, Chum) are
everyday English words, so no word list reads them as names; where they stand is what says so. Two structures:

* **Growth** (:func:`grow`, on the merged spans in ``Privacy._select``): a PERSON span takes the capitalised words
  beside it (one space apart, same line, four words at most in all) when
  - the span and those words fill a **field** exactly: a quoted value, a table cell (``|``, tab, ``;``, ``,``,
    ``<td>``, two or more spaces), a list item up to `` - `` or ``(``, a line, the value after a label's colon;
    then any capitalised word that is no role ("Analyst", "Customer"), title, honorific, greeting, calendar word,
    country, organisation word or function word goes with the name ("Witness Emmanuel Nnko" in quotes);
  - or, in running text, the word is no everyday word, place or known acronym at all ("INGABIRE Jean Bosco",
    "with Mugabi Henry");
  - a title's abbreviation read as the name takes the word after its dot ("Dkt. Happiness"), and a PERSON span
    just beside the words taken counts as the same field.
  A word another span already holds (a phone, a place the tagger read) is left to it.
* **A party word before a name** (:func:`names`, through ``NameShapeRecognizer``): a lower-case party or role word
  ("customer", "respondent", "tenant", "beneficiary") or a contact verb ("meet", "ping", "cc") and then one to three
  capitalised words that are no everyday words (or are listed given names: "customer Precious sent"), the run
  closed by lower case or punctuation ("customer Serey sent UGX", "respondent Simbarashe, head of household",
  "please meet Pacifique at"); in a run of two or three, everyday words may open it when its last word is none
  ("the customer Happiness Amani Mbwambo wants"). "customer Service", "client Success Team" stay.
"""

from __future__ import annotations

import re

from ._gazetteer import RANKS, TITLES, everyday, gazetteer, role_words

_WORD = r"(?:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+(?:-[A-ZÀ-ÖØ-Þ]?[a-zß-öø-ÿ]+)?|[A-ZÀ-ÖØ-Þ]{2,}(?:-[A-ZÀ-ÖØ-Þ]{2,})?)"
_BEFORE = re.compile(rf"(?:(?<=[\s'\"“‘(>|;,:])|^)({_WORD})[ ]$", re.MULTILINE)
_AFTER = re.compile(rf"^[ ]({_WORD})(?![\w'’-])")
#: what closes a field on the left / on the right of a name
_FIELD_LEFT = re.compile(r"(?:^|[\n'\"“‘(>|;,:\t]|[ ]{2,}|[ ][-–—][ ]|^[ \t]*\d{1,3}[.)])[ ]*$", re.MULTILINE)
_QUOTED_LEFT = re.compile(r"['\"“‘]$")
_QUOTED_RIGHT = re.compile(r"^['\"”’]")
_FIELD_RIGHT = re.compile(r"^[ ]*(?:$|['’](?![st]\b)|[\n\"”)<|;,\t(]|[ ]{2,}|[ ][-–—][ ]|\.(?:\s|$))")
_FUNCTION = frozenset(
    "the a an and or but of to in on at by for from with as via per re fw fwd cc bcc attn dear hi hello hey thanks "
    "thank regards best cheers sincerely yours kind warm good morning afternoon evening team all everyone this that "
    "these those our your my their his her its we you he she they it i mr mrs ms dr sir madam present absent "
    "apologies chair chairperson secretary treasurer minutes item agenda note notes re subject from to date sent "
    "phd md mba cpa esq jr sr ii iii iv ceo cfo cto coo vp hr it pm qa ui ux id no ref tel fax mob".split())
_CALENDAR = frozenset("monday tuesday wednesday thursday friday saturday sunday january february march april may june "
                      "july august september october november december jan feb mar apr jun jul aug sep sept oct nov "
                      "dec today tomorrow yesterday".split())
_ORG = frozenset("inc ltd llc gmbh corp co ag sa plc group holdings bank university college school hospital club "
                 "foundation institute agency services solutions systems limited company trust fund cooperative "
                 "union society council ministry department office committee board".split())
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s+|[-–—•*]\s+)$", re.MULTILINE)
_ABBREV = re.compile(r"[A-Z][a-z]{1,3}")
_CONTRACTION = re.compile(r"['’](?:s|t|re|ll|ve|d|m)$")
_ROLE_END = re.compile(r"(?:er|or|ist|ian|ant|ent|ary|ee)$")


def _vowel(word: str) -> bool:
    return any(ch in "AEIOUYÀÁÂÄÈÉÊËÌÍÎÏÒÓÔÖÙÚÛÜaeiouyàáâäèéêëìíîïòóôöùúûü" for ch in word)


def _barred(word: str) -> bool:
    """A word that is never the rest of a name, whatever stands around it (roles: :func:`_role`)."""
    low = word.casefold().strip("'’")
    g = gazetteer()
    if low in _FUNCTION or low in _CALENDAR or low in _ORG or low in TITLES or low in RANKS or low in g.countries:
        return True
    from ._privacy import _TRADE_END  # "Adeyemi Lettings": the firm's trade word stays
    from ._rec_names10 import _is_honorific

    if low in _TRADE_END or _is_honorific(word, True) or _is_honorific(word, False):
        return True
    if word.isupper() and (len(word) < 4 or not _vowel(word)):
        return True  # an acronym: "UN", "NGO", "KYC"
    return _CONTRACTION.search(low) is not None  # "It's", "Don't"


def _role(word: str) -> bool:
    low = word.casefold()
    return low in role_words() and low not in gazetteer().given


def _in_prose(word: str) -> bool:
    """Running text: only a word no list reads as anything else goes with the name beside it, or a listed given
    name or surname that is a rare word ("Touch", "Innocent"; not "Will", "Grace", "Rose")."""
    low = word.casefold()
    g = gazetteer()
    if low in g.cities or low in g.towns or low in g.regions:
        return False
    if everyday(low):
        from ._known import _COMMON
        from ._rec_tagger import common_words

        return (low in g.given or low in g.surnames) and low not in _COMMON and low not in common_words()
    return len(low) >= 3 and not _ROLE_END.search(low) or low in g.given or low in g.surnames


def grow(text: str, spans: list[list]) -> None:
    """Widen the raw PERSON spans of ``spans`` ([start, end, type, score, rank, placeholder], rank 1 = a
    recognizer's) over the rest of their name, in place (module docstring)."""
    from ._rec_zh_names14 import grow as grow14

    grow14(text, spans)  # round fourteen (PZN): the surname left before a Chinese or romanised given name
    from ._rec_zh_names15 import grow as grow15

    grow15(text, spans)  # round fifteen (PZN): a surname written apart from its given name (段 秀珍, 田/秀英)
    if not any(s[2] == "PERSON" and s[4] == 1 for s in spans):
        return
    from ._rec_names13 import trim

    trim(text, spans)  # round thirteen (PN): "M. AILLEBOUST Babette est convoqué" ends at "Babette"
    from ._rec_names14 import later_mentions

    later_mentions(text, spans)  # round fourteen (PT): a sure name's parts where they stand alone later in the text
    taken = [(s[0], s[1]) for s in spans]
    for span in spans:
        if span[2] != "PERSON" or span[4] != 1 or span[5] is not None:
            continue
        start, end = span[0], span[1]
        value = text[start:end]
        others = [(a, b, t) for a, b, t, *_ in spans if (a, b) != (start, end) and t == "PERSON"]
        if "\n" in value or not value.strip() or len(value.split()) > 3:
            continue
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        left: list[tuple[int, str]] = []
        right: list[tuple[int, str]] = []
        s, e = start, end
        if _ABBREV.fullmatch(value) and text.startswith(". ", end):
            m = _AFTER.match(text[end + 1:line_end])  # "Dkt. Happiness": a title's abbreviation read as the name
            if m and not _barred(m.group(1)):
                right.append((end + 1 + m.end(1), m.group(1)))
                e = end + 1 + m.end(1)
        while len(value.split()) + len(left) + len(right) < 4:
            m = _BEFORE.search(text, line_start, s)
            if not m or _barred(m.group(1)) or any(a < s and m.start(1) < b for a, b in taken if (a, b) != (start, end)):
                break
            left.append((m.start(1), m.group(1)))
            s = m.start(1)
        while len(value.split()) + len(left) + len(right) < 4:
            m = _AFTER.match(text[e:line_end])
            if not m or _barred(m.group(1)) or any(e < b and a < e + m.end(1) for a, b in taken if (a, b) != (start, end)):
                break
            right.append((e + m.end(1), m.group(1)))
            e = e + m.end(1)
        if not left and not right:
            continue
        # a PERSON span just beside the words taken is the same name's: the field runs to its far edge
        fs = next((a for a, b, t in others if t == "PERSON" and b < s and not text[b:s].strip()), s)
        fe = next((b for a, b, t in others if t == "PERSON" and a > e and not text[e:a].strip()), e)
        if _FIELD_LEFT.search(text, line_start, fs) and _FIELD_RIGHT.match(text[fe:line_end] or ""):
            quoted = _QUOTED_LEFT.search(text, line_start, fs) and _QUOTED_RIGHT.match(text[fe:line_end])
            opener = left[-1][1] if left else ""  # a line's first word is capitalised whatever it is ("Call Li Wei.")
            line_opener = bool(opener) and not text[line_start:fs].strip() and everyday(opener.casefold())
            if quoted or not any(_role(w) for _, w in left + right) and not line_opener:
                span[0], span[1] = s, e  # the name fills its field: every word beside it is part of it
                continue
        # running text: only the words no list reads otherwise, nearest first
        new_s = start
        for at, word in left:
            if not _in_prose(word) or _role(word) or _SENTENCE_START.search(text, line_start, at):
                break  # the first word of a sentence is capitalised whatever it is ("Call Li Wei")
            new_s = at
        new_e = end
        for at, word in right:
            if not _in_prose(word) or _role(word):
                break
            new_e = at
        span[0], span[1] = new_s, new_e


#: a lower-case party word or contact verb, then capitalised words, closed by lower case or punctuation
_PARTY = re.compile(rf"(?<![\w-])(?:customer|client|respondent|tenant|beneficiary|borrower|guarantor|applicant|patient|"
                    rf"member|recipient|payee|sender|pupil|student|caller|claimant|farmer|supplier|driver|rider|agent|"
                    rf"officer|witness|meet|met|ping|pinged|cc|cc'd|ask|asked|tell|told|thank|thanked|call|called|"
                    rf"paid|pay|visit|visited|contact|contacted|remind|email|emailed|text|texted|message|messaged)"
                    rf"[ \t]+({_WORD}(?:[ \t]+{_WORD}){{0,2}})(?=[ \t]*(?:[,;:.!?)]|[ \t][a-z(]|$))")


def names(text: str) -> list[tuple[int, int, float]]:
    """(start, end, score) of the names after a party word or contact verb (module docstring), and of a Chinese
    table's person column (:func:`zh_table`)."""
    out: list[tuple[int, int, float]] = zh_table(text) if any("\u4e00" <= ch <= "\u9fff" for ch in text) else []
    g = gazetteer()
    for m in _PARTY.finditer(text):
        words = m.group(1).split()
        if any(_barred(w) or _role(w) for w in words):
            continue
        plain = [everyday(w.casefold()) and w.casefold() not in g.given for w in words]
        if plain[-1] and not (len(words) > 1 and not plain[0] and _in_prose(words[-1])) or any(plain) and len(words) < 2:
            continue  # "customer Service", "meet Tomorrow", "client Success Team" (not "Ishimwe Innocent")
        if any(w.casefold() in g.cities or w.casefold() in g.regions for w in words) and not any(
                w.casefold() in g.given or w.casefold() in g.surnames for w in words):
            continue  # "visit Kampala", "called Nairobi"
        out.append((m.start(1), m.end(1), 0.8 if len(words) > 1 else 0.6))  # 0.8: not a guess inside spaCy's ORG
    return out


#: a chat line: a speaker's one word, a colon, then an utterance (three words or more, lower-case words among them)
_CHAT_LINE = re.compile(r"^[ \t]*(?:\[[^\]\n]{1,20}\][ \t]*)?([^\W\d_][\w'’-]*)[ \t]?:[ \t]+(\S+(?:[ \t]+\S+){2,})",
                        re.MULTILINE)


def speaker(text: str, start: int, end: int) -> bool:
    """Round twelve (P3): ``text[start:end]`` is the speaker of a chat transcript, not a form label: it opens a line
    with a colon and an utterance after it ("Hafiz: can you rerun the cohort query?"), and another line of the text
    has the same shape ("Mele: on it, give me ten minutes"). A form's label is followed by a value ("Town: Sialkot");
    words in everyday use ("Note:", "Update:", "Summary:") and roles ("Agent:") stay labels."""
    if ":" not in text[end:end + 2] or "\n" not in text:
        return False
    lines = [m for m in _CHAT_LINE.finditer(text) if re.search(r"(?<![\w'’])[a-z]{2,}(?![\w'’])", m.group(2))]
    here = next((m for m in lines if m.start(1) == start and m.end(1) == end), None)
    if here is None or len(lines) < 2:
        return False
    from ._rec_tagger import common_words

    low = text[start:end].casefold()
    return low not in common_words() and not _role(text[start:end]) and low not in _FUNCTION and low not in _CALENDAR


#: a Chinese table's person column: the header cell names who handles, asks, sends or signs
_ZH_PERSON_HEAD = re.compile(r"[ \t]*(?:姓名|负责人|負責人|处理人|處理人|提交人|联系人|聯繫人|联络人|经办人|經辦人|申请人|申請人|"
                             r"收件人|发件人|發件人|收货人|收貨人|报修人|報修人|审批人|審批人|跟进人|跟進人|客户姓名|客戶姓名|"
                             r"员工姓名|員工姓名|记录人|記錄人|值班人|签收人|簽收人)[ \t]*")
_ZH_CELL = re.compile(r"[ \t]*([\u4e00-\u9fff]{2,4})[ \t]*")


def zh_table(text: str) -> list[tuple[int, int, float]]:
    """Round twelve (P3): the cells of a Chinese table's person column ("| 负责人 | 部门 |", "工单号,处理人,状态"): in
    each row under the header with as many cells, a cell of two to four Han characters that opens with a surname is a
    name, whatever words its characters also spell (周一鸣: 周一 is Monday); a two-character cell that is an everyday
    word (马上, 本人, 高峰) is left to the other recognizers."""
    if "\n" not in text:
        return []
    from ._rec_zh import COMPOUND_SURNAMES, SURNAMES
    from ._rec_zh_names import everyday_words

    out: list[tuple[int, int, float]] = []
    lines, at = [], 0
    for line in text.split("\n"):
        lines.append((at, line))
        at += len(line) + 1
    for i, (_, head) in enumerate(lines):
        sep = next((c for c in ("|", "\t", ",", "，", ";") if c in head), None)
        if sep is None or not any(_ZH_PERSON_HEAD.fullmatch(c) for c in head.split(sep)):
            continue
        cells = head.split(sep)
        cols = [k for k, c in enumerate(cells) if _ZH_PERSON_HEAD.fullmatch(c)]
        for start, row in lines[i + 1:]:
            if set(row.strip()) <= set("|-: \t"):
                continue  # a markdown rule line
            parts = row.split(sep)
            if len(parts) != len(cells):
                break
            pos = start
            for k, part in enumerate(parts):
                m = _ZH_CELL.fullmatch(part)
                if k in cols and m:
                    name = m.group(1)
                    if (name[:2] in COMPOUND_SURNAMES or name[0] in SURNAMES) and not (
                            len(name) == 2 and name in everyday_words()):  # 马上, 本人, 高峰: the word
                        out.append((pos + m.start(1), pos + m.end(1), 0.85))
                pos += len(part) + len(sep)
    return out

