"""Typed reads of table cells. A row read back from Parquet is a dict[str, object]; these say
what a column holds, so the type checker follows the value, and a cell of another type fails
loudly here instead of being silenced with a `type: ignore`."""

from __future__ import annotations


def number(value: object) -> float:
    """A numeric cell (double or integer column) that is not empty."""
    if isinstance(value, (int, float)):
        return float(value)
    raise TypeError(f"not a number: {value!r}")


def optional_number(value: object) -> float | None:
    return None if value is None else number(value)


def whole(value: object) -> int:
    """An integer cell that is not empty."""
    if isinstance(value, int):
        return value
    raise TypeError(f"not an integer: {value!r}")


def optional_text(value: object) -> str | None:
    if value is None or isinstance(value, str):
        return value
    raise TypeError(f"not a string: {value!r}")


def texts(value: object) -> list[str]:
    """A list-of-strings cell; an empty (null) cell is an empty list."""
    if value is None:
        return []
    if isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value):
        return [str(v) for v in value]
    raise TypeError(f"not a list of strings: {value!r}")


def wholes(value: object) -> list[int]:
    """A list-of-integers cell; an empty (null) cell is an empty list."""
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        return [whole(v) for v in value]
    raise TypeError(f"not a list of integers: {value!r}")


def numbers(value: object) -> list[float]:
    """A list-of-numbers cell; an empty (null) cell is an empty list."""
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        return [number(v) for v in value]
    raise TypeError(f"not a list of numbers: {value!r}")


def optional_texts(value: object) -> list[str | None]:
    """A list-of-strings cell whose items may be empty (arms without a label)."""
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        return [optional_text(v) for v in value]
    raise TypeError(f"not a list of strings: {value!r}")
