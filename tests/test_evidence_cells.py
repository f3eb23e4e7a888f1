"""Typed reads of cells read back from a real Parquet file: each column type gives what its
reader promises, an empty list cell reads as an empty list, and a cell of another type fails
instead of passing on as the wrong thing."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline.evidence import cells


def test_cells_read_back_from_parquet(tmp_path: Path) -> None:
    table = pa.table(
        {
            "value": pa.array([0.12, None], pa.float64()),
            "ref_number": pa.array([3, 4], pa.int32()),
            "synonyms": pa.array([["Zoloft", "Lustral"], None], pa.list_(pa.string())),
            "citations": pa.array([[1, 2], None], pa.list_(pa.int32())),
            "arms": pa.array([["treated", None], None], pa.list_(pa.string())),
            "values": pa.array([[10, 14.5], None], pa.list_(pa.float64())),
            "cas": pa.array(["79617-96-2", None], pa.string()),
        }
    )
    pq.write_table(table, tmp_path / "t.parquet")
    full, empty = pq.read_table(tmp_path / "t.parquet").to_pylist()
    assert cells.number(full["value"]) == 0.12
    assert cells.optional_number(empty["value"]) is None
    assert cells.whole(full["ref_number"]) == 3
    assert cells.texts(full["synonyms"]) == ["Zoloft", "Lustral"]
    assert cells.wholes(full["citations"]) == [1, 2]
    assert cells.optional_texts(full["arms"]) == ["treated", None]
    assert cells.numbers(full["values"]) == [10.0, 14.5]
    assert cells.optional_text(full["cas"]) == "79617-96-2"
    for read in (cells.texts, cells.wholes, cells.optional_texts, cells.numbers):
        assert read(empty["synonyms"]) == []


@pytest.mark.parametrize(
    ("read", "value"),
    [
        (cells.number, "0.12"),
        (cells.number, None),
        (cells.whole, 1.5),
        (cells.optional_text, 5),
        (cells.texts, "Zoloft"),  # a string is not a list of names
        (cells.texts, ["Zoloft", None]),
        (cells.wholes, ["1"]),
        (cells.numbers, [None]),
    ],
)
def test_a_cell_of_another_type_fails(read, value: object) -> None:
    with pytest.raises(TypeError):
        read(value)
