"""The quick "no" before a regular expression (extract/quick_search.py) never says no where the
pattern finds something, and a case-insensitive pattern's lower-cased twin finds what it finds:
checked on hand-written patterns, on every pattern the decision table and the statements test,
over the evaluation corpora's own sentences and over generated text."""

from __future__ import annotations

import re
from dataclasses import fields
from functools import cache

import pytest
from corpora import corpus_lines
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract.quick_search import QuickPattern, lowered_twin, needed_strings
from pipeline.extract.rules import get_rules


def test_strings_a_match_needs() -> None:
    assert needed_strings(re.compile(r"\b(?:serum|plasma|blood)\b", re.I)) == {
        "serum",
        "plasma",
        "blood",
    }
    # The rarest choice in a sequence: the longest shortest string.
    assert needed_strings(re.compile(r"\bno (?:difference|effect|change)", re.I)) == {
        "difference",
        "effect",
        "change",
    }
    assert needed_strings(re.compile(r"(?:ab)+cd?", re.I)) == {"ab"}
    assert needed_strings(re.compile(r"Milk", 0)) == {"Milk"}  # case kept when it counts
    assert needed_strings(re.compile(r"MILK", re.I)) == {"milk"}


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?:milk)?",  # may match nothing
        r"milk|\d+",  # one alternative needs no string
        r"(?-i:Milk)",  # a group with flags of its own
        r"(?=milk)",  # a lookahead
        r"m[iy]lk",  # a class cuts every run to one letter... 'm' and 'lk' remain
    ],
)
def test_patterns_that_give_nothing_or_only_what_is_sure(pattern: str) -> None:
    found = needed_strings(re.compile(pattern, re.I))
    if pattern == r"m[iy]lk":
        assert found == {"lk"}
    else:
        assert found is None


def test_unicode_case_folding_is_left_to_the_pattern() -> None:
    kelvin = QuickPattern(re.compile(r"\bkg\b", re.I))
    assert kelvin.pattern.search("5 \u212ag")  # the Kelvin sign folds to k
    assert not kelvin.cannot_match("5 \u212ag")
    assert kelvin.cannot_match("5 mg")
    exact = QuickPattern(re.compile("kg"))
    assert exact.cannot_match("5 KG") and not exact.pattern.search("5 KG")


@cache
def _quick_patterns() -> list[QuickPattern]:
    """Every pattern the decision table and the statements test, with its quick test."""
    rules = get_rules()
    out = [c.pattern for steps in rules.decisions.steps.values() for s in steps for c in s.when]
    out += [c.pattern for steps in rules.decisions.steps.values() for s in steps for c in s.unless]
    out += [c.pattern for steps in rules.decisions.steps.values() for s in steps for c in s.any_of]
    # fields(), not vars(): the class may be compiled by mypyc, which gives it no __dict__
    cues = [getattr(rules.cue, f.name) for f in fields(rules.cue)]
    out += [p for p in cues if isinstance(p, re.Pattern)]
    out += [q.pattern for _, q in rules.designs]
    out += [q.pattern for q in rules.drug_mentions]
    return [QuickPattern(p) for p in out]


def test_never_no_where_a_pattern_matches_a_corpus_sentence() -> None:
    quick = _quick_patterns()
    assert sum(q.needs is not None for q in quick) > 100
    said_no = 0
    for line in corpus_lines():
        for q in quick:
            if q.cannot_match(line):
                said_no += 1
                assert q.pattern.search(line) is None, (q.pattern.pattern, line)
                assert q.match(line) is None and q.search(line) is None
            else:
                found, plain = q.search(line), q.pattern.search(line)
                assert (found and found.span()) == (plain and plain.span())
    assert said_no > 10_000  # the test does rule out most searches


_PIECES = ["milk", "MILK", "serum", "Plasma", "n = 4", "no ", "not", "effect", "\u212a", "ſ"]
_PIECES += ["infant", "women", "vs.", "; ", ", compared", "case of", "did not", "-", " ", "İ"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES) | st.text(max_size=4), max_size=12))
def test_never_no_where_a_pattern_matches_generated_text(pieces: list[str]) -> None:
    text = "".join(pieces)
    for q in _quick_patterns():
        if q.cannot_match(text):
            assert q.pattern.search(text) is None, (q.pattern.pattern, text)


@pytest.mark.parametrize(
    ("pattern", "twin"),
    [
        (r"\b(?:serum|plasma)\s+levels?\b|\bn\s*[=:]", True),
        (r"[a-z]{3,}(?=\s)|(?<!\d)[0-9.]+%|[^;]+", True),
        (r"Milk", False),  # an upper-case letter: the twin would never find it
        (r"[A-Z]\w+", False),
        (r"[@-Z]", False),  # a range over upper-case letters
        (r"(?-i:milk) level", False),  # a group with flags of its own
        (r"(a)b\1", False),  # a back-reference
        ("\u212a", False),  # the Kelvin sign folds to k
        ("[\u017f]", False),  # so does the long s, to s
        ("\u2013|\u00b5g", True),  # a dash and the micro sign fold to no ASCII letter
    ],
)
def test_a_twin_only_where_lower_casing_keeps_every_match(pattern: str, twin: bool) -> None:
    found = lowered_twin(re.compile(pattern, re.I))
    assert (found is not None) is twin
    if found is not None:
        assert not found.flags & re.I
    assert lowered_twin(re.compile(pattern.lower())) is None  # case-sensitive already


def _assert_twin_answers_as_the_pattern(q: QuickPattern, text: str) -> None:
    found = q.found(text)
    assert found == (q.pattern.search(text) is not None), (q.pattern.pattern, text)
    assert q.found_at_start(text) == (q.pattern.match(text) is not None), (q.pattern.pattern, text)
    if found:
        assert q.spans(text) == [m.span() for m in q.pattern.finditer(text)]
    if found and q.twin is not None and text.isascii():  # else the pattern's own matches
        lowered = [(m.regs, m.group(0)) for m in q.lowered_finditer(text)]
        assert lowered == [(m.regs, m.group(0).lower()) for m in q.pattern.finditer(text)]


def test_a_twin_finds_what_its_pattern_finds_incorpus_lines() -> None:
    quick = [q for q in _quick_patterns() if q.twin is not None]
    assert len(quick) > 150  # nearly every case-insensitive pattern has one
    for line in corpus_lines()[::2]:  # every other line: half the time, the same kinds
        for q in quick:
            _assert_twin_answers_as_the_pattern(q, line)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES) | st.text(max_size=4), max_size=12))
def test_a_twin_finds_what_its_pattern_finds_in_generated_text(pieces: list[str]) -> None:
    text = "".join(pieces)
    for q in _quick_patterns():
        _assert_twin_answers_as_the_pattern(q, text)
