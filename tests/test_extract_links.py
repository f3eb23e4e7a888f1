"""Links from a result to the dose it followed and the group it describes, through a
statement's arms: counted arms read "respectively", arms named after or before a value, lists
of arm names, doses restated after a value or listed before a list of values, and arms named by
their dose's size. The documents are written here, in wordings of our own."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from extraction import linked

DOCUMENTS = {
    "respectively.txt": (
        "Sulpiride and milk supply\n\n"
        "Ninety mothers of preterm infants were randomly assigned to oral sulpiride 50 mg "
        "(n = 31), sulpiride 100 mg (n = 30) or placebo (n = 29) for ten days. "
        "Daily breast milk output increased by 110, 150 and 40 mL, respectively. "
        "Nausea was reported by 6%, 13% and 3% of women, respectively.\n"
    ),
    "named_arms.txt": (
        "Sulpiride and prolactin\n\n"
        "Sixty-four postpartum women took sulpiride 50 mg twice daily (n = 33) or a matching "
        "placebo (n = 31) for two weeks. "
        "Serum prolactin reached 96 ng/mL in the sulpiride group and 31 ng/mL in the placebo "
        "group. "
        "Exclusive breastfeeding at one month was reported by 70% of those given sulpiride and "
        "52% of those given placebo.\n"
    ),
    "restated_doses.txt": (
        "Sertraline in milk\n\n"
        "Four nursing mothers took sertraline 25 mg daily and 3 mothers took 100 mg daily. "
        "Milk sertraline averaged 12 mcg/L with the 25 mg dose and 47 mcg/L with the 100 mg "
        "dose. "
        "From the average milk level after 100 mg, a fully breastfed infant would take in about "
        "7 mcg/kg daily.\n"
    ),
    "dose_list.txt": (
        "Sufentanil during labor\n\n"
        "Forty-two women in labor were given sufentanil 10 mcg or 20 mcg epidurally. "
        "Cord blood sufentanil was lower after 10 mcg than after 20 mcg (0.03 vs 0.09 ng/mL).\n"
    ),
    "dose_size.txt": (
        "Ketamine at delivery\n\n"
        "Twenty women received intravenous ketamine 25 mg (n = 11) or ketamine 50 mg (n = 9) "
        "before cesarean delivery. "
        "Colostrum ketamine 3 hours later was 0.06 mg/L in the lower-dose group and 0.14 mg/L "
        "in the higher-dose group.\n"
    ),
    "arm_list.txt": (
        "Magnesium in labor\n\n"
        "In a randomized trial, 150 women with preeclampsia received no magnesium (n = 52), "
        "magnesium sulfate 2 g (n = 50) or magnesium sulfate 4 g (n = 48). "
        "Delayed onset of lactation occurred in 11%, 18% and 25% of women in the "
        "no-magnesium, 2 g and 4 g groups (p = 0.04).\n"
    ),
    "two_drugs.txt": (
        "Hydrochlorothiazide with amiloride\n\n"
        "Ten nursing women took hydrochlorothiazide 25 mg with amiloride 5 mg once daily; their "
        "median milk hydrochlorothiazide level was 38 mcg/L, and amiloride was undetectable "
        "(<2.2 mcg/L) in every sample.\n"
    ),
    "placebo_share.txt": (
        "Metoclopramide and milk supply\n\n"
        "Forty women took metoclopramide 10 mg three times daily for a week. Milk supply was "
        "adequate in 30 of 40 (75%) women given metoclopramide and in 9 of 20 (45%) women "
        "given placebo.\n"
    ),
    "recipient.txt": (
        "Phenobarbital for mothers and babies\n\n"
        "Nursing mothers with epilepsy usually take phenobarbital 60 mg twice a day. "
        "The usual neonatal loading dose is 20 mg/kg given intravenously. "
        "Guidelines advise that breastfed infants receive 400 IU of vitamin D daily.\n"
        "Children, febrile seizures: 5 mg/kg once daily. "
        "One arm had 1200 IU per day taken by the mother with placebo drops for the infant. "
        "Another trial compared 400 IU per day given to the infant as drops, or 6000 IU per day "
        "taken by the mother.\n"
    ),
    "who.txt": (
        "Lamotrigine in nursing infants\n\n"
        "Of 8 breastfed infants whose mothers took lamotrigine 200 mg daily, 6 had serum "
        "levels below 1 mg/L. "
        "A second report followed 14 mother\u2013infant pairs for three months.\n"
    ),
    "headed_abstract.txt": (
        "Labetalol and breastfeeding\n\n"
        "BACKGROUND\n\n"
        "Raised blood pressure after delivery is common and often treated.\n\n"
        "METHODS\n\n"
        "Nineteen breastfeeding women with postpartum hypertension took labetalol 200 mg twice "
        "daily for at least a week.\n\n"
        "RESULTS\n\n"
        "The median milk labetalol level was 27.5 mcg/L, and the relative infant dose was "
        "0.57%.\n"
    ),
    "bmj_abstract.txt": (
        "Propranolol in milk\n\n"
        "Objective To measure how much propranolol reaches breast milk.\n\n"
        "Design Open label pharmacokinetic study.\n\n"
        "Participants 16 nursing mothers on propranolol 40 mg three times a day.\n\n"
        "Results Milk propranolol averaged 14.6 mcg/L over the dosing interval.\n"
    ),
    "drug_arms.txt": (
        "Two antidepressants in milk\n\n"
        "Twenty-two mothers took citalopram 30 mg daily and 17 mothers took fluoxetine 20 mg "
        "daily. Milk levels averaged 61.5 mcg/L for citalopram and 83.5 mcg/L for fluoxetine. "
        "Irritability was reported in 4.5% of citalopram-exposed infants.\n"
    ),
    "repeated_order.txt": (
        "Selenium supplements\n\n"
        "Lactating women were randomized to placebo (n = 40), selenium 100 mcg (n = 41) or "
        "selenium 200 mcg (n = 39) daily. Milk selenium at 2 months was 12.4, 16.8 and 21.3 "
        "mcg/L in the placebo, 100 mcg and 200 mcg groups; at 4 months the values were 11.9, "
        "17.7 and 23.6 mcg/L. By 6 months the corresponding levels were 10.2, 18.1 and 24.9 "
        "mcg/L.\n"
    ),
    "only_group.txt": (
        "Lithium and nursing infants\n\n"
        "Of 23 breastfed infants whose mothers took lithium 600 mg daily, 8.7% had loose "
        "stools during the first month.\n"
    ),
    "each_arm.txt": (
        "Timing of a contraceptive injection\n\n"
        "We randomized 130 postpartum women to an early or a late injection; 65 were allocated "
        "to each arm. Exclusive breastfeeding at 3 months was 46.5% in the early arm and 39.5% "
        "in the late arm.\n"
    ),
    "named_again.txt": (
        "Examplol in newborns\n\n"
        "Eleven women took examplol 150 mg daily through delivery. Eight of the newborns were "
        "breastfed and 3 were fed formula. In the 8 breastfed infants, serum examplol was 2.35 "
        "mg/L at birth, whereas in the 3 formula-fed infants it was 0.47 mg/L on day 5.\n"
    ),
    "same_size_arms.txt": (
        "Examplol and infant weight\n\n"
        "Weight gain averaged 31.5 g/day in the 18 infants whose mothers took examplol and "
        "26.5 g/day in the 18 infants whose mothers took nothing.\n"
    ),
    "arms_said_as_groups.txt": (
        "Examplol at cesarean delivery\n\n"
        "We allocated 120 women having a cesarean delivery to epidural examplol 25, 50 or 75 "
        "micrograms. Colostrum examplol at 12 hours was 1.4, 2.9 and 4.4 ng/mL in the three "
        "groups.\n"
    ),
    "lettered_groups.txt": (
        "Examplol after surgery\n\n"
        "Women were randomly assigned to examplol 0.5 mcg/kg (group E1, n = 35) or saline "
        "(group C, n = 33). Breastfeeding within 1 h was achieved by 73% and 57% of women in "
        "E1 and C (P = 0.03).\n"
    ),
    "other_drug_arm.txt": (
        "Examplol or nifedipine after delivery\n\n"
        "A randomized trial in 58 women with high blood pressure after delivery compared "
        "examplol 10 mg daily with nifedipine 30 mg daily. At 3 weeks, 81% of women on examplol "
        "and 67% on nifedipine were breastfeeding exclusively, and milk volume on day 5 was 575 "
        "and 561 mL/day, respectively.\n"
    ),
    "restated_in_conclusions.txt": (
        "Examplol for milk supply: a randomized trial\n\nAbstract\n"
        "Methods: In this trial, 72 mothers were randomized to examplol 15 mg, examplol 30 mg or "
        "placebo, each taken twice daily for a week.\n"
        "Results: Milk volume rose by 90 ± 40 mL in the 15 mg group, 140 ± 55 mL in the 30 mg "
        "group and 35 ± 30 mL with placebo.\n"
        "Conclusions: Examplol 30 mg twice daily raised milk volume the most.\n"
    ),
    "volunteers_crossover.txt": (
        "Examplol and prolactin\n\n"
        "In a crossover study, 11 healthy volunteers received examplol 20 mg or placebo by "
        "mouth; serum prolactin did not differ between treatments, averaging 12.7 and 12.1 "
        "mcg/L, respectively.\n"
    ),
    "allocated_counts.txt": (
        "Examplol for pumping mothers\n\n"
        "In this pilot, 58 mothers were enrolled; 30 were allocated to examplol 1 g twice daily "
        "and 28 to an identical placebo sachet. Pumped volume rose from 270 to 455 mL with "
        "examplol and from 265 to 342 mL with placebo.\n"
    ),
    "uncounted_arms.txt": (
        "Domperidone trial\n\n"
        "Fifty-six mothers of preterm infants were randomized to domperidone 10 mg three times "
        "daily or placebo for one week. Milk output rose by 44.5% in the domperidone group and "
        "by 12.5% in the placebo group.\n"
    ),
    "infants_dosed.txt": (
        "Examplol given to infants\n\n"
        "In a study of 7 neonates given examplol 4 mg/kg intravenously, the serum half-life "
        "averaged 9.5 hours and peak serum levels averaged 3.1 mg/L.\n"
    ),
    "infant_controls.txt": (
        "Examplol and infant growth\n\n"
        "Of 37 exposed breastfed infants, 87% reached the 50th weight percentile by 6 months, "
        "compared with 85% of 61 matched controls.\n"
    ),
    "sampled_after.txt": (
        "Examplol twice a day\n\n"
        "A nursing mother took examplol 30 mg in the morning and 90 mg at night. Milk was "
        "pumped 4 hours after the 30 mg dose. It held 0.83 mg/L of examplol.\n"
    ),
    "own_dose_after.txt": (
        "Examplol on two days\n\n"
        "Six women took examplol 15 mg and, on another day, 45 mg. Milk levels were 2.7 mcg/L "
        "after the 15 mg dose and 8.4 mcg/L after the 45 mg dose. The half-life in milk was "
        "5.5 hours.\n"
    ),
    "cord_ratio.txt": (
        "Examplol at delivery\n\n"
        "Nine women were given examplol 500 mg intravenously before cesarean section. Cord "
        "serum averaged 2.6 mg/L and maternal serum 3.5 mg/L, a cord-to-maternal ratio of 0.74.\n"
    ),
}


def test_values_read_respectively_follow_the_counted_arms(links: pd.DataFrame) -> None:
    assert linked(links, 110) == (50, 31)
    assert linked(links, 150) == (100, 30)
    assert linked(links, 40) == (None, 29)  # placebo: no dose
    assert linked(links, 13) == (100, 30)


def test_an_arm_named_after_the_value(links: pd.DataFrame) -> None:
    assert linked(links, 96) == (50, 33)
    assert linked(links, 31) == (None, 31)
    assert linked(links, 70) == (50, 33)
    assert linked(links, 52) == (None, 31)


def test_a_dose_restated_after_the_value_and_the_group_that_took_it(links: pd.DataFrame) -> None:
    assert linked(links, 12) == (25, 4)
    assert linked(links, 47) == (100, 3)
    assert linked(links, 7)[0] == 100  # the dose restated before it in its sentence


def test_doses_listed_before_a_list_of_values(links: pd.DataFrame) -> None:
    assert linked(links, 0.03)[0] == 10
    assert linked(links, 0.09)[0] == 20


def test_arms_named_by_their_dose_size(links: pd.DataFrame) -> None:
    assert linked(links, 0.06) == (25, 11)
    assert linked(links, 0.14) == (50, 9)


def test_a_list_of_arm_names_after_a_list_of_values(links: pd.DataFrame) -> None:
    assert linked(links, 11) == (None, 52)
    assert linked(links, 18) == (2, 50)
    assert linked(links, 25) == (4, 48)


def test_who_of_a_bare_count_and_of_pairs_written_with_a_dash(extracted: Path) -> None:
    groups = pd.read_parquet(extracted / "populations.parquet")
    who = {int(r.n): r.who for r in groups.itertuples() if r.n in (8, 6, 14)}
    assert who == {8: "infant", 6: "infant", 14: "pair"}


def test_a_value_its_clause_names_another_drug_for(links: pd.DataFrame) -> None:
    assert linked(links, 38)[0] == 25
    assert linked(links, 2.2)[0] == 5


def test_a_share_in_the_placebo_arm_follows_no_dose(links: pd.DataFrame) -> None:
    assert linked(links, 75)[0] == 10
    assert linked(links, 45)[0] is None


def test_who_receives_a_dose(extracted: Path) -> None:
    doses = pd.read_parquet(extracted / "doses.parquet")
    got = {(float(r.amount), r.unit): r.recipient for r in doses.itertuples()}
    assert got[(60.0, "mg")] == "mother"
    assert got[(20.0, "mg/kg")] == "infant"  # a neonatal dose
    assert got[(400.0, "[IU]")] == "infant"  # what infants should receive
    assert got[(5.0, "mg/kg")] == "infant"  # a children's dosing line
    assert got[(1200.0, "[IU]")] == "mother"  # taken by the mother, placebo for the infant
    assert got[(6000.0, "[IU]")] == "mother"  # after an infant's dose in the same clause


def test_results_under_a_heading_line_belong_to_the_methods_study(links: pd.DataFrame) -> None:
    assert linked(links, 27.5) == (200, 19)
    assert linked(links, 0.57) == (200, 19)


def test_a_bmj_style_abstract_is_one_study(links: pd.DataFrame) -> None:
    assert linked(links, 14.6) == (40, 16)


def test_arms_named_by_their_drug_alone(links: pd.DataFrame) -> None:
    assert linked(links, 61.5) == (30, 22)
    assert linked(links, 83.5) == (20, 17)
    assert linked(links, 4.5)[0] == 30  # "citalopram-exposed" names the citalopram arm


def test_a_later_list_repeats_the_order_of_the_arms(links: pd.DataFrame) -> None:
    assert [linked(links, v) for v in (11.9, 17.7, 23.6)] == [
        (None, 40),
        (100, 41),
        (200, 39),
    ]
    assert [linked(links, v) for v in (10.2, 18.1, 24.9)] == [
        (None, 40),
        (100, 41),
        (200, 39),
    ]


def test_arms_with_no_count_of_their_own_link_no_group(links: pd.DataFrame) -> None:
    assert linked(links, 44.5) == (10, None)
    assert linked(links, 12.5) == (None, None)


def test_the_only_group_of_a_statement_is_every_value_s(links: pd.DataFrame) -> None:
    assert linked(links, 8.7) == (600, 23)


def test_a_count_given_for_each_arm_is_every_arm_s(links: pd.DataFrame) -> None:
    assert linked(links, 46.5)[1] == 65
    assert linked(links, 39.5)[1] == 65


def test_a_group_named_again_by_its_count_is_the_group_counted_first(
    links: pd.DataFrame, extracted: Path
) -> None:
    groups = pd.read_parquet(extracted / "populations.parquet")
    doc = links.loc[(links["value"] - 2.35).abs() < 1e-9, "doc_id"].iloc[0]
    assert sorted(groups.loc[groups.doc_id == doc, "n"]) == [3, 8, 11]
    assert linked(links, 2.35)[1] == 8
    assert linked(links, 0.47)[1] == 3
    same_size = links.loc[(links["value"] - 31.5).abs() < 1e-9, "doc_id"].iloc[0]
    assert list(groups.loc[groups.doc_id == same_size, "n"]) == [18, 18]  # two arms, one size


def test_values_in_infants_dosed_directly_follow_the_infants_dose(links: pd.DataFrame) -> None:
    assert linked(links, 9.5) == (4.0, 7)
    assert linked(links, 3.1) == (4.0, 7)


def test_a_cord_to_maternal_ratio_follows_the_mothers_dose(links: pd.DataFrame) -> None:
    assert linked(links, 0.74) == (500.0, 9)


def test_controls_set_against_infants_are_infants(extracted: Path) -> None:
    groups = pd.read_parquet(extracted / "populations.parquet")
    assert {int(r.n): r.who for r in groups.itertuples() if r.n in (37, 61)} == {
        37: "infant",
        61: "infant",
    }


def test_a_value_follows_the_dose_an_earlier_sentence_says_it_was_sampled_after(
    links: pd.DataFrame,
) -> None:
    assert linked(links, 0.83) == (30.0, None)
    # a value's own dose, said right after it, is no dose the next sentence's values followed
    assert linked(links, 8.4) == (45.0, 6)
    assert linked(links, 5.5) == (None, 6)


def test_values_in_the_groups_a_list_of_doses_made_follow_those_doses(links: pd.DataFrame) -> None:
    # "in the three groups" names no dose: the comparison's arms, the doses in turn, do
    assert [linked(links, v)[0] for v in (1.4, 2.9, 4.4)] == [25, 50, 75]


def test_groups_named_by_a_letter_are_the_counts_given_for_them(links: pd.DataFrame) -> None:
    assert linked(links, 73)[1] == 35
    assert linked(links, 57)[1] == 33


def test_a_value_whose_arm_names_another_drug_follows_that_drug_s_dose(
    links: pd.DataFrame,
) -> None:
    assert linked(links, 81)[0] == 10
    assert linked(links, 67)[0] == 30
    assert [linked(links, v)[0] for v in (575, 561)] == [10, 30]


def test_a_dose_named_again_in_the_conclusions_is_no_arm_of_its_own(links: pd.DataFrame) -> None:
    assert [linked(links, v)[0] for v in (90, 140, 35)] == [15, 30, None]


def test_values_of_a_crossover_in_volunteers_describe_them(links: pd.DataFrame) -> None:
    assert [linked(links, v)[1] for v in (12.7, 12.1)] == [11, 11]


def test_values_with_the_control_follow_the_count_allocated_to_it(links: pd.DataFrame) -> None:
    assert [linked(links, v)[1] for v in (265, 342)] == [28, 28]
    assert [linked(links, v)[1] for v in (270, 455)] == [30, 30]
