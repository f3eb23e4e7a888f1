"""What the words around a count say it counts (pipeline/extract/count_context.py, issue #11):
counts listed with their percentages, counts that number times, groups a study only plans, and
a group's arms counted in parentheses after it. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from pipeline.extract.mentions import analyze


def _counts(text: str) -> list[int]:
    return [p.n for p in analyze(text).populations]


@pytest.mark.parametrize(
    "text, counts",
    [
        ("Headache was reported by 7 (21%), 5 (15%) and 2 (6%) patients.", [7, 5, 2]),
        ("Rash occurred in 5 (24%) vs 2 (9%) infants after the first week.", [5, 2]),
        ("It was found in 2 (12%) of the babies in the low-dose arm.", [2]),
        ("Vomiting was noted in 8 women (27%) given the drug and 3 (10%) given placebo.", [8, 3]),
        ("Of the 40 mothers, 25 (62%) chose a tablet and 15 (38%) chose a shot.", [40, 25, 15]),
    ],
)
def test_counts_listed_with_their_percentages(text: str, counts: list[int]) -> None:
    assert _counts(text) == counts


@pytest.mark.parametrize(
    "text",
    [
        "Among the 30 women, the metabolite was detectable in 6 (20%) vs 3 (10%) samples.",
        "Of the 30 women, levels were reported in 4 (13%) of the studies.",
    ],
)
def test_a_list_of_counts_ending_in_samples_or_studies_counts_no_people(text: str) -> None:
    assert _counts(text) == [30]


def test_numbers_after_a_word_for_times_are_no_groups() -> None:
    assert _counts("In the 12 mothers, levels on weeks 2 and 4 were 30 and 45 ng/mL.") == [12]
    # a comma does not join a time to the count after it
    assert _counts("On day 3, 9 women had stopped the drug.") == [9]


@pytest.mark.parametrize(
    "text",
    [
        "A multicentre trial of 400 mothers is planned for next year.",
        "The group plans to recruit 250 women in three countries.",
        "A second study will enrol 120 breastfeeding mothers.",
    ],
)
def test_a_group_a_study_only_plans_is_no_population(text: str) -> None:
    assert _counts(text) == []


def test_a_group_that_planned_something_is_still_counted() -> None:
    text = "Of 50 women planning to breastfeed, 44 were still nursing at 3 months."
    assert _counts(text) == [50, 44]


def test_a_groups_arms_counted_in_parentheses_after_it() -> None:
    text = "The trial randomized 150 infants (vitamin D 76, placebo 74) at birth."
    assert _counts(text) == [150, 76, 74]
    # without a count before the people word, the numbers in parentheses are no arms
    assert _counts("More on preterm infants (Volume 12, Spring 2021).") == []


@pytest.mark.parametrize(
    "text, counts",
    [
        ("Twenty-four were randomized to the herb and 23 to the sham tea.", [24, 23]),
        ("Nineteen were allocated to early feeding.", [19]),
        ("Of these, 38 and 36 mothers, respectively, finished the study.", [38, 36]),
        ("Nine of the 25 taking the higher dose stopped early.", [9]),
    ],
)
def test_arms_counted_without_their_own_people_word(text: str, counts: list[int]) -> None:
    assert _counts(text) == counts


def test_two_counts_without_respectively_stay_a_range() -> None:
    assert _counts("Between 20 and 40 women took it.") == [40]
