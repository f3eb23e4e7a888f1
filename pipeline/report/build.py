"""`python -m pipeline report`: OUT/report/index.html and OUT/report/drugs/<drug_id>.html.

Pages are drawn in a process pool. Each page carries a key (a hash of its data and of the
report's code) in a <meta> tag: a page whose key is unchanged is neither drawn nor written, and
a page drawn again is written only when its bytes differ, so a re-run with nothing changed
rewrites nothing. Pages of drugs no longer in drugs.parquet are removed.
"""

from __future__ import annotations

import hashlib
import json
import os
from concurrent.futures import ProcessPoolExecutor
from functools import lru_cache
from importlib import metadata, resources
from pathlib import Path

from pipeline.report.data import DrugPage, drug_pages, read_tables
from pipeline.report.drug_page import drug_html, page_file
from pipeline.report.index_page import drug_summary, index_html

PAGES_PER_TASK = 64
_KEY_HEAD_BYTES = 1024


@lru_cache(maxsize=1)
def code_key() -> str:
    """A hash of the report's code and assets and of matplotlib's version."""
    h = hashlib.sha256(metadata.version("matplotlib").encode())
    for entry in sorted(resources.files(__package__).iterdir(), key=lambda e: e.name):
        if entry.name.endswith((".py", ".css", ".js")):
            h.update(entry.name.encode() + entry.read_bytes())
    return h.hexdigest()[:16]


def page_key(data: object) -> str:
    text = json.dumps(data, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256((code_key() + text).encode("utf-8")).hexdigest()[:24]


def _has_key(path: Path, key: str) -> bool:
    try:
        with open(path, "rb") as fh:
            head = fh.read(_KEY_HEAD_BYTES)
    except OSError:
        return False
    return f'<meta name="report-key" content="{key}">'.encode() in head


def write_if_changed(path: Path, text: str) -> bool:
    """Write `text` unless the file already holds it; atomic (a temporary file renamed)."""
    data = text.encode("utf-8")
    try:
        if path.read_bytes() == data:
            return False
    except OSError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)
    return True


def _draw(task: list[tuple[DrugPage, str, str]]) -> int:
    """Draw and write a batch of pages (in a worker); the number written."""
    return sum(write_if_changed(Path(path), drug_html(page, key)) for page, key, path in task)


def _draw_all(todo: list[tuple[DrugPage, str, str]], workers: int) -> int:
    tasks = [todo[i : i + PAGES_PER_TASK] for i in range(0, len(todo), PAGES_PER_TASK)]
    if workers <= 1 or len(tasks) <= 1:
        return sum(_draw(t) for t in tasks)
    with ProcessPoolExecutor(max_workers=min(workers, len(tasks))) as pool:
        return sum(pool.map(_draw, tasks))


def write_report(out: Path, report_dir: Path, workers: int | None = None) -> str:
    """Write the report; returns a one-line summary."""
    pages = drug_pages(read_tables(out))
    report_dir.mkdir(parents=True, exist_ok=True)
    todo: list[tuple[DrugPage, str, str]] = []
    wanted: set[str] = set()
    for page in pages:
        drug_id = page["drug"]["drug_id"]
        path = report_dir / page_file(drug_id)
        wanted.add(path.name)
        key = page_key(page)
        if not _has_key(path, key):
            todo.append((page, key, str(path)))
    written = _draw_all(todo, workers or os.cpu_count() or 1)
    rows = [(page["drug"], drug_summary(page)) for page in pages]
    written += write_if_changed(report_dir / "index.html", index_html(rows, page_key(rows)))
    removed = 0
    for stale in (report_dir / "drugs").glob("*.html"):
        if stale.name not in wanted:
            stale.unlink()
            removed += 1
    return (
        f"report: {len(pages)} drug pages and the index, {written} written, {removed} removed "
        f"-> {report_dir / 'index.html'}"
    )
