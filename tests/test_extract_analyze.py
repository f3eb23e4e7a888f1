"""One sentence -> quantities, counts of people and routes (pipeline/extract/analyze.py), and
whether an amount is a dose or a result (items.classify), on wording blind corpora taught."""

from __future__ import annotations

import pytest

from pipeline.extract.analyze import analyze
from pipeline.extract.items import classify
from pipeline.extract.rules import get_rules
from pipeline.nlp import get_nlp


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
    ],
)
def test_counts_of_people_without_a_person_word(text: str, counts: list[int]) -> None:
    assert [p.n for p in analyze(text).populations] == counts


@pytest.mark.parametrize(
    "text, route",
    [
        ("She was given 100 mg a day by injection into a muscle.", "intramuscular"),
        ("The drug was given as a drip into a vein over 30 minutes.", "intravenous"),
        ("Insulin is injected under the skin.", "subcutaneous"),
        ("It can be given into the back passage as a suppository.", "rectal"),
    ],
)
def test_routes_in_everyday_words(text: str, route: str) -> None:
    assert route in [r.route for r in analyze(text).routes]


def test_a_ratio_with_its_interquartile_range() -> None:
    text = "The median infant/maternal serum ratio was 0.06 (interquartile range 0.02 to 0.11)."
    values = [(v.value, v.value_high) for q in analyze(text).quantities for v in q.values]
    assert values == [(0.06, None), (0.02, 0.11)]


@pytest.mark.parametrize(
    "text, table",
    [
        ("The exposed group gained 392 g less between 2 weeks and 6 months.", "measurements"),
        ("Infants lost about 150 g in the first week.", "measurements"),
        ("Mothers took 2 g daily for a week.", "doses"),
    ],
)
def test_a_mass_gained_or_lost_is_a_result_not_a_dose(text: str, table: str) -> None:
    (q,) = [q for q in analyze(text).quantities if q.ucum == "g"]
    assert classify(text, q, q.values[0], get_rules(), lactmed=False)[0] == table


def test_a_dosage_named_as_a_condition_leaves_an_infant_dose_a_result() -> None:
    text = (
        "The authors estimated that an exclusively breastfed infant would receive at most "
        "0.21 mg/kg daily at the higher dosage."
    )
    (q,) = analyze(text).quantities
    assert classify(text, q, q.values[0], get_rules())[0] == "measurements"


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
    "text, counts",
    [
        ("The study compared 42 breastfed and 36 formula-fed infants.", [42, 36]),
        ("Ten women and 5 controls were studied.", [10, 5]),
        ("Between 20 and 40 women took it.", [40]),
        ("Of 82 women, 25 used a TNF blocker postpartum.", [82, 25]),
    ],
)
def test_groups_sharing_a_noun_and_numeral_subjects(text: str, counts: list[int]) -> None:
    assert [p.n for p in analyze(text).populations] == counts


@pytest.mark.parametrize(
    "text, unit",
    [
        ("Serum sodium was 128 mmol/L (reference range 133 to 146 mmol/L).", "mmol/L"),
        ("Volume of distribution | 3.2–5.6 L/kg", None),
    ],
)
def test_reference_ranges_and_volumes_of_distribution_are_not_results(
    text: str, unit: str | None
) -> None:
    kept = [
        (v.value, q.ucum)
        for q in analyze(text).quantities
        for v in q.values
        if classify(text, q, v, get_rules())[0] is not None
    ]
    assert kept == ([(128.0, unit)] if unit else [])
