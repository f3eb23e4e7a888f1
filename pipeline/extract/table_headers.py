"""A table's header row and its units, read once for the rows under it, and the header a row
takes where none stands right above it: a header the page repeated (dropped as a repeat), or
the last one of as many columns that names the arms (not a key-value table's row: "Time Frame |
Day 7")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.extract.regex_cache import compiled
from pipeline.extract.registry_results import table_caption, unit_of_measure
from pipeline.extract.rules import Rules, UnitRule
from pipeline.extract.table_cell_values import CELL_COUNT_SHARE, numeric_cells
from pipeline.extract.table_row_cells import column_names

PAREN_UNIT = re.compile(r"\(([^()]{1,20})\)")
INTRO_UNIT = re.compile(r"\(([^()]{1,20})\)[^()]{0,40}:\s*(?:\[[\d,\s\u2013-]+\])?\s*$")
BARE_QUANTITY = re.compile(r"^\s*[\d.,]+\s*[^\s\d]{1,8}\s*$")


def unit_in(text: str, rules: Rules, pattern: re.Pattern[str] = PAREN_UNIT) -> UnitRule | None:
    for m in pattern.finditer(text):
        # "(mL/day, mean ± SD)", "(mean, µg/L)": the unit beside the statistic
        for said in (m.group(1), *re.split(r"[,;]", m.group(1))):
            unit = rules.unit_forms.get(said.strip().lower())
            if unit is not None and unit.kind not in ("ignore", "time"):
                return unit
    return None


# A column headed "Milk:plasma ratio" holds ratios; "Infant dose (% of maternal dose)" holds
# percentages, though the parenthesis says more than the unit.
RATIO_HEADER = re.compile(r"\bratios?\b", re.IGNORECASE)
_PERCENT_HEADER = re.compile(r"\(\s*%")
RATIO = UnitRule("table.ratio", "{ratio}", "ratio", "")


def _header_unit(cell: str, rules: Rules) -> UnitRule | None:
    # "Peak milk level (ng/mL)", "Peak milk level, ng/mL (mean)"
    unit = unit_in(cell, rules) or unit_in(cell, rules, _ROW_LABEL_UNIT)
    if unit is None and _PERCENT_HEADER.search(cell):
        unit = rules.unit_forms.get("%")
    if unit is None and RATIO_HEADER.search(cell):
        unit = RATIO
    return unit


# A column of people counted: "Women studied", "Mothers (n)", "n".
_COUNT_HEADER = re.compile(r"^\s*(?:n|no\.?|number)\s*$|\(\s*n\s*\)", re.IGNORECASE)
# A row label that names its unit after a comma or in parentheses: "Serum prolactin, ng/mL",
# "Milk volume (mL)", "Serum calcium, mg/dL, mean (SD)", "Serum prolactin, ng/mL. Measure Type:
# Mean (95% Confidence Interval)": the row's values are results in that unit, one per arm column.
_ROW_LABEL_UNIT = re.compile(r"(?:,|\()\s*(?P<unit>[^,()]{1,20}?)\s*(?=[,);]|\.(?:\s|$)|\s\(|$)")
# A column of p-values ("P value", "p"): no results of their own.


_PER_DAY = re.compile(r"\s*(?:/|per\s+)\s*(?:24\s*-?\s*h(?:ours?)?|d(?:ay)?)$")


def label_unit(label: str, rules: Rules) -> UnitRule | None:
    told = rules.cue.unit_of_measure_inline.search(label)
    if told:  # "Mean (Standard Deviation), Unit of Measure: ng/mL": a registry row's unit
        unit = unit_of_measure(label[told.end() :].strip(), rules)
        if unit is not None:
            return unit
    for m in _ROW_LABEL_UNIT.finditer(label):
        said = m["unit"].strip().lower()
        # "Milk output, mL/24 h": a volume per day is a volume (as "mL/day" is)
        for form in (said, _PER_DAY.sub("", said)):
            unit = rules.unit_forms.get(form)
            if unit is not None and unit.kind not in ("ignore", "time"):
                return unit
    if rules.cue.percent_row_label.search(label):  # "Percentage of participants | 72.7 | 69.6"
        return rules.unit_forms.get("%")
    if RATIO_HEADER.search(label) and "%" not in label:  # "Milk/serum ratio, median | 0.98"
        return RATIO
    return None


@dataclass
class Header:
    """A table's header row, read once for the rows under it."""

    cells: list[str]
    units: list[UnitRule | None]  # the unit each column's values are in
    strengths: list[bool]  # columns of a product's strengths ("Strength")
    counts: list[bool]  # columns of people counted ("Women studied", "n")
    caption: str = ""  # the caption above the table, where it names the cells' unit
    caption_unit: UnitRule | None = None
    # a row of a key-value table read right after another ("Title | ...", "Time Frame | ..."),
    # no header of arms
    key_value: bool = False

    @classmethod
    def read(cls, cells: list[str], rules: Rules) -> Header:
        units = [_header_unit(c, rules) for c in cells]
        return cls(
            cells,
            units,
            [rules.cue.strength_column.search(c) is not None for c in cells],
            [
                unit is None and bool(_COUNT_HEADER.search(c) or rules.cue.people_words.search(c))
                for c, unit in zip(cells, units, strict=True)
            ],
        )

    def under_row_labels(self, rules: Rules) -> Header:
        """The header of a table whose rows start with a label the header has no cell for."""
        wider = Header.read(["", *self.cells], rules)
        wider.caption, wider.caption_unit = self.caption, self.caption_unit
        return wider


NO_HEADER = Header([], [], [], [])


ARM_NAME = re.compile(r"[A-Za-z]{3}")


def last_header_like(headers: list[Header], cells: list[str]) -> Header | None:
    """The last header read with as many columns as this row; else the last that names only
    the arms, over a row with its label (not a key-value table's row read as a header:
    "Estimation Comments | Percentage points" between two results tables)."""
    same = [h for h in headers if h.cells and len(cells) == len(column_names(h.cells))]
    same = [h for h in same if names_arms(h)] or same
    arms_only = [
        h
        for h in headers
        if h.cells and len(cells) == len(h.cells) + 1 and all(ARM_NAME.search(c) for c in h.cells)
    ]
    return same[-1] if same else arms_only[-1] if arms_only else None


def names_arms(header: Header) -> bool:
    """A header of short names ("Domperidone | Placebo"), not a field and its value ("Time
    Frame | From delivery to 24 hours after delivery")."""
    names = column_names(header.cells)
    return all(len(c.split()) <= 4 for c in names) and all(c.strip(" |") for c in names[1:])


def repeated_header(
    headers: list[Header], cells: list[str], text: str, start: int, since: int, rules: Rules
) -> Header | None:
    """The header of the next outcome's table where the page repeats an earlier one (dropped
    as a repeat): the last header read with as many columns, its caption ("Unit of Measure:
    ng/mL") in the lines before the row."""
    same = [h for h in headers if h.cells and fits(cells, h)]
    # (a header of names, not a row of values read as one for want of a header above it)
    same = [h for h in same if not any(numeric_cells(h.cells[1:], None))] or same
    caption, unit = table_caption(text, start, rules, since) if same else ("", None)
    if not caption:
        return None
    same[-1].caption, same[-1].caption_unit = caption, unit
    return same[-1]


def header_dropped(
    headers: list[Header],
    cells: list[str],
    row_unit: UnitRule | None,
    where: tuple[str, int, int],
    rules: Rules,
) -> Header | None:
    """The header of a row read where no header was right above it: an earlier header the
    page repeated (and that was dropped as a repeat); for a row of results or of counts right
    under a title ("Mean (SD), ng/mL | 88.4 | 79.1", "Analyzed | 56 | 55"), the last header
    with as many columns. `where`: the document, the row's start, where the text before it
    was last read."""
    text, start, since = where
    repeated = repeated_header(headers, cells, text, start, since, rules)
    if repeated is None and (
        row_unit is not None
        or any(CELL_COUNT_SHARE.match(c) for c in cells[1:])
        or rules.cue.count_row_label.search(cells[0])
    ):
        repeated = last_header_like(headers, cells)
    if repeated is None and len(cells) > 2 and all(numeric_cells(cells[1:], None)):
        # "Lost to Follow-up | 5 | 4" under "Ring | IUD": the last header, of a name per value
        last = headers[-1] if headers and names_arms(headers[-1]) else None
        named = [n for n in column_names(last.cells) if n] if last else []
        repeated = last if len(named) == len(cells) - 1 else None
    return repeated


def fits(cells: list[str], header: Header) -> bool:
    """A row fits a header with as many cells, or one more, blank, over its rows' labels where
    the row has none ("| Tranexamic Acid | Saline" over "186.4 (71.2) | 179.9 (68.5)")."""
    names = column_names(header.cells)
    return len(cells) == len(names) or (
        len(cells) == len(names) - 1 and not names[0] and all(numeric_cells(cells, None))
    )


def spelled_out(abbreviation: str, document: str) -> str | None:
    """The words a document gives an abbreviation, one word per letter: in brackets after them
    ("the relative infant dose (RID)") or after it in a table's legend ("*RID, relative infant
    dose: the infant's ...") -> "relative infant dose"."""
    n = len(abbreviation)
    a = re.escape(abbreviation)
    told = compiled(rf"((?:[A-Za-z][\w-]*\s+){{{n}}})\(\s*{a}\s*\)")
    legend = compiled(rf"(?<![\w-]){a}\s*[,:=]\s*((?:[A-Za-z][\w-]*\s+){{{n - 1}}}[A-Za-z][\w-]*)")
    for m in (*told.finditer(document), *legend.finditer(document)):
        words = m.group(1).split()
        if "".join(w[0] for w in words).upper() == abbreviation:
            return " ".join(words)
    return None


def headed_measure(header_cell: str, document: str, rules: Rules) -> str | None:
    """What a column's values measure, where its header names a measure ("Milk concentration",
    "RID*" spelled out as the table's legend does): the header's words less footnote marks."""
    words = re.sub(r"[*\u2020\u2021\u00a7]+|\[\w{1,2}\]", "", header_cell).strip()
    if re.fullmatch(r"[A-Z]{2,6}", words):
        words = spelled_out(words, document) or words
    return words if rules.cue.table_measure_header.search(words) else None


def caption_of(text: str, start: int, rules: Rules) -> tuple[str, UnitRule | None]:
    """A table's caption and the unit it names: a caption or heading table_caption reads, else
    the sentence right above the table where it names a unit in brackets ("Daily expressed
    volume (mL/day, mean ± SD); P values compare each active arm with placebo.")."""
    caption, unit = table_caption(text, start, rules)
    unit = unit or unit_in(caption, rules)
    if caption:
        return caption, unit
    lines = [x.strip(" \t*_#") for x in text[max(0, start - 300) : start].splitlines()]
    lines = [x for x in lines if x and not set(x) <= set("|-: ")]
    above = lines[-1] if lines else ""
    said = unit_in(above, rules) if len(above) <= 200 else None
    return (above, said) if said is not None else (caption, unit)
