"""The dose a result followed and the group it describes, once its arm is known: the steps in
order, each deciding or passing on to the next (links.py holds the last, general steps)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from pipeline.extract.arm_links import Arm, FoundArms, dosed_group, in_control, other_drug_dose
from pipeline.extract.arm_words import at_baseline, counted_within, share_whole, undosed
from pipeline.extract.dose_mentions import amounts_after, dose_after, listed_dose
from pipeline.extract.links import (
    Group,
    Placed,
    arm_doses,
    central_dose,
    daily_total,
    dose_link,
    flexible,
    per_arm,
    population_link,
    primary_doses,
    who_measured,
)
from pipeline.extract.meaning import Meaning, arm_role
from pipeline.extract.regex_cache import compiled
from pipeline.extract.rules import Rules
from pipeline.extract.sampled_parts import named_sampled_part
from pipeline.extract.segment import SentenceFacts
from pipeline.extract.table_counts import column_count


@dataclass(frozen=True)
class LinkContext:
    """What the links of one statement's results read."""

    rules: Rules
    drug: str | None
    doses: list[Placed]  # the mothers'
    infant_doses: list[Placed]
    groups: list[Group]
    facts: Sequence[SentenceFacts]
    lactmed: bool
    controlled: bool  # arms set against a control
    crossover: bool  # every mother took every arm


def dose_of(
    c: LinkContext,
    m: Placed,
    arm: str | None,
    chosen: Arm | None,
    found: FoundArms,
    previous: Placed | None,
) -> Placed | None:
    """The dose a result followed, as `_named_dose` finds it; then the median that restates a
    LactMed range of doses ("3 to 9 mg once daily (median 6 mg)"), the daily total of a dose
    per capsule, and none for a starting dose each mother's need may change."""
    dose = _named_dose(c, m, arm, chosen, found, previous)
    if dose is None:
        return None
    if c.lactmed:
        dose = central_dose(dose, c.doses) or dose
    dose = daily_total(dose, c.doses, c.rules) or dose
    return None if flexible(dose, c.rules) else dose


def _named_dose(
    c: LinkContext,
    m: Placed,
    arm: str | None,
    chosen: Arm | None,
    found: FoundArms,
    previous: Placed | None,
) -> Placed | None:
    """The dose named right after the value, the k-th of k doses named before its list (or
    after it, by their amounts), its arm's dose (none for a control or a baseline), a dose
    restated before it, else dose_link's."""
    rules = c.rules
    text = m.facts.sentence.text
    if rules.quick.target_value.found(text[: m.item.value.start][-60:]):
        return None
    if rules.cue.exposure_ended.search(text[: m.item.value.start]):
        return None  # "of switching to formula, ... rose from 380 to 610 mL": no longer exposed
    run = found.runs.get(id(m), [m])
    named = dose_after(m, found.mentions, rules) or listed_dose(m, run, found.mentions, rules)
    if named is not None:
        return named
    if rules.cue.one_more_person.search(text[: m.item.value.start]):
        own = [d for d in c.doses if d.facts is m.facts and d.item.value.start < m.item.value.start]
        if len(own) == 1:
            return own[0]  # "In a third woman taking 400 mg every 8 hours, ...": her own dose
    if in_control(m, rules) or (chosen is not None and chosen.control):
        # "9 of 25 (36%) women given placebo": no dose, unless the control's own amount is
        # written ("Group B-placebo 10 mg", "Saline | Sodium chloride 0.9% 100 mL IV")
        if arm is None or arm_role(arm, rules) != "control":
            return None
        own_amount = arm_doses(arm, c.doses, c.rules)
        return own_amount[0] if len(own_amount) == 1 else None
    baseline = arm == "before" or at_baseline(m, run, rules)
    listed = None if baseline else amounts_after(m, run, c.doses, rules)
    if listed is not None:
        return listed
    if chosen is not None and chosen.dose is not None and id(m) in found.own:
        return chosen.dose  # its own words name its arm: "after A than after B, 12% vs 3%"
    maternal = primary_doses(c.doses, c.drug)
    other = other_drug_dose(m, maternal, found.others, rules, arm)
    if other is not None:
        return other
    if baseline:
        return None  # a baseline value follows no dose
    if chosen is not None and (chosen.dose or chosen.control or undosed(chosen, found.groups)):
        return chosen.dose
    if chosen is None and _all_arms_told(text, found, rules):
        return None  # "below 0.02 ng/mL in all 25 infants tested" of a pill and an implant arm
    own = [d for d in maternal if d.facts is m.facts]
    restated = [x for x in found.mentions if x.facts is m.facts and x.end <= m.item.value.start]
    if restated and not own:
        return restated[-1].dose  # "5 mg | 12 | 24", "the peak milk level after 10 mg, ..."
    return dose_link(m, c.doses, arm, rules, c.drug, previous, c.infant_doses)


def _all_arms_told(text: str, found: FoundArms, rules: Rules) -> bool:
    """A sentence that tells its value of all the people of arms given different doses: "in
    both groups", "in all 25 infants tested" after 14 and 11 (not "all 12" of one arm's 42)."""
    arms_apart = {a.dose.item.value.value if a.dose else None for a in found.groups}
    told = rules.cue.all_arms_told.search(text) if len(arms_apart) >= 2 else None
    if told is None:
        return False
    counted = re.search(r"\d+", told.group(0))
    total = sum(a.group.n for a in found.groups if a.group is not None)
    return counted is None or int(counted.group(0)) == total


def group_of(
    c: LinkContext,
    m: Placed,
    meaning: Meaning,
    arm: str | None,
    chosen: Arm | None,
    found: FoundArms,
    dose: Placed | None,
) -> Group | None:
    """The group a result describes: the count its table column gives; the part of the study
    its words name as sampled; those counted with its dose, where no arm names a group; its
    arm's count (or a part counted within the arm); else the whole its share is of, the group
    its dose was given to, or population_link's (of volunteers, where no mothers are counted)."""
    who = who_measured(meaning, m)
    fitting = [g for g in c.groups if g.who in (who, "pair")]
    if not fitting and who == "mother":  # a study of volunteers: its values are theirs
        fitting = [g for g in c.groups if g.who == "other"]
    column = column_count(m, fitting, c.facts, c.rules)
    if column is not None:
        return column  # "Fenugreek (n=41)": the count its table column gives
    sampled = named_sampled_part(m, fitting, c.rules)
    if sampled is not None:
        return sampled  # "In the pharmacokinetic subset, ...": the part sampled, not the arm
    recounted = _recounted_with_dose(m, dose, fitting, chosen)
    if recounted is not None:
        return recounted  # "(20 mg, n = 14; 40 mg, n = 12)": a part of each arm, counted anew
    counted = _counted_with_dose(dose, fitting) if chosen is None else None
    if counted is not None:
        return counted  # "60 mg (2 women) ... 3.0 and 3.6 mg/L at 60 mg": those who took it
    whole = share_whole(m, c.groups, c.rules)
    mine = chosen.group if chosen is not None else None
    if whole is not None and mine is not None and mine.n == whole.n:
        return mine  # "17 of 42 mothers in the A arm (40%)": the share of that arm's 42
    if whole is not None and chosen is not None and chosen.group is not whole:
        return whole  # "7 of 60 neonates (11.7%)": the 60 analysed, not the 62 randomised
    each = [g for g in fitting if per_arm(g, c.rules)]  # "(60 per group)": every arm's count
    if chosen is not None and (chosen.group is not None or len(each) == 1):
        # "(n = 40 per arm)": every arm's count; "11 women in the IV group": a part
        part = counted_within(m, c.groups, found.groups, c.rules)
        group = part or chosen.group or each[0]
        if group.column is not None and m.item.quantity.label != "QTY_ROW":
            return None  # a table's count is of its cells, not of a sentence's values
        return group
    linked = (
        share_whole(m, c.groups, c.rules)
        or dosed_group(dose, found.groups)
        or population_link(m, who, c.groups, arm, c.rules, c.controlled, c.crossover)
    )
    armed = chosen is not None or in_control(m, c.rules)
    if c.controlled and armed and linked is not None and linked.facts is not m.facts:
        return None  # an arm of a controlled trial with no count of its own
    return linked


def _counted_with_dose(dose: Placed | None, groups: list[Group]) -> Group | None:
    """The group counted in brackets right after the value's dose ("30 mg (1 woman), 60 mg (2
    women)"): the women who took that dose."""
    if dose is None:
        return None
    end = dose.item.quantity.end
    own = [g for g in groups if g.facts is dose.facts and 0 <= g.start - end <= 3]
    text = dose.facts.sentence.text
    own = [g for g in own if "(" in text[end : g.start + 1]]
    return own[0] if len(own) == 1 else None


_N_EQUALS = re.compile(r"\bn\s*[=:]\s*\d", re.I)  # a count said as "n = 14"


def _recounted_with_dose(
    m: Placed, dose: Placed | None, groups: list[Group], chosen: Arm | None
) -> Group | None:
    """The last group counted right after the amount of the value's dose, before the value and
    after its arm's own count: "The milk sub-study enrolled 26 women (20 mg, n = 14; 40 mg, n =
    12). Milk levels were 8.6 ng/mL with 20 mg ..." (those 14 women, not the arm's 73)."""
    if dose is None:
        return None
    amount = re.escape(f"{dose.item.value.value:g}")
    unit = re.escape(dose.item.quantity.unit_text.strip())
    after_amount = compiled(rf"(?<![\d.]){amount}\s*{unit}\s*[,;:(]?\s*$")
    found = [
        g
        for g in groups
        if g.order < m.order
        and _N_EQUALS.search(g.facts.sentence.text[g.start : g.end])
        and after_amount.search(g.facts.sentence.text[max(0, g.start - 30) : g.start])
    ]
    if not found:
        return None
    latest = max(found, key=lambda g: g.order)
    arm = chosen.group if chosen is not None else None
    return None if arm is not None and arm.order >= latest.order else latest
