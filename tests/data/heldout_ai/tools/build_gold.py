#!/usr/bin/env python3
"""Gold annotations (format version 2) for the SYNTHETIC held-out corpus; writes ../gold.jsonl."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'gold.jsonl')


def P(n, text, role, who):
    return {"n": n, "text": text, "role": role, "who": who}


def D(amount, unit, text, recipient="mother", high=None, stat=None, frequency=None, duration=None, drug=None):
    d = {"amount": amount}
    if high is not None:
        d["amount_high"] = high
    d["unit"] = unit
    if stat: d["stat"] = stat
    if frequency: d["frequency"] = frequency
    if duration: d["duration"] = duration
    if drug: d["drug"] = drug
    d["text"] = text
    d["recipient"] = recipient
    return d


def M(value, unit, kind, measure, matrix=None, analyte=None, dose=None, pop=None,
      high=None, q=None, stat=None, group=None, timepoint=None):
    m = {"value": value}
    if high is not None: m["value_high"] = high
    m["unit"] = unit
    if q: m["qualifier"] = q
    if stat: m["stat"] = stat
    if group: m["group"] = group
    m["measure"] = measure
    if timepoint: m["timepoint"] = timepoint
    m.update({"kind": kind, "matrix": matrix, "analyte": analyte, "dose": dose, "population": pop})
    return m


def C(measure, values, unit, kind, outcome, arms, sig, p=None, pq=None):
    return {"measure": measure, "values": values, "unit": unit, "kind": kind, "outcome": outcome,
            "arms": arms, "significant": sig, "p_value": p, "p_qualifier": pq}


def S(anchor, drug, route, pops, doses, meas, comps, cites, kind="study"):
    return {"anchor": anchor, "kind": kind, "drug": drug, "route": route, "populations": pops,
            "doses": doses, "measurements": meas, "comparisons": comps, "citations": cites}


DOCS = []

# ---------------------------------------------------------------- ai01
mb = "maternal_blood"; ib = "infant_blood"
DOCS.append({"doc": "ai01_hydrocodone_abstract.html", "statements": [
    S("In this double-blind, three-arm trial, 174 women recovering from scheduled cesarean delivery",
      "hydrocodone", "oral",
      [P(174, "174 women recovering from scheduled cesarean delivery", "total", "mother"),
       P(58, "low-dose arm, n = 58", "exposed", "mother"),
       P(59, "high-dose arm, n = 59", "exposed", "mother"),
       P(57, "a matching placebo (n = 57)", "control", "mother"),
       P(24, "24 mothers from the two active arms", "exposed", "mother"),
       P(12, "12 per active arm", "exposed", "mother"),
       P(11, "the 11 infants sampled", "exposed", "infant")],
      [D(5, "mg", "oral hydrocodone 5 mg every 6 hours", frequency="every 6 hours", duration="72 hours"),
       D(10, "mg", "hydrocodone 10 mg every 6 hours", frequency="every 6 hours", duration="72 hours")],
      [M(17.2, "%", "proportion", "rescue analgesia in the first 24 hours", group="high-dose arm", dose=1, pop=2),
       M(31.0, "%", "proportion", "rescue analgesia in the first 24 hours", group="low-dose arm", dose=0, pop=1),
       M(59.6, "%", "proportion", "rescue analgesia in the first 24 hours", group="placebo recipients", pop=3),
       M(22, "%", "proportion", "mild maternal drowsiness", group="high-dose arm", dose=1, pop=2),
       M(12, "%", "proportion", "mild maternal drowsiness", group="low-dose arm", dose=0, pop=1),
       M(7, "%", "proportion", "mild maternal drowsiness", group="placebo arm", pop=3),
       M(84, "%", "proportion", "exclusive breastfeeding at discharge", group="high dose", dose=1, pop=2),
       M(86, "%", "proportion", "exclusive breastfeeding at discharge", group="low dose", dose=0, pop=1),
       M(88, "%", "proportion", "exclusive breastfeeding at discharge", group="placebo", pop=3),
       M(16.4, "ug/L", "concentration", "milk hydrocodone", "milk", stat="mean", group="5 mg dosing", timepoint="postoperative day 3", dose=0, pop=5),
       M(33.9, "ug/L", "concentration", "milk hydrocodone", "milk", stat="mean", group="10 mg dosing", timepoint="postoperative day 3", dose=1, pop=5),
       M(5.8, "ug/L", "concentration", "milk norhydrocodone", "milk", "norhydrocodone", stat="mean", group="5 mg dosing", dose=0, pop=5),
       M(11.6, "ug/L", "concentration", "milk norhydrocodone", "milk", "norhydrocodone", stat="mean", group="10 mg dosing", dose=1, pop=5),
       M(2.1, "{ratio}", "milk_plasma_ratio", "milk/plasma ratio", "milk", group="low-dose group", dose=0, pop=5),
       M(2.3, "{ratio}", "milk_plasma_ratio", "milk/plasma ratio", "milk", group="high-dose group", dose=1, pop=5),
       M(2.4, "%", "relative_infant_dose", "estimated relative infant dose, % of maternal weight-adjusted dosage", group="low dose", dose=0, pop=5),
       M(2.6, "%", "relative_infant_dose", "estimated relative infant dose, % of maternal weight-adjusted dosage", group="high dose", dose=1, pop=5),
       M(0.5, "ug/L", "concentration", "infant plasma hydrocodone (below quantification limit)", ib, q="<", group="most infants sampled", pop=6),
       M(1.1, "ug/L", "concentration", "highest infant plasma hydrocodone", ib, stat="maximum", group="high-dose arm", dose=1, pop=6)],
      [C("rescue analgesia in the first 24 hours, high dose vs placebo", [17.2, 59.6], "%", "proportion",
         "rescue analgesia in the first 24 hours", ["high-dose arm", "placebo recipients"], True, 0.001, "<"),
       C("rescue analgesia in the first 24 hours, low dose vs placebo", [31.0, 59.6], "%", "proportion",
         "rescue analgesia in the first 24 hours", ["low-dose arm", "placebo recipients"], True, 0.001, "<"),
       C("rescue analgesia in the first 24 hours, high vs low dose", [17.2, 31.0], "%", "proportion",
         "rescue analgesia in the first 24 hours", ["high-dose arm", "low-dose arm"], True, 0.03, "="),
       C("mild maternal drowsiness", [22, 12, 7], "%", "proportion", "mild maternal drowsiness",
         ["high-dose arm", "low-dose arm", "placebo arm"], False, 0.09, "="),
       C("exclusive breastfeeding at discharge", [84, 86, 88], "%", "proportion", "exclusive breastfeeding at discharge",
         ["high dose", "low dose", "placebo"], False, 0.71, "="),
       C("mean milk hydrocodone, 5 mg vs 10 mg", [16.4, 33.9], "ug/L", "concentration", "mean milk hydrocodone",
         ["5 mg dosing", "10 mg dosing"], True, 0.002, "="),
       C("milk norhydrocodone, 5 mg vs 10 mg", [5.8, 11.6], "ug/L", "concentration", "norhydrocodone in milk",
         ["5 mg dosing", "10 mg dosing"], None),
       C("milk/plasma ratio by dose", [2.1, 2.3], "{ratio}", "milk_plasma_ratio", "milk/plasma ratio",
         ["low-dose group", "high-dose group"], False),
       C("relative infant dose by dose", [2.4, 2.6], "%", "relative_infant_dose", "estimated relative infant dose",
         ["low dose", "high dose"], False)],
      []),
]})

# ---------------------------------------------------------------- ai02
DOCS.append({"doc": "ai02_brexanolone_news.md", "statements": [
    S("A 60-hour intravenous infusion of brexanolone led to remission of postpartum depression",
      "brexanolone", "intravenous",
      [P(138, "138 women within six months of delivery", "total", "mother"),
       P(70, "70 were assigned to brexanolone", "exposed", "mother"),
       P(68, "68 to a placebo infusion", "control", "mother"),
       P(12, "Twelve lactating women", "exposed", "mother"),
       P(5, "5 women whose rate was held at 60 mcg/kg per hour", "exposed", "mother")],
      [D(90, "ug/kg", "titrated up to 90 mcg/kg per hour", frequency="per hour", duration="60-hour infusion"),
       D(60, "ug/kg", "60 mcg/kg per hour", frequency="per hour")],
      [M(51, "%", "proportion", "remission at the end of the infusion", group="brexanolone", dose=0, pop=1),
       M(27, "%", "proportion", "remission at the end of the infusion", group="placebo group", pop=2),
       M(36, "h", "other", "median time to a first response", stat="median", group="brexanolone", dose=0, pop=1),
       M(60, "h", "other", "median time to a first response", stat="median", group="placebo", pop=2),
       M(62, "%", "proportion", "response rate at day 30", group="brexanolone", dose=0, pop=1),
       M(55, "%", "proportion", "response rate at day 30", group="placebo", pop=2),
       M(4, "%", "proportion", "infusion paused for excessive sedation", group="treated women", dose=0, pop=1),
       M(78, "%", "proportion", "still nursing at day 30", group="brexanolone group", dose=0, pop=1),
       M(80, "%", "proportion", "still nursing at day 30", group="placebo group", pop=2),
       M(48, "ng/mL", "concentration", "peak milk brexanolone", "milk", stat="mean", group="full rate", dose=0),
       M(31, "ng/mL", "concentration", "peak milk brexanolone", "milk", stat="mean", group="rate held at 60 mcg/kg per hour", dose=1, pop=4),
       M(35, "ng/mL", "concentration", "peak plasma brexanolone", mb, group="reduced-rate women", dose=1, pop=4),
       M(52, "ng/mL", "concentration", "peak plasma brexanolone", mb, group="full rate", dose=0),
       M(1.3, "{ratio}", "milk_plasma_ratio", "milk level relative to plasma level", "milk", q="~", pop=3),
       M(11, "h", "half_life", "brexanolone half-life in milk", "milk", q="~", pop=3),
       M(10, "ng/mL", "concentration", "milk brexanolone", "milk", q="<", timepoint="within 36 hours after the infusion stopped", pop=3),
       M(1.1, "%", "relative_infant_dose", "estimated infant dose, % of maternal weight-adjusted dosage", q="<=", stat="maximum", pop=3)],
      [C("remission at end of infusion", [51, 27], "%", "proportion", "remission at the end of the infusion",
         ["brexanolone", "placebo group"], True, 0.01, "<"),
       C("median time to first response", [36, 60], "h", "other", "median time to a first response",
         ["brexanolone", "placebo"], True, 0.002, "="),
       C("response rate at day 30", [62, 55], "%", "proportion", "response rates by day 30",
         ["brexanolone", "placebo"], False, 0.36, "="),
       C("still nursing at day 30", [78, 80], "%", "proportion", "still nursing at day 30",
         ["brexanolone group", "placebo group"], False),
       C("peak milk brexanolone by infusion rate", [48, 31], "ng/mL", "concentration", "peak milk brexanolone",
         ["full rate of 90 mcg/kg per hour", "rate held at 60 mcg/kg per hour"], None),
       C("peak plasma brexanolone by infusion rate", [35, 52], "ng/mL", "concentration", "peak plasma levels",
         ["reduced-rate women", "full rate"], None)],
      []),
]})

# ---------------------------------------------------------------- ai03
DOCS.append({"doc": "ai03_brivaracetam_druginfo.html", "statements": [
    S("A prospective cohort from four epilepsy centres followed 46 breastfeeding mothers",
      "brivaracetam", None,
      [P(46, "46 breastfeeding mothers taking brivaracetam alone", "exposed", "mother"),
       P(21, "21 breastfeeding mothers taking brivaracetam with at least one other antiseizure medicine", "exposed", "mother"),
       P(52, "52 breastfeeding mothers with epilepsy who took no antiseizure medicine", "control", "mother"),
       P(14, "14 of the monotherapy mothers", "exposed", "mother"),
       P(9, "9 infants", "exposed", "infant")],
      [D(100, "mg", "median 100 mg per day", stat="median", frequency="per day"),
       D(50, "mg", "range 50 to 200 mg per day", high=200, stat="range", frequency="per day"),
       D(50, "mg", "50 mg twice daily", frequency="twice daily"),
       D(100, "mg", "100 mg twice daily", frequency="twice daily")],
      [M(6.5, "%", "proportion", "infant sedation", group="monotherapy group", dose=0, pop=0),
       M(19, "%", "proportion", "infant sedation", group="polytherapy group", pop=1),
       M(3.8, "%", "proportion", "infant sedation", group="unexposed group", pop=2),
       M(2410, "g", "other", "infant weight gain over the first three months", stat="mean", group="monotherapy", dose=0, pop=0),
       M(2280, "g", "other", "infant weight gain over the first three months", stat="mean", group="polytherapy", pop=1),
       M(2460, "g", "other", "infant weight gain over the first three months", stat="mean", group="unexposed", pop=2),
       M(5, "mo", "other", "breastfeeding duration", stat="median", group="polytherapy", pop=1),
       M(8, "mo", "other", "breastfeeding duration", stat="median", group="unexposed mothers", pop=2),
       M(7.5, "mo", "other", "breastfeeding duration", stat="median", group="monotherapy", dose=0, pop=0),
       M(1.9, "mg/L", "concentration", "milk brivaracetam", "milk", stat="mean", pop=3),
       M(2.2, "mg/L", "concentration", "maternal serum brivaracetam", mb, stat="mean", pop=3),
       M(86, "%", "milk_plasma_ratio", "milk level, % of simultaneous serum level", "milk", q="~", pop=3),
       M(1.4, "mg/L", "concentration", "milk brivaracetam", "milk", stat="mean", group="50 mg twice daily", dose=2),
       M(2.9, "mg/L", "concentration", "milk brivaracetam", "milk", stat="mean", group="100 mg twice daily", dose=3),
       M(0.1, "mg/L", "concentration", "infant serum brivaracetam (undetectable)", ib, q="<", group="most infants", pop=4),
       M(0.35, "mg/L", "concentration", "highest infant serum brivaracetam", ib, stat="maximum", pop=4),
       M(13, "%", "infant_plasma_ratio", "highest infant level, % of corresponding maternal level", ib, q="~", pop=4),
       M(4.8, "%", "relative_infant_dose", "calculated relative infant dose", stat="mean", pop=3),
       M(2.1, "%", "relative_infant_dose", "calculated relative infant dose", high=9.0, stat="range", pop=3)],
      [C("infant sedation, polytherapy vs unexposed", [19, 3.8], "%", "proportion", "infant sedation",
         ["polytherapy", "without exposure"], True, 0.02, "="),
       C("infant sedation, monotherapy vs unexposed", [6.5, 3.8], "%", "proportion", "infant sedation",
         ["monotherapy group", "unexposed infants"], False, 0.61, "="),
       C("weight gain over the first three months", [2410, 2280, 2460], "g", "other", "weight gain over the first three months",
         ["monotherapy group", "polytherapy group", "unexposed group"], False, 0.05, ">"),
       C("median breastfeeding duration, polytherapy vs unexposed", [5, 8], "mo", "other", "median breastfeeding duration",
         ["polytherapy", "unexposed mothers"], True, 0.004, "="),
       C("median breastfeeding duration, monotherapy vs unexposed", [7.5, 8], "mo", "other", "median breastfeeding duration",
         ["monotherapy", "unexposed group"], False),
       C("milk brivaracetam by dose", [1.4, 2.9], "mg/L", "concentration", "milk brivaracetam levels",
         ["50 mg twice daily", "100 mg twice daily"], True, 0.001, "<")],
      [1]),
    S("A mother taking 150 mg of brivaracetam daily had a milk level of 4.1 mg/L",
      "brivaracetam", None, [],
      [D(150, "mg", "150 mg of brivaracetam daily", frequency="daily")],
      [M(4.1, "mg/L", "concentration", "milk brivaracetam", "milk", timepoint="three hours after her morning dose", dose=0),
       M(0.2, "mg/L", "concentration", "infant serum brivaracetam", ib, timepoint="6 weeks of age", dose=0)],
      [], [2]),
]})

# ---------------------------------------------------------------- ai04
DOCS.append({"doc": "ai04_moclobemide_lactmed.txt", "statements": [
    S("Six women who were 3 to 8 months postpartum took a single oral dose of moclobemide 300 mg",
      "moclobemide", "oral",
      [P(6, "Six women who were 3 to 8 months postpartum", "exposed", "mother")],
      [D(300, "mg", "a single oral dose of moclobemide 300 mg")],
      [M(1.2, "mg/L", "concentration", "peak milk moclobemide", "milk", stat="mean", timepoint="3 hours after the dose", dose=0, pop=0),
       M(3.4, "mg/L", "concentration", "simultaneous maternal plasma moclobemide", mb, stat="mean", timepoint="3 hours after the dose", dose=0, pop=0),
       M(0.72, "{ratio}", "milk_plasma_ratio", "milk/plasma ratio (AUC)", "milk", dose=0, pop=0),
       M(0.31, "mg/L", "concentration", "peak milk N-oxide metabolite", "milk", "moclobemide n-oxide", stat="mean", dose=0, pop=0),
       M(1.6, "h", "half_life", "moclobemide half-life in milk", "milk", dose=0, pop=0),
       M(0.9, "%", "relative_infant_dose", "estimated infant dose, % of maternal weight-adjusted dosage", dose=0, pop=0)],
      [], [1]),
    S("A woman was taking moclobemide 150 mg twice daily for depression",
      "moclobemide", None, [],
      [D(150, "mg", "moclobemide 150 mg twice daily", frequency="twice daily")],
      [M(0.45, "mg/L", "concentration", "milk moclobemide", "milk", timepoint="just before a dose", dose=0),
       M(2.3, "mg/L", "concentration", "milk moclobemide", "milk", timepoint="2 hours after the dose", dose=0),
       M(58, "%", "milk_plasma_ratio", "milk level, % of simultaneous serum level", "milk", timepoint="2 hours after the dose", dose=0)],
      [], [2]),
    S("Eight mothers took moclobemide either 300 mg daily (n = 5) or 600 mg daily",
      "moclobemide", None,
      [P(8, "Eight mothers", "total", "mother"),
       P(5, "300 mg daily (n = 5)", "exposed", "mother"),
       P(3, "600 mg daily (n = 3)", "exposed", "mother")],
      [D(300, "mg", "300 mg daily", frequency="daily"),
       D(600, "mg", "600 mg daily", frequency="daily")],
      [M(0.8, "mg/L", "concentration", "milk moclobemide", "milk", stat="mean", group="300 mg daily", dose=0, pop=1),
       M(1.9, "mg/L", "concentration", "milk moclobemide", "milk", stat="mean", group="600 mg daily", dose=1, pop=2)],
      [C("average milk moclobemide by dose", [0.8, 1.9], "mg/L", "concentration", "average milk levels",
         ["300 mg daily", "600 mg daily"], None)],
      [3]),
    S("In 4 breastfed infants whose mothers took 300 mg daily, moclobemide was undetectable",
      "moclobemide", None,
      [P(4, "4 breastfed infants whose mothers took 300 mg daily", "exposed", "infant")],
      [D(300, "mg", "300 mg daily", frequency="daily")],
      [M(0.02, "mg/L", "concentration", "infant serum moclobemide (undetectable)", ib, q="<", dose=0, pop=0)],
      [], [3]),
    S("One infant whose mother took 450 mg daily had a serum moclobemide level",
      "moclobemide", None,
      [P(1, "One infant whose mother took 450 mg daily", "exposed", "infant")],
      [D(450, "mg", "450 mg daily", frequency="daily")],
      [M(0.05, "mg/L", "concentration", "infant serum moclobemide", ib, dose=0, pop=0),
       M(3, "%", "infant_plasma_ratio", "infant serum level, % of maternal serum level", ib, dose=0, pop=0)],
      [], [4]),
    S("Nine infants breastfed during maternal moclobemide therapy with 150 to 600 mg daily",
      "moclobemide", None,
      [P(9, "Nine infants breastfed during maternal moclobemide therapy", "exposed", "infant")],
      [D(150, "mg", "150 to 600 mg daily", high=600, stat="range", frequency="daily")],
      [], [], [3, 4]),
    S("In 12 postpartum women with depression, mean serum prolactin was 14.2 ng/mL",
      "moclobemide", None,
      [P(12, "12 postpartum women with depression", "exposed", "mother")],
      [D(300, "mg", "moclobemide 300 mg daily", frequency="daily", duration="4 weeks")],
      [M(14.2, "ng/mL", "concentration", "serum prolactin", mb, "prolactin", stat="mean", timepoint="before therapy", pop=0),
       M(15.1, "ng/mL", "concentration", "serum prolactin", mb, "prolactin", stat="mean", timepoint="after 4 weeks of moclobemide", dose=0, pop=0)],
      [C("serum prolactin before vs after therapy", [14.2, 15.1], "ng/mL", "concentration", "mean serum prolactin",
         ["before therapy", "after 4 weeks of moclobemide"], False)],
      [5]),
]})

# ---------------------------------------------------------------- ai05
DOCS.append({"doc": "ai05_amisulpride_lactmed.md", "statements": [
    S("Two mothers taking oral amisulpride 400 mg daily had milk samples collected at steady state",
      "amisulpride", "oral",
      [P(2, "Two mothers taking oral amisulpride 400 mg daily", "exposed", "mother")],
      [D(400, "mg", "amisulpride 400 mg daily", frequency="daily")],
      [M(3.2, "mg/L", "concentration", "average milk amisulpride (one mother)", "milk", stat="mean", timepoint="steady state", dose=0, pop=0),
       M(4.1, "mg/L", "concentration", "average milk amisulpride (other mother)", "milk", stat="mean", timepoint="steady state", dose=0, pop=0),
       M(11.2, "{ratio}", "milk_plasma_ratio", "milk-to-plasma ratio (one mother)", "milk", dose=0, pop=0),
       M(19.5, "{ratio}", "milk_plasma_ratio", "milk-to-plasma ratio (other mother)", "milk", dose=0, pop=0),
       M(10.7, "%", "relative_infant_dose", "estimated infant dose, % of maternal weight-adjusted dosage", dose=0, pop=0)],
      [], [1]),
    S("A woman taking amisulpride 200 mg twice daily had a milk level of 6.1 mg/L",
      "amisulpride", None, [],
      [D(200, "mg", "amisulpride 200 mg twice daily", frequency="twice daily")],
      [M(6.1, "mg/L", "concentration", "milk amisulpride", "milk", timepoint="2 hours after a dose", dose=0),
       M(0.29, "mg/L", "concentration", "maternal serum amisulpride", mb, timepoint="2 hours after a dose", dose=0),
       M(14, "h", "half_life", "amisulpride half-life in milk", "milk", dose=0),
       M(5.4, "%", "relative_infant_dose", "relative infant dose", dose=0)],
      [], [2]),
    S("The breastfed infant of the mother in the previous report had a serum amisulpride level",
      "amisulpride", None, [], [],
      [M(9, "ug/L", "concentration", "infant serum amisulpride", ib, timepoint="6 weeks of age"),
       M(3.1, "%", "infant_plasma_ratio", "infant serum level, % of maternal serum level", ib, q="~")],
      [], [2]),
    S("Serum amisulpride was undetectable (<1 mcg/L) in 3 breastfed infants",
      "amisulpride", None,
      [P(3, "3 breastfed infants whose mothers took 200 to 400 mg daily", "exposed", "infant")],
      [D(200, "mg", "200 to 400 mg daily", high=400, stat="range", frequency="daily")],
      [M(1, "ug/L", "concentration", "infant serum amisulpride (undetectable)", ib, q="<", dose=0, pop=0)],
      [], [3]),
    S("The 3 infants in the previous study were developing normally",
      "amisulpride", None,
      [P(3, "The 3 infants in the previous study", "exposed", "infant")], [], [], [], [3]),
    S("In 15 women taking amisulpride for schizophrenia at a mean dose of 380 mg daily",
      "amisulpride", None,
      [P(15, "15 women taking amisulpride for schizophrenia", "exposed", "other"),
       P(15, "15 healthy controls", "control", "other")],
      [D(380, "mg", "a mean dose of 380 mg daily", stat="mean", frequency="daily")],
      [M(142, "ng/mL", "concentration", "serum prolactin", mb, "prolactin", stat="mean", group="women taking amisulpride", dose=0, pop=0),
       M(18, "ng/mL", "concentration", "serum prolactin", mb, "prolactin", group="healthy controls", pop=1),
       M(40, "%", "proportion", "galactorrhea", group="treated women", dose=0, pop=0)],
      [C("serum prolactin, treated vs healthy controls", [142, 18], "ng/mL", "concentration", "serum prolactin",
         ["women taking amisulpride for schizophrenia", "healthy controls"], True, 0.0001, "<")],
      [4]),
    S("In a randomized trial, 40 mothers of preterm infants received amisulpride 50 mg daily or placebo",
      "amisulpride", None,
      [P(40, "40 mothers of preterm infants", "total", "mother")],
      [D(50, "mg", "amisulpride 50 mg daily", frequency="daily", duration="10 days")],
      [M(410, "mL", "milk_volume", "mean daily milk output on day 10", stat="mean", group="amisulpride group", timepoint="day 10", dose=0),
       M(295, "mL", "milk_volume", "mean daily milk output on day 10", stat="mean", group="placebo group", timepoint="day 10"),
       M(35, "ng/mL", "concentration", "serum prolactin", mb, "prolactin", group="amisulpride group", timepoint="baseline"),
       M(118, "ng/mL", "concentration", "serum prolactin", mb, "prolactin", group="amisulpride group", timepoint="day 10", dose=0)],
      [C("daily milk output on day 10, amisulpride vs placebo", [410, 295], "mL", "milk_volume", "mean daily milk output on day 10",
         ["amisulpride group", "placebo group"], True, 0.01, "="),
       C("serum prolactin, baseline vs day 10", [35, 118], "ng/mL", "concentration", "serum prolactin",
         ["before (baseline)", "after (day 10)"], None)],
      [5]),
]})

# ---------------------------------------------------------------- ai06
DOCS.append({"doc": "ai06_sulfasalazine_lactmed.txt", "statements": [
    S("In 8 nursing mothers taking sulfasalazine 2 g daily, sulfasalazine itself was barely detectable",
      "sulfasalazine", None,
      [P(8, "8 nursing mothers taking sulfasalazine 2 g daily", "exposed", "mother")],
      [D(2, "g", "sulfasalazine 2 g daily", frequency="daily")],
      [M(0.3, "mg/L", "concentration", "milk sulfasalazine", "milk", stat="mean", dose=0, pop=0),
       M(5.3, "mg/L", "concentration", "milk sulfapyridine", "milk", "sulfapyridine", stat="mean", dose=0, pop=0),
       M(13.1, "mg/L", "concentration", "maternal serum sulfapyridine", mb, "sulfapyridine", stat="mean", dose=0, pop=0),
       M(40, "%", "milk_plasma_ratio", "milk sulfapyridine, % of simultaneous serum level", "milk", "sulfapyridine", dose=0, pop=0)],
      [], [1]),
    S("One mother taking sulfasalazine 3 g daily had 5-aminosalicylic acid in milk",
      "sulfasalazine", None,
      [P(1, "One mother taking sulfasalazine 3 g daily", "exposed", "mother")],
      [D(3, "g", "sulfasalazine 3 g daily", frequency="daily")],
      [M(0.1, "mg/L", "concentration", "milk 5-aminosalicylic acid", "milk", "5-aminosalicylic acid", dose=0, pop=0),
       M(12.4, "mg/L", "concentration", "milk acetyl-5-aminosalicylic acid", "milk", "acetyl-5-aminosalicylic acid", dose=0, pop=0),
       M(10.4, "h", "half_life", "sulfapyridine half-life in milk", "milk", "sulfapyridine", dose=0, pop=0)],
      [], [2]),
    S("Among 12 women taking 1.5 to 3 g daily, milk sulfapyridine averaged",
      "sulfasalazine", None,
      [P(12, "12 women taking 1.5 to 3 g daily", "exposed", "mother")],
      [D(1.5, "g", "1.5 to 3 g daily", high=3, stat="range", frequency="daily")],
      [M(8.2, "mg/L", "concentration", "milk sulfapyridine", "milk", "sulfapyridine", stat="mean", group="slow acetylators", dose=0),
       M(3.9, "mg/L", "concentration", "milk sulfapyridine", "milk", "sulfapyridine", stat="mean", group="fast acetylators", dose=0)],
      [C("milk sulfapyridine by acetylator phenotype", [8.2, 3.9], "mg/L", "concentration", "milk sulfapyridine",
         ["slow acetylators", "fast acetylators"], None)],
      [3]),
    S("In 5 breastfed infants of mothers taking 2 g daily, sulfapyridine was found in serum",
      "sulfasalazine", None,
      [P(5, "5 breastfed infants of mothers taking 2 g daily", "exposed", "infant")],
      [D(2, "g", "2 g daily", frequency="daily")],
      [M(2.8, "mg/L", "concentration", "infant serum sulfapyridine", ib, "sulfapyridine", stat="mean", dose=0, pop=0),
       M(30, "%", "infant_plasma_ratio", "infant serum sulfapyridine, % of maternal serum level", ib, "sulfapyridine", q="~", dose=0, pop=0),
       M(0.2, "mg/L", "concentration", "infant serum sulfasalazine (undetectable)", ib, q="<", dose=0, pop=0)],
      [], [1]),
    S("A 3-month-old exclusively breastfed infant developed bloody diarrhea",
      "sulfasalazine", None, [],
      [D(3, "g", "sulfasalazine 3 g daily", frequency="daily")],
      [M(4.6, "mg/L", "concentration", "infant serum sulfapyridine", ib, "sulfapyridine", dose=0)],
      [], [4]),
    S("In a telephone follow-up of 38 infants breastfed during maternal sulfasalazine therapy",
      "sulfasalazine", None,
      [P(38, "38 infants breastfed during maternal sulfasalazine therapy", "exposed", "infant"),
       P(64, "64 breastfed infants whose mothers took no aminosalicylate drugs", "control", "infant")],
      [],
      [M(10.5, "%", "proportion", "infants with diarrhea", group="sulfasalazine-exposed infants", pop=0),
       M(4.7, "%", "proportion", "infants with diarrhea", group="unexposed infants", pop=1)],
      [C("diarrhea, exposed vs unexposed infants", [10.5, 4.7], "%", "proportion", "diarrhea reported",
         ["infants breastfed during maternal sulfasalazine therapy", "infants whose mothers took no aminosalicylate drugs"],
         False, 0.42, "=")],
      [5]),
    S("Total serum bilirubin averaged 6.2 mg/dL in 5 exposed neonates",
      "sulfasalazine", None,
      [P(5, "5 exposed neonates", "exposed", "infant"),
       P(5, "5 unexposed neonates", "control", "infant")],
      [],
      [M(6.2, "mg/dL", "concentration", "total serum bilirubin", ib, "bilirubin", stat="mean", group="exposed neonates", timepoint="day 4", pop=0),
       M(6.0, "mg/dL", "concentration", "total serum bilirubin", ib, "bilirubin", stat="mean", group="unexposed neonates", timepoint="day 4", pop=1)],
      [C("total serum bilirubin, exposed vs unexposed neonates", [6.2, 6.0], "mg/dL", "concentration", "total serum bilirubin",
         ["exposed neonates", "unexposed neonates"], False)],
      [6]),
]})

with open(OUT, "w", encoding="utf-8") as f:
    for d in DOCS:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print("wrote", os.path.normpath(OUT), len(DOCS), "documents")
