"""Stopping a run cleanly: signals in the parent, and workers that never outlive it.

The parent turns SIGINT, SIGTERM and SIGHUP into an `Interrupted` exception in its main thread,
so the run unwinds through its own clean-up (workers stopped, staging folder removed, lock
released) and the command line prints one line and exits 128 + the signal number (130, 143,
129) instead of a traceback. Later signals during that clean-up are ignored: it is bounded
(settings.SHUTDOWN_GRACE_S), and a second Ctrl-C must not cut it short.

A worker process must die with its parent even when the parent gets SIGKILL (nothing runs in
the parent then): on Linux each worker asks the kernel for SIGKILL when its parent dies
(prctl PR_SET_PDEATHSIG); elsewhere a daemon thread checks the parent's pid every
settings.ORPHAN_CHECK_S and exits. A worker left alive would keep the parent's stdout open and
hang whatever reads it (make, CI, subprocess.run with capture_output).
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import os
import signal
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from types import FrameType

from pipeline import settings

STOP_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name)
)
_PR_SET_PDEATHSIG = 1


class Interrupted(BaseException):  # noqa: N818 (a BaseException, like KeyboardInterrupt)
    """A stop signal arrived; `done` documents had finished (and are in the cache);
    `written`: it came as the tables were swapped in, so OUT holds the new tables."""

    def __init__(self, signum: int, done: int = 0) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum
        self.done = done
        self.written = False

    @property
    def exit_code(self) -> int:
        return 128 + self.signum


# The stop signal that arrived, if any: Python swallows an exception raised in some callbacks
# (an import lock's, a garbage collector's), so the run also looks here at its checkpoints.
_pending: int | None = None


def _raise_interrupted(signum: int, frame: FrameType | None) -> None:
    global _pending
    _pending = signum
    for sig in STOP_SIGNALS:  # clean-up is bounded: let it finish
        signal.signal(sig, signal.SIG_IGN)
    raise Interrupted(signum)


def raise_if_stopped() -> None:
    """Raise the Interrupted of a stop signal whose first raise something swallowed."""
    if _pending is not None:
        raise Interrupted(_pending)


@contextlib.contextmanager
def stop_signals_interrupt() -> Iterator[None]:
    """Within the block, a stop signal raises Interrupted in the main thread."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    global _pending
    _pending = None
    previous = {sig: signal.signal(sig, _raise_interrupted) for sig in STOP_SIGNALS}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


@contextlib.contextmanager
def deferred_stop() -> Iterator[None]:
    """A stop signal arriving within the block takes effect as the block ends (for a step that
    must finish once started, such as swapping the tables into OUT)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    arrived: list[int] = []
    previous = {sig: signal.signal(sig, lambda n, f: arrived.append(n)) for sig in STOP_SIGNALS}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    if not arrived:
        return
    handler = previous[arrived[0]]
    if callable(handler):
        handler(arrived[0], None)
    elif handler == signal.SIG_DFL:  # no handler of ours (run() called as a library)
        os.kill(os.getpid(), arrived[0])


def guard_worker(parent_pid: int) -> None:
    """Run first in every worker process: die with the parent; leave stopping to it."""
    # A terminal's Ctrl-C reaches the whole process group: the parent stops the workers, so
    # they ignore it (and print no traceback); SIGTERM from the parent ends them.
    if threading.current_thread() is threading.main_thread():
        for sig in STOP_SIGNALS:
            signal.signal(sig, signal.SIG_IGN if sig != signal.SIGTERM else signal.SIG_DFL)
    if not _ask_kernel_to_kill_on_parent_death():
        threading.Thread(target=_watch_parent, args=(parent_pid,), daemon=True).start()
    if os.getppid() != parent_pid:  # the parent died before the request took effect
        os._exit(1)


def _ask_kernel_to_kill_on_parent_death() -> bool:
    if not sys.platform.startswith("linux") or threading.current_thread() is not (
        threading.main_thread()
    ):
        return False  # the request belongs to the calling thread; only the main one counts
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        return libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def _watch_parent(parent_pid: int) -> None:
    while os.getppid() == parent_pid:
        time.sleep(settings.ORPHAN_CHECK_S)
    os._exit(1)


def child_pids() -> list[int]:
    """Pids of this process's children (Linux /proc; elsewhere none are known), less
    multiprocessing's resource tracker: it frees the workers' semaphores, and exits by itself
    once this process and the workers are gone."""
    me = str(os.getpid())
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError, IndexError):
            # The command name (2nd field) may hold spaces: read the fields after its ')'.
            fields = stat.read_text().rsplit(")", 1)[1].split()
            if fields[1] == me and b"resource_tracker" not in _cmdline(stat.parent):
                found.append(int(stat.parent.name))
    return found


def _cmdline(proc: Path) -> bytes:
    try:
        return (proc / "cmdline").read_bytes()
    except OSError:
        return b""


def end_processes(pids: list[int], grace: float | None = None) -> None:
    """SIGTERM, wait up to `grace` seconds, then SIGKILL whatever is left; reap our children."""
    grace = settings.SHUTDOWN_GRACE_S if grace is None else grace
    for pid in pids:
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + grace
    alive = list(pids)
    while alive and time.monotonic() < deadline:
        alive = [pid for pid in alive if _alive(pid)]
        if alive:
            time.sleep(0.02)
    for pid in alive:
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)
    for pid in pids:
        with contextlib.suppress(OSError):
            os.waitpid(pid, os.WNOHANG)


def _alive(pid: int) -> bool:
    with contextlib.suppress(ChildProcessError, OSError):
        if os.waitpid(pid, os.WNOHANG)[0] == pid:
            return False  # it exited and is now reaped
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def end_children(grace: float | None = None) -> None:
    """Stop every process this one started and has not reaped (workers, a LocalCluster's)."""
    end_processes(child_pids(), grace)
