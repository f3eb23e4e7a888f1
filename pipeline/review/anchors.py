"""Where a correction's row went when its record was revised.

Ids hold the document's content hash, so any edit to a record renames every row in it. A
correction therefore also records an anchor: the record's source path, its statement's text
and, for an item, the item's text and where it starts within that statement. A row of a later
run is the same row when its document has that path (or the id's document hash), its statement
has that text and, for an item, it has the same text at the same place in the statement. One
such row: the correction follows it. Several, or none: the correction is not placed, and the
closest rows are offered as candidates for `correct --repoint`."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from pipeline.review.changes import Row, cell_int, row_id

SIMILAR = 0.6  # statements at least this alike (difflib ratio) are offered when none is equal
MAX_CANDIDATES = 5


@dataclass(frozen=True)
class Anchor:
    source_path: str
    statement: str  # the statement's text
    text: str | None = None  # an item's text (None: the correction is on a statement)
    offset: int | None = None  # an item's start minus its statement's start

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {"source_path": self.source_path, "statement": self.statement}
        if self.text is not None:
            out.update(text=self.text, offset=self.offset)
        return out


def anchor_of(table: str, row: Row, statement: Row, source_path: str) -> Anchor:
    """The anchor of `row` (a statement, or an item with its `statement`)."""
    if table == "statements":
        return Anchor(source_path, str(row["text"]))
    offset = cell_int(row["char_start"]) - cell_int(statement["char_start"])
    return Anchor(source_path, str(statement["text"]), str(row["text"]), offset)


@dataclass(frozen=True)
class Candidate:
    id: str
    text: str

    def to_json(self) -> dict[str, str]:
        return {"id": self.id, "text": self.text}


@dataclass(frozen=True)
class Placement:
    """The outcome of looking for an anchored row in one document's rows."""

    new_id: str | None  # the one row that matches
    reason: str  # why it was or was not placed, for the run's messages
    candidates: tuple[Candidate, ...] = ()


def _candidates(rows: Sequence[Row], table: str) -> tuple[Candidate, ...]:
    return tuple(Candidate(row_id(table, r), str(r["text"])) for r in rows[:MAX_CANDIDATES])


def _similar_statements(statements: Sequence[Row], text: str) -> list[Row]:
    scored = []
    for s in statements:
        ratio = SequenceMatcher(None, text, str(s["text"]), autojunk=False).ratio()
        if ratio >= SIMILAR:
            scored.append((-ratio, cell_int(s["char_start"]), s))
    return [s for *_, s in sorted(scored, key=lambda x: x[:2])]


def place(anchor: Anchor, table: str, tables: Mapping[str, Sequence[Row]]) -> Placement:
    """Find the row `anchor` names among one document's rows (statements and `table`)."""
    statements = list(tables.get("statements", []))
    same = [s for s in statements if s["text"] == anchor.statement]
    if table == "statements":
        if len(same) == 1:
            return Placement(row_id(table, same[0]), "same statement text")
        if same:
            return Placement(
                None, f"{len(same)} statements have its text", _candidates(same, table)
            )
        similar = _similar_statements(statements, anchor.statement)
        return Placement(None, "no statement has its text any more", _candidates(similar, table))
    items = list(tables.get(table, []))
    starts = {s["statement_id"]: cell_int(s["char_start"]) for s in same}
    found = [
        r
        for r in items
        if r["statement_id"] in starts
        and r["text"] == anchor.text
        and cell_int(r["char_start"]) - starts[r["statement_id"]] == anchor.offset
    ]
    if len(found) == 1:
        return Placement(
            row_id(table, found[0]), "same statement text, same item text at the same place"
        )
    if found:
        return Placement(None, f"{len(found)} rows match it", _candidates(found, table))
    # Offer the rows with the item's text, those in the statements most like the old one first.
    order = {
        s["statement_id"]: n
        for n, s in enumerate(same + _similar_statements(statements, anchor.statement))
    }
    alike = sorted(
        (r for r in items if r["text"] == anchor.text),
        key=lambda r: (order.get(r["statement_id"], len(order)), cell_int(r["char_start"])),
    )
    reason = (
        "its statement is still there but no such item in it"
        if same
        else "no statement has its text any more (reworded or removed)"
    )
    return Placement(None, reason, _candidates(alike, table))
