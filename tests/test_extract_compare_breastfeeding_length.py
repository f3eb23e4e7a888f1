"""How long each group breastfed, told clause by clause: "the 20 who took examplol 10 mg daily
breastfed for a median of 7 months (...), whereas the 20 treated with a comparator drug breastfed
for a median of 9 months" is a comparison of two results, its arms what each group took, its
verdict the next sentence's on "the shorter duration with examplol"; how
long a mother had breastfed before a case ("had been breastfeeding for 4 months") is no result.
The texts are written for these tests (examplol: a made-up drug)."""

from __future__ import annotations

from extraction import extract_tables, record_comparisons, the_comparison

BODY = (
    "In a study of 40 mothers with migraine, the 20 who took examplol 10 mg daily breastfed for a "
    "median of 7 months (interquartile range 5 to 10), whereas the 20 treated with a comparator "
    "drug breastfed for a median of 9 months (interquartile range 6 to 12). The shorter duration "
    "with examplol was not statistically significant (P = 0.31).[2]\n"
)


def test_the_groups_lengths_of_breastfeeding_are_compared() -> None:
    comparisons = record_comparisons("Effects on Lactation and Breastmilk", BODY)
    months = the_comparison(comparisons, [7.0, 9.0])
    assert list(months["arms"]) == ["examplol", "comparator drug"]
    # the next sentence's verdict on "the shorter duration" is this comparison's
    assert (months["significant"], months["p_value"]) == (False, 0.31)


def test_how_long_a_mother_had_breastfed_is_no_result() -> None:
    text = (
        "Examplol Levels and Effects while Breastfeeding\n\nInfant Levels\n\n"
        "A woman who had been breastfeeding for 4 months began taking examplol 10 mg daily. Her "
        "infant's serum level was 2.1 mcg/L.[3]\n"
    )
    values = {m["value"] for m in extract_tables("examplol.txt", text)["measurements"]}
    assert values == {2.1}
