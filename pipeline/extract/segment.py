"""Sentences -> statements: which consecutive sentences describe one study or guidance, and
which statements are worth keeping.

- In LactMed's study sections a statement is a paragraph, or the part of it up to a citation
  marker; sentences after the marker that go on about the same study ("Using the data from
  this study, ...") stay with it.
- In LactMed summaries a statement is a sentence that gives a dose or a result; on web pages a
  paragraph, split at its citations like a LactMed study.
- A page's repeat of text it already showed, and a last sentence cut off mid-word, are
  dropped."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from pipeline.extract.citations import ends_with_citation, find_citations
from pipeline.extract.mentions import Analysis, analyze
from pipeline.extract.rules import Rules
from pipeline.extract.sentence_items import Item, items_in
from pipeline.ingest.sentences import Sentence

# "... levels of 1.2 and 1." ending a page: a number cut in half, not a sentence's end.
# "Day 2: 0.39": a line of a labelled list of values (table_cells.py reads their unit).
LABELLED_VALUE = re.compile(
    r"^(?P<label>[A-Za-z][\w .-]{0,30}?)\s*:\s*(?P<value>\d+(?:\.\d+)?)\s*\.?$"
)
_CUT_NUMBER = re.compile(r"\b(?:and|or|to|of|was|were)\s+\d+\.$")
_TERMINAL = re.compile(r"""[.!?]["'\u201d)\]]*$|\]$|\)$|:$""")


@dataclass
class SentenceFacts:
    sentence: Sentence
    analysis: Analysis
    items: list[Item]
    citations: list[tuple[int, int, tuple[int, ...], bool]]  # doc offsets, numbers, bare
    closes: bool  # ends on a citation marker
    block_no: int = 0  # paragraph (block) the sentence sits in
    heading: str = ""  # a block's first sentence: the short line above it ("RESULTS"), if any
    trial_start: int | None = None  # where the methods of the trial it reports on start


@dataclass
class Statement:
    section: str
    facts: list[SentenceFacts] = field(default_factory=list)
    record: bool = False  # a trial registry's results record, its parts joined

    @property
    def start(self) -> int:
        return self.facts[0].sentence.char_start

    @property
    def end(self) -> int:
        return self.facts[-1].sentence.char_end


_WORD_RUN = re.compile(r"\w+")


def _norm(text: str) -> str:
    """The words, lower case, one space apart (as a substitution of each run of non-word
    characters by a space, stripped: faster)."""
    return " ".join(_WORD_RUN.findall(text.lower()))


def drop_repeats_and_cuts(sentences: Sequence[Sentence]) -> list[Sentence]:
    """Pages that repeat their study text (and cut the repeat off) must not count it twice."""
    kept: list[Sentence] = []
    # The texts seen, by their first 20 characters: a repeat (20 or more) starts like one.
    seen: dict[str, list[str]] = {}
    for s in sentences:
        n = _norm(s.text)
        if len(n) >= 20 and any(prev.startswith(n) for prev in seen.get(n[:20], ())):
            continue
        seen.setdefault(n[:20], []).append(n)
        kept.append(s)
    # A document cut off mid-sentence: its last sentence has no ending.
    last = kept[-1].text.strip() if kept else ""
    if (
        kept
        and kept[-1].block == "paragraph"
        and (not _TERMINAL.search(last) or _CUT_NUMBER.search(last))
        and not LABELLED_VALUE.match(last)  # "Day 2: 0.39" is a whole line of a list
    ):
        kept.pop()
    return kept


def sentence_facts(
    s: Sentence, rules: Rules, drug_words: set[str], trailing_ok: bool, lactmed: bool
) -> SentenceFacts:
    analysis = analyze(s.text)
    items = items_in(analysis, rules, drug_words, lactmed)
    found = find_citations(s.text, allow_trailing=trailing_ok and s.block != "table_row")
    if s.block == "table_row":  # "| 92 (70)": a cell's SD in parentheses, no citation
        found = [c for c in found if not re.search(r"\d\s*$", s.text[: c.start])]
    cites = [(s.char_start + c.start, s.char_start + c.end, c.numbers, c.bare) for c in found]
    return SentenceFacts(s, analysis, items, cites, ends_with_citation(s.text, found))


_CONTINUES = re.compile(
    r"^(?:using|however|these|this|those|such|the|her|his|their|its|it|they|she|he|"
    r"in addition|additionally|also|thus|therefore|based on|when|if|at \d)\b",
    re.IGNORECASE,
)


def _opens_new_study(f: SentenceFacts, rules: Rules) -> bool:
    """After a citation, does this sentence begin another study or go on about the last one?"""
    if f.analysis.populations:
        return True
    if _CONTINUES.match(f.sentence.text):
        return False
    head = " ".join(f.sentence.text.split()[:6])
    return rules.quick.study_subjects.found(head)


_LACTMED_HEADINGS = re.compile(
    r"^(?:summary of use during lactation|drug levels|maternal levels|infant levels|"
    r"effects in breastfed infants|effects on lactation)\b",
    re.IGNORECASE | re.MULTILINE,
)


def is_lactmed(text: str, sentences: Sequence[Sentence], rules: Rules) -> bool:
    """A LactMed record (however a site reproduced it): its section headings give it away."""
    sections = {s.section for s in sentences}
    if sections & set(rules.cues["study_sections"]):
        return True
    return len(_LACTMED_HEADINGS.findall(text)) >= 2


def keep_statement(st: Statement, lactmed: bool, rules: Rules) -> tuple[bool, str]:
    """(keep?, kind) by what the statement says and where it stands."""
    items = [i for f in st.facts for i in f.items]
    has_dose = any(i.table == "doses" for i in items)
    has_measure = any(i.table == "measurements" for i in items)
    has_pop = any(f.analysis.populations for f in st.facts)
    has_cite = any(f.citations for f in st.facts)
    text = " ".join(f.sentence.text for f in st.facts)
    if rules.quick.no_information.found(text) and not (has_dose or has_measure or has_pop):
        return False, ""
    if len(st.facts) == 1 and rules.quick.article_title.found(text):
        return False, ""  # "Caffeine in milk after 200 mg doses: a crossover study"
    if rules.quick.abstract_background.found(text) and not has_dose:
        return False, ""  # what was known before: "BACKGROUND: About 1 in 7 mothers ..."
    if st.section in rules.cues["study_sections"]:
        found = has_cite or has_dose or has_measure or has_pop
        return (found or rules.quick.any_design.found(text)), "study"
    if lactmed and st.section == "summary":
        if has_dose or has_measure:
            study = has_pop and not re.search(r"\b(?:should|recommend|advis)", text, re.I)
            return True, "study" if study else "recommendation"
        return False, ""
    if lactmed:
        # Background under "Drug Levels" and page furniture: a study needs people or a dose.
        if has_pop or has_dose:
            return True, "study" if has_pop or has_measure else "recommendation"
        return False, ""
    if has_cite and rules.quick.any_design.found(text):
        return True, "study"  # a cited case or trial, even without numbers
    if has_dose or has_measure or has_pop:
        rec = re.search(
            r"\b(?:should|recommend\w*|advis\w*|typically need|need about|"
            r"requirements?|considered|can be|may be|target|intake)\b",
            text,
            re.I,
        )
        study = (has_pop or has_measure) and not rec
        return True, "study" if study else "recommendation"
    return False, ""


def _is_background(st: Statement) -> bool:
    """Cited sentences with no people, dose or result ("X is the preferred drug (1).") do not
    swallow the study or guidance that follows them."""
    return not any(f.items or f.analysis.populations for f in st.facts)


def _cites_another(f: SentenceFacts, current: Statement) -> bool:
    """A sentence that ends on citations of its own, none of them the study's, is the next
    study ("...[5] Total excretion was 0.06%.[6]"); "[6] ... [6,7]" goes on about study 6."""
    if not f.closes:
        return False
    cited = {n for g in current.facts for _, _, nums, _ in g.citations for n in nums}
    return not cited & {n for _, _, nums, _ in f.citations for n in nums}


def _cites_only_its(f: SentenceFacts, current: Statement) -> bool:
    """A sentence closing on the study's own citation goes on about it, whoever it counts:
    "... in 10 extensive metabolizers.[4] Over 24 hours, 62 mcg was excreted in the milk of one
    extensive metabolizer.[4]"."""
    own = {n for _, _, nums, _ in f.citations for n in nums}
    cited = {n for g in current.facts for _, _, nums, _ in g.citations for n in nums}
    return f.closes and bool(own) and own <= cited


def table_it_points_to(f: SentenceFacts, before: list[SentenceFacts], rules: Rules) -> bool:
    """A table's rows go on the statement whose last paragraph points to a table ("Key results
    are shown in the table.", "Secondary outcomes are in Table 2."), up to the table's end."""
    if f.sentence.block != "table_row":
        return False
    own = {n for _, _, nums, _ in f.citations for n in nums}
    if own and not own & {n for g in before for _, _, nums, _ in g.citations for n in nums}:
        return False  # a row citing a study of its own: a table of studies, one a row
    words = [g for g in before if g.sentence.block != "table_row"]
    last = [g for g in words if words and g.block_no == words[-1].block_no]  # its paragraph
    return any(rules.cue.table_pointer.search(g.sentence.text) for g in last)


def _results_go_on(f: SentenceFacts, current: Statement, rules: Rules) -> bool:
    """An abstract's paragraph of results goes on about the trial the paragraph before it
    assigned to arms ("... were randomized to domperidone or metoclopramide." then "Median
    milk volume increased from 186 to 341 mL in the domperidone group ..."): it reports values
    and opens no study of its own (no people counted, no design, no study subjects first)."""
    head = " ".join(f.sentence.text.split()[:6])
    return bool(
        f.items
        and not f.analysis.populations
        and not rules.quick.study_subjects.found(head)
        and not rules.quick.any_design.found(f.sentence.text)
        and any(rules.quick.trial_arms_assigned.found(g.sentence.text) for g in current.facts)
    )


def _lead(f: SentenceFacts) -> str:
    """A sentence as an abstract part reads: its heading line first ("RESULTS: Peak ...")."""
    return f"{f.heading}: {f.sentence.text}" if f.heading else f.sentence.text


def goes_on(f: SentenceFacts, first: SentenceFacts, rules: Rules) -> bool:
    """A structured abstract's methods parts (design, setting, participants), results and
    conclusions, and a table of its results, go on about the trial the methods part that began
    the statement introduced."""
    return bool(
        (
            f.sentence.block == "table_row"
            or _opens_with(rules.cue.abstract_goes_on, f)
            or _opens_with(rules.cue.abstract_methods, f)
        )
        and _opens_with(rules.cue.abstract_methods, first)
    )


def _part_heading(f: SentenceFacts, rules: Rules) -> bool:
    """The heading line above the sentence names an abstract's part ("What were the results?"),
    not the sentence's own first words ("Results: ...")."""
    lead = f"{f.heading}:"
    return bool(f.heading) and bool(
        rules.cue.abstract_goes_on.match(lead) or rules.cue.abstract_methods.match(lead)
    )


def _opens_with(part: re.Pattern[str], f: SentenceFacts) -> bool:
    """The sentence opens an abstract part, named in its own words ("Methods: ...") or by the
    heading line above it ("RESULTS" / "Peak ..."), whatever broader heading sits above that
    ("Abstract")."""
    return bool(part.match(f.sentence.text) or part.match(_lead(f)))


def heading_above(
    text: str,
    start: int,
    previous_end: int,
    longest: int = 40,
    not_ending: tuple[str, ...] = (".", ";", ","),
    markup: str = "",
) -> str:
    """The line above a block when it is a short heading of its own ("Results", "STUDY
    DESIGN"), not a sentence; a table's caption is longer and may be set in `markup` ("**")."""
    lines = [x.strip(" \t" + markup) for x in text[previous_end:start].splitlines()]
    lines = [x for x in lines if x.strip()]
    last = lines[-1].strip() if lines else ""
    return last if len(last) <= longest and not last.endswith(not_ending) else ""


def group_by_block(
    facts: list[SentenceFacts], rules: Rules, by_paragraph: bool, abstract: bool = False
) -> list[Statement]:
    statements: list[Statement] = []
    current: Statement | None = None
    last_block = None
    closed = False
    part_sections: set[str] = set()  # sections a summary's parts opened ("What were the results?")
    uncited_rest = _uncited_rest_of_block(facts)
    for k, f in enumerate(facts):
        block = f.block_no
        new_block = block != last_block
        if new_block and current is not None and goes_on(f, current.facts[0], rules):
            new_block = False  # "RESULTS: ..." after "METHODS: ...": one trial, one statement
            if _part_heading(f, rules):  # a heading of its own opens the part's section
                part_sections.add(f.sentence.section_id)
        elif new_block and current is not None and f.sentence.section_id in part_sections:
            new_block = False  # the part's next paragraphs and list items go on too
        # "Key results are shown in the table." and the table's rows, whatever they count
        its_table = current is not None and table_it_points_to(f, current.facts, rules)
        new_block = new_block and not its_table
        if new_block and abstract and current is not None and _results_go_on(f, current, rules):
            new_block = False  # a trial's results paragraph after the one that assigned its arms
        if (
            not by_paragraph
            or current is None
            or new_block
            or (
                closed
                and not its_table
                and (
                    (
                        _opens_new_study(f, rules)
                        and not _cites_only_its(f, current)
                        and not (uncited_rest[k] and block == last_block)
                    )
                    or _cites_another(f, current)
                    or _is_background(current)
                )
            )
        ):
            current = Statement(f.sentence.section, [f])
            statements.append(current)
            closed = False
            part_sections = set()
        else:
            current.facts.append(f)
        closed = closed or f.closes
        last_block = block
    return statements


def _uncited_rest_of_block(facts: list[SentenceFacts]) -> list[bool]:
    """For each sentence, whether it and the rest of its paragraph cite nothing: the results
    of a study whose citation stands after its methods ("... or to breast emptying alone.[1]
    On day 5, 52 of 74 women ... were free of symptoms"), or the editors' "Using these data"
    after a cited study, go on about that study."""
    out = [False] * len(facts)
    cited_later = False
    for k in range(len(facts) - 1, -1, -1):
        if k == len(facts) - 1 or facts[k + 1].block_no != facts[k].block_no:
            cited_later = False
        cited_later = cited_later or bool(facts[k].citations)
        out[k] = not cited_later
    return out


def _heading_before(text: str, facts: list[SentenceFacts], k: int) -> str:
    """The last line of text between a sentence and the one before it: a section's heading."""
    start = facts[k - 1].sentence.char_end if k else 0
    gap = text[start : facts[k].sentence.char_start]
    lines = [line.strip(" \t#*_") for line in gap.splitlines()]
    lines = [line for line in lines if line]
    return lines[-1] if lines else ""


def mark_abstract_results(text: str, facts: list[SentenceFacts], rules: Rules) -> None:
    """A structured abstract's RESULTS and CONCLUSIONS sections go on about the trial its
    METHODS (STUDY DESIGN ...) section introduced: their facts keep where that section starts
    (trial_start), so "respectively" there finds the arms the methods named."""
    methods_start: int | None = None
    going_on = False
    for k, f in enumerate(facts):
        if not k or f.sentence.section_id != facts[k - 1].sentence.section_id:
            heading = _heading_before(text, facts, k) + ":"
            going_on = methods_start is not None and bool(rules.cue.abstract_goes_on.match(heading))
            if not going_on:
                methods_start = None
            if rules.cue.abstract_methods.match(heading):
                methods_start = f.sentence.char_start
        if going_on:
            f.trial_start = methods_start
