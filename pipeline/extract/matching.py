"""spaCy's Matcher, run once per sentence over only the token rules that can match it.

The Matcher's cost grows with rules x tokens (every rule starts a state at every token), and
each call makes a Python object per token. So:
- Rule files are groups ("quantities.jsonl", "populations.jsonl"); a sentence is matched
  once, over the groups it needs, and the matches come back per group.
- Most rules need a word that most sentences lack ("ratio", "range", "n", "who"). Each rule's
  required words are read off its pattern when the rules load: a token that must be there (no
  "?", "*" or "{0,n}") and must be one of a few words (LOWER / ORTH / TEXT: a string or an IN
  list). Only rules each of whose required tokens has one of its words in the sentence (or
  that require none) go into the Matcher. The Matcher for each such set of rules is built
  once and kept.
- Building a Matcher for a set of rules costs more than matching a sentence with the groups'
  whole Matcher (every rule of those groups, built once), and on varied text most sets turn
  up once or twice (621 sets in 2,158 sentences of the evaluation corpora). So a set runs in
  the whole Matcher until it has turned up BUILD_AFTER times, then gets a Matcher of its own
  (4 was the fastest of 1 to 32 on those corpora and on the benchmark's records alike; 3 since
  the common rules join every set, below).
- The rules a sentence can match are found from its words through an index of each required
  word's rules.
- Most sentences hold the words of the same few rules ("(", "of", "and"): the rules that were
  among those a sentence could match in at least 1 in COMMON_SHARE of the sentences so far
  go into every set of their groups (a rule that cannot match adds no match). The sets then
  differ only by their rarer rules, and so turn up often enough to get a Matcher of their own
  (speed only: the same matches).
- Extension tests that read only a token's text (`_: {qnum: false}`) and word lists
  (`LOWER: {IN: [...]}`) reach the Matcher as lexeme flags (lexeme_flags.py), which it reads
  in C: the same tests, so the same matches, without a Python call per token.

Each group's matches are the same list, in the same order, as one Matcher over just that
group's rules: a rule left out could not have matched, and rules keep their relative order
(the Matcher's states move on independently, in the order their rules were added).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from spacy.attrs import LOWER, ORTH
from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from pipeline.extract.lexeme_flags import LexemeFlags

Match = tuple[int, int, int]  # (match id, start token, end token), as the Matcher gives
_LITERAL_KEYS = ("LOWER", "ORTH", "TEXT")
MAX_KEPT_MATCHERS = 1024
BUILD_AFTER = 3
COMMON_SHARE = 10
RECOUNT_EVERY = 32  # sentences between two updates of the common rules


@dataclass(frozen=True)
class TokenRule:
    group: str  # the rule file it comes from
    key: str  # the Matcher key: "LABEL|rule id"
    pattern: list[dict[str, Any]]  # validated spaCy token pattern


def _required(spec: dict[str, Any]) -> bool:
    op = spec.get("OP")
    if op in ("?", "*", "!"):
        return False
    if isinstance(op, str) and op.startswith("{"):
        low = op[1:-1].split(",")[0].strip()
        return bool(low) and int(low) > 0
    return True


def required_word_sets(pattern: list[dict[str, Any]]) -> list[frozenset[str]]:
    """For each token a match must have, the words one of which it must be (for the tokens
    that name words). Compared with tokens as written and lower-cased alike: a needless hit
    only costs time, a missed one would lose a match."""
    found = []
    for spec in pattern:
        if not _required(spec):
            continue
        for key in _LITERAL_KEYS:
            value = spec.get(key)
            if isinstance(value, str):
                found.append(frozenset({value}))
            elif isinstance(value, dict) and set(value) == {"IN"}:
                found.append(frozenset(value["IN"]))
    return found


def required_words(pattern: list[dict[str, Any]]) -> frozenset[str] | None:
    """The fewest words one of which a match must contain, or None if the pattern names none
    (it then runs on every sentence)."""
    best: frozenset[str] | None = None
    for words in required_word_sets(pattern):
        if best is None or len(words) < len(best):
            best = words
    return best


class TokenRuleMatcher:
    """Matches groups of token rules in one Matcher call per sentence. `text_tests` are the
    extensions that read only a token's text (name -> test of the text), matched as flags."""

    def __init__(
        self,
        vocab: Vocab,
        rules: list[TokenRule],
        text_tests: Mapping[str, Callable[[str], bool]] | None = None,
    ) -> None:
        self.vocab = vocab
        self.rules = rules
        self.text_tests = dict(text_tests or {})
        self.flags = LexemeFlags(vocab, self.text_tests)
        self.flags.claim_bits([r.pattern for r in rules])
        self._patterns = [self.flags.pattern(r.pattern) for r in rules]
        self.anchors: list[frozenset[int] | None] = []
        # each rule's other required tokens' words: a rule is left out unless each has one
        self._also: list[tuple[frozenset[int], ...]] = []
        for rule in rules:
            words = required_words(rule.pattern)
            self.anchors.append(
                None if words is None else frozenset(vocab.strings.add(w) for w in words)
            )
            sets = {frozenset(map(vocab.strings.add, w)) for w in required_word_sets(rule.pattern)}
            self._also.append(tuple(sorted(sets - {self.anchors[-1]}, key=len)))
        self._group_of = {vocab.strings.add(r.key): r.group for r in rules}
        self._group_at = [r.group for r in rules]
        # An index from each required word to the rules that need it: the rules a sentence can
        # match come from the words it has, not from a test of every rule.
        self._unanchored = tuple(i for i, ids in enumerate(self.anchors) if ids is None)
        rules_with: dict[int, list[int]] = {}
        for i, ids in enumerate(self.anchors):
            for word in ids or ():
                rules_with.setdefault(word, []).append(i)
        self._rules_with = {word: tuple(found) for word, found in rules_with.items()}
        self._anchor_words = frozenset(rules_with)
        self._rule_words = self._anchor_words.union(*(w for also in self._also for w in also))
        self._matchers: dict[tuple[int, ...], Matcher] = {}
        self._sightings: dict[tuple[int, ...], int] = {}
        self._whole: dict[frozenset[str], Matcher] = {}  # every rule of these groups
        self._active_counts = [0] * len(rules)  # sentences each rule could match
        self._sentences = 0
        self._common: dict[frozenset[str], frozenset[int]] = {}  # per groups: their common rules
        self._common_rules: frozenset[int] = frozenset()

    def _padded(self, active: list[int], wanted: frozenset[str]) -> tuple[int, ...]:
        """The sentence's rules with the common rules of its groups (see the module's notes)."""
        counts = self._active_counts
        for i in active:
            counts[i] += 1
        self._sentences += 1
        if self._sentences % RECOUNT_EVERY == 0:
            least = self._sentences / COMMON_SHARE
            self._common_rules = frozenset(i for i, n in enumerate(counts) if n >= least)
            self._common.clear()
        common = self._common.get(wanted)
        if common is None:
            group_of = self._group_at
            common = frozenset(i for i in self._common_rules if group_of[i] in wanted)
            self._common[wanted] = common
        return tuple(sorted(common.union(active)))

    def _built(self, rule_indices: Iterable[int]) -> Matcher:
        # The patterns were validated when the rules loaded (rules.get_rules).
        matcher = Matcher(self.vocab, validate=False)
        for i in rule_indices:
            matcher.add(self.rules[i].key, [self._patterns[i]])
        return matcher

    def _matcher(self, active: tuple[int, ...], wanted: frozenset[str]) -> Matcher:
        matcher = self._matchers.get(active)
        if matcher is not None:
            return matcher
        seen = self._sightings.get(active, 0) + 1
        if seen < BUILD_AFTER:
            if len(self._sightings) >= 16 * MAX_KEPT_MATCHERS:
                self._sightings.clear()  # only bounds memory
            self._sightings[active] = seen
            whole = self._whole.get(wanted)
            if whole is None:
                in_groups = (i for i, r in enumerate(self.rules) if r.group in wanted)
                whole = self._whole[wanted] = self._built(in_groups)
            return whole
        if len(self._matchers) >= MAX_KEPT_MATCHERS:
            self._matchers.clear()  # sets of rules seen are few; this only bounds memory
        self._sightings.pop(active, None)
        matcher = self._matchers[active] = self._built(active)
        return matcher

    def __call__(self, doc: Doc, groups: Iterable[str]) -> dict[str, list[Match]]:
        """Matches of the rules of `groups` in doc, per group (every asked group is a key)."""
        wanted = frozenset(groups)
        found: dict[str, list[Match]] = {g: [] for g in wanted}
        if not wanted or not len(doc):
            return found
        words = doc.to_array([ORTH, LOWER])
        present = self._rule_words.intersection(words.ravel().tolist())
        can_match = set(self._unanchored)
        rules_with = self._rules_with
        for word in present:
            can_match.update(rules_with.get(word, ()))
        group_of, also = self._group_at, self._also
        active = []
        for i in can_match:  # plain loops: no generator per rule on this hot path
            if group_of[i] in wanted:
                for words_needed in also[i]:
                    if words_needed.isdisjoint(present):
                        break
                else:
                    active.append(i)
        if active:
            self.flags.mark(words[:, 0].tolist())
            for match in self._matcher(self._padded(active, wanted), wanted)(doc):
                found[self._group_of[match[0]]].append(match)
        return found
