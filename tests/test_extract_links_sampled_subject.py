"""A counted group that is the subject of its own sampling ("Eighteen mothers also provided a milk
sample at 4 weeks") is the group the milk's values describe ("Milk collected at 4 weeks
contained a median of 12 ng/mL"), not the whole cohort counted before it. The text is written
for these tests (examplol: a made-up drug)."""

from __future__ import annotations

from extraction import extract_tables

TEXT = (
    "Examplol in breastfed infants.\n\n"
    "Methods: The cohort enrolled 60 mother-infant pairs in which the mother took examplol 10 mg "
    "daily. Eighteen mothers also provided a milk sample at 4 weeks.\n\n"
    "Results: Infant plasma levels were below 1 ng/mL in most infants. Milk collected at 4 weeks "
    "contained a median of 12 ng/mL.\n"
)


def test_the_milk_values_are_the_sampled_mothers() -> None:
    tables = extract_tables("abstract.txt", TEXT)
    counts = {p["item_id"]: p["n"] for p in tables["populations"]}
    milk = next(m for m in tables["measurements"] if m["value"] == 12.0)
    assert counts.get(milk["population_item_id"]) == 18
