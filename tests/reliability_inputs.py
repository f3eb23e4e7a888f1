"""Real inputs for the reliability tests, all made from one LactMedRecord: a reportlab PDF, an
NXML record, an HTML page and LactMed's plain-text layout; plus helpers to run the CLI."""

from __future__ import annotations

import html
import os
import subprocess
import sys
from datetime import date
from functools import cache
from pathlib import Path

import pandas as pd

from pipeline.render.record import LactMedRecord, RecordReference

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "eval" / "corpora" / "seeds"


def record(drug: str = "Zolmitrex", part: str = "LM7001") -> LactMedRecord:
    return LactMedRecord(
        drug=drug,
        book_part_id=part,
        revised=date(2025, 1, 20),
        cas="50-78-2",
        summary=(
            f"{drug} is excreted into breastmilk in small amounts.[1] Amounts ingested by the "
            "infant are low and would not be expected to cause adverse effects.[2]",
        ),
        maternal_levels=(
            "Six women taking 20 mg twice daily had average milk levels of 0.4 mg/L at 3 days "
            "postpartum.[1]",
        ),
        infant_levels=("Infant serum levels were undetectable (<0.1 mg/L) in 4 infants.[2]",),
        infant_effects=("No adverse effects were reported in 12 breastfed infants.[2]",),
        references=(
            RecordReference(
                1, "Smith A, Jones B. Milk levels. J Hum Lact. 2001;17:1-5.", "11111111"
            ),
            RecordReference(2, "Doe C. Infant outcomes. Pediatrics. 2005;115:2-9.", None),
        ),
    )


def to_html(rec: LactMedRecord, extra_head: str = "", extra_body: str = "") -> bytes:
    parts = [f"<h1>{html.escape(rec.drug)}</h1>"]
    for heading, _key, paras in rec.sections():
        if paras:
            parts.append(f"<h2>{html.escape(heading)}</h2>")
            parts += [f"<p>{html.escape(p)}</p>" for p in paras]
    page = (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{rec.drug} - "
        f"Breastfeeding</title>{extra_head}</head><body><main><article>{''.join(parts)}"
        f"</article></main>{extra_body}</body></html>"
    )
    return page.encode("utf-8")


@cache
def real_input_bytes() -> dict[str, bytes]:
    from pipeline.render.lactmed_nxml import render_nxml
    from pipeline.render.lactmed_pdf import render_pdf

    rec = record()
    inputs = {
        "record.pdf": render_pdf(rec),
        "record.nxml": render_nxml(rec),
        "record.html": to_html(rec),
        "record.txt": rec.to_text().encode("utf-8"),
    }
    seeds = sorted(SEEDS.glob("*.txt"))
    if seeds:
        inputs["seed.txt"] = seeds[0].read_bytes()
    return inputs


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
