"""The cues.yaml patterns the code itself reads, as one typed object (rules.cue.<name>).

The decision tables name their cues in decisions.jsonl and read them through decisions.py; every
other cue the code uses is a field here, so a renamed or missing cue stops the rules loading with
its name, and mypy knows each one is a compiled pattern."""

from __future__ import annotations

from dataclasses import dataclass, fields
from re import Pattern


@dataclass(frozen=True)
class CuePatterns:
    abstract_goes_on: Pattern[str]
    abstract_methods: Pattern[str]
    anaphor_start: Pattern[str]
    any_design: Pattern[str]
    arm_after: Pattern[str]
    arm_alternatives: Pattern[str]
    arm_before: Pattern[str]
    arm_named: Pattern[str]
    arm_pair: Pattern[str]
    before_after_from: Pattern[str]
    change_from: Pattern[str]
    change_to: Pattern[str]
    clause_break: Pattern[str]
    dose_follows: Pattern[str]
    drug_after: Pattern[str]
    drug_before: Pattern[str]
    durations: Pattern[str]
    exposure_after: Pattern[str]
    exposure_before: Pattern[str]
    fluid_words: Pattern[str]
    frequency_skip: Pattern[str]
    group_follows: Pattern[str]
    hypothetical: Pattern[str]
    measure_words: Pattern[str]
    negation: Pattern[str]
    no_information: Pattern[str]
    not_an_arm: Pattern[str]
    not_significant: Pattern[str]
    outcome_break: Pattern[str]
    outcome_drop: Pattern[str]
    p_value: Pattern[str]
    people_words: Pattern[str]
    qualifier_end: Pattern[str]
    respectively_not_arms: Pattern[str]
    salts_after: Pattern[str]
    significant: Pattern[str]
    strength_column: Pattern[str]
    study_subjects: Pattern[str]
    target_value: Pattern[str]
    time_course_after: Pattern[str]
    timepoint: Pattern[str]


def cue_patterns(compiled: dict[str, Pattern[str]]) -> CuePatterns:
    """The typed object from the patterns compiled by name (every field must be there)."""
    return CuePatterns(**{f.name: compiled[f.name] for f in fields(CuePatterns)})


def field_names() -> frozenset[str]:
    return frozenset(f.name for f in fields(CuePatterns))
