"""Comparisons told in plain words: one group's value said "before" and another "after" a
treatment, two milk parts or two groups named as the subject of a list "respectively", counted
groups set against each other by "than", and the second of two groups told by ellipsis ("who were
not"). The sentences are written for these tests."""

from __future__ import annotations

from functools import partial

from extraction import record_comparisons, the_comparison

_comparisons = partial(record_comparisons, "Breastmilk Levels")


def _one(body: str, values: list[float]) -> dict:
    return the_comparison(_comparisons(body), values)


def test_values_said_before_and_after_a_treatment_are_one_groups_change() -> None:
    body = (
        "Serum cortisol in 9 mothers given examplol averaged 12 mcg/dL before and 15 mcg/dL "
        "after 2 weeks of treatment, a nonsignificant change (P = 0.31).[3]"
    )
    c = _one(body, [12.0, 15.0])
    assert c["arms"] == ["before", "after 2 weeks of treatment"]
    assert c["significant"] is False
    assert "cortisol" in c["outcome"].lower()


def test_volume_before_and_after_a_course_of_the_drug() -> None:
    body = (
        "In 8 women, daily milk output measured by pumping was 610 mL/day before and 655 mL/day "
        "after 3 weeks of examplol (p = 0.44).[2]"
    )
    c = _one(body, [610.0, 655.0])
    assert c["arms"] == ["before", "after 3 weeks of examplol"]
    assert "milk output" in c["outcome"]


def test_trough_before_a_dose_and_a_level_hours_after_it_is_a_time_course() -> None:
    body = (
        "A mother taking 40 mg daily had a milk level of 0.2 mg/L before the dose and 0.9 mg/L "
        "after 3 hours.[4]"
    )
    assert _comparisons(body) == []


def test_milk_parts_named_before_a_list_respectively_are_its_arms() -> None:
    body = (
        "In 5 women taking 100 mg daily, foremilk and hindmilk taken at one feed held 1.2 and "
        "1.9 mg/L of examplol, respectively.[4]"
    )
    c = _one(body, [1.2, 1.9])
    assert c["arms"] == ["foremilk", "hindmilk"]
    assert c["outcome"].startswith("milk") and "examplol" in c["outcome"]


def test_trough_and_peak_respectively_are_times_of_one_level() -> None:
    body = (
        "In a woman taking 500 mg daily, trough and peak milk levels were 3.1 and 9.4 mcg/mL, "
        "respectively.[4]"
    )
    assert _comparisons(body) == []


def test_counted_groups_told_by_a_clause_set_apart_by_than() -> None:
    body = (
        "In 60 exposed infants, the 31 who were formula fed gained weight faster than the 29 "
        "who were breastfed (35 vs 28 g/day; p = 0.04).[5]"
    )
    c = _one(body, [35.0, 28.0])
    assert c["arms"] == ["formula fed", "breastfed"]


def test_second_group_told_by_ellipsis_takes_the_first_groups_words() -> None:
    body = (
        "Colic was reported in 12% of the 80 who were breastfed and 15% of the 70 who were not, "
        "a nonsignificant difference.[3]"
    )
    c = _one(body, [12.0, 15.0])
    assert c["arms"] == ["breastfed", "not breastfed"]
    assert c["significant"] is False


def test_a_drug_and_its_metabolite_before_a_list_are_two_measures_not_arms() -> None:
    body = (
        "In 7 women taking 20 mg daily, examplol and desmethylexamplol averaged 31 and 12 mcg/L "
        "in milk, respectively.[6]"
    )
    arms = [list(c["arms"]) for c in _comparisons(body) if c["arms"] is not None]
    assert ["examplol", "desmethylexamplol"] not in arms
