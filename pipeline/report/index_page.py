"""The index of drugs: searchable and sortable in the page (report.js), one row per drug."""

from __future__ import annotations

from pipeline.evidence import cells
from pipeline.report.data import DrugPage
from pipeline.report.page import esc, plain, shell

Row = dict[str, object]


def drug_summary(page: DrugPage) -> Row:
    """The index's numbers for one drug: documents, studies, results, highest relative infant
    dose (%) and highest milk level (mg/L)."""
    results = page["results"]
    rid = [
        cells.number(r.get("value_high") or r["value"])
        for r in results
        if r.get("kind") == "relative_infant_dose" and r["unit"] == "%"
    ]
    milk = [
        cells.number(r.get("value_high") or r["value"])
        for r in results
        if r.get("kind") == "concentration" and r.get("matrix") == "milk" and r["unit"] == "mg/L"
    ]
    return {
        "documents": len(page["documents"]),
        "studies": sum(1 for s in page["studies"] if s["kind"] == "study"),
        "results": len(results),
        "max_rid": max(rid) if rid else None,
        "max_milk": max(milk) if milk else None,
    }


def _num(value: object) -> tuple[str, str]:
    """(data-sort, shown) of a number; an empty cell sorts last."""
    if value is None:
        return "", ""
    return repr(cells.number(value)), plain(value)


def index_html(rows: list[tuple[Row, Row]], key: str) -> str:
    """rows: (drugs row, drug_summary) per drug, in name order."""
    out = []
    for drug, summary in rows:
        synonyms = ", ".join(cells.texts(drug.get("synonyms")))
        classes = "; ".join(cells.texts(drug.get("drug_class")))
        search = " ".join([str(drug["name"]), synonyms, classes]).lower()
        numbers = []
        for col in ("documents", "studies", "results", "max_rid", "max_milk"):
            sort, shown = _num(summary[col])
            numbers.append(f'<td class="n" data-sort="{sort}">{shown}</td>')
        out.append(
            f'<tr id="drug-{esc(drug["drug_id"])}" data-search="{esc(search)}">'
            f'<td data-sort="{esc(drug["name"])}"><a href="drugs/{esc(drug["drug_id"])}.html">'
            f"{esc(drug['name'])}</a>"
            + (f'<div class="syn">{esc(synonyms)}</div>' if synonyms else "")
            + f'</td><td data-sort="{esc(classes)}">{esc(classes)}</td>{"".join(numbers)}</tr>'
        )
    body = (
        "<h1>Lactation evidence by drug</h1>"
        '<p class="meta">Built from the pipeline’s tables (drugs.parquet, evidence.parquet). '
        "Every number on a drug's page opens the sentence it came from.</p>"
        '<input id="search" type="search" placeholder="Search drugs, other names, classes" '
        'aria-label="search drugs" autofocus> <span id="count" class="muted"></span>'
        '<table id="drugs"><thead><tr>'
        '<th id="col-name" class="sortable" data-type="text">drug</th>'
        '<th id="col-class" class="sortable" data-type="text">class</th>'
        '<th id="col-documents" class="sortable" data-type="number">documents</th>'
        '<th id="col-studies" class="sortable" data-type="number">studies</th>'
        '<th id="col-results" class="sortable" data-type="number">results</th>'
        '<th id="col-rid" class="sortable" data-type="number">highest relative infant dose (%)</th>'
        '<th id="col-milk" class="sortable" data-type="number">highest milk level (mg/L)</th>'
        "</tr></thead><tbody>\n" + "\n".join(out) + "\n</tbody></table>"
    )
    return shell("Lactation evidence by drug", body, key, script=True)
