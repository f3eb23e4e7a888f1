"""The two invented records of the sample NXML archive (raw/lactmed_sample.tar.gz), in NLM's
LactMed archive format, so a fresh checkout can try the archive route without the real 60 MB
download."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pipeline.render.lactmed_nxml import write_archive
from pipeline.render.record import LactMedRecord, RecordReference

ARCHIVE_NAME = "lactmed_sample.tar.gz"

# Invented content in LactMed's style; the numbers are illustrative, not clinical data.
CETIRIZINE = LactMedRecord(
    drug="Cetirizine",
    book_part_id="LM9101",
    revised=date(2024, 5, 20),
    cas="83881-51-0",
    summary=(
        "Cetirizine is a second-generation antihistamine that passes into milk in small "
        "amounts.[1] Occasional drowsiness has been reported in breastfed infants, so the "
        "lowest effective dose is preferred, especially while nursing a newborn.[2,3]",
    ),
    drug_levels_intro=(
        "Cetirizine is the active carboxylic acid metabolite of hydroxyzine and has an adult "
        "half-life of about 8 hours.",
    ),
    maternal_levels=(
        "Eight women took cetirizine 10 mg once daily for allergic rhinitis. Milk levels "
        "averaged 12 mcg/L (range <1 to 27 mcg/L) 4 hours after the dose.[1]",
    ),
    infant_levels=(
        "Cetirizine was undetectable (<1 mcg/L) in the serum of 4 breastfed infants whose "
        "mothers took 10 mg daily.[1]",
    ),
    infant_effects=(
        "In a telephone follow-up study, drowsiness was reported in 3 of 24 infants whose "
        "mothers took cetirizine or loratadine.[2] The proportion of mothers who reported any "
        "infant symptom was similar in the cetirizine and control groups (45% vs 60%).[3]",
    ),
    lactation_effects=(
        "Antihistamines in high doses can reduce milk production; however, cetirizine 10 mg "
        "daily did not change the measured 24-hour milk volume in 10 women.[2,3]",
    ),
    alternatives=("Loratadine, Fexofenadine",),
    references=(
        RecordReference(
            1,
            "Arvidsen L, Holm P. Cetirizine transfer into breast milk: a "
            "pharmacokinetic study. J Hum Lact. 2019;35:412-8.",
            "31011234",
        ),
        RecordReference(
            2,
            "Nakamura S, et al. Infant outcomes after maternal antihistamine "
            "use during lactation. Breastfeed Med. 2020;15:77-82.",
            "32044567",
        ),
        RecordReference(
            3,
            "Castellanos M, Byrne E. Second-generation antihistamines and "
            "milk supply. Pharmacotherapy. 2021;41:290-6.",
            "33598812",
        ),
    ),
    drug_classes=("Anti-Allergic Agents", "Histamine H1 Antagonists, Non-Sedating"),
)

METOPROLOL = LactMedRecord(
    drug="Metoprolol",
    book_part_id="LM9102",
    revised=date(2023, 9, 12),
    cas="51384-51-1",
    summary=(
        "Metoprolol is excreted into breastmilk in small amounts, and infants receive less than "
        "1% of the maternal weight-adjusted dosage.[1] No special precautions are required, "
        "although preterm infants may warrant monitoring for bradycardia.[2,3]",
    ),
    maternal_levels=(
        "Six women took metoprolol tartrate 100 mg twice daily starting in the first week "
        "postpartum. Peak milk levels of 0.5 to 2.1 mg/L occurred 1 to 3 hours after a dose.[1]",
        "In a comparison of two products in 14 mothers, the metabolite was detectable in milk "
        "samples in 45% vs 60% of cases with the immediate-release and extended-release "
        "tablets, respectively.[2]",
    ),
    infant_levels=(
        "Serum metoprolol was <1 mcg/L in 5 of 6 infants whose mothers took 100 mg daily.[2,3]",
    ),
    infant_effects=(
        "Twelve breastfed infants whose mothers took metoprolol 25 to 100 mg daily had normal "
        "heart rates and weight gain at 6 weeks of age.[3]",
    ),
    alternatives=("Labetalol, Propranolol",),
    references=(
        RecordReference(
            1,
            "Sandberg J, et al. Metoprolol in milk and plasma of nursing "
            "mothers. Eur J Clin Pharmacol. 2018;74:1021-6.",
            "29700412",
        ),
        RecordReference(
            2,
            "Oduya F, Linde R. Immediate- versus extended-release metoprolol "
            "during lactation. Clin Pharmacokinet. 2020;59:555-61.",
            "31840093",
        ),
        RecordReference(
            3,
            "Pereira D, et al. Growth and heart rate of infants exposed to "
            "beta-blockers through breastmilk. J Pediatr. 2022;241:88-94.",
            "34687733",
        ),
    ),
    drug_classes=("Adrenergic beta-1 Receptor Antagonists", "Antihypertensive Agents"),
)

SAMPLE_RECORDS = (CETIRIZINE, METOPROLOL)


def write_sample_archive(raw_dir: Path) -> Path:
    """Write raw_dir/lactmed_sample.tar.gz (byte-for-byte the same on every run)."""
    return write_archive(SAMPLE_RECORDS, Path(raw_dir) / ARCHIVE_NAME)
