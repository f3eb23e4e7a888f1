"""Builds a run's documents and extraction tables from a small description, for review tests.

Ids, offsets and spans are computed the way the pipeline computes them (pipeline/ids.py over the
document text), so a revised text gets new doc ids and shifted offsets just as a real run does.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa

from pipeline.ids import doc_id_for, item_id, span_id
from pipeline.runner.output import to_arrow, write_tables
from pipeline.schema import DOCUMENTS, EXTRACT_TABLES, TABLES


@dataclass
class Item:
    table: str  # populations, doses, measurements or comparisons
    span: str  # text of the span, found in the statement
    fields: dict[str, object] = field(default_factory=dict)


@dataclass
class Stmt:
    text: str  # found in the document
    items: list[Item] = field(default_factory=list)
    fields: dict[str, object] = field(default_factory=dict)


@dataclass
class Doc:
    source_path: str
    text: str
    statements: list[Stmt] = field(default_factory=list)


_ITEM_DEFAULTS = {
    "populations": {"n": 1, "role": "exposed"},
    "doses": {"amount": 1.0, "unit": "mg"},
    "measurements": {"value": 1.0, "unit": "mg/L"},
    "comparisons": {"values": [1.0, 2.0], "unit": "mg/L"},
}


def build(docs: list[Doc]) -> dict[str, pa.Table]:
    rows: dict[str, list[dict[str, object]]] = {t.name: [] for t in (DOCUMENTS, *EXTRACT_TABLES)}
    for doc in docs:
        doc_id = doc_id_for(doc.text.encode())
        rows["documents"].append(
            {
                "doc_id": doc_id,
                "source_path": doc.source_path,
                "source_kind": "text",
                "sha256": doc_id * 4,
                "title": doc.source_path.split(".")[0].title(),
                "n_chars": len(doc.text),
                "text": doc.text,
            }
        )
        for stmt in doc.statements:
            start = doc.text.index(stmt.text)
            sid = span_id(doc_id, "c", start)
            rows["statements"].append(
                {
                    "statement_id": sid,
                    "doc_id": doc_id,
                    "section": "maternal_levels",
                    "kind": "study",
                    "text": stmt.text,
                    "char_start": start,
                    "char_end": start + len(stmt.text),
                    "rule_id": "test.statement",
                    **stmt.fields,
                }
            )
            for item in stmt.items:
                s = doc.text.index(item.span, start)
                rows[item.table].append(
                    {
                        "item_id": item_id(sid, item.table, s),
                        "statement_id": sid,
                        "doc_id": doc_id,
                        "text": item.span,
                        "char_start": s,
                        "char_end": s + len(item.span),
                        "rule_id": f"test.{item.table}",
                        **_ITEM_DEFAULTS[item.table],
                        **item.fields,
                    }
                )
    return {name: to_arrow(TABLES[name], rs) for name, rs in rows.items()}


def write_run(folder: Path, docs: list[Doc]) -> Path:
    """Real Parquet, written by the pipeline's writer."""
    write_tables(folder, build(docs))
    return folder


MAGNESIUM = (
    "Maternal Levels. Ten women took 20 mg daily. Milk levels averaged 0.5 mg/L.[1]\n\n"
    "Infant Levels. Five infants had serum levels of 2.1 mg/L versus 1.9 mg/L in controls.[2]"
)


def magnesium(text: str = MAGNESIUM, value: float = 0.5, span: str = "0.5 mg/L") -> Doc:
    """Two statements: the first with a population, a dose and a measurement; the second with
    a population, a measurement and a comparison."""
    first = text.split("\n\n")[0].removeprefix("Maternal Levels. ")
    second = text.split("\n\n")[1].removeprefix("Infant Levels. ")
    return Doc(
        "magnesium.txt",
        text,
        [
            Stmt(
                first,
                [
                    Item("populations", "Ten women", {"n": 10}),
                    Item("doses", "20 mg daily", {"amount": 20.0, "frequency": "daily"}),
                    Item(
                        "measurements",
                        span,
                        {
                            "value": value,
                            "value_canonical": value,
                            "unit_canonical": "mg/L",
                            "measure": "milk levels",
                        },
                    ),
                ],
                {"drug": "magnesium", "citations": [1]},
            ),
            Stmt(
                second,
                [
                    Item("populations", "Five infants", {"n": 5}),
                    Item("measurements", "2.1 mg/L", {"value": 2.1}),
                    Item("comparisons", "2.1 mg/L versus 1.9 mg/L", {"values": [2.1, 1.9]}),
                ],
                {"drug": "magnesium", "citations": [2]},
            ),
        ],
    )


def sertraline() -> Doc:
    text = "Maternal Levels. Eight mothers took sertraline 50 mg daily. Milk had 24 ug/L.[3]"
    return Doc(
        "sertraline.txt",
        text,
        [
            Stmt(
                text.removeprefix("Maternal Levels. "),
                [
                    Item("populations", "Eight mothers", {"n": 8}),
                    Item("doses", "50 mg daily", {"amount": 50.0}),
                    Item("measurements", "24 ug/L", {"value": 24.0, "unit": "ug/L"}),
                ],
                {"drug": "sertraline"},
            ),
        ],
    )


# --- real pipeline runs ---------------------------------------------------------------------


def lactmed_record(milk: str = "0.5", infants: str = "Five infants") -> str:
    """A small LactMed record in its plain-text layout (pipeline/render/record.py)."""
    from datetime import date

    from pipeline.render.record import LactMedRecord, RecordReference

    return LactMedRecord(
        drug="Magnesium",
        book_part_id="LM1",
        revised=date(2024, 1, 1),
        cas="7439-95-4",
        summary=("Magnesium is a normal component of breastmilk.",),
        maternal_levels=(f"Ten women took 20 mg daily. Milk levels averaged {milk} mg/L.[1]",),
        infant_levels=(f"{infants} had serum levels of 2.1 mg/L versus 1.9 mg/L in controls.[2]",),
        references=(
            RecordReference(1, "Smith A. Milk magnesium. J Hum Lact. 2001;17:1-5.", "11111111"),
            RecordReference(2, "Jones B. Infant serum. Pediatrics. 2003;1:2-3.", "22222222"),
        ),
    ).to_text()


def run_pipeline(raw: Path, out: Path, corrections: Path | None = None) -> int:
    """`python -m pipeline run` in this process (spaCy loads once for the whole test file)."""
    from pipeline.cli import main

    corrections = corrections or raw.parent / "no-corrections.jsonl"
    return main(
        [
            "run",
            "--raw",
            str(raw),
            "--out",
            str(out),
            "--workers",
            "1",
            "--corrections",
            str(corrections),
        ]
    )
