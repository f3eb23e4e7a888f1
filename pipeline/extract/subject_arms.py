"""Arms told as the subjects of their values: "The 2 women taking 100 mg daily had a milk level
of 1.25 mg/L, whereas the woman taking 300 mg daily had a level of 4.4 mg/L", "the clebopride
group expressed a mean of 274 mL/day and the placebo group 231 mL/day". The cue words are in
cues.yaml (arm_subject_taking, arm_subject_group)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.extract.rules import Rules

if TYPE_CHECKING:  # sentence_items reads these runs while it builds its items
    from pipeline.extract.sentence_items import Item

# Where the first value's clause starts: its subject is in it.
_CLAUSE_START = re.compile(r"[.;:]\s|\b(?:whereas|while|but)\b")


def _subjects(text: str, a: Item, b: Item, rules: Rules) -> list[str] | None:
    """The arms the subjects before two values name, or None where either has none: people
    taking something, or a group right before each value ("the placebo group 231 mL/day")."""
    head = text[: a.value.start]
    starts = [m.start() for m in _CLAUSE_START.finditer(head)]
    first = list(rules.cue.arm_subject_taking.finditer(head, max([0, *starts])))
    second = list(rules.cue.arm_subject_taking.finditer(text, a.quantity.end, b.value.start))
    if not first or not second:
        first = [m for m in [rules.cue.arm_subject_group.search(head, max([0, *starts]))] if m]
        second = [
            m
            for m in [rules.cue.arm_subject_group.search(text, a.quantity.end, b.value.start)]
            if m
        ]
    if not first or not second:
        return None
    arms = [first[-1]["arm"].strip(), second[-1]["arm"].strip()]
    return arms if arms[0].lower() != arms[1].lower() else None


def subject_pairs(text: str, ms: list[Item], used: set[int], rules: Rules) -> list[list[Item]]:
    """Two values of one unit, each after its own arm as the subject of its clause."""
    found = []
    for a, b in zip(ms, ms[1:], strict=False):
        if id(a) in used or id(b) in used or a.quantity.ucum != b.quantity.ucum:
            continue
        if _subjects(text, a, b, rules):
            found.append([a, b])
            used.update({id(a), id(b)})
    return found


def subject_arms(text: str, run: list[Item], rules: Rules) -> list[str] | None:
    """The arms of a pair told as the subjects of its values ("100 mg daily", "300 mg daily")."""
    return _subjects(text, run[0], run[1], rules) if len(run) == 2 else None


def contrasted_arms(text: str, run: list[Item], rules: Rules) -> list[str] | None:
    """The arms of two clauses contrasted, each group named by what it took: "the 19 who took X
    breastfed for a median of 6.5 months, whereas the 19 treated with Y breastfed for a median
    of 8 months" -> "X", "Y" (cues clauses_contrasted, clause_subject, group_took)."""
    if len(run) != 2:
        return None
    a, b = run
    m = rules.cue.clauses_contrasted.match(text[a.quantity.end : b.value.start])
    if m is None:
        return None
    clause = re.split(r"[;:]|,\s+", text[: a.value.start])[-1]
    subject = rules.cue.clause_subject.match(clause)
    first = rules.cue.group_took.search(subject["subject"]) if subject else None
    second = rules.cue.group_took.search(m["second"])
    if first is None or second is None:
        return None
    arms = [first["arm"].strip(), second["arm"].strip()]
    return arms if arms[0].lower() != arms[1].lower() else None
