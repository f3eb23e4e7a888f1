"""One study told over several paragraphs: a press release, a lay summary of a trial, an
abstract's methods and results set apart by headings. Outside LactMed records a paragraph that
opens no study of its own goes on the statement of the study told before it, so its results
keep that study's doses and groups ("The team reviewed the records of 212 mother-baby pairs ...
at a median dose of 80 mg a day." then "Just 31% of the breastfed babies needed ...").

A paragraph opens a study of its own when it cites a reference (a drug page tells one study a
citation), when its first sentence counts a whole group the study did not count ("In another
trial, 30 women ..."), or when its words say so (cues.yaml study_opens: "in a second study",
"Background:", "Objective:"). LactMed records are never joined this way: their paragraphs are
their statements."""

from __future__ import annotations

from pipeline.extract.arm_labels import points_back
from pipeline.extract.rules import Rules
from pipeline.extract.segment import SentenceFacts, Statement


def join_study_paragraphs(statements: list[Statement], text: str, rules: Rules) -> list[Statement]:
    """The statements with each paragraph that goes on the study before it joined to it."""
    out: list[Statement] = []
    for st in statements:
        if out and continues_study(st, out[-1], text, rules):
            out[-1].facts.extend(st.facts)
        else:
            out.append(st)
    return out


def continues_study(following: Statement, current: Statement, text: str, rules: Rules) -> bool:
    """Does `following` (a paragraph, or a table's row) go on telling `current`'s study?"""
    if not _tells_study(current) or _cites(current) or _cites(following):
        return False
    first = following.facts[0]
    if first.sentence.section_id != current.facts[-1].sentence.section_id and not (
        _under_results_heading(text, current.end, following.start, rules)
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
    return not any(
        p.of_total is None
        and not points_back(first.sentence.text[p.start : p.end + 12])
        and p.n not in counted
        for p in first.analysis.populations
    )


def _under_results_heading(text: str, start: int, end: int, rules: Rules) -> bool:
    """A heading line between two paragraphs that names results ("## What were the results?")."""
    lines = [line.strip(" \t#*_") for line in text[start:end].splitlines()]
    return any(rules.cue.results_heading.match(line) for line in lines if line)


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
