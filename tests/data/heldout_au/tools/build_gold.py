#!/usr/bin/env python3
"""Gold annotations for the held-out corpus au01-au06 (FORMAT.md version 2).

Running this file writes ../gold.jsonl (one JSON line per document, same keys as
/work/shared/gold/dev.jsonl) and tools/stretches.json (for check.py only: where each
statement's stretch of text starts and ends; not part of the gold format).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


# ---------------------------------------------------------------- helpers
def P(n, text, role, who):
    return {"n": n, "text": text, "role": role, "who": who}


def D(amount, unit, text, recipient="mother", amount_high=None, stat=None,
      frequency=None, duration=None, drug=None):
    d = {"amount": amount}
    if amount_high is not None:
        d["amount_high"] = amount_high
    d["unit"] = unit
    if stat is not None:
        d["stat"] = stat
    if frequency is not None:
        d["frequency"] = frequency
    if duration is not None:
        d["duration"] = duration
    if drug is not None:
        d["drug"] = drug
    d["text"] = text
    d["recipient"] = recipient
    return d


def M(value, unit, kind, measure, matrix=None, analyte=None, dose=None, pop=None,
      value_high=None, qualifier=None, stat=None, group=None, timepoint=None):
    m = {"value": value}
    if value_high is not None:
        m["value_high"] = value_high
    m["unit"] = unit
    if qualifier is not None:
        m["qualifier"] = qualifier
    if stat is not None:
        m["stat"] = stat
    if group is not None:
        m["group"] = group
    m["measure"] = measure
    if timepoint is not None:
        m["timepoint"] = timepoint
    m["kind"] = kind
    m["matrix"] = matrix
    m["analyte"] = analyte
    m["dose"] = dose
    m["population"] = pop
    return m


def C(measure, values, unit, kind, outcome, arms, significant, p_value=None, p_qualifier=None):
    return {"measure": measure, "values": values, "unit": unit, "kind": kind,
            "outcome": outcome, "arms": arms, "significant": significant,
            "p_value": p_value, "p_qualifier": p_qualifier}


def S(anchor, kind, drug, route, populations, doses, measurements, comparisons,
      citations, end, start=None):
    return {"anchor": anchor, "kind": kind, "drug": drug, "route": route,
            "populations": populations, "doses": doses,
            "measurements": measurements, "comparisons": comparisons,
            "citations": citations, "_start": start or anchor, "_end": end}


RID = "relative_infant_dose"
CONC = "concentration"
RID_MEASURE = "estimated infant dose, % of maternal weight-adjusted dosage"

DOCS = []

# ================================================================ au01 nefazodone (LactMed-style, plain text)
DOCS.append(("au01_nefazodone_lactmed.txt", [
    S("With maternal doses of up to 400 mg daily, an exclusively breastfed infant would receive",
      "recommendation", "nefazodone", None,
      [],
      [D(400, "mg", "maternal doses of up to 400 mg daily", stat="maximum", frequency="per day")],
      [M(1, "%", RID, RID_MEASURE, qualifier="<", dose=0)],
      [], [], end="of the parent drug."),

    S("Six women who were 2 to 5 months postpartum and had weaned their infants",
      "study", "nefazodone", "oral",
      [P(6, "Six women who were 2 to 5 months postpartum and had weaned their infants", "exposed", "mother")],
      [D(200, "mg", "a single 200 mg oral dose")],
      [M(118, "ug/L", CONC, "peak milk nefazodone", "milk", stat="mean", dose=0, pop=0),
       M(61, "ug/L", CONC, "peak milk nefazodone", "milk", value_high=207, stat="range", dose=0, pop=0),
       M(34, "ug/L", CONC, "peak milk hydroxynefazodone", "milk", analyte="hydroxynefazodone",
         stat="mean", dose=0, pop=0),
       M(5, "ug/L", CONC, "milk nefazodone (below the limit of quantitation)", "milk", qualifier="<",
         timepoint="12 hours after the dose", dose=0, pop=0)],
      [], [1], end="in every sample.[1]"),

    S("Eleven mothers taking nefazodone for postpartum depression in dosages of 100 to 400 mg daily",
      "study", "nefazodone", None,
      [P(11, "Eleven mothers taking nefazodone for postpartum depression", "exposed", "mother")],
      [D(100, "mg", "dosages of 100 to 400 mg daily", amount_high=400, stat="range", frequency="per day"),
       D(300, "mg", "median 300 mg daily", stat="median", frequency="per day")],
      [M(57, "ug/L", CONC, "average milk nefazodone over a dosage interval", "milk", stat="mean", dose=1, pop=0),
       M(21, "ug/L", CONC, "average milk hydroxynefazodone over a dosage interval", "milk",
         analyte="hydroxynefazodone", stat="mean", dose=1, pop=0),
       M(9, "ug/L", CONC, "average milk m-chlorophenylpiperazine over a dosage interval", "milk",
         analyte="m-chlorophenylpiperazine", stat="mean", dose=1, pop=0),
       M(0.45, "%", RID, RID_MEASURE, dose=1, pop=0),
       M(0.2, "%", RID, RID_MEASURE, value_high=0.9, stat="range", dose=1, pop=0),
       M(1.1, "%", RID, "estimated infant dose of nefazodone and both metabolites, % of maternal weight-adjusted dosage",
         analyte="nefazodone and both metabolites", dose=1, pop=0)],
      [], [2], end="both metabolites summed.[2]"),

    S("A woman who was 7 weeks postpartum was taking nefazodone 150 mg twice daily",
      "study", "nefazodone", None,
      [],
      [D(150, "mg", "nefazodone 150 mg twice daily", frequency="twice daily")],
      [M(96, "ug/L", CONC, "highest milk nefazodone", "milk", stat="maximum",
         timepoint="1 hour after the morning dose", dose=0),
       M(19, "ug/L", CONC, "lowest (trough) milk nefazodone", "milk", timepoint="just before the dose", dose=0),
       M(44, "ug/L", CONC, "average milk nefazodone over the dosage interval", "milk", stat="mean", dose=0),
       M(412, "ug/L", CONC, "average maternal serum nefazodone over the dosage interval", "maternal_blood",
         stat="mean", dose=0),
       M(0.11, "{ratio}", "milk_plasma_ratio", "milk/serum ratio", "milk", dose=0)],
      [], [3], end="milk/serum ratio of 0.11.[3]"),

    S("Four women who began nefazodone 50 mg twice daily on the first day after cesarean section",
      "study", "nefazodone", None,
      [P(4, "Four women who began nefazodone 50 mg twice daily on the first day after cesarean section",
         "exposed", "mother"),
       P(2, "2 of the 4 women", "exposed", "mother")],
      [D(50, "mg", "nefazodone 50 mg twice daily", frequency="twice daily")],
      [M(8, "ug/L", CONC, "colostrum nefazodone", "milk", value_high=26, stat="range",
         timepoint="day 3 postpartum", dose=0, pop=0),
       M(3.1, "ug/L", CONC, "colostrum hydroxynefazodone", "milk", analyte="hydroxynefazodone",
         timepoint="day 3 postpartum", dose=0, pop=1),
       M(4.4, "ug/L", CONC, "colostrum hydroxynefazodone", "milk", analyte="hydroxynefazodone",
         timepoint="day 3 postpartum", dose=0, pop=1)],
      [], [4], end="at 3.1 and 4.4 mcg/L.[4]"),

    S("Serum samples were drawn from 5 of the breastfed infants in the steady-state study",
      "study", "nefazodone", None,
      [P(5, "5 of the breastfed infants in the steady-state study described above", "exposed", "infant"),
       P(3, "3 infants", "exposed", "infant"),
       P(2, "the other two", "exposed", "infant")],
      [],
      [M(2, "ug/L", CONC, "infant serum nefazodone (below the limit of quantitation)", "infant_blood",
         qualifier="<", pop=1),
       M(2.6, "ug/L", CONC, "infant serum nefazodone", "infant_blood", pop=2),
       M(4.8, "ug/L", CONC, "infant serum nefazodone", "infant_blood", pop=2),
       M(0.9, "%", "infant_plasma_ratio", "infant serum level, % of simultaneous maternal serum level",
         "infant_blood", pop=2),
       M(1.4, "%", "infant_plasma_ratio", "infant serum level, % of simultaneous maternal serum level",
         "infant_blood", pop=2)],
      [], [2], end="unquantifiable in all of the infants."),

    S("A 10-week-old infant was breastfed by a mother taking nefazodone 300 mg daily",
      "study", "nefazodone", None,
      [],
      [D(300, "mg", "nefazodone 300 mg daily", frequency="per day")],
      [M(1.7, "ug/L", CONC, "infant serum nefazodone", "infant_blood",
         timepoint="at the time of the mother's trough", dose=0),
       M(3, "%", "infant_plasma_ratio", "infant serum level, % of maternal serum level", "infant_blood", dose=0),
       M(0.6, "ug/L", CONC, "infant serum hydroxynefazodone", "infant_blood", analyte="hydroxynefazodone",
         timepoint="at the time of the mother's trough", dose=0)],
      [], [5], end="in the same sample.[5]"),

    S("A mother took nefazodone 200 mg twice daily during the third trimester",
      "study", "nefazodone", None,
      [],
      [D(200, "mg", "nefazodone 200 mg twice daily", frequency="twice daily",
         duration="during the third trimester and after delivery")],
      [M(0.98, "ug/L", CONC, "infant serum nefazodone", "infant_blood", timepoint="six hours after a feeding", dose=0),
       M(291, "ug/L", CONC, "maternal serum nefazodone", "maternal_blood", timepoint="simultaneous", dose=0)],
      [], [6], end="nefazodone in milk.[6]"),

    S("In a prospective cohort, 23 infants breastfed by mothers taking nefazodone",
      "study", "nefazodone", None,
      [P(23, "23 infants breastfed by mothers taking nefazodone", "exposed", "infant"),
       P(31, "31 breastfed infants of untreated mothers", "control", "infant"),
       P(4, "4 of 23 (17%) exposed", "exposed", "infant"),
       P(5, "5 of 31 (16%) unexposed infants", "control", "infant")],
      [D(240, "mg", "mean dose 240 mg daily", stat="mean", frequency="per day")],
      [M(1610, "g", "other", "weight gain since birth", stat="mean", group="exposed infants",
         timepoint="2 months of age", dose=0, pop=0),
       M(1580, "g", "other", "weight gain since birth", stat="mean", group="unexposed infants",
         timepoint="2 months of age", pop=1),
       M(17, "%", "proportion", "infants with parent-reported excessive sleepiness", group="exposed",
         dose=0, pop=0),
       M(16, "%", "proportion", "infants with parent-reported excessive sleepiness", group="unexposed infants",
         pop=1)],
      [C("weight gain since birth at 2 months", [1610, 1580], "g", "other",
         "weight gain since birth at 2 months of age",
         ["infants breastfed by mothers taking nefazodone", "breastfed infants of untreated mothers"], False),
       C("parent-reported excessive sleepiness", [17, 16], "%", "proportion",
         "parent-reported excessive sleepiness", ["exposed infants", "unexposed infants"], False)],
      [7], end="did not differ between groups.[7]"),

    S("Serum prolactin was measured in 9 nursing mothers before and 3 hours after",
      "study", "nefazodone", "oral",
      [P(9, "9 nursing mothers", "exposed", "mother")],
      [D(100, "mg", "a single 100 mg oral dose")],
      [M(38, "ng/mL", CONC, "serum prolactin", "maternal_blood", analyte="prolactin", stat="mean",
         timepoint="baseline", pop=0),
       M(52, "ng/mL", CONC, "serum prolactin", "maternal_blood", analyte="prolactin", stat="mean",
         timepoint="3 hours after the dose", dose=0, pop=0),
       M(37, "%", "change", "increase in serum prolactin", analyte="prolactin", dose=0, pop=0)],
      [C("serum prolactin, before vs after a dose", [38, 52], "ng/mL", CONC, "serum prolactin",
         ["baseline", "after the dose"], False, 0.09, "=")],
      [8], end="was unchanged.[8]"),
]))

# ================================================================ au02 mexiletine (LactMed on a drug site, Markdown)
DOCS.append(("au02_mexiletine_drugsite.md", [
    S("the amount a breastfed infant receives is small, about 1 to 2% of the maternal weight-adjusted dosage",
      "recommendation", "mexiletine", None,
      [], [],
      [M(1, "%", RID, "infant dose, % of maternal weight-adjusted dosage", value_high=2, qualifier="~")],
      [], [], start="Even so, the amount", end="who have been followed."),

    S("A woman who was 4 days postpartum was taking mexiletine 200 mg orally every 8 hours",
      "study", "mexiletine", "oral",
      [],
      [D(200, "mg", "mexiletine 200 mg orally every 8 hours", frequency="every 8 hours")],
      [M(1.1, "{ratio}", "milk_plasma_ratio", "milk/plasma ratio", "milk", timepoint="2 hours after a dose", dose=0),
       M(1.9, "{ratio}", "milk_plasma_ratio", "milk/plasma ratio", "milk", timepoint="4 hours after a dose", dose=0),
       M(2.0, "{ratio}", "milk_plasma_ratio", "milk/plasma ratio", "milk", timepoint="6 hours after a dose", dose=0),
       M(0.96, "mg/L", CONC, "highest milk mexiletine", "milk", stat="maximum",
         timepoint="4 hours after the dose", dose=0)],
      [], [1], end="4 hours after the dose.[1]"),

    S("Seven mothers with ventricular arrhythmias were studied between 1 week and 5 months postpartum",
      "study", "mexiletine", None,
      [P(7, "Seven mothers with ventricular arrhythmias", "total", "mother"),
       P(3, "Three were taking mexiletine 150 mg three times a day", "exposed", "mother"),
       P(4, "four were taking 300 mg three times a day", "exposed", "mother")],
      [D(150, "mg", "mexiletine 150 mg three times a day", frequency="three times a day"),
       D(300, "mg", "300 mg three times a day", frequency="three times a day")],
      [M(0.4, "mg/L", CONC, "milk mexiletine", "milk", stat="mean", group="lower-dose group", dose=0, pop=1),
       M(1.1, "mg/L", CONC, "milk mexiletine", "milk", stat="mean", group="higher-dose group", dose=1, pop=2),
       M(124, "%", "milk_plasma_ratio", "milk level, % of simultaneous serum level", "milk", pop=0),
       M(78, "%", "milk_plasma_ratio", "milk level, % of simultaneous serum level", "milk",
         value_high=190, stat="range", pop=0),
       M(117, "ug/kg", "infant_dose", "estimated infant mexiletine dose per day", pop=0),
       M(1.4, "%", RID, "estimated infant dose, % of maternal weight-adjusted dosage", pop=0)],
      [C("milk mexiletine, 150 mg vs 300 mg three times a day", [0.4, 1.1], "mg/L", CONC, "milk mexiletine",
         ["lower-dose group", "higher-dose group"], True, 0.02, "=")],
      [2], end="maternal weight-adjusted dosage.[2]"),

    S("Three women who were 3 to 6 weeks postpartum and taking mexiletine 600 to 750 mg daily",
      "study", "mexiletine", None,
      [P(3, "Three women who were 3 to 6 weeks postpartum", "exposed", "mother")],
      [D(600, "mg", "mexiletine 600 to 750 mg daily", amount_high=750, stat="range", frequency="per day")],
      [M(0.38, "mg", "amount_excreted", "total mexiletine excreted into milk over 24 hours", dose=0, pop=0),
       M(0.51, "mg", "amount_excreted", "total mexiletine excreted into milk over 24 hours", dose=0, pop=0),
       M(0.72, "mg", "amount_excreted", "total mexiletine excreted into milk over 24 hours", dose=0, pop=0),
       M(0.1, "%", "amount_excreted", "amount in milk over 24 hours, % of daily dose", qualifier="<", dose=0, pop=0),
       M(0.91, "{ratio}", "milk_plasma_ratio", "M:P in pooled 24-hour samples", "milk", dose=0, pop=0)],
      [], [3], end="pooled 24-hour samples.[3]"),

    S("A breastfed infant whose mother took mexiletine 200 mg three times daily",
      "study", "mexiletine", None,
      [],
      [D(200, "mg", "mexiletine 200 mg three times daily", frequency="three times daily",
         duration="throughout pregnancy and postpartum")],
      [M(0.3, "mg/L", CONC, "infant serum mexiletine", "infant_blood", timepoint="day 3", dose=0),
       M(0.1, "mg/L", CONC, "infant serum mexiletine (undetectable)", "infant_blood", qualifier="<",
         timepoint="day 10", dose=0),
       M(1.8, "mg/L", CONC, "infant urine mexiletine", "infant_urine", timepoint="day 3", dose=0),
       M(0.4, "mg/L", CONC, "infant urine mexiletine", "infant_urine", timepoint="day 10", dose=0),
       M(0.7, "mg/L", CONC, "maternal serum mexiletine", "maternal_blood", timepoint="day 10", dose=0),
       M(0.8, "mg/L", CONC, "milk mexiletine", "milk", timepoint="day 10", dose=0)],
      [], [4], end="her milk level 0.8 mg/L.[4]"),

    S("Electrocardiograms and heart rates were normal in 5 breastfed infants",
      "study", "mexiletine", None,
      [P(5, "5 breastfed infants whose mothers took mexiletine in doses of up to 900 mg daily", "exposed", "infant"),
       P(1, "One of these infants", "exposed", "infant")],
      [D(900, "mg", "doses of up to 900 mg daily", stat="maximum", frequency="per day")],
      [], [], [2, 5], end="developed normally.[5]"),
]))

# ================================================================ au03 vancomycin (HTML monograph)
DOCS.append(("au03_vancomycin_monograph.html", [
    S("Published estimates put the relative infant dose at about 1% or less",
      "recommendation", "vancomycin", None,
      [], [],
      [M(1, "%", RID, "relative infant dose, % of maternal weight-adjusted dose", qualifier="<=")],
      [], [], end="of the maternal weight-adjusted dose."),

    S("Reyes-Ocampo et al. 2008, post-cesarean women",
      "study", "vancomycin", "intravenous",
      [P(6, "6", "exposed", "mother")],
      [D(1, "g", "1 g IV every 12 h", frequency="every 12 h")],
      [M(6.4, "mg/L", CONC, "trough milk vancomycin", "milk", stat="mean", timepoint="trough", dose=0, pop=0),
       M(0.31, "{ratio}", "milk_plasma_ratio", "M/P", "milk", dose=0, pop=0),
       M(0.8, "%", RID, "RID, % of maternal weight-adjusted dose", dose=0, pop=0)],
      [], [3], end="0.8%"),

    S("Sandoval & Whitcombe 2012, MRSA mastitis",
      "study", "vancomycin", "intravenous",
      [P(12, "12", "exposed", "mother")],
      [D(15, "mg/kg", "15 mg/kg IV every 8 h", frequency="every 8 h")],
      [M(3.1, "mg/L", CONC, "milk vancomycin", "milk", value_high=12.7, stat="range", dose=0, pop=0),
       M(0.42, "{ratio}", "milk_plasma_ratio", "M/P", "milk", dose=0, pop=0),
       M(1.1, "%", RID, "RID, % of maternal weight-adjusted dose", dose=0, pop=0)],
      [], [4], end="1.1%"),

    S("Tamura et al. 2016, oral therapy for colitis",
      "study", "vancomycin", "oral",
      [P(4, "4", "exposed", "mother")],
      [D(125, "mg", "125 mg orally four times daily", frequency="four times daily")],
      [M(0.5, "mg/L", CONC, "milk vancomycin (all samples)", "milk", qualifier="<", dose=0, pop=0)],
      [], [5], end="(all samples)"),

    S("Nwachukwu et al. 2020, neonatal-unit mothers",
      "study", "vancomycin", "intravenous",
      [P(9, "9", "exposed", "mother")],
      [D(20, "mg/kg", "20 mg/kg IV every 12 h", frequency="every 12 h")],
      [M(8.8, "mg/L", CONC, "milk vancomycin", "milk", stat="median", dose=0, pop=0),
       M(5.2, "mg/L", CONC, "milk vancomycin", "milk", value_high=11.9, stat="IQR", dose=0, pop=0),
       M(0.5, "{ratio}", "milk_plasma_ratio", "M/P", "milk", dose=0, pop=0),
       M(0.9, "%", RID, "RID, % of maternal weight-adjusted dose", dose=0, pop=0),
       M(0.4, "%", RID, "RID, % of maternal weight-adjusted dose", value_high=1.6, stat="range", dose=0, pop=0)],
      [], [6], end="(range 0.4\u20131.6%)"),

    S("Infant serum vancomycin was below the assay limit",
      "study", "vancomycin", None,
      [P(9, "all 9 infants whose mothers took part in the neonatal-unit study", "exposed", "infant"),
       P(2, "2 preterm infants fed by nasogastric tube", "exposed", "infant")],
      [],
      [M(1, "mg/L", CONC, "infant serum vancomycin (below the assay limit)", "infant_blood", qualifier="<", pop=0)],
      [], [6], end="nasogastric tube [6]"),

    S("A randomized comparison in 16 women after cesarean delivery",
      "study", "vancomycin", "intravenous",
      [P(16, "16 women after cesarean delivery", "total", "mother")],
      [D(1, "g", "1 g every 12 hours", frequency="every 12 hours"),
       D(2, "g", "2 g over 24 hours", duration="over 24 hours")],
      [M(5.8, "mg/L", CONC, "milk vancomycin", "milk", group="intermittent intravenous dosing",
         timepoint="4 hours after the dose", dose=0),
       M(6.3, "mg/L", CONC, "milk vancomycin", "milk", group="continuous infusion",
         timepoint="4 hours after the dose", dose=1)],
      [C("milk vancomycin 4 hours after the dose, intermittent vs continuous", [5.8, 6.3], "mg/L", CONC,
         "milk vancomycin 4 hours after the dose", ["intermittent intravenous dosing", "continuous infusion"], False)],
      [7], end="6.3 mg/L [7]"),

    S("Fourteen women given vancomycin 20 mg/kg intravenously for group B streptococcal prophylaxis",
      "study", "vancomycin", "intravenous",
      [P(14, "Fourteen women given vancomycin 20 mg/kg intravenously for group B streptococcal prophylaxis",
         "exposed", "mother")],
      [D(20, "mg/kg", "vancomycin 20 mg/kg intravenously")],
      [M(4.1, "mg/L", CONC, "cord blood vancomycin at delivery", "cord_blood", stat="mean", dose=0, pop=0),
       M(9.7, "mg/L", CONC, "maternal serum vancomycin at delivery", "maternal_blood", dose=0, pop=0),
       M(0.42, "{ratio}", "other", "cord-to-maternal serum ratio", "cord_blood", stat="mean", dose=0, pop=0)],
      [C("vancomycin at delivery, cord blood vs maternal serum", [4.1, 9.7], "mg/L", CONC,
         "vancomycin at delivery", ["cord blood", "maternal serum"], True, 0.001, "<")],
      [8], end="0.42 [8]"),
]))

# ================================================================ au04 rufinamide (review excerpt, plain text)
DOCS.append(("au04_rufinamide_review.txt", [
    S("Four cohorts, together comprising 27 women taking rufinamide 400 to 3200 mg daily",
      "study", "rufinamide", None,
      [P(27, "27 women taking rufinamide 400 to 3200 mg daily", "exposed", "mother"),
       P(11, "the largest cohort (n = 11)", "exposed", "mother")],
      [D(400, "mg", "rufinamide 400 to 3200 mg daily", amount_high=3200, stat="range", frequency="per day")],
      [M(0.9, "mg/L", CONC, "trough milk rufinamide", "milk", value_high=6.3, stat="range", dose=0, pop=0),
       M(2.4, "mg/L", CONC, "peak milk rufinamide", "milk", value_high=14.1, stat="range", dose=0, pop=0),
       M(4.6, "mg/L", CONC, "steady-state milk rufinamide", "milk", stat="median", dose=0, pop=1),
       M(3.0, "mg/L", CONC, "steady-state milk rufinamide", "milk", value_high=7.2, stat="IQR", dose=0, pop=1)],
      [], [41, 42, 43, 44], end="(IQR 3.0-7.2) [43]."),

    S("Three of the cohorts also measured maternal plasma concentrations",
      "study", "rufinamide", None,
      [P(19, "19 women", "exposed", "mother")],
      [],
      [M(3.2, "%", RID, "RID, % of maternal weight-adjusted dose", stat="median", pop=0),
       M(0.8, "%", RID, "RID, % of maternal weight-adjusted dose", value_high=8.9, stat="range", pop=0),
       M(0.71, "{ratio}", "milk_plasma_ratio", "pooled milk-to-plasma ratio", "milk", stat="mean", pop=0),
       M(0.4, "{ratio}", "milk_plasma_ratio", "individual milk-to-plasma ratios", "milk", value_high=1.1,
         stat="range", pop=0)],
      [], [42, 43, 44], end="between 0.4 and 1.1."),

    S("In the cohort reported by Adeyemi and colleagues, one infant whose mother was taking 3200 mg daily",
      "study", "rufinamide", None,
      [P(1, "one infant whose mother was taking 3200 mg daily", "exposed", "infant")],
      [D(3200, "mg", "3200 mg daily", frequency="per day"),
       D(10, "mg/kg", "a usual starting dose of 10 mg/kg daily in children", recipient="infant", frequency="per day")],
      [M(2.3, "mg/kg", "infant_dose", "estimated infant rufinamide dose per day through milk", dose=0, pop=0)],
      [], [44], end="in children [44]."),

    S("Plasma samples from breastfed infants are available from two studies",
      "study", "rufinamide", None,
      [P(8, "8 infants", "exposed", "infant"),
       P(6, "6 of 8 infants", "exposed", "infant"),
       P(2, "the remaining two, both under 6 weeks of age", "exposed", "infant")],
      [],
      [M(50, "ng/mL", CONC, "infant plasma rufinamide (undetectable)", "infant_blood", qualifier="<", pop=1),
       M(180, "ng/mL", CONC, "infant plasma rufinamide", "infant_blood", pop=2),
       M(410, "ng/mL", CONC, "infant plasma rufinamide", "infant_blood", pop=2),
       M(2, "%", "infant_plasma_ratio", "infant plasma level, % of maternal plasma level", "infant_blood",
         qualifier="~", pop=2),
       M(5, "%", "infant_plasma_ratio", "infant plasma level, % of maternal plasma level", "infant_blood",
         qualifier="~", pop=2)],
      [], [43, 45], end="maternal plasma concentrations [45]."),

    S("In two neonates exposed in utero and subsequently breastfed",
      "study", "rufinamide", None,
      [P(2, "two neonates exposed in utero and subsequently breastfed", "exposed", "infant")],
      [],
      [M(31, "h", "half_life", "apparent plasma half-life of rufinamide in neonates", "infant_blood", pop=0),
       M(46, "h", "half_life", "apparent plasma half-life of rufinamide in neonates", "infant_blood", pop=0),
       M(6, "h", "half_life", "plasma half-life of rufinamide in adults", None, value_high=10, group="adults")],
      [], [46, 47], end="in adults [46, 47]."),

    S("3 of 29 breastfed infants (10%) were described as sleepy",
      "study", "rufinamide", None,
      [P(29, "29 breastfed infants", "exposed", "infant"),
       P(3, "3 of 29 breastfed infants", "exposed", "infant"),
       P(24, "24 unexposed infants", "control", "infant"),
       P(2, "2 of 24 unexposed infants", "control", "infant")],
      [],
      [M(10, "%", "proportion", "infants described as sleepy or feeding poorly", group="breastfed infants", pop=0),
       M(8, "%", "proportion", "infants described as sleepy or feeding poorly", group="unexposed infants", pop=2)],
      [C("sleepy or feeding poorly, exposed vs unexposed", [10, 8], "%", "proportion", "sleepy or feeding poorly",
         ["breastfed infants", "unexposed infants"], False, 0.71, "=")],
      [41, 42, 43, 44], start="Pooling the cohort data", end="(P = .71)."),

    S("Only one study examined milk production",
      "study", "rufinamide", None,
      [P(7, "7 women", "exposed", "mother")],
      [],
      [M(612, "mL", "milk_volume", "mean 24-hour milk volume", stat="mean", timepoint="before rufinamide", pop=0),
       M(640, "mL", "milk_volume", "mean 24-hour milk volume", stat="mean",
         timepoint="after 2 weeks of treatment", pop=0)],
      [C("24-hour milk volume before vs after starting rufinamide", [612, 640], "mL", "milk_volume",
         "24-hour milk volume", ["before", "after 2 weeks of treatment"], False)],
      [44], end="2 weeks of treatment)."),

    S("We consider breastfeeding acceptable at maternal doses up to 1600 mg daily",
      "recommendation", "rufinamide", None,
      [],
      [D(1600, "mg", "maternal doses up to 1600 mg daily", stat="maximum", frequency="per day")],
      [], [], [], end="if symptoms arise."),
]))

# ================================================================ au05 promethazine (patient page, Markdown)
DOCS.append(("au05_promethazine_patient.md", [
    S("In one study, twelve mothers took a single 25 mg tablet by mouth at bedtime",
      "study", "promethazine", "oral",
      [P(12, "twelve mothers", "exposed", "mother")],
      [D(25, "mg", "a single 25 mg tablet")],
      [M(18, "ng/mL", CONC, "peak milk promethazine", "milk", qualifier="~", timepoint="a few hours later",
         dose=0, pop=0),
       M(1, "%", RID, "infant dose, % of mother's weight-adjusted dose", qualifier="<", dose=0, pop=0)],
      [], [1], end="taken into account (1)."),

    S("A larger study compared forty-two breastfed babies whose mothers were taking promethazine regularly",
      "study", "promethazine", None,
      [P(42, "forty-two breastfed babies whose mothers were taking promethazine regularly", "exposed", "infant"),
       P(50, "50 breastfed babies whose mothers were not taking any medicines", "control", "infant"),
       P(5, "five of the forty-two babies", "exposed", "infant"),
       P(3, "three of the 50 babies", "control", "infant")],
      [D(25, "mg", "most often 25 mg once or twice a day", frequency="once or twice a day")],
      [M(12, "%", "proportion", "babies with drowsiness", group="forty-two babies", timepoint="one week",
         dose=0, pop=0),
       M(6, "%", "proportion", "babies with drowsiness", group="comparison group", timepoint="one week", pop=1),
       M(2, "%", "proportion", "babies with drowsiness", group="forty-two babies", timepoint="one month",
         dose=0, pop=0),
       M(4, "%", "proportion", "babies with drowsiness", group="comparison group", timepoint="one month", pop=1),
       M(7, "%", "proportion", "babies with fussiness and feeding problems", group="forty-two babies",
         dose=0, pop=0),
       M(8, "%", "proportion", "babies with fussiness and feeding problems", group="comparison group", pop=1)],
      [C("drowsiness at one week", [12, 6], "%", "proportion", "drowsiness at one week",
         ["babies whose mothers were taking promethazine", "comparison group"], False),
       C("drowsiness at one month", [2, 4], "%", "proportion", "drowsiness at one month",
         ["babies whose mothers were taking promethazine", "comparison group"], False),
       C("fussiness and feeding problems", [7, 8], "%", "proportion", "fussiness and feeding problems",
         ["babies whose mothers were taking promethazine", "comparison group"], False)],
      [2], end="(7% versus 8%) (2)."),

    S("In a small study of eight mothers, the amount of milk they made over 24 hours",
      "study", "promethazine", None,
      [P(8, "eight mothers", "exposed", "mother")],
      [],
      [M(10, "%", "change", "decrease in 24-hour milk volume", qualifier="~",
         timepoint="the day after a single dose", pop=0)],
      [], [3], end="two days later (3)."),

    S("If you need promethazine, a single dose of 10 to 25 mg at night",
      "recommendation", "promethazine", None,
      [],
      [D(10, "mg", "a single dose of 10 to 25 mg", amount_high=25, frequency="at night")],
      [], [], [], end="for more than a few days."),
]))

# ================================================================ au06 naratriptan (PubMed-style abstract)
DOCS.append(("au06_naratriptan_abstract.txt", [
    S("Twenty-four lactating women (median 14 weeks postpartum",
      "study", "naratriptan", "oral",
      [P(24, "Twenty-four lactating women", "total", "mother"),
       P(12, "naratriptan 1 mg (n = 12)", "exposed", "mother"),
       P(12, "2.5 mg (n = 12)", "exposed", "mother"),
       P(9, "Nine infants", "exposed", "infant"),
       P(2, "2 of the 12 infants", "exposed", "infant"),
       P(3, "3 of the 12", "exposed", "infant")],
      [D(1, "mg", "a single oral dose of naratriptan 1 mg"),
       D(2.5, "mg", "2.5 mg")],
      [M(2.9, "ng/mL", CONC, "milk Cmax", "milk", stat="median", group="1 mg", dose=0, pop=1),
       M(2.1, "ng/mL", CONC, "milk Cmax", "milk", value_high=3.8, stat="IQR", group="1 mg", dose=0, pop=1),
       M(7.6, "ng/mL", CONC, "milk Cmax", "milk", stat="median", group="2.5 mg", dose=1, pop=2),
       M(5.9, "ng/mL", CONC, "milk Cmax", "milk", value_high=9.4, stat="IQR", group="2.5 mg", dose=1, pop=2),
       M(1.9, "ng/mL", CONC, "plasma Cmax", "maternal_blood", stat="mean", group="1 mg", dose=0, pop=1),
       M(4.8, "ng/mL", CONC, "plasma Cmax", "maternal_blood", stat="mean", group="2.5 mg", dose=1, pop=2),
       M(1.39, "{ratio}", "milk_plasma_ratio", "milk/plasma AUC ratio", "milk", group="1 mg", dose=0, pop=1),
       M(1.43, "{ratio}", "milk_plasma_ratio", "milk/plasma AUC ratio", "milk", group="2.5 mg", dose=1, pop=2),
       M(6.1, "h", "half_life", "milk half-life", "milk", stat="median", group="1 mg", dose=0, pop=1),
       M(6.4, "h", "half_life", "milk half-life", "milk", stat="median", group="2.5 mg", dose=1, pop=2),
       M(0.47, "ug/kg", "infant_dose", "estimated infant dose per day", group="lower dose", dose=0, pop=1),
       M(1.25, "ug/kg", "infant_dose", "estimated infant dose per day", group="higher dose", dose=1, pop=2),
       M(3.1, "%", RID, "relative infant dose", group="lower dose", dose=0, pop=1),
       M(3.3, "%", RID, "relative infant dose", group="higher dose", dose=1, pop=2),
       M(0.05, "ng/mL", CONC, "infant plasma naratriptan (not detected)", "infant_blood", qualifier="<",
         timepoint="3 to 5 hours after the maternal dose", pop=3),
       M(17, "%", "proportion", "infants with mild, transient fussiness", group="1-mg group", dose=0, pop=1),
       M(25, "%", "proportion", "infants with mild, transient fussiness", group="2.5-mg group", dose=1, pop=2)],
      [C("milk Cmax by dose", [2.9, 7.6], "ng/mL", CONC, "milk Cmax", ["1 mg", "2.5 mg"], True, 0.001, "<"),
       C("plasma Cmax by dose", [1.9, 4.8], "ng/mL", CONC, "plasma Cmax", ["1 mg", "2.5 mg"], True, 0.002, "="),
       C("milk/plasma AUC ratio by dose", [1.39, 1.43], "{ratio}", "milk_plasma_ratio", "milk/plasma AUC ratio",
         ["1 mg", "2.5 mg"], False, 0.78, "="),
       C("milk half-life by dose", [6.1, 6.4], "h", "half_life", "milk half-life", ["1 mg", "2.5 mg"], False),
       C("estimated infant dose by dose", [0.47, 1.25], "ug/kg", "infant_dose", "estimated infant dose",
         ["lower dose", "higher dose"], True, 0.001, "<"),
       C("relative infant dose by dose", [3.1, 3.3], "%", RID, "relative infant dose",
         ["lower dose", "higher dose"], False, 0.64, "="),
       C("infant fussiness by dose group", [17, 25], "%", "proportion", "mild, transient fussiness",
         ["1-mg group", "2.5-mg group"], False, 0.99, ">")],
      [], end="(Fisher exact P > .99)."),

    S("Breastfeeding need not be interrupted after a single dose of up to 2.5 mg",
      "recommendation", "naratriptan", None,
      [],
      [D(2.5, "mg", "a single dose of up to 2.5 mg", stat="maximum")],
      [], [], [], end="up to 2.5 mg."),
]))


def main():
    gold_lines, stretches = [], {}
    for doc, stmts in DOCS:
        out = []
        stretches[doc] = []
        for s in stmts:
            out.append({k: v for k, v in s.items() if not k.startswith("_")})
            stretches[doc].append({"anchor": s["anchor"], "start": s["_start"], "end": s["_end"]})
        gold_lines.append(json.dumps({"doc": doc, "statements": out}, ensure_ascii=False))
    with open(os.path.join(ROOT, "gold.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(gold_lines) + "\n")
    with open(os.path.join(HERE, "stretches.json"), "w", encoding="utf-8") as f:
        json.dump(stretches, f, ensure_ascii=False, indent=1)
    n = sum(len(s) for _, s in DOCS)
    print("wrote gold.jsonl: %d documents, %d statements" % (len(DOCS), n))


if __name__ == "__main__":
    main()
