"""Scale out on Dask: the same per-document function, run on a dask.distributed cluster.

`--dask local` starts a LocalCluster on 127.0.0.1 (a real scheduler and workers, useful to try
the cluster path on one machine); `--scheduler tcp://HOST:PORT` connects to a running cluster
(`dask scheduler` on one host, `dask worker tcp://HOST:8786` on each of the others, all with
this project installed). Documents are sent in batches with `client.map`, a bounded number in
flight, and come back in source order; run.py writes each table as a partitioned Parquet
dataset (OUT/<table>.parquet/part-*.parquet). The cache folder must be on storage every worker
can reach (a shared file system) to be shared; otherwise each worker simply misses.
A LocalCluster's worker processes die with the run (pipeline/runner/stop.py).
"""

from __future__ import annotations

import contextlib
import os
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import islice

from pipeline import settings
from pipeline.ingest.sources import FailedSource
from pipeline.runner.document import (
    Document,
    DocumentResult,
    failed_source,
    lookup,
    process_document,
)
from pipeline.runner.stop import child_pids, end_processes, guard_worker
from pipeline.runner.unread import Unread
from pipeline.settings import Settings

CLOSE_TIMEOUT_S = 10
KILL_TIMEOUT_S = 1


def _load_nlp() -> None:
    from pipeline.nlp import get_nlp

    get_nlp()


def connect(scheduler: str | None, local: bool, workers: int):
    """A dask.distributed Client: to the given scheduler, or to a new loopback LocalCluster."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:  # the optional extra is not installed
        raise ValueError(
            "Dask is not installed: pip install -e '.[dask]' to use --dask/--scheduler"
        ) from exc
    if scheduler is not None:
        try:
            return Client(scheduler, timeout=settings.DASK_CONNECT_TIMEOUT), None
        except OSError as exc:
            raise ValueError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from exc
    cluster = LocalCluster(
        n_workers=workers,
        threads_per_worker=1,
        host="127.0.0.1",
        protocol="tcp",
        dashboard_address=None,
        processes=workers > 1,
    )
    client = Client(cluster)
    if workers > 1:  # worker processes, children of this one: they must die with it
        client.run(guard_worker, os.getpid())
    return client, cluster


class DaskWorkers:
    """A run's Dask client (and the LocalCluster it started, if any)."""

    def __init__(self, scheduler: str | None, local: bool, workers: int) -> None:
        self.client, self.cluster = connect(scheduler, local, workers)
        self.closed = False
        self.unread = Unread()  # what an interrupted run counts as done

    def results(
        self, documents: Iterable[Document | FailedSource], run_settings: Settings
    ) -> Iterator[DocumentResult]:
        """Per-document results from the cluster, in source order (cache hits stay here)."""
        client = self.client
        client.run(_load_nlp)  # each worker loads spaCy once, before the first document
        n_workers = max(1, len(client.scheduler_info().get("workers", {})))
        limit = max(2, 2 * n_workers)  # batches in flight
        pending: deque[list] = deque()
        it = iter(documents)
        while batch := list(islice(it, settings.DASK_BATCH)):
            items: list = []
            todo = []
            for d in batch:
                if isinstance(d, FailedSource):
                    items.append(failed_source(d))
                elif (hit := lookup(d, run_settings)) is not None:
                    items.append(hit)
                else:
                    items.append(None)
                    todo.append(d)
            futures = client.map(process_document, todo, settings=run_settings, pure=False)
            slots = iter(futures)
            pending.append([x if x is not None else next(slots) for x in items])
            for d, item in zip(batch, pending[-1], strict=True):
                self.unread.add(d.source_path, None if isinstance(d, FailedSource) else d, item)
            while len(pending) > limit:
                yield from self._gather(pending.popleft())
        while pending:
            yield from self._gather(pending.popleft())

    def _gather(self, items: list) -> Iterator[DocumentResult]:
        for result in _gather(self.client, items):
            yield result
            self.unread.taken()

    def close(self) -> None:
        """Close the client and the cluster this run started (bounded in time)."""
        if self.closed:
            return
        self.closed = True
        with contextlib.suppress(Exception):
            self.client.close(timeout=CLOSE_TIMEOUT_S)
        if self.cluster is not None:
            with contextlib.suppress(Exception):
                self.cluster.close(timeout=CLOSE_TIMEOUT_S)

    def kill(self) -> None:
        """Stop at once: the run was interrupted and leaves next. A LocalCluster's worker
        processes are killed (a graceful close waits for the documents they are on, logs
        every task it cancels, and its scheduler and nannies live in this process, which is
        about to exit); a remote cluster is told to drop this run's tasks."""
        import logging

        self.closed = True
        logging.getLogger("distributed").setLevel(logging.CRITICAL)
        if self.cluster is not None:
            for nanny in self.cluster.workers.values():
                if hasattr(nanny, "close_gracefully"):  # processes: a Nanny for each worker
                    nanny.close_gracefully("interrupted")  # do not restart what is killed now
            end_processes(child_pids(), grace=0)
            return
        with contextlib.suppress(Exception):
            self.client.close(timeout=KILL_TIMEOUT_S)


def _gather(client, items: list) -> Iterator[DocumentResult]:
    futures = [x for x in items if not isinstance(x, DocumentResult)]
    done = iter(client.gather(futures)) if futures else iter(())
    for x in items:
        yield x if isinstance(x, DocumentResult) else next(done)
