"""The count a table cell's value is of: the one its column's heading gives ("Fenugreek (n=41)"),
or the one in its column on the table's count row ("Overall Number of Participants Analyzed |
47 | 48" above "Mean (SD), mL/day | 127 (81) | 92 (70)"). A trial registry's results tell each
outcome this way, and an outcome's values are of those analysed for it, not of all randomized."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from pipeline.extract.rules import Rules
from pipeline.extract.segment import SentenceFacts

if TYPE_CHECKING:
    from pipeline.extract.links import Group, Placed

_COLUMN_COUNT = re.compile(r"\(\s*n\s*=\s*(?P<n>\d+)\s*\)", re.I)
# compiled once (speed only): column_label reads every group's column header
_FROM_PAREN = re.compile(r"\s*\(.*")
_ARTICLE_OR_GROUP = re.compile(r"^(?:the|a|an)\s+|\s+(?:group|arm|cohort)s?$")


def column_label(header: str) -> str:
    """A column's header as an arm's label: "Examplol (n=40)" -> "examplol"."""
    label = _FROM_PAREN.sub("", header).strip().lower()
    return _ARTICLE_OR_GROUP.sub("", label)


def column_count(
    m: Placed, groups: list[Group], facts: Sequence[SentenceFacts] = (), rules: Rules | None = None
) -> Group | None:
    """The count a table cell's value is of: the count its column's heading gives, the group
    of that count named with the column's arm, else the one group of that count ("Of these,
    41 and 42 women, respectively, completed ..."). Given the statement's `facts` and rules,
    else the count in its column on a row above it in the same table, else on the last count
    row before it (a registry's outcome table that gives no count of its own is of those the
    outcome before it analysed)."""
    if m.item.quantity.label != "QTY_ROW" or not m.item.group:
        return None
    told = _COLUMN_COUNT.search(m.item.group)
    if told is None:
        if rules is None:
            return None
        return _count_row_above(m, groups, facts) or _last_count_row(m, groups, rules)
    counted = [g for g in groups if g.n == int(told["n"]) and g.order < m.order]
    label = column_label(m.item.group)
    named = [
        g for g in counted if label in g.facts.sentence.text[max(0, g.start - 50) : g.end].lower()
    ]
    if named:
        return named[-1]
    return counted[0] if len(counted) == 1 else None


def _count_row_above(
    m: Placed, groups: list[Group], facts: Sequence[SentenceFacts]
) -> Group | None:
    """ "| | Fenugreek | Placebo |", "| Overall Number of Participants Analyzed | 47 | 48 |",
    "| Mean (SD), mL/day | 127 (81) | 92 (70) |": the count in the value's column on a row
    of the same table above it (not a count in its own row: "27 (65.9%)" is a part)."""
    table = table_above(m.facts, facts)
    if not table:
        return None
    rows = {id(f) for f in table}
    label = column_label(m.item.group or "")
    above = [
        g
        for g in groups
        if id(g.facts) in rows
        and g.facts is not m.facts
        and g.column is not None
        and column_label(g.column) == label
    ]
    return above[-1] if above else None


# A cell that gives a count with its share, "19 (67.9%)": those who had the outcome.
_COUNT_SHARE_CELL = re.compile(r"\d\s*\(\s*\d[\d.]*\s*%\s*\)")


def _last_count_row(m: Placed, groups: list[Group], rules: Rules) -> Group | None:
    """The count in the value's column on the last row before it that counts the arms
    ("Number of participants analyzed | 28 | 27"; not "Count of participants (%) | 19 (67.9%)",
    which counts those with an outcome)."""
    label = column_label(m.item.group or "")
    rows = [
        g
        for g in groups
        if g.column is not None
        and g.order < m.order
        and column_label(g.column) == label
        and rules.cue.count_row_label.search(g.facts.sentence.text.split(" | ")[0])
        and not _COUNT_SHARE_CELL.search(g.facts.sentence.text)
    ]
    return rows[-1] if rows else None


def table_above(row: SentenceFacts, facts: Sequence[SentenceFacts]) -> list[SentenceFacts]:
    """The rows of `row`'s table above it, nearest first: the table rows right before it with
    as many cells."""
    at = next((k for k, f in enumerate(facts) if f is row), None)
    if at is None or row.sentence.block != "table_row":
        return []
    cells = row.sentence.text.count(" | ")
    table = []
    for f in reversed(facts[:at]):
        if f.sentence.block != "table_row" or f.sentence.text.count(" | ") != cells:
            break
        table.append(f)
    return table
