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
