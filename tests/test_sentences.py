"""Sentence splitting with the blank spaCy pipeline and rule-based boundaries."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.ingest.parsed import PARAGRAPH, TABLE_ROW
from pipeline.ingest.sentences import block_sentences, row_or_sentences
from pipeline.nlp import get_nlp


def split(text: str) -> list[str]:
    return [s.text for s in get_nlp()(text).sents]


@pytest.mark.parametrize(
    "text",
    [
        "Milk levels were 1.2 mg/L. Infant levels were undetectable.",
        "Levels were 63% vs. 80% in the two groups. The difference was small.",
        "Levels were 0.4 mg/L.[2] Then they fell.",
    ],
)
def test_splits_after_a_period_and_before_a_capital(text: str) -> None:
    parts = split(text)
    assert len(parts) == 2
    assert "".join(parts).replace(" ", "") == text.replace(" ", "")


@pytest.mark.parametrize(
    "text",
    [
        "The average level was 1.2 mg/L. in the 6 women",
        "Levels were 63% vs. 80% in treated women.",
        "As reported by Jones et al. in 2001, levels were low.",
        "Some drugs, e.g. sertraline, are preferred.",
        "One drug, i.e. sertraline, is preferred.",
        "Approx. 5 mg was excreted.",
        "The level was 0.5 mg/L in milk.",
        "Ten women (n = 12) were studied.",
        "Levels rose [1] and then fell.",
    ],
)
def test_does_not_split_inside_a_sentence(text: str) -> None:
    assert split(text) == [text]


def test_citation_after_the_period_stays_with_its_sentence() -> None:
    assert split("They were identical to controls.[1] A later trial found none.[4,5]") == [
        "They were identical to controls.[1]",
        "A later trial found none.[4,5]",
    ]


def test_bare_trailing_citation_stays() -> None:
    assert split("Target level >0.6 mmol/L. 1") == ["Target level >0.6 mmol/L. 1"]


def test_missing_period_before_a_new_sentence() -> None:
    parts = split("a median of 2.6 mg/L (range 0.15 to 10.15 mg/L) Three of the 9 women had it.")
    assert parts[-1] == "Three of the 9 women had it."


@given(st.text(max_size=300))
def test_sentences_cover_the_text_in_order(text: str) -> None:
    doc = get_nlp()(text)
    sents = list(doc.sents)
    assert "".join(t.text_with_ws for s in sents for t in s) == text


# Text made of the pieces the boundary rule looks at: end marks, citations, closers, numbers,
# capitals, abbreviations, initials and the whitespace between them.
_PIECES = st.sampled_from(
    [
        "Milk",
        "levels",
        "were",
        "The",
        "Three",
        "of",
        "e.g.",
        "vs.",
        "al.",
        "J.",
        "mg/L.",
        "1.2",
        "3",
        "250",
        "1.",
        ".",
        "?",
        "!",
        ")",
        "(",
        "[1]",
        "[4,5]",
        "(2)",
        ",",
        '"',
        "\u201d",
        "\u2019",
        " ",
        "  ",
        "\n",
    ]
)


@given(st.lists(_PIECES, max_size=40).map("".join))
def test_block_sentences_match_the_component(text: str) -> None:
    """split_sentences reads boundaries from token offsets; Doc.sents from the component's
    flags. Both must give the same sentences at the same offsets."""
    expected = []
    for sent in get_nlp()(text).sents:
        stripped = sent.text.strip()
        if stripped:
            lead = len(sent.text) - len(sent.text.lstrip())
            expected.append((sent.start_char + lead, stripped))
    assert block_sentences(text) == expected
    for offset, sentence in block_sentences(text):
        assert text[offset : offset + len(sentence)] == sentence


@given(st.text(max_size=200))
def test_block_sentences_match_the_component_on_any_text(text: str) -> None:
    expected = [
        (s.start_char + len(s.text) - len(s.text.lstrip()), s.text.strip())
        for s in get_nlp()(text).sents
        if s.text.strip()
    ]
    assert block_sentences(text) == expected


def test_a_superscript_digit_after_a_period_is_no_citation_number() -> None:
    # "²".isdigit() is true but int("²") fails: the bare-citation rule must not crash on it.
    assert block_sentences("Levels were 2 mg/m. ² Then they fell.")[0][1].startswith("Levels")


def test_a_table_row_of_values_is_one_sentence_though_its_label_has_a_period() -> None:
    row = "Milk volume, mL. Measure Type: Median (Range) | 412 (120 to 690) | 388 (95 to 702)"
    assert row_or_sentences(TABLE_ROW, row) == [(0, row)]


def test_a_table_row_of_prose_cells_is_split_into_its_sentences() -> None:
    row = (
        "Experimental: Examplol. Participants took examplol 10 mg daily for two weeks, "
        "starting on day 2. | Drug: Examplol"
    )
    assert len(row_or_sentences(TABLE_ROW, row)) == 2
    text = "Milk levels were 1.2 mg/L. Infant levels were undetectable."
    assert row_or_sentences(PARAGRAPH, text) == block_sentences(text)
