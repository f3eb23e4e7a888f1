"""Small pure text functions shared by the ingesters: whitespace, line unwrapping, hyphens."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable

from pipeline.ingest.hyphenation import HYPHEN_PREFIXES, Lexicon, as_lexicon, keeps_hyphen

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_ZERO_WIDTH = re.compile(r"[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*[A-Za-z]|[A-Za-z]")


def normalize_space(text: str) -> str:
    """Fold runs of spaces (incl. non-breaking) to one space, drop zero-width characters."""
    return _SPACES.sub(" ", _ZERO_WIDTH.sub("", text)).strip()


def normalize_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")


def vocabulary(text: str) -> set[str]:
    """Lower-cased words of a text, hyphenated forms included, to judge line-end hyphens."""
    return {m.group(0).lower() for m in _WORD.finditer(text)}


def join_hyphenated(left: str, right: str, vocab: Lexicon | Collection[str] = frozenset()) -> str:
    """Join `left` (ending in '-') with the next line's `right`, dropping the hyphen when the
    typesetter put it there (hyphenation.keeps_hyphen decides)."""
    head = re.search(r"([A-Za-z]+)-$", left)
    tail = re.match(r"([A-Za-z]+)", right)
    if head and tail and not keeps_hyphen(head.group(1), tail.group(1), as_lexicon(vocab)):
        return left[:-1] + right
    return left + right


def unwrap_lines(lines: Iterable[str], vocab: Lexicon | Collection[str] = frozenset()) -> str:
    """Join lines broken at a page width into one paragraph, rejoining hyphenated words."""
    lexicon = as_lexicon(vocab)
    out = ""
    for raw in lines:
        line = normalize_space(raw)
        if not line:
            continue
        out = line if not out else join_lines(out, line, lexicon)
    return out


_CITATION_HEAD = re.compile(r"\[\d{1,3}(?:[-\u2013,]\s?\d{1,3})*\]")
# A web address broken after a '/' (or '?', '&', ...) at a line end: it goes on.
URL_TAIL = re.compile(r"(?:^|\s)(?:https?:|www\.)\S*[/?&=#_.-]$")
# A word broken after a slash ("mg/" "kg", "analgesia/" "anaesthesia") or a hyphen after a
# digit ("6-" "MP", "10-" "20"): typesetters break there without adding a character.
_NO_SPACE_BREAK = re.compile(r"(?:[^\s/]/|\d-)$")


def join_lines(left: str, right: str, lexicon: Lexicon | Collection[str] = frozenset()) -> str:
    """Two lines of one paragraph as one: a line-end hyphen is judged (join_hyphenated), a web
    address broken after a '/' or '?', a word after a slash and a number before its hyphen go
    on without a space, any other break is a space."""
    if re.search(r"[A-Za-z]-$", left) and right[:1].isalpha():
        return join_hyphenated(left, right, lexicon)
    if URL_TAIL.search(left) and (right[:1].isalnum() or right[:1] in "?#&="):
        return left + right
    if _NO_SPACE_BREAK.search(left) and right[:1].isalnum():
        return left + right
    if _CITATION_HEAD.match(right) and left.endswith((".", ",", ";", ":")):
        return left + right  # "prophylaxis.[8]": typesetters may break before a citation
    return f"{left} {right}"


__all__ = [
    "HYPHEN_PREFIXES",
    "join_hyphenated",
    "join_lines",
    "normalize_space",
    "unwrap_lines",
    "vocabulary",
]


# Reference numbers written as Unicode superscripts ("357 mcg/L.¹", "levels²,³", "¹⁻³") or as
# Markdown footnotes ("…mcg/L.[^1]", "[^2][^3]", a "[^1]: Author…" list) are read as the
# bracketed references the citation rules know ("[1]", "[2,3]", "1. Author…"). A superscript
# right after a unit's one or two letters ("m²", "cm³") is a power, not a reference.
_SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUP = f"[{_SUPERSCRIPT_DIGITS}]+"
_SUPERSCRIPT_NOTE = re.compile(
    rf"(?:(?<=[.,;:)\]])|(?<=[A-Za-z]{{3}}))({_SUP}(?:\s?[,\u207b\u2013-]\s?{_SUP})*)"
)
_FOOTNOTE_DEFINITION = re.compile(r"^\[\^(\d+)\]:[ \t]*", re.MULTILINE)
_FOOTNOTE_REFS = re.compile(r"(?:\[\^\d+\])+")
# Pandoc's superscript ("mcg/L.^6^", "levels^2,3^"); "m^2^" after a unit's letters is a power.
_CARET_NOTE = re.compile(
    r"(?:(?<=[.,;:)\]])|(?<=[A-Za-z]{3}))\^(\d{1,3}(?:\s?[,\u2013-]\s?\d{1,3})*)\^"
)


def _superscript_note(m: re.Match[str]) -> str:
    plain = m.group(1).translate(str.maketrans(_SUPERSCRIPT_DIGITS, "0123456789", " "))
    return "[" + plain.replace("\u207b", "-") + "]"


def bracket_reference_marks(text: str) -> str:
    """Superscript and footnote reference marks as bracketed references (see above)."""
    text = _SUPERSCRIPT_NOTE.sub(_superscript_note, text)
    text = _CARET_NOTE.sub(lambda m: "[" + re.sub(r"\s", "", m.group(1)) + "]", text)
    text = _FOOTNOTE_DEFINITION.sub(r"\1. ", text)
    return _FOOTNOTE_REFS.sub(lambda m: "[" + ",".join(re.findall(r"\d+", m.group(0))) + "]", text)
