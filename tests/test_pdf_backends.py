"""The pypdfium2 backend reads rendered LactMed PDFs into the same words, sections and
sentences as pdfplumber (the reference), and fails on bad files with the same errors."""

from __future__ import annotations

import io
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium
import pytest
from perf_corpus import assert_same_tables, read_tables, write_corpus

from pipeline.errors import DocumentError
from pipeline.ingest.parsed import SourceFile
from pipeline.ingest.pdf import parse_pdf
from pipeline.ingest.pdf_pdfium import page_words, parse_pdf_pdfium
from pipeline.render.lactmed_pdf import render_pdf
from pipeline.render.samples import PDF_RECORDS as RECORDS
from pipeline.runner.run import RunOptions, run


@pytest.mark.parametrize("options", [{}, {"hyphenate": True}, {"two_column_page": True}])
@pytest.mark.parametrize("record", RECORDS, ids=[r.drug for r in RECORDS])
def test_both_backends_give_the_same_document(record, options) -> None:
    source = SourceFile(f"{record.drug}.pdf", render_pdf(record, **options))
    a, b = parse_pdf(source), parse_pdf_pdfium(source)
    assert [(x.kind, x.level, x.page, x.text) for x in a.blocks] == [
        (x.kind, x.level, x.page, x.text) for x in b.blocks
    ]
    assert (a.title, a.drug, a.cas, a.revised, a.n_pages, a.references) == (
        b.title,
        b.drug,
        b.cas,
        b.revised,
        b.n_pages,
        b.references,
    )


def test_words_carry_the_same_text_fonts_and_positions() -> None:
    data = render_pdf(RECORDS[0])
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        ref = pdf.pages[0].extract_words(extra_attrs=["fontname", "size"])
    words = page_words(pdfium.PdfDocument(data)[0])
    assert [(w["text"], w["fontname"], w["size"]) for w in ref] == [
        (w["text"], w["fontname"], w["size"]) for w in words
    ]
    # Within a point: PDFium's glyph boxes and pdfminer's advance widths differ slightly;
    # the layout rules work in steps of several points (line gaps, indents, gutters).
    for r, w in zip(ref, words, strict=True):
        for key in ("x0", "x1", "top", "bottom"):
            assert abs(r[key] - w[key]) < 1.0, (r, w)


def test_a_run_with_either_backend_writes_the_same_sections_and_sentences(
    tmp_path: Path,
) -> None:
    raw = tmp_path / "raw"
    write_corpus(raw, pdfs=4, texts=0)
    for backend in ("pdfplumber", "pdfium"):
        run(
            raw,
            tmp_path / backend,
            extract=False,
            workers=1,
            console=False,
            pdf_backend=backend,
            options=RunOptions(no_cache=True),
        )
    names = ("documents", "sections", "sentences", "bibliography", "errors")
    assert_same_tables(
        read_tables(tmp_path / "pdfplumber", names), read_tables(tmp_path / "pdfium", names)
    )


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"<html><body>Sign in</body></html>", "not_a_pdf"),
        (render_pdf(RECORDS[1])[:3000], "pdf_damaged"),
        (render_pdf(RECORDS[1], user_password="secret"), "pdf_encrypted"),
    ],
    ids=["html", "truncated", "encrypted"],
)
def test_bad_files_fail_the_same_way(data: bytes, code: str) -> None:
    source = SourceFile("bad.pdf", data)
    with pytest.raises(DocumentError) as plumber_error:
        parse_pdf(source)
    with pytest.raises(DocumentError) as pdfium_error:
        parse_pdf_pdfium(source)
    assert plumber_error.value.code == pdfium_error.value.code == code
