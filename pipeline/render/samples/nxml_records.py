"""Invented LactMed-style records for the NXML tests: varied on purpose (citation forms, empty
sections, references with and without PubMed ids, characters XML must escape)."""

from __future__ import annotations

from datetime import date

from pipeline.render.record import LactMedRecord, RecordReference

LAMOTRIGINE = LactMedRecord(
    drug="Lamotrigine",
    book_part_id="LM9001",
    revised=date(2024, 3, 15),
    cas="84057-84-1",
    summary=(
        "Lamotrigine passes into milk in amounts that produce measurable infant serum levels.[1] "
        "Most infants have no adverse effects, although monitoring for rash is advised.[2,3]",
    ),
    drug_levels_intro=(
        "Lamotrigine is metabolized by glucuronidation, which is immature in newborn infants.",
    ),
    maternal_levels=(
        "Nine women taking lamotrigine 200 mg once daily had milk levels of 0.5 to 2.1 mg/L "
        "at 2 to 4 weeks postpartum.[1]",
        "In a second study, milk levels averaged 3.4 mg/L in 12 women; levels were 45% vs 60% "
        "of maternal serum in the first and third months.[2][3]",
    ),
    infant_levels=(
        "Infant serum levels were <1 mg/L in 6 of 8 infants, and up to 2.3 mg/L in the "
        "others.[1-3]",
    ),
    infant_effects=(
        "One infant developed mild thrombocytosis that resolved without treatment.[3]",
    ),
    lactation_effects=("Relevant published information was not found as of the revision date.",),
    alternatives=("Levetiracetam, Valproic Acid",),
    references=(
        RecordReference(
            1,
            "Lindqvist K, Berg M. Lamotrigine in breast milk. Epilepsia. 2000;41:709-13.",
            "10840403",
        ),
        RecordReference(
            2,
            "Haugen T, et al. Serum levels in breastfed infants. Epilepsy Res. 2009;85:60-4.",
            "19268537",
        ),
        RecordReference(
            3,
            "Okafor N, et al. Platelet counts in an infant. Ann Pharmacother. 2009;43:1893-7.",
            "19843835",
        ),
    ),
    drug_classes=("Anticonvulsants", "Excitatory Amino Acid Antagonists"),
)

FAMOTIDINE = LactMedRecord(
    drug="Famotidine",
    book_part_id="LM9002",
    revised=date(2023, 11, 2),
    cas="76824-35-6",
    summary=(
        "Famotidine has low levels in milk and is an acceptable acid reducer during "
        "breastfeeding.[1]",
    ),
    infant_effects=("Eight breastfed infants had no reported side effects (n = 8).[1]",),
    alternatives=("Any histamine H2-receptor blocker can be used; see references [1] and [2].",),
    references=(
        RecordReference(
            1,
            "Tanaka Y, et al. Excretion of famotidine in breast milk. Br J "
            "Clin Pharmacol. 1988;26:639P.",
        ),
        RecordReference(
            2,
            "Anonymous. Acid reducers in nursing mothers. Drug Ther Bull. 2001;39:1-2.",
            "11215401",
        ),
    ),
)

NIFEDIPINE = LactMedRecord(
    drug="Nifedipine",
    book_part_id="LM9003",
    revised=date(2022, 6, 30),
    cas="21829-25-4",
    summary=(
        "Nifedipine levels in milk are low & infants receive <5% of the maternal dose.[2] "
        "It has been used to treat nipple vasospasm (Raynaud's phenomenon).[1]",
    ),
    maternal_levels=(
        "Eleven women took nifedipine 10 mg 3 times daily; peak milk levels were 46 \u00b5g/L "
        "at 1 hour (range 12 to 90 \u00b5g/L) after the dose.[1]",
    ),
    lactation_effects=(
        "Nifedipine did not change milk volume in 20 women compared with placebo (25 mL vs "
        "27 mL per feed).[2]",
    ),
    references=(
        RecordReference(
            1,
            "M\u00fcller A, Quist B. Nifedipine in human milk. Eur J Clin "
            "Pharmacol. 1989;37:101-4.",
            "2591464",
        ),
        RecordReference(
            2,
            "Delgado R, et al. Nifedipine transfer into human milk. J Pediatr. 1989;114:478-80.",
            "2921693",
        ),
    ),
)

RECORDS = (LAMOTRIGINE, FAMOTIDINE, NIFEDIPINE)
