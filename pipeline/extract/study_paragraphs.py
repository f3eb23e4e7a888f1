"""One study told over several paragraphs: a press release, a lay summary of a trial, an
abstract's methods and results set apart by headings. Outside LactMed records a paragraph that
opens no study of its own goes on the statement of the study told before it, so its results
keep that study's doses and groups ("The team reviewed the records of 212 mother-baby pairs ...
at a median dose of 80 mg a day." then "Just 31% of the breastfed babies needed ...").

A paragraph opens a study of its own when it cites a reference (a drug page tells one study a
citation), when its first sentence counts a whole group the study did not count ("In another
trial, 30 women ..."), or when its words say so (cues.yaml study_opens: "in a second study",
"Background:", "Objective:"). LactMed records are never joined this way: their paragraphs are
their statements. A trial registry's results record (cues.yaml registry_part_heading) tells one
trial: all its parts are one statement, so an outcome's values keep the dose its arm's
intervention names and the counts its tables give."""

from __future__ import annotations

import re

from pipeline.extract.arm_labels import points_back
from pipeline.extract.rules import Rules
from pipeline.extract.segment import SentenceFacts, Statement


def join_study_paragraphs(statements: list[Statement], text: str, rules: Rules) -> list[Statement]:
    """The statements with each paragraph that goes on the study before it joined to it."""
    out: list[Statement] = []
    parts = _registry_parts(text, rules)
    for st in statements:
        if out and _one_record(st, out[-1], parts):
            out[-1].facts.extend(st.facts)
            out[-1].record = True
        elif out and continues_study(st, out[-1], text, rules):
            out[-1].facts.extend(st.facts)
        else:
            out.append(st)
    return out


def continues_study(following: Statement, current: Statement, text: str, rules: Rules) -> bool:
    """Does `following` (a paragraph, or a table's row) go on telling `current`'s study?"""
    if _cites(following):
        return False
    if _cites(current) and not _results_laid_out(following, current, text):
        return False
    if not _tells_study(current):
        return False
    first = following.facts[0]
    if first.sentence.section_id != current.facts[-1].sentence.section_id and not (
        _under_heading(text, current.end, following.start, rules.cue.results_heading)
    ):
        return False  # another part of the page ("Dosing", "Side effects"), not its results
    lead = f"{first.heading}: {first.sentence.text}" if first.heading else first.sentence.text
    opens = rules.cue.study_opens
    if opens.search(first.sentence.text) or opens.search(lead):
        return False
    said = " ".join(f.sentence.text for f in following.facts)
    if rules.cue.advice_words.search(said):
        return False  # what to do, not what the study found
    counted = {p.n for f in current.facts for p in f.analysis.populations}
    text_of = first.sentence.text
    return not any(
        p.of_total is None
        and not points_back(text_of[p.start : p.end + 12])
        and not _SHARE_AFTER.match(text_of[p.end :])  # "17 mothers (61%)": a part, with its share
        and not _SAMPLED.match(text_of[p.end :])  # "In 24 women sampled after the dose": a part
        and p.n not in counted
        for p in first.analysis.populations
    )


_SHARE_AFTER = re.compile(r"\s*\(\s*\d[\d.]*\s*%\s*\)")
# A count the study sampled from its own people: "24 women sampled after the dose", "30 infants
# in a pharmacokinetic subset", "12 of them".
_SAMPLED = re.compile(
    r"^\s*(?:[\w-]+\s+){0,2}?(?:sampled|tested|studied\s+further|(?:in|from)\s+(?:a|the)\s+"
    r"(?:[\w-]+\s+)?(?:subset|subgroup|sub-?study|sub-?sample))\b",
    re.I,
)


def _registry_parts(text: str, rules: Rules) -> int | None:
    """Where a trial registry's results record starts its parts ("Participant Flow", "Outcome
    Measures", "Adverse Events": two or more of them), or None for any other page."""
    found = [
        (m.start(), heading.group(0).lower())
        for m in re.finditer(r"^[ \t#*_]*(.+)$", text, re.M)
        if (heading := rules.cue.registry_part_heading.match(m.group(1)))
    ]
    return found[0][0] if len({name for _, name in found}) >= 2 else None


def _one_record(following: Statement, current: Statement, parts: int | None) -> bool:
    """A trial registry's results record tells one trial: its arms and interventions, the
    participant flow that counts each arm, each outcome's table and analysis, the adverse
    events. Its parts are one statement, so that a value in an outcome's table keeps the dose
    its arm's intervention names and the count the flow gives (a cited paragraph stays apart)."""
    return parts is not None and not _cites(current) and not _cites(following)


def _results_laid_out(following: Statement, current: Statement, text: str) -> bool:
    """A cited study's results set out right under its paragraph, in a table or a list: "...
    gave milk and plasma samples over 6 hours [1]." then "| Outcome | Oral (n = 10) | ..."."""
    first = following.facts[0].sentence
    return first.block in ("table_row", "list_item") and not text[
        current.end : following.start
    ].strip(" \t\n|-:")


def _under_heading(text: str, start: int, end: int, heading: re.Pattern[str]) -> bool:
    """A heading line between two paragraphs, of the kind asked ("## What were the results?")."""
    lines = [line.strip(" \t#*_") for line in text[start:end].splitlines()]
    return any(heading.match(line) for line in lines if line)


def _tells_study(st: Statement) -> bool:
    """A statement that counts its people and gives a dose: a study whose results may follow."""
    has_dose = any(i.table == "doses" for f in st.facts for i in f.items)
    return has_dose and any(_whole_groups(f) for f in st.facts)


def _whole_groups(f: SentenceFacts) -> bool:
    text = f.sentence.text
    return any(
        p.of_total is None and not points_back(text[p.start : p.end + 12])
        for p in f.analysis.populations
    )


def _cites(st: Statement) -> bool:
    return any(f.citations for f in st.facts)
