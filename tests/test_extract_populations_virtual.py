"""People a model simulates ("simulated for 500 virtual term infants") are no study's group; the
women the model was built from are. The text is written for these tests (examplol: a made-up
drug)."""

from __future__ import annotations

from extraction import extract_tables

TEXT = (
    "Examplol in a population model.\n\n"
    "Thirty-six lactating women given examplol 200 mg once provided milk and plasma samples. "
    "Infant exposure was simulated for 500 virtual term infants and 500 simulated preterm "
    "infants; the predicted median relative infant dose was 2.2%.\n"
)


def test_a_models_virtual_infants_are_no_group() -> None:
    populations = extract_tables("abstract.txt", TEXT)["populations"]
    assert [(p["n"], p["who"]) for p in populations] == [(36, "mother")]
