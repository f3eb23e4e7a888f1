"""Word lists and text tests as lexeme flags: spaCy's Matcher finds with the flags what it
finds with the lists and extensions themselves, for words the vocabulary had and words it gets
later, and when two sets of rules take turns on one vocabulary."""

from __future__ import annotations

from typing import Any

import spacy
from spacy.matcher import Matcher
from spacy.tokens import Doc, Token

from pipeline.extract.lexeme_flags import FREE_FLAGS, LexemeFlags

PATTERNS: dict[str, list[dict[str, Any]]] = {
    "took": [{"LOWER": {"IN": ["took", "received"]}}, {"_": {"digits": True}}],
    "not_stop": [{"ORTH": {"NOT_IN": [".", ";", "and"]}, "OP": "{2,4}"}, {"ORTH": "mg"}],
    "ratio": [{"TEXT": {"IN": ["Ratio", "ratio"]}}, {"_": {"digits": False}, "OP": "+"}],
    "who": [{"LOWER": {"NOT_IN": ["who", "whose"]}}, {"LOWER": {"IN": ["who", "whose"]}}],
    "capital": [{"TEXT": {"REGEX": "^[A-Z]"}}, {"LOWER": {"IN": ["women", "was"]}}],
}
TEXTS = [
    "Ten women took 20 mg and 3 received 40 mg; those WHO took more.",
    "The Ratio was 0.5 and the ratio 12 in 7 women whose infants slept.",
    "Brand-new zyxwords appear: Took 99 xq mg . And ratio qq 5 Received 7 women.",
]


def _digits(t: Token) -> bool:
    return t.text.isdigit()


def _matches(nlp: spacy.Language, patterns: dict[str, list[dict[str, Any]]], doc: Doc) -> list:
    matcher = Matcher(nlp.vocab, validate=False)  # spaCy validates no flag keys
    for key, pattern in patterns.items():
        matcher.add(key, [pattern])
    return matcher(doc)


def test_flagged_patterns_match_as_the_lists_and_extensions_do() -> None:
    nlp = spacy.blank("en")
    Token.set_extension("digits", getter=_digits, force=True)
    nlp.make_doc(TEXTS[0])  # words the vocabulary has before the flags are set
    flags = LexemeFlags(nlp.vocab, {"digits": str.isdigit})
    flagged = {k: flags.pattern(p) for k, p in PATTERNS.items()}
    assert all("_" not in spec for p in flagged.values() for spec in p)
    assert all(
        not isinstance(v, dict) for p in flagged.values() for spec in p for v in spec.values()
    )  # every list, expression and text test is a flag
    for text in TEXTS:
        doc = nlp.make_doc(text)
        flags.mark(t.orth for t in doc)
        found = _matches(nlp, flagged, doc)
        assert found == _matches(nlp, PATTERNS, doc), text
        assert found


def test_two_sets_of_rules_taking_turns_on_one_vocabulary_each_find_their_own() -> None:
    nlp = spacy.blank("en")
    Token.set_extension("digits", getter=_digits, force=True)
    other_patterns = {
        "k": [{"LOWER": {"IN": ["women", "infants"]}}],
        "w": [{"TEXT": {"REGEX": "^w"}}, {"ORTH": {"IN": ["and", "took"]}}],
    }
    first = LexemeFlags(nlp.vocab, {"digits": str.isdigit})
    second = LexemeFlags(nlp.vocab, {"digits": str.isdigit})
    ours = {k: first.pattern(p) for k, p in PATTERNS.items()}
    theirs = {k: second.pattern(p) for k, p in other_patterns.items()}
    # The same bits for other tests: a list and a list, an expression and a list.
    assert next(iter(theirs["k"][0])) == next(iter(ours["took"][0]))
    assert next(iter(theirs["w"][0])) == next(iter(ours["not_stop"][0]))
    for _ in range(2):
        for text in TEXTS:
            doc = nlp.make_doc(text)
            first.mark(t.orth for t in doc)
            assert _matches(nlp, ours, doc) == _matches(nlp, PATTERNS, doc)
            second.mark(t.orth for t in doc)
            assert _matches(nlp, theirs, doc) == _matches(nlp, other_patterns, doc)
            assert _matches(nlp, theirs, doc)


def test_lists_past_the_free_bits_stay_lists() -> None:
    nlp = spacy.blank("en")
    flags = LexemeFlags(nlp.vocab, {})
    many = [[{"LOWER": {"IN": [f"w{i}"]}}] for i in range(len(FREE_FLAGS) + 3)]
    compiled = [flags.pattern(p) for p in many]
    assert [next(iter(p[0])) for p in compiled[: len(FREE_FLAGS)]] == list(FREE_FLAGS)
    assert [p[0] for p in compiled[len(FREE_FLAGS) :]] == [p[0] for p in many[len(FREE_FLAGS) :]]
    doc = nlp.make_doc("w0 w44 w46 x")
    flags.mark(t.orth for t in doc)
    patterns = {f"k{i}": p for i, p in enumerate(many)}
    flagged = {f"k{i}": p for i, p in enumerate(compiled)}
    assert _matches(nlp, flagged, doc) == _matches(nlp, patterns, doc)
    assert len(_matches(nlp, flagged, doc)) == 3
