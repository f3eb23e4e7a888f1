"""Columns on a PDF page: where a gutter runs, and the page's lines in reading order.

A gutter is a vertical band in the middle of the page that no word enters over a run of
consecutive lines, with text on both sides of it on several of those lines. Inter-word gaps
do not make one: in justified or ragged one-column text, wide gaps on a few lines can line up
by chance (long unbreakable words, no hyphenation), but the band they share narrows and breaks
within a few lines, where a gutter stays clear down the whole column. A page whose second
column is too short to show its gutter (the last lines of a record) takes the one the other
pages share.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from pipeline.ingest.pdf_blocks import Line, Table, Word

GUTTER_MIN = 12.0  # a band this wide (pt) between the words of lines can be a column gutter
GUTTER_ROWS = 5  # lines with text on each side of a clear band that make it a gutter


class ColumnPage(Protocol):
    """What the column search reads of a page (pdf.py's pages, from either backend)."""

    number: int
    width: float
    rows: list[list[Word]]
    tables: list[Table]


def _gaps(row: list[Word]) -> list[tuple[float, float]]:
    pairs = zip(row, row[1:], strict=False)
    return [(a["x1"], b["x0"]) for a, b in pairs if b["x0"] - a["x1"] >= GUTTER_MIN]


@dataclass
class _Band:
    """A vertical band no word enters over consecutive lines: its edges, its lines, and how
    many of them have text on its left and on its right."""

    x0: float
    x1: float
    rows: list[list[Word]] = field(default_factory=list)
    left: int = 0
    right: int = 0

    @property
    def sides(self) -> int:
        """Lines that show text on the band's weaker side (both sides' count, at least)."""
        return min(self.left, self.right)


def _clear_around(row: list[Word], x: float) -> tuple[float, float] | None:
    """The empty stretch of a line around x, open-ended past its first or last word; None
    when a word covers x."""
    left, right = -math.inf, math.inf
    for w in row:
        if w["x0"] >= x:
            right = w["x0"]
            break
        if w["x1"] > x:
            return None
        left = max(left, w["x1"])
    return left, right


def _bands_at(rows: list[list[Word]], x: float) -> list[_Band]:
    """The bands through x, top to bottom: runs of consecutive lines whose empty stretches
    around x share at least GUTTER_MIN. Inter-word gaps of one-column text that line up by
    chance share little over a few lines; a gutter stays clear down the whole column."""
    bands: list[_Band] = []
    band: _Band | None = None
    for row in rows:
        clear = _clear_around(row, x)
        if clear is None:
            band = None
            continue
        if band is not None:
            x0, x1 = max(band.x0, clear[0]), min(band.x1, clear[1])
            if x1 - x0 >= GUTTER_MIN:
                band.x0, band.x1 = x0, x1
            else:
                band = None
        if band is None:
            if clear[1] - clear[0] < GUTTER_MIN:
                continue
            band = _Band(*clear)
            bands.append(band)
        band.rows.append(row)
        band.left += clear[0] > -math.inf
        band.right += clear[1] < math.inf
    return bands


def _gutter(page: ColumnPage) -> float | None:
    """x of a column gutter: the middle of the middle-page band that the most lines on each
    side show clear, if GUTTER_ROWS or more do. Every band GUTTER_MIN wide holds a point of a
    grid GUTTER_MIN/2 apart; the points tried are those in a wide inter-word gap, or just left
    of a line that starts mid-page (a right column's line that shares no row with the left's)."""
    step = GUTTER_MIN / 2
    lo, hi = 0.25 * page.width, 0.75 * page.width
    spans = [gap for r in page.rows for gap in _gaps(r)]
    spans += [(r[0]["x0"] - GUTTER_MIN, r[0]["x0"]) for r in page.rows if r[0]["x0"] > lo]
    tries = {
        k * step
        for a, b in spans
        for k in range(math.ceil(max(a, lo) / step), math.floor(min(b, hi) / step) + 1)
    }
    best: _Band | None = None
    for x in sorted(tries):
        for band in _bands_at(page.rows, x):
            if band.sides >= GUTTER_ROWS and (best is None or band.sides > best.sides):
                best = band
    return None if best is None else (best.x0 + best.x1) / 2


def _columns_at(page: ColumnPage, x: float) -> list[_Band]:
    """The bands through a page's gutter that hold two columns' lines: text on both sides."""
    return [band for band in _bands_at(page.rows, x) if band.sides >= 1]


def page_gutters(pages: Sequence[ColumnPage]) -> list[float | None]:
    """Each page's column gutter. A page whose second column holds too few lines to show one
    (the last lines of a record) takes the gutter the other pages share, where a band through
    it has text on both sides and its first column shows it clear for GUTTER_ROWS lines."""
    own = [_gutter(p) for p in pages]
    found = [g for g in own if g is not None]
    shared = statistics.median(found) if found else None
    return [
        split
        if split is not None or shared is None
        else (shared if any(b.left >= GUTTER_ROWS for b in _columns_at(p, shared)) else None)
        for p, split in zip(pages, own, strict=True)
    ]


_OWN = object()  # reading_order's default: find the page's own gutter


def reading_order(page: ColumnPage, split: float | None | object = _OWN) -> list[Line | Table]:
    """The page's lines (and tables) in reading order: a two-column region (lines that keep
    the gutter clear, with text on both sides of it) left then right."""
    gutter = _gutter(page) if split is _OWN else split
    assert gutter is None or isinstance(gutter, float | int)
    items: list[tuple[float, Line | Table]] = [(t.top, t) for t in page.tables]
    if gutter is None:
        items += [(r[0]["top"], Line(page.number, r, (page.number, 0, 0))) for r in page.rows]
        return [it for _, it in sorted(items, key=lambda x: x[0])]
    split = gutter
    region_of = {id(r): k for k, band in enumerate(_columns_at(page, split)) for r in band.rows}

    # Tables interrupt regions like a full-width line does.
    marks = sorted(
        [(r[0]["top"], r) for r in page.rows] + [(t.top, t) for t in page.tables],
        key=lambda x: x[0],
    )
    out: list[Line | Table] = []
    run: list[list[Word]] = []
    region = 0

    def close_run() -> None:
        nonlocal region
        if not run:
            return
        region += 1
        for side, keep in ((1, lambda w: w["x1"] <= split), (2, lambda w: w["x0"] >= split)):
            for r in run:
                ws = [w for w in r if keep(w)]
                if ws:
                    out.append(Line(page.number, ws, (page.number, region, side)))
        run.clear()

    for _, item in marks:
        if isinstance(item, Table):
            close_run()
            out.append(item)
        elif id(item) not in region_of:
            close_run()
            out.append(Line(page.number, item, (page.number, 0, 0)))
        else:
            if run and region_of[id(run[-1])] != region_of[id(item)]:
                close_run()
            run.append(item)
    close_run()
    return out
