"""Web pages: saved HTML (main text found by trafilatura; web_walk.py reads the page plainly when
trafilatura loses its tables or their headings) and Markdown with YAML front matter.

Both keep the page's own structure as blocks: headings, paragraphs, list items and table rows
("cell | cell"), so a dose list stays a list. Nothing is ever fetched: trafilatura works on the
decoded string, and images, scripts and links are dropped, not followed. The page's title
heading becomes `title`; the other headings start sections (level 1) at the page's top heading
depth, and deeper ones stay inside their section (level 2) unless they name a new one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import trafilatura
import yaml
from lxml import etree
from lxml import html as lxml_html
from markdown_it import MarkdownIt
from markdown_it.token import Token

from pipeline.errors import DocumentError
from pipeline.ids import sha256_hex
from pipeline.ingest.assemble import section_key
from pipeline.ingest.encoding import decode
from pipeline.ingest.layout_rules import classify_heading, normalize_heading
from pipeline.ingest.page_title import page_title
from pipeline.ingest.parsed import (
    CELL_SEP,
    HEADING,
    LIST_ITEM,
    PARAGRAPH,
    TABLE_ROW,
    Block,
    ParsedDocument,
    SourceFile,
)
from pipeline.ingest.structure import finish
from pipeline.ingest.textclean import bracket_reference_marks, normalize_newlines, normalize_space
from pipeline.ingest.web_walk import PageItem as _Item
from pipeline.ingest.web_walk import lost_part, read_page


def no_main_text() -> DocumentError:
    return DocumentError(
        "no_main_text",
        "no main text found in the page (only navigation, scripts or images?): save the "
        "article page itself",
    )


# A bold-only Markdown line ("**Adults:**") is a heading below every ATX heading.
_BOLD_DEPTH = 7


# ---------------------------------------------------------------------------------------------
# Shared: title, drug, heading levels


_TITLE_LEAD = re.compile(
    r"^(?:can i (?:take|use)|is it safe to (?:take|use)|should i (?:take|use)|about)\s+",
    re.IGNORECASE,
)
_TITLE_CUT = re.compile(r"\s+[-\u2013\u2014|]\s+|\s*[:|(,?]\s*|\s+[\u2013\u2014]\s*")
_TITLE_TAIL = re.compile(
    r"\s+(?:use|uses|while|during|dosage|dosing|doses?|side effects|levels"
    r"|(?:in|and)\s+(?:breast-?feeding|lactation|pregnancy))"
    r"\b.*$",
    re.IGNORECASE,
)


def drug_from_title(title: str | None) -> str | None:
    """The drug a page is about, from its title: "Sertraline: Uses, Side Effects" -> sertraline.

    Only the title's first part counts (before ':', ' - ', '|', '(', ','), and only when it is a
    short name; anything else is left unknown rather than guessed."""
    if not title:
        return None
    text = _TITLE_LEAD.sub("", normalize_space(title))
    if re.search(r"\b(?:versus|vs)\b", text, re.IGNORECASE):  # a comparison names no one drug
        return None
    text = _TITLE_CUT.split(text, maxsplit=1)[0]
    text = _TITLE_TAIL.sub("", text).strip(" .")
    if not 1 <= len(text.split()) <= 4 or not re.search(r"[A-Za-z]{3}", text):
        return None
    return text.lower()


def _same_text(a: str, b: str) -> bool:
    return normalize_heading(a).casefold() == normalize_heading(b).casefold()


def _take_title(items: list[_Item], title: str | None) -> tuple[list[_Item], str | None]:
    """Remove the page-title heading from the body: the one h1 that opens the page, or any h1
    that repeats the title. Returns the items and the title (the h1's text when none given)."""
    h1 = [i for i, it in enumerate(items) if it.kind == HEADING and it.depth == 1]
    first_body = next((i for i, it in enumerate(items) if it.kind != HEADING), len(items))
    drop: set[int] = set()
    if len(h1) == 1 and h1[0] < first_body:
        drop.add(h1[0])
        title = title or items[h1[0]].text
    if title:
        drop.update(i for i in h1 if _same_text(items[i].text, title))
    return [it for i, it in enumerate(items) if i not in drop], title


# The parts of a structured abstract, when a page sets each as a sub-heading ("<h3>Results</h3>"):
# written "Results: ..." on its paragraph, as abstracts print them, so the results go on about
# the trial the methods introduced.
_ABSTRACT_PART = re.compile(
    r"(?:background|objectives?|aims?|purpose|methods?|design|setting|participants|"
    r"interventions?|results?|findings|conclusions?|interpretation|main outcome measures?)",
    re.IGNORECASE,
)


def _abstract_label(items: list[_Item], i: int, top: int) -> str | None:
    it = items[i]
    if it.kind != HEADING or it.depth == top or i + 1 >= len(items):
        return None
    if items[i + 1].kind != PARAGRAPH:
        return None
    label = normalize_heading(it.text)
    return label if _ABSTRACT_PART.fullmatch(label) else None


def _to_blocks(items: list[_Item]) -> list[Block]:
    """Give headings their level: the page's top heading depth starts sections; a deeper heading
    starts one only when it names a section other than the one it is in ("Side effects" under
    "More about sertraline"), so "Adults" stays inside "Dosage"."""
    depths = [it.depth for it in items if it.kind == HEADING]
    top = min(depths) if depths else 0
    current = None
    blocks: list[Block] = []
    label = None
    for i, it in enumerate(items):
        if it.kind != HEADING:
            text = f"{label}: {it.text}" if label else it.text
            blocks.append(Block(it.kind, text))
            label = None
            continue
        label = _abstract_label(items, i, top)
        if label:
            continue
        rule = classify_heading(it.text)
        key = section_key(it.text)
        if rule is not None and rule.level > 1:
            level = rule.level  # a field label ("CAS Registry Number")
        elif it.depth == top or (rule is not None and key != current):
            level = 1
        else:
            level = 2
        if level == 1:
            current = key
        blocks.append(Block(HEADING, it.text, level=level))
    return blocks


def _has_main_text(blocks: list[Block]) -> bool:
    return any(b.kind != HEADING and b.text.strip() for b in blocks)


def _document(
    source: SourceFile,
    kind: str,
    encoding: str,
    items: list[_Item],
    title: str | None,
    drug: str | None = None,
) -> ParsedDocument:
    items, title = _take_title([it for it in items if it.text], title)
    blocks, meta, refs = finish(_to_blocks(items))
    if not _has_main_text(blocks):
        raise no_main_text()
    title = title or meta.title
    return ParsedDocument(
        source_path=source.source_path,
        source_kind=kind,
        sha256=sha256_hex(source.data),
        blocks=blocks,
        encoding=encoding,
        title=title,
        drug=meta.drug or drug or drug_from_title(title),
        revised=meta.revised,
        cas=meta.cas,
        references=refs,
    )


# ---------------------------------------------------------------------------------------------
# HTML


def _extract(
    html: str, favor_precision: bool = False, favor_recall: bool = False
) -> etree._Element | None:
    """trafilatura's main text as XML (<head>, <p>, <list><item>, <table><row><cell>)."""
    xml = trafilatura.extract(
        html,
        output_format="xml",
        include_tables=True,
        include_formatting=False,
        include_links=False,
        include_images=False,
        include_comments=False,  # readers' comments are not the page's content
        with_metadata=True,
        favor_precision=favor_precision,
        favor_recall=favor_recall,
    )
    if not xml:
        return None
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    return etree.fromstring(xml.encode("utf-8"), parser)


# Elements of the main text that run on inside a line; any other (a line break <lb/>, the
# paragraphs a table cell's lines become: "9<br>20.9%") stands apart from the text around it.
_INLINE = frozenset({"hi", "ref", "del"})


def _xml_text(el: etree._Element) -> str:
    """Text of an element, a line break or a paragraph inside it read as a space."""
    parts: list[str] = [el.text or ""]
    for child in el:
        if child.tag not in ("list", "table"):  # nested structure is read as its own blocks
            apart = "" if child.tag in _INLINE else " "
            parts.extend((apart, _xml_text(child), apart))
        parts.append(child.tail or "")
    return normalize_space("".join(parts))


def _xml_items(elements: Iterable[etree._Element]) -> list[_Item]:
    items: list[_Item] = []
    for child in elements:
        tag = child.tag
        if tag == "head":
            rend = child.get("rend") or "h2"
            depth = int(rend[1]) if re.fullmatch(r"h[1-6]", rend) else 2
            items.append(_Item(HEADING, _xml_text(child), depth))
        elif tag == "list":
            numbered = child.get("rend") == "ol"
            for n, item in enumerate(child.findall("item"), start=1):
                text = _xml_text(item)
                items.append(_Item(LIST_ITEM, f"{n}. {text}" if numbered and text else text))
                # Nested lists (and tables) follow their parent item.
                items.extend(_xml_items(s for s in item if s.tag in ("list", "table")))
        elif tag == "table":
            for row in child.iter("row"):
                cells = [_xml_text(c) for c in row.findall("cell")]
                if any(cells):
                    items.append(_Item(TABLE_ROW, CELL_SEP.join(cells)))
        elif tag in ("p", "quote", "code", "div", "main"):
            if child.find("p") is not None or child.find("list") is not None:
                items.extend(_xml_items(child))  # a quote holding paragraphs
            else:
                items.append(_Item(PARAGRAPH, _xml_text(child)))
    return items


def _looks_like_prose(items: list[_Item]) -> bool:
    """A real sentence somewhere: six words or more ending in '.', '!' or '?'."""
    return any(
        it.kind != HEADING
        and len(it.text.split()) >= 6
        and it.text.rstrip("\"')\u201d\u2019").endswith((".", "!", "?"))
        for it in items
    )


_SUBSET_START = re.compile(r"\s*(?:<\?xml[^>]*>\s*)?<!DOCTYPE[^\[>]*\[", re.IGNORECASE)
_ANY_TAG = re.compile(r"<(?:[A-Za-z][\w:-]*|/[A-Za-z]|!--|!DOCTYPE)", re.IGNORECASE)


def _without_internal_subset(html: str) -> str:
    """A DOCTYPE with its own entity declarations (<!DOCTYPE x [<!ENTITY ...>]>) makes the
    extractor give up; entities are never expanded anyway, so the declarations go."""
    m = _SUBSET_START.match(html)
    end = html.find("]>", m.end()) if m else -1
    return "<!DOCTYPE html>" + html[end + 2 :] if m and end >= 0 else html


# A reference number set as a superscript after a sentence or clause ("every 8 hours.<sup>1</sup>",
# "<sup><a href="#r2">2,3</a></sup>") loses its markup in the main text and would be glued to
# the sentence ("hours.1") or taken for the next sentence's number: write it as a bracketed
# reference ("every 8 hours.[1]"). Superscripts after a letter or digit (m<sup>2</sup>) stay.
_NOTE_MARKER = re.compile(
    r"(?<=[.,;:)\]])\s*<sup\b[^>]*>\s*(?:<a\b[^>]*>\s*)?([\d][\d,\s\u2013-]*?)\s*(?:</a>\s*)?</sup>",
    re.IGNORECASE,
)


def _bracketed(m: re.Match[str]) -> str:
    return "[" + re.sub(r"\s+", "", m.group(1)) + "] "


def _main_items(doc: etree._Element | None) -> list[_Item]:
    main = doc.find("main") if doc is not None else None
    return _xml_items(main) if main is not None else []


def _without_loss(html: str, items: list[_Item]) -> list[_Item]:
    """trafilatura's items, unless they lost the page's table rows, the headings above its tables
    or its end (see web_walk): then its other modes' items, or when those lose them too, the
    page read plainly."""
    page = read_page(html)
    if lost_part(page.items, items) is None:
        return items
    for favor_recall in (False, True):
        other = page.without_furniture(_main_items(_extract(html, favor_recall=favor_recall)))
        if other and lost_part(page.items, other) is None:
            return other
    return page.items


def parse_html(source: SourceFile) -> ParsedDocument:
    text, encoding = decode(source.data, source.source_path)
    if not _ANY_TAG.search(text):
        # Plain text saved under an .html name: read it as the text it is.
        from pipeline.ingest.text import parse_text

        return parse_text(source)
    text = bracket_reference_marks(_NOTE_MARKER.sub(_bracketed, _without_internal_subset(text)))
    # Precision mode keeps the page's lists and tables and finds nothing in a page of links;
    # recall mode is the fallback for articles written without the usual markup, taken only
    # when it found real sentences (not a run of menu words).
    doc = _extract(text, favor_precision=True)
    if doc is None:
        doc = _extract(text, favor_recall=True)
        if doc is None or not _looks_like_prose(_main_items(doc)):
            raise no_main_text()
    items = _without_loss(text, _main_items(doc))
    return _document(source, "html", encoding, items, doc.get("title"))


# ---------------------------------------------------------------------------------------------
# Markdown

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_MARKDOWN = MarkdownIt("commonmark", {"html": True}).enable("table")


def front_matter(text: str) -> tuple[dict[str, object], str]:
    """(YAML front matter, the rest). Broken YAML is set aside: it is metadata, not content."""
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, text
    try:
        data = yaml.safe_load(m.group(1))
    except yaml.YAMLError:
        data = None
    return (data if isinstance(data, dict) else {}), text[m.end() :]


def _is_br(token: Token) -> bool:
    return token.type == "html_inline" and bool(re.match(r"<br\b", token.content, re.I))


def _inline_text(token: Token) -> str:
    """Inline Markdown as plain text: emphasis and code marks dropped, links -> their text."""
    parts: list[str] = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak") or _is_br(child):
            parts.append(" ")
    return normalize_space("".join(parts))


def _bold_only(token: Token) -> bool:
    """True for a short line that is all bold ("**Adults:**"): a sub-heading, not prose."""
    children = [c for c in token.children or [] if not (c.type == "text" and not c.content)]
    if len(children) < 3 or children[0].type != "strong_open":
        return False
    depth = 0
    for i, child in enumerate(children):
        depth += {"strong_open": 1, "strong_close": -1}.get(child.type, 0)
        if depth == 0 and i < len(children) - 1:
            return False
    text = _inline_text(token)
    return len(text.split()) <= 12 and not text.endswith(".")


def _html_fragment_text(fragment: str) -> str:
    """Text of raw HTML inside Markdown (comments, scripts and styles dropped)."""
    if not fragment.strip() or fragment.lstrip().startswith("<!--"):
        return ""
    try:
        root = lxml_html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return ""
    etree.strip_elements(root, "script", "style", etree.Comment, with_tail=False)
    return normalize_space(root.text_content())


def _markdown_items(body: str) -> list[_Item]:
    tokens = _MARKDOWN.parse(body)
    items: list[_Item] = []
    lists: list[list[int | None]] = []  # per open list: [next number] (None = bullets)
    cells: list[str] = []
    for i, tok in enumerate(tokens):
        t = tok.type
        if t == "heading_open":
            items.append(_Item(HEADING, _inline_text(tokens[i + 1]), int(tok.tag[1])))
        elif t == "bullet_list_open":
            lists.append([None])
        elif t == "ordered_list_open":
            lists.append([int(tok.attrs.get("start", 1) or 1)])
        elif t in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
        elif t == "tr_open":
            cells = []
        elif t in ("th_open", "td_open"):
            cells.append(_inline_text(tokens[i + 1]))
        elif t == "tr_close" and any(cells):
            items.append(_Item(TABLE_ROW, CELL_SEP.join(cells)))
        elif t == "inline" and i > 0 and tokens[i - 1].type == "paragraph_open":
            text = _inline_text(tok)
            if lists:
                number = lists[-1][0]
                first = tokens[i - 2].type == "list_item_open"
                if number is not None and first:
                    text = f"{number}. {text}"
                    lists[-1][0] = number + 1
                items.append(_Item(LIST_ITEM, text))
            elif _bold_only(tok):
                items.append(_Item(HEADING, text, _BOLD_DEPTH))
            else:
                items.append(_Item(PARAGRAPH, text))
        elif t in ("fence", "code_block"):
            items.append(_Item(PARAGRAPH, normalize_space(tok.content.replace("\n", " "))))
        elif t == "html_block":
            items.append(_Item(PARAGRAPH, _html_fragment_text(tok.content)))
    return items


def parse_markdown(source: SourceFile) -> ParsedDocument:
    text, encoding = decode(source.data, source.source_path)
    meta, body = front_matter(normalize_newlines(text))
    body = bracket_reference_marks(body)
    title, drug = meta.get("title"), meta.get("drug") or meta.get("generic_name")
    # Only scalar values name things (a list or mapping here is some other site convention).
    title = title if isinstance(title, (str, int, float)) else None
    drug = drug if isinstance(drug, str) else None
    parsed = _document(
        source,
        "markdown",
        encoding,
        _markdown_items(body),
        normalize_space(str(title)) if title else None,
        normalize_space(str(drug)).lower() if drug else None,
    )
    # No front matter title and no opening h1: the page's headline (its drug is left to the
    # evidence stage, so extraction reads the page as before).
    parsed.title = parsed.title or page_title(parsed.blocks)
    return parsed
