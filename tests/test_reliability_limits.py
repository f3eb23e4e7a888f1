"""Per-document limits: bytes, pages and seconds; a document over one is an errors row naming
the limit, and the rest of the run goes on."""

from __future__ import annotations

import contextlib
import signal
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest
from reliability_inputs import cli, make_raw

from pipeline.errors import DocumentError
from pipeline.ingest.parsed import SourceFile
from pipeline.render.samples.inputs import record
from pipeline.runner.document import process_document
from pipeline.runner.limits import Limits, check_bytes, check_pages, check_time, time_limit
from pipeline.settings import Settings


def test_defaults_are_sane_and_env_overrides_them() -> None:
    d = Limits()
    assert d.max_bytes >= 10 * 1024 * 1024 and d.max_pages >= 100 and d.max_seconds >= 10
    env = {"LACTPIPE_MAX_BYTES": "1000", "LACTPIPE_MAX_PAGES": "3", "LACTPIPE_MAX_SECONDS": "2.5"}
    assert Limits.from_env(env) == Limits(1000, 3, 2.5)
    assert Limits.from_env({}) == d
    assert Limits.from_env(env).with_overrides(max_pages=9) == Limits(1000, 9, 2.5)
    with pytest.raises(ValueError, match="LACTPIPE_MAX_PAGES"):
        Limits.from_env({"LACTPIPE_MAX_PAGES": "many"})


def test_zero_switches_a_limit_off() -> None:
    check_bytes(10**12, "x.pdf", Limits(max_bytes=0))
    check_pages(10**6, "x.pdf", Limits(max_pages=0))
    with time_limit(0):
        time.sleep(0.01)


def test_time_limit_interrupts_a_slow_body_and_restores_the_alarm() -> None:
    handler = signal.getsignal(signal.SIGALRM)
    started = time.monotonic()
    with pytest.raises(DocumentError) as info, time_limit(0.2, "slow.pdf"):
        while True:
            pass
    assert time.monotonic() - started < 2
    assert info.value.code == "time_limit"
    assert "slow.pdf" in info.value.message and "--max-seconds" in info.value.message
    assert signal.getsignal(signal.SIGALRM) == handler
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_time_limit_wins_over_code_that_swallows_errors() -> None:
    # contextlib.suppress(Exception) stands for an ingester's broad `except Exception: pass`.
    with pytest.raises(DocumentError) as info, time_limit(0.1, "x"), contextlib.suppress(Exception):
        time.sleep(1)
    assert info.value.code == "time_limit"


def test_time_limit_fires_again_when_its_error_is_swallowed() -> None:
    """Where the first error is lost (caught and dropped, or raised inside a gc callback), the
    body that runs on is interrupted too, not left to run to its end."""
    went_on_to_the_end = False
    with pytest.raises(DocumentError) as info, time_limit(0.05, "x"):
        try:
            while True:
                pass
        except DocumentError:
            pass  # swallowed
        deadline = time.monotonic() + 30  # a safety net: the test never hangs
        while time.monotonic() < deadline:
            pass
        went_on_to_the_end = True
    assert info.value.code == "time_limit"
    assert not went_on_to_the_end
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_alarms_never_escape_the_block() -> None:
    """Limits so short they fire anywhere (in the body, while it unwinds, in the block's own
    exit): every error stays inside the block, and none arrives after it."""
    handler = signal.getsignal(signal.SIGALRM)
    for i in range(2000):
        try:
            with time_limit(0.0001 * (1 + i % 7), "x"):
                sum(range(200 * (i % 13)))
        except DocumentError as exc:
            assert exc.code == "time_limit"
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    assert signal.getsignal(signal.SIGALRM) == handler
    deadline = time.monotonic() + 0.2  # a stray alarm would raise in here
    while time.monotonic() < deadline:
        pass


def test_an_alarm_in_the_blocks_own_exit_raises_nothing_there() -> None:
    """The alarm handler, called as if the timer fired while the block's exit code runs (its
    generator frame), raises nothing and asks again; called from the body, it raises."""
    block = time_limit(5, "x")
    block.__enter__()
    handler = signal.getsignal(signal.SIGALRM)
    assert callable(handler)
    handler(signal.SIGALRM, block.gen.gi_frame)  # the block's own frame: no error here
    assert 0 < signal.getitimer(signal.ITIMER_REAL)[0] <= 0.05  # it will ask again shortly
    with pytest.raises(DocumentError):
        handler(signal.SIGALRM, sys._getframe())  # the body's frame: the time-limit error
    with pytest.raises(DocumentError):
        block.__exit__(None, None, None)  # the limit was hit: the block says so on the way out
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_time_limit_lets_a_fast_body_finish() -> None:
    with time_limit(5, "fast"):
        value = sum(range(1000))
    assert value == 499500


def test_bytes_limit_is_an_error_row_before_parsing() -> None:
    data = record().to_text().encode()
    result = process_document(
        SourceFile("big.txt", data), Settings(extract=False, limits=Limits(max_bytes=100))
    )
    assert [e["error"] for e in result.errors] == ["limit_bytes"]
    assert f"{len(data):,} bytes" in result.errors[0]["message"]
    assert "--max-bytes" in result.errors[0]["message"]
    ok = process_document(SourceFile("big.txt", data), Settings(extract=False))
    assert ok.tables["documents"] and not ok.errors


def test_seconds_limit_is_an_error_row_naming_the_stage() -> None:
    text = "\n\n".join(record().to_text() for _ in range(200)).encode()
    result = process_document(
        SourceFile("long.txt", text), Settings(extract=False, limits=Limits(max_seconds=0.05))
    )
    assert [e["error"] for e in result.errors] == ["time_limit"]
    assert result.errors[0]["stage"] in ("ingest", "sentences")
    assert not result.tables.get("documents")


def test_limits_from_the_environment_apply_to_a_real_run(tmp_path: Path) -> None:
    raw = make_raw(tmp_path / "raw", n_records=4)
    sizes = {p.relative_to(raw).as_posix(): p.stat().st_size for p in raw.rglob("*") if p.is_file()}
    limit = sorted(sizes.values())[len(sizes) // 2]
    out = tmp_path / "out"
    proc = cli(
        "ingest",
        "--raw",
        raw,
        "--out",
        out,
        "--workers",
        "1",
        env={"LACTPIPE_MAX_BYTES": str(limit), "LACTPIPE_MAX_PAGES": "1"},
    )
    assert proc.returncode == 2, proc.stderr
    errors = pd.read_parquet(out / "errors.parquet")
    over = {k for k, v in sizes.items() if v > limit}
    assert over and over <= set(errors[errors["error"] == "limit_bytes"]["source_path"])
    docs = set(pd.read_parquet(out / "documents.parquet")["source_path"])
    assert docs and not docs & over  # the rest went on
    assert "limit_bytes" in proc.stderr


def in_a_thread(body: Callable[[], object]) -> object:
    """body's result (or the exception it raised) when run in a thread other than the main one,
    as a Dask worker runs a task."""
    box: list[object] = []

    def target() -> None:
        try:
            box.append(body())
        except BaseException as exc:  # handed back to the test
            box.append(exc)

    thread = threading.Thread(target=target)
    thread.start()
    thread.join()
    return box[0]


def test_seconds_limit_stops_a_document_in_a_worker_thread() -> None:
    """No SIGALRM outside the main thread: the stages' check_time() calls stop the document."""
    text = "\n\n".join(record().to_text() for _ in range(1000)).encode()  # 1.5 s, warm
    started = time.monotonic()
    result = in_a_thread(
        lambda: process_document(
            SourceFile("long.txt", text), Settings(limits=Limits(max_seconds=0.2))
        )
    )
    assert [e["error"] for e in result.errors] == ["time_limit"]
    assert "long.txt took longer than 0.2 s" in result.errors[0]["message"]
    assert time.monotonic() - started < 10


def test_a_swallowed_time_check_raises_again_and_the_block_still_fails() -> None:
    def body() -> bool:
        went_on_to_the_end = False
        with time_limit(0.05, "x"):
            time.sleep(0.1)
            with contextlib.suppress(DocumentError):
                check_time()  # swallowed
            check_time()
            went_on_to_the_end = True
        return went_on_to_the_end

    outcome = in_a_thread(body)
    assert isinstance(outcome, DocumentError) and outcome.code == "time_limit"


def test_time_checks_do_nothing_in_time_or_outside_a_block() -> None:
    def body() -> int:
        check_time()
        with time_limit(5, "x"):
            check_time()
            value = sum(range(1000))
        time.sleep(0.01)
        check_time()
        return value

    assert in_a_thread(body) == 499500
