"""Round fifteen (I1): benign texts in many languages, from the translation catalogs that packages ship.

The classifier's benign training texts are English, Chinese and Japanese only, so ordinary text in any other
language (a German UI string, a Russian README paragraph) reads as unfamiliar, and unfamiliar leans "attack"
(round fourteen, I2: 17 of 50 foreign UI and safety texts flagged). Translation catalogs are the largest source of
ordinary sentences in many languages that installs as a package: every string is a translator's rendering of a
program's own interface or documentation text, with no orders to a model in it.

Sources (``pip download --no-deps``; only the translations, ``msgstr``, are read, never a catalog's header or its
translators' comments, so no names or addresses of translators enter a row):

| package | licence | what | languages |
|---|---|---|---|
| ``jupyterlab-language-pack-*`` 4.5.post3 (Project Jupyter) | BSD-3-Clause | JupyterLab UI strings (JSON catalogs) | ``PACKS`` |
| ``sphinx`` 8.2.3 | BSD-2-Clause | Sphinx's messages and HTML theme strings (.po) | ~60 |
| ``django`` 5.2.19 | BSD-3-Clause | Django's and its contrib apps' UI strings (.po) | ~100 |

Rows are ``(split, "benign", "benign15/<package>/<lang>", 0, text, side)``: single strings of at least
``MIN_WORDS`` words scanned as a prompt, and paragraphs of several strings of one catalog scanned as a retrieved
chunk (how UI text and documentation reach the scanner). English, Chinese and Japanese catalogs are skipped (the
training data has those). ``CHECK_PACKAGE`` (Django) is kept out of training: its rows are the check split, so the
figure for "foreign benign text flagged" is measured on a package (and on languages) the rows did not train on.

Nothing here names a held-out split's package; a package that a builder's list names (the caller's ``never``
set, ``train_injection.NEVER_TRAIN``) is refused.
"""

from __future__ import annotations

import glob
import json
import random
import re
import subprocess
import sys
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path

#: The language packs read (JupyterLab's, one wheel a language).
PACKS = ("de-de", "fr-fr", "es-es", "it-it", "pt-br", "ru-ru", "ko-kr", "ar-sa", "he-il", "pl-pl", "tr-tr",
         "vi-vn", "id-id", "nl-nl", "uk-ua", "cs-cz", "el-gr", "hu-hu", "fi-fi")
PACKAGES15 = tuple(f"jupyterlab-language-pack-{p}==4.5.post3" for p in PACKS) + ("sphinx==8.2.3", "django==5.2.19")
#: The package whose rows are the check split (never trained on).
CHECK_PACKAGE = "django"
#: Languages the training data already has (their catalogs are skipped).
SKIP_LANGS = ("en", "zh", "ja")
MIN_WORDS = 4
#: At most this many single strings and this many paragraphs per (package, language).
PER_LANG = 60
PARAS_PER_LANG = 30

Row = tuple[str, str, str, int, str, str]

_PLACEHOLDER = re.compile(r"%\([^)]*\)[sdif]|%[0-9]+|%[sdif]|\{[^{}]{0,30}\}|&(?=[A-Za-z])")
_SPACE = re.compile(r"\s+")


def fetch(wheels: Path, never: Iterable[str] = ()) -> None:
    """Download the catalogs' wheels into ``wheels`` (those already there are kept)."""
    never = {n.lower() for n in never}
    wheels.mkdir(parents=True, exist_ok=True)
    for spec in PACKAGES15:
        name = spec.split("==")[0]
        if name.lower() in never:
            raise SystemExit(f"{name} is named by a held-out split's list: it must not be trained on")
        if glob.glob(str(wheels / f"{name.replace('-', '_')}-*")):
            continue
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", spec, "-d", str(wheels)],
                       check=True)


def _unquote(line: str) -> str:
    return json.loads(line) if line.startswith('"') else ""


def po_strings(text: str) -> Iterator[str]:
    """The translations (``msgstr``, first plural form) of a .po file's entries (blocks between blank lines), the
    header (empty ``msgid``), fuzzy and untranslated entries left out."""
    for block in re.split(r"\n[ \t]*\n", text):
        fields: dict[str, str] = {}
        current, fuzzy = None, False
        for raw in block.split("\n"):
            line = raw.strip()
            if line.startswith("#"):
                fuzzy = fuzzy or (line.startswith("#,") and "fuzzy" in line)
                continue
            if line.startswith('"') and current is not None:
                fields[current] += _unquote(line)
                continue
            key, _, value = line.partition(" ")
            if key in ("msgid", "msgstr", "msgstr[0]"):
                current = "msgstr" if key.startswith("msgstr") else "msgid"
                fields[current] = _unquote(value.strip())
            else:
                current = None  # msgctxt, msgid_plural, msgstr[1..]: not read
        if fields.get("msgid") and fields.get("msgstr") and not fuzzy:
            yield fields["msgstr"]


def json_strings(text: str) -> Iterator[str]:
    """The translations of a JupyterLab language pack's JSON catalog (its "" header left out)."""
    for key, value in json.loads(text).items():
        if key and isinstance(value, list) and value and isinstance(value[0], str):
            yield value[0]


def clean(text: str) -> str:
    """A catalog string as ordinary text: placeholders and accelerator marks out, whitespace collapsed."""
    return _SPACE.sub(" ", _PLACEHOLDER.sub("", text)).strip(" :")


def _lang(path: str) -> str | None:
    m = re.search(r"/locale/([A-Za-z]{2,3})(?:[_-][A-Za-z0-9@]+)?/LC_MESSAGES/", path)
    return m.group(1).lower() if m else None


def catalogs(wheel: Path) -> dict[str, list[str]]:
    """Language -> its cleaned translations (in catalog order, duplicates dropped) of one wheel."""
    out: dict[str, list[str]] = {}
    seen: set[str] = set()
    with zipfile.ZipFile(wheel) as zf:
        for name in sorted(zf.namelist()):
            lang = _lang("/" + name)
            if lang is None or lang in SKIP_LANGS or not name.endswith((".po", ".json")):
                continue
            text = zf.read(name).decode("utf-8", "replace")
            try:
                strings = po_strings(text) if name.endswith(".po") else json_strings(text)
                for s in strings:
                    s = clean(s)
                    if s and s not in seen:
                        seen.add(s)
                        out.setdefault(lang, []).append(s)
            except (ValueError, json.JSONDecodeError):
                continue
    return out


def _package(wheel: Path) -> str:
    name = wheel.name.split("-")[0].lower()
    return "jupyterlab-lp" if name.startswith("jupyterlab_language_pack") else name


def _words(text: str) -> int:
    # CJK-free languages here; Korean, Thai-less: words are space separated
    return len(text.split())


def rows(wheels: Path, seed: int = 15, per_lang: int = PER_LANG, paras_per_lang: int = PARAS_PER_LANG) -> list[Row]:
    """Benign rows from every catalog wheel in ``wheels`` (``fetch`` first): ``split`` is "train", or "check15" for
    ``CHECK_PACKAGE``'s rows."""
    rng = random.Random(seed)
    out: list[Row] = []
    by_key: dict[tuple[str, str], list[str]] = {}
    for wheel in sorted(Path(wheels).glob("*.whl")):
        pkg = _package(wheel)
        if pkg not in ("jupyterlab-lp", "sphinx", "django"):
            continue
        for lang, strings in catalogs(wheel).items():
            by_key.setdefault((pkg, lang), []).extend(strings)
    for (pkg, lang), strings in sorted(by_key.items()):
        split = "check15" if pkg == CHECK_PACKAGE else "train"
        source = f"benign15/{pkg}/{lang}"
        long = [s for s in strings if _words(s) >= MIN_WORDS and len(s) <= 400]
        for s in rng.sample(long, min(per_lang, len(long))):
            out.append((split, "benign", source, 0, s, "prompt"))
        pool = [s for s in strings if _words(s) >= 2]
        for _ in range(min(paras_per_lang, len(pool) // 4)):
            start = rng.randrange(0, max(1, len(pool) - 8))
            para = " ".join(p if p.endswith((".", "!", "?", ":", "。")) else p + "." for p in
                            pool[start:start + rng.randint(3, 8)])
            out.append((split, "benign", source, 0, para, "chunk"))
    return out


def training_samples(wheels: Path, never: Iterable[str] = ()) -> list[tuple[str, str, str, int, str]]:
    """The training rows as bench/train_injection.py's samples (split, kind, source, label, text); the check split's
    rows are left out. Each package is its own source head (``benign15-sphinx/de@prompt``), so the training
    script's package cap weighs each catalog package as one package, and the ``@side`` suffix tells it how the row
    is scanned."""
    fetch(wheels, never)
    return [(r[0], r[1], r[2].replace("benign15/", "benign15-", 1) + "@" + r[5], r[3], r[4])
            for r in rows(wheels) if r[0] == "train"]


def main() -> None:
    import argparse

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--wheels", type=Path, default=Path("/tmp/workbench-benign15-wheels"))
    ap.add_argument("--dump", type=Path, help="write the rows here as JSON lines (bench/injection_eval.py --samples)")
    ap.add_argument("--split", choices=("train", "check15", "all"), default="check15")
    args = ap.parse_args()
    fetch(args.wheels)
    out = [r for r in rows(args.wheels) if args.split == "all" or r[0] == args.split]
    if args.dump:
        args.dump.write_text("".join(json.dumps(list(r), ensure_ascii=False) + "\n" for r in out), "utf-8")
    langs = {r[2].split("/")[-1] for r in out}
    print(f"{len(out)} rows, {len(langs)} languages", file=sys.stderr)


if __name__ == "__main__":
    main()
