"""Values whose unit is written once: table columns (tabs, pipes or aligned columns) and
"(mcg/mL) were:" lists."""

from __future__ import annotations

from pipeline.extract import extract_document
from pipeline.ingest.assemble import assemble
from pipeline.ingest.parsed import SourceFile
from pipeline.ingest.sentences import split_sentences
from pipeline.ingest.text import parse_text, text_to_blocks
from pipeline.ingest.web import parse_markdown

RECORD = """Examplol Levels and Effects while Breastfeeding

Drug Levels

Maternal Levels. A woman took examplol 100 mg twice daily. Milk and blood were sampled
over one dosing interval.[1]

Hours after dose    Milk (mcg/L)    Maternal blood (mcg/L)
0                   88              145
4                   131             402

Twenty mothers took examplol 5, 10 or 15 mg daily. Individual milk levels on day 10 (mcg/L) were:[2]
Dose group | Trough | 2 hours
5 mg | 12 | 24
15 mg | 49 | 93

In one woman, milk levels after an infusion were (mcg/mL):[3]
Day 1: 0.21
Day 2: 0.39
"""


def _tables(text: str) -> dict[str, list]:
    parsed = parse_text(SourceFile("examplol.txt", text.encode()))
    doc = assemble(parsed)
    return extract_document(doc.doc_id, doc.text, split_sentences(doc), parsed.drug)


def _markdown_tables(name: str, page: str, drug: str | None = None) -> dict[str, list]:
    """A Markdown page through ingest and extraction (the page's own drug, unless given)."""
    parsed = parse_markdown(SourceFile(name, page.encode()))
    doc = assemble(parsed)
    return extract_document(doc.doc_id, doc.text, split_sentences(doc), drug or parsed.drug)


def test_aligned_and_piped_lines_become_table_rows() -> None:
    rows = [b.text for b in text_to_blocks(RECORD) if b.kind == "table_row"]
    assert "Hours after dose | Milk (mcg/L) | Maternal blood (mcg/L)" in rows
    assert "0 | 88 | 145" in rows and "15 mg | 49 | 93" in rows
    # A lone line with a pipe ("Originator: X | Source: Y") is no table.
    assert not [
        b for b in text_to_blocks("Originator: NCI | Source: web\n\nText.") if b.kind == "table_row"
    ]


def test_column_units_and_intro_units_give_measurements() -> None:
    m = _tables(RECORD)["measurements"]
    got = sorted((r["value"], r["unit"]) for r in m)
    expected = [
        (88, "ug/L"),
        (145, "ug/L"),
        (131, "ug/L"),
        (402, "ug/L"),
        (12, "ug/L"),
        (24, "ug/L"),
        (49, "ug/L"),
        (93, "ug/L"),
        (0.21, "ug/mL"),
        (0.39, "ug/mL"),
    ]
    assert got == sorted(expected)
    # Every value still points at its own text, and names the rule that read it.
    assert all(r["rule_id"].startswith(("table.column_unit", "list.intro_unit")) for r in m)


def test_a_row_label_is_not_a_dose() -> None:
    doses = sorted(r["amount"] for r in _tables(RECORD)["doses"])
    assert doses == [5, 10, 15, 100]  # the prose doses; "5 mg | 12 | 24" labels a row


def test_a_column_of_strengths_holds_no_doses() -> None:
    page = """Examplol: use while breastfeeding

Dosage forms
Form\tStrength\tRoute
Delayed-release tablet\t800 mg; 1.2 g\tOral
Suppository\t1000 mg\tRectal

Dosing
Adults: 2.4 g by mouth per day in divided doses.
"""
    doses = _tables(page)["doses"]
    assert [(d["amount"], d["unit"]) for d in doses] == [(2.4, "g")]


def test_ratio_and_percent_columns_and_a_value_with_its_range() -> None:
    page = """Examplol: use while breastfeeding

Studies
Mothers | Mean milk level (mg/L) | Milk:plasma ratio | Infant dose (% of maternal dose)
Twelve mothers, 2 to 6 months postpartum | 3.9 (range 1.8–6.2) | 3.2 | 8.7
Strengths | 20 mg and 40 mg tablets
"""
    tables = _tables(page)
    found = {(m["value"], m["value_high"], m["unit"]) for m in tables["measurements"]}
    assert found == {
        (3.9, None, "mg/L"),
        (1.8, 6.2, "mg/L"),
        (3.2, None, "{ratio}"),
        (8.7, None, "%"),
    }
    assert tables["doses"] == []


def test_a_column_of_people_counted_and_cells_that_are_ranges() -> None:
    page = """Examplol: use while breastfeeding

Relative infant doses
| Drug and regimen | Women studied | RID (%) | Milk/plasma ratio |
|---|---|---|---|
| Examplol 250–500 mg three times daily | 7 | 0.1–0.4 | 0.19–0.34 |
| Otherol 50 mg three times daily | 1 | 0.9 | 0.49 |

Every drug in Table 1 has a relative infant dose well below 10%.
"""
    tables = _markdown_tables("examplol.md", page)
    assert sorted(p["n"] for p in tables["populations"]) == [1, 7]
    found = {(m["value"], m["value_high"], m["unit"]) for m in tables["measurements"]}
    assert {
        (0.1, 0.4, "%"),
        (0.19, 0.34, "{ratio}"),
        (0.9, None, "%"),
        (0.49, None, "{ratio}"),
    } <= found


def test_a_registry_row_of_counts_with_their_shares() -> None:
    page = """Secondary outcome: Infants with any side effect at 2 weeks

| | Examplol | Placebo |
|---|---|---|
| Count of participants (%) | 6 (20.0%) | 2 (7.1%) |
"""
    tables = _markdown_tables("registry.md", page)
    assert sorted(p["n"] for p in tables["populations"]) == [2, 6]
    assert sorted(m["value"] for m in tables["measurements"]) == [7.1, 20.0]


def test_rows_of_ratios_and_a_p_column_that_says_ns() -> None:
    page = """Results at 6 weeks

| Measure | Drug A (n = 9) | Drug B (n = 11) | p |
|---|---|---|---|
| Milk-to-serum ratio, mean | 1.4 | 0.7 | 0.01 |
| Infant-to-maternal serum ratio, % | 12 | 3 | NS |
"""
    tables = _markdown_tables("two-drugs.md", page)
    kinds = {(m["value"], m["unit"], m["kind"], m["matrix"]) for m in tables["measurements"]}
    assert {
        (1.4, "{ratio}", "milk_plasma_ratio", "milk"),
        (12.0, "%", "infant_plasma_ratio", "infant_blood"),
    } <= kinds
    verdicts = {tuple(c["values"]): c["significant"] for c in tables["comparisons"]}
    assert verdicts == {(1.4, 0.7): True, (12.0, 3.0): False}


def test_a_first_column_headed_with_doses_holds_doses() -> None:
    page = """Milk levels rose with the dose:

| Dose per day | Mothers | Milk level (ng/mL) |
|---:|---:|---:|
| 10 mg | 6 | 31 |
| 20 mg | 5 | 70 |
"""
    tables = _markdown_tables("doses.md", page)
    assert sorted(d["amount"] for d in tables["doses"]) == [10.0, 20.0]
    assert sorted(m["value"] for m in tables["measurements"]) == [31.0, 70.0]


def test_a_column_of_another_drugs_arm_measures_that_drug() -> None:
    page = """# Examplol versus otherol

Twenty mothers took examplol (n = 10) or otherol (n = 10).

| Measure | Examplol (n = 10) | Otherol (n = 10) | Placebo (n = 9) |
|---|---|---|---|
| Milk level, mg/L, median | 2.5 | 0.8 | 0.1 |
"""
    tables = _markdown_tables("examplol.md", page, "examplol")
    analytes = {m["value"]: m["analyte"] for m in tables["measurements"]}
    assert analytes == {2.5: None, 0.8: "otherol", 0.1: None}
