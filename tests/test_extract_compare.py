"""Comparisons in the language studies use: arms named once and reported later, arms listed
after the values, a second group's change, significance from the comparison's own clause, and
an outcome said after the values. The sentences are written for these tests."""

from __future__ import annotations

import re
from functools import partial

from extraction import extract_tables, record_comparisons, the_comparison
from hypothesis import given
from hypothesis import strategies as st

from pipeline.extract.outcome_words import without_words

_comparisons = partial(record_comparisons, "Effects on Lactation and Breastmilk")


def _one(body: str, values: list[float]) -> dict:
    return the_comparison(_comparisons(body), values)


def test_arms_named_at_randomization_label_a_later_respectively() -> None:
    body = (
        "Sixty mothers of preterm infants were allocated to examplol 5 mg, 15 mg or a matching "
        "placebo three times daily for 10 days. Daily pumped volume rose by 95, 160 and 30 "
        "mL, respectively.[1]"
    )
    c = _one(body, [95.0, 160.0, 30.0])
    assert c["arms"] == ["5 mg", "15 mg", "placebo"]  # ("matching" tells no arm apart)


def test_alternatives_counted_in_parentheses_share_the_noun_after_them() -> None:
    body = (
        "In rapid (n = 6) and poor (n = 4) metabolizers, trough milk levels were 0.3 and 1.1 "
        "mg/L, respectively, and the milk half-lives were 3.5 and 9.0 hours, respectively.[2]"
    )
    for values in ([0.3, 1.1], [3.5, 9.0]):
        assert _one(body, values)["arms"] == ["rapid metabolizers", "poor metabolizers"]


def test_named_drugs_with_doses_give_the_drug_names_as_arms() -> None:
    body = (
        "Nursing mothers taking examplol 50 mg daily (n = 8) or otherol 200 mg daily (n = 5) "
        "had median relative infant doses of 2.2 and 0.6%, respectively.[3]"
    )
    assert _one(body, [2.2, 0.6])["arms"] == ["examplol", "otherol"]


def test_a_list_of_arms_after_the_values_makes_a_comparison_of_three() -> None:
    body = (
        "Cracked nipples occurred in 12%, 15% and 30% of women in the lanolin, hydrogel and "
        "no-dressing groups (p = 0.02).[2]"
    )
    c = _one(body, [12.0, 15.0, 30.0])
    assert c["arms"] == ["lanolin group", "hydrogel group", "no-dressing group"]
    assert c["significant"] is True and c["p_value"] == 0.02


def test_doses_listed_after_the_values_are_the_arms() -> None:
    body = "Mean milk examplol levels were 0.8 and 1.9 mg/L at doses of 25 and 75 mg, respectively."
    assert _one(body, [0.8, 1.9])["arms"] == ["25 mg", "75 mg"]


def test_a_second_groups_change_is_its_own_before_and_after() -> None:
    body = (
        "Serum prolactin climbed from 40 to 118 ng/mL in the examplol group and from 38 to 52 "
        "ng/mL in the placebo group, and the final values differed between groups (P = .01).[1]"
    )
    first, second = _one(body, [40.0, 118.0]), _one(body, [38.0, 52.0])
    assert first["arms"] == second["arms"] == ["before", "after"]
    assert "prolactin" in (second["outcome"] or "").lower()
    # the p-value contrasts the two groups; it says nothing of either group's own change
    assert first["significant"] is None and second["significant"] is None


def test_significance_comes_from_the_comparisons_own_clause() -> None:
    body = (
        "Mastitis was diagnosed in 4.1% vs 3.2% of women, respectively, and infant weight gain "
        "did not differ.[1]"
    )
    assert _one(body, [4.1, 3.2])["significant"] is None
    body = (
        "Any breastfeeding at 3 months was 80% vs 74%, and at 6 months it was 61% vs 55%; "
        "neither difference was statistically significant.[1]"
    )
    assert _one(body, [80.0, 74.0])["significant"] is False
    assert _one(body, [61.0, 55.0])["significant"] is False


def test_a_p_value_belongs_to_the_comparison_it_follows() -> None:
    body = (
        "Milk transfer on day 4 was 310 mL in the spinal group and 290 mL in the general "
        "anaesthesia group (p = 0.52); 81% and 64% of the mothers, respectively, were still "
        "nursing at 8 weeks (p = 0.03).[7]"
    )
    assert _one(body, [310.0, 290.0])["p_value"] == 0.52
    c = _one(body, [81.0, 64.0])
    assert c["p_value"] == 0.03 and c["significant"] is True


def test_the_outcome_said_after_a_groups_share() -> None:
    body = (
        "In a regional cohort, 21% of exposed babies were described by their parents as "
        "unusually fussy, compared with 9% of babies whose mothers took no medicine.[4]"
    )
    c = _one(body, [21.0, 9.0])
    assert "unusually fussy" in (c["outcome"] or "")
    assert c["arms"] is not None and "were" not in c["arms"][0]


def test_an_aside_of_examples_is_no_part_of_the_outcome() -> None:
    body = (
        "Ninety women were randomized to examplol or placebo. Side effects, mostly "
        "nausea, dry mouth and headache, were reported by 18% and 7% of women, respectively "
        "(p = 0.04).[1]"
    )
    c = _one(body, [18.0, 7.0])
    assert c["outcome"] == "Side effects"
    assert c["arms"] == ["examplol", "placebo"]


def test_three_groups_each_after_its_share_are_one_comparison() -> None:
    body = (
        "Exclusive breastfeeding at discharge was reached by 62% of mothers given 10 mg, 70% of "
        "those given 20 mg and 41% of those given placebo.[1]"
    )
    c = _one(body, [62.0, 70.0, 41.0])
    assert [a.split()[-2:] for a in c["arms"]] == [["10", "mg"], ["20", "mg"], ["given", "placebo"]]


def test_two_drugs_compared_in_words_label_a_later_pair() -> None:
    body = (
        "A later trial compared examplol with otherol in 80 women. Relapse occurred in 18% "
        "vs 22% of women (P = 0.6).[2]"
    )
    c = _one(body, [18.0, 22.0])
    assert c["arms"] == ["examplol", "otherol"]
    assert c["significant"] is False


def test_two_groups_told_in_parallel_are_the_arms_of_a_later_respectively() -> None:
    body = (
        "In a comparison of two treatments, 11 women took examplol 20 mg twice daily and 9 "
        "women took otherol 150 mg twice daily. Average milk levels were 31 and 640 mcg/L, "
        "respectively.[2]"
    )
    assert _one(body, [31.0, 640.0])["arms"] == ["examplol", "otherol"]


def test_a_drug_compared_with_another_in_the_passive() -> None:
    body = (
        "In a randomized trial, a single 1 mg dose of examplol was compared with otherol 2.5 mg "
        "twice daily for 14 days. Engorgement was prevented in 81% and 70% of women, "
        "respectively.[3]"
    )
    assert _one(body, [81.0, 70.0])["arms"] == ["examplol", "otherol"]


def test_groups_contrasted_with_than_before_their_values() -> None:
    body = (
        "Milk levels were higher in the 6 women taking 0.4 mg daily than in the 7 women taking "
        "0.1 mg daily (4.4 vs 1.2 mcg/L).[1]"
    )
    assert _one(body, [4.4, 1.2])["arms"] == [
        "women taking 0.4 mg daily",
        "women taking 0.1 mg daily",
    ]


def test_a_group_that_opens_the_clause_and_one_after_the_second_value() -> None:
    body = (
        "In the 4 drowsy infants, serum examplol averaged 41 mg/L compared with 17 mg/L in the "
        "9 alert infants (p < 0.05).[2]"
    )
    c = _one(body, [41.0, 17.0])
    assert c["arms"] == ["drowsy infants", "alert infants"]
    assert c["significant"] is True


def test_an_arm_after_a_value_stops_at_the_verb_and_a_dose_keeps_its_number() -> None:
    body = (
        "On day 2, 40% of the infants in the examplol group were judged poor feeders compared "
        "with 15% of the control infants (p < 0.01).[7] The half-life of examplol in milk was "
        "30 hours after 5 mg and 44 hours after 10 mg.[3]"
    )
    assert _one(body, [40.0, 15.0])["arms"] == ["infants in the examplol group", "control infants"]
    assert _one(body, [30.0, 44.0])["arms"] == ["5 mg", "10 mg"]


def test_what_occurred_in_the_groups_is_the_outcome() -> None:
    body = (
        "In a prospective cohort, vomiting occurred in 4.2% of 48 breastfed infants exposed to "
        "examplol compared with 2.5% of 80 unexposed breastfed infants.[7]"
    )
    assert _one(body, [4.2, 2.5])["outcome"] == "vomiting"


def test_the_subject_group_and_the_group_after_the_second_value() -> None:
    body = (
        "Fully breastfed infants had a median serum examplol level of 1.8 mg/L compared with "
        "0.6 mg/L in partially breastfed infants.[1] In one mother-infant pair, infant plasma "
        "examplol was 0.9 mg/L compared with 7.5 mg/L in the mother.[2]"
    )
    assert _one(body, [1.8, 0.6])["arms"] == [
        "Fully breastfed infants",
        "partially breastfed infants",
    ]
    assert _one(body, [0.9, 7.5])["arms"] == ["infant", "mother"]


def test_groups_named_after_a_counts_percentage() -> None:
    body = (
        "Parents reported colic in 3 of 20 (15%) exposed infants compared with 2 of 25 (8%) "
        "infants of untreated mothers.[6]"
    )
    assert _one(body, [15.0, 8.0])["arms"] == ["exposed infants", "infants of untreated mothers"]


def test_what_a_group_produced_said_after_the_value() -> None:
    body = (
        "In one small study, mothers who used examplol produced an average of 480 mL of milk "
        "per day at 3 weeks, compared with 650 mL per day for mothers who did not.[1]"
    )
    c = _one(body, [480.0, 650.0])
    assert (c["outcome"] or "").startswith("milk per day")
    assert c["arms"] == ["mothers who used examplol", "mothers who did not"]


def test_what_people_counted_before_their_share_had_is_the_outcome() -> None:
    body = (
        "Four of the 40 babies (10%) had loose stools in the first week, compared with 3% of "
        "60 babies whose mothers took no medicine.[5]"
    )
    assert _one(body, [10.0, 3.0])["outcome"] == "loose stools in the first week"
    body = (
        "Mothers reported that 5 of the 50 infants (10%) were unusually sleepy, compared with "
        "4 of 80 infants (5%) whose mothers took nothing.[5]"
    )
    assert _one(body, [10.0, 5.0])["outcome"] == "unusually sleepy"


def test_an_outcome_after_the_verb_a_study_reports_with() -> None:
    body = (
        "Two small series of women given examplol by infusion found milk examplol levels of 30 "
        "and 45 ng/mL after daily doses of 20 and 40 mg, respectively.[6]"
    )
    assert _one(body, [30.0, 45.0])["outcome"] == "milk examplol levels"


def test_values_that_point_back_take_the_last_outcome() -> None:
    body = (
        "Milk examplol levels were 40 mcg/L in the low-dose group and 90 mcg/L in the high-dose "
        "group. At 2 weeks, values were 35 mcg/L with the low dose and 80 mcg/L with the high "
        "dose.[7]"
    )
    first = _one(body, [40.0, 90.0])["outcome"]
    assert first and "examplol" in first
    assert _one(body, [35.0, 80.0])["outcome"] == first


def test_a_trial_split_in_halves_names_its_arms() -> None:
    body = (
        "In a randomised study of 30 women, half were given a single 20 mg dose of examplol "
        "before surgery and half received saline. Exclusive breastfeeding at discharge was "
        "similar in the two groups (85% vs 80%).[8]"
    )
    assert _one(body, [85.0, 80.0])["arms"] == ["examplol", "saline"]


def test_a_value_similar_to_another_groups_value() -> None:
    body = (
        "Serum prolactin in 12 postpartum women taking examplol averaged 14.2 mcg/L, which was "
        "similar to the 13.6 mcg/L found in 10 untreated postpartum women.[9]"
    )
    c = _one(body, [14.2, 13.6])
    assert c["arms"] == ["postpartum women taking examplol", "untreated postpartum women"]
    assert c["significant"] is False


def test_a_clause_after_the_values_says_they_did_not_differ() -> None:
    body = (
        "Loose stools were reported in 9.2% of the examplol-exposed infants and in 8.7% of the "
        "otherol-exposed infants; rates did not differ between the groups.[10]"
    )
    assert _one(body, [9.2, 8.7])["significant"] is False


def test_alternatives_that_differ_by_name_beat_their_doses() -> None:
    # A title naming two drugs leaves the page's drug open: both doses are the statement's.
    text = (
        "# Transfer of examplol and otherol into breast milk\n\n## Abstract\n\n"
        "**Methods:** Breastfeeding women treated for postpartum hypertension received either "
        "examplol extended-release 30 mg once daily (n = 18) or otherol 200 mg twice daily "
        "(n = 21) by mouth. Paired milk and plasma samples were taken on days 4 to 6.\n\n"
        "**Results:** The milk-to-plasma ratios were 0.28 and 0.83, respectively.\n"
    )
    comparisons = extract_tables("abstract.md", text)["comparisons"]
    arms = the_comparison(comparisons, [0.28, 0.83])["arms"]
    assert arms == ["examplol extended-release", "otherol"]  # not "30 mg once daily", ...


def test_values_told_in_the_same_words_around_each_dose_compare_the_doses() -> None:
    body = (
        "Three mothers gave milk samples at steady state. The mother taking examplol 20 mg "
        "daily had a milk level of 11 mcg/L, the mother taking 40 mg daily had 25 mcg/L and "
        "the mother taking 80 mg daily had 52 mcg/L.[1]"
    )
    c = _one(body, [11.0, 25.0, 52.0])
    assert [a.split()[0] for a in c["arms"]] == ["20", "40", "80"]
    body = "In the 10 mg group, peak levels were 5.1 mg/L; in the 20 mg group, they were 9.3 mg/L."
    assert _one(body, [5.1, 9.3])["arms"] == ["10 mg", "20 mg"]


def test_a_value_followed_by_its_own_dose_does_not_frame_the_next_value() -> None:
    body = (
        "Peak milk levels averaged 0.82 mg/L with the 250 mg regimen and 1.9 mg/L with the "
        "500 mg regimen, while trough levels averaged 0.31 mg/L and 0.74 mg/L, respectively."
    )
    values = [list(c["values"]) for c in _comparisons(body)]
    assert [1.9, 0.31] not in values and [0.82, 1.9] in values


def test_a_group_after_than_with_its_value_in_parentheses_is_the_second_arm() -> None:
    body = (
        "Infants of mothers taking 300 mg daily or more had higher serum levels (median 2.9 "
        "mg/L) than infants of mothers taking less than 300 mg daily (median 1.4 mg/L; p = 0.02)."
    )
    c = _one(body, [2.9, 1.4])
    assert c["arms"][0].endswith("300 mg daily or more")
    assert c["arms"][1].endswith("less than 300 mg daily")
    assert c["significant"] is True and c["p_value"] == 0.02


def test_values_each_at_its_own_dose_compare_the_doses() -> None:
    body = (
        "In 9 women taking examplol, milk levels averaged 3.1 ng/mL at 5 mg three times daily "
        "and 7.4 ng/mL at 15 mg three times daily."
    )
    assert _one(body, [3.1, 7.4])["arms"] == ["5 mg three times daily", "15 mg three times daily"]
    body = "Peak levels were 0.8 mg/L at 2 hours and 0.3 mg/L at 8 hours after the dose."
    assert [0.8, 0.3] not in [list(c["values"]) for c in _comparisons(body)]  # times, no arms


def test_a_group_told_apart_by_its_clause_keeps_the_clause_as_its_arm() -> None:
    body = (
        "In a cohort of 120 infants whose mothers took examplol for mastitis and 95 infants of "
        "mothers given no antibiotic, colic was seen in 11% and 9%, respectively (p = 0.61). "
        "Rash was reported in 5% and 4%, with no significant difference."
    )
    first = _one(body, [11.0, 9.0])
    assert first["arms"][0].endswith("whose mothers took examplol for mastitis")
    assert first["arms"][1].endswith("mothers given no antibiotic")
    rash = _one(body, [5.0, 4.0])  # a finding's percentages, with its verdict after them
    assert rash["significant"] is False and rash["arms"] == first["arms"]


def test_what_compared_percentages_are_of_ends_the_outcome() -> None:
    body = (
        "Two groups of mothers took examplol 10 mg or 40 mg daily. Infant serum levels were "
        "2% and 7% of the corresponding maternal serum levels, respectively."
    )
    outcome = _one(body, [2.0, 7.0])["outcome"]
    assert outcome.endswith("of corresponding maternal serum levels")
    body = (
        "Two groups of mothers took examplol 10 mg or 40 mg daily. Of the infants, 12% and "
        "30% had sedation, respectively."
    )
    assert _one(body, [12.0, 30.0])["outcome"] == "sedation"  # no level, dose or intake after


def test_a_p_value_alone_after_a_semicolon_is_the_comparisons_verdict() -> None:
    body = (
        "Trough milk levels averaged 3.4 mcg/L in mothers taking 20 mg daily (n = 7) against "
        "1.6 mcg/L in mothers taking 10 mg daily (n = 9); P = 0.008.[2]"
    )
    c = _one(body, [3.4, 1.6])
    assert c["significant"] is True and c["p_value"] == 0.008


def test_a_milk_part_set_against_another_by_than_is_an_arm() -> None:
    body = (
        "In 9 mothers taking examplol 40 mg daily, colostrum contained a lower examplol "
        "concentration than mature milk (0.8 vs 1.9 mg/L; P = 0.02).[3]"
    )
    c = _one(body, [0.8, 1.9])
    assert c["arms"] == ["colostrum", "mature milk"]
    assert "examplol" in (c["outcome"] or "")


def test_a_change_from_a_value_before_the_drug_named_to_one_after() -> None:
    body = (
        "Serum prolactin in 11 mothers fell from 64 ng/mL before examplol to 38 ng/mL after "
        "10 days of 5 mg daily (P = 0.04).[6]"
    )
    c = _one(body, [64.0, 38.0])
    assert c["arms"][0] == "before" and c["significant"] is True
    assert "prolactin" in (c["outcome"] or "").lower()


def test_a_difference_named_right_after_two_values_makes_them_a_comparison() -> None:
    body = (
        "Among 17 nursing mothers, trough milk levels were 0.6 mg/L with bedtime dosing and "
        "1.3 mg/L with morning dosing, a significant difference (P = 0.01).[3]"
    )
    c = _one(body, [0.6, 1.3])
    assert c["significant"] is True
    body = (
        "In 16 nursing mothers, average milk levels were 0.6 mg/L and 1.3 mg/L, a difference "
        "that was not statistically significant.[3]"
    )
    assert _one(body, [0.6, 1.3])["significant"] is False


def test_a_group_counted_as_its_verbs_subject_is_labelled_by_its_dose() -> None:
    body = (
        "When 7 mothers took 10 mg daily and 6 took 20 mg daily, their milk levels were 0.4 "
        "and 0.9 mcg/L, respectively.[4]"
    )
    assert _one(body, [0.4, 0.9])["arms"] == ["10 mg daily", "20 mg daily"]


def test_one_ratio_for_each_drug_two_groups_took_is_a_comparison() -> None:
    body = (
        "Milk and plasma were sampled in 7 women taking examplol 10 mg daily and 8 women "
        "taking sampladine 25 mg daily. The mean milk/plasma ratio was 1.9 for examplol and "
        "0.7 for sampladine (P = 0.002).[7]"
    )
    c = _one(body, [1.9, 0.7])
    assert c["arms"] == ["examplol", "sampladine"] and c["significant"] is True


def test_one_groups_two_fluids_set_against_each_other_are_no_comparison() -> None:
    body = (
        "After a 2 g intravenous dose before cesarean section in 9 women, umbilical cord serum "
        "levels averaged 0.9 mg/L at delivery compared with 2.3 mg/L in the mothers' serum.[8]"
    )
    tables = extract_tables(
        "examplol.txt",
        f"Examplol Levels and Effects while Breastfeeding\n\nMaternal Levels\n\n{body}",
    )
    assert sorted(m["value"] for m in tables["measurements"]) == [0.9, 2.3]
    assert tables["comparisons"] == []


def test_one_drug_given_in_two_forms_has_the_forms_as_arms() -> None:
    body = (
        "In 10 women given examplol 4 mg as a nasal spray or as an oral 4 mg tablet on separate "
        "days, peak milk levels averaged 1.1 mcg/L and 2.9 mcg/L (P = 0.03).[9]"
    )
    c = _one(body, [1.1, 2.9])
    assert c["arms"] == ["nasal spray", "tablet"]


def test_milk_parts_named_before_their_values_are_arms_of_a_milk_level() -> None:
    body = (
        "Examplol was measured at steady state in 5 mothers who pumped at each feed. Hindmilk "
        "contained 3.3 mg/L and foremilk 2.1 mg/L, a difference that was not significant.[2]"
    )
    c = _one(body, [3.3, 2.1])
    assert [a.lower() for a in c["arms"]] == ["hindmilk", "foremilk"]
    assert "milk" in (c["outcome"] or "")


def test_a_groups_parts_counted_by_what_their_mothers_took_are_groups_and_arms() -> None:
    body = (
        "Among 36 nursed infants, 20 of whose mothers took examplol and 16 sampladine, a rash "
        "was seen in 10% and 6% of infants, respectively (P = 0.6).[5]"
    )
    head = "Examplol Levels and Effects while Breastfeeding\n\nEffects in Breastfed Infants"
    tables = extract_tables("examplol.txt", f"{head}\n\n{body}")
    assert [(p["n"], p["who"]) for p in tables["populations"]] == [
        (36, "infant"),
        (20, "infant"),
        (16, "infant"),
    ]
    assert the_comparison(tables["comparisons"], [10.0, 6.0])["arms"] == ["examplol", "sampladine"]


def test_an_outcome_keeps_the_numbers_of_names_and_times_and_the_words_arms_are_in() -> None:
    body = (
        "Mothers having a cesarean delivery were randomized to examplol in group E (n = 20) or "
        "saline in group S (n = 20). Serum 25-hydroxyvitamin D at 24 h was 61 and 58 nmol/L in "
        "groups E and S (P = 0.41), and vitamin B12 in milk at 24 h was 410 and 395 pg/mL.[2]"
    )
    assert _one(body, [61.0, 58.0])["outcome"].startswith("Serum 25-hydroxyvitamin D at 24 h")
    assert _one(body, [410.0, 395.0])["outcome"].startswith("vitamin B12 in milk at 24 h")


def test_a_definition_in_brackets_is_no_part_of_the_outcome() -> None:
    body = (
        "Mothers were randomized to examplol (n = 30) or placebo (n = 30). Effective latching "
        "(a feeding score of 7 or more) within 3 h occurred in 77% and 53% of mothers, "
        "respectively (P = 0.04).[3]"
    )
    assert _one(body, [77.0, 53.0])["outcome"] == "Effective latching within 3 h"


@given(
    text=st.text(alphabet="abS s-_1.", max_size=30),
    words=st.text(alphabet="abS 1", min_size=1, max_size=4),
)
def test_an_arm_s_words_leave_the_outcome_as_the_whole_word_pattern_would(
    text: str, words: str
) -> None:
    found = re.search(rf"(?<!\w){re.escape(words)}(?!\w)", text, re.I)
    expected = text[: found.start()] + text[found.end() :] if found else text
    assert without_words(text, words) == expected


def test_a_clause_after_the_values_calls_one_side_significantly_higher() -> None:
    body = (
        "Mean examplol concentrations were 12.6 mcg/L in foremilk and 30.2 mcg/L in hindmilk; "
        "hindmilk concentrations were significantly higher (p = 0.003).[4]"
    )
    c = _one(body, [12.6, 30.2])
    assert c["significant"] is True
    assert c["p_value"] == 0.003


def test_no_significant_differences_at_the_end_speak_of_every_pair() -> None:
    body = (
        "Nausea was reported by 18% of mothers taking examplol and 12% of those taking placebo, "
        "and dizziness by 7% and 5%, with no significant differences between the groups.[2]"
    )
    assert _one(body, [18.0, 12.0])["significant"] is False
    assert _one(body, [7.0, 5.0])["significant"] is False


def test_about_the_same_rate_as_another_group_is_no_difference() -> None:
    body = (
        "Two of the 19 breastfed infants (11%) became fussy, about the same rate as in a "
        "comparison group of 38 infants whose mothers took otherol (11% vs 13%).[6]"
    )
    assert _one(body, [11.0, 13.0])["significant"] is False


def test_a_list_of_doses_and_placebo_after_for_names_the_arms() -> None:
    body = (
        "Serum prolactin on day 3 was similar in all arms (201, 188 and 176 ng/mL for 5 mg, "
        "10 mg and placebo; P = .47).[3]"
    )
    c = _one(body, [201.0, 188.0, 176.0])
    assert c["arms"] == ["5 mg", "10 mg", "placebo"]
    assert c["significant"] is False


def test_p_values_of_each_arm_against_one_reference_split_the_comparison() -> None:
    body = (
        "Engorgement was less common with the two examplol doses than with placebo (14%, 9% "
        "and 33% in the 1 mg, 2 mg and placebo groups; P = .03 and P = .004 versus placebo, "
        "respectively).[5]"
    )
    comparisons = _comparisons(body)
    low = the_comparison(comparisons, [14.0, 33.0])
    high = the_comparison(comparisons, [9.0, 33.0])
    assert (low["p_value"], low["significant"]) == (0.03, True)
    assert (high["p_value"], high["significant"]) == (0.004, True)
    assert high["arms"] == ["2 mg group", "placebo group"]


def test_ratios_in_brackets_each_with_its_dose() -> None:
    body = (
        "The milk-to-serum ratio of examplol was unaffected by dose (0.84 with 10 mg vs 0.91 "
        "with 40 mg; P value 0.55).[2]"
    )
    c = _one(body, [0.84, 0.91])
    assert c["arms"] == ["10 mg", "40 mg"]
    assert c["significant"] is False


def test_the_outcome_after_no_difference_was_observed_in() -> None:
    body = (
        "In a cohort, 30 infants whose mothers took examplol were compared with 35 infants of "
        "untreated mothers. No difference was observed in weight gain at 8 weeks (1.41 vs "
        "1.38 kg; p = 0.71).[4]"
    )
    c = _one(body, [1.41, 1.38])
    assert c["outcome"].startswith("weight gain at 8 weeks")
    assert c["significant"] is False


def test_two_values_of_the_two_groups_and_neither_outcome_differed() -> None:
    body = (
        "Examplol 5 mg (n = 25) was compared with placebo (n = 25). Full milk supply by day 5 "
        "was reached by 64.0% and 60.0% of women in the two groups, and serum prolactin on "
        "day 5 was 188 and 176 ng/mL; neither outcome differed significantly.[2]"
    )
    shares = _one(body, [64.0, 60.0])
    assert shares["arms"] == ["Examplol", "placebo"]
    assert shares["significant"] is False
    assert _one(body, [188.0, 176.0])["significant"] is False


def test_values_at_the_lower_and_the_higher_dose_compare_the_doses() -> None:
    body = (
        "Estimated infant examplol doses were 0.21 mg/kg daily at the lower dosage and "
        "0.58 mg/kg daily at the higher dosage.[3]"
    )
    assert _one(body, [0.21, 0.58])["arms"] == ["lower dosage", "higher dosage"]


def test_arms_told_as_the_subjects_of_their_values() -> None:
    body = (
        "The 3 women taking 50 mg daily had an average milk examplol level of 0.82 mg/L, "
        "whereas the woman taking 150 mg daily had a level of 2.9 mg/L.[1]"
    )
    assert _one(body, [0.82, 2.9])["arms"] == ["50 mg daily", "150 mg daily"]


def test_counted_groups_each_before_its_share_and_milk_parts_are_no_later_arms() -> None:
    body = (
        "Median examplol was 1.4 mg/L in foremilk and 2.9 mg/L in hindmilk (p = 0.02). At 12 "
        "weeks, anaemia was found in 5 of 41 exposed (12%) and 2 of 39 unexposed infants (5%; "
        "P = 0.43).[2]"
    )
    comparisons = _comparisons(body)
    assert the_comparison(comparisons, [1.4, 2.9])["arms"] == ["foremilk", "hindmilk"]
    assert the_comparison(comparisons, [12.0, 5.0])["arms"] == ["exposed", "unexposed infants"]


def test_the_amount_used_after_compared_with_is_the_third_arm_s_result() -> None:
    body = (
        "Median opioid consumption over 24 h was 22 mg in the low-dose arm and 15 mg in the "
        "high-dose arm, compared with 37 mg with saline (P < 0.001).[6]"
    )
    c = _one(body, [22.0, 15.0, 37.0])
    assert c["arms"] == ["low-dose arm", "high-dose arm", "saline"]
    assert c["significant"] is True


def test_one_p_value_for_each_arm_against_placebo_splits_the_comparison() -> None:
    body = (
        "Nausea was reported by 11.5% of women in the high-dose arm and by 19.0% of those in the "
        "low-dose arm, against 41.3% of placebo recipients (P < .001 for each active arm versus "
        "placebo).[3]"
    )
    comparisons = _comparisons(body)
    for value in (11.5, 19.0):
        pair = the_comparison(comparisons, [value, 41.3])
        assert (pair["p_value"], pair["p_qualifier"], pair["significant"]) == (0.001, "<", True)


def test_a_time_to_a_first_event_and_rates_that_no_longer_differed() -> None:
    body = (
        "The median time to a first response was 30 hours on examplol versus 52 hours on "
        "placebo (P = 0.004). By day 28, response rates were 64% and 57% on examplol and "
        "placebo, respectively, and no longer differed significantly (p = 0.41).[2]"
    )
    assert _one(body, [30.0, 52.0])["significant"] is True
    assert _one(body, [64.0, 57.0])["significant"] is False


def test_pair_verdicts_more_frequent_than_and_did_not_differ_from_the_unexposed() -> None:
    body = (
        "Infant sleepiness was reported in 7.2% of the monotherapy group, 17% of the polytherapy "
        "group and 4.1% of the unexposed group. Sleepiness was more frequent with polytherapy "
        "than without exposure (p=0.01), whereas infants in the monotherapy group did not "
        "differ from unexposed infants (p=0.48).[1]"
    )
    comparisons = _comparisons(body)
    poly = the_comparison(comparisons, [17.0, 4.1])
    mono = the_comparison(comparisons, [7.2, 4.1])
    assert (poly["significant"], mono["significant"]) == (True, False)
    assert poly["arms"] == ["polytherapy group", "unexposed group"]
    assert poly["outcome"] == mono["outcome"]


def test_the_next_sentence_found_no_significant_difference() -> None:
    body = (
        "Serum prolactin averaged 91 ng/mL with placebo, 82 ng/mL with the lower dose and 75 "
        "ng/mL with the higher dose. The researchers found no statistically significant "
        "difference between the three days.[2]"
    )
    c = _one(body, [91.0, 82.0, 75.0])
    assert c["arms"] == ["placebo", "lower dose", "higher dose"]
    assert c["significant"] is False


def test_the_next_sentence_says_they_were_practically_the_same() -> None:
    body = (
        "Milk sodium averaged 7.6 mmol/L with examplol and 8.3 mmol/L with placebo. These were "
        "practically the same.[5]"
    )
    assert _one(body, [7.6, 8.3])["significant"] is False


def test_times_to_an_event_in_brackets_each_against_the_last() -> None:
    body = (
        "The median time to the first rescue request was longer with either examplol dose than "
        "with placebo (8.5 h and 5.9 h versus 2.8 h; P = 0.004 and P = 0.04, respectively).[3]"
    )
    comparisons = _comparisons(body)
    high = the_comparison(comparisons, [8.5, 2.8])
    low = the_comparison(comparisons, [5.9, 2.8])
    assert (high["p_value"], low["p_value"]) == (0.004, 0.04)
    assert high["significant"] is True and low["significant"] is True


def test_an_arm_said_to_exceed_placebo_and_an_arm_s_time_left_out() -> None:
    body = (
        "Breastfeeding at 72 hours did not differ between the two examplol regimens (83% vs "
        "79%, p = 0.58), but the high-dose arm exceeded placebo (83% vs 68%; p = 0.03). "
        "Infections were no more frequent with exposure: 8% of exposed versus 12% of unexposed "
        "infants by 6 months (p = 0.44).[2]"
    )
    comparisons = _comparisons(body)
    assert the_comparison(comparisons, [83.0, 68.0])["arms"] == ["high-dose arm", "placebo"]
    assert the_comparison(comparisons, [8.0, 12.0])["arms"][1] == "unexposed infants"


def test_the_gap_had_widened_takes_the_last_outcome() -> None:
    body = (
        "By day 7, women on the active spray were pumping an average of 411 mL a day, compared "
        "with 335 mL among those on placebo (p = 0.004). At day 14 the gap had widened to 529 "
        "versus 398 mL a day (P<.001).[1]"
    )
    assert _one(body, [529.0, 398.0])["outcome"].startswith("pumping")
