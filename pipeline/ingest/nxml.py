"""LactMed NXML: NLM's bulk archive (lactmed_NBK501922.tar.gz) holds one BITS XML file per record,
a `<book-part>` whose `<body>` nests the sections and whose `<back>` holds the reference list.

The XML gives structure a PDF or plain text lacks, so blocks come straight from the elements; the
text is laid out to read exactly like LactMed's plain text (citations "[1]", "[4,5]", run-in
"Maternal Levels." subheads), so both routes give the same sentences. Parsing is locked down:
no DTD loading, no network, no entity expansion; a record that declares entities is refused.
"""

from __future__ import annotations

import html.entities
import re
from collections.abc import Callable

from lxml import etree

from pipeline.errors import DocumentError
from pipeline.ids import sha256_hex
from pipeline.ingest.layout_rules import classify_heading
from pipeline.ingest.nxml_keywords import keywords_of, unii_of
from pipeline.ingest.nxml_meta import cas_of, revised_of
from pipeline.ingest.parsed import (
    CELL_SEP,
    HEADING,
    LIST_ITEM,
    PARAGRAPH,
    TABLE_ROW,
    Block,
    ParsedDocument,
    Reference,
    SourceFile,
)
from pipeline.ingest.structure import finish
from pipeline.ingest.textclean import normalize_space

# Entity declarations, in the encodings an XML file may use: refused before parsing.
_ENTITY_DECLS = tuple("<!ENTITY".encode(enc) for enc in ("utf-8", "utf-16-le", "utf-16-be"))
_DIGITS = re.compile(r"\d+")
_PMID_TEXT = re.compile(r"(?:PMID|PubMed)\s*:?\s*(\d{4,9})", re.IGNORECASE)
_PUBMED_URL = re.compile(r"pubmed[^0-9]*?(\d{4,9})", re.IGNORECASE)
# A citation xref becomes a private-use marker first, so groups can be bracketed as a whole.
_M = "\ue000(\\d+)\ue001"
_GROUP = rf"{_M}(?:\s*[,\-\u2013]\s*{_M})*"
_BRACKETED = re.compile(rf"\[\s*({_GROUP})\s*\]")
_PARENS = re.compile(rf"\(\s*({_GROUP})\s*\)")
_BARE = re.compile(rf"({_GROUP})")
_MARKER = re.compile(_M)
# Elements that are blocks of their own even inside a <p>.
_BLOCK_IN_P = {"list", "def-list", "table-wrap", "disp-quote", "boxed-text", "fig", "statement"}
# Containers whose children are walked as blocks.
_CONTAINERS = {
    "disp-quote",
    "boxed-text",
    "statement",
    "fig",
    "caption",
    "notes",
    "app",
    "app-group",
    "body",
    "sec-group",
    "def",
}
_SKIP = {
    "title",
    "label",
    "sec-meta",
    "object-id",
    "fn-group",
    "alternatives",
    "graphic",
    "media",
    "permissions",
}
_RUNIN_KEYS = {"maternal_levels", "infant_levels"}
_FIELD_LINE = re.compile(r"^([A-Z][A-Za-z ]{2,30}):\s+(\S.*)$")


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=False,
        dtd_validation=False,
    )


def _local(el: etree._Element) -> str:
    return etree.QName(el).localname if isinstance(el.tag, str) else ""


def _children(el: etree._Element) -> list[etree._Element]:
    return [c for c in el if isinstance(c.tag, str)]


def _child(el: etree._Element, name: str) -> etree._Element | None:
    return next((c for c in _children(el) if _local(c) == name), None)


def _clean(text: str) -> str:
    return normalize_space(re.sub(r"\s+", " ", text))


def _compact_group(group: str) -> str:
    """Markers -> numbers, spaces dropped: "[4, 5]" and "[4,5]" both read "[4,5]"."""
    return re.sub(r"\s+", "", _MARKER.sub(r"\1", group))


def _place_citations(text: str) -> str:
    """Citation markers -> LactMed's text form: "[1]", "[4,5]", "[4-7]", "[1][2]"."""
    text = _BRACKETED.sub(lambda m: f"[{_compact_group(m.group(1))}]", text)
    text = _PARENS.sub(lambda m: f"({_compact_group(m.group(1))})", text)
    text = _BARE.sub(lambda m: f"[{_compact_group(m.group(1))}]", text)
    return _MARKER.sub(r"\1", text)


class _Walker:
    """Elements -> blocks, in document order; collects the reference list on the way."""

    def __init__(self, ref_numbers: dict[str, int]) -> None:
        self.ref_numbers = ref_numbers
        self.blocks: list[Block] = []
        self.references: list[Reference] = []

    # -- inline text ------------------------------------------------------------------------
    def inline(self, el: etree._Element) -> str:
        parts: list[str] = []
        self._collect(el, parts)
        return _clean(_place_citations("".join(parts)))

    def _collect(self, el: etree._Element, parts: list[str]) -> None:
        if el.text:
            parts.append(el.text)
        for child in el:
            self._node(child, parts)
            if child.tail:
                parts.append(child.tail)

    def _node(self, node: etree._Element, parts: list[str]) -> None:
        if isinstance(node, etree._Entity):
            # Only reached for a file with an (unloaded) external DTD: &ndash; and friends.
            parts.append(html.entities.html5.get(f"{node.name};", node.text or ""))
            return
        name = _local(node)
        if not name:
            return  # comment or processing instruction
        if name == "xref":
            self._xref(node, parts)
        elif name == "sup":
            sub: list[str] = []
            self._collect(node, sub)
            parts.append("".join(sub))  # citation markers in a <sup> are bracketed later
        elif name == "break":
            parts.append(" ")
        elif name == "pub-id" and node.get("pub-id-type") == "pmid":
            before = "".join(parts[-2:]).rstrip()
            number = _clean("".join(node.itertext()))
            labelled = re.search(r"(?:PMID|PubMed)\s*:?$", before, re.IGNORECASE)
            parts.append(number if labelled else f"PMID: {number}")
        elif name in _BLOCK_IN_P:
            parts.append(" ")
            self._collect(node, parts)
            parts.append(" ")
        else:
            self._collect(node, parts)

    def _xref(self, node: etree._Element, parts: list[str]) -> None:
        kind = node.get("ref-type", "")
        text = _clean("".join(node.itertext()))
        if kind in ("fn", "table-fn"):
            return  # footnote markers would glue letters onto words
        if kind != "bibr":
            parts.append(text)
            return
        if not text and node.get("rid") in self.ref_numbers:
            text = str(self.ref_numbers[node.get("rid", "")])
        if re.fullmatch(r"\d{1,3}(?:\s*[,\-\u2013]\s*\d{1,3})*", text):
            parts.append(re.sub(r"\d+", lambda m: f"\ue000{m.group(0)}\ue001", text))
        else:
            parts.append(text)  # an author-year citation is kept as written

    # -- blocks -----------------------------------------------------------------------------
    def add(self, kind: str, text: str, level: int = 1) -> None:
        if text:
            self.blocks.append(Block(kind, text, None, level=level))

    def container(self, el: etree._Element, depth: int) -> None:
        for child in _children(el):
            self.element(child, depth)

    def element(self, el: etree._Element, depth: int) -> None:
        """One block-level element of a section (or of a <p> that holds a list or table)."""
        name = _local(el)
        if name == "sec":
            self.sec(el, depth)
        elif name in _SKIP:
            return
        elif name == "p":
            self.paragraph(el)
        elif name == "list":
            self.list(el)
        elif name == "def-list":
            self.def_list(el)
        elif name == "table-wrap":
            self.table(el)
        elif name == "ref-list":
            self.ref_list(el)
        elif name in _CONTAINERS:
            self.container(el, depth)
        else:
            self.text_paragraph(self.inline(el))

    def sec(self, el: etree._Element, depth: int) -> None:
        """A section: its title is a heading, its content blocks follow.

        LactMed wraps its sections in a "Drug Levels and Effects" banner, so the banner's
        children count as top level; an unnamed section inside a named one is a sub-heading.
        """
        title = _child(el, "title")
        heading = self.inline(title) if title is not None else ""
        inner = depth + 1
        if heading:
            rule = classify_heading(heading)
            if rule is not None and rule.key == "record_title":
                inner = depth
                level = 1
            else:
                level = rule.level if rule is not None else (1 if depth <= 1 else 2)
            self.add(HEADING, heading, level)
        self.container(el, inner)

    def text_paragraph(self, text: str) -> None:
        """A paragraph, unless it is a Substance Identification field label ("CAS Registry
        Number", or "CAS Registry Number: 79617-96-2"), which becomes a level-2 heading."""
        if not text:
            return
        rule = classify_heading(text) if len(text) <= 60 else None
        if rule is not None and rule.key == "substance_field":
            self.add(HEADING, text.rstrip(":"), 2)
            return
        m = _FIELD_LINE.match(text)
        rule = classify_heading(m.group(1)) if m else None
        if m and rule is not None and rule.key == "substance_field":
            self.add(HEADING, m.group(1), 2)
            self.add(PARAGRAPH, m.group(2))
            return
        self.add(PARAGRAPH, text)

    def paragraph(self, p: etree._Element) -> None:
        kids = _children(p)
        first = kids[0] if kids else None
        start_text = p.text or ""
        start = 0
        if first is not None and not start_text.strip() and _local(first) in ("italic", "bold"):
            head = self.inline(first)
            rule = classify_heading(head)
            only_child = len(kids) == 1 and not (first.tail or "").strip()
            if rule is not None and (rule.key in _RUNIN_KEYS or only_child):
                # "<italic>Maternal Levels.</italic> Ten women ..." or a bold pseudo-heading.
                self.add(HEADING, head, rule.level)
                start_text, start = first.tail or "", p.index(first) + 1
        parts: list[str] = [start_text]
        for child in list(p)[start:]:
            if _local(child) in _BLOCK_IN_P:
                self.text_paragraph(_clean(_place_citations("".join(parts))))
                self.element(child, 2)
                parts = []
            else:
                self._node(child, parts)
            if child.tail:
                parts.append(child.tail)
        self.text_paragraph(_clean(_place_citations("".join(parts))))

    def list(self, el: etree._Element) -> None:
        for item in _children(el):
            if _local(item) != "list-item":
                if _local(item) not in _SKIP:
                    self.add(LIST_ITEM, self.inline(item))
                continue
            label = _child(item, "label")
            prefix = f"{self.inline(label)} " if label is not None else ""
            texts: list[str] = [_clean(item.text or "")]
            for child in _children(item):
                name = _local(child)
                if name == "label":
                    continue
                if name in ("list", "def-list", "table-wrap"):
                    self.add(LIST_ITEM, _clean(prefix + " ".join(t for t in texts if t)))
                    texts, prefix = [], ""
                    self.element(child, 2)
                else:
                    texts.append(self.inline(child))
            self.add(LIST_ITEM, _clean(prefix + " ".join(t for t in texts if t)))

    def def_list(self, el: etree._Element) -> None:
        title = _child(el, "title")
        if title is not None:
            self.add(HEADING, self.inline(title), 2)
        for item in _children(el):
            for part in _children(item):
                if _local(part) == "term":
                    self.add(HEADING, self.inline(part).rstrip(":"), 2)
                elif _local(part) == "def":
                    if any(_local(c) == "p" for c in _children(part)):
                        self.container(part, 2)
                    else:
                        self.add(PARAGRAPH, self.inline(part))

    def table(self, el: etree._Element) -> None:
        caption = _child(el, "caption")
        if caption is not None:
            self.text_paragraph(self.inline(caption))
        for row in el.iter(etree.Element):
            if _local(row) == "tr":
                cells = [self.inline(c) for c in _children(row) if _local(c) in ("td", "th")]
                self.add(TABLE_ROW, CELL_SEP.join(c for c in cells if c))
        foot = _child(el, "table-wrap-foot")
        if foot is not None:
            self.container(foot, 2)

    def ref_list(self, el: etree._Element) -> None:
        title = _child(el, "title")
        self.add(HEADING, self.inline(title) if title is not None else "References", 1)
        for ref in _children(el):
            if _local(ref) == "ref-list":
                self.ref_list(ref)
                continue
            if _local(ref) != "ref":
                continue
            number = self.ref_numbers.get(ref.get("id", ""), len(self.references) + 1)
            text = _reference_text(ref, self.inline)
            self.references.append(Reference(number, text, _pmid(ref, text)))
            self.add(LIST_ITEM, f"{number}. {text}")


def _reference_text(ref: etree._Element, inline: Callable[[etree._Element], str]) -> str:
    cites = [
        c
        for c in _children(ref)
        if _local(c) in ("mixed-citation", "element-citation", "citation", "nlm-citation")
    ]
    if not cites:
        return (
            inline(ref)
            if _child(ref, "label") is None
            else _clean(" ".join(inline(c) for c in _children(ref) if _local(c) != "label"))
        )
    cite = cites[0]
    if _local(cite) == "element-citation":
        # Structured citations have no text between fields: join the fields with spaces.
        return _clean(" ".join(t for t in cite.itertext() if t.strip()))
    return inline(cite)


def _pmid(ref: etree._Element, text: str) -> str | None:
    for el in ref.iter(etree.Element):
        if _local(el) == "pub-id" and el.get("pub-id-type") == "pmid":
            m = _DIGITS.search("".join(el.itertext()))
            if m:
                return m.group(0)
    for el in ref.iter(etree.Element):
        href = next((v for k, v in el.attrib.items() if k.endswith("href")), "")
        m = _PUBMED_URL.search(href)
        if m:
            return m.group(1)
    m = _PMID_TEXT.search(text)
    return m.group(1) if m else None


def _ref_numbers(part: etree._Element) -> dict[str, int]:
    """ref id -> reference number: the <label> where there is one, else the position."""
    numbers: dict[str, int] = {}
    position = 0
    for ref in part.iter(etree.Element):
        if _local(ref) != "ref":
            continue
        position += 1
        label = _child(ref, "label")
        m = _DIGITS.search("".join(label.itertext())) if label is not None else None
        numbers[ref.get("id", f"#{position}")] = int(m.group(0)) if m else position
    return numbers


def _parse_xml(source: SourceFile) -> etree._Element:
    if any(decl in source.data for decl in _ENTITY_DECLS):
        raise DocumentError(
            "xml_entities",
            "the XML declares entities (<!ENTITY ...>), which LactMed records never do; it was "
            "refused because entity expansion can exhaust memory or read local files",
        )
    try:
        root = etree.fromstring(source.data, _parser())
    except etree.XMLSyntaxError as exc:
        msg = re.sub(r", line \d+, column \d+$", "", exc.msg or str(exc))
        raise DocumentError(
            "xml_malformed",
            f"the XML is malformed at line {exc.lineno}: {msg}; the record file is damaged or "
            "truncated: re-download it",
        ) from None
    dtd = root.getroottree().docinfo.internalDTD
    if dtd is not None and any(True for _ in dtd.iterentities()):
        raise DocumentError(  # declared in an encoding the byte check could not see
            "xml_entities",
            "the XML declares entities (<!ENTITY ...>), which LactMed records "
            "never do; it was refused because entity expansion can exhaust memory or read "
            "local files",
        )
    return root


def _record(root: etree._Element) -> tuple[etree._Element, etree._Element]:
    """The record's <book-part> and its <body>."""
    parts = [
        el
        for el in root.iter(etree.Element)
        if _local(el) == "book-part" and _child(el, "body") is not None
    ]
    if not parts:
        raise DocumentError(
            "not_lactmed_xml",
            f"the XML is a <{_local(root)}> document, not a LactMed record (a <book-part> with a "
            "<body>): is this file from the LactMed archive?",
        )
    if len(parts) > 1:
        raise DocumentError(
            "multiple_records",
            f"the file holds {len(parts)} records (<book-part> elements with a <body>); LactMed "
            "archives have one record per file",
        )
    body = _child(parts[0], "body")
    assert body is not None  # chosen for having one
    return parts[0], body


def parse_nxml(source: SourceFile) -> ParsedDocument:
    """One LactMed NXML record -> blocks, metadata and references; DocumentError if bad."""
    root = _parse_xml(source)
    part, body = _record(root)
    meta_el = _child(part, "book-part-meta")
    walker = _Walker(_ref_numbers(part))
    walker.container(body, 1)
    back = _child(part, "back")
    # Back matter: the reference list and any sections (footnote groups, glossaries are not text).
    for el in _children(back) if back is not None else []:
        if _local(el) == "ref-list":
            walker.ref_list(el)
        elif _local(el) == "sec":
            walker.sec(el, 1)
    blocks, meta, text_refs = finish(walker.blocks)

    title_el = None
    if meta_el is not None:
        group = _child(meta_el, "title-group")
        title_el = _child(group, "title") if group is not None else None
    title: str | None = walker.inline(title_el) if title_el is not None else ""
    title = title or meta.title
    encoding = root.getroottree().docinfo.encoding
    keywords = keywords_of(meta_el)
    return ParsedDocument(
        source_path=source.source_path,
        source_kind="lactmed_xml",
        sha256=sha256_hex(source.data),
        blocks=blocks,
        encoding=encoding.lower() if encoding else None,
        title=title,
        drug=title.lower() if title else meta.drug,
        revised=revised_of(meta_el) or meta.revised,
        cas=cas_of(meta_el) or meta.cas,
        unii=unii_of(keywords),
        keywords=keywords,
        references=walker.references or text_refs,
    )
