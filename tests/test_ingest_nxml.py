"""LactMed NXML archives: real .tar.gz archives written by the renderer, read back through the
real pipeline into Parquet; the same record as NXML and as plain text gives the same sentences."""

from __future__ import annotations

import gzip
import io
import os
import random
import subprocess
import sys
import tarfile
from collections import defaultdict
from dataclasses import replace
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.errors import DocumentError
from pipeline.ingest.nxml import parse_nxml
from pipeline.ingest.parsed import HEADING, LIST_ITEM, PARAGRAPH, TABLE_ROW, SourceFile
from pipeline.ingest.sources import FailedSource, iter_sources
from pipeline.render.lactmed_nxml import ARCHIVE_MTIME, member_name, render_nxml, write_archive
from pipeline.render.record import RecordReference
from pipeline.render.samples.archive import write_sample_archive
from pipeline.render.samples.nxml_records import FAMOTIDINE, LAMOTRIGINE, NIFEDIPINE, RECORDS
from pipeline.runner.document import DocumentResult, process_document
from pipeline.runner.run import run
from pipeline.settings import Settings

ARCHIVE = "lactmed_NBK501922.tar.gz"
REPO = Path(__file__).resolve().parent.parent


def _table(out: Path, name: str) -> pd.DataFrame:
    return pd.read_parquet(out / f"{name}.parquet")


def _path(record) -> str:
    return f"{ARCHIVE}!{member_name(record)}"


@pytest.fixture(scope="module")
def archive_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    raw = tmp_path_factory.mktemp("raw")
    write_archive(RECORDS, raw / ARCHIVE)
    out = tmp_path_factory.mktemp("out")
    summary = run(raw, out, extract=False, console=False)
    assert summary.failed == 0
    return out


# -- the archive through the pipeline ---------------------------------------------------------


def test_documents_carry_record_metadata(archive_run: Path) -> None:
    docs = _table(archive_run, "documents").set_index("source_path")
    assert sorted(docs.index) == sorted(_path(r) for r in RECORDS)
    assert set(docs["source_kind"]) == {"lactmed_xml"}
    for record in RECORDS:
        row = docs.loc[_path(record)]
        assert row["title"] == record.drug
        assert row["drug"] == record.drug.lower()
        assert row["cas"] == record.cas
        assert pd.Timestamp(row["revised"]).date() == record.revised
        assert row["encoding"] == "utf-8"
    assert _table(archive_run, "errors").empty


def test_sections_get_canonical_keys(archive_run: Path) -> None:
    docs = _table(archive_run, "documents").set_index("source_path")
    sections = _table(archive_run, "sections")
    keys = {
        path: set(sections[sections["doc_id"] == docs.loc[path, "doc_id"]]["section"])
        for path in docs.index
    }
    assert keys[_path(LAMOTRIGINE)] == {
        "summary",
        "other",
        "maternal_levels",
        "infant_levels",
        "infant_effects",
        "lactation_effects",
        "alternatives",
        "substance",
        "references",
    }
    # Famotidine has no drug levels; Nifedipine has no alternatives.
    assert "maternal_levels" not in keys[_path(FAMOTIDINE)]
    assert "alternatives" not in keys[_path(NIFEDIPINE)]
    assert "maternal_levels" in keys[_path(NIFEDIPINE)]


def test_references_come_from_the_ref_list(archive_run: Path) -> None:
    docs = _table(archive_run, "documents").set_index("source_path")
    refs = _table(archive_run, "bibliography")
    for record in RECORDS:
        got = refs[refs["doc_id"] == docs.loc[_path(record), "doc_id"]].sort_values("ref_number")
        assert list(got["ref_number"]) == [r.number for r in record.references]
        assert [p if isinstance(p, str) else None for p in got["pmid"]] == [
            r.pmid for r in record.references
        ]
        for text, ref in zip(got["text"], record.references, strict=True):
            assert text.startswith(ref.text)
            assert text.endswith(f"PMID: {ref.pmid}") == bool(ref.pmid)


def test_sentences_keep_citations_as_lactmed_writes_them(archive_run: Path) -> None:
    docs = _table(archive_run, "documents").set_index("doc_id")
    sentences = _table(archive_run, "sentences")
    texts = set(sentences["text"])
    assert (
        "Infant serum levels were <1 mg/L in 6 of 8 infants, and up to 2.3 mg/L in the "
        "others.[1-3]" in texts
    )
    assert (
        "Most infants have no adverse effects, although monitoring for rash is "
        "advised.[2,3]" in texts
    )
    assert any(t.endswith("of maternal serum in the first and third months.[2][3]") for t in texts)
    assert any("low & infants receive <5% of the maternal dose.[2]" in t for t in texts)
    # Offsets point into documents.text.
    for row in sentences.itertuples():
        assert docs.loc[row.doc_id, "text"][row.char_start : row.char_end] == row.text


# -- NXML and plain text agree --------------------------------------------------------------


def _by_section(result: DocumentResult) -> dict[tuple[str, str | None], list[str]]:
    assert not result.errors, result.errors
    heads = {s["section_id"]: (s["section"], s["heading"]) for s in result.tables["sections"]}
    out: dict[tuple[str, str | None], list[str]] = defaultdict(list)
    for sent in result.tables["sentences"]:
        out[heads[sent["section_id"]]].append(sent["text"])
    return dict(out)


@pytest.mark.parametrize("record", RECORDS, ids=lambda r: r.drug)
@pytest.mark.parametrize(
    "style",
    [
        {},
        {"citations": "bare", "substance": "def-list"},
        {"citations": "sup", "alternatives": "list", "ref_labels": True},
    ],
    ids=["bracketed", "bare-deflist", "sup-list"],
)
def test_nxml_and_plain_text_give_the_same_sentences(record, style) -> None:
    xml = process_document(
        SourceFile("x.tar.gz!a.nxml", render_nxml(record, **style)), Settings(extract=False)
    )
    text = process_document(
        SourceFile("x.txt", record.to_text().encode("utf-8")), Settings(extract=False)
    )
    assert _by_section(xml) == _by_section(text)
    xml_doc, text_doc = xml.tables["documents"][0], text.tables["documents"][0]
    for field in ("title", "drug", "cas"):
        assert xml_doc[field] == text_doc[field], field
    assert xml.tables["bibliography"] == [
        {**r, "doc_id": xml.doc_id} for r in text.tables["bibliography"]
    ]
    assert xml_doc["revised"] == record.revised  # plain text has no revision date


# -- metadata and inline forms --------------------------------------------------------------


def _parse(data: bytes, name: str = "a.nxml"):
    return parse_nxml(SourceFile(name, data))


def test_updated_date_and_cas_from_any_keyword_group() -> None:
    xml = render_nxml(LAMOTRIGINE).decode()
    xml = xml.replace('date-type="revised"', 'date-type="updated"')
    xml = xml.replace("<month>03</month>", "<month>March</month>")
    # The CAS number in an untyped group, after a keyword that only looks like one.
    xml = xml.replace('kwd-group-type="CAS"', 'kwd-group-type="keywords"')
    xml = xml.replace("<kwd>84057-84-1</kwd>", "<kwd>12345-67-8</kwd><kwd>84057-84-1</kwd>")
    xml = xml.replace("<p>84057-84-1</p>", "<p>not listed</p>")
    doc = _parse(xml.encode())
    assert doc.revised == date(2024, 3, 15)
    assert doc.cas == "84057-84-1"


def test_reference_labels_and_empty_xrefs_number_the_citations() -> None:
    record = replace(
        FAMOTIDINE,
        summary=("Levels were low in two studies.[1,5]",),
        references=(
            *FAMOTIDINE.references[:1],
            RecordReference(5, "Fifth study. 2002.", "1234567"),
        ),
    )
    xml = render_nxml(record, ref_labels=True).decode()
    xml = xml.replace('rid="lm9002.r5">5</xref>', 'rid="lm9002.r5"/>')  # number from the label
    doc = _parse(xml.encode())
    assert [(r.number, r.pmid) for r in doc.references] == [(1, None), (5, "1234567")]
    assert "Levels were low in two studies.[1,5]" in [b.text for b in doc.blocks]


INLINE_RECORD = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE book-part-wrapper PUBLIC "-//NLM//DTD BITS Book Interchange DTD v2.0 20151225//EN"
  "BITS-book2.dtd">
<book-part-wrapper xmlns:xlink="http://www.w3.org/1999/xlink">
<book-part book-part-type="chapter"><book-part-meta>
<title-group><title>Testdrug</title></title-group></book-part-meta>
<body>
<sec><title>Summary of Use during Lactation</title>
<p>Milk levels were 0.5&ndash;2.1 mg/L.<sup><xref ref-type="bibr" rid="b1">1</xref>,
<xref ref-type="bibr" rid="b2">2</xref></sup> A second study <!-- note -->agreed
[<xref ref-type="bibr" rid="b1">1</xref>&#x2013;<xref ref-type="bibr" rid="b3">3</xref>].</p>
<p>Doses used:<list list-type="bullet"><list-item><p>10 mg once daily</p></list-item>
<list-item><p>20 mg twice daily<xref ref-type="fn" rid="fn1">a</xref></p></list-item></list>
as reported by <xref ref-type="bibr" rid="b2">Smith 2001</xref>.</p>
<table-wrap><caption><title>Milk levels</title></caption><table>
<tr><th>Dose</th><th>Level</th></tr><tr><td>10 mg</td><td>&lt;1 mcg/L</td></tr></table></table-wrap>
</sec>
<sec><title>Drug Levels</title>
<p><bold>Maternal Levels.</bold> Eight women<break/>were studied.<xref ref-type="bibr"
 rid="b3"/></p>
</sec>
<sec><title>Substance Identification</title>
<p>Substance Name: Testdrug</p><p>CAS Registry Number: 50-00-0</p>
</sec>
</body>
<back><ref-list>
<ref id="b1"><element-citation><person-group><name><surname>Lee</surname></name></person-group>
<article-title>Milk study</article-title><year>2001</year></element-citation></ref>
<ref id="b2"><mixed-citation>Smith J. Doses. 2001. PMID: <pub-id pub-id-type="pmid">7654321</pub-id>
</mixed-citation></ref>
<ref id="b3"><mixed-citation>Roe K. Infants. <ext-link
 xlink:href="https://pubmed.ncbi.nlm.nih.gov/2345678/">PubMed</ext-link></mixed-citation></ref>
</ref-list></back>
</book-part></book-part-wrapper>
"""


def test_inline_forms_read_like_lactmed_text() -> None:
    doc = _parse(INLINE_RECORD.encode())
    blocks = [(b.kind, b.text) for b in doc.blocks]
    assert blocks[:8] == [
        (HEADING, "Summary of Use during Lactation"),
        (PARAGRAPH, "Milk levels were 0.5\u20132.1 mg/L.[1,2] A second study agreed [1\u20133]."),
        (PARAGRAPH, "Doses used:"),
        (LIST_ITEM, "10 mg once daily"),
        (LIST_ITEM, "20 mg twice daily"),
        (PARAGRAPH, "as reported by Smith 2001."),
        (PARAGRAPH, "Milk levels"),
        (TABLE_ROW, "Dose | Level"),
    ]
    assert (TABLE_ROW, "10 mg | <1 mcg/L") in blocks
    # A bold run-in subhead, a <break/> and an xref with no text (numbered from the ref list).
    i = blocks.index((HEADING, "Maternal Levels."))
    assert blocks[i + 1] == (PARAGRAPH, "Eight women were studied.[3]")
    assert doc.cas == "50-00-0" and doc.title == "Testdrug" and doc.drug == "testdrug"
    assert [(r.number, r.pmid) for r in doc.references] == [
        (1, None),
        (2, "7654321"),
        (3, "2345678"),
    ]
    assert doc.references[0].text == "Lee Milk study 2001"
    assert doc.references[1].text == "Smith J. Doses. 2001. PMID: 7654321"


# -- bad input ------------------------------------------------------------------------------

MALFORMED = b"""<?xml version="1.0"?>
<book-part-wrapper><book-part><body>
<sec><title>Summary</title><p>Unclosed paragraph
</sec></body></book-part></book-part-wrapper>"""

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<book-part-wrapper><book-part><body><sec><title>Summary</title><p>&lol4;</p></sec></body>
</book-part></book-part-wrapper>"""

EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE book-part-wrapper [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<book-part-wrapper><book-part><body><sec><title>Summary</title><p>Leak: &xxe;</p></sec></body>
</book-part></book-part-wrapper>"""

NOT_LACTMED = b"""<?xml version="1.0"?>
<article><front><article-meta><title-group><article-title>A journal article</article-title>
</title-group></article-meta></front><body><p>Not a LactMed record.</p></body></article>"""


def test_bad_members_are_one_error_row_each(tmp_path: Path) -> None:
    raw, out = tmp_path / "raw", tmp_path / "out"
    bad = {
        "lactmed/NBK501922/LM1.nxml": MALFORMED,
        "lactmed/NBK501922/LM2.nxml": BILLION_LAUGHS,
        "lactmed/NBK501922/LM3.nxml": EXTERNAL_ENTITY,
        "lactmed/NBK501922/LM4.nxml": NOT_LACTMED,
        "../../etc/x.nxml": render_nxml(NIFEDIPINE),
        "/abs.nxml": render_nxml(FAMOTIDINE),
    }
    write_archive([LAMOTRIGINE], raw / ARCHIVE, extra_members=list(bad.items()))
    summary = run(raw, out, extract=False, console=False)
    assert summary.failed == len(bad)
    docs = _table(out, "documents")
    assert list(docs["source_path"]) == [_path(LAMOTRIGINE)]
    errors = _table(out, "errors").set_index("source_path")
    assert {p.split("!", 1)[1]: errors.loc[p, "error"] for p in errors.index} == {
        "lactmed/NBK501922/LM1.nxml": "xml_malformed",
        "lactmed/NBK501922/LM2.nxml": "xml_entities",
        "lactmed/NBK501922/LM3.nxml": "xml_entities",
        "lactmed/NBK501922/LM4.nxml": "not_lactmed_xml",
        "../../etc/x.nxml": "unsafe_member",
        "/abs.nxml": "unsafe_member",
    }
    assert "line 4" in errors.loc[f"{ARCHIVE}!lactmed/NBK501922/LM1.nxml", "message"]
    assert "<article>" in errors.loc[f"{ARCHIVE}!lactmed/NBK501922/LM4.nxml", "message"]
    # Nothing was extracted anywhere: the archive, and the run's own output under out/.
    written = [p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if p.is_file()]
    assert [p for p in written if not p.startswith("out/")] == [f"raw/{ARCHIVE}"]
    assert not any(p.endswith((".nxml", ".xml")) for p in written)
    assert not (tmp_path.parent / "etc").exists()
    assert not Path("/abs.nxml").exists()
    assert "root:" not in "".join(_table(out, "sentences")["text"])


def test_external_dtd_is_never_loaded(tmp_path: Path) -> None:
    dtd = tmp_path / "evil.dtd"
    dtd.write_text('<!ENTITY secret "LEAKED-SECRET">')
    xml = INLINE_RECORD.replace('"BITS-book2.dtd"', f'"file://{dtd}"').replace(
        "Eight women", "Eight &secret; women"
    )
    doc = _parse(xml.encode())
    text = " ".join(b.text for b in doc.blocks)
    assert "LEAKED-SECRET" not in text
    assert "Eight &secret; women" in text  # the undeclared entity is left as written


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (MALFORMED, "xml_malformed"),
        (BILLION_LAUGHS, "xml_entities"),
        (EXTERNAL_ENTITY, "xml_entities"),
        (NOT_LACTMED, "not_lactmed_xml"),
        (
            BILLION_LAUGHS.decode().replace('"1.0"?', '"1.0" encoding="UTF-16"?').encode("utf-16"),
            "xml_entities",
        ),
        (b"\x89PNG\r\n\x1a\n\x00\x00binary", "xml_malformed"),
    ],
    ids=[
        "malformed",
        "billion-laughs",
        "external-entity",
        "not-lactmed",
        "utf16-entities",
        "binary",
    ],
)
def test_bad_records_raise_a_document_error(data: bytes, code: str) -> None:
    with pytest.raises(DocumentError) as info:
        _parse(data)
    assert info.value.code == code
    assert info.value.message


def test_truncated_archive_keeps_records_before_the_damage(tmp_path: Path) -> None:
    raw, out = tmp_path / "raw", tmp_path / "out"
    # Incompressible bytes last in the archive, so cutting the file in half damages them only.
    filler = ("lactmed/NBK501922/LM9999.nxml", random.Random(0).randbytes(200_000))
    path = write_archive(RECORDS, raw / ARCHIVE, extra_members=[filler])
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    run(raw, out, extract=False, console=False)
    assert sorted(_table(out, "documents")["source_path"]) == sorted(_path(r) for r in RECORDS)
    errors = _table(out, "errors")
    assert list(errors["source_path"]) == [ARCHIVE]
    assert list(errors["error"]) == ["bad_archive"]
    assert "re-download" in errors["message"][0]


def test_tar_cut_inside_a_header_is_reported(tmp_path: Path) -> None:
    # tarfile itself stops quietly at a damaged header; the records after it must not vanish
    # without an error.
    tar_bytes = gzip.decompress(write_archive(RECORDS, tmp_path / "a.tar.gz").read_bytes())
    with tarfile.open(fileobj=io.BytesIO(tar_bytes)) as tar:
        second = tar.getmembers()[1].offset
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "lactmed.tar").write_bytes(tar_bytes[: second + 100])
    found = list(iter_sources(raw))
    assert [s.source_path for s in found if isinstance(s, SourceFile)] == [
        f"lactmed.tar!{member_name(RECORDS[0])}"
    ]
    assert [(s.code, s.source_path) for s in found if isinstance(s, FailedSource)] == [
        ("bad_archive", "lactmed.tar")
    ]


# -- the renderer and the sample archive ----------------------------------------------------


def test_archives_are_deterministic(tmp_path: Path) -> None:
    a = write_archive(reversed(RECORDS), tmp_path / "a.tar.gz").read_bytes()
    b = write_archive(RECORDS, tmp_path / "b.tar.gz").read_bytes()
    assert a == b
    assert a[4:8] == b"\x00\x00\x00\x00"  # gzip header mtime
    with tarfile.open(fileobj=io.BytesIO(a)) as tar:
        members = tar.getmembers()
    assert [m.name for m in members] == sorted(member_name(r) for r in RECORDS)
    assert {(m.mtime, m.uid, m.gid, m.uname, m.mode) for m in members} == {
        (ARCHIVE_MTIME, 0, 0, "", 0o644)
    }


def test_sample_archive_and_its_script(tmp_path: Path) -> None:
    path = write_sample_archive(tmp_path / "raw")
    assert path.name == "lactmed_sample.tar.gz"
    script = REPO / "scripts" / "sample_archive.py"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    subprocess.run([sys.executable, script, tmp_path / "again"], check=True, env=env)
    assert path.read_bytes() == (tmp_path / "again" / path.name).read_bytes()
    summary = run(tmp_path / "raw", tmp_path / "out", extract=False, console=False)
    assert summary.documents == 2 and summary.failed == 0
    docs = _table(tmp_path / "out", "documents")
    assert sorted(docs["drug"]) == ["cetirizine", "metoprolol"]
    refs = _table(tmp_path / "out", "bibliography")
    assert len(refs) == 6 and refs["pmid"].notna().all()


# -- property: any paragraph reads back exactly as written --------------------------------

_WORDS = st.sampled_from(
    [
        "the",
        "milk",
        "levels",
        "were",
        "<1",
        "mcg/L",
        "45%",
        "vs",
        "60%",
        "0.5",
        "to",
        "2.1",
        "mg/L",
        "&",
        "infants",
        "(range",
        "3)",
        "women;",
        "dose,",
        "daily.",
        "Eight",
        "[7]",
        "[O-desmethyl]",
        "\u00b5g/L",
        "\u2264",
        "x>y",
    ]
)
_CITATION = st.one_of(
    st.sampled_from(
        ["[1]", "[2]", "[3]", "[1,2]", "[2,3]", "[1-3]", "[1\u20133]", "[1][2]", "[1,3]"]
    ),
    st.none(),
)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.tuples(_WORDS, _CITATION, st.booleans()), min_size=1, max_size=25),
    st.sampled_from(["bracketed", "bare", "sup"]),
)
def test_paragraph_text_survives_render_and_parse(tokens, style) -> None:
    text = "The " + " ".join(
        word + ((" " if spaced else "") + cite if cite else "") for word, cite, spaced in tokens
    )
    record = replace(LAMOTRIGINE, summary=(text,))
    doc = _parse(render_nxml(record, citations=style))
    assert doc.blocks[0].text == "Summary of Use during Lactation"
    assert doc.blocks[1].text == text
