"""Four invented LactMed-style records for the sample corpus, tests and benchmarks.

The drugs are real, but every study, number, author and PubMed id below is invented: the text
imitates LactMed's clinical language (counts of mothers and infants, doses and routes, milk
levels, comparisons, citation markers) so the pipeline has realistic input to work on. Nothing
here is medical information.
"""

from __future__ import annotations

from datetime import date

from pipeline.render.record import LactMedRecord, RecordReference

R = RecordReference

SERTRALINE = LactMedRecord(
    drug="Sertraline",
    book_part_id="LM9001",
    revised=date(2024, 5, 20),
    cas="79617-96-2",
    summary=(
        "Sertraline passes into breastmilk in small amounts, and most breastfed infants whose "
        "serum was measured had concentrations below the limit of quantification of the assay "
        "[1-3]. Because of the low infant exposure and the large number of mother-infant pairs "
        "that have been followed, sertraline is considered a preferred antidepressant during "
        "breastfeeding by many reviewers [4,5]. Mothers who take sertraline during pregnancy "
        "and continue after delivery may need extra support to establish breastfeeding.",
        "Infants exposed to sertraline in late pregnancy occasionally show transient "
        "jitteriness or poor feeding after birth, and these signs should not be attributed to "
        "breastmilk without considering the prenatal exposure [6]. Monitoring of the infant for "
        "sleepiness, adequate weight gain and developmental milestones is prudent, especially "
        "in younger, exclusively breastfed and preterm infants.",
    ),
    drug_levels_intro=(
        "Sertraline is metabolized to desmethylsertraline, a metabolite with weak activity and "
        "a longer half-life than the parent drug. Both compounds were measured in most of the "
        "studies below.",
    ),
    maternal_levels=(
        "Twelve mothers who were taking sertraline in doses of 25 to 150 mg once daily provided "
        "foremilk and hindmilk samples over a 24-hour dosing interval at 4 to 20 weeks "
        "postpartum [1]. Average milk sertraline concentrations were 18 mcg/L in foremilk and "
        "45 mcg/L in hindmilk, and the peak occurred 8 to 9 hours after the dose. By the "
        "authors' calculation, a fully breastfed infant would take in 0.4% of the maternal "
        "weight-adjusted dosage.",
        "In a study of 26 women taking an average of 90 mg daily (range 50 to 200 mg), the mean "
        "milk sertraline level was 39 ng/mL and the mean desmethylsertraline level was 64 "
        "ng/mL [2]. Milk levels were proportional to the maternal dose, and women taking 200 mg "
        "daily had the highest concentrations at 118 ng/mL. Samples were collected at random "
        "times relative to the previous dose.",
        "Eight women who were 2 to 6 months postpartum took sertraline 50 mg daily for at least "
        "3 weeks before milk sampling [3]. Their average peak milk concentration was 28 mcg/L, "
        "and the average milk-to-plasma ratio was 1.9. The infant dosage calculated from these "
        "data was 4 mcg/kg daily, or about 0.5% of the maternal weight-adjusted dose.",
        "A woman who was taking sertraline 100 mg twice daily for obsessive-compulsive disorder "
        "had milk levels of 72 and 134 mcg/L at 2 and 8 hours after a dose, respectively [7]. "
        "Her non-supplemented, exclusively breastfed infant had no symptoms during 6 months of "
        "follow-up.",
    ),
    infant_levels=(
        "Serum samples from 15 breastfed infants whose mothers took sertraline 25 to 200 mg "
        "daily were analyzed with a sensitive assay [2]. Sertraline was undetectable (<1 "
        "ng/mL) in 11 infants, and the other 4 had levels of 1.1 to 2.4 ng/mL. "
        "Desmethylsertraline was detectable in 6 infants at concentrations up to 5 ng/mL.",
        "In a second study, plasma concentrations in 9 infants 3 to 12 weeks of age were below "
        "2 ng/mL, which is less than 2% of the average maternal plasma concentration [3]. The "
        "highest infant level was seen in a 3-week-old whose mother took 150 mg daily.",
    ),
    infant_effects=(
        "A prospective cohort of 88 mother-infant pairs compared infants of mothers who took "
        "sertraline while breastfeeding with infants of untreated mothers [8]. Rates of "
        "irritability (8% vs 6%) and poor sleep (11% vs 10%) did not differ, and growth to 12 "
        "months was similar in the two groups. No infant required medical care for a suspected "
        "drug reaction.",
        "Forty-one infants of mothers taking sertraline 50 to 200 mg daily were followed for "
        "the first year of life, and their scores on standardized developmental tests were "
        "within the normal range [4,9]. One infant had a brief period of restlessness that "
        "resolved without a change in the maternal dose.",
        "A 6-week-old breastfed infant developed loose stools and fussiness after the mother "
        "increased her dose from 50 to 100 mg daily [10]. The symptoms resolved within 4 days "
        "after the dose was reduced, and the infant continued breastfeeding. The relationship "
        "to sertraline was judged possible.",
    ),
    lactation_effects=(
        "In a survey of 142 mothers taking an antidepressant postpartum, exclusive "
        "breastfeeding at 3 months was less common among those taking sertraline than among "
        "untreated mothers (45% vs 62%) [11]. Depression itself, rather than the drug, may "
        "explain part of this difference.",
        "Serum prolactin was measured in 10 nursing mothers before and 6 weeks after starting "
        "sertraline 50 mg daily [12]. Basal prolactin levels did not change, and all mothers "
        "continued to produce enough milk for their infants.",
    ),
    alternatives=("Escitalopram, Nortriptyline, Paroxetine",),
    references=(
        R(
            1,
            "Halvorsen K, Imre T, Bassi L. Sertraline in foremilk and hindmilk over a dosing "
            "interval. J Clin Psychopharmacol. 2003;23:410-5.",
            "31000001",
        ),
        R(
            2,
            "Moretti C, Lind A. Sertraline and desmethylsertraline in milk and infant serum. "
            "Am J Psychiatry. 2005;162:1120-6.",
            "31000002",
        ),
        R(
            3,
            "Okafor N, Pike D, Varga S. Milk transfer of sertraline in eight women. Br J Clin "
            "Pharmacol. 2008;65:733-8.",
            "31000003",
        ),
        R(
            4,
            "Lindqvist P, Amador R. Antidepressants and breastfeeding: a systematic review. "
            "Arch Womens Ment Health. 2015;18:121-34.",
            "31000004",
        ),
        R(
            5,
            "Tanaka H. Choosing an antidepressant for the nursing mother. Breastfeed Med. "
            "2019;14:8-15.",
            "31000005",
        ),
        R(
            6,
            "Brennan F, Soto E. Neonatal adaptation after late-pregnancy SSRI exposure. "
            "Pediatrics. 2012;129:e1105-12.",
            "31000006",
        ),
        R(
            7,
            "Kowalski M, Ruiz G. High-dose sertraline in a nursing mother. Ann Pharmacother. "
            "2010;44:1485-7.",
            "31000007",
        ),
        R(
            8,
            "Dufresne A, Ohlsson B, Mehta P. Outcomes of breastfed infants exposed to "
            "sertraline. J Pediatr. 2016;170:88-94.",
            "31000008",
        ),
        R(
            9,
            "Weber J, Acosta L. Development of infants breastfed during maternal sertraline "
            "therapy. Acta Paediatr. 2011;100:e32-6.",
            "31000009",
        ),
        R(
            10,
            "Sato Y. Loose stools in an infant after a maternal sertraline dose increase. "
            "Clin Pediatr. 2014;53:908-9.",
        ),
        R(
            11,
            "Grant E, Nilsen T, Park J. Antidepressant use and breastfeeding duration. "
            "Birth. 2018;45:263-71.",
            "31000011",
        ),
        R(
            12,
            "Rivera D, Holm K. Prolactin in nursing mothers starting sertraline. "
            "Psychoneuroendocrinology. 2009;34:1270-4.",
            "31000012",
        ),
    ),
    drug_classes=(
        "Antidepressive Agents",
        "Serotonin Uptake Inhibitors",
        "Breast Feeding",
        "Lactation",
        "Milk, Human",
    ),
)

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

LEVOTHYROXINE = LactMedRecord(
    drug="Levothyroxine",
    book_part_id="LM9004",
    revised=date(2023, 8, 28),
    cas="51-48-9",
    summary=(
        "Levothyroxine (T4) is a normal component of human milk. Limited data on exogenous "
        "replacement doses of levothyroxine during breastfeeding indicate no adverse effects "
        "in infants [1,2]. The American Thyroid Association recommends that subclinical and "
        "overt hypothyroidism be treated in lactating women seeking to breastfeed [3]. "
        "Adequate levothyroxine treatment may be needed to establish a normal milk supply in "
        "hypothyroid women.",
        "Maternal thyroid function should be monitored during the postpartum period, because "
        "dose requirements often fall after delivery. Exogenous thyroid hormone in milk is not "
        "sufficient to treat or mask congenital hypothyroidism in the infant, so routine "
        "newborn screening remains necessary.",
    ),
    drug_levels_intro=(
        "Thyroxine is present in human milk at low concentrations, and most of it is bound to "
        "milk proteins. Levels in the milk of untreated euthyroid women are reported in the "
        "range of 0.2 to 2 mcg/L.",
    ),
    maternal_levels=(
        "Milk thyroxine was measured in 7 women taking levothyroxine 75 to 150 mcg daily for "
        "hypothyroidism and in 11 untreated euthyroid mothers [4]. Median milk levels were 1.1 "
        "and 0.9 mcg/L, respectively, and the difference was not significant. Milk "
        "triiodothyronine levels were similar in the two groups.",
        "A woman taking levothyroxine 100 mcg daily after thyroidectomy provided milk samples "
        "over 24 hours at 6 weeks postpartum [5]. Thyroxine concentrations ranged from 0.8 to "
        "1.6 ng/mL, with no clear peak after the dose.",
        "Thirty lactating women with Hashimoto thyroiditis who were taking levothyroxine 50 to "
        "125 mcg daily were compared with 30 healthy lactating women [12]. Mean milk thyroxine "
        "concentrations were 1.4 mcg/L in treated women and 1.2 mcg/L in controls. Milk "
        "thyroxine was not correlated with the maternal dose.",
        "In a study of 9 mothers, milk was collected before and 2, 4 and 8 hours after a "
        "levothyroxine dose of 88 to 137 mcg [13]. The largest increase over the predose "
        "level was 0.3 mcg/L, which the authors considered clinically negligible.",
    ),
    infant_levels=(
        "Serum thyroxine and thyrotropin were measured in 16 breastfed infants whose mothers "
        "were taking levothyroxine 50 to 200 mcg daily [2]. All infant values were within the "
        "normal range for age, and they did not differ from those of 20 infants of untreated "
        "mothers.",
    ),
    infant_effects=(
        "No adverse effects were found in 21 breastfed infants, 2 to 14 months of age, whose "
        "mothers were taking levothyroxine in replacement doses [1,6]. Growth and development "
        "of the infants were normal at follow-up.",
        "An exclusively breastfed infant whose mother took levothyroxine 175 mcg daily was "
        "followed for 9 months and had normal thyroid function tests at 2, 4 and 9 months "
        "[7]. Her pre-eclampsia during pregnancy had required early delivery at 35 weeks.",
        "A case-control study compared 48 breastfed infants of mothers treated with "
        "levothyroxine with 96 infants of euthyroid mothers [14]. Weight gain, sleep patterns "
        "and rates of jaundice were similar in the two groups, and no infant had signs of "
        "thyroid excess such as tachycardia or diarrhea.",
    ),
    lactation_effects=(
        "Hypothyroidism can reduce milk production, and several case reports describe an "
        "increase in milk supply after levothyroxine was started or the dose was increased "
        "[8-10]. In a cohort of 34 hypothyroid women, those whose thyrotropin was within the "
        "target range at 6 weeks postpartum were more likely to be exclusively breastfeeding "
        "at 3 months than those above the target (71% vs 42%) [10].",
        "Twenty-two women with low milk supply and untreated subclinical hypothyroidism were "
        "given levothyroxine 25 to 50 mcg daily [11]. After 4 weeks, 15 of the 22 women "
        "reported an increase in milk supply, and the average daily milk volume increased from "
        "310 to 520 mL.",
    ),
    alternatives=(),
    references=(
        R(
            1,
            "Varma S, Owen P. Thyroid replacement during lactation: infant outcomes. Thyroid. "
            "2012;22:1030-4.",
            "34000001",
        ),
        R(
            2,
            "Friedrich B, Lau C, Amato M. Infant thyroid function during maternal "
            "levothyroxine therapy. J Clin Endocrinol Metab. 2016;101:3220-6.",
            "34000002",
        ),
        R(
            3,
            "Harlow K, Dean S. Guidelines for thyroid disease during pregnancy and the "
            "postpartum. Thyroid. 2017;27:315-89.",
            "34000003",
        ),
        R(
            4,
            "Iqbal N, Sorensen T. Thyroxine in the milk of treated and untreated mothers. "
            "Clin Endocrinol (Oxf). 2009;71:436-40.",
            "34000004",
        ),
        R(
            5,
            "Pellegrini A. Milk thyroxine after thyroidectomy. Eur Thyroid J. 2014;3:60-2.",
            "34000005",
        ),
        R(
            6,
            "Coleman R, Whitby J. Long-term follow-up of infants of hypothyroid mothers. "
            "Arch Dis Child. 2011;96:1104-8.",
            "34000006",
        ),
        R(
            7,
            "Ozturk E. Thyroid function in a breastfed infant during maternal levothyroxine "
            "175 mcg daily. J Pediatr Endocrinol Metab. 2018;31:227-9.",
        ),
        R(
            8,
            "Marsh J, Bell R. Hypothyroidism and low milk supply. Breastfeed Med. 2013;8:403-6.",
            "34000008",
        ),
        R(
            9,
            "Ahn S. Milk supply after correction of maternal hypothyroidism. J Hum Lact. "
            "2015;31:493-5.",
            "34000009",
        ),
        R(
            10,
            "Lopez C, Ferreira A, Moss D. Thyrotropin control and breastfeeding outcomes. "
            "Thyroid. 2019;29:1741-8.",
            "34000010",
        ),
        R(
            11,
            "Grove T, Petit L. Levothyroxine for low milk supply in subclinical "
            "hypothyroidism. Breastfeed Med. 2021;16:512-8.",
            "34000011",
        ),
        R(
            12,
            "Novak D, Yilmaz S. Milk thyroxine in women with Hashimoto thyroiditis. "
            "Endocr Pract. 2020;26:1012-7.",
            "34000012",
        ),
        R(
            13,
            "Karlsson E, Mora P, Adams T. Milk thyroxine after an oral levothyroxine dose. "
            "Thyroid. 2022;32:880-5.",
            "34000013",
        ),
        R(
            14,
            "Ibrahim H, Walsh C. Outcomes of breastfed infants of mothers treated with "
            "levothyroxine. J Pediatr. 2019;212:150-5.",
            "34000014",
        ),
    ),
    drug_classes=("Thyroid Hormones", "Breast Feeding", "Lactation", "Milk, Human"),
)

RECORDS: tuple[LactMedRecord, ...] = (SERTRALINE, IBUPROFEN, AMOXICILLIN, LEVOTHYROXINE)
