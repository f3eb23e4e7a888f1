"""Keep a worker's memory flat however many documents it reads: a bounded spaCy vocabulary.

spaCy keeps every string and lexeme it has ever seen. A corpus of LactMed records repeats its
words, but a crawl of web pages brings new numbers, names and typos on every page, and a
worker that never forgets them grows by about 400 bytes per new word (80 MB per 200,000).
So when the vocabulary holds more than settings.MAX_VOCABULARY_STRINGS strings, the process
drops its spaCy pipeline and rules, between two documents, and the next document builds them
again (half a second), with an empty vocabulary. Rows are plain Python values, and a reset
only happens while no document is being processed in the process (a Dask worker runs
documents in threads), so no document ever mixes two vocabularies and no row changes.

spaCy's memory zones would free the strings too, but spaCy turns its tokenizer cache off
inside a zone, which made the benchmark's stages 1.4 to 1.8 times slower.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from pipeline import settings

# The limit is settings.MAX_VOCABULARY_STRINGS, about 40 MB of strings and lexemes. A LactMed
# corpus rarely reaches it (200 records bring about 40,000 strings), so the half-second
# rebuild is paid only where words keep coming.

_state = threading.Condition()
_active = 0  # documents being processed now


def vocabulary_size() -> int:
    """Strings in the loaded spaCy vocabulary; 0 when the pipeline is not loaded."""
    from pipeline.nlp import get_nlp

    return len(get_nlp().vocab.strings) if get_nlp.cache_info().currsize else 0


def _reset() -> None:
    from pipeline.extract.rules import get_rules
    from pipeline.nlp import get_nlp

    get_rules.cache_clear()  # the rules hold the pipeline (and so the vocabulary) too
    get_nlp.cache_clear()
    gc.collect()  # spaCy's objects refer to each other: free them now, not some time later


@contextmanager
def document() -> Iterator[None]:
    """Process one document; first reset the vocabulary if it has grown past the limit."""
    global _active
    with _state:
        while _active and vocabulary_size() > settings.MAX_VOCABULARY_STRINGS:
            _state.wait()  # let other threads finish their documents: they use the vocabulary
        if vocabulary_size() > settings.MAX_VOCABULARY_STRINGS:
            _reset()
        _active += 1
    try:
        yield
    finally:
        with _state:
            _active -= 1
            _state.notify_all()
