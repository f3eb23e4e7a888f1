"""Citation markers -> reference numbers: "[4,5]", "[1][2]", "[3-5]", "(2)", and the bare
trailing numbers some web pages use ("... >0.6 mmol/L. 1", "... 400 IU/day 2, 1")."""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_REFERENCE = 300
_LIST = r"\d{1,3}(?:\s*[,\u2013\u2014-]\s*\d{1,3})*"
BRACKETS = re.compile(r"\[(" + _LIST + r")\]")
# "(2)" right after a sentence's end or a word, closing the sentence; a monograph's "(Ref. 12)",
# "(Refs. 3, 4)", "(reference 5)" too.
PARENS = re.compile(
    r"(?<=[.\w%)\]])\s?\((?:(?:refs?\.?|references?)\s*)?("
    + _LIST
    + r")\)(?=(?:\(\d{1,3}\))*\s*[.;,:]?\s*$)",
    re.IGNORECASE,
)
# Bare numbers closing a block, after a word, a unit, a period or a bracket.
TRAILING = re.compile(r"(?<=[A-Za-z%.)\]])\s+(\d{1,2}(?:\s*,\s*\d{1,2})*)\s*$")
_FUNCTION_WORDS = re.compile(
    r"(?:^|\s)(?:was|were|is|are|of|to|at|by|than|and|or|from|with|in|on|for|the|a|an|about|"
    r"approximately|every|group|page|grade|type|stage|phase|level|step|version|class|number|"
    r"no|vol|issue)\s*$",
    re.IGNORECASE,
)


# "95% CI [8, 140]": the bracket holds an interval, not references.
_INTERVAL_BEFORE = re.compile(
    r"(?:\bCI|confidence interval|interquartile range|\bIQR)\s*[:=]?\s*$", re.IGNORECASE
)
# "on day 2" ends in a number that is no citation; "infants older than 1 month 3" cites 3,
# and so does "400 mg per day 1".
_COUNTED_TIME = re.compile(
    r"(?:^|(?<=[A-Za-z,;:])(?<!\bper)(?<!\ba)\s+|\b(?:on|at|by|from|of|in|to|every|each)\s+)"
    r"(?:day|days|week|weeks|month|months|hour|hours|year|years)\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Citation:
    start: int  # offsets within the text given
    end: int
    numbers: tuple[int, ...]
    bare: bool = False  # a bare trailing number, not a bracket or parenthesis


_COMMA = re.compile(r"\s*,\s*")  # expand's patterns, compiled once (speed only)
_DASH = re.compile(r"\s*[\u2013\u2014-]\s*")


def expand(marker: str) -> tuple[int, ...]:
    """ "4,5" -> (4, 5); "3-5" -> (3, 4, 5); absurd ranges are kept as their ends only."""
    out: list[int] = []
    for part in _COMMA.split(marker.strip()):
        bounds = _DASH.split(part)
        nums = [int(b) for b in bounds if b.isdigit()]
        if len(nums) == 2 and 0 < nums[1] - nums[0] <= 30:
            out.extend(range(nums[0], nums[1] + 1))
        else:
            out.extend(nums)
    return tuple(n for n in out if 0 < n <= MAX_REFERENCE)


def find_citations(text: str, allow_trailing: bool = False) -> list[Citation]:
    """Citation markers in a sentence, in order. `allow_trailing` admits the bare trailing
    numbers of pages that cite that way (only sensible at the end of a block)."""
    found = [
        Citation(m.start(), m.end(), expand(m.group(1)))
        for m in BRACKETS.finditer(text)
        if not _INTERVAL_BEFORE.search(text[: m.start()])
    ]
    if "(" in text:  # (speed only: PARENS is tried at every place, and needs one)
        found += [Citation(m.start(), m.end(), expand(m.group(1))) for m in PARENS.finditer(text)]
    if allow_trailing and not found:
        m = TRAILING.search(text)
        before = text[: m.start()] if m else ""
        if m and not _FUNCTION_WORDS.search(before) and not _COUNTED_TIME.search(before):
            found.append(Citation(m.start(1), m.end(1), expand(m.group(1)), bare=True))
    found = [c for c in found if c.numbers]
    return sorted(found, key=lambda c: c.start)


def ends_with_citation(text: str, citations: list[Citation]) -> bool:
    """True when the sentence closes on a citation marker (the end of a cited study)."""
    if not citations:
        return False
    tail = text[citations[-1].end :].strip()
    return tail in ("", ".", ";", ",") or bool(BRACKETS.fullmatch(tail))
