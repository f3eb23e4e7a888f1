"""Diff engine, baseline JSONL and the terminal and Markdown reports, on real Parquet runs.

The end-to-end tests at the bottom run the real pipeline on LactMed-style text, change the input
or a rule file, and check that `diff` names exactly what changed."""

from __future__ import annotations

import json
import math
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pytest
from hypothesis import given
from hypothesis import strategies as st
from review_tables import (
    MAGNESIUM,
    Item,
    build,
    lactmed_record,
    magnesium,
    run_pipeline,
    sertraline,
    write_run,
)
from rich.console import Console

from pipeline.cli import main
from pipeline.review.baseline import (
    BASELINE_TABLES,
    _from_json,
    _to_json,
    from_jsonl,
    load_tables,
    read_baseline,
    to_jsonl,
    write_baseline,
)
from pipeline.review.changes import ADDED, CHANGED, REMOVED, OffsetMap
from pipeline.review.diff import compute_diff
from pipeline.review.report_markdown import render_markdown
from pipeline.review.report_terminal import print_report
from pipeline.runner.output import to_arrow
from pipeline.schema import DOCUMENTS, TABLES

REVISED = MAGNESIUM.replace("0.5 mg/L", "0.05 mg/L")


def _summary(diff) -> set[tuple[str, str, str]]:
    """(table, kind, span text) of every change."""
    return {(c.table, c.kind, str(c.row.get("text"))[:40]) for c in diff.changes}


def _fields(change) -> dict[str, tuple[object, object]]:
    return {f.field: (f.old, f.new) for f in change.fields}


# --- matching -------------------------------------------------------------------------------


def test_identical_runs_have_no_differences(tmp_path: Path) -> None:
    a = write_run(tmp_path / "a", [magnesium(), sertraline()])
    b = write_run(tmp_path / "b", [sertraline(), magnesium()])  # row order does not matter
    diff = compute_diff(load_tables(a), load_tables(b))
    assert diff.changes == [] and not diff.has_differences
    assert main(["diff", str(a), str(b)]) == 0


def test_fixed_value_is_one_change_shown_field_by_field() -> None:
    old = build([magnesium(), sertraline()])
    new = build([magnesium(value=0.05), sertraline()])  # same text, a rule now reads 0.05
    diff = compute_diff(old, new)
    assert [(c.table, c.kind) for c in diff.changes] == [("measurements", CHANGED)]
    assert _fields(diff.changes[0]) == {"value": (0.5, 0.05), "value_canonical": (0.5, 0.05)}
    assert diff.changes[0].id == diff.changes[0].old_id  # matched by its stable id


def test_a_changed_meaning_is_shown_old_to_new_in_every_report() -> None:
    old = build([magnesium(), sertraline()])
    new = dict(old)
    rows = old["measurements"].to_pylist()
    for row in rows:
        row.update({"kind": "concentration", "matrix": "milk"})
    old["measurements"] = to_arrow(TABLES["measurements"], rows)
    changed = [dict(r) for r in rows]
    changed[0].update({"kind": "infant_dose", "matrix": None})  # a curator's or a rule's call
    new["measurements"] = to_arrow(TABLES["measurements"], changed)
    diff = compute_diff(old, new)
    (change,) = diff.changes
    assert _fields(change) == {"kind": ("concentration", "infant_dose"), "matrix": ("milk", None)}
    md = render_markdown(diff)
    assert '- kind: `"concentration"` → `"infant_dose"`' in md
    console = Console(record=True, width=200, color_system=None)
    print_report(diff, console)
    assert 'kind: "concentration" → "infant_dose"' in console.export_text()


def test_revised_record_is_matched_across_new_ids_and_shifted_offsets() -> None:
    # The source's bytes change, so its doc_id, and every id in it, changes; offsets after the
    # edit shift by one. Only the edited value and the text around it are reported.
    old = build([magnesium(), sertraline()])
    new = build([magnesium(REVISED, 0.05, "0.05 mg/L"), sertraline()])
    diff = compute_diff(old, new)
    counts = diff.counts()
    assert counts["documents"] == {ADDED: 0, REMOVED: 0, CHANGED: 1}
    assert counts["measurements"] == {ADDED: 0, REMOVED: 0, CHANGED: 1}
    assert counts["statements"] == {ADDED: 0, REMOVED: 0, CHANGED: 1}
    assert sum(sum(c.values()) for c in counts.values()) == 3
    (measurement,) = [c for c in diff.changes if c.table == "measurements"]
    assert _fields(measurement) == {
        "value": (0.5, 0.05),
        "value_canonical": (0.5, 0.05),
        "text": ("0.5 mg/L", "0.05 mg/L"),
    }
    (statement,) = [c for c in diff.changes if c.table == "statements"]
    assert set(_fields(statement)) == {"text"}
    # The later statement moved by one character and was renamed, not removed and re-added.
    old_second = old["statements"].to_pylist()[1]["statement_id"]
    new_second = new["statements"].to_pylist()[1]["statement_id"]
    assert old_second != new_second and diff.id_map[old_second] == new_second


def test_rule_change_adds_removes_and_changes_items_in_their_statements() -> None:
    old = build([magnesium()])
    doc = magnesium()
    first, second = doc.statements
    first.items[1] = Item("doses", "20 mg", {"amount": 20.0, "frequency": "daily"})
    second.items = [i for i in second.items if i.table != "comparisons"]
    second.items.append(Item("measurements", "1.9 mg/L", {"value": 1.9}))
    diff = compute_diff(old, build([doc]))
    assert _summary(diff) == {
        ("doses", CHANGED, "20 mg"),  # same start: the same item, its span now shorter
        ("comparisons", REMOVED, "2.1 mg/L versus 1.9 mg/L"),
        ("measurements", ADDED, "1.9 mg/L"),
    }
    dose = next(c for c in diff.changes if c.table == "doses")
    assert _fields(dose) == {"text": ("20 mg daily", "20 mg"), "char_end": (43, 37)}
    (group,) = diff.groups
    ids = [r["statement_id"] for r in old["statements"].to_pylist()]
    assert [s.key for s in group.statements] == ids
    assert [[c.kind for c in s.items] for s in group.statements] == [
        [CHANGED],
        [ADDED, REMOVED],
    ]  # items ordered by table, then position


def test_new_and_dropped_documents() -> None:
    diff = compute_diff(build([magnesium()]), build([sertraline()]))
    counts = diff.counts()
    assert counts["documents"] == {ADDED: 1, REMOVED: 1, CHANGED: 0}
    assert counts["statements"] == {ADDED: 1, REMOVED: 2, CHANGED: 0}
    assert counts["measurements"] == {ADDED: 1, REMOVED: 2, CHANGED: 0}
    assert [g.pair.row["source_path"] for g in diff.groups] == ["magnesium.txt", "sertraline.txt"]


def test_moved_statement_boundary_is_a_change_not_a_new_statement() -> None:
    text = "Maternal Levels. A study was done. Ten women took 20 mg daily. Milk had 1 mg/L.[1]"
    from review_tables import Doc, Stmt

    def doc(start: str) -> Doc:
        return Doc(
            "x.txt",
            text,
            [
                Stmt(
                    text[text.index(start) :],
                    [
                        Item("populations", "Ten women", {"n": 10}),
                        Item("measurements", "1 mg/L", {"value": 1.0}),
                    ],
                )
            ],
        )

    diff = compute_diff(build([doc("Ten women")]), build([doc("A study")]))
    (change,) = diff.changes
    assert change.table == "statements" and change.kind == CHANGED
    assert set(_fields(change)) == {"char_start", "text"}
    # Its items were renamed with it (their ids hold the statement's), nothing else changed.
    assert len(diff.id_map) == 3


# --- offsets --------------------------------------------------------------------------------


@given(st.text(min_size=1, max_size=60), st.text(max_size=8), st.text(max_size=8), st.data())
def test_offset_map_carries_untouched_text(base: str, cut: str, insert: str, data) -> None:
    at = data.draw(st.integers(0, len(base)))
    old = base[:at] + cut + base[at:]
    new = base[:at] + insert + base[at:]
    m = OffsetMap(old, new)
    for i in range(len(old)):
        j = m.start(i)
        assert 0 <= j <= len(new)
    # Characters well away from the edit land on the same character in the new text.
    for i in range(len(old)):
        if i < at - 8 or i >= at + len(cut) + 8:
            assert new[m.start(i)] == old[i]


def test_offset_map_identity_and_shift() -> None:
    assert OffsetMap("abc", "abc").start(2) == 2
    m = OffsetMap(MAGNESIUM, REVISED)
    i = MAGNESIUM.index("Five infants")
    assert m.start(i) == REVISED.index("Five infants")
    assert m.end(len(MAGNESIUM)) == len(REVISED)


# --- baseline -------------------------------------------------------------------------------


@given(st.floats(allow_nan=True, allow_infinity=True))
def test_floats_round_trip_exactly(x: float) -> None:
    back = _from_json(json.loads(json.dumps(_to_json(x, pa.float64()))), pa.float64())
    assert (math.isnan(x) and math.isnan(back)) or back == x


@given(st.text(), st.dates())
def test_any_text_round_trips_through_one_baseline_line(text: str, day) -> None:
    row = {
        "doc_id": "d",
        "source_path": "p",
        "source_kind": "text",
        "sha256": "s",
        "n_chars": len(text),
        "text": text,
        "revised": day,
    }
    table = to_arrow(DOCUMENTS, [row])
    jsonl = to_jsonl(DOCUMENTS, table)
    assert jsonl.count("\n") == 1 and jsonl.endswith("\n")  # one row, one line, always
    assert from_jsonl(DOCUMENTS, jsonl).equals(table)


def test_baseline_round_trip_is_sorted_stable_and_exact(tmp_path: Path) -> None:
    run = write_run(tmp_path / "run", [sertraline(), magnesium(value=0.1 + 0.2)])
    tables = load_tables(run)
    first = write_baseline(tables, tmp_path / "baseline")
    assert sorted(p.name for p in first) == sorted(f"{t.name}.jsonl" for t in BASELINE_TABLES)
    snapshot = {p.name: p.read_bytes() for p in first}
    # Read back: the same rows and values, to the last bit of every float.
    back = read_baseline(tmp_path / "baseline")
    for t in BASELINE_TABLES:
        key = list(t.key)
        assert (
            back[t.name]
            .sort_by([(k, "ascending") for k in key])
            .equals(tables[t.name].sort_by([(k, "ascending") for k in key]))
        )
    # Writing the same run again, from a differently ordered run, gives the same bytes.
    write_run(tmp_path / "run2", [magnesium(value=0.1 + 0.2), sertraline()])
    again = write_baseline(load_tables(tmp_path / "run2"), tmp_path / "baseline")
    assert {p.name: p.read_bytes() for p in again} == snapshot
    lines = (tmp_path / "baseline" / "measurements.jsonl").read_text().splitlines()
    ids = [json.loads(line)["item_id"] for line in lines]
    assert ids == sorted(ids)
    assert '"value": 0.30000000000000004' in "\n".join(lines)
    assert compute_diff(load_tables(tmp_path / "baseline"), tables).changes == []


def test_bad_folders_are_clear_errors(tmp_path: Path, capsys) -> None:
    (tmp_path / "empty").mkdir()
    assert main(["diff", str(tmp_path / "empty"), str(tmp_path / "nope")]) == 2
    err = capsys.readouterr().err
    assert "holds neither a full pipeline run" in err or "is not a folder" in err
    base = tmp_path / "base"
    base.mkdir()
    for t in BASELINE_TABLES:
        (base / f"{t.name}.jsonl").write_text("")
    (base / "doses.jsonl").write_text('{"item_id": "x", "amount": "lots"}\n')
    assert main(["diff", str(base), str(base)]) == 2
    assert "doses" in capsys.readouterr().err
    assert main(["diff", "--baseline", str(tmp_path / "none"), "--out", str(base)]) == 2
    assert "no accepted baseline" in capsys.readouterr().err


# --- reports --------------------------------------------------------------------------------


def _revised_diff():
    old = build([magnesium(), sertraline()])
    doc = magnesium(REVISED, 0.05, "0.05 mg/L")
    doc.statements[1].items = [i for i in doc.statements[1].items if i.table != "populations"]
    return compute_diff(old, build([doc, sertraline()]), "curated/baseline", "processed")


def test_terminal_report_counts_and_old_to_new() -> None:
    console = Console(record=True, width=200, color_system=None)
    print_report(_revised_diff(), console)
    out = console.export_text()
    assert "curated/baseline -> processed: 0 added, 1 removed, 3 changed" in out
    assert "0.5 → 0.05" in out
    assert '"0.5 mg/L" → "0.05 mg/L"' in out

    def cells(first: str) -> list[str]:
        row = next(line for line in out.splitlines() if f"│ {first}" in line)
        return [c.strip() for c in row.strip("│").split("│")]

    assert cells("Magnesium (magnesium.txt)") == ["Magnesium (magnesium.txt)", "0", "1", "3"]
    assert cells("measurements") == ["measurements", "0", "0", "1"]


def test_markdown_report_marks_spans_and_values() -> None:
    md = render_markdown(_revised_diff())
    assert "| measurements | 0 | 0 | 1 |" in md
    assert "| populations | 0 | 1 | 0 |" in md
    assert "Milk levels averaged **0.05 mg/L**.\\[1\\]" in md
    assert "~~Five infants~~ had serum levels" in md
    assert "- value: `0.5` → `0.05`" in md
    assert md.count("<details") == md.count("</details>") == 1


def test_cli_diff_exit_codes_and_report_files(tmp_path: Path, capsys) -> None:
    old = write_run(tmp_path / "old", [magnesium()])
    new = write_run(tmp_path / "new", [magnesium(REVISED, 0.05, "0.05 mg/L")])
    html, md = tmp_path / "r.html", tmp_path / "r.md"
    code = main(["diff", str(old), str(new), "--html", str(html), "--markdown", str(md)])
    assert code == 1
    assert "0 added, 0 removed, 3 changed" in capsys.readouterr().out
    assert "**0.05 mg/L**" in md.read_text()
    assert 'id="count-changed" data-count="3"' in html.read_text()
    # One folder: the accepted baseline against it.
    assert main(["accept", "--out", str(old), "--baseline", str(tmp_path / "bl")]) == 0
    assert main(["diff", "--baseline", str(tmp_path / "bl"), str(old), "--quiet"]) == 0
    assert main(["diff", "--baseline", str(tmp_path / "bl"), str(new), "--quiet"]) == 1
    assert "0 added, 0 removed, 3 changed" in capsys.readouterr().out


# --- end to end: the real pipeline, an input or a rule changed ------------------------------


def _raw(folder: Path, text: str) -> Path:
    folder.mkdir(parents=True)
    (folder / "magnesium.txt").write_text(text, encoding="utf-8")
    (folder / "sertraline.txt").write_text(
        "Sertraline Levels and Effects while Breastfeeding\n\nDrug Levels\n\n"
        "Maternal Levels. Eight mothers took sertraline 50 mg daily. Milk had 24 ug/L.[1]\n",
        encoding="utf-8",
    )
    return folder


@pytest.fixture(scope="module")
def first_run(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("first")
    assert run_pipeline(_raw(tmp / "raw", lactmed_record()), tmp / "out") == 0
    return tmp / "out"


def test_e2e_fixed_input_value_is_exactly_one_changed_measurement(
    first_run: Path, tmp_path, capsys
) -> None:
    assert run_pipeline(_raw(tmp_path / "raw", lactmed_record(milk="0.05")), tmp_path / "out") == 0
    old, new = load_tables(first_run), load_tables(tmp_path / "out")
    diff = compute_diff(old, new)
    measurements = [c for c in diff.changes if c.table == "measurements"]
    assert [(c.kind, c.row["text"]) for c in measurements] == [(CHANGED, "0.05 mg/L")]
    fields = _fields(measurements[0])
    assert fields["value"] == (0.5, 0.05) and fields["value_canonical"] == (0.5, 0.05)
    assert fields["text"] == ("0.5 mg/L", "0.05 mg/L")
    # Besides it: the record itself (new bytes) and the text of the statement holding it.
    others = {(c.table, c.kind) for c in diff.changes if c.table != "measurements"}
    assert others == {("documents", CHANGED), ("statements", CHANGED)}
    (statement,) = [c for c in diff.changes if c.table == "statements"]
    assert statement.id == measurements[0].row["statement_id"]
    assert set(_fields(statement)) == {"text"}
    # Every other row of the revised record kept its identity under its new id.
    n_rows = sum(
        old[t].num_rows
        for t in ("statements", "populations", "doses", "measurements", "comparisons")
    )
    magnesium_rows = n_rows - 4  # sertraline: 1 statement, 1 population, 1 dose, 1 measurement
    assert len([k for k in diff.id_map if "-" in k]) == magnesium_rows
    assert main(["diff", str(first_run), str(tmp_path / "out")]) == 1
    assert main(["diff", str(first_run), str(first_run)]) == 0
    assert "no differences" in capsys.readouterr().out


def test_e2e_rule_file_change_names_exactly_the_items_it_affects(first_run: Path, tmp_path) -> None:
    # A copy of the pipeline with one population rule deleted from its rule file.
    import pipeline

    src = tmp_path / "src"
    shutil.copytree(
        Path(pipeline.__file__).parent,
        src / "pipeline",
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    rules = src / "pipeline" / "extract" / "rules" / "populations.jsonl"
    lines = rules.read_text().splitlines(keepends=True)
    dropped = json.loads(lines[0])["id"]
    rules.write_text("".join(lines[1:]))
    raw = _raw(tmp_path / "raw", lactmed_record())
    env = {**os.environ, "PYTHONPATH": str(src)}
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pipeline",
            "run",
            "--raw",
            str(raw),
            "--out",
            str(tmp_path / "out"),
            "--workers",
            "1",
            "--corrections",
            str(tmp_path / "none"),
        ],
        cwd=tmp_path,
        env=env,
        check=True,
        capture_output=True,
        timeout=300,
    )
    old = load_tables(first_run)
    expected = {
        r["item_id"]
        for r in old["populations"].to_pylist()
        if r["rule_id"].split(">")[0] == dropped  # rule_id: the rule, then the decision steps
    }
    assert expected  # the rule found populations in the first run
    diff = compute_diff(old, load_tables(tmp_path / "out"))
    removed = [c for c in diff.changes if c.table == "populations"]
    assert {(c.kind, c.id) for c in removed} == {(REMOVED, i) for i in expected}
    # Besides them, only the results that described those groups change: their link.
    others = [c for c in diff.changes if c.table != "populations"]
    assert all(
        c.table == "measurements" and {f.field for f in c.fields} == {"population_item_id"}
        for c in others
    )
    md = tmp_path / "diff.md"
    assert main(["diff", str(first_run), str(tmp_path / "out"), "--markdown", str(md)]) == 1
    texts = [r["text"] for r in old["populations"].to_pylist() if r["item_id"] in expected]
    assert all(f"~~{t}~~" in md.read_text() for t in texts)
