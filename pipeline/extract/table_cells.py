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
from dataclasses import replace
from itertools import accumulate

from pipeline.extract.mentions import Population
from pipeline.extract.registry_results import ruled, table_caption, unit_caption
from pipeline.extract.rules import Rules, UnitRule
from pipeline.extract.segment import LABELLED_VALUE, SentenceFacts
from pipeline.extract.sentence_items import Item
from pipeline.extract.table_cell_values import (
    CELL_COUNT_SHARE,
    cell_values,
    numeric_cells,
    row_cell_values,
)
from pipeline.extract.table_headers import (
    ARM_NAME,
    BARE_QUANTITY,
    INTRO_UNIT,
    NO_HEADER,
    RATIO,
    RATIO_HEADER,
    Header,
    caption_of,
    headed_measure,
    header_dropped,
    label_unit,
    last_header_like,
    names_arms,
    unit_in,
)
from pipeline.extract.table_row_cells import (
    NS_CELL,
    P_CELL,
    P_COLUMN,
    add_listed_value,
    column_names,
    compare_own_unit_cells,
    pair_p_values,
    table_item,
)
from pipeline.ingest.parsed import CELL_SEP


def _add_row_counts(f: SentenceFacts, cells: list[str], header: Header) -> None:
    """ "Participants analyzed | 58 | 57": each arm column's count of people; "Count of
    Participants | 19 (67.9%) | 8 (27.6%)": each arm's share too, compared across the arms."""
    offset = 0
    names = column_names(header.cells)
    for j, cell in enumerate(cells[1:], 1):
        offset += len(cells[j - 1]) + len(CELL_SEP)
        share = CELL_COUNT_SHARE.match(cell)
        count = share["value"] if share else cell
        values = cell_values(count)
        if values:
            at = offset + (share.start("value") if share else 0)
            _add_count(f, count, values[0], at, names[j] if j < len(names) else None)
        shares = [i for i in f.items if offset <= i.value.start < offset + len(cell)]
        if share and len(shares) == 1 and shares[0].quantity.ucum == "%" and j < len(names):
            shares[0].quantity.label, shares[0].group = "QTY_ROW", names[j]


def _add_count(
    f: SentenceFacts,
    cell: str,
    value: tuple[int, float, float | None],
    offset: int,
    column: str | None = None,
) -> None:
    """A whole number under a header that names people is a group of that many (none of 0: a
    placebo arm "Analyzed | 12 | 0" for an outcome measured in one arm only)."""
    at, n, high = value
    if high is not None or n != int(n) or "." in cell or n < 1:
        return
    start = offset + at
    f.analysis.populations.append(
        Population("table.count_column", int(n), start, start + len(cell.strip()), None, column)
    )


def _in_column(cells: list[str], position: int, columns: list[bool]) -> bool:
    """Is the character at `position` of a row (cells joined by CELL_SEP) in a marked column?"""
    start = 0
    for j, cell in enumerate(cells):
        end = start + len(cell)
        if position < end + len(CELL_SEP):
            return j < len(columns) and columns[j]
        start = end + len(CELL_SEP)
    return False


def _add_row_unit_values(
    f: SentenceFacts,
    cells: list[str],
    header: Header,
    unit: UnitRule,
    rules: Rules,
    lactmed: bool,
) -> None:
    """A row whose label names the unit: each arm column's value in that unit, labelled
    QTY_ROW so the row's values are compared across the columns; the P column's value is
    the comparison's p-value, no result."""
    text = f.sentence.text
    p_value = None
    p_cell = None  # the P column's words where they give no number ("NS")
    offset = 0
    # "Median (Inter-Quartile Range) | 142.6 (98.0 to 190.3)": the parenthesis is a spread
    spread = rules.cue.spread_row_label.search(cells[0]) is not None
    # "[Units: grams] | 1718 (386) | 1691 (402)": a registry's result, whatever its unit
    result = rules.cue.unit_of_measure_inline.search(cells[0]) is not None
    arms = column_names(header.cells)
    for j, cell in enumerate(cells[1:], 1):
        offset += len(cells[j - 1]) + len(CELL_SEP)
        if j < len(header.cells) and P_COLUMN.match(header.cells[j]):
            p_value = P_CELL.match(cell)
            p_cell = "not significant" if NS_CELL.match(cell) else None
            continue
        for at, low, high in row_cell_values(cell):
            if spread and high is not None:
                continue
            item = table_item(
                text,
                offset + at,
                low,
                unit,
                "table.row_unit",
                rules,
                lactmed,
                cells[0],
                None,
                high,
                result=result,
            )
            if item is not None:
                item.quantity.label = "QTY_ROW"
                # The column's header names the arm ("| | Fenugreek | Placebo |").
                item.group = arms[j] if j < len(arms) else None
                f.items.append(item)
    if p_value is not None:
        p_cell = f"P {p_value['op'] or '='} {p_value['value']}"
    for item in f.items if p_cell else []:
        if item.quantity.label == "QTY_ROW":
            item.p_cell = p_cell


def _add_column_values(
    f: SentenceFacts,
    cells: list[str],
    header: Header,
    pending: UnitRule | None,
    rules: Rules,
    lactmed: bool,
    start: int = 0,
) -> None:
    """A row under a header: each cell's value in its column's unit, counts under a header of
    people. (`start`: -len(CELL_SEP) where a blank label was put before the row's cells.)"""
    offset = start
    pair_columns, pairs_said = pair_p_values(cells, header.cells)
    for j, cell in enumerate(cells[1:], 1):
        offset += len(cells[j - 1]) + len(CELL_SEP)
        in_header = j < len(header.cells)
        values = [] if j in pair_columns else row_cell_values(cell)
        # A column of people counted, unless a caption says what the cells are ("Metformin
        # (n = 42)" under "Milk volume (mL)" is an arm with its count).
        if in_header and header.counts[j] and header.caption_unit is None and cell_values(cell):
            _add_count(f, cell, values[0], offset)
        unit = (header.units[j] if in_header else None) or pending
        # "**Daily milk output (mL), mean ± SD**" above "| | Domperidone | Placebo |": each
        # column's values are that result, in the caption's unit, for the column's arm.
        captioned = unit is None and header.caption_unit is not None
        if captioned:
            unit = header.caption_unit
        if unit is None:
            continue
        for at, low, high in values:
            if high is not None and rules.cue.spread_row_label.search(header.caption):
                continue  # "ng/mL, Median (Inter-Quartile Range)": "118 (84 to 160)" is one value
            item = table_item(
                f.sentence.text,
                offset + at,
                low,
                unit,
                "table.caption_unit" if captioned else "table.column_unit",
                rules,
                lactmed,
                header.caption if captioned else (header.cells[j] if in_header else None),
                cells[0],
                high,
                result=captioned and not rules.cue.dose_caption.search(header.caption),
            )
            own_drug = rules.cue.own_drug_row.search(f"{cells[0]} {header.caption}")
            if item:
                if captioned and in_header and not own_drug:  # compared across the columns
                    item.quantity.label = "QTY_ROW"
                    item.group = column_names(header.cells)[j]
                    item.p_cell = pairs_said  # "P, 10 mg vs placebo" columns: each pair's
                f.items.append(item)


def _measured_by_header(
    f: SentenceFacts, cells: list[str], header: Header, document: str, rules: Rules
) -> None:
    """A value written with its unit in a column whose header names a measure ("Milk
    concentration" over "3.4 ng/mL (peak)", "RID*" over "0.4%") measures that, not the words of
    the row's other cells ("Single 25 mg subcutaneous dose | 6 | Mean peak 9.1 ng/mL")."""
    if len(cells) != len(header.cells):
        return
    ends = list(accumulate(len(c) + len(CELL_SEP) for c in cells))
    for item in f.items:
        j = next((k for k, end in enumerate(ends) if item.value.start < end), 0)
        if item.table != "measurements" or j == 0 or (item.measure and item.measure in cells[j]):
            continue
        measure = headed_measure(header.cells[j], document, rules)
        if measure:
            item.measure = measure


def _amount(item: Item) -> tuple[float, str]:
    return (item.value.value, item.quantity.ucum)


def _new_doses(
    f: SentenceFacts, label: str, header: Header, named: set[tuple[float, str]], rules: Rules
) -> bool:
    """A first column headed with doses ("Daily dose | Women | Peak milk level") holds doses,
    unless the text named each of them already ("took 5, 10 or 15 mg" above "Dose group")."""
    if not header.cells or not rules.cue.dose_caption.search(header.cells[0]):
        return False
    first = [i for i in f.items if i.table == "doses" and i.value.start < len(label)]
    return bool(first) and not any(_amount(i) in named for i in first)


def add_shared_unit_values(
    facts: Sequence[SentenceFacts], rules: Rules, lactmed: bool, text: str = ""
) -> None:
    """Add the values of tables and labelled lists to the facts of their rows (in place); a
    table's caption above its header (in `text`, the document) may name its cells' unit."""
    pending: UnitRule | None = None  # the unit an introducing sentence named
    header = NO_HEADER
    named: set[tuple[float, str]] = set()  # the doses the text named outside tables
    previous_row = False
    since = 0  # where the sentence before started
    last_end = 0  # where the sentence before ended
    headers: list[Header] = []  # every header read, for the tables that repeat one
    for f in facts:
        s = f.sentence
        # (from the start of the sentence before, where a joined line may hold the caption; a
        # ruled line between a caption and its table is no text of its own)
        since, gap_start = (since, since) if ruled(s.text) else (s.char_start, since)
        if previous_row and text and _new_table_between(text, last_end, s.char_start, rules):
            previous_row, gap_start = False, last_end
        last_end = s.char_end
        if s.block == "table_row":
            cells = s.text.split(CELL_SEP)
            if len(cells) == 1:  # one group's result under its caption: "41 (12 to 96)"
                _add_lone_value(f, text, rules, lactmed)
                previous_row = False
                continue
            row_unit = label_unit(cells[0], rules)
            numeric = numeric_cells(cells, row_unit)
            shares = any(CELL_COUNT_SHARE.match(c) for c in cells[1:])
            if not previous_row and (any(numeric[1:]) or shares):
                repeated = header_dropped(
                    headers, cells, row_unit, (text, s.char_start, gap_start), rules
                )
                header, previous_row = repeated or header, repeated is not None
            if rules.cue.strength_column.search(cells[0]):
                f.items[:] = []  # "Strengths | 20 mg and 40 mg tablets": a row of strengths
            # "Form | Strength | Route": a column of a product's strengths holds no doses, and
            # its rows ("Suppository | 1000 mg | Rectal") stay under that header.
            if previous_row and any(header.strengths) and len(cells) == len(header.cells):
                f.items[:] = [
                    i for i in f.items if not _in_column(cells, i.value.start, header.strengths)
                ]
                if not any(numeric[1:]):
                    continue
            counts = _count_row(cells, numeric, shares, rules)
            if previous_row and len(cells) == len(column_names(header.cells)) + 1:
                header = _header_over_labels(header, headers, cells, rules)
            if counts and (row_unit is None or shares):  # "Count of participants (%)" too
                # First under a header dropped as a repeat of an earlier table's, or not
                _add_row_counts(f, cells, header)
                compare_own_unit_cells(f, cells, header.cells, rules, lactmed)
                previous_row = True
                continue
            if not previous_row or not any(numeric[1:]):
                header = _read_header(cells, header, previous_row, (text, s.char_start), rules)
                headers.append(header)
                previous_row = True
                continue
            if _unlabelled(cells, numeric, row_unit, header):
                _add_unlabelled_row(f, cells, header, pending, rules, lactmed)
                continue
            if BARE_QUANTITY.match(cells[0]) and not _new_doses(f, cells[0], header, named, rules):
                # "5 mg | 12 | 24": the first cell names the row (a dose group), it is no dose
                f.items[:] = [i for i in f.items if i.value.start >= len(cells[0])]
            if row_unit is not None:
                _add_row_unit_values(f, cells, header, row_unit, rules, lactmed)
            else:
                _add_column_values(f, cells, header, pending, rules, lactmed)
            compare_own_unit_cells(f, cells, header.cells, rules, lactmed)
            _measured_by_header(f, cells, header, text, rules)
            previous_row = True
            continue
        previous_row = False
        named |= {_amount(i) for i in f.items if i.table == "doses"}
        if not _add_labelled_line(f, pending, rules, lactmed):
            pending = unit_in(s.text, rules, INTRO_UNIT)


def _read_header(
    cells: list[str], last: Header, under_row: bool, where: tuple[str, int], rules: Rules
) -> Header:
    """A row of names read as the header of the rows under it: a key-value table's row under
    another ("Time Frame | Day 7"), or the arms after a record's fields ("Unit of Measure: | mL"
    over "Drug A | Placebo"), whose caption names the unit; `where`: the document, the row's
    start."""
    pair = under_row and len(cells) == 2 and len(last.cells) == 2
    after_fields = pair and _field(last.cells[0]) and not _field(cells[0])
    header = Header.read(cells, rules)
    header.key_value = (pair and not after_fields) or (len(cells) == 2 and _field(cells[0]))
    if not under_row or after_fields:
        header.caption, header.caption_unit = caption_of(*where, rules)
    return header


def _field(cell: str) -> bool:
    """A key-value table's key: "Unit of Measure:", "Time Frame:"."""
    return cell.rstrip().endswith(":")


# A line of words between two rows: a heading dropped as a repeat, a new table's title.
_WORDS_LINE = re.compile(
    r"\n[ \t#*_]*(?:\d{1,2}[.)]\s*)?[A-Za-z][^|\n]{3,}(?=\n)"
)  # (a whole line, no cells)


def _header_over_labels(
    header: Header, headers: list[Header], cells: list[str], rules: Rules
) -> Header:
    """The header of a row with one cell more than it: the same header with a blank over the
    rows' labels ("| Domperidone | Placebo" trimmed), kept in place of the header as read; or,
    under a key-value table's row ("Time Frame | Day 7"), the arms' header the page repeated,
    in the unit a "Unit of Measure: | mL" row right above names."""
    if names_arms(header) and not header.key_value:
        wider = header.under_row_labels(rules)
        headers[-1:] = [wider]
        return wider
    repeated = last_header_like(headers, cells)
    if repeated is None:
        return header
    caption, unit = unit_caption(" ".join(header.cells), rules) if header.key_value else ("", None)
    return replace(repeated, caption=caption, caption_unit=unit) if unit else repeated


def _new_table_between(text: str, end: int, start: int, rules: Rules) -> bool:
    """Text dropped between two rows that starts a new table: a repeated caption ("Unit of
    Measure: ...") or a heading ("#### 2. Secondary Outcome: ..."), each a new outcome's."""
    return bool(table_caption(text, start, rules, end)[0] or _WORDS_LINE.search(text, end, start))


def _add_labelled_line(
    f: SentenceFacts, pending: UnitRule | None, rules: Rules, lactmed: bool
) -> bool:
    """A line of a label and a number: a registry's count for one group ("Number of Infants
    Analyzed: 17"), or a value in the unit the sentence before named ("Day 1: 0.21"); whether
    it was one."""
    m = LABELLED_VALUE.match(f.sentence.text)
    if m and rules.cue.count_row_label.search(m["label"]) and not f.analysis.populations:
        _add_count(f, m["value"], (0, float(m["value"]), None), m.start("value"))
        return True
    if pending is not None and m and not f.items:
        add_listed_value(f, m, pending, rules, lactmed)
        return True
    return False


def _add_lone_value(f: SentenceFacts, text: str, rules: Rules, lactmed: bool) -> None:
    """A row of one value, under a caption that names its unit ("Median (Full Range), Unit of
    Measure: ng/mL" over "41 (12 to 96)"): one group's result, in the caption's unit."""
    caption, unit = table_caption(text, f.sentence.char_start, rules) if text else ("", None)
    unit = unit or (RATIO if RATIO_HEADER.search(caption) else None)
    if unit is None:
        return
    # (a header of the label's column alone: the value is under no arm's column)
    header = Header([""], [None], [False], [False], caption, unit)
    _add_column_values(f, ["", f.sentence.text], header, None, rules, lactmed, -len(CELL_SEP))


def _count_row(cells: list[str], numeric: list[bool], shares: bool, rules: Rules) -> bool:
    """A row of each arm's count ("Participants analyzed | 58 | 57"), or of every arm's count
    with its share ("Loose stools | 6 (14.6%) | 3 (7.1%)")."""
    all_shares = all(CELL_COUNT_SHARE.match(c) for c in cells[1:] if c.strip())
    return bool(
        (rules.cue.count_row_label.search(cells[0]) or all_shares) and (any(numeric[1:]) or shares)
    )


def _add_unlabelled_row(
    f: SentenceFacts,
    cells: list[str],
    header: Header,
    pending: UnitRule | None,
    rules: Rules,
    lactmed: bool,
) -> None:
    """ "Tranexamic Acid | Saline" over "186.4 (71.2) | 179.9 (68.5)": a row with no label,
    each cell under its arm's column (a blank label put before it)."""
    blank = ["", *cells]
    wider = header if len(blank) == len(header.cells) else header.under_row_labels(rules)
    _add_column_values(f, blank, wider, pending, rules, lactmed, -len(CELL_SEP))
    compare_own_unit_cells(f, blank, wider.cells, rules, lactmed, -len(CELL_SEP))


def _unlabelled(
    cells: list[str], numeric: list[bool], row_unit: UnitRule | None, header: Header
) -> bool:
    """A row of values alone, one under each of the header's arms: its first cell is a value,
    and the header has a cell over the rows' labels (blank, or "Arm/Group Title") or names
    every column."""
    names = column_names(header.cells)
    if row_unit is not None or not all(numeric) or len(cells) < 2:
        return False
    if len(cells) == len(names) - 1:
        return True
    return len(cells) == len(names) and all(ARM_NAME.search(n) for n in names)
