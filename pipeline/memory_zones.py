"""Keep a worker's memory flat however many documents it reads: spaCy memory zones.

spaCy keeps every string and lexeme it has ever seen. A corpus of LactMed records repeats its
words, but a crawl of web pages brings new numbers, names and typos on every page, and a
worker that never forgets them grows by about 400 bytes per new word (80 MB per 200,000).
So documents are processed inside a spaCy memory zone (`Language.memory_zone`) that is
closed, and everything added in it freed, every DOCUMENTS_PER_ZONE documents. Rows are plain
Python values, so nothing a document returns refers to a zone's memory.

A zone is opened or closed, and the pipeline and rules are loaded, only while no document is
being processed in the process (a Dask worker runs documents in threads): what must outlive
every zone (the pipeline, the rules' patterns and match keys) is never loaded inside one, and
no document loses its strings half-way. `close()` ends the zone when a run finishes, so later
spaCy work in the process is not inside a zone that a next run would close.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager

# Documents per zone: enough that re-creating the lexemes of common words at each new zone
# costs nothing measurable, few enough that the zone's new words stay a few MB.
DOCUMENTS_PER_ZONE = 200

_state = threading.Condition()
_zone: ExitStack | None = None
_documents_in_zone = 0
_active = 0  # documents being processed now
_close_when_idle = False
_loaded: set[Callable[[], object]] = set()


@contextmanager
def document(load: Callable[[], object] | None = None) -> Iterator[None]:
    """Process one document inside the current zone. `load` loads what the document's stages
    need (get_rules for extraction; by default get_nlp, for ingest), outside any zone."""
    global _zone, _documents_in_zone, _active
    from pipeline.nlp import get_nlp  # here: a run served from the cache never imports spaCy

    load = load or get_nlp
    with _state:
        while _active and (load not in _loaded or _documents_in_zone >= DOCUMENTS_PER_ZONE):
            _state.wait()  # other threads' documents first: they use the zone's strings
        if load not in _loaded:
            _close_zone()
            load()
            _loaded.add(load)
        if _zone is None or _documents_in_zone >= DOCUMENTS_PER_ZONE:
            _close_zone()
            _zone = ExitStack()
            _zone.enter_context(get_nlp().memory_zone())
        _documents_in_zone += 1
        _active += 1
    try:
        yield
    finally:
        with _state:
            _active -= 1
            if not _active and _close_when_idle:
                _close_zone()
            _state.notify_all()


def close() -> None:
    """End the open zone, freeing what spaCy added in it; if documents are being processed
    (a cancelled run's threads), the last of them to finish ends it."""
    global _close_when_idle
    with _state:
        if _active:
            _close_when_idle = True
        else:
            _close_zone()


def is_open() -> bool:
    return _zone is not None


def _close_zone() -> None:
    global _zone, _documents_in_zone, _close_when_idle
    if _zone is not None:
        _zone.close()
    _zone = None
    _documents_in_zone = 0
    _close_when_idle = False
