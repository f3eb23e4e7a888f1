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
ASCII strings: Unicode case folding ("K" for the Kelvin sign) stays with the pattern.

Where only whether (or where) a case-insensitive pattern matches is asked, an ASCII text is
searched lower-cased by the same pattern without IGNORECASE, which re runs about twice as fast
(speed only). That twin is made only for a pattern whose every letter, class and range is
matched alike by both on lower-cased ASCII text: no upper-case ASCII letter (in a literal, a
class or a range), no other character that case-folds to an ASCII one, no back-reference and
no group that sets its own flags. Lower-casing ASCII keeps every offset."""

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


_NOT_LITERAL = _parser.NOT_LITERAL
_RANGE = _parser.RANGE
_ASSERTS = (_parser.ASSERT, _parser.ASSERT_NOT)
_PLAIN_OPS = (_parser.AT, _parser.ANY, _parser.CATEGORY, _parser.NEGATE)
_UPPER = range(ord("A"), ord("Z") + 1)


def _folds_to_ascii(code: int) -> bool:
    """A character that case-insensitive re matches with an ASCII one ("K", "ſ")."""
    if code < 128:
        return False
    one = re.compile(re.escape(chr(code)), re.IGNORECASE)
    return any(one.match(chr(c)) for c in range(128))


def _code_alike(code: int) -> bool:
    return code not in _UPPER and not _folds_to_ascii(code)


def _range_alike(low: int, high: int) -> bool:
    if low <= _UPPER[-1] and high >= _UPPER[0]:
        return False
    wide = range(max(low, 128), high + 1)
    return len(wide) <= 4096 and not any(map(_folds_to_ascii, wide))


def _alike_lowered(items: Any) -> bool:
    """Whether the parsed sequence matches a lower-cased ASCII text without IGNORECASE
    exactly as it matches the text itself with it (see the module's notes)."""
    for op, av in items:
        if op is _LITERAL or op is _NOT_LITERAL:
            ok = _code_alike(av)
        elif op is _IN:
            ok = all(
                _code_alike(v)
                if k is _LITERAL or k is _NOT_LITERAL
                else _range_alike(*v)
                if k is _RANGE
                else k in _PLAIN_OPS
                for k, v in av
            )
        elif op is _BRANCH:
            ok = all(_alike_lowered(branch) for branch in av[1])
        elif op is _SUBPATTERN:
            ok = not av[1] and not av[2] and _alike_lowered(av[3])
        elif op in _REPEATS and op is not None:
            ok = _alike_lowered(av[2])
        elif (op is _ATOMIC and op is not None) or op in _ASSERTS:
            ok = _alike_lowered(av if op is _ATOMIC else av[1])
        else:
            ok = op in _PLAIN_OPS
        if not ok:
            return False
    return True


def lowered_twin(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The pattern without IGNORECASE, for lower-cased ASCII text; None when the two could
    differ there, or when the pattern is not case-insensitive."""
    if not isinstance(pattern.pattern, str) or pattern.flags & ~_PLAIN_FLAGS:
        return None
    if not pattern.flags & re.IGNORECASE:
        return None
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    if not _alike_lowered(parsed):
        return None
    return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)


# The last text lower-cased and its lower case (None: not ASCII), for the next cue that asks
# about the same text object (one slot, replaced whole: safe when threads extract at once).
_LAST_LOWERED: list[tuple[str | None, str | None]] = [(None, None)]


def _ascii_lowered(text: str) -> str | None:
    """The text lower-cased if it is ASCII, else None."""
    last = _LAST_LOWERED[0]
    if last[0] is text:  # the same text object as the last call's: several cues ask in turn
        return last[1]
    lowered = text.lower() if text.isascii() else None
    _LAST_LOWERED[0] = (text, lowered)
    return lowered


class QuickPattern:
    """A compiled pattern with its quick test: `cannot_match(text)` is True only when the
    pattern finds nothing anywhere in text (so neither search nor match can succeed)."""

    __slots__ = ("pattern", "needs", "fold", "twin")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.needs = needed_strings(pattern)
        self.fold = bool(pattern.flags & re.IGNORECASE)
        self.twin = lowered_twin(pattern)

    def _lowered(self, text: str) -> str | None:
        """The text lower-cased where the twin may search it; None where only the pattern may."""
        return None if self.twin is None else _ascii_lowered(text)

    def _ruled_out(self, lowered: str) -> bool:
        """The quick "no" on a lower-cased ASCII text."""
        needs = self.needs
        if needs is None:
            return False
        for s in needs:  # noqa: SIM110 - a plain loop: no generator on this hot path
            if s in lowered:
                return False
        return True

    def found(self, text: str) -> bool:
        """Whether the pattern finds anything in text (as bool(search(text)))."""
        lowered = self._lowered(text)
        if lowered is None:
            return self.search(text) is not None
        if self._ruled_out(lowered):
            return False
        return self.twin.search(lowered) is not None  # type: ignore[union-attr]

    def found_at_start(self, text: str) -> bool:
        """Whether the pattern matches at the start of text (as bool(match(text)))."""
        lowered = self._lowered(text)
        if lowered is None:
            return self.match(text) is not None
        if self._ruled_out(lowered):
            return False
        return self.twin.match(lowered) is not None  # type: ignore[union-attr]

    def lowered_finditer(self, text: str) -> Iterator[re.Match[str]]:
        """finditer(text)'s matches, for a caller that reads their groups lower-cased: their
        places are the same, their groups may be lower-cased already."""
        lowered = self._lowered(text)
        if lowered is None:
            return self.finditer(text)
        if self._ruled_out(lowered):
            return iter(())
        return self.twin.finditer(lowered)  # type: ignore[union-attr]

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Where the pattern finds text, as finditer(text) gives them (start, end)."""
        lowered = self._lowered(text)
        if lowered is None:
            return [m.span() for m in self.finditer(text)]
        if self._ruled_out(lowered):
            return []
        return [m.span() for m in self.twin.finditer(lowered)]  # type: ignore[union-attr]

    def cannot_match(self, text: str) -> bool:
        needs = self.needs
        if needs is None:
            return False
        if self.fold:
            lowered = _ascii_lowered(text)
            if lowered is None:
                return False
            text = lowered
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
