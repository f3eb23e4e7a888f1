#!/usr/bin/env python3
"""Build gold.jsonl for the synthetic AD held-out corpus (FORMAT.md version 2).
Annotations are written as Python calls; run: python3 tools/build_gold.py"""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'gold.jsonl')


def P(n, text, role, who):
    return {"n": n, "text": text, "role": role, "who": who}


def D(amount, unit, text, recipient="mother", amount_high=None, frequency=None,
      duration=None, stat=None, drug=None):
    d = {"amount": amount}
    if amount_high is not None:
        d["amount_high"] = amount_high
    d["unit"] = unit
    for k, v in (("stat", stat), ("frequency", frequency), ("duration", duration), ("drug", drug)):
        if v is not None:
            d[k] = v
    d["text"] = text
    d["recipient"] = recipient
    return d


def M(value, unit, kind, matrix=None, analyte=None, dose=None, population=None,
      value_high=None, qualifier=None, stat=None, group=None, measure=None, timepoint=None):
    m = {"value": value}
    if value_high is not None:
        m["value_high"] = value_high
    m["unit"] = unit
    for k, v in (("qualifier", qualifier), ("stat", stat), ("group", group),
                 ("measure", measure), ("timepoint", timepoint)):
        if v is not None:
            m[k] = v
    m.update({"kind": kind, "matrix": matrix, "analyte": analyte, "dose": dose, "population": population})
    return m


def C(values, unit, kind, outcome, arms, significant=None, p_value=None, p_qualifier=None, measure=None):
    return {"measure": measure or outcome, "values": values, "unit": unit, "kind": kind,
            "outcome": outcome, "arms": arms, "significant": significant,
            "p_value": p_value, "p_qualifier": p_qualifier}


def S(anchor, kind, drug, route=None, populations=(), doses=(), measurements=(), comparisons=(), citations=()):
    return {"anchor": anchor, "kind": kind, "drug": drug, "route": route,
            "populations": list(populations), "doses": list(doses),
            "measurements": list(measurements), "comparisons": list(comparisons),
            "citations": list(citations)}


DOCS = []


def doc(name, *statements):
    DOCS.append({"doc": name, "statements": list(statements)})


# ---------------------------------------------------------------- ad01
MV = "expressed milk volume per day"
doc("ad01_goats_rue_trial.txt",
    S("We randomly assigned 96 mothers of infants born before 32 weeks' gestation", "study",
      "goat's rue extract", "oral",
      populations=[P(96, "96 mothers of infants born before 32 weeks' gestation", "total", "mother"),
                   P(32, "low-dose arm, n = 32", "exposed", "mother"),
                   P(32, "high-dose arm, n = 32", "exposed", "mother"),
                   P(32, "a matching placebo capsule (n = 32)", "control", "mother")],
      doses=[D(500, "mg", "goat's rue extract 500 mg orally three times daily", frequency="three times daily", duration="14 days"),
             D(1000, "mg", "goat's rue extract 1000 mg orally three times daily", frequency="three times daily", duration="14 days")],
      measurements=[
          M(212, "mL", "milk_volume", stat="mean", group="low-dose arm", measure="baseline " + MV, population=1),
          M(208, "mL", "milk_volume", stat="mean", group="high-dose arm", measure="baseline " + MV, population=2),
          M(215, "mL", "milk_volume", stat="mean", group="placebo", measure="baseline " + MV, population=3),
          M(356, "mL", "milk_volume", stat="mean", group="high-dose arm", measure=MV, timepoint="day 7", dose=1, population=2),
          M(301, "mL", "milk_volume", stat="mean", group="low-dose arm", measure=MV, timepoint="day 7", dose=0, population=1),
          M(262, "mL", "milk_volume", stat="mean", group="placebo", measure=MV, timepoint="day 7", population=3),
          M(418, "mL", "milk_volume", stat="mean", group="high-dose arm", measure=MV, timepoint="day 14", dose=1, population=2),
          M(347, "mL", "milk_volume", stat="mean", group="low-dose arm", measure=MV, timepoint="day 14", dose=0, population=1),
          M(289, "mL", "milk_volume", stat="mean", group="placebo", measure=MV, timepoint="day 14", population=3),
          M(129, "mL", "other", stat="mean", measure="mean difference in milk volume per day, high dose vs placebo"),
          M(58, "mL", "other", measure="difference in milk volume per day, low dose vs placebo"),
          M(68, "ng/mL", "concentration", "maternal_blood", "prolactin", group="high-dose arm", measure="serum prolactin", timepoint="baseline", population=2),
          M(141, "ng/mL", "concentration", "maternal_blood", "prolactin", group="high-dose arm", measure="serum prolactin", timepoint="day 14", dose=1, population=2),
          M(71, "ng/mL", "concentration", "maternal_blood", "prolactin", group="placebo", measure="serum prolactin", timepoint="baseline", population=3),
          M(79, "ng/mL", "concentration", "maternal_blood", "prolactin", group="placebo", measure="serum prolactin", timepoint="day 14", population=3),
          M(47, "%", "proportion", group="high-dose mothers", measure="mothers who doubled their output", dose=1, population=2),
          M(28, "%", "proportion", group="low dose", measure="mothers who doubled their output", dose=0, population=1),
          M(9, "%", "proportion", group="placebo", measure="mothers who doubled their output", population=3),
          M(5.0, "{ratio}", "other", measure="risk ratio for doubling output, high dose vs placebo"),
          M(312, "g", "other", group="high-dose arm", measure="infant weight gain over 2 weeks", dose=1, population=2),
          M(298, "g", "other", group="placebo", measure="infant weight gain over 2 weeks", population=3),
          M(5, "ng/mL", "concentration", "milk", "galegine", qualifier="<", group="high-dose arm", measure="milk galegine", dose=1, population=2),
      ],
      comparisons=[
          C([212, 208, 215], "mL", "milk_volume", "baseline output", ["low-dose arm", "high-dose arm", "placebo"], False, measure="baseline " + MV),
          C([356, 301, 262], "mL", "milk_volume", "expressed milk volume by day 7", ["high-dose arm", "low-dose arm", "placebo"], True, 0.002, "="),
          C([418, 347, 289], "mL", "milk_volume", "expressed milk volume at day 14", ["high-dose arm", "low-dose arm", "placebo recipients"], True, 0.001, "<"),
          C([68, 141], "ng/mL", "concentration", "serum prolactin in the high-dose arm", ["baseline", "day 14"], True, 0.001, "<"),
          C([71, 79], "ng/mL", "concentration", "serum prolactin in placebo recipients", ["baseline", "day 14"], False),
          C([47, 28, 9], "%", "proportion", "mothers who doubled their output", ["high dose", "low dose", "placebo"]),
          C([312, 298], "g", "other", "infant weight gain over the 2 weeks", ["high-dose arm", "placebo arm"], False, 0.61, "="),
      ]))

# ---------------------------------------------------------------- ad02
doc("ad02_esketamine_trial.html",
    S("160 women scheduled for elective caesarean delivery under spinal anaesthesia", "study",
      "esketamine", "intravenous",
      populations=[P(160, "160 women scheduled for elective caesarean delivery under spinal anaesthesia", "total", "mother"),
                   P(80, "esketamine group, n = 80", "exposed", "mother"),
                   P(80, "control group, n = 80", "control", "mother"),
                   P(15, "A subset of 15 women in the esketamine group", "exposed", "mother")],
      doses=[D(0.2, "mg/kg", "esketamine 0.2 mg/kg given intravenously over 40 minutes after cord clamping", frequency="single dose")],
      measurements=[
          M(71.3, "%", "proportion", group="esketamine", measure="exclusive breastfeeding at 6 weeks", dose=0, population=1),
          M(58.8, "%", "proportion", group="saline group", measure="exclusive breastfeeding at 6 weeks", population=2),
          M(1.21, "{ratio}", "other", measure="relative risk of exclusive breastfeeding at 6 weeks"),
          M(182.4, "ng/mL", "concentration", "maternal_blood", "prolactin", stat="mean", group="esketamine", measure="serum prolactin", timepoint="24 hours after surgery", dose=0, population=1),
          M(151.7, "ng/mL", "concentration", "maternal_blood", "prolactin", stat="mean", group="saline", measure="serum prolactin", timepoint="24 hours after surgery", population=2),
          M(58.2, "h", "other", stat="mean", group="esketamine group", measure="time to onset of lactogenesis II", dose=0, population=1),
          M(66.9, "h", "other", stat="mean", group="controls", measure="time to onset of lactogenesis II", population=2),
          M(168, "mL", "milk_volume", group="esketamine group", measure="milk volume transferred per day, day 3", dose=0, population=1),
          M(159, "mL", "milk_volume", group="control group", measure="milk volume transferred per day, day 3", population=2),
          M(12.6, "ng/mL", "concentration", "milk", stat="median", measure="milk esketamine", timepoint="2 hours after the infusion", dose=0, population=3),
          M(0.71, "{ratio}", "milk_plasma_ratio", "milk", stat="median", measure="milk/plasma ratio", timepoint="2 hours after the infusion", dose=0, population=3),
      ],
      comparisons=[
          C([71.3, 58.8], "%", "proportion", "exclusive breastfeeding at 6 weeks", ["esketamine", "saline group"], True, 0.04, "="),
          C([182.4, 151.7], "ng/mL", "concentration", "serum prolactin 24 hours after surgery", ["esketamine", "saline"], True, 0.001, "<"),
          C([58.2, 66.9], "h", "other", "onset of lactogenesis II", ["esketamine group", "controls"], True),
          C([168, 159], "mL", "milk_volume", "milk volume transferred on day 3", ["esketamine group", "control group"], False, 0.42, "="),
      ]))

# ---------------------------------------------------------------- ad03
doc("ad03_dapsone_lactmed.txt",
    S("Dapsone and its metabolite monoacetyldapsone pass into breastmilk in relatively large amounts", "recommendation",
      "dapsone", doses=[D(100, "mg", "maternal doses of up to 100 mg daily", stat="maximum", frequency="per day")],
      citations=[1]),
    S("Four women who were taking dapsone 100 mg once daily by mouth for leprosy", "study", "dapsone", "oral",
      populations=[P(4, "Four women who were taking dapsone 100 mg once daily by mouth for leprosy", "exposed", "mother")],
      doses=[D(100, "mg", "dapsone 100 mg once daily by mouth", frequency="once daily")],
      measurements=[
          M(1.62, "mg/L", "concentration", "milk", stat="mean", measure="milk dapsone", timepoint="3 to 8 hours after a dose", dose=0, population=0),
          M(1.1, "mg/L", "concentration", "milk", value_high=2.3, stat="range", measure="milk dapsone", dose=0, population=0),
          M(0.31, "mg/L", "concentration", "milk", "monoacetyldapsone", stat="mean", measure="milk monoacetyldapsone", dose=0, population=0),
          M(0.42, "{ratio}", "milk_plasma_ratio", "milk", measure="milk/plasma ratio of dapsone", dose=0, population=0),
          M(0.17, "{ratio}", "milk_plasma_ratio", "milk", "monoacetyldapsone", measure="milk/plasma ratio of monoacetyldapsone", dose=0, population=0),
          M(0.24, "mg/kg", "infant_dose", measure="estimated infant dose per day", dose=0, population=0),
          M(16.5, "%", "relative_infant_dose", measure="% of maternal weight-adjusted dosage", dose=0, population=0),
      ], citations=[2]),
    S("A woman taking dapsone 50 mg twice daily for dermatitis herpetiformis", "study", "dapsone",
      doses=[D(50, "mg", "dapsone 50 mg twice daily", frequency="twice daily")],
      measurements=[
          M(31.4, "h", "half_life", "milk", measure="half-life of dapsone in milk", dose=0),
          M(0.86, "mg", "amount_excreted", measure="dapsone excreted into milk over 24 hours", dose=0),
          M(2.05, "mg/L", "concentration", "milk", measure="peak milk dapsone", timepoint="5 hours after the morning dose", dose=0),
      ], citations=[3]),
    S("Serum dapsone levels in two of the infants in the leprosy study", "study", "dapsone",
      populations=[P(2, "two of the infants in the leprosy study", "exposed", "infant")],
      measurements=[
          M(0.44, "mg/L", "concentration", "infant_blood", value_high=0.61, stat="range", measure="infant serum dapsone", population=0),
          M(26, "%", "infant_plasma_ratio", "infant_blood", value_high=35, stat="range", measure="infant serum dapsone, % of maternal serum", population=0),
      ], citations=[2]),
    S("An exclusively breastfed 6-week-old infant whose mother was taking dapsone 100 mg daily", "study", "dapsone",
      doses=[D(100, "mg", "dapsone 100 mg daily", frequency="daily")],
      measurements=[
          M(0.9, "mg/L", "concentration", "infant_blood", measure="infant serum dapsone", dose=0),
          M(0.2, "mg/L", "concentration", "infant_blood", "monoacetyldapsone", measure="infant serum monoacetyldapsone", dose=0),
          M(48, "%", "infant_plasma_ratio", "infant_blood", measure="infant dapsone level, % of mother's serum level", dose=0),
      ], citations=[4]),
    S("The 6-week-old infant described above developed hemolytic anemia", "study", "dapsone",
      measurements=[M(7.4, "%", "other", analyte="methemoglobin", measure="infant methemoglobin level")],
      citations=[4]),
    S("In a follow-up of 21 breastfed infants whose mothers took dapsone 50 to 100 mg daily", "study", "dapsone",
      populations=[P(21, "21 breastfed infants whose mothers took dapsone 50 to 100 mg daily", "exposed", "infant")],
      doses=[D(50, "mg", "dapsone 50 to 100 mg daily", amount_high=100, stat="range", frequency="daily")],
      measurements=[M(10, "%", "proportion", qualifier="~", measure="infants with transient jaundice", dose=0, population=0)],
      citations=[5]),
    )

# ---------------------------------------------------------------- ad04
doc("ad04_bisoprolol_lactmed.md",
    S("Limited information indicates that maternal doses of bisoprolol up to 10 mg daily", "recommendation", "bisoprolol",
      doses=[D(10, "mg", "maternal doses of bisoprolol up to 10 mg daily", stat="maximum", frequency="per day")],
      citations=[1]),
    S("Six mothers taking bisoprolol 2.5 to 5 mg once daily for hypertension", "study", "bisoprolol",
      populations=[P(6, "Six mothers taking bisoprolol 2.5 to 5 mg once daily for hypertension", "exposed", "mother")],
      doses=[D(2.5, "mg", "bisoprolol 2.5 to 5 mg once daily", amount_high=5, stat="range", frequency="once daily"),
             D(2.5, "mg", "the 2.5 mg dose"),
             D(5, "mg", "the 5 mg dose")],
      measurements=[
          M(3.1, "ug/L", "concentration", "milk", stat="mean", group="2.5 mg dose", measure="average milk bisoprolol", dose=1, population=0),
          M(6.8, "ug/L", "concentration", "milk", stat="mean", group="5 mg dose", measure="average milk bisoprolol", dose=2, population=0),
          M(0.9, "{ratio}", "milk_plasma_ratio", "milk", stat="mean", measure="milk/plasma ratio", dose=0, population=0),
          M(0.6, "{ratio}", "milk_plasma_ratio", "milk", value_high=1.3, stat="range", measure="milk/plasma ratio", dose=0, population=0),
          M(1.02, "ug/kg", "infant_dose", measure="estimated infant dose per day", dose=2, population=0),
          M(1.4, "%", "relative_infant_dose", measure="% of maternal weight-adjusted dosage", dose=2, population=0),
      ],
      comparisons=[C([3.1, 6.8], "ug/L", "concentration", "average milk concentrations", ["2.5 mg dose", "5 mg dose"])],
      citations=[1]),
    S("In a woman taking bisoprolol 10 mg daily 4 months after delivery", "study", "bisoprolol",
      doses=[D(10, "mg", "bisoprolol 10 mg daily", frequency="daily")],
      measurements=[
          M(14, "ug/L", "concentration", "milk", measure="peak milk bisoprolol", timepoint="3 hours after the dose", dose=0),
          M(11.2, "h", "half_life", "milk", measure="half-life of bisoprolol in milk", dose=0),
          M(5.6, "ug", "amount_excreted", measure="bisoprolol recovered from milk over 24 hours", dose=0),
      ], citations=[2]),
    S("Three breastfed infants whose mothers were taking 5 mg daily", "study", "bisoprolol",
      populations=[P(3, "Three breastfed infants whose mothers were taking 5 mg daily", "exposed", "infant")],
      doses=[D(5, "mg", "5 mg daily", frequency="daily")],
      measurements=[M(0.5, "ug/L", "concentration", "infant_blood", qualifier="<", measure="infant serum bisoprolol", timepoint="4 to 8 weeks of age", dose=0, population=0)],
      citations=[1]),
    S("A 3-month-old exclusively breastfed infant of a mother taking 7.5 mg daily", "study", "bisoprolol",
      doses=[D(7.5, "mg", "7.5 mg daily", frequency="daily")],
      measurements=[
          M(1.1, "ug/L", "concentration", "infant_blood", measure="infant plasma bisoprolol", dose=0),
          M(4, "%", "infant_plasma_ratio", "infant_blood", measure="infant level, % of maternal plasma level", dose=0),
      ], citations=[3]),
    S("A cohort compared 18 breastfed infants whose mothers took bisoprolol", "study", "bisoprolol",
      populations=[P(18, "18 breastfed infants whose mothers took bisoprolol", "exposed", "infant"),
                   P(36, "36 breastfed infants of mothers taking no beta-blocker", "control", "infant")],
      doses=[D(5, "mg", "median dose 5 mg daily", stat="median", frequency="daily")],
      measurements=[
          M(5.6, "%", "proportion", group="exposed", measure="hypoglycemia in the first week", dose=0, population=0),
          M(2.8, "%", "proportion", group="unexposed infants", measure="hypoglycemia in the first week", population=1),
      ],
      comparisons=[C([5.6, 2.8], "%", "proportion", "hypoglycemia in the first week", ["exposed", "unexposed infants"], False)],
      citations=[4]),
    S("In 12 women taking bisoprolol 5 mg daily for hypertension after delivery", "study", "bisoprolol",
      populations=[P(12, "12 women taking bisoprolol 5 mg daily", "exposed", "mother")],
      doses=[D(5, "mg", "bisoprolol 5 mg daily", frequency="daily", duration="2 weeks")],
      measurements=[
          M(38, "ng/mL", "concentration", "maternal_blood", "prolactin", stat="mean", measure="serum prolactin", timepoint="before therapy", population=0),
          M(41, "ng/mL", "concentration", "maternal_blood", "prolactin", stat="mean", measure="serum prolactin", timepoint="after 2 weeks of therapy", dose=0, population=0),
      ],
      comparisons=[C([38, 41], "ng/mL", "concentration", "serum prolactin", ["before", "after 2 weeks of therapy"])],
      citations=[5]),
    )

# ---------------------------------------------------------------- ad05
CX, CT = "cefoxitin group", "cefotetan group"
doc("ad05_cefoxitin_cefotetan_trial.txt",
    S("In an open-label trial, 48 women undergoing caesarean section received a single 2 g intravenous dose", "study",
      "cefoxitin", "intravenous",
      populations=[P(48, "48 women undergoing caesarean section", "total", "mother"),
                   P(24, "cefoxitin (n = 24)", "exposed", "mother"),
                   P(24, "cefotetan (n = 24)", "exposed", "mother"),
                   P(10, "10 neonates in the cefoxitin arm", "exposed", "infant"),
                   P(9, "9 in the cefotetan arm", "exposed", "infant")],
      doses=[D(2, "g", "a single 2 g intravenous dose", frequency="single dose"),
             D(30, "mg/kg", "30 mg/kg every 12 hours", recipient="infant", frequency="every 12 hours")],
      measurements=[
          M(0.58, "mg/L", "concentration", "milk", stat="mean", group=CX, measure="colostrum cefoxitin", timepoint="2 hours", dose=0, population=1),
          M(1.34, "mg/L", "concentration", "milk", "cefotetan", stat="mean", group=CT, measure="colostrum cefotetan", timepoint="2 hours", dose=0, population=2),
          M(0.31, "mg/L", "concentration", "milk", group=CX, measure="colostrum cefoxitin", timepoint="6 hours", dose=0, population=1),
          M(1.12, "mg/L", "concentration", "milk", "cefotetan", group=CT, measure="colostrum cefotetan", timepoint="6 hours", dose=0, population=2),
          M(0.06, "mg/L", "concentration", "milk", group=CX, measure="colostrum cefoxitin", timepoint="12 hours", dose=0, population=1),
          M(0.62, "mg/L", "concentration", "milk", "cefotetan", stat="mean", group=CT, measure="colostrum cefotetan", timepoint="12 hours", dose=0, population=2),
          M(2.6, "h", "half_life", "milk", group=CX, measure="colostrum half-life", dose=0, population=1),
          M(7.9, "h", "half_life", "milk", "cefotetan", group=CT, measure="colostrum half-life", dose=0, population=2),
          M(0.02, "{ratio}", "milk_plasma_ratio", "milk", stat="mean", group=CX, measure="milk/serum ratio", timepoint="2 hours", dose=0, population=1),
          M(0.05, "{ratio}", "milk_plasma_ratio", "milk", "cefotetan", stat="mean", group=CT, measure="milk/serum ratio", timepoint="2 hours", dose=0, population=2),
          M(0.09, "mg/kg", "infant_dose", stat="maximum", group=CX, measure="estimated maximum infant dose per day", dose=0, population=1),
          M(0.20, "mg/kg", "infant_dose", analyte="cefotetan", stat="maximum", group=CT, measure="estimated maximum infant dose per day", dose=0, population=2),
          M(0.15, "%", "relative_infant_dose", group=CX, measure="% of neonatal therapeutic dosage", dose=0, population=1),
          M(0.33, "%", "relative_infant_dose", analyte="cefotetan", group=CT, measure="% of neonatal therapeutic dosage", dose=0, population=2),
          M(0.1, "mg/L", "concentration", "infant_blood", qualifier="<", measure="neonatal serum drug (undetectable)", dose=0),
          M(8, "%", "proportion", group="cefoxitin arm", measure="infants with loose stools during the first 3 days", dose=0, population=1),
          M(17, "%", "proportion", group="cefotetan arm", measure="infants with loose stools during the first 3 days", dose=0, population=2),
          M(79, "%", "proportion", group="cefoxitin arm", measure="exclusive breastfeeding at discharge", dose=0, population=1),
          M(75, "%", "proportion", group="cefotetan arm", measure="exclusive breastfeeding at discharge", dose=0, population=2),
      ],
      comparisons=[
          C([0.58, 1.34], "mg/L", "concentration", "colostrum concentrations at 2 hours", [CX, CT], True, 0.001, "<"),
          C([0.31, 1.12], "mg/L", "concentration", "colostrum levels six hours after the dose", ["cefoxitin", "cefotetan"], True, 0.001, "<"),
          C([0.06, 0.62], "mg/L", "concentration", "colostrum level by 12 hours", ["cefoxitin", "cefotetan"]),
          C([2.6, 7.9], "h", "half_life", "colostrum half-life", ["cefoxitin", "cefotetan"]),
          C([0.02, 0.05], "{ratio}", "milk_plasma_ratio", "milk/serum ratio at 2 hours", ["cefoxitin", "cefotetan"]),
          C([0.09, 0.20], "mg/kg", "infant_dose", "estimated maximum infant dose", ["cefoxitin", "cefotetan"]),
          C([0.15, 0.33], "%", "relative_infant_dose", "percentage of a neonatal therapeutic dosage", ["cefoxitin", "cefotetan"]),
          C([8, 17], "%", "proportion", "loose stools during the first 3 days", ["cefoxitin arm", "cefotetan arm"], False, 0.67, "="),
          C([79, 75], "%", "proportion", "exclusive breastfeeding at discharge", ["cefoxitin", "cefotetan"], False),
      ]),
    S("In an older report, 6 nursing mothers given cefoxitin 1 g intramuscularly", "study", "cefoxitin", "intramuscular",
      populations=[P(6, "6 nursing mothers given cefoxitin 1 g intramuscularly", "exposed", "mother")],
      doses=[D(1, "g", "cefoxitin 1 g intramuscularly")],
      measurements=[M(0.5, "mg/L", "concentration", "milk", qualifier="<", measure="milk cefoxitin", timepoint="1 to 4 hours after the injection", dose=0, population=0)],
      citations=[2]),
    )

# ---------------------------------------------------------------- ad06
ET, GO, VE = "etanercept", "golimumab", "vedolizumab"
doc("ad06_biologics_cohort.txt",
    S("We followed 80 breastfeeding women treated with a biologic", "study", "etanercept", "subcutaneous",
      populations=[P(80, "80 breastfeeding women treated with a biologic", "exposed", "mother"),
                   P(31, "etanercept 50 mg subcutaneously weekly (n = 31)", "exposed", "mother"),
                   P(22, "golimumab 50 mg subcutaneously every 4 weeks (n = 22)", "exposed", "mother"),
                   P(27, "vedolizumab 300 mg intravenously every 8 weeks (n = 27)", "exposed", "mother"),
                   P(40, "40 breastfeeding women with the same diseases who were not receiving a biologic", "control", "mother"),
                   P(12, "12 etanercept-exposed", "exposed", "infant"),
                   P(9, "9 golimumab-exposed", "exposed", "infant"),
                   P(10, "10 vedolizumab-exposed infants", "exposed", "infant"),
                   P(2, "two vedolizumab-exposed infants", "exposed", "infant")],
      doses=[D(50, "mg", "etanercept 50 mg subcutaneously weekly", frequency="weekly", drug=ET),
             D(50, "mg", "golimumab 50 mg subcutaneously every 4 weeks", frequency="every 4 weeks", drug=GO),
             D(300, "mg", "vedolizumab 300 mg intravenously every 8 weeks", frequency="every 8 weeks", drug=VE)],
      measurements=[
          M(7.5, "ng/mL", "concentration", "milk", stat="median", group=ET, measure="milk etanercept", timepoint="1 month after delivery", dose=0, population=1),
          M(42, "ng/mL", "concentration", "milk", GO, stat="median", group=GO, measure="milk golimumab", timepoint="1 month after delivery", dose=1, population=2),
          M(68, "ng/mL", "concentration", "milk", VE, stat="median", group=VE, measure="milk vedolizumab", timepoint="1 month after delivery", dose=2, population=3),
          M(6.1, "ng/mL", "concentration", "milk", stat="median", group=ET, measure="milk etanercept", timepoint="3 months", dose=0, population=1),
          M(35, "ng/mL", "concentration", "milk", GO, stat="median", group=GO, measure="milk golimumab", timepoint="3 months", dose=1, population=2),
          M(74, "ng/mL", "concentration", "milk", VE, stat="median", group=VE, measure="milk vedolizumab", timepoint="3 months", dose=2, population=3),
          M(0.1, "%", "relative_infant_dose", group=ET, measure="estimated relative infant dose", dose=0, population=1),
          M(0.4, "%", "relative_infant_dose", analyte=VE, group=VE, measure="estimated relative infant dose", dose=2, population=3),
          M(50, "ng/mL", "concentration", "infant_blood", qualifier="<", measure="infant serum drug (undetectable)", timepoint="6 months"),
          M(112, "ng/mL", "concentration", "infant_blood", VE, measure="infant serum vedolizumab", timepoint="6 months", dose=2, population=8),
          M(140, "ng/mL", "concentration", "infant_blood", VE, measure="infant serum vedolizumab", timepoint="6 months", dose=2, population=8),
          M(74, "%", "proportion", group="etanercept users", measure="breastfeeding continued to 6 months", dose=0, population=1),
          M(68, "%", "proportion", group="golimumab users", measure="breastfeeding continued to 6 months", dose=1, population=2),
          M(78, "%", "proportion", group="vedolizumab users", measure="breastfeeding continued to 6 months", dose=2, population=3),
          M(70, "%", "proportion", group="unexposed mothers", measure="breastfeeding continued to 6 months", population=4),
          M(7620, "g", "other", stat="mean", group=ET, measure="infant weight at 6 months", dose=0, population=1),
          M(7790, "g", "other", stat="mean", group=GO, measure="infant weight at 6 months", dose=1, population=2),
          M(7510, "g", "other", stat="mean", group=VE, measure="infant weight at 6 months", dose=2, population=3),
          M(7700, "g", "other", stat="mean", group="controls", measure="infant weight at 6 months", population=4),
          M(3.2, "%", "proportion", group=ET, measure="serious infections in the first year", dose=0, population=1),
          M(4.5, "%", "proportion", group=GO, measure="serious infections in the first year", dose=1, population=2),
          M(3.7, "%", "proportion", group=VE, measure="serious infections in the first year", dose=2, population=3),
          M(2.5, "%", "proportion", group="controls", measure="serious infections in the first year", population=4),
          M(1.31, "{ratio}", "other", measure="adjusted risk ratio of serious infection, any biologic exposure"),
      ],
      comparisons=[
          C([7.5, 42, 68], "ng/mL", "concentration", "median milk concentrations one month after delivery", [ET, GO, VE], True, 0.0001, "<"),
          C([6.1, 35, 74], "ng/mL", "concentration", "median milk concentrations at 3 months", [ET, GO, VE]),
          C([0.1, 0.4], "%", "relative_infant_dose", "estimated relative infant doses", [ET, VE]),
          C([74, 68, 78, 70], "%", "proportion", "breastfeeding continued to 6 months",
            ["etanercept users", "golimumab users", "vedolizumab users", "unexposed mothers"], False),
          C([7620, 7790, 7510, 7700], "g", "other", "mean infant weight at 6 months",
            ["etanercept-exposed group", "golimumab-exposed group", "vedolizumab-exposed group", "controls"], False, 0.48, "="),
          C([3.2, 4.5, 3.7, 2.5], "%", "proportion", "serious infections in the first year",
            ["etanercept-exposed infants", "golimumab-exposed infants", "vedolizumab-exposed infants", "controls"]),
      ]))

# ---------------------------------------------------------------- ad07
doc("ad07_clozapine_lactmed.txt",
    S("Clozapine is concentrated in breastmilk, and agranulocytosis", "recommendation", "clozapine",
      doses=[D(200, "mg", "ideally below 200 mg daily", stat="maximum", frequency="per day")],
      citations=[1, 2]),
    S("A woman took clozapine 50 mg daily during pregnancy and 100 mg daily after delivery", "study", "clozapine",
      doses=[D(50, "mg", "clozapine 50 mg daily", frequency="daily", duration="during pregnancy"),
             D(100, "mg", "100 mg daily after delivery", frequency="daily")],
      measurements=[
          M(63.5, "ug/L", "concentration", "milk", measure="milk clozapine", timepoint="day 1 after delivery", dose=0),
          M(14.1, "ug/L", "concentration", "maternal_blood", measure="maternal plasma clozapine", timepoint="day 1 after delivery", dose=0),
          M(115.6, "ug/L", "concentration", "milk", measure="milk clozapine", dose=1),
          M(41.4, "ug/L", "concentration", "maternal_blood", measure="maternal plasma clozapine", dose=1),
          M(4.5, "{ratio}", "milk_plasma_ratio", "milk", measure="milk/plasma ratio", dose=0),
          M(2.8, "{ratio}", "milk_plasma_ratio", "milk", measure="milk/plasma ratio", dose=1),
      ],
      comparisons=[
          C([63.5, 115.6], "ug/L", "concentration", "milk clozapine concentration", ["50 mg daily", "100 mg daily"]),
          C([14.1, 41.4], "ug/L", "concentration", "plasma clozapine level", ["50 mg daily", "100 mg daily"]),
          C([4.5, 2.8], "{ratio}", "milk_plasma_ratio", "milk/plasma ratio", ["50 mg daily", "100 mg daily"]),
      ],
      citations=[3]),
    S("Four mothers taking clozapine 150 to 400 mg daily", "study", "clozapine",
      populations=[P(4, "Four mothers taking clozapine 150 to 400 mg daily", "exposed", "mother")],
      doses=[D(150, "mg", "clozapine 150 to 400 mg daily", amount_high=400, stat="range", frequency="daily"),
             D(275, "mg", "mean 275 mg daily", stat="mean", frequency="daily")],
      measurements=[
          M(116, "ug/L", "concentration", "milk", stat="mean", measure="milk clozapine", dose=1, population=0),
          M(41, "ug/L", "concentration", "milk", "norclozapine", stat="mean", measure="milk norclozapine", dose=1, population=0),
          M(17.4, "ug/kg", "infant_dose", stat="mean", measure="estimated infant dose per day", dose=1, population=0),
          M(1.3, "%", "relative_infant_dose", measure="relative infant dose", dose=1, population=0),
          M(1.8, "%", "relative_infant_dose", analyte="clozapine plus norclozapine", measure="combined relative infant dose", dose=1, population=0),
      ], citations=[4]),
    S("A 4-week-old breastfed infant whose mother was taking clozapine 200 mg daily", "study", "clozapine",
      doses=[D(200, "mg", "clozapine 200 mg daily", frequency="daily")],
      measurements=[
          M(8, "ug/L", "concentration", "infant_blood", measure="infant serum clozapine", dose=0),
          M(2, "%", "infant_plasma_ratio", "infant_blood", qualifier="~", measure="infant serum level, % of maternal serum", dose=0),
          M(398, "ug/L", "concentration", "maternal_blood", measure="maternal serum clozapine", dose=0),
          M(5, "ug/L", "concentration", "infant_blood", "norclozapine", qualifier="<", measure="infant serum norclozapine", dose=0),
      ], citations=[5]),
    S("Among 4 breastfed infants whose mothers took clozapine", "study", "clozapine",
      populations=[P(4, "4 breastfed infants whose mothers took clozapine", "exposed", "infant"),
                   P(1, "one infant developed agranulocytosis", "exposed", "infant"),
                   P(1, "one infant was excessively sedated", "exposed", "infant")],
      citations=[6]),
    S("A national cohort compared 19 infants breastfed during maternal clozapine therapy", "study", "clozapine",
      populations=[P(19, "19 infants breastfed during maternal clozapine therapy", "exposed", "infant"),
                   P(57, "57 infants breastfed during treatment with other antipsychotics", "control", "infant")],
      measurements=[
          M(21, "%", "proportion", group="clozapine", measure="delayed speech at 18 months", population=0),
          M(9, "%", "proportion", group="other antipsychotics", measure="delayed speech at 18 months", population=1),
      ],
      comparisons=[C([21, 9], "%", "proportion", "delayed speech at 18 months", ["clozapine", "other antipsychotics"], False, 0.16, "=")],
      citations=[7]),
    S("In 11 breastfeeding women taking clozapine, the mean serum prolactin", "study", "clozapine",
      populations=[P(11, "11 breastfeeding women taking clozapine", "exposed", "mother"),
                   P(15, "15 breastfeeding women taking haloperidol", "control", "mother")],
      measurements=[
          M(14, "ng/mL", "concentration", "maternal_blood", "prolactin", stat="mean", group="clozapine", measure="serum prolactin", population=0),
          M(62, "ng/mL", "concentration", "maternal_blood", "prolactin", group="haloperidol", measure="serum prolactin", population=1),
      ],
      comparisons=[C([14, 62], "ng/mL", "concentration", "serum prolactin", ["clozapine", "haloperidol"], True, 0.01, "<")],
      citations=[8]),
    )

# ---------------------------------------------------------------- ad08
MPA, MPAG = "mycophenolic acid", "mycophenolic acid glucuronide"
doc("ad08_mycophenolate_lactmed.txt",
    S("Milk levels of mycophenolic acid (MPA), the active metabolite of mycophenolate mofetil", "recommendation",
      "mycophenolate mofetil",
      doses=[D(2, "g", "doses up to 2 g daily", stat="maximum", frequency="per day")],
      citations=[1]),
    S("Six mothers taking mycophenolate mofetil 500 to 1000 mg twice daily after kidney transplantation", "study",
      "mycophenolate mofetil",
      populations=[P(6, "Six mothers taking mycophenolate mofetil 500 to 1000 mg twice daily after kidney transplantation", "exposed", "mother")],
      doses=[D(500, "mg", "mycophenolate mofetil 500 to 1000 mg twice daily", amount_high=1000, stat="range", frequency="twice daily")],
      measurements=[
          M(0.18, "mg/L", "concentration", "milk", MPA, stat="mean", measure="peak milk MPA", dose=0, population=0),
          M(1.9, "mg/L", "concentration", "milk", MPAG, stat="mean", measure="milk MPAG", dose=0, population=0),
          M(0.03, "{ratio}", "milk_plasma_ratio", "milk", MPA, measure="milk/plasma AUC ratio for MPA", dose=0, population=0),
          M(9.6, "ug/kg", "infant_dose", analyte=MPA, measure="estimated infant MPA dose per day", dose=0, population=0),
          M(0.08, "%", "relative_infant_dose", analyte=MPA, measure="% of maternal weight-adjusted dosage", dose=0, population=0),
          M(0.11, "mg/kg", "infant_dose", analyte="mycophenolic acid plus mycophenolic acid glucuronide", measure="estimated infant dose per day, MPA plus MPAG", dose=0, population=0),
      ], citations=[2]),
    S("A mother taking enteric-coated mycophenolate sodium 720 mg twice daily", "study", "mycophenolate sodium",
      doses=[D(720, "mg", "enteric-coated mycophenolate sodium 720 mg twice daily", frequency="twice daily")],
      measurements=[
          M(0.42, "mg", "amount_excreted", analyte=MPA, measure="MPA excreted into milk over 24 hours", dose=0),
          M(14.6, "h", "half_life", "milk", MPA, measure="half-life of MPA in milk", dose=0),
      ], citations=[3]),
    S("Serum MPA was undetectable (<0.1 mg/L) in 5 breastfed infants", "study", "mycophenolate mofetil",
      populations=[P(5, "5 breastfed infants of mothers taking mycophenolate mofetil 1 g twice daily", "exposed", "infant"),
                   P(1, "one infant", "exposed", "infant")],
      doses=[D(1, "g", "mycophenolate mofetil 1 g twice daily", frequency="twice daily")],
      measurements=[
          M(0.1, "mg/L", "concentration", "infant_blood", MPA, qualifier="<", measure="infant serum MPA", dose=0, population=0),
          M(0.35, "mg/L", "concentration", "infant_blood", MPAG, measure="infant serum MPAG", dose=0, population=1),
          M(1.2, "%", "infant_plasma_ratio", "infant_blood", MPAG, measure="infant MPAG, % of maternal plasma MPAG", dose=0, population=1),
      ], citations=[4]),
    S("A study of 14 breastfed infants whose mothers took mycophenolate mofetil", "study", "mycophenolate mofetil",
      populations=[P(14, "14 breastfed infants whose mothers took mycophenolate mofetil", "exposed", "infant"),
                   P(20, "20 formula-fed infants of transplant recipients", "control", "infant")],
      doses=[D(1.5, "g", "median 1.5 g daily", stat="median", frequency="daily")],
      measurements=[
          M(14, "%", "proportion", group="breastfed infants", measure="infection requiring hospital care in the first year", dose=0, population=0),
          M(15, "%", "proportion", group="formula-fed infants", measure="infection requiring hospital care in the first year", population=1),
      ],
      comparisons=[C([14, 15], "%", "proportion", "infection requiring hospital care in the first year",
                     ["breastfed infants", "formula-fed infants"], False)],
      citations=[5]),
    )

if __name__ == "__main__":
    with open(OUT, "w", encoding="utf-8") as f:
        for d in DOCS:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print("wrote", os.path.normpath(OUT), len(DOCS), "documents")
