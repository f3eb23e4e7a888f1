"""Write tables as Parquet with pyarrow, from the schema module, never half-finished.

The output folder is replaced as a whole. Every table of a run is written (and fsync'ed) into a
hidden staging folder beside OUT (`.OUT.staging-*`, same file system); files in OUT that are
not tables (markers, review notes, caches) are hard-linked into it; then the staging folder and
OUT are exchanged in one atomic rename (Linux renameat2 RENAME_EXCHANGE). Where the kernel or
file system lacks that, OUT is renamed aside and the staging folder renamed in, and an
interruption between the two renames is repaired by `recover` on the next start. Either way a
run killed at any moment leaves OUT exactly as before or fully updated, and analysts keep
reading plain `OUT/<table>.parquet` paths.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import errno
import os
import shutil
import time
import uuid
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TypeVar

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline import settings
from pipeline.runner.stop import deferred_stop
from pipeline.schema import TABLES, Table

Row = dict[str, object]
T = TypeVar("T")

STAGING = ".staging-"
OLD = ".old-"
COMPLETE = ".complete"  # written last into a staging folder: it holds a full set of tables
# Test hook: when set to a checkpoint name, the writer touches OUT's sibling
# `.OUT.paused-<name>` and sleeps there, so a test can SIGKILL it at exactly that point.
# Checkpoints: staged:<table>, carried_over (all staged, before the swap), swapped (right after
# the exchange), between_renames (also selects the two-rename fallback), after_swap.
PAUSE_ENV = "LACTPIPE_TEST_PAUSE_AT"


def to_arrow(table: Table, rows: Sequence[Mapping[str, object]]) -> pa.Table:
    """Rows (dicts) -> an Arrow table with exactly the schema's columns, in its order."""
    columns = {c.name: [row.get(c.name) for row in rows] for c in table.columns}
    return pa.Table.from_pydict(columns, schema=table.schema)


def _sibling(out_dir: Path, kind: str, tag: str) -> Path:
    return out_dir.parent / f".{out_dir.name}{kind}{tag}"


def _checkpoint(out_dir: Path, name: str) -> None:
    if os.environ.get(PAUSE_ENV) == name:
        _sibling(out_dir, ".paused-", name).touch()
        time.sleep(3600)


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _exchange(a: Path, b: Path) -> bool:
    """Atomically swap two paths (renameat2 RENAME_EXCHANGE); False where unsupported."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    renameat2.argtypes = [
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_uint,
    ]
    if renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        _checkpoint(b, "swapped")
        return True
    err = ctypes.get_errno()
    if err in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP, errno.EPERM):
        return False
    raise OSError(err, f"cannot swap {b} into place: {os.strerror(err)}", str(a))


def recover(out_dir: Path) -> None:
    """Finish or undo a swap that a killed run left half-done, and remove its leftovers.

    Only the fallback (two renames) can be caught in between: OUT is missing while a complete
    staging folder and the renamed-aside old OUT exist. The complete new set wins.
    """
    out_dir = Path(os.path.abspath(out_dir))
    if out_dir.exists() and not out_dir.is_dir():
        raise NotADirectoryError(
            f"--out {out_dir} is a file, not a folder: pass a folder for the tables "
            "(it is created if missing)"
        )
    parent = out_dir.parent
    if not parent.is_dir():
        return
    prefix = f".{out_dir.name}"
    staged = sorted(parent.glob(f"{prefix}{STAGING}*"))
    olds = sorted(parent.glob(f"{prefix}{OLD}*"))
    if not out_dir.exists():
        complete = [s for s in staged if (s / COMPLETE).exists()]
        if complete:
            os.replace(complete[-1], out_dir)
            (out_dir / COMPLETE).unlink(missing_ok=True)
        elif olds:
            os.replace(olds[-1], out_dir)
    for leftover in [
        *parent.glob(f"{prefix}{STAGING}*"),
        *parent.glob(f"{prefix}{OLD}*"),
        *parent.glob(f"{prefix}.paused-*"),
    ]:
        if leftover.is_dir() and not leftover.is_symlink():
            shutil.rmtree(leftover, ignore_errors=True)
        else:
            leftover.unlink(missing_ok=True)


def _carry_over(out_dir: Path, staging: Path, written: set[str]) -> None:
    """Keep what OUT holds besides this run's tables; drop tables this run did not write
    (an `ingest` run leaves no statements from an older `run` out of step with documents)."""
    if out_dir.is_dir():
        _keep_other_files(out_dir, staging, written)
    _checkpoint(out_dir, "carried_over")  # every table staged; the swap comes next


def _keep_other_files(out_dir: Path, staging: Path, written: set[str]) -> None:
    stale = {f"{name}.parquet" for name in TABLES}
    for entry in out_dir.iterdir():
        if entry.name in stale or entry.name in written or entry.name == COMPLETE:
            continue
        target = staging / entry.name
        if entry.is_dir() and not entry.is_symlink():
            shutil.copytree(entry, target, symlinks=True, copy_function=_link_or_copy)
        else:
            _link_or_copy(entry, target, follow_symlinks=False)


def _link_or_copy(src: str | Path, dst: str | Path, *, follow_symlinks: bool = True) -> None:
    if not os.path.islink(src):
        try:
            os.link(src, dst)
            return
        except OSError:
            pass
    shutil.copy2(src, dst, follow_symlinks=follow_symlinks)


class StagedOutput:
    """A staging folder beside OUT that replaces OUT as a whole on `commit`.

    Write each table to `self.path / "<name>.parquet"` (a file, or a folder of parts), then
    call `commit(names)`; on any failure call `abort()` and OUT stays as it was.
    """

    def __init__(self, out_dir: Path) -> None:
        # Swap the real folder, not a symlink to it.
        self.out_dir = Path(os.path.realpath(out_dir))
        self.out_dir.parent.mkdir(parents=True, exist_ok=True)
        recover(self.out_dir)
        self.tag = f"{os.getpid()}-{uuid.uuid4().hex[:8]}"
        self.path = _sibling(self.out_dir, STAGING, self.tag)
        self.path.mkdir()
        self.swapped = False  # True once the new tables are in OUT

    def staged(self, name: str) -> None:
        """Call after each table is complete in the staging folder (flushes it to disk)."""
        path = self.path / f"{name}.parquet"
        for file in sorted(path.rglob("*")) if path.is_dir() else [path]:
            if file.is_file():
                with open(file, "rb") as fh:
                    os.fsync(fh.fileno())
        _checkpoint(self.out_dir, f"staged:{name}")

    def commit(self, names: Sequence[str]) -> list[Path]:
        out_dir, staging = self.out_dir, self.path
        try:
            _carry_over(out_dir, staging, {f"{n}.parquet" for n in names})
            mode = out_dir.stat().st_mode & 0o7777 if out_dir.is_dir() else 0o777 & ~_umask()
            os.chmod(staging, mode)
            # A stop signal from here on takes effect once the swap is over, so the run can
            # say which tables OUT holds (pipeline/runner/stop.py).
            with deferred_stop():
                (staging / COMPLETE).touch()
                _fsync_dir(staging)
                _checkpoint(out_dir, "before_swap")
                self._swap()
                self.swapped = True
                (out_dir / COMPLETE).unlink(missing_ok=True)
                _fsync_dir(out_dir.parent)
                _checkpoint(out_dir, "after_swap")
        finally:
            recover(out_dir)
        return [out_dir / f"{name}.parquet" for name in names]

    def _swap(self) -> None:
        out_dir, staging = self.out_dir, self.path
        if not out_dir.exists():
            os.replace(staging, out_dir)
        elif os.environ.get(PAUSE_ENV) != "between_renames" and _exchange(staging, out_dir):
            pass  # staging now holds the old tables; recover() removes it
        else:
            old = _sibling(out_dir, OLD, self.tag)
            os.replace(out_dir, old)
            _checkpoint(out_dir, "between_renames")
            os.replace(staging, out_dir)

    def abort(self) -> None:
        shutil.rmtree(self.path, ignore_errors=True)


_NO_SPACE = (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)


class OutOfSpace(OSError):
    """The disk or a quota filled up while the tables were written; OUT was left as it was."""

    def __str__(self) -> str:
        return str(self.strerror)  # the message alone, without OSError's "[Errno 28]"


def _no_space(exc: BaseException) -> bool:
    """pyarrow reports a full disk as an OSError without errno, with the text of strerror."""
    if not isinstance(exc, OSError):
        return False
    if exc.errno in _NO_SPACE:
        return True
    text = str(exc)
    return any(os.strerror(code) in text for code in _NO_SPACE)


def _folder_bytes(path: Path) -> int:
    total = 0
    for file in path.rglob("*"):
        with contextlib.suppress(OSError):
            if file.is_file() and not file.is_symlink():
                total += file.stat().st_blocks * 512
    return total


def _tables_bytes(out_dir: Path) -> int:
    """Disk space of OUT's tables (files or partitioned folders), not of its cache."""
    total = 0
    for table in out_dir.glob("*.parquet") if out_dir.is_dir() else []:
        with contextlib.suppress(OSError):
            total += _folder_bytes(table) if table.is_dir() else table.stat().st_blocks * 512
    return total


def _mib(n: int) -> str:
    return f"{n / 2**20:,.1f} MiB"


def out_of_space(
    exc: OSError, out_dir: Path, staging: Path, free: int, previous: int
) -> OutOfSpace:
    """The message for a full disk. What the write needed is known only as a lower bound:
    more than was free when it began (it did not fit), and about what the previous tables
    took, when the corpus has not changed much."""
    written = _folder_bytes(staging) if staging.exists() else 0
    return OutOfSpace(
        exc.errno or errno.ENOSPC,
        f"no space left to write the tables beside {out_dir} ({exc.strerror or exc}): the "
        f"write needed more than the {_mib(free)} that were free when it began "
        f"({_mib(written)} written when the disk or quota filled up; the previous tables "
        f"take {_mib(previous)}). Nothing was changed in {out_dir}, and the staging folder "
        "was removed: free some space (or point --out at a larger disk) and run again",
    )


def _free_bytes(path: Path) -> int:
    try:
        return shutil.disk_usage(path).free
    except OSError:
        return 0


class TableSink:
    """Rows -> Parquet in batches of whole documents, into a StagedOutput that replaces OUT
    only when every table is complete.

    Each batch is checked with pipeline/validate.py (a batch holds whole documents, so key,
    foreign-key and span checks see everything they need) and written as one row group per
    table, so memory holds one batch, not the corpus. `partitioned=False` writes
    OUT/<table>.parquet files; `partitioned=True` writes OUT/<table>.parquet/part-NNNNN.parquet
    datasets, which pandas, DuckDB and Dask read as one table. A full disk or quota raises
    OutOfSpace after removing the staging folder."""

    def __init__(
        self,
        out_dir: Path,
        names: list[str],
        partitioned: bool = False,
        rows_per_batch: int | None = None,
    ) -> None:
        self.output = StagedOutput(out_dir)
        self.out_dir = self.output.out_dir
        self.staging = self.output.path
        self.previous_bytes = _tables_bytes(self.out_dir)
        self.free_at_start = _free_bytes(self.staging)
        self.names = names
        self.partitioned = partitioned
        self.rows_per_batch = rows_per_batch or settings.ROW_GROUP_ROWS
        self.buffers: dict[str, list[Row]] = {n: [] for n in names}
        self.buffered = 0
        self.writers: dict[str, pq.ParquetWriter] = {}
        self.parts = 0

    def add(self, tables: Mapping[str, list[Row]]) -> None:
        """One document's rows (or error rows), for any of the sink's tables."""
        for name, rows in tables.items():
            if rows:
                self.buffers[name].extend(rows)
                self.buffered += len(rows)
        if self.buffered >= self.rows_per_batch:
            self._guarded(self.flush)

    def flush(self) -> None:
        if not self.buffered and self.parts:
            return
        from pipeline.validate import validate_tables  # pandera: only when tables are written

        batch = {n: to_arrow(TABLES[n], self.buffers[n]) for n in self.names}
        validate_tables({n: t for n, t in batch.items() if t.num_rows or n == "documents"})
        for name, table in batch.items():
            if self.partitioned:
                if table.num_rows == 0 and self.parts:
                    continue
                folder = self.staging / f"{name}.parquet"
                folder.mkdir(exist_ok=True)
                pq.write_table(table, folder / f"part-{self.parts:05d}.parquet", compression="zstd")
            else:
                if name not in self.writers:
                    self.writers[name] = pq.ParquetWriter(
                        self.staging / f"{name}.parquet", TABLES[name].schema, compression="zstd"
                    )
                if table.num_rows or self.parts == 0:
                    self.writers[name].write_table(table)
        self.buffers = {n: [] for n in self.names}
        self.buffered = 0
        self.parts += 1

    def commit(self) -> list[Path]:
        """Finish every table (fsync'ed), keep OUT's other files, swap the folder in."""

        def finish() -> list[Path]:
            self.flush()
            self._close_writers()
            for name in self.names:
                self.output.staged(name)
            return self.output.commit(self.names)

        return self._guarded(finish)

    @property
    def committed(self) -> bool:
        return self.output.swapped

    def _guarded(self, write: Callable[[], T]) -> T:
        try:
            return write()
        except OSError as exc:
            if not _no_space(exc):
                raise
            error = out_of_space(
                exc, self.out_dir, self.staging, self.free_at_start, self.previous_bytes
            )
            self.abort()
            raise error from exc

    def _close_writers(self) -> None:
        writers, self.writers = list(self.writers.values()), {}
        for w in writers:
            w.close()

    def abort(self) -> None:
        writers, self.writers = list(self.writers.values()), {}
        for w in writers:
            try:
                w.close()
            except OSError:  # its file hit a full disk: it is deleted with the staging folder
                w.is_open = False  # else pyarrow tries again when it is collected, noisily
        self.output.abort()


def write_tables(out_dir: Path, tables: Mapping[str, pa.Table]) -> list[Path]:
    """Write every table to out_dir/<name>.parquet; the folder is replaced as a whole."""
    for name in tables:
        if name not in TABLES:
            raise KeyError(f"unknown table {name!r}")
    output = StagedOutput(out_dir)
    try:
        for name, arrow_table in tables.items():
            pq.write_table(
                arrow_table,
                output.path / f"{name}.parquet",
                compression="zstd",
                row_group_size=50_000,
            )
            output.staged(name)
        return output.commit(list(tables))
    except BaseException:
        output.abort()
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def read_table(out_dir: Path, name: str) -> pa.Table:
    return pq.read_table(out_dir / f"{name}.parquet", schema=TABLES[name].schema)
