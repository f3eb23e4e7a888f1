"""Web pages whose tables or headings trafilatura loses: a trial registry's results straight
under <body>, tables inside divs, and a normal article whose furniture trafilatura drops as
before. Every page here is written by hand for the test."""

from __future__ import annotations

import pytest
import yaml
from extraction import extract_tables, the_comparison
from web_pages import ARTICLE_PAGE, DIV_TABLES_PAGE, REGISTRY_PAGE, TABLES_ONLY_PAGE

from pipeline.ingest.layout_rules import RuleFileError
from pipeline.ingest.parsed import HEADING, LIST_ITEM, PARAGRAPH, TABLE_ROW, Block, SourceFile
from pipeline.ingest.web import parse_html
from pipeline.ingest.web_walk import PageItem, lost_part, read_page, read_walk_rules


def blocks(page: str) -> list[Block]:
    return parse_html(SourceFile("page.html", page.encode())).blocks


def of_kind(found: list[Block], kind: str) -> list[str]:
    return [b.text for b in found if b.kind == kind]


def all_text(found: list[Block]) -> str:
    return "\n".join(b.text for b in found)


# ---------------------------------------------------------------------------------------------
# Pages through parse_html

REGISTRY_HEADINGS = [
    "Participant Flow",
    "Outcome Measures",
    "Primary Outcome: Drug X concentration in breast milk at steady state",
    "Secondary Outcome: Infant plasma drug X concentration",
    "Adverse Events",
]
REGISTRY_ROWS = [
    " | Arm A | Arm B",
    "Started | 24 | 23",
    "Completed | 22 | 21",
    " | Arm A | Arm B",
    "Number of participants analysed | 22 | 21",
    "Milk drug X, ng/mL, median (IQR) | 18.4 (11.2 to 27.0) | 39.7 (24.5 to 58.1)",
    " | Arm A | Arm B",
    "Number of infants analysed | 20 | 19",
    "Infant plasma drug X, ng/mL, median (IQR) | 0.6 (0.2 to 1.1) | 1.3 (0.7 to 2.2)",
]


def test_registry_page_keeps_its_headings_and_table_rows() -> None:
    found = blocks(REGISTRY_PAGE)
    assert of_kind(found, HEADING) == REGISTRY_HEADINGS
    assert of_kind(found, TABLE_ROW) == REGISTRY_ROWS
    texts = [b.text for b in found]
    # Each results table stands under the heading of its outcome.
    milk = texts.index(REGISTRY_ROWS[5])
    assert texts.index(REGISTRY_HEADINGS[2]) < milk < texts.index(REGISTRY_HEADINGS[3])
    infant = texts.index(REGISTRY_ROWS[8])
    assert texts.index(REGISTRY_HEADINGS[3]) < infant < texts.index(REGISTRY_HEADINGS[4])
    assert (
        "No serious adverse events were reported in mothers or infants in either arm during the "
        "study period." in of_kind(found, PARAGRAPH)
    )


@pytest.mark.parametrize(
    "furniture", ["uses cookies", "Accept", "Find a study", "Help", "Example Health Agency"]
)
def test_registry_page_furniture_is_gone(furniture: str) -> None:
    assert furniture not in all_text(blocks(REGISTRY_PAGE))


def test_page_of_headings_and_bare_tables_keeps_both() -> None:
    found = blocks(TABLES_ONLY_PAGE)
    assert of_kind(found, HEADING) == [
        "Study Overview",
        "Outcome Measures",
        "Primary: Milk concentration of drug Y",
        "Secondary: Infant serum drug Y",
        "Adverse Events",
    ]
    header = "Measure | 10 mg group | 20 mg group"
    assert of_kind(found, TABLE_ROW) == [
        header,
        "Participants analysed | 15 | 16",
        "Milk drug Y, ng/mL, mean (SD) | 42.1 (12.3) | 85.6 (20.4)",
        header,
        "Infants with detectable drug Y, n | 1 | 3",
        "Infant serum drug Y, ng/mL, median (range) | 1.2 (0.5 to 2.0) | 2.4 (0.9 to 4.1)",
        "Event | 10 mg group | 20 mg group",
        "Infant drowsiness | 0 | 1",
    ]
    text = all_text(found)
    for furniture in ("Skip to", "cookies", "Studies", "Share on", "Email this", "operated by"):
        assert furniture not in text, furniture
    assert "Skip to main content" in read_page(TABLES_ONLY_PAGE).furniture  # class="skip-link"


def test_tables_inside_divs_keep_their_rows_and_headings() -> None:
    found = blocks(DIV_TABLES_PAGE)
    assert [(b.kind, b.text) for b in found] == [
        (HEADING, "Design"),
        (
            PARAGRAPH,
            "Twelve lactating women took drug Z 50 mg twice daily for seven days before milk "
            "sampling.",
        ),
        (HEADING, "Milk levels"),
        (TABLE_ROW, "Time after dose | Milk, ng/mL | Plasma, ng/mL"),
        (TABLE_ROW, "1 h | 120 | 310"),
        (TABLE_ROW, "4 h | 95 | 220"),
        (TABLE_ROW, "8 h | 60 | 140"),
        (HEADING, "Infant levels"),
        (TABLE_ROW, "Infant | Serum, ng/mL"),
        (TABLE_ROW, "Infant 1 | 2.1"),
        (TABLE_ROW, "Infant 2 | below 1.0"),
    ]


def test_normal_article_stays_as_trafilatura_reads_it() -> None:
    page = parse_html(SourceFile("nifedipine.html", ARTICLE_PAGE.encode()))
    assert page.title == "Nifedipine and breastfeeding"
    assert [(b.kind, b.text) for b in page.blocks] == [
        (
            PARAGRAPH,
            "Nifedipine is a calcium channel blocker used for high blood pressure and for nipple "
            "vasospasm in breastfeeding mothers.",
        ),
        (HEADING, "How much gets into breast milk"),
        (
            PARAGRAPH,
            "In 11 women taking nifedipine 10 mg three times daily, milk levels were under 10 ug/L "
            "in most samples, and the infants received less than 2% of the mother's dose.",
        ),
        (TABLE_ROW, "Dose | Peak milk level"),
        (TABLE_ROW, "10 mg three times daily | 46 ug/L"),
        (TABLE_ROW, "20 mg twice daily | 53 ug/L"),
        (HEADING, "Side effects in breastfed babies"),
        (
            PARAGRAPH,
            "No side effects have been reported in breastfed infants whose mothers took "
            "nifedipine.",
        ),
    ]


# ---------------------------------------------------------------------------------------------
# The plain reading

SHAPES_PAGE = """<html><head><title>Shapes</title><style>p { color: red }</style></head>
<body>
<div id="sidebarLeft"><p>Popular this week: 10 tips for new mothers</p></div>
<div class="advert-box">Buy 2 get 1 free</div>
<p hidden>Not shown on the page</p>
<p>Doses were given<br>twice daily with <b>food</b>.</p>
Text straight under the body, <a href="/x">with a link</a>.
<ol><li>Take 5 mg at night.<ul><li>Halve it for infants under 2 kg.</li></ul></li>
<li><p>Stop after 10 days.</p></li></ol>
<table><caption>Table 1. Milk levels</caption>
<thead><tr><th>Day</th><th>Level</th></tr></thead>
<tr><td>1</td><td>4.2<br>ng/mL</td></tr></table>
<table class="layout"><tr><td><h2>Notes</h2><p>Levels fell by day 3.</p></td>
<td><p>No infant had symptoms.</p></td></tr></table>
<dl><dt>Half-life</dt><dd>12 hours</dd></dl>
<div class="page-footer_links"><a href="/a">About</a></div>
<script>var levels = [1, 2, 3];</script>
</body></html>
"""


def test_plain_reading_keeps_blocks_in_page_order_without_furniture() -> None:
    page = read_page(SHAPES_PAGE)
    assert page.items == [
        PageItem(PARAGRAPH, "Doses were given twice daily with food."),
        PageItem(PARAGRAPH, "Text straight under the body, with a link."),
        PageItem(LIST_ITEM, "1. Take 5 mg at night."),
        PageItem(LIST_ITEM, "Halve it for infants under 2 kg."),
        PageItem(LIST_ITEM, "2. Stop after 10 days."),
        PageItem(PARAGRAPH, "Table 1. Milk levels"),
        PageItem(TABLE_ROW, "Day | Level"),
        PageItem(TABLE_ROW, "1 | 4.2 ng/mL"),
        # A table laying out the page (a heading in a cell) is read as text, not as rows.
        PageItem(HEADING, "Notes", 2),
        PageItem(PARAGRAPH, "Levels fell by day 3."),
        PageItem(PARAGRAPH, "No infant had symptoms."),
        PageItem(PARAGRAPH, "Half-life"),
        PageItem(PARAGRAPH, "12 hours"),
    ]
    assert "Popular this week: 10 tips for new mothers" in page.furniture
    assert "Buy 2 get 1 free" in page.furniture
    assert "About" in page.furniture


def test_fallback_items_lose_the_furniture_text() -> None:
    page = read_page(REGISTRY_PAGE)
    cookie = PageItem(PARAGRAPH, "This registry uses cookies to remember your search settings.")
    study = PageItem(PARAGRAPH, "Study identifier: TR-2019-0042.")
    assert page.without_furniture([cookie, study]) == [study]


def test_plain_reading_of_no_page_is_empty() -> None:
    assert read_page("").items == []
    assert read_page('<?xml version="1.0" encoding="utf-8"?><html><body/></html>').items == []


# ---------------------------------------------------------------------------------------------
# What counts as lost

TABLE_PAGE = [
    PageItem(HEADING, "Outcome Measures", 2),
    PageItem(HEADING, "Primary: milk level", 3),
    PageItem(PARAGRAPH, "Milk was sampled on day 14 of treatment in every woman."),
    PageItem(TABLE_ROW, " | Arm A | Arm B"),
    PageItem(TABLE_ROW, "Milk level, ng/mL | 18.4 | 39.7"),
    PageItem(TABLE_ROW, "Participants | 22 | 21"),
    PageItem(HEADING, "Secondary: infant level", 3),
    PageItem(TABLE_ROW, "Infant level, ng/mL | 0.6 | 1.3"),
    PageItem(TABLE_ROW, "Infants | 20 | 19"),
    PageItem(HEADING, "Adverse events", 2),
    PageItem(PARAGRAPH, "No serious adverse events were reported in mothers or infants."),
]


def test_nothing_lost() -> None:
    assert lost_part(TABLE_PAGE, TABLE_PAGE) is None


def test_tables_flattened_into_their_cells_are_lost_rows() -> None:
    flattened = [
        PageItem(PARAGRAPH, cell.strip())
        for it in TABLE_PAGE
        for cell in it.text.split("|")
        if it.kind == TABLE_ROW and cell.strip()
    ]
    kept = TABLE_PAGE[:3] + flattened + TABLE_PAGE[-2:]
    assert lost_part(TABLE_PAGE, kept) == "rows"


def test_headings_lost_above_kept_tables() -> None:
    kept = [it for it in TABLE_PAGE if it.kind != HEADING]
    assert lost_part(TABLE_PAGE, kept) == "headings"


def test_headings_lost_above_prose_alone_are_left_as_they_are() -> None:
    page = [
        PageItem(HEADING, "Uses", 2),
        PageItem(PARAGRAPH, "Drug X lowers blood pressure in adults with hypertension."),
        PageItem(HEADING, "Breastfeeding", 2),
        PageItem(PARAGRAPH, "Drug X passes into breast milk only in small amounts."),
    ]
    assert lost_part(page, [it for it in page if it.kind != HEADING]) is None


def test_a_page_cut_off_after_a_heading_lost_its_tail() -> None:
    page = [
        PageItem(HEADING, "Design", 2),
        PageItem(PARAGRAPH, "Twelve women took drug Z twice daily for a week."),
        PageItem(HEADING, "Results", 2),
        PageItem(PARAGRAPH, "Milk levels peaked two hours after each dose in every woman."),
        PageItem(HEADING, "Infants", 2),
        PageItem(PARAGRAPH, "No infant had a measurable serum level at any sampling time."),
    ]
    assert lost_part(page, page[:2]) == "tail"
    assert lost_part(page, page[:4]) is None  # one section's worth is no cut-off page


def test_a_paragraph_split_in_two_by_trafilatura_is_kept() -> None:
    page = [
        PageItem(HEADING, "Design", 2),
        PageItem(PARAGRAPH, "Twelve women took drug Z twice daily for a week. Milk was sampled."),
        PageItem(HEADING, "Results", 2),
        PageItem(
            PARAGRAPH,
            "Milk levels peaked two hours after each dose. No infant had a measurable level.",
        ),
        PageItem(HEADING, "Infants", 2),
        PageItem(PARAGRAPH, "All infants gained weight normally over the study month."),
    ]
    split = [
        PageItem(PARAGRAPH, "Twelve women took drug Z twice daily for a week."),
        PageItem(PARAGRAPH, "Milk was sampled."),
        PageItem(PARAGRAPH, "Milk levels peaked two hours after each dose."),
        PageItem(PARAGRAPH, "No infant had a measurable level."),
        PageItem(PARAGRAPH, "All infants gained weight normally over the study month."),
    ]
    assert lost_part(page, split) is None
    assert lost_part(page, split[:2]) == "tail"


def test_rows_of_a_table_left_out_beside_the_kept_text_are_no_loss() -> None:
    # A widget's table before the article (prices, a poll) is trafilatura's to drop.
    widget = [PageItem(TABLE_ROW, "Pack of 30 | 4.99"), PageItem(TABLE_ROW, "Pack of 90 | 12.99")]
    assert lost_part(widget + TABLE_PAGE, TABLE_PAGE) is None


# ---------------------------------------------------------------------------------------------
# The rule file

RULES_TEXT = """
drop_tags: [script, nav]
drop_names: [cookie, footer]
loss:
  min_lost_rows: 2
  lost_rows_share: 0.3
  min_lost_headings: 1
  lost_headings_share: 0.5
  lost_tail_share: 0.4
  lost_tail_headings: 2
"""


def test_rule_file_reads() -> None:
    rules = read_walk_rules(yaml.safe_load(RULES_TEXT))
    assert rules.drop_tags == frozenset({"script", "nav"})
    assert rules.drop_names == ("cookie", "footer")
    assert rules.loss.lost_rows_share == 0.3


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("drop_names: [cookie, footer]", "drop_names: ['cookie.*']"), "not one lower-case word"),
        (("drop_tags: [script, nav]", "drop_tags: []"), "non-empty list"),
        (("lost_rows_share: 0.3", "lost_rows_share: 3"), "out of range"),
        (("min_lost_rows: 2", "min_lost_rows: 2.5"), "whole number"),
        (("  lost_tail_headings: 2\n", ""), "loss needs exactly"),
        (("drop_tags:", "keep_tags: [p]\ndrop_tags:"), "unknown keys"),
    ],
)
def test_rule_file_mistakes_are_named(change: tuple[str, str], message: str) -> None:
    text = RULES_TEXT.replace(*change)
    assert text != RULES_TEXT
    with pytest.raises(RuleFileError, match=message):
        read_walk_rules(yaml.safe_load(text))


def test_shipped_rule_file_is_plain_words() -> None:
    from importlib import resources

    text = resources.files("pipeline.ingest").joinpath("web_walk.yaml").read_text("utf-8")
    data = yaml.safe_load(text)
    assert {"nav", "header", "footer", "aside", "form", "script", "style"} <= set(data["drop_tags"])
    names = set(data["drop_names"])
    assert {
        "cookie",
        "banner",
        "menu",
        "breadcrumb",
        "share",
        "footer",
        "sidebar",
        "advert",
    } <= names
    assert read_walk_rules(data).drop_names == tuple(data["drop_names"])


# ---------------------------------------------------------------------------------------------
# Through extraction


def test_registry_table_values_become_measurements_compared_across_arms() -> None:
    tables = extract_tables("registry.html", REGISTRY_PAGE)
    milk = the_comparison(tables["comparisons"], [18.4, 39.7])
    assert milk["arms"] == ["Arm A", "Arm B"]
    assert milk["outcome"] == "Drug X concentration in breast milk at steady state"
    assert milk["unit"] == "ng/mL"
    infant = the_comparison(tables["comparisons"], [0.6, 1.3])
    assert infant["outcome"] == "Infant plasma drug X concentration"
    levels = {(m["value"], m["matrix"]) for m in tables["measurements"]}
    assert {(18.4, "milk"), (39.7, "milk"), (0.6, "infant_blood"), (1.3, "infant_blood")} <= levels


def test_bare_tables_page_values_are_compared_under_their_outcome() -> None:
    tables = extract_tables("results.html", TABLES_ONLY_PAGE)
    milk = the_comparison(tables["comparisons"], [42.1, 85.6])
    assert milk["arms"] == ["10 mg group", "20 mg group"]
    assert milk["outcome"] == "Milk concentration of drug Y"
