"""Comparisons in the language of abstracts and trial summaries: a later list that reports the
same arms again without naming them, arms named as a range after two lists, two arms contrasted
by name in a later clause, changes that share one verb, and outcomes behind a hedge or a
threshold. The abstracts are written for these tests."""

from __future__ import annotations

from extraction import extract_tables, the_comparison


def _comparisons(text: str) -> list[dict]:
    return extract_tables("abstract.txt", text)["comparisons"]


THREE_GROUPS = """Examplol transfer into milk at three maternal doses.

Methods: We studied 36 nursing mothers taking examplol 10 mg (n = 12), 20 mg (n = 12) or 40 mg
(n = 12) daily, sampling milk at 4 to 8 weeks postpartum.

Results: Mean milk examplol was 12.5 ng/mL in the 10 mg group, 24.1 ng/mL in the 20 mg group and
51.7 ng/mL in the 40 mg group (P < 0.001); milk desexamplol was 3.2, 6.8 and 14.9 ng/mL
(P = 0.002). Infant plasma examplol followed the same gradient (0.4, 0.9 and 2.1 ng/mL;
P = 0.03).
"""


def test_a_bare_list_reports_the_arms_of_the_comparison_before_it() -> None:
    comparisons = _comparisons(THREE_GROUPS)
    arms = the_comparison(comparisons, [12.5, 24.1, 51.7])["arms"]
    assert arms is not None and len(arms) == 3
    metabolite = the_comparison(comparisons, [3.2, 6.8, 14.9])
    assert metabolite["arms"] == arms
    assert (metabolite["significant"], metabolite["p_value"]) == (True, 0.002)
    infant = the_comparison(comparisons, [0.4, 0.9, 2.1])
    assert infant["arms"] == arms and infant["significant"] is True
    assert infant["rule_id"].startswith("comparison.list_like_last>")


def test_a_time_course_list_is_no_repeat_of_the_arms() -> None:
    text = THREE_GROUPS + (
        "In the 40 mg group, milk examplol at 2, 6 and 12 hours after the dose was 60.2, 41.0 "
        "and 22.3 ng/mL.\n"
    )
    assert not [c for c in _comparisons(text) if list(c["values"]) == [60.2, 41.0, 22.3]]


FOUR_ARMS = """Maternal versus infant examplin: a four-arm trial.

Design: 120 breastfeeding dyads were randomized to four arms of 30: maternal examplin 100 mg
daily (arm A), 200 mg daily (arm B), 400 mg daily (arm C) or infant drops of 5 mg daily (arm D).

Results: Infant serum examplin at 2 months was 8.1, 11.6, 17.2 and 9.4 ng/mL and at 5 months
9.0, 12.3, 18.8 and 9.9 ng/mL in arms A to D. Arms A and D did not differ at either time point
(P > 0.05), whereas arm C was significantly higher than arm A at both (p=0.004 and p=0.007).
"""


def test_arms_named_as_a_range_label_both_lists_before_them() -> None:
    comparisons = _comparisons(FOUR_ARMS)
    for values in ([8.1, 11.6, 17.2, 9.4], [9.0, 12.3, 18.8, 9.9]):
        c = the_comparison(comparisons, values)
        assert c["arms"] == ["arm A", "arm B", "arm C", "arm D"]
        assert c["significant"] is None  # the verdicts are the pairs'


def test_two_arms_contrasted_by_name_are_compared_at_every_time() -> None:
    comparisons = _comparisons(FOUR_ARMS)
    for values in ([8.1, 9.4], [9.0, 9.9]):
        c = the_comparison(comparisons, values)
        assert c["arms"] == ["arm A", "arm D"] and c["significant"] is False
    early = the_comparison(comparisons, [17.2, 8.1])
    late = the_comparison(comparisons, [18.8, 9.0])
    assert early["arms"] == ["arm C", "arm A"]
    assert (early["p_value"], late["p_value"]) == (0.004, 0.007)
    assert early["significant"] is True and late["significant"] is True


def test_changes_that_share_one_verb_are_two_comparisons() -> None:
    text = (
        "Case report.\n\nA mother took examplon 200 mg daily while nursing. After her dose was "
        "doubled, her plasma level rose from 3.4 to 7.1 mg/L and her milk level from 2.2 to "
        "4.9 mg/L. Serum prolactin fell from 96 ng/mL before the first examplon dose to 31 "
        "ng/mL a week later, against a change from 88 to 84 ng/mL in an untreated sister.\n"
    )
    comparisons = _comparisons(text)
    for values in ([3.4, 7.1], [2.2, 4.9], [96.0, 31.0], [88.0, 84.0]):
        before, after = the_comparison(comparisons, values)["arms"]
        assert before.startswith("before") and after.startswith("after")


def test_an_outcome_behind_a_hedge_or_a_threshold() -> None:
    text = (
        "Breastfeeding and examplin withdrawal: a cohort.\n\nWe followed 150 exposed newborns, "
        "60 breastfed and 90 formula-fed. Only 18% of the breastfed newborns needed treatment "
        "for withdrawal, compared with 41% of the formula-fed newborns (p = 0.003). "
        "Hypoglycaemia (below 2.6 mmol/L) on day 1 affected 5% and 7% of the two groups.\n"
    )
    comparisons = _comparisons(text)
    assert "treatment" in the_comparison(comparisons, [18.0, 41.0])["outcome"]
    outcome = the_comparison(comparisons, [5.0, 7.0])["outcome"]
    assert outcome.startswith("Hypoglycaemia") and "below" not in outcome


ROUTES = """Intravenous versus oral examplol after surgery.

In this trial, 40 women were randomised to 2 g intravenous examplol every 8 hours (IV group,
n = 20) or 2 g oral examplol every 8 hours (oral group, n = 20). Milk examplol in the IV group
averaged 5.1 mg/L, with a plasma level of 6.3 mg/L. The oral group had lower milk levels, 3.9
mg/L (p = 0.01), with plasma at 4.4 mg/L. Milk-to-plasma ratios were similar, 0.81 and 0.89.
Estimated neonatal intake was 0.77 mg/kg per day in the IV group and 0.59 mg/kg per day in the
oral group.
"""


def test_arms_named_with_their_counts_label_a_later_bare_pair() -> None:
    ratio = the_comparison(_comparisons(ROUTES), [0.81, 0.89])
    assert ratio["arms"] == ["IV group", "oral group"]


def test_a_p_value_across_two_sentences_is_its_own_values() -> None:
    comparisons = _comparisons(ROUTES)
    milk = the_comparison(comparisons, [5.1, 3.9])
    assert (milk["significant"], milk["p_value"]) == (True, 0.01)
    plasma = the_comparison(comparisons, [6.3, 4.4])
    assert plasma["significant"] is None and plasma["p_value"] is None


def test_a_neonatal_intake_per_kilogram_is_a_result() -> None:
    tables = extract_tables("abstract.txt", ROUTES)
    assert {0.77, 0.59} <= {m["value"] for m in tables["measurements"]}
    assert not {0.77, 0.59} & {d["amount"] for d in tables["doses"]}
    the_comparison(tables["comparisons"], [0.77, 0.59])


def test_an_infants_urine_level_on_a_web_page_is_compared_by_its_dose() -> None:
    text = (
        "Examplotine patches and breastfeeding: a cohort.\n\nWe followed 30 mothers using a "
        "14 mg/24 h examplotine patch and 25 who kept smoking. Infant urine cotinine was 40% "
        "lower with the 14 mg patch than with smoking (22 vs 37 ng/mL; p=0.02).\n"
    )
    c = the_comparison(_comparisons(text), [22.0, 37.0])
    assert c["arms"] == ["14 mg patch", "smoking"] and c["significant"] is True


def test_a_level_fallen_after_feeding_changed_is_before_and_after() -> None:
    text = (
        "Case report.\n\nA mother took examplate 500 mg twice daily. Her breastfed daughter had "
        "a serum level of 6.2 mcg/mL at 1 week. Because she fed poorly, formula feeds were "
        "introduced, and by 4 weeks her serum level had fallen to 2.4 mcg/mL.\n"
    )
    assert the_comparison(_comparisons(text), [6.2, 2.4])["arms"] == ["before", "after"]


def test_lengths_of_stay_contrasted_are_results_compared() -> None:
    text = (
        "Rooming-in and examplone withdrawal: a cohort.\n\nWe reviewed 120 exposed newborns, 50 "
        "roomed-in and 70 cared for in the nursery. Roomed-in newborns also went home sooner, "
        "after a median of 6 days in hospital against 11 days for nursery newborns "
        "(p = 0.004).\n"
    )
    tables = extract_tables("abstract.txt", text)
    c = the_comparison(tables["comparisons"], [6.0, 11.0])
    assert c["unit"] == "d" and c["outcome"] == "days in hospital"
    assert c["significant"] is True
    assert {6.0, 11.0} <= {m["value"] for m in tables["measurements"] if m["kind"] == "other"}


def test_a_relative_change_is_the_outcome_of_what_changed() -> None:
    text = (
        "Examplin for low supply: a trial summary.\n\nFifty mothers took examplin or placebo "
        "for 3 weeks. In the examplin group, daily pumped volume rose from 180 mL to 250 mL, "
        "a 39% increase, compared with a 12% increase with placebo (p = 0.01).\n"
    )
    c = the_comparison(_comparisons(text), [39.0, 12.0])
    assert c["outcome"] == "increase in daily pumped volume"


def test_the_two_active_arms_keep_their_labels_and_their_own_verdict() -> None:
    text = (
        "Examplol or otherol for low supply.\n\nMethods: Sixty mothers were randomised to "
        "examplol, otherol or placebo for 10 days.\n\nResults: By day 10 the corresponding "
        "means had reached 410, 385 and 290 mL/day (overall p < 0.001); the two active drugs "
        "did not differ from each other (P = 0.44).\n"
    )
    comparisons = _comparisons(text)
    assert the_comparison(comparisons, [410.0, 385.0, 290.0])["significant"] is True
    pair = the_comparison(comparisons, [410.0, 385.0])
    assert pair["arms"] == ["examplol", "otherol"]
    assert (pair["significant"], pair["p_value"]) == (False, 0.44)


def test_the_active_arms_contrasted_in_the_next_sentence_are_their_own_pair() -> None:
    text = (
        "Examplol after cesarean: a three-arm trial.\n\nMethods: We randomized 150 mothers to "
        "examplol 2 mg (low-dose arm), examplol 4 mg (high-dose arm) or placebo.\n\nResults: "
        "Rescue opioid was needed by 12.0% of the high-dose arm and 20.0% of the low-dose arm, "
        "against 44.0% with placebo (P < .001 for each active arm versus placebo). The two "
        "examplol doses also differed from each other (P = .04).\n"
    )
    comparisons = _comparisons(text)
    pair = the_comparison(comparisons, [12.0, 20.0])
    assert (pair["significant"], pair["p_value"]) == (True, 0.04)
    assert the_comparison(comparisons, [20.0, 44.0])["p_value"] == 0.001


def test_p_values_for_each_dose_against_placebo_in_the_words_of_an_abstract() -> None:
    text = (
        "Examplac for cramping after birth: a randomised trial.\n\nMETHODS: Nursing mothers "
        "were randomly allocated (1:1:1) to examplac 100 mg, examplac 200 mg or a placebo "
        "tablet for 48 hours.\n\nRESULTS: A second analgesic was requested by 22%, 14% and 41% "
        "of women given 100 mg, 200 mg and placebo, respectively (P = .03 and P < .001 versus "
        "placebo). By 48 hours the corresponding figures were 35%, 24% and 60% (p=0.004 for the "
        "lower dose; p<0.001 for the higher dose). Infant weight loss did not differ across the "
        "arms (6.2%, 6.4% and 6.0%, respectively; P = 0.55).\n"
    )
    comparisons = _comparisons(text)
    assert the_comparison(comparisons, [22.0, 41.0])["p_value"] == 0.03
    assert the_comparison(comparisons, [14.0, 41.0])["p_value"] == 0.001
    lower = the_comparison(comparisons, [35.0, 60.0])
    assert (lower["p_value"], lower["p_qualifier"]) == (0.004, "=")
    assert the_comparison(comparisons, [24.0, 60.0])["p_qualifier"] == "<"
    weight = the_comparison(comparisons, [6.2, 6.4, 6.0])
    assert weight["arms"] == ["100 mg", "200 mg", "placebo tablet"]
    assert weight["significant"] is False


def test_both_doses_differing_from_placebo_makes_no_pair_of_the_doses() -> None:
    text = (
        "Examplol after cesarean: a three-arm trial.\n\nMethods: We randomized 150 mothers to "
        "examplol 2 mg, examplol 4 mg or placebo.\n\nResults: Pain scores were 2.1, 1.8 and "
        "4.0 at 24 hours. Both examplol doses differed from placebo (P < .01).\n"
    )
    values = [c["values"] for c in _comparisons(text)]
    assert [2.1, 1.8] not in [list(v) for v in values]


def test_a_threshold_aside_with_its_own_parentheses_is_no_outcome() -> None:
    text = (
        "Examplin drops: a three-arm trial.\n\nDesign: We randomized 90 breastfeeding dyads to "
        "maternal examplin 1 mg daily (arm 1), 2 mg daily (arm 2) or placebo (arm 3).\nResults: "
        "Infant serum examplin at 3 months was 2.2, 4.1 and 0.3 ng/mL in arms 1 to 3. Iron "
        "deficiency (ferritin(s) below 12 ug/L) at 6 months affected 4.1%, 3.3% and 16.7% of "
        "infants.\n"
    )
    comparisons = _comparisons(text)
    assert the_comparison(comparisons, [2.2, 4.1, 0.3])["arms"] == ["arm 1", "arm 2", "arm 3"]
    c = the_comparison(comparisons, [4.1, 3.3, 16.7])
    assert c["arms"] == ["arm 1", "arm 2", "arm 3"]
    assert c["outcome"].startswith("Iron deficiency at 6 months")


def test_ns_beside_the_values_says_not_significant() -> None:
    text = (
        "Examplol after birth: a randomized comparison.\n\nSixty women were assigned to "
        "examplol 10 mg daily (n = 30) or placebo (n = 30). At 8 weeks, 61% of the examplol "
        "group and 64% of the placebo group were still breastfeeding (NS).\n"
    )
    assert the_comparison(_comparisons(text), [61.0, 64.0])["significant"] is False


def test_not_significant_said_in_words_after_the_values() -> None:
    text = (
        "Examplol for supply: a trial.\n\nMethods: Forty mothers were randomized to examplol "
        "10 mg daily (n = 20) or placebo (n = 20).\nResults: Pumped volume was higher with "
        "examplol than with placebo (512 vs 430 mL), but the difference did not reach "
        "statistical significance. Neither the milk prolactin (41 vs 37 ng/mL) nor the infant "
        "weight gain (610 vs 595 g) differed between the groups.\n"
    )
    comparisons = _comparisons(text)
    for values in ([512.0, 430.0], [41.0, 37.0], [610.0, 595.0]):
        assert the_comparison(comparisons, values)["significant"] is False


def test_a_list_whose_values_carry_their_spread_is_one_list() -> None:
    text = (
        "Examplol trial.\n\nMethods: Forty mothers were randomized to examplol 10 mg daily "
        "(n = 20) or otherol 5 mg daily (n = 20).\nResults: Peak milk levels were 12.3 ng/mL "
        "(IQR 8 to 15) and 9.1 ng/mL (IQR 6 to 11) in the examplol and otherol groups, "
        "respectively (p = 0.03).\n"
    )
    c = the_comparison(_comparisons(text), [12.3, 9.1])
    assert c["arms"] == ["examplol group", "otherol group"] and c["significant"] is True


DOSE_ARMS = """Examplide in labour: three epidural doses.

We randomized 45 women in labour to epidural examplide 5 mcg, 10 mcg or 20 mcg, 15 per group.
Results: Maternal serum examplide at birth was 0.12, 0.25 and 0.47 ng/mL and umbilical venous
examplide 0.05, 0.09 and 0.18 ng/mL with the 5, 10 and 20 mcg doses. Colostrum on day 1 held
0.03, 0.06 and 0.11 ng/mL in the same three groups (p = 0.002 for trend).
"""


def test_two_lists_share_the_doses_named_after_the_second() -> None:
    comparisons = _comparisons(DOSE_ARMS)
    arms = ["5 mcg dose", "10 mcg dose", "20 mcg dose"]  # one dose per arm, as FORMAT.md writes
    assert the_comparison(comparisons, [0.12, 0.25, 0.47])["arms"] == arms
    assert the_comparison(comparisons, [0.05, 0.09, 0.18])["arms"] == arms
    colostrum = the_comparison(comparisons, [0.03, 0.06, 0.11])
    assert colostrum["arms"] == arms and colostrum["significant"] is True


def test_pairwise_p_values_of_arms_named_by_their_dose_are_each_pairs_own() -> None:
    text = (
        "Examplone for preterm supply.\n\nMethods: Mothers of preterm infants were randomized "
        "to examplone 5 mg (n = 20), examplone 15 mg (n = 21) or placebo (n = 19) daily.\n"
        "Results: At day 10, mean expressed volume was 352 ± 98 mL in the 5 mg group, 410 ± "
        "120 mL in the 15 mg group and 240 ± 101 mL with placebo (5 mg vs placebo, P = .01; "
        "15 mg vs placebo, P < .001; 15 mg vs 5 mg, P = .12).\n"
    )
    comparisons = _comparisons(text)
    low = the_comparison(comparisons, [352.0, 240.0])
    assert low["arms"] == ["5 mg group", "placebo"]
    assert (low["significant"], low["p_value"]) == (True, 0.01)
    high = the_comparison(comparisons, [410.0, 240.0])
    assert (high["significant"], high["p_value"], high["p_qualifier"]) == (True, 0.001, "<")
    doses = the_comparison(comparisons, [410.0, 352.0])
    assert doses["arms"] == ["15 mg group", "5 mg group"]
    assert (doses["significant"], doses["p_value"]) == (False, 0.12)
    assert doses["rule_id"].startswith("comparison.pairwise>")


FOUR_REMEDIES = """Three remedies or placebo for supply: a pilot.

Methods: Eighty mothers were randomised to examplol 5 mg twice daily, otherol 10 mg twice
daily, herbal tea or placebo for two weeks.

Results: Pumped volume rose by 52%, 44%, 15% and 9% in the four groups, in that order. Examplol
and otherol each differed from placebo (p<0.01 for both comparisons), whereas herbal tea did
not (p=0.41). Serum prolactin at 2 weeks was 131, 118, 40 and 37 ng/mL (p<0.001 across groups).
"""


def test_a_list_is_compared_across_the_groups_named_after_it() -> None:
    comparisons = _comparisons(FOUR_REMEDIES)
    prolactin = the_comparison(comparisons, [131.0, 118.0, 40.0, 37.0])
    assert prolactin["arms"] == ["examplol", "otherol", "herbal tea", "placebo"]
    assert (prolactin["significant"], prolactin["p_value"]) == (True, 0.001)
    the_comparison(comparisons, [52.0, 44.0, 15.0, 9.0])


def test_arms_said_to_differ_from_one_arm_are_each_a_pair_with_it() -> None:
    comparisons = _comparisons(FOUR_REMEDIES)
    for values, arm in (([52.0, 9.0], "examplol"), ([44.0, 9.0], "otherol")):
        c = the_comparison(comparisons, values)
        assert c["arms"] == [arm, "placebo"]
        assert (c["significant"], c["p_value"], c["p_qualifier"]) == (True, 0.01, "<")
        assert c["rule_id"].startswith("comparison.differed_from>")
    tea = the_comparison(comparisons, [15.0, 9.0])
    assert tea["arms"] == ["herbal tea", "placebo"]
    assert (tea["significant"], tea["p_value"]) == (False, 0.41)


def test_alternatives_assigned_after_a_long_description_are_named_by_drug() -> None:
    text = (
        "Examplol or otherol after delivery.\n\nWe randomly assigned 50 nursing women with a "
        "resting heart rate above 110 beats per minute on two readings after birth to "
        "examplol 25 mg twice daily or otherol 100 mg once daily, each given by mouth, 25 "
        "women per group. Mean milk levels were 14 and 51 μg/L, respectively.\n"
    )
    c = the_comparison(_comparisons(text), [14.0, 51.0])
    assert c["arms"] == ["examplol", "otherol"]


def test_shares_each_after_its_count_are_one_list() -> None:
    text = (
        "Examplol for supply.\n\nMethods: Mothers were randomized to examplol 10 mg (n = 30), "
        "examplol 20 mg (n = 30) or placebo (n = 30) for 14 days.\n\nResults: Supply doubled "
        "in 20 of 30 (67%), 25 of 30 (83%) and 8 of 30 (27%) mothers, respectively.\n"
    )
    c = the_comparison(_comparisons(text), [67.0, 83.0, 27.0])
    assert c["arms"] == ["10 mg", "20 mg", "placebo"]


def test_a_list_set_against_the_arms_values_in_another_fluid_keeps_their_arms() -> None:
    text = (
        "Examplin in milk.\n\nWe sampled 14 nursing women taking examplin 250 mg (n = 8) or "
        "500 mg (n = 6) daily. Mean milk examplin was 0.33 mg/L in the lower-dose and 0.71 "
        "mg/L in the higher-dose group, against serum levels of 1.12 and 2.05 mg/L.\n"
    )
    comparisons = _comparisons(text)
    milk = the_comparison(comparisons, [0.33, 0.71])
    serum = the_comparison(comparisons, [1.12, 2.05])
    assert serum["arms"] == milk["arms"] and len(milk["arms"]) == 2
    assert not [c for c in comparisons if 1.12 in c["values"] and 0.71 in c["values"]]


def test_shares_of_arms_allocated_to_two_drugs_are_compared_by_drug() -> None:
    text = (
        "Examplol or otherol after delivery.\n\nWe randomly assigned 60 nursing women to "
        "examplol 10 mg daily or otherol 40 mg daily, 30 women per group. A rescue drug was "
        "needed by 3 of 30 women (10.0%) allocated to examplol and by 8 of 30 (26.7%) "
        "allocated to otherol (p = 0.18). At 6 weeks, 70% and 67% of women, respectively, "
        "were still breastfeeding.\n"
    )
    comparisons = _comparisons(text)
    rescue = the_comparison(comparisons, [10.0, 26.7])
    assert rescue["arms"] == ["examplol", "otherol"]
    assert (rescue["significant"], rescue["p_value"]) == (False, 0.18)
    assert the_comparison(comparisons, [70.0, 67.0])["arms"] == ["examplol", "otherol"]


THAN_TWO = """Examplol, otherol or a device: milk intake.

Methods: Nursing women were randomly allocated to examplol, otherol or a copper device.
Results: At 4 weeks, intake was 701 mL/day in the examplol group, 745 mL/day in the otherol
group and 752 mL/day in the device group (p = 0.02 across groups). At 8 weeks, the examplol group
took 612 mL/day, significantly less than the otherol group (748 mL/day; p < 0.001) and the
device group (771 mL/day; p = 0.003).
"""


def test_one_value_less_than_two_others_is_two_pairs_each_with_its_own_p() -> None:
    comparisons = _comparisons(THAN_TWO)
    first = the_comparison(comparisons, [612.0, 748.0])
    assert first["arms"] == ["examplol group", "otherol group"]
    assert (first["significant"], first["p_value"]) == (True, 0.001)
    second = the_comparison(comparisons, [612.0, 771.0])
    assert second["arms"] == ["examplol group", "device group"]
    assert (second["significant"], second["p_value"]) == (True, 0.003)


def test_a_time_that_opens_the_clause_belongs_to_its_outcome() -> None:
    c = the_comparison(_comparisons(THAN_TWO), [701.0, 745.0, 752.0])
    assert c["outcome"] == "intake at 4 weeks"


TWO_DOSES = """Examplone at two doses: prolactin and milk levels.

Methods: Mothers were randomized to examplone 5 mg (n = 14), examplone 10 mg (n = 15) or placebo
(n = 13) for 10 days.
Results: Serum prolactin rose from 35 to 190 ng/mL in the 10 mg group and from 37 to 141 ng/mL in
the 5 mg group, but was practically unchanged with placebo (36 vs 39 ng/mL). Median milk
examplone was 0.9 ng/mL (IQR 0.5-1.4) on the lower and 2.1 ng/mL (IQR 1.2-3.0) on the higher dose
(p = .002), giving relative infant doses of 0.02% and 0.03%. The milk-to-plasma ratio (0.41 vs
0.43) did not depend on dose.
"""


def test_a_level_said_unchanged_with_two_values_is_before_and_after() -> None:
    c = the_comparison(_comparisons(TWO_DOSES), [36.0, 39.0])
    assert c["arms"] == ["before", "after"] and c["significant"] is False
    assert c["outcome"].startswith("Serum prolactin")


def test_a_spread_between_a_value_and_its_arm_keeps_the_arm() -> None:
    c = the_comparison(_comparisons(TWO_DOSES), [0.9, 2.1])
    assert c["arms"] == ["lower", "higher dose"]
    assert (c["significant"], c["p_value"]) == (True, 0.002)


def test_a_p_value_of_values_before_is_not_a_later_lists() -> None:
    c = the_comparison(_comparisons(TWO_DOSES), [0.02, 0.03])
    assert c["significant"] is None and c["p_value"] is None


def test_a_ratio_that_did_not_depend_on_dose_is_not_significant() -> None:
    assert the_comparison(_comparisons(TWO_DOSES), [0.41, 0.43])["significant"] is False


def test_a_list_restated_as_approximate_values_reports_the_same_arms() -> None:
    text = (
        "Examplol at two doses.\n\nIn a randomized trial, 40 women were assigned to examplol "
        "25 mg (n = 20) or 50 mg (n = 20) twice daily. Mean milk examplol was 140 mcg/L with "
        "the lower and 290 mcg/L with the higher dose. Relative infant doses were 0.8% and "
        "1.7% for the two regimens, or about 21 and 44 mcg/kg daily.\n"
    )
    comparisons = _comparisons(text)
    doses = the_comparison(comparisons, [0.8, 1.7])["arms"]
    assert the_comparison(comparisons, [21.0, 44.0])["arms"] == doses


def test_what_both_groups_were_after_who_had_taken_is_the_outcome() -> None:
    text = (
        "Examplol or otherol after a caesarean: a plain-language summary.\n\nThe researchers "
        "asked 180 mothers to take examplol or otherol for pain. At 8 weeks, 77% of mothers "
        "who had taken examplol and 74% of those who had taken otherol were still "
        "breastfeeding; the authors say a difference this small could well be down to "
        "chance.\n"
    )
    c = the_comparison(_comparisons(text), [77.0, 74.0])
    assert c["outcome"].startswith("still breastfeeding") and "8 weeks" in c["outcome"]
    assert c["significant"] is False


def test_counts_with_their_shares_each_followed_by_its_arm() -> None:
    """ "N women (x%) taking A and M (y%) taking B", "k of N (x%) women given A and ...": each
    share is its arm's, whatever count stands before it."""
    text = (
        "Examplol for night waking.\n\nSeventy mothers were randomized to examplol 5 mg at "
        "night or placebo. Dry mouth was reported by 11 women (31%) taking examplol and 3 (9%) "
        "taking placebo. Night waking stopped in 14 of 35 (40%) women given examplol and 6 of "
        "35 (17%) given placebo (P = 0.03).\n"
    )
    comparisons = _comparisons(text)
    dry = the_comparison(comparisons, [31.0, 9.0])
    assert dry["arms"] == ["examplol", "placebo"]
    waking = the_comparison(comparisons, [40.0, 17.0])
    assert waking["arms"] == ["examplol", "placebo"]
    assert (waking["significant"], waking["p_value"]) == (True, 0.03)


def test_three_counts_with_shares_and_a_difference_between_the_groups() -> None:
    """A list of counts with their shares ("8 (25%), 5 (16%) and 2 (6%) women") is one
    comparison across a three-arm trial's arms where the sentence speaks of the difference
    between the groups, in words or in brackets."""
    text = (
        "Examplol at two doses.\n\nNinety-six mothers were randomized to examplol 20 mg, "
        "examplol 10 mg or placebo twice daily (n = 32 each). Headache was reported by 8 (25%), "
        "5 (16%) and 2 (6%) women, with no significant difference between groups. Nausea "
        "affected 7 (22%), 6 (19%) and 4 (13%) mothers (no significant difference among the "
        "three groups).\n"
    )
    comparisons = _comparisons(text)
    headache = the_comparison(comparisons, [25.0, 16.0, 6.0])
    assert headache["arms"] is not None and len(headache["arms"]) == 3
    assert headache["significant"] is False
    nausea = the_comparison(comparisons, [22.0, 19.0, 13.0])
    assert nausea["significant"] is False


def test_changes_told_by_their_times_and_a_second_change_between_the_same_times() -> None:
    """ "had gone from 510 mL a day at the start to 640 mL": a change whose first value has a
    rate and a time after it; "and from 9% to 13% with placebo": the second change is between
    the times the first one named."""
    text = (
        "Examplol and milk supply.\n\nForty mothers took examplol 20 mg daily or placebo for "
        "six weeks. In the examplol group, daily milk volume had gone from 510 mL a day at the "
        "start to 640 mL. Mastitis rose from 5% at enrolment to 21% at 6 weeks with examplol "
        "and from 9% to 13% with placebo.\n"
    )
    comparisons = _comparisons(text)
    volume = the_comparison(comparisons, [510.0, 640.0])
    assert volume["arms"] == ["start", "after"]
    assert "milk volume" in volume["outcome"]
    first = the_comparison(comparisons, [5.0, 21.0])
    assert first["arms"] == ["enrolment", "6 weeks"]
    assert the_comparison(comparisons, [9.0, 13.0])["arms"] == ["enrolment", "6 weeks"]


def test_changes_that_share_a_subject_across_asides_with_their_own_p_values() -> None:
    """The second "and from ... to" after an aside with a p-value ("(a 2.8-fold rise; P<.001)")
    is a change too, with its own p-value; "but was unchanged with placebo (..)" keeps the
    subject all three share as its outcome."""
    text = (
        "Examplol at two doses.\n\nSixty mothers took examplol 40 mg, examplol 20 mg or placebo "
        "daily. Serum prolactin rose from 44 to 123 ng/mL with 40 mg (a 2.8-fold rise; P<.001) "
        "and from 47 to 90 ng/mL with 20 mg (P = 0.02), but was unchanged with placebo (45 vs "
        "49 ng/mL; NS).\n"
    )
    comparisons = _comparisons(text)
    second = the_comparison(comparisons, [47.0, 90.0])
    assert (second["significant"], second["p_value"]) == (True, 0.02)
    unchanged = the_comparison(comparisons, [45.0, 49.0])
    assert unchanged["outcome"] == "Serum prolactin"
    assert unchanged["significant"] is False


def test_a_p_value_after_a_contrast_that_follows_a_change_is_the_contrast_s() -> None:
    text = (
        "Examplol and milk volume.\n\nThirty mothers took examplol 10 mg or placebo for a month. "
        "With examplol, milk volume rose from 330 mL at the start to 420 mL after four weeks, a "
        "27% increase, compared with an 8% increase with placebo (p = 0.004).\n"
    )
    change = the_comparison(_comparisons(text), [330.0, 420.0])
    assert change["significant"] is None and change["p_value"] is None


CROSSOVER = """Examplol spray for mothers who pump: a summary.

Twenty-six mothers used an examplol spray and a placebo spray, each for 5 days, in random order.
Pumped volume was much the same: 388 mL during the examplol days and 379 mL during the placebo
days (P = 0.61). Serum prolactin, sampled before and 20 minutes after a pumping session, rose
from 71 to 149 ng/mL in the examplol period and from 69 to 140 ng/mL in the placebo period. A dry
nose was reported by 5 mothers (19%) while using examplol and by 2 (8%) while using placebo.
Milk examplol was 1.4 mcg/L in the first days and 0.9 mcg/L in the later weeks.
"""


def test_a_crossover_s_periods_named_for_what_was_taken_are_its_arms() -> None:
    """ "during the examplol days" is an arm (not "the first days"); "while using placebo"
    needs no subject; an aside saying how the outcome was measured is no part of it."""
    comparisons = _comparisons(CROSSOVER)
    volume = the_comparison(comparisons, [388.0, 379.0])
    assert volume["arms"] == ["examplol days", "placebo days"]
    assert volume["significant"] is False
    assert the_comparison(comparisons, [71.0, 149.0])["outcome"] == "Serum prolactin"
    nose = the_comparison(comparisons, [19.0, 8.0])
    assert nose["arms"] == ["examplol", "placebo"]
    assert not [c for c in comparisons if list(c["values"]) == [1.4, 0.9]]


def test_means_with_sds_in_their_own_units_listed_before_a_p_value() -> None:
    """ "5.2% +/- 1.9% and 5.8% ± 2.1%": each mean with its SD, the unit written twice, is one
    value; a list with a p-value right after it compares the trial's two arms."""
    text = (
        "Two analgesics after caesarean birth.\n\nEighty women were allocated to examplol 20 mg "
        "(examplol group, n = 40) or otherol 400 mg (otherol group, n = 40). Infant weight loss "
        "on day 3 was 5.2% +/- 1.9% and 5.8% ± 2.1% of birth weight (p = 0.31).\n"
    )
    comparisons = _comparisons(text)
    loss = the_comparison(comparisons, [5.2, 5.8])
    assert loss["arms"] == ["examplol group", "otherol group"]
    assert (loss["significant"], loss["p_value"]) == (False, 0.31)
    assert not [c for c in comparisons if 1.9 in list(c["values"])]


def test_a_bare_list_after_a_compared_list_takes_its_arms_in_order() -> None:
    """A sentence's comparisons are read in the order written, so a bare list with its own
    p-value after a list of the arms' values takes their arms."""
    text = (
        "Examplol at two doses and in smokers.\n\nWe studied 12 mothers taking examplol 10 mg, "
        "12 taking 20 mg and 14 who smoked. Milk examplol was 8.1 ug/L with 10 mg, 15.7 ug/L "
        "with 20 mg and 22.4 ug/L in smokers (P = 0.002); milk desexamplol was 41, 77 and 96 "
        "ug/L (P = 0.01).\n"
    )
    comparisons = _comparisons(text)
    first = the_comparison(comparisons, [8.1, 15.7, 22.4])["arms"]
    assert the_comparison(comparisons, [41.0, 77.0, 96.0])["arms"] == first


def test_arms_of_doses_with_their_frequency() -> None:
    """ "with 20 mg three times daily" is an arm: a frequency's number word is no count."""
    text = (
        "Examplol doses.\n\nA trial compared 20 mg with 10 mg of examplol three times daily. "
        "Milk examplol averaged 1.3 ng/mL with 10 mg and 2.7 ng/mL with 20 mg three times "
        "daily.\n"
    )
    arms = the_comparison(_comparisons(text), [1.3, 2.7])["arms"]
    assert arms is not None and arms[0] == "10 mg" and arms[1].startswith("20 mg")


def test_what_a_counted_part_of_an_arm_said_is_the_outcome() -> None:
    """ "Nineteen of the 30 women on examplol (63%) said ...": the count, its arm and its share
    open the clause; what they said is the outcome."""
    text = (
        "Examplol for low supply: a news report.\n\nSixty women were randomized to examplol or "
        "placebo. Nineteen of the 30 women on examplol (63%) said their supply felt better at "
        "the end of the study, compared with 10 of the 30 on placebo (33%).\n"
    )
    c = the_comparison(_comparisons(text), [63.0, 33.0])
    assert "supply felt better" in c["outcome"]
    assert c["arms"] == ["examplol", "placebo"]


def test_an_amount_naming_each_value_s_arm_is_not_compared() -> None:
    """ "0.7% with 25 mg and 1.3% with 75 mg": the amounts after "with" name the arms, so the
    two shares are compared, whatever the amounts are read as."""
    text = (
        "Examplol at two doses.\n\nWe studied 30 nursing women: 14 were taking 25 mg/day and 16 "
        "were taking 75 mg/day. The relative infant dose was 0.7% with 25 mg and 1.3% with "
        "75 mg.\n"
    )
    c = the_comparison(_comparisons(text), [0.7, 1.3])
    assert c["arms"] == ["25 mg", "75 mg"]


def test_a_later_list_of_one_group_over_days_is_no_repeat_of_the_arms() -> None:
    """ "Scheduled-group medians on days 1 and 2 were 29 and 44 ng/mL" after a comparison of
    two arms: a level over days in one group, no comparison."""
    text = (
        "Examplol on a schedule or on request.\n\nForty women took examplol 5 mg every 4 hours "
        "(scheduled group, n = 20) or only on request (on-demand group, n = 20). Milk examplol "
        "on day 3 was higher in the scheduled group (median 41 vs 19 ng/mL, P = 0.01). "
        "Scheduled-group medians on days 1 and 2 were 29 and 44 ng/mL.\n"
    )
    comparisons = _comparisons(text)
    assert the_comparison(comparisons, [41.0, 19.0])["significant"] is True
    assert not [c for c in comparisons if list(c["values"]) == [29.0, 44.0]]


def test_a_change_from_baseline_between_a_value_and_its_arm() -> None:
    text = (
        "Examplol: a review.\n\nIn five trials (n = 310) comparing examplol 10 mg daily with "
        "placebo, milk volume rose. Volume rose by a mean of 42% from baseline with examplol and "
        "15% with placebo (P < 0.001).\n"
    )
    c = the_comparison(_comparisons(text), [42.0, 15.0])
    assert c["arms"] == ["examplol", "placebo"]


def test_shares_of_mothers_who_preferred_each_period() -> None:
    """ "16 mothers (62%) preferred the A period and 10 (38%) preferred the B period": what
    each share chose is its arm, and the choice is the outcome."""
    text = (
        "Examplol spray: a plain-language summary.\n\nTwenty-six mothers used an examplol "
        "spray and a placebo spray, one after the other, in random order. Sixteen mothers "
        "(62%) preferred the examplol period and 10 (38%) preferred the placebo period, which "
        "was not a significant preference (P = 0.26).\n"
    )
    c = the_comparison(_comparisons(text), [62.0, 38.0])
    assert c["arms"] == ["examplol period", "placebo period"]
    assert c["outcome"] == "preferred period"
    assert (c["significant"], c["p_value"]) == (False, 0.26)


PAIR_VERDICTS = """Examplol supplements for nursing mothers.

Methods: 120 nursing women were randomized to examplol 10 mg, examplol 30 mg or a dummy capsule
daily for 8 weeks.

Results: Milk examplol at 8 weeks was 4.6, 9.3 and 1.2 ng/mL, respectively; both examplol arms
differed significantly from the dummy capsule (p < 0.01) but not from each other. Milk volume
at 8 weeks was 610, 640 and 520 mL/day in the 10 mg, 30 mg and dummy capsule arms; the 10 mg and
30 mg arms did not differ (p = 0.52), whereas the dummy capsule arm was significantly lower than
both (p = 0.01). In the 30 mg arm, serum prolactin rose from 22 to 61 ng/mL; the corresponding
values in the 10 mg arm were 24 and 40 ng/mL, while prolactin on the dummy capsule barely moved
(23 and 25 ng/mL).
"""


def test_verdicts_given_group_by_group_make_one_comparison_per_pair() -> None:
    comparisons = _comparisons(PAIR_VERDICTS)
    assert not [c for c in comparisons if c["values"] == [4.6, 9.3, 1.2]]
    by_values = {tuple(c["values"]): c for c in comparisons}
    # each arm against the control, then the arms but the control against each other
    assert by_values[(4.6, 1.2)]["significant"] is True
    assert by_values[(9.3, 1.2)]["significant"] is True
    assert by_values[(4.6, 9.3)]["significant"] is False
    assert by_values[(4.6, 9.3)]["arms"] == ["10 mg", "30 mg"]


def test_two_arms_named_together_and_one_set_against_both() -> None:
    by_values = {tuple(c["values"]): c for c in _comparisons(PAIR_VERDICTS)}
    assert (by_values[(610.0, 640.0)]["significant"], by_values[(610.0, 640.0)]["p_value"]) == (
        False,
        0.52,
    )
    assert by_values[(610.0, 520.0)]["significant"] is True
    assert by_values[(640.0, 520.0)]["significant"] is True


def test_the_corresponding_values_of_another_arm_are_before_and_after() -> None:
    by_values = {tuple(c["values"]): c for c in _comparisons(PAIR_VERDICTS)}
    assert by_values[(22.0, 61.0)]["arms"][0].lower().startswith("before")
    assert by_values[(24.0, 40.0)]["arms"] == by_values[(22.0, 61.0)]["arms"]
    assert by_values[(23.0, 25.0)]["arms"] == by_values[(22.0, 61.0)]["arms"]


def test_arms_introduced_by_the_counts_allocated_to_each_label_later_unnamed_pairs() -> None:
    text = (
        "Examplol for low mood after birth: results summary\n\n"
        "Participant flow: 90 nursing mothers were randomized; 45 were assigned to examplol "
        "20 mg daily (raised to 40 mg if needed) and 45 to a look-alike tablet, for 6 weeks.\n\n"
        "Outcomes\n"
        "1. Still breastfeeding at 6 weeks: 91% vs 87%; p = 0.48\n"
    )
    found = the_comparison(_comparisons(text), [91.0, 87.0])
    assert found["arms"] == ["examplol", "look-alike tablet"]


def test_a_verdict_on_every_difference_in_the_next_sentence() -> None:
    text = (
        "Two pills while nursing\n\n"
        "Sixty nursing women were randomized to a combined pill or to a progestin-only pill. "
        "Breastfeeding at 6 months was 61% on the combined pill and 66% on the progestin-only "
        "pill, and milk volume at 8 weeks was 640 and 655 mL. Neither difference reached "
        "statistical significance.\n"
    )
    comparisons = _comparisons(text)
    assert the_comparison(comparisons, [61.0, 66.0])["significant"] is False
    assert the_comparison(comparisons, [640.0, 655.0])["significant"] is False


def test_one_verdict_for_the_doses_against_placebo_keeps_the_list_whole() -> None:
    text = (
        "Examplol doses for milk supply\n\n"
        "Ninety mothers were randomized to examplol 5 mg, examplol 10 mg or placebo. By day 10, "
        "milk volume had risen by 152, 171 and 58 mL, respectively (P < 0.01 for both doses vs "
        "placebo).\n"
    )
    comparisons = _comparisons(text)
    assert the_comparison(comparisons, [152.0, 171.0, 58.0])["significant"] is True


def test_a_change_set_against_another_arms_change_is_two_pairs() -> None:
    text = (
        "Examplol and prolactin\n\n"
        "Forty mothers were randomized to examplol or placebo. Serum prolactin rose from 38 to "
        "185 ng/mL with examplol, compared with 41 to 49 ng/mL on placebo.\n"
    )
    comparisons = _comparisons(text)
    assert the_comparison(comparisons, [38.0, 185.0])["arms"][0].lower().startswith("before")
    assert the_comparison(comparisons, [41.0, 49.0])["arms"][0].lower().startswith("before")


def test_alternatives_given_before_a_clause_of_its_own_are_its_arms() -> None:
    text = (
        "Examplol for nursing mothers\n\n"
        "Among 120 breastfed infants of mothers given 20 mg examplol daily or placebo, weight "
        "gain over 4 months was 2.91 versus 2.84 kg.\n"
    )
    assert the_comparison(_comparisons(text), [2.91, 2.84])["arms"] == ["examplol", "placebo"]


def test_a_press_releases_arms_counted_in_turn_and_its_verdict_words() -> None:
    text = (
        "Drip after caesarean helps mothers make more milk.\n\nBy random allocation, 50 were "
        "assigned to receive examplac 20 mg intravenously once a day, starting after surgery, "
        "and 48 to an identical-looking saline drip. Mothers on examplac needed extra pain "
        "relief less often (21% versus 44%, p = 0.01). On day 2 the gap was narrower, 250 ml "
        "against 231 ml, and not statistically significant. Midwives judged 4 of the 50 babies "
        "(8%) in the examplac group too sleepy to feed, compared with 5 of the 48 (10%) in the "
        "saline group, and jaundice was equally uncommon (6.0% and 6.3%).\n"
    )
    comparisons = _comparisons(text)
    assert the_comparison(comparisons, [21.0, 44.0])["arms"] == ["examplac", "saline"]
    assert the_comparison(comparisons, [250.0, 231.0])["significant"] is False
    sleepy = the_comparison(comparisons, [8.0, 10.0])
    assert sleepy["arms"] == ["examplac group", "saline group"]
    assert the_comparison(comparisons, [6.0, 6.3])["significant"] is False


def test_formulations_and_counted_shares_name_their_arms() -> None:
    text = (
        "Examplitinib in milk: immediate or extended release?\n\nSixteen nursing women took each "
        "formulation for 7 days in random order: immediate-release 5 mg twice daily and "
        "extended-release 11 mg once daily. Peak milk levels were higher with the first (38.4 vs "
        "29.7 ng/mL; p = 0.004). A registry followed 48 breastfed infants of treated mothers "
        "and 95 of untreated mothers. An infection needing care occurred in 14 of 48 (29%) "
        "exposed infants and in 25 of 95 (26%) comparison infants.\n"
    )
    comparisons = _comparisons(text)
    peak = the_comparison(comparisons, [38.4, 29.7])
    assert peak["arms"] == ["immediate release", "extended release"]
    shares = the_comparison(comparisons, [29.0, 26.0])
    assert shares["arms"] == ["exposed infants", "comparison infants"]


def test_a_contrast_told_with_in_contrast_before_after_on_treatment_and_time_asleep() -> None:
    text = (
        "Examplil Levels and Effects while Breastfeeding\n\nEffects in Breastfed Infants.\n\n"
        "In a matched cohort, 40 infants whose mothers took examplil were compared with 40 "
        "infants whose mothers took another antibiotic. Loose stools were reported in 5 of 40 "
        "(12.5%) examplil-exposed infants; in contrast, only 1 of 40 (2.5%) of the comparison "
        "infants were affected (P > .05). Median total sleep at 2 months was 13.8 versus 14.2 "
        "hours per day (p = 0.61).[3]\n\nEffects on Lactation and Breastmilk.\n\n"
        "Milk production was measured by test weighing in 8 mothers before examplil was "
        "started and after 2 weeks of 100 mg daily; output averaged 655 mL/day at baseline and "
        "702 mL/day on treatment.[4]\n"
    )
    tables = extract_tables("examplil.txt", text)
    comparisons = tables["comparisons"]
    stools = the_comparison(comparisons, [12.5, 2.5])
    assert stools["arms"] == ["examplil-exposed infants", "comparison infants"]
    assert stools["significant"] is False
    sleep = the_comparison(comparisons, [13.8, 14.2])
    assert sleep["outcome"] == "total sleep at 2 months" and sleep["significant"] is False
    kinds = {m["value"]: m["kind"] for m in tables["measurements"]}
    assert kinds[13.8] == kinds[14.2] == "other"
    assert the_comparison(comparisons, [655.0, 702.0])["arms"] == ["baseline", "treatment"]


def test_when_milk_came_in_and_an_arm_under_standard_care() -> None:
    text = (
        "Examplofen after caesarean: a randomised trial.\n\nMethods: 150 women were randomised "
        "to examplofen, otherofen or standard care.\n\nResults: Mean 24-hour milk volume on "
        "day 5 was 415 mL with examplofen, compared with 397 mL with otherofen and 402 mL "
        "under standard care (P = 0.6). Lactogenesis II, the point at which milk volume rises "
        "sharply, began a median of 61 hours after birth with examplofen, compared with 66 "
        "hours with otherofen (P = 0.03).\n"
    )
    comparisons = _comparisons(text)
    volume = the_comparison(comparisons, [415.0, 397.0, 402.0])
    assert volume["arms"][-1] == "standard care"
    onset = the_comparison(comparisons, [61.0, 66.0])
    assert (onset["significant"], onset["p_value"]) == (True, 0.03)
    assert onset["arms"] == ["examplofen", "otherofen"]  # not "birth with examplofen"


def test_cases_named_as_a_range_after_their_values_are_the_arms() -> None:
    text = (
        "Examplamid in milk: a case series of three mother-infant pairs.\n\nWe report three "
        "mother-infant pairs. The mothers took examplamid nightly at doses of 2 mg (Case 1), 4 "
        "mg (Case 2) and 6 mg (Case 3). Milk concentrations were 2.4, 5.1 and 7.7 ng/mL in "
        "Cases 1 to 3 respectively.\n"
    )
    milk = the_comparison(_comparisons(text), [2.4, 5.1, 7.7])
    assert milk["arms"] == ["case 1", "case 2", "case 3"]


def test_verdicts_in_plain_words_of_an_evidence_summary() -> None:
    text = (
        "Does examplin help mastitis?\n\nIn two trials of 300 women, by two weeks 10% of women in "
        "the examplin groups and 13% in the comparison groups had stopped breastfeeding, so the "
        "antibiotic made no real difference to weaning. Oral thrush was similarly rare in the "
        "two groups (2.4% and 1.6%).\n"
    )
    comparisons = _comparisons(text)
    assert the_comparison(comparisons, [10.0, 13.0])["significant"] is False
    assert the_comparison(comparisons, [2.4, 1.6])["significant"] is False
