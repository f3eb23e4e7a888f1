"""Check every table before it is written: a violation fails the run with the failing rows.

The pandera schemas are built from pipeline/schema.py (types, required columns, keys), never
declared twice. On top of them: unique keys, foreign keys (every sentence's section is in
sections, every item's statement is in statements, ...) and spans (0 <= char_start <= char_end
<= the document's length, and the row's text is exactly documents.text[char_start:char_end]).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

import pandas as pd
import pandera.pandas as pdr
import pyarrow as pa
import pyarrow.parquet as pq
from pandera.errors import SchemaErrors

from pipeline.schema import TABLES, Table

# (table, column) -> (parent table, parent column): every value must exist in the parent.
FOREIGN_KEYS: dict[tuple[str, str], tuple[str, str]] = {
    ("sections", "doc_id"): ("documents", "doc_id"),
    ("sentences", "doc_id"): ("documents", "doc_id"),
    ("sentences", "section_id"): ("sections", "section_id"),
    ("bibliography", "doc_id"): ("documents", "doc_id"),
    ("statements", "doc_id"): ("documents", "doc_id"),
    **{
        (t, "doc_id"): ("documents", "doc_id")
        for t in ("populations", "doses", "measurements", "comparisons")
    },
    **{
        (t, "statement_id"): ("statements", "statement_id")
        for t in ("populations", "doses", "measurements", "comparisons", "evidence")
    },
    ("evidence", "doc_id"): ("documents", "doc_id"),
    ("evidence", "item_id"): ("measurements", "item_id"),
    ("evidence", "drug_id"): ("drugs", "drug_id"),
    ("statements", "drug_id"): ("drugs", "drug_id"),
    ("drugs", "parent_drug_id"): ("drugs", "drug_id"),
}
# Tables whose `text` column must equal documents.text[char_start:char_end].
SPAN_TEXT_TABLES = frozenset(
    {
        "sections",
        "sentences",
        "statements",
        "populations",
        "doses",
        "measurements",
        "comparisons",
        "evidence",
    }
)
# Links between items: (table, column) -> the table the column's item ids must be in, within
# the same statement (a milk level is tied to a dose of its own statement, never another's).
LINKS: dict[str, dict[str, str]] = {
    "measurements": {"dose_item_id": "doses", "population_item_id": "populations"},
    "comparisons": {"measurement_item_ids": "measurements"},
    "evidence": {"dose_item_id": "doses", "population_item_id": "populations"},
}
MAX_SHOWN = 20  # failing rows shown in the message; the rest are counted


class TableValidationError(ValueError):
    """A table does not match its schema; nothing was written. The message lists the rows."""

    def __init__(self, message: str, failures: pd.DataFrame) -> None:
        super().__init__(message)
        self.failures = failures


def _to_pandas(table: pa.Table) -> pd.DataFrame:
    # Arrow-backed columns keep the exact Arrow types (int32, date32, list<int32>, ...).
    return table.to_pandas(types_mapper=pd.ArrowDtype)


def _column(
    col_type: pa.DataType, nullable: bool, unique: bool, checks: list[pdr.Check]
) -> pdr.Column:
    return pdr.Column(pd.ArrowDtype(col_type), nullable=nullable, unique=unique, checks=checks)


def pandera_schema(
    table: Table,
    parents: Mapping[tuple[str, str], set[str]] | None = None,
    doc_text: Mapping[str, str] | None = None,
    statement_of: Mapping[str, Mapping[str, str]] | None = None,
) -> pdr.DataFrameSchema:
    """The pandera schema of one table, from its definition in pipeline/schema.py.

    `parents` holds the allowed values of each foreign-key column; `doc_text` maps doc_id to
    the document's text, for the span checks; `statement_of` maps a linked table's name to
    its item_id -> statement_id, for the link checks.
    """
    parents = parents or {}
    columns = {}
    single_key = table.key[0] if len(table.key) == 1 else None
    for col in table.columns:
        checks = []
        allowed = parents.get((table.name, col.name))
        if allowed is not None:
            parent = "/".join(FOREIGN_KEYS[(table.name, col.name)])
            values = list(allowed)
            checks.append(
                pdr.Check(
                    lambda col, v=values: col.isin(v) | col.isna(), name=f"foreign_key:{parent}"
                )
            )
        if col.codes:
            codes = list(col.codes)
            checks.append(
                pdr.Check(lambda c, v=codes: c.isin(v) | c.isna(), name=f"code_in:{col.name}")
            )
        if col.name in ("char_start", "char_end", "n_chars", "n_pages", "ref_number"):
            checks.append(pdr.Check.ge(0, name=f"{col.name}>=0", ignore_na=True))
        columns[col.name] = _column(col.type, col.nullable, col.name == single_key, checks)
    frame_checks = []
    if doc_text is not None and {"doc_id", "char_start", "char_end"} <= set(table.column_names):
        frame_checks.append(
            pdr.Check(
                _span_check(doc_text, table.name in SPAN_TEXT_TABLES), name="span_inside_document"
            )
        )
    for column, target in LINKS.get(table.name, {}).items():
        if statement_of is not None and target in statement_of:
            frame_checks.append(
                pdr.Check(_link_check(column, statement_of[target]), name=f"link:{column}")
            )
    if table.name == "documents":
        frame_checks.append(
            pdr.Check(
                lambda df: df["n_chars"].astype("int64") == df["text"].str.len().astype("int64"),
                name="n_chars==len(text)",
            )
        )
    return pdr.DataFrameSchema(
        columns,
        checks=frame_checks,
        strict=True,
        ordered=True,
        unique=list(table.key) if len(table.key) > 1 else None,
        name=table.name,
    )


def _span_check(
    doc_text: Mapping[str, str], compare_text: bool
) -> Callable[[pd.DataFrame], pd.Series]:
    def check(df: pd.DataFrame) -> pd.Series:
        ok = []
        # Plain lists: iterating Arrow-backed columns boxes every value, several times slower.
        texts = df["text"].tolist() if compare_text else [None] * len(df)
        for doc_id, start, end, text in zip(
            df["doc_id"].tolist(),
            df["char_start"].tolist(),
            df["char_end"].tolist(),
            texts,
            strict=True,
        ):
            doc = doc_text.get(doc_id) if isinstance(doc_id, str) else None
            if doc is None or not isinstance(start, int) or not isinstance(end, int):
                ok.append(doc is not None or not isinstance(doc_id, str))
                continue
            inside = 0 <= start <= end <= len(doc)
            ok.append(inside and (not compare_text or doc[start:end] == text))
        return pd.Series(ok, index=df.index, dtype=bool)

    return check


def _link_check(
    column: str, statement_of: Mapping[str, str]
) -> Callable[[pd.DataFrame], pd.Series]:
    """Every linked id exists and belongs to the row's own statement."""

    def check(df: pd.DataFrame) -> pd.Series:
        ok = []
        for sid, linked in zip(df["statement_id"].tolist(), df[column].tolist(), strict=True):
            if isinstance(linked, str):
                ids = [linked]
            else:  # a list of ids, or a null (None or pandas' NA)
                ids = list(linked) if isinstance(linked, (list, tuple)) else []
            ok.append(all(i is None or statement_of.get(i) == sid for i in ids))
        return pd.Series(ok, index=df.index, dtype=bool)

    return check


def _describe(name: str, df: pd.DataFrame, failures: pd.DataFrame) -> str:
    """Failing rows with the table's key (or source_path) so a person can find them."""
    ident = [c for c in (*TABLES[name].key, "doc_id", "source_path") if c in df.columns]
    ident = list(dict.fromkeys(ident))
    lines = []
    # A whole-row check reports each column of a failing row: show the row once.
    failures = failures.drop_duplicates(["check", "index"]) if len(failures) else failures
    for _, f in failures.head(MAX_SHOWN).iterrows():
        index = f["index"]
        where = ""
        if index is not None and not pd.isna(index) and index in df.index:
            row = df.loc[index]
            where = " " + ", ".join(f"{c}={row[c]!r}" for c in ident)
        if f["schema_context"] == "DataFrameSchema":
            lines.append(f"  {name} row {index}{where}: failed {f['check']}")
            continue
        value = repr(f["failure_case"])
        if len(value) > 80:
            value = value[:77] + "..."
        lines.append(
            f"  {name} row {index}{where}: column {f['column']!r} failed "
            f"{f['check']} (value {value})"
        )
    if len(failures) > MAX_SHOWN:
        lines.append(f"  ... and {len(failures) - MAX_SHOWN} more")
    return "\n".join(lines)


def validate_tables(tables: Mapping[str, pa.Table]) -> None:
    """Raise TableValidationError listing every failing row; return None when all is well."""
    unknown = sorted(set(tables) - set(TABLES))
    if unknown:
        raise TableValidationError(
            f"unknown tables {unknown}: not in pipeline/schema.py", pd.DataFrame()
        )
    frames = {name: _to_pandas(t) for name, t in tables.items()}
    parents: dict[tuple[str, str], set[str]] = {}
    for (child, column), (parent, parent_column) in FOREIGN_KEYS.items():
        if child in frames and parent in frames and parent_column in frames[parent]:
            parents[(child, column)] = set(frames[parent][parent_column].dropna())
    doc_text = None
    if "documents" in frames:
        docs = frames["documents"]
        doc_text = dict(zip(docs["doc_id"], docs["text"], strict=True))
    statement_of = {
        name: dict(zip(frames[name]["item_id"], frames[name]["statement_id"], strict=True))
        for name in ("doses", "populations", "measurements")
        if name in frames
    }
    reports, collected = [], []
    for name, df in frames.items():
        schema = pandera_schema(TABLES[name], parents, doc_text, statement_of)
        try:
            schema.validate(df, lazy=True)
        except SchemaErrors as exc:
            failures = exc.failure_cases.assign(table=name)
            collected.append(failures)
            reports.append(
                f"{name}: {len(failures)} failing value(s)\n" + _describe(name, df, failures)
            )
    if reports:
        raise TableValidationError(
            "the output tables failed their schema checks, so nothing was written (the "
            "output folder is unchanged). This is a bug in the pipeline, not in your files: "
            "please report it with these rows.\n" + "\n".join(reports),
            pd.concat(collected, ignore_index=True),
        )


def validate_staged(folder: Path, names: Sequence[str]) -> None:
    """Validate tables already written to a staging folder (files or folders of parts)."""
    validate_tables({name: pq.read_table(folder / f"{name}.parquet") for name in names})
