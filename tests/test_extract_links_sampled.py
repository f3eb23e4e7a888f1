"""The part of a study set apart to be sampled, and a registry outcome's title: values told "in
the pharmacokinetic subset" describe that subset (and so do the estimates after them), not the
arm it was drawn from or all who were randomized; a registry table's values measure what its
outcome's title names ("Serum Prolactin at Week 2"), not the words of its "Unit of Measure"
line, and the next outcome does not take that substance. The documents are written here, in
wordings of our own (examplol, lactagol and the like are made up)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from extraction import linked

DOCUMENTS = {
    "subset.txt": (
        "Lactagol after caesarean birth: a randomized trial\n\n"
        "Methods: We randomized 140 women to oral lactagol 40 mg twice daily (n = 70) or "
        "placebo (n = 70) for 5 days. Paired milk and plasma samples were drawn on day 4 from "
        "a pharmacokinetic subset of 16 women taking lactagol. Results: Of the 140 women, 131 "
        "finished the study. Mean milk output on day 5 was 388 mL with lactagol and 371 mL "
        "with placebo (P = 0.44). In the pharmacokinetic subset, the median milk lactagol "
        "concentration was 0.37 mg/L and the median milk/plasma ratio was 0.29. An exclusively "
        "breastfed infant would thus receive about 0.055 mg/kg daily.\n"
    ),
    "subgroup_first.txt": (
        "Examplol for postpartum pain: a trial\n\n"
        "A total of 90 mothers were assigned to examplol 200 mg (n = 45) or paracetamol "
        "(n = 45). In a milk substudy of 10 mothers taking examplol, the mean milk level was "
        "1.9 mg/L, and the relative infant dose was 0.8%.\n"
    ),
    "registry.txt": (
        "Results Section\n\n"
        "1. Primary Outcome\n"
        "Title: Milk Volume at Week 2\n"
        "Unit of Measure: mL\n"
        "                                        Examplol      Placebo\n"
        "Number of Participants Analyzed             38           37\n"
        "Mean (Standard Deviation), Unit of Measure: mL\n"
        "                                        522 (140)     488 (151)\n\n"
        "2. Secondary Outcome\n"
        "Title: Serum Prolactin at Week 2\n"
        "                                        Examplol      Placebo\n"
        "Number of Participants Analyzed             38           37\n"
        "Mean (Standard Deviation), Unit of Measure: ng/mL\n"
        "                                        214 (66)      197 (59)\n\n"
        "3. Secondary Outcome\n"
        "Title: Milk-to-Plasma Ratio of Examplol\n"
        "Description: Milk and plasma drawn at week 2 from examplol participants.\n"
        "The median milk-to-plasma ratio was 0.33.\n"
    ),
}


def test_values_told_in_the_sampled_subset_describe_the_subset(links: pd.DataFrame) -> None:
    assert linked(links, 0.37)[1] == 16
    assert linked(links, 0.29)[1] == 16
    assert linked(links, 388)[1] != 16  # the trial's result, not the subset's


def test_an_estimate_after_the_subset_s_levels_is_of_the_subset(links: pd.DataFrame) -> None:
    assert linked(links, 0.055)[1] == 16


def test_a_substudy_counted_where_its_values_are_told(links: pd.DataFrame) -> None:
    assert linked(links, 1.9)[1] == 10
    assert linked(links, 0.8)[1] == 10


def test_a_registry_table_measures_what_its_outcome_title_names(extracted: Path) -> None:
    m = pd.read_parquet(extracted / "measurements.parquet").set_index("value")
    assert m.loc[214.0, "measure"] == "Serum Prolactin at Week 2"
    assert m.loc[214.0, "analyte"] == "prolactin"
    assert m.loc[214.0, "matrix"] == "maternal_blood"
    assert m.loc[197.0, "analyte"] == "prolactin"


def test_the_next_registry_outcome_does_not_take_that_substance(extracted: Path) -> None:
    m = pd.read_parquet(extracted / "measurements.parquet").set_index("value")
    assert m.loc[0.33, "kind"] == "milk_plasma_ratio"
    assert pd.isna(m.loc[0.33, "analyte"])


DOCUMENTS["cohort.md"] = (
    "# Examplol in labour and breastfeeding\n\n"
    "In a prospective cohort, 52 mother-infant pairs exposed to intravenous examplol in "
    "labour (median dose 15 mg, range 5 to 30 mg) were compared with 58 unexposed pairs. "
    "No difference was observed in breastfeeding at 6 weeks (71.2% vs 74.1%; p = 0.66).\n"
)


def test_groups_compared_with_an_aside_are_the_arms_and_their_links(
    extracted: Path, links: pd.DataFrame
) -> None:
    c = pd.read_parquet(extracted / "comparisons.parquet").set_index("outcome")
    row = c.loc["breastfeeding at 6 weeks"]
    assert list(row["arms"]) == [
        "mother-infant pairs exposed to intravenous examplol in labour",
        "unexposed pairs",
    ]
    assert linked(links, 71.2)[1] == 52
    assert linked(links, 74.1) == (None, 58)  # the unexposed took no dose


DOCUMENTS["volunteers.txt"] = (
    "Examplol Levels and Effects while Breastfeeding\n\n"
    "Effects on Lactation and Breastmilk\n\n"
    "In a crossover study, 14 healthy adult volunteers (7 men and 7 women) received a single "
    "oral dose of examplol 30 mg or placebo; serum prolactin fell by 41% after examplol and by "
    "3% after placebo (p < 0.01).[4] In 8 healthy nonpregnant women given examplol 10 mg, "
    "prolactin rose by 85%.[5]\n"
)


def test_women_among_volunteers_and_nonpregnant_women_are_no_mothers(
    extracted: Path, links: pd.DataFrame
) -> None:
    groups = pd.read_parquet(extracted / "populations.parquet")
    who = dict(zip(groups["n"], groups["who"], strict=False))
    assert (who[14], who[7], who[8]) == ("other", "other", "other")
    assert linked(links, 41)[1] == 14  # the volunteers, not the 7 women among them


DOCUMENTS["plain_summary.md"] = (
    "# Plain-language summary of trial results\n\n"
    "## Who took part?\n\n"
    "Fourteen breastfeeding mothers took part at one hospital. Thirteen mothers completed both "
    "study days; one mother withdrew after her first study day.\n\n"
    "## What happened during the study?\n\n"
    "Every mother had each of two treatments on separate days, in an order decided by chance:\n\n"
    "- a dummy tablet with no medicine in it (placebo);\n"
    "- examplol 15 mg, swallowed as a single tablet.\n\n"
    "## What were the results?\n\n"
    "**Milk supply.** On the placebo day, mothers made an average of 802 mL of milk over 24 "
    "hours. On the day they took 15 mg, they made 765 mL (p = 0.19).\n\n"
    "**Examplol in the milk.** In 5 of the mothers, milk was also tested for examplol after the "
    "15 mg dose. The highest level was on average 6.2 micrograms per litre.\n"
)


def test_a_plain_summary_s_parts_keep_one_statement_and_its_doses_once(extracted: Path) -> None:
    documents = pd.read_parquet(extracted / "documents.parquet")
    doc_id = documents.loc[documents["source_path"].str.endswith("plain_summary.md"), "doc_id"]
    doses = pd.read_parquet(extracted / "doses.parquet")
    doses = doses[doses["doc_id"] == doc_id.item()]
    assert sorted(doses["amount"]) == [15.0]  # "took 15 mg", "the 15 mg dose": named again


def test_results_are_of_those_who_completed_and_of_the_part_sampled(links: pd.DataFrame) -> None:
    assert linked(links, 802)[1] == 13
    assert linked(links, 6.2)[1] == 5  # "In 5 of the mothers, milk was also tested"


DOCUMENTS["dose_counts.txt"] = (
    "Lactagol Levels and Effects while Breastfeeding\n\n"
    "Maternal Levels\n\n"
    "Five women taking lactagol had milk levels measured on the third postpartum day. Their "
    "daily doses were 25 mg (2 women), 50 mg (2 women) and 100 mg (1 woman). Milk levels "
    "were 0.83 mg/L at 25 mg, 1.94 and 2.36 mg/L at 50 mg, and 4.61 mg/L at 100 mg.[2]\n"
)


def test_a_value_at_a_dose_counted_in_brackets_is_of_those_who_took_it(
    links: pd.DataFrame,
) -> None:
    assert linked(links, 1.94) == (50, 2)
    assert linked(links, 4.61) == (100, 1)
    assert linked(links, 0.83) == (25, 2)


DOCUMENTS["crossover_days.md"] = (
    "# Lactagol and milk fat: a crossover summary\n\n"
    "## Who took part?\n\n"
    "Ten breastfeeding mothers took part in this crossover study; nine mothers completed all "
    "three study days.\n\n"
    "## What were the results?\n\n"
    "The creamatocrit was 6.7% on the placebo day, 6.4% on the 10 mg day and 6.3% on the 20 mg "
    "day. These were practically the same.\n"
)


def test_values_on_crossover_days_compare_the_days_and_describe_the_completers(
    extracted: Path, links: pd.DataFrame
) -> None:
    c = pd.read_parquet(extracted / "comparisons.parquet")
    row = c[c["values"].map(lambda v: list(v) == [6.7, 6.4, 6.3])].iloc[0]
    assert list(row["arms"]) == ["placebo day", "10 mg day", "20 mg day"]
    assert not row["significant"] and not pd.isna(row["significant"])
    assert linked(links, 6.4)[1] == 9


DOCUMENTS["rank_units.md"] = (
    "# Examplol after caesarean delivery: a randomized trial\n\n"
    "Methods: Women were randomized to examplol 1 g (high-dose arm, n = 50), examplol 500 mg "
    "(low-dose arm, n = 49) or placebo (n = 51) every 8 hours. Results: Rescue analgesia was "
    "needed by 16.5% of the high-dose arm, 31.5% of the low-dose arm and 58.5% of the placebo "
    "arm (P < 0.001).\n"
)


def test_arms_named_by_rank_take_doses_ranked_across_units(links: pd.DataFrame) -> None:
    assert linked(links, 16.5)[0] == 1  # 1 g is the high dose, though 500 > 1
    assert linked(links, 31.5)[0] == 500


DOCUMENTS["parts.txt"] = (
    "Examplide as a galactagogue: prolactin response and transfer into milk\n\n"
    "Methods: In Part A, an open before-and-after study, fourteen mothers of preterm infants "
    "took examplide 10 mg orally twice daily for 5 days. Part B was a crossover: 5 mothers "
    "who were weaning took single doses of 10, 20 and 40 mg one week apart.\n\n"
    "Results: In Part A, serum prolactin rose from 37 ng/mL at baseline to 119 ng/mL on day "
    "5. In Part B, mean peak milk concentrations were 1.1 ng/mL after 10 mg, 2.3 ng/mL after "
    "20 mg and 4.9 ng/mL after 40 mg. Milk/plasma ratios hardly changed with dose (0.41, 0.44 "
    "and 0.43).\n"
)


def test_values_of_a_named_part_describe_the_people_that_part_counted(
    extracted: Path, links: pd.DataFrame
) -> None:
    assert linked(links, 119.0)[1] == 14
    assert linked(links, 2.3) == (20.0, 5)
    m = pd.read_parquet(extracted / "measurements.parquet").set_index("value")
    # a milk level after a serum body substance is the drug's, not prolactin's
    assert pd.isna(m.loc[2.3, "analyte"]) and m.loc[119.0, "analyte"] == "prolactin"
    # ratios listed in brackets after what the text says of them
    assert m.loc[0.44, "kind"] == "milk_plasma_ratio" and linked(links, 0.44)[1] == 5
    c = pd.read_parquet(extracted / "comparisons.parquet")
    ratios = c[c["values"].map(lambda v: list(v) == [0.41, 0.44, 0.43])]
    assert list(ratios["significant"]) == [False]


DOCUMENTS["cases.txt"] = (
    "Sedation in a breastfed infant exposed to examplone: two cases\n\n"
    "Case presentation: We describe 2 mother-infant pairs in whom examplone was measured. In "
    "the index case, a mother took examplone 10 mg nightly; her milk level was 23.7 ng/mL and "
    "her infant's serum level 2.9 ng/mL. In the second case, the mother took 2.5 mg nightly and "
    "her milk level was 4.4 ng/mL.\n"
)


def test_values_of_a_case_report_are_not_of_all_the_cases_counted(links: pd.DataFrame) -> None:
    assert linked(links, 23.7)[1] is None
    assert linked(links, 4.4) == (2.5, None)


DOCUMENTS["gaps.html"] = (
    "<html><body><h1>Examplin for low supply</h1><p>Forty women with low milk supply took "
    "examplin 30 mg/kg per day or a placebo for 28 days in a randomized trial [1]. Infants of "
    "mothers taking examplin gained 13% more weight over the study than infants in the placebo "
    "group.</p><p>Milk examplin was compared in 9 women taking the 2 mg tablet daily and 8 women "
    "with a vaginal ring [2]. Infant serum examplin was below 0.07 ng/mL in all 17 infants "
    "tested.</p></body></html>"
)


def test_a_gap_to_another_arm_and_a_value_of_all_arms_link_to_no_one(
    links: pd.DataFrame,
) -> None:
    assert linked(links, 13.0) == (30.0, None)
    assert linked(links, 0.07)[0] is None


DOCUMENTS["third.txt"] = (
    "Examplofen Levels and Effects while Breastfeeding\n\nMaternal Levels.\n\n"
    "Two women who took examplofen 300 mg orally twice daily had milk levels of 0.71 and 1.3 "
    "mg/L, respectively, 2 hours after the morning dose [4]. In a third woman taking 300 mg "
    "every 8 hours, the peak milk level was 0.47 mg/L at 1.5 hours after the dose.\n"
)


def test_one_more_person_after_a_group_has_her_own_dose_and_is_not_the_group(
    extracted: Path, links: pd.DataFrame
) -> None:
    doses = pd.read_parquet(extracted / "doses.parquet").set_index("item_id")
    m = pd.read_parquet(extracted / "measurements.parquet").set_index("value")
    assert doses.loc[m.loc[0.47, "dose_item_id"], "frequency"] == "every 8 hours"
    assert linked(links, 0.47)[1] is None
