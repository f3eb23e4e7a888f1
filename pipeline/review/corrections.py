"""Curators' corrections (curated/corrections.jsonl), applied to every run's tables.

One JSON object per line, keyed by a row's stable id:

    {"id": "...", "table": "measurements", "action": "set", "field": "value", "value": 0.05,
     "who": "ana", "why": "the paper reports 0.05 mg/L", "date": "2025-03-01"}
    {"id": "...", "table": "doses", "action": "reject", "who": "ana", "why": "an age, not a dose",
     "date": "2025-03-01"}

"set" writes `value` into `field` and marks the row corrected=True. "reject" removes the row
from the tables (a rejected statement takes its items with it): analysts never see an item a
curator has ruled out, and the line in corrections.jsonl stays the record of who did it and why.
`correct` also writes an "anchor" (the record's source path, the statement's text and, for an
item, its text and place in the statement): ids hold the record's content hash, so a revised
record renames every row, and the anchor is how the run finds the same row again
(pipeline/review/anchors.py). A correction whose row cannot be found, or not unambiguously, is
returned as unmatched with the candidate rows, so the run, `diff` and `accept` list it instead of
losing it silently, and `correct --repoint` points it at the right row."""

from __future__ import annotations

import json
import os
import tempfile
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path

import pyarrow as pa

from pipeline.jsonl import json_objects
from pipeline.review.anchors import Anchor, Placement, place
from pipeline.review.changes import UnmatchedCorrection, row_id
from pipeline.runner.output import to_arrow
from pipeline.schema import EXTRACT_TABLES, TABLES

ACTIONS = ("reject", "set")
CORRECTABLE_TABLES = tuple(t.name for t in EXTRACT_TABLES)
# Columns that place or name a row: changing them would break ids and offsets, not fix a value.
PROTECTED_FIELDS = frozenset(
    {
        "item_id",
        "statement_id",
        "doc_id",
        "text",
        "page",
        "char_start",
        "char_end",
        "rule_id",
        "corrected",
    }
)
Row = dict[str, object]
_KEYS = {"id", "table", "action", "field", "value", "who", "why", "date", "anchor"}
# Written by the run next to the tables, read by `diff` and `accept`.
UNMATCHED_FILE = "unmatched_corrections.jsonl"


class CorrectionsError(ValueError):
    """The corrections file cannot be used as written; the message names the line."""


@dataclass(frozen=True)
class Correction:
    line: int
    id: str
    table: str
    action: str
    who: str
    why: str
    date: str
    field: str | None = None
    value: object = None
    anchor: Anchor | None = None

    def to_json(self) -> str:
        obj: dict[str, object] = {"id": self.id, "table": self.table, "action": self.action}
        if self.action == "set":
            obj.update(field=self.field, value=self.value)
        obj.update(who=self.who, why=self.why, date=self.date)
        if self.anchor is not None:
            obj["anchor"] = self.anchor.to_json()
        return json.dumps(obj, ensure_ascii=False)


def _parse_anchor(obj: object, table: str, where: str) -> Anchor | None:
    if obj is None:
        return None
    item = table != "statements"
    if (
        not isinstance(obj, dict)
        or set(obj) - {"source_path", "statement", "text", "offset"}
        or not isinstance(obj.get("source_path"), str)
        or not isinstance(obj.get("statement"), str)
        or (item and not isinstance(obj.get("text"), str))
        or (item and (not isinstance(obj.get("offset"), int) or isinstance(obj["offset"], bool)))
    ):
        needs = ', "text" and "offset"' if item else ""
        raise CorrectionsError(
            f'{where}: "anchor" must be an object with "source_path", "statement"{needs} '
            "(as `correct` writes it)"
        )
    if item:
        return Anchor(obj["source_path"], obj["statement"], obj["text"], obj["offset"])
    return Anchor(obj["source_path"], obj["statement"])


def _check_value(table: str, field: str, value: object, where: str) -> object:
    column = {c.name: c for c in TABLES[table].columns}[field]
    if value is None:
        if not column.nullable:
            raise CorrectionsError(f"{where}: {table}.{field} cannot be empty (null)")
        return None
    if isinstance(value, bool) and not pa.types.is_boolean(column.type):
        raise CorrectionsError(f"{where}: {table}.{field} takes a {column.type}, not true/false")
    try:
        checked = pa.scalar(value, type=column.type).as_py()
    except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError, OverflowError) as exc:
        raise CorrectionsError(
            f"{where}: {json.dumps(value)} is not a valid {table}.{field} ({column.type})"
        ) from exc
    if column.codes and checked not in column.codes:
        raise CorrectionsError(
            f"{where}: {json.dumps(value)} is not a {table}.{field} code: {', '.join(column.codes)}"
        )
    return checked


def parse_correction(obj: object, line: int, source: str = "corrections") -> Correction:
    """One decoded JSON line -> a validated Correction (CorrectionsError names what is wrong)."""
    where = f"{source} line {line}"
    if not isinstance(obj, dict):
        raise CorrectionsError(f"{where}: expected a JSON object")
    unknown = sorted(set(obj) - _KEYS)
    if unknown:
        raise CorrectionsError(f"{where}: unknown key(s) {', '.join(unknown)}")
    for key in ("id", "table", "action", "who", "why", "date"):
        if not isinstance(obj.get(key), str) or not obj[key].strip():
            raise CorrectionsError(f"{where}: {key!r} is required (a non-empty string)")
    table, action = obj["table"], obj["action"]
    if table not in CORRECTABLE_TABLES:
        raise CorrectionsError(
            f"{where}: table {table!r} is not one of {', '.join(CORRECTABLE_TABLES)}"
        )
    if action not in ACTIONS:
        raise CorrectionsError(f"{where}: action {action!r} is not 'reject' or 'set'")
    try:
        date.fromisoformat(obj["date"])
    except ValueError as exc:
        raise CorrectionsError(f"{where}: date {obj['date']!r} is not YYYY-MM-DD") from exc
    field, value = obj.get("field"), obj.get("value")
    if action == "set":
        if field not in TABLES[table].column_names:
            raise CorrectionsError(f"{where}: {table} has no column {field!r}")
        if field in PROTECTED_FIELDS:
            raise CorrectionsError(
                f"{where}: {field!r} places or names the row and cannot be set; "
                "reject the row instead if it is wrong"
            )
        if "value" not in obj:
            raise CorrectionsError(f"{where}: a 'set' correction needs a 'value'")
        value = _check_value(table, field, value, where)
    elif field is not None or "value" in obj:
        raise CorrectionsError(f"{where}: a 'reject' correction takes no field or value")
    anchor = _parse_anchor(obj.get("anchor"), table, where)
    return Correction(
        line, obj["id"], table, action, obj["who"], obj["why"], obj["date"], field, value, anchor
    )


def _without_dangling_links(tables: dict[str, list[Row]]) -> dict[str, list[Row]]:
    """A rejected dose, group or result leaves no link pointing at it: the links to it become
    null (a comparison keeps its values, with a null in place of the rejected result's id)."""
    kept = {
        name: {row.get("item_id") for row in tables.get(name, [])}
        for name in ("doses", "populations", "measurements")
    }
    links = {"dose_item_id": "doses", "population_item_id": "populations"}

    def fixed(row: Row) -> Row:
        changes: dict[str, object] = {
            column: None
            for column, target in links.items()
            if row.get(column) is not None and row.get(column) not in kept[target]
        }
        ids = row.get("measurement_item_ids")
        if isinstance(ids, list) and any(i not in kept["measurements"] for i in ids):
            changes["measurement_item_ids"] = [
                i if i in kept["measurements"] else None for i in ids
            ]
        return {**row, **changes} if changes else row

    return {
        name: [fixed(r) for r in rows] if name in ("measurements", "comparisons") else rows
        for name, rows in tables.items()
    }


def load_corrections(path: Path | None) -> list[Correction]:
    """The corrections file, validated; a missing file (or None) means no corrections."""
    if path is None or not path.exists():
        return []
    text = path.read_text(encoding="utf-8")
    return [
        parse_correction(obj, number, str(path))
        for number, obj in json_objects(text, str(path), CorrectionsError)
    ]


NO_ROW = (
    "no row has this id in this run and no document in it has the id's record or the "
    "anchor's source path"
)


def _unmatched(c: Correction, placement: Placement | None) -> UnmatchedCorrection:
    if placement is not None:
        reason = placement.reason
    elif c.anchor is None:
        reason = (
            "no row has this id in this run, and the line has no anchor (written by hand?) "
            "to find its row by in a revised record"
        )
    else:
        reason = NO_ROW
    candidates = placement.candidates if placement else ()
    now = candidates[0].id if len(candidates) == 1 else None
    return UnmatchedCorrection(
        c.line,
        c.id,
        c.table,
        c.action,
        c.who,
        c.why,
        reason,
        c.field,
        c.value,
        now,
        tuple(x.to_json() for x in candidates),
    )


class Corrector:
    """Applies corrections to one document's rows at a time (the run streams documents): to
    the row with the correction's id, or else to the row its anchor finds in a revised record
    (re-anchored). Remembers what happened to each, so the end of the run can say how many
    were applied, re-anchored and could not be placed."""

    def __init__(self, corrections: list[Correction]) -> None:
        self.corrections = corrections
        self._matched: set[int] = set()  # indexes into corrections: found by their own id
        self._moved: dict[int, tuple[str, str]] = {}  # re-anchored: (new id, how)
        self._tried: dict[int, Placement] = {}  # looked for in a revised record, not placed

    @classmethod
    def from_file(cls, path: Path | None) -> Corrector:
        return cls(load_corrections(path))

    def _targets(self, tables: Mapping[str, list[Row]]) -> dict[tuple[str, str], list[Correction]]:
        """(table, row id) -> the corrections that apply to that row of these documents."""
        present = {n: {row_id(n, r) for r in tables.get(n, [])} for n in CORRECTABLE_TABLES}
        documents = [(str(r["doc_id"]), r.get("source_path")) for r in tables.get("documents", [])]
        if not documents:  # rows without their documents table: known by the ids' hashes only
            ids = {str(r["doc_id"]) for r in tables.get("statements", [])}
            documents = [(doc_id, None) for doc_id in sorted(ids)]
        targets: dict[tuple[str, str], list[Correction]] = defaultdict(list)
        for i, c in enumerate(self.corrections):
            if c.id in present.get(c.table, ()):
                self._matched.add(i)
                targets[(c.table, c.id)].append(c)
                continue
            if i in self._matched:  # its own row was in an earlier document of this run
                continue
            for doc_id, path in documents:
                ours = c.id.startswith(f"{doc_id}-")
                if not ours and not (c.anchor and path and c.anchor.source_path == path):
                    continue
                if c.anchor is None:
                    self._tried[i] = Placement(
                        None, "the line has no anchor to find its row by in a changed record"
                    )
                    continue
                rows = {
                    n: [r for r in tables.get(n, []) if r["doc_id"] == doc_id]
                    for n in {"statements", c.table}
                }
                found = place(c.anchor, c.table, rows)
                if found.new_id is None:
                    self._tried[i] = found
                else:
                    self._moved[i] = (found.new_id, found.reason)
                    targets[(c.table, found.new_id)].append(c)
        return targets

    def apply(self, tables: Mapping[str, list[Row]]) -> dict[str, list[Row]]:
        """Rows per table -> corrected rows per table (other tables passed through).

        Corrections apply in file order, so a later 'set' of the same field wins; a row with
        any 'reject' is dropped, and a rejected statement drops its items."""
        if not self.corrections:
            return dict(tables)
        found = self._targets(tables)
        out = dict(tables)
        dropped: set[object] = set()
        for name in CORRECTABLE_TABLES:  # statements first, so their items can follow them
            if name not in tables:
                continue
            kept = []
            for row in tables[name]:
                rid = row_id(name, row)
                targets = found.get((name, rid), [])
                if name != "statements" and row.get("statement_id") in dropped:
                    continue
                if not targets:
                    kept.append(row)
                    continue
                if any(c.action == "reject" for c in targets):
                    if name == "statements":
                        dropped.add(rid)
                    continue
                row = dict(row)
                for c in targets:
                    row[c.field] = c.value  # type: ignore[index]
                row["corrected"] = True
                kept.append(row)
            out[name] = kept
        return _without_dangling_links(out)

    def reanchored(self) -> list[tuple[Correction, str, str]]:
        """(correction, new id, how it was found) for each correction that followed its row."""
        return [
            (c, *self._moved[i])
            for i, c in enumerate(self.corrections)
            if i in self._moved and i not in self._matched
        ]

    def unmatched(self) -> list[UnmatchedCorrection]:
        """Corrections placed on no row in anything apply() has seen, with their candidates."""
        return [
            _unmatched(c, self._tried.get(i))
            for i, c in enumerate(self.corrections)
            if i not in self._matched and i not in self._moved
        ]

    def report(self) -> list[str]:
        """The run's lines: each re-anchoring, each correction not placed, then the counts."""
        lines = [
            f"corrections line {c.line}: re-anchored {c.table} {c.id} -> {new} ({how}; "
            "the record changed)"
            for c, new, how in self.reanchored()
        ]
        unplaced = self.unmatched()
        lines += [f"error: {describe_unmatched(u)}" for u in unplaced]
        applied = len(self._matched)
        lines.append(
            f"corrections: {applied} applied as recorded, {len(self.reanchored())} re-anchored, "
            f"{len(unplaced)} could not be placed"
            + (
                f" (see {UNMATCHED_FILE}; fix with `correct OLD_ID --repoint NEW_ID`)"
                if unplaced
                else ""
            )
        )
        return lines if self.corrections else []


def apply_corrections(
    tables: Mapping[str, pa.Table], corrections_path: Path | None
) -> tuple[dict[str, pa.Table], list[UnmatchedCorrection]]:
    """A whole run's Arrow tables -> corrected tables and the corrections that matched no row
    (corrections_path missing or None: nothing to do)."""
    corrector = Corrector.from_file(corrections_path)
    out = dict(tables)
    if not corrector.corrections:
        return out, []
    names = [n for n in CORRECTABLE_TABLES if n in tables]
    corrected = corrector.apply({n: tables[n].to_pylist() for n in names})
    for name in names:
        out[name] = to_arrow(TABLES[name], corrected[name])
    return out, corrector.unmatched()


def write_unmatched(out_dir: Path, unmatched: list[UnmatchedCorrection]) -> Path:
    """Record the unmatched corrections next to the run's tables (an empty file when none),
    so `diff` and `accept` can list them later; replaced atomically."""
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / UNMATCHED_FILE
    fd, tmp = tempfile.mkstemp(prefix=".unmatched-", dir=out_dir)
    with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
        for u in unmatched:
            fh.write(json.dumps(asdict(u), ensure_ascii=False) + "\n")
    os.replace(tmp, target)
    return target


def read_unmatched(out_dir: Path) -> list[UnmatchedCorrection]:
    path = out_dir / UNMATCHED_FILE
    if not path.is_file():
        return []
    out = []
    for line in path.read_text(encoding="utf-8").split("\n"):
        if line.strip():
            obj = json.loads(line)
            obj["candidates"] = tuple(obj.get("candidates", ()))
            out.append(UnmatchedCorrection(**obj))
    return out


def describe_unmatched(u: UnmatchedCorrection) -> str:
    what = f"set {u.field} = {json.dumps(u.value)}" if u.action == "set" else "reject"
    if u.now_id:
        where = (
            f"; the row is probably now {u.now_id}: "
            f"`python -m pipeline correct {u.id} --repoint {u.now_id}`"
        )
    elif u.candidates:
        listed = ", ".join(
            f"{c['id']} ({json.dumps(c['text'], ensure_ascii=False)})" for c in u.candidates
        )
        where = (
            f"; candidates: {listed}; "
            f"re-point it with `python -m pipeline correct {u.id} --repoint NEW_ID`"
        )
    else:
        where = "; no candidate row: delete the line if the row is gone"
    return (
        f"corrections line {u.line}: {what} on {u.table} {u.id} (by {u.who}: {u.why}) "
        f"could not be placed: {u.reason}{where}"
    )
