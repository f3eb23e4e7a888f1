"""Which counted groups an arm's label names: the group counted with the label's words near it
("... to metoclopramide 10 mg (n = 34)"), a table column headed with it, the group whose own
words open the label."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.extract.regex_cache import compiled
from pipeline.extract.table_counts import column_label

if TYPE_CHECKING:  # links.py asks these of its groups
    from pipeline.extract.links import Group


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
