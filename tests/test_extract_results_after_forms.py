"""An amount said "after" a dosage form is a result measured after it, not a dose: "3.1 mcg was
recovered in milk after the tablet versus 4.0 mcg after the injection"; the dose given as either
form stays the one dose; when an event came after birth ("the first feed occurred a median of 40
minutes after delivery") is a result, and so is the time set against it, but not when a drug
was started; intakes "we estimate" are the infants' doses; "0.4 mg excreted in milk" is an amount
excreted, and "3 to 6 mg/kg a day prescribed when infants are treated" an infant's dose; a
model's "(relative standard error 11%)" is no result. The texts are written for these tests
(examplol: a made-up drug)."""

from __future__ import annotations

from extraction import extract_tables

TEXT = (
    "Examplol by two routes.\n\n"
    "Ten nursing mothers received examplol 25 mg as a tablet and, a week later, as an "
    "injection. A total of 3.1 mcg of examplol was recovered in milk over 12 hours after the "
    "tablet versus 4.0 mcg after the injection.\n"
)


def test_an_amount_after_a_dosage_form_is_a_result() -> None:
    tables = extract_tables("abstract.txt", TEXT)
    assert {m["value"] for m in tables["measurements"]} >= {3.1, 4.0}
    assert {d["amount"] for d in tables["doses"]} == {25.0}


def test_the_result_links_the_dose_not_the_other_result() -> None:
    tables = extract_tables("abstract.txt", TEXT)
    doses = {d["item_id"]: d["amount"] for d in tables["doses"]}
    later = next(m for m in tables["measurements"] if m["value"] == 4.0)
    assert doses.get(later["dose_item_id"]) == 25.0


def test_when_an_event_came_after_birth_is_a_result_and_the_time_against_it_too() -> None:
    text = (
        "Examplol in labour.\n\n"
        "Sixty women were given examplol 10 mg or nothing, started 6 hours after delivery. The "
        "first effective feed occurred a median of 40 minutes after delivery in the examplol group "
        "versus 25 minutes in the control group (P = 0.02).\n"
    )
    tables = extract_tables("abstract.txt", text)
    kinds = {m["value"]: m["kind"] for m in tables["measurements"]}
    assert kinds == {40.0: "other", 25.0: "other"}  # not the time the drug was started
    pair = next(c for c in tables["comparisons"] if list(c["values"]) == [40.0, 25.0])
    assert list(pair["arms"]) == ["examplol group", "control group"]


def test_estimated_intakes_are_the_infants_doses_not_the_mothers() -> None:
    text = (
        "Examplol in two infants.\n\n"
        "Two mothers took examplol 20 mg daily. From their milk levels we estimate daily intakes "
        "of 0.5 and 1.1 mcg/kg for the two infants.\n"
    )
    tables = extract_tables("letter.txt", text)
    assert {m["value"]: m["kind"] for m in tables["measurements"]} == {
        0.5: "infant_dose",
        1.1: "infant_dose",
    }
    assert {d["amount"] for d in tables["doses"]} == {20.0}


def test_an_amount_excreted_in_milk_and_an_infants_treatment_dose() -> None:
    text = (
        "Examplol and breastfeeding\n\n"
        "After a single 100 mg dose in 6 mothers, milk levels peaked at 0.5 mg/L; 0.4 mg excreted "
        "in milk over 24 hours. An infant would take in about 0.07 mg/kg a day. That is well below "
        "the 3 to 6 mg/kg a day prescribed when infants are treated with examplol directly.\n"
    )
    tables = extract_tables("page.txt", text)
    kinds = {m["value"]: m["kind"] for m in tables["measurements"]}
    assert kinds[0.4] == "amount_excreted"
    recipients = {d["amount"]: d["recipient"] for d in tables["doses"]}
    assert recipients == {100.0: "mother", 3.0: "infant"}


def test_a_models_relative_standard_error_is_no_result() -> None:
    text = (
        "Examplol modelled.\n\n"
        "In 30 lactating women given examplol 100 mg, the typical milk-to-plasma ratio was 0.6 "
        "(relative standard error 11%) and the predicted relative infant dose 1.4%.\n"
    )
    values = {m["value"] for m in extract_tables("abstract.txt", text)["measurements"]}
    assert values == {0.6, 1.4}
