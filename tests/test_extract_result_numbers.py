"""What a number in an abstract or a trial report is (#11): growth outcomes, scores, paired
before/after values, ratios named before their values, amounts compared between arms. The
sentences are written for these tests."""

from __future__ import annotations

from extraction import extract_tables

HEAD = "Examplol during lactation: a randomized trial\n\nAbstract\n\n"


def _tables(body: str) -> dict[str, list[dict]]:
    return extract_tables("examplol.txt", HEAD + body)


def _found(rows: list[dict]) -> list[tuple[float, str]]:
    return [(r.get("value", r.get("amount")), r["unit"]) for r in rows]


def test_a_weight_or_length_gained_is_a_result_not_a_dose() -> None:
    tables = _tables(
        "Results: Among 88 infants of mothers given examplol 10 mg daily or placebo, length "
        "gain by week 12 was 9.4 versus 9.1 cm, and weight gain by week 12 was 2.35 versus "
        "2.28 kg. Mean weight gain in the first month, 31 grams a day, was alike in the arms."
    )
    found = _found(tables["measurements"])
    assert found == [(9.4, "cm"), (9.1, "cm"), (2.35, "kg"), (2.28, "kg"), (31.0, "g")]
    assert {r["kind"] for r in tables["measurements"]} == {"other"}
    assert _found(tables["doses"]) == [(10.0, "mg")]


def test_an_infants_weight_at_a_visit_is_a_result() -> None:
    tables = _tables(
        "Results: 64 mothers took examplol 5 mg or nothing; infant weight at 6 months was "
        "7.41 vs 7.38 kg."
    )
    assert _found(tables["measurements"]) == [(7.41, "kg"), (7.38, "kg")]


def test_a_birth_size_or_a_mothers_weight_is_no_result() -> None:
    tables = _tables(
        "Methods: Mothers weighing 68 kg on average took examplol 20 mg daily; their infants' "
        "birth length was 50 cm and birth weight 3.4 kg, and a 4 cm incision was closed."
    )
    assert tables["measurements"] == []
    assert _found(tables["doses"]) == [(20.0, "mg")]


def test_before_and_after_pairs_listed_after_the_first_are_no_ranges() -> None:
    tables = _tables(
        "Results: Serum ferritin rose from 22 to 41 mcg/L with examplol 10 mg, from 24 to 58 "
        "mcg/L with 20 mg and from 21 to 26 mcg/L with placebo. Milk output grew faster: from "
        "310 to 520 mL a day, against 300 to 380 mL a day on placebo."
    )
    rows = tables["measurements"]
    assert [r["value"] for r in rows] == [22, 41, 24, 58, 21, 26, 310, 520, 300, 380]
    assert all(r["value_high"] is None for r in rows)


def _kinds(rows: list[dict]) -> list[tuple[float, str]]:
    return [(r["value"], r["kind"]) for r in rows if r["unit"] == "{ratio}"]


def test_a_ratio_named_with_its_sampling_time_before_its_values() -> None:
    tables = _tables(
        "Results: In 30 women given examplol 2 mg, the milk/serum ratio after 4 hours was 0.62 "
        "in the oral arm and 0.58 in the rectal arm. The milk/serum ratio at 12 h averaged 0.4."
    )
    assert _kinds(tables["measurements"]) == [
        (0.62, "milk_plasma_ratio"),
        (0.58, "milk_plasma_ratio"),
        (0.4, "milk_plasma_ratio"),
    ]


def test_a_level_as_a_fraction_of_the_blood_level_is_a_ratio() -> None:
    tables = _tables(
        "Results: In 9 women taking examplol 8 mg daily, milk levels were roughly 0.2 of the "
        "concurrent plasma levels. Infant plasma levels were under 0.03 of the maternal plasma "
        "level."
    )
    assert _kinds(tables["measurements"]) == [
        (0.2, "milk_plasma_ratio"),
        (0.03, "infant_plasma_ratio"),
    ]


def test_an_amount_used_compared_between_arms_and_its_difference_are_results() -> None:
    tables = _tables(
        "Results: Among 70 women given examplol 1 mg or saline after surgery, rescue morphine "
        "consumption over 48 h was higher with saline than with examplol (18 ± 6 vs 11 ± 5 mg; "
        "mean difference 7 mg, 95% CI 4 to 10)."
    )
    rows = [(r["value"], r["kind"]) for r in tables["measurements"]]
    assert rows == [(18.0, "other"), (11.0, "other"), (7.0, "other")]
    assert _found(tables["doses"]) == [(1.0, "mg")]


def test_an_element_given_as_a_salt_is_measured_as_an_analyte() -> None:
    tables = _tables(
        "Methods: 50 nursing mothers took iron 60 mg daily (as ferrous fumarate) or placebo "
        "for 12 weeks. Results: Milk iron at 12 weeks was 0.42 versus 0.35 mg/L."
    )
    assert [r["analyte"] for r in tables["measurements"]] == ["iron", "iron"]
    assert [s["drug"] for s in tables["statements"]] == ["ferrous fumarate"]


def _matrices(rows: list[dict]) -> list[tuple[float, str | None]]:
    return [(r["value"], r["matrix"]) for r in rows]


def test_a_later_clause_about_infant_urine_leaves_the_mothers_urine_alone() -> None:
    tables = _tables(
        "Results: In 40 women given examplol 5 mg, maternal urinary examplol was 310 mcg/L, "
        "and infant urinary examplol 12 mcg/L."
    )
    assert _matrices(tables["measurements"]) == [(310.0, "maternal_urine"), (12.0, "infant_urine")]


def test_a_hormone_with_no_fluid_named_is_measured_in_blood() -> None:
    tables = _tables(
        "Methods: 50 women expressing milk took examplol 10 mg or placebo. Results: Milk output "
        "was 540 vs 410 mL a day. Their prolactin rose from 95 to 188 ng/mL. Infant TSH was 2.2 "
        "vs 2.4 mIU/L."
    )
    levels = [m for m in _matrices(tables["measurements"]) if m[1] is not None]
    assert levels == [
        (95.0, "maternal_blood"),
        (188.0, "maternal_blood"),
        (2.2, "infant_blood"),
        (2.4, "infant_blood"),
    ]


def test_an_amount_each_arm_used_describes_its_group_a_difference_none() -> None:
    tables = _tables(
        "Results: Of the 90 women randomized to examplol 4 mg or placebo, median rescue "
        "opioid use in the first day was 10 mg vs 25 mg of morphine (p < .001), a mean "
        "difference of 15 mg."
    )
    counts = {p["item_id"]: p["n"] for p in tables["populations"]}
    linked = [
        (m["value"], counts.get(m.get("population_item_id") or "")) for m in tables["measurements"]
    ]
    assert linked == [(10.0, 90), (25.0, 90), (15.0, None)]


def test_the_other_arms_change_in_per_cent_is_a_change() -> None:
    tables = _tables(
        "Results: 60 mothers who took examplol 3 g daily raised their milk output by 31 per "
        "cent, against 12 per cent among mothers given placebo."
    )
    assert [(r["value"], r["kind"]) for r in tables["measurements"]] == [
        (31.0, "change"),
        (12.0, "change"),
    ]


def test_an_eligibility_volume_and_an_arm_named_by_its_amount_are_no_results() -> None:
    tables = _tables(
        "Methods: 72 women pumping less than 250 mL per day were randomized to examplol 600 "
        "IU, examplol 1200 IU or placebo. Results: Serum calcidiol was 81 nmol/L in the 1200 "
        "IU arm and 64 nmol/L in the placebo arm; the 1200 IU arm was significantly higher, "
        "and the difference between 600 and 1200 IU was not significant."
    )
    assert _found(tables["measurements"]) == [(81.0, "nmol/L"), (64.0, "nmol/L")]
    assert _found(tables["doses"]) == [(600.0, "[IU]"), (1200.0, "[IU]")]


def test_a_conclusion_naming_a_dose_again_adds_no_dose() -> None:
    tables = _tables(
        "Methods: 40 women took examplol 20 mg or 40 mg. Results: Milk levels were 11 and 23 "
        "mcg/L. Conclusions: Examplol 40 mg twice daily was well tolerated, and we conclude "
        "that doses up to 40 mg are safe."
    )
    assert _found(tables["doses"]) == [(20.0, "mg"), (40.0, "mg")]


def test_counts_that_are_a_year_or_an_affiliation_are_no_groups() -> None:
    tables = _tables(
        "1 Faculty of Medicine, Example University.\n2 Institute of Mother and Child Care, "
        "Example City.\n\nResults: A trial published in 2021, in which 30 mothers took "
        "examplol 5 mg, found milk levels of 12 mcg/L."
    )
    assert [p["n"] for p in tables["populations"]] == [30]


def test_a_count_standing_for_part_of_the_infants_just_named() -> None:
    tables = _tables(
        "Results: Among 12 breastfed infants of mothers taking examplol 5 mg daily, serum "
        "examplol was undetectable in 8, and in the remaining 4 it averaged 2.2 mcg/L, or 3% "
        "of the maternal serum level."
    )
    assert [(p["n"], p["who"]) for p in tables["populations"]] == [
        (12, "infant"),
        (8, "infant"),
        (4, "infant"),
    ]
    assert _matrices(tables["measurements"])[0] == (2.2, "infant_blood")


def test_points_on_a_scale_are_results_a_cut_off_is_not() -> None:
    tables = _tables(
        "Results: Of 64 women randomized to examplol 10 mg or placebo, the depression score "
        "fell by 7.2 points versus 4.1 points (mean difference -3.1 points), and 22 had a fall "
        "of at least 5 points."
    )
    rows = [(r["value"], r["unit"], r["kind"]) for r in tables["measurements"]]
    assert rows == [
        (7.2, "{score}", "other"),
        (4.1, "{score}", "other"),
        (-3.1, "{score}", "other"),
    ]
    difference = tables["measurements"][2]
    assert difference.get("population_item_id") is None


def test_the_substance_whose_use_is_compared_is_the_analyte() -> None:
    tables = _tables(
        "Results: Of 50 women given examplol 1 mg or saline, ropivacaine consumption over 24 h "
        "was lower with examplol than with saline (31 ± 9 vs 44 ± 12 mg), and opioid use was "
        "similar (12 vs 13 mg)."
    )
    rows = [(r["value"], r["analyte"]) for r in tables["measurements"]]
    assert rows == [(31.0, "ropivacaine"), (44.0, "ropivacaine"), (12.0, None), (13.0, None)]


def test_values_of_those_in_each_arm_who_had_an_outcome_describe_no_counted_group() -> None:
    tables = _tables(
        "Results: Of 80 infants whose mothers took examplol 5 mg or placebo, 12 needed "
        "phototherapy, and those who did need phototherapy needed it for less time with "
        "examplol (2.1 vs 3.4 days; p = 0.04)."
    )
    rows = [(r["value"], r.get("population_item_id")) for r in tables["measurements"]]
    assert rows == [(2.1, None), (3.4, None)]


def test_a_second_ratio_told_by_that_of_and_a_range_of_multiples() -> None:
    tables = extract_tables(
        "examplol.txt",
        "Examplol Levels and Effects while Breastfeeding\n\nMaternal Levels\n\n"
        "In 6 mothers taking examplol 200 mg twice daily, the milk/plasma ratio of examplol "
        "averaged 3.8 (range 1.6 to 7.7) and that of hydroxyexamplol 5.9 (range 2.0 to 19.5). "
        "Combined milk levels of the two were 2 to 4 times those in maternal serum.[1]\n",
    )
    ratios = {(r["value"], r.get("value_high")): r for r in tables["measurements"]}
    assert ratios[(5.9, None)]["kind"] == "milk_plasma_ratio"
    assert ratios[(5.9, None)]["analyte"] == "hydroxyexamplol"
    assert ratios[(2.0, 19.5)]["kind"] == "milk_plasma_ratio"
    assert ratios[(2.0, 4.0)]["unit"] == "{ratio}"


def test_what_a_days_milk_contained_is_a_result_and_that_of_the_metabolite() -> None:
    tables = extract_tables(
        "examplol.txt",
        "Examplol Levels and Effects while Breastfeeding\n\nMaternal Levels\n\n"
        "A mother taking examplol 500 mg every 8 hours pumped all of her milk for 24 hours; it "
        "contained 5.2 mg of examplol.[2] Examplol and desethylexamplol were measured in the "
        "milk and plasma of 4 women; the milk/plasma ratio of examplol was 0.61, and that of "
        "the metabolite was 0.23.[3]\n",
    )
    found = {r["value"]: r for r in tables["measurements"]}
    assert 5.2 in found and 5.2 not in [d["amount"] for d in tables["doses"]]
    assert found[0.23]["analyte"] == "desethylexamplol"
