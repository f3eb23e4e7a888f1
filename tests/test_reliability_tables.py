"""Validated tables and the all-or-nothing writer: real rows from real documents, real Parquet
read back with pandas."""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pytest
from reliability_inputs import snapshot

from pipeline.ingest.parsed import SourceFile
from pipeline.render.samples.inputs import real_input_bytes
from pipeline.runner.document import process_document
from pipeline.runner.output import COMPLETE, OLD, STAGING, recover, to_arrow, write_tables
from pipeline.schema import ERRORS, INGEST_TABLES, TABLES
from pipeline.settings import Settings
from pipeline.validate import TableValidationError, pandera_schema, validate_tables


def real_tables() -> dict[str, pa.Table]:
    rows: dict[str, list[dict[str, object]]] = {t.name: [] for t in INGEST_TABLES}
    errors = []
    for name, data in real_input_bytes().items():
        result = process_document(SourceFile(name, data), Settings(extract=False))
        errors += result.errors
        for table, table_rows in result.tables.items():
            rows[table] += table_rows
    tables = {name: to_arrow(TABLES[name], r) for name, r in rows.items()}
    tables["errors"] = to_arrow(ERRORS, errors)
    return tables


@pytest.fixture(scope="module")
def tables() -> dict[str, pa.Table]:
    t = real_tables()
    assert t["documents"].num_rows >= 4 and t["sentences"].num_rows > 10
    return t


def _replace(table: pa.Table, column: str, values: pa.Array) -> pa.Table:
    i = table.schema.get_field_index(column)
    return table.set_column(i, table.schema.field(column), values)


def test_real_tables_pass(tables: dict[str, pa.Table]) -> None:
    validate_tables(tables)


def test_schemas_come_from_the_schema_module() -> None:
    for table in TABLES.values():
        schema = pandera_schema(table)
        assert list(schema.columns) == table.column_names
        for col in table.columns:
            assert schema.columns[col.name].nullable == col.nullable


def test_duplicate_ids_fail_with_the_rows(tables: dict[str, pa.Table]) -> None:
    bad = dict(
        tables, sections=pa.concat_tables([tables["sections"], tables["sections"].slice(2, 1)])
    )
    with pytest.raises(TableValidationError) as info:
        validate_tables(bad)
    dup = tables["sections"]["section_id"][2].as_py()
    assert "field_uniqueness" in str(info.value) and dup in str(info.value)
    assert "nothing was written" in str(info.value)


def test_null_key_fails(tables: dict[str, pa.Table]) -> None:
    docs = tables["documents"]
    titles = pa.array([None] + docs["source_path"].to_pylist()[1:], pa.string())
    bad = dict(tables, documents=_replace(docs, "source_path", titles))
    # source_path is required: the schema (from pipeline/schema.py) says so.
    with pytest.raises((TableValidationError, pa.ArrowInvalid)):
        validate_tables(bad)


def test_foreign_keys(tables: dict[str, pa.Table]) -> None:
    docs = tables["documents"]
    dropped = docs["doc_id"][0].as_py()
    bad = dict(tables, documents=docs.slice(1))
    with pytest.raises(TableValidationError) as info:
        validate_tables(bad)
    message = str(info.value)
    assert "foreign_key:documents/doc_id" in message and dropped in message
    failing = info.value.failures
    assert set(failing["table"]) >= {"sections", "sentences"}


def test_spans_must_be_inside_their_document(tables: dict[str, pa.Table]) -> None:
    sentences = tables["sentences"]
    shifted = _replace(sentences, "char_end", pc.add(sentences["char_end"], 1))
    with pytest.raises(TableValidationError) as info:
        validate_tables(dict(tables, sentences=shifted))
    assert "span_inside_document" in str(info.value)
    assert sentences["sentence_id"][0].as_py() in str(info.value)
    beyond = _replace(sentences, "char_start", pa.array([10**9] * sentences.num_rows, pa.int64()))
    with pytest.raises(TableValidationError):
        validate_tables(dict(tables, sentences=beyond))


def test_wrong_type_fails(tables: dict[str, pa.Table]) -> None:
    refs = tables["bibliography"]
    as_int64 = refs.set_column(
        refs.schema.get_field_index("ref_number"),
        "ref_number",
        pc.cast(refs["ref_number"], pa.int64()),
    )
    with pytest.raises(TableValidationError, match="ref_number"):
        validate_tables(dict(tables, bibliography=as_int64))


def test_write_tables_replaces_the_folder_and_keeps_other_files(
    tables: dict[str, pa.Table], tmp_path: Path
) -> None:
    out = tmp_path / "processed"
    write_tables(out, tables)
    first = snapshot(out)
    (out / "NOTES.md").write_text("analyst notes")
    (out / ".cache").mkdir()
    (out / ".cache" / "k").write_text("cached")
    (out / "statements.parquet").write_bytes(b"from an older `run`")
    smaller = {name: t.slice(0, 1) for name, t in tables.items()}
    write_tables(out, smaller)
    assert (out / "NOTES.md").read_text() == "analyst notes"
    assert (out / ".cache" / "k").read_text() == "cached"
    assert not (out / "statements.parquet").exists()  # would be out of step with documents
    second = snapshot(out)
    assert all(len(second[n]) <= 1 for n in tables) and second.keys() == first.keys()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["processed"]  # no leftovers


def test_recover_finishes_a_swap_interrupted_between_renames(
    tables: dict[str, pa.Table], tmp_path: Path
) -> None:
    out = tmp_path / "processed"
    write_tables(out, tables)
    old_state = snapshot(out)
    new = tmp_path / "new"
    write_tables(new, {n: t.slice(0, 1) for n, t in tables.items()})
    new_state = snapshot(new)
    # The state a kill between the fallback's two renames leaves: OUT renamed aside, the
    # complete staging folder not yet in place.
    os.replace(out, tmp_path / f".processed{OLD}1-x")
    os.replace(new, tmp_path / f".processed{STAGING}1-x")
    (tmp_path / f".processed{STAGING}1-x" / COMPLETE).touch()
    recover(out)
    for name in new_state:
        pd.testing.assert_frame_equal(snapshot(out)[name], new_state[name])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["processed"]
    # Without a complete staging folder, the old OUT comes back.
    os.replace(out, tmp_path / f".processed{OLD}2-y")
    (tmp_path / f".processed{STAGING}2-y").mkdir()
    write_tables(out, tables)  # recovers first, then writes
    for name in old_state:
        pd.testing.assert_frame_equal(snapshot(out)[name], old_state[name])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["processed"]
