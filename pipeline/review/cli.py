"""The curator's commands: `diff`, `accept` and `correct` (wired into pipeline/cli.py)."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from rich.console import Console

if TYPE_CHECKING:
    from pipeline.cli import Subcommands
    from pipeline.review.anchors import Anchor
    from pipeline.review.corrections import Correction

DEFAULT_BASELINE = Path("curated/baseline")
DEFAULT_CORRECTIONS = Path("curated/corrections.jsonl")
DEFAULT_OUT = Path("processed")
REVIEW_COMMANDS = ("diff", "accept", "correct")

# diff's exit codes, like `git diff --exit-code`: CI gates on 1.
SAME, DIFFERENT, FAILED = 0, 1, 2


def add_corrections_arg(p: argparse.ArgumentParser) -> None:
    """--corrections for `run`: which corrections file every run applies."""
    p.add_argument(
        "--corrections",
        type=Path,
        default=DEFAULT_CORRECTIONS,
        metavar="FILE",
        help="curators' corrections applied to the tables (default: %(default)s; "
        "a missing file means none)",
    )


def add_review_commands(sub: Subcommands) -> None:
    _add_diff_parser(sub)
    _add_accept_parser(sub)
    _add_correct_parser(sub)


def _add_diff_parser(sub: Subcommands) -> None:
    p = sub.add_parser(
        "diff",
        help="what changed in the extraction: baseline (or OLD) -> processed (or NEW)",
        description="Compare two runs' extraction tables: statements and items added, removed "
        "and changed (matched by their stable ids; a changed item is shown field by field, "
        "old -> new), grouped by document. OLD and NEW are pipeline output folders (Parquet) "
        "or accepted baselines (JSONL). With no folders, compares the accepted baseline with "
        "--out; with one, compares the baseline with it. Also lists curators' corrections that "
        "no longer match any row. Exit 0: no differences; 1: differences; 2: the diff failed.",
    )
    p.add_argument("old", nargs="?", type=Path, metavar="OLD", help="the earlier run")
    p.add_argument("new", nargs="?", type=Path, metavar="NEW", help="the later run")
    p.add_argument(
        "--baseline",
        type=Path,
        default=DEFAULT_BASELINE,
        help="accepted baseline, used when OLD is not given (default: %(default)s)",
    )
    p.add_argument(
        "--out",
        type=Path,
        default=DEFAULT_OUT,
        help="pipeline output, used when no folder is given (default: %(default)s)",
    )
    p.add_argument(
        "--html",
        type=Path,
        metavar="FILE",
        help="also write a self-contained HTML report (spans highlighted, filters)",
    )
    p.add_argument(
        "--markdown",
        type=Path,
        metavar="FILE",
        help="also write a Markdown report, e.g. for a pull request",
    )
    p.add_argument(
        "--corrections",
        type=Path,
        default=DEFAULT_CORRECTIONS,
        metavar="FILE",
        help="curators' corrections, to say who changed a row and why "
        "(default: %(default)s, if it exists)",
    )
    p.add_argument(
        "--limit",
        type=int,
        default=50,
        help="changed rows listed in the terminal (default: %(default)s)",
    )
    p.add_argument("--quiet", action="store_true", help="print the summary line only")


def _add_accept_parser(sub: Subcommands) -> None:
    p = sub.add_parser(
        "accept",
        help="make --out the accepted baseline (curated/baseline/*.jsonl)",
        description="Write the documents and extraction tables of --out as sorted, stable JSON "
        "Lines into --baseline, so the acceptance is a reviewable git diff. Refuses while "
        "corrections no longer match any row, unless --allow-unmatched.",
    )
    p.add_argument(
        "--out",
        type=Path,
        default=DEFAULT_OUT,
        help="pipeline output to accept (default: %(default)s)",
    )
    p.add_argument(
        "--baseline",
        type=Path,
        default=DEFAULT_BASELINE,
        help="baseline folder to write (default: %(default)s)",
    )
    p.add_argument(
        "--allow-unmatched",
        action="store_true",
        help="accept even though some corrections match no row",
    )


def _add_correct_parser(sub: Subcommands) -> None:
    p = sub.add_parser(
        "correct",
        help="record a curator's correction of one row in curated/corrections.jsonl",
        description="Append a validated correction for the row with stable id ID (as shown by "
        "`diff` or in the tables of --out): --reject it, or --set FIELD=VALUE (VALUE is read as "
        "JSON where it can be: 0.05, null, [1, 2]; otherwise as text). The line also records "
        "the row's anchor (record path, statement text, item text and place), so the run can "
        "follow the row when the record is revised. The next run applies it. "
        "--repoint NEW_ID moves the corrections recorded on ID to the row NEW_ID of --out, "
        "for a correction the run could not place.",
    )
    p.add_argument("id", metavar="ID", help="statement_id or item_id of the row")
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--set", metavar="FIELD=VALUE", help="set one field of the row")
    what.add_argument("--reject", action="store_true", help="the row is wrong: drop it")
    what.add_argument(
        "--repoint",
        metavar="NEW_ID",
        help="point the corrections on ID at the row NEW_ID (from the run's message or `diff`)",
    )
    p.add_argument("--who", help="who makes the correction (needed with --set and --reject)")
    p.add_argument("--why", help="why: the evidence, in a sentence (needed with --set, --reject)")
    p.add_argument("--date", default=None, help="YYYY-MM-DD (default: today, UTC)")
    p.add_argument(
        "--out",
        type=Path,
        default=DEFAULT_OUT,
        help="the output folder of the run the id comes from (default: %(default)s)",
    )
    p.add_argument(
        "--corrections",
        type=Path,
        default=DEFAULT_CORRECTIONS,
        help="corrections file to append to (default: %(default)s)",
    )


def run_review_command(args: argparse.Namespace) -> int:
    from pipeline.review.corrections import CorrectionsError

    try:
        if args.command == "diff":
            return _diff(args)
        if args.command == "accept":
            return _accept(args)
        if args.command == "correct":
            return _correct(args)
    except (
        FileNotFoundError,
        NotADirectoryError,
        PermissionError,
        CorrectionsError,
        ValueError,
    ) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return FAILED
    raise ValueError(f"not a review command: {args.command}")


def _diff(args: argparse.Namespace) -> int:
    from pipeline.review.baseline import load_tables
    from pipeline.review.corrections import load_corrections, read_unmatched
    from pipeline.review.diff import compute_diff
    from pipeline.review.report_html import render_html
    from pipeline.review.report_markdown import render_markdown
    from pipeline.review.report_terminal import print_report, summary_line

    if args.old is not None and args.new is None:
        old, new = args.baseline, args.old
    else:
        old, new = args.old or args.baseline, args.new or args.out
    if old == args.baseline and not old.exists():
        raise FileNotFoundError(
            f"no accepted baseline in {old} yet: `make accept` (python -m pipeline accept) "
            "makes the current run the baseline"
        )
    diff = compute_diff(load_tables(old), load_tables(new), str(old), str(new))
    diff.with_unmatched(read_unmatched(new)).annotate(load_corrections(args.corrections))
    if args.quiet:
        print(summary_line(diff))
    else:
        print_report(diff, Console(), limit=args.limit)
    if args.markdown:
        args.markdown.write_text(render_markdown(diff), encoding="utf-8")
        print(f"wrote {args.markdown}", file=sys.stderr)
    if args.html:
        args.html.write_text(render_html(diff), encoding="utf-8")
        print(f"wrote {args.html}", file=sys.stderr)
    return DIFFERENT if diff.has_differences else SAME


def _accept(args: argparse.Namespace) -> int:
    from pipeline.review.baseline import BASELINE_TABLES, load_tables, write_baseline
    from pipeline.review.corrections import describe_unmatched, read_unmatched
    from pipeline.review.diff import compute_diff
    from pipeline.review.report_terminal import summary_line

    if not all((args.out / f"{t.name}.parquet").exists() for t in BASELINE_TABLES):
        raise FileNotFoundError(
            f"{args.out} holds no complete run: run `make all` (python -m pipeline run) first"
        )
    tables = load_tables(args.out)
    unmatched = read_unmatched(args.out)
    if unmatched and not args.allow_unmatched:
        for u in unmatched:
            print(f"unmatched: {describe_unmatched(u)}", file=sys.stderr)
        print(
            f"error: {len(unmatched)} correction(s) could not be placed: point each at its row "
            "with `python -m pipeline correct OLD_ID --repoint NEW_ID` (or delete its line) and "
            "re-run, or pass --allow-unmatched",
            file=sys.stderr,
        )
        return FAILED
    previous = None
    if all((args.baseline / f"{t.name}.jsonl").is_file() for t in BASELINE_TABLES):
        previous = compute_diff(
            load_tables(args.baseline), tables, str(args.baseline), str(args.out)
        )
    written = write_baseline(tables, args.baseline)
    counts = ", ".join(f"{tables[t.name].num_rows} {t.name}" for t in BASELINE_TABLES)
    change = summary_line(previous) if previous else "first baseline"
    print(f"accepted {args.out} as {args.baseline} ({counts}); {change}")
    print(
        f"wrote {len(written)} files; review them with `git diff --stat {args.baseline}` and commit"
    )
    return SAME


def _parse_value(text: str) -> object:
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return text


def _run_tables(out: Path) -> dict[str, list[dict[str, object]]]:
    from pipeline.review.baseline import load_tables

    try:
        tables = load_tables(out)
    except FileNotFoundError as exc:
        raise FileNotFoundError(
            f"{exc} (`correct` looks up ids in --out {out}: pass --out DIR, the output folder of "
            "the run the id comes from)"
        ) from exc
    return {name: t.to_pylist() for name, t in tables.items()}


def _find_row(
    tables: dict[str, list[dict[str, object]]], rid: str, out: Path
) -> tuple[str, dict[str, object], Anchor]:
    """The table and row with id `rid` in a run's tables, and the anchor to record with it."""
    from pipeline.review.anchors import anchor_of
    from pipeline.review.changes import DIFF_TABLES, row_id

    for name in DIFF_TABLES:
        row = next((r for r in tables[name] if row_id(name, r) == rid), None)
        if row is None:
            continue
        statement = next(
            s for s in tables["statements"] if s["statement_id"] == row["statement_id"]
        )
        doc: dict[str, object] = next(
            (d for d in tables["documents"] if d["doc_id"] == row["doc_id"]), {}
        )
        return name, row, anchor_of(name, row, statement, str(doc.get("source_path") or ""))
    raise ValueError(
        f"no statement or item in {out} has id {rid!r}: copy the id from `diff` or from the "
        f"tables of your run, and pass --out DIR when that run wrote elsewhere than {out}"
    )


def _write_atomically(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)


def _correct(args: argparse.Namespace) -> int:
    from pipeline.review.corrections import load_corrections, parse_correction

    existing = load_corrections(args.corrections)  # a broken file: the error names its line
    tables = _run_tables(args.out)
    if args.repoint:
        return _repoint(args, tables, existing)
    if not args.who or not args.why:
        raise ValueError('--set and --reject need --who NAME and --why "the evidence"')
    table, _row, anchor = _find_row(tables, args.id, args.out)
    obj: dict[str, object] = {"id": args.id, "table": table}
    if args.reject:
        obj["action"] = "reject"
    else:
        field, sep, value = args.set.partition("=")
        if not sep:
            raise ValueError("--set takes FIELD=VALUE, e.g. --set value=0.05")
        obj.update(action="set", field=field.strip(), value=_parse_value(value.strip()))
    obj.update(
        who=args.who, why=args.why, date=args.date or datetime.now(timezone.utc).date().isoformat()
    )
    obj["anchor"] = anchor.to_json()
    text = args.corrections.read_text(encoding="utf-8") if args.corrections.exists() else ""
    if text and not text.endswith("\n"):
        text += "\n"
    line = text.count("\n") + 1
    correction = parse_correction(obj, line, f"{args.corrections} (new)")
    _write_atomically(args.corrections, text + correction.to_json() + "\n")
    print(
        f"recorded in {args.corrections} line {line}: {correction.action} {table} {args.id}; "
        "the next run (make all) applies it"
    )
    return SAME


def _repoint(args: argparse.Namespace, tables: dict, existing: list[Correction]) -> int:
    """Rewrite the lines recorded on args.id to name args.repoint (and its anchor) instead."""
    from dataclasses import replace

    hits = [c for c in existing if c.id == args.id]
    if not hits:
        raise ValueError(
            f"{args.corrections} has no correction on {args.id!r}: give the old id, as the run "
            f"or {args.out / 'unmatched_corrections.jsonl'} names it"
        )
    table, _row, anchor = _find_row(tables, args.repoint, args.out)
    for c in hits:
        if c.table != table:
            raise ValueError(
                f"{args.corrections} line {c.line}: the correction is on a {c.table} row, "
                f"but {args.repoint} is a {table} row"
            )
    lines = args.corrections.read_text(encoding="utf-8").split("\n")
    for c in hits:
        lines[c.line - 1] = replace(c, id=args.repoint, anchor=anchor).to_json()
    _write_atomically(args.corrections, "\n".join(lines))
    where = ", ".join(str(c.line) for c in hits)
    print(
        f"re-pointed {args.corrections} line(s) {where}: {table} {args.id} -> {args.repoint}; "
        "the next run (make all) applies it"
    )
    return SAME
