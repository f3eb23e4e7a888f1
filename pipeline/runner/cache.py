"""Per-document result cache, so a re-run only redoes what changed.

Two levels, each keyed by content, never by timestamps:
- ingest: (source path, sha256 of the bytes, version of the ingest code, rules and PDF backend)
  -> documents, sections, sentences and bibliography rows, or the document's error rows;
- extract: (ingest key, version of pipeline/extract/ code and rules) -> extraction rows.
A changed rule file under pipeline/extract/ changes only the extract version, so PDFs are not
parsed again; any other change to the pipeline's code or rules changes both.

Entries are pickled row lists in CACHE/<level>/<key[:2]>/<key>.pkl, written atomically (a
temporary file renamed into place), so a run killed mid-write never leaves a half entry.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from dataclasses import dataclass, field
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import Any

import pipeline
from pipeline.errors import DocumentError
from pipeline.ingest.parsed import SourceFile
from pipeline.runner.limits import Limits

Rows = dict[str, list[dict[str, object]]]
# Bump to throw away every entry written by an older cache layout.
CACHE_FORMAT = "1"
_CODE_SUFFIXES = (".py", ".yaml", ".yml", ".jsonl", ".json")
# Files that do not change any document's rows: the run machinery, the CLI, test renderers,
# evaluation and review tooling.
_NOT_INGEST = {
    "cli.py",
    "__main__.py",
    "runner/run.py",
    "runner/cache.py",
    "runner/scale.py",
    "runner/memory.py",
}
_NOT_INGEST_DIRS = {"extract", "render", "review", "__pycache__"}
_LIBRARIES = ("pdfplumber", "pdfminer.six", "pypdfium2", "spacy", "lxml", "trafilatura")


def _hash_files(files: list[Path], root: Path) -> str:
    h = hashlib.sha256(CACHE_FORMAT.encode())
    for path in sorted(files, key=lambda p: p.relative_to(root).as_posix()):
        h.update(path.relative_to(root).as_posix().encode() + b"\0")
        h.update(path.read_bytes() + b"\0")
    return h.hexdigest()


def _code_files(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file() and p.suffix in _CODE_SUFFIXES]


def ingest_code_hash(root: Path) -> str:
    """Hash of the package's files that shape ingest rows (everything but pipeline/extract/,
    the run machinery, renderers and review tooling)."""
    files = [
        p
        for p in _code_files(root)
        if not (set(p.relative_to(root).parts[:-1]) & _NOT_INGEST_DIRS)
        and p.relative_to(root).as_posix() not in _NOT_INGEST
        and not p.name.startswith("evaluat")
    ]
    return _hash_files(files, root)


def extract_code_hash(root: Path) -> str:
    """Hash of pipeline/extract/ (code and rule files)."""
    folder = root / "extract"
    return _hash_files(_code_files(folder), folder) if folder.is_dir() else "none"


@cache
def ingest_version(pdf_backend: str = "pdfplumber") -> str:
    """Everything that shapes ingest rows: code, rule files, library versions, PDF backend."""
    h = hashlib.sha256(ingest_code_hash(Path(pipeline.__file__).parent).encode())
    for lib in _LIBRARIES:
        try:
            h.update(f"{lib}={metadata.version(lib)};".encode())
        except metadata.PackageNotFoundError:
            h.update(f"{lib}=none;".encode())
    h.update(f"pdf={pdf_backend}".encode())
    return h.hexdigest()


@cache
def extract_version() -> str:
    return extract_code_hash(Path(pipeline.__file__).parent)


def ingest_key(source_path: str, sha256: str, version: str) -> str:
    return hashlib.sha256(f"{version}\0{source_path}\0{sha256}".encode()).hexdigest()


def extract_key(ingest: str, version: str) -> str:
    return hashlib.sha256(f"{ingest}\0{version}".encode()).hexdigest()


class ResultCache:
    """Pickled per-document rows under one folder; `None` as the folder disables caching."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self.hits = 0
        self.misses = 0

    def _path(self, level: str, key: str) -> Path:
        assert self.folder is not None
        return self.folder / level / key[:2] / f"{key}.pkl"

    def get(self, level: str, key: str) -> dict[str, Any] | None:
        if self.folder is None:
            return None
        path = self._path(level, key)
        try:
            with open(path, "rb") as fh:
                value = pickle.load(fh)
        except FileNotFoundError:
            self.misses += 1
            return None
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
            # A damaged entry is a miss; the fresh result overwrites it.
            self.misses += 1
            return None
        self.hits += 1
        return value

    def put(self, level: str, key: str, value: object) -> None:
        if self.folder is None:
            return
        path = self._path(level, key)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


# --- one document through the cached stages ---------------------------------------------------

# Failures that depend on the input alone; anything else (a bug, a time or memory limit) is
# tried again on the next run rather than remembered.
# Limit errors (limits.py) are not remembered either: they depend on --max-* options.
_TRANSIENT_ERRORS = {
    "internal_error",
    "out_of_memory",
    "too_deep",
    "time_limit",
    "limit_bytes",
    "limit_pages",
}


@dataclass
class DocResult:
    """Rows of one document for every table, or its error rows (picklable, spaCy-free)."""

    source_path: str
    doc_id: str | None
    tables: Rows = field(default_factory=dict)
    errors: list[dict[str, object]] = field(default_factory=list)
    from_cache: bool = False

    @property
    def failed(self) -> bool:
        return bool(self.errors) and not self.tables.get("documents")


@dataclass(frozen=True)
class Settings:
    """What a worker needs to process a document the way the run asked (picklable): it travels
    with every task, so process-pool and Dask workers, local or remote, apply the run's options
    whatever their own environment says."""

    extract: bool = True
    cache_dir: str | None = None
    pdf_backend: str = "pdfplumber"
    limits: Limits = field(default_factory=Limits)


def _cacheable(errors: list[dict[str, object]]) -> bool:
    return not any(e.get("error") in _TRANSIENT_ERRORS for e in errors)


def source_keys(source: SourceFile, settings: Settings) -> tuple[str, str]:
    """(ingest key, extract key) of a source under these settings."""
    return _keys(source, settings)


def _keys(source: SourceFile, settings: Settings) -> tuple[str, str]:
    sha = hashlib.sha256(source.data).hexdigest()
    ikey = ingest_key(source.source_path, sha, ingest_version(settings.pdf_backend))
    return ikey, extract_key(ikey, extract_version())


def _combine(source: SourceFile, ingest: dict, extracted: dict | None) -> DocResult:
    tables = {k: list(v) for k, v in ingest["tables"].items()}
    errors = list(ingest["errors"])
    if extracted is not None:
        if extracted["errors"]:
            # Same outcome as an uncached run: a document whose extraction failed has no rows.
            tables = {}
            errors += extracted["errors"]
        else:
            tables.update(extracted["tables"])
    doc_id = hashlib.sha256(source.data).hexdigest()[:16]
    return DocResult(source.source_path, doc_id, tables, errors)


def lookup(source: SourceFile, settings: Settings) -> DocResult | None:
    """The document's full result when every stage it needs is cached, else None (no parsing,
    no spaCy: this runs in the parent process before anything is sent to a worker)."""
    if settings.cache_dir is None:
        return None
    cache = ResultCache(Path(settings.cache_dir))
    ikey, ekey = _keys(source, settings)
    ingest = cache.get("ingest", ikey)
    if ingest is None:
        return None
    extracted = None
    if settings.extract and not DocResult("", None, ingest["tables"], ingest["errors"]).failed:
        extracted = cache.get("extract", ekey)
        if extracted is None:
            return None
    result = _combine(source, ingest, extracted)
    result.from_cache = True
    return result


def _run_ingest(source: SourceFile, settings: Settings) -> dict:
    from pipeline.runner.document import process_source

    r = process_source(
        source, extract=False, limits=settings.limits, pdf_backend=settings.pdf_backend
    )
    return {"tables": r.tables, "errors": r.errors}


def _run_extract(source_path: str, tables: Rows, limits: Limits) -> dict:
    """Extraction from cached ingest rows: sentences are rebuilt, nothing is parsed again."""
    import traceback

    from pipeline.ingest.sentences import sentences_from_rows
    from pipeline.runner.document import error_row
    from pipeline.runner.limits import active, time_limit

    try:
        from pipeline.extract import extract_document

        doc: dict[str, Any] = tables["documents"][0]
        sentences = sentences_from_rows(tables["sentences"], tables["sections"])
        # The same time limit as the ingest stages (rows.process_source) bounds extraction.
        with active(limits), time_limit(limits.max_seconds, source_path):
            found = extract_document(doc["doc_id"], doc["text"], sentences, doc.get("drug"))
        return {"tables": found, "errors": []}
    except DocumentError as exc:
        err = error_row(
            source_path,
            exc.stage if exc.stage not in ("", "ingest") else "extract",
            exc.code,
            exc.message,
        )
    except Exception as exc:  # a bug: record it like rows.process_source does, keep going
        where = traceback.extract_tb(exc.__traceback__)[-1]
        err = error_row(
            source_path,
            "extract",
            "internal_error",
            f"{exc.__class__.__name__}: {exc} (at {where.filename.rsplit('/', 1)[-1]}:"
            f"{where.lineno}); please report this file with the message",
        )
    return {"tables": {}, "errors": [err]}


def process_document(source: SourceFile, settings: Settings) -> DocResult:
    """Every stage a document needs, reusing cached ingest and extraction results."""
    from pipeline.runner import memory as vocabulary

    with vocabulary.document():
        return _process_document(source, settings)


def _process_document(source: SourceFile, settings: Settings) -> DocResult:
    cache = ResultCache(Path(settings.cache_dir) if settings.cache_dir else None)
    ikey, ekey = _keys(source, settings)
    ingest = cache.get("ingest", ikey)
    if ingest is None:
        ingest = _run_ingest(source, settings)
        if _cacheable(ingest["errors"]):
            cache.put("ingest", ikey, ingest)
    extracted = None
    if settings.extract and not DocResult("", None, ingest["tables"], ingest["errors"]).failed:
        extracted = cache.get("extract", ekey)
        if extracted is None:
            extracted = _run_extract(source.source_path, ingest["tables"], settings.limits)
            if _cacheable(extracted["errors"]):
                cache.put("extract", ekey, extracted)
    return _combine(source, ingest, extracted)
