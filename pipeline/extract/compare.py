"""What a comparison compares: its outcome (outcome_words.py), its arms (one label per value)
and whether the text calls the difference significant, from words ("significantly fewer", "did
not differ") or a p-value ("p < 0.05", "P = 0.31", "(p=.02)"). The cue words are in
cues.yaml."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.extract.arm_counts import count_share_labels
from pipeline.extract.arm_labels import (
    after_count,
    bracketed_arms,
    compared_groups,
    final_labels,
    first_group,
    owned,
    pair_sharing_noun,
    than_arms,
    than_pair,
    tidy_arm,
    times_of,
    versus_arms,
    without_doses,
)
from pipeline.extract.arm_lists import arms_after, statement_arms
from pipeline.extract.compare_verdict import last_contrast, p_value, significance, told_of
from pipeline.extract.labelled_values import paren_arm_names, value_names
from pipeline.extract.outcome_words import outcome_of
from pipeline.extract.paren_values import contrasted_group, told_before_then_after
from pipeline.extract.regex_cache import compiled
from pipeline.extract.rules import Rules
from pipeline.extract.segment import SentenceFacts
from pipeline.extract.sentence_items import Item
from pipeline.extract.subject_arms import contrasted_arms, subject_arms
from pipeline.extract.twin_lists import twin_list_arms, twin_list_time
from pipeline.extract.value_lists import (
    corresponded_arms,
    corresponded_outcome,
    corresponding_change,
    milk_part_outcome,
    pair_before,
)

# A value's spread in parentheses: "(IQR 0.7-1.9)", "(range 2 to 9)", "(SD 1.2)".
_SPREAD = re.compile(r"\s*\(\s*(?:IQR|interquartile|range|95\s*%\s*CI|CI|SD|SE)\b[^()]*\)", re.I)
# How far before a statement the document may have introduced its arms (an abstract's Methods).
_INTRODUCED_WINDOW = 1500


@dataclass
class Earlier:
    """The arms of the statement's last comparison: in the same sentence, in an earlier one;
    and the arms the statement last counted in an earlier sentence."""

    sentence: list[str] | None = None
    statement: list[str] | None = None
    counted: list[str] | None = None  # the arms an earlier sentence counted: "(67 A, 65 B)"


@dataclass
class Described:
    outcome: str | None
    arms: list[str] | None
    link_arms: list[str] | None  # the arms results are linked by (see arms_for_links)
    significant: bool | None
    p_value: float | None
    p_qualifier: str | None


def _defined(arm: str, context: str) -> str:
    """ "Group A" as the statement defines it: "Group A-domperidone" -> "Group A (domperidone)"."""
    m = re.fullmatch(r"group\s+([A-Z0-9])", arm, re.I)
    if not m:
        return arm
    found = compiled(rf"\bgroup\s+{m.group(1)}\s*[-–:(]\s*([A-Za-z][\w-]*)", re.I).search(context)
    return f"{arm} ({found.group(1)})" if found else arm


def _named(text: str, rules: Rules) -> list[str]:
    out: list[str] = []
    for m in rules.cue.arm_named.finditer(text):
        arm = tidy_arm(m.group("arm"))
        if arm.lower() not in (a.lower() for a in out):
            out.append(arm)
    return out


_FROM_BASELINE = re.compile(r"\s*from\s+(?:the\s+)?(?:baseline|start)\b", re.I)
_SHARE_OF = re.compile(
    r"^(?:the\s+)?(?:[\w'\u2019-]+\s+){0,3}(?:doses?|dosages?|levels?|concentrations?)\s+(?:with|after|on|of)\s+",
    re.I,
)


def _each(
    text: str, run: list[Item], rules: Rules, whole: str, context: str = ""
) -> list[str] | None:
    """A group named right after each value ("in treated women", "(11%) exposed infants"), or
    right before each; or the first group opening the clause and the second after its value."""
    # one quantity of several values ("0.35 after the capsule and 0.29 with the tablet"): each
    # value's words start where it ends
    ends = [i.value.end if len(i.quantity.values) > 1 else i.quantity.end for i in run]
    # a spread between a value and its group: "1.2 ng/mL (IQR 0.7-1.9) on the lower dose"
    ends = [m.end() if (m := _SPREAD.match(text, end)) else end for end in ends]
    # "rose by 38% from baseline with A and 17% with B": the change's start stands between
    ends = [m.end() if (m := _FROM_BASELINE.match(text, end)) else end for end in ends]
    after = [
        rules.cue.arm_after.match(text[end:]) or rules.cue.arm_after_count.match(text[end:])
        for end in ends
    ]
    # "514 mL of milk per day": a fluid, not a group; "8 days in hospital": a stay
    after = [
        None
        if m
        and (
            (
                rules.cue.fluid_words.match(m.group("arm"))
                and not rules.cue.milk_fractions.match(m.group("arm"))
            )
            or rules.cue.stay_after.match(text[end:])
        )
        else m
        for m, end in zip(after, ends, strict=True)
    ]
    if all(after) and len(set(ends)) == len(run):  # one group each
        # ("in the A group too sleepy to feed": the group, not what it was)
        named = [rules.cue.arm_label_after_group.sub("", m.group("arm")) for m in after if m]
        # "0.8% of the maternal weight-adjusted dose with 20 mg": the arm after what it shares
        named = [_SHARE_OF.sub("", a) for a in named]
        people = [after_count(a, rules) for a in named]
        opening = text[: run[0].value.start]
        arms = [_defined(tidy_arm(owned(a, opening, rules)), whole) for a in people]
        if len(arms) == 2 and re.fullmatch(r"(?:the\s+)?(?:others|rest)", arms[1], re.I):
            # "5 of 31 (16%) breastfed infants and 2 of 29 (7%) of the others": the group the
            # statement compared with the first
            pair = compared_groups(f"{context[-600:]} {text}", rules)
            arms[1] = pair[1] if pair and pair[1].lower() != arms[0].lower() else arms[1]
        if not any(re.fullmatch(r"them|those|these|theirs", a, re.I) for a in arms):
            return arms
    before = []
    for k, item in enumerate(run):
        start = run[k - 1].quantity.end if k else 0
        before.append(rules.cue.arm_before.search(text[start : item.value.start]))
    if all(before):
        return [_defined(tidy_arm(m.group("arm")), whole) for m in before if m]
    first_after, second_after = (
        None if m is None or rules.cue.not_an_arm.search(m.group("arm")) else m for m in after[:2]
    )
    between = text[run[0].quantity.end : run[-1].value.start]
    if len(run) == 2 and second_after is None:  # "... similar to the 445 mL produced by 28 ..."
        second_after = rules.cue.arm_found_in.match(text[ends[1] :])
    if (
        len(run) == 2
        and second_after
        and not first_after
        and re.search(
            r"\b(?:compared|vs\.?|versus|against|than|similar to|the same as)\b", between
        )  # no list's
    ):
        first = first_group(text[: run[0].value.start], second_after.group("arm"), rules)
        if first:
            return [first, tidy_arm(second_after.group("arm"))]
    if len(run) == 2 and first_after and not second_after:
        # "68 ug/L in supplemented mothers, whereas the placebo arm remained at 2.6 ug/L": the
        # second group the subject of its own clause
        second = _contrasted_subject(text[ends[0] :], run[1].value.start - ends[0], rules)
        if second:
            return [tidy_arm(first_after.group("arm")), second]
    return None


def _contrasted_subject(after_first: str, to_second: int, rules: Rules) -> str | None:
    """The group a contrasted second clause opens with, up to its verb ("whereas the placebo
    arm remained at"), where it names a group by its people or as an arm."""
    m = rules.cue.clauses_contrasted.match(after_first[:to_second])
    group = contrasted_group(m, rules) if m else None
    return tidy_arm(group) if group else None


def arms_of(
    text: str,
    run: list[Item],
    context: str,
    rules: Rules,
    document: str = "",
    doses: list[str] | None = None,
    groups: list[str] | None = None,
    earlier: Earlier | None = None,
) -> list[str] | None:
    """One label per value: the group named right after each value ("64 mg/L in treated
    women") or right before it ("in Group A (77.8%)"); two groups sharing a noun ("in the
    low- and high-dose groups"); the statement's doses when there are as many as values ("500
    mg twice daily and 850 mg twice daily ... 0.16 and 0.29 mg/L, respectively"); else the
    groups the sentence names, then those named earlier in the statement."""
    whole = f"{document or context} {text}"  # where "Group A" is defined
    n = len(run)
    found = (
        twin_list_arms(text, run, rules)
        or bracketed_arms(text, run, rules)
        or corresponded_arms(text, run, rules)
        or value_names(text, run, rules)
        or paren_arm_names(text, run, rules)
        or versus_arms(text, run, rules)
        or than_arms(text, run, rules)
        or _each(text, run, rules, whole, context)
        or arms_after(text[run[-1].quantity.end :], n, rules)
        or subject_arms(text, run, rules)
        or contrasted_arms(text, run, rules)
        or count_share_labels(text, run, rules)
    )
    if found:
        return found
    after = text[run[-1].quantity.end :]
    if re.search(r"\brespectively\b", after):  # "at 4 months (43 vs 42) or at 7 months (44 vs
        # 45) in the A and B groups, respectively": the list after the next parentheses
        for closing in re.finditer(r"\)", after):
            found = arms_after(after[closing.end() :], n, rules)
            if found:
                return found
    if earlier and earlier.sentence and len(earlier.sentence) == n:
        return earlier.sentence  # "... 0.4 and 0.9 mg/L in the A and B groups, respectively, and"
    in_order = rules.cue.arm_order_after.match(after)  # "45, 190 and 330 IU/L in the same order"
    if in_order and earlier and earlier.statement and len(earlier.statement) == n:
        return earlier.statement
    head = text[: run[0].value.start]
    pair = pair_before(head, rules) if n == 2 and rules.quick.respectively.found(after) else None
    if pair:  # "foremilk and hindmilk contained 2.7 and 3.1 mg/L, respectively"
        return pair
    than = [*rules.cue.arm_than.finditer(head)] or [*rules.cue.arm_than_subject.finditer(head)]
    than = than or [*rules.cue.arm_than_counted.finditer(head)]  # "the 9 who were A ... than"
    than = than or [*rules.cue.arm_between.finditer(head)]  # "between A and those B (2.1% vs
    if n == 2 and than:  # "higher in the women taking 0.3 mg than in those taking 0.15 mg (3.9 vs"
        return than_pair(than[-1], head, rules)
    # "4 of the 21 clonidine-exposed infants and 3 of the 33 ...", "in the low- and high-dose"
    found, named = _groups_or_doses(text, run, context, rules, whole, doses, groups)
    if found:
        return found
    return _told_before(text, run, context, rules, named, earlier, whole)


def _groups_or_doses(
    text: str,
    run: list[Item],
    context: str,
    rules: Rules,
    whole: str,
    doses: list[str] | None,
    groups: list[str] | None,
) -> tuple[list[str] | None, list[str]]:
    """(arms, the groups the sentence names): the sentence's counted groups, two groups sharing
    a noun, the groups the sentence names, the statement's doses, where as many as the values;
    the comparison's arms and the links' read them alike."""
    n = len(run)
    named = _named(text[: run[0].value.start], rules)
    if groups and len(groups) == n:
        return groups, named
    found = pair_sharing_noun(f"{context} {text}", n, rules)
    if found:
        return found, named
    if len(named) == n:
        return [_defined(a, whole) for a in named], named
    if doses and len(doses) == n and len(set(doses)) == n:
        # alternatives the statement named that differ by name ("either nifedipine 30 mg or
        # labetalol 200 mg") are the arms, not their doses
        names = statement_arms(f"{context} {text[: run[0].value.start]}", n, rules)
        if names and not any(re.search(r"\d", a) for a in names):
            return names, named
        return doses, named
    return None, named


def _told_before(
    text: str,
    run: list[Item],
    context: str,
    rules: Rules,
    named: list[str],
    earlier: Earlier | None,
    whole: str,
) -> list[str] | None:
    """Arms the statement gave before the values: alternatives listed before them in the
    sentence, the groups of its last comparison, a group the sentence names with one named
    earlier ("... versus non-supplemented controls. In the magnesium group, ... (63% vs 80%)"),
    alternatives listed earlier in the statement, else the groups it names."""
    n = len(run)
    found = statement_arms(text[: run[0].value.start], n, rules)
    if found:
        return found
    if earlier and earlier.statement and len(earlier.statement) == n:
        return earlier.statement  # the groups the statement's last comparison named
    arms = list(named)
    for arm in _named(context, rules):
        if arm.lower() not in (a.lower() for a in arms):
            arms.append(arm)
    if named and len(arms) >= n:
        return [_defined(a, whole) for a in arms[:n]]
    found = statement_arms(context, n, rules)
    if found:
        return found
    alternatives = list(rules.cue.arm_alternatives.finditer(f"{context} {text}"))
    if n == 2 and alternatives and rules.not_drug.isdisjoint(alternatives[-1].group("a", "b")):
        return [alternatives[-1].group("a"), alternatives[-1].group("b")]
    if len(arms) >= n:
        return [_defined(a, whole) for a in arms[:n]]
    if n == 2:  # "A study compared 14 women taking X with 9 women taking Y. ... 9.1 vs 22.7"
        before = text[: run[0].value.start]
        found = compared_groups(before, rules, context) or compared_groups(context, rules)
        if found:
            return found
    if earlier and earlier.counted and len(earlier.counted) == n:
        return earlier.counted  # "(67 A, 65 B) were analysed. ... 212 and 236 mL, respectively"
    # An abstract's Methods introduce the arms its Results report ("Half were allocated to
    # intravenous and half to oral administration. ... 38.6 and 21.4 ng/mL, respectively").
    document = whole[: len(whole) - len(text)]
    return statement_arms(document[-_INTRODUCED_WINDOW:], n, rules)


def arms_for_links(
    text: str,
    run: list[Item],
    context: str,
    rules: Rules,
    whole: str,
    doses: list[str] | None,
    groups: list[str] | None,
) -> list[str] | None:
    """The arms the dose and group links read: a group named right after or before each
    value, the sentence's groups, two groups sharing a noun, the groups the sentence names, the
    statement's doses, two alternatives, the groups named in the statement. The links read
    these words near the groups and doses they count; the arms lists, subjects and "than"
    contrasts that label comparisons (arms_of) are for the comparison alone until the links
    learn to read them."""
    n = len(run)
    twins = twin_list_arms(text, run, rules)  # one list per arm, over the same times
    if twins:
        return twins
    after = [rules.cue.arm_after.match(text[i.quantity.end :]) for i in run]
    if all(after) and len({i.quantity.end for i in run}) == n:  # one group each, not a list's
        return [_defined(tidy_arm(m.group("arm")), whole) for m in after if m]
    before = [
        rules.cue.arm_before.search(text[(run[k - 1].quantity.end if k else 0) : i.value.start])
        for k, i in enumerate(run)
    ]
    if all(before):
        return [_defined(tidy_arm(m.group("arm")), whole) for m in before if m]
    found, named = _groups_or_doses(text, run, context, rules, whole, doses, groups)
    if found:
        return found
    alternatives = list(rules.cue.arm_alternatives.finditer(f"{context} {text}"))
    if n == 2 and alternatives and rules.not_drug.isdisjoint(alternatives[-1].group("a", "b")):
        return [alternatives[-1].group("a"), alternatives[-1].group("b")]
    if n == 2 and not named:  # "64 pairs exposed to X were compared with 71 unexposed pairs"
        compared = compared_groups(text[: run[0].value.start], rules, context, only_counted=True)
        if compared or (compared := compared_groups(context, rules, only_counted=True)):
            return compared
    for arm in _named(context, rules):
        if arm.lower() not in (a.lower() for a in named):
            named.append(arm)
    return [_defined(a, whole) for a in named[:n]] if len(named) >= n else None


# An outcome that is more than the verb joining the arms to their values.
_NAMES_SOMETHING = re.compile(
    r"\b(?!(?:contained|averaged|was|were|had|held|measured|showed|reached)\b)[a-z]{3,}", re.I
)

# "... to 301 mL, a 41% increase, compared with a 15% increase with placebo (p = 0.003)": a
# p-value after another value set against this change's is that contrast's.
_CONTRAST_AFTER = re.compile(
    r"^[^.;()]*?\b(?:compared\s+(?:with|to)|versus|vs\.?|against)\s[^.;()]*?\d[^.;()]*\(\s*p\b",
    re.I,
)


def describe_comparison(
    f: SentenceFacts,
    run: list[Item],
    context: str,
    rules: Rules,
    document: str = "",
    doses: list[str] | None = None,
    groups: list[str] | None = None,
    earlier: Earlier | None = None,
    following: str = "",
) -> Described:
    """`context`: the statement before the sentence; `document`: the document before it;
    `doses`: the statement's doses as written, the arms of a list of values across doses;
    `following`: the statement's next sentence, which may give the verdict ("The difference was
    not statistically significant (P = 0.62).")."""
    text = f.sentence.text
    head = text[: run[0].value.start]
    # "but was essentially unchanged with placebo (40 vs 44 ng/mL)": before and after, too
    unchanged = len(run) == 2 and rules.cue.unchanged_values.search(head) is not None
    change = unchanged or rules.cue.change_from.search(head) is not None
    change = change or (len(run) == 2 and told_before_then_after(text, run[0], run[1], rules))
    change = change or (len(run) == 2 and corresponding_change(head, context, rules))
    if change:
        arms: list[str] | None = ["before", *["after"] * (len(run) - 1)]
        link_arms = arms
    else:
        arms = arms_of(text, run, context, rules, document, doses, groups, earlier)
        # (an arm's dose stays in its label where the statement's doses tell its arms apart)
        arms = without_doses(arms, rules) if arms and len(set(doses or [])) < 2 else arms
        whole = f"{document or context} {text}"
        link_arms = arms_for_links(text, run, context, rules, whole, doses, groups)
    told = told_of(text, run, rules)
    p, qualifier = p_value(told, rules)
    if p is None and run[0].p_cell:  # a table row: its P column
        p, qualifier = p_value(run[0].p_cell, rules)
    significant = significance(told, p, qualifier, rules)
    every = rules.cue.p_for_all.search(text)
    if significant is None and every:  # "(P<0.001 for trend at both times)"
        p, qualifier = p_value(every.group(0), rules)
        significant = significance(every.group(0), p, qualifier, rules)
    verdict = rules.cue.difference_refers_back.match(following)
    every_one = rules.cue.differences_refer_back.match(following)  # "Neither difference ..."
    if significant is None and (every_one or (verdict and last_contrast(text, run, rules))):
        end = rules.cue.comparison_clause_end.search(following)
        told = following[: end.start() if end else len(following)]
        p, qualifier = p_value(told, rules)
        significant = significance(told, p, qualifier, rules)
    contrast_after = _CONTRAST_AFTER.search(text[run[-1].quantity.end :])
    if change and (rules.cue.between_groups.search(told) or contrast_after):
        p, qualifier, significant = None, None, None  # the groups' contrast, not this change
    outcome = outcome_of(text, run[0], arms, rules, run[-1])  # less the arms' own words
    outcome = corresponded_outcome(text, run, rules) or outcome
    when = twin_list_time(text, run, rules)  # one of two lists over the same times
    if when and outcome:
        outcome = f"{' '.join(rules.cue.time_said.sub(' ', outcome).split())} at {when}"
    if len(run) == 2 and rules.quick.respectively.found(text[run[-1].quantity.end :]):
        outcome = milk_part_outcome(head, text[run[-1].quantity.end :], rules) or outcome
    arms = final_labels(arms, rules) if arms and not change else arms
    if arms and all(rules.cue.milk_part.match(a.lower()) for a in arms):
        # "Foremilk averaged 5.5 mcg/L and hindmilk 6.2", "Hindmilk contained 3.3 mg/L and
        # foremilk 2.1": what the parts hold, where no words but a verb name it
        outcome = outcome if _NAMES_SOMETHING.search(outcome or "") else "milk level"
    if change:
        arms = times_of(text, run, rules)  # the links still read "before" and "after"
    return Described(outcome, arms, link_arms, significant, p, qualifier)
