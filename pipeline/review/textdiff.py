"""Word-level changes between a document's old and new text, for the diff reports.

Text is cut into words, numbers (2.6 and 1,200 stay whole), punctuation and runs of white space,
so a changed number shows as one replaced word and the spaces around it survive. Nearby edits
share one hunk with a few words of unchanged context on each side."""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

EQUAL = "equal"
_TOKEN = re.compile(r"\s+|\d+(?:[.,]\d+)*|\w+|[^\w\s]")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class TextHunk:
    """One place where the text changed: (tag, old, new) parts; `equal` parts are context."""

    parts: tuple[tuple[str, str, str], ...]
    at_start: bool  # the hunk begins at the start of the text (no leading "…")
    at_end: bool

    def side(self, which: str, mark: tuple[str, str] = ("[", "]")) -> str:
        """The old or new text of the hunk on one line, its changed words between `mark`s."""
        out = ["" if self.at_start else "…"]
        for tag, old, new in self.parts:
            text = _SPACE.sub(" ", old if which == "old" else new)
            if tag == EQUAL:
                out.append(text)
            elif text:
                out.append(f"{mark[0]}{text}{mark[1]}")
        out.append("" if self.at_end else "…")
        return "".join(out)

    def pieces(self, which: str) -> list[tuple[str, bool]]:
        """(text, changed) runs of one side, for reports that style the changed words."""
        runs = []
        for tag, old, new in self.parts:
            text = _SPACE.sub(" ", old if which == "old" else new)
            if text:
                runs.append((text, tag != EQUAL))
        if not self.at_start:
            runs.insert(0, ("…", False))
        if not self.at_end:
            runs.append(("…", False))
        return runs


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def word_hunks(old: str, new: str, context: int = 10, limit: int = 5) -> list[TextHunk]:
    """The first `limit` hunks of word-level changes from `old` to `new` (context: tokens,
    spaces included, kept on each side of a change)."""
    if old == new:
        return []
    a, b = _tokens(old), _tokens(new)
    # Records are long and edits local: align only what lies between the common ends.
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    matcher = SequenceMatcher(None, a[p : len(a) - s], b[p : len(b) - s], autojunk=False)
    ops = [("equal", 0, p, 0, p)] if p else []
    ops += [(t, i1 + p, i2 + p, j1 + p, j2 + p) for t, i1, i2, j1, j2 in matcher.get_opcodes()]
    if s:
        ops.append(("equal", len(a) - s, len(a), len(b) - s, len(b)))
    hunks: list[TextHunk] = []
    group: list[tuple[str, int, int, int, int]] = []
    for op in ops:
        tag, i1, i2, _, _ = op
        if tag == EQUAL and group and i2 - i1 > 2 * context:
            hunks.append(_hunk(group, op, a, b, context))
            if len(hunks) == limit:
                return hunks
            group = [op]  # the same unchanged words lead into the next change
        else:
            group.append(op)
    if group and any(op[0] != EQUAL for op in group):
        hunks.append(_hunk(group, None, a, b, context))
    return hunks[:limit]


def _hunk(
    group: list[tuple[str, int, int, int, int]],
    after: tuple[str, int, int, int, int] | None,
    a: list[str],
    b: list[str],
    context: int,
) -> TextHunk:
    parts: list[tuple[str, str, str]] = []
    at_start = group[0][1] == 0
    for n, (tag, i1, i2, j1, j2) in enumerate(group):
        if tag == EQUAL and n == 0:
            i1 = j1 = max(i1, i2 - context)
            if i1 and a[i1].isspace():  # context starts at a word
                i1 = j1 = i1 + 1
            at_start = i1 == 0
            j2 = i2  # context is shown from the old tokens, which equal the new ones here
        if tag == EQUAL:
            parts.append((tag, "".join(a[i1:i2]), "".join(a[i1:i2])))
        else:
            parts.append((tag, "".join(a[i1:i2]), "".join(b[j1:j2])))
    at_end = after is None
    if after is not None:
        _, i1, i2, _, _ = after
        end = min(i2, i1 + context)
        if end < i2 and a[end - 1].isspace():  # and ends at one
            end -= 1
        at_end = end == len(a)
        parts.append((EQUAL, "".join(a[i1:end]), "".join(a[i1:end])))
    return TextHunk(tuple(parts), at_start, at_end)
