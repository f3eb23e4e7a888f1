"""Hostile files: each is refused or processed safely (refusals are rows in `errors`); nothing is
fetched from the network and nothing is written outside the output folder."""

from __future__ import annotations

import http.server
import io
import tarfile
import threading
import time
import zlib
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest
from reliability_inputs import cli
from reportlab.pdfgen.canvas import Canvas

from pipeline.ingest.dispatch import PDF_BACKENDS
from pipeline.ingest.parsed import SourceFile
from pipeline.render.lactmed_nxml import render_nxml
from pipeline.render.lactmed_pdf import render_pdf
from pipeline.render.samples.inputs import record, to_html
from pipeline.runner.document import process_document
from pipeline.settings import Settings


def pdf_from_objects(objects: list[bytes]) -> bytes:
    """A PDF file from numbered object bodies (1 = catalog), with a correct xref table."""
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    )
    return out.getvalue()


def _stream(content: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s>>\nstream\n" % (len(content), extra) + content + b"\nendstream"


TEXT = (
    b"BT /F1 12 Tf 72 720 Td (Summary of Use during Lactation) Tj 0 -20 Td "
    b"(Milk levels were low in 6 women.) Tj ET"
)
FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def looping_page_tree_pdf() -> bytes:
    # The Pages node lists itself among its kids: a naive walk never ends.
    return pdf_from_objects(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            _stream(TEXT),
            FONT,
        ]
    )


def huge_image_pdf() -> bytes:
    # A 5000 x 3500 RGB image (52.5 MB decoded) that compresses to ~50 kB: a decompression bomb.
    packer = zlib.compressobj(9)  # streamed, so the test itself never holds 52.5 MB
    chunk = b"\x00" * (5000 * 3)
    pixels = b"".join(packer.compress(chunk) for _ in range(3500)) + packer.flush()
    return pdf_from_objects(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> /XObject << /Im1 6 0 R >> >> >>",
            _stream(TEXT + b" q 500 0 0 350 50 50 cm /Im1 Do Q"),
            FONT,
            _stream(
                pixels,
                b"/Type /XObject /Subtype /Image /Width 5000 /Height 3500 "
                b"/ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode ",
            ),
        ]
    )


def many_pages_pdf(n: int) -> bytes:
    buf = io.BytesIO()
    canvas = Canvas(buf, invariant=1)
    for i in range(n):
        canvas.drawString(72, 720, f"Page {i + 1}: milk levels were low.")
        canvas.showPage()
    canvas.save()
    return buf.getvalue()


@pytest.fixture(params=PDF_BACKENDS)
def pdf_backend(request: pytest.FixtureRequest) -> str:
    """Every hostile PDF goes through both PDF backends (--pdf-backend)."""
    return request.param


def outcome(name: str, data: bytes, pdf_backend: str = "pdfplumber") -> tuple[str, str]:
    """("document", "") or ("error", code) for one file, failing the test on a crash."""
    result = process_document(
        SourceFile(name, data), Settings(extract=False, pdf_backend=pdf_backend)
    )
    assert bool(result.tables.get("documents")) != bool(result.errors)
    if result.errors:
        err = result.errors[0]
        assert err["message"] and err["error"] != "internal_error", err
        return "error", str(err["error"])
    return "document", ""


def test_password_protected_pdf_is_refused_with_a_clear_message(pdf_backend: str) -> None:
    kind, code = outcome("locked.pdf", render_pdf(record(), user_password="secret"), pdf_backend)
    assert (kind, code) == ("error", "pdf_encrypted")


def test_pdf_whose_page_tree_loops_ends_quickly(pdf_backend: str) -> None:
    started = time.monotonic()
    kind, _code = outcome("loop.pdf", looping_page_tree_pdf(), pdf_backend)
    assert kind in ("document", "error")
    assert time.monotonic() - started < 30


def test_pdf_with_a_50_mb_image_is_processed_without_decoding_it(pdf_backend: str) -> None:
    import resource

    data = huge_image_pdf()
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.monotonic()
    kind, _code = outcome("bomb.pdf", data, pdf_backend)
    assert kind == "document"
    assert time.monotonic() - started < 30
    grew_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
    assert grew_kib < 40 * 1024, f"memory grew by {grew_kib} KiB: the image was decoded"


def test_2000_page_pdf_is_refused_by_the_page_limit(pdf_backend: str) -> None:
    result = process_document(
        SourceFile("book.pdf", many_pages_pdf(2000)),
        Settings(extract=False, pdf_backend=pdf_backend),
    )
    assert [e["error"] for e in result.errors] == ["limit_pages"]
    assert "2,000 pages" in result.errors[0]["message"]
    assert "--max-pages" in result.errors[0]["message"]


LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
"""


def _with_doctype(nxml: bytes, doctype: bytes, entity: bytes) -> bytes:
    """The record with a hostile DOCTYPE and the entity used inside its summary."""
    body = nxml.split(b"?>", 1)[1] if nxml.startswith(b"<?xml") else nxml
    body = body.split(b"<book-part-wrapper", 1)[1]
    body = body.replace(b"is excreted into breastmilk", b"is excreted " + entity + b" into", 1)
    return doctype + b"<book-part-wrapper" + body


def test_billion_laughs_is_not_expanded() -> None:
    started = time.monotonic()
    data = _with_doctype(render_nxml(record()), LAUGHS, b"&lol9;")
    result = process_document(SourceFile("laughs.nxml", data), Settings(extract=False))
    assert time.monotonic() - started < 30
    assert bool(result.tables.get("documents")) != bool(result.errors)
    for doc in result.tables.get("documents", []):
        assert "lollol" not in doc["text"] and len(doc["text"]) < 100_000


@pytest.fixture()
def web_server() -> Iterator[tuple[str, list[str]]]:
    """A local HTTP server that records every request: any request fails the test."""
    requests: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            requests.append(self.path)
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b"root:x:0:0:secret")

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", requests
    finally:
        server.shutdown()
        server.server_close()


def test_external_entities_are_not_fetched(
    web_server: tuple[str, list[str]], tmp_path: Path
) -> None:
    url, requests = web_server
    secret = tmp_path / "secret.txt"
    secret.write_text("root:x:0:0:secret")
    for name, target in (("file.nxml", secret.as_uri()), ("net.nxml", f"{url}/xxe")):
        doctype = b'<?xml version="1.0"?>\n<!DOCTYPE r [ <!ENTITY xxe SYSTEM "%s"> ]>\n' % (
            target.encode()
        )
        data = _with_doctype(render_nxml(record()), doctype, b"&xxe;")
        result = process_document(SourceFile(name, data), Settings(extract=False))
        assert bool(result.tables.get("documents")) != bool(result.errors)
        for doc in result.tables.get("documents", []):
            assert "root:x" not in doc["text"]
    assert requests == []


def hostile_archive(path: Path) -> Path:
    good = render_nxml(record())
    with tarfile.open(path, "w:gz") as tar:
        for name in ("lactmed/ok.nxml", "../../etc/x.nxml", "/etc/x.nxml", "a/../../x.nxml"):
            info = tarfile.TarInfo(name)
            info.size = len(good)
            tar.addfile(info, io.BytesIO(good))
    return path


def test_a_run_over_hostile_files_fetches_nothing_and_writes_only_out(
    web_server: tuple[str, list[str]], tmp_path: Path
) -> None:
    url, requests = web_server
    raw = tmp_path / "raw"
    raw.mkdir()
    hostile_archive(raw / "lactmed.tar.gz")
    remote = (
        f"<script src='{url}/s.js'></script><link rel='stylesheet' href='{url}/c.css'>"
        f"<img src='{url}/i.png'><iframe src='{url}/f.html'></iframe>"
        f"<object data='{url}/o.swf'></object><video src='{url}/v.mp4'></video>"
    )
    (raw / "remote.html").write_bytes(to_html(record(), extra_head=remote, extra_body=remote))
    (raw / "locked.pdf").write_bytes(render_pdf(record(), user_password="pw"))
    (raw / "laughs.nxml").write_bytes(_with_doctype(render_nxml(record()), LAUGHS, b"&lol9;"))
    (raw / "xxe.nxml").write_bytes(
        _with_doctype(
            render_nxml(record()),
            b'<?xml version="1.0"?>\n<!DOCTYPE r [ <!ENTITY xxe SYSTEM "%s/xxe"> ]>\n'
            % url.encode(),
            b"&xxe;",
        )
    )
    before = {p for p in tmp_path.rglob("*")}
    out = tmp_path / "out"
    proc = cli("ingest", "--raw", raw, "--out", out, "--workers", "1")
    assert proc.returncode == 2, proc.stderr
    assert requests == []
    written = {p for p in tmp_path.rglob("*")} - before
    assert written and all(p == out or out in p.parents for p in written), sorted(written)
    assert not Path("/etc/x.nxml").exists()
    errors = pd.read_parquet(out / "errors.parquet")
    unsafe = errors[errors["error"] == "unsafe_member"]["source_path"].tolist()
    assert len(unsafe) == 3 and all("x.nxml" in p for p in unsafe)
    assert "locked.pdf" in errors["source_path"].tolist()
    docs = pd.read_parquet(out / "documents.parquet")
    assert {"lactmed.tar.gz!lactmed/ok.nxml", "remote.html"} <= set(docs["source_path"])
    # Every input is a document or an error row: nothing vanished.
    inputs = {
        "remote.html",
        "locked.pdf",
        "laughs.nxml",
        "xxe.nxml",
        "lactmed.tar.gz!lactmed/ok.nxml",
    }
    assert inputs <= set(docs["source_path"]) | set(errors["source_path"])
    assert "summary" in proc.stderr.lower() or "failed" in proc.stderr
