"""The text around a number, as the decision tables see it, and the questions asked of it.

Every decision (dose or result, kind, fluid, whose count, who is dosed) is a step in
rules/decisions.jsonl; this module only cuts the text into the parts a step can look at
("before", "clause", "since_previous", ...) and asks the table."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from pipeline.extract.decision_scope import TextScope, scope_of
from pipeline.extract.mentions import Quantity, Value
from pipeline.extract.regex_cache import compiled
from pipeline.extract.rules import Rules


def clause_before(text: str, start: int, rules: Rules) -> str:
    before = text[:start]
    cut = 0
    for m in rules.quick.clause_break.finditer(before):
        cut = m.end()
    return before[cut:]


def clause_after(text: str, end: int, rules: Rules) -> str:
    after = text[end:]
    m = rules.quick.clause_break.search(after)
    return after[: m.start()] if m else after


@dataclass
class ValueText:
    """One value in its sentence (offsets sentence-relative) and where the sentence stands."""

    text: str
    start: int  # the value's start
    end: int  # the quantity's end (after the unit)
    value_end: int
    rules: Rules
    source: str  # lactmed | web
    section: str = ""
    statement_before: str = ""  # the statement's text before this sentence
    previous_end: int = 0  # end of the quantity before this one in the sentence
    unit: str = ""
    kind: str = ""
    measure: str = ""
    _parts: dict[str, str] = field(default_factory=dict, repr=False)

    def _named_earlier(self) -> str:
        """Where the statement's earlier sentences named what the value's clause is about
        with a fluid: "serum prolactin was drawn ..." for "Prolactin levels on day 10 were
        118 ng/mL" (the words "serum prolactin"), else nothing."""
        words = re.findall(r"[\w()-]*[A-Za-z][\w()-]*", self.part("clause_before"))
        subject = next(
            (w for w in words if len(w) >= 3 and not self.rules.cue.not_a_subject.match(w)), None
        )
        if subject is None or not self.statement_before:
            return ""
        named = compiled(
            rf"(?<![\w(])(?:[\w-]+\s+){{1,2}}{re.escape(subject)}(?![\w(])"
            rf"|(?<![\w(]){re.escape(subject)}\s+(?:[\w-]+\s+){{0,2}}?(?:in|from)\s+"
            rf"(?:the\s+)?[\w-]+",
            re.IGNORECASE,
        ).finditer(self.statement_before)
        return " | ".join(m.group(0) for m in named)

    @property
    def scope(self) -> TextScope:
        """The texts every part is cut from, shared by the sentence's values."""
        return scope_of(self.text, self.statement_before)

    def decide(self, question: str, unit_kind: str | None) -> tuple[str | None, str]:
        """The decision table's answer to `question` about this value."""
        return self.rules.decisions.decide(question, self.part, unit_kind, self.scope)

    def part(self, look: str) -> str:
        """The text a decision step looks at (computed once per value and look)."""
        if look == "kind":  # set between the kind and matrix questions: never cached
            return self.kind
        found = self._parts.get(look)
        if found is None:
            found = self._parts[look] = self._part(look)
        return found

    def _part(self, look: str) -> str:
        if look == "before":
            return self.text[: self.start]
        if look == "after":
            return self.text[self.end :]
        # (the clause's parts are kept in _parts by part(): once per value, as cached
        # properties would, without their lock)
        if look == "clause_before":
            return clause_before(self.text, self.start, self.rules)
        if look == "clause_after":
            return clause_after(self.text, self.end, self.rules)
        if look == "clause":
            middle = self.text[self.start : self.end]
            return self.part("clause_before") + middle + self.part("clause_after")
        if look == "since_previous":
            clause = self.part("clause_before")
            since = self.text[self.previous_end : self.start]
            return since if len(since) < len(clause) else clause
        if look == "statement":
            return self.statement_before + self.text[: self.start]
        if look == "value":
            return self.text[self.start : self.value_end]
        if look == "named_earlier":
            return self._named_earlier()
        return {
            "sentence": self.text,
            "section": self.section,
            "source": self.source,
            "unit": self.unit,
            "kind": self.kind,
            "measure": self.measure,
        }[look]


def value_text(
    text: str, q: Quantity, v: Value, rules: Rules, lactmed: bool, **where: object
) -> ValueText:
    return ValueText(
        text,
        v.start,
        q.end,
        v.end,
        rules,
        "lactmed" if lactmed else "web",
        unit=q.ucum,
        **where,  # type: ignore[arg-type]
    )


def classify(
    text: str, q: Quantity, v: Value, rules: Rules, lactmed: bool = True
) -> tuple[str | None, str]:
    """("doses" | "measurements" | None, the id of the step that decided)."""
    return value_text(text, q, v, rules, lactmed).decide("table", q.unit_kind)


def span_text(
    text: str, start: int, end: int, section: str, head: str = ""
) -> Callable[[str], str]:
    """The parts a `who` step sees for a counted group: the count's words, and the sentence
    (cut once, not for each look; any other look sees "")."""
    parts = {
        "value": text[start:end],
        "head": head or text[start:end],
        "before": text[:start],
        "after": text[end:],
        "sentence": text,
        "section": section,
    }
    return defaultdict(str, parts).__getitem__
