"""The HTML report stage of scripts/bench.py: `python -m pipeline report` over a large run's
tables (the NXML archive of the memory check, 2,000 records by default), then again with
nothing changed. Wall time, CPU time of the run and its drawing workers, page sizes, and how
many pages each run wrote (by their modification times, not by the report's own count).

scripts/ is not a package: bench.py loads this file by path.
"""

from __future__ import annotations

import resource
import time
from pathlib import Path


def _cpu_seconds() -> float:
    """CPU time of this process and of its finished children (the drawing pool's workers)."""
    total = 0.0
    for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN):
        usage = resource.getrusage(who)
        total += usage.ru_utime + usage.ru_stime
    return total


def _pages(report: Path) -> dict[Path, int]:
    return {p: p.stat().st_mtime_ns for p in report.rglob("*.html")} if report.exists() else {}


def measure_report(out: Path, workers: int) -> dict:
    """Build drugs and evidence (as `run` does last; timed apart), then write OUT/report from
    OUT's tables with `workers` drawing processes."""
    from pipeline.evidence.stage import run_evidence
    from pipeline.report.build import write_report

    start = time.perf_counter()
    run_evidence(out)
    evidence_seconds = time.perf_counter() - start
    report = out / "report"
    before = _pages(report)
    cpu, start = _cpu_seconds(), time.perf_counter()
    write_report(out, report, workers)
    seconds, cpu = time.perf_counter() - start, _cpu_seconds() - cpu
    after = _pages(report)
    sizes = {p: p.stat().st_size for p in after}
    index = report / "index.html"
    return {
        "seconds": seconds,
        "evidence_seconds": round(evidence_seconds, 2),
        "cpu_seconds": round(cpu, 2),
        "report_pages": len(after),
        "written_pages": sum(1 for p, t in after.items() if before.get(p) != t),
        "largest_page_kb": round(max(s for p, s in sizes.items() if p != index) / 1024, 1),
        "index_kb": round(sizes[index] / 1024, 1),
    }


def derived(r: dict) -> dict:
    """The report's figures for bench/results.json: its targets are <= 30 s on 2 cores, pages
    under 2 MB, and a re-run with nothing changed writes nothing."""
    full, rerun = r["report"], r["report_rerun"]
    return {
        "records": r["memory_big"]["documents"],
        "seconds": round(full["seconds"], 2),
        "cpu_seconds": full["cpu_seconds"],
        "evidence_seconds": full["evidence_seconds"],
        "pages": full["report_pages"],
        "largest_page_kb": full["largest_page_kb"],
        "index_kb": full["index_kb"],
        "rerun_seconds": round(rerun["seconds"], 2),
        "rerun_written_pages": rerun["written_pages"],
        "load_before": full["load_before"],
    }
