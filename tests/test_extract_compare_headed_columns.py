"""A table whose value columns are headed "<outcome>: <arm>" ("Weaned by 3 months: examplol |
Weaned by 3 months: control"): each row's comparison has that outcome and the arms after the
colon; an arm that names another column of the row ("Control") is that row's cell there ("No
treatment"). The text is written for these tests (examplol: a made-up drug)."""

from __future__ import annotations

from extraction import extract_tables, the_comparison

PAGE = """# Examplol and early weaning

## Trials

| Study | Mothers (n) | Control | Weaned by 3 months: examplol | Weaned by 3 months: control |
|---|---|---|---|---|
| Abbot 2019 [1] | 80 | No treatment | 12% | 20% |
| Berrio 2021 [2] | 64 | Placebo tea | 15% | 17% |

## References

1. Abbot A. Examplol and weaning. J Lact. 2019;1:1-9.
2. Berrio B. Examplol tea trial. J Lact. 2021;3:10-19.
"""


def test_each_row_has_the_headers_outcome_and_its_own_control() -> None:
    comparisons = extract_tables("review.md", PAGE)["comparisons"]
    first = the_comparison(comparisons, [12.0, 20.0])
    second = the_comparison(comparisons, [15.0, 17.0])
    assert first["outcome"] == second["outcome"] == "Weaned by 3 months"
    assert list(first["arms"]) == ["examplol", "No treatment"]
    assert list(second["arms"]) == ["examplol", "Placebo tea"]
