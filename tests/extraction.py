"""Texts written for a test, run through ingest and extraction as a run does (in process, no
cache): the tables of one document, and the one comparison of some values among them; or
through a real run, with each measurement's linked dose and group read back."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from pipeline.runner.document import SourceFile, process_document
from pipeline.runner.run import run
from pipeline.settings import Settings


def extract_tables(name: str, text: str) -> dict[str, list[dict]]:
    """Every table's rows for one document named `name` (its suffix picks the parser)."""
    result = process_document(SourceFile(name, text.encode()), Settings())
    assert not result.errors, result.errors
    return result.tables


def record_comparisons(section: str, body: str) -> list[dict]:
    """The comparisons of `body` written under `section` of a LactMed-style record of a drug
    made up for the tests (examplol)."""
    head = f"Examplol Levels and Effects while Breastfeeding\n\n{section}\n\n"
    return extract_tables("examplol.txt", head + body)["comparisons"]


def the_comparison(comparisons: list[dict], values: list[float]) -> dict:
    """The one comparison of exactly these values, in this order."""
    found = [c for c in comparisons if list(c["values"]) == values]
    assert len(found) == 1, [list(c["values"]) for c in comparisons]
    return found[0]


def run_documents(tmp_path_factory: pytest.TempPathFactory, documents: dict[str, str]) -> Path:
    """Texts written for a test, as raw/ files, through a real run (one worker): its out/."""
    raw = tmp_path_factory.mktemp("raw")
    for name, text in documents.items():
        (raw / name).write_text(text, encoding="utf-8")
    out: Path = tmp_path_factory.mktemp("out")
    assert run(raw, out, workers=1, console=False).failed == 0
    return out


def link_table(out: Path) -> pd.DataFrame:
    """The measurements read back, each with its linked dose's amount and group's count."""
    m = pd.read_parquet(out / "measurements.parquet")
    doses = pd.read_parquet(out / "doses.parquet").set_index("item_id")
    groups = pd.read_parquet(out / "populations.parquet").set_index("item_id")
    m["dose"] = [doses.loc[i, "amount"] if isinstance(i, str) else None for i in m.dose_item_id]
    m["n"] = [groups.loc[i, "n"] if isinstance(i, str) else None for i in m.population_item_id]
    return m


def linked(m: pd.DataFrame, value: float) -> tuple[float | None, int | None]:
    """(dose amount, group count) the one measurement of this value links to."""
    rows = m[(m["value"] - value).abs() < 1e-9]
    assert len(rows) == 1, (value, rows)
    row = rows.iloc[0]
    dose = None if pd.isna(row["dose"]) else float(row["dose"])
    n = None if pd.isna(row["n"]) else int(row["n"])
    return dose, n
