"""Incremental runs: per-document results are reused until the document or the code changes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from perf_corpus import TABLE_NAMES, assert_same_tables, read_tables, write_corpus

import pipeline
from pipeline.runner.cache import ResultCache, extract_code_hash, ingest_code_hash
from pipeline.runner.run import RunOptions, run

EXTRACT_TABLES = ("statements", "populations", "doses", "measurements", "comparisons")


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    raw = tmp_path / "raw"
    write_corpus(raw, pdfs=1, texts=3)
    return raw


def _entries(out: Path, level: str) -> dict[str, int]:
    return {p.name: p.stat().st_mtime_ns for p in (out / ".cache" / level).rglob("*.pkl")}


@pytest.mark.parametrize("extract", [False, True], ids=["ingest", "all stages"])
def test_a_second_run_parses_nothing_and_writes_the_same_tables(
    corpus: Path, tmp_path: Path, extract: bool
) -> None:
    out = tmp_path / "out"
    names = TABLE_NAMES + (EXTRACT_TABLES if extract else ())
    first = run(corpus, out, extract=extract, workers=1, console=False)
    tables = read_tables(out, names)
    # The run's fingerprint would skip the second run altogether (another worker count is
    # the same run): drop it, so the run goes document by document through the cache.
    (out / ".cache" / "fingerprint.json").unlink()
    second = run(corpus, out, extract=extract, workers=2, console=False)
    assert first.cached == 0
    assert second.cached == second.documents == 5  # the bad file's error is cached too
    assert_same_tables(tables, read_tables(out, names))
    if extract:
        assert len(tables["statements"]) > 0


def test_only_a_changed_or_added_document_is_processed_again(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run(corpus, out, extract=False, workers=1, console=False)
    changed = sorted((corpus / "text").iterdir())[0]
    changed.write_text(changed.read_text() + "One more sentence was added here.\n")
    shutil.copy(changed, corpus / "text" / "zz_added.txt")
    (corpus / "text" / "zz_added.txt").write_text(changed.read_text() + "Added.\n")
    summary = run(corpus, out, extract=False, workers=1, console=False)
    assert summary.documents == 6 and summary.cached == 4
    sentences = read_tables(out)["sentences"]
    assert sentences["text"].str.contains("One more sentence was added here.").sum() == 2


def test_extraction_reruns_from_cached_ingest_rows(corpus: Path, tmp_path: Path) -> None:
    # A changed extraction rule changes only the extract key; dropping the extract entries
    # is the same situation on disk. Ingest entries must be reused untouched.
    out = tmp_path / "out"
    run(corpus, out, workers=1, console=False)
    tables = read_tables(out)
    ingest_before = _entries(out, "ingest")
    shutil.rmtree(out / ".cache" / "extract", ignore_errors=True)
    run(corpus, out, workers=1, console=False)
    assert _entries(out, "ingest") == ingest_before
    assert_same_tables(tables, read_tables(out))


def test_a_rule_file_under_extract_changes_only_the_extract_version(tmp_path: Path) -> None:
    tree = tmp_path / "pipeline"
    shutil.copytree(
        Path(pipeline.__file__).parent, tree, ignore=shutil.ignore_patterns("__pycache__")
    )
    ingest, extract = ingest_code_hash(tree), extract_code_hash(tree)
    (tree / "extract" / "rules_test.yaml").write_text("- id: new_rule\n")
    assert ingest_code_hash(tree) == ingest and extract_code_hash(tree) != extract
    sections = tree / "ingest" / "sections.yaml"
    sections.write_text(sections.read_text() + "\n# a curator's comment\n")
    assert ingest_code_hash(tree) != ingest
    (tree / "cli.py").write_text("# the command line does not change any row\n")
    assert ingest_code_hash(tree) == ingest_code_hash(tree)


def test_a_damaged_entry_is_a_miss_and_is_rewritten(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run(corpus, out, extract=False, workers=1, console=False)
    tables = read_tables(out, ("documents", "sentences"))
    entry = next((out / ".cache" / "ingest").rglob("*.pkl"))
    entry.write_bytes(b"not a pickle")
    (out / ".cache" / "fingerprint.json").unlink()  # else the whole run is known unchanged
    summary = run(corpus, out, extract=False, workers=1, console=False)
    assert summary.cached == summary.documents - 1
    assert entry.read_bytes() != b"not a pickle"
    assert_same_tables(tables, read_tables(out, ("documents", "sentences")))


def test_no_cache_writes_no_cache_and_a_cache_dir_can_live_elsewhere(
    corpus: Path, tmp_path: Path
) -> None:
    run(
        corpus,
        tmp_path / "a",
        extract=False,
        workers=1,
        console=False,
        options=RunOptions(no_cache=True),
    )
    assert not (tmp_path / "a" / ".cache").exists()
    shared = tmp_path / "shared-cache"
    run(
        corpus,
        tmp_path / "b",
        extract=False,
        workers=1,
        console=False,
        options=RunOptions(cache_dir=shared),
    )
    summary = run(
        corpus,
        tmp_path / "c",
        extract=False,
        workers=1,
        console=False,
        options=RunOptions(cache_dir=shared),
    )
    assert summary.cached == summary.documents
    assert ResultCache(shared).get("ingest", "0" * 64) is None


def test_an_unchanged_run_writes_nothing_and_a_change_is_noticed(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    out = tmp_path / "out"
    first = run(corpus, out, workers=1)
    stamp = {p.name: p.stat().st_mtime_ns for p in out.glob("*.parquet")}
    again = run(corpus, out, workers=1)
    assert "unchanged since the last run" in capsys.readouterr().err
    assert (again.documents, again.failed, again.exit_code) == (
        first.documents,
        first.failed,
        first.exit_code,
    )
    assert {p.name: p.stat().st_mtime_ns for p in out.glob("*.parquet")} == stamp
    # A changed input is a changed run: its document is processed and the tables rewritten.
    victim = sorted(corpus.rglob("*.txt"))[0]
    victim.write_text(victim.read_text() + "\nOne more line.\n")
    third = run(corpus, out, workers=1)
    assert third.cached == third.documents - 1
