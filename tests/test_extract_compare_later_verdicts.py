"""Verdicts a later sentence gives the comparisons told before it, naming each by what it
compared: "Milk levels rose significantly with dose (...), but neither milk/plasma ratios nor
relative infant doses differed between the doses (all P > 0.3)". The p-values of pairs in
brackets are no verdict of a list of three; one pair's is a two-arm comparison's own. "Neither
difference was statistically significant" speaks of the comparisons of the sentences before it,
and "the figures were 3% and 2%" are results; "The corresponding figures at 3 months" keep the
outcome before, at that time. The texts are written for these tests (examplol: a made-up drug)."""

from __future__ import annotations

from extraction import extract_tables, the_comparison

ABSTRACT = (
    "Examplol in milk at two doses.\n\n"
    "Methods: Sixteen nursing mothers took examplol 25 mg (n = 8) or 50 mg (n = 8) daily.\n\n"
    "Results: Average milk examplol was 40 ng/mL after 25 mg and 85 ng/mL after 50 mg. The "
    "milk/plasma ratio was 0.52 after 25 mg and 0.49 after 50 mg. Relative infant doses were "
    "1.1% and 1.2%, respectively. Milk levels rose significantly with dose (25 vs 50 mg, "
    "P = 0.004), but neither milk/plasma ratios nor relative infant doses differed between "
    "the doses (all P > 0.3).\n"
)


def test_a_later_clause_naming_the_kinds_compared_gives_each_its_verdict() -> None:
    comparisons = extract_tables("abstract.txt", ABSTRACT)["comparisons"]
    ratios = the_comparison(comparisons, [0.52, 0.49])
    doses = the_comparison(comparisons, [1.1, 1.2])
    assert (ratios["significant"], ratios["p_value"], ratios["p_qualifier"]) == (False, 0.3, ">")
    assert (doses["significant"], doses["p_value"]) == (False, 0.3)


def test_the_one_pairs_p_value_is_a_two_arm_comparisons_own() -> None:
    levels = the_comparison(extract_tables("abstract.txt", ABSTRACT)["comparisons"], [40.0, 85.0])
    assert (levels["significant"], levels["p_value"]) == (True, 0.004)
    assert levels["rule_id"].startswith("comparison.later_verdict>")


def test_pairs_p_values_are_no_verdict_of_a_list_of_three() -> None:
    text = (
        ABSTRACT.replace(
            "examplol 25 mg (n = 8) or 50 mg (n = 8)",
            "examplol 25 mg (n = 8), 50 mg (n = 8) or 100 mg (n = 8)",
        )
        .replace(
            "40 ng/mL after 25 mg and 85 ng/mL after 50 mg",
            "40 ng/mL after 25 mg, 85 ng/mL after 50 mg and 160 ng/mL after 100 mg",
        )
        .replace("(25 vs 50 mg, P = 0.004)", "(25 vs 100 mg, P = 0.004; 50 vs 100 mg, P = 0.02)")
    )
    levels = the_comparison(
        extract_tables("abstract.txt", text)["comparisons"], [40.0, 85.0, 160.0]
    )
    assert (levels["significant"], levels["p_value"]) == (True, None)  # "rose significantly"


def test_the_figures_of_a_later_time_and_a_verdict_on_neither_difference() -> None:
    text = (
        "Examplol and your baby\n\nA study compared 40 breastfed babies whose mothers took "
        "examplol with 45 breastfed babies whose mothers took no medicines. At two weeks, "
        "sleepiness was noticed in 10% of the babies whose mothers took examplol, compared with "
        "4% in the comparison group. By two months, the figures were 3% and 2%. Neither "
        "difference was statistically significant.\n"
    )
    comparisons = extract_tables("page.md", text)["comparisons"]
    first = the_comparison(comparisons, [10.0, 4.0])
    later = the_comparison(comparisons, [3.0, 2.0])  # "the figures were": results, not prose
    assert first["significant"] is False and later["significant"] is False


def test_the_corresponding_figures_at_a_later_time_keep_the_outcome_at_that_time() -> None:
    text = (
        "Examplol and breastfeeding: a randomised trial.\n\n"
        "METHODS: Mothers were randomised to examplol 5 mg (n = 50) or placebo (n = 49).\n\n"
        "RESULTS: At 6 weeks, 45 of 50 (90%) mothers given examplol and 40 of 49 (82%) given "
        "placebo were still breastfeeding. The corresponding figures at 3 months were 38 of 50 "
        "(76%) and 35 of 49 (71%).\n"
    )
    later = the_comparison(extract_tables("abstract.txt", text)["comparisons"], [76.0, 71.0])
    assert later["outcome"] == "still breastfeeding at 3 months"
