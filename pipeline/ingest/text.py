"""Plain text: LactMed records as drug sites reproduce them, text copied from web pages, and the
text of a PDF as a naive extractor saw it (lines wrapped at the page width, hyphenated words,
page footers in the body).

Plain text has no fonts, so structure comes from the words: LactMed's headings are recognised
by name (sections.yaml), other headings by shape (a short line without a final period)."""

from __future__ import annotations

import re

from pipeline.ids import sha256_hex
from pipeline.ingest.encoding import decode
from pipeline.ingest.headings import (
    BULLET,
    NUMBERED,
    TERMINAL,
    demote_unknown_headings,
    heading_block,
    lists_values,
    looks_like_heading,
)
from pipeline.ingest.hyphenation import Lexicon, document_lexicon, record_names
from pipeline.ingest.layout_rules import BoilerplateRules, boilerplate_rules, is_known_heading
from pipeline.ingest.page_title import page_title
from pipeline.ingest.parsed import (
    CELL_SEP,
    LIST_ITEM,
    PARAGRAPH,
    TABLE_ROW,
    Block,
    ParsedDocument,
    SourceFile,
)
from pipeline.ingest.structure import finish
from pipeline.ingest.textclean import (
    bracket_reference_marks,
    normalize_newlines,
    normalize_space,
    unwrap_lines,
)

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
    # a running footer numbers its pages: two lines with one name and two numbers; a field and
    # its value ("Number of Participants Analyzed: 18") is no footer
    pages: dict[str, set[str]] = {}
    for m in filter(None, map(_FOOTER.match, stripped)):
        pages.setdefault(m.group(1).lower(), set()).add(m.group(2))
    names.update(
        name
        for name, numbers in pages.items()
        if len(numbers) >= 2 and len(name.split()) <= 6 and not name.endswith(":")
    )
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


_CELL_GAP = re.compile(r"\t|\s*\|\s*| {2,}")


def _table_cells(raw: str) -> list[str]:
    """The cells of a line copied from a table (tabs, pipes or aligned columns), else []."""
    line = raw.strip()
    if not line or not (("\t" in line) or (" | " in line) or re.search(r"\S {2,}\S", line)):
        return []
    cells = [normalize_space(c) for c in _CELL_GAP.split(line)]
    cells = [c for c in cells if c]
    aligned_by_spaces = "\t" not in line and " | " not in line
    # Aligned by spaces: only short cells, else it is prose typed with double spaces (a row's
    # label may be longer: "Number of Participants Analyzed [units: participants]   58   57").
    if aligned_by_spaces and (
        BULLET.match(line) or len(cells[0]) > 70 or max(len(c) for c in cells[1:]) > 40
    ):
        return []
    return cells if len(cells) >= 2 else []


# A table cell that is a value alone: "73.3", "612 (148)", "-5.9 (2.4)", "15.0%", "--".
_VALUE_CELL = re.compile(r"^(?:[-\u2212]?\d[\d.,]*\s*%?(?:\s*\([^()]{1,30}\))?|--|-)$")


def _lone_value(line: str) -> bool:
    """A line that is a value alone ("41 (12 to 96)" under "Median (Full Range), Unit of
    Measure: ng/mL"): a table's row of one column, as a registry prints one group's result."""
    return bool(_VALUE_CELL.match(line)) and any(c.isdigit() for c in line)


def _row_of_values(cells: list[str]) -> bool:
    """A line of values in aligned columns, alone under a table's header several lines up
    ("   73.3      41.4" after "Unit of Measure: percentage of participants"), or with a short
    label ("Analyzed      60      58"): a table's row even with no other row beside it."""
    values = [c for c in cells if _VALUE_CELL.match(c)]
    return len(values) >= 2 and len(values) >= len(cells) - 1 and bool(_VALUE_CELL.match(cells[-1]))


def _header_over_values(raw_lines: list[str], k: int, cells_of: list[list[str]]) -> bool:
    """A line of short names over a blank label column ("          Drug A        Placebo"),
    with a row of as many values a few lines below, past a label on its own line ("Overall
    Number of Participants" / "Analyzed      38      39"): the header of a print view's table."""
    cells = cells_of[k]
    indented = len(raw_lines[k]) - len(raw_lines[k].lstrip(" ")) >= 8
    if not indented or any(_VALUE_CELL.match(c) or len(c.split()) > 4 for c in cells):
        return False
    below = cells_of[k + 1 : k + 4]
    return any(sum(bool(_VALUE_CELL.match(c)) for c in row) == len(cells) for row in below if row)


def _label_goes_on(raw_lines: list[str], k: int, cells_of: list[list[str]]) -> bool:
    """A row's label begun on a line of its own, at the same indent as the row ("Overall Number
    of Participants" / "Analyzed      38      39"); a row indented under it ("  Mean (SD)   31.6")
    is one of its statistics instead; a caption ("Mean (SD), Unit of Measure: mL") is no label."""
    line, below = raw_lines[k], cells_of[k + 1] if k + 1 < len(raw_lines) else []
    if cells_of[k] or not line.strip() or re.search(r"[\d:,;()]", line) or not below:
        return False
    indent = len(line) - len(line.lstrip(" "))
    nxt = raw_lines[k + 1]
    return _row_of_values(below) and len(nxt) - len(nxt.lstrip(" ")) == indent and len(line) <= 60


_GOES_ON = re.compile(r"[a-z0-9(]")
_MIN_WRAPPED = 40  # a line broken by hand or by an editor's width is rarely shorter


def continues_line(previous: str, line: str) -> bool:
    """Whether `line` goes on with `previous`'s sentence, in text whose lines were not wrapped
    at one width (a hand-wrapped page, a guide copied from an editor): the previous line is
    long and ends mid-sentence, and this one starts like the rest of a sentence."""
    return (
        len(previous) >= _MIN_WRAPPED
        and not TERMINAL.search(previous)
        and _GOES_ON.match(line) is not None
        and not BULLET.match(line)
    )


def _lines_and_rows(
    raw_lines: list[str], names: set[str], furniture: BoilerplateRules
) -> tuple[list[str], set[int]]:
    """The text's lines less page furniture, and which of them are a table's rows (their
    cells joined with " | ")."""
    lines: list[str] = []
    table_rows: set[int] = set()
    cells_of = [_table_cells(raw) for raw in raw_lines]
    for k, raw in enumerate(raw_lines):
        cells = cells_of[k]
        in_run = (k > 0 and cells_of[k - 1]) or (k + 1 < len(raw_lines) and cells_of[k + 1])
        if cells and (
            in_run or _row_of_values(cells) or _header_over_values(raw_lines, k, cells_of)
        ):
            table_rows.add(len(lines))
            lines.append(CELL_SEP.join(cells))
            continue
        line = normalize_space(raw)
        if (
            _label_goes_on(raw_lines, k, cells_of)
            and table_rows
            and max(table_rows) == len(lines) - 1
        ):
            cells_of[k + 1][0] = f"{line} {cells_of[k + 1][0]}"  # one label over two lines
            continue
        if line and (_is_footer(line, names) or furniture.is_page_furniture(line)):
            continue
        if _lone_value(line) and lines and lines[-1] and not TERMINAL.search(lines[-1]):
            table_rows.add(len(lines))  # (after a caption, not a page number after prose)
        lines.append(line)
    return lines, table_rows


def text_to_blocks(text: str) -> list[Block]:
    """Lines -> heading, paragraph and list-item blocks (no pages in plain text)."""
    raw_lines = normalize_newlines(text).split("\n")
    names = _footer_names(raw_lines)
    furniture = boilerplate_rules()
    lines, table_rows = _lines_and_rows(raw_lines, names, furniture)
    width = _wrap_width([x for x in lines if x])
    lexicon = document_lexicon(text, record_names(text)) if width else Lexicon()
    blocks: list[Block] = []
    paragraph: list[str] = []  # the lines of the paragraph or list item being read
    kind = PARAGRAPH

    def flush() -> None:
        nonlocal kind
        if paragraph:
            blocks.append(Block(kind, unwrap_lines(paragraph, lexicon)))
            paragraph.clear()
        kind = PARAGRAPH

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
            blocks.append(heading_block(line))
            continue
        bullet = BULLET.match(line)
        if width is None and paragraph and continues_line(paragraph[-1], line):
            paragraph.append(line)  # a hard line break inside a sentence
            continue
        # (in wrapped text a line may start like a bullet inside a paragraph: "- 2 mg ...",
        # though not after a short line, a title or lead-in ended by hand: "What studies show")
        wrapped_on = width and paragraph and len(paragraph[-1]) >= 0.85 * width
        if bullet and not (wrapped_on and kind == PARAGRAPH):
            flush()
            body = line if NUMBERED.match(line) else line[bullet.end() :]
            paragraph.append(body.strip())
            kind = LIST_ITEM
            continue
        if width is None:
            flush()
            heading = looks_like_heading(line, nxt) and not (nxt and continues_line(line, nxt))
            if heading and not lists_values(blocks):
                blocks.append(heading_block(line))
            else:
                paragraph.append(line)
            continue
        paragraph.append(line)
        # A short line ends its paragraph where a sentence ends; after a colon the sentence
        # goes on ("varied with dosage:" / "1.4 hours with ..."), as it does in the PDF.
        if TERMINAL.search(line) and not line.endswith((":", ";")) and len(line) < 0.85 * width:
            flush()
    flush()
    return demote_unknown_headings(blocks)


def parse_text(source: SourceFile, kind: str = "text") -> ParsedDocument:
    text, encoding = decode(source.data, source.source_path)
    blocks, meta, refs = finish(text_to_blocks(bracket_reference_marks(text)))
    return ParsedDocument(
        source_path=source.source_path,
        source_kind=kind,
        sha256=sha256_hex(source.data),
        blocks=blocks,
        encoding=encoding,
        title=meta.title or page_title(blocks),
        drug=meta.drug,
        revised=meta.revised,
        cas=meta.cas,
        references=refs,
    )
