"""Links in a trial registry's results record, which tells one trial over its parts: the arms
and their interventions, the participant flow, each outcome's table and analysis, the adverse
events. The record is one statement, so a value in an outcome's table keeps the dose its arm's
intervention names and the count its column (or the table's count row) gives. Also: a
difference between arms links to no one, a dose per tablet gives way to the daily total named
with it, and a starting dose each mother's need may change is no one dose. The documents are
written here, in wordings of our own."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from extraction import extract_tables, link_table, linked, run_documents

RECORD = (
    "# Examplol Tablets for Low Milk Supply (EXAMILK)\n\n"
    "**Study type:** Interventional | **Allocation:** Randomized\n\n"
    "## Arms and Interventions\n\n"
    "| Arm | Intervention |\n|---|---|\n"
    "| Experimental: Examplol | Drug: examplol, 250 mg per tablet (1,000 mg per day), for 21 "
    "days |\n"
    "| Placebo Comparator: Placebo | Matching tablets, four a day, for 21 days |\n\n"
    "## Participant Flow\n\n"
    "Sixty-eight mothers were enrolled: 34 were allocated to examplol and 34 to placebo. "
    "Thirty and 31 of them, respectively, finished treatment.\n\n"
    "## Outcome Measures\n\n"
    "### 1. Primary: Pumped milk volume on day 21\n\n"
    "| | Examplol (n=30) | Placebo (n=31) |\n|---|---|---|\n"
    "| Mean (SD), mL/day | 512 (140) | 436 (151) |\n\n"
    "Statistical analysis: mean difference (adjusted) 76 mL/day, 95% CI 5 to 147; "
    "P-value 0.036\n\n"
    "### 2. Secondary: Any breastfeeding at 3 months\n\n"
    "| | Examplol | Placebo |\n|---|---|---|\n"
    "| Number of Participants Analyzed | 29 | 28 |\n"
    "| Percentage of participants | 82.8 | 71.4 |\n\n"
    "Statistical analysis: chi-squared, P-value 0.31\n\n"
    "### 3. Secondary: Infant weight gain to day 21\n\n"
    "| | Examplol | Placebo |\n|---|---|---|\n"
    "| Mean (SD), g | 655 (170) | 618 (182) |\n\n"
    "## Adverse Events\n\n"
    "Headache: 12% vs 7%.\n"
)

# The same arms in paragraphs, each naming the same medicine given with its arm's drug.
ARM_PARAGRAPHS = (
    "ClinicalTrials.gov | Study Results\n"
    "Examplol Versus Otherol for Pain After Birth\n\n"
    "PARTICIPANT FLOW\n\n"
    "Examplol: participants took examplol 10 mg every 8 hours, plus paracetamol 500 mg every "
    "6 hours.\n\n"
    "Otherol: participants took otherol 200 mg every 8 hours, plus paracetamol 500 mg every "
    "6 hours.\n\n"
    "OUTCOME MEASURES\n\n"
    "Overall Number of Participants Analyzed: 40 | 41\n"
    "Unit of Measure: ng/mL\n"
    "  Examplol: 12.5   Otherol: 9.1\n\n"
    "ADVERSE EVENTS\n\n"
    "No serious adverse events.\n"
)

DOCUMENTS = {
    "examilk_registry.md": RECORD,
    "flexible.txt": (
        "Examplol for postnatal low mood\n\n"
        "We randomly assigned 80 nursing mothers to examplol 5 mg once daily (raised to 10 mg "
        "after one week if needed) or placebo for 6 weeks. Milk examplol averaged 14 ng/mL at "
        "week 6, and mood scores improved more with examplol.\n"
    ),
}


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return run_documents(tmp_path_factory, DOCUMENTS)


@pytest.fixture(scope="module")
def links(out: Path) -> pd.DataFrame:
    return link_table(out)


def test_a_registry_record_is_one_statement(out: Path) -> None:
    statements = pd.read_parquet(out / "statements.parquet")
    documents = pd.read_parquet(out / "documents.parquet")
    record = documents.loc[documents.source_path == "examilk_registry.md", "doc_id"].iloc[0]
    assert (statements.doc_id == record).sum() == 1


def test_an_outcome_table_s_values_follow_their_arm_s_intervention(links: pd.DataFrame) -> None:
    """The examplol column's values follow what the examplol arm took each day (1,000 mg, not
    the 250 mg a tablet holds); the placebo column's follow no dose."""
    assert linked(links, 512)[0] == 1000
    assert linked(links, 82.8)[0] == 1000
    assert linked(links, 436)[0] is None


def test_a_column_heading_s_count_is_the_group_counted_in_the_flow(links: pd.DataFrame) -> None:
    """ "Examplol (n=30)": the 30 who finished, counted in the flow without the arm's name."""
    assert linked(links, 512)[1] == 30
    assert linked(links, 436)[1] == 31


def test_a_table_s_count_row_counts_the_values_under_it(links: pd.DataFrame) -> None:
    """ "Number of Participants Analyzed | 29 | 28" counts the rows under it; a later outcome
    table with no count row of its own is of those last analysed."""
    assert linked(links, 82.8)[1] == 29
    assert linked(links, 71.4)[1] == 28
    assert linked(links, 655)[1] == 29
    assert linked(links, 618)[1] == 28


def test_a_difference_between_arms_links_to_no_one(links: pd.DataFrame) -> None:
    assert linked(links, 76) == (None, None)


def test_a_sentence_s_values_are_not_of_a_table_s_count(links: pd.DataFrame) -> None:
    """The adverse events' "12% vs 7%" are of each arm as allocated (34 and 34), not of those
    an outcome table counted (30, 29): the tables' counts are of their own cells."""
    assert linked(links, 12)[1] == 34
    assert linked(links, 7)[1] == 34


def test_a_starting_dose_each_mother_may_change_is_no_one_dose(links: pd.DataFrame) -> None:
    assert linked(links, 14)[0] is None


def test_each_arm_s_paragraph_keeps_its_own_co_medication() -> None:
    """Every arm's paragraph names the paracetamol its mothers also took: a dose of each arm,
    not one dose named again."""
    tables = extract_tables("arms_registry.txt", ARM_PARAGRAPHS)
    amounts = sorted(d["amount"] for d in tables["doses"])
    assert amounts == [10, 200, 500, 500]


# A plain-text results page of a registry, as its print view is copied: columns aligned by
# spaces, and an outcome measured in one arm printed as a field line and a value alone.
PLAIN_RECORD = """Examplide for Blood Pressure After Delivery in Nursing Mothers

Arms and Interventions
Examplide: Participants took examplide 40 mg by mouth once daily for 7 days.
Placebo: Participants took a matching placebo once daily for 7 days.

Participant Flow
                        Examplide     Placebo
STARTED                     41           42
COMPLETED                   38           40

Outcome Measures

1. Primary Outcome
Title: Systolic Blood Pressure at Day 7
                                        Examplide     Placebo
Number of Participants Analyzed             38           40
Mean (Standard Deviation), Unit of Measure: mm Hg
                                        131 (9)       138 (11)

2. Secondary Outcome
Title: Examplide in Breast Milk at Day 7
Description: Milk collected 3 hours after the morning dose, examplide arm only.
Number of Participants Analyzed: 12
Median (Full Range), Unit of Measure: ng/mL
                                        27 (9 to 64)

3. Secondary Outcome
Title: Milk-to-Serum Ratio of Examplide
Number of Participants Analyzed: 12
Median (Full Range), Unit of Measure: ratio
                                        0.31 (0.12 to 0.58)
"""


def test_a_plain_text_registrys_one_arm_outcome_keeps_its_values_and_count() -> None:
    tables = extract_tables("examplide_results.txt", PLAIN_RECORD)
    milk = {(m["value"], m["value_high"]): m for m in tables["measurements"]}
    groups = {p["item_id"]: p["n"] for p in tables["populations"]}
    for key in [(27.0, None), (9.0, 64.0), (0.31, None), (0.12, 0.58)]:
        assert key in milk, (key, sorted(milk, key=str))
        assert groups.get(milk[key]["population_item_id"]) == 12
    assert milk[(27.0, None)]["matrix"] == "milk"
    assert milk[(27.0, None)]["unit"] == "ng/mL"
    assert milk[(0.31, None)]["kind"] == "milk_plasma_ratio"


def test_a_print_views_long_row_label_in_brackets_is_a_count_row() -> None:
    text = (
        "Examplide for Smoking Cessation While Breastfeeding\n\n"
        "Participant Flow\n"
        "  Arm/Group Title                    Examplide       Placebo\n"
        "    STARTED                             41              40\n\n"
        "Outcome Measures\n\n"
        "1. Primary Outcome\n"
        "  Title: Continuous Abstinence at Week 12\n"
        "    Arm/Group Title                                     Examplide       Placebo\n"
        "    Number of Participants Analyzed [units: participants]   38              37\n"
        "    Measure Type: Count of Participants\n"
        "    Unit of Measure: Participants\n"
        "                                                        13 (34.2%)      6 (16.2%)\n"
    )
    tables = extract_tables("examplide_print_view.txt", text)
    rows = [s["text"] for s in tables["sentences"] if s["block"] == "table_row"]
    assert "Number of Participants Analyzed [units: participants] | 38 | 37" in rows
    assert {38, 37} <= {p["n"] for p in tables["populations"]}


def test_a_row_naming_its_statistic_and_unit_reports_the_outcome_its_title_names() -> None:
    record = (
        "# Examplin Drops Versus Maternal Examplin (EXDROP)\n\n## Outcome Measures\n\n"
        "#### 1. Primary Outcome\n\n**Title:** Infant Serum Examplin Concentration\n\n"
        "**Time Frame:** 3 months after randomization\n\n"
        "| Arm/Group Title | Maternal Dose | Infant Drops |\n|---|---|---|\n"
        "| Overall Number of Participants Analyzed | 36 | 38 |\n"
        "| Mean (Standard Deviation), Unit of Measure: ng/mL | 22.4 (8.1) | 25.0 (9.3) |\n\n"
        "**Statistical Analysis 1**\n\n| Comparison Group Selection | Maternal Dose, Infant Drops "
        "|\n|---|---|\n| P-Value | 0.41 |\n"
    )
    tables = extract_tables("exdrop.md", record)
    measured = {m["value"]: m for m in tables["measurements"]}
    assert measured[22.4]["unit"] == measured[25.0]["unit"] == "ng/mL"
    assert measured[22.4]["matrix"] == "infant_blood"  # the title's "Infant Serum"
    assert measured[22.4]["measure"] == "Infant Serum Examplin Concentration"
    compared = [c for c in tables["comparisons"] if list(c["values"]) == [22.4, 25.0]]
    assert compared and compared[0]["p_value"] == 0.41


def test_tablets_taken_on_a_schedule_are_a_dose_not_a_product_name() -> None:
    record = (
        "Examplol for Smoking Cessation in Nursing Mothers\n\nArms and Interventions\n"
        "  Experimental: Examplol\n    Drug: Examplol 3 mg tablets by mouth, one tablet every "
        "4 hours while awake for 5 days\n  Placebo Comparator: Placebo\n    Drug: Matching "
        "tablets on the same schedule\n\nStudy Results\n\nParticipant Flow\n"
        "  Arm/Group Title        Examplol     Placebo\n"
        "    STARTED                 40           41\n\nOutcome Measures\n\n1. Primary Outcome\n"
        "  Title: Abstinence at Week 8\n  Unit of measure: percentage of participants\n"
        "  Examplol  35.0\n  Placebo  14.6\n"
    )
    tables = extract_tables("ex.txt", record)
    assert (3.0, "mg") in [(d["amount"], d["unit"]) for d in tables["doses"]]


def test_a_units_label_in_brackets_gives_the_row_its_unit_and_makes_it_a_result() -> None:
    record = (
        "Examplol Ring Versus Copper IUD in Breastfeeding Women\n\nPARTICIPANT FLOW\n"
        "                                Examplol Ring    Copper IUD\n"
        "STARTED                                    55                  53\n"
        "COMPLETED                                  52                  50\n\nOUTCOME MEASURES\n\n"
        "1. Primary Outcome\nTitle: Change in Infant Weight From Enrollment to 8 Weeks\n"
        "Time Frame: Enrollment to 8 weeks\n"
        "                                Examplol Ring    Copper IUD\n"
        "Overall Number of Participants\n"
        "Analyzed                                   52                  50\n"
        "Mean (Standard Deviation)\n"
        "  [Units: grams]                        1240 (310)           1195 (322)\n"
    )
    measured = {m["value"]: m for m in extract_tables("ring.txt", record)["measurements"]}
    assert measured[1240.0]["unit"] == "g"  # grams, though a mass: the registry's result
    assert measured[1240.0]["kind"] == "other"  # a weight gained, no amount of drug
    assert measured[1240.0]["measure"] == "Change in Infant Weight From Enrollment to 8 Weeks"
