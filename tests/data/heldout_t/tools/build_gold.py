#!/usr/bin/env python3
"""Hand-written gold for held-out corpus T (FORMAT.md version 2).
Each call below was written by the annotator from the text; this script only
serialises them to ../gold.jsonl."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "gold.jsonl")
DOCS = []


def doc(name):
    d = {"doc": name, "statements": []}
    DOCS.append(d)
    return d


def S(d, anchor, kind, drug, route=None, cit=()):
    s = {"anchor": anchor, "kind": kind, "drug": drug, "route": route,
         "populations": [], "doses": [], "measurements": [], "comparisons": [],
         "citations": list(cit)}
    d["statements"].append(s)
    return s


def P(s, n, text, role="exposed", who="mother"):
    s["populations"].append({"n": n, "text": text, "role": role, "who": who})


def D(s, amount, unit, text, high=None, recipient="mother", frequency=None,
      duration=None, stat=None, drug=None):
    x = {"amount": amount}
    if high is not None:
        x["amount_high"] = high
    x["unit"] = unit
    if stat: x["stat"] = stat
    if frequency: x["frequency"] = frequency
    if duration: x["duration"] = duration
    if drug: x["drug"] = drug
    x["text"] = text
    x["recipient"] = recipient
    s["doses"].append(x)


def M(s, value, unit, kind, measure, matrix=None, high=None, q=None, stat=None,
      group=None, timepoint=None, analyte=None, dose=None, pop=None):
    x = {"value": value}
    if high is not None:
        x["value_high"] = high
    x["unit"] = unit
    if q: x["qualifier"] = q
    if stat: x["stat"] = stat
    if group: x["group"] = group
    x["measure"] = measure
    if timepoint: x["timepoint"] = timepoint
    x.update({"kind": kind, "matrix": matrix, "analyte": analyte,
              "dose": dose, "population": pop})
    s["measurements"].append(x)


def C(s, values, unit, kind, outcome, arms, sig=None, p=None, pq=None, measure=None):
    s["comparisons"].append({"measure": measure or outcome, "values": list(values),
                             "unit": unit, "kind": kind, "outcome": outcome,
                             "arms": list(arms), "significant": sig,
                             "p_value": p, "p_qualifier": pq})


RID = "relative_infant_dose"
MWA = "estimated infant dose, % of maternal weight-adjusted dosage"

# ---------------------------------------------------------------- t01
d = doc("t01_sertraline.txt")
s = S(d, "Sertraline passes into breastmilk in small amounts, and most breastfed infants",
      "recommendation", "sertraline", cit=[1, 2])
D(s, 200, "mg", "Maternal doses of up to 200 mg daily", stat="maximum", frequency="per day")

s = S(d, "Twelve nursing mothers taking sertraline in a mean dosage of 96 mg daily",
      "study", "sertraline", cit=[3])
P(s, 12, "Twelve nursing mothers taking sertraline")
D(s, 96, "mg", "a mean dosage of 96 mg daily", stat="mean", frequency="per day")
D(s, 50, "mg", "range 50 to 200 mg daily", high=200, stat="range", frequency="per day")
M(s, 18, "ug/L", "concentration", "milk sertraline", "milk", stat="mean", group="foremilk", dose=0, pop=0)
M(s, 41, "ug/L", "concentration", "milk sertraline", "milk", stat="mean", group="hindmilk", dose=0, pop=0)
M(s, 35, "ug/L", "concentration", "milk desmethylsertraline", "milk", stat="mean",
  analyte="desmethylsertraline", dose=0, pop=0)
M(s, 9, "ug/L", "concentration", "milk desmethylsertraline", "milk", high=88, stat="range",
  analyte="desmethylsertraline", dose=0, pop=0)
M(s, 0.009, "mg/kg", "infant_dose", "estimated infant dose of sertraline plus desmethylsertraline per day",
  analyte="sertraline plus desmethylsertraline", dose=0, pop=0)
M(s, 1.7, "%", RID, MWA, analyte="sertraline plus desmethylsertraline", dose=0, pop=0)
C(s, [18, 41], "ug/L", "concentration", "milk sertraline", ["foremilk", "hindmilk"],
  sig=True, p=0.01, pq="<", measure="milk sertraline, foremilk vs hindmilk")

s = S(d, "In a dose-ranging study, 9 women were assigned to sertraline 50, 100 or 150 mg daily",
      "study", "sertraline", cit=[4])
P(s, 9, "9 women")
P(s, 3, "3 women at each dose")
D(s, 50, "mg", "sertraline 50 ... mg daily", frequency="per day")
D(s, 100, "mg", "100 ... mg daily", frequency="per day")
D(s, 150, "mg", "150 mg daily", frequency="per day")
for v, i in ((22, 0), (47, 1), (70, 2)):
    M(s, v, "ug/L", "concentration", "peak milk sertraline", "milk", stat="mean",
      group=["50 mg", "100 mg", "150 mg"][i], dose=i, pop=1)
M(s, 0.89, "{ratio}", "milk_plasma_ratio", "milk/plasma ratio", "milk", stat="mean", pop=0)
M(s, 0.42, "{ratio}", "milk_plasma_ratio", "milk/plasma ratio", "milk", high=1.5, stat="range", pop=0)
C(s, [22, 47, 70], "ug/L", "concentration", "peak milk sertraline", ["50 mg", "100 mg", "150 mg"])

s = S(d, "Blood was drawn from 6 breastfed infants whose mothers were taking 25 to 150 mg",
      "study", "sertraline", cit=[5])
P(s, 6, "6 breastfed infants", who="infant")
P(s, 4, "4 of 6 infants", who="infant")
P(s, 2, "the remaining 2 infants", who="infant")
D(s, 25, "mg", "25 to 150 mg of sertraline daily", high=150, frequency="per day")
M(s, 1, "ug/L", "concentration", "infant serum sertraline (undetectable)", "infant_blood", q="<", dose=0, pop=1)
M(s, 2.1, "ug/L", "concentration", "infant serum sertraline", "infant_blood", dose=0, pop=2)
M(s, 3.4, "ug/L", "concentration", "infant serum sertraline", "infant_blood", dose=0, pop=2)
M(s, 1.5, "ug/L", "concentration", "infant serum desmethylsertraline", "infant_blood", high=10,
  stat="range", analyte="desmethylsertraline", dose=0, pop=0)
M(s, 3, "%", "infant_plasma_ratio", "infant serum level, % of maternal serum level", "infant_blood",
  stat="mean", analyte="sertraline plus desmethylsertraline", dose=0, pop=0)

s = S(d, "A cohort study followed 38 breastfed infants and 41 formula-fed infants",
      "study", "sertraline", cit=[6])
P(s, 38, "38 breastfed infants", who="infant")
P(s, 41, "41 formula-fed infants", role="control", who="infant")
M(s, 8, "%", "proportion", "infants with irritability", group="breastfed", pop=0)
M(s, 5, "%", "proportion", "infants with irritability", group="formula-fed", pop=1)
C(s, [8, 5], "%", "proportion", "irritability", ["breastfed", "formula-fed"], sig=False, p=0.62, pq="=")

s = S(d, "In a study of 25 mothers taking sertraline and 25 untreated mothers at 4 weeks postpartum",
      "study", "sertraline", cit=[7])
P(s, 25, "25 mothers taking sertraline")
P(s, 25, "25 untreated mothers", role="control")
M(s, 92, "ng/mL", "concentration", "serum prolactin before a feeding", "maternal_blood", stat="mean",
  group="sertraline group", analyte="prolactin", pop=0)
M(s, 97, "ng/mL", "concentration", "serum prolactin before a feeding", "maternal_blood", stat="mean",
  group="untreated group", analyte="prolactin", pop=1)
C(s, [92, 97], "ng/mL", "concentration", "serum prolactin before a feeding",
  ["sertraline group", "untreated group"], sig=False)

# ---------------------------------------------------------------- t02
d = doc("t02_lamotrigine.md")
s = S(d, "Lamotrigine is excreted into breastmilk, and breastfed infants have serum levels",
      "recommendation", "lamotrigine", cit=[1, 2])
M(s, 30, "%", "infant_plasma_ratio", "infant serum level, % of mother's serum level", "infant_blood",
  q="~", stat="mean")

s = S(d, "Eighteen women taking lamotrigine 100 to 600 mg daily had milk levels", "study", "lamotrigine", cit=[3])
P(s, 18, "Eighteen women taking lamotrigine")
D(s, 100, "mg", "lamotrigine 100 to 600 mg daily", high=600, frequency="per day")
M(s, 3.4, "mg/L", "concentration", "milk lamotrigine", "milk", stat="mean", timepoint="2 to 4 weeks postpartum", dose=0, pop=0)
M(s, 0.9, "mg/L", "concentration", "milk lamotrigine", "milk", high=8.2, stat="range", dose=0, pop=0)
M(s, 0.56, "{ratio}", "milk_plasma_ratio", "milk/plasma ratio", "milk", stat="mean", dose=0, pop=0)
M(s, 0.51, "mg/kg", "infant_dose", "calculated infant lamotrigine dosage per day", dose=0, pop=0)
M(s, 9.2, "%", RID, "relative infant dose", dose=0, pop=0)

s = S(d, "Milk levels were compared between 7 women taking lamotrigine alone and 5 women",
      "study", "lamotrigine", cit=[4])
P(s, 7, "7 women taking lamotrigine alone")
P(s, 5, "5 women also taking valproate")
M(s, 0.61, "{ratio}", "milk_plasma_ratio", "milk/serum ratio", "milk", group="monotherapy group", pop=0)
M(s, 0.79, "{ratio}", "milk_plasma_ratio", "milk/serum ratio", "milk", group="valproate group", pop=1)
C(s, [0.61, 0.79], "{ratio}", "milk_plasma_ratio", "milk/serum ratio",
  ["monotherapy group", "valproate group"], sig=True, p=0.04, pq="=")

s = S(d, "In 10 newborns of mothers taking a median dose of 300 mg daily, cord blood lamotrigine",
      "study", "lamotrigine", cit=[5])
P(s, 10, "10 newborns", who="infant")
D(s, 300, "mg", "a median dose of 300 mg daily", stat="median", frequency="per day")
M(s, 4.1, "mg/L", "concentration", "cord blood lamotrigine", "cord_blood", stat="mean", dose=0, pop=0)
M(s, 1.6, "mg/L", "concentration", "infant serum lamotrigine", "infant_blood", stat="mean",
  timepoint="day 10 of exclusive breastfeeding", dose=0, pop=0)
M(s, 24, "h", "half_life", "lamotrigine elimination half-life in infants", "infant_blood", stat="mean", dose=0, pop=0)
M(s, 17, "h", "half_life", "lamotrigine elimination half-life in infants", "infant_blood", high=41,
  stat="range", dose=0, pop=0)

s = S(d, "Serum levels in 26 breastfed infants averaged 28% (range 7 to 52%)", "study", "lamotrigine", cit=[6])
P(s, 26, "26 breastfed infants", who="infant")
D(s, 200, "mg", "200 mg daily or less", stat="maximum", frequency="per day")
D(s, 400, "mg", "400 mg daily or more", frequency="per day")
M(s, 28, "%", "infant_plasma_ratio", "infant serum level, % of maternal serum level", "infant_blood", stat="mean", pop=0)
M(s, 7, "%", "infant_plasma_ratio", "infant serum level, % of maternal serum level", "infant_blood",
  high=52, stat="range", pop=0)
M(s, 5.2, "mg/L", "concentration", "highest infant serum lamotrigine", "infant_blood", stat="maximum", pop=0)
M(s, 1.1, "mg/L", "concentration", "infant serum lamotrigine", "infant_blood", stat="median",
  group="mothers taking 200 mg daily or less", dose=0)
M(s, 2.9, "mg/L", "concentration", "infant serum lamotrigine", "infant_blood", stat="median",
  group="mothers taking 400 mg daily or more", dose=1)
C(s, [1.1, 2.9], "mg/L", "concentration", "infant serum lamotrigine",
  ["200 mg daily or less", "400 mg daily or more"], sig=True, p=0.003, pq="=")

s = S(d, "A pregnancy registry compared 41 breastfed and 36 formula-fed infants", "study", "lamotrigine", cit=[7])
P(s, 41, "41 breastfed ... infants", who="infant")
P(s, 36, "36 formula-fed infants", role="control", who="infant")
P(s, 2, "2 breastfed infants", who="infant")
M(s, 4.9, "%", "proportion", "infants with rash", group="breastfed", pop=0)
M(s, 5.6, "%", "proportion", "infants with rash", group="formula-fed", pop=1)
C(s, [4.9, 5.6], "%", "proportion", "rash", ["breastfed", "formula-fed"], sig=False)

# ---------------------------------------------------------------- t03
d = doc("t03_levetiracetam.html")
s = S(d, "Levetiracetam reaches breastmilk in amounts similar to those in maternal serum",
      "recommendation", "levetiracetam", cit=[1, 2])
M(s, 15, "%", "infant_plasma_ratio", "infant serum level, % of maternal serum level", "infant_blood", q="<")

s = S(d, "Eight women taking levetiracetam 1000 to 3000 mg daily had milk levels averaging 18.4 mg/L",
      "study", "levetiracetam", cit=[3])
P(s, 8, "Eight women taking levetiracetam")
D(s, 1000, "mg", "levetiracetam 1000 to 3000 mg daily", high=3000, frequency="per day")
M(s, 18.4, "mg/L", "concentration", "milk levetiracetam", "milk", stat="mean", dose=0, pop=0)
M(s, 103, "%", "milk_plasma_ratio", "milk level, % of simultaneous serum level", "milk", dose=0, pop=0)
M(s, 2.8, "mg/kg", "infant_dose", "estimated infant levetiracetam dosage per day", dose=0, pop=0)
M(s, 7.9, "%", RID, MWA, dose=0, pop=0)

s = S(d, "In one mother who took a 1500 mg dose, milk and serum levels 4 hours later",
      "study", "levetiracetam", cit=[4])
P(s, 1, "one mother")
D(s, 1500, "mg", "a 1500 mg dose")
M(s, 26, "mg/L", "concentration", "milk levetiracetam", "milk", timepoint="4 hours after the dose", dose=0, pop=0)
M(s, 31, "mg/L", "concentration", "serum levetiracetam", "maternal_blood", timepoint="4 hours after the dose", dose=0, pop=0)

s = S(d, "Eleven breastfed infants of treated mothers had serum samples taken", "study", "levetiracetam", cit=[5])
P(s, 11, "Eleven breastfed infants of treated mothers", who="infant")
P(s, 5, "5 infants", who="infant")
P(s, 6, "the other 6", who="infant")
M(s, 1.0, "mg/L", "concentration", "infant serum levetiracetam (below quantitation)", "infant_blood", q="<", pop=1)
M(s, 2.2, "mg/L", "concentration", "infant serum levetiracetam", "infant_blood", stat="mean", pop=2)
M(s, 13, "%", "infant_plasma_ratio", "infant serum level, % of maternal serum level", "infant_blood", stat="mean", pop=0)

s = S(d, "The elimination half-life of levetiracetam was 18 hours in 7 neonates", "study", "levetiracetam", cit=[6])
P(s, 7, "7 neonates exposed during pregnancy", who="infant")
M(s, 18, "h", "half_life", "levetiracetam elimination half-life", "infant_blood", group="neonates", pop=0)
M(s, 7, "h", "half_life", "levetiracetam elimination half-life", "maternal_blood", group="mothers")
C(s, [18, 7], "h", "half_life", "elimination half-life of levetiracetam", ["neonates", "mothers"])

s = S(d, "A prospective study compared 30 breastfed infants of mothers taking levetiracetam",
      "study", "levetiracetam", cit=[7])
P(s, 30, "30 breastfed infants of mothers taking levetiracetam", who="infant")
P(s, 30, "30 formula-fed infants of treated mothers", role="control", who="infant")
M(s, 10, "%", "proportion", "infants with sedation", group="breastfed infants", pop=0)
M(s, 7, "%", "proportion", "infants with sedation", group="formula-fed infants", pop=1)
C(s, [10, 7], "%", "proportion", "sedation", ["breastfed infants", "formula-fed infants"], sig=False, p=0.64, pq="=")

s = S(d, "In a cohort of 22 women taking levetiracetam and 44 matched untreated women",
      "study", "levetiracetam", cit=[8])
P(s, 22, "22 women taking levetiracetam")
P(s, 44, "44 matched untreated women", role="control")
M(s, 45, "%", "proportion", "exclusive breastfeeding at 3 months", group="women taking levetiracetam", pop=0)
M(s, 59, "%", "proportion", "exclusive breastfeeding at 3 months", group="matched untreated women", pop=1)
C(s, [45, 59], "%", "proportion", "exclusive breastfeeding at 3 months",
  ["women taking levetiracetam", "matched untreated women"], sig=False, p=0.27, pq="=")

# ---------------------------------------------------------------- t04
d = doc("t04_metformin.txt")
s = S(d, "Metformin reaches breastmilk in low amounts and the estimated infant", "recommendation", "metformin")
M(s, 1, "%", RID, MWA, q="<")
D(s, 2550, "mg", "Doses of up to 2550 mg daily", stat="maximum", frequency="per day")

s = S(d, "Seven women taking metformin 500 mg, 1000 mg or 1500 mg twice daily", "study", "metformin", cit=[1])
P(s, 7, "Seven women taking metformin")
for a in (500, 1000, 1500):
    D(s, a, "mg", "metformin %d mg ... twice daily" % a, frequency="twice daily")
for v, i in ((0.16, 0), (0.29, 1), (0.41, 2)):
    M(s, v, "mg/L", "concentration", "milk metformin", "milk", stat="mean",
      group=["500 mg", "1000 mg", "1500 mg"][i], dose=i, pop=0)
M(s, 0.35, "{ratio}", "milk_plasma_ratio", "milk/plasma ratio", "milk", stat="mean", pop=0)
M(s, 0.13, "{ratio}", "milk_plasma_ratio", "milk/plasma ratio", "milk", high=0.71, stat="range", pop=0)
M(s, 0.04, "mg/kg", "infant_dose", "estimated infant metformin dose per day", pop=0)
M(s, 0.28, "%", RID, MWA, pop=0)
C(s, [0.16, 0.29, 0.41], "mg/L", "concentration", "milk metformin", ["500 mg", "1000 mg", "1500 mg"])

s = S(d, "In 4 women given a single 850 mg oral dose, milk metformin levels", "study", "metformin", "oral", cit=[2])
P(s, 4, "4 women")
D(s, 850, "mg", "a single 850 mg oral dose")
M(s, 27, "%", "milk_plasma_ratio", "milk level, % of simultaneous serum level", "milk",
  timepoint="3 hours after the dose", dose=0, pop=0)
M(s, 0.25, "mg", "amount_excreted", "total metformin excreted in milk over 24 hours", dose=0, pop=0)

s = S(d, "Blood samples were taken from 5 breastfed infants 4 hours after the", "study", "metformin", cit=[1])
P(s, 5, "5 breastfed infants", who="infant")
P(s, 3, "3 infants", who="infant")
P(s, 2, "the other 2", who="infant")
for v in (0.06, 0.07, 0.12):
    M(s, v, "mg/L", "concentration", "infant blood metformin", "infant_blood",
      timepoint="4 hours after the maternal morning dose", pop=1)
M(s, 0.02, "mg/L", "concentration", "infant blood metformin (undetectable)", "infant_blood", q="<", pop=2)

s = S(d, "Blood glucose measured 4 hours after a feeding averaged 3.9 mmol/L", "study", "metformin", cit=[3])
P(s, 6, "6 breastfed infants of mothers taking metformin", who="infant")
P(s, 9, "9 formula-fed infants of untreated mothers", role="control", who="infant")
M(s, 3.9, "mmol/L", "concentration", "infant blood glucose", "infant_blood", stat="mean",
  group="breastfed infants", analyte="glucose", pop=0)
M(s, 4.1, "mmol/L", "concentration", "infant blood glucose", "infant_blood", stat="mean",
  group="formula-fed infants", analyte="glucose", pop=1)
C(s, [3.9, 4.1], "mmol/L", "concentration", "blood glucose 4 hours after a feeding",
  ["breastfed infants of mothers taking metformin", "formula-fed infants of untreated mothers"],
  sig=False, p=0.52, pq="=")

s = S(d, "In women with polycystic ovary syndrome and low milk supply, 15 were", "study", "metformin", cit=[4])
P(s, 15, "15 were randomized to metformin")
P(s, 13, "13 to placebo", role="control")
D(s, 1500, "mg", "metformin 1500 mg daily", frequency="per day", duration="for 2 weeks")
M(s, 512, "mL", "milk_volume", "milk output per day on day 14", stat="mean", group="metformin", dose=0, pop=0)
M(s, 430, "mL", "milk_volume", "milk output per day on day 14", stat="mean", group="placebo", pop=1)
M(s, 22, "%", "change", "rise in milk output from baseline", group="metformin", dose=0, pop=0)
C(s, [512, 430], "mL", "milk_volume", "milk output on day 14", ["metformin", "placebo"], sig=False, p=0.06, pq="=")

# ---------------------------------------------------------------- t05
d = doc("t05_metoclopramide.txt")
s = S(d, "Metoclopramide is sometimes used as a galactagogue, usually at 10 mg three times daily",
      "recommendation", "metoclopramide", cit=[1])
D(s, 10, "mg", "10 mg three times daily for 7 to 14 days", frequency="three times daily", duration="for 7 to 14 days")

s = S(d, "Five women taking metoclopramide 10 mg three times daily for 8 to 12 days",
      "study", "metoclopramide", cit=[2])
P(s, 5, "Five women taking metoclopramide")
D(s, 10, "mg", "metoclopramide 10 mg three times daily for 8 to 12 days",
  frequency="three times daily", duration="for 8 to 12 days")
D(s, 500, "ug/kg", "the 500 mcg/kg daily dosage sometimes given to infants", frequency="per day", recipient="infant")
M(s, 20, "ug/L", "concentration", "milk metoclopramide", "milk", high=125, stat="range", dose=0, pop=0)
M(s, 1.8, "{ratio}", "milk_plasma_ratio", "milk/serum ratio", "milk", stat="mean", dose=0, pop=0)
M(s, 0.5, "{ratio}", "milk_plasma_ratio", "milk/serum ratio", "milk", high=4.1, stat="range", dose=0, pop=0)
M(s, 24, "ug/kg", "infant_dose", "maximum infant metoclopramide dose per day", stat="maximum", dose=0, pop=0)
M(s, 4.7, "%", RID, MWA, dose=0, pop=0)

s = S(d, "Metoclopramide was undetectable (<2 mcg/L) in the serum of 5 of 7 breastfed infants",
      "study", "metoclopramide", cit=[3])
P(s, 7, "7 breastfed infants", who="infant")
P(s, 5, "5 of 7 breastfed infants", who="infant")
P(s, 2, "the other 2 infants", who="infant")
M(s, 2, "ug/L", "concentration", "infant serum metoclopramide (undetectable)", "infant_blood", q="<", pop=1)
M(s, 2.8, "ug/L", "concentration", "infant serum metoclopramide", "infant_blood", pop=2)
M(s, 4.0, "ug/L", "concentration", "infant serum metoclopramide", "infant_blood", pop=2)

s = S(d, "In one study, loose stools were reported in 3 of 40 breastfed infants",
      "study", "metoclopramide", cit=[4])
P(s, 40, "40 breastfed infants", who="infant")
P(s, 3, "3 of 40 breastfed infants", who="infant")
M(s, 7.5, "%", "proportion", "infants with loose stools", pop=0)

s = S(d, "In a randomized trial, 20 mothers of preterm infants received metoclopramide 10 mg",
      "study", "metoclopramide", cit=[5])
P(s, 20, "20 mothers of preterm infants")
P(s, 19, "19 received placebo", role="control")
D(s, 10, "mg", "metoclopramide 10 mg three times daily", frequency="three times daily", duration="for 10 days")
M(s, 58, "ng/mL", "concentration", "serum prolactin", "maternal_blood", group="before",
  analyte="prolactin", dose=0, pop=0)
M(s, 141, "ng/mL", "concentration", "serum prolactin", "maternal_blood", group="after",
  analyte="prolactin", dose=0, pop=0)
M(s, 390, "mL", "milk_volume", "milk volume per day on day 10", stat="mean", group="metoclopramide", dose=0, pop=0)
M(s, 326, "mL", "milk_volume", "milk volume per day on day 10", stat="mean", group="placebo", pop=1)
C(s, [58, 141], "ng/mL", "concentration", "serum prolactin in the metoclopramide group",
  ["before", "after"], sig=True, p=0.001, pq="<")
C(s, [390, 326], "mL", "milk_volume", "milk volume on day 10", ["metoclopramide", "placebo"], sig=False)

s = S(d, "When metoclopramide was stopped in 12 women who had taken it for 2 weeks",
      "study", "metoclopramide", cit=[6])
P(s, 12, "12 women who had taken it for 2 weeks")
M(s, 50, "%", "change", "fall in serum prolactin within 3 days (by half)", analyte="prolactin", pop=0)
M(s, 18, "%", "change", "decrease in milk output", pop=0)

s = S(d, "A 35% rise in milk output was seen in 9 mothers given metoclopramide 15 mg daily",
      "study", "metoclopramide", cit=[7])
P(s, 9, "9 mothers given metoclopramide 15 mg daily")
P(s, 9, "9 mothers given placebo", role="control")
D(s, 15, "mg", "metoclopramide 15 mg daily", frequency="per day")
M(s, 35, "%", "change", "rise in milk output", group="metoclopramide", dose=0, pop=0)
M(s, 12, "%", "change", "rise in milk output", group="placebo", pop=1)
C(s, [35, 12], "%", "change", "rise in milk output", ["metoclopramide", "placebo"], sig=True, p=0.02, pq="=")

# ---------------------------------------------------------------- t06
d = doc("t06_oxycodone.txt")
s = S(d, "Maternal use of oral oxycodone during breastfeeding can cause infant drowsiness",
      "recommendation", "oxycodone", "oral", cit=[1])
D(s, 30, "mg", "limited to 30 mg daily for no more than 2 to 3 days", stat="maximum",
  frequency="per day", duration="no more than 2 to 3 days")

s = S(d, "Six women received single oral doses of oxycodone 5, 10 and 15 mg", "study", "oxycodone", "oral", cit=[2])
P(s, 6, "Six women")
for a in (5, 10, 15):
    D(s, a, "mg", "single oral dose of oxycodone %d mg" % a)
for v, i in ((41, 0), (86, 1), (129, 2)):
    M(s, v, "ug/L", "concentration", "peak milk oxycodone", "milk", group=["5 mg", "10 mg", "15 mg"][i], dose=i, pop=0)
M(s, 3.4, "{ratio}", "milk_plasma_ratio", "milk/plasma ratio", "milk", stat="mean", pop=0)
M(s, 1.8, "{ratio}", "milk_plasma_ratio", "milk/plasma ratio", "milk", high=5.1, stat="range", pop=0)
M(s, 3.9, "h", "half_life", "oxycodone half-life in milk", "milk", pop=0)
M(s, 13, "ug/kg", "infant_dose", "estimated infant oxycodone dose per day", dose=1, pop=0)
M(s, 8, "%", RID, MWA, dose=1, pop=0)
C(s, [41, 86, 129], "ug/L", "concentration", "peak milk oxycodone", ["5 mg", "10 mg", "15 mg"])

s = S(d, "Oxycodone was measured in the serum of 12 breastfed neonates", "study", "oxycodone", cit=[3])
P(s, 12, "12 breastfed neonates", who="infant")
P(s, 11, "11 of 12 infants", who="infant")
P(s, 1, "one infant", who="infant")
D(s, 20, "mg", "20 to 40 mg daily", high=40, frequency="per day")
M(s, 1, "ug/L", "concentration", "infant serum oxycodone (below detection)", "infant_blood", q="<", dose=0, pop=1)
M(s, 7.4, "ug/L", "concentration", "infant serum oxycodone", "infant_blood", dose=0, pop=2)

s = S(d, "A retrospective study compared 139 breastfed infants whose mothers took oxycodone",
      "study", "oxycodone", cit=[4])
P(s, 139, "139 breastfed infants whose mothers took oxycodone", who="infant")
P(s, 210, "210 breastfed infants whose mothers took acetaminophen alone", role="control", who="infant")
M(s, 20.1, "%", "proportion", "infants with central nervous system depression", group="oxycodone group", pop=0)
M(s, 0.5, "%", "proportion", "infants with central nervous system depression", group="acetaminophen group", pop=1)
C(s, [20.1, 0.5], "%", "proportion", "central nervous system depression",
  ["oxycodone group", "acetaminophen group"], sig=True, p=0.001, pq="<")

s = S(d, "In 16 women given oxycodone after cesarean section, serum prolactin", "study", "oxycodone")
P(s, 16, "16 women given oxycodone after cesarean section")

# ---------------------------------------------------------------- t07
d = doc("t07_escitalopram.md")
s = S(d, "Amounts of escitalopram in milk are low, and the infant dose of escitalopram plus its metabolite",
      "recommendation", "escitalopram", cit=[1])
M(s, 5, "%", RID, MWA, q="~", stat="mean", analyte="escitalopram plus its metabolite")

s = S(d, "In 8 women taking escitalopram in a median dose of 10 mg daily", "study", "escitalopram", cit=[2])
P(s, 8, "8 women taking escitalopram")
D(s, 10, "mg", "a median dose of 10 mg daily", stat="median", frequency="per day")
D(s, 5, "mg", "range 5 to 20 mg daily", high=20, stat="range", frequency="per day")
M(s, 2.1, "{ratio}", "milk_plasma_ratio", "milk/plasma ratio of escitalopram", "milk", stat="mean", dose=0, pop=0)
M(s, 1.8, "{ratio}", "milk_plasma_ratio", "milk/plasma ratio of desmethylescitalopram", "milk", stat="mean",
  analyte="desmethylescitalopram", dose=0, pop=0)
M(s, 5.3, "%", RID, "estimated infant dose of escitalopram plus desmethylescitalopram, % of maternal weight-adjusted dosage",
  analyte="escitalopram plus desmethylescitalopram", dose=0, pop=0)
M(s, 3.1, "%", RID, "estimated infant dose of escitalopram plus desmethylescitalopram, % of maternal weight-adjusted dosage",
  high=7.4, stat="range", analyte="escitalopram plus desmethylescitalopram", dose=0, pop=0)

s = S(d, "A mother taking 20 mg daily collected all of her milk for one day", "study", "escitalopram", cit=[3])
D(s, 20, "mg", "20 mg daily", frequency="per day")
M(s, 0.13, "mg", "amount_excreted", "escitalopram excreted in milk in 24 hours", dose=0)
M(s, 0.04, "mg", "amount_excreted", "desmethylescitalopram excreted in milk in 24 hours",
  analyte="desmethylescitalopram", dose=0)

s = S(d, "Of 8 infants tested, escitalopram was undetectable (<0.5 ng/mL) in 6", "study", "escitalopram", cit=[2])
P(s, 8, "8 infants tested", who="infant")
P(s, 6, "in 6", who="infant")
P(s, 2, "the other 2 infants", who="infant")
M(s, 0.5, "ng/mL", "concentration", "infant serum escitalopram (undetectable)", "infant_blood", q="<", pop=1)
M(s, 0.8, "ng/mL", "concentration", "infant serum desmethylescitalopram", "infant_blood",
  analyte="desmethylescitalopram", pop=2)
M(s, 1.1, "ng/mL", "concentration", "infant serum desmethylescitalopram", "infant_blood",
  analyte="desmethylescitalopram", pop=2)

s = S(d, "In 4 infants exposed during pregnancy and then breastfed, cord blood escitalopram",
      "study", "escitalopram", cit=[4])
P(s, 4, "4 infants exposed during pregnancy and then breastfed", who="infant")
M(s, 12, "ng/mL", "concentration", "cord blood escitalopram", "cord_blood", stat="mean", pop=0)
M(s, 53, "h", "half_life", "escitalopram elimination half-life in infants", "infant_blood", stat="mean", pop=0)
M(s, 38, "h", "half_life", "escitalopram elimination half-life in infants", "infant_blood", high=79, stat="range", pop=0)

s = S(d, "A cohort compared 19 breastfed infants whose mothers took escitalopram", "study", "escitalopram", cit=[5])
P(s, 19, "19 breastfed infants whose mothers took escitalopram", who="infant")
P(s, 25, "25 breastfed infants of untreated mothers", role="control", who="infant")
M(s, 95, "%", "proportion", "normal neurological examination at 6 months", group="escitalopram", pop=0)
M(s, 96, "%", "proportion", "normal neurological examination at 6 months", group="untreated mothers", pop=1)
C(s, [95, 96], "%", "proportion", "normal neurological examination at 6 months",
  ["mothers took escitalopram", "untreated mothers"], sig=False)

s = S(d, "In a cohort of 64 women taking escitalopram and 128 untreated controls", "study", "escitalopram", cit=[6])
P(s, 64, "64 women taking escitalopram")
P(s, 128, "128 untreated controls", role="control")
M(s, 34, "%", "proportion", "onset of lactogenesis II later than 72 hours postpartum", group="escitalopram", pop=0)
M(s, 21, "%", "proportion", "onset of lactogenesis II later than 72 hours postpartum", group="untreated controls", pop=1)
C(s, [34, 21], "%", "proportion", "onset of lactogenesis II later than 72 hours postpartum",
  ["women taking escitalopram", "untreated controls"], sig=True, p=0.03, pq="=")

# ---------------------------------------------------------------- t08
d = doc("t08_ibuprofen_info.txt")
s = S(d, "Ibuprofen is one of the preferred painkillers for nursing mothers",
      "recommendation", "ibuprofen")
D(s, 400, "mg", "up to 400 mg three or four times a day", stat="maximum", frequency="three or four times a day")
D(s, 1200, "mg", "not ... more than 1,200 mg a day", stat="maximum", frequency="per day")

s = S(d, "In one study of 12 nursing mothers who took 400 mg every 6 hours", "study", "ibuprofen")
P(s, 12, "12 nursing mothers")
D(s, 400, "mg", "400 mg every 6 hours", frequency="every 6 hours")
M(s, 1, "mg/L", "concentration", "milk ibuprofen (not found; detection limit)", "milk", q="<", dose=0, pop=0)

s = S(d, "In another small study, babies got about 0.6% of their mother's dose", "study", "ibuprofen")
M(s, 0.6, "%", RID, "infant dose, % of mother's weight-adjusted dose", q="~")
M(s, 1.5, "%", "milk_plasma_ratio", "milk level, % of mother's blood level", "milk", q="~")

s = S(d, "Doctors sometimes give ibuprofen directly to babies older than 3 months", "recommendation", "ibuprofen")
D(s, 5, "mg/kg", "5 to 10 mg/kg per dose", high=10, frequency="per dose", recipient="infant")
M(s, 0.2, "%", RID, "infant intake through milk, % of the infant dose", q="<")

s = S(d, "A hospital study compared 40 mothers who took ibuprofen for pain after a caesarean", "study", "ibuprofen")
P(s, 40, "40 mothers who took ibuprofen")
P(s, 40, "40 mothers who took paracetamol alone", role="control")
M(s, 85, "%", "proportion", "exclusive breastfeeding at discharge", group="ibuprofen group", pop=0)
M(s, 70, "%", "proportion", "exclusive breastfeeding at discharge", group="paracetamol group", pop=1)
C(s, [85, 70], "%", "proportion", "breastfeeding exclusively at discharge",
  ["ibuprofen group", "paracetamol group"], sig=True, p=0.05, pq="<")

# ---------------------------------------------------------------- t09
d = doc("t09_caffeine_info.html")
s = S(d, "Most experts say breastfeeding mothers can have up to 300 mg of caffeine a day",
      "recommendation", "caffeine")
D(s, 300, "mg", "up to 300 mg of caffeine a day", stat="maximum", frequency="per day")

s = S(d, "In one study, 9 mothers drank coffee containing 100 mg of caffeine", "study", "caffeine")
P(s, 9, "9 mothers")
D(s, 100, "mg", "coffee containing 100 mg of caffeine")
M(s, 1.2, "mg/L", "concentration", "peak milk caffeine", "milk", stat="mean", dose=0, pop=0)
M(s, 80, "%", "milk_plasma_ratio", "milk level, % of blood level", "milk", q="~", dose=0, pop=0)
M(s, 0.5, "mg/kg", "infant_dose", "caffeine received by a breastfed baby per day", q="<")

s = S(d, "premature babies with breathing pauses are treated with caffeine at 5 to 10 mg/kg a day",
      "recommendation", "caffeine")
D(s, 5, "mg/kg", "5 to 10 mg/kg a day", high=10, frequency="per day", recipient="infant")

s = S(d, "Newborns clear caffeine very slowly: in one study the half-life was about 80 hours", "study", "caffeine")
M(s, 80, "h", "half_life", "caffeine half-life in newborns", "infant_blood", q="~", group="newborns")
M(s, 3, "h", "half_life", "caffeine half-life in mothers", "maternal_blood", high=7, stat="range", group="mothers")

s = S(d, "Caffeine was found in the blood of 3 of 11 breastfed babies", "study", "caffeine")
P(s, 11, "11 breastfed babies", who="infant")
P(s, 3, "3 of 11 breastfed babies", who="infant")
M(s, 2, "mg/L", "concentration", "infant blood caffeine", "infant_blood", q="<", pop=1)

s = S(d, "In a study of 121 babies, night waking at 3 months was reported", "study", "caffeine")
P(s, 121, "121 babies", role="total", who="infant")
D(s, 300, "mg", "more than 300 mg of caffeine a day", frequency="per day")
M(s, 14, "%", "proportion", "night waking at 3 months", group="mothers had more than 300 mg a day", dose=0)
M(s, 13, "%", "proportion", "night waking at 3 months", group="the others")
C(s, [14, 13], "%", "proportion", "night waking at 3 months",
  ["more than 300 mg of caffeine a day", "the others"], sig=False, p=0.8, pq="=")

# ---------------------------------------------------------------- t10
d = doc("t10_fluconazole_info.md")
s = S(d, "Fluconazole can be used during breastfeeding.", "recommendation", "fluconazole")
D(s, 150, "mg", "150 to 400 mg on day 1", high=400, duration="on day 1")
D(s, 100, "mg", "then 100 to 200 mg daily for at least 2 weeks", high=200, frequency="per day",
  duration="for at least 2 weeks")

s = S(d, "Fluconazole passes readily into milk: milk levels are about 85% of maternal plasma levels",
      "study", "fluconazole")
M(s, 85, "%", "milk_plasma_ratio", "milk level, % of maternal plasma level", "milk", q="~")
M(s, 46, "%", "milk_plasma_ratio", "milk level, % of maternal plasma level", "milk", high=104, stat="range")

s = S(d, "After a single 150 mg oral dose in 10 women, milk levels were 2.9 mg/L at 2 hours",
      "study", "fluconazole", "oral")
P(s, 10, "10 women")
D(s, 150, "mg", "a single 150 mg oral dose")
M(s, 2.9, "mg/L", "concentration", "milk fluconazole", "milk", timepoint="2 hours", dose=0, pop=0)
M(s, 1.8, "mg/L", "concentration", "milk fluconazole", "milk", timepoint="24 hours", dose=0, pop=0)
M(s, 30, "h", "half_life", "fluconazole half-life in milk", "milk", dose=0, pop=0)
M(s, 0.4, "mg/kg", "infant_dose", "fluconazole received by a fully breastfed baby per day", q="~", dose=0, pop=0)
M(s, 6, "%", RID, "infant dose, % of mother's weight-adjusted dose", high=16, dose=0, pop=0)

s = S(d, "In women taking 200 mg or 400 mg daily for thrush (n = 14)", "study", "fluconazole")
P(s, 14, "women taking 200 mg or 400 mg daily for thrush (n = 14)")
D(s, 200, "mg", "200 mg ... daily", frequency="per day")
D(s, 400, "mg", "400 mg daily", frequency="per day")
M(s, 4.6, "mg/L", "concentration", "trough milk fluconazole", "milk", stat="mean", group="200 mg", dose=0, pop=0)
M(s, 9.1, "mg/L", "concentration", "trough milk fluconazole", "milk", stat="mean", group="400 mg", dose=1, pop=0)
C(s, [4.6, 9.1], "mg/L", "concentration", "trough milk fluconazole", ["200 mg", "400 mg"])

s = S(d, "Infants treated directly for candidiasis are given 3 to 6 mg/kg a day", "recommendation", "fluconazole")
D(s, 3, "mg/kg", "3 to 6 mg/kg a day", high=6, frequency="per day", recipient="infant")
M(s, 13, "%", RID, "infant dose through milk, % of a therapeutic infant dose", q="~")

s = S(d, "In a trial of 48 mothers with nipple thrush, pain had resolved after 2 weeks", "study", "fluconazole")
P(s, 48, "48 mothers with nipple thrush", role="total")
M(s, 79, "%", "proportion", "pain resolved after 2 weeks", group="fluconazole")
M(s, 33, "%", "proportion", "pain resolved after 2 weeks", group="topical cream alone")
C(s, [79, 33], "%", "proportion", "pain resolved after 2 weeks", ["fluconazole", "topical cream alone"],
  sig=True, p=0.001, pq="<")

with open(OUT, "w", encoding="utf-8") as f:
    for dd in DOCS:
        f.write(json.dumps(dd, ensure_ascii=False) + "\n")
print("wrote", OUT, len(DOCS), "documents")
