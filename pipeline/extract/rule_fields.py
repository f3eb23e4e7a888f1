"""The closed lists the rule files draw from, and the checks of each rule's own fields.

mentions.py reads a token rule's match by its `shape` and span fields, never by its id; units.jsonl
gives each unit a `kind` the decision tables and table reader test. Every name a rule uses must
be one of these, so a rule the code cannot read is refused when the rules load (with its file,
line and id) instead of silently finding nothing. tests/test_extract_glossary.py checks that
every name in the rule files is known here. The cues.yaml lists and tables the code reads
itself are named here too (WORD_LISTS, CODE_LISTS): a cue nothing reads stops the rules loading."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

QUANTITIES, POPULATIONS = "quantities.jsonl", "populations.jsonl"


class RuleError(ValueError):
    """A rule file is malformed; the message names the file, line and rule id."""


# What mentions.py does with a token rule's match. A quantity rule's `shape` says how the
# numbers it matched become values; a population rule's says how its counts become groups.
# Names outside these lists are refused when the rules load: a rule the code cannot read would
# otherwise find nothing, silently.
QUANTITY_SHAPES = (
    "value",  # the first number is the value: 35.5 mg/L, 125 ± 30 mcg/L, ratio of 0.5
    "words_value",  # a value in words, as a sentence opens with one: Forty-seven percent
    "range",  # the first two numbers are one value, low to high: ratios ranged from 0.5 to 1.2
    "range_or_change",  # a range ("365 to 729 mg"), but after "rose from" two values
    "list",  # each number is a value; the last one's span runs to the match's end: 0.7 and 0.5 mg/L
    "numbers",  # each number is a value spanning only itself: ratios were 2.2 and 2.9
    "means_sd",  # every other number is a value: 0.22 ± 0.08 and 0.39 ± 0.12 ng/mL
    "value_paren_range",  # the value, then its range: 29.2 (range 20.4 to 39) mcg/L
    "unit_paren_range",  # the value and its unit, then its range: 46 mcg/L (range 11 to 90)
    "range_two_units",  # 12% to 30%, 750 mg to 1.5 g; "3 hours - 9.4 mg/L" is two values
    "proportion",  # "1 in 10 babies" as a percentage (10%)
    "outside_parens",  # the numbers outside parentheses: 4.2 (2.1-6.3) vs 3.1 (1.8-5.0) ug/L
)
QUANTITY_UNITS = (
    "written",  # the last unit in the match; a match without one is dropped
    "ratio",  # {ratio}: the match has no unit
    "percent",  # % (a proportion's)
    "score",  # {score}: a number a scale's name gives ("EPDS scores were 9 and 12")
)
POPULATION_SHAPES = (
    "count",  # one group, its size the first count: Ten women, (n = 74)
    "subset",  # a count of a group: "1 of 13 infants" also names the group of 13 (of_total)
    "each_count",  # every count is a group: (n = 8 and 7), 42 breastfed and 36 formula-fed infants
    "arm_counts",  # every count, right after a counted group: 150 infants (drug 76, placebo 74)
    "allocated_counts",  # every count allocated "to" an arm: (43 to 600 mg, 42 to 200 mg and ...
)
POPULATION_COUNTS = (
    "first",  # the first count token: Ten, 12
    "hyphen_words",  # the first two count tokens joined by their hyphen: Twenty-six
    "number_words",  # the words from the first count to the last: One hundred seventy-seven
)
# Optional fields of the token rule files, with the values each may take (first: the default).
TOKEN_RULE_FIELDS: dict[str, dict[str, tuple[str, ...]]] = {
    QUANTITIES: {
        "shape": QUANTITY_SHAPES,
        "unit": QUANTITY_UNITS,
        "span_start": ("match", "first_number"),  # where the quantity starts
        "span_end": ("match", "last_number"),  # where it and its last value end
    },
    POPULATIONS: {
        "shape": POPULATION_SHAPES,
        "count": POPULATION_COUNTS,
        "span_start": ("match", "second_token"),  # "; 1 was taking": the group starts at "1"
    },
}
# Fields each file's rules may have beyond id, label, pattern and note.
EXTRA_FIELDS: dict[str, set[str]] = {
    "units.jsonl": {"ucum", "kind", "ucum_by_form", "per", "per_by_form"},
    "routes.jsonl": {"route"},
    QUANTITIES: {*TOKEN_RULE_FIELDS[QUANTITIES], "after_label", "max_gap"},
    POPULATIONS: set(TOKEN_RULE_FIELDS[POPULATIONS]),
}
# The kinds of unit the code knows (units.jsonl `kind`); "ratio" is what a ratio rule gives.
UNIT_KINDS = (
    "mass",
    "volume",
    "mass_per_weight",
    "iu",
    "concentration",
    "molar_concentration",
    "iu_concentration",
    "percent",
    "time",
    "body_size",  # a body weight or length: a result only as a growth outcome
    "score",  # points on a rating scale
    "ignore",  # never a dose or a result: body weights, rates of infusion, a product's strength
)
RATIO_KIND = "ratio"


def check_fields(rule: dict[str, Any], name: str, where: str) -> None:
    if name == "units.jsonl" and rule.get("kind") not in UNIT_KINDS:
        raise RuleError(f"{where}: kind must be one of {UNIT_KINDS}, not {rule.get('kind')!r}")
    fields = TOKEN_RULE_FIELDS.get(name, {})
    if fields and "shape" not in rule:
        raise RuleError(f"{where}: missing shape (one of {fields['shape']})")
    for field_name, allowed in fields.items():
        if field_name in rule and rule[field_name] not in allowed:
            raise RuleError(
                f"{where}: {field_name} must be one of {allowed}, not {rule[field_name]!r}"
            )
    if name != QUANTITIES:
        return
    if ("after_label" in rule) != ("max_gap" in rule):
        raise RuleError(f"{where}: after_label and max_gap go together")
    gap = rule.get("max_gap", 0)
    if not isinstance(gap, int) or isinstance(gap, bool) or gap < 0:
        raise RuleError(f"{where}: max_gap must be a whole number of characters")
    units = _SHAPE_UNITS.get(rule["shape"], ("written", "ratio"))
    if rule.get("unit", "written") not in units:
        raise RuleError(f"{where}: shape {rule['shape']!r} takes unit {' or '.join(units)}")


# The units a shape can take, where not only "written" or "ratio".
_SHAPE_UNITS = {
    "unit_paren_range": ("written",),  # the range shares the written unit
    "range_two_units": ("written",),  # reads both written units
    "proportion": ("percent",),
    "words_value": ("percent",),
    # a scale's numbers have no unit of their own: the scale's name says what they are
    "value": ("written", "ratio", "score"),
    "numbers": ("written", "ratio", "score"),
    "range_or_change": ("written", "ratio", "score"),
}


def check_after_labels(rules: list[tuple[str, dict[str, Any]]]) -> None:
    labels = {rule["label"] for _, rule in rules}
    for where, rule in rules:
        if "after_label" in rule and rule["after_label"] not in labels:
            raise RuleError(f"{where}: after_label {rule['after_label']!r} is no rule's label")


@dataclass(frozen=True)
class TokenRuleShape:
    """What mentions.py does with one token rule's matches (see TOKEN_RULE_FIELDS)."""

    id: str
    label: str
    shape: str
    unit: str = "written"
    span_start: str = "match"
    span_end: str = "match"
    count: str = "first"
    after_label: str | None = None  # kept only right after a quantity with this label ...
    max_gap: int = 0  # ... at most this many characters before it


def token_rule_shape(rule: dict[str, Any]) -> TokenRuleShape:
    fields = ("shape", "unit", "span_start", "span_end", "count", "after_label", "max_gap")
    return TokenRuleShape(rule["id"], rule["label"], **{f: rule[f] for f in fields if f in rule})


# cues.yaml's word lists the code reads itself, each checked to hold words only (YAML reads a
# bare on/off/yes/no as a boolean), and its other lists and tables (its patterns are
# CuePatterns' fields).
WORD_LISTS = (
    "person_nouns",
    "population_filler_stop",
    "not_people",
    "not_real_people",
    "not_a_count_after",
    "list_label_before",
    "not_a_route_after",
    "not_drug_words",
    "not_a_drug_name",
    "dosage_forms",
    "body_substances",
    "salts",
    "group_label_verbs",
    "not_metabolite_names",
    "cut_off_words",
    "outcome_verbs",
)
CODE_LISTS = frozenset(WORD_LISTS) | {
    "antibody_classes",
    "population_roles",
    "qualifiers",
    "stats",
    "frequencies",
    "designs",
    "skip_sections",
    "recommendation_sections",
    "study_sections",
    "fluid_matrices",
    "fluid_owner_words",
    "drug_mentions",
    "drug_name_max_zipf",
    "exposure_before",
    "exposure_after",
}
