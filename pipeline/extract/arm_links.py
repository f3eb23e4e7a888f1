"""Links through a statement's arms: which group a value describes and which dose it followed,
where the statement gives several groups or doses.

An arm is a group counted with the words that name it ("domperidone 10 mg, n = 30", "Two
mothers took 100 mg daily", "cabergoline ... (n = 136)"), with the dose those words name and
whether it is a control. A value reaches an arm by the words of its own clause ("in the 20 mg
group", "of those receiving placebo", "with metoclopramide"), by its place in a list read
"respectively" or followed by the arms' names ("7%, 10% and 19% in the A, B and C groups"), or
by the dose it followed; a dose is also found where the text restates it ("44 mcg/L after the
10 mg dose", "higher after 150 mcg than after 50 mcg (0.21 vs 0.08 ng/mL)")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from pipeline.extract.arm_counts import (
    arm_right_before,
    bare_name,
    counted_arm_label,
    dose_before,
    dose_bracketed,
    dose_within,
    parenthetical,
    shared_words,
    summing_arms,
)
from pipeline.extract.arm_groups import by_rank
from pipeline.extract.dose_mentions import Mention
from pipeline.extract.links import Group, Placed, dose_by_rank
from pipeline.extract.meaning import arm_role
from pipeline.extract.regex_cache import compiled
from pipeline.extract.rules import Rules
from pipeline.extract.units import canonical

_WORD = re.compile(r"[a-z][a-z0-9-]{2,}|\d+(?:\.\d+)?")


@dataclass
class Arm:
    group: Group | None
    dose: Placed | None
    label: str  # the words that name the arm, lower case
    control: bool


# words_of's answers by (pattern, text): four in five of its texts are asked again (speed only)
_WORDS_OF: dict[tuple[re.Pattern[str], str], tuple[str, ...]] = {}


def words_of(text: str, rules: Rules) -> tuple[str, ...]:
    """The words of an arm's name less those that name no arm (people, "group", "given"); a
    hyphened word also as its parts ("sertraline-exposed" names the sertraline arm)."""
    plain = rules.cue.arm_plain_words
    found = _WORDS_OF.get((plain, text))
    if found is None:
        if len(_WORDS_OF) >= 4096:
            _WORDS_OF.clear()  # only bounds memory
        words = _WORD.findall(text.lower())
        words += [p for w in words if "-" in w for p in w.split("-") if len(p) >= 3]
        found = _WORDS_OF[(plain, text)] = tuple(w for w in words if not plain.match(w))
    return found


def _numbers(text: str) -> set[str]:
    return {f"{float(n):g}" for n in re.findall(r"\d+(?:\.\d+)?", text)}


def _label_dose(
    label: str, doses: list[Placed], rules: Rules, counted_at: int | None = None
) -> Placed | None:
    """The dose an arm's words name: by its amount ("10 mg"), else by the drug named near it."""
    ranked = dose_by_rank(label, doses, rules)  # "(low dose)", "31 to the low dose"
    if ranked is not None:
        return ranked
    by_amount = [d for d in doses if _names_amount(label, d)]
    if by_amount:
        amounts = {(d.item.value.value, d.item.quantity.ucum) for d in by_amount}
        return by_amount[0] if len(amounts) == 1 else None
    words = {w for w in words_of(label, rules) if not w[0].isdigit() and len(w) >= 5}
    named = [d for d in doses if words & drug_words(d)]
    if not named and counted_at is not None:
        # "moringa leaf capsules (450 mg twice daily)": the name a few words before a dose
        # given before the arm is counted
        earlier = [d for d in doses if d.order <= counted_at]
        words -= set(rules.routes.values())  # "epidural" names a route, not the drug
        named = [d for d in earlier if words & set(words_of(just_before(d), rules))]
    return named[0] if len(named) == 1 else None


def just_before(d: Placed) -> str:
    return d.facts.sentence.text[max(0, d.item.value.start - 40) : d.item.value.start]


def drug_words(d: Placed) -> set[str]:
    """The drug a dose is of: its own drug, the word before the amount ("domperidone 10 mg")
    or the word after "of" ("a 1 mg dose of cabergoline")."""
    text = d.facts.sentence.text
    before = re.findall(
        r"[A-Za-z][\w-]+", text[max(0, d.item.value.start - 25) : d.item.value.start]
    )
    after = re.match(r"\W*(?:[\w-]+\s+){0,3}?of\s+([A-Za-z][\w-]+)", text[d.item.quantity.end :])
    found = (d.item.drug or "").split() + before[-1:] + ([after.group(1)] if after else [])
    return {w.lower() for w in found}


def _names_amount(label: str, d: Placed) -> bool:
    """ "the 20 mg group", "400 IU group": the dose's amount with its unit (its first word:
    "6400 IU group" names "6400 IU per day")."""
    written = (d.item.quantity.unit_text.strip().lower().split() or [""])[0]
    unit = re.escape(written[:-1] if written.endswith("s") and len(written) > 3 else written)
    amount = re.escape(f"{d.item.value.value:g}")
    # "the 5-milligram group" of "5 milligrams": a unit as an adjective drops its plural
    return bool(compiled(rf"(?<![\d.]){amount}\s*-?\s*{unit}s?(?![a-z])").search(label))


def statement_arms(groups: list[Group], doses: list[Placed], rules: Rules) -> list[Arm]:
    """The arms of the first sentence that counts two or more whole groups (less a first
    count that is their sum: "88 mothers completed (10 mg, n = 30; 20 mg, n = 29; ...)")."""
    by_sentence: dict[int, list[Group]] = {}
    for g in groups:
        before = g.facts.sentence.text[max(0, g.start - 20) : g.start]
        each = rules.cue.each_arm.search(g.facts.sentence.text[g.start :])  # "60 per group"
        if not g.subset and not each and not rules.cue.group_within.search(before):
            by_sentence.setdefault(id(g.facts), []).append(g)
    for counted in by_sentence.values():
        summed = summing_arms(counted)
        if summed:
            # "Of 284 pairs randomized (400 IU, n = 95; ...; 6400 IU, n = 96), 231 completed":
            # the arms are the counts that add up to the whole, not the completers after them.
            members = counted[1 : summed + 1]
            labels = [counted_arm_label(g, groups) for g in members]
        else:
            members = [g for g in counted if g.role != "total"]
            labels = [counted_arm_label(g, groups) for g in members]
        rest = members[1:]
        if (
            not summed
            and len(rest) >= 2
            and (
                members[0].n == sum(g.n for g in rest)
                or (
                    members[0].n > max(g.n for g in rest)
                    and not parenthetical(members[0])
                    and _label_dose(labels[0], doses, rules) is None
                )
            )
        ):
            members, labels = rest, labels[1:]  # the whole before its arms
        if len(members) < 2:
            continue
        arms = []
        for i, (g, label) in enumerate(zip(members, labels, strict=True)):
            control = _control(label, rules) or g.role == "control"
            dose = None if control else _label_dose(label, doses, rules, g.order)
            if dose is None and not control:
                dose = dose_within(g, members[i + 1] if i + 1 < len(members) else None, doses)
            if dose is None and not control and parenthetical(g):
                dose = dose_bracketed(g, doses) or dose_before(
                    g, members[i - 1] if i else None, doses
                )
            arms.append(Arm(g, dose, label, control))
        return arms
    return []


def in_control(m: Placed, rules: Rules) -> bool:
    """A value its own words put in a control arm: "36% of women given placebo"."""
    label = label_after(m, rules)
    return label is not None and _control(label, rules)


def other_drug_dose(
    m: Placed, own: list[Placed], others: list[Placed], rules: Rules, arm: str | None = None
) -> Placed | None:
    """The dose of another drug the value's words name since the value before it:
    "hydrochlorothiazide 25 mg and amiloride 2.5 mg ...; amiloride was undetectable (<2 mcg/L)"
    (but "... had a median milk hydrochlorothiazide level of 41 mcg/L" is the own drug's), or
    its arm names alone ("86% of women on amlodipine and 69% on captopril")."""
    # (one arm of one dose: "the fentanyl groups" name several)
    one = arm and not re.search(r"\b(?:groups|arms|doses|regimens|cohorts)\b", arm, re.I)
    by_arm = [
        d for d in own + others if one and d.item.drug and _names_drug(arm or "", d.item.drug)
    ]
    if len({d.item.value.value for d in by_arm}) == 1 and by_arm[0] in others:
        return by_arm[0]
    text = m.facts.sentence.text
    ends = [q.end for q in m.facts.analysis.quantities if q.end <= m.item.value.start]
    start = max(ends, default=0)
    told = rules.cue.arm_after.match(text[start : m.item.value.start])
    start += told.end() if told else 0  # "176 ng/mL with domperidone": the earlier value's words
    words = text[start : m.item.value.start].lower()
    named = [(words.rfind(d.item.drug.split()[0].lower()), d) for d in own + others if d.item.drug]
    named = [(at, d) for at, d in named if at >= 0]
    if not named:
        return None
    nearest = max(named, key=lambda x: x[0])[1]
    return nearest if nearest in others else None


def _names_drug(label: str, drug: str) -> bool:
    """The label names the drug by its first word: "captopril" for "captopril 25 mg"."""
    word = drug.split()[0].lower()
    return len(word) > 3 and compiled(rf"\b{re.escape(word)}\b").search(label.lower()) is not None


def _control(label: str, rules: Rules) -> bool:
    return arm_role(label, rules) == "control" or bool(rules.cue.no_drug_arm.search(label))


def arm_named(label: str, arms: list[Arm], rules: Rules, apart: bool = False) -> Arm | None:
    """The arm a value's words name: every number they give must be the arm's, and the arm
    shares most of their other words; a control's words ("placebo group") name the one
    control arm. `apart`: the arms were counted in another sentence than the value's."""
    name = bare_name(label, rules)
    same = [a for a in arms if name and bare_name(a.label, rules) == name]
    if len(same) == 1:
        return same[0]  # "in the IV group" names the arm counted as "(IV group, n = 29)"
    dosed = sorted((a for a in arms if a.dose is not None), key=lambda a: _amount(a))
    level = rules.cue.dose_level.search(label)
    if level and len(dosed) >= 2 and len({_amount(a) for a in dosed}) == len(dosed):
        return by_rank(level.group("level"), dosed)
    numbers = _numbers(label)
    words = {w for w in words_of(label, rules) if not w[0].isdigit()}
    if not numbers and not rules.cue.arm_words.search(label):
        # Bare words ("for escitalopram") name an arm only where every arm has a word of its
        # own ("sertraline", "escitalopram"; not "glyburide 5 mg" beside "or 10 mg"), and only
        # by such a word.
        own = own_words(arms, rules)
        drugs = set().union(*(drug_words(a.dose) for a in arms if a.dose is not None))
        # (where some arm has no word of its own, a drug's name may be all of theirs; other
        # words still name the one arm they are own to, told in another sentence: "in smokers")
        mine = set().union(*own)
        ok = all(own) or apart
        words = {
            w for w in words if shared_words({w}, mine) and ok and (all(own) or w not in drugs)
        }
    scored = []
    for arm in arms:
        arm_numbers = _numbers(arm.label) if arm.group is not None else set()  # a dose: its own
        if arm.dose is not None:
            arm_numbers.add(f"{arm.dose.item.value.value:g}")
        if numbers and not numbers <= arm_numbers:
            continue
        shared = shared_words(words, set(words_of(arm.label, rules))) + len(numbers)
        if shared:
            scored.append((shared, arm))
    best = max((s for s, _ in scored), default=0)
    top = [a for s, a in scored if s == best]
    if len(top) == 1:
        return top[0]
    controls = [a for a in arms if a.control]
    if not numbers and _control(label, rules):
        return controls[0] if len(controls) == 1 else None
    active = [a for a in arms if not a.control]
    # "in the exposed infants" beside "in the unexposed infants" (but "of those exposed to
    # amoxicillin" names its arm by the drug)
    bare = {w for w in words_of(label, rules) if not rules.cue.exposed_arm.search(w)}
    if not numbers and controls and len(active) == 1 and rules.cue.exposed_arm.search(label):
        every = set.intersection(*(set(words_of(a.label, rules)) for a in arms))  # "infants"
        return None if bare - {"among", "those"} - every else active[0]
    return None


def own_words(arms: list[Arm], rules: Rules) -> list[set[str]]:
    """Each arm's words of five letters or more that no other arm has."""
    named = [{w for w in words_of(a.label, rules) if w.isalpha() and len(w) >= 5} for a in arms]
    counts = [w for ws in named for w in ws]
    return [{w for w in ws if counts.count(w) == 1} for ws in named]


def _amount(arm: Arm) -> float:
    """The arm's dose in one unit, so doses in g and mg rank together ("1 g" above "500 mg")."""
    if arm.dose is None:
        return 0.0
    return canonical(arm.dose.item.value.value, arm.dose.item.quantity.ucum)[0]


def label_after(m: Placed, rules: Rules, bare: bool = False) -> str | None:
    """Words naming the value's arm right after it: "in the placebo group", "of those
    receiving 20 mg", "with sertraline"; with `bare`, also words that are a name alone ("for
    escitalopram"). Not the first of a list of arms' names ("in the placebo, 100 mcg and
    200 mcg groups"), which name a list's values in turn."""
    if bare not in m.labels:  # both answers at once: they read the same words
        label, named = _label_after(m, rules)
        m.labels[False] = label if named else None
        digitless = label is not None and not re.search(r"\d", label)
        m.labels[True] = label if named or digitless else None
    return m.labels[bare]


def _label_after(m: Placed, rules: Rules) -> tuple[str | None, bool]:
    """(the words after the value that may name its arm, whether they name one without
    `bare`); with `bare`, words with no number name one too."""
    text = m.facts.sentence.text
    q = m.item.quantity
    listed = rules.cue.arm_group_list_after.match(text[q.end :].split(";")[0])
    arms = listed.group("arms") if listed else ""
    if listed and len(arms) <= 50 and not re.search(r"\d\s*(?:%|[a-zµ]+/)", arms, re.I):
        # (a list of arms is short and names no value: not "in the A group and from 91 to
        # 106 ng/mL in the B group, and the values differed between groups")
        return None, False
    if q.values and q.values[-1] is m.item.value:
        # "9 of 25 (36%) women given placebo": the people before the words that name the arm
        rest = rules.cue.people_before_arm.sub(r"\1", text[q.end :], count=1)
        after = rules.cue.arm_after.match(rest) or rules.cue.arm_after.match(
            rules.cue.spread_after.sub("", rest, count=1)  # "44 IU/L (IQR 31-58) among women"
        )
        if after:
            # "in the placebo group were still breastfeeding": the arm ends with its noun
            arm = re.sub(r"\b(group|cohort|arm)s?\b.*", r"\1", after.group("arm"))
            label = after.group(0)[: after.start("arm")] + arm
            if rules.cue.level_alone.fullmatch(arm.strip()) and rules.cue.dose_level.search(
                rest[after.end() :]
            ):
                # "312 mcg/L with the lower and 655 mcg/L with the higher dose": the dose the
                # next arm's words name is this one's noun too
                return f"{label} dose", True
            named = bool(rules.cue.arm_words.search(label)) or _by_role_alone(label, rules)
            return label, named
    return None, False


def _by_role_alone(label: str, rules: Rules) -> bool:
    """ "in the exposed infants", "in the unexposed infants": an arm named by whether it took
    the drug, and by nothing else."""
    words = words_of(label, rules)
    return bool(words) and all(rules.cue.exposed_arm.search(w) or _control(w, rules) for w in words)


def label_before(m: Placed, rules: Rules) -> str | None:
    """Words naming the value's arm before it in its clause, not an earlier value's own: "In
    the 20 mg group, prolactin rose from 41 to 188 ng/mL" (both values), but not "in the A
    group" for Y in "X in the A group vs Y"."""
    text = m.facts.sentence.text
    colon = rules.cue.arm_colon_count.search(
        text, max(0, m.item.value.start - 60), m.item.value.start
    )
    if colon:
        return colon.group("arm")  # "(nefopam 40 mg: 12/63, 19%; placebo: 3/61, 5%)"
    clause_start = text.rfind(";", 0, m.item.value.start) + 1
    earlier = [
        x for x in m.facts.analysis.quantities if clause_start <= x.end <= m.item.value.start
    ]
    end = m.item.value.start
    mates = [v for v in m.item.quantity.values if v.end <= end]  # "57 vs 63": the list's first
    for v in mates:
        if rules.cue.arm_after.match(text[v.end : end]):
            return None
    end = min([v.start for v in mates] + [end])
    for q in reversed(earlier):
        own = rules.cue.arm_after.match(text[q.end : end])
        # "... 149 ng/mL with metoclopramide, whereas it did not change on placebo (57 vs 63)":
        # the arm right before the list, past the earlier value's own words
        right_before = arm_right_before(text, q.end + (own.end() if own else 0), end, m, rules)
        if right_before:
            return right_before
        if own:
            return None  # the words after the earlier value are its own
        if len(q.values) > 1 and rules.cue.twin_lists_between.match(text[q.end : end]):
            return None  # "A was 742 and 768 ... against 751 and 759": A is the first list's
        named = list(rules.cue.arm_in_clause.finditer(text, q.end, end))
        if named:
            return named[-1].group("arm")
        end = q.start
    named = list(rules.cue.arm_in_clause.finditer(text, clause_start, end))
    if named:
        return named[-1].group("arm")
    return arm_right_before(text, clause_start, end, m, rules)


def than_pair_arm(m: Placed, run: list[Placed], arms: list[Arm], rules: Rules) -> Arm | None:
    """ "more frequent with 20 mg than with placebo (27% vs 9%)": two values in the order their
    arms were set against each other right before them (cues.yaml than_pair)."""
    if len(run) != 2 or m not in run:
        return None
    told = rules.cue.than_pair.search(m.facts.sentence.text[: run[0].item.value.start])
    if not told:
        return None
    return arm_named(told.group("a" if run[0] is m else "b"), arms, rules)


def listed_arm(
    m: Placed, run: list[Placed], arms: list[Arm], earlier: list[Arm], rules: Rules
) -> Arm | None:
    """The arm of the k-th value of a list: the k-th of the arms named right after it ("in the
    no-drug, 50 mcg and 150 mcg groups") or before it ("in the A and B groups (5.1 vs 5.4)"),
    else, for a list read in order ("respectively", "in the two groups"), the k-th arm its
    sentence named for an earlier list, or the k-th arm of the statement."""
    if len(run) < 2 or not arms:
        return None
    k = next(i for i, x in enumerate(run) if x is m)
    last = run[-1]
    text = last.facts.sentence.text
    rest = text[last.item.quantity.end :].split(";")[0]
    start = text.rfind(";", 0, run[0].item.value.start) + 1
    names = rules.cue.arm_group_list_after.match(rest) or rules.cue.arm_names_in_brackets.match(
        rest
    )
    pair = list(rules.cue.arm_pair.finditer(text, start, run[0].item.value.start))
    if names:
        parts = re.split(
            r",\s*(?:and\s+|or\s+)?|\s+(?:and|or|vs\.?|versus)\s+", names.group("arms")
        )
    elif pair and len(run) == 2:
        parts = [pair[-1].group("a"), pair[-1].group("b")]
    else:
        parts = []
    if len(parts) == len(run):
        return arm_named(parts[k], arms, rules)
    clause = text[start : last.item.quantity.end] + rest
    gaps = [text[a.item.value.end : b.item.value.start] for a, b in zip(run, run[1:], strict=False)]
    # "(4.9% vs 23.6%)", "(21% and 9% v 38%)": values set against each other, in turn
    contrasted = [rules.quick.values_contrasted.found(gap) for gap in gaps]
    joined = all(
        c or re.fullmatch(r"[\s,]*(?:and\s*)?", gap)
        for c, gap in zip(contrasted, gaps, strict=True)
    )
    alike = rules.cue.values_alike_before.search(text[start : run[0].item.value.start])
    in_order = rules.quick.arms_in_order.found(clause) or ((any(contrasted) or alike) and joined)
    if not in_order or rules.cue.respectively_not_arms.search(text):
        return None
    if len(earlier) == len(run):
        return earlier[k]
    return arms[k] if len(run) == len(arms) and not earlier else None


def repeated_list(
    m: Placed, run: list[Placed], lists: list[tuple[list[Placed], list[Arm]]], rules: Rules
) -> Arm | None:
    """The k-th arm of the last list of as many values whose arms were told, where this list
    repeats its order: in the same sentence ("118, 164 and 81 in the A, B and C arms; at 6
    months the values were 102, 139 and 74"), or in the next one when it says so ("the
    corresponding means", "respectively")."""
    if len(run) < 2 or not lists:
        return None
    earlier, arms = lists[-1]
    if len(earlier) != len(run) or earlier[-1].order >= run[0].order:
        return None
    k = next(i for i, x in enumerate(run) if x is m)
    if earlier[0].facts is m.facts:
        return arms[k]
    text = m.facts.sentence.text[: run[-1].item.quantity.end + 40]
    if m.order // 10_000 - earlier[0].order // 10_000 == 1 and rules.cue.list_repeats.search(text):
        return arms[k]
    # "... were 5.1, 3.0 and 9.4 ug/kg per day in the same order": any later sentence
    return arms[k] if rules.cue.same_order.search(text) else None


class FoundArms(NamedTuple):
    """What the link rules read of the whole statement."""

    groups: list[Arm]  # arms with a count
    doses: list[Arm]  # the doses, as arms, where no arm is counted
    mentions: list[Mention]  # every place a dose is named
    others: list[Placed]  # doses of drugs other than the statement's own
    runs: dict[int, list[Placed]]  # id(placed result) -> its list
    named: dict[int, list[Arm]]  # id(sentence facts) -> the arms its values named, in order
    own: set[int]  # id(placed result) of values whose own words name their arm
    chosen: dict[int, Arm]  # id(placed result) -> the arm found for it
    lists: list[tuple[list[Placed], list[Arm]]]  # lists whose values each found another arm


def note_list(m: Placed, chosen: Arm | None, found: FoundArms) -> None:
    """Remember a list once each of its values has found a different arm: a later list may
    repeat its order."""
    if chosen is not None:
        found.chosen[id(m)] = chosen
    run = found.runs.get(id(m), [m])
    if len(run) < 2 or run[-1] is not m:
        return
    arms = [found.chosen.get(id(x)) for x in run]
    told = [a for a in arms if a is not None]
    if len(told) == len(run) and len({id(a) for a in told}) == len(run):
        found.lists.append((run, told))


def dosed_group(dose: Placed | None, arms: list[Arm]) -> Group | None:
    """The group of the arm that took the value's dose, where the arms took different doses
    ("Two mothers took 100 mg daily and 1 took 200 mg ... 218 mcg/L with the 200 mg dose")."""
    dosed = [a for a in arms if a.dose is not None]
    if dose is None or len({id(a.dose) for a in dosed}) < 2:
        return None
    took = [a.group for a in dosed if a.dose is dose]
    return took[0] if len(took) == 1 else None
