"""Lists of values that report the arms of the comparison before them again, in the same
order, without naming them: "Mean milk nicotine was 17 ng/mL with the 21 mg patch, 10 ng/mL
with the 14 mg patch and 32 ng/mL in smokers; milk cotinine was 193, 118 and 256 ng/mL",
"... followed the same gradient (14.2, 30.8 and 66.0 ng/mL)", "Daily intake did not differ:
601, 588 and 622 mL (NS)". The cue words are in cues.yaml (inherited_list_*)."""

from __future__ import annotations

from pipeline.extract.rules import Rules
from pipeline.extract.sentence_items import Item, listed_values


def lists_like_last(
    text: str,
    items: list[Item],
    runs: list[list[Item]],
    arms_before: list[str] | None,
    rules: Rules,
) -> list[list[Item]]:
    """The sentence's lists no step compared that are as long as the arms of the comparison
    before them: the last of `runs` (this sentence's comparisons) ending before the list, else
    `arms_before` (the statement's last comparison's arms, before this sentence). Not a time
    course ("at 2, 6 and 12 hours"), a list of individuals ("in the three infants") or values
    with a range or qualifier."""
    used = {id(x) for run in runs for x in run}
    free = [
        i
        for i in items
        if i.table == "measurements"
        and id(i) not in used
        and i.value.value_high is None
        and not i.qualifier
    ]
    out = []
    for run in listed_values(text, free):
        before = [r for r in runs if r[-1].value.end <= run[0].value.start]
        size = len(before[-1]) if before else len(arms_before or [])
        if len(run) != size or size < 2:
            continue
        start = before[-1][-1].quantity.end if before else 0
        near = text[start : run[-1].quantity.end + 80]
        if rules.cue.inherited_list_not.search(near) or rules.cue.respectively_not_arms.search(
            text
        ):
            continue
        out.append(run)
    return out
