"""Line-end hyphens judged by a lexicon (pipeline.ingest.hyphenation): words broken where a
typesetter breaks them are joined, real compounds keep their hyphen.

The typesetter here is pyphen (the Hunspell hyphenation dictionary LibreOffice uses), not this
project's renderer; the words are LactMed's, written out below."""

from __future__ import annotations

import pyphen
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.ingest.hyphenation import (
    Lexicon,
    document_lexicon,
    keeps_hyphen,
    record_names,
    unit_words,
    zipf,
)
from pipeline.ingest.textclean import join_hyphenated, join_lines, unwrap_lines

# Ordinary words of LactMed records, none of them written with a hyphen.
ORDINARY = [
    "therapeutically",
    "average",
    "receive",
    "every",
    "concentrations",
    "immediately",
    "postpartum",
    "breastfed",
    "intravenously",
    "maternal",
    "metabolite",
    "infants",
    "including",
    "toxicity",
    "pregnancy",
    "during",
    "levels",
    "approximately",
    "administered",
    "absorption",
    "adverse",
    "breastfeeding",
    "breastmilk",
    "colostrum",
    "dosage",
    "excreted",
    "exclusively",
    "gastrointestinal",
    "hospitalized",
    "information",
    "interpretation",
    "lactation",
    "measured",
    "medication",
    "milligrams",
    "monitored",
    "neonatal",
    "newborn",
    "occasionally",
    "particular",
    "pharmacokinetic",
    "plasma",
    "premature",
    "probably",
    "relative",
    "reported",
    "sedation",
    "significant",
    "steady",
    "substitute",
    "sufficient",
    "syndrome",
    "transplant",
    "undetectable",
    "withdrawal",
    "without",
    "between",
    "another",
    "however",
    "antibiotic",
    "antidepressant",
    "serotonin",
    "therapy",
    "treatment",
    "published",
    "estimated",
    "recommended",
    "considered",
    "mothers",
    "hydroxychloroquine",
    "tacrolimus",
    "venlafaxine",
    "desvenlafaxine",
    "cefazolin",
    "ceftriaxone",
    "acyclovir",
    "prophylaxis",
    "concentration",
    "intramuscular",
    "discontinuation",
    "supplementation",
]
# Words LactMed writes with a hyphen, split at it by a line end.
COMPOUNDS = [
    "pre-eclampsia",
    "non-supplemented",
    "weight-adjusted",
    "O-desmethyltramadol",
    "long-term",
    "follow-up",
    "dose-dependent",
    "non-lactating",
    "anti-inflammatory",
    "half-life",
    "self-reported",
    "month-old",
    "cyclo-oxygenase",
    "immediate-release",
    "sustained-release",
    "drug-related",
    "HIV-negative",
    "decision-making",
    "placebo-controlled",
]
HYPHENATOR = pyphen.Pyphen(lang="en_US")
BREAKS = [(w[:i], w[i:]) for w in ORDINARY for i in HYPHENATOR.positions(w)]


def test_the_word_list_ships_with_the_package() -> None:
    # wordfreq's data is in its wheel: no download, common and medical words are known.
    assert zipf("breastfeeding") > 3 and zipf("therapeutically") > 2
    assert zipf("peutically") == 0 and zipf("ceive") == 0
    assert {"milligrams", "micrograms"} <= unit_words()


def test_every_typesetter_break_of_an_ordinary_word_is_joined() -> None:
    assert len(BREAKS) > 100
    kept = [f"{a}-{b}" for a, b in BREAKS if keeps_hyphen(a, b, Lexicon())]
    assert not kept


@settings(max_examples=200)
@given(
    pair=st.sampled_from(BREAKS),
    lead=st.sampled_from(["", "The ", "given (", "was 4 mg. The "]),
    tail=st.sampled_from(["", " every 8 weeks.", ", and", "[3]"]),
)
def test_a_broken_word_comes_back_whole_in_a_line(
    pair: tuple[str, str], lead: str, tail: str
) -> None:
    a, b = pair
    assert join_hyphenated(f"{lead}{a}-", f"{b}{tail}") == f"{lead}{a}{b}{tail}"
    assert unwrap_lines([f"{lead}{a}-", f"{b}{tail}"]) == f"{lead}{a}{b}{tail}"


@pytest.mark.parametrize("compound", COMPOUNDS)
def test_a_real_compound_keeps_its_hyphen(compound: str) -> None:
    head, _, rest = compound.partition("-")
    assert join_hyphenated(f"with {head}-", f"{rest} infants") == f"with {compound} infants"


def test_the_documents_own_spelling_breaks_a_tie() -> None:
    # "breast-feeding" is a compound in a record that writes it so, a broken word elsewhere.
    hyphenated = document_lexicon("Mothers stopped breast-feeding at 6 weeks.")
    solid = document_lexicon("Mothers stopped breastfeeding at 6 weeks.")
    assert keeps_hyphen("breast", "feeding", hyphenated)
    assert not keeps_hyphen("breast", "feeding", solid)
    assert not keeps_hyphen("breast", "feeding", Lexicon())


def test_the_records_drug_name_is_a_word() -> None:
    text = "Venlafaxine Levels and Effects while Breastfeeding\nSummary of Use during Lactation"
    assert record_names(text) == ["Venlafaxine"]
    with_name = document_lexicon(text, record_names(text))
    assert keeps_hyphen("venlafaxine", "exposed", with_name)  # a compound of two words
    assert not keeps_hyphen("venlafaxine", "exposed", Lexicon())  # unknown: a broken word


@settings(max_examples=300)
@given(
    left=st.text(alphabet="abcdefghij XYZ.-", min_size=1, max_size=30),
    right=st.text(alphabet="abcdefghij XYZ.[]1", min_size=1, max_size=30),
)
def test_joining_two_lines_only_ever_drops_one_hyphen_or_adds_one_space(
    left: str, right: str
) -> None:
    out = join_lines(left, right)
    assert out in {left + right, left[:-1] + right, f"{left} {right}"}
    assert out != left[:-1] + right or left.endswith("-")


@given(st.sampled_from(COMPOUNDS + [f"{a}{b}" for a, b in BREAKS]))
def test_a_word_not_broken_at_a_line_end_is_left_alone(word: str) -> None:
    assert unwrap_lines([f"The {word}", "was measured."]) == f"The {word} was measured."
