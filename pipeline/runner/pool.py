"""Documents through a local process pool (or in this process, for one worker).

Results come back in source order whatever the number of workers; at most a few documents per
worker are in flight, so memory does not grow with the corpus; cached results are taken in
this process without a worker. The pool starts at the first document not in the cache, so a
re-run with nothing changed never loads spaCy.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor

from pipeline import settings
from pipeline.ingest.sources import FailedSource
from pipeline.runner.document import (
    Document,
    DocumentResult,
    failed_source,
    lookup,
    process_document,
)
from pipeline.runner.stop import end_processes, guard_worker
from pipeline.runner.unread import Unread
from pipeline.settings import Settings


def _init_worker(parent_pid: int) -> None:
    guard_worker(parent_pid)
    from pipeline.extract.rules import get_rules
    from pipeline.extract.units import registry

    get_rules()  # the spaCy pipeline and the rules, once per worker
    registry()  # pint's unit registry takes a third of a second to build


def _ready(item: DocumentResult | Future[DocumentResult]) -> bool:
    return isinstance(item, DocumentResult) or item.done()


def _value(item: DocumentResult | Future[DocumentResult]) -> DocumentResult:
    return item if isinstance(item, DocumentResult) else item.result()


class LocalWorkers:
    """The worker processes of one run. `close()` after a finished run; `kill()` when the run
    is interrupted: workers get SIGTERM, then SIGKILL after settings.SHUTDOWN_GRACE_S."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self.pool: ProcessPoolExecutor | None = None
        self.pending: deque[DocumentResult | Future[DocumentResult]] = deque()
        self.unread = Unread()  # what an interrupted run counts as done

    def results(
        self, documents: Iterable[Document | FailedSource], run_settings: Settings
    ) -> Iterator[DocumentResult]:
        """Results in source order; cached ones without a worker."""
        unread = self.unread
        if self.workers <= 1:
            for d in documents:
                if isinstance(d, FailedSource):
                    unread.add(d.source_path, None, result := failed_source(d))
                else:
                    unread.add(d.source_path, d)  # in progress here
                    result = lookup(d, run_settings) or process_document(d, run_settings)
                yield result
                unread.taken()
            return
        pending = self.pending
        limit = self.workers * settings.IN_FLIGHT_PER_WORKER
        for d in documents:
            item: DocumentResult | Future[DocumentResult]
            if isinstance(d, FailedSource):
                item = failed_source(d)
            elif (hit := lookup(d, run_settings)) is not None:
                item = hit
            else:
                item = self._pool().submit(process_document, d, run_settings)
            pending.append(item)
            unread.add(d.source_path, None if isinstance(d, FailedSource) else d, item)
            # Hand back finished results in order; wait only when too many are in flight.
            while pending and (len(pending) > limit or _ready(pending[0])):
                yield _value(pending.popleft())
                unread.taken()
        while pending:
            yield _value(pending.popleft())
            unread.taken()

    def _pool(self) -> ProcessPoolExecutor:
        if self.pool is None:
            self.pool = ProcessPoolExecutor(
                max_workers=self.workers, initializer=_init_worker, initargs=(os.getpid(),)
            )
        return self.pool

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None

    def kill(self) -> None:
        if self.pool is None:
            return
        pool, self.pool = self.pool, None
        # Private, but the only handle on the processes: shutdown() alone waits for the
        # documents in flight, which may take up to --max-seconds each.
        processes = list((pool._processes or {}).values())
        end_processes([p.pid for p in processes if p.pid is not None])
        pool.shutdown(wait=False, cancel_futures=True)
