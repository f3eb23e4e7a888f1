"""Stopping real `python -m pipeline` runs: SIGKILL at several points of the write leaves OUT
exactly as before the run or fully updated; SIGINT, SIGTERM, SIGHUP and SIGKILL on runs with 1
and 2 workers and on a Dask LocalCluster leave no process behind, no caller hanging on the
run's pipes and the previous tables in OUT, and a re-run resumes to the uninterrupted tables;
one run at a time writes to a folder; a full disk leaves the previous tables."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import psutil
import pytest
from reliability_inputs import ROOT, cli, make_raw, popen, same_tables, snapshot

from pipeline.render.samples import PDF_RECORDS
from pipeline.render.samples.varied import varied_records
from pipeline.runner.output import PAUSE_ENV

Tables = dict[str, pd.DataFrame]


def kill_when(proc: subprocess.Popen[str], ready: Callable[[], bool], limit: float = 60) -> bool:
    """SIGKILL the run as soon as `ready()` holds; False if it finished first."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if ready():
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            return True
        if proc.poll() is not None:
            return False
        time.sleep(0.001)
    proc.kill()
    proc.wait()
    raise AssertionError("the run neither reached the kill point nor finished")


def staged_files(parent: Path) -> list[Path]:
    return [p for d in parent.glob(".out.staging-*") for p in d.glob("*.parquet")]


def test_sigkill_at_any_point_leaves_out_before_or_after(tmp_path: Path) -> None:
    small = make_raw(tmp_path / "small", n_records=2)
    big = make_raw(tmp_path / "big", n_records=8)
    out, reference = tmp_path / "out", tmp_path / "reference"
    args = ("ingest", "--raw", big, "--workers", "1")
    assert cli(*args, "--out", reference).returncode == 2  # broken.pdf fails, by design
    after = snapshot(reference)
    assert cli("ingest", "--raw", small, "--out", out, "--workers", "1").returncode == 2
    before = snapshot(out)
    assert not same_tables(before, after)

    kill_points: list[tuple[str, dict[str, str], Callable[[], bool]]] = [
        ("while starting", {}, lambda: True),
        ("while parsing", {}, lambda: any(tmp_path.glob(".out.staging-*"))),
        ("while writing tables", {}, lambda: bool(staged_files(tmp_path))),
        (
            "before the swap",
            {PAUSE_ENV: "carried_over"},
            lambda: (tmp_path / ".out.paused-carried_over").exists(),
        ),
        (
            "right after the swap",
            {PAUSE_ENV: "swapped"},
            lambda: (tmp_path / ".out.paused-swapped").exists(),
        ),
    ]
    outcomes = []
    state = before
    for label, env, ready in kill_points:
        proc = popen(*args, "--out", out, env={**os.environ, **env})
        killed = kill_when(proc, ready)
        now = snapshot(out)
        assert same_tables(now, state) or same_tables(now, after), label
        outcomes.append((label, killed, "after" if same_tables(now, after) else "before"))
        state = now
    # The paused kill points are exact: before the swap nothing changed, after it all did.
    assert ("before the swap", True, "before") in outcomes or state is after
    assert outcomes[-1] == ("right after the swap", True, "after"), outcomes

    rerun = cli(*args, "--out", out)
    assert rerun.returncode == 2, rerun.stderr
    assert same_tables(snapshot(out), after)
    leftovers = sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".out"))
    assert leftovers == [], leftovers


def test_sigkill_before_the_swap_keeps_the_old_tables_exactly(tmp_path: Path) -> None:
    old_raw = make_raw(tmp_path / "old", n_records=1)
    new_raw = make_raw(tmp_path / "new", n_records=3)
    out = tmp_path / "out"
    cli("ingest", "--raw", old_raw, "--out", out, "--workers", "1")
    before = {p.name: p.read_bytes() for p in out.glob("*.parquet")}
    proc = popen(
        "ingest",
        "--raw",
        new_raw,
        "--out",
        out,
        "--workers",
        "1",
        env={**os.environ, PAUSE_ENV: "carried_over"},
    )
    assert kill_when(proc, lambda: (tmp_path / ".out.paused-carried_over").exists())
    assert {p.name: p.read_bytes() for p in out.glob("*.parquet")} == before  # byte for byte


# --- stop signals: SIGINT, SIGTERM, SIGHUP, SIGKILL on real runs --------------------------------

N_DOCUMENTS = 60  # text records: seconds of work on 1 or 2 workers once spaCy is loaded
GONE_WITHIN_S = 5.0


@pytest.fixture(scope="module")
def long_corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path, Path]:
    """(raw of N_DOCUMENTS records, the tables of an uninterrupted run over it, a raw of two
    other records, its tables: the 'previous' tables an interrupted run must keep)."""
    root = tmp_path_factory.mktemp("long")
    raw, small = root / "raw", root / "small"
    for folder, records in ((raw, varied_records(N_DOCUMENTS, 3)), (small, PDF_RECORDS[:2])):
        folder.mkdir()
        for i, rec in enumerate(records):
            (folder / f"r{i:03d}.txt").write_text(rec.to_text(), encoding="utf-8")
    reference, previous = root / "reference", root / "previous"
    for source, out in ((raw, reference), (small, previous)):
        done = cli("run", "--raw", source, "--out", out, "--workers", "2", "--no-cache")
        assert done.returncode == 0, done.stderr
    return raw, reference, small, previous


def _extract_entries(cache: Path) -> bool:
    return (cache / "extract").is_dir() and any((cache / "extract").rglob("*.pkl"))


def _family(proc: subprocess.Popen[str]) -> list[psutil.Process]:
    with contextlib.suppress(psutil.NoSuchProcess):
        return [psutil.Process(proc.pid), *psutil.Process(proc.pid).children(recursive=True)]
    return []


def _left(processes: list[psutil.Process]) -> list[psutil.Process]:
    alive = []
    for p in processes:
        with contextlib.suppress(psutil.NoSuchProcess):
            if p.is_running() and p.status() != psutil.STATUS_ZOMBIE:
                alive.append(p)
    return alive


def _wait_for(condition: Callable[[], bool], proc: subprocess.Popen[str], limit: float = 60):
    deadline = time.monotonic() + limit
    while not condition():
        assert proc.poll() is None, f"the run ended first: {proc.communicate()}"
        assert time.monotonic() < deadline, "the run never got there"
        time.sleep(0.01)


@pytest.mark.parametrize(
    ("options", "sig", "point", "rerun"),
    [
        (("--workers", "1"), signal.SIGINT, "processing", True),
        (("--workers", "2"), signal.SIGTERM, "processing", False),
        (("--workers", "2"), signal.SIGHUP, "starting", False),
        (("--workers", "2"), signal.SIGKILL, "processing", True),
        (("--workers", "1"), signal.SIGTERM, "writing", False),
        (("--workers", "2", "--dask", "local"), signal.SIGINT, "processing", True),
        (("--workers", "2", "--dask", "local"), signal.SIGKILL, "processing", False),
    ],
    ids=[
        "1w-int",
        "2w-term",
        "2w-hup-start",
        "2w-kill",
        "1w-term-writing",
        "dask-int",
        "dask-kill",
    ],
)
def test_a_stopped_run_leaves_no_process_and_the_previous_tables(
    long_corpus: tuple[Path, Path, Path, Path],
    tmp_path: Path,
    options: tuple[str, ...],
    sig: signal.Signals,
    point: str,
    rerun: bool,
) -> None:
    raw, reference, _, previous = long_corpus
    out, cache = tmp_path / "out", tmp_path / "cache"
    shutil.copytree(previous, out)
    env = {PAUSE_ENV: "staged:documents"} if point == "writing" else None
    proc = popen("run", "--raw", raw, "--out", out, "--cache-dir", cache, *options, env=env)
    if point == "starting":
        time.sleep(0.5)  # the command line is up; spaCy and the workers are not yet
    elif point == "writing":
        _wait_for(lambda: (tmp_path / ".out.paused-staged:documents").exists(), proc)
    else:
        _wait_for(lambda: _extract_entries(cache), proc)
    family = _family(proc)
    proc.send_signal(sig)
    started = time.monotonic()
    # A caller reading the run's pipes gets end-of-file: nothing is left holding them.
    _, stderr = proc.communicate(timeout=GONE_WITHIN_S)
    deadline = started + GONE_WITHIN_S
    while _left(family) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _left(family), [p.cmdline()[:4] for p in _left(family)]
    if sig == signal.SIGKILL:
        assert proc.returncode == -signal.SIGKILL
    else:
        assert proc.returncode == 128 + sig, stderr
        assert "Traceback" not in stderr, stderr
        line = stderr.strip().splitlines()[-1]
        assert line.startswith(f"interrupted: nothing written to {out}")
        assert not list(tmp_path.glob(".out.staging-*"))  # removed by the run itself
        # Its count is what the cache holds: every document the run took, and those a worker
        # finished that the run had not taken yet (each has its extraction there).
        done = re.search(r"; (\d+) documents? (?:was|were) done and (?:is|are) cached$", line)
        assert done, line
        assert int(done.group(1)) == len(list((cache / "extract").rglob("*.pkl"))), line
    assert same_tables(snapshot(out), snapshot(previous))
    if not rerun:  # a re-run after each kind of stop is below; each costs seconds
        return
    rerun = cli("run", "--raw", raw, "--out", out, "--cache-dir", cache, "--workers", "2")
    assert rerun.returncode == 0, rerun.stderr
    assert same_tables(snapshot(out), snapshot(reference))
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".out.")]


# --- one writer per output folder ---------------------------------------------------------------


def test_a_second_run_names_the_first_and_waits_for_it_with_wait(
    long_corpus: tuple[Path, Path, Path, Path], tmp_path: Path
) -> None:
    _, _, raw, reference = long_corpus  # two records: the first run soon reaches its swap
    out, cache = tmp_path / "out", tmp_path / "cache"
    # The first run holds the lock, paused just before its swap.
    first = popen(
        "run", "--raw", raw, "--out", out, "--cache-dir", cache, "--workers", "2",
        env={PAUSE_ENV: "carried_over"},
    )  # fmt: skip
    _wait_for(lambda: (tmp_path / ".out.paused-carried_over").exists(), first)
    started = time.monotonic()
    second = cli("run", "--raw", raw, "--out", out, "--workers", "1")
    assert second.returncode == 1
    assert time.monotonic() - started < 10  # at once: no document was read
    assert f"process {first.pid}" in second.stderr and "--wait" in second.stderr
    assert "Traceback" not in second.stderr

    log = tmp_path / "waiting.log"
    with open(log, "w") as err:
        waiting = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "pipeline",
                "run",
                "--raw",
                raw,
                "--out",
                out,
                "--wait",
                "--cache-dir",
                cache,
            ],  # fmt: skip
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=err,
        )
    _wait_for(lambda: f"waiting for process {first.pid}" in log.read_text(), waiting, limit=30)
    first.send_signal(signal.SIGTERM)
    assert first.wait(timeout=GONE_WITHIN_S) == 143
    assert waiting.wait(timeout=90) == 0, log.read_text()
    assert same_tables(snapshot(out), snapshot(reference))


# --- a full disk --------------------------------------------------------------------------------

PAGE = 4096


def _pages(folder: Path) -> int:
    return sum(-(-p.stat().st_size // PAGE) for p in folder.rglob("*") if p.is_file())


@pytest.fixture
def small_disk(long_corpus: tuple[Path, Path, Path, Path], tmp_path: Path):
    """A tmpfs with room for the previous tables and half of the new ones."""
    _, reference, _, previous = long_corpus
    room = (_pages(previous) + _pages(reference) // 2 + 8) * PAGE
    disk = tmp_path / "disk"
    disk.mkdir()
    mount = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={room}", "tmpfs", str(disk)],
        capture_output=True,
        text=True,
    )
    if mount.returncode != 0:
        pytest.skip(
            f"cannot mount a tmpfs here ({mount.stderr.strip() or mount.returncode}): "
            "the full-disk test needs root with CAP_SYS_ADMIN"
        )
    try:
        yield disk
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=False)


def test_a_full_disk_keeps_the_previous_tables_and_says_what_the_write_needed(
    long_corpus: tuple[Path, Path, Path, Path], small_disk: Path, tmp_path: Path
) -> None:
    raw, _, _, previous = long_corpus
    out = small_disk / "out"
    shutil.copytree(previous, out)
    before = {p.name: p.read_bytes() for p in out.glob("*.parquet")}
    done = cli("run", "--raw", raw, "--out", out, "--cache-dir", tmp_path / "cache")
    assert done.returncode == 1, done.stderr
    message = done.stderr.strip().splitlines()[-1]
    assert message.startswith("error: no space left to write the tables"), message
    assert "needed more than the" in message and "MiB" in message
    assert "Traceback" not in done.stderr
    assert {p.name: p.read_bytes() for p in out.glob("*.parquet")} == before
    assert sorted(p.name for p in small_disk.iterdir()) == ["out"]  # no staging folder left


def test_a_stop_whose_exception_is_swallowed_still_stops_the_run() -> None:
    """Python ignores an exception raised in some callbacks (an import lock's, the garbage
    collector's): the signal is remembered, and the run's next checkpoint raises it."""
    from pipeline.runner.stop import Interrupted, raise_if_stopped, stop_signals_interrupt

    with stop_signals_interrupt():
        try:
            os.kill(os.getpid(), signal.SIGHUP)
            time.sleep(0.1)  # the handler runs here
        except BaseException:  # what the swallowing callback does
            pass
        with pytest.raises(Interrupted) as stopped:
            raise_if_stopped()
    assert stopped.value.exit_code == 129
    with stop_signals_interrupt():
        raise_if_stopped()  # a new run starts with nothing pending
