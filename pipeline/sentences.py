"""Sections -> sentences, with spaCy's blank English pipeline and rule-based boundaries.

Sentences never cross a block: a list item or a table row is its own sentence even without a
final period, so later stages can tell a dose list from prose."""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.assemble import AssembledDocument
from pipeline.ids import span_id
from pipeline.model import HEADING
from pipeline.nlp import get_nlp


@dataclass(frozen=True)
class Sentence:
    doc_id: str
    section_id: str
    section: str
    sentence_id: str
    page: int | None
    char_start: int
    char_end: int
    block: str
    text: str


def split_sentences(doc: AssembledDocument) -> list[Sentence]:
    nlp = get_nlp()
    out: list[Sentence] = []
    for section in doc.sections:
        for placed in section.blocks:
            if placed.block.kind == HEADING:
                continue
            for sent in nlp(placed.block.text).sents:
                text = sent.text.strip()
                if not text:
                    continue
                lead = len(sent.text) - len(sent.text.lstrip())
                start = placed.char_start + sent.start_char + lead
                end = start + len(text)
                out.append(
                    Sentence(
                        doc.doc_id,
                        section.section_id,
                        section.key,
                        span_id(doc.doc_id, "t", start),
                        placed.page_at(start),
                        start,
                        end,
                        placed.block.kind,
                        text,
                    )
                )
    return out
