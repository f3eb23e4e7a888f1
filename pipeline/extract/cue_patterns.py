"""The cues.yaml patterns the code itself reads, as one typed object (rules.cue.<name>).

The decision tables name their cues in decisions.jsonl and read them through decisions.py; every
other cue the code uses is a field here, so a renamed or missing cue stops the rules loading with
its name, and mypy knows each one is a compiled pattern."""

from __future__ import annotations

from dataclasses import dataclass, fields
from re import Pattern

from pipeline.extract.quick_search import QuickPattern


@dataclass(frozen=True)
class CuePatterns:
    abstract_goes_on: Pattern[str]
    advice_words: Pattern[str]
    active_arms_contrasted: Pattern[str]
    abstract_methods: Pattern[str]
    abstract_background: Pattern[str]
    article_title: Pattern[str]
    anaphor_start: Pattern[str]
    antibody_target: Pattern[str]
    any_design: Pattern[str]
    arm_after: Pattern[str]
    arm_after_count: Pattern[str]
    arm_drug_taken: Pattern[str]
    arm_drug_group: Pattern[str]
    arm_contrast_opening: Pattern[str]
    registry_analysis_heading: Pattern[str]
    metabolite_named: Pattern[str]
    arm_for_after: Pattern[str]
    arm_alternatives: Pattern[str]
    arm_before: Pattern[str]
    arm_between: Pattern[str]
    arm_exceeded: Pattern[str]
    arm_counted: Pattern[str]
    arm_group_list_after: Pattern[str]
    arm_in_clause: Pattern[str]
    arm_name_frame: Pattern[str]
    arm_opens_sentence: Pattern[str]
    count_in_arm: Pattern[str]
    share_of_whole: Pattern[str]
    level_alone: Pattern[str]
    exposed_arm: Pattern[str]
    comparative_before_paren: Pattern[str]
    than_group_paren: Pattern[str]
    frame_join: Pattern[str]
    heading_row: Pattern[str]
    share_of_what_after: Pattern[str]
    count_share_between: Pattern[str]
    count_share_last: Pattern[str]
    group_clause_after: Pattern[str]
    than_pair: Pattern[str]
    sample_opens_sentence: Pattern[str]
    amounts_named_after: Pattern[str]
    told_by_arm: Pattern[str]
    arm_found_in: Pattern[str]
    arm_groups_compared: Pattern[str]
    arm_label_count: Pattern[str]
    arm_label_after_group: Pattern[str]
    form_before_dose: Pattern[str]
    count_group_words: Pattern[str]
    arm_named_with_count: Pattern[str]
    arm_range_after: Pattern[str]
    arm_label_dose: Pattern[str]
    arm_label_end: Pattern[str]
    arm_label_filler: Pattern[str]
    arm_label_not_noun: Pattern[str]
    arm_label_people_count: Pattern[str]
    arm_label_plain: Pattern[str]
    arm_label_purpose: Pattern[str]
    arm_label_tail: Pattern[str]
    arm_label_time: Pattern[str]
    arm_list_after: Pattern[str]
    arm_list_compared: Pattern[str]
    arm_list_forms: Pattern[str]
    arm_list_halves: Pattern[str]
    arm_list_head: Pattern[str]
    arm_list_intro: Pattern[str]
    arm_list_join: Pattern[str]
    arm_list_not: Pattern[str]
    arm_list_parallel: Pattern[str]
    arm_list_whose: Pattern[str]
    arm_main_verb: Pattern[str]
    arm_named: Pattern[str]
    arm_order_after: Pattern[str]
    arm_names_in_brackets: Pattern[str]
    arm_opening: Pattern[str]
    arm_paren_after: Pattern[str]
    arm_pair: Pattern[str]
    arm_person: Pattern[str]
    arm_possessed: Pattern[str]
    arm_plain_words: Pattern[str]
    arm_subject: Pattern[str]
    arm_than: Pattern[str]
    arm_than_subject: Pattern[str]
    arm_than_counted: Pattern[str]
    arm_those: Pattern[str]
    arm_versus_after: Pattern[str]
    arm_versus_before: Pattern[str]
    arm_words: Pattern[str]
    arm_value_pairs: Pattern[str]
    arms_in_order: Pattern[str]
    at_baseline: Pattern[str]
    before_after_from: Pattern[str]
    time_label_before: Pattern[str]
    list_moves_on: Pattern[str]
    list_repeats: Pattern[str]
    not_a_subject: Pattern[str]
    one_arm_over_time: Pattern[str]
    spread_after: Pattern[str]
    subgroups_contrasted: Pattern[str]
    table_pointer: Pattern[str]
    trial_arms_assigned: Pattern[str]
    trial_total: Pattern[str]
    each_arm: Pattern[str]
    change_from: Pattern[str]
    change_object: Pattern[str]
    change_to: Pattern[str]
    value_before_then: Pattern[str]
    value_after_then: Pattern[str]
    change_goes_on: Pattern[str]
    changed_to: Pattern[str]
    treatment_changed: Pattern[str]
    lists_change_between: Pattern[str]
    list_compared_after: Pattern[str]
    list_compared_before: Pattern[str]
    between_groups: Pattern[str]
    clause_break: Pattern[str]
    clause_group: Pattern[str]
    clause_not_arm: Pattern[str]
    clauses_contrasted: Pattern[str]
    comparison_clause_end: Pattern[str]
    contrast_words: Pattern[str]
    count_row_label: Pattern[str]
    difference_before: Pattern[str]
    difference_refers_back: Pattern[str]
    differences_all: Pattern[str]
    dose_caption: Pattern[str]
    dose_follows: Pattern[str]
    per_unit_then_total: Pattern[str]
    versus_gap: Pattern[str]
    sampled_part: Pattern[str]
    study_part_label: Pattern[str]
    completed_after: Pattern[str]
    flexible_dose_after: Pattern[str]
    drug_after: Pattern[str]
    drug_before: Pattern[str]
    drug_name_continues: Pattern[str]
    drug_given_as: Pattern[str]
    conclusion_sentence: Pattern[str]
    substance_used: Pattern[str]
    outcome_subgroup_before: Pattern[str]
    dose_level: Pattern[str]
    doses_listed: Pattern[str]
    durations: Pattern[str]
    exposure_after: Pattern[str]
    exposure_before: Pattern[str]
    group_within: Pattern[str]
    fluid_words: Pattern[str]
    group_named_before: Pattern[str]
    groups_compared: Pattern[str]
    groups_after_list: Pattern[str]
    than_another_arm: Pattern[str]
    unchanged_values: Pattern[str]
    arm_than_paren: Pattern[str]
    arm_named_paren_last: Pattern[str]
    frequency_skip: Pattern[str]
    group_follows: Pattern[str]
    hypothetical: Pattern[str]
    measure_words: Pattern[str]
    milk_fractions: Pattern[str]
    negation: Pattern[str]
    no_drug_arm: Pattern[str]
    no_information: Pattern[str]
    no_name_ending: Pattern[str]
    not_an_arm: Pattern[str]
    not_significant: Pattern[str]
    outcome_anaphor: Pattern[str]
    outcome_anaphor_before: Pattern[str]
    outcome_aside: Pattern[str]
    outcome_break: Pattern[str]
    outcome_count_lead: Pattern[str]
    outcome_group_verb: Pattern[str]
    outcome_lead_break: Pattern[str]
    outcome_not: Pattern[str]
    outcome_of_after: Pattern[str]
    outcome_predicate: Pattern[str]
    outcome_reported: Pattern[str]
    outcome_difference_in: Pattern[str]
    outcome_title: Pattern[str]
    outcome_when: Pattern[str]
    outcome_drop: Pattern[str]
    inherited_list_not: Pattern[str]
    change_noun_after: Pattern[str]
    change_verb: Pattern[str]
    own_drug_row: Pattern[str]
    pair_named: Pattern[str]
    pair_named_than: Pattern[str]
    pair_named_every: Pattern[str]
    stay_after: Pattern[str]
    twin_list_after: Pattern[str]
    p_for_all: Pattern[str]
    registry_comments: Pattern[str]
    registry_groups: Pattern[str]
    registry_next_outcome: Pattern[str]
    registry_outcome_opens: Pattern[str]
    registry_measure_type: Pattern[str]
    registry_title: Pattern[str]
    pairwise_contrast: Pattern[str]
    p_values_versus_one: Pattern[str]
    p_each_versus_one: Pattern[str]
    p_for_each_arm: Pattern[str]
    p_values_respectively: Pattern[str]
    pair_differed_from: Pattern[str]
    pair_did_not_after: Pattern[str]
    paren_values_joined: Pattern[str]
    p_value: Pattern[str]
    p_value_worded: Pattern[str]
    percent_row_label: Pattern[str]
    people_before_arm: Pattern[str]
    people_words: Pattern[str]
    planned_group: Pattern[str]
    qualifier_end: Pattern[str]
    respectively: Pattern[str]
    route_anchor: Pattern[str]
    respectively_not_arms: Pattern[str]
    arm_pair_subject: Pattern[str]
    pooled_count_before: Pattern[str]
    milk_part: Pattern[str]
    salts_after: Pattern[str]
    share_of_counted: Pattern[str]
    share_of_people_after: Pattern[str]
    significant: Pattern[str]
    spread_row_label: Pattern[str]
    strength_column: Pattern[str]
    table_verdict: Pattern[str]
    results_heading: Pattern[str]
    crossover: Pattern[str]
    split_either: Pattern[str]
    registry_part_heading: Pattern[str]
    same_order: Pattern[str]
    study_opens: Pattern[str]
    study_subjects: Pattern[str]
    target_value: Pattern[str]
    unit_of_measure: Pattern[str]
    unit_of_measure_inline: Pattern[str]
    registry_inline_pair: Pattern[str]
    labelled_value_pair: Pattern[str]
    value_time_after: Pattern[str]
    values_alike_before: Pattern[str]
    values_contrasted: Pattern[str]
    share_after_count: Pattern[str]
    substance_before_time: Pattern[str]
    arm_subject_taking: Pattern[str]
    pair_in_two_groups: Pattern[str]
    value_name_between: Pattern[str]
    value_name_first: Pattern[str]
    value_name_last: Pattern[str]
    value_name_next: Pattern[str]
    value_name_not: Pattern[str]
    values_correspond: Pattern[str]
    time_course_after: Pattern[str]
    trial_before: Pattern[str]
    told_of_everyone: Pattern[str]
    arm_dose_after: Pattern[str]
    other_arm_count_after: Pattern[str]
    change_told_before: Pattern[str]
    arm_before_bracket: Pattern[str]
    arm_list_counted_to: Pattern[str]
    differences_refer_back: Pattern[str]
    arm_in_bracket_after: Pattern[str]
    pair_verdict_each_other: Pattern[str]
    pair_verdict_not_each_other: Pattern[str]
    pair_verdict_both_against: Pattern[str]
    pair_verdict_than_both: Pattern[str]
    pair_verdict_two_named: Pattern[str]
    timepoint: Pattern[str]


def cue_patterns(compiled: dict[str, Pattern[str]]) -> CuePatterns:
    """The typed object from the patterns compiled by name (every field must be there)."""
    return CuePatterns(**{f.name: compiled[f.name] for f in fields(CuePatterns)})


def field_names() -> frozenset[str]:
    return frozenset(f.name for f in fields(CuePatterns))


@dataclass(frozen=True)
class QuickCues:
    """The cues tested on (nearly) every value, sentence or statement, each with its quick "no"
    (quick_search.py): the same results, most texts ruled out without the pattern."""

    any_design: QuickPattern
    clause_break: QuickPattern
    negation: QuickPattern
    people_words: QuickPattern
    pair_differed_from: QuickPattern  # tried at every word of every sentence after its values
    measure_words: QuickPattern  # before every result
    planned_group: QuickPattern  # around every count of people
    no_information: QuickPattern  # these three: every statement's whole text
    article_title: QuickPattern
    abstract_background: QuickPattern
    crossover: QuickPattern  # every sentence of a statement with results
    changed_to: QuickPattern  # before every result after the first sentence
    treatment_changed: QuickPattern
    # asked of (nearly) every result, pair or list, only whether they match
    respectively: QuickPattern
    target_value: QuickPattern
    arms_in_order: QuickPattern
    fluid_words: QuickPattern
    study_subjects: QuickPattern
    trial_arms_assigned: QuickPattern
    values_contrasted: QuickPattern
    group_named_before: QuickPattern
    # searched through a whole statement for its arms (most statements lack their words)
    arm_list_intro: QuickPattern
    arm_list_compared: QuickPattern
    arm_list_whose: QuickPattern
    arm_list_counted_to: QuickPattern
    arm_list_parallel: QuickPattern
    arm_named_with_count: QuickPattern


def quick_cues(cue: CuePatterns) -> QuickCues:
    return QuickCues(**{f.name: QuickPattern(getattr(cue, f.name)) for f in fields(QuickCues)})
