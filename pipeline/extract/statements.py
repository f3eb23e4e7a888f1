"""One document's sentences -> rows for the statements and item tables.

Sections with no study content (alternatives, references, substance) are skipped; the rest
are grouped into statements (segment.py), whose rows statement_rows.py writes."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from pipeline.extract.registry_values import add_registry_values
from pipeline.extract.rules import get_rules
from pipeline.extract.segment import (
    SentenceFacts,
    Statement,
    drop_repeats_and_cuts,
    goes_on,
    group_by_block,
    heading_above,
    is_lactmed,
    mark_abstract_results,
    sentence_facts,
    table_it_points_to,
)
from pipeline.extract.statement_rows import statement_tables
from pipeline.extract.study_paragraphs import join_study_paragraphs
from pipeline.extract.table_cells import add_shared_unit_values
from pipeline.ingest.sentences import Sentence
from pipeline.runner.limits import check_time

Row = dict[str, object]


def _drug_words(doc_drug: str | None) -> set[str]:
    if doc_drug:
        return {w for w in re.findall(r"[a-z][a-z-]{2,}", doc_drug.lower())}
    return set()


# A page names its drug early and often: its first sentences are enough to find it.
_GUESS_SENTENCES = 80


def guess_drug(sentences: Sequence[Sentence]) -> str | None:
    """The drug a page is about when its metadata does not say: the word the page names most
    often where a drug is named (cues.yaml drug_mentions), the first named on a tie."""
    rules = get_rules()
    skip = rules.not_drug | set(rules.cues["not_a_drug_name"]) | set(rules.cues["person_nouns"])
    salts = set(rules.cues["salts"])
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for s in sentences[:_GUESS_SENTENCES]:
        for rx in rules.drug_mentions:
            for m in rx.lowered_finditer(s.text):  # (the name is read lower-cased)
                word = re.sub(r"^[a-z]-", "", m.group("drug").lower().strip("-"))  # "A-domperidone"
                if word in salts:  # "medroxyprogesterone acetate 150 mg": the name before it
                    before = re.search(r"([a-z][a-z-]{3,})\s+$", s.text[: m.start("drug")], re.I)
                    word = before.group(1).lower() if before else word
                if word in skip or rules.no_substance(word):
                    continue
                more = rules.cue.drug_name_continues.match(s.text, m.end("drug"))
                if more:  # "vitamin D3", "valproic acid"
                    word = f"{word} {more.group(0).strip().lower()}"
                counts[word] += 1
                first.setdefault(word, s.char_start + m.start("drug"))
    if not counts:
        return None
    return min(counts, key=lambda w: (-counts[w], first[w]))


def extract_statements(
    doc_id: str, text: str, sentences: Sequence[Sentence], drug: str | None = None
) -> dict[str, list[Row]]:
    rules = get_rules()
    skip = set(rules.cues["skip_sections"])
    usable = drop_repeats_and_cuts([s for s in sentences if s.section not in skip])
    lactmed = is_lactmed(text, sentences, rules)
    has_brackets = any("[" in s.text for s in usable)
    drug = drug or guess_drug(usable)
    drug_words = _drug_words(drug)

    # Blocks: sentences of one paragraph share the block; recover it from the gaps in offsets.
    facts: list[SentenceFacts] = []
    prev_end = None
    block_no = 0
    last_in_block: dict[int, int] = {}
    for idx, s in enumerate(usable):
        check_time()  # a document over --max-seconds stops here in a Dask worker thread
        heading = ""
        if prev_end is None or "\n" in text[prev_end : s.char_start]:
            block_no += 1
            heading = heading_above(text, s.char_start, prev_end or 0)
        last_in_block[block_no] = idx
        prev_end = s.char_end
        facts.append(sentence_facts(s, rules, drug_words, not has_brackets, lactmed))
        facts[-1].block_no = block_no
        facts[-1].heading = heading
    add_shared_unit_values(facts, rules, lactmed, text)
    add_registry_values(facts, text, rules, lactmed)
    # Bare trailing numbers cite at the end of a block, or after a sentence's final period
    # ("... into milk. 3 From these data ..."); elsewhere they are the sentence's own numbers.
    for idx, f in enumerate(facts):
        if f.citations and not has_brackets and last_in_block.get(f.block_no) != idx:
            f.citations = [
                c
                for c in f.citations
                if not c[3] or re.search(r"[.!?)\]]\s*$", text[f.sentence.char_start : c[0]])
            ]
            f.closes = bool(f.citations)

    statements: list[Statement] = []
    by_section: list[list[SentenceFacts]] = []
    mark_abstract_results(text, facts, rules)
    for f in facts:
        if by_section and (
            by_section[-1][-1].sentence.section_id == f.sentence.section_id
            or goes_on(f, by_section[-1][0], rules)  # "RESULTS" after "STUDY DESIGN"
            or table_it_points_to(f, by_section[-1], rules)  # "shown in the table" + its rows
        ):
            by_section[-1].append(f)
        else:
            by_section.append([f])
    for group in by_section:
        section = group[0].sentence.section
        paragraphs = not lactmed or section not in rules.cues["recommendation_sections"]
        statements += group_by_block(group, rules, paragraphs, abstract=not lactmed)
    if not lactmed:  # a press release or a lay summary tells one study over its paragraphs
        statements = join_study_paragraphs(statements, text, rules)

    return statement_tables(doc_id, text, statements, lactmed, rules, drug_words, drug)
