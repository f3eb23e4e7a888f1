"""Decode text files: detect the encoding, record it, and never guess silently wrong.

Order: byte-order mark (UTF-8, UTF-16, UTF-32) -> strict UTF-8 -> an encoding the file declares
(HTML meta charset, XML declaration) -> cp1252 (a superset of latin-1's printable range, and what
Windows tools write). Bytes that none of these can read are an error, not replacement characters.
"""

from __future__ import annotations

import codecs
import re

from pipeline.errors import DocumentError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
)
_DECLARED = re.compile(
    rb"""(?:<meta[^>]+charset\s*=\s*["']?|<\?xml[^>]*encoding\s*=\s*["'])([A-Za-z0-9_.:-]+)""",
    re.IGNORECASE,
)
# Control characters that never occur in real text (tab, newline, CR, form feed are fine).
_BINARY_CONTROLS = set(range(0, 32)) - {9, 10, 12, 13}


def looks_binary(data: bytes) -> bool:
    """True for bytes that are not text in any encoding we accept (NULs, control characters)."""
    sample = data[:8192]
    if not sample:
        return False
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b in _BINARY_CONTROLS)
    return controls / len(sample) > 0.05


def decode(data: bytes, source_path: str = "") -> tuple[str, str]:
    """Return (text, encoding name). Raises DocumentError when the bytes are not text."""
    if not data.strip():
        raise DocumentError("empty_file", f"{source_path or 'file'} is empty: nothing to ingest")
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec), name
            except UnicodeDecodeError as exc:
                raise DocumentError(
                    "undecodable",
                    f"{source_path} starts with a {name} byte-order mark but byte "
                    f"{exc.start} is not valid {name}: re-save the file as UTF-8",
                ) from exc
    if looks_binary(data):
        raise DocumentError(
            "binary_file",
            f"{source_path} holds binary data, not text: check that the file is what its name says",
        )
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as utf8_error:
        first_bad = utf8_error.start
    declared = _DECLARED.search(data[:4096])
    if declared:
        try:
            name = codecs.lookup(declared.group(1).decode("ascii").lower()).name
        except LookupError:
            name = ""
        # A file that spells its declaration in ASCII is not UTF-16/32 (those need a BOM).
        if name and name != "utf-8" and not name.startswith(("utf-16", "utf-32")):
            try:
                return data.decode(name), name
            except (UnicodeError, LookupError):  # wrong declaration, or not a text codec
                pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError as exc:
        raise DocumentError(
            "undecodable",
            f"{source_path}: byte 0x{data[exc.start]:02x} at offset {exc.start} is neither "
            f"UTF-8 (first bad byte at {first_bad}) nor cp1252/latin-1: re-save the file as "
            "UTF-8",
        ) from exc
