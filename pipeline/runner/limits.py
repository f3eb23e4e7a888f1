"""Per-document limits (bytes, pages, seconds) so one pathological file cannot stall a run.

A document over a limit becomes one `errors` row naming the limit and the option that raises it;
the run goes on. Defaults suit LactMed records and drug web pages (kilobytes to a few megabytes,
tens of pages, well under a second each) with a wide margin. Override per run with
--max-bytes/--max-pages/--max-seconds or the LACTPIPE_MAX_BYTES/_PAGES/_SECONDS environment
variables (0 switches a limit off). The defaults live in pipeline/settings.py.
"""

from __future__ import annotations

import contextlib
import inspect
import signal
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from types import FrameType

from pipeline.errors import DocumentError
from pipeline.settings import Limits

__all__ = ["Limits", "active", "check_bytes", "check_pages", "check_time", "current", "time_limit"]

# The limits of the document being processed in this process, so deep code (the PDF ingester's
# page count) can check them without every signature carrying them.
_current = threading.local()


def current() -> Limits:
    return getattr(_current, "limits", None) or Limits.from_env()


@contextlib.contextmanager
def active(limits: Limits) -> Iterator[Limits]:
    previous = getattr(_current, "limits", None)
    _current.limits = limits
    try:
        yield limits
    finally:
        _current.limits = previous


def check_bytes(size: int, source_path: str, limits: Limits | None = None) -> None:
    limits = limits or current()
    if limits.max_bytes and size > limits.max_bytes:
        raise DocumentError(
            "limit_bytes",
            f"{source_path} is {size:,} bytes, over the limit of {limits.max_bytes:,} bytes "
            "(--max-bytes): check that it is a single record, or raise --max-bytes",
        )


def check_pages(n_pages: int, source_path: str, limits: Limits | None = None) -> None:
    """Call before reading any page: a PDF with more pages than the limit is refused."""
    limits = limits or current()
    if limits.max_pages and n_pages > limits.max_pages:
        raise DocumentError(
            "limit_pages",
            f"{source_path} has {n_pages:,} pages, over the limit of {limits.max_pages:,} "
            "(--max-pages): is it a whole book or a merged file? Split it, or raise --max-pages",
        )


class _TimeUp(DocumentError):
    pass


def _time_up(seconds: float, source_path: str) -> _TimeUp:
    return _TimeUp(  # stage "" -> the error row names the stage that was running
        "time_limit",
        f"{source_path} took longer than {seconds:g} s (limit --max-seconds): the file may "
        "be pathological (huge tables, endless nesting); check it, or raise --max-seconds",
        stage="",
    )


_FIRE_AGAIN_S = 0.05


@dataclass
class _Deadline:
    at: float  # time.monotonic() value
    seconds: float
    source_path: str
    passed: bool = False


def check_time() -> None:
    """A point where a document over its time limit stops, in a thread other than the main one.

    The main thread is interrupted anywhere by SIGALRM; other threads (a Dask worker runs its
    tasks in threads) cannot be, safely, so the stages call this at each page, block and
    sentence. Outside a time_limit block, or in the main thread, it does nothing."""
    deadline: _Deadline | None = getattr(_current, "deadline", None)
    if deadline is not None and time.monotonic() > deadline.at:
        deadline.passed = True
        raise _time_up(deadline.seconds, deadline.source_path)


@contextlib.contextmanager
def _thread_time_limit(seconds: float, source_path: str) -> Iterator[None]:
    """time_limit outside the main thread: the body stops at its next check_time() once the
    time is up; if it swallows that error, the next check raises again, and the block still
    ends with the time-limit error."""
    previous = getattr(_current, "deadline", None)
    deadline = _current.deadline = _Deadline(time.monotonic() + seconds, seconds, source_path)
    try:
        yield
    except _TimeUp:
        raise
    except BaseException as exc:
        if deadline.passed:
            raise _time_up(seconds, source_path) from exc
        raise
    finally:
        _current.deadline = previous
    if deadline.passed:
        raise _time_up(seconds, source_path)


@contextlib.contextmanager
def time_limit(seconds: float, source_path: str = "the document") -> Iterator[None]:
    """Raise DocumentError("time_limit") when the body runs longer than `seconds`.

    In a process's main thread (the runner's workers) it uses SIGALRM: Python code is
    interrupted between bytecodes; a single call stuck inside C code is interrupted when it
    returns. If the body swallows or wraps the error, the alarm fires again every 50 ms until
    the body stops, and the time-limit error is still what leaves this block. In any other
    thread (a Dask worker's) the body stops at its next check_time(). seconds <= 0 does not
    limit.
    """
    if not seconds or seconds <= 0:
        yield
        return
    if threading.current_thread() is not threading.main_thread():
        with _thread_time_limit(seconds, source_path):
            yield
        return
    fired = False
    armed = True
    started = time.monotonic()

    def error() -> _TimeUp:
        return _time_up(seconds, source_path)

    def on_alarm(signum: int, frame: FrameType | None) -> None:
        nonlocal fired
        if not armed:  # the body finished just as the timer fired
            return
        if frame is not None and frame.f_code in _EXIT_CODES:
            # Not in the body (its exit is running, which disarms the timer, or it has not
            # started yet): ask again shortly rather than raise here.
            signal.setitimer(signal.ITIMER_REAL, _FIRE_AGAIN_S)
            return
        fired = True
        # The error can land where Python swallows it (a gc callback, a __del__, a library's
        # bare except) and the body then runs on: fire again until it gets out.
        signal.setitimer(signal.ITIMER_REAL, _FIRE_AGAIN_S)
        raise error()

    old_handler = signal.signal(signal.SIGALRM, on_alarm)
    old_delay, _ = signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    except _TimeUp:
        raise
    except BaseException as exc:
        if fired:
            raise error() from exc
        raise
    finally:
        armed = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old_handler)
        if old_delay:  # an outer timer was running: give it back what is left (at least 1 ms)
            left = old_delay - (time.monotonic() - started)
            signal.setitimer(signal.ITIMER_REAL, max(left, 0.001))
    if fired:
        raise error()


# Frames where the body is over: time_limit's own except/finally, and the `with` statement's
# exit on its way there. An alarm landing in them must not raise a second error.
_EXIT_CODES = frozenset(
    {inspect.unwrap(time_limit).__code__, contextlib._GeneratorContextManager.__exit__.__code__}
)
