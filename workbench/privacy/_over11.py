"""Round eleven (P3, issue 15): more spans that are no personal data, dropped through ``_over9.not_personal``.
HELD-OUT-11 (pristine) over-redacted 3.5% of English words, 2.2% of Chinese ones; what was left on the seen splits
after round ten fell in these classes, each decided on structure or word class, not on one wording:

* **A table row read as one address**: a span that crosses two or more unquoted field separators of a CSV row
  whose separator count is its header's ("SR-5531,退款未到账,张三,李四,处理中" under "工单编号,标题,提交人,处理人,
  状态"): an address lies inside one cell. The names in the row are found on their own and stay.
* **A SQL VALUES list read as one address** (``VALUES (1, 'Ana', 'Porto'), (2, ...)``, ``(9911, 'Ana Lima', ...``):
  a span across two values of a row or two rows; the names in it are found per value (``_rec_names11``).
* **A letter-spaced label** ("N A M E", "A D D R E S S", "I D  N o"): a span made only of letter-spaced runs whose
  joined letters are form label words.
* **An OCR-misread label** before a colon ("Te1:", "N0:", "Emai1:"): a word with a digit for a letter (1 for l,
  0 for o, 5 for s) that reads as a label word.
* **A Russian document word** heading a line or a field ("Согласовано:", "Утверждено:", "Подписано:"): a
  capitalised short passive participle (-ано/-ено/-ито...) before a colon or a line break; no name ends so.
* **A span the NER ran across a table's cells** ("Gold,2019", "Billing,4\nClosed"): a spaCy span holding a field
  separator with no space after it, whose words are all everyday words (a name glued to its row's number,
  "Nurlanov,200", keeps its span: the name is in it).
* **A code read as a name** ("T-3301", "11/2026"): a PERSON that is a code's shape (a short capital prefix, then
  digits); a handle with a name in it ("Alojz_6791614340") is no code.
* **A Chinese everyday word read as a name** (车险续保 at a phrase's start): a guess of two to four characters that
  opens a phrase of running text that is one jieba dictionary word, or two, none of whose characters after the surname is commoner
  in given names than in running text (``data/zh_name_chars.tsv`` bucket <= 0); never a field's value (收货人：白一,
  "name":"马行"), a guess at a line's end, or one right after a name cue (姓名, 客户, 联系人 ...).
* **A job title read as a name** ("occupation: KYC Analyst", "Payroll Officer"): two to four words, the last a
  role noun (``role_words``), the others everyday words or short acronyms, none a listed given name.
"""

from __future__ import annotations

import re

_SEPS = (",", ";", "\t", "|")
_SPACED_RUN = re.compile(r"[^\W\d_](?: [^\W\d_])+")
_LABEL_WORDS = frozenset(
    "name names surname forename full first last given family address addr street city town phone tel mobile mob fax "
    "email mail e-mail id no nr number date birth dob sex gender signature sign customer client patient account iban "
    "card code zip postcode post country nationality passport occupation age ref".split())
_OCR_LABEL = re.compile(r"[A-Za-z]*[015][A-Za-z015]*")
_OCR_MAP = str.maketrans({"1": "l", "0": "o", "5": "s"})
_COLON_AFTER = re.compile(r"[ \t]*[:：]")
_RU_PARTICIPLE = re.compile(r"[А-ЯЁ][а-яё]{3,}(?:ано|яно|ено|ёно|ито|ыто|уто)")
#: a Russian adjective or participle used as a field's label ("Ответственный:", "Исполнительный:", "Основные:")
_RU_LABEL_ADJ = re.compile(r"[А-ЯЁ][а-яё]{4,}(?:ый|ое|ые|ие)")
_SQL_ROWS = re.compile(r"\)\s*,\s*\(|'\s*,\s*'|(?<![\w'])\d+\s*,\s*'|'\s*,\s*\d+(?![\w'])")
_GLUED_SEP = re.compile(r"[,;|\t](?=\S)")
_CODE = re.compile(r"[A-Z]{0,5}[-_/#.]?\d[\d/.\-]*[A-Z]?")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_ZH_RUN = re.compile(r"[\u4e00-\u9fff]{2,4}")
_ZH_CUES = ("姓名", "客户", "联系人", "员工", "用户", "患者", "收件人", "收货人", "持卡人", "户名", "经理", "老师", "医生",
            "同事", "申请人", "借款人", "负责人", "代表人", "叫", "是", "给", "和", "与", "找", "问")
_ACRONYM = re.compile(r"[A-Z]{2,5}")
#: job heads that ``role_words`` lacks (its suffix rule reads "-er/-or/-ist..."; these end otherwise or are short)
_JOB_HEADS = frozenset("analyst clerk registrar broker officer manager specialist consultant coordinator administrator "
                       "executive accountant auditor underwriter teller cashier lead head secretary".split())


def _line(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def _unquoted_count(line: str, sep: str, start: int = 0, end: int | None = None) -> int:
    """Separators outside double quotes in ``line[start:end]``, the quotes counted from the line's start."""
    end = len(line) if end is None else end
    count, quoted = 0, False
    for i, ch in enumerate(line[:end]):
        if ch == '"':
            quoted = not quoted
        elif ch == sep and not quoted and i >= start:
            count += 1
    return count


def _table_row(text: str, start: int, end: int) -> bool:
    """The span crosses 2+ unquoted separators of a row whose block's first line (its header) has as many."""
    ls, le = _line(text, start)
    if end > le:
        return False
    line = text[ls:le]
    for sep in _SEPS:
        inside = _unquoted_count(line, sep, start - ls, end - ls)
        if inside < 2:
            continue
        count = _unquoted_count(line, sep)
        # the header: the first line of the block of lines with as many separators
        pos = ls
        header = None
        while pos > 0:
            ps, pe = _line(text, pos - 1)
            if _unquoted_count(text[ps:pe], sep) != count or not text[ps:pe].strip():
                break
            header = text[ps:pe]
            pos = ps
        if header is not None and count >= 2 and all(len(c.split()) <= 4 and len(c) <= 30 and c.strip()[-1:] not in
                                                     ".!?。！？" for c in header.split(sep)):
            return True  # a header's cells are short labels ("工单编号", "Status"), no sentence
    return False


def _spaced_label(value: str) -> bool:
    runs = _SPACED_RUN.findall(value)
    if not runs or _SPACED_RUN.sub("", value).strip(" :：.") != "":
        return False
    return all(r.replace(" ", "").casefold() in _LABEL_WORDS for r in runs)


def _ocr_label(text: str, start: int, end: int) -> bool:
    value = text[start:end]
    return bool(_OCR_LABEL.fullmatch(value)) and any(c.isalpha() for c in value) and \
        value.translate(_OCR_MAP).casefold() in _LABEL_WORDS and bool(_COLON_AFTER.match(text, end))


def _ru_document_word(text: str, start: int, end: int) -> bool:
    value = text[start:end]
    if _RU_LABEL_ADJ.fullmatch(value):
        return bool(_COLON_AFTER.match(text, end))
    if not _RU_PARTICIPLE.fullmatch(value):
        return False
    return bool(_COLON_AFTER.match(text, end)) or end == len(text) or text[end] == "\n"


def _across_cells(value: str) -> bool:
    if not _GLUED_SEP.search(value):
        return False
    from ._gazetteer import everyday

    words = re.findall(r"[^\W\d_]+", value)
    return bool(words) and all(everyday(w) for w in words)


def _zh_word(word: str, name_ok: bool = False) -> bool:
    """A jieba dictionary word counted at least once (``name_ok``: also one jieba tags as a name)."""
    import jieba

    from ._rec_zh import _tag_of

    tag = _tag_of(word)
    return jieba.dt.FREQ.get(word, 0) > 0 and bool(tag) and (name_ok or not tag.startswith("nr"))


def _zh_everyday(text: str, start: int, end: int) -> bool:
    value = text[start:end]
    if not _ZH_RUN.fullmatch(value) or text[max(0, start - 3) : start].endswith(_ZH_CUES):
        return False
    from ._rec_cjk10 import _bucket

    if start and text[start - 1] not in "，。！？；、,.!?;\n " or end >= len(text) or not _HAN.match(text[end]):
        return False  # only at a phrase's start and inside running text: never a field's value (收货人：白一)
    if not all(_bucket(ch) <= 0 for ch in value[1:]):
        return False
    return _zh_word(value) or any(_zh_word(value[:i]) and _zh_word(value[i:], True) for i in range(2, len(value) - 1))


def _job_title(value: str) -> bool:
    from ._gazetteer import everyday, gazetteer, role_words

    words = value.split()
    if not 2 <= len(words) <= 4 or words[-1].casefold() not in role_words() | _JOB_HEADS:
        return False
    given = gazetteer().given
    return all(w.casefold() not in given and (_ACRONYM.fullmatch(w) or w[:1].isupper() and everyday(w))
               for w in words[:-1])


def not_personal(text: str, start: int, end: int, entity: str, source: str = "") -> bool:
    """True when ``text[start:end]`` read as ``entity`` is one of the module docstring's non-personal spans."""
    if entity in ("ADDRESS", "LOCATION") and "\n" in text and _table_row(text, start, end):
        return True
    if entity == "ADDRESS" and _SQL_ROWS.search(text, start, end) and "VALUES" in text.upper():
        return True
    if entity not in ("PERSON", "LOCATION", "ORGANIZATION"):
        return False
    value = text[start:end]
    if " " in value and _spaced_label(value):
        return True
    if _ocr_label(text, start, end):
        return True
    if entity == "PERSON" and _ru_document_word(text, start, end):
        return True
    if source == "SpacyRecognizer" and _across_cells(value):
        return True
    if entity == "PERSON" and " " not in value and _CODE.fullmatch(value) and not _ZH_RUN.search(value):
        return True
    if entity == "PERSON" and _zh_everyday(text, start, end):
        return True
    return entity == "PERSON" and source != "NameShapeRecognizer" and _job_title(value)
