"""The gate's PDF twins: a corpus typeset as PDFs fails the gate when an atom's F1 falls more
than 0.01 below its text twin's in the same run, and the two numbers are printed side by side."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from corpora import DEV, DEV_GOLD
from reportlab.lib.pagesizes import A5
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate

from pipeline.cli import main
from pipeline.evaluate_twins import compare_twins

DEV_PDF = DEV.parent / "dev_pdf"
DOC = "d01_paroxetine"  # typeset by LibreOffice in the committed twin


def _gold_line(name: str) -> dict:
    for line in DEV_GOLD.read_text(encoding="utf-8").splitlines():
        if line.strip() and json.loads(line)["doc"] == f"{DOC}.txt":
            gold = json.loads(line)
            gold["doc"] = name
            return gold
    raise AssertionError(f"{DOC} is not in the dev gold")


def _baseline(tmp_path: Path, pdf_raw: Path, twin: str = "text") -> Path:
    for name in ("text", "pdf"):
        doc = f"{DOC}.txt" if name == "text" else f"{DOC}.pdf"
        (tmp_path / f"{name}.jsonl").write_text(json.dumps(_gold_line(doc)) + "\n")
    corpora = [
        {"name": "text", "raw": str(DEV), "gold": "text.jsonl"},
        {"name": "pdf", "raw": str(pdf_raw), "gold": "pdf.jsonl", "text_twin": twin},
    ]
    path = tmp_path / "baseline.json"
    path.write_text(json.dumps({"corpora": corpora}))
    return path


def test_a_pdf_twin_that_scores_as_its_text_passes_and_shows_both_numbers(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    assert main(["eval-gate", "--baseline", str(_baseline(tmp_path, DEV_PDF))]) == 0
    out = capsys.readouterr().out
    row = next(line for line in out.splitlines() if line.strip().startswith("pdf vs text"))
    assert "dose 1.000/1.000" in row and "!" not in row
    assert "every PDF twin within the margin" in out


def test_a_pdf_twin_that_lost_text_fails_the_gate(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    # A PDF of the record's first half only, typeset here: the gold's later numbers are lost.
    text = (DEV / f"{DOC}.txt").read_text(encoding="utf-8")
    paragraphs = [p.strip() for p in text.split("\n") if p.strip()]
    raw = tmp_path / "raw"
    raw.mkdir()
    style = getSampleStyleSheet()["BodyText"]
    SimpleDocTemplate(str(raw / f"{DOC}.pdf"), pagesize=A5).build(
        [Paragraph(p, style) for p in paragraphs[: len(paragraphs) // 2]]
    )
    assert main(["eval-gate", "--baseline", str(_baseline(tmp_path, raw))]) == 1
    captured = capsys.readouterr()
    assert "PDF twins fell: pdf " in captured.out
    assert "FAIL PDF twin pdf " in captured.err


def test_a_twin_the_baseline_does_not_have_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    path = _baseline(tmp_path, DEV_PDF, twin="dve")
    assert main(["eval-gate", "--baseline", str(path)]) == 1
    assert "text twin 'dve'" in capsys.readouterr().err


def test_the_margin_is_one_hundredth_per_atom() -> None:
    corpora = [{"name": "t"}, {"name": "p", "text_twin": "t"}]
    scores = {"t": {"dose": 0.9, "route": 1.0}, "p": {"dose": 0.8901, "route": 0.985}}
    lines, fell = compare_twins(corpora, scores)
    assert fell == ["p route 0.985 < t 1.000"]
    assert "dose 0.900/0.890 " in lines[1] and "route 1.000/0.985!" in lines[1]
