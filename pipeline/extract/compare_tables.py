"""A comparison read from one row of a results table, as trial registries post them: the arms
are the columns' headers ("| | Fenugreek | Placebo |"), the outcome is the table's title above
it ("Secondary Outcome: Percentage of Participants Exclusively Breastfeeding at 6 Weeks"), and
the verdict is the line of statistics under it ("Statistical analysis: Fisher exact test,
p = 0.46."). The cue words are in cues.yaml (outcome_title, table_verdict)."""

from __future__ import annotations

import re

from pipeline.extract.compare import Described, p_value, significance
from pipeline.extract.outcome_words import outcome_of
from pipeline.extract.registry_results import row_verdict
from pipeline.extract.rules import Rules
from pipeline.extract.sentence_items import Item
from pipeline.ingest.parsed import CELL_SEP

# How far above its row a table's title may stand (a title, a note, a header and a few rows).
_TITLE_WINDOW = 1200


def table_row(run: list[Item]) -> bool:
    """Values a table row gives one per arm column."""
    return all(i.quantity.label == "QTY_ROW" for i in run)


def column_arms(run: list[Item]) -> list[str] | None:
    """The header of each value's column, where every column has words of its own."""
    arms = [re.sub(r"\s*\([^()]*\)", "", i.group or "").strip() for i in run]  # "(n = 30)"
    if not all(any(c.isalpha() for c in a) for a in arms):
        return None
    return arms if len({a.lower() for a in arms}) == len(arms) else None


def table_title(document: str, rules: Rules) -> str | None:
    """The title of the table the row is in: the last title line above it, unless a line of
    statistics closed that table before this one began."""
    lines = document[-_TITLE_WINDOW:].splitlines()
    for line in reversed(lines):
        if rules.cue.table_verdict.match(line):
            return None
        m = rules.cue.outcome_title.match(line)
        if m:
            return (m.group("title") or m.group("named")).strip(" .")
    return None


def _caption_outcome(first: Item, text: str, rules: Rules) -> str | None:
    """What a table's caption says its cells are, less its unit, statistics and notes, at the
    time the row's label gives: "Daily milk output (mL), mean ± SD" over "Day 7 | ..." ->
    "Daily milk output at Day 7"."""
    if not first.rule_id.startswith("table.caption_unit") or not first.measure:
        return None
    said = re.sub(r"\s*\([^()]*\)", "", first.measure)
    outcome = re.split(r"[,;]|\.\s", said)[0].strip(" .")
    return at_row_time(outcome, text.split(CELL_SEP)[0], rules) or None


def at_row_time(outcome: str, label: str, rules: Rules) -> str:
    """An outcome at the time its table row's label gives ("Day 7", "Week 4", "Baseline"; cue
    time_row_label), where the outcome does not say it already."""
    label = label.strip()
    timed = outcome and rules.cue.time_row_label.fullmatch(label)
    return f"{outcome} at {label}" if timed and label.lower() not in outcome.lower() else outcome


def table_verdict(after: str, rules: Rules) -> str:
    """The line of statistics right under the row (the next line that is not blank), or
    nothing: a table's test speaks of its last row."""
    for line in after.splitlines():
        if line.strip():
            m = rules.cue.table_verdict.match(line)
            return m.group(0) if m else ""
    return ""


def _outcome_headed(
    arms: list[str] | None, text: str, document: str
) -> tuple[str | None, list[str] | None]:
    """(outcome, arms) of columns headed "<outcome>: <arm>" ("Healed by day 7: lanolin | Healed
    by day 7: comparator"); an arm that names another column of the row ("Comparator") is that
    column's cell in the row ("Expressed breast milk")."""
    parts = [a.split(":", 1) for a in arms or []]
    if len(parts) < 2 or any(len(p) != 2 for p in parts):
        return None, arms
    if len({p[0].strip().lower() for p in parts}) != 1:
        return None, arms
    header = next(  # the header line: the one with the columns' own headers
        (
            line
            for line in reversed(document.splitlines()[-60:])
            if CELL_SEP in line and all(a in line for a in arms or [])
        ),
        "",
    )
    names = [c.strip().lower() for c in header.split(CELL_SEP)]
    cells = text.split(CELL_SEP)
    labels = []
    for _, arm in parts:
        at = names.index(arm.strip().lower()) if arm.strip().lower() in names else -1
        named = cells[at].strip() if 0 <= at < len(cells) else ""
        labels.append(named if named and not re.search(r"\d", named) else arm.strip())
    return parts[0][0].strip(), labels


def describe_table_row(
    text: str, run: list[Item], document: str, after: str, rules: Rules, told: Described
) -> Described:
    """A table row's comparison: its columns' arms, its table's title as the outcome (else the
    row's own words), its P column or the statistics under the table; `told` (as a sentence's
    values are described) for values that are no table row's, and the links' arms where the
    columns name none."""
    if not table_row(run):
        return told
    arms = column_arms(run)
    shared, arms = _outcome_headed(arms, text, document)
    outcome = (
        shared
        or table_title(document, rules)
        or _caption_outcome(run[0], text, rules)
        or outcome_of(text, run[0], arms, rules, run[-1])
    )
    p, qualifier = p_value(run[0].p_cell or "", rules)
    own = row_verdict(after, run[0].timepoint or "")
    if p is None and own:
        p, qualifier = p_value(own, rules)
    if p is None:
        p, qualifier = p_value(table_verdict(after, rules), rules)
    verdict = own or table_verdict(after, rules) or run[0].p_cell or ""  # "NS" in the P column
    significant = significance(verdict, p, qualifier, rules)
    # (the columns' headers are the arms the links read too: "Started | 28 | 27" counts them)
    return Described(outcome, arms, arms or told.link_arms, significant, p, qualifier)


def inherited_outcome(before: str, outcome: str | None, rules: Rules) -> str | None:
    """The comparison's own outcome (the empty string for none), or None where its words only
    point back ("At 3 months, values were", "the corresponding values were", "showed the same
    pattern"): the statement's last outcome is this one's too."""
    if outcome is not None and not rules.cue.outcome_anaphor.fullmatch(outcome):
        return outcome
    if outcome is None and not rules.cue.outcome_anaphor_before.search(before):
        return ""
    return None


def retimed(last: str | None, pointing_back: str | None, rules: Rules) -> str | None:
    """The statement's last outcome at the time the words pointing back to it give: "at 12
    weeks the figures were" after "breastfeeding at 6 weeks" -> "breastfeeding at 12 weeks"
    ("baseline milk X", then "by week 12 it had risen" -> "milk X at week 12")."""
    when = rules.cue.time_said.search(pointing_back or "")
    if not last or not when:
        return last
    time = re.sub(r"^(?:(?:at|by|after|on|in|the)\s+)+", "", when.group(0), flags=re.I)
    # (the time the outcome pointed back to was said at goes: a later time replaces it)
    kept = rules.cue.time_said.sub(" ", rules.cue.baseline_said.sub(" ", last))
    return f"{' '.join(kept.split())} at {time}"
