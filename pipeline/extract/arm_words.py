"""Arms named by the words around a value, as abstracts, trial pages and their tables write
them: a table cell's column heading ("| 10 mg | 20 mg |"), a drug named right before the value
("median milk labetalol was 81 mcg/L"), the other of two arms set against each other ("less
frequent with placebo (3% vs 17%)"), and values at baseline, which follow no dose."""

from __future__ import annotations

import re

from pipeline.extract.arm_counts import worded
from pipeline.extract.arm_links import (
    Arm,
    FoundArms,
    arm_named,
    drug_words,
    just_before,
    label_after,
    own_words,
    words_of,
)
from pipeline.extract.links import Group, Placed
from pipeline.extract.meaning import Meaning
from pipeline.extract.regex_cache import compiled
from pipeline.extract.rules import Rules
from pipeline.extract.segment import SentenceFacts
from pipeline.extract.table_counts import column_count

_CELLS = " | "


def column_label(m: Placed, facts: list[SentenceFacts]) -> str | None:
    """The heading of a table cell's column, where a row of headings stands above it in the
    statement: "Outcome | 400 IU/d mother | 6400 IU/d mother" over "Milk activity | 79 | 873"
    (each heading names an arm)."""
    f = m.facts
    if f.sentence.block != "table_row":
        return None
    text = f.sentence.text
    column = text[: m.item.value.start].count(_CELLS)
    width = text.count(_CELLS) + 1
    at = next((i for i, g in enumerate(facts) if g is f), None)
    for g in reversed(facts[:at] if at else []):
        if g.sentence.block != "table_row":
            return None
        cells = [c.strip() for c in g.sentence.text.split(_CELLS)]
        if len(cells) != width or column == 0:
            continue
        headings = [c for c in cells[1:] if c]
        if cells[column] and all(re.search(r"[A-Za-z]", c) for c in headings):
            # "Moringa (n = 30)": the count is the arm's group, not a number of its name
            return re.sub(r"\(?\s*\bn\s*=\s*\d+\s*\)?", " ", cells[column]).strip().lower()
    return None


def at_baseline(m: Placed, run: list[Placed], rules: Rules) -> bool:
    """A value the text puts before any dose: by words right after it ("58 ng/mL at baseline
    to 176 ng/mL", "0.08 mcg/mL before vaccination") or before its list ("similar at baseline
    (28.1, 27.6 and 28.9 ng/mL)"), but not a later value the list moves on to ("from baseline
    41 to 188")."""
    text = m.facts.sentence.text
    q = m.item.quantity
    last = not q.values or q.values[-1] is m.item.value
    rest = text[q.end if last else m.item.value.end :]  # past the unit where it follows
    if rules.cue.at_baseline.match(rest.lstrip(" ),")):
        return True
    k = next((i for i, x in enumerate(run) if x is m), 0)
    steps = [
        text[a.item.value.end : b.item.value.start]
        for a, b in zip(run[:k], run[1 : k + 1], strict=True)
    ]
    if any(rules.cue.list_moves_on.search(gap) for gap in steps):
        return False
    first = run[0] if run else m
    ends = [q.end for q in first.facts.analysis.quantities if q.end <= first.item.value.start]
    gap = text[max(ends, default=0) : first.item.value.start]
    found = list(rules.cue.at_baseline.finditer(gap))
    # "(IQR 37 to 81) at baseline to 742 IU/L": the list has moved on past the baseline
    return bool(found) and not rules.cue.list_moves_on.search(gap, found[-1].end())


def arm_word_before(m: Placed, arms: list[Arm], rules: Rules) -> Arm | None:
    """The arm whose drug (a name no other arm has, that its dose is of) is the last such word
    since the value before it in its clause: "median milk labetalol was 81 mcg/L",
    "(nifedipine 0.6%, labetalol 0.4%)"."""
    own = [
        words & _words_before_dose(a.dose, rules) if a.dose is not None else set()
        for a, words in zip(arms, own_words(arms, rules), strict=True)
    ]
    if len(arms) < 2 or not all(own):
        return None
    text = m.facts.sentence.text
    after = rules.cue.arm_after.match(text[m.item.quantity.end :])
    if after and not rules.cue.not_an_arm.search(after.group("arm")):
        return None  # "28 ng/mL in 14 infants of untreated mothers": its own words follow it
    ends = [q.end for q in m.facts.analysis.quantities if q.end <= m.item.value.start]
    start = max(ends + [text.rfind(";", 0, m.item.value.start) + 1])
    if any(start <= p.start < m.item.value.start for p in m.facts.analysis.populations):
        return None  # "milk domperidone, measured in 12 women, averaged 1.6 mcg/L": those 12
    for word in reversed(words_of(text[start : m.item.value.start], rules)):
        named = [a for a, words in zip(arms, own, strict=True) if word in words]
        if named:
            return named[0]
    return None


def _words_before_dose(d: Placed, rules: Rules) -> set[str]:
    """The words just before a dose's amount, where its drug is named ("either nifedipine
    extended-release 30 mg", "or labetalol 200 mg"), and its own drug."""
    return set(words_of(just_before(d), rules)) | drug_words(d)


def the_other_arm(m: Placed, run: list[Placed], arms: list[Arm], first: Arm | None) -> Arm | None:
    """Of two values set against each other whose first is the arm named before them ("less
    frequent with placebo (3% vs 17%)"), the second is the other of two arms."""
    if first is None or len(run) != 2 or run[1] is not m or len(arms) != 2 or first not in arms:
        return None
    return arms[1] if first is arms[0] else arms[0]


def arm_told_apart(m: Placed, arm: str | None, found: FoundArms, rules: Rules) -> Arm | None:
    """The counted arm a value's comparison names, or the arm of the route it names
    ("intravenously"); else the one arm its sentence names (sentence_arm)."""
    arms = found.groups or found.doses
    if arm is not None and arm not in ("before", "after"):
        return arm_named(arm, found.groups, rules) or arm_by_route_word(arm, arms, rules)
    return sentence_arm(m, arms, rules)


def _named(label: str, arms: list[Arm], rules: Rules) -> Arm | None:
    return arm_named(label, arms, rules) or arm_by_route_word(label, arms, rules)


def counted_within(m: Placed, groups: list[Group], arms: list[Arm], rules: Rules) -> Group | None:
    """A count its sentence puts within an arm, before the value: "In a substudy of 14 women in
    the immediate group, milk levels averaged 0.12 ng/mL" is about the 14, not the whole arm
    (but an arm's own count is no part of it); a table cell's, its column's count."""
    column = column_count(m, groups)
    if column is not None:
        return column
    text = m.facts.sentence.text
    own = [a.group for a in arms]
    within = [
        g
        for g in groups
        if g.facts is m.facts
        and g not in own
        and g.end <= m.item.value.start
        # (not past another count: "17 of 42 in the A arm (40%) and 12 of 42 in the B arm (29%)")
        and not any(h.facts is m.facts and g.end <= h.start < m.item.value.start for h in groups)
        and (
            rules.cue.count_in_arm.match(text[g.end : m.item.value.start])
            # "In the 18 pairs of the substudy, milk levels were 1.2 ng/mL on the lower dose
            # and 2.6 ng/mL on the higher": the sample the sentence opens with (not a whole
            # its arms are counted within: "Among 883 women, ... A (n = 115) than B (n = 768)")
            or (
                rules.cue.sample_opens_sentence.match(text[: g.start])
                and all(a.facts is not m.facts and a.n > g.n for a in own if a is not None)
            )
        )
    ]
    return within[-1] if within else None


def bare_arm(m: Placed, arms: list[Arm], drug: str | None, rules: Rules) -> Arm | None:
    """A name alone after the value ("for escitalopram", "in smokers") names a counted arm,
    never by the statement's own drug ("6.6 mcg/kg of diazepam" is of whichever arm the text
    says); a word only one arm has names it where the arms were counted in another sentence."""
    bare = label_after(m, rules, bare=True)
    for word in (drug or "").split() if bare else []:
        bare = compiled(rf"\b{re.escape(word)}\b", re.I).sub(" ", bare or "")
    apart = all(a.group is None or a.group.facts is not m.facts for a in arms)
    return arm_named(bare, arms, rules, apart) if bare else None


def undosed(arm: Arm, arms: list[Arm]) -> bool:
    """An arm its own words tell ("16 who continued to smoke", "30 took dummy capsules") with
    no dose, beside arms that have one: its values followed none of their doses (but "(n = 6)"
    in "40 mg every 2 weeks (n = 18) or every week (n = 6)" shares the dose it leaves out, and
    "40 who had it fitted" the one it refers to)."""
    told = arm.group is not None and worded(arm.group) and not _NOT_OWN.search(arm.label)
    return told and arm.dose is None and any(a.dose for a in arms if a is not arm)


# Words that report a value ("in 7 and ranged up to 20 mcg/L": no arm's name), or that refer
# back to the dose of the arm before ("40 who had it fitted at 6 weeks": the same rod).
_NOT_OWN = re.compile(r"\d\s*(?:%|[a-zµ]+/[a-z]+)|\b(?:it|them|the\s+same)\b", re.I)


def sentence_arm(m: Placed, arms: list[Arm], rules: Rules) -> Arm | None:
    """The one arm a value's sentence names before it, where the sentence names no other and
    the value's own words none: "Colostrum levels in the IV group averaged 9.6 mg/L, with a
    plasma level of 11.2 mg/L"; "The oral group had lower levels, 7.2 mg/L, with plasma at
    8.3 mg/L"."""
    text = m.facts.sentence.text
    opening = rules.cue.arm_opens_sentence.match(text)
    found = [*([opening] if opening else []), *rules.cue.arm_in_clause.finditer(text)]
    named = [(x.start(), _named(x.group("arm"), arms, rules)) for x in found]
    told = {id(a): a for _, a in named if a is not None}
    if not named or len(told) != 1 or any(a is None for _, a in named):
        return None  # no arm, several, or a name that is no counted arm's
    arm = next(iter(told.values()))
    others = [words for a, words in zip(arms, own_words(arms, rules), strict=True) if a is not arm]
    if set(words_of(text, rules)) & set().union(*others):
        return None  # another arm's own word: "... than with nifedipine"
    return arm if min(at for at, _ in named) < m.item.value.start else None


def arm_by_route(label: str, m: Placed, arms: list[Arm]) -> Arm | None:
    """The one arm whose dose was given by the route the value's words name: "15.2 mg/L after
    the intravenous dose" for "1 g intravenously or 1 g by mouth"."""
    text, words = m.facts.sentence.text, label.lower()
    named = {r.route for r in m.facts.analysis.routes if text[r.start : r.end].lower() in words}
    if len(named) != 1:
        return None
    route = named.pop()
    by_route = [a for a in arms if a.dose is not None and _dose_route(a.dose) == route]
    return by_route[0] if len(by_route) == 1 else None


def arm_by_route_word(label: str, arms: list[Arm], rules: Rules) -> Arm | None:
    """The one arm dosed by the route a comparison's arm is named for, wherever the name was
    written: "intravenously" or "oral dosing" for "1 g intravenous ... or 1 g oral ..."."""
    words = re.findall(r"[a-z]+", label.lower())
    named = {r for r in set(rules.routes.values()) for w in words if w.startswith(r)}
    if len(named) != 1:
        return None
    route = named.pop()
    by_route = [a for a in arms if a.dose is not None and _dose_route(a.dose) == route]
    return by_route[0] if len(by_route) == 1 else None


def _dose_route(d: Placed) -> str | None:
    """The route written right after a dose's amount ("1 g intravenously", "1 g by mouth"), else
    right before it ("intravenous ketamine 25 mg")."""
    end, start = d.item.quantity.end, d.item.value.start
    routes = d.facts.analysis.routes
    after = [r for r in routes if end <= r.start <= end + 25]
    if after:
        return after[0].route
    before = [r for r in routes if start - 30 <= r.end <= start]
    return before[-1].route if before else None


def arm_drug(arm: Arm, arms: list[Arm], drug: str | None, rules: Rules) -> str | None:
    """The drug an arm took, where the arms took different drugs: the one word of its label,
    no other arm's, that names its dose's drug ("labetalol" of "labetalol 200 mg twice daily
    (n = 21)" beside "nifedipine ... 30 mg"), and is no common word."""
    if arm.dose is None or arm not in arms or sum(a.dose is not None for a in arms) < 2:
        return None  # (beside a placebo arm the one dosed arm took the statement's own drug)
    if drug and set(drug.lower().split()) & _words_before_dose(arm.dose, rules):
        return None  # "paliperidone palmitate 100 mg": the statement's own drug, as a salt
    own = own_words(arms, rules)[arms.index(arm)]
    salts = set(rules.cues["salts"])
    named = {w for w in own & drug_words(arm.dose) if w not in salts and not rules.no_substance(w)}
    return named.pop() if len(named) == 1 else None


def dose_arms(doses: list[Placed], rules: Rules) -> list[Arm]:
    """Arms that are doses alone, where no group is counted for each ("randomized to 10 mg or
    20 mg"): one per dose."""
    if any(d.item.value.value_high is not None for d in doses):
        return []  # a range is the spread of one dose, not an arm
    return [Arm(None, d, _dose_words(d), False) for d in doses]


def _dose_words(d: Placed) -> str:
    """A dose's words: those before its amount back to the dose before it ("fennel tea 2 g,
    anise tea 3 g": "anise tea 3 g", not the fennel's)."""
    text = d.facts.sentence.text
    before = text[max(0, d.item.value.start - 30) : d.item.value.start]
    before = re.split(r"[,;(]|\b(?:or|and)\b", before)[-1]
    return (before + text[d.item.value.start : d.item.quantity.end]).lower()


def other_drug_analyte(
    m: Placed, chosen: Arm, found: FoundArms, drug: str | None, rules: Rules
) -> str | None:
    """A level, ratio or infant dose in the arm of another drug than the statement's is of
    that drug ("median milk labetalol was 81 mcg/L" where the statement is nifedipine's)."""
    before = re.findall(r"[a-z][\w-]+", m.facts.sentence.text[: m.item.value.start].lower())
    if set(before) & set(rules.cues["body_substances"]):
        return None  # "Prolactin ... 118 and 104 ng/mL (A vs B), up from 41": prolactin's
    name = arm_drug(chosen, found.groups or found.doses, drug, rules)
    return name if name and drug and name not in drug.lower() else None


def share_whole(m: Placed, groups: list[Group], rules: Rules) -> Group | None:
    """The whole a share is of: "by 12 of 40 (30%) mothers" gives the 40's share, so the value
    describes the group of 40 (an arm, or the whole counted), not the 12 (cues.yaml
    share_of_whole)."""
    if m.item.quantity.ucum != "%":
        return None
    text = m.facts.sentence.text
    start = m.item.value.start
    parts = [g for g in groups if g.facts is m.facts and g.whole is not None and g.start < start]
    told = rules.cue.share_of_whole.match(text[parts[-1].start : start]) if parts else None
    bare = None
    whole: int | None = None
    if parts and told and int(told.group("whole")) == parts[-1].whole:
        whole = parts[-1].whole
    else:  # "and in 4 of 47 (8.5%)": a count of no one named, of the 47 counted before
        bare = rules.cue.share_of_whole_end.search(text[max(0, start - 60) : start])
        whole = int(bare.group("whole")) if bare else None
    wholes = [g for g in groups if g.n == whole and not g.subset and g.order <= m.order]
    return wholes[0] if wholes and (bare is None or len(wholes) == 1) else None


# What only an arm that took the drug can have: the drug in milk or blood, its ratios, the
# infant's dose and its share of the mother's (a body substance, "prolactin", any arm can).
EXPOSURE_KINDS = frozenset(
    {
        "concentration",
        "infant_dose",
        "relative_infant_dose",
        "milk_plasma_ratio",
        "infant_plasma_ratio",
        "amount_excreted",
        "half_life",
    }
)


def exposed_arm(meaning: Meaning, arms: list[Arm], rules: Rules) -> Arm | None:
    """The one arm that took the drug, for a level of the drug that names no group, where every
    other arm is a control ("38 infants of mothers taking X and 41 reference infants ... Mean
    milk X was 6.8 mg/L")."""
    if meaning.kind not in EXPOSURE_KINDS or len(arms) < 2:
        return None
    if meaning.analyte and meaning.analyte.split()[0].lower() in rules.cues["body_substances"]:
        return None
    exposed = [a for a in arms if not a.control]
    return exposed[0] if len(exposed) == 1 else None
