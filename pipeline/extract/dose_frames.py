"""Values each told in the same words around a different dose, one after another in a sentence:
"the mother taking 50 mg daily had 9 mcg/L, the mother taking 100 mg daily had 24 mcg/L and the
mother taking 200 mg daily had 61 mcg/L", "in the 10 mg group levels were 5 mg/L; in the 20 mg
group, 9 mg/L". The repeated frame says the values differ by their doses alone: one comparison
across the doses, whose arms are the doses (arms_of reads them from the sentence's doses).

Frames are compared as written, with every number read as the same number; the words that may
join one frame to the next ("and", "while", a comma) are the cue `frame_join` in cues.yaml."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.extract.rules import Rules

if TYPE_CHECKING:  # sentence_items reads these runs while it builds its items
    from pipeline.extract.sentence_items import Item

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_MIN_HEAD_WORDS = 2  # "mother taking # mg": two words before the dose at least


def _skeleton(text: str) -> str:
    return " " + " ".join(_NUMBER.sub("#", text.lower()).split())


def _frame_head(frame: str, dose: Item, offset: int) -> re.Pattern[str] | None:
    """The frame's words up to the end of its dose ("the mother taking # mg") as a pattern
    that also allows a name or two before the dose ("the mother taking examplol # mg"); None
    when the dose opens the frame (a list of doses is read elsewhere)."""
    head = frame[: dose.quantity.end - offset]
    lead = frame[: dose.quantity.start - offset]
    if len(lead.split()) < _MIN_HEAD_WORDS or _NUMBER.search(lead):
        return None
    words, dose_words = _skeleton(lead), _skeleton(head[len(lead) :])
    return re.compile(re.escape(words) + r"(?: \S+){0,2}" + re.escape(dose_words) + "$")


def _doses_in(doses: list[Item], start: int, end: int) -> list[Item]:
    return [d for d in doses if start <= d.quantity.start and d.quantity.end <= end]


def _framed_alike(
    text: str, a: Item, b: Item, start_a: int, doses: list[Item], rules: Rules
) -> bool:
    """b's frame (the words between a and b, less the join) opens with the same words and a
    dose as the words before a end with, b's frame holding one dose of its own."""
    between = text[a.quantity.end : b.value.start]
    join = rules.cue.frame_join.match(between)
    if not join or not join.group(0).strip():
        return False  # "0.82 mg/L with the 250 mg regimen and 1.9 mg/L with ...": a's own dose
    offset = a.quantity.end + join.end()
    own = _doses_in(doses, offset, b.value.start)
    before = _doses_in(doses, start_a, a.value.start)
    if len(own) != 1 or not before:
        return False
    head = _frame_head(text[offset : b.value.start], own[0], offset)
    if head is None:
        return False
    return head.search(_skeleton(text[start_a : before[-1].quantity.end])) is not None


def dose_framed_runs(
    text: str, ms: list[Item], items: list[Item], used: set[int], rules: Rules
) -> list[list[Item]]:
    """Runs of two or more values of one unit, each framed alike around its own dose."""
    doses = [i for i in items if i.table == "doses"]
    if len(doses) < 2:
        return []
    found: list[list[Item]] = []
    for k, (a, b) in enumerate(zip(ms, ms[1:], strict=False)):
        if a.quantity.ucum != b.quantity.ucum or id(a) in used or id(b) in used:
            continue
        start_a = ms[k - 1].quantity.end if k else 0
        if not _framed_alike(text, a, b, start_a, doses, rules):
            continue
        if found and found[-1][-1] is a:
            found[-1].append(b)
        else:
            found.append([a, b])
    for run in found:
        used.update(id(x) for x in run)
    return found
