"""Postcodes outside a street block: after their label, after a town in a sentence, in table cells.

Split out of ``_rec_address.py`` (round five).
"""

from __future__ import annotations

import re

from ._checks import table_cells
from ._rec_address_shapes import _CAPW, _END, _L, _PARTICLES, _UK_POSTCODE

#: a postcode after its own label, in any national shape: "billing postcode 941", "postcode=9543850",
#: "zip code is 85-241", "CEP 01310-100", "PLZ: 10115", "〒100-0001", "postal code K1A 0B1"
_LABELLED_POSTCODE = re.compile(
    r"(?:(?i:\b(?:post(?:al)?[ \t]?code|zip(?:[ \t]?code)?|postleitzahl|code[ \t]postal|c[óo]digo[ \t]postal|"
    r"pin[ \t]?code|postnummer|postinumero|irányítószám|kod[ \t]pocztowy|postcode)\b)|\b(?:PLZ|CEP|CAP|NPA|PSČ|C\.P\.)|〒)"
    r"[ \t]*(?:(?:is|was|of|=|:|#|-|no\.?)[ \t]*){0,2}"
    rf"(?P<code>{_UK_POSTCODE}|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d|(?:[A-Z]{{1,2}}-)?\d{{2,8}}(?:[ \-]\d{{2,4}})?(?:[ \t]?[A-Z]{{2}})?)"
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


def table_postcodes(text: str) -> list[tuple[int, int]]:
    """Postcode cells: under a header that names them, or, in a row with an e-mail address, right after a
    cell that is a town (capitalised words, no digits): "| Árna Vermundsson | Þingeyri | 272 | arna@… |"."""
    out: list[tuple[int, int]] = []
    pos, header = 0, None
    for line in text.split("\n"):
        sep, cells = table_cells(line)
        if not sep:
            header = None
        elif header is not None and header[0] == sep:
            for k, (a, b) in enumerate(cells):
                if k in header[1] and _CELL_POSTCODE.fullmatch(line[a:b]) and any(c.isdigit() for c in line[a:b]):
                    out.append((pos + a, pos + b))
        else:
            columns = {k for k, (a, b) in enumerate(cells) if _POSTCODE_HEADER.match(line[a:b])}
            if columns:
                header = (sep, columns)
            elif "@" in line:
                for k in range(1, len(cells)):
                    a, b = cells[k]
                    pa, pb = cells[k - 1]
                    if _CELL_POSTCODE.fullmatch(line[a:b]) and any(c.isdigit() for c in line[a:b]) and re.fullmatch(
                            rf"{_CAPW}(?:[ \t\-]+(?:{_CAPW}|(?:{_PARTICLES}|[{_L}]{{1,3}}){_END})){{0,3}}", line[pa:pb]):
                        out.append((pos + a, pos + b))
        pos += len(line) + 1
    return out
