"""Token rules matched once per sentence over only the rules that can match: the same matches,
in the same order, as spaCy's Matcher over every rule of each group."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.attrs import IDS
from spacy.matcher import Matcher
from spacy.strings import get_string_id
from spacy.tokens import Doc

from pipeline.extract import matching
from pipeline.extract import rules as rules_module
from pipeline.extract.matching import required_word_sets, required_words
from pipeline.extract.rules import POPULATIONS, QUANTITIES, get_rules
from pipeline.extract.unit_tokens import merge_units
from pipeline.ingest.sentences import block_sentences
from pipeline.render.samples.inputs import record


def test_required_words_come_from_tokens_that_must_be_there() -> None:
    ratio = {"LOWER": {"IN": ["ratio", "ratios"]}}
    assert required_words([{"LIKE_NUM": True}, ratio]) == {"ratio", "ratios"}
    # Optional tokens ("?", "*", "{0,n}") require nothing; "{1,n}" and "+" do.
    assert required_words([{"LIKE_NUM": True}, {**ratio, "OP": "?"}]) is None
    assert required_words([{**ratio, "OP": "{0,3}"}]) is None
    assert required_words([{**ratio, "OP": "{1,3}"}]) == {"ratio", "ratios"}
    assert required_words([{"ORTH": "(", "OP": "+"}]) == {"("}
    # The smallest set of words wins; NOT_IN and REGEX name no required word.
    assert required_words([ratio, {"LOWER": "range"}]) == {"range"}
    assert required_words([{"LOWER": {"NOT_IN": ["a"]}}, {"TEXT": {"REGEX": "^x"}}]) is None


def test_each_required_token_gives_its_words() -> None:
    ratio = {"LOWER": {"IN": ["ratio", "ratios"]}}
    pattern = [{"LIKE_NUM": True}, {"ORTH": "("}, {**ratio, "OP": "?"}, {"LOWER": "of"}]
    assert required_word_sets(pattern) == [{"("}, {"of"}]
    assert required_word_sets([{**ratio, "OP": "{1,2}"}, {"TEXT": {"REGEX": "x"}}]) == [
        {"ratio", "ratios"}
    ]
    assert required_word_sets([{"LIKE_NUM": True}]) == []
    # A sentence with "(" but not "of" cannot match the first pattern: no rule is tried.
    rules = get_rules()
    fresh = matching.TokenRuleMatcher(rules.nlp.vocab, [matching.TokenRule("g", "K|k", pattern)])
    assert fresh(rules.nlp.make_doc("It was 3 (ratio) in milk."), ["g"]) == {"g": []}
    assert not fresh._sightings and not fresh._whole
    assert fresh(rules.nlp.make_doc("3 (ratio of"), ["g"])["g"] == [(get_string_id("K|k"), 0, 4)]


def plain_matches(doc: Doc, group: str) -> list[tuple[int, int, int]]:
    """What a single spaCy Matcher over every rule of the group finds (the reference)."""
    rules = get_rules()
    matcher = Matcher(doc.vocab)
    for rule in rules.token_rules.rules:
        if rule.group == group:
            matcher.add(rule.key, [rule.pattern])
    return matcher(doc)


def assert_same_as_one_matcher_per_group(text: str) -> None:
    rules = get_rules()
    doc = rules.nlp.make_doc(text)
    merge_units(doc, rules)  # as analyze() does before matching
    for groups in ([QUANTITIES], [POPULATIONS], [QUANTITIES, POPULATIONS]):
        found = rules.token_rules(doc, groups)
        assert set(found) == set(groups)
        for group in groups:
            assert found[group] == plain_matches(doc, group), (text, group)


@pytest.mark.parametrize("build_after", [1, matching.BUILD_AFTER])
def test_record_sentences_match_as_with_one_matcher_per_group(
    build_after: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 1: each set of rules in a Matcher of its own; else mostly the groups' whole Matcher
    monkeypatch.setattr(matching, "BUILD_AFTER", build_after)
    monkeypatch.setattr(
        get_rules(),
        "token_rules",
        matching.TokenRuleMatcher(
            get_rules().nlp.vocab, get_rules().token_rules.rules, get_rules().token_rules.text_tests
        ),
    )
    sentences = [s for block in record().to_text().split("\n\n") for _, s in block_sentences(block)]
    assert len(sentences) > 20
    for sentence in sentences:
        assert_same_as_one_matcher_per_group(sentence)


# Words the rules name (numbers, units, rule words, people), so generated sentences match often.
NUMBERS = ["3", "12", "0.5", "1,500", "Ten", "two", "3-week-old"]
UNITS = ["mg", "mcg/L", "ng/mL", "%", "mg/kg", "daily"]
RULE_WORDS = ["ratio", "ratios", "range", "between", "and", "or", "to", "-", "(", ")", ";", ","]
RULE_WORDS += ["=", ":", "n", "N", "of", "the", "these", "who", "whose", "were", "was", "had"]
RULE_WORDS += ["other", "remaining", "in", "±", "SD", "relative", "risk", "hazard"]
RULE_WORDS += ["received", "took", "vs", "versus", "doses", "formula"]  # tests of "not a number"
PEOPLE = ["women", "infants", "mothers", "breastfed", "lactating", "milk", "plasma"]
WORDS = NUMBERS + UNITS + RULE_WORDS + PEOPLE


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=25))
def test_any_sentence_matches_as_with_one_matcher_per_group(words: list[str]) -> None:
    assert_same_as_one_matcher_per_group(" ".join(words))


def test_text_tests_are_flags_with_the_extensions_answers_for_old_and_new_words() -> None:
    rules = get_rules()
    tests = rules.token_rules.text_tests
    assert set(tests) == {"qnum", "count"}
    flags = rules.token_rules.flags.text_keys
    # Words the vocabulary has, and words it meets only after the flags were set.
    text = "Ten of 1,500 women (0.37) took Twenty-six mg, .04 and 877,778 or 123456789 x2 -3 +4."
    doc = rules.nlp.make_doc(text + " 4,2 1,234,567 zyxw9 Ninety-nine 100000")
    assert len(doc) > 20
    for token in doc:
        for name, key in flags.items():
            assert token.check_flag(IDS[key]) == token._.get(name), (token.text, name)


def test_no_group_asked_is_no_matching() -> None:
    rules = get_rules()
    doc = rules.nlp.make_doc("Ten women took 20 mg daily.")
    assert rules.token_rules(doc, []) == {}
    assert rules.token_rules(rules.nlp.make_doc(""), [QUANTITIES]) == {QUANTITIES: []}


def test_a_set_of_rules_seen_again_gets_its_own_matcher_with_the_same_matches(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(matching, "BUILD_AFTER", 2)
    rules = get_rules()
    fresh = matching.TokenRuleMatcher(
        rules.nlp.vocab, rules.token_rules.rules, rules.token_rules.text_tests
    )
    doc = rules.nlp.make_doc("The milk/plasma ratio was 0.5 (range 0.3 to 0.8) in 10 women.")
    merge_units(doc, rules)
    first = fresh(doc, [QUANTITIES, POPULATIONS])  # the groups' whole Matcher
    assert not fresh._matchers
    second = fresh(doc, [QUANTITIES, POPULATIONS])  # a Matcher of the rules that can match
    assert len(fresh._matchers) == 1
    assert len(next(iter(fresh._matchers))) < len(rules.token_rules.rules)
    assert first == second
    assert first[QUANTITIES] == plain_matches(doc, QUANTITIES)
    assert first[POPULATIONS] == plain_matches(doc, POPULATIONS)
    assert first[QUANTITIES] and first[POPULATIONS]


def test_matchers_kept_are_bounded_and_results_unchanged(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(matching, "MAX_KEPT_MATCHERS", 1)
    monkeypatch.setattr(matching, "BUILD_AFTER", 1)
    rules = get_rules()
    fresh = matching.TokenRuleMatcher(
        rules.nlp.vocab, rules.token_rules.rules, rules.token_rules.text_tests
    )
    for text in ("The milk/plasma ratio was 0.5.", "Ten women took 20 mg daily (n = 10)."):
        doc = rules.nlp.make_doc(text)
        merge_units(doc, rules)
        found = fresh(doc, [QUANTITIES, POPULATIONS])
        assert found[QUANTITIES] == plain_matches(doc, QUANTITIES)
        assert found[POPULATIONS] == plain_matches(doc, POPULATIONS)
        assert found[QUANTITIES] or found[POPULATIONS]
        assert len(fresh._matchers) == 1


def test_one_label_and_id_in_two_token_rule_files_is_refused(rule_files: Callable) -> None:
    clash = (
        '{"id": "pop.x", "label": "QTY", "shape": "%s", "pattern": [{"LOWER": "x"}], "note": "x"}\n'
    )
    rule_files({QUANTITIES: clash % "value", POPULATIONS: clash % "count"})
    with pytest.raises(rules_module.RuleError, match=r"populations.jsonl line 1 \(pop.x\)"):
        rules_module.get_rules()


def test_common_rules_added_to_every_set_change_no_match(monkeypatch: pytest.MonkeyPatch) -> None:
    # Every rule a sentence could match so far is common, and each set gets its own Matcher.
    monkeypatch.setattr(matching, "RECOUNT_EVERY", 1)
    monkeypatch.setattr(matching, "COMMON_SHARE", 10**9)
    monkeypatch.setattr(matching, "BUILD_AFTER", 1)
    rules = get_rules()
    fresh = matching.TokenRuleMatcher(
        rules.nlp.vocab, rules.token_rules.rules, rules.token_rules.text_tests
    )
    monkeypatch.setattr(rules, "token_rules", fresh)
    sentences = [s for block in record().to_text().split("\n\n") for _, s in block_sentences(block)]
    for sentence in sentences:
        assert_same_as_one_matcher_per_group(sentence)
    assert len(fresh._common_rules) >= 5  # so most sets held rules that could not match
    doc = rules.nlp.make_doc("Ten women took 20 mg daily.")
    merge_units(doc, rules)
    assert fresh(doc, [QUANTITIES, POPULATIONS]) == {
        QUANTITIES: plain_matches(doc, QUANTITIES),
        POPULATIONS: plain_matches(doc, POPULATIONS),
    }
