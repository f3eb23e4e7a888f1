"""Numbers as written -> values: "1,500", "0.37", ".04", "Ten", "Twenty-six", "one hundred five"."""

from __future__ import annotations

import re
from functools import lru_cache

_UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
NUMBER_WORDS = frozenset(_UNITS) | frozenset(_TENS) | {"hundred"}
_ONE_WORD = {**_UNITS, **_TENS, "hundred": 100}  # what one word alone is worth
_DIGITS = re.compile(r"^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?$")


@lru_cache(maxsize=8192)
def parse_digits(text: str) -> float | None:
    """ "1,500" -> 1500.0, "0.37" -> 0.37, ".04" -> 0.04; None when not a plain numeral."""
    t = text.strip()
    if not t or not any(map(str.isdigit, t)) or not _DIGITS.match(t):
        return None
    try:
        return float(t.replace(",", ""))
    except ValueError:
        return None


@lru_cache(maxsize=8192)
def parse_number_words(text: str) -> int | None:
    """English number words 0-999 ("Twenty-six", "one hundred and five") -> int, else None.

    Grammar: [unit "hundred"] [tens [unit] | teen | unit]; anything else is not a number."""
    stripped = text.strip()
    if stripped.isalpha():  # one word (most are): its value, if a number word (speed only)
        return _ONE_WORD.get(stripped.lower())
    words = [w for w in re.split(r"[\s\-]+", stripped.lower()) if w and w != "and"]
    if not words or len(words) > 5:
        return None
    total = 0
    if len(words) >= 2 and words[1] == "hundred":
        if words[0] not in _UNITS or not 1 <= _UNITS[words[0]] <= 9:
            return None
        total = _UNITS[words[0]] * 100
        words = words[2:]
    elif words[0] == "hundred":
        total, words = 100, words[1:]
    if not words:
        return total
    if words[0] in _TENS:
        total += _TENS[words[0]]
        rest = words[1:]
        if not rest:
            return total
        if len(rest) == 1 and rest[0] in _UNITS and 1 <= _UNITS[rest[0]] <= 9:
            return total + _UNITS[rest[0]]
        return None
    if len(words) == 1 and words[0] in _UNITS:
        value = _UNITS[words[0]]
        if total and value == 0:
            return None
        return total + value
    return None


@lru_cache(maxsize=8192)
def parse_number(text: str) -> float | None:
    """Digits or number words; None for anything else."""
    value = parse_digits(text)
    if value is not None:
        return value
    words = parse_number_words(text)
    return float(words) if words is not None else None
