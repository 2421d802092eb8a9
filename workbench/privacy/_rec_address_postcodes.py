"""Postcodes outside a street block: after their label, after a town in a sentence, in table cells.

Split out of ``_rec_address.py`` (round five).
"""

from __future__ import annotations

import re

from ._checks import table_cells
from ._rec_address_shapes import _CAPW, _END, _L, _PARTICLES, _UK_POSTCODE

#: round seven b: a postcode written as hyphen-joined groups of letters and digits ("KD-41-P22-ZZ-07", "AB-12-C3"),
#: at least three groups, with a digit and a letter in it
_CODE = r"(?=[A-Z0-9\-]*\d)(?=[A-Z0-9\-]*[A-Z])[A-Z0-9]{1,4}(?:-[A-Z0-9]{1,4}){2,5}(?![\w\-])"
#: the label of a postcode that is part of the address (after a comma, or heading its own line): "…, CEP 60025-120"
LABEL_BEFORE = re.compile(r"(?:(?:^|(?<=\n))[ \t>]*|(?<=,)[ \t]*)(?:(?i:post(?:al)?[ \t]?code|zip(?:[ \t]?code)?|pin(?:[ \t]?code)?)"
                          r"|CEP|C\.P\.|PLZ|CAP)[ \t]*:?[ \t]*$")
#: a postcode after its own label, in any national shape: "billing postcode 941", "postcode=9543850",
#: "zip code is 85-241", "CEP 01310-100", "PLZ: 10115", "〒100-0001", "postal code K1A 0B1"
_LABELLED_POSTCODE = re.compile(
    r"(?:(?i:\b(?:post(?:al)?[ \t]?code|zip(?:[ \t]?code)?|postleitzahl|code[ \t]postal|c[óo]digo[ \t]postal|"
    r"pin[ \t]?code|postnummer|postinumero|irányítószám|kod[ \t]pocztowy|postcode)\b)|\b(?:PLZ|CEP|CAP|NPA|PSČ|C\.P\.)|〒)"
    r"[ \t]*(?:[\"'][ \t]*(?=[:=]))?(?:(?:is|was|of|=|:|#|-|no\.?)[ \t]*[\"']?[ \t]*){0,2}"  # round nine b: "zip": "…"
    rf"(?P<code>{_UK_POSTCODE}|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d|\d{{10}}|(?:[A-Z]{{1,2}}-)?\d{{2,8}}(?:[ \-]\d{{2,5}})?(?:[ \t]?[A-Z]{{2}})?"
    rf"|{_CODE})"  # round seven b: Iran's "13145-67890" (5-5), a code of letter-digit groups
    r"(?![\w\-/]|[.,]\d)"
)
#: a town and its postcode in a sentence, after a place word: "in Oldebroek 7251UA", "in HARJAVALTA 29200"
_TOWN_POSTCODE = re.compile(
    rf"(?<=\b(?:in|at|to) )(?P<town>{_CAPW}(?:[ \t\-](?:{_CAPW}|(?:{_PARTICLES}){_END})){{0,3}})[ \t]+"
    r"(?P<code>(?!(?:19|20)\d\d(?![\w\-]))\d{4,6}(?:-\d{3})?(?:[ \t]?[A-Z]{2})?|\d{2}-\d{3}|\d{3}[ \t]\d{2}"
    r"|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d)(?![\w\-%/]|[.,]\d)"
)
_NOT_TOWN = frozenset(
    "room rooms page section chapter figure fig table version v release build stock order invoice ticket case unit "
    "units level floor gate terminal hall block lot row column step phase item model year week day quarter q1 q2 q3 "
    "q4 total sales revenue budget batch box".split()
)
#: a table header cell that names the postcode column
_POSTCODE_HEADER = re.compile(r"(?i)^\W*(?:post(?:al)?[ \t_]?code|zip(?:[ \t_]?code)?|plz|postleitzahl|cep|cap|npa|"
                              r"code[ \t_]postal|c[óo]digo[ \t_]postal|pin[ \t_]?code|postnummer)\W*$")
_CELL_POSTCODE = re.compile(rf"(?:{_UK_POSTCODE}|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d|(?:[A-Z]{{1,2}}-)?\d{{3,8}}(?:[ \-]\d{{2,4}})?"
                            r"(?:[ \t]?[A-Z]{2})?)")


#: a town cell: capitalised words, no digits ("San Leandro", "Lynn Haven", "Þingeyri")
_TOWN_CELL = re.compile(rf"(?=[^\d]{{3}}){_CAPW}(?:[ \t\-]+(?:{_CAPW}|(?:{_PARTICLES}|[{_L}]{{1,3}}){_END})){{0,3}}")
#: a phone cell: 7+ digits with a phone's marks only ("+370-614 74 868 x717", "(053) 168 (ext 2531)")
_PHONE_CELL = re.compile(r"(?=(?:[^\d]*\d){7})(?=.*[+( \-./])(?:\(\+|[+(])?[\d][\d \-./()]*(?:\s?(?:x|ext\.?|#)\s?\d{1,5}\)?)?", re.IGNORECASE)
#: the postcode shapes that stand alone in a contact row: five digits (US ZIP, DE, FR, IT, ES, MX...), ZIP+4,
#: or a shape with letters (UK, Canada, NL "1234 AB")
_ROW_POSTCODE = re.compile(rf"\d{{5}}(?:-\d{{4}})?|{_UK_POSTCODE}|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d|\d{{4}}[ \t]?[A-Z]{{2}}")


_BARE_PHONE_CELL = re.compile(r"0[1-9]\d{8,10}")  # a national number with its trunk 0, unspaced: "03303187996"


def _last_four(line: str, cells: list[tuple[int, int]], k: int) -> bool:
    """Four digits (no year) closing a contact row that has an e-mail and a phone cell: the postcode of the
    Philippines, Australia, Austria, Switzerland, Belgium, Denmark... ("a@b.ph,Ana,Cruz,09171234567,1630")."""
    a, b = cells[k]
    value = line[a:b]
    if k != len(cells) - 1 or "@" not in line or not re.fullmatch(r"\d{4}", value) or re.fullmatch(r"(?:19|20)\d\d", value):
        return False
    return any(_PHONE_CELL.fullmatch(line[pa:pb]) or _BARE_PHONE_CELL.fullmatch(line[pa:pb]) for pa, pb in cells[:k])


def _cell(line: str, a: int, b: int) -> tuple[int, int]:
    """A cell without the quotes of a CSV field: '"20095"' -> '20095'."""
    if b - a >= 2 and line[a] == line[b - 1] and line[a] in "\"'":
        return a + 1, b - 1
    return a, b


def table_postcodes(text: str) -> list[tuple[int, int]]:
    """Postcode cells: under a header that names them; in a contact row (one with an e-mail address or a
    phone cell), right after or right before a cell that is a town ("| Árna Vermundsson | Þingeyri | 272 |
    arna@… |", "Darcey;Lance;94577;San Leandro;+370-614 74 868"), or, with no header naming the column
    otherwise, a cell in a postcode shape that stands alone (five digits, ZIP+4, UK/Canadian/Dutch):
    "Soledad Chopton<TAB>+60 1812-57-381<TAB>s@zoho.com<TAB>06042". Under a header row that names its
    columns and none of them a postcode ("id;owner;contact"), the contact-row rules do not apply."""
    out: list[tuple[int, int]] = []
    pos, header, other_header = 0, None, False
    for line in text.split("\n"):
        sep, cells = table_cells(line)
        cells = [_cell(line, a, b) for a, b in cells]
        if not sep:
            header, other_header = None, False
        elif header is not None and header[0] == sep:
            for k, (a, b) in enumerate(cells):
                if k in header[1] and _CELL_POSTCODE.fullmatch(line[a:b]) and any(c.isdigit() for c in line[a:b]):
                    out.append((pos + a, pos + b))
        else:
            columns = {k for k, (a, b) in enumerate(cells) if _POSTCODE_HEADER.match(line[a:b])}
            if columns:
                header = (sep, columns)
            elif len(cells) >= 2 and not any(c.isdigit() for c in line) and "@" not in line:
                other_header = True  # a header row that names its columns: the postcode rule needs its own header
            elif not other_header and len(cells) >= 3 and (
                    "@" in line or any(_PHONE_CELL.fullmatch(line[a:b]) for a, b in cells)):
                for k, (a, b) in enumerate(cells):
                    value = line[a:b]
                    if not (_CELL_POSTCODE.fullmatch(value) and any(c.isdigit() for c in value)):
                        continue
                    beside = [cells[i] for i in (k - 1, k + 1) if 0 <= i < len(cells)]
                    town = any(_TOWN_CELL.fullmatch(line[pa:pb]) for pa, pb in beside)
                    if town or _ROW_POSTCODE.fullmatch(value) or _last_four(line, cells, k):
                        out.append((pos + a, pos + b))
        pos += len(line) + 1
    return out
