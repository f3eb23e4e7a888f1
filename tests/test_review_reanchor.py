"""Corrections follow their rows across revisions of a record (real pipeline runs on edited
records): a number changed elsewhere and an inserted paragraph re-anchor them; a reworded
sentence leaves one unplaced, with its candidate, until `correct --repoint` points it."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from review_tables import lactmed_record, run_pipeline

from pipeline.cli import main
from pipeline.review.anchors import Anchor, place
from pipeline.review.baseline import load_tables
from pipeline.review.corrections import read_unmatched

MATERNAL = "Ten women took 20 mg daily."


def _raw(folder: Path, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "magnesium.txt").write_text(text, encoding="utf-8")
    return folder


def _id(out: Path, table: str, text: str) -> str:
    key = "statement_id" if table == "statements" else "item_id"
    rows = load_tables(out)[table].to_pylist()
    (row,) = [r for r in rows if r["text"] == text or (table == "statements" and text in r["text"])]
    return row[key]


def _correct(out: Path, corrections: Path, rid: str, *what: str) -> int:
    return main(
        ["correct", rid, *what, "--who", "ana", "--why", "checked the paper"]
        + ["--out", str(out), "--corrections", str(corrections)]
    )


@pytest.fixture
def curated(tmp_path: Path) -> tuple[Path, Path, Path, dict[str, str]]:
    """A first run of the record with three corrections recorded by `correct`."""
    raw, out = _raw(tmp_path / "raw", lactmed_record()), tmp_path / "processed"
    corrections = tmp_path / "curated" / "corrections.jsonl"
    assert run_pipeline(raw, out, corrections) == 0
    ids = {
        "milk": _id(out, "measurements", "0.5 mg/L"),
        "dose": _id(out, "doses", "20 mg"),
        "infants": _id(out, "statements", "Five infants"),
    }
    assert _correct(out, corrections, ids["milk"], "--set", "value=0.05") == 0
    assert _correct(out, corrections, ids["dose"], "--reject") == 0
    assert _correct(out, corrections, ids["infants"], "--reject") == 0
    line = json.loads(corrections.read_text().splitlines()[0])
    assert line["anchor"] == {
        "source_path": "magnesium.txt",
        "statement": f"{MATERNAL} Milk levels averaged 0.5 mg/L.[1]",
        "text": "0.5 mg/L",
        "offset": len(MATERNAL) + len(" Milk levels averaged "),
    }
    return raw, out, corrections, ids


def _applied(out: Path) -> tuple[float, set[str], set[str]]:
    """The milk value, the dose texts and the statement texts of the run in `out`."""
    milk = pd.read_parquet(out / "measurements.parquet").set_index("text").loc["0.5 mg/L"]
    doses = set(pd.read_parquet(out / "doses.parquet").text)
    statements = set(pd.read_parquet(out / "statements.parquet").text)
    return float(milk["value"]), doses, statements


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # A number changed in another paragraph (a reference's year).
        ("Lact. 2001;17", "Lact. 2002;17"),
        # A paragraph inserted before the corrected ones: every offset moves.
        (
            "breastmilk.\n",
            "breastmilk.\n\nMagnesium sulfate is also given by infusion for pre-eclampsia.\n",
        ),
    ],
    ids=["changed-number-elsewhere", "inserted-paragraph"],
)
def test_a_revised_record_keeps_its_corrections(curated, capsys, old: str, new: str) -> None:
    raw, out, corrections, ids = curated
    text = lactmed_record()
    assert old in text
    _raw(raw, text.replace(old, new))
    capsys.readouterr()
    assert run_pipeline(raw, out, corrections) == 0
    err = capsys.readouterr().err
    assert "corrections: 0 applied as recorded, 3 re-anchored, 0 could not be placed" in err
    new_milk = _id(out, "measurements", "0.5 mg/L")
    assert new_milk != ids["milk"]
    assert f"corrections line 1: re-anchored measurements {ids['milk']} -> {new_milk}" in err
    value, doses, statements = _applied(out)
    assert value == 0.05 and "20 mg" not in doses
    assert not any("Five infants" in s for s in statements)
    assert read_unmatched(out) == []


def test_a_reworded_sentence_waits_for_repoint(curated, capsys, tmp_path: Path) -> None:
    raw, out, corrections, ids = curated
    baseline = tmp_path / "baseline"
    _raw(raw, lactmed_record().replace(MATERNAL, "Ten nursing mothers took 20 mg daily."))
    capsys.readouterr()
    assert run_pipeline(raw, out, corrections) == 3  # not placed: the run fails
    err = capsys.readouterr().err
    assert "corrections: 0 applied as recorded, 1 re-anchored, 2 could not be placed" in err
    new_milk, new_dose = _id(out, "measurements", "0.5 mg/L"), _id(out, "doses", "20 mg")
    (milk, dose) = read_unmatched(out)
    assert (milk.line, milk.id, milk.now_id) == (1, ids["milk"], new_milk)
    assert milk.candidates == ({"id": new_milk, "text": "0.5 mg/L"},)
    assert "no statement has its text any more" in milk.reason
    assert (dose.line, dose.now_id) == (2, new_dose)
    assert f"`python -m pipeline correct {ids['milk']} --repoint {new_milk}`" in err
    # The correction was not applied to a row it may not fit: the value is the extracted one.
    assert _applied(out)[0] == 0.5
    # Nothing changed since: the run (from its cache) still fails and says why.
    assert run_pipeline(raw, out, corrections) == 3
    assert "2 could not be placed" in capsys.readouterr().err

    assert main(["accept", "--out", str(out), "--baseline", str(baseline)]) == 2
    err = capsys.readouterr().err
    assert "2 correction(s) could not be placed" in err and f"--repoint {new_milk}" in err

    for old, new in ((ids["milk"], new_milk), (ids["dose"], new_dose)):
        assert main(["correct", old, "--repoint", new, "--out", str(out)] + _file(corrections)) == 0
        assert "re-pointed" in capsys.readouterr().out
    line = json.loads(corrections.read_text().splitlines()[0])
    assert line["id"] == new_milk and line["anchor"]["statement"].startswith("Ten nursing")
    assert line["value"] == 0.05 and line["who"] == "ana"
    assert run_pipeline(raw, out, corrections) == 0
    assert "2 applied as recorded, 1 re-anchored, 0 could not be placed" in capsys.readouterr().err
    value, doses, _ = _applied(out)
    assert value == 0.05 and "20 mg" not in doses
    assert main(["accept", "--out", str(out), "--baseline", str(baseline)]) == 0


def _file(corrections: Path) -> list[str]:
    return ["--corrections", str(corrections)]


def test_correct_errors_name_the_out_folder_and_the_line(curated, capsys, tmp_path) -> None:
    _, out, corrections, ids = curated
    capsys.readouterr()
    assert _correct(tmp_path / "elsewhere", corrections, ids["milk"], "--reject") == 2
    assert "pass --out DIR" in capsys.readouterr().err
    assert _correct(out, corrections, "magnesium-c000001", "--reject") == 2
    assert f"no statement or item in {out} has id" in capsys.readouterr().err
    # --repoint onto a row of another table: the error names the line being re-pointed.
    assert (
        main(
            ["correct", ids["dose"], "--repoint", ids["milk"], "--out", str(out)]
            + _file(corrections)
        )
        == 2
    )
    assert f"{corrections} line 2: the correction is on a doses row" in capsys.readouterr().err
    assert (
        main(["correct", "nope", "--repoint", ids["milk"], "--out", str(out)] + _file(corrections))
        == 2
    )
    assert "has no correction on 'nope'" in capsys.readouterr().err
    # A line broken by hand: any `correct` names it before doing anything.
    corrections.write_text(corrections.read_text() + '{"id": "x", "table": "doses"}\n')
    assert _correct(out, corrections, ids["milk"], "--reject") == 2
    assert f"{corrections} line 4: 'action' is required" in capsys.readouterr().err


def _rows(*statements: str) -> dict[str, list[dict]]:
    """One document's statements, each with a measurement on its first "1 mg/L"."""
    out: dict[str, list[dict]] = {"statements": [], "measurements": []}
    start = 0
    for n, text in enumerate(statements):
        sid = f"d-c{n}"
        out["statements"].append(
            {"statement_id": sid, "doc_id": "d", "text": text, "char_start": start}
        )
        at = start + text.index("1 mg/L")
        out["measurements"].append(
            {
                "item_id": f"{sid}-m",
                "statement_id": sid,
                "doc_id": "d",
                "text": "1 mg/L",
                "char_start": at,
            }
        )
        start += len(text) + 1
    return out


def test_a_twice_written_statement_is_ambiguous_and_lists_both() -> None:
    text = "Milk had 1 mg/L."
    anchor = Anchor("x.txt", text, "1 mg/L", text.index("1 mg/L"))
    found = place(anchor, "measurements", _rows(text, "Other 1 mg/L.", text))
    assert found.new_id is None and found.reason == "2 rows match it"
    assert [c.id for c in found.candidates] == ["d-c0-m", "d-c2-m"]
    statement = place(Anchor("x.txt", text), "statements", _rows(text, text))
    assert statement.new_id is None and len(statement.candidates) == 2
    assert place(anchor, "measurements", _rows("Other 1 mg/L.", text)).new_id == "d-c1-m"
