"""A plain reading of a web page's <body>, and the test of whether trafilatura's main text lost
part of it.

trafilatura finds the main text of most pages and drops their furniture, but on a simple page
whose content sits straight under <body> (a trial registry's results: headings, paragraphs and
bare tables) it can lose the tables (each cell made a paragraph, or the page cut off after some
heading) or every section heading (the outcome named above each results table). The plain
reading walks <body> in document order, drops the furniture named in web_walk.yaml, and keeps
headings, paragraphs, list items and table rows; `lost_part` compares trafilatura's items with it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, fields
from functools import lru_cache

from lxml import etree
from lxml import html as lxml_html

from pipeline.ingest.layout_rules import RuleFileError, _load_yaml
from pipeline.ingest.parsed import HEADING, LIST_ITEM, PARAGRAPH, TABLE_ROW
from pipeline.ingest.textclean import normalize_space


@dataclass(frozen=True)
class PageItem:
    """A block before heading levels are known: `depth` is h1..h6 (7 for a bold line)."""

    kind: str
    text: str
    depth: int = 0


# ---------------------------------------------------------------------------------------------
# Rules (web_walk.yaml)


@dataclass(frozen=True)
class LossRules:
    min_lost_rows: int
    lost_rows_share: float
    min_lost_headings: int
    lost_headings_share: float
    lost_tail_share: float
    lost_tail_headings: int


@dataclass(frozen=True)
class WalkRules:
    drop_tags: frozenset[str]
    drop_names: tuple[str, ...]
    loss: LossRules


_FILE = "web_walk.yaml"


def _words(data: dict[str, object], key: str) -> tuple[str, ...]:
    values = data.get(key)
    if not isinstance(values, list) or not values:
        raise RuleFileError(f"{_FILE}: {key} must be a non-empty list of words")
    for value in values:
        if not isinstance(value, str) or not re.fullmatch(r"[a-z][a-z0-9]*", value):
            raise RuleFileError(f"{_FILE}: {key}: {value!r} is not one lower-case word")
    return tuple(values)


def _loss(data: object) -> LossRules:
    if not isinstance(data, dict):
        raise RuleFileError(f"{_FILE}: loss must be a mapping")
    names = {f.name: f.type for f in fields(LossRules)}
    if set(data) != set(names):
        raise RuleFileError(f"{_FILE}: loss needs exactly {sorted(names)}, has {sorted(data)}")
    for name, kind in names.items():
        value = data[name]
        whole = kind == "int"
        if isinstance(value, bool) or not isinstance(value, int if whole else (int, float)):
            what = "a whole number" if whole else "a number"
            raise RuleFileError(f"{_FILE}: loss.{name} must be {what}")
        if value < 0 or (not whole and value > 1):
            raise RuleFileError(f"{_FILE}: loss.{name} out of range: {value!r}")
    return LossRules(**data)


@lru_cache(maxsize=1)
def walk_rules() -> WalkRules:
    return read_walk_rules(_load_yaml(_FILE))


def read_walk_rules(data: object) -> WalkRules:
    """web_walk.yaml's content, checked: RuleFileError names the key at fault."""
    if not isinstance(data, dict):
        raise RuleFileError(f"{_FILE}: expected a mapping")
    unknown = set(data) - {"drop_tags", "drop_names", "loss"}
    if unknown:
        raise RuleFileError(f"{_FILE}: unknown keys {sorted(unknown)}")
    return WalkRules(
        frozenset(_words(data, "drop_tags")), _words(data, "drop_names"), _loss(data.get("loss"))
    )


# ---------------------------------------------------------------------------------------------
# The plain reading

_HEADING_DEPTH = {f"h{n}": n for n in range(1, 7)}
# Elements that end the running paragraph: their text is a block of its own.
_BLOCK_TAGS = frozenset(
    ("p", "div", "section", "article", "main", "body", "center", "address", "blockquote")
    + ("pre", "figure", "figcaption", "caption", "dl", "dt", "dd", "details", "summary")
    + ("fieldset", "hr", "ul", "ol", "li", "table", "tr", "td", "th", "thead", "tbody", "tfoot")
)
_NAME_PARTS = re.compile(r"[-_\s:.]+|(?<=[a-z0-9])(?=[A-Z])")
_XML_DECLARATION = re.compile(r"\A\s*<\?xml[^>]*\?>", re.IGNORECASE)


def _tag(el: etree._Element) -> str:
    return el.tag.lower() if isinstance(el.tag, str) else ""


def _dropped(el: etree._Element, rules: WalkRules) -> bool:
    tag = _tag(el)
    if not tag or tag in rules.drop_tags or el.get("hidden") is not None:
        return True
    names = f"{el.get('class') or ''} {el.get('id') or ''}"
    parts = [p.lower() for p in _NAME_PARTS.split(names) if p]
    return any(part.startswith(rules.drop_names) for part in parts)


def _gather(el: etree._Element, parts: list[str], nested: list[etree._Element]) -> None:
    """The text of `el` as one line; lists and tables inside it are set aside in `nested`."""
    rules = walk_rules()
    parts.append(el.text or "")
    for child in el:
        tag = _tag(child)
        if _dropped(child, rules):
            pass
        elif tag in ("ul", "ol", "table"):
            nested.append(child)
        elif tag == "br" or tag in _BLOCK_TAGS or tag in _HEADING_DEPTH:
            parts.append(" ")
            _gather(child, parts, nested)
            parts.append(" ")
        else:
            _gather(child, parts, nested)
        parts.append(child.tail or "")


def _line(el: etree._Element) -> tuple[str, list[etree._Element]]:
    parts: list[str] = []
    nested: list[etree._Element] = []
    _gather(el, parts, nested)
    return normalize_space("".join(parts)), nested


def _children(el: etree._Element, path: str) -> list[etree._Element]:
    return list(el.xpath(path))


class _Walker:
    def __init__(self) -> None:
        self.rules = walk_rules()
        self.items: list[PageItem] = []
        self.run: list[str] = []  # the running paragraph's text
        self.furniture: list[str] = []  # the text of each element dropped

    def drop(self, el: etree._Element) -> None:
        if _tag(el) not in ("script", "style", ""):
            self.furniture.append(_line(el)[0])

    def flush(self) -> None:
        text = normalize_space("".join(self.run))
        if text:
            self.items.append(PageItem(PARAGRAPH, text))
        self.run = []

    def visit(self, el: etree._Element) -> None:
        self.run.append(el.text or "")
        for child in el:
            tag = _tag(child)
            if _dropped(child, self.rules):
                self.drop(child)
            elif tag in _HEADING_DEPTH:
                self.flush()
                self.items.append(PageItem(HEADING, _line(child)[0], _HEADING_DEPTH[tag]))
            elif tag in ("ul", "ol"):
                self.flush()
                self.listing(child)
            elif tag == "table":
                self.flush()
                self.table(child)
            elif tag in _BLOCK_TAGS:
                self.flush()
                self.visit(child)
                self.flush()
            elif tag == "br":
                self.run.append(" ")
            else:  # inline: its text goes on the running paragraph
                self.visit(child)
            self.run.append(child.tail or "")

    def listing(self, el: etree._Element) -> None:
        numbered = _tag(el) == "ol"
        for n, li in enumerate(_children(el, "./li"), start=1):
            if _dropped(li, self.rules):
                continue
            text, nested = _line(li)
            if text:
                self.items.append(PageItem(LIST_ITEM, f"{n}. {text}" if numbered else text))
            for sub in nested:  # nested lists and tables follow their parent item
                if _tag(sub) == "table":
                    self.table(sub)
                else:
                    self.listing(sub)

    def table(self, el: etree._Element) -> None:
        rows = _children(el, "./tr | ./thead/tr | ./tbody/tr | ./tfoot/tr")
        cells = [_children(row, "./th | ./td") for row in rows]
        inner = (_tag(d) for row in cells for c in row for d in c.iterdescendants())
        if any(t == "table" or t in _HEADING_DEPTH for t in inner):
            # A table that lays out a page, not one of data: its cells are read as text.
            for cell in (c for row in cells for c in row):
                self.visit(cell)
                self.flush()
            return
        for caption in _children(el, "./caption"):
            self.items.append(PageItem(PARAGRAPH, _line(caption)[0]))
        for row in cells:
            texts = [_line(c)[0] for c in row if not _dropped(c, self.rules)]
            if any(texts):
                self.items.append(PageItem(TABLE_ROW, " | ".join(texts)))


@dataclass(frozen=True)
class PlainPage:
    """A page's <body> read plainly: its items, and the text of the furniture dropped."""

    items: list[PageItem]
    furniture: tuple[str, ...]

    def without_furniture(self, items: list[PageItem]) -> list[PageItem]:
        """`items` less those that are text of the page's furniture (a cookie notice that
        trafilatura's recall mode kept)."""
        keys = {_key(text) for text in self.furniture}
        blob = "\n".join(keys)
        return [it for it in items if not _is_inside(_key(it.text), keys, blob)]


def read_page(html: str) -> PlainPage:
    """The page's <body> read plainly, in document order, without its furniture."""
    try:
        root = lxml_html.document_fromstring(_XML_DECLARATION.sub("", html))
    except (etree.ParserError, ValueError):
        return PlainPage([], ())
    body = root.find("body")
    walker = _Walker()
    walker.visit(body if body is not None else root)
    walker.flush()
    return PlainPage([it for it in walker.items if it.text], tuple(walker.furniture))


# ---------------------------------------------------------------------------------------------
# What trafilatura lost


def _key(text: str) -> str:
    """Text compared without its spacing, punctuation or case (the two readers space inline
    markup differently)."""
    return re.sub(r"[\W_]+", "", text).casefold()


def _has_digit(text: str) -> bool:
    return any(ch.isdigit() for ch in text)


# Texts shorter than this (in letters and digits) match only whole: "24" is inside any page.
_LONG = 24


def _is_inside(key: str, keys: set[str], blob: str) -> bool:
    """`key` is one of `keys`, or, when long, inside one of them (trafilatura may join a text
    to its neighbour)."""
    return key in keys or (len(key) >= _LONG and key in blob)


@dataclass(frozen=True)
class _Kept:
    """Which of the page's items trafilatura's items hold: rows as rows, headings as headings,
    other text as any block."""

    page: list[PageItem]
    as_kind: list[bool]  # kept as the same kind of block
    anyhow: list[bool]  # kept in any block

    @classmethod
    def of(cls, page: list[PageItem], kept: list[PageItem]) -> _Kept:
        by_kind = {(it.kind, _key(it.text)) for it in kept}
        keys = {key for _, key in by_kind}
        blob = "\n".join(keys)
        # trafilatura may also split a paragraph the plain reading keeps whole (at <br><br>).
        long_keys = [key for key in keys if len(key) >= _LONG]
        as_kind, anyhow = [], []
        for it in page:
            key = _key(it.text)
            text_kept = _is_inside(key, keys, blob) or any(k in key for k in long_keys)
            same = (it.kind, key) in by_kind or (it.kind in (PARAGRAPH, LIST_ITEM) and text_kept)
            as_kind.append(same)
            anyhow.append(same or key in keys)
        return cls(page, as_kind, anyhow)

    def span(self) -> range:
        """The page's items from the first block kept to the last."""
        kept = [i for i, k in enumerate(self.anyhow) if k]
        return range(kept[0], kept[-1] + 1) if kept else range(0)


def _lost_rows(kept: _Kept, rules: LossRules) -> bool:
    """Rows holding numbers lost amid the kept text (a table flattened into its cells)."""
    rows = [i for i in kept.span() if kept.page[i].kind == TABLE_ROW]
    rows = [i for i in rows if _has_digit(kept.page[i].text)]
    lost = sum(1 for i in rows if not kept.as_kind[i])
    return lost >= rules.min_lost_rows and lost >= rules.lost_rows_share * len(rows)


def _lost_headings(kept: _Kept, rules: LossRules) -> bool:
    """Headings lost above tables that were kept: a results table's heading names its outcome.
    (Precision mode drops many a page's headings above prose; that is left as it is.)"""
    page = kept.page
    framed = lost = 0
    for i, it in enumerate(page):
        if it.kind != HEADING or not 2 <= it.depth <= 4:
            continue
        section = itertools.takewhile(lambda j: page[j].kind != HEADING, range(i + 1, len(page)))
        if not any(page[j].kind == TABLE_ROW and kept.as_kind[j] for j in section):
            continue
        framed += 1
        lost += not kept.as_kind[i]
    return lost >= rules.min_lost_headings and lost >= rules.lost_headings_share * framed


def _lost_tail(kept: _Kept, rules: LossRules) -> bool:
    """The page cut off: much of its text, with its own headings, after the last kept block."""
    page = kept.page
    last = kept.span().stop - 1
    total = sum(len(it.text) for it in page if it.kind != HEADING)
    tail = sum(len(it.text) for it in page[last + 1 :] if it.kind != HEADING)
    headings = sum(1 for it in page[last + 1 :] if it.kind == HEADING)
    return (
        total > 0 and tail >= rules.lost_tail_share * total and headings >= rules.lost_tail_headings
    )


def lost_part(page: list[PageItem], kept: Iterable[PageItem]) -> str | None:
    """What of the page (read plainly) trafilatura's items lost: "rows", "headings", "tail", or
    None when they lost none of these."""
    rules = walk_rules().loss
    compared = _Kept.of(page, list(kept))
    if _lost_rows(compared, rules):
        return "rows"
    if _lost_headings(compared, rules):
        return "headings"
    if _lost_tail(compared, rules):
        return "tail"
    return None
