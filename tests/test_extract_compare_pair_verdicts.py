"""Verdicts given pair by pair in the sentence after a list of three arms' values: "A and B each
exceeded placebo (P = 0.001 and P = 0.03)", one p-value per pair in the order the arms are
named, "whereas the two doses did not differ from each other (P = 0.29)"; a sentence of
verdicts alone may name its time ("Week-2 output"). Also values listed each at its dose level
("0.31 at the lowest dose, 0.28 at the middle dose and 0.35 at the highest", "0.52 µg/kg/day
with the lower dose"). The texts are written for these tests (examplol: a made-up drug)."""

from __future__ import annotations

from extraction import extract_tables, the_comparison

ABSTRACT = (
    "Examplol for low milk supply: a randomised trial.\n\n"
    "METHODS: Mothers of preterm infants were randomly allocated to examplol 5 mg, examplol "
    "10 mg or placebo three times daily for 14 days.\n\n"
    "RESULTS: Mean milk output at week 2 was 612 ± 90, 655 ± 101 and 540 ± 95 mL, "
    "respectively (P for trend = .002). Week-2 output after 10 mg and after 5 mg each exceeded "
    "placebo (P = 0.001 and P = 0.03), whereas the two doses did not differ from each other "
    "(P = 0.29).\n"
)


def test_each_arm_named_against_the_control_takes_its_own_p_value_in_turn() -> None:
    comparisons = extract_tables("abstract.txt", ABSTRACT)["comparisons"]
    high = the_comparison(comparisons, [655.0, 540.0])
    low = the_comparison(comparisons, [612.0, 540.0])
    assert (high["significant"], high["p_value"], high["p_qualifier"]) == (True, 0.001, "=")
    assert (low["significant"], low["p_value"]) == (True, 0.03)


def test_the_doses_not_differing_from_each_other_is_their_own_pair_told_once() -> None:
    comparisons = extract_tables("abstract.txt", ABSTRACT)["comparisons"]
    doses = the_comparison(comparisons, [612.0, 655.0])  # one row, not one per rule
    assert (doses["significant"], doses["p_value"]) == (False, 0.29)


def test_ratios_listed_each_at_its_dose_level_are_compared_and_take_their_doses() -> None:
    text = (
        "Examplol in milk at three doses.\n\n"
        "Methods: Twenty-four nursing mothers were assigned to examplol 5 mg (n = 8), 10 mg "
        "(n = 8) or 20 mg (n = 8) once daily.\n\n"
        "Results: The milk/plasma ratio was 0.31 at the lowest dose, 0.28 at the middle dose "
        "and 0.35 at the highest.\n"
    )
    tables = extract_tables("abstract.txt", text)
    assert the_comparison(tables["comparisons"], [0.31, 0.28, 0.35])["unit"] == "{ratio}"
    doses = {d["item_id"]: d["amount"] for d in tables["doses"]}
    took = {m["value"]: doses.get(m["dose_item_id"]) for m in tables["measurements"]}
    assert (took[0.31], took[0.28], took[0.35]) == (5.0, 10.0, 20.0)


def test_a_rate_unit_stands_between_a_value_and_the_dose_level_naming_its_arm() -> None:
    text = (
        "Examplol in milk at two doses.\n\n"
        "Methods: Twenty nursing mothers took a single dose of examplol 1 mg (n = 10) or 3 mg "
        "(n = 10).\n\n"
        "Results: The estimated infant dose was 0.52 µg/kg/day with the lower dose versus "
        "1.30 µg/kg/day with the higher (p<0.001).\n"
    )
    compared = the_comparison(extract_tables("abstract.txt", text)["comparisons"], [0.52, 1.3])
    assert compared["arms"] == ["lower dose", "higher"]
