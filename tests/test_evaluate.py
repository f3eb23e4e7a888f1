"""The evaluation command and the gate with pinned floors."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from corpora import SEEDS

from pipeline.cli import main
from pipeline.evaluate import DEFAULT_BASELINE, corpus_digest, locate

DATA = Path(__file__).parent / "data" / "extract"


def _baseline(tmp_path: Path, floors: dict[str, float]) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for f in DATA.glob("*.txt"):
        shutil.copy(f, corpus / f.name)
    shutil.copy(DATA / "gold.jsonl", tmp_path / "gold.jsonl")
    path = tmp_path / "baseline.json"
    path.write_text(
        json.dumps(
            {
                "corpora": [
                    {"name": "tests", "raw": "corpus", "gold": "gold.jsonl", "floors": floors}
                ]
            }
        )
    )
    return path


def test_gate_passes_and_floors_only_rise(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    path = _baseline(tmp_path, {"dose": 0.5})
    assert main(["eval-gate", "--baseline", str(path)]) == 0
    assert main(["eval-gate", "--baseline", str(path), "--raise-floors"]) == 0
    floors = json.loads(path.read_text())["corpora"][0]["floors"]
    assert floors["dose"] == 1.0 and set(floors) >= {"population", "citation"}
    out = capsys.readouterr().out
    assert "population" in out and "floors written" in out


def test_gate_fails_below_a_floor_and_will_not_lower_it_silently(tmp_path: Path) -> None:
    path = _baseline(tmp_path, {"dose": 1.0})
    gold = tmp_path / "gold.jsonl"
    # Make the gold ask for a dose the documents do not have: dose F1 drops below 1.0.
    lines = [json.loads(x) for x in gold.read_text().splitlines()]
    lines[0]["statements"][0]["doses"].append({"amount": 999, "unit": "mg"})
    gold.write_text("\n".join(json.dumps(x) for x in lines) + "\n")
    before = path.read_text()
    assert main(["eval-gate", "--baseline", str(path)]) == 1
    assert main(["eval-gate", "--baseline", str(path), "--raise-floors"]) == 1
    assert path.read_text() == before
    assert main(["eval-gate", "--baseline", str(path), "--raise-floors", "--allow-lower"]) == 0
    assert json.loads(path.read_text())["corpora"][0]["floors"]["dose"] < 1.0


def test_eval_lists_every_miss_and_false_hit(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(DATA / "amoxicillin_lactmed.txt", raw)
    assert main(["run", "--raw", str(raw), "--out", str(tmp_path / "out"), "--workers", "1"]) == 0
    gold = tmp_path / "gold.jsonl"
    doc = next(
        json.loads(x)
        for x in (DATA / "gold.jsonl").read_text().splitlines()
        if json.loads(x)["doc"] == "amoxicillin_lactmed.txt"
    )
    doc["statements"][2]["populations"][0]["n"] = 18  # a wrong gold count
    gold.write_text(json.dumps(doc) + "\n")
    report = tmp_path / "report.json"
    capsys.readouterr()
    assert (
        main(["eval", "--gold", str(gold), "--out", str(tmp_path / "out"), "--report", str(report)])
        == 0
    )
    out = capsys.readouterr().out
    assert "MISS  amoxicillin_lactmed.txt population (18,)" in out
    assert "FALSE amoxicillin_lactmed.txt population (19,)" in out and "Nineteen women" in out
    assert json.loads(report.read_text())["scores"]["population"]["fp"] == 1


def test_anchor_is_found_across_folded_whitespace() -> None:
    assert locate("Ten  women\nwith", "x Ten women with pre-eclampsia") == 2


def test_the_pinned_gate_on_seeds_and_dev_texts() -> None:
    assert main(["eval-gate", "--baseline", str(DEFAULT_BASELINE)]) == 0


def test_gate_refuses_floors_pinned_on_another_version_of_a_corpus(tmp_path: Path, capsys) -> None:
    corpus = tmp_path / "seeds"
    shutil.copytree(SEEDS, corpus)
    baseline = tmp_path / "baseline.json"
    entry = {"name": "seeds", "raw": "seeds", "gold": "seeds/gold.jsonl", "floors": {}}
    entry["sha256"] = corpus_digest(corpus, corpus / "gold.jsonl")
    baseline.write_text(json.dumps({"corpora": [entry]}))
    assert main(["eval-gate", "--baseline", str(baseline)]) == 0
    text = corpus / "002_5bf62bc902a6ffe4.txt"
    text.write_text(text.read_text() + "\nOne more line.\n")  # the corpus changes
    assert main(["eval-gate", "--baseline", str(baseline)]) == 1
    assert "changed since its floors were pinned" in capsys.readouterr().err
    assert main(["eval-gate", "--baseline", str(baseline), "--raise-floors"]) == 0
    assert json.loads(baseline.read_text())["corpora"][0]["sha256"] == corpus_digest(
        corpus, corpus / "gold.jsonl"
    )
