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
    rule: str = "comparison.named_pair"


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


def _names(listed: str) -> list[str]:
    """ "Metoclopramide and domperidone" -> both; "the 50 mg and 100 mg groups" -> "50 mg group",
    "100 mg group" (the shared noun goes to each)."""
    names = [x.strip() for x in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", listed) if x.strip()]
    noun = re.search(r"\s(groups|arms|cohorts)$", names[-1]) if names else None
    if noun and len(names) > 1:
        names[-1] = names[-1][: noun.start()]
        names = [f"{x} {noun.group(1)[:-1]}" for x in names]
    return names


def _arm_in(name: str, arms: list[str]) -> int | None:
    """The arm a name stands for, less the words before it that name none ("only the 150 mg
    group" -> "150 mg group")."""
    words = name.split()
    for k in range(len(words)):
        found = _arm_at(" ".join(words[k:]), arms)
        if found is not None:
            return found
    return None


def _pairs_told(
    names: list[str], other: str, clause: str, differ: bool, earlier: list[Told], rules: Rules
) -> list[NamedPair]:
    """Each named arm against the other, in the last run of three or more values that has them
    all, with the clause's verdict (its p-values one per pair where it gives as many)."""
    for told in reversed([t for t in earlier if len(t.run) >= 3]):
        b = _arm_in(other, told.arms)
        firsts = [_arm_in(x, told.arms) for x in names]
        if b is None or None in firsts or b in firsts:
            continue
        out = []
        for a, (p, qualifier) in zip(firsts, _verdicts(clause, len(firsts), rules), strict=True):
            verdict = significance(clause, p, qualifier, rules) if p is not None else differ
            out.append(NamedPair(told, int(a or 0), b, p, qualifier, verdict, 0))
        return out
    return []


def differed_from(text: str, start: int, earlier: list[Told], rules: Rules) -> list[NamedPair]:
    """Arms said to differ from one other arm, by name, after their values: "Metoclopramide and
    domperidone each differed from placebo (p<0.01 for both comparisons), whereas fenugreek did
    not (p=0.27)": each named arm against the other, with its clause's verdict; the arms that
    "did not" after it, against the same arm, not significant."""
    out: list[NamedPair] = []
    rule = "comparison.differed_from"
    if rules.quick.pair_differed_from.cannot_match(text[start:]):
        return out  # most sentences: no "differed"/"different" to start from
    for m in rules.cue.pair_differed_from.finditer(text, start):
        paren = re.match(r"\s*\([^()]*\)", text[m.end() :])
        end = m.end() + (paren.end() if paren else 0)
        pairs = _pairs_told(_names(m["a"]), m["b"], text[m.start() : end], True, earlier, rules)
        rest = rules.cue.pair_did_not_after.match(text, end)
        if pairs and rest:
            clause = rest.group(0)
            pairs += _pairs_told(_names(rest["a"]), m["b"], clause, False, earlier, rules)
        out += [
            NamedPair(t.told, t.first, t.second, t.p, t.qualifier, t.significant, m.start(), rule)
            for t in pairs
        ]
    return out


def pair_rows(
    built: StatementItems, f: SentenceFacts, earlier: list[Told], rules: Rules
) -> list[dict[str, object]]:
    """The rows of the pairs sentence `f` contrasts by name, after its own values. A run of
    this sentence whose only verdict is a pair's ("41, 27, 33 and 44 in arms A to D. Arms A and
    D did not differ (P > 0.05)") keeps none: the verdict is the pair's."""
    if all(len(t.run) < 3 for t in earlier):
        return []  # pairs are named among the arms of runs of three values or more
    own = [t for t in earlier if t.facts is f]
    start = max((t.run[-1].quantity.end for t in own), default=0)
    text = f.sentence.text
    rows = []
    pairs = named_pairs(text, start, earlier, rules) + differed_from(text, start, earlier, rules)
    for pair in pairs:
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
                "rule_id": f"{pair.rule}>{row['rule_id']}",
            }
        )
        rows.append(row)
        between = text[told.run[-1].quantity.end : pair.start]
        if told.facts is f and not rules.cue.p_value.search(between):
            told.row.update({"significant": None, "p_value": None, "p_qualifier": None})
    return rows
