"""One sentence -> the things the rules find in it: quantities, counts of people, routes.

Units are merged into single tokens first (PhraseMatcher over units.jsonl), so the quantity
patterns in quantities.jsonl can say "a number, then a unit". What a match gives is read from
its rule's fields (shape, unit, span_start, span_end, after_label; for counts shape, count,
span_start), one reader per shape, never from its id. Offsets are sentence-relative."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from pipeline.extract.count_context import (
    MAY_PLAN,
    counted_before,
    list_after_label,
    list_counts_no_people,
    may_count_people,
    number_words_value,
    numbers_a_time,
    planned_group,
)
from pipeline.extract.matching import Match
from pipeline.extract.numwords import NUMBER_WORDS, parse_digits, parse_number
from pipeline.extract.route_mentions import RouteMention, may_name_route, routes_in
from pipeline.extract.rule_fields import TokenRuleShape
from pipeline.extract.rules import (
    POPULATIONS,
    QUANTITIES,
    Rules,
    get_rules,
    is_count,
    is_qnum,
    is_unit,
    unit_of,
)
from pipeline.extract.unit_tokens import merge_plus_minus, merge_units
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
    column: str | None = None  # a table's count: its column's header ("Sertraline 50 mg")


@dataclass
class Analysis:
    text: str
    made_doc: Doc | None  # None until asked: a sentence with no number and no route's word
    quantities: list[Quantity] = field(default_factory=list)
    populations: list[Population] = field(default_factory=list)
    routes: list[RouteMention] = field(default_factory=list)

    @property
    def doc(self) -> Doc:
        """The sentence's tokens (the same whenever they are made)."""
        if self.made_doc is None:
            self.made_doc = get_rules().nlp.make_doc(self.text)
        return self.made_doc


@dataclass
class _Found:
    """One quantity rule's match, read as far as every shape needs: its numbers, units, span."""

    rule: TokenRuleShape
    text: str  # the sentence
    span: Span  # the whole match
    nums: list[Token]
    values: list[float]
    units: list[Token]
    start: int  # the quantity's span, by the rule's span_start and span_end
    end: int
    ucum: str = ""
    kind: str = ""
    per: str = ""
    unit_text: str = ""

    def number_end(self, i: int) -> int:
        return self.nums[i].idx + len(self.nums[i].text)

    def quantity(self, values: list[Value], end: int | None = None) -> Quantity:
        return Quantity(
            self.rule.id,
            self.rule.label,
            values,
            self.ucum,
            self.kind,
            self.per,
            self.start,
            self.end if end is None else end,
            self.unit_text,
        )


def _found(span: Span, text: str, rule: TokenRuleShape) -> _Found | None:
    """The match read for its shape; None when a number does not parse or a written unit is
    missing."""
    nums: list[Token] = []
    values: list[float] = []
    units: list[Token] = []
    ratio = rule.unit == "ratio"
    for t in span:  # one pass (speed only): the numerals, read, and the merged units
        value = parse_digits(t.text)  # (what is_qnum tests)
        # a ratio has no unit: "ratio at 6 h was 1.12" (6 h: its time)
        if value is not None and not (ratio and t.i + 1 < len(t.doc) and is_unit(t.doc[t.i + 1])):
            nums.append(t)
            values.append(value)
        if is_unit(t):
            units.append(t)
    if not nums and rule.shape == "words_value":
        nums, values = number_words_value(span, text)
    if not nums:
        return None  # the Matcher's number also takes words ("four times greater")
    start = nums[0].idx if rule.span_start == "first_number" else span.start_char
    end = nums[-1].idx + len(nums[-1].text) if rule.span_end == "last_number" else span.end_char
    found = _Found(rule, text, span, nums, values, units, start, end)
    if rule.unit == "ratio":
        found.ucum, found.kind = "{ratio}", "ratio"
    elif rule.unit == "percent":
        found.ucum, found.kind = "%", "percent"
    elif rule.unit == "score":
        found.ucum, found.kind = "{score}", "score"
    elif not units:
        return None
    else:
        last = unit_of(units[-1])
        assert last is not None  # a token merged as a unit always has its rule
        found.ucum, found.kind, found.per = last.ucum, last.kind, last.per
        found.unit_text = units[-1].text
    return found


def _each_number(f: _Found, last_to_end: bool) -> list[Value]:
    vals = [
        Value(v, None, t.idx, t.idx + len(t.text)) for v, t in zip(f.values, f.nums, strict=True)
    ]
    if last_to_end:
        vals[-1].end = f.end
    return vals


def _value(f: _Found) -> list[Quantity]:
    return [f.quantity([Value(f.values[0], None, f.nums[0].idx, f.end)])]


def _range(f: _Found) -> list[Quantity]:
    return [f.quantity([Value(f.values[0], f.values[1], f.nums[0].idx, f.end)])]


def _before_after(f: _Found) -> bool:
    """ "rose from X to Y" is a before and after, not a range (cue before_after_from)."""
    # (the words right before its first number: a scale's match starts at its name)
    return get_rules().cue.before_after_from.search(f.text[: f.nums[0].idx]) is not None


def _range_or_change(f: _Found) -> list[Quantity]:
    if _before_after(f):
        return [f.quantity(_each_number(f, last_to_end=True))]
    if f.kind != "time" and get_rules().cue.time_label_before.search(f.text[: f.span.start_char]):
        # "on day 1 to 0.11 mg/L": the day's number is no low end of a level
        return [f.quantity([Value(f.values[1], None, f.nums[1].idx, f.end)])]
    return _range(f)


def _list(f: _Found) -> list[Quantity]:
    return [f.quantity(_each_number(f, last_to_end=True))]


def _numbers(f: _Found) -> list[Quantity]:
    return [f.quantity(_each_number(f, last_to_end=False))]


def _means_sd(f: _Found) -> list[Quantity]:
    """Means with their SDs: every other number is a value, the last ends at the unit."""
    means = range(0, len(f.values) - 1, 2)
    values = [Value(f.values[k], None, f.nums[k].idx, f.number_end(k)) for k in means]
    values[-1].end = f.end
    return [f.quantity(values)]


def _paren_range(f: _Found) -> Value:
    """The range in parentheses after a value: its 2nd and 3rd numbers."""
    return Value(f.values[1], f.values[2], f.nums[1].idx, f.number_end(2), stat="range")


def _value_paren_range(f: _Found) -> list[Quantity]:
    first = Value(f.values[0], None, f.nums[0].idx, f.number_end(0))
    return [f.quantity([first, _paren_range(f)])]


def _unit_paren_range(f: _Found) -> list[Quantity]:
    unit_end = f.units[0].idx + len(f.units[0].text)
    first = Value(f.values[0], None, f.nums[0].idx, unit_end)
    # What follows the unit is the range, not the value's context.
    return [f.quantity([first, _paren_range(f)], end=unit_end)]


def _range_two_units(f: _Found) -> list[Quantity]:
    first, last = unit_of(f.units[0]), unit_of(f.units[-1])
    assert first is not None and last is not None
    first_end = f.units[0].idx + len(f.units[0].text)
    before_after = _before_after(f)
    # "750 mg to 1.5 g": one range, in the unit both convert to
    convertible = first.ucum != last.ucum and first.kind == last.kind and not before_after
    low = canonical(f.values[0], first.ucum) if convertible else None
    high = canonical(f.values[1], last.ucum) if convertible else None
    if low and high and low[1] == high[1]:
        q = f.quantity([Value(low[0], high[0], f.nums[0].idx, f.end)])
        q.ucum = low[1]
        return [q]
    if first.ucum != last.ucum or before_after:
        # "3 hours - 9.4 mg/L" (a time, then a level), "rose from 25 to 40 mcg/L"
        before = Quantity(
            f.rule.id,
            f.rule.label,
            [Value(f.values[0], None, f.nums[0].idx, first_end)],
            first.ucum,
            first.kind,
            first.per,
            f.start,
            first_end,
            f.units[0].text,
        )
        return [before, f.quantity([Value(f.values[1], None, f.nums[1].idx, f.end)])]
    return _range(f)


def _proportion(f: _Found) -> list[Quantity]:
    """ "1 in 10 babies" -> 10%."""
    if not f.values[1] or "." in f.nums[0].text or f.span[1].text != "in":
        return []
    if _WRITTEN_PERCENT.match(f.text[f.span.end_char :]):
        return []  # "about 1 in 50 babies (2%)": the page gives the percentage itself
    value = round(100 * f.values[0] / f.values[1], 4)
    return [f.quantity([Value(value, None, f.nums[0].idx, f.end)])]


# How each quantity shape (rule_fields.QUANTITY_SHAPES) turns a match into quantities.
def _outside_parens(f: _Found) -> list[Quantity]:
    """Values each with its spread in parentheses ("4.2 (2.1-6.3) vs 3.1 (1.8-5.0) ug/L", "rose
    from 38 (IQR 22-51) to 215 ng/mL"): the numbers outside them; "from ... to" that tells no
    change is one range."""
    depth, outside = 0, []
    for t in f.span:
        depth += t.text == "("
        if depth == 0 and is_qnum(t):
            outside.append(t)
        depth -= t.text == ")" and depth > 0
    vals = [Value(f.values[f.nums.index(t)], None, t.idx, t.idx + len(t.text)) for t in outside]
    if len(vals) < 2:
        return []
    vals[-1].end = f.end
    change = get_rules().cue.before_after_from.search(f.text[: f.nums[0].idx])
    if f.span[0].lower_ == "from" and not change:
        return [f.quantity([Value(vals[0].value, vals[1].value, vals[0].start, f.end)])]
    return [f.quantity(vals)]


QUANTITY_SHAPE_READERS: dict[str, Callable[[_Found], list[Quantity]]] = {
    "value": _value,
    "words_value": _value,
    "range": _range,
    "range_or_change": _range_or_change,
    "list": _list,
    "numbers": _numbers,
    "means_sd": _means_sd,
    "value_paren_range": _value_paren_range,
    "unit_paren_range": _unit_paren_range,
    "range_two_units": _range_two_units,
    "proportion": _proportion,
    "outside_parens": _outside_parens,
}

# The numbers a shape reads (1 where not given).
_NUMBERS_READ = {
    "range": 2,
    "range_or_change": 2,
    "means_sd": 3,
    "value_paren_range": 3,
    "unit_paren_range": 3,
    "range_two_units": 2,
    "proportion": 2,
    "outside_parens": 2,
}


def _quantities(doc: Doc, text: str, rules: Rules, matches: list[Match]) -> list[Quantity]:
    spans = [Span(doc, start, end, label=key) for key, start, end in matches]
    while True:  # again without a span that may only follow a label and does not
        out: list[Quantity] = []
        unmet = None
        for span in filter_spans(spans):
            rule = rules.token_shapes[doc.vocab.strings[span.label]]
            if (rule.shape == "list" and list_after_label(span, rules)) or (
                rule.after_label is not None
                and not any(
                    q.label == rule.after_label and 0 <= span.start_char - q.end <= rule.max_gap
                    for q in out
                )
            ):
                unmet = span  # "(range 0.3 to 0.8)" is a ratio's range only right after one,
                break  # and the words it took may be another quantity's: "1 against 3.2 ng/mL"
            found = _found(span, text, rule)
            # A pattern with fewer numbers than its shape reads finds nothing, not an error.
            if found is not None and len(found.nums) >= _NUMBERS_READ.get(rule.shape, 1):
                out += QUANTITY_SHAPE_READERS[rule.shape](found)
        if unmet is None:
            return out
        spans.remove(unmet)


def _count(doc: Doc, span: Span, rule: TokenRuleShape, counts: list[Token]) -> list[Population]:
    """One group: a count of people, or of a part of a group (shape "subset")."""
    first = counts[0]
    if rule.count == "hyphen_words":
        if len(counts) < 2:
            return []
        value = parse_number(f"{counts[0].text}-{counts[1].text}")
    elif rule.count == "number_words":
        value = parse_number(doc.text[first.idx : counts[-1].idx + len(counts[-1].text)])
    else:
        value = parse_number(first.text)
    if value is None:
        return []
    # A count right after a unit-less number or a decimal is part of something else.
    prev = doc[first.i - 1] if first.i > 0 else None
    # "day 10 women", "0.5, 10 women", "Table 1 has ... infant": part of something else;
    # "3.1 Ten women" (a numbered paragraph) is not. "1 in 10 babies" is a proportion.
    if prev is not None and (
        (is_qnum(prev) and prev.i > 0)
        or prev.lower_ in get_rules().cues["not_a_count_after"]
        or _in_a_code(doc, prev)
        or numbers_a_time(first)
    ):
        return []
    if list_counts_no_people(span) or planned_group(span):
        return []
    if (
        prev is not None
        and prev.text == "in"
        and prev.i > 0
        and is_qnum(doc[prev.i - 1])
        and "." not in doc[prev.i - 1].text
    ):
        return []
    second = rule.span_start == "second_token" and len(span) > 1
    start = span[1].idx if second else span.start_char
    total = None
    # "1 of 13 infants" names a group of 13; "4 of the 5 women" points back at one.
    anaphoric = any(t.lower_ in {"the", "these", "those", "their"} for t in span)
    if rule.shape == "subset" and len(counts) > 1 and not anaphoric:
        parsed_total = parse_number(counts[1].text)
        total = int(parsed_total) if parsed_total is not None else None
    return [Population(rule.id, int(value), start, span.end_char, total)]


def _in_a_code(doc: Doc, prev: Token) -> bool:
    """The number ends a code joined by a hyphen to letters and digits ("P3-18", "NNF24-0312")
    or a range ("18-25 women" are ages): no count of its own."""
    if prev.text not in ("-", "\u2013") or prev.whitespace_ or prev.i == 0:
        return False
    before = doc[prev.i - 1]
    return not before.whitespace_ and any(ch.isdigit() for ch in before.text)


def _each_count(
    doc: Doc, span: Span, rule: TokenRuleShape, counts: list[Token]
) -> list[Population]:
    """Every count a group: "(n = 8 and 7)"; number words joined by a hyphen are one count
    ("Twenty-one")."""
    out = []
    skip: set[int] = set()
    for t in counts:
        if t.i in skip:
            continue
        end = t.idx + len(t.text)
        n = parse_number(t.text)
        after = doc[t.i + 2] if t.i + 2 < len(doc) else None
        if after is not None and doc[t.i + 1].text == "-" and is_count(after):
            joined = parse_number(f"{t.text}-{after.text}")
            if joined is not None:
                n, end = joined, after.idx + len(after.text)
                skip.add(after.i)
        if n is not None:
            out.append(Population(rule.id, int(n), t.idx, end))
    return out


# How each population shape (rule_fields.POPULATION_SHAPES) turns a match into groups.
POPULATION_SHAPE_READERS: dict[
    str, Callable[[Doc, Span, TokenRuleShape, list[Token]], list[Population]]
] = {
    "count": _count,
    "subset": _count,
    "each_count": _each_count,
    # "150 infants (vitamin D 76, placebo 74)", not "infants (Issue 32, Winter 2022)"
    "arm_counts": lambda doc, span, rule, counts: (
        _each_count(doc, span, rule, counts) if counted_before(span) else []
    ),
    # "(43 to 600 mg, 42 to ...": each count allocated "to" an arm (not the dose naming it)
    "allocated_counts": lambda doc, span, rule, counts: _each_count(
        doc, span, rule, [t for t in counts if t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "to"]
    ),
}


def _populations(doc: Doc, text: str, rules: Rules, matches: list[Match]) -> list[Population]:
    spans = [Span(doc, s, e, label=k) for k, s, e in matches]
    doc.user_data[MAY_PLAN] = not rules.quick.planned_group.cannot_match(text)
    out = []
    for span in filter_spans(spans):
        rule = rules.token_shapes[doc.vocab.strings[span.label]]
        counts = [t for t in span if is_count(t)]
        if counts:
            out += POPULATION_SHAPE_READERS[rule.shape](doc, span, rule, counts)
    return out


_ASCII_DIGIT = re.compile(r"[0-9]")
_NUMBER_WORD = re.compile(r"\b(?:" + "|".join(sorted(NUMBER_WORDS)) + r")\b", re.IGNORECASE)


def analyze(text: str) -> Analysis:
    rules = get_rules()
    # The matchers are the costly part; a sentence without a numeral has no quantity, and one
    # without a numeral or number word has no count of people (ASCII digits: a quick search).
    has_digit = bool(_ASCII_DIGIT.search(text)) if text.isascii() else any(map(str.isdigit, text))
    if not has_digit and not _NUMBER_WORD.search(text):
        if not may_name_route(text, rules.route_starts):  # nothing to find: not even tokenized
            return Analysis(text, None)
        doc = rules.nlp.make_doc(text)
        return Analysis(text, doc, [], [], routes_in(doc, rules))
    doc = rules.nlp.make_doc(text)
    if "+/-" in text:
        merge_plus_minus(doc)
    units = merge_units(doc, rules) if has_digit else 0
    groups = []
    if (
        units
        or "ratio" in text
        or _PROPORTION.search(text)
        or _TIMES.search(text)
        or _SCALE.search(text)
        or _WORDS_PERCENT.search(text)
    ):
        groups.append(QUANTITIES)
    if may_count_people(text, rules):
        groups.append(POPULATIONS)
    found = rules.token_rules(doc, groups)  # one Matcher pass for both
    quantities = _quantities(doc, text, rules, found[QUANTITIES]) if QUANTITIES in found else []
    populations = _populations(doc, text, rules, found[POPULATIONS]) if POPULATIONS in found else []
    return Analysis(text, doc, quantities, populations, routes_in(doc, rules))


# "EPDS scores were 9 and 12", "a 10-point scale fell from 7.4 to 2.2": numbers with no unit
_SCALE = re.compile(r"\bsc(?:ores?|ale)\b", re.I)
_WORDS_PERCENT = re.compile(
    r"\b(?:" + "|".join(sorted(NUMBER_WORDS)) + r")\s+per\s*cent\b", re.IGNORECASE
)
_WRITTEN_PERCENT = re.compile(r"^\s*\(\s*[\d.]+\s*%\s*\)")
_PROPORTION = re.compile(r"\d\s+in\s+\d")
# "3.4 times higher", "by a factor of 2.9", "about 0.11 of the serum level": a multiple or a
# fraction, the unitless quantity rules' words
_TIMES = re.compile(
    r"\d\s*-?\s*(?:times|fold)\s|\bfactor\s+of\b"
    r"|\d\s+of\s+(?:the\s+|her\s+|their\s+|his\s+)?(?:[\w']+\s+){0,2}(?:serum|plasma|blood)\b",
    re.I,
)
