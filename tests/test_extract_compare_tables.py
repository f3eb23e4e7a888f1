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


# A registry's results as plain text: the arms' header has a blank first cell, the unit stands
# on its own line above a border of dashes, and every outcome's table repeats the same header,
# which ingest drops as a repeated line after its first time.
BORDERED = """Study Record | Results

Participant Flow
------------------------------------------------------------
                          | Herbal tea | Water
STARTED                   |     22     |   21
COMPLETED                 |     20     |   21
------------------------------------------------------------

Outcome Measures

1. Primary Outcome
Title: Infant Weight Gain
Time Frame: Birth to week 4
Unit of Measure: g/day, Mean (Standard Deviation)
------------------------------------------------------------
                          | Herbal tea | Water
Number Analyzed           |     20     |   21
Week 2                    |  31 (9)    |  27 (8)
Week 4                    |  35 (10)   |  29 (9)
------------------------------------------------------------

2. Secondary Outcome
Title: Maternal Serum Prolactin on Day 10
Time Frame: Day 10, before a feed
Unit of Measure: ng/mL, Median (Inter-Quartile Range)
------------------------------------------------------------
                          | Herbal tea | Water
Number Analyzed           |     19     |   20
Prolactin                 | 96 (71 to 130) | 88 (60 to 121)
------------------------------------------------------------

3. Secondary Outcome
Title: Daily Milk Volume on Day 10
Time Frame: Day 10
Unit of Measure: mL, Mean (Standard Deviation)
------------------------------------------------------------
                          | Herbal tea | Water
Number Analyzed           |     19     |   20
Day 10                    |  412 (120) | 398 (131)
------------------------------------------------------------
"""


def test_a_bordered_registry_table_under_its_unit_of_measure() -> None:
    tables = extract_tables("results.txt", BORDERED)
    volume = the_comparison(tables["comparisons"], [412.0, 398.0])
    assert volume["arms"] == ["Herbal tea", "Water"]
    assert volume["outcome"] == "Daily Milk Volume on Day 10"
    # A median with its interquartile range is one value per arm, in the unit of its table.
    prolactin = the_comparison(tables["comparisons"], [96.0, 88.0])
    assert prolactin["outcome"] == "Maternal Serum Prolactin on Day 10"
    units = {m["value"]: m["unit"] for m in tables["measurements"]}
    assert units[96.0] == units[88.0] == "ng/mL" and units[412.0] == "mL"
    assert 71.0 not in units and 130.0 not in units
