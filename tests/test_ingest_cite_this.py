"""How to cite the page itself ("Cite this article: ..." as a heading over the citation, or a
line of its own) is page furniture: dropped at ingest, so the doses in its title are no doses of
the page. The pages are written for these tests (examplol: a made-up drug)."""

from __future__ import annotations

from extraction import extract_tables

HTML = """<html><head><title>Examplol at two doses</title></head><body><main>
<h1>Examplol at two doses while breastfeeding</h1>
<p>In a trial, 40 nursing mothers took examplol 50 mg daily; milk levels averaged 0.4 mg/L.</p>
<h3>Cite this article</h3>
<p>Doe J, Roe K. Examplol 100 mg versus 200 mg a day in nursing mothers. J Lact Med. 2024;3:e12.</p>
</main></body></html>
"""

MARKDOWN = """# Examplol at two doses

In a trial, 40 nursing mothers took examplol 50 mg daily; milk levels averaged 0.4 mg/L.

**Cite this page:** Evidence Hub. Examplol 100 mg versus 200 mg a day. Updated 2024.
"""


def test_how_to_cite_the_page_is_no_content() -> None:
    for name, page in (("examplol.html", HTML), ("examplol.md", MARKDOWN)):
        tables = extract_tables(name, page)
        assert {d["amount"] for d in tables["doses"]} == {50.0}, name
        text = " ".join(s["text"] for s in tables["sentences"])
        assert "Cite this" not in text and "0.4 mg/L" in text, name
