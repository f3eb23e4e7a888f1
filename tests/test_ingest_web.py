"""Web pages through the real pipeline: saved HTML (trafilatura), Markdown with front matter, and
text copied from web pages (the seeds), read back from Parquet with pandas."""

from __future__ import annotations

import json
import re
import shutil
import socket
from dataclasses import dataclass

import pandas as pd
import pytest
from corpora import SEEDS, SEEDS_GOLD

from pipeline.ingest.textclean import normalize_space
from pipeline.runner.run import RunSummary, run

DRUG_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Sertraline: Uses, Side Effects, Dosage &amp; Warnings - ExampleMeds</title>
<script src="http://remote.example/tracker.js"></script>
<link rel="stylesheet" href="http://remote.example/site.css">
</head>
<body>
<div id="cookie-banner" class="cookie-consent">
  <p>We use cookies to improve your experience on ExampleMeds.</p>
  <button>Accept all cookies</button>
</div>
<header class="site-header">
  <a href="/">ExampleMeds</a>
  <nav><ul>
    <li><a href="/drugs">Drugs A-Z</a></li>
    <li><a href="/pill-identifier">Pill identifier</a></li>
    <li><a href="/interactions">Interaction checker</a></li>
  </ul></nav>
</header>
<main>
<article>
<h1>Sertraline: Uses, Side Effects, Dosage &amp; Warnings</h1>
<p class="byline">Medically reviewed by J. Smith, PharmD. Last updated on March 3, 2025.</p>
<img src="http://remote.example/x.png" alt="Sertraline tablets">
<h2>What is sertraline used for?</h2>
<p>Sertraline is a selective serotonin reuptake inhibitor used to treat depression, panic
disorder and obsessive-compulsive disorder in adults.</p>
<p>It is one of the antidepressants most often chosen during breastfeeding because little of it
passes into breast milk.</p>
<h2>Dosage</h2>
<p>The usual starting dose for adults is 50 mg once daily, taken in the morning or evening.</p>
<ul>
  <li>Depression: 50 mg once daily, up to a maximum of 200 mg daily.</li>
  <li>Panic disorder: 25 mg once daily for the first week, then 50 mg once daily.</li>
  <li>Obsessive-compulsive disorder: 50 mg once daily.</li>
</ul>
<h3>Children</h3>
<p>Children aged 6 to 12 years with obsessive-compulsive disorder start with 25 mg once daily.</p>
<h2>Side effects</h2>
<p>Common side effects include nausea, diarrhoea, headache and difficulty sleeping.</p>
<table>
  <thead><tr><th>Side effect</th><th>How often</th></tr></thead>
  <tbody>
    <tr><td>Nausea</td><td>1 in 4 people</td></tr>
    <tr><td>Headache</td><td>1 in 5 people</td></tr>
    <tr><td>Insomnia</td><td>1 in 8 people</td></tr>
  </tbody>
</table>
<h2>Drug interactions</h2>
<p>Do not take sertraline with monoamine oxidase inhibitors or within 14 days of stopping one.</p>
<h2>Pregnancy and breastfeeding</h2>
<p>In a study of 26 breastfeeding mothers taking sertraline 50 to 200 mg daily, infant serum
levels were undetectable in most infants.</p>
<p class="disclaimer">The information on this page is not a substitute for professional medical
advice, diagnosis or treatment.</p>
<h2>Medical disclaimer</h2>
<p>Every effort has been made to ensure that the information provided is accurate, up-to-date
and complete, but no guarantee is made to that effect.</p>
</article>
</main>
<aside class="sidebar">
  <h3>Related drugs</h3>
  <ul><li><a href="/fluoxetine">Fluoxetine</a></li>
  <li><a href="/paroxetine">Paroxetine</a></li></ul>
</aside>
<footer class="site-footer">
  <p>Copyright 2025 ExampleMeds. All rights reserved.</p>
  <a href="/privacy">Privacy policy</a>
</footer>
<script>window.track && window.track('page');</script>
</body>
</html>
"""

# Only navigation, pictures and scripts: nothing to extract.
LINKS_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>ExampleMeds - Browse</title>
<script src="http://remote.example/app.js"></script></head>
<body>
<header><nav><ul>
  <li><a href="/">Home</a></li><li><a href="/drugs">Drugs A-Z</a></li>
  <li><a href="/news">News</a></li><li><a href="/about">About us</a></li>
</ul></nav></header>
<div class="gallery"><img src="http://remote.example/1.png"><img src="http://remote.example/2.png"></div>
<footer><a href="/privacy">Privacy policy</a></footer>
<script>loadEverything();</script>
</body></html>
"""

MARKDOWN_PAGE = """---
title: "Ibuprofen: dosing and breastfeeding"
drug: Ibuprofen
tags: [analgesic, nsaid]
---

# Ibuprofen: dosing and breastfeeding

Ibuprofen is a *non-steroidal* anti-inflammatory drug; see the
[product leaflet](https://example.org/leaflet.pdf) for `tablet` strengths.

## Dosage

1. Adults: 200 to 400 mg every 4 to 6 hours.
2. Do not take more than 1200 mg a day without a prescription.

#### Children

Children are dosed by weight, 5 to 10 mg/kg every 6 to 8 hours.

| Age | Dose |
| --- | --- |
| 6 to 11 months | 50 mg |
| 1 to 3 years | 100 mg |

#### Side effects in breastfed infants

No adverse effects were reported in 20 breastfed infants whose mothers took ibuprofen.

## Storage

Store below 25 °C.
"""

# XHTML whose DOCTYPE declares entities reading a local file and a remote address.
ENTITY_PAGE = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html [
  <!ENTITY secret SYSTEM "file:///etc/passwd">
  <!ENTITY remote SYSTEM "http://remote.example/entity.txt">
]>
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Cefazolin in breastfeeding</title></head>
<body><article><h1>Cefazolin in breastfeeding</h1>
<p>&secret; After a single 500 mg dose of cefazolin to 4 women, milk levels were barely
detectable. &remote;</p>
</article></body></html>
"""

COPIED_SEEDS = ("002_5bf62bc902a6ffe4.txt", "003_17f1e6a3ee62b819.txt", "004_8b7ef7b27adad3d0.txt")
MARKDOWN_SEED = "001_fef7477ddc33ab21"


@dataclass
class Output:
    summary: RunSummary
    documents: pd.DataFrame
    sections: pd.DataFrame
    sentences: pd.DataFrame
    errors: pd.DataFrame
    connections: list[object]

    def doc(self, source_path: str) -> pd.Series:
        rows = self.documents[self.documents.source_path == source_path]
        assert len(rows) == 1, (
            f"{source_path} not ingested; errors: {self.errors.to_dict('records')}"
        )
        return rows.iloc[0]

    def sections_of(self, source_path: str) -> pd.DataFrame:
        doc_id = self.doc(source_path).doc_id
        return self.sections[self.sections.doc_id == doc_id].sort_values("char_start")

    def sentences_of(self, source_path: str) -> pd.DataFrame:
        doc_id = self.doc(source_path).doc_id
        out = self.sentences[self.sentences.doc_id == doc_id].sort_values("char_start")
        keys = self.sections.set_index("section_id").section
        return out.assign(section=out.section_id.map(keys))


@pytest.fixture(scope="module")
def output(tmp_path_factory: pytest.TempPathFactory) -> Output:
    assert SEEDS.is_dir(), f"seeds not found at {SEEDS}"
    raw = tmp_path_factory.mktemp("raw")
    out = tmp_path_factory.mktemp("out")
    (raw / "sertraline.html").write_text(DRUG_PAGE, encoding="utf-8")
    (raw / "links.html").write_text(LINKS_PAGE, encoding="utf-8")
    (raw / "ibuprofen.md").write_text(MARKDOWN_PAGE, encoding="utf-8")
    (raw / "entities.xhtml").write_text(ENTITY_PAGE, encoding="utf-8")
    (raw / "notes.html").write_text(
        "Notes copied from a leaflet.\n\nTake 200 mg every 4 to 6 hours with food.\n",
        encoding="utf-8",
    )
    shutil.copy(SEEDS / f"{MARKDOWN_SEED}.txt", raw / f"{MARKDOWN_SEED}.md")
    for name in COPIED_SEEDS:
        shutil.copy(SEEDS / name, raw / name)

    # Any attempt to open a connection (images, scripts, stylesheets) is recorded and refused.
    connections: list[object] = []

    def refuse(*args: object, **kwargs: object) -> None:
        connections.append(args)
        raise OSError("network access attempted during ingest")

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(socket.socket, "connect", refuse)
        mp.setattr(socket.socket, "connect_ex", refuse)
        mp.setattr(socket, "getaddrinfo", refuse)
        mp.setattr(socket, "create_connection", refuse)
        summary = run(raw, out, extract=False, workers=1, console=False)

    def read(name: str) -> pd.DataFrame:
        return pd.read_parquet(out / f"{name}.parquet")

    return Output(
        summary, read("documents"), read("sections"), read("sentences"), read("errors"), connections
    )


# ---------------------------------------------------------------------------------------------
# HTML


def test_nothing_is_fetched(output: Output) -> None:
    assert output.connections == []
    assert output.summary.documents == 9


def test_html_metadata(output: Output) -> None:
    doc = output.doc("sertraline.html")
    assert doc.source_kind == "html"
    assert doc.encoding == "utf-8"
    assert doc.title.startswith("Sertraline: Uses, Side Effects")
    assert doc.drug == "sertraline"


@pytest.mark.parametrize(
    "boilerplate",
    [
        "cookies",  # cookie banner
        "Drugs A-Z",  # navigation
        "Interaction checker",
        "Medically reviewed",  # byline
        "not a substitute",  # disclaimer paragraph
        "Medical disclaimer",  # disclaimer section
        "no guarantee",
        "Related drugs",  # sidebar
        "Fluoxetine",
        "Copyright",  # footer
        "Privacy policy",
        "window.track",  # script
        "remote.example",  # image, stylesheet and script addresses
    ],
)
def test_html_boilerplate_is_gone(output: Output, boilerplate: str) -> None:
    assert boilerplate not in output.doc("sertraline.html").text


def test_html_sections_are_keyed_in_page_order(output: Output) -> None:
    sections = output.sections_of("sertraline.html")
    assert list(sections.section) == [
        "usage",
        "dosage",
        "side_effects",
        "interactions",
        "precautions",
    ]
    text = output.doc("sertraline.html").text
    for row in sections.itertuples():
        assert row.text == text[row.char_start : row.char_end]
    # The page title is metadata, not a heading in the body.
    assert not text.startswith("Sertraline: Uses")


def test_html_sub_heading_stays_in_its_section(output: Output) -> None:
    sections = output.sections_of("sertraline.html").set_index("section")
    assert "Children" in sections.loc["dosage", "text"]
    assert "Children aged 6 to 12 years" in sections.loc["dosage", "text"]


def test_html_list_items_and_table_rows_are_blocks(output: Output) -> None:
    sents = output.sentences_of("sertraline.html")
    items = sents[sents.block == "list_item"]
    assert list(items.text) == [
        "Depression: 50 mg once daily, up to a maximum of 200 mg daily.",
        "Panic disorder: 25 mg once daily for the first week, then 50 mg once daily.",
        "Obsessive-compulsive disorder: 50 mg once daily.",
    ]
    assert set(items.section) == {"dosage"}
    rows = sents[sents.block == "table_row"]
    assert list(rows.text) == [
        "Side effect | How often",
        "Nausea | 1 in 4 people",
        "Headache | 1 in 5 people",
        "Insomnia | 1 in 8 people",
    ]
    assert set(rows.section) == {"side_effects"}
    text = output.doc("sertraline.html").text
    for row in sents.itertuples():
        assert row.text == text[row.char_start : row.char_end]


def test_html_study_sentence_kept_whole(output: Output) -> None:
    sents = output.sentences_of("sertraline.html")
    study = sents[sents.text.str.startswith("In a study of 26 breastfeeding mothers")]
    assert len(study) == 1
    assert study.iloc[0].section == "precautions"
    assert study.iloc[0].block == "paragraph"
    assert "50 to 200 mg daily, infant serum levels" in study.iloc[0].text  # line break folded


def test_page_without_main_text_is_one_error(output: Output) -> None:
    errors = output.errors[output.errors.source_path == "links.html"]
    assert list(errors.error) == ["no_main_text"]
    assert "no main text" in errors.iloc[0].message
    assert "links.html" not in set(output.documents.source_path)
    assert output.summary.failed == 1
    assert len(output.errors) == 1  # every other document went through


def test_declared_entities_are_never_expanded(output: Output) -> None:
    doc = output.doc("entities.xhtml")
    assert doc.title == "Cefazolin in breastfeeding"
    assert "After a single 500 mg dose of cefazolin to 4 women" in doc.text
    assert "root:" not in doc.text  # /etc/passwd was not read
    assert output.connections == []  # nor the remote entity fetched


def test_plain_text_named_html_is_read_as_text(output: Output) -> None:
    doc = output.doc("notes.html")
    assert doc.source_kind == "text"
    assert "Take 200 mg every 4 to 6 hours with food." in doc.text


# ---------------------------------------------------------------------------------------------
# Markdown


def test_markdown_seed_metadata_and_sections(output: Output) -> None:
    path = f"{MARKDOWN_SEED}.md"
    doc = output.doc(path)
    assert doc.source_kind == "markdown"
    assert doc.title == "Magnesium Aspartate"
    assert doc.drug == "magnesium aspartate"
    sections = output.sections_of(path)
    assert list(zip(sections.heading, sections.section, strict=True)) == [
        ("Generic Name", "other"),
        ("Usage", "usage"),
        ("Dosage", "dosage"),
        ("Side Effects", "side_effects"),
        ("How it Works", "usage"),
        ("Precautions", "precautions"),
        ("FAQs", "other"),
    ]


def test_markdown_seed_text_is_clean(output: Output) -> None:
    path = f"{MARKDOWN_SEED}.md"
    text = output.doc(path).text
    for markup in ("**", "###", "---", "layout:", "minimal-medicine", "* "):
        assert markup not in text
    assert "Disclaimer" not in text
    assert "educational purposes only" not in text
    gold = _gold_anchors(f"{MARKDOWN_SEED}.txt")
    assert gold and all(anchor in normalize_space(text) for anchor in gold)


def test_markdown_seed_bold_lines_and_bullets(output: Output) -> None:
    path = f"{MARKDOWN_SEED}.md"
    sections = output.sections_of(path).set_index("section")
    dosage = sections.loc["dosage", "text"]
    # "**Adults:**" and "**Dosage Adjustments:**" are sub-headings inside Dosage.
    for sub in ("Adults:", "Children:", "Dosage Adjustments:"):
        assert sub in dosage
    sents = output.sentences_of(path)
    rda = sents[sents.text.str.startswith("Dietary Reference Intake (RDA): The recommended")]
    assert list(rda.block) == ["list_item"] and list(rda.section) == ["dosage"]
    effects = sents[(sents.section == "side_effects") & (sents.block == "list_item")]
    assert list(effects.text) == [
        "Abdominal cramps",
        "Diarrhea",
        "Flatulence (gas)",
        "Nausea",
        "Fatigue",
        "Loose stools",
    ]


def test_markdown_front_matter_links_tables_and_levels(output: Output) -> None:
    doc = output.doc("ibuprofen.md")
    assert doc.title == "Ibuprofen: dosing and breastfeeding"
    assert doc.drug == "ibuprofen"
    text = doc.text
    assert "see the product leaflet for tablet strengths" in text
    for markup in ("https://", "](", "`", "*non", "tags:", "| ---"):
        assert markup not in text
    sections = output.sections_of("ibuprofen.md")
    # "#### Children" stays in Dosage; a deeper heading that names a section starts it.
    assert list(sections.section) == ["other", "dosage", "side_effects", "other"]
    assert "Children are dosed by weight" in sections.iloc[1].text
    sents = output.sentences_of("ibuprofen.md")
    assert list(sents[sents.block == "table_row"].text) == [
        "Age | Dose",
        "6 to 11 months | 50 mg",
        "1 to 3 years | 100 mg",
    ]
    numbered = sents[sents.block == "list_item"].text.tolist()
    assert numbered == [
        "1. Adults: 200 to 400 mg every 4 to 6 hours.",
        "2. Do not take more than 1200 mg a day without a prescription.",
    ]


# ---------------------------------------------------------------------------------------------
# Text copied from web pages (plain .txt, parsed by pipeline.ingest.text)

GONE = {
    "002_5bf62bc902a6ffe4.txt": [
        "This website provides educational information",
        "Educational content",
        "Check with a professional",
        "Safety first",
        "Medical disclaimer",
        "does not replace",
        "should not be used as a substitute",
        "interact with some...",  # the cut-off teaser of the summary
        "Editorial note",
        "Published:",
        "Sources and verification",
        "The following sources or official references",
        "_aio_sources",
        "Final note",
        "Medicine information can change",
        "See also",
        "Ask a Doctor",
    ],
    "003_17f1e6a3ee62b819.txt": [
        "All articles are reviewed for accuracy",
        "Educational purpose only",
        "Article Review Status",
        "Submitted",
        "Under Review",
        "Approved",
        "Last updated",
        "View editorial policy",
        "Personalize",
        "Help us tailor your experience",
        "Which best describes you",
        "Professional Medical Disclaimer",
        "This information is intended for healthcare professionals",
        "assumes no liability",
        "Have a follow-up question",
        "Our Medical A.I.",
    ],
    "004_8b7ef7b27adad3d0.txt": [
        "top of page",
        "Writer's picture",
        "Megan Dunn",
        "views",
        "comments",
        "Recent Posts",
        "See All",
        "How sleep helps you make more milk",
        "Protective Sleep",
        "bottom of page",
    ],
}


@pytest.mark.parametrize("name", COPIED_SEEDS)
def test_copied_text_boilerplate_is_gone(output: Output, name: str) -> None:
    text = output.doc(name).text
    for phrase in GONE[name]:
        assert phrase not in text, phrase


@pytest.mark.parametrize("name", COPIED_SEEDS)
def test_copied_text_content_is_kept(output: Output, name: str) -> None:
    text = normalize_space(output.doc(name).text.replace("\n", " "))
    gold = _gold_anchors(name)
    assert gold and all(anchor in text for anchor in gold)
    # Every line of the page survives except the boilerplate listed above.
    source = (SEEDS / name).read_text(encoding="utf-8").split("\n")
    lines = [re.sub(r"^[\u2022\u25b8]\s*", "", normalize_space(x)) for x in source]
    dropped = [x for x in lines if x and x not in text]
    assert all(any(g in x for g in GONE[name]) for x in dropped), dropped


def test_copied_text_structure_002(output: Output) -> None:
    name = "002_5bf62bc902a6ffe4.txt"
    sections = output.sections_of(name)
    assert {"side_effects", "interactions", "precautions"} <= set(sections.section)
    sents = output.sentences_of(name)
    bullets = sents[sents.block == "list_item"]
    side = bullets[bullets.section == "side_effects"].text.tolist()
    assert side == ["Diarrhea", "Abdominal cramps", "Gas and bloating", "Nausea"]
    # Rows of the interactions table stay one block each (not run together into a paragraph).
    assert (
        "Diuretics Some diuretics may lower magnesium levels, while others may affect magnesium "
        "retention." in set(sents.text)
    )
    anchor = sents[sents.text.str.contains("320\u2013420 mg of elemental magnesium")]
    assert len(anchor) == 1


def test_copied_text_structure_003(output: Output) -> None:
    name = "003_17f1e6a3ee62b819.txt"
    sections = output.sections_of(name)
    dosage = sections[sections.section == "dosage"]
    assert list(dosage.heading) == ["Magnesium Aspartate Dosing for Confirmed Magnesium Deficiency"]
    assert "precautions" in set(sections.section)
    sents = output.sentences_of(name)
    item = sents[sents.text == "Magnesium sulfate 25-50 mg/kg (maximum: 2g) 2"]
    assert list(item.block) == ["list_item"] and list(item.section) == ["dosage"]
    # Sub-headings ("Severe Symptomatic Hypomagnesemia") stay inside the dosage section.
    assert "Severe Symptomatic Hypomagnesemia" in dosage.iloc[0].text


def test_copied_text_structure_004(output: Output) -> None:
    name = "004_8b7ef7b27adad3d0.txt"
    sents = output.sentences_of(name)
    items = sents[sents.block == "list_item"].text.tolist()
    assert [x[:30] for x in items if re.match(r"\d\. ", x)] == [
        "1. Oxidative Phosphorylation: ",
        "2. Glycolysis: This is like th",
    ]
    assert "It doesn't require oxygen and happens in the cytoplasm of the cell." in items
    # A lead-in sentence ending in ':' is text, not a section heading.
    assert "Now, let's simplify" not in set(output.sections_of(name).heading.dropna())
    assert output.doc(name).text.rstrip().endswith("fewer digestive symptoms.")


def _gold_anchors(doc: str) -> list[str]:
    for line in SEEDS_GOLD.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if record["doc"] == doc:
            return [normalize_space(s["anchor"]) for s in record["statements"]]
    return []


def test_superscript_reference_numbers_stand_apart_from_the_sentence() -> None:
    from pipeline.ingest.parsed import SourceFile
    from pipeline.ingest.web import parse_html

    body = " ".join(
        [
            "<p>Cefuroxime is given as 750 mg every 8 hours.<sup>1</sup> Take it with food.</p>",
            '<p>Milk levels were low (below 0.05 mg/L).<sup><a href="#r2">2,3</a></sup></p>',
            "<p>The dose was 100 mg/m<sup>2</sup> once daily in every one of the mothers.</p>",
        ]
    )
    page = "<html><head><title>Cefuroxime</title></head><body><main><article>"
    page += f"<h1>Cefuroxime</h1>{body}"
    page += "<p>Nothing else was reported by the mothers who took part in this study.</p>"
    page += "</article></main></body></html>"
    text = " ".join(b.text for b in parse_html(SourceFile("c.html", page.encode())).blocks)
    assert "every 8 hours.[1] Take it with food." in text
    assert "(below 0.05 mg/L).[2,3]" in text
    assert "100 mg/m2 once daily" in text  # an exponent, not a reference


def test_lines_broken_inside_a_table_cell_stay_apart() -> None:
    from pipeline.ingest.parsed import SourceFile
    from pipeline.ingest.web import parse_html

    page = (
        "<html><head><title>Results</title></head><body><main><h1>Examplol trial results</h1>"
        "<p>Women with nausea after delivery were counted in each arm of the trial, and the "
        "analysis compared the two arms with a chi-squared test.</p>"
        "<table><tr><th>Arm/Group Title</th><th>Examplol</th><th>Placebo</th></tr>"
        "<tr><th>Measure Type: Count of Participants<br>Unit of Measure: Participants</th>"
        "<td>9<br>20.9%</td><td>21<br>50.0%</td></tr>"
        "<tr><th>Method of Estimation</th><td>Estimated Value: -29.1<br>Confidence Interval: "
        "-48.2 to -10.0</td><td></td></tr></table></main></body></html>"
    )
    rows = [b.text for b in parse_html(SourceFile("r.html", page.encode())).blocks]
    assert any("| 9 20.9% | 21 50.0%" in r for r in rows), rows
    assert any("Count of Participants Unit of Measure" in r for r in rows), rows
    assert any("-29.1 Confidence Interval" in r for r in rows), rows
