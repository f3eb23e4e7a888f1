"""Choose the parser for a source by its name and first bytes."""

from __future__ import annotations

import os

from pipeline.errors import DocumentError
from pipeline.model import ParsedDocument, SourceFile

# --pdf-backend reaches the parser through the environment (pipeline/cache.py sets it), so it
# reaches process-pool and Dask workers alike.
PDF_BACKEND_ENV = "LACTPIPE_PDF_BACKEND"


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


def parse_source(source: SourceFile) -> ParsedDocument:
    """Parse one source into blocks and metadata; raises DocumentError for bad input."""
    if not source.data.strip():
        raise DocumentError("empty_file", "the file is empty (0 bytes of text): nothing to ingest")
    kind = source_kind(source)
    if kind == "pdf":
        if os.environ.get(PDF_BACKEND_ENV) == "pdfium":
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
