"""Values each named by a word right before or after it, set side by side as a comparison
(labelled_values.py); never a drug beside its own metabolite. The sentences are written for
these tests."""

from __future__ import annotations

from functools import partial

from extraction import record_comparisons, the_comparison

_comparisons = partial(record_comparisons, "Effects in Breastfed Infants")


def test_a_name_before_each_value_in_brackets() -> None:
    body = "Relative infant doses were low for both drugs (examplol 0.6%, otherol 0.4%).[1]"
    c = the_comparison(_comparisons(body), [0.6, 0.4])
    assert c["arms"] == ["examplol", "otherol"]
    assert "Relative infant doses" in c["outcome"]


def test_names_with_colons_one_after_another() -> None:
    body = (
        "Serum prolactin was measured on day 5. Examplol: 132 ng/mL; otherol: 127 ng/mL; "
        "placebo: 90 ng/mL.[1]"
    )
    c = the_comparison(_comparisons(body), [132.0, 127.0, 90.0])
    assert c["arms"] == ["Examplol", "otherol", "placebo"]


def test_a_drug_beside_its_metabolite_is_no_comparison() -> None:
    body = "Peak milk levels were measured (examplol 12 mcg/L, desmethylexamplol 30 mcg/L).[2]"
    assert not any(list(c["values"]) == [12.0, 30.0] for c in _comparisons(body))


def test_statistics_named_before_values_are_no_arms() -> None:
    body = "Milk levels varied widely (mean 12 mcg/L, median 9 mcg/L).[3]"
    assert not any(list(c["values"]) == [12.0, 9.0] for c in _comparisons(body))


def test_shares_after_counts_each_with_its_groups_word_compare_the_groups() -> None:
    body = (
        "Among 64 exposed and 58 unexposed infants, jaundice was noted in 7 (10.9%) exposed "
        "and 4 (6.9%) unexposed infants."
    )
    c = the_comparison(_comparisons(body), [10.9, 6.9])
    assert c["arms"] == ["exposed infants", "unexposed infants"]
