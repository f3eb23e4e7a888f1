"""Values of three or more arms whose verdicts the text gives group by group, not for the whole
list: "both supplemented groups differed significantly from placebo (p < 0.05) but not from each
other", "the 6400 IU and drops arms did not differ (p = 0.68), whereas the 2400 IU arm was
significantly lower than both (p < 0.01)". One comparison per pair the words test, each with the
verdict of its own clause. The cue words are in cues.yaml (pair_verdict_*)."""

from __future__ import annotations

import re

from pipeline.extract.compare_verdict import p_value, significance
from pipeline.extract.meaning import arm_role
from pipeline.extract.regex_cache import compiled
from pipeline.extract.rules import Rules

# Words of an arm's label that do not tell it from the others: "the 2400 IU arm" -> "2400 IU".
_PLAIN = re.compile(r"\b(?:the|a|an|arms?|groups?|cohorts?|women|mothers|on|in|with)\b", re.I)
# Where one verdict's words end and the next one's begin.
_CLAUSE_BREAK = re.compile(r";\s+|,?\s+(?:whereas|while|but)\s+|\.\s+(?=[A-Z])", re.I)

# The unexposed arm told in other words: "without exposure", "not exposed".
_UNEXPOSED = re.compile(r"\bwithout\s+(?:any\s+)?exposure\b|\bnot\s+exposed\b", re.I)

Pair = tuple[int, int, bool | None, float | None, str | None]


def verdict_pairs(after: str, arms: list[str], rules: Rules) -> list[Pair]:
    """The pairs (i < j, in the run's order) the words after a run of values test, each with
    its significance, p-value and qualifier; none unless the words test every pair, or give
    pairs verdicts that differ."""
    if len(arms) < 3:
        return []
    control = [k for k, a in enumerate(arms) if arm_role(a, rules) == "control"]
    found: dict[tuple[int, int], tuple[bool | None, float | None, str | None]] = {}
    for clause in _CLAUSE_BREAK.split(after):
        against = rules.cue.pair_verdict_both_against.search(clause)
        if against and not control:  # "both A arms differed from the dummy capsule": the one
            control = _named(clause[against.end() :], arms)[:1]  # they are set against
        tested = _tested(clause, arms, control, rules)
        if not tested:
            continue
        p, qualifier = p_value(clause, rules)
        verdict = significance(clause, p, qualifier, rules)
        if rules.cue.pair_verdict_not_each_other.search(clause):
            verdict = False  # "but not from each other"
        each = [p_value(m.group(0), rules) for m in rules.cue.p_value.finditer(clause)]
        for k, pair in enumerate(tested):
            if len(each) == len(tested) > 1:  # "(P < 0.001 and P = 0.018)": one per pair, in turn
                p, qualifier = each[k]
                verdict = significance("", p, qualifier, rules)
            found.setdefault(pair, (verdict, p, qualifier))
    every_pair = len(found) == len(arms) * (len(arms) - 1) // 2
    if len(found) < 2 or not (every_pair or len({v[0] for v in found.values()}) > 1):
        return []  # "(P < 0.001 for both doses vs placebo)": one verdict, for the list as a whole
    return [(i, j, *found[(i, j)]) for i, j in sorted(found)]


def _tested(
    clause: str, arms: list[str], control: list[int], rules: Rules
) -> list[tuple[int, int]]:
    """The pairs one clause tests: every arm against the control ("both doses ... above the
    unsupplemented level"), the arms but the control against each other ("not from each
    other"), one named arm against every other ("... lower than both"), two named arms ("the
    difference between 150 and 250 mcg", "A and B did not differ")."""
    named = _named(clause, arms)
    others = [k for k in range(len(arms)) if k not in control]
    if rules.cue.pair_verdict_each_other.search(clause):
        return _pairs(others if control else list(range(len(arms))))
    if rules.cue.pair_verdict_both_against.search(clause) and len(control) == 1:
        return [_ordered(k, control[0]) for k in others]
    if rules.cue.pair_verdict_than_both.search(clause) and len(named) == 1:
        return [_ordered(named[0], k) for k in range(len(arms)) if k != named[0]]
    if len(named) == 2 and rules.cue.pair_verdict_two_named.search(clause):
        return [_ordered(*named)]
    treated = [k for k in named if k not in control]
    # "the 10 mg arm no longer differed": from the control; "A and B each exceeded placebo":
    # each named arm from it, in the order named
    against = rules.cue.pair_verdict_against_control.search(clause)
    if treated and len(control) == 1 and len(named) <= len(treated) + 1 and against:
        return [_ordered(k, control[0]) for k in treated]
    return []


def _named(clause: str, arms: list[str]) -> list[int]:
    """The arms a clause names by the words that tell each from the others, in its order."""
    at: list[tuple[int, int]] = []
    clause = _UNEXPOSED.sub("unexposed", clause)  # "than without exposure": the unexposed arm
    for k, arm in enumerate(arms):
        words = " ".join(_PLAIN.sub(" ", arm).split())
        m = compiled(rf"(?<![\w.]){re.escape(words)}(?!\w)", re.I).search(clause) if words else None
        amount = re.match(r"\d+(?:\.\d+)?(?=\s)", words)
        if m is None and amount:
            # "between 150 and 250 mcg": an arm's amount, whose unit the next one carries
            m = compiled(rf"(?<![\w.]){re.escape(amount.group(0))}(?![\w.])").search(clause)
        if m is not None:
            at.append((m.start(), k))
    return [k for _, k in sorted(at)]


def _pairs(arms: list[int]) -> list[tuple[int, int]]:
    return [(a, b) for n, a in enumerate(arms) for b in arms[n + 1 :]]


def _ordered(a: int, b: int) -> tuple[int, int]:
    return (a, b) if a < b else (b, a)
