"""Which substance a result measures when a sentence names several: lists paired
"respectively", and a substance named right after each value. The records are written for
this test in LactMed's style, run through ingest and extraction."""

from __future__ import annotations

import pytest

from pipeline.runner.document import SourceFile, process_document
from pipeline.settings import Settings


def analytes(drug: str, body: str) -> list[tuple[float, str | None]]:
    banner = f"{drug.title()} Levels and Effects while Breastfeeding"
    record = f"{banner}\nSummary of Use during Lactation\n{body}\n".encode()
    result = process_document(SourceFile(f"{drug}.txt", record), Settings())
    assert not result.errors, result.errors
    return [(m["value"], m["analyte"]) for m in result.tables["measurements"]]


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
