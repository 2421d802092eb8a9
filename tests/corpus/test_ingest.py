"""Ingestion: every format, folders recursively, per-file errors, chunking and de-duplication."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.corpus._chunk import chunk_text
from workbench.corpus._embed import get_embedder
from workbench.corpus._ingest import UnreadableFile, parse


def make_pdf(path: Path, pages: list[str]) -> Path:
    """A minimal valid PDF, one text line per page (Helvetica)."""
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", None, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    kids = []
    for text in pages:
        stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode()
        objs.append(f"<< /Length {len(stream)} >>\nstream\n{stream.decode()}\nendstream")
        objs.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {len(objs)} 0 R "
                    "/Resources << /Font << /F1 3 0 R >> >> >>")
        kids.append(f"{len(objs)} 0 R")
    objs[1] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(pages)} >>"
    out, offsets = b"%PDF-1.4\n", []
    for n, body in enumerate(objs, start=1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n{body}\nendobj\n".encode()
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets).encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    path.write_bytes(out)
    return path


def test_every_format_is_parsed(tmp_path: Path) -> None:
    import docx
    import nbformat
    import openpyxl

    make_pdf(tmp_path / "a.pdf", ["First page about herons", "Second page about pelicans"])
    d = docx.Document()
    d.add_paragraph("A docx paragraph about kestrels.")
    d.add_table(rows=1, cols=2).rows[0].cells[0].text = "table cell"
    d.save(tmp_path / "b.docx")
    book = openpyxl.Workbook()
    book.active.append(["name", "bird"])
    book.active.append(["Ann", "osprey"])
    book.save(tmp_path / "c.xlsx")
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("# Notes on puffins"),
                                         nbformat.v4.new_code_cell("x = 'gannet'")])
    nbformat.write(nb, tmp_path / "d.ipynb")
    (tmp_path / "e.html").write_text("<p>Cormorant <b>facts</b></p><style>p{}</style>")
    (tmp_path / "f.csv").write_text("a,b\n1,shag\n")

    pdf = parse(tmp_path / "a.pdf")
    assert [(d.page, "herons" in d.text or "pelicans" in d.text) for d in pdf] == [(1, True), (2, True)]
    assert "kestrels" in parse(tmp_path / "b.docx")[0].text and "table cell" in parse(tmp_path / "b.docx")[0].text
    xlsx = parse(tmp_path / "c.xlsx")[0]
    assert xlsx.text == "name: Ann; bird: osprey" and xlsx.metadata == {"sheet": "Sheet"}
    ipynb = parse(tmp_path / "d.ipynb")[0].text
    assert "puffins" in ipynb and "gannet" in ipynb
    html = parse(tmp_path / "e.html")[0].text
    assert "Cormorant" in html and "p{}" not in html
    assert parse(tmp_path / "f.csv")[0].text == "a: 1; b: shag"


def test_a_bad_file_is_reported_and_the_rest_goes_on(fresh, tmp_path: Path) -> None:
    _, corpora = fresh
    folder = tmp_path / "mixed"
    (folder / "sub" / "deeper").mkdir(parents=True)
    (folder / "sub" / "deeper" / "ok.md").write_text("Nested notes about the herring-trombone budget.")
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4 this is not really a pdf")
    (folder / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (folder / ".hidden.txt").write_text("skipped")
    report = corpora.get("mixed").add([folder, tmp_path / "missing.txt"], progress=False)
    assert report.chunks_added == 1 and report.files == 4
    messages = {Path(e.source).name: e.message for e in report.errors}
    assert set(messages) == {"broken.pdf", "image.png", "missing.txt"}
    assert "unsupported file type '.png'" in messages["image.png"]
    assert "no such file" in messages["missing.txt"]
    assert "herring-trombone" in corpora.search("mixed", "budget", k=1)[0].text


def test_duplicates_are_skipped_within_and_across_adds(fresh) -> None:
    _, corpora = fresh
    corpus = corpora.get("dup")
    first = corpus.add(["Same text here.", "Same   text here.", "Other text."], progress=False)
    second = corpus.add(["Same text here.", "A third text."], progress=False)
    assert (first.chunks_added, first.duplicates) == (2, 1)
    assert (second.chunks_added, second.duplicates) == (1, 1)
    assert corpus.info()["chunks"] == 3


def test_chunks_respect_the_token_budget_and_overlap() -> None:
    embedder = get_embedder("minilm")
    text = " ".join(f"word{i}" for i in range(400))
    offsets = embedder.token_offsets([text])[0]
    pieces = chunk_text(text, offsets, size=64, overlap=16)
    assert len(pieces) > 3
    for piece in pieces:
        assert len(embedder.token_offsets([piece.text])[0]) <= 64
        assert text[piece.start:piece.end] == piece.text
    assert pieces[1].start < pieces[0].end  # overlap
    assert pieces[-1].end == len(text)


def test_chunks_prefer_to_end_at_a_sentence() -> None:
    embedder = get_embedder("minilm")
    text = ("This is a sentence of filler words. " * 20).strip()
    pieces = chunk_text(text, embedder.token_offsets([text])[0], size=40, overlap=8)
    assert all(p.text.endswith(".") for p in pieces)


def test_an_unsupported_file_raises_unreadable(tmp_path: Path) -> None:
    (tmp_path / "x.bin").write_bytes(b"\x00\x01")
    with pytest.raises(UnreadableFile, match="unsupported"):
        parse(tmp_path / "x.bin")
