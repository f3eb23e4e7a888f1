#!/usr/bin/env python3
"""Gold annotations for the SYNTHETIC held-out corpus 'av', written as code.

Running this file writes ../gold.jsonl (one JSON line per document) in the
structure of /work/shared/gold/dev.jsonl (FORMAT.md version 2).
Everything in the texts is invented; see ../README.md for the decisions.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "gold.jsonl")


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


def M(value, unit, measure, kind, matrix=None, analyte=None, dose=None,
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


docs = []

# ---------------------------------------------------------------- av01
# Structured PubMed abstract, two-arm RCT of a galactagogue vs placebo.
# Populations: 0 screened, 1 randomised, 2 clebopride arm, 3 placebo arm,
# 4-5 withdrawals, 6-7 numerators of the discharge outcome, 8-9 drowsiness.
MV = "expressed milk volume per day"
docs.append({"doc": "av01_clebopride_abstract.txt", "statements": [
    S("In this single-centre trial, mothers of infants born at 26 to 31 weeks' gestation",
      "study", "clebopride", "oral",
      populations=[
          P(118, "118 women screened", "total", "mother"),
          P(84, "84 were randomised", "total", "mother"),
          P(42, "42 to clebopride", "exposed", "mother"),
          P(42, "42 to placebo", "control", "mother"),
          P(3, "Three women in the clebopride arm", "exposed", "mother"),
          P(5, "five in the placebo arm", "control", "mother"),
          P(17, "17 of 42 mothers in the clebopride arm", "exposed", "mother"),
          P(12, "12 of 42 in the placebo arm", "control", "mother"),
          P(4, "4 women taking clebopride", "exposed", "mother"),
          P(2, "2 taking placebo", "control", "mother"),
      ],
      doses=[
          D(0.5, "mg", "clebopride 0.5 mg orally three times daily",
            frequency="three times daily", duration="for 10 days"),
      ],
      measurements=[
          M(274, "mL", MV, "milk_volume", stat="mean", group="clebopride group",
            timepoint="day 5", dose=0, population=2),
          M(231, "mL", MV, "milk_volume", stat="mean", group="placebo group",
            timepoint="day 5", population=3),
          M(356, "mL", MV, "milk_volume", stat="mean", group="clebopride",
            timepoint="day 10", dose=0, population=2),
          M(262, "mL", MV, "milk_volume", stat="mean", group="placebo",
            timepoint="day 10", population=3),
          M(94, "mL", "difference in daily expressed milk volume, clebopride vs placebo",
            "other", timepoint="day 10"),
          M(62, "%", "rise in daily expressed volume from the pre-randomisation diary",
            "change", group="active drug", dose=0, population=2),
          M(19, "%", "rise in daily expressed volume from the pre-randomisation diary",
            "change", group="placebo", population=3),
          M(88, "ng/mL", "serum prolactin", "concentration", "maternal_blood", "prolactin",
            stat="median", group="clebopride arm", timepoint="before treatment",
            population=2),
          M(212, "ng/mL", "serum prolactin", "concentration", "maternal_blood", "prolactin",
            stat="median", group="clebopride arm", timepoint="day 10", dose=0,
            population=2),
          M(40, "%", "mothers providing exclusively their own milk at discharge",
            "proportion", group="clebopride arm", dose=0, population=2),
          M(29, "%", "mothers providing exclusively their own milk at discharge",
            "proportion", group="placebo arm", population=3),
      ],
      comparisons=[
          C("mean expressed milk volume on day 5", [274, 231], "mL", "milk_volume",
            "expressed milk volume on day 5", ["clebopride group", "placebo group"],
            False, 0.07, "="),
          C("mean expressed milk volume on day 10", [356, 262], "mL", "milk_volume",
            "expressed milk volume on day 10", ["clebopride", "placebo"],
            True, 0.001, "="),
          C("change in daily volume from the pre-randomisation diary", [62, 19], "%",
            "change", "rise in daily milk volume from the pre-randomisation diary",
            ["active drug", "placebo"]),
          C("median serum prolactin in the clebopride arm, before vs day 10", [88, 212],
            "ng/mL", "concentration", "serum prolactin",
            ["before treatment", "on day 10"]),
          C("mothers providing exclusively their own milk at discharge", [40, 29], "%",
            "proportion", "providing exclusively their own milk at discharge",
            ["clebopride arm", "placebo arm"], False, 0.36, "="),
      ],
      citations=[]),
]})

# ---------------------------------------------------------------- av02
# Plain-text abstract, two-period crossover (oral tablet vs intravenous).
ORAL, IV = 0, 1
docs.append({"doc": "av02_lornoxicam_crossover.txt", "statements": [
    S("Twelve healthy breastfeeding volunteers who were 6 to 20 weeks postpartum",
      "study", "lornoxicam", "oral",
      populations=[
          P(12, "Twelve healthy breastfeeding volunteers who were 6 to 20 weeks postpartum",
            "exposed", "mother"),
      ],
      doses=[
          D(8, "mg", "lornoxicam 8 mg as an immediate-release tablet"),
          D(8, "mg", "8 mg as an intravenous bolus over 15 seconds",
            duration="over 15 seconds"),
      ],
      measurements=[
          M(0.92, "mg/L", "peak maternal plasma lornoxicam", "concentration",
            "maternal_blood", stat="mean", group="tablet", dose=ORAL, population=0),
          M(1.64, "mg/L", "peak maternal plasma lornoxicam", "concentration",
            "maternal_blood", stat="mean", group="injection", dose=IV, population=0),
          M(18.4, "ug/L", "peak milk lornoxicam", "concentration", "milk",
            stat="mean", group="oral period", dose=ORAL, population=0),
          M(9.6, "ug/L", "peak milk lornoxicam", "concentration", "milk",
            value_high=31.2, stat="range", group="oral period", dose=ORAL, population=0),
          M(27.9, "ug/L", "peak milk lornoxicam", "concentration", "milk",
            stat="mean", group="intravenous period", dose=IV, population=0),
          M(14.1, "ug/L", "peak milk lornoxicam", "concentration", "milk",
            value_high=46.0, stat="range", group="intravenous period", dose=IV,
            population=0),
          M(0.011, "{ratio}", "milk-to-plasma AUC ratio", "milk_plasma_ratio", "milk",
            group="oral", dose=ORAL, population=0),
          M(0.012, "{ratio}", "milk-to-plasma AUC ratio", "milk_plasma_ratio", "milk",
            group="intravenous", dose=IV, population=0),
          M(4.1, "h", "apparent lornoxicam half-life in milk", "half_life", "milk",
            group="oral period", dose=ORAL, population=0),
          M(3.8, "h", "apparent lornoxicam half-life in milk", "half_life", "milk",
            group="intravenous period", dose=IV, population=0),
          M(1.9, "ug", "lornoxicam recovered in milk over 12 hours", "amount_excreted",
            group="tablet", dose=ORAL, population=0),
          M(2.4, "ug", "lornoxicam recovered in milk over 12 hours", "amount_excreted",
            group="injection", dose=IV, population=0),
          M(4, "ug/L", "milk 5'-hydroxylornoxicam", "concentration", "milk",
            "5'-hydroxylornoxicam", qualifier="<", timepoint="throughout both periods",
            population=0),
          M(1.2, "ug/kg", "estimated infant lornoxicam dose per day", "infant_dose",
            group="oral", dose=ORAL, population=0),
          M(1.5, "ug/kg", "estimated infant lornoxicam dose per day", "infant_dose",
            group="intravenous", dose=IV, population=0),
          M(0.9, "%", "infant dose, % of maternal weight-adjusted dose",
            "relative_infant_dose", group="oral", dose=ORAL, population=0),
          M(1.1, "%", "infant dose, % of maternal weight-adjusted dose",
            "relative_infant_dose", group="intravenous", dose=IV, population=0),
      ],
      comparisons=[
          C("peak maternal plasma lornoxicam, tablet vs injection", [0.92, 1.64], "mg/L",
            "concentration", "peak maternal plasma concentrations",
            ["tablet", "injection"], True, 0.001, "<"),
          C("mean peak milk lornoxicam, oral vs intravenous period", [18.4, 27.9], "ug/L",
            "concentration", "peak milk lornoxicam concentration",
            ["oral period", "intravenous period"], True, 0.008, "="),
          C("milk-to-plasma AUC ratio, oral vs intravenous", [0.011, 0.012], "{ratio}",
            "milk_plasma_ratio", "milk-to-plasma AUC ratio",
            ["oral", "intravenous"], False, 0.62, "="),
          C("half-life of lornoxicam in milk, oral vs intravenous period", [4.1, 3.8], "h",
            "half_life", "apparent half-life of lornoxicam in milk",
            ["oral period", "intravenous period"], False, 0.47, "="),
          C("lornoxicam recovered in 12-hour milk collections", [1.9, 2.4], "ug",
            "amount_excreted", "lornoxicam recovered in the 12-hour milk collections",
            ["tablet", "injection"]),
          C("estimated infant dose per day, oral vs intravenous", [1.2, 1.5], "ug/kg",
            "infant_dose", "infant dose ingested daily by an exclusively breastfed infant",
            ["oral", "intravenous"], False, 0.09, "="),
          C("infant dose as % of maternal weight-adjusted dose", [0.9, 1.1], "%",
            "relative_infant_dose", "infant dose, % of the maternal weight-adjusted dose",
            ["oral", "intravenous"]),
      ],
      citations=[]),
]})

# ---------------------------------------------------------------- av03
# Markdown evidence summary of a meta-analysis; one statement (the review).
# Populations: 0 total enrolled, 1-5 trial sizes (table), 6 one woman.
HEAL = "women with nipple damage healed by day 7"
trials = [  # (name, population index, comparator words, lanolin %, comparator %)
    ("Abiodun 2014", 1, "expressed breast milk", 56, 46),
    ("Castellanos 2016", 2, "usual care", 61, 43),
    ("Dvořák 2018", 3, "hydrogel dressing", 52, 49),
    ("Ekwueme 2020", 4, "usual care", 63, 41),
    ("Holmqvist 2021", 5, "expressed breast milk", 54, 45),
]
ms3 = [
    M(58, "%", HEAL, "proportion", group="lanolin arms (pooled)"),
    M(44, "%", HEAL, "proportion", group="comparison arms (pooled)"),
    M(1.29, "{ratio}", "pooled risk ratio, healed by day 7, lanolin vs comparison", "other"),
    M(-1.6, "d", "mean difference in time to complete healing, lanolin vs comparison", "other"),
    M(7.3, "d", "pooled mean time to complete healing", "other", stat="mean", group="lanolin"),
    M(8.9, "d", "pooled mean time to complete healing", "other", stat="mean",
      group="other treatments"),
    M(81, "%", "women still breastfeeding at six weeks", "proportion", group="lanolin"),
    M(78, "%", "women still breastfeeding at six weeks", "proportion", group="comparators"),
    M(1.04, "{ratio}", "pooled risk ratio, breastfeeding at six weeks", "other"),
]
cs3 = [
    C("healed by day 7, pooled", [58, 44], "%", "proportion", "healing by day 7",
      ["lanolin arms", "comparison arms"], True),
    C("pooled mean time to complete healing", [7.3, 8.9], "d", "other",
      "time to complete healing", ["lanolin", "other treatments"]),
    C("still breastfeeding at six weeks, pooled", [81, 78], "%", "proportion",
      "still breastfeeding at six weeks", ["lanolin", "comparators"], False, 0.34, "="),
]
for name, pi, comp, lan, ctl in trials:
    ms3.append(M(lan, "%", HEAL, "proportion", group="lanolin, " + name, population=pi))
    ms3.append(M(ctl, "%", HEAL, "proportion", group=comp + ", " + name, population=pi))
    cs3.append(C("healed by day 7, " + name, [lan, ctl], "%", "proportion",
                 "healed by day 7", ["lanolin", comp]))
ms3 += [
    M(60, "%", HEAL, "proportion", group="lanolin users, primiparous-only trials"),
    M(42, "%", HEAL, "proportion", group="controls, primiparous-only trials"),
    M(1.42, "{ratio}", "risk ratio, healed by day 7, primiparous-only trials", "other"),
    M(54, "%", HEAL, "proportion", group="lanolin, mixed-parity trials"),
    M(48, "%", HEAL, "proportion", group="controls, mixed-parity trials"),
    M(1.13, "{ratio}", "risk ratio, healed by day 7, mixed-parity trials", "other"),
]
cs3 += [
    C("healed by day 7, primiparous-only trials", [60, 42], "%", "proportion",
      "healed by day 7 in primiparous women", ["lanolin users", "controls"]),
    C("healed by day 7, mixed-parity trials", [54, 48], "%", "proportion",
      "healing rates by day 7 in women of mixed parity", ["lanolin", "controls"]),
    C("risk ratio for healing by day 7, subgroup contrast", [1.42, 1.13], "{ratio}", "other",
      "effect of lanolin on healing by day 7 (risk ratio)",
      ["primiparous women", "mixed parity"], False, 0.11, "="),
]
docs.append({"doc": "av03_lanolin_review.md", "statements": [
    S("The reviewers searched four databases up to January 2023 and pooled five randomised trials",
      "study", "lanolin", "topical",
      populations=[
          P(642, "642 breastfeeding women with cracked, fissured or abraded nipples",
            "total", "mother"),
          P(96, "96", "total", "mother"),
          P(148, "148", "total", "mother"),
          P(120, "120", "total", "mother"),
          P(182, "182", "total", "mother"),
          P(96, "96", "total", "mother"),
          P(1, "one woman in the Dvořák trial", "exposed", "mother"),
      ],
      measurements=ms3, comparisons=cs3, citations=[1, 2, 3, 4, 5]),
]})

# ---------------------------------------------------------------- av04
# HTML news page, non-inferiority trial, two active drugs.
# Populations: 0 total, 1 aceclofenac arm, 2 dihydrocodeine arm,
# 3-4 drowsy babies, 5-6 pharmacokinetic substudy.
ACE, DHC = 0, 1
PAIN = "pain on movement (0-10 scale)"
docs.append({"doc": "av04_aceclofenac_news.html", "statements": [
    S("Breastfeeding women given the anti-inflammatory drug aceclofenac after a caesarean section",
      "study", "aceclofenac", "oral",
      populations=[
          P(312, "312 women having planned caesarean births under spinal anaesthesia",
            "total", "mother"),
          P(158, "158 were assigned to oral aceclofenac", "exposed", "mother"),
          P(154, "154 to oral dihydrocodeine", "control", "mother"),
          P(2, "2 babies", "exposed", "infant"),
          P(11, "11 babies", "control", "infant"),
          P(13, "13 women taking aceclofenac", "exposed", "mother"),
          P(11, "11 taking dihydrocodeine", "control", "mother"),
      ],
      doses=[
          D(100, "mg", "oral aceclofenac 100 mg twice daily", frequency="twice daily",
            duration="for 72 hours", drug="aceclofenac"),
          D(30, "mg", "oral dihydrocodeine 30 mg every six hours",
            frequency="every six hours", duration="for 72 hours", drug="dihydrocodeine"),
      ],
      measurements=[
          M(3.4, None, PAIN, "other", stat="mean", group="aceclofenac",
            timepoint="24 hours after surgery", dose=ACE, population=1),
          M(3.2, None, PAIN, "other", stat="mean", group="dihydrocodeine",
            timepoint="24 hours after surgery", dose=DHC, population=2),
          M(0.2, None, "difference in pain score, aceclofenac vs dihydrocodeine", "other",
            timepoint="24 hours after surgery"),
          M(2.6, None, PAIN, "other", group="aceclofenac", timepoint="48 hours",
            dose=ACE, population=1),
          M(2.7, None, PAIN, "other", group="dihydrocodeine", timepoint="48 hours",
            dose=DHC, population=2),
          M(1.3, "%", "babies rated excessively sleepy at one or more feeds", "proportion",
            group="aceclofenac group", dose=ACE, population=1),
          M(7.1, "%", "babies rated excessively sleepy at one or more feeds", "proportion",
            group="dihydrocodeine group", dose=DHC, population=2),
          M(9.5, "%", "infants with poor latch at two consecutive feeds", "proportion",
            group="aceclofenac group", dose=ACE, population=1),
          M(14.3, "%", "infants with poor latch at two consecutive feeds", "proportion",
            group="dihydrocodeine group", dose=DHC, population=2),
          M(0.09, "mg/L", "milk aceclofenac", "concentration", "milk", stat="median",
            timepoint="day 3", dose=ACE, population=5),
          M(1, "%", "milk aceclofenac, % of maternal plasma concentration",
            "milk_plasma_ratio", "milk", qualifier="<", timepoint="day 3",
            dose=ACE, population=5),
          M(61, "ug/L", "milk dihydrocodeine", "concentration", "milk", "dihydrocodeine",
            stat="mean", timepoint="day 3", dose=DHC, population=6),
          M(1.6, "{ratio}", "milk dihydrocodeine relative to maternal plasma",
            "milk_plasma_ratio", "milk", "dihydrocodeine", qualifier="~",
            timepoint="day 3", dose=DHC, population=6),
          M(0.4, "%", "estimated infant dose, % of maternal weight-adjusted dose",
            "relative_infant_dose", group="aceclofenac", dose=ACE, population=5),
          M(3.1, "%", "estimated infant dose, % of maternal weight-adjusted dose",
            "relative_infant_dose", analyte="dihydrocodeine", group="dihydrocodeine",
            dose=DHC, population=6),
      ],
      comparisons=[
          C("mean pain on movement 24 hours after surgery", [3.4, 3.2], None, "other",
            "pain on movement 24 hours after surgery", ["aceclofenac", "dihydrocodeine"]),
          C("pain on movement at 48 hours", [2.6, 2.7], None, "other",
            "pain on movement at 48 hours", ["aceclofenac", "dihydrocodeine"], False),
          C("babies rated excessively sleepy", [1.3, 7.1], "%", "proportion",
            "babies excessively sleepy at one or more feeds",
            ["aceclofenac group", "dihydrocodeine group"], True, 0.01, "="),
          C("poor latch at two consecutive feeds", [9.5, 14.3], "%", "proportion",
            "poor latch at two consecutive feeds",
            ["aceclofenac group", "dihydrocodeine group"], False),
          C("estimated infant dose, % of maternal weight-adjusted dose", [0.4, 3.1], "%",
            "relative_infant_dose", "infant dose, % of the maternal weight-adjusted dose",
            ["aceclofenac", "dihydrocodeine"]),
      ],
      citations=[]),
]})

# ---------------------------------------------------------------- av05
# LactMed-style 'Effects' sections; one statement per study paragraph.
docs.append({"doc": "av05_hydroxyzine_lactmed.txt", "statements": [
    S("15 women who received a single intramuscular injection of hydroxyzine 50 mg during labor",
      "study", "hydroxyzine", "intramuscular",
      populations=[
          P(15, "15 women who received a single intramuscular injection of hydroxyzine 50 mg during labor",
            "exposed", "mother"),
          P(15, "15 women who received no sedative", "control", "mother"),
      ],
      doses=[D(50, "mg", "a single intramuscular injection of hydroxyzine 50 mg",
               duration="during labor")],
      measurements=[
          M(31, "ug/L", "cord blood hydroxyzine", "concentration", "cord_blood",
            stat="mean", timepoint="at delivery", dose=0, population=0),
          M(95, "min", "time from birth to first breastfeed", "other", stat="median",
            group="hydroxyzine group", dose=0, population=0),
          M(58, "min", "time from birth to first breastfeed", "other", stat="median",
            group="comparison group", population=1),
      ],
      comparisons=[
          C("median time from birth to first breastfeed", [95, 58], "min", "other",
            "time after birth of the first breastfeed",
            ["hydroxyzine group", "comparison group"], True, 0.03, "="),
      ],
      citations=[1]),
    S("A telephone follow-up study compared 64 nursing mothers who had called a teratology information service",
      "study", "hydroxyzine", None,
      populations=[
          P(64, "64 nursing mothers who had called a teratology information service about hydroxyzine",
            "exposed", "mother"),
          P(64, "64 nursing mothers, matched for infant age, who had asked about a nonsedating medication",
            "control", "mother"),
          P(9, "9 of the exposed infants", "exposed", "infant"),
          P(3, "3 of the unexposed infants", "control", "infant"),
      ],
      doses=[D(25, "mg", "25 mg at bedtime", frequency="at bedtime")],
      measurements=[
          M(14, "%", "infants with drowsiness", "proportion", group="exposed infants",
            dose=0, population=0),
          M(5, "%", "infants with drowsiness", "proportion", group="unexposed infants",
            population=1),
          M(6, "%", "infants with irritability", "proportion", group="exposed infants",
            dose=0, population=0),
          M(8, "%", "infants with irritability", "proportion", group="unexposed infants",
            population=1),
      ],
      comparisons=[
          C("infants with drowsiness", [14, 5], "%", "proportion", "drowsiness",
            ["exposed infants", "unexposed infants"], False),
          C("infants with irritability", [6, 8], "%", "proportion", "irritability",
            ["exposed infants", "unexposed infants"]),
      ],
      citations=[2]),
    S("A cohort study linked a national prescription register with child health records",
      "study", "hydroxyzine", None,
      populations=[
          P(412, "412 breastfed infants whose mothers filled a hydroxyzine prescription in the first 8 weeks postpartum",
            "exposed", "infant"),
          P(3870, "3,870 breastfed infants of mothers who used no antihistamine",
            "control", "infant"),
      ],
      measurements=[
          M(3.4, "%", "infants with physician visits for sedation, poor feeding or irritability in the first 2 months",
            "proportion", group="exposed", population=0),
          M(2.9, "%", "infants with physician visits for sedation, poor feeding or irritability in the first 2 months",
            "proportion", group="unexposed", population=1),
          M(1.18, "{ratio}", "adjusted odds ratio for such a visit, exposed vs unexposed",
            "other"),
      ],
      comparisons=[
          C("physician visits for sedation, poor feeding or irritability", [3.4, 2.9], "%",
            "proportion",
            "physician visits for sedation, poor feeding or irritability in the first 2 months of life",
            ["exposed", "unexposed"], False),
      ],
      citations=[3]),
    S("In a prospective study, 22 exclusively breastfeeding mothers took hydroxyzine",
      "study", "hydroxyzine", None,
      populations=[
          P(22, "22 exclusively breastfeeding mothers", "exposed", "mother"),
          P(22, "22 breastfeeding mothers who took no medication", "control", "mother"),
          P(2, "Two exposed infants", "exposed", "infant"),
          P(1, "one control infant", "control", "infant"),
      ],
      doses=[
          D(10, "mg", "doses of 10 to 50 mg daily", amount_high=50, frequency="per day"),
          D(25, "mg", "median 25 mg", stat="median", frequency="per day"),
          D(50, "mg", "a 50 mg dose"),
      ],
      citations=[4]),
    S("Eight nursing mothers who were 4 to 10 weeks postpartum took a single 50 mg oral dose",
      "study", "hydroxyzine", "oral",
      populations=[
          P(8, "Eight nursing mothers who were 4 to 10 weeks postpartum", "exposed", "mother"),
      ],
      doses=[D(50, "mg", "a single 50 mg oral dose of hydroxyzine")],
      measurements=[
          M(96, "ug/L", "serum prolactin", "concentration", "maternal_blood", "prolactin",
            stat="mean", timepoint="before the dose", population=0),
          M(71, "ug/L", "serum prolactin", "concentration", "maternal_blood", "prolactin",
            stat="mean", timepoint="3 hours after the dose", dose=0, population=0),
          M(563, "mL", "milk output by test weighing over 12 hours", "milk_volume",
            group="after the dose", dose=0, population=0),
          M(612, "mL", "milk output by test weighing over 12 hours", "milk_volume",
            group="control day", population=0),
          M(8, "%", "reduction in milk output vs control day", "change", dose=0,
            population=0),
      ],
      comparisons=[
          C("serum prolactin before and 3 hours after the dose", [96, 71], "ug/L",
            "concentration", "serum prolactin", ["before the dose", "3 hours later"]),
          C("12-hour milk output, dose day vs control day", [563, 612], "mL", "milk_volume",
            "milk output measured by test weighing over 12 hours",
            ["after the dose", "control day"], True, 0.05, "<"),
      ],
      citations=[5]),
    S("In a study of 38 mothers with chronic urticaria, the 19 who took hydroxyzine",
      "study", "hydroxyzine", None,
      populations=[
          P(38, "38 mothers with chronic urticaria", "total", "mother"),
          P(19, "the 19 who took hydroxyzine 25 mg three times daily", "exposed", "mother"),
          P(19, "the 19 treated with a nonsedating antihistamine", "control", "mother"),
      ],
      doses=[D(25, "mg", "hydroxyzine 25 mg three times daily", frequency="three times daily")],
      measurements=[
          M(6.5, "mo", "breastfeeding duration", "other", stat="median",
            group="hydroxyzine", dose=0, population=1),
          M(8, "mo", "breastfeeding duration", "other", stat="median",
            group="nonsedating antihistamine", population=2),
          M(21, "%", "mothers reporting a perceived drop in milk supply", "proportion",
            group="hydroxyzine", dose=0, population=1),
          M(16, "%", "mothers reporting a perceived drop in milk supply", "proportion",
            group="nonsedating antihistamine", population=2),
      ],
      comparisons=[
          C("median breastfeeding duration", [6.5, 8], "mo", "other",
            "duration of breastfeeding",
            ["hydroxyzine", "nonsedating antihistamine"], False, 0.21, "="),
          C("perceived drop in milk supply", [21, 16], "%", "proportion",
            "perceived drop in milk supply",
            ["hydroxyzine", "nonsedating antihistamine"], False),
      ],
      citations=[6]),
]})

# ---------------------------------------------------------------- av06
# Prescribing information 8.2: Risk Summary and Data are separate statements.
TOT = "total cariprazine moiety"
docs.append({"doc": "av06_cariprazine_label.txt", "statements": [
    S("Cariprazine and its two major active metabolites, desmethylcariprazine (DCAR)",
      "study", "cariprazine", None,
      populations=[P(10, "10 women", "exposed", "mother")],
      measurements=[
          M(0.9, "%", "estimated daily infant dose of total cariprazine moiety, % of maternal weight-adjusted dose",
            "relative_infant_dose", analyte=TOT, population=0),
      ],
      citations=[]),
    S("A lactation study was conducted in 10 women with schizophrenia or bipolar I disorder",
      "study", "cariprazine", None,
      populations=[
          P(10, "10 women with schizophrenia or bipolar I disorder who were 6 to 24 weeks postpartum",
            "exposed", "mother"),
          P(6, "all 6 breastfed infants who were tested", "exposed", "infant"),
          P(10, "The 10 breastfed infants", "exposed", "infant"),
          P(31, "31 age-matched infants of mothers with the same diagnoses who did not take cariprazine",
            "control", "infant"),
          P(1, "1 of 10 exposed infants", "exposed", "infant"),
          P(4, "4 of 31 reference infants", "control", "infant"),
      ],
      doses=[D(1.5, "mg", "cariprazine 1.5 mg to 6 mg once daily", amount_high=6,
               frequency="once daily", duration="for at least 4 weeks")],
      measurements=[
          M(2.1, "ng/mL", "steady-state milk cariprazine", "concentration", "milk",
            stat="mean", timepoint="steady state", dose=0, population=0),
          M(0.6, "ng/mL", "steady-state milk desmethylcariprazine (DCAR)", "concentration",
            "milk", "desmethylcariprazine", stat="mean", timepoint="steady state",
            dose=0, population=0),
          M(4.8, "ng/mL", "steady-state milk didesmethylcariprazine (DDCAR)",
            "concentration", "milk", "didesmethylcariprazine", stat="mean",
            timepoint="steady state", dose=0, population=0),
          M(0.3, "{ratio}", "milk-to-plasma ratio of cariprazine", "milk_plasma_ratio",
            "milk", value_high=0.5, stat="range", dose=0, population=0),
          M(1.1, "ug/kg", "estimated daily infant dose of total cariprazine moiety",
            "infant_dose", analyte=TOT, dose=0, population=0),
          M(0.4, "ug/kg", "estimated daily infant dose of total cariprazine moiety",
            "infant_dose", analyte=TOT, value_high=2.3, stat="range", dose=0,
            population=0),
          M(0.9, "%", "infant dose of total cariprazine moiety, % of maternal weight-adjusted dose",
            "relative_infant_dose", analyte=TOT, dose=0, population=0),
          M(0.1, "ng/mL", "infant plasma didesmethylcariprazine (DDCAR)", "concentration",
            "infant_blood", "didesmethylcariprazine", qualifier="<", dose=0, population=1),
          M(10, "%", "infants with sleepiness", "proportion", group="exposed infants",
            dose=0, population=2),
          M(13, "%", "infants with sleepiness", "proportion", group="reference infants",
            population=3),
          M(6.5, "%", "weight-for-age below the 5th percentile", "proportion",
            group="reference infants", population=3),
          M(90, "%", "age-appropriate developmental screening scores at the last visit",
            "proportion", group="exposed infants", dose=0, population=2),
          M(87, "%", "age-appropriate developmental screening scores at the last visit",
            "proportion", group="reference infants", population=3),
      ],
      comparisons=[
          C("infants with sleepiness", [10, 13], "%", "proportion", "sleepiness",
            ["exposed infants", "reference infants"]),
          C("age-appropriate developmental screening scores", [90, 87], "%", "proportion",
            "age-appropriate scores on a developmental screening questionnaire at the last visit",
            ["exposed", "reference infants"], False, 0.81, "="),
      ],
      citations=[]),
]})


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print("wrote %s (%d documents)" % (os.path.normpath(OUT), len(docs)))


if __name__ == "__main__":
    main()
