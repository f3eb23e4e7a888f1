"""Whether a sentence or statement tells the arms its values are compared across: arms named
in words ("intramuscularly or intravenously", "the low-dose and high-dose groups"), each value
followed by its own group ("64 mg/L in treated women and 48 mg/L in the controls"), or in
parentheses ("0.34% (intravenous) and 0.19% (oral)")."""

from __future__ import annotations

import re

from pipeline.extract.arm_lists import statement_arms
from pipeline.extract.rules import Rules

_ARMS = re.compile(
    r"\b(\w+ly|oral|intravenous|intramuscular|treated|untreated|exposed|unexposed|controls?|"
    r"placebo|group \w+|\d+(?:\.\d+)? ?(?:mg|g|mcg)(?: [a-z]+ \d+ hours| daily| twice daily)?)"
    r"\s+(?:or|and|vs\.?|versus)\s+"
    r"(\w+ly|oral|intravenous|intramuscular|treated|untreated|exposed|unexposed|controls?|"
    r"placebo|group \w+|\d+(?:\.\d+)? ?(?:mg|g|mcg))\b",
    re.IGNORECASE,
)


# "... in treated women", "... of infants in the control group": a value's group of people.
_GROUP_AFTER = re.compile(
    r"^\s*\)?\s*(?:of\s+[\w -]{1,30}?\s)?(?:in|of|among)\s+(?:the\s+|\d+\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:women|mothers|infants|controls?|groups?|patients|arms?|subjects|neonates|babies|"
    r"participants|users|nonusers)\b",
    re.IGNORECASE,
)


_GROUP_PAIR = re.compile(
    r"\b(?:[\w-]+\s+and\s+[\w-]+|two(?:\s+[\w-]+)?)\s+(?:groups|arms|cohorts)\b"
    # "5, 10 or 15 mg three times daily": dose arms
    r"|\b\d+(?:\.\d+)?(?:,\s*\d+(?:\.\d+)?)*,?\s+(?:or|and)\s+\d+(?:\.\d+)?\s?(?:mg|mcg|g)\b(?!/)"
    # "cabergoline was compared with bromocriptine"
    r"|\bwas compared (?:with|to)\b|\bversus\b"
    # "allocated to intravenous administration and half to oral administration"
    r"|\b(?:allocated|assigned|randomi[sz]ed)\s+to\s+[^.;]{2,60}?\s(?:and|or)\s+(?:\w+\s+){0,2}to\s",
    re.IGNORECASE,
)


def _names_two_arms(text: str) -> bool:
    """ "...intramuscularly or intravenously ... 0.7 and 0.5 mg/L, respectively", "in the
    low-dose and high-dose groups, respectively": two arms."""
    if _GROUP_PAIR.search(text):
        return True
    return any(
        m.group(1).lower() != m.group(2).lower()
        and m.group(1).lower() not in {"only", "early", "daily", "weekly", "nightly"}
        for m in _ARMS.finditer(text)
    )


def armed(context: str, text: str, n: int, rules: Rules) -> bool:
    """The statement names arms for a list "respectively" reports: two arms in words, `n`
    alternatives it lists ("randomized to 5 mg, 15 mg or placebo"), `n` groups it names."""
    told = f"{context} {text}"
    if _names_two_arms(told) or statement_arms(told, n, rules):
        return True
    named = {m.group("arm").lower() for m in rules.cue.arm_named.finditer(told)}
    return len(named) >= n


# "0.34% (intravenous) and 0.19% (oral)": each value's arm in words in parentheses after it.
_PAREN_ARM = re.compile(
    r"^\s*\(\s*(?!(?:n|sd|se|sem|range|iqr|mean|median|approximately|about)\b)"
    r"[a-z][a-z -]{1,40}\)",
    re.IGNORECASE,
)


# A crossover's period named for what was taken in it: "during the examplol days", "in the
# placebo weeks", "on the placebo day", "on the 10 mg day" (not "the first days", "the 2 weeks",
# "the postpartum days").
_PERIOD_OF = re.compile(
    r"(?:the\s+)?(?:\d+(?:\.\d+)?\s*(?:mg|mcg|g)\s+(?:days?|weeks?)"  # "on the 10 mg day"
    r"|(?!(?:first|second|third|last|next|following|previous|early|earlier|later|"
    r"subsequent|remaining|other|same|few|several|many|postpartum|study|treatment|trial)\b)"
    r"[a-z][\w-]+\s+(?:days?|weeks|period|phase))",
    re.I,
)
_FROM_BASELINE_START = re.compile(r"^\s*from\s+baseline\b", re.I)
_WHILE_TAKING = re.compile(
    r"^\s*,?\s*(?:while|when)\s+(?:she|he|they|the\s+mothers?|the\s+women)\s+"
    r"(?:took|was\s+taking|were\s+taking|received|was\s+given|were\s+given)\s+\d",
    re.IGNORECASE,
)


def two_arms(after_a: str, after_b: str, rules: Rules, percent: bool) -> bool:
    """Each value followed by its own group (not a fluid or a time: "1.2 mg/L in milk and 3.4
    mg/L in serum" compares no arms; nor substances: "40 mcg/L for verapamil and 20 mcg/L for
    norverapamil"; "of" names a group only after a percentage: "70% of women who ...")."""
    after_a = _FROM_BASELINE_START.sub("", after_a)  # "fell by 62% from baseline with X and ..."
    if _GROUP_AFTER.match(after_a) and _GROUP_AFTER.match(after_b):
        return True
    if _WHILE_TAKING.match(after_a) and rules.cue.arm_after.match(after_b):
        return True  # "9.8 mcg/L while she took 5 mg daily, 21.4 mcg/L on 10 mg daily"
    counted = (
        [
            rules.cue.arm_after_count.match(x) or rules.cue.arm_after.match(x)
            for x in (after_a, after_b)
        ]
        if percent
        else []
    )
    if counted and all(m and rules.cue.count_group_words.search(m["arm"]) for m in counted):
        return True  # "in 14 of 48 (29%) exposed infants and in 25 of 95 (26%) comparison infants"
    parens = [_PAREN_ARM.match(x) for x in (after_a, after_b)]
    if all(parens) and not any(rules.cue.not_an_arm.search(m.group(0)) for m in parens if m):
        return True
    arms = [rules.cue.arm_after.match(x) for x in (after_a, after_b)]
    for m in arms:
        if m is None:
            return False
        if rules.cue.not_an_arm.search(m.group("arm")) and not _PERIOD_OF.fullmatch(m["arm"]):
            return False
        word = m.group(0).lstrip(" ),").lower().split(" ", 1)[0]
        if word == "for" or (word == "of" and not percent):
            return False
    return True
