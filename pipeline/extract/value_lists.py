"""Values listed for one measure: "0.7 and 0.5 mg/L", "35% and 70%", "6.1, 11.8 and 17.5 mg/L",
each with its spread ("12.3 ng/mL (IQR 8 to 15) and 9.1 ng/mL (IQR 6 to 11)") or after its count
("21 of 32 (66%), 24 of 33 (73%) and 9 of 31 (29%)"); and the lists whose arms the sentence or
statement tells ("respectively", "the corresponding means"), which are compared."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.extract.arm_lists import arms_after
from pipeline.extract.rules import Rules
from pipeline.extract.value_arms import armed

if TYPE_CHECKING:
    from pipeline.extract.mentions import Quantity
    from pipeline.extract.sentence_items import Item

LIST_JOIN = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+|or\s+)$")
# A value's spread in parentheses before the next value of a list: "12.3 ng/mL (IQR 8 to 15) and
# 9.1 ng/mL (IQR 6 to 11)".
_SPREAD_AFTER = re.compile(
    r"^\s*\(\s*(?:IQR|interquartile|range|95\s*%\s*CI|CI|SD|SE|s\.d\.)\b[^()]*\)", re.I
)


# Shares each after its count: "21 of 32 (66%), 24 of 33 (73%) and 9 of 31 (29%)", "6 (19%),
# 4 (13%) and 3 (9%)".
_COUNT_BETWEEN = re.compile(
    r"^\s*\)\s*(,\s*(?:and\s+)?|and\s+|or\s+)(?:by\s+)?\d+\s*(?:(?:of|/)\s*\d+\s*)?\(\s*$"
)


def _joined_list(between: str) -> bool:
    between = _COUNT_BETWEEN.sub(r"\1", _SPREAD_AFTER.sub("", between))
    return bool(LIST_JOIN.match(between))


def listed_values(text: str, ms: list[Item]) -> list[list[Item]]:
    """Values listed for "respectively": "0.7 and 0.5 mg/L", "35% and 70%", "6.1, 11.8 and
    17.5 mg/L" - consecutive single values of one unit joined by commas or "and"."""
    runs: list[list[Item]] = []
    for item in ms:
        if runs:
            prev = runs[-1][-1]
            joined = prev.quantity is item.quantity or (
                prev.quantity.ucum == item.quantity.ucum
                and _joined_list(text[prev.value.end : item.value.start])
            )
            if joined:
                runs[-1].append(item)
                continue
        runs.append([item])
    return [r for r in runs if len(r) >= 2]


_CORRESPONDING = re.compile(
    r"\bcorresponding\b|\b(?:for|in)\s+the\s+same\s+(?:[\w-]+\s+)?(?:groups|arms|doses)\b", re.I
)


def lists_with_arms(
    text: str, ms: list[Item], used: set[int], rules: Rules, context: str, groups: int
) -> list[list[Item]]:
    """Lists of values ("0.7 and 0.5 mg/L") whose arms the sentence or statement tells."""
    found: list[list[Item]] = []
    respectively = re.search(r"\brespectively\b", text) and not (
        rules.cue.respectively_not_arms.search(text)
    )
    for run in listed_values(text, ms):
        if any(id(x) in used for x in run):
            continue
        # "the corresponding means were 448, 396 and 305 mL": the arms of the statement, in order
        corresponding = (
            _CORRESPONDING.search(text[: run[0].value.start])
            or rules.cue.arm_order_after.match(text[run[-1].quantity.end :])
            or rules.cue.list_compared_before.search(text[: run[0].value.start])
        )
        # "0.7 and 0.5 mg/L, respectively" after "intramuscularly or intravenously"; "7%,
        # 10% and 19% of women in the no-fentanyl, 50 mcg and 150 mcg groups"
        in_groups = rules.cue.groups_compared.search(text[max(0, run[0].value.start - 60) :])
        if (
            (
                (respectively or corresponding)
                and (groups >= len(run) or armed(context, text, len(run), rules))
            )
            or arms_after(text[run[-1].quantity.end :], len(run), rules)
            or rules.cue.list_compared_after.match(text[run[-1].quantity.end :])
            or (in_groups and in_groups.start() < 60)  # "similar in the two groups (22 and 24)"
            or rules.cue.groups_after_list.match(text[run[-1].quantity.end :])
            or (respectively and len(run) == 2 and pair_before(text[: run[0].value.start], rules))
        ):
            found.append(run)
            used.update(id(x) for x in run)
    return found


def _milk_pair(head: str, rules: Rules) -> re.Match[str] | None:
    m = rules.cue.arm_pair_subject.search(head)
    if not m or m["a"].lower() == m["b"].lower():
        return None
    return m if all(rules.cue.milk_part.match(m[k].lower()) for k in ("a", "b")) else None


def pair_before(head: str, rules: Rules) -> list[str] | None:
    """ "foremilk and hindmilk ... contained 2.7 and 3.1 mg/L, respectively": two parts of the
    milk (or sides of the breast) as the subject of the list's clause."""
    m = _milk_pair(head, rules)
    return [m["a"], m["b"]] if m else None


_OF_SUBSTANCE_AFTER = re.compile(
    r"^\s*of\s+(?:the\s+)?(?P<what>[a-z][\w-]+)\b(?!\s+(?:the|her|their|a)\b)"
)
# Verbs that join the pair of arms to their values, no part of what is measured.
_HOLDING_VERB = re.compile(r"\b(?:contained|had|held|showed|were|was|averaged|measured)\s*$")


def milk_part_outcome(head: str, after: str, rules: Rules) -> str | None:
    """What parts of the milk ("foremilk and hindmilk") are compared in: the words after the
    pair and the substance named after the values ("foremilk and hindmilk collected at the same
    feeding contained 2.7 and 3.1 mg/L of lamotrigine" -> "milk collected at the same feeding
    lamotrigine")."""
    m = _milk_pair(head, rules)
    if not m or not all(m[k].lower().endswith("milk") for k in ("a", "b")):
        return None
    rest = _HOLDING_VERB.sub("", m["rest"].strip()).strip()
    of = _OF_SUBSTANCE_AFTER.match(after)
    return " ".join(w for w in ("milk", rest, of["what"] if of else "") if w)


def corresponding_lists(
    text: str, ms: list[Item], found: list[list[Item]], used: set[int], rules: Rules, context: str
) -> list[list[Item]]:
    """A list of values said to correspond to arms given before: "... 182 mcg/L after 50 mg,
    395 mcg/L after 100 mg and 590 mcg/L after 150 mg, and the corresponding half-lives were
    5.4, 6.1 and 6.8 hours", "The relative infant doses for the same dosage groups were ..."."""
    out: list[list[Item]] = []
    for run in listed_values(text, ms):
        if any(id(x) in used for x in run):
            continue
        cue = rules.cue.values_correspond.search(text[: run[0].value.start])
        if not cue:
            continue
        told = any(len(r) == len(run) and r[-1].value.end <= cue.start() for r in found)
        if told or armed(context, text, len(run), rules):
            out.append(run)
    return out


# "7620 g, 7790 g and 7510 g in the three exposed groups and 7700 g in controls": a list whose
# group words name several groups, then one more group's value.
_GROUPS_OF_A_LIST = re.compile(
    r"^\s*(?:of|in|among|for)\s+(?:the\s+|all\s+)?(?:(?:two|three|four|five|six|\d)\s+(?:[\w-]+\s+)?"
    r"(?:groups|arms|cohorts)|(?:[\w-]+\s+)?(?:exposed|treated)\s+(?:groups|arms|cohorts|infants|"
    r"women|mothers|babies))\b",
    re.I,
)


def list_of_groups(text: str, before: list[Item], a: Item, used: set[int]) -> list[Item]:
    """The values listed before `a` (free, of its unit) where the group words after `a` name
    several groups, one per value of the list."""
    if not _GROUPS_OF_A_LIST.match(text[a.quantity.end :]):
        return []
    listed: list[Item] = []
    nxt = a
    for p in reversed(before):
        if id(p) in used or p.quantity.ucum != a.quantity.ucum or p.value.value_high is not None:
            break
        end = p.value.end if p.quantity is nxt.quantity else p.quantity.end
        if not _joined_list(text[end : nxt.value.start]):
            break
        listed.insert(0, p)
        nxt = p
    return listed


def counted_list_start(text: str, ms: list[Item], run: list[Item], used: set[int]) -> list[Item]:
    """The run with the free values of its unit listed right before it, each after its count:
    "at 12 weeks the figures were 2 (2.7%), 3 (4.1%) and 2 (2.8%)" is one list of three, not a
    pair after a lone value."""
    first = run[0]
    k = next((j for j, x in enumerate(ms) if x is first), 0)
    listed: list[Item] = []
    nxt = first
    for p in reversed(ms[:k]):
        if (
            id(p) in used
            or p.quantity.ucum != first.quantity.ucum
            or p.value.value_high is not None
        ):
            break
        between = text[p.quantity.end : nxt.value.start]
        if p.quantity is nxt.quantity or not _COUNT_BETWEEN.match(between):
            break
        listed.insert(0, p)
        nxt = p
    return [*listed, *run]


# The words right after a value that may name its fluid: "4.6 h in milk", "3.9 h in maternal
# plasma" (the fluid itself is cues.yaml's fluid_words).
_WORD_AFTER = re.compile(
    r"\s*(?:in|of)\s+(?:(?P<whose>maternal|infant)\s+|the\s+)?(?P<word>[\w-]+)"
)


def corresponding_pairs(
    text: str, ms: list[Item], used: set[int], rules: Rules
) -> list[list[Item]]:
    """A list said to correspond to as many single values of its unit before it, each told
    apart by its own words, pairs with them value by value: "half-lives of 4.6 h in milk and
    3.9 h in plasma in the lower-dose group; the corresponding figures in the higher-dose group
    were 4.9 h and 4.1 h" -> milk's pair (4.6, 4.9) and plasma's (3.9, 4.1)."""
    out: list[list[Item]] = []
    for run in listed_values(text, ms):
        cue = rules.cue.values_correspond.search(text[: run[0].value.start])
        if not cue or any(id(x) in used for x in run):
            continue
        unit = run[0].quantity.ucum
        earlier = [i for i in ms if i.value.end <= cue.start() and i.quantity.ucum == unit]
        if len(earlier) != len(run) or any(id(x) in used for x in earlier):
            continue
        # the list is another group's ("the corresponding figures in the higher-dose group"), not
        # another fluid's ("with corresponding milk levels of"), of values each of a fluid
        pointing = text[cue.start() : run[0].value.start]
        if rules.cue.fluid_words.search(pointing) or not rules.cue.arm_named.search(pointing):
            continue
        after = [_WORD_AFTER.match(text, i.quantity.end) for i in earlier]
        if not all(m and rules.cue.fluid_words.match(m["word"]) for m in after):
            continue
        if listed_values(text, earlier):  # "were 4.6 and 3.9 h": a list of its own, not pairs
            continue
        pairs = [[a, b] for a, b in zip(earlier, run, strict=True)]
        out += pairs
        used.update(id(x) for pair in pairs for x in pair)
    return out


def corresponding_change(head: str, context: str, rules: Rules) -> bool:
    """ "In the 100 mg arm, prolactin rose from 41 to 198 ng/mL; the corresponding values in the
    50 mg arm were 39 and 142 ng/mL": another arm's before and after."""
    cut = max(head.rfind(";"), head.rfind(". "))
    return bool(rules.cue.values_correspond.search(head[cut + 1 :])) and bool(
        rules.cue.change_told_before.search(f"{context[-300:]} {head[: max(cut, 0)]}")
    )


def _pointing_back(text: str, run: list[Item], rules: Rules) -> re.Match[str] | None:
    """The words between a pair's values that say the second corresponds to the first."""
    if len(run) != 2:
        return None
    found = list(
        rules.cue.values_correspond.finditer(text, run[0].quantity.end, run[1].value.start)
    )
    return found[-1] if found else None


def corresponded_arms(text: str, run: list[Item], rules: Rules) -> list[str] | None:
    """The groups of a pair corresponding_pairs made: the one named after the first value's list
    ("... 3.9 h in plasma in the lower-dose group") and the one the words pointing back name
    ("the corresponding figures in the higher-dose group")."""
    cue = _pointing_back(text, run, rules)
    if cue is None:
        return None
    first = list(rules.cue.arm_named.finditer(text, run[0].quantity.end, cue.start()))
    second = list(rules.cue.arm_named.finditer(text, cue.end(), run[1].value.start))
    if not first or not second:
        return None
    return [re.sub(r"^the\s+", "", m.group("arm"), flags=re.I) for m in (first[-1], second[0])]


def corresponded_outcome(text: str, run: list[Item], rules: Rules) -> str | None:
    """A corresponding pair's outcome: what the first value measures and the fluid said right
    after it ("half-lives" ... "4.6 h in milk" -> "half-lives in milk")."""
    if _pointing_back(text, run, rules) is None or not run[0].measure:
        return None
    fluid = _WORD_AFTER.match(text, run[0].quantity.end)
    if fluid and rules.cue.fluid_words.match(fluid["word"]):
        return " ".join(w for w in (run[0].measure, "in", fluid["whose"], fluid["word"]) if w)
    return run[0].measure


def result_before_its_dose(out: list[Item], q: Quantity) -> Item:
    """The last item, or the result right before it where it is the dose that result was given
    at ("0.21 mg/kg/day at 15 mg/kg")."""
    last = out[-1]
    at_dose = last.rule_id.endswith((">dose.at_after_value", ">dose.after_value"))
    if at_dose and len(out) > 1 and out[-2].quantity.unit_kind == q.unit_kind:
        return out[-2]
    return last


def result_contrasted(out: list[Item], q: Quantity, before: str, rules: Rules) -> bool:
    """An amount set against an earlier result of its kind in the sentence, the result's clause
    between them: "11.2 µg of X (0.22% of the dose) was recovered in milk after the tablet
    compared with 8.1 µg after the spray" (a result, not a dose)."""
    earlier = [i for i in out if i.quantity.unit_kind == q.unit_kind]
    if not earlier or earlier[-1].table != "measurements":
        return False
    last = earlier[-1]
    if last.quantity.ucum == q.ucum and rules.cue.before_after_from.search(before):
        return True  # "rose from 210 mL to 330 mL; among the controls it went from 200 mL"
    if last.quantity.ucum == q.ucum and re.fullmatch(r"\s+to\s+", before[last.quantity.end :]):
        return bool(rules.cue.before_after_from.search(before[: last.value.start]))  # "to 250 mL"
    return bool(rules.cue.versus_after_clause.match(before[last.quantity.end :]))
