"""Renderers for LactMed-style test and sample documents (PDF with reportlab, NXML archives).

They turn a `LactMedRecord` into the formats the ingesters read, so tests, the sample corpus in
raw/ and the benchmark all use real files made the same way."""
