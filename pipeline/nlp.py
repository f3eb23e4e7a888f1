"""The one spaCy pipeline: a blank English tokenizer tuned for clinical text, plus rule-based
sentence boundaries. No model is downloaded; the same object serves every stage in a process."""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from functools import _CacheInfo, lru_cache, wraps
from typing import Protocol, TypeVar, cast

import numpy
import spacy
from spacy.attrs import IS_STOP, LIKE_NUM, ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex
from thinc.types import Ints2d

# Words that end with a period without ending the sentence.
ABBREVIATIONS = frozenset(
    [
        "vs",
        "v",
        "al",
        "e.g",
        "i.e",
        "eg",
        "ie",
        "approx",
        "ca",
        "cf",
        "dr",
        "fig",
        "figs",
        "no",
        "nos",
        "st",
        "inc",
        "ltd",
        "jr",
        "sr",
        "mr",
        "mrs",
        "ms",
        "prof",
        "etc",
        "resp",
        "ref",
        "refs",
        "vol",
        "p",
        "pp",
        "ed",
        "eds",
        "mt",
        "ft",
        "wt",
    ]
)
_END = frozenset({".", "?", "!"})
_CLOSERS = frozenset({")", "]", '"', "\u201d", "'", "\u2019"})
_OPEN_CLOSE = {"[": "]", "(": ")"}
_IN_CITATION = frozenset({",", "-", "\u2013", " "})
_NOT_BEFORE_INITIAL = frozenset({"/"})


class _Tokens:
    """The token attributes the boundary rule reads, as arrays taken from the Doc in one call:
    making a Token object per token is what made the rule cost as much as tokenizing."""

    __slots__ = ("n", "orth", "like_num", "space", "stop", "strings", "_text")

    def __init__(self, doc: Doc) -> None:
        arr = doc.to_array([ORTH, LIKE_NUM, SPACY, IS_STOP])
        self.n = len(doc)
        self.orth = arr[:, 0]
        self.like_num = arr[:, 1].tolist()
        self.space = arr[:, 2].tolist()
        self.stop = arr[:, 3].tolist()
        self.strings = doc.vocab.strings
        self._text: dict[int, str] = {}

    def text(self, i: int) -> str:
        found = self._text.get(i)
        if found is None:
            found = self._text[i] = self.strings[int(self.orth[i])]
        return found


def _is_citation_bracket(toks: _Tokens, i: int) -> int:
    """If a "[1]", "[4,5]", "[3-5]" or "(2)" citation starts at token i, return the index after."""
    if i >= toks.n:
        return 0
    close = _OPEN_CLOSE.get(toks.text(i))
    if close is None:
        return 0
    j = i + 1
    while j < toks.n and (toks.like_num[j] or toks.text(j) in _IN_CITATION):
        j += 1
    if j < toks.n and toks.text(j) == close and j > i + 1:
        return j + 1
    return 0


def _skip_trailing_citations(toks: _Tokens, i: int) -> int:
    """Index after any citation brackets or closing marks that follow a sentence end at i."""
    n = toks.n
    j = i + 1
    while j < n:
        after = _is_citation_bracket(toks, j)
        if after:
            j = after
        elif toks.text(j) in _CLOSERS:
            j += 1
        else:
            break
    # "... >0.6 mmol/L. 1" or "... per day. 2, 1" closing a block: bare citation numbers.
    if 0 < n - j <= 7 and all(toks.like_num[k] or toks.text(k) == "," for k in range(j, n)):
        return n
    # "... into milk. 3 From these data, ...": a bare citation, then the next sentence.
    k = j
    while k < n and (_is_reference_number(toks.text(k)) or toks.text(k) == ","):
        k += 1
    if k > j and k < n and _is_reference_number(toks.text(k - 1)):
        nxt = toks.text(k)
        if nxt[:1].isupper() and not nxt.isupper() and toks.space[k - 1]:
            return k
    return j


def _is_reference_number(text: str) -> bool:
    return text.isdecimal() and 0 < int(text) <= 300  # isdigit() would take "²"


def _starts_sentence(token_text: str) -> bool:
    ch = token_text[:1]
    return ch.isupper() or ch.isdigit() or ch in {"(", "[", '"', "\u201c", "\u2018"}


# Token ORTH values are the strings' hashes: the end marks' hashes find them in one pass.
_MARK_IDS = numpy.array([get_string_id(m) for m in (*sorted(_END), ")")], dtype="uint64")


def sentence_starts(doc: Doc) -> list[int]:
    """Token indices that start a sentence, by rule: an end mark, then citations, then a
    capital, digit or bracket. Only the end marks are visited."""
    if not len(doc):
        return []
    toks = _Tokens(doc)
    n = toks.n
    starts = [0]
    is_mark = toks.orth == _MARK_IDS[0]
    for mark_id in _MARK_IDS[1:]:
        is_mark |= toks.orth == mark_id
    marks = numpy.flatnonzero(is_mark).tolist()
    i = 0
    for k in marks:
        if k < i:
            continue  # inside citations already consumed
        i = k
        mark = toks.text(i)
        if mark == ")" and i + 1 < n and toks.stop[i + 1] and toks.text(i + 1)[:1].isupper():
            # "...(range 0.15 to 10.15 mg/L) Three of the 9 women": a period went missing.
            starts.append(i + 1)
        if mark in _END and i > 0:
            prev = toks.text(i - 1)
            abbrev = prev.lower().rstrip(".") in ABBREVIATIONS and not toks.space[i - 1]
            initial = (
                len(prev) == 1
                and prev.isupper()
                and i > 1
                and toks.text(i - 2) not in _NOT_BEFORE_INITIAL
            )
            enumerator = i == 1 and toks.like_num[0]  # "1. Adults: ..." numbers a list item
            j = _skip_trailing_citations(toks, i)
            if (
                j < n
                and not abbrev
                and not initial
                and not enumerator
                and _starts_sentence(toks.text(j))
            ):
                starts.append(j)
            i = max(j, i + 1)
    return sorted(set(starts))  # increasing already; a duplicate would make an empty sentence


@Language.component("lactmed_sentences")
def lactmed_sentences(doc: Doc) -> Doc:
    """Sentence boundaries (Doc.sents) from sentence_starts, written in one array operation."""
    if len(doc):
        flags = numpy.full((len(doc), 1), -1, dtype="int32")
        flags[sentence_starts(doc), 0] = 1
        # thinc's Ints2d is a numpy array at run time; its stub type is not numpy's
        doc.from_array([SENT_START], cast(Ints2d, flags.astype("uint64")))
    return doc


def _customize_tokenizer(nlp: Language) -> None:
    """Split citation brackets and a period glued to them ("controls.[1]"), units after
    numbers ("2g"), and single capitals' periods ("mg/L.")."""
    defaults = nlp.Defaults
    tokenizer = nlp.tokenizer
    assert isinstance(tokenizer, Tokenizer)  # spacy.blank's; a custom one has no such rules
    infixes = [
        r"(?<=[^\s\[])\.(?=[\[(])",
        r"\[",
        r"\]",
        r"(?<=\.)\((?=\d)",
        r"(?<=\d)(?=[A-Za-z\u00b5\u03bc])",
        r"(?<=[A-Za-z%])(?=[\u2013\u2014])",
        r"[\u2013\u2014]",
        r"(?<=\d)-(?=\d)",
        r"(?<=[0-9])(?=[<>\u2264\u2265])",
        r"[<>\u2264\u2265~]",
        r"/",
        r"(?<=\d)%",
        r"\)(?=[.,;:\[])",
        r"(?<=[A-Za-z])=(?=\d)",
        r"\u00b1",
        r"(?<=\d)\)",
    ]
    tokenizer.infix_finditer = compile_infix_regex([*(defaults.infixes or ()), *infixes]).finditer
    prefixes = [*(defaults.prefixes or ()), r"\[", r"[<>\u2264\u2265~\u2248]"]
    tokenizer.prefix_search = compile_prefix_regex(prefixes).search
    suffixes = [*(defaults.suffixes or ()), r"\]", r"\.(?=$)", r"(?<=\d)%"]
    tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    # Drop exceptions that glue a period to a single letter ("L." in "mg/L.") or a unit, and
    # emoticons made of digits and signs, which read a number as one: "(n = 8)" ends in the
    # emoticon "8)", and "<3 ng/mL" begins with "<3".
    rules = {
        k: v
        for k, v in tokenizer.rules.items()
        if not (len(k) == 2 and k[0].isalpha() and k[1] == ".")
        and not (re.search(r"\d", k) and re.search(r"[()<>=:_-]", k))
    }
    tokenizer.rules = rules


# Threads (a Dask worker's) can ask for the pipeline or the rules at the same moment: each is
# built once, under one lock, so every thread gets the same object.
_LOADING = threading.RLock()
T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)


class Loaded(Protocol[T_co]):
    """What load_once returns: the builder's result on call, and lru_cache's two controls."""

    def __call__(self) -> T_co: ...
    def cache_clear(self) -> None: ...
    def cache_info(self) -> _CacheInfo: ...


def load_once(build: Callable[[], T]) -> Loaded[T]:
    """`build`'s result, built on first use and kept (lru_cache: cache_clear, cache_info)."""
    cached = lru_cache(maxsize=1)(build)

    @wraps(build)
    def get() -> T:
        with _LOADING:
            return cached()

    # A plain function (not a class instance) so pickle finds it by name in worker processes;
    # the checker cannot see attributes set on a function, hence the ignores and the cast.
    get.cache_clear = cached.cache_clear  # type: ignore[attr-defined]
    get.cache_info = cached.cache_info  # type: ignore[attr-defined]
    return cast("Loaded[T]", get)


@load_once
def get_nlp() -> Language:
    nlp = spacy.blank("en")
    _customize_tokenizer(nlp)
    nlp.add_pipe("lactmed_sentences")
    return nlp
