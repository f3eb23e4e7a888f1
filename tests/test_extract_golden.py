"""Whole documents against golden files: every statement and item the extraction makes from the
sample LactMed records (written by the project's own renderers) and the seeds.

The golden files were reviewed by hand when written. After a deliberate rule change, rewrite
them with `UPDATE_GOLDEN=1 pytest tests/test_extract_golden.py` and review the git diff."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from corpora import SEEDS

from pipeline.extract import extract_document
from pipeline.ingest.assemble import assemble
from pipeline.ingest.dispatch import parse_source
from pipeline.ingest.parsed import SourceFile
from pipeline.ingest.sentences import split_sentences

GOLDEN = Path(__file__).parent / "golden"


def _record_texts() -> dict[str, str]:
    from pipeline.render.samples import PDF_RECORDS
    from pipeline.render.samples.archive import SAMPLE_RECORDS

    records = [*PDF_RECORDS, *SAMPLE_RECORDS]
    return {f"record_{r.drug.lower()}.txt": r.to_text() for r in records}


def summarize(name: str, data: bytes) -> dict[str, object]:
    parsed = parse_source(SourceFile(name, data))
    doc = assemble(parsed)
    tables = extract_document(doc.doc_id, doc.text, split_sentences(doc), parsed.drug)
    out = []
    for st in tables["statements"]:
        sid = st["statement_id"]

        def mine(table: str, sid: str = sid) -> list[dict[str, object]]:
            return [r for r in tables[table] if r["statement_id"] == sid]

        out.append(
            {
                "statement": st["text"][:70],
                "kind": st["kind"],
                "section": st["section"],
                "route": st["route"],
                "citations": st["citations"],
                "populations": [r["n"] for r in mine("populations")],
                "doses": [
                    [r["amount"], r["amount_high"], r["unit"], r["frequency"]]
                    for r in mine("doses")
                ],
                "measurements": [
                    [r["qualifier"], r["value"], r["value_high"], r["unit"]]
                    for r in mine("measurements")
                ],
                "comparisons": [[r["values"], r["unit"]] for r in mine("comparisons")],
            }
        )
    return {"document": name, "statements": out}


def _documents() -> dict[str, bytes]:
    docs = {name: text.encode() for name, text in _record_texts().items()}
    for f in sorted(SEEDS.glob("0*.txt")):
        docs[f.name] = f.read_bytes()
    return docs


@pytest.mark.parametrize("name", sorted(_documents()))
def test_document_matches_its_golden_file(name: str) -> None:
    got = summarize(name, _documents()[name])
    path = GOLDEN / f"{Path(name).stem}.json"
    if os.environ.get("UPDATE_GOLDEN"):
        path.write_text(json.dumps(got, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    expected = json.loads(path.read_text(encoding="utf-8"))
    assert got == expected


def test_every_golden_file_has_a_document() -> None:
    names = {Path(n).stem for n in _documents()}
    assert {p.stem for p in GOLDEN.glob("*.json")} == names
