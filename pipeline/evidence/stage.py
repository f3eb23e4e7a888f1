"""`python -m pipeline evidence` (and the last step of `run`): drugs and evidence from the
written tables, statements.drug_id filled in, and documents.drug where a document names none
itself (a page saved as text); only tables whose content changed are rewritten, and OUT is
replaced as a whole (pipeline/runner/output.py's staged swap)."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Mapping
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.evidence.drugs import build_drugs, document_drug_ids
from pipeline.evidence.rows import build_evidence
from pipeline.schema import DOCUMENTS, DRUGS, EVIDENCE, STATEMENTS, TABLES
from pipeline.validate import validate_tables

Row = dict[str, object]
# The tables the stage reads (each a file or a folder of parts) and the columns it needs.
INPUTS: dict[str, list[str] | None] = {
    "documents": None,
    "sections": ["doc_id", "section", "text"],
    "statements": None,
    "populations": ["item_id", "n", "who"],
    "doses": None,
    "measurements": None,
    "bibliography": ["doc_id", "ref_number", "pmid"],
}  # fmt: skip
# The documents file's key-value metadata: the doc_ids whose drug this stage filled in. An
# `extract` over OUT reads each document's drug as ingest left it (none), as `run` did.
FILLED_DRUG_KEY = b"evidence:drug_filled"


def _arrow(name: str, rows: list[Row]) -> pa.Table:
    table = TABLES[name]
    return pa.Table.from_pydict(
        {c.name: [r.get(c.name) for r in rows] for c in table.columns}, schema=table.schema
    )


def _documents(documents: list[Row], drug_of: Mapping[str, str]) -> pa.Table:
    """documents with the drug the drugs table gives each one that names none itself."""
    filled = [
        str(d["doc_id"]) for d in documents if not d.get("drug") and str(d["doc_id"]) in drug_of
    ]
    rows = [{**d, "drug": d.get("drug") or drug_of.get(str(d["doc_id"]))} for d in documents]
    table = _arrow(DOCUMENTS.name, rows)
    metadata = {**(table.schema.metadata or {}), FILLED_DRUG_KEY: json.dumps(filled).encode()}
    return table.replace_schema_metadata(metadata)


def build_tables(tables: Mapping[str, list[Row]]) -> dict[str, pa.Table]:
    """The stage as a pure function: rows of the run's tables -> drugs, evidence, statements
    (with drug_id) and documents (with the drug of a page that names none itself)."""
    drugs, statement_drug = build_drugs(
        tables["documents"], tables["sections"], tables["statements"]
    )
    statements = [
        {**s, "drug_id": statement_drug[str(s["statement_id"])]} for s in tables["statements"]
    ]
    evidence = build_evidence(tables, statement_drug, document_drug_ids(drugs))
    return {
        DOCUMENTS.name: _documents(tables["documents"], document_drug_ids(drugs, "name")),
        DRUGS.name: _arrow(DRUGS.name, drugs),
        EVIDENCE.name: _arrow(EVIDENCE.name, evidence),
        STATEMENTS.name: _arrow(STATEMENTS.name, statements),
    }


def drugs_filled(out: Path) -> set[str]:
    """The doc_ids whose drug this stage filled in (the documents file's metadata): their
    drug as ingest gave it is none."""
    filled: set[str] = set()
    path = out / "documents.parquet"
    for file in sorted(path.glob("*.parquet")) if path.is_dir() else [path]:
        if file.is_file():
            metadata = pq.read_schema(file).metadata or {}
            filled.update(json.loads(metadata.get(FILLED_DRUG_KEY, b"[]")))
    return filled


def read_inputs(out: Path) -> dict[str, list[Row]]:
    missing = [n for n in INPUTS if not (out / f"{n}.parquet").exists()]
    if missing:
        raise FileNotFoundError(
            f"{out} has no {', '.join(missing)} table(s): run `python -m pipeline run` first"
        )
    tables = {
        name: pq.read_table(out / f"{name}.parquet", columns=cols).to_pylist()
        for name, cols in INPUTS.items()
    }
    filled = drugs_filled(out)  # an earlier run of this stage: filled in again, the same way
    tables["documents"] = [
        {**d, "drug": None} if d["doc_id"] in filled else d for d in tables["documents"]
    ]
    return tables


def _link_or_copy(source: str | Path, target: str | Path) -> None:
    try:
        os.link(source, target)
    except OSError:  # another file system, or one without hard links
        shutil.copy2(source, target)


def _same(path: Path, table: pa.Table) -> bool:
    if not path.exists():
        return False
    try:
        return pq.read_table(path).cast(table.schema).equals(table)
    except (pa.ArrowInvalid, pa.ArrowTypeError, OSError, ValueError):
        return False  # another schema (an older run): rewrite it


def _validate(out: Path, built: Mapping[str, pa.Table]) -> None:
    parents = {
        n: pq.read_table(out / f"{n}.parquet") for n in ("doses", "populations", "measurements")
    }
    validate_tables({**parents, **built})


def run_evidence(out: Path) -> list[str]:
    """Build, validate and write the stage's tables into OUT; returns the names rewritten
    (none when every table already holds what the run's tables give)."""
    from pipeline.runner.output import StagedOutput

    built = build_tables(read_inputs(out))
    changed = {n: t for n, t in built.items() if not _same(out / f"{n}.parquet", t)}
    if not changed:
        return []
    _validate(out, built)
    staged = StagedOutput(out)
    try:
        for name, table in changed.items():
            pq.write_table(table, staged.path / f"{name}.parquet", compression="zstd")
            staged.staged(name)
        # The swap keeps only the tables it is told of: link the unchanged ones in.
        kept = []
        for name in TABLES:
            source = out / f"{name}.parquet"
            if name in changed or not source.exists():
                continue
            target = staged.path / source.name
            if source.is_dir():
                shutil.copytree(source, target, copy_function=_link_or_copy)
            else:
                _link_or_copy(source, target)
            kept.append(name)
        staged.commit([*changed, *kept])
    except BaseException:
        staged.abort()
        raise
    return sorted(changed)
