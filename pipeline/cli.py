"""Command line: `python -m pipeline <command>`; every command has --help."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pipeline.ingest.dispatch import PDF_BACKENDS


def _add_run_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--raw", type=Path, default=Path("raw"), help="input folder (read only)")
    p.add_argument("--out", type=Path, default=Path("processed"), help="output folder")
    p.add_argument(
        "--workers", type=int, default=None, help="worker processes (default: all cores)"
    )
    p.add_argument(
        "--max-bytes",
        type=int,
        default=None,
        help="refuse files over this many bytes (default 64 MiB; 0 = off)",
    )
    p.add_argument(
        "--max-pages",
        type=int,
        default=None,
        help="refuse PDFs over this many pages (default 500; 0 = off)",
    )
    p.add_argument(
        "--max-seconds",
        type=float,
        default=None,
        help="time limit per document in seconds (default 120; 0 = off)",
    )
    p.add_argument(
        "--pdf-backend",
        choices=PDF_BACKENDS,
        default="pdfplumber",
        help="PDF reader: pdfplumber (default, the reference) or pdfium (pypdfium2, several "
        "times faster, same sections and sentences)",
    )
    p.add_argument(
        "--cache-dir",
        type=Path,
        default=None,
        help="per-document result cache (default: OUT/.cache)",
    )
    p.add_argument(
        "--no-cache",
        action="store_true",
        help="neither read nor write the per-document cache: process everything",
    )
    where = p.add_mutually_exclusive_group()
    where.add_argument(
        "--scheduler",
        metavar="tcp://HOST:PORT",
        default=None,
        help="run the per-document stages on this dask.distributed scheduler; tables become "
        "partitioned datasets OUT/<table>.parquet/part-*.parquet",
    )
    where.add_argument(
        "--dask",
        choices=("local",),
        default=None,
        help="'local': start a Dask LocalCluster on 127.0.0.1 with --workers workers",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m pipeline",
        description="Extract lactation-pharmacology study statements from LactMed records and "
        "drug web pages into Parquet tables.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser(
        "run",
        help="all stages: raw/ -> every table in --out",
        description="Ingest every file in --raw and extract study statements; "
        "writes each table to OUT/<table>.parquet, with the curators' corrections applied "
        "(re-anchored to their rows when a record was revised). Exit 0: all documents done; "
        "2: some failed (see errors.parquet); 3: some corrections could not be placed (see "
        "OUT/unmatched_corrections.jsonl and `correct --repoint`); 1: the run itself failed.",
    )
    _add_run_args(p)
    from pipeline.review.cli import add_corrections_arg

    add_corrections_arg(p)

    p = sub.add_parser(
        "ingest",
        help="ingest only: documents, sections, sentences, bibliography",
        description="Parse every file in --raw into the documents, sections, "
        "sentences, bibliography and errors tables (no extraction).",
    )
    _add_run_args(p)

    p = sub.add_parser(
        "eval",
        help="score --out against a gold file",
        description="Score the extraction tables in --out against a gold JSONL "
        "file (eval/FORMAT.md): precision, recall, F1 per atom type, "
        "and every miss and false hit with its sentence.",
    )
    p.add_argument("--gold", type=Path, required=True, help="gold JSONL file")
    p.add_argument("--out", type=Path, default=Path("processed"), help="pipeline output folder")
    p.add_argument("--report", type=Path, default=None, help="also write the report as JSON")
    p.add_argument("--quiet", action="store_true", help="print scores only, not each miss")

    p = sub.add_parser(
        "eval-gate",
        help="run on seeds and dev texts, score, enforce floors",
        description="Run the pipeline on each gold corpus listed in the "
        "baseline file, score it, and fail when any F1 is below its pinned "
        "floor. --raise-floors raises floors to the current scores; lowering "
        "one needs --allow-lower.",
    )
    p.add_argument("--baseline", type=Path, default=None, help="floors file (JSON)")
    p.add_argument("--raise-floors", action="store_true", help="raise floors to current scores")
    p.add_argument(
        "--allow-lower",
        action="store_true",
        help="with --raise-floors: also lower floors (an explicit decision)",
    )

    from pipeline.review.cli import add_review_commands

    add_review_commands(sub)

    from pipeline.report.cli import add_report_commands

    add_report_commands(sub)

    p = sub.add_parser(
        "schema-docs",
        help="print the table dictionary (Markdown)",
        description="Print every table, its columns, types and descriptions "
        "as Markdown, from pipeline/schema.py. --write FILE replaces the dictionary between "
        "the table-dictionary markers in FILE (docs/tables.md).",
    )
    p.add_argument(
        "--write",
        type=Path,
        default=None,
        metavar="FILE",
        help="update the dictionary inside FILE instead of printing it",
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command in ("run", "ingest"):
            from pipeline.runner.limits import Limits
            from pipeline.runner.run import run

            limits = Limits.from_env().with_overrides(
                args.max_bytes, args.max_pages, args.max_seconds
            )

            summary = run(
                args.raw,
                args.out,
                extract=args.command == "run",
                workers=args.workers,
                pdf_backend=args.pdf_backend,
                cache_dir=args.cache_dir,
                no_cache=args.no_cache,
                scheduler=args.scheduler,
                dask_local=args.dask == "local",
                corrections=getattr(args, "corrections", None),
                limits=limits,
            )
            if args.command == "run":
                from pipeline.evidence.stage import run_evidence

                run_evidence(args.out)  # drugs and evidence, across the documents just written
            return summary.exit_code
        from pipeline.report.cli import REPORT_COMMANDS, run_report_command

        if args.command in REPORT_COMMANDS:
            return run_report_command(args)
        from pipeline.review.cli import REVIEW_COMMANDS, run_review_command

        if args.command in REVIEW_COMMANDS:
            return run_review_command(args)
        if args.command == "schema-docs":
            from pipeline.schema import markdown_dictionary, write_dictionary

            if args.write:
                write_dictionary(args.write)
            else:
                print(markdown_dictionary())
            return 0
        if args.command == "eval":
            from pipeline.evaluate import main_eval

            return main_eval(args)
        if args.command == "eval-gate":
            from pipeline.evaluate import main_gate

            return main_gate(args)
    except (FileNotFoundError, NotADirectoryError, PermissionError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 1
