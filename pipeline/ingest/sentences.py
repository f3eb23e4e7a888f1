"""Sections -> sentences, with spaCy's blank English pipeline and rule-based boundaries.

Sentences never cross a block: a list item or a table row is its own sentence even without a
final period, so later stages can tell a dose list from prose."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from spacy.attrs import IDX

from pipeline.ids import span_id
from pipeline.ingest.assemble import AssembledDocument
from pipeline.ingest.parsed import CELL_SEP, HEADING, TABLE_ROW
from pipeline.nlp import get_nlp, sentence_starts
from pipeline.runner.limits import check_time


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


def sentences_from_rows(
    sentence_rows: Iterable[Mapping[str, Any]], section_rows: Iterable[Mapping[str, Any]]
) -> list[Sentence]:
    """Sentences back from their table rows (the cache, or processed/*.parquet), with each
    sentence's section key from the sections rows."""
    section_of = {s["section_id"]: s["section"] for s in section_rows}
    return [
        Sentence(
            s["doc_id"],
            s["section_id"],
            section_of.get(s["section_id"], "other"),
            s["sentence_id"],
            s["page"],
            s["char_start"],
            s["char_end"],
            s["block"],
            s["text"],
        )
        for s in sentence_rows
    ]


def block_sentences(text: str) -> list[tuple[int, str]]:
    """(offset, text) of each sentence of one block, stripped of surrounding whitespace.

    The same boundaries as the lactmed_sentences component (Doc.sents), read straight from
    the token offsets: no Span objects per sentence."""
    tokens = get_nlp().make_doc(text)
    if not len(tokens):
        return []
    # Character offsets of the sentence starts; a sentence runs to the next one.
    offsets = tokens.to_array([IDX])[sentence_starts(tokens)].tolist()
    out = []
    for a, b in zip(offsets, offsets[1:] + [len(text)], strict=True):
        piece = text[a:b]
        stripped = piece.strip()
        if stripped:
            out.append((a + len(piece) - len(piece.lstrip()), stripped))
    return out


# The cells of a table row of values after its label: short, and not prose ("14.2 (10.8 to
# 17.6)", "NS", "<0.001"); a row of them is one sentence, though its label has a period inside
# ("Serum prolactin, ng/mL. Measure Type: Mean (95% Confidence Interval) | 14.2 | ...").
_VALUE_CELL_CHARS = 40


def row_or_sentences(kind: str, text: str) -> list[tuple[int, str]]:
    """A table row whose cells after the label are values: one sentence; any other block (or
    a row of prose cells): its sentences."""
    cells = text.split(CELL_SEP)
    if (
        kind == TABLE_ROW
        and len(cells) > 1
        and all(
            len(c.strip()) <= _VALUE_CELL_CHARS and any(ch.isdigit() for ch in c) for c in cells[1:]
        )
    ):
        return [(len(text) - len(text.lstrip()), text.strip())]
    return block_sentences(text)


def split_sentences(doc: AssembledDocument) -> list[Sentence]:
    out: list[Sentence] = []
    for section in doc.sections:
        for placed in section.blocks:
            if placed.block.kind == HEADING:
                continue
            check_time()  # a document over --max-seconds stops here in a Dask worker thread
            for offset, text in row_or_sentences(placed.block.kind, placed.block.text):
                start = placed.char_start + offset
                out.append(
                    Sentence(
                        doc.doc_id,
                        section.section_id,
                        section.key,
                        span_id(doc.doc_id, "t", start),
                        placed.page_at(start),
                        start,
                        start + len(text),
                        placed.block.kind,
                        text,
                    )
                )
    return out
