"""Per-document result cache, so a re-run only redoes what changed (the driver that reads and
fills it is pipeline/runner/document.py).

Two levels, each keyed by content, never by timestamps:
- ingest: (source path, sha256 of the bytes, version of the ingest code, rules and PDF backend)
  -> documents, sections, sentences and references rows, or the document's error rows;
- extract: (ingest key, version of pipeline/extract/ code and rules) -> extraction rows.
A changed rule file under pipeline/extract/ changes only the extract version, so PDFs are not
parsed again; any other change to the pipeline's code or rules changes both.

Entries are pickled row lists in CACHE/<level>/<key[:2]>/<key>.pkl, written atomically (a
temporary file renamed into place), so a run killed mid-write never leaves a half entry.
"""

from __future__ import annotations

import errno
import hashlib
import os
import pickle
import tempfile
from functools import cache
from importlib import metadata
from pathlib import Path

import pipeline

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
    "runner/pool.py",
    "runner/stop.py",
    "runner/lock.py",
    "runner/progress.py",
    "runner/ingested.py",
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

    def get(self, level: str, key: str) -> object | None:
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

    def has(self, level: str, key: str) -> bool:
        """Whether an entry is there (not read: a damaged one still counts)."""
        return self.folder is not None and self._path(level, key).is_file()

    def put(self, level: str, key: str, value: object) -> bool:
        """Keep `value`; False when it was not kept (no cache, or no room for it)."""
        if self.folder is None:
            return False
        path = self._path(level, key)
        tmp = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
            return True
        except OSError as exc:
            if tmp is not None:
                Path(tmp).unlink(missing_ok=True)
            # A full disk or a quota costs the cache an entry, not the run: the tables' own
            # write then reports the space it needs.
            if exc.errno not in (errno.ENOSPC, errno.EDQUOT):
                raise
            return False
        except BaseException:
            if tmp is not None:
                Path(tmp).unlink(missing_ok=True)
            raise
