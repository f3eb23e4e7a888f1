"""What a comparison compares: its outcome, its arms (one label per value) and whether the
text calls the difference significant, from words ("significantly fewer", "did not differ")
or a p-value ("p < 0.05", "P = 0.31", "(p=.02)"). The cue words are in cues.yaml."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.extract.rules import Rules
from pipeline.extract.segment import SentenceFacts
from pipeline.extract.sentence_items import Item

_P_QUALIFIER = {"<": "<", "≤": "<", "<=": "<", "=": "=", ">": ">", "≥": ">", ">=": ">"}
_NUMBER = re.compile(r"[<>≤≥~]?\s*\d+(?:[.,]\d+)*\s*(?:%|[a-zA-Zµμ/]+(?:/[a-zA-Z]+)?)?")


@dataclass
class Described:
    outcome: str | None
    arms: list[str] | None
    significant: bool | None
    p_value: float | None
    p_qualifier: str | None


def p_value(text: str, rules: Rules) -> tuple[float | None, str | None]:
    m = rules.cue.p_value.search(text)
    if not m:
        return None, None
    raw = m.group("value")
    value = float("0" + raw if raw.startswith(".") else raw)
    return value, _P_QUALIFIER.get(m.group("op").replace(" ", ""), "=")


def significance(text: str, p: float | None, qualifier: str | None, rules: Rules) -> bool | None:
    if p is not None and qualifier is not None:
        if qualifier == "<":
            return p <= 0.05
        if qualifier == "=":
            return p < 0.05
        return False
    if rules.cue.not_significant.search(text):
        return False
    if rules.cue.significant.search(text):
        return True
    return None


def _clean(words: str, rules: Rules) -> str | None:
    """The outcome in the text's words: numbers, groups and comparison words dropped."""
    words = _NUMBER.sub(" ", words)
    words = rules.cue.outcome_drop.sub(" ", words)
    words = re.sub(r"[()\[\],;:]", " ", words)
    words = re.sub(r"\s+", " ", words).strip(" -.")
    words = re.sub(
        r"^(?:(?:of|the|a|an|and|or|in|for|was|were|at|to|with)\s+)+", "", words, flags=re.I
    )
    words = re.sub(
        r"(?:\s+(?:of|the|a|an|and|or|in|for|was|were|is|are|to|with|by|from))+$",
        "",
        words,
        flags=re.I,
    )
    return words or None


def outcome_of(text: str, first: Item, arms: list[str] | None, rules: Rules) -> str | None:
    """The words before the first value, in its clause, up to a named arm."""
    before = text[: first.value.start]
    cuts = [0, *(m.end() for m in rules.cue.outcome_break.finditer(before))]
    end = len(before)
    for cut in reversed(cuts):  # the nearest clause before the value that names something
        segment = before[cut:end]
        for arm in arms or []:
            at = segment.lower().find(arm.lower().split(" (")[0])
            if at >= 0:
                segment = segment[:at] + segment[at + len(arm.split(" (")[0]) :]
        cleaned = _clean(segment, rules)
        if cleaned and len(cleaned.split()) >= 2:
            return cleaned
        end = cut
    return None


def _tidy(arm: str) -> str:
    arm = re.sub(r"\s+", " ", arm).strip()
    return re.sub(r"^(?:the|a|an)\s+", "", arm, flags=re.I)


def _defined(arm: str, context: str) -> str:
    """ "Group A" as the statement defines it: "Group A-domperidone" -> "Group A (domperidone)"."""
    m = re.fullmatch(r"group\s+([A-Z0-9])", arm, re.I)
    if not m:
        return arm
    found = re.search(rf"\bgroup\s+{m.group(1)}\s*[-–:(]\s*([A-Za-z][\w-]*)", context, re.I)
    return f"{arm} ({found.group(1)})" if found else arm


def _named(text: str, rules: Rules) -> list[str]:
    out: list[str] = []
    for m in rules.cue.arm_named.finditer(text):
        arm = _tidy(m.group("arm"))
        if arm.lower() not in (a.lower() for a in out):
            out.append(arm)
    return out


def _each(text: str, run: list[Item], rules: Rules, whole: str) -> list[str] | None:
    """A group named right after each value, or right before each."""
    after = [rules.cue.arm_after.match(text[i.quantity.end :]) for i in run]
    if all(after):
        return [_defined(_tidy(m.group("arm")), whole) for m in after if m]
    before = []
    for k, item in enumerate(run):
        start = run[k - 1].quantity.end if k else 0
        before.append(rules.cue.arm_before.search(text[start : item.value.start]))
    if all(before):
        return [_defined(_tidy(m.group("arm")), whole) for m in before if m]
    return None


def _pair(text: str, n: int, rules: Rules) -> list[str] | None:
    """ "in the low-dose and high-dose groups" -> ["low-dose group", "high-dose group"]."""
    if n != 2:
        return None
    found = list(rules.cue.arm_pair.finditer(text))
    if not found:
        return None
    m = found[-1]
    if not rules.not_drug.isdisjoint({m.group("a").lower(), m.group("b").lower()}):
        return None  # "daily and 10 women", "hours and 35 women"
    noun = m.group("noun")
    noun = noun[:-1] if noun.endswith(("groups", "arms", "cohorts")) else noun
    return [f"{m.group('a')} {noun}", f"{m.group('b')} {noun}"]


def arms_of(
    text: str,
    run: list[Item],
    context: str,
    rules: Rules,
    document: str = "",
    doses: list[str] | None = None,
    groups: list[str] | None = None,
) -> list[str] | None:
    """One label per value: the group named right after each value ("64 mg/L in treated
    women") or right before it ("in Group A (77.8%)"); two groups sharing a noun ("in the
    low- and high-dose groups"); the statement's doses when there are as many as values ("500
    mg twice daily and 850 mg twice daily ... 0.16 and 0.29 mg/L, respectively"); else the
    groups the sentence names, then those named earlier in the statement."""
    whole = f"{document or context} {text}"  # where "Group A" is defined
    n = len(run)
    found = _each(text, run, rules, whole)
    if found:
        return found
    if groups and len(groups) == n:  # "4 of the 21 clonidine-exposed infants and 3 of the 33 ..."
        return groups
    found = _pair(f"{context} {text}", n, rules)
    if found:
        return found
    named = _named(text[: run[0].value.start], rules)
    if len(named) == n:
        return [_defined(a, whole) for a in named]
    if doses and len(doses) == n and len(set(doses)) == n:
        return doses
    alternatives = list(rules.cue.arm_alternatives.finditer(f"{context} {text}"))
    if n == 2 and alternatives and rules.not_drug.isdisjoint(alternatives[-1].group("a", "b")):
        return [alternatives[-1].group("a"), alternatives[-1].group("b")]
    arms = named
    for arm in _named(context, rules):
        if arm.lower() not in (a.lower() for a in arms):
            arms.append(arm)
    if len(arms) >= len(run):
        return [_defined(a, whole) for a in arms[: len(run)]]
    return None


def describe_comparison(
    f: SentenceFacts,
    run: list[Item],
    context: str,
    rules: Rules,
    document: str = "",
    doses: list[str] | None = None,
    groups: list[str] | None = None,
) -> Described:
    """`context`: the statement before the sentence; `document`: the document before it;
    `doses`: the statement's doses as written, the arms of a list of values across doses."""
    text = f.sentence.text
    if len(run) == 2 and rules.cue.change_from.search(text[: run[0].value.start]):
        arms: list[str] | None = ["before", "after"]
    else:
        arms = arms_of(text, run, context, rules, document, doses, groups)
    p, qualifier = p_value(text, rules)
    if p is None and run[0].p_cell:  # a table row: its P column
        p, qualifier = p_value(run[0].p_cell, rules)
    return Described(
        outcome_of(text, run[0], arms, rules),
        arms,
        significance(text, p, qualifier, rules),
        p,
        qualifier,
    )
