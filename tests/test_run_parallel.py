"""Parallel runs: same tables for any number of workers, streamed in bounded row groups."""

from __future__ import annotations

import os
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from perf_corpus import assert_same_tables, read_tables, write_corpus

from pipeline import settings
from pipeline.runner.run import RunOptions, default_workers, extract_only, run


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    raw = tmp_path_factory.mktemp("parallel") / "raw"
    write_corpus(raw, pdfs=2, texts=4)
    return raw


@pytest.fixture(scope="module")
def serial(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("serial") / "out"
    summary = run(
        corpus, out, extract=False, workers=1, console=False, options=RunOptions(no_cache=True)
    )
    assert summary.documents == 7 and summary.failed == 1
    return out


def test_two_workers_write_the_same_tables_as_one(
    corpus: Path, serial: Path, tmp_path: Path
) -> None:
    summary = run(
        corpus,
        tmp_path / "out",
        extract=False,
        workers=2,
        console=False,
        options=RunOptions(no_cache=True),
    )
    assert (summary.documents, summary.failed) == (7, 1)
    assert_same_tables(read_tables(serial), read_tables(tmp_path / "out"))
    docs = read_tables(serial)["documents"]
    assert list(docs["source_path"]) == sorted(docs["source_path"])  # source order
    assert set(docs["source_kind"]) == {"pdf", "text"}
    errors = read_tables(serial)["errors"]
    assert list(errors["source_path"]) == ["broken.pdf"]


def test_small_batches_give_many_row_groups_and_the_same_rows(
    corpus: Path, serial: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A tiny batch size stands in for a large corpus: rows must reach disk batch by batch.
    monkeypatch.setattr(settings, "ROW_GROUP_ROWS", 40)
    run(
        corpus,
        tmp_path / "out",
        extract=False,
        workers=1,
        console=False,
        options=RunOptions(no_cache=True),
    )
    assert pq.ParquetFile(tmp_path / "out" / "sentences.parquet").num_row_groups > 3
    assert_same_tables(read_tables(serial), read_tables(tmp_path / "out"))


def test_default_is_all_cores_and_bad_worker_counts_are_refused(
    corpus: Path, tmp_path: Path
) -> None:
    assert default_workers() == max(1, os.cpu_count() or 1)
    with pytest.raises(ValueError, match="at least 1"):
        run(corpus, tmp_path / "out", workers=0, console=False)
    with pytest.raises(ValueError, match="unknown PDF backend"):
        run(corpus, tmp_path / "out", pdf_backend="ghostscript", console=False)


def test_a_rerun_replaces_tables_and_keeps_other_files(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run(corpus, out, extract=False, workers=1, console=False)
    (out / "notes.md").write_text("curator notes\n")
    run(corpus, out, extract=False, workers=1, console=False)
    assert (out / "notes.md").read_text() == "curator notes\n"
    assert (out / ".cache").is_dir()
    assert not any(p.name.startswith(".out.") for p in tmp_path.iterdir())  # no leftovers


def test_a_long_run_shows_a_progress_bar_on_stderr(
    corpus: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(settings, "PROGRESS_AFTER_S", 0.0)  # every run counts as long here
    run(corpus, tmp_path / "out", extract=False, workers=1, options=RunOptions(no_cache=True))
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "7/7" in captured.err  # documents done / total
    assert "error: broken.pdf: [not_a_pdf]" in captured.err
    assert "7 documents, 1 failed" in captured.err


def test_extract_alone_over_an_ingest_gives_the_tables_of_a_full_run(
    corpus: Path, tmp_path: Path
) -> None:
    full, staged = tmp_path / "full", tmp_path / "staged"
    names = ("documents", "sentences", "statements", "doses", "measurements", "errors")
    run(corpus, full, workers=1, console=False, options=RunOptions(no_cache=True))
    run(corpus, staged, extract=False, workers=1, console=False)
    assert not (staged / "statements.parquet").exists()
    first = extract_only(staged, workers=2, console=False)
    assert (first.documents, first.cached) == (6, 0)  # broken.pdf stays an ingest error
    assert_same_tables(read_tables(full, names), read_tables(staged, names))
    again = extract_only(staged, workers=1, console=False)
    assert again.cached == 6  # every extraction from the cache
    assert_same_tables(read_tables(full, names), read_tables(staged, names))


def test_extract_without_an_ingest_says_what_to_run(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="run `python -m pipeline ingest"):
        extract_only(tmp_path / "nothing", console=False)
    assert not (tmp_path / "nothing").exists()
