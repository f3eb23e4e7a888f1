"""The sample corpus in raw/: it builds cleanly and matches the accepted baseline, so every
change to what the pipeline extracts from it is a reviewed `make accept`."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from pipeline.cli import main

ROOT = Path(__file__).resolve().parents[1]


def test_raw_builds_and_matches_the_accepted_baseline(tmp_path: Path) -> None:
    out = tmp_path / "processed"
    raw_before = {p: p.read_bytes() for p in (ROOT / "raw").iterdir()}
    assert main(["run", "--raw", str(ROOT / "raw"), "--out", str(out), "--workers", "1"]) == 0
    docs = pd.read_parquet(out / "documents.parquet")
    assert set(docs["source_kind"]) == {"text", "markdown", "pdf", "lactmed_xml"}
    assert len(pd.read_parquet(out / "errors.parquet")) == 0
    # raw/ is never modified.
    assert {p: p.read_bytes() for p in (ROOT / "raw").iterdir()} == raw_before
    # `diff` exits 0 only when nothing differs from curated/baseline.
    assert main(["diff", str(ROOT / "curated" / "baseline"), str(out)]) == 0
