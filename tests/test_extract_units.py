"""Units: the lexicon loads and validates; pint converts to one canonical unit per dimension."""

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.extract.mentions import analyze
from pipeline.extract.units import canonical


@pytest.mark.parametrize(
    "value, unit, expected",
    [
        (4, "g", (4000, "mg")),
        (15, "ug", (0.015, "mg")),
        (43, "ng/mL", (0.043, "mg/L")),
        (41, "ug/L", (0.041, "mg/L")),
        (2, "mg/dL", (20, "mg/L")),
        (350, "umol/L", (0.35, "mmol/L")),
        (30, "ug/kg", (0.03, "mg/kg")),
        (2, "L", (2000, "mL")),
        (30, "min", (0.5, "h")),
        (2, "d", (48, "h")),
        (63, "%", (63, "%")),
        (0.89, "{ratio}", (0.89, "{ratio}")),
        (400, "[IU]", (400, "[IU]")),
    ],
)
def test_canonical_units(value: float, unit: str, expected: tuple[float, str]) -> None:
    got, got_unit = canonical(value, unit)
    assert got_unit == expected[1]
    assert math.isclose(got, expected[0], rel_tol=1e-9)


@given(
    st.floats(min_value=0, max_value=1e6, allow_nan=False),
    st.sampled_from(["mg", "g", "ug", "ng/mL", "ug/L", "mg/L", "mmol/L", "mg/kg", "h", "%"]),
)
def test_canonicalizing_twice_changes_nothing(value: float, unit: str) -> None:
    once = canonical(value, unit)
    assert canonical(*once) == once


@pytest.mark.parametrize(
    "text, ucum",
    [
        ("levels of 3 mcg/L were", "ug/L"),
        ("levels of 3 mcg/mL were", "ug/mL"),
        ("levels of 3 ng/mL were", "ng/mL"),
        ("a dose of 3 mcg was", "ug"),
        ("3 µg daily", "ug"),
        ("400 IU daily", "[IU]"),
        ("0.5 mmol/L", "mmol/L"),
        ("25-50 mg/kg", "mg/kg"),
        ("310-420 mg/day", "mg"),
        ("2g", "g"),
        ("below 5 micrograms per litre", "ug/L"),
        ("about 2 milligrams per liter", "mg/L"),
        ("would take in about 8 micrograms per kg", "ug/kg"),
        ("drinking 150 mL per kg a day", "mL/kg"),
        ("up to 40 nanograms per millilitre", "ng/mL"),
        ("levels <3 ng/mL were", "ng/mL"),  # "<3" is not the emoticon
        ("total T4 9.8 mcg/dL", "ug/dL"),
        ("free T4 1.31 ng/dL", "ng/dL"),
    ],
)
def test_written_units_map_to_ucum(text: str, ucum: str) -> None:
    quantities = analyze(text).quantities
    assert [q.ucum for q in quantities] == [ucum]


def test_mcg_is_microgram_not_ucum_mcg() -> None:
    (q,) = analyze("The infant would receive 20 mcg daily.").quantities
    assert q.ucum == "ug"
    assert canonical(20, q.ucum) == (0.02, "mg")


def test_a_merged_unit_carries_its_rule_as_token_attributes() -> None:
    """Patterns and code read a unit's rule from the token (`_: {unit: true}`, `_.ucum`)."""
    doc = analyze("Milk levels were 1.5 mcg/L after 20 mg daily.").doc
    unit = next(t for t in doc if t.text == "mcg/L")
    assert (unit._.unit, unit._.unit_id, unit._.ucum, unit._.unit_kind) == (
        True,
        "unit.ug_per_l",
        "ug/L",
        "concentration",
    )
    milk = next(t for t in doc if t.text == "Milk")
    assert (milk._.unit, milk._.ucum, milk._.unit_per) == (False, "", "")
