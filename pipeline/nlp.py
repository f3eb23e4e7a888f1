"""The one spaCy pipeline: a blank English tokenizer tuned for clinical text, plus rule-based
sentence boundaries. No model is downloaded; the same object serves every stage in a process."""

from __future__ import annotations

from functools import lru_cache

import numpy
import spacy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

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
_END = {".", "?", "!"}
_CLOSERS = {")", "]", '"', "\u201d", "'", "\u2019"}


_OPEN_CLOSE = {"[": "]", "(": ")"}


def _is_citation_bracket(doc: Doc, i: int) -> int:
    """If a "[1]", "[4,5]", "[3-5]" or "(2)" citation starts at token i, return the index after."""
    if i >= len(doc) or doc[i].text not in _OPEN_CLOSE:
        return 0
    close = _OPEN_CLOSE[doc[i].text]
    j = i + 1
    while j < len(doc) and (doc[j].like_num or doc[j].text in {",", "-", "\u2013", " "}):
        j += 1
    if j < len(doc) and doc[j].text == close and j > i + 1:
        return j + 1
    return 0


def _skip_trailing_citations(doc: Doc, i: int) -> int:
    """Index after any citation brackets or closing marks that follow a sentence end at i."""
    j = i + 1
    while j < len(doc):
        after = _is_citation_bracket(doc, j)
        if after:
            j = after
        elif doc[j].text in _CLOSERS:
            j += 1
        else:
            break
    # "... >0.6 mmol/L. 1" or "... per day. 2, 1" closing a block: bare citation numbers.
    rest = doc[j:]
    if len(rest) and all(t.like_num or t.text == "," for t in rest) and len(rest) <= 7:
        return len(doc)
    # "... into milk. 3 From these data, ...": a bare citation, then the next sentence.
    k = j
    while k < len(doc) and (_is_reference_number(doc[k]) or doc[k].text == ","):
        k += 1
    if k > j and k < len(doc) and _is_reference_number(doc[k - 1]):
        nxt = doc[k].text
        if nxt[:1].isupper() and not nxt.isupper() and doc[k - 1].whitespace_:
            return k
    return j


def _is_reference_number(token: object) -> bool:
    text = token.text  # type: ignore[attr-defined]
    return text.isdigit() and 0 < int(text) <= 300


def _starts_sentence(token_text: str) -> bool:
    ch = token_text[:1]
    return ch.isupper() or ch.isdigit() or ch in {"(", "[", '"', "\u201c", "\u2018"}


@Language.component("lactmed_sentences")
def lactmed_sentences(doc: Doc) -> Doc:
    """Sentence starts by rule: an end mark, then citations, then a capital, digit or bracket."""
    n = len(doc)
    if not n:
        return doc
    # Visit just the end marks, collect the starts, and write all flags in one array
    # operation: a Python loop over every token is the costly part on long documents.
    starts = [0]
    texts = [t.text for t in doc]
    marks = [k for k, x in enumerate(texts) if x in _END or x == ")"]
    i = 0
    for k in marks:
        if k < i:
            continue  # inside citations already consumed
        i = k
        tok = doc[i]
        if tok.text == ")" and i + 1 < n and doc[i + 1].is_stop and texts[i + 1][:1].isupper():
            # "...(range 0.15 to 10.15 mg/L) Three of the 9 women": a period went missing.
            starts.append(i + 1)
        if tok.text in _END and i > 0:
            prev = doc[i - 1]
            abbrev = prev.text.lower().rstrip(".") in ABBREVIATIONS and not prev.whitespace_
            initial = (
                len(prev.text) == 1
                and prev.text.isupper()
                and i > 1
                and doc[i - 2].text not in {"/"}
            )
            enumerator = i == 1 and prev.like_num  # "1. Adults: ..." numbers a list item
            j = _skip_trailing_citations(doc, i)
            if (
                j < n
                and not abbrev
                and not initial
                and not enumerator
                and _starts_sentence(doc[j].text)
            ):
                starts.append(j)
            i = max(j, i + 1)
    flags = numpy.full((n, 1), -1, dtype="int32")
    flags[starts, 0] = 1
    doc.from_array([SENT_START], flags.astype("uint64"))
    return doc


def _customize_tokenizer(nlp: Language) -> None:
    """Split citation brackets and a period glued to them ("controls.[1]"), units after
    numbers ("2g"), and single capitals' periods ("mg/L.")."""
    defaults = nlp.Defaults
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
    nlp.tokenizer.infix_finditer = compile_infix_regex(list(defaults.infixes) + infixes).finditer
    prefixes = list(defaults.prefixes) + [r"\[", r"[<>\u2264\u2265~\u2248]"]
    nlp.tokenizer.prefix_search = compile_prefix_regex(prefixes).search
    suffixes = list(defaults.suffixes) + [r"\]", r"\.(?=$)", r"(?<=\d)%"]
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    # Drop exceptions that glue a period to a single letter ("L." in "mg/L.") or a unit.
    rules = {
        k: v
        for k, v in nlp.tokenizer.rules.items()
        if not (len(k) == 2 and k[0].isalpha() and k[1] == ".")
    }
    nlp.tokenizer.rules = rules


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    nlp = spacy.blank("en")
    _customize_tokenizer(nlp)
    nlp.add_pipe("lactmed_sentences")
    return nlp
