"""Links of values reported for every arm of a trial or as a share of a counted whole: a count
given once per arm ("25 per group", "30 were assigned to each group") is every arm's group,
and "k of N (x%)" is the share of the N. The documents are written here, in wordings of our
own."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from extraction import linked

DOCUMENTS = {
    "per_group.txt": (
        "Cefuroxime after cesarean delivery\n\n"
        "Seventy-five women having a planned cesarean delivery took part. After cord clamping "
        "they were randomized to intravenous cefuroxime 750 mg, cefuroxime 1500 mg or no "
        "antibiotic, 25 per group. Milk cefuroxime at 4 hours was 0.35 and 0.82 mg/L in the "
        "two cefuroxime groups.\n"
    ),
    "each_group.txt": (
        "Iron and milk volume\n\n"
        "Anemic nursing mothers were randomized to ferrous sulfate 60 mg daily, ferrous "
        "sulfate 120 mg daily or placebo. Of 105 women screened and enrolled, 35 were "
        "assigned to each group. Milk volume at 6 weeks was similar in the three groups: "
        "702, 688 and 695 mL/day.\n"
    ),
    "shares.txt": (
        "Probiotics and mastitis\n\n"
        "Breastfeeding women were randomized to a probiotic capsule 10 mg daily (n = 40), "
        "a probiotic capsule 20 mg daily (n = 44) or placebo (n = 39) for 12 weeks. "
        "Mastitis developed in 5 of 40 (12.5%), 8 of 44 (18.2%) and 11 of 39 (28.2%) women, "
        "respectively.\n"
    ),
    "share_of_one.txt": (
        "Codeine and infant drowsiness\n\n"
        "We followed 64 breastfed infants whose mothers took codeine 30 mg after delivery. "
        "Drowsiness was noted in 7 of 64 infants (10.9%) during the first week.\n"
    ),
    "amounts_after.txt": (
        "Intrathecal morphine at cesarean delivery\n\n"
        "Thirty-six women received intrathecal morphine 2 mg, 4 mg or 6 mg before surgery. "
        "Colostrum morphine at 12 hours was 4.1, 7.9 and 12.3 ng/mL with the 2, 4 and 6 mg "
        "doses.\n"
    ),
    "earlier_doses.txt": (
        "Cabergoline and prolactin\n\n"
        "Ninety women were randomized to bromocriptine 5 mg (n = 30), bromocriptine 10 mg "
        "(n = 30) or placebo (n = 30). Prolactin fell from 92 to 21 ng/mL in the 10 mg group "
        "and from 95 to 34 ng/mL in the 5 mg group, but stayed level with placebo (93 vs 90 "
        "ng/mL).\n"
    ),
    "table_heading.md": (
        "# Amlodipine or enalapril while nursing\n\n"
        "Sixty nursing women with hypertension took amlodipine (n = 31; 5 mg daily) or "
        "enalapril (n = 29; 10 mg daily) for four weeks.\n\n"
        "Measure | Amlodipine (n = 31) | Enalapril (n = 29)\n\n"
        "Milk concentration, mcg/L, median | 4.2 | 6.8\n"
    ),
    "allocated_share.txt": (
        "Rescue analgesia after cesarean delivery\n\n"
        "Fifty women were randomized to oral ketorolac 10 mg or placebo, 25 per group. Rescue "
        "opioid was needed by 3 of 25 women (12%) allocated to ketorolac and by 9 of 25 (36%) "
        "allocated to placebo.\n"
    ),
    "opening_sample.txt": (
        "Escitalopram in milk\n\n"
        "Nursing mothers used escitalopram 5 mg daily (n = 26) or escitalopram 10 mg daily "
        "(n = 27). In the 14 mother-infant pairs of the sampling substudy, milk escitalopram "
        "was 7.7 ng/mL in the lower-dose group and 15.9 ng/mL in the higher-dose group.\n"
    ),
    "group_after_verb.txt": (
        "Earlier reports\n\n"
        "For propranolol, a milk/plasma ratio of 0.64 was reported in 5 mothers taking 40 mg "
        "twice daily.\n"
    ),
    "than_pair.txt": (
        "Sumatriptan while nursing\n\n"
        "Ninety migraine patients who were breastfeeding took sumatriptan 50 mg (n = 46) or "
        "placebo (n = 44) at attack onset. Nausea was more common with 50 mg than with placebo "
        "(22% vs 7%; p = 0.04).\n"
    ),
    "exposed_unexposed.txt": (
        "Lamotrigine and infant growth\n\n"
        "Among 80 mother-infant pairs in a clinic cohort, we compared infants of 35 mothers "
        "taking lamotrigine (median 200 mg/day) with 45 infants of mothers who took no "
        "antiseizure drug. Mean weight gain over 2 months was 27 g/day in the exposed infants "
        "and 26 g/day in the unexposed infants (p = 0.51).\n"
    ),
    "bracketed_doses.txt": (
        "Two antidepressants in milk\n\n"
        "A clinic cohort followed 40 nursing women taking sertraline (n = 22; median 100 mg/day) "
        "or paroxetine (n = 18; median 20 mg/day). Milk levels averaged 45.5 mcg/L with "
        "sertraline and 13.5 mcg/L with paroxetine.\n"
    ),
    "elided_level.txt": (
        "Gabapentin after cesarean delivery\n\n"
        "Fifty women were assigned to oral gabapentin 300 mg (n = 26) or 600 mg (n = 24) twice "
        "daily. Milk gabapentin on day 2 averaged 2.7 mg/L with the lower and 5.3 mg/L with the "
        "higher dose.\n"
    ),
    "allocated_to.txt": (
        "Two analgesics after delivery\n\n"
        "Sixty nursing women were randomized to oral naproxen 250 mg or 500 mg every 12 hours. "
        "Rescue opioid was needed by 12 of 30 women (40%) allocated to 250 mg and by 6 of 30 "
        "women (20%) allocated to 500 mg.\n"
    ),
    "fluid_of_group.txt": (
        "Levetiracetam in nursing infants\n\n"
        "Twenty women took levetiracetam 1000 mg twice daily while nursing. Levetiracetam was "
        "below 2 mg/L in the serum of 9 of 11 breastfed infants tested.\n"
    ),
    "share_counts.txt": (
        "A nasal spray for pumping mothers\n\n"
        "Twenty-four mothers of preterm infants each used an examplol spray and a placebo spray "
        "for 4 days, in random order. Pumped milk averaged 380 mL/day in the examplol days and "
        "371 mL/day in the placebo days. Fourteen mothers (58%) preferred the examplol days and "
        "10 (42%) preferred the placebo days.\n"
    ),
    "pooled_trials.txt": (
        "Examplol for low milk supply: a review\n\n"
        "The seven trials enrolled 410 mothers of preterm infants. Pumped volume rose by a mean "
        "of 43.5% from baseline with examplol and 17.5% with placebo (P < 0.001).\n"
    ),
    "counted_study.txt": (
        "Examplol for low milk supply\n\n"
        "A study enrolled 48 mothers of preterm infants. Pumped volume rose by a mean of 36.5% "
        "from baseline with examplol and 11.5% with placebo (P < 0.01).\n"
    ),
    "randomized_whole.txt": (
        "Examplol for pumping mothers\n\n"
        "We allocated 84 mothers of infants in neonatal care to oral examplol 20 mg, examplol "
        "40 mg or a dummy tablet twice daily. In the 40 mg arm, serum prolactin climbed from 35 "
        "to 176 ng/mL. Milk examplol on day 5 averaged 0.27 mg/L with 20 mg and 0.58 mg/L with "
        "40 mg. Breastfeeding at discharge was reported by 64% of mothers overall.\n"
    ),
    "randomized_whole_decimals.txt": (
        "Examplol for pumping mothers, a second trial\n\n"
        "We allocated 66 mothers of infants in neonatal care to oral examplol 10 mg or a dummy "
        "tablet twice daily. In the examplol arm, serum prolactin climbed from 3.5 to 17.6 "
        "mcg/L.\n"
    ),
    "part_levels.txt": (
        "Lamotrigine in nursing infants\n\n"
        "Sixteen women took lamotrigine 200 mg daily while nursing. Lamotrigine was found in "
        "the serum of 3 of 10 infants tested, at 1.4, 2.2 and 2.9 mg/L.\n"
    ),
}


def test_a_count_per_group_is_found_where_the_sentence_names_no_people(extracted: Path) -> None:
    groups = pd.read_parquet(extracted / "populations.parquet")
    assert 25 in set(groups.n)


def test_values_of_the_arms_describe_the_count_given_per_group(links: pd.DataFrame) -> None:
    assert linked(links, 0.35)[1] == 25
    assert linked(links, 0.82)[1] == 25


def test_a_count_per_group_is_not_the_whole_counted_before_it(links: pd.DataFrame) -> None:
    assert [linked(links, v)[1] for v in (702, 688, 695)] == [35, 35, 35]


def test_a_share_describes_its_whole_and_the_whole_s_arm(links: pd.DataFrame) -> None:
    assert linked(links, 12.5) == (10, 40)
    assert linked(links, 18.2) == (20, 44)
    assert linked(links, 28.2) == (None, 39)


def test_a_share_of_a_single_group_describes_that_group(links: pd.DataFrame) -> None:
    assert linked(links, 10.9) == (30, 64)


def test_dose_amounts_named_in_turn_after_a_list_of_values(links: pd.DataFrame) -> None:
    assert [linked(links, v)[0] for v in (4.1, 7.9, 12.3)] == [2, 4, 6]


def test_doses_named_for_earlier_values_are_not_a_later_list_s(links: pd.DataFrame) -> None:
    assert linked(links, 93)[0] is None
    assert linked(links, 90)[0] is None


def _counts(extracted: Path, source: str) -> list[int]:
    groups = pd.read_parquet(extracted / "populations.parquet")
    docs = pd.read_parquet(extracted / "documents.parquet")
    doc_id = docs[docs.source_path == source].doc_id.iloc[0]
    return sorted(int(n) for n in groups[groups.doc_id == doc_id].n)


def test_a_table_heading_does_not_count_an_arm_again(extracted: Path) -> None:
    assert _counts(extracted, "table_heading.md") == [29, 31, 60]


def test_a_share_before_the_arm_it_was_allocated_to_counts_its_part(extracted: Path) -> None:
    assert _counts(extracted, "allocated_share.txt") == [3, 9, 25, 50]


def test_the_sample_a_sentence_opens_with_is_its_values_group(links: pd.DataFrame) -> None:
    assert linked(links, 7.7) == (5, 14)
    assert linked(links, 15.9) == (10, 14)


def test_a_group_named_after_a_value_and_its_verb(links: pd.DataFrame) -> None:
    assert linked(links, 0.64) == (40, 5)


def test_two_values_follow_the_arms_set_against_each_other_before_them(
    links: pd.DataFrame,
) -> None:
    assert linked(links, 22) == (50, 46)
    assert linked(links, 7) == (None, 44)


def test_exposed_and_unexposed_name_the_treated_and_the_control_arm(links: pd.DataFrame) -> None:
    assert linked(links, 27) == (200, 35)
    assert linked(links, 26) == (None, 45)


def test_the_dose_in_an_arm_s_brackets_after_its_count(links: pd.DataFrame) -> None:
    assert linked(links, 45.5) == (100, 22)
    assert linked(links, 13.5)[0] == 20


def test_a_dose_level_whose_noun_the_next_arm_s_words_give(links: pd.DataFrame) -> None:
    assert linked(links, 2.7) == (300, 26)
    assert linked(links, 5.3) == (600, 24)


def test_a_value_s_arm_named_by_what_it_was_allocated_to(links: pd.DataFrame) -> None:
    assert linked(links, 40)[0] == 250
    assert linked(links, 20)[0] == 500


def test_a_group_named_after_a_value_with_the_fluid_of_its_sample(links: pd.DataFrame) -> None:
    assert linked(links, 2)[1] == 9


def test_levels_told_for_a_part_of_a_counted_whole_are_the_part_s(links: pd.DataFrame) -> None:
    assert [linked(links, v)[1] for v in (1.4, 2.2, 2.9)] == [3, 3, 3]


def test_a_count_told_with_its_share_is_a_part_not_an_arm(links: pd.DataFrame) -> None:
    # "10 (42%) preferred the placebo days" counts an outcome: each share and each arm's value
    # describes the 24 who used both sprays
    for value in (380.0, 371.0, 58.0, 42.0):
        assert linked(links, value)[1] == 24, value


def test_a_value_after_the_total_of_pooled_trials_describes_no_counted_group(
    links: pd.DataFrame,
) -> None:
    # "The seven trials enrolled 410 mothers" counts the participants of several trials; a
    # later pooled value is not about all of them, while one study's enrolment is its group
    assert linked(links, 43.5)[1] is None
    assert linked(links, 36.5)[1] == 48


def test_an_arms_values_do_not_describe_the_whole_randomized(links: pd.DataFrame) -> None:
    # the 84 were split between three arms: the levels are one arm's, which no count names
    assert [linked(links, v)[1] for v in (35, 176, 0.27, 0.58)] == [None, None, None, None]


def test_a_value_told_of_everyone_randomized_describes_the_whole(links: pd.DataFrame) -> None:
    assert linked(links, 64)[1] == 84


def test_a_decimal_point_does_not_end_the_clause_that_names_the_arm(links: pd.DataFrame) -> None:
    assert [linked(links, v)[1] for v in (3.5, 17.6)] == [None, None]
