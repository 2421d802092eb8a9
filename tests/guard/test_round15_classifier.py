"""Round fifteen (I1): benign text in many languages from translation catalogs (bench/injection_benign15.py) joins the
classifier's training rows, one package a source head, with one package kept out as the check split."""

from __future__ import annotations

import json
import sys
import zipfile
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

import injection_benign15 as b15  # noqa: E402
import train_injection as ti  # noqa: E402

PO = '''# Translators:
# Jane Translator <jane@example.org>, 2024
msgid ""
msgstr ""
"Project-Id-Version: demo\\n"
"Last-Translator: Jane Translator <jane@example.org>\\n"

#: admin.py:10
msgid "Select %(name)s to change"
msgstr "Wählen Sie %(name)s zum Ändern aus"

#, fuzzy
msgid "Old text"
msgstr "Veralteter Text, der nicht gelesen wird"

msgid "One item"
msgid_plural "%d items"
msgstr[0] "Ein Eintrag wurde gelöscht"
msgstr[1] "%d Einträge wurden gelöscht"

msgid ""
"A long message "
"on two lines"
msgstr ""
"Eine lange Nachricht, "
"auf zwei Zeilen verteilt"

msgid "Untranslated"
msgstr ""
'''


def _wheel(path: Path, files: dict[str, str]) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        for name, text in files.items():
            zf.writestr(name, text)
    return path


def _catalog_wheels(tmp_path: Path) -> Path:
    wheels = tmp_path / "w"
    wheels.mkdir()
    strings = {f"Zeile Nummer {i} der Oberfläche wird angezeigt": [f"Ligne numéro {i} de l'interface affichée"]
               for i in range(12)}
    strings[""] = {"domain": "jupyterlab", "language": "fr-FR"}
    _wheel(wheels / "jupyterlab_language_pack_fr_fr-4.5.post3-py2.py3-none-any.whl",
           {"jupyterlab_language_pack_fr_FR/locale/fr_FR/LC_MESSAGES/jupyterlab.json": json.dumps(strings)})
    _wheel(wheels / "sphinx-8.2.3-py3-none-any.whl",
           {"sphinx/locale/de/LC_MESSAGES/sphinx.po": PO,
            "sphinx/locale/ja/LC_MESSAGES/sphinx.po": 'msgid "Search the docs now"\nmsgstr "ドキュメントを検索する"\n',
            "sphinx/locale/zh_CN/LC_MESSAGES/sphinx.po": 'msgid "Search the docs now"\nmsgstr "现在搜索文档内容"\n'})
    django_po = "".join(f'msgid "Enter a valid value number {i}"\nmsgstr "Introduzca un valor válido, número {i}"\n\n'
                        for i in range(10))
    _wheel(wheels / "django-5.2.19-py3-none-any.whl", {"django/conf/locale/es/LC_MESSAGES/django.po": django_po})
    return wheels


def test_po_strings_reads_translations_only() -> None:
    got = list(b15.po_strings(PO))
    assert got == ["Wählen Sie %(name)s zum Ändern aus", "Ein Eintrag wurde gelöscht",
                   "Eine lange Nachricht, auf zwei Zeilen verteilt"]
    assert not any("jane" in s.lower() or "Project-Id" in s for s in got)  # header and translators never read


def test_clean_drops_placeholders() -> None:
    assert b15.clean("Wählen Sie %(name)s zum Ändern aus") == "Wählen Sie zum Ändern aus"
    assert b15.clean("\nVerbunden: %1") == "Verbunden"
    assert b15.clean("Ouvrir {path} dans &Fenêtre") == "Ouvrir dans Fenêtre"


def test_rows_skip_trained_languages_and_keep_the_check_package_out(tmp_path: Path) -> None:
    wheels = _catalog_wheels(tmp_path)
    rows = b15.rows(wheels, per_lang=50, paras_per_lang=5)
    langs = {r[2] for r in rows}
    assert langs == {"benign15/jupyterlab-lp/fr", "benign15/sphinx/de", "benign15/django/es"}  # no ja / zh catalogs
    assert all(r[3] == 0 and r[1] == "benign" for r in rows)
    assert {r[0] for r in rows if "/django/" in r[2]} == {"check15"}
    assert {r[0] for r in rows if "/django/" not in r[2]} == {"train"}
    assert {r[5] for r in rows if "/jupyterlab-lp/" in r[2]} == {"prompt", "chunk"}  # strings and paragraphs
    singles = [r[4] for r in rows if r[5] == "prompt"]
    assert all(len(s.split()) >= b15.MIN_WORDS for s in singles)
    assert "Wählen Sie zum Ändern aus" in singles


def test_training_samples_are_sided_package_heads(tmp_path: Path, monkeypatch) -> None:
    wheels = _catalog_wheels(tmp_path)
    monkeypatch.setattr(b15, "fetch", lambda w, never=(): None)
    samples = b15.training_samples(wheels)
    assert samples and all(len(s) == 5 and s[0] == "train" for s in samples)
    heads = {s[2].split("/")[0] for s in samples}
    assert heads == {"benign15-jupyterlab-lp", "benign15-sphinx"}  # django is the check split
    for s in samples:
        assert ti.side_of(s[1], s[2]) == s[2].rsplit("@", 1)[1]
    # each package is its own head under the package cap
    weights = ti.package_weights(samples + [("train", "benign", "other/x", 0, "text")] * 10, cap=3)
    assert weights[0] < 1.0


def test_fetch_refuses_a_listed_package(tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match="held-out"):
        b15.fetch(tmp_path, never={"sphinx"})


def test_second_pass_rows_appends_the_catalog_rows_once(tmp_path: Path, monkeypatch) -> None:
    wheels = _catalog_wheels(tmp_path)
    monkeypatch.setattr(b15, "fetch", lambda w, never=(): None)
    monkeypatch.setattr(ti, "BENIGN15_WHEELS", wheels)
    monkeypatch.setattr(ti, "BENIGN15", True)
    base = [("train", "benign", f"{h}/x", 0, "some text") for h in ("cjk10", "near11", "near12", "near13", "docs13")]
    out = ti.second_pass_rows(base, heldout10=False, heldout11=False, heldout12=False, heldout13=False)
    added = [s for s in out if s[2].startswith("benign15-")]
    assert added and len(out) == len(base) + len(added)
    again = ti.second_pass_rows(out, heldout10=False, heldout11=False, heldout12=False, heldout13=False)
    assert len(again) == len(out)
    monkeypatch.setattr(ti, "BENIGN15", False)
    assert ti.second_pass_rows(base, heldout10=False, heldout11=False, heldout12=False, heldout13=False) == base
