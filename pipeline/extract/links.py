"""The links from a result to the dose it followed and the group it describes, by the words of
the statement: a dose named in the value's own sentence, the statement's only dose, the arm a
comparison names; a group the value's words point to, or the statement's one whole group. The
cue words are in cues.yaml; meaning.py decides what each value is."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from pipeline.extract.arm_groups import arm_groups, by_rank
from pipeline.extract.meaning import Meaning, arm_role
from pipeline.extract.mentions import Population
from pipeline.extract.rules import Rules
from pipeline.extract.segment import SentenceFacts
from pipeline.extract.sentence_items import Item
from pipeline.extract.table_counts import column_count
from pipeline.extract.units import canonical


@dataclass
class Placed:
    """An item with its sentence and its row's id, for the link rules."""

    item: Item
    facts: SentenceFacts
    item_id: str
    order: int  # position in the statement: sentence index * 10,000 + offset
    # arm_links.label_after's answers (bare or not): the link rules ask up to four times
    labels: dict[bool, str | None] = field(default_factory=dict, compare=False, repr=False)


def _named_again(later: Placed, earlier: Placed) -> bool:
    """A dose a later sentence names again ("Three women took 5 mg and 4 took 10 mg. ... after
    the 10 mg dose, an infant would receive ..."): the same amount of the same drug is the
    same arm, whose group the values after it describe, not one more."""
    a, b = later.item, earlier.item
    return (
        later.facts is not earlier.facts
        and (a.value.value, a.value.value_high, a.quantity.ucum)
        == (b.value.value, b.value.value_high, b.quantity.ucum)
        and (not a.drug or not b.drug or a.drug == b.drug)
    )


def _restates(later: Placed, earlier: Placed) -> bool:
    """ "21 mg (range 10 to 50 mg)", "3 mg twice daily (0.1 mg/kg per day)": the later dose
    restates the earlier one (its spread, or the same dose by weight)."""
    if later.facts is not earlier.facts:
        return False
    gap = later.facts.sentence.text[earlier.item.quantity.end : later.item.value.start]
    if "(" in gap and ")" not in gap and len(gap) < 40:
        return True
    return later.item.value.value_high is not None and later.item.stat == "range"


def central_dose(d: Placed, doses: list[Placed]) -> Placed | None:
    """The mean or median that restates a range of doses right after it ("12.5 to 25 mg daily
    (mean 21.4 mg)")."""
    if d.item.value.value_high is None:
        return None
    after = [x for x in doses if x.order > d.order and _restates(x, d)]
    central = [x for x in after if x.item.stat in ("mean", "median")]
    return central[0] if central else None


def daily_total(d: Placed, doses: list[Placed], rules: Rules) -> Placed | None:
    """The total a dose per capsule comes to, named right after it ("575 mg per capsule (3,450
    mg per day)"): what the mothers took."""
    after = [x for x in doses if x.facts is d.facts and x.order > d.order]
    if not after:
        return None
    gap = d.facts.sentence.text[d.item.quantity.end : after[0].item.value.start]
    return after[0] if rules.cue.per_unit_then_total.match(gap) else None


def flexible(d: Placed, rules: Rules) -> bool:
    """A starting dose each mother's need may change ("10 mg once daily (increased to 20 mg
    at week 2 if needed)"): no one dose her values followed."""
    return bool(rules.cue.flexible_dose_after.match(d.facts.sentence.text[d.item.quantity.end :]))


def _hypothetical(d: Placed, rules: Rules) -> bool:
    """ "would be expected with a 10 mg dose": a dose named for a calculation only."""
    text = d.facts.sentence.text
    return bool(
        rules.cue.hypothetical.search(text[max(0, d.item.value.start - 60) : d.item.value.start])
    )


def primary_doses(doses: list[Placed], drug: str | None, own_only: bool = True) -> list[Placed]:
    """The statement's doses, less restatements, and (unless `own_only` is False: arms may
    be other drugs) less other drugs' doses where the statement doses its own drug too."""
    out: list[Placed] = []
    for d in doses:
        if out and (_restates(d, out[-1]) or any(_named_again(d, e) for e in out)):
            continue
        out.append(d)
    if drug is None or not own_only:
        return out  # no drug of its own to prefer
    own = [d for d in out if not d.item.drug or d.item.drug.split()[0] in drug]
    return own or out


def dose_link(
    m: Placed,
    doses: list[Placed],
    arm: str | None,
    rules: Rules,
    drug: str | None,
    previous: Placed | None,
    infant_doses: list[Placed] | None = None,
) -> Placed | None:
    """The dose a value followed: one its arm names; one named right after it ("2.4 mg/L
    with a dose of 375 mg"); the nearest before it in its own sentence (else the first after
    it); for "This amounted to ..." the previous value's dose; else the statement's only dose
    (a dose named for a calculation does not count), or the only one named before it. None for
    a control arm's value, or where several doses leave it open. Where no mother is dosed, an
    infant's level or half-life in the sentence that doses the infants follows their dose."""
    maternal = primary_doses(doses, drug) or _infants_own(m, infant_doses or [])
    if not maternal:
        return None
    if rules.quick.target_value.found(m.facts.sentence.text[: m.item.value.start][-60:]):
        return None  # "a target serum magnesium level >0.6 mmol/L" follows no dose
    if arm is not None:
        named = arm_doses(arm, maternal, rules)
        if named and len({d.item.value.value for d in named}) == 1:
            return named[0]  # (a dose named again, as the first step of another arm's, too)
        if arm_role(arm, rules) == "control":
            return None
    text = m.facts.sentence.text
    same = [d for d in maternal if d.facts is m.facts]
    for d in same:
        gap = text[m.item.quantity.end : d.item.value.start]
        if d.order > m.order and len(gap) < 40 and rules.cue.dose_follows.match(gap):
            return d
    if same:
        before = [d for d in same if d.order < m.order]
        return before[-1] if before else same[0]
    if previous is not None and rules.cue.anaphor_start.match(text):
        return previous
    real = [d for d in maternal if not _hypothetical(d, rules)]
    if len(real) == 1:
        return real[0]
    # "took 1000 mg daily. ... levels of 2.2 and 2.6 mcg/mL. Her dose was raised to 2000 mg":
    # the one dose named before the value is the one it followed
    before = [d for d in real if d.order < m.order]
    return before[0] if len(before) == 1 else None


def _infants_own(m: Placed, infant_doses: list[Placed]) -> list[Placed]:
    """ "in 5 infants given X 7 mg/kg, the serum half-life was 2.2 hours": the infants' own
    dose, for a level or a half-life in its sentence (not an infant reference dose that a
    share or an infant's intake through milk is set against)."""
    ucum = m.item.quantity.ucum
    level = ucum == "h" or ("/" in ucum and not ucum.endswith("/kg"))
    return [d for d in infant_doses if d.facts is m.facts] if level else []


def dose_by_rank(label: str, doses: list[Placed], rules: Rules) -> Placed | None:
    """The dose an arm named by its rank took ("the low-dose group" of "400 IU, 2400 IU or
    6400 IU": the smallest; "high dose": the largest), where the doses are of one dimension (cue
    dose_level, as arm_links.arm_named reads it)."""
    ranked = rules.cue.dose_level.search(label)
    single = [d for d in doses if d.item.value.value_high is None]
    # ("1 g" and "500 mg": compared in one unit)
    amounts = {id(d): canonical(d.item.value.value, d.item.quantity.ucum) for d in single}
    if (
        not ranked
        or len({a for a in amounts.values()}) < 2
        or len({u for _, u in amounts.values()}) != 1
    ):
        return None
    return by_rank(ranked.group("level"), sorted(single, key=lambda d: amounts[id(d)][0]))


def arm_doses(arm: str, doses: list[Placed], rules: Rules) -> list[Placed]:
    """Doses an arm names: by amount ("10 mg"), by rank ("the low-dose group": the smallest of
    the doses) or by the words before the dose ("Group B")."""
    amounts = re.findall(r"\d+(?:\.\d+)?", arm)
    if amounts:
        return [d for d in doses if f"{d.item.value.value:g}" in amounts]
    label = arm.lower().split("(")[0].strip()
    if not label:
        return []
    ranked = dose_by_rank(label, doses, rules)
    if ranked is not None:
        return [ranked]
    return [
        d
        for d in doses
        if label
        in d.facts.sentence.text[max(0, d.item.value.start - 40) : d.item.value.start].lower()
    ]


@dataclass
class Group:
    item_id: str
    n: int
    who: str
    role: str
    facts: SentenceFacts
    start: int  # sentence-relative
    subset: bool  # "4 of the 5 women": part of a group already counted
    order: int = 0  # position in the statement, as Placed.order
    end: int = 0  # sentence-relative end of the group's words
    whole: int | None = None  # "4 of 32 women": the count of the whole the part is of
    column: str | None = None  # a table's count: its column's header, the arm it counts
    # per_arm's answer, kept: every result of the statement asks it of every group
    counts_each_arm: bool | None = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        # set here, not as the field's default: a class compiled by mypyc has no class
        # attribute to fall back on for a field __init__ leaves out
        self.counts_each_arm = None


# "the 6 breastfed infants", "these 12 women": a group named again by its count
_DEFINITE_BEFORE = re.compile(r"\b(?:the|these|those|all)\s+$", re.I)


def restated_group(
    groups: list[Group], f: SentenceFacts, p: Population, who: str, order: int
) -> Group | None:
    """The group a count names again ("Six of the newborns were breastfed ... In the 6
    breastfed infants"): the same number of the same people, counted in an earlier sentence,
    now named with "the" or "these". It is not a new group; the values told after it describe
    the group counted first (a copy of it, placed here at `order` for the links)."""
    if not _DEFINITE_BEFORE.search(f.sentence.text[: p.start]) or p.of_total is not None:
        return None
    # (two arms of one size side by side, "in the 21 infants whose mothers received A vs ...
    # in the 21 infants whose mothers used B", are two groups: only an earlier sentence's)
    same = [g for g in groups if g.n == p.n and g.who == who and g.facts is not f]
    if not same:
        return None
    return replace(same[-1], facts=f, start=p.start, end=p.end, order=order)


_THEIR_INFANTS = re.compile(r"\btheir\s+(?:\w+\s+)?(?:infants|babies|children)\b", re.I)


def population_link(
    m: Placed,
    who_wanted: str,
    groups: list[Group],
    arm: str | None,
    rules: Rules,
    controlled: bool = False,
    crossover: bool = False,
) -> Group | None:
    """The group a value describes: the one its comparison arm names; one named right after
    it ("undetectable in 2 infants"); the nearest before it in its sentence; else the first
    whole group of the statement named before it (the study's group). Where the statement
    compares arms against a control (`controlled`) and counts only those randomized, an arm's
    value describes no counted group: "60 women randomized ...: 59% with the drug vs 26% with
    placebo" is not about all 60."""
    fitting = [g for g in groups if g.who in (who_wanted, "pair")]
    if not fitting and who_wanted == "mother":  # a study of volunteers: its values are theirs
        fitting = [g for g in groups if g.who == "other"]
    if not fitting and who_wanted == "infant" and _THEIR_INFANTS.search(m.facts.sentence.text):
        # "Among 20 women ..., not detected in the serum of any of their infants": no infants
        # counted, the infants of the counted mothers (their dyads).
        fitting = [g for g in groups if g.who == "mother"]
    column = column_count(m, fitting)
    if column is not None:
        return column
    if arm is not None and (fitting or all(g.who != "other" for g in groups)):
        # (counted people of no kind the fluid names, "9 healthy women": the only group, below)
        return _arm_group(m, arm, fitting, rules, controlled, crossover)
    text = m.facts.sentence.text
    for g in fitting:
        gap = text[m.item.quantity.end : g.start]
        if (
            g.facts is m.facts
            and g.start >= m.item.quantity.end
            and rules.cue.group_follows.match(gap)
        ):
            return g
    same = [
        g
        for g in fitting
        if g.facts is m.facts and g.start < m.item.value.start and not _aside(g, m)
    ]
    if same:
        # "found in the plasma of 2 of 8 infants, at 0.04 and 0.06 mg/L": the 2's levels, not
        # the 8 counted with them (but a share is the whole's)
        part = [g for g in same if g.subset and g.start == same[-1].start]
        return part[-1] if part and m.item.quantity.ucum != "%" else same[-1]
    if rules.cue.subgroups_contrasted.search(text):
        return None  # "infants whose mothers took more ... than those whose mothers took less"
    each = [g for g in fitting if g.order < m.order and per_arm(g, rules)]
    if len(each) == 1 and rules.cue.told_by_arm.search(text):
        return each[0]  # "18 per group" ... "0.09, 0.17 and 0.26 ng/mL in the three groups"
    sampled = _sampled_before(m, fitting, rules)
    if sampled is not None:
        return sampled  # "A substudy in 14 of the women measured ... Levels peaked at 11 ng/mL"
    # (a table's count row counts those analysed for that table's outcome, no one else)
    earlier = [g for g in fitting if g.order < m.order and not g.subset and g.column is None]
    # An abstract's results part that counts its own group ("21 women were allocated to the
    # tea group") is about that group rather than the methods part's total.
    own_part = [g for g in earlier if g.facts.block_no == m.facts.block_no]
    study_group = (own_part or earlier)[0] if earlier else None
    # "Twelve mothers took part ... Eleven completed all three study days": the results are
    # of those who completed
    completed = [
        g for g in earlier if rules.cue.completed_after.match(g.facts.sentence.text[g.end :])
    ]
    study_group = completed[-1] if completed and not own_part else study_group
    if study_group is not None:
        return None if _not_all_of(study_group, m, rules, crossover) else study_group
    # The statement's only group is what all its values are about, the infants' too ("Of 96
    # breastfed infants whose mothers took ..., 4% had loose stools"); but one mother of a
    # case report is not her infant.
    only = groups[0] if len(groups) == 1 else None
    return only if only is not None and only.order < m.order and only.n > 1 else None


def _not_all_of(study_group: Group, m: Placed, rules: Rules, crossover: bool) -> bool:
    """Whether a value is not about the whole group the study counted first."""
    if not crossover and _split_by_chance(study_group, m, rules):
        return True  # "212 mothers ... to take either A or B" ... "A in milk averaged 0.18"
    if _pooled(study_group, rules):
        return True  # "The nine trials enrolled 532 mothers ... Volume rose by 38%": not the 532
    if not crossover and _arms_of_whole(study_group, m, rules):
        return True  # "96 mothers were randomized to ..." ... "0.64 mg/L with 100 mg"
    if rules.cue.one_more_person.search(m.facts.sentence.text[: m.item.value.start]):
        return True  # "Two women ... In a third woman taking 400 mg, ...": not of the two
    after = m.facts.sentence.text[m.item.quantity.end :]
    if not crossover and rules.cue.more_than_another_arm.match(after):
        return True  # "gained 16% more weight ... than infants in the placebo group": the gap's
    # "We describe 2 mother-infant pairs ...": each value is of one case
    before = study_group.facts.sentence.text[: study_group.start]
    return rules.cue.cases_described.search(before) is not None


def _arm_group(
    m: Placed,
    arm: str,
    fitting: list[Group],
    rules: Rules,
    controlled: bool,
    crossover: bool,
) -> Group | None:
    """The group a value's comparison arm names: the one group of that arm; the whole group of
    a crossover; every arm's count; else the one group of the arm's role (treated or control),
    where the arms are not all who were randomized."""
    named = arm_groups(arm, fitting)
    if len(named) == 1:
        return named[0]
    whole = [g for g in fitting if not g.subset and g.order < m.order]
    if crossover and whole:
        # "each mother used both sprays, in random order": all of them (those who completed)
        done = [g for g in whole if rules.cue.completed_after.match(g.facts.sentence.text[g.end :])]
        return done[-1] if done else whole[0]
    each = [
        g
        for g in fitting
        if rules.cue.each_arm.search(g.facts.sentence.text[g.end :]) or per_arm(g, rules)
    ]
    if len(each) == 1:
        return each[0]  # "92 were assigned to each group": every arm's count
    role = "control" if arm_role(arm, rules) == "control" else "exposed"
    # (not a sample a later paragraph counts: "In 24 women sampled after the dose, ...")
    chosen = [
        g
        for g in fitting
        if g.role == role
        and not g.subset
        and (g.order < m.order or g.facts.block_no <= m.facts.block_no)
    ]
    split = any(g.role == "control" for g in fitting)
    # (nor is an arm's value, among arms of doses, about all who were randomized; nor a value
    # before or after in one arm: "In the 100 mg arm, prolactin rose from 41 to 198 ng/mL")
    spread = controlled or arm not in ("before", "after") or _one_arm_told(m, rules)
    if spread and not split and any(_randomized(g, rules) for g in chosen):
        return None
    return chosen[0] if len(chosen) == 1 else None


def _sampled_before(m: Placed, groups: list[Group], rules: Rules) -> Group | None:
    """The part of the study a sentence before the value sets apart to measure ("A substudy in
    14 of the women measured the drug in their milk."), where it is the last group counted
    before the value: the values after it are of that part."""
    before = [g for g in groups if g.order < m.order and g.facts is not m.facts]
    if not before:
        return None
    last = before[-1]
    near = last.facts.sentence.text[max(0, last.start - 40) : last.end + 40]
    return last if last.subset and rules.cue.sampled_part.search(near) else None


def per_arm(g: Group, rules: Rules) -> bool:
    """ "18 per group", "47 were allocated to each group": one count for every arm (but not
    141 in "Of 141 women, 47 were allocated to each group")."""
    if g.counts_each_arm is None:
        text = g.facts.sentence.text
        told = rules.cue.each_arm.search(text[g.start :])
        g.counts_each_arm = told is not None and not _DIGIT.search(
            text[g.end : g.start + told.end()]
        )
    return g.counts_each_arm


_DIGIT = re.compile(r"\d")


def _aside(g: Group, m: Placed) -> bool:
    """A part counted in an aside between commas ("Eleven infants, 3 of them born preterm,
    whose mothers ... had levels below 0.1"): the sentence is about the whole."""
    text = m.facts.sentence.text
    return (
        g.subset
        and text[: g.start].rstrip().endswith(",")
        and "," in text[g.end : m.item.value.start]
    )


def _split_by_chance(g: Group, m: Placed, rules: Rules) -> bool:
    """A whole the trial split between alternatives, for a value a later paragraph gives of one
    of them: the arm's (uncounted) group, not the whole."""
    text = g.facts.sentence.text
    return g.facts.block_no != m.facts.block_no and bool(
        rules.cue.split_either.search(text[g.end :])
    )


def _pooled(g: Group, rules: Rules) -> bool:
    """ "The nine trials enrolled 532 mothers": the participants of pooled trials."""
    text = g.facts.sentence.text
    return bool(rules.cue.pooled_count_before.search(text[max(0, g.start - 45) : g.start]))


def _randomized(g: Group, rules: Rules) -> bool:
    """ "36 women were randomized to ...", "In a randomized trial, 183 women received ...
    immediately or at 6 weeks": the whole trial, not one of its arms."""
    text = g.facts.sentence.text
    before = rules.cue.trial_before.search(text[max(0, g.start - 40) : g.start])
    return bool(before or rules.cue.trial_total.search(text[g.end : g.end + 120]))


def _one_arm_told(m: Placed, rules: Rules) -> bool:
    """The value's clause names the arm it is about ("in the 50 mg arm", "on placebo", "from 58
    to 76 nmol/L with 400 IU") or sets it against another arm's ("118 and 121 ng/mL,
    respectively", "612 vs 590 mL/day")."""
    text = m.facts.sentence.text
    start = max(text.rfind(";", 0, m.item.value.start), text.rfind(". ", 0, m.item.value.start))
    after = text[m.item.quantity.end :]
    return bool(
        rules.cue.arm_named.search(text[start + 1 : m.item.quantity.end + 60])
        or rules.cue.arm_dose_after.match(after)
        or re.match(r"[^.;]*?\brespectively\b", after)
        or _VERSUS.search(text[max(0, m.item.value.start - 12) : m.item.value.start])
        or _VERSUS.match(after)
    )


_VERSUS = re.compile(r"\b(?:vs\.?|versus)\s*$|^\s*(?:vs\.?|versus)\b", re.I)


def _arms_of_whole(g: Group, m: Placed, rules: Rules) -> bool:
    """All randomized is the trial's whole (not "15 were randomized to A and 13 to B": an arm's
    count); a value told of one arm ("0.64 mg/L with 100 mg") is that arm's, not the whole's,
    unless the text says it is of everyone ("71% of dyads overall", "in both groups")."""
    text = g.facts.sentence.text
    return (
        _randomized(g, rules)
        and not rules.cue.other_arm_count_after.match(text[g.end : g.end + 160])
        and _one_arm_told(m, rules)
        and not rules.cue.told_of_everyone.search(m.facts.sentence.text)
    )


def hypothetical(d: Placed | None, rules: Rules) -> bool:
    return d is not None and _hypothetical(d, rules)


def who_measured(meaning: Meaning, m: Placed) -> str:
    """Whose value it is, for the population link: the infant's for infant blood or urine and
    infant/plasma ratios, and for a share of infants; the mother's otherwise."""
    if meaning.matrix in ("infant_blood", "infant_urine") or meaning.kind == "infant_plasma_ratio":
        return "infant"
    if meaning.kind == "proportion":
        after = m.facts.sentence.text[m.item.quantity.end : m.item.quantity.end + 40].lower()
        if re.match(
            r"^\s*(?:of\s+(?:the\s+|their\s+|all\s+)?(?:\w+\s+){0,2}?)?(?:infants|neonates|newborns|babies|children)\b",
            after,
        ):
            return "infant"
    return "mother"
