"""Two arms of a comparison told before, contrasted by name in a later clause, with no values of
their own: "Arms A and D did not differ at either time point (P > 0.05), whereas arm B was
significantly lower than arm A at both (p=0.002 and p=0.001)". Each names a comparison of those
two arms' values, in the order named, with the clause's verdict; "at both" or "at either time
point" names it for every earlier comparison of those arms, their p-values in order. The cue
words are in cues.yaml (pair_named_*)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.extract.compare_verdict import p_value, significance
from pipeline.extract.rules import Rules
from pipeline.extract.segment import SentenceFacts
from pipeline.extract.sentence_items import Item
from pipeline.extract.statement_items import StatementItems

_GENERIC = {"arm", "arms", "group", "groups", "the", "cohort", "cohorts"}


@dataclass
class Told:
    """A run of values compared before: its sentence, its arms' labels and its row."""

    facts: SentenceFacts
    run: list[Item]
    arms: list[str]
    row: dict[str, object]


@dataclass
class NamedPair:
    """Two of an earlier run's values, contrasted by name, and the clause's verdict."""

    told: Told
    first: int  # index into told.run
    second: int
    p: float | None
    qualifier: str | None
    significant: bool | None
    start: int  # where the contrasting clause starts in its sentence


def _words(label: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", label.lower())) - _GENERIC


def _arm_at(name: str, arms: list[str]) -> int | None:
    """The one arm a name stands for ("A" -> "arm A", "placebo" -> "placebo group")."""
    words = _words(name)
    found = [k for k, arm in enumerate(arms) if words and words <= _words(arm)]
    return found[0] if len(found) == 1 else None


def _verdicts(clause: str, n: int, rules: Rules) -> list[tuple[float | None, str | None]]:
    """The clause's p-values, one per comparison where it gives as many, else its first for
    every one ("(p=0.002 and p=0.001)" for two time points; "(P > 0.05)" for both)."""
    found = [p_value(m.group(0), rules) for m in rules.cue.p_value.finditer(clause)]
    return found if len(found) == n else [p_value(clause, rules)] * n


def named_pairs(text: str, start: int, earlier: list[Told], rules: Rules) -> list[NamedPair]:
    """The pairs `text` (from `start`) contrasts by name among the arms of `earlier` runs of
    three or more values."""
    out: list[NamedPair] = []
    named = [*rules.cue.pair_named.finditer(text, start)]
    named += rules.cue.pair_named_than.finditer(text, start)
    for m in named:
        end = rules.cue.comparison_clause_end.search(text, m.end())
        clause = text[m.start() : end.start() if end else len(text)]
        candidates = [
            (t, a, b)
            for t in earlier
            if len(t.run) >= 3
            and (a := _arm_at(m["a"], t.arms)) is not None
            and (b := _arm_at(m["b"], t.arms)) is not None
            and a != b
        ]
        if not rules.cue.pair_named_every.search(clause):
            candidates = candidates[-1:]  # no "at both": the last comparison of those arms
        for (told, a, b), (p, qualifier) in zip(
            candidates, _verdicts(clause, len(candidates), rules), strict=True
        ):
            verdict = significance(clause, p, qualifier, rules)
            out.append(NamedPair(told, a, b, p, qualifier, verdict, m.start()))
    return out


def pair_rows(
    built: StatementItems, f: SentenceFacts, earlier: list[Told], rules: Rules
) -> list[dict[str, object]]:
    """The rows of the pairs sentence `f` contrasts by name, after its own values. A run of
    this sentence whose only verdict is a pair's ("41, 27, 33 and 44 in arms A to D. Arms A and
    D did not differ (P > 0.05)") keeps none: the verdict is the pair's."""
    own = [t for t in earlier if t.facts is f]
    start = max((t.run[-1].quantity.end for t in own), default=0)
    text = f.sentence.text
    rows = []
    for pair in named_pairs(text, start, earlier, rules):
        told = pair.told
        values = [told.run[pair.first], told.run[pair.second]]
        row = built.comparison(told.facts, values, links=False)
        if row is None:
            continue
        row.update(
            {
                "arms": [told.arms[pair.first], told.arms[pair.second]],
                "outcome": told.row["outcome"],
                "significant": pair.significant,
                "p_value": pair.p,
                "p_qualifier": pair.qualifier,
                "rule_id": f"comparison.named_pair>{row['rule_id']}",
            }
        )
        rows.append(row)
        between = text[told.run[-1].quantity.end : pair.start]
        if told.facts is f and not rules.cue.p_value.search(between):
            told.row.update({"significant": None, "p_value": None, "p_qualifier": None})
    return rows
