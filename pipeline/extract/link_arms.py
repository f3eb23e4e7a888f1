"""The arms the dose and group links read, where a comparison's words name them better than the
links' own: a list of the statement's doses as the arms of a list of values, and a comparison's
arms that name doses, drugs or groups where the links' arms are missing or only say "group"."""

from __future__ import annotations

import re

from pipeline.extract.arm_labels import dose_label
from pipeline.extract.compare import Described
from pipeline.extract.links import Placed, primary_doses
from pipeline.extract.meaning import arm_role
from pipeline.extract.rules import Rules
from pipeline.extract.segment import SentenceFacts

# An amount with its unit inside an arm's words ("50 micrograms", "the 2400 IU arm"; not "D1").
_ARM_AMOUNT = re.compile(
    r"(?<![\w.])(\d+(?:\.\d+)?)\s*-?\s*(?:mg|mcg|µg|μg|ug|g|IU|units?|micrograms?|milligrams?|"
    r"grams?|mL)\b",
    re.I,
)


def dose_list_arms(
    doses: list[Placed], drug: str | None, f: SentenceFacts, n: int, rules: Rules
) -> list[str]:
    """The statement's doses as written, as a list of values' arms; where not as many as the
    values, the sentence's own ("in the other 2, who took 100 and 400 mg daily, 13 and 101");
    the forms they were given in, where a form written before each tells them apart
    ("immediate-release 5 mg twice daily and extended-release 11 mg once daily")."""
    listed = primary_doses(doses, drug)
    if len(listed) != n:
        own = [d for d in listed if d.facts is f]
        listed = own if len(own) == n else listed
    forms = [_form_before(d, rules) for d in listed]
    if len(listed) > 1 and all(forms) and len({x.lower() for x in forms if x}) == len(forms):
        return [str(x) for x in forms]
    return [dose_label(d.item) for d in listed]


def _form_before(d: Placed, rules: Rules) -> str | None:
    """The form written right before a dose ("extended-release 11 mg"), as an arm's words."""
    before = d.facts.sentence.text[max(0, d.item.quantity.start - 60) : d.item.quantity.start]
    m = rules.cue.form_before_dose.search(before)
    return m.group("form").replace("-", " ") if m else None


def arms_for_doses(
    described: Described, doses: list[Placed], drug: str | None, rules: Rules
) -> list[str] | None:
    """The comparison's arms as the links' arms where the links' own are missing or only say
    "group", and the comparison's name the statement's doses by their amounts or drugs, or the
    control ("2.1, 3.8 and 6.0 ng/mL in the three groups" of "50, 100 or 150 micrograms", "69%
    on captopril"); or where the links' own only say "group" and the comparison's name the
    groups ("65%, 70% and 45% of women in D1, D2 and S")."""
    arms, link_arms = described.arms, described.link_arms
    vague = link_arms is not None and any(not _GENERIC_ARM.sub("", a).strip() for a in link_arms)
    if not arms or len(arms) < 2 or not (vague or link_arms is None):
        return link_arms  # (the links' own arms name someone: "the 6400 IU group")
    maternal = primary_doses(doses, drug)
    drugs = {d.item.drug.split()[0].lower() for d in doses if d.item.drug} - {""}

    def names_dose(arm: str) -> bool:  # by its amount, or by its drug ("on captopril")
        amounts = {float(a) for a in _ARM_AMOUNT.findall(arm)}
        named = {w for w in re.findall(r"[a-z][\w-]{3,}", arm.lower()) if w in drugs}
        return bool(named) or any(d.item.value.value in amounts for d in maternal)

    dosed = [names_dose(a) for a in arms]
    control = [arm_role(a, rules) == "control" for a in arms]
    if any(dosed) and all(d or c for d, c in zip(dosed, control, strict=True)):
        return arms
    named = all(_GENERIC_ARM.sub("", a).strip() for a in arms)
    return arms if vague and named and len({a.lower() for a in arms}) == len(arms) else link_arms


# Words that name no arm of their own: "in the three groups", "group".
_GENERIC_ARM = re.compile(
    r"\b(?:the|in|of|both|all|each|these|two|three|four|groups?|arms?|cohorts?)\b|[^\w]", re.I
)
