"""PDF ingest: real PDFs rendered with reportlab, through the real pipeline (process_document and
run writing Parquet, read back with pandas). The key check: every rendered record gives, section
by section, the same sentences as its plain-text version through the text route."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import pandas as pd
import pdfplumber
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image
from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from pipeline.ingest.parsed import HEADING, TABLE_ROW, SourceFile
from pipeline.ingest.pdf import parse_pdf
from pipeline.render.lactmed_pdf import render_pdf
from pipeline.render.record import LactMedRecord
from pipeline.runner.document import DocumentResult, process_document
from pipeline.runner.run import RunOptions, run
from pipeline.settings import Settings

LAYOUTS = {
    "plain": {},
    "hyphenated": {"hyphenate": True},
    "two_columns": {"two_column_page": True},
}
# The last row's first cell wraps onto two lines inside its cell.
TABLE = (
    ("Drug", "Level"),
    ("Parent drug", "24 mcg/L"),
    ("Active metabolite measured in hindmilk samples at 6 hours after the dose", "<5 mcg/L"),
)
CANONICAL = [
    "summary",
    "maternal_levels",
    "infant_levels",
    "infant_effects",
    "lactation_effects",
    "alternatives",
    "references",
    "substance",
]


def ingest(name: str, data: bytes) -> DocumentResult:
    result = process_document(SourceFile(name, data), Settings(extract=False))
    assert not result.errors, result.errors
    return result


def sentences(result: DocumentResult, *, tables: bool = True) -> list[tuple[str, str]]:
    """(section key, sentence text) in document order."""
    key = {s["section_id"]: s["section"] for s in result.tables["sections"]}
    return [
        (key[s["section_id"]], s["text"])
        for s in result.tables["sentences"]
        if tables or s["block"] != TABLE_ROW
    ]


def by_section(pairs: list[tuple[str, str]]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for section, text in pairs:
        out.setdefault(section, []).append(text)
    return out


def page_texts(data: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [" ".join((p.extract_text() or "").split()) for p in pdf.pages]


def line_end_hyphens(data: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        lines = [ln for p in pdf.pages for ln in (p.extract_text() or "").split("\n")]
    return [ln.split()[-1] for ln in lines if re.search(r"[A-Za-z]-$", ln)]


def draw_pdf(pages: list[list[tuple[float, float, str, float, str]]]) -> bytes:
    """A PDF with text placed line by line: (x, top, font, size, text); top from page top."""
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=letter, invariant=1)
    for items in pages:
        for x, top, font, size, text in items:
            canvas.setFont(font, size)
            canvas.drawString(x, letter[1] - top - size, text)
        canvas.showPage()
    canvas.save()
    return buf.getvalue()


def scanned_pdf(pages: int = 1, text_on_first: bool = False) -> bytes:
    """Pages that carry only a picture (a scan), optionally a text page first."""
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=letter, invariant=1)
    picture = Image.new("L", (120, 160), 230)
    for i in range(pages):
        if i == 0 and text_on_first:
            canvas.setFont("Helvetica", 10)
            canvas.drawString(72, 700, "Twelve mothers took the drug for two weeks.")
        else:
            canvas.drawImage(ImageReader(picture), 72, 200, width=420, height=560)
            canvas.rect(60, 190, 444, 580)
        canvas.showPage()
    canvas.save()
    return buf.getvalue()


# --- the key test: PDF route == text route, section by section ---


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_pdf_gives_the_text_routes_sentences(sample_records, layout):
    for record in sample_records:
        pdf = render_pdf(record, **LAYOUTS[layout])
        got = sentences(ingest(f"{record.drug}.pdf", pdf))
        want = sentences(ingest(f"{record.drug}.txt", record.to_text().encode()))
        assert [s for s, _ in got] == [s for s, _ in want]  # sections in the same order
        assert by_section(got) == by_section(want), record.drug
        assert len(want) > 60


def test_table_rows_are_rows_and_leave_the_text_alone(sample_record_by_drug):
    record = sample_record_by_drug["sertraline"]
    result = ingest("t.pdf", render_pdf(record, table=TABLE))
    want = sentences(ingest("t.txt", record.to_text().encode()))
    assert sentences(result, tables=False) == want
    rows = [s for s in result.tables["sentences"] if s["block"] == TABLE_ROW]
    assert [r["text"] for r in rows] == [
        "Drug | Level",
        "Parent drug | 24 mcg/L",
        "Active metabolite measured in hindmilk samples at 6 hours after the dose | <5 mcg/L",
    ]
    maternal = {
        s["section_id"] for s in result.tables["sections"] if s["section"] == "maternal_levels"
    }
    assert {r["section_id"] for r in rows} <= maternal


# --- structure ---


def test_headings_become_canonical_sections(sample_record_by_drug):
    result = ingest("s.pdf", render_pdf(sample_record_by_drug["sertraline"]))
    sections = result.tables["sections"]
    keys = [s["section"] for s in sections]
    assert [k for k in keys if k != "other"] == CANONICAL
    heads = {s["section"]: s["heading"] for s in sections}
    assert heads["maternal_levels"] == "Maternal Levels."
    assert heads["lactation_effects"] == "Effects on Lactation and Breastmilk"
    # "Drug Levels" opens a section of its own (background, not a canonical key).
    assert heads["other"] == "Drug Levels"
    doc = result.tables["documents"][0]
    assert (doc["title"], doc["drug"], doc["cas"], doc["revised"], doc["n_pages"]) == (
        "Sertraline",
        "sertraline",
        "79617-96-2",
        date(2024, 5, 20),
        3,
    )


def test_heading_blocks_and_levels_from_fonts(sample_record_by_drug):
    parsed = parse_pdf(SourceFile("s.pdf", render_pdf(sample_record_by_drug["ibuprofen"])))
    heads = [(b.text, b.level) for b in parsed.blocks if b.kind == HEADING]
    assert ("Summary of Use during Lactation", 1) in heads
    assert ("Maternal Levels.", 1) in heads and ("Infant Levels.", 1) in heads
    assert [h for h in heads if h[1] == 2] == [
        ("Substance Name", 2),
        ("CAS Registry Number", 2),
        ("Drug Class", 2),
    ]
    assert parsed.source_kind == "pdf" and parsed.n_pages == 3


def test_running_header_footer_and_boilerplate_are_gone(sample_records):
    for record in sample_records:
        data = render_pdf(record)
        assert f"{record.drug} 2" in page_texts(data)[1]  # the footer is really there
        text = ingest("r.pdf", data).tables["documents"][0]["text"]
        assert "Drugs and Lactation Database (LactMed" not in text
        assert not re.search(rf"(^|\n){record.drug} \d\s*(\n|$)", text)
        assert "Disclaimer" not in text and "Attribution Statement" not in text
        assert "Revised:" not in text and "CASRN" not in text


def test_headings_in_body_type_and_stacked_bold_headings():
    body = [
        (72, 90, "Times-Roman", 10, "Summary of Use during Lactation:"),
        (
            72,
            104,
            "Times-Roman",
            10,
            "Limited information indicates that the drug gives low levels in",
        ),
        (72, 117, "Times-Roman", 10, "milk that are not expected to harm breastfed infants."),
        (72, 137, "Times-Bold", 10, "Drug Levels"),
        (72, 149, "Times-Bold", 10, "Maternal Levels."),
        (72, 163, "Times-Roman", 10, "Ten women took 40 mg daily and had milk levels of 12 mcg/L."),
        (72, 183, "Times-Roman", 10, "Effects in Breastfed Infants:"),
        (72, 197, "Times-Roman", 10, "No adverse effects were reported in the infants."),
    ]
    got = sentences(ingest("b.pdf", draw_pdf([body])))
    assert got == [
        (
            "summary",
            "Limited information indicates that the drug gives low levels in milk that are "
            "not expected to harm breastfed infants.",
        ),
        ("maternal_levels", "Ten women took 40 mg daily and had milk levels of 12 mcg/L."),
        ("infant_effects", "No adverse effects were reported in the infants."),
    ]


def test_page_furniture_of_other_shapes_is_dropped():
    def page(n: int, body: list[tuple[float, str]]) -> list[tuple[float, float, str, float, str]]:
        return [
            (72, 30, "Helvetica", 8, "Nursing Mothers Drug Review"),
            (280, 750, "Helvetica", 9, f"Page {n} of 2"),
            *[(72, top, "Helvetica", 10, text) for top, text in body],
        ]

    data = draw_pdf(
        [
            page(1, [(80, "Twelve mothers took the drug."), (106, "Their infants were well.")]),
            page(2, [(80, "Milk levels were low in every sample.")]),
        ]
    )
    result = ingest("f.pdf", data)
    texts = [t for _, t in sentences(result)]
    assert texts == [
        "Twelve mothers took the drug.",
        "Their infants were well.",
        "Milk levels were low in every sample.",
    ]


def test_references_keep_numbers_and_pmids(sample_records):
    for record in sample_records:
        refs = ingest("r.pdf", render_pdf(record, two_column_page=True)).tables["bibliography"]
        assert [(r["ref_number"], r["pmid"]) for r in refs] == [
            (r.number, r.pmid) for r in record.references
        ]
        assert refs[0]["text"].startswith(record.references[0].text[:30])


# --- hyphens, pages, columns ---


def test_line_end_hyphens_follow_the_rules():
    lines = [
        "Twelve mothers had milk concentrations measured 2 and 6 hours after a dose. The concen-",
        "trations were similar in both groups, and a non-",
        "supplemented infant of a mother with pre-",
        "eclampsia had no follow-",
        "up visit after the survey was completed.",
    ]
    body = [(72, 120 + 13 * i, "Helvetica", 10, t) for i, t in enumerate(lines)]
    data = draw_pdf([[(72, 90, "Helvetica-Bold", 11.5, "Summary of Use during Lactation"), *body]])
    texts = [t for _, t in sentences(ingest("h.pdf", data))]
    assert texts == [
        "Twelve mothers had milk concentrations measured 2 and 6 hours after a dose.",
        "The concentrations were similar in both groups, and a non-supplemented infant of a "
        "mother with pre-eclampsia had no follow-up visit after the survey was completed.",
    ]


def test_hyphenated_rendering_really_breaks_words(sample_records):
    # Guards the key test: the hyphenated layout does put hyphens at line ends.
    breaks = [h for r in sample_records for h in line_end_hyphens(render_pdf(r, hyphenate=True))]
    assert len(breaks) >= 3


def _long_record(paragraph: str, **kw) -> LactMedRecord:
    return LactMedRecord(
        drug="Testamine",
        book_part_id="LM0",
        revised=date(2024, 1, 1),
        cas="123-45-6",
        summary=(paragraph,),
        **kw,
    )


def test_sentences_keep_their_page_across_a_page_break():
    para = " ".join(
        f"In study {k}, the mothers took {k} mg daily and milk levels were low."
        for k in range(1, 90)
    )
    data = render_pdf(_long_record(para))
    result = ingest("p.pdf", data)
    pages = page_texts(data)
    assert len(pages) >= 2
    summary = [s for s in result.tables["sentences"] if s["text"].startswith("In study")]
    assert len(summary) == 89
    assert len({s["page"] for s in summary}) >= 2  # the paragraph really crosses a page
    for s in summary:
        marker = s["text"].split(",")[0] + ","  # "In study 12,"
        assert marker in pages[s["page"] - 1], s
        assert all(marker not in p for p in pages[: s["page"] - 1]), s


def test_page_numbers_in_sample_records(sample_records):
    for record in sample_records:
        data = render_pdf(record)
        pages = page_texts(data)
        for s in ingest("r.pdf", data).tables["sentences"]:
            head = " ".join(s["text"].split()[:4])
            assert head in pages[s["page"] - 1], (record.drug, s["page"], s["text"])


def test_two_columns_are_read_one_after_the_other():
    para = " ".join(f"Effect note {k} describes an infant who fed well." for k in range(1, 80))
    record = _long_record("A short summary.", infant_effects=(para,))
    data = render_pdf(record, two_column_page=True)
    result = ingest("c.pdf", data)
    notes = [s for s in result.tables["sentences"] if s["text"].startswith("Effect note")]
    assert [int(s["text"].split()[2]) for s in notes] == list(range(1, 80))
    assert all(s["text"].endswith("fed well.") for s in notes)
    # The two columns really sit side by side: some left- and right-column lines share a row.
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        words = pdf.pages[1].extract_words()
    tops = {round(w["top"]) for w in words if w["x1"] < 300}
    assert any(round(w["top"]) in tops for w in words if w["x0"] > 310)


# --- bad input ---


def _bad_inputs(record: LactMedRecord) -> dict[str, tuple[bytes, str]]:
    good = render_pdf(record)
    return {
        "locked.pdf": (render_pdf(record, user_password="secret"), "pdf_encrypted"),
        "truncated.pdf": (good[: len(good) // 2], "pdf_damaged"),
        "page.pdf": (b"<!DOCTYPE html>\n<html><body>Session expired</body></html>", "not_a_pdf"),
        "scan.pdf": (scanned_pdf(pages=2), "no_text_layer"),
        "empty.pdf": (b"", "empty_file"),
    }


def test_each_bad_pdf_is_one_clear_error(sample_record_by_drug):
    for name, (data, code) in _bad_inputs(sample_record_by_drug["amoxicillin"]).items():
        result = process_document(SourceFile(name, data), Settings(extract=False))
        assert [e["error"] for e in result.errors] == [code], name
        assert not result.tables
        message = result.errors[0]["message"]
        assert len(message) > 30
    messages = {
        name: process_document(SourceFile(name, data), Settings(extract=False)).errors[0]["message"]
        for name, (data, _) in _bad_inputs(sample_record_by_drug["amoxicillin"]).items()
    }
    assert "password-protected" in messages["locked.pdf"]
    assert "truncated" in messages["truncated.pdf"] and "re-download" in messages["truncated.pdf"]
    assert "HTML" in messages["page.pdf"]
    assert messages["scan.pdf"].startswith("none of the 2 pages has a text layer")
    assert "OCR" in messages["scan.pdf"]


def test_corrupt_pdf_object_is_a_damaged_pdf(sample_record_by_drug):
    data = render_pdf(sample_record_by_drug["amoxicillin"])
    broken = data.replace(b"/Kids [", b"/Kids <<", 1)  # the page tree no longer parses
    assert broken != data
    result = process_document(SourceFile("broken.pdf", broken), Settings(extract=False))
    assert [e["error"] for e in result.errors] == ["pdf_damaged"]


def test_a_page_without_text_is_skipped_not_fatal():
    result = ingest("mixed.pdf", scanned_pdf(pages=2, text_on_first=True))
    assert result.tables["documents"][0]["n_pages"] == 2
    assert [s["text"] for s in result.tables["sentences"]] == [
        "Twelve mothers took the drug for two weeks."
    ]


def test_run_writes_parquet_and_reports_bad_pdfs(tmp_path: Path, sample_records):
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    for record in sample_records:
        (raw / f"{record.drug.lower()}.pdf").write_bytes(render_pdf(record))
    bad = _bad_inputs(sample_records[0])
    for name, (data, _) in bad.items():
        (raw / name).write_bytes(data)
    summary = run(
        raw, out, extract=False, workers=1, console=False, options=RunOptions(no_cache=True)
    )
    assert summary.exit_code == 2

    errors = pd.read_parquet(out / "errors.parquet")
    assert sorted(zip(errors["source_path"], errors["error"], strict=True)) == sorted(
        (name, code) for name, (_, code) in bad.items()
    )
    docs = pd.read_parquet(out / "documents.parquet").sort_values("source_path")
    assert list(docs["source_path"]) == sorted(f"{r.drug.lower()}.pdf" for r in sample_records)
    assert set(docs["source_kind"]) == {"pdf"}
    assert docs["n_pages"].between(3, 5).all()
    assert sorted(docs["drug"]) == sorted(r.drug.lower() for r in sample_records)

    sections = pd.read_parquet(out / "sections.parquet")
    sents = pd.read_parquet(out / "sentences.parquet").merge(
        sections[["section_id", "section"]], on="section_id"
    )
    for doc_id in docs["doc_id"]:
        keys = set(sections.loc[sections["doc_id"] == doc_id, "section"])
        assert {"summary", "maternal_levels", "infant_effects", "references", "substance"} <= keys
    assert sents["page"].notna().all() and (sents["page"] >= 1).all()
    assert sents["page"].max() == 3

    refs = pd.read_parquet(out / "bibliography.parquet")
    want = sum(len(r.references) for r in sample_records)
    assert len(refs) == want
    assert refs["pmid"].notna().sum() == sum(
        1 for r in sample_records for x in r.references if x.pmid
    )


# --- property: any paragraph of words comes back as written ---

# Words as a record writes them, minus a trailing hyphen or slash (which no reader can tell
# from a typesetter's at a line end: "mg/" over "kg" is "mg/kg", so "%/" over "0" joins too).
_WORD = st.text(
    alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123456789.%/()<>,;[]-&", min_size=1, max_size=14
).filter(lambda w: not w.endswith(("-", "/")))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(words=st.lists(_WORD, min_size=1, max_size=150))
def test_any_paragraph_round_trips(words):
    paragraph = "Women " + " ".join(words) + "."
    record = _long_record(paragraph)
    parsed = parse_pdf(SourceFile("x.pdf", render_pdf(record)))
    body = [b.text for b in parsed.blocks if b.kind != HEADING]
    assert body[0] == paragraph


def test_replacing_the_title_changes_drug(sample_record_by_drug):
    record = replace(sample_record_by_drug["levothyroxine"], drug="Levothyroxine Sodium")
    result = ingest("l.pdf", render_pdf(record))
    doc = result.tables["documents"][0]
    assert (doc["title"], doc["drug"]) == ("Levothyroxine Sodium", "levothyroxine sodium")
