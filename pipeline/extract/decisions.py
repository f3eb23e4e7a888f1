"""Decision tables: what a matched number becomes, and what it means, as data.

rules/decisions.jsonl holds one step per line, grouped by the question it answers (`decide`):

    {"id": "kind.relative_infant_dose", "decide": "kind", "units": ["percent"],
     "when": [{"look": "after", "window": 80, "cue": "of_maternal_dose"}],
     "then": "relative_infant_dose", "note": "1.4% of the maternal weight-adjusted dosage"}

For one question the steps are tried in file order and the first whose conditions all hold
wins; its id lands in the row's rule_id. A condition looks at one part of the text around the
value (`look`), optionally only `window` characters of it, and tests a regular expression
(`pattern`, or `cue`: a named regular expression in cues.yaml) by `search` (anywhere) or
`start` (anchored at the start of the part). `when` conditions must all hold, `unless`
conditions must all fail, and of `any` conditions one must hold. Every file is checked when it
loads: unknown questions, outcomes, looks, unit kinds and cues are refused with the line."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from pipeline.extract.decision_scope import Needs, TextScope, step_needs
from pipeline.extract.quick_search import QuickPattern
from pipeline.schema import KINDS, MATRICES, RECIPIENTS, WHO

# Each question and the outcomes its steps may give ("none": the number is not kept).
QUESTIONS: dict[str, tuple[str, ...]] = {
    "table": ("doses", "measurements", "none"),
    "kind": KINDS,
    "matrix": (*MATRICES, "none"),
    "who": WHO,
    "recipient": RECIPIENTS,
    "arm_role": ("control", "treated", "before", "after"),
}
# The parts of the text a condition can look at.
LOOKS = (
    "before",  # the sentence before the value (window: the last N characters)
    "after",  # the sentence after the quantity (window: the first N characters)
    "clause_before",  # the clause before the value, from the last clause break
    "clause_after",  # the clause after the quantity, to the next clause break
    "clause",  # clause_before + the value + clause_after
    "value",  # the value as written
    "sentence",  # the whole sentence
    "statement",  # the statement's text up to and including this sentence
    "section",  # the canonical section key (summary, infant_levels, ...)
    "source",  # "lactmed" for a LactMed record, "web" for any other page
    "unit",  # the UCUM code of the value
    "since_previous",  # the sentence between the previous quantity (or clause start) and the value
    "kind",  # the kind already decided for the value (for matrix steps)
    "named_earlier",  # how the statement named the clause's subject before ("serum prolactin")
    "head",  # a counted group's words up to its first word for people ("90 mothers")
    "measure",  # what the value measures, as written (a table column's header)
)
MATCHES = ("search", "start")


class DecisionError(ValueError):
    """A decision file is malformed; the message names the file, line and id."""


Part = Callable[[str], str]  # look -> the text a condition looks at


@dataclass(frozen=True)
class Condition:
    look: str
    pattern: re.Pattern[str]
    window: int | None
    match: str
    quick: QuickPattern = field(compare=False, repr=False)  # the pattern's quick "no"


def _test_of(c: Condition) -> Callable[[str], bool]:
    """The condition's test of a text, built once when the rules load. It remembers its
    answers: a third of the tests repeat one (each question about a value looks at the same
    parts again, and the values of one clause share their "clause")."""
    # (the quick "no", then the pattern, or its lower-cased twin: quick_search.py)
    found_in = c.quick.found_at_start if c.match == "start" else c.quick.found
    held: dict[str, bool] = {}

    def test(text: str) -> bool:
        found = held.get(text)
        if found is None:
            if len(held) >= _MAX_HELD:
                held.clear()  # only bounds memory
            found = held[text] = found_in(text)
        return found

    return test


_FORWARD = {"after", "clause_after"}
_MAX_ANSWERS = 4096
_MAX_HELD = 512  # the repeats are near one another: a short memory keeps nearly all
# A condition as the decision loop reads it: (look, window, window from the start, test).
_Check = tuple[str, int | None, bool, Callable[[str], bool]]


def _checks(conditions: tuple[Condition, ...]) -> tuple[_Check, ...]:
    return tuple((c.look, c.window, c.look in _FORWARD, _test_of(c)) for c in conditions)


def _all_hold(checks: tuple[_Check, ...], part: Part) -> bool:
    for look, window, forward, test in checks:  # plain loops: this is the hottest code here
        text = part(look)
        if window is not None and len(text) > window:
            text = text[:window] if forward else text[-window:]
        if not test(text):
            return False
    return True


def _one_holds(checks: tuple[_Check, ...], part: Part) -> bool:
    for look, window, forward, test in checks:
        text = part(look)
        if window is not None and len(text) > window:
            text = text[:window] if forward else text[-window:]
        if test(text):
            return True
    return False


@dataclass(frozen=True)
class Step:
    id: str
    decide: str
    units: frozenset[str] | None
    when: tuple[Condition, ...]
    unless: tuple[Condition, ...]
    any_of: tuple[Condition, ...]
    then: str
    # The conditions compiled once into the loop's checks (with their tests and memories).
    _when: tuple[_Check, ...] = field(init=False, compare=False, repr=False)
    _unless: tuple[_Check, ...] = field(init=False, compare=False, repr=False)
    _any: tuple[_Check, ...] = field(init=False, compare=False, repr=False)
    # The strings the texts of its conditions must hold for the step to apply (decision_scope).
    needs: tuple[Needs, ...] = field(init=False, compare=False, repr=False)
    any_needs: tuple[Needs, ...] | None = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_when", _checks(self.when))
        object.__setattr__(self, "_unless", _checks(self.unless))
        object.__setattr__(self, "_any", _checks(self.any_of))
        needs, any_needs = step_needs(self.when, self.any_of)
        object.__setattr__(self, "needs", needs)
        object.__setattr__(self, "any_needs", any_needs)

    def applies(self, unit_kind: str | None, part: Part) -> bool:
        if self.units is not None and unit_kind not in self.units:
            return False
        return self.holds(part)

    def holds(self, part: Part) -> bool:
        """The step's conditions, its units aside."""
        if self._when and not _all_hold(self._when, part):
            return False
        if self._unless and _one_holds(self._unless, part):
            return False
        return not self._any or _one_holds(self._any, part)


@dataclass(frozen=True)
class DecisionTable:
    steps: dict[str, tuple[Step, ...]]  # question -> its steps in file order
    # (question, unit kind) -> the steps that may apply to it, in file order: built once, so a
    # value is only tested against steps for its kind of unit.
    _by_kind: dict[tuple[str, str | None], tuple[Step, ...]] = field(
        default_factory=dict, compare=False
    )
    _answers: dict[tuple[str, str], tuple[str | None, str]] = field(
        default_factory=dict, compare=False
    )

    def _steps_for(self, question: str, unit_kind: str | None) -> tuple[Step, ...]:
        key = (question, unit_kind)
        found = self._by_kind.get(key)
        if found is None:
            steps = self.steps.get(question, ())
            found = tuple(s for s in steps if s.units is None or unit_kind in s.units)
            self._by_kind[key] = found
        return found

    def decide_once(
        self, question: str, key: str, parts: Callable[[], Part]
    ) -> tuple[str | None, str]:
        """decide() where every part `parts()` gives is cut from `key` alone (a label): the
        answer is remembered by key."""
        found = self._answers.get((question, key))
        if found is None:
            if len(self._answers) >= _MAX_ANSWERS:
                self._answers.clear()  # only bounds memory
            found = self._answers[(question, key)] = self.decide(question, parts())
        return found

    def decide(
        self,
        question: str,
        part: Part,
        unit_kind: str | None = None,
        scope: TextScope | None = None,
    ) -> tuple[str | None, str]:
        """(outcome, step id) of the first step that applies; (None, "") when none does.
        `scope`: the sentence `part` cuts its texts from (decision_scope.py), where the
        steps that cannot apply there are left out once for all its values."""
        steps = self._steps_for(question, unit_kind)  # each of the unit kind already
        if scope is None:
            for step in steps:
                if step.holds(part):
                    return (None if step.then == "none" else step.then), step.id
            return None, ""
        may_apply = scope.applies  # id(step) -> (step, whether it may apply in the sentence)
        for step in steps:
            known = may_apply.get(id(step))
            if known is None or known[0] is not step:
                known = may_apply[id(step)] = (step, scope.may_apply(step))
            if known[1] and step.holds(part):
                return (None if step.then == "none" else step.then), step.id
        return None, ""


_FIELDS = {"id", "decide", "units", "when", "unless", "any", "then", "note"}


def _condition(spec: Any, cues: Mapping[str, Any], where: str) -> Condition:
    if not isinstance(spec, dict):
        raise DecisionError(f"{where}: a condition must be an object, not {spec!r}")
    unknown = set(spec) - {"look", "window", "cue", "pattern", "match"}
    if unknown:
        raise DecisionError(f"{where}: unknown condition field(s) {sorted(unknown)}")
    if spec.get("look") not in LOOKS:
        raise DecisionError(f"{where}: look must be one of {LOOKS}, not {spec.get('look')!r}")
    if ("cue" in spec) == ("pattern" in spec):
        raise DecisionError(f"{where}: give exactly one of cue or pattern")
    if "cue" in spec:
        cue = cues.get(spec["cue"])
        if isinstance(cue, list):
            cue = "|".join(f"(?:{c})" for c in cue)
        if not isinstance(cue, str):
            raise DecisionError(f"{where}: cue {spec['cue']!r} is not a pattern in cues.yaml")
        source = cue
    else:
        source = spec["pattern"]
    try:
        pattern = re.compile(source, re.IGNORECASE)
    except (re.error, TypeError) as exc:
        raise DecisionError(f"{where}: bad regular expression: {exc}") from exc
    window = spec.get("window")
    if window is not None and (not isinstance(window, int) or window < 0):
        raise DecisionError(f"{where}: window must be a whole number of characters")
    match = spec.get("match", "search")
    if match not in MATCHES:
        raise DecisionError(f"{where}: match must be one of {MATCHES}")
    return Condition(spec["look"], pattern, window, match, QuickPattern(pattern))


def _conditions(
    raw: dict[str, Any], key: str, cues: Mapping[str, Any], where: str
) -> tuple[Condition, ...]:
    specs = raw.get(key, [])
    if not isinstance(specs, list):
        raise DecisionError(f"{where}: {key} must be a list of conditions")
    return tuple(_condition(s, cues, f"{where} {key}") for s in specs)


def load_decisions(
    lines: list[tuple[int, dict[str, Any]]],
    name: str,
    cues: Mapping[str, Any],
    unit_kinds: set[str],
) -> DecisionTable:
    """Validate and compile the steps of a decision file (line number, object) pairs."""
    steps: dict[str, list[Step]] = {}
    seen: set[str] = set()
    for lineno, raw in lines:
        where = f"{name} line {lineno}"
        missing = {"id", "decide", "then", "note"} - set(raw)
        if missing:
            raise DecisionError(f"{where}: missing {sorted(missing)}")
        where = f"{where} ({raw['id']})"
        if set(raw) - _FIELDS:
            raise DecisionError(f"{where}: unknown field(s) {sorted(set(raw) - _FIELDS)}")
        if raw["id"] in seen:
            raise DecisionError(f"{where}: duplicate id")
        seen.add(raw["id"])
        question = raw["decide"]
        if question not in QUESTIONS:
            raise DecisionError(f"{where}: decide must be one of {sorted(QUESTIONS)}")
        if raw["then"] not in QUESTIONS[question]:
            raise DecisionError(
                f"{where}: {raw['then']!r} is no outcome of {question!r}: {QUESTIONS[question]}"
            )
        units = raw.get("units")
        if units is not None and (not isinstance(units, list) or set(units) - unit_kinds):
            raise DecisionError(f"{where}: units must be a list of {sorted(unit_kinds)}")

        step = Step(
            raw["id"],
            question,
            frozenset(units) if units is not None else None,
            _conditions(raw, "when", cues, where),
            _conditions(raw, "unless", cues, where),
            _conditions(raw, "any", cues, where),
            raw["then"],
        )
        steps.setdefault(question, []).append(step)
    return DecisionTable({q: tuple(s) for q, s in steps.items()})
