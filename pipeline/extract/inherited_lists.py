"""Lists of values that report the arms of the comparison before them again, in the same
order, without naming them: "Mean milk nicotine was 17 ng/mL with the 21 mg patch, 10 ng/mL
with the 14 mg patch and 32 ng/mL in smokers; milk cotinine was 193, 118 and 256 ng/mL",
"... followed the same gradient (14.2, 30.8 and 66.0 ng/mL)", "Daily intake did not differ:
601, 588 and 622 mL (NS)". The cue words are in cues.yaml (inherited_list_*)."""

from __future__ import annotations

import re

from pipeline.extract.rules import Rules
from pipeline.extract.sentence_items import Item
from pipeline.extract.value_lists import listed_values

# A value with its own time after it: "41 ± 17 mcg/L at 24 h", "58 mcg/L after 72 hours".
_TIMES_TOLD = re.compile(
    r"\d[\d.,]*(?:\s*±\s*[\d.,]+)?\s*[^\s\d,;()]{0,12}\s+(?:at|after)\s+(?:\d+(?:\.\d+)?\s*"
    r"(?:h|hours?|days?|weeks?|months?)|(?:day|week|month)\s+\d+)\b",
    re.I,
)


def lists_like_last(
    text: str,
    items: list[Item],
    runs: list[list[Item]],
    arms_told: list[list[str]],
    rules: Rules,
) -> list[tuple[list[Item], list[str] | None]]:
    """The sentence's lists no step compared, each with the arms of the last comparison of as
    many values before it (None where that is one of this sentence's `runs`, whose arms are
    not told yet): in this sentence, else among `arms_told` (the statement's comparisons
    before it). Not a time course ("at 2, 6 and 12 hours"), a list of individuals ("in the
    three infants") or values with a range or qualifier."""
    used = {id(x) for run in runs for x in run}
    free = [
        i
        for i in items
        if i.table == "measurements"
        and id(i) not in used
        and i.value.value_high is None
        and i.qualifier in (None, "~")  # "or about 47 and 98 mcg/kg daily" is a list too
    ]
    out: list[tuple[list[Item], list[str] | None]] = []
    for run in listed_values(text, free):
        here = [r for r in runs if r[-1].value.end <= run[0].value.start and len(r) == len(run)]
        told = [arms for arms in arms_told if len(arms) == len(run)]
        if len(run) < 2 or not (here or told):
            continue
        start = here[-1][-1].quantity.end if here else 0
        near = text[start : run[-1].quantity.end + 80]
        if rules.cue.inherited_list_not.search(near) or rules.cue.respectively_not_arms.search(
            text
        ):
            continue
        if len(_TIMES_TOLD.findall(text[: run[0].value.start])) >= len(run):
            continue  # "41 mcg/L at 24 h and 58 mcg/L at 72 h, with ratios of 1.3 and 1.5":
            # values of one group over time, their list no pair of arms
        out.append((run, None if here else told[-1]))
    return out
