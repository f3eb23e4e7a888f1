"""Is a hyphen at a line end the typesetter's (drop it) or the word's own (keep it)?

Decided with a lexicon, not with the document's spellings alone: real typesetting hyphenates
any long word ("thera-peutically", "ev-ery"), most of them written only once. The lexicon is
wordfreq's English word list (its data ships in the wheel; no download), plus the units the
extraction rules know and the drug names a document gives. The document's own spellings
still break a tie: a form it writes mid-line ("O-desmethyltramadol", "breastmilk") wins.
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from importlib import resources

from pipeline.nlp import load_once

# Prefixes that take a real hyphen in clinical English ("non-supplemented", "self-reported").
HYPHEN_PREFIXES = frozenset(
    [
        "non",
        "pre",
        "post",
        "anti",
        "co",
        "self",
        "semi",
        "multi",
        "inter",
        "intra",
        "extra",
        "over",
        "under",
        "sub",
        "super",
        "ultra",
        "re",
        "de",
        "mid",
        "long",
        "short",
        "high",
        "low",
        "well",
        "ill",
        "half",
        "all",
        "cross",
        "double",
        "single",
        "twice",
        "once",
        "three",
        "two",
        "one",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "first",
        "second",
        "third",
        "dose",
        "time",
        "age",
        "weight",
    ]
)
# Compounds English writes with a hyphen though the solid form is also in the word list
# ("followup", "longterm" occur as typos often enough to be counted).
HYPHENATED_COMPOUNDS = frozenset(
    [
        "long-term",
        "short-term",
        "follow-up",
        "half-life",
        "well-being",
        "full-term",
        "full-time",
        "part-time",
        "x-ray",
        "up-to-date",
        "day-to-day",
        "on-demand",
        "in-vitro",
        "in-vivo",
        "decision-making",
        "work-up",
    ]
)
# Endings that never begin a word: after a line-end hyphen they finish the word before it
# ("limp-" "ness", "medica-" "tion"), however common they are as strings.
SUFFIXES = frozenset(
    ["ness", "nesses", "ment", "ments", "tion", "tions", "sion", "sions", "ity", "ities"]
    + ["ings", "ingly", "edly", "ously", "ically", "ization", "izations"]
)
# Zipf frequency (log10 of uses per billion words) at which a string is an English word.
WORD_ZIPF = 2.0
# A fragment must be commoner than this to be read as a word of its own: word lists count
# stray syllables ("thera", "ev") as names and abbreviations at lower frequencies.
PART_ZIPF = 3.0
SHORT_PART_ZIPF = 5.0  # two-letter fragments: only the commonest words ("up", "in")
COMMON_ZIPF = 4.0  # a common word ("water", "decision")
_VOWELS = frozenset("aeiou")
_UNIT_WORD = re.compile(r"[a-z]{3,}")


@load_once
def _english() -> dict[str, float]:
    """Zipf frequency of each English word at or above WORD_ZIPF, from wordfreq's packed list
    (read once per process; rarer words are never asked about, and leaving them out, with
    wordfreq's own caches, keeps some 60 MB out of every worker)."""
    from wordfreq import get_frequency_list

    buckets = get_frequency_list("en", "best")  # bucket i: words at -i centibels
    last = round((9 - WORD_ZIPF) * 100)
    words = {w: 9 - i / 100 for i, bucket in enumerate(buckets[: last + 1]) for w in bucket}
    get_frequency_list.cache_clear()
    return words


def zipf(word: str) -> float:
    """Zipf frequency (log10 of uses per billion words); 0 for words rarer than WORD_ZIPF."""
    return _english().get(word.lower(), 0.0)


@load_once
def unit_words() -> frozenset[str]:
    """Spelled-out units from the extraction rules ("milligrams", "microgram")."""
    text = resources.files("pipeline.extract").joinpath("rules/units.jsonl").read_text("utf-8")
    words: set[str] = set()
    for line in text.splitlines():
        if line.strip():
            for pattern in json.loads(line).get("pattern", []):
                words.update(w for w in str(pattern).lower().split() if _UNIT_WORD.fullmatch(w))
    return frozenset(words)


@dataclass(frozen=True)
class Lexicon:
    """What the hyphen decision knows beyond the English word list."""

    names: frozenset[str] = frozenset()  # drug names and units, lower case
    solid: frozenset[str] = field(default=frozenset())  # words the document writes mid-line
    hyphenated: frozenset[str] = field(default=frozenset())  # "a-b" forms it writes mid-line

    def is_word(self, word: str) -> bool:
        return word in self.names or zipf(word) >= WORD_ZIPF

    def is_part(self, fragment: str, *, first: bool) -> bool:
        """Is a fragment a word on its own (so that the pair may be a compound)?"""
        if fragment in self.names or (first and fragment in HYPHEN_PREFIXES):
            return True
        floor = PART_ZIPF if len(fragment) >= 3 else SHORT_PART_ZIPF
        return zipf(fragment) >= floor


_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*[A-Za-z]|[A-Za-z]")


def document_lexicon(text: str, names: Iterable[str] = ()) -> Lexicon:
    """The lexicon for one document: its mid-line spellings, its drug names, known units."""
    words = {m.group(0).lower() for m in _WORD.finditer(text)}
    drug_words = {w for n in names for w in re.findall(r"[a-z]{4,}", n.lower())}
    return Lexicon(
        names=unit_words() | drug_words,
        solid=frozenset(w for w in words if "-" not in w),
        hyphenated=frozenset(w for w in words if "-" in w),
    )


def as_lexicon(vocab: Lexicon | Collection[str]) -> Lexicon:
    """A Lexicon from a plain set of the document's words (the older calling convention)."""
    if isinstance(vocab, Lexicon):
        return vocab
    return Lexicon(
        names=unit_words(),
        solid=frozenset(w for w in vocab if "-" not in w),
        hyphenated=frozenset(w for w in vocab if "-" in w),
    )


def keeps_hyphen(first: str, second: str, lexicon: Lexicon) -> bool:
    """True when "first-" at a line end and "second" on the next line are one hyphenated word.

    In order: a capital or digit after the break, or a single letter or acronym before it, is
    a name ("O-desmethyltramadol", "HIV-negative"); the document's own mid-line spelling; known
    hyphenated compounds; a prefix before the same vowel ("pre-eclampsia"); then, when both
    fragments are words, the pair is a compound unless the joined form is a word itself
    ("weight-adjusted" but "re-main"); fragments that are not words are a broken word."""
    if not second[:1].islower() or len(first) == 1 or first.isupper():
        return True
    a, b = first.lower(), second.lower()
    solid, compound = a + b, f"{a}-{b}"
    if (compound in lexicon.hyphenated) != (solid in lexicon.solid):
        return compound in lexicon.hyphenated
    if compound in HYPHENATED_COMPOUNDS:
        return True
    if b in SUFFIXES:
        return False
    if a[-1] in _VOWELS and b[0] == a[-1] and (a in HYPHEN_PREFIXES or lexicon.is_word(a)):
        return True  # "pre-eclampsia", "cyclo-oxygenase": a hyphen parts the same two vowels
    # After a prefix or a common word any word counts ("non-lactating", "water-miscible");
    # else only common ones, as word lists count syllables ("ery") among their rare words.
    b_is_part = lexicon.is_part(b, first=False) or (
        (a in HYPHEN_PREFIXES or zipf(a) >= COMMON_ZIPF) and lexicon.is_word(b)
    )
    if _drug_name(a) and _drug_name(b):
        return True  # "sulfadoxine-pyrimethamine": two whole drug names, not one cut in two
    if not (lexicon.is_part(a, first=True) and b_is_part):
        return False
    return not lexicon.is_word(solid)


# Endings of whole drug names; a typesetter's break inside one name leaves a first fragment
# that ends mid-syllable ("hydroxychlo-", "venlafax-"), so two fragments that both end like a
# name are two names.
_DRUG_ENDINGS = (
    "ine",
    "ole",
    "ide",
    "ate",
    "one",
    "pam",
    "lam",
    "cin",
    "vir",
    "mab",
    "pril",
    "olol",
    "sartan",
    "azole",
    "oxacin",
    "mycin",
    "cillin",
    "prim",
    "fen",
    "xib",
)


def _drug_name(fragment: str) -> bool:
    return len(fragment) >= 7 and fragment.endswith(_DRUG_ENDINGS)


_RECORD_NAME = re.compile(
    r"^\s*(?:(.{3,60}?) levels and effects\b|drug detail\s*:\s*(.{3,60})$)", re.I | re.M
)
_SUBSTANCE = re.compile(r"^\s*substance name\s*:?\s*\n?\s*(\S.{2,60})$", re.I | re.M)


def record_names(text: str) -> list[str]:
    """Drug names a record states in its banner ("Cefazolin Levels and Effects ...",
    "Drug Detail: Cefazolin") or its Substance Name field."""
    names = [m.group(1) or m.group(2) for m in _RECORD_NAME.finditer(text)]
    names += [m.group(1) for m in _SUBSTANCE.finditer(text)]
    return [n for n in names if n and n.strip().lower() != "drug"]
