"""A sum the text names as the drug's whole ("total examplol moiety (examplol + desmethylexamplol)")
is the analyte of the values told of it, before the parts listed in its brackets. The text is
written for these tests (examplol: a made-up drug)."""

from __future__ import annotations

from extraction import extract_tables

TEXT = (
    "Examplol in milk.\n\n"
    "In 12 nursing mothers taking examplol 20 mg daily, the estimated infant dose of total "
    "examplol moiety (examplol + desmethylexamplol) was 2.0 mcg/kg/day, which is 1.2% of the "
    "maternal weight-adjusted dose.\n"
)


def test_the_total_moiety_is_the_analyte() -> None:
    rows = extract_tables("abstract.txt", TEXT)["measurements"]
    assert {m["value"]: m["analyte"] for m in rows} == {
        2.0: "total examplol moiety",
        1.2: "total examplol moiety",
    }
