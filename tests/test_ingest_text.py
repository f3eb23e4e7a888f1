"""Plain text through the real pipeline: LactMed records copied from drug sites (seed 000, the
development texts d01-d15), read back from Parquet; text wrapped by hand or by Python's textwrap;
property tests for pipeline.ingest.textclean."""

from __future__ import annotations

import json
import re
import shutil
import textwrap
from pathlib import Path

import pandas as pd
import pytest
from corpora import CORPORA, SEEDS
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.ingest.layout_rules import classify_heading
from pipeline.ingest.text import text_to_blocks
from pipeline.ingest.textclean import (
    HYPHEN_PREFIXES,
    bracket_reference_marks,
    join_hyphenated,
    normalize_space,
    unwrap_lines,
)
from pipeline.runner.run import run

SEED = "000_6441ddaad8917695.txt"
DEV = sorted((CORPORA / "dev").glob("d*.txt"))
LACTMED_DEV = [p for p in DEV if int(p.name[1:3]) <= 15]

# LactMed headings as they start a line in plain text, and the section each one opens.
LACTMED_HEADINGS = {
    "summary": r"Summary of Use during Lactation$",
    "maternal_levels": r"Maternal Levels\.",
    "infant_levels": r"Infant Levels\.",
    "infant_effects": r"Effects in Breastfed Infants$",
    "lactation_effects": r"Effects on Lactation and Breastmilk$",
    "substance": r"Substance Identification$",
}


@pytest.fixture(scope="module")
def tables(tmp_path_factory: pytest.TempPathFactory) -> dict[str, pd.DataFrame]:
    assert len(LACTMED_DEV) == 15, f"development texts not found under {CORPORA}"
    raw = tmp_path_factory.mktemp("raw")
    out = tmp_path_factory.mktemp("out")
    shutil.copy(SEEDS / SEED, raw / SEED)
    for path in LACTMED_DEV:
        shutil.copy(path, raw / path.name)
    run(raw, out, extract=False, workers=1, console=False)
    return {
        n: pd.read_parquet(out / f"{n}.parquet")
        for n in ("documents", "sections", "sentences", "errors")
    }


def _doc(tables: dict[str, pd.DataFrame], name: str) -> pd.Series:
    docs = tables["documents"]
    rows = docs[docs.source_path == name]
    assert len(rows) == 1, (name, tables["errors"].to_dict("records"))
    return rows.iloc[0]


def _sections(tables: dict[str, pd.DataFrame], name: str) -> pd.DataFrame:
    sections = tables["sections"]
    return sections[sections.doc_id == _doc(tables, name).doc_id].sort_values("char_start")


def _gold_anchors(gold_file: str, doc: str) -> list[str]:
    for line in (CORPORA / gold_file).read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if record["doc"] == doc:
            return [normalize_space(s["anchor"]) for s in record["statements"]]
    raise AssertionError(f"{doc} has no gold record")


# ---------------------------------------------------------------------------------------------
# Seed 000: a LactMed record as a drug site reproduces it


def test_seed_sections_exactly(tables) -> None:
    assert list(_sections(tables, SEED).section) == [
        "summary",
        "maternal_levels",
        "infant_levels",
        "infant_effects",
        "lactation_effects",
        "substance",
    ]


def test_seed_metadata(tables) -> None:
    doc = _doc(tables, SEED)
    assert doc.source_kind == "text"
    assert doc.encoding == "utf-8"
    assert doc.drug == "magnesium aspartate"
    assert doc.title == "Magnesium Aspartate"
    assert doc.cas == "7018-07-7"


def test_seed_footer_disclaimer_and_links_gone(tables) -> None:
    text = _doc(tables, SEED).text
    assert "Magnesium Aspartate 3" not in text  # running footer "<name> <page>"
    assert not text.rstrip().endswith("3")
    for gone in (
        "Disclaimer",
        "not meant as a substitute",
        "Attribution Statement",
        "registered trademark",
        "pubchem",
        "https://",
    ):
        assert gone not in text


def test_seed_lines_unwrapped_and_hyphen_kept(tables) -> None:
    text = _doc(tables, SEED).text
    assert "versus non-supplemented controls" in text
    assert "non- supplemented" not in text and "nonsupplemented" not in text
    # Lines wrapped at the page width are one paragraph again.
    assert "during breastfeeding. However, other magnesium salts" in text
    for anchor in _gold_anchors("seeds/gold.jsonl", SEED):
        assert anchor in text


def test_seed_sentences_point_into_text(tables) -> None:
    doc = _doc(tables, SEED)
    sents = tables["sentences"][tables["sentences"].doc_id == doc.doc_id]
    assert len(sents) > 10
    for row in sents.itertuples():
        assert doc.text[row.char_start : row.char_end] == row.text
    citing = sents[sents.text.str.startswith("A subsequent controlled clinical trial")]
    assert len(citing) == 1 and citing.iloc[0].text.endswith("therapy.[4]")


# ---------------------------------------------------------------------------------------------
# Development texts d01-d15: LactMed as five drug sites reproduce it


@pytest.mark.parametrize("path", LACTMED_DEV, ids=lambda p: p.stem)
def test_dev_text_sections_follow_its_headings(tables, path: Path) -> None:
    """Every LactMed heading of the page that has text under it opens its section (the pages
    are cut at 2000 bytes, so a last heading may have none)."""
    lines = [normalize_space(x) for x in path.read_text(encoding="utf-8").splitlines()]
    lines = [x for x in lines if x]
    expected = set()
    for i, line in enumerate(lines):
        for key, pattern in LACTMED_HEADINGS.items():
            m = re.match(pattern, line, re.IGNORECASE)
            if not m:
                continue
            body = line[m.end() :].strip() or (lines[i + 1] if i + 1 < len(lines) else "")
            starts_section = any(re.match(p, body, re.I) for p in LACTMED_HEADINGS.values())
            if len(body.split()) > 12 and not starts_section:  # a sentence, not a cut-off line
                expected.add(key)
    assert {"summary", "maternal_levels"} & expected or path.stem == "d15_loratadine"
    found = set(_sections(tables, path.name).section)
    assert expected <= found, f"{path.name}: missing {expected - found}"


@pytest.mark.parametrize("path", LACTMED_DEV, ids=lambda p: p.stem)
def test_dev_text_source_line_dropped_and_content_kept(tables, path: Path) -> None:
    text = _doc(tables, path.name).text
    first = path.read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("source: http")
    assert first not in text
    assert not re.search(r"^source:", text, re.MULTILINE | re.IGNORECASE)
    folded = normalize_space(text.replace("\n", " "))
    anchors = _gold_anchors("dev/gold.jsonl", path.name)
    assert anchors and all(a in folded for a in anchors)


@pytest.mark.parametrize("path", LACTMED_DEV, ids=lambda p: p.stem)
def test_dev_text_maternal_levels_hold_the_studies(tables, path: Path) -> None:
    sections = _sections(tables, path.name)
    maternal = sections[sections.section == "maternal_levels"]
    if "Maternal Levels." not in path.read_text(encoding="utf-8"):
        assert maternal.empty
        return
    body = " ".join(maternal.text)
    assert re.search(r"\d ?(mcg|mg|ng|grams?|g)\b", body), body[:200]


def test_no_dev_text_failed(tables) -> None:
    assert tables["errors"].empty
    assert len(tables["documents"]) == 16


# ---------------------------------------------------------------------------------------------
# pipeline.ingest.textclean properties

_ZERO_WIDTH = set("\u00ad\u200b\u200c\u200d\u2060\ufeff")
_LINE_TEXT = st.text(
    alphabet=st.one_of(
        st.sampled_from(list("abcdeXY-  \t\u00a0.,")),
        st.characters(exclude_categories=("Cs",)),
    ),
    max_size=40,
)


def _visible(text: str) -> str:
    return "".join(c for c in text if not c.isspace() and c not in _ZERO_WIDTH)


@given(st.text())
def test_normalize_space_is_idempotent(text: str) -> None:
    once = normalize_space(text)
    assert normalize_space(once) == once
    assert "  " not in once and once == once.strip()
    assert _visible(once) == _visible(text)


@settings(max_examples=300)
@given(lines=st.lists(_LINE_TEXT, max_size=8), vocab_words=st.lists(_LINE_TEXT, max_size=4))
def test_unwrap_lines_loses_only_line_end_hyphens(lines: list[str], vocab_words: list[str]) -> None:
    vocab = {w.lower() for w in vocab_words}
    out = unwrap_lines(lines, vocab)
    before, after = _visible("".join(lines)), _visible(out)
    line_end_hyphens = sum(1 for x in lines if normalize_space(x).endswith("-"))
    assert before.replace("-", "") == after.replace("-", "")
    assert 0 <= before.count("-") - after.count("-") <= line_end_hyphens
    assert "\n" not in out or any("\n" in x for x in lines)


@given(
    prefix=st.sampled_from(sorted(HYPHEN_PREFIXES)),
    word=st.from_regex(r"[a-z]{2,12}", fullmatch=True),
    lead=st.sampled_from(["", "versus ", "A study of "]),
)
def test_join_hyphenated_keeps_a_hyphen_the_document_writes(
    prefix: str, word: str, lead: str
) -> None:
    # A document that writes "non-supplemented" mid-line keeps the hyphen at a line end too.
    vocab = {f"{prefix}-{word}"}
    assert join_hyphenated(f"{lead}{prefix}-", f"{word} controls", vocab) == (
        f"{lead}{prefix}-{word} controls"
    )
    assert unwrap_lines([f"{lead}{prefix}-", f"{word} controls"], vocab) == (
        f"{lead}{prefix}-{word} controls"
    )


def test_join_hyphenated_removes_typesetting_hyphens() -> None:
    # Words the document writes nowhere else: the lexicon knows them.
    assert join_hyphenated("the medica-", "tion was", set()) == "the medication was"
    assert join_hyphenated("given ev-", "ery 8 weeks", set()) == "given every 8 weeks"
    assert join_hyphenated("a non-", "supplemented infant", set()) == "a non-supplemented infant"


@pytest.mark.parametrize(
    "written, read",
    [
        ("averaging 357 mcg/L.\u00b9 In another", "averaging 357 mcg/L.[1] In another"),
        ("milk levels\u00b2,\u00b3 were low", "milk levels[2,3] were low"),
        ("as reported.\u00b9\u207b\u00b3", "as reported.[1-3]"),
        ("after 12 hours.\u00b9\u00b2", "after 12 hours.[12]"),
        ("a dose of 4 mg/m\u00b2 daily", "a dose of 4 mg/m\u00b2 daily"),
        ("an area of 3 cm\u00b2.", "an area of 3 cm\u00b2."),
        ("were 146 mcg/L.[^2][^3]", "were 146 mcg/L.[2,3]"),
        ("[^1]: Devlin RG. Nadolol in milk.", "1. Devlin RG. Nadolol in milk."),
        ("peaked at 31 ng/mL.^4^ A second", "peaked at 31 ng/mL.[4] A second"),
        ("serum levels^2, 5^ were", "serum levels[2,5] were"),
        ("a dose of 60 mg/m^2^ weekly", "a dose of 60 mg/m^2^ weekly"),
    ],
)
def test_superscript_and_footnote_reference_marks_read_as_brackets(written: str, read: str) -> None:
    assert bracket_reference_marks(written) == read


_NO_MARKS = st.characters(blacklist_characters="^\u00b9\u00b2\u00b3", max_codepoint=0x206F)


@given(st.text(alphabet=_NO_MARKS))
def test_text_without_reference_marks_is_unchanged(text: str) -> None:
    assert bracket_reference_marks(text) == text


# Text wrapped by hand at about 78 columns, with longer unwrapped lines beside it (references,
# a document header), so no one page width shows: each sentence must still be one sentence.
HAND_WRAPPED = Path(__file__).parent / "data" / "heldout_v" / "v02_lamotrigine_hospital_guide.txt"


def test_hand_wrapped_guide_reads_each_sentence_whole() -> None:
    """The blind corpus V's ward guide (written by an annotator who never saw the rules)."""
    blocks = text_to_blocks(HAND_WRAPPED.read_text(encoding="utf-8"))
    texts = [b.text for b in blocks]
    assert not [t for t in texts if t[:1].islower()]  # no block starts mid-sentence
    cord = next(t for t in texts if t.startswith("A second group"))
    assert "Cord blood levels averaged 3.6 mg/L and maternal serum levels at delivery 3.9" in cord
    advice = next(t for t in texts if t.startswith("Keep the maternal dose"))
    assert advice.endswith("does not change this advice).")  # a list item goes on too


_WORD = st.from_regex(r"[a-z]{2,9}", fullmatch=True)
_SENTENCE = st.lists(_WORD, min_size=6, max_size=18).map(
    lambda words: " ".join(words).capitalize() + "."
)
_PARAGRAPH = st.lists(_SENTENCE, min_size=1, max_size=5).map(" ".join)


@settings(max_examples=60, deadline=None)
@given(
    paragraphs=st.lists(_PARAGRAPH, min_size=2, max_size=4),
    width=st.integers(min_value=50, max_value=90),
)
def test_lines_wrapped_beside_long_lines_join_back_into_their_sentences(
    paragraphs: list[str], width: int
) -> None:
    """Python's textwrap wraps the paragraphs; long reference lines keep the wrap width from
    showing. Every block is then whole sentences, and the blocks put back give the text."""
    wrapped = [textwrap.fill(p, width=width) for p in paragraphs]
    authors = "Author A, Author B. " * 8
    references = [f"{k}. {authors}J Example. 2020;1:1-9." for k in (1, 2, 3)]
    n_lines = sum(w.count("\n") + 1 for w in wrapped)
    text = "\n\n".join(wrapped) + "\n\n" + "\n".join(references * max(1, n_lines // 6))
    blocks = [b.text for b in text_to_blocks(text)][: -3 * max(1, n_lines // 6)]
    assert all(b.endswith(".") and b[:1].isupper() for b in blocks)
    assert " ".join(blocks) == " ".join(paragraphs)


def test_wrapped_list_items_stay_apart_and_go_on_over_their_lines() -> None:
    body = textwrap.fill(
        "Mothers in the study were asked to report any of the following signs in their "
        "infants during the first two weeks of treatment with the study drug.",
        width=72,
    )
    items = "\n".join(["- drowsiness", "- poor feeding", "- rash"])
    wrapped_item = "- " + textwrap.fill(
        "a fever above 38 degrees that lasts more than one day, with or without a rash on "
        "the trunk or limbs of the infant",
        width=70,
    )
    blocks = text_to_blocks(f"{body}\n\n{items}\n{wrapped_item}\n\n{body}\n")
    listed = [b.text for b in blocks if b.kind == "list_item"]
    assert listed[:3] == ["drowsiness", "poor feeding", "rash"]
    assert listed[3].startswith("a fever") and listed[3].endswith("trunk or limbs of the infant")


def test_bullets_right_under_a_short_title_line_are_items_of_their_own() -> None:
    """A title typed on its own line ("What the research found") with no blank line before the
    bullets: the bullets do not go on the title's paragraph, each is an item of its own."""
    intro = textwrap.fill(
        "This leaflet explains what is known about taking examplol while you nurse your baby, "
        "and what the doctors who looked after other nursing mothers have measured so far.",
        width=70,
    )
    first = "* " + textwrap.fill(
        "Eight mothers took 20 mg at night. Their milk held very little of the medicine, "
        "and none of their babies was sleepy or fed less than usual. (3)",
        width=68,
    )
    second = "* " + textwrap.fill(
        "A mother who took 40 mg had a baby whose blood held no medicine that the laboratory "
        "could detect, six weeks after birth. (7)",
        width=68,
    )
    blocks = text_to_blocks(f"{intro}\n\nWhat the research found\n{first}\n{second}\n")
    listed = [b.text for b in blocks if b.kind == "list_item"]
    assert len(listed) == 2
    assert listed[0].startswith("Eight mothers") and listed[0].endswith("(3)")
    assert listed[1].startswith("A mother who took") and listed[1].endswith("(7)")


@pytest.mark.parametrize(
    "heading, key",
    [
        ("Levels in milk", "maternal_levels"),
        ("Drug levels in breast milk", "maternal_levels"),
        ("Amounts in breast milk", "maternal_levels"),
        ("Milk levels", "maternal_levels"),
        ("Levels in infants", "infant_levels"),
        ("Levels in breastfed babies", "infant_levels"),
        ("Infant serum levels", "infant_levels"),
    ],
)
def test_a_drug_page_s_own_headings_for_the_levels(heading: str, key: str) -> None:
    rule = classify_heading(heading)
    assert rule is not None and rule.key == key


def test_a_field_repeated_with_one_number_is_no_running_footer() -> None:
    text = (
        "Examplol results\n\nFirst outcome\nNumber of Infants Analyzed: 12\nMean, Unit of "
        "Measure: ng/mL\n   4.1\n\nExamplol Record 1\n\nSecond outcome\nNumber of Infants "
        "Analyzed: 12\nMean, Unit of Measure: ratio\n   0.2\n\nExamplol Record 2\n"
    )
    texts = [b.text for b in text_to_blocks(text)]
    assert texts.count("Number of Infants Analyzed: 12") == 2
    assert not any(t.startswith("Examplol Record") for t in texts)  # "<name> <page>" footers
    # a value alone on its line under its caption is a table's row of one cell
    assert [b.kind for b in text_to_blocks(text) if b.text in ("4.1", "0.2")] == ["table_row"] * 2
