#!/usr/bin/env python3
"""Gold annotations for the blind held-out corpus 'am' (FORMAT.md version 2).

Running this script writes ../gold.jsonl (one JSON line per document in texts/).
Everything here is SYNTHETIC: the studies, numbers, journals and authors are invented.
Decisions on cases FORMAT.md leaves open are listed in ../README.md.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "gold.jsonl")


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


def M(value, unit, kind, measure, matrix=None, analyte=None, dose=None,
      population=None, value_high=None, qualifier=None, stat=None,
      group=None, timepoint=None):
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
    m["population"] = population
    return m


def C(measure, values, unit, kind, outcome, arms, significant=None,
      p_value=None, p_qualifier=None):
    return {"measure": measure, "values": values, "unit": unit, "kind": kind,
            "outcome": outcome, "arms": arms, "significant": significant,
            "p_value": p_value, "p_qualifier": p_qualifier}


def S(anchor, kind, drug, route, populations=(), doses=(), measurements=(),
      comparisons=(), citations=()):
    return {"anchor": anchor, "kind": kind, "drug": drug, "route": route,
            "populations": list(populations), "doses": list(doses),
            "measurements": list(measurements),
            "comparisons": list(comparisons), "citations": list(citations)}


DOCS = []

# ====================================================================== am01
# Structured abstract, 3-arm RCT (carvedilol / benazepril / standard care).
CARV, BENA = 0, 1  # dose indices
ARM_C, ARM_B, ARM_S = 2, 3, 4  # population indices of the randomised arms
ARMS3 = ["carvedilol", "benazepril", "standard care"]
DOCS.append({"doc": "am01_carvedilol_rct_abstract.txt", "statements": [
    S("In this open-label trial at four maternity units, women with a blood pressure of 150/100 mm Hg",
      "study", "carvedilol", "oral",
      populations=[
          P(24, "24 mother-infant pairs from the two drug arms", "exposed", "pair"),        # 0
          P(141, "141 women randomised", "total", "mother"),                               # 1
          P(47, "47 were allocated to carvedilol", "exposed", "mother"),                   # 2
          P(48, "48 to benazepril", "exposed", "mother"),                                  # 3
          P(46, "46 to standard care", "control", "mother"),                               # 4
          P(35, "35 of 47", "exposed", "mother"),                                          # 5
          P(37, "37 of 48", "exposed", "mother"),                                          # 6
          P(33, "33 of 46", "control", "mother"),                                          # 7
          P(2, "2 of 47", "exposed", "mother"),                                            # 8
          P(3, "3 of 48", "exposed", "mother"),                                            # 9
          P(9, "9 of 46", "control", "mother"),                                            # 10
          P(12, "12 carvedilol-treated mothers", "exposed", "mother"),                     # 11
          P(12, "12 benazepril-treated mothers", "exposed", "mother"),                     # 12
          P(1, "one of the 12 carvedilol-exposed infants", "exposed", "infant"),           # 13
          P(12, "12 carvedilol-exposed infants", "exposed", "infant"),                     # 14
          P(6, "6 (12.8%)", "exposed", "infant"),                                          # 15
          P(4, "4 (8.3%)", "exposed", "infant"),                                           # 16
          P(5, "5 (10.9%) infants", "control", "infant"),                                  # 17
      ],
      doses=[
          D(12.5, "mg", "carvedilol 12.5 mg orally twice daily", frequency="twice daily", drug="carvedilol"),
          D(10, "mg", "benazepril 10 mg orally once daily", frequency="once daily", drug="benazepril"),
      ],
      measurements=[
          # exclusive breastfeeding, 2 and 6 weeks
          M(74, "%", "proportion", "exclusive breastfeeding", group="carvedilol", timepoint="2 weeks", dose=CARV, population=ARM_C),
          M(77, "%", "proportion", "exclusive breastfeeding", group="benazepril", timepoint="2 weeks", dose=BENA, population=ARM_B),
          M(72, "%", "proportion", "exclusive breastfeeding", group="standard care", timepoint="2 weeks", population=ARM_S),
          M(62, "%", "proportion", "exclusive breastfeeding", group="carvedilol", timepoint="6 weeks", dose=CARV, population=ARM_C),
          M(65, "%", "proportion", "exclusive breastfeeding", group="benazepril", timepoint="6 weeks", dose=BENA, population=ARM_B),
          M(59, "%", "proportion", "exclusive breastfeeding", group="standard care", timepoint="6 weeks", population=ARM_S),
          # milk volume, day 5 and day 14
          M(412, "mL", "milk_volume", "24-hour expressed milk volume", stat="mean", group="carvedilol", timepoint="day 5", dose=CARV, population=ARM_C),
          M(398, "mL", "milk_volume", "24-hour expressed milk volume", stat="mean", group="benazepril", timepoint="day 5", dose=BENA, population=ARM_B),
          M(405, "mL", "milk_volume", "24-hour expressed milk volume", stat="mean", group="standard care", timepoint="day 5", population=ARM_S),
          M(618, "mL", "milk_volume", "24-hour expressed milk volume", stat="mean", group="carvedilol", timepoint="day 14", dose=CARV, population=ARM_C),
          M(604, "mL", "milk_volume", "24-hour expressed milk volume", stat="mean", group="benazepril", timepoint="day 14", dose=BENA, population=ARM_B),
          M(597, "mL", "milk_volume", "24-hour expressed milk volume", stat="mean", group="standard care", timepoint="day 14", population=ARM_S),
          # readmission
          M(4, "%", "proportion", "readmission for hypertension", group="carvedilol", dose=CARV, population=ARM_C),
          M(6, "%", "proportion", "readmission for hypertension", group="benazepril", dose=BENA, population=ARM_B),
          M(20, "%", "proportion", "readmission for hypertension", group="standard care", population=ARM_S),
          M(0.27, "{ratio}", "other", "pooled risk ratio of readmission, drug arms vs standard care"),
          # pharmacokinetic subset
          M(3.1, "ug/L", "concentration", "milk carvedilol", matrix="milk", stat="median", timepoint="2 weeks", dose=CARV, population=11),
          M(1.9, "ug/L", "concentration", "milk carvedilol", matrix="milk", value_high=4.8, stat="iqr", timepoint="2 weeks", dose=CARV, population=11),
          M(2.7, "ug/L", "concentration", "milk carvedilol", matrix="milk", stat="median", timepoint="6 weeks", dose=CARV, population=11),
          M(1.6, "ug/L", "concentration", "milk carvedilol", matrix="milk", value_high=4.1, stat="iqr", timepoint="6 weeks", dose=CARV, population=11),
          M(11, "%", "milk_plasma_ratio", "milk carvedilol, % of simultaneous plasma level", matrix="milk", stat="mean", dose=CARV, population=11),
          M(1.4, "ug/L", "concentration", "highest milk benazeprilat", matrix="milk", analyte="benazeprilat", stat="maximum", timepoint="2 weeks", dose=BENA, population=12),
          M(0.18, "%", "relative_infant_dose", "relative infant dose of carvedilol, % of maternal weight-adjusted dose", dose=CARV),
          M(0.1, "%", "relative_infant_dose", "relative infant dose of benazeprilat, % of maternal weight-adjusted dose", analyte="benazeprilat", qualifier="<", dose=BENA),
          M(0.6, "ug/L", "concentration", "infant blood-spot carvedilol", matrix="infant_blood", timepoint="6 weeks", dose=CARV, population=13),
          # infant adverse events
          M(12.8, "%", "proportion", "infants with adverse events", group="carvedilol", dose=CARV, population=ARM_C),
          M(8.3, "%", "proportion", "infants with adverse events", group="benazepril", dose=BENA, population=ARM_B),
          M(10.9, "%", "proportion", "infants with adverse events", group="standard care", population=ARM_S),
      ],
      comparisons=[
          C("exclusive breastfeeding at 2 weeks", [74, 77, 72], "%", "proportion", "exclusive breastfeeding at 2 weeks", ARMS3, False, 0.81, "="),
          C("exclusive breastfeeding at 6 weeks", [62, 65, 59], "%", "proportion", "exclusive breastfeeding at 6 weeks", ARMS3, False, 0.84, "="),
          C("mean 24-hour milk volume on day 5", [412, 398, 405], "mL", "milk_volume", "24-hour milk volume on day 5", ARMS3, False, 0.5, ">"),
          C("mean 24-hour milk volume on day 14", [618, 604, 597], "mL", "milk_volume", "24-hour milk volume on day 14", ARMS3, False, 0.5, ">"),
          C("readmission for hypertension", [4, 6, 20], "%", "proportion", "readmission for hypertension", ARMS3, True, 0.021, "="),
          C("infants with adverse events", [12.8, 8.3, 10.9], "%", "proportion", "infant adverse events", ARMS3, False, 0.79, "="),
      ]),
]})

# ====================================================================== am02
# Registry results record (HTML). One statement for participant flow/baseline,
# one per outcome measure (with its statistical analysis).
G_ARMS = ["Granisetron", "Placebo"]
GRAN_DOSE = D(1, "mg", "Granisetron 1 mg diluted in normal saline")
DOCS.append({"doc": "am02_granisetron_registry.html", "statements": [
    S("Women booked for elective cesarean delivery under spinal anesthesia were enrolled",
      "study", "granisetron", "intravenous",
      populations=[
          P(88, "Eighty-eight women", "total", "mother"),
          P(44, "44", "exposed", "mother"),   # STARTED, granisetron
          P(44, "44", "control", "mother"),   # STARTED, placebo
          P(43, "43", "exposed", "mother"),   # COMPLETED
          P(42, "42", "control", "mother"),
          P(1, "1", "exposed", "mother"),     # NOT COMPLETED
          P(2, "2", "control", "mother"),
          P(85, "85", "total", "mother"),     # baseline participants, total column
      ],
      doses=[GRAN_DOSE]),
    S("Number of Women With Nausea or Vomiting in the 24 Hours After Delivery",
      "study", "granisetron", "intravenous",
      populations=[
          P(43, "43", "exposed", "mother"),
          P(42, "42", "control", "mother"),
          P(9, "9", "exposed", "mother"),
          P(21, "21", "control", "mother"),
      ],
      doses=[GRAN_DOSE],
      measurements=[
          M(20.9, "%", "proportion", "women with nausea or vomiting in the 24 hours after delivery", group="Granisetron", dose=0, population=0),
          M(50.0, "%", "proportion", "women with nausea or vomiting in the 24 hours after delivery", group="Placebo", population=1),
          M(-29.1, "%", "other", "risk difference, granisetron minus placebo (percentage points)"),
      ],
      comparisons=[
          C("women with nausea or vomiting in the 24 hours after delivery", [20.9, 50.0], "%", "proportion",
            "nausea or vomiting in the 24 hours after delivery", G_ARMS, True, 0.005, "="),
      ]),
    S("Time From Delivery to the First Attempt at Breastfeeding",
      "study", "granisetron", "intravenous",
      populations=[
          P(42, "42", "exposed", "mother"),
          P(40, "40", "control", "mother"),
      ],
      doses=[GRAN_DOSE],
      measurements=[
          M(48, "min", "other", "time from delivery to first breastfeeding attempt", stat="median", group="Granisetron", dose=0, population=0),
          M(35, "min", "other", "time from delivery to first breastfeeding attempt", value_high=66, stat="iqr", group="Granisetron", dose=0, population=0),
          M(57, "min", "other", "time from delivery to first breastfeeding attempt", stat="median", group="Placebo", population=1),
          M(41, "min", "other", "time from delivery to first breastfeeding attempt", value_high=80, stat="iqr", group="Placebo", population=1),
          M(-8, "min", "other", "Hodges-Lehmann median difference, granisetron minus placebo"),
      ],
      comparisons=[
          C("median time from delivery to first breastfeeding attempt", [48, 57], "min", "other",
            "time from delivery to the first attempt at breastfeeding", G_ARMS, False, 0.12, "="),
      ]),
    S("Granisetron Concentrations in Colostrum and Maternal Plasma",
      "study", "granisetron", "intravenous",
      populations=[P(18, "18", "exposed", "mother")],
      doses=[GRAN_DOSE],
      measurements=[
          M(3.42, "ng/mL", "concentration", "colostrum granisetron", matrix="milk", stat="mean", timepoint="2 hours after the dose", dose=0, population=0),
          M(1.27, "ng/mL", "concentration", "colostrum granisetron", matrix="milk", stat="mean", timepoint="6 hours after the dose", dose=0, population=0),
          M(7.9, "ng/mL", "concentration", "maternal plasma granisetron", matrix="maternal_blood", stat="mean", timepoint="2 hours after the dose", dose=0, population=0),
      ]),
    S("Exclusive Breastfeeding at Hospital Discharge",
      "study", "granisetron", "intravenous",
      populations=[
          P(43, "43", "exposed", "mother"),
          P(42, "42", "control", "mother"),
          P(36, "36", "exposed", "mother"),
          P(33, "33", "control", "mother"),
      ],
      doses=[GRAN_DOSE],
      measurements=[
          M(83.7, "%", "proportion", "exclusive breastfeeding at hospital discharge", group="Granisetron", dose=0, population=0),
          M(78.6, "%", "proportion", "exclusive breastfeeding at hospital discharge", group="Placebo", population=1),
          M(1.40, "{ratio}", "other", "odds ratio, granisetron vs placebo"),
      ],
      comparisons=[
          C("exclusive breastfeeding at hospital discharge", [83.7, 78.6], "%", "proportion",
            "exclusive breastfeeding at hospital discharge", G_ARMS, False, 0.54, "="),
      ]),
]})

# ====================================================================== am03
DOCS.append({"doc": "am03_desipramine_lactmed.txt", "statements": [
    S("Limited information indicates that maternal doses of desipramine up to 200 mg daily",
      "recommendation", "desipramine", None,
      doses=[D(200, "mg", "maternal doses of desipramine up to 200 mg daily", stat="maximum", frequency="per day")],
      citations=[1, 2, 3, 4]),
    S("A mother who was 6 weeks postpartum took desipramine 200 mg once daily at bedtime",
      "study", "desipramine", None,
      doses=[D(200, "mg", "desipramine 200 mg once daily at bedtime", frequency="once daily at bedtime")],
      measurements=[
          M(189, "ug/L", "concentration", "milk desipramine", matrix="milk", value_high=301, stat="range", timepoint="over one 24-hour dosing interval", dose=0),
          M(225, "ug/L", "concentration", "milk 2-hydroxydesipramine", matrix="milk", analyte="2-hydroxydesipramine", value_high=381, stat="range", timepoint="over one 24-hour dosing interval", dose=0),
          M(1.2, "{ratio}", "milk_plasma_ratio", "milk/serum ratio of desipramine", matrix="milk", dose=0),
          M(1.4, "{ratio}", "milk_plasma_ratio", "milk/serum ratio of 2-hydroxydesipramine", matrix="milk", analyte="2-hydroxydesipramine", dose=0),
          M(96, "ug", "amount_excreted", "desipramine excreted in milk over 24 hours", timepoint="over 24 hours", dose=0),
      ],
      citations=[1]),
    S("Eight women who were 3 to 14 weeks postpartum were taking desipramine",
      "study", "desipramine", None,
      populations=[P(8, "Eight women who were 3 to 14 weeks postpartum", "exposed", "mother")],
      doses=[
          D(75, "mg", "dosages of 75 to 250 mg daily", amount_high=250, stat="range", frequency="per day"),
          D(162, "mg", "mean 162 mg", stat="mean", frequency="per day"),
      ],
      measurements=[
          M(68, "ug/L", "concentration", "milk desipramine", matrix="milk", stat="mean", dose=0, population=0),
          M(12, "ug/L", "concentration", "milk desipramine", matrix="milk", value_high=174, stat="range", dose=0, population=0),
          M(0.9, "{ratio}", "milk_plasma_ratio", "milk-to-plasma ratio", matrix="milk", stat="mean", dose=0, population=0),
          M(10.2, "ug/kg", "infant_dose", "estimated infant dose of desipramine plus 2-hydroxydesipramine per day", analyte="desipramine plus 2-hydroxydesipramine", stat="mean", dose=0, population=0),
          M(1, "%", "relative_infant_dose", "infant dose, % of maternal weight-adjusted dosage", analyte="desipramine plus 2-hydroxydesipramine", dose=0, population=0),
      ],
      citations=[2]),
    S("Paired foremilk and hindmilk samples were obtained from 4 nursing mothers",
      "study", "desipramine", None,
      populations=[P(4, "4 nursing mothers taking desipramine 150 mg daily", "exposed", "mother")],
      doses=[D(150, "mg", "desipramine 150 mg daily", frequency="per day")],
      measurements=[
          M(94, "ug/L", "concentration", "hindmilk desipramine", matrix="milk", stat="mean", group="hindmilk", dose=0, population=0),
          M(46, "ug/L", "concentration", "foremilk desipramine", matrix="milk", stat="mean", group="foremilk", dose=0, population=0),
      ],
      citations=[3]),
    S("Six breastfed infants aged 4 to 10 weeks whose mothers were taking desipramine",
      "study", "desipramine", None,
      populations=[
          P(6, "Six breastfed infants aged 4 to 10 weeks", "exposed", "infant"),
          P(4, "4 of the infants", "exposed", "infant"),
          P(2, "the other 2", "exposed", "infant"),
      ],
      doses=[D(100, "mg", "desipramine 100 to 250 mg daily", amount_high=250, frequency="per day")],
      measurements=[
          M(5, "ug/L", "concentration", "infant serum desipramine (undetectable)", matrix="infant_blood", qualifier="<", dose=0, population=1),
          M(7, "ug/L", "concentration", "infant serum desipramine", matrix="infant_blood", dose=0, population=2),
          M(9, "ug/L", "concentration", "infant serum desipramine", matrix="infant_blood", dose=0, population=2),
          M(3, "%", "infant_plasma_ratio", "infant serum level, % of maternal serum level", matrix="infant_blood", dose=0, population=2),
          M(4, "%", "infant_plasma_ratio", "infant serum level, % of maternal serum level", matrix="infant_blood", dose=0, population=2),
      ],
      citations=[4]),
    S("A 9-week-old exclusively breastfed infant whose mother had taken desipramine",
      "study", "desipramine", None,
      doses=[D(150, "mg", "desipramine 150 mg daily", frequency="per day", duration="since delivery")],
      measurements=[
          M(11, "ug/L", "concentration", "infant serum desipramine", matrix="infant_blood", dose=0),
          M(6, "%", "infant_plasma_ratio", "infant serum level, % of maternal level", matrix="infant_blood", qualifier="~", dose=0),
          M(182, "ug/L", "concentration", "maternal serum desipramine", matrix="maternal_blood", timepoint="the same morning", dose=0),
      ],
      citations=[5]),
    S("A follow-up study compared 21 infants breastfed by mothers taking desipramine",
      "study", "desipramine", None,
      populations=[
          P(21, "21 infants breastfed by mothers taking desipramine", "exposed", "infant"),
          P(24, "24 breastfed infants of depressed mothers who took no antidepressant", "control", "infant"),
          P(2, "Two exposed infants", "exposed", "infant"),
      ],
      doses=[D(125, "mg", "median dose 125 mg daily", stat="median", frequency="per day")],
      measurements=[
          M(9.5, "%", "proportion", "infants with developmental delay on screening", group="exposed", timepoint="12 months of age", dose=0, population=0),
          M(8.3, "%", "proportion", "infants with developmental delay on screening", group="unexposed", timepoint="12 months of age", population=1),
      ],
      comparisons=[
          C("developmental delay on screening at 12 months", [9.5, 8.3], "%", "proportion",
            "developmental delay at 12 months of age", ["exposed", "unexposed"], False, 0.89, "="),
      ],
      citations=[6]),
    S("No adverse effects were observed in the 6 infants described above",
      "study", "desipramine", None,
      populations=[P(6, "the 6 infants described above", "exposed", "infant")],
      citations=[4, 7]),
    S("Galactorrhea and breast enlargement have rarely been reported with tricyclic antidepressants",
      "study", "desipramine", None,
      citations=[8]),
    S("In 11 women who began desipramine 50 mg nightly for postpartum depression",
      "study", "desipramine", None,
      populations=[P(11, "11 women who began desipramine 50 mg nightly for postpartum depression", "exposed", "mother")],
      doses=[D(50, "mg", "desipramine 50 mg nightly", frequency="nightly")],
      measurements=[
          M(38, "ng/mL", "concentration", "serum prolactin", matrix="maternal_blood", analyte="prolactin", stat="mean", timepoint="before the first dose", population=0),
          M(51, "ng/mL", "concentration", "serum prolactin", matrix="maternal_blood", analyte="prolactin", stat="mean", timepoint="after 2 weeks of treatment", dose=0, population=0),
          M(34, "%", "change", "rise in serum prolactin", analyte="prolactin", dose=0, population=0),
      ],
      comparisons=[
          C("mean serum prolactin before and after 2 weeks of desipramine", [38, 51], "ng/mL", "concentration",
            "serum prolactin", ["before the first dose", "after 2 weeks of treatment"], False, None, None),
      ],
      citations=[9]),
]})

# ====================================================================== am04
RAL = D(400, "mg", "raltegravir 400 mg twice daily", frequency="twice daily")
DOCS.append({"doc": "am04_raltegravir_lactmed.html", "statements": [
    S("In settings where women with HIV are supported in breastfeeding",
      "recommendation", "raltegravir", None,
      doses=[D(400, "mg", "the standard adult regimen of 400 mg twice daily", frequency="twice daily")]),
    S("Twelve women taking raltegravir 400 mg twice daily as part of combination antiretroviral therapy",
      "study", "raltegravir", None,
      populations=[P(12, "Twelve women taking raltegravir 400 mg twice daily", "exposed", "mother")],
      doses=[RAL],
      measurements=[
          M(148, "ng/mL", "concentration", "milk raltegravir", matrix="milk", stat="median", timepoint="6 weeks postpartum", dose=0, population=0),
          M(131, "ng/mL", "concentration", "milk raltegravir", matrix="milk", stat="median", timepoint="14 weeks postpartum", dose=0, population=0),
          M(0.58, "{ratio}", "milk_plasma_ratio", "milk-to-plasma ratio", matrix="milk", stat="median", dose=0, population=0),
          M(0.39, "{ratio}", "milk_plasma_ratio", "milk-to-plasma ratio", matrix="milk", value_high=1.12, stat="iqr", dose=0, population=0),
          M(9.1, "h", "half_life", "raltegravir half-life in milk", matrix="milk", dose=0, population=0),
          M(62, "ng/mL", "concentration", "milk raltegravir glucuronide", matrix="milk", analyte="raltegravir glucuronide", stat="median", dose=0, population=0),
      ],
      citations=[1]),
    S("In a study of 23 women who took raltegravir 400 mg twice daily from late pregnancy",
      "study", "raltegravir", None,
      populations=[P(23, "23 women who took raltegravir 400 mg twice daily from late pregnancy through breastfeeding", "exposed", "mother")],
      doses=[
          D(400, "mg", "raltegravir 400 mg twice daily", frequency="twice daily", duration="from late pregnancy through breastfeeding"),
          D(3, "mg/kg", "3 mg/kg twice-daily dose given to neonates", recipient="infant", frequency="twice daily"),
      ],
      measurements=[
          M(87, "ng/mL", "concentration", "cord blood raltegravir", matrix="cord_blood", stat="mean", timepoint="at delivery", dose=0, population=0),
          M(41, "ng/mL", "concentration", "trough milk raltegravir", matrix="milk", stat="mean", timepoint="2 weeks postpartum, trough", dose=0, population=0),
          M(210, "ng/mL", "concentration", "milk raltegravir", matrix="milk", stat="mean", timepoint="2 hours after a dose", dose=0, population=0),
          M(29, "ug/kg", "infant_dose", "estimated infant raltegravir dose per day", dose=0, population=0),
          M(0.3, "%", "relative_infant_dose", "infant dose, % of weight-adjusted maternal dose", dose=0, population=0),
          M(0.5, "%", "relative_infant_dose", "infant dose, % of neonatal treatment dose", qualifier="~", dose=0, population=0),
      ],
      citations=[2]),
    S("Among 19 breastfed infants of mothers taking raltegravir 400 mg twice daily",
      "study", "raltegravir", None,
      populations=[
          P(19, "19 breastfed infants of mothers taking raltegravir 400 mg twice daily", "exposed", "infant"),
          P(8, "8 of them", "exposed", "infant"),
          P(11, "the remaining 11 infants", "exposed", "infant"),
      ],
      doses=[RAL],
      measurements=[
          M(12, "ng/mL", "concentration", "infant plasma raltegravir", matrix="infant_blood", stat="median", timepoint="6 weeks of age", dose=0, population=1),
          M(5, "ng/mL", "concentration", "infant plasma raltegravir", matrix="infant_blood", value_high=38, stat="range", timepoint="6 weeks of age", dose=0, population=1),
          M(2.5, "ng/mL", "concentration", "infant plasma raltegravir (below limit of quantitation)", matrix="infant_blood", qualifier="<", timepoint="6 weeks of age", dose=0, population=2),
          M(0.035, "{ratio}", "infant_plasma_ratio", "infant-to-maternal plasma ratio", matrix="infant_blood", stat="median", dose=0, population=1),
      ],
      citations=[3]),
    S("A 3-week-old infant whose mother took raltegravir 400 mg twice daily",
      "study", "raltegravir", None,
      doses=[RAL],
      measurements=[
          M(21, "ng/mL", "concentration", "infant plasma raltegravir", matrix="infant_blood", timepoint="3 weeks of age", dose=0),
          M(4, "%", "infant_plasma_ratio", "infant plasma level, % of maternal trough", matrix="infant_blood", dose=0),
      ],
      citations=[4]),
    S("A cohort study compared 34 breastfed infants whose mothers took a raltegravir-based regimen",
      "study", "raltegravir", None,
      populations=[
          P(34, "34 breastfed infants whose mothers took a raltegravir-based regimen", "exposed", "infant"),
          P(40, "40 breastfed infants whose mothers' regimens contained no integrase inhibitor", "control", "infant"),
          P(3, "Three infants in the raltegravir group", "exposed", "infant"),
          P(4, "4 in the comparison group", "control", "infant"),
      ],
      measurements=[
          M(8.1, "mg/dL", "concentration", "peak total serum bilirubin", matrix="infant_blood", analyte="bilirubin", stat="mean", group="raltegravir group", timepoint="first week", population=0),
          M(7.6, "mg/dL", "concentration", "peak total serum bilirubin", matrix="infant_blood", analyte="bilirubin", stat="mean", group="comparison group", timepoint="first week", population=1),
      ],
      comparisons=[
          C("peak total serum bilirubin during the first week", [8.1, 7.6], "mg/dL", "concentration",
            "peak total serum bilirubin during the first week", ["raltegravir group", "comparison group"], False, 0.41, "="),
      ],
      citations=[5]),
    S("Growth and development through 6 months were normal in the 19 infants",
      "study", "raltegravir", None,
      populations=[P(19, "the 19 infants of the infant-level study above", "exposed", "infant")],
      citations=[3]),
    S("In an open-label study, 62 women were randomized at delivery",
      "study", "raltegravir", None,
      populations=[P(62, "62 women", "total", "mother")],
      measurements=[
          M(68, "h", "other", "time to lactogenesis II after delivery", stat="median", group="raltegravir group"),
          M(71, "h", "other", "time to lactogenesis II after delivery", stat="median", group="darunavir group"),
          M(71, "%", "proportion", "exclusive breastfeeding", group="raltegravir-based regimen", timepoint="3 months"),
          M(69, "%", "proportion", "exclusive breastfeeding", group="ritonavir-boosted darunavir regimen", timepoint="3 months"),
      ],
      comparisons=[
          C("median time to lactogenesis II", [68, 71], "h", "other", "onset of lactogenesis II postpartum",
            ["raltegravir group", "darunavir group"], False, 0.47, "="),
          C("exclusive breastfeeding at 3 months", [71, 69], "%", "proportion", "exclusive breastfeeding at 3 months",
            ["raltegravir-based regimen", "ritonavir-boosted darunavir regimen"], None, None, None),
      ],
      citations=[6]),
]})

# ====================================================================== am05
DOCS.append({"doc": "am05_butorphanol_news.html", "statements": [
    S("New mothers who controlled their post-cesarean pain with butorphanol were more likely",
      "study", "butorphanol", "intravenous",
      populations=[
          P(326, "326 women having planned cesareans", "total", "mother"),                               # 0
          P(164, "164 were assigned to intravenous patient-controlled analgesia with butorphanol", "exposed", "mother"),  # 1
          P(162, "162 to the same pumps filled with sufentanil", "control", "mother"),                   # 2
          P(22, "22 women in the butorphanol group", "exposed", "mother"),                              # 3
          P(18, "18 in the sufentanil group", "control", "mother"),                                     # 4
          P(6, "6 butorphanol-exposed", "exposed", "infant"),                                           # 5
          P(5, "5 sufentanil-exposed newborns", "control", "infant"),                                   # 6
      ],
      doses=[
          D(0.2, "mg", "0.2 mg with each press of the button", frequency="with each press of the button", duration="48 hours", drug="butorphanol"),
          D(2, "ug", "2 micrograms per press", frequency="per press", duration="48 hours", drug="sufentanil"),
      ],
      measurements=[
          M(71.3, "%", "proportion", "exclusive breastfeeding at discharge", group="butorphanol group", dose=0, population=1),
          M(58.6, "%", "proportion", "exclusive breastfeeding at discharge", group="sufentanil group", dose=1, population=2),
          M(58, "h", "other", "time from birth to lactogenesis II", stat="median", group="butorphanol", dose=0, population=1),
          M(67, "h", "other", "time from birth to lactogenesis II", stat="median", group="sufentanil", dose=1, population=2),
          M(14, "%", "proportion", "women with nausea", group="butorphanol", dose=0, population=1),
          M(27, "%", "proportion", "women with nausea", group="sufentanil", dose=1, population=2),
          M(0.9, "ng/mL", "concentration", "colostrum butorphanol", matrix="milk", stat="mean", timepoint="24 hours into treatment", dose=0, population=3),
          M(0.04, "ng/mL", "concentration", "colostrum sufentanil (measurable samples)", matrix="milk", analyte="sufentanil", stat="mean", timepoint="24 hours into treatment", dose=1, population=4),
          M(1, "%", "relative_infant_dose", "infant dose, % of maternal weight-adjusted butorphanol dose", qualifier="<", dose=0),
      ],
      comparisons=[
          C("exclusive breastfeeding at discharge", [71.3, 58.6], "%", "proportion",
            "feeding breast milk alone at discharge", ["butorphanol group", "sufentanil group"], True, 0.02, "="),
          C("median time from birth to lactogenesis II", [58, 67], "h", "other",
            "onset of lactogenesis II after birth", ["butorphanol", "sufentanil"], True, None, None),
          C("nausea", [14, 27], "%", "proportion", "nausea",
            ["butorphanol", "sufentanil"], True, 0.01, "<"),
      ]),
]})

# ====================================================================== am06
DOSE_ROWS = ["0.125 mg", "0.25 mg", "0.375 mg", "0.5 mg"]
TP = "steady state, 4 to 6 hours after the morning dose"
DOCS.append({"doc": "am06_digoxin_druginfo.md", "statements": [
    S("For most adults with normal kidney function, the usual maintenance dose is 0.125 to 0.25 mg",
      "recommendation", "digoxin", "oral",
      doses=[D(0.125, "mg", "0.125 to 0.25 mg by mouth once daily", amount_high=0.25, frequency="once daily")],
      measurements=[
          M(0.5, "ng/mL", "concentration", "target trough serum digoxin", matrix="maternal_blood", value_high=0.9),
      ]),
    S("Table 1. Digoxin in breast milk by maternal daily dose",
      "study", "digoxin", None,
      populations=[P(4, "4", "exposed", "mother"), P(7, "7", "exposed", "mother"),
                   P(3, "3", "exposed", "mother"), P(1, "1", "exposed", "mother")],
      doses=[D(0.125, "mg", "0.125 mg", frequency="once daily"),
             D(0.25, "mg", "0.25 mg", frequency="once daily"),
             D(0.375, "mg", "0.375 mg", frequency="once daily"),
             D(0.5, "mg", "0.5 mg", frequency="once daily")],
      measurements=[
          M(0.41, "ng/mL", "concentration", "mean milk digoxin", matrix="milk", stat="mean", group="0.125 mg", timepoint=TP, dose=0, population=0),
          M(0.22, "ng/mL", "concentration", "milk digoxin", matrix="milk", value_high=0.58, stat="range", group="0.125 mg", timepoint=TP, dose=0, population=0),
          M(0.64, "{ratio}", "milk_plasma_ratio", "milk/serum ratio", matrix="milk", group="0.125 mg", timepoint=TP, dose=0, population=0),
          M(0.78, "ng/mL", "concentration", "mean milk digoxin", matrix="milk", stat="mean", group="0.25 mg", timepoint=TP, dose=1, population=1),
          M(0.45, "ng/mL", "concentration", "milk digoxin", matrix="milk", value_high=1.10, stat="range", group="0.25 mg", timepoint=TP, dose=1, population=1),
          M(0.71, "{ratio}", "milk_plasma_ratio", "milk/serum ratio", matrix="milk", group="0.25 mg", timepoint=TP, dose=1, population=1),
          M(1.05, "ng/mL", "concentration", "mean milk digoxin", matrix="milk", stat="mean", group="0.375 mg", timepoint=TP, dose=2, population=2),
          M(0.90, "ng/mL", "concentration", "milk digoxin", matrix="milk", value_high=1.32, stat="range", group="0.375 mg", timepoint=TP, dose=2, population=2),
          M(0.83, "{ratio}", "milk_plasma_ratio", "milk/serum ratio", matrix="milk", group="0.375 mg", timepoint=TP, dose=2, population=2),
          M(1.9, "ng/mL", "concentration", "milk digoxin", matrix="milk", group="0.5 mg", timepoint=TP, dose=3, population=3),
          M(0.88, "{ratio}", "milk_plasma_ratio", "milk/serum ratio", matrix="milk", group="0.5 mg", timepoint=TP, dose=3, population=3),
      ],
      comparisons=[
          C("mean milk digoxin by maternal daily dose", [0.41, 0.78, 1.05, 1.9], "ng/mL", "concentration",
            "mean milk digoxin level", DOSE_ROWS, None, None, None),
          C("milk/serum ratio by maternal daily dose", [0.64, 0.71, 0.83, 0.88], "{ratio}", "milk_plasma_ratio",
            "milk/serum ratio", DOSE_ROWS, None, None, None),
      ],
      citations=[1, 2]),
    S("Eleven nursing mothers on long-term digoxin for rheumatic heart disease",
      "study", "digoxin", None,
      populations=[
          P(11, "Eleven nursing mothers on long-term digoxin for rheumatic heart disease", "exposed", "mother"),
          P(9, "all 9 infants who were tested", "exposed", "infant"),
      ],
      doses=[D(0.125, "mg", "0.125 mg", frequency="each morning"),
             D(0.25, "mg", "0.25 mg each morning", frequency="each morning")],
      measurements=[
          M(0.09, "ug/kg", "infant_dose", "estimated infant digoxin dose per day", qualifier="~", population=0),
          M(3, "%", "relative_infant_dose", "infant dose, % of maternal weight-adjusted dose", qualifier="~", population=0),
          M(0.1, "ng/mL", "concentration", "infant serum digoxin (undetectable)", matrix="infant_blood", qualifier="<", population=1),
      ],
      citations=[1]),
    S("A second report described 4 women taking either 0.375 mg or 0.5 mg daily",
      "study", "digoxin", None,
      populations=[P(4, "4 women", "exposed", "mother"), P(1, "One infant", "exposed", "infant")],
      doses=[D(0.375, "mg", "0.375 mg", frequency="daily"),
             D(0.5, "mg", "0.5 mg daily", frequency="daily")],
      measurements=[
          M(38, "h", "half_life", "digoxin half-life in milk", matrix="milk", population=0),
          M(36, "h", "half_life", "digoxin serum half-life", matrix="maternal_blood", population=0),
          M(0.2, "ng/mL", "concentration", "infant serum digoxin", matrix="infant_blood", dose=1, population=1),
          M(9, "%", "infant_plasma_ratio", "infant serum level, % of maternal level", matrix="infant_blood", qualifier="~", dose=1, population=1),
      ],
      citations=[2]),
]})

# ====================================================================== am07
CASES = ["Case 1", "Case 2", "Case 3"]
DOCS.append({"doc": "am07_perampanel_caseseries.txt", "statements": [
    S("We report three mother-infant pairs followed at a tertiary epilepsy clinic",
      "study", "perampanel", None,
      populations=[P(3, "three mother-infant pairs followed at a tertiary epilepsy clinic", "exposed", "pair")],
      doses=[D(4, "mg", "4 mg (Case 1)", frequency="once nightly"),
             D(8, "mg", "8 mg (Case 2)", frequency="once nightly"),
             D(10, "mg", "10 mg (Case 3)", frequency="once nightly")],
      measurements=[
          M(162, "ng/mL", "concentration", "maternal trough plasma perampanel", matrix="maternal_blood", group="Case 1", timepoint="before the evening dose", dose=0),
          M(391, "ng/mL", "concentration", "maternal trough plasma perampanel", matrix="maternal_blood", group="Case 2", timepoint="before the evening dose", dose=1),
          M(604, "ng/mL", "concentration", "maternal trough plasma perampanel", matrix="maternal_blood", group="Case 3", timepoint="before the evening dose", dose=2),
          M(3.1, "ng/mL", "concentration", "milk perampanel", matrix="milk", group="Case 1", timepoint="before the evening dose", dose=0),
          M(7.4, "ng/mL", "concentration", "milk perampanel", matrix="milk", group="Case 2", timepoint="before the evening dose", dose=1),
          M(12.8, "ng/mL", "concentration", "milk perampanel", matrix="milk", group="Case 3", timepoint="before the evening dose", dose=2),
          M(0.02, "{ratio}", "milk_plasma_ratio", "milk-to-plasma ratio", matrix="milk", qualifier="~", population=0),
          M(0.8, "%", "relative_infant_dose", "estimated relative infant dose", group="Case 1", dose=0),
          M(1.0, "%", "relative_infant_dose", "estimated relative infant dose", group="Case 2", dose=1),
          M(1.3, "%", "relative_infant_dose", "estimated relative infant dose", group="Case 3", dose=2),
          M(1.0, "ng/mL", "concentration", "infant plasma perampanel (not quantifiable)", matrix="infant_blood", qualifier="<", group="Case 1 infant", dose=0),
          M(2.6, "ng/mL", "concentration", "infant plasma perampanel", matrix="infant_blood", group="Case 2 infant", dose=1),
          M(0.7, "%", "infant_plasma_ratio", "infant plasma level, % of maternal level", matrix="infant_blood", group="Case 2 infant", dose=1),
          M(9.7, "ng/mL", "concentration", "infant plasma perampanel", matrix="infant_blood", group="Case 3 infant", timepoint="3 weeks", dose=2),
          M(1.6, "%", "infant_plasma_ratio", "infant plasma level, % of maternal level", matrix="infant_blood", group="Case 3 infant", timepoint="3 weeks", dose=2),
          M(3.1, "ng/mL", "concentration", "infant plasma perampanel", matrix="infant_blood", group="Case 3 infant", timepoint="within 12 days after breastfeeding was reduced", dose=2),
      ],
      comparisons=[
          C("maternal trough plasma perampanel by case", [162, 391, 604], "ng/mL", "concentration",
            "maternal trough plasma perampanel", CASES),
          C("milk perampanel by case", [3.1, 7.4, 12.8], "ng/mL", "concentration",
            "milk perampanel", CASES),
          C("relative infant dose by case", [0.8, 1.0, 1.3], "%", "relative_infant_dose",
            "relative infant dose", CASES),
          C("infant plasma perampanel, Case 3 vs Case 2", [9.7, 2.6], "ng/mL", "concentration",
            "infant plasma perampanel", ["Case 3 infant", "Case 2 infant"]),
          C("Case 3 infant plasma perampanel before and after breastfeeding was reduced", [9.7, 3.1], "ng/mL", "concentration",
            "infant plasma perampanel", ["before, at 3 weeks", "after breastfeeding was reduced"]),
      ]),
]})


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        for d in DOCS:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    n = sum(len(d["statements"]) for d in DOCS)
    print("wrote %s: %d documents, %d statements" % (os.path.normpath(OUT), len(DOCS), n))


if __name__ == "__main__":
    main()
