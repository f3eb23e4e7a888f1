"""Which counted groups an arm's label names: the group counted with the label's words near it
("... to metoclopramide 10 mg (n = 34)"), a table column headed with it, the group whose own
words open the label; and the labels of the groups a sentence counts, as arms (its own, or an
earlier sentence's: "(67 A, 65 B)"); which of the arms ordered by amount a rank word names ("the
lowest dose", "the middle dose")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, TypeVar

from pipeline.extract.arm_labels import group_label
from pipeline.extract.regex_cache import compiled
from pipeline.extract.rules import Rules
from pipeline.extract.table_counts import column_label

if TYPE_CHECKING:  # links.py asks these of its groups
    from pipeline.extract.links import Group
    from pipeline.extract.segment import SentenceFacts


def arm_groups(arm: str, groups: list[Group]) -> list[Group]:
    """Groups an arm names: "metoclopramide" for "... to metoclopramide 10 mg (n = 34)"."""
    label = re.sub(r"\s*\(.*", "", arm).strip().lower()
    label = re.sub(r"^(?:the|a|an)\s+|\s+(?:group|arm|cohort)s?$", "", label)
    short = len(label) < 3  # "S", "D1": only as the name of a group ("group S, n = 40")
    if short and not re.fullmatch(r"[a-z]\d?", label):
        return []
    found = []
    for g in groups:
        text = g.facts.sentence.text
        near = text[max(0, g.start - 50) : g.end].lower()
        if g.column is not None and " | " in text:
            # "| | Examplol 10 mg | Placebo |" over "Started | 28 | 27": the column is the arm
            if column_label(g.column) == label:
                found.append(g)
        elif short:
            if compiled(rf"\b(?:group|arm)\s+{re.escape(label)}\b").search(near):
                found.append(g)
        elif compiled(rf"\s*{re.escape(label)}\s*[,;)]").match(text[g.end :].lower()):
            found.append(g)  # "(67 nefopam, 65 flurbiprofen)": the arm's words after its count
        elif label in near and not _another_arm_between(near, label):
            found.append(g)
        elif _own_words_open(g, label):
            found.append(g)  # "52 mother-infant pairs" for "mother-infant pairs exposed to X"
    return found


def _own_words_open(g: Group, label: str) -> bool:
    """The arm's label opens with the words of two or more the group was counted with."""
    own = re.sub(r"^\W*\d+\s*", "", g.facts.sentence.text[g.start : g.end]).lower()
    return len(own.split()) >= 2 and label.startswith(own)


def _another_arm_between(near: str, label: str) -> bool:
    """ "to metoclopramide 10 mg (n = 34) or an identical placebo (n = 34)": the second count
    is placebo's, though metoclopramide is within reach."""
    after = near[near.rfind(label) + len(label) :]
    return bool(re.search(r"\b(?:or|and|vs\.?|versus|compared|than)\b", after))


def _labels(groups: list[Group], f: SentenceFacts, end: int, rules: Rules) -> list[str]:
    text = f.sentence.text
    labels = [group_label(text[g.start : g.end], text[g.end : end], rules) for g in groups]
    verbs = set(rules.cues["group_label_verbs"])  # "(n = 9)", "10 took": no labels
    return [x for x in labels if re.search(r"[a-z]{3}", x) and x.lower() not in verbs]


def sentence_group_labels(
    groups: list[Group], f: SentenceFacts, first: int, rules: Rules
) -> list[str]:
    """The whole groups a sentence names before its first compared value (at `first`), as
    arms."""
    mine = [
        g for g in groups if g.facts is f and not g.subset and g.end <= first and g.role != "total"
    ]
    return _labels(mine, f, first, rules)


# Where a counted group's words end: a bracket, a comma, a citation, the next count (and what sets
# it against another group, cue group_compared_with).
_WORDS_END = re.compile(r"[,;()\[]|\s+and\s+(?:in\s+)?\d|\.(?:\s|$)")


def counted_arms(groups: list[Group], f: SentenceFacts, rules: Rules) -> list[str] | None:
    """The arms the statement's last earlier sentence counting two groups or more named with
    their counts, as labels: "All 132 women (67 A, 65 B) were analysed" -> "A", "B"."""
    earlier = [g for g in groups if g.facts is not f and not g.subset]
    if not earlier:
        return None
    last = earlier[-1].facts
    mine = [g for g in earlier if g.facts is last]
    mine = [g for g in mine if 2 * g.n != sum(x.n for x in mine)]  # not the whole they split
    text = last.sentence.text  # "(67 A, 65 B)": a count with no noun, its label after it
    labels = [_WORDS_END.split(text[g.start :])[0] for g in mine]
    labels = [rules.cue.group_compared_with.split(x)[0] for x in labels]
    labels = [re.sub(r"^[\d\s]+", "", x).strip() for x in labels]
    if len(mine) < 2 or len(labels) != len(mine) or len({x.lower() for x in labels}) < len(labels):
        return None
    return labels


T = TypeVar("T")


def by_rank(level: str, ordered: list[T]) -> T | None:
    """What a rank word picks of things ordered by amount: "low..." the first, "high..." the
    last, "middle" or "intermediate" the middle one of three."""
    if level.lower().startswith("low"):
        return ordered[0]
    if level.lower().startswith("high"):
        return ordered[-1]
    return ordered[1] if len(ordered) == 3 else None
