"""A quick "no" before a regular expression: the words any match must contain.

Most of the cue patterns the decision tables and statements test ("\\b(?:serum|plasma|blood)\\b",
the negation and design lists) find nothing in most texts, and Python's re tries every branch at
every position to say so. Each such pattern needs one of a few literal strings ("serum",
"plasma", "blood"); when the text holds none of them the pattern cannot match, which `in` tells
far faster. The strings are read off the parsed pattern: in a sequence, a run of plain
characters must be matched as written, and a class of plain characters by one of them; of
alternatives, each must give one (else nothing is
known); a repeat of at least one needs what its body needs. A group that sets its own flags,
lookarounds and references give nothing. Only the answer "no match" is taken from the test;
any other text goes to the pattern itself, so results never differ.

Case-insensitive patterns are compared with the lower-cased text, and only for ASCII text with
ASCII strings: Unicode case folding ("K" for the Kelvin sign) stays with the pattern."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

try:  # the parser re itself uses (re._parser since Python 3.11, sre_parse before)
    import re._parser as _parser  # type: ignore[import-not-found,unused-ignore]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse as _parser  # type: ignore[no-redef,unused-ignore]

_LITERAL = _parser.LITERAL
_BRANCH = _parser.BRANCH
_IN = _parser.IN
_SUBPATTERN = _parser.SUBPATTERN
_REPEATS = (_parser.MAX_REPEAT, _parser.MIN_REPEAT, getattr(_parser, "POSSESSIVE_REPEAT", None))
_ATOMIC = getattr(_parser, "ATOMIC_GROUP", None)
# Flags under which a literal character matches itself (or its ASCII case) only.
_PLAIN_FLAGS = re.IGNORECASE | re.UNICODE | re.MULTILINE | re.DOTALL | re.VERBOSE


def _needs(items: Any) -> frozenset[str] | None:
    """Strings one of which any match of this sequence contains; None if nothing is known."""
    options: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in [*items, (None, None)]:  # a last item that ends the run
        if op is _LITERAL and av < 128:
            run.append(chr(av))
            continue
        if run:
            options.append(frozenset({"".join(run)}))
            run = []
        found = _item_needs(op, av)
        if found:
            options.append(found)
    if not options:
        return None
    # The rarest in text: the longest shortest string, then the fewest strings.
    return min(options, key=lambda o: (-min(map(len, o)), len(o)))


def _item_needs(op: Any, av: Any) -> frozenset[str] | None:
    if op is _IN:  # a class of plain characters ("[;:]") needs one of them
        if all(kind is _LITERAL and c < 128 for kind, c in av):
            return frozenset(chr(c) for _, c in av)
        return None
    if op is _BRANCH:
        each = [_needs(branch) for branch in av[1]]
        if any(e is None for e in each):
            return None
        return frozenset().union(*each)  # type: ignore[arg-type]
    if op is _SUBPATTERN:
        _group, add_flags, del_flags, body = av
        return None if add_flags or del_flags else _needs(body)
    if op in _REPEATS and op is not None:
        low, _high, body = av
        return _needs(body) if low >= 1 else None
    if op is _ATOMIC and op is not None:
        return _needs(av)
    return None


def needed_strings(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Strings one of which every match of `pattern` contains (lower case if the pattern
    ignores case), or None when the pattern gives none that can be relied on."""
    if not isinstance(pattern.pattern, str) or pattern.flags & ~_PLAIN_FLAGS:
        return None
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    if parsed.state.flags & ~_PLAIN_FLAGS:
        return None
    found = _needs(parsed)
    if not found or not all(found):
        return None
    if pattern.flags & re.IGNORECASE:
        return frozenset(s.lower() for s in found)
    return found


class QuickPattern:
    """A compiled pattern with its quick test: `cannot_match(text)` is True only when the
    pattern finds nothing anywhere in text (so neither search nor match can succeed)."""

    __slots__ = ("pattern", "needs", "fold")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.needs = needed_strings(pattern)
        self.fold = bool(pattern.flags & re.IGNORECASE)

    def cannot_match(self, text: str) -> bool:
        needs = self.needs
        if needs is None:
            return False
        if self.fold:
            if not text.isascii():
                return False
            text = text.lower()
        for s in needs:  # noqa: SIM110 - a plain loop: no generator on this hot path
            if s in text:
                return False
        return True

    def search(self, text: str) -> re.Match[str] | None:
        return None if self.cannot_match(text) else self.pattern.search(text)

    def match(self, text: str) -> re.Match[str] | None:
        return None if self.cannot_match(text) else self.pattern.match(text)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return iter(()) if self.cannot_match(text) else self.pattern.finditer(text)
