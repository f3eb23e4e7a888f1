"""Ibuprofen: an invented LactMed-style record of the sample corpus (see __init__)."""

from __future__ import annotations

from datetime import date

from pipeline.render.record import LactMedRecord, RecordReference

R = RecordReference

IBUPROFEN = LactMedRecord(
    drug="Ibuprofen",
    book_part_id="LM9002",
    revised=date(2023, 11, 6),
    cas="15687-27-1",
    summary=(
        "Because of its very low levels in breastmilk, short half-life and safe use in infants "
        "in doses much higher than those excreted in breastmilk, ibuprofen is a preferred "
        "choice as an analgesic or anti-inflammatory agent in nursing mothers [1,2]. Ibuprofen "
        "is also a good choice for pain relief after cesarean section, where it reduces the "
        "need for opioids [3].",
        "Topical ibuprofen on the breast or nipple should be avoided, because the infant may "
        "ingest the product directly. Ibuprofen is one of the analgesics listed as safe in "
        "several national guidelines for breastfeeding women [2,4].",
    ),
    drug_levels_intro=(
        "Ibuprofen is highly bound to plasma proteins and has a half-life of about 2 hours in "
        "adults, which limits its transfer into milk. The S-enantiomer is responsible for most "
        "of its activity, and several studies measured only the total drug.",
    ),
    maternal_levels=(
        "Twelve women who had been nursing for at least 3 weeks took ibuprofen 400 mg by mouth "
        "every 6 hours for 5 doses [5]. Ibuprofen was undetectable (<1 mg/L) in all milk "
        "samples collected over the first 24 hours. The authors estimated that an infant would "
        "receive less than 1 mg daily.",
        "Two women who took ibuprofen 400 mg orally twice daily for 3 weeks had milk levels of "
        "<0.5 and 1 mg/L, respectively, at 2 hours after the morning dose [6]. In a third woman "
        "taking 400 mg every 8 hours, the peak milk level was 0.36 mg/L at 1.5 hours after the "
        "dose.",
        "Thirteen mothers received ibuprofen 400 mg intravenously every 6 hours after cesarean "
        "section, and colostrum was collected 1 to 6 hours after a dose [7]. The median "
        "colostrum concentration was 0.18 mg/L (range 0.05 to 0.53 mg/L). The estimated median "
        "infant dose was 0.02 mg/kg daily, which is about 0.2% of a typical infant dose of 10 "
        "mg/kg.",
        "A woman who took 600 mg by mouth every 8 hours for mastitis had milk samples collected "
        "over one dosing interval on the third day of therapy [8]. The highest milk level was "
        "0.9 mg/L, and the average level over 8 hours was 0.4 mg/L.",
        "Twenty women who were 1 to 4 days postpartum took a single oral dose of 400 mg, and "
        "milk was sampled 1, 2, 4 and 6 hours later [12]. The mean peak milk level "
        "was 360 ng/mL at 2 hours, and the mean milk-to-plasma ratio was 0.01. The authors "
        "calculated that a breastfed infant would receive 0.07 mg/kg daily, or 0.6% of the "
        "maternal weight-adjusted dosage.",
        "In a comparison of two dosing schedules, 16 mothers took either 200 mg every 4 hours or "
        "800 mg every 8 hours for postpartum pain [13]. Average milk levels were 0.25 and 0.42 "
        "mg/L, respectively, and the daily infant dose was below 0.1 mg/kg in both groups.",
    ),
    infant_levels=(
        "Serum ibuprofen was measured in 4 breastfed infants whose mothers took 400 mg three "
        "times daily for at least 5 days [13]. Ibuprofen was undetectable (<0.5 mg/L) in all "
        "4 infants at 1 to 3 hours after a maternal dose.",
    ),
    infant_effects=(
        "In a telephone follow-up study, 24 mothers reported taking ibuprofen while nursing "
        "and none reported adverse effects in their infants [9]. The dose and duration of "
        "therapy were not recorded for most mothers.",
        "A breastfed newborn whose mother took ibuprofen 400 mg every 6 hours after delivery "
        "was born with a patent ductus arteriosus that closed on day 4 [10]. The authors "
        "judged that the amount of ibuprofen in colostrum was too small to have affected the "
        "ductus.",
        "Among 86 breastfed infants whose mothers took nonsteroidal anti-inflammatory drugs, "
        "including 57 who took ibuprofen, adverse reactions were no more common than among "
        "infants of mothers taking acetaminophen (3% vs 4%) [11].",
        "A 2-month-old breastfed infant had a brief episode of vomiting on the first day that "
        "her mother took ibuprofen 600 mg every 6 hours for a dental abscess [14]. The vomiting "
        "did not recur, and breastfeeding continued throughout the 5-day course.",
    ),
    lactation_effects=(
        "In a randomized trial, 46 women who received ibuprofen 600 mg every 6 hours after "
        "cesarean section were compared with 44 women who received an opioid combination "
        "[15]. Breastfeeding was established in 91% vs 84% of women by hospital discharge, and "
        "the time to the first feeding did not differ between the groups.",
        "Serum prolactin levels after a single 400 mg dose did not differ from placebo in a "
        "crossover study of 10 nursing mothers [16].",
    ),
    alternatives=("Acetaminophen, Diclofenac, Naproxen",),
    references=(
        R(
            1,
            "Rasmussen O, Lee C. Analgesics in the nursing mother. Clin Pharmacokinet. "
            "2014;53:1001-11.",
            "32000001",
        ),
        R(
            2,
            "Petrov I, Jansen M. Drug choices in lactation: anti-inflammatory agents. "
            "Paediatr Drugs. 2017;19:475-83.",
            "32000002",
        ),
        R(
            3,
            "Albrecht S, Mbeki N. Ibuprofen after cesarean section and opioid use. Obstet "
            "Gynecol. 2016;127:1051-8.",
            "32000003",
        ),
        R(
            4,
            "Fontaine G. Guidance on pain relief for breastfeeding women. BMJ. 2020;368:m412.",
            "32000004",
        ),
        R(
            5,
            "Townsend R, Baker W, Cruz M. Ibuprofen excretion into breastmilk. J Pediatr. "
            "1984;104:801-3.",
            "32000005",
        ),
        R(
            6,
            "Weiss A, Kumar V. Ibuprofen in milk during long-term therapy. Eur J Clin "
            "Pharmacol. 1987;32:211-2.",
            "32000006",
        ),
        R(
            7,
            "Nakamura R, Oduya E. Intravenous ibuprofen and colostrum concentrations. Int J "
            "Obstet Anesth. 2019;38:52-7.",
            "32000007",
        ),
        R(
            8,
            "Castillo B. Milk levels of ibuprofen in a mother with mastitis. J Hum Lact. "
            "2006;22:100-2.",
            "32000008",
        ),
        R(
            9,
            "Hughes L, Marino D. Maternal analgesic use and infant reactions: a telephone "
            "survey. Can Fam Physician. 1993;39:1231-6.",
            "32000009",
        ),
        R(
            10,
            "Eriksen T. Ductal closure in a breastfed newborn after maternal ibuprofen. "
            "Neonatology. 2012;101:178-9.",
        ),
        R(
            11,
            "Bauer K, Singh R, Holt E. Infant safety of maternal anti-inflammatory drugs. "
            "Breastfeed Med. 2018;13:404-10.",
            "32000011",
        ),
        R(
            12,
            "Lindahl M, Okoro A. Ibuprofen in early milk after a single oral dose. Br J Clin "
            "Pharmacol. 2011;72:968-71.",
            "32000012",
        ),
        R(
            13,
            "Fischer H, Amundsen K. Two ibuprofen schedules for postpartum pain and milk "
            "levels. Acta Obstet Gynecol Scand. 2015;94:1114-9.",
            "32000013",
        ),
        R(
            14,
            "Marsh P. Vomiting in a breastfed infant during maternal ibuprofen therapy. Clin "
            "Pediatr. 2009;48:775-6.",
        ),
        R(
            15,
            "Duarte L, Wong K, Ferri A. Ibuprofen versus opioids after cesarean and "
            "breastfeeding initiation. Am J Obstet Gynecol. 2020;223:103.e1-8.",
            "32000015",
        ),
        R(
            16,
            "Hale S, Prieto M. Prolactin after a single dose of ibuprofen in nursing women. "
            "J Hum Lact. 2002;18:340-3.",
            "32000016",
        ),
    ),
    drug_classes=(
        "Anti-Inflammatory Agents, Non-Steroidal",
        "Analgesics, Non-Narcotic",
        "Breast Feeding",
        "Lactation",
        "Milk, Human",
    ),
)
