"""A small raw/ of every input kind for the reliability tests (the records and formats come
from pipeline/render/samples/inputs.py); helpers to run the CLI and read its tables back."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pandas as pd

from pipeline.render.samples.inputs import record, to_html

ROOT = Path(__file__).resolve().parents[1]


def make_raw(folder: Path, n_records: int = 4, order: list[int] | None = None) -> Path:
    """A small raw/ of real inputs of every kind; `order` sets the order files are created."""
    from pipeline.render.lactmed_nxml import render_nxml
    from pipeline.render.lactmed_pdf import render_pdf

    folder.mkdir(parents=True, exist_ok=True)
    files: list[tuple[str, bytes]] = []
    for i in range(n_records):
        rec = record(f"Drugname{chr(97 + i)}", f"LM70{i:02d}")
        kind = i % 4
        if kind == 0:
            files.append((f"r{i:02d}.pdf", render_pdf(rec)))
        elif kind == 1:
            files.append((f"r{i:02d}.nxml", render_nxml(rec)))
        elif kind == 2:
            files.append((f"r{i:02d}.html", to_html(rec)))
        else:
            files.append((f"sub/r{i:02d}.txt", rec.to_text().encode("utf-8")))
    files.append(("broken.pdf", b"%PDF-1.4\nnot really a pdf"))
    for j in order or range(len(files)):
        name, data = files[j]
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
    return folder


def cli(
    *args: str | Path, env: dict[str, str] | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pipeline", *map(str, args)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, **(env or {})},
    )


def popen(*args: str | Path, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "pipeline", *map(str, args)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, **(env or {})},
    )


TABLE_FILES = ("documents", "sections", "sentences", "bibliography", "errors")


def snapshot(out: Path) -> dict[str, pd.DataFrame]:
    """Every table in OUT read back with pandas (errors without its wall-clock time)."""
    tables = {}
    for path in sorted(out.glob("*.parquet")):
        df = pd.read_parquet(path)
        if "time" in df.columns:
            df = df.drop(columns=["time"])
        tables[path.stem] = df
    return tables


def same_tables(a: dict[str, pd.DataFrame], b: dict[str, pd.DataFrame]) -> bool:
    if a.keys() != b.keys():
        return False
    for name in a:
        try:
            pd.testing.assert_frame_equal(a[name], b[name])
        except AssertionError:
            return False
    return True
