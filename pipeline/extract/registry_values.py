"""A registry's results written as labelled values: after a "Unit of Measure" line, each value
after its arm's or time's label ("Oxycodone: 11.1   Ibuprofen: 1.8"), one row compared across
its arms; on its own lines or inside a paragraph whose lines were joined."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.extract.numwords import parse_digits
from pipeline.extract.registry_results import unit_of_measure
from pipeline.extract.rules import Rules, UnitRule
from pipeline.extract.segment import SentenceFacts
from pipeline.extract.table_row_cells import table_item


def _labelled_values(text: str, rules: Rules) -> list[re.Match[str]]:
    """The "Label: value" pairs a line consists of, or none where the line says more."""
    pairs = list(rules.cue.labelled_value_pair.finditer(text))
    covered = sum(m.end() - m.start() for m in pairs)
    return pairs if pairs and covered >= len(text.rstrip(" .")) - 1 else []


def add_registry_values(
    facts: Sequence[SentenceFacts], text: str, rules: Rules, lactmed: bool
) -> None:
    """A registry's results: the values after a "Unit of Measure" line, each after its arm's
    or time's label ("Oxycodone: 11.1   Ibuprofen: 1.8"), one row compared across its arms.
    The unit holds for the value lines right after it (in place)."""
    unit: UnitRule | None = None
    waited = 0  # lines since the unit with no values
    took = False  # the last line gave values: the next without values ends them
    previous_end = 0
    for f in facts:
        s = f.sentence
        gap, previous_end = text[previous_end : s.char_start], s.char_end
        told = rules.cue.unit_of_measure.search(s.text) or (
            rules.cue.unit_of_measure.search(gap.strip().splitlines()[-1]) if gap.strip() else None
        )
        if not f.items and _add_inline_values(f, rules, lactmed):
            unit = None
            continue
        if told:
            unit, waited, took = unit_of_measure(told["unit"], rules), 0, False
            if told.string is s.text:
                continue
        if unit is None or f.items:
            unit = None if f.items else unit
            continue
        pairs = _labelled_values(s.text, rules)
        if not pairs:
            waited += 1
            unit = unit if waited <= 2 and not took else None
            took = False
            continue
        took = True
        _add_labelled(f, pairs, unit, rules, lactmed)
        waited = 0


def _add_labelled(
    f: SentenceFacts, pairs: list[re.Match[str]], unit: UnitRule, rules: Rules, lactmed: bool
) -> None:
    """Each "Label: value" pair's value as a result in the unit, the row compared across them."""
    for m in pairs:
        value = parse_digits(m["value"].lstrip("-"))
        if value is None:
            continue
        value = -value if m["value"].startswith("-") else value
        item = table_item(
            f.sentence.text,
            m.start("value"),
            value,
            unit,
            "registry.unit_of_measure",
            rules,
            lactmed,
            None,
            m["label"].strip(),
            result=True,
        )
        if item is not None:
            item.quantity.label = "QTY_ROW"
            f.items.append(item)


def _add_inline_values(f: SentenceFacts, rules: Rules, lactmed: bool) -> bool:
    """A "Unit of Measure" inside a paragraph whose lines were joined, then two or more
    "Label: value" pairs one after another: their values (True where some were added)."""
    text = f.sentence.text
    told = rules.cue.unit_of_measure_inline.search(text)
    if told is None or told.start() == 0:
        return False
    pairs: list[re.Match[str]] = []
    for m in rules.cue.registry_inline_pair.finditer(text, told.end()):
        if pairs and text[pairs[-1].end() : m.start()].strip():
            break
        pairs.append(m)
    unit = unit_of_measure(text[told.end() : pairs[0].start()], rules) if pairs else None
    if len(pairs) < 2 or unit is None:
        return False
    _add_labelled(f, pairs, unit, rules, lactmed)
    return True
