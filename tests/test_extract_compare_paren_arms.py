"""Arms written before their values inside one pair of parentheses, with their doses and the
counts a share follows: "(examplol 20 mg: 8/40, 20%; placebo: 2/41, 5%; risk ratio ...)" are
the arms "examplol 20 mg" (the dose sets it apart from the other dose's arm) and "placebo"; a
drug beside its own metabolite is no pair of arms. The texts are written for these tests
(examplol: a made-up drug)."""

from __future__ import annotations

from extraction import extract_tables, the_comparison

TEXT = (
    "Examplol after birth.\n\n"
    "A hundred and twenty mothers were given examplol 10 mg, examplol 20 mg or placebo. Infant "
    "fussiness was reported more often with the higher dose (examplol 20 mg: 8/40, 20%; "
    "placebo: 2/41, 5%; risk ratio 4.1, 0.9 to 18).\n"
)


def test_arms_before_their_counted_shares_in_one_bracket() -> None:
    pair = the_comparison(extract_tables("abstract.txt", TEXT)["comparisons"], [20.0, 5.0])
    assert list(pair["arms"]) == ["examplol 20 mg", "placebo"]


def test_a_drug_and_its_metabolite_in_one_bracket_are_no_arms() -> None:
    text = (
        "Examplol in milk.\n\n"
        "Milk levels were measured in 9 mothers taking examplol 10 mg daily (examplol: 8/9, "
        "12 mcg/L; desmethylexamplol: 9/9, 30 mcg/L).\n"
    )
    comparisons = extract_tables("abstract.txt", text)["comparisons"]
    assert not [
        c for c in comparisons if list(c["arms"] or []) == ["examplol", "desmethylexamplol"]
    ]
