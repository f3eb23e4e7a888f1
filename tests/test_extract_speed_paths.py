"""The shortcuts of a later round of speed work (#11) give what the plain way gives, over the
evaluation corpora's sentences: a unit of one token gets its entity type without the
retokenizer, and every token attribute of the sentence's tokens is the same as after a merge;
a count in a sentence without the words of a planned study is no planned group, as the whole
test says; the drug named before a value is found in the last characters before it as in the
whole text before it."""

from __future__ import annotations

from corpora import corpus_lines
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.attrs import (
    DEP,
    ENT_IOB,
    ENT_KB_ID,
    ENT_TYPE,
    HEAD,
    IDX,
    LEMMA,
    LOWER,
    MORPH,
    NORM,
    ORTH,
    POS,
    SENT_START,
    SPACY,
    TAG,
)
from spacy.tokens import Span

from pipeline.extract.count_context import MAY_PLAN, planned_group
from pipeline.extract.mentions import analyze
from pipeline.extract.rules import POPULATIONS, get_rules
from pipeline.extract.sentence_items import drug_before
from pipeline.extract.unit_tokens import merge_units

_ATTRS = [ORTH, LOWER, NORM, LEMMA, TAG, POS, MORPH, DEP, HEAD, ENT_TYPE, ENT_IOB, ENT_KB_ID]
_ATTRS += [SPACY, SENT_START, IDX]


def _corpus_sentences() -> tuple[str, ...]:
    return tuple(line for line in corpus_lines() if any(c.isdigit() for c in line))


def test_a_one_token_unit_is_the_token_a_merge_would_give() -> None:
    rules = get_rules()
    single = 0
    for line in _corpus_sentences():
        quick, plain = rules.nlp.make_doc(line), rules.nlp.make_doc(line)
        length = len(quick)
        merged = merge_units(quick, rules)
        assert merge_units(plain, rules, always_retokenize=True) == merged
        single += merged > 0 and len(quick) == length
        assert [t.text_with_ws for t in quick] == [t.text_with_ws for t in plain]
        assert (quick.to_array(_ATTRS) == plain.to_array(_ATTRS)).all(), line[:80]
        assert quick.user_data == plain.user_data
        assert [t.ent_type_ for t in quick] == [t.ent_type_ for t in plain]
    assert single > 500  # the shortcut was taken, many times


def test_a_sentence_without_a_plans_words_has_no_planned_group() -> None:
    rules = get_rules()
    lines = [*_corpus_sentences(), "A second study will enrol 120 mothers; 40 women took part."]
    tried = planned = 0
    for line in lines:
        doc = analyze(line).made_doc
        if doc is None or MAY_PLAN not in doc.user_data:
            continue
        quick = doc.user_data[MAY_PLAN]
        for key, start, end in rules.token_rules(doc, [POPULATIONS])[POPULATIONS]:
            span = Span(doc, start, end, label=key)
            doc.user_data[MAY_PLAN] = quick
            answer = planned_group(span)
            del doc.user_data[MAY_PLAN]
            assert answer == planned_group(span), line[:80]
            tried += 1
            planned += answer
    assert tried > 1000 and planned >= 1


def _assert_drug_before_as_searched_whole(text: str, end: int) -> None:
    rules = get_rules()
    quick = drug_before(text, end, rules)
    plain = rules.cue.drug_before.search(text[:end])
    assert (quick and (quick.span(), quick.groups())) == (plain and (plain.span(), plain.groups()))


def test_the_drug_named_before_a_value_is_found_as_in_the_whole_text_before_it() -> None:
    texts = [
        *_corpus_sentences(),
        "x" * 200 + " metformin hydrochloride 500 mg",
        "a" * 130 + " 3",
        "The mothers took" + " a-b" * 60 + " 5 mg",
    ]
    for text in texts:
        for at in [i for i, c in enumerate(text) if c.isdigit()] + [len(text)]:
            _assert_drug_before_as_searched_whole(text, at)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["sodium", "HCl", "ab", "-", " ", "\n", "1", ".", "\u212a", "z" * 50])
        | st.text(max_size=3),
        max_size=30,
    )
)
def test_the_drug_named_before_in_generated_text(pieces: list[str]) -> None:
    text = "".join(pieces)
    for end in range(0, len(text) + 1, 7):
        _assert_drug_before_as_searched_whole(text, end)
