"""Two groups contrasted clause by clause: the first group after its value, the second the
subject of a clause that opens with "whereas" or "while" ("62 ng/mL among treated mothers,
while the control arm stayed at 3.1 ng/mL"), or each group the subject of its value with one
verb ("the examplol group pumped 410 mL/day and the control group 360 mL/day"); "of the others"
is the group the statement compared with the first. A later clause whose subject only points
back ("by month 2 they had fallen to ...", "the gap between the groups had narrowed") keeps the
statement's last outcome of its unit, at its own time and no longer at baseline; a second change
after a semicolon is between the first's times, and a value "before the first capsule" then "it
had fallen to ..." is one group's before and after. A group "compared with" another is labelled
up to "compared", without how long its mothers took the drug; a level, then "after nursing was
limited ..., the level fell to" in the next sentence, is before and after. The texts are written
for these tests (examplol: a made-up drug)."""

from __future__ import annotations

from extraction import extract_tables, the_comparison

ABSTRACT = (
    "Examplol and milk copper.\n\n"
    "Methods: Fifty nursing mothers were randomized to examplol 2 mg daily (n = 26) or no "
    "treatment (n = 24) for 8 weeks.\n\n"
    "Results: Milk copper at entry was alike between the groups (median 310 vs 295 ug/L, "
    "P = .62). After 8 weeks it had climbed to 455 ug/L (IQR 390-520) among treated mothers, "
    "while the control arm stayed at 300 ug/L (IQR 260-350; P = .002).\n"
)


def test_the_second_group_is_the_subject_of_the_contrasted_clause() -> None:
    pair = the_comparison(extract_tables("abstract.txt", ABSTRACT)["comparisons"], [455.0, 300.0])
    assert list(pair["arms"]) == ["treated mothers", "control arm"]
    assert (pair["significant"], pair["p_value"]) == (True, 0.002)


def test_a_clause_pointing_back_takes_the_outcome_before_at_its_own_time() -> None:
    comparisons = extract_tables("abstract.txt", ABSTRACT)["comparisons"]
    at_entry = the_comparison(comparisons, [310.0, 295.0])
    later = the_comparison(comparisons, [455.0, 300.0])
    assert "between" not in at_entry["outcome"].split()  # "alike between the groups": a verdict
    assert later["outcome"].endswith("at 8 weeks")
    assert "copper" in later["outcome"].lower().split()
    assert "entry" not in later["outcome"].lower()


def test_one_groups_two_values_are_no_contrast_of_groups() -> None:
    text = ABSTRACT.replace(
        "among treated mothers, while the control arm stayed at",
        "among treated mothers, while their serum copper stayed at",
    )
    comparisons = extract_tables("abstract.txt", text)["comparisons"]
    assert not [c for c in comparisons if list(c["values"]) == [455.0, 300.0]]


def test_a_second_change_after_a_semicolon_is_between_the_same_times() -> None:
    text = (
        "Examplol and milk output.\n\n"
        "In the 20 women given examplol, milk output climbed from 300 ± 50 mL at baseline to "
        "420 ± 60 mL on day 28 (+40%); in the 19 given placebo it moved from 310 ± 55 mL to "
        "350 ± 70 mL.\n"
    )
    comparisons = extract_tables("summary.txt", text)["comparisons"]
    first = the_comparison(comparisons, [300.0, 420.0])
    second = the_comparison(comparisons, [310.0, 350.0])
    assert list(first["arms"]) == list(second["arms"]) == ["baseline", "day 28"]
    assert second["outcome"] == "milk output"


def test_a_gap_that_narrowed_takes_the_last_outcome_of_its_unit() -> None:
    text = (
        "Examplol in infants.\n\n"
        "Infant plasma levels at 6 weeks were higher in exclusively breastfed infants (n = 30) "
        "than in partially breastfed infants (n = 15) (4.0 vs 1.5 ng/mL; P = .01), and more often "
        "detectable (70% vs 40%; P = .04). By 6 months the gap between the groups had narrowed and "
        "failed to reach significance (2.0 vs 1.4 ng/mL; P = .20).\n"
    )
    comparisons = extract_tables("abstract.txt", text)["comparisons"]
    first = the_comparison(comparisons, [4.0, 1.5])["outcome"]
    later = the_comparison(comparisons, [2.0, 1.4])
    assert later["outcome"].endswith("at 6 months"), later["outcome"]
    assert "plasma levels" in first and "plasma levels" in later["outcome"]
    assert "detectable" not in later["outcome"]
    assert (later["significant"], later["p_value"]) == (False, 0.2)


def test_the_others_are_the_group_the_statement_compared_with_the_first() -> None:
    text = (
        "Examplol Levels and Effects while Breastfeeding\n\nEffects in Breastfed Infants\n\n"
        "In a cohort study, 40 breastfed infants of mothers taking examplol were compared with 35 "
        "infants of treated mothers who were formula fed. Irritability was noted in 6 of 40 (15%) "
        "breastfed infants and in 3 of 35 (9%) of the others (p = 0.49).[3]\n"
    )
    pair = the_comparison(extract_tables("examplol.txt", text)["comparisons"], [15.0, 9.0])
    assert pair["arms"][0] == "breastfed infants"
    assert pair["arms"][1].endswith("formula fed"), pair["arms"]
    assert (pair["significant"], pair["p_value"]) == (False, 0.49)


def test_two_groups_as_subjects_sharing_one_verb() -> None:
    text = (
        "Examplol and pumping.\n\n"
        "Forty mothers were randomized to examplol or no treatment. At week 2 the examplol group "
        "pumped a mean of 410 ± 90 mL/day and the control group 360 ± 85 mL/day (P = .03).\n"
    )
    pair = the_comparison(extract_tables("abstract.txt", text)["comparisons"], [410.0, 360.0])
    assert list(pair["arms"]) == ["examplol group", "control group"]
    assert (pair["significant"], pair["p_value"]) == (True, 0.03)


def test_a_value_before_the_first_tablet_then_where_it_went() -> None:
    text = (
        "Examplol to stop lactation.\n\n"
        "Thirty women took examplol 1 mg daily. Pumped milk averaged 520 mL/day before the first "
        "capsule; it had fallen to 310 mL/day by day 4.\n"
    )
    pair = the_comparison(extract_tables("summary.txt", text)["comparisons"], [520.0, 310.0])
    assert list(pair["arms"]) == ["before the first capsule", "day 4"]


def test_a_group_compared_with_another_is_labelled_up_to_compared() -> None:
    text = (
        "Examplol Levels and Effects while Breastfeeding\n\nEffects in Breastfed Infants\n\n"
        "In a cohort study, 30 breastfed infants whose mothers were given examplol 5 mg daily for "
        "10 days were compared with 28 breastfed infants of untreated mothers. Infant bilirubin "
        "was similar in the two groups (median 5.1 vs 5.3 mg/dL; P = 0.6).[4]\n"
    )
    pair = the_comparison(extract_tables("examplol.txt", text)["comparisons"], [5.1, 5.3])
    first, second = pair["arms"]
    assert first.endswith("given examplol"), first
    assert second == "breastfed infants of untreated mothers"


def test_a_level_before_and_after_breastfeeding_was_cut_in_the_next_sentence() -> None:
    text = (
        "Examplol Levels and Effects while Breastfeeding\n\nInfant Levels\n\n"
        "A 4-week-old breastfed infant whose mother took examplol 40 mg daily was sleepy. His "
        "serum examplol level was 9.8 mcg/L. After nursing was limited to three feeds a day, the "
        "level fell to 3.1 mcg/L within a week.[5]\n"
    )
    pair = the_comparison(extract_tables("examplol.txt", text)["comparisons"], [9.8, 3.1])
    assert list(pair["arms"]) == ["before", "after"]
