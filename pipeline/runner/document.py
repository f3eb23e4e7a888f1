"""One document through every stage it needs, reusing the per-document cache: the only
per-document driver, run alike in one process, in a process-pool worker and on a Dask worker.

A document comes in as a SourceFile (bytes from raw/) or as an IngestedDocument (its ingest
rows read back from OUT's tables, for the `extract` command) and leaves as one
DocumentResult: rows for every table, or error rows. A bad document never raises.
"""

from __future__ import annotations

import hashlib
import traceback
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import TypedDict, cast

from pipeline.errors import DocumentError
from pipeline.ids import doc_id_for, sha256_hex
from pipeline.ingest.assemble import AssembledDocument, assemble
from pipeline.ingest.dispatch import parse_source
from pipeline.ingest.parsed import SourceFile
from pipeline.ingest.sentences import Sentence, split_sentences
from pipeline.ingest.sources import FailedSource
from pipeline.runner.cache import (
    ResultCache,
    extract_key,
    extract_version,
    ingest_key,
    ingest_version,
)
from pipeline.runner.limits import active, check_bytes, time_limit
from pipeline.settings import Settings

Row = dict[str, object]
Rows = dict[str, list[Row]]


class StageRows(TypedDict):
    """What one stage leaves, and what the cache keeps."""

    tables: Rows
    errors: list[Row]


# Failures that depend on more than the input (a bug, memory, a limit given by --max-*): tried
# again on the next run rather than remembered in the cache.
_TRANSIENT_ERRORS = {
    "internal_error",
    "out_of_memory",
    "too_deep",
    "time_limit",
    "limit_bytes",
    "limit_pages",
}


@dataclass
class DocumentResult:
    """Rows of one document for every table, or its error rows (picklable, spaCy-free)."""

    source_path: str
    doc_id: str | None
    tables: Rows = field(default_factory=dict)
    errors: list[Row] = field(default_factory=list)
    from_cache: bool = False
    cached: bool = False  # every stage's rows are in the cache: the next run reuses them

    @property
    def failed(self) -> bool:
        return bool(self.errors) and not self.tables.get("documents")


@dataclass(frozen=True)
class IngestedDocument:
    """A document ingested by an earlier run: its rows from OUT's ingest tables."""

    source_path: str
    doc_id: str
    tables: Rows


Document = SourceFile | IngestedDocument


def error_row(source_path: str, stage: str, code: str, message: str) -> Row:
    return {
        "source_path": source_path,
        "stage": stage,
        "error": code,
        "message": message,
        "time": datetime.now(timezone.utc),
    }


def failed_source(source: FailedSource) -> DocumentResult:
    """A source that could not even be read (a damaged archive, an unreadable file)."""
    row = error_row(source.source_path, source.stage, source.code, source.message)
    return DocumentResult(source.source_path, None, {}, [row])


def _error_for(exc: BaseException, source_path: str, stage: str) -> Row:
    """The error row of an exception raised while `stage` ran."""
    if isinstance(exc, DocumentError):
        named = exc.stage or stage  # "" (a time limit): the stage that was running
        if stage == "extract" and named == "ingest":  # the default stage of DocumentError
            named = "extract"
        return error_row(source_path, named, exc.code, exc.message)
    if isinstance(exc, RecursionError):
        return error_row(
            source_path, stage, "too_deep", "the document nests too deeply to parse safely"
        )
    if isinstance(exc, MemoryError):
        return error_row(
            source_path,
            stage,
            "out_of_memory",
            "the document needed more memory than is available: check that it is a single "
            "record, or process it alone with --workers 1",
        )
    where = traceback.extract_tb(exc.__traceback__)[-1]
    return error_row(
        source_path,
        stage,
        "internal_error",
        f"{exc.__class__.__name__}: {exc} (at {where.filename.rsplit('/', 1)[-1]}:"
        f"{where.lineno}); please report this file with the message",
    )


def ingest_rows(doc: AssembledDocument, sentences: list[Sentence]) -> Rows:
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


def _ingest(source: SourceFile, doc_id: str, settings: Settings) -> StageRows:
    """Parse, assemble and split one source into the ingest tables' rows."""
    limits = settings.limits
    stage = "ingest"
    try:
        with active(limits), time_limit(limits.max_seconds, source.source_path):
            check_bytes(len(source.data), source.source_path, limits)
            doc = assemble(parse_source(source, settings.pdf_backend), doc_id)
            if not doc.text.strip():
                raise DocumentError(
                    "no_main_text",
                    "no text was left after removing navigation and "
                    "boilerplate: is this a page of links, or a scanned image?",
                )
            stage = "sentences"
            return {"tables": ingest_rows(doc, split_sentences(doc)), "errors": []}
    except Exception as exc:  # a bad input or a bug: an error row, and the run goes on
        return {"tables": {}, "errors": [_error_for(exc, source.source_path, stage)]}


def _extract(source_path: str, tables: Rows, settings: Settings) -> StageRows:
    """Extraction from ingest rows: sentences are rebuilt from them, nothing is parsed."""
    from pipeline.ingest.sentences import sentences_from_rows

    limits = settings.limits
    try:
        from pipeline.extract import extract_document

        doc = tables["documents"][0]
        sentences = sentences_from_rows(tables["sentences"], tables["sections"])
        # The same time limit as the ingest stages bounds extraction.
        with active(limits), time_limit(limits.max_seconds, source_path):
            found = extract_document(
                cast(str, doc["doc_id"]),
                cast(str, doc["text"]),
                sentences,
                cast("str | None", doc.get("drug")),
            )
        return {"tables": found, "errors": []}
    except Exception as exc:
        return {"tables": {}, "errors": [_error_for(exc, source_path, "extract")]}


def _cacheable(stage: StageRows) -> bool:
    return not any(e.get("error") in _TRANSIENT_ERRORS for e in stage["errors"])


def _stage_failed(stage: StageRows) -> bool:
    return bool(stage["errors"]) and not stage["tables"].get("documents")


def _cached(cache: ResultCache, level: str, key: str) -> StageRows | None:
    """A stage's rows from the cache, which keeps only what _ingest and _extract returned."""
    return cast("StageRows | None", cache.get(level, key))


def _rows_key(tables: Rows) -> str:
    """A key for ingest rows that did not come from raw/ (the `extract` command): their
    content, so an extraction is reused only for exactly the same rows."""
    h = hashlib.sha256(b"rows\0")
    for name in sorted(tables):
        h.update(f"{name}\0{tables[name]!r}\0".encode())
    return h.hexdigest()


def document_keys(document: Document, settings: Settings) -> tuple[str, str]:
    """(ingest key, extract key) of a document under these settings."""
    if isinstance(document, SourceFile):
        sha = sha256_hex(document.data)
        ikey = ingest_key(document.source_path, sha, ingest_version(settings.pdf_backend))
    else:
        ikey = _rows_key(document.tables)
    return ikey, extract_key(ikey, extract_version())


def _stages(document: Document, settings: Settings, compute: bool) -> DocumentResult | None:
    """Every stage the document needs, from the cache or (with `compute`) run now; without
    `compute`, None as soon as a stage is not cached."""
    cache = ResultCache(Path(settings.cache_dir) if settings.cache_dir else None)
    ikey, ekey = document_keys(document, settings)
    kept = cache.folder is not None
    if isinstance(document, SourceFile):
        doc_id = doc_id_for(document.data)
        ingest = _cached(cache, "ingest", ikey)
        if ingest is None:
            if not compute:
                return None
            ingest = _ingest(document, doc_id, settings)
            kept = _cacheable(ingest) and cache.put("ingest", ikey, ingest)
    else:
        doc_id = document.doc_id
        ingest = StageRows(tables=document.tables, errors=[])
    tables = {k: list(v) for k, v in ingest["tables"].items()}
    errors = list(ingest["errors"])
    if settings.extract and not _stage_failed(ingest):
        extracted = _cached(cache, "extract", ekey)
        if extracted is None:
            if not compute:
                return None
            extracted = _extract(document.source_path, ingest["tables"], settings)
            stored = _cacheable(extracted) and cache.put("extract", ekey, extracted)
            kept = kept and stored
        if extracted["errors"]:
            tables = {}  # a document whose extraction failed has no rows at all
            errors += extracted["errors"]
        else:
            tables.update(extracted["tables"])
    return DocumentResult(document.source_path, doc_id, tables, errors, cached=kept)


def in_cache(document: Document, settings: Settings) -> bool:
    """Whether the document's last stage is in the cache (a stat, nothing read): a document
    a worker finished whose result the run has not received."""
    if settings.cache_dir is None:
        return False
    ikey, ekey = document_keys(document, settings)
    cache = ResultCache(Path(settings.cache_dir))
    if not settings.extract:
        return cache.has("ingest", ikey)
    if cache.has("extract", ekey):
        return True
    ingest = _cached(cache, "ingest", ikey)  # a failed ingest has no extraction to wait for
    return ingest is not None and _stage_failed(ingest)


def lookup(document: Document, settings: Settings) -> DocumentResult | None:
    """The document's full result when every stage it needs is cached, else None (no parsing,
    no spaCy: this runs in the parent process before anything is sent to a worker)."""
    if settings.cache_dir is None:
        return None
    result = _stages(document, settings, compute=False)
    if result is not None:
        result.from_cache = True
    return result


def process_document(document: Document, settings: Settings | None = None) -> DocumentResult:
    """Every stage a document needs (default settings: all stages, no cache)."""
    from pipeline.runner import memory

    with memory.document():
        return _process_document(document, settings or Settings())


def _process_document(document: Document, settings: Settings) -> DocumentResult:
    result = _stages(document, settings, compute=True)
    assert result is not None
    return result
