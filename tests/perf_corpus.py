"""A small mixed corpus for the run, cache, Dask and PDF-backend tests: the sample records
(pipeline/render/samples) as PDFs (rendered with the project's renderer), as LactMed plain
text, plus one bad file; and reading the tables back."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from pipeline.render.lactmed_pdf import render_pdf
from pipeline.render.samples import PDF_RECORDS

TABLE_NAMES = ("documents", "sections", "sentences", "bibliography", "errors")


def write_corpus(raw: Path, pdfs: int = 2, texts: int = 4, bad: bool = True) -> list[Path]:
    raw.mkdir(parents=True, exist_ok=True)
    records = PDF_RECORDS
    written = []
    for i in range(pdfs):
        rec = records[i % len(records)]
        path = raw / f"pdf/{i:02d}_{rec.drug.lower()}.pdf"
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(render_pdf(rec, hyphenate=i % 2 == 1))
        written.append(path)
    for i in range(texts):
        rec = records[i % len(records)]
        path = raw / f"text/{i:02d}_{rec.drug.lower()}.txt"
        path.parent.mkdir(exist_ok=True)
        # Vary the bytes so every text is its own document (same bytes would be a duplicate).
        path.write_text(rec.to_text() + f"\nCopy {i}.\n", encoding="utf-8")
        written.append(path)
    if bad:
        path = raw / "broken.pdf"
        path.write_bytes(b"<html><body>Access denied</body></html>")
        written.append(path)
    return written


def read_tables(out: Path, names: tuple[str, ...] = TABLE_NAMES) -> dict[str, pd.DataFrame]:
    """Every table as pandas reads it (a file or a partitioned dataset alike); the errors
    table without its wall-clock column."""
    tables = {}
    for name in names:
        df = pd.read_parquet(out / f"{name}.parquet")
        if name == "errors":
            df = df.drop(columns=["time"])
        tables[name] = df.reset_index(drop=True)
    return tables


def assert_same_tables(a: dict[str, pd.DataFrame], b: dict[str, pd.DataFrame]) -> None:
    assert a.keys() == b.keys()
    for name in a:
        pd.testing.assert_frame_equal(a[name], b[name], check_dtype=False, obj=name)
