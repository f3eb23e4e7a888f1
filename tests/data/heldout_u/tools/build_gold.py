#!/usr/bin/env python3
"""Hand-written gold for held-out corpus U (FORMAT.md version 2).

Every annotation below was written by hand while reading the document it
describes. Comparisons are declared by the indexes of the compared
measurements; their values, unit and kind are copied from those measurements
so that a compared value can never drift from the measurement it compares.

Run:  python3 tools/build_gold.py      (writes ../gold.jsonl)
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "gold.jsonl")

DOCS = []


class Stmt:
    def __init__(self, anchor, kind, drug, route, citations=()):
        self.d = {"anchor": anchor, "kind": kind, "drug": drug, "route": route,
                  "populations": [], "doses": [], "measurements": [],
                  "comparisons": [], "citations": list(citations)}

    def pop(self, n, text, role, who):
        self.d["populations"].append({"n": n, "text": text, "role": role, "who": who})
        return len(self.d["populations"]) - 1

    def dose(self, amount, unit, text, recipient="mother", amount_high=None,
             stat=None, frequency=None, duration=None, drug=None):
        x = {"amount": amount}
        if amount_high is not None:
            x["amount_high"] = amount_high
        x["unit"] = unit
        if stat is not None:
            x["stat"] = stat
        if frequency is not None:
            x["frequency"] = frequency
        if duration is not None:
            x["duration"] = duration
        if drug is not None:
            x["drug"] = drug
        x["text"] = text
        x["recipient"] = recipient
        self.d["doses"].append(x)
        return len(self.d["doses"]) - 1

    def m(self, value, unit, kind, measure, matrix=None, analyte=None, dose=None,
          pop=None, value_high=None, qualifier=None, stat=None, group=None,
          timepoint=None):
        x = {"value": value}
        if value_high is not None:
            x["value_high"] = value_high
        x["unit"] = unit
        if qualifier is not None:
            x["qualifier"] = qualifier
        if stat is not None:
            x["stat"] = stat
        if group is not None:
            x["group"] = group
        x["measure"] = measure
        if timepoint is not None:
            x["timepoint"] = timepoint
        x.update({"kind": kind, "matrix": matrix, "analyte": analyte,
                  "dose": dose, "population": pop})
        self.d["measurements"].append(x)
        return len(self.d["measurements"]) - 1

    def cmp(self, idxs, outcome, arms, significant, p=None, q=None, measure=None):
        ms = [self.d["measurements"][i] for i in idxs]
        units = {x["unit"] for x in ms}
        kinds = {x["kind"] for x in ms}
        assert len(units) == 1 and len(kinds) == 1, (outcome, units, kinds)
        assert all("value_high" not in x for x in ms), outcome
        assert len(arms) == len(idxs), outcome
        self.d["comparisons"].append({
            "measure": measure or outcome,
            "values": [x["value"] for x in ms],
            "unit": ms[0]["unit"], "kind": ms[0]["kind"],
            "outcome": outcome, "arms": list(arms), "significant": significant,
            "p_value": p, "p_qualifier": q})


def doc(name, *stmts):
    DOCS.append({"doc": name, "statements": [s.d for s in stmts]})


MB, MK, IB, CB = "maternal_blood", "milk", "infant_blood", "cord_blood"
CONC, RID, MPR, IPR = "concentration", "relative_infant_dose", "milk_plasma_ratio", "infant_plasma_ratio"
PROP, CHG, VOL, HL, OTH = "proportion", "change", "milk_volume", "half_life", "other"

# ---------------------------------------------------------------- u01
s = Stmt("In this double-blind trial at two neonatal units, mothers expressing milk",
         "study", "domperidone", "oral")
p10 = s.pop(32, "domperidone 10 mg three times daily (n = 32)", "exposed", "mother")
p20 = s.pop(33, "domperidone 20 mg three times daily (n = 33)", "exposed", "mother")
ppl = s.pop(31, "matching placebo (n = 31)", "control", "mother")
s.pop(96, "96 randomized mothers", "total", "mother")
s.pop(90, "90 completed the protocol", "total", "mother")
s.pop(21, "21 of 32 (10 mg group responders)", "exposed", "mother")
s.pop(24, "24 of 33 (20 mg group responders)", "exposed", "mother")
s.pop(9, "9 of 31 (placebo responders)", "control", "mother")
psub = s.pop(18, "the 18 mother–infant pairs of the substudy", "exposed", "pair")
d10 = s.dose(10, "mg", "oral domperidone 10 mg three times daily", frequency="three times daily", duration="14 days")
d20 = s.dose(20, "mg", "domperidone 20 mg three times daily", frequency="three times daily", duration="14 days")
a = s.m(398, "mL", VOL, "mean daily milk volume", stat="mean", group="10 mg group", timepoint="day 14", dose=d10, pop=p10)
b = s.m(431, "mL", VOL, "mean daily milk volume", stat="mean", group="20 mg group", timepoint="day 14", dose=d20, pop=p20)
c = s.m(276, "mL", VOL, "mean daily milk volume", stat="mean", group="placebo", timepoint="day 14", pop=ppl)
s.cmp([a, c], "daily milk volume on day 14", ["10 mg", "placebo"], True, 0.002, "=")
s.cmp([b, c], "daily milk volume on day 14", ["20 mg", "placebo"], True, 0.001, "<")
s.cmp([b, a], "daily milk volume on day 14", ["20 mg", "10 mg"], False, 0.41, "=")
x1 = s.m(38, "ng/mL", CONC, "serum prolactin", matrix=MB, analyte="prolactin", group="20 mg group", timepoint="before the first dose", pop=p20)
x2 = s.m(215, "ng/mL", CONC, "serum prolactin", matrix=MB, analyte="prolactin", group="20 mg group", timepoint="day 14", dose=d20, pop=p20)
y1 = s.m(41, "ng/mL", CONC, "serum prolactin", matrix=MB, analyte="prolactin", group="10 mg group", timepoint="before the first dose", pop=p10)
y2 = s.m(162, "ng/mL", CONC, "serum prolactin", matrix=MB, analyte="prolactin", group="10 mg group", timepoint="day 14", dose=d10, pop=p10)
z1 = s.m(40, "ng/mL", CONC, "serum prolactin", matrix=MB, analyte="prolactin", group="placebo", timepoint="before the first dose", pop=ppl)
z2 = s.m(44, "ng/mL", CONC, "serum prolactin", matrix=MB, analyte="prolactin", group="placebo", timepoint="day 14", pop=ppl)
s.cmp([x1, x2], "serum prolactin", ["before", "after"], None)
s.cmp([y1, y2], "serum prolactin", ["before", "after"], None)
s.cmp([z1, z2], "serum prolactin", ["before", "after"], False)
r1 = s.m(66, "%", PROP, "mothers reaching a response (50% rise in volume over baseline)", group="10 mg group", dose=d10, pop=p10)
r2 = s.m(73, "%", PROP, "mothers reaching a response (50% rise in volume over baseline)", group="20 mg group", dose=d20, pop=p20)
r3 = s.m(29, "%", PROP, "mothers reaching a response (50% rise in volume over baseline)", group="placebo", pop=ppl)
s.cmp([r1, r2, r3], "response, a 50% rise in milk volume over baseline", ["10 mg", "20 mg", "placebo"], None)
k1 = s.m(1.2, "ng/mL", CONC, "milk domperidone", matrix=MK, stat="median", group="lower dose", timepoint="day 10", dose=d10, pop=psub)
k2 = s.m(2.6, "ng/mL", CONC, "milk domperidone", matrix=MK, stat="median", group="higher dose", timepoint="day 10", dose=d20, pop=psub)
s.cmp([k1, k2], "milk domperidone", ["lower dose", "higher dose"], True, 0.004, "=")
k3 = s.m(0.011, "%", RID, "relative infant dose", group="lower dose", dose=d10, pop=psub)
k4 = s.m(0.013, "%", RID, "relative infant dose", group="higher dose", dose=d20, pop=psub)
s.cmp([k3, k4], "relative infant dose", ["lower dose", "higher dose"], None)
s.m(0.1, "ng/mL", CONC, "infant serum domperidone (below quantification limit)", matrix=IB, qualifier="<", pop=psub)
h1 = s.m(27, "%", PROP, "mothers with headache", group="20 mg", dose=d20, pop=p20)
h2 = s.m(9, "%", PROP, "mothers with headache", group="placebo", pop=ppl)
s.cmp([h1, h2], "headache", ["20 mg", "placebo"], True, 0.048, "=")
doc("u01_domperidone_pubmedlike.html", s)

# ---------------------------------------------------------------- u02
s1 = Stmt("We measured metformin in milk and plasma of 16 nursing women taking it",
          "study", "metformin", "oral")
s1.pop(16, "16 nursing women", "total", "mother")
pl = s1.pop(9, "500 mg (n = 9)", "exposed", "mother")
ph = s1.pop(7, "1000 mg (n = 7)", "exposed", "mother")
pi2 = s1.pop(2, "2 of 8 infants tested", "exposed", "infant")
s1.pop(8, "8 infants tested", "exposed", "infant")
dl = s1.dose(500, "mg", "500 mg ... twice daily by mouth", frequency="twice daily")
dh = s1.dose(1000, "mg", "1000 mg (n = 7) twice daily by mouth", frequency="twice daily")
a = s1.m(0.21, "mg/L", CONC, "steady-state milk metformin", matrix=MK, stat="mean", group="lower-dose group", dose=dl, pop=pl)
b = s1.m(0.39, "mg/L", CONC, "steady-state milk metformin", matrix=MK, stat="mean", group="higher-dose group", dose=dh, pop=ph)
s1.cmp([a, b], "steady-state milk metformin", ["lower-dose group", "higher-dose group"], None)
a = s1.m(0.58, "mg/L", CONC, "maternal plasma metformin", matrix=MB, stat="mean", group="lower-dose group", dose=dl, pop=pl)
b = s1.m(1.07, "mg/L", CONC, "maternal plasma metformin", matrix=MB, stat="mean", group="higher-dose group", dose=dh, pop=ph)
s1.cmp([a, b], "maternal plasma metformin", ["lower-dose group", "higher-dose group"], None)
a = s1.m(0.36, "{ratio}", MPR, "milk/plasma ratio", matrix=MK, group="lower-dose group", dose=dl, pop=pl)
b = s1.m(0.37, "{ratio}", MPR, "milk/plasma ratio", matrix=MK, group="higher-dose group", dose=dh, pop=ph)
s1.cmp([a, b], "milk/plasma ratio", ["lower-dose group", "higher-dose group"], False)
s1.m(0.16, "mg", "amount_excreted", "metformin excreted into milk over 24 hours", stat="mean", group="higher dose", timepoint="over 24 hours", dose=dh, pop=ph)
s1.m(0.28, "%", RID, "relative infant dose, % of weight-adjusted maternal dose", stat="mean", group="overall", pop=0)
s1.m(0.11, "%", RID, "relative infant dose, % of weight-adjusted maternal dose", value_high=0.52, stat="range", group="overall", pop=0)
s1.m(0.04, "mg/L", CONC, "infant plasma metformin", matrix=IB, pop=pi2)
s1.m(0.06, "mg/L", CONC, "infant plasma metformin", matrix=IB, pop=pi2)
s1.m(3.9, "mmol/L", CONC, "infant blood glucose", matrix=IB, analyte="glucose", value_high=5.1, stat="range", pop=pi2)
a = s1.m(4.8, "h", HL, "metformin half-life in milk", matrix=MK, group="lower dose", dose=dl, pop=pl)
b = s1.m(5.6, "h", HL, "metformin half-life in milk", matrix=MK, group="higher dose", dose=dh, pop=ph)
s1.cmp([a, b], "half-life of metformin in milk", ["lower dose", "higher dose"], False)

s2 = Stmt("Among 98 mother-infant pairs in a regional birth cohort, we compared infants of 41 mothers",
          "study", "metformin", None)
s2.pop(98, "98 mother-infant pairs", "total", "pair")
pe = s2.pop(41, "infants of 41 mothers taking metformin", "exposed", "mother")
pu = s2.pop(57, "57 infants of mothers who took no glucose-lowering drug", "control", "infant")
d = s2.dose(1500, "mg", "median 1500 mg/day", stat="median", frequency="per day", duration="throughout lactation")
a = s2.m(31, "g", OTH, "mean infant weight gain per day", stat="mean", group="exposed infants", timepoint="first 3 months", dose=d, pop=pe)
b = s2.m(29, "g", OTH, "mean infant weight gain per day", stat="mean", group="unexposed infants", timepoint="first 3 months", pop=pu)
s2.cmp([a, b], "weight gain over the first 3 months", ["exposed infants", "unexposed infants"], False, 0.44, "=")
a = s2.m(54, "%", PROP, "mothers exclusively breastfeeding at 3 months", group="metformin", dose=d, pop=pe)
b = s2.m(58, "%", PROP, "mothers exclusively breastfeeding at 3 months", group="no glucose-lowering drug", pop=pu)
s2.cmp([a, b], "exclusive breastfeeding at 3 months", ["mothers taking metformin", "mothers who took no glucose-lowering drug"], False, 0.71, "=")
doc("u02_metformin_abstract_export.txt", s1, s2)

# ---------------------------------------------------------------- u03
s = Stmt("This randomized open-label trial compared how much sertraline reaches the breastfed infant",
         "study", "sertraline", "oral")
s.pop(55, "Enrollment 55 (Actual)", "total", "mother")
p50 = s.pop(28, "Sertraline 50 mg arm (28 started and analyzed)", "exposed", "mother")
p100 = s.pop(27, "Sertraline 100 mg arm (27 started and analyzed)", "exposed", "mother")
s.pop(1, "infants with quantifiable serum sertraline, 50 mg arm: 1", "exposed", "infant")
s.pop(4, "infants with quantifiable serum sertraline, 100 mg arm: 4", "exposed", "infant")
d50 = s.dose(50, "mg", "sertraline 50 mg tablet, once daily in the morning for 8 weeks", frequency="once daily", duration="8 weeks")
s.dose(50, "mg", "sertraline 50 mg daily for 7 days", frequency="once daily", duration="7 days")
d100 = s.dose(100, "mg", "then 100 mg once daily in the morning to week 8", frequency="once daily", duration="to week 8")
A = ["Sertraline 50 mg", "Sertraline 100 mg"]
a = s.m(18.4, "ng/mL", CONC, "milk sertraline", matrix=MK, stat="median", group=A[0], timepoint="week 6", dose=d50, pop=p50)
b = s.m(39.7, "ng/mL", CONC, "milk sertraline", matrix=MK, stat="median", group=A[1], timepoint="week 6", dose=d100, pop=p100)
s.cmp([a, b], "milk sertraline concentration at week 6", A, True, 0.003, "=")
a = s.m(31.5, "ng/mL", CONC, "milk desmethylsertraline", matrix=MK, analyte="desmethylsertraline", stat="median", group=A[0], timepoint="week 6", dose=d50, pop=p50)
b = s.m(70.2, "ng/mL", CONC, "milk desmethylsertraline", matrix=MK, analyte="desmethylsertraline", stat="median", group=A[1], timepoint="week 6", dose=d100, pop=p100)
s.cmp([a, b], "milk desmethylsertraline concentration at week 6", A, True, 0.001, "<")
a = s.m(1.8, "{ratio}", MPR, "milk-to-plasma ratio of sertraline", matrix=MK, stat="mean", group=A[0], timepoint="week 6", dose=d50, pop=p50)
b = s.m(1.9, "{ratio}", MPR, "milk-to-plasma ratio of sertraline", matrix=MK, stat="mean", group=A[1], timepoint="week 6", dose=d100, pop=p100)
s.cmp([a, b], "milk-to-plasma ratio of sertraline at week 6", A, None)
a = s.m(0.54, "%", RID, "relative infant dose, % of maternal weight-adjusted dose", stat="mean", group=A[0], timepoint="week 6", dose=d50, pop=p50)
b = s.m(0.61, "%", RID, "relative infant dose, % of maternal weight-adjusted dose", stat="mean", group=A[1], timepoint="week 6", dose=d100, pop=p100)
s.cmp([a, b], "relative infant dose at week 6", A, False, 0.28, "=")
a = s.m(3.6, "%", PROP, "infants with quantifiable serum sertraline", group=A[0], timepoint="week 6", dose=d50, pop=p50)
b = s.m(14.8, "%", PROP, "infants with quantifiable serum sertraline", group=A[1], timepoint="week 6", dose=d100, pop=p100)
s.cmp([a, b], "infants with quantifiable serum sertraline at week 6", A, False, 0.19, "=")
a = s.m(46.4, "%", PROP, "participants in remission of depression", group=A[0], timepoint="week 8", dose=d50, pop=p50)
b = s.m(55.6, "%", PROP, "participants in remission of depression", group=A[1], timepoint="week 8", dose=d100, pop=p100)
s.cmp([a, b], "remission of depression at week 8", A, False, 0.49, "=")
doc("u03_sertraline_registry_results.html", s)

# ---------------------------------------------------------------- u04
s1 = Stmt("We randomly assigned 64 breastfeeding women with blood pressure of 150/100 mm Hg",
          "study", "nifedipine", "oral")
s1.pop(64, "64 breastfeeding women", "total", "mother")
pn = s1.pop(32, "32 women per group (nifedipine)", "exposed", "mother")
pL = s1.pop(32, "32 women per group (labetalol)", "exposed", "mother")
s1.pop(4, "4 of 32 women (12.5%) allocated to nifedipine", "exposed", "mother")
s1.pop(9, "9 of 32 (28.1%) allocated to labetalol", "exposed", "mother")
dn = s1.dose(30, "mg", "extended-release nifedipine 30 mg once daily", frequency="once daily", drug="nifedipine")
dL = s1.dose(200, "mg", "labetalol 200 mg twice daily", frequency="twice daily", drug="labetalol")
A = ["nifedipine", "labetalol"]
a = s1.m(8.6, "ug/L", CONC, "peak milk concentration", matrix=MK, stat="mean", group=A[0], timepoint="day 5", dose=dn, pop=pn)
b = s1.m(212, "ug/L", CONC, "peak milk concentration", matrix=MK, analyte="labetalol", stat="mean", group=A[1], timepoint="day 5", dose=dL, pop=pL)
s1.cmp([a, b], "mean peak milk concentration", A, None)
a = s1.m(1.9, "%", RID, "relative infant dose, % of weight-adjusted maternal dose", group=A[0], dose=dn, pop=pn)
b = s1.m(0.6, "%", RID, "relative infant dose, % of weight-adjusted maternal dose", analyte="labetalol", group=A[1], dose=dL, pop=pL)
s1.cmp([a, b], "relative infant dose", A, None)
a = s1.m(0.28, "{ratio}", MPR, "milk-to-plasma ratio", matrix=MK, group=A[0], dose=dn, pop=pn)
b = s1.m(0.77, "{ratio}", MPR, "milk-to-plasma ratio", matrix=MK, analyte="labetalol", group=A[1], dose=dL, pop=pL)
s1.cmp([a, b], "milk-to-plasma ratio", A, True, 0.001, "<")
a = s1.m(12.5, "%", PROP, "women needing a second antihypertensive", group=A[0], dose=dn, pop=pn)
b = s1.m(28.1, "%", PROP, "women needing a second antihypertensive", group=A[1], dose=dL, pop=pL)
s1.cmp([a, b], "second antihypertensive needed", A, False, 0.21, "=")
a = s1.m(72, "%", PROP, "women exclusively breastfeeding", group=A[0], timepoint="6 weeks", dose=dn, pop=pn)
b = s1.m(69, "%", PROP, "women exclusively breastfeeding", group=A[1], timepoint="6 weeks", dose=dL, pop=pL)
s1.cmp([a, b], "exclusive breastfeeding at 6 weeks", A, None)
a = s1.m(31, "%", PROP, "women reporting headache", group=A[0], dose=dn, pop=pn)
b = s1.m(9, "%", PROP, "women reporting headache", group=A[1], dose=dL, pop=pL)
s1.cmp([a, b], "headache", A, True, 0.03, "=")

s2 = Stmt("Varnhagen and Ostrowski measured milk nifedipine in 11 women given 10 mg three times daily",
          "study", "nifedipine", None, [7])
s2.pop(11, "11 women", "exposed", "mother")
s2.dose(10, "mg", "10 mg three times daily", frequency="three times daily")
s2.m(46, "ug/L", CONC, "milk nifedipine", matrix=MK, stat="mean", timepoint="at the time of peak plasma levels", dose=0, pop=0)

s3 = Stmt("For labetalol, a milk/plasma ratio of 0.8 was reported in 3 mothers",
          "study", "labetalol", None, [8, 9])
s3.pop(3, "3 mothers taking 400 mg twice daily", "exposed", "mother")
s3.dose(400, "mg", "400 mg twice daily", frequency="twice daily")
s3.m(0.8, "{ratio}", MPR, "milk/plasma ratio", matrix=MK, dose=0, pop=0)
doc("u04_nifedipine_journal_article.html", s1, s2, s3)

# ---------------------------------------------------------------- u05
s1 = Stmt("Maternal levetiracetam doses of 1000 to 3000 mg daily are generally considered compatible",
          "recommendation", "levetiracetam", None, [1, 2])
s1.dose(1000, "mg", "doses of 1000 to 3000 mg daily", amount_high=3000, frequency="per day")

s2 = Stmt("A prospective cohort at the Tampere Lakeside epilepsy clinic followed 31 breastfeeding women",
          "study", "levetiracetam", None, [3])
s2.pop(31, "31 breastfeeding women", "total", "mother")
pv = s2.pop(14, "levetiracetam (n = 14)", "exposed", "mother")
pg = s2.pop(17, "lamotrigine (n = 17)", "exposed", "mother")
dv = s2.dose(2000, "mg", "median 2000 mg/day", stat="median", frequency="per day", drug="levetiracetam")
dg = s2.dose(300, "mg", "median 300 mg/day", stat="median", frequency="per day", drug="lamotrigine")
A = ["Levetiracetam", "Lamotrigine"]
rows = [
    (9.8, 3.9, "mg/L", CONC, MK, "milk concentration", "4 weeks", True, 0.001, "<"),
    (16.2, 5.1, "mg/L", CONC, MB, "maternal serum concentration", "4 weeks", True, 0.001, "<"),
    (0.98, 0.61, "{ratio}", MPR, MK, "milk/serum ratio", "4 weeks", True, 0.001, "<"),
    (0.7, 1.3, "mg/L", CONC, IB, "infant serum concentration", "4 weeks", True, 0.02, "="),
    (21, 34, "%", IPR, IB, "infant/maternal serum ratio", "day 3", False, 0.09, "="),
    (4.3, 25.5, "%", IPR, IB, "infant/maternal serum ratio", "4 weeks", True, 0.001, "<"),
    (7.9, 9.2, "%", RID, None, "relative infant dose", "4 weeks", False, None, None),
]
for v1, v2, u, k, mx, meas, tp, sig, p, q in rows:
    a = s2.m(v1, u, k, meas, matrix=mx, stat="median" if k in (CONC, MPR) else None, group=A[0], timepoint=tp, dose=dv, pop=pv)
    b = s2.m(v2, u, k, meas, matrix=mx, analyte="lamotrigine", stat="median" if k in (CONC, MPR) else None, group=A[1], timepoint=tp, dose=dg, pop=pg)
    s2.cmp([a, b], meas + (" at " + tp), A, sig, p, q)

s3 = Stmt("In a single case, an infant whose mother took levetiracetam 3000 mg daily had a serum level",
          "study", "levetiracetam", None, [4])
s3.dose(3000, "mg", "levetiracetam 3000 mg daily", frequency="per day")
s3.m(6, "mg/L", CONC, "infant serum levetiracetam", matrix=IB, timepoint="10 days of age", dose=0)
doc("u05_levetiracetam_evidence_table.md", s1, s2, s3)

# ---------------------------------------------------------------- u06
s1 = Stmt("120 mothers at 2-6 weeks postpartum with 24-hour test-weighed intake below 500 mL",
          "study", "metoclopramide", None)
s1.pop(120, "120 mothers at 2-6 weeks postpartum", "total", "mother")
s1.pop(112, "112 mothers completed the study", "total", "mother")
p7 = s1.pop(7, "7 of 8 sampled infants", "exposed", "infant")
s1.pop(8, "8 sampled infants", "exposed", "infant")
s1.pop(2, "Two mothers in the metoclopramide arm", "exposed", "mother")
dm = s1.dose(10, "mg", "metoclopramide 10 mg three times daily", frequency="three times daily", duration="10 days", drug="metoclopramide")
dd = s1.dose(10, "mg", "domperidone 10 mg three times daily", frequency="three times daily", duration="10 days", drug="domperidone")
df = s1.dose(1.8, "g", "fenugreek seed capsules 1.8 g three times daily", frequency="three times daily", duration="10 days", drug="fenugreek")
G = ["metoclopramide", "domperidone", "fenugreek", "placebo"]
ch = [s1.m(v, "%", CHG, "increase in mean 24-hour milk intake", group=g, dose=dz)
      for v, g, dz in zip([46, 38, 21, 12], G, [dm, dd, df, None])]
s1.cmp([ch[0], ch[3]], "increase in mean 24-hour milk intake", ["metoclopramide", "placebo"], True, 0.01, "<")
s1.cmp([ch[1], ch[3]], "increase in mean 24-hour milk intake", ["domperidone", "placebo"], True, 0.01, "<")
s1.cmp([ch[2], ch[3]], "increase in mean 24-hour milk intake", ["fenugreek", "placebo"], False, 0.27, "=")
pr = [s1.m(v, "ng/mL", CONC, "serum prolactin", matrix=MB, analyte="prolactin", group=g, timepoint="day 7", dose=dz)
      for v, g, dz in zip([148, 171, 52, 49], G, [dm, dd, df, None])]
s1.cmp(pr, "serum prolactin on day 7", G, True, 0.001, "<")
s1.m(48, "ug/L", CONC, "milk metoclopramide", matrix=MK, stat="mean", timepoint="day 7", dose=dm)
s1.m(1, "ug/L", CONC, "infant serum metoclopramide", matrix=IB, qualifier="<", timepoint="day 7", dose=dm, pop=p7)

s2 = Stmt("In a retrospective review of 2018-2023 records, we compared 37 women who received a single 1 mg oral dose",
          "study", "cabergoline", "oral")
pe = s2.pop(37, "37 women who received a single 1 mg oral dose of cabergoline within 24 hours of delivery", "exposed", "mother")
pd = s2.pop(29, "29 women treated later, on days 2 to 4", "exposed", "mother")
d = s2.dose(1, "mg", "a single 1 mg oral dose of cabergoline")
a = s2.m(11, "%", PROP, "breast engorgement by day 7", group="early", dose=d, pop=pe)
b = s2.m(34, "%", PROP, "breast engorgement by day 7", group="delayed", dose=d, pop=pd)
s2.cmp([a, b], "breast engorgement by day 7", ["early group", "delayed group"], True, 0.03, "=")
a = s2.m(8, "%", PROP, "rebound lactation requiring a second dose", group="early", dose=d, pop=pe)
b = s2.m(10, "%", PROP, "rebound lactation requiring a second dose", group="delayed", dose=d, pop=pd)
s2.cmp([a, b], "rebound lactation requiring a second dose", ["early", "delayed"], False)
s2.m(82, "%", CHG, "fall in serum prolactin from pre-dose values", analyte="prolactin", group="early group", timepoint="day 3", dose=d, pop=pe)
doc("u06_metoclopramide_conference_abstracts.txt", s1, s2)

# ---------------------------------------------------------------- u07
s1 = Stmt("In a randomized trial after cesarean delivery, 47 women were assigned to oral tramadol 50 mg",
          "study", "tramadol", "oral", [3])
s1.pop(47, "47 women", "total", "mother")
p50 = s1.pop(24, "oral tramadol 50 mg (n = 24)", "exposed", "mother")
p100 = s1.pop(23, "100 mg (n = 23)", "exposed", "mother")
s1.pop(1, "1 of 24 infants (mild sedation)", "exposed", "infant")
s1.pop(2, "2 of 23 infants (mild sedation)", "exposed", "infant")
d50 = s1.dose(50, "mg", "oral tramadol 50 mg ... every 6 hours for 48 hours", frequency="every 6 hours", duration="48 hours")
d100 = s1.dose(100, "mg", "100 mg (n = 23) every 6 hours for 48 hours", frequency="every 6 hours", duration="48 hours")
a = s1.m(312, "ug/L", CONC, "milk tramadol", matrix=MK, stat="mean", group="lower dose", timepoint="second postoperative day", dose=d50, pop=p50)
b = s1.m(655, "ug/L", CONC, "milk tramadol", matrix=MK, stat="mean", group="higher dose", timepoint="second postoperative day", dose=d100, pop=p100)
s1.cmp([a, b], "mean milk tramadol", ["lower dose", "higher dose"], None)
a = s1.m(88, "ug/L", CONC, "milk O-desmethyltramadol", matrix=MK, analyte="o-desmethyltramadol", stat="mean", group="lower dose", timepoint="second postoperative day", dose=d50, pop=p50)
b = s1.m(171, "ug/L", CONC, "milk O-desmethyltramadol", matrix=MK, analyte="o-desmethyltramadol", stat="mean", group="higher dose", timepoint="second postoperative day", dose=d100, pop=p100)
s1.cmp([a, b], "milk O-desmethyltramadol", ["lower dose", "higher dose"], None)
a = s1.m(1.1, "%", RID, "estimated relative infant dose", group="50 mg regimen", dose=d50, pop=p50)
b = s1.m(2.3, "%", RID, "estimated relative infant dose", group="100 mg regimen", dose=d100, pop=p100)
s1.cmp([a, b], "relative infant dose", ["50 mg regimen", "100 mg regimen"], None)
a = s1.m(47, "ug/kg", "infant_dose", "estimated infant tramadol dose per day", qualifier="~", group="50 mg regimen", dose=d50, pop=p50)
b = s1.m(98, "ug/kg", "infant_dose", "estimated infant tramadol dose per day", qualifier="~", group="100 mg regimen", dose=d100, pop=p100)
s1.cmp([a, b], "estimated infant dose", ["50 mg regimen", "100 mg regimen"], None)
s1.m(2.2, "{ratio}", MPR, "milk/plasma ratio of tramadol", matrix=MK, group="both groups", pop=0)

s2 = Stmt("A cohort study compared 62 breastfed infants whose mothers took tramadol",
          "study", "tramadol", None, [4, 5])
pt = s2.pop(62, "62 breastfed infants whose mothers took tramadol", "exposed", "infant")
pi = s2.pop(71, "71 breastfed infants whose mothers took ibuprofen alone", "control", "infant")
a = s2.m(3, "%", PROP, "infants with adverse events possibly related to the drug", group="tramadol", pop=pt)
b = s2.m(4, "%", PROP, "infants with adverse events possibly related to the drug", group="ibuprofen alone", pop=pi)
s2.cmp([a, b], "adverse events possibly related to the drug", ["tramadol", "ibuprofen alone"], False)

s3 = Stmt("In the trial described above, mothers receiving the 100 mg regimen expressed 18% less milk",
          "study", "tramadol", None, [3])
d1 = s3.dose(100, "mg", "the 100 mg regimen")
s3.dose(50, "mg", "those receiving 50 mg")
s3.m(18, "%", CHG, "milk expressed on day 3, 100 mg vs 50 mg regimen (less)", group="100 mg regimen", timepoint="day 3", dose=d1)
doc("u07_tramadol_drugpage_review.html", s1, s2, s3)

# ---------------------------------------------------------------- u08
s = Stmt("The researchers asked 212 mothers who had a planned caesarean",
         "study", "ibuprofen", "oral")
s.pop(212, "212 mothers who had a planned caesarean", "total", "mother")
di = s.dose(400, "mg", "ibuprofen (400 mg every 6 hours)", frequency="every 6 hours", duration="3 days", drug="ibuprofen")
dp = s.dose(1, "g", "paracetamol (1 g every 6 hours)", frequency="every 6 hours", duration="3 days", drug="paracetamol")
a = s.m(0.18, "mg/L", CONC, "milk ibuprofen", matrix=MK, stat="mean", group="ibuprofen", timepoint="day 2", dose=di)
b = s.m(9.4, "mg/L", CONC, "milk paracetamol", matrix=MK, analyte="paracetamol", qualifier="~", group="paracetamol", timepoint="day 2", dose=dp)
c = s.m(0.4, "%", RID, "baby's dose, % of mother's weight-adjusted dose", qualifier="<", group="ibuprofen", dose=di)
e = s.m(1.6, "%", RID, "baby's dose, % of mother's weight-adjusted dose", analyte="paracetamol", qualifier="~", group="paracetamol", dose=dp)
s.cmp([a, b], "medicine level in milk", ["ibuprofen", "paracetamol"], None)
s.cmp([c, e], "share of the mother's weight-adjusted dose reaching the baby", ["ibuprofen", "paracetamol"], None)
a = s.m(84, "%", PROP, "mothers still breastfeeding at 6 weeks", group="ibuprofen", timepoint="6 weeks", dose=di)
b = s.m(81, "%", PROP, "mothers still breastfeeding at 6 weeks", group="paracetamol", timepoint="6 weeks", dose=dp)
s.cmp([a, b], "still breastfeeding at 6 weeks", ["ibuprofen", "paracetamol"], False)
s.m(30, "g", OTH, "infant weight gain per day", qualifier="~", group="babies in both groups")
doc("u08_ibuprofen_paracetamol_lay_summary.txt", s)

# ---------------------------------------------------------------- u09
s = Stmt("Exclusively breastfeeding women at 6 weeks postpartum were randomly allocated to a combined pill",
         "study", "levonorgestrel", "oral")
s.pop(141, "141 women enrolled", "total", "mother")
pc = s.pop(47, "47 allocated to the combined pill", "exposed", "mother")
pp = s.pop(47, "47 allocated to the progestin-only pill", "exposed", "mother")
pu = s.pop(47, "47 allocated to the copper intrauterine device", "control", "mother")
s.dose(30, "ug", "ethinyl estradiol 30 μg", frequency="daily", drug="ethinyl estradiol")
dc = s.dose(150, "ug", "levonorgestrel 150 μg daily", frequency="daily", drug="levonorgestrel")
dpo = s.dose(30, "ug", "levonorgestrel 30 μg daily", frequency="daily", drug="levonorgestrel")
M = "infant 24-hour milk intake (test weighing)"
b0 = [s.m(v, "mL", VOL, M, group=g, timepoint="baseline", pop=pz)
      for v, g, pz in zip([742, 729, 751], ["combined", "progestin-only", "copper IUD"], [pc, pp, pu])]
s.cmp(b0, "baseline milk intake", ["combined pill", "progestin-only pill", "copper intrauterine device"], False)
w4 = [s.m(v, "mL", VOL, M, group=g, timepoint="4 weeks", dose=dz, pop=pz)
      for v, g, dz, pz in zip([655, 724, 760], ["combined", "progestin-only", "copper IUD"], [dc, dpo, None], [pc, pp, pu])]
s.cmp(w4, "milk intake at 4 weeks", ["combined group", "progestin-only group", "copper IUD group"], True, 0.008, "=")
w8 = [s.m(v, "mL", VOL, M, group=g, timepoint="8 weeks", dose=dz, pop=pz)
      for v, g, dz, pz in zip([598, 735, 768], ["combined", "progestin-only", "copper IUD"], [dc, dpo, None], [pc, pp, pu])]
s.cmp([w8[0], w8[1]], "milk intake at 8 weeks", ["combined group", "progestin-only group"], True, 0.001, "<")
s.cmp([w8[0], w8[2]], "milk intake at 8 weeks", ["combined group", "copper IUD group"], True, 0.001, "<")
s.cmp([w8[1], w8[2]], "milk intake at 8 weeks", ["progestin-only group", "copper IUD group"], False)
s.cmp([b0[0], w8[0]], "milk intake from baseline to week 8", ["before", "after"], None)
s.cmp([b0[1], w8[1]], "milk intake from baseline to week 8", ["before", "after"], False)
s.m(19, "%", CHG, "decrease in milk intake from baseline to week 8", group="combined", timepoint="week 8", dose=dc, pop=pc)
a = s.m(0.10, "ng/mL", CONC, "milk levonorgestrel", matrix=MK, stat="mean", group="combined", timepoint="week 8", dose=dc, pop=pc)
b = s.m(0.08, "ng/mL", CONC, "milk levonorgestrel", matrix=MK, stat="mean", group="progestin-only", timepoint="week 8", dose=dpo, pop=pp)
s.cmp([a, b], "milk levonorgestrel", ["combined group", "progestin-only group"], None)
s.m(0.15, "{ratio}", MPR, "milk-to-serum ratio of levonorgestrel", matrix=MK, group="both hormonal groups", timepoint="week 8")
s.m(0.05, "ng/mL", CONC, "infant serum levonorgestrel", matrix=IB, qualifier="<", group="all infant sera (hormonal groups)")
doc("u09_levonorgestrel_structured_abstract.txt", s)

# ---------------------------------------------------------------- u10
s1 = Stmt("We studied 72 women in labour at term who requested epidural analgesia",
          "study", "fentanyl", "epidural")
s1.pop(72, "72 women in labour at term", "total", "mother")
pb = s1.pop(18, "bupivacaine alone, 18 per group", "control", "mother")
pf = [s1.pop(18, "fentanyl %d μg, 18 per group" % v, "exposed", "mother") for v in (50, 100, 150)]
db = s1.dose(10, "mL", "bupivacaine 0.1% 10 mL", drug="bupivacaine")
df = [s1.dose(v, "ug", "fentanyl %d μg" % v, drug="fentanyl") for v in (50, 100, 150)]
D = ["50 μg", "100 μg", "150 μg"]
mp = [s1.m(v, "ng/mL", CONC, "maternal plasma fentanyl", matrix=MB, stat="median", group=g, timepoint="at delivery", dose=dz, pop=pz)
      for v, g, dz, pz in zip([0.21, 0.38, 0.55], D, df, pf)]
s1.cmp(mp, "maternal plasma fentanyl at delivery", ["50 μg dose", "100 μg dose", "150 μg dose"], None)
cb = [s1.m(v, "ng/mL", CONC, "cord blood fentanyl", matrix=CB, stat="median", group=g, timepoint="at delivery", dose=dz, pop=pz)
      for v, g, dz, pz in zip([0.08, 0.15, 0.22], D, df, pf)]
s1.cmp(cb, "cord blood fentanyl at delivery", ["50 μg dose", "100 μg dose", "150 μg dose"], None)
co = [s1.m(v, "ng/mL", CONC, "colostrum fentanyl", matrix=MK, group=g, timepoint="1 h after birth", dose=dz, pop=pz)
      for v, g, dz, pz in zip([0.09, 0.17, 0.26], D, df, pf)]
s1.cmp(co, "colostrum fentanyl 1 h after birth", ["50 μg", "100 μg", "150 μg"], True, 0.001, "<")
s1.m(0.43, "{ratio}", MPR, "colostrum-to-plasma ratio", matrix=MK, group="all fentanyl doses")
bf = [s1.m(v, "%", PROP, "breastfeeding begun within the first hour", group=g, dose=dz, pop=pz)
      for v, g, dz, pz in zip([78, 72, 61, 83], D + ["bupivacaine alone"], df + [db], pf + [pb])]
s1.cmp([bf[2], bf[3]], "breastfeeding within the first hour", ["150 μg group", "bupivacaine alone"], True, 0.04, "=")
s1.cmp([bf[0], bf[3]], "breastfeeding within the first hour", ["50 μg group", "bupivacaine alone"], False)
s1.cmp([bf[1], bf[3]], "breastfeeding within the first hour", ["100 μg group", "bupivacaine alone"], False)

s2 = Stmt("Our colostrum concentrations are consistent with an earlier observational report",
          "study", "fentanyl", "epidural", [18])
s2.pop(13, "13 women", "exposed", "mother")
s2.dose(200, "ug", "a cumulative epidural fentanyl dose of about 200 μg", duration="during labour")
s2.m(0.4, "ng/mL", CONC, "colostrum fentanyl", matrix=MK, qualifier="<", group="all samples", timepoint="by 24 h after delivery", dose=0, pop=0)
doc("u10_fentanyl_epidural_journal_page.html", s1, s2)

# ----------------------------------------------------------------
with open(OUT, "w", encoding="utf-8") as f:
    for d in DOCS:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print("wrote", os.path.normpath(OUT), len(DOCS), "documents")
