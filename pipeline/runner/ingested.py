"""An earlier run's ingest tables in OUT, read back one document at a time, for `extract`.

A run writes every document's rows together and in source order, so the documents, sections,
sentences and references tables hold each document's rows as one contiguous run, in the same
order: reading the four tables side by side, a batch at a time, gives one document's rows at a
time without holding a whole table in memory.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyarrow.parquet as pq

from pipeline.evidence.stage import drugs_filled
from pipeline.runner.document import IngestedDocument
from pipeline.schema import ERRORS, INGEST_TABLES, TABLES

Row = dict[str, object]
INGEST_NAMES = tuple(t.name for t in INGEST_TABLES)


class NoIngestTables(FileNotFoundError):
    pass


def _files(out: Path, name: str) -> list[Path]:
    """A table's files: OUT/<name>.parquet, or the parts of a partitioned dataset."""
    path = out / f"{name}.parquet"
    if path.is_dir():
        return sorted(path.glob("*.parquet"))
    return [path] if path.is_file() else []


def _rows(out: Path, name: str) -> Iterator[Row]:
    schema = TABLES[name].schema
    for file in _files(out, name):
        with pq.ParquetFile(file) as parquet:
            for batch in parquet.iter_batches(batch_size=4096, columns=schema.names):
                yield from batch.to_pylist()


def check_ingested(out: Path) -> None:
    missing = [n for n in (*INGEST_NAMES, ERRORS.name) if not _files(out, n)]
    if missing:
        raise NoIngestTables(
            f"{out} has no {', '.join(f'{n}.parquet' for n in missing)}: extract runs over an "
            f"earlier ingest; run `python -m pipeline ingest --raw RAW --out {out}` first"
        )


class _Grouped:
    """Rows of one table, handed out document by document (they come grouped by doc_id)."""

    def __init__(self, rows: Iterator[Row]) -> None:
        self.rows = rows
        self.head: Row | None = next(rows, None)

    def take(self, doc_id: str) -> list[Row]:
        taken = []
        while self.head is not None and self.head["doc_id"] == doc_id:
            taken.append(self.head)
            self.head = next(self.rows, None)
        return taken


def iter_ingested(out: Path) -> Iterator[IngestedDocument]:
    """Every document of OUT's ingest tables with its rows, in the tables' order."""
    check_ingested(out)
    others = {n: _Grouped(_rows(out, n)) for n in INGEST_NAMES if n != "documents"}
    filled = drugs_filled(out)  # by the evidence stage: extraction reads them as ingest left them
    for doc in _rows(out, "documents"):
        doc_id = str(doc["doc_id"])
        if doc_id in filled:
            doc = {**doc, "drug": None}
        tables = {"documents": [doc], **{n: g.take(doc_id) for n, g in others.items()}}
        yield IngestedDocument(str(doc["source_path"]), doc_id, tables)
    stray = {n: g.head["doc_id"] for n, g in others.items() if g.head is not None}
    if stray:
        raise ValueError(
            f"the ingest tables in {out} are out of step (rows left for {stray} after every "
            "document): they were not written by one run; run ingest again"
        )


def earlier_errors(out: Path) -> list[Row]:
    """The earlier run's error rows: its documents that failed have no ingest rows left to
    extract from, so their errors stand (a document in the tables never has one)."""
    return list(_rows(out, ERRORS.name))
