"""A results table as a trial registry posts it: one comparison per row of values, its arms the
columns' headers, its outcome the table's title, its verdict the statistics line under it. The
records are written for these tests."""

from __future__ import annotations

from extraction import extract_tables, the_comparison

MARKDOWN = """# Examplol for low milk supply: a registry record

## Results Posted

### Primary Outcome: Change in Daily Pumped Milk Volume From Day 2 to Day 12

Milk was pumped and weighed over 24 hours on each day named.

| | Examplol | Placebo |
|---|---|---|
| Overall Number of Participants Analyzed | 31 | 30 |
| Mean (Standard Deviation), mL/day | 141 (60) | 88 (55) |

Statistical analysis 1: Examplol vs Placebo. Method: ANCOVA. p-value 0.004.

### Secondary Outcome: Percentage of Participants Still Breastfeeding at 3 Months

| | Examplol | Placebo |
|---|---|---|
| Overall Number of Participants Analyzed | 29 | 30 |
| Percentage of participants | 62.1 | 60.0 |

Statistical analysis 2: Examplol vs Placebo. Method: Chi-squared. p-value 0.87.
"""

PLAIN = """OUTCOME MEASURES
1. Primary: Full Return of Milk Supply by Day 5
   Arm/Group               Morning dose    Evening dose
   Participants analyzed   40              41
   Percentage              55.0            73.2
   Statistical analysis: Fisher exact test, p = 0.11.
"""


def _comparisons(name: str, text: str) -> list[dict]:
    return extract_tables(name, text)["comparisons"]


def test_a_row_compares_the_columns_under_the_tables_title() -> None:
    comparisons = _comparisons("registry.md", MARKDOWN)
    volume = the_comparison(comparisons, [141.0, 88.0])
    assert volume["arms"] == ["Examplol", "Placebo"]
    assert "Milk Volume" in volume["outcome"]
    assert volume["significant"] is True and volume["p_value"] == 0.004
    share = the_comparison(comparisons, [62.1, 60.0])
    assert share["arms"] == ["Examplol", "Placebo"]
    assert "Breastfeeding at 3 Months" in share["outcome"]
    assert share["significant"] is False


def test_a_plain_text_table_under_a_numbered_outcome() -> None:
    c = the_comparison(_comparisons("registry.txt", PLAIN), [55.0, 73.2])
    assert c["arms"] == ["Morning dose", "Evening dose"]
    assert c["outcome"] == "Full Return of Milk Supply by Day 5"
    assert c["significant"] is False and c["p_value"] == 0.11
