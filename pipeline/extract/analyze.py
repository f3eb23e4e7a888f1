"""One sentence -> the things the rules find in it: quantities, counts of people, routes.

Units are merged into single tokens first (PhraseMatcher over units.jsonl), so the quantity
patterns in quantities.jsonl can say "a number, then a unit". Offsets are sentence-relative."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from pipeline.extract.matching import Match
from pipeline.extract.numwords import NUMBER_WORDS, parse_digits, parse_number
from pipeline.extract.rules import (
    POPULATIONS,
    QUANTITIES,
    Rules,
    get_rules,
    is_count,
    is_qnum,
    is_unit,
    set_unit,
    unit_of,
)
from pipeline.extract.units import canonical


@dataclass
class Value:
    value: float
    value_high: float | None
    start: int  # sentence-relative span of this value (number through unit)
    end: int
    stat: str | None = None  # set by the shape: the range part of "29.2 (range 20.4 to 39)"


@dataclass
class Quantity:
    rule_id: str
    label: str
    values: list[Value]
    ucum: str
    unit_kind: str
    unit_per: str  # "per day" when the unit carries a rate (mg/day)
    start: int
    end: int  # end of the whole match (after the unit)
    unit_text: str


@dataclass
class Population:
    rule_id: str
    n: int
    start: int
    end: int
    of_total: int | None = None  # "4 of the 5 women": 5


@dataclass
class RouteMention:
    route: str
    rule_id: str
    start: int
    end: int
    token_index: int


@dataclass
class Analysis:
    text: str
    doc: Doc
    quantities: list[Quantity] = field(default_factory=list)
    populations: list[Population] = field(default_factory=list)
    routes: list[RouteMention] = field(default_factory=list)


def _merge_units(doc: Doc, rules: Rules) -> int:
    """Merge each unit written after a number into one token; returns how many."""
    spans: list[Span] = []
    for matcher in rules.unit_matchers:
        for key, start, end in matcher(doc):
            span = Span(doc, start, end, label=key)
            # A unit is only a unit right after a number, a range or a parenthesis.
            prev = doc[start - 1] if start > 0 else None
            if prev is None or not (is_qnum(prev) or prev.text in {")", "-"}):
                continue
            spans.append(span)
    spans = filter_spans(spans)
    with doc.retokenize() as retok:
        for span in spans:
            set_unit(doc, span.start_char, rules.units[doc.vocab.strings[span.label]])
            retok.merge(span, attrs={"ENT_TYPE": "UNIT"})
    return len(spans)


# "rose from X to Y" is a before and after, not a range.
_BEFORE_AFTER = re.compile(
    r"\b(?:increas\w*|decreas\w*|ris\w*|rose|fell|fall\w*|drop\w*|declin\w*|went|chang\w*|"
    r"reduc\w*|climb\w*)\s+(?:\w+\s+){0,2}from\s*$",
    re.IGNORECASE,
)


def _quantities(doc: Doc, text: str, rules: Rules, matches: list[Match]) -> list[Quantity]:
    spans = [Span(doc, start, end, label=key) for key, start, end in matches]
    out: list[Quantity] = []
    for span in filter_spans(spans):
        label, rule_id = doc.vocab.strings[span.label].split("|", 1)
        nums = [t for t in span if is_qnum(t)]
        units = [t for t in span if is_unit(t)]
        parsed = [parse_digits(t.text) for t in nums]
        values = [v for v in parsed if v is not None]
        if len(values) < len(parsed):
            continue
        if rule_id == "qty.ratio_paren_range" and not any(
            q.label == "QTY_RATIO" and 0 <= span.start_char - q.end <= 2 for q in out
        ):
            continue  # a unit-less range is a ratio only right after one
        if label == "QTY_PROPORTION":
            if not values[1] or "." in nums[0].text or span[1].text != "in":
                continue
            if _WRITTEN_PERCENT.match(text[span.end_char :]):
                continue  # "about 1 in 50 babies (2%)": the page gives the percentage itself
            value = round(100 * values[0] / values[1], 4)
            end = nums[1].idx + len(nums[1].text)
            out.append(
                Quantity(
                    rule_id,
                    label,
                    [Value(value, None, nums[0].idx, end)],
                    "%",
                    "percent",
                    "",
                    nums[0].idx,
                    end,
                    "",
                )
            )
            continue
        if label.startswith("QTY_RATIO"):
            ucum, kind, per, unit_text = "{ratio}", "ratio", "", ""
        else:
            if not units:
                continue
            last = unit_of(units[-1])
            assert last is not None  # a unit token always carries its rule
            ucum, kind, per, unit_text = last.ucum, last.kind, last.per, units[-1].text
        end = span.end_char
        if rule_id == "qty.ratio_paren_range":
            end = nums[-1].idx + len(nums[-1].text)
        if label in ("QTY", "QTY_RATIO"):
            vals = [Value(values[0], None, nums[0].idx, end)]
        elif label in ("QTY_RANGE", "QTY_RATIO_RANGE"):
            if label == "QTY_RANGE" and _BEFORE_AFTER.search(text[: span.start_char]):
                vals = [
                    Value(v, None, t.idx, t.idx + len(t.text))
                    for v, t in zip(values, nums, strict=False)
                ]
                vals[-1].end = end
            else:
                vals = [Value(values[0], values[1], nums[0].idx, end)]
        elif label == "QTY_SD_LIST":
            vals = [
                Value(values[0], None, nums[0].idx, nums[0].idx + len(nums[0].text)),
                Value(values[2], None, nums[2].idx, end),
            ]
        elif label == "QTY_SD":
            vals = [Value(values[0], None, nums[0].idx, end)]
        elif label == "QTY_RANGE_UNITS":
            first_end = units[0].idx + len(units[0].text)
            first, last = unit_of(units[0]), unit_of(units[-1])
            assert first is not None and last is not None  # a unit token carries its rule
            before_after = _BEFORE_AFTER.search(text[: span.start_char])
            # "750 mg to 1.5 g": one range, in the unit both convert to
            convertible = first.ucum != last.ucum and first.kind == last.kind and not before_after
            low = canonical(values[0], first.ucum) if convertible else None
            high = canonical(values[1], last.ucum) if convertible else None
            if low and high and low[1] == high[1]:
                vals = [Value(low[0], high[0], nums[0].idx, end)]
                ucum = low[1]
            elif first.ucum != last.ucum or before_after:
                # "3 hours - 9.4 mg/L" (a time, then a level), "rose from 25 to 40 mcg/L"
                out.append(
                    Quantity(
                        rule_id,
                        "QTY",
                        [Value(values[0], None, nums[0].idx, first_end)],
                        first.ucum,
                        first.kind,
                        first.per,
                        span.start_char,
                        first_end,
                        units[0].text,
                    )
                )
                vals = [Value(values[1], None, nums[1].idx, end)]
            else:
                vals = [Value(values[0], values[1], nums[0].idx, end)]
        elif label == "QTY_PAREN_RANGE":
            vals = [
                Value(values[0], None, nums[0].idx, nums[0].idx + len(nums[0].text)),
                Value(
                    values[1], values[2], nums[1].idx, nums[2].idx + len(nums[2].text), stat="range"
                ),
            ]
        elif label == "QTY_UNIT_PAREN_RANGE":
            first_end = units[0].idx + len(units[0].text)
            vals = [
                Value(values[0], None, nums[0].idx, first_end),
                Value(
                    values[1], values[2], nums[1].idx, nums[2].idx + len(nums[2].text), stat="range"
                ),
            ]
            end = first_end  # what follows the unit is the range, not the value's context
        elif label == "QTY_RATIO_LIST":
            vals = [
                Value(v, None, t.idx, t.idx + len(t.text))
                for v, t in zip(values, nums, strict=True)
            ]
        elif label == "QTY_LIST":
            vals = [
                Value(v, None, t.idx, t.idx + len(t.text))
                for v, t in zip(values, nums, strict=False)
            ]
            vals[-1].end = end
        else:
            continue
        start = span.start_char
        if label.startswith("QTY_RATIO"):
            start = nums[0].idx
        out.append(Quantity(rule_id, label, vals, ucum, kind, per, start, end, unit_text))
    return out


def _populations(doc: Doc, matches: list[Match]) -> list[Population]:
    spans = [Span(doc, s, e, label=k) for k, s, e in matches]
    out = []
    for span in filter_spans(spans):
        label, rule_id = doc.vocab.strings[span.label].split("|", 1)
        counts = [t for t in span if is_count(t)]
        if not counts:
            continue
        first = counts[0]
        if label == "POPULATION_N_PAIR":
            for t in counts:
                n = parse_number(t.text)
                if n is not None:
                    out.append(Population(rule_id, int(n), t.idx, t.idx + len(t.text)))
            continue
        if rule_id == "pop.hyphen_words":
            value = parse_number(f"{counts[0].text}-{counts[1].text}")
        else:
            value = parse_number(first.text)
        if value is None:
            continue
        # A count right after a unit-less number or a decimal is part of something else.
        prev = doc[first.i - 1] if first.i > 0 else None
        # "day 10 women", "0.5, 10 women", "Table 1 has ... infant": part of something else;
        # "3.1 Ten women" (a numbered paragraph) is not. "1 in 10 babies" is a proportion.
        if prev is not None and (
            (is_qnum(prev) and prev.i > 0) or prev.lower_ in _NOT_A_COUNT_AFTER
        ):
            continue
        if (
            prev is not None
            and prev.text == "in"
            and prev.i > 0
            and is_qnum(doc[prev.i - 1])
            and "." not in doc[prev.i - 1].text
        ):
            continue
        start = span.start_char
        if rule_id in (
            "pop.numeral_subject",
            "pop.numeral_who",
            "pop.the_other",
            "pop.of_them",
            "pop.numeral_percent_subject",
            "pop.in_numeral",
        ):
            start = span[1].idx
        total = None
        # "1 of 13 infants" names a group of 13; "4 of the 5 women" points back at one.
        anaphoric = any(t.lower_ in {"the", "these", "those", "their"} for t in span)
        if label == "POPULATION_SUBSET" and len(counts) > 1 and not anaphoric:
            parsed_total = parse_number(counts[1].text)
            total = int(parsed_total) if parsed_total is not None else None
        out.append(Population(rule_id, int(value), start, span.end_char, total))
    return out


def _routes(doc: Doc, rules: Rules) -> list[RouteMention]:
    spans = []
    for matcher in rules.route_matchers:
        spans += [Span(doc, s, e, label=k) for k, s, e in matcher(doc)]
    out = []
    for span in filter_spans(spans):
        rule_id = doc.vocab.strings[span.label]
        following = doc[span.end].lower_ if span.end < len(doc) else ""
        if following in _NOT_A_ROUTE_AFTER:  # "vaginally delivered", "oral contraceptives"
            continue
        out.append(
            RouteMention(rules.routes[rule_id], rule_id, span.start_char, span.end_char, span.start)
        )
    return out


_NUMBER_WORD = re.compile(r"\b(?:" + "|".join(sorted(NUMBER_WORDS)) + r")\b", re.IGNORECASE)


def analyze(text: str) -> Analysis:
    rules = get_rules()
    doc = rules.nlp.make_doc(text)
    # The matchers are the costly part; a sentence without a numeral has no quantity, and one
    # without a numeral or number word has no count of people.
    has_digit = any(map(str.isdigit, text))
    if not has_digit and not _NUMBER_WORD.search(text):
        return Analysis(text, doc, [], [], _routes(doc, rules))
    units = _merge_units(doc, rules) if has_digit else 0
    groups = []
    if units or "ratio" in text or _PROPORTION.search(text):
        groups.append(QUANTITIES)
    if _may_count_people(doc, text, rules):
        groups.append(POPULATIONS)
    found = rules.token_rules(doc, groups)  # one Matcher pass for both
    quantities = _quantities(doc, text, rules, found[QUANTITIES]) if QUANTITIES in found else []
    populations = _populations(doc, found[POPULATIONS]) if POPULATIONS in found else []
    return Analysis(text, doc, quantities, populations, _routes(doc, rules))


_NOT_A_COUNT_AFTER = frozenset({"day", "week", "month", "dose", "table", "figure", "fig"})
_NOT_A_ROUTE_AFTER = frozenset(
    {
        "delivered",
        "delivery",
        "deliveries",
        "birth",
        "births",
        "bleeding",
        "contraceptive",
        "contraceptives",
        "cavity",
        "thrush",
        "candidiasis",
        "health",
        "hygiene",
    }
)
_WRITTEN_PERCENT = re.compile(r"^\s*\(\s*[\d.]+\s*%\s*\)")
_PROPORTION = re.compile(r"\d\s+in\s+\d")
_SUBJECT_VERBS = re.compile(
    r"\b\d+\s+(?:was|were|had|developed|experienced|showed|reported|received|took|required|"
    r"needed|remained|who|whose)\b",
    re.IGNORECASE,
)


def _may_count_people(doc: Doc, text: str, rules: Rules) -> bool:
    """Cheap test before the population patterns: a word for people, "(n = ...)" or a numeral
    used as a subject."""
    return bool(rules.rx["people_words"].search(text) or _SUBJECT_VERBS.search(text))
