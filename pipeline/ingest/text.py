"""Plain text: LactMed records as drug sites reproduce them, text copied from web pages, and the
text of a PDF as a naive extractor saw it (lines wrapped at the page width, hyphenated words,
page footers in the body).

Plain text has no fonts, so structure comes from the words: LactMed's headings are recognised
by name (sections.yaml), other headings by shape (a short line without a final period)."""

from __future__ import annotations

import re
from collections import Counter

from pipeline.ids import sha256_hex
from pipeline.ingest.encoding import decode
from pipeline.ingest.layout_rules import boilerplate_rules, classify_heading, is_known_heading
from pipeline.ingest.parsed import (
    HEADING,
    LIST_ITEM,
    PARAGRAPH,
    TABLE_ROW,
    Block,
    ParsedDocument,
    SourceFile,
)
from pipeline.ingest.structure import finish
from pipeline.ingest.textclean import normalize_newlines, normalize_space, unwrap_lines, vocabulary

_BULLET = re.compile(
    r"^\s*(?:[\u2022\u25aa\u25cf\u25e6\u2023\u2043\u25b8\u25b9\u25ba*+\-\u2013]|\d{1,2}[.)])\s+"
)
_NUMBERED = re.compile(r"^\s*\d{1,2}[.)]\s+")
_TERMINAL = re.compile(r"""[.?!:;]["'\u201d\u2019)]?$|\]$|\.\s*\d{1,3}(?:,\s*\d{1,3})*$""")
_FOOTER = re.compile(r"^(\S.{1,60}?)\s+(\d{1,4})$")


def _footer_names(lines: list[str]) -> set[str]:
    """Names that appear as "<name> <page number>" running footers/headers."""
    names: set[str] = set()
    stripped = [normalize_space(x) for x in lines]
    for i, line in enumerate(stripped):
        if line.lower() == "substance name":
            nxt = next((x for x in stripped[i + 1 :] if x), "")
            if nxt:
                names.add(nxt.lower())
    counts = Counter(m.group(1).lower() for x in stripped if (m := _FOOTER.match(x)))
    names.update(name for name, c in counts.items() if c >= 2 and len(name.split()) <= 6)
    return names


def _is_footer(line: str, names: set[str]) -> bool:
    m = _FOOTER.match(line)
    return bool(m and m.group(1).lower() in names)


def _wrap_width(lines: list[str]) -> int | None:
    """The page width of text whose lines were wrapped by a layout engine, or None."""
    long = sorted(len(x) for x in lines if len(x) >= 40)
    if len(long) < 4:
        return None
    width = long[int(0.9 * (len(long) - 1))]
    near = sum(1 for x in long if x >= 0.8 * width)
    return width if width <= 160 and near / len(long) >= 0.5 else None


_QUANTITY = re.compile(r"\d\s*(?:mg|mcg|µg|g|mL|ml|%|IU|mmol|units)\b")


def _looks_like_heading(line: str, next_line: str | None) -> bool:
    if _QUANTITY.search(line):  # "Weight 50 to 90 kg: 40 mg daily" is a dose, not a title
        return False
    if (
        len(line) > 90
        or len(line.split()) > 12
        or _TERMINAL.search(line)
        and not line.endswith(("?", ":"))
    ):
        return False
    if not (line[:1].isupper() or line[:1].isdigit()) or _BULLET.match(line):
        return False
    if line.endswith(":") and (len(line.split()) > 5 or "," in line):
        return False  # a lead-in sentence ("Based on this, it may help support:")
    if re.search(r"\[\d", line) or line.endswith(","):
        return False
    return (
        next_line is None
        or not next_line
        or len(next_line) > len(line)
        or line.endswith(("?", ":"))
    )


# Sections where LactMed writes one short value per line ("Sertraline", "79617-96-2",
# "Escitalopram, Nortriptyline"): those lines are values, not headings.
_VALUE_KEYS = {"substance_field", "alternatives"}


def _lists_values(blocks: list[Block]) -> bool:
    last = next((b for b in reversed(blocks) if b.kind == HEADING), None)
    rule = classify_heading(last.text) if last is not None else None
    return rule is not None and rule.key in _VALUE_KEYS


_CELL_GAP = re.compile(r"\t|\s*\|\s*| {2,}")


def _table_cells(raw: str) -> list[str]:
    """The cells of a line copied from a table (tabs, pipes or aligned columns), else []."""
    line = raw.strip()
    if not line or not (("\t" in line) or (" | " in line) or re.search(r"\S {2,}\S", line)):
        return []
    cells = [normalize_space(c) for c in _CELL_GAP.split(line)]
    cells = [c for c in cells if c]
    aligned_by_spaces = "\t" not in line and " | " not in line
    # Aligned by spaces: only short cells, else it is prose typed with double spaces.
    if aligned_by_spaces and (_BULLET.match(line) or max(len(c) for c in cells) > 40):
        return []
    return cells if len(cells) >= 2 else []


def _heading_block(line: str) -> Block:
    rule = classify_heading(line)
    level = rule.level if rule else 1
    return Block(HEADING, line.rstrip(":").strip() if rule else line, None, level=level)


def text_to_blocks(text: str) -> list[Block]:
    """Lines -> heading, paragraph and list-item blocks (no pages in plain text)."""
    raw_lines = normalize_newlines(text).split("\n")
    names = _footer_names(raw_lines)
    furniture = boilerplate_rules()
    lines: list[str] = []
    table_rows: set[int] = set()  # lines copied from a table, cells joined with " | "
    cells_of = [_table_cells(raw) for raw in raw_lines]
    for k, raw in enumerate(raw_lines):
        cells = cells_of[k]
        in_run = (k > 0 and cells_of[k - 1]) or (k + 1 < len(raw_lines) and cells_of[k + 1])
        if cells and in_run:
            table_rows.add(len(lines))
            lines.append(" | ".join(cells))
            continue
        line = normalize_space(raw)
        if line and (_is_footer(line, names) or furniture.is_page_furniture(line)):
            continue
        lines.append(line)
    width = _wrap_width([x for x in lines if x])
    vocab = vocabulary(text) if width else set()
    blocks: list[Block] = []
    paragraph: list[str] = []

    def flush() -> None:
        if paragraph:
            blocks.append(Block(PARAGRAPH, unwrap_lines(paragraph, vocab)))
            paragraph.clear()

    for i, line in enumerate(lines):
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if not line:
            flush()
            continue
        if i in table_rows:
            flush()
            blocks.append(Block(TABLE_ROW, line))
            continue
        if is_known_heading(line):
            flush()
            blocks.append(_heading_block(line))
            continue
        bullet = _BULLET.match(line)
        if bullet and not (width and paragraph):
            flush()
            body = line if _NUMBERED.match(line) else line[bullet.end() :]
            blocks.append(Block(LIST_ITEM, body.strip()))
            continue
        if width is None:
            if _looks_like_heading(line, nxt) and not _lists_values(blocks):
                blocks.append(_heading_block(line))
            else:
                blocks.append(Block(PARAGRAPH, line))
            continue
        paragraph.append(line)
        if _TERMINAL.search(line) and len(line) < 0.85 * width:
            flush()
    flush()
    return _demote_unknown_headings(blocks)


def _demote_unknown_headings(blocks: list[Block]) -> list[Block]:
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


def parse_text(source: SourceFile, kind: str = "text") -> ParsedDocument:
    text, encoding = decode(source.data, source.source_path)
    blocks, meta, refs = finish(text_to_blocks(text))
    return ParsedDocument(
        source_path=source.source_path,
        source_kind=kind,
        sha256=sha256_hex(source.data),
        blocks=blocks,
        encoding=encoding,
        title=meta.title,
        drug=meta.drug,
        revised=meta.revised,
        cas=meta.cas,
        references=refs,
    )
