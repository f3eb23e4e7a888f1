"""Two lists of values over the same times, one list per arm, in one sentence: "Mean milk output
in the low-dose arm was 742, 768 and 781 mL/day at 2, 4 and 8 weeks, respectively, against 751,
759 and 770 mL/day in the high-dose arm" -> one comparison per time, (742, 751), (768, 759),
(781, 770), each between the two arms, its outcome at its own time. The cue words are in
cues.yaml (twin_lists_between, time_said)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.extract.arm_labels import subject_group, tidy_arm
from pipeline.extract.rules import Rules

if TYPE_CHECKING:  # sentence_items reads these runs while it builds its items
    from pipeline.extract.mentions import Quantity
    from pipeline.extract.sentence_items import Item


# values joined as a list ("742, 768 and 781"), not a change ("from 112 to 241")
_LISTED = re.compile(r"\s*(?:,|,?\s*and)\s*")


def _twins(text: str, qa: Quantity, qb: Quantity, rules: Rules) -> bool:
    """Two lists of as many values of one unit, the second set against the first."""
    return (
        qa is not qb
        and len(qa.values) >= 2
        and len(qa.values) == len(qb.values)
        and qa.ucum == qb.ucum
        and all(_LISTED.fullmatch(text[q.values[0].end : q.values[1].start]) for q in (qa, qb))
        and rules.cue.twin_lists_between.match(text[qa.end : qb.start]) is not None
    )


def twin_list_pairs(text: str, ms: list[Item], used: set[int], rules: Rules) -> list[list[Item]]:
    """The k-th value of one list with the k-th of the list set against it."""
    lists: dict[int, list[Item]] = {}
    for item in ms:
        lists.setdefault(id(item.quantity), []).append(item)
    whole = [run for run in lists.values() if len(run) == len(run[0].quantity.values)]
    out: list[list[Item]] = []
    for a, b in zip(whole, whole[1:], strict=False):
        if any(id(x) in used for x in (*a, *b)) or not _twins(
            text, a[0].quantity, b[0].quantity, rules
        ):
            continue
        pairs = [[x, y] for x, y in zip(a, b, strict=True)]
        out += pairs
        used.update(id(x) for pair in pairs for x in pair)
    return out


def twin_list_arms(text: str, run: list[Item], rules: Rules) -> list[str] | None:
    """The arms of a pair of twin lists' values: the group the first list's clause names, and
    the group after the second list ("in the high-dose arm") or right before it."""
    if len(run) != 2 or not _twins(text, run[0].quantity, run[1].quantity, rules):
        return None
    qa, qb = run[0].quantity, run[1].quantity
    first = subject_group(text[: qa.start], rules)
    after = rules.cue.arm_after.match(text[qb.end :])
    second = (
        tidy_arm(after.group("arm")) if after else subject_group(text[qa.end : qb.start], rules)
    )
    if not first or not second or first.lower() == second.lower():
        return None
    return [tidy_arm(first), tidy_arm(second)]


def twin_list_time(text: str, run: list[Item], rules: Rules) -> str | None:
    """The time of a pair of twin lists' values: the k-th of the times listed after the first
    list ("at 2, 4 and 8 weeks" -> "2 weeks" for the first pair)."""
    if len(run) != 2 or not _twins(text, run[0].quantity, run[1].quantity, rules):
        return None
    qa = run[0].quantity
    times = rules.cue.twin_list_times.match(text[qa.end :])
    if times is None:
        return None
    numbers = re.findall(r"\d+(?:\.\d+)?", times["numbers"])
    if len(numbers) != len(qa.values) or not (times["pre"] or times["unit"]):
        return None
    k = next(k for k, v in enumerate(qa.values) if v is run[0].value)
    if times["pre"]:  # "on days 7 and 14" -> "day 7"
        return f"{times['pre'].lower().rstrip('s')} {numbers[k]}"
    return f"{numbers[k]} {times['unit']}"
