"""Every path and knob the runner uses, in one place: defaults for the command line, the
per-document limits, the cache, the workers, batching and shutdown.

Two objects carry them into a run: `Limits` (bytes, pages, seconds per document; overridable
per run and by LACTPIPE_MAX_* environment variables) and `Settings`, the per-task options that
travel with every document to its worker (process pool or Dask), so a worker applies the run's
options whatever its own environment says. Module constants are read at call time, so a test
can change one with monkeypatch.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TypeVar

# --- paths -------------------------------------------------------------------------------------
RAW_DIR = Path("raw")  # input folder (read only)
OUT_DIR = Path("processed")  # output folder: OUT/<table>.parquet
CACHE_DIRNAME = ".cache"  # per-document cache, OUT/.cache unless --cache-dir
FINGERPRINT = f"{CACHE_DIRNAME}/fingerprint.json"  # a run's inputs hashed, inside OUT
LOCK_NAME = ".lock"  # OUT/.lock (and OUT/.lock.owner): one writer per output folder

# --- per-document limits -----------------------------------------------------------------------
ENV_PREFIX = "LACTPIPE_"
MAX_BYTES = 64 * 1024 * 1024  # one source file (or archive member)
MAX_PAGES = 500  # PDF pages; LactMed records have under 50
MAX_SECONDS = 120.0  # wall time for every stage of one document

# --- workers, batching -------------------------------------------------------------------------
IN_FLIGHT_PER_WORKER = 4  # documents queued per worker: busy workers, bounded memory
ROW_GROUP_ROWS = 20_000  # rows buffered before they become one Parquet row group / part
PROGRESS_AFTER_S = 3.0  # a progress bar appears only for runs longer than this
DASK_BATCH = 16  # documents per client.map call
DASK_CONNECT_TIMEOUT = "20s"
# spaCy strings a worker keeps before it rebuilds its pipeline (runner/memory.py); ~40 MB.
MAX_VOCABULARY_STRINGS = 100_000

# --- stopping ----------------------------------------------------------------------------------
# After SIGINT/SIGTERM/SIGHUP: how long workers get to stop before they are killed.
SHUTDOWN_GRACE_S = 2.0
# How often a worker checks that its parent is alive where there is no parent-death signal.
ORPHAN_CHECK_S = 1.0


def default_workers() -> int:
    """Worker processes when --workers is not given: every core."""
    return max(1, os.cpu_count() or 1)


@dataclass(frozen=True)
class Limits:
    """Per-document limits; 0 switches one off (enforced in pipeline/runner/limits.py)."""

    max_bytes: int = MAX_BYTES
    max_pages: int = MAX_PAGES
    max_seconds: float = MAX_SECONDS

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Limits:
        """Defaults, overridden by LACTPIPE_MAX_BYTES / _MAX_PAGES / _MAX_SECONDS."""
        env = os.environ if environ is None else environ
        return cls().with_overrides(
            _env_limit(env, "max_bytes", int),
            _env_limit(env, "max_pages", int),
            _env_limit(env, "max_seconds", float),
        )

    def with_overrides(
        self,
        max_bytes: int | None = None,
        max_pages: int | None = None,
        max_seconds: float | None = None,
    ) -> Limits:
        """Command-line values (None = not given) over these limits."""
        return replace(
            self,
            max_bytes=self.max_bytes if max_bytes is None else max_bytes,
            max_pages=self.max_pages if max_pages is None else max_pages,
            max_seconds=self.max_seconds if max_seconds is None else max_seconds,
        )


_Number = TypeVar("_Number", int, float)


def _env_limit(env: Mapping[str, str], name: str, cast: type[_Number]) -> _Number | None:
    """The limit `name` from its LACTPIPE_ variable; None when the variable is unset or blank."""
    raw = env.get(ENV_PREFIX + name.upper())
    if raw is None or raw.strip() == "":
        return None
    try:
        value = cast(raw)
    except ValueError:
        raise ValueError(
            f"{ENV_PREFIX}{name.upper()}={raw!r} is not a number: set it to a "
            f"{cast.__name__} (0 switches the limit off)"
        ) from None
    if value < 0:
        raise ValueError(f"{ENV_PREFIX}{name.upper()} must be 0 or more, not {raw}")
    return value


@dataclass(frozen=True)
class Settings:
    """What a worker needs to process a document the way the run asked (picklable): it travels
    with every task. `cache_dir` None: no cache (read nor write)."""

    extract: bool = True
    cache_dir: str | None = None
    pdf_backend: str = "pdfplumber"
    limits: Limits = field(default_factory=Limits)


def cache_dir_for(out: Path, cache_dir: Path | None, no_cache: bool) -> str | None:
    """The cache folder a run uses (absolute, since workers may run elsewhere), or None."""
    if no_cache:
        return None
    return str((cache_dir or out / CACHE_DIRNAME).resolve())
