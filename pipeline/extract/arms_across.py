"""One arm's value in one sentence, the other arms' in the next, which opens by naming its own
arm or a contrast: "Exclusive breastfeeding was reported by 71% of women given X. In the saline
group the rate was 59% (P = 0.04)"; "Mothers in the high-dose arm reached 418 mL per day. The
corresponding figure in the low-dose arm was 347 mL per day, while placebo recipients
expressed 289 mL per day"; "... had dropped to 0.06 mg/L. B, in contrast, was still present at
0.62 mg/L". One comparison of the first sentence's value and the next's values of the same
unit and kind, in the order written; or, where the first sentence already compared two arms, a
third arm's value the next sentence gives joins that comparison ("In the placebo group, the
figure was 22 percent"). The cue words are in cues.yaml (arm_contrast_opening)."""

from __future__ import annotations

from pipeline.extract.arm_labels import tidy_arm
from pipeline.extract.compare import p_value, significance
from pipeline.extract.comparison_rows import Row, across_row
from pipeline.extract.outcome_words import outcome_of
from pipeline.extract.rules import Rules
from pipeline.extract.segment import SentenceFacts
from pipeline.extract.sentence_items import Item
from pipeline.extract.statement_items import StatementItems


def _free(items: list[Item], compared: set[object], built: StatementItems) -> list[Item]:
    """A sentence's single values (no range) that no comparison took."""
    return [
        i
        for i in items
        if i.table == "measurements"
        and i.value.value_high is None
        and built.item_ids[id(i)] not in compared
    ]


def _arm_after(text: str, item: Item, rules: Rules) -> str | None:
    """The group named right after a value ("71% of women given X"), not a fluid or a time."""
    m = rules.cue.arm_after.match(text[item.quantity.end :])
    if m is None or rules.cue.not_an_arm.search(m.group("arm")):
        return None
    return tidy_arm(m.group("arm"))


def _arm_of(text: str, start: int, item: Item, rules: Rules) -> str | None:
    """A value's arm: the group right after it, else the last group named before it ("in the
    high-dose arm"), else the people its clause is about ("placebo recipients expressed")."""
    before = text[start : item.value.start]
    named = [m.group("arm") for m in rules.cue.arm_named.finditer(before)]
    subject = [m.group("arm") for m in rules.cue.arm_subject.finditer(before)]
    arm = _arm_after(text, item, rules) or (named or subject or [None])[-1]
    return tidy_arm(arm) if arm else None


def _kind(built: StatementItems, item: Item) -> object:
    return next((r["kind"] for placed, _, r in built.results if placed.item is item), None)


def values_across(
    built: StatementItems,
    first: SentenceFacts,
    second: SentenceFacts,
    a_items: list[Item],
    b_items: list[Item],
    compared: set[object],
) -> Row | None:
    """The comparison of the first sentence's one free value and the next sentence's free
    values of its unit and kind, where the next sentence opens with its arm or a contrast."""
    rules = built.rules
    a_free, b_free = _free(a_items, compared, built), _free(b_items, compared, built)
    if len(a_free) != 1 or not b_free:
        return None  # a list set against a list is compared value by value elsewhere
    a = a_free[0]
    b_text = second.sentence.text
    opening = rules.cue.arm_contrast_opening.match(b_text[: b_free[0].value.start])
    if opening is None:
        return None
    kind = _kind(built, a)
    same = [b for b in b_free if b.quantity.ucum == a.quantity.ucum and _kind(built, b) == kind]
    if not same or same[0] is not b_free[0]:
        return None
    arms: list[str | None] = [_arm_of(first.sentence.text, 0, a, rules)]
    if arms[0] is None and not opening["contrast"]:
        return None  # one arm named, and no word that sets the two apart
    told = opening["arm"] or opening["named"]  # "In the saline group", "B, in contrast,"
    start = 0
    for b in same:
        arms.append(tidy_arm(told) if told and b is same[0] else _arm_of(b_text, start, b, rules))
        start = b.quantity.end
    run = [a, *same]
    outcome = _outcome(first, a, arms, str(_kind(built, a)), rules)
    return across_row(built, first, second, run, arms, outcome, "comparison.arms_across_sentences")


# What a kind of result is called, where the first sentence's words name it no better.
_KIND_WORDS = {"milk_volume": "milk volume", "concentration": "level", "proportion": "proportion"}


def _outcome(
    first: SentenceFacts, a: Item, arms: list[str | None], kind: str, rules: Rules
) -> str | None:
    """The first sentence's outcome less the arms' words; where that leaves a verb alone
    ("Mothers in the high-dose arm reached 418 mL per day at day 14"), what the kind of result
    is called, with its time."""
    told = outcome_of(first.sentence.text, a, [x for x in arms if x], rules)
    verb = rules.cue.time_said.sub(" ", told or "").split()
    if told and len(verb) == 1 and kind in _KIND_WORDS:  # "expressed on day 3": a verb and a time
        return f"{_KIND_WORDS[kind]} {told}"
    if told and len(told.split()) > 1:
        return told
    named = " ".join(w for w in (_KIND_WORDS.get(kind), a.timepoint) if w)
    return named or told


def third_arm(
    built: StatementItems,
    second: SentenceFacts,
    a_items: list[Item],
    b_items: list[Item],
    rows: list[Row],
    compared: set[object],
    following: str,
) -> Row | None:
    """The first sentence's last comparison, with the one value of its unit and kind that the
    next sentence gives for the arm it opens with ("... 31 percent in the 5-milligram group,
    compared with 18 percent in the 2-milligram group. In the placebo group, the figure was 22
    percent."); a verdict the sentence after it gives on "the differences" is its own."""
    rules = built.rules
    b_free = _free(b_items, compared, built)
    if len(b_free) != 1:
        return None
    b = b_free[0]
    opening = rules.cue.arm_contrast_opening.match(second.sentence.text[: b.value.start])
    ids = {built.item_ids[id(i)]: i for i in a_items}
    own = [r for r in rows if all(x in ids for x in r["measurement_item_ids"])]  # type: ignore[attr-defined]
    if opening is None or not opening["arm"] or not own:
        return None
    row = own[-1]
    last = ids[row["measurement_item_ids"][-1]]  # type: ignore[index]
    if last.quantity.ucum != b.quantity.ucum or _kind(built, last) != _kind(built, b):
        return None
    arms = row["arms"]
    row["values"] = [*row["values"], b.value.value]  # type: ignore[misc]
    row["arms"] = [*arms, tidy_arm(opening["arm"])] if isinstance(arms, list) else None
    row["measurement_item_ids"] = [*row["measurement_item_ids"], built.item_ids[id(b)]]  # type: ignore[misc]
    row["char_end"] = end = second.sentence.char_start + b.value.end
    row["text"] = built.rows.text[int(str(row["char_start"])) : end]
    verdict = rules.cue.differences_refer_back.match(
        following
    ) or rules.cue.difference_refers_back.match(following)
    if row["significant"] is None and verdict:
        p, qualifier = p_value(following, rules)
        row.update(
            {
                "significant": significance(following, p, qualifier, rules),
                "p_value": p,
                "p_qualifier": qualifier,
            }
        )
    return row
