"""A share of the mother's dose given per dose in one sentence: "the infant dose was 1.2% of
the mother's weight-adjusted dosage after 50 mg and 2.1% after 100 mg". Each amount after the
share is the dose it was given with (not an amount the infant took), the second share is what
the first is, and the two are compared with one arm per dose. The text is written for these
tests (examplol: a made-up drug)."""

from __future__ import annotations

from extraction import extract_tables, the_comparison

TEXT = (
    "Examplol in milk.\n\n"
    "Twelve nursing mothers took examplol 50 mg or 100 mg daily. The calculated infant dose was "
    "1.2% of the mother's weight-adjusted dosage after 50 mg and 2.1% after 100 mg.\n"
)


def test_each_amount_after_a_share_is_a_dose() -> None:
    tables = extract_tables("abstract.txt", TEXT)
    measured = {m["value"]: m["kind"] for m in tables["measurements"]}
    assert measured == {1.2: "relative_infant_dose", 2.1: "relative_infant_dose"}
    assert {d["amount"] for d in tables["doses"]} == {50.0, 100.0}


def test_the_shares_are_compared_with_one_arm_per_dose() -> None:
    pair = the_comparison(extract_tables("abstract.txt", TEXT)["comparisons"], [1.2, 2.1])
    assert list(pair["arms"]) == ["50 mg", "100 mg"]
    assert pair["kind"] == "relative_infant_dose"
