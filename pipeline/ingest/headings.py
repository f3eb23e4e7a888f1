"""Headings by name and by shape, and list bullets: one set of rules for every path that has
no fonts to go by (plain text, and PDFs that set their headings in body type).

LactMed's headings are recognised by name (sections.yaml, layout_rules); other headings by
shape: a short line that starts with a capital, has no final period and is followed by a
longer one."""

from __future__ import annotations

import re

from pipeline.ingest.layout_rules import boilerplate_rules, classify_heading, is_known_heading
from pipeline.ingest.parsed import HEADING, LIST_ITEM, PARAGRAPH, Block

BULLET = re.compile(
    r"^\s*(?:[\u2022\u25aa\u25cf\u25e6\u2023\u2043\u25b8\u25b9\u25ba*+\-\u2013]|\d{1,2}[.)])\s+"
)
NUMBERED = re.compile(r"^\s*\d{1,2}[.)]\s+")
TERMINAL = re.compile(r"""[.?!:;]["'\u201d\u2019)]?$|\]$|\.\s*\d{1,3}(?:,\s*\d{1,3})*$""")
NAMED_HEADING_MAX = 100  # longer lines are body text: no need to try every heading pattern
_FIELD_COUNT = re.compile(r"^[A-Z][^:]{1,60}:\s+\d[\d,.]*$")
QUANTITY = re.compile(r"\d\s*(?:mg|mcg|µg|g|mL|ml|%|IU|mmol|units)\b")


def looks_like_heading(line: str, next_line: str | None) -> bool:
    if QUANTITY.search(line):  # "Weight 50 to 90 kg: 40 mg daily" is a dose, not a title
        return False
    if (
        len(line) > 90
        or len(line.split()) > 12
        or TERMINAL.search(line)
        and not line.endswith(("?", ":"))
    ):
        return False
    if not (line[:1].isupper() or line[:1].isdigit()) or BULLET.match(line):
        return False
    if line.endswith(":") and (len(line.split()) > 5 or "," in line):
        return False  # a lead-in sentence ("Based on this, it may help support:")
    if re.search(r"\[\d", line) or line.endswith(","):
        return False
    if _FIELD_COUNT.match(line):
        return False  # a field and its number ("Number of Participants Analyzed: 18")
    return (
        next_line is None
        or not next_line
        or len(next_line) > len(line)
        or line.endswith(("?", ":"))
    )


# Sections where LactMed writes one short value per line ("Sertraline", "79617-96-2",
# "Escitalopram, Nortriptyline"): those lines are values, not headings.
VALUE_KEYS = {"substance_field", "alternatives"}


def lists_values(blocks: list[Block]) -> bool:
    last = next((b for b in reversed(blocks) if b.kind == HEADING), None)
    rule = classify_heading(last.text) if last is not None else None
    return rule is not None and rule.key in VALUE_KEYS


def heading_block(line: str) -> Block:
    rule = classify_heading(line)
    level = rule.level if rule else 1
    return Block(HEADING, line.rstrip(":").strip() if rule else line, None, level=level)


def demote_unknown_headings(blocks: list[Block]) -> list[Block]:
    """A heading we cannot name stays inside the section around it (level 2), so a page's
    "Kidney problems" stays under "Warnings and precautions"; before any named section it
    starts one."""
    out: list[Block] = []
    seen_named = False
    for b in blocks:
        if b.kind == HEADING and b.level == 1:
            if classify_heading(b.text) is not None:
                seen_named = True
            elif seen_named:
                b = Block(HEADING, b.text, b.page, level=2)
        out.append(b)
    return out


def names_heading(text: str) -> bool:
    """A line that is, as a whole, a heading LactMed names ("Drug Levels:", "Maternal Levels.")."""
    return len(text) <= NAMED_HEADING_MAX and text[:1].isupper() and is_known_heading(text)


def list_item(text: str) -> Block | None:
    """A bulleted or numbered line as a list item (bullet dropped, number kept), else None."""
    bullet = BULLET.match(text)
    if not bullet:
        return None
    body = text if NUMBERED.match(text) else text[bullet.end() :]
    return Block(LIST_ITEM, body.strip())


def shape_headings(blocks: list[Block]) -> list[Block]:
    """Paragraphs shaped like headings become headings, as plain text's lines do: for PDFs
    whose headings are in body type, where each paragraph is what a plain-text line is."""
    out: list[Block] = []
    furniture = boilerplate_rules()
    for i, block in enumerate(blocks):
        # Before a heading the line stands alone, as before a blank line in plain text; page
        # furniture (a lone page number) is not there, as plain text drops it first.
        rest = (b for b in blocks[i + 1 :] if not furniture.is_page_furniture(b.text))
        follows = next(rest, None)
        nxt = follows.text if follows is not None and follows.kind != HEADING else None
        if (
            block.kind == PARAGRAPH
            and looks_like_heading(block.text, nxt)
            and not lists_values(out)
        ):
            heading = heading_block(block.text)
            out.append(Block(HEADING, heading.text, block.page, level=heading.level))
        else:
            out.append(block)
    return demote_unknown_headings(out)
