"""documents.title and documents.drug of pages saved as plain text or Markdown: the seeds in
raw/ and the blind corpora's pages (tests/data/heldout_*), none written for the title rule,
through the real pipeline (run, then the evidence stage as `python -m pipeline run` does) and
read back from Parquet."""

from __future__ import annotations

import json
import re
import shutil
from collections import Counter
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from pipeline.evidence.stage import run_evidence
from pipeline.runner.run import RunOptions, extract_only, run

ROOT = Path(__file__).resolve().parents[1]
HELDOUT = sorted(p for p in (ROOT / "tests" / "data").glob("heldout_*") if p.name[-4:] != "_pdf")
SEED_PAGES = ["002_5bf62bc902a6ffe4.txt", "003_17f1e6a3ee62b819.txt", "004_8b7ef7b27adad3d0.txt"]
# What a page's furniture looks like, written here from what sites print (not from the rule
# file): menus and breadcrumbs, links, citations, the CAS line and other-names lists.
FURNITURE = re.compile(
    r"[|\u203a\u00bb>]|https?://|\bdoi\b|\bPMID\b|^(home|skip to|sign in|search|casrn"
    r"|also known as|brand names?)\b",
    re.IGNORECASE,
)


def _documents(out: Path) -> pd.DataFrame:
    return pd.read_parquet(out / "documents.parquet", dtype_backend="pyarrow")


def _lines(text: str) -> set[str]:
    return {line.strip() for line in text.split("\n") if line.strip()}


@pytest.fixture(scope="module")
def seeds(tmp_path_factory: pytest.TempPathFactory) -> Path:
    raw, out = tmp_path_factory.mktemp("raw"), tmp_path_factory.mktemp("out") / "out"
    for path in (ROOT / "raw").iterdir():
        if path.is_file() and path.name != "README.md":
            shutil.copy(path, raw / path.name)
    assert run(raw, out, workers=1, console=False, options=RunOptions(no_cache=True)).failed == 0
    run_evidence(out)
    return out


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Counter[str]]]:
    """Every text and Markdown page of the blind corpora in one run; and, per page, the drugs
    its gold statements name."""
    raw, out = tmp_path_factory.mktemp("pages"), tmp_path_factory.mktemp("out") / "out"
    gold: dict[str, Counter[str]] = {}
    for corpus in HELDOUT:
        for line in (corpus / "gold.jsonl").read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            doc = json.loads(line)
            named = Counter(s["drug"].lower() for s in doc["statements"] if s.get("drug"))
            page = corpus / doc["doc"]
            if page.suffix in (".txt", ".md") and page.exists() and doc["doc"] not in gold:
                shutil.copy(page, raw / page.name)
                gold[doc["doc"]] = named
    assert len(gold) > 150, "the blind corpora's pages were not found"
    assert run(raw, out, workers=1, console=False, options=RunOptions(no_cache=True)).failed == 0
    run_evidence(out)
    return out, gold


def test_seed_pages_get_their_headline_and_drug(seeds: Path) -> None:
    docs = _documents(seeds).set_index("source_path")
    for name in SEED_PAGES:
        title, text = docs.loc[name, "title"], docs.loc[name, "text"]
        assert title and title in _lines(text), (name, title)
        assert not FURNITURE.search(title), (name, title)
    assert docs.loc[SEED_PAGES[0], "title"].startswith("Magnesium Aspartate")
    assert docs.loc[SEED_PAGES[0], "drug"] == "magnesium aspartate"
    assert docs.loc[SEED_PAGES[1], "drug"] == "magnesium aspartate"
    assert "magnesium" in docs.loc[SEED_PAGES[2], "drug"]
    # Documents that had a title and drug keep theirs.
    assert docs.loc["sertraline_lactmed.pdf", "drug"] == "sertraline"
    assert docs.loc["001_fef7477ddc33ab21.md", "title"] == "Magnesium Aspartate"


def test_extract_reads_the_drug_ingest_gave(seeds: Path, tmp_path: Path) -> None:
    """The evidence stage's drug is for readers: an `extract` over the same tables extracts
    what the run did (the page's drug as ingest left it), and the stage fills it in again."""
    copy = tmp_path / "out"
    shutil.copytree(seeds, copy)
    before = pd.read_parquet(seeds / "statements.parquet").drop(columns=["drug_id"])
    extract_only(copy, workers=1, console=False, options=RunOptions(no_cache=True))
    after = pd.read_parquet(copy / "statements.parquet").drop(columns=["drug_id"])
    pd.testing.assert_frame_equal(before, after)
    run_evidence(copy)
    pd.testing.assert_frame_equal(_documents(seeds), _documents(copy))
    assert run_evidence(copy) == []  # the stage again over its own output: nothing changes


def test_blind_pages_titles_are_lines_and_not_furniture(
    pages: tuple[Path, dict[str, Counter[str]]],
) -> None:
    out, gold = pages
    docs = _documents(out)
    # Titles given otherwise: a record's drug ("Citalopram use while Breastfeeding", a
    # Substance Name field), a Markdown page's front matter or its "# " heading (taken out of
    # the text).
    given = docs["title"].str.lower() == docs["drug"]
    for i, doc in docs.iterrows():
        raw = next(c / doc["source_path"] for c in HELDOUT if (c / doc["source_path"]).exists())
        source = raw.read_text(encoding="utf-8")
        if raw.suffix == ".md" and (source.startswith("---") or re.search(r"(?m)^# ", source)):
            given[i] = True
    titled = docs[docs["title"].notna() & ~given.fillna(False)]
    assert len(titled) > 80
    for _, doc in titled.iterrows():
        assert doc["title"] in _lines(doc["text"]), (doc["source_path"], doc["title"])
        assert not FURNITURE.search(doc["title"]), (doc["source_path"], doc["title"])
        assert len(doc["title"].split()) <= 30, doc["source_path"]
    # LactMed records copied without their banner have no headline; nearly every other page does.
    records = docs["text"].str.contains("Summary of Use during Lactation", regex=False)
    pages_titled = docs[~records]["title"].notna().mean()
    assert pages_titled > 0.95, pages_titled


def test_blind_pages_drug_is_the_gold_statements_drug(
    pages: tuple[Path, dict[str, Counter[str]]],
) -> None:
    """Where the evidence stage filled a page's drug in and its gold statements name one drug
    most often, the two agree for nearly every page (the rest are pages whose extraction names
    another drug, which this rule reads and does not correct)."""
    out, gold = pages
    docs = _documents(out).set_index("doc_id")
    filled = json.loads(pq.read_schema(out / "documents.parquet").metadata[b"evidence:drug_filled"])
    assert len(filled) > 60
    agree, disagree = 0, []
    for doc_id in filled:
        named = gold[docs.loc[doc_id, "source_path"]]
        top = named.most_common(2)
        if not top or (len(top) == 2 and top[0][1] == top[1][1]):
            continue  # no one drug the gold names most
        drug = docs.loc[doc_id, "drug"]
        if top[0][0] == drug or top[0][0].startswith(drug) or drug.startswith(top[0][0]):
            agree += 1
        else:
            disagree.append((docs.loc[doc_id, "source_path"], drug, top[0][0]))
    assert agree / (agree + len(disagree)) >= 0.9, disagree
    assert docs["drug"].notna().mean() > 0.97
