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
