"""The part of a study set apart to be sampled ("a pharmacokinetic subgroup of 12 women"): the
values told of it describe that part, not the arm it was drawn from or the whole study. The cue
words are in cues.yaml (sampled_part)."""

from __future__ import annotations

import re

from pipeline.extract.links import Group, Placed
from pipeline.extract.rules import Rules

# How far before a count the words that name the sampled part may be ("a subgroup of 21
# mothers", "In a pharmacokinetic substudy, 11 mothers").
_COUNT_WINDOW = 60
# What a sample is taken to find: levels and what is worked out from them.
SAMPLED_KINDS = frozenset(
    {
        "concentration",
        "milk_plasma_ratio",
        "infant_plasma_ratio",
        "infant_dose",
        "relative_infant_dose",
        "half_life",
        "amount_excreted",
    }
)


def named_sampled_part(m: Placed, groups: list[Group], rules: Rules) -> Group | None:
    """A value told after words of its sentence that name the part of the study set apart to
    be sampled ("In a pharmacokinetic subgroup of 9 mothers taking 100 mg, the milk/plasma
    ratio was ...", "In the pharmacokinetic subset, the median milk level was ..."): the last
    group counted with such words."""
    before = m.facts.sentence.text[: m.item.value.start]
    if not rules.cue.sampled_part.search(before):
        return None
    if any(g.facts is m.facts and g.start > m.item.value.start for g in groups):
        return None  # "... sampled in 6 infants: undetectable (<0.05 mg/L) in 4": its own count
    parts = [
        g
        for g in groups
        if g.order < m.order
        and (
            rules.cue.sampled_part.search(
                g.facts.sentence.text[max(0, g.start - _COUNT_WINDOW) : g.end]
            )
            # "Twenty mothers also gave a milk sample": the group the subject of its sampling
            or rules.cue.sampled_by_subject.match(g.facts.sentence.text[g.end :])
        )
    ]
    # "In Part B, ...": the part of that name ("Part B was a crossover: 6 mothers ...")
    label = rules.cue.study_part_label.search(before)
    if label is not None:
        named = re.compile(rf"\b{re.escape(label.group(0))}\b")
        parts = [
            g
            for g in parts
            if named.search(g.facts.sentence.text[max(0, g.start - _COUNT_WINDOW) : g.end])
        ]
    return parts[-1] if parts else None


def sample_goes_on(m: Placed, kind: str, who: str, sampled: Group, groups: list[Group]) -> bool:
    """A value after one told of the sampled part ("In the pharmacokinetic subgroup, milk
    levels averaged 0.21 mg/L. The estimated infant dose was 0.032 mg/kg daily"): of that part
    too, where it is a level or worked out from one, of the same people, and its own sentence
    counts no one."""
    return (
        kind in SAMPLED_KINDS
        and who in (sampled.who, "pair")
        and not any(g.facts is m.facts for g in groups)
    )
