"""Regular expressions built from a document's own words, compiled once each.

Some patterns are made from what a document says: a dose's amount and unit ("10 mg"), the
drug's name, a subject named earlier. re keeps 512 compiled patterns and drops the oldest
when full, so these pushed the fixed patterns out of its cache, and both were compiled again
and again (about 570 compilations per pass over the evaluation corpora). Here they keep a
cache of their own (speed only: the same pattern, the same matches)."""

from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=4096)
def compiled(source: str, flags: int = 0) -> re.Pattern[str]:
    """re.compile(source, flags), remembered."""
    return re.compile(source, flags)
