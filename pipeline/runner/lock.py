"""One writer per output folder: a file lock in OUT, held for the whole run.

The lock is OUT/.lock, taken with the `filelock` library (flock on Linux and macOS): the
kernel drops it when the holder exits, even on SIGKILL, so a killed run never leaves a stale
lock. A flock belongs to the file, not its name, and the run's swap of OUT carries the file
over as a hard link (output.py), so the lock is the same before and after the swap, and
nothing is written outside OUT. The file stays after the run (deleting it would open a race
between two waiting runs); who holds it is written beside it, in OUT/.lock.owner (pid, start
time, command), for the message a second run prints.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import time
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

from filelock import FileLock, Timeout

from pipeline import settings


class OutputBusy(RuntimeError):
    """Another run holds the output folder's lock."""


def lock_path(out: Path) -> Path:
    return Path(os.path.realpath(out)) / settings.LOCK_NAME


def _owner_path(lock: Path) -> Path:
    return lock.with_name(lock.name + ".owner")


def describe_owner(lock: Path) -> str:
    """'process 123 (started 2026-12-05 07:10:26 UTC: python -m pipeline run ...)'."""
    try:
        owner = json.loads(_owner_path(lock).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return "another process (it has not written its name yet)"
    return f"process {owner.get('pid')} (started {owner.get('started')}: {owner.get('command')})"


@contextlib.contextmanager
def hold_output(out: Path, wait: bool = False, console: bool = True) -> Iterator[None]:
    """Hold OUT's lock for the block. Busy: OutputBusy at once, or (wait) block until free."""
    path = lock_path(out)
    if path.parent.exists() and not path.parent.is_dir():
        raise NotADirectoryError(
            f"--out {out} is a file, not a folder: pass a folder for the tables "
            "(it is created if missing)"
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = FileLock(path, timeout=0, is_singleton=False)
    try:
        lock.acquire()
    except Timeout:
        holder = describe_owner(path)
        if not wait:
            raise OutputBusy(
                f"{out} is being written by {holder}: wait for that run to finish, stop it, "
                "or pass --wait to start when it is done"
            ) from None
        if console:
            print(f"waiting for {holder} to finish writing {out}", file=sys.stderr)
        _acquire_blocking(lock)
    try:
        _owner_path(path).write_text(
            json.dumps(
                {
                    "pid": os.getpid(),
                    "started": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M:%S UTC"),
                    "command": " ".join(sys.argv) or sys.executable,
                }
            ),
            encoding="utf-8",
        )
        yield
    finally:
        with contextlib.suppress(OSError):
            _owner_path(path).unlink()
        lock.release()


def _acquire_blocking(lock: FileLock) -> None:
    # Short polls rather than one blocking call: a stop signal is handled between two.
    while True:
        try:
            lock.acquire(timeout=0)
            return
        except Timeout:
            time.sleep(0.1)
