"""A `LactMedRecord` -> a PDF laid out like LactMed's record PDFs, with reportlab platypus.

Bold drug title, "Drug Levels and Effects", bold section headings, "Maternal Levels." and
"Infant Levels." as italic run-in subheads, a numbered reference list with hanging indents,
Substance Identification with bold field labels, the Disclaimer and Attribution Statement, a
running header and a "<Drug> <page>" footer on every page. reportlab wraps and justifies the
text, so paragraphs run over lines and page breaks as in a real record. Options add the layouts
that break naive extractors: a two-column page, a ruled table, hyphenated line ends.

Output is byte-for-byte deterministic (reportlab's invariant mode fixes dates and ids).
"""

from __future__ import annotations

import io
import re
from collections import Counter
from collections.abc import Callable, Sequence
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from pipeline.ingest.textclean import HYPHEN_PREFIXES
from pipeline.render.record import LactMedRecord

PAGE_WIDTH, PAGE_HEIGHT = letter
MARGIN = 72.0
GUTTER = 18.0
RUNNING_HEADER = "Drugs and Lactation Database (LactMed\u00ae)"
DISCLAIMER = (
    "Disclaimer: This record is provided for reference only. It does not replace the judgment "
    "of a clinician who knows the mother and her infant, and no statement in it is a "
    "recommendation to start, stop or change any treatment. Readers should confirm doses and "
    "advice with current prescribing information before acting on them."
)
ATTRIBUTION = (
    "Attribution Statement: This sample imitates the layout of records in the Drugs and "
    "Lactation Database (LactMed). Its studies, numbers, authors and references are invented "
    "for software testing and describe no real patients."
)

_BODY = ParagraphStyle(
    "body", fontName="Helvetica", fontSize=10, leading=13, alignment=TA_JUSTIFY, spaceAfter=6
)
_STYLES = {
    "title": ParagraphStyle(
        "title", fontName="Helvetica-Bold", fontSize=16, leading=20, spaceAfter=6
    ),
    "meta": ParagraphStyle("meta", fontName="Helvetica", fontSize=9, leading=12, spaceAfter=2),
    "banner": ParagraphStyle(
        "banner",
        fontName="Helvetica-Bold",
        fontSize=13,
        leading=16,
        spaceBefore=12,
        spaceAfter=6,
        keepWithNext=1,
    ),
    "h1": ParagraphStyle(
        "h1",
        fontName="Helvetica-Bold",
        fontSize=11.5,
        leading=14,
        spaceBefore=10,
        spaceAfter=5,
        keepWithNext=1,
    ),
    "label": ParagraphStyle(
        "label",
        fontName="Helvetica-Bold",
        fontSize=10,
        leading=13,
        spaceBefore=4,
        spaceAfter=2,
        keepWithNext=1,
    ),
    "body": _BODY,
    "ref": ParagraphStyle(
        "ref", parent=_BODY, alignment=TA_LEFT, leftIndent=14, firstLineIndent=-14, spaceAfter=4
    ),
    "field": ParagraphStyle("field", parent=_BODY, alignment=TA_LEFT, spaceAfter=4),
    "cell": ParagraphStyle("cell", fontName="Helvetica", fontSize=9, leading=11),
    "cell_head": ParagraphStyle("cell_head", fontName="Helvetica-Bold", fontSize=9, leading=11),
    "small": ParagraphStyle("small", parent=_BODY, fontSize=8.5, leading=11, spaceBefore=8),
}
_VOWELS = set("aeiouy")


def _hyphenator(words: frozenset[str]) -> Callable[[str], list[tuple[str, str]]]:
    """Break points for the given words only (longest head first, as reportlab expects).

    A typesetter's exception list: only words the record also spells solid elsewhere, so a
    reader can tell "concentra-tions" from a real compound like "non-supplemented". No break
    right after a prefix such as "anti": "anti-" at a line end reads as a compound, and
    textclean keeps such hyphens."""

    def split(word: str) -> list[tuple[str, str]]:
        if word.lower() not in words:
            return []
        # Before a consonant that sits between two vowels ("concentra-tions"), >= 3 letters a side.
        cuts = [
            i
            for i in range(3, len(word) - 2)
            if word[i - 1].lower() in _VOWELS
            and word[i].lower() not in _VOWELS
            and word[i + 1].lower() in _VOWELS
            and word[:i].lower() not in HYPHEN_PREFIXES
        ]
        return [(word[:i], word[i:]) for i in reversed(cuts)]

    return split


def hyphenatable_words(record: LactMedRecord, min_count: int = 3) -> frozenset[str]:
    """Long words the record writes solid at least `min_count` times and never hyphenated."""
    text = record.to_text().lower()
    counts = Counter(re.findall(r"(?<![a-z-])[a-z]{8,}(?![a-z-])", text))
    return frozenset(w for w, c in counts.items() if c >= min_count and f"-{w}" not in text)


def _para(text: str, style: str, hyphenate: Callable | None = None) -> Paragraph:
    st = _STYLES[style]
    if hyphenate is not None and st.alignment == TA_JUSTIFY:
        st = ParagraphStyle(
            f"{st.name}-hy",
            parent=st,
            hyphenationLang=hyphenate,
            embeddedHyphenation=1,
            hyphenationMinWordLength=8,
        )
    return Paragraph(text, st)


def _page_decorator(drug: str) -> Callable[[Canvas, BaseDocTemplate], None]:
    def draw(canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawString(MARGIN, PAGE_HEIGHT - 40, RUNNING_HEADER)
        canvas.setFont("Helvetica", 9)
        canvas.drawRightString(PAGE_WIDTH - MARGIN, 40, f"{drug} {doc.page}")
        canvas.restoreState()

    return draw


def _templates(drug: str) -> list[PageTemplate]:
    width, height = PAGE_WIDTH - 2 * MARGIN, PAGE_HEIGHT - 2 * MARGIN
    column = (width - GUTTER) / 2
    one = Frame(
        MARGIN,
        MARGIN,
        width,
        height,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    left = Frame(
        MARGIN,
        MARGIN,
        column,
        height,
        id="left",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    right = Frame(
        MARGIN + column + GUTTER,
        MARGIN,
        column,
        height,
        id="right",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    decorate = _page_decorator(drug)
    return [
        PageTemplate("one", [one], onPage=decorate),
        PageTemplate("two", [left, right], onPage=decorate),
    ]


def _table(rows: Sequence[tuple[str, str]]) -> Table:
    """A ruled table; cells are paragraphs, so long cell text wraps inside its cell."""
    cells = [
        [Paragraph(escape(c), _STYLES["cell_head" if i == 0 else "cell"]) for c in row]
        for i, row in enumerate(rows)
    ]
    table = Table(cells, colWidths=[220, 150], hAlign="LEFT", spaceBefore=4, spaceAfter=8)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def build_story(
    record: LactMedRecord,
    *,
    two_column_page: bool = False,
    hyphenate: bool = False,
    table: Sequence[tuple[str, str]] | None = None,
) -> list[Flowable]:
    hy = _hyphenator(hyphenatable_words(record)) if hyphenate else None
    d = record.revised
    story: list[Flowable] = [
        _para(escape(record.drug), "title"),
        _para(f"Revised: {d:%B} {d.day}, {d.year}.", "meta"),
        _para(f"CASRN: {escape(record.cas)}", "meta"),
        _para("Drug Levels and Effects", "banner"),
    ]
    for heading, key, paras in record.sections():
        if two_column_page and key == "infant_effects":
            # The rest of the record on fresh pages set in two columns, like a journal.
            story += [NextPageTemplate("two"), PageBreak()]
        if key in ("maternal_levels", "infant_levels"):
            for i, p in enumerate(paras):
                lead = f"<i>{escape(heading)}</i> " if i == 0 else ""
                story.append(_para(lead + escape(p), "body", hy))
            if key == "maternal_levels" and table:
                story.append(_table(table))
            continue
        if paras or key == "other":
            story.append(_para(escape(heading), "h1"))
            story += [_para(escape(p), "body", hy) for p in paras]
    if record.references:
        story.append(_para("References", "h1"))
        for r in record.references:
            pm = f" PMID: {r.pmid}" if r.pmid else ""
            story.append(_para(escape(f"{r.number}. {r.text}{pm}"), "ref"))
    story.append(_para("Substance Identification", "h1"))
    for label, values in (
        ("Substance Name", (record.drug,)),
        ("CAS Registry Number", (record.cas,)),
        ("Drug Class", record.drug_classes),
    ):
        story.append(_para(label, "label"))
        story += [_para(escape(v), "field") for v in values]
    story += [_para(escape(DISCLAIMER), "small"), _para(escape(ATTRIBUTION), "small")]
    return story


def render_pdf(
    record: LactMedRecord,
    *,
    two_column_page: bool = False,
    hyphenate: bool = False,
    table: Sequence[tuple[str, str]] | None = None,
    user_password: str | None = None,
) -> bytes:
    """The record as PDF bytes; identical bytes for identical arguments.

    two_column_page: from "Effects in Breastfed Infants" on, new pages set in two columns.
    hyphenate: break recurring long words at line ends with a hyphen ("concentra-\\ntions").
    table: rows (header first) of a ruled two-column table placed after Maternal Levels.
    user_password: encrypt the file (for tests of password-protected input).
    """
    buf = io.BytesIO()
    encrypt = None
    if user_password is not None:
        from reportlab.lib.pdfencrypt import StandardEncryption

        encrypt = StandardEncryption(user_password, ownerPassword=user_password + "-owner")
    doc = BaseDocTemplate(
        buf,
        pagesize=letter,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=f"{record.drug} - LactMed",
        author="LactMed sample",
        subject=record.book_part_id,
        creator="lactation-evidence-pipeline",
        invariant=1,
        encrypt=encrypt,
    )
    doc.addPageTemplates(_templates(record.drug))
    doc.build(
        build_story(record, two_column_page=two_column_page, hyphenate=hyphenate, table=table)
    )
    return buf.getvalue()
