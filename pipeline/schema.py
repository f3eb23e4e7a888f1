"""Every table the pipeline writes, defined once: pyarrow types plus a one-line doc per column.

The README's table dictionary is generated from this module (`python -m pipeline schema-docs`),
and the writer refuses rows that do not fit these schemas.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa


@dataclass(frozen=True)
class Column:
    name: str
    type: pa.DataType
    doc: str
    nullable: bool = True
    codes: tuple[str, ...] | None = None  # a closed list: any other value fails validation


@dataclass(frozen=True)
class Table:
    name: str
    doc: str
    columns: tuple[Column, ...]
    key: tuple[str, ...] = field(default_factory=tuple)

    @property
    def schema(self) -> pa.Schema:
        return pa.schema(
            # Each column's description travels in the Parquet file as field metadata, so
            # DuckDB, Polars and pandas users see it without the README.
            [
                pa.field(c.name, c.type, nullable=c.nullable, metadata={b"doc": c.doc.encode()})
                for c in self.columns
            ],
            # ...and in the file's key-value metadata too ("doc:<column>"), which readers that
            # skip Arrow's field metadata list (DuckDB's parquet_kv_metadata) show.
            metadata={
                b"table": self.name.encode(),
                b"doc": self.doc.encode(),
                **{f"doc:{c.name}".encode(): c.doc.encode() for c in self.columns},
            },
        )

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]


def _c(
    name: str,
    type_: pa.DataType,
    doc: str,
    nullable: bool = True,
    codes: tuple[str, ...] | None = None,
) -> Column:
    if codes:
        doc = f"{doc}; one of: {', '.join(codes)}"
    return Column(name, type_, doc, nullable, codes)


# The closed code lists of gold format version 2 (eval/FORMAT.md).
WHO = ("mother", "infant", "pair", "other")
RECIPIENTS = ("mother", "infant")
KINDS = (
    "concentration",
    "infant_dose",
    "relative_infant_dose",
    "milk_plasma_ratio",
    "infant_plasma_ratio",
    "half_life",
    "amount_excreted",
    "proportion",
    "change",
    "milk_volume",
    "other",
)
MATRICES = (
    "milk",
    "maternal_blood",
    "infant_blood",
    "cord_blood",
    "maternal_urine",
    "infant_urine",
)
P_QUALIFIERS = ("<", "=", ">")


STR = pa.string()
I32 = pa.int32()
I64 = pa.int64()
F64 = pa.float64()
BOOL = pa.bool_()

# Provenance columns shared by every extracted item table.
_SPAN = (
    _c("page", I32, "1-based page of the span's start (null for sources without pages)"),
    _c("char_start", I64, "start offset of the span in documents.text", nullable=False),
    _c("char_end", I64, "end offset (exclusive) of the span in documents.text", nullable=False),
)
_ITEM_HEAD = (
    _c("item_id", STR, "stable id of this item (doc, table, span start)", nullable=False),
    _c("statement_id", STR, "statement this item belongs to", nullable=False),
    _c("doc_id", STR, "document the item comes from", nullable=False),
)
_ITEM_TAIL = (
    _c("text", STR, "the span as written: documents.text[char_start:char_end]", nullable=False),
    *_SPAN,
    _c("rule_id", STR, "id of the rule that produced the item", nullable=False),
    _c("corrected", BOOL, "true when a curator correction changed or confirmed this row"),
)

DOCUMENTS = Table(
    "documents",
    "One row per ingested source document (a file in raw/, or one record of an archive).",
    (
        _c("doc_id", STR, "content id: first 16 hex digits of sha256 of the source bytes", False),
        _c("source_path", STR, "path relative to raw/ (archive members as archive!member)", False),
        _c("source_kind", STR, "pdf, lactmed_xml, html, markdown or text", False),
        _c("sha256", STR, "sha256 of the source bytes", False),
        _c("encoding", STR, "detected text encoding (null for PDF)"),
        _c(
            "title",
            STR,
            "document title as written; a page saved as text or Markdown without one: its "
            "headline, the first of its first lines that reads like a title and is no site "
            "furniture (ingest/boilerplate.yaml not_title)",
        ),
        _c(
            "drug",
            STR,
            "drug the record or page is about, lower case; a page that names none: the known "
            "drug its title names, else the one most of its statements are about (set by the "
            "evidence stage)",
        ),
        _c("revised", pa.date32(), "revision date, where the source gives one"),
        _c("cas", STR, "CAS Registry Number, where the source gives one"),
        _c("unii", STR, "FDA Unique Ingredient Identifier (an NXML keyword UNII-...), where given"),
        _c(
            "keywords",
            pa.list_(STR),
            "the record's keywords (NXML <kwd>) as written, except its CAS and drug-class groups",
        ),
        _c("n_pages", I32, "number of pages (PDF only)"),
        _c("n_chars", I64, "length of text", False),
        _c(
            "text", STR, "cleaned text; every char_start/char_end in every table points here", False
        ),
    ),
    ("doc_id",),
)

SECTIONS = Table(
    "sections",
    "Headed sections of each document, in reading order.",
    (
        _c("doc_id", STR, "document", False),
        _c("section_id", STR, "stable id: doc_id and start offset", False),
        _c("heading", STR, "heading as written"),
        _c(
            "section",
            STR,
            "canonical key: summary, maternal_levels, infant_levels, infant_effects, "
            "lactation_effects, alternatives, references, substance, usage, dosage, "
            "side_effects, precautions, interactions, other",
            False,
        ),
        *_SPAN,
        _c("text", STR, "section body as in documents.text[char_start:char_end]", False),
    ),
    ("section_id",),
)

SENTENCES = Table(
    "sentences",
    "Sentences (and list items, table rows) of each section, split with spaCy rules.",
    (
        _c("doc_id", STR, "document", False),
        _c("section_id", STR, "section the sentence belongs to", False),
        _c("sentence_id", STR, "stable id: doc_id and start offset", False),
        *_SPAN,
        _c("block", STR, "layout block the sentence sits in: paragraph, list_item, table_row"),
        _c("text", STR, "sentence as in documents.text[char_start:char_end]", False),
    ),
    ("sentence_id",),
)

BIBLIOGRAPHY = Table(
    "bibliography",
    "Numbered references of each document (its bibliography).",
    (
        _c("doc_id", STR, "document", False),
        _c("ref_number", I32, "number the text cites it by", False),
        _c("text", STR, "reference as written", False),
        _c("pmid", STR, "PubMed id, where given"),
    ),
    ("doc_id", "ref_number"),
)

ERRORS = Table(
    "errors",
    "One row per document (or stage of it) that failed; the run goes on without it.",
    (
        _c("source_path", STR, "path relative to raw/", False),
        _c("stage", STR, "stage that failed: read, ingest, sentences, extract, ...", False),
        _c("error", STR, "short code, e.g. pdf_encrypted, no_text_layer, empty_file", False),
        _c("message", STR, "what went wrong and what to do, for a researcher", False),
        _c("time", pa.timestamp("us", tz="UTC"), "when it happened (UTC)", False),
    ),
)

STATEMENTS = Table(
    "statements",
    "One study, trial, case or recommendation: the consecutive sentences that describe it.",
    (
        _c("statement_id", STR, "stable id: doc_id and start offset", False),
        _c("doc_id", STR, "document", False),
        _c("section", STR, "canonical section key", False),
        _c("kind", STR, "study or recommendation", False),
        _c("text", STR, "the statement's sentences as in documents.text", False),
        *_SPAN,
        _c("drug", STR, "substance given or measured, lower case"),
        _c("drug_id", STR, "drugs.drug_id where the drug is a known name or synonym"),
        _c("route", STR, "first named route: oral, intravenous, ... (null when not said)"),
        _c("design", STR, "study design where the text says it (case report, cohort, ...)"),
        _c("negated", BOOL, "true when the statement reports an absence (no evidence, none of)"),
        _c("citations", pa.list_(I32), "reference numbers the statement cites, in order"),
        _c("rule_id", STR, "id of the rule that set kind (and design)", False),
        _c("corrected", BOOL, "true when a curator correction changed this row"),
    ),
    ("statement_id",),
)

POPULATIONS = Table(
    "populations",
    "Counted groups of people in a statement.",
    (
        *_ITEM_HEAD,
        _c("n", I32, "number of people (number words as digits)", False),
        _c("role", STR, "exposed, control or total", False),
        _c("who", STR, "whose count it is", codes=WHO),
        *_ITEM_TAIL,
    ),
    ("item_id",),
)

DOSES = Table(
    "doses",
    "Amounts given or advised.",
    (
        *_ITEM_HEAD,
        _c("amount", F64, "amount as written", False),
        _c("amount_high", F64, "upper end of a range"),
        _c("unit", STR, "UCUM code of the amount as written (mg, g, ug, mL, mg/kg, [IU], ...)"),
        _c("amount_canonical", F64, "amount in unit_canonical"),
        _c("amount_high_canonical", F64, "amount_high in unit_canonical"),
        _c("unit_canonical", STR, "mg, mL, mg/kg, [IU], ... (one unit per dimension)"),
        _c("frequency", STR, "frequency as written (daily, twice daily, per hour)"),
        _c("per_day", F64, "doses per day where the frequency says it (twice daily -> 2)"),
        _c("duration", STR, "duration as written (for 3 days)"),
        _c("stat", STR, "mean, median, range or maximum"),
        _c("drug", STR, "substance dosed, where a statement doses several"),
        _c("recipient", STR, "who is dosed: the mother, or the infant directly", codes=RECIPIENTS),
        *_ITEM_TAIL,
    ),
    ("item_id",),
)

MEASUREMENTS = Table(
    "measurements",
    "Numeric results: levels, percentages, infant doses, half-lives, ratios.",
    (
        *_ITEM_HEAD,
        _c("value", F64, "value as written", False),
        _c("value_high", F64, "upper end of a range"),
        _c("qualifier", STR, "<, >, <=, >= or ~ where written"),
        _c("unit", STR, "UCUM code as written (mg/L, ug/L, %, {ratio}, h, ...)"),
        _c("value_canonical", F64, "value in unit_canonical"),
        _c("value_high_canonical", F64, "value_high in unit_canonical"),
        _c("unit_canonical", STR, "mg/L, mmol/L, mg, mg/kg, h, %, {ratio}, ..."),
        _c("stat", STR, "mean, median, range or maximum"),
        _c("group", STR, "group the value belongs to, as written"),
        _c("measure", STR, "what was measured, as written"),
        _c("timepoint", STR, "when, as written"),
        _c("kind", STR, "what sort of number it is", codes=KINDS),
        _c(
            "matrix",
            STR,
            "fluid a concentration, half-life or ratio was measured in (null for other kinds)",
            codes=MATRICES,
        ),
        _c("analyte", STR, "substance measured, lower case, where it is not the statement's drug"),
        _c("dose_item_id", STR, "doses.item_id of the dose the value followed (same statement)"),
        _c(
            "population_item_id",
            STR,
            "populations.item_id of the group the value describes (same statement)",
        ),
        *_ITEM_TAIL,
    ),
    ("item_id",),
)

COMPARISONS = Table(
    "comparisons",
    "A vs B results: one measure contrasted across arms, doses or groups.",
    (
        *_ITEM_HEAD,
        _c("measure", STR, "what is compared, as written"),
        _c("values", pa.list_(F64), "compared values in the order written", False),
        _c("unit", STR, "UCUM code of the values"),
        _c("kind", STR, "what sort of numbers are compared", codes=KINDS),
        _c("outcome", STR, "what is compared, in the text's words, without numbers or groups"),
        _c("arms", pa.list_(STR), "one label per value, in the same order, in the text's words"),
        _c("significant", BOOL, "true/false where the text says (words or p-value), else null"),
        _c("p_value", F64, "p-value where written"),
        _c("p_qualifier", STR, "how the p-value is written", codes=P_QUALIFIERS),
        _c(
            "measurement_item_ids",
            pa.list_(STR),
            "measurements.item_id of the compared values, in order",
        ),
        *_ITEM_TAIL,
    ),
    ("item_id",),
)

DRUGS = Table(
    "drugs",
    "One row per substance across sources (built after the run from the tables above).",
    (
        _c("drug_id", STR, "stable id from the normalized name: 'drug-' and 12 hex digits", False),
        _c("name", STR, "normalized name: lower case, single spaces", False),
        _c(
            "synonyms",
            pa.list_(STR),
            "other names: record titles, NXML keywords, a page's 'Also known as', 'Drugs "
            "containing X:' and brand-name lines; sorted",
        ),
        _c("cas", STR, "CAS Registry Number, where a covering document gives one"),
        _c("unii", STR, "FDA Unique Ingredient Identifier, where a covering document gives one"),
        _c("drug_class", pa.list_(STR), "LactMed's Substance Identification drug classes"),
        _c(
            "parent_drug_id",
            STR,
            "drug_id of the substance a salt is a form of, where a record says so "
            "(magnesium sulfate -> magnesium)",
        ),
        _c("doc_ids", pa.list_(STR), "documents that are about this substance, sorted"),
    ),
    ("drug_id",),
)

_EVIDENCE_VALUE = (
    _c("kind", STR, "what sort of number it is (measurements.kind)", codes=KINDS),
    _c("matrix", STR, "fluid it was measured in (measurements.matrix)", codes=MATRICES),
    _c("value", F64, "value in unit (canonical), else as written", False),
    _c("value_high", F64, "upper end of a range, in unit"),
    _c("unit", STR, "canonical unit (mg/L, mmol/L, mg/kg, h, %, ...), else as written"),
    _c("stat", STR, "mean, median, range or maximum"),
    _c("qualifier", STR, "<, >, <=, >= or ~ where written"),
    _c("timepoint", STR, "when, as written"),
    _c("measure", STR, "what was measured, as written"),
    _c("group", STR, "group the value belongs to, as written"),
)
_EVIDENCE_DOSE = (
    _c("dose_item_id", STR, "doses.item_id of the linked dose"),
    _c("dose_recipient", STR, "who the linked dose was given to", codes=RECIPIENTS),
    _c("dose_mg", F64, "linked dose amount in mg (null unless a mass)"),
    _c("dose_mg_high", F64, "upper end of a dose range, in mg"),
    _c("dose_per_day", F64, "doses per day of the linked dose"),
    _c("daily_dose_mg", F64, "dose_mg x dose_per_day"),
    _c("daily_dose_mg_high", F64, "dose_mg_high x dose_per_day"),
    _c("daily_dose_mg_per_kg", F64, "weight-based dose x dose_per_day, where written in mg/kg"),
    _c("dose_text", STR, "the linked dose as written"),
    _c("route", STR, "the statement's route"),
)
_EVIDENCE_SOURCE = (
    _c("population_item_id", STR, "populations.item_id of the linked group"),
    _c("n", I32, "the linked group's number of people"),
    _c("who", STR, "whose count the linked group is", codes=WHO),
    _c("statement_id", STR, "statement the result belongs to", False),
    _c("section", STR, "the statement's canonical section", False),
    _c("design", STR, "the statement's study design"),
    _c("negated", BOOL, "the statement reports an absence"),
    _c("citations", pa.list_(I32), "reference numbers the statement cites"),
    _c("pmids", pa.list_(STR), "PubMed ids of those references, where known (same order)"),
    _c("doc_id", STR, "document", False),
    _c("source_path", STR, "the document's path relative to raw/", False),
    _c("text", STR, "the value as written: documents.text[char_start:char_end]", False),
    *_SPAN,
    _c("statement_page", I32, "1-based page of the statement's start"),
    _c("statement_char_start", I64, "start of the statement in documents.text", False),
    _c("statement_char_end", I64, "end (exclusive) of the statement in documents.text", False),
    _c("rule_id", STR, "rule that produced the value", False),
    _c("dose_rule_id", STR, "rule that produced the linked dose"),
    _c("statement_rule_id", STR, "rule that set the statement's kind", False),
)
EVIDENCE = Table(
    "evidence",
    "One row per result (a row of measurements) with its drug, dose, group and source joined "
    "in: ready for a plot or a meta-analysis.",
    (
        _c("item_id", STR, "measurements.item_id of the result", False),
        _c("drug_id", STR, "drugs.drug_id of the statement's drug (else of the document's)"),
        _c("drug", STR, "the statement's drug, lower case"),
        _c("analyte", STR, "substance measured where it is not the drug (a metabolite, ...)"),
        *_EVIDENCE_VALUE,
        *_EVIDENCE_DOSE,
        *_EVIDENCE_SOURCE,
    ),
    ("item_id",),
)

INGEST_TABLES: tuple[Table, ...] = (DOCUMENTS, SECTIONS, SENTENCES, BIBLIOGRAPHY)
EXTRACT_TABLES: tuple[Table, ...] = (STATEMENTS, POPULATIONS, DOSES, MEASUREMENTS, COMPARISONS)
# Built after the run from the tables above (pipeline/evidence/): across documents.
EVIDENCE_TABLES: tuple[Table, ...] = (DRUGS, EVIDENCE)
ALL_TABLES: tuple[Table, ...] = (*INGEST_TABLES, *EXTRACT_TABLES, *EVIDENCE_TABLES, ERRORS)
TABLES: dict[str, Table] = {t.name: t for t in ALL_TABLES}


def markdown_dictionary() -> str:
    """The README's table dictionary, generated from the definitions above."""
    lines: list[str] = []
    for table in ALL_TABLES:
        lines.append(f"### `{table.name}`\n\n{table.doc}\n")
        lines.append("| column | type | description |")
        lines.append("|---|---|---|")
        for col in table.columns:
            req = "" if col.nullable else " (required)"
            lines.append(f"| `{col.name}` | {col.type} | {col.doc}{req} |")
        lines.append("")
    return "\n".join(lines)


DICTIONARY_START = "<!-- table-dictionary:start (pipeline schema-docs --write docs/tables.md) -->"
DICTIONARY_END = "<!-- table-dictionary:end -->"


def write_dictionary(path: Path) -> None:
    """Replace the dictionary between the markers in `path` (the README) with a fresh one."""
    text = path.read_text(encoding="utf-8")
    if DICTIONARY_START not in text or DICTIONARY_END not in text:
        raise ValueError(f"{path} has no table-dictionary markers to write between")
    head, rest = text.split(DICTIONARY_START, 1)
    _, tail = rest.split(DICTIONARY_END, 1)
    block = f"{DICTIONARY_START}\n\n{markdown_dictionary()}\n{DICTIONARY_END}"
    path.write_text(head + block + tail, encoding="utf-8")
