"""Quantities in a sentence -> doses and measurements; values side by side -> comparisons.

Every decision names the rule that made it (rule_id), so a curator can trace a row to a line
in rules/*.jsonl or a cue in rules/cues.yaml."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.extract.arm_lists import arms_after, statement_arms
from pipeline.extract.classify import classify
from pipeline.extract.mentions import Analysis, Quantity, Value
from pipeline.extract.rules import Rules


@dataclass
class Item:
    """A dose or measurement found in one sentence (offsets sentence-relative)."""

    table: str  # doses | measurements
    quantity: Quantity
    value: Value
    rule_id: str
    qualifier: str | None = None
    stat: str | None = None
    frequency: str | None = None
    per_day: float | None = None
    duration: str | None = None
    drug: str | None = None
    measure: str | None = None
    timepoint: str | None = None
    group: str | None = None


def qualifier_before(text: str, start: int, rules: Rules) -> str | None:
    window = text[max(0, start - 25) : start]
    if not rules.cue.qualifier_end.search(window):
        return None
    for q, rx in rules.qualifiers:
        if rx.search(window):
            return q
    return None


def _stat(text: str, value: Value, rules: Rules) -> str | None:
    if value.stat:
        return value.stat
    window = text[max(0, value.start - 40) : value.start].lower()
    # The nearest stat word before the value wins.
    best, best_pos = None, -1
    for stat, rx in rules.stats:
        for m in rx.finditer(window):
            if m.start() > best_pos:
                best, best_pos = stat, m.start()
    if value.value_high is not None and best is None and re.search(r"rang", window[-20:]):
        return "range"
    return best


def frequency_after(text: str, end: int, rules: Rules) -> tuple[str | None, float | None, int]:
    """Frequency written after a dose: ("three times daily", 3.0, end offset)."""
    rest = text[end:]
    skip = rules.cue.frequency_skip.match(rest)
    offset = skip.end() if skip else 0
    for rx, per_day in rules.frequencies:
        m = rx.match(rest, offset)
        if m:
            phrase = m.group(0).strip()
            if per_day == "n":
                n = float(m.group(1))
                return phrase, n, end + m.end()
            if per_day == "24/n":
                hours = float(m.group(1))
                return phrase, (24.0 / hours if hours else None), end + m.end()
            return phrase, per_day, end + m.end()
    return None, None, end


def duration_after(text: str, end: int, rules: Rules) -> str | None:
    rest = text[end:]
    skip = rules.cue.frequency_skip.match(rest)
    m = rules.cue.durations.match(rest[skip.end() if skip else 0 :])
    return m.group(1).strip() if m else None


def _per_day_of(unit_per: str) -> tuple[str | None, float | None]:
    return {
        "per day": ("per day", 1.0),
        "daily": ("daily", 1.0),
        "per hour": ("per hour", 24.0),
    }.get(unit_per, (None, None))


def dose_drug(text: str, q: Quantity, v: Value, drug_words: set[str], rules: Rules) -> str | None:
    """The substance a dose is of: "1,500 mg calcium", "750 mg of magnesium", "placebo 10 mg"."""
    m = rules.cue.drug_after.match(text[q.end :])
    if m and not rules.no_substance(m.group(1).split()[0]):
        word = m.group(1).lower()
        if word.split()[0] in drug_words or not drug_words or len(word) > 3:
            return word
    m = rules.cue.drug_before.search(text[: v.start])
    # "clavulanic acid 125 mg": "acid" is common English but names the substance with the word
    # before it (below).
    if m and (m.group(1).lower() == "acid" or not rules.no_substance(m.group(1))):
        drug = m.group(0).strip().lower()
        if drug == "acid":  # "clavulanic acid 125 mg"
            prev = re.search(r"([a-z][a-z-]{2,})\s+acid\s*$", text[: v.start], re.IGNORECASE)
            drug = f"{prev.group(1).lower()} acid" if prev else drug
        return drug
    return None


def _measure(text: str, v: Value, rules: Rules, ucum: str = "") -> str | None:
    start = max(0, v.start - 90)
    window = text[start : v.start]
    if start and text[start - 1].isalnum():  # whole words only: drop a word cut in two
        window = window.split(" ", 1)[-1] if " " in window else ""
    if ucum == "{ratio}":
        ratios = list(re.finditer(r"[\w/-]+(?:\s+[\w/-]+)?\s+ratios?\b", window))
        if ratios:
            return ratios[-1].group(0)
    matches = list(rules.cue.measure_words.finditer(window))
    if not matches:
        return None
    measure = re.sub(r"\s+", " ", matches[-1].group(0)).strip()
    measure = re.sub(r"^s\s+", "", measure)  # the "s" of "infant's"
    return re.sub(r"^(?:and|or|the|of|with|was|were)\s+", "", measure, flags=re.I) or None


def _timepoint(text: str, q: Quantity, rules: Rules) -> str | None:
    m = rules.cue.timepoint.match(text[q.end :])
    return m.group(1).strip() if m else None


def _group(text: str, q: Quantity) -> str | None:
    m = re.match(
        r"^\s*in\s+((?:the\s+|\d+\s+)?[a-z-]+(?:\s+[a-z-]+){0,2}?)"
        r"(?=\s*(?:[,;.)]|compared|and\b|vs|versus|$))",
        text[q.end :],
        re.IGNORECASE,
    )
    return m.group(1) if m else None


_VERSUS = re.compile(r"^\s*\)?\s*(?:vs\.?|versus|compared (?:to|with))\s*\(?\s*$", re.I)
# A first value's arm, then "and" and the next value: "... g in the tea group and 341 g".
_NEXT_ARM = re.compile(
    r"^\s*\)?\s*(?:in|with|among|for)\s+(?:the\s+)?[\w -]{2,40}?\s+and\s+(?:in\s+)?$", re.I
)


def items_in(
    analysis: Analysis, rules: Rules, drug_words: set[str], lactmed: bool = True
) -> list[Item]:
    text = analysis.text
    out: list[Item] = []
    for q in analysis.quantities:
        for v in q.values:
            table, cue = classify(text, q, v, rules, lactmed)
            last = out[-1] if out else None
            if (
                last is not None
                and table is not None
                and last.quantity.unit_kind == q.unit_kind
                and _VERSUS.match(text[last.value.end : v.start])
            ):
                table, cue = last.table, "versus.same_as_first"  # "15 mg vs 37.5 mg"
            elif (
                last is not None
                and table == "doses"
                and last.table == "measurements"
                and last.quantity.unit_kind == q.unit_kind
                and _NEXT_ARM.match(text[last.quantity.end : v.start])
            ):
                # "436 g in the tea group and 341 g in the control group": the same result
                table, cue = "measurements", "arm.same_as_first"
            if table is None:
                continue
            item = Item(table, q, v, f"{q.rule_id}>{cue}")
            item.qualifier = qualifier_before(text, v.start, rules)
            item.stat = _stat(text, v, rules)
            if item.qualifier == "<=" and item.stat is None and table == "doses":
                item.stat = "maximum"
            if table == "doses":
                freq, per_day, freq_end = frequency_after(text, q.end, rules)
                if freq is None:
                    freq, per_day = _per_day_of(q.unit_per)
                if freq is None and re.search(
                    r"(?<!first )(?<!last )(?<!morning )(?<!evening )(?<!next )"
                    r"\bdaily\s+(?:dose|dosage)s?\s+of\s+(?:\w+\s+)?$",
                    text[: v.start],
                    re.IGNORECASE,
                ):
                    freq, per_day = "daily", 1.0
                item.frequency, item.per_day = freq, per_day
                item.duration = duration_after(text, freq_end, rules)
                item.drug = dose_drug(text, q, v, drug_words, rules)
            else:
                item.measure = _measure(text, v, rules, q.ucum)
                item.timepoint = _timepoint(text, q, rules)
                item.group = _group(text, q)
            out.append(item)
    return out


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
    r"|\bwas compared (?:with|to)\b|\bversus\b",
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


def _armed(context: str, text: str, n: int, rules: Rules) -> bool:
    """The statement names arms for a list "respectively" reports: two arms in words, `n`
    alternatives it lists ("randomized to 5 mg, 15 mg or placebo"), `n` groups it names."""
    told = f"{context} {text}"
    if _names_two_arms(told) or statement_arms(told, n, rules):
        return True
    named = {m.group("arm").lower() for m in rules.cue.arm_named.finditer(told)}
    return len(named) >= n


_LIST_JOIN = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+|or\s+)$")


def listed_values(text: str, ms: list[Item]) -> list[list[Item]]:
    """Values listed for "respectively": "0.7 and 0.5 mg/L", "35% and 70%", "6.1, 11.8 and
    17.5 mg/L" - consecutive single values of one unit joined by commas or "and"."""
    runs: list[list[Item]] = []
    for item in ms:
        if runs:
            prev = runs[-1][-1]
            joined = prev.quantity is item.quantity or (
                prev.quantity.ucum == item.quantity.ucum
                and _LIST_JOIN.match(text[prev.value.end : item.value.start])
            )
            if joined:
                runs[-1].append(item)
                continue
        runs.append([item])
    return [r for r in runs if len(r) >= 2]


def before_and_after(text: str, a: Item, between: str, rules: Rules) -> bool:
    """ "increased from a mean of 27 ± 9 ng/mL to 54 ± 13 ng/mL": one group before and after."""
    return bool(
        rules.cue.change_from.search(text[: a.value.start]) and rules.cue.change_to.match(between)
    )


def _time_course(text: str, b: Item, rules: Rules) -> bool:
    """ "increased from 2 to 5 mcg/mL between day 3 and day 10": a level over time in one group
    is no comparison."""
    return bool(rules.cue.time_course_after.match(text[b.quantity.end :]))


def comparisons_in(
    text: str, items: list[Item], rules: Rules, context: str = "", groups: int = 0
) -> list[list[Item]]:
    """Values of one measure contrasted across arms, doses or groups, in the order written.
    `context` is the statement's text before this sentence and `groups` the counted groups of
    people so far, where "respectively" finds its arms."""
    ms = [i for i in items if i.table == "measurements" and i.value.value_high is None]
    found: list[list[Item]] = []
    used: set[int] = set()
    respectively = re.search(r"\brespectively\b", text) and not (
        rules.cue.respectively_not_arms.search(text)
    )
    for run in listed_values(text, ms):
        # "0.7 and 0.5 mg/L, respectively" after "intramuscularly or intravenously"; "7%,
        # 10% and 19% of women in the no-fentanyl, 50 mcg and 150 mcg groups"
        in_groups = rules.cue.groups_compared.search(text[max(0, run[0].value.start - 60) :])
        if (
            (respectively and (groups >= len(run) or _armed(context, text, len(run), rules)))
            or arms_after(text[run[-1].quantity.end :], len(run), rules)
            or (in_groups and in_groups.start() < 60)  # "similar in the two groups (22 and 24)"
        ):
            found.append(run)
            used.update(id(x) for x in run)
    for a, b in zip(ms, ms[1:], strict=False):
        if a.quantity.ucum != b.quantity.ucum or id(b) in used:
            continue
        chained = bool(found) and found[-1][-1] is a  # "16% vs 3% vs 8%"
        if id(a) in used and not chained:
            continue
        between = text[
            (a.value.end if a.quantity is b.quantity else a.quantity.end) : b.value.start
        ]
        if before_and_after(text, a, between, rules) and not chained:
            if _time_course(text, b, rules):
                continue
            found.append([a, b])  # "rose from 27 to 54 ng/mL"
            used.update({id(a), id(b)})
            continue
        versus = re.search(r"\b(?:vs\.?|versus|compared (?:to|with))(?=\W)", between, re.I)
        if versus and chained:
            found[-1].append(b)
            used.add(id(b))
            continue
        if a.quantity is b.quantity:
            if versus and "compared" not in versus.group(0).lower():
                found.append([a, b])  # "(5.1 vs 5.4 mmol/L)"
                used.update({id(a), id(b)})
            continue
        if versus:
            found.append([a, b])
            used.update({id(a), id(b)})
        elif (
            re.search(r"(?:\band|,)(?:\s+(?:in|among|of|by))?\s*$", between)
            and len(between) < (150 if between.rstrip().endswith(("and", "in", "of")) else 80)
            and not (a.qualifier or b.qualifier)  # "undetectable (<0.1) in 2 and 0.2 in one"
            and _two_arms(between, text[b.quantity.end :], rules, a.quantity.ucum == "%")
        ):
            # "64 mg/L in treated women and 48 mg/L in the controls", "452 mL with
            # metoclopramide and 391 mL with placebo"; "73% of those given 10 mg, 79% of those
            # given 20 mg and 31% of those given placebo" (one comparison of three)
            if chained:
                found[-1].append(b)
            else:
                found.append([a, b])
            used.update({id(a), id(b)})
    return found + _corresponding(text, ms, found, used, rules, context)


def _corresponding(
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
        if told or _armed(context, text, len(run), rules):
            out.append(run)
    return out


def _two_arms(after_a: str, after_b: str, rules: Rules, percent: bool) -> bool:
    """Each value followed by its own group (not a fluid or a time: "1.2 mg/L in milk and 3.4
    mg/L in serum" compares no arms; nor substances: "40 mcg/L for verapamil and 20 mcg/L for
    norverapamil"; "of" names a group only after a percentage: "70% of women who ...")."""
    if _GROUP_AFTER.match(after_a) and _GROUP_AFTER.match(after_b):
        return True
    if rules.cue.arm_paren_after.match(after_a) and rules.cue.arm_paren_after.match(after_b):
        return True  # "0.34% (intravenous) and 0.19% (oral)"
    arms = [rules.cue.arm_after.match(x) for x in (after_a, after_b)]
    for m in arms:
        if m is None or rules.cue.not_an_arm.search(m.group("arm")):
            return False
        word = m.group(0).lstrip(" ),").lower().split(" ", 1)[0]
        if word == "for" or (word == "of" and not percent):
            return False
    return True
