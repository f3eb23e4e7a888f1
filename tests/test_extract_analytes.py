"""Which substance a result measures when a sentence names several: lists paired
"respectively", and a substance named right after each value. The records are written for
this test in LactMed's style, run through ingest and extraction."""

from __future__ import annotations

import pytest
from extraction import extract_tables


def measured(drug: str, body: str, column: str) -> list[tuple[float, str | None]]:
    """(value, column) of each result of a LactMed-style record about `drug`."""
    banner = f"{drug.title()} Levels and Effects while Breastfeeding"
    record = f"{banner}\nSummary of Use during Lactation\n{body}\n"
    return [(m["value"], m[column]) for m in extract_tables(f"{drug}.txt", record)["measurements"]]


def analytes(drug: str, body: str) -> list[tuple[float, str | None]]:
    return measured(drug, body, "analyte")


@pytest.mark.parametrize(
    ("drug", "body", "want"),
    [
        (
            "venlafaxine",
            "Six mothers taking venlafaxine 150 mg daily had average milk venlafaxine and "
            "desvenlafaxine concentrations of 280 and 796 mcg/L, respectively.",
            [(280, None), (796, "desvenlafaxine")],
        ),
        (
            "sertraline",
            "Three hours after a 100 mg dose, milk contained 0.9 and 2.3 mg/L of sertraline and "
            "norsertraline, respectively, and 0.4 and 1.1 mg/L after 12 hours.",
            [(0.9, None), (2.3, "norsertraline"), (0.4, None), (1.1, "norsertraline")],
        ),
        (
            "fluoxetine",
            "In 9 women given fluoxetine 20 mg daily, the milk/plasma ratio was 0.7 for fluoxetine "
            "and 0.5 for norfluoxetine.",
            [(0.7, None), (0.5, "norfluoxetine")],
        ),
    ],
)
def test_each_value_gets_the_substance_its_list_pairs_it_with(
    drug: str, body: str, want: list[tuple[float, str | None]]
) -> None:
    assert analytes(drug, body) == want


def test_the_pairing_goes_on_in_the_next_respectively() -> None:
    body = (
        "Eleven women taking tramadol 100 mg every 6 hours had mean milk tramadol and "
        "O-desmethyltramadol levels of 748 and 203 mcg/L, respectively. The estimated infant "
        "doses were 2.2% and 0.6% of the maternal weight-adjusted dosage, respectively."
    )
    assert analytes("tramadol", body) == [
        (748, None),
        (203, "o-desmethyltramadol"),
        (2.2, None),
        (0.6, "o-desmethyltramadol"),
    ]


def test_a_respectively_list_of_people_names_no_substance() -> None:
    body = (
        "After a single 40 mg dose of famotidine, levels were 72 and 3 mcg/L in the milk and "
        "the infants' serum, respectively."
    )
    assert [a for _, a in analytes("famotidine", body)] == [None, None]


@pytest.mark.parametrize(
    ("drug", "body", "want"),
    [
        (  # a name with a locant, and a one-letter series
            "ergocalciferol",
            "Four nursing women given ergocalciferol 2,000 IU daily had plasma "
            "25-hydroxyvitamin D levels of 36 ng/mL after 8 weeks.",
            [(36, "25-hydroxyvitamin d")],
        ),
        (
            "clozapine",
            "One mother's milk held 15 mcg/L of 8-hydroxyclozapine four hours after her dose.",
            [(15, "8-hydroxyclozapine")],
        ),
        (  # a metabolite named by its form, with the word "metabolite" after it
            "clozapine",
            "In 5 mothers, the 4-carboxyethyl metabolite was found in milk at 21 mcg/L.",
            [(21, "4-carboxyethyl metabolite")],
        ),
        (  # a salt or acid form of the drug is the drug
            "valproic acid",
            "Two mothers on valproic acid monotherapy had milk valproate levels of 2.4 mg/L.",
            [(2.4, None)],
        ),
        (  # the drug named as an arm leaves the body substance of the sentence in place
            "metoclopramide",
            "Serum prolactin climbed from 40 ng/mL to 131 ng/mL with metoclopramide and from "
            "44 to 52 ng/mL on placebo.",
            [(40, "prolactin"), (131, "prolactin"), (44, "prolactin"), (52, "prolactin")],
        ),
        (  # the drug started, a dose of it given, a period on it: arms, not the substance
            "lactagol",
            "Plasma prolactin, drawn from 7 nursing mothers before and 2 weeks after beginning "
            "lactagol 40 mg twice daily, did not change (means 96 vs 101 ng/mL).",
            [(96, "prolactin"), (101, "prolactin")],
        ),
        (
            "lactagol",
            "Serum prolactin in 12 women fell from 162 ng/mL before a single 0.5 mg oral dose of "
            "lactagol to 35 ng/mL two days later.",
            [(162, "prolactin"), (35, "prolactin")],
        ),
        (
            "examplol",
            "The mothers' prolactin rose from 71 to 143 ng/mL in the examplol period and from 75 "
            "to 139 ng/mL in the placebo period.",
            [(71, "prolactin"), (143, "prolactin"), (75, "prolactin"), (139, "prolactin")],
        ),
        (  # the substance named before a time and its verb
            "examplol",
            "In 40 mothers, milk output by day 3 was 38% and 41% higher than at baseline in the "
            "two groups, and serum prolactin at 48 hours was 151 and 158 ng/mL.",
            [(38, None), (41, None), (151, "prolactin"), (158, "prolactin")],
        ),
        (  # a sum's abbreviation as the long form the record gives it
            "examplol",
            "Examplol and its active metabolite N-desethylexamplol (NDE) were measured in the "
            "milk of 3 women; an exclusively breastfed infant would receive 0.9 mg/kg daily of "
            "examplol plus NDE.",
            [(0.9, "examplol plus n-desethylexamplol")],
        ),
        (  # the drug's base named with it, as its dose names it
            "examplol",
            "Examplol phosphate 250 mg contains 150 mg examplol base. Two women taking examplol "
            "base 150 mg weekly had milk levels of examplol base of 0.22 and 0.31 mg/L.",
            [(0.22, None), (0.31, None)],
        ),
        (  # a salt's ion named with the drug is the drug's salt
            "examplol",
            "After examplol sodium was given as a single 2 g intravenous infusion to 14 women "
            "having surgery, milk levels 3 to 5 hours later averaged 1.4 mg/L.",
            [(1.4, None)],
        ),
    ],
)
def test_names_with_locants_salts_and_arms(
    drug: str, body: str, want: list[tuple[float, str | None]]
) -> None:
    assert analytes(drug, body) == want


def test_a_second_dosed_drug_can_be_the_substance_measured() -> None:
    body = (
        "Mothers who took labetalol 200 mg twice daily or nifedipine 10 mg three times daily "
        "were sampled; average milk levels were 35 mcg/L for labetalol and 8.2 mcg/L for "
        "nifedipine."
    )
    assert analytes("labetalol", body)[-2:] == [(35, None), (8.2, "nifedipine")]


def test_after_a_mixed_sentence_unnamed_values_are_the_drugs() -> None:
    body = (
        "A woman taking venlafaxine 75 mg daily had milk levels of 120 mcg/L of venlafaxine and "
        "310 mcg/L of desvenlafaxine. The estimated infant intake was 6.4% of her "
        "weight-adjusted dosage."
    )
    assert analytes("venlafaxine", body)[-1] == (6.4, None)


def test_a_metabolite_known_by_its_code() -> None:
    body = (
        "In one nursing mother given molnupiravir 800 mg twice daily, milk levels of "
        "NHC-4125 reached 40 ng/mL."
    )
    assert analytes("molnupiravir", body)[-1] == (40, "nhc-4125")


def test_an_abbreviation_gives_the_long_form_the_text_spells_out() -> None:
    body = (
        "Sixteen infants had serum luteinizing hormone (LH) measured; LH averaged 1.3 IU/L in "
        "infants of treated mothers. Plasma 25-hydroxyvitamin D [25(OH)D] was also drawn, and "
        "maternal 25(OH)D was 29 ng/mL at delivery."
    )
    got = dict(analytes("norethindrone", body))
    assert got[1.3] == "luteinizing hormone"
    assert got[29] == "25-hydroxyvitamin d"


def test_a_substance_named_before_a_time_still_names_the_first_value() -> None:
    body = (
        "Serum prolactin in the treated mothers after 2 weeks (mean 88 ng/mL) was double that "
        "of untreated mothers."
    )
    assert analytes("sulpiride", body) == [(88, "prolactin")]


def test_an_abbreviation_spelled_out_in_an_earlier_paragraph() -> None:
    body = (
        "Bupivacaine is cleared to its metabolite pipecolylxylidide (PPX), which is less "
        "active.\nA mother given an epidural infusion had milk PPX of 0.21 mg/L at delivery."
    )
    assert analytes("bupivacaine", body)[-1] == (0.21, "pipecolylxylidide")


def test_a_locant_before_capitals_names_a_metabolite_as_written() -> None:
    body = "In 4 women taking mycophenolate, milk 7-OHM levels stayed below 0.5 mg/L."
    assert analytes("mycophenolate", body)[-1] == (0.5, "7-ohm")


def test_a_sum_named_before_a_time_covers_the_sentences_first_amount() -> None:
    body = (
        "The amount of nortriptyline plus its metabolites excreted over 12 hours totalled 21 mcg."
    )
    assert analytes("nortriptyline", body) == [(21, "nortriptyline plus its metabolites")]


def test_a_code_whose_derivative_is_named_is_the_parent_drug() -> None:
    body = (
        "Milk from 3 women taking balsalazide held 0.09 mg/L of 5-ASA and 8.8 mg/L of "
        "N-acetyl-5-ASA."
    )
    assert analytes("balsalazide", body)[-2:] == [(0.09, None), (8.8, "n-acetyl-5-asa")]


def test_the_metabolite_is_the_one_named_before() -> None:
    body = (
        "Five women taking venlafaxine 225 mg daily had milk O-desmethylvenlafaxine levels well "
        "above those of the parent. The milk/plasma ratio averaged 2.5 for venlafaxine and 2.7 "
        "for the metabolite."
    )
    assert analytes("venlafaxine", body)[-2:] == [(2.5, None), (2.7, "o-desmethylvenlafaxine")]


def test_a_share_named_as_a_substance() -> None:
    body = (
        "A fully breastfed infant would take in an estimated 5.2 mcg/kg daily as citalopram and "
        "1.4 mcg/kg daily as desmethylcitalopram."
    )
    assert analytes("citalopram", body) == [(5.2, None), (1.4, "desmethylcitalopram")]


def matrices(drug: str, body: str) -> list[tuple[float, str | None]]:
    return measured(drug, body, "matrix")


@pytest.mark.parametrize(
    "body",
    [
        "Quetiapine was not detectable (<1 ng/mL) in the plasma of 4 of the 5 breastfed infants.",
        "Quetiapine was undetectable (<1 ng/mL) in 6 of the 7 infants tested.",
        "Quetiapine was below 1 ng/mL in the serum of any of the babies whose mothers took "
        "100 mg daily.",
        "In one study, the only infant with a measurable level, whose mother took 300 mg daily, "
        "had a serum quetiapine level of 1 ng/mL.",
    ],
)
def test_the_infants_fluid_even_where_serum_comes_first_or_a_mother_is_mentioned(
    body: str,
) -> None:
    assert matrices("quetiapine", body)[-1] == (1, "infant_blood")


def test_their_infants_level_describes_the_counted_mothers() -> None:
    body = (
        "Among 14 women given quetiapine 50 mg daily, the drug was not detected (<1 ng/mL) in "
        "the serum of any of their breastfed infants."
    )
    record = f"Quetiapine Levels\nSummary of Use during Lactation\n{body}\n"
    tables = extract_tables("quetiapine.txt", record)
    groups = {p["item_id"]: p["n"] for p in tables["populations"]}
    level = tables["measurements"][-1]
    assert (level["value"], level["matrix"]) == (1, "infant_blood")
    assert groups[level["population_item_id"]] == 14


@pytest.mark.parametrize(
    ("body", "want"),
    [
        # a change of a body substance is that substance's; a change of milk output is not
        (
            "In 30 women taking domperidone 10 mg three times daily, serum prolactin fell by "
            "half after stopping and milk output decreased by 24%. The mothers' fasting glucose "
            "fell by 9%.",
            [(24, None), (9, "glucose")],
        ),
        # a change told as a multiple between two levels: the levels after it keep the substance
        (
            "Serum prolactin rose from 40 to 132 ng/mL with domperidone 20 mg (a 3.3-fold "
            "increase; P<.001) and from 38 to 52 ng/mL with placebo in 24 mothers.",
            [(40, "prolactin"), (132, "prolactin"), (3.3, "prolactin"), (38, "prolactin")]
            + [(52, "prolactin")],
        ),
        # the drug named as the time before the change leaves the substance in place
        (
            "Serum prolactin in 9 women fell from 74 ng/mL before domperidone was stopped to "
            "31 ng/mL a week later, and from 70 ng/mL before domperidone to 66 ng/mL after it.",
            [(74, "prolactin"), (31, "prolactin"), (70, "prolactin"), (66, "prolactin")],
        ),
    ],
)
def test_changes_and_the_levels_around_them(body: str, want: list) -> None:
    assert analytes("domperidone", body) == want


@pytest.mark.parametrize(
    "body, expected",
    [
        # A half-life in the infants, and one in their mothers.
        (
            "In 5 preterm neonates the half-life of sotalol was 40 hours, against 9 hours in the "
            "mothers.",
            [(40, "infant_blood"), (9, "maternal_blood")],
        ),
        # The fluid said once, then the other person's level.
        (
            "One infant's plasma sotalol was 0.6 mg/L and the mother's was 2.3 mg/L.",
            [(0.6, "infant_blood"), (2.3, "maternal_blood")],
        ),
        # Plasma from the infants, and a level found in one of them.
        (
            "Sotalol was not found (<2 ng/mL) in plasma samples from 9 of 11 infants. Its "
            "metabolite was found in plasma in one infant at 3 ng/mL.",
            [(2, "infant_blood"), (3, "infant_blood")],
        ),
        # Blood taken from some of the infants, its levels told after a colon.
        (
            "Blood was drawn from 4 of the infants: 3 had sotalol below 5 ng/mL and one had "
            "11 ng/mL.",
            [(5, "infant_blood"), (11, "infant_blood")],
        ),
        # The infants named by their treated mothers: still the infants' plasma.
        (
            "In 6 infants of treated mothers, plasma sotalol averaged 0.7 mg/L.",
            [(0.7, "infant_blood")],
        ),
    ],
)
def test_whose_blood_a_level_or_half_life_is(body: str, expected: list) -> None:
    assert matrices("sotalol", body) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # A glucuronide is the drug's metabolite, not the drug.
        (
            "Sotalol glucuronide was also found in milk, at 0.4 mg/L.",
            [(0.4, "sotalol glucuronide")],
        ),
        # An abbreviation the record calls a metabolite.
        (
            "Sotalol is converted to its metabolite HMS (hydroxymethylsotalol). In 6 women, HMS "
            "was present in milk at a mean of 0.2 mg/L.",
            [(0.2, "hms")],
        ),
        (
            "After 80 mg doses, MSX, its main metabolite, averaged 0.3 mg/L in milk.",
            [(0.3, "msx")],
        ),
    ],
)
def test_a_conjugate_or_an_abbreviation_called_a_metabolite(body: str, expected: list) -> None:
    assert analytes("sotalol", body) == expected


def test_what_the_drug_is_said_to_be_is_not_what_was_measured() -> None:
    body = (
        "Sotalol is a small water-soluble protein, and levels in milk are less than 2% of the "
        "level in the mother's serum."
    )
    assert analytes("sotalol", body) == [(2, None)]


def test_a_level_in_a_sentence_about_the_infants_blood() -> None:
    body = (
        "Nursed infants whose mothers take sotalol mostly have had unmeasurable serum levels, "
        "but some have had levels over 20 mcg/L."
    )
    assert matrices("sotalol", body) == [(20, "infant_blood")]


def _in_section(drug: str, section: str, body: str) -> list[dict]:
    """The results of a LactMed-style record about `drug` with `body` under `section`."""
    record = f"{drug.title()} Levels and Effects while Breastfeeding\n\n{section}\n\n{body}\n"
    return extract_tables(f"{drug}.txt", record)["measurements"]


def test_blood_measured_in_infants_named_after_it_is_the_infants() -> None:
    found = _in_section(
        "examplol",
        "Maternal Levels",
        "Plasma examplol, measured 12 hours after delivery in 9 infants of mothers given the "
        "higher dose, was undetectable (<0.4 ng/mL) in all of them.[2]",
    )
    assert [(m["value"], m["matrix"]) for m in found] == [(0.4, "infant_blood")]


def test_an_effects_sections_blood_level_is_the_infants_and_its_share_of_the_mothers() -> None:
    found = _in_section(
        "examplol",
        "Effects in Breastfed Infants",
        "A newborn breastfed by a mother taking examplol 200 mg daily developed bradycardia. "
        "Plasma examplol on day 4 was 0.31 mg/L, about 12% of the maternal level.[3]",
    )
    meaning = {m["value"]: (m["kind"], m["matrix"]) for m in found}
    assert meaning[0.31] == ("concentration", "infant_blood")
    assert meaning[12.0] == ("infant_plasma_ratio", "infant_blood")


def test_a_fluid_named_in_a_clause_before_is_not_the_next_clauses() -> None:
    found = _in_section(
        "examplol",
        "Infant Levels",
        "One exclusively breastfed infant had a plasma hydroxyexamplol level of 2.2 mcg/L, "
        "which was 1.8% of the simultaneous maternal plasma level; examplol itself was "
        "undetectable (<0.3 mcg/L).[1]",
    )
    assert [m["matrix"] for m in found if m["value"] == 0.3] == ["infant_blood"]


def test_a_metabolite_converted_back_to_the_drug_leaves_the_drug_itself() -> None:
    body = (
        "Examplol is metabolized in part to reduced examplol, which can be converted back to "
        "examplol. Milk examplol averaged 4.4 mcg/L in 3 women taking 10 mg daily."
    )
    assert analytes("examplol", body) == [(4.4, None)]


def test_a_blood_count_as_a_percentage_is_no_share_of_a_group() -> None:
    found = _in_section(
        "examplol",
        "Effects in Breastfed Infants",
        "At 8 weeks, mean hematocrit was 33% in 20 breastfed infants of treated mothers and 34% "
        "in 18 infants of untreated mothers.[4]",
    )
    meaning = {m["value"]: (m["kind"], m["analyte"]) for m in found}
    assert meaning[33.0] == ("other", "hematocrit")
    assert meaning[34.0] == ("other", "hematocrit")


def test_the_mean_value_of_a_substance_said_to_be_measured_before() -> None:
    body = (
        "Serum prolactin was measured in 10 nursing women before and after 7 days of examplide "
        "10 mg daily. The mean value fell from 152 to 127 ng/mL, a decline that was not "
        "statistically significant.[3]"
    )
    found = dict(analytes("examplide", body))
    assert (found[152], found[127]) == ("prolactin", "prolactin")


def test_amounts_recovered_in_milk_and_the_dose_the_mother_took() -> None:
    body = (
        "Five women took a single 20 mg dose of examplide; in all, 6.1 mcg of examplide and "
        "2.4 mcg of 4-hydroxyexamplide were recovered in milk over 48 hours.[4] Using these "
        "data, a fully breastfed infant would ingest about 0.9% of the maternal weight-adjusted "
        "dosage if the mother took the usual 10 mg once daily."
    )
    tables = extract_tables(
        "examplide.txt", f"Examplide Levels\nSummary of Use during Lactation\n{body}\n"
    )
    results = {m["value"]: (m["kind"], m["analyte"]) for m in tables["measurements"]}
    assert results[6.1] == ("amount_excreted", None)
    assert results[2.4] == ("amount_excreted", "4-hydroxyexamplide")
    assert 10.0 in {d["amount"] for d in tables["doses"]} and 10.0 not in results
