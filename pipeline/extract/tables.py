"""Values whose unit is written once for many: table columns and labelled lists.

"Hours after dose | Milk (mcg/L) | Maternal blood (mcg/L)" then "2 | 162 | 580": each bare
number under a header with a unit is a value in that unit. "... individual milk levels
(mcg/mL) were:" then "Day 1: 0.21" lines: each is a value in the unit the sentence named.
The first column of a table labels its rows (hours, doses, samples) and is left alone. A
column headed with people ("Women studied", "n") gives groups of that many; a column or a row
of a product's strengths ("Form | Strength | Route") holds no doses."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.extract.analyze import Population, Quantity, Value
from pipeline.extract.items import Item, classify
from pipeline.extract.numwords import parse_digits
from pipeline.extract.rules import Rules, UnitRule
from pipeline.extract.segment import LABELLED_VALUE, SentenceFacts

_PAREN_UNIT = re.compile(r"\(([^()]{1,20})\)")
_INTRO_UNIT = re.compile(r"\(([^()]{1,20})\)[^()]{0,40}:\s*(?:\[[\d,\s\u2013-]+\])?\s*$")
_CELL_SEP = " | "
_BARE_QUANTITY = re.compile(r"^\s*[\d.,]+\s*[^\s\d]{1,8}\s*$")


def _unit_in(text: str, rules: Rules, pattern: re.Pattern[str] = _PAREN_UNIT) -> UnitRule | None:
    for m in pattern.finditer(text):
        unit = rules.unit_forms.get(m.group(1).strip().lower())
        if unit is not None and unit.kind not in ("ignore", "time"):
            return unit
    return None


# A column headed "Milk:plasma ratio" holds ratios; "Infant dose (% of maternal dose)" holds
# percentages, though the parenthesis says more than the unit.
_RATIO_HEADER = re.compile(r"\bratios?\b", re.IGNORECASE)
_PERCENT_HEADER = re.compile(r"\(\s*%")
_RATIO = UnitRule("table.ratio", "{ratio}", "ratio", "")


def _header_unit(cell: str, rules: Rules) -> UnitRule | None:
    unit = _unit_in(cell, rules)
    if unit is None and _PERCENT_HEADER.search(cell):
        unit = rules.unit_forms.get("%")
    if unit is None and _RATIO_HEADER.search(cell):
        unit = _RATIO
    return unit


# A cell that is a range: "0.1–0.4", "0.19 to 0.34".
_CELL_RANGE = re.compile(r"^\s*(?P<low>[\d.,]+)\s*(?:[-\u2013]|to)\s*(?P<high>[\d.,]+)\s*$")
# A cell's value, with the range written after it: "3.9 (range 1.8–6.2)".
_CELL_VALUE = re.compile(
    r"^\s*(?P<value>[\d.,]+)\s*\(\s*(?:range\s*:?\s*)?(?P<low>[\d.,]+)\s*(?:[-\u2013]|to)\s*"
    r"(?P<high>[\d.,]+)\s*\)\s*$",
    re.IGNORECASE,
)


def _item(
    text: str,
    start: int,
    value: float,
    unit: UnitRule,
    rule_id: str,
    rules: Rules,
    lactmed: bool,
    measure: str | None,
    timepoint: str | None,
    value_high: float | None = None,
) -> Item | None:
    end = start + len(text[start:].split()[0]) if text[start:].split() else start
    q = Quantity(
        rule_id,
        "QTY",
        [Value(value, value_high, start, end, stat="range" if value_high is not None else None)],
        unit.ucum,
        unit.kind,
        unit.per,
        start,
        end,
        "",
    )
    table, cue = classify(text, q, q.values[0], rules, lactmed)
    if cue == "percent.no_context":
        # A row has no words around its numbers: the column's header says what they are.
        table, cue = "measurements", "percent.column"
    if table != "measurements":
        return None
    return Item(table, q, q.values[0], f"{rule_id}>{cue}", measure=measure, timepoint=timepoint)


# A column of people counted: "Women studied", "Mothers (n)", "n".
_COUNT_HEADER = re.compile(r"^\s*(?:n|no\.?|number)\s*$|\(\s*n\s*\)", re.IGNORECASE)


def _add_count(
    f: SentenceFacts, header: str, cell: str, value: float, offset: int, rules: Rules
) -> None:
    """A whole number under a header that names people is a group of that many."""
    counted = _COUNT_HEADER.search(header) or rules.rx["people_words"].search(header)
    if not counted or value != int(value) or "." in cell or _header_unit(header, rules):
        return
    start = offset + len(cell) - len(cell.lstrip())
    f.analysis.populations.append(
        Population("table.count_column", int(value), start, start + len(cell.strip()))
    )


def _in_column(cells: list[str], position: int, columns: list[bool]) -> bool:
    """Is the character at `position` of a row (cells joined by _CELL_SEP) in a marked column?"""
    start = 0
    for j, cell in enumerate(cells):
        end = start + len(cell)
        if position < end + len(_CELL_SEP):
            return j < len(columns) and columns[j]
        start = end + len(_CELL_SEP)
    return False


def add_shared_unit_values(facts: Sequence[SentenceFacts], rules: Rules, lactmed: bool) -> None:
    """Add the values of tables and labelled lists to the facts of their rows (in place)."""
    pending: UnitRule | None = None  # the unit an introducing sentence named
    header: list[UnitRule | None] = []
    header_text: list[str] = []
    previous_row = False
    for f in facts:
        s = f.sentence
        if s.block == "table_row":
            cells = s.text.split(_CELL_SEP)
            numeric = [parse_digits(c) is not None for c in cells]
            if rules.rx["strength_column"].search(cells[0]):
                f.items[:] = []  # "Strengths | 20 mg and 40 mg tablets": a row of strengths
            # "Form | Strength | Route": a column of a product's strengths holds no doses, and
            # its rows ("Suppository | 1000 mg | Rectal") stay under that header.
            strengths = [rules.rx["strength_column"].search(h) is not None for h in header_text]
            if previous_row and any(strengths) and len(cells) == len(header_text):
                f.items[:] = [i for i in f.items if not _in_column(cells, i.value.start, strengths)]
                if not any(numeric[1:]):
                    continue
            if not previous_row or not any(numeric[1:]):
                header = [_header_unit(c, rules) for c in cells]
                header_text = cells
                previous_row = True
                continue
            if _BARE_QUANTITY.match(cells[0]):
                # "5 mg | 12 | 24": the first cell names the row (a dose group), it is no dose.
                f.items[:] = [i for i in f.items if i.value.start >= len(cells[0])]
            offset = 0
            for j, cell in enumerate(cells):
                value = parse_digits(cell)
                if j and value is not None and j < len(header_text):
                    _add_count(f, header_text[j], cell, value, offset, rules)
                ranged = _CELL_VALUE.match(cell) if value is None else None
                values = [(0, value, None)] if value is not None else []
                span = _CELL_RANGE.match(cell) if value is None else None
                if span:
                    low, high = parse_digits(span["low"]), parse_digits(span["high"])
                    values = [(span.start("low"), low, high)]
                if ranged:
                    values = [
                        (ranged.start("value"), parse_digits(ranged["value"]), None),
                        (
                            ranged.start("low"),
                            parse_digits(ranged["low"]),
                            parse_digits(ranged["high"]),
                        ),
                    ]
                unit = (header[j] if j < len(header) else None) or pending
                for at, low, high in values if j and unit is not None else []:
                    if low is None:
                        continue
                    measure = header_text[j] if j < len(header_text) else None
                    item = _item(
                        s.text,
                        offset + at,
                        low,
                        unit,
                        "table.column_unit",
                        rules,
                        lactmed,
                        measure,
                        cells[0],
                        high,
                    )
                    if item:
                        f.items.append(item)
                offset += len(cell) + len(_CELL_SEP)
            previous_row = True
            continue
        previous_row = False
        m = LABELLED_VALUE.match(s.text)
        if pending is not None and m and not f.items:
            value = parse_digits(m.group("value"))
            if value is not None:
                item = _item(
                    s.text,
                    m.start("value"),
                    value,
                    pending,
                    "list.intro_unit",
                    rules,
                    lactmed,
                    None,
                    m.group("label"),
                )
                if item:
                    f.items.append(item)
            continue
        pending = _unit_in(s.text, rules, _INTRO_UNIT)
