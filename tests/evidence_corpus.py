"""A small real corpus for the evidence and report tests, with the meaning columns filled the
way a curator fills them: the pipeline runs on hand-written sources, then curators'
corrections (curated/corrections.jsonl format) set kind, matrix, dose and group links, who,
recipient, and a comparison's outcome, arms and significance, and the pipeline runs again.

So the tests hold whatever extraction gives: the points they check are the ones curators set
(through the run's own correction machinery), beside whatever extraction fills in itself.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pyarrow.parquet as pq

from pipeline.cli import main

ROOT = Path(__file__).resolve().parents[1]

SERTRALINE_RECORD = """Sertraline

Drugs containing Sertraline: Zoloft, Lustral

Summary of Use during Lactation

Sertraline passes into breastmilk in small amounts, and most breastfed infants have \
undetectable serum levels.[1,2] It is a preferred antidepressant during breastfeeding.

Drug Levels

Maternal Levels. Twelve women took sertraline 100 mg daily for postpartum depression. Milk \
levels averaged 0.05 mg/L, and the highest milk level was 0.12 mg/L.[1]

Eight women took sertraline 50 mg twice daily. The mean milk level was 0.04 mg/L. The authors \
estimated that an exclusively breastfed infant would receive 0.5% of the maternal \
weight-adjusted dosage.[2]

Infant Levels. Sertraline was undetectable (<2 mcg/L) in the serum of 10 breastfed infants \
whose mothers took 150 mg daily.[2]

Effects in Breastfed Infants

Sleep problems were reported in 10% vs 14% of the infants of treated and untreated mothers \
(p = 0.4).[3]

Substance Identification

Substance Name

Sertraline

CAS Registry Number

79617-96-2

Drug Class

Antidepressive Agents

Serotonin Uptake Inhibitors

Breast Feeding

References

1. Stowe ZN, Owens MJ. Sertraline in breast milk. Am J Psychiatry. 1997;154:1255-60. PMID: 9286185
2. Epperson CN, Anderson GM. Infant serum sertraline. Am J Psychiatry. 2001;158:1631-7. \
PMID: 11578995
3. Hale TW, Lee P. Infant sleep after sertraline. J Hum Lact. 2010;26:12-8. PMID: 20012345
"""

ZOLOFT_PAGE = """Zoloft use while Breastfeeding

Also known as Sertraline hydrochloride, Sertralina, Sertralinum

Is Zoloft safe while breastfeeding?

Zoloft is found in breast milk in small amounts.
"""

ESCITALOPRAM_NXML = """<?xml version="1.0" encoding="UTF-8"?>
<book-part-wrapper xmlns:xlink="http://www.w3.org/1999/xlink" dtd-version="2.0">
<book-part id="lm9201" book-part-type="chapter"><book-part-meta>
<book-part-id book-part-id-type="lactmed">LM9201</book-part-id>
<title-group><title>Escitalopram</title></title-group>
<kwd-group kwd-group-type="CAS"><kwd>128196-01-0</kwd></kwd-group>
<kwd-group kwd-group-type="drug-class"><kwd>Antidepressive Agents</kwd></kwd-group>
<kwd-group><kwd>Lexapro</kwd><kwd>Cipralex</kwd><kwd>UNII-4O4S742ANY</kwd></kwd-group>
</book-part-meta><body>
<sec id="s1"><title>Summary of Use during Lactation</title>
<p>Escitalopram is acceptable in nursing mothers.<xref ref-type="bibr" rid="r1">1</xref></p></sec>
<sec id="s2"><title>Drug Levels</title>
<p><italic>Maternal Levels.</italic> Eight women took escitalopram 10 mg daily. Milk levels \
averaged 0.024 mg/L.<xref ref-type="bibr" rid="r1">1</xref></p></sec>
<sec id="s3"><title>Substance Identification</title>
<sec id="s4"><title>Substance Name</title><p>Escitalopram</p></sec>
<sec id="s5"><title>CAS Registry Number</title><p>128196-01-0</p></sec>
<sec id="s6"><title>Drug Class</title><p>Antidepressive Agents</p>
<p>Serotonin Uptake Inhibitors</p></sec></sec>
</body><back><ref-list><title>References</title>
<ref id="r1"><mixed-citation>Rampono J, et al. Escitalopram in milk. Br J Clin Pharmacol. \
2006;62:316-22. <pub-id pub-id-type="pmid">16934048</pub-id></mixed-citation></ref>
</ref-list></back></book-part></book-part-wrapper>
"""

# What a curator records for the sertraline record: the span of a result -> its meaning, and
# the spans of the dose and group it belongs to.
_MILK = {"kind": "concentration", "matrix": "milk"}
MEANINGS = {
    "0.05 mg/L": {**_MILK, "dose": "100 mg", "group": "Twelve women"},
    "0.12 mg/L": {**_MILK, "dose": "100 mg", "group": "Twelve women"},
    "0.04 mg/L": {**_MILK, "dose": "50 mg", "group": "Eight women"},
    "0.5%": {"kind": "relative_infant_dose", "dose": "50 mg"},
    "2 mcg/L": {"kind": "concentration", "matrix": "infant_blood", "dose": "150 mg",
                "group": "10 breastfed infants"},
    "0.024 mg/L": {**_MILK, "dose": "10 mg", "group": "Eight women"},
}  # fmt: skip
WHO = {"Twelve women": "mother", "Eight women": "mother", "10 breastfed infants": "infant"}
COMPARISON = {"kind": "proportion", "outcome": "sleep problems", "arms": ["treated", "untreated"],
              "significant": False, "p_value": 0.4, "p_qualifier": "="}  # fmt: skip


def write_raw(raw: Path) -> None:
    raw.mkdir(parents=True, exist_ok=True)
    (raw / "sertraline_lactmed.txt").write_text(SERTRALINE_RECORD, encoding="utf-8")
    (raw / "zoloft_page.txt").write_text(ZOLOFT_PAGE, encoding="utf-8")
    (raw / "LM9201.nxml").write_text(ESCITALOPRAM_NXML, encoding="utf-8")
    shutil.copy(ROOT / "raw" / "sertraline_lactmed.pdf", raw / "sertraline_record.pdf")
    shutil.copy(ROOT / "raw" / "000_6441ddaad8917695.txt", raw / "magnesium_aspartate.txt")


def _set(item_id: str, table: str, field: str, value: object) -> str:
    return json.dumps(
        {"id": item_id, "table": table, "action": "set", "field": field, "value": value,
         "who": "curator", "why": "meaning as read", "date": "2026-01-01"}
    )  # fmt: skip


def _rows(out: Path, table: str) -> list[dict]:
    return pq.read_table(out / f"{table}.parquet").to_pylist()


def corrections_for(out: Path) -> list[str]:
    """The curator's lines for the meanings above, found by span text in a first run."""
    lines = []
    by_text = {
        t: {(r["statement_id"], r["text"]): r for r in _rows(out, t)}
        for t in ("doses", "populations")
    }
    for m in _rows(out, "measurements"):
        meaning = MEANINGS.get(m["text"])
        if meaning is None:
            continue
        for field in ("kind", "matrix"):
            if field in meaning:
                lines.append(_set(m["item_id"], "measurements", field, meaning[field]))
        for field, table, key in (
            ("dose_item_id", "doses", "dose"),
            ("population_item_id", "populations", "group"),
        ):
            linked = by_text[table].get((m["statement_id"], meaning.get(key)))
            if linked is not None:
                lines.append(_set(m["item_id"], "measurements", field, linked["item_id"]))
    for p in _rows(out, "populations"):
        if p["text"] in WHO:
            lines.append(_set(p["item_id"], "populations", "who", WHO[p["text"]]))
    for d in _rows(out, "doses"):
        lines.append(_set(d["item_id"], "doses", "recipient", "mother"))
    measurements = {
        (m["statement_id"], m["value"]): m["item_id"] for m in _rows(out, "measurements")
    }
    for c in _rows(out, "comparisons"):
        if c["values"] == [10.0, 14.0]:
            for field, value in COMPARISON.items():
                lines.append(_set(c["item_id"], "comparisons", field, value))
            ids = [measurements.get((c["statement_id"], v)) for v in c["values"]]
            if all(ids):
                lines.append(_set(c["item_id"], "comparisons", "measurement_item_ids", ids))
    return lines


def build_corpus(root: Path) -> Path:
    """raw/ and a run with the curator's meanings applied; returns the output folder."""
    raw, out = root / "raw", root / "out"
    write_raw(raw)
    assert main(["run", "--raw", str(raw), "--out", str(out), "--workers", "1"]) == 0
    corrections = root / "corrections.jsonl"
    corrections.write_text("\n".join(corrections_for(out)) + "\n", encoding="utf-8")
    args = ["--corrections", str(corrections), "--workers", "1"]
    assert main(["run", "--raw", str(raw), "--out", str(out), *args]) == 0
    return out
