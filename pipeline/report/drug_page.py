"""A drug's page and the index of drugs."""

from __future__ import annotations

from collections.abc import Iterable

from pipeline.evidence import cells
from pipeline.report.data import Comparison, DrugPage, Study
from pipeline.report.page import (
    SECTION_NAMES,
    esc,
    link,
    number,
    pubmed,
    result_link,
    shell,
    sources_block,
)
from pipeline.report.plot import MARKERS, milk_plot, plot_points

Row = dict[str, object]
# Studies table: column -> which results go in it (kind, matrix); the rest go to "other".
COLUMNS = (
    ("milk levels", lambda r: r.get("kind") == "concentration" and r.get("matrix") == "milk"),
    (
        "infant levels and doses",
        lambda r: (
            r.get("kind") == "infant_dose"
            or (r.get("kind") == "concentration" and r.get("matrix") == "infant_blood")
        ),
    ),
    ("relative infant dose", lambda r: r.get("kind") == "relative_infant_dose"),
)


def page_file(drug_id: object) -> str:
    return f"drugs/{drug_id}.html"


def _links(rows: Iterable[Row]) -> str:
    return "<br>".join(result_link(r) for r in rows)


def _group_and_dose(rows: list[Row]) -> tuple[str, str]:
    """The linked groups' n and the linked doses, each a link to its own sentence."""
    groups = {str(r["population_item_id"]): r for r in rows if r.get("population_item_id")}
    doses = {str(r["dose_item_id"]): r for r in rows if r.get("dose_item_id")}
    n = "<br>".join(
        link(k, f"{esc(r['n'])}" + (f" ({esc(r['who'])})" if r.get("who") else ""))
        for k, r in sorted(groups.items())
    )
    dose = "<br>".join(link(k, esc(r["dose_text"])) for k, r in sorted(doses.items()))
    return n, dose


def studies_table(studies: list[Study]) -> str:
    if not studies:
        return '<p class="muted">No results were extracted for this drug.</p>'
    head = "".join(f"<th>{esc(name)}</th>" for name, _ in COLUMNS)
    out = [
        '<table class="studies"><thead><tr><th>section</th><th>n</th><th>dose</th>'
        f"{head}<th>other results</th><th>citation</th></tr></thead><tbody>"
    ]
    for study in studies:
        rows = study["results"]
        n, dose = _group_and_dose(rows)
        columns: list[str] = []
        used: set[str] = set()
        for _, wanted in COLUMNS:
            mine = [r for r in rows if wanted(r)]
            used.update(str(r["item_id"]) for r in mine)
            columns.append(f'<td class="n">{_links(mine)}</td>')
        other = [r for r in rows if str(r["item_id"]) not in used]
        other_cell = "<br>".join(
            f"{result_link(r)} <span class=muted>{esc(r.get('kind') or r.get('measure'))}</span>"
            for r in other
        )
        cites = " ".join(pubmed(c) for c in study["citations"])
        section = SECTION_NAMES.get(study["section"], study["section"])
        out.append(
            f'<tr id="st-{esc(study["statement_id"])}"><td>{esc(section)}</td>'
            f'<td class="n">{n}</td><td>{dose}</td>{"".join(columns)}<td>{other_cell}</td>'
            f"<td>{cites}</td></tr>"
        )
    out.append("</tbody></table>")
    return "\n".join(out)


def rid_list(results: list[Row]) -> str:
    rids = [r for r in results if r.get("kind") == "relative_infant_dose"]
    if not rids:
        return '<p class="muted">No relative infant dose was extracted.</p>'
    items = []
    for r in sorted(rids, key=lambda r: -cells.number(r["value"])):
        dose = (
            f" after {link(r['dose_item_id'], esc(r['dose_text']))}"
            if r.get("dose_item_id")
            else ""
        )
        items.append(
            f"<li>{result_link(r)}{dose} <span class=muted>{esc(r['source_path'])}</span></li>"
        )
    return '<ul class="rid">' + "".join(items) + "</ul>"


def _significance(c: Row) -> str:
    p = ""
    if c.get("p_value") is not None:
        p = f" (p {esc(c.get('p_qualifier') or '=')} {cells.number(c['p_value']):g})"
    if c.get("significant") is True:
        return f'<span class="sig-yes">significant</span>{p}'
    if c.get("significant") is False:
        return f'<span class="sig-no">not significant</span>{p}'
    return f'<span class="muted">not stated</span>{p}'


def comparisons_table(comparisons: list[Comparison]) -> str:
    if not comparisons:
        return '<p class="muted">No comparisons were extracted.</p>'
    out = [
        '<table class="comparisons"><thead><tr><th>outcome</th><th>arms and values</th>'
        "<th>significance</th><th>citation</th></tr></thead><tbody>"
    ]
    for compared in comparisons:
        c, linked = compared["comparison"], compared["linked"]
        values = cells.numbers(c["values"])
        arms = cells.optional_texts(c.get("arms"))
        parts = []
        for i, v in enumerate(values):
            target = linked[i] if len(linked) == len(values) else c["item_id"]
            arm = esc(arms[i]) + ": " if i < len(arms) and arms[i] else ""
            parts.append(f"{arm}{link(target, number(v, None, c.get('unit')))}")
        outcome = c.get("outcome") or c.get("measure") or ""
        cites = " ".join(pubmed(x) for x in compared["citations"])
        out.append(
            f"<tr><td>{esc(outcome)}</td><td>{' vs '.join(parts)}</td>"
            f"<td>{_significance(c)}</td><td>{cites}</td></tr>"
        )
    out.append("</tbody></table>")
    return "\n".join(out)


def _header(page: DrugPage) -> str:
    drug = page["drug"]
    facts = []
    for label, value in (("CAS", drug.get("cas")), ("UNII", drug.get("unii"))):
        if value:
            facts.append(f"{label} {esc(value)}")
    if drug.get("drug_class"):
        facts.append("class: " + esc("; ".join(cells.texts(drug["drug_class"]))))
    if page["parent"]:
        facts.append(
            f'a form of <a href="{esc(drug["parent_drug_id"])}.html">{esc(page["parent"])}</a>'
        )
    salts = page["salts"]
    if salts:
        facts.append(
            "forms: " + ", ".join(f'<a href="{esc(i)}.html">{esc(n)}</a>' for i, n in salts)
        )
    docs = ", ".join(esc(d["source_path"]) for d in page["documents"])
    synonyms = esc(", ".join(cells.texts(drug.get("synonyms"))))
    return (
        '<p><a href="../index.html">← all drugs</a></p>'
        f"<h1>{esc(drug['name'])}</h1>"
        + (f'<p class="syn">also: {synonyms}</p>' if synonyms else "")
        + f'<p class="meta">{" · ".join(facts)}</p>'
        + (f'<p class="meta">documents: {docs}</p>' if docs else "")
    )


def _summary(page: DrugPage) -> str:
    s = page["summary"]
    if not s:
        return '<p class="muted">No summary in the documents about this drug.</p>'
    cut = " …" if s["cut"] else ""
    return (
        f'<div class="summary">{esc(s["text"])}{cut}</div>'
        f'<p class="meta">from {esc(s["document"])} ({esc(s["source_path"])})</p>'
    )


def drug_html(page: DrugPage, key: str) -> str:
    drug, results = page["drug"], page["results"]
    points = plot_points(results)
    svg = milk_plot(points, str(drug["name"]))
    legend = ", ".join(f"{label} {marker}" for label, marker in MARKERS.values())
    plot = (
        f'<figure class="plot" id="plot">{svg}<figcaption class="muted">{len(points)} '
        f"result(s); marker by statistic ({esc(legend)}); each marker opens its sentence."
        "</figcaption></figure>"
        if svg
        else '<p class="muted">No milk concentration with a maternal daily dose was extracted.</p>'
    )
    body = "\n".join(
        [
            _header(page),
            "<h2>Summary of use during lactation</h2>",
            _summary(page),
            "<h2>Studies</h2>",
            studies_table(page["studies"]),
            "<h2>Milk concentration and maternal dose</h2>",
            plot,
            "<h2>Relative infant dose</h2>",
            rid_list(results),
            "<h2>Comparisons</h2>",
            comparisons_table(page["comparisons"]),
            sources_block(page["sources"]),
        ]
    )
    return shell(f"{drug['name']} – lactation evidence", body, key)
