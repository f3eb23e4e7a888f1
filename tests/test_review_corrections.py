"""Curators' corrections: the file format, applying them, and the whole loop on real runs
(correct -> re-run -> applied; record revised -> the correction is reported, never lost)."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from review_tables import build, lactmed_record, magnesium, run_pipeline, sertraline

from pipeline.cli import main
from pipeline.review.baseline import load_tables
from pipeline.review.changes import CHANGED, REMOVED
from pipeline.review.corrections import (
    UNMATCHED_FILE,
    CorrectionsError,
    Corrector,
    apply_corrections,
    load_corrections,
    read_unmatched,
    write_unmatched,
)
from pipeline.review.diff import compute_diff
from pipeline.runner.output import write_tables

WHO = {"who": "ana", "why": "checked against the paper", "date": "2025-03-01"}


def _ids(tables, name: str, key: str = "item_id") -> list[str]:
    return [r[key] for r in tables[name].to_pylist()]


def _write(path: Path, *objs: dict) -> Path:
    path.write_text("".join(json.dumps(o) + "\n" for o in objs))
    return path


# --- the file -------------------------------------------------------------------------------


def test_valid_lines_parse_and_values_take_the_column_type(tmp_path: Path) -> None:
    path = _write(
        tmp_path / "c.jsonl",
        {"id": "a", "table": "measurements", "action": "set", "field": "value", "value": 5, **WHO},
        {
            "id": "b",
            "table": "statements",
            "action": "set",
            "field": "citations",
            "value": [1, 2],
            **WHO,
        },
        {"id": "c", "table": "doses", "action": "reject", **WHO},
    )
    (tmp_path / "c.jsonl").write_text(path.read_text() + "\n")  # blank lines are fine
    first, second, third = load_corrections(path)
    assert (first.line, first.value, type(first.value)) == (1, 5.0, float)
    assert second.value == [1, 2] and third.action == "reject" and third.field is None
    assert load_corrections(tmp_path / "missing.jsonl") == []
    assert load_corrections(None) == []


@pytest.mark.parametrize(
    ("obj", "message"),
    [
        (
            {
                "id": "a",
                "table": "measurements",
                "action": "set",
                "field": "value",
                "value": "lots",
                **WHO,
            },
            "is not a valid measurements.value",
        ),
        (
            {
                "id": "a",
                "table": "measurements",
                "action": "set",
                "field": "colour",
                "value": 1,
                **WHO,
            },
            "has no column 'colour'",
        ),
        (
            {
                "id": "a",
                "table": "measurements",
                "action": "set",
                "field": "char_start",
                "value": 1,
                **WHO,
            },
            "cannot be set",
        ),
        (
            {"id": "a", "table": "measurements", "action": "set", "field": "value", **WHO},
            "needs a 'value'",
        ),
        (
            {
                "id": "a",
                "table": "populations",
                "action": "set",
                "field": "n",
                "value": None,
                **WHO,
            },
            "cannot be empty",
        ),
        ({"id": "a", "table": "documents", "action": "reject", **WHO}, "is not one of"),
        ({"id": "a", "table": "doses", "action": "delete", **WHO}, "not 'reject' or 'set'"),
        (
            {"id": "a", "table": "doses", "action": "reject", "field": "amount", **WHO},
            "takes no field",
        ),
        ({"id": "a", "table": "doses", "action": "reject", **WHO, "who": ""}, "'who' is required"),
        (
            {"id": "a", "table": "doses", "action": "reject", **WHO, "date": "March"},
            "is not YYYY-MM-DD",
        ),
        (
            {"id": "a", "table": "doses", "action": "reject", "reason": "x", **WHO},
            "unknown key(s) reason",
        ),
    ],
)
def test_bad_lines_are_refused_with_their_line_number(
    tmp_path: Path, obj: dict, message: str
) -> None:
    path = _write(
        tmp_path / "c.jsonl", {"id": "ok", "table": "doses", "action": "reject", **WHO}, obj
    )
    with pytest.raises(CorrectionsError) as err:
        load_corrections(path)
    assert "line 2" in str(err.value) and message in str(err.value)


def test_broken_json_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text('{"id": "a",\n')
    with pytest.raises(CorrectionsError, match="line 1: not valid JSON"):
        load_corrections(path)


# --- applying -------------------------------------------------------------------------------


def test_set_reject_and_statement_reject_per_document_batches(tmp_path: Path) -> None:
    tables = build([magnesium(), sertraline()])
    measurement = _ids(tables, "measurements")[0]
    population = _ids(tables, "populations")[0]
    statements = _ids(tables, "statements", "statement_id")
    sertraline_statement = statements[-1]
    path = _write(
        tmp_path / "c.jsonl",
        {
            "id": measurement,
            "table": "measurements",
            "action": "set",
            "field": "value",
            "value": 0.05,
            **WHO,
        },
        {
            "id": measurement,
            "table": "measurements",
            "action": "set",
            "field": "stat",
            "value": "mean",
            **WHO,
        },
        {"id": population, "table": "populations", "action": "reject", **WHO},
        {"id": sertraline_statement, "table": "statements", "action": "reject", **WHO},
        {"id": "gone-c000001-mea000001", "table": "measurements", "action": "reject", **WHO},
    )
    corrector = Corrector.from_file(path)
    # The run hands over one document's rows at a time.
    out: dict[str, list] = {}
    for doc_id in [r["doc_id"] for r in tables["documents"].to_pylist()]:
        rows = {n: [r for r in t.to_pylist() if r["doc_id"] == doc_id] for n, t in tables.items()}
        for name, kept in corrector.apply(rows).items():
            out.setdefault(name, []).extend(kept)
    fixed = next(r for r in out["measurements"] if r["item_id"] == measurement)
    assert (fixed["value"], fixed["stat"], fixed["corrected"]) == (0.05, "mean", True)
    untouched = [r for r in out["measurements"] if r["item_id"] != measurement]
    assert untouched and not any(r["corrected"] for r in untouched)
    assert population not in [r["item_id"] for r in out["populations"]]
    # The rejected statement took its population, dose and measurement with it.
    for name in ("populations", "doses", "measurements"):
        assert sertraline_statement not in {r["statement_id"] for r in out[name]}
    assert sertraline_statement not in {r["statement_id"] for r in out["statements"]}
    assert len(out["documents"]) == 2  # other tables pass through
    (unmatched,) = corrector.unmatched()
    assert (unmatched.line, unmatched.id) == (5, "gone-c000001-mea000001")


def test_apply_corrections_to_arrow_tables_and_parquet(tmp_path: Path) -> None:
    tables = build([magnesium()])
    measurement = _ids(tables, "measurements")[0]
    path = _write(
        tmp_path / "c.jsonl",
        {
            "id": measurement,
            "table": "measurements",
            "action": "set",
            "field": "value",
            "value": 0.05,
            **WHO,
        },
    )
    corrected, unmatched = apply_corrections(tables, path)
    assert unmatched == []
    write_tables(tmp_path / "out", corrected)
    df = pd.read_parquet(tmp_path / "out" / "measurements.parquet").set_index("item_id")
    assert df.loc[measurement, "value"] == 0.05 and bool(df.loc[measurement, "corrected"])
    assert apply_corrections(tables, None) == (tables, [])


def test_unmatched_record_round_trips(tmp_path: Path) -> None:
    path = _write(
        tmp_path / "c.jsonl",
        {"id": "x", "table": "doses", "action": "set", "field": "amount", "value": 2, **WHO},
    )
    corrector = Corrector.from_file(path)
    corrector.apply({"doses": []})
    written = write_unmatched(tmp_path / "out", corrector.unmatched())
    assert written.name == UNMATCHED_FILE
    assert read_unmatched(tmp_path / "out") == corrector.unmatched()
    write_unmatched(tmp_path / "out", [])
    assert read_unmatched(tmp_path / "out") == [] and written.read_text() == ""


# --- the curator's loop on real runs --------------------------------------------------------


def _raw(folder: Path, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "magnesium.txt").write_text(text, encoding="utf-8")
    return folder


def _row(tables, name: str, text: str) -> dict:
    return next(r for r in tables[name].to_pylist() if r["text"] == text)


def test_curator_loop_correct_rerun_accept_then_break_the_target(tmp_path: Path, capsys) -> None:
    corrections = tmp_path / "curated" / "corrections.jsonl"
    baseline = tmp_path / "curated" / "baseline"
    raw, out = _raw(tmp_path / "raw", lactmed_record()), tmp_path / "processed"
    assert run_pipeline(raw, out, corrections) == 0
    first = load_tables(out)
    milk = _row(first, "measurements", "0.5 mg/L")
    women = _row(first, "populations", "Ten women")
    assert main(["accept", "--out", str(out), "--baseline", str(baseline)]) == 0

    # The curator records a fix and a rejection with `correct`, then re-runs.
    assert (
        main(
            [
                "correct",
                milk["item_id"],
                "--set",
                "value=0.05",
                "--who",
                "ana",
                "--why",
                "the paper reports 0.05 mg/L",
                "--out",
                str(out),
                "--corrections",
                str(corrections),
            ]
        )
        == 0
    )
    assert (
        main(
            [
                "correct",
                women["item_id"],
                "--reject",
                "--who",
                "ana",
                "--why",
                "test only",
                "--out",
                str(out),
                "--corrections",
                str(corrections),
            ]
        )
        == 0
    )
    assert (
        main(
            [
                "correct",
                "no-such-id",
                "--reject",
                "--who",
                "ana",
                "--why",
                "x",
                "--out",
                str(out),
                "--corrections",
                str(corrections),
            ]
        )
        == 2
    )
    assert "no statement or item" in capsys.readouterr().err
    lines = [json.loads(line) for line in corrections.read_text().splitlines()]
    assert [(c["action"], c["table"], c["who"]) for c in lines] == [
        ("set", "measurements", "ana"),
        ("reject", "populations", "ana"),
    ]

    assert run_pipeline(raw, out, corrections) == 0
    df = pd.read_parquet(out / "measurements.parquet").set_index("item_id")
    assert df.loc[milk["item_id"], "value"] == 0.05
    assert bool(df.loc[milk["item_id"], "corrected"])
    assert women["item_id"] not in set(pd.read_parquet(out / "populations.parquet").item_id)
    assert read_unmatched(out) == []

    diff = compute_diff(load_tables(baseline), load_tables(out))
    assert {(c.table, c.kind, c.id) for c in diff.changes} == {
        ("measurements", CHANGED, milk["item_id"]),
        ("populations", REMOVED, women["item_id"]),
    }
    fixed = next(c for c in diff.changes if c.table == "measurements")
    expected = {"value": (0.5, 0.05), "corrected": (False, True)}
    # The level described the rejected group of women: the link to it goes with the group.
    assert milk["population_item_id"] == women["item_id"]
    expected["population_item_id"] = (women["item_id"], None)
    assert {f.field: (f.old, f.new) for f in fixed.fields} == expected
    assert main(["accept", "--out", str(out), "--baseline", str(baseline)]) == 0
    assert main(["diff", str(baseline), str(out)]) == 0
    capsys.readouterr()

    # The record is revised upstream: every id in it changes, but the statement holding both
    # corrected rows reads the same, so both follow their rows, and the run says so.
    _raw(raw, lactmed_record().replace("Drug Levels\n", "Drug Levels (revised)\n"))
    assert run_pipeline(raw, out, corrections) == 0
    err = capsys.readouterr().err
    revised = load_tables(out)
    new_milk = _row(revised, "measurements", "0.5 mg/L")["item_id"]
    assert new_milk != milk["item_id"]
    assert f"re-anchored measurements {milk['item_id']} -> {new_milk}" in err
    assert "corrections: 0 applied as recorded, 2 re-anchored, 0 could not be placed" in err
    df = pd.read_parquet(out / "measurements.parquet").set_index("item_id")
    assert df.loc[new_milk, "value"] == 0.05
    assert "Ten women" not in set(pd.read_parquet(out / "populations.parquet").text)
    assert read_unmatched(out) == []
    assert main(["accept", "--out", str(out), "--baseline", str(baseline)]) == 0


def test_broken_corrections_file_stops_the_run(tmp_path: Path, capsys) -> None:
    corrections = tmp_path / "corrections.jsonl"
    corrections.write_text('{"id": "x", "table": "doses", "action": "reject"}\n')
    raw = _raw(tmp_path / "raw", lactmed_record())
    assert run_pipeline(raw, tmp_path / "out", corrections) == 1
    assert "line 1: 'who' is required" in capsys.readouterr().err
    assert not (tmp_path / "out" / "measurements.parquet").exists()
