"""The HTML diff report, opened in a real headless Chromium (Debian's chromium package, which
`make test` installs): it renders, its script runs, it shows the right counts, its filters work,
and it needs nothing from the network or any other file."""

from __future__ import annotations

from pathlib import Path

import pytest
from browser import browse
from lxml import html as lxml_html
from PIL import Image
from review_tables import lactmed_record, run_pipeline

from pipeline.cli import main
from pipeline.review.baseline import load_tables
from pipeline.review.changes import ADDED, CHANGED, KINDS, REMOVED
from pipeline.review.corrections import read_unmatched
from pipeline.review.diff import compute_diff
from pipeline.review.report_html import render_html

# The report's highlight colours (CSS variables --added, --removed, --changed).
COLOURS = {ADDED: (0xD3, 0xF5, 0xD6), REMOVED: (0xFF, 0xD8, 0xD3), CHANGED: (0xFF, 0xF0, 0xB8)}


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> tuple[Path, dict[str, int]]:
    """A real report: a baseline run, then the record revised (0.5 -> 0.05 and one population
    reworded), a second record added, and a correction that no longer matches."""
    tmp = tmp_path_factory.mktemp("html")
    raw, out = tmp / "raw", tmp / "out"
    raw.mkdir()
    (raw / "magnesium.txt").write_text(lactmed_record())
    assert run_pipeline(raw, out) == 0
    assert main(["accept", "--out", str(out), "--baseline", str(tmp / "baseline")]) == 0
    corrections = tmp / "corrections.jsonl"
    first = load_tables(out)
    milk = next(r for r in first["measurements"].to_pylist() if r["text"] == "0.5 mg/L")
    corrections.write_text(
        f'{{"id": "{milk["item_id"]}", "table": "measurements", "action": "set", '
        '"field": "stat", "value": "median", "who": "ana", "why": "the paper says median", '
        '"date": "2025-03-01"}\n'
    )
    (raw / "magnesium.txt").write_text(lactmed_record(milk="0.05", infants="The infants"))
    (raw / "sertraline.txt").write_text(
        "Sertraline Levels and Effects while Breastfeeding\n\nDrug Levels\n\n"
        "Maternal Levels. Eight mothers took sertraline 50 mg daily. Milk had 24 ug/L.[1]\n"
    )
    assert run_pipeline(raw, out, corrections) == 3  # the correction cannot be placed
    page = tmp / "report.html"
    assert main(["diff", str(tmp / "baseline"), str(out), "--html", str(page)]) == 1
    diff = compute_diff(
        load_tables(tmp / "baseline"), load_tables(out), str(tmp / "baseline"), str(out)
    )
    diff.with_unmatched(read_unmatched(out))
    totals = diff.totals()
    assert all(totals[k] for k in KINDS)  # the report shows every kind of change
    assert page.read_text() == render_html(diff)  # deterministic: same diff, same page
    return page, {**totals, "unmatched": len(diff.unmatched_corrections), "diff": diff}


def test_report_renders_in_chromium_with_the_right_counts(report, tmp_path: Path) -> None:
    page, expected = report
    dom = lxml_html.fromstring(browse(page.as_uri(), tmp_path / "profile", "--dump-dom"))
    body = dom.find("body")
    assert body.get("data-ready") == "1"  # the inline script ran
    for kind in KINDS:
        (count,) = dom.xpath(f'//*[@id="count-{kind}"]')
        assert int(count.get("data-count")) == int(count.text_content()) == expected[kind]
        assert (
            len(dom.xpath(f'//li[contains(@class, "change") and @data-kind="{kind}"]'))
            == (expected[kind])
        )
    total = sum(expected[k] for k in KINDS)
    assert dom.xpath('string(//*[@id="visible-count"])') == str(total)
    (unmatched,) = dom.xpath('//*[@id="count-unmatched"]')
    assert int(unmatched.get("data-count")) == expected["unmatched"] == 1
    assert "set stat" in dom.xpath('string(//*[@id="unmatched"])')
    counts = expected["diff"].counts()
    for cell in dom.xpath('//table[@id="table-counts"]//td[@data-kind]'):
        table = cell.getparent().get("data-table")
        assert int(cell.get("data-count")) == counts[table][cell.get("data-kind")]
    # Spans are highlighted in the statement text, each in its change's colour.
    marks = dom.xpath("//p[@class='stmt-text']/mark")
    assert {m.get("class") for m in marks} == {ADDED, REMOVED, CHANGED}
    for mark in marks:
        kinds = {
            dom.get_element_by_id(c).get("data-kind") for c in mark.get("data-changes").split()
        }
        assert mark.get("class") in kinds
    assert "0.05 mg/L" in [m.text_content() for m in marks if m.get("class") == CHANGED]


def test_filter_by_change_kind(report, tmp_path: Path) -> None:
    page, expected = report
    dom = lxml_html.fromstring(
        browse(page.as_uri() + "#hide=added,removed", tmp_path / "profile", "--dump-dom")
    )
    shown = dom.xpath("//li[contains(@class, 'change') and not(@hidden)]")
    assert {li.get("data-kind") for li in shown} == {CHANGED}
    assert dom.xpath('string(//*[@id="visible-count"])') == str(expected[CHANGED])
    pressed = {b.get("data-kind"): b.get("aria-pressed") for b in dom.xpath("//button")}
    assert pressed == {ADDED: "false", REMOVED: "false", CHANGED: "true"}
    # The added record has only added rows: its whole section is hidden.
    hidden_docs = dom.xpath("//section[contains(@class, 'doc') and @hidden]")
    assert [s.xpath("string(h2)").split(" (")[0] for s in hidden_docs] == ["Sertraline"]


def test_report_is_self_contained(report) -> None:
    page, _ = report
    dom = lxml_html.fromstring(page.read_text())
    assert not dom.xpath("//link | //script[@src] | //img | //iframe | //object")
    for el in dom.iter():
        for attr in ("src", "href", "action"):
            assert not el.get(attr), f"{el.tag} has {attr}"
    assert "url(" not in dom.xpath("string(//style)") and "@import" not in page.read_text()


def test_screenshot_shows_the_highlights(report, tmp_path: Path) -> None:
    page, _ = report
    shot = tmp_path / "report.png"
    browse(
        page.as_uri(),
        tmp_path / "profile",
        f"--screenshot={shot}",
        "--window-size=1200,1400",
        "--hide-scrollbars",
    )
    image = Image.open(shot).convert("RGB")
    assert image.size == (1200, 1400)
    colours = {c for _, c in image.getcolors(maxcolors=1 << 20)}
    for kind, rgb in COLOURS.items():
        assert rgb in colours, f"no {kind} highlight in the screenshot"
