"""A share of the mother's dose given per dose in one sentence: "the infant dose was 1.2% of the
mother's weight-adjusted dosage after 50 mg and 2.1% after 100 mg". Each amount after the share
is the dose it was given with (not an amount the infant took), the second share is what the
first is, and the two are compared with one arm per dose. A list of three times to an event,
each with its arm, is one comparison of three, though its last time stands over 80 characters
after the words that name the event; the medians of a time to an event in a clause of their own
are results too; shares "of the maternal weight-adjusted dose of A, compared with 2.8% for B"
are compared by drug. The texts are written for these tests (examplol: a made-up drug;
samplodine too)."""

from __future__ import annotations

from extraction import extract_tables, the_comparison

TEXT = (
    "Examplol in milk.\n\n"
    "Twelve nursing mothers took examplol 50 mg or 100 mg daily. The calculated infant dose was "
    "1.2% of the mother's weight-adjusted dosage after 50 mg and 2.1% after 100 mg.\n"
)


def test_each_amount_after_a_share_is_a_dose() -> None:
    tables = extract_tables("abstract.txt", TEXT)
    measured = {m["value"]: m["kind"] for m in tables["measurements"]}
    assert measured == {1.2: "relative_infant_dose", 2.1: "relative_infant_dose"}
    assert {d["amount"] for d in tables["doses"]} == {50.0, 100.0}


def test_the_shares_are_compared_with_one_arm_per_dose() -> None:
    pair = the_comparison(extract_tables("abstract.txt", TEXT)["comparisons"], [1.2, 2.1])
    assert list(pair["arms"]) == ["50 mg", "100 mg"]
    assert pair["kind"] == "relative_infant_dose"


def test_a_list_of_three_times_to_an_event_is_compared_to_its_last() -> None:
    text = (
        "Examplol after birth.\n\n"
        "Ninety mothers took examplol, a comparator or placebo. The median time to the first "
        "effective feed was 6.5 h (interquartile range 4.0-9.0) with examplol, 7.0 h (5.0-10.0) "
        "with the comparator and 6.8 h (4.5-9.5) with placebo (P = 0.52).\n"
    )
    times = the_comparison(extract_tables("abstract.txt", text)["comparisons"], [6.5, 7.0, 6.8])
    assert list(times["arms"]) == ["examplol", "comparator", "placebo"]
    assert (times["outcome"], times["significant"]) == ("time to the first effective feed", False)


def test_the_means_of_a_time_to_an_event_in_a_clause_of_their_own() -> None:
    text = (
        "Examplol and latching.\n\n"
        "In 60 mothers, examplol shortened the time to first latch compared with placebo; the "
        "medians were 2.1 hours and 2.9 hours, respectively (P = 0.04).\n"
    )
    tables = extract_tables("abstract.txt", text)
    kinds = {m["value"]: m["kind"] for m in tables["measurements"]}
    assert (kinds.get(2.1), kinds.get(2.9)) == ("other", "other")
    times = the_comparison(tables["comparisons"], [2.1, 2.9])
    assert (times["significant"], times["p_value"]) == (True, 0.04)


def test_shares_of_the_dose_of_each_drug_are_compared_by_drug() -> None:
    text = (
        "Two analgesics in milk.\n\n"
        "In 20 mothers, a fully breastfed infant would receive 0.5% of the maternal "
        "weight-adjusted dose of examplol, compared with 2.8% for samplodine.\n"
    )
    pair = the_comparison(extract_tables("abstract.txt", text)["comparisons"], [0.5, 2.8])
    assert list(pair["arms"]) == ["examplol", "samplodine"]
