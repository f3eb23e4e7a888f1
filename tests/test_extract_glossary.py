"""Every name the rule files use is one the code knows, and a rule the code cannot read is
refused with its file and line (issue 12: extraction decisions as data).

The rule files are read here as plain JSON lines and YAML, not through the loader, and checked
against the code's closed lists: a new shape, outcome, look or unit kind in the data needs code
that reads it, and this test names the ones that have none."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from importlib import resources
from typing import Any

import pytest
import yaml

from pipeline.extract import rules as rules_module
from pipeline.extract.cue_patterns import field_names
from pipeline.extract.decisions import LOOKS, QUESTIONS, DecisionError
from pipeline.extract.mentions import POPULATION_SHAPE_READERS, QUANTITY_SHAPE_READERS, analyze
from pipeline.extract.rule_fields import (
    POPULATION_SHAPES,
    QUANTITY_SHAPES,
    RATIO_KIND,
    TOKEN_RULE_FIELDS,
    UNIT_KINDS,
)

RULES = resources.files("pipeline.extract").joinpath("rules")


def rule_lines(name: str) -> list[dict[str, Any]]:
    text = RULES.joinpath(name).read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def unknown(used: list[str], known: tuple[str, ...] | set[str]) -> list[str]:
    return sorted({u for u in used if u not in known})


def test_every_shape_the_code_lists_has_a_reader() -> None:
    assert set(QUANTITY_SHAPE_READERS) == set(QUANTITY_SHAPES)
    assert set(POPULATION_SHAPE_READERS) == set(POPULATION_SHAPES)


@pytest.mark.parametrize("name", ["quantities.jsonl", "populations.jsonl"])
def test_token_rules_use_known_shapes_and_span_fields(name: str) -> None:
    rules = rule_lines(name)
    assert rules
    for field, known in TOKEN_RULE_FIELDS[name].items():
        used = [r[field] for r in rules if field in r]
        assert not unknown(used, known), f"{name}: unknown {field}: {unknown(used, known)}"
    assert not [r["id"] for r in rules if "shape" not in r], f"{name}: rules without a shape"


def test_a_rule_that_follows_another_names_a_label_the_file_has() -> None:
    rules = rule_lines("quantities.jsonl")
    labels = {r["label"] for r in rules}
    after = [r["after_label"] for r in rules if "after_label" in r]
    assert after and not unknown(after, labels)


def test_unit_kinds_are_known() -> None:
    kinds = [r["kind"] for r in rule_lines("units.jsonl")]
    assert not unknown(kinds, UNIT_KINDS), f"unknown unit kinds: {unknown(kinds, UNIT_KINDS)}"


def conditions(step: dict[str, Any]) -> list[dict[str, Any]]:
    return [c for key in ("when", "unless", "any") for c in step.get(key, [])]


def test_decisions_use_known_questions_outcomes_looks_and_unit_kinds() -> None:
    steps = rule_lines("decisions.jsonl")
    questions = [s["decide"] for s in steps]
    assert not unknown(questions, set(QUESTIONS)), f"unknown questions: {questions}"
    outcomes = [
        f"{s['decide']}: {s['then']}" for s in steps if s["then"] not in QUESTIONS[s["decide"]]
    ]
    assert not outcomes, f"unknown outcomes: {outcomes}"
    looks = [c["look"] for s in steps for c in conditions(s)]
    assert not unknown(looks, LOOKS), f"unknown looks: {unknown(looks, LOOKS)}"
    kinds = [k for s in steps for k in s.get("units", [])]
    known_kinds = {*UNIT_KINDS, RATIO_KIND}
    assert not unknown(kinds, known_kinds), f"unknown unit kinds: {unknown(kinds, known_kinds)}"


def test_every_cue_a_decision_names_is_a_pattern_in_cues_yaml() -> None:
    cues = yaml.safe_load(RULES.joinpath("cues.yaml").read_text(encoding="utf-8"))
    named = [c["cue"] for s in rule_lines("decisions.jsonl") for c in conditions(s) if "cue" in c]
    assert named
    missing = unknown(named, set(cues))
    assert not missing, f"cues not in cues.yaml: {missing}"
    not_patterns = sorted({n for n in named if not isinstance(cues[n], str | list)})
    assert not not_patterns, f"cues that are no pattern or list of patterns: {not_patterns}"


# --- A malformed rule is refused with its file and line ---

SINGLE = (
    '{"id": "qty.single", "label": "QTY", "shape": "value", "pattern": [{"_": {"qnum": true}}, '
    '{"_": {"unit": true}}], "note": "a number and its unit"}'
)
COUNT = (
    '{"id": "pop.count_noun", "label": "POPULATION", "shape": "count", "pattern": '
    '[{"_": {"count": true}}, {"_": {"person": true}}], "note": "Ten women"}'
)
UNIT = (
    '{"id": "unit.mg", "label": "UNIT", "ucum": "mg", "kind": "mass", "pattern": ["mg"], '
    '"note": "mass"}'
)
STEP = '{"id": "unit.ignored", "decide": "table", "units": ["ignore"], "then": "none", "note": "x"}'
X = '[{"LOWER": "x"}]'


@pytest.mark.parametrize(
    "name, bad, message",
    [
        (
            "quantities.jsonl",
            f'{{"id": "qty.bad", "label": "QTY_NEW", "shape": "spiral", "pattern": {X}, '
            '"note": "x"}',
            r"quantities.jsonl line 2 \(qty.bad\): shape must be one of .*not 'spiral'",
        ),
        (
            "quantities.jsonl",
            f'{{"id": "qty.bad", "label": "QTY", "pattern": {X}, "note": "x"}}',
            r"quantities.jsonl line 2 \(qty.bad\): missing shape",
        ),
        (
            "quantities.jsonl",
            '{"id": "qty.bad", "label": "QTY", "shape": "value", '
            '"pattern": [{"TEXT": {"REGEX": "(mg"}}], "note": "x"}',
            r"quantities.jsonl line 2 \(qty.bad\): invalid pattern: .*unterminated",
        ),
        (
            "quantities.jsonl",
            f'{{"id": "qty.bad", "label": "QTY", "shape": "value", "span_strat": "first_number", '
            f'"pattern": {X}, "note": "x"}}',
            r"quantities.jsonl line 2 \(qty.bad\): unknown field\(s\) \['span_strat'\]",
        ),
        (
            "quantities.jsonl",
            f'{{"id": "qty.bad", "label": "QTY", "shape": "range", "after_label": "QTY_NONE", '
            f'"max_gap": 2, "pattern": {X}, "note": "x"}}',
            r"quantities.jsonl line 2 \(qty.bad\): after_label 'QTY_NONE' is no rule's label",
        ),
        (
            "quantities.jsonl",
            f'{{"id": "qty.bad", "label": "QTY", "shape": "proportion", "pattern": {X}, '
            '"note": "x"}',
            r"quantities.jsonl line 2 \(qty.bad\): shape 'proportion' takes unit percent",
        ),
        (
            "populations.jsonl",
            f'{{"id": "pop.bad", "label": "POPULATION", "shape": "crowd", "pattern": {X}, '
            '"note": "x"}',
            r"populations.jsonl line 2 \(pop.bad\): shape must be one of .*not 'crowd'",
        ),
        (
            "units.jsonl",
            '{"id": "unit.bad", "label": "UNIT", "ucum": "mg", "kind": "weight", '
            '"pattern": ["mgx"], "note": "x"}',
            r"units.jsonl line 2 \(unit.bad\): kind must be one of .*not 'weight'",
        ),
    ],
)
def test_a_malformed_rule_is_refused_with_its_file_and_line(
    rule_files: Callable[[dict[str, str]], None], name: str, bad: str, message: str
) -> None:
    good = {"quantities.jsonl": SINGLE, "populations.jsonl": COUNT, "units.jsonl": UNIT}[name]
    rule_files({name: f"{good}\n{bad}\n"})
    with pytest.raises(rules_module.RuleError, match=message):
        rules_module.get_rules()


@pytest.mark.parametrize(
    "bad, message",
    [
        (
            '{"id": "kind.bad", "decide": "kind", "then": "dose_of_sunshine", "note": "x"}',
            r"decisions.jsonl line 2 \(kind.bad\): 'dose_of_sunshine' is no outcome of 'kind'",
        ),
        (
            '{"id": "table.bad", "decide": "table", "when": [{"look": "after", "pattern": "(of"}],'
            ' "then": "none", "note": "x"}',
            r"decisions.jsonl line 2 \(table.bad\) when: bad regular expression",
        ),
        (
            '{"id": "table.bad", "decide": "table", "when": [{"look": "after", "cue": "no_cue"}],'
            ' "then": "none", "note": "x"}',
            r"decisions.jsonl line 2 \(table.bad\) when: cue 'no_cue' is not a pattern",
        ),
        (
            '{"id": "table.bad", "decide": "table", "when": [{"look": "paragraph", '
            '"pattern": "x"}], "then": "none", "note": "x"}',
            r"decisions.jsonl line 2 \(table.bad\) when: look must be one of",
        ),
        (
            '{"id": "table.bad", "decide": "colour", "then": "none", "note": "x"}',
            r"decisions.jsonl line 2 \(table.bad\): decide must be one of",
        ),
    ],
)
def test_a_malformed_decision_is_refused_with_its_file_and_line(
    rule_files: Callable[[dict[str, str]], None], bad: str, message: str
) -> None:
    rule_files({"decisions.jsonl": f"{STEP}\n{bad}\n"})
    with pytest.raises(DecisionError, match=message):
        rules_module.get_rules()


# --- The shape in the data, not the rule's id, says what a match gives ---

PAIR = (
    '{"id": "qty.pair", "label": "QTY_PAIR", "shape": "%s", "pattern": [{"_": {"qnum": true}}, '
    '{"LOWER": "and"}, {"_": {"qnum": true}}, {"_": {"unit": true}}], "note": "x"}'
)


@pytest.mark.parametrize(
    "shape, values",
    [("list", [(0.7, None), (0.5, None)]), ("range", [(0.7, 0.5)]), ("value", [(0.7, None)])],
)
def test_one_pattern_read_by_each_shape(
    rule_files: Callable[[dict[str, str]], None], shape: str, values: list[tuple]
) -> None:
    rule_files({"quantities.jsonl": PAIR % shape + "\n"})
    (q,) = analyze("Levels were 0.7 and 0.5 mg/L in the two women.").quantities
    assert (q.rule_id, q.ucum) == ("qty.pair", "mg/L")
    assert [(v.value, v.value_high) for v in q.values] == values


def test_a_ratio_rule_needs_no_unit_and_starts_at_its_number(
    rule_files: Callable[[dict[str, str]], None],
) -> None:
    ratio = (
        '{"id": "qty.fold", "label": "QTY_FOLD", "shape": "value", "unit": "ratio", '
        '"span_start": "first_number", "pattern": [{"LOWER": "ratio"}, {"LOWER": "of"}, '
        '{"_": {"qnum": true}}], "note": "x"}'
    )
    rule_files({"quantities.jsonl": ratio + "\n"})
    text = "The milk to plasma ratio of 2.5 was high."
    (q,) = analyze(text).quantities
    assert (q.ucum, q.unit_kind, text[q.start : q.end]) == ("{ratio}", "ratio", "2.5")


def test_a_shape_that_reads_more_numbers_than_the_pattern_has_finds_nothing(
    rule_files: Callable[[dict[str, str]], None],
) -> None:
    rule_files({"quantities.jsonl": SINGLE.replace('"value"', '"means_sd"') + "\n"})
    assert analyze("She took 5 mg daily.").quantities == []


def test_a_cue_nothing_reads_is_refused(rule_files) -> None:
    from pipeline.extract.rules import RuleError, get_rules

    cues = (RULES / "cues.yaml").read_text(encoding="utf-8")
    rule_files({"cues.yaml": cues + 'leftover_cue: "\\\\bnever used\\\\b"\n'})
    with pytest.raises(RuleError, match="leftover_cue"):
        get_rules()


def test_a_verdict_cue_group_that_names_no_measurement_kind_is_refused(rule_files) -> None:
    from pipeline.extract.rules import RuleError, get_rules

    cues = (RULES / "cues.yaml").read_text(encoding="utf-8")
    renamed = cues.replace("(?P<half_life>", "(?P<halflife>", 1)
    assert renamed != cues
    rule_files({"cues.yaml": renamed})
    with pytest.raises(RuleError, match="halflife"):
        get_rules()


def test_every_cue_the_code_reads_is_a_typed_pattern() -> None:
    from pipeline.extract.rules import get_rules

    cue = get_rules().cue
    assert all(isinstance(getattr(cue, name), re.Pattern) for name in field_names())
