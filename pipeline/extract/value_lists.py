"""Values listed for one measure: "0.7 and 0.5 mg/L", "35% and 70%", "6.1, 11.8 and 17.5 mg/L",
each with its spread ("12.3 ng/mL (IQR 8 to 15) and 9.1 ng/mL (IQR 6 to 11)") or after its count
("21 of 32 (66%), 24 of 33 (73%) and 9 of 31 (29%)")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipeline.extract.sentence_items import Item

LIST_JOIN = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+|or\s+)$")
# A value's spread in parentheses before the next value of a list: "12.3 ng/mL (IQR 8 to 15) and
# 9.1 ng/mL (IQR 6 to 11)".
_SPREAD_AFTER = re.compile(
    r"^\s*\(\s*(?:IQR|interquartile|range|95\s*%\s*CI|CI|SD|SE|s\.d\.)\b[^()]*\)", re.I
)


# Shares each after its count: "21 of 32 (66%), 24 of 33 (73%) and 9 of 31 (29%)", "6 (19%),
# 4 (13%) and 3 (9%)".
_COUNT_BETWEEN = re.compile(
    r"^\s*\)\s*(,\s*(?:and\s+)?|and\s+|or\s+)(?:by\s+)?\d+\s*(?:(?:of|/)\s*\d+\s*)?\(\s*$"
)


def _joined_list(between: str) -> bool:
    between = _COUNT_BETWEEN.sub(r"\1", _SPREAD_AFTER.sub("", between))
    return bool(LIST_JOIN.match(between))


def listed_values(text: str, ms: list[Item]) -> list[list[Item]]:
    """Values listed for "respectively": "0.7 and 0.5 mg/L", "35% and 70%", "6.1, 11.8 and
    17.5 mg/L" - consecutive single values of one unit joined by commas or "and"."""
    runs: list[list[Item]] = []
    for item in ms:
        if runs:
            prev = runs[-1][-1]
            joined = prev.quantity is item.quantity or (
                prev.quantity.ucum == item.quantity.ucum
                and _joined_list(text[prev.value.end : item.value.start])
            )
            if joined:
                runs[-1].append(item)
                continue
        runs.append([item])
    return [r for r in runs if len(r) >= 2]
