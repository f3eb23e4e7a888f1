"""Amoxicillin: an invented LactMed-style record of the sample corpus (see __init__)."""

from __future__ import annotations

from datetime import date

from pipeline.render.record import LactMedRecord, RecordReference

R = RecordReference

AMOXICILLIN = LactMedRecord(
    drug="Amoxicillin",
    book_part_id="LM9003",
    revised=date(2024, 2, 12),
    cas="26787-78-0",
    summary=(
        "Amoxicillin reaches only low concentrations in breastmilk, and the small amounts a "
        "nursing infant takes in are unlikely to cause harm [1,2]. Loose stools or oral "
        "candidiasis from changes in the infant's bowel flora are sometimes described with "
        "penicillin-class antibiotics, although such reports have not been studied carefully. "
        "Amoxicillin is an acceptable choice for nursing mothers.",
        "Amoxicillin is commonly given directly to infants, and the amount an infant receives "
        "in milk is a small fraction of a therapeutic infant dose. Mothers should watch for "
        "diarrhea, diaper rash or oral thrush in the infant, particularly during long courses "
        "or when amoxicillin is combined with clavulanate.",
    ),
    drug_levels_intro=(
        "Amoxicillin is a weak acid that is poorly bound to plasma proteins. Its transfer into "
        "milk is limited by its low lipid solubility, and milk levels peak later than serum "
        "levels.",
    ),
    maternal_levels=(
        "Six women each took one oral 1-gram dose of amoxicillin, and milk samples were "
        "collected 1 to 6 hours after the dose [1]. Peak milk levels averaged 0.9 mg/L (range "
        "0.7 to 1.3 mg/L) at 4 to 5 hours after the dose. Amoxicillin was still detectable at "
        "6 hours in 5 of the 6 women.",
        "Fourteen mothers taking amoxicillin 500 mg by mouth every 8 hours for a respiratory "
        "infection had milk levels measured on the second day of therapy [3]. The mean trough "
        "level was 0.2 mg/L, and the mean level 3 hours after a dose was 0.68 mg/L. Using the "
        "average level, an exclusively breastfed infant would receive about 0.1 mg/kg daily, "
        "or about 0.3% of a typical infant dose of 30 mg/kg daily.",
        "In a pharmacokinetic study of 9 women receiving amoxicillin 500 mg with clavulanic "
        "acid 125 mg every 12 hours, milk amoxicillin concentrations ranged from 0.1 to 1.1 "
        "mg/L over the dosing interval [4]. Clavulanic acid was undetectable (<0.05 mg/L) in "
        "most samples.",
        "Twenty-four women who received amoxicillin 2 grams intravenously during labor for "
        "group B streptococcus prophylaxis had colostrum collected 8 to 12 hours after the "
        "last dose [9]. Amoxicillin was detectable in 17 of the 24 samples, with a median "
        "concentration of 0.32 mg/L (range 0.05 to 1.4 mg/L).",
        "A woman taking amoxicillin 1 gram three times daily for Lyme disease provided milk "
        "samples over 3 days of therapy [10]. Trough and peak milk levels were 0.1 and 1.5 "
        "mg/L, respectively, and the estimated infant dose was 0.2 mg/kg daily.",
    ),
    infant_levels=(
        "Serum amoxicillin was measured in 5 breastfed infants whose mothers took 500 mg three "
        "times daily [3]. Levels were below the limit of detection of 0.1 mg/L in 4 infants and "
        "0.15 mg/L in one.",
    ),
    infant_effects=(
        "A prospective study followed 67 breastfed infants whose mothers took amoxicillin and "
        "compared them with infants of mothers who took no antibiotic [5]. Diarrhea occurred "
        "in 8% of the exposed infants and in 5% of the controls, a difference that was not "
        "statistically significant. Rash was reported in two exposed infants; neither required "
        "treatment.",
        "In a telephone survey, 25 of 153 mothers taking amoxicillin with or without "
        "clavulanate reported loose stools, irritability or rash in their infants (16% vs 7% "
        "for amoxicillin alone) [6]. None of the reactions required medical attention, and the "
        "rate was higher with the combination product [6,7].",
        "Thrush developed in a 3-week-old breastfed infant after the mother started a 10-day "
        "course of amoxicillin 875 mg twice daily for mastitis [8]. The infant was treated "
        "with nystatin, and breastfeeding continued.",
    ),
    lactation_effects=(
        "In a cohort of 310 women treated for mastitis, those who received amoxicillin with "
        "clavulanate and those who received cephalexin continued breastfeeding at similar "
        "rates at 6 weeks (88% vs 85%) [11].",
    ),
    alternatives=(),
    references=(
        R(
            1,
            "Kafetzis D, Holm A. Amoxicillin in human milk after a single dose. Acta Paediatr "
            "Scand. 1981;70:285-8.",
            "33000001",
        ),
        R(
            2,
            "Renner P, Cole J. Antibiotics and breastfeeding. Am Fam Physician. 2016;94:106-12.",
            "33000002",
        ),
        R(
            3,
            "Adeyemi T, Ross K, Zhang W. Amoxicillin in milk and infant serum during oral "
            "therapy. Pediatr Infect Dis J. 2010;29:955-7.",
            "33000003",
        ),
        R(
            4,
            "Morales F, Nguyen H. Amoxicillin and clavulanic acid in breastmilk. Antimicrob "
            "Agents Chemother. 2013;57:4172-5.",
            "33000004",
        ),
        R(
            5,
            "Benyamini L, Gold R, Katz Y. Infant outcomes after maternal amoxicillin during "
            "lactation. Can J Clin Pharmacol. 2005;12:e116-21.",
            "33000005",
        ),
        R(
            6,
            "Ito S, Blake M. Adverse reactions in infants of mothers taking antibiotics. Am "
            "J Obstet Gynecol. 1993;168:1393-9.",
            "33000006",
        ),
        R(
            7,
            "Dahl E. Clavulanate and infant gastrointestinal effects. Breastfeed Med. "
            "2015;10:256-8.",
            "33000007",
        ),
        R(
            8,
            "Quint M. Infant thrush during maternal amoxicillin therapy. J Hum Lact. "
            "2011;27:389-90.",
        ),
        R(
            9,
            "Sorensen B, Mwangi J. Colostrum concentrations after intrapartum amoxicillin. "
            "Obstet Gynecol. 2017;130:541-6.",
            "33000009",
        ),
        R(
            10,
            "Vance T. Milk levels during high-dose amoxicillin for Lyme disease. Ann "
            "Pharmacother. 2012;46:e21.",
            "33000010",
        ),
        R(
            11,
            "Oyelaran A, Burke C, Lund P. Antibiotic choice for lactational mastitis and "
            "breastfeeding continuation. Breastfeed Med. 2019;14:583-9.",
            "33000011",
        ),
    ),
    drug_classes=(
        "Anti-Bacterial Agents",
        "Penicillins",
        "Breast Feeding",
        "Lactation",
        "Milk, Human",
    ),
)
