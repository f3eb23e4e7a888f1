"""SIGKILL real `python -m pipeline ingest` runs at several points: OUT is always exactly as it
was before the run or fully updated, and a re-run gives what an uninterrupted run gives."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

import pandas as pd
from reliability_inputs import cli, make_raw, popen, same_tables, snapshot

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
