"""A fast PDF reader on pypdfium2 (PDFium, Chrome's PDF engine), behind pdf.py's interface.

pdf.py reads each page into words with text, font name, size and position (pdfplumber's
`extract_words(extra_attrs=["fontname", "size"])`) and does all layout work on those words.
This module produces the same words from PDFium's character API, about 50 times faster, and
hands them to the same layout code, so both backends give the same blocks. pdfplumber stays
the default and the reference; choose this one with `--pdf-backend pdfium`.

Not covered here: ruled-table detection (pdfplumber's `find_tables`); table cells come out as
ordinary lines. LactMed record PDFs have no ruled tables.
"""

from __future__ import annotations

import ctypes
import re
from collections.abc import Callable

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from pipeline.errors import DocumentError
from pipeline.ingest import pdf as plumber
from pipeline.ingest.parsed import ParsedDocument, SourceFile
from pipeline.runner.limits import check_pages, check_time

_FONT_BUF = 256


def _address_getter() -> Callable[[object, int], int | None]:
    """FPDFText_GetTextObject returning the object's address as a plain int: comparing
    addresses is how words are checked for a font change, and this skips a ctypes cast per
    character. A private prototype on the same library, so pypdfium2's own binding is kept;
    where pypdfium2's loader is laid out differently, the cast is done per call instead."""
    try:
        from pypdfium2_raw.bindings import _libs

        fn = ctypes.CDLL(_libs["pdfium"]._name).FPDFText_GetTextObject
    except (ImportError, KeyError, AttributeError, OSError):
        return lambda raw, i: (
            ctypes.cast(pdfium_c.FPDFText_GetTextObject(raw, i), ctypes.c_void_p).value
        )
    fn.restype = ctypes.c_void_p
    fn.argtypes = [ctypes.c_void_p, ctypes.c_int]
    return fn


_text_object_address = _address_getter()


def _font_name(textpage: object, i: int, buf: ctypes.Array) -> str:
    flags = ctypes.c_int(0)
    n = pdfium_c.FPDFText_GetFontInfo(textpage, i, buf, _FONT_BUF, ctypes.byref(flags))
    name = buf.value.decode("utf-8", "replace") if n else ""
    return name.split("+", 1)[-1] if "+" in name[:8] else name


# PDFium marks a hyphen that ends a line as U+FFFE (or U+0002) and puts no break after it:
# the word ends there, as it does for pdfplumber, and the hyphen is written as "-".
_SOFT_HYPHENS = "\ufffe\x02"
_WORD = re.compile(f"[^\\s{_SOFT_HYPHENS}]+[{_SOFT_HYPHENS}]?|[{_SOFT_HYPHENS}]")
_AS_HYPHEN = str.maketrans(dict.fromkeys(_SOFT_HYPHENS, "-"))


class _Fonts:
    """Font name, size and descent per text object, looked up once per object, not per char."""

    def __init__(self, raw: object) -> None:
        self.raw = raw
        self.buf = ctypes.create_string_buffer(_FONT_BUF)
        self.descent = ctypes.c_float()
        self.known: dict[int, tuple[str, float, float]] = {}

    def object_at(self, i: int) -> int:
        return _text_object_address(self.raw, i) or 0

    def of(self, i: int, obj: int) -> tuple[str, float, float]:
        found = self.known.get(obj)
        if found is None:
            size = round(pdfium_c.FPDFText_GetFontSize(self.raw, i), 2)
            font = _font_name(self.raw, i, self.buf)
            d = 0.0
            handle = pdfium_c.FPDFText_GetTextObject(self.raw, i)
            fobj = pdfium_c.FPDFTextObj_GetFont(handle) if handle else None
            if fobj and pdfium_c.FPDFFont_GetDescent(
                fobj, ctypes.c_float(size), ctypes.byref(self.descent)
            ):
                d = self.descent.value
            found = self.known[obj] = (font, size, d)
        return found


def page_words(page: pdfium.PdfPage) -> list[plumber.Word]:
    """Words with pdfplumber's keys: text, x0, x1, top, bottom (from the page top), fontname,
    size, as extract_words(extra_attrs=["fontname", "size"]) gives them.

    Speed comes from asking PDFium per word, not per character: the page text comes in one
    call (PDFium puts a space or line break wherever characters are apart), words are cut from
    it with a regular expression, and only a word's first and last character are measured.
    A word whose characters come from different text objects (a font change inside it) is
    measured character by character and split where the font changes, as pdfplumber does."""
    height = page.get_height()
    textpage = page.get_textpage()
    raw = textpage.raw
    words: list[plumber.Word] = []
    try:
        n = pdfium_c.FPDFText_CountChars(raw)
        if n <= 0:
            return words
        buf = ctypes.create_string_buffer((n + 1) * 2)
        pdfium_c.FPDFText_GetText(raw, 0, n, ctypes.cast(buf, ctypes.POINTER(ctypes.c_ushort)))
        text = buf.raw[: n * 2].decode("utf-16-le", errors="replace")
        if len(text) != n:  # characters outside the BMP shift the indices: measure each
            text = "".join(chr(pdfium_c.FPDFText_GetUnicode(raw, i) or 32) for i in range(n))
        fonts = _Fonts(raw)
        known = fonts.known
        address = _text_object_address
        rect = pdfium_c.FS_RECTF()
        rect_ref = ctypes.byref(rect)  # made once: the loop below runs per word
        loose_box = pdfium_c.FPDFText_GetLooseCharBox
        soft = any(h in text for h in _SOFT_HYPHENS)
        append = words.append

        def emit(a: int, b: int, obj: int) -> None:
            font, size, _ = known.get(obj) or fonts.of(a, obj)
            # The loose box's bottom is the baseline plus the font's descent, as in pdfminer.
            loose_box(raw, a, rect_ref)
            x0, bottom = rect.left, height - rect.bottom
            if b - 1 != a:
                loose_box(raw, b - 1, rect_ref)
            word = text[a:b]
            append(
                {
                    "text": word.translate(_AS_HYPHEN) if soft else word,
                    "x0": x0,
                    "x1": rect.right,
                    "top": bottom - size,
                    "bottom": bottom,
                    "fontname": font,
                    "size": size,
                }
            )

        for m in _WORD.finditer(text):
            a, b = m.span()
            first = address(raw, a) or 0
            if b - a == 1 or first == (address(raw, b - 1) or 0):
                emit(a, b, first)
                continue
            start, obj = a, first
            for i in range(a + 1, b):
                o = fonts.object_at(i)
                if o != obj and fonts.of(i, o)[:2] != fonts.of(start, obj)[:2]:
                    emit(start, i, obj)
                    start, obj = i, o
            emit(start, b, obj)
    finally:
        textpage.close()
    return words


def _read_pages(pdf: pdfium.PdfDocument, source_path: str = "the PDF") -> list[plumber._Page]:
    check_pages(len(pdf), source_path)  # --max-pages, before any page is read
    pages = []
    for index in range(len(pdf)):
        check_time()
        try:
            page = pdf[index]
        except pdfium.PdfiumError as exc:  # e.g. a page tree that loops back on itself
            raise DocumentError(
                "pdf_damaged",
                f"page {index + 1} cannot be read ({exc}): the PDF's page tree is damaged; "
                "re-download it or re-save it with a PDF viewer",
            ) from None
        try:
            words = page_words(page)
            pages.append(
                plumber._Page(
                    index + 1,
                    float(page.get_width()),
                    float(page.get_height()),
                    plumber._rows(words),
                )
            )
        finally:
            page.close()
    return pages


def _open(data: bytes) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        text = str(exc).lower()
        if "password" in text:
            raise DocumentError(
                "pdf_encrypted",
                "the PDF is password-protected: save an unprotected copy "
                "(print to PDF, or remove the password) and retry",
            ) from None
        raise DocumentError(
            "pdf_damaged", f"the PDF is truncated or damaged ({exc}): re-download it"
        ) from None


def parse_pdf_pdfium(source: SourceFile) -> ParsedDocument:
    """Same steps and result as pdf.parse_pdf, with PDFium reading the pages."""
    plumber.check_pdf_bytes(source.data)
    pdf = _open(source.data)
    try:
        pages = _read_pages(pdf, source.source_path)
    finally:
        pdf.close()
    return plumber.document_from_pages(source, pages)
