"""A trial registry's results as a print view lays them out in plain text: each table's arm
names on a line of their own over a blank label column, a row's label begun on the line above
its values ("Overall Number of Participants" / "Analyzed   30   31"), and each outcome's unit in
a "Unit of Measure:" field above a table whose arm names the page does not repeat. The record
is written here, in a layout of our own (examplol: a made-up drug)."""

from __future__ import annotations

from extraction import extract_tables

RECORD = """Results Record: NCT00000000
Examplol for Low Milk Supply After Preterm Birth

PARTICIPANT FLOW
                                        Examplol          Placebo
STARTED                                   32                33
COMPLETED                                 30                31

OUTCOME MEASURES
1. Primary Outcome
Title:            Daily Pumped Milk Volume
Time Frame:       Day 7 and day 14
Measure Type:     Mean (Standard Deviation)
Unit of Measure:  mL

                                        Examplol          Placebo
Overall Number of Participants
Analyzed                                  29                31
  Day 7                                 352 (96)          318 (101)
  Day 14                                540 (122)         461 (130)

Statistical Analysis 1
  Comparison Group Selection:       Examplol, Placebo
  Comments:                         Day-14 volume, adjusted for day-7 volume.
  P-Value:                          0.021
  Method:                           ANCOVA

2. Secondary Outcome
Title:            Maternal Serum Prolactin
Time Frame:       Day 14
Measure Type:     Mean (Standard Deviation)
Unit of Measure:  ng/mL

                                        Examplol          Placebo
Overall Number of Participants
Analyzed                                  30                31
  Baseline                              92.0 (35.1)       95.5 (38.8)
  Day 14                                188.4 (61.0)      97.2 (40.3)

Statistical Analysis 1
  Comparison Group Selection:       Examplol, Placebo
  P-Value:                          <0.001
  Method:                           ANCOVA
"""


def test_each_row_of_a_print_view_is_compared_between_the_arms_in_its_outcomes_unit() -> None:
    comparisons = {
        tuple(c["values"]): (c["unit"], list(c["arms"] or []))
        for c in extract_tables("record.txt", RECORD)["comparisons"]
    }
    arms = ["Examplol", "Placebo"]
    assert comparisons[(352.0, 318.0)] == ("mL", arms)
    assert comparisons[(540.0, 461.0)] == ("mL", arms)
    assert comparisons[(188.4, 97.2)] == ("ng/mL", arms)


def test_an_analysis_under_a_table_gives_its_p_value_to_the_rows_after_treatment() -> None:
    by_values = {tuple(c["values"]): c for c in extract_tables("record.txt", RECORD)["comparisons"]}
    day14 = by_values[(540.0, 461.0)]
    assert (day14["significant"], day14["p_value"]) == (True, 0.021)
    assert day14["outcome"] == "Daily Pumped Milk Volume at Day 14"
    prolactin = by_values[(188.4, 97.2)]
    assert (prolactin["p_value"], prolactin["p_qualifier"]) == (0.001, "<")
    before = by_values[(92.0, 95.5)]  # the values before treatment are not what was tested
    assert before["p_value"] is None and before["outcome"] == "Maternal Serum Prolactin at Baseline"


def test_a_label_begun_on_the_line_above_counts_the_arms_analyzed() -> None:
    tables = extract_tables("record.txt", RECORD)
    counts = {p["n"] for p in tables["populations"]}
    assert 29 in counts  # not only the flow's 32, 33, 30 and 31
    rows = {s["text"] for s in tables["sentences"]}
    assert "Overall Number of Participants Analyzed | 29 | 31" in rows  # one label, one row


# The flow's header repeated over an outcome's table (the page drops it as a repeat), after the
# flow's reasons under a line of their own and a baseline table with a total column; an adverse
# events part after the outcomes.
REPEATED = """Results Record: NCT00000001
Examplol Ring Versus Copper IUD in Breastfeeding Women

PARTICIPANT FLOW
                                Examplol Ring    Copper IUD
Started                                 60              58
Completed                               55              54
Not Completed                            5               4

Reason Not Completed
  Lost to Follow-up                      3               2
  Withdrawal by Subject                  2               2

BASELINE CHARACTERISTICS
                                Examplol Ring    Copper IUD    Total
Overall Number of Baseline
Participants                            60              58          118
Age, Continuous
  [Units: years]
  Mean (Standard Deviation)          29.1 (5.0)      28.7 (5.4)   28.9 (5.2)

OUTCOME MEASURES
1. Primary Outcome
Title: Infant Weight Gain From Enrollment to 12 Weeks
Time Frame: 12 weeks
                                Examplol Ring    Copper IUD
Overall Number of Participants
Analyzed                                55              54
Measure Type: Mean (Standard Deviation)
  [Units: grams]                 1650 (390)      1602 (410)

Statistical Analysis 1
  Comparison Group Selection: Examplol Ring, Copper IUD
  P-Value: 0.53

-- Adverse Events --
                                Examplol Ring    Copper IUD
  Headache                        12.7%           10.3%
"""


def test_an_outcome_under_the_flows_repeated_header_keeps_its_arms() -> None:
    comparisons = extract_tables("record.txt", REPEATED)["comparisons"]
    weight = next(c for c in comparisons if list(c["values"]) == [1650.0, 1602.0])
    assert list(weight["arms"]) == ["Examplol Ring", "Copper IUD"]
    assert (weight["significant"], weight["p_value"]) == (False, 0.53)


def test_a_row_after_the_adverse_events_heading_takes_no_outcomes_title() -> None:
    from pipeline.extract.registry_results import title_above
    from pipeline.extract.rules import get_rules

    before_events = REPEATED[: REPEATED.index("-- Adverse Events --")]
    before_headache = REPEATED[: REPEATED.index("  Headache")]
    rules = get_rules()
    assert title_above(before_events, rules) == "Infant Weight Gain From Enrollment to 12 Weeks"
    assert title_above(before_headache, rules) is None
