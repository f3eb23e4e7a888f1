"""Values side by side in one sentence -> the runs compared: values contrasted across arms,
doses or groups ("64 mg/L in treated women and 48 mg/L in the controls", "16% vs 3% vs 8%"),
listed for arms told elsewhere ("respectively", "the corresponding values"), or paired with the
values a list corresponds to. The cue words are in cues.yaml."""

from __future__ import annotations

import re

from pipeline.extract.dose_frames import dose_framed_runs
from pipeline.extract.labelled_values import labelled_runs
from pipeline.extract.paren_values import (
    between_values,
    changed_or_set_apart,
    each_arm_changed,
    each_armed,
    named_in_parentheses,
    one_quantity_pair,
)
from pipeline.extract.rules import Rules
from pipeline.extract.sentence_items import Item
from pipeline.extract.subject_arms import subject_pairs
from pipeline.extract.twin_lists import twin_list_pairs
from pipeline.extract.value_lists import (
    LIST_JOIN,
    corresponding_lists,
    corresponding_pairs,
    counted_list_start,
    list_of_groups,
    listed_values,
    lists_with_arms,
)

# What joins one arm's value to the next's: "and", a comma, "whereas only" ("21% of women using
# A whereas only 5% of B users"), "whereas it was" ("640 mL in exposed infants, whereas it was
# 655 mL in unexposed infants").
_JOINED_ARMS = re.compile(
    r"(?:\band|,|\bbut|\bwhereas|\bwhile|;\s*(?:in|by)\s+contrast,?)(?:\s+(?:it|they)\s+(?:was|were))?"
    r"(?:\s+by)?(?:\s+only)?(?:\s+(?:in|among|of|by))?\s*$"
)
# The second value's count before it: "4 of 32 women (12.5%) allocated to A and by 9 of 32 (".
_COUNT_BEFORE = re.compile(r"\s\d+\s*(?:(?:of|/)\s*\d+\s*)?(?:[a-z]+\s+){0,2}\(\s*$")


# "the corresponding means", "for the same dosage groups": the arms told before, in order
# An amount that names an arm right after a value ("0.9% with 50 mg and 1.1% with 100 mg"):
# the arm's dose, not a value compared.
_ARM_AMOUNT = re.compile(r"[%\d]\s*\)?\s+(?:with|after|on)\s+$")


def _runs_told_as_such(
    text: str,
    ms: list[Item],
    items: list[Item],
    used: set[int],
    rules: Rules,
    context: str,
    groups: int,
) -> list[list[Item]]:
    """The runs whose form says what they compare: a table row, values named in parentheses or
    by a word each, framed alike around their doses, each arm's change, lists with arms."""
    found: list[list[Item]] = []
    row = [i for i in ms if i.quantity.label == "QTY_ROW"]
    if len(row) >= 2 and len({i.quantity.ucum for i in row}) == 1:
        # A table row whose label names the unit: one outcome across the arms of its columns.
        found.append(row)
        used.update(id(x) for x in row)
    found += named_in_parentheses(text, ms, used, rules)
    found += labelled_runs(text, ms, used, rules)  # "(nifedipine 0.6%, labetalol 0.4%)"
    found += dose_framed_runs(text, ms, items, used, rules)  # "the mother taking 50 mg had 9"
    found += each_arm_changed(text, listed_values(text, ms), used, rules)
    found += lists_with_arms(text, ms, used, rules, context, groups)
    found += subject_pairs(text, ms, used, rules)  # "the woman taking 300 mg daily had 4.4"
    return found


def comparisons_in(
    text: str, items: list[Item], rules: Rules, context: str = "", groups: int = 0
) -> list[list[Item]]:
    """Values of one measure contrasted across arms, doses or groups, in the order written.
    `context` is the statement's text before this sentence and `groups` the counted groups of
    people so far, where "respectively" finds its arms."""
    ms = [
        i
        for i in items
        if i.table == "measurements"
        and i.value.value_high is None
        and not _ARM_AMOUNT.search(text[max(0, i.value.start - 12) : i.value.start])
    ]
    if len(ms) < 2:
        return []  # every way below sets two values or more side by side
    shares = _companions(text, ms)
    if len(shares) >= 2 and len(ms) - len(shares) >= 2:
        # "11.2 µg (0.22% of the dose) ... compared with 8.1 µg (0.16%)": the amounts and their
        # shares in brackets are two comparisons, each read apart
        main = [x for x in ms if id(x) not in shares]
        apart = [x for x in ms if id(x) in shares]
        found = _runs(text, main, items, rules, context, groups)
        found += _runs(text, apart, items, rules, context, groups)
        return sorted(found, key=lambda run: run[0].value.start)
    return _runs(text, ms, items, rules, context, groups)


# A value in brackets right after another of another unit: "11.2 µg of X (0.22% of the dose)".
_COMPANION = re.compile(r"^\s*(?:of\s+[\w-]+(?:\s+[\w-]+)?\s*)?\(\s*$")


def _companions(text: str, ms: list[Item]) -> set[int]:
    """The values in brackets right after a value of another unit, all of one unit."""
    found = [
        b
        for a, b in zip(ms, ms[1:], strict=False)
        if a.quantity.ucum != b.quantity.ucum
        and _COMPANION.match(text[a.quantity.end : b.value.start])
    ]
    return {id(b) for b in found} if len({b.quantity.ucum for b in found}) == 1 else set()


def _runs(
    text: str, ms: list[Item], items: list[Item], rules: Rules, context: str, groups: int
) -> list[list[Item]]:
    """The runs compared among `ms` (comparisons_in)."""
    used: set[int] = set()
    found = corresponding_pairs(text, ms, used, rules)
    found += twin_list_pairs(text, ms, used, rules)
    found += _runs_told_as_such(text, ms, items, used, rules, context, groups)
    for k, (a, b) in enumerate(zip(ms, ms[1:], strict=False)):
        if a.quantity.ucum != b.quantity.ucum or id(b) in used:
            continue
        chained = bool(found) and found[-1][-1] is a  # "16% vs 3% vs 8%"
        if id(a) in used and not chained:
            continue
        between = between_values(text, a, b)
        if chained and _than_another(text, found[-1], between, rules):
            found.append([found[-1][0], b])  # "less than B (735 mL; p < 0.001) and C (768 mL"
            used.add(id(b))
            continue
        if changed_or_set_apart(text, a, b, found, used, chained, rules):
            continue
        # "17.4 ng/mL on day 1 against 3.2 ng/mL", "(21% and 9% v 38%)"
        versus = _VERSUS_BETWEEN.search(between)
        if versus and rules.cue.change_from.search(text[: b.value.start]):
            continue  # "rose from 31 to 59, against a change from 30 to 33": b starts a change
        # "0.21 mg/L in A and 0.39 mg/L in B, against plasma levels of 0.58 and 1.07 mg/L": a
        # fluid named after "against" starts a list of its own, no third arm
        if versus and chained and rules.quick.fluid_words.found(between[versus.end() :]):
            continue
        if versus and chained:
            found[-1].append(b)
            used.add(id(b))
            continue
        if a.quantity is b.quantity:
            if one_quantity_pair(text, a, b, between, versus, context, rules):
                found.append([a, b])  # "(5.1 vs 5.4 mmol/L)", "the two groups (22 and 24 mg)"
                used.update({id(a), id(b)})
            continue
        if versus:
            # "10.5% and 8.8% compared with 30.7%": the list before "compared" is compared too
            listed = _listed_before(text, ms[k - 1] if k else None, a, used)
            found.append([*listed, a, b])
            used.update({id(x) for x in (*listed, a, b)})
        elif re.fullmatch(r"\s*and\s*", between) and rules.cue.pair_in_two_groups.match(
            text[b.quantity.end :]
        ):
            found.append([a, b])  # "76.7% and 80.0% of women in the two groups"
            used.update({id(a), id(b)})
        elif (
            re.search(_JOINED_ARMS, _COUNT_BEFORE.sub("", between))
            and len(between) < (150 if between.rstrip().endswith(("and", "in", "of")) else 80)
            and not (a.qualifier or b.qualifier)  # "undetectable (<0.1) in 2 and 0.2 in one"
            and each_armed(text, a, b, between, context, rules)
        ):
            # "64 mg/L in treated women and 48 mg/L in the controls", "452 mL with
            # metoclopramide and 391 mL with placebo"; "73% of those given 10 mg, 79% of those
            # given 20 mg and 31% of those given placebo" (one comparison of three)
            if chained:
                found[-1].append(b)
            else:
                found.append([*list_of_groups(text, ms[:k], a, used), a, b])
            used.update(id(x) for x in found[-1])
    for k, run in enumerate(found):  # a pair that ends a list of counted shares takes the list
        found[k] = counted_list_start(text, ms, run, used)
        used.update(id(x) for x in found[k])
    found += _lists_for_arms(text, ms, found, used, rules)
    found += corresponding_lists(text, ms, found, used, rules, context)
    return sorted(found, key=lambda run: run[0].value.start)  # as written: later ones refer back


# "... higher for A (2.4) than for B (1.3)": "than" before the second arm's words contrasts too;
# a multiple of the other ("twice the 0.9 ng/mL") too;
# "averaged 14.2 mcg/L, similar to the 13.6 mcg/L in ..." too; "far above the value seen with" too.
_VERSUS_BETWEEN = re.compile(
    r"\b(?:vs\.?|v\.?|versus|against|compared (?:to|with)|as opposed to|in contrast (?:to|with)"
    r"|than\s+(?:in|for|with|among|after|the|those)|(?:similar|comparable|close|identical)\s+to(?:\s+the)?"
    r"|the\s+same\s+as(?:\s+the)?"
    # "79 ng/mL, far above the value seen with lisuride (24 ng/mL"
    r"|\b(?:above|below)\s+(?:the\s+)?(?:values?|levels?|figures?|means?|those|that)\s+"
    r"(?:(?:seen|found|measured|observed|reported|recorded)\s+)?(?:with|in|among|on|after|for)\b"
    # "1.9 ng/mL - roughly twice the 0.9 ng/mL ... and almost five times the 0.4 ng/mL"
    r"|(?:twice|half|(?:two|three|four|five|six|ten|\d+(?:\.\d+)?)\s+times)\s+the\s*$)(?=\W|$)",
    re.I,
)


def _than_another(text: str, run: list[Item], between: str, rules: Rules) -> bool:
    """A value set against a second arm's value by "than", then against a third's: "598 mL,
    less than the B group (735 mL; p < 0.001) and the C group (768 mL; p < 0.001)"."""
    first, second = run[0], run[-1]
    if len(run) != 2 or "than" not in text[first.quantity.end : second.value.start]:
        return False
    return bool(rules.cue.than_another_arm.match(between))


def _listed_before(text: str, p: Item | None, a: Item, used: set[int]) -> list[Item]:
    joined = (
        p is not None
        and id(p) not in used
        and p.quantity.ucum == a.quantity.ucum
        and LIST_JOIN.match(text[p.value.end : a.value.start])
    )
    return [p] if joined and p is not None else []


# "7%, 10% and 19% of women in the no-drug, low-dose and high-dose groups": the groups follow,
# listed in the same order.
_GROUPS_LISTED_AFTER = re.compile(
    r"^\s*(?:of\s+(?:the\s+)?[\w-]+\s+)?(?:in|among|for)\s+the\s+[^.;()]{1,80}?,?\s+and\s+"
    r"[^.;()]{1,40}?\s(?:groups|arms|cohorts)\b",
    re.I,
)


def _lists_for_arms(
    text: str, ms: list[Item], found: list[list[Item]], used: set[int], rules: Rules
) -> list[list[Item]]:
    """Lists of values no step compared whose arms are told elsewhere in the sentence: a list
    "respectively" after a comparison of as many values, or a list before the groups listed."""
    respectively = re.search(
        r"\brespectively\b", text
    ) and not rules.cue.respectively_not_arms.search(text)
    out = []
    for run in listed_values(text, [m for m in ms if id(m) not in used]):
        sizes = {len(f) for f in found if f[-1].value.start < run[0].value.start}
        # "..., against maternal plasma levels of 0.58 and 1.07 mg/L": the same arms again
        set_against = [
            f
            for f in found
            if len(f) == len(run)
            and f[-1].value.end <= run[0].value.start
            and _VERSUS_BETWEEN.search(text[f[-1].quantity.end : run[0].value.start])
            and rules.quick.fluid_words.found(text[f[-1].quantity.end : run[0].value.start])
        ]
        if (
            (respectively and len(run) in sizes)
            or _GROUPS_LISTED_AFTER.match(text[run[-1].quantity.end :])
            or set_against
        ):
            out.append(run)
            used.update(id(x) for x in run)
    return out
