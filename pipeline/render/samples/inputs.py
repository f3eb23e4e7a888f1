"""One small invented record in every input format the pipeline reads (a reportlab PDF, an
NXML record, an HTML page, LactMed's plain-text layout), and the damage files from the web and
archives show: the inputs of the reliability tests and of `make fuzz`."""

from __future__ import annotations

import html
import random
from datetime import date
from functools import cache
from pathlib import Path

from pipeline.render.record import LactMedRecord, RecordReference

# A real seed text joins the inputs when the checkout has the eval corpora.
SEEDS = Path(__file__).resolve().parents[3] / "eval" / "corpora" / "seeds"


def record(drug: str = "Zolmitrex", part: str = "LM7001") -> LactMedRecord:
    return LactMedRecord(
        drug=drug,
        book_part_id=part,
        revised=date(2025, 1, 20),
        cas="50-78-2",
        summary=(
            f"{drug} is excreted into breastmilk in small amounts.[1] Amounts ingested by the "
            "infant are low and would not be expected to cause adverse effects.[2]",
        ),
        maternal_levels=(
            "Six women taking 20 mg twice daily had average milk levels of 0.4 mg/L at 3 days "
            "postpartum.[1]",
        ),
        infant_levels=("Infant serum levels were undetectable (<0.1 mg/L) in 4 infants.[2]",),
        infant_effects=("No adverse effects were reported in 12 breastfed infants.[2]",),
        references=(
            RecordReference(
                1, "Smith A, Jones B. Milk levels. J Hum Lact. 2001;17:1-5.", "11111111"
            ),
            RecordReference(2, "Doe C. Infant outcomes. Pediatrics. 2005;115:2-9.", None),
        ),
    )


def to_html(rec: LactMedRecord, extra_head: str = "", extra_body: str = "") -> bytes:
    parts = [f"<h1>{html.escape(rec.drug)}</h1>"]
    for heading, _key, paras in rec.sections():
        if paras:
            parts.append(f"<h2>{html.escape(heading)}</h2>")
            parts += [f"<p>{html.escape(p)}</p>" for p in paras]
    page = (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{rec.drug} - "
        f"Breastfeeding</title>{extra_head}</head><body><main><article>{''.join(parts)}"
        f"</article></main>{extra_body}</body></html>"
    )
    return page.encode("utf-8")


@cache
def real_input_bytes() -> dict[str, bytes]:
    from pipeline.render.lactmed_nxml import render_nxml
    from pipeline.render.lactmed_pdf import render_pdf

    rec = record()
    inputs = {
        "record.pdf": render_pdf(rec),
        "record.nxml": render_nxml(rec),
        "record.html": to_html(rec),
        "record.txt": rec.to_text().encode("utf-8"),
    }
    seeds = sorted(SEEDS.glob("*.txt"))
    if seeds:
        inputs["seed.txt"] = seeds[0].read_bytes()
    return inputs


def mutate(data: bytes, rng: random.Random) -> bytes:
    """One random damage of the kinds files from the web and archives show."""
    kind = rng.choice(["truncate", "flip", "delete", "duplicate_head", "insert", "zero"])
    n = len(data)
    if n == 0:
        return data
    i = rng.randrange(n)
    if kind == "truncate":
        return data[:i]
    if kind == "flip":
        out = bytearray(data)
        for _ in range(rng.randint(1, 16)):
            j = rng.randrange(n)
            out[j] ^= 1 << rng.randrange(8)
        return bytes(out)
    if kind == "delete":
        return data[:i] + data[i + rng.randint(1, 200) :]
    if kind == "duplicate_head":
        return data[: min(n, 400)] + data
    if kind == "insert":
        return data[:i] + bytes(rng.randrange(256) for _ in range(rng.randint(1, 50))) + data[i:]
    return data[:i] + b"\x00" * rng.randint(1, 100) + data[i:]
