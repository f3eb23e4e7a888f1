"""Write tables as Parquet with pyarrow, from the schema module, never half-finished.

Every table of a run is first written to a temporary folder next to the output folder; only
when all of them are complete do they replace the old files, each with an atomic rename."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.schema import TABLES, Table


def to_arrow(table: Table, rows: Sequence[Mapping[str, object]]) -> pa.Table:
    """Rows (dicts) -> an Arrow table with exactly the schema's columns, in its order."""
    columns = {c.name: [row.get(c.name) for row in rows] for c in table.columns}
    return pa.Table.from_pydict(columns, schema=table.schema)


def write_tables(out_dir: Path, tables: Mapping[str, pa.Table]) -> list[Path]:
    """Write every table to out_dir/<name>.parquet; all files appear together or not at all."""
    out_dir.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=out_dir))
    written = []
    try:
        for name, arrow_table in tables.items():
            if name not in TABLES:
                raise KeyError(f"unknown table {name!r}")
            path = staging / f"{name}.parquet"
            pq.write_table(arrow_table, path, compression="zstd", row_group_size=50_000)
            with open(path, "rb") as fh:
                os.fsync(fh.fileno())
        for name in tables:
            target = out_dir / f"{name}.parquet"
            os.replace(staging / f"{name}.parquet", target)
            written.append(target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return written


def read_table(out_dir: Path, name: str) -> pa.Table:
    return pq.read_table(out_dir / f"{name}.parquet", schema=TABLES[name].schema)
