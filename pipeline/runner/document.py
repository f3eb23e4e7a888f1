"""One document's stages as a pure function: SourceFile -> rows for every table."""

from __future__ import annotations

import traceback
from dataclasses import dataclass, field
from datetime import datetime, timezone

from pipeline.errors import DocumentError
from pipeline.ids import doc_id_for
from pipeline.ingest.assemble import AssembledDocument, assemble
from pipeline.ingest.dispatch import parse_source
from pipeline.ingest.parsed import SourceFile
from pipeline.ingest.sentences import Sentence, split_sentences
from pipeline.runner.limits import Limits, active, check_bytes, time_limit

Row = dict[str, object]


@dataclass
class DocumentResult:
    source_path: str
    doc_id: str | None
    tables: dict[str, list[Row]] = field(default_factory=dict)
    errors: list[Row] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return bool(self.errors) and not self.tables.get("documents")


def error_row(source_path: str, stage: str, code: str, message: str) -> Row:
    return {
        "source_path": source_path,
        "stage": stage,
        "error": code,
        "message": message,
        "time": datetime.now(timezone.utc),
    }


def ingest_rows(doc: AssembledDocument, sentences: list[Sentence]) -> dict[str, list[Row]]:
    p = doc.parsed
    documents: list[Row] = [
        {
            "doc_id": doc.doc_id,
            "source_path": p.source_path,
            "source_kind": p.source_kind,
            "sha256": p.sha256,
            "encoding": p.encoding,
            "title": p.title,
            "drug": p.drug,
            "revised": p.revised,
            "cas": p.cas,
            "unii": p.unii,
            "keywords": list(p.keywords),
            "n_pages": p.n_pages,
            "n_chars": len(doc.text),
            "text": doc.text,
        }
    ]
    sections: list[Row] = [
        {
            "doc_id": doc.doc_id,
            "section_id": s.section_id,
            "heading": s.heading,
            "section": s.key,
            "page": s.page,
            "char_start": s.char_start,
            "char_end": s.char_end,
            "text": doc.text[s.char_start : s.char_end],
        }
        for s in doc.sections
    ]
    sentence_rows: list[Row] = [
        {
            "doc_id": s.doc_id,
            "section_id": s.section_id,
            "sentence_id": s.sentence_id,
            "page": s.page,
            "char_start": s.char_start,
            "char_end": s.char_end,
            "block": s.block,
            "text": s.text,
        }
        for s in sentences
    ]
    bibliography: list[Row] = [
        {"doc_id": doc.doc_id, "ref_number": r.number, "text": r.text, "pmid": r.pmid}
        for r in p.references
    ]
    return {
        "documents": documents,
        "sections": sections,
        "sentences": sentence_rows,
        "bibliography": bibliography,
    }


def process_source(
    source: SourceFile,
    extract: bool = True,
    limits: Limits | None = None,
    pdf_backend: str = "pdfplumber",
) -> DocumentResult:
    """Every per-document stage; a bad document becomes error rows, never an exception.

    `limits` (default: Limits.from_env()) bound the document's bytes, PDF pages and seconds;
    a document over one is an error row naming the limit, like any other bad input.
    `pdf_backend` reads PDFs (ingest/dispatch.py)."""
    limits = limits or Limits.from_env()
    doc_id = doc_id_for(source.data)
    result = DocumentResult(source.source_path, doc_id)
    stage = "ingest"
    try:
        with active(limits), time_limit(limits.max_seconds, source.source_path):
            check_bytes(len(source.data), source.source_path, limits)
            parsed = parse_source(source, pdf_backend)
            doc = assemble(parsed, doc_id)
            if not doc.text.strip():
                raise DocumentError(
                    "no_main_text",
                    "no text was left after removing navigation and "
                    "boilerplate: is this a page of links, or a scanned image?",
                )
            stage = "sentences"
            sentences = split_sentences(doc)
            tables = ingest_rows(doc, sentences)
            if extract:
                stage = "extract"
                from pipeline.extract import extract_document

                tables.update(extract_document(doc.doc_id, doc.text, sentences, parsed.drug))
        result.tables = tables
    except DocumentError as exc:
        result.errors.append(
            error_row(source.source_path, exc.stage or stage, exc.code, exc.message)
        )
    except RecursionError:
        result.errors.append(
            error_row(
                source.source_path,
                stage,
                "too_deep",
                "the document nests too deeply to parse safely",
            )
        )
    except MemoryError:
        result.errors.append(
            error_row(
                source.source_path,
                stage,
                "out_of_memory",
                "the document needed more memory than is available: check that it is a single "
                "record, or process it alone with --workers 1",
            )
        )
    except Exception as exc:  # a bug or an input no rule foresaw: record it, keep going
        where = traceback.extract_tb(exc.__traceback__)[-1]
        result.errors.append(
            error_row(
                source.source_path,
                stage,
                "internal_error",
                f"{exc.__class__.__name__}: {exc} (at {where.filename.rsplit('/', 1)[-1]}:"
                f"{where.lineno}); please report this file with the message",
            )
        )
    return result
