"""Run the per-document stages and write every table: I/O lives here, at the edge.

`run` reads raw/ (ingest, and extraction unless extract=False); `extract_only` reads an
earlier ingest's tables in OUT and runs extraction alone. Both go through one loop: documents
stream through a pool of workers (pipeline/runner/pool.py) or a Dask cluster (scale.py), each
through the one per-document driver (document.py), results come back in source order (so
output is the same for any number of workers), and rows go to Parquet in row groups as they
arrive (output.TableSink), so memory does not grow with the corpus. The output folder is
locked for the run (lock.py); a stop signal stops the workers and leaves OUT as it was
(stop.py).
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from pipeline import settings
from pipeline.ingest.dispatch import PDF_BACKENDS
from pipeline.ingest.sources import (
    ARCHIVE_SUFFIXES,
    FailedSource,
    is_archive,
    iter_sources,
    list_inputs,
)
from pipeline.runner.document import Document, DocumentResult, document_keys, error_row
from pipeline.runner.lock import hold_output
from pipeline.runner.output import TableSink
from pipeline.runner.progress import Progress
from pipeline.runner.stop import Interrupted, end_children, raise_if_stopped
from pipeline.schema import ERRORS, EXTRACT_TABLES, INGEST_TABLES
from pipeline.settings import Limits, Settings, default_workers

Row = dict[str, object]
SUPPORTED = (".pdf", *ARCHIVE_SUFFIXES, ".nxml", ".xml", ".html", ".htm", ".txt", ".md")

__all__ = [
    "RunOptions",
    "RunSummary",
    "UsageError",
    "NoInput",
    "default_workers",
    "extract_only",
    "run",
]


class UsageError(ValueError):
    """The command was given arguments it cannot use (exit 64)."""


class NoInput(ValueError):
    """--raw is missing, is a file, or holds no input file (exit 1)."""


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
        """0: all done; 2: some documents failed; 3: some corrections could not be placed.
        Both at once: 2, as documents lost are the graver outcome (the rows a correction did
        not reach are still in the tables); both are reported on stderr either way."""
        if self.failed:
            return 2
        return 3 if self.unplaced_corrections else 0

    def line(self) -> str:
        cached = f" ({self.cached} from cache)" if self.cached else ""
        return f"{self.documents} documents{cached}, {self.failed} failed -> {self.out_dir}" + (
            " (see errors.parquet)" if self.failed else ""
        )


@dataclass(frozen=True)
class RunOptions:
    """How `run` and `extract_only` go about their work (the command line's options of the
    same names); the defaults are the command's."""

    # The per-document cache's folder (default OUT/.cache).
    cache_dir: Path | None = None
    # No per-document cache: every document is computed and nothing is kept.
    no_cache: bool = False
    # A dask.distributed scheduler's address ("tcp://HOST:8786"): run on that cluster instead
    # of local processes, writing partitioned Parquet datasets.
    scheduler: str | None = None
    # Run on a Dask cluster started on this machine (partitioned datasets, as on a cluster).
    dask_local: bool = False
    # Curators' corrections (curated/corrections.jsonl) applied to every document's rows
    # before they are written; None: none (and an ingest-only run applies none).
    corrections: Path | None = None
    # Per-document bytes, pages and seconds; None: Limits.from_env(). They travel to every
    # worker with the run's settings.
    limits: Limits | None = None
    # When another run holds OUT, wait for it instead of failing.
    wait: bool = False


@dataclass
class _Job:
    """One run's options, checked."""

    out: Path
    settings: Settings
    names: list[str]
    workers: int
    scheduler: str | None
    dask_local: bool
    corrections: Path | None
    console: bool
    started: float = field(default_factory=time.monotonic)

    @property
    def distributed(self) -> bool:
        return self.scheduler is not None or self.dask_local

    def start_workers(self):
        if self.distributed:
            from pipeline.runner.scale import DaskWorkers

            return DaskWorkers(self.scheduler, self.dask_local, self.workers)
        from pipeline.runner.pool import LocalWorkers

        return LocalWorkers(self.workers)


def _job(
    out: Path,
    extract: bool,
    workers: int | None,
    console: bool,
    options: RunOptions,
    pdf_backend: str | None = None,
) -> _Job:
    pdf_backend = pdf_backend or "pdfplumber"
    if pdf_backend not in PDF_BACKENDS:
        raise UsageError(f"unknown PDF backend {pdf_backend!r}: use one of {PDF_BACKENDS}")
    workers = workers if workers is not None else default_workers()
    if workers < 1:
        raise UsageError("--workers must be at least 1")
    limits = options.limits
    run_settings = Settings(
        extract=extract,
        cache_dir=settings.cache_dir_for(out, options.cache_dir, options.no_cache),
        pdf_backend=pdf_backend,
        limits=limits if limits is not None else Limits.from_env(),
    )
    return _Job(
        out=out,
        settings=run_settings,
        names=[t.name for t in (INGEST_TABLES + (EXTRACT_TABLES if extract else ()))],
        workers=workers,
        scheduler=options.scheduler,
        dask_local=options.dask_local,
        corrections=options.corrections if extract else None,
        console=console,
    )


def check_raw(raw: Path, allow_empty: bool = False) -> None:
    if not raw.exists():
        raise NoInput(f"--raw {raw} does not exist: pass the folder that holds the inputs")
    if not raw.is_dir():
        raise NoInput(
            f"--raw {raw} is a file, not a folder: pass the folder that holds it "
            f"(--raw {raw.parent}), or put it in a folder of its own"
        )
    if not allow_empty and not list_inputs(raw):
        raise NoInput(
            f"no input files found under {raw}; supported: {', '.join(SUPPORTED)} "
            "(pass --allow-empty to write empty tables anyway)"
        )


def _count_sources(raw: Path) -> int | None:
    """Number of documents, when knowable without reading archives (else None)."""
    files = list_inputs(raw)
    return None if any(is_archive(p.name) for p in files) else len(files)


def run(
    raw: Path,
    out: Path,
    extract: bool = True,
    workers: int | None = None,
    console: bool = True,
    *,
    pdf_backend: str = "pdfplumber",
    allow_empty: bool = False,
    options: RunOptions | None = None,
) -> RunSummary:
    """Every per-document stage over raw/, tables written to out/.

    workers: processes (default: all cores). allow_empty: an empty raw/ writes empty tables
    instead of failing. options: cache, Dask, corrections, limits and waiting for OUT
    (RunOptions; default: the command's defaults)."""
    check_raw(raw, allow_empty)
    options = options or RunOptions()
    job = _job(out, extract, workers, console, options, pdf_backend)
    from pipeline.review.corrections import Corrector

    # Read (and validate) the curators' corrections before any work: a broken file stops here.
    corrector = Corrector.from_file(job.corrections)
    with hold_output(out, options.wait, console):
        fingerprint = None
        if job.settings.cache_dir is not None and not job.distributed:
            fingerprint = _fingerprint(raw, job)
            if (summary := _unchanged(job, fingerprint)) is not None:
                return summary
        summary = _execute(job, corrector, iter_sources(raw), _count_sources(raw))
        if fingerprint is not None:
            _remember(out, fingerprint, summary)
    return summary


def extract_only(
    out: Path,
    workers: int | None = None,
    console: bool = True,
    *,
    options: RunOptions | None = None,
) -> RunSummary:
    """Extraction alone over the ingest tables an earlier run left in OUT (raw/ is not read):
    OUT then holds those ingest tables, the extraction tables and the errors of both."""
    from pipeline.review.corrections import Corrector
    from pipeline.runner.ingested import check_ingested, earlier_errors, iter_ingested

    options = options or RunOptions()
    job = _job(out, True, workers, console, options)
    corrector = Corrector.from_file(job.corrections)
    check_ingested(out)  # before the lock, which would create OUT
    with hold_output(out, options.wait, console):
        check_ingested(out)  # again: a run that held the lock may have replaced OUT
        # The tables will no longer be what the last `run` wrote: it must not be taken as
        # unchanged.
        (out / settings.FINGERPRINT).unlink(missing_ok=True)
        return _execute(job, corrector, iter_ingested(out), None, earlier_errors(out))


@dataclass
class _Tally:
    documents: int = 0
    failed: int = 0
    cached: int = 0
    kept: int = 0  # results in the cache now (found there, or put there by this run)
    received: str | None = None  # the source path of the result taken last
    errors: list[Row] = field(default_factory=list)
    seen: dict[str, str] = field(default_factory=dict)  # doc_id -> the path kept


def _execute(
    job: _Job,
    corrector,
    documents: Iterable[Document | FailedSource],
    total: int | None,
    earlier_errors: list[Row] | None = None,
) -> RunSummary:
    """Every document through the workers into the tables; OUT replaced at the end."""
    from pipeline.review.corrections import write_unmatched

    sink = TableSink(job.out, [*job.names, ERRORS.name], partitioned=job.distributed)
    progress = Progress(job.console, total)
    tally = _Tally(errors=list(earlier_errors or []))
    workers = None
    try:
        if tally.errors:
            sink.add({ERRORS.name: tally.errors})
        workers = job.start_workers()
        for result in workers.results(documents, job.settings):
            tally.received = result.source_path  # first: the workers then count it no more
            tally.documents += 1
            tally.kept += result.cached
            raise_if_stopped()  # a stop whose exception an import or gc callback swallowed
            _take(result, job, corrector, sink, tally, progress)
        raise_if_stopped()
        sink.commit()
        # Next to the tables (empty when all matched), for `diff` and `accept` to list.
        write_unmatched(job.out, corrector.unmatched())
    except Interrupted as stop:
        stop.written = sink.committed
        stop.done = _done_at_stop(job, tally, workers)
        sink.abort()
        raise
    except BaseException:
        sink.abort()
        raise
    finally:
        progress.stop()
        if workers is not None:
            workers.close()
    summary = RunSummary(
        tally.documents,
        tally.failed,
        tally.errors,
        job.out,
        tally.cached,
        time.monotonic() - job.started,
        len(corrector.unmatched()),
        corrector.report(),
    )
    if job.console:
        for line in summary.notes:
            print(line, file=sys.stderr)
        print(summary.line(), file=sys.stderr)
    return summary


def _done_at_stop(job: _Job, tally: _Tally, workers) -> int:
    """Stop the workers and count the documents done: with a cache, those whose results are in
    it (taken by the run, or finished by a worker and not yet taken), counted once no worker
    writes any more; without one, those finished before the workers were stopped."""
    cached = job.settings.cache_dir is not None
    done = tally.kept if cached else tally.documents
    unread = workers.unread if workers is not None else None
    if unread is not None and not cached:
        done += unread.done(job.settings, tally.received)
    if workers is not None:
        workers.kill()
    end_children()
    if unread is not None and cached:
        done += unread.done(job.settings, tally.received)
    return done


def _take(
    result: DocumentResult, job: _Job, corrector, sink: TableSink, tally: _Tally, progress
) -> None:
    """One document's result into the tables (a second copy of the same bytes: an error)."""
    tally.cached += result.from_cache
    progress.advance()
    if result.doc_id and result.doc_id in tally.seen and result.tables:
        err = error_row(
            result.source_path,
            "ingest",
            "duplicate",
            f"same bytes as {tally.seen[result.doc_id]}; kept once under that path",
        )
        tally.errors.append(err)
        sink.add({ERRORS.name: [err]})
        return
    for err in result.errors:
        tally.errors.append(err)
        if job.console:
            progress.print(f"error: {err['source_path']}: [{err['error']}] {err['message']}")
    if result.failed:
        tally.failed += 1
        sink.add({ERRORS.name: result.errors})
        return
    if result.doc_id is not None:  # only a failed result (left above) has no doc_id
        tally.seen[result.doc_id] = result.source_path
    rows = corrector.apply({n: result.tables.get(n, []) for n in job.names})
    sink.add({ERRORS.name: result.errors, **rows})


def _fingerprint(raw: Path, job: _Job) -> str:
    """One hash of everything a run's tables depend on: every source's cache keys (its bytes,
    the code and the rules), the settings, the limits and the curators' corrections."""
    s = job.settings
    h = hashlib.sha256(repr((s.extract, s.pdf_backend, s.limits, job.names)).encode())
    if job.corrections is not None and job.corrections.exists():
        h.update(job.corrections.read_bytes())
    for source in iter_sources(raw):
        if isinstance(source, FailedSource):
            h.update(f"failed:{source.source_path}:{source.code}".encode())
        else:
            h.update(repr((source.source_path, *document_keys(source, s))).encode())
    return h.hexdigest()


def _unchanged(job: _Job, fingerprint: str) -> RunSummary | None:
    """The last run's summary when it had this fingerprint and its tables are all there:
    nothing in raw/, the code, the rules or the corrections changed since."""
    path = job.out / settings.FINGERPRINT
    names = [*job.names, ERRORS.name]
    if not path.exists() or not all((job.out / f"{n}.parquet").exists() for n in names):
        return None
    try:
        previous = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if previous.get("fingerprint") != fingerprint:
        return None
    documents = previous["documents"]
    summary = RunSummary(
        documents,
        previous["failed"],
        [],
        job.out,
        documents,
        time.monotonic() - job.started,
        previous.get("unplaced_corrections", 0),
    )
    if job.console:
        for line in previous["messages"]:
            print(line, file=sys.stderr)
        print(summary.line() + " (unchanged since the last run)", file=sys.stderr)
    return summary


def _remember(out: Path, fingerprint: str, summary: RunSummary) -> None:
    messages = [f"error: {e['source_path']}: [{e['error']}] {e['message']}" for e in summary.errors]
    state = {
        "fingerprint": fingerprint,
        "documents": summary.documents,
        "failed": summary.failed,
        "messages": messages + summary.notes,
        "unplaced_corrections": summary.unplaced_corrections,
    }
    path = out / settings.FINGERPRINT
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(state), encoding="utf-8")
    os.replace(tmp, path)
