"""Bounded memory: a worker forgets the words of the documents it has finished (spaCy memory
zones, pipeline/memory_zones.py), and forgetting them changes no row."""

from __future__ import annotations

import random
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from perf_corpus import assert_same_tables, read_tables, sample_records

from pipeline import memory_zones
from pipeline.cache import Settings, process_document
from pipeline.extract.rules import get_rules
from pipeline.model import SourceFile
from pipeline.run import run

ROOT = Path(__file__).resolve().parents[1]
ALL_TABLES = ("documents", "sentences", "statements", "doses", "measurements", "populations")


def _pages_of_new_words(raw: Path, n: int) -> None:
    """Records followed by a paragraph of words and numbers no other document has: what a
    crawl of web pages brings."""
    rng = random.Random(7)
    raw.mkdir(parents=True)
    for i, rec in enumerate(sample_records() * n):
        if i == n:
            break
        novel = " ".join(
            "".join(rng.choice("bcdfghklmnprstvz") for _ in range(9)) for _ in range(80)
        )
        numbers = " ".join(f"{rng.random():.7f}" for _ in range(20))
        (raw / f"page{i:02d}.txt").write_text(
            f"{rec.to_text()}\n\nGlossary: {novel} {numbers}.\n", encoding="utf-8"
        )


@pytest.fixture
def novel_corpus(tmp_path: Path) -> Path:
    _pages_of_new_words(tmp_path / "raw", 5)
    return tmp_path / "raw"


def test_a_run_frees_the_words_it_added(novel_corpus: Path, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(memory_zones, "DOCUMENTS_PER_ZONE", 2)
    strings = get_rules().nlp.vocab.strings
    before = len(strings)
    run(novel_corpus, tmp_path / "out", extract=True, workers=1, console=False, no_cache=True)
    assert len(read_tables(tmp_path / "out", ("statements",))["statements"]) > 0
    # Thousands of new words and numbers went through spaCy; none of them is kept.
    assert len(strings) == before
    assert not memory_zones.is_open()  # later spaCy work in this process is not in a zone


def test_zone_size_changes_no_row(novel_corpus: Path, tmp_path: Path, monkeypatch) -> None:
    tables = []
    for size in (1, 1000):
        monkeypatch.setattr(memory_zones, "DOCUMENTS_PER_ZONE", size)
        out = tmp_path / f"out{size}"
        run(novel_corpus, out, extract=True, workers=1, console=False, no_cache=True)
        tables.append(read_tables(out, ALL_TABLES))
    assert_same_tables(*tables)


def test_rules_loaded_after_a_zone_opened_outlive_it() -> None:
    """A fresh process that ingests first (a zone opens with only the tokenizer loaded), then
    extracts: the rules must be built outside any zone, or their match keys would be freed
    when the zone closes and every later match would fail."""
    script = """
from pipeline import memory_zones
from pipeline.cache import Settings, process_document
from pipeline.extract.analyze import analyze
from pipeline.extract.rules import get_rules
from pipeline.model import SourceFile
from pipeline.nlp import get_nlp

memory_zones.DOCUMENTS_PER_ZONE = 1
with memory_zones.document():
    get_nlp().make_doc("Zqxv words only this zone knows 0.123456")
for _ in range(3):
    with memory_zones.document(get_rules):
        found = analyze("Ten women took 20 mg of zqxvine daily; milk levels were 1.5 mcg/L.")
memory_zones.close()
print(sorted(q.rule_id for q in found.quantities), [p.n for p in found.populations])
"""
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "['qty.single', 'qty.single'] [10]"


def test_threads_share_zones_safely(novel_corpus: Path, monkeypatch) -> None:
    """A Dask worker runs documents in threads: a zone may only change between documents, so
    threads that cycle zones after every document get the rows one thread gets."""
    monkeypatch.setattr(memory_zones, "DOCUMENTS_PER_ZONE", 1)
    settings = Settings(extract=True, cache_dir=None)
    sources = [SourceFile(p.name, p.read_bytes()) for p in sorted(novel_corpus.iterdir())] * 3
    alone = [process_document(s, settings).tables for s in sources]
    with ThreadPoolExecutor(max_workers=4) as pool:
        threaded = [r.tables for r in pool.map(lambda s: process_document(s, settings), sources)]
    memory_zones.close()
    assert threaded == alone
    assert not memory_zones.is_open()
