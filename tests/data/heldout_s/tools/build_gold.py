#!/usr/bin/env python3
"""Writes ../gold.jsonl for held-out corpus S (hand annotations, FORMAT.md version 2)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "gold.jsonl")


def P(n, text, role, who):
    return {"n": n, "text": text, "role": role, "who": who}


def D(amount, unit, text, recipient="mother", amount_high=None, frequency=None,
      duration=None, stat=None, drug=None):
    d = {"amount": amount}
    if amount_high is not None:
        d["amount_high"] = amount_high
    d["unit"] = unit
    if stat: d["stat"] = stat
    if frequency: d["frequency"] = frequency
    if duration: d["duration"] = duration
    if drug: d["drug"] = drug
    d["text"] = text
    d["recipient"] = recipient
    return d


def M(value, unit, kind, measure, matrix=None, analyte=None, dose=None, pop=None,
      stat=None, group=None, timepoint=None, qualifier=None, value_high=None):
    m = {"value": value}
    if value_high is not None: m["value_high"] = value_high
    m["unit"] = unit
    if qualifier: m["qualifier"] = qualifier
    if stat: m["stat"] = stat
    if group: m["group"] = group
    m["measure"] = measure
    if timepoint: m["timepoint"] = timepoint
    m.update({"kind": kind, "matrix": matrix, "analyte": analyte, "dose": dose, "population": pop})
    return m


def C(values, unit, kind, outcome, arms, significant=None, p=None, pq=None, measure=None):
    return {"measure": measure or outcome, "values": values, "unit": unit, "kind": kind,
            "outcome": outcome, "arms": arms, "significant": significant,
            "p_value": p, "p_qualifier": pq}


def S(anchor, kind, drug, route, pops=(), doses=(), meas=(), comps=(), cites=()):
    return {"anchor": anchor, "kind": kind, "drug": drug, "route": route,
            "populations": list(pops), "doses": list(doses), "measurements": list(meas),
            "comparisons": list(comps), "citations": list(cites)}


docs = []

# ---------------------------------------------------------------- s01
A3 = ["25 mg group", "50 mg group", "100 mg group"]
docs.append({"doc": "s01_sertraline_pubmed.html", "statements": [
    S("We enrolled forty-two breastfeeding mothers on stable oral sertraline therapy",
      "study", "sertraline", "oral",
      pops=[P(42, "forty-two breastfeeding mothers on stable oral sertraline therapy", "total", "mother"),
            P(12, "25 mg (n = 12)", "exposed", "mother"),
            P(18, "50 mg (n = 18)", "exposed", "mother"),
            P(12, "100 mg (n = 12)", "exposed", "mother"),
            P(1, "1 of the 12 ... infants", "exposed", "infant"),
            P(2, "2 of the 18 ... infants", "exposed", "infant"),
            P(5, "5 of the 12 infants", "exposed", "infant")],
      doses=[D(25, "mg", "25 mg (n = 12)", frequency="per day"),
             D(50, "mg", "50 mg (n = 18)", frequency="per day"),
             D(100, "mg", "100 mg (n = 12)", frequency="per day")],
      meas=[M(8.4, "ng/mL", "concentration", "milk sertraline", "milk", None, 0, 1, stat="mean", group="25 mg group"),
            M(17.9, "ng/mL", "concentration", "milk sertraline", "milk", None, 1, 2, stat="mean", group="50 mg group"),
            M(41.3, "ng/mL", "concentration", "milk sertraline", "milk", None, 2, 3, stat="mean", group="100 mg group"),
            M(14.2, "ng/mL", "concentration", "milk desmethylsertraline", "milk", "desmethylsertraline", 0, 1, group="25 mg group"),
            M(30.8, "ng/mL", "concentration", "milk desmethylsertraline", "milk", "desmethylsertraline", 1, 2, group="50 mg group"),
            M(66, "ng/mL", "concentration", "milk desmethylsertraline", "milk", "desmethylsertraline", 2, 3, group="100 mg group"),
            M(0.9, "%", "relative_infant_dose", "weight-adjusted relative infant dose", None, None, 0, 1, group="25 mg group"),
            M(1.1, "%", "relative_infant_dose", "weight-adjusted relative infant dose", None, None, 1, 2, group="50 mg group"),
            M(1.4, "%", "relative_infant_dose", "weight-adjusted relative infant dose", None, None, 2, 3, group="100 mg group"),
            M(3.6, "ng/mL", "concentration", "highest infant serum sertraline", "infant_blood", None, 2, None, stat="maximum", group="100 mg group"),
            M(1.8, "{ratio}", "milk_plasma_ratio", "milk-to-plasma ratio", "milk", None, None, 0, stat="mean", group="all mothers")],
      comps=[C([8.4, 17.9, 41.3], "ng/mL", "concentration", "milk sertraline", A3, True, 0.001, "<"),
             C([14.2, 30.8, 66], "ng/mL", "concentration", "desmethylsertraline in milk", A3, True, 0.001, "<"),
             C([0.9, 1.1, 1.4], "%", "relative_infant_dose", "weight-adjusted relative infant dose", A3, False, 0.21, "=")])]})

# ---------------------------------------------------------------- s02
ARM3 = ["Domperidone", "Metoclopramide", "Placebo"]
docs.append({"doc": "s02_galactogogue_registry_results.txt", "statements": [
    S("This randomized, double-blind, three-arm trial compared domperidone, metoclopramide and placebo",
      "study", "domperidone", "oral",
      pops=[P(31, "Domperidone STARTED 31", "exposed", "mother"),
            P(30, "Metoclopramide STARTED 30", "exposed", "mother"),
            P(32, "Placebo STARTED 32", "control", "mother"),
            P(93, "Enrollment (Actual): 93 participants", "total", "mother"),
            P(28, "Domperidone COMPLETED / analyzed 28", "exposed", "mother"),
            P(27, "Metoclopramide COMPLETED / analyzed 27", "exposed", "mother"),
            P(29, "Placebo COMPLETED / analyzed 29", "control", "mother"),
            P(19, "Domperidone: 19 participants with at least a 50% rise", "exposed", "mother"),
            P(14, "Metoclopramide: 14 participants with at least a 50% rise", "exposed", "mother"),
            P(8, "Placebo: 8 participants with at least a 50% rise", "control", "mother")],
      doses=[D(10, "mg", "Domperidone 10 mg by mouth three times daily for 14 days", frequency="three times daily", duration="14 days", drug="domperidone"),
             D(10, "mg", "Metoclopramide 10 mg by mouth three times daily for 14 days", frequency="three times daily", duration="14 days", drug="metoclopramide")],
      meas=[M(318, "mL", "milk_volume", "expressed milk volume per 24 hours", None, None, 0, 4, stat="mean", group="Domperidone", timepoint="Day 7"),
            M(296, "mL", "milk_volume", "expressed milk volume per 24 hours", None, None, 1, 5, stat="mean", group="Metoclopramide", timepoint="Day 7"),
            M(247, "mL", "milk_volume", "expressed milk volume per 24 hours", None, None, None, 6, stat="mean", group="Placebo", timepoint="Day 7"),
            M(402, "mL", "milk_volume", "expressed milk volume per 24 hours", None, None, 0, 4, stat="mean", group="Domperidone", timepoint="Day 14"),
            M(351, "mL", "milk_volume", "expressed milk volume per 24 hours", None, None, 1, 5, stat="mean", group="Metoclopramide", timepoint="Day 14"),
            M(268, "mL", "milk_volume", "expressed milk volume per 24 hours", None, None, None, 6, stat="mean", group="Placebo", timepoint="Day 14"),
            M(134, "mL", "other", "mean difference in day 14 milk volume, domperidone vs placebo", None, None, None, None),
            M(67.9, "%", "proportion", "participants with at least a 50% rise in milk volume at day 14", None, None, 0, 4, group="Domperidone"),
            M(51.9, "%", "proportion", "participants with at least a 50% rise in milk volume at day 14", None, None, 1, 5, group="Metoclopramide"),
            M(27.6, "%", "proportion", "participants with at least a 50% rise in milk volume at day 14", None, None, None, 6, group="Placebo"),
            M(118, "ng/mL", "concentration", "maternal serum prolactin", "maternal_blood", "prolactin", 0, 4, stat="median", group="Domperidone", timepoint="Day 14, before the morning dose"),
            M(131, "ng/mL", "concentration", "maternal serum prolactin", "maternal_blood", "prolactin", 1, 5, stat="median", group="Metoclopramide", timepoint="Day 14, before the morning dose"),
            M(41, "ng/mL", "concentration", "maternal serum prolactin", "maternal_blood", "prolactin", None, 6, stat="median", group="Placebo", timepoint="Day 14, before the morning dose"),
            M(1.9, "ng/mL", "concentration", "milk domperidone", "milk", None, 0, 4, stat="mean", group="Domperidone", timepoint="Day 14, 2 hours after a dose"),
            M(38.5, "ng/mL", "concentration", "milk metoclopramide", "milk", "metoclopramide", 1, 5, stat="mean", group="Metoclopramide", timepoint="Day 14, 2 hours after a dose")],
      comps=[C([318, 296, 247], "mL", "milk_volume", "expressed milk volume at day 7", ARM3),
             C([402, 351, 268], "mL", "milk_volume", "expressed milk volume at day 14", ARM3, True, 0.006, "="),
             C([402, 268], "mL", "milk_volume", "expressed milk volume at day 14", ["Domperidone", "Placebo"], True, 0.0008, "="),
             C([67.9, 27.6], "%", "proportion", "at least a 50% rise in milk volume from baseline at day 14", ["Domperidone", "Placebo"], True, 0.002, "="),
             C([51.9, 27.6], "%", "proportion", "at least a 50% rise in milk volume from baseline at day 14", ["Metoclopramide", "Placebo"], True, 0.049, "="),
             C([118, 131, 41], "ng/mL", "concentration", "maternal serum prolactin at day 14", ARM3, True, 0.001, "<")])]})

# ---------------------------------------------------------------- s03
docs.append({"doc": "s03_methadone_press_release.txt", "statements": [
    S("Babies born to mothers receiving methadone treatment were less likely to need medicine",
      "study", "methadone", None,
      pops=[P(212, "212 mother-baby pairs", "total", "pair"),
            P(97, "97 were breastfed or given their mother's expressed milk", "exposed", "infant"),
            P(115, "115 were fed formula only", "control", "infant"),
            P(14, "14 of the breastfeeding mothers", "exposed", "mother")],
      doses=[D(80, "mg", "a median dose of 80 mg a day", stat="median", frequency="per day")],
      meas=[M(31, "%", "proportion", "babies needing medication for withdrawal", None, None, 0, 1, group="breastfed babies"),
            M(54, "%", "proportion", "babies needing medication for withdrawal", None, None, 0, 2, group="formula-fed babies"),
            M(8, "d", "other", "length of hospital stay", None, None, 0, 1, stat="median", group="breastfed babies"),
            M(13, "d", "other", "length of hospital stay", None, None, 0, 2, stat="median", group="formula-fed babies"),
            M(5.5, "d", "other", "duration of morphine treatment in treated babies", None, None, 0, None, group="breastfed babies"),
            M(9, "d", "other", "duration of morphine treatment in treated babies", None, None, 0, None, group="formula-fed babies"),
            M(43, "%", "change", "relative reduction in the need for treatment", None, None, 0, None),
            M(96, "ng/mL", "concentration", "milk methadone", "milk", None, 0, 3, stat="mean"),
            M(2.3, "%", "relative_infant_dose", "infant dose, % of maternal weight-adjusted dose", None, None, 0, 3, qualifier="~"),
            M(2.1, "ng/mL", "concentration", "infant blood methadone", "infant_blood", None, 0, None, stat="mean"),
            M(1, "%", "infant_plasma_ratio", "infant blood methadone, % of maternal blood level", "infant_blood", None, 0, None, qualifier="~")],
      comps=[C([31, 54], "%", "proportion", "needed medication for withdrawal", ["breastfed babies", "formula-fed babies"], True, 0.001, "<"),
             C([8, 13], "d", "other", "days in hospital", ["breastfed babies", "formula-fed babies"], True, 0.002, "="),
             C([5.5, 9], "d", "other", "duration of morphine treatment", ["breastfed babies", "formula-fed babies"], True, 0.03, "=")])]})

# ---------------------------------------------------------------- s04
BA = ["before", "after"]
docs.append({"doc": "s04_levetiracetam_letter.txt", "statements": [
    S("A 29-year-old woman took levetiracetam 1500 mg twice daily throughout pregnancy",
      "study", "levetiracetam", None,
      doses=[D(1500, "mg", "levetiracetam 1500 mg twice daily", frequency="twice daily", duration="throughout pregnancy and after delivery")],
      meas=[M(21.4, "ug/mL", "concentration", "maternal serum levetiracetam", "maternal_blood", None, 0, None, timepoint="day 5 postpartum"),
            M(18.9, "ug/mL", "concentration", "milk levetiracetam", "milk", None, 0, None, timepoint="day 5 postpartum"),
            M(0.88, "{ratio}", "milk_plasma_ratio", "milk-to-serum ratio", "milk", None, 0, None, timepoint="day 5 postpartum"),
            M(4.1, "ug/mL", "concentration", "infant serum levetiracetam", "infant_blood", None, 0, None, timepoint="day 5, exclusively breastfed"),
            M(19, "%", "infant_plasma_ratio", "infant serum level, % of maternal value", "infant_blood", None, 0, None),
            M(1.3, "ug/mL", "concentration", "infant serum levetiracetam", "infant_blood", None, 0, None, timepoint="day 21, after partial formula feeding")],
      comps=[C([4.1, 1.3], "ug/mL", "concentration", "infant serum levetiracetam", BA, None,
               measure="infant serum level before and after partial formula feeding")]),
    S("The second mother, aged 34, delivered twins while taking levetiracetam 1000 mg once daily",
      "study", "levetiracetam", None,
      pops=[P(2, "her two breastfed twins", "exposed", "infant")],
      doses=[D(1000, "mg", "levetiracetam 1000 mg once daily", frequency="once daily"),
             D(2000, "mg", "raised to 2000 mg daily at 6 weeks", frequency="per day")],
      meas=[M(2.2, "ug/mL", "concentration", "infant serum levetiracetam", "infant_blood", None, 0, 0, timepoint="2 weeks"),
            M(2.6, "ug/mL", "concentration", "infant serum levetiracetam", "infant_blood", None, 0, 0, timepoint="2 weeks"),
            M(9.8, "ug/mL", "concentration", "maternal trough serum levetiracetam", "maternal_blood", None, 0, None, stat=None),
            M(20.5, "ug/mL", "concentration", "maternal trough serum levetiracetam", "maternal_blood", None, 1, None),
            M(8.1, "ug/mL", "concentration", "milk levetiracetam", "milk", None, 0, None),
            M(17.6, "ug/mL", "concentration", "milk levetiracetam", "milk", None, 1, None)],
      comps=[C([9.8, 20.5], "ug/mL", "concentration", "trough serum level", BA, None,
               measure="maternal trough serum levetiracetam before and after the dose increase"),
             C([8.1, 17.6], "ug/mL", "concentration", "milk level", BA, None,
               measure="milk levetiracetam before and after the dose increase")],
      cites=[4]),
    S("A third woman took 750 mg twice daily and breastfed partially from birth",
      "study", "levetiracetam", None,
      doses=[D(750, "mg", "750 mg twice daily", frequency="twice daily")],
      meas=[M(0.5, "ug/mL", "concentration", "infant serum levetiracetam (below assay limit)", "infant_blood", None, 0, None, qualifier="<", timepoint="4 weeks"),
            M(12.2, "ug/mL", "concentration", "maternal serum levetiracetam", "maternal_blood", None, 0, None, timepoint="4 weeks")])]})

# ---------------------------------------------------------------- s05
docs.append({"doc": "s05_labetalol_drugpage.md", "statements": [
    S("For postpartum hypertension the usual oral dose is 200 to 400 mg two or three times daily",
      "recommendation", "labetalol", "oral",
      doses=[D(200, "mg", "200 to 400 mg two or three times daily", amount_high=400, frequency="two or three times daily"),
             D(2400, "mg", "a maximum of 2400 mg per day", stat="maximum", frequency="per day")],
      cites=[1]),
    S("In a randomized comparison, 64 women with postpartum hypertension were assigned to oral labetalol",
      "study", "labetalol", "oral",
      pops=[P(64, "64 women with postpartum hypertension", "total", "mother"),
            P(32, "oral labetalol 200 mg three times daily (n = 32)", "exposed", "mother"),
            P(32, "extended-release nifedipine 30 mg once daily (n = 32)", "exposed", "mother")],
      doses=[D(200, "mg", "oral labetalol 200 mg three times daily", frequency="three times daily", drug="labetalol"),
             D(30, "mg", "extended-release nifedipine 30 mg once daily", frequency="once daily", drug="nifedipine")],
      meas=[M(62, "ng/mL", "concentration", "milk labetalol", "milk", None, 0, 1, stat="median", timepoint="day 4"),
            M(9, "ng/mL", "concentration", "milk nifedipine", "milk", "nifedipine", 1, 2, timepoint="day 4"),
            M(59, "%", "proportion", "exclusively breastfeeding at 6 weeks", None, None, 0, 1, group="labetalol group"),
            M(66, "%", "proportion", "exclusively breastfeeding at 6 weeks", None, None, 1, 2, group="nifedipine group"),
            M(9, "%", "proportion", "headache", None, None, 0, 1, group="labetalol"),
            M(28, "%", "proportion", "headache", None, None, 1, 2, group="nifedipine")],
      comps=[C([59, 66], "%", "proportion", "exclusively breastfeeding at 6 weeks", ["labetalol group", "nifedipine group"], False),
             C([9, 28], "%", "proportion", "headache", ["labetalol", "nifedipine"], True, 0.04, "=")],
      cites=[2]),
    S("Twelve lactating women on long-term labetalol were sampled at steady state",
      "study", "labetalol", None,
      pops=[P(12, "Twelve lactating women on long-term labetalol", "total", "mother"),
            P(4, "300 mg: 4 women", "exposed", "mother"),
            P(5, "600 mg: 5 women", "exposed", "mother"),
            P(3, "1200 mg: 3 women", "exposed", "mother")],
      doses=[D(300, "mg", "300 mg daily dose", frequency="per day"),
             D(600, "mg", "600 mg daily dose", frequency="per day"),
             D(1200, "mg", "1200 mg daily dose", frequency="per day")],
      meas=[M(45, "ng/mL", "concentration", "peak milk labetalol", "milk", None, 0, 1, group="300 mg"),
            M(112, "ng/mL", "concentration", "peak milk labetalol", "milk", None, 1, 2, group="600 mg"),
            M(196, "ng/mL", "concentration", "peak milk labetalol", "milk", None, 2, 3, group="1200 mg"),
            M(0.3, "%", "relative_infant_dose", "relative infant dose", None, None, 0, 1, group="300 mg"),
            M(0.5, "%", "relative_infant_dose", "relative infant dose", None, None, 1, 2, group="600 mg"),
            M(0.6, "%", "relative_infant_dose", "relative infant dose", None, None, 2, 3, group="1200 mg")],
      comps=[C([45, 112, 196], "ng/mL", "concentration", "peak milk labetalol", ["300 mg", "600 mg", "1200 mg"]),
             C([0.3, 0.5, 0.6], "%", "relative_infant_dose", "relative infant dose", ["300 mg", "600 mg", "1200 mg"])],
      cites=[3]),
    S("A cohort compared 41 breastfed infants whose mothers took labetalol with 45 breastfed infants",
      "study", "labetalol", None,
      pops=[P(41, "41 breastfed infants whose mothers took labetalol", "exposed", "infant"),
            P(45, "45 breastfed infants of normotensive mothers", "control", "infant"),
            P(12, "12 of the exposed infants", "exposed", "infant")],
      meas=[M(7.3, "%", "proportion", "low blood glucose in the first 48 hours", None, None, None, 0, group="exposed"),
            M(4.4, "%", "proportion", "low blood glucose in the first 48 hours", None, None, None, 1, group="unexposed"),
            M(4.6, "ng/mL", "concentration", "infant serum labetalol", "infant_blood", None, None, 2, stat="mean"),
            M(2, "%", "infant_plasma_ratio", "infant serum level, % of paired maternal level", "infant_blood", None, None, 2, qualifier="~")],
      comps=[C([7.3, 4.4], "%", "proportion", "low blood glucose in the first 48 hours", ["exposed infants", "unexposed infants"], False, 0.3, "=")],
      cites=[4])]})

# ---------------------------------------------------------------- s06
AD = ["arm A", "arm B", "arm C", "arm D"]
VD = "25-hydroxyvitamin d"
docs.append({"doc": "s06_conference_abstract_book.txt", "statements": [
    S("160 exclusively breastfeeding dyads were randomized to four arms of 40",
      "study", "cholecalciferol", None,
      pops=[P(160, "160 exclusively breastfeeding dyads", "total", "pair"),
            P(40, "four arms of 40", "exposed", "pair"),
            P(152, "152 mothers", "total", "mother"),
            P(1, "1 woman, in arm D", "exposed", "mother")],
      doses=[D(400, "[IU]", "maternal cholecalciferol 400 IU/day", frequency="per day"),
             D(400, "[IU]", "infant drops of 400 IU/day", frequency="per day", recipient="infant"),
             D(2400, "[IU]", "maternal cholecalciferol 2400 IU/day", frequency="per day"),
             D(4000, "[IU]", "maternal 4000 IU/day", frequency="per day"),
             D(6400, "[IU]", "maternal 6400 IU/day", frequency="per day")],
      meas=[M(41, "ng/mL", "concentration", "infant serum 25-hydroxyvitamin D", "infant_blood", VD, 1, 1, group="arm A", timepoint="4 months"),
            M(27, "ng/mL", "concentration", "infant serum 25-hydroxyvitamin D", "infant_blood", VD, 2, 1, group="arm B", timepoint="4 months"),
            M(33, "ng/mL", "concentration", "infant serum 25-hydroxyvitamin D", "infant_blood", VD, 3, 1, group="arm C", timepoint="4 months"),
            M(44, "ng/mL", "concentration", "infant serum 25-hydroxyvitamin D", "infant_blood", VD, 4, 1, group="arm D", timepoint="4 months"),
            M(43, "ng/mL", "concentration", "infant serum 25-hydroxyvitamin D", "infant_blood", VD, 1, 1, group="arm A", timepoint="7 months"),
            M(28, "ng/mL", "concentration", "infant serum 25-hydroxyvitamin D", "infant_blood", VD, 2, 1, group="arm B", timepoint="7 months"),
            M(35, "ng/mL", "concentration", "infant serum 25-hydroxyvitamin D", "infant_blood", VD, 3, 1, group="arm C", timepoint="7 months"),
            M(46, "ng/mL", "concentration", "infant serum 25-hydroxyvitamin D", "infant_blood", VD, 4, 1, group="arm D", timepoint="7 months"),
            M(31, "ng/mL", "concentration", "maternal 25-hydroxyvitamin D", "maternal_blood", VD, None, 1, group="arm D", timepoint="start of the study"),
            M(59, "ng/mL", "concentration", "maternal 25-hydroxyvitamin D", "maternal_blood", VD, 4, 1, group="arm D", timepoint="end of the study"),
            M(30, "ng/mL", "concentration", "maternal 25-hydroxyvitamin D", "maternal_blood", VD, None, 1, group="arm A", timepoint="start of the study"),
            M(33, "ng/mL", "concentration", "maternal 25-hydroxyvitamin D", "maternal_blood", VD, 0, 1, group="arm A", timepoint="end of the study"),
            M(45, "[IU]/L", "concentration", "milk antirachitic activity", "milk", "antirachitic activity", 0, 1, group="arm A", timepoint="7 months"),
            M(190, "[IU]/L", "concentration", "milk antirachitic activity", "milk", "antirachitic activity", 2, 1, group="arm B", timepoint="7 months"),
            M(330, "[IU]/L", "concentration", "milk antirachitic activity", "milk", "antirachitic activity", 3, 1, group="arm C", timepoint="7 months"),
            M(520, "[IU]/L", "concentration", "milk antirachitic activity", "milk", "antirachitic activity", 4, 1, group="arm D", timepoint="7 months"),
            M(2.6, "%", "proportion", "infants with vitamin D deficiency at 4 months", None, None, 1, 1, group="arm A"),
            M(20.5, "%", "proportion", "infants with vitamin D deficiency at 4 months", None, None, 2, 1, group="arm B"),
            M(10.3, "%", "proportion", "infants with vitamin D deficiency at 4 months", None, None, 3, 1, group="arm C"),
            M(0, "%", "proportion", "infants with vitamin D deficiency at 4 months", None, None, 4, 1, group="arm D")],
      comps=[C([41, 27, 33, 44], "ng/mL", "concentration", "infant serum 25-hydroxyvitamin D at 4 months", AD),
             C([43, 28, 35, 46], "ng/mL", "concentration", "infant serum 25-hydroxyvitamin D at 7 months", AD),
             C([41, 44], "ng/mL", "concentration", "infant serum 25-hydroxyvitamin D at 4 months", ["arm A", "arm D"], False, 0.05, ">"),
             C([43, 46], "ng/mL", "concentration", "infant serum 25-hydroxyvitamin D at 7 months", ["arm A", "arm D"], False, 0.05, ">"),
             C([27, 41], "ng/mL", "concentration", "infant serum 25-hydroxyvitamin D at 4 months", ["arm B", "arm A"], True, 0.002, "="),
             C([28, 43], "ng/mL", "concentration", "infant serum 25-hydroxyvitamin D at 7 months", ["arm B", "arm A"], True, 0.001, "="),
             C([31, 59], "ng/mL", "concentration", "maternal 25-hydroxyvitamin D", BA, None, measure="maternal 25-hydroxyvitamin D in arm D over the study"),
             C([30, 33], "ng/mL", "concentration", "maternal 25-hydroxyvitamin D", BA, None, measure="maternal 25-hydroxyvitamin D in arm A over the study"),
             C([45, 190, 330, 520], "[IU]/L", "concentration", "milk antirachitic activity at 7 months", AD),
             C([2.6, 20.5, 10.3, 0], "%", "proportion", "vitamin D deficiency at 4 months", AD)]),
    S("Twenty-four mothers taking ibuprofen 400 mg every 6 hours after",
      "study", "ibuprofen", None,
      pops=[P(24, "Twenty-four mothers taking ibuprofen", "total", "mother"),
            P(12, "pre-dose group, n = 12", "exposed", "mother"),
            P(12, "post-dose group, n = 12", "exposed", "mother")],
      doses=[D(400, "mg", "ibuprofen 400 mg every 6 hours", frequency="every 6 hours")],
      meas=[M(0.18, "mg/L", "concentration", "milk ibuprofen in the sampled feed", "milk", None, 0, 1, group="pre-dose group"),
            M(0.61, "mg/L", "concentration", "milk ibuprofen in the sampled feed", "milk", None, 0, 2, group="post-dose group"),
            M(0.2, "%", "relative_infant_dose", "estimated infant dose, % of maternal weight-adjusted dose", None, None, 0, 1, group="pre-dose group"),
            M(0.6, "%", "relative_infant_dose", "estimated infant dose, % of maternal weight-adjusted dose", None, None, 0, 2, group="post-dose group")],
      comps=[C([0.18, 0.61], "mg/L", "concentration", "milk ibuprofen in the sampled feed", ["pre-dose group", "post-dose group"], True, 0.01, "<"),
             C([0.2, 0.6], "%", "relative_infant_dose", "estimated infant dose, % of maternal weight-adjusted dose", ["pre-dose group", "post-dose group"])])]})

# ---------------------------------------------------------------- s07
IVO = ["IV group", "oral group"]
docs.append({"doc": "s07_paracetamol_route_journal.html", "statements": [
    S("In this open-label trial, 58 women were randomised after elective caesarean section",
      "study", "paracetamol", "intravenous",
      pops=[P(58, "58 women", "total", "mother"),
            P(29, "IV group, n = 29", "exposed", "mother"),
            P(29, "oral group, n = 29", "exposed", "mother")],
      doses=[D(1, "g", "1 g intravenous paracetamol every 6 hours", frequency="every 6 hours", duration="48 hours"),
             D(1, "g", "1 g oral paracetamol every 6 hours", frequency="every 6 hours", duration="48 hours"),
             D(7.5, "mg/kg", "a neonatal therapeutic dose of 7.5 mg/kg every 6 hours", frequency="every 6 hours", recipient="infant")],
      meas=[M(9.6, "mg/L", "concentration", "colostrum paracetamol", "milk", None, 0, 1, stat="mean", group="IV group", timepoint="2 hours after the fourth dose"),
            M(11.2, "mg/L", "concentration", "maternal plasma paracetamol", "maternal_blood", None, 0, 1, group="IV group", timepoint="2 hours after the fourth dose"),
            M(7.2, "mg/L", "concentration", "colostrum paracetamol", "milk", None, 1, 2, group="oral group", timepoint="2 hours after the fourth dose"),
            M(8.3, "mg/L", "concentration", "maternal plasma paracetamol", "maternal_blood", None, 1, 2, group="oral group", timepoint="2 hours after the fourth dose"),
            M(0.86, "{ratio}", "milk_plasma_ratio", "colostrum-to-plasma ratio", "milk", None, 0, 1, group="IV group"),
            M(0.87, "{ratio}", "milk_plasma_ratio", "colostrum-to-plasma ratio", "milk", None, 1, 2, group="oral group"),
            M(2.6, "h", "half_life", "paracetamol half-life in colostrum", "milk", None, 0, 1, group="intravenous"),
            M(2.8, "h", "half_life", "paracetamol half-life in colostrum", "milk", None, 1, 2, group="oral"),
            M(1.4, "mg/kg", "infant_dose", "estimated neonatal intake per day", None, None, 0, 1, group="IV group"),
            M(1.1, "mg/kg", "infant_dose", "estimated neonatal intake per day", None, None, 1, 2, group="oral group"),
            M(4.7, "%", "relative_infant_dose", "neonatal intake, % of a neonatal therapeutic dose", None, None, 0, 1, group="IV group"),
            M(3.7, "%", "relative_infant_dose", "neonatal intake, % of a neonatal therapeutic dose", None, None, 1, 2, group="oral group"),
            M(38, "%", "proportion", "women needing rescue opioid", None, None, 0, 1, group="IV group"),
            M(52, "%", "proportion", "women needing rescue opioid", None, None, 1, 2, group="oral group")],
      comps=[C([9.6, 7.2], "mg/L", "concentration", "colostrum paracetamol", IVO, True, 0.02, "="),
             C([11.2, 8.3], "mg/L", "concentration", "plasma paracetamol", IVO),
             C([0.86, 0.87], "{ratio}", "milk_plasma_ratio", "colostrum-to-plasma ratio", IVO, False),
             C([2.6, 2.8], "h", "half_life", "half-life in colostrum", ["intravenous", "oral"], False, 0.62, "="),
             C([1.4, 1.1], "mg/kg", "infant_dose", "estimated neonatal intake", IVO),
             C([4.7, 3.7], "%", "relative_infant_dose", "neonatal intake as % of a neonatal therapeutic dose", IVO),
             C([38, 52], "%", "proportion", "rescue opioid needed", IVO, False, 0.3, "=")])]})

# ---------------------------------------------------------------- s08
MP = ["Metformin", "Placebo"]
docs.append({"doc": "s08_metformin_trial_summary.md", "statements": [
    S("Eighty-four mothers whose babies were 2 to 8 weeks old and who were making too little milk",
      "study", "metformin", "oral",
      pops=[P(84, "Eighty-four mothers whose babies were 2 to 8 weeks old", "total", "mother"),
            P(42, "42 took metformin 500 mg by mouth twice a day", "exposed", "mother"),
            P(42, "42 took identical placebo tablets", "control", "mother"),
            P(12, "a substudy of 12 mothers in the metformin group", "exposed", "mother"),
            P(12, "all 12 babies tested", "exposed", "infant"),
            P(11, "11 mothers taking metformin", "exposed", "mother"),
            P(4, "4 taking placebo", "control", "mother")],
      doses=[D(500, "mg", "metformin 500 mg by mouth twice a day for 4 weeks", frequency="twice a day", duration="4 weeks")],
      meas=[M(214, "mL", "milk_volume", "24-hour milk volume", None, None, None, 1, stat="mean", group="Metformin", timepoint="start of trial"),
            M(209, "mL", "milk_volume", "24-hour milk volume", None, None, None, 2, stat="mean", group="Placebo", timepoint="start of trial"),
            M(268, "mL", "milk_volume", "24-hour milk volume", None, None, 0, 1, stat="mean", group="Metformin", timepoint="after 2 weeks"),
            M(231, "mL", "milk_volume", "24-hour milk volume", None, None, None, 2, stat="mean", group="Placebo", timepoint="after 2 weeks"),
            M(301, "mL", "milk_volume", "24-hour milk volume", None, None, 0, 1, stat="mean", group="Metformin", timepoint="after 4 weeks"),
            M(240, "mL", "milk_volume", "24-hour milk volume", None, None, None, 2, stat="mean", group="Placebo", timepoint="after 4 weeks"),
            M(41, "%", "change", "increase in 24-hour milk volume over four weeks", None, None, 0, 1, group="metformin group"),
            M(15, "%", "change", "increase in 24-hour milk volume over four weeks", None, None, None, 2, group="placebo"),
            M(0.27, "mg/L", "concentration", "milk metformin", "milk", None, 0, 3, stat="median"),
            M(0.71, "mg/L", "concentration", "maternal plasma metformin", "maternal_blood", None, 0, 3),
            M(0.38, "{ratio}", "milk_plasma_ratio", "milk/plasma ratio", "milk", None, 0, 3),
            M(0.5, "%", "relative_infant_dose", "relative infant dose", None, None, 0, 3, qualifier="~"),
            M(0.05, "mg/L", "concentration", "infant blood metformin", "infant_blood", None, 0, 4, qualifier="<"),
            M(26, "%", "proportion", "diarrhoea or upset stomach", None, None, 0, 1, group="metformin"),
            M(10, "%", "proportion", "diarrhoea or upset stomach", None, None, None, 2, group="placebo")],
      comps=[C([214, 209], "mL", "milk_volume", "24-hour milk volume at the start of the trial", MP, False, 0.72, "="),
             C([268, 231], "mL", "milk_volume", "24-hour milk volume after 2 weeks", MP),
             C([301, 240], "mL", "milk_volume", "24-hour milk volume after 4 weeks", MP, True, 0.001, "<"),
             C([214, 301], "mL", "milk_volume", "milk volume in the metformin group", BA, None,
               measure="24-hour milk volume in the metformin group, start vs after four weeks"),
             C([41, 15], "%", "change", "increase in milk volume", ["metformin group", "placebo"], True, 0.003, "="),
             C([26, 10], "%", "proportion", "diarrhoea or an upset stomach", ["metformin", "placebo"])])]})

# ---------------------------------------------------------------- s09
docs.append({"doc": "s09_cabergoline_druginfo.html", "statements": [
    S("To prevent lactation, a single 1 mg dose is usually given on the first day after delivery",
      "recommendation", "cabergoline", None,
      doses=[D(1, "mg", "a single 1 mg dose"),
             D(0.25, "mg", "0.25 mg every 12 hours for 2 days", frequency="every 12 hours", duration="2 days")],
      cites=[1]),
    S("In a multicenter trial, 272 women who chose not to breastfeed were randomized",
      "study", "cabergoline", None,
      pops=[P(272, "272 women who chose not to breastfeed", "total", "mother"),
            P(136, "a single 1 mg dose of cabergoline (n = 136)", "exposed", "mother"),
            P(136, "bromocriptine 2.5 mg twice daily for 14 days (n = 136)", "exposed", "mother")],
      doses=[D(1, "mg", "a single 1 mg dose of cabergoline", drug="cabergoline"),
             D(2.5, "mg", "bromocriptine 2.5 mg twice daily for 14 days", frequency="twice daily", duration="14 days", drug="bromocriptine")],
      meas=[M(78, "%", "proportion", "lactation successfully prevented", None, None, 0, 1, group="cabergoline group"),
            M(69, "%", "proportion", "lactation successfully prevented", None, None, 1, 2, group="bromocriptine group"),
            M(4.6, "%", "proportion", "rebound breast activity", None, None, 0, 1, group="cabergoline"),
            M(24.1, "%", "proportion", "rebound breast activity", None, None, 1, 2, group="bromocriptine"),
            M(14, "%", "proportion", "adverse events", None, None, 0, 1, group="cabergoline"),
            M(26, "%", "proportion", "adverse events", None, None, 1, 2, group="bromocriptine")],
      comps=[C([78, 69], "%", "proportion", "lactation successfully prevented", ["cabergoline group", "bromocriptine group"], False),
             C([4.6, 24.1], "%", "proportion", "rebound breast activity", ["cabergoline", "bromocriptine"], True, 0.0001, "<"),
             C([14, 26], "%", "proportion", "adverse events", ["cabergoline", "bromocriptine"], True, 0.01, "=")],
      cites=[2]),
    S("Serum prolactin in 18 postpartum women fell from 148 ng/mL before a single 1 mg oral dose",
      "study", "cabergoline", "oral",
      pops=[P(18, "18 postpartum women", "exposed", "mother")],
      doses=[D(1, "mg", "a single 1 mg oral dose of cabergoline")],
      meas=[M(148, "ng/mL", "concentration", "serum prolactin", "maternal_blood", "prolactin", None, 0, timepoint="before the dose"),
            M(21, "ng/mL", "concentration", "serum prolactin", "maternal_blood", "prolactin", 0, 0, timepoint="three days later"),
            M(86, "%", "change", "decrease in serum prolactin", None, "prolactin", 0, 0)],
      comps=[C([148, 21], "ng/mL", "concentration", "serum prolactin", BA, None,
               measure="serum prolactin before and three days after a single dose")],
      cites=[3]),
    S("Among 9 mothers taking cabergoline 0.5 mg weekly for a prolactinoma",
      "study", "cabergoline", None,
      pops=[P(9, "9 mothers taking cabergoline 0.5 mg weekly for a prolactinoma who attempted to breastfeed", "exposed", "mother"),
            P(5, "5 nursed for at least 3 months", "exposed", "mother"),
            P(8, "8 of 10 mothers who had stopped the drug before delivery", "control", "mother"),
            P(10, "10 mothers who had stopped the drug before delivery", "control", "mother")],
      doses=[D(0.5, "mg", "cabergoline 0.5 mg weekly", frequency="weekly")],
      cites=[4])]})

# ---------------------------------------------------------------- s10
NIC = ["21 mg patch", "14 mg patch", "smokers"]
docs.append({"doc": "s10_nicotine_pubmed_abstract.txt", "statements": [
    S("We studied 15 breastfeeding women using a 21 mg/24 h transdermal nicotine patch",
      "study", "nicotine", "transdermal",
      pops=[P(15, "15 breastfeeding women using a 21 mg/24 h transdermal nicotine patch", "exposed", "mother"),
            P(15, "15 using a 14 mg/24 h patch", "exposed", "mother"),
            P(16, "16 who continued to smoke", "exposed", "mother"),
            P(40, "40 infants", "total", "infant")],
      doses=[D(21, "mg", "a 21 mg/24 h transdermal nicotine patch", frequency="per 24 hours"),
             D(14, "mg", "a 14 mg/24 h patch", frequency="per 24 hours")],
      meas=[M(17.4, "ug/L", "concentration", "milk nicotine", "milk", None, 0, 0, stat="mean", group="21 mg patch"),
            M(10.2, "ug/L", "concentration", "milk nicotine", "milk", None, 1, 1, stat="mean", group="14 mg patch"),
            M(31.9, "ug/L", "concentration", "milk nicotine", "milk", None, None, 2, stat="mean", group="smokers"),
            M(193, "ug/L", "concentration", "milk cotinine", "milk", "cotinine", 0, 0, group="21 mg patch"),
            M(118, "ug/L", "concentration", "milk cotinine", "milk", "cotinine", 1, 1, group="14 mg patch"),
            M(256, "ug/L", "concentration", "milk cotinine", "milk", "cotinine", None, 2, group="smokers"),
            M(2.9, "{ratio}", "milk_plasma_ratio", "milk nicotine relative to maternal plasma nicotine", "milk", None, None, None, stat="mean"),
            M(5.1, "ug/kg", "infant_dose", "estimated infant intake of nicotine equivalents per day", None, "nicotine equivalents", 0, 0, group="21 mg patch"),
            M(3.0, "ug/kg", "infant_dose", "estimated infant intake of nicotine equivalents per day", None, "nicotine equivalents", 1, 1, group="14 mg patch"),
            M(9.4, "ug/kg", "infant_dose", "estimated infant intake of nicotine equivalents per day", None, "nicotine equivalents", None, 2, group="smokers"),
            M(35, "%", "change", "infant urine cotinine lower with the 21 mg patch than with smoking", None, "cotinine", 0, None),
            M(41, "ng/mL", "concentration", "infant urine cotinine", "infant_urine", "cotinine", 0, None, group="21 mg patch"),
            M(63, "ng/mL", "concentration", "infant urine cotinine", "infant_urine", "cotinine", None, None, group="smoking"),
            M(601, "mL", "milk_volume", "daily milk intake by test-weighing", None, None, 0, 0, group="21 mg patch"),
            M(588, "mL", "milk_volume", "daily milk intake by test-weighing", None, None, 1, 1, group="14 mg patch"),
            M(622, "mL", "milk_volume", "daily milk intake by test-weighing", None, None, None, 2, group="smokers"),
            M(1.4, "h", "half_life", "nicotine half-life in milk", "milk", None, None, None)],
      comps=[C([17.4, 10.2, 31.9], "ug/L", "concentration", "milk nicotine", NIC, True, 0.001, "="),
             C([193, 118, 256], "ug/L", "concentration", "milk cotinine", NIC, True, 0.009, "="),
             C([5.1, 3.0, 9.4], "ug/kg", "infant_dose", "estimated infant intake of nicotine equivalents", NIC),
             C([41, 63], "ng/mL", "concentration", "infant urine cotinine", ["21 mg patch", "smoking"], True, 0.04, "="),
             C([601, 588, 622], "mL", "milk_volume", "daily milk intake by test-weighing", NIC, False)])]})

with open(OUT, "w", encoding="utf-8") as f:
    for d in docs:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print("wrote", OUT, len(docs), "documents")
