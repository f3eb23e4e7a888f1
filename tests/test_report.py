"""The HTML report in a real headless Chromium: the index's search filters it and its columns
sort; on a drug's page every number in the tables and every plotted point opens the sentence
it came from with the value marked; pages are small, need no network, and a re-run with
nothing changed rewrites nothing. The screenshot is kept in test-artifacts/."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from browser import DevTools, dom, screenshot
from evidence_corpus import build_corpus
from lxml import html as lxml_html
from PIL import Image

from pipeline.cli import main

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = Path(os.environ.get("TEST_ARTIFACTS", ROOT / "test-artifacts"))
MARK = (0xFF, 0xE2, 0x7A)  # the highlight of a value in its sentence (report.css --mark)
PAGE_LIMIT = 2 * 1024 * 1024


@pytest.fixture(scope="module")
def out(tmp_path_factory) -> Path:
    out = build_corpus(tmp_path_factory.mktemp("report"))
    assert main(["report", "--out", str(out), "--workers", "2"]) == 0
    return out


def rows(out: Path, table: str) -> list[dict]:
    return pq.read_table(out / f"{table}.parquet").to_pylist()


def drug_id(out: Path, name: str) -> str:
    return next(d["drug_id"] for d in rows(out, "drugs") if d["name"] == name)


def visible_drugs(page: str) -> list[str]:
    tree = lxml_html.fromstring(page)
    body = tree.get_element_by_id("drugs").find("tbody")
    return [
        row.find("td").find("a").text
        for row in body.findall("tr")
        if "hidden" not in (row.get("class") or "").split()
    ]


def test_search_filters_the_index(out: Path, tmp_path: Path) -> None:
    index = (out / "report" / "index.html").as_uri()
    everything = visible_drugs(dom(index, tmp_path / "p1"))
    assert sorted(everything) == sorted(d["name"] for d in rows(out, "drugs"))
    # A brand name finds its drug; a class finds every drug of it; nonsense finds nothing.
    assert visible_drugs(dom(index + "?q=zoloft", tmp_path / "p2")) == ["sertraline"]
    both = visible_drugs(dom(index + "?q=serotonin+uptake", tmp_path / "p3"))
    assert sorted(both) == ["escitalopram", "sertraline"]
    none = dom(index + "?q=no-such-drug", tmp_path / "p4")
    assert visible_drugs(none) == []
    count = lxml_html.fromstring(none).get_element_by_id("count").text
    assert count == f"0 of {len(everything)} drugs"


VISIBLE = (
    "[...document.querySelectorAll('#drugs tbody tr:not(.hidden) td:first-child a')]"
    ".map(a => a.textContent)"
)


@pytest.fixture
def browser(tmp_path: Path):
    devtools = DevTools(tmp_path / "profile")
    try:
        yield devtools
    finally:
        devtools.close()


def test_typing_filters_the_index_and_a_click_sorts_it(out: Path, browser: DevTools) -> None:
    browser.open((out / "report" / "index.html").as_uri())
    total = len(rows(out, "drugs"))
    assert browser.evaluate("document.getElementById('count').textContent") == (
        f"{total} of {total} drugs"
    )
    browser.click("#search")
    browser.type("lustral")  # a brand name from "Drugs containing Sertraline: Zoloft, Lustral"
    assert browser.evaluate(VISIBLE) == ["sertraline"]
    assert browser.evaluate("document.getElementById('count').textContent") == (
        f"1 of {total} drugs"
    )
    browser.evaluate("document.getElementById('search').select()")
    browser.type("antidepressive")
    assert sorted(browser.evaluate(VISIBLE)) == ["escitalopram", "sertraline"]  # type: ignore[arg-type]
    browser.click("#col-milk")  # highest milk level first
    assert browser.evaluate(VISIBLE) == ["sertraline", "escitalopram"]
    browser.click("#col-milk")  # and again: lowest first
    assert browser.evaluate(VISIBLE) == ["escitalopram", "sertraline"]


def test_clicking_a_plotted_point_opens_its_sentence(out: Path, browser: DevTools) -> None:
    page = out / "report" / "drugs" / f"{drug_id(out, 'sertraline')}.html"
    milk = next(e for e in rows(out, "evidence") if e["text"] == "0.12 mg/L")
    browser.open(page.as_uri())
    box = f"document.getElementById('src-{milk['item_id']}')"
    assert browser.evaluate(f"getComputedStyle({box}).display") == "none"
    browser.evaluate(f"document.getElementById('pt-{milk['item_id']}').scrollIntoView()")
    # The marker itself: matplotlib draws it as a <use> or, in a small collection, a <path>.
    browser.click(f"#pt-{milk['item_id']} :is(use, path)")
    browser.wait_for(f"location.hash === '#src-{milk['item_id']}'")
    assert browser.evaluate(f"getComputedStyle({box}).display") == "block"
    assert browser.evaluate(f"{box}.querySelector('mark').textContent") == "0.12 mg/L"


def test_the_index_sorts_by_highest_milk_level(out: Path, tmp_path: Path) -> None:
    highest: dict[str, float] = {}
    names = {d["drug_id"]: d["name"] for d in rows(out, "drugs")}
    for e in rows(out, "evidence"):
        if (e["kind"], e["matrix"], e["unit"]) == ("concentration", "milk", "mg/L"):
            top = e["value_high"] or e["value"]
            highest[names[e["drug_id"]]] = max(highest.get(names[e["drug_id"]], 0.0), top)
    page = dom((out / "report" / "index.html").as_uri() + "?sort=milk", tmp_path / "p")
    order = visible_drugs(page)
    expected = sorted(highest, key=lambda n: -highest[n])
    assert order[: len(expected)] == expected  # highest first; drugs without a value last
    # The curated 0.12 mg/L, or a higher level extraction finds in the PDF record.
    assert highest["sertraline"] >= 0.12 and "escitalopram" in highest


def _targets(tree) -> list[tuple[str, str]]:
    """(kind, id) of every link a number or a plotted point makes to a source."""
    links = [("number", a.get("href")) for a in tree.xpath("//a[@class='num']")]
    for a in tree.xpath("//*[local-name()='svg']//*[local-name()='a']"):
        links.append(("point", a.get("href") or a.get("{http://www.w3.org/1999/xlink}href")))
    return [(kind, href.removeprefix("#")) for kind, href in links]


def test_every_number_and_point_opens_its_sentence(out: Path, tmp_path: Path) -> None:
    page = out / "report" / "drugs" / f"{drug_id(out, 'sertraline')}.html"
    tree = lxml_html.fromstring(dom(page.as_uri(), tmp_path / "p"))
    texts = {d["doc_id"]: d for d in rows(out, "documents")}
    spans = {}
    for table in ("measurements", "doses", "populations", "comparisons"):
        spans.update({r["item_id"]: r for r in rows(out, table)})
    sentences = rows(out, "sentences")
    targets = _targets(tree)
    assert sum(kind == "number" for kind, _ in targets) >= 10
    for kind, target in targets:
        box = tree.get_element_by_id(target)  # KeyError: a link to nothing
        item = spans[target.removeprefix("src-")]
        doc = texts[item["doc_id"]]
        mark = box.find(".//mark").text_content()
        assert mark == item["text"] == doc["text"][item["char_start"] : item["char_end"]], kind
        # The sentence shown is the document's sentence(s) around the value, as split.
        around = [
            s for s in sentences
            if s["doc_id"] == item["doc_id"]
            and s["char_start"] < item["char_end"] and s["char_end"] > item["char_start"]
        ]  # fmt: skip
        if around:
            lo, hi = min(s["char_start"] for s in around), max(s["char_end"] for s in around)
            assert box.find_class("sentence")[0].text_content() == doc["text"][lo:hi]
        where = box.find_class("where")[0].text_content()
        assert doc["source_path"] in where
        if item["page"] is not None:
            assert f"page {item['page']}" in where


def test_one_plotted_point_per_milk_level_after_a_daily_dose(out: Path, tmp_path: Path) -> None:
    sertraline = drug_id(out, "sertraline")
    expected = {
        e["item_id"]
        for e in rows(out, "evidence")
        if e["drug_id"] == sertraline
        and (e["kind"], e["matrix"], e["unit"]) == ("concentration", "milk", "mg/L")
        and e["daily_dose_mg"]
        and e["dose_recipient"] != "infant"
    }
    assert len(expected) >= 3
    page = out / "report" / "drugs" / f"{sertraline}.html"
    tree = lxml_html.fromstring(dom(page.as_uri(), tmp_path / "p"))
    points = [t for kind, t in _targets(tree) if kind == "point"]
    assert sorted(points) == sorted(f"src-{i}" for i in expected)
    ids = {a.get("id") for a in tree.xpath("//*[local-name()='a'][@class='pt']")}
    assert ids == {f"pt-{i}" for i in expected}


def test_screenshot_shows_a_sentence_with_its_value_marked(out: Path, tmp_path: Path) -> None:
    page = out / "report" / "drugs" / f"{drug_id(out, 'sertraline')}.html"
    milk = next(e for e in rows(out, "evidence") if e["text"] == "0.04 mg/L")
    url = f"{page.as_uri()}#src-{milk['item_id']}"
    # Tall enough for the studies and the plot, with the opened sentence at the bottom.
    shot = screenshot(url, tmp_path / "p", tmp_path / "s.png", size="1200,2150")
    image = Image.open(shot).convert("RGB")
    assert image.size == (1200, 2150)
    assert MARK in {rgb for _, rgb in image.getcolors(maxcolors=1 << 20)}
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    shutil.copy(shot, ARTIFACTS / "report-drug-page.png")


def test_pages_are_small_and_need_no_network(out: Path) -> None:
    pages = [out / "report" / "index.html", *(out / "report" / "drugs").glob("*.html")]
    assert len(pages) == len(rows(out, "drugs")) + 1
    for page in pages:
        text = page.read_text(encoding="utf-8")
        assert page.stat().st_size < PAGE_LIMIT
        tree = lxml_html.fromstring(text)
        assert not tree.xpath("//script[@src] | //link[@href] | //img | //iframe")
        external = [a.get("href") for a in tree.xpath("//a[starts-with(@href, 'http')]")]
        assert all(h.startswith("https://pubmed.ncbi.nlm.nih.gov/") for h in external)


def test_an_unchanged_rerun_rewrites_nothing(out: Path, capsys) -> None:
    report = out / "report"
    before = {p: p.stat().st_mtime_ns for p in report.rglob("*.html")}
    capsys.readouterr()
    assert main(["report", "--out", str(out)]) == 0
    # The console says so too, with the time it took.
    said = capsys.readouterr().err
    assert f"{len(before) - 1} drug pages and the index, 0 written, 0 removed" in said
    assert {p: p.stat().st_mtime_ns for p in report.rglob("*.html")} == before
    # A page whose drug left the tables goes; the others stay as they are.
    stale = report / "drugs" / "drug-000000000000.html"
    stale.write_text("old", encoding="utf-8")
    assert main(["report", "--out", str(out)]) == 0
    assert not stale.exists()
    assert {p: p.stat().st_mtime_ns for p in report.rglob("*.html")} == before


def test_the_sample_corpus_report_links_every_number(tmp_path: Path) -> None:
    """`make all` then `make report` on raw/, whatever extraction gives today: every link
    from a number or a point names a box on the same page holding that item's span."""
    out = tmp_path / "processed"
    assert main(["run", "--raw", str(ROOT / "raw"), "--out", str(out), "--workers", "1"]) == 0
    assert main(["report", "--out", str(out), "--workers", "1"]) == 0
    texts = {d["doc_id"]: d["text"] for d in rows(out, "documents")}
    spans = {}
    for table in ("measurements", "doses", "populations", "comparisons"):
        spans.update({r["item_id"]: r for r in rows(out, table)})
    pages = sorted((out / "report" / "drugs").glob("*.html"))
    assert len(pages) == len(rows(out, "drugs"))
    linked = 0
    for page in pages:
        tree = lxml_html.fromstring(page.read_text(encoding="utf-8"))
        for _, target in _targets(tree):
            item = spans[target.removeprefix("src-")]
            mark = tree.get_element_by_id(target).find(".//mark").text_content()
            assert mark == texts[item["doc_id"]][item["char_start"] : item["char_end"]]
            linked += 1
    assert linked >= len(rows(out, "evidence"))  # every result is shown, and linked


def test_a_page_drawn_alone_is_the_page_drawn_among_others(out: Path) -> None:
    """Drawing is deterministic: a page drawn first in a fresh process (after its file was
    removed) has the bytes it had when drawn after the other pages."""
    pages = sorted((out / "report" / "drugs").glob("*.html"))
    last_drawn = max(pages, key=lambda p: p.read_text(encoding="utf-8").count('class="pt"'))
    before = last_drawn.read_bytes()
    last_drawn.unlink()
    assert main(["report", "--out", str(out), "--workers", "1"]) == 0
    assert last_drawn.read_bytes() == before
