"""An evidence summary tells one study under plain headings: "What the study did" introduces the
women and the two formulations, "What it found" gives the results, one statement, so each result
is of the women counted (a crossover: all of them). The formulations' initials ("after IR", "for
MR") name arms, no substance measured. The summary is written here, in wordings of our own
(examplol: a made-up drug). A page's pharmacology on adults ("about 75% of a dose is recovered
unchanged in urine") gives no result."""

from __future__ import annotations

from extraction import extract_tables

SUMMARY = """# Examplol formulations and breastfeeding: evidence summary

## What the study did

Researchers recruited 12 lactating women already treated with examplol. In random order and
after a washout, each woman took a single 50 mg immediate-release (IR) tablet in one period and a
single 50 mg modified-release (MR) tablet in the other.

## What it found

- **Peak milk level.** The peak milk level averaged 140 µg/L after IR compared with 85 µg/L
  after MR (P < 0.001).
- **Transfer.** The milk/plasma AUC ratio was 0.21 for IR and 0.20 for MR (P = 0.61).
"""


def test_the_results_under_what_it_found_are_of_the_women_the_study_counted() -> None:
    tables = extract_tables("summary.md", SUMMARY)
    counts = {p["item_id"]: p["n"] for p in tables["populations"]}
    linked = {m["value"]: counts.get(m["population_item_id"]) for m in tables["measurements"]}
    assert linked[140.0] == linked[85.0] == 12


def test_a_formulations_initials_name_an_arm_not_a_substance() -> None:
    rows = extract_tables("summary.md", SUMMARY)["measurements"]
    ratios = [m for m in rows if m["value"] in (0.21, 0.2)]
    assert len(ratios) == 2 and all(m["analyte"] is None for m in ratios)


PHARMACOLOGY = """<html><body><h1>Examplol - Use in breastfeeding</h1>
<h2>Pharmacokinetics</h2>
<p>Examplol is not metabolized to a meaningful extent; about 75% of a dose is recovered unchanged
in urine.</p>
<h2>Lactation</h2>
<p>In 6 women taking examplol 500 mg twice daily, peak milk levels averaged 2.4 mg/L and about
4% of a dose was excreted in breastmilk.[2]</p>
</body></html>"""


def test_a_drugs_excretion_in_adults_urine_is_no_result() -> None:
    rows = extract_tables("page.html", PHARMACOLOGY)["measurements"]
    assert 75.0 not in {m["value"] for m in rows}  # the adults' urine, no milk
    assert {m["value"] for m in rows} >= {2.4, 4.0}  # the milk's amount stays
    assert all(m["analyte"] != "meaningful" for m in rows)
