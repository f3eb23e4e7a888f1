"""The title of a page saved as plain text or Markdown, which has no <title> or front matter:
its headline, the first line near its top that reads like a title and is not site furniture.

The title stays in the text (it is a line of the document, as a web page's title heading is
not); only documents.title is set. Which lines are furniture is data: boilerplate.yaml
not_title."""

from __future__ import annotations

import re

from pipeline.ingest.layout_rules import boilerplate_rules, classify_heading, is_known_heading
from pipeline.ingest.parsed import HEADING, PARAGRAPH, Block

# A headline sits among a page's first blocks, above the article's body.
FIRST_BLOCKS = 10
MAX_TITLE_WORDS = 30
_SECTION_WORDS = 4  # a section's name, not a page's
_SENTENCE_END = re.compile(r"[.!]\s+[A-Z]")


def _reads_like_title(block: Block) -> bool:
    """A heading or a paragraph of a few words, with letters, that is neither a run of
    sentences (a title may have a subtitle after a period, or end with one) nor a lead-in
    (ending in ':')."""
    text = block.text.strip()
    if block.kind not in (HEADING, PARAGRAPH) or not re.search(r"[A-Za-z]{3}", text):
        return False
    if len(text.split()) > MAX_TITLE_WORDS or text.endswith((":", ";", ",")):
        return False
    ends = len(_SENTENCE_END.findall(text)) + text.endswith(".")
    return ends < 2


def _is_question(text: str) -> bool:
    return text.rstrip().endswith("?")


def _names_a_section(text: str) -> bool:
    """A short heading the section rules know ("Dosage & Side Effects", "Uses") names a part
    of the page, not the page; a longer one ("Propranolol: uses, dosage, side effects and
    breastfeeding") or a question the page answers ("Can I take X while breastfeeding?") is its
    headline, though the rules would read it as a section's heading."""
    return (
        classify_heading(text) is not None
        and len(text.split()) <= _SECTION_WORDS
        and not _is_question(text)
    )


def page_title(blocks: list[Block]) -> str | None:
    """The first of the page's first blocks that reads like a title and is neither furniture
    nor a section's heading, above a LactMed section heading (where a record's body begins);
    None when there is none."""
    rules = boilerplate_rules()
    for block in blocks[:FIRST_BLOCKS]:
        text = block.text.strip()
        if block.kind == HEADING and is_known_heading(text) and not _is_question(text):
            return None
        if (
            _reads_like_title(block)
            and not rules.names_no_title(text)
            and not rules.is_boilerplate(text)
            and not _names_a_section(text)
        ):
            return text
    return None
