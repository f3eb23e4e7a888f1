"""Arm labels around and before the values (arm_labels.py): a label in brackets after each
value, two groups a sentence says it compares, a label's dose dropped where the drug tells the
arms apart, parts of a feed as arms, and a verdict in the next sentence. The sentences are
written for these tests."""

from __future__ import annotations

from functools import partial

from extraction import extract_tables, record_comparisons, the_comparison

from pipeline.extract.arm_labels import tidy_label
from pipeline.extract.arm_lists import statement_arms
from pipeline.extract.rules import get_rules

_comparisons = partial(record_comparisons, "Effects in Breastfed Infants")


def _one(body: str, values: list[float]) -> dict:
    return the_comparison(_comparisons(body), values)


def test_a_label_in_brackets_after_each_value() -> None:
    body = "Peak milk levels were 14 mcg/L (tablet) and 9 mcg/L (oral suspension).[1]"
    assert _one(body, [14.0, 9.0])["arms"] == ["tablet", "oral suspension"]
    body = "Sleepiness was noted in 22% (evening dosing) vs 8% (morning dosing) of infants.[1]"
    assert _one(body, [22.0, 8.0])["arms"] == ["evening dosing", "morning dosing"]


def test_a_count_in_brackets_is_no_label() -> None:
    body = "Median milk levels were 14 mcg/L (n = 6) vs 9 mcg/L (n = 5).[1]"
    arms = _one(body, [14.0, 9.0])["arms"]
    assert not arms or not any("n =" in a for a in arms)


def test_groups_a_study_compared_label_a_later_respectively() -> None:
    body = (
        "A chart review compared 25 women treated with examplol with 30 women treated with "
        "otherol for postpartum pain. Infant drowsiness was noted in 12% vs 3% of infants, "
        "respectively.[2]"
    )
    assert _one(body, [12.0, 3.0])["arms"] == [
        "women treated with examplol",
        "women treated with otherol",
    ]


def test_groups_compared_in_the_passive_lose_their_counts() -> None:
    body = (
        "In a registry, nineteen infants who were breastfed during maternal examplol therapy "
        "were compared with 22 formula-fed infants (n = 22). Feeding problems were reported in "
        "11% vs 9% of infants, respectively.[3]"
    )
    assert _one(body, [11.0, 9.0])["arms"] == [
        "infants who were breastfed during maternal examplol therapy",
        "formula-fed infants",
    ]


def test_a_dose_after_the_drug_is_dropped_where_the_drug_tells_the_arms_apart() -> None:
    body = (
        "Serum prolactin averaged 95 ng/mL in 12 women given examplol 20 mg twice daily "
        "compared with 40 ng/mL in 11 women given placebo.[4]"
    )
    assert _one(body, [95.0, 40.0])["arms"] == ["women given examplol", "women given placebo"]


def test_a_dose_that_alone_tells_the_arms_apart_is_kept() -> None:
    body = (
        "Milk levels averaged 0.8 mg/L in 7 women taking 1,000 mg daily or less and 2.3 mg/L "
        "in 6 women taking more than 1,000 mg daily.[5]"
    )
    arms = _one(body, [0.8, 2.3])["arms"]
    assert arms is not None and all("1,000 mg" in a for a in arms)


def test_a_thousands_comma_stays_in_the_label() -> None:
    body = (
        "Infant serum 25-hydroxyvitamin D averaged 38 ng/mL in the 4,000 IU arm and 31 ng/mL "
        "in the 400 IU arm.[6]"
    )
    assert _one(body, [38.0, 31.0])["arms"] == ["4,000 IU arm", "400 IU arm"]


def test_foremilk_and_hindmilk_are_arms_but_milk_and_serum_are_not() -> None:
    body = "Examplol averaged 31 mcg/L in foremilk and 52 mcg/L in hindmilk (p = 0.03).[7]"
    c = _one(body, [31.0, 52.0])
    assert c["arms"] == ["foremilk", "hindmilk"]
    assert c["significant"] is True
    body = "Examplol averaged 31 mcg/L in milk and 52 mcg/L in maternal serum.[7]"
    assert not _comparisons(body)


def test_the_verdict_in_the_next_sentence() -> None:
    body = (
        "Wheezing was reported in 6% of infants whose mothers used examplol, compared with 5% "
        "of infants whose mothers used no inhaler. The difference was not statistically "
        "significant (P = 0.71).[8]"
    )
    c = _one(body, [6.0, 5.0])
    assert (c["significant"], c["p_value"]) == (False, 0.71)


def test_not_a_significant_difference() -> None:
    body = (
        "At 4 months, 61% of treated mothers and 66% of untreated mothers were still nursing, "
        "which was not a statistically significant difference.[9]"
    )
    assert _one(body, [61.0, 66.0])["significant"] is False


def test_doses_she_took_label_one_womans_levels() -> None:
    body = (
        "Trough milk levels were 7.5 mcg/L while she took 10 mg daily, 16 mcg/L on 20 mg daily "
        "and 33 mcg/L on 40 mg daily.[10]"
    )
    c = _one(body, [7.5, 16.0, 33.0])
    assert c["arms"] == ["10 mg daily", "20 mg daily", "40 mg daily"]


def test_a_change_by_a_share_with_each_treatment() -> None:
    body = (
        "Milk output increased by 15% with examplol and by 6% with placebo, a difference that "
        "was not statistically significant (p = 0.41).[11]"
    )
    c = _one(body, [15.0, 6.0])
    assert (c["arms"], c["significant"]) == (["examplol", "placebo"], False)


def test_values_for_the_same_groups_follow_the_groups_given_before() -> None:
    body = (
        "Mean peak milk levels were 120 mcg/L after 25 mg, 260 mcg/L after 50 mg and 410 mcg/L "
        "after 100 mg, and the corresponding milk half-lives were 4.8, 5.5 and 6.1 hours.[12]"
    )
    assert _one(body, [4.8, 5.5, 6.1])["arms"] == ["25 mg", "50 mg", "100 mg"]


def test_a_p_value_said_of_both_comparisons_in_the_sentence() -> None:
    body = (
        "Mean milk zinc at 2 weeks was 3.1, 3.6 and 2.4 mg/L in the low-dose, high-dose and "
        "placebo groups, respectively; at 8 weeks the values were 2.2, 2.9 and 1.5 mg/L (p < 0.01 "
        "for both time points).[13]"
    )
    for values in ([3.1, 3.6, 2.4], [2.2, 2.9, 1.5]):
        assert _one(body, values)["significant"] is True


def test_a_time_in_the_outcome_keeps_its_number() -> None:
    body = (
        "Mean serum prolactin on day 5 was 112 ng/mL in 16 women given examplol compared with "
        "86 ng/mL in 15 women given placebo.[14]"
    )
    assert _one(body, [112.0, 86.0])["outcome"] == "serum prolactin on day 5"
    body = (
        "The share of mothers still pumping at 14 days was 81% with examplol and 79% with "
        "placebo.[15]"
    )
    assert "14 days" in _one(body, [81.0, 79.0])["outcome"]


def test_a_label_loses_its_count_its_citation_and_its_purpose() -> None:
    label = "Forty-one infants of untreated mothers (n = 41) [8]"
    assert tidy_label(label, get_rules()) == "infants of untreated mothers"
    label = "12 women who received examplol for postpartum hypertension"
    assert tidy_label(label, get_rules()) == "women who received examplol"


def test_the_first_group_counted_before_its_value() -> None:
    body = (
        "In a survey of 120 breastfeeding mothers who took examplol, 6% reported a fussy baby, "
        "compared with 5% of 130 mothers who took no medicine.[2]"
    )
    arms = _one(body, [6.0, 5.0])["arms"]
    assert arms == ["breastfeeding mothers who took examplol", "mothers who took no medicine"]


def test_a_counted_group_ends_at_its_clause_verb_and_loses_its_time() -> None:
    body = (
        "Among 44 infants exposed to examplol through milk during the first 4 weeks, feeding "
        "problems occurred in 9%, compared with 4% of unexposed infants (p = 0.2).[3]"
    )
    assert _one(body, [9.0, 4.0])["arms"][0] == "infants exposed to examplol through milk"
    body = (
        "Thirty women who received examplol had loose stools in 10%, compared with 3% of 31 "
        "women given placebo.[3]"
    )
    assert _one(body, [10.0, 3.0])["arms"][0] == "women who received examplol"


def test_a_subject_set_against_those_after_than() -> None:
    body = (
        "Infants whose mothers took more than 60 mg daily had higher serum levels than those "
        "whose mothers took 60 mg daily or less (mean 3.0 vs 1.2 mg/L).[4]"
    )
    arms = _one(body, [3.0, 1.2])["arms"]
    assert arms == [
        "Infants whose mothers took more than 60 mg daily",
        "Infants whose mothers took 60 mg daily or less",  # "those" are the first arm's people
    ]


def test_people_counted_inside_the_words_after_a_value() -> None:
    body = (
        "Infant serum examplol averaged 12% of the maternal level in the 9 women taking 20 mg "
        "daily and 25% in the 7 women taking 40 mg daily.[5]"
    )
    arms = _one(body, [12.0, 25.0])["arms"]
    assert arms == ["women taking 20 mg daily", "women taking 40 mg daily"]


def test_their_infants_are_the_infants_of_the_people_counted_before() -> None:
    body = (
        "A review of 90 nursing mothers taking examplol found that 8% of their infants were "
        "sleepy, versus 3% of 85 infants whose mothers took paracetamol alone.[6]"
    )
    arms = _one(body, [8.0, 3.0])["arms"]
    assert arms == [
        "infants of nursing mothers taking examplol",
        "infants whose mothers took paracetamol alone",
    ]


def test_before_and_after_take_the_times_written_after_the_values() -> None:
    body = "Serum prolactin rose from 30 ng/mL at baseline to 95 ng/mL at 2 weeks postpartum.[7]"
    assert _one(body, [30.0, 95.0])["arms"] == ["baseline", "2 weeks postpartum"]
    body = "Serum prolactin rose from 28 ng/mL before treatment to 80 ng/mL.[7]"
    assert _one(body, [28.0, 80.0])["arms"] == ["before treatment", "after"]


def test_arms_an_abstracts_methods_introduced() -> None:
    text = (
        "Examplol in colostrum after a morning or an evening dose\n\n"
        "METHODS\nWe enrolled 30 women after cesarean delivery. Half were allocated to "
        "a morning dose and half to an evening dose, using sealed envelopes.\n\n"
        "RESULTS\nPeak colostrum levels were 12.1 and 6.3 ng/mL, respectively (p = 0.01).\n"
    )
    comparisons = extract_tables("abstract.txt", text)["comparisons"]
    assert the_comparison(comparisons, [12.1, 6.3])["arms"] == [
        "morning dose",
        "evening dose",
    ]


def test_a_shared_relative_clause_is_dropped_where_each_arm_keeps_its_own() -> None:
    body = (
        "Jaundice was recorded in 4% of 80 breastfed infants whose mothers took examplol, "
        "compared with 5% of 70 breastfed infants whose mothers took otherol.[8]"
    )
    assert _one(body, [4.0, 5.0])["arms"] == ["examplol", "otherol"]
    body = (
        "In a study comparing 12 breastfed infants of mothers taking examplol with 12 breastfed "
        "infants of healthy mothers, infant serum T4 averaged 1.3 and 1.2 ng/dL, respectively.[8]"
    )
    arms = _one(body, [1.3, 1.2])["arms"]
    assert arms and all("mothers" in a for a in arms)  # "mothers" alone names no arm


def test_arms_named_a_versus_b_before_or_after_the_values() -> None:
    body = "Milk IgG was higher with the newer vaccine (Vaxa vs Vaxb: 4.8 vs 3.1 mcg/mL).[9]"
    assert _one(body, [4.8, 3.1])["arms"] == ["Vaxa", "Vaxb"]
    body = "Daily milk volume on day 10 was 410 vs 350 mL (examplol vs otherol).[9]"
    assert _one(body, [410.0, 350.0])["arms"] == ["examplol", "otherol"]


def test_a_change_over_three_times_and_what_it_changed() -> None:
    body = (
        "In the vaccinated mothers, milk IgA rose from 0.1 mcg/mL at baseline to "
        "0.5 mcg/mL after the first injection and 1.3 mcg/mL after the second injection.[10]"
    )
    c = _one(body, [0.1, 0.5, 1.3])
    assert c["arms"] == [
        "baseline",
        "after the first injection",
        "after the second injection",
    ]
    body = (
        "A single 50 mg dose of examplol increased serum prolactin from a mean of 20 ng/mL "
        "at baseline to 60 ng/mL 2 hours after it; the rise was statistically significant "
        "(p < 0.01).[10]"
    )
    c = _one(body, [20.0, 60.0])
    assert c["outcome"].startswith("serum prolactin")
    assert c["arms"] == ["baseline", "2 hours after it"]
    assert c["significant"] is True


def test_those_who_did_not_are_the_first_arms_people() -> None:
    body = (
        "In a study of 120 women, 52% of the women who received examplol were breastfeeding at "
        "6 weeks compared with 75% of those who did not (p = 0.01).[11]"
    )
    assert _one(body, [52.0, 75.0])["arms"] == ["women who received examplol", "women who did not"]
    body = (
        "Neonatal naloxone use did not differ between infants exposed to examplol and those "
        "exposed to otherol through milk (2.1% vs 1.7%; P = .79).[11]"
    )
    arms = _one(body, [2.1, 1.7])["arms"]
    assert arms == ["infants exposed to examplol", "infants exposed to otherol through milk"]


def test_an_age_limit_stays_in_its_groups_label_and_is_no_half_life() -> None:
    body = (
        "Elimination half-lives were measured in 14 breastfed infants. The half-life averaged "
        "21 hours in the 6 preterm infants compared with 9.5 hours in the 8 infants younger "
        "than 3 weeks (P = 0.01).[4]"
    )
    tables = extract_tables("examplol.txt", f"Examplol\n\nEffects in Breastfed Infants\n\n{body}")
    c = the_comparison(tables["comparisons"], [21.0, 9.5])
    assert c["arms"] == ["preterm infants", "infants younger than 3 weeks"]
    assert sorted(m["value"] for m in tables["measurements"]) == [9.5, 21.0]


def test_a_subject_named_by_what_it_was_given_and_counted_is_the_first_arm() -> None:
    body = (
        "Mothers receiving examplol as a continuous infusion after surgery (n = 12) had a mean "
        "milk output of 310 mL versus 260 mL in mothers receiving it by mouth (n = 11).[2]"
    )
    arms = _one(body, [310.0, 260.0])["arms"]
    assert arms == [
        "Mothers receiving examplol as a continuous infusion after surgery",
        "mothers receiving it by mouth",
    ]


def test_arms_named_earlier_by_their_counts_lose_the_counts() -> None:
    body = (
        "In a cohort, 52 infants whose mothers took examplol were compared with 49 infants of "
        "mothers taking another drug. Jaundice occurred in 8% and 12% of infants, respectively.[4]"
    )
    arms = _one(body, [8.0, 12.0])["arms"]
    assert arms and not any(a[0].isdigit() for a in arms)


def test_one_arm_before_a_bracket_and_the_other_after_its_second_value() -> None:
    body = "Nausea was more common with the higher dose (31% vs 12% with 5 mg; p = 0.02).[5]"
    assert _one(body, [31.0, 12.0])["arms"] == ["higher dose", "5 mg"]


def test_an_arm_ends_at_a_dash_that_opens_an_aside() -> None:
    text = (
        "Examplol for milk supply\n\n"
        "By day 10, women taking examplol were expressing an average of 455 mL of milk a day, "
        "compared with 372 mL in the placebo group - a gap the investigators called "
        "significant (p = 0.01).\n"
    )
    found = the_comparison(extract_tables("news.txt", text)["comparisons"], [455.0, 372.0])
    assert found["arms"][1] == "placebo group"


def test_them_in_a_comparison_is_the_group_counted_before() -> None:
    body = (
        "In one study of 40 nursing women taking examplol 5 mg a day, milk levels were low.[2] "
        "The same study compared them with 38 women who used a copper coil instead: milk volume "
        "was no different, and average infant weight gain by 6 months was 3.6 kg vs 3.8 kg.[2]"
    )
    arms = _one(body, [3.6, 3.8])["arms"]
    assert arms is not None and "examplol" in arms[0] and "copper coil" in arms[1]


def test_the_arm_before_than_starts_after_the_clause_s_verb() -> None:
    body = (
        "Rescue analgesic use in the first 48 h was lower with examplol than with saline "
        "(31 ± 9 vs 47 ± 12 mg; p = 0.002).[7]"
    )
    assert _one(body, [31.0, 47.0])["arms"] == ["examplol", "saline"]


def test_a_cut_off_set_off_by_dashes_is_no_list_of_arms() -> None:
    rules = get_rules()
    text = (
        "By day 5, high blood pressure \u2014 defined as a reading of 150/100 or higher \u2014 "
        "persisted in 15.0% of the women."
    )
    assert statement_arms(text, 2, rules) is None
    assert statement_arms("Examplide was given as a tablet or as a syrup.", 2, rules) == [
        "tablet",
        "syrup",
    ]
