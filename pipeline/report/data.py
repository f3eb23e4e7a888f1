"""The report's data, per drug: a pure function of the tables (drugs, evidence, statements,
comparisons, sections, sentences, documents) to plain dicts a page is drawn from.

Every number a page shows is a `source`: the sentence it came from (the sentences whose spans
cover the number), the number's place in it, and the document and page, so the page can open
the sentence with the value highlighted.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TypedDict

import pyarrow.parquet as pq

from pipeline.evidence import cells

Row = dict[str, object]
LACTMED_KINDS = ("lactmed_xml", "pdf")
SUMMARY_CHARS = 4000  # a long summary is cut (with a note): pages stay small
COLUMNS: dict[str, list[str] | None] = {
    "drugs": None,
    "evidence": None,
    "statements": ["statement_id", "doc_id", "kind", "drug_id", "citations", "section"],
    "comparisons": None,
    "sections": ["doc_id", "section", "text", "char_start"],
    "sentences": ["doc_id", "char_start", "char_end"],
    "documents": ["doc_id", "source_path", "source_kind", "title", "text"],
    "bibliography": ["doc_id", "ref_number", "text", "pmid"],
    "doses": ["item_id", "doc_id", "char_start", "char_end", "page"],
    "populations": ["item_id", "doc_id", "char_start", "char_end", "page"],
}


class Summary(TypedDict):
    text: str
    cut: bool  # the text was cut at SUMMARY_CHARS
    document: object
    source_path: object


class Citation(TypedDict):
    number: int
    text: object
    pmid: object


class Study(TypedDict):
    """A statement with results: a row of the studies table."""

    statement_id: str
    section: str
    kind: str
    results: list[Row]
    citations: list[Citation]


class Comparison(TypedDict):
    comparison: Row  # the comparisons row
    linked: list[str]  # item_ids of the compared results, where they were found
    citations: list[Citation]


class DrugPage(TypedDict):
    """Everything a drug's page shows."""

    drug: Row
    parent: str | None
    salts: list[tuple[str, str]]  # (drug_id, name) of the drug's salts
    documents: list[Row]
    summary: Summary | None
    results: list[Row]
    studies: list[Study]
    comparisons: list[Comparison]
    sources: dict[str, Row]  # item_id -> the sentence a number on the page came from


def read_tables(out: Path) -> dict[str, list[Row]]:
    missing = [n for n in COLUMNS if not (out / f"{n}.parquet").exists()]
    if missing:
        raise FileNotFoundError(
            f"{out} has no {', '.join(missing)} table(s): run `python -m pipeline run` "
            "(or `python -m pipeline evidence`) first"
        )
    return {
        n: pq.read_table(out / f"{n}.parquet", columns=c).to_pylist() for n, c in COLUMNS.items()
    }


class Sources:
    """Spans of documents -> the sentences around them, with document name and page."""

    def __init__(self, documents: list[Row], sentences: list[Row]) -> None:
        self.docs = {str(d["doc_id"]): d for d in documents}
        spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for s in sentences:
            spans[str(s["doc_id"])].append(
                (cells.whole(s["char_start"]), cells.whole(s["char_end"]))
            )
        self.spans = {k: sorted(v) for k, v in spans.items()}
        self.starts = {k: [a for a, _ in v] for k, v in self.spans.items()}

    def around(self, doc_id: str, start: int, end: int) -> tuple[int, int]:
        """The span of the sentences that hold [start, end) (the span itself if none do)."""
        spans, starts = self.spans.get(doc_id, []), self.starts.get(doc_id, [])
        i = max(bisect_right(starts, start) - 1, 0)
        lo, hi = start, end
        while i < len(spans) and spans[i][0] < end:
            a, b = spans[i]
            if b > start:
                lo, hi = min(lo, a), max(hi, b)
            i += 1
        return lo, hi

    def of(self, key: str, row: Row) -> Row:
        """The source of a row with doc_id, char_start, char_end and page."""
        start, end = cells.whole(row["char_start"]), cells.whole(row["char_end"])
        return self.source(key, str(row["doc_id"]), start, end, row.get("page"))

    def source(self, key: str, doc_id: str, start: int, end: int, page: object) -> Row:
        doc = self.docs[doc_id]
        lo, hi = self.around(doc_id, start, end)
        text = str(doc["text"])
        return {
            "id": key,
            "doc_id": doc_id,
            "document": doc.get("title") or doc["source_path"],
            "source_path": doc["source_path"],
            "page": page,
            "before": text[lo:start],
            "value": text[start:end],
            "after": text[end:hi],
            "char_start": start,
            "char_end": end,
        }


def _group(rows: Iterable[Row], key: str) -> dict[str, list[Row]]:
    out: dict[str, list[Row]] = defaultdict(list)
    for r in rows:
        if r.get(key) is not None:
            out[str(r[key])].append(r)
    return out


def _summary(drug: Row, docs: Mapping[str, Row], summaries: Mapping[str, str]) -> Summary | None:
    """LactMed's summary: from a LactMed record about the drug, else any document's."""
    ids = sorted(
        (d for d in cells.texts(drug["doc_ids"]) if d in summaries),
        key=lambda d: (docs[d]["source_kind"] not in LACTMED_KINDS, str(docs[d]["source_path"])),
    )
    if not ids:
        return None
    text = summaries[ids[0]]
    cut = len(text) > SUMMARY_CHARS
    return {
        "text": text[:SUMMARY_CHARS],
        "cut": cut,
        "document": docs[ids[0]].get("title") or docs[ids[0]]["source_path"],
        "source_path": docs[ids[0]]["source_path"],
    }


def _references(references: list[Row]) -> dict[tuple[str, int], Row]:
    return {(str(r["doc_id"]), cells.whole(r["ref_number"])): r for r in references}


def drug_pages(tables: Mapping[str, list[Row]]) -> list[DrugPage]:
    """One dict per drug: everything its page shows, sources included, sorted by name."""
    docs = {str(d["doc_id"]): d for d in tables["documents"]}
    sources = Sources(tables["documents"], tables["sentences"])
    summaries: dict[str, str] = {}
    for s in sorted(tables["sections"], key=lambda s: cells.whole(s["char_start"])):
        if s["section"] == "summary":
            summaries.setdefault(str(s["doc_id"]), str(s["text"]))
    evidence = _group(tables["evidence"], "drug_id")
    statements = {str(s["statement_id"]): s for s in tables["statements"]}
    own = _group(tables["statements"], "drug_id")
    comparisons = _group(tables["comparisons"], "statement_id")
    refs = _references(tables["bibliography"])
    items = {str(r["item_id"]): r for r in [*tables["doses"], *tables["populations"]]}
    names = {str(d["drug_id"]): str(d["name"]) for d in tables["drugs"]}
    salts = _group(tables["drugs"], "parent_drug_id")
    pages = []
    for drug in tables["drugs"]:
        drug_id = str(drug["drug_id"])
        results = evidence.get(drug_id, [])
        studies, compared, found = _studies_and_comparisons(
            results,
            [str(s["statement_id"]) for s in own.get(drug_id, [])],
            statements,
            comparisons,
            refs,
            sources,
            items,
        )
        page: DrugPage = {
            "drug": drug,
            "parent": names.get(str(drug.get("parent_drug_id"))),
            "salts": sorted((str(s["drug_id"]), str(s["name"])) for s in salts.get(drug_id, [])),
            "documents": [
                {"doc_id": d, "title": docs[d].get("title"), "source_path": docs[d]["source_path"]}
                for d in cells.texts(drug["doc_ids"])
                if d in docs
            ],
            "summary": _summary(drug, docs, summaries),
            "results": results,
            "studies": studies,
            "comparisons": compared,
            "sources": found,
        }
        pages.append(page)
    pages.sort(key=lambda p: (str(p["drug"]["name"]), str(p["drug"]["drug_id"])))
    return pages


def _citations(st: Row, refs: Mapping[tuple[str, int], Row]) -> list[Citation]:
    out: list[Citation] = []
    for c in cells.wholes(st.get("citations")):
        ref = refs.get((str(st["doc_id"]), c), {})
        out.append({"number": c, "text": ref.get("text"), "pmid": ref.get("pmid")})
    return out


def _studies_and_comparisons(
    results: list[Row],
    own_statements: list[str],
    statements: Mapping[str, Row],
    comparisons: Mapping[str, list[Row]],
    refs: Mapping[tuple[str, int], Row],
    sources: Sources,
    items: Mapping[str, Row],
) -> tuple[list[Study], list[Comparison], dict[str, Row]]:
    """The studies (statements with results), the comparisons of the drug's statements, and
    the source of every number either shows."""
    found: dict[str, Row] = {}
    by_statement: dict[str, list[Row]] = defaultdict(list)
    for r in results:
        by_statement[str(r["statement_id"])].append(r)
        found[str(r["item_id"])] = sources.of(str(r["item_id"]), r)
        # The linked dose and group are numbers on the page too: their own sentences.
        for linked in (r.get("dose_item_id"), r.get("population_item_id")):
            if str(linked) in items and str(linked) not in found:
                found[str(linked)] = sources.of(str(linked), items[str(linked)])
    studies: list[Study] = []
    compared: list[Comparison] = []
    for sid in sorted(set(by_statement) | set(own_statements)):
        st = statements[sid]
        cites = _citations(st, refs)
        if sid in by_statement:
            studies.append(
                {
                    "statement_id": sid,
                    "section": str(st["section"]),
                    "kind": str(st["kind"]),
                    "results": by_statement[sid],
                    "citations": cites,
                }
            )
        for c in comparisons.get(sid, []):
            found[str(c["item_id"])] = sources.of(str(c["item_id"]), c)
            ids = cells.texts(c.get("measurement_item_ids"))
            linked = [m for m in ids if m in found]
            compared.append({"comparison": c, "linked": linked, "citations": cites})
    return studies, compared, found
