#!/usr/bin/env python3
"""PDF twins of text corpora: the same documents typeset by producers that are not ours.

Each document of a text corpus is set as a PDF by LibreOffice (soffice --headless, its own
hyphenation) or by reportlab (justified, pyphen en_US hyphenation, embedded DejaVu or Liberation
TrueType), one or two columns, headings in body type, a running header and a "Page X of Y"
footer. The words are the text file's, unchanged: a paragraph is a run of non-blank lines where
a line ending in a blank goes on (a hard wrap), every other line is a paragraph of its own. The
twin's gold is the text gold with each document's name changed to the PDF's.

pipeline/render/ (the project's own renderer) is deliberately not used: the twins test the
ingest against typesetting it did not make. LibreOffice's time stamps are pinned so a rerun
gives the same bytes.

Usage: .venv/bin/python scripts/make_pdf_twins.py [corpus ...]   (default: every twin below)
Needs soffice (libreoffice-writer), hyphen-en-us, fonts-dejavu-core, fonts-liberation,
reportlab and pyphen.
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
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

import pyphen
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import BaseDocTemplate, CondPageBreak, Frame, PageTemplate, Paragraph

ROOT = Path(__file__).resolve().parent.parent
# twin name -> (text corpus folder, PDF twin folder), relative to the repository
TWINS = {
    "dev": ("eval/corpora/dev", "eval/corpora/dev_pdf"),
    "blind_a": ("tests/data/heldout_a", "tests/data/heldout_a_pdf"),
    "blind_c": ("tests/data/heldout_c", "tests/data/heldout_c_pdf"),
    "blind_m": ("tests/data/heldout_m", "tests/data/heldout_m_pdf"),
    "blind_y_text": ("tests/data/heldout_y", "tests/data/heldout_y_pdf"),
}
# Corpora whose documents are in a folder of their own beside the gold, with pages of other
# kinds (HTML, Markdown) among them: only the plain-text documents are typeset, and their gold
# lines, as the text twin, go to text_gold.jsonl in the twin's folder.
DOCUMENTS_IN = {"blind_y_text": "docs"}
TTF = {
    "DejaVuSerif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "DejaVuSans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "LiberationSerif": "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "LiberationSans": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
}
_HYPH = pyphen.Pyphen(lang="en_US")
_LONG_WORD = re.compile(r"[A-Za-z]{5,}")
# Headings of a LactMed record (set in body type, on a line of their own)
HEADINGS = re.compile(
    r"^(Drug Levels( and Effects)?|Summary of Use during Lactation|Maternal Levels\.?|"
    r"Infant Levels\.?|Effects in Breastfed Infants|Effects on Lactation and Breastmilk|"
    r"Possible Effects on Lactation|Alternate Drugs to Consider|References|Substance Identification"
    r"|.{1,60}[^.:;,)\]\d])$"
)


@dataclass(frozen=True)
class Style:
    producer: str  # "libreoffice" or "reportlab"
    font: str
    size: float
    columns: int
    page: tuple[int, int]  # mm


# Documents take the styles in turn, so every corpus has each producer, font and column count.
STYLES = (
    Style("libreoffice", "Liberation Serif", 10, 1, (115, 150)),
    Style("reportlab", "DejaVuSerif", 8.5, 2, (150, 140)),
    Style("libreoffice", "DejaVu Serif", 8.5, 2, (150, 130)),
    Style("reportlab", "LiberationSerif", 10, 1, (110, 150)),
    Style("reportlab", "LiberationSans", 8.5, 2, (150, 120)),
)


_ITEM = re.compile(r"^\s*(?:\d+(?:\.\d+)*[.)]|[-*\u2022])\s")


def _hard_wrapped(lines: list[str]) -> bool:
    """A text typed at a fixed width (no line over 130 characters, most of them long), whose
    paragraphs run over several lines until a blank one."""
    full = [x for x in lines if x.strip()]
    return (
        bool(full)
        and max(map(len, full)) <= 130
        and sum(len(x) >= 55 for x in full) >= 0.4 * len(full)
    )


def _wrapped_paragraphs(lines: list[str]) -> list[str]:
    """A hard-wrapped text's paragraphs: a blank line, a list item's first line, or the line
    after a short line that ends a sentence or is all capitals, starts a new one."""
    out: list[str] = []
    ended = True
    for raw in lines:
        line = raw.strip()
        if not line:
            ended = True
            continue
        if ended or _ITEM.match(raw):
            out.append(line)
        else:
            out[-1] = out[-1] + " " + line
        short = len(raw) < 45
        ended = short and (line.endswith((".", ":", "?", "!")) or not re.search(r"[a-z]", line))
    return out


def paragraphs(text: str) -> list[str]:
    """The text's paragraphs: in a text typed at a fixed width, runs of lines (_wrapped_paragraphs);
    otherwise a line is a paragraph, and a line ending in a blank is hard-wrapped and goes on."""
    if _hard_wrapped(text.split("\n")):
        return _wrapped_paragraphs(text.split("\n"))
    out: list[str] = []
    going_on = False
    for raw in text.split("\n"):
        if not raw.strip():
            going_on = False
            continue
        if going_on and out:
            out[-1] = out[-1] + " " + raw.strip()
        else:
            out.append(raw.strip())
        going_on = raw != raw.rstrip()
    return out


def is_heading(para: str) -> bool:
    return bool(HEADINGS.match(para)) and not para.startswith("source:")


def title_of(path: Path) -> str:
    """The running header: the drug, from the file name ("d01_paroxetine" -> "Paroxetine")."""
    return path.stem.split("_")[1].capitalize()


# --- reportlab ---


def _register_fonts() -> None:
    for name, path in TTF.items():
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, path))


def _canvas_maker(title: str, font: str, size: float) -> type:
    class NumberedCanvas(rl_canvas.Canvas):
        """Writes the header and "Page X of Y" once the page count is known."""

        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)  # type: ignore[arg-type]
            self._saved: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            for state in self._saved:
                self.__dict__.update(state)
                width, height = self._pagesize
                self.setFont(font, size - 1)
                self.drawString(12 * mm, height - 10 * mm, title)
                self.drawRightString(width - 12 * mm, height - 10 * mm, "Drugs and Lactation")
                self.line(12 * mm, height - 11.5 * mm, width - 12 * mm, height - 11.5 * mm)
                self.drawString(12 * mm, 8 * mm, f"Page {self._pageNumber} of {len(self._saved)}")
                super().showPage()
            super().save()

    return NumberedCanvas


def _wrap_url(line: str, font: str, size: float, width: float) -> str:
    """reportlab cannot break a long URL: break it after '/' (no character added)."""
    lines, cur = [], ""
    for piece in re.findall(r"[^/]*/+|[^/]+$", line):
        if cur and pdfmetrics.stringWidth(cur + piece, font, size) > width:
            lines.append(cur)
            cur = piece
        else:
            cur += piece
    return "<br/>".join(escape(x) for x in [*lines, cur])


def build_reportlab(style: Style, text: str, title: str, out: Path) -> None:
    _register_fonts()
    page_w, page_h = style.page[0] * mm, style.page[1] * mm
    body_w, body_h = page_w - 24 * mm, page_h - 32 * mm
    gutter = 6 * mm
    col_w = (body_w - gutter) / style.columns if style.columns == 2 else body_w
    frames = [
        Frame(
            12 * mm + i * (col_w + gutter),
            16 * mm,
            col_w,
            body_h,
            id=f"c{i}",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )  # fmt: skip
        for i in range(style.columns)
    ]
    leading = style.size * 1.22
    body = ParagraphStyle(
        "body", fontName=style.font, fontSize=style.size, leading=leading,
        alignment=TA_JUSTIFY, spaceAfter=leading * 0.4, embeddedHyphenation=0,
        hyphenationLang="", uriWasteReduce=0.3,
    )  # fmt: skip
    head = ParagraphStyle("head", parent=body, alignment=TA_LEFT, spaceBefore=leading * 0.3)
    story: list[object] = []
    for para in paragraphs(text):
        if para.startswith("source:") or re.fullmatch(r"\S{40,}", para):
            story.append(Paragraph(_wrap_url(para, style.font, style.size, col_w), head))
        elif is_heading(para):
            story += [CondPageBreak(leading * 3.5), Paragraph(escape(para), head)]
        else:
            # pyphen's points as soft hyphens: reportlab's own hyphenation drops the hyphen of
            # a hyphenated word it does not break ("pre-dose" -> "predose"), a text change.
            marked = _LONG_WORD.sub(lambda m: _HYPH.inserted(m[0], hyphen="\u00ad"), escape(para))
            story.append(Paragraph(marked, body))
    doc = BaseDocTemplate(
        str(out), pagesize=(page_w, page_h), invariant=1, pageCompression=1,
        title=f"{title} - LactMed", author="", subject="", creator="scripts/make_pdf_twins.py",
    )  # fmt: skip
    doc.addPageTemplates([PageTemplate(id="body", frames=frames)])
    doc.build(story, canvasmaker=_canvas_maker(title, style.font, style.size))


# --- LibreOffice ---

FODT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:font-face-decls><style:font-face style:name="{font}" svg:font-family="'{font}'"/>
 </office:font-face-decls>
 <office:styles>
  <style:style style:name="Standard" style:family="paragraph">
   <style:paragraph-properties fo:text-align="justify" fo:margin-bottom="{gap}pt"
     fo:line-height="118%" fo:hyphenation-ladder-count="no-limit"/>
   <style:text-properties style:font-name="{font}" fo:font-size="{size}pt" fo:language="en"
     fo:country="US" fo:hyphenate="true" fo:hyphenation-remain-char-count="2"
     fo:hyphenation-push-char-count="2"/>
  </style:style>
  <style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-align="start" fo:keep-with-next="always"
     fo:margin-top="{gap}pt" fo:margin-bottom="0pt"/>
  </style:style>
  <style:style style:name="Furniture" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-align="start"><style:tab-stops>
    <style:tab-stop style:position="{tab}mm" style:type="right"/></style:tab-stops>
   </style:paragraph-properties>
   <style:text-properties fo:font-size="{small}pt" fo:hyphenate="false"/>
  </style:style>
 </office:styles>
 <office:automatic-styles>
  <style:page-layout style:name="pm1">
   <style:page-layout-properties fo:page-width="{pw}mm" fo:page-height="{ph}mm"
     fo:margin-left="12mm" fo:margin-right="12mm" fo:margin-top="9mm" fo:margin-bottom="9mm"/>
   <style:header-style><style:header-footer-properties fo:margin-bottom="4mm"/></style:header-style>
   <style:footer-style><style:header-footer-properties fo:margin-top="4mm"/></style:footer-style>
  </style:page-layout>
  <style:style style:name="Sect1" style:family="section">
   <style:section-properties text:dont-balance-text-columns="true">
    <style:columns fo:column-count="{cols}" fo:column-gap="6mm"/></style:section-properties>
  </style:style>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="pm1">
   <style:header><text:p text:style-name="Furniture">{title}<text:tab/>Drugs and Lactation</text:p>
   </style:header>
   <style:footer><text:p text:style-name="Furniture">Page <text:page-number>1</text:page-number>
 of <text:page-count>1</text:page-count></text:p></style:footer>
  </style:master-page>
 </office:master-styles>
 <office:body><office:text><text:section text:style-name="Sect1" text:name="Record">
{paras}
 </text:section></office:text></office:body>
</office:document>
"""


def pin_libreoffice_bytes(data: bytes) -> bytes:
    """soffice writes the time into /CreationDate, /ID and /DocChecksum: overwrite them with
    fixed values of the same length, so the xref offsets stay valid and reruns give the same
    bytes."""
    data = re.sub(
        rb"(/CreationDate\()(D:[^)]*)\)",
        lambda m: m[1] + (b"D:20240101000000Z" + b"'" * 40)[: len(m[2])] + b")",
        data,
    )
    ident = hashlib.md5(re.sub(rb"/ID \[[^\]]*\]|/DocChecksum /[0-9A-Fa-f]+", b"", data))
    fixed = ident.hexdigest().upper().encode()
    data = re.sub(rb"(/DocChecksum /)[0-9A-Fa-f]{32}", lambda m: m[1] + fixed, data)
    return re.sub(
        rb"/ID \[[^\]]*\]", lambda m: re.sub(rb"<[0-9A-Fa-f]{32}>", b"<" + fixed + b">", m[0]), data
    )


def build_libreoffice(style: Style, text: str, title: str, out: Path) -> None:
    # A line break inside a paragraph is a blank: LibreOffice would drop a raw newline anyway.
    paras = "\n".join(
        f'<text:p text:style-name="{"Heading" if is_heading(p) else "Standard"}">'
        f"{escape(p)}</text:p>"
        for p in paragraphs(text)
    )
    doc = FODT.format(
        font=style.font, size=style.size, small=style.size - 1, gap=style.size * 0.4,
        pw=style.page[0], ph=style.page[1], tab=style.page[0] - 24, cols=style.columns,
        title=escape(title), paras=paras,
    )  # fmt: skip
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise SystemExit("soffice not found: install libreoffice-writer")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / (out.stem + ".fodt")
        src.write_text(doc, encoding="utf-8")
        cmd = [
            soffice,
            f"-env:UserInstallation=file://{tmp}/profile",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf:writer_pdf_Export",
            "--outdir",
            tmp,
            str(src),
        ]
        env = dict(os.environ, SAL_USE_VCLPLUGIN="svp", TZ="UTC")
        subprocess.run(cmd, check=True, capture_output=True, timeout=300, env=env)
        out.write_bytes(pin_libreoffice_bytes((Path(tmp) / (out.stem + ".pdf")).read_bytes()))


# --- corpora ---


def lost_words(text: str, pdf: Path) -> list[str]:
    """Words of the text that poppler's pdftotext does not read back from the PDF (a line-end
    hyphen may go either way): the twin must carry the text's words, typesetting aside."""
    back = subprocess.run(
        ["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True
    ).stdout
    back = back.replace("\u00ad", "-")
    kept = re.sub(r"\s+", " ", re.sub(r"-\s*\n\s*", "-", back))
    dropped = re.sub(r"\s+", " ", re.sub(r"-\s*\n\s*", "", back))
    words = set(re.findall(r"[A-Za-z][A-Za-z-]*[A-Za-z]", text))
    return sorted(w for w in words if w not in kept and w not in dropped)


README = """# PDF twin of {text}

The documents of `{text}` typeset as PDFs by producers that are not this project's renderer,
made by `scripts/make_pdf_twins.py {name}` (run `.venv/bin/python scripts/make_pdf_twins.py`;
it needs soffice from libreoffice-writer, hyphen-en-us, fonts-dejavu-core, fonts-liberation,
reportlab and pyphen). The words are the text file's: a paragraph is a run of non-blank lines
where a line ending in a blank goes on (a hard wrap), any other line is a paragraph of its own;
short lines without a final stop are set as headings in body type. Every page has a running
header (the drug, "Drugs and Lactation") and a "Page X of Y" footer.

- LibreOffice (`soffice --headless --convert-to pdf` from a flat ODF document): justified, its
  own en-US hyphenation, Liberation Serif or DejaVu Serif, one or two columns; the time stamps
  it writes are pinned, so a rerun gives the same bytes.
- reportlab: justified, pyphen's en_US hyphenation points set as soft hyphens (reportlab's own
  hyphenation drops the hyphen of a hyphenated word it does not break: "pre-dose" would read
  "predose"), embedded DejaVu Serif, Liberation Serif or Liberation Sans TrueType, one or two
  columns.

`gold.jsonl` is the text twin's gold with each document's name changed to its PDF's. The gate
(eval/baseline.json, "text_twin") fails when an atom's F1 here is more than 0.01 below the text
twin's in the same run. The script warns about words poppler's pdftotext does not read back;
a word split across a column or page break (the footer read between its halves) is expected.

| PDF | text | producer | font | columns |
|---|---|---|---|---|
{table}
"""


_SUBSET_NOTE = """
Only the corpus's plain-text documents are typeset (its HTML and Markdown pages are not
documents a typesetter would set as they are). `text_gold.jsonl` holds their gold lines as the
text twin ("blind_y_text" in eval/baseline.json reads them from the corpus's `docs/` folder).
"""


def make_twin(name: str) -> None:
    text_dir, pdf_dir = (ROOT / p for p in TWINS[name])
    pdf_dir.mkdir(parents=True, exist_ok=True)
    for old in pdf_dir.glob("*.pdf"):
        old.unlink()
    gold_lines, made, text_lines = [], [], []
    lines = [x for x in (text_dir / "gold.jsonl").read_text(encoding="utf-8").splitlines() if x]
    if name in DOCUMENTS_IN:
        lines = [x for x in lines if json.loads(x)["doc"].endswith(".txt")]
        text_lines = list(lines)
    for k, line in enumerate(lines):
        gold = json.loads(line)
        source = text_dir / DOCUMENTS_IN.get(name, "") / gold["doc"]
        style = STYLES[k % len(STYLES)]
        pdf = pdf_dir / (source.stem + ".pdf")
        build = build_libreoffice if style.producer == "libreoffice" else build_reportlab
        text = source.read_text(encoding="utf-8")
        build(style, text, title_of(source), pdf)
        lost = lost_words(text, pdf)
        if lost:
            print(f"warning: {pdf.name} does not read back {', '.join(lost[:8])}")
        gold["doc"] = pdf.name
        gold_lines.append(json.dumps(gold, ensure_ascii=False))
        made.append(
            f"| {pdf.name} | {source.name} | {style.producer} | {style.font}"
            f" {style.size} pt | {style.columns} |"
        )
    (pdf_dir / "gold.jsonl").write_text("\n".join(gold_lines) + "\n", encoding="utf-8")
    if text_lines:
        (pdf_dir / "text_gold.jsonl").write_text("\n".join(text_lines) + "\n", encoding="utf-8")
    (pdf_dir / "README.md").write_text(
        README.format(text=TWINS[name][0], name=name, table="\n".join(made))
        + (_SUBSET_NOTE if text_lines else ""),
        encoding="utf-8",
    )
    size = sum(p.stat().st_size for p in pdf_dir.glob("*.pdf"))
    print(f"{name}: {len(made)} PDFs in {pdf_dir.relative_to(ROOT)}, {size // 1024} KiB")


def main(argv: list[str]) -> int:
    for name in argv or list(TWINS):
        make_twin(name)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
