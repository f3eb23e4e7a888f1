"""LactMedRecord -> LactMed NXML (an NLM BITS `book-part-wrapper`, one file per record), and
deterministic .tar.gz archives of them shaped like NLM's lactmed_NBK501922.tar.gz.

Citation markers in the record's paragraphs ("[1]", "[2,3]", "[4-7]") become `<xref
ref-type="bibr">` links; the style options write the other forms real archives use, so tests can
check that every form reads back as the same text.
"""

from __future__ import annotations

import gzip
import io
import re
import tarfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Literal

from lxml import etree

from pipeline.render.record import LactMedRecord

BOOK_ID = "NBK501922"
ARCHIVE_DIR = f"lactmed/{BOOK_ID}"
DOCTYPE = (
    '<!DOCTYPE book-part-wrapper PUBLIC "-//NLM//DTD BITS Book Interchange DTD v2.0 20151225//EN"'
    ' "BITS-book2.dtd">'
)
XLINK = "http://www.w3.org/1999/xlink"
# A citation group as LactMed writes it in text.
_CITE = re.compile(r"\[(\d{1,3}(?:\s*[,\-\u2013]\s*\d{1,3})*)\]")
# An alternatives paragraph that is just drug names ("Paroxetine, Sertraline").
_NAME_LIST = re.compile(r"^[A-Z][A-Za-z\- ]*(?:, [A-Za-z][A-Za-z\- ]*)*$")
# Fixed archive metadata: the same records always give the same bytes.
ARCHIVE_MTIME = 1_700_000_000

CitationStyle = Literal["bracketed", "bare", "sup"]
SubstanceStyle = Literal["sec", "def-list"]
AlternativesStyle = Literal["xref", "list"]


def _append_text(parent: etree._Element, text: str) -> None:
    """Append text after the last child (its tail) or as the element's own text."""
    if not text:
        return
    if len(parent):
        last = parent[-1]
        last.tail = (last.tail or "") + text
    else:
        parent.text = (parent.text or "") + text


def _ref_id(record: LactMedRecord, number: int) -> str:
    return f"{record.book_part_id.lower()}.r{number}"


def _inline(parent: etree._Element, text: str, record: LactMedRecord, style: CitationStyle) -> None:
    """Write `text` into `parent`, turning citation markers into bibr xrefs."""
    known = {r.number for r in record.references}
    pos = 0
    for m in _CITE.finditer(text):
        tokens = [t for t in re.split(r"\s*([,\-\u2013])\s*", m.group(1)) if t]
        if not all(t in ",-\u2013" or int(t) in known for t in tokens):
            continue  # a bracketed number that is not a reference of this record
        _append_text(parent, text[pos : m.start()])
        target = etree.SubElement(parent, "sup") if style == "sup" else parent
        if style == "bracketed":
            _append_text(target, "[")
        for tok in tokens:
            if tok in ",-\u2013":
                _append_text(target, tok)
            else:
                xref = etree.SubElement(
                    target, "xref", {"ref-type": "bibr", "rid": _ref_id(record, int(tok))}
                )
                xref.text = tok
        if style == "bracketed":
            _append_text(target, "]")
        pos = m.end()
    _append_text(parent, text[pos:])


def _sec(parent: etree._Element, record: LactMedRecord, title: str) -> etree._Element:
    sec_id = f"{record.book_part_id}.{re.sub(r'[^A-Za-z0-9]+', '_', title).strip('_')}"
    sec = etree.SubElement(parent, "sec", {"id": sec_id})
    etree.SubElement(sec, "title").text = title
    return sec


def _paragraphs(
    sec: etree._Element,
    paras: Iterable[str],
    record: LactMedRecord,
    style: CitationStyle,
    runin: str | None = None,
) -> None:
    for i, para in enumerate(paras):
        p = etree.SubElement(sec, "p")
        if runin and i == 0:
            # LactMed's run-in subhead: "<italic>Maternal Levels.</italic> Ten women ..."
            etree.SubElement(p, "italic").text = runin
            _append_text(p, " ")
        _inline(p, para, record, style)


def _alternatives(
    sec: etree._Element, record: LactMedRecord, style: AlternativesStyle, citations: CitationStyle
) -> None:
    if style == "list":
        lst = etree.SubElement(sec, "list", {"list-type": "bullet"})
        for para in record.alternatives:
            _inline(
                etree.SubElement(etree.SubElement(lst, "list-item"), "p"), para, record, citations
            )
        return
    for para in record.alternatives:
        p = etree.SubElement(sec, "p")
        if not _NAME_LIST.match(para):
            _inline(p, para, record, citations)
            continue
        # Drug names link to their own records, as on the Bookshelf.
        for i, name in enumerate(para.split(", ")):
            if i:
                _append_text(p, ", ")
            link = etree.SubElement(
                p, "xref", {"ref-type": "bookpart", "rid": re.sub(r"\W+", "_", name.lower())}
            )
            link.text = name


def _substance(body: etree._Element, record: LactMedRecord, style: SubstanceStyle) -> None:
    sec = _sec(body, record, "Substance Identification")
    fields = [
        ("Substance Name", (record.drug,)),
        ("CAS Registry Number", (record.cas,)),
        ("Drug Class", record.drug_classes),
    ]
    if style == "def-list":
        dl = etree.SubElement(sec, "def-list")
        for label, values in fields:
            item = etree.SubElement(dl, "def-item")
            etree.SubElement(item, "term").text = label
            d = etree.SubElement(item, "def")
            for v in values:
                etree.SubElement(d, "p").text = v
        return
    for label, values in fields:
        sub = _sec(sec, record, label)
        for v in values:
            etree.SubElement(sub, "p").text = v


def _meta(part: etree._Element, record: LactMedRecord) -> None:
    meta = etree.SubElement(part, "book-part-meta")
    etree.SubElement(
        meta, "book-part-id", {"book-part-id-type": "lactmed"}
    ).text = record.book_part_id
    etree.SubElement(etree.SubElement(meta, "title-group"), "title").text = record.drug
    date = etree.SubElement(etree.SubElement(meta, "pub-history"), "date", {"date-type": "revised"})
    etree.SubElement(date, "day").text = f"{record.revised.day:02d}"
    etree.SubElement(date, "month").text = f"{record.revised.month:02d}"
    etree.SubElement(date, "year").text = str(record.revised.year)
    cas = etree.SubElement(meta, "kwd-group", {"kwd-group-type": "CAS"})
    etree.SubElement(cas, "kwd").text = record.cas
    classes = etree.SubElement(meta, "kwd-group", {"kwd-group-type": "drug-class"})
    for c in record.drug_classes:
        etree.SubElement(classes, "kwd").text = c


def render_nxml(
    record: LactMedRecord,
    *,
    citations: CitationStyle = "bracketed",
    substance: SubstanceStyle = "sec",
    alternatives: AlternativesStyle = "xref",
    ref_labels: bool = False,
) -> bytes:
    """One record as a LactMed NXML file (UTF-8, BITS doctype, pretty-printed)."""
    root = etree.Element("book-part-wrapper", {"dtd-version": "2.0"}, nsmap={"xlink": XLINK})
    book = etree.SubElement(root, "book-meta")
    etree.SubElement(book, "book-id", {"book-id-type": "pmcid"}).text = BOOK_ID
    etree.SubElement(
        etree.SubElement(book, "book-title-group"), "book-title"
    ).text = "Drugs and Lactation Database (LactMed\u00ae)"
    part = etree.SubElement(
        root, "book-part", {"id": record.book_part_id.lower(), "book-part-type": "chapter"}
    )
    _meta(part, record)
    body = etree.SubElement(part, "body")
    banner = _sec(body, record, "Drug Levels and Effects")
    for heading, key, paras in record.sections():
        if key in ("maternal_levels", "infant_levels"):
            continue  # run-in paragraphs inside "Drug Levels"
        if key == "other":
            if paras or record.maternal_levels or record.infant_levels:
                sec = _sec(banner, record, heading)
                _paragraphs(sec, paras, record, citations)
                _paragraphs(sec, record.maternal_levels, record, citations, "Maternal Levels.")
                _paragraphs(sec, record.infant_levels, record, citations, "Infant Levels.")
            continue
        if not paras:
            continue
        sec = _sec(banner, record, heading)
        if key == "alternatives":
            _alternatives(sec, record, alternatives, citations)
        else:
            _paragraphs(sec, paras, record, citations)
    _substance(body, record, substance)
    if record.references:
        ref_list = etree.SubElement(etree.SubElement(part, "back"), "ref-list")
        etree.SubElement(ref_list, "title").text = "References"
        for ref in record.references:
            el = etree.SubElement(ref_list, "ref", {"id": _ref_id(record, ref.number)})
            if ref_labels:
                etree.SubElement(el, "label").text = f"{ref.number}."
            cit = etree.SubElement(el, "mixed-citation", {"publication-type": "journal"})
            cit.text = ref.text
            if ref.pmid:
                cit.text += " "
                etree.SubElement(cit, "pub-id", {"pub-id-type": "pmid"}).text = ref.pmid
    return etree.tostring(
        root, xml_declaration=True, encoding="UTF-8", doctype=DOCTYPE, pretty_print=True
    )


def member_name(record: LactMedRecord) -> str:
    return f"{ARCHIVE_DIR}/{record.book_part_id}.nxml"


def write_archive(
    records: Iterable[LactMedRecord], path: Path, extra_members: Sequence[tuple[str, bytes]] = ()
) -> Path:
    """Write records as a .tar.gz like NLM's bulk download, byte-for-byte reproducible.

    `extra_members` adds raw (name, bytes) members as given, for archives with damaged records.
    """
    members = [(member_name(r), render_nxml(r)) for r in records] + list(extra_members)
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.PAX_FORMAT) as tar:
        for name, data in sorted(members, key=lambda m: m[0]):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            info.mtime = ARCHIVE_MTIME
            info.mode = 0o644
            info.uid = info.gid = 0
            info.uname = info.gname = ""
            tar.addfile(info, io.BytesIO(data))
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as fh, gzip.GzipFile(filename="", mode="wb", fileobj=fh, mtime=0) as gz:
        gz.write(buf.getvalue())
    return path
