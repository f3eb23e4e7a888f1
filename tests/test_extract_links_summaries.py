"""Groups and links as trial summaries and LactMed-style records write them: a summary's plain
headings ("What was done", "What was found") that keep its methods and results one statement,
counts allocated "to" the arm named after them, arms counted before their names in
parentheses, a group counted with no noun ("in the 5 taking 100 mg"), pairs counted with a
shared noun, a level of the drug in a cohort with one exposed arm, an arm named by its rank
("the low-dose group"), and the substance of an estimate in a sentence of its own. The documents are
written here, in wordings of our own (examplol, lactagol and the like are made up)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from extraction import linked

DOCUMENTS = {
    "summary.txt": (
        "Lactagol after caesarean delivery: a trial summary\n\n"
        "What was done\n\n"
        "A total of 120 women having a planned caesarean delivery were randomly assigned to "
        "lactagol 20 mg intravenously every 8 hours for a day (n = 60) or saline placebo "
        "(n = 60).\n\n"
        "What was found\n\n"
        "Median colostrum volume on day 2 was 31 mL with lactagol and 24 mL with placebo "
        "(p=0.30). Exclusive breastfeeding at discharge was 78% with lactagol and 66% with "
        "placebo.\n"
    ),
    "allocated.txt": (
        "Examplol for milk output\n\n"
        "Methods: 120 mothers of preterm infants were randomized to examplol 25 mg, examplol "
        "50 mg or placebo three times daily. Results: Of the 120 mothers, 41 were assigned to "
        "25 mg, 40 to 50 mg and 39 to placebo; 111 completed the study. Mean milk volumes on "
        "day 10 were 377 ± 120, 414 ± 131 and 309 ± 118 mL in the 25 mg, 50 mg and placebo "
        "arms, respectively (P = .02).\n"
    ),
    "counted_first.txt": (
        "Herbal extract and milk supply\n\n"
        "Methods: 90 mothers with low milk supply took an herbal extract 500 mg or placebo "
        "twice daily for 4 weeks. Results: Eighty-one mothers (41 extract, 40 placebo) "
        "completed follow-up.\n"
    ),
    "no_noun.txt": (
        "Examplol Levels and Effects while Breastfeeding\n\n"
        "Maternal Levels. Milk was analyzed in 11 mothers taking examplol. Average milk levels "
        "of examplol were 46 mcg/L in the 6 taking 50 mg daily and 97 mcg/L in the 5 taking "
        "100 mg daily.[1]\n"
    ),
    "pairs.txt": (
        "Lactagol in nursing: a cohort\n\n"
        "The cohort comprised 28 exposed and 56 unexposed mother–infant pairs. Diarrhea was "
        "reported in 7.1% of exposed and 3.6% of unexposed infants.\n"
    ),
    "cohort.txt": (
        "Examplol in nursing mothers: a cohort\n\n"
        "We followed 36 breastfed infants of mothers taking examplol and, as a reference group, "
        "40 breastfed infants of untreated mothers with the same disease. Mean milk examplol was "
        "3.4 mg/L, and the milk/plasma ratio averaged 0.61. Exclusive breastfeeding at 3 months "
        "was 61% against 64%.\n"
    ),
    "ranked.txt": (
        "Examplol Levels and Effects while Breastfeeding\n\n"
        "Maternal Levels. In a randomized trial, 120 nursing mothers were assigned to take "
        "examplol 5 mg, 20 mg or 40 mg daily for 3 months. At the end of the study, mean milk "
        "examplol levels were 12.4 and 96.2 mcg/L in the low-dose and high-dose groups, "
        "respectively.[3]\n"
    ),
    "metabolite.txt": (
        "Lactagol Levels and Effects while Breastfeeding\n\n"
        "Summary of Use during Lactation. Lactagol is converted almost completely to its active "
        "metabolite cantrazone, which is what reaches the milk.\n\n"
        "Maternal Levels. Eight women taking lactagol 100 mg daily had milk sampled. Milk "
        "cantrazone averaged 88 mcg/L. The half-life of cantrazone in milk was 4.2 hours.[1]\n"
    ),
    "news.txt": (
        "Sleep aid and breastfeeding\n\n"
        "The researchers enrolled 120 breastfeeding mothers and gave each of them one of three "
        "nightly treatments: 3 milligrams of examplin (41 women), 6 milligrams of examplin (40 "
        "women) or a dummy pill (39 women). Mothers pumped 702 milliliters a day in the "
        "6-milligram group and 688 milliliters in the 3-milligram group, against 671 "
        "milliliters with the dummy pill.\n"
    ),
    "at_dose.txt": (
        "Examplol Levels and Effects while Breastfeeding\n\n"
        "Maternal Levels. Six mothers received examplol 15 to 60 mg daily. The mean milk/serum "
        "ratio was 0.14 at a dose of 15 mg and 0.27 at 60 mg.[1]\n"
    ),
    "estimate.txt": (
        "Examplol Levels and Effects while Breastfeeding\n\n"
        "Maternal Levels. In 9 mothers taking examplol 1 mg daily, the mean milk examplol level "
        "was 4.1 mcg/L. Milk 7-hydroxyexamplol averaged 2.6 mcg/L.[2] With these data, a fully "
        "breastfed infant would receive 0.62 mcg/kg daily, equal to 3.7% of the maternal "
        "weight-adjusted dosage.\n"
    ),
}


def test_a_summary_s_plain_headings_keep_its_arms_for_its_results(links: pd.DataFrame) -> None:
    assert linked(links, 31) == (20, 60)
    assert linked(links, 24) == (None, 60)
    assert linked(links, 78) == (20, 60)


def test_counts_allocated_to_the_arm_named_after_them(links: pd.DataFrame) -> None:
    assert linked(links, 377) == (25, 41)
    assert linked(links, 414) == (50, 40)
    assert linked(links, 309) == (None, 39)


def _groups_of(extracted: Path, name: str) -> pd.DataFrame:
    documents = pd.read_parquet(extracted / "documents.parquet")
    doc_id = documents.loc[documents["source_path"].str.endswith(name), "doc_id"].item()
    groups = pd.read_parquet(extracted / "populations.parquet")
    return groups[groups["doc_id"] == doc_id]


def test_arms_counted_before_their_names_in_parentheses(extracted: Path) -> None:
    assert sorted(_groups_of(extracted, "counted_first.txt")["n"]) == [40, 41, 81, 90]


def test_a_group_counted_with_no_noun_is_named_by_what_it_took(links: pd.DataFrame) -> None:
    assert linked(links, 46) == (50, 6)
    assert linked(links, 97) == (100, 5)


def test_pairs_counted_with_a_shared_noun_are_pairs(extracted: Path) -> None:
    groups = _groups_of(extracted, "pairs.txt")
    who = {int(n): w for n, w in zip(groups["n"], groups["who"], strict=True)}
    assert (who[28], who[56]) == ("pair", "pair")


def test_a_level_of_the_drug_is_of_the_one_arm_that_took_it(links: pd.DataFrame) -> None:
    assert linked(links, 3.4)[1] == 36
    assert linked(links, 0.61)[1] == 36


def test_an_arm_named_by_its_rank_takes_the_smallest_or_largest_dose(
    links: pd.DataFrame,
) -> None:
    assert linked(links, 12.4)[0] == 5
    assert linked(links, 96.2)[0] == 40


def test_arms_counted_in_brackets_with_their_people_and_a_dose_as_an_adjective(
    links: pd.DataFrame,
) -> None:
    assert linked(links, 702) == (6, 40)  # "the 6-milligram group" of "6 milligrams"
    assert linked(links, 688) == (3, 41)
    assert linked(links, 671) == (None, 39)  # a dummy pill is the control


def test_a_second_ratio_with_its_own_dose(links: pd.DataFrame) -> None:
    assert linked(links, 0.14)[0] == 15
    assert linked(links, 0.27)[0] == 60  # "and 0.27 at 60 mg": a ratio again, at its dose


def test_an_estimate_in_a_sentence_of_its_own_is_of_the_drug(extracted: Path) -> None:
    m = pd.read_parquet(extracted / "measurements.parquet").set_index("value")
    assert m.loc[2.6, "analyte"] == "7-hydroxyexamplol"
    assert m.loc[0.62, "kind"] == "infant_dose" and pd.isna(m.loc[0.62, "analyte"])
    assert m.loc[3.7, "kind"] == "relative_infant_dose" and pd.isna(m.loc[3.7, "analyte"])


def test_a_metabolite_the_record_names_is_the_analyte(extracted: Path) -> None:
    m = pd.read_parquet(extracted / "measurements.parquet").set_index("value")
    assert m.loc[88.0, "analyte"] == "cantrazone"  # "its active metabolite cantrazone"
    assert m.loc[4.2, "analyte"] == "cantrazone"  # a prodrug "converted ... to" it
