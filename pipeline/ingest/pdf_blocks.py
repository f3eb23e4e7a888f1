"""PDF lines -> blocks: the layout rules that group lines into headings and paragraphs.

- Bold lines are headings (the largest one on page 1 is the record title); so is, whatever its
  font, a line that is a heading LactMed names (sections.yaml: "Summary of Use during
  Lactation:", "Drug Levels:", "Maternal Levels."). A document that marks no headings by font
  also gets plain text's headings by shape (headings.py), each paragraph read as a text line.
- An italic phrase opening a paragraph is a run-in subhead ("Maternal Levels.").
- Vertical gaps, outdents and first-line indents separate paragraphs and numbered references;
  so does a line that stops short: with room left for the next line's first word, or, in
  justified text, above a justified line (a heading set tight above its text).
- A paragraph goes on over a page or column break when its last line reaches the right margin,
  is not finished, or the next line is indented like its continuation lines.
- Lines are joined by textclean.join_lines (line-end hyphens judged by hyphenation.py).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from pipeline.ingest.headings import list_item, looks_like_heading, names_heading, shape_headings
from pipeline.ingest.hyphenation import Lexicon
from pipeline.ingest.layout_rules import classify_heading
from pipeline.ingest.parsed import HEADING, LIST_ITEM, PARAGRAPH, TABLE_ROW, Block
from pipeline.ingest.textclean import URL_TAIL, join_lines, normalize_space

Word = dict[str, Any]

USUAL_PITCH = 1.25  # line pitch / font size of most typesetting (reportlab 1.2, Word 1.15)
_NUMBERED = re.compile(r"^\d{1,3}\.\s+\S")
# A sentence's end, with the citations that may follow it ("... 2.2).[3]").
_TERMINAL = re.compile(r"[.?!][\]\")\u201d\u2019]?(?:\[[\d,\s\u2013-]+\])*$")
# A block that ends here: a sentence, a citation, or a lead-in colon.
_ENDED = re.compile(r"(?:[.?!:][\]\")\u201d\u2019]?|\])$")


class Line:
    """One line of words, with the measures the layout rules read again and again, taken once
    (a line's words never change after it is made)."""

    __slots__ = ("page", "words", "group", "text", "x0", "x1", "top", "bottom", "size", "bold")

    def __init__(
        self, page: int, words: list[Word], group: tuple[int, int, int] = (0, 0, 0)
    ) -> None:
        self.page = page
        self.words = words
        self.group = group  # (page, region, column): lines of one column
        self.text = normalize_space(" ".join([w["text"] for w in words]))
        self.x0: float = words[0]["x0"]
        self.x1: float = max([w["x1"] for w in words])
        self.top: float = min([w["top"] for w in words])
        self.bottom: float = max([w["bottom"] for w in words])
        self.size: float = round(max([w["size"] for w in words]), 1)
        self.bold = all([_is_bold(w["fontname"]) for w in words])

    @property
    def italic_lead(self) -> bool:
        """The line opens with an italic phrase ending in '.' or ':' ("Maternal Levels.")."""
        n = 0
        while n < len(self.words) and _is_italic(self.words[n]["fontname"]):
            n += 1
        return 0 < n <= 6 and self.words[n - 1]["text"].endswith((".", ":"))


@dataclass
class Table:
    page: int
    top: float
    rows: list[str]


@cache  # a document has a handful of font names and thousands of words
def _is_bold(fontname: str) -> bool:
    name = fontname.lower()
    return any(k in name for k in ("bold", "black", "heavy", "semibold"))


@cache
def _is_italic(fontname: str) -> bool:
    name = fontname.lower()
    return "italic" in name or "oblique" in name


# --- lines -> blocks ---


@dataclass
class _Building:
    kind: str
    lines: list[Line]
    text: str
    page: int
    breaks: list[tuple[int, int]] = field(default_factory=list)


class _Layout:
    """Measures taken once per document: body size, line pitch, column edges."""

    def __init__(self, items: list[Line | Table]) -> None:
        lines = [i for i in items if isinstance(i, Line)]
        sizes: Counter[float] = Counter()
        for ln in lines:
            sizes[ln.size] += len(ln.words)
        self.body_size = sizes.most_common(1)[0][0] if sizes else 10.0
        ratios = [
            (b.top - a.top) / a.size
            for a, b in zip(lines, lines[1:], strict=False)
            if a.group == b.group and a.size == b.size == self.body_size and b.top > a.top
        ]
        # The line pitch: a low quantile, as short paragraphs put many gaps between lines; a
        # few lines show none (they may all be paragraphs apart), so no more than the usual.
        ratios.sort()
        few = len(ratios) < 4
        self.pitch = min([*ratios, USUAL_PITCH]) if few else ratios[(len(ratios) - 1) // 4]
        edges: dict[tuple[int, int, int], list[float]] = {}
        for ln in lines:
            e = edges.setdefault(ln.group, [ln.x0, ln.x1])
            e[0], e[1] = min(e[0], ln.x0), max(e[1], ln.x1)
        # Each column's own right edge (a page may set its text narrower than the frame)
        self.own_right = {g: e[1] for g, e in edges.items()}
        single = [e for g, e in edges.items() if g[1] == 0]
        if single:  # single-column text shares one frame across pages
            frame = [min(e[0] for e in single), max(e[1] for e in single)]
            for g in edges:
                if g[1] == 0:
                    edges[g] = frame
        self.edges = edges
        # Justified text: its long lines end at the column's right edge (ragged text ends
        # them anywhere), so a short line above a full one ends a paragraph.
        long = [ln for ln in lines if ln.x1 - self.left(ln) >= 0.85 * self._width(ln)]
        self.justified = len(long) >= 4 and sum(map(self.full, long)) >= 0.7 * len(long)

    def _width(self, ln: Line) -> float:
        return self.edges[ln.group][1] - self.edges[ln.group][0]

    def left(self, ln: Line) -> float:
        return self.edges[ln.group][0]

    def full(self, ln: Line) -> bool:
        return ln.x1 >= self.edges[ln.group][1] - 2.0


def _body_block(cur: _Building) -> Block:
    """A paragraph, or a list item (its bullet dropped as the text path drops it)."""
    if _NUMBERED.match(cur.text):  # a numbered reference keeps its number
        return Block(LIST_ITEM, cur.text, cur.page, tuple(cur.breaks))
    item = list_item(cur.text)
    if item is None:
        return Block(PARAGRAPH, cur.text, cur.page, tuple(cur.breaks))
    shift = len(cur.text) - len(item.text)  # the dropped bullet moves the page breaks
    breaks = tuple((max(at - shift, 0), p) for at, p in cur.breaks)
    return Block(LIST_ITEM, item.text, cur.page, breaks)


def _indent_starts_paragraph(cur: _Building, ln: Line, layout: _Layout) -> bool:
    """In text whose paragraphs open with a first-line indent, a line indented like this
    paragraph's first line, after a line that finished (short, or ending a sentence), opens
    the next paragraph. Lines that are all indented alike and full are one indented block."""
    prev, first = cur.lines[-1], cur.lines[0]
    rel, first_rel = ln.x0 - layout.left(ln), first.x0 - layout.left(first)
    if first_rel <= 2.0 or abs(rel - first_rel) > 1.0:
        return False
    return prev is first or prev.x0 < ln.x0 - 2.0 or not layout.full(prev)


def _continues(cur: _Building, ln: Line, layout: _Layout) -> bool:
    """Does body line `ln` go on with the paragraph being built?"""
    prev, first = cur.lines[-1], cur.lines[0]
    if cur.kind == HEADING or ln.italic_lead or abs(ln.size - prev.size) > 0.6:
        return False
    rel = ln.x0 - layout.left(ln)
    first_rel = first.x0 - layout.left(first)
    hanging = len(cur.lines) > 1 and cur.lines[1].x0 - layout.left(cur.lines[1]) > first_rel + 2
    if ln.group == prev.group:
        if ln.top - prev.top > 1.2 * layout.pitch * ln.size or ln.top < prev.top:
            return False
        if ln.x0 < prev.x0 - 2.0 and prev is not first:  # the next hanging item
            return False  # (an outdent after the first line is a first-line indent's end)
        if _ended_early(prev, ln, layout):
            return False
        return not _indent_starts_paragraph(cur, ln, layout)
    # A page or column break: go on if the paragraph visibly does.
    # A numbered item's next item is numbered: after one, only a number starts an item.
    numbered = _NUMBERED.match(first.text)
    item_start = _NUMBERED.match(ln.text) or (not numbered and _TERMINAL.search(prev.text))
    if (hanging or numbered) and rel <= first_rel + 1.0 and item_start:
        return False  # the next item of a list (an unfinished item goes on: "ma-" "ternal")
    if _TERMINAL.search(prev.text) and _heading_shaped(ln, layout) and not numbered:
        return False  # a sentence ended at the break; a heading opens the next column
    if names_heading(ln.text) and not layout.full(ln) and not prev.text.endswith("-"):
        return False  # a heading LactMed names opens the next column, after a list of names
    if layout.full(prev) or rel > first_rel + 2.0:
        return True
    # Ragged text: an unfinished line that still reaches well across the column goes on.
    left, right = layout.edges[prev.group]
    return not _TERMINAL.search(prev.text) and prev.x1 - left >= 0.75 * (right - left)


def _heading_shaped(ln: Line, layout: _Layout) -> bool:
    """A short line shaped like a heading ("Common side effects"), not a lead-in ("PMID:")."""
    return not layout.full(ln) and not ln.text.endswith(":") and looks_like_heading(ln.text, None)


def _ended_early(prev: Line, ln: Line, layout: _Layout) -> bool:
    """Did `prev` end its paragraph though `ln` follows at the line pitch (a heading set tight
    above its text, a title above its byline)? Yes when it leaves room at the column's right
    edge for the first word of `ln`, justified or ragged alike, or, in justified text, when it
    stops short and `ln` is justified."""
    if prev.text.endswith("-") or URL_TAIL.search(prev.text):
        return False  # a hyphenated word, a web address: their pieces do not fit
    if layout.justified and layout.full(ln) and not layout.full(prev):
        return True  # a justified line follows one that is not: not one paragraph
    first = ln.words[0]
    room = layout.own_right[prev.group] - prev.x1
    return room > first["x1"] - first["x0"] + 0.5 * ln.size


def _built_block(cur: _Building, seen_named: bool) -> tuple[Block, bool]:
    """The block `cur` becomes, and whether a heading LactMed names has been seen by then
    (an unnamed bold heading after one is a sub-heading)."""
    if cur.kind == HEADING:
        rule = classify_heading(cur.text)
        level = rule.level if rule else (2 if seen_named else 1)
        seen_named = seen_named or rule is not None
        text = cur.text.rstrip(":").strip() if rule else cur.text
        if len(text) > 200:  # a bold paragraph, not a heading
            return Block(PARAGRAPH, text, cur.page, tuple(cur.breaks)), seen_named
        return Block(HEADING, text, cur.page, level=level), seen_named
    if len(cur.lines) <= 3 and names_heading(cur.text):  # a named heading, wrapped
        rule = classify_heading(cur.text)
        level = rule.level if rule else 1
        return Block(HEADING, cur.text.rstrip(":").strip(), cur.page, level=level), seen_named
    return _body_block(cur), seen_named


def _heading_goes_on(cur: _Building, ln: Line) -> bool:
    """Is bold line `ln` the second line of heading `cur`? (Not two headings LactMed names,
    set close.)"""
    return (
        cur.kind == HEADING
        and ln.size == cur.lines[-1].size
        and ln.group == cur.lines[-1].group
        and 0 <= ln.top - cur.lines[-1].bottom < 0.8 * ln.size
        and not (names_heading(cur.text) and names_heading(ln.text))
    )


def _body_heading_goes_on(cur: _Building, ln: Line, layout: _Layout, lexicon: Lexicon) -> bool:
    """Is `ln` the second line of a heading LactMed names, set in body type and wrapped
    ("Alternative Medications for Cold" / "Symptoms")? At the line pitch, its first word did
    not fit on the heading's line, and the two still name a heading."""
    prev = cur.lines[-1]
    return (
        cur.kind == HEADING
        and not prev.bold
        and ln.group == prev.group
        and 0 < ln.top - prev.top <= 1.2 * layout.pitch * ln.size
        and not prev.text.endswith((":", "."))
        and not _ended_early(prev, ln, layout)
        and names_heading(join_lines(cur.text, ln.text, lexicon))
    )


def lines_to_blocks(items: list[Line | Table], lexicon: Lexicon) -> tuple[list[Block], str | None]:
    """Lines in reading order -> blocks, and the record title (largest bold line, page 1)."""
    layout = _Layout(items)
    lines = [i for i in items if isinstance(i, Line)]
    first_page = [ln for ln in lines if ln.page == lines[0].page] if lines else []
    title_size = max((ln.size for ln in first_page if ln.bold), default=0.0)
    has_title = title_size >= 1.25 * layout.body_size
    title: list[str] = []
    blocks: list[Block] = []
    cur: _Building | None = None
    seen_named = False

    def flush() -> None:
        nonlocal cur, seen_named
        if cur is None:
            return
        block, seen_named = _built_block(cur, seen_named)
        blocks.append(block)
        cur = None

    def append(ln: Line) -> None:
        assert cur is not None
        text = ln.text
        joined = join_lines(cur.text, text, lexicon)
        if ln.page != cur.lines[-1].page:
            cur.breaks.append((len(joined) - len(text), ln.page))
        cur.text = joined
        cur.lines.append(ln)

    for item in items:
        if isinstance(item, Table):
            flush()
            blocks.extend(Block(TABLE_ROW, row, item.page) for row in item.rows)
            continue
        ln = item
        if has_title and not blocks and cur is None and ln.bold and ln.size == title_size:
            title.append(ln.text)
            continue
        if ln.bold:
            if cur is not None and _heading_goes_on(cur, ln):
                append(ln)
                continue
            flush()
            cur = _Building(HEADING, [ln], ln.text, ln.page)
            continue
        if cur is not None and _body_heading_goes_on(cur, ln, layout, lexicon):
            append(ln)
            continue
        continues = cur is not None and _continues(cur, ln, layout)
        # A heading on a line of its own leaves the column's right edge free.
        # ... and ends with its own ':' or '.', or follows a finished block.
        starts = cur is None or not continues or _finished(cur) or ln.text.endswith((":", "."))
        if starts and not layout.full(ln) and names_heading(ln.text):
            flush()  # a heading LactMed names, set in body type on a line of its own
            cur = _Building(HEADING, [ln], ln.text, ln.page)
            continue
        if continues:
            append(ln)
            continue
        flush()
        cur = _Building(PARAGRAPH, [ln], ln.text, ln.page)
    flush()
    if not any(ln.bold for ln in lines):  # no headings marked by font: go by shape too
        blocks = shape_headings(blocks)
    return blocks, (" ".join(title) or None)


def _finished(cur: _Building) -> bool:
    """Has the block being built come to an end, so that a heading may follow?"""
    return cur.kind == HEADING or bool(_ENDED.search(cur.lines[-1].text))
