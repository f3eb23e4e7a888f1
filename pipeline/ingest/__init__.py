"""Ingest: one module per input kind, each a pure function from a source file to a ParsedDocument.

`parse_source` dispatches on the file's name and bytes; `iter_sources` walks raw/ (and the
members of LactMed .tar.gz archives) without modifying anything.
"""
