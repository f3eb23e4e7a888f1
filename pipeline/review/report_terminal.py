"""The Diff in a terminal: counts per table and per document, then changed values old -> new."""

from __future__ import annotations

import json
from collections.abc import Sequence

from rich.console import Console
from rich.table import Table
from rich.text import Text

from pipeline.review.changes import ADDED, CHANGED, KINDS, REMOVED, Change, Diff
from pipeline.review.corrections import describe_unmatched
from pipeline.review.diff import text_edits
from pipeline.review.textdiff import TextHunk

STYLE = {ADDED: "green", REMOVED: "red", CHANGED: "yellow"}
SIGN = {ADDED: "+", REMOVED: "-", CHANGED: "~"}


def fmt(value: object, width: int = 60) -> str:
    """A cell value, short: strings quoted, long text cut in the middle."""
    text = "∅" if value is None else json.dumps(value, ensure_ascii=False)
    if len(text) > width:
        half = (width - 1) // 2
        text = text[:half] + "…" + text[-half:]
    return text


def fmt_pair(old: object, new: object, width: int = 60, context: int = 18) -> tuple[str, str]:
    """Old and new value for display; two long strings are cut to where they differ, so the
    change itself stays visible ("…averaged 0.5 mg/L…" -> "…averaged 0.05 mg/L…")."""
    if not (isinstance(old, str) and isinstance(new, str)) or max(len(old), len(new)) <= width:
        return fmt(old, width), fmt(new, width)
    p = 0
    while p < min(len(old), len(new)) and old[p] == new[p]:
        p += 1
    s = 0
    while s < min(len(old), len(new)) - p and old[-1 - s] == new[-1 - s]:
        s += 1
    a = max(0, p - context)

    def cut(text: str) -> str:
        b = min(len(text), len(text) - s + context)
        return ("…" if a else "") + text[a:b] + ("…" if b < len(text) else "")

    return fmt(cut(old), width * 2), fmt(cut(new), width * 2)


def summary_line(diff: Diff) -> str:
    t = diff.totals()
    if not diff.has_differences:
        return f"no differences between {diff.old_label} and {diff.new_label}"
    parts = [f"{t[k]} {k}" for k in KINDS]
    if diff.unmatched_corrections:
        parts.append(f"{len(diff.unmatched_corrections)} unmatched correction(s)")
    return f"{diff.old_label} -> {diff.new_label}: " + ", ".join(parts)


def _counts_table(diff: Diff) -> Table:
    table = Table(title="Changes by table", title_justify="left")
    table.add_column("table")
    for k in KINDS:
        table.add_column(k, justify="right", style=STYLE[k])
    for name, counts in diff.counts().items():
        table.add_row(name, *(str(counts[k]) for k in KINDS))
    return table


def _documents_table(diff: Diff) -> Table:
    table = Table(title="Changes by document", title_justify="left")
    table.add_column("document", overflow="fold")
    for k in KINDS:
        table.add_column(k, justify="right", style=STYLE[k])
    for group in diff.groups:
        counts = group.counts()
        table.add_row(group.pair.label, *(str(counts[k]) for k in KINDS))
    return table


def _hunk_line(hunk: TextHunk) -> Text:
    line = Text("        ")
    for which, style in (("old", "red strike"), ("new", "green bold")):
        for text, changed in hunk.pieces(which):  # [brackets]: readable without colour too
            line.append(f"[{text}]" if changed else text, style if changed else "")
        if which == "old":
            line.append(" → ")
    return line


def _change_lines(change: Change, notes: list[str], hunks: Sequence[TextHunk] = ()) -> list[Text]:
    head = Text.assemble(
        (f"  {SIGN[change.kind]} {change.kind:<7} ", STYLE[change.kind]),
        f"{change.table.rstrip('s')} ",
        (change.id, "dim"),
    )
    if change.table != "documents":
        head.append(f"  {fmt(change.row.get('text'), 60)}")
    lines = [head]
    for f in change.fields:
        if f.field == "text" and change.table == "documents":
            lines.append(Text(f"      text: {len(str(f.old))} → {len(str(f.new))} characters"))
            lines += [_hunk_line(hunk) for hunk in hunks]
            continue
        old, new = fmt_pair(f.old, f.new)
        lines.append(Text.assemble(f"      {f.field}: ", (old, "red"), " → ", (new, "green")))
    lines += [Text(f"      curator: {note}", style="cyan") for note in notes]
    return lines


def _print_changes(diff: Diff, console: Console, limit: int) -> int:
    """Each document's changed rows, old → new per field; returns how many were left out."""
    shown = 0
    for group in diff.groups:
        if shown >= limit:
            break
        console.print(Text(group.pair.label, style="bold"), soft_wrap=True)
        for change in group.changes:
            if shown >= limit:
                break
            shown += 1
            hunks = text_edits(group.pair) if change is group.change else []
            for line in _change_lines(change, diff.notes.get(change.id, []), hunks):
                console.print(line, soft_wrap=True)
    return len(diff.changes) - shown


def print_report(diff: Diff, console: Console | None = None, limit: int = 50) -> None:
    console = console or Console()
    console.print(Text(summary_line(diff), style="bold"), soft_wrap=True)
    if not diff.has_differences:
        return
    console.print(_counts_table(diff))
    if diff.groups:
        console.print(_documents_table(diff))
        more = _print_changes(diff, console, limit)
        if more:
            console.print(f"… and {more} more changed rows (see --html or --markdown)")
    for u in diff.unmatched_corrections:
        console.print(Text("unmatched: " + describe_unmatched(u), style="bold red"), soft_wrap=True)
