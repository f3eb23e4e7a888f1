"""Quantities in a sentence -> doses and measurements; values side by side -> comparisons.

Every decision names the rule that made it (rule_id), so a curator can trace a row to a line
in rules/*.jsonl or a cue in rules/cues.yaml."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from functools import cache
from operator import attrgetter

from pipeline.extract.classify import classify
from pipeline.extract.dose_frames import dose_framed_runs
from pipeline.extract.labelled_values import labelled_runs
from pipeline.extract.mentions import Analysis, Quantity, Value
from pipeline.extract.paren_values import (
    between_values,
    changed_or_set_apart,
    each_arm_changed,
    each_armed,
    named_in_parentheses,
    one_quantity_pair,
)
from pipeline.extract.rules import Rules
from pipeline.extract.subject_arms import subject_pairs
from pipeline.extract.units import canonical
from pipeline.extract.value_lists import (
    LIST_JOIN,
    corresponding_lists,
    corresponding_pairs,
    counted_list_start,
    list_of_groups,
    listed_values,
    lists_with_arms,
    result_before_its_dose,
)


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
    p_cell: str | None = None  # a table row's P column, written as a p-value ("P = 0.004")

    # Written here, so @dataclass keeps it (rather than set on the class afterwards: a class
    # compiled by mypyc takes no new methods).
    def __eq__(self, other: object) -> bool:
        """The dataclass's equality (field by field) with a quick "no" first: items are looked
        up in lists (`item in facts.items`) across a statement, and two values that start at
        different places are never equal (their `value` fields differ)."""
        if not isinstance(other, Item) or other.__class__ is not self.__class__:
            return NotImplemented
        return self.value.start == other.value.start and _item_fields(self) == _item_fields(other)


_item_fields = attrgetter(*(f.name for f in fields(Item)))


def qualifier_before(text: str, start: int, rules: Rules) -> str | None:
    window = text[max(0, start - 25) : start]
    if not rules.cue.qualifier_end.search(window):
        return None
    m = rules.qualifiers.search(window)
    return rules.qualifier_of[m.group("form").lower()] if m else None


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


@cache
def _outside_drug_before(salts: tuple[str, ...]) -> re.Pattern[str]:
    """An ASCII character no match of cue drug_before holds (not a letter, a space, a hyphen
    or a salt's): one between two places keeps a match from spanning them."""
    chars = [chr(c) for c in range(128) if not chr(c).isalpha() and not chr(c).isspace()]
    return re.compile(
        "[" + "".join(re.escape(c) for c in chars if c != "-" and c not in "".join(salts)) + "]"
    )


def drug_before(text: str, end: int, rules: Rules) -> re.Match[str] | None:
    """rules.cue.drug_before.search(text[:end]), searched in the last 120 characters first
    (speed only): the pattern must run to the end, so a match that starts earlier spans
    every character in between, and one it cannot hold rules that out."""
    start = max(0, end - 120)
    m = rules.cue.drug_before.search(text, start, end)
    if start and not _outside_drug_before(tuple(rules.cues["salts"])).search(
        text, start - 1, m.start() if m else end
    ):
        return rules.cue.drug_before.search(text, 0, end)
    return m


def dose_drug(text: str, q: Quantity, v: Value, drug_words: set[str], rules: Rules) -> str | None:
    """The substance a dose is of: "1,500 mg calcium", "750 mg of magnesium", "placebo 10 mg"."""
    m = rules.cue.drug_after.match(text[q.end :])
    if m and not rules.no_substance(m.group(1).split()[0]):
        word = m.group(1).lower()
        if word.split()[0] in drug_words or not drug_words or len(word) > 3:
            return word
    m = drug_before(text, v.start, rules)
    # "clavulanic acid 125 mg": "acid" is common English but names the substance with the word
    # before it (below).
    if m and (m.group(1).lower() == "acid" or not rules.no_substance(m.group(1))):
        drug = m.group(0).strip().lower()
        if drug == "acid":  # "clavulanic acid 125 mg"
            prev = re.search(r"([a-z][a-z-]{2,})\s+acid\s*$", text[: v.start], re.IGNORECASE)
            drug = f"{prev.group(1).lower()} acid" if prev else drug
        return drug
    return None


# compiled once (speed only): every result's measure and group are read with them
_SPACES = re.compile(r"\s+")
_POSSESSIVE_S = re.compile(r"^s\s+")
_LEADING_WORD = re.compile(r"^(?:and|or|the|of|with|was|were)\s+", re.I)
_IN_GROUP = re.compile(
    r"^\s*in\s+((?:the\s+|\d+\s+)?[a-z-]+(?:\s+[a-z-]+){0,2}?)"
    r"(?=\s*(?:[,;.)]|compared|and\b|vs|versus|$))",
    re.IGNORECASE,
)


def _measure(text: str, v: Value, rules: Rules, ucum: str = "") -> str | None:
    start = max(0, v.start - 90)
    window = text[start : v.start]
    if start and text[start - 1].isalnum():  # whole words only: drop a word cut in two
        window = window.split(" ", 1)[-1] if " " in window else ""
    window = window[window.rfind(";") + 1 :]  # a clause before names another value's measure
    if ucum == "{ratio}":
        ratios = list(re.finditer(r"[\w/-]+(?:\s+[\w/-]+)?\s+ratios?\b", window))
        if ratios:
            return ratios[-1].group(0)
    found = rules.quick.measure_words.spans(window)
    if not found:
        return None
    measure = _SPACES.sub(" ", window[found[-1][0] : found[-1][1]]).strip()
    measure = _POSSESSIVE_S.sub("", measure)  # the "s" of "infant's"
    return _LEADING_WORD.sub("", measure) or None


def _timepoint(text: str, q: Quantity, rules: Rules) -> str | None:
    m = rules.cue.timepoint.match(text[q.end :])
    return m.group(1).strip() if m else None


def _group(text: str, q: Quantity) -> str | None:
    m = _IN_GROUP.match(text[q.end :])
    return m.group(1) if m else None


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
                and last.quantity is q
                and table != last.table
                and (table is not None or last.table == "measurements")
            ):
                # "448 ± 131, 396 ± 127 and 305 ± 119 mL": one list, one kind of number
                table, cue = last.table, "list.same_as_first"
            elif (
                last is not None
                and table is not None
                and last.quantity.unit_kind == q.unit_kind
                and rules.cue.versus_gap.match(text[last.value.end : v.start])
            ):
                # "15 mg vs 37.5 mg"; "0.21 mg/kg/day at 15 mg/kg compared with 0.37 mg/kg/day":
                # the same as the result the dose was given for
                table, cue = result_before_its_dose(out, q).table, "versus.same_as_first"
            elif (
                last is not None
                and table == "doses"
                and last.table == "measurements"
                and last.quantity.unit_kind == q.unit_kind
                and _NEXT_ARM.match(text[last.quantity.end : v.start])
            ):
                # "436 g in the tea group and 341 g in the control group": the same result
                table, cue = "measurements", "arm.same_as_first"
            elif (
                last is not None
                and table == "doses"
                and last.table == "measurements"
                and last.quantity.ucum == q.ucum
                and last.quantity.label == q.label == "QTY_SD"
                and LIST_JOIN.match(text[last.quantity.end : v.start])
            ):
                # "347 ± 211 g and 299 ± 187 g": a second mean with its SD, like the first
                table, cue = "measurements", "sd.same_as_first"
            if table is None or (last is not None and _restated(text, last, q, v)):
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


# "58 micrograms per litre (58 mcg/L)", "25 mcg (0.025 mg)": one value, written twice.
_IN_PARENTHESES = re.compile(r"^\s*\(\s*(?:or\s+|about\s+|approximately\s+|~\s*)?$", re.I)


def _restated(text: str, last: Item, q: Quantity, v: Value) -> bool:
    if last.value.value_high is not None or v.value_high is not None:
        return False
    if not _IN_PARENTHESES.match(text[last.quantity.end : v.start]):
        return False
    before = canonical(last.value.value, last.quantity.ucum)
    now = canonical(v.value, q.ucum)
    return before[1] == now[1] and abs(before[0] - now[0]) <= 1e-9 * max(1.0, abs(now[0]))


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
    used: set[int] = set()
    found = corresponding_pairs(text, ms, used, rules)
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
# "averaged 14.2 mcg/L, similar to the 13.6 mcg/L in ..." too.
_VERSUS_BETWEEN = re.compile(
    r"\b(?:vs\.?|v\.?|versus|against|compared (?:to|with)|as opposed to|in contrast (?:to|with)"
    r"|than\s+(?:in|for|with|among|after|the|those)|(?:similar|comparable|close|identical)\s+to(?:\s+the)?"
    r"|the\s+same\s+as(?:\s+the)?)(?=\W)",
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
