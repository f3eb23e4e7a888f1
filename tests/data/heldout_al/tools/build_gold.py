#!/usr/bin/env python3
"""Gold annotations for the held-out corpus 'al' (FORMAT.md version 2).

Running this script writes ../gold.jsonl (one JSON line per document in texts/).
Everything in the texts is invented (see README.md).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "gold.jsonl")


# ---------------------------------------------------------------- helpers
def P(n, text, who, role="exposed"):
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
    m.update({"kind": kind, "matrix": matrix, "analyte": analyte,
              "dose": dose, "population": pop})
    return m


def C(values, unit, kind, outcome, arms, significant=None, p=None, pq=None, measure=None):
    return {"measure": measure or outcome, "values": values, "unit": unit, "kind": kind,
            "outcome": outcome, "arms": arms, "significant": significant,
            "p_value": p, "p_qualifier": pq}


def S(anchor, kind, drug, route, pops=(), doses=(), meas=(), comps=(), cites=()):
    return {"anchor": anchor, "kind": kind, "drug": drug, "route": route,
            "populations": list(pops), "doses": list(doses),
            "measurements": list(meas), "comparisons": list(comps),
            "citations": list(cites)}


RID_MAT = "estimated infant dose, % of maternal weight-adjusted dosage"

DOCS = []

# ======================================================= al01 desloratadine
DOCS.append(("al01_desloratadine_lactmed.txt", [
    S("maternal doses of 5 mg daily produce low levels in milk", "recommendation",
      "desloratadine", None,
      doses=[D(5, "mg", "maternal doses of 5 mg daily", frequency="per day")]),

    S("Eight nursing mothers who were 1 to 6 months postpartum took desloratadine 5 mg by mouth",
      "study", "desloratadine", "oral",
      pops=[P(8, "Eight nursing mothers who were 1 to 6 months postpartum", "mother")],
      doses=[D(5, "mg", "desloratadine 5 mg by mouth once daily for 7 days",
               frequency="once daily", duration="for 7 days")],
      meas=[
          M(4.6, "ug/L", "concentration", "peak milk desloratadine", "milk", stat="mean",
            timepoint="about 3 hours after the dose", dose=0, pop=0),
          M(2.9, "ug/L", "concentration", "peak milk desloratadine", "milk", value_high=7.1,
            stat="range", dose=0, pop=0),
          M(2.2, "ug/L", "concentration", "peak milk 3-hydroxydesloratadine", "milk",
            analyte="3-hydroxydesloratadine", stat="mean", dose=0, pop=0),
          M(0.41, "{ratio}", "milk_plasma_ratio", "milk/plasma ratio (AUC) of desloratadine",
            "milk", dose=0, pop=0),
          M(0.28, "{ratio}", "milk_plasma_ratio", "milk/plasma ratio (AUC) of the metabolite",
            "milk", analyte="3-hydroxydesloratadine", dose=0, pop=0),
          M(0.69, "ug/kg", "infant_dose",
            "estimated infant dose of desloratadine plus 3-hydroxydesloratadine per day",
            analyte="desloratadine plus 3-hydroxydesloratadine", dose=0, pop=0),
          M(0.9, "%", "relative_infant_dose", RID_MAT,
            analyte="desloratadine plus 3-hydroxydesloratadine", dose=0, pop=0),
      ],
      cites=[3]),

    S("Six women who were weaning their infants took a single oral 10 mg dose of desloratadine",
      "study", "desloratadine", "oral",
      pops=[P(6, "Six women who were weaning their infants", "mother")],
      doses=[D(10, "mg", "a single oral 10 mg dose"),
             D(5, "mg", "the usual 5 mg once daily", frequency="once daily")],
      meas=[
          M(40, "%", "milk_plasma_ratio", "milk level, % of simultaneous serum level", "milk",
            qualifier="~", dose=0, pop=0),
          M(21, "h", "half_life", "desloratadine half-life in milk", "milk", dose=0, pop=0),
          M(3.4, "ug", "amount_excreted", "desloratadine recovered in milk over 48 hours",
            timepoint="over 48 hours", dose=0, pop=0),
          M(1.9, "ug", "amount_excreted", "3-hydroxydesloratadine recovered in milk over 48 hours",
            analyte="3-hydroxydesloratadine", timepoint="over 48 hours", dose=0, pop=0),
          M(0.05, "%", "amount_excreted", "amount recovered in milk, % of the administered dose",
            analyte="desloratadine and 3-hydroxydesloratadine", dose=0, pop=0),
          M(1.1, "%", "relative_infant_dose",
            "expected infant intake with 5 mg daily, % of maternal weight-adjusted dosage",
            qualifier="~", dose=1, pop=None),
      ],
      cites=[4]),

    S("Seven breastfed infants aged 3 to 20 weeks whose mothers were taking desloratadine 5 mg daily",
      "study", "desloratadine", None,
      pops=[P(7, "Seven breastfed infants aged 3 to 20 weeks", "infant"),
            P(5, "5 of the infants", "infant"),
            P(2, "the other 2", "infant")],
      doses=[D(5, "mg", "desloratadine 5 mg daily", frequency="per day")],
      meas=[
          M(0.5, "ug/L", "concentration", "infant serum desloratadine (undetectable)",
            "infant_blood", qualifier="<", dose=0, pop=1),
          M(0.6, "ug/L", "concentration", "infant serum desloratadine", "infant_blood",
            dose=0, pop=2),
          M(0.8, "ug/L", "concentration", "infant serum desloratadine", "infant_blood",
            dose=0, pop=2),
          M(2, "%", "infant_plasma_ratio", "infant serum level, % of maternal serum level",
            "infant_blood", dose=0, pop=2),
          M(3, "%", "infant_plasma_ratio", "infant serum level, % of maternal serum level",
            "infant_blood", dose=0, pop=2),
      ],
      cites=[5]),

    S("A mother took desloratadine 5 mg daily throughout pregnancy", "study", "desloratadine", None,
      doses=[D(5, "mg", "desloratadine 5 mg daily", frequency="per day",
               duration="throughout pregnancy and while breastfeeding")],
      meas=[
          M(1.9, "ug/L", "concentration", "cord blood desloratadine", "cord_blood",
            timepoint="at delivery", dose=0),
          M(0.3, "ug/L", "concentration", "infant serum desloratadine", "infant_blood",
            timepoint="at 10 days of age", dose=0),
          M(0.2, "ug/L", "concentration", "infant serum 3-hydroxydesloratadine (not detectable)",
            "infant_blood", analyte="3-hydroxydesloratadine", qualifier="<",
            timepoint="at 10 days of age", dose=0),
      ],
      cites=[6]),

    S("A prospective cohort study followed 44 mother-infant pairs", "study", "desloratadine", None,
      pops=[P(44, "44 mother-infant pairs in which the mother took desloratadine 5 mg daily while nursing", "pair"),
            P(52, "52 pairs in which the mother took no medication", "pair", role="control"),
            P(3, "3 of 44 (6.8%) exposed infants", "infant"),
            P(2, "2 of 52 (3.8%) unexposed infants", "infant", role="control")],
      doses=[D(5, "mg", "desloratadine 5 mg daily", frequency="per day")],
      meas=[
          M(6.8, "%", "proportion", "infants with mild drowsiness", group="exposed infants",
            dose=0, pop=0),
          M(3.8, "%", "proportion", "infants with mild drowsiness", group="unexposed infants",
            dose=None, pop=1),
      ],
      comps=[C([6.8, 3.8], "%", "proportion", "mild drowsiness",
               ["exposed infants", "unexposed infants"], False, 0.66, "=")],
      cites=[7]),

    S("Serum prolactin was measured in 12 breastfeeding women before and after 5 days", "study",
      "desloratadine", None,
      pops=[P(12, "12 breastfeeding women", "mother")],
      doses=[D(5, "mg", "desloratadine 5 mg daily", frequency="per day", duration="5 days")],
      meas=[
          M(148, "ng/mL", "concentration", "serum prolactin", "maternal_blood", analyte="prolactin",
            stat="mean", group="before", dose=None, pop=0),
          M(131, "ng/mL", "concentration", "serum prolactin", "maternal_blood", analyte="prolactin",
            stat="mean", group="after 5 days", dose=0, pop=0),
          M(11, "%", "change", "decline in mean serum prolactin", analyte="prolactin", dose=0, pop=0),
      ],
      comps=[C([148, 131], "ng/mL", "concentration", "serum prolactin", ["before", "after"], False)],
      cites=[8]),
]))

# ======================================================= al02 diltiazem
DOCS.append(("al02_diltiazem_lactmed.md", [
    S("maternal doses of up to 240 mg daily would not be expected to cause", "recommendation",
      "diltiazem", None,
      doses=[D(240, "mg", "maternal doses of up to 240 mg daily", stat="maximum", frequency="per day")]),

    S("A woman who was 4 weeks postpartum was taking diltiazem 60 mg by mouth four times daily",
      "study", "diltiazem", "oral",
      doses=[D(60, "mg", "diltiazem 60 mg by mouth four times daily", frequency="four times daily")],
      meas=[
          M(196, "ug/L", "concentration", "peak milk diltiazem", "milk", timepoint="2 hours after a dose",
            dose=0),
          M(198, "ug/L", "concentration", "serum diltiazem at the milk peak", "maternal_blood",
            timepoint="2 hours after a dose", dose=0),
          M(31, "ug/L", "concentration", "peak milk desacetyldiltiazem", "milk",
            analyte="desacetyldiltiazem", dose=0),
      ],
      cites=[1]),

    S("Fourteen mothers who were taking sustained-release diltiazem once daily", "study",
      "diltiazem", None,
      pops=[P(14, "Fourteen mothers who were taking sustained-release diltiazem once daily", "mother",
              role="total"),
            P(8, "Eight women", "mother"),
            P(6, "6 took 180 mg", "mother")],
      doses=[D(120, "mg", "120 mg", frequency="once daily"),
             D(180, "mg", "180 mg", frequency="once daily")],
      meas=[
          M(38, "ug/L", "concentration", "milk diltiazem over the dosing interval", "milk",
            stat="median", group="lower dose (120 mg)", dose=0, pop=1),
          M(71, "ug/L", "concentration", "milk diltiazem over the dosing interval", "milk",
            stat="median", group="higher dose (180 mg)", dose=1, pop=2),
          M(0.92, "{ratio}", "milk_plasma_ratio", "milk-to-plasma ratio, overall", "milk",
            stat="mean", dose=None, pop=0),
          M(0.6, "%", "relative_infant_dose", "relative infant dose, % of weight-adjusted maternal dose",
            group="lower dose (120 mg)", dose=0, pop=1),
          M(0.8, "%", "relative_infant_dose", "relative infant dose, % of weight-adjusted maternal dose",
            group="higher dose (180 mg)", dose=1, pop=2),
      ],
      comps=[
          C([38, 71], "ug/L", "concentration", "median milk diltiazem over the dosing interval",
            ["lower dose (120 mg)", "higher dose (180 mg)"], True, 0.02, "="),
          C([0.6, 0.8], "%", "relative_infant_dose", "relative infant dose",
            ["lower dose (120 mg)", "higher dose (180 mg)"], None),
      ],
      cites=[2, 3]),

    S("After a single 90 mg oral dose given to 5 lactating volunteers who were not nursing",
      "study", "diltiazem", "oral",
      pops=[P(5, "5 lactating volunteers who were not nursing", "mother")],
      doses=[D(90, "mg", "a single 90 mg oral dose")],
      meas=[
          M(5.8, "h", "half_life", "diltiazem half-life in milk", "milk", stat="mean", dose=0, pop=0),
          M(4.9, "h", "half_life", "diltiazem half-life in plasma", "maternal_blood", stat="mean",
            dose=0, pop=0),
          M(1.1, "{ratio}", "milk_plasma_ratio", "milk/plasma AUC ratio", "milk", dose=0, pop=0),
          M(21, "ug", "amount_excreted", "diltiazem and metabolites excreted in milk over 24 hours",
            analyte="diltiazem and its two metabolites", stat="mean",
            timepoint="over the 24 hours after the dose", dose=0, pop=0),
          M(164, "ug/L", "concentration", "highest milk diltiazem", "milk", stat="maximum",
            dose=0, pop=0),
          M(25, "ug/kg", "infant_dose", "estimated infant diltiazem dose per day", qualifier="~",
            dose=0, pop=0),
          M(1.3, "%", "relative_infant_dose", RID_MAT, qualifier="~", dose=0, pop=0),
      ],
      cites=[4]),

    S("Three exclusively breastfed infants whose mothers were taking diltiazem 180 to 360 mg daily",
      "study", "diltiazem", None,
      pops=[P(3, "Three exclusively breastfed infants", "infant"),
            P(2, "2 of them", "infant")],
      doses=[D(180, "mg", "diltiazem 180 to 360 mg daily", amount_high=360, frequency="per day")],
      meas=[
          M(1, "ug/L", "concentration", "infant serum diltiazem (below assay limit)", "infant_blood",
            qualifier="<", dose=0, pop=1),
          M(1.4, "ug/L", "concentration", "infant serum diltiazem", "infant_blood",
            group="infant of the mother taking the highest dosage", dose=0, pop=None),
          M(1, "%", "infant_plasma_ratio", "infant serum level, % of maternal serum level",
            "infant_blood", qualifier="~", group="infant of the mother taking the highest dosage",
            dose=0, pop=None),
      ],
      cites=[3]),

    S("In a pregnancy and lactation registry, 31 breastfed infants were followed", "study",
      "diltiazem", None,
      pops=[P(31, "31 breastfed infants", "infant"),
            P(2, "Two infants", "infant"),
            P(64, "64 infants of mothers with untreated or diet-controlled hypertension", "infant",
              role="control")],
      doses=[D(180, "mg", "median dose 180 mg daily", stat="median", frequency="per day"),
             D(90, "mg", "range 90 to 360 mg", amount_high=360, stat="range", frequency="per day")],
      meas=[
          M(212, "g", "other", "mean weight gain per week over the first 8 weeks", stat="mean",
            group="exposed infants", dose=0, pop=0),
          M(205, "g", "other", "mean weight gain per week over the first 8 weeks", stat="mean",
            group="infants of mothers with untreated or diet-controlled hypertension",
            dose=None, pop=2),
      ],
      comps=[C([212, 205], "g", "other", "mean weight gain over the first 8 weeks",
               ["exposed infants", "infants of mothers with untreated or diet-controlled hypertension"],
               False, 0.48, "=")],
      cites=[5]),

    S("Milk production was assessed by 24-hour test weighing in 9 mothers of term infants", "study",
      "diltiazem", None,
      pops=[P(9, "9 mothers of term infants", "mother")],
      doses=[D(120, "mg", "120 mg daily", frequency="per day", duration="2 weeks")],
      meas=[
          M(690, "mL", "milk_volume", "milk output per day by test weighing", stat="mean",
            group="baseline", dose=None, pop=0),
          M(715, "mL", "milk_volume", "milk output per day by test weighing", stat="mean",
            group="on treatment", dose=0, pop=0),
      ],
      comps=[C([690, 715], "mL", "milk_volume", "milk output by 24-hour test weighing",
               ["baseline", "on treatment"], None)],
      cites=[6]),
]))

# ======================================================= al03 cefprozil
DOCS.append(("al03_cefprozil_lactmed.html", [
    S("maternal cefprozil doses of up to 1 gram daily produce low levels in milk", "recommendation",
      "cefprozil", None,
      doses=[D(1, "g", "maternal cefprozil doses of up to 1 gram daily", stat="maximum",
               frequency="per day")],
      meas=[M(0.5, "%", "relative_infant_dose", "infant intake, % of a usual infant dosage",
              qualifier="<", dose=0)]),

    S("Nine healthy lactating women received a single oral dose of 1 gram of cefprozil", "study",
      "cefprozil", "oral",
      pops=[P(9, "Nine healthy lactating women", "mother")],
      doses=[D(1, "g", "a single oral dose of 1 gram of cefprozil")],
      meas=[
          M(3.4, "mg/L", "concentration", "peak milk cefprozil", "milk", stat="mean",
            timepoint="about 6 hours after the dose", dose=0, pop=0),
          M(1.2, "mg/L", "concentration", "milk cefprozil", "milk", stat="mean",
            timepoint="24 hours after the dose", dose=0, pop=0),
          M(0.05, "{ratio}", "milk_plasma_ratio", "milk/serum ratio", "milk", timepoint="2 hours",
            dose=0, pop=0),
          M(5.7, "{ratio}", "milk_plasma_ratio", "milk/serum ratio", "milk", timepoint="24 hours",
            dose=0, pop=0),
          M(0.3, "%", "amount_excreted", "amount excreted in milk, % of the dose", qualifier="<",
            timepoint="over 24 hours", dose=0, pop=0),
      ],
      cites=[1]),

    S("Twenty-eight women with lactational mastitis were treated with cefprozil 500 mg orally",
      "study", "cefprozil", "oral",
      pops=[P(28, "Twenty-eight women with lactational mastitis", "mother"),
            P(25, "25 of 28 women", "mother")],
      doses=[D(500, "mg", "cefprozil 500 mg orally every 12 hours for 10 days",
               frequency="every 12 hours", duration="for 10 days"),
             D(30, "mg/kg", "the usual infant dose of 30 mg/kg daily", recipient="infant",
               frequency="per day")],
      meas=[
          M(2.1, "mg/L", "concentration", "milk cis-cefprozil", "milk", analyte="cis-cefprozil",
            stat="mean", timepoint="4 hours after the fifth dose", dose=0, pop=0),
          M(0.23, "mg/L", "concentration", "milk trans-cefprozil", "milk", analyte="trans-cefprozil",
            stat="mean", timepoint="4 hours after the fifth dose", dose=0, pop=0),
          M(0.35, "mg/kg", "infant_dose", "calculated infant cefprozil dosage per day", dose=0, pop=0),
          M(1.2, "%", "relative_infant_dose", "infant dosage, % of the usual infant dose",
            qualifier="~", dose=0, pop=0),
          M(89, "%", "proportion", "women with clinical cure by day 10", dose=0, pop=0),
      ],
      cites=[2]),

    S("Six mothers who were 2 to 5 days postpartum were given cefprozil 250 mg every 12 hours",
      "study", "cefprozil", None,
      pops=[P(6, "Six mothers who were 2 to 5 days postpartum", "mother"),
            P(2, "2 women", "mother")],
      doses=[D(250, "mg", "cefprozil 250 mg every 12 hours", frequency="every 12 hours")],
      meas=[
          M(0.9, "mg/L", "concentration", "colostrum cefprozil", "milk", stat="median",
            timepoint="3 hours after the third dose", dose=0, pop=0),
          M(0.4, "mg/L", "concentration", "colostrum cefprozil", "milk", value_high=1.6,
            stat="range", timepoint="3 hours after the third dose", dose=0, pop=0),
          M(0.1, "mg/L", "concentration", "milk cefprozil (not detected)", "milk", qualifier="<",
            timepoint="just before the next dose", dose=0, pop=1),
      ],
      cites=[3]),

    S("Serum cefprozil was measured in 11 breastfed infants whose mothers were taking 500 mg twice daily",
      "study", "cefprozil", None,
      pops=[P(11, "11 breastfed infants", "infant"),
            P(8, "8 infants", "infant"),
            P(3, "the remaining 3", "infant")],
      doses=[D(500, "mg", "500 mg twice daily", frequency="twice daily")],
      meas=[
          M(0.05, "mg/L", "concentration", "infant serum cefprozil (below limit of detection)",
            "infant_blood", qualifier="<", timepoint="two hours after a feeding", dose=0, pop=1),
          M(0.09, "mg/L", "concentration", "infant serum cefprozil", "infant_blood", stat="mean",
            timepoint="two hours after a feeding", dose=0, pop=2),
          M(1.5, "%", "infant_plasma_ratio", "infant serum level, % of maternal serum level",
            "infant_blood", qualifier="~", dose=0, pop=2),
      ],
      cites=[4]),

    S("In a matched cohort, 47 infants whose mothers took cefprozil during breastfeeding", "study",
      "cefprozil", None,
      pops=[P(47, "47 infants whose mothers took cefprozil during breastfeeding", "infant"),
            P(47, "47 infants whose mothers took penicillin V", "infant", role="control"),
            P(6, "6 of 47 (13%) cefprozil-exposed infants", "infant"),
            P(2, "2 of 47 (4%) of the comparison infants", "infant", role="control"),
            P(3, "3 cefprozil-exposed infants", "infant"),
            P(1, "1 comparison infant", "infant", role="control")],
      meas=[
          M(13, "%", "proportion", "infants with loose stools", group="cefprozil-exposed infants",
            pop=0),
          M(4, "%", "proportion", "infants with loose stools", group="comparison infants", pop=1),
      ],
      comps=[C([13, 4], "%", "proportion", "loose stools",
               ["cefprozil-exposed infants", "comparison infants"], False, 0.05, ">")],
      cites=[5]),
]))

# ======================================================= al04 buspirone
BUS_ARMS = ["5 mg twice daily", "10 mg twice daily", "15 mg twice daily"]
bus_table = []
for i, (pk, pp, mp, rid) in enumerate([(0.9, 2.4, 0.41, 0.5), (1.7, 4.6, 0.38, 0.6),
                                       (2.8, 6.9, 0.44, 0.7)]):
    g = BUS_ARMS[i]
    bus_table += [
        M(pk, "ng/mL", "concentration", "peak milk buspirone", "milk", stat="mean", group=g,
          dose=i, pop=i + 1),
        M(pp, "ng/mL", "concentration", "average milk 1-PP", "milk", analyte="1-pp", stat="mean",
          group=g, dose=i, pop=i + 1),
        M(mp, "{ratio}", "milk_plasma_ratio", "M/P ratio (buspirone)", "milk", group=g,
          dose=i, pop=i + 1),
        M(rid, "%", "relative_infant_dose", "RID (%)", group=g, dose=i, pop=i + 1),
    ]

DOCS.append(("al04_buspirone_drugpage.html", [
    S("initially 5 mg two or three times daily, increased as needed every 2 to 3 days",
      "recommendation", "buspirone hydrochloride", None,
      doses=[D(5, "mg", "initially 5 mg two or three times daily", frequency="two or three times daily"),
             D(15, "mg", "15 to 30 mg daily in divided doses", amount_high=30, frequency="per day"),
             D(45, "mg", "maximum 45 mg daily", stat="maximum", frequency="per day")]),

    S("Buspirone can be used during breastfeeding where an anxiolytic is needed", "recommendation",
      "buspirone", None,
      meas=[M(0.4, "%", "relative_infant_dose", "relative infant dose (RID)", value_high=0.9)],
      cites=[1]),

    S("Twenty-five lactating women taking buspirone at a stable dose for at least 2 weeks", "study",
      "buspirone", None,
      pops=[P(25, "Twenty-five lactating women taking buspirone at a stable dose", "mother",
              role="total"),
            P(6, "6", "mother"), P(12, "12", "mother"), P(7, "7", "mother")],
      doses=[D(5, "mg", "5 mg twice daily", frequency="twice daily"),
             D(10, "mg", "10 mg twice daily", frequency="twice daily"),
             D(15, "mg", "15 mg twice daily", frequency="twice daily")],
      meas=[M(0.38, "{ratio}", "milk_plasma_ratio", "M/P ratio of buspirone", "milk",
              value_high=0.44, stat="range", dose=None, pop=0)] + bus_table,
      comps=[
          C([0.9, 1.7, 2.8], "ng/mL", "concentration", "peak milk buspirone", BUS_ARMS, True, 0.003, "="),
          C([2.4, 4.6, 6.9], "ng/mL", "concentration", "average milk 1-PP", BUS_ARMS, None),
          C([0.41, 0.38, 0.44], "{ratio}", "milk_plasma_ratio", "M/P ratio (buspirone)", BUS_ARMS,
            False, 0.71, "="),
          C([0.5, 0.6, 0.7], "%", "relative_infant_dose", "relative infant dose", BUS_ARMS, None),
      ],
      cites=[2]),

    S("In a separate series of 9 breastfed infants whose mothers were taking 15 to 30 mg daily",
      "study", "buspirone", None,
      pops=[P(9, "9 breastfed infants", "infant")],
      doses=[D(15, "mg", "15 to 30 mg daily", amount_high=30, frequency="per day")],
      meas=[
          M(0.1, "ng/mL", "concentration", "infant plasma buspirone (below limit of quantification)",
            "infant_blood", qualifier="<", dose=0, pop=0),
          M(0.2, "ng/mL", "concentration", "infant plasma 1-PP (below limit of quantification)",
            "infant_blood", analyte="1-pp", qualifier="<", dose=0, pop=0),
          M(0.6, "ug/kg", "infant_dose", "calculated infant dose per day", stat="maximum",
            dose=0, pop=0),
      ],
      cites=[3]),

    S("Sleep and feeding outcomes were compared between infants breastfed by mothers taking buspirone",
      "study", "buspirone", None,
      pops=[P(18, "infants breastfed by mothers taking buspirone (n = 18)", "infant"),
            P(22, "infants of untreated mothers with anxiety (n = 22)", "infant", role="control")],
      meas=[
          M(14.1, "h", "other", "total sleep per day at 2 months", stat="median", group="buspirone",
            pop=0),
          M(14.4, "h", "other", "total sleep per day at 2 months", stat="median",
            group="untreated mothers with anxiety", pop=1),
          M(11, "%", "proportion", "infants with parent-reported sedation", group="buspirone", pop=0),
          M(5, "%", "proportion", "infants with parent-reported sedation",
            group="untreated mothers with anxiety", pop=1),
      ],
      comps=[
          C([14.1, 14.4], "h", "other", "median total sleep at 2 months",
            ["buspirone", "untreated mothers with anxiety"], False, 0.58, "="),
          C([11, 5], "%", "proportion", "parent-reported sedation",
            ["buspirone", "untreated mothers with anxiety"], False, 0.59, "="),
      ],
      cites=[4]),
]))

# ======================================================= al05 zopiclone
DOCS.append(("al05_zopiclone_casereport.txt", [
    S("We describe 2 mother-infant pairs in whom zopiclone and its N-desmethyl metabolite were measured",
      "study", "zopiclone", "oral",
      pops=[P(2, "2 mother-infant pairs", "pair", role="total")],
      doses=[D(7.5, "mg", "zopiclone 7.5 mg orally at bedtime", frequency="at bedtime",
               duration="from day 12 postpartum for one week"),
             D(15, "mg", "15 mg nightly", frequency="nightly"),
             D(3.75, "mg", "3.75 mg nightly", frequency="nightly")],
      meas=[
          M(58, "ng/mL", "concentration", "maternal serum zopiclone", "maternal_blood",
            group="index case", timepoint="2 hours after the 15 mg dose", dose=1),
          M(19, "ng/mL", "concentration", "maternal serum zopiclone", "maternal_blood",
            group="index case", timepoint="10 hours after the 15 mg dose", dose=1),
          M(31, "ng/mL", "concentration", "milk zopiclone", "milk", group="index case",
            timepoint="2 hours after the dose", dose=1),
          M(11, "ng/mL", "concentration", "milk zopiclone", "milk", group="index case",
            timepoint="10 hours after the dose", dose=1),
          M(0.53, "{ratio}", "milk_plasma_ratio", "milk/serum ratio", "milk", group="index case",
            timepoint="2 hours after the dose", dose=1),
          M(0.58, "{ratio}", "milk_plasma_ratio", "milk/serum ratio", "milk", group="index case",
            timepoint="10 hours after the dose", dose=1),
          M(6.3, "ng/mL", "concentration", "milk N-desmethylzopiclone", "milk",
            analyte="n-desmethylzopiclone", group="index case", timepoint="2 hours after the dose",
            dose=1),
          M(3.9, "ng/mL", "concentration", "infant serum zopiclone", "infant_blood",
            group="index case", timepoint="on admission", dose=1),
          M(13, "%", "infant_plasma_ratio", "infant serum level, % of simultaneous maternal level",
            "infant_blood", qualifier="~", group="index case", timepoint="on admission", dose=1),
          M(1.6, "ng/mL", "concentration", "infant serum zopiclone", "infant_blood",
            group="index case", timepoint="24 hours after breastfeeding was interrupted", dose=1),
          M(0.5, "ng/mL", "concentration", "infant serum zopiclone (below limit of quantification)",
            "infant_blood", qualifier="<", group="index case",
            timepoint="72 hours after breastfeeding was interrupted", dose=1),
          M(1.2, "ng/mL", "concentration", "infant serum N-desmethylzopiclone", "infant_blood",
            analyte="n-desmethylzopiclone", group="index case", timepoint="on admission", dose=1),
          M(3.1, "ug/kg", "infant_dose", "estimated infant zopiclone intake per day",
            group="index case", dose=1),
          M(1.5, "%", "relative_infant_dose", "estimated infant dose, % of maternal weight-adjusted dose",
            group="index case", dose=1),
          M(380, "mL", "milk_volume", "infant daily feed volume", group="index case",
            timepoint="before switching to formula"),
          M(610, "mL", "milk_volume", "infant daily feed volume", group="index case",
            timepoint="after switching to formula"),
          M(61, "%", "change", "increase in infant daily feed volume", group="index case",
            timepoint="after switching to formula"),
          M(5.1, "ng/mL", "concentration", "milk zopiclone", "milk", group="second case",
            timepoint="2 hours after the dose", dose=2),
          M(0.5, "ng/mL", "concentration", "infant serum zopiclone (below limit of quantification)",
            "infant_blood", qualifier="<", group="second case", dose=2),
          M(1.4, "%", "relative_infant_dose", "relative infant dose", group="second case", dose=2),
      ],
      comps=[
          C([380, 610], "mL", "milk_volume", "infant daily feed volume", ["before", "after"], None,
            measure="infant daily feed volume, before vs after switching to formula"),
          C([5.1, 31], "ng/mL", "concentration", "milk zopiclone 2 hours after the dose",
            ["second case", "index case"], None),
          C([1.4, 1.5], "%", "relative_infant_dose", "relative infant dose",
            ["second case", "index case"], False),
      ]),

    S("Zopiclone passes into milk with a milk/serum ratio of roughly 0.5", "recommendation",
      "zopiclone", None,
      doses=[D(7.5, "mg", "no more than 7.5 mg nightly", stat="maximum", frequency="nightly")],
      meas=[M(0.5, "{ratio}", "milk_plasma_ratio", "milk/serum ratio", "milk", qualifier="~")]),
]))

# ======================================================= al06 tofacitinib
DOCS.append(("al06_tofacitinib_review.md", [
    S("Across five small studies, milk/plasma ratios of tofacitinib were close to 1", "recommendation",
      "tofacitinib", None,
      meas=[M(1, "{ratio}", "milk_plasma_ratio", "milk/plasma ratio across studies", "milk",
              qualifier="~"),
            M(2, "%", "relative_infant_dose", "relative infant dose, % of maternal weight-adjusted dose",
              qualifier="~")]),

    S("Seven women with rheumatoid arthritis who were 2 to 7 months postpartum", "study",
      "tofacitinib", None,
      pops=[P(7, "Seven women with rheumatoid arthritis who were 2 to 7 months postpartum", "mother"),
            P(4, "Four of the infants", "infant")],
      doses=[D(5, "mg", "immediate-release tofacitinib 5 mg twice daily", frequency="twice daily")],
      meas=[
          M(0.89, "{ratio}", "milk_plasma_ratio", "milk/plasma AUC ratio", "milk", dose=0, pop=0),
          M(0.71, "{ratio}", "milk_plasma_ratio", "milk/plasma AUC ratio", "milk", value_high=1.12,
            stat="range", dose=0, pop=0),
          M(9.8, "ng/mL", "concentration", "average milk tofacitinib", "milk", stat="mean",
            dose=0, pop=0),
          M(1.9, "%", "relative_infant_dose", "relative infant dose, % of maternal weight-adjusted dose",
            dose=0, pop=0),
          M(0.2, "ng/mL", "concentration", "infant plasma tofacitinib (below limit of quantification)",
            "infant_blood", qualifier="<", dose=0, pop=1),
      ],
      cites=[1]),

    S("In 12 mothers who had been switched to the extended-release tablet, 11 mg once daily",
      "study", "tofacitinib", None,
      pops=[P(12, "12 mothers who had been switched to the extended-release tablet", "mother"),
            P(6, "6 infants", "infant")],
      doses=[D(11, "mg", "11 mg once daily", frequency="once daily")],
      meas=[
          M(0.95, "{ratio}", "milk_plasma_ratio", "milk-to-plasma ratio", "milk", stat="mean",
            dose=0, pop=0),
          M(8.1, "ng/mL", "concentration", "steady-state milk tofacitinib", "milk", stat="median",
            dose=0, pop=0),
          M(2.3, "%", "relative_infant_dose", "relative infant dose (RID)", stat="median",
            dose=0, pop=0),
          M(0.3, "ng/mL", "concentration", "infant plasma tofacitinib", "infant_blood", stat="median",
            dose=0, pop=1),
          M(1, "%", "infant_plasma_ratio", "infant plasma level, % of maternal plasma concentration",
            "infant_blood", qualifier="~", dose=0, pop=1),
      ],
      cites=[2]),

    S("The only head-to-head comparison enrolled 16 lactating women", "study", "tofacitinib", None,
      pops=[P(16, "16 lactating women", "mother", role="total")],
      doses=[D(5, "mg", "immediate-release 5 mg twice daily", frequency="twice daily",
               duration="7 days"),
             D(11, "mg", "extended-release 11 mg once daily", frequency="once daily",
               duration="7 days")],
      meas=[
          M(38.4, "ng/mL", "concentration", "peak milk tofacitinib", "milk", group="immediate release",
            dose=0, pop=0),
          M(29.7, "ng/mL", "concentration", "peak milk tofacitinib", "milk", group="extended release",
            dose=1, pop=0),
          M(2.1, "ng/mL", "concentration", "trough milk tofacitinib", "milk", group="immediate release",
            dose=0, pop=0),
          M(4.6, "ng/mL", "concentration", "trough milk tofacitinib", "milk", group="extended release",
            dose=1, pop=0),
          M(6.1, "ug/kg", "infant_dose", "estimated infant dose per day", group="immediate release",
            dose=0, pop=0),
          M(6.4, "ug/kg", "infant_dose", "estimated infant dose per day", group="extended release",
            dose=1, pop=0),
          M(2.0, "%", "relative_infant_dose", "relative infant dose", group="immediate release",
            dose=0, pop=0),
          M(2.1, "%", "relative_infant_dose", "relative infant dose", group="extended release",
            dose=1, pop=0),
          M(0.91, "{ratio}", "milk_plasma_ratio", "milk/plasma ratio", "milk", group="immediate release",
            dose=0, pop=0),
          M(0.94, "{ratio}", "milk_plasma_ratio", "milk/plasma ratio", "milk", group="extended release",
            dose=1, pop=0),
      ],
      comps=[
          C([38.4, 29.7], "ng/mL", "concentration", "peak milk concentrations",
            ["immediate release", "extended release"], True, 0.004, "="),
          C([2.1, 4.6], "ng/mL", "concentration", "trough milk levels",
            ["immediate release", "extended release"], True, 0.001, "<"),
          C([6.1, 6.4], "ug/kg", "infant_dose", "estimated infant dose per day",
            ["immediate release", "extended release"], False, 0.62, "="),
          C([2.0, 2.1], "%", "relative_infant_dose", "relative infant dose",
            ["immediate release", "extended release"], False),
          C([0.91, 0.94], "{ratio}", "milk_plasma_ratio", "milk/plasma ratio",
            ["immediate release", "extended release"], None),
      ],
      cites=[3]),

    S("A multicentre registry followed 48 infants breastfed during maternal tofacitinib therapy",
      "study", "tofacitinib", None,
      pops=[P(48, "48 infants breastfed during maternal tofacitinib therapy", "infant"),
            P(41, "41 of the mothers", "mother"),
            P(95, "95 breastfed infants of mothers with rheumatic disease who were not receiving a JAK inhibitor",
              "infant", role="control"),
            P(14, "14 of 48 (29%) exposed infants", "infant"),
            P(25, "25 of 95 (26%) comparison infants", "infant", role="control"),
            P(2, "2 exposed infants", "infant")],
      doses=[D(5, "mg", "5 mg twice daily", frequency="twice daily")],
      meas=[
          M(29, "%", "proportion", "infants with at least one infection requiring medical care by 6 months",
            group="exposed infants", pop=0),
          M(26, "%", "proportion", "infants with at least one infection requiring medical care by 6 months",
            group="comparison infants", pop=2),
          M(1.12, "{ratio}", "other", "adjusted odds ratio for infection, exposed vs comparison"),
          M(56, "%", "proportion", "mothers exclusively breastfeeding at 3 months",
            group="tofacitinib group", pop=0),
          M(52, "%", "proportion", "mothers exclusively breastfeeding at 3 months",
            group="comparison group", pop=2),
      ],
      comps=[
          C([29, 26], "%", "proportion", "infection requiring medical care by 6 months",
            ["exposed infants", "comparison infants"], None),
          C([56, 52], "%", "proportion", "exclusive breastfeeding at 3 months",
            ["tofacitinib group", "comparison group"], False),
      ],
      cites=[4]),

    S("A woman with ulcerative colitis took immediate-release tofacitinib 10 mg twice daily", "study",
      "tofacitinib", None,
      doses=[D(10, "mg", "immediate-release tofacitinib 10 mg twice daily", frequency="twice daily",
               duration="throughout the third trimester and after delivery")],
      meas=[
          M(6.2, "ng/mL", "concentration", "cord blood tofacitinib", "cord_blood",
            timepoint="at delivery", dose=0),
          M(14.8, "ng/mL", "concentration", "maternal plasma tofacitinib", "maternal_blood",
            timepoint="at delivery", dose=0),
          M(0.4, "ng/mL", "concentration", "infant plasma tofacitinib", "infant_blood",
            timepoint="at 2 weeks", dose=0),
          M(0.2, "ng/mL", "concentration", "infant plasma tofacitinib (undetectable)", "infant_blood",
            qualifier="<", timepoint="at 6 weeks", dose=0),
          M(17.5, "ng/mL", "concentration", "milk tofacitinib", "milk", stat="mean", dose=0),
          M(1.05, "{ratio}", "milk_plasma_ratio", "milk/plasma ratio", "milk", dose=0),
          M(2.6, "%", "relative_infant_dose", "relative infant dose", dose=0),
      ],
      cites=[5]),

    S("Taken together, the two formulations deliver similar daily amounts of drug to the infant",
      "study", "tofacitinib", None,
      meas=[
          M(2.0, "%", "relative_infant_dose", "pooled relative infant dose", stat="mean",
            group="immediate release"),
          M(2.2, "%", "relative_infant_dose", "pooled relative infant dose", stat="mean",
            group="extended release"),
      ],
      comps=[C([2.0, 2.2], "%", "relative_infant_dose", "pooled mean relative infant dose",
               ["immediate release", "extended release"], False, 0.41, "=")],
      cites=[1, 2, 3]),

    S("the standard regimens of 5 mg twice daily or 11 mg once daily appear compatible with nursing",
      "recommendation", "tofacitinib", None,
      doses=[D(5, "mg", "5 mg twice daily", frequency="twice daily"),
             D(11, "mg", "11 mg once daily", frequency="once daily"),
             D(10, "mg", "10 mg twice daily", frequency="twice daily")]),
]))


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        for doc, statements in DOCS:
            f.write(json.dumps({"doc": doc, "statements": statements}, ensure_ascii=False) + "\n")
    n = sum(len(s) for _, s in DOCS)
    print(f"wrote {OUT} ({len(DOCS)} documents, {n} statements)")


if __name__ == "__main__":
    main()
