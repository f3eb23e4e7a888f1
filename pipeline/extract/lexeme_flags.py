"""Token tests of the rule files as lexeme flags, which spaCy's Matcher reads natively.

The Matcher calls Python for an extension attribute (`_: {qnum: false}`) or a word list
(`LOWER: {IN: [...]}`) on every token of every sentence, and building a Matcher turns each word
list into a Python object; a flag is one bit of the word's lexeme, read in C. Two kinds:
- text tests: extensions that read nothing but a token's text (`qnum`, `count`), set by the
  vocabulary on every word (spaCy runs the test once, when the word first turns up);
- a regular expression on the text (`TEXT: {REGEX: ...}`): a text test too;
- word lists on LOWER, ORTH or TEXT: set on a sentence's new words just before it is matched,
  every list's flag of a word at once from one look-up per attribute (a test per list, run on
  every word the vocabulary gets, would cost more than it saves).
A flag is the same test as what it replaces, so the matches are the same. spaCy leaves 45 flag
bits to users; a word list past them stays a list."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from spacy.attrs import IDS
from spacy.vocab import Vocab

# The lexeme flag bits spaCy leaves to users (its own attributes use 1 to 18).
FREE_FLAGS = tuple(f"FLAG{bit}" for bit in range(19, 64))
_LIST_ATTRS = {"LOWER": "LOWER", "ORTH": "ORTH", "TEXT": "ORTH"}
# Which LexemeFlags last set its flags on each vocabulary: vocabulary id -> the owner's serial
# number (numbers, not weak references to the owners: a class compiled by mypyc takes none; a
# number is never reused, so a new vocabulary at a dead one's id is claimed again).
_OWNERS: dict[int, int] = {}
_SERIALS = itertools.count()


class LexemeFlags:
    """The flags of one set of token rules over one vocabulary."""

    def __init__(self, vocab: Vocab, text_tests: Mapping[str, Callable[[str], bool]]) -> None:
        if len(text_tests) > len(FREE_FLAGS):
            raise ValueError(f"{len(text_tests)} text tests, {len(FREE_FLAGS)} flags")
        self.vocab = vocab
        self.text_keys = dict(zip(sorted(text_tests), FREE_FLAGS, strict=False))
        # flag key -> the test the vocabulary runs on each word (text tests, expressions)
        self._tests = {key: text_tests[name] for name, key in self.text_keys.items()}
        self._free = list(FREE_FLAGS[len(self.text_keys) :])
        self._lists: dict[tuple[str, str, frozenset[str]], str] = {}
        # word (lower case, or as written) -> the bits of the lists it is in
        self._bits: dict[str, dict[str, int]] = {"LOWER": {}, "ORTH": {}}
        self._not_in = 0  # the NOT_IN lists' bits: set for a word in none of them
        self._mask = 0  # every word list's bit
        self._marked: set[int] = set()  # ORTH ids of the words whose bits are set
        self._serial = next(_SERIALS)
        self._claim()

    def _claim(self) -> None:
        """Set this object's flags on the vocabulary: another set of rules may have used the
        same bits for other tests since (rules loaded again, a test's own rules)."""
        for key, test in self._tests.items():
            self.vocab.add_flag(test, IDS[key])
        self._marked = set()
        _OWNERS[id(self.vocab)] = self._serial

    def claim_bits(self, patterns: list[list[dict[str, Any]]]) -> None:
        """Give the bits to the word lists and expressions nearest the patterns' starts first:
        a pattern's first token is tested at every token of a sentence, a later one only where
        the pattern got that far, so a list left without a bit costs least there."""
        for depth in range(max(map(len, patterns), default=0)):
            for pattern in patterns:
                for attr, value in pattern[depth].items() if depth < len(pattern) else ():
                    self._regex_flag(attr, value) or self._list_flag(attr, value)

    def pattern(self, pattern: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """The pattern with its text tests and word lists as flag tests."""
        return [self._spec(spec) for spec in pattern]

    def _spec(self, spec: dict[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for attr, value in spec.items():
            if attr == "_" and isinstance(value, dict):
                rest = {}
                for name, wanted in value.items():
                    if name in self.text_keys and isinstance(wanted, bool):
                        out[self.text_keys[name]] = wanted
                    else:
                        rest[name] = wanted
                if rest:
                    out["_"] = rest
                continue
            key = self._regex_flag(attr, value) or self._list_flag(attr, value)
            if key is None:
                out[attr] = value
            else:
                out[key] = True
        return out

    def _regex_flag(self, attr: str, value: object) -> str | None:
        if attr not in ("TEXT", "ORTH") or not isinstance(value, dict) or set(value) != {"REGEX"}:
            return None
        if not isinstance(value["REGEX"], str):
            return None
        found = ("ORTH", "REGEX", frozenset([value["REGEX"]]))
        key = self._lists.get(found)
        if key is None:
            if not self._free:
                return None
            key = self._lists[found] = self._free.pop(0)
            # The Matcher's own test: the pattern searched in the token's text.
            test = self._tests[key] = _Search(re.compile(value["REGEX"]))
            self.vocab.add_flag(test, IDS[key])
        return key

    def _list_flag(self, attr: str, value: object) -> str | None:
        if attr not in _LIST_ATTRS or not isinstance(value, dict) or len(value) != 1:
            return None
        op, words = next(iter(value.items()))
        if op not in ("IN", "NOT_IN") or not isinstance(words, list):
            return None
        if not all(isinstance(w, str) for w in words):
            return None
        found = (_LIST_ATTRS[attr], op, frozenset(words))
        key = self._lists.get(found)
        if key is None:
            if not self._free:
                return None  # out of bits: the Matcher tests the list itself
            key = self._lists[found] = self._free.pop(0)
            bit = 1 << IDS[key]
            self._mask |= bit
            table = self._bits[found[0]]
            for word in found[2]:
                table[word] = table.get(word, 0) | bit
            if op == "NOT_IN":
                self._not_in |= bit
        return key

    def mark(self, orths: Iterable[int]) -> None:
        """Set the word-list bits of the words (ORTH ids) this object has not set yet."""
        if _OWNERS.get(id(self.vocab)) != self._serial:
            self._claim()
        if not self._mask:
            return
        lower, orth = self._bits["LOWER"], self._bits["ORTH"]
        for word in set(orths) - self._marked:
            lex = self.vocab[word]
            # A word's bit is its lists' bits (in a list), flipped for the NOT_IN lists.
            bits = (lower.get(lex.lower_, 0) | orth.get(lex.orth_, 0)) ^ self._not_in
            lex.flags = (lex.flags & ~self._mask) | bits
            self._marked.add(word)


class _Search:
    """A pattern's search as a test of a word's text (a class, not a closure: a vocabulary's
    tests must pickle)."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern

    def __call__(self, text: str) -> bool:
        return self.pattern.search(text) is not None
