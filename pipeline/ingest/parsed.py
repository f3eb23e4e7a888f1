"""The in-memory shape of a document between stages (document -> blocks -> sections -> sentences).

Every ingester (PDF, NXML, HTML, Markdown, plain text) produces a `ParsedDocument`: metadata plus
an ordered list of `Block`s. `assemble.assemble` turns blocks into the cleaned text and the
section rows, so offsets are computed in exactly one place.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

# Block kinds. A heading starts a section; the others are body text.
HEADING = "heading"
PARAGRAPH = "paragraph"
LIST_ITEM = "list_item"
TABLE_ROW = "table_row"
BLOCK_KINDS = (HEADING, PARAGRAPH, LIST_ITEM, TABLE_ROW)
# What joins a table row's cells in its block's text: "Serum prolactin, ng/mL | 14.2 | 9.8".
CELL_SEP = " | "


@dataclass(frozen=True)
class Block:
    kind: str
    text: str
    page: int | None = None
    # (offset in text, page) where a later page begins inside this block (PDF paragraphs that
    # run over a page break keep each sentence's own page).
    page_breaks: tuple[tuple[int, int], ...] = ()
    level: int = 1  # heading level (1 = section, 2 = sub-section)

    def page_at(self, offset: int) -> int | None:
        page = self.page
        for at, p in self.page_breaks:
            if offset >= at:
                page = p
        return page


@dataclass(frozen=True)
class Reference:
    number: int
    text: str
    pmid: str | None = None


@dataclass
class ParsedDocument:
    source_path: str
    source_kind: str  # pdf, lactmed_xml, html, markdown, text
    sha256: str
    blocks: list[Block]
    encoding: str | None = None
    title: str | None = None
    drug: str | None = None
    revised: date | None = None
    cas: str | None = None
    unii: str | None = None
    keywords: tuple[str, ...] = ()
    n_pages: int | None = None
    references: list[Reference] = field(default_factory=list)


@dataclass(frozen=True)
class SourceFile:
    """Bytes of one input, named relative to raw/ (archive members as `archive!member`)."""

    source_path: str
    data: bytes
