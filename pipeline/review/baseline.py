"""The accepted baseline: extraction tables as sorted, stable JSON Lines in curated/baseline/.

Parquet is the analysts' format but a binary file makes an unreadable git diff; one JSON object
per row, rows sorted by their stable id, columns in schema order and floats written in their
shortest round-trip form make every acceptance a line-by-line reviewable change."""

from __future__ import annotations

import json
import math
import os
import tempfile
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.jsonl import json_objects
from pipeline.runner.output import to_arrow
from pipeline.schema import DOCUMENTS, EXTRACT_TABLES, Table

# documents carries the text every offset points into: the diff needs it to re-anchor spans
# when a record is revised, and the report to show context.
BASELINE_TABLES: tuple[Table, ...] = (DOCUMENTS, *EXTRACT_TABLES)
# Characters that some readers take for line ends: escaped so each row stays on one line.
_LINE_BREAKS = str.maketrans({"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})
_NON_FINITE = {"NaN": math.nan, "Infinity": math.inf, "-Infinity": -math.inf}


def _cells(value: object) -> Iterable[object]:
    """The elements of a list cell (a list from Arrow or JSON, a numpy array from pandas)."""
    if isinstance(value, Iterable) and not isinstance(value, (str, bytes)):
        return value
    raise TypeError(f"expected a list cell, got {value!r}")


def _to_json(value: object, type_: pa.DataType) -> object:
    """One cell -> a JSON value that reads back to the same Arrow value."""
    if value is None:
        return None
    if pa.types.is_floating(type_):
        f = float(value)  # type: ignore[arg-type]
        if math.isnan(f):
            return "NaN"
        if math.isinf(f):
            return "Infinity" if f > 0 else "-Infinity"
        return f  # json writes repr(): the shortest string that reads back to the same float
    if pa.types.is_list(type_):
        return [_to_json(v, type_.value_type) for v in _cells(value)]
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


def _from_json(value: object, type_: pa.DataType) -> object:
    if value is None:
        return None
    if pa.types.is_floating(type_):
        return _NON_FINITE[value] if isinstance(value, str) else float(value)  # type: ignore[arg-type]
    if pa.types.is_list(type_):
        return [_from_json(v, type_.value_type) for v in _cells(value)]
    if pa.types.is_date(type_):
        return date.fromisoformat(value)  # type: ignore[arg-type]
    if pa.types.is_timestamp(type_):
        return datetime.fromisoformat(value)  # type: ignore[arg-type]
    return value


def _sort_key(table: Table, row: Mapping[str, object]) -> tuple[str, ...]:
    keys = table.key or tuple(table.column_names)
    return tuple("" if row.get(k) is None else f"{row[k]}" for k in keys)


def to_jsonl(table: Table, arrow_table: pa.Table) -> str:
    """A table as JSON Lines: sorted by the table's key, columns in schema order."""
    rows = arrow_table.select(table.column_names).to_pylist()
    rows.sort(key=lambda r: _sort_key(table, r))
    types = {c.name: c.type for c in table.columns}
    lines = [
        json.dumps(
            {name: _to_json(row[name], types[name]) for name in table.column_names},
            ensure_ascii=False,
            allow_nan=False,
        ).translate(_LINE_BREAKS)
        for row in rows
    ]
    return "".join(line + "\n" for line in lines)


def from_jsonl(table: Table, text: str, source: str = "") -> pa.Table:
    """JSON Lines written by to_jsonl -> an Arrow table with the schema's types."""
    types = {c.name: c.type for c in table.columns}
    rows = []
    for number, obj in json_objects(text, source):
        unknown = sorted(set(obj) - set(types))
        if unknown:
            raise ValueError(f"{source} line {number}: unknown column(s) {', '.join(unknown)}")
        try:
            rows.append({k: _from_json(v, types[k]) for k, v in obj.items()})
        except (KeyError, ValueError, TypeError) as exc:
            raise ValueError(
                f"{source} line {number}: a value does not fit the {table.name} table ({exc!r})"
            ) from exc
    try:
        return to_arrow(table, rows)
    except (pa.ArrowInvalid, pa.ArrowTypeError) as exc:
        raise ValueError(f"{source}: rows do not fit the {table.name} table: {exc}") from exc


def write_baseline(tables: Mapping[str, pa.Table], baseline_dir: Path) -> list[Path]:
    """Write baseline_dir/<table>.jsonl for every baseline table; each file replaced atomically."""
    baseline_dir.mkdir(parents=True, exist_ok=True)
    missing = [t.name for t in BASELINE_TABLES if t.name not in tables]
    if missing:
        raise ValueError(f"cannot accept a run without the {', '.join(missing)} table(s)")
    written = []
    for table in BASELINE_TABLES:
        target = baseline_dir / f"{table.name}.jsonl"
        fd, tmp = tempfile.mkstemp(prefix=f".{table.name}-", suffix=".tmp", dir=baseline_dir)
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
                fh.write(to_jsonl(table, tables[table.name]))
            os.replace(tmp, target)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
        written.append(target)
    return written


def read_baseline(baseline_dir: Path) -> dict[str, pa.Table]:
    out = {}
    for table in BASELINE_TABLES:
        path = baseline_dir / f"{table.name}.jsonl"
        out[table.name] = from_jsonl(table, path.read_text(encoding="utf-8"), str(path))
    return out


def _has_all(folder: Path, suffix: str) -> bool:
    # A distributed run writes each table as a folder of parts (<table>.parquet/part-*.parquet).
    return all((folder / f"{t.name}{suffix}").exists() for t in BASELINE_TABLES)


def load_tables(folder: Path) -> dict[str, pa.Table]:
    """The documents and extraction tables of a pipeline output folder (Parquet) or a baseline
    folder (JSONL), whichever `folder` is."""
    if not folder.is_dir():
        raise FileNotFoundError(
            f"{folder} is not a folder: pass a pipeline output folder (e.g. processed/) "
            "or an accepted baseline (curated/baseline/)"
        )
    if _has_all(folder, ".parquet"):
        return {
            t.name: pq.read_table(folder / f"{t.name}.parquet", schema=t.schema)
            for t in BASELINE_TABLES
        }
    if _has_all(folder, ".jsonl"):
        return read_baseline(folder)
    names = ", ".join(f"{t.name}.parquet" for t in BASELINE_TABLES)
    raise FileNotFoundError(
        f"{folder} holds neither a full pipeline run ({names}) nor an accepted baseline "
        "(the same tables as .jsonl): run `python -m pipeline run` or `make accept` first"
    )
