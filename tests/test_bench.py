"""`make bench` on a tiny corpus: every measurement runs and lands in the JSON and the table.
A smoke test of the script, not a benchmark: no time is asserted."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import load_script

ROOT = Path(__file__).resolve().parents[1]


def test_the_performance_doc_shows_the_committed_results() -> None:
    bench = load_script("bench")
    results = json.loads((ROOT / "bench" / "results.json").read_text())
    doc = (ROOT / "docs" / "performance.md").read_text(encoding="utf-8")
    assert bench.doc_table(doc) == bench.markdown(results).strip(), (
        "docs/performance.md is stale: python scripts/bench.py --render"
    )


def test_bench_measures_every_stage(tmp_path: Path) -> None:
    out = tmp_path / "results.json"
    doc = tmp_path / "performance.md"
    shutil.copy(ROOT / "docs" / "performance.md", doc)
    done = subprocess.run(
        [
            sys.executable,
            "scripts/bench.py",
            "--records",
            "3",
            "--web",
            "2",
            "--memory-records",
            "6",
            "--workers",
            "2",
            "--repeats",
            "2",
            "--json",
            str(out),
            "--doc",
            str(doc),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    results = json.loads(out.read_text())
    stages = {s["key"]: s for s in results["stages"]}
    assert set(stages) == {
        "ref_pdfplumber",
        "ref_pdfium",
        "pdf_plumber_1",
        "pdf_plumber_2",
        "pdf_pdfium_1",
        "parse_plumber",
        "parse_pdfium",
        "ref_tokenizer",
        "extract_1",
        "extract_alone",
        "nxml_1",
        "web_1",
        "full",
        "rerun",
    }
    pages = results["corpus"]["pdf_pages"]
    for key in (
        "ref_pdfium",
        "pdf_plumber_1",
        "pdf_pdfium_1",
        "parse_plumber",
        "parse_pdfium",
        "extract_1",
    ):
        assert results["raw"][key]["pages"] == pages, key
        assert stages[key]["ratio"] > 0
    for key in ("ref_tokenizer", "extract_alone", "extract_1"):  # median of the repeats
        runs = results["raw"][key]["runs_seconds"]
        assert len(runs) == 2 and round(results["raw"][key]["seconds"], 3) == max(runs)
    # Extraction alone and in a run read the same documents and count the same words.
    assert results["raw"]["extract_alone"]["words"] == results["raw"]["extract_1"]["words"]
    derived = results["derived"]
    assert derived["pdfium_same_sentences"] is True
    assert derived["pdfium_bare_text_vs_pdfplumber_stage"] > 0
    assert derived["rerun_cached_documents"] == derived["full_documents"] == 3
    # Memory: full runs over 3 and 6 records, and over 3 and 6 pages of new words.
    for key in ("peak_rss_small_vs_big", "peak_rss_new_words_small_vs_big"):
        small, big = derived[key]
        assert small["largest_worker_mb"] > 0 and big["run_process_mb"] > 0
    assert results["raw"]["memory_words_big"]["documents"] == 6
    # The HTML report over the 6-record run: a page per drug and the index, none rewritten by
    # the re-run with nothing changed.
    report = derived["report"]
    assert report["records"] == 6 and report["pages"] >= 2
    assert report["cpu_seconds"] > 0 and 0 < report["largest_page_kb"] < 2048
    assert results["raw"]["report"]["written_pages"] == report["pages"]
    assert report["rerun_written_pages"] == 0
    # The Markdown table on stdout has a row per stage.
    table_rows = [line for line in done.stdout.splitlines() if line.startswith("| ")]
    assert len(table_rows) == 1 + len(stages)
