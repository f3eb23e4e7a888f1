"""The Parquet tables as analysts open them: each column carries its one-line description (and
each table its own) in the file, the table of references is `bibliography` (a name SQL takes
without quoting), and DuckDB and pandas read them as the README shows."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd
import pyarrow.parquet as pq
import pytest
from review_tables import lactmed_record, run_pipeline

from pipeline.schema import TABLES


@pytest.fixture(scope="module")
def processed(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("analyst")
    raw = root / "raw"
    raw.mkdir()
    (raw / "magnesium.txt").write_text(lactmed_record(), encoding="utf-8")
    assert run_pipeline(raw, root / "processed") == 0
    return root / "processed"


@pytest.mark.parametrize("name", ["documents", "bibliography", "statements", "measurements"])
def test_descriptions_travel_in_the_parquet_schema(processed: Path, name: str) -> None:
    schema = pq.read_schema(processed / f"{name}.parquet")
    table = TABLES[name]
    assert schema.metadata[b"doc"].decode() == table.doc
    docs = {f.name: f.metadata[b"doc"].decode() for f in schema}
    assert docs == {c.name: c.doc for c in table.columns}
    assert all(docs.values())
    for c in table.columns:
        assert schema.metadata[f"doc:{c.name}".encode()].decode() == c.doc


def test_duckdb_makes_a_view_of_the_bibliography(processed: Path, monkeypatch) -> None:
    monkeypatch.chdir(processed.parent)
    con = duckdb.connect()
    con.execute("create view bibliography as select * from 'processed/bibliography.parquet'")
    rows = con.execute("select ref_number, pmid from bibliography order by ref_number").fetchall()
    assert rows == [(1, "11111111"), (2, "22222222")]
    # The descriptions, from SQL.
    meta = dict(
        con.execute(
            "select decode(key), decode(value) "
            "from parquet_kv_metadata('processed/bibliography.parquet')"
        ).fetchall()
    )
    assert meta["doc:pmid"] == "PubMed id, where given" and meta["table"] == "bibliography"
    # Why the table is not called `references`: SQL reserves the word.
    with pytest.raises(duckdb.ParserException):
        con.execute("create view references as select 1")
    assert not (processed / "references.parquet").exists()


def test_pandas_with_the_pyarrow_backend_keeps_nullable_integers(processed: Path) -> None:
    refs = pd.read_parquet(processed / "bibliography.parquet", dtype_backend="pyarrow")
    assert str(refs["ref_number"].dtype) == "int32[pyarrow]"
    assert refs["pmid"].tolist() == ["11111111", "22222222"]
