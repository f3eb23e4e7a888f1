#!/usr/bin/env python3
"""Build ../gold.jsonl (FORMAT.md version 2) for the synthetic heldout_z corpus."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'gold.jsonl')


def P(n, text, role, who):
    return {"n": n, "text": text, "role": role, "who": who}


def D(amount, unit, text, recipient="mother", amount_high=None, stat=None,
      frequency=None, duration=None, drug=None):
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


def M(value, unit, kind, matrix=None, analyte=None, dose=None, pop=None, group=None,
      measure=None, stat=None, timepoint=None, value_high=None, qualifier=None):
    m = {"value": value}
    if value_high is not None:
        m["value_high"] = value_high
    m["unit"] = unit
    if qualifier: m["qualifier"] = qualifier
    if stat: m["stat"] = stat
    if group: m["group"] = group
    if measure: m["measure"] = measure
    if timepoint: m["timepoint"] = timepoint
    m.update({"kind": kind, "matrix": matrix, "analyte": analyte, "dose": dose, "population": pop})
    return m


def C(measure, values, unit, kind, outcome, arms, significant=None, p=None, pq=None):
    return {"measure": measure, "values": values, "unit": unit, "kind": kind,
            "outcome": outcome, "arms": arms, "significant": significant,
            "p_value": p, "p_qualifier": pq}


def S(anchor, kind, drug, route, pops=(), doses=(), meas=(), comps=(), cites=()):
    return {"anchor": anchor, "kind": kind, "drug": drug, "route": route,
            "populations": list(pops), "doses": list(doses), "measurements": list(meas),
            "comparisons": list(comps), "citations": list(cites)}


DOCS = []

# ---------------------------------------------------------------- z01
PRL = dict(kind="concentration", matrix="maternal_blood", analyte="prolactin", measure="serum prolactin")
DOCS.append(("z01_sulpiride_rct.txt", [
    S("In this double-blind trial, 96 mothers expressing less than 300 mL per day", "study", "sulpiride", "oral",
      pops=[P(96, "96 mothers expressing less than 300 mL per day between days 7 and 21 after delivery", "total", "mother")],
      doses=[D(50, "mg", "sulpiride 50 mg", frequency="twice daily", duration="10 days"),
             D(100, "mg", "sulpiride 100 mg", frequency="twice daily", duration="10 days")],
      meas=[M(92, "mL", "milk_volume", dose=0, group="50 mg group", measure="increase in mean daily milk volume", stat="mean"),
            M(138, "mL", "milk_volume", dose=1, group="100 mg group", measure="increase in mean daily milk volume", stat="mean"),
            M(41, "mL", "milk_volume", group="placebo", measure="increase in mean daily milk volume", stat="mean"),
            M(97, "mL", "other", group="higher dose vs placebo", measure="mean difference in daily milk volume increase", stat="mean"),
            M(41, "ng/mL", dose=1, group="100 mg arm", timepoint="before the first dose", **PRL),
            M(198, "ng/mL", dose=1, group="100 mg arm", timepoint="day 10", **PRL),
            M(39, "ng/mL", dose=0, group="50 mg arm", timepoint="before the first dose", **PRL),
            M(142, "ng/mL", dose=0, group="50 mg arm", timepoint="day 10", **PRL),
            M(43, "ng/mL", group="placebo arm", timepoint="before the first dose", **PRL),
            M(47, "ng/mL", group="placebo arm", timepoint="day 10", **PRL),
            M(0.31, "mg/L", "concentration", "milk", dose=0, group="50 mg", measure="milk sulpiride", stat="mean", timepoint="day 10"),
            M(0.64, "mg/L", "concentration", "milk", dose=1, group="100 mg", measure="milk sulpiride", stat="mean", timepoint="day 10"),
            M(59, "%", "proportion", dose=1, group="100 mg", measure="all enteral feeds as own milk at end of treatment"),
            M(47, "%", "proportion", dose=0, group="50 mg", measure="all enteral feeds as own milk at end of treatment"),
            M(28, "%", "proportion", group="placebo", measure="all enteral feeds as own milk at end of treatment")],
      comps=[C("increase in mean daily milk volume", [92, 138, 41], "mL", "milk_volume", "increase in mean daily milk volume",
               ["50 mg group", "100 mg group", "placebo"], True, 0.001, "<"),
             C("serum prolactin, 100 mg arm", [41, 198], "ng/mL", "concentration", "serum prolactin", ["before", "after"]),
             C("serum prolactin, 50 mg arm", [39, 142], "ng/mL", "concentration", "serum prolactin", ["before", "after"]),
             C("serum prolactin, placebo arm", [43, 47], "ng/mL", "concentration", "serum prolactin", ["before", "after"]),
             C("milk sulpiride on day 10", [0.31, 0.64], "mg/L", "concentration", "sulpiride concentrations in milk on day 10",
               ["50 mg", "100 mg"]),
             C("all enteral feeds as own milk", [59, 47, 28], "%", "proportion",
               "providing all enteral feeds as own milk at end of treatment", ["100 mg", "50 mg", "placebo"], True, 0.02, "=")]),
]))

# ---------------------------------------------------------------- z02
CM = dict(kind="concentration", matrix="milk", stat="median", measure="colostrum morphine")
DOCS.append(("z02_intrathecal_morphine.txt", [
    S("We allocated 150 women having elective cesarean delivery under spinal anesthesia", "study", "morphine", "intrathecal",
      pops=[P(150, "150 women having elective cesarean delivery under spinal anesthesia", "total", "mother")],
      doses=[D(10, "mg", "hyperbaric bupivacaine 10 mg", drug="bupivacaine"),
             D(50, "ug", "intrathecal morphine 50, 100 or 150 micrograms", drug="morphine"),
             D(100, "ug", "intrathecal morphine 50, 100 or 150 micrograms", drug="morphine"),
             D(150, "ug", "intrathecal morphine 50, 100 or 150 micrograms", drug="morphine")],
      meas=[M(2.1, "ng/mL", dose=1, group="50 micrograms", timepoint="6 hours", **CM),
            M(3.8, "ng/mL", dose=2, group="100 micrograms", timepoint="6 hours", **CM),
            M(6.0, "ng/mL", dose=3, group="150 micrograms", timepoint="6 hours", **CM),
            M(0.6, "ng/mL", dose=1, group="50 micrograms", timepoint="24 hours", **CM),
            M(1.1, "ng/mL", dose=2, group="100 micrograms", timepoint="24 hours", **CM),
            M(1.9, "ng/mL", dose=3, group="150 micrograms", timepoint="24 hours", **CM),
            M(78, "%", "proportion", dose=1, group="50 mcg", measure="breastfeeding initiated within the first hour"),
            M(74, "%", "proportion", dose=2, group="100 mcg", measure="breastfeeding initiated within the first hour"),
            M(70, "%", "proportion", dose=3, group="150 mcg", measure="breastfeeding initiated within the first hour"),
            M(46, "%", "proportion", dose=3, group="highest dose", measure="pruritus"),
            M(18, "%", "proportion", dose=1, group="50 mcg", measure="pruritus"),
            M(2.6, "{ratio}", "other", group="highest dose vs 50 mcg", measure="relative risk of pruritus"),
            M(12, "%", "proportion", dose=1, group="50 micrograms", measure="nausea"),
            M(20, "%", "proportion", dose=2, group="100 micrograms", measure="nausea"),
            M(34, "%", "proportion", dose=3, group="150 micrograms", measure="nausea"),
            M(64, "%", "proportion", dose=1, group="50 micrograms", measure="exclusive breastfeeding at 6 weeks"),
            M(66, "%", "proportion", dose=2, group="100 micrograms", measure="exclusive breastfeeding at 6 weeks"),
            M(61, "%", "proportion", dose=3, group="150 micrograms", measure="exclusive breastfeeding at 6 weeks")],
      comps=[C("median colostrum morphine at 6 hours", [2.1, 3.8, 6.0], "ng/mL", "concentration", "colostrum morphine at 6 hours",
               ["50 micrograms", "100 micrograms", "150 micrograms"]),
             C("median colostrum morphine at 24 hours", [0.6, 1.1, 1.9], "ng/mL", "concentration", "colostrum morphine at 24 hours",
               ["50 micrograms", "100 micrograms", "150 micrograms"]),
             C("breastfeeding initiated within the first hour", [78, 74, 70], "%", "proportion",
               "breastfeeding initiated within the first hour", ["50 mcg", "100 mcg", "150 mcg"], False, 0.31, "="),
             C("pruritus", [46, 18], "%", "proportion", "pruritus", ["highest dose", "50 mcg"], True),
             C("nausea", [12, 20, 34], "%", "proportion", "nausea",
               ["50 micrograms", "100 micrograms", "150 micrograms"], True, 0.002, "="),
             C("exclusive breastfeeding at 6 weeks", [64, 66, 61], "%", "proportion", "breastfeeding exclusively at 6 weeks",
               ["50 micrograms", "100 micrograms", "150 micrograms"])]),
]))

# ---------------------------------------------------------------- z03
DOCS.append(("z03_escitalopram_registry.txt", [
    S("124 breastfeeding women with postpartum depression were enrolled and randomized", "study", "escitalopram", "oral",
      pops=[P(124, "124 breastfeeding women with postpartum depression", "total", "mother"),
            P(62, "62 were assigned to escitalopram", "exposed", "mother"),
            P(62, "62 to matching placebo", "control", "mother"),
            P(20, "escitalopram arm, n = 20 sampled", "exposed", "mother"),
            P(18, "n = 18 infants tested", "exposed", "infant"),
            P(16, "16 infants", "exposed", "infant")],
      doses=[D(10, "mg", "escitalopram 10 mg orally once daily", frequency="once daily", duration="8 weeks"),
             D(20, "mg", "increased to 20 mg once daily at week 2 if needed", frequency="once daily")],
      meas=[M(-9.6, "{score}", "other", pop=1, group="escitalopram", measure="change in EPDS total score to week 8"),
            M(-5.9, "{score}", "other", pop=2, group="placebo", measure="change in EPDS total score to week 8"),
            M(-3.7, "{score}", "other", group="escitalopram vs placebo", measure="mean difference in EPDS change", stat="mean"),
            M(61, "%", "proportion", pop=1, group="escitalopram", measure="remission at week 8"),
            M(34, "%", "proportion", pop=2, group="placebo", measure="remission at week 8"),
            M(1.79, "{ratio}", "other", group="escitalopram vs placebo", measure="risk ratio for remission"),
            M(88, "%", "proportion", pop=1, group="escitalopram", measure="any breastfeeding at week 8"),
            M(85, "%", "proportion", pop=2, group="placebo", measure="any breastfeeding at week 8"),
            M(1420, "g", "other", pop=1, group="escitalopram", measure="infant weight gain, baseline to week 8"),
            M(1465, "g", "other", pop=2, group="placebo", measure="infant weight gain, baseline to week 8"),
            M(38, "ng/mL", "concentration", "milk", pop=3, stat="mean", measure="milk escitalopram", timepoint="week 8"),
            M(21, "ng/mL", "concentration", "maternal_blood", pop=3, measure="maternal serum escitalopram", timepoint="week 8"),
            M(1.8, "{ratio}", "milk_plasma_ratio", "milk", pop=3, measure="milk/plasma ratio", timepoint="week 8"),
            M(2, "ng/mL", "concentration", "infant_blood", pop=5, qualifier="<", measure="infant serum escitalopram", timepoint="week 8"),
            M(19, "%", "proportion", pop=1, group="escitalopram", measure="nausea"),
            M(8, "%", "proportion", pop=2, group="placebo", measure="nausea"),
            M(15, "%", "proportion", pop=1, group="escitalopram", measure="headache"),
            M(13, "%", "proportion", pop=2, group="placebo", measure="headache")],
      comps=[C("change in EPDS total score", [-9.6, -5.9], "{score}", "other", "change in EPDS total score from baseline to week 8",
               ["escitalopram", "placebo"], True, 0.001, "<"),
             C("remission at week 8", [61, 34], "%", "proportion", "remission at week 8", ["escitalopram", "placebo"], True, 0.003, "="),
             C("any breastfeeding at week 8", [88, 85], "%", "proportion", "any breastfeeding at week 8",
               ["escitalopram", "placebo"], False, 0.62, "="),
             C("infant weight gain", [1420, 1465], "g", "other", "infant weight gain, baseline to week 8",
               ["escitalopram", "placebo"], False),
             C("nausea", [19, 8], "%", "proportion", "nausea", ["escitalopram", "placebo"]),
             C("headache", [15, 13], "%", "proportion", "headache", ["escitalopram", "placebo"])]),
]))

# ---------------------------------------------------------------- z04
MV = dict(kind="concentration", matrix="maternal_blood", analyte="25-hydroxyvitamin d", measure="maternal serum 25-hydroxyvitamin D")
IV = dict(kind="concentration", matrix="infant_blood", analyte="25-hydroxyvitamin d", measure="infant 25-hydroxyvitamin D", timepoint="4 months")
MA = dict(kind="concentration", matrix="milk", analyte="antirachitic activity", measure="milk antirachitic activity", timepoint="4 months")
DOCS.append(("z04_vitamin_d_poster.txt", [
    S("Lactating women 4 to 6 weeks postpartum (n = 180) were randomized", "study", "vitamin d3", "oral",
      pops=[P(180, "Lactating women 4 to 6 weeks postpartum (n = 180)", "total", "mother")],
      doses=[D(400, "[IU]", "400 IU, 2400 IU or 6400 IU of vitamin D3 by mouth each day", frequency="per day", duration="6 months"),
             D(2400, "[IU]", "400 IU, 2400 IU or 6400 IU of vitamin D3 by mouth each day", frequency="per day", duration="6 months"),
             D(6400, "[IU]", "400 IU, 2400 IU or 6400 IU of vitamin D3 by mouth each day", frequency="per day", duration="6 months"),
             D(400, "[IU]", "400 IU daily as oral drops", recipient="infant", frequency="per day")],
      meas=[M(58, "nmol/L", dose=0, group="400 IU", timepoint="baseline", **MV),
            M(76, "nmol/L", dose=0, group="400 IU", timepoint="end", **MV),
            M(57, "nmol/L", dose=1, group="2400 IU", timepoint="baseline", **MV),
            M(104, "nmol/L", dose=1, group="2400 IU", timepoint="end", **MV),
            M(60, "nmol/L", dose=2, group="6400 IU", timepoint="baseline", **MV),
            M(149, "nmol/L", dose=2, group="6400 IU", timepoint="end", **MV),
            M(45, "[IU]/L", dose=0, group="400 IU", **MA),
            M(178, "[IU]/L", dose=1, group="2400 IU", **MA),
            M(873, "[IU]/L", dose=2, group="6400 IU", **MA),
            M(108, "nmol/L", dose=3, group="drops arm", stat="mean", **IV),
            M(71, "nmol/L", dose=1, group="2400 IU arm", stat="mean", **IV),
            M(112, "nmol/L", dose=2, group="6400 IU arm", stat="mean", **IV),
            M(71, "%", "proportion", pop=0, group="dyads overall", measure="exclusive breastfeeding at 4 months")],
      comps=[C("maternal serum 25-hydroxyvitamin D, 400 IU", [58, 76], "nmol/L", "concentration", "maternal serum 25-hydroxyvitamin D", ["before", "after"]),
             C("maternal serum 25-hydroxyvitamin D, 2400 IU", [57, 104], "nmol/L", "concentration", "maternal serum 25-hydroxyvitamin D", ["before", "after"]),
             C("maternal serum 25-hydroxyvitamin D, 6400 IU", [60, 149], "nmol/L", "concentration", "maternal serum 25-hydroxyvitamin D", ["before", "after"]),
             C("milk antirachitic activity at 4 months", [45, 178, 873], "[IU]/L", "concentration", "milk antirachitic activity at 4 months",
               ["400 IU", "2400 IU", "6400 IU"]),
             C("infant 25-hydroxyvitamin D at 4 months", [108, 112], "nmol/L", "concentration", "infant 25-hydroxyvitamin D at 4 months",
               ["drops arm", "6400 IU arm"], False, 0.68, "="),
             C("infant 25-hydroxyvitamin D at 4 months", [108, 71], "nmol/L", "concentration", "infant 25-hydroxyvitamin D at 4 months",
               ["drops arm", "2400 IU arm"], True, 0.01, "<"),
             C("infant 25-hydroxyvitamin D at 4 months", [71, 112], "nmol/L", "concentration", "infant 25-hydroxyvitamin D at 4 months",
               ["2400 IU arm", "6400 IU arm"], True, 0.01, "<")]),
]))

# ---------------------------------------------------------------- z05
DOCS.append(("z05_shatavari_news.txt", [
    S("An ayurvedic root long sold to new mothers as a milk booster did better than a placebo", "study", "shatavari", "oral",
      pops=[P(210, "210 mothers", "total", "mother")],
      doses=[D(4, "g", "4 grams by mouth twice a day", frequency="twice a day", duration="14 days")],
      meas=[M(486, "mL", "milk_volume", dose=0, group="women taking the herb", stat="mean", measure="milk expressed per day", timepoint="day 14"),
            M(401, "mL", "milk_volume", group="placebo group", measure="milk expressed per day", timepoint="day 14"),
            M(112, "ng/mL", "concentration", "maternal_blood", "prolactin", dose=0, group="shatavari", measure="prolactin", timepoint="before"),
            M(241, "ng/mL", "concentration", "maternal_blood", "prolactin", dose=0, group="shatavari", measure="prolactin", timepoint="day 14"),
            M(109, "ng/mL", "concentration", "maternal_blood", "prolactin", group="placebo", measure="prolactin", timepoint="before"),
            M(178, "ng/mL", "concentration", "maternal_blood", "prolactin", group="placebo", measure="prolactin", timepoint="day 14"),
            M(81, "%", "proportion", dose=0, group="shatavari group", measure="babies exclusively breastfed", timepoint="two weeks after delivery"),
            M(66, "%", "proportion", group="placebo group", measure="babies exclusively breastfed", timepoint="two weeks after delivery"),
            M(24, "g", "other", qualifier="~", pop=0, group="both groups", measure="infant weight gain per day over the fortnight")],
      comps=[C("milk expressed per day at day 14", [486, 401], "mL", "milk_volume", "milk expressed a day by day 14",
               ["women taking the herb", "placebo group"], True, 0.008, "="),
             C("prolactin, shatavari", [112, 241], "ng/mL", "concentration", "prolactin", ["before", "after"]),
             C("prolactin, placebo", [109, 178], "ng/mL", "concentration", "prolactin", ["before", "after"]),
             C("exclusive breastfeeding two weeks after delivery", [81, 66], "%", "proportion",
               "babies exclusively breastfed two weeks after delivery", ["shatavari group", "placebo group"])]),
    S("The new results echo a smaller study from Colombo published in 2019", "study", "shatavari", None,
      pops=[P(48, "48 mothers of premature babies", "total", "mother")],
      doses=[D(2, "g", "2 grams of shatavari twice daily for 7 days", frequency="twice daily", duration="7 days")],
      meas=[M(22, "%", "change", dose=0, group="shatavari", measure="increase in daily milk output"),
            M(9, "%", "change", group="dummy powder", measure="increase in daily milk output")],
      comps=[C("increase in daily milk output", [22, 9], "%", "change", "increase in daily milk output",
               ["shatavari", "dummy powder"])]),
]))

# ---------------------------------------------------------------- z06
DOCS.append(("z06_contraception_review.txt", [
    S("In a Brazilian trial, 120 women were randomized to receive a nomegestrol acetate implant", "study", "nomegestrol acetate", None,
      pops=[P(120, "120 women", "total", "mother"),
            P(61, "within 48 hours of delivery (n = 61)", "exposed", "mother"),
            P(59, "at 6 weeks (n = 59)", "control", "mother")],
      meas=[M(71.7, "%", "proportion", pop=1, group="within 48 hours of delivery", measure="exclusive breastfeeding at 3 months"),
            M(68.3, "%", "proportion", pop=2, group="at 6 weeks", measure="exclusive breastfeeding at 3 months"),
            M(1.05, "{ratio}", "other", group="immediate vs delayed", measure="risk ratio for exclusive breastfeeding"),
            M(6.02, "kg", "other", pop=1, group="within 48 hours of delivery", measure="infant weight at 3 months"),
            M(5.97, "kg", "other", pop=2, group="at 6 weeks", measure="infant weight at 3 months")],
      comps=[C("exclusive breastfeeding at 3 months", [71.7, 68.3], "%", "proportion", "exclusive breastfeeding at 3 months",
               ["within 48 hours of delivery", "at 6 weeks"]),
             C("infant weight at 3 months", [6.02, 5.97], "kg", "other", "infant weight at 3 months",
               ["within 48 hours of delivery", "at 6 weeks"], False)],
      cites=[1]),
    S("One hundred eighty-three women took norethindrone 0.35 mg daily", "study", "norethindrone", None,
      pops=[P(183, "One hundred eighty-three women", "total", "mother")],
      doses=[D(0.35, "mg", "norethindrone 0.35 mg daily", frequency="per day")],
      meas=[M(84, "%", "proportion", dose=0, group="early start", measure="still breastfeeding at 8 weeks"),
            M(87, "%", "proportion", dose=0, group="late start", measure="still breastfeeding at 8 weeks")],
      comps=[C("still breastfeeding at 8 weeks", [84, 87], "%", "proportion", "still breastfeeding at 8 weeks",
               ["early start", "late start"], False, 0.57, "=")],
      cites=[2]),
    S("Dutch investigators randomized 96 breastfeeding women at 6 weeks postpartum", "study", "ethinyl estradiol", None,
      pops=[P(96, "96 breastfeeding women at 6 weeks postpartum", "total", "mother")],
      doses=[D(30, "ug", "ethinyl estradiol 30 mcg", drug="ethinyl estradiol"),
             D(150, "ug", "desogestrel 150 mcg", drug="desogestrel"),
             D(75, "ug", "desogestrel 75 mcg alone", drug="desogestrel")],
      meas=[M(58, "%", "proportion", group="combined pill", measure="breastfeeding continuation at 6 months"),
            M(63, "%", "proportion", dose=2, group="desogestrel alone", measure="breastfeeding continuation at 6 months"),
            M(2.9, "kg", "other", group="combined pill", stat="mean", measure="infant weight gain between 6 weeks and 6 months"),
            M(3.1, "kg", "other", dose=2, group="desogestrel alone", stat="mean", measure="infant weight gain between 6 weeks and 6 months")],
      comps=[C("breastfeeding continuation at 6 months", [58, 63], "%", "proportion", "breastfeeding continuation at 6 months",
               ["combined pill", "desogestrel alone"], False),
             C("infant weight gain", [2.9, 3.1], "kg", "other", "infant weight gain between 6 weeks and 6 months",
               ["combined pill", "desogestrel alone"], False)],
      cites=[3]),
    S("In 14 women taking drospirenone 4 mg daily, milk levels averaged 1.8 ng/mL", "study", "drospirenone", None,
      pops=[P(14, "14 women", "exposed", "mother")],
      doses=[D(4, "mg", "drospirenone 4 mg daily", frequency="per day")],
      meas=[M(1.8, "ng/mL", "concentration", "milk", dose=0, pop=0, stat="mean", measure="milk drospirenone"),
            M(0.11, "{ratio}", "milk_plasma_ratio", "milk", qualifier="~", dose=0, pop=0, measure="milk level relative to simultaneous serum level"),
            M(0.6, "ug/kg", "infant_dose", dose=0, pop=0, measure="estimated infant intake per day"),
            M(1.1, "%", "relative_infant_dose", dose=0, pop=0, measure="infant intake, % of maternal weight-adjusted dosage")],
      cites=[4]),
    S("Twelve lactating women given a single 30 mg oral dose of ulipristal acetate", "study", "ulipristal acetate", "oral",
      pops=[P(12, "Twelve lactating women", "exposed", "mother")],
      doses=[D(30, "mg", "a single 30 mg oral dose of ulipristal acetate")],
      meas=[M(22.7, "ng/mL", "concentration", "milk", dose=0, pop=0, stat="mean", measure="peak milk ulipristal acetate"),
            M(2.4, "ug/kg", "infant_dose", dose=0, pop=0, measure="total infant dose over the following 5 days")],
      cites=[5]),
    S("A meta-analysis of four trials with 612 women in total found", "study", "progestin-only methods", None,
      pops=[P(612, "612 women in total", "total", "mother")],
      meas=[M(0.94, "{ratio}", "other", pop=0, group="progestin-only vs non-hormonal methods", measure="odds ratio for exclusive breastfeeding at 6 months")],
      cites=[6]),
]))

# ---------------------------------------------------------------- z07
DOCS.append(("z07_amlodipine_page.txt", [
    S("Maternal doses of amlodipine up to 10 mg daily produce low levels in milk", "recommendation", "amlodipine", None,
      doses=[D(10, "mg", "Maternal doses of amlodipine up to 10 mg daily", stat="maximum", frequency="per day")]),
    S("Thirty-one women taking amlodipine for pregnancy-related hypertension were grouped by dose", "study", "amlodipine", None,
      pops=[P(31, "Thirty-one women taking amlodipine for pregnancy-related hypertension", "total", "mother"),
            P(19, "19 took 5 mg once daily", "exposed", "mother"),
            P(12, "12 took 10 mg once daily", "exposed", "mother")],
      doses=[D(5, "mg", "5 mg once daily", frequency="once daily"),
             D(10, "mg", "10 mg once daily", frequency="once daily")],
      meas=[M(11.5, "ug/L", "concentration", "milk", dose=0, pop=1, stat="median", group="5 mg group", measure="milk amlodipine"),
            M(3.2, "ug/L", "concentration", "milk", dose=0, pop=1, stat="range", value_high=25.1, group="5 mg group", measure="milk amlodipine"),
            M(18.9, "ug/L", "concentration", "milk", dose=1, pop=2, stat="median", group="10 mg group", measure="milk amlodipine"),
            M(0.85, "{ratio}", "milk_plasma_ratio", "milk", pop=0, stat="mean", measure="milk/plasma ratio"),
            M(4.2, "%", "relative_infant_dose", pop=0, stat="median", measure="relative infant dose, % of maternal weight-adjusted dosage")],
      comps=[C("median milk amlodipine", [11.5, 18.9], "ug/L", "concentration", "milk amlodipine", ["5 mg group", "10 mg group"])],
      cites=[1]),
    S("Among 15 breastfed infants of mothers taking amlodipine 5 to 10 mg daily", "study", "amlodipine", None,
      pops=[P(15, "15 breastfed infants", "exposed", "infant"),
            P(9, "in 9", "exposed", "infant"),
            P(6, "the remaining 6", "exposed", "infant")],
      doses=[D(5, "mg", "amlodipine 5 to 10 mg daily", amount_high=10, stat="range", frequency="per day")],
      meas=[M(1, "ug/L", "concentration", "infant_blood", qualifier="<", dose=0, pop=1, measure="infant serum amlodipine (undetectable)"),
            M(1.4, "ug/L", "concentration", "infant_blood", dose=0, pop=2, stat="mean", measure="infant serum amlodipine"),
            M(4.6, "%", "infant_plasma_ratio", "infant_blood", dose=0, pop=2, measure="infant serum level, % of maternal serum level")],
      cites=[2]),
    S("In a Chinese cohort, 44 infants whose mothers took amlodipine were compared", "study", "amlodipine", None,
      pops=[P(44, "44 infants whose mothers took amlodipine", "exposed", "infant"),
            P(44, "44 infants of mothers taking hydralazine", "control", "infant")],
      meas=[M(1.92, "kg", "other", pop=0, group="amlodipine", measure="infant weight gain over the first 8 weeks"),
            M(1.88, "kg", "other", pop=1, group="hydralazine", measure="infant weight gain over the first 8 weeks"),
            M(9, "%", "proportion", pop=0, group="amlodipine", measure="jaundice requiring phototherapy"),
            M(11, "%", "proportion", pop=1, group="hydralazine", measure="jaundice requiring phototherapy")],
      comps=[C("infant weight gain over the first 8 weeks", [1.92, 1.88], "kg", "other", "weight gain over the first 8 weeks",
               ["amlodipine", "hydralazine"], False, 0.71, "="),
             C("jaundice requiring phototherapy", [9, 11], "%", "proportion", "jaundice requiring phototherapy",
               ["amlodipine", "hydralazine"])],
      cites=[3]),
    S("A randomized trial in 64 women with postpartum hypertension compared amlodipine 5 mg daily", "study", "amlodipine", None,
      pops=[P(64, "64 women with postpartum hypertension", "total", "mother")],
      doses=[D(5, "mg", "amlodipine 5 mg daily", frequency="per day", drug="amlodipine"),
             D(25, "mg", "captopril 25 mg twice daily", frequency="twice daily", drug="captopril")],
      meas=[M(86, "%", "proportion", dose=0, group="amlodipine", measure="breastfeeding exclusively at 2 weeks"),
            M(69, "%", "proportion", dose=1, group="captopril", measure="breastfeeding exclusively at 2 weeks"),
            M(118, "ng/mL", "concentration", "maternal_blood", "prolactin", dose=0, group="amlodipine", measure="serum prolactin", timepoint="day 7"),
            M(121, "ng/mL", "concentration", "maternal_blood", "prolactin", dose=1, group="captopril", measure="serum prolactin", timepoint="day 7"),
            M(612, "mL", "milk_volume", dose=0, group="amlodipine", measure="pumped milk volume per day", timepoint="day 7"),
            M(590, "mL", "milk_volume", dose=1, group="captopril", measure="pumped milk volume per day", timepoint="day 7")],
      comps=[C("exclusive breastfeeding at 2 weeks", [86, 69], "%", "proportion", "breastfeeding exclusively at 2 weeks",
               ["amlodipine", "captopril"], False, 0.09, "="),
             C("serum prolactin on day 7", [118, 121], "ng/mL", "concentration", "serum prolactin on day 7", ["amlodipine", "captopril"]),
             C("pumped milk volume on day 7", [612, 590], "mL", "milk_volume", "pumped milk volume on day 7",
               ["amlodipine", "captopril"], False, 0.48, "=")],
      cites=[4]),
]))

# ---------------------------------------------------------------- z08
MZ = dict(kind="concentration", matrix="milk", measure="milk zinc", timepoint="2 months")
DOCS.append(("z08_zinc_page.html", [
    S("Nursing mothers need about 12 mg of zinc per day", "recommendation", "zinc", None,
      doses=[D(12, "mg", "about 12 mg of zinc per day", frequency="per day"),
             D(25, "mg", "up to 25 mg of zinc daily", stat="maximum", frequency="per day")],
      cites=[1]),
    S("In a double-blind trial in Tehran, 90 lactating women were randomized", "study", "zinc sulfate", None,
      pops=[P(90, "90 lactating women", "total", "mother")],
      doses=[D(25, "mg", "25 mg zinc (as sulfate)", frequency="per day", duration="from delivery to 2 months postpartum"),
             D(50, "mg", "50 mg zinc", frequency="per day", duration="from delivery to 2 months postpartum")],
      meas=[M(2.41, "mg/L", dose=0, group="25 mg", stat="mean", analyte="zinc", **MZ),
            M(2.63, "mg/L", dose=1, group="50 mg", stat="mean", analyte="zinc", **MZ),
            M(1.74, "mg/L", group="placebo", stat="mean", analyte="zinc", **MZ),
            M(0.62, "mg/L", "concentration", "maternal_blood", "zinc", dose=1, group="50 mg group", measure="maternal serum zinc", timepoint="before"),
            M(0.81, "mg/L", "concentration", "maternal_blood", "zinc", dose=1, group="50 mg group", measure="maternal serum zinc", timepoint="after")],
      comps=[C("milk zinc at 2 months", [2.41, 1.74], "mg/L", "concentration", "milk zinc at 2 months", ["25 mg zinc", "placebo"], True, 0.05, "<"),
             C("milk zinc at 2 months", [2.63, 1.74], "mg/L", "concentration", "milk zinc at 2 months", ["50 mg zinc", "placebo"], True, 0.05, "<"),
             C("milk zinc at 2 months", [2.41, 2.63], "mg/L", "concentration", "milk zinc at 2 months", ["25 mg zinc", "50 mg zinc"], False),
             C("maternal serum zinc, 50 mg group", [0.62, 0.81], "mg/L", "concentration", "maternal serum zinc", ["before", "after"])],
      cites=[2]),
    S("Among 142 exclusively breastfed infants of mothers given 15 mg zinc daily or placebo", "study", "zinc", None,
      pops=[P(142, "142 exclusively breastfed infants", "total", "infant")],
      doses=[D(15, "mg", "15 mg zinc daily", frequency="per day")],
      meas=[M(16.8, "cm", "other", dose=0, group="zinc", measure="infant length gain over 6 months"),
            M(15.9, "cm", "other", group="placebo", measure="infant length gain over 6 months"),
            M(0.9, "cm", "other", group="zinc vs placebo", stat="mean", measure="mean difference in length gain"),
            M(4.12, "kg", "other", dose=0, group="zinc", measure="infant weight gain over 6 months"),
            M(3.98, "kg", "other", group="placebo", measure="infant weight gain over 6 months")],
      comps=[C("length gain over 6 months", [16.8, 15.9], "cm", "other", "length gain over 6 months", ["zinc", "placebo"]),
             C("weight gain over 6 months", [4.12, 3.98], "kg", "other", "weight gain over 6 months", ["zinc", "placebo"], False, 0.21, "=")],
      cites=[3]),
    S("In 8 women taking 220 mg of zinc sulfate (50 mg elemental zinc) by mouth", "study", "zinc sulfate", "oral",
      pops=[P(8, "8 women", "exposed", "mother")],
      doses=[D(220, "mg", "220 mg of zinc sulfate"), D(50, "mg", "50 mg elemental zinc")],
      meas=[M(1.9, "mg/L", "concentration", "milk", "zinc", dose=0, pop=0, measure="milk zinc", timepoint="before the dose"),
            M(2.6, "mg/L", "concentration", "milk", "zinc", dose=0, pop=0, stat="maximum", measure="peak milk zinc", timepoint="4 hours later"),
            M(0.39, "mg/kg", "infant_dose", analyte="zinc", dose=0, pop=0, measure="estimated infant zinc dose per day"),
            M(1.1, "%", "relative_infant_dose", analyte="zinc", qualifier="~", dose=0, pop=0, measure="infant dose, % of maternal weight-adjusted dose")],
      cites=[4]),
]))

# ---------------------------------------------------------------- z09
DOCS.append(("z09_dexmedetomidine_rct.txt", [
    S("Women scheduled for cesarean delivery under general anesthesia were randomly assigned", "study", "dexmedetomidine", "intravenous",
      pops=[P(40, "group D1, n = 40", "exposed", "mother"),
            P(40, "group D2, n = 40", "exposed", "mother"),
            P(40, "group S, n = 40", "control", "mother")],
      doses=[D(0.5, "ug/kg", "intravenous dexmedetomidine 0.5 mcg/kg"),
             D(1, "ug/kg", "dexmedetomidine 1 mcg/kg")],
      meas=[M(0.078, "ng/mL", "concentration", "milk", dose=0, pop=0, stat="mean", group="group D1", measure="colostrum dexmedetomidine", timepoint="6 h"),
            M(0.152, "ng/mL", "concentration", "milk", dose=1, pop=1, stat="mean", group="group D2", measure="colostrum dexmedetomidine", timepoint="6 h"),
            M(0.005, "ng/mL", "concentration", "milk", qualifier="<", group="all women", measure="colostrum dexmedetomidine", timepoint="24 h"),
            M(1.12, "{ratio}", "milk_plasma_ratio", "milk", dose=0, pop=0, group="D1", measure="milk-to-plasma ratio", timepoint="6 h"),
            M(1.09, "{ratio}", "milk_plasma_ratio", "milk", dose=1, pop=1, group="D2", measure="milk-to-plasma ratio", timepoint="6 h"),
            M(65, "%", "proportion", dose=0, pop=0, group="D1", measure="successful first breastfeeding within 2 h"),
            M(70, "%", "proportion", dose=1, pop=1, group="D2", measure="successful first breastfeeding within 2 h"),
            M(45, "%", "proportion", pop=2, group="S", measure="successful first breastfeeding within 2 h"),
            M(42, "ug", "other", None, "sufentanil", dose=1, pop=1, stat="mean", group="D2", measure="postoperative sufentanil consumption in the first 24 h"),
            M(61, "ug", "other", None, "sufentanil", pop=2, stat="mean", group="saline", measure="postoperative sufentanil consumption in the first 24 h"),
            M(-19, "ug", "other", None, "sufentanil", stat="mean", group="D2 vs saline", measure="mean difference in sufentanil consumption"),
            M(212, "ng/mL", "concentration", "maternal_blood", "prolactin", dose=0, pop=0, group="D1", measure="serum prolactin", timepoint="24 h"),
            M(226, "ng/mL", "concentration", "maternal_blood", "prolactin", dose=1, pop=1, group="D2", measure="serum prolactin", timepoint="24 h"),
            M(189, "ng/mL", "concentration", "maternal_blood", "prolactin", pop=2, group="S", measure="serum prolactin", timepoint="24 h")],
      comps=[C("colostrum dexmedetomidine at 6 h", [0.078, 0.152], "ng/mL", "concentration", "colostrum dexmedetomidine at 6 h", ["group D1", "group D2"]),
             C("milk-to-plasma ratio at 6 h", [1.12, 1.09], "{ratio}", "milk_plasma_ratio", "milk-to-plasma ratio at 6 h", ["D1", "D2"]),
             C("successful first breastfeeding within 2 h", [65, 70, 45], "%", "proportion", "successful first breastfeeding within 2 h",
               ["D1", "D2", "S"], True, 0.04, "="),
             C("postoperative sufentanil consumption", [42, 61], "ug", "other", "postoperative sufentanil consumption in the first 24 h",
               ["D2", "saline"], True, 0.001, "<"),
             C("serum prolactin at 24 h", [212, 226, 189], "ng/mL", "concentration", "serum prolactin at 24 h", ["D1", "D2", "S"], False)]),
]))

# ---------------------------------------------------------------- z10
MI = dict(kind="concentration", matrix="milk", stat="median", measure="breast-milk iodine")
DOCS.append(("z10_iodine_abstract.txt", [
    S("In this open-label trial, 186 breastfeeding women in a mildly iodine-deficient area", "study", "potassium iodide", "oral",
      pops=[P(186, "186 breastfeeding women in a mildly iodine-deficient area", "total", "mother")],
      doses=[D(150, "ug", "oral iodine 150 mcg daily (as potassium iodide)", frequency="per day", duration="6 months"),
             D(250, "ug", "250 mcg daily", frequency="per day", duration="6 months")],
      meas=[M(118, "ug/L", dose=0, group="150 mcg", timepoint="3 months", analyte="iodine", **MI),
            M(164, "ug/L", dose=1, group="250 mcg", timepoint="3 months", analyte="iodine", **MI),
            M(71, "ug/L", group="no supplement", timepoint="3 months", analyte="iodine", **MI),
            M(109, "ug/L", dose=0, group="150 mcg", timepoint="6 months", analyte="iodine", **MI),
            M(152, "ug/L", dose=1, group="250 mcg", timepoint="6 months", analyte="iodine", **MI),
            M(64, "ug/L", group="no supplement", timepoint="6 months", analyte="iodine", **MI),
            M(96, "ug/L", "concentration", "maternal_urine", "iodine", dose=0, group="150 mcg", measure="maternal urinary iodine", timepoint="6 months"),
            M(131, "ug/L", "concentration", "maternal_urine", "iodine", dose=1, group="250 mcg", measure="maternal urinary iodine", timepoint="6 months"),
            M(58, "ug/L", "concentration", "maternal_urine", "iodine", group="no supplement", measure="maternal urinary iodine", timepoint="6 months"),
            M(162, "ug/L", "concentration", "infant_urine", "iodine", dose=0, group="150 mcg", measure="infant urinary iodine", timepoint="6 months"),
            M(205, "ug/L", "concentration", "infant_urine", "iodine", dose=1, group="250 mcg", measure="infant urinary iodine", timepoint="6 months"),
            M(101, "ug/L", "concentration", "infant_urine", "iodine", group="no supplement", measure="infant urinary iodine", timepoint="6 months"),
            M(1.9, "m[IU]/L", "concentration", "infant_blood", "tsh", dose=0, group="150 mcg", measure="infant TSH", timepoint="6 months"),
            M(2.0, "m[IU]/L", "concentration", "infant_blood", "tsh", dose=1, group="250 mcg", measure="infant TSH", timepoint="6 months"),
            M(2.1, "m[IU]/L", "concentration", "infant_blood", "tsh", group="no supplement", measure="infant TSH", timepoint="6 months"),
            M(41, "%", "proportion", pop=0, group="women overall", measure="exclusive breastfeeding at 6 months")],
      comps=[C("milk iodine at 3 months", [118, 71], "ug/L", "concentration", "breast-milk iodine at 3 months", ["150 mcg", "no supplement"], True, 0.001, "<"),
             C("milk iodine at 3 months", [164, 71], "ug/L", "concentration", "breast-milk iodine at 3 months", ["250 mcg", "no supplement"], True, 0.001, "<"),
             C("milk iodine at 3 months", [118, 164], "ug/L", "concentration", "breast-milk iodine at 3 months", ["150 mcg", "250 mcg"], True, 0.02, "="),
             C("milk iodine at 6 months", [109, 64], "ug/L", "concentration", "breast-milk iodine at 6 months", ["150 mcg", "no supplement"], True, 0.001, "<"),
             C("milk iodine at 6 months", [152, 64], "ug/L", "concentration", "breast-milk iodine at 6 months", ["250 mcg", "no supplement"], True, 0.001, "<"),
             C("milk iodine at 6 months", [109, 152], "ug/L", "concentration", "breast-milk iodine at 6 months", ["150 mcg", "250 mcg"], False, 0.19, "="),
             C("maternal urinary iodine at 6 months", [96, 131, 58], "ug/L", "concentration", "maternal urinary iodine at 6 months",
               ["150 mcg", "250 mcg", "no supplement"]),
             C("infant urinary iodine at 6 months", [162, 205, 101], "ug/L", "concentration", "infant urinary iodine at 6 months",
               ["150 mcg", "250 mcg", "no supplement"]),
             C("infant TSH at 6 months", [1.9, 2.0, 2.1], "m[IU]/L", "concentration", "infant TSH at 6 months",
               ["150 mcg", "250 mcg", "no supplement"], False)]),
]))


def main():
    with open(OUT, 'w', encoding='utf-8') as f:
        for doc, sts in DOCS:
            f.write(json.dumps({"doc": doc, "statements": sts}, ensure_ascii=False) + "\n")
    print("wrote", os.path.normpath(OUT), len(DOCS), "documents")


if __name__ == '__main__':
    main()
