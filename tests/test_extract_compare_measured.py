"""Comparisons whose parts are told apart from their values: shares each after the count of its
whole and before its group's word ("in 6 of 30 (20%) exposed and 4 of 35 (11%) unexposed
infants"); a verdict on the change in the clause after it ("but the rise failed to reach
statistical significance (P = .09)"); and an outcome an earlier sentence says was measured,
where the values' own words only point back ("Serum prolactin was measured in 9 mothers ... The
mean value rose from 38 to 52 ng/mL"); a value "well above the value seen with" another arm's;
shares in square brackets ("8 of 120 [6.7%]"); an arm after its share that ends before what its
people did ("9.4% of the exposed infants weighed less ..."); what the parents of counted infants
reported; an outcome less an aside on what it is ("Milk sodium, a marker of involution, rose") or
on how it was measured ("milk output, estimated by test weighing, fell"); a group that "started
at 550 mL/day and reached 610 mL/day". The texts are written for these tests (examplol: a
made-up drug)."""

from __future__ import annotations

from extraction import extract_tables, record_comparisons, the_comparison


def test_shares_after_the_counts_of_their_wholes_are_compared_by_their_groups_words() -> None:
    compared = the_comparison(
        record_comparisons(
            "Effects in Breastfed Infants",
            "In a cohort study, 30 infants breastfed by mothers taking examplol were compared "
            "with 35 breastfed infants of untreated mothers. Mothers noted colic in 6 of 30 (20%) "
            "exposed and 4 of 35 (11%) unexposed infants, a difference that was not "
            "statistically significant.[3]\n",
        ),
        [20.0, 11.0],
    )
    assert compared["arms"] == ["exposed infants", "unexposed infants"]
    assert compared["significant"] is False


PROLACTIN = (
    "Serum prolactin was measured in 12 nursing mothers before and 4 hours after a single "
    "50 mg dose of examplol. The mean value rose from 41 ng/mL at baseline to 57 ng/mL after the "
    "dose, an increase of 39%, but the rise failed to reach statistical significance "
    "(P = .11).[5]\n"
)


def test_a_verdict_on_the_rise_after_the_values_is_the_comparisons() -> None:
    compared = the_comparison(
        record_comparisons("Effects on Lactation and Breastmilk", PROLACTIN), [41.0, 57.0]
    )
    assert (compared["significant"], compared["p_value"]) == (False, 0.11)


def test_values_that_only_point_back_compare_what_an_earlier_sentence_measured() -> None:
    compared = the_comparison(
        record_comparisons("Effects on Lactation and Breastmilk", PROLACTIN), [41.0, 57.0]
    )
    assert compared["outcome"] == "Serum prolactin"


def test_a_value_far_above_the_value_seen_with_another_arm_is_compared_with_it() -> None:
    compared = the_comparison(
        record_comparisons(
            "Effects on Lactation and Breastmilk",
            "Twenty mothers took examplol 0.5 mg daily after birth and 12 declined it.[6] On day "
            "10 the untreated mothers still had a mean prolactin of 64 ng/mL, well above the value "
            "seen with examplol (21 ng/mL; P < 0.001).\n",
        ),
        [64.0, 21.0],
    )
    assert (compared["significant"], compared["p_value"], compared["p_qualifier"]) == (
        True,
        0.001,
        "<",
    )


def test_shares_in_square_brackets_after_their_counts_are_results_compared() -> None:
    tables = extract_tables(
        "cohort.txt",
        "Examplol cohort\n\nThe cohort comprised 120 exposed and 240 unexposed breastfed "
        "infants. Rates of colic were similar (8 of 120 [6.7%] vs 15 of 240 [6.3%]).\n",
    )
    compared = the_comparison(tables["comparisons"], [6.7, 6.3])
    assert compared["significant"] is False  # "similar"


def test_an_arm_named_after_its_share_ends_before_what_its_people_did() -> None:
    tables = extract_tables(
        "news.txt",
        "Examplol study\n\nThe study followed 180 breastfed infants whose mothers took examplol "
        "and 900 whose mothers did not. At 12 months, 9.4% of the exposed infants weighed less "
        "than the 5th percentile for their age, compared with 6.1% of the unexposed infants.\n",
    )
    compared = the_comparison(tables["comparisons"], [9.4, 6.1])
    assert compared["arms"] == ["exposed infants", "unexposed infants"]


def test_what_the_parents_of_counted_infants_reported_is_the_outcome() -> None:
    tables = extract_tables(
        "news.txt",
        "Examplol study\n\nThe study followed 200 breastfed infants whose mothers took examplol "
        "and 400 whose mothers did not. Parents of 18 exposed infants (9.0%) reported colic or "
        "unusual crying, versus 20 of the unexposed infants (5.0%).\n",
    )
    assert the_comparison(tables["comparisons"], [9.0, 5.0])["outcome"] == "colic or unusual crying"


def test_an_aside_saying_what_the_outcome_is_is_no_part_of_it() -> None:
    compared = the_comparison(
        record_comparisons(
            "Effects on Lactation and Breastmilk",
            "Fourteen women took examplol 0.2 mg three times daily to suppress lactation.[2] "
            "Milk sodium, a marker of involution, rose from 8 mmol/L before treatment to 25 "
            "mmol/L on day 7.\n",
        ),
        [8.0, 25.0],
    )
    assert compared["outcome"] == "Milk sodium"


def test_how_an_outcome_was_measured_set_off_by_commas_is_no_part_of_it() -> None:
    compared = the_comparison(
        record_comparisons(
            "Effects on Lactation and Breastmilk",
            "A nursing mother took examplol 10 mg daily.[3] Her daily milk output, estimated by "
            "test weighing, fell from about 700 mL before treatment to 450 mL after 5 days of "
            "treatment.\n",
        ),
        [700.0, 450.0],
    )
    assert compared["outcome"] == "Her daily milk output"  # not "estimated by test weighing"


def test_a_group_that_started_at_one_value_and_reached_another_changed() -> None:
    tables = extract_tables(
        "abstract.txt",
        "Examplol for low milk supply: a randomised trial.\n\nRESULTS: Mean milk volume in the "
        "examplol group went from 540 ± 120 mL/day at enrolment to 660 ± 150 mL/day at week 4, "
        "while placebo recipients started at 550 ± 130 mL/day and reached 610 ± 140 mL/day.\n",
    )
    assert the_comparison(tables["comparisons"], [550.0, 610.0])["arms"] == ["before", "after"]
