"""Numbers and comparisons in abstracts and trial summaries (#11): a route named once for the
whole trial, and the ways abstracts set values side by side. The sentences are written for
these tests."""

from __future__ import annotations

import pytest
from extraction import extract_tables, the_comparison

HEAD = "Examplol in lactating women: a randomized trial\n\nAbstract\n\n"


def _tables(body: str) -> dict[str, list[dict]]:
    return extract_tables("examplol.txt", HEAD + body)


@pytest.mark.parametrize(
    ("body", "route"),
    [
        (
            "Methods: Nursing mothers took a matching placebo (n = 44) or examplol 20 mg once "
            "daily (n = 45) by mouth for 5 days.",
            "oral",
        ),
        (
            "Methods: Sixty postpartum women got examplol 5 mg or placebo, all taken by mouth "
            "twice a day, and milk was collected on day 4.",
            "oral",
        ),
        (
            "Methods: We followed 52 nursing mothers who had two doses of a vaccine, each "
            "injected intramuscularly four weeks apart.",
            "intramuscular",
        ),
        (
            "Results: Three small series of women receiving intravenous examplol after surgery "
            "found milk levels below 5 ng/mL.",
            "intravenous",
        ),
    ],
)
def test_a_route_named_once_for_the_whole_trial(body: str, route: str) -> None:
    routes = {s["route"] for s in _tables(body)["statements"]}
    assert route in routes
