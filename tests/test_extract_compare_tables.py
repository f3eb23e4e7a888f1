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


# A registry's plain-text results: ruled tables whose header has no cell over the row labels,
# the unit on its own line above, each later table under a header the page repeats, and the
# analyses under each table naming the arms they compare.
RULED = """Outcome Measures

1. Primary Outcome
Title: Daily Pumped Milk Output
Time Frame: Week 1 and Week 3 of treatment
Unit of Measure: mL per 24 hours, Mean (Standard Deviation)
------------------------------------------------------------
                          | Examplol | Otherol | Placebo
Number Analyzed           |    25    |   24    |   26
Week 1                    | 205 (80) | 198 (77) | 176 (70)
Week 3                    | 344 (98) | 301 (91) | 230 (85)
------------------------------------------------------------
Statistical Analysis 1
  Comparison Group Selection: Examplol, Otherol, Placebo
  Comments: Week 3 outputs
  P-Value: 0.004
Statistical Analysis 2
  Comparison Group Selection: Examplol, Placebo
  Comments: Week 3 outputs
  P-Value: <0.001

2. Secondary Outcome
Title: Mothers Exclusively Breastfeeding at Week 6
Time Frame: Week 6
Unit of Measure: Count of Participants (%)
------------------------------------------------------------
                          | Examplol | Otherol | Placebo
Number Analyzed           |    25    |   24    |   26
Count of Participants     | 15 (60.0%) | 12 (50.0%) | 9 (34.6%)
------------------------------------------------------------
Statistical Analysis 1
  Comparison Group Selection: Otherol, Placebo
  Method: Chi-squared
  P-Value: 0.27
"""


def test_a_ruled_registry_table_takes_its_title_unit_and_analyses() -> None:
    tables = extract_tables("results.txt", RULED)
    comparisons = tables["comparisons"]
    early = the_comparison(comparisons, [205.0, 198.0, 176.0])
    assert early["arms"] == ["Examplol", "Otherol", "Placebo"]
    assert early["outcome"] == "Daily Pumped Milk Output at Week 1"  # the row's time
    assert early["significant"] is None  # the analyses are of week 3
    late = the_comparison(comparisons, [344.0, 301.0, 230.0])
    assert late["outcome"] == "Daily Pumped Milk Output at Week 3"
    assert (late["significant"], late["p_value"]) == (True, 0.004)
    pair = the_comparison(comparisons, [344.0, 230.0])
    assert pair["arms"] == ["Examplol", "Placebo"]
    assert (pair["p_value"], pair["p_qualifier"]) == (0.001, "<")
    # only a pair is tested for the shares: the pair is the comparison, counts are groups
    shares = the_comparison(comparisons, [50.0, 34.6])
    assert shares["arms"] == ["Otherol", "Placebo"] and shares["significant"] is False
    assert not [c for c in comparisons if list(c["values"]) == [60.0, 50.0, 34.6]]
    assert {25, 24, 26, 15, 12, 9} <= {p["n"] for p in tables["populations"]}
    assert 25.0 not in {m["value"] for m in tables["measurements"]}  # a count, no volume


def test_a_row_of_each_arms_own_drug_is_not_compared() -> None:
    text = RULED + (
        "\n3. Secondary Outcome\nTitle: Study Drug Concentration in Milk\nTime Frame: Week 3\n"
        "Unit of Measure: ng/mL, Mean (Standard Deviation)\n"
        "------------------------------------------------------------\n"
        "                          | Examplol | Otherol | Placebo\n"
        "Number Analyzed           |    25    |   24    |   --\n"
        "Drug concentration in milk | 2.0 (1.0) | 30.5 (9.9) | --\n"
        "------------------------------------------------------------\n"
    )
    tables = extract_tables("results.txt", text)
    assert {2.0, 30.5} <= {m["value"] for m in tables["measurements"]}
    assert not [c for c in tables["comparisons"] if 30.5 in list(c["values"])]


# A registry's results in Markdown, the next outcome's table under the same header (dropped as a
# repeat), its analyses naming the arms as "Comparison Groups".
MARKDOWN_REPEATED = """Examplol for Low Milk Supply (EXAMPLE-1): Study Results

Primary Outcome
Title: Daily Milk Volume at Day 10
Unit of Measure: mL/day

| Arm/Group Title | Examplol | Placebo |
|---|---|---|
| Overall Number of Participants Analyzed | 30 | 29 |
| Mean (Standard Deviation) | 512 (140) | 431 (150) |

Statistical Analysis 1
Comparison Groups: Examplol, Placebo
P-Value: 0.03

Secondary Outcome
Title: Infants With Sedation
Unit of Measure: percentage of participants

| Arm/Group Title | Examplol | Placebo |
|---|---|---|
| Overall Number of Participants Analyzed | 30 | 29 |
| Percentage of participants | 6.7 | 3.4 |

Statistical Analysis 1
Comparison Groups: Examplol, Placebo
P-Value: 0.61
"""


def test_a_table_under_a_repeated_header_keeps_its_columns() -> None:
    comparisons = _comparisons("results.md", MARKDOWN_REPEATED)
    volume = the_comparison(comparisons, [512.0, 431.0])
    assert (volume["outcome"], volume["p_value"]) == ("Daily Milk Volume at Day 10", 0.03)
    sedation = the_comparison(comparisons, [6.7, 3.4])
    assert sedation["arms"] == ["Examplol", "Placebo"]
    assert sedation["outcome"] == "Infants With Sedation"
    assert (sedation["significant"], sedation["p_value"]) == (False, 0.61)


DIGEST = """# Reading list: an antibiotic after caesarean birth

| Outcome | Cefalotrin | Placebo | Odds ratio (95% CI) | P |
|---|---|---|---|---|
| Wound infection by day 30 | 3.1% | 7.4% | OR 0.41 (0.22-0.77) | 0.006 |
| Infant rash by day 30 | 6.0% | 5.2% | OR 1.16 (0.61-2.20) | 0.64 |
"""

REPEATED_UNDER_TITLES = """# Examplol for mothers of preterm infants: registry results

### 1. Primary: 24-hour milk volume at day 10

| | Examplol (n=40) | Placebo (n=39) |
|---|---|---|
| Mean (SD), mL | 512 (140) | 431 (128) |

Statistical analysis: t-test, P-value 0.01

### 2. Secondary: Serum prolactin at day 10

| | Examplol (n=40) | Placebo (n=39) |
|---|---|---|
| Mean (SD), ng/mL | 141.2 (50.3) | 96.4 (41.0) |

Statistical analysis: t-test, P-value 0.002

### 3. Secondary: Breastfeeding at 3 months

| | Examplol (n=40) | Placebo (n=39) |
|---|---|---|
| Participants, count (%) | 30 (75.0%) | 25 (64.1%) |

Statistical analysis: chi-squared, P-value 0.29

## Adverse events

| Adverse event | Examplol (n=40) | Placebo (n=39) |
|---|---|---|
| Dry mouth | 7 (17.5%) | 2 (5.1%) |
"""


def test_a_row_of_cells_with_their_own_units_compares_the_arm_columns() -> None:
    """Cells that carry their unit ("3.1%") under columns named for the arms: the row is one
    comparison, its label the outcome and its P column the verdict; the effect-estimate
    column is no arm."""
    comparisons = _comparisons("digest.md", DIGEST)
    infection = the_comparison(comparisons, [3.1, 7.4])
    assert infection["arms"] == ["Cefalotrin", "Placebo"]
    assert infection["outcome"] == "Wound infection by day 30"
    assert (infection["significant"], infection["p_value"]) == (True, 0.006)
    rash = the_comparison(comparisons, [6.0, 5.2])
    assert (rash["significant"], rash["p_value"]) == (False, 0.64)


def test_rows_under_titles_whose_repeated_header_was_dropped() -> None:
    """A page repeats "| | Examplol (n=40) | Placebo (n=39) |" over each outcome (and the
    reader keeps it once): a row of results right under the next title is no header, and a
    row of counts with their shares ("30 (75.0%)") compares the shares."""
    comparisons = _comparisons("registry.md", REPEATED_UNDER_TITLES)
    prolactin = the_comparison(comparisons, [141.2, 96.4])
    assert prolactin["arms"] == ["Examplol", "Placebo"]
    assert "prolactin" in prolactin["outcome"].lower()
    assert (prolactin["significant"], prolactin["p_value"]) == (True, 0.002)
    feeding = the_comparison(comparisons, [75.0, 64.1])
    assert feeding["arms"] == ["Examplol", "Placebo"]
    assert (feeding["significant"], feeding["p_value"]) == (False, 0.29)
    dry = the_comparison(comparisons, [17.5, 5.1])
    assert (dry["arms"], dry["outcome"]) == (["Examplol", "Placebo"], "Dry mouth")


TIMES_TESTED = """# Examplol for low milk supply: registry results

### 1. Primary: Daily pumped milk volume

Time frame: baseline, day 5 and day 10. Unit of measure: mL/day, mean (SD).

| Time point | Examplol (n=30) | Placebo (n=31) |
|---|---|---|
| Baseline | 290 (90) | 301 (95) |
| Day 5 | 388 (110) | 342 (104) |
| Day 10 | 441 (120) | 350 (101) |

**Statistical analysis 1.** Comparison groups: Examplol, Placebo. Method: ANCOVA.

- Baseline: P-value 0.64
- Day 5: P-value 0.10
- Day 10: mean difference 91 mL/day (95% CI 30 to 152); P-value 0.003
"""


def test_an_analysis_that_gives_each_time_point_its_own_p_value() -> None:
    """An analysis listing a p-value per row label ("- Day 10: ...; P-value 0.003") gives each
    row of the table its own verdict."""
    comparisons = _comparisons("times.md", TIMES_TESTED)
    assert the_comparison(comparisons, [290.0, 301.0])["p_value"] == 0.64
    day5 = the_comparison(comparisons, [388.0, 342.0])
    assert (day5["significant"], day5["p_value"]) == (False, 0.10)
    day10 = the_comparison(comparisons, [441.0, 350.0])
    assert (day10["significant"], day10["p_value"]) == (True, 0.003)


UNNAMED_ANALYSES = """Examplol after Caesarean Delivery (EXAMPLE-7): Results

1. Secondary Outcome
Title: 24-Hour Expressed Milk Volume
Time Frame: Day 2 and Day 4
                                        Examplol      Placebo
Number of Participants Analyzed             38           39
Mean (Standard Deviation), Unit of Measure: mL
Day 2                                   212 (88)      236 (91)
Day 4                                   405 (102)     398 (110)
Statistical Analysis 1 (Day 2)
P-Value: 0.24
Method: ANCOVA
Statistical Analysis 2 (Day 4)
P-Value: 0.77
Method: ANCOVA

2. Secondary Outcome
Title: Percentage of Participants Needing Formula Top-ups
Time Frame: Days 1 to 4
                                        Examplol      Placebo
Number of Participants Analyzed             38           39
Unit of Measure: percentage of participants
                                           10.5         28.2
Statistical Analysis 1
P-Value: 0.048
Method: Fisher Exact
"""


def test_analyses_that_name_no_groups_test_the_two_arms() -> None:
    comparisons = _comparisons("results.txt", UNNAMED_ANALYSES)
    assert the_comparison(comparisons, [212.0, 236.0])["p_value"] == 0.24
    assert the_comparison(comparisons, [405.0, 398.0])["p_value"] == 0.77
    top_ups = the_comparison(comparisons, [10.5, 28.2])
    assert (top_ups["significant"], top_ups["p_value"]) == (True, 0.048)


REGISTRY_MARKDOWN = "\n".join(
    [
        "# Examplol After Stillbirth: Results (an invented registry record)",
        "",
        "#### 1. Primary Outcome: Serum Prolactin at Day 5",
        "",
        "| Arm/Group Title | Examplol 1 mg | Examplol 2 mg | Placebo |",
        "|---|---|---|---|",
        "| Serum prolactin, ng/mL. Measure Type: Mean (95% Confidence Interval) "
        "| 21.4 (15.0 to 27.8) | 12.6 (9.1 to 16.1) | 74.0 (61.2 to 86.8) |",
        "",
        "Statistical Analysis 1. Comparison Group Selection: Examplol 1 mg, Placebo. Type of "
        "Statistical Test: Superiority. P-Value: <0.001. Method: ANCOVA.",
        "",
        "Statistical Analysis 2. Comparison Group Selection: Examplol 1 mg, Examplol 2 mg. Type "
        "of Statistical Test: Superiority. P-Value: 0.02. Method: ANCOVA.",
        "",
        "#### 2. Secondary Outcome: Percent Decrease in Serum Prolactin From Baseline to Day 5",
        "",
        "| Arm/Group Title | Examplol 1 mg | Examplol 2 mg | Placebo |",
        "|---|---|---|---|",
        "| Percent decrease. Measure Type: Mean (Standard Deviation) | 71.2 (11.0) | 84.5 (7.3) "
        "| 22.8 (18.4) |",
        "",
        "Statistical Analysis 1. Comparison Group Selection: Examplol 1 mg, Examplol 2 mg, "
        "Placebo. P-Value: <0.001. Method: ANOVA.",
        "",
    ]
)


def test_a_row_label_with_its_unit_before_a_period_and_the_groups_each_analysis_names() -> None:
    tables = extract_tables("registry.md", REGISTRY_MARKDOWN)
    comparisons = tables["comparisons"]
    first = the_comparison(comparisons, [21.4, 74.0])
    assert first["arms"] == ["Examplol 1 mg", "Placebo"]
    assert (first["p_value"], first["p_qualifier"], first["significant"]) == (0.001, "<", True)
    doses = the_comparison(comparisons, [21.4, 12.6])
    assert (doses["p_value"], doses["significant"]) == (0.02, True)
    levels = {m["value"]: m for m in tables["measurements"]}
    assert levels[12.6]["unit"] == "ng/mL" and levels[12.6]["matrix"] == "maternal_blood"


def test_a_percent_decrease_row_holds_changes() -> None:
    tables = extract_tables("registry.md", REGISTRY_MARKDOWN)
    levels = {m["value"]: m for m in tables["measurements"]}
    assert [levels[v]["kind"] for v in (71.2, 84.5, 22.8)] == ["change"] * 3
    # the label names only the statistic: the outcome's heading says what changed
    assert levels[71.2]["analyte"] == "prolactin"
    assert levels[71.2]["measure"].startswith("Percent Decrease in Serum Prolactin")
    row = the_comparison(tables["comparisons"], [71.2, 84.5, 22.8])
    assert row["arms"] == ["Examplol 1 mg", "Examplol 2 mg", "Placebo"]


# A drug page's table whose rows are the dose groups and whose columns are results; written for
# these tests, with a note under the table that gives two columns' verdicts.
DOSE_ROWS = """<html><body><h1>Examplone</h1>
<h2>Breastfeeding</h2>
<p>Eighteen nursing mothers taking examplone gave milk and plasma samples over one dosing
interval. Milk levels rose with the dose (Table 2), and the relative infant dose (RID) was under
1%.</p>
<table>
<caption>Table 2. Examplone in milk by maternal dose</caption>
<thead><tr><th>Maternal dose</th><th>Mothers (n)</th><th>Peak milk examplone, ng/mL (mean)</th>
<th>Milk/plasma ratio</th><th>RID (%)</th></tr></thead>
<tbody>
<tr><td>20 mg once daily</td><td>5</td><td>14.2</td><td>0.62</td><td>0.8</td></tr>
<tr><td>40 mg once daily</td><td>7</td><td>30.5</td><td>0.58</td><td>0.9</td></tr>
<tr><td>80 mg once daily</td><td>6</td><td>57.1</td><td>0.66</td><td>0.8</td></tr>
</tbody>
<tfoot><tr><td colspan="5">Peak milk examplone rose across the doses (P for trend &lt; 0.001);
milk/plasma ratios did not differ (P = 0.48).</td></tr></tfoot>
</table>
</body></html>
"""


def test_a_column_of_results_down_rows_of_doses_is_one_comparison() -> None:
    tables = extract_tables("examplone.html", DOSE_ROWS)
    comparisons = tables["comparisons"]
    arms = ["20 mg once daily", "40 mg once daily", "80 mg once daily"]
    peak = the_comparison(comparisons, [14.2, 30.5, 57.1])
    assert peak["arms"] == arms and peak["outcome"] == "Peak milk examplone"
    assert (peak["significant"], peak["p_value"], peak["p_qualifier"]) == (True, 0.001, "<")
    ratio = the_comparison(comparisons, [0.62, 0.58, 0.66])
    assert (ratio["significant"], ratio["p_value"]) == (False, 0.48)
    rid = the_comparison(comparisons, [0.8, 0.9, 0.8])
    assert rid["significant"] is None and rid["outcome"] == "relative infant dose"
    # the header's unit after a comma, and no metabolite passed from one column to the next
    peaks = [m for m in tables["measurements"] if m["value"] == 14.2]
    assert [(m["unit"], m["matrix"], m["analyte"]) for m in peaks] == [("ng/mL", "milk", None)]


def test_rows_of_times_are_no_arms_and_a_bare_header_takes_the_tables_introduction() -> None:
    text = (
        "Examplone Levels and Effects while Breastfeeding\n\nMaternal Levels.\n\n"
        "Twelve mothers took examplone 10, 20 or 40 mg daily. Individual milk levels on day 5 "
        "(mcg/L) were:[2]\nDose group    Trough    3 hours\n10 mg          11        19\n"
        "20 mg          23        41\n40 mg          45        80\n\n"
        "One mother's milk levels (mcg/L) over a dosing interval were:[3]\n"
        "Time    Milk    Plasma\n1 hour    12    30\n4 hours    18    35\n8 hours    9    21\n"
    )
    comparisons = extract_tables("examplone.txt", text)["comparisons"]
    trough = the_comparison(comparisons, [11.0, 23.0, 45.0])
    assert trough["arms"] == ["10 mg", "20 mg", "40 mg"]
    assert trough["outcome"] == "Trough: individual milk levels on day 5"
    assert not [c for c in comparisons if 12.0 in c["values"] or 18.0 in c["values"]]


def test_a_key_value_analysis_table_between_outcomes_is_no_header_of_the_next() -> None:
    text = (
        "# Examplol for smoking cessation while breastfeeding\n\n### Participant Flow\n\n"
        "| | Examplol | Placebo |\n|---|---|---|\n| STARTED | 40 | 41 |\n\n"
        "#### 1. Primary Outcome: Abstinence at Week 12\n\n"
        "| Arm/Group Title | Examplol | Placebo |\n|---|---|---|\n"
        "| Overall Number of Participants Analyzed | 40 | 41 |\n"
        "| Count of Participants (Percentage) | 14 (35.0%) | 6 (14.6%) |\n\n"
        "Statistical Analysis 1\n\n| Comparison Group Selection | Examplol, Placebo |\n|---|---|\n"
        "| P-Value | 0.031 |\n| Estimation Comments | Percentage points, examplol minus placebo "
        "|\n\n"
        "#### 2. Secondary Outcome: Any Breastfeeding at Week 12\n\n"
        "| Arm/Group Title | Examplol | Placebo |\n|---|---|---|\n"
        "| Overall Number of Participants Analyzed | 40 | 41 |\n"
        "| Count of Participants (Percentage) | 31 (77.5%) | 30 (73.2%) |\n"
    )
    comparisons = extract_tables("registry.md", text)["comparisons"]
    assert the_comparison(comparisons, [77.5, 73.2])["arms"] == ["Examplol", "Placebo"]
    assert the_comparison(comparisons, [35.0, 14.6])["p_value"] == 0.031  # "| P-Value | 0.031 |"


# A registry's results page as a drug site copies it: each outcome's title in a key-value table
# ("Title | ...", "Time Frame | ..."), then the arms' table, whose header the page repeats for
# every outcome, and counts with their shares on two lines of one cell.
REGISTRY_HTML = (
    "<html><body><main><h1>Examplotron after caesarean: results</h1>"
    "<p>Women were randomized to examplotron 2 mg or placebo, and each outcome below compares "
    "the two arms of the trial as posted by the sponsor.</p>"
    "<h2>Participant Flow</h2><table><tr><th>Arm/Group Title</th><th>Examplotron</th>"
    "<th>Placebo</th></tr><tr><th>STARTED</th><td>50</td><td>49</td></tr></table>"
    "<h2>Outcome Measures</h2>"
    "<table><tr><th>Title</th><td>Number of Women With Vomiting in the First Day</td></tr>"
    "<tr><th>Time Frame</th><td>From delivery to 24 hours after delivery</td></tr></table>"
    "<table><tr><th>Arm/Group Title</th><th>Examplotron</th><th>Placebo</th></tr>"
    "<tr><th>Overall Number of Participants Analyzed</th><td>48</td><td>47</td></tr>"
    "<tr><th>Measure Type: Count of Participants<br>Unit of Measure: Participants</th>"
    "<td>7<br>14.6%</td><td>19<br>40.4%</td></tr></table>"
    "<table><tr><th>Title</th><td>Exclusive Breastfeeding at Discharge</td></tr>"
    "<tr><th>Time Frame</th><td>Day of discharge</td></tr></table>"
    "<table><tr><th>Arm/Group Title</th><th>Examplotron</th><th>Placebo</th></tr>"
    "<tr><th>Overall Number of Participants Analyzed</th><td>48</td><td>47</td></tr>"
    "<tr><th>Measure Type: Count of Participants<br>Unit of Measure: Participants</th>"
    "<td>39<br>81.3%</td><td>36<br>76.6%</td></tr></table></main></body></html>"
)


def test_a_registry_page_s_repeated_arms_table_under_each_outcome_s_title() -> None:
    comparisons = extract_tables("registry.html", REGISTRY_HTML)["comparisons"]
    vomiting = the_comparison(comparisons, [14.6, 40.4])
    assert vomiting["arms"] == ["Examplotron", "Placebo"]
    assert vomiting["outcome"] == "Number of Women With Vomiting in the First Day"
    discharge = the_comparison(comparisons, [81.3, 76.6])
    assert discharge["arms"] == ["Examplotron", "Placebo"]
    assert discharge["outcome"] == "Exclusive Breastfeeding at Discharge"
