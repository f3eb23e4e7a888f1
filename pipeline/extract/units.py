"""UCUM codes -> canonical units with pint: one unit per dimension, no hand-written factors.

mass -> mg, volume -> mL, mass concentration -> mg/L, molar concentration -> mmol/L,
per body weight -> mg/kg, time -> h; %, {ratio}, [IU] and meq/L stay as they are."""

from __future__ import annotations

from functools import lru_cache
from typing import overload

import pint

# UCUM code -> pint expression. pint's own "mcg" is not microgram-safe everywhere, and UCUM
# reads "mcg" as something else, so microgram is always written out.
_PINT = {
    "mg": "milligram",
    "g": "gram",
    "ug": "microgram",
    "ng": "nanogram",
    "pg": "picogram",
    "kg": "kilogram",
    "mL": "milliliter",
    "L": "liter",
    "dL": "deciliter",
    "mg/L": "milligram/liter",
    "ug/L": "microgram/liter",
    "ng/mL": "nanogram/milliliter",
    "ug/mL": "microgram/milliliter",
    "mg/mL": "milligram/milliliter",
    "ng/L": "nanogram/liter",
    "pg/mL": "picogram/milliliter",
    "mg/dL": "milligram/deciliter",
    "ug/dL": "microgram/deciliter",
    "ng/dL": "nanogram/deciliter",
    "g/L": "gram/liter",
    "g/dL": "gram/deciliter",
    "mmol/L": "millimole/liter",
    "umol/L": "micromole/liter",
    "nmol/L": "nanomole/liter",
    "mg/kg": "milligram/kilogram",
    "ug/kg": "microgram/kilogram",
    "min": "minute",
    "h": "hour",
    "d": "day",
    "wk": "week",
    "mo": "month",
    "a": "year",
}
_CANONICAL = {
    "[mass]": ("milligram", "mg"),
    "[length] ** 3": ("milliliter", "mL"),
    "[mass] / [length] ** 3": ("milligram/liter", "mg/L"),
    "[substance] / [length] ** 3": ("millimole/liter", "mmol/L"),
    "[time]": ("hour", "h"),
    "": ("milligram/kilogram", "mg/kg"),  # mass per mass is dimensionless in pint
}


@lru_cache(maxsize=1)
def registry() -> pint.UnitRegistry:
    ureg: pint.UnitRegistry = pint.UnitRegistry()
    ureg.define("mcg = microgram")
    return ureg


@overload
def canonical(value: float, ucum: str) -> tuple[float, str]: ...
@overload
def canonical(value: float | None, ucum: str | None) -> tuple[float | None, str | None]: ...
@lru_cache(maxsize=65536)
def canonical(value: float | None, ucum: str | None) -> tuple[float | None, str | None]:
    """(value in the canonical unit, canonical UCUM code); units pint cannot convert pass as is."""
    if value is None or ucum is None:
        return value, ucum
    found = _factor(ucum)
    if found is None:
        return value, ucum
    factor, target = found
    return float(round(value * factor, 12)), target


@lru_cache(maxsize=256)
def _factor(ucum: str) -> tuple[float, str] | None:
    """(factor to the canonical unit, its UCUM code), asked of pint once per unit: every unit
    here is a multiple of its canonical one."""
    expr = _PINT.get(ucum)
    if expr is None:
        return None
    quantity = registry().Quantity(1.0, expr)
    dims = str(quantity.dimensionality)
    target = _CANONICAL.get("" if dims in ("dimensionless", "") else dims)
    if target is None:
        return None
    return float(quantity.to(target[0]).magnitude), target[1]
