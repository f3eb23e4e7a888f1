"""Texts written for a test, run through ingest and extraction as a run does (in process, no
cache): the tables of one document, and the one comparison of some values among them."""

from __future__ import annotations

from pipeline.runner.document import SourceFile, process_document
from pipeline.settings import Settings


def extract_tables(name: str, text: str) -> dict[str, list[dict]]:
    """Every table's rows for one document named `name` (its suffix picks the parser)."""
    result = process_document(SourceFile(name, text.encode()), Settings())
    assert not result.errors, result.errors
    return result.tables


def the_comparison(comparisons: list[dict], values: list[float]) -> dict:
    """The one comparison of exactly these values, in this order."""
    found = [c for c in comparisons if list(c["values"]) == values]
    assert len(found) == 1, [list(c["values"]) for c in comparisons]
    return found[0]
