"""Invented LactMed-style records: the one home of the test data that scripts and tests share.

The drugs are real, but every study, number, author and PubMed id here is invented: the text
imitates LactMed's clinical language (counts of mothers and infants, doses and routes, milk
levels, comparisons, citation markers) so the pipeline has realistic input to work on. Nothing
here is medical information.

- PDF_RECORDS (one module per record): the sample corpus's PDFs (`make sample`), tests, golden
  files.
- archive.py: the two records of raw/lactmed_sample.tar.gz.
- nxml_records.py: records varied on purpose for the NXML tests.
- varied.py: many template-written records from a seed, for the benchmark and scale tests.
- inputs.py: one small record in every input format, and the damage the fuzzers do to them.
"""

from __future__ import annotations

from pipeline.render.record import LactMedRecord
from pipeline.render.samples.amoxicillin import AMOXICILLIN
from pipeline.render.samples.ibuprofen import IBUPROFEN
from pipeline.render.samples.levothyroxine import LEVOTHYROXINE
from pipeline.render.samples.sertraline import SERTRALINE

PDF_RECORDS: tuple[LactMedRecord, ...] = (SERTRALINE, IBUPROFEN, AMOXICILLIN, LEVOTHYROXINE)
