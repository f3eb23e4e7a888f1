"""The command line and its documentation: every command has help and is in the README, and the
README's table dictionary is the one the schema module generates."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from pipeline.cli import build_parser, main
from pipeline.schema import DICTIONARY_END, DICTIONARY_START, markdown_dictionary

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _commands() -> list[str]:
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    return sorted(sub.choices)


@pytest.mark.parametrize("command", _commands())
def test_every_command_has_help_and_is_documented(command: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "pipeline", command, "--help"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert result.returncode == 0
    assert "usage: python -m pipeline " + command in result.stdout
    assert len(result.stdout) > 200  # a description, not just the usage line
    assert f"| `{command}" in README, f"`{command}` is missing from the README's reference"


def test_every_make_target_is_documented() -> None:
    makefile = (ROOT / "Makefile").read_text()
    assert ".DEFAULT_GOAL := help" in makefile
    targets = re.findall(r"^([a-z-]+):.*?## ", makefile, re.MULTILINE)
    assert {"help", "setup", "ingest", "all", "test", "lint", "clean"} <= set(targets)
    for target in targets:
        assert f"`make {target}`" in README, f"make {target} is missing from the README"


def test_table_dictionary_is_generated_from_the_schema() -> None:
    tables = (ROOT / "docs" / "tables.md").read_text(encoding="utf-8")
    block = tables.split(DICTIONARY_START, 1)[1].split(DICTIONARY_END, 1)[0]
    assert block.strip() == markdown_dictionary().strip()


def test_schema_docs_write_updates_only_the_marked_block(tmp_path: Path) -> None:
    doc = tmp_path / "README.md"
    doc.write_text(f"intro\n{DICTIONARY_START}\nold\n{DICTIONARY_END}\noutro\n")
    assert main(["schema-docs", "--write", str(doc)]) == 0
    text = doc.read_text()
    assert text.startswith("intro\n") and text.endswith("outro\n")
    assert "### `documents`" in text and "old" not in text


def test_a_missing_raw_folder_is_a_clear_failure(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    assert main(["run", "--raw", str(tmp_path / "nope"), "--out", str(tmp_path / "o")]) == 1
    assert "nope" in capsys.readouterr().err


@pytest.mark.parametrize(
    "argv",
    [
        ["bogus"],
        ["run", "--workers", "two"],
        ["ingest", "--no-such-option"],
        ["extract", "--dask", "remote"],
        ["diff", "--no-such-option"],
        [],
    ],
)
def test_a_usage_error_exits_64_not_2(argv: list[str]) -> None:
    """2 means "some documents failed": argparse's own exit 2 is replaced everywhere."""
    result = subprocess.run(
        [sys.executable, "-m", "pipeline", *argv], capture_output=True, text=True, cwd=ROOT
    )
    assert result.returncode == 64, result.stderr
    assert "usage: python -m pipeline" in result.stderr and "error:" in result.stderr


def test_bad_values_are_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text("Drug X. Summary of Use during Lactation. Text.\n")
    assert main(["run", "--raw", str(raw), "--out", str(tmp_path / "o"), "--workers", "0"]) == 64
    assert "--workers must be at least 1" in capsys.readouterr().err


def test_an_empty_raw_is_an_error_unless_allowed(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    (raw / "README.md").write_text("notes, not an input\n")
    assert main(["ingest", "--raw", str(raw), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert f"no input files found under {raw}; supported: .pdf, .tar.gz" in err
    assert "--allow-empty" in err
    assert not out.exists()  # nothing written
    assert main(["ingest", "--raw", str(raw), "--out", str(out), "--allow-empty"]) == 0
    assert pd.read_parquet(out / "documents.parquet").empty


def test_a_raw_that_is_a_file_says_so(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    record = tmp_path / "record.txt"
    record.write_text("Drug X\n")
    assert main(["run", "--raw", str(record), "--out", str(tmp_path / "o")]) == 1
    err = capsys.readouterr().err
    assert "is a file, not a folder" in err and f"--raw {tmp_path}" in err
    assert "does not exist" not in err


def test_help_lists_the_exit_codes() -> None:
    text = build_parser().format_help()
    for code in ("0 ", "1 ", "2 ", "64 ", "130 "):
        assert f"\n  {code}" in text
    assert "143 by SIGTERM" in text


def _pipeline(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """`python -m pipeline ...` in a process of its own, as a shell or `make` runs it."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "pipeline", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        check=False,
        timeout=600,
    )


def test_failed_documents_outrank_corrections_not_placed(tmp_path: Path) -> None:
    """A broken PDF (exit 2) and a correction whose sentence was reworded (exit 3) in one run:
    it exits 2, and says both."""
    from review_tables import lactmed_record

    raw, out = tmp_path / "raw", tmp_path / "out"
    corrections = tmp_path / "corrections.jsonl"
    raw.mkdir()
    (raw / "magnesium.txt").write_text(lactmed_record(), encoding="utf-8")
    run_args = ("run", "--raw", str(raw), "--out", str(out), "--workers", "1")
    run_args += ("--corrections", str(corrections))
    assert _pipeline(*run_args, cwd=tmp_path).returncode == 0
    milk = pd.read_parquet(out / "measurements.parquet").set_index("text").loc["0.5 mg/L"]
    fix = ("correct", milk["item_id"], "--set", "value=0.05", "--who", "ana", "--why", "paper")
    placed = _pipeline(*fix, "--out", str(out), "--corrections", str(corrections), cwd=tmp_path)
    assert placed.returncode == 0, placed.stderr
    # The record is revised (the sentence reworded: the correction has nowhere to go) and a
    # truncated PDF arrives beside it.
    revised = lactmed_record().replace("Ten women took", "Ten nursing mothers were given")
    (raw / "magnesium.txt").write_text(revised, encoding="utf-8")
    (raw / "broken.pdf").write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog")
    for attempt in ("computed", "unchanged since the last run"):
        result = _pipeline(*run_args, cwd=tmp_path)
        assert result.returncode == 2, (attempt, result.stderr)
        err = result.stderr
        assert "error: broken.pdf:" in err, attempt
        assert "1 could not be placed" in err, attempt
        assert "2 documents" in err and "1 failed" in err, attempt
    (raw / "broken.pdf").unlink()  # the corrections alone: exit 3, as before
    assert _pipeline(*run_args, cwd=tmp_path).returncode == 3
