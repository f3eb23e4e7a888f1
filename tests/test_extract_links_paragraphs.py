"""Links where a study is told over several paragraphs (a press release, a lay summary with a
results heading, a table the text introduces with a colon) and where arms are named apart from
their values: by a short name ("the IV arm"), by route, as a sentence's subject, by a word's
stem ("smokers" for "who still smoke"), or by a list's order told sentences before. The
documents are written here, in wordings of our own."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from extraction import linked

DOCUMENTS = {
    "press_release.txt": (
        "NEWS RELEASE | Westbrook Children's Hospital\n\n"
        "Breastfeeding eases withdrawal in babies of mothers on buprenorphine\n\n"
        "WESTBROOK, 3 March 2025 - A hospital team followed 150 mother-infant pairs in which "
        "every mother took buprenorphine, at a median dose of 12 mg a day. Of the infants, 64 "
        "were breastfed and 86 were formula fed.\n\n"
        "Only 22% of the breastfed infants needed treatment for withdrawal, against 47% of the "
        "formula-fed infants (p = 0.01).\n\n"
        "In a smaller substudy, milk from 9 of the breastfeeding mothers held an average of "
        "3.4 ng/mL of buprenorphine.\n\n"
        "Media contact: press office.\n"
    ),
    "two_studies.md": (
        "# Drugx and breastfeeding\n\n"
        "## Studies\n\n"
        "In a study of 10 nursing women who took drugx 200 mg daily, milk levels averaged "
        "1.5 mg/L.\n\n"
        "A second trial in 12 women taking drugx 100 mg daily found milk levels of 2.2 mg/L.\n\n"
        "Drugx in the milk of these women was 2.9 mg/L at its peak.\n\n"
        "If you take more than 600 mg a day, ask your doctor.\n"
    ),
    "lay_summary.md": (
        "# Summary of results for participants\n\n"
        "## What happened in the study?\n\n"
        "Sixty mothers with low milk supply were randomly split into two groups: 30 took "
        "fenugreek 600 mg three times a day and 30 took dummy capsules.\n\n"
        "## What were the results?\n\n"
        "In the fenugreek group, milk output rose to 410 mL a day, against 350 mL a day in "
        "the dummy capsule group.\n\n"
        "## Side effects\n\n"
        "Loose stools were reported by 5 mothers (17%) in one group.\n"
    ),
    "routes.txt": (
        "Ibuprofen by two routes\n\n"
        "After caesarean birth, 40 women were randomized to 600 mg intravenous ibuprofen every "
        "8 hours (IV arm, n = 21) or 600 mg oral ibuprofen every 8 hours (oral arm, n = 19). "
        "Milk ibuprofen in the IV arm averaged 0.41 mg/L, with a plasma level of 31.5 mg/L. "
        "The oral arm had a lower milk level, 0.33 mg/L, with plasma at 24.5 mg/L. Milk-to-"
        "plasma ratios were similar, 0.013 and 0.014. The half-life in milk was 2.1 h after "
        "intravenous and 2.6 h after oral dosing.\n"
    ),
    "patches.txt": (
        "Nicotine patches and milk\n\n"
        "We studied 14 nursing mothers using a 15 mg patch, 13 using a 10 mg patch and 11 "
        "mothers who still smoke. Milk nicotine was 21 ug/L with the 15 mg patch, 13 ug/L with "
        "the 10 mg patch and 36 ug/L in smokers. Cotinine was measured too. Infant intakes "
        "were 3.1, 1.9 and 6.2 ug/kg per day in the same order. Daily milk intake did not "
        "differ: 610, 590 and 630 mL.\n"
    ),
    "dose_table.md": (
        "# Drugy at three doses\n\n"
        "Thirteen mothers on long-term drugy were sampled. Milk levels rose with the dose:\n\n"
        "| Daily dose | Mothers | Milk drugy (mg/L) |\n"
        "|---|---|---|\n"
        "| 50 mg | 4 | 0.8 |\n"
        "| 100 mg | 6 | 1.7 |\n"
        "| 200 mg | 3 | 3.3 |\n"
    ),
    "per_group.txt": (
        "Two routes of ketorolac\n\n"
        "Women after cesarean birth (N = 80) were allocated to ketorolac 30 mg intravenously "
        "or 30 mg intramuscularly every 6 hours (40 per group); 6 infants in each group gave "
        "a blood sample. Peak milk ketorolac was 7.4 ug/L after the intravenous dose and "
        "5.2 ug/L after the intramuscular dose. In a substudy of 11 women in the intravenous "
        "group, the milk half-life averaged 5.9 h.\n"
    ),
    "dose_raised.txt": (
        "A mother on lamotrigine\n\n"
        "A mother took lamotrigine 200 mg daily through pregnancy and breastfed her son. At "
        "3 weeks his serum level was 1.6 mg/L. After a seizure her dose was raised to 300 mg "
        "daily, and 4 weeks later his level was 2.4 mg/L.\n"
    ),
    "dose_ranging.txt": (
        "Drugz at three doses\n\n"
        "In a dose-finding study, 12 women took drugz 25, 50 or 75 mg daily (4 women at each "
        "dose). Milk levels averaged 0.31, 0.62 and 0.93 mg/L with the 25, 50 and 75 mg doses, "
        "respectively.\n"
    ),
    "randomized_trial.txt": (
        "Drugq for milk supply\n\n"
        "In a randomized trial, 18 mothers received drugq 5 mg daily and 17 received placebo "
        "for a week. Milk output averaged 455 mL/day with drugq and 385 mL/day with "
        "placebo.\n"
    ),
    "timing_trial.txt": (
        "Drugw device timing\n\n"
        "In a randomized trial, 90 women received a 52 mg drugw device immediately after birth "
        "or at 6 weeks. Any breastfeeding at 3 months was 71% in the immediate group and 77% in "
        "the delayed group.\n"
    ),
}


def test_a_press_release_s_results_paragraphs_keep_its_dose_and_groups(
    links: pd.DataFrame,
) -> None:
    assert linked(links, 22) == (12, 64)
    assert linked(links, 47) == (12, 86)
    assert linked(links, 3.4) == (12, 9)  # "9 of the breastfeeding mothers": the study's


def test_a_paragraph_that_opens_another_study_keeps_apart(links: pd.DataFrame) -> None:
    assert linked(links, 1.5) == (200, 10)
    assert linked(links, 2.2) == (100, 12)  # "A second trial": not the 200 mg study's
    # a paragraph that opens no study goes on the one before it
    assert linked(links, 2.9) == (100, 12)


def test_advice_to_the_reader_is_no_part_of_the_study(extracted: Path) -> None:
    doses = pd.read_parquet(extracted / "doses.parquet")
    statements = pd.read_parquet(extracted / "statements.parquet").set_index("statement_id")
    advice = doses[doses["amount"] == 600].merge(
        statements, left_on="statement_id", right_index=True
    )
    advice = advice[advice["text_y"].str.contains("ask your doctor")]
    assert len(advice) == 1
    assert not advice["text_y"].iloc[0].startswith("A second trial")


def test_results_under_their_own_heading_go_on_the_study(links: pd.DataFrame) -> None:
    assert linked(links, 410) == (600, 30)
    assert linked(links, 350) == (None, 30)  # the dummy capsules: no dose


def test_arms_told_apart_by_route_and_named_apart_from_their_values(
    links: pd.DataFrame,
) -> None:
    # each arm's dose is the one written before its bracketed name and count
    assert linked(links, 0.41) == (600, 21)
    assert linked(links, 31.5) == (600, 21)  # same sentence, the IV arm's plasma
    assert linked(links, 0.33) == (600, 19)  # "The oral arm had ...": the sentence's subject
    assert linked(links, 24.5) == (600, 19)
    assert linked(links, 0.013) == (600, 21)  # "were similar, A and B": in the arms' order
    assert linked(links, 0.014) == (600, 19)
    assert linked(links, 2.1) == (600, 21)  # "after intravenous": the arm of that route
    assert linked(links, 2.6) == (600, 19)


def test_arms_named_by_a_stem_and_lists_in_the_order_told_before(
    links: pd.DataFrame,
) -> None:
    # "13 using a 10 mg patch" is a group of its own
    assert linked(links, 13) == (10, 13)
    assert linked(links, 36) == (None, 11)  # "in smokers": the mothers who still smoke
    assert linked(links, 3.1) == (15, 14)  # "in the same order", two sentences on
    assert linked(links, 1.9) == (10, 13)
    assert linked(links, 6.2) == (None, 11)
    assert linked(links, 630) == (None, 11)  # "did not differ: ..." in the arms' order


def test_a_table_s_dose_column_doses_its_rows(links: pd.DataFrame, extracted: Path) -> None:
    doses = pd.read_parquet(extracted / "doses.parquet")
    assert {50, 100, 200} <= set(doses["amount"])
    assert linked(links, 0.8) == (50, 4)
    assert linked(links, 1.7) == (100, 6)
    assert linked(links, 3.3) == (200, 3)


def test_a_count_of_every_arm_and_a_part_of_one_arm(links: pd.DataFrame) -> None:
    # "(40 per group)" is each arm's count, no arm of its own: the routes tell the arms
    assert linked(links, 7.4) == (30, 40)
    assert linked(links, 5.2) == (30, 40)
    # "11 women in the intravenous group": a part of the arm, which the value describes
    assert linked(links, 5.9) == (30, 11)


def test_a_value_before_a_dose_is_raised_follows_the_first_dose(links: pd.DataFrame) -> None:
    assert linked(links, 1.6)[0] == 200
    assert linked(links, 2.4)[0] == 300


def test_a_count_at_each_dose_and_a_list_of_doses_after_the_values(links: pd.DataFrame) -> None:
    # "(4 women at each dose)" is every dose's count; "with the 25, 50 and 75 mg doses,
    # respectively" names each value's dose in turn
    assert linked(links, 0.31) == (25, 4)
    assert linked(links, 0.62) == (50, 4)
    assert linked(links, 0.93) == (75, 4)


def test_a_randomized_trial_s_first_arm_is_an_arm(links: pd.DataFrame) -> None:
    # "In a randomized trial, 18 mothers received ...": the design, not all who were randomized
    assert linked(links, 455) == (5, 18)
    assert linked(links, 385) == (None, 17)


def test_an_arm_s_value_is_not_about_all_who_were_randomized(links: pd.DataFrame) -> None:
    # one count for the whole trial, arms named but not counted: the value is one arm's
    assert linked(links, 71) == (52, None)
    assert linked(links, 77) == (52, None)
