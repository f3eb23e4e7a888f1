#!/usr/bin/env python3
"""Held-out gold annotations (FORMAT.md version 2) for the six synthetic documents
in ../texts/.  Running this script writes ../gold.jsonl (one JSON line per document).

Everything here was written blind: only FORMAT.md, seeds/dev gold and a few dev/seed
texts were read.  See ../README.md for the decisions taken where FORMAT.md is open.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "gold.jsonl")


# ---------------------------------------------------------------- helpers
def P(n, text, role, who):
    return {"n": n, "text": text, "role": role, "who": who}


def D(amount, unit, text, recipient="mother", high=None, stat=None, freq=None, dur=None, drug=None):
    d = {"amount": amount}
    if high is not None:
        d["amount_high"] = high
    d["unit"] = unit
    if stat is not None:
        d["stat"] = stat
    if freq is not None:
        d["frequency"] = freq
    if dur is not None:
        d["duration"] = dur
    if drug is not None:
        d["drug"] = drug
    d["text"] = text
    d["recipient"] = recipient
    return d


def M(value, unit, kind, measure, matrix=None, analyte=None, dose=None, pop=None,
      high=None, q=None, stat=None, group=None, tp=None):
    m = {"value": value}
    if high is not None:
        m["value_high"] = high
    m["unit"] = unit
    if q is not None:
        m["qualifier"] = q
    if stat is not None:
        m["stat"] = stat
    if group is not None:
        m["group"] = group
    m["measure"] = measure
    if tp is not None:
        m["timepoint"] = tp
    m["kind"] = kind
    m["matrix"] = matrix
    m["analyte"] = analyte
    m["dose"] = dose
    m["population"] = pop
    return m


def C(measure, values, unit, kind, outcome, arms, sig=None, p=None, pq=None):
    return {"measure": measure, "values": values, "unit": unit, "kind": kind,
            "outcome": outcome, "arms": arms, "significant": sig,
            "p_value": p, "p_qualifier": pq}


def S(anchor, kind, drug, route, pops=(), doses=(), meas=(), comps=(), cites=()):
    return {"anchor": anchor, "kind": kind, "drug": drug, "route": route,
            "populations": list(pops), "doses": list(doses),
            "measurements": list(meas), "comparisons": list(comps),
            "citations": list(cites)}


DOCS = []

# ======================================================================
# an01 - structured abstract, three-arm RCT (vilazodone 20 mg / 40 mg / placebo)
# ======================================================================
BF = "still breastfeeding"
EBF = "exclusive breastfeeding at 12 weeks"
DRZ = "infants with transient drowsiness"
DOCS.append({"doc": "an01_vilazodone_abstract.txt", "statements": [
    S("Breastfeeding women with a major depressive episode that began within 6 weeks of delivery",
      "study", "vilazodone", "oral",
      pops=[
          P(219, "A total of 219 women", "total", "mother"),                       # 0
          P(73, "73 to vilazodone 20 mg", "exposed", "mother"),                    # 1
          P(74, "74 to vilazodone 40 mg", "exposed", "mother"),                    # 2
          P(72, "72 to placebo", "control", "mother"),                             # 3
          P(64, "64 of 73 (87.7%)", "exposed", "mother"),                          # 4
          P(63, "63 of 74 (85.1%)", "exposed", "mother"),                          # 5
          P(60, "60 of 72 (83.3%)", "control", "mother"),                          # 6
          P(55, "55 (75.3%)", "exposed", "mother"),                                # 7
          P(54, "54 (73.0%)", "exposed", "mother"),                                # 8
          P(47, "47 (65.3%)", "control", "mother"),                                # 9
          P(21, "21/72, 29.2%", "control", "mother"),                              # 10
          P(33, "33/73, 45.2%", "exposed", "mother"),                              # 11
          P(30, "30/74, 40.5%", "exposed", "mother"),                              # 12
          P(4, "4 infants (5.5%) in the low-dose group", "exposed", "infant"),     # 13
          P(7, "7 (9.5%) in the high-dose group", "exposed", "infant"),            # 14
          P(3, "3 (4.2%) with placebo", "control", "infant"),                      # 15
          P(2, "2 (2.7%)", "exposed", "infant"),                                   # 16
          P(3, "3 (4.1%)", "exposed", "infant"),                                   # 17
          P(2, "2 (2.8%)", "control", "infant"),                                   # 18
          P(26, "26 women taking vilazodone", "exposed", "mother"),                # 19
          P(14, "20 mg, n = 14", "exposed", "mother"),                             # 20
          P(12, "40 mg, n = 12", "exposed", "mother"),                             # 21
          P(3, "3 of the 26 infants", "exposed", "infant"),                        # 22
      ],
      doses=[
          D(20, "mg", "oral vilazodone 20 mg once daily", freq="once daily", dur="12 weeks"),
          D(40, "mg", "oral vilazodone 40 mg once daily", freq="once daily", dur="12 weeks"),
      ],
      meas=[
          M(87.7, "%", "proportion", BF, group="vilazodone 20 mg", tp="6 weeks", dose=0, pop=1),
          M(85.1, "%", "proportion", BF, group="vilazodone 40 mg", tp="6 weeks", dose=1, pop=2),
          M(83.3, "%", "proportion", BF, group="placebo", tp="6 weeks", pop=3),
          M(75.3, "%", "proportion", BF, group="vilazodone 20 mg", tp="12 weeks", dose=0, pop=1),
          M(73.0, "%", "proportion", BF, group="vilazodone 40 mg", tp="12 weeks", dose=1, pop=2),
          M(65.3, "%", "proportion", BF, group="placebo", tp="12 weeks", pop=3),
          M(29.2, "%", "proportion", EBF, group="placebo arm", tp="12 weeks", pop=3),
          M(45.2, "%", "proportion", EBF, group="20-mg arm", tp="12 weeks", dose=0, pop=1),
          M(40.5, "%", "proportion", EBF, group="40-mg arm", tp="12 weeks", dose=1, pop=2),
          M(5.5, "%", "proportion", DRZ, group="low-dose group", tp="6-week examination", dose=0, pop=1),
          M(9.5, "%", "proportion", DRZ, group="high-dose group", tp="6-week examination", dose=1, pop=2),
          M(4.2, "%", "proportion", DRZ, group="placebo", tp="6-week examination", pop=3),
          M(2.7, "%", "proportion", DRZ, group="low-dose group", tp="12 weeks", dose=0, pop=1),
          M(4.1, "%", "proportion", DRZ, group="high-dose group", tp="12 weeks", dose=1, pop=2),
          M(2.8, "%", "proportion", DRZ, group="placebo", tp="12 weeks", pop=3),
          M(8.6, "ng/mL", "concentration", "milk vilazodone (foremilk and hindmilk averaged)", matrix="milk",
            stat="median", group="20 mg", tp="week 6", dose=0, pop=20),
          M(17.9, "ng/mL", "concentration", "milk vilazodone (foremilk and hindmilk averaged)", matrix="milk",
            stat="median", group="40 mg", tp="week 6", dose=1, pop=21),
          M(0.41, "{ratio}", "milk_plasma_ratio", "milk-to-plasma ratio", matrix="milk",
            group="20 mg", dose=0, pop=20),
          M(0.44, "{ratio}", "milk_plasma_ratio", "milk-to-plasma ratio", matrix="milk",
            group="40 mg", dose=1, pop=21),
          M(0.9, "%", "relative_infant_dose", "estimated relative infant dose, % of maternal weight-adjusted dose",
            stat="mean", group="20 mg", dose=0, pop=20),
          M(1.0, "%", "relative_infant_dose", "estimated relative infant dose, % of maternal weight-adjusted dose",
            stat="mean", group="40 mg", dose=1, pop=21),
          M(0.9, "ng/mL", "concentration", "infant blood-spot vilazodone (highest quantifiable)",
            matrix="infant_blood", stat="maximum", pop=22),
          M(0.5, "ng/mL", "concentration", "infant blood-spot vilazodone in the remaining infants",
            matrix="infant_blood", q="<"),
      ],
      comps=[
          C("still breastfeeding at 6 weeks", [87.7, 85.1, 83.3], "%", "proportion",
            "still breastfeeding at 6 weeks", ["vilazodone 20 mg", "vilazodone 40 mg", "placebo"]),
          C("still breastfeeding at 12 weeks", [75.3, 73.0, 65.3], "%", "proportion",
            "still breastfeeding at 12 weeks", ["vilazodone 20 mg", "vilazodone 40 mg", "placebo"],
            sig=False, p=0.34, pq="="),
          C("exclusive breastfeeding at 12 weeks, placebo vs 20 mg", [29.2, 45.2], "%", "proportion",
            "exclusive breastfeeding at 12 weeks", ["placebo arm", "20-mg arm"], sig=True, p=0.043, pq="="),
          C("exclusive breastfeeding at 12 weeks, 40 mg vs placebo", [40.5, 29.2], "%", "proportion",
            "exclusive breastfeeding at 12 weeks", ["40-mg arm", "placebo"], sig=False, p=0.15, pq="="),
          C("infant transient drowsiness at 6 weeks", [5.5, 9.5, 4.2], "%", "proportion",
            "transient drowsiness at the 6-week examination", ["low-dose group", "high-dose group", "placebo"],
            sig=False),
          C("infant transient drowsiness at 12 weeks", [2.7, 4.1, 2.8], "%", "proportion",
            "transient drowsiness at 12 weeks", ["low-dose group", "high-dose group", "placebo"], sig=False),
          C("median milk vilazodone, 20 mg vs 40 mg", [8.6, 17.9], "ng/mL", "concentration",
            "median milk vilazodone", ["20 mg", "40 mg"], sig=True, p=0.001, pq="<"),
          C("milk-to-plasma ratio, 20 mg vs 40 mg", [0.41, 0.44], "{ratio}", "milk_plasma_ratio",
            "milk-to-plasma ratio", ["20 mg", "40 mg"], sig=False),
          C("relative infant dose, 20 mg vs 40 mg", [0.9, 1.0], "%", "relative_infant_dose",
            "estimated relative infant dose", ["20 mg", "40 mg"]),
      ]),
]})

# ======================================================================
# an02 - press release (HTML), scheduled rectal indomethacin vs on-demand oral oxymorphone
# ======================================================================
DOCS.append({"doc": "an02_indomethacin_pressrelease.html", "statements": [
    S("who received regular, scheduled doses of a non-opioid painkiller were more likely to breastfeed",
      "study", "indomethacin", "rectal",
      pops=[
          P(480, "480 women having a planned or unplanned caesarean birth", "total", "mother"),   # 0
          P(238, "238 women in the scheduled group", "exposed", "mother"),                        # 1
          P(242, "242 in the on-demand group", "control", "mother"),                              # 2
          P(181, "181 of 238 mothers (76%) in the scheduled group", "exposed", "mother"),         # 3
          P(150, "150 of 242 (62%) of those managing their pain on demand", "control", "mother"), # 4
          P(162, "162 of 238 (68%)", "exposed", "mother"),                                        # 5
          P(139, "139 of 242 (57%)", "control", "mother"),                                        # 6
          P(119, "119 of the mothers", "total", "mother"),                                        # 7
          P(61, "61 scheduled", "exposed", "mother"),                                             # 8
          P(58, "58 on demand", "control", "mother"),                                             # 9
          P(5, "5 infants (2.1%) whose mothers took oxymorphone", "control", "infant"),           # 10
          P(1, "1 infant (0.4%) in the scheduled group", "exposed", "infant"),                    # 11
      ],
      doses=[
          D(100, "mg", "a 100 mg indomethacin suppository", freq="every 12 hours",
            dur="for the first 48 hours", drug="indomethacin"),
          D(5, "mg", "oral oxymorphone 5 mg", freq="on request, no more often than every 4 hours",
            drug="oxymorphone"),
      ],
      meas=[
          M(76, "%", "proportion", "baby put to the breast within an hour of birth",
            group="scheduled group", dose=0, pop=1),
          M(62, "%", "proportion", "baby put to the breast within an hour of birth",
            group="pain managed on demand", dose=1, pop=2),
          M(68, "%", "proportion", "exclusive breastfeeding at hospital discharge",
            group="scheduled group", tp="hospital discharge", dose=0, pop=1),
          M(57, "%", "proportion", "exclusive breastfeeding at hospital discharge",
            group="on-demand group", tp="hospital discharge", dose=1, pop=2),
          M(38, "mL", "milk_volume", "milk expressed in a standardised 15-minute pumping session",
            stat="median", group="scheduled regimen", tp="day 3", dose=0, pop=8),
          M(27, "mL", "milk_volume", "milk expressed in a standardised 15-minute pumping session",
            group="on-demand arm", tp="day 3", dose=1, pop=9),
          M(96, "mL", "milk_volume", "milk expressed in a standardised 15-minute pumping session",
            group="scheduled regimen", tp="day 5", dose=0, pop=8),
          M(88, "mL", "milk_volume", "milk expressed in a standardised 15-minute pumping session",
            group="on-demand arm", tp="day 5", dose=1, pop=9),
          M(2.1, "%", "proportion", "infants with excessive drowsiness",
            group="mothers took oxymorphone", dose=1, pop=2),
          M(0.4, "%", "proportion", "infants with excessive drowsiness",
            group="scheduled group", dose=0, pop=1),
      ],
      comps=[
          C("breastfeeding within an hour of birth", [76, 62], "%", "proportion",
            "baby put to the breast within an hour of birth", ["scheduled group", "pain on demand"],
            sig=True, p=0.001, pq="="),
          C("exclusive breastfeeding at discharge", [68, 57], "%", "proportion",
            "breastfeeding exclusively at hospital discharge", ["scheduled group", "on-demand group"],
            sig=True, p=0.02, pq="="),
          C("pumped milk volume on day 3", [38, 27], "mL", "milk_volume",
            "milk expressed in a standardised pumping session on day 3", ["scheduled regimen", "on-demand arm"],
            sig=True, p=0.004, pq="="),
          C("pumped milk volume on day 5", [96, 88], "mL", "milk_volume",
            "milk expressed in a standardised pumping session on day 5", ["scheduled regimen", "on-demand arm"],
            sig=False, p=0.21, pq="="),
          C("infant excessive drowsiness", [2.1, 0.4], "%", "proportion",
            "excessive drowsiness in infants", ["mothers took oxymorphone", "scheduled group"]),
      ]),
    S("the same team measured indomethacin in the breast milk of 16 mothers",
      "study", "indomethacin", "rectal",
      pops=[P(16, "16 mothers on the suppository regimen", "exposed", "mother")],
      meas=[
          M(20, "ng/mL", "concentration", "milk indomethacin (never exceeded)", matrix="milk", q="<=", pop=0),
          M(0.5, "%", "relative_infant_dose", "infant intake, % of mother's weight-adjusted dose", q="<", pop=0),
      ]),
]})

# ======================================================================
# an03 - LactMed-style record (Markdown), ziprasidone
# ======================================================================
RIDW = "estimated infant dose, % of maternal weight-adjusted dosage"
DOCS.append({"doc": "an03_ziprasidone_lactmed.md", "statements": [
    S("maternal doses of ziprasidone of up to 160 mg daily produce low levels in milk",
      "recommendation", "ziprasidone", None,
      doses=[D(160, "mg", "maternal doses of ziprasidone of up to 160 mg daily", stat="maximum", freq="per day")],
      meas=[M(2, "%", "relative_infant_dose", "infant dose, % of maternal weight-adjusted dosage", q="<", dose=0)],
      cites=[1, 2]),
    S("Eight women who were 3 to 10 weeks postpartum and had stopped breastfeeding",
      "study", "ziprasidone", "oral",
      pops=[P(8, "Eight women who were 3 to 10 weeks postpartum and had stopped breastfeeding", "exposed", "mother")],
      doses=[D(40, "mg", "a single oral dose of 40 mg of ziprasidone")],
      meas=[
          M(5.8, "ug/L", "concentration", "peak milk ziprasidone", matrix="milk", stat="mean", dose=0, pop=0),
          M(2.9, "ug/L", "concentration", "peak milk ziprasidone", matrix="milk", high=9.6, stat="range", dose=0, pop=0),
          M(0.06, "{ratio}", "milk_plasma_ratio", "milk-to-plasma ratio (AUC based)", matrix="milk", stat="mean",
            dose=0, pop=0),
          M(7.9, "h", "half_life", "elimination half-life from milk", matrix="milk", dose=0, pop=0),
          M(6.4, "h", "half_life", "elimination half-life in plasma", matrix="maternal_blood", dose=0, pop=0),
          M(0.2, "%", "relative_infant_dose", RIDW, dose=0, pop=0),
      ],
      cites=[3]),
    S("In 5 women taking ziprasidone for schizoaffective or bipolar disorder",
      "study", "ziprasidone", None,
      pops=[P(5, "5 women taking ziprasidone for schizoaffective or bipolar disorder", "exposed", "mother")],
      doses=[
          D(80, "mg", "a median dosage of 80 mg daily", stat="median", freq="per day"),
          D(40, "mg", "range 40 to 160 mg daily", high=160, stat="range", freq="per day"),
      ],
      meas=[
          M(7.4, "ug/L", "concentration", "average milk ziprasidone at steady state", matrix="milk", stat="median",
            dose=0, pop=0),
          M(3.1, "ug/L", "concentration", "trough milk ziprasidone", matrix="milk", stat="median", dose=0, pop=0),
          M(11.6, "ug/L", "concentration", "peak milk ziprasidone", matrix="milk", stat="median", dose=0, pop=0),
          M(4, "%", "milk_plasma_ratio", "milk level, % of simultaneous maternal plasma level", matrix="milk",
            high=11, dose=0, pop=0),
          M(1.1, "ug/kg", "infant_dose", "estimated infant ziprasidone dose per day", stat="median", dose=0, pop=0),
          M(0.9, "%", "relative_infant_dose", RIDW, stat="median", dose=0, pop=0),
          M(0.4, "%", "relative_infant_dose", RIDW, high=1.8, stat="range", dose=0, pop=0),
      ],
      cites=[4]),
    S("Ziprasidone was measured in the serum of 6 breastfed infants",
      "study", "ziprasidone", None,
      pops=[
          P(6, "6 breastfed infants, aged 2 to 16 weeks, whose mothers were taking 60 to 120 mg daily",
            "exposed", "infant"),
          P(5, "Five had levels below the limit of quantitation", "exposed", "infant"),
      ],
      doses=[
          D(60, "mg", "60 to 120 mg daily", high=120, freq="per day"),
          D(120, "mg", "120 mg daily", freq="per day"),
      ],
      meas=[
          M(0.5, "ug/L", "concentration", "infant serum ziprasidone (below limit of quantitation)",
            matrix="infant_blood", q="<", dose=0, pop=1),
          M(0.7, "ug/L", "concentration", "infant serum ziprasidone (3-week-old)", matrix="infant_blood", dose=1),
          M(1, "%", "infant_plasma_ratio", "infant serum level, % of maternal plasma level", matrix="infant_blood",
            q="~", dose=1),
      ],
      cites=[5]),
    S("Four women took ziprasidone 40 to 80 mg daily throughout pregnancy",
      "study", "ziprasidone", None,
      pops=[P(4, "Four women", "exposed", "mother")],
      doses=[D(40, "mg", "ziprasidone 40 to 80 mg daily", high=80, freq="per day",
               dur="throughout pregnancy and postpartum")],
      meas=[
          M(4.2, "ug/L", "concentration", "cord blood ziprasidone", matrix="cord_blood", stat="mean",
            tp="at delivery", dose=0, pop=0),
          M(21, "ug/L", "concentration", "maternal serum ziprasidone", matrix="maternal_blood", stat="mean",
            tp="at delivery", dose=0, pop=0),
          M(0.5, "ug/L", "concentration", "infant serum ziprasidone (undetectable)", matrix="infant_blood", q="<",
            tp="2 weeks of age", dose=0),
      ],
      cites=[6]),
    S("A prospective cohort study compared 38 breastfed infants",
      "study", "ziprasidone", None,
      pops=[
          P(38, "38 breastfed infants whose mothers took ziprasidone", "exposed", "infant"),
          P(76, "76 breastfed infants of mothers who had a psychotic or bipolar disorder but took no antipsychotic",
            "control", "infant"),
          P(3, "3 exposed infants (7.9%)", "exposed", "infant"),
          P(2, "2 unexposed infants (2.6%)", "control", "infant"),
      ],
      doses=[D(80, "mg", "median dose 80 mg daily", stat="median", freq="per day")],
      meas=[
          M(7.9, "%", "proportion", "infants with excessive sedation", group="exposed infants",
            tp="by 2 months of age", dose=0, pop=0),
          M(2.6, "%", "proportion", "infants with excessive sedation", group="unexposed infants",
            tp="by 2 months of age", pop=1),
          M(5.3, "%", "proportion", "infants with poor feeding", group="exposed infants", dose=0, pop=0),
          M(3.9, "%", "proportion", "infants with poor feeding", group="unexposed infants", pop=1),
          M(89, "%", "proportion", "infants meeting all age-appropriate milestones", group="exposed infants",
            tp="12 months", dose=0, pop=0),
          M(91, "%", "proportion", "infants meeting all age-appropriate milestones", group="unexposed infants",
            tp="12 months", pop=1),
      ],
      comps=[
          C("excessive sedation by 2 months", [7.9, 2.6], "%", "proportion", "excessive sedation",
            ["exposed infants", "unexposed infants"], sig=False),
          C("poor feeding", [5.3, 3.9], "%", "proportion", "poor feeding",
            ["exposed infants", "unexposed infants"], sig=False, p=0.66, pq="="),
          C("all age-appropriate milestones met at 12 months", [89, 91], "%", "proportion",
            "developmental milestones at 12 months", ["exposed infants", "unexposed infants"], sig=False),
      ],
      cites=[7]),
    S("An infant who was exclusively breastfed from birth while his mother took ziprasidone",
      "study", "ziprasidone", None,
      doses=[D(40, "mg", "ziprasidone 40 mg twice daily", freq="twice daily")],
      cites=[8]),
    S("In 22 women with schizophrenia who began ziprasidone at 40 to 80 mg daily",
      "study", "ziprasidone", None,
      pops=[
          P(22, "22 women with schizophrenia", "exposed", "mother"),
          P(14, "14 women who were breastfeeding at the start", "exposed", "mother"),
          P(11, "11 were still nursing at 3 months", "exposed", "mother"),
      ],
      doses=[D(40, "mg", "40 to 80 mg daily", high=80, freq="per day")],
      meas=[
          M(41, "ng/mL", "concentration", "serum prolactin", matrix="maternal_blood", analyte="prolactin",
            stat="mean", tp="before treatment", pop=0),
          M(58, "ng/mL", "concentration", "serum prolactin", matrix="maternal_blood", analyte="prolactin",
            stat="mean", tp="after 2 weeks", dose=0, pop=0),
          M(41, "%", "change", "increase in serum prolactin", analyte="prolactin", tp="after 2 weeks",
            dose=0, pop=0),
      ],
      comps=[
          C("mean serum prolactin before vs after 2 weeks of ziprasidone", [41, 58], "ng/mL", "concentration",
            "mean serum prolactin", ["before treatment", "after 2 weeks"], sig=True, p=0.03, pq="="),
      ],
      cites=[9]),
    S("A Nordic birth-registry study found that 61 of 104 mothers",
      "study", "ziprasidone", None,
      pops=[
          P(104, "104 mothers", "exposed", "mother"),
          P(61, "61 of 104 mothers (58.7%)", "exposed", "mother"),
          P(2315, "2,315 (80.9%) mothers with the same diagnoses who were not taking an antipsychotic",
            "control", "mother"),
          P(1872, "1,872 of 2,315 (80.9%)", "control", "mother"),
      ],
      meas=[
          M(58.7, "%", "proportion", "breastfeeding at hospital discharge", group="taking ziprasidone at delivery",
            pop=0),
          M(80.9, "%", "proportion", "breastfeeding at hospital discharge", group="not taking an antipsychotic",
            pop=2),
          M(0.41, "{ratio}", "other", "adjusted odds ratio for breastfeeding at discharge"),
      ],
      comps=[
          C("breastfeeding at hospital discharge", [58.7, 80.9], "%", "proportion",
            "breastfeeding at hospital discharge",
            ["mothers taking ziprasidone at delivery", "mothers not taking an antipsychotic"]),
      ],
      cites=[10]),
]})

# ======================================================================
# an04 - registry results page (plain text), cytisine vs placebo
# ======================================================================
DOCS.append({"doc": "an04_cytisine_registry.txt", "statements": [
    S("This double-blind trial randomized breastfeeding women who smoked daily",
      "study", "cytisine", "oral",
      pops=[
          P(115, "Enrollment: 115", "total", "mother"),          # 0
          P(58, "58", "exposed", "mother"),                      # 1 started, cytisine
          P(57, "57", "control", "mother"),                      # 2 started, placebo
          P(51, "51", "exposed", "mother"),                      # 3 completed, cytisine
          P(52, "52", "control", "mother"),                      # 4 completed, placebo
          P(19, "19 (32.8%)", "exposed", "mother"),              # 5
          P(9, "9 (15.8%)", "control", "mother"),                # 6
          P(44, "44 (86.3%)", "exposed", "mother"),              # 7
          P(41, "41 (78.8%)", "control", "mother"),              # 8
          P(29, "29", "exposed", "mother"),                      # 9 milk production analysed
          P(31, "31", "control", "mother"),                      # 10
          P(12, "12", "exposed", "mother"),                      # 11 PK outcome analysed
          P(1, "1/58 (1.72%)", "exposed", "mother"),             # 12
          P(1, "1/57 (1.75%)", "control", "mother"),             # 13
          P(9, "9/58 (15.52%)", "exposed", "mother"),            # 14
          P(3, "3/57 (5.26%)", "control", "mother"),             # 15
          P(4, "4/58 (6.90%)", "exposed", "infant"),             # 16
          P(2, "2/57 (3.51%)", "control", "infant"),             # 17
      ],
      doses=[D(1.5, "mg", "Cytisine 1.5 mg tablets by mouth, one tablet every 2 hours",
               freq="every 2 hours while awake (up to 6 tablets daily) on days 1 to 3, then reduced stepwise "
                    "to 2 tablets daily", dur="25 days")],
      meas=[
          M(32.8, "%", "proportion", "biochemically verified continuous abstinence, weeks 5 to 12",
            group="Cytisine", dose=0, pop=1),
          M(15.8, "%", "proportion", "biochemically verified continuous abstinence, weeks 5 to 12",
            group="Placebo", pop=2),
          M(2.07, "{ratio}", "other", "risk ratio for continuous abstinence, cytisine vs placebo"),
          M(86.3, "%", "proportion", "any breastfeeding at week 12", group="Cytisine", tp="week 12", dose=0, pop=3),
          M(78.8, "%", "proportion", "any breastfeeding at week 12", group="Placebo", tp="week 12", pop=4),
          M(684, "mL", "milk_volume", "24-hour milk production (test weighing)", stat="mean", group="Cytisine",
            tp="week 4", dose=0, pop=9),
          M(702, "mL", "milk_volume", "24-hour milk production (test weighing)", stat="mean", group="Placebo",
            tp="week 4", pop=10),
          M(6.2, "ng/mL", "concentration", "trough milk cytisine", matrix="milk", stat="median", tp="day 3",
            dose=0, pop=11),
          M(2.0, "ng/mL", "concentration", "trough milk cytisine", matrix="milk", high=13.5, stat="range",
            tp="day 3", dose=0, pop=11),
          M(24.6, "ng/mL", "concentration", "peak milk cytisine", matrix="milk", stat="median", tp="day 3",
            dose=0, pop=11),
          M(11.8, "ng/mL", "concentration", "peak milk cytisine", matrix="milk", high=41.0, stat="range",
            tp="day 3", dose=0, pop=11),
          M(31.9, "ng/mL", "concentration", "peak maternal plasma cytisine", matrix="maternal_blood",
            stat="median", tp="day 3", dose=0, pop=11),
          M(17.4, "ng/mL", "concentration", "peak maternal plasma cytisine", matrix="maternal_blood", high=52.3,
            stat="range", tp="day 3", dose=0, pop=11),
          M(0.5, "ng/mL", "concentration", "infant plasma cytisine (below lower limit of quantification)",
            matrix="infant_blood", q="<", tp="day 3", dose=0),
          M(1.72, "%", "proportion", "participants with a serious adverse event", group="Cytisine", dose=0, pop=1),
          M(1.75, "%", "proportion", "participants with a serious adverse event", group="Placebo", pop=2),
          M(15.52, "%", "proportion", "participants with nausea", group="Cytisine", dose=0, pop=1),
          M(5.26, "%", "proportion", "participants with nausea", group="Placebo", pop=2),
          M(6.90, "%", "proportion", "infant irritability", group="Cytisine", dose=0, pop=1),
          M(3.51, "%", "proportion", "infant irritability", group="Placebo", pop=2),
      ],
      comps=[
          C("continuous abstinence weeks 5 to 12", [32.8, 15.8], "%", "proportion",
            "biochemically verified continuous abstinence from week 5 to week 12", ["Cytisine", "Placebo"],
            sig=True, p=0.031, pq="="),
          C("any breastfeeding at week 12", [86.3, 78.8], "%", "proportion", "any breastfeeding at week 12",
            ["Cytisine", "Placebo"], sig=False, p=0.31, pq="="),
          C("24-hour milk production at week 4", [684, 702], "mL", "milk_volume",
            "24-hour milk production at week 4", ["Cytisine", "Placebo"], sig=False, p=0.66, pq="="),
          C("serious adverse events", [1.72, 1.75], "%", "proportion", "serious adverse events",
            ["Cytisine", "Placebo"]),
          C("nausea", [15.52, 5.26], "%", "proportion", "nausea", ["Cytisine", "Placebo"]),
          C("infant irritability", [6.90, 3.51], "%", "proportion", "infant irritability", ["Cytisine", "Placebo"]),
      ]),
]})

# ======================================================================
# an05 - drug page (HTML) with a table of milk studies, methotrexate
# ======================================================================
MTX_MP = "milk/plasma ratio"
MTX_RID = "relative infant dose, % of mother's weight-adjusted dose"
DOCS.append({"doc": "an05_methotrexate_drugpage.html", "statements": [
    S("Halvorsen and Brink, 1978 (case report)", "study", "methotrexate", "oral",
      pops=[P(1, "1", "exposed", "mother")],
      doses=[D(20, "mg", "20 mg/day orally", freq="per day")],
      meas=[
          M(3.4, "ng/mL", "concentration", "peak milk methotrexate", matrix="milk", tp="10 h after the dose",
            dose=0, pop=0),
          M(0.09, "{ratio}", "milk_plasma_ratio", MTX_MP, matrix="milk", dose=0, pop=0),
      ],
      cites=[4]),
    S("Berglund, Lind & Sorensen, 2012", "study", "methotrexate", "subcutaneous",
      pops=[P(6, "6", "exposed", "mother")],
      doses=[D(25, "mg", "Single 25 mg subcutaneous dose")],
      meas=[
          M(9.1, "ng/mL", "concentration", "peak milk methotrexate", matrix="milk", stat="mean", dose=0, pop=0),
          M(4.4, "ng/mL", "concentration", "peak milk methotrexate", matrix="milk", high=15.3, stat="range",
            dose=0, pop=0),
          M(0.11, "{ratio}", "milk_plasma_ratio", MTX_MP, matrix="milk", dose=0, pop=0),
          M(0.4, "%", "relative_infant_dose", MTX_RID, dose=0, pop=0),
      ],
      cites=[5]),
    S("Okoro, Adeyemi and Ilori, 2016", "study", "methotrexate", "oral",
      pops=[P(13, "13", "exposed", "mother")],
      doses=[D(7.5, "mg", "7.5\u201320 mg orally once weekly", high=20, freq="once weekly")],
      meas=[
          M(2.1, "ng/mL", "concentration", "milk methotrexate at steady state", matrix="milk", stat="median",
            tp="24 h after the dose", dose=0, pop=0),
          M(0.06, "{ratio}", "milk_plasma_ratio", MTX_MP, matrix="milk", high=0.19, stat="range", dose=0, pop=0),
          M(0.13, "%", "relative_infant_dose", MTX_RID, high=0.9, stat="range", dose=0, pop=0),
      ],
      cites=[6]),
    S("Laine, Savolainen et al., 2019", "study", "methotrexate", "oral",
      pops=[P(4, "4", "exposed", "mother")],
      doses=[D(15, "mg", "15 mg orally once weekly", freq="once weekly")],
      meas=[
          M(1, "ng/mL", "concentration", "milk methotrexate at all times", matrix="milk", q="<", dose=0, pop=0),
          M(1.8, "ng/mL", "concentration", "milk 7-hydroxymethotrexate", matrix="milk",
            analyte="7-hydroxymethotrexate", stat="maximum", dose=0, pop=0),
          M(0.1, "%", "relative_infant_dose", MTX_RID, q="<", dose=0, pop=0),
      ],
      cites=[7]),
    S("Demir, Kaya and Aslan, 2021", "study", "methotrexate", "intramuscular",
      pops=[P(9, "9", "exposed", "mother")],
      doses=[D(1, "mg/kg", "Single 1 mg/kg intramuscular dose")],
      meas=[
          M(12.8, "ng/mL", "concentration", "milk methotrexate", matrix="milk", stat="mean", tp="6 h after the dose",
            dose=0, pop=0),
          M(0.22, "{ratio}", "milk_plasma_ratio", MTX_MP, matrix="milk", dose=0, pop=0),
          M(1.1, "%", "relative_infant_dose", MTX_RID, dose=0, pop=0),
      ],
      cites=[8]),
    S("low-dose weekly regimens (up to 25 mg once a week) expose a breastfed infant",
      "recommendation", "methotrexate", None,
      doses=[D(25, "mg", "up to 25 mg once a week", stat="maximum", freq="once a week")],
      cites=[2, 3]),
    S("In the only controlled follow-up of exposed infants, from a Danish rheumatology network",
      "study", "methotrexate", None,
      pops=[
          P(27, "twenty-seven infants who were breastfed while their mothers took methotrexate once weekly",
            "exposed", "infant"),
          P(31, "31 breastfed infants of mothers with inflammatory arthritis treated with other agents",
            "control", "infant"),
          P(1, "1 exposed infant (3.7%)", "exposed", "infant"),
          P(2, "2 unexposed infants (6.5%)", "control", "infant"),
      ],
      doses=[D(15, "mg", "median 15 mg", stat="median", freq="once weekly")],
      meas=[
          M(3.7, "%", "proportion", "infants with neutropenia", group="exposed", tp="first 6 months", dose=0, pop=0),
          M(6.5, "%", "proportion", "infants with neutropenia", group="unexposed", tp="first 6 months", pop=1),
          M(33.3, "%", "proportion", "respiratory infections needing a doctor's visit", group="exposed",
            tp="first 6 months", dose=0, pop=0),
          M(29.0, "%", "proportion", "respiratory infections needing a doctor's visit", group="unexposed",
            tp="first 6 months", pop=1),
      ],
      comps=[
          C("neutropenia in the first 6 months", [3.7, 6.5], "%", "proportion", "neutropenia",
            ["exposed infant", "unexposed infants"], sig=False),
          C("respiratory infections needing a doctor's visit", [33.3, 29.0], "%", "proportion",
            "respiratory infections needing a doctor's visit", ["exposed infants", "unexposed infants"],
            sig=False, p=0.78, pq="="),
      ],
      cites=[9]),
]})

# ======================================================================
# an06 - conference abstract (plain text), zolmitriptan tablet vs nasal spray crossover
# ======================================================================
DOCS.append({"doc": "an06_zolmitriptan_crossover.txt", "statements": [
    S("Published milk data for zolmitriptan are limited to a case series",
      "study", "zolmitriptan", "oral",
      pops=[P(3, "3 women given a 2.5 mg tablet", "exposed", "mother")],
      doses=[D(2.5, "mg", "a 2.5 mg tablet")],
      meas=[M(3, "ng/mL", "concentration", "milk zolmitriptan (no higher than)", matrix="milk", q="<=",
              dose=0, pop=0)]),
    S("Twelve healthy lactating women between 2 and 6 months postpartum",
      "study", "zolmitriptan", "oral",
      pops=[P(12, "Twelve healthy lactating women between 2 and 6 months postpartum", "exposed", "mother")],
      doses=[
          D(5, "mg", "zolmitriptan 5 mg as an oral tablet"),
          D(5, "mg", "5 mg as a nasal spray"),
      ],
      meas=[
          M(6.3, "ng/mL", "concentration", "peak milk zolmitriptan", matrix="milk", stat="mean", group="tablet",
            dose=0, pop=0),
          M(4.9, "ng/mL", "concentration", "peak milk zolmitriptan", matrix="milk", stat="mean", group="spray",
            dose=1, pop=0),
          M(8.8, "ng/mL", "concentration", "peak plasma zolmitriptan", matrix="maternal_blood", stat="mean",
            group="tablet", dose=0, pop=0),
          M(7.5, "ng/mL", "concentration", "peak plasma zolmitriptan", matrix="maternal_blood", stat="mean",
            group="spray", dose=1, pop=0),
          M(3.4, "h", "half_life", "elimination half-life in milk", matrix="milk", group="tablet", dose=0, pop=0),
          M(3.1, "h", "half_life", "elimination half-life in milk", matrix="milk", group="spray", dose=1, pop=0),
          M(2.9, "h", "half_life", "elimination half-life in plasma", matrix="maternal_blood", group="tablet",
            dose=0, pop=0),
          M(2.8, "h", "half_life", "elimination half-life in plasma", matrix="maternal_blood", group="spray",
            dose=1, pop=0),
          M(0.71, "{ratio}", "milk_plasma_ratio", "milk-to-plasma AUC ratio", matrix="milk", group="tablet",
            dose=0, pop=0),
          M(0.66, "{ratio}", "milk_plasma_ratio", "milk-to-plasma AUC ratio", matrix="milk", group="spray",
            dose=1, pop=0),
          M(2.4, "ng/mL", "concentration", "peak milk N-desmethylzolmitriptan", matrix="milk",
            analyte="n-desmethylzolmitriptan", stat="median", group="tablet", dose=0, pop=0),
          M(1.1, "ng/mL", "concentration", "peak milk N-desmethylzolmitriptan", matrix="milk",
            analyte="n-desmethylzolmitriptan", high=4.0, stat="range", group="tablet", dose=0, pop=0),
          M(1.9, "ng/mL", "concentration", "peak milk N-desmethylzolmitriptan", matrix="milk",
            analyte="n-desmethylzolmitriptan", stat="median", group="spray", dose=1, pop=0),
          M(0.8, "ng/mL", "concentration", "peak milk N-desmethylzolmitriptan", matrix="milk",
            analyte="n-desmethylzolmitriptan", high=3.6, stat="range", group="spray", dose=1, pop=0),
          M(11.2, "ug", "amount_excreted", "zolmitriptan recovered in milk over 24 h", group="tablet",
            tp="over 24 h", dose=0, pop=0),
          M(8.1, "ug", "amount_excreted", "zolmitriptan recovered in milk over 24 h", group="spray",
            tp="over 24 h", dose=1, pop=0),
          M(0.22, "%", "amount_excreted", "amount recovered in milk over 24 h, % of the dose", group="tablet",
            tp="over 24 h", dose=0, pop=0),
          M(0.16, "%", "amount_excreted", "amount recovered in milk over 24 h, % of the dose", group="spray",
            tp="over 24 h", dose=1, pop=0),
          M(5.8, "ng/mL", "concentration", "peak milk zolmitriptan", matrix="milk", group="period 1", pop=0),
          M(5.4, "ng/mL", "concentration", "peak milk zolmitriptan", matrix="milk", group="period 2", pop=0),
          M(0.9, "%", "relative_infant_dose", "relative infant dose", group="tablet", dose=0, pop=0),
          M(0.6, "%", "relative_infant_dose", "relative infant dose", group="spray", dose=1, pop=0),
          M(1.7, "ug/kg", "infant_dose", "estimated infant dose per day", group="tablet", dose=0, pop=0),
          M(1.2, "ug/kg", "infant_dose", "estimated infant dose per day", group="spray", dose=1, pop=0),
      ],
      comps=[
          C("peak milk zolmitriptan, tablet vs spray", [6.3, 4.9], "ng/mL", "concentration",
            "peak milk zolmitriptan", ["tablet", "spray"], sig=True, p=0.02, pq="="),
          C("peak plasma zolmitriptan, tablet vs spray", [8.8, 7.5], "ng/mL", "concentration",
            "peak plasma concentrations", ["tablet", "spray"], sig=False, p=0.09, pq="="),
          C("milk half-life, tablet vs spray", [3.4, 3.1], "h", "half_life",
            "elimination half-life in milk", ["tablet", "spray"], sig=False, p=0.2, pq=">"),
          C("plasma half-life, tablet vs spray", [2.9, 2.8], "h", "half_life",
            "elimination half-life in plasma", ["tablet", "spray"], sig=False, p=0.2, pq=">"),
          C("milk-to-plasma AUC ratio, tablet vs spray", [0.71, 0.66], "{ratio}", "milk_plasma_ratio",
            "milk-to-plasma AUC ratio", ["tablet", "spray"]),
          C("median peak milk N-desmethylzolmitriptan, tablet vs spray", [2.4, 1.9], "ng/mL", "concentration",
            "median peak milk N-desmethylzolmitriptan", ["tablet", "spray"]),
          C("amount recovered in milk over 24 h, tablet vs spray", [11.2, 8.1], "ug", "amount_excreted",
            "zolmitriptan recovered in milk over 24 h", ["tablet", "spray"], sig=True, p=0.006, pq="="),
          C("percentage of dose recovered in milk over 24 h, tablet vs spray", [0.22, 0.16], "%",
            "amount_excreted", "percentage of the dose recovered in milk over 24 h", ["tablet", "spray"],
            sig=True, p=0.006, pq="="),
          C("peak milk zolmitriptan, period 1 vs period 2", [5.8, 5.4], "ng/mL", "concentration",
            "peak milk levels (period effect)", ["period 1", "period 2"], sig=False, p=0.57, pq="="),
          C("relative infant dose, tablet vs spray", [0.9, 0.6], "%", "relative_infant_dose",
            "relative infant dose", ["tablet", "spray"]),
          C("estimated infant dose per day, tablet vs spray", [1.7, 1.2], "ug/kg", "infant_dose",
            "estimated infant dose", ["tablet", "spray"]),
      ]),
]})


def main():
    with open(OUT, "w", encoding="utf-8") as fh:
        for doc in DOCS:
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
    print("wrote %d documents to %s" % (len(DOCS), os.path.normpath(OUT)))


if __name__ == "__main__":
    main()
