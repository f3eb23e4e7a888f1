#!/usr/bin/env python3
"""Held-out corpus "ao": gold annotations written as code.

Running this file writes ../gold.jsonl (one JSON line per document in texts/),
following /work/shared/gold/FORMAT.md version 2. Everything in the texts is
synthetic (invented studies, numbers, journals and authors).
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
    m.update({"kind": kind, "matrix": matrix, "analyte": analyte,
              "dose": dose, "population": population})
    return m


def C(values, unit, kind, outcome, arms, significant, p_value=None,
      p_qualifier=None, measure=None):
    return {"measure": measure or outcome, "values": values, "unit": unit,
            "kind": kind, "outcome": outcome, "arms": arms,
            "significant": significant, "p_value": p_value,
            "p_qualifier": p_qualifier}


def S(anchor, kind, drug, route, populations=(), doses=(), measurements=(),
      comparisons=(), citations=()):
    return {"anchor": anchor, "kind": kind, "drug": drug, "route": route,
            "populations": list(populations), "doses": list(doses),
            "measurements": list(measurements),
            "comparisons": list(comparisons), "citations": list(citations)}


DOCS = []

# ================================================================ ao01
# Structured abstract, two-arm RCT lynestrenol vs placebo. One statement
# (the trial), anchored in Methods; Background is not a statement, the
# Conclusions belong to the trial statement.
MV = "24-hour milk volume (test-weighing), per day"
DOCS.append({"doc": "ao01_lynestrenol_abstract.txt", "statements": [
    S("In a single-centre, double-blind trial, healthy women who had given birth at term",
      "study", "lynestrenol", "oral",
      populations=[
          P(164, "A total of 164 women", "total", "mother"),                 # 0
          P(83, "83 were allocated to the progestin group", "exposed", "mother"),  # 1
          P(81, "81 to the placebo group", "control", "mother"),              # 2
          P(74, "74 of 83 women", "exposed", "mother"),                       # 3
          P(71, "71 of 81", "control", "mother"),                             # 4
          P(62, "62 of 83", "exposed", "mother"),                             # 5
          P(63, "63 of 81", "control", "mother"),                             # 6
      ],
      doses=[D(0.5, "mg", "oral lynestrenol 0.5 mg once daily", frequency="once daily",
               duration="for 12 weeks")],
      measurements=[
          M(89.2, "%", "proportion", "breastfeeding at 6 weeks", group="lynestrenol",
            dose=0, population=1, timepoint="6 weeks"),                         # 0
          M(87.7, "%", "proportion", "breastfeeding at 6 weeks", group="placebo arm",
            population=2, timepoint="6 weeks"),                                 # 1
          M(1.02, "{ratio}", "other", "risk ratio for breastfeeding at 6 weeks, lynestrenol vs placebo"),
          M(74.7, "%", "proportion", "breastfeeding at 3 months", group="lynestrenol",
            dose=0, population=1, timepoint="3 months"),                        # 3
          M(77.8, "%", "proportion", "breastfeeding at 3 months", group="placebo",
            population=2, timepoint="3 months"),                                # 4
          M(0.96, "{ratio}", "other", "risk ratio for breastfeeding at 3 months, lynestrenol vs placebo"),
          M(562, "mL", "milk_volume", MV, stat="mean", group="active group",
            timepoint="enrolment (before treatment)", population=1),            # 6
          M(689, "mL", "milk_volume", MV, stat="mean", group="active group",
            timepoint="week 6", dose=0, population=1),                          # 7
          M(571, "mL", "milk_volume", MV, stat="mean", group="placebo recipients",
            timepoint="enrolment (before treatment)", population=2),            # 8
          M(702, "mL", "milk_volume", MV, stat="mean", group="placebo recipients",
            timepoint="week 6", population=2),                                  # 9
      ],
      comparisons=[
          C([89.2, 87.7], "%", "proportion", "breastfeeding at 6 weeks",
            ["lynestrenol", "placebo arm"], False),
          C([74.7, 77.8], "%", "proportion", "breastfeeding at 3 months",
            ["lynestrenol", "placebo"], False),
          C([562, 689], "mL", "milk_volume", "milk volume",
            ["before", "after"], None,
            measure="mean milk volume in the active group, enrolment vs week 6"),
          C([571, 702], "mL", "milk_volume", "milk volume",
            ["before", "after"], None,
            measure="mean milk volume in placebo recipients, enrolment vs week 6"),
          C([689, 702], "mL", "milk_volume", "milk volume at week 6",
            ["active group", "placebo recipients"], False, 0.62, "="),
      ],
      citations=[]),
]})

# ================================================================ ao02
# Journal article page (HTML). One statement: the cohort study in the abstract.
DOCS.append({"doc": "ao02_dosulepin_article.html", "statements": [
    S("Two teratology information services prospectively enrolled breastfeeding mothers",
      "study", "dosulepin", None,
      populations=[
          P(118, "118 mother\u2013infant pairs exposed to dosulepin", "exposed", "pair"),  # 0
          P(236, "236 unexposed pairs", "control", "pair"),                    # 1
          P(14, "14 of 118 exposed infants", "exposed", "infant"),            # 2
          P(19, "19 of 236 unexposed infants", "control", "infant"),          # 3
          P(9, "9/118", "exposed", "infant"),                                  # 4
          P(21, "21 exposed infants", "exposed", "infant"),                   # 5
          P(15, "15 of them", "exposed", "infant"),                            # 6
          P(6, "the other 6", "exposed", "infant"),                            # 7
          P(9, "9 of the 21 infants", "exposed", "infant"),                   # 8
          P(6, "6 of 104 exposed infants still followed", "exposed", "infant"),  # 9
          P(104, "104 exposed infants still followed", "exposed", "infant"),   # 10
          P(9, "9 of 221 controls", "control", "infant"),                      # 11
          P(221, "221 controls", "control", "infant"),                         # 12
      ],
      doses=[
          D(75, "mg", "median maternal dose 75 mg daily", stat="median", frequency="per day"),
          D(25, "mg", "range 25 to 225 mg", amount_high=225, stat="range", frequency="per day"),
          D(225, "mg", "mothers took 225 mg daily", frequency="per day"),
      ],
      measurements=[
          M(11.9, "%", "proportion", "infants with any adverse effect", group="exposed infants",
            dose=0, population=0),
          M(8.1, "%", "proportion", "infants with any adverse effect", group="unexposed infants",
            population=1),
          M(5.8, "%", "proportion", "infants with effects persisting at the 8-week interview",
            group="exposed infants still followed", dose=0, population=10, timepoint="8 weeks"),
          M(4.1, "%", "proportion", "infants with effects persisting at the 8-week interview",
            group="controls", population=12, timepoint="8 weeks"),
          M(7.6, "%", "proportion", "infants with drowsiness", group="exposed infants",
            dose=0, population=0),
          M(3.4, "%", "proportion", "infants with poor feeding", group="comparison group",
            population=1),
          M(1.48, "{ratio}", "other", "adjusted odds ratio for any adverse effect, exposed vs unexposed"),
          M(2, "ng/mL", "concentration", "infant serum dosulepin (below quantification limit)",
            qualifier="<", matrix="infant_blood", dose=0, population=6),
          M(2.4, "ng/mL", "concentration", "infant serum dosulepin", value_high=9.8, stat="range",
            matrix="infant_blood", dose=0, population=7),
          M(4.1, "ng/mL", "concentration", "infant serum dosulepin", stat="median",
            matrix="infant_blood", dose=0, population=7),
          M(8.7, "ng/mL", "concentration", "infant serum dosulepin (one of the two highest)",
            matrix="infant_blood", dose=2),
          M(9.8, "ng/mL", "concentration", "infant serum dosulepin (one of the two highest)",
            matrix="infant_blood", dose=2),
          M(3.0, "ng/mL", "concentration", "infant serum northiaden", value_high=14.2, stat="range",
            matrix="infant_blood", analyte="northiaden", dose=0, population=8),
      ],
      comparisons=[
          C([11.9, 8.1], "%", "proportion", "any adverse effect",
            ["exposed infants", "unexposed infants"], False, 0.25, "="),
          C([5.8, 4.1], "%", "proportion", "effects persisting at the 8-week interview",
            ["exposed infants still followed", "controls"], False, 0.56, "="),
      ],
      citations=[]),
]})

# ================================================================ ao03
MND = "mono-n-dealkyldisopyramide"
DOCS.append({"doc": "ao03_disopyramide_lactmed.txt", "statements": [
    # 0 summary = recommendation
    S("Limited information indicates that maternal doses of disopyramide up to 600 mg daily",
      "recommendation", "disopyramide", None,
      doses=[D(600, "mg", "maternal doses of disopyramide up to 600 mg daily", stat="maximum",
               frequency="per day")]),
    # 1 case [1]
    S("A woman who was 2 weeks postpartum was started on disopyramide 200 mg orally every 8 hours",
      "study", "disopyramide", "oral",
      doses=[D(200, "mg", "disopyramide 200 mg orally every 8 hours", frequency="every 8 hours")],
      measurements=[
          M(2.6, "mg/L", "concentration", "milk disopyramide", matrix="milk", dose=0,
            timepoint="3 hours after a dose, day 5 of therapy"),
          M(2.9, "mg/L", "concentration", "serum disopyramide", matrix="maternal_blood", dose=0,
            timepoint="3 hours after a dose, day 5 of therapy"),
          M(0.9, "{ratio}", "milk_plasma_ratio", "milk/serum ratio of disopyramide",
            matrix="milk", dose=0),
          M(7.4, "mg/L", "concentration", "milk MND", matrix="milk", analyte=MND, dose=0,
            timepoint="3 hours after a dose, day 5 of therapy"),
          M(5.6, "{ratio}", "milk_plasma_ratio", "milk MND relative to serum MND (times)",
            matrix="milk", analyte=MND, dose=0),
      ],
      citations=[1]),
    # 2 eight women [2]
    S("Eight women who were taking disopyramide for supraventricular arrhythmias",
      "study", "disopyramide", None,
      populations=[
          P(8, "Eight women who were taking disopyramide for supraventricular arrhythmias",
            "exposed", "mother"),
          P(3, "Three took 100 mg twice daily", "exposed", "mother"),
          P(3, "three took 150 mg three times daily", "exposed", "mother"),
          P(2, "two took 200 mg three times daily", "exposed", "mother"),
      ],
      doses=[
          D(100, "mg", "100 mg twice daily", frequency="twice daily"),
          D(150, "mg", "150 mg three times daily", frequency="three times daily"),
          D(200, "mg", "200 mg three times daily", frequency="three times daily"),
      ],
      measurements=[
          M(0.4, "mg/L", "concentration", "average milk disopyramide", stat="mean",
            group="100 mg twice daily", matrix="milk", dose=0, population=1),
          M(1.1, "mg/L", "concentration", "average milk disopyramide", stat="mean",
            group="150 mg three times daily", matrix="milk", dose=1, population=2),
          M(1.8, "mg/L", "concentration", "average milk disopyramide", stat="mean",
            group="200 mg three times daily", matrix="milk", dose=2, population=3),
          M(2.1, "%", "relative_infant_dose", "estimated infant dose, % of maternal weight-adjusted dosage",
            group="lowest regimen", dose=0, population=1),
          M(2.6, "%", "relative_infant_dose", "estimated infant dose, % of maternal weight-adjusted dosage",
            group="intermediate regimen", dose=1, population=2),
          M(3.2, "%", "relative_infant_dose", "estimated infant dose, % of maternal weight-adjusted dosage",
            group="highest regimen", dose=2, population=3),
          M(0.71, "{ratio}", "milk_plasma_ratio", "milk/plasma ratio of disopyramide", stat="mean",
            matrix="milk", population=0),
          M(0.43, "{ratio}", "milk_plasma_ratio", "milk/plasma ratio of disopyramide",
            value_high=1.06, stat="range", matrix="milk", population=0),
          M(3.9, "{ratio}", "milk_plasma_ratio", "milk-to-plasma ratio of MND", stat="mean",
            matrix="milk", analyte=MND, population=0),
      ],
      comparisons=[
          C([0.4, 1.1, 1.8], "mg/L", "concentration", "average milk disopyramide",
            ["100 mg twice daily", "150 mg three times daily", "200 mg three times daily"], None),
          C([2.1, 2.6, 3.2], "%", "relative_infant_dose",
            "infant dose as % of maternal weight-adjusted dosage",
            ["lowest regimen", "intermediate one", "highest"], None),
      ],
      citations=[2]),
    # 3 IV case [3]
    S("A mother with ventricular tachycardia on day 3 postpartum received disopyramide 150 mg intravenously",
      "study", "disopyramide", "intravenous",
      doses=[D(150, "mg", "disopyramide 150 mg intravenously over 15 minutes",
               duration="over 15 minutes")],
      measurements=[
          M(1.2, "mg/L", "concentration", "milk disopyramide", matrix="milk", dose=0,
            timepoint="1 hour after the end of the infusion"),
          M(0.6, "mg/L", "concentration", "milk disopyramide", matrix="milk", dose=0,
            timepoint="6 hours after the infusion"),
          M(5, "h", "half_life", "disopyramide half-life in milk", qualifier="~",
            matrix="milk", dose=0),
      ],
      citations=[3]),
    # 4 four infants [4]
    S("Four breastfed infants aged 3 to 10 weeks whose mothers were taking disopyramide 150 mg",
      "study", "disopyramide", None,
      populations=[
          P(4, "Four breastfed infants aged 3 to 10 weeks", "exposed", "infant"),
          P(3, "3 of the infants", "exposed", "infant"),
      ],
      doses=[D(150, "mg", "disopyramide 150 mg three times daily", frequency="three times daily")],
      measurements=[
          M(0.05, "mg/L", "concentration", "infant serum disopyramide (below limit of quantification)",
            qualifier="<", matrix="infant_blood", dose=0, population=1,
            timepoint="2 to 4 hours after a maternal dose"),
          M(0.09, "mg/L", "concentration", "infant serum disopyramide (fourth infant)",
            matrix="infant_blood", dose=0, timepoint="2 to 4 hours after a maternal dose"),
          M(4, "%", "infant_plasma_ratio", "infant serum level, % of mother's serum level",
            qualifier="~", matrix="infant_blood", dose=0),
      ],
      citations=[4]),
    # 5 6-week-old [5]
    S("A 6-week-old infant whose mother took controlled-release disopyramide 300 mg twice daily",
      "study", "disopyramide", None,
      doses=[D(300, "mg", "controlled-release disopyramide 300 mg twice daily",
               frequency="twice daily")],
      measurements=[
          M(0.12, "mg/L", "concentration", "infant serum disopyramide", matrix="infant_blood",
            dose=0, timepoint="4 hours after a maternal dose"),
          M(0.05, "mg/L", "concentration", "infant serum MND", matrix="infant_blood",
            analyte=MND, dose=0, timepoint="4 hours after a maternal dose"),
          M(3.5, "%", "infant_plasma_ratio", "infant disopyramide level, % of maternal serum level",
            matrix="infant_blood", dose=0),
      ],
      citations=[5]),
    # 6 eleven pairs [6]
    S("In 11 mother-infant pairs followed at a cardiology clinic",
      "study", "disopyramide", None,
      populations=[
          P(11, "11 mother-infant pairs followed at a cardiology clinic", "exposed", "pair"),
          P(7, "7 infants", "exposed", "infant"),
      ],
      doses=[D(200, "mg", "Maternal doses ranged from 200 to 600 mg daily", amount_high=600,
               stat="range", frequency="per day")],
      measurements=[
          M(1.6, "%", "infant_plasma_ratio", "infant plasma disopyramide, % of maternal concentration",
            stat="mean", matrix="infant_blood", dose=0, population=0),
          M(5.2, "%", "infant_plasma_ratio", "infant plasma disopyramide, % of maternal concentration",
            stat="maximum", matrix="infant_blood", dose=0, population=0),
          M(20, "ng/mL", "concentration", "infant plasma disopyramide (under quantification limit)",
            qualifier="<", matrix="infant_blood", dose=0, population=1),
      ],
      citations=[6]),
    # 7 effects, case [1]
    S("No adverse effects were observed in the infant described above",
      "study", "disopyramide", None,
      doses=[D(200, "mg", "200 mg every 8 hours", frequency="every 8 hours")],
      citations=[1]),
    # 8 fifteen infants [7]
    S("Fifteen breastfed infants whose mothers took disopyramide 200 to 600 mg daily",
      "study", "disopyramide", None,
      populations=[
          P(15, "Fifteen breastfed infants whose mothers took disopyramide 200 to 600 mg daily",
            "exposed", "infant"),
          P(2, "Two of them", "exposed", "infant"),
          P(40, "40 infants of mothers taking no antiarrhythmic drug", "control", "infant"),
      ],
      doses=[D(200, "mg", "disopyramide 200 to 600 mg daily", amount_high=600, stat="range",
               frequency="per day")],
      measurements=[
          M(13, "%", "proportion", "infants with transient constipation", group="exposed infants",
            dose=0, population=0),
          M(5, "%", "proportion", "infants with constipation", group="comparison group",
            population=2),
      ],
      comparisons=[
          C([13, 5], "%", "proportion", "constipation",
            ["breastfed infants whose mothers took disopyramide", "comparison group"],
            False, 0.31, "="),
      ],
      citations=[7]),
    # 9 prolactin [8]
    S("In 9 women taking disopyramide long term, serum prolactin measured at 4 weeks postpartum",
      "study", "disopyramide", None,
      populations=[
          P(9, "9 women taking disopyramide long term", "exposed", "mother"),
          P(9, "9 untreated postpartum women", "control", "mother"),
      ],
      measurements=[
          M(24, "ug/L", "concentration", "serum prolactin", stat="mean",
            group="women taking disopyramide", matrix="maternal_blood", analyte="prolactin",
            population=0, timepoint="4 weeks postpartum"),
          M(27, "ug/L", "concentration", "serum prolactin", stat="mean",
            group="untreated postpartum women", matrix="maternal_blood", analyte="prolactin",
            population=1, timepoint="4 weeks postpartum"),
      ],
      comparisons=[
          C([24, 27], "ug/L", "concentration", "serum prolactin at 4 weeks postpartum",
            ["women taking disopyramide long term", "untreated postpartum women"], False),
      ],
      citations=[8]),
]})

# ================================================================ ao04
PRL = "serum prolactin"
MO = "daily expressed milk volume, per day"
DOCS.append({"doc": "ao04_bromopride_trial.md", "statements": [
    S("randomised 93 mothers who were expressing less than 300 mL of milk a day",
      "study", "bromopride", "oral",
      populations=[
          P(93, "93 mothers who were expressing less than 300 mL of milk a day", "total", "mother"),  # 0
          P(31, "bromopride 10 mg (n = 31)", "exposed", "mother"),            # 1
          P(30, "bromopride 20 mg (n = 30)", "exposed", "mother"),            # 2
          P(32, "placebo (n = 32)", "control", "mother"),                      # 3
          P(18, "18/31", "exposed", "mother"),                                 # 4
          P(23, "23/30", "exposed", "mother"),                                 # 5
          P(11, "11/32", "control", "mother"),                                 # 6
      ],
      doses=[
          D(10, "mg", "bromopride 10 mg", frequency="three times daily", duration="for 14 days"),
          D(20, "mg", "bromopride 20 mg", frequency="three times daily", duration="for 14 days"),
      ],
      measurements=[
          # prolactin baseline (before the first dose: no dose link)
          M(61, "ng/mL", "concentration", PRL, stat="median", group="10 mg", timepoint="baseline",
            matrix="maternal_blood", analyte="prolactin", population=1),                 # 0
          M(64, "ng/mL", "concentration", PRL, stat="median", group="20 mg", timepoint="baseline",
            matrix="maternal_blood", analyte="prolactin", population=2),                 # 1
          M(59, "ng/mL", "concentration", PRL, stat="median", group="placebo", timepoint="baseline",
            matrix="maternal_blood", analyte="prolactin", population=3),                 # 2
          # day 7
          M(118, "ng/mL", "concentration", PRL, stat="median", group="lower dose", timepoint="day 7",
            matrix="maternal_blood", analyte="prolactin", dose=0, population=1),         # 3
          M(86, "ng/mL", "concentration", PRL, value_high=151, stat="interquartile range",
            group="lower dose", timepoint="day 7", matrix="maternal_blood", analyte="prolactin",
            dose=0, population=1),
          M(164, "ng/mL", "concentration", PRL, stat="median", group="higher dose", timepoint="day 7",
            matrix="maternal_blood", analyte="prolactin", dose=1, population=2),         # 5
          M(122, "ng/mL", "concentration", PRL, value_high=209, stat="interquartile range",
            group="higher dose", timepoint="day 7", matrix="maternal_blood", analyte="prolactin",
            dose=1, population=2),
          M(71, "ng/mL", "concentration", PRL, stat="median", group="placebo", timepoint="day 7",
            matrix="maternal_blood", analyte="prolactin", population=3),                 # 7
          M(52, "ng/mL", "concentration", PRL, value_high=90, stat="interquartile range",
            group="placebo", timepoint="day 7", matrix="maternal_blood", analyte="prolactin",
            population=3),
          # day 14
          M(109, "ng/mL", "concentration", PRL, group="10 mg", timepoint="day 14",
            matrix="maternal_blood", analyte="prolactin", dose=0, population=1),
          M(171, "ng/mL", "concentration", PRL, group="20 mg", timepoint="day 14",
            matrix="maternal_blood", analyte="prolactin", dose=1, population=2),
          M(68, "ng/mL", "concentration", PRL, group="placebo", timepoint="day 14",
            matrix="maternal_blood", analyte="prolactin", population=3),
          # relative change baseline -> day 14
          M(167, "%", "change", "rise in prolactin from baseline to day 14", group="20 mg arm",
            analyte="prolactin", dose=1, population=2),
          M(79, "%", "change", "rise in prolactin from baseline to day 14", group="10 mg arm",
            analyte="prolactin", dose=0, population=1),
          M(15, "%", "change", "rise in prolactin from baseline to day 14", group="placebo",
            analyte="prolactin", population=3),
          # milk output table (mean; SD not annotated)
          M(188, "mL", "milk_volume", MO, stat="mean", group="bromopride 10 mg", timepoint="baseline",
            population=1),
          M(193, "mL", "milk_volume", MO, stat="mean", group="bromopride 20 mg", timepoint="baseline",
            population=2),
          M(185, "mL", "milk_volume", MO, stat="mean", group="placebo", timepoint="baseline",
            population=3),
          M(296, "mL", "milk_volume", MO, stat="mean", group="bromopride 10 mg", timepoint="day 7",
            dose=0, population=1),
          M(352, "mL", "milk_volume", MO, stat="mean", group="bromopride 20 mg", timepoint="day 7",
            dose=1, population=2),
          M(241, "mL", "milk_volume", MO, stat="mean", group="placebo", timepoint="day 7",
            population=3),
          M(371, "mL", "milk_volume", MO, stat="mean", group="bromopride 10 mg", timepoint="day 14",
            dose=0, population=1),
          M(448, "mL", "milk_volume", MO, stat="mean", group="bromopride 20 mg", timepoint="day 14",
            dose=1, population=2),
          M(289, "mL", "milk_volume", MO, stat="mean", group="placebo", timepoint="day 14",
            population=3),
          # responders
          M(58, "%", "proportion", "mothers whose output rose by at least half by day 14",
            group="10 mg", dose=0, population=1),
          M(77, "%", "proportion", "mothers whose output rose by at least half by day 14",
            group="20 mg", dose=1, population=2),
          M(34, "%", "proportion", "mothers whose output rose by at least half by day 14",
            group="placebo", population=3),
      ],
      comparisons=[
          C([61, 64, 59], "ng/mL", "concentration", "baseline prolactin",
            ["10 mg", "20 mg", "placebo"], False),
          C([118, 71], "ng/mL", "concentration", "median prolactin at day 7",
            ["lower dose", "placebo"], True, 0.002, "="),
          C([164, 71], "ng/mL", "concentration", "median prolactin at day 7",
            ["higher dose", "placebo"], True, 0.001, "<"),
          C([109, 68], "ng/mL", "concentration", "prolactin on day 14",
            ["10 mg", "placebo"], False, 0.06, "="),
          C([171, 68], "ng/mL", "concentration", "prolactin on day 14",
            ["20 mg", "placebo"], True, 0.001, "<"),
          C([167, 79, 15], "%", "change", "rise in prolactin from baseline to day 14",
            ["20 mg arm", "10 mg arm", "placebo"], None),
          C([188, 185], "mL", "milk_volume", "daily expressed milk volume at baseline",
            ["bromopride 10 mg", "placebo"], False, 0.91, "="),
          C([193, 185], "mL", "milk_volume", "daily expressed milk volume at baseline",
            ["bromopride 20 mg", "placebo"], False, 0.74, "="),
          C([296, 241], "mL", "milk_volume", "daily expressed milk volume at day 7",
            ["bromopride 10 mg", "placebo"], False, 0.09, "="),
          C([352, 241], "mL", "milk_volume", "daily expressed milk volume at day 7",
            ["bromopride 20 mg", "placebo"], True, 0.001, "="),
          C([371, 289], "mL", "milk_volume", "daily expressed milk volume at day 14",
            ["bromopride 10 mg", "placebo"], True, 0.03, "="),
          C([448, 289], "mL", "milk_volume", "daily expressed milk volume at day 14",
            ["bromopride 20 mg", "placebo"], True, 0.001, "<"),
          C([58, 77, 34], "%", "proportion", "output rose by at least half by day 14",
            ["10 mg", "20 mg", "placebo"], None),
      ],
      citations=[1]),
    S("A companion report (2) describes drug transfer in seven women taking 10 mg three times daily",
      "study", "bromopride", None,
      populations=[
          P(7, "seven women taking 10 mg three times daily", "exposed", "mother"),
          P(5, "five taking 20 mg three times daily", "exposed", "mother"),
      ],
      doses=[
          D(10, "mg", "10 mg three times daily", frequency="three times daily"),
          D(20, "mg", "20 mg three times daily", frequency="three times daily"),
      ],
      measurements=[
          M(18.4, "ug/L", "concentration", "peak milk bromopride", stat="mean", group="10 mg",
            matrix="milk", dose=0, population=0),
          M(41.0, "ug/L", "concentration", "peak milk bromopride", stat="mean", group="20 mg",
            matrix="milk", dose=1, population=1),
          M(11.2, "ug/L", "concentration", "mean milk bromopride over the dosing interval",
            stat="mean", group="10 mg", matrix="milk", dose=0, population=0),
          M(24.6, "ug/L", "concentration", "mean milk bromopride over the dosing interval",
            stat="mean", group="20 mg", matrix="milk", dose=1, population=1),
          M(0.6, "{ratio}", "milk_plasma_ratio", "milk-to-plasma AUC ratio (both doses)",
            qualifier="~", matrix="milk"),
          M(1.7, "ug/kg", "infant_dose", "estimated infant bromopride dose per day", group="10 mg",
            dose=0, population=0),
          M(3.7, "ug/kg", "infant_dose", "estimated infant bromopride dose per day", group="20 mg",
            dose=1, population=1),
          M(0.39, "%", "relative_infant_dose", "infant dose, % of maternal weight-adjusted dose",
            group="10 mg", dose=0, population=0),
          M(0.43, "%", "relative_infant_dose", "infant dose, % of maternal weight-adjusted dose",
            group="20 mg", dose=1, population=1),
      ],
      comparisons=[
          C([18.4, 41.0], "ug/L", "concentration", "peak milk bromopride",
            ["10 mg", "20 mg"], None),
          C([11.2, 24.6], "ug/L", "concentration", "mean milk levels across the dosing interval",
            ["10 mg", "20 mg"], None),
          C([1.7, 3.7], "ug/kg", "infant_dose", "infant exposure per day",
            ["10 mg", "20 mg"], None),
          C([0.39, 0.43], "%", "relative_infant_dose",
            "infant exposure as % of maternal weight-adjusted dose", ["10 mg", "20 mg"], None),
      ],
      citations=[2]),
    S("the trial supports a dose of no more than 20 mg three times daily for up to 14 days",
      "recommendation", "bromopride", None,
      doses=[D(20, "mg", "no more than 20 mg three times daily", stat="maximum",
               frequency="three times daily", duration="up to 14 days")]),
]})

# ================================================================ ao05
DOCS.append({"doc": "ao05_temazepam_hospital.html", "statements": [
    S("Compatible with breastfeeding in occasional low doses", "recommendation", "temazepam", None,
      doses=[D(10, "mg", "10 mg at bedtime", frequency="at bedtime")]),
    S("Temazepam passes into milk in small amounts", "study", "temazepam", None,
      populations=[
          P(6, "6", "exposed", "mother"),
          P(11, "11", "exposed", "mother"),
          P(4, "4", "exposed", "mother"),
      ],
      doses=[
          D(10, "mg", "10 mg", frequency="at bedtime"),
          D(20, "mg", "20 mg", frequency="at bedtime"),
          D(30, "mg", "30 mg", frequency="at bedtime"),
      ],
      measurements=[
          M(9, "ug/L", "concentration", "mean milk temazepam", stat="mean", group="10 mg",
            matrix="milk", dose=0, population=0),
          M(1.4, "ug/kg", "infant_dose", "estimated infant dose per day", group="10 mg",
            dose=0, population=0),
          M(0.95, "%", "relative_infant_dose", "RID, % of maternal weight-adjusted dose",
            group="10 mg", dose=0, population=0),
          M(21, "ug/L", "concentration", "mean milk temazepam", stat="mean", group="20 mg",
            matrix="milk", dose=1, population=1),
          M(3.2, "ug/kg", "infant_dose", "estimated infant dose per day", group="20 mg",
            dose=1, population=1),
          M(1.1, "%", "relative_infant_dose", "RID, % of maternal weight-adjusted dose",
            group="20 mg", dose=1, population=1),
          M(34, "ug/L", "concentration", "mean milk temazepam", stat="mean", group="30 mg",
            matrix="milk", dose=2, population=2),
          M(5.1, "ug/kg", "infant_dose", "estimated infant dose per day", group="30 mg",
            dose=2, population=2),
          M(1.2, "%", "relative_infant_dose", "RID, % of maternal weight-adjusted dose",
            group="30 mg", dose=2, population=2),
      ],
      citations=[2, 3]),
    S("A 10-day-old breastfed boy became sleepy and fed poorly", "study", "temazepam", "oral",
      doses=[D(20, "mg", "oral temazepam 20 mg at bedtime for five nights", frequency="at bedtime",
               duration="for five nights")],
      measurements=[
          M(12, "ug/L", "concentration", "infant serum temazepam", matrix="infant_blood", dose=0),
          M(8, "%", "infant_plasma_ratio", "infant serum level, % of simultaneous maternal level",
            qualifier="~", matrix="infant_blood", dose=0),
          M(150, "ug/L", "concentration", "maternal serum temazepam (simultaneous)",
            matrix="maternal_blood", dose=0),
          M(34, "h", "half_life", "apparent elimination half-life in the infant",
            group="infant", matrix="infant_blood", dose=0),
          M(10, "h", "half_life", "elimination half-life in adults", qualifier="~",
            group="adults"),
      ],
      comparisons=[
          C([34, 10], "h", "half_life", "elimination half-life", ["infant", "adults"], None),
      ],
      citations=[4]),
    S("two infants aged 3 and 7 weeks whose mothers took 10 mg nightly", "study", "temazepam", None,
      populations=[P(2, "two infants aged 3 and 7 weeks whose mothers took 10 mg nightly",
                     "exposed", "infant")],
      doses=[D(10, "mg", "10 mg nightly", frequency="nightly")],
      measurements=[
          M(2, "ug/L", "concentration", "infant serum temazepam (below detection limit)",
            qualifier="<", matrix="infant_blood", dose=0, population=0,
            timepoint="about 10 hours after the dose"),
      ],
      citations=[5]),
    S("Prefer intermittent rather than nightly use", "recommendation", "temazepam", None),
]})

# ================================================================ ao06
SM = "milk sirolimus"
DOCS.append({"doc": "ao06_sirolimus_caseseries.txt", "statements": [
    S("We wish to share our measurements in three mother-infant pairs", "study", "sirolimus", "oral",
      populations=[P(3, "three mother-infant pairs followed at our transplant clinic", "exposed", "pair")],
      doses=[
          D(2, "mg", "2 mg daily", frequency="per day"),
          D(3, "mg", "3 mg daily", frequency="per day"),
          D(1, "mg", "1 mg daily", frequency="per day"),
      ],
      measurements=[
          # mother 1
          M(6.8, "ng/mL", "concentration", "maternal trough whole-blood sirolimus", group="mother 1",
            matrix="maternal_blood", dose=0, timepoint="trough"),
          M(0.41, "ng/mL", "concentration", SM, group="mother 1", matrix="milk", dose=0,
            timepoint="2 hours after a dose"),
          M(0.62, "ng/mL", "concentration", SM, group="mother 1", matrix="milk", dose=0,
            timepoint="6 hours after a dose (peak)"),
          M(0.33, "ng/mL", "concentration", SM, group="mother 1", matrix="milk", dose=0,
            timepoint="12 hours after a dose"),
          M(0.5, "ng/mL", "concentration", "infant whole-blood sirolimus", qualifier="<",
            group="infant of mother 1", matrix="infant_blood", dose=0, timepoint="5 weeks of age"),
          # mother 2
          M(0.95, "ng/mL", "concentration", SM, group="mother 2", matrix="milk", dose=1,
            timepoint="1 hour after the dose"),
          M(1.30, "ng/mL", "concentration", SM, group="mother 2", matrix="milk", dose=1,
            timepoint="4 hours after the dose (peak)"),
          M(0.71, "ng/mL", "concentration", SM, group="mother 2", matrix="milk", dose=1,
            timepoint="8 hours after the dose"),
          M(9.1, "ng/mL", "concentration", "maternal trough sirolimus", group="mother 2",
            matrix="maternal_blood", dose=1, timepoint="trough"),
          M(0.7, "ng/mL", "concentration", "infant sirolimus", group="infant of mother 2",
            matrix="infant_blood", dose=1, timepoint="6 weeks of age"),
          M(8, "%", "infant_plasma_ratio", "infant level, % of maternal trough", qualifier="~",
            group="infant of mother 2", matrix="infant_blood", dose=1),
          # mother 3
          M(0.18, "ng/mL", "concentration", SM, group="mother 3", matrix="milk", dose=2,
            timepoint="3 hours post-dose"),
          M(0.22, "ng/mL", "concentration", SM, group="mother 3", matrix="milk", dose=2,
            timepoint="6 hours post-dose (peak)"),
          M(5.2, "ng/mL", "concentration", "maternal trough sirolimus", group="mother 3",
            matrix="maternal_blood", dose=2, timepoint="trough"),
          M(0.5, "ng/mL", "concentration", "infant sirolimus (undetectable)", qualifier="<",
            group="infant of mother 3", matrix="infant_blood", dose=2, timepoint="4 weeks of age"),
          # cross-pair summary (peak milk values restated, not re-annotated)
          M(0.09, "ug/kg", "infant_dose", "estimated infant sirolimus intake per day",
            group="mother 1", dose=0),
          M(0.20, "ug/kg", "infant_dose", "estimated infant sirolimus intake per day",
            group="mother 2", dose=1),
          M(0.03, "ug/kg", "infant_dose", "estimated infant sirolimus intake per day",
            group="mother 3", dose=2),
          M(0.30, "%", "relative_infant_dose", "infant intake, % of maternal weight-adjusted dose",
            group="mother 1", dose=0),
          M(0.45, "%", "relative_infant_dose", "infant intake, % of maternal weight-adjusted dose",
            group="mother 2", dose=1),
          M(0.20, "%", "relative_infant_dose", "infant intake, % of maternal weight-adjusted dose",
            group="mother 3", dose=2),
          M(0.04, "{ratio}", "milk_plasma_ratio", "milk-to-blood concentration ratio",
            value_high=0.14, stat="range", matrix="milk", population=0),
      ],
      comparisons=[
          C([0.62, 1.30, 0.22], "ng/mL", "concentration", "peak milk concentrations",
            ["mother 1", "mother 2", "mother 3"], None),
          C([0.09, 0.20, 0.03], "ug/kg", "infant_dose", "estimated infant intakes per day",
            ["mother 1", "mother 2", "mother 3"], None),
          C([0.30, 0.45, 0.20], "%", "relative_infant_dose",
            "infant intake as % of maternal weight-adjusted dose",
            ["mother 1", "mother 2", "mother 3"], None),
      ],
      citations=[2]),
]})


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        for d in DOCS:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    n = sum(len(d["statements"]) for d in DOCS)
    print(f"wrote {OUT}: {len(DOCS)} documents, {n} statements")


if __name__ == "__main__":
    main()
