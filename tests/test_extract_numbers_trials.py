"""Numbers in trial abstracts and registry pages (issue #11): means with "+/-" listed across
arms, registry result tables (participants analyzed, percentages, an IQR in the cell), ratios
and half-lives set against each other, values each with its arm in parentheses, "against" and
"v", a results section under its own heading. The texts are written for these tests."""

from __future__ import annotations

import pytest
from extraction import extract_tables

from pipeline.extract.compared_runs import comparisons_in
from pipeline.extract.mentions import analyze
from pipeline.extract.rules import get_rules
from pipeline.extract.sentence_items import items_in


def _kept(text: str) -> list[tuple[float, str, str]]:
    items = items_in(analyze(text), get_rules(), set(), lactmed=False)
    return [(i.value.value, i.quantity.ucum, i.table) for i in items]


def _compared(text: str) -> list[list[float]]:
    items = items_in(analyze(text), get_rules(), set(), lactmed=False)
    return [[i.value.value for i in run] for run in comparisons_in(text, items, get_rules())]


def test_means_with_plus_minus_listed_across_three_arms() -> None:
    text = (
        "Pumped volumes averaged 150 +/- 40, 132 +/- 51 and 98 +/- 30 mL per session with "
        "in the tea, capsule and sham groups, respectively."
    )
    assert _kept(text) == [(150, "mL", "measurements"), (132, "mL", "measurements")] + [
        (98, "mL", "measurements")
    ]
    assert _compared(text) == [[150, 132, 98]]


@pytest.mark.parametrize(
    "text, runs",
    [
        # Ratios set against each other later in the clause, and after each arm.
        (
            "The milk-to-serum ratio did not differ between regimens (median 0.82 vs 0.77).",
            [[0.82, 0.77]],
        ),
        (
            "The infant-to-mother ratio was 0.12 with the patch and 0.31 after the injection.",
            [[0.12, 0.31]],
        ),
        # Each value with its arm in parentheses.
        (
            "Relative infant doses were 1.1% (morning dosing) and 0.7% (evening dosing) of the "
            "maternal dose.",
            [[1.1, 0.7]],
        ),
        # "against" and "v" between the values.
        (
            "Trough levels were 2.2 ng/mL with the tablets against 4.0 ng/mL with the patch.",
            [[2.2, 4.0]],
        ),
        ("Fewer mothers stopped early in the treated arms (14% and 11% v 30%).", [[14, 11, 30]]),
        # One woman's levels at each of her doses.
        (
            "Milk levels were 40 mcg/L while she was taking 100 mg daily, 75 mcg/L on 200 mg "
            "daily and 120 mcg/L on 300 mg daily.",
            [[40, 75, 120]],
        ),
        (
            "Nipple pain in the mothers eased by 48% with the ointment and by 19% with the "
            "vehicle.",
            [[48, 19]],
        ),
        # Before and after: from baseline to a day of treatment; "shifted from".
        (
            "Serum prolactin climbed from 35 ng/mL at baseline to 102 ng/mL on day 7 with the "
            "herb.",
            [[35, 102]],
        ),
        ("In the placebo arm prolactin shifted only from 12 to 14 ng/mL.", [[12, 14]]),
        # A level over time, with no baseline, stays no comparison.
        ("Milk levels increased from 2 to 5 mcg/mL between day 3 and day 10.", []),
    ],
)
def test_values_set_against_each_other(text: str, runs: list[list[float]]) -> None:
    assert _compared(text) == runs


def test_percentages_set_against_each_other_are_results_without_people_words() -> None:
    assert _kept("Vomiting: 4.1% vs 3.9%.") == [
        (4.1, "%", "measurements"),
        (3.9, "%", "measurements"),
    ]
    assert _kept("Vomiting: 4.1%.") == []


def test_a_level_as_many_times_as_much_is_a_ratio() -> None:
    assert _kept("Milk held about 2.5 times as much drug as maternal serum.") == [
        (2.5, "{ratio}", "measurements")
    ]


def test_a_mean_result_and_a_mean_after_a_dose() -> None:
    # The doses a level is reported after stay doses though the sentence opens with "Mean".
    text = "Mean peak levels were 50 mcg/L after 10 mg and 90 mcg/L after 20 mg."
    assert _kept(text) == [(50, "ug/L", "measurements"), (10, "mg", "doses")] + [
        (90, "ug/L", "measurements"),
        (20, "mg", "doses"),
    ]
    # A mean difference in an amount is a result.
    assert _kept("The mean difference was 28 mL (95% CI 4 to 52).")[0] == (28, "mL", "measurements")


REGISTRY_MD = """# Moringa Leaf Tablets for Milk Supply (synthetic record)

**Enrollment** 44 participants (Actual)

## Results

### Primary Outcome: Expressed Milk on Day 7

| | Moringa | Sham Tablet |
|---|---|---|
| Overall Number of Participants Analyzed | 21 | 19 |
| Mean (Standard Deviation), mL | 88 (30) | 71 (26) |

### Secondary Outcome: Mothers Still Expressing at 4 Weeks

| | Moringa | Sham Tablet |
|---|---|---|
| Overall Number of Participants Analyzed | 20 | 19 |
| Percentage of Participants | 45.0 | 31.6 |

### Secondary Outcome: Serum Prolactin

| | Moringa | Sham Tablet |
|---|---|---|
| Median (Inter-Quartile Range), ng/mL | 55.2 (40.1 to 70.3) | 49.9 (38.0 to 61.4) |
"""


def test_a_registry_results_table_in_markdown() -> None:
    tables = extract_tables("moringa.md", REGISTRY_MD)
    # One record, one trial: an arm's count given again by a later outcome ("Sham Tablet | 19")
    # is the same group, as the blind corpora's gold counts it once.
    assert sorted(p["n"] for p in tables["populations"]) == [19, 20, 21, 44]
    found = sorted((m["value"], m.get("value_high"), m["unit"]) for m in tables["measurements"])
    # The IQR in a cell is a spread, no value of its own.
    assert found == sorted(
        [(88, None, "mL"), (71, None, "mL"), (45.0, None, "%"), (31.6, None, "%")]
        + [(55.2, None, "ng/mL"), (49.9, None, "ng/mL")]
    )
    compared = sorted((list(c["values"]), c["unit"]) for c in tables["comparisons"])
    assert compared == [([45.0, 31.6], "%"), ([55.2, 49.9], "ng/mL"), ([88, 71], "mL")]


REGISTRY_TXT = """Study Record Detail (synthetic)

Low-Dose Versus Standard-Dose Bromocriptine After Stillbirth

OUTCOME MEASURES
1. Primary: No Breast Secretion on Day 4
   Arm/Group               Low dose       Standard dose
   Participants analyzed   32             30
   Percentage              40.6           56.7

2. Secondary: Breast Pain on Day 4
   Arm/Group               Low dose       Standard dose
   Participants analyzed   31             30
   Percentage              22.6           10.0
"""


def test_a_registry_results_table_in_text_with_its_header_repeated() -> None:
    tables = extract_tables("bromocriptine.txt", REGISTRY_TXT)
    assert sorted(p["n"] for p in tables["populations"]) == [30, 31, 32]  # (30: one group)
    compared = sorted(list(c["values"]) for c in tables["comparisons"])
    assert compared == [[22.6, 10.0], [40.6, 56.7]]


def test_a_registry_enrollment_is_a_group_unless_anticipated() -> None:
    assert [p.n for p in analyze("Enrollment: 64 (Actual)").populations] == [64]
    assert [p.n for p in analyze("ENROLLMENT: 80 (Anticipated)").populations] == []


ABSTRACT = (
    "Galactagogue trial (synthetic abstract)\n\nMETHODS\n"
    "We enrolled 30 mothers of preterm infants. "
    "They were randomly assigned to the cream or to the gel for 5 days.\n\nRESULTS\n"
    "Milk sodium on day 5 was 12 and 17 mmol/L, respectively. "
    "The corresponding milk volumes were 310 and 260 mL per day.\n"
)


def test_a_results_section_finds_the_arms_its_methods_section_named() -> None:
    tables = extract_tables("galactagogue.txt", ABSTRACT)
    compared = sorted(list(c["values"]) for c in tables["comparisons"])
    assert compared == [[12, 17], [310, 260]]


@pytest.mark.parametrize(
    "text, counts",
    [
        ("Of 75 mothers, 26 received the patch, 25 the gel and 24 a sham.", [75, 26, 25, 24]),
        ("In all, 20 took the herbal tea and 18 the placebo tea.", [20, 18]),
    ],
)
def test_groups_counted_by_what_each_received(text: str, counts: list[int]) -> None:
    assert [p.n for p in analyze(text).populations] == counts


def test_infant_intakes_listed_are_results() -> None:
    text = "The corresponding infant intakes were 2.1, 4.0 and 8.3 mcg/kg daily."
    assert [t for _, _, t in _kept(text)] == ["measurements"] * 3


def test_a_cells_sd_in_parentheses_is_no_citation() -> None:
    tables = extract_tables("moringa.md", REGISTRY_MD)
    assert not any(list(s["citations"]) for s in tables["statements"])


def test_an_amount_a_result_is_reported_after_is_a_dose() -> None:
    text = "The relative infant dose was 0.8% after 25 mg and 1.5% after 50 mg."
    assert _kept(text) == [(0.8, "%", "measurements"), (25, "mg", "doses")] + [
        (1.5, "%", "measurements"),
        (50, "mg", "doses"),
    ]
    assert _compared(text) == [[0.8, 1.5]]


def test_groups_named_by_what_they_took_and_values_for_the_same_groups() -> None:
    text = (
        "Nine mothers were split by dosage: the milk level was 2.2 mg/L in the 4 women taking "
        "250 mg, 3.9 mg/L in the 3 taking 500 mg and 6.0 mg/L in the 2 taking 750 mg."
    )
    assert [p.n for p in analyze(text).populations] == [9, 4, 3, 2]
    later = "Relative infant doses for the same dosage groups were 1.2%, 1.9% and 2.6%."
    items = items_in(analyze(later), get_rules(), set(), lactmed=False)
    runs = comparisons_in(later, items, get_rules(), context=text, groups=4)
    assert [[i.value.value for i in run] for run in runs] == [[1.2, 1.9, 2.6]]


def test_a_range_between_values_each_with_its_unit() -> None:
    assert _kept("Single values lay between 0.12% and 0.57% of the maternal dose.") == [
        (0.12, "%", "measurements")
    ]
    q = analyze("Single values lay between 0.12% and 0.57% of the maternal dose.").quantities[0]
    assert (q.values[0].value, q.values[0].value_high) == (0.12, 0.57)


@pytest.mark.parametrize(
    "text",
    [
        "The investigators calculated that her baby received 2.3 mcg/kg daily from milk.",
        "A fully breastfed newborn would take in roughly 0.4 mcg/kg per day.",
    ],
)
def test_what_an_infant_received_is_a_result(text: str) -> None:
    assert [t for _, _, t in _kept(text)] == ["measurements"]


def test_respectively_after_a_comparison_takes_its_arms_again() -> None:
    page = (
        "Herbal galactagogue trial (synthetic)\n\n"
        "Forty mothers took part in a trial of the herb. Headache was reported by 12% of "
        "mothers given the herb and 5% of mothers given the dummy tablet. Dry mouth was "
        "reported by 8% and 3% of mothers, respectively.\n"
    )
    compared = [list(c["values"]) for c in extract_tables("herb.txt", page)["comparisons"]]
    assert compared == [[12, 5], [8, 3]]


REGISTRY_AE_MD = """# Shatavari Granules for Low Milk Supply (synthetic record)

Enrollment: 64 participants (Actual). 32 women were assigned to shatavari and 32 to placebo.
Of these, 30 and 29 women, respectively, completed the 21 days.

## Outcome: exclusive breastfeeding at day 21

| | Shatavari (n=30) | Placebo (n=29) |
|---|---|---|
| Participants, count (%) | 18 (60.0%) | 12 (41.4%) |

## Adverse events

| Adverse event | Shatavari (n=30) | Placebo (n=29) |
|---|---|---|
| Bloating | 5 (16.7%) | 2 (6.9%) |
"""


def test_a_registry_table_counts_what_the_text_did_not_count_already() -> None:
    tables = extract_tables("shatavari.md", REGISTRY_AE_MD)
    # "(n=30)" and "(n=29)" above each table give again the 30 and 29 the text counted; every
    # "N (x%)" cell is a count of women with its share, in a row named "Participants, count
    # (%)" or in a row of adverse events alike.
    assert sorted(p["n"] for p in tables["populations"]) == [2, 5, 12, 18, 29, 30, 32, 32, 64]
    shares = sorted(m["value"] for m in tables["measurements"] if m["unit"] == "%")
    assert shares == [6.9, 16.7, 41.4, 60.0]


def test_whose_counts_are_the_infants_named_at_a_lists_end_or_by_their_mothers() -> None:
    text = (
        "A cohort study followed 90 breastfed infants for 6 months: 45 whose mothers took "
        "the implant and 45 whose mothers used condoms. Fever occurred in 6 (13%) vs 4 (9%) "
        "infants."
    )
    who = [(p["n"], p["who"]) for p in extract_tables("cohort.txt", text)["populations"]]
    assert who == [(90, "infant"), (45, "infant"), (45, "infant"), (6, "infant"), (4, "infant")]


def _kinds(name: str, text: str) -> list[tuple[float, str]]:
    return [(m["value"], m["kind"]) for m in extract_tables(name, text)["measurements"]]


def test_ratios_each_with_its_sd_set_against_each_other() -> None:
    text = "In 22 women the foremilk/serum ratio did not differ (0.8 +/- 0.2 vs 0.9 +/- 0.3)."
    assert _kinds("ratio.txt", text) == [(0.8, "milk_plasma_ratio"), (0.9, "milk_plasma_ratio")]


def test_changes_told_as_a_weight_lost_or_as_the_second_arms_rise() -> None:
    text = (
        "We randomized 50 mothers. Infant weight loss by day 3 was 6.8% +/- 1.9% with the "
        "drug and 7.2% +/- 2.0% with placebo. Pumped volume rose by a mean of 41% with the "
        "drug and 15% with placebo (P = 0.01)."
    )
    assert _kinds("weights.txt", text) == [(6.8, "change"), (7.2, "change")] + [
        (41, "change"),
        (15, "change"),
    ]


TWO_RECORDS = """1. Lact Pharm Rep. 2020;3:11-15.

Morphine after cesarean: milk levels.

Thirty women were given oral morphine 10 mg; milk morphine averaged 25 ng/mL.

2. Lact Pharm Rep. 2021;4:40-44.

An analgesic in milk.

Sixteen women took ibuprofen 400 mg; milk ibuprofen was below 1 mg/L. A second study of
ibuprofen 200 mg found milk ibuprofen below 0.5 mg/L in 12 women.
"""


def test_each_abstract_of_a_page_has_its_own_drug() -> None:
    # The page names ibuprofen most; the first abstract's statement is still morphine's.
    tables = extract_tables("records.txt", TWO_RECORDS)
    assert [s["drug"] for s in tables["statements"]][0] == "morphine"
    assert all(m["analyte"] is None for m in tables["measurements"])


EFFECT_TABLE = """# Probiotic drops and mastitis (synthetic digest)

The trial randomised 300 breastfeeding women to probiotic drops or placebo.

| Outcome | Probiotic | Placebo | Effect (95% CI) | p |
|---|---|---|---|---|
| Mastitis by 8 weeks | 5.1% | 11.4% | RR 0.45 (0.22-0.91) | 0.03 |
"""


def test_an_effect_column_gives_its_ratio() -> None:
    found = [
        (m["value"], m["kind"]) for m in extract_tables("drops.md", EFFECT_TABLE)["measurements"]
    ]
    assert (0.45, "other") in found
