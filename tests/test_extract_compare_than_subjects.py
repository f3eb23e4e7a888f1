"""Two groups set apart by "than", each with its count, and the values after ", with medians
of": "exclusively breastfed infants (n = 40) had higher levels than partially breastfed infants
(n = 21), with medians of 6.2 versus 2.4 ng/mL" -> the arms "exclusively breastfed infants"
and "partially breastfed infants", also for the next values of the sentence; values "at the
same visits ..., respectively" are a time course, not the arms the methods listed. A subject
"predicted to attain" a value set "against" a group named after the other value is the first
arm, and values each "for" its own group keep those groups. The texts are written for these
tests (examplol: a made-up drug)."""

from __future__ import annotations

from extraction import extract_tables, the_comparison

TEXT = (
    "Examplol in breastfed infants.\n\n"
    "Methods: Sixty-one mother-infant pairs were followed; feeding was recorded as exclusive or "
    "partial by diary.\n\n"
    "Results: At 4 weeks, exclusively breastfed infants (n = 40) had higher plasma levels than "
    "partially breastfed infants (n = 21), with medians of 6.2 versus 2.4 ng/mL (P = .01), and "
    "were more often above the limit of quantification (80% vs 52%; P = .03). Infant levels "
    "were 6.0 ng/mL at 4 weeks and 3.1 ng/mL at 12 weeks; maternal plasma medians at the same "
    "visits were 120 and 131 ng/mL, respectively.\n"
)


def test_the_groups_on_each_side_of_than_are_the_arms() -> None:
    comparisons = extract_tables("abstract.txt", TEXT)["comparisons"]
    arms = ["exclusively breastfed infants", "partially breastfed infants"]
    assert list(the_comparison(comparisons, [6.2, 2.4])["arms"]) == arms
    assert list(the_comparison(comparisons, [80.0, 52.0])["arms"]) == arms


def test_values_at_the_same_visits_are_no_arms_of_the_methods() -> None:
    comparisons = extract_tables("abstract.txt", TEXT)["comparisons"]
    levels = [c for c in comparisons if list(c["values"]) == [120.0, 131.0]]
    assert not [c for c in levels if c["arms"] and "exclusive" in c["arms"]]


def test_a_subject_predicted_to_reach_a_value_against_a_group_after_the_other() -> None:
    text = (
        "Examplol in a model of infants.\n\n"
        "Results: Small-for-date infants were predicted to attain median plasma levels of "
        "14 ng/mL, against 6.0 ng/mL in infants of normal weight; the infant-to-maternal ratio "
        "was 0.04 for heavier and 0.09 for smaller infants.\n"
    )
    comparisons = extract_tables("abstract.txt", text)["comparisons"]
    assert list(the_comparison(comparisons, [14.0, 6.0])["arms"]) == [
        "Small-for-date infants",
        "infants of normal weight",
    ]
    ratios = the_comparison(comparisons, [0.04, 0.09])["arms"]
    assert list(ratios) == ["heavier", "smaller infants"]
