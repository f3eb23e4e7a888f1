#!/usr/bin/env python3
"""Independent PDF test corpus for a LactMed PDF-to-text pipeline.

Written without looking at the pipeline's parser or its tests.  For six LactMed
records from /work/shared/dev/texts it typesets PDFs that look unlike a simple
renderer:

* reportlab Platypus, justified text with real (pyphen en_US) hyphenation,
  old-style LactMed headings set in body type ("Drug Levels:"), running header
  (drug name) and footer ("Page X of Y" + URL) on every page, one- and
  two-column page templates, small pages so that sentences cross page and
  column breaks;
* LibreOffice (soffice --headless --convert-to pdf) from a flat ODF text
  document (.fodt) for three of the records: a different PDF producer, with
  LibreOffice's own hyphenation (hyphen-en-us) and header/footer fields.

The text content is that of the source record: every non-empty source line is
one paragraph, nothing is dropped or reworded.  The only changes are
typographic: known LactMed section headings that lack it get the old-style
trailing colon ("Drug Levels" -> "Drug Levels:"), leading/trailing blanks of a
line are not shown, and in "run-in" files a bare "Maternal Levels." /
"Infant Levels." line is set at the start of the following paragraph.

Outputs go to pdfs/ beside this script: <name>.pdf, <name>.txt (a byte copy
of the source text) and manifest.json (properties of each PDF and the words
found hyphenated at a line end, read back with pdftotext; that read-back code
is only for the manifest).

Requirements: Python 3.11 with reportlab and pyphen (pip), Debian packages
fonts-dejavu-core, fonts-liberation, poppler-utils, and for the LibreOffice
files libreoffice-writer-nogui + hyphen-en-us.

Usage: .venv/bin/python make_pdfs.py [--no-libreoffice]
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

import pyphen
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Frame,
                                PageTemplate, Paragraph)

HERE = Path(__file__).resolve().parent
SRC_DIR = Path("/work/shared/dev/texts")
OUT = HERE / "pdfs"

TTF = {
    "DejaVuSerif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "LiberationSerif": "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
}

# Section headings of a LactMed record; set in body type with a colon.
COLON_HEADINGS = {
    "Drug Levels and Effects",
    "Summary of Use during Lactation",
    "Drug Levels",
    "Effects in Breastfed Infants",
    "Effects on Lactation and Breastmilk",
    "Possible Effects on Lactation",
    "Alternate Drugs to Consider",
    "References",
}
# Sub-headings that old LactMed ran in at the start of a paragraph.
PERIOD_HEADINGS = {"Maternal Levels.", "Infant Levels."}

# ---------------------------------------------------------------------------
# The corpus: six reportlab PDFs and three LibreOffice PDFs.
# page: (width, height) in mm; margins in mm (left, right, top, bottom).
# hyphenation: "rl-pyphen"   reportlab's own hyphenation with pyphen en_US
#              "soft-hyphen" pyphen en_US soft-hyphen points (U+00AD) in
#                            every word of 5+ letters
RL_DOCS = [
    dict(name="venlafaxine_rl_dejavu_1col", src="d02_venlafaxine.txt",
         drug="Venlafaxine", font="DejaVuSerif", size=9, leading=11.5,
         columns=1, page=(105, 132), margins=(12, 12, 16, 16),
         hyphenation="rl-pyphen", embedded=1, heading_style="own-line",
         indent=0),
    dict(name="cefazolin_rl_times_2col", src="d04_cefazolin.txt",
         drug="Cefazolin", font="Times-Roman", size=9, leading=10.8,
         columns=2, page=(148, 139), margins=(10, 10, 15, 15), gutter=6,
         hyphenation="rl-pyphen", embedded=0, heading_style="own-line",
         indent=8),
    dict(name="acyclovir_rl_liberation_2col", src="d06_acyclovir.txt",
         drug="Acyclovir", font="LiberationSerif", size=9.5, leading=11.4,
         columns=2, page=(148, 119), margins=(11, 11, 15, 15), gutter=5,
         hyphenation="soft-hyphen", embedded=0, heading_style="own-line",
         indent=0),
    dict(name="hydroxychloroquine_rl_helvetica_1col",
         src="d11_hydroxychloroquine.txt", drug="Hydroxychloroquine",
         font="Helvetica", size=8.5, leading=10.5, columns=1,
         page=(100, 134), margins=(10, 10, 15, 15),
         hyphenation="rl-pyphen", embedded=1, heading_style="own-line",
         indent=0),
    dict(name="tacrolimus_rl_liberation_1col", src="d12_tacrolimus.txt",
         drug="Tacrolimus", font="LiberationSerif", size=10, leading=12,
         columns=1, page=(105, 148), margins=(11, 11, 16, 16),
         hyphenation="soft-hyphen", embedded=0, heading_style="own-line",
         indent=10),
    dict(name="ceftriaxone_rl_dejavu_2col_runin", src="d14_ceftriaxone.txt",
         drug="Ceftriaxone", font="DejaVuSerif", size=8, leading=9.8,
         columns=2, page=(148, 105), margins=(10, 10, 14, 14), gutter=6,
         hyphenation="rl-pyphen", embedded=1, heading_style="run-in",
         indent=0),
]

LO_DOCS = [
    dict(name="venlafaxine_lo_liberation_1col", src="d02_venlafaxine.txt",
         drug="Venlafaxine", font="Liberation Serif", size=9.5, columns=1,
         page=(105, 140), margins=(12, 12, 10, 10)),
    dict(name="acyclovir_lo_dejavu_2col", src="d06_acyclovir.txt",
         drug="Acyclovir", font="DejaVu Serif", size=8.5, columns=2,
         page=(148, 129), margins=(10, 10, 9, 9)),
    dict(name="hydroxychloroquine_lo_liberation_1col",
         src="d11_hydroxychloroquine.txt", drug="Hydroxychloroquine",
         font="Liberation Serif", size=10, columns=1, page=(100, 138),
         margins=(10, 10, 10, 10)),
]

_HYPH = pyphen.Pyphen(lang="en_US")  # left=2, right=2: "av-", "re-" possible
_WORD_RE = re.compile(r"[A-Za-z]{5,}")


# ---------------------------------------------------------------------------
# Source text -> blocks
def source_blocks(text: str, heading_style: str):
    """Return a list of (kind, text): kind is 'heading' or 'para'.

    Every non-empty line of the source is one block.  Known headings get the
    old-style colon.  With heading_style 'run-in', a bare 'Maternal Levels.'
    or 'Infant Levels.' line is joined to the paragraph after it.
    """
    blocks = []
    for raw in text.split("\n"):
        line = raw.strip()
        if not line:
            continue
        bare = line[:-1] if line.endswith(":") else line
        if bare in COLON_HEADINGS:
            blocks.append(("heading", bare + ":"))
        elif line in PERIOD_HEADINGS:
            blocks.append(("subheading", line))
        else:
            blocks.append(("para", line))
    out = []
    i = 0
    while i < len(blocks):
        kind, t = blocks[i]
        if kind == "subheading":
            nxt = blocks[i + 1] if i + 1 < len(blocks) else None
            if heading_style == "run-in" and nxt and nxt[0] == "para":
                out.append(("para", t + " " + nxt[1]))
                i += 2
                continue
            out.append(("heading", t))
        else:
            out.append((kind, t))
        i += 1
    return out


def expected_text(blocks) -> str:
    return " ".join(t for _, t in blocks)


def soft_hyphenate(text: str) -> str:
    """Insert pyphen en_US soft-hyphen points into every word of 5+ letters.

    A word already written with a hyphen keeps it (each letter run is
    hyphenated on its own); no visible character is added or removed.
    """
    return _WORD_RE.sub(lambda m: _HYPH.inserted(m.group(0), hyphen="\u00ad"), text)


# ---------------------------------------------------------------------------
# reportlab
def register_fonts():
    for name, path in TTF.items():
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, path))


def make_numbered_canvas(drug, url, font, size, page_w, margins):
    """A canvas that draws header and 'Page X of Y' footer on every page."""
    left, right, top, bottom = margins

    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *a, **kw):
            super().__init__(*a, **kw)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                self._decorate(total)
                super().showPage()
            super().save()

        def _decorate(self, total):
            fs = size - 0.5
            self.saveState()
            self.setFont(font, fs)
            y_head = self._pagesize[1] - top * mm + 3.5 * mm
            width = page_w - (left + right) * mm
            self.drawString(left * mm, y_head, drug)
            title = "Drugs and Lactation Database (LactMed)"
            if (self.stringWidth(drug + title, font, fs) + 4 * mm) > width:
                title = "LactMed"
            self.drawRightString(page_w - right * mm, y_head, title)
            self.setLineWidth(0.4)
            self.line(left * mm, y_head - 1.5 * mm, page_w - right * mm,
                      y_head - 1.5 * mm)
            y_foot = bottom * mm - 6 * mm
            self.line(left * mm, y_foot + fs + 1.2 * mm, page_w - right * mm,
                      y_foot + fs + 1.2 * mm)
            pno = f"Page {self._pageNumber} of {total}"
            if (self.stringWidth(pno + url, font, fs) + 4 * mm) > width:
                # narrow page: URL on its own line under the page number
                self.drawString(left * mm, y_foot, pno)
                self.drawRightString(page_w - right * mm, y_foot - fs * 1.25,
                                     url)
            else:
                self.drawString(left * mm, y_foot, pno)
                self.drawRightString(page_w - right * mm, y_foot, url)
            self.restoreState()

    return NumberedCanvas


def wrap_url_line(line: str, font: str, size: float, width: float) -> str:
    """Markup for 'source: URL' broken after '/' so that each line fits."""
    pieces = re.findall(r"[^/]*/+|[^/]+$", line)
    lines, cur = [], ""
    for p in pieces:
        if cur and pdfmetrics.stringWidth(cur + p, font, size) > width:
            lines.append(cur)
            cur = p
        else:
            cur += p
    lines.append(cur)
    return "<br/>".join(escape(l) for l in lines)


def build_reportlab(spec, text: str, out_pdf: Path):
    register_fonts()
    url = text.split("\n", 1)[0].split("source:", 1)[1].strip()
    blocks = source_blocks(text, spec["heading_style"])
    page_w, page_h = spec["page"][0] * mm, spec["page"][1] * mm
    left, right, top, bottom = spec["margins"]
    body_w = page_w - (left + right) * mm
    body_h = page_h - (top + bottom) * mm
    frames = []
    if spec["columns"] == 1:
        frames.append(Frame(left * mm, bottom * mm, body_w, body_h, id="c1",
                            leftPadding=0, rightPadding=0, topPadding=0,
                            bottomPadding=0))
    else:
        gutter = spec["gutter"] * mm
        col_w = (body_w - gutter) / 2
        for i in range(2):
            frames.append(Frame(left * mm + i * (col_w + gutter), bottom * mm,
                                col_w, body_h, id=f"c{i + 1}", leftPadding=0,
                                rightPadding=0, topPadding=0, bottomPadding=0))
    hy_lang = "en_US" if spec["hyphenation"] == "rl-pyphen" else ""
    body = ParagraphStyle(
        "body", fontName=spec["font"], fontSize=spec["size"],
        leading=spec["leading"], alignment=TA_JUSTIFY,
        firstLineIndent=spec["indent"], spaceAfter=spec["leading"] * 0.35,
        hyphenationLang=hy_lang, embeddedHyphenation=spec["embedded"],
        hyphenationMinWordLength=5, uriWasteReduce=0.3)
    # Headings: the body face at the body size, not bold, left aligned.
    head = ParagraphStyle("head", parent=body, alignment=TA_LEFT,
                          firstLineIndent=0, keepWithNext=0,
                          spaceBefore=spec["leading"] * 0.3, spaceAfter=1)
    col_w = frames[0]._width
    plain = ParagraphStyle("plain", parent=body, alignment=TA_LEFT,
                           firstLineIndent=0)
    story = []
    for kind, t in blocks:
        s = escape(t)
        if t.startswith("source: "):
            # reportlab cannot re-split the rest of a long URL, so the source
            # line is wrapped here after '/' (no character added).
            s = wrap_url_line(t, spec["font"], spec["size"], col_w)
        elif spec["hyphenation"] == "soft-hyphen" and kind == "para":
            s = soft_hyphenate(s)
        if kind == "heading":
            # keep a heading with at least two lines of what follows (unlike
            # keepWithNext, this lets the following paragraph split)
            story.append(CondPageBreak(spec["leading"] * 3.5))
        style = head if kind == "heading" else body
        if t.startswith("source: "):
            style = plain
        story.append(Paragraph(s, style))
    doc = BaseDocTemplate(
        str(out_pdf), pagesize=(page_w, page_h), invariant=1,
        pageCompression=1, title=f"{spec['drug']} - LactMed",
        author="", subject="", creator="foreign_pdfs/make_pdfs.py",
        leftMargin=left * mm, rightMargin=right * mm, topMargin=top * mm,
        bottomMargin=bottom * mm, initialFontName=spec["font"],
        initialFontSize=spec["size"])
    doc.addPageTemplates([PageTemplate(id="body", frames=frames)])
    doc.build(story, canvasmaker=make_numbered_canvas(
        spec["drug"], url, spec["font"], spec["size"], page_w,
        spec["margins"]))
    regions = [(f.id, f._x1, page_h - f._y1 - f._height, f._width, f._height)
               for f in frames]
    return blocks, regions


# ---------------------------------------------------------------------------
# LibreOffice (flat ODF text document)
FODT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:meta><dc:title>{title}</dc:title>
  <meta:creation-date>2024-01-01T00:00:00</meta:creation-date>
  <dc:date>2024-01-01T00:00:00</dc:date></office:meta>
 <office:font-face-decls>
  <style:font-face style:name="{font}" svg:font-family="'{font}'" style:font-family-generic="roman" style:font-pitch="variable"/>
 </office:font-face-decls>
 <office:styles>
  <style:default-style style:family="paragraph">
   <style:paragraph-properties fo:hyphenation-ladder-count="no-limit"/>
   <style:text-properties style:font-name="{font}" fo:font-size="{size}pt"
     fo:language="en" fo:country="US" fo:hyphenate="true"
     fo:hyphenation-remain-char-count="2" fo:hyphenation-push-char-count="2"/>
  </style:default-style>
  <style:style style:name="Standard" style:family="paragraph">
   <style:paragraph-properties fo:text-align="justify" fo:margin-top="0in"
     fo:margin-bottom="{gap}pt" fo:line-height="118%"/>
   <style:text-properties style:font-name="{font}" fo:font-size="{size}pt"
     fo:language="en" fo:country="US" fo:hyphenate="true"
     fo:hyphenation-remain-char-count="2" fo:hyphenation-push-char-count="2"/>
  </style:style>
  <style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-align="start" fo:keep-with-next="always"
     fo:margin-top="{gap}pt" fo:margin-bottom="0pt"/>
  </style:style>
  <style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-align="justify" fo:border-bottom="0.4pt solid #000000" fo:padding-bottom="1pt">
    <style:tab-stops><style:tab-stop style:position="{tab}mm" style:type="right"/></style:tab-stops>
   </style:paragraph-properties>
   <style:text-properties fo:font-size="{hsize}pt" fo:hyphenate="false"/>
  </style:style>
  <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-align="start" fo:border-top="0.4pt solid #000000" fo:padding-top="1pt">
    <style:tab-stops><style:tab-stop style:position="{tab}mm" style:type="right"/></style:tab-stops>
   </style:paragraph-properties>
   <style:text-properties fo:font-size="{hsize}pt" fo:hyphenate="false"/>
  </style:style>
 </office:styles>
 <office:automatic-styles>
  <style:page-layout style:name="pm1">
   <style:page-layout-properties fo:page-width="{pw}mm" fo:page-height="{ph}mm"
     fo:margin-left="{ml}mm" fo:margin-right="{mr}mm" fo:margin-top="{mt}mm" fo:margin-bottom="{mb}mm"/>
   <style:header-style><style:header-footer-properties fo:min-height="0mm" fo:margin-bottom="3mm"/></style:header-style>
   <style:footer-style><style:header-footer-properties fo:min-height="0mm" fo:margin-top="3mm"/></style:footer-style>
  </style:page-layout>
  <style:style style:name="Sect1" style:family="section">
   <style:section-properties text:dont-balance-text-columns="true">
    <style:columns fo:column-count="{cols}" fo:column-gap="5mm"/>
   </style:section-properties>
  </style:style>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="pm1">
   <style:header><text:p text:style-name="Header">{drug}<text:tab/>Drugs and Lactation Database (LactMed)</text:p></style:header>
   <style:footer><text:p text:style-name="Footer">Page <text:page-number text:select-page="current">1</text:page-number> of <text:page-count>1</text:page-count><text:tab/>{url}</text:p></style:footer>
  </style:master-page>
 </office:master-styles>
 <office:body><office:text>
  <text:section text:style-name="Sect1" text:name="Record">
{paras}
  </text:section>
 </office:text></office:body>
</office:document>
"""


def pin_libreoffice_bytes(data: bytes) -> bytes:
    """LibreOffice writes the time into /CreationDate, /ID and /DocChecksum;
    nothing else differs between runs.  Overwrite both in place with fixed values of the
    same length, so the xref offsets stay valid and the bytes are stable."""
    def date(m):
        fixed = b"D:20240101000000Z"
        return m.group(1) + (fixed + b"'" * 40)[:len(m.group(2))] + b")"
    data = re.sub(rb"(/CreationDate\()(D:[^)]*)\)", date, data)
    stable = re.sub(rb"/ID \[[^\]]*\]|/DocChecksum /[0-9A-Fa-f]+", b"", data)
    ident = hashlib.md5(stable).hexdigest().upper().encode()
    data = re.sub(rb"(/DocChecksum /)([0-9A-Fa-f]{32})",
                  lambda m: m.group(1) + ident, data)

    def pin_id(m):
        return re.sub(rb"<[0-9A-Fa-f]{32}>", b"<" + ident + b">", m.group(0))
    return re.sub(rb"/ID \[[^\]]*\]", pin_id, data)


def build_libreoffice(spec, text: str, out_pdf: Path, soffice: str):
    url = text.split("\n", 1)[0].split("source:", 1)[1].strip()
    blocks = source_blocks(text, "own-line")
    paras = "\n".join(
        f'   <text:p text:style-name="{"Heading" if k == "heading" else "Standard"}">{escape(t)}</text:p>'
        for k, t in blocks)
    pw, ph = spec["page"]
    ml, mr, mt, mb = spec["margins"]
    doc = FODT.format(
        title=escape(spec["drug"] + " - LactMed"), font=spec["font"],
        size=spec["size"], hsize=spec["size"] - 1, gap=spec["size"] * 0.4,
        pw=pw, ph=ph, ml=ml, mr=mr, mt=mt, mb=mb, tab=pw - ml - mr,
        cols=spec["columns"], drug=escape(spec["drug"]), url=escape(url),
        paras=paras)
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / (spec["name"] + ".fodt")
        src.write_text(doc, encoding="utf-8")
        profile = Path(td) / "profile"
        cmd = [soffice, f"-env:UserInstallation=file://{profile}", "--headless",
               "--norestore", "--convert-to", "pdf:writer_pdf_Export",
               "--outdir", td, str(src)]
        subprocess.run(cmd, check=True, capture_output=True, timeout=300,
                       env=dict(os.environ, SAL_USE_VCLPLUGIN="svp", TZ="UTC"))
        data = (Path(td) / (spec["name"] + ".pdf")).read_bytes()
    out_pdf.write_bytes(pin_libreoffice_bytes(data))
    # Body region: between the header line and the footer line of page 1
    # (LibreOffice places them; read their positions back).
    words = re.findall(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" '
        r'yMax="([\d.]+)">([^<]*)</word>',
        subprocess.run(["pdftotext", "-bbox", "-f", "1", "-l", "1",
                        str(out_pdf), "-"], capture_output=True, text=True,
                       check=True).stdout)
    top_y = max(float(w[3]) for w in words if w[4] == "(LactMed)") + 1
    bot_y = max(float(w[1]) for w in words if w[4] == "Page") - 1
    body_w = (pw - ml - mr) * mm
    regions = []
    if spec["columns"] == 1:
        regions.append(("c1", ml * mm, top_y, body_w, bot_y - top_y))
    else:
        col_w = (body_w - 5 * mm) / 2
        regions.append(("c1", ml * mm, top_y, col_w + 2.5 * mm, bot_y - top_y))
        regions.append(("c2", ml * mm + col_w + 2.5 * mm, top_y,
                        col_w + 2.5 * mm, bot_y - top_y))
    return blocks, regions


# ---------------------------------------------------------------------------
# Read-back (for the manifest only)
def pdf_pages(pdf: Path) -> int:
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True,
                         text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", out, re.M).group(1))


def pdf_fonts(pdf: Path):
    out = subprocess.run(["pdffonts", str(pdf)], capture_output=True,
                         text=True, check=True).stdout.splitlines()[2:]
    return sorted({(l.split()[0], "emb" if " yes " in l else "not-emb")
                   for l in out if l.strip()})


def region_lines(pdf: Path, page: int, region):
    _, x, y, w, h = region
    out = subprocess.run(
        ["pdftotext", "-layout", "-f", str(page), "-l", str(page),
         "-x", str(int(x) - 2), "-y", str(int(y) - 2), "-W", str(int(w) + 4),
         "-H", str(int(h) + 4), "-r", "72", str(pdf), "-"],
        capture_output=True, text=True, check=True).stdout
    return [l.strip() for l in out.replace("\f", "").split("\n") if l.strip()]


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def analyse(pdf: Path, regions, blocks):
    """Read the body regions back in order; classify line-end hyphens.

    Returns hyphenated words (a hyphen added by the typesetter at a line end),
    line ends on a hyphen the source has (a real compound split there), the
    breaks between columns/pages, and whether the de-hyphenated text equals
    the source text.
    """
    exp = expected_text(blocks)
    exp_tokens = set(re.findall(r"\S+", exp))
    seq = []  # (region label, [lines])
    for p in range(1, pdf_pages(pdf) + 1):
        for r in regions:
            lines = region_lines(pdf, p, r)
            if lines:
                seq.append((f"p{p}{r[0]}", lines))
    flat = [(lab, l) for lab, ls in seq for l in ls]
    soft, hard = [], []
    joined = ""
    region_end = {}  # region label -> length of the blank-free text so far
    for i, (lab, line) in enumerate(flat):
        if i and flat[i - 1][0] != lab:
            region_end[flat[i - 1][0]] = len(re.sub(r"\s", "", joined))
        nxt = flat[i + 1][1] if i + 1 < len(flat) else ""
        last = line.split()[-1]
        if last.endswith("-") and len(last) > 1 and nxt:
            first = nxt.split()[0]
            cand_soft = last[:-1] + first
            cand_hard = last + first
            # a token of the source containing the join decides
            if any(cand_hard in t for t in exp_tokens) and not any(
                    cand_soft in t for t in exp_tokens):
                hard.append(cand_hard)
                joined += line + ""
                continue
            if any(cand_soft in t for t in exp_tokens):
                head = re.search(r"[A-Za-z][A-Za-z-]*$", last[:-1])
                tail = re.match(r"[A-Za-z-]*[A-Za-z]", first)
                soft.append((head.group(0) if head else last[:-1])
                            + (tail.group(0) if tail else first))
                joined += line[:-1]
                continue
        joined += line + " "
    # Lines may also break where the source has no blank (after '/' in a
    # URL, or LibreOffice between "." and "[3]"), so compare without blanks.
    content_ok = re.sub(r"\s", "", joined) == re.sub(r"\s", "", exp)
    # blank-free offsets where a source paragraph (block) ends
    bounds, n = set(), 0
    for _, t in blocks:
        n += len(re.sub(r"\s", "", t))
        bounds.add(n)
    flat_text = re.sub(r"\s", "", joined)
    breaks = []
    for (la, a), (lb, b) in zip(seq, seq[1:]):
        kind = "page" if la[:la.index("c")] != lb[:lb.index("c")] else "column"
        off = region_end.get(la)
        mid_paragraph = off not in bounds
        before = flat_text[:off] if off is not None else ""
        sentence_end = re.search(r"[.?!:](\[[0-9,\-\[\]]*\])?$", before)
        breaks.append(dict(kind=kind, at=f"{la}->{lb}", last_line=a[-1],
                           next_line=b[0], mid_paragraph=mid_paragraph,
                           mid_sentence=mid_paragraph and not sentence_end,
                           mid_word=a[-1].endswith("-")))
    return dict(soft=soft, hard=hard, breaks=breaks, content_ok=content_ok,
                joined=norm(joined), expected=norm(exp))


# ---------------------------------------------------------------------------
def main(argv):
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*"):
        old.unlink()
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    use_lo = "--no-libreoffice" not in argv and soffice is not None
    manifest = []
    jobs = [("reportlab", s) for s in RL_DOCS]
    if use_lo:
        jobs += [("libreoffice", s) for s in LO_DOCS]
    else:
        print("LibreOffice not used (not installed or --no-libreoffice)")
    problems = []
    for producer, spec in jobs:
        src = SRC_DIR / spec["src"]
        raw = src.read_bytes()
        text = raw.decode("utf-8")
        pdf = OUT / (spec["name"] + ".pdf")
        txt = OUT / (spec["name"] + ".txt")
        txt.write_bytes(raw)
        if producer == "reportlab":
            blocks, regions = build_reportlab(spec, text, pdf)
            font = spec["font"]
            hyph = spec["hyphenation"]
            heading_style = spec["heading_style"]
        else:
            blocks, regions = build_libreoffice(spec, text, pdf, soffice)
            font = spec["font"]
            hyph = "libreoffice-hyphen-en-us"
            heading_style = "own-line"
        a = analyse(pdf, regions, blocks)
        if not a["content_ok"]:
            problems.append(spec["name"])
            (OUT / (spec["name"] + ".readback.debug")).write_text(
                a["joined"] + "\n\n" + a["expected"] + "\n")
        colon_added = sorted({t for k, t in blocks if k == "heading"
                              and t.endswith(":") and t not in text})
        manifest.append(dict(
            pdf=pdf.name,
            text=txt.name,
            source_text=str(src),
            source_sha256=hashlib.sha256(raw).hexdigest(),
            producer=producer,
            font=font,
            pdf_fonts=[f"{n} ({e})" for n, e in pdf_fonts(pdf)],
            embedded_truetype=(producer == "libreoffice"
                               or spec["font"] in TTF),
            columns=spec["columns"],
            page_size_mm=list(spec["page"]),
            pages=pdf_pages(pdf),
            justified=True,
            hyphenated=bool(a["soft"]),
            hyphenation_method=hyph,
            headings="body type (same font and size, not bold), own line, "
                     "old-style colon" if heading_style == "own-line" else
                     "body type; colon headings on own line, 'Maternal "
                     "Levels.'/'Infant Levels.' run in at paragraph start",
            headings_colon_added=colon_added,
            running_header=spec["drug"] + " | Drugs and Lactation Database (LactMed)",
            running_footer="Page X of Y | " + text.split("\n", 1)[0].split(
                "source:", 1)[1].strip(),
            hyphenated_words=a["soft"],
            line_end_source_hyphens=a["hard"],
            breaks=a["breaks"],
            readback_matches_source=a["content_ok"],
            deterministic=True,
        ))
        print(f"{pdf.name}: {manifest[-1]['pages']} pages, "
              f"{len(a['soft'])} hyphenations, {len(a['hard'])} source-hyphen "
              f"line ends, breaks mid-sentence: "
              f"{sum(b['mid_sentence'] for b in a['breaks'])}/"
              f"{len(a['breaks'])}, content ok: {a['content_ok']}")
    (OUT / "manifest.json").write_text(json.dumps(
        dict(note="Independent LactMed PDF corpus made by make_pdfs.py. "
                  "hyphenated_words: words the typesetter split at a line end "
                  "with an added hyphen (read back with pdftotext -layout); "
                  "line_end_source_hyphens: a line ended on a hyphen the "
                  "source text has. LibreOffice PDFs: soffice writes the run "
                  "time into /CreationDate, /ID and /DocChecksum (the only "
                  "bytes that vary); make_pdfs.py overwrites them in place with fixed "
                  "values of the same length, so all PDFs are byte-stable.",
             pdfs=manifest), indent=1, ensure_ascii=False) + "\n")
    total = sum(p.stat().st_size for p in OUT.glob("*.pdf"))
    print(f"total PDF size: {total} bytes")
    if problems:
        print("read-back differs from source for:", ", ".join(problems))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
