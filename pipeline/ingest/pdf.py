"""LactMed record PDFs (and other text PDFs) -> blocks, with pdfplumber.

Fonts and positions carry the structure that a plain-text dump loses. Here: pages -> lines in
reading order; pdf_blocks.py groups the lines into headings and paragraphs.
- text at the top or bottom of the pages (in the margin band, or set apart from the body on
  small pages) that repeats across pages, carries the page number or is page furniture is a
  running header or footer;
- two-column regions are read column by column (pdf_columns.py: a gutter is a band that many
  consecutive lines keep clear, with text on both sides), and ruled tables become one table row
  per row ("cell | cell"), never interleaved with the text.
Every block keeps its page, and where a paragraph crosses a page, the offset of each break.
"""

from __future__ import annotations

import io
import logging
import os
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any
from unicodedata import normalize as normalize_unicode

import pdfplumber
from pdfminer.layout import LTChar, LTContainer
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.psexceptions import PSException
from pdfplumber.page import fix_fontname_bytes
from pdfplumber.utils import extract_words
from pdfplumber.utils.exceptions import MalformedPDFException, PdfminerException

from pipeline.errors import DocumentError
from pipeline.ids import sha256_hex
from pipeline.ingest.hyphenation import document_lexicon, record_names
from pipeline.ingest.layout_rules import boilerplate_rules
from pipeline.ingest.parsed import HEADING, Block, ParsedDocument, SourceFile
from pipeline.ingest.pdf_blocks import Line, Table, Word, lines_to_blocks
from pipeline.ingest.pdf_columns import page_gutters, reading_order
from pipeline.ingest.structure import finish, parse_date
from pipeline.ingest.textclean import normalize_space
from pipeline.runner.limits import check_pages, check_time

# pdfminer logs every oddity of a damaged file as a warning; the errors table says what matters.
logging.getLogger("pdfminer").setLevel(logging.ERROR)

BAND = 0.075  # share of the page height at the top and bottom where running headers live
EDGE_ROWS = 2  # rows at a page's top or bottom edge that may be running text
ROW_TOLERANCE = 2.0  # words whose tops differ by less than this (pt) share a line
_FRONT_REVISED = re.compile(
    r"\brevised\s*:?\s*([A-Z][a-z]+\.? \d{1,2},? \d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{4})\.?",
    re.IGNORECASE,
)
_FRONT_CAS = re.compile(r"\bcas(?:rn| registry number)\s*:?\s*(\d{2,7}-\d{2}-\d)\b\.?", re.I)


# --- opening the file: every way it can be unreadable, in words a researcher can act on ---


def _describe(data: bytes) -> str:
    head = data[:1024].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")) or b"<html" in head or b"<body" in head:
        return "an HTML web page (the download saved a page, perhaps an error or login page)"
    if head.startswith(b"<"):
        return "an XML or markup file"
    if head.startswith(b"pk\x03\x04"):
        return "a ZIP archive (a Word .docx or similar?)"
    if head.startswith((b"\x89png", b"\xff\xd8\xff", b"gif8", b"ii*\x00", b"mm\x00*")):
        return "an image file"
    if head.startswith(b"{\\rtf"):
        return "an RTF document"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "an old Microsoft Office document (.doc)"
    try:
        data[:4096].decode("utf-8")
    except UnicodeDecodeError:
        return "binary data of an unknown kind"
    return "plain text"


def check_pdf_bytes(data: bytes) -> None:
    """Reject what is not a whole PDF before handing it to pdfminer."""
    if not data.strip():
        raise DocumentError("empty_file", "the file is empty (0 bytes of text): nothing to ingest")
    if b"%PDF-" not in data[:1024]:
        raise DocumentError(
            "not_a_pdf",
            f"the file is named .pdf but is not a PDF (no %PDF- header); it looks "
            f"like {_describe(data)}: download the record's PDF again",
        )
    if b"%%EOF" not in data[-4096:]:
        raise DocumentError(
            "pdf_damaged",
            f"the PDF is truncated or damaged: it has no end-of-file marker "
            f"({len(data)} bytes, cut off mid-file?): re-download it",
        )


def _pdf_error(exc: BaseException) -> DocumentError:
    cause = exc.args[0] if isinstance(exc, PdfminerException) and exc.args else exc
    if isinstance(cause, PDFPasswordIncorrect):
        return DocumentError(
            "pdf_encrypted",
            "the PDF is password-protected: save an "
            "unprotected copy (print to PDF, or remove the password) and retry",
        )
    if isinstance(cause, PDFEncryptionError):
        return DocumentError(
            "pdf_encrypted",
            f"the PDF is encrypted in a way that blocks text "
            f"extraction ({cause}): save an unprotected copy and retry",
        )
    detail = f"{cause.__class__.__name__}: {cause}"
    detail = detail if len(detail) <= 120 else detail[:117] + "..."
    return DocumentError(
        "pdf_damaged", f"the PDF is truncated or damaged ({detail}): re-download it"
    )


_PDF_ERRORS = (PdfminerException, MalformedPDFException, PSException)
# Plain errors pdfminer/pdfplumber raise on some malformed objects (see _raised_in_pdf_library).
_LIBRARY_SLIPS = (TypeError, ValueError, KeyError, AttributeError, IndexError)


# --- pages -> lines in reading order ---


@dataclass
class _Page:
    number: int
    width: float
    height: float
    rows: list[list[Word]]
    tables: list[Table] = field(default_factory=list)


def _rows(words: list[Word]) -> list[list[Word]]:
    """Words -> lines of the page (left to right), top to bottom."""
    rows: list[list[Word]] = []
    for w in sorted(words, key=lambda w: (w["top"], w["x0"])):
        if rows and abs(w["top"] - rows[-1][0]["top"]) <= ROW_TOLERANCE:
            rows[-1].append(w)
        else:
            rows.append([w])
    return [sorted(r, key=lambda w: w["x0"]) for r in rows]


def _inside(w: Word, bbox: tuple[float, float, float, float]) -> bool:
    x, y = (w["x0"] + w["x1"]) / 2, (w["top"] + w["bottom"]) / 2
    return bbox[0] <= x <= bbox[2] and bbox[1] <= y <= bbox[3]


def _layout_chars(page: Any) -> tuple[list[Word], bool]:
    """`page.chars` with only the keys extract_words reads, and whether the page has ruling
    lines or rectangles (`page.lines or page.rects`).

    pdfplumber turns every layout object into a dict of some twenty resolved attributes
    (colours, graphic state, matrix) before extract_words looks at five of them; that is two
    thirds of its time on a text page. The values here are computed exactly as
    `Page.process_object` computes them, so the words are the same."""
    height = page.height
    mb_x0, mb_top = page.mediabox[:2]
    doctop0 = page.initial_doctop
    norm = page.pdf.unicode_norm
    chars: list[Word] = []
    ruled = False

    def walk(objs: list[Any]) -> None:
        nonlocal ruled
        for obj in objs:
            if isinstance(obj, LTContainer):
                walk(obj._objs)
            elif isinstance(obj, LTChar):
                text = obj.get_text()
                fontname = obj.fontname
                if isinstance(fontname, bytes):
                    fontname = fix_fontname_bytes(fontname)
                top = (height - obj.y1) + mb_top
                chars.append(
                    {
                        "text": normalize_unicode(norm, text) if norm is not None else text,
                        "fontname": fontname,
                        "size": obj.size,
                        "upright": obj.upright,
                        "x0": obj.x0 + mb_x0 if mb_x0 != 0 else obj.x0,
                        "x1": obj.x1 + mb_x0 if mb_x0 != 0 else obj.x1,
                        "top": top,
                        "bottom": (height - obj.y0) + mb_top,
                        "doctop": doctop0 + top,
                    }
                )
            elif obj.__class__.__name__ in ("LTLine", "LTRect"):  # pdfplumber's kinds
                ruled = True

    walk(page.layout._objs)
    return chars, ruled


def _read_page(page: Any) -> _Page:
    chars, ruled = _layout_chars(page)
    words = extract_words(chars, extra_attrs=["fontname", "size"])
    tables: list[Table] = []
    if words and ruled:  # ruled tables need ruling lines
        for found in page.find_tables():
            cells_rows = [r.cells for r in found.rows]
            texts: list[list[list[Word]]] = [[[] for _ in cells] for cells in cells_rows]
            rest = []
            for w in words:
                if not _inside(w, found.bbox):
                    rest.append(w)
                    continue
                for i, cells in enumerate(cells_rows):
                    j = next((j for j, c in enumerate(cells) if c and _inside(w, c)), None)
                    if j is not None:
                        texts[i][j].append(w)
                        break
            words = rest
            rows = []
            for cells, cell_words in zip(cells_rows, texts, strict=True):
                parts = [
                    normalize_space(" ".join(w["text"] for r in _rows(ws) for w in r))
                    for c, ws in zip(cells, cell_words, strict=True)
                    if c is not None
                ]
                if any(parts):
                    rows.append(" | ".join(parts))
            tables.append(Table(page.page_number, found.bbox[1], rows))
    return _Page(page.page_number, float(page.width), float(page.height), _rows(words), tables)


def _close(pdf: Any) -> None:
    try:
        pdf.close()
    except (*_PDF_ERRORS, *_LIBRARY_SLIPS):
        pass  # close() walks the page tree again; a damaged one has nothing left open


def _raised_in_pdf_library(exc: BaseException) -> bool:
    """pdfminer and pdfplumber fail on some malformed objects with plain TypeErrors and the
    like (a page without a MediaBox); those are damaged files, not bugs of ours."""
    tb = exc.__traceback__
    last = None
    while tb is not None:
        last, tb = tb.tb_frame.f_code.co_filename, tb.tb_next
    return last is not None and any(
        f"{os.sep}{lib}{os.sep}" in last for lib in ("pdfminer", "pdfplumber")
    )


def _read_pages(pdf: Any, source_path: str = "the PDF") -> list[_Page]:
    try:
        check_pages(len(pdf.pages), source_path)  # --max-pages, before any page is read
        pages = []
        for page in pdf.pages:
            check_time()
            pages.append(_read_page(page))
            page.close()  # drop the page's parsed objects: memory stays flat on long PDFs
        return pages
    except _PDF_ERRORS as exc:
        raise _pdf_error(exc) from None
    except _LIBRARY_SLIPS as exc:
        if _raised_in_pdf_library(exc):
            raise _pdf_error(exc) from None
        raise


def _band_rows(page: _Page) -> list[list[Word]]:
    top, bottom = BAND * page.height, (1 - BAND) * page.height
    return [r for r in page.rows if r[0]["top"] < top or max(w["bottom"] for w in r) > bottom]


def _row_key(row: list[Word]) -> str:
    return re.sub(r"\d+", "#", normalize_space(" ".join(w["text"] for w in row)).lower())


def _set_apart(rows: list[list[Word]]) -> list[list[Word]]:
    """The first rows of `rows` (at most EDGE_ROWS) above a gap of a line or more: what may be
    a running header when read top-down, or a footer when read bottom-up."""
    for i in range(min(EDGE_ROWS, len(rows) - 1)):
        a, b = rows[i], rows[i + 1]
        size = max(w["size"] for w in a)
        top_a, bottom_a = min(w["top"] for w in a), max(w["bottom"] for w in a)
        top_b, bottom_b = min(w["top"] for w in b), max(w["bottom"] for w in b)
        if max(top_b - bottom_a, top_a - bottom_b) >= 0.8 * size:  # either reading direction
            return rows[: i + 1]
    return []


def _margin_rows(page: _Page) -> list[list[Word]]:
    """Rows in the top or bottom band, and rows set apart at the top or bottom of the page
    (small pages put their running text below the band)."""
    rows = _band_rows(page)
    for row in _set_apart(page.rows) + _set_apart(page.rows[::-1]):
        if all(row is not r for r in rows):
            rows.append(row)
    return rows


def drop_running_text(pages: list[_Page]) -> None:
    """Remove running headers and footers: margin lines that repeat on several pages (digits
    ignored), that carry the page number ("Sertraline 3", "Page 3 of 5"), page furniture, or
    sit in the top margin in smaller type than the text below (a header, even on one page)."""
    margins = [_margin_rows(p) for p in pages]
    seen = Counter(k for rows in margins for k in {_row_key(r) for r in rows})
    furniture = boilerplate_rules()
    for page, rows in zip(pages, margins, strict=True):
        drop = []
        top_band = BAND * page.height
        below = next((r for r in page.rows if r[0]["top"] >= top_band), None)
        below_size = max(w["size"] for w in below) if below else 0.0
        band = _band_rows(page)
        for row in rows:
            tokens = [w["text"] for w in row]
            text = " ".join(tokens)
            in_band = any(row is r for r in band)
            if (
                (len(pages) > 1 and seen[_row_key(row)] >= 2)
                or furniture.is_page_furniture(text)
                or (in_band and str(page.number) in tokens and len(tokens) <= 8)
                or (row[0]["top"] < top_band and max(w["size"] for w in row) < below_size - 0.5)
            ):
                drop.append(row)
        page.rows = [r for r in page.rows if all(r is not d for d in drop)]


def _front_matter(blocks: list[Block]) -> tuple[list[Block], date | None, str | None]:
    """Take "Revised: ..." and "CASRN: ..." lines above the first heading as metadata."""
    revised: date | None = None
    cas: str | None = None
    out: list[Block] = []
    in_front = True
    for b in blocks:
        in_front = in_front and b.kind != HEADING
        if not in_front:
            out.append(b)
            continue
        text = b.text
        if (m := _FRONT_REVISED.search(text)) and parse_date(m.group(1)):
            revised = revised or parse_date(m.group(1))
            text = text[: m.start()] + text[m.end() :]
        if m := _FRONT_CAS.search(text):
            cas = cas or m.group(1)
            text = text[: m.start()] + text[m.end() :]
        if text.strip() == b.text.strip():
            out.append(b)
        elif text.strip():  # other front matter stays (its page breaks no longer line up)
            out.append(Block(b.kind, normalize_space(text), b.page))
    return out, revised, cas


def no_text_layer(n_pages: int) -> DocumentError:
    where = (
        "page 1 has no text layer"
        if n_pages == 1
        else (f"none of the {n_pages} pages has a text layer")
    )
    return DocumentError(
        "no_text_layer",
        f"{where}: scanned image? run OCR first (e.g. ocrmypdf), then ingest the OCR'd PDF",
    )


def document_from_pages(source: SourceFile, pages: list[_Page]) -> ParsedDocument:
    """Pages of words (from any PDF reader) -> the parsed document."""
    if not any(p.rows or p.tables for p in pages):
        raise no_text_layer(len(pages))
    drop_running_text(pages)
    gutters = page_gutters(pages)
    items = [it for p, g in zip(pages, gutters, strict=True) for it in reading_order(p, g)]
    text = "\n".join(it.text for it in items if isinstance(it, Line))
    blocks, title = lines_to_blocks(items, document_lexicon(text, record_names(text)))
    blocks, revised, cas = _front_matter(blocks)
    blocks, meta, refs = finish(blocks)
    return ParsedDocument(
        source_path=source.source_path,
        source_kind="pdf",
        sha256=sha256_hex(source.data),
        blocks=blocks,
        title=title or meta.title,
        drug=title.lower() if title else meta.drug,
        revised=revised or meta.revised,
        cas=cas or meta.cas,
        n_pages=len(pages),
        references=refs,
    )


def parse_pdf(source: SourceFile) -> ParsedDocument:
    """A PDF's bytes -> blocks and metadata; DocumentError for anything unreadable."""
    check_pdf_bytes(source.data)
    try:
        pdf = pdfplumber.open(io.BytesIO(source.data))
    except _PDF_ERRORS as exc:
        raise _pdf_error(exc) from None
    try:
        pages = _read_pages(pdf, source.source_path)
    finally:
        _close(pdf)
    if not pages:
        raise DocumentError(
            "pdf_damaged", "the PDF has no pages (damaged page tree?): re-download it"
        )
    return document_from_pages(source, pages)
