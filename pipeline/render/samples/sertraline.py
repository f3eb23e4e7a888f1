"""Sertraline: an invented LactMed-style record of the sample corpus (see __init__)."""

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
