"""Statements of abstracts (issue #11): results given again to set them side by side stay one
result each (pipeline/extract/restated_values.py); an article's title and a structured
abstract's background hold no statement (segment.keep_statement). Texts written for these
tests."""

from __future__ import annotations

from extraction import extract_tables

RESTATED = """Caffeine and milk output (synthetic abstract)

METHODS: We enrolled 60 women who drank coffee daily and gave them one of three coffees.

RESULTS: Baseline output was 610, 590 and 605 mL/day in the three groups. At 4 weeks, the first
group made 700 mL/day, more than the second group (640 mL/day; p = 0.02). In the second group
output rose from 590 to 640 mL/day.
"""


def test_values_given_again_side_by_side_are_the_first_results() -> None:
    tables = extract_tables("caffeine.txt", RESTATED)
    volumes = sorted(m["value"] for m in tables["measurements"] if m["unit"] == "mL")
    assert volumes == [590, 605, 610, 640, 700]
    ids = {m["item_id"] for m in tables["measurements"]}
    # every comparison points at rows that are there
    assert all(set(c["measurement_item_ids"]) <= ids for c in tables["comparisons"])


def test_the_same_value_in_a_new_comparison_stays() -> None:
    text = (
        "We studied 60 mothers in three groups.\n\n"
        "Sore nipples were reported by 5%, 8% and 12% of women on day 3. "
        "By day 10, 2%, 5% and 9% of women still reported them (P = 0.04)."
    )
    shares = sorted(m["value"] for m in extract_tables("nipples.txt", text)["measurements"])
    assert shares == [2, 5, 5, 8, 9, 12]


ABSTRACT = """Arch Lact Med. 2021;4:55-60.

Tramadol in milk after 50 mg or 100 mg doses: a prospective cohort study

BACKGROUND: About 1 in 5 mothers needs an analgesic after a cesarean delivery.

METHODS: Twenty women took tramadol 50 mg every 6 hours; milk levels averaged 110 mcg/L.
"""


def test_a_title_and_a_background_hold_no_statement() -> None:
    tables = extract_tables("tramadol.txt", ABSTRACT)
    assert [d["amount"] for d in tables["doses"]] == [50]
    assert [(m["value"], m["unit"]) for m in tables["measurements"]] == [(110, "ug/L")]
    assert [p["n"] for p in tables["populations"]] == [20]
