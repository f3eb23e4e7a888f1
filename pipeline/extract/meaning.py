"""What each number means: a result's kind, fluid and analyte, a dose's recipient, a group's
who and role.

The per-value decisions are steps in rules/decisions.jsonl (see decisions.py); this module
feeds them the text around each value. The links from a result to its dose and group are in
links.py."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

from pipeline.extract.analytes import analyte_of, respective_analytes, used_substance
from pipeline.extract.classify import ValueText, span_text, value_text
from pipeline.extract.mentions import Quantity
from pipeline.extract.rules import Rules
from pipeline.extract.segment import SentenceFacts, Statement
from pipeline.extract.sentence_items import Item

# Kinds of result that are an amount of some substance (the others count people or milk).
SUBSTANCE_KINDS = {
    "concentration",
    "infant_dose",
    "relative_infant_dose",
    "milk_plasma_ratio",
    "infant_plasma_ratio",
    "half_life",
    "amount_excreted",
    "change",  # "serum prolactin showed a 3.5-fold increase", "fasting insulin fell by 22%"
}


@dataclass
class Meaning:
    kind: str | None = None
    matrix: str | None = None
    analyte: str | None = None
    step_ids: tuple[str, ...] = ()
    analytes: tuple[str | None, ...] | None = None  # a respectively-paired list of substances
    subgroup: bool = False  # of those who had an outcome, in each arm: no counted group


def is_contrast(f: SentenceFacts, item: Item, meaning: Meaning, rules: Rules) -> bool:
    """An odds or risk ratio, or a difference between arms ("mean difference 7 mg", "mean
    difference 81 mL/day", a volume's kind though it is): a contrast of two groups that
    describes no one dose or group (an amount one arm used or gained, a time, a score does);
    or a value of those in each arm who had an outcome ("those who needed morphine needed it
    for 5.5 vs 9 days"), a part no count names."""
    if meaning.subgroup or rules.cue.difference_before.search(
        f.sentence.text[max(0, item.value.start - 40) : item.value.start]
    ):
        return True
    return (
        meaning.kind == "other"
        and "kind.cord_ratio" not in meaning.step_ids  # a cord level against the mother's
        and item.quantity.ucum == "{ratio}"
    )


def _previous_end(f: SentenceFacts, item: Item) -> int:
    ends = [q.end for q in f.analysis.quantities if q.end <= item.value.start]
    return max(ends, default=0)


def item_text(
    f: SentenceFacts, item: Item, st_before: str, rules: Rules, lactmed: bool
) -> ValueText:
    """The value in its sentence. What follows a list of values speaks of each of them ("2.2%
    and 0.6% of the maternal dose"): a value's text after it starts where its list ends."""
    vt = value_text(
        f.sentence.text,
        item.quantity,
        item.value,
        rules,
        lactmed,
        section=f.sentence.section,
        statement_before=st_before,
        previous_end=_previous_end(f, item),
        measure=item.measure or "",
    )
    end = _list_run(f, item)[-1].end
    return replace(vt, end=end) if end > vt.end else vt


# Kinds a sentence of their own reports of the drug, not of the substance the sentence before
# measured (a metabolite the text names again where it means it).
_OWN_SENTENCE_KINDS = frozenset({"infant_dose", "relative_infant_dose", "half_life"})


def _as_previous(item: Item, vt: ValueText, previous: Meaning, step: str) -> bool:
    """A value that is what the value before it is: a list's later value, an amount set against
    a result of its kind, a bare share in brackets right after an amount excreted."""
    if ">list.same_as_first" in item.rule_id or ">versus.result_before" in item.rule_id:
        return True
    share = step == "kind.proportion" and previous.kind == "amount_excreted"
    return share and re.fullmatch(r"\s*\(\s*", vt.part("since_previous")) is not None


def measurement_meaning(
    f: SentenceFacts,
    item: Item,
    st_before: str,
    rules: Rules,
    lactmed: bool,
    drug: str | None,
    inherited: str | None = None,
    previous: Meaning | None = None,
    earlier: Meaning | None = None,
    others: frozenset[str] = frozenset(),
    document: str = "",
    drug_measured: bool = False,
) -> Meaning:
    vt = item_text(f, item, st_before, rules, lactmed)
    kind, kind_step = vt.decide("kind", item.quantity.unit_kind)
    if kind_step == "kind.proportion" and _goes_on_ratio(vt, previous, rules):
        kind, kind_step = previous.kind if previous else kind, "kind.previous_value"
    elif previous is not None and previous.kind and _as_previous(item, vt, previous, kind_step):
        # "14.1 versus 14.4 hours per day": a list's later value is what its first is; "8.1 µg
        # (0.16%)" after an amount excreted: its share of the dose
        kind, kind_step = previous.kind, "kind.previous_value"
    vt.kind = kind or ""
    matrix, matrix_step = vt.decide("matrix", item.quantity.unit_kind)
    if (
        previous is not None  # the value before it in the same sentence
        and previous.matrix is not None
        and matrix_step.startswith(("matrix.section", "matrix.statement", "matrix.clause"))
        and not rules.quick.fluid_words.found(vt.part("since_previous"))
    ):
        # "serum magnesium was 35.5 mg/L in treated women compared to 18.2 mg/L in controls"
        matrix, matrix_step = previous.matrix, "matrix.previous_value"
    measured = kind in SUBSTANCE_KINDS
    analyte, names = None, None
    if measured:
        values = [v for q in _list_run(f, item) for v in q.values]
        count = len(values)
        fluids = respective_matrices(vt, rules, count) if kind == "concentration" else None
        if fluids is not None:  # "milk and serum levels were 26 and 31 mg/L, respectively"
            matrix, matrix_step = fluids[_index(values, item.value)], "matrix.respectively"
        names = respective_analytes(vt, rules, drug, count)
        if names is None and earlier is not None and rules.quick.respectively.found(vt.text):
            # "... of the drug and its metabolite, respectively. The relative infant doses were
            # 0.4% and 0.2%, respectively.": the statement's last pairing goes on.
            names = earlier.analytes if len(earlier.analytes or ()) == count else None
        if names is not None:
            analyte = names[_index(values, item.value)]
        else:
            # a table column's value takes its row's substance or its column's drug, not the
            # substance of the column before it
            column = item.group if item.rule_id.startswith("table.") else None
            headed = item.rule_id.startswith("table.column_unit")  # under a header of its own
            before = None if column or headed or kind == "change" else inherited
            if previous is None and drug_measured and kind in _OWN_SENTENCE_KINDS:
                # "Milk X was 5.8 mcg/L ... Milk 7-OH-X averaged 3.2 mcg/L. An infant would
                # receive 0.87 mcg/kg daily": where the statement measured the drug itself, an
                # estimate or a half-life in a sentence of its own is of the drug (where it
                # measured only a metabolite or active form, of that)
                before = None
            analyte = analyte_of(vt, rules, drug, before, others, previous is None, document)
            if analyte is None and before is None and previous is None:
                analyte = substance_measured_before(vt, rules)
            if analyte is None and column:
                analyte = _other_drug_arm(column, drug, rules)
    elif kind == "other" and item.quantity.unit_kind in ("mass", "iu", "mass_per_weight"):
        analyte = used_substance(vt, rules, drug)  # "sufentanil consumption was 42 mcg"
    elif kind_step == "kind.lab_percent":  # "hematocrit was 32%": the index is what it measures
        analyte = analyte_of(vt, rules, drug, inherited, others, previous is None, document)
    steps = tuple(s for s in (kind_step, matrix_step) if s)
    subgroup = bool(rules.cue.outcome_subgroup_before.search(vt.part("before")[-160:]))
    return Meaning(kind, matrix, analyte, steps, names, subgroup)


@lru_cache(maxsize=4)
def _fluid_patterns(fluids: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A list of fluids ("milk, serum and infant serum"), and one fluid's word."""
    words = "|".join(sorted(map(re.escape, fluids), key=len, reverse=True))
    one = rf"(?:(?:infant|infants'|infant's|neonatal|maternal|mother's|umbilical)\s+)?(?:{words})"
    listed = rf"\b{one}(?:\s*,\s*(?:and\s+)?{one}|,?\s+and\s+{one})+\b"
    return re.compile(listed, re.I), re.compile(rf"\b(?:{words})\b", re.I)


def respective_matrices(vt: ValueText, rules: Rules, count: int) -> tuple[str, ...] | None:
    """ "milk and serum levels were 26 and 31 mg/L, respectively": a list of fluids before a
    list of as many values, paired respectively, gives each value its fluid (cue table
    `fluid_matrices`; "infant" before a fluid makes it the infant's)."""
    if count < 2 or not rules.quick.respectively.found(vt.text):
        return None
    table: dict[str, str] = rules.cues["fluid_matrices"]
    listed, word = _fluid_patterns(tuple(table))
    found = list(listed.finditer(vt.text[: vt.start]))
    if not found:
        return None
    matrices = []
    for member in re.split(r"\s*,\s*(?:and\s+)?|,?\s+and\s+", found[-1].group(0)):
        fluid = word.search(member)
        matrix = table[fluid.group(0).lower()] if fluid else ""
        if member.lower().startswith(("infant", "neonat")):
            matrix = matrix.replace("maternal_", "infant_")
        matrices.append(matrix)
    return tuple(matrices) if len(matrices) == count and all(matrices) else None


_SHARE_KINDS = ("milk_plasma_ratio", "infant_plasma_ratio", "relative_infant_dose")


def _goes_on_ratio(vt: ValueText, previous: Meaning | None, rules: Rules) -> bool:
    """A percentage after one of the same sentence that is a share of a level or a dose ("milk
    levels averaged 25% of the serum levels at low doses vs 16% at higher doses", "(median
    47%)", "as high as 40% have been reported") is that kind too, unless people follow it
    ("20% of the infants")."""
    if previous is None or previous.kind not in _SHARE_KINDS:
        return False
    return not rules.cue.share_of_people_after.match(vt.part("clause_after"))


def _other_drug_arm(arm: str, drug: str | None, rules: Rules) -> str | None:
    """A table column headed with another drug than the statement's ("Lamotrigine (n = 17)"
    beside "Levetiracetam (n = 14)"): its values measure that drug."""
    word = arm.split(" ")[0].lower()
    own = (drug or "").split(" ")[0].lower()
    if len(word) < 5 or not word.isalpha() or word == own or rules.no_substance(word):
        return None
    return None if arm_role(arm, rules) == "control" else word


def dose_recipient(
    f: SentenceFacts, item: Item, st_before: str, rules: Rules, lactmed: bool
) -> tuple[str, str]:
    vt = item_text(f, item, st_before, rules, lactmed)
    recipient, step = vt.decide("recipient", item.quantity.unit_kind)
    return recipient or "mother", step


_JOINED_PERSON = re.compile(
    r"\s*[-\u2013\u2014/]\s*(?:infant|baby|child)\w*(?:\s+(?:pairs?|dyads?))?"
)


def population_who(
    sentence: str, start: int, end: int, section: str, rules: Rules
) -> tuple[str, str]:
    joined = _JOINED_PERSON.match(sentence[end:])
    if joined:  # "334 mother–infant pairs": the count's words go on past the dash
        end += joined.end()
    words = sentence[start:end]
    first = rules.cue.people_words.search(words)
    head = words[: first.end()] if first and not joined else words
    pair = _JOINED_PERSON.match(words[first.end() :]) if first else None
    if first and pair:  # "9 mother-infant pairs": the head goes on past the dash
        head = words[: first.end() + pair.end()]
    who, step = rules.decisions.decide("who", span_text(sentence, start, end, section, head))
    return who or "mother", step


def arm_role(label: str, rules: Rules) -> str:
    # the parts are the label's alone: each label's answer is kept (labels are asked again)
    role, _ = rules.decisions.decide_once(
        "arm_role", label, lambda: span_text(label, 0, len(label), "")
    )
    return role or "treated"


def _index(values: list, value: object) -> int:
    return next(i for i, v in enumerate(values) if v is value)


_LIST_GAP = re.compile(r"^(?:\s*,)?\s*(?:and|or)?\s*$")


def _list_run(f: SentenceFacts, item: Item) -> list[Quantity]:
    """The list the item's value stands in: its quantity, and the quantities of its kind of unit
    joined to it by a comma or "and" only ("2.2% and 0.6%"; not "1.4 mcg/L, or 4.6% of the
    maternal serum level", where the words after speak of the percentage only)."""
    kind = item.quantity.unit_kind
    quantities = sorted(
        (q for q in f.analysis.quantities if q.unit_kind == kind or q is item.quantity),
        key=lambda q: q.start,
    )
    at = next((i for i, q in enumerate(quantities) if q is item.quantity), None)
    if at is None:  # a table cell's value, read apart from the sentence's quantities
        return [item.quantity]
    first = last = at
    text = f.sentence.text
    while first > 0 and _LIST_GAP.match(text[quantities[first - 1].end : quantities[first].start]):
        first -= 1
    while last + 1 < len(quantities) and _LIST_GAP.match(
        text[quantities[last].end : quantities[last + 1].start]
    ):
        last += 1
    return quantities[first : last + 1]


def statement_before(st: Statement, f: SentenceFacts) -> str:
    """The statement's sentences before `f`, joined as the decision steps read them."""
    out = []
    for g in st.facts:
        if g is f:
            break
        out.append(g.sentence.text)
    return " ".join(out) + (" " if out else "")


def population_role(sentence: str, start: int, end: int, rules: Rules) -> str:
    """A counted group's role (cues.yaml population_roles), from the words at and just before
    its count; "exposed" where none says otherwise."""
    window = sentence[max(0, start - 25) : end].lower()
    for name, rx in rules.roles:
        if rx.search(window):
            return name
    return "exposed"


def names_other_fluid(sentence: str, meaning: Meaning, rules: Rules) -> bool:
    """A body substance measured in one fluid, and a sentence that names the other fluid (milk
    against blood; cues.yaml fluid_matrices) but not the substance: its values are not of that
    substance."""
    body = rules.cues["body_substances"]
    if meaning.analyte is None or meaning.analyte.lower() not in body or meaning.matrix is None:
        return False
    lowered = sentence.lower()
    if meaning.analyte.lower() in lowered:
        return False
    other = "milk" if meaning.matrix in ("maternal_blood", "infant_blood") else "maternal_blood"
    return any(
        matrix == other and re.search(rf"\b{word}\b", lowered)
        for word, matrix in rules.cues["fluid_matrices"].items()
    )


def substance_measured_before(vt: ValueText, rules: Rules) -> str | None:
    """A body substance a sentence before said was measured, for a value its own clause calls
    only "the mean value" ("Serum prolactin was measured in 12 women before and after 5 days.
    The mean value fell from 148 to 131 ng/mL")."""
    if not rules.cue.value_anaphor_subject.search(vt.part("clause_before")):
        return None
    told = list(rules.cue.substance_measured.finditer(vt.statement_before))
    if not told:
        return None
    name = told[-1]["substance"].lower()
    return name if name in rules.cues["body_substances"] else None


def corresponding_value(
    f: SentenceFacts, item: Item, earlier: list[Item], rules: Rules
) -> Item | None:
    """The value of an earlier list of the sentence that a value of a list said to correspond
    to it stands for ("half-lives of 4.6 h in milk and 3.9 h in plasma in the lower-dose group;
    the corresponding figures in the higher-dose group were 4.9 h and 4.1 h": 4.9 is milk's as
    4.6 is, 4.1 plasma's); None where it corresponds to none."""
    text = f.sentence.text
    cues = [m for m in rules.cue.values_correspond.finditer(text, 0, item.value.start)]
    if not cues:
        return None
    cue = cues[-1]
    if rules.cue.fluid_words.search(text, cue.start(), item.value.start):
        return None  # "the corresponding serum peak averaged": its own fluid
    ucum = item.quantity.ucum
    listed = [
        i
        for i in f.items
        if i.table == "measurements" and i.quantity.ucum == ucum and i.value.start >= cue.end()
    ]
    before = [i for i in earlier if i.quantity.ucum == ucum and i.value.end <= cue.start()]
    if item not in listed or len(listed) > len(before):
        return None
    return before[len(before) - len(listed) + listed.index(item)]


def as_corresponding(
    f: SentenceFacts,
    item: Item,
    meaning: Meaning,
    earlier: list[tuple[Item, Meaning]],
    rules: Rules,
) -> Meaning:
    """A value's meaning with the fluid of the earlier value of its sentence it corresponds to
    ("the corresponding figures ... were 4.9 h and 4.1 h": milk's and plasma's, as before)."""
    partner = corresponding_value(f, item, [i for i, _ in earlier], rules)
    if partner is None:
        return meaning
    matrix = next(m.matrix for i, m in earlier if i is partner)
    steps = tuple(s for s in meaning.step_ids if not s.startswith("matrix."))
    return replace(meaning, matrix=matrix, step_ids=(*steps, "matrix.corresponding"))


def as_last_level(
    f: SentenceFacts,
    meaning: Meaning,
    before: Iterable[tuple[SentenceFacts, Meaning]],
    rules: Rules,
) -> Meaning:
    """A level whose fluid only the statement's words gave, in a sentence that names no fluid,
    goes on with the fluid of the level in the sentence right before (`before`: the earlier
    sentences' values, in order): "... infants had higher concentrations (5.3 vs 1.9 ng/mL).
    By 2 months the gap had narrowed (3.0 vs 1.8 ng/mL)" - the infants' blood."""
    guessed = any(s.startswith("matrix.statement") for s in meaning.step_ids)
    if meaning.kind != "concentration" or not guessed:
        return meaning
    if rules.quick.fluid_words.found(f.sentence.text):
        return meaning
    last, where = None, None
    for facts, m in before:  # (read only here: most values stop above)
        if m.kind == "concentration" and m.matrix:
            last, where = m, facts
    if last is None or where is None or last.matrix == meaning.matrix:
        return meaning
    if f.sentence.char_start - where.sentence.char_end > 2:
        return meaning  # not the sentence right before: words between may name a fluid
    steps = tuple(s for s in meaning.step_ids if not s.startswith("matrix."))
    return replace(meaning, matrix=last.matrix, step_ids=(*steps, "matrix.last_level"))
