"""Encodings: the same text saved in every encoding a researcher's tools write, as plain text and
as HTML with a meta charset, goes through the real pipeline; bad bytes become one errors row."""

from __future__ import annotations

import codecs
from dataclasses import dataclass

import pandas as pd
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from pipeline.errors import DocumentError
from pipeline.ingest.encoding import decode
from pipeline.runner.run import run

# "μ" (Greek mu), "–" (en dash), "≥" and "é" for the Unicode encodings; cp1252 has the en dash
# and "µ" (micro sign, U+00B5) but no Greek mu or "≥"; latin-1 has "µ" and "é" only.
UNICODE_TEXT = (
    "Infants of 12 mothers received 5 μg/kg daily – milk levels were ≥ 2 mg/L. "
    "The café study found no adverse effects."
)
CP1252_TEXT = (
    "Infants of 12 mothers received 5 µg/kg daily – milk levels were 2 mg/L or more. "
    "The café study found no adverse effects."
)
LATIN1_TEXT = (
    "Infants of 12 mothers received 5 µg/kg daily; milk levels were 2 mg/L or more. "
    "The café study found no adverse effects."
)


@dataclass(frozen=True)
class Saved:
    stem: str
    text: str
    python_codec: str  # how the bytes are written
    bom: bytes
    charset: str  # what the HTML version declares
    txt_encoding: str  # what documents.encoding should say for the .txt
    html_encoding: str  # ... and for the .html

    def encode(self, text: str) -> bytes:
        return self.bom + text.encode(self.python_codec)


SAVED = [
    Saved("utf8", UNICODE_TEXT, "utf-8", b"", "utf-8", "utf-8", "utf-8"),
    Saved("utf8bom", UNICODE_TEXT, "utf-8", codecs.BOM_UTF8, "utf-8", "utf-8-sig", "utf-8-sig"),
    Saved("utf16le", UNICODE_TEXT, "utf-16-le", codecs.BOM_UTF16_LE, "utf-16", "utf-16", "utf-16"),
    Saved("utf16be", UNICODE_TEXT, "utf-16-be", codecs.BOM_UTF16_BE, "utf-16", "utf-16", "utf-16"),
    # Undeclared 8-bit text is read as cp1252, which reads latin-1's printable range the same.
    Saved("cp1252", CP1252_TEXT, "cp1252", b"", "windows-1252", "cp1252", "cp1252"),
    Saved("latin1", LATIN1_TEXT, "latin-1", b"", "iso-8859-1", "cp1252", "iso8859-1"),
]


def html_page(text: str, charset: str) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="{charset}"><title>Café study of a drug in breastfeeding</title></head>
<body><nav><a href="/">Home</a> <a href="/drugs">Drugs</a></nav>
<article><h1>Café study of a drug in breastfeeding</h1>
<h2>Infant levels</h2>
<p>{text}</p>
<p>The authors measured levels at several times after the dose in every mother.</p>
</article></body></html>
"""


@pytest.fixture(scope="module")
def tables(tmp_path_factory: pytest.TempPathFactory) -> dict[str, pd.DataFrame]:
    raw = tmp_path_factory.mktemp("raw")
    out = tmp_path_factory.mktemp("out")
    for s in SAVED:
        (raw / f"{s.stem}.txt").write_bytes(s.encode(s.text + "\n"))
        (raw / f"{s.stem}.html").write_bytes(s.encode(html_page(s.text, s.charset)))
    # The page says UTF-8 but the editor saved it as cp1252: the bytes win.
    wrong = html_page(CP1252_TEXT, "utf-8").encode("cp1252")
    (raw / "declared_wrong.html").write_bytes(wrong)
    # A PNG named .txt.
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00"
    (raw / "picture.txt").write_bytes(png + bytes(range(256)) * 4)
    # Bytes that are neither UTF-8 nor cp1252 (0x81, 0x8d, 0x8f, 0x90, 0x9d are unassigned).
    broken = b"Infants received 5 mg daily.\n\x81\x8d\x8f\x90\x9d\nThe study ended.\n"
    (raw / "broken.txt").write_bytes(broken)
    (raw / "empty.txt").write_bytes(b"")
    (raw / "blank.txt").write_bytes(b" \n\n\t\n")
    run(raw, out, extract=False, workers=1, console=False)
    return {n: pd.read_parquet(out / f"{n}.parquet") for n in ("documents", "errors")}


def _doc(tables: dict[str, pd.DataFrame], path: str) -> pd.Series:
    docs = tables["documents"]
    rows = docs[docs.source_path == path]
    assert len(rows) == 1, (path, tables["errors"].to_dict("records"))
    return rows.iloc[0]


@pytest.mark.parametrize("saved", SAVED, ids=lambda s: s.stem)
def test_text_file_decoded_and_encoding_recorded(tables, saved: Saved) -> None:
    doc = _doc(tables, f"{saved.stem}.txt")
    assert doc.encoding == saved.txt_encoding
    assert doc.text == saved.text


@pytest.mark.parametrize("saved", SAVED, ids=lambda s: s.stem)
def test_html_file_decoded_with_its_charset(tables, saved: Saved) -> None:
    doc = _doc(tables, f"{saved.stem}.html")
    assert doc.source_kind == "html"
    assert doc.encoding == saved.html_encoding
    assert doc.title == "Café study of a drug in breastfeeding"
    assert saved.text in doc.text.split("\n\n")


def test_unicode_encodings_give_identical_text(tables) -> None:
    unicode_stems = [s.stem for s in SAVED if s.text == UNICODE_TEXT]
    for suffix in (".txt", ".html"):
        texts = {_doc(tables, stem + suffix).text for stem in unicode_stems}
        assert len(texts) == 1


def test_wrong_declaration_falls_back_to_cp1252(tables) -> None:
    doc = _doc(tables, "declared_wrong.html")
    assert doc.encoding == "cp1252"
    assert CP1252_TEXT in doc.text


@pytest.mark.parametrize(
    ("path", "code", "words"),
    [
        ("picture.txt", "binary_file", "binary data"),
        ("broken.txt", "undecodable", "UTF-8"),
        ("empty.txt", "empty_file", "empty"),
        ("blank.txt", "empty_file", "empty"),
    ],
)
def test_bad_bytes_are_one_error_row(tables, path: str, code: str, words: str) -> None:
    errors = tables["errors"]
    rows = errors[errors.source_path == path]
    assert list(rows.error) == [code]
    assert words in rows.iloc[0].message
    assert path not in set(tables["documents"].source_path)


def test_all_good_files_still_processed(tables) -> None:
    assert len(tables["documents"]) == 2 * len(SAVED) + 1
    assert len(tables["errors"]) == 4


def test_undecodable_message_names_the_byte() -> None:
    with pytest.raises(DocumentError) as err:
        decode(b"Dose 5 mg \x81 daily", "notes.txt")
    assert err.value.code == "undecodable"
    assert "0x81" in err.value.message and "notes.txt" in err.value.message


@pytest.mark.parametrize(
    "charset", ["rot13", "base64", "hex", "zlib", "undefined", "idna", "utf-16", "utf-32", "nope"]
)
def test_odd_declared_charsets_never_crash(charset: str) -> None:
    data = f'<meta charset="{charset}"><p>caf'.encode() + b"\xe9 5 \xb5g</p>"
    assert decode(data, "page.html") == (data.decode("cp1252"), "cp1252")


def test_declared_utf16_without_bom_is_not_believed() -> None:
    data = b'<meta charset="utf-16"><p>Dose: 5 mg caf\xe9</p>'
    text, encoding = decode(data, "page.html")
    assert encoding == "cp1252" and text.endswith("5 mg café</p>")


# ---------------------------------------------------------------------------------------------
# Properties

# Documents do not hold control characters (a file full of them is binary, by design).
_TEXT = st.text(
    alphabet=st.characters(exclude_categories=("Cc", "Cs"), include_characters="\t\n\r")
)


@settings(max_examples=200, deadline=None)
@given(text=_TEXT, encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-be"]))
def test_decode_round_trips(text: str, encoding: str) -> None:
    if encoding == "utf-16-be":
        data = codecs.BOM_UTF16_BE + text.encode("utf-16-be")
    else:
        data = text.encode(encoding)  # utf-8-sig and utf-16 write their BOM
    assume(data.strip())
    if encoding == "utf-8":
        assume(not text.startswith("\ufeff"))  # that would be a BOM
    decoded, name = decode(data, "x.txt")
    assert decoded == text
    assert name == {"utf-16-be": "utf-16"}.get(encoding, encoding)


@settings(max_examples=300, deadline=None)
@given(data=st.binary(max_size=2000))
def test_decode_raises_only_document_errors(data: bytes) -> None:
    try:
        text, name = decode(data, "x.txt")
    except DocumentError as err:
        assert err.code in {"empty_file", "binary_file", "undecodable"}
        assert err.message
    else:
        assert isinstance(text, str) and name


@settings(max_examples=200, deadline=None)
@given(
    charset=st.sampled_from(
        [
            "utf-8",
            "utf-16",
            "latin-1",
            "cp1252",
            "shift_jis",
            "koi8-r",
            "utf-7",
            "idna",
            "punycode",
            "rot13",
            "base64",
            "undefined",
            "x-unknown",
            "UTF8",
            "big5",
        ]
    ),
    body=st.binary(max_size=500),
)
def test_decode_with_any_declared_charset_raises_only_document_errors(
    charset: str, body: bytes
) -> None:
    data = f'<html><head><meta charset="{charset}"></head><body>'.encode() + body
    try:
        text, name = decode(data, "page.html")
    except DocumentError as err:
        assert err.code in {"binary_file", "undecodable"}
    else:
        assert text.startswith("<html>") and name
