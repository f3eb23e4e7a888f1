"""Layout-independent clean-up shared by every ingester, after it has produced blocks.

- run-in subheads ("Maternal Levels. Ten women ...") become a heading and a paragraph;
- boilerplate blocks and sections are dropped (boilerplate.yaml);
- LactMed's record banner and Substance Identification give title, drug and CAS;
- the References section gives numbered references with PubMed ids.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime

from pipeline.ingest.layout_rules import boilerplate_rules, classify_heading, normalize_heading
from pipeline.ingest.parsed import HEADING, PARAGRAPH, Block, Reference

_RUNIN = re.compile(r"^([A-Z][A-Za-z ]{2,40}?)[.:]\s+(?=\S)")
_CAS = re.compile(r"\b(\d{2,7}-\d{2}-\d)\b")
_REF_ENTRY = re.compile(r"^\s*\[?(\d{1,3})[.)\]]\s+(\S.*)$", re.DOTALL)
_PMID = re.compile(r"(?:PMID|PubMed)\s*:?\s*(\d{4,9})", re.IGNORECASE)
_REVISED = re.compile(
    r"(?:last\s+)?revis(?:ed|ion)(?:\s+date)?\s*:?\s*"
    r"([A-Z][a-z]+\.? \d{1,2},? \d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{4}|[A-Z][a-z]+ \d{4})",
    re.IGNORECASE,
)
_BANNER = re.compile(r"^(.+?)\s+levels and effects(?: while breast-?feeding)?$", re.IGNORECASE)
# Keys whose headings LactMed writes run-in, at the start of a paragraph.
_RUNIN_KEYS = {"maternal_levels", "infant_levels"}


@dataclass
class Metadata:
    title: str | None = None
    drug: str | None = None
    cas: str | None = None
    revised: date | None = None


def split_runin_headings(blocks: list[Block]) -> list[Block]:
    out: list[Block] = []
    for block in blocks:
        m = _RUNIN.match(block.text) if block.kind == PARAGRAPH else None
        rule = classify_heading(m.group(1)) if m else None
        if m and rule is not None and rule.key in _RUNIN_KEYS:
            cut = m.end()
            out.append(Block(HEADING, block.text[: m.end(1) + 1], block.page, level=1))
            rest = block.text[cut:]
            breaks = tuple((at - cut, p) for at, p in block.page_breaks if at >= cut)
            out.append(replace(block, text=rest, page=block.page_at(cut), page_breaks=breaks))
        else:
            out.append(block)
    return out


def drop_boilerplate(blocks: list[Block]) -> list[Block]:
    rules = boilerplate_rules()
    out: list[Block] = []
    dropping_level: int | None = None
    for block in blocks:
        if block.kind == HEADING and rules.ends_article(block.text):
            break
        if block.kind == HEADING:
            if dropping_level is not None and block.level <= dropping_level:
                dropping_level = None
            if rules.drops_section(block.text):
                dropping_level = block.level
                continue
        if dropping_level is not None:
            continue
        if rules.is_boilerplate(block.text) or rules.is_page_furniture(block.text):
            continue
        out.append(block)
    return out


def parse_date(text: str) -> date | None:
    text = text.strip().rstrip(".")
    for fmt in (
        "%Y-%m-%d",
        "%B %d, %Y",
        "%B %d %Y",
        "%b %d, %Y",
        "%b. %d, %Y",
        "%m/%d/%Y",
        "%B %Y",
    ):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def extract_metadata(blocks: list[Block]) -> tuple[list[Block], Metadata]:
    """Take the record banner out of the body and read title, drug, CAS and revision date."""
    meta = Metadata()
    out: list[Block] = []
    pending_field: str | None = None
    for block in blocks:
        rule = classify_heading(block.text) if block.kind == HEADING else None
        if rule is not None and rule.key == "record_title":
            m = _BANNER.match(normalize_heading(block.text))
            if m and m.group(1).lower() != "drug" and meta.drug is None:
                meta.drug = m.group(1).strip().lower()
                meta.title = meta.title or m.group(1).strip()
            continue
        if rule is not None and rule.key == "substance_field":
            pending_field = normalize_heading(block.text).lower()
        elif pending_field and block.kind != HEADING:
            value = block.text.strip()
            if pending_field == "substance name" and value:
                meta.title = meta.title or value
                meta.drug = meta.drug or value.lower()
            elif pending_field == "cas registry number":
                m = _CAS.search(value)
                if m:
                    meta.cas = meta.cas or m.group(1)
            pending_field = None
        if meta.revised is None:
            m = _REVISED.search(block.text)
            if m:
                meta.revised = parse_date(m.group(1))
        out.append(block)
    return out, meta


def extract_references(blocks: list[Block]) -> list[Reference]:
    refs: list[Reference] = []
    in_refs = False
    for block in blocks:
        if block.kind == HEADING and block.level == 1:
            rule = classify_heading(block.text)
            in_refs = rule is not None and rule.key == "references"
            continue
        if not in_refs:
            continue
        m = _REF_ENTRY.match(block.text)
        if m:
            pmid = _PMID.search(block.text)
            refs.append(
                Reference(int(m.group(1)), m.group(2).strip(), pmid.group(1) if pmid else None)
            )
    # One reference per number: keep the first (a page may repeat its list).
    first: dict[int, Reference] = {}
    for r in refs:
        first.setdefault(r.number, r)
    return list(first.values())


def finish(blocks: list[Block]) -> tuple[list[Block], Metadata, list[Reference]]:
    """Run every layout-independent step, in order."""
    blocks = drop_boilerplate(split_runin_headings([b for b in blocks if b.text.strip()]))
    blocks, meta = extract_metadata(blocks)
    return blocks, meta, extract_references(blocks)
