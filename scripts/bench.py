"""`make bench`: throughput and memory of each stage, beside references measured in the same run.

Builds a corpus of varied template-written records with a fixed seed (render/samples/varied.py:
PDFs with the project's renderer, an NXML archive of the same records, HTML pages of them),
then measures, each in its own process (so peak RSS is that measurement's alone):
- reference: bare pdfplumber `extract_words` over every PDF page; bare spaCy blank English
  tokenizer over the text the pipeline produced; and bare pypdfium2 (each page's text in one
  call), the floor under any PDF stage on PDFium;
- the pipeline's PDF stage (ingest only) with pdfplumber on 1 and N workers, and with pdfium;
  and, to show where that stage's time goes, PDF parsing alone (bytes -> sectioned document,
  no sentences, rows or writing) with each backend;
- extraction (ingest rows from the cache, so only extraction runs) on 1 worker; and
  extract_document alone over sentences read before the clock, as the reference reads its text
  (these and the tokenizer reference run --repeats times, interleaved; medians are kept);
- the NXML archive and the web pages;
- a full run and a re-run with nothing changed;
- peak RSS of full runs over 200 and 2,000 records (NXML archives), and over 200 and 2,000 web
  pages that each bring words and numbers no other page has (`--memory-records`);
- the HTML report over that 2,000-record run, then again unchanged (scripts/bench_html.py).
A single stage's clock starts once imports, the spaCy pipeline and pandera's one-time set-up
are done, as the references' clocks start after their imports; the full run and the re-run
are timed end to end. Ratios to the references go to bench/results.json and a Markdown table
on stdout. A benchmark, not a test: nothing here asserts a time.

    python scripts/bench.py [--records 200] [--web 50] [--workers 2] [--repeats 3]
                             [--json bench/results.json]
"""

from __future__ import annotations

import argparse
import html
import importlib.util
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _load_sibling(name: str) -> ModuleType:
    """A module beside this one, loaded by path: scripts/ is not a package."""
    spec = importlib.util.spec_from_file_location(name, Path(__file__).with_name(f"{name}.py"))
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# The report (results, the doc's table) lives in bench_report.py; its names stay bench's too.
_report = _load_sibling("bench_report")
DOC, DOC_START, DOC_END = _report.DOC, _report.DOC_START, _report.DOC_END
doc_table, write_doc, markdown = _report.doc_table, _report.write_doc, _report.markdown
_html = _load_sibling("bench_html")  # the HTML report stage


# --- corpus ------------------------------------------------------------------------------------


def make_records(n: int, seed: int) -> list:
    """n distinct records written from templates with a fixed seed (pipeline/render/samples/
    varied.py): own drug names, numbers, wording and references, so no stage (nor the reference
    tokenizer, whose cache would otherwise hit on a few records' tokens) sees one record
    repeated."""
    from pipeline.render.samples.varied import varied_records

    return varied_records(n, seed)


def web_page(record) -> bytes:
    body = [f"<h1>{html.escape(record.drug)}: use while breastfeeding</h1>"]
    for heading, _key, paras in record.sections():
        if paras:
            body.append(f"<h2>{html.escape(heading.rstrip('.'))}</h2>")
            body += [f"<p>{html.escape(p)}</p>" for p in paras]
    nav = "<nav><a href='/'>Home</a> <a href='/drugs'>Drugs A-Z</a></nav>"
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>{record.drug}</title>"
        f"</head><body>{nav}<main><article>{''.join(body)}</article></main>"
        "<footer>Copyright Example Health</footer></body></html>"
    ).encode()


def write_pages_of_new_words(folder: Path, records: list, seed: int) -> None:
    """Web pages of the records, each with a paragraph of words and numbers no other page
    has, as a crawl brings them: what spaCy's vocabulary would keep growing on."""
    import random

    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for r in records:
        words = " ".join(
            "".join(rng.choice("bcdfghklmnprstvz") for _ in range(9)) for _ in range(200)
        )
        numbers = " ".join(f"{rng.random():.7f}" for _ in range(50))
        page = web_page(r).replace(b"</article>", f"<p>{words} {numbers}.</p></article>".encode())
        (folder / f"{r.book_part_id}.html").write_bytes(page)


def build_corpus(root: Path, n_records: int, n_web: int, seed: int) -> dict[str, Path]:
    from pipeline.render.lactmed_nxml import write_archive
    from pipeline.render.lactmed_pdf import render_pdf

    records = make_records(n_records, seed)
    dirs = {k: root / k for k in ("pdf", "nxml", "web")}
    for d in dirs.values():
        d.mkdir(parents=True, exist_ok=True)
    for r in records:
        (dirs["pdf"] / f"{r.book_part_id}.pdf").write_bytes(render_pdf(r))
    write_archive(records, dirs["nxml"] / "lactmed.tar.gz")
    for r in records[:n_web]:
        (dirs["web"] / f"{r.book_part_id}.html").write_bytes(web_page(r))
    return dirs


# --- measurements (each runs in a child process: `bench.py --measure NAME ...`) ----------------


def _peak_rss_mb(who: int | None = None) -> float:
    """Peak RSS of this process or of its largest worker (`who`), or of either (None)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    peak = {resource.RUSAGE_SELF: own, resource.RUSAGE_CHILDREN: kids}.get(who, max(own, kids))
    return peak / 1024  # Linux reports KiB


def _counts(out: Path) -> dict[str, float]:
    import pyarrow.parquet as pq

    docs = pq.read_table(out / "documents.parquet", columns=["n_pages", "text"]).to_pydict()
    sentences = (
        pq.read_metadata(out / "sentences.parquet").num_rows
        if (out / "sentences.parquet").is_file()
        else 0
    )
    return {
        "documents": len(docs["text"]),
        "pages": sum(p or 0 for p in docs["n_pages"]),
        "words": sum(len(t.split()) for t in docs["text"]),
        "sentences": sentences,
    }


def _warm_up(name: str, writes_tables: bool = True) -> None:
    """Imports and the spaCy pipeline, loaded before the clock starts, as the references load
    pdfplumber and spaCy before theirs, and for a stage that writes tables pandera's one-time
    set-up (its first validation, of empty tables): a stage's rate is then its steady state,
    which is what a corpus of thousands of records sees. Worker processes are forked from this
    one, so they start with all of it loaded too."""
    import importlib

    from pipeline.nlp import get_nlp

    get_nlp()
    if writes_tables:
        from pipeline.schema import TABLES
        from pipeline.validate import validate_tables

        validate_tables({t: table.schema.empty_table() for t, table in TABLES.items()})
    for module in ("pdf", "pdf_pdfium", "nxml", "web", "text"):
        importlib.import_module(f"pipeline.ingest.{module}")
    if name == "extract":
        from pipeline.extract.rules import get_rules
        from pipeline.extract.units import registry

        get_rules()
        registry()


def measure(
    name: str, raw: Path, out: Path, workers: int, backend: str, extract: bool, cache: bool
) -> dict:
    if name == "ref_pdfplumber":
        import pdfplumber

        pages = 0
        start = time.perf_counter()
        for path in sorted(raw.glob("*.pdf")):
            with pdfplumber.open(path) as pdf:
                for page in pdf.pages:
                    page.extract_words()
                    pages += 1
        return {"seconds": time.perf_counter() - start, "pages": pages}
    if name == "ref_pdfium":
        import pypdfium2 as pdfium

        # PDFium's own floor: open each page and its text page and read the text in one call,
        # no characters, fonts or positions. No PDF stage on pdfium can be faster than this.
        pages = 0
        start = time.perf_counter()
        for path in sorted(raw.glob("*.pdf")):
            pdf = pdfium.PdfDocument(path.read_bytes())
            for index in range(len(pdf)):
                page = pdf[index]
                textpage = page.get_textpage()
                textpage.get_text_range()
                textpage.close()
                page.close()
                pages += 1
            pdf.close()
        return {"seconds": time.perf_counter() - start, "pages": pages}
    if name == "ref_tokenizer":
        import pyarrow.parquet as pq
        import spacy

        # Sentence by sentence, as extraction reads the text.
        texts = pq.read_table(out / "sentences.parquet", columns=["text"]).column(0).to_pylist()
        nlp = spacy.blank("en")
        start = time.perf_counter()
        tokens = sum(len(nlp(t)) for t in texts)
        return {
            "seconds": time.perf_counter() - start,
            "tokens": tokens,
            "sentences": len(texts),
            "words": sum(len(t.split()) for t in texts),
        }
    if name == "parse":
        return _measure_parse(raw, backend)
    if name == "extract_alone":
        return _measure_extract_alone(out)
    if name == "report":
        return _html.measure_report(out, workers)
    from pipeline.runner.run import RunOptions, run

    if name in ("pdf", "extract", "nxml", "web"):  # one stage: its steady-state rate
        _warm_up(name)
    start = time.perf_counter()
    summary = run(
        raw,
        out,
        extract=extract,
        workers=workers,
        console=False,
        pdf_backend=backend,
        options=RunOptions(no_cache=not cache),
    )
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "cached": summary.cached, "failed": summary.failed, **_counts(out)}


def _measure_parse(raw: Path, backend: str) -> dict:
    """The PDF reader and layout alone (bytes -> sectioned document, ingest/dispatch.py), as
    the reference is a reader alone: no sentences, rows, validation or writing."""
    from pipeline.ingest.dispatch import parse_source
    from pipeline.ingest.parsed import SourceFile

    _warm_up("pdf", writes_tables=False)
    sources = [SourceFile(p.name, p.read_bytes()) for p in sorted(raw.glob("*.pdf"))]
    start = time.perf_counter()
    pages = sum(parse_source(source, backend).n_pages or 0 for source in sources)
    return {"seconds": time.perf_counter() - start, "pages": pages}


def _measure_extract_alone(out: Path) -> dict:
    """extract_document over each document's sentences, read from an ingest run's tables
    before the clock starts, as the reference tokenizer reads its text: the stage's own work,
    without the run's cache reads, validation and writing."""
    import pyarrow.parquet as pq

    from pipeline.extract import extract_document
    from pipeline.ingest.sentences import sentences_from_rows

    _warm_up("extract", writes_tables=False)
    tables = {
        name: pq.read_table(out / f"{name}.parquet").to_pylist()
        for name in ("documents", "sections", "sentences")
    }
    by_doc: dict[str, dict[str, list]] = {}
    for name in ("sections", "sentences"):
        for row in tables[name]:
            by_doc.setdefault(row["doc_id"], {"sections": [], "sentences": []})[name].append(row)
    work = [
        (d, sentences_from_rows(by_doc[d["doc_id"]]["sentences"], by_doc[d["doc_id"]]["sections"]))
        for d in tables["documents"]
        if d["doc_id"] in by_doc
    ]
    start = time.perf_counter()
    for doc, sentences in work:
        extract_document(doc["doc_id"], doc["text"], sentences, doc.get("drug"))
    return {
        "seconds": time.perf_counter() - start,
        "documents": len(work),
        "pages": sum(d["n_pages"] or 0 for d, _ in work),
        "words": sum(len(d["text"].split()) for d, _ in work),
        "sentences": sum(len(s) for _, s in work),
    }


def child(args: argparse.Namespace) -> None:
    # Other processes on the machine slow a measurement down (the parallel one most): record the
    # load average it started under, to tell a slow stage from a busy machine.
    load = os.getloadavg()[0]
    result = measure(
        args.measure,
        Path(args.raw),
        Path(args.out),
        args.workers,
        args.backend,
        args.extract,
        args.cache,
    )
    result["peak_rss_mb"] = round(_peak_rss_mb(), 1)
    # The run's own process (reading, validating, writing) and its largest worker (parsing,
    # spaCy), apart: a worker that grows would hide behind a larger parent in the maximum.
    result["peak_rss_run_mb"] = round(_peak_rss_mb(resource.RUSAGE_SELF), 1)
    result["peak_rss_worker_mb"] = round(_peak_rss_mb(resource.RUSAGE_CHILDREN), 1)
    result["load_before"] = round(load, 2)
    print(json.dumps(result))


def run_child(
    name: str,
    raw: Path,
    out: Path,
    workers: int = 1,
    backend: str = "pdfplumber",
    extract: bool = False,
    cache: bool = False,
) -> dict:
    # The measurement runs the snapshot of the code taken at the start (see bench()).
    script = Path(os.environ.get("LACTPIPE_BENCH_CODE", ROOT)) / "scripts" / "bench.py"
    cmd = [
        sys.executable,
        str(script),
        "--measure",
        name,
        "--raw",
        str(raw),
        "--out",
        str(out),
        "--workers",
        str(workers),
        "--backend",
        backend,
    ]
    cmd += ["--extract"] if extract else []
    cmd += ["--cache"] if cache else []
    done = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    if done.returncode != 0:
        raise RuntimeError(f"measurement {name} failed:\n{done.stderr[-3000:]}")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    print(
        f"  {name:<22} workers={workers} {backend:<10} {result['seconds']:.2f}s "
        f"rss={result['peak_rss_mb']} MB load={result['load_before']}",
        file=sys.stderr,
    )
    return result


# --- the benchmark -----------------------------------------------------------------------------


def _sentences(out: Path) -> list[tuple]:
    """(source, text) of every sentence: both PDF backends must give the same."""
    import pyarrow.parquet as pq

    docs = pq.read_table(out / "documents.parquet", columns=["doc_id", "source_path"])
    path = dict(zip(*docs.to_pydict().values(), strict=True))
    rows = pq.read_table(out / "sentences.parquet", columns=["doc_id", "text"]).to_pydict()
    return [(path[d], t) for d, t in zip(rows["doc_id"], rows["text"], strict=True)]


def _median(results: list[dict]) -> dict:
    """The measurement with the median time, with every run's seconds beside it."""
    chosen = dict(sorted(results, key=lambda res: res["seconds"])[len(results) // 2])
    chosen["runs_seconds"] = [round(res["seconds"], 3) for res in results]
    return chosen


def bench(args: argparse.Namespace) -> dict:
    work = Path(tempfile.mkdtemp(prefix="lactpipe-bench-"))
    # Measure one version of the code: a snapshot, so edits made while the benchmark runs
    # (or a cache version that changes between the full run and the re-run) cannot mix in.
    code = work / "code"
    for part in ("pipeline", "scripts"):
        shutil.copytree(ROOT / part, code / part, ignore=shutil.ignore_patterns("__pycache__"))
    os.environ["LACTPIPE_BENCH_CODE"] = str(code)
    try:
        print(f"building {args.records} records (seed {args.seed}) in {work}", file=sys.stderr)
        dirs = build_corpus(work / "raw", args.records, args.web, args.seed)
        o = work / "out"
        w = args.workers
        r = {
            "ref_pdfplumber": run_child("ref_pdfplumber", dirs["pdf"], o / "ref"),
            "ref_pdfium": run_child("ref_pdfium", dirs["pdf"], o / "ref"),
            "pdf_plumber_1": run_child("pdf", dirs["pdf"], o / "pdf1"),
            f"pdf_plumber_{w}": run_child("pdf", dirs["pdf"], o / "pdfw", workers=w),
            "pdf_pdfium_1": run_child("pdf", dirs["pdf"], o / "pdfium", backend="pdfium"),
            "parse_plumber": run_child("parse", dirs["pdf"], o / "parse"),
            "parse_pdfium": run_child("parse", dirs["pdf"], o / "parse", backend="pdfium"),
        }
        same_sentences = _sentences(o / "pdf1") == _sentences(o / "pdfium")
        # Extraction alone: ingest rows come from the cache filled by this ingest run. These
        # measurements take seconds, so the machine's noise moves them most: each is taken
        # --repeats times, interleaved with its reference, and the median kept.
        run_child("ingest", dirs["pdf"], o / "ext", cache=True)
        repeats: dict[str, list[dict]] = {"ref_tokenizer": [], "extract_alone": [], "extract_1": []}
        for i in range(args.repeats):
            repeats["ref_tokenizer"].append(run_child("ref_tokenizer", dirs["pdf"], o / "pdf1"))
            repeats["extract_alone"].append(run_child("extract_alone", dirs["pdf"], o / "ext"))
            fresh = o / f"ext{i}"  # the ingest run's tables and cache, no extraction cached yet
            shutil.copytree(o / "ext", fresh)
            repeats["extract_1"].append(
                run_child("extract", dirs["pdf"], fresh, extract=True, cache=True)
            )
        for key, results in repeats.items():
            r[key] = _median(results)
        r["nxml_1"] = run_child("nxml", dirs["nxml"], o / "nxml")
        r["web_1"] = run_child("web", dirs["web"], o / "web")
        r["full"] = run_child("full", dirs["pdf"], o / "full", workers=w, extract=True, cache=True)
        r["rerun"] = run_child(
            "rerun", dirs["pdf"], o / "full", workers=w, extract=True, cache=True
        )
        if args.memory_records:
            # Bounded memory: the same run over an archive 10x larger must not need more RAM.
            from pipeline.render.lactmed_nxml import write_archive

            big = work / "raw" / "nxml_big"
            big.mkdir()
            records = make_records(args.memory_records, args.seed)
            write_archive(records, big / "lactmed.tar.gz")
            r["memory_small"] = run_child(
                "memory", dirs["nxml"], o / "mem_small", workers=w, extract=True
            )
            r["memory_big"] = run_child("memory", big, o / "mem_big", workers=w, extract=True)
            # Web text brings new words on every page: memory must stay flat there too.
            small_web, big_web = work / "raw" / "new_words_small", work / "raw" / "new_words_big"
            write_pages_of_new_words(small_web, records[: args.records], args.seed)
            write_pages_of_new_words(big_web, records, args.seed)
            r["memory_words_small"] = run_child(
                "memory", small_web, o / "mw_small", workers=w, extract=True
            )
            r["memory_words_big"] = run_child(
                "memory", big_web, o / "mw_big", workers=w, extract=True
            )
            r["report"] = run_child("report", big, o / "mem_big", workers=w)
            r["report_rerun"] = run_child("report", big, o / "mem_big", workers=w)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    results = _report.results(r, same_sentences, args.records, args.web, args.seed, w)
    if "report" in r:
        results["derived"]["report"] = _html.derived(r)
    return results


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--records", type=int, default=200, help="LactMed-style records (PDFs)")
    p.add_argument("--web", type=int, default=50, help="web pages")
    p.add_argument("--seed", type=int, default=1940)
    p.add_argument("--workers", type=int, default=2, help="workers for the parallel runs")
    p.add_argument(
        "--memory-records",
        type=int,
        default=2000,
        help="records in the NXML archive of the memory check (0: skip it)",
    )
    p.add_argument(
        "--repeats",
        type=int,
        default=3,
        help="runs of the tokenizer reference and of extraction; the median is kept",
    )
    p.add_argument("--json", type=Path, default=ROOT / "bench" / "results.json")
    p.add_argument("--doc", type=Path, default=DOC, help="the doc whose table to write")
    p.add_argument("--render", action="store_true", help="only write the doc's table from --json")
    # Internal: one measurement in this process.
    p.add_argument("--measure", help=argparse.SUPPRESS)
    p.add_argument("--raw", help=argparse.SUPPRESS)
    p.add_argument("--out", help=argparse.SUPPRESS)
    p.add_argument("--backend", default="pdfplumber", help=argparse.SUPPRESS)
    p.add_argument("--extract", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--cache", action="store_true", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.measure:
        child(args)
        return 0
    if args.render:  # the doc's table again, from the results already written
        write_doc(args.doc, json.loads(args.json.read_text(encoding="utf-8")))
        return 0
    results = bench(args)
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=2) + "\n")
    write_doc(args.doc, results)
    print(markdown(results))
    print(f"\nwritten: {args.json}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
