"""Values an abstract sets side by side: arms named inside parentheses ("(A 132 ng/mL, B 127
ng/mL)"), a value in parentheses after each group ("with early dosing (1,210 g) and with late
dosing (1,185 g)"), two clauses for two groups ("A was 9.4, while B was 81"), a change ("rose
from 27 to 54", through more times), and each arm's value before and after a change given as
two lists ("(28, 27 and 29) and rose to 31, 38 and 55"). The cue words are in cues.yaml
(arm_value_pairs, paren_values_joined, contrast_words, clauses_contrasted, change_*,
lists_change_between)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.extract.arm_lists import arms_after
from pipeline.extract.labelled_values import related_names
from pipeline.extract.regex_cache import compiled
from pipeline.extract.rules import Rules
from pipeline.extract.value_arms import two_arms

if TYPE_CHECKING:
    from pipeline.extract.sentence_items import Item


def each_arm_changed(
    text: str, lists: list[list[Item]], used: set[int], rules: Rules
) -> list[list[Item]]:
    """Two lists of as many values, the second the arms' values before or after a change:
    "(28, 27 and 29 ng/mL) and rose to 31, 38 and 55 ng/mL" -> each arm's two values."""
    found: list[list[Item]] = []
    for first, second in zip(lists, lists[1:], strict=False):
        if len(first) != len(second) or first[0].quantity.ucum != second[0].quantity.ucum:
            continue
        if any(id(x) in used for x in second):
            continue
        joined = text[first[-1].quantity.end : second[0].value.start]
        if rules.cue.lists_change_between.match(joined):
            found += [[x, y] for x, y in zip(first, second, strict=True)]
            after = text[second[-1].quantity.end :]
            if not (arms_after(after, len(second), rules) or rules.quick.respectively.found(after)):
                used.update(id(y) for y in second)  # else the arms' own comparison too
    return found


def in_parentheses_after_groups(text: str, a: Item, b: Item, rules: Rules) -> bool:
    """Two values each in parentheses after its group, joined by "and", "but", "than" ... in a
    sentence that contrasts them ("similar with early dosing (1,210 g) and with late dosing
    (1,185 g)") or that names each one's group or arm."""
    opened = re.search(r"\(\s*(?:mean\s+|median\s+)?$", text[: a.value.start])
    if a.quantity is b.quantity or not opened:
        return False
    between = text[a.quantity.end : b.value.start]
    if not rules.cue.paren_values_joined.match(between):
        return False
    # "... (4.9%) in the A group and for one infant (3.0%) in the B group": each names its arm
    each_named = rules.cue.arm_named.search(between) and rules.cue.arm_named.search(
        text[b.quantity.end : b.quantity.end + 60]
    )
    # "reported by 11 mothers taking A (26%) and 4 taking placebo (10%)": two groups' shares
    shares = a.quantity.ucum == "%" and all(
        rules.cue.share_of_counted.search(t) for t in (text[: a.value.start], between)
    )
    return bool(each_named or shares or rules.cue.contrast_words.search(text))


def named_in_parentheses(
    text: str, ms: list[Item], used: set[int], rules: Rules
) -> list[list[Item]]:
    """Values in one pair of parentheses, each after the arm it belongs to: "(nifedipine 132
    ng/mL, labetalol 127 ng/mL)"."""
    found: list[list[Item]] = []
    for m in rules.cue.arm_value_pairs.finditer(text):
        run = [i for i in ms if m.start() < i.value.start < m.end() and id(i) not in used]
        # (an effect estimate after the arms' values is no arm's: "...; relative risk 3.87")
        run = [i for i in run if i.quantity.ucum == run[0].quantity.ucum]
        # the word before each value names it; a drug beside its own metabolite is no pair of
        # arms ("(examplol 12 mcg/L, desmethylexamplol 30 mcg/L)")
        names = [
            (re.findall(r"[A-Za-z][\w-]*", text[m.start() : i.value.start]) or [""])[-1]
            for i in run
        ]
        if any(related_names(a, b) for k, a in enumerate(names) for b in names[k + 1 :]):
            continue
        if len(run) >= 2 and len({i.quantity.ucum for i in run}) == 1:
            found.append(run)
            used.update(id(x) for x in run)
    return found


def drugs_of_arms(after_a: str, after_b: str, statement: str, rules: Rules) -> bool:
    """Each value "for" a drug that defines one of the statement's groups ("18 mothers taking
    A ... and 14 mothers taking B. ... 24 ng/mL for A and 31 ng/mL for B"; "either A (n = 24)
    or B (n = 24)"; "A users"); not a drug and its metabolite ("40 mcg/L for verapamil and 20
    mcg/L for norverapamil"), which no group takes."""
    names = [rules.cue.arm_for_after.match(x) for x in (after_a, after_b)]
    if not all(names):
        return False
    drugs = [m["drug"].lower() for m in names if m]
    if drugs[0] == drugs[1]:
        return False
    return all(
        compiled(rf"{rules.cue.arm_drug_taken.pattern}\s+{re.escape(d)}\b", re.I).search(statement)
        or compiled(rf"\b{re.escape(d)}{rules.cue.arm_drug_group.pattern}", re.I).search(statement)
        for d in drugs
    )


_CONTENT = re.compile(r"[a-z][a-z-]{2,}")
_FILLER = frozenset({"the", "and", "was", "were", "its", "their", "with", "while", "whereas"})


def contrasted_group(m: re.Match[str], rules: Rules) -> str | None:
    """The second clause's words before its verb (a clauses_contrasted match), where they name
    a group by its people or as an arm ("in 12 women given it orally", "the placebo arm")."""
    second = m["second"]
    if rules.cue.clause_group.search(second) or rules.cue.arm_named.search(second):
        return second
    return None


def clauses_contrasted(text: str, a: Item, b: Item, rules: Rules) -> bool:
    """Two clauses giving one measure for two groups or drugs: the second names a group by its
    people ("; in 12 women given it orally it was 0.8 mg/L") or repeats the first's words with
    one other name ("median milk A was 9.4 ug/L, while median milk B was 81 ug/L")."""
    m = rules.cue.clauses_contrasted.match(text[a.quantity.end : b.value.start])
    if not m:
        return False
    second = m["second"]
    if contrasted_group(m, rules):
        return True
    starts = [c.end() for c in re.finditer(r"[;,]|\b(?:while|whereas)\b", text[: a.value.start])]
    first = text[starts[-1] if starts else 0 : a.value.start].lower()
    words_a = set(_CONTENT.findall(first)) - _FILLER
    words_b = set(_CONTENT.findall(second.lower())) - _FILLER
    other = words_b - words_a
    return (
        len(words_a & words_b) >= 2
        and len(other) == 1
        and not rules.cue.clause_not_arm.match(other.pop())
    )


def before_and_after(text: str, a: Item, between: str, rules: Rules) -> bool:
    """ "increased from a mean of 27 ± 9 ng/mL to 54 ± 13 ng/mL": one group before and after."""
    return bool(
        rules.cue.change_from.search(text[: a.value.start]) and rules.cue.change_to.match(between)
    )


def told_before_then_after(text: str, a: Item, b: Item, rules: Rules) -> bool:
    """ "averaged 18 ng/mL before and 21 ng/mL after 4 weeks of therapy": one group's value
    before a treatment and after it, each time said right after its value."""
    between = text[a.quantity.end : b.value.start]
    if rules.cue.value_before_then_changed.match(between):
        return True  # "188 ng/mL before the first tablet; it had dropped to 61 ng/mL by day 3"
    return bool(
        rules.cue.value_before_then.match(between)
        and rules.cue.value_after_then.match(text[b.quantity.end :])
    )


def _time_course(text: str, b: Item, rules: Rules) -> bool:
    """ "increased from 2 to 5 mcg/mL between day 3 and day 10": a level over time in one group
    is no comparison."""
    return bool(rules.cue.time_course_after.match(text[b.quantity.end :]))


def _later_time(between: str, rules: Rules) -> bool:
    """A change's value followed by its time and another value of a later time: "... to 0.6
    after dose 1 and 1.4 after dose 2"."""
    m = rules.cue.value_time_after.match(between)
    return m is not None and bool(re.fullmatch(r"\s*(?:,|,?\s*and)\s*", between[m.end() :]))


def changed_or_set_apart(
    text: str,
    a: Item,
    b: Item,
    found: list[list[Item]],
    used: set[int],
    chained: bool,
    rules: Rules,
) -> bool:
    """Take b by a change ("rose from 27 to 54", "... to 0.61 after dose 1 and 1.42 after dose
    2") or by two groups set apart ("with early dosing (1,210 g) and with late dosing (1,185
    g)", "A was 9.4, while B was 81"); True where b was taken or is to be left alone."""
    between = between_values(text, a, b)
    if (
        chained
        and len(found[-1]) >= 2
        and before_and_after(text, found[-1][-2], between_values(text, found[-1][-2], a), rules)
        and (rules.cue.change_goes_on.match(between) or _later_time(between, rules))
    ):
        found[-1].append(b)
        used.add(id(b))
        return True
    if not chained and a.quantity is not b.quantity and told_before_then_after(text, a, b, rules):
        found.append([a, b])
        used.update({id(a), id(b)})
        return True
    if before_and_after(text, a, between, rules) and not chained:
        if _time_course(text, b, rules) and not rules.cue.baseline_said.search(between):
            return True  # "from 58 at baseline to 176 on day 10" is before and after
        found.append([a, b])
        used.update({id(a), id(b)})
        return True
    if (
        not chained
        and id(a) not in used
        and (
            in_parentheses_after_groups(text, a, b, rules) or clauses_contrasted(text, a, b, rules)
        )
    ):
        found.append([a, b])
        used.update({id(a), id(b)})
        return True
    return False


def each_armed(text: str, a: Item, b: Item, between: str, context: str, rules: Rules) -> bool:
    """Each of two values followed by its own arm: a group, or a drug that defines one of the
    statement's groups; a range in parentheses after a value stands between it and its arm
    ("1.2% (range 0.6-2.0%) in the low-dose group and 2.6% (range ...) in the ...")."""
    after_b = text[b.quantity.end :]
    percent = a.quantity.ucum == "%"
    return (
        two_arms(_aside_out(between), _aside_out(after_b), rules, percent)
        or drugs_of_arms(between, after_b, f"{context} {text}", rules)
        or pair_of_groups(text, a, between)  # "14 A infants and 20 B infants ... (14% and 15%)"
    )


def _aside_out(words: str) -> str:
    """The words after a value without the parenthesis of numbers right after it: its range
    or spread ("(range 0.6-2.0%)"), not its arm ("(intravenous)")."""
    return re.sub(r"^\s*\([^()]*\d[^()]*\)", "", words)


def between_values(text: str, a: Item, b: Item) -> str:
    """The words between two values: after the first's unit, or after the first value where
    they share one ("0.7 and 0.5 mg/L")."""
    return text[(a.value.end if a.quantity is b.quantity else a.quantity.end) : b.value.start]


# "(mean 22 and 24 mmol/L)" after "similar in the two groups": one value per group.
_TWO_GROUPS_BEFORE = re.compile(
    r"\b(?:the|both|two)\s+(?:study\s+|treatment\s+)?(?:groups|arms|cohorts)\b[^.;]{0,40}$"
    # "did not differ between the doses (0.31 and 0.34, respectively)": in brackets right after
    r"|\b(?:the|both|two)\s+(?:doses|dosages|regimens|periods|phases)\s*\(\s*(?:mean\s+|median\s+)?$",
    re.I,
)


# "A study of 14 breastfed infants ... and 20 formula-fed infants found similar rates of
# infection (14% and 15%)": two groups counted, then one value each in parentheses.
_TWO_COUNTED_BEFORE = re.compile(
    r"\b\d+\s+(?:[\w-]+\s+){0,3}?(?P<people>infants|women|mothers|babies|neonates|patients)\b"
    r"(?:[^.;()]|\.(?=\d)|\([^()]*\)){0,160}?\band\s+\d+\s+(?:[\w-]+\s+){0,3}?(?P=people)\b"
    r"[^.;()]{0,120}\(\s*$",
    re.I,
)


def pair_of_groups(text: str, a: Item, between: str) -> bool:
    before = text[: a.value.start]
    return bool(
        re.fullmatch(r"\s*and\s*", between)
        and (_TWO_GROUPS_BEFORE.search(before) or _TWO_COUNTED_BEFORE.search(before))
    )


def one_quantity_pair(
    text: str,
    a: Item,
    b: Item,
    between: str,
    versus: re.Match[str] | None,
    context: str,
    rules: Rules,
) -> bool:
    """Two values of one quantity (a list) that set two arms apart."""
    return bool(
        (versus and "compared" not in versus.group(0).lower())
        or pair_of_groups(text, a, between)
        or bool(
            re.search(r"\band\s*$", between)
            and rules.cue.pair_in_two_groups.match(text[b.quantity.end :])
        )
        # "ratio was 0.35 after the capsule and 0.29 with the tablet", "0.51 for A and 0.38 for
        # B" where the statement's groups took A and B
        or (
            re.search(r"\band\s*$", between)
            and (
                two_arms(between, text[b.value.end :], rules, False)
                or drugs_of_arms(between, text[b.value.end :], f"{context} {text}", rules)
            )
        )
    )
