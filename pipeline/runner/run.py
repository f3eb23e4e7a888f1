"""Run the per-document stages over raw/ and write every table: I/O lives here, at the edge.

Documents stream through: sources are read one at a time, at most a few per worker are in
flight, results come back in source order (so output is the same for any number of workers),
and rows go to Parquet in row groups as they arrive, so memory does not grow with the corpus.
Results already in the cache (pipeline/runner/cache.py) are taken from it without parsing.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
import time
import uuid
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import pyarrow.parquet as pq

from pipeline.ingest.dispatch import PDF_BACKENDS
from pipeline.ingest.parsed import SourceFile
from pipeline.ingest.sources import FailedSource, iter_sources, list_inputs
from pipeline.runner import output as writer
from pipeline.runner.cache import DocResult, Settings, lookup, process_document
from pipeline.runner.limits import Limits
from pipeline.runner.output import to_arrow
from pipeline.schema import ERRORS, EXTRACT_TABLES, INGEST_TABLES, TABLES
from pipeline.validate import validate_tables

if TYPE_CHECKING:
    from rich.progress import Progress, TaskID

Row = dict[str, object]
# Rows buffered per table before they become one Parquet row group / dataset part.
ROW_GROUP_ROWS = 20_000
# Documents in flight per worker: enough to keep workers busy, few enough to bound memory.
IN_FLIGHT_PER_WORKER = 4
PROGRESS_AFTER_S = 3.0


@dataclass
class RunSummary:
    documents: int
    failed: int
    errors: list[Row]
    out_dir: Path
    cached: int = 0
    seconds: float = 0.0
    unplaced_corrections: int = 0  # curators' corrections that found no row (or no single one)
    notes: list[str] = field(default_factory=list)  # what happened to the corrections

    @property
    def exit_code(self) -> int:
        """0: all done; 2: some documents failed; 3: some corrections could not be placed
        (checked first: a correction silently not applied would let wrong values through)."""
        if self.unplaced_corrections:
            return 3
        return 2 if self.failed else 0

    def line(self) -> str:
        cached = f" ({self.cached} from cache)" if self.cached else ""
        return f"{self.documents} documents{cached}, {self.failed} failed -> {self.out_dir}" + (
            " (see errors.parquet)" if self.failed else ""
        )


def default_workers() -> int:
    return max(1, os.cpu_count() or 1)


def _init_worker() -> None:
    from pipeline.extract.rules import get_rules
    from pipeline.extract.units import registry

    get_rules()  # the spaCy pipeline and the rules, once per worker
    registry()  # pint's unit registry takes a third of a second to build


def _failed(s: FailedSource) -> DocResult:
    from pipeline.runner.document import error_row

    return DocResult(
        s.source_path, None, {}, [error_row(s.source_path, s.stage, s.code, s.message)]
    )


def process_all(
    sources: Iterable[SourceFile | FailedSource], settings: Settings, workers: int
) -> Iterator[DocResult]:
    """Results in source order, whatever the number of workers; cached ones without a worker.

    The pool starts at the first document not in the cache, so a re-run with nothing changed
    never loads spaCy."""
    if workers <= 1:
        for s in sources:
            if isinstance(s, FailedSource):
                yield _failed(s)
            else:
                yield lookup(s, settings) or process_document(s, settings)
        return
    pool: ProcessPoolExecutor | None = None
    pending: deque[DocResult | Future[DocResult]] = deque()
    limit = workers * IN_FLIGHT_PER_WORKER
    try:
        for s in sources:
            if isinstance(s, FailedSource):
                pending.append(_failed(s))
            elif (hit := lookup(s, settings)) is not None:
                pending.append(hit)
            else:
                if pool is None:
                    pool = ProcessPoolExecutor(max_workers=workers, initializer=_init_worker)
                pending.append(pool.submit(process_document, s, settings))
            # Hand back finished results in order; wait only when too many are in flight.
            while pending and (len(pending) > limit or _ready(pending[0])):
                item = pending.popleft()
                yield item if isinstance(item, DocResult) else item.result()
        while pending:
            item = pending.popleft()
            yield item if isinstance(item, DocResult) else item.result()
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)


def _ready(item: DocResult | Future[DocResult]) -> bool:
    return isinstance(item, DocResult) or item.done()


class TableSink:
    """Rows -> Parquet in batches of whole documents, into a staging folder that replaces OUT
    only when every table is complete (pipeline/runner/output.py's swap).

    Each batch is checked with pipeline/validate.py (a batch holds whole documents, so key,
    foreign-key and span checks see everything they need) and written as one row group per
    table, so memory holds one batch, not the corpus. `partitioned=False` writes
    OUT/<table>.parquet files; `partitioned=True` writes OUT/<table>.parquet/part-NNNNN.parquet
    datasets, which pandas, DuckDB and Dask read as one table."""

    def __init__(
        self,
        out_dir: Path,
        names: list[str],
        partitioned: bool = False,
        rows_per_batch: int | None = None,
    ) -> None:
        self.out_dir = Path(os.path.realpath(out_dir))  # swap the real folder, not a symlink
        self.out_dir.parent.mkdir(parents=True, exist_ok=True)
        writer.recover(self.out_dir)
        self.names = names
        self.partitioned = partitioned
        self.rows_per_batch = rows_per_batch or ROW_GROUP_ROWS
        tag = f"{os.getpid()}-{uuid.uuid4().hex[:8]}"
        self.staging = writer._sibling(self.out_dir, writer.STAGING, tag)
        self.staging.mkdir()
        self.buffers: dict[str, list[Row]] = {n: [] for n in names}
        self.buffered = 0
        self.writers: dict[str, pq.ParquetWriter] = {}
        self.parts = 0

    def add(self, tables: dict[str, list[Row]]) -> None:
        """One document's rows (or error rows), for any of the sink's tables."""
        for name, rows in tables.items():
            if rows:
                self.buffers[name].extend(rows)
                self.buffered += len(rows)
        if self.buffered >= self.rows_per_batch:
            self.flush()

    def flush(self) -> None:
        if not self.buffered and self.parts:
            return
        batch = {n: to_arrow(TABLES[n], self.buffers[n]) for n in self.names}
        validate_tables({n: t for n, t in batch.items() if t.num_rows or n == "documents"})
        for name, table in batch.items():
            if self.partitioned:
                if table.num_rows == 0 and self.parts:
                    continue
                folder = self.staging / f"{name}.parquet"
                folder.mkdir(exist_ok=True)
                pq.write_table(table, folder / f"part-{self.parts:05d}.parquet", compression="zstd")
            else:
                if name not in self.writers:
                    self.writers[name] = pq.ParquetWriter(
                        self.staging / f"{name}.parquet", TABLES[name].schema, compression="zstd"
                    )
                if table.num_rows or self.parts == 0:
                    self.writers[name].write_table(table)
        self.buffers = {n: [] for n in self.names}
        self.buffered = 0
        self.parts += 1

    def commit(self) -> list[Path]:
        """Finish every table, keep OUT's other files (cache, notes), swap the folder in."""
        self.flush()
        for w in self.writers.values():
            w.close()
        self.writers.clear()
        out = self.out_dir
        try:
            writer._carry_over(out, self.staging, {f"{n}.parquet" for n in self.names})
            mode = out.stat().st_mode & 0o7777 if out.is_dir() else 0o777 & ~writer._umask()
            os.chmod(self.staging, mode)
            (self.staging / writer.COMPLETE).touch()
            if not out.exists():
                os.replace(self.staging, out)
            elif not writer._exchange(self.staging, out):
                old = writer._sibling(out, writer.OLD, self.staging.name.rsplit("-", 2)[-1])
                os.replace(out, old)
                os.replace(self.staging, out)
            (out / writer.COMPLETE).unlink(missing_ok=True)
        finally:
            writer.recover(out)
        return [out / f"{n}.parquet" for n in self.names]

    def abort(self) -> None:
        for w in self.writers.values():
            w.close()
        self.writers.clear()
        shutil.rmtree(self.staging, ignore_errors=True)


class _Progress:
    """A rich progress bar on stderr that appears only once a run has taken a few seconds;
    refreshed from the main loop (no thread, so forking workers stays safe)."""

    def __init__(self, enabled: bool, total: int | None) -> None:
        self.enabled = enabled
        self.total = total
        self.start = time.monotonic()
        self.bar: Progress | None = None
        self.task: TaskID | None = None
        self.done = 0
        self.last = 0.0

    def advance(self) -> None:
        self.done += 1
        now = time.monotonic()
        if not self.enabled or now - self.start < PROGRESS_AFTER_S:
            return
        if self.bar is None:
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeElapsedColumn,
                TimeRemainingColumn,
            )

            self.bar = Progress(
                TextColumn("documents"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                TimeRemainingColumn(),
                console=Console(stderr=True),
                auto_refresh=False,
            )
            self.bar.start()
            self.task = self.bar.add_task("documents", total=self.total)
        if self.task is not None and now - self.last > 0.2:  # the task comes with the bar
            self.bar.update(self.task, completed=self.done)
            self.bar.refresh()
            self.last = now

    def print(self, message: str) -> None:
        if self.bar is not None:
            self.bar.console.print(message, markup=False, highlight=False)
        else:
            print(message, file=sys.stderr)

    def stop(self) -> None:
        if self.bar is not None and self.task is not None:
            self.bar.update(self.task, completed=self.done)
            self.bar.refresh()
            self.bar.stop()


def _count_sources(raw: Path) -> int | None:
    """Number of documents, when knowable without reading archives (else None)."""
    from pipeline.ingest.sources import is_archive

    files = list_inputs(raw)
    return None if any(is_archive(p.name) for p in files) else len(files)


_FINGERPRINT = ".cache/fingerprint.json"


def _fingerprint(raw: Path, settings: Settings, names: list[str], corrections: Path | None) -> str:
    """One hash of everything a run's tables depend on: every source's cache keys (its bytes,
    the code and the rules), the settings, the limits and the curators' corrections."""
    from pipeline.runner.cache import source_keys

    h = hashlib.sha256(
        repr((settings.extract, settings.pdf_backend, settings.limits, names)).encode()
    )
    if corrections is not None and corrections.exists():
        h.update(corrections.read_bytes())
    for source in iter_sources(raw):
        if isinstance(source, FailedSource):
            h.update(f"failed:{source.source_path}:{source.code}".encode())
        else:
            h.update(repr((source.source_path, *source_keys(source, settings))).encode())
    return h.hexdigest()


def _unchanged(out: Path, fingerprint: str, names: list[str]) -> dict | None:
    path = out / _FINGERPRINT
    if not path.exists() or not all((out / f"{n}.parquet").exists() for n in names):
        return None
    try:
        previous = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return previous if previous.get("fingerprint") == fingerprint else None


def _remember(out: Path, fingerprint: str, summary: RunSummary) -> None:
    messages = [f"error: {e['source_path']}: [{e['error']}] {e['message']}" for e in summary.errors]
    state = {
        "fingerprint": fingerprint,
        "documents": summary.documents,
        "failed": summary.failed,
        "messages": messages + summary.notes,
        "unplaced_corrections": summary.unplaced_corrections,
    }
    path = out / _FINGERPRINT
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(state), encoding="utf-8")
    os.replace(tmp, path)


def run(
    raw: Path,
    out: Path,
    extract: bool = True,
    workers: int | None = None,
    console: bool = True,
    *,
    pdf_backend: str = "pdfplumber",
    cache_dir: Path | None = None,
    no_cache: bool = False,
    scheduler: str | None = None,
    dask_local: bool = False,
    corrections: Path | None = None,
    limits: Limits | None = None,
) -> RunSummary:
    """Every per-document stage over raw/, tables written to out/.

    workers: processes (default: all cores). cache_dir: per-document cache (default
    OUT/.cache; `no_cache` turns it off). scheduler / dask_local: run on a dask.distributed
    cluster instead, writing partitioned Parquet datasets. corrections: curators' corrections
    (curated/corrections.jsonl) applied to every document's rows before they are written.
    limits: per-document bytes, pages and seconds (default: Limits.from_env()); they travel to
    every worker with the run's settings."""
    if not raw.is_dir():
        raise FileNotFoundError(f"raw folder {raw} does not exist: pass --raw DIR")
    if pdf_backend not in PDF_BACKENDS:
        raise ValueError(f"unknown PDF backend {pdf_backend!r}: use one of {PDF_BACKENDS}")
    started = time.monotonic()
    workers = workers if workers is not None else default_workers()
    if workers < 1:
        raise ValueError("--workers must be at least 1")
    cache = None if no_cache else str((cache_dir or out / ".cache").resolve())
    settings = Settings(
        extract=extract,
        cache_dir=cache,
        pdf_backend=pdf_backend,
        limits=limits if limits is not None else Limits.from_env(),
    )
    names = [t.name for t in (INGEST_TABLES + (EXTRACT_TABLES if extract else ()))]
    distributed = scheduler is not None or dask_local
    from pipeline.review.corrections import Corrector, write_unmatched

    # Read (and validate) the curators' corrections before any work: a broken file stops here.
    corrector = Corrector.from_file(corrections if extract else None)
    fingerprint = None
    if cache is not None and not distributed:
        fingerprint = _fingerprint(raw, settings, names, corrections if extract else None)
        previous = _unchanged(out, fingerprint, [*names, ERRORS.name])
        if previous is not None:
            # Nothing in raw/, the code, the rules or the corrections changed since the tables
            # were written: they are already what this run would write.
            summary = RunSummary(
                previous["documents"],
                previous["failed"],
                [],
                out,
                previous["documents"],
                time.monotonic() - started,
                previous.get("unplaced_corrections", 0),
            )
            if console:
                for line in previous["messages"]:
                    print(line, file=sys.stderr)
                print(summary.line() + " (unchanged since the last run)", file=sys.stderr)
            return summary
    sink = TableSink(out, [*names, ERRORS.name], partitioned=distributed)
    progress = _Progress(console, _count_sources(raw))
    errors: list[Row] = []
    seen: dict[str, str] = {}
    documents = failed = cached = 0
    try:
        if distributed:
            from pipeline.runner.scale import dask_results

            results = dask_results(
                iter_sources(raw), settings, scheduler=scheduler, local=dask_local, workers=workers
            )
        else:
            results = process_all(iter_sources(raw), settings, workers)
        for result in results:
            documents += 1
            cached += result.from_cache
            progress.advance()
            if result.doc_id and result.doc_id in seen and result.tables:
                from pipeline.runner.document import error_row

                err = error_row(
                    result.source_path,
                    "ingest",
                    "duplicate",
                    f"same bytes as {seen[result.doc_id]}; kept once under that path",
                )
                errors.append(err)
                sink.add({ERRORS.name: [err]})
                continue
            for err in result.errors:
                errors.append(err)
                if console:
                    progress.print(
                        f"error: {err['source_path']}: [{err['error']}] {err['message']}"
                    )
            if result.failed:
                failed += 1
                sink.add({ERRORS.name: result.errors})
                continue
            if result.doc_id is not None:  # always, for a document that did not fail
                seen[result.doc_id] = result.source_path
            rows = corrector.apply({n: result.tables.get(n, []) for n in names})
            sink.add({ERRORS.name: result.errors, **rows})
        sink.commit()
        # Next to the tables (empty when all matched), for `diff` and `accept` to list.
        write_unmatched(out, corrector.unmatched())
    except BaseException:
        sink.abort()
        raise
    finally:
        progress.stop()
    summary = RunSummary(
        documents,
        failed,
        errors,
        out,
        cached,
        time.monotonic() - started,
        len(corrector.unmatched()),
        corrector.report(),
    )
    if fingerprint is not None:
        _remember(out, fingerprint, summary)
    if console:
        for line in summary.notes:
            print(line, file=sys.stderr)
        print(summary.line(), file=sys.stderr)
    return summary
