"""Choose the parser for a source by its name and first bytes."""

from __future__ import annotations

from pipeline.errors import DocumentError
from pipeline.ingest.parsed import ParsedDocument, SourceFile

PDF_BACKENDS = ("pdfplumber", "pdfium")


def source_kind(source: SourceFile) -> str:
    name = source.source_path.lower().rsplit("!", 1)[-1]
    if name.endswith(".pdf"):
        return "pdf"
    if name.endswith((".nxml", ".xml")):
        return "lactmed_xml"
    if name.endswith((".html", ".htm", ".xhtml")):
        return "html"
    if name.endswith((".md", ".markdown")):
        return "markdown"
    return "text"


def parse_source(source: SourceFile, pdf_backend: str = "pdfplumber") -> ParsedDocument:
    """Parse one source into blocks and metadata; raises DocumentError for bad input.

    pdf_backend: "pdfplumber" (the reference) or "pdfium" (pypdfium2, same words, faster)."""
    if not source.data.strip():
        raise DocumentError("empty_file", "the file is empty (0 bytes of text): nothing to ingest")
    kind = source_kind(source)
    if kind == "pdf":
        if pdf_backend not in PDF_BACKENDS:
            raise ValueError(f"unknown PDF backend {pdf_backend!r}: use one of {PDF_BACKENDS}")
        if pdf_backend == "pdfium":
            from pipeline.ingest.pdf_pdfium import parse_pdf_pdfium

            return parse_pdf_pdfium(source)
        from pipeline.ingest.pdf import parse_pdf

        return parse_pdf(source)
    if kind == "lactmed_xml":
        from pipeline.ingest.nxml import parse_nxml

        return parse_nxml(source)
    if kind == "html":
        from pipeline.ingest.web import parse_html

        return parse_html(source)
    if kind == "markdown":
        from pipeline.ingest.web import parse_markdown

        return parse_markdown(source)
    from pipeline.ingest.text import parse_text

    return parse_text(source)
