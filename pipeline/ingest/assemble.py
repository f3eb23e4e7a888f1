"""Blocks -> the document's cleaned text and its sections, with every offset computed here once."""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.ids import doc_id_for, span_id
from pipeline.ingest.layout_rules import classify_heading
from pipeline.ingest.parsed import HEADING, Block, ParsedDocument

BLOCK_SEPARATOR = "\n\n"
# Heading keys that name a section in sections.yaml but are not canonical output keys.
_OUTPUT_KEY = {"drug_levels": "other", "record_title": "other", "substance_field": "substance"}


@dataclass(frozen=True)
class PlacedBlock:
    block: Block
    char_start: int
    char_end: int

    def page_at(self, offset: int) -> int | None:
        return self.block.page_at(offset - self.char_start)


@dataclass(frozen=True)
class PlacedSection:
    section_id: str
    heading: str | None
    key: str
    char_start: int
    char_end: int
    blocks: tuple[PlacedBlock, ...]

    @property
    def page(self) -> int | None:
        return self.blocks[0].block.page if self.blocks else None


@dataclass(frozen=True)
class AssembledDocument:
    doc_id: str
    parsed: ParsedDocument
    text: str
    sections: tuple[PlacedSection, ...]


def section_key(heading: str | None) -> str:
    if heading is None:
        return "other"
    rule = classify_heading(heading)
    key = rule.key if rule else "other"
    return _OUTPUT_KEY.get(key, key)


def assemble(parsed: ParsedDocument, doc_id: str | None = None) -> AssembledDocument:
    """Lay the blocks out as text ("\\n\\n" between blocks) and group them into sections.

    A level-1 heading starts a section; a level-2 heading (a field label such as "CAS Registry
    Number") stays inside the current one. Sections with no body are left out.
    """
    doc_id = doc_id or parsed.sha256[:16]
    parts: list[str] = []
    pos = 0
    groups: list[tuple[str | None, list[PlacedBlock]]] = [(None, [])]
    for block in parsed.blocks:
        if parts:
            parts.append(BLOCK_SEPARATOR)
            pos += len(BLOCK_SEPARATOR)
        placed = PlacedBlock(block, pos, pos + len(block.text))
        parts.append(block.text)
        pos = placed.char_end
        if block.kind == HEADING and block.level == 1:
            groups.append((block.text, []))
        else:
            groups[-1][1].append(placed)
    text = "".join(parts)
    sections = []
    for heading, blocks in groups:
        if not blocks:
            continue
        start, end = blocks[0].char_start, blocks[-1].char_end
        sections.append(
            PlacedSection(
                span_id(doc_id, "s", start),
                heading,
                section_key(heading),
                start,
                end,
                tuple(blocks),
            )
        )
    return AssembledDocument(doc_id, parsed, text, tuple(sections))


__all__ = ["assemble", "AssembledDocument", "PlacedSection", "PlacedBlock", "doc_id_for"]
