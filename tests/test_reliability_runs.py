"""Whole runs: identical tables for any input order and worker count; exit codes 0 / 2 / 1
with messages that name the file and say what to do."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from reliability_inputs import cli, make_raw, same_tables, snapshot


def test_same_tables_for_any_creation_order_and_worker_count(tmp_path: Path) -> None:
    n = 6
    forward = make_raw(tmp_path / "a" / "raw", n_records=n)
    backward = make_raw(tmp_path / "b" / "raw", n_records=n, order=list(range(n, -1, -1)))
    outs = []
    for raw, workers in ((forward, "1"), (backward, "2"), (forward, "2")):
        out = raw.parent / f"out{workers}"
        proc = cli("ingest", "--raw", raw, "--out", out, "--workers", workers)
        assert proc.returncode == 2, proc.stderr  # broken.pdf
        outs.append(snapshot(out))
    assert same_tables(outs[0], outs[1]) and same_tables(outs[0], outs[2])
    docs = outs[0]["documents"]
    assert len(docs) == n and docs["doc_id"].is_unique
    assert list(outs[0]["errors"]["source_path"]) == ["broken.pdf"]


def test_exit_0_when_every_document_is_processed(tmp_path: Path) -> None:
    raw = make_raw(tmp_path / "raw", n_records=2)
    (raw / "broken.pdf").unlink()
    proc = cli("ingest", "--raw", raw, "--out", tmp_path / "out", "--workers", "1")
    assert proc.returncode == 0, proc.stderr
    assert pd.read_parquet(tmp_path / "out" / "errors.parquet").empty


def test_exit_2_names_each_failed_file_and_what_to_do(tmp_path: Path) -> None:
    raw = make_raw(tmp_path / "raw", n_records=1)
    (raw / "empty.txt").write_bytes(b"")
    proc = cli("ingest", "--raw", raw, "--out", tmp_path / "out", "--workers", "1")
    assert proc.returncode == 2
    errors = pd.read_parquet(tmp_path / "out" / "errors.parquet")
    assert set(errors["source_path"]) == {"broken.pdf", "empty.txt"}
    for path in errors["source_path"]:
        assert path in proc.stderr  # a line per failed file on stderr
    assert "2 failed" in proc.stderr
    assert all(len(m) > 20 for m in errors["message"])


def test_exit_1_when_the_run_itself_fails(tmp_path: Path) -> None:
    proc = cli("ingest", "--raw", tmp_path / "missing", "--out", tmp_path / "out")
    assert proc.returncode == 1
    assert str(tmp_path / "missing") in proc.stderr and "--raw" in proc.stderr
    assert "Traceback" not in proc.stderr
    raw = make_raw(tmp_path / "raw", n_records=1)
    a_file = tmp_path / "out.txt"
    a_file.write_text("my notes")
    proc = cli("ingest", "--raw", raw, "--out", a_file, "--workers", "1")
    assert proc.returncode == 1, proc.stderr
    assert str(a_file) in proc.stderr and "folder" in proc.stderr
    assert a_file.read_text() == "my notes"  # never replaced by a folder


def test_a_rerun_after_files_change_replaces_every_table_together(tmp_path: Path) -> None:
    raw = make_raw(tmp_path / "raw", n_records=3)
    out = tmp_path / "out"
    cli("ingest", "--raw", raw, "--out", out, "--workers", "1")
    first = snapshot(out)
    (raw / "r01.nxml").unlink()  # the NXML record goes away
    cli("ingest", "--raw", raw, "--out", out, "--workers", "1")
    second = snapshot(out)
    assert len(second["documents"]) == len(first["documents"]) - 1
    kept = set(second["documents"]["doc_id"])
    for name in ("sections", "sentences", "bibliography"):
        assert set(second[name]["doc_id"]) <= kept  # no rows of the removed document remain
