"""`make eval` ends with a verdict: one line per corpus with each F1 beside its floor, then
"all floors met" or which fell."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_evaluate import _baseline

from pipeline.cli import main
from pipeline.evaluate import format_verdict


def test_verdict_lines_put_floors_beside_scores_and_name_what_fell() -> None:
    lines = format_verdict(
        [
            ("seeds", {"dose": 1.0, "route": 0.9}, {"dose": 1.0, "route": 0.85}),
            ("blind_a", {"dose": 0.75, "route": 1.0}, {"dose": 0.8}),
        ]
    )
    assert lines == [
        "verdict (F1/floor per atom):",
        "  seeds    dose 1.000/1.000  route 0.900/0.850",
        "  blind_a  dose 0.750/0.800!  route 1.000/0.000",
        "floors fell: blind_a dose 0.750 < 0.800",
    ]
    assert format_verdict([("seeds", {"dose": 1.0}, {"dose": 1.0})])[-1] == "all floors met"


def test_the_gate_ends_with_its_verdict(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    path = _baseline(tmp_path, {"dose": 0.5})
    assert main(["eval-gate", "--baseline", str(path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[-1] == "all floors met"
    assert out[-2].startswith("  tests  population 1.000/0.000  dose 1.000/0.500")

    gold = tmp_path / "gold.jsonl"
    lines = [json.loads(x) for x in gold.read_text().splitlines()]
    lines[0]["statements"][0]["doses"].append({"amount": 999, "unit": "mg"})
    gold.write_text("\n".join(json.dumps(x) for x in lines) + "\n")
    path.write_text(path.read_text().replace('"dose": 0.5', '"dose": 1.0'))
    assert main(["eval-gate", "--baseline", str(path)]) == 1
    last = capsys.readouterr().out.splitlines()[-1]
    assert last.startswith("floors fell: tests dose 0.") and last.endswith(" < 1.000")
