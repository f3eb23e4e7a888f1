"""Bounded memory: a worker's spaCy vocabulary is reset between documents once it grows past
its limit (pipeline/runner/memory.py), and a reset changes no row."""

from __future__ import annotations

import random
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from perf_corpus import assert_same_tables, read_tables

from pipeline import settings as knobs
from pipeline.extract.rules import get_rules
from pipeline.ingest.parsed import SourceFile
from pipeline.nlp import get_nlp
from pipeline.render.samples import PDF_RECORDS
from pipeline.runner import document
from pipeline.runner import memory as vocabulary
from pipeline.runner.document import DocumentResult, process_document
from pipeline.runner.run import RunOptions, run
from pipeline.settings import Settings

ALL_TABLES = ("documents", "sentences", "statements", "doses", "measurements", "populations")


def _pages_of_new_words(raw: Path, n: int, seed: int = 7) -> Path:
    """Records followed by a paragraph of words and numbers no other document has: what a
    crawl of web pages brings."""
    rng = random.Random(seed)
    raw.mkdir(parents=True)
    records = PDF_RECORDS
    for i in range(n):
        novel = " ".join(
            "".join(rng.choice("bcdfghklmnprstvz") for _ in range(9)) for _ in range(80)
        )
        numbers = " ".join(f"{rng.random():.7f}" for _ in range(20))
        (raw / f"page{i:02d}.txt").write_text(
            f"{records[i % len(records)].to_text()}\n\nGlossary: {novel} {numbers}.\n",
            encoding="utf-8",
        )
    return raw


@pytest.fixture
def novel_corpus(tmp_path: Path) -> Path:
    return _pages_of_new_words(tmp_path / "raw", 6)


def test_the_vocabulary_stays_under_its_limit(tmp_path: Path, monkeypatch) -> None:
    settings = Settings(extract=True, cache_dir=None)
    # What the pipeline and rules hold on their own, and what one page adds to that.
    vocabulary._reset()
    get_rules()
    base = vocabulary.vocabulary_size()
    page = next(_pages_of_new_words(tmp_path / "probe", 1, seed=99).iterdir())
    process_document(SourceFile(page.name, page.read_bytes()), settings)
    per_page = vocabulary.vocabulary_size() - base
    limit = base + 2 * per_page
    bound = limit + 2 * per_page  # a reset happens before the first document past the limit

    def sizes_over_passes(max_strings: int) -> list[int]:
        monkeypatch.setattr(knobs, "MAX_VOCABULARY_STRINGS", max_strings)
        vocabulary._reset()
        sizes = []
        for i in range(3):  # three corpora, every page with words of its own
            raw = _pages_of_new_words(tmp_path / f"raw{max_strings}-{i}", 6, seed=i)
            out = tmp_path / f"out{max_strings}-{i}"
            run(raw, out, extract=True, workers=1, console=False, options=RunOptions(no_cache=True))
            sizes.append(vocabulary.vocabulary_size())
        return sizes

    assert max(sizes_over_passes(limit)) <= bound
    unbounded = sizes_over_passes(10**9)  # without resets it keeps every page's words
    assert unbounded == sorted(unbounded) and unbounded[-1] > bound


def test_resets_change_no_row(novel_corpus: Path, tmp_path: Path, monkeypatch) -> None:
    tables = []
    for limit in (1, 10**9):  # a reset before every document; never
        monkeypatch.setattr(knobs, "MAX_VOCABULARY_STRINGS", limit)
        out = tmp_path / f"out{limit}"
        run(
            novel_corpus,
            out,
            extract=True,
            workers=1,
            console=False,
            options=RunOptions(no_cache=True),
        )
        tables.append(read_tables(out, ALL_TABLES))
    assert_same_tables(*tables)


def test_threads_reset_only_between_documents(novel_corpus: Path, monkeypatch) -> None:
    """A Dask worker runs documents in threads: with a reset due before every document, no
    document sees the pipeline change under it, and the threads get the rows one thread gets."""
    monkeypatch.setattr(knobs, "MAX_VOCABULARY_STRINGS", 1)
    settings = Settings(extract=True, cache_dir=None)
    sources = [SourceFile(p.name, p.read_bytes()) for p in sorted(novel_corpus.iterdir())] * 2
    alone = [process_document(s, settings).tables for s in sources]

    pipelines_seen: list[tuple[int, int]] = []  # the pipeline as each document starts and ends
    process = document._process_document

    def watched(source: SourceFile, settings: Settings) -> DocumentResult:
        before = id(get_nlp())
        result = process(source, settings)
        pipelines_seen.append((before, id(get_nlp())))
        return result

    monkeypatch.setattr(document, "_process_document", watched)
    with ThreadPoolExecutor(max_workers=4) as pool:
        threaded = [r.tables for r in pool.map(lambda s: process_document(s, settings), sources)]
    assert threaded == alone
    assert len(pipelines_seen) == len(sources)
    assert all(start == end for start, end in pipelines_seen)
    assert len({start for start, _ in pipelines_seen}) > 1  # resets did happen in between
