"""Quantities in a sentence -> doses and measurements (the values compared side by side are
compared_runs.py's).

Every decision names the rule that made it (rule_id), so a curator can trace a row to a line
in rules/*.jsonl or a cue in rules/cues.yaml."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from functools import cache
from operator import attrgetter

from pipeline.extract.classify import classify
from pipeline.extract.mentions import Analysis, Quantity, Value
from pipeline.extract.rules import Rules
from pipeline.extract.units import canonical
from pipeline.extract.value_lists import (
    LIST_JOIN,
    result_before_its_dose,
    result_contrasted,
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
            elif cue == "dose.default" and result_contrasted(out, q, text[: v.start], rules):
                table, cue = (
                    "measurements",
                    "versus.result_before",
                )  # "11.2 µg ... compared with 8.1 µg"
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
