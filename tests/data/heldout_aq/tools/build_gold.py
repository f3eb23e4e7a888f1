#!/usr/bin/env python3
"""Gold annotations for the held-out corpus aq (FORMAT.md version 2).

Running this file writes
  ../gold.jsonl              one JSON line per document (same keys as dev.jsonl)
  stretch_ends.json          for check.py only: per statement, the verbatim
                             (whitespace-folded) phrase that ends its stretch
                             of text; the stretch runs from the anchor to the
                             end of that phrase (plus any citation marker that
                             immediately follows it).
Everything in the texts is invented (synthetic); see ../README.md.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.dirname(HERE)


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


MATRIX_KINDS = {"concentration", "half_life", "milk_plasma_ratio", "infant_plasma_ratio"}


def M(value, unit, kind, measure, matrix=None, analyte=None, dose=None,
      population=None, value_high=None, qualifier=None, stat=None,
      group=None, timepoint=None):
    if kind == "milk_plasma_ratio":
        matrix = matrix or "milk"
    if kind == "infant_plasma_ratio":
        matrix = matrix or "infant_blood"
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
    m["matrix"] = matrix if kind in MATRIX_KINDS else None
    m["analyte"] = analyte
    m["dose"] = dose
    m["population"] = population
    return m


def C(measure, values, unit, kind, outcome, arms, significant,
      p_value=None, p_qualifier=None):
    if p_value is not None and p_qualifier is None:
        p_qualifier = "="
    return {"measure": measure, "values": values, "unit": unit, "kind": kind,
            "outcome": outcome, "arms": arms, "significant": significant,
            "p_value": p_value, "p_qualifier": p_qualifier}


def S(anchor, end, kind, drug, route, populations=(), doses=(),
      measurements=(), comparisons=(), citations=()):
    return {"anchor": anchor, "kind": kind, "drug": drug, "route": route,
            "populations": list(populations), "doses": list(doses),
            "measurements": list(measurements),
            "comparisons": list(comparisons), "citations": list(citations),
            "_end": end}


RID_W = "estimated infant dose, % of maternal weight-adjusted dosage"
DOCS = []

# ============================================================ aq01 LactMed
DOCS.append(("aq01_reboxetine_lactmed.txt", [
    S("maternal reboxetine dosages of up to 10 mg daily produce low levels in breastmilk",
      "A single case of reduced milk supply has been reported.",
      "recommendation", "reboxetine", None,
      doses=[D(10, "mg", "dosages of up to 10 mg daily", stat="maximum", frequency="per day")]),

    S("A mother who was 6 weeks postpartum was taking reboxetine 4 mg twice daily",
      "of the maternal weight-adjusted dosage.[1]",
      "study", "reboxetine", None,
      doses=[D(4, "mg", "reboxetine 4 mg twice daily", frequency="twice daily")],
      measurements=[
          M(21.4, "ug/L", "concentration", "foremilk reboxetine", "milk", dose=0,
            timepoint="2 hours after the morning dose"),
          M(9.8, "ug/L", "concentration", "foremilk reboxetine", "milk", dose=0,
            timepoint="7 hours after the morning dose"),
          M(138, "ug/L", "concentration", "maternal serum reboxetine", "maternal_blood", dose=0,
            timepoint="2 hours after the dose"),
          M(3.1, "ug/L", "concentration", "infant serum reboxetine", "infant_blood", dose=0,
            timepoint="3 hours after a feeding"),
          M(1.9, "%", "relative_infant_dose", RID_W, dose=0),
      ],
      citations=[1]),

    S("Four women who were 2 to 5 months postpartum and taking reboxetine",
      "of the maternal weight-adjusted dosage.[2]",
      "study", "reboxetine", None,
      populations=[P(4, "Four women who were 2 to 5 months postpartum", "exposed", "mother")],
      doses=[D(4, "mg", "dosages of 4 to 10 mg daily", amount_high=10, frequency="per day"),
             D(6, "mg", "median 6 mg daily", stat="median", frequency="per day")],
      measurements=[
          M(11.3, "ug/L", "concentration", "milk reboxetine", "milk", stat="mean", dose=0, population=0),
          M(4.6, "ug/L", "concentration", "milk reboxetine", "milk", value_high=19.8, stat="range",
            dose=0, population=0),
          M(0.12, "{ratio}", "milk_plasma_ratio", "milk/plasma ratio", stat="mean", dose=0, population=0),
          M(0.07, "{ratio}", "milk_plasma_ratio", "milk/plasma ratio", value_high=0.18, stat="range",
            dose=0, population=0),
          M(1.7, "ug/kg", "infant_dose", "infant reboxetine dose per day", stat="mean", dose=0, population=0),
          M(1.5, "%", "relative_infant_dose", RID_W, dose=0, population=0),
          M(1.1, "%", "relative_infant_dose", RID_W, value_high=2.6, stat="range", dose=0, population=0),
      ],
      citations=[2]),

    S("Seven nursing mothers receiving reboxetine 8 mg daily had milk sampled",
      "or about 1.8% of the maternal weight-adjusted dosage.",
      "study", "reboxetine", None,
      populations=[P(7, "Seven nursing mothers", "exposed", "mother"),
                   P(5, "5 of the infants", "exposed", "infant"),
                   P(2, "the other 2 infants", "exposed", "infant")],
      doses=[D(8, "mg", "reboxetine 8 mg daily", frequency="per day")],
      measurements=[
          M(7.2, "ug/L", "concentration", "trough milk reboxetine", "milk", stat="mean", dose=0,
            population=0, timepoint="just before a dose"),
          M(15.6, "ug/L", "concentration", "peak milk reboxetine", "milk", stat="mean", dose=0,
            population=0, timepoint="3 hours after a dose"),
          M(4, "%", "infant_plasma_ratio", "infant serum reboxetine, % of simultaneous maternal serum level",
            stat="mean", dose=0, population=1),
          M(0.5, "ug/L", "concentration", "infant serum reboxetine (below limit of detection)",
            "infant_blood", qualifier="<", dose=0, population=2),
          M(2.3, "ug/kg", "infant_dose", "estimated infant reboxetine dose per day (editors)",
            qualifier="~", dose=0, population=0),
          M(1.8, "%", "relative_infant_dose", RID_W + " (editors)", qualifier="~", dose=0, population=0),
      ],
      citations=[3]),

    S("Serum samples were obtained from 3 breastfed infants, aged 3 to 14 weeks",
      "measured at the same time.[4]",
      "study", "reboxetine", None,
      populations=[P(3, "3 breastfed infants, aged 3 to 14 weeks", "exposed", "infant"),
                   P(2, "Two of the infants", "exposed", "infant")],
      doses=[D(4, "mg", "reboxetine 4 to 8 mg daily", amount_high=8, frequency="per day"),
             D(8, "mg", "8 mg daily", frequency="per day")],
      measurements=[
          M(1, "ug/L", "concentration", "infant serum reboxetine (undetectable)", "infant_blood",
            qualifier="<", dose=0, population=1),
          M(2.6, "ug/L", "concentration", "infant serum reboxetine", "infant_blood", dose=1,
            group="the third infant"),
          M(3, "%", "infant_plasma_ratio", "infant serum level, % of maternal serum level",
            qualifier="~", dose=1, group="the third infant"),
          M(87, "ug/L", "concentration", "maternal serum reboxetine", "maternal_blood", dose=1),
      ],
      citations=[4]),

    S("A cohort study compared 24 infants breastfed by mothers taking reboxetine",
      "the rates did not differ significantly.[5]",
      "study", "reboxetine", None,
      populations=[P(24, "24 infants breastfed by mothers taking reboxetine", "exposed", "infant"),
                   P(48, "48 breastfed infants whose mothers were taking no psychotropic medication",
                     "control", "infant"),
                   P(4, "4 exposed infants", "exposed", "infant"),
                   P(5, "5 unexposed infants", "control", "infant")],
      doses=[D(6.5, "mg", "mean dose 6.5 mg daily", stat="mean", frequency="per day")],
      measurements=[
          M(1940, "g", "other", "weight gain since birth at 2 months of age", stat="mean",
            group="exposed infants", dose=0, population=0),
          M(2010, "g", "other", "weight gain since birth at 2 months of age", stat="mean",
            group="unexposed infants", population=1),
          M(17, "%", "proportion", "infants with irritability or poor sleep",
            group="exposed infants", dose=0, population=0),
          M(10, "%", "proportion", "infants with irritability or poor sleep",
            group="unexposed infants", population=1),
      ],
      comparisons=[
          C("mean weight gain since birth at 2 months, exposed vs unexposed", [1940, 2010], "g", "other",
            "weight gain since birth at 2 months of age", ["exposed infants", "unexposed infants"],
            False, 0.41, "="),
          C("irritability or poor sleep, exposed vs unexposed", [17, 10], "%", "proportion",
            "irritability or poor sleep", ["exposed infants", "unexposed infants"], False),
      ],
      citations=[5]),

    S("Among the 14 breastfed infants in these three studies",
      "during follow-up of 2 to 10 months.[2-4]",
      "study", "reboxetine", None,
      populations=[P(14, "the 14 breastfed infants in these three studies", "exposed", "infant")],
      citations=[2, 3, 4]),

    S("In 10 healthy men, a single 4 mg oral dose of reboxetine raised serum prolactin",
      "over baseline within 3 hours.[6]",
      "study", "reboxetine", "oral",
      populations=[P(10, "10 healthy men", "exposed", "other")],
      doses=[D(4, "mg", "a single 4 mg oral dose")],
      measurements=[
          M(40, "%", "change", "rise in serum prolactin over baseline", analyte="prolactin",
            dose=0, population=0, timepoint="within 3 hours"),
      ],
      citations=[6]),

    S("noticed a decrease in milk supply 5 days after starting reboxetine 4 mg daily",
      "probably related to reboxetine.[7]",
      "study", "reboxetine", None,
      doses=[D(4, "mg", "reboxetine 4 mg daily", frequency="per day")],
      measurements=[
          M(640, "mL", "milk_volume", "24-hour milk output by test weighing", qualifier="~",
            timepoint="before treatment"),
          M(420, "mL", "milk_volume", "24-hour milk output by test weighing", dose=0,
            timepoint="after 6 days of treatment"),
      ],
      comparisons=[
          C("24-hour milk output, before vs after reboxetine", [640, 420], "mL", "milk_volume",
            "24-hour milk output", ["before treatment", "after 6 days of treatment"], None),
      ],
      citations=[7]),
]))

# ============================================================ aq02 PubMed RCT
NEF, FLU = 0, 1          # dose indexes
ARM_N, ARM_F = 1, 2      # population indexes of the two arms


def nef(m):
    m["dose"], m["population"] = NEF, ARM_N
    m.setdefault("group", "nefopam")
    return m


def flu(m):
    m["dose"], m["population"] = FLU, ARM_F
    m.setdefault("group", "flurbiprofen")
    return m


def grp(m, g):
    m["group"] = g
    return m


_key_order = ["value", "value_high", "unit", "qualifier", "stat", "group", "measure",
              "timepoint", "kind", "matrix", "analyte", "dose", "population"]


def ordered(m):
    return {k: m[k] for k in _key_order if k in m}


aq02_meas = [
    nef(M(212, "mL", "milk_volume", "24-hour milk volume on day 3", stat="median", timepoint="day 3")),
    nef(M(148, "mL", "milk_volume", "24-hour milk volume on day 3", value_high=286, stat="iqr", timepoint="day 3")),
    flu(M(236, "mL", "milk_volume", "24-hour milk volume on day 3", stat="median", timepoint="day 3")),
    flu(M(171, "mL", "milk_volume", "24-hour milk volume on day 3", value_high=309, stat="iqr", timepoint="day 3")),
    nef(M(498, "mL", "milk_volume", "24-hour milk volume on day 5", stat="median", timepoint="day 5")),
    nef(M(402, "mL", "milk_volume", "24-hour milk volume on day 5", value_high=611, stat="iqr", timepoint="day 5")),
    flu(M(512, "mL", "milk_volume", "24-hour milk volume on day 5", stat="median", timepoint="day 5")),
    flu(M(389, "mL", "milk_volume", "24-hour milk volume on day 5", value_high=604, stat="iqr", timepoint="day 5")),
    nef(M(58, "h", "other", "time from delivery to lactogenesis II", stat="median")),
    nef(M(49, "h", "other", "time from delivery to lactogenesis II", value_high=67, stat="iqr")),
    flu(M(61, "h", "other", "time from delivery to lactogenesis II", stat="median")),
    flu(M(52, "h", "other", "time from delivery to lactogenesis II", value_high=72, stat="iqr")),
    nef(M(41, "ug/L", "concentration", "milk nefopam", "milk", stat="mean", timepoint="24 h")),
    nef(M(58, "ug/L", "concentration", "milk nefopam", "milk", stat="mean", timepoint="72 h")),
    nef(M(1.3, "{ratio}", "milk_plasma_ratio", "nefopam milk-to-plasma ratio", timepoint="24 h")),
    nef(M(1.5, "{ratio}", "milk_plasma_ratio", "nefopam milk-to-plasma ratio", timepoint="72 h")),
    flu(M(20, "ug/L", "concentration", "milk flurbiprofen (every sample)", "milk", analyte="flurbiprofen",
          qualifier="<")),
    nef(M(8.7, "ug/kg", "infant_dose", "estimated infant nefopam intake per day")),
    nef(M(0.7, "%", "relative_infant_dose", "infant intake, % of mother's weight-normalised dose")),
    nef(M(6.1, "%", "change", "maximum neonatal weight loss, % of birth weight")),
    flu(M(5.8, "%", "change", "maximum neonatal weight loss, % of birth weight")),
    grp(nef(M(13.4, "%", "proportion", "infants with drowsiness")), "nefopam arm"),
    grp(flu(M(4.6, "%", "proportion", "infants with drowsiness")), "flurbiprofen arm"),
    grp(nef(M(27, "%", "proportion", "women requesting supplementary analgesia")), "nefopam recipients"),
    grp(flu(M(11, "%", "proportion", "women requesting supplementary analgesia")), "flurbiprofen recipients"),
    nef(M(186, "ng/mL", "concentration", "day-3 serum prolactin", "maternal_blood", analyte="prolactin",
          stat="median", timepoint="day 3")),
    nef(M(142, "ng/mL", "concentration", "day-3 serum prolactin", "maternal_blood", analyte="prolactin",
          value_high=231, stat="iqr", timepoint="day 3")),
    flu(M(151, "ng/mL", "concentration", "day-3 serum prolactin", "maternal_blood", analyte="prolactin",
          stat="median", timepoint="day 3")),
    flu(M(118, "ng/mL", "concentration", "day-3 serum prolactin", "maternal_blood", analyte="prolactin",
          value_high=190, stat="iqr", timepoint="day 3")),
    grp(nef(M(73, "%", "proportion", "exclusive breastfeeding at 6 weeks")), "women given nefopam"),
    grp(flu(M(62, "%", "proportion", "exclusive breastfeeding at 6 weeks")), "given flurbiprofen"),
]
aq02_meas = [ordered(m) for m in aq02_meas]

DOCS.append(("aq02_nefopam_pubmed.txt", [
    S("We randomly assigned 132 women who had an elective caesarean delivery",
      "were exclusively breastfeeding (p = 0.16).",
      "study", "nefopam", "oral",
      populations=[
          P(132, "132 women who had an elective caesarean delivery under spinal anaesthesia and planned to breastfeed",
            "total", "mother"),
          P(67, "67 nefopam", "exposed", "mother"),
          P(65, "65 flurbiprofen", "control", "mother"),
          P(9, "9 infants", "exposed", "infant"),
          P(3, "3 infants", "control", "infant"),
          P(18, "18 of the 67 nefopam recipients", "exposed", "mother"),
          P(7, "7 of the 65 flurbiprofen recipients", "control", "mother"),
          P(49, "49 of the 67 women given nefopam", "exposed", "mother"),
          P(40, "40 of the 65 given flurbiprofen", "control", "mother"),
      ],
      doses=[D(30, "mg", "oral nefopam 30 mg every 8 hours", frequency="every 8 hours",
               duration="continued for 72 hours", drug="nefopam"),
             D(50, "mg", "oral flurbiprofen 50 mg every 8 hours", frequency="every 8 hours",
               duration="continued for 72 hours", drug="flurbiprofen")],
      measurements=aq02_meas,
      comparisons=[
          C("median day-3 milk volume, nefopam vs flurbiprofen", [212, 236], "mL", "milk_volume",
            "24-hour milk volume on day 3", ["nefopam", "flurbiprofen"], False, 0.21, "="),
          C("median day-5 milk volume, nefopam vs flurbiprofen", [498, 512], "mL", "milk_volume",
            "milk volume on day 5", ["nefopam", "flurbiprofen"], False, 0.74, "="),
          C("median time to lactogenesis II", [58, 61], "h", "other",
            "time from delivery to lactogenesis II", ["nefopam", "flurbiprofen"], False, 0.19, "="),
          C("maximum neonatal weight loss", [6.1, 5.8], "%", "change",
            "maximum neonatal weight loss", ["nefopam", "flurbiprofen"], False, 0.62, "="),
          C("neonatal drowsiness", [13.4, 4.6], "%", "proportion",
            "neonatal drowsiness", ["nefopam arm", "flurbiprofen arm"], False, 0.13, "="),
          C("supplementary analgesia requested", [27, 11], "%", "proportion",
            "supplementary analgesia requested", ["nefopam recipients", "flurbiprofen recipients"],
            True, 0.02, "="),
          C("median day-3 serum prolactin", [186, 151], "ng/mL", "concentration",
            "day-3 serum prolactin", ["nefopam", "flurbiprofen"], True, 0.001, "<"),
          C("exclusive breastfeeding at 6 weeks", [73, 62], "%", "proportion",
            "exclusive breastfeeding at 6 weeks", ["women given nefopam", "given flurbiprofen"],
            False, 0.16, "="),
      ]),
]))

# ============================================================ aq03 drug-information page
DOCS.append(("aq03_acetazolamide_druginfo.html", [
    S("took acetazolamide 500 mg twice daily throughout lactation",
      "the 25 mg/kg/day used to treat infants.",
      "study", "acetazolamide", None,
      doses=[D(500, "mg", "acetazolamide 500 mg twice daily", frequency="twice daily"),
             D(25, "mg/kg", "the 25 mg/kg/day used to treat infants", frequency="per day",
               recipient="infant")],
      measurements=[
          M(1.3, "mg/L", "concentration", "milk acetazolamide", "milk", value_high=2.1, stat="range",
            dose=0, timepoint="1 to 9 hours after a dose"),
          M(5.1, "mg/L", "concentration", "maternal plasma acetazolamide", "maternal_blood",
            value_high=6.6, dose=0, timepoint="1 to 9 hours after a dose"),
          M(0.25, "{ratio}", "milk_plasma_ratio", "milk:plasma ratio", value_high=0.32, dose=0),
          M(0.2, "mg/L", "concentration", "infant plasma acetazolamide", "infant_blood",
            value_high=0.6, dose=0),
          M(0.32, "mg/kg", "infant_dose", "infant acetazolamide intake per day", qualifier="<=", dose=0),
          M(2.2, "%", "relative_infant_dose", "infant intake, % of mother's weight-adjusted dose",
            qualifier="~", dose=0),
          M(1, "%", "relative_infant_dose", "infant intake, % of the dosage used to treat infants",
            qualifier="~", dose=0),
      ],
      citations=[1]),

    S("Eight women given a single 250 mg oral dose on the third postpartum day",
      "of the weight-adjusted maternal dose.",
      "study", "acetazolamide", "oral",
      populations=[P(8, "Eight women", "exposed", "mother")],
      doses=[D(250, "mg", "a single 250 mg oral dose")],
      measurements=[
          M(0.33, "{ratio}", "milk_plasma_ratio", "milk level relative to plasma level", qualifier="~",
            dose=0, population=0),
          M(0.9, "mg/L", "concentration", "milk acetazolamide", "milk", stat="mean", dose=0,
            population=0, timepoint="2 hours after the dose"),
          M(2.7, "mg/L", "concentration", "maternal plasma acetazolamide", "maternal_blood",
            stat="mean", dose=0, population=0, timepoint="2 hours after the dose"),
          M(0.14, "mg/kg", "infant_dose", "estimated infant acetazolamide intake per day", dose=0,
            population=0),
          M(3.8, "%", "relative_infant_dose", "infant intake, % of weight-adjusted maternal dose",
            dose=0, population=0),
      ],
      citations=[2]),

    S("In a 10-day-old infant whose mother was taking acetazolamide 250 mg four times daily",
      "in the mother herself.",
      "study", "acetazolamide", None,
      doses=[D(250, "mg", "acetazolamide 250 mg four times daily", frequency="four times daily")],
      measurements=[
          M(21, "h", "half_life", "infant plasma half-life of acetazolamide", "infant_blood",
            group="infant", dose=0),
          M(5.2, "h", "half_life", "maternal plasma half-life of acetazolamide", "maternal_blood",
            group="mother", dose=0),
      ],
      comparisons=[
          C("plasma half-life, infant vs mother", [21, 5.2], "h", "half_life",
            "plasma half-life of the drug", ["infant", "mother"], None),
      ],
      citations=[3]),

    S("None of the 10 breastfed infants described in these reports",
      "attributed to the drug.",
      "study", "acetazolamide", None,
      populations=[P(10, "the 10 breastfed infants described in these reports", "exposed", "infant")],
      citations=[1, 2, 3]),

    S("Six women who took acetazolamide 250 mg by mouth twice daily for 3 days",
      "failed to reach statistical significance.",
      "study", "acetazolamide", "oral",
      populations=[P(6, "Six women", "exposed", "mother")],
      doses=[D(250, "mg", "acetazolamide 250 mg by mouth twice daily for 3 days",
               frequency="twice daily", duration="for 3 days")],
      measurements=[
          M(610, "mL", "milk_volume", "milk expressed per 24 hours", stat="mean", group="baseline",
            population=0, timepoint="baseline"),
          M(540, "mL", "milk_volume", "milk expressed per 24 hours", stat="mean", group="third day",
            dose=0, population=0, timepoint="third day"),
          M(11, "%", "change", "fall in milk expressed per 24 hours", qualifier="~", dose=0,
            population=0),
      ],
      comparisons=[
          C("milk expressed per 24 hours, baseline vs third day", [610, 540], "mL", "milk_volume",
            "milk expressed per 24 hours", ["baseline", "third day"], False),
      ],
      citations=[4]),
]))

# ============================================================ aq04 crossover trial summary
PLA, CHL = "placebo period", "chlorphenamine period"
aq04_meas = [
    M(7, "%", "change", "relative reduction in milk output, chlorphenamine vs placebo period",
      group=CHL, dose=0, population=0),
    M(94, "ng/mL", "concentration", "serum prolactin, active period", "maternal_blood",
      analyte="prolactin", group="active period", timepoint="before the first dose", population=0),
    M(71, "ng/mL", "concentration", "serum prolactin, active period", "maternal_blood",
      analyte="prolactin", group="active period", timepoint="after the third day of treatment",
      dose=0, population=0),
    M(92, "ng/mL", "concentration", "serum prolactin, placebo period", "maternal_blood",
      analyte="prolactin", group=PLA, timepoint="start of the period", population=0),
    M(90, "ng/mL", "concentration", "serum prolactin, placebo period", "maternal_blood",
      analyte="prolactin", group=PLA, timepoint="end of the period", population=0),
    M(5.8, "ug/L", "concentration", "milk chlorphenamine", "milk", stat="mean", dose=0, population=0),
    M(2.9, "ug/L", "concentration", "milk chlorphenamine", "milk", value_high=11.4, stat="range",
      dose=0, population=0),
    M(0.71, "{ratio}", "milk_plasma_ratio", "milk/serum ratio", stat="mean", dose=0, population=0),
    M(0.9, "ug/kg", "infant_dose", "estimated infant chlorphenamine intake per day", qualifier="~",
      dose=0, population=0),
    M(0.35, "%", "relative_infant_dose", "infant intake, % of maternal dose per kilogram",
      dose=0, population=0),
    M(738, "mL", "milk_volume", "milk output per 24 h", stat="mean", group=PLA, population=0),
    M(684, "mL", "milk_volume", "milk output per 24 h", stat="mean", group=CHL, dose=0, population=0),
    M(7.4, "mmol/L", "concentration", "milk sodium", "milk", analyte="sodium", stat="mean",
      group=PLA, population=0),
    M(7.2, "mmol/L", "concentration", "milk sodium", "milk", analyte="sodium", stat="mean",
      group=CHL, dose=0, population=0),
    M(212, "min", "other", "infant daytime sleep", stat="mean", group=PLA, population=0),
    M(236, "min", "other", "infant daytime sleep", stat="mean", group=CHL, dose=0, population=0),
    M(14, "%", "proportion", "infants judged drowsy by their mother", group=PLA, population=0),
    M(36, "%", "proportion", "infants judged drowsy by their mother", group=CHL, dose=0, population=0),
    M(7, "%", "proportion", "mothers reporting a lower supply", group=PLA, population=0),
    M(43, "%", "proportion", "mothers reporting a lower supply", group=CHL, dose=0, population=0),
]

DOCS.append(("aq04_chlorphenamine_trial.md", [
    S("Fourteen healthy women who were exclusively breastfeeding infants aged 6 to 16 weeks",
      "| Mothers reporting a lower supply, % | 7 | 43 | 0.03 |",
      "study", "chlorphenamine", "oral",
      populations=[P(14, "Fourteen healthy women who were exclusively breastfeeding infants aged 6 to 16 weeks",
                     "total", "mother")],
      doses=[D(4, "mg", "chlorphenamine 4 mg by mouth every 6 hours for 3 days",
               frequency="every 6 hours", duration="for 3 days")],
      measurements=aq04_meas,
      comparisons=[
          C("serum prolactin before and after 3 days of chlorphenamine", [94, 71], "ng/mL",
            "concentration", "serum prolactin in the active period",
            ["before the first dose", "after the third day of treatment"], True, 0.006, "="),
          C("serum prolactin across the placebo period", [92, 90], "ng/mL", "concentration",
            "serum prolactin across the placebo period", ["at the start", "at the end"], False, 0.71, "="),
          C("milk output per 24 h, placebo vs chlorphenamine period", [738, 684], "mL", "milk_volume",
            "milk output over 24 hours", [PLA, CHL], True, 0.04, "="),
          C("milk sodium, placebo vs chlorphenamine period", [7.4, 7.2], "mmol/L", "concentration",
            "milk sodium", [PLA, CHL], False, 0.63, "="),
          C("infant daytime sleep, placebo vs chlorphenamine period", [212, 236], "min", "other",
            "infant daytime sleep", [PLA, CHL], False, 0.09, "="),
          C("infants judged drowsy, placebo vs chlorphenamine period", [14, 36], "%", "proportion",
            "infants judged drowsy by their mother", [PLA, CHL], False, 0.22, "="),
          C("mothers reporting a lower supply, placebo vs chlorphenamine period", [7, 43], "%",
            "proportion", "mothers reporting a lower supply", [PLA, CHL], True, 0.03, "="),
      ],
      citations=[1]),

    S("advises that single or occasional doses of chlorphenamine (up to 4 mg)",
      "is preferable for longer courses [2]",
      "recommendation", "chlorphenamine", None,
      doses=[D(4, "mg", "up to 4 mg", stat="maximum"),
             D(16, "mg", "16 mg per day or more", frequency="per day")],
      citations=[2]),
]))

# ============================================================ aq05 conference abstract
LOW, HIGH, UNEXP, MILK = 1, 2, 3, 6     # population indexes
DOCS.append(("aq05_mercaptopurine_abstract.txt", [
    S("we enrolled 68 breastfeeding mother-infant pairs in which the mother had IBD",
      "without a change in maternal treatment.",
      "study", "mercaptopurine", None,
      populations=[
          P(68, "68 breastfeeding mother-infant pairs in which the mother had IBD", "total", "pair"),
          P(21, "low-dose group, n = 21", "exposed", "pair"),
          P(17, "high-dose group, n = 17", "exposed", "pair"),
          P(30, "30 pairs in which the mother took no thiopurine", "control", "pair"),
          P(15, "15 of 21 low-dose infants", "exposed", "infant"),
          P(9, "9 of 17 high-dose infants", "exposed", "infant"),
          P(12, "12 mothers who provided milk", "exposed", "mother"),
          P(2, "2 of 21", "exposed", "infant"),
          P(3, "3 of 17", "exposed", "infant"),
          P(1, "1 of 30", "control", "infant"),
      ],
      doses=[D(25, "mg", "25-50 mg daily", amount_high=50, frequency="per day"),
             D(75, "mg", "75-100 mg daily", amount_high=100, frequency="per day")],
      measurements=[
          M(2, "ng/mL", "concentration", "infant serum mercaptopurine below the limit of quantification",
            "infant_blood", qualifier="<"),
          M(4.1, "ng/mL", "concentration", "infant serum mercaptopurine where quantifiable", "infant_blood",
            stat="median", group="high-dose group", dose=1, population=HIGH),
          M(2.3, "ng/mL", "concentration", "infant serum mercaptopurine where quantifiable", "infant_blood",
            value_high=7.9, stat="range", group="high-dose group", dose=1, population=HIGH),
          M(2.6, "ng/mL", "concentration", "infant serum mercaptopurine where quantifiable", "infant_blood",
            stat="median", group="low-dose group", dose=0, population=LOW),
          M(2.1, "ng/mL", "concentration", "infant serum mercaptopurine where quantifiable", "infant_blood",
            value_high=3.4, stat="range", group="low-dose group", dose=0, population=LOW),
          M(0.4, "%", "relative_infant_dose", "estimated relative infant dose, % of maternal weight-adjusted dose",
            population=MILK),
          M(0.1, "%", "relative_infant_dose", "estimated relative infant dose, % of maternal weight-adjusted dose",
            value_high=0.9, stat="range", population=MILK),
          M(2480, "g", "other", "weight gain from birth to 12 weeks", stat="mean", group="low-dose infants",
            dose=0, population=LOW),
          M(2310, "g", "other", "weight gain from birth to 12 weeks", stat="mean", group="high-dose infants",
            dose=1, population=HIGH),
          M(2540, "g", "other", "weight gain from birth to 12 weeks", stat="mean", group="unexposed infants",
            population=UNEXP),
          M(10, "%", "proportion", "infants with neutropenia at any visit", group="low-dose",
            dose=0, population=LOW),
          M(18, "%", "proportion", "infants with neutropenia at any visit", group="high-dose",
            dose=1, population=HIGH),
          M(3, "%", "proportion", "infants with neutropenia at any visit", group="unexposed",
            population=UNEXP),
      ],
      comparisons=[
          C("infant serum mercaptopurine where quantifiable, high vs low dose", [4.1, 2.6], "ng/mL",
            "concentration", "infant serum mercaptopurine levels where quantifiable",
            ["high-dose group", "low-dose group"], True, 0.03, "="),
          C("weight gain from birth to 12 weeks, three groups", [2480, 2310, 2540], "g", "other",
            "weight gain from birth to 12 weeks",
            ["low-dose infants", "high-dose infants", "unexposed infants"], True, 0.048, "="),
          C("weight gain, post hoc high-dose vs unexposed", [2310, 2540], "g", "other",
            "weight gain from birth to 12 weeks", ["high-dose infants", "unexposed infants"], True),
          C("weight gain, post hoc low-dose vs unexposed", [2480, 2540], "g", "other",
            "weight gain from birth to 12 weeks", ["low-dose group", "unexposed group"], False),
          C("weight gain, post hoc low-dose vs high-dose", [2480, 2310], "g", "other",
            "weight gain from birth to 12 weeks", ["low-dose group", "high-dose group"], False),
          C("neutropenia at any visit, three groups", [10, 18, 3], "%", "proportion",
            "neutropenia at any visit", ["low-dose", "high-dose", "unexposed"], False, 0.41, "="),
      ]),

    S("argues for routine growth monitoring of breastfed infants whose mothers need more than 50 mg daily",
      "whose mothers need more than 50 mg daily.",
      "recommendation", "mercaptopurine", None,
      doses=[D(50, "mg", "more than 50 mg daily", frequency="per day")]),
]))

# ============================================================ aq06 journal letter (twins)
DOCS.append(("aq06_voriconazole_letter.html", [
    S("A 31-year-old woman developed invasive pulmonary aspergillosis",
      "neither developed visual disturbances or rash.",
      "study", "voriconazole", "intravenous",
      populations=[P(2, "the two infants", "exposed", "infant")],
      doses=[D(6, "mg/kg", "intravenous voriconazole 6 mg/kg every 12 hours for two doses",
               frequency="every 12 hours", duration="for two doses"),
             D(200, "mg", "voriconazole 200 mg orally every 12 hours", frequency="every 12 hours")],
      measurements=[
          M(1.9, "mg/L", "concentration", "trough milk voriconazole", "milk", dose=1,
            timepoint="immediately before the morning dose, day 7 of oral therapy"),
          M(3.4, "mg/L", "concentration", "milk voriconazole", "milk", dose=1,
            timepoint="3 hours after the dose"),
          M(4.6, "mg/L", "concentration", "maternal serum voriconazole", "maternal_blood", dose=1,
            timepoint="3 hours after the dose"),
          M(0.74, "{ratio}", "milk_plasma_ratio", "milk/serum ratio", dose=1,
            timepoint="3 hours after the dose"),
          M(0.21, "mg/L", "concentration", "infant serum voriconazole", "infant_blood", group="twin A",
            dose=1, timepoint="2 hours after a feed"),
          M(0.34, "mg/L", "concentration", "infant serum voriconazole", "infant_blood", group="twin B",
            dose=1),
          M(4.6, "%", "infant_plasma_ratio", "infant serum level, % of maternal serum concentration",
            group="twin A", dose=1),
          M(7.4, "%", "infant_plasma_ratio", "infant serum level, % of maternal serum concentration",
            group="twin B", dose=1),
          M(0.4, "mg/kg", "infant_dose", "calculated infant voriconazole dose per day", dose=1),
          M(5.8, "%", "relative_infant_dose", "relative infant dose, % of maternal weight-adjusted dose",
            dose=1),
      ],
      comparisons=[
          C("infant serum voriconazole, twin A vs twin B", [0.21, 0.34], "mg/L", "concentration",
            "infant serum voriconazole", ["twin A", "twin B"], None),
          C("infant serum level as % of maternal serum, twin A vs twin B", [4.6, 7.4], "%",
            "infant_plasma_ratio", "infant serum level as a percentage of the maternal serum concentration",
            ["twin A", "twin B"], None),
      ]),

    S("In the only earlier report, a mother taking voriconazole 200 mg twice daily",
      "her infant was not tested.",
      "study", "voriconazole", None,
      doses=[D(200, "mg", "voriconazole 200 mg twice daily", frequency="twice daily")],
      measurements=[
          M(1.1, "mg/L", "concentration", "milk voriconazole", "milk", dose=0,
            timepoint="unstated time after the dose"),
          M(0.65, "{ratio}", "milk_plasma_ratio", "milk/plasma ratio", dose=0),
      ],
      citations=[1]),
]))


def main():
    ends = {}
    with open(os.path.join(BASE, "gold.jsonl"), "w", encoding="utf-8") as out:
        for doc, stmts in DOCS:
            ends[doc] = [s["_end"] for s in stmts]
            clean = [{k: v for k, v in s.items() if k != "_end"} for s in stmts]
            out.write(json.dumps({"doc": doc, "statements": clean}, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "stretch_ends.json"), "w", encoding="utf-8") as f:
        json.dump(ends, f, ensure_ascii=False, indent=1)
    n = sum(len(s) for _, s in DOCS)
    print(f"wrote gold.jsonl: {len(DOCS)} documents, {n} statements")


if __name__ == "__main__":
    main()
