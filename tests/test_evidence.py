"""drugs.parquet and evidence.parquet on a real run (tests/evidence_corpus.py): one drug_id for
a LactMed record, its PDF and a drug page; synonyms, CAS, UNII and classes; salts pointing at
their substance; statements' drug_id; one evidence row per result carrying its linked dose,
group, citations and spans; validated like every table; an unchanged re-run rewrites nothing."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from evidence_corpus import build_corpus

from pipeline.cli import main
from pipeline.validate import TableValidationError, validate_tables


@pytest.fixture(scope="module")
def out(tmp_path_factory) -> Path:
    return build_corpus(tmp_path_factory.mktemp("evidence"))


def rows(out: Path, table: str) -> list[dict]:
    return pq.read_table(out / f"{table}.parquet").to_pylist()


def by(out: Path, table: str, key: str) -> dict[str, dict]:
    return {r[key]: r for r in rows(out, table)}


def test_a_record_its_pdf_and_a_page_share_one_drug(out: Path) -> None:
    drugs, docs = by(out, "drugs", "name"), by(out, "documents", "source_path")
    sertraline = drugs["sertraline"]
    assert sertraline["drug_id"] == "drug-" + hashlib.sha256(b"sertraline").hexdigest()[:12]
    covering = ("sertraline_lactmed.txt", "sertraline_record.pdf", "zoloft_page.txt")
    assert sertraline["doc_ids"] == sorted(docs[p]["doc_id"] for p in covering)
    # "Drugs containing Sertraline: Zoloft, Lustral" and the page's "Also known as" line.
    assert {"Zoloft", "Lustral", "Sertralina", "Sertralinum"} <= set(sertraline["synonyms"])
    assert sertraline["cas"] == "79617-96-2"
    # Substance Identification's classes, without the headings every record carries.
    assert sertraline["drug_class"] == ["Antidepressive Agents", "Serotonin Uptake Inhibitors"]
    assert "zoloft" not in drugs  # the brand is a synonym, not a drug of its own


def test_nxml_keywords_give_the_unii_and_synonyms(out: Path) -> None:
    record = by(out, "documents", "source_path")["LM9201.nxml"]
    assert record["unii"] == "4O4S742ANY"
    assert record["keywords"] == ["Lexapro", "Cipralex", "UNII-4O4S742ANY"]
    escitalopram = by(out, "drugs", "name")["escitalopram"]
    assert escitalopram["unii"] == "4O4S742ANY" and escitalopram["cas"] == "128196-01-0"
    assert escitalopram["synonyms"] == ["Cipralex", "Lexapro"]
    assert escitalopram["doc_ids"] == [record["doc_id"]]


def test_salts_keep_their_name_and_point_at_their_substance(out: Path) -> None:
    drugs = by(out, "drugs", "name")
    magnesium = drugs["magnesium"]["drug_id"]
    # The record says "No information is available on the excretion of magnesium following
    # magnesium aspartate ... other magnesium salts"; its statements name magnesium sulfate.
    assert drugs["magnesium aspartate"]["parent_drug_id"] == magnesium
    assert drugs["magnesium sulfate"]["parent_drug_id"] == magnesium
    assert drugs["magnesium"]["parent_drug_id"] is None
    assert drugs["magnesium aspartate"]["cas"] == "7018-07-7"


def test_a_statement_has_a_drug_id_where_its_drug_is_a_known_name(out: Path) -> None:
    drugs = by(out, "drugs", "drug_id")
    names = {d["name"]: d["drug_id"] for d in drugs.values()}
    statements = rows(out, "statements")
    for st in statements:
        if st["drug_id"] is not None:
            drug = drugs[st["drug_id"]]
            known = {drug["name"], *(s.lower() for s in drug["synonyms"])}
            assert st["drug"].lower() in known, st
        elif st["drug"]:
            assert st["drug"].lower() not in names, st
    assert {st["drug_id"] for st in statements if st["drug"] == "sertraline"} == {
        names["sertraline"]
    }


def test_one_evidence_row_per_result_with_its_links(out: Path) -> None:
    evidence = rows(out, "evidence")
    measurements = by(out, "measurements", "item_id")
    doses, groups = by(out, "doses", "item_id"), by(out, "populations", "item_id")
    statements = by(out, "statements", "statement_id")
    texts = {d["doc_id"]: d["text"] for d in rows(out, "documents")}
    pmids = {(r["doc_id"], r["ref_number"]): r["pmid"] for r in rows(out, "bibliography")}
    assert sorted(e["item_id"] for e in evidence) == sorted(measurements)
    for e in evidence:
        m, st = measurements[e["item_id"]], statements[e["statement_id"]]
        assert texts[e["doc_id"]][e["char_start"] : e["char_end"]] == e["text"] == m["text"]
        assert texts[e["doc_id"]][e["statement_char_start"] : e["statement_char_end"]] == st["text"]
        assert e["pmids"] == [pmids.get((e["doc_id"], c)) for c in st["citations"]]
        assert (e["kind"], e["matrix"], e["dose_item_id"]) == (
            m["kind"], m["matrix"], m["dose_item_id"]
        )  # fmt: skip
        if e["dose_item_id"] is not None:
            dose = doses[e["dose_item_id"]]
            assert e["dose_text"] == dose["text"]
            if dose["unit_canonical"] == "mg":
                assert e["dose_mg"] == dose["amount_canonical"]
                if dose["per_day"] is not None:
                    assert e["daily_dose_mg"] == pytest.approx(
                        dose["amount_canonical"] * dose["per_day"]
                    )
        if e["population_item_id"] is not None:
            assert e["n"] == groups[e["population_item_id"]]["n"]


def test_evidence_values_in_canonical_units(out: Path) -> None:
    evidence = {(e["source_path"], e["text"]): e for e in rows(out, "evidence")}
    twice_daily = evidence[("sertraline_lactmed.txt", "0.04 mg/L")]
    assert (twice_daily["value"], twice_daily["unit"]) == (0.04, "mg/L")
    assert (twice_daily["dose_mg"], twice_daily["dose_per_day"]) == (50.0, 2.0)
    assert twice_daily["daily_dose_mg"] == 100.0
    assert (twice_daily["n"], twice_daily["who"]) == (8, "mother")
    assert twice_daily["pmids"] == ["11578995"]
    infant = evidence[("sertraline_lactmed.txt", "2 mcg/L")]
    assert (infant["value"], infant["unit"], infant["qualifier"]) == (0.002, "mg/L", "<")
    assert infant["matrix"] == "infant_blood" and infant["who"] == "infant"


def test_an_unchanged_rerun_rewrites_nothing(out: Path) -> None:
    before = {p.name: p.stat().st_ino for p in out.glob("*.parquet")}
    assert main(["evidence", "--out", str(out)]) == 0
    assert {p.name: p.stat().st_ino for p in out.glob("*.parquet")} == before


def test_evidence_is_validated_like_every_table(out: Path) -> None:
    tables = {n: pq.read_table(out / f"{n}.parquet") for n in ("documents", "drugs", "evidence")}
    validate_tables(tables)
    evidence = tables["evidence"]
    # Every value's span moved one character: its text no longer matches the document.
    moved = pa.array([v + 1 for v in evidence.column("char_start").to_pylist()], pa.int64())
    shifted = evidence.set_column(
        evidence.schema.get_field_index("char_start"), evidence.schema.field("char_start"), moved
    )
    with pytest.raises(TableValidationError, match="span_inside_document"):
        validate_tables({**tables, "evidence": shifted})
