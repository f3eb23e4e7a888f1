"""Where a statement names its doses again, and the doses those places tie a value to: "44
mcg/L after the 10 mg dose" (a dose named right after the value), "higher after 150 mcg than
after 50 mcg (0.21 vs 0.08 ng/mL)" (the k-th of k doses named side by side before a list)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.extract.links import Placed
from pipeline.extract.regex_cache import amounts_written
from pipeline.extract.rules import Rules
from pipeline.extract.segment import SentenceFacts


@dataclass
class Mention:
    """A place where the text names one of the statement's doses (first named or restated)."""

    dose: Placed
    facts: SentenceFacts
    start: int
    end: int


def dose_mentions(doses: list[Placed], facts: list[SentenceFacts]) -> list[Mention]:
    """Every place a dose's amount and unit are written: "after the 10 mg dose" names the
    statement's 10 mg dose again (but "200 mg" in "range 50 to 200 mg" is a range's end)."""
    return [x for x in _mentions(doses, facts) if not _inside_a_value(x)]


def _inside_a_value(x: Mention) -> bool:
    return any(v.start < x.start < v.end for q in x.facts.analysis.quantities for v in q.values)


def _mentions(doses: list[Placed], facts: list[SentenceFacts]) -> list[Mention]:
    out: list[Mention] = []
    for d in doses:
        if d.item.value.value_high is not None:
            out.append(Mention(d, d.facts, d.item.value.start, d.item.quantity.end))
            continue
        amount = f"{d.item.value.value:g}"
        unit = d.item.quantity.unit_text.strip()
        if not unit:
            continue
        for f in facts:
            for start, end in amounts_written(f.sentence.text, amount, unit):
                out.append(Mention(d, f, start, end))
    return sorted(out, key=lambda x: (x.facts.sentence.char_start, x.start))


def listed_dose(
    m: Placed, run: list[Placed], mentions: list[Mention], rules: Rules
) -> Placed | None:
    """The k-th of k doses named before a list of k values in its sentence ("higher after 150
    mcg than after 50 mcg (0.21 vs 0.08 ng/mL)")."""
    if len(run) < 2:
        return None
    first = run[0]
    text = first.facts.sentence.text
    named = [x for x in mentions if x.facts is first.facts and x.end <= first.item.value.start]
    named_at = {x.start for x in named}
    if len({id(x.dose) for x in named}) != len(run) or len(named) != len(run):
        return None
    for a, b in zip(named, named[1:], strict=False):
        if not rules.cue.doses_listed.search(text[a.end : b.start]):
            return None  # "90 mg daily (range 50 to 200 mg)": not two doses side by side
    starts = [v.start for q in first.facts.analysis.quantities for v in q.values]
    if any(named[0].end <= at < first.item.value.start for at in starts if at not in named_at):
        # "38 to 215 in the 20 mg group and 41 to 162 in the 10 mg group, but unchanged with
        # placebo (40 vs 44)": the doses named are earlier values' own
        return None
    return named[next(i for i, x in enumerate(run) if x is m)].dose


def amounts_after(m: Placed, run: list[Placed], doses: list[Placed], rules: Rules) -> Placed | None:
    """The k-th of k amounts sharing one unit that name doses after a list of k values: "0.21,
    0.38 and 0.55 ng/mL with the 50, 100 and 150 mcg doses" (cues.yaml amounts_named_after)."""
    run = [x for x in run if x.item.quantity is m.item.quantity]  # one written list
    if len(run) < 2:
        return None
    last = run[-1]
    rest = last.facts.sentence.text[last.item.quantity.end :].split(";")[0]
    told = rules.cue.amounts_named_after.search(rest)
    amounts = re.findall(r"\d+(?:\.\d+)?", told.group("amounts")) if told else []
    if not told or len(amounts) != len(run):
        return None
    unit = told.group("unit").lower()
    chosen = []
    for amount in amounts:
        fits = [
            d
            for d in doses
            if f"{d.item.value.value:g}" == f"{float(amount):g}"
            and d.item.quantity.unit_text.strip().lower().startswith(unit)
        ]
        if len({(d.item.value.value, d.item.quantity.ucum) for d in fits}) != 1:
            return None
        chosen.append(fits[0])
    return chosen[next(i for i, x in enumerate(run) if x is m)]


def dose_after(m: Placed, mentions: list[Mention], rules: Rules) -> Placed | None:
    """A dose named right after the value ("24 mcg after 10 mg", "with the 200 mg dose")."""
    text = m.facts.sentence.text
    for x in mentions:
        if x.facts is m.facts and x.start >= m.item.quantity.end:
            gap = text[m.item.quantity.end : x.start]
            if len(gap) < 40 and rules.cue.dose_follows.match(gap):
                return x.dose
    return sampled_after(m, mentions)


# "Samples were obtained ... 3 hours after the 75 mg dose": the dose named again as the one the
# samples followed.
_AFTER_THE = re.compile(r"\b(?:after|following)\s+(?:the|her|their|each|a)\s+$", re.I)
# (not a value's own dose, said right after it: "12.7 mcg/L after the 20 mg dose")
_VALUE_AFTER_THE = re.compile(
    r"\d\s*(?:%|[a-zµμ]+/[a-z]+)\s*(?:\([^()]*\)\s*)?(?:after|following)\s+\w+\s+$", re.I
)
_DOSE_WORD = re.compile(r"^\s*(?:(?:morning|evening|bedtime|night-?time|daily)\s+)?doses?\b", re.I)


def sampled_after(m: Placed, mentions: list[Mention]) -> Placed | None:
    """The dose an earlier sentence of the statement names again as the one sampled after,
    where the value's own sentence names no dose: "... obtained 3 hours after the 75 mg dose.
    Levels were 2.1 mg/L in foremilk" (the mother also took 150 mg at bedtime)."""
    if any(x.facts is m.facts for x in mentions):
        return None
    start = m.facts.sentence.char_start
    first = {id(x.dose): x for x in reversed(mentions)}  # where each dose is first named
    for x in reversed(mentions):
        text = x.facts.sentence.text
        earlier = x.facts.sentence.char_start < start and first[id(x.dose)] is not x
        before = text[: x.start]
        sampled = _AFTER_THE.search(before) and not _VALUE_AFTER_THE.search(before)
        if earlier and sampled and _DOSE_WORD.match(text[x.end :]):
            return x.dose
    return None
