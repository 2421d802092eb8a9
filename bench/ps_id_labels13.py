"""Round thirteen (PS): write ``workbench/privacy/data/id_labels13.txt``, the names of identity, tax and register
numbers of every country python-stdnum knows, for ``_rec_ids13``'s label slot.

Each stdnum country module opens its docstring with the number's names: "RNC (Registro Nacional del Contribuyente,
Dominican Republic tax number)." The short names before the bracket ("RNC"; "NIPT, NUIS"; "ЄДРПОУ, EDRPOU") are
written as acronyms (matched case-sensitively, as whole words) and the first name inside it, the number's own name
in its language ("Registro Nacional del Contribuyente", "Vergi Kimlik Numarası"), as a phrase (matched
case-insensitively). Postcodes, bank accounts, securities and receipts are left out (they are no one's id).
Only names are taken (facts about each scheme), no code: the wheel is read as an archive, never installed.

    python bench/ps_id_labels13.py --stdnum DIR/python_stdnum-2.2-py3-none-any.whl
"""

from __future__ import annotations

import argparse
import ast
import re
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "workbench" / "privacy" / "data" / "id_labels13.txt"
SKIP = re.compile(r"postleitzahl|postal_code|postcode|postnummer|iban|bankaccount|kontonr|/ccc\.|/cbu\.|/rtn\.|wkn|"
                  r"sedol|nace|banknote|ecnumber|/aic\.|cups|leitweg|ogm_vcs|esr|/ncf\.|/eic\.|excise|at_02|"
                  r"referenciacatastral|/cae\.|/oss\.|brin|iso7064|/gs1|/isbn|/issn|/isin|/ismn|/isan|/isil|/imei|"
                  r"/imo|/imsi|/meid|/grid|/lei|/bic|/figi|/cusip|/ean|/mac|/casrn|/iban|/vatin|/luhn|/verhoeff|"
                  r"/damm|/mod_")
#: short names that are everyday words or other things in analyst text (never read as a label here)
NOT_LABELS = frozenset("IN CN CC CF CI CR MF NN NI BN EIN VAT UID MST TIN PIN ID".split())


def first_line(source: str) -> str:
    doc = ast.get_docstring(ast.parse(source)) or ""
    return doc.strip().splitlines()[0].strip().rstrip(".") if doc.strip() else ""


def names(line: str) -> tuple[list[str], list[str]]:
    head, _, rest = line.partition(" (")
    acronyms, phrases = [], []
    for part in re.split(r",\s*|\s+or\s+|\s+sometimes\s+", head):
        part = part.strip()
        if not part:
            continue
        if re.fullmatch(r"[A-ZÀ-ÞΑ-ΩА-ЯЁЄІЇ0-9.\-]{2,9}(?:\s(?:No|Nr|nro|number)\.?)?", part):
            acronyms.append(re.sub(r"\s.*$", "", part))
        elif len(part) > 3:
            phrases.append(part)
    native = rest.split(",")[0].rstrip(")").strip() if rest else ""
    if native and not native.lower().startswith(("the ", "a ", "an ")) and len(native) > 3:
        if re.fullmatch(r"[A-ZÀ-ÞΑ-ΩА-ЯЁЄІЇ0-9.\-]{2,9}", native):
            acronyms.append(native)
        else:
            phrases.append(native)
    return acronyms, phrases


def keep_phrase(phrase: str) -> bool:
    """The number's own name; not an English description ("Belgian national number": the number-word slot reads
    those), not one everyday word ("moms", "Lithuanian")."""
    words = phrase.split()
    if phrase.isascii() and re.search(r"(?i)\b(?:number|identifier|code|reference|card|identification|taxpayer)\b", phrase):
        return False
    if phrase.lower().startswith("sometimes"):
        return False
    return (len(words) > 1 or len(phrase) >= 8) and phrase.casefold() != "lithuanian"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--stdnum", required=True)
    args = ap.parse_args()
    acronyms, phrases = set(), set()
    with zipfile.ZipFile(args.stdnum) as z:
        for n in sorted(z.namelist()):
            if not (n.startswith("stdnum/") and n.endswith(".py") and n.count("/") == 2) or "__init__" in n:
                continue
            if SKIP.search(n):
                continue
            a, p = names(first_line(z.read(n).decode("utf-8")))
            acronyms.update(x.strip(".") for x in a if x.strip(".") not in NOT_LABELS and len(x.strip(".")) >= 2)
            phrases.update(x.casefold().strip("\"'") for x in p if keep_phrase(x))
    lines = ["# names of identity, tax and register numbers (python-stdnum 2.2's module docstrings); "
             "bench/ps_id_labels13.py", *(f"A\t{a}" for a in sorted(acronyms)), *(f"P\t{p}" for p in sorted(phrases))]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(acronyms)} acronyms, {len(phrases)} phrases -> {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
