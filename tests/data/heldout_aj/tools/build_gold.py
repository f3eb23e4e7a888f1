#!/usr/bin/env python3
"""Gold annotations (format version 2) for the SYNTHETIC held-out corpus aj.
Run: python3 tools/build_gold.py  -> writes gold.jsonl next to texts/."""
import json, os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def P(n, text, role, who):
    return {"n": n, "text": text, "role": role, "who": who}

def D(amount, unit, text, recipient="mother", amount_high=None, **kw):
    d = {"amount": amount}
    if amount_high is not None:
        d["amount_high"] = amount_high
    d["unit"] = unit
    for k in ("stat", "frequency", "duration", "drug"):
        if k in kw:
            d[k] = kw[k]
    d["text"] = text
    d["recipient"] = recipient
    return d

def M(value, unit, kind, matrix=None, analyte=None, dose=None, population=None,
      value_high=None, qualifier=None, stat=None, group=None, measure=None, timepoint=None):
    m = {"value": value}
    if value_high is not None:
        m["value_high"] = value_high
    m["unit"] = unit
    if qualifier:
        m["qualifier"] = qualifier
    if stat:
        m["stat"] = stat
    if group:
        m["group"] = group
    if measure:
        m["measure"] = measure
    if timepoint:
        m["timepoint"] = timepoint
    m.update({"kind": kind, "matrix": matrix, "analyte": analyte, "dose": dose, "population": population})
    return m

def C(measure, values, unit, kind, outcome, arms, significant=None, p_value=None, p_qualifier=None):
    return {"measure": measure, "values": values, "unit": unit, "kind": kind, "outcome": outcome,
            "arms": arms, "significant": significant, "p_value": p_value, "p_qualifier": p_qualifier}

def S(anchor, kind, drug, route, populations=(), doses=(), measurements=(), comparisons=(), citations=()):
    return {"anchor": anchor, "kind": kind, "drug": drug, "route": route,
            "populations": list(populations), "doses": list(doses),
            "measurements": list(measurements), "comparisons": list(comparisons),
            "citations": list(citations)}

DOCS = []

# ---------------------------------------------------------------- aj01 RCT
MAA = "4-methylaminoantipyrine"
HI, LO, PL = "high-dose arm", "low-dose arm", "placebo arm"
DOCS.append({"doc": "aj01_metamizole_rct.md", "statements": [
    S("We randomly assigned 150 women undergoing elective caesarean delivery", "study", "metamizole", "oral",
      populations=[
          P(150, "150 women undergoing elective caesarean delivery under spinal anaesthesia, all planning to breastfeed", "total", "mother"),  # 0
          P(50, "high-dose arm, n = 50", "exposed", "mother"),        # 1
          P(50, "low-dose arm, n = 50", "exposed", "mother"),         # 2
          P(50, "placebo arm, n = 50", "control", "mother"),          # 3
          P(12, "12 women in each active arm", "exposed", "mother"),  # 4
          P(144, "144 completed follow-up", "total", "mother"),       # 5
          P(8, "8 infants of high-dose mothers", "exposed", "infant"),  # 6
          P(7, "7 had values below the limit of quantification", "exposed", "infant"),  # 7
          P(1, "one infant", "exposed", "infant"),                    # 8
      ],
      doses=[
          D(1, "g", "oral metamizole 1 g every 6 hours", frequency="every 6 hours", duration="for 72 hours"),
          D(500, "mg", "oral metamizole 500 mg every 6 hours", frequency="every 6 hours", duration="for 72 hours"),
      ],
      measurements=[
          M(18, "%", "proportion", dose=0, population=1, group=HI, measure="rescue analgesia needed", timepoint="first 24 hours"),
          M(34, "%", "proportion", dose=1, population=2, group=LO, measure="rescue analgesia needed", timepoint="first 24 hours"),
          M(62, "%", "proportion", population=3, group=PL, measure="rescue analgesia needed", timepoint="first 24 hours"),
          M(21, "%", "proportion", dose=0, population=1, group=HI, measure="cumulative rescue analgesia", timepoint="48 hours"),
          M(39, "%", "proportion", dose=1, population=2, group=LO, measure="cumulative rescue analgesia", timepoint="48 hours"),
          M(70, "%", "proportion", population=3, group=PL, measure="cumulative rescue analgesia", timepoint="48 hours"),
          M(9.5, "h", "other", dose=0, population=1, stat="median", group=HI, measure="time to first rescue request"),
          M(6.1, "h", "other", dose=1, population=2, stat="median", group=LO, measure="time to first rescue request"),
          M(3.2, "h", "other", population=3, stat="median", group=PL, measure="time to first rescue request"),
          M(84, "%", "proportion", dose=0, population=1, group=HI, measure="exclusive breastfeeding", timepoint="72 hours"),
          M(80, "%", "proportion", dose=1, population=2, group=LO, measure="exclusive breastfeeding", timepoint="72 hours"),
          M(70, "%", "proportion", population=3, group=PL, measure="exclusive breastfeeding", timepoint="72 hours"),
          M(386, "mL", "milk_volume", dose=0, population=1, group=HI, measure="infant milk intake by 24-hour test weighing", timepoint="day 3"),
          M(371, "mL", "milk_volume", dose=1, population=2, group=LO, measure="infant milk intake by 24-hour test weighing", timepoint="day 3"),
          M(342, "mL", "milk_volume", population=3, group=PL, measure="infant milk intake by 24-hour test weighing", timepoint="day 3"),
          M(6.2, "%", "change", dose=0, population=1, group=HI, measure="neonatal weight loss from birth weight", timepoint="72 hours"),
          M(6.5, "%", "change", dose=1, population=2, group=LO, measure="neonatal weight loss from birth weight", timepoint="72 hours"),
          M(7.4, "%", "change", population=3, group=PL, measure="neonatal weight loss from birth weight", timepoint="72 hours"),
          M(9.8, "mg/L", "concentration", "milk", MAA, dose=0, population=4, stat="median", group="1 g", measure="milk MAA", timepoint="day 3"),
          M(4.6, "mg/L", "concentration", "milk", MAA, dose=1, population=4, stat="median", group="500 mg", measure="milk MAA", timepoint="day 3"),
          M(13.1, "mg/L", "concentration", "maternal_blood", MAA, dose=0, population=4, group="1 g", measure="maternal plasma MAA", timepoint="day 3"),
          M(6.2, "mg/L", "concentration", "maternal_blood", MAA, dose=1, population=4, group="500 mg", measure="maternal plasma MAA", timepoint="day 3"),
          M(0.75, "{ratio}", "milk_plasma_ratio", "milk", MAA, population=4, measure="milk/plasma ratio of MAA, irrespective of dose"),
          M(1.5, "mg/kg", "infant_dose", None, MAA, dose=0, population=4, group=HI, measure="calculated infant MAA dose per day"),
          M(0.7, "mg/kg", "infant_dose", None, MAA, dose=1, population=4, group=LO, measure="calculated infant MAA dose per day"),
          M(3.6, "%", "relative_infant_dose", None, MAA, dose=0, population=4, group=HI, measure="infant MAA dose, % of weight-adjusted maternal dose"),
          M(3.4, "%", "relative_infant_dose", None, MAA, dose=1, population=4, group=LO, measure="infant MAA dose, % of weight-adjusted maternal dose"),
          M(0.1, "mg/L", "concentration", "infant_blood", MAA, dose=0, population=7, qualifier="<", measure="infant plasma MAA (below limit of quantification)"),
          M(0.3, "mg/L", "concentration", "infant_blood", MAA, dose=0, population=8, measure="infant plasma MAA"),
      ],
      comparisons=[
          C("rescue analgesia within 24 hours", [18, 34, 62], "%", "proportion", "rescue analgesia within the first 24 hours",
            [HI, LO, PL], True, 0.001, "<"),
          C("cumulative rescue analgesia by 48 hours", [21, 39, 70], "%", "proportion", "cumulative rescue analgesia by 48 hours",
            [HI, LO, PL], True, 0.001, "<"),
          C("median time to first rescue request, 1 g vs placebo", [9.5, 3.2], "h", "other", "median time to the first rescue request",
            ["metamizole 1 g", "placebo"], True, 0.002, "="),
          C("median time to first rescue request, 500 mg vs placebo", [6.1, 3.2], "h", "other", "median time to the first rescue request",
            ["metamizole 500 mg", "placebo"], True, 0.03, "="),
          C("exclusive breastfeeding at 72 hours, two metamizole regimens", [84, 80], "%", "proportion", "exclusive breastfeeding at 72 hours",
            [HI, LO], False, 0.61, "="),
          C("exclusive breastfeeding at 72 hours, high dose vs placebo", [84, 70], "%", "proportion", "exclusive breastfeeding at 72 hours",
            [HI, "placebo"], True, 0.04, "="),
          C("infant milk intake by test weighing, day 3", [386, 371, 342], "mL", "milk_volume", "infant milk intake measured by 24-hour test weighing on day 3",
            [HI, LO, PL], False, 0.12, "="),
          C("neonatal weight loss at 72 hours", [6.2, 6.5, 7.4], "%", "change", "neonatal weight loss from birth weight at 72 hours",
            [HI, LO, PL], False, 0.29, "="),
          C("median day-3 milk MAA", [9.8, 4.6], "mg/L", "concentration", "day-3 milk MAA",
            ["1 g", "500 mg"], True, 0.001, "<"),
          C("maternal plasma MAA", [13.1, 6.2], "mg/L", "concentration", "maternal plasma MAA",
            ["larger dose (1 g)", "500 mg"], None, None, None),
          C("calculated infant MAA dose", [1.5, 0.7], "mg/kg", "infant_dose", "calculated infant MAA dose",
            [HI, LO], None, None, None),
          C("infant MAA dose as % of weight-adjusted maternal dose", [3.6, 3.4], "%", "relative_infant_dose",
            "infant MAA dose, percentage of the weight-adjusted maternal dose", [HI, LO], None, None, None),
      ],
      citations=[]),
]})

# ---------------------------------------------------------------- aj02 news
PR, PB = "protirelin group", "placebo group"
DOCS.append({"doc": "aj02_protirelin_news.html", "statements": [
    S("A nasal spray containing protirelin, a synthetic copy of the brain's thyrotropin-releasing hormone", "study", "protirelin", "intranasal",
      populations=[
          P(96, "96 mothers whose babies had been born before 32 weeks of gestation", "total", "mother"),  # 0
          P(48, "48 mothers were assigned to protirelin", "exposed", "mother"),  # 1
          P(48, "the remaining 48 used an identical salt-water spray", "control", "mother"),  # 2
          P(10, "a substudy of 10 women", "exposed", "mother"),  # 3
      ],
      doses=[D(200, "ug", "protirelin 200 micrograms sprayed into the nose twice daily for 14 days",
               frequency="twice daily", duration="for 14 days")],
      measurements=[
          M(418, "mL", "milk_volume", dose=0, population=1, stat="mean", group="active spray", measure="milk pumped per day", timepoint="day 7"),
          M(331, "mL", "milk_volume", population=2, stat="mean", group="placebo", measure="milk pumped per day", timepoint="day 7"),
          M(538, "mL", "milk_volume", dose=0, population=1, group="active spray", measure="milk pumped per day", timepoint="day 14"),
          M(402, "mL", "milk_volume", population=2, group="placebo", measure="milk pumped per day", timepoint="day 14"),
          M(561, "mL", "milk_volume", dose=0, population=1, group="active spray", measure="milk pumped per day", timepoint="day 28"),
          M(517, "mL", "milk_volume", population=2, group="placebo", measure="milk pumped per day", timepoint="day 28"),
          M(88, "ng/mL", "concentration", "maternal_blood", "prolactin", dose=0, population=1, group=PR, measure="serum prolactin before pumping", timepoint="enrolment"),
          M(182, "ng/mL", "concentration", "maternal_blood", "prolactin", dose=0, population=1, group=PR, measure="serum prolactin before pumping", timepoint="day 7"),
          M(96, "ng/mL", "concentration", "maternal_blood", "prolactin", population=2, stat="mean", group="placebo", measure="serum prolactin before pumping", timepoint="day 7"),
          M(61, "%", "proportion", dose=0, population=1, group="spray group", measure="reached target of 500 mL a day", timepoint="day 14"),
          M(27, "%", "proportion", population=2, group="placebo users", measure="reached target of 500 mL a day", timepoint="day 14"),
          M(73, "%", "proportion", dose=0, population=1, group=PR, measure="babies receiving only own mother's milk", timepoint="hospital discharge"),
          M(52, "%", "proportion", population=2, group=PB, measure="babies receiving only own mother's milk", timepoint="hospital discharge"),
          M(15, "%", "proportion", dose=0, population=1, group="protirelin", measure="nausea"),
          M(6, "%", "proportion", population=2, group="placebo", measure="nausea"),
          M(0.01, "ng/mL", "concentration", "milk", None, dose=0, population=3, qualifier="<", measure="milk protirelin (below detection limit)"),
      ],
      comparisons=[
          C("milk pumped per day, day 7", [418, 331], "mL", "milk_volume", "milk pumped a day by day 7", ["active spray", "placebo"], True, 0.003, "="),
          C("milk pumped per day, day 14", [538, 402], "mL", "milk_volume", "milk pumped a day at day 14", ["active spray", "placebo"], True, 0.001, "<"),
          C("milk pumped per day, day 28", [561, 517], "mL", "milk_volume", "milk volume a day on day 28, after sprays stopped", ["active spray", "placebo"], False, 0.21, "="),
          C("serum prolactin before pumping, protirelin group, enrolment vs day 7", [88, 182], "ng/mL", "concentration", "mothers' serum prolactin before pumping",
            ["at enrolment (before)", "day 7 (after)"], None, None, None),
          C("serum prolactin on day 7, protirelin vs placebo", [182, 96], "ng/mL", "concentration", "serum prolactin before pumping on day 7",
            [PR, "placebo"], True, 0.0001, "<"),
          C("reached target of 500 mL a day by day 14", [61, 27], "%", "proportion", "reached the daily milk volume target by day 14",
            ["spray group", "placebo users"], None, None, None),
          C("exclusive own-mother's-milk feeding at discharge", [73, 52], "%", "proportion", "babies receiving only their own mother's milk at hospital discharge",
            [PR, PB], True, 0.04, "="),
          C("nausea", [15, 6], "%", "proportion", "nausea reported", ["protirelin", "placebo"], False, 0.2, "="),
      ],
      citations=[]),
]})

# ---------------------------------------------------------------- aj03 cohort
EXP, UNX = "exposed", "unexposed"
DOCS.append({"doc": "aj03_vedolizumab_cohort.txt", "statements": [
    S("This prospective cohort enrolled 64 breastfeeding women with IBD", "study", "vedolizumab", "intravenous",
      populations=[
          P(64, "64 breastfeeding women with IBD", "total", "mother"),          # 0
          P(40, "40 exposed to intravenous vedolizumab", "exposed", "mother"),  # 1
          P(29, "29 on 300 mg every 8 weeks", "exposed", "mother"),            # 2
          P(11, "11 on an intensified schedule of 300 mg every 4 weeks", "exposed", "mother"),  # 3
          P(24, "24 unexposed women with IBD receiving no biologic therapy", "control", "mother"),  # 4
          P(18, "18 exposed women", "exposed", "mother"),                      # 5
          P(9, "all 9 infants tested", "exposed", "infant"),                   # 6
      ],
      doses=[
          D(300, "mg", "300 mg every 8 weeks", frequency="every 8 weeks"),
          D(300, "mg", "300 mg every 4 weeks", frequency="every 4 weeks"),
      ],
      measurements=[
          M(0.31, "ug/mL", "concentration", "milk", dose=0, population=5, stat="median", group="8-weekly dosing", measure="peak milk vedolizumab", timepoint="3 to 4 days after an infusion"),
          M(0.58, "ug/mL", "concentration", "milk", dose=1, population=5, stat="median", group="4-weekly dosing", measure="peak milk vedolizumab", timepoint="3 to 4 days after an infusion"),
          M(0.05, "ug/mL", "concentration", "milk", dose=0, population=5, group="8-weekly dosing", measure="trough milk vedolizumab", timepoint="just before the next infusion"),
          M(0.19, "ug/mL", "concentration", "milk", dose=1, population=5, group="4-weekly dosing", measure="trough milk vedolizumab", timepoint="just before the next infusion"),
          M(11.4, "ug/mL", "concentration", "maternal_blood", dose=0, group="8-weekly dosing", measure="maternal serum trough vedolizumab"),
          M(27.8, "ug/mL", "concentration", "maternal_blood", dose=1, group="4-weekly dosing", measure="maternal serum trough vedolizumab"),
          M(0.4, "%", "milk_plasma_ratio", "milk", dose=0, population=5, stat="median", group="8-weekly dosing", measure="milk-to-serum ratio"),
          M(0.7, "%", "milk_plasma_ratio", "milk", dose=1, population=5, stat="median", group="4-weekly dosing", measure="milk-to-serum ratio"),
          M(5.2, "d", "half_life", "milk", population=5, measure="apparent elimination half-life of vedolizumab in milk"),
          M(0.5, "ug/mL", "concentration", "infant_blood", population=6, qualifier="<", measure="infant serum vedolizumab (undetectable)", timepoint="4 weeks after a maternal infusion"),
          M(0.03, "%", "relative_infant_dose", dose=0, group="8-weekly schedule", measure="estimated relative infant dose"),
          M(0.06, "%", "relative_infant_dose", dose=1, group="4-weekly schedule", measure="estimated relative infant dose"),
          M(9, "%", "proportion", population=1, group=EXP, measure="infant infections", timepoint="by 6 months"),
          M(13, "%", "proportion", population=4, group=UNX, measure="infant infections", timepoint="by 6 months"),
          M(21, "%", "proportion", population=1, group=EXP, measure="infant infections", timepoint="by 12 months"),
          M(25, "%", "proportion", population=4, group=UNX, measure="infant infections", timepoint="by 12 months"),
          M(14, "%", "proportion", population=1, group=EXP, measure="antibiotic courses needed", timepoint="first year"),
          M(17, "%", "proportion", population=4, group=UNX, measure="antibiotic courses needed", timepoint="first year"),
          M(78, "%", "proportion", population=1, group=EXP, measure="any breastfeeding", timepoint="6 months"),
          M(63, "%", "proportion", population=4, group=UNX, measure="any breastfeeding", timepoint="6 months"),
      ],
      comparisons=[
          C("median peak milk vedolizumab", [0.31, 0.58], "ug/mL", "concentration", "median peak milk concentrations",
            ["8-weekly dosing", "4-weekly dosing"], True, 0.02, "="),
          C("trough milk vedolizumab", [0.05, 0.19], "ug/mL", "concentration", "trough milk levels just before the next infusion",
            ["8-weekly dosing", "4-weekly dosing"], True, 0.01, "<"),
          C("maternal serum trough vedolizumab", [11.4, 27.8], "ug/mL", "concentration", "maternal serum trough",
            ["8-weekly dosing", "4-weekly dosing"], None, None, None),
          C("median milk-to-serum ratio", [0.4, 0.7], "%", "milk_plasma_ratio", "median milk-to-serum ratio",
            ["8-weekly dosing", "4-weekly dosing"], None, None, None),
          C("estimated relative infant dose", [0.03, 0.06], "%", "relative_infant_dose", "estimated relative infant doses",
            ["8-weekly schedule", "4-weekly schedule"], None, None, None),
          C("infant infections by 6 months", [9, 13], "%", "proportion", "infant infections by 6 months",
            ["exposed infants", "unexposed infants"], False, 0.52, "="),
          C("infant infections by 12 months", [21, 25], "%", "proportion", "infant infections by 12 months",
            ["exposed infants", "unexposed infants"], False, 0.71, "="),
          C("antibiotic courses in the first year", [14, 17], "%", "proportion", "antibiotic courses in the first year",
            [EXP, UNX], False, None, None),
          C("any breastfeeding at 6 months", [78, 63], "%", "proportion", "any breastfeeding at 6 months",
            ["exposed mothers", "unexposed mothers"], False, 0.19, "="),
      ],
      citations=[]),
]})

# ---------------------------------------------------------------- aj04 famciclovir
PEN = "penciclovir"
DOCS.append({"doc": "aj04_famciclovir_lactmed.html", "statements": [
    S("Limited data indicate that maternal doses of up to 500 mg three times daily", "recommendation", "famciclovir", None,
      doses=[D(500, "mg", "doses of up to 500 mg three times daily", stat="maximum", frequency="three times daily")],
      citations=[1]),
    S("Eight women who were 2 to 14 weeks postpartum took a single oral dose of famciclovir 500 mg", "study", "famciclovir", "oral",
      populations=[P(8, "Eight women who were 2 to 14 weeks postpartum", "exposed", "mother")],
      doses=[D(500, "mg", "a single oral dose of famciclovir 500 mg")],
      measurements=[
          M(2.6, "mg/L", "concentration", "milk", PEN, 0, 0, stat="mean", measure="peak milk penciclovir", timepoint="3 hours after the dose"),
          M(3.4, "mg/L", "concentration", "maternal_blood", PEN, 0, 0, stat="mean", measure="maternal serum penciclovir", timepoint="3 hours after the dose"),
          M(0.78, "{ratio}", "milk_plasma_ratio", "milk", PEN, 0, 0, stat="mean", measure="milk/serum ratio of penciclovir"),
          M(0.52, "{ratio}", "milk_plasma_ratio", "milk", PEN, 0, 0, value_high=1.1, stat="range", measure="milk/serum ratio of penciclovir"),
          M(2.9, "h", "half_life", "milk", PEN, 0, 0, measure="penciclovir half-life in milk"),
          M(0.05, "mg/L", "concentration", "milk", None, 0, 0, qualifier="<", measure="milk famciclovir (not detected)"),
          M(0.21, "mg/kg", "infant_dose", None, PEN, 0, 0, measure="estimated infant penciclovir dose per day"),
          M(3.2, "%", "relative_infant_dose", None, PEN, 0, 0, measure="infant dose, % of maternal weight-adjusted dosage"),
      ],
      citations=[2]),
    S("A mother 5 months postpartum was taking famciclovir 250 mg orally twice daily", "study", "famciclovir", "oral",
      doses=[D(250, "mg", "famciclovir 250 mg orally twice daily", frequency="twice daily")],
      measurements=[
          M(0.42, "mg/L", "concentration", "milk", PEN, 0, None, measure="trough milk penciclovir", timepoint="just before the morning dose, day 4"),
          M(1.35, "mg/L", "concentration", "milk", PEN, 0, None, measure="milk penciclovir", timepoint="two hours after the dose, day 4"),
      ],
      citations=[3]),
    S("Three nursing mothers with herpes zoster were treated with famciclovir 750 mg", "study", "famciclovir", "oral",
      populations=[P(3, "Three nursing mothers with herpes zoster", "exposed", "mother")],
      doses=[D(750, "mg", "famciclovir 750 mg by mouth three times a day for 7 days", frequency="three times a day", duration="for 7 days")],
      measurements=[
          M(4.1, "mg/L", "concentration", "milk", PEN, 0, 0, value_high=6.8, stat="range", measure="peak milk penciclovir"),
          M(0.9, "mg/L", "concentration", "milk", PEN, 0, 0, value_high=1.6, stat="range", measure="trough milk penciclovir"),
      ],
      citations=[4]),
    S("Two breastfed infants whose mothers were taking famciclovir 500 mg three times daily", "study", "famciclovir", None,
      populations=[P(2, "Two breastfed infants", "exposed", "infant"), P(1, "one infant", "exposed", "infant")],
      doses=[D(500, "mg", "famciclovir 500 mg three times daily", frequency="three times daily")],
      measurements=[
          M(0.1, "mg/L", "concentration", "infant_blood", PEN, 0, 1, qualifier="<", measure="infant serum penciclovir (undetectable)", timepoint="2 hours after a feeding"),
          M(0.14, "mg/L", "concentration", "infant_blood", PEN, 0, None, measure="infant serum penciclovir", timepoint="2 hours after a feeding"),
          M(1, "%", "infant_plasma_ratio", "infant_blood", PEN, 0, None, qualifier="~", measure="infant serum level, % of simultaneous maternal serum level"),
      ],
      citations=[5]),
    S("In a follow-up of 21 breastfed infants whose mothers had taken famciclovir", "study", "famciclovir", None,
      populations=[P(21, "21 breastfed infants", "exposed", "infant"), P(2, "2 infants", "exposed", "infant"),
                   P(6, "6 of the infants", "exposed", "infant")],
      measurements=[
          M(10, "%", "proportion", population=0, measure="infants with loose stools"),
          M(0.3, "mg/dL", "concentration", "infant_blood", "creatinine", None, 2, stat="mean", measure="infant serum creatinine"),
      ],
      citations=[5]),
]})

# ---------------------------------------------------------------- aj05 ramipril
RAT = "ramiprilat"
DOCS.append({"doc": "aj05_ramipril_lactmed.txt", "statements": [
    S("Limited information indicates that maternal ramipril doses of up to 10 mg daily", "recommendation", "ramipril", None,
      doses=[D(10, "mg", "doses of up to 10 mg daily", stat="maximum", frequency="per day")],
      citations=[1]),
    S("Twelve women with chronic hypertension who were 1 to 6 months postpartum took ramipril 5 mg", "study", "ramipril", None,
      populations=[P(12, "Twelve women with chronic hypertension who were 1 to 6 months postpartum", "exposed", "mother")],
      doses=[D(5, "mg", "ramipril 5 mg once daily", frequency="once daily")],
      measurements=[
          M(0.5, "ug/L", "concentration", "milk", None, 0, 0, qualifier="<", measure="milk ramipril (below limit of quantification)", timepoint="steady state"),
          M(1.8, "ug/L", "concentration", "milk", RAT, 0, 0, stat="mean", measure="milk ramiprilat", timepoint="steady state"),
          M(0.9, "ug/L", "concentration", "milk", RAT, 0, 0, value_high=3.6, stat="range", measure="milk ramiprilat", timepoint="steady state"),
          M(9.6, "ug/L", "concentration", "maternal_blood", RAT, 0, 0, stat="mean", measure="maternal plasma ramiprilat"),
          M(0.19, "{ratio}", "milk_plasma_ratio", "milk", RAT, 0, 0, measure="milk/plasma ratio of ramiprilat"),
          M(0.27, "ug/kg", "infant_dose", None, RAT, 0, 0, measure="estimated infant ramiprilat dose per day"),
          M(0.35, "%", "relative_infant_dose", None, RAT, 0, 0, measure="infant dose, % of maternal weight-adjusted dosage"),
      ],
      citations=[2]),
    S("In a dose-comparison study, 4 mothers took ramipril 10 mg daily and 3 mothers took 2.5 mg daily", "study", "ramipril", None,
      populations=[P(4, "4 mothers took ramipril 10 mg daily", "exposed", "mother"),
                   P(3, "3 mothers took 2.5 mg daily", "exposed", "mother")],
      doses=[D(10, "mg", "ramipril 10 mg daily", frequency="per day"), D(2.5, "mg", "2.5 mg daily", frequency="per day")],
      measurements=[
          M(4.9, "ug/L", "concentration", "milk", RAT, 0, 0, stat="mean", group="10 mg dose", measure="peak milk ramiprilat", timepoint="about 4 hours after dosing"),
          M(1.1, "ug/L", "concentration", "milk", RAT, 1, 1, stat="mean", group="2.5 mg dose", measure="peak milk ramiprilat", timepoint="about 4 hours after dosing"),
          M(13, "h", "half_life", "milk", RAT, None, None, measure="terminal half-life of ramiprilat in milk"),
      ],
      comparisons=[C("mean peak milk ramiprilat by dose", [4.9, 1.1], "ug/L", "concentration", "mean peak milk ramiprilat",
                     ["10 mg dose", "2.5 mg dose"], None, None, None)],
      citations=[3]),
    S("Five breastfed infants aged 3 to 20 weeks whose mothers were taking ramipril 5 to 10 mg daily", "study", "ramipril", None,
      populations=[P(5, "Five breastfed infants aged 3 to 20 weeks", "exposed", "infant"),
                   P(4, "4 infants", "exposed", "infant"), P(1, "one infant", "exposed", "infant")],
      doses=[D(5, "mg", "ramipril 5 to 10 mg daily", amount_high=10, stat="range", frequency="per day")],
      measurements=[
          M(0.2, "ug/L", "concentration", "infant_blood", RAT, 0, 1, qualifier="<", measure="infant plasma ramiprilat (undetectable)"),
          M(0.3, "ug/L", "concentration", "infant_blood", RAT, 0, 2, measure="infant plasma ramiprilat"),
          M(3, "%", "infant_plasma_ratio", "infant_blood", RAT, 0, 2, measure="infant level, % of maternal plasma level"),
      ],
      citations=[2]),
    S("Among 18 infants breastfed by mothers taking ramipril, none had hypotension", "study", "ramipril", None,
      populations=[P(18, "18 infants breastfed by mothers taking ramipril", "exposed", "infant"),
                   P(11, "11 of the infants", "exposed", "infant")],
      measurements=[M(0.28, "mg/dL", "concentration", "infant_blood", "creatinine", None, 1, stat="mean", measure="infant serum creatinine")],
      citations=[2, 3]),
    S("A mother took ramipril 2.5 mg daily while nursing her preterm infant born at 34 weeks", "study", "ramipril", None,
      doses=[D(2.5, "mg", "ramipril 2.5 mg daily", frequency="per day")],
      measurements=[
          M(0.5, "mg/dL", "concentration", "infant_blood", "creatinine", 0, None, measure="infant serum creatinine", timepoint="3 weeks of age, while breastfed"),
          M(0.35, "mg/dL", "concentration", "infant_blood", "creatinine", None, None, measure="infant serum creatinine", timepoint="after breastfeeding interrupted for 5 days"),
      ],
      comparisons=[C("infant serum creatinine before and after interrupting breastfeeding", [0.5, 0.35], "mg/dL", "concentration",
                     "infant serum creatinine", ["while breastfeeding (before)", "after breastfeeding was interrupted"], None, None, None)],
      citations=[4]),
]})

# ---------------------------------------------------------------- aj06 glipizide
DOCS.append({"doc": "aj06_glipizide_lactmed.md", "statements": [
    S("Glipizide is not detectable in milk at usual maternal doses", "recommendation", "glipizide", None,
      doses=[D(10, "mg", "up to 10 mg daily", stat="maximum", frequency="per day")],
      citations=[1]),
    S("Two women took glipizide 5 mg daily beginning on the first postpartum day", "study", "glipizide", None,
      populations=[P(2, "Two women", "exposed", "mother")],
      doses=[D(5, "mg", "glipizide 5 mg daily", frequency="per day")],
      measurements=[M(0.1, "mg/L", "concentration", "milk", None, 0, 0, qualifier="<", measure="milk glipizide (undetectable)", timepoint="over 5 days")],
      citations=[2]),
    S("Seven lactating women with type 2 diabetes took glipizide 10 mg daily", "study", "glipizide", None,
      populations=[P(7, "Seven lactating women with type 2 diabetes", "exposed", "mother")],
      doses=[D(10, "mg", "glipizide 10 mg daily", frequency="per day")],
      measurements=[
          M(12, "ug/L", "concentration", "milk", None, 0, 0, stat="mean", measure="average milk glipizide over a 24-hour dosing interval"),
          M(26, "ug/L", "concentration", "milk", None, 0, 0, stat="mean", measure="peak milk glipizide", timepoint="3 hours after the dose"),
          M(410, "ug/L", "concentration", "maternal_blood", None, 0, 0, stat="mean", measure="maternal serum glipizide"),
          M(0.03, "{ratio}", "milk_plasma_ratio", "milk", None, 0, 0, measure="milk-to-serum ratio"),
          M(4, "ug/L", "concentration", "milk", "3-cis-hydroxyglipizide", 0, 0, stat="mean", measure="milk 3-cis-hydroxyglipizide"),
          M(1.8, "ug/kg", "infant_dose", None, None, 0, 0, measure="estimated infant glipizide dose per day"),
          M(1.2, "%", "relative_infant_dose", None, None, 0, 0, measure="infant dose, % of mother's weight-adjusted dose"),
          M(4.5, "h", "half_life", "milk", None, 0, 0, measure="glipizide half-life in milk"),
      ],
      citations=[3]),
    S("Glipizide was below the limit of detection (<20 mcg/L) in the serum of 3 breastfed infants", "study", "glipizide", None,
      populations=[P(3, "3 breastfed infants", "exposed", "infant")],
      doses=[D(5, "mg", "glipizide 5 to 10 mg daily", amount_high=10, stat="range", frequency="per day")],
      measurements=[M(20, "ug/L", "concentration", "infant_blood", None, 0, 0, qualifier="<", measure="infant serum glipizide (below limit of detection)")],
      citations=[2, 3]),
    S("Three infants of mothers taking glipizide 5 mg daily had blood glucose levels", "study", "glipizide", None,
      populations=[P(3, "Three infants of mothers taking glipizide 5 mg daily", "exposed", "infant")],
      doses=[D(5, "mg", "glipizide 5 mg daily", frequency="per day")],
      measurements=[M(3.6, "mmol/L", "concentration", "infant_blood", "glucose", 0, 0, value_high=4.4, stat="range",
                      measure="infant blood glucose", timepoint="2 to 8 hours after breastfeeding")],
      citations=[2]),
    S("Among 14 breastfed infants whose mothers took glipizide 5 to 10 mg daily", "study", "glipizide", None,
      populations=[P(14, "14 breastfed infants whose mothers took glipizide 5 to 10 mg daily", "exposed", "infant"),
                   P(10, "10 infants of mothers controlled with diet alone", "control", "infant")],
      doses=[D(5, "mg", "glipizide 5 to 10 mg daily", amount_high=10, stat="range", frequency="per day")],
      measurements=[
          M(4.1, "mmol/L", "concentration", "infant_blood", "glucose", 0, 0, stat="mean", group="glipizide-exposed infants", measure="infant blood glucose"),
          M(4.3, "mmol/L", "concentration", "infant_blood", "glucose", None, 1, stat="mean", group="diet-alone infants", measure="infant blood glucose"),
      ],
      comparisons=[C("mean infant blood glucose", [4.1, 4.3], "mmol/L", "concentration", "mean infant blood glucose",
                     ["glipizide-exposed infants", "infants of mothers controlled with diet alone"], False, None, None)],
      citations=[3]),
    S("In a study of 22 women with type 2 diabetes, 12 taking glipizide and 10 controlled by diet alone", "study", "glipizide", None,
      populations=[P(22, "22 women with type 2 diabetes", "total", "mother"),
                   P(12, "12 taking glipizide", "exposed", "mother"),
                   P(10, "10 controlled by diet alone", "control", "mother")],
      measurements=[
          M(598, "mL", "milk_volume", population=1, stat="mean", group="glipizide", measure="24-hour milk yield", timepoint="day 14 postpartum"),
          M(631, "mL", "milk_volume", population=2, stat="mean", group="diet", measure="24-hour milk yield", timepoint="day 14 postpartum"),
      ],
      comparisons=[C("24-hour milk yield on day 14", [598, 631], "mL", "milk_volume", "24-hour milk yield on day 14 postpartum",
                     ["glipizide", "diet"], False, 0.55, "=")],
      citations=[4]),
]})

if __name__ == "__main__":
    with open(os.path.join(ROOT, "gold.jsonl"), "w", encoding="utf-8") as f:
        for d in DOCS:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    nm = sum(len(s["measurements"]) for d in DOCS for s in d["statements"])
    nc = sum(len(s["comparisons"]) for d in DOCS for s in d["statements"])
    print(f"wrote gold.jsonl: {len(DOCS)} docs, {nm} measurements, {nc} comparisons")
