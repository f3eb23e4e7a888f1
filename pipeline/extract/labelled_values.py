"""Values each named by a word or two right before or right after it, as a list sets arms side
by side: "(nifedipine 0.6%, labetalol 0.4%)", "Oxycodone: 11.1   Ibuprofen: 1.8", "(1.04
intravenous, 0.97 oral; p = 0.52)". Such a list is a comparison, its names the arms; never
where a name is a statistic, a time, a fluid, or a metabolite of another name ("sertraline 12,
desmethylsertraline 30"). The cue words are in cues.yaml (value_name_*)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.extract.rules import Rules

if TYPE_CHECKING:  # sentence_items reads these lists while it builds its items
    from pipeline.extract.sentence_items import Item


def _usable(name: str, rules: Rules) -> bool:
    return not (
        rules.cue.value_name_not.match(name)
        or rules.cue.not_an_arm.search(name)
        or re.search(r"\d", name)
    )


def related_names(a: str, b: str) -> bool:
    """One name holds a six-letter piece of the other ("desmethylsertraline", "sertraline")."""
    x, y = a.lower().replace(" ", ""), b.lower().replace(" ", "")
    return any(x[i : i + 6] in y for i in range(len(x) - 5))


def _names_before(text: str, run: list[Item], rules: Rules) -> list[str] | None:
    first = rules.cue.value_name_first.search(text[: run[0].value.start])
    if not first:
        return None
    names = [first.group("name")]
    for a, b in zip(run, run[1:], strict=False):
        m = rules.cue.value_name_next.fullmatch(text[a.quantity.end : b.value.start])
        if not m:
            return None
        names.append(m.group("name"))
    return names


def _named_after_each(
    text: str, run: list[Item], between: re.Pattern[str], last: re.Pattern[str]
) -> tuple[list[str], re.Match[str]] | None:
    """The name after each value (`between` two values, `last` after the last), and the match
    after the last; None unless every value has one."""
    names = []
    for a, b in zip(run, run[1:], strict=False):
        m = between.fullmatch(text[a.quantity.end : b.value.start])
        if not m:
            return None
        names.append(m.group("name"))
    end = last.match(text[run[-1].quantity.end :])
    return ([*names, end.group("name")], end) if end else None


def _names_after(text: str, run: list[Item], rules: Rules) -> list[str] | None:
    found = _named_after_each(text, run, rules.cue.value_name_between, rules.cue.value_name_last)
    return found[0] if found else None


def _counted_shares(text: str, run: list[Item], rules: Rules) -> list[str] | None:
    """Shares after their counts, each followed by its group's word, the last with the noun
    they share: "in 2 (2.7%) exposed and 1 (2.0%) unexposed infants" -> "exposed infants",
    "unexposed infants"."""
    cue = rules.cue
    found = _named_after_each(text, run, cue.count_share_between, cue.count_share_last)
    if not found or len({n.lower() for n in found[0]}) < len(found[0]):
        return None
    names, last = found
    return [f"{n} {last.group('noun')}" for n in names]


def value_names(text: str, run: list[Item], rules: Rules) -> list[str] | None:
    """The name written right before each value, or right after each, where every value has
    its own and none is a statistic, time, fluid or a metabolite of another; or the group's
    word after each count and share ("2 (2.7%) exposed and 1 (2.0%) unexposed infants")."""
    if len(run) < 2:
        return None
    if run[0].quantity.ucum == "%" and (shares := _counted_shares(text, run, rules)):
        return shares
    for names in (_names_before(text, run, rules), _names_after(text, run, rules)):
        if not names or not all(_usable(n, rules) for n in names):
            continue
        if len({n.lower() for n in names}) < len(names):
            continue
        if any(related_names(a, b) for a in names for b in names if a is not b):
            continue
        return [re.sub(r"\s+", " ", n).strip() for n in names]
    return None


def labelled_runs(text: str, ms: list[Item], used: set[int], rules: Rules) -> list[list[Item]]:
    """The longest lists of values of one unit, in a row, each named by its own word."""
    found: list[list[Item]] = []
    k = 0
    while k < len(ms) - 1:
        best = None
        for end in range(len(ms), k + 1, -1):
            run = ms[k:end]
            if any(id(x) in used for x in run) or len({x.quantity.ucum for x in run}) > 1:
                continue
            if value_names(text, run, rules):
                best = run
                break
        if best:
            found.append(best)
            used.update(id(x) for x in best)
            k += len(best)
        else:
            k += 1
    return found


# the count a share follows ("12/63, 19%"), and where one arm's words start after another's value
_COUNT_BEFORE = re.compile(r"\d+\s*/\s*\d+\s*,?\s*$")
_ARM_STARTS = re.compile(r"[;(]|,\s+(?=[A-Za-z])")


def paren_arm_names(text: str, run: list[Item], rules: Rules) -> list[str] | None:
    """The arms of values in one pair of parentheses, each written before its value, doses and
    counts and all: "(nefopam 40 mg: 12/63, 19%; placebo: 3/61, 5%)" -> "nefopam 40 mg",
    "placebo" (cue arm_value_pairs)."""
    if len(run) < 2:
        return None
    for m in rules.cue.arm_value_pairs.finditer(text, 0, run[-1].quantity.end + 200):
        if not all(m.start() < i.value.start < m.end() for i in run):
            continue
        names, start = [], m.start() + 1
        for item in run:
            words = _ARM_STARTS.split(text[start : item.value.start])[-1]
            names.append(_COUNT_BEFORE.sub("", words).strip(" :=,"))
            start = item.quantity.end
        if (
            all(re.match(r"[A-Za-z]", n) for n in names)
            and len({n.lower() for n in names}) == len(names)
            and not any(related_names(a, b) for k, a in enumerate(names) for b in names[k + 1 :])
        ):
            return names
        return None
    return None
