"""The LactMed-style PDF renderer and the sample-corpus script: what a reader of the PDF sees
(fonts, running footer, page count, columns), and byte-for-byte determinism."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pdfplumber
import pytest
from pdfminer.pdfdocument import PDFPasswordIncorrect
from pdfplumber.utils.exceptions import PdfminerException

from pipeline.render.lactmed_pdf import hyphenatable_words, render_pdf


def page_words(data: bytes) -> list[list[dict]]:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [p.extract_words(extra_attrs=["fontname", "size"]) for p in pdf.pages]


def test_same_record_same_bytes(sample_records):
    for record in sample_records:
        for kw in ({}, {"hyphenate": True, "two_column_page": True}):
            assert render_pdf(record, **kw) == render_pdf(record, **kw)


def test_looks_like_a_lactmed_record(sample_record_by_drug):
    record = sample_record_by_drug["sertraline"]
    pages = page_words(render_pdf(record))
    assert 3 <= len(pages) <= 5
    title = min((w for w in pages[0] if w["top"] > 60), key=lambda w: w["top"])  # below header
    assert title["text"] == "Sertraline"
    assert (title["fontname"], title["size"]) == ("Helvetica-Bold", 16)
    bold = {w["text"] for p in pages for w in p if w["fontname"] == "Helvetica-Bold"}
    assert {
        "Summary",
        "Lactation",
        "Breastfed",
        "Alternate",
        "References",
        "Substance",
        "Registry",
    } <= bold
    italic = [w for p in pages for w in p if w["fontname"] == "Helvetica-Oblique"]
    assert [w["text"] for w in italic] == ["Maternal", "Levels.", "Infant", "Levels."]
    # The run-in subhead opens a body paragraph: regular text follows on the same line.
    line = [w for w in pages[0] if abs(w["top"] - italic[0]["top"]) < 1]
    assert line[2]["fontname"] == "Helvetica" and line[2]["text"] == "Twelve"
    for n, words in enumerate(pages, 1):
        bottom = sorted(words, key=lambda w: w["top"])[-2:]
        assert [w["text"] for w in bottom] == ["Sertraline", str(n)]  # footer on every page


def test_sample_records_are_three_to_five_pages(sample_records, make_sample_corpus):
    for record in sample_records:
        layout = make_sample_corpus.PDF_LAYOUTS[record.drug.lower()]
        assert 3 <= len(page_words(render_pdf(record, **layout))) <= 5, record.drug


def test_two_column_page_and_table(sample_record_by_drug):
    record = sample_record_by_drug["sertraline"]
    data = render_pdf(record, table=(("Drug", "Level"), ("A", "1 mg/L")))
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        assert [t.extract() for t in pdf.pages[0].find_tables()] == [
            [["Drug", "Level"], ["A", "1 mg/L"]]
        ]
    with pdfplumber.open(io.BytesIO(render_pdf(record, two_column_page=True))) as pdf:
        words = pdf.pages[1].extract_words()
    left = [w for w in words if w["x1"] <= 297.5]
    # Below the running header, the left column opens on a new section.
    assert min((w for w in left if w["top"] > 60), key=lambda w: w["top"])["text"] == "Effects"
    right = [w for w in words if w["x0"] >= 314.5]
    assert len(left) > 100 and len(right) > 100
    assert all(w in left or w in right for w in words if 100 < w["top"] < 700)


def test_password_protected_output(sample_record_by_drug):
    data = render_pdf(sample_record_by_drug["ibuprofen"], user_password="s3cret")
    with pytest.raises(PdfminerException) as info:
        pdfplumber.open(io.BytesIO(data)).pages[0].extract_words()
    assert isinstance(info.value.args[0], PDFPasswordIncorrect)
    with pdfplumber.open(io.BytesIO(data), password="s3cret") as pdf:
        assert "Ibuprofen" in pdf.pages[0].extract_text()


def test_hyphenation_only_for_recurring_solid_words(sample_record_by_drug):
    words = hyphenatable_words(sample_record_by_drug["sertraline"])
    assert "sertraline" in words and "breastfed" in words
    assert all(len(w) >= 8 for w in words)
    assert "supplemented" not in words  # written "non-supplemented" once


def test_make_sample_corpus_is_deterministic(tmp_path: Path, make_sample_corpus, sample_records):
    assert make_sample_corpus.main(["--raw", str(tmp_path)]) == 0
    names = sorted(p.name for p in tmp_path.iterdir())
    pdfs = sorted(f"{r.drug.lower()}_lactmed.pdf" for r in sample_records)
    assert names == sorted([*pdfs, "lactmed_sample.tar.gz"])
    first = {n: (tmp_path / n).read_bytes() for n in names}
    os.utime(tmp_path / names[0], (1, 1))  # an unchanged file is not rewritten
    make_sample_corpus.main(["--raw", str(tmp_path)])
    assert {n: (tmp_path / n).read_bytes() for n in names} == first
    assert (tmp_path / names[0]).stat().st_mtime == 1
