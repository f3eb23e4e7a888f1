"""Write the sample corpus into raw/: the invented records of pipeline/render/samples as
LactMed-style PDFs, and two more records (samples/archive.py) as a LactMed NXML archive.

    python scripts/make_sample_corpus.py --raw raw

Output is deterministic: the same code writes the same bytes, and a file whose bytes did not
change is left untouched (so `make` does not see a change).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pipeline.render.lactmed_pdf import render_pdf
from pipeline.render.record import LactMedRecord
from pipeline.render.samples import PDF_RECORDS
from pipeline.render.samples.archive import write_sample_archive

# Each sample PDF shows one layout the PDF ingester must handle (all four keep the running
# header, "<Drug> <page>" footer, run-in subheads and hanging-indent references).
PDF_LAYOUTS: dict[str, dict[str, Any]] = {
    "sertraline": {"two_column_page": True},
    "ibuprofen": {"hyphenate": True},
    "amoxicillin": {},
    "levothyroxine": {
        "table": (
            ("Mothers", "Median milk thyroxine"),
            ("Levothyroxine 75 to 150 mcg daily (n = 7)", "1.1 mcg/L"),
            ("Untreated euthyroid (n = 11)", "0.9 mcg/L"),
        ),
    },
}


def _write_if_changed(path: Path, data: bytes) -> Path:
    if not path.exists() or path.read_bytes() != data:
        path.write_bytes(data)
    return path


def pdf_name(record: LactMedRecord) -> str:
    return f"{record.drug.lower()}_lactmed.pdf"


def write_pdfs(raw: Path) -> list[Path]:
    """raw/<drug>_lactmed.pdf for every sample record."""
    return [
        _write_if_changed(raw / pdf_name(r), render_pdf(r, **PDF_LAYOUTS.get(r.drug.lower(), {})))
        for r in PDF_RECORDS
    ]


def write_archive(raw: Path) -> list[Path]:
    """raw/lactmed_sample.tar.gz: two records in NLM's NXML format."""
    return [write_sample_archive(raw)]


# Output name -> writer; each writes its files into raw/ and returns their paths.
OUTPUTS: dict[str, Callable[[Path], list[Path]]] = {
    "pdf": write_pdfs,
    "nxml": write_archive,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--raw", type=Path, default=Path("raw"), help="output folder")
    parser.add_argument(
        "--only",
        choices=sorted(OUTPUTS),
        action="append",
        help="write only these outputs (default: all)",
    )
    args = parser.parse_args(argv)
    args.raw.mkdir(parents=True, exist_ok=True)
    for name in args.only or OUTPUTS:
        for path in OUTPUTS[name](args.raw):
            print(f"{name}: {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
