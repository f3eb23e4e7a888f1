"""Two lists of values over the same times, one list per arm, in one sentence: "... 310, 355 and
372 mL/day on days 3, 7 and 14, respectively, versus 298, 301 and 326 mL/day in the placebo
arm" is one comparison per time, between the two arms, its outcome at its time; two changes set
against each other ("from 112 to 241 ng/mL, against 109 to 178 ng/mL") are no such lists. The
texts are written for these tests (examplol: a made-up drug)."""

from __future__ import annotations

from extraction import extract_tables, the_comparison

TEXT = (
    "Examplol and milk supply.\n\n"
    "Sixty mothers were randomized to examplol 10 mg daily or placebo. Pumped milk volume in "
    "the examplol arm was 310, 355 and 372 mL/day on days 3, 7 and 14, respectively, versus "
    "298, 301 and 326 mL/day in the placebo arm (all P > 0.05).\n"
)


def test_each_time_is_one_comparison_of_the_two_arms() -> None:
    comparisons = extract_tables("abstract.txt", TEXT)["comparisons"]
    for values, day in (
        ([310.0, 298.0], "day 3"),
        ([355.0, 301.0], "day 7"),
        ([372.0, 326.0], "day 14"),
    ):
        pair = the_comparison(comparisons, values)
        assert list(pair["arms"]) == ["examplol arm", "placebo arm"]
        assert pair["outcome"].endswith(f"at {day}"), pair["outcome"]
        assert "milk volume" in pair["outcome"]
    assert not [c for c in comparisons if len(c["values"]) == 3]


def test_two_changes_set_against_each_other_are_no_twin_lists() -> None:
    text = (
        "Examplol and prolactin.\n\n"
        "In the 30 women given examplol, prolactin climbed from 112 to 241 ng/mL, against 109 "
        "to 178 ng/mL in the 30 given placebo.\n"
    )
    comparisons = extract_tables("abstract.txt", text)["comparisons"]
    assert not [c for c in comparisons if list(c["values"]) in ([112.0, 109.0], [241.0, 178.0])]
