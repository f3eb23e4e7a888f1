"""Extraction end to end: real files through the real pipeline, Parquet read back with pandas,
scored against hand-checked gold in FORMAT.md's format."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest
from corpora import SEEDS, SEEDS_GOLD
from extraction import extract_tables

from pipeline.evaluate import score
from pipeline.extract import rules as rules_module
from pipeline.runner.run import run

DATA = Path(__file__).parent / "data" / "extract"

ITEM_TABLES = ("populations", "doses", "measurements", "comparisons")


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    raw = tmp_path_factory.mktemp("raw")
    for f in DATA.glob("*.txt"):
        shutil.copy(f, raw / f.name)
    out = tmp_path_factory.mktemp("out")
    summary = run(raw, out, workers=1, console=False)
    assert summary.failed == 0
    return out


def test_varied_lactmed_style_documents_score_perfectly(extracted: Path) -> None:
    report = score(DATA / "gold.jsonl", extracted)
    bad = {a: (s.precision, s.recall) for a, s in report.scores.items() if s.f1 < 1.0}
    assert not bad, (bad, report.misses, report.false_hits)
    assert report.scores["dose"].tp >= 15 and report.scores["measurement"].tp >= 25


def test_every_item_points_at_its_own_text(extracted: Path) -> None:
    docs = pd.read_parquet(extracted / "documents.parquet").set_index("doc_id")["text"]
    statements = pd.read_parquet(extracted / "statements.parquet")
    for row in statements.itertuples():
        assert docs[row.doc_id][row.char_start : row.char_end] == row.text
    for table in ITEM_TABLES:
        df = pd.read_parquet(extracted / f"{table}.parquet")
        assert len(df) > 0
        assert set(df["statement_id"]) <= set(statements["statement_id"])
        for row in df.itertuples():
            assert docs[row.doc_id][row.char_start : row.char_end] == row.text
            assert row.rule_id


def test_values_units_and_frequencies(extracted: Path) -> None:
    doses = pd.read_parquet(extracted / "doses.parquet")
    every6 = doses[doses["frequency"] == "every 6 hours"].iloc[0]
    assert (every6["amount"], every6["unit"], every6["per_day"]) == (500, "mg", 4)
    tid = doses[doses["frequency"] == "three times daily"].iloc[0]
    assert (tid["amount"], tid["amount_high"], tid["per_day"]) == (250, 500, 3)
    gram = doses[doses["unit"] == "g"].iloc[0]
    assert (gram["amount_canonical"], gram["unit_canonical"]) == (1000, "mg")
    iu = doses[doses["unit"] == "[IU]"].iloc[0]
    assert iu["amount"] == 400 and iu["per_day"] == 1
    m = pd.read_parquet(extracted / "measurements.parquet")
    ngml = m[m["unit"] == "ng/mL"].sort_values("value").iloc[-1]
    assert (ngml["value"], ngml["value_canonical"], ngml["unit_canonical"]) == (43, 0.043, "mg/L")
    below = m[(m["unit"] == "ng/mL") & (m["value"] == 2)].iloc[0]
    assert below["qualifier"] == "<"
    ratio = m[m["unit"] == "{ratio}"]
    assert sorted(ratio["value"]) == [0.014, 0.89, 1.05]


def test_statements_kinds_citations_and_negation(extracted: Path) -> None:
    st = pd.read_parquet(extracted / "statements.parquet")
    assert {"study", "recommendation"} <= set(st["kind"])
    rct = st[st["text"].str.contains("randomized controlled trial")].iloc[0]
    assert rct["design"] == "randomized controlled trial"
    none = st[st["text"].str.startswith("Twenty-two nursing mothers")].iloc[0]
    assert bool(none["negated"]) and list(none["citations"]) == [5, 6]
    ranged = st[st["text"].str.startswith("A retrospective cohort")].iloc[0]
    assert list(ranged["citations"]) == [7, 8, 9]
    # Nothing from "Alternate Drugs to Consider" or the reference list.
    assert not st["section"].isin(["alternatives", "references", "substance"]).any()


def test_seed_gold_is_met_exactly(tmp_path: Path) -> None:
    gold = SEEDS_GOLD
    raw = tmp_path / "raw"
    raw.mkdir()
    for line in gold.read_text().splitlines():
        name = json.loads(line)["doc"]
        shutil.copy(SEEDS / name, raw / name)
    run(raw, tmp_path / "out", workers=1, console=False)
    report = score(gold, tmp_path / "out")
    assert {a: s.f1 for a, s in report.scores.items()} == {a: 1.0 for a in report.scores}


def test_a_broken_rule_is_refused_with_its_id(rule_files: Callable) -> None:
    bad = '{"id": "qty.bad", "label": "QTY", "pattern": [{"NOT_AN_ATTR": 1}], "note": "x"}\n'
    rule_files({"quantities.jsonl": bad})
    with pytest.raises(rules_module.RuleError, match="qty.bad"):
        rules_module.get_rules()


def test_rule_files_have_ids_labels_patterns_and_notes() -> None:
    for name in rules_module.RULE_FILES:
        rules = rules_module.load_jsonl(name)
        assert rules and all(r["note"] for r in rules)


def test_a_pages_repeat_of_its_text_is_dropped_and_other_sentences_kept() -> None:
    from pipeline.extract.segment import drop_repeats_and_cuts
    from pipeline.ingest.sentences import Sentence

    texts = [
        "Ten women took 20 mg of sertraline daily for a month.",
        "Milk levels were 12 mcg/L at 6 hours after the dose.",
        "Short line.",
        "Short line.",  # under 20 characters: kept however often it turns up
        "TEN WOMEN took 20 mg of sertraline",  # the first sentence again, cut off: dropped
        "Milk levels were 12 mcg/L at 6 hours after the dose, and 3 mcg/L at 24 hours.",
        "Infants were well.",
    ]
    sentences = [
        Sentence("d", "s", "study", f"t{i}", None, 100 * i, 100 * i + len(t), "paragraph", t)
        for i, t in enumerate(texts)
    ]
    kept = [s.text for s in drop_repeats_and_cuts(sentences)]
    assert kept == [t for i, t in enumerate(texts) if i != 4]


def test_a_sentence_closing_on_the_studys_own_citation_goes_on_about_it() -> None:
    record = (
        "Examplol Levels and Effects while Breastfeeding\n\nDrug Levels\n\n"
        "Maternal Levels. Milk levels averaged 90 mcg/L in 6 women taking 40 mg daily.[3] One of "
        "the 6 women excreted 15 mcg in milk over 12 hours.[3] Two other women taking 80 mg "
        "daily had milk levels of 170 mcg/L.[4]\n"
    )
    statements = extract_tables("examplol.txt", record)["statements"]
    assert [list(s["citations"]) for s in statements] == [[3], [4]]


def test_a_studys_results_after_its_citation_in_one_paragraph_stay_with_it() -> None:
    text = (
        "# Does examplin help mastitis?\n\n### The individual trials\n\n"
        "**Adeyemi 2016.** Adeyemi and colleagues randomly assigned 120 women to examplin 250 mg "
        "twice daily or to breast emptying alone.[^1] On day 5, 41 of 60 women (68%) on examplin "
        "were free of symptoms, against 29 of 60 (48%) without it, P = 0.03.\n\n"
        "**Berg 2019.** This trial enrolled 80 women: 40 took examplin 500 mg daily and 40 took "
        "placebo.[^2] Symptoms had resolved by day 5 in 70% versus 52%.\n\n"
        "[^1]: Adeyemi A. Examplin for mastitis. J Lact Res. 2016;4:1-5.\n"
        "[^2]: Berg K. Examplin versus placebo. J Lact Res. 2019;7:9-12.\n"
    )
    tables = extract_tables("summary.md", text)
    by_id = {s["statement_id"]: s for s in tables["statements"]}
    share = next(m for m in tables["measurements"] if m["value"] == 68.0)
    assert list(by_id[share["statement_id"]]["citations"]) == [1]
    doses = {d["item_id"]: d["amount"] for d in tables["doses"]}
    assert doses[share["dose_item_id"]] == 250.0
    later = next(m for m in tables["measurements"] if m["value"] == 70.0)
    assert list(by_id[later["statement_id"]]["citations"]) == [2]
