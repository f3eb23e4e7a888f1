"""The report of scripts/bench.py: its measurements -> bench/results.json (each stage beside its
reference, and the ratios the targets are set on) -> the Markdown table of docs/performance.md.

scripts/ is not a package: bench.py loads this file by path and re-exports its names.
"""

from __future__ import annotations

import os
import platform
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

DOC = ROOT / "docs" / "performance.md"
DOC_START = (
    "<!-- bench:start (python scripts/bench.py writes this table from bench/results.json) -->"
)
DOC_END = "<!-- bench:end -->"


def doc_table(text: str) -> str:
    """The generated block of docs/performance.md."""
    return text.split(DOC_START, 1)[1].split(DOC_END, 1)[0].strip()


def write_doc(path: Path, results: dict) -> None:
    text = path.read_text(encoding="utf-8")
    head, rest = text.split(DOC_START, 1)
    _, tail = rest.split(DOC_END, 1)
    path.write_text(f"{head}{DOC_START}\n{markdown(results)}\n{DOC_END}{tail}", encoding="utf-8")


def markdown(results: dict) -> str:
    c = results["corpus"]
    lines = [
        f"{c['records']} records ({c['pdf_pages']} PDF pages), {c['web_pages']} web pages, "
        f"seed {c['seed']}; {results['machine']['cpus']} CPUs, Python "
        f"{results['machine']['python']}.",
        "",
        "| stage | s | pages/s | words/s | sentences/s | ratio to reference | target "
        "| peak RSS MB |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]

    def fmt(v: object) -> str:
        return "" if v is None else f"{v:,}" if isinstance(v, int | float) else str(v)

    for s in results["stages"]:
        ratio = f"{s['ratio']}x ({s['ratio_of']})" if s["ratio"] is not None else ""
        target = f">= {s['target']}x" if s["target"] else ""
        lines.append(
            f"| {s['stage']} | {s['seconds']} | {fmt(s['pages_per_s'])} | "
            f"{fmt(s['words_per_s'])} | {fmt(s['sentences_per_s'])} | {ratio} | "
            f"{target} | {s['peak_rss_mb']} |"
        )
    d = results["derived"]
    lines += [
        "",
        f"pdfium PDF stage / pdfplumber PDF stage: {d['pdfium_vs_pdfplumber_stage']}x "
        f"(target >= 20x; same sentences: {'yes' if d['pdfium_same_sentences'] else 'NO'}); "
        f"parsing alone: {d['pdfium_vs_pdfplumber_parsing']}x, with "
        f"{d['pdf_stage_seconds_after_parsing']} s of the stage after parsing, shared by both "
        "backends; bare pypdfium2 page text alone would be "
        f"{d['pdfium_bare_text_vs_pdfplumber_stage']}x the pdfplumber stage. "
        "No-change re-run / full run time: "
        f"{d['rerun_vs_full_time']} (target <= 0.03; {d['rerun_cached_documents']} of "
        f"{d['full_documents']} documents from the cache).",
    ]
    if "peak_rss_small_vs_big" in d:

        def sizes(key: str) -> str:
            return ", ".join(
                f"{p['documents']}: run {p['run_process_mb']} MB, largest worker "
                f"{p['largest_worker_mb']} MB"
                for p in d[key]
            )

        lines.append(
            "Peak RSS of full runs (target <= 500 MB, and flat as the corpus grows), NXML archive: "
            f"{sizes('peak_rss_small_vs_big')}; web pages that each bring new words: "
            f"{sizes('peak_rss_new_words_small_vs_big')}."
        )
    if "report" in d:
        h = d["report"]
        lines.append(
            f"HTML report (`python -m pipeline report`, {results['workers']} workers) over the "
            f"{h['records']}-record archive's tables: {h['seconds']} s ({h['cpu_seconds']} s of "
            f"CPU; target <= 30 s on 2 cores; load average {h['load_before']} at the start), "
            f"{h['pages']} pages, the largest drug page {h['largest_page_kb']} KB and the index "
            f"{h['index_kb']} KB (target < 2 MB); re-run with nothing changed: "
            f"{h['rerun_seconds']} s, {h['rerun_written_pages']} pages written (target 0). "
            f"Building the drugs and evidence tables before it took {h['evidence_seconds']} s."
        )
    return "\n".join(lines)


def _rate(r: dict, key: str) -> float:
    return r[key] / r["seconds"] if r["seconds"] else 0.0


def _ratio(a: float, b: float) -> float | None:
    return round(a / b, 3) if b else None


def _stages(r: dict, w: int) -> list[dict]:
    """One row per stage: its time, its rates, and its ratio to its reference's rate."""
    ref_pages = _rate(r["ref_pdfplumber"], "pages")
    ref_words = _rate(r["ref_tokenizer"], "words")
    rows = [
        ("reference: pdfplumber extract_words", "ref_pdfplumber", "pages", ref_pages, None),
        ("PDF stage, pdfplumber, 1 worker", "pdf_plumber_1", "pages", ref_pages, 0.85),
        (f"PDF stage, pdfplumber, {w} workers", f"pdf_plumber_{w}", "pages", ref_pages, 1.8),
        ("PDF stage, pdfium, 1 worker", "pdf_pdfium_1", "pages", ref_pages, None),
        ("  of which PDF parsing alone, pdfplumber", "parse_plumber", "pages", ref_pages, None),
        ("  of which PDF parsing alone, pdfium", "parse_pdfium", "pages", ref_pages, None),
        ("reference: bare pypdfium2 page text", "ref_pdfium", "pages", ref_pages, None),
        ("reference: spaCy blank tokenizer", "ref_tokenizer", "words", ref_words, None),
        ("extraction, 1 worker", "extract_1", "words", ref_words, 0.30),
        ("  of which extract_document alone", "extract_alone", "words", ref_words, None),
        ("NXML archive, 1 worker", "nxml_1", "words", None, None),
        ("web pages, 1 worker", "web_1", "words", None, None),
        (f"full run, {w} workers", "full", "words", None, None),
        (f"re-run, nothing changed, {w} workers", "rerun", "words", None, None),
    ]
    table = []
    for label, key, unit, ref, target in rows:
        res = r[key]
        rate = _rate(res, unit)
        table.append(
            {
                "stage": label,
                "key": key,
                "seconds": round(res["seconds"], 2),
                "pages_per_s": round(_rate(res, "pages"), 1) if res.get("pages") else None,
                "words_per_s": round(_rate(res, "words")) if "words" in res else None,
                "sentences_per_s": round(_rate(res, "sentences")) if "sentences" in res else None,
                "ratio": _ratio(rate, ref),
                "ratio_of": unit,
                "target": target,
                "peak_rss_mb": res["peak_rss_mb"],
            }
        )
    return table


def _derived(r: dict, same_sentences: bool) -> dict:
    """The comparisons the targets are set on: backend against backend, re-run against run,
    small corpus against big."""
    derived = {
        "pdfium_vs_pdfplumber_stage": _ratio(
            _rate(r["pdf_pdfium_1"], "pages"), _rate(r["pdf_plumber_1"], "pages")
        ),
        "pdfium_vs_pdfplumber_parsing": _ratio(
            _rate(r["parse_pdfium"], "pages"), _rate(r["parse_plumber"], "pages")
        ),
        # What the PDF stage does after parsing (sentences, rows, validation, writing): the
        # same work for both backends, so it bounds how far the pdfium stage can pull ahead.
        "pdf_stage_seconds_after_parsing": round(
            r["pdf_pdfium_1"]["seconds"] - r["parse_pdfium"]["seconds"], 2
        ),
        # The most the pdfium stage could reach if everything after PDFium's own text read
        # took no time (the target is 20x).
        "pdfium_bare_text_vs_pdfplumber_stage": _ratio(
            _rate(r["ref_pdfium"], "pages"), _rate(r["pdf_plumber_1"], "pages")
        ),
        "pdfium_same_sentences": same_sentences,
        "rerun_vs_full_time": _ratio(r["rerun"]["seconds"], r["full"]["seconds"]),
        "rerun_cached_documents": r["rerun"]["cached"],
        "full_documents": r["full"]["documents"],
        "full_failed_documents": r["full"]["failed"],
    }
    if "memory_big" in r:

        def peaks(key: str, what: str) -> dict[str, object]:
            m = r[key]
            return {
                "documents": f"{m['documents']} {what}",
                "run_process_mb": m["peak_rss_run_mb"],
                "largest_worker_mb": m["peak_rss_worker_mb"],
            }

        derived["peak_rss_small_vs_big"] = [
            peaks("memory_small", "records"),
            peaks("memory_big", "records"),
        ]
        derived["peak_rss_new_words_small_vs_big"] = [
            peaks("memory_words_small", "web pages"),
            peaks("memory_words_big", "web pages"),
        ]
    return derived


def results(r: dict, same_sentences: bool, records: int, web: int, seed: int, w: int) -> dict:
    """The measurements `r` (one per name) -> bench/results.json."""
    return {
        "corpus": {
            "records": records,
            "web_pages": web,
            "seed": seed,
            "pdf_pages": r["pdf_plumber_1"]["pages"],
        },
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "platform": platform.platform(),
        },
        "workers": w,
        "stages": _stages(r, w),
        "derived": _derived(r, same_sentences),
        "raw": r,
    }
