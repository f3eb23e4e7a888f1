#!/usr/bin/env python3
"""Hand-written gold for held-out corpus V (blind), FORMAT.md version 2.

Every call below was written by hand while reading the document it annotates.
Running this script writes ../gold.jsonl (one JSON line per document).
Standard library only.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "gold.jsonl")

DOCS = []


class Doc:
    def __init__(self, name):
        self.name = name
        self.statements = []
        DOCS.append(self)

    def st(self, anchor, kind, drug, route=None, cites=()):
        s = Statement(anchor, kind, drug, route, list(cites))
        self.statements.append(s)
        return s

    def to_json(self):
        return {"doc": self.name, "statements": [s.to_json() for s in self.statements]}


class Statement:
    def __init__(self, anchor, kind, drug, route, cites):
        self.d = {"anchor": anchor, "kind": kind, "drug": drug, "route": route,
                  "populations": [], "doses": [], "measurements": [],
                  "comparisons": [], "citations": cites}

    # populations -------------------------------------------------------
    def pop(self, n, text, role, who):
        self.d["populations"].append({"n": n, "text": text, "role": role, "who": who})
        return len(self.d["populations"]) - 1

    # doses -------------------------------------------------------------
    def dose(self, amount, unit, text, recipient="mother", high=None, stat=None,
             freq=None, dur=None, drug=None):
        x = {"amount": amount}
        if high is not None:
            x["amount_high"] = high
        x["unit"] = unit
        if stat:
            x["stat"] = stat
        if freq:
            x["frequency"] = freq
        if dur:
            x["duration"] = dur
        if drug:
            x["drug"] = drug
        x["text"] = text
        x["recipient"] = recipient
        self.d["doses"].append(x)
        return len(self.d["doses"]) - 1

    # measurements ------------------------------------------------------
    def m(self, value, unit, kind, measure, matrix=None, analyte=None, dose=None,
          pop=None, high=None, q=None, stat=None, group=None, tp=None):
        x = {"value": value}
        if high is not None:
            x["value_high"] = high
        x["unit"] = unit
        if q:
            x["qualifier"] = q
        if stat:
            x["stat"] = stat
        if group:
            x["group"] = group
        x["measure"] = measure
        if tp:
            x["timepoint"] = tp
        x["kind"] = kind
        x["matrix"] = matrix
        x["analyte"] = analyte
        x["dose"] = dose
        x["population"] = pop
        self.d["measurements"].append(x)
        return len(self.d["measurements"]) - 1

    # comparisons -------------------------------------------------------
    def cmp(self, measure, values, unit, kind, outcome, arms, significant=None,
            p=None, pq=None):
        self.d["comparisons"].append({
            "measure": measure, "values": list(values), "unit": unit, "kind": kind,
            "outcome": outcome, "arms": list(arms), "significant": significant,
            "p_value": p, "p_qualifier": pq})

    def to_json(self):
        return self.d


RID = "relative_infant_dose"
CONC = "concentration"
MPR = "milk_plasma_ratio"
IPR = "infant_plasma_ratio"
IDOSE = "infant_dose"
HL = "half_life"
AMT = "amount_excreted"
PROP = "proportion"
CHG = "change"
VOL = "milk_volume"

# =====================================================================
# v01 sertraline: LactMed-style record, saved HTML
# =====================================================================
d = Doc("v01_sertraline_lactmed_saved.html")

s = d.st("Eleven mothers who were 3 to 26 weeks postpartum were taking sertraline",
         "study", "sertraline", None, [4])
p0 = s.pop(11, "Eleven mothers who were 3 to 26 weeks postpartum", "exposed", "mother")
d0 = s.dose(50, "mg", "daily doses of 50 to 150 mg", high=150, freq="per day")
s.m(17.8, "ug/L", CONC, "foremilk sertraline", "milk", None, d0, p0, stat="mean", group="foremilk")
s.m(46.3, "ug/L", CONC, "hindmilk sertraline", "milk", None, d0, p0, stat="mean", group="hindmilk")
s.m(31.5, "ug/L", CONC, "foremilk desmethylsertraline", "milk", "desmethylsertraline", d0, p0,
    stat="mean", group="foremilk")
s.m(58.9, "ug/L", CONC, "hindmilk desmethylsertraline", "milk", "desmethylsertraline", d0, p0,
    stat="mean", group="hindmilk")
s.m(1.9, "{ratio}", MPR, "sertraline milk/plasma ratio", "milk", None, d0, p0, stat="mean")
s.m(0.9, "{ratio}", MPR, "sertraline milk/plasma ratio", "milk", None, d0, p0, high=3.4, stat="range")
s.m(0.023, "mg/kg", IDOSE, "estimated infant dose of sertraline plus desmethylsertraline per day",
    None, "sertraline plus desmethylsertraline", d0, p0)
s.m(0.54, "%", RID, "estimated infant dose, % of maternal weight-adjusted dosage",
    None, "sertraline plus desmethylsertraline", d0, p0)
s.cmp("milk sertraline, foremilk vs hindmilk", [17.8, 46.3], "ug/L", CONC,
      "sertraline levels in foremilk and hindmilk", ["foremilk", "hindmilk"], True, 0.01, "<")
s.cmp("milk desmethylsertraline, foremilk vs hindmilk", [31.5, 58.9], "ug/L", CONC,
      "desmethylsertraline in milk", ["foremilk", "hindmilk"], None)

s = d.st("Three women gave paired milk and serum samples 6 to 8 hours after their morning dose",
         "study", "sertraline", None, [5])
s.pop(3, "Three women", "exposed", "mother")
a = s.dose(50, "mg", "The mother taking 50 mg daily", freq="per day")
b = s.dose(100, "mg", "the mother taking 100 mg daily", freq="per day")
c = s.dose(200, "mg", "the mother taking 200 mg daily", freq="per day")
s.m(9, "ug/L", CONC, "milk sertraline", "milk", None, a, None, group="50 mg daily",
    tp="6 to 8 hours after the morning dose")
s.m(24, "ug/L", CONC, "milk sertraline", "milk", None, b, None, group="100 mg daily",
    tp="6 to 8 hours after the morning dose")
s.m(61, "ug/L", CONC, "milk sertraline", "milk", None, c, None, group="200 mg daily",
    tp="6 to 8 hours after the morning dose")
s.m(82, "%", MPR, "milk level, % of simultaneous serum level", "milk", None, a, None, group="50 mg daily")
s.m(126, "%", MPR, "milk level, % of simultaneous serum level", "milk", None, b, None, group="100 mg daily")
s.m(161, "%", MPR, "milk level, % of simultaneous serum level", "milk", None, c, None, group="200 mg daily")
s.cmp("milk sertraline by maternal dose", [9, 24, 61], "ug/L", CONC, "milk sertraline level",
      ["50 mg daily", "100 mg daily", "200 mg daily"], None)
s.cmp("milk level as % of serum level by maternal dose", [82, 126, 161], "%", MPR,
      "milk levels as a percentage of the simultaneous serum level",
      ["50 mg daily", "100 mg daily", "200 mg daily"], None)

s = d.st("Serum was drawn from 22 breastfed infants whose mothers were taking sertraline",
         "study", "sertraline", None, [6])
p0 = s.pop(22, "22 breastfed infants whose mothers were taking sertraline 25 to 200 mg daily",
           "exposed", "infant")
p1 = s.pop(17, "17 of the 22 infants", "exposed", "infant")
p2 = s.pop(5, "the remaining 5", "exposed", "infant")
p3 = s.pop(9, "9 infants", "exposed", "infant")
d0 = s.dose(25, "mg", "sertraline 25 to 200 mg daily", high=200, freq="per day")
s.m(2, "ug/L", CONC, "infant serum sertraline (undetectable)", "infant_blood", None, d0, p1, q="<")
s.m(2.1, "ug/L", CONC, "infant serum sertraline", "infant_blood", None, d0, p2, high=4.8, stat="range")
s.m(6.4, "ug/L", CONC, "highest infant serum desmethylsertraline", "infant_blood",
    "desmethylsertraline", d0, p3, stat="maximum")
s.m(1.5, "%", IPR, "infant serum sertraline, % of maternal level", "infant_blood", None, d0, p0,
    stat="mean")

s = d.st("A prospective cohort study followed 64 infants breastfed during maternal sertraline therapy",
         "study", "sertraline", None, [7])
p0 = s.pop(64, "64 infants breastfed during maternal sertraline therapy", "exposed", "infant")
p1 = s.pop(71, "71 breastfed infants of mothers with untreated depression", "control", "infant")
s.m(4.7, "%", PROP, "weight below the 10th percentile at 6 months", None, None, None, p0, group="exposed")
s.m(5.6, "%", PROP, "weight below the 10th percentile at 6 months", None, None, None, p1, group="unexposed")
s.m(9.4, "%", PROP, "irritability or poor sleep", None, None, None, p0, group="exposed")
s.m(7.0, "%", PROP, "irritability or poor sleep", None, None, None, p1, group="unexposed")
s.cmp("weight below the 10th percentile at 6 months", [4.7, 5.6], "%", PROP,
      "weight below the 10th percentile at 6 months", ["exposed", "unexposed"], False, 0.81, "=")
s.cmp("irritability or poor sleep", [9.4, 7.0], "%", PROP, "irritability or poor sleep",
      ["exposed", "unexposed"], False, 0.71, "=")

s = d.st("In a telephone survey of 112 women who took sertraline during late pregnancy",
         "study", "sertraline", None, [8])
p0 = s.pop(112, "112 women who took sertraline during late pregnancy", "exposed", "mother")
p1 = s.pop(340, "340 women who took no antidepressant", "control", "mother")
s.m(32, "%", PROP, "delayed onset of copious milk secretion", None, None, None, p0, group="sertraline")
s.m(21, "%", PROP, "delayed onset of copious milk secretion", None, None, None, p1,
    group="no antidepressant")
s.cmp("delayed onset of copious milk secretion", [32, 21], "%", PROP,
      "delayed onset of copious milk secretion", ["sertraline", "no antidepressant"], False, 0.09, "=")

# =====================================================================
# v02 lamotrigine: hospital pharmacy breastfeeding guide, plain text
# =====================================================================
d = Doc("v02_lamotrigine_hospital_guide.txt")

s = d.st("In a series of 14 mother-infant pairs followed in an epilepsy clinic",
         "study", "lamotrigine", None, [3])
p0 = s.pop(14, "14 mother-infant pairs followed in an epilepsy clinic", "exposed", "pair")
d0 = s.dose(200, "mg", "a median of 200 mg daily", stat="median", freq="per day")
s.dose(100, "mg", "range 100 to 400 mg daily", high=400, stat="range", freq="per day")
d2 = s.dose(300, "mg", "mothers taking 300 mg daily or more", freq="per day")
d3 = s.dose(300, "mg", "mothers taking less than 300 mg daily", freq="per day")
s.m(1.2, "mg/L", CONC, "milk lamotrigine", "milk", None, d0, p0, high=6.9, stat="range")
s.m(0.58, "{ratio}", MPR, "lamotrigine milk/plasma ratio", "milk", None, d0, p0, stat="median")
s.m(28, "%", IPR, "infant serum lamotrigine, % of maternal serum level", "infant_blood", None, d0, p0,
    stat="median")
s.m(11, "%", IPR, "infant serum lamotrigine, % of maternal serum level", "infant_blood", None, d0, p0,
    high=47, stat="range")
s.m(0.29, "mg/kg", IDOSE, "estimated infant lamotrigine dose per day", None, None, d0, p0)
s.m(8.1, "%", RID, "estimated infant dose, % of maternal weight-adjusted dosage", None, None, d0, p0)
s.m(2.9, "mg/L", CONC, "infant serum lamotrigine", "infant_blood", None, d2, None, stat="median",
    group="300 mg daily or more")
s.m(1.4, "mg/L", CONC, "infant serum lamotrigine", "infant_blood", None, d3, None, stat="median",
    group="less than 300 mg daily")
s.cmp("infant serum lamotrigine by maternal dose", [2.9, 1.4], "mg/L", CONC,
      "infant serum lamotrigine", ["300 mg daily or more", "less than 300 mg daily"], True, 0.02, "=")

s = d.st("A second group (ref. 4) consisted of 9 women who were taking a mean of 325 mg",
         "study", "lamotrigine", None, [4])
p0 = s.pop(9, "9 women who were taking a mean of 325 mg daily at delivery", "exposed", "mother")
p1 = s.pop(6, "Six of the newborns were breastfed", "exposed", "infant")
p2 = s.pop(3, "3 were formula fed", "control", "infant")
d0 = s.dose(325, "mg", "a mean of 325 mg daily at delivery", stat="mean", freq="per day")
s.m(3.6, "mg/L", CONC, "cord blood lamotrigine", "cord_blood", None, d0, p0, stat="mean",
    tp="at delivery")
s.m(3.9, "mg/L", CONC, "maternal serum lamotrigine at delivery", "maternal_blood", None, d0, p0,
    stat="mean", tp="at delivery")
s.m(3.1, "mg/L", CONC, "infant serum lamotrigine", "infant_blood", None, d0, p1, stat="mean",
    group="breastfed infants", tp="at birth")
s.m(1.7, "mg/L", CONC, "infant serum lamotrigine", "infant_blood", None, d0, p1, stat="mean",
    group="breastfed infants", tp="day 10")
s.m(0.4, "mg/L", CONC, "infant serum lamotrigine", "infant_blood", None, d0, p2,
    group="formula-fed infants", tp="day 10")
s.cmp("infant serum lamotrigine on day 10, breastfed vs formula-fed", [1.7, 0.4], "mg/L", CONC,
      "infant serum lamotrigine on day 10", ["breastfed infants", "formula-fed infants"], None)

# =====================================================================
# v03 levetiracetam: LactMed-style record, plain text copied from a browser
# =====================================================================
d = Doc("v03_levetiracetam_lactmed_plain.txt")

s = d.st("Eight women taking levetiracetam 1000 to 3000 mg daily (mean 1875 mg daily)",
         "study", "levetiracetam", None, [2])
p0 = s.pop(8, "Eight women", "exposed", "mother")
s.dose(1000, "mg", "levetiracetam 1000 to 3000 mg daily", high=3000, stat="range", freq="per day")
d1 = s.dose(1875, "mg", "mean 1875 mg daily", stat="mean", freq="per day")
s.m(11.4, "mg/L", CONC, "trough milk levetiracetam", "milk", None, d1, p0, stat="mean")
s.m(10.2, "mg/L", CONC, "trough plasma levetiracetam", "maternal_blood", None, d1, p0, stat="mean")
s.m(1.05, "{ratio}", MPR, "levetiracetam milk/plasma ratio", "milk", None, d1, p0)
s.m(2.4, "mg/kg", IDOSE, "estimated infant levetiracetam dose per day", None, None, d1, p0)
s.m(7.9, "%", RID, "estimated infant dose, % of maternal weight-adjusted dosage", None, None, d1, p0)

s = d.st("Two further mothers were studied at 1 month postpartum",
         "study", "levetiracetam", None, [3])
s.pop(2, "Two further mothers", "exposed", "mother")
a = s.dose(500, "mg", "The first took 500 mg twice daily", freq="twice daily")
b = s.dose(1500, "mg", "The second took 1500 mg twice daily", freq="twice daily")
s.m(6.2, "mg/L", CONC, "trough milk levetiracetam", "milk", None, a, None, group="first mother",
    tp="just before a dose")
s.m(14.8, "mg/L", CONC, "milk levetiracetam", "milk", None, a, None, group="first mother",
    tp="2 hours after the dose")
s.m(19.5, "mg/L", CONC, "trough milk levetiracetam", "milk", None, b, None, group="second mother")
s.m(38.0, "mg/L", CONC, "peak milk levetiracetam", "milk", None, b, None, group="second mother")
s.m(6.1, "h", HL, "levetiracetam half-life in milk", "milk", None, a, None, group="first mother")
s.m(5.4, "h", HL, "levetiracetam half-life in milk", "milk", None, b, None, group="second mother")
s.cmp("milk half-life, first vs second mother", [6.1, 5.4], "h", HL,
      "half-life of levetiracetam in milk", ["first mother", "second mother"], None)

s = d.st("Serum samples were drawn from 7 of the breastfed infants in the study above",
         "study", "levetiracetam", None, [2])
p0 = s.pop(7, "7 of the breastfed infants in the study above", "exposed", "infant")
p1 = s.pop(4, "4 infants", "exposed", "infant")
p2 = s.pop(3, "the other 3", "exposed", "infant")
s.m(1, "mg/L", CONC, "infant serum levetiracetam (undetectable)", "infant_blood", None, None, p1, q="<")
s.m(1.3, "mg/L", CONC, "infant serum levetiracetam", "infant_blood", None, None, p2)
s.m(2.0, "mg/L", CONC, "infant serum levetiracetam", "infant_blood", None, None, p2)
s.m(2.6, "mg/L", CONC, "infant serum levetiracetam", "infant_blood", None, None, p2)
s.m(13, "%", IPR, "infant level, % of maternal plasma level", "infant_blood", None, None, p0, stat="mean")
s.m(8, "%", IPR, "infant level, % of maternal plasma level", "infant_blood", None, None, p0, high=19,
    stat="range")

s = d.st("In a study comparing 30 breastfed infants of mothers taking levetiracetam",
         "study", "levetiracetam", None, [4])
s.pop(30, "30 breastfed infants of mothers taking levetiracetam", "exposed", "infant")
s.pop(30, "30 formula-fed infants of mothers also taking it", "control", "infant")
s.pop(2, "2 breastfed", "exposed", "infant")
s.pop(3, "3 formula-fed infants", "control", "infant")

# =====================================================================
# v04 nifedipine: clinician reference page, HTML
# =====================================================================
d = Doc("v04_nifedipine_clinician_reference.html")

s = d.st("In 11 postpartum women given nifedipine 10 mg orally three times daily for hypertension",
         "study", "nifedipine", "oral", [3])
p0 = s.pop(11, "11 postpartum women", "exposed", "mother")
p1 = s.pop(4, "4 of their infants", "exposed", "infant")
d0 = s.dose(10, "mg", "nifedipine 10 mg orally three times daily", freq="three times daily")
s.m(1.1, "ug/L", CONC, "milk nifedipine", "milk", None, d0, p0, high=10.3, stat="range",
    tp="1 hour after a dose")
s.m(4.2, "ug/L", CONC, "milk nifedipine", "milk", None, d0, p0, stat="mean", tp="1 hour after a dose")
s.m(0.22, "{ratio}", MPR, "nifedipine milk/serum ratio", "milk", None, d0, p0, stat="mean")
s.m(1, "%", IPR, "infant serum nifedipine, % of maternal level", "infant_blood", None, d0, p1)

s = d.st("A crossover study enrolled 12 women with postpartum hypertension",
         "study", "nifedipine", None, [5])
p0 = s.pop(12, "12 women with postpartum hypertension", "exposed", "mother")
a = s.dose(20, "mg", "20 mg immediate-release nifedipine")
b = s.dose(30, "mg", "30 mg extended-release nifedipine")
s.m(6.8, "ug/L", CONC, "peak milk nifedipine", "milk", None, a, p0, stat="mean",
    group="20 mg immediate-release")
s.m(3.1, "ug/L", CONC, "peak milk nifedipine", "milk", None, b, p0, stat="mean",
    group="30 mg extended-release")
s.m(1.5, "ug/kg", IDOSE, "estimated infant nifedipine dose per day", None, None, a, p0,
    group="immediate-release")
s.m(0.8, "ug/kg", IDOSE, "estimated infant nifedipine dose per day", None, None, b, p0,
    group="extended-release")
s.m(0.09, "%", RID, "infant dose, % of maternal weight-adjusted dosage", None, None, a, p0,
    group="immediate-release")
s.m(0.05, "%", RID, "infant dose, % of maternal weight-adjusted dosage", None, None, b, p0,
    group="extended-release")
arms = ["20 mg immediate-release", "30 mg extended-release"]
s.cmp("peak milk nifedipine by formulation", [6.8, 3.1], "ug/L", CONC, "mean peak milk level",
      arms, True, 0.003, "=")
s.cmp("estimated infant dose by formulation", [1.5, 0.8], "ug/kg", IDOSE, "estimated infant doses",
      arms, None)
s.cmp("relative infant dose by formulation", [0.09, 0.05], "%", RID,
      "percentage of the maternal weight-adjusted dosage", arms, None)

s = d.st("In a case series of 12 breastfeeding women with nipple vasospasm",
         "study", "nifedipine", None, [6])
p0 = s.pop(12, "12 breastfeeding women with nipple vasospasm", "exposed", "mother")
s.pop(10, "10 of the 12", "exposed", "mother")
d0 = s.dose(30, "mg", "extended-release nifedipine 30 mg once daily for 2 weeks",
            freq="once daily", dur="for 2 weeks")
s.m(83, "%", PROP, "women reporting less pain", None, None, d0, p0)
s.m(612, "mL", VOL, "milk volume expressed over 24 hours", None, None, d0, p0, tp="before")
s.m(598, "mL", VOL, "milk volume expressed over 24 hours", None, None, d0, p0, tp="after")
s.cmp("24-hour expressed milk volume before vs after nifedipine", [612, 598], "mL", VOL,
      "milk volume expressed over 24 hours", ["before", "after"], False, 0.64, "=")

s = d.st("For postpartum hypertension, give extended-release nifedipine 30 to 60 mg once daily",
         "recommendation", "nifedipine", None, [])
s.dose(30, "mg", "extended-release nifedipine 30 to 60 mg once daily", high=60, freq="once daily")
s.dose(120, "mg", "a maximum of 120 mg per day", stat="maximum", freq="per day")

# =====================================================================
# v05 metformin: LactMed-style record, Markdown mirror
# =====================================================================
d = Doc("v05_metformin_lactmed_markdown.md")

s = d.st("Seven women taking metformin 500 to 1000 mg twice daily",
         "study", "metformin", None, [3])
p0 = s.pop(7, "Seven women", "exposed", "mother")
s.dose(500, "mg", "metformin 500 to 1000 mg twice daily", high=1000, freq="twice daily")
d1 = s.dose(1500, "mg", "median total daily dose 1500 mg", stat="median", freq="per day")
s.m(0.42, "mg/L", CONC, "peak milk metformin", "milk", None, d1, p0, stat="median")
s.m(0.21, "mg/L", CONC, "trough milk metformin", "milk", None, d1, p0, stat="median")
s.m(0.35, "{ratio}", MPR, "metformin milk/plasma ratio", "milk", None, d1, p0, stat="mean")
s.m(0.28, "%", RID, "infant dosage, % of maternal weight-adjusted dosage", None, None, d1, p0,
    stat="median")
s.m(0.13, "%", RID, "infant dosage, % of maternal weight-adjusted dosage", None, None, d1, p0,
    high=0.51, stat="range")

s = d.st("Another study compared 5 women taking 850 mg twice daily with 4 women",
         "study", "metformin", None, [4])
p0 = s.pop(5, "5 women taking 850 mg twice daily", "exposed", "mother")
p1 = s.pop(4, "4 women taking 500 mg three times daily", "exposed", "mother")
a = s.dose(850, "mg", "850 mg twice daily", freq="twice daily")
b = s.dose(500, "mg", "500 mg three times daily", freq="three times daily")
s.m(108, "ug", AMT, "total metformin excreted in milk over 24 hours", None, None, a, p0, stat="mean",
    group="850 mg twice daily")
s.m(71, "ug", AMT, "total metformin excreted in milk over 24 hours", None, None, b, p1, stat="mean",
    group="500 mg three times daily")
s.m(0.006, "%", AMT, "amount in milk, % of daily maternal dose", None, None, a, p0,
    group="850 mg twice daily")
s.m(0.005, "%", AMT, "amount in milk, % of daily maternal dose", None, None, b, p1,
    group="500 mg three times daily")
arms = ["850 mg twice daily", "500 mg three times daily"]
s.cmp("total excreted in milk over 24 hours by regimen", [108, 71], "ug", AMT,
      "total excreted in milk over 24 hours", arms, False, 0.05, ">")
s.cmp("amount in milk as % of daily maternal dose by regimen", [0.006, 0.005], "%", AMT,
      "amounts as a percentage of the daily maternal dose", arms, None)

s = d.st("Infants in the study described above had normal blood glucose concentrations",
         "study", "metformin", None, [3])

s = d.st("A follow-up study compared 61 infants breastfed for at least 6 months",
         "study", "metformin", None, [5])
p0 = s.pop(61, "61 infants breastfed for at least 6 months by mothers taking metformin",
           "exposed", "infant")
p1 = s.pop(50, "50 formula-fed infants of mothers taking metformin", "control", "infant")
s.m(11, "%", PROP, "infants above the 90th weight percentile at 6 months", None, None, None, p0,
    group="breastfed")
s.m(14, "%", PROP, "infants above the 90th weight percentile at 6 months", None, None, None, p1,
    group="formula-fed")
s.cmp("infants above the 90th weight percentile at 6 months", [11, 14], "%", PROP,
      "proportion of infants above the 90th weight percentile at 6 months",
      ["breastfed", "formula-fed"], False, 0.62, "=")

s = d.st("In a pilot randomized trial, 28 mothers with insufficient milk supply",
         "study", "metformin", None, [6])
s.pop(28, "28 mothers with insufficient milk supply and signs of insulin resistance", "total", "mother")
d0 = s.dose(500, "mg", "metformin 500 mg three times daily", freq="three times daily", dur="for 4 weeks")
s.m(330, "mL", VOL, "mean daily pumped milk volume", None, None, d0, None, stat="mean",
    group="metformin group", tp="before")
s.m(410, "mL", VOL, "mean daily pumped milk volume", None, None, d0, None, stat="mean",
    group="metformin group", tp="after")
s.m(342, "mL", VOL, "mean daily pumped milk volume", None, None, None, None, stat="mean",
    group="placebo group", tp="before")
s.m(372, "mL", VOL, "mean daily pumped milk volume", None, None, None, None, stat="mean",
    group="placebo group", tp="after")
s.m(24, "%", CHG, "relative increase in milk volume", None, None, d0, None, group="metformin")
s.m(9, "%", CHG, "relative increase in milk volume", None, None, None, None, group="placebo")
s.cmp("daily pumped milk volume, metformin group, before vs after", [330, 410], "mL", VOL,
      "mean daily pumped milk volume in the metformin group", ["before", "after"], None)
s.cmp("daily pumped milk volume, placebo group, before vs after", [342, 372], "mL", VOL,
      "mean daily pumped milk volume in the placebo group", ["before", "after"], None)
s.cmp("relative increase in milk volume, metformin vs placebo", [24, 9], "%", CHG,
      "relative increase in milk volume", ["metformin", "placebo"], False, 0.11, "=")

# =====================================================================
# v06 SSRIs: review article drug table, Markdown
# =====================================================================
d = Doc("v06_ssri_review_table.md")

s = d.st("Citalopram | 5 studies, 46 mothers", "study", "citalopram", None, [11, 14, 15, 16])
p0 = s.pop(46, "46 mothers", "exposed", "mother")
d0 = s.dose(20, "mg", "20-40 mg/day", high=40, freq="per day")
s.m(1.8, "{ratio}", MPR, "citalopram M/P ratio", "milk", None, d0, p0, stat="mean")
s.m(1.2, "{ratio}", MPR, "citalopram M/P ratio", "milk", None, d0, p0, high=3.0, stat="range")
s.m(3.6, "%", RID, "relative infant dose", None, None, d0, p0, stat="mean")
s.m(0.7, "%", RID, "relative infant dose", None, None, d0, p0, high=5.9, stat="range")
s.m(2.4, "%", IPR, "infant serum level, % of maternal", "infant_blood", None, d0, p0, stat="mean")

s = d.st("Fluoxetine | 7 studies, 61 mothers", "study", "fluoxetine", None, [18, 20, 21, 22, 23])
p0 = s.pop(61, "61 mothers", "exposed", "mother")
d0 = s.dose(20, "mg", "20-40 mg/day", high=40, freq="per day")
s.m(0.7, "{ratio}", MPR, "fluoxetine M/P ratio", "milk", None, d0, p0, stat="mean")
s.m(6.8, "%", RID, "relative infant dose of fluoxetine plus norfluoxetine", None,
    "fluoxetine plus norfluoxetine", d0, p0, stat="mean")
s.m(1.6, "%", RID, "relative infant dose of fluoxetine plus norfluoxetine", None,
    "fluoxetine plus norfluoxetine", d0, p0, high=14.6, stat="range")
s.m(19, "%", IPR, "infant serum level, % of maternal", "infant_blood", None, d0, p0, stat="median")
s.m(340, "ng/mL", CONC, "infant serum fluoxetine plus norfluoxetine", "infant_blood",
    "fluoxetine plus norfluoxetine", d0, p0, stat="maximum")

s = d.st("Sertraline | 9 studies, 103 mothers", "study", "sertraline", None, [12, 26, 27, 28, 29])
p0 = s.pop(103, "103 mothers", "exposed", "mother")
d0 = s.dose(25, "mg", "25-200 mg/day", high=200, freq="per day")
s.m(1.9, "{ratio}", MPR, "sertraline M/P ratio", "milk", None, d0, p0, stat="mean")
s.m(0.5, "%", RID, "relative infant dose", None, None, d0, p0, stat="mean")
s.m(0.4, "%", RID, "relative infant dose", None, None, d0, p0, high=2.2, stat="range")
s.m(0.9, "%", IPR, "infant serum level, % of maternal", "infant_blood", None, d0, p0, stat="median")

s = d.st("In the largest pooled analysis of infant serum data (ref. 18)",
         "study", "fluoxetine", None, [18])
s.m(19, "%", IPR, "median infant serum level, % of maternal level", "infant_blood", None, None, None,
    stat="median", group="fluoxetine")
s.m(2.4, "%", IPR, "median infant serum level, % of maternal level", "infant_blood", "citalopram",
    None, None, stat="median", group="citalopram")
s.m(0.9, "%", IPR, "median infant serum level, % of maternal level", "infant_blood", "sertraline",
    None, None, stat="median", group="sertraline")
s.cmp("infant/maternal serum level across three SSRIs", [19, 2.4, 0.9], "%", IPR,
      "median infant serum level relative to the maternal level",
      ["fluoxetine", "citalopram", "sertraline"], True, 0.001, "<")

s = d.st("colic or excessive crying was reported in 21% of 38 infants",
         "study", "fluoxetine", None, [22])
p0 = s.pop(38, "38 infants breastfed during maternal fluoxetine treatment", "exposed", "infant")
p1 = s.pop(57, "57 infants breastfed during treatment with other SSRIs", "control", "infant")
s.m(21, "%", PROP, "colic or excessive crying", None, None, None, p0, group="fluoxetine")
s.m(7, "%", PROP, "colic or excessive crying", None, None, None, p1, group="other SSRIs")
s.cmp("colic or excessive crying, fluoxetine vs other SSRIs", [21, 7], "%", PROP,
      "colic or excessive crying", ["fluoxetine", "other SSRIs"], True, 0.03, "=")

# =====================================================================
# v07 fluconazole: LactMed-style record, plain-text reader view
# =====================================================================
d = Doc("v07_fluconazole_lactmed_reader.txt")

s = d.st("Fluconazole is given directly to newborn infants in doses of 6 to 12 mg/kg daily",
         "recommendation", "fluconazole", None, [])
s.dose(6, "mg/kg", "doses of 6 to 12 mg/kg daily", recipient="infant", high=12, freq="per day")

s = d.st("After a single 150 mg oral dose in 10 nursing women",
         "study", "fluconazole", "oral", [1])
p0 = s.pop(10, "10 nursing women", "exposed", "mother")
d0 = s.dose(150, "mg", "a single 150 mg oral dose")
s.dose(6, "mg/kg", "a neonatal dose of 6 mg/kg daily", recipient="infant", freq="per day")
s.m(2.61, "mg/L", CONC, "peak milk fluconazole", "milk", None, d0, p0, stat="mean", tp="5.2 hours")
s.m(30, "h", HL, "fluconazole half-life in milk", "milk", None, d0, p0)
s.m(85, "%", MPR, "milk level, % of simultaneous serum level", "milk", None, d0, p0, q="~")
s.m(0.39, "mg/kg", IDOSE, "estimated infant fluconazole dose per day", None, None, d0, p0)
s.m(18, "%", RID, "infant dose, % of maternal weight-adjusted dosage", None, None, d0, p0)
s.m(6.5, "%", RID, "infant dose, % of a neonatal dose of 6 mg/kg daily", None, None, d0, p0, q="~")

s = d.st("Twelve women received a single oral dose of either 150 mg or 400 mg",
         "study", "fluconazole", "oral", [2])
s.pop(12, "Twelve women", "total", "mother")
a = s.dose(150, "mg", "a single oral dose of either 150 mg")
b = s.dose(400, "mg", "or 400 mg")
s.m(2.4, "mg/L", CONC, "peak milk fluconazole", "milk", None, a, None, group="150 mg")
s.m(6.1, "mg/L", CONC, "peak milk fluconazole", "milk", None, b, None, group="400 mg")
s.m(29, "h", HL, "fluconazole half-life in milk", "milk", None, a, None, group="150 mg")
s.m(33, "h", HL, "fluconazole half-life in milk", "milk", None, b, None, group="400 mg")
s.cmp("peak milk fluconazole, 150 mg vs 400 mg", [2.4, 6.1], "mg/L", CONC, "peak milk levels",
      ["150 mg", "400 mg"], True, 0.001, "<")
s.cmp("milk half-life, 150 mg vs 400 mg", [29, 33], "h", HL, "half-life in milk",
      ["150 mg", "400 mg"], None)

s = d.st("Four nursing mothers who had taken 200 mg daily for at least 5 days",
         "study", "fluconazole", None, [3])
p0 = s.pop(4, "Four nursing mothers", "exposed", "mother")
d0 = s.dose(200, "mg", "200 mg daily for at least 5 days", freq="per day", dur="for at least 5 days")
for v in (3.9, 4.6, 5.1, 6.8):
    s.m(v, "mg/L", CONC, "trough milk fluconazole", "milk", None, d0, p0)
s.m(7.2, "mg/L", CONC, "peak milk fluconazole", "milk", None, d0, p0, stat="mean")
s.m(0.93, "{ratio}", MPR, "fluconazole milk/plasma ratio", "milk", None, d0, p0, stat="mean")

s = d.st("In one mother who took fluconazole 400 mg daily during the last week of pregnancy",
         "study", "fluconazole", None, [4])
p0 = s.pop(1, "one mother", "exposed", "mother")
d0 = s.dose(400, "mg", "fluconazole 400 mg daily during the last week of pregnancy", freq="per day",
            dur="during the last week of pregnancy")
s.m(9.8, "mg/L", CONC, "cord blood fluconazole", "cord_blood", None, d0, None, tp="at delivery")
s.m(12.4, "mg/L", CONC, "maternal serum fluconazole", "maternal_blood", None, d0, p0, tp="at delivery")
s.m(180, "mg/L", CONC, "maternal urine fluconazole", "maternal_urine", None, d0, p0,
    tp="on the same day")
s.m(2.2, "mg/L", CONC, "infant serum fluconazole", "infant_blood", None, d0, None, tp="day 5")

s = d.st("In a comparison of 96 infants whose mothers took fluconazole for nipple candidiasis",
         "study", "fluconazole", None, [5])
p0 = s.pop(96, "96 infants whose mothers took fluconazole for nipple candidiasis", "exposed", "infant")
p1 = s.pop(88, "88 infants of untreated mothers", "control", "infant")
s.m(6, "%", PROP, "oral thrush in the following month", None, None, None, p0, group="fluconazole")
s.m(15, "%", PROP, "oral thrush in the following month", None, None, None, p1, group="untreated")
s.m(4, "%", PROP, "diarrhea", None, None, None, p0, group="fluconazole")
s.m(3, "%", PROP, "diarrhea", None, None, None, p1, group="untreated")
arms = ["mothers took fluconazole", "untreated mothers"]
s.cmp("oral thrush in the following month", [6, 15], "%", PROP, "oral thrush in the following month",
      arms, True, 0.04, "=")
s.cmp("diarrhea", [4, 3], "%", PROP, "diarrhea", arms, False)

# =====================================================================
# v08 domperidone: national medicines-information service FAQ, HTML
# =====================================================================
d = Doc("v08_domperidone_nmis_faq.html")

s = d.st("In the largest placebo-controlled trial we have reviewed, 64 mothers of preterm infants",
         "study", "domperidone", None, [2])
s.pop(64, "64 mothers of preterm infants", "total", "mother")
d0 = s.dose(10, "mg", "domperidone 10 mg three times daily", freq="three times daily",
            dur="for 14 days")
s.m(396, "mL", VOL, "milk volume per day on day 14", None, None, d0, None, stat="mean",
    group="domperidone", tp="day 14")
s.m(268, "mL", VOL, "milk volume per day on day 14", None, None, None, None, stat="mean",
    group="placebo", tp="day 14")
s.m(72, "%", CHG, "rise in milk volume from baseline", None, None, d0, None, group="domperidone")
s.m(18, "%", CHG, "rise in milk volume from baseline", None, None, None, None, group="placebo")
s.cmp("milk volume on day 14, domperidone vs placebo", [396, 268], "mL", VOL,
      "milk volume on day 14", ["domperidone", "placebo"], True, 0.005, "<")
s.cmp("rise in milk volume from baseline, domperidone vs placebo", [72, 18], "%", CHG,
      "rise in milk volume compared with baseline", ["domperidone", "placebo"], None)

s = d.st("In 6 women taking domperidone, average milk domperidone was 1.2 ng/mL",
         "study", "domperidone", None, [3])
p0 = s.pop(6, "6 women taking domperidone", "exposed", "mother")
a = s.dose(10, "mg", "10 mg three times daily", freq="three times daily")
b = s.dose(20, "mg", "20 mg three times daily", freq="three times daily")
s.m(1.2, "ng/mL", CONC, "milk domperidone", "milk", None, a, p0, stat="mean",
    group="10 mg three times daily")
s.m(2.6, "ng/mL", CONC, "milk domperidone", "milk", None, b, p0, stat="mean",
    group="20 mg three times daily")
s.m(0.18, "ug/kg", IDOSE, "estimated infant domperidone dose per day", None, None, a, p0,
    group="lower dose")
s.m(0.39, "ug/kg", IDOSE, "estimated infant domperidone dose per day", None, None, b, p0,
    group="higher dose")
s.cmp("milk domperidone by maternal dose", [1.2, 2.6], "ng/mL", CONC, "average milk domperidone",
      ["10 mg three times daily", "20 mg three times daily"], None)
s.cmp("estimated infant dose by maternal dose", [0.18, 0.39], "ug/kg", IDOSE,
      "estimated infant dose", ["lower dose", "higher dose"], None)

s = d.st("Serum prolactin in 14 mothers rose from a median of 18 ng/mL before treatment",
         "study", "domperidone", None, [4])
p0 = s.pop(14, "14 mothers", "exposed", "mother")
d0 = s.dose(10, "mg", "domperidone 10 mg three times daily", freq="three times daily", dur="7 days")
s.m(18, "ng/mL", CONC, "serum prolactin", "maternal_blood", "prolactin", d0, p0, stat="median",
    tp="before treatment")
s.m(119, "ng/mL", CONC, "serum prolactin", "maternal_blood", "prolactin", d0, p0,
    tp="after 7 days")
s.cmp("serum prolactin before vs after domperidone", [18, 119], "ng/mL", CONC, "serum prolactin",
      ["before", "after"], True, 0.001, "<")

s = d.st("Maternal adverse effects in the trial described in the first answer were mild",
         "study", "domperidone", None, [2])
s.m(13, "%", PROP, "mothers reporting headache", None, None, None, None, group="domperidone")
s.m(9, "%", PROP, "mothers reporting headache", None, None, None, None, group="placebo")
s.m(6, "%", PROP, "mothers reporting dry mouth", None, None, None, None, group="domperidone")
s.m(3, "%", PROP, "mothers reporting dry mouth", None, None, None, None, group="placebo")
s.cmp("headache, domperidone vs placebo", [13, 9], "%", PROP, "headache",
      ["domperidone", "placebo"], False)
s.cmp("dry mouth, domperidone vs placebo", [6, 3], "%", PROP, "dry mouth",
      ["domperidone", "placebo"], False)

s = d.st("We advise 10 mg three times daily, not exceeding 30 mg in 24 hours",
         "recommendation", "domperidone", None, [])
s.dose(10, "mg", "10 mg three times daily", freq="three times daily", dur="no longer than 8 weeks")
s.dose(30, "mg", "not exceeding 30 mg in 24 hours", stat="maximum", freq="in 24 hours")

# =====================================================================
# v09 tramadol: patient leaflet with a healthcare-professional section
# =====================================================================
d = Doc("v09_tramadol_patient_leaflet.txt")

s = d.st("Seventy-five women took oral tramadol after caesarean section",
         "study", "tramadol", "oral", [1])
p0 = s.pop(75, "Seventy-five women", "exposed", "mother")
p1 = s.pop(75, "Their 75 breastfed infants", "exposed", "infant")
p2 = s.pop(50, "50 infants of mothers given other analgesics", "control", "infant")
s.pop(2, "2 (2.7%) exposed", "exposed", "infant")
s.pop(1, "1 (2.0%) unexposed infants", "control", "infant")
d0 = s.dose(300, "mg", "median 300 mg daily", stat="median", freq="per day")
s.dose(150, "mg", "range 150 to 400 mg", high=400, stat="range", freq="per day")
s.m(2.4, "{ratio}", MPR, "tramadol milk/plasma ratio", "milk", None, d0, p0, stat="mean")
s.m(2.8, "{ratio}", MPR, "O-desmethyltramadol milk/plasma ratio", "milk", "o-desmethyltramadol",
    d0, p0, stat="mean")
s.m(112, "ug/kg", IDOSE, "estimated infant tramadol dose per day", None, None, d0, p0)
s.m(30, "ug/kg", IDOSE, "estimated infant O-desmethyltramadol dose per day", None,
    "o-desmethyltramadol", d0, p0)
s.m(2.2, "%", RID, "infant tramadol dose, % of maternal weight-adjusted dosage", None, None, d0, p0)
s.m(0.6, "%", RID, "infant O-desmethyltramadol dose, % of maternal weight-adjusted dosage", None,
    "o-desmethyltramadol", d0, p0)
s.m(2.7, "%", PROP, "infants with sedation", None, None, d0, p1, group="exposed")
s.m(2.0, "%", PROP, "infants with sedation", None, None, None, p2, group="unexposed")
s.cmp("sedation, exposed vs unexposed infants", [2.7, 2.0], "%", PROP, "sedation",
      ["exposed", "unexposed"], None)

s = d.st("After a single 100 mg intravenous dose of tramadol in 8 women",
         "study", "tramadol", "intravenous", [2])
p0 = s.pop(8, "8 women", "exposed", "mother")
d0 = s.dose(100, "mg", "a single 100 mg intravenous dose of tramadol")
s.m(302, "ug/L", CONC, "peak milk tramadol", "milk", None, d0, p0)
s.m(78, "ug/L", CONC, "peak milk O-desmethyltramadol", "milk", "o-desmethyltramadol", d0, p0)
s.m(180, "ug", AMT, "total tramadol excreted in milk over 16 hours", None, None, d0, p0)
s.m(0.18, "%", AMT, "amount excreted in milk, % of the dose", None, None, d0, p0)

# =====================================================================
# v10 lithium: LactMed-style record, saved HTML reader view
# =====================================================================
d = Doc("v10_lithium_lactmed_saved.html")

s = d.st("Ten mothers taking lithium carbonate 600 to 1500 mg daily had milk lithium levels",
         "study", "lithium carbonate", None, [3])
p0 = s.pop(10, "Ten mothers", "exposed", "mother")
d0 = s.dose(600, "mg", "lithium carbonate 600 to 1500 mg daily", high=1500, freq="per day")
s.m(0.35, "mmol/L", CONC, "milk lithium", "milk", "lithium", d0, p0, stat="mean")
s.m(0.53, "{ratio}", MPR, "lithium milk/serum ratio", "milk", "lithium", d0, p0, stat="mean")
s.m(0.36, "mg/kg", IDOSE, "estimated infant dose of elemental lithium per day", None, "lithium", d0, p0)
s.m(15, "%", RID, "infant dose, % of maternal weight-adjusted dosage", None, "lithium", d0, p0)

s = d.st("In 11 mother-infant pairs, infant serum lithium averaged 0.16 meq/L",
         "study", "lithium", None, [4])
p0 = s.pop(11, "11 mother-infant pairs", "exposed", "pair")
p1 = s.pop(4, "4 infants", "exposed", "infant")
s.m(0.16, "meq/L", CONC, "infant serum lithium", "infant_blood", None, None, p0, stat="mean")
s.m(24, "%", IPR, "infant serum lithium, % of maternal serum level", "infant_blood", None, None, p0,
    stat="mean")
s.m(5, "%", IPR, "infant serum lithium, % of maternal serum level", "infant_blood", None, None, p0,
    high=56, stat="range")
s.m(0.3, "meq/L", CONC, "infant serum lithium", "infant_blood", None, None, p1, q=">")

s = d.st("One mother whose lithium carbonate dose was reduced from 1200 mg daily to 600 mg daily",
         "study", "lithium carbonate", None, [5])
s.pop(1, "One mother", "exposed", "mother")
a = s.dose(1200, "mg", "1200 mg daily", freq="per day")
b = s.dose(600, "mg", "600 mg daily", freq="per day")
s.m(0.42, "mmol/L", CONC, "infant serum lithium", "infant_blood", "lithium", a, None,
    group="1200 mg daily")
s.m(0.18, "mmol/L", CONC, "infant serum lithium", "infant_blood", "lithium", b, None,
    group="600 mg daily")
s.m(57, "%", CHG, "decrease in infant serum lithium", None, "lithium", None, None)
s.cmp("infant serum lithium at the two maternal doses", [0.42, 0.18], "mmol/L", CONC,
      "infant serum lithium", ["1200 mg daily", "600 mg daily"], None)

s = d.st("A cohort study compared 19 breastfed infants exposed to lithium",
         "study", "lithium", None, [6])
p0 = s.pop(19, "19 breastfed infants exposed to lithium", "exposed", "infant")
p1 = s.pop(25, "25 formula-fed infants whose mothers took lithium during pregnancy", "control", "infant")
s.m(0.45, "mg/dL", CONC, "serum creatinine at 4 weeks", "infant_blood", "creatinine", None, p0,
    stat="mean", group="breastfed infants")
s.m(0.39, "mg/dL", CONC, "serum creatinine at 4 weeks", "infant_blood", "creatinine", None, p1,
    stat="mean", group="formula-fed infants")
s.m(9.1, "mg/dL", CONC, "blood urea nitrogen at 4 weeks", "infant_blood", "blood urea nitrogen",
    None, p0, stat="mean", group="breastfed infants")
s.m(7.4, "mg/dL", CONC, "blood urea nitrogen at 4 weeks", "infant_blood", "blood urea nitrogen",
    None, p1, stat="mean", group="formula-fed infants")
s.m(32, "%", PROP, "transient elevation of thyroid-stimulating hormone", None, None, None, p0,
    group="breastfed infants")
s.m(8, "%", PROP, "transient elevation of thyroid-stimulating hormone", None, None, None, p1,
    group="formula-fed infants")
arms = ["breastfed infants", "formula-fed infants"]
s.cmp("serum creatinine at 4 weeks", [0.45, 0.39], "mg/dL", CONC, "mean serum creatinine at 4 weeks",
      arms, False, 0.21, "=")
s.cmp("blood urea nitrogen at 4 weeks", [9.1, 7.4], "mg/dL", CONC, "blood urea nitrogen",
      arms, True, 0.03, "=")
s.cmp("transient TSH elevation", [32, 8], "%", PROP,
      "transient elevation of thyroid-stimulating hormone", arms, True, 0.05, "<")


def _norm(x):
    """Write integral floats as integers (7.0 -> 7), as the dev gold does."""
    if isinstance(x, float) and x.is_integer():
        return int(x)
    if isinstance(x, list):
        return [_norm(v) for v in x]
    if isinstance(x, dict):
        return {k: _norm(v) for k, v in x.items()}
    return x


def main():
    for doc in DOCS:
        for st in doc.statements:
            st.d = _norm(st.d)
    with open(OUT, "w", encoding="utf-8") as f:
        for doc in DOCS:
            f.write(json.dumps(doc.to_json(), ensure_ascii=False) + "\n")
    print("wrote %d documents to %s" % (len(DOCS), os.path.normpath(OUT)))


if __name__ == "__main__":
    main()
