"""Links through arms as abstracts and trial pages write them: arms that add up to the whole
counted before them, a bare count named by the words after it, an arm's dose in its own words,
the arm named right before a list, a table's column headings, a drug named right before a
value, and values at baseline. The documents are written here, in wordings of our own."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from extraction import linked

DOCUMENTS = {
    "completers.txt": (
        "Sulpiride doses\n\n"
        "Lactating women were randomized to sulpiride 25 mg, 50 mg or 100 mg daily. "
        "Of 150 women randomized (25 mg, n = 48; 50 mg, n = 52; 100 mg, n = 50), 139 completed "
        "the study. Serum prolactin was similar at baseline in the three groups (31, 30 and 33 "
        "ng/mL). Milk output rose by 20, 35 and 41 mL per feed in the 25, 50 and 100 mg groups, "
        "respectively.\n"
    ),
    "bare_counts.txt": (
        "Cabergoline after stillbirth\n\n"
        "Women who chose not to breastfeed were randomized to cabergoline 0.5 mg once or to "
        "placebo. Of the 70 women enrolled, 36 received cabergoline and 34 placebo. Breast "
        "engorgement occurred in 14% of the cabergoline group and in 44% of the placebo group.\n"
    ),
    "vaccines.txt": (
        "Two vaccines and milk antibodies\n\n"
        "We followed 50 nursing mothers: 27 received ZT9 (25 mcg per dose) and 23 received QX7 "
        "(60 mcg per dose). In the ZT9 group, milk IgA rose from 0.05 mg/L before vaccination "
        "to 0.44 mg/L after the first dose; in the QX7 group it reached 0.71 mg/L.\n"
    ),
    "over_time.txt": (
        "Sulpiride and prolactin over time\n\n"
        "Sixty mothers took sulpiride 50 mg twice daily (n = 31) or a matching placebo (n = 29) "
        "for two weeks. Prolactin rose from 40 to 160 ng/mL with sulpiride, whereas it remained "
        "unchanged on placebo (38 vs 42 ng/mL). Headache was less frequent with placebo (3% vs "
        "17%).\n"
    ),
    "columns.md": (
        "# Domperidone doses\n\n"
        "Forty-two mothers took domperidone 10 mg (n = 20) or domperidone 20 mg (n = 22) three "
        "times daily for two weeks; results are in the table.\n\n"
        "| Outcome | 10 mg | 20 mg |\n"
        "|---|---|---|\n"
        "| Milk volume, mL/day | 410 | 465 |\n"
    ),
    "table_page.html": (
        "<html><head><title>Herbs for milk supply</title></head><body>"
        "<h1>Herbs for milk supply</h1>"
        "<p>A trial in 60 mothers compared ginger root capsules (500 mg twice daily), fennel "
        "seed capsules (300 mg three times daily) and placebo for 10 days. Key results are "
        "shown in the table.</p>"
        "<table><caption>Table 1. Outcomes on day 10</caption>"
        "<tr><th>Outcome</th><th>Ginger (n = 20)</th><th>Fennel (n = 21)</th>"
        "<th>Placebo (n = 19)</th></tr>"
        "<tr><td>Milk volume, mL/day</td><td>520</td><td>505</td><td>430</td></tr>"
        "</table><p>Neither herb is licensed for this use.</p></body></html>"
    ),
    "two_paragraphs.md": (
        "# Galactagogues after preterm birth\n\n"
        "## Abstract\n\n"
        "Mothers of preterm infants with low milk output were randomized to sulpiride 50 mg or "
        "placebo twice daily for a week. Of the 58 mothers enrolled, 29 received sulpiride and "
        "29 placebo.\n\n"
        "Milk output on day 7 was 312 mL/day in the sulpiride group and 208 mL/day in the "
        "placebo group. Prolactin on day 7 was 151 and 64 ng/mL (sulpiride vs placebo), up "
        "from 47 and 45 ng/mL. Sulpiride in milk, measured in 9 women, averaged 6.2 mcg/L.\n"
    ),
    "routes.txt": (
        "Two routes of ketorolac\n\n"
        "Nursing women after cesarean birth were allocated to ketorolac 30 mg intravenously or "
        "20 mg by mouth every 6 hours. Peak milk ketorolac was 7.4 mcg/L after the intravenous "
        "dose and 5.3 mcg/L after the oral dose.\n"
    ),
    "whose_mother.txt": (
        "Clozapine in breastfed infants\n\n"
        "Serum clozapine was undetectable (<0.025 mg/L) in one breastfed infant whose mother "
        "took 100 mg daily. Another infant, whose mother took 200 mg daily, had a plasma level "
        "of 0.037 mg/L.\n"
    ),
    "named_earlier.txt": (
        "Fennel and prolactin\n\n"
        "Thirty nursing mothers with low milk supply took fennel seed 600 mg daily, and serum "
        "prolactin was drawn before and after. Prolactin on day 14 averaged 142 ng/mL, and "
        "milk output rose to 615 mL/day.\n"
    ),
    "second_drug.txt": (
        "Nifedipine in breast milk\n\n"
        "Nursing women took nifedipine 30 mg daily (n = 12) or, for comparison, hydralazine "
        "25 mg three times daily (n = 10). Median milk nifedipine was 14.2 mcg/L, while median "
        "milk hydralazine was 41.5 mcg/L.\n"
    ),
    "mixed_contrast.txt": (
        "Iodine tablets\n\n"
        "We randomized 240 healthy women who planned to breastfeed to iodine 100 mcg (n = 79), "
        "iodine 200 mcg (n = 80) or placebo (n = 81) daily. Fewer infants of supplemented "
        "mothers had low urinary iodine (23% and 11% v 36%).\n"
    ),
    "subgroups.txt": (
        "Topiramate in breastfed infants\n\n"
        "Twenty-four breastfed infants of mothers taking topiramate had serum levels measured. "
        "Infants whose mothers took more than 200 mg daily had higher serum levels than those "
        "whose mothers took less (mean 1.45 v 0.55 mg/L).\n"
    ),
    "antibodies.txt": (
        "Vaccination and milk antibodies\n\n"
        "Thirty nursing mothers received a 50 mcg dose of a protein vaccine. Milk anti-spike "
        "IgG rose to 2.35 mg/L by day 14.\n"
    ),
    "moving_on.txt": (
        "Vitamin D and milk\n\n"
        "Twenty lactating women took vitamin D3 100 mcg daily for 2 months. Milk activity rose "
        "from 48 IU/L (range 34 to 67 IU/L) at baseline to 515 IU/L, and the trough serum "
        "level before the dose was 63 ng/mL on day 60.\n"
    ),
    "spread.txt": (
        "Escitalopram doses\n\n"
        "Sixty nursing mothers took escitalopram 10 mg (n = 29) or 20 mg (n = 31) daily. The "
        "milk level was 52 mcg/L (IQR 40-61) among women given 10 mg compared with 97 mcg/L "
        "(IQR 77-120) among women taking 20 mg.\n"
    ),
    "per_arm.txt": (
        "Two herbal teas\n\n"
        "We randomized 90 mothers to fennel tea 2 g, anise tea 3 g or a placebo tea daily "
        "(n = 30 per arm). On day 7, milk output was 508, 486 and 417 mL in the fennel, anise "
        "and placebo arms.\n"
    ),
    "codes.txt": (
        "Vitamin D for mothers or infants\n\n"
        "Sixty nursing mothers were randomized to vitamin D3 4000 IU daily or to 400 IU daily. "
        "Infants of mothers in the low-dose group were given 250 IU/day of vitamin D drops. "
        "Milk output rose in both groups; the relative increases (53% and 37%) did not "
        "differ.\n"
    ),
    "two_changes.txt": (
        "Sulpiride and prolactin\n\n"
        "Fifty mothers took sulpiride 50 mg twice daily (n = 26) or placebo (n = 24) for a "
        "week. Serum prolactin increased from 54 to 139 ng/mL in the sulpiride group and from "
        "49 to 66 ng/mL in the placebo group, and the day-7 values differed between groups.\n"
    ),
    "central_dose.txt": (
        "Quetiapine\n\n"
        "Drug Levels and Effects\n"
        "Summary of Use during Lactation\n"
        "Amounts of quetiapine in milk are low.\n"
        "Drug Levels\n"
        "Maternal Levels. Nine women taking quetiapine 25 to 400 mg daily (median 150 mg) gave "
        "milk samples. The median milk quetiapine level was 13.5 mcg/L.\n"
        "Infant Levels. Relevant published information was not found as of the revision date.\n"
    ),
    "shown_below.txt": (
        "Tacrolimus\n\n"
        "A nursing mother was taking tacrolimus 4 mg twice daily after a kidney transplant. "
        "Milk was sampled over one dosing interval, with the results shown below. Her infant "
        "did well.[3]\n\n"
        "Hours after dose    Milk (mcg/L)\n"
        "1                   1.8\n"
        "4                   2.6\n"
    ),
    "registry_columns.md": (
        "# Examplol 5 mg or 10 mg daily: registry results\n\n"
        "## Participant Flow\n\n"
        "| | Examplol 5 mg | Examplol 10 mg |\n|---|---|---|\n"
        "| Started | 36 | 37 |\n| Completed | 34 | 35 |\n\n"
        "## Outcome Measures\n\n### 1. Primary: Milk examplol at week 4\n\n"
        "| | Examplol 5 mg (n=33) | Examplol 10 mg (n=35) |\n|---|---|---|\n"
        "| Mean (SD), ng/mL | 21.7 (8.1) | 44.9 (15.2) |\n"
    ),
    "crossover.txt": (
        "Examplol nasal spray\n\n"
        "Twenty-four mothers of preterm infants took part in a randomised crossover trial of an "
        "examplol spray and a placebo spray, each used for 4 days. Daily pumped volume was 436 mL "
        "with examplol and 428 mL with placebo (P = 0.7). Prolactin rose from 73 to 167 ng/mL in "
        "the examplol period.\n"
    ),
    "lay_either.md": (
        "# Two painkillers after birth: a summary\n\n## What did the researchers do?\n\n"
        "The researchers asked 146 mothers to take either examplol (200 mg every 6 hours) or "
        "otherol (500 mg every 6 hours) for 2 days.\n\n## What did they find?\n\n"
        "Examplol in milk averaged 0.27 mg per litre.\n"
    ),
    "lay_crossover.md": (
        "# A spray for mothers who pump\n\n## What did the researchers do?\n\n"
        "The researchers recruited 22 mothers. Each mother used an examplol spray (2 IU before "
        "every pumping session) and a placebo spray, one after the other, in random order.\n\n"
        "## What did they find?\n\n"
        "- Preference: 13 mothers (59%) preferred the examplol period.\n"
        "- Milk volume: 402 mL during the examplol days and 395 mL during the placebo days.\n"
    ),
    "sampled_later.md": (
        "# Examplol in labour: a digest\n\n## The study\n\n"
        "A trial randomised 1,480 women in labour to a single 1 g oral dose of examplol or "
        "placebo.\n\n## Key results\n\n"
        "| Outcome | Examplol | Placebo |\n|---|---|---|\n"
        "| Maternal fever | 3.7% | 6.9% |\n\n"
        "In 18 women sampled after the dose, milk examplol averaged 2.3 mg/L.\n"
    ),
    "drug_before.txt": (
        "Two antihypertensives in milk\n\n"
        "Nursing women with hypertension took either amlodipine 5 mg daily (n = 14) or "
        "enalapril 10 mg daily (n = 16). Median milk amlodipine was 11.5 mcg/L, while median "
        "milk enalapril was 1.9 mcg/L. Relative infant doses were small (amlodipine 1.7%, "
        "enalapril 0.2%).\n"
    ),
}


def test_arms_that_add_up_to_the_whole_and_not_the_completers(links: pd.DataFrame) -> None:
    assert linked(links, 20) == (25, 48)
    assert linked(links, 35) == (50, 52)
    assert linked(links, 41) == (100, 50)


def test_values_at_baseline_follow_no_dose(links: pd.DataFrame) -> None:
    assert linked(links, 31) == (None, 48)
    assert linked(links, 30) == (None, 52)
    assert linked(links, 33) == (None, 50)


def test_a_bare_count_is_named_by_the_words_after_it(links: pd.DataFrame) -> None:
    assert linked(links, 14) == (0.5, 36)
    assert linked(links, 44) == (None, 34)


def test_an_arm_s_dose_written_in_its_own_words(links: pd.DataFrame) -> None:
    assert linked(links, 0.44) == (25, 27)
    assert linked(links, 0.71) == (60, 23)
    assert linked(links, 0.05) == (None, 27)  # before vaccination


def test_the_arm_named_right_before_a_list_over_time(links: pd.DataFrame) -> None:
    assert linked(links, 38) == (None, 29)
    assert linked(links, 42) == (None, 29)
    # "less frequent with placebo (3% vs 17%)": placebo's is the first value only
    assert linked(links, 3) == (None, 29)
    assert linked(links, 17) != (None, 29)


def test_table_cells_take_the_arm_their_column_heading_names(links: pd.DataFrame) -> None:
    assert linked(links, 410) == (10, 20)
    assert linked(links, 465) == (20, 22)


def test_a_drug_named_right_before_a_value_names_its_arm(links: pd.DataFrame) -> None:
    assert linked(links, 11.5) == (5, 14)
    assert linked(links, 1.9) == (10, 16)
    assert linked(links, 1.7) == (5, 14)
    assert linked(links, 0.2) == (10, 16)


def test_a_table_the_text_points_to_is_its_statement_s(links: pd.DataFrame) -> None:
    # the column headings count the arms; each names its herb, whose dose the text gave
    assert linked(links, 520) == (500, 20)
    assert linked(links, 505) == (300, 21)
    assert linked(links, 430) == (None, 19)


def test_an_abstract_s_results_paragraph_goes_on_about_its_trial(links: pd.DataFrame) -> None:
    assert linked(links, 312) == (50, 29)
    assert linked(links, 208)[0] is None


def test_arm_names_in_brackets_after_a_list(links: pd.DataFrame) -> None:
    assert linked(links, 151)[0] == 50
    assert linked(links, 64)[0] is None  # placebo
    assert linked(links, 47)[0] is None  # "up from": before the dose


def test_people_counted_between_the_drug_and_its_value(links: pd.DataFrame) -> None:
    assert linked(links, 6.2)[1] == 9


def test_a_dose_named_by_its_route(links: pd.DataFrame) -> None:
    assert linked(links, 7.4)[0] == 30
    assert linked(links, 5.3)[0] == 20


def test_an_infant_whose_mother_is_named_keeps_the_infant_s_blood(links: pd.DataFrame) -> None:
    matrix = {float(r.value): r.matrix for r in links.itertuples() if r.value in (0.025, 0.037)}
    assert matrix == {0.025: "infant_blood", 0.037: "infant_blood"}


def test_a_fluid_the_statement_named_its_subject_with_before(links: pd.DataFrame) -> None:
    rows = links[(links["value"] - 142).abs() < 1e-9]
    assert list(rows["matrix"]) == ["maternal_blood"]  # not the milk named after it


def test_a_value_in_the_arm_of_a_second_drug_is_of_that_drug(links: pd.DataFrame) -> None:
    analyte = {
        float(r.value): None if pd.isna(r.analyte) else r.analyte
        for r in links.itertuples()
        if r.value in (14.2, 41.5)
    }
    assert analyte == {14.2: None, 41.5: "hydralazine"}


def test_values_set_against_each_other_in_a_mixed_list(links: pd.DataFrame) -> None:
    assert linked(links, 23) == (100, 79)
    assert linked(links, 11) == (200, 80)
    assert linked(links, 36) == (None, 81)


def test_healthy_women_who_breastfeed_are_mothers(links: pd.DataFrame, extracted: Path) -> None:
    groups = pd.read_parquet(extracted / "populations.parquet")
    assert set(groups[groups["n"] == 240]["who"]) == {"mother"}


def test_uncounted_subgroups_set_against_each_other_describe_no_group(
    links: pd.DataFrame,
) -> None:
    assert linked(links, 0.55)[1] is None


def test_an_antibody_is_named_by_its_target(links: pd.DataFrame) -> None:
    assert list(links[(links["value"] - 2.35).abs() < 1e-9]["analyte"]) == ["anti-spike igg"]


def test_a_list_that_moves_on_from_baseline_and_a_trough(links: pd.DataFrame) -> None:
    assert linked(links, 48)[0] is None  # at baseline
    assert linked(links, 515)[0] == 100  # "at baseline to 515": after the doses
    assert linked(links, 63)[0] == 100  # a trough before the next dose follows the doses


def test_an_arm_named_after_a_value_s_spread(links: pd.DataFrame) -> None:
    assert linked(links, 52) == (10, 29)
    assert linked(links, 97) == (20, 31)


def test_a_count_given_per_arm_is_each_arm_s(links: pd.DataFrame) -> None:
    assert linked(links, 508) == (2, 30)
    assert linked(links, 486) == (3, 30)
    assert linked(links, 417) == (None, 30)


def test_codes_of_an_infants_dose_and_a_list_of_relative_increases(
    links: pd.DataFrame, extracted: Path
) -> None:
    doses = pd.read_parquet(extracted / "doses.parquet")
    assert set(doses[doses["amount"] == 250]["recipient"]) == {"infant"}
    kinds = set(links[links["value"].isin([53, 37])]["kind"])
    assert kinds == {"change"}


def test_an_arm_after_a_change_before_a_sentence_s_later_groups(links: pd.DataFrame) -> None:
    # "... between groups" at the sentence's end makes no list of arms of the first change
    assert linked(links, 139) == (50, 26)
    assert linked(links, 54) == (None, 26)
    assert linked(links, 66) == (None, 24)


def test_a_range_of_doses_with_its_median_links_the_median(links: pd.DataFrame) -> None:
    # a LactMed record's convention; on other pages the range stays the value's dose
    assert linked(links, 13.5) == (150, 9)


def test_a_table_shown_below_goes_on_its_paragraph(links: pd.DataFrame) -> None:
    assert linked(links, 2.6)[0] == 4


def test_a_registry_table_s_cells_are_of_their_column_s_count(links: pd.DataFrame) -> None:
    """A registry record's outcome table: its header ("Examplol 5 mg (n=33)") and its rows are
    one statement, each cell's value of its column's count (not the completers' row)."""
    assert linked(links, 21.7)[1] == 33
    assert linked(links, 44.9)[1] == 35


def test_every_arm_of_a_crossover_is_its_whole_group(links: pd.DataFrame) -> None:
    """In a crossover each mother takes both arms in turn: the placebo period's value and a
    change within a period are of all of them."""
    assert linked(links, 436)[1] == 24
    assert linked(links, 428)[1] == 24
    assert linked(links, 73)[1] == 24


def test_a_lay_summary_s_findings_go_on_its_study(links: pd.DataFrame) -> None:
    """ "What did they find?" heads the results of the study told above it, even where a
    finding counts a part of the group with its share ("13 mothers (59%)"); a crossover's
    periods are all of its mothers, but a value of one of two alternatives the whole was split
    between is that arm's (uncounted) group."""
    assert linked(links, 402)[1] == 22
    assert linked(links, 395)[1] == 22
    assert linked(links, 0.27)[1] is None


def test_a_sample_a_later_paragraph_counts_goes_on_the_study(links: pd.DataFrame) -> None:
    """ "In 18 women sampled after the dose, ...": a part of the study, not a new one, so its
    values follow the study's dose; and no arm's value before it is of those 18."""
    assert linked(links, 2.3) == (1, 18)
    assert linked(links, 3.7)[1] != 18
