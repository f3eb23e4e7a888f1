"""Errors a document can fail with: a short code for the errors table and a message for people."""

from __future__ import annotations


class DocumentError(Exception):
    """One document could not be processed; the run records it and goes on."""

    def __init__(self, code: str, message: str, stage: str = "ingest") -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.stage = stage

    def __str__(self) -> str:
        return f"{self.code}: {self.message}"
