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


_JOIN = re.compile(r"\s*-?\s*")  # between an amount and its unit: "10 mg", "10-mg", "10mg"
_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def amounts_written(text: str, amount: str, unit: str) -> list[tuple[int, int]]:
    """Where `amount` and then `unit` are written, as the pattern
    (?<![\\d.,])AMOUNT\\s*-?\\s*UNIT(?![A-Za-z]) finds them (each found from the end of the
    last), found with str.find: a pattern per dose cost more to compile than to run."""
    if not amount or not unit or unit[0] == "-" or unit[0].isspace():  # the pattern itself
        escaped = rf"(?<![\d.,]){re.escape(amount)}\s*-?\s*{re.escape(unit)}(?![A-Za-z])"
        return [m.span() for m in compiled(escaped).finditer(text)]
    out = []
    at = text.find(amount)
    while at >= 0:
        before = text[at - 1] if at else ""
        if not before or not (before.isdecimal() or before in ".,"):
            end = _JOIN.match(text, at + len(amount)).end()  # type: ignore[union-attr]
            after = end + len(unit)
            if text.startswith(unit, end) and text[after : after + 1] not in _ASCII_LETTERS:
                out.append((at, after))
                at = text.find(amount, after)
                continue
        at = text.find(amount, at + 1)
    return out
