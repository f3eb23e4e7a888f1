"""Milk concentration against maternal daily dose, drawn by matplotlib as SVG: one marker per
result, log scales, a marker shape per statistic, each marker a link (<a id="pt-ITEM"
href="#src-ITEM">) to the sentence the value came from."""

from __future__ import annotations

import io
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from pipeline.evidence import cells

if TYPE_CHECKING:  # matplotlib is imported where a plot is drawn, not when the report loads
    from matplotlib.axes import Axes
    from matplotlib.axis import Axis
    from matplotlib.figure import Figure

Row = dict[str, object]
# Statistic -> (legend label, marker). A result with no statistic is a single value.
MARKERS = {
    "mean": ("mean", "o"),
    "median": ("median", "s"),
    "maximum": ("peak", "^"),
    "range": ("range (geometric middle)", "D"),
    None: ("single value", "v"),
}
# A fixed colour per statistic: the shared axes' colour cycle would make a page's colours
# depend on the pages drawn before it in the same process.
COLOURS = {"mean": "#1f77b4", "median": "#9467bd", "maximum": "#d62728", "range": "#2ca02c"}
SINGLE_COLOUR = "#7f7f7f"
MINOR_TICKS_BELOW_DECADES = 1.5
_LINK = re.compile(r'<a xlink:href="#src-([^"]+)" target="_blank">')


@dataclass(frozen=True)
class Point:
    item_id: str  # the result drawn: its marker links to the result's sentence
    x: float  # maternal daily dose, mg
    y: float  # milk concentration, mg/L
    stat: str | None  # a key of MARKERS


def plot_points(results: list[Row]) -> list[Point]:
    """The results that can be drawn: a milk concentration in mg/L after a maternal daily
    dose in mg. A range is drawn at the geometric middle of its ends."""
    points: list[Point] = []
    for r in results:
        if r.get("kind") != "concentration" or r.get("matrix") != "milk" or r["unit"] != "mg/L":
            continue
        if r.get("dose_recipient") == "infant" or not r.get("daily_dose_mg"):
            continue
        y = _middle(r["value"], r.get("value_high"))
        x = _middle(r["daily_dose_mg"], r.get("daily_dose_mg_high"))
        if x and y and x > 0 and y > 0:
            stat = cells.optional_text(r.get("stat"))
            points.append(Point(str(r["item_id"]), x, y, stat if stat in MARKERS else None))
    return points


def _middle(low: object, high: object) -> float | None:
    if low is None:
        return None
    lo, hi = cells.number(low), cells.optional_number(high)
    if hi is None or hi <= 0 or lo <= 0:
        return lo
    return math.sqrt(lo * hi)


@lru_cache(maxsize=1)
def _axes() -> tuple[Figure, Axes]:
    """One figure per process, set up once; each plot swaps only the markers, limits, title
    and legend: clearing the axes would rebuild every tick, most of a plot's time."""
    import matplotlib
    from matplotlib.backends.backend_svg import FigureCanvasSVG
    from matplotlib.figure import Figure
    from matplotlib.ticker import FuncFormatter

    matplotlib.rcParams.update(
        {"svg.fonttype": "none", "svg.hashsalt": "lactation-report", "font.size": 9}
    )
    fig = Figure(figsize=(5.6, 3.6))
    FigureCanvasSVG(fig)
    fig.subplots_adjust(left=0.12, bottom=0.14, right=0.97, top=0.91)
    ax = fig.add_subplot()
    ax.set_xscale("log")
    ax.set_yscale("log")
    # Plain tick labels: matplotlib's default 10^n labels go through mathtext, five times
    # slower. Minor ticks are set per plot (_minor_ticks).
    plain = FuncFormatter(lambda v, _: f"{v:g}")
    for axis in (ax.xaxis, ax.yaxis):
        axis.set_major_formatter(plain)
        axis.set_minor_formatter(plain)
    ax.set_xlabel("maternal daily dose (mg/day)")
    ax.set_ylabel("milk concentration (mg/L)")
    ax.grid(True, which="major", alpha=0.3)
    ax.set_axisbelow(True)  # grid lines under the markers, so a click reaches the marker
    return fig, ax


def _limits(values: list[float]) -> tuple[float, float]:
    """Log-axis limits with a margin; at least one decade wide, so ticks always show."""
    lo, hi = math.log10(min(values)), math.log10(max(values))
    middle, half = (lo + hi) / 2, max((hi - lo) / 2 * 1.2, 0.5)
    return 10 ** (middle - half), 10 ** (middle + half)


def _minor_ticks(axis: Axis, low: float, high: float) -> None:
    """Labelled ticks at 2 and 5 where an axis spans under 1.5 decades (one or two major
    ticks would not say where the points are); none elsewhere: each tick costs a plot time."""
    from matplotlib.ticker import LogLocator, NullLocator

    narrow = math.log10(high / low) < MINOR_TICKS_BELOW_DECADES
    axis.set_minor_locator(LogLocator(subs=(2.0, 5.0)) if narrow else NullLocator())


def milk_plot(points: list[Point], drug: str) -> str:
    """The inline SVG (no XML prolog) of the points; '' when there are none."""
    if not points:
        return ""
    fig, ax = _axes()
    for old in list(ax.collections):
        old.remove()
    for stat, (label, marker) in MARKERS.items():
        mine = [p for p in points if p.stat == stat]
        if not mine:
            continue
        dots = ax.scatter(
            [p.x for p in mine],
            [p.y for p in mine],
            marker=marker,
            s=36,
            label=label,
            zorder=3,
            color=COLOURS.get(stat or "", SINGLE_COLOUR),
        )
        dots.set_urls([f"#src-{p.item_id}" for p in mine])
        dots.set_gid(f"points-{label.split()[0]}")
    x_low, x_high = _limits([p.x for p in points])
    y_low, y_high = _limits([p.y for p in points])
    ax.set_xlim(x_low, x_high)
    ax.set_ylim(y_low, y_high)
    _minor_ticks(ax.xaxis, x_low, x_high)
    _minor_ticks(ax.yaxis, y_low, y_high)
    ax.set_title(f"{drug}: milk levels by maternal dose", fontsize=10)
    ax.legend(fontsize=8, loc="best")
    buf = io.StringIO()
    fig.savefig(buf, format="svg", metadata={"Date": None})
    svg = buf.getvalue()
    svg = svg[svg.index("<svg") :]
    # matplotlib links each marker with a new-window target: make it an in-page link with an id.
    return _LINK.sub(r'<a id="pt-\1" class="pt" href="#src-\1" xlink:href="#src-\1">', svg)
