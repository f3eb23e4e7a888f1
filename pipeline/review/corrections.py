"""Curators' corrections (curated/corrections.jsonl), applied to every run's tables.

One JSON object per line, keyed by a row's stable id:

    {"id": "...", "table": "measurements", "action": "set", "field": "value", "value": 0.05,
     "who": "ana", "why": "the paper reports 0.05 mg/L", "date": "2025-03-01"}
    {"id": "...", "table": "doses", "action": "reject", "who": "ana", "why": "an age, not a dose",
     "date": "2025-03-01"}

"set" writes `value` into `field` and marks the row corrected=True. "reject" removes the row
from the tables (a rejected statement takes its items with it): analysts never see an item a
curator has ruled out, and the line in corrections.jsonl stays the record of who did it and why.
A correction whose id no row has any more (a rule or the record changed) is returned as
unmatched, so the run and `diff` can list it instead of losing it silently."""

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
_KEYS = {"id", "table", "action", "field", "value", "who", "why", "date"}
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

    def to_json(self) -> str:
        obj: dict[str, object] = {"id": self.id, "table": self.table, "action": self.action}
        if self.action == "set":
            obj.update(field=self.field, value=self.value)
        obj.update(who=self.who, why=self.why, date=self.date)
        return json.dumps(obj, ensure_ascii=False)


def _check_value(table: str, field: str, value: object, where: str) -> object:
    column = {c.name: c for c in TABLES[table].columns}[field]
    if value is None:
        if not column.nullable:
            raise CorrectionsError(f"{where}: {table}.{field} cannot be empty (null)")
        return None
    if isinstance(value, bool) and not pa.types.is_boolean(column.type):
        raise CorrectionsError(f"{where}: {table}.{field} takes a {column.type}, not true/false")
    try:
        return pa.scalar(value, type=column.type).as_py()
    except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError, OverflowError) as exc:
        raise CorrectionsError(
            f"{where}: {json.dumps(value)} is not a valid {table}.{field} ({column.type})"
        ) from exc


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
    return Correction(
        line, obj["id"], table, action, obj["who"], obj["why"], obj["date"], field, value
    )


def load_corrections(path: Path | None) -> list[Correction]:
    """The corrections file, validated; a missing file (or None) means no corrections."""
    if path is None or not path.exists():
        return []
    text = path.read_text(encoding="utf-8")
    return [
        parse_correction(obj, number, str(path))
        for number, obj in json_objects(text, str(path), CorrectionsError)
    ]


def _unmatched(c: Correction, reason: str) -> UnmatchedCorrection:
    return UnmatchedCorrection(
        c.line, c.id, c.table, c.action, c.who, c.why, reason, c.field, c.value
    )


class Corrector:
    """Applies corrections to one document's rows at a time (the run streams documents) and
    remembers which corrections found their row, so the unmatched ones are known at the end."""

    def __init__(self, corrections: list[Correction]) -> None:
        self.corrections = corrections
        self._targets: dict[tuple[str, str], list[tuple[int, Correction]]] = defaultdict(list)
        for i, c in enumerate(corrections):
            self._targets[(c.table, c.id)].append((i, c))
        self._matched: set[int] = set()  # indexes into corrections

    @classmethod
    def from_file(cls, path: Path | None) -> Corrector:
        return cls(load_corrections(path))

    def apply(self, tables: Mapping[str, list[Row]]) -> dict[str, list[Row]]:
        """Rows per table -> corrected rows per table (other tables passed through).

        Corrections apply in file order, so a later 'set' of the same field wins; a row with
        any 'reject' is dropped, and a rejected statement drops its items."""
        if not self.corrections:
            return dict(tables)
        out = dict(tables)
        dropped: set[object] = set()
        for name in CORRECTABLE_TABLES:  # statements first, so their items can follow them
            if name not in tables:
                continue
            kept = []
            for row in tables[name]:
                rid = row_id(name, row)
                found = self._targets.get((name, rid), [])
                self._matched.update(i for i, _ in found)
                targets = [c for _, c in found]
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
        return out

    def unmatched(self) -> list[UnmatchedCorrection]:
        """Corrections that found no row in anything apply() has seen."""
        reason = (
            "no row has this id in this run: a rule or the record changed, so the item moved "
            "or is no longer extracted"
        )
        return [
            _unmatched(c, reason) for i, c in enumerate(self.corrections) if i not in self._matched
        ]


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
    return [
        UnmatchedCorrection(**json.loads(line))
        for line in path.read_text(encoding="utf-8").split("\n")
        if line.strip()
    ]


def describe_unmatched(u: UnmatchedCorrection) -> str:
    what = f"set {u.field} = {json.dumps(u.value)}" if u.action == "set" else "reject"
    now = f"; the row now has id {u.now_id}" if u.now_id else ""
    return (
        f"corrections line {u.line}: {what} on {u.table} {u.id} (by {u.who}: {u.why}) "
        f"matches nothing: {u.reason}{now}"
    )
