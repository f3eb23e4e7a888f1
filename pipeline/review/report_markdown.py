"""The Diff as Markdown for a pull request: counts, then each document's changed statements with
the item spans marked (**added/changed**, ~~removed~~) and changed fields old → new."""

from __future__ import annotations

import html
import re

from pipeline.review.changes import KINDS, REMOVED, Diff, StatementGroup
from pipeline.review.corrections import describe_unmatched
from pipeline.review.diff import text_edits
from pipeline.review.report_terminal import fmt_pair, summary_line
from pipeline.review.textdiff import TextHunk

_MD_SPECIAL = re.compile(r"([\\`*_~\[\]|<>#])")
_SPACE = re.compile(r"\s+")


def escape(text: str) -> str:
    """Plain text that Markdown (GitHub's) shows as written."""
    return _MD_SPECIAL.sub(r"\\\1", _SPACE.sub(" ", text))


def _code(text: str) -> str:
    return "`" + text.replace("`", "'").replace("|", "\\|") + "`"


def _hunk_side(hunk: TextHunk, which: str) -> str:
    """One side of a text hunk: removed words struck through, added words in bold."""
    style = "~~" if which == "old" else "**"
    out = []
    for text, changed in hunk.pieces(which):
        if changed and text.strip():
            lead, core, tail = _edges(text)
            out.append(f"{lead}{style}{escape(core)}{style}{tail}")
        else:
            out.append(escape(text))
    return "".join(out)


def _edges(text: str) -> tuple[str, str, str]:
    # Markdown emphasis must not start or end with a space: keep the spaces outside it.
    core = text.strip()
    start = text.index(core)
    return text[:start], core, text[start + len(core) :]


def _pair(old: object, new: object) -> str:
    a, b = fmt_pair(old, new)
    return f"{_code(a)} → {_code(b)}"


def marked_text(group: StatementGroup) -> str:
    """The statement's text with each changed item's span marked, outermost span winning."""
    text = str(group.statement.get("text") or "")
    spans = sorted(group.spans, key=lambda s: (s.start, -s.end))
    out, pos = [], 0
    for span in spans:
        if span.start < pos:
            continue  # nested or overlapping: the enclosing span is already marked
        out.append(escape(text[pos : span.start]))
        inner = escape(text[span.start : span.end])
        wrap = "~~" if span.change.kind == REMOVED else "**"
        out.append(f"{wrap}{inner}{wrap}")
        pos = span.end
    out.append(escape(text[pos:]))
    return "".join(out)


def _change_lines(group: StatementGroup, notes: dict[str, list[str]]) -> list[str]:
    lines = []
    for change in group.changes:
        what = "statement" if change.table == "statements" else change.table.rstrip("s")
        head = f"- {change.kind} {what} `{change.id}`"
        if change.table != "statements":
            head += f" “{escape(str(change.row.get('text') or ''))}”"
        if change.corrected:
            head += " (corrected by a curator)"
        lines.append(head)
        for f in change.fields:
            lines.append(f"  - {f.field}: {_pair(f.old, f.new)}")
        lines += [f"  - curator: {escape(note)}" for note in notes.get(change.id, [])]
    return lines


def render_markdown(diff: Diff) -> str:
    lines = [f"## Extraction diff: {escape(diff.old_label)} → {escape(diff.new_label)}", ""]
    lines += [summary_line(diff), ""]
    if not diff.has_differences:
        return "\n".join(lines) + "\n"
    lines += ["| table | " + " | ".join(KINDS) + " |", "|---|" + "---:|" * len(KINDS)]
    for name, counts in diff.counts().items():
        lines.append(f"| {name} | " + " | ".join(str(counts[k]) for k in KINDS) + " |")
    lines.append("")
    if diff.unmatched_corrections:
        lines += ["### Corrections that no longer match", ""]
        lines += [f"- {escape(describe_unmatched(u))}" for u in diff.unmatched_corrections]
        lines.append("")
    for group in diff.groups:
        counts = group.counts()
        summary = ", ".join(f"{counts[k]} {k}" for k in KINDS if counts[k])
        lines += [
            "<details open>" if len(diff.groups) <= 5 else "<details>",
            f"<summary><b>{html.escape(group.pair.label)}</b>: {summary}</summary>",
            "",
        ]
        if group.change is not None:
            c = group.change
            lines.append(f"Document {c.kind}: `{c.id}`")
            for f in c.fields:
                if f.field != "text":
                    lines.append(f"- {f.field}: {_pair(f.old, f.new)}")
            for hunk in text_edits(group.pair):
                lines.append(f"- text: {_hunk_side(hunk, 'old')} → {_hunk_side(hunk, 'new')}")
            lines.append("")
        for s in group.statements:
            lines += [f"> {marked_text(s) or '(statement not in the tables)'}", ""]
            lines += _change_lines(s, diff.notes)
            lines.append("")
        lines += ["</details>", ""]
    return "\n".join(lines).rstrip() + "\n"
