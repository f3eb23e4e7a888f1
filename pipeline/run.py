"""Run the per-document stages over raw/ and write every table: I/O lives here, at the edge."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from pipeline.ingest.sources import FailedSource, iter_sources
from pipeline.model import SourceFile
from pipeline.rows import DocumentResult, Row, error_row, process_source
from pipeline.schema import ERRORS, EXTRACT_TABLES, INGEST_TABLES, TABLES
from pipeline.writer import to_arrow, write_tables


@dataclass
class RunSummary:
    documents: int
    failed: int
    errors: list[Row]
    out_dir: Path

    @property
    def exit_code(self) -> int:
        return 2 if self.failed else 0

    def line(self) -> str:
        return (f"{self.documents} documents, {self.failed} failed"
                f" -> {self.out_dir}" + (" (see errors.parquet)" if self.failed else ""))


def _init_worker() -> None:
    from pipeline.nlp import get_nlp

    get_nlp()  # load the spaCy pipeline once per worker


def _process(args: tuple[SourceFile, bool]) -> DocumentResult:
    return process_source(*args)


def process_all(
    sources: Iterable[SourceFile | FailedSource], extract: bool, workers: int
) -> Iterator[DocumentResult]:
    """Results in source order, whatever the number of workers."""
    def failed(s: FailedSource) -> DocumentResult:
        r = DocumentResult(s.source_path, None)
        r.errors.append(error_row(s.source_path, s.stage, s.code, s.message))
        return r

    if workers <= 1:
        for s in sources:
            yield failed(s) if isinstance(s, FailedSource) else process_source(s, extract)
        return
    with ProcessPoolExecutor(max_workers=workers, initializer=_init_worker) as pool:
        pending = []
        for s in sources:
            if isinstance(s, FailedSource):
                pending.append(failed(s))
            else:
                pending.append(pool.submit(_process, (s, extract)))
        for item in pending:
            yield item if isinstance(item, DocumentResult) else item.result()


def run(raw: Path, out: Path, extract: bool = True, workers: int | None = None,
        console: bool = True) -> RunSummary:
    if not raw.is_dir():
        raise FileNotFoundError(f"raw folder {raw} does not exist: pass --raw DIR")
    workers = workers if workers is not None else 1
    names = [t.name for t in (INGEST_TABLES + (EXTRACT_TABLES if extract else ()))]
    rows: dict[str, list[Row]] = {n: [] for n in names}
    errors: list[Row] = []
    seen: dict[str, str] = {}
    documents = failed = 0
    for result in process_all(iter_sources(raw), extract, workers):
        documents += 1
        if result.doc_id and result.doc_id in seen and result.tables:
            errors.append(error_row(
                result.source_path, "ingest", "duplicate",
                f"same bytes as {seen[result.doc_id]}; kept once under that path",
            ))
            continue
        for err in result.errors:
            errors.append(err)
            if console:
                print(f"error: {err['source_path']}: [{err['error']}] {err['message']}",
                      file=sys.stderr)
        if result.failed:
            failed += 1
            continue
        seen[result.doc_id] = result.source_path
        for name in names:
            rows[name].extend(result.tables.get(name, []))
    tables = {name: to_arrow(TABLES[name], rows[name]) for name in names}
    tables["errors"] = to_arrow(ERRORS, errors)
    write_tables(out, tables)
    summary = RunSummary(documents, failed, errors, out)
    if console:
        print(summary.line(), file=sys.stderr)
    return summary


def default_workers() -> int:
    return max(1, os.cpu_count() or 1)
