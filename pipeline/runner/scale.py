"""Scale out on Dask: the same per-document function, run on a dask.distributed cluster.

`--dask local` starts a LocalCluster on 127.0.0.1 (a real scheduler and workers, useful to try
the cluster path on one machine); `--scheduler tcp://HOST:PORT` connects to a running cluster
(`dask scheduler` on one host, `dask worker tcp://HOST:8786` on each of the others, all with
this project installed). Documents are sent in batches with `client.map`, a bounded number in
flight, and come back in source order; run.py writes each table as a partitioned Parquet
dataset (OUT/<table>.parquet/part-*.parquet). The cache folder must be on storage every worker
can reach (a shared file system) to be shared; otherwise each worker simply misses.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from itertools import islice

from pipeline.ingest.parsed import SourceFile
from pipeline.ingest.sources import FailedSource
from pipeline.runner.cache import DocResult, Settings, lookup, process_document

BATCH = 16  # documents per client.map call
CONNECT_TIMEOUT = "20s"


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
            return Client(scheduler, timeout=CONNECT_TIMEOUT), None
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
    return Client(cluster), cluster


def dask_results(
    sources: Iterable[SourceFile | FailedSource],
    settings: Settings,
    *,
    scheduler: str | None = None,
    local: bool = False,
    workers: int = 1,
) -> Iterator[DocResult]:
    """Per-document results from the cluster, in source order (cache hits never leave here)."""
    from pipeline.runner.run import _failed

    client, cluster = connect(scheduler, local, workers)
    try:
        client.run(_load_nlp)  # each worker loads spaCy once, before the first document
        n_workers = max(1, len(client.scheduler_info().get("workers", {})))
        limit = max(2, 2 * n_workers)  # batches in flight
        pending: deque[list] = deque()
        it = iter(sources)
        while True:
            batch = list(islice(it, BATCH))
            if not batch:
                break
            items: list = []
            todo = []
            for s in batch:
                if isinstance(s, FailedSource):
                    items.append(_failed(s))
                elif (hit := lookup(s, settings)) is not None:
                    items.append(hit)
                else:
                    items.append(None)
                    todo.append(s)
            futures = client.map(process_document, todo, settings=settings, pure=False)
            slots = iter(futures)
            pending.append([x if x is not None else next(slots) for x in items])
            while len(pending) > limit:
                yield from _gather(client, pending.popleft())
        while pending:
            yield from _gather(client, pending.popleft())
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _gather(client, items: list) -> Iterator[DocResult]:
    futures = [x for x in items if not isinstance(x, DocResult)]
    done = iter(client.gather(futures)) if futures else iter(())
    for x in items:
        yield x if isinstance(x, DocResult) else next(done)
