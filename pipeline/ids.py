"""Content-derived ids: the same raw/ gives the same ids on every run and machine."""

from __future__ import annotations

import hashlib


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def doc_id_for(data: bytes) -> str:
    """A document is named by its bytes, so a renamed file keeps its id."""
    return sha256_hex(data)[:16]


def span_id(doc_id: str, kind: str, char_start: int) -> str:
    """Id of something that starts at a fixed place in a document's text."""
    return f"{doc_id}-{kind}{char_start:06d}"


def item_id(statement_id: str, table: str, char_start: int, ordinal: int = 0) -> str:
    """Items are named by where they start, not by their value, so a fixed value is a change."""
    suffix = f".{ordinal}" if ordinal else ""
    return f"{statement_id}-{table[:3]}{char_start:06d}{suffix}"
