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


LINKED = (
    "Examplol at two doses.\n\n"
    "Sixty-one mothers took part. Thirty were allocated to a capsule of examplol 10 mg daily (the "
    "low-dose arm) and 31 to a capsule of examplol 20 mg daily (the high-dose arm). Milk volume "
    "in the low-dose arm was 410, 455 and 470 mL/day at 2, 4 and 8 weeks, respectively, against "
    "405, 440 and 468 mL/day in the high-dose arm.\n"
)


def test_each_list_links_its_arms_group_and_dose() -> None:
    tables = extract_tables("summary.md", LINKED)
    groups = {p["item_id"]: p["n"] for p in tables["populations"]}
    doses = {d["item_id"]: d["amount"] for d in tables["doses"]}
    linked = {
        m["value"]: (groups.get(m["population_item_id"]), doses.get(m["dose_item_id"]))
        for m in tables["measurements"]
    }
    assert [linked[v] for v in (410.0, 455.0, 470.0)] == [(30, 10.0)] * 3
    assert [linked[v] for v in (405.0, 440.0, 468.0)] == [(31, 20.0)] * 3
