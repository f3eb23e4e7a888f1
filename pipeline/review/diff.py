"""Two runs' tables -> a Diff: what was added, removed and changed, row by row and field by field.

Rows are matched by their stable ids first. Ids are built from the document's content hash and
span offsets, so a revised record (new bytes) or a moved statement boundary renames rows that
are still the same item; those are matched next by position (offsets carried across the text
edit with difflib) and then by overlapping spans. A matched pair whose fields differ is one
change shown field by field (0.5 -> 0.05 is a change, not a removal plus an addition).

Pure: tables in, Diff out; loading and reporting live elsewhere."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence

import pyarrow as pa

from pipeline.review.changes import (
    ADDED,
    CHANGED,
    DIFF_TABLES,
    ITEM_TABLES,
    REMOVED,
    Change,
    Diff,
    DocumentGroup,
    DocumentPair,
    FieldChange,
    OffsetMap,
    Row,
    Span,
    StatementGroup,
    cell_int,
    row_id,
    same_value,
)
from pipeline.review.textdiff import TextHunk, word_hunks
from pipeline.schema import TABLES

# Document columns worth showing when a record changes (its text is summarised as edits).
_DOC_FIELDS = ("doc_id", "source_path", "title", "drug", "revised", "cas", "n_pages", "n_chars")


# ---------------------------------------------------------------------------------------------
# Matching


class _Docs:
    """Document pairing: by doc_id, then by source_path (a revised record keeps its path)."""

    def __init__(self, old: Sequence[Row], new: Sequence[Row]) -> None:
        old_by_id = {str(r["doc_id"]): r for r in old}
        new_by_id = {str(r["doc_id"]): r for r in new}
        self.pairs: dict[str, DocumentPair] = {}
        self.old_key: dict[str, str] = {}
        self.new_key: dict[str, str] = {}
        paired_old: set[str] = set()
        unpaired_new: list[str] = []
        for doc_id, row in new_by_id.items():
            if doc_id in old_by_id:
                self._pair(doc_id, old_by_id[doc_id], row)
                paired_old.add(doc_id)
            else:
                unpaired_new.append(doc_id)
        old_by_path: dict[object, list[str]] = defaultdict(list)
        for doc_id, row in old_by_id.items():
            if doc_id not in paired_old:
                old_by_path[row.get("source_path")].append(doc_id)
        for doc_id in unpaired_new:
            candidates = old_by_path.get(new_by_id[doc_id].get("source_path"), [])
            if len(candidates) == 1:
                old_id = candidates.pop()
                self._pair(old_id, old_by_id[old_id], new_by_id[doc_id])
                paired_old.add(old_id)
            else:
                self._pair(None, None, new_by_id[doc_id])
        for doc_id, row in old_by_id.items():
            if doc_id not in paired_old:
                self._pair(doc_id, row, None)

    def _pair(self, old_id: str | None, old: Row | None, new: Row | None) -> None:
        key = str(new["doc_id"]) if new is not None else str(old_id)
        offsets = OffsetMap(
            old.get("text") if old else None,  # type: ignore[arg-type]
            new.get("text") if new else None,  # type: ignore[arg-type]
        )
        self.pairs[key] = DocumentPair(key, old, new, offsets)
        if old is not None:
            self.old_key[str(old["doc_id"])] = key
        if new is not None:
            self.new_key[str(new["doc_id"])] = key

    def key_of(self, side: str, doc_id: object) -> str:
        keys = self.old_key if side == "old" else self.new_key
        key = keys.get(str(doc_id))
        if key is None:  # a row whose document is missing from the documents table
            key = keys[str(doc_id)] = str(doc_id)
            self.pairs.setdefault(key, DocumentPair(key, None, None, OffsetMap(None, None)))
        return key

    def offsets(self, key: str) -> OffsetMap:
        return self.pairs[key].offsets


def _span_new(docs: _Docs, side: str, row: Row) -> tuple[str, int, int]:
    """(document key, start, end) of a row in the new run's coordinates."""
    key = docs.key_of(side, row["doc_id"])
    start, end = cell_int(row["char_start"]), cell_int(row["char_end"])
    if side == "old":
        m = docs.offsets(key)
        start, end = m.start(start), max(m.end(end), m.start(start))
    return key, start, end


def _match(
    table: str, old_rows: Sequence[Row], new_rows: Sequence[Row], docs: _Docs
) -> tuple[list[tuple[Row, Row]], list[Row], list[Row]]:
    """Pair old and new rows: same id, then same start in the same document, then overlap."""
    new_by_id = {row_id(table, r): r for r in new_rows}
    pairs: list[tuple[Row, Row]] = []
    left_old: list[Row] = []
    used: set[str] = set()
    for r in old_rows:
        rid = row_id(table, r)
        if rid in new_by_id and rid not in used:
            pairs.append((r, new_by_id[rid]))
            used.add(rid)
        else:
            left_old.append(r)
    left_new = [r for r in new_rows if row_id(table, r) not in used]
    if not left_old or not left_new:
        return pairs, left_old, left_new

    # Same document, same start (in new coordinates): the id the row would have had.
    by_start: dict[tuple[str, int], list[Row]] = defaultdict(list)
    for r in sorted(left_new, key=lambda r: (cell_int(r["char_end"]), row_id(table, r))):
        key, start, _ = _span_new(docs, "new", r)
        by_start[(key, start)].append(r)
    still_old = []
    for r in sorted(left_old, key=lambda r: (cell_int(r["char_end"]), row_id(table, r))):
        key, start, _ = _span_new(docs, "old", r)
        bucket = by_start.get((key, start))
        if bucket:
            pairs.append((r, bucket.pop(0)))
        else:
            still_old.append(r)
    still_new = [r for bucket in by_start.values() for r in bucket]

    # Overlapping spans in the same document: a boundary moved (greedy, largest overlap first).
    candidates = []
    new_spans: dict[str, list[tuple[int, int, Row]]] = defaultdict(list)
    for r in still_new:
        nkey, ns, ne = _span_new(docs, "new", r)
        new_spans[nkey].append((ns, ne, r))
    for o in still_old:
        okey, os_, oe = _span_new(docs, "old", o)
        for ns, ne, n in new_spans.get(okey, []):
            overlap = min(oe, ne) - max(os_, ns)
            if overlap > 0:
                candidates.append((-overlap, os_, ns, row_id(table, o), row_id(table, n), o, n))
    candidates.sort(key=lambda c: c[:5])
    taken_old: set[str] = set()
    taken_new: set[str] = set()
    for _, _, _, oid, nid, o, n in candidates:
        if oid in taken_old or nid in taken_new:
            continue
        taken_old.add(oid)
        taken_new.add(nid)
        pairs.append((o, n))
    left_old = [r for r in still_old if row_id(table, r) not in taken_old]
    left_new = [r for r in still_new if row_id(table, r) not in taken_new]
    return pairs, left_old, left_new


# Columns that hold other rows' ids (gold format version 2's links).
LINK_COLUMNS = frozenset({"dose_item_id", "population_item_id", "measurement_item_ids"})


def _mapped(value: object, id_map: Mapping[str, str]) -> object:
    """An old run's id (or list of ids) as the new run names the same row."""
    if isinstance(value, str):
        return id_map.get(value, value)
    if isinstance(value, (list, tuple)):
        return [id_map.get(v, v) if isinstance(v, str) else v for v in value]
    return value


def _field_changes(
    table: str, old: Row, new: Row, docs: _Docs, statement_map: Mapping[str, str]
) -> tuple[FieldChange, ...]:
    offsets = docs.offsets(docs.key_of("old", old["doc_id"]))
    out = []
    for col in TABLES[table].column_names:
        if col in ("item_id", "doc_id") or (table == "statements" and col == "statement_id"):
            continue  # ids are how rows were matched, not what changed
        o, n = old.get(col), new.get(col)
        if col == "statement_id":
            same = statement_map.get(str(o), str(o)) == n
        elif col in LINK_COLUMNS:  # an id of a row of the same run: compare through the map
            same = same_value(_mapped(o, statement_map), n)
        elif col == "char_start" and o is not None:
            same = offsets.start(cell_int(o)) == n
        elif col == "char_end" and o is not None:
            same = offsets.end(cell_int(o)) == n
        else:
            same = same_value(o, n)
        if not same:
            out.append(FieldChange(col, o, n))
    return tuple(out)


def _document_changes(docs: _Docs) -> list[Change]:
    out = []
    for pair in docs.pairs.values():
        if pair.old is None and pair.new is None:
            continue
        if pair.old is None:
            out.append(Change("documents", ADDED, None, pair.new))
        elif pair.new is None:
            out.append(Change("documents", REMOVED, pair.old, None))
        else:
            fields = [
                FieldChange(f, pair.old.get(f), pair.new.get(f))
                for f in (*_DOC_FIELDS, "text")
                if not same_value(pair.old.get(f), pair.new.get(f))
            ]
            if fields:
                out.append(Change("documents", CHANGED, pair.old, pair.new, tuple(fields)))
    return out


def text_edits(pair: DocumentPair, limit: int = 5) -> list[TextHunk]:
    """Where a revised document's text changed: word-level hunks of its old and new text."""
    if pair.old is None or pair.new is None or pair.offsets.identity:
        return []
    return word_hunks(str(pair.old["text"]), str(pair.new["text"]), limit=limit)


# ---------------------------------------------------------------------------------------------
# The diff


def _rows(tables: Mapping[str, pa.Table | Sequence[Row]], name: str) -> list[Row]:
    t = tables.get(name)
    if t is None:
        return []
    return t.to_pylist() if isinstance(t, pa.Table) else [dict(r) for r in t]


def compute_diff(
    old: Mapping[str, pa.Table | Sequence[Row]],
    new: Mapping[str, pa.Table | Sequence[Row]],
    old_label: str = "old",
    new_label: str = "new",
) -> Diff:
    """Compare two runs' documents and extraction tables (Arrow tables or lists of row dicts)."""
    docs = _Docs(_rows(old, "documents"), _rows(new, "documents"))
    changes = _document_changes(docs)
    id_map: dict[str, str] = {}
    for a, b in docs.pairs.items():
        if b.old is not None and b.new is not None and b.old["doc_id"] != b.new["doc_id"]:
            id_map[str(b.old["doc_id"])] = a
    statement_map: dict[str, str] = {}
    old_statements = {row_id("statements", r): r for r in _rows(old, "statements")}
    new_statements = {row_id("statements", r): r for r in _rows(new, "statements")}
    for table in DIFF_TABLES:
        old_rows, new_rows = _rows(old, table), _rows(new, table)
        pairs, removed, added = _match(table, old_rows, new_rows, docs)
        for o, n in pairs:
            oid, nid = row_id(table, o), row_id(table, n)
            statement_map[oid] = nid  # every matched row: links in later tables follow it
            if oid != nid:
                id_map[oid] = nid
        for o, n in pairs:
            fields = _field_changes(table, o, n, docs, statement_map)
            if fields:
                changes.append(Change(table, CHANGED, o, n, fields))
        changes += [Change(table, REMOVED, r, None) for r in removed]
        changes += [Change(table, ADDED, None, r) for r in added]
    groups = _group(changes, docs, old_statements, new_statements, statement_map)
    ordered = [c for g in groups for c in g.changes]
    return Diff(old_label, new_label, ordered, docs.pairs, groups, id_map)


# ---------------------------------------------------------------------------------------------
# Grouping by document and statement, with spans placed in the statement text shown


def _group(
    changes: list[Change],
    docs: _Docs,
    old_statements: Mapping[str, Row],
    new_statements: Mapping[str, Row],
    statement_map: Mapping[str, str],
) -> list[DocumentGroup]:
    doc_changes: dict[str, Change] = {}
    statements: dict[str, dict[str, StatementGroup]] = defaultdict(dict)

    def group_for(key: str, statement_id: str, side: str) -> StatementGroup | None:
        groups = statements[key]
        if statement_id not in groups:
            row = (new_statements if side == "new" else old_statements).get(statement_id)
            if row is None:
                return None
            groups[statement_id] = StatementGroup(statement_id, row, shown_is_new=side == "new")
        return groups[statement_id]

    orphans: dict[str, list[Change]] = defaultdict(list)
    for c in changes:
        if c.table == "documents":
            key = docs.key_of("new" if c.new is not None else "old", c.row["doc_id"])
            doc_changes[key] = c
            continue
        side = "new" if c.new is not None else "old"
        key = docs.key_of(side, c.row["doc_id"])
        if c.table == "statements":
            g = group_for(key, c.id, side)
            if g is not None:
                g.change = c
            continue
        sid = str(c.row["statement_id"])
        if side == "old" and sid in statement_map:
            sid, side = statement_map[sid], "new"
        g = group_for(key, sid, side)
        if g is None:
            orphans[key].append(c)  # an item whose statement is not in the table: still listed
            continue
        g.items.append(c)

    def doc_order(key: str) -> tuple[str, str]:
        pair = docs.pairs[key]
        known = pair.old is not None or pair.new is not None
        return (str(pair.row.get("source_path") or "") if known else "", key)

    def item_order(c: Change) -> tuple[int, int, str]:
        return (ITEM_TABLES.index(c.table), cell_int(c.row["char_start"]), c.id)

    out = []
    for key in sorted(set(doc_changes) | set(statements) | set(orphans), key=doc_order):
        groups = sorted(
            statements[key].values(),
            key=lambda g: (cell_int(g.statement["char_start"]), g.key),
        )
        for g in groups:
            g.items.sort(key=item_order)
            g.spans = _spans(g, docs.offsets(key))
        if orphans.get(key):
            stub = StatementGroup("(no statement)", {"text": "", "char_start": 0, "char_end": 0})
            stub.items = orphans[key]
            groups.append(stub)
        out.append(DocumentGroup(docs.pairs[key], doc_changes.get(key), groups))
    return out


def _spans(group: StatementGroup, offsets: OffsetMap) -> list[Span]:
    """Each item's span relative to the statement text shown (removed items carried across)."""
    base = cell_int(group.statement["char_start"])
    length = len(str(group.statement.get("text") or ""))
    out = []
    for c in group.items:
        row = c.row
        start, end = cell_int(row["char_start"]), cell_int(row["char_end"])
        if c.new is None and group.shown_is_new:
            start, end = offsets.start(start), offsets.end(end)
        start, end = start - base, end - base
        if 0 <= start < end <= length:
            out.append(Span(start, end, c))
    return out
