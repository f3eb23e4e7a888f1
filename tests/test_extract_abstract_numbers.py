"""Numbers and comparisons in abstracts and trial summaries (#11): a route named once for the
whole trial, and the ways abstracts set values side by side. The sentences are written for
these tests."""

from __future__ import annotations

import pytest
from extraction import extract_tables, the_comparison

HEAD = "Examplol in lactating women: a randomized trial\n\nAbstract\n\n"


def _tables(body: str) -> dict[str, list[dict]]:
    return extract_tables("examplol.txt", HEAD + body)


@pytest.mark.parametrize(
    ("body", "route"),
    [
        (
            "Methods: Nursing mothers took a matching placebo (n = 44) or examplol 20 mg once "
            "daily (n = 45) by mouth for 5 days.",
            "oral",
        ),
        (
            "Methods: Sixty postpartum women got examplol 5 mg or placebo, all taken by mouth "
            "twice a day, and milk was collected on day 4.",
            "oral",
        ),
        (
            "Methods: We followed 52 nursing mothers who had two doses of a vaccine, each "
            "injected intramuscularly four weeks apart.",
            "intramuscular",
        ),
        (
            "Results: Three small series of women receiving intravenous examplol after surgery "
            "found milk levels below 5 ng/mL.",
            "intravenous",
        ),
    ],
)
def test_a_route_named_once_for_the_whole_trial(body: str, route: str) -> None:
    routes = {s["route"] for s in _tables(body)["statements"]}
    assert route in routes


def _values(rows: list[dict]) -> list[float]:
    return [r["value"] for r in rows]


def test_volumes_a_result_reached_are_results_not_doses() -> None:
    tables = _tables(
        "Results: By week 2 daily output had reached 512 mL/day with examplol, 468 mL/day with "
        "the comparator and 390 mL/day with placebo (P = 0.01)."
    )
    assert _values(tables["measurements"]) == [512.0, 468.0, 390.0]
    assert tables["doses"] == []


def test_a_dose_raised_to_a_volume_stays_a_dose() -> None:
    tables = _tables(
        "Methods: Forty mothers took examplol syrup; the dose was increased to 15 mL twice daily."
    )
    assert [d["amount"] for d in tables["doses"]] == [15.0]


def test_percentage_points_are_a_result_and_a_margin_is_not() -> None:
    tables = _tables(
        "Methods: The noninferiority margin was 8 percentage points. Results: Exclusive "
        "breastfeeding at 6 weeks was 71.0% in the early group and 74.5% in the late group "
        "(difference -3.5 percentage points)."
    )
    assert _values(tables["measurements"]) == [71.0, 74.5, -3.5]


def test_weight_gain_given_in_parentheses_after_each_arm() -> None:
    tables = _tables(
        "Results: Among 80 breastfed infants, weight gain over 6 weeks was similar with early "
        "dosing (1,210 g) and with late dosing (1,185 g; P = .62)."
    )
    assert _values(tables["measurements"]) == [1210.0, 1185.0]
    the_comparison(tables["comparisons"], [1210.0, 1185.0])


def test_a_list_said_not_to_differ_across_arms() -> None:
    tables = _tables(
        "Results: In 120 mothers, serum prolactin on day 5 did not differ across arms "
        "(medians 88, 92 and 85 ng/mL; P = 0.4)."
    )
    the_comparison(tables["comparisons"], [88.0, 92.0, 85.0])


@pytest.mark.parametrize(
    ("body", "values"),
    [
        (
            "Results: In 40 mothers, milk volume was comparable between groups (examplol 310 mL, "
            "placebo 295 mL).",
            [310.0, 295.0],
        ),
        (
            "Results: In 40 mothers, relative infant doses were small (examplol 1.2%, its "
            "metabolite 0.3%).",
            [1.2, 0.3],
        ),
    ],
)
def test_arms_named_before_each_value_inside_parentheses(body: str, values: list[float]) -> None:
    the_comparison(_tables(body)["comparisons"], values)


def test_statistics_inside_parentheses_are_not_arms() -> None:
    tables = _tables("Results: In 40 mothers, milk levels were low (mean 12 mcg/L, median 9 mcg/L)")
    assert tables["comparisons"] == []


@pytest.mark.parametrize(
    ("body", "values"),
    [
        (
            "Results: Twenty women took examplol 10 mg. Milk/plasma ratios were higher after the "
            "morning dose (1.8) than after the evening dose (1.1).",
            [1.8, 1.1],
        ),
        (
            "Results: Twenty women took examplol 10 mg. Milk-to-serum ratios were close to one "
            "in both groups (0.94 preterm, 1.06 term; p = 0.3).",
            [0.94, 1.06],
        ),
    ],
)
def test_ratios_given_in_parentheses_beside_their_arms(body: str, values: list[float]) -> None:
    tables = _tables(body)
    assert _values(tables["measurements"]) == values
    the_comparison(tables["comparisons"], values)


def _counts(tables: dict[str, list[dict]]) -> list[int]:
    return sorted(p["n"] for p in tables["populations"])


def test_a_count_said_once_for_every_arm() -> None:
    tables = _tables(
        "Methods: We randomized 75 mothers to examplol, a comparator or placebo (25 per arm)."
    )
    assert _counts(tables) == [25, 75]


def test_a_registry_participant_flow_counts_each_arm() -> None:
    body = (
        "PARTICIPANT FLOW\n\n"
        "             Examplol   Placebo   Total\n"
        "STARTED      31         29        60\n"
        "COMPLETED    28         27        55\n"
    )
    assert _counts(_tables(body)) == [27, 28, 29, 31, 55, 60]


def test_a_list_followed_by_a_verdict_is_compared() -> None:
    tables = _tables(
        "Results: Of 50 mothers, milk output rose in both arms; the relative gains (41% and 38%) "
        "did not differ significantly (p = .44)."
    )
    the_comparison(tables["comparisons"], [41.0, 38.0])


def test_a_list_followed_by_its_arms_set_against_each_other() -> None:
    tables = _tables(
        "Results: In 50 mothers, serum prolactin on day 7 was 96 ng/mL and 88 ng/mL "
        "(examplol vs placebo), up from 35 and 37 ng/mL."
    )
    comparisons = tables["comparisons"]
    the_comparison(comparisons, [96.0, 88.0])
    the_comparison(comparisons, [96.0, 35.0])
    the_comparison(comparisons, [88.0, 37.0])
    assert all(len(c["values"]) == 2 for c in comparisons)


def test_each_arm_before_and_after_from_two_lists() -> None:
    tables = _tables(
        "Methods: 90 women were randomized to examplol 400 IU, 2000 IU or 4000 IU daily. "
        "Results: Serum calcidiol was similar at entry (21.5, 22.0 and 20.8 "
        "ng/mL) and rose to 25.1, 33.4 and 47.9 ng/mL at 12 weeks in the low, middle and high "
        "dose groups, respectively."
    )
    comparisons = tables["comparisons"]
    for pair in ([21.5, 25.1], [22.0, 33.4], [20.8, 47.9]):
        the_comparison(comparisons, pair)
    the_comparison(comparisons, [25.1, 33.4, 47.9])


def test_a_change_from_one_value_through_two_more() -> None:
    tables = _tables(
        "Results: In 30 vaccinated mothers, milk IgG rose from 0.05 ug/mL before vaccination "
        "to 0.40 ug/mL after dose 1 and 1.10 ug/mL after dose 2."
    )
    assert _values(tables["measurements"]) == [0.05, 0.4, 1.1]  # "dose 1" names a dose
    the_comparison(tables["comparisons"], [0.05, 0.4, 1.1])


def test_a_flexible_dose_range_stays_a_dose() -> None:
    tables = _tables("Methods: 36 women took examplol (flexible dose 50 to 200 mg daily).")
    assert [(d["amount"], d["amount_high"]) for d in tables["doses"]] == [(50.0, 200.0)]


def test_pairwise_p_values_make_one_comparison_per_pair() -> None:
    tables = _tables(
        "Methods: 120 mothers were randomized to examplol, herbal tea, both, or placebo (30 per "
        "arm). Results: At day 5, milk output was 380 mL with examplol, 352 mL with herbal tea, "
        "401 mL with both and 300 mL with placebo (both vs placebo p = 0.001; examplol vs "
        "placebo p = 0.03; herbal tea vs placebo NS)."
    )
    comparisons = tables["comparisons"]
    for pair in ([401.0, 300.0], [380.0, 300.0], [352.0, 300.0]):
        the_comparison(comparisons, pair)
    assert all(len(c["values"]) == 2 for c in comparisons)


def test_a_value_said_similar_to_another_groups() -> None:
    tables = _tables(
        "Results: Twenty mothers taking examplol produced an average of 520 mL/day of milk on "
        "day 7, similar to the 540 mL/day produced by 22 untreated mothers."
    )
    the_comparison(tables["comparisons"], [520.0, 540.0])


def test_a_length_of_stay_is_a_result() -> None:
    tables = _tables(
        "Results: Of 300 exposed infants, the median hospital stay was 6.5 days versus 9.0 days "
        "(p = 0.02) in breastfed and formula-fed infants."
    )
    assert _values(tables["measurements"]) == [6.5, 9.0]
    the_comparison(tables["comparisons"], [6.5, 9.0])


def test_a_list_with_respectively_and_a_p_value_is_compared() -> None:
    tables = _tables(
        "Results: Mothers taking under 50 mg daily and those taking more had median milk levels "
        "of 41 and 66 mcg/L, respectively (p = 0.2)."
    )
    the_comparison(tables["comparisons"], [41.0, 66.0])


def test_a_level_whose_shares_follow_defines_the_outcome() -> None:
    tables = _tables(
        "Results: Fewer of the 60 infants of treated mothers had a serum level above 5 ng/mL "
        "(10% v 30%), while 12 infants had serum levels below 2 ng/mL."
    )
    assert _values(tables["measurements"]) == [10.0, 30.0, 2.0]


REGISTRY = (
    "ClinicalTrials.gov | Study Results\n\n"
    "OUTCOME MEASURES\n\n"
    "1. Primary Outcome\n"
    "Title: Examplol in Milk\n"
    "Overall Number of Participants Analyzed: 22\n"
    "Unit of Measure: ng/mL   Median (Inter-Quartile Range)\n"
    "  Day 2:  14.1 (8.0 to 20.5)\n"
    "  Day 5:  6.3 (2.2 to 9.9)\n\n"
    "2. Secondary Outcome\n"
    "Title: Milk Intake on Day 4\n"
    "Unit of Measure: mL   Mean (Standard Deviation)\n"
    "  Examplol: 512 (140)   Placebo: 498 (151)\n"
    "Statistical Analysis 1\n"
    "  Method: t-test\n"
    "  P-Value: 0.71\n"
)


def test_a_registry_unit_of_measure_gives_the_values_after_it() -> None:
    tables = _tables(REGISTRY)
    assert sorted(_values(tables["measurements"])) == [6.3, 14.1, 498.0, 512.0]
    assert tables["doses"] == []
    the_comparison(tables["comparisons"], [512.0, 498.0])


def test_values_for_the_drugs_that_define_the_groups_are_compared() -> None:
    tables = _tables(
        "Methods: We studied 12 mothers taking examplol 20 mg daily and 10 mothers taking "
        "paroxetine 20 mg daily. Results: Median milk levels were 41 ng/mL for examplol and "
        "18 ng/mL for paroxetine."
    )
    the_comparison(tables["comparisons"], [41.0, 18.0])


def test_values_for_a_drug_and_its_metabolite_are_not_compared() -> None:
    tables = _tables(
        "Results: In 12 mothers taking examplol 20 mg daily, median milk levels were 41 ng/mL "
        "for examplol and 18 ng/mL for desmethylexamplol."
    )
    assert tables["comparisons"] == []


@pytest.mark.parametrize(
    ("body", "values"),
    [
        (
            "Results: In 30 mothers, median milk examplol was 12.5 ng/mL (IQR 8.1-19.0), while "
            "median milk paroxetine was 40 ng/mL (IQR 22-61).",
            [12.5, 40.0],
        ),
        (
            "Results: In 15 women given examplol 50 mg intravenously, the colostrum level was "
            "2.2 mg/L; in 12 women given 50 mg orally it was 1.1 mg/L.",
            [2.2, 1.1],
        ),
    ],
)
def test_two_clauses_give_one_measure_for_two_arms(body: str, values: list[float]) -> None:
    the_comparison(_tables(body)["comparisons"], values)


def test_peak_and_trough_of_one_group_are_not_arms() -> None:
    tables = _tables(
        "Results: In 30 mothers taking examplol, the peak milk level was 12.5 ng/mL, while the "
        "trough milk level was 4.0 ng/mL."
    )
    assert tables["comparisons"] == []


def test_the_two_active_arms_said_not_to_differ_are_compared_too() -> None:
    tables = _tables(
        "Methods: 90 mothers were randomized to examplol, paroxetine or placebo (30 per arm). "
        "Results: At day 7 the means were 420, 402 and 310 mL/day in the examplol, paroxetine "
        "and placebo arms, respectively (p < 0.001); the two active drugs did not differ from "
        "each other (p = 0.52)."
    )
    comparisons = tables["comparisons"]
    the_comparison(comparisons, [420.0, 402.0, 310.0])
    the_comparison(comparisons, [420.0, 402.0])


def test_who_was_included_and_what_defines_a_condition_are_no_results() -> None:
    tables = _tables(
        "Methods: Mothers whose daily output had fallen below 250 mL were given examplol 10 mg. "
        "Results: Of 40 infants, 12.5% had vitamin D deficiency (25(OH)D below 20 ng/mL) and "
        "serum 25(OH)D averaged 31 ng/mL."
    )
    assert _values(tables["measurements"]) == [12.5, 31.0]


def test_half_lives_listed_for_two_groups() -> None:
    tables = _tables(
        "Results: The median half-life of examplol in the infants was 21 days in the 6 "
        "breastfed infants and 19 days in the 4 formula-fed infants."
    )
    assert _values(tables["measurements"]) == [21.0, 19.0]


def test_a_registry_analysis_of_two_arms_is_its_own_comparison() -> None:
    body = (
        "ClinicalTrials.gov | Study Results\n\n"
        "OUTCOME MEASURES\n\n"
        "1. Secondary Outcome\n"
        "Title: Infants With Poor Feeding\n"
        "Unit of Measure: percentage of infants   Count of Participants\n"
        "  Examplol: 14.0   Comparator: 4.2   Placebo: 3.9\n"
        "Statistical Analysis 1\n"
        "  Comparison Group Selection: Examplol, Placebo\n"
        "  P-Value: 0.03\n"
        "Statistical Analysis 2\n"
        "  Comparison Group Selection: Examplol, Comparator\n"
        "  P-Value: 0.04\n\n"
        "ADVERSE EVENTS\n"
        "No serious adverse events were reported in any arm.\n"
    )
    comparisons = _tables(body)["comparisons"]
    the_comparison(comparisons, [14.0, 3.9])
    the_comparison(comparisons, [14.0, 4.2])
    assert len(comparisons) == 2


def test_registry_values_in_a_paragraph_whose_lines_were_joined() -> None:
    body = (
        "OUTCOME MEASURES\n\n"
        "1. Secondary Outcome\n"
        "Title: Infants With Poor Feeding\n"
        "Unit of Measure: percentage of infants\n"
        "  Examplol: 14.0   Comparator: 4.2   Placebo: 3.9\n"
        "Statistical Analysis 1\n"
        "  Comparison Group Selection: Examplol, Placebo\n"
        "  P-Value: 0.03\n\n"
        "ADVERSE EVENTS\n"
        "No serious adverse events were reported in any arm.\n"
    )
    tables = _tables(body)
    assert _values(tables["measurements"]) == [14.0, 4.2, 3.9]
    assert tables["doses"] == []


@pytest.mark.parametrize(
    ("body", "values"),
    [
        (
            "Results: In 44 mothers, median milk examplol was 5.6 (3.0-8.1) vs 2.4 (1.1-4.0) "
            "ug/L in the intravenous and oral groups (P = 0.01).",
            [5.6, 2.4],
        ),
        (
            "Results: In 20 mothers, serum prolactin rose from 41 (IQR 30-55) to 190 ng/mL "
            "(IQR 150-260) with treatment.",
            [41.0, 190.0],
        ),
    ],
)
def test_values_with_their_spread_in_parentheses(body: str, values: list[float]) -> None:
    tables = _tables(body)
    assert _values(tables["measurements"]) == values
    the_comparison(tables["comparisons"], values)


def test_a_range_with_asides_is_one_value() -> None:
    tables = _tables("Results: In 9 mothers, milk levels ranged from 2.1 (day 1) to 9.4 mg/L.")
    assert [(m["value"], m["value_high"]) for m in tables["measurements"]] == [(2.1, 9.4)]


def test_counts_assigned_to_each_arm_in_a_list() -> None:
    tables = _tables(
        "Methods: Seventy mothers were randomly assigned (35 to examplol, 35 to placebo) for "
        "2 to 4 weeks."
    )
    assert _counts(tables) == [35, 35, 70]


@pytest.mark.parametrize(
    ("body", "values"),
    [
        (
            "Results: Among 64 infants, weight gain did not differ (examplol, 640 g; placebo, "
            "655 g; P = .70).",
            [640.0, 655.0],
        ),
        (
            "Results: In 30 mothers, milk levels were 4.1 mcg/L (range 2.0-6.2) in the "
            "low-dose group and 8.3 mcg/L (range 5.1-12.0) in the high-dose group.",
            [4.1, 8.3],
        ),
    ],
)
def test_arms_with_a_comma_or_after_a_range(body: str, values: list[float]) -> None:
    the_comparison(_tables(body)["comparisons"], values)


def test_a_level_after_a_change_of_treatment_in_the_next_sentence() -> None:
    tables = _tables(
        "Results: In one of 9 infants, serum examplol was 3.6 mg/L. After the maternal dose "
        "was reduced to 100 mg daily, the infant's level fell to 1.4 mg/L."
    )
    assert the_comparison(tables["comparisons"], [3.6, 1.4])["arms"] == ["before", "after"]


def test_a_level_over_time_after_one_dose_is_no_comparison() -> None:
    tables = _tables(
        "Results: In 9 mothers, milk examplol was 3.6 mg/L at 2 hours. By 12 hours it fell "
        "to 1.4 mg/L."
    )
    assert tables["comparisons"] == []


def test_a_relative_change_is_a_result_unless_it_defines_an_outcome() -> None:
    found = extract_tables(
        "change.txt",
        "Fenugreek tea and milk supply\n\n"
        "In 30 mothers drinking the tea, milk output showed a 38% increase by day 10, compared "
        "with a 12% increase in 30 mothers given placebo. The share of mothers with a 50% "
        "increase was the trial's aim; a 50% or greater rise was reached by 9 mothers.\n",
    )
    changes = {m["value"]: m["kind"] for m in found["measurements"]}
    assert changes.get(38.0) == "change" and changes.get(12.0) == "change"
    assert 50.0 not in changes  # "with a 50% increase", "a 50% or greater rise" define outcomes
    assert [38.0, 12.0] in [list(c["values"]) for c in found["comparisons"]]


def test_a_tables_caption_names_its_cells_unit_and_outcome() -> None:
    found = extract_tables(
        "caption.md",
        "# Trial summary\n\n## Results\n\n"
        "Fifty mothers were split into two groups: 25 took domperidone 10 mg three times a day "
        "and 25 took placebo.\n\n"
        "**Expressed milk per day (mL), mean ± SD**\n\n"
        "| Time | Domperidone (n = 25) | Placebo (n = 25) |\n|---|---:|---:|\n"
        "| Day 0 | 160 ± 40 | 158 ± 45 |\n| Day 14 | 290 ± 85 | 205 ± 60 |\n",
    )
    assert {(m["value"], m["unit"]) for m in found["measurements"]} >= {
        (160.0, "mL"),
        (158.0, "mL"),
        (290.0, "mL"),
        (205.0, "mL"),
    }
    assert {p["n"] for p in found["populations"]} == {50, 25}  # no cell is a count
    row = the_comparison(found["comparisons"], [290.0, 205.0])
    assert list(row["arms"]) == ["Domperidone", "Placebo"]
    # the caption's words at the time the row's label gives
    assert row["outcome"] == "Expressed milk per day at Day 14"


def test_a_list_told_in_the_arms_order() -> None:
    found = extract_tables(
        "order.txt",
        "Vitamin D for nursing mothers\n\n"
        "In all, 150 mothers were randomized to three arms of 50: cholecalciferol 600 IU daily "
        "(arm A), 3000 IU daily (arm B) or 5000 IU daily (arm C). Infant serum 25(OH)D at 4 "
        "months was 19, 28 and 36 ng/mL in arms A to C. Milk antirachitic activity was 35, 110 "
        "and 240 IU/L in the same order.\n",
    )
    for values in ([19.0, 28.0, 36.0], [35.0, 110.0, 240.0]):
        row = the_comparison(found["comparisons"], values)
        assert len(row["arms"]) == 3


def test_shares_after_the_people_they_count_and_ratios_said_alike() -> None:
    found = extract_tables(
        "shares.txt",
        "Ondansetron by two routes\n\n"
        "Sixty women were randomised to 4 mg intravenous ondansetron (IV group, n = 30) or 4 mg "
        "oral ondansetron (oral group, n = 30). Milk-to-plasma ratios were similar, 0.52 and "
        "0.55. Headache was reported by 9 mothers given IV ondansetron (30%) and 3 given oral "
        "ondansetron (10%).\n",
    )
    ratios = the_comparison(found["comparisons"], [0.52, 0.55])
    assert ratios["significant"] is False  # "similar"
    shares = the_comparison(found["comparisons"], [30.0, 10.0])
    assert shares["outcome"] == "Headache"


def test_two_groups_values_told_in_two_sentences_in_the_same_order() -> None:
    found = extract_tables(
        "routes.txt",
        "Paracetamol by two routes\n\n"
        "Forty women were randomised to 1 g intravenous paracetamol (IV group, n = 20) or 1 g "
        "oral paracetamol (oral group, n = 20). Milk paracetamol in the IV group averaged 8.8 "
        "mg/L, with a plasma level of 10.4 mg/L. The oral group had lower milk levels, 6.1 mg/L, "
        "with plasma at 7.9 mg/L.\n",
    )
    milk = the_comparison(found["comparisons"], [8.8, 6.1])
    plasma = the_comparison(found["comparisons"], [10.4, 7.9])
    assert len(milk["arms"]) == len(plasma["arms"]) == 2


def test_one_amount_by_two_routes_is_two_doses() -> None:
    found = extract_tables(
        "routes2.txt",
        "Paracetamol by two routes\n\n"
        "In this trial, 40 women were randomised to 1 g intravenous paracetamol every 6 hours "
        "(n = 20) or 1 g oral paracetamol every 6 hours (n = 20). Milk levels were 8.8 and 6.1 "
        "mg/L, respectively.\n",
    )
    assert [(d["amount"], d["unit"]) for d in found["doses"]] == [(1.0, "g"), (1.0, "g")]
