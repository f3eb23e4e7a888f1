"""What a table's cell holds: a value, a range, a mean with its SD, a count with its share, a
percentage alone ("12", "0.1–0.4", "3.9 (range 1.8–6.2)", "-5.9 (2.4)", "19 (67.9%)",
"71.2%"), and which cells of a row hold numbers. table_cells.py reads rows with these."""

from __future__ import annotations

import re

from pipeline.extract.numwords import parse_digits
from pipeline.extract.rules import UnitRule

_RANGE = r"(?P<low>[\d.,]+)\s*(?:[-\u2013]|to)\s*(?P<high>[\d.,]+)"
# A cell that is a range: "0.1–0.4", "0.19 to 0.34".
_CELL_RANGE = re.compile(rf"^\s*{_RANGE}\s*$")
# A cell's value, with the range written after it: "3.9 (range 1.8–6.2)".
_CELL_VALUE_AND_RANGE = re.compile(
    rf"^\s*(?P<value>[\d.,]+)\s*\(\s*(?:range\s*:?\s*)?{_RANGE}\s*\)\s*$", re.IGNORECASE
)


def cell_values(cell: str) -> list[tuple[int, float, float | None]]:
    """(offset in the cell, value, high end of a range) of what a cell holds: "12",
    "0.1–0.4", "3.9 (range 1.8–6.2)"; nothing for any other text."""
    value = parse_digits(cell)
    if value is not None:
        return [(0, value, None)]
    out: list[tuple[int, float | None, float | None]] = []
    m = _CELL_VALUE_AND_RANGE.match(cell)
    if m:
        out.append((m.start("value"), parse_digits(m["value"]), None))
    else:
        m = _CELL_RANGE.match(cell)
    if m:
        out.append((m.start("low"), parse_digits(m["low"]), parse_digits(m["high"])))
    return [(at, low, high) for at, low, high in out if low is not None]


# A cell's value with its SD or SE in parentheses: "79 (46)", "9.3 (0.4)".
# "62.1 (18.4)", "214 ± 61": a mean and its SD
_CELL_VALUE_SD = re.compile(
    r"^\s*(?P<sign>[-\u2212])?(?P<value>\d[\d.,]*)\s*"
    r"(?:\(\s*[\d.,]+\s*\)|(?:\u00b1|\+/-)\s*[\d.,]+)\s*$"
)
# A cell that is a percentage alone: "71.2%".
_PERCENT_CELL = re.compile(r"^\s*\d[\d.,]*\s*%\s*$")
# A count with its share of the arm: "19 (67.9%)".
# A count with its share: "9 (20.9%)", or on two lines of a registry's cell, "9 20.9%".
CELL_COUNT_SHARE = re.compile(r"^\s*(?P<value>\d+)\s*(?:\(\s*\d[\d.]*\s*%\s*\)|\s\d[\d.]*\s*%)\s*$")


def numeric_cells(cells: list[str], row_unit: UnitRule | None) -> list[bool]:
    """Which cells hold a number; under a unit-labelled row "9.3 (0.4)" does too."""
    if row_unit is None:  # "214 ± 61", "118 (84 to 160)", "19 (67.9%)" are numbers too
        return [
            parse_digits(c) is not None
            or bool(row_cell_values(c) or CELL_COUNT_SHARE.match(c) or _PERCENT_CELL.match(c))
            for c in cells
        ]
    return [parse_digits(cells[0]) is not None] + [
        bool(row_cell_values(c) or CELL_COUNT_SHARE.match(c)) for c in cells[1:]
    ]


def row_cell_values(cell: str) -> list[tuple[int, float, float | None]]:
    """What a cell of a row with a unit holds: a value, a range, or a mean with its SD."""
    m = _CELL_VALUE_SD.match(cell)
    value = parse_digits(m["value"]) if m else None
    if m is not None and value is not None:
        # "-5.9 (2.4)": a fall, its sign with it
        return [(m.start("sign"), -value, None) if m["sign"] else (m.start("value"), value, None)]
    return cell_values(cell)
