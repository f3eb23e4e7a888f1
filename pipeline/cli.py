"""Command line: `python -m pipeline <command>`; every command has --help."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import NoReturn, TypeAlias

from pipeline import settings
from pipeline.ingest.dispatch import PDF_BACKENDS

USAGE = 64  # EX_USAGE (sysexits.h)


EXIT_CODES = """exit codes:
  0    every document done
  1    the run failed, nothing written to OUT (a missing or empty --raw, another run
       writing to OUT, a full disk, invalid tables: the message says which)
  2    some documents failed (see errors.parquet); the tables hold the rest
  3    some curators' corrections could not be placed (see OUT/unmatched_corrections.jsonl
       and `correct --repoint`); the tables hold the rest
       (both 2 and 3 at once: the run exits 2, documents lost being the graver outcome, and
       prints the corrections' message too)
  64   usage error (an unknown command or option, a value an option does not take)
  130  stopped by SIGINT (Ctrl-C); 143 by SIGTERM, 129 by SIGHUP: OUT is as it was"""


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error exits 64 (EX_USAGE): 2 means "some documents failed"."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(USAGE, f"{self.prog}: error: {message}\n")


# The subcommands' action: add_parser() makes each command's parser a _Parser too.
Subcommands: TypeAlias = "argparse._SubParsersAction[_Parser]"


def _add_raw_args(p: argparse.ArgumentParser) -> None:
    """Options of the commands that read raw/."""
    p.add_argument("--raw", type=Path, default=settings.RAW_DIR, help="input folder (read only)")
    p.add_argument(
        "--allow-empty",
        action="store_true",
        help="an empty --raw writes empty tables (default: it is an error, exit 1)",
    )
    p.add_argument(
        "--max-bytes",
        type=int,
        default=None,
        help=f"refuse files over this many bytes (default {settings.MAX_BYTES // 2**20} MiB; "
        "0 = off)",
    )
    p.add_argument(
        "--max-pages",
        type=int,
        default=None,
        help=f"refuse PDFs over this many pages (default {settings.MAX_PAGES}; 0 = off)",
    )
    p.add_argument(
        "--pdf-backend",
        choices=PDF_BACKENDS,
        default="pdfplumber",
        help="PDF reader: pdfplumber (default, the reference) or pdfium (pypdfium2, several "
        "times faster, same sections and sentences)",
    )


def _add_run_args(p: argparse.ArgumentParser) -> None:
    """Options of every command that writes OUT's tables (run, ingest, extract)."""
    p.add_argument("--out", type=Path, default=settings.OUT_DIR, help="output folder")
    p.add_argument(
        "--workers", type=int, default=None, help="worker processes (default: all cores)"
    )
    p.add_argument(
        "--max-seconds",
        type=float,
        default=None,
        help=f"time limit per document in seconds (default {settings.MAX_SECONDS:g}; 0 = off)",
    )
    p.add_argument(
        "--cache-dir",
        type=Path,
        default=None,
        help=f"per-document result cache (default: OUT/{settings.CACHE_DIRNAME})",
    )
    p.add_argument(
        "--no-cache",
        action="store_true",
        help="neither read nor write the per-document cache: process everything",
    )
    p.add_argument(
        "--wait",
        action="store_true",
        help="when another run is writing to --out, wait for it to finish (default: exit 1 "
        "at once, naming that run's process)",
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


def _add_run_parser(sub: Subcommands, name: str, help: str, description: str) -> _Parser:
    """A command that writes OUT's tables: its --help ends with the exit codes."""
    return sub.add_parser(
        name,
        help=help,
        description=description,
        epilog=EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )


def _add_run_commands(sub: Subcommands) -> None:
    """run, ingest and extract: the commands that write OUT's tables."""
    from pipeline.review.cli import add_corrections_arg

    p = _add_run_parser(
        sub,
        "run",
        help="all stages: raw/ -> every table in --out",
        description="Ingest every file in --raw and extract study statements; "
        "writes each table to OUT/<table>.parquet, with the curators' corrections applied "
        "(re-anchored to their rows when a record was revised). One run writes to a "
        "folder at a time.",
    )
    _add_raw_args(p)
    _add_run_args(p)
    add_corrections_arg(p)

    p = _add_run_parser(
        sub,
        "ingest",
        help="ingest only: documents, sections, sentences, bibliography",
        description="Parse every file in --raw into the documents, sections, "
        "sentences, bibliography and errors tables (no extraction).",
    )
    _add_raw_args(p)
    _add_run_args(p)

    p = _add_run_parser(
        sub,
        "extract",
        help="extraction only, over the ingest tables already in --out",
        description="Run extraction alone over the documents, sections and sentences an "
        "earlier `ingest` (or `run`) wrote to --out, without reading --raw: OUT then holds "
        "those tables, every extraction table and the errors of both. Extraction results "
        "are cached per document, so a re-run redoes only what changed.",
    )
    _add_run_args(p)
    add_corrections_arg(p)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="python -m pipeline",
        description="Extract lactation-pharmacology study statements from LactMed records and "
        "drug web pages into Parquet tables.",
        epilog=EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    _add_run_commands(sub)

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
        "floor, or when a PDF twin's F1 is more than 0.01 below its text twin's "
        '("text_twin" in the baseline). --raise-floors raises floors to the '
        "current scores; lowering one needs --allow-lower.",
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
    from pipeline.runner.stop import Interrupted, stop_signals_interrupt

    try:
        with stop_signals_interrupt():
            args = build_parser().parse_args(argv)
            if args.command in ("run", "ingest", "extract"):
                return _run_command(args)
            return _other_command(args)
    except Interrupted as stop:
        print("interrupted", file=sys.stderr)
        return stop.exit_code


def _other_command(args: argparse.Namespace) -> int:
    try:
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


def _run_command(args: argparse.Namespace) -> int:
    """run / ingest / extract; every way they end is one message and an exit code."""
    from pipeline.runner.stop import Interrupted

    try:
        from pipeline.runner.run import RunOptions, UsageError, extract_only, run
        from pipeline.settings import Limits

        limits = Limits.from_env().with_overrides(
            getattr(args, "max_bytes", None), getattr(args, "max_pages", None), args.max_seconds
        )
        options = RunOptions(
            cache_dir=args.cache_dir,
            no_cache=args.no_cache,
            scheduler=args.scheduler,
            dask_local=args.dask == "local",
            corrections=getattr(args, "corrections", None),
            limits=limits,
            wait=args.wait,
        )
        if args.command == "extract":
            return extract_only(args.out, args.workers, options=options).exit_code
        summary = run(
            args.raw,
            args.out,
            extract=args.command == "run",
            workers=args.workers,
            pdf_backend=args.pdf_backend,
            allow_empty=args.allow_empty,
            options=options,
        )
        if args.command == "run":
            from pipeline.evidence.stage import run_evidence

            run_evidence(args.out)  # drugs and evidence, across the documents just written
        return summary.exit_code
    except Interrupted as stop:
        print(_interrupted_line(stop, args), file=sys.stderr)
        # Workers, cluster, staging folder and lock are dealt with: leave now. The
        # interpreter's own exit would join the process pool's manager thread, which can
        # wait forever on a pipe a killed worker was writing to. Only multiprocessing's
        # priority >= 0 clean-ups run first (they free its semaphores; else its resource
        # tracker frees them and prints a warning about each).
        if "multiprocessing.util" in sys.modules:
            sys.modules["multiprocessing.util"]._run_finalizers(0)
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(stop.exit_code)
    except UsageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return USAGE
    except (OSError, ValueError, RuntimeError) as exc:
        # Missing folders, a busy output folder, a full disk, invalid tables or corrections.
        print(f"error: {exc}", file=sys.stderr)
        return 1


def _interrupted_line(stop, args: argparse.Namespace) -> str:
    done = f"{stop.done} documents were" if stop.done != 1 else "1 document was"
    if stop.written:
        return f"interrupted: the tables were already written to {args.out}"
    cached = "cached" if not args.no_cache else "not cached (--no-cache)"
    verb = "are" if stop.done != 1 else "is"
    return f"interrupted: nothing written to {args.out}; {done} done and {verb} {cached}"
