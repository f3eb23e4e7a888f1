"""A trial registry's results: each outcome's title, its unit, its table of values per arm and
the statistical analyses written after it ("Comparison Group Selection: A, B ... P-Value:
0.002"). An analysis of every arm gives the row's own comparison its p-value; an analysis of two
arms is a comparison of those two. The cue words are in cues.yaml (registry_*)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from pipeline.extract.compare_verdict import p_value, significance
from pipeline.extract.rules import Rules, UnitRule
from pipeline.extract.segment import heading_above
from pipeline.extract.sentence_items import Item

# A line of dashes or equals signs that rules a plain-text table off.
_RULED = re.compile(r"^\s*[-=_+|\s]{5,}$")
# A time a row or an analysis names: "Day 14", "6 weeks", "at 24 hours".
_TIME = re.compile(
    r"\b(?:day|week|month|hour)s?[\s-]*(\d+)|\b(\d+)\s*-?\s*(?:days?|weeks?|months?|hours?)\b", re.I
)


def ruled(line: str) -> bool:
    """A line of dashes that rules a plain-text table off."""
    return bool(_RULED.match(line))


def unit_of_measure(words: str, rules: Rules) -> UnitRule | None:
    """A registry's "Unit of Measure": its first word as a unit ("ng/mL   Median (IQR)", "ng/mL,
    Median"), or a percentage ("percentage of infants")."""
    first = words.split()[0].lower().rstrip(",;:])") if words.split() else ""
    unit = rules.unit_forms.get(first)
    if unit is not None and unit.kind not in ("ignore", "time"):
        return unit
    return rules.unit_forms.get("%") if rules.cue.percent_row_label.search(words) else None


def table_caption(
    text: str, start: int, rules: Rules, since: int | None = None
) -> tuple[str, UnitRule | None]:
    """The caption of a table starting at `start` and the unit it names, or None: the line
    right above ("**24-hour milk volume (mL), mean ± SD**"); above a registry's table, its
    "Unit of Measure", past the ruled lines between them; given `since` (where the text before
    the table was last read), the last "Unit of Measure" after it."""
    if since is not None:
        return unit_caption(text[max(since, start - 800) : start], rules)
    lines = [x for x in text[max(0, start - 400) : start].splitlines() if x.strip()]
    for line in reversed(lines[-3:]):
        caption, unit = unit_caption(line, rules)
        if caption:
            return caption, unit
        if not _RULED.match(line):
            break
    return heading_above(text, start, max(0, start - 300), 120, (".", ";", ":"), "*#_"), None


# A record's field read as a table row: "P-Value: | 0.011", "Title: | Serum Prolactin".
_FIELD_ROW = re.compile(r":[ \t]*\|[ \t]*")


def fields_as_text(text: str) -> str:
    """A record's fields as the record wrote them ("Unit of Measure: mL"), where the ingest read
    them as a table's rows ("Unit of Measure: | mL")."""
    return _FIELD_ROW.sub(": ", text)


def unit_caption(text: str, rules: Rules) -> tuple[str, UnitRule | None]:
    """The last "Unit of Measure: ..." in `text` (to its line's end or a ruled line) and its
    unit; ("", None) where there is none."""
    text = fields_as_text(text)
    told = list(rules.cue.unit_of_measure_inline.finditer(text))
    if not told:
        return "", None
    words = re.split(r"\n|-{5,}|\|", text[told[-1].end() :])[0].strip()
    return f"{told[-1].group(0).strip()} {words}", unit_of_measure(words, rules)


def title_above(before: str, rules: Rules) -> str | None:
    """The title of the outcome a registry row reports: the last "Title:" line of the outcome
    the row is in (`before`: the document up to the row)."""
    opened = list(rules.cue.registry_outcome_opens.finditer(before))
    block = fields_as_text(before[opened[-1].start() :] if opened else before[-600:])
    if rules.cue.registry_outcomes_end.search(block):
        return None  # "-- Adverse Events --": the row is no outcome's
    titles = list(rules.cue.registry_title.finditer(block))
    return titles[-1]["title"].strip() if titles else None


# A row label that names only the statistic before its unit ("Mean (Standard Deviation), "), or
# nothing ("[Units: grams]").
_STATISTIC_ONLY = re.compile(
    r"^\s*\[?\s*(?:(?:geometric\s+|least\s+squares\s+)?(?:mean|median)|count\s+of\s+participants|number)?"
    r"\s*(?:\([^()]*\))?\s*[,;.]?\s*$",
    re.I,
)


def titled_measure(
    measure: str, before: str, rules: Rules, heading: Callable[[], str | None]
) -> str | None:
    """What a registry table's values measure: its outcome's title ("Serum Prolactin at Day
    5", from its "Title:" line or its `heading`), where the words the values took as their
    measure are only its "Unit of Measure" caption or a row label naming the statistic
    ("Percent decrease. Measure Type: Mean (Standard Deviation)")."""
    if rules.cue.unit_of_measure_inline.match(measure):
        return title_above(before, rules)
    told = rules.cue.unit_of_measure_inline.search(measure)
    if told and _STATISTIC_ONLY.match(measure[: told.start()]):
        return title_above(before, rules)  # "Mean (Standard Deviation), Unit of Measure: ng/mL"
    if rules.cue.registry_measure_type.search(measure):
        return title_above(before, rules) or heading()
    return None


@dataclass
class Analysis:
    """One statistical analysis: the arms it compares, its p-value and the time it names."""

    groups: list[str]
    p: float | None
    qualifier: str | None
    times: set[str]
    said: str = ""  # its words, where each row's own p-value may be given by the row's label


def analyses(later: str, rules: Rules) -> list[Analysis]:
    """The statistical analyses after a registry's values, up to the next outcome."""
    later = fields_as_text(later)
    ends = rules.cue.registry_next_outcome.search(later)
    later = later[: ends.start() if ends else len(later)]
    found = list(rules.cue.registry_groups.finditer(later))
    if not found:
        return _unnamed_analyses(later, rules)
    out = []
    for k, m in enumerate(found):
        block = later[m.end() : found[k + 1].start() if k + 1 < len(found) else len(later)]
        groups = [g.strip() for g in re.split(r",|\band\b", m["groups"]) if g.strip()]
        p, qualifier = p_value(block, rules)
        comments = rules.cue.registry_comments.search(block)
        times = _times(comments[0] if comments else "")
        out.append(Analysis(groups, p, qualifier, times, block))
    return out


_P_VALUE_LINE = re.compile(r"^\s*p-?\s*values?\s*:", re.I)


def _unnamed_analyses(later: str, rules: Rules) -> list[Analysis]:
    """Analyses under headings that name no groups ("Statistical Analysis 1 (Day 3)"): of
    every arm of a two-arm table (groups left empty), at the time the heading names."""
    found = list(rules.cue.registry_analysis_heading.finditer(later))
    if not found and _P_VALUE_LINE.match(later):  # its heading read with the row above it
        p, qualifier = p_value(later, rules)
        return [Analysis([], p, qualifier, set(), later)] if p is not None else []
    out = []
    for k, m in enumerate(found):
        block = later[m.end() : found[k + 1].start() if k + 1 < len(found) else len(later)]
        p, qualifier = p_value(block, rules)
        if p is not None:
            out.append(Analysis([], p, qualifier, _times(m["times"] or ""), block))
    return out


def _times(text: str) -> set[str]:
    return {(m[1] or m[2]) for m in _TIME.finditer(text)}


def arm_index(name: str, arms: list[str]) -> int | None:
    """The one arm a name in a pairwise contrast stands for: "combination" -> "combination arm",
    "Metoclop." -> "Metoclopramide"."""
    words = set(re.findall(r"[a-z0-9][\w.-]*", name.lower()))
    shared = [len(words & set(re.findall(r"[a-z0-9][\w.-]*", arm.lower()))) for arm in arms]
    best = max(shared, default=0)
    if best and shared.count(best) == 1:  # "10 mg" is the "10 mg group", not the "20 mg group"
        return shared.index(best)
    found = [
        k
        for k, arm in enumerate(arms)
        if name.lower().rstrip(". ") == arm.lower()[: len(name.rstrip(". "))]
    ]
    return found[0] if len(found) == 1 else None


def row_arms(run: list[Item]) -> list[str] | None:
    """The arm labels of a registry's or results table's row: each value's column heading, or
    the label written before it ("Oxycodone: 11.1")."""
    if all(x.quantity.label == "QTY_ROW" and x.group for x in run):
        return [str(x.group) for x in run]
    if all(x.rule_id.startswith("registry.") and x.timepoint for x in run):
        return [str(x.timepoint) for x in run]
    return None


def analysed(run: list[Item], later: str, rules: Rules) -> list[tuple[list[Item], Analysis]]:
    """The comparisons a registry's analyses make of a row's values: (values, analysis), the
    whole row for an analysis of every arm, two values for an analysis of two arms; an analysis
    naming another time than the row's ("Comments: Day 14 volumes" under a "Day 7" row) is not
    this row's."""
    arms = row_arms(run)
    if arms is None or len(run) < 2:
        return []
    label = next((x.timepoint for x in run if x.rule_id.startswith("table.")), None) or ""
    out = []
    if rules.cue.at_baseline.fullmatch(label.strip()):
        return []  # the values before treatment: an analysis tests the outcome after it
    for a in analyses(later, rules):
        if a.times and _times(label) and not a.times & _times(label):
            continue
        at = [arm_index(g, arms) for g in a.groups] if a.groups or len(arms) != 2 else [0, 1]
        if None in at or len(set(at)) != len(at) or len(at) < 2:
            continue
        own = row_verdict(a.said, label)  # "Day 14: mean difference 81 mL; P-value 0.004"
        if own:
            p, qualifier = p_value(own, rules)
            a = Analysis(a.groups, p, qualifier, a.times, a.said) if p is not None else a
        out.append(([run[k] for k in at if k is not None], a))
    return out


def verdict(a: Analysis, rules: Rules) -> dict[str, object]:
    """The significance columns an analysis gives its comparison."""
    return {
        "p_value": a.p,
        "p_qualifier": a.qualifier,
        "significant": significance("", a.p, a.qualifier, rules),
    }


def row_verdict(after: str, label: str) -> str:
    """The line of statistics under a table that names this row ("- Day 14: mean difference
    81 mL/day (95% CI 27 to 135); P-value 0.004" for the row "Day 14"), or nothing."""
    if not label.strip() or not re.search(r"[A-Za-z]", label):
        return ""
    named = re.compile(rf"^[\s*\-\u2022]*{re.escape(label.strip())}\s*:(.*)$", re.I | re.M)
    m = named.search(after)
    return m.group(1) if m and re.search(r"\bp\b", m.group(1), re.I) else ""
