"""regex_cache.amounts_written finds what the pattern it stands for finds, on texts made at
random from the characters that matter (digits of other scripts, separators, hyphens, spaces
of other kinds, letters on both sides)."""

from __future__ import annotations

import random
import re

from pipeline.extract.regex_cache import amounts_written, compiled

_PIECES = ["1", "10", "0.5", "5", "٥", "2", ".", ",", " ", "\u00a0", "\t", "-", "--", "mg", "MG"]
_PIECES += ["mcg", "mg/kg", "g", "a", "Z", "é", "(", ")", "mgs", "-mg", "1e+06"]


def _pattern(amount: str, unit: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\d.,]){re.escape(amount)}\s*-?\s*{re.escape(unit)}(?![A-Za-z])")


def test_amounts_written_finds_what_the_pattern_finds() -> None:
    rng = random.Random(1940)
    amounts = ["10", "0.5", "5", "1", "1e+06"]
    units = ["mg", "mg/kg", "g", "mcg", "-mg", "MG"]
    checked = 0
    for _ in range(20000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 12)))
        amount, unit = rng.choice(amounts), rng.choice(units)
        expected = [m.span() for m in _pattern(amount, unit).finditer(text)]
        assert amounts_written(text, amount, unit) == expected, (text, amount, unit)
        checked += bool(expected)
    assert checked > 100  # the texts give matches, not only none


def test_compiled_is_the_same_pattern_once() -> None:
    first = compiled(r"\bparoxetine\b", re.I)
    assert first is compiled(r"\bparoxetine\b", re.I)
    assert first.pattern == r"\bparoxetine\b" and first.flags & re.I
    assert first.search("PAROXETINE 20 mg") is not None
