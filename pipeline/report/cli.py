"""The `evidence` and `report` commands."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipeline.cli import Subcommands

REPORT_COMMANDS = ("evidence", "report")


def add_report_commands(sub: Subcommands) -> None:
    p = sub.add_parser(
        "evidence",
        help="build drugs and evidence from a run's tables",
        description="Build drugs.parquet (one row per substance across documents, and "
        "statements.drug_id) and evidence.parquet (one row per result, joined) from the tables "
        "in --out. `run` does this as its last step; tables that would not change are left "
        "as they are.",
    )
    p.add_argument("--out", type=Path, default=Path("processed"), help="pipeline output folder")
    p = sub.add_parser(
        "report",
        help="write the HTML report (an index of drugs, a page per drug)",
        description="Write OUT/report/index.html and one page per drug from drugs.parquet and "
        "evidence.parquet: summaries, studies, plots of milk levels against maternal daily "
        "dose, relative infant doses and comparisons, each number linked to its sentence. "
        "Works from file:// with no network; pages whose content is unchanged are not "
        "rewritten.",
    )
    p.add_argument("--out", type=Path, default=Path("processed"), help="pipeline output folder")
    p.add_argument(
        "--report-dir", type=Path, default=None, help="where to write (default: OUT/report)"
    )
    p.add_argument(
        "--workers", type=int, default=None, help="processes drawing pages (default: all cores)"
    )


def run_report_command(args: argparse.Namespace) -> int:
    started = time.monotonic()
    if args.command == "evidence":
        from pipeline.evidence.stage import run_evidence

        written = run_evidence(args.out)
        what = ", ".join(written) if written else "nothing changed"
        print(f"evidence: {what} ({time.monotonic() - started:.1f} s)", file=sys.stderr)
        return 0
    from pipeline.report.build import write_report

    summary = write_report(args.out, args.report_dir or args.out / "report", args.workers)
    print(f"{summary} ({time.monotonic() - started:.1f} s)", file=sys.stderr)
    return 0
