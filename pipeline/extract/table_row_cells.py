"""The cells of a table row, read one by one: each value as a result in its unit, the column
names over them, the P column's verdict; and a row whose arm columns each give a value with its
own unit ("| Mastitis | 4.3% | 10.3% | RR 0.42 (0.20-0.90) | 0.02 |"), compared across them."""

from __future__ import annotations

import re

from pipeline.extract.classify import classify
from pipeline.extract.mentions import Quantity, Value
from pipeline.extract.numwords import parse_digits
from pipeline.extract.rules import Rules, UnitRule
from pipeline.extract.segment import SentenceFacts
from pipeline.extract.sentence_items import Item
from pipeline.ingest.parsed import CELL_SEP

P_COLUMN = re.compile(r"^\s*p(?:[\s-]*values?)?\s*$", re.IGNORECASE)
NS_CELL = re.compile(r"^\s*(?:n\.?\s?s\.?|not\s+significant)\s*$", re.IGNORECASE)
P_CELL = re.compile(r"^\s*(?P<op>[<>=\u2264\u2265])?\s*(?P<value>0?\.\d+|[01](?:\.\d+)?)\s*$")
# A P column of one pair of arms: "P, 10 mg vs placebo", "p (A vs B)", "P value: A v. B".
PAIR_P_COLUMN = re.compile(
    r"^\s*p(?:[\s-]*values?)?\s*[,:(]\s*(?P<pair>[^()]+?\s+(?:vs?\.?|versus)\s+[^()]+?)\s*\)?\s*$",
    re.IGNORECASE,
)


def pair_p_values(cells: list[str], header: list[str]) -> tuple[set[int], str | None]:
    """The columns of one pair's p-value and the words that give each pair its own, as the
    text would: "10 mg vs placebo: P = 0.91; 20 mg vs placebo: P = 0.74"."""
    columns, said = set(), []
    for j, cell in enumerate(cells[1:], 1):
        pair = PAIR_P_COLUMN.match(header[j]) if j < len(header) else None
        if pair is None:
            continue
        columns.add(j)
        p = P_CELL.match(cell)
        if p:
            said.append(f"{pair['pair']}: P {p['op'] or '='} {p['value']}")
        elif NS_CELL.match(cell):
            said.append(f"{pair['pair']}: not significant")
    return columns, "; ".join(said) or None


def column_names(cells: list[str]) -> list[str]:
    """A header's column names; a blank first cell loses its separator's space when the row is
    trimmed ("| Fenugreek | Placebo" is "", "Fenugreek", "Placebo")."""
    names = [c.strip(" *") for c in cells]
    if names and names[0].startswith("|"):
        names = ["", names[0].lstrip("| *"), *names[1:]]
    return names


def table_item(
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
    result: bool = False,
) -> Item | None:
    """`result`: the value is a result whatever its words (a registry's outcome value)."""
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
    if result and table != "measurements" and cue != "unit.ignored":
        table, cue = "measurements", "registry.outcome"
    if table == "doses" and measure and rules.cue.table_exposure_header.search(measure):
        table, cue = "measurements", "exposure.column"  # "Estimated infant dose (mcg/kg/day)"
    if table != "measurements":
        return None
    return Item(table, q, q.values[0], f"{rule_id}>{cue}", measure=measure, timepoint=timepoint)


# A cell that is one value with its own unit, or a count with its share: "4.3%", "412 mL",
# "9 (22.0%)", "62 (18)"; nothing else in it (an effect estimate "RR 0.42 (0.20-0.90)" is none).
_OWN_UNIT_CELL = re.compile(
    r"^\s*(?:\d[\d,]*\s*\(\s*)?\d[\d.,]*\s*(?:%|[a-zA-Z\u00b5/]{1,8})\s*\)?"
    r"(?:\s*\(\s*[\d.,]+\s*\))?\s*$"
)


def compare_own_unit_cells(
    f: SentenceFacts,
    cells: list[str],
    header: list[str],
    rules: Rules,
    lactmed: bool,
    start: int = 0,
) -> None:
    """ "| Maternal mastitis | 4.3% | 10.3% | RR 0.42 (0.20-0.90) | 0.02 |" under "| Outcome |
    Azithromycin | Placebo | ... | p |": where two or more arm columns each hold one value
    with its own unit (the same for all), the row compares them across the columns, its P
    column giving the verdict; the row's label is its outcome."""
    if any(i.quantity.label == "QTY_ROW" for i in f.items):
        return  # the row's unit or its table's caption has compared them already
    names = column_names(header)
    offset, p_cell, armed = start, None, []  # (start: -len(CELL_SEP) before a blank label)
    for j, cell in enumerate(cells[1:], 1):
        offset += len(cells[j - 1]) + len(CELL_SEP)
        if j >= len(names):
            break
        if P_COLUMN.match(names[j]):
            p = P_CELL.match(cell)
            p_cell = (
                f"P {p['op'] or '='} {p['value']}"
                if p
                else ("not significant" if NS_CELL.match(cell) else None)
            )
            continue
        inside = [
            i
            for i in f.items
            if i.table == "measurements" and offset <= i.value.start < offset + len(cell)
        ]
        if not inside:  # "9 (22.0%)", "3.1%": a value the sentence's rules left out
            inside = _cell_own_value(f, cells[0], cell, offset, rules, lactmed)
        if _OWN_UNIT_CELL.match(cell) and len(inside) == 1 and any(c.isalpha() for c in names[j]):
            armed.append((inside[0], names[j]))
    if len(armed) < 2 or len({i.quantity.ucum for i, _ in armed}) != 1:
        return
    for item, name in armed:
        item.quantity.label, item.group, item.p_cell = "QTY_ROW", name, p_cell


# A cell's value with its own unit, alone or as a count's share: "3.1%", "9 (22.0%)".
_CELL_OWN_VALUE = re.compile(
    r"^\s*(?:\d+\s*\(\s*)?(?P<value>\d[\d.,]*)\s*(?P<unit>%|[a-zA-Z\u00b5/]{1,8})\s*\)?\s*$"
)


def _cell_own_value(
    f: SentenceFacts, label: str, cell: str, offset: int, rules: Rules, lactmed: bool
) -> list[Item]:
    """The value a cell gives with its own unit, where the sentence's rules left it out (a
    row has no words around its numbers to say what they are)."""
    m = _CELL_OWN_VALUE.match(cell)
    unit = rules.unit_forms.get(m["unit"].lower()) if m else None
    value = parse_digits(m["value"]) if m else None
    if m is None or unit is None or value is None:
        return []
    text = f.sentence.text
    made = table_item(
        text, offset + m.start("value"), value, unit, "table.cell_unit", rules, lactmed, None, label
    )
    if made is None:
        return []
    f.items.append(made)
    return [made]


def add_listed_value(
    f: SentenceFacts, m: re.Match[str], unit: UnitRule, rules: Rules, lactmed: bool
) -> None:
    """ "Day 1: 0.21" under "... milk levels (mcg/mL) were:": the value in the unit named."""
    value = parse_digits(m.group("value"))
    if value is None:
        return
    text = f.sentence.text
    item = table_item(
        text, m.start("value"), value, unit, "list.intro_unit", rules, lactmed, None, m["label"]
    )
    if item:
        f.items.append(item)
