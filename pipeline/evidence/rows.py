"""The evidence table: one row per result (a row of measurements) with what an analyst needs
beside it (drug, linked dose and group, statement, citations with PubMed ids, provenance), so a
plot or a meta-analysis needs no join. A pure function of the written tables."""

from __future__ import annotations

from collections.abc import Mapping

from pipeline.evidence import cells

Row = dict[str, object]


def _canonical(m: Row) -> tuple[object, object, object]:
    """(value, value_high, unit) in the canonical unit where the value converted, else as
    written (a unit pint does not know keeps its own)."""
    if m.get("value_canonical") is not None:
        return m["value_canonical"], m.get("value_high_canonical"), m.get("unit_canonical")
    return m["value"], m.get("value_high"), m.get("unit")


def _times(a: object, b: object) -> float | None:
    return cells.number(a) * cells.number(b) if a is not None and b is not None else None


def dose_columns(dose: Row | None) -> Row:
    """The linked dose in mg (or mg/kg) and per day, where the text gives them."""
    if dose is None:
        return {}
    unit = dose.get("unit_canonical")
    low, high = dose.get("amount_canonical"), dose.get("amount_high_canonical")
    per_day = dose.get("per_day")
    mg = (low, high) if unit == "mg" else (None, None)
    return {
        "dose_item_id": dose["item_id"],
        "dose_recipient": dose.get("recipient"),
        "dose_mg": mg[0],
        "dose_mg_high": mg[1],
        "dose_per_day": per_day,
        "daily_dose_mg": _times(mg[0], per_day),
        "daily_dose_mg_high": _times(mg[1], per_day),
        "daily_dose_mg_per_kg": _times(low, per_day) if unit == "mg/kg" else None,
        "dose_text": dose["text"],
        "dose_rule_id": dose["rule_id"],
    }


def build_evidence(
    tables: Mapping[str, list[Row]],
    statement_drug: Mapping[str, str | None],
    document_drug: Mapping[str, str],
) -> list[Row]:
    """Evidence rows sorted by item_id. `statement_drug` maps statement_id -> drug_id (None
    when the drug is unknown); `document_drug` maps doc_id -> the document's drug_id, used for
    a statement that names no drug."""
    statements = {str(s["statement_id"]): s for s in tables["statements"]}
    doses = {str(d["item_id"]): d for d in tables["doses"]}
    groups = {str(p["item_id"]): p for p in tables["populations"]}
    paths = {str(d["doc_id"]): d["source_path"] for d in tables["documents"]}
    pmids = {(str(r["doc_id"]), r["ref_number"]): r.get("pmid") for r in tables["bibliography"]}
    rows: list[Row] = []
    for m in tables["measurements"]:
        st = statements[str(m["statement_id"])]
        doc_id = str(m["doc_id"])
        drug_id = statement_drug.get(str(st["statement_id"]))
        if drug_id is None and not st.get("drug"):
            drug_id = document_drug.get(doc_id)
        value, high, unit = _canonical(m)
        group = groups.get(str(m.get("population_item_id")))
        citations = cells.wholes(st.get("citations"))
        row: Row = {
            "item_id": m["item_id"],
            "drug_id": drug_id,
            "drug": st.get("drug"),
            "analyte": m.get("analyte"),
            "kind": m.get("kind"),
            "matrix": m.get("matrix"),
            "value": value,
            "value_high": high,
            "unit": unit,
            **{k: m.get(k) for k in ("stat", "qualifier", "timepoint", "measure", "group")},
            **dose_columns(doses.get(str(m.get("dose_item_id")))),
            "route": st.get("route"),
            "population_item_id": group["item_id"] if group else None,
            "n": group["n"] if group else None,
            "who": group.get("who") if group else None,
            "statement_id": st["statement_id"],
            "section": st["section"],
            "design": st.get("design"),
            "negated": st.get("negated"),
            "citations": citations,
            "pmids": [pmids.get((doc_id, c)) for c in citations],
            "doc_id": doc_id,
            "source_path": paths[doc_id],
            **{k: m[k] for k in ("text", "page", "char_start", "char_end", "rule_id")},
            "statement_page": st.get("page"),
            "statement_char_start": st["char_start"],
            "statement_char_end": st["char_end"],
            "statement_rule_id": st["rule_id"],
        }
        rows.append(row)
    rows.sort(key=lambda r: str(r["item_id"]))
    return rows
