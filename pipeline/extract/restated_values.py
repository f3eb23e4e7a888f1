"""Results a statement gives again to set them side by side are the results it gave first:
"Baseline intake was 742, 729 and 751 mL/day. ... At 8 weeks ... 735 mL/day ... in the
progestin-only group it did not change (729 to 735 mL/day)". The comparison keeps its values,
on the rows the statement gave first."""

from __future__ import annotations

from typing import Any

Row = dict[str, Any]


def _key(row: Row) -> tuple:
    return tuple(
        row.get(k)
        for k in ("value", "value_high", "unit", "qualifier", "kind", "matrix", "analyte")
    )


def drop_restated(tables: dict[str, list[Row]], sentence_of: dict[int, int]) -> None:
    """Drop the results of a comparison whose every value repeats one an earlier sentence of
    the statement gave (its number, unit, kind, fluid and analyte alike), pointing the
    comparison at those rows. `sentence_of`: a row's char_start -> its sentence's index."""
    first: dict[tuple, tuple[str, int]] = {}
    earlier: dict[str, str] = {}  # a repeating row's id -> the first row's
    for row in tables["measurements"]:
        sentence = sentence_of.get(row["char_start"], -1)
        seen = first.get(_key(row))
        if seen is not None and seen[1] < sentence:
            earlier[row["item_id"]] = seen[0]
        else:
            first.setdefault(_key(row), (row["item_id"], sentence))
    dropped: set[str] = set()
    for c in tables["comparisons"]:
        ids = list(c["measurement_item_ids"])
        if ids and all(i in earlier for i in ids):
            dropped.update(ids)
            c["measurement_item_ids"] = [earlier[i] for i in ids]
    if dropped:
        tables["measurements"] = [r for r in tables["measurements"] if r["item_id"] not in dropped]
