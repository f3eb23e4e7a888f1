"""What a diff is made of: row changes (added, removed, changed field by field), the documents
they belong to, and their grouping by document and statement for the reports.

diff.py computes a Diff from two runs' tables; report_*.py show one; corrections.py reads the
unmatched corrections it carries."""

from __future__ import annotations

import bisect
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher
from typing import TYPE_CHECKING, SupportsInt

from pipeline.schema import EXTRACT_TABLES

if TYPE_CHECKING:
    from pipeline.review.corrections import Correction

Row = dict[str, object]
ADDED, REMOVED, CHANGED = "added", "removed", "changed"
KINDS = (ADDED, REMOVED, CHANGED)
DIFF_TABLES = tuple(t.name for t in EXTRACT_TABLES)  # statements first, then item tables
ITEM_TABLES = DIFF_TABLES[1:]


def row_id(table: str, row: Mapping[str, object]) -> str:
    return str(row["statement_id"] if table == "statements" else row["item_id"])


def cell_int(value: object) -> int:
    """An integer cell (an offset) as int: rows are dicts of object, read back from Parquet
    or JSON, so the checker cannot know the column's type."""
    if isinstance(value, (SupportsInt, str)):
        return int(value)
    raise TypeError(f"expected an integer cell, got {value!r}")


def same_value(a: object, b: object) -> bool:
    """Equality that treats NaN as equal to NaN and compares lists element-wise."""
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
        return True
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        return len(a) == len(b) and all(same_value(x, y) for x, y in zip(a, b, strict=True))
    return a == b


class OffsetMap:
    """Carries offsets in an old document text to the matching place in the new text."""

    def __init__(self, old: str | None, new: str | None) -> None:
        self.identity = old is None or new is None or old == new
        self._ops: list[tuple[str, int, int, int, int]] = []
        self._starts: list[int] = []
        self._old_len = len(old or "")
        self._new_len = len(new or "")
        if self.identity:
            return
        assert old is not None and new is not None
        # Edits are usually local: align only the middle between a common prefix and suffix.
        limit = min(len(old), len(new))
        p = 0
        while p < limit and old[p] == new[p]:
            p += 1
        s = 0
        while s < limit - p and old[-1 - s] == new[-1 - s]:
            s += 1
        mid_old, mid_new = old[p : len(old) - s], new[p : len(new) - s]
        ops = [("equal", 0, p, 0, p)] if p else []
        matcher = SequenceMatcher(None, mid_old, mid_new, autojunk=len(mid_old) > 20_000)
        ops += [(t, i1 + p, i2 + p, j1 + p, j2 + p) for t, i1, i2, j1, j2 in matcher.get_opcodes()]
        if s:
            ops.append(("equal", len(old) - s, len(old), len(new) - s, len(new)))
        self._ops = [op for op in ops if op[2] > op[1]]  # inserts cover no old offset
        self._starts = [op[1] for op in self._ops]
        self.edits = [op for op in ops if op[0] != "equal"]

    def start(self, offset: int) -> int:
        """New position of the character at `offset` (or of where it was, if it was deleted)."""
        if self.identity:
            return offset
        if offset >= self._old_len:
            return self._new_len + (offset - self._old_len)
        i = bisect.bisect_right(self._starts, offset) - 1
        tag, i1, _i2, j1, j2 = self._ops[max(i, 0)]
        if tag == "equal":
            return j1 + offset - i1
        if tag == "replace":
            return j1 + min(offset - i1, max(j2 - j1 - 1, 0))
        return j1  # deleted

    def end(self, offset: int) -> int:
        """New position for an exclusive end offset: just after the new place of its last char."""
        if self.identity or offset <= 0:
            return offset
        return self.start(offset - 1) + 1


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: object
    new: object


@dataclass(frozen=True)
class Change:
    """One row added, removed or changed in one table."""

    table: str
    kind: str
    old: Row | None
    new: Row | None
    fields: tuple[FieldChange, ...] = ()

    @property
    def row(self) -> Row:
        """The row to show: the new one, or the old one for a removal."""
        row = self.new if self.new is not None else self.old
        assert row is not None
        return row

    def _id_of(self, row: Row) -> str:
        return str(row["doc_id"]) if self.table == "documents" else row_id(self.table, row)

    @property
    def id(self) -> str:
        return self._id_of(self.row)

    @property
    def old_id(self) -> str | None:
        return None if self.old is None else self._id_of(self.old)

    @property
    def corrected(self) -> bool:
        return bool(self.new and self.new.get("corrected"))


@dataclass(frozen=True)
class DocumentPair:
    """A document as it was and as it is; key is the id it is grouped under (new id if any)."""

    key: str
    old: Row | None
    new: Row | None
    offsets: OffsetMap

    @property
    def row(self) -> Row:
        row = self.new if self.new is not None else self.old
        assert row is not None
        return row

    @property
    def label(self) -> str:
        row = self.row
        title = row.get("title") or row.get("drug")
        path = row.get("source_path") or self.key
        return f"{title} ({path})" if title else str(path)


@dataclass(frozen=True)
class Span:
    """An item's span inside the statement text shown for it (offsets relative to that text)."""

    start: int
    end: int
    change: Change


@dataclass
class StatementGroup:
    """A statement and the changes to it and to its items, for display."""

    key: str
    statement: Row  # new version, or the old one when the statement was removed
    change: Change | None = None
    items: list[Change] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)
    shown_is_new: bool = True

    @property
    def changes(self) -> list[Change]:
        return ([self.change] if self.change else []) + self.items

    @property
    def kinds(self) -> list[str]:
        present = {c.kind for c in self.changes}
        return [k for k in KINDS if k in present]


@dataclass
class DocumentGroup:
    pair: DocumentPair
    change: Change | None
    statements: list[StatementGroup]

    @property
    def changes(self) -> list[Change]:
        own = [self.change] if self.change else []
        return own + [c for s in self.statements for c in s.changes]

    def counts(self) -> dict[str, int]:
        out = dict.fromkeys(KINDS, 0)
        for c in self.changes:
            out[c.kind] += 1
        return out


@dataclass(frozen=True)
class UnmatchedCorrection:
    """A curator's correction whose target no run row has any more (see corrections.py)."""

    line: int
    id: str
    table: str
    action: str
    who: str
    why: str
    reason: str
    field: str | None = None
    value: object = None
    now_id: str | None = None  # where the old row went, if that is known
    candidates: tuple[dict[str, str], ...] = ()  # rows it may be now: {"id", "text"} each


@dataclass
class Diff:
    old_label: str
    new_label: str
    changes: list[Change]
    documents: dict[str, DocumentPair]
    groups: list[DocumentGroup]
    id_map: dict[str, str]  # old id -> new id for every matched row whose id moved
    unmatched_corrections: list[UnmatchedCorrection] = field(default_factory=list)
    notes: dict[str, list[str]] = field(default_factory=dict)  # row id -> curators' notes

    @property
    def has_differences(self) -> bool:
        return bool(self.changes or self.unmatched_corrections)

    def counts(self) -> dict[str, dict[str, int]]:
        """{table: {added, removed, changed}} for documents and every extraction table."""
        out = {t: dict.fromkeys(KINDS, 0) for t in ("documents", *DIFF_TABLES)}
        for c in self.changes:
            out[c.table][c.kind] += 1
        return out

    def totals(self) -> dict[str, int]:
        out = dict.fromkeys(KINDS, 0)
        for c in self.changes:
            out[c.kind] += 1
        return out

    def annotate(self, corrections: Iterable[Correction]) -> Diff:
        """Note on each changed row which curator correction (who, why) explains it."""
        ids = {c.id for c in self.changes}
        for c in corrections:
            rid = c.id if c.id in ids else self.id_map.get(c.id)  # re-anchored: its new id
            if rid in ids:
                what = "rejected" if c.action == "reject" else f"{c.field} set"
                self.notes.setdefault(rid, []).append(f"{what} by {c.who}: {c.why}")
        return self

    def with_unmatched(self, unmatched: Iterable[UnmatchedCorrection]) -> Diff:
        """Attach the new run's unmatched corrections, pointing each at its row's new id."""
        resolved = []
        for u in unmatched:
            now = self.id_map.get(u.id)
            resolved.append(u if now is None else replace(u, now_id=now))
        self.unmatched_corrections = resolved
        return self
