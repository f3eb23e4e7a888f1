"""PDFs the project did not typeset (tests/data/foreign_pdfs, made by make_pdfs.py there from
the development texts, without reference to this parser): reportlab with pyphen hyphenation,
LibreOffice with its own, embedded TrueType fonts, Times and Helvetica, one and two columns,
headings in body type, running headers and footers, sentences across page and column breaks.

Each PDF sits beside the text it was typeset from; the PDF path must give the sentences the text
path gives, section by section, with either PDF backend."""

from __future__ import annotations

import difflib
import io
import json
import re
from pathlib import Path
from xml.sax.saxutils import escape

import pdfplumber
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.pagesizes import A6
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate

from pipeline.ingest.parsed import SourceFile
from pipeline.runner.document import DocumentResult, process_document
from pipeline.settings import Settings

FOREIGN = Path(__file__).parent / "data" / "foreign_pdfs"
MANIFEST = json.loads((FOREIGN / "manifest.json").read_text(encoding="utf-8"))["pdfs"]
BACKENDS = ("pdfplumber", "pdfium")
AGREEMENT = 0.98
_HYPHENATED = re.compile(r"[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+")


def _ingest(name: str, data: bytes, backend: str = "pdfplumber") -> DocumentResult:
    settings = Settings(extract=False, pdf_backend=backend)
    result = process_document(SourceFile(name, data), settings)
    assert not result.errors, result.errors
    return result


def _by_section(result: DocumentResult) -> dict[str, list[str]]:
    key = {s["section_id"]: s["section"] for s in result.tables["sections"]}
    out: dict[str, list[str]] = {}
    for s in result.tables["sentences"]:
        out.setdefault(key[s["section_id"]], []).append(s["text"])
    return out


def _agreement(want: dict[str, list[str]], got: dict[str, list[str]]) -> tuple[float, list[str]]:
    """Share of sentences the two paths give identically (in order, section by section), and
    the ones that differ."""
    same = total = 0
    differ: list[str] = []
    for section in sorted(set(want) | set(got)):
        a, b = want.get(section, []), got.get(section, [])
        matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
        same += sum(m.size for m in matcher.get_matching_blocks())
        total += max(len(a), len(b))
        for op, i1, i2, j1, j2 in matcher.get_opcodes():
            if op != "equal":
                differ += [f"  text {section}: {s}" for s in a[i1:i2]]
                differ += [f"  pdf  {section}: {s}" for s in b[j1:j2]]
    return (same / total if total else 1.0), differ


@pytest.fixture(scope="module")
def text_paths() -> dict[str, dict[str, list[str]]]:
    return {
        e["pdf"]: _by_section(_ingest(e["text"], (FOREIGN / e["text"]).read_bytes()))
        for e in MANIFEST
    }


@pytest.fixture(scope="module")
def pdf_results() -> dict[tuple[str, str], DocumentResult]:
    return {
        (e["pdf"], backend): _ingest(e["pdf"], (FOREIGN / e["pdf"]).read_bytes(), backend)
        for e in MANIFEST
        for backend in BACKENDS
    }


def test_the_corpus_is_typeset_unlike_the_projects_renderer() -> None:
    producers = {e["producer"] for e in MANIFEST}
    assert producers == {"reportlab", "libreoffice"}
    assert {e["columns"] for e in MANIFEST} == {1, 2}
    assert any(e["embedded_truetype"] for e in MANIFEST)
    assert all(e["hyphenated"] and e["hyphenated_words"] for e in MANIFEST)
    assert any(b["mid_sentence"] for e in MANIFEST for b in e["breaks"])


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("entry", MANIFEST, ids=lambda e: e["pdf"])
def test_pdf_and_text_paths_give_the_same_sentences(
    entry: dict, backend: str, text_paths, pdf_results
) -> None:
    want = text_paths[entry["pdf"]]
    got = _by_section(pdf_results[entry["pdf"], backend])
    agreement, differ = _agreement(want, got)
    print(f"{entry['pdf']} [{backend}]: {agreement:.3f} of sentences identical")
    print("\n".join(differ))
    assert sum(map(len, want.values())) >= 10
    assert agreement >= AGREEMENT, "\n".join(differ)


def _document_text(result: DocumentResult) -> str:
    return result.tables["documents"][0]["text"]


@pytest.mark.parametrize("backend", BACKENDS)
def test_no_typesetting_hyphen_survives_and_real_hyphens_do(backend: str, pdf_results) -> None:
    for entry in MANIFEST:
        source = (FOREIGN / entry["text"]).read_bytes()
        written = {w.lower() for w in _HYPHENATED.findall(source.decode("utf-8"))}  # word list
        text_path = _document_text(_ingest(entry["text"], source))
        text = _document_text(pdf_results[entry["pdf"], backend])
        got = {w.lower() for w in _HYPHENATED.findall(text)}
        assert got <= written, (entry["pdf"], sorted(got - written))  # no "thera-peutically"
        for word in entry["hyphenated_words"]:  # each word the typesetter broke, whole
            whole = re.compile(rf"\b{re.escape(word)}\b")
            assert bool(whole.search(text)) == bool(whole.search(text_path)), (entry["pdf"], word)
        kept = {w.lower() for w in _HYPHENATED.findall(text_path)}
        assert kept <= got, (entry["pdf"], sorted(kept - got))  # "weight-adjusted" stays


_SENTENCE_END = re.compile(r"(?<=[.?!])\s+")


def _across(brk: dict) -> str:
    """The words around a page or column break, within the sentence that runs over it (a word
    the typesetter broke there, whole)."""
    last, nxt = brk["last_line"], brk["next_line"]
    left = _SENTENCE_END.split(last[:-1] if brk["mid_word"] else last)[-1].split()[-2:]
    right = _SENTENCE_END.split(nxt)[0].split()[:2]
    return " ".join(left) + ("" if brk["mid_word"] else " ") + " ".join(right)


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_sentence_across_a_break_is_one_sentence_on_its_first_page(
    backend: str, pdf_results
) -> None:
    checked = 0
    for entry in MANIFEST:
        result = pdf_results[entry["pdf"], backend]
        rows = result.tables["sentences"]
        for brk in (b for b in entry["breaks"] if b["mid_sentence"]):
            words = _across(brk)
            first_page = int(re.match(r"p(\d+)", brk["at"]).group(1))
            holding = [s for s in rows if words in s["text"]]
            if not holding:  # the break fell in a passage neither path keeps (a disclaimer)
                assert words.split()[-1] not in _document_text(result), (entry["pdf"], brk)
                continue
            assert [s["page"] for s in holding] == [first_page], (entry["pdf"], brk)
            checked += 1
    assert checked >= 8


# --- any record, typeset with hyphenation and headings in body type ---

HEADINGS = {
    "summary": "Summary of Use during Lactation:",
    "maternal_levels": "Maternal Levels.",
    "infant_levels": "Infant Levels.",
    "infant_effects": "Effects in Breastfed Infants:",
    "lactation_effects": "Effects on Lactation and Breastmilk:",
    "alternatives": "Alternate Drugs to Consider:",
}
WORDS = [
    "mothers",
    "infants",
    "breastfed",
    "received",
    "intravenous",
    "concentrations",
    "therapeutically",
    "average",
    "approximately",
    "postpartum",
    "pregnancy",
    "withdrawal",
    "measurement",
    "toxicity",
    "metabolite",
    "including",
    "exclusively",
    "administration",
    "interpretation",
    "venlafaxine",
    "hydroxychloroquine",
    "tacrolimus",
    "the",
    "of",
    "and",
    "with",
    "were",
    "was",
    "in",
    "after",
    "daily",
    "every",
    "hours",
    "milk",
    "plasma",
    "weight-adjusted",
    "non-supplemented",
    "pre-eclampsia",
    "dosage",
]
_SENTENCE = st.builds(
    lambda words, n, unit: " ".join(words).capitalize() + f" {n} {unit}.",
    st.lists(st.sampled_from(WORDS), min_size=10, max_size=24),
    st.integers(1, 900),
    st.sampled_from(["mg daily", "mcg/L", "hours", "days", "weeks"]),
)
_SECTION = st.tuples(
    st.sampled_from(sorted(HEADINGS)),
    # Paragraphs of record length: plain text whose lines all fit a page width reads as
    # wrapped text, which no record is.
    st.lists(st.lists(_SENTENCE, min_size=3, max_size=5).map(" ".join), min_size=1, max_size=3),
)


def _typeset(sections: list[tuple[str, list[str]]], font: str, hyphenate: bool = True) -> bytes:
    """A small justified page, with pyphen's hyphenation or without (loose lines, wide gaps
    between words), headings in body type, a page footer."""
    buf = io.BytesIO()
    body = ParagraphStyle(
        "body", fontName=font, fontSize=9, leading=11, alignment=TA_JUSTIFY,
        hyphenationLang="en_US" if hyphenate else "", embeddedHyphenation=1, spaceAfter=4,
    )  # fmt: skip

    def footer(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        canvas.setFont(font, 7)
        canvas.drawString(30, 15, f"Page {doc.page}")

    doc = SimpleDocTemplate(buf, pagesize=A6, leftMargin=30, rightMargin=30, topMargin=30,
                            bottomMargin=30, invariant=1)  # fmt: skip
    story = [Paragraph("Testamine", body)]
    for key, paragraphs in sections:
        story.append(Paragraph(HEADINGS[key], body))
        story += [Paragraph(p, body) for p in paragraphs]
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buf.getvalue()


# No fixed seed: each run draws new records. Unhyphenated justified lines are loose, and their
# wide gaps line up by chance from line to line (0.2.0's gutter search, the point most wide
# gaps share, read most such records as two columns; every seed from 0 to 30 found one).
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    sections=st.lists(_SECTION, min_size=1, max_size=4, unique_by=lambda s: s[0]),
    font=st.sampled_from(["Times-Roman", "Helvetica"]),
    hyphenate=st.booleans(),
)
def test_any_record_typeset_so_gives_the_text_paths_sentences(sections, font, hyphenate) -> None:
    lines = ["Testamine"]
    for key, paragraphs in sections:
        lines += [HEADINGS[key], *paragraphs]
    want = _by_section(_ingest("t.txt", "\n".join(lines).encode()))
    got = _by_section(_ingest("t.pdf", _typeset(sections, font, hyphenate)))
    assert got == want


def _wide_gaps_sharing_an_x(data: bytes) -> int:
    """Most lines of one page whose gaps of 12 pt or more between words share a point in the
    middle half of the page (pdfplumber's words, grouped into lines by their top)."""
    most = 0
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            lines: dict[int, list[dict]] = {}
            for w in page.extract_words():
                lines.setdefault(round(w["top"]), []).append(w)
            gaps = [
                [
                    (a["x1"], b["x0"])
                    for a, b in zip(ws, ws[1:], strict=False)
                    if b["x0"] - a["x1"] >= 12
                ]
                for ws in (sorted(ws, key=lambda w: w["x0"]) for ws in lines.values())
            ]
            for x in range(int(page.width / 4), int(page.width * 3 / 4)):
                most = max(most, sum(any(a < x < b for a, b in g) for g in gaps))
    return most


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_long_one_column_record_in_helvetica_is_read_as_one_column(backend: str) -> None:
    """A development record typeset anew: Helvetica 9 pt justified on A6, no hyphenation.
    Wide gaps between words on several lines of its first page share an x in the middle of the
    page, which a gutter found as the position most wide gaps share took for a column gutter
    (0.2.0 gave 42% of its sentences as the text path does); no band there stays clear over
    consecutive lines, so the page is one column and the sentences are the text path's."""
    text = (FOREIGN / "hydroxychloroquine_rl_helvetica_1col.txt").read_text(encoding="utf-8")
    buf = io.BytesIO()
    body = ParagraphStyle(
        "body", fontName="Helvetica", fontSize=9, leading=10.8, alignment=TA_JUSTIFY,
        spaceAfter=4,
    )  # fmt: skip
    doc = SimpleDocTemplate(buf, pagesize=A6, leftMargin=30, rightMargin=30, topMargin=30,
                            bottomMargin=30, invariant=1)  # fmt: skip
    doc.build([Paragraph(escape(line), body) for line in text.splitlines() if line.strip()])
    data = buf.getvalue()
    assert _wide_gaps_sharing_an_x(data) >= 3  # the trap is there

    def sentences(result: DocumentResult) -> dict[str, list[str]]:
        # The source URL, broken over two lines on the page, is another matter: left out.
        return {k: [s for s in v if "://" not in s] for k, v in _by_section(result).items()}

    want = sentences(_ingest("h.txt", text.encode()))
    got = sentences(_ingest("h.pdf", data, backend))
    assert sum(map(len, want.values())) >= 15
    assert got == want
