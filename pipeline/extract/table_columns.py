"""A table whose rows are its arms: each column of results, read down its rows, is one
comparison across them ("Maternal dose | Women (n) | Peak milk level, ng/mL" over "5 mg twice
daily | 6 | 0.9", "10 mg twice daily | 12 | 1.7": the peak milk level compared across the
doses). A row names an arm where its label gives a dose ("5 mg twice daily") or an arm's words
("Placebo group"); rows of times or of single subjects are a time course or a case series, no
arms. The words that say so are cues.yaml's (table_arm_dose, table_row_not_an_arm, arm_words)."""

from __future__ import annotations

import re

from pipeline.extract.compare import p_value, significance
from pipeline.extract.comparison_rows import across_row
from pipeline.extract.rules import Rules
from pipeline.extract.segment import SentenceFacts, Statement
from pipeline.extract.sentence_items import Item
from pipeline.extract.statement_items import StatementItems
from pipeline.extract.table_headers import spelled_out
from pipeline.ingest.parsed import CELL_SEP

Row = dict[str, object]

# What a header says besides its measure: its unit or statistic ("Peak milk level, ng/mL (mean)").
_HEADER_EXTRAS = re.compile(r"\s*\([^()]*\)|,.*$")


def _outcome(header: str, intro: str, document: str) -> str | None:
    """A column's outcome: its header's words (an abbreviation the document spells out, in
    full: "RID" -> "relative infant dose"), with what the table's introduction says its cells
    are where the header alone names a time or a statistic ("Trough", "2 hours")."""
    words = _HEADER_EXTRAS.sub("", header).strip(" ,")
    if re.fullmatch(r"[A-Z]{2,6}", words):
        words = spelled_out(words, document) or words
    if intro and len(re.findall(r"[A-Za-z]{3,}", words)) < 2:
        return f"{words}: {intro[:1].lower()}{intro[1:]}"
    return words or None


def _arm_label(f: SentenceFacts, rules: Rules) -> str | None:
    """The arm a table row names (its first cell), or None."""
    label = f.sentence.text.split(CELL_SEP)[0].strip()
    if not label or rules.cue.table_row_not_an_arm.match(label):
        return None
    named = rules.cue.table_arm_dose.search(label) or rules.cue.arm_words.search(label)
    return label if named else None


def _column_values(f: SentenceFacts, items: list[Item]) -> dict[tuple[str, str], Item]:
    """The row's values under headers of their own, by (header, unit); a column holding two
    values in one row (a mean and its range) is left out."""
    found: dict[tuple[str, str], Item] = {}
    twice: set[tuple[str, str]] = set()
    for i in items:
        if i.table != "measurements" or not i.rule_id.startswith("table.column_unit"):
            continue
        if i.value.value_high is not None:
            continue  # a range is compared with nothing
        key = (i.measure or "", i.quantity.ucum)
        if key in found:
            twice.add(key)
        found[key] = i
    return {k: v for k, v in found.items() if k not in twice and k[0]}


def table_columns_compared(
    built: StatementItems, st: Statement, items: list[Item], compared: set[str]
) -> list[Row]:
    """One comparison per column of results down the rows of a table whose rows are arms, where
    no other comparison already holds those values (`compared`: the item ids compared)."""
    rules = built.rules
    rows: list[Row] = []
    run: list[tuple[SentenceFacts, str]] = []  # the table's consecutive rows that name arms
    for k, f in enumerate([*st.facts, None]):
        label = _arm_label(f, rules) if f is not None and f.sentence.block == "table_row" else None
        if label is not None and f is not None:
            run.append((f, label))
            continue
        if len(run) >= 2:
            notes = [
                g.sentence.text for g in st.facts[k : k + 3] if g.sentence.block == "table_row"
            ]
            intro = _intro(st.facts[max(0, k - len(run) - 3) : k - len(run)])
            rows += _columns(built, run, items, compared, " ".join(notes), intro)
        run = []
    return rows


def _intro(before: list[SentenceFacts]) -> str:
    """What the sentence that introduces the table says its cells are ("Individual milk levels
    on day 10 (mcg/L) were:" -> "individual milk levels on day 10"), or ""."""
    for g in reversed(before):
        if g.sentence.block != "table_row":
            said = re.sub(r"\s*\[[\d,\s\u2013-]+\]\s*$", "", g.sentence.text).rstrip()
            if not said.endswith(":"):
                return ""
            said = _HEADER_EXTRAS.sub("", said.rstrip(":").split(",")[0])
            return re.sub(r"\s+(?:were|was|are|is|as\s+follows)$", "", said.strip())
    return ""


def _told_in_notes(row: Row, notes: str, rules: Rules) -> None:
    """A column's verdict where the table's notes name its measure: "Peak milk level increased
    across dose groups (P for trend = 0.003); M/P ratios were similar (P = 0.71)"."""
    words = [w.lower() for w in re.findall(r"[\w/-]{2,}", str(row["outcome"] or ""))]
    for clause in re.split(r";\s*|(?<=\.)\s+", notes):
        said = [w.lower() for w in re.findall(r"[\w/-]{2,}", clause)]
        if words and all(any(s.startswith(w) for s in said) for w in words):
            p, qualifier = p_value(clause, rules)
            row.update(
                {
                    "significant": significance(clause, p, qualifier, rules),
                    "p_value": p,
                    "p_qualifier": qualifier,
                }
            )
            return


def _columns(
    built: StatementItems,
    run: list[tuple[SentenceFacts, str]],
    items: list[Item],
    compared: set[str],
    notes: str,
    intro: str,
) -> list[Row]:
    """The comparisons of one table's rows of arms, a column at a time."""
    mine = [[i for i in items if i in f.items] for f, _ in run]
    by_row = [_column_values(f, own) for (f, _), own in zip(run, mine, strict=True)]
    out: list[Row] = []
    for key in dict.fromkeys(k for values in by_row for k in values):
        cells = [
            (f, label, values[key])
            for (f, label), values in zip(run, by_row, strict=True)
            if key in values and built.item_ids[id(values[key])] not in compared
        ]
        if len(cells) < 2 or len({label.lower() for _, label, _ in cells}) < len(cells):
            continue
        values = [i for _, _, i in cells]
        row = across_row(
            built,
            cells[0][0],
            cells[-1][0],
            values,
            [label for _, label, _ in cells],
            _outcome(key[0], intro, built.rows.text),
            "comparison.table_column",
        )
        _told_in_notes(row, notes, built.rules)
        out.append(row)
    return out
