"""Numbers in abstracts and trial summaries (issue #11): two values that are not a range, counts
written in words past a hundred, means with their SDs, regimens in parentheses, cut-offs, and
table rows whose label names the unit. The sentences are written for these tests."""

from __future__ import annotations

import pytest
from extraction import extract_tables

from pipeline.extract import extract_document
from pipeline.extract.compared_runs import comparisons_in
from pipeline.extract.mentions import analyze
from pipeline.extract.rules import get_rules
from pipeline.extract.sentence_items import classify, items_in
from pipeline.ingest.assemble import assemble
from pipeline.ingest.parsed import SourceFile
from pipeline.ingest.sentences import split_sentences
from pipeline.ingest.web import parse_markdown


def _values(text: str) -> list[tuple[float, float | None]]:
    return [(v.value, v.value_high) for q in analyze(text).quantities for v in q.values]


@pytest.mark.parametrize(
    "text, values",
    [
        # A change told with a comma before "from".
        ("With placebo the output barely changed, from 310 to 322 mL.", [(310, None), (322, None)]),
        # The second group's "from ... to" in a parallel clause.
        (
            "Milk sodium fell from 41 to 18 mmol/L in the early group and from 39 to 30 mmol/L "
            "in the late group.",
            [(41, None), (18, None), (39, None), (30, None)],
        ),
        (
            "Trough levels climbed from 2.5 to 6.1 mcg/L after the switch but only from 2.4 to "
            "2.9 mcg/L in those who stayed on the old dose.",
            [(2.5, None), (6.1, None), (2.4, None), (2.9, None)],
        ),
        # A day's number before "to" and a smaller level is no range's low end.
        (
            "Milk levels went up from 0.8 mg/L on week 2 to 1.6 mg/L on week 6.",
            [(0.8, None), (1.6, None)],
        ),
        ("Serum levels were 40 ng/mL on day 3 to 12 ng/mL a week later.", [(40, None), (12, None)]),
        # The verb left out of the second change: "... and her milk level from 6.0 to 9.5".
        (
            "Once the dose was doubled, his plasma level went up from 12 to 25 mg/L and the milk "
            "level from 6.0 to 9.5 mg/L.",
            [(12, None), (25, None), (6.0, None), (9.5, None)],
        ),
        # No change word: a range stays a range.
        ("Milk levels ranged from 3 to 11 mcg/L.", [(3, 11)]),
        ("Doses rose with age and ranged from 5 to 15 mg.", [(5, 15)]),
        ("Levels increased slightly, and doses from 5 to 15 mg were well tolerated.", [(5, 15)]),
    ],
)
def test_from_x_to_y_after_a_change_is_two_values(text: str, values: list) -> None:
    assert _values(text) == values


@pytest.mark.parametrize(
    "text, ratio",
    [
        ("Hindmilk caffeine exceeded the serum level by a factor of 1.7.", 1.7),
        ("Milk levels were higher than plasma levels by a factor of about 4.", 4.0),
    ],
)
def test_a_level_by_a_factor_of_another_is_a_ratio(text: str, ratio: float) -> None:
    (q,) = analyze(text).quantities
    assert (q.values[0].value, q.ucum) == (ratio, "{ratio}")


def test_two_changes_are_two_comparisons() -> None:
    text = (
        "Serum prolactin climbed from 30 to 95 ng/mL with the herb and from 28 to 41 ng/mL with "
        "placebo."
    )
    items = items_in(analyze(text), get_rules(), set(), lactmed=False)
    runs = comparisons_in(text, items, get_rules())
    assert [[i.value.value for i in run] for run in runs] == [[30, 95], [28, 41]]


@pytest.mark.parametrize(
    "text, n",
    [
        ("Two hundred and thirteen nursing mothers answered the survey.", 213),
        ("One hundred forty-two infants were followed to six months.", 142),
        ("Three hundred women enrolled.", 300),
        # A registry's count, with its thousands separators.
        ("The registry linked 1,204,311 mothers to their prescriptions.", 1204311),
    ],
)
def test_counts_in_words_past_a_hundred(text: str, n: int) -> None:
    assert [p.n for p in analyze(text).populations] == [n]


def _kept(text: str, lactmed: bool = False) -> list[tuple[float, str, str]]:
    items = items_in(analyze(text), get_rules(), set(), lactmed=lactmed)
    return [(i.value.value, i.quantity.ucum, i.table) for i in items]


def test_a_second_mean_with_its_sd_is_a_result_like_the_first() -> None:
    text = "Mean weight gain was 812 ± 190 g and 705 ± 176 g in the two arms."
    assert _kept(text) == [(812, "g", "measurements"), (705, "g", "measurements")]


def test_a_capsule_strength_taken_on_a_schedule_is_a_dose() -> None:
    taken = "Mothers were given ginger capsules (500 mg three times a day) for a week."
    assert _kept(taken) == [(500, "mg", "doses")]
    sold = "The supplement is sold as capsules (500 mg) in most pharmacies."
    assert _kept(sold) == []


def test_a_cut_off_that_defines_an_outcome_is_no_result() -> None:
    text = "Hypocalcemia, defined as serum calcium under 8 mg/dL, occurred in 4% of infants."
    q = analyze(text).quantities[0]
    assert classify(text, q, q.values[0], get_rules(), lactmed=False)[0] is None


def test_a_dose_naming_groups_has_no_drug() -> None:
    text = "Sleepiness was seen in the 25 mg and 75 mg groups alike."
    doses = [i for i in items_in(analyze(text), get_rules(), set()) if i.table == "doses"]
    assert [i.drug for i in doses] == [None, None]


PAGE = """# Examplol for low milk supply

A trial compared examplol, a second herb and placebo in 75 mothers.

| Outcome | Examplol (n = 25) | Otherherb (n = 25) | Placebo (n = 25) | P value |
|---|---|---|---|---|
| Milk output at day 10, mL | 540 | 505 | 420 | 0.01 |
| Serum prolactin, ng/mL, mean (SD) | 88 (21) | 80 (19) | 61 (17) | 0.03 |
| Mothers with headache (%) | 12 | 8 | 4 | 0.5 |
"""


def test_a_row_label_with_a_unit_gives_results_per_arm_compared() -> None:
    parsed = parse_markdown(SourceFile("examplol.md", PAGE.encode()))
    doc = assemble(parsed)
    tables = extract_document(doc.doc_id, doc.text, split_sentences(doc), parsed.drug)
    found = sorted((m["value"], m["unit"]) for m in tables["measurements"])
    assert found == sorted(
        [(540, "mL"), (505, "mL"), (420, "mL"), (88, "ng/mL"), (80, "ng/mL"), (61, "ng/mL")]
        + [(12, "%"), (8, "%"), (4, "%")]
    )
    # The arms' sizes are groups; the results are not.
    assert sorted(p["n"] for p in tables["populations"]) == [25, 25, 25, 75]
    compared = sorted(
        (list(c["values"]), c["unit"], c["p_value"], c["significant"])
        for c in tables["comparisons"]
    )
    # Each row's P column tells whether its difference is significant.
    assert compared == [
        ([12, 8, 4], "%", 0.5, False),
        ([88, 80, 61], "ng/mL", 0.03, True),
        ([540, 505, 420], "mL", 0.01, True),
    ]


def test_structured_abstract_sub_headings_label_their_paragraphs() -> None:
    page = """# Examplol for low milk supply

## Abstract

### Methods

Forty mothers were randomized to examplol 20 mg daily or placebo.

### Results

Milk output rose from 300 to 420 mL/day with examplol.

## Funding

None.
"""
    parsed = parse_markdown(SourceFile("examplol.md", page.encode()))
    texts = [b.text for b in parsed.blocks if b.kind == "paragraph"]
    assert texts == [
        "Methods: Forty mothers were randomized to examplol 20 mg daily or placebo.",
        "Results: Milk output rose from 300 to 420 mL/day with examplol.",
        "None.",
    ]
    doc = assemble(parsed)
    tables = extract_document(doc.doc_id, doc.text, split_sentences(doc), parsed.drug)
    # The results go on about the trial the methods introduced: one statement.
    assert len(tables["statements"]) == 1


@pytest.mark.parametrize(
    "text, counts",
    [
        (
            "Nineteen mothers were assigned to the early group and 17 to the delayed group.",
            [19, 17],
        ),
        ("Rash was seen in 4 infants in the exposed group and 1 in the unexposed group.", [4, 1]),
    ],
)
def test_a_second_group_counted_without_its_noun(text: str, counts: list[int]) -> None:
    assert [p.n for p in analyze(text).populations] + [
        p.of_total for p in analyze(text).populations if p.of_total
    ] == counts


def test_a_bag_of_the_substance_is_a_dose_and_a_syringe_is_not() -> None:
    assert _kept("Each mother drank tea brewed from a 1.5 g bag of dried leaves.") == [
        (1.5, "g", "doses")
    ]
    assert _kept("Doses were drawn up with a 5 mL oral syringe.") == []


def _compared(text: str) -> list[list[float]]:
    items = items_in(analyze(text), get_rules(), set(), lactmed=False)
    return [[i.value.value for i in run] for run in comparisons_in(text, items, get_rules())]


@pytest.mark.parametrize(
    "text, runs",
    [
        (
            "Exclusive breastfeeding at 3 months was reported by 62% of mothers given the herb, "
            "55% of those given the low dose and 40% of those given nothing.",
            [[62, 55, 40]],
        ),
        (
            "Mastitis recurred in 12.5% and 9.1% of the treated women compared with 28% of "
            "controls.",
            [[12.5, 9.1, 28]],
        ),
        (
            "Milk output was 410 mL with the drug and 350 mL with placebo, and fat content was "
            "4.1% and 3.8%, respectively.",
            [[410, 350], [4.1, 3.8]],
        ),
        (
            "Serum ferritin did not differ between the two arms (medians 34 and 31 ng/mL).",
            [[34, 31]],
        ),
        (
            "Nipple pain was noted in 11%, 14% and 25% of women in the cream, gel and control "
            "groups.",
            [[11, 14, 25]],
        ),
    ],
)
def test_lists_compared_across_arms(text: str, runs: list[list[float]]) -> None:
    assert _compared(text) == runs


def test_a_list_with_no_arms_is_no_comparison() -> None:
    assert _compared("Milk levels at 2, 4 and 8 hours were 12, 9 and 5 mcg/L.") == []


def test_a_time_to_an_event_is_a_result_and_a_time_to_peak_is_not() -> None:
    text = "Mean time to the onset of copious milk was 61 hours with the drug and 70 hours without."
    assert _kept(text) == [(61, "h", "measurements"), (70, "h", "measurements")]
    assert _kept("The time to peak milk level was 3 hours.") == []


def test_a_value_restated_in_parentheses_counts_once() -> None:
    assert _kept("Milk held 12 micrograms per litre (12 mcg/L) of the drug.") == [
        (12, "ug/L", "measurements")
    ]
    assert _kept("She took 50 mcg (0.05 mg) of it daily.") == [(50, "ug", "doses")]


def test_a_level_as_a_multiple_of_another_is_a_ratio() -> None:
    text = "Colostrum levels were about 2.5 times higher than those in maternal plasma."
    assert _kept(text) == [(2.5, "{ratio}", "measurements")]


def test_a_level_as_a_multiple_of_a_level_named_after_it_is_a_ratio() -> None:
    text = "Her foremilk level was 1.4 mg/L, about 1.8 times the paired plasma level."
    assert _kept(text) == [(1.4, "mg/L", "measurements"), (1.8, "{ratio}", "measurements")]
    assert _kept("She took 200 mg 3 times daily.") == [(200, "mg", "doses")]


def test_a_dose_as_a_multiple_of_another_is_no_ratio() -> None:
    assert _kept("The infant was given 5 times higher than the usual dose by mistake.") == []
    # A multiple written in words is no number the quantity rules read (and breaks nothing).
    assert _kept("The dose was four times greater than the usual dose of 10 mg.") == [
        (10, "mg", "doses")
    ]


def test_a_results_table_and_the_conclusions_go_on_about_the_trial() -> None:
    page = """# Examplol for low milk supply

## Abstract

### Methods

Forty mothers were randomized to examplol 20 mg per day or placebo for 2 weeks.

### Results

Milk output rose more with examplol (P = 0.02).

| Outcome | Examplol 20 mg/day | Placebo | P |
|---|---|---|---|
| Milk output at day 14, mL | 512 | 430 | 0.02 |

### Conclusions

Examplol 20 mg per day was effective.
"""
    parsed = parse_markdown(SourceFile("examplol.md", page.encode()))
    doc = assemble(parsed)
    tables = extract_document(doc.doc_id, doc.text, split_sentences(doc), parsed.drug)
    assert len(tables["statements"]) == 1
    # The dose the table's header and the conclusions restate is counted once.
    assert [(d["amount"], d["unit"]) for d in tables["doses"]] == [(20, "mg")]
    assert sorted(m["value"] for m in tables["measurements"]) == [430, 512]


@pytest.mark.parametrize(
    "text, value, kind, matrix",
    [
        # The infant's level as a share of the mother's, though the clause before named milk.
        (
            "Examplol passes into breastmilk, and nursed infants have plasma levels averaging "
            "about 12% of their mothers' plasma levels.",
            12.0,
            "infant_plasma_ratio",
            "infant_blood",
        ),
        (
            "The average milk level was 64% of the simultaneous maternal plasma level.",
            64.0,
            "milk_plasma_ratio",
            "milk",
        ),
        # Fluids paired with values in turn.
        (
            "Four hours after a dose, maternal plasma, milk and infant plasma levels were 14, 9 "
            "and 0.5 mg/L, respectively.",
            0.5,
            "concentration",
            "infant_blood",
        ),
        (
            "Four hours after a dose, maternal plasma, milk and infant plasma levels were 14, 9 "
            "and 0.5 mg/L, respectively.",
            9.0,
            "concentration",
            "milk",
        ),
        # A percentage that goes on a share of a level is that share too.
        (
            "Milk levels averaged 30% of the simultaneous plasma levels at low doses vs 21% at "
            "higher doses.",
            21.0,
            "milk_plasma_ratio",
            "milk",
        ),
        (
            "Infant serum levels are mostly under 5% of the maternal serum level, though levels "
            "as high as 35% have been reported.",
            35.0,
            "infant_plasma_ratio",
            "infant_blood",
        ),
        (
            "Infant serum levels were 8% of the maternal serum level, and 25% of the infants had "
            "loose stools.",
            25.0,
            "proportion",
            None,
        ),
        # A share of the mother's dose that went into milk is an amount excreted.
        (
            "Over 12 hours, an average of 0.04% of the maternal dose was excreted into milk.",
            0.04,
            "amount_excreted",
            None,
        ),
        (
            "One mother excreted a total of 0.3% of the dose into her milk over a day.",
            0.3,
            "amount_excreted",
            None,
        ),
        (
            "Over two days the amount excreted into her milk was 2.6 mcg, or 0.05% of the dose.",
            0.05,
            "amount_excreted",
            None,
        ),
        (
            "The infant would receive 0.9% of the maternal weight-adjusted dosage.",
            0.9,
            "relative_infant_dose",
            None,
        ),
        # A weight lost, told as a share of birth weight.
        (
            "Exposed babies lost more weight in the first days (median 7.4% vs 5.2% of birth "
            "weight).",
            5.2,
            "change",
            None,
        ),
        # A share of infants after a weight outcome is no change.
        (
            "At two weeks, 28% of placebo infants had not regained their birth weight, compared "
            "with 12% in the herb group.",
            12.0,
            "proportion",
            None,
        ),
        # Relative changes told with the verb alone, or with words between the verb and "by".
        ("Their daily milk output rose 28% by the second week.", 28.0, "change", None),
        (
            "One dose cut the milk yield of the mothers by about 19% in that study.",
            19.0,
            "change",
            None,
        ),
        (
            "Switching to the smaller patch lowered the nicotine reaching the infant by about 30% "
            "and 55%, respectively.",
            55.0,
            "change",
            None,
        ),
        # "by" naming who reached an outcome is no change's amount.
        (
            "A 30% or greater rise in milk volume was reached by 64% of mothers on the drug.",
            64.0,
            "proportion",
            None,
        ),
        # A half-life set against another, in the mothers.
        (
            "Newborns eliminate examplol slowly: its half-life was about 60 hours in newborns, "
            "compared with 4 to 6 hours in their mothers.",
            4.0,
            "half_life",
            "maternal_blood",
        ),
        # A cord level relative to the mother's: no milk in the ratio.
        (
            "At birth, cord serum held 4.4 mg/L and maternal serum 6.1 mg/L (umbilical-to-maternal "
            "ratio 0.72).",
            0.72,
            "other",
            None,
        ),
        # Milk as a multiple of the mother's level, the level named by its word alone.
        (
            "Her milk held about 1.7 times her level at the same hour.",
            1.7,
            "milk_plasma_ratio",
            "milk",
        ),
        # An infant's level as a share of the mother's, her level's noun said once before.
        (
            "The baby's serum examplol was 0.3 mg/L and its mother's was 5 mg/L, so the baby's "
            "level was 6% of the mother's.",
            6.0,
            "infant_plasma_ratio",
            "infant_blood",
        ),
        # The mothers' level written with a typographic apostrophe.
        (
            "Breastmilk examplol was about 9% of the mothers’ plasma levels.",
            9.0,
            "milk_plasma_ratio",
            "milk",
        ),
    ],
)
def test_what_a_value_measures(text: str, value: float, kind: str, matrix: str | None) -> None:
    found = extract_tables("page.txt", "Examplol\n\n" + text + "\n")
    measured = {m["value"]: (m["kind"], m["matrix"]) for m in found["measurements"]}
    assert measured[value] == (kind, matrix)


@pytest.mark.parametrize(
    "text, amount, recipient",
    [
        (
            "Paediatricians give examplol directly to infants over 6 months, at 4 mg/kg a day.",
            4.0,
            "infant",
        ),
        ("Preterm babies with apnoea are treated with examplol at 8 mg/kg a day.", 8.0, "infant"),
        ("Infants treated directly for reflux are given 1 to 2 mg/kg a day.", 1.0, "infant"),
        ("Infants whose mothers were given 300 mg daily gained weight normally.", 300.0, "mother"),
        ("Infants of mothers in the control arm were given 5 mg/kg of examplol.", 5.0, "infant"),
        ("Infants of mothers who were given 250 mg daily were followed.", 250.0, "mother"),
        ("Guidelines ask that breastfed infants receive drops of 7 mg a day.", 7.0, "infant"),
        # Counted infants a participle doses, and counted infants whose mothers were dosed.
        (
            "A study in 8 preterm neonates given examplol 3 mg/kg measured serum levels.",
            3.0,
            "infant",
        ),
        (
            "A study of 8 infants whose mothers were given 50 mg daily found no effects.",
            50.0,
            "mother",
        ),
        (
            "For mothers who would rather not give drops to the infant, maternal intake of 90 mg "
            "daily is an option.",
            90.0,
            "mother",
        ),
    ],
)
def test_who_a_dose_is_for(text: str, amount: float, recipient: str) -> None:
    found = extract_tables("page.txt", "Examplol\n\n" + text + "\n")
    assert {d["amount"]: d["recipient"] for d in found["doses"]}[amount] == recipient


def test_what_milk_carried_out_is_an_amount_excreted() -> None:
    text = (
        "One mother taking 40 mg daily pumped all of her milk for a day; a total of 0.21 mg of "
        "examplol and 0.06 mg of desmethylexamplol was excreted in 24 hours. A breastfed baby "
        "typically gets under 0.3 mg/kg of examplol a day."
    )
    found = extract_tables("page.txt", "Examplol\n\n" + text + "\n")
    kinds = {m["value"]: m["kind"] for m in found["measurements"]}
    assert kinds == {0.21: "amount_excreted", 0.06: "amount_excreted", 0.3: "infant_dose"}
    assert [d["amount"] for d in found["doses"]] == [40.0]


def test_counts_that_share_the_people_named_after_them() -> None:
    text = "A cohort compared 52 breastfed and 47 bottle-fed infants of mothers taking examplol."
    found = extract_tables("page.txt", "Examplol\n\n" + text + "\n")
    assert {p["n"]: p["who"] for p in found["populations"]} == {52: "infant", 47: "infant"}


@pytest.mark.parametrize(
    "text",
    [
        # What an infant is estimated to receive, with the infant's weight in parentheses.
        "Her 6-week-old son (4.2 kg) was calculated to receive 0.35 mg/kg of examplol daily.",
        "Fully breastfed babies were predicted to ingest 0.08 mg/kg each day.",
        # The infants' dose, told with a plural possessive.
        "The infants' mean dose was 0.06 mg/kg a day.",
    ],
)
def test_what_an_infant_is_estimated_to_receive_is_no_dose(text: str) -> None:
    found = extract_tables("page.txt", "Examplol\n\nA mother took 40 mg daily. " + text + "\n")
    assert [d["amount"] for d in found["doses"]] == [40.0]
    assert [m["kind"] for m in found["measurements"]] == ["infant_dose"]


@pytest.mark.parametrize(
    "line",
    [
        "Examplin, Examplin SR | Strengths: 10 mg, 40 mg tablets; SR 20 mg, 80 mg",
        "**Trade names:** Examplin · **Capsules:** 15 mg, 30 mg",
        "*Available as:* Examplin (examplol hydrochloride 10 mg, 20 mg), Examplin Retard (60 mg)",
        "Each capsule contains 75 mg examplol (as the sulfate, equivalent to 64 mg base).",
        # The unit said once, after the last of the strengths.
        "Supplied as scored tablets 5, 10, 25 and 50 mg; protect from light.",
    ],
)
def test_a_line_labelled_with_a_products_strengths_holds_no_doses(line: str) -> None:
    page = (
        f"# Examplol\n\n{line}\n\nNine mothers took 20 mg twice daily; milk levels were 15 mcg/L.\n"
    )
    found = extract_tables("page.md", page)
    assert [d["amount"] for d in found["doses"]] == [20.0]


def test_a_labelled_strength_taken_on_a_schedule_is_still_a_dose() -> None:
    page = "# Examplol\n\nTablets: 10 mg twice daily for adults.\n"
    assert [d["amount"] for d in extract_tables("page.md", page)["doses"]] == [10.0]


def test_a_list_of_six_doses_sharing_one_unit() -> None:
    text = "Seven mothers were taking examplol at 10, 20, 30, 60, 90 and 120 mg daily."
    assert _kept(text) == [(v, "mg", "doses") for v in (10, 20, 30, 60, 90, 120)]


def test_a_reference_dose_named_for_children_after_it() -> None:
    text = (
        "Eight women took 150 mg daily; the infants were estimated to get 0.9 mcg/kg daily, about "
        "0.02% of the 4 mg/kg paediatric treatment dose."
    )
    found = extract_tables("page.txt", "Examplol\n\n" + text + "\n")
    assert {d["amount"]: d["recipient"] for d in found["doses"]} == {150: "mother", 4: "infant"}
    kinds = {m["value"]: m["kind"] for m in found["measurements"]}
    assert kinds == {0.9: "infant_dose", 0.02: "relative_infant_dose"}


def test_a_maternal_dose_beside_pharmacology_is_still_a_dose() -> None:
    text = (
        "Since examplol is mostly protein bound, little reaches the milk, and maternal doses as "
        "high as 900 mg a day have caused no problems in nursed infants."
    )
    found = extract_tables("page.txt", "Examplol\n\n" + text + "\n")
    assert [d["amount"] for d in found["doses"]] == [900.0]


@pytest.mark.parametrize(
    "line, doses",
    [
        ("* **Capsules:** swallow one 15 mg capsule at night; some need 30 mg.", [15.0, 30.0]),
        (
            "| Who | Form | Usual dose | Most in 24 hours |\n|---|---|---|---|\n"
            "| Adults | Capsules | 15 mg to 30 mg | 60 mg |",
            [15.0, 60.0],
        ),
    ],
)
def test_a_form_label_before_instructions_or_doses_is_no_strength_line(
    line: str, doses: list[float]
) -> None:
    found = extract_tables("page.md", f"# Examplol\n\n{line}\n")
    assert sorted(d["amount"] for d in found["doses"]) == doses


def test_an_amount_named_as_excretion_into_milk_is_no_dose() -> None:
    text = "Cumulative excretion of examplol into breastmilk over 12 hours averaged 35 mcg."
    found = extract_tables("page.txt", "Examplol\n\nSix mothers took 40 mg daily. " + text + "\n")
    assert [d["amount"] for d in found["doses"]] == [40.0]
    assert [m["kind"] for m in found["measurements"]] == ["amount_excreted"]


def test_how_long_two_groups_breastfed_set_against_each_other_is_a_result() -> None:
    text = (
        "Mothers who took examplol breastfed for about as long as untreated mothers (mean 7.2 "
        "vs 7.9 months; P = 0.6)."
    )
    found = extract_tables(
        "page.txt", "Examplol\n\nTwenty mothers took 40 mg daily. " + text + "\n"
    )
    assert [(m["value"], m["unit"]) for m in found["measurements"]] == [(7.2, "mo"), (7.9, "mo")]
    assert [c["values"] for c in found["comparisons"]] == [[7.2, 7.9]]


def test_a_period_named_after_a_half_life_is_no_half_life() -> None:
    text = (
        "Examplol's half-life in milk was 4.5 hours, and milk collected during the first 24 "
        "hours held 0.3 mg in all."
    )
    found = extract_tables("page.txt", "Examplol\n\nNine mothers took 40 mg daily. " + text + "\n")
    assert [(m["value"], m["unit"]) for m in found["measurements"] if m["unit"] == "h"] == [
        (4.5, "h")
    ]


def test_percentages_of_a_volume_or_a_newborn_s_weight_set_side_by_side_are_results() -> None:
    text = (
        "Examplol for milk supply\n\n"
        "Forty women were randomized to examplol or placebo. Relative to baseline, volume rose "
        "by 58% and 21%, respectively. Newborn weight loss on day 3 was 6.1% and 6.6%.\n"
    )
    found = extract_tables("abstract.txt", text)
    assert {m["value"] for m in found["measurements"]} >= {58.0, 21.0, 6.1, 6.6}
