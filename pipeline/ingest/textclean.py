"""Small pure text functions shared by the ingesters: whitespace, line unwrapping, hyphens."""

from __future__ import annotations

import re
from collections.abc import Iterable

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_ZERO_WIDTH = re.compile(r"[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*[A-Za-z]|[A-Za-z]")

# Prefixes that take a real hyphen in clinical English; a line break after them keeps it.
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


def normalize_space(text: str) -> str:
    """Fold runs of spaces (incl. non-breaking) to one space, drop zero-width characters."""
    return _SPACES.sub(" ", _ZERO_WIDTH.sub("", text)).strip()


def normalize_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")


def vocabulary(text: str) -> set[str]:
    """Lower-cased words of a text, hyphenated forms included, to judge line-end hyphens."""
    return {m.group(0).lower() for m in _WORD.finditer(text)}


def join_hyphenated(left: str, right: str, vocab: set[str] | frozenset[str] = frozenset()) -> str:
    """Join `left` (ending in '-') with the next line's `right`.

    A hyphen is kept ("pre-eclampsia", "non-supplemented") unless the document itself spells
    the word without it and never with it, which is what a typesetter's hyphenation looks like.
    """
    head = re.search(r"([A-Za-z]+)-$", left)
    tail = re.match(r"([A-Za-z]+)", right)
    if head and tail and right[:1].islower():
        first, second = head.group(1).lower(), tail.group(1).lower()
        solid, hyphenated = first + second, f"{first}-{second}"
        if first not in HYPHEN_PREFIXES and solid in vocab and hyphenated not in vocab:
            return left[:-1] + right
    return left + right


def unwrap_lines(lines: Iterable[str], vocab: set[str] | frozenset[str] = frozenset()) -> str:
    """Join lines broken at a page width into one paragraph, rejoining hyphenated words."""
    out = ""
    for raw in lines:
        line = normalize_space(raw)
        if not line:
            continue
        if not out:
            out = line
        elif re.search(r"[A-Za-z]-$", out) and line[:1].isalpha():
            out = join_hyphenated(out, line, vocab)
        else:
            out = f"{out} {line}"
    return out
