"""Documents a run has handed to its workers but not yet taken back, for the count an
interrupted run reports: how many documents were done (and, with a cache, are in it).

A document stays here from the moment it is handed out until the run has taken its result and
asked for the next one, so a stop that falls between a worker finishing a document and the run
counting it still finds the document: in the cache (its entry is written by the worker before it
returns), or, without a cache, as a finished future.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field

from pipeline.runner.document import Document, DocumentResult, in_cache
from pipeline.settings import Settings


def _finished(item: object) -> bool:
    """A result in hand, or a future (concurrent.futures or Dask) that finished well."""
    if isinstance(item, DocumentResult):
        return True
    if item is None:
        return False  # in progress in this process
    status = getattr(item, "status", None)  # a Dask future: its state, without a round trip
    if status is not None:
        return status == "finished"
    return bool(item.done() and not item.cancelled() and item.exception() is None)  # type: ignore[attr-defined]


@dataclass
class Unread:
    """(source path, document or None for an unreadable source, result or future or None)
    of every document handed out and not yet taken, in source order."""

    entries: deque[tuple[str, Document | None, object]] = field(default_factory=deque)

    def add(self, path: str, document: Document | None, item: object = None) -> None:
        self.entries.append((path, document, item))

    def taken(self) -> None:
        """The run took the oldest one's result and asks for the next."""
        self.entries.popleft()

    def done(self, run_settings: Settings, received: str | None) -> int:
        """How many are done: in the cache (call once no worker writes any more), or without a
        cache, finished. `received`: the path of the result the run took last, which is still
        here when the stop came before the run asked for the next (it is counted there)."""
        entries = list(self.entries)
        if entries and entries[0][0] == received:
            entries = entries[1:]
        if run_settings.cache_dir is None:
            return sum(_finished(item) for _, _, item in entries)
        count = 0
        for _, document, item in entries:
            if isinstance(item, DocumentResult):
                count += item.cached
            elif document is not None:
                count += in_cache(document, run_settings)
        return count
