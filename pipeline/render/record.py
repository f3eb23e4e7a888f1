"""A LactMed record as data: the single source from which text, PDF and NXML versions are made."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class RecordReference:
    number: int
    text: str
    pmid: str | None = None


@dataclass(frozen=True)
class LactMedRecord:
    """Paragraph lists per LactMed section; paragraphs carry their citation markers ("[1]")."""

    drug: str  # the record title as written, e.g. "Sertraline"
    book_part_id: str  # NLM id, e.g. "LM1234"
    revised: date
    cas: str
    summary: tuple[str, ...]
    drug_levels_intro: tuple[str, ...] = ()
    maternal_levels: tuple[str, ...] = ()
    infant_levels: tuple[str, ...] = ()
    infant_effects: tuple[str, ...] = ()
    lactation_effects: tuple[str, ...] = ()
    alternatives: tuple[str, ...] = ()
    references: tuple[RecordReference, ...] = ()
    drug_classes: tuple[str, ...] = field(default=("Breast Feeding", "Lactation", "Milk, Human"))

    # (heading, canonical key, paragraphs) in LactMed order; maternal/infant levels are run-in.
    def sections(self) -> list[tuple[str, str, tuple[str, ...]]]:
        return [
            ("Summary of Use during Lactation", "summary", self.summary),
            ("Drug Levels", "other", self.drug_levels_intro),
            ("Maternal Levels.", "maternal_levels", self.maternal_levels),
            ("Infant Levels.", "infant_levels", self.infant_levels),
            ("Effects in Breastfed Infants", "infant_effects", self.infant_effects),
            ("Effects on Lactation and Breastmilk", "lactation_effects", self.lactation_effects),
            ("Alternate Drugs to Consider", "alternatives", self.alternatives),
        ]

    def to_text(self) -> str:
        """The record in LactMed's plain-text layout, as drug sites reproduce it."""
        out = [f"{self.drug} Levels and Effects while Breastfeeding", ""]
        for heading, key, paras in self.sections():
            if key in ("maternal_levels", "infant_levels"):
                for i, p in enumerate(paras):
                    out += [f"{heading} {p}" if i == 0 else p, ""]
                continue
            if key == "other":
                out += [heading, ""]
                out += [x for p in paras for x in (p, "")]
                continue
            if paras:
                out += [heading, ""]
                out += [x for p in paras for x in (p, "")]
        if self.references:
            out += ["References", ""]
            for r in self.references:
                pm = f" PMID: {r.pmid}" if r.pmid else ""
                out += [f"{r.number}. {r.text}{pm}", ""]
        out += [
            "Substance Identification",
            "",
            "Substance Name",
            "",
            self.drug,
            "",
            "CAS Registry Number",
            "",
            self.cas,
            "",
            "Drug Class",
            "",
        ]
        out += [x for c in self.drug_classes for x in (c, "")]
        return "\n".join(out).rstrip() + "\n"
