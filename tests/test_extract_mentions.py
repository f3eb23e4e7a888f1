"""One sentence -> quantities, counts of people and routes (pipeline/extract/mentions.py), and
whether an amount is a dose or a result (items.classify), on wording blind corpora taught."""

from __future__ import annotations

import pytest

from pipeline.extract.mentions import analyze
from pipeline.extract.rules import get_rules
from pipeline.extract.sentence_items import classify
from pipeline.nlp import get_nlp


def kept(text: str, lactmed: bool = True) -> list[tuple[float, str, str]]:
    """(value, unit, "doses" or "measurements") of every value of the sentence kept as one."""
    out = []
    for q in analyze(text).quantities:
        for v in q.values:
            table = classify(text, q, v, get_rules(), lactmed)[0]
            if table is not None:
                out.append((v.value, q.ucum, table))
    return out


@pytest.mark.parametrize("text", ["(n = 8) every 8 hours", "(n = 9) or (n = 8)."])
def test_a_count_before_a_parenthesis_is_its_own_token(text: str) -> None:
    # spaCy's English exceptions read "8)" as an emoticon.
    assert "8" in [t.text for t in get_nlp().make_doc(text)]
    assert 8 in [p.n for p in analyze(text).populations]


@pytest.mark.parametrize(
    "text, counts",
    [
        ("One study compared 26 breastfed babies with 38 whose mothers did not.", [26, 38]),
        ("Ten infants were tested; the drug was detectable in 3 of them.", [10, 3]),
        ("The study compared 42 breastfed and 36 formula-fed infants.", [42, 36]),
        ("Ten women and 5 controls were studied.", [10, 5]),
        ("Between 20 and 40 women took it.", [40]),
        ("Of 82 women, 25 used a TNF blocker postpartum.", [82, 25]),
        # A dateline's year, and a number that ends a code or a range, count nobody.
        ("LEEDS, 9 March 2023 - Mothers taking the drug can safely nurse, 30 women show.", [30]),
        ("Abstract OP2-11 Women using the patch (n = 9) had low milk levels.", [9]),
        ("Women aged 20-35 mothers were not excluded.", []),
        # Subsets listed with their shares before the people they count.
        ("Milk came in early for 18 of 25 (72%) and 11 of 24 (46%) women.", [18, 11]),
        ("The drug was found in 3 of 12 (25%) samples.", []),
        # A registry's enrollment, on its own line or in its table's row.
        ("Enrollment: 64 (Actual)", [64]),
        ("Enrollment | 64 (Actual)", [64]),
        ("Enrollment | 80 (Anticipated)", []),
        # A count standing for the people named before it, with a relative clause or the rest.
        (
            "Of 90 exposed babies, the 51 who were nursed fared as well as the 39 who were not.",
            [90, 51, 39],
        ),
        ("Rashes were seen in 9% of the 120 whose mothers kept taking it.", [120]),
        ("Levels were undetectable in 5 infants; in the remaining 6 the mean was 2 mcg/L.", [5, 6]),
        (
            "Among 12 nursed infants, it was undetectable in 7, and in the remaining 5 it was "
            "0.8 mcg/L.",
            [12, 7, 5],
        ),
        # An arm's count allocated to a look-alike control after the treated arm's.
        (
            "Of 58 mothers, 30 were allocated to examplol 1 g daily and 28 to a matching placebo.",
            [58, 30, 28],
        ),
        # People named by how they metabolize a drug, or by a gene they carry.
        ("Milk levels were higher in 3 slow metabolizers than in 8 rapid metabolizers.", [3, 8]),
        ("Among 14 carriers of the variant, none had symptoms.", [14]),
        # A part the whole "included", told by a relative clause.
        ("A survey of 40 nursing women included 9 who used examplol.", [40, 9]),
        # A group's parts counted by what their mothers took, the verb said once.
        (
            "Of 50 babies, 30 of whose mothers took examplol and 20 placebo, none was ill.",
            [50, 30, 20],
        ),
    ],
)
def test_counts_of_people(text: str, counts: list[int]) -> None:
    assert [p.n for p in analyze(text).populations] == counts


@pytest.mark.parametrize(
    "text, route",
    [
        ("She was given 100 mg a day by injection into a muscle.", "intramuscular"),
        ("The drug was given as a drip into a vein over 30 minutes.", "intravenous"),
        ("Insulin is injected under the skin.", "subcutaneous"),
        ("It can be given into the back passage as a suppository.", "rectal"),
        ("During labour the medicine was given through a vein.", "intravenous"),
    ],
)
def test_routes_in_everyday_words(text: str, route: str) -> None:
    assert route in [r.route for r in analyze(text).routes]


def test_a_ratio_with_its_interquartile_range() -> None:
    text = "The median infant/maternal serum ratio was 0.06 (interquartile range 0.02 to 0.11)."
    values = [(v.value, v.value_high) for q in analyze(text).quantities for v in q.values]
    assert values == [(0.06, None), (0.02, 0.11)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("It is given as 750 mg to 1.5 g by injection.", ("mg", 750.0, 1500.0)),
        ("Doses of 500 mcg to 1 mg daily.", ("mg", 0.5, 1.0)),
        ("Rates were 12% to 30% across sites.", ("%", 12.0, 30.0)),
    ],
)
def test_a_range_written_in_two_units_of_one_kind(
    text: str, expected: tuple[str, float, float]
) -> None:
    (q,) = analyze(text).quantities
    assert (q.ucum, q.values[0].value, q.values[0].value_high) == expected


@pytest.mark.parametrize(
    "text, lactmed, expected",
    [
        # A mass gained or lost is a result, not a dose.
        (
            "The exposed group gained 392 g less between 2 weeks and 6 months.",
            False,
            [(392.0, "g", "measurements")],
        ),
        ("Infants lost about 150 g in the first week.", False, [(150.0, "g", "measurements")]),
        ("Mothers took 2 g daily for a week.", False, [(2.0, "g", "doses")]),
        (
            "Their babies gained weight steadily, by about 28 g a day.",
            False,
            [(28.0, "g", "measurements")],
        ),
        # An infant's intake by volume is a result; a volume of a syrup is a dose.
        (
            "By day 10 the test-weighed intake was 540 mL/day with the drug and 470 mL/day "
            "without it.",
            False,
            [(540.0, "mL", "measurements"), (470.0, "mL", "measurements")],
        ),
        ("The daily intake of the syrup was 15 mL.", False, [(15.0, "mL", "doses")]),
        # Amounts set against another arm's are results, however they were taken.
        (
            "Infants of the first group drank 410 mL/day, significantly more than those of the "
            "second (352 mL/day; p = 0.01) and the third (340 mL/day).",
            False,
            [
                (410.0, "mL", "measurements"),
                (352.0, "mL", "measurements"),
                (340.0, "mL", "measurements"),
            ],
        ),
        # A product's strength in percent is no result.
        ("Each woman had lidocaine 1% 5 mL before the procedure.", False, [(5.0, "mL", "doses")]),
        (
            "Estimated neonatal intake was 0.8 mg/kg per day.",
            False,
            [(0.8, "mg/kg", "measurements")],
        ),
        # A cut-off that says who took part is no result.
        ("Mothers with a pumped volume under 300 mL a day were enrolled.", False, []),
        # A total excreted, its amount written with decimals.
        (
            "Each woman excreted about 0.42 mg of the drug into her milk over 24 hours.",
            False,
            [(0.42, "mg", "measurements")],
        ),
        (
            "The milk/serum ratio, 1.7, was higher than expected.",
            False,
            [(1.7, "{ratio}", "measurements")],
        ),
        # A dosage named as a condition leaves an infant's dose a result.
        (
            "The authors estimated that an exclusively breastfed infant would receive at most "
            "0.21 mg/kg daily at the higher dosage.",
            True,
            [(0.21, "mg/kg", "measurements")],
        ),
        # Lab reference ranges and volumes of distribution are no results.
        (
            "Serum sodium was 128 mmol/L (reference range 133 to 146 mmol/L).",
            True,
            [(128.0, "mmol/L", "measurements")],
        ),
        ("Volume of distribution | 3.2–5.6 L/kg", True, []),
    ],
)
def test_doses_results_and_neither(
    text: str, lactmed: bool, expected: list[tuple[float, str, str]]
) -> None:
    assert kept(text, lactmed) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A volume in a sentence that gives, drinks or doses nothing is what was measured.
        (
            "The control group went from 380 to 415 mL over the month.",
            [(380.0, "mL", "measurements"), (415.0, "mL", "measurements")],
        ),
        (
            "There was no difference at week 2 (502 vs 488 mL/day; P = 0.6).",
            [(502.0, "mL", "measurements"), (488.0, "mL", "measurements")],
        ),
        ("The infants were given 30 mL of the solution.", [(30.0, "mL", "doses")]),
        # A body weight is no dose; a weight gained is a result.
        ("The infants weighed 2,950 g at birth on average.", []),
        ("Mean birth weight was 3,100 g in both arms.", []),
        ("They gained 610 g more in the first month.", [(610.0, "g", "measurements")]),
        # Tablets taken by mouth on a schedule are a dose, not a product's name.
        (
            "Women were assigned to labetalol 200 mg tablets by mouth twice daily.",
            [(200.0, "mg", "doses")],
        ),
        # A device's size, an adjective before it.
        ("Milk was collected in a 150 mL sterile bottle.", []),
        # A count's share of an arm in a table row is a result, people named or not.
        (
            "Headache | 4 (13.3%) | 1 (3.4%)",
            [(13.3, "%", "measurements"), (3.4, "%", "measurements")],
        ),
        # A change told as a multiple; a mean with its SD in the same unit.
        ("Prolactin showed a 2.8-fold increase with the drug.", [(2.8, "{ratio}", "measurements")]),
        (
            "Infant weight loss was 5.3% +/- 1.8% with the drug and 5.9% +/- 2.1% without it.",
            [(5.3, "%", "measurements"), (5.9, "%", "measurements")],
        ),
        # A time to an event and the one set against it.
        (
            "The time to the first analgesic request was longer with the block (8.2 +/- 2.6 h "
            "vs 5.1 +/- 1.9 h; P = 0.01).",
            [(8.2, "h", "measurements"), (5.1, "h", "measurements")],
        ),
    ],
)
def test_numbers_of_abstracts_and_news(text: str, expected: list[tuple[float, str, str]]) -> None:
    assert kept(text, lactmed=False) == expected


@pytest.mark.parametrize(
    "text, values",
    [
        # an aside in parentheses does not end the first change
        (
            "Cortisol rose from 12 to 30 ug/dL with the drug (P<.01; a 2.5-fold rise) and from "
            "11 to 14 ug/dL with placebo.",
            [12.0, 30.0, 2.5, 11.0, 14.0],
        ),
    ],
)
def test_before_and_after_are_two_values_not_a_range(text: str, values: list[float]) -> None:
    found = [v for q in analyze(text).quantities for v in q.values]
    assert [v.value for v in found] == values
    assert all(v.value_high is None for v in found)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a change that defines an outcome, and a meta-analysis's heterogeneity, are no results
        (
            "A rise of at least 30% in pumped volume was reached by 40% of mothers.",
            [(40.0, "%", "measurements")],
        ),
        (
            "Across 5 trials of 300 mothers the pooled rise was 25% (I2 = 38%).",
            [(25.0, "%", "measurements")],
        ),
        # a risk or odds ratio by its abbreviation (upper case: never the word "or")
        (
            "Weaning by 3 months was less frequent among the 60 mothers (aOR 0.61, 95% CI 0.40 "
            "to 0.93).",
            [(0.61, "{ratio}", "measurements")],
        ),
        (
            "Mastitis was rarer in the 200 treated women (RR 0.55; 95% CI 0.31-0.97).",
            [(0.55, "{ratio}", "measurements")],
        ),
        # an assay's limit as a method is no result; the limit of what was not found is
        ("Milk levels in 12 women were measured by HPLC (limit of detection 2 ng/mL).", []),
        (
            "The drug was not detected in the serum of 6 infants (limit of detection 2 ng/mL).",
            [(2.0, "ng/mL", "measurements")],
        ),
    ],
)
def test_percentages_and_limits_that_are_no_results(
    text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert kept(text, lactmed=False) == expected
