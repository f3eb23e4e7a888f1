"""Numbers around a trial's arms (issue #11): counts allocated to arms named by their doses,
amounts that only name the arms a list of values was told for, a value set "against" another,
a difference between arms, a change between two means each with its spread, and a registry's
rows of values with no label of their own. The texts are written for these tests."""

from __future__ import annotations

from extraction import extract_tables


def _rows(text: str) -> dict[str, list[dict]]:
    return extract_tables("trial.txt", text)


def test_counts_allocated_to_arms_named_by_their_doses() -> None:
    """ "(38 to 300 mg, 37 to 150 mg and 36 to placebo)": three counts, no range of doses."""
    tables = _rows(
        "Lactating women were randomized (38 to 300 mg, 37 to 150 mg and 36 to placebo) and "
        "104 were analysed. Prolactin was 14, 19 and 33 ng/mL, respectively."
    )
    assert sorted(p["n"] for p in tables["populations"]) == [36, 37, 38, 104]
    assert not any(d["amount"] in (37, 38) for d in tables["doses"])


def test_a_range_of_doses_with_a_comma_before_it_stays_a_range() -> None:
    """Outside a list of allocations "10 to 40 mg" is a range of doses, not a count."""
    tables = _rows("Mothers were randomly assigned to examplol, 10 to 40 mg daily, or placebo.")
    assert [(d["amount"], d["amount_high"]) for d in tables["doses"]] == [(10, 40)]
    assert tables["populations"] == []


def test_amounts_that_name_the_arms_of_a_list_are_neither_doses_nor_results() -> None:
    tables = _rows(
        "Infant length gain was alike: 3.1, 3.3 and 3.0 cm for 20 mg, 40 mg and placebo (P = 0.52)."
    )
    assert tables["doses"] == []
    assert sorted(m["value"] for m in tables["measurements"]) == [3.0, 3.1, 3.3]


def test_doses_listed_with_a_placebo_arm_stay_doses() -> None:
    tables = _rows("Women were randomized to 20 mg, 40 mg or placebo for 10 days.")
    assert sorted(d["amount"] for d in tables["doses"]) == [20, 40]


def test_a_value_set_against_another_and_a_difference_are_results() -> None:
    """ "against" sets the second value beside the first; "difference -2.0 g/day" is a
    result, not an amount given."""
    tables = _rows(
        "Mean weight gain from birth to 8 weeks was 28.4 g/day against 30.4 g/day "
        "(difference -2.0 g/day; 95% CI -5.1 to 1.1)."
    )
    assert tables["doses"] == []
    values = sorted(m["value"] for m in tables["measurements"])
    assert values == [-2.0, 28.4, 30.4]
    assert [list(c["values"]) for c in tables["comparisons"]] == [[28.4, 30.4]]


def test_a_change_between_two_means_each_with_its_spread() -> None:
    """ "from 96 ± 30 to 151 ± 44 ng/mL" and "from 88 (SD 21) to 92 (SD 25) ng/mL": before
    and after, the spreads are no values."""
    tables = _rows(
        "Prolactin rose from 96 ± 30 to 151 ± 44 ng/mL with the active tablets but only from "
        "88 (SD 21) to 92 (SD 25) ng/mL with placebo."
    )
    assert sorted(m["value"] for m in tables["measurements"]) == [88, 92, 96, 151]
    runs = [(list(c["values"]), list(c["arms"] or [])) for c in tables["comparisons"]]
    assert ([96, 151], ["before", "after"]) in runs
    assert ([88, 92], ["before", "after"]) in runs


REGISTRY = (
    "Study Results\n"
    "Examplol for Low Milk Supply (synthetic record)\n\n"
    "-- Participant Flow --\n"
    "                         Examplol     Placebo\n"
    "  STARTED                  40           41\n"
    "  COMPLETED                36           38\n\n"
    "-- Outcome Measures --\n"
    "1. Primary Outcome\n"
    "   Title: Pumped Milk Volume on Day 10\n"
    "   Unit of Measure: mL per 24 hours, Mean (Standard Deviation)\n"
    "                         Examplol     Placebo\n"
    "                         402 (96)     351 (104)\n"
    "2. Secondary Outcome\n"
    "   Title: Change in Infant Weight, Day 0 to Day 10\n"
    "   Unit of Measure: percent of birth weight, Mean (Standard Deviation)\n"
    "                         Examplol     Placebo\n"
    "                         -1.8 (2.2)   -2.6 (2.5)\n"
    "3. Secondary Outcome\n"
    "   Title: Exclusive Breastfeeding at 4 Weeks\n"
    "   Unit of Measure: percentage of participants\n"
    "                         Examplol     Placebo\n"
    "                         64.0%        52.6%\n"
)


def test_a_registry_s_rows_of_values_with_no_label_of_their_own() -> None:
    """Each outcome repeats the arms' header, then gives one row of values with no label: each
    value is its column's arm's, a fall keeps its sign, and the row compares the arms."""
    tables = extract_tables("registry.txt", REGISTRY)
    by_value = {m["value"]: m for m in tables["measurements"]}
    assert {402, 351, -1.8, -2.6, 64.0, 52.6} <= set(by_value)
    compared = {tuple(c["values"]): list(c["arms"]) for c in tables["comparisons"]}
    assert compared[(402, 351)] == ["Examplol", "Placebo"]
    assert compared[(-1.8, -2.6)] == ["Examplol", "Placebo"]
    assert compared[(64.0, 52.6)] == ["Examplol", "Placebo"]


def test_scores_a_scale_s_name_gives_with_no_unit() -> None:
    """ "LATCH scores were 8 vs 7", "pain on a 10-point scale fell from 7.6 to 2.9": results in
    {score}; "scores of 75 breastfed infants" counts infants, and gives no score."""
    tables = _rows(
        "Mothers took examplol 10 mg daily. Their LATCH scores were 8 vs 7 (P = 0.2), and pain "
        "on a 10-point scale fell from 7.6 to 2.9 by day 5. Neurobehavioral scores of 75 "
        "breastfed infants did not differ from those of 62 unexposed infants."
    )
    scores = sorted(m["value"] for m in tables["measurements"] if m["unit"] == "{score}")
    assert scores == [2.9, 7, 7.6, 8]
    compared = {tuple(c["values"]): c["arms"] for c in tables["comparisons"]}
    assert (7.6, 2.9) in compared and list(compared[(7.6, 2.9)]) == ["before", "after"]
    assert sorted(p["n"] for p in tables["populations"]) == [62, 75]


SPACED_REGISTRY = (
    "Study record (synthetic)\n"
    "Examplol Versus Placebo for Mastitis\n"
    "Participant Flow\n"
    "                             Examplol     Placebo\n"
    "  STARTED                       50           49\n"
    "Outcome Measures\n"
    "1. Primary Outcome\n"
    "   Title: Resolution at Day 5\n"
    "                             Examplol     Placebo\n"
    "   Overall Number of Participants\n"
    "   Analyzed                      50           49\n"
    "   Unit of Measure: percentage of participants\n"
    "                                 70.0         44.9\n"
    "2. Secondary Outcome\n"
    "   Title: Milk Volume at Day 5\n"
    "                             Examplol     Placebo\n"
    "   Overall Number of Participants\n"
    "   Analyzed                      47           45\n"
    "   Unit of Measure: mL per 24 hours\n"
    "                                 598 (140)    571 (152)\n"
    "3. Secondary Outcome\n"
    "   Title: Exclusive Breastfeeding at 4 Weeks\n"
    "                             Examplol     Placebo\n"
    "   Overall Number of Participants\n"
    "   Analyzed                      47           45\n"
    "   Unit of Measure: percentage of participants\n"
    "                                 83.0         80.0\n"
)


def test_a_plain_text_registry_s_lines_of_values_and_repeated_captions() -> None:
    """A line of values alone is a table row; "Analyzed" (a label wrapped over two lines) counts
    each arm; a caption the page repeats ("Unit of Measure: percentage of participants", dropped
    as a repeat) still starts another outcome, in its own unit."""
    tables = extract_tables("spaced_registry.txt", SPACED_REGISTRY)
    units = {m["value"]: m["unit"] for m in tables["measurements"]}
    assert units[70.0] == units[44.9] == "%"
    assert units[598] == units[571] == "mL"
    assert units[83.0] == units[80.0] == "%"
    assert {47, 45, 50, 49} <= {p["n"] for p in tables["populations"]}


def test_grams_a_day_gained_and_a_volume_named_before_its_value_are_results() -> None:
    """ "gained ... 29 grams a day" is a result whatever dose the sentence names, and "mean
    volume in the high-dose arm had risen to 420 mL/day (P < 0.01 vs baseline), compared with
    350 mL/day" sets two results side by side, the parenthesis between them."""
    tables = _rows(
        "Mothers were randomized to examplol 20 mg or placebo. Their infants gained weight "
        "alike: 29 grams a day with the high dose and 30 grams a day with placebo. By day 7, "
        "mean volume in the high-dose arm had risen to 420 mL/day (P < 0.01 vs baseline), "
        "compared with 350 mL/day in the placebo arm."
    )
    assert [d["amount"] for d in tables["doses"]] == [20]
    assert {29, 30, 420, 350} <= {m["value"] for m in tables["measurements"]}
    assert [420, 350] in [list(c["values"]) for c in tables["comparisons"]]


def test_counts_that_open_a_sentence_or_name_the_rest() -> None:
    """ "Forty-one took examplol ...; the other 40 swallowed a look-alike placebo": two groups;
    a threshold "who expressed less than 400 mL per day" is who was eligible, no result."""
    tables = _rows(
        "We enrolled 81 mothers who expressed less than 400 mL per day. Forty-one "
        "took examplol 30 mg each morning; the other 40 swallowed a look-alike placebo. Milk "
        "volume reached 512 mL per day with examplol."
    )
    assert sorted(p["n"] for p in tables["populations"]) == [40, 41, 81]
    assert [m["value"] for m in tables["measurements"]] == [512]


def test_what_an_arm_was_expressing_is_milk_not_a_dose() -> None:
    """ "the high-dose arm was expressing 356 mL per day, against 301 mL per day in the
    low-dose arm": milk volumes, though the sentence names doses in its arms' names."""
    tables = _rows(
        "Mothers were randomized to examplol 1 g, examplol 0.5 g or placebo. By day 7 the "
        "high-dose arm was expressing 356 ± 88 mL per day, against 301 ± 79 mL per day in the "
        "low-dose arm and 262 ± 71 mL per day on placebo (P = 0.002 across arms)."
    )
    assert sorted(d["amount"] for d in tables["doses"]) == [0.5, 1]
    kinds = {m["value"]: m["kind"] for m in tables["measurements"]}
    assert kinds == {356: "milk_volume", 301: "milk_volume", 262: "milk_volume"}
