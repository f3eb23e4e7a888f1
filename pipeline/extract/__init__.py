"""Extraction: sentences -> statements -> populations, doses, measurements, comparisons."""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.ingest.sentences import Sentence


def extract_document(
    doc_id: str, text: str, sentences: Sequence[Sentence], drug: str | None = None
) -> dict[str, list]:
    from pipeline.extract.statements import extract_statements

    return extract_statements(doc_id, text, sentences, drug)
