#!/usr/bin/env python3
"""Gold annotations for the held-out corpus 'ap' (FORMAT.md version 2).

Running this file writes ../gold.jsonl (one JSON line per document, same
keys and structure as /work/shared/gold/dev.jsonl) and ./spans.json, a
side file used only by check.py: for every statement the snippet that ends
its stretch of text (and, where needed, the snippet that starts it), plus
each document's citation style.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


# ---------------------------------------------------------------- helpers
def P(n, text, role="exposed", who="mother"):
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


def S(anchor, drug, populations=(), doses=(), measurements=(), comparisons=(),
      citations=(), kind="study", route=None, end=None, start=None):
    st = {"anchor": anchor, "kind": kind, "drug": drug, "route": route,
          "populations": list(populations), "doses": list(doses),
          "measurements": list(measurements),
          "comparisons": list(comparisons), "citations": list(citations)}
    return st, {"anchor": anchor, "start": start, "end": end}


RID = "relative_infant_dose"
MILK = "milk"
MB = "maternal_blood"
IB = "infant_blood"

DOCS = []  # (doc, citation_style, [(statement, span), ...])

# ====================================================================
# ap01  dosulepin  LactMed-style "Drug Levels" excerpt (Markdown)
# ====================================================================
ap01 = []
ap01.append(S(
    "Eight nursing mothers who were taking dosulepin 75 mg once daily at bedtime",
    "dosulepin",
    populations=[P(8, "Eight nursing mothers")],
    doses=[D(75, "mg", "dosulepin 75 mg once daily at bedtime",
             frequency="once daily at bedtime")],
    measurements=[
        M(48, "ug/L", "peak milk dosulepin", "concentration", MILK, stat="mean",
          timepoint="about 4 hours after the dose", dose=0, population=0),
        M(29, "ug/L", "average milk dosulepin over the dosing interval",
          "concentration", MILK, stat="mean", dose=0, population=0),
        M(22, "ug/L", "peak milk northiaden", "concentration", MILK,
          analyte="northiaden", stat="mean", dose=0, population=0),
        M(61, "ug/L", "milk dosulepin S-oxide", "concentration", MILK,
          analyte="dosulepin s-oxide", stat="mean", dose=0, population=0),
        M(4.4, "ug/kg", "estimated infant dosulepin dose per day", "infant_dose",
          dose=0, population=0),
        M(0.41, "%", "estimated infant dose, % of maternal weight-adjusted dosage",
          RID, dose=0, population=0),
        M(1.5, "%", "estimated infant dose including both metabolites, % of maternal weight-adjusted dosage",
          RID, analyte="dosulepin plus northiaden and dosulepin s-oxide",
          dose=0, population=0),
    ],
    citations=[1],
    end="with both metabolites included the figure was 1.5%.[1]"))

ap01.append(S(
    "14 women were grouped by their prescribed dosage",
    "dosulepin",
    populations=[P(14, "14 women", role="total"),
                 P(6, "6 took dosulepin 75 mg daily"),
                 P(8, "8 took 150 mg daily")],
    doses=[D(75, "mg", "dosulepin 75 mg daily", frequency="per day"),
           D(150, "mg", "150 mg daily", frequency="per day")],
    measurements=[
        M(33, "ug/L", "average milk dosulepin", "concentration", MILK,
          stat="mean", group="lower dosage (75 mg daily)", dose=0, population=1),
        M(71, "ug/L", "average milk dosulepin", "concentration", MILK,
          stat="mean", group="higher dosage (150 mg daily)", dose=1, population=2),
        M(18, "ug/L", "average milk northiaden", "concentration", MILK,
          analyte="northiaden", stat="mean", group="lower dosage (75 mg daily)",
          dose=0, population=1),
        M(39, "ug/L", "average milk northiaden", "concentration", MILK,
          analyte="northiaden", stat="mean", group="higher dosage (150 mg daily)",
          dose=1, population=2),
        M(0.9, "{ratio}", "milk-to-plasma ratio of dosulepin", "milk_plasma_ratio",
          MILK, stat="mean", dose=None, population=0),
    ],
    comparisons=[
        C("average milk dosulepin, 75 mg vs 150 mg daily", [33, 71], "ug/L",
          "concentration", "average milk dosulepin concentrations",
          ["lower dosage (75 mg daily)", "higher dosage (150 mg daily)"]),
        C("average milk northiaden, 75 mg vs 150 mg daily", [18, 39], "ug/L",
          "concentration", "northiaden concentrations in milk",
          ["lower dosage (75 mg daily)", "higher dosage (150 mg daily)"]),
    ],
    citations=[2],
    start="In a study from Scotland, 14 women",
    end="did not differ between the two dosage groups.[2]"))

ap01.append(S(
    "A woman who was taking dosulepin 225 mg daily had milk sampled",
    "dosulepin",
    doses=[D(225, "mg", "dosulepin 225 mg daily", frequency="per day")],
    measurements=[
        M(96, "ug/L", "milk dosulepin", "concentration", MILK,
          timepoint="just before the morning dose", dose=0),
        M(215, "ug/L", "milk dosulepin", "concentration", MILK,
          timepoint="1 hour after the dose", dose=0),
        M(178, "ug/L", "milk dosulepin", "concentration", MILK,
          timepoint="3 hours after the dose", dose=0),
        M(140, "ug/L", "milk dosulepin", "concentration", MILK,
          timepoint="6 hours after the dose", dose=0),
        M(110, "ug/L", "milk dosulepin", "concentration", MILK,
          timepoint="9 hours after the dose", dose=0),
        M(162, "ug/L", "foremilk dosulepin", "concentration", MILK,
          group="foremilk", timepoint="3-hour feed", dose=0),
        M(231, "ug/L", "hindmilk dosulepin", "concentration", MILK,
          group="hindmilk", timepoint="3-hour feed", dose=0),
        M(148, "ug/L", "average milk dosulepin over the interval", "concentration",
          MILK, stat="mean", dose=0),
        M(0.7, "%", "relative infant dose", RID, dose=0),
    ],
    comparisons=[
        C("milk dosulepin at the 3-hour feed, foremilk vs hindmilk", [162, 231],
          "ug/L", "concentration", "dosulepin in milk at the 3-hour feed",
          ["foremilk", "hindmilk"]),
    ],
    citations=[3],
    end="calculated a relative infant dose of 0.7%.[3]"))

ap01.append(S(
    "Paired milk and serum samples were obtained from 11 mothers",
    "dosulepin",
    populations=[P(11, "11 mothers taking a median dosulepin dosage of 125 mg daily")],
    doses=[D(125, "mg", "a median dosulepin dosage of 125 mg daily", stat="median",
             frequency="per day"),
           D(50, "mg", "range 50 to 225 mg", amount_high=225, stat="range",
             frequency="per day")],
    measurements=[
        M(57, "ug/L", "milk dosulepin", "concentration", MILK, stat="median",
          dose=0, population=0),
        M(10, "ug/L", "milk dosulepin", "concentration", MILK, value_high=190,
          stat="range", dose=0, population=0),
        M(61, "ug/L", "maternal serum dosulepin", "concentration", MB,
          stat="median", dose=0, population=0),
        M(93, "%", "milk level, % of serum level", "milk_plasma_ratio", MILK,
          dose=0, population=0),
        M(34, "ug/L", "milk northiaden", "concentration", MILK,
          analyte="northiaden", stat="median", dose=0, population=0),
        M(0.3, "%", "expected infant dose of parent drug, % of maternal weight-adjusted dosage",
          RID, value_high=1.2, qualifier="~", dose=0, population=0),
    ],
    citations=[4],
    end="maternal weight-adjusted dosage of the parent drug.[4]"))

ap01.append(S(
    "After a single 50 mg dose given to 4 women who were no longer nursing",
    "dosulepin",
    populations=[P(4, "4 women who were no longer nursing")],
    doses=[D(50, "mg", "a single 50 mg dose")],
    measurements=[
        M(23, "ug", "dosulepin recovered in milk over 24 hours", "amount_excreted",
          timepoint="over 24 hours", dose=0, population=0),
        M(41, "ug", "northiaden recovered in milk over 24 hours", "amount_excreted",
          analyte="northiaden", timepoint="over 24 hours", dose=0, population=0),
        M(0.046, "%", "amount in milk as parent drug, % of dose", "amount_excreted",
          dose=0, population=0),
        M(21, "h", "dosulepin half-life in milk", "half_life", MILK,
          dose=0, population=0),
        M(14, "h", "dosulepin half-life in milk", "half_life", MILK,
          value_high=33, stat="range", dose=0, population=0),
    ],
    citations=[5],
    end="(range 14 to 33 hours).[5]"))

ap01.append(S(
    "Serum was drawn from 6 breastfed infants, aged 2 to 14 weeks",
    "dosulepin",
    populations=[P(6, "6 breastfed infants", who="infant"),
                 P(2, "2 infants", who="infant"),
                 P(4, "the other 4", who="infant")],
    doses=[D(75, "mg", "75 to 150 mg of dosulepin daily", amount_high=150,
             frequency="per day")],
    measurements=[
        M(2, "ug/L", "infant serum dosulepin (undetectable)", "concentration", IB,
          qualifier="<", dose=0, population=0),
        M(4, "ug/L", "infant serum northiaden", "concentration", IB,
          analyte="northiaden", dose=0, population=1),
        M(7, "ug/L", "infant serum northiaden", "concentration", IB,
          analyte="northiaden", dose=0, population=1),
    ],
    citations=[2],
    end="could not be detected in the other 4.[2]"))

ap01.append(S(
    "Plasma samples from 15 mother-infant pairs were analyzed 1 to 20 weeks postpartum",
    "dosulepin",
    populations=[P(15, "15 mother-infant pairs", who="pair")],
    doses=[D(110, "mg", "an average of 110 mg of dosulepin daily", stat="mean",
             frequency="per day"),
           D(150, "mg", "150 mg daily", frequency="per day")],
    measurements=[
        M(3, "%", "infant dosulepin plus northiaden, % of simultaneous maternal levels",
          "infant_plasma_ratio", IB, analyte="dosulepin plus northiaden",
          stat="mean", dose=0, population=0),
        M(0, "%", "infant dosulepin plus northiaden, % of simultaneous maternal levels",
          "infant_plasma_ratio", IB, analyte="dosulepin plus northiaden",
          value_high=9, stat="range", dose=0, population=0),
        M(11, "ug/L", "highest infant plasma dosulepin plus northiaden",
          "concentration", IB, analyte="dosulepin plus northiaden",
          stat="maximum", dose=1, population=None),
    ],
    citations=[6],
    end="whose mother took 150 mg daily.[6]"))

ap01.append(S(
    "Two infants whose mothers took 150 mg daily had serum dosulepin levels",
    "dosulepin",
    populations=[P(2, "Two infants", who="infant")],
    doses=[D(150, "mg", "150 mg daily", frequency="per day")],
    measurements=[
        M(1.8, "ug/L", "infant serum dosulepin", "concentration", IB,
          timepoint="5 weeks of age", dose=0, population=0),
        M(2.4, "ug/L", "infant serum dosulepin", "concentration", IB,
          timepoint="8 weeks of age", dose=0, population=0),
        M(1.5, "%", "infant serum dosulepin, % of maternal serum levels",
          "infant_plasma_ratio", IB, qualifier="~", dose=0, population=0),
        M(5.1, "ug/L", "infant serum northiaden", "concentration", IB,
          analyte="northiaden", dose=0, population=0),
        M(3.9, "ug/L", "infant serum northiaden", "concentration", IB,
          analyte="northiaden", dose=0, population=0),
    ],
    citations=[7],
    end="measured 5.1 and 3.9 mcg/L in the same samples.[7]"))
DOCS.append(("ap01_dosulepin_lactmed.md", "bracket", ap01))

# ====================================================================
# ap02  remifentanil  PubMed-style RCT abstract (plain text)
# ====================================================================
BO, INF = "bolus-only PCA", "infusion PCA"
ap02 = [S(
    "124 labouring women at term were randomly allocated to intravenous remifentanil PCA",
    "remifentanil", route="intravenous",
    populations=[
        P(124, "124 labouring women at term", role="total"),
        P(62, "bolus-only group, n = 62"),
        P(62, "infusion group, n = 62"),
        P(60, "60 and 59 mother-infant pairs", who="pair"),
        P(59, "60 and 59 mother-infant pairs", who="pair"),
        P(7, "7 of 60 neonates", who="infant"),
        P(9, "9 of 59 (15.3%)", who="infant"),
        P(10, "10 (16.7%)", who="infant"),
        P(14, "14 (23.7%) newborns", who="infant"),
    ],
    doses=[
        D(30, "ug", "a fixed 30 mcg bolus"),
        D(0.025, "ug/kg", "a background infusion of 0.025 mcg/kg/min",
          frequency="per minute"),
        D(20, "ug", "a 20 mcg bolus"),
    ],
    measurements=[
        M(11.7, "%", "neonates needing respiratory support", "proportion",
          group=BO, dose=0, population=3),
        M(15.3, "%", "neonates needing respiratory support", "proportion",
          group=INF, dose=1, population=4),
        M(16.7, "%", "one-minute Apgar score below 7", "proportion",
          group=BO, dose=0, population=3),
        M(23.7, "%", "one-minute Apgar score below 7", "proportion",
          group=INF, dose=1, population=4),
        M(52, "min", "time to first breastfeed", "other", stat="median",
          group=BO, dose=0, population=3),
        M(61, "min", "time to first breastfeed", "other", stat="median",
          group=INF, dose=1, population=4),
        M(0.74, "{ratio}", "umbilical venous to maternal arterial remifentanil ratio",
          "infant_plasma_ratio", "cord_blood", stat="mean", group=BO,
          timepoint="at delivery", dose=0, population=3),
        M(0.71, "{ratio}", "umbilical venous to maternal arterial remifentanil ratio",
          "infant_plasma_ratio", "cord_blood", stat="mean", group=INF,
          timepoint="at delivery", dose=1, population=4),
        M(2.9, "mg", "total remifentanil consumption", "other", group=INF,
          dose=1, population=4),
        M(2.1, "mg", "total remifentanil consumption", "other", group=BO,
          dose=0, population=3),
    ],
    comparisons=[
        C("neonatal respiratory support, bolus-only vs infusion", [11.7, 15.3], "%",
          "proportion", "respiratory support required by neonates",
          ["bolus-only PCA", "infusion PCA"], False, 0.56, "="),
        C("one-minute Apgar below 7, bolus-only vs infusion", [16.7, 23.7], "%",
          "proportion", "one-minute Apgar scores below 7",
          ["bolus-only", "infusion"], False, 0.34, "="),
        C("median time to first breastfeed, bolus-only vs infusion", [52, 61], "min",
          "other", "time to first breastfeed",
          ["bolus-only group", "infusion group"], False, 0.09, "="),
        C("cord/maternal remifentanil ratio, bolus-only vs infusion", [0.74, 0.71],
          "{ratio}", "infant_plasma_ratio",
          "umbilical venous to maternal arterial remifentanil ratios",
          ["bolus-only", "infusion"], False, 0.5, ">"),
        C("total remifentanil consumption, infusion vs bolus-only", [2.9, 2.1], "mg",
          "other", "total remifentanil consumption",
          ["infusion", "bolus-only"], True, 0.001, "<"),
    ],
    citations=[],
    start="METHODS: In this single-centre",
    end="or in the timing of the first breastfeed.")]
DOCS.append(("ap02_remifentanil_abstract.txt", "none", ap02))

# ====================================================================
# ap03  natalizumab  evidence-summary web page (HTML)
# ====================================================================
ap03 = []
ap03.append(S(
    "A prospective study from a multiple sclerosis centre enrolled 9 women",
    "natalizumab", route="intravenous",
    populations=[P(9, "9 women who restarted natalizumab")],
    doses=[D(300, "mg", "natalizumab 300 mg by intravenous infusion every 4 weeks",
             frequency="every 4 weeks")],
    measurements=[
        M(0.014, "ug/mL", "milk natalizumab", "concentration", MILK, stat="median",
          dose=0, population=0),
        M(0.002, "ug/mL", "milk natalizumab", "concentration", MILK,
          value_high=0.053, stat="range", dose=0, population=0),
        M(0.07, "%", "milk level, % of maternal trough serum concentration",
          "milk_plasma_ratio", MILK, qualifier="~", dose=0, population=0),
        M(2.1, "ug/kg", "estimated infant natalizumab dose per day", "infant_dose",
          stat="median", dose=0, population=0),
        M(1.2, "%", "infant dose, % of maternal weight-adjusted dose", RID,
          stat="median", dose=0, population=0),
        M(4.5, "%", "highest individual infant dose, % of maternal weight-adjusted dose",
          RID, stat="maximum", dose=0, population=0),
    ],
    citations=[1],
    end="the highest individual estimate reached 4.5%. [1]"))

ap03.append(S(
    "Five mothers in a German case series resumed natalizumab 300 mg",
    "natalizumab",
    populations=[P(5, "Five mothers"),
                 P(3, "3 of the infants", who="infant"),
                 P(2, "two of them", who="infant")],
    doses=[D(300, "mg", "natalizumab 300 mg")],
    measurements=[
        M(0.005, "ug/mL", "mean trough milk natalizumab", "concentration", MILK,
          stat="mean", group="before", timepoint="before the first postpartum infusion",
          dose=0, population=0),
        M(0.036, "ug/mL", "mean trough milk natalizumab", "concentration", MILK,
          stat="mean", group="after", timepoint="after six infusions",
          dose=0, population=0),
        M(160, "%", "rise in milk level between the second and third infusions",
          "change", dose=0, population=None),
        M(0.1, "ug/mL", "infant serum natalizumab (undetectable)", "concentration",
          IB, qualifier="<", timepoint="8 weeks of age", dose=0, population=2),
        M(0.9, "ug/mL", "infant serum natalizumab", "concentration", IB,
          timepoint="8 weeks of age", dose=0, population=None),
        M(2.5, "%", "infant serum level, % of maternal serum concentration",
          "infant_plasma_ratio", IB, qualifier="~", dose=0, population=None),
    ],
    comparisons=[
        C("mean trough milk natalizumab, before vs after repeated infusions",
          [0.005, 0.036], "ug/mL", "concentration",
          "mean trough milk concentration",
          ["before the first postpartum infusion", "after six infusions"]),
    ],
    citations=[2],
    end="about 2.5% of her mother\u2019s serum concentration. [2]"))

ap03.append(S(
    "A registry analysis set 87 infants who were breastfed",
    "natalizumab",
    populations=[P(87, "87 infants who were breastfed while their mothers received natalizumab", who="infant"),
                 P(64, "64 formula-fed infants", role="control", who="infant"),
                 P(6, "6 breastfed infants (6.9%)", who="infant"),
                 P(5, "5 formula-fed infants (7.8%)", role="control", who="infant")],
    measurements=[
        M(6.9, "%", "infants admitted to hospital with an infection in the first year",
          "proportion", group="breastfed", population=0),
        M(7.8, "%", "infants admitted to hospital with an infection in the first year",
          "proportion", group="formula-fed", population=1),
        M(9480, "g", "mean body weight at 12 months", "other", stat="mean",
          group="breastfed", population=0),
        M(9530, "g", "mean body weight at 12 months", "other", stat="mean",
          group="formula-fed", population=1),
        M(4.6, "%", "abnormal developmental screening at 12 months", "proportion",
          group="breastfed", population=0),
        M(6.3, "%", "abnormal developmental screening at 12 months", "proportion",
          group="formula-fed", population=1),
    ],
    comparisons=[
        C("hospital admission with infection, breastfed vs formula-fed", [6.9, 7.8],
          "%", "proportion", "admitted to hospital with an infection during the first year",
          ["breastfed infants", "formula-fed infants"], False, 0.83, "="),
        C("body weight at 12 months, breastfed vs formula-fed", [9480, 9530], "g",
          "other", "mean body weight at 12 months",
          ["breastfed", "formula-fed"], False),
        C("abnormal developmental screening, breastfed vs formula-fed", [4.6, 6.3],
          "%", "proportion", "abnormal developmental screening",
          ["breastfed", "formula-fed infants"]),
    ],
    citations=[3],
    end="6.3% of formula-fed infants. [3]"))
DOCS.append(("ap03_natalizumab_evidence.html", "bracket", ap03))

# ====================================================================
# ap04  ethambutol  conference abstract (plain text)
# ====================================================================
LO, HI = "15 mg/kg", "25 mg/kg"
ap04 = [S(
    "Fourteen lactating women 2-16 weeks postpartum receiving oral ethambutol",
    "ethambutol", route="oral",
    populations=[P(14, "Fourteen lactating women 2-16 weeks postpartum", role="total"),
                 P(8, "8 were taking 15 mg/kg once daily"),
                 P(6, "6 were taking 25 mg/kg once daily"),
                 P(5, "the 5 infants sampled", who="infant")],
    doses=[D(15, "mg/kg", "15 mg/kg once daily", frequency="once daily"),
           D(25, "mg/kg", "25 mg/kg once daily", frequency="once daily")],
    measurements=[
        M(0.98, "{ratio}", "milk/plasma AUC ratio", "milk_plasma_ratio", MILK,
          group=LO, dose=0, population=1),
        M(1.04, "{ratio}", "milk/plasma AUC ratio", "milk_plasma_ratio", MILK,
          group=HI, dose=1, population=2),
        M(1.4, "mg/L", "average steady-state milk ethambutol", "concentration", MILK,
          stat="mean", group=LO, dose=0, population=1),
        M(2.5, "mg/L", "average steady-state milk ethambutol", "concentration", MILK,
          stat="mean", group=HI, dose=1, population=2),
        M(4.6, "h", "ethambutol half-life in milk", "half_life", MILK,
          group="lower-dose group", dose=0, population=1),
        M(3.9, "h", "ethambutol half-life in plasma", "half_life", MB,
          group="lower-dose group", dose=0, population=1),
        M(4.9, "h", "ethambutol half-life in milk", "half_life", MILK,
          group="higher-dose group", dose=1, population=2),
        M(4.1, "h", "ethambutol half-life in plasma", "half_life", MB,
          group="higher-dose group", dose=1, population=2),
        M(0.21, "mg/kg", "estimated infant ethambutol dose per day", "infant_dose",
          group=LO, dose=0, population=1),
        M(0.37, "mg/kg", "estimated infant ethambutol dose per day", "infant_dose",
          group=HI, dose=1, population=2),
        M(1.4, "%", "infant dose, % of maternal weight-adjusted dose", RID,
          group=LO, dose=0, population=1),
        M(1.5, "%", "infant dose, % of maternal weight-adjusted dose", RID,
          group=HI, dose=1, population=2),
        M(0.2, "mg/L", "infant plasma ethambutol (below limit of quantification)",
          "concentration", IB, qualifier="<", dose=None, population=3),
    ],
    comparisons=[
        C("milk/plasma AUC ratio, 15 vs 25 mg/kg", [0.98, 1.04], "{ratio}",
          "milk_plasma_ratio", "milk/plasma AUC ratio", [LO, HI], False, 0.52, "="),
        C("average milk ethambutol, 15 vs 25 mg/kg", [1.4, 2.5], "mg/L",
          "concentration", "average steady-state milk concentrations", [LO, HI]),
        C("half-life in milk, lower vs higher dose", [4.6, 4.9], "h", "half_life",
          "half-life in milk", ["lower-dose group", "higher-dose group"]),
        C("half-life in plasma, lower vs higher dose", [3.9, 4.1], "h", "half_life",
          "half-life in plasma", ["lower-dose group", "higher-dose group"]),
        C("estimated infant dose, 15 vs 25 mg/kg", [0.21, 0.37], "mg/kg",
          "infant_dose", "estimated infant dose", [LO, HI], True, 0.01, "<"),
        C("relative infant dose, 15 vs 25 mg/kg", [1.4, 1.5], "%", RID,
          "percentage of the maternal weight-adjusted dose", [LO, HI], False, 0.78, "="),
    ],
    citations=[],
    start="Methods: Fourteen lactating women",
    end="Breastfeeding need not be interrupted.")]
DOCS.append(("ap04_ethambutol_conference.txt", "none", ap04))

# ====================================================================
# ap05  vitamin D3  trial-registry results page (Markdown tables)
# ====================================================================
MH, ID = "Maternal High-Dose", "Infant Direct"
ap05 = [S(
    "Exclusively breastfeeding mothers and their infants were enrolled at 4 to 6 weeks postpartum",
    "vitamin d3", route="oral",
    populations=[
        P(95, "Overall Number of Baseline Participants | 48 | 47 | 95", role="total", who="pair"),
        P(48, "STARTED | 48 | 47", who="pair"),
        P(47, "STARTED | 48 | 47", who="pair"),
        P(41, "COMPLETED | 41 | 43", who="pair"),
        P(43, "COMPLETED | 41 | 43", who="pair"),
        P(7, "NOT COMPLETED | 7 | 4", who="pair"),
        P(4, "NOT COMPLETED | 7 | 4", who="pair"),
        P(3, "3 (7.3%)", who="infant"),
        P(2, "2 (4.7%)", who="infant"),
    ],
    doses=[
        D(6400, "[IU]", "vitamin D3 6,400 IU orally once daily for 6 months",
          frequency="once daily", duration="for 6 months"),
        D(400, "[IU]", "vitamin D3 400 IU orally once daily for 6 months",
          frequency="once daily", duration="for 6 months"),
        D(400, "[IU]", "vitamin D3 drops 400 IU daily", recipient="infant",
          frequency="per day"),
    ],
    measurements=[
        M(37.9, "ng/mL", "infant serum 25-hydroxyvitamin D", "concentration", IB,
          analyte="25-hydroxyvitamin d", stat="mean", group=MH,
          timepoint="6 months after randomization", dose=0, population=3),
        M(40.6, "ng/mL", "infant serum 25-hydroxyvitamin D", "concentration", IB,
          analyte="25-hydroxyvitamin d", stat="mean", group=ID,
          timepoint="6 months after randomization", dose=1, population=4),
        M(-2.7, "ng/mL", "mean difference in infant serum 25-hydroxyvitamin D, Maternal High-Dose minus Infant Direct",
          "other", analyte="25-hydroxyvitamin d"),
        M(7.3, "%", "infants with vitamin D deficiency (serum 25(OH)D below 20 ng/mL)",
          "proportion", group=MH, timepoint="6 months after randomization",
          dose=0, population=3),
        M(4.7, "%", "infants with vitamin D deficiency (serum 25(OH)D below 20 ng/mL)",
          "proportion", group=ID, timepoint="6 months after randomization",
          dose=1, population=4),
    ],
    comparisons=[
        C("infant serum 25(OH)D, Maternal High-Dose vs Infant Direct", [37.9, 40.6],
          "ng/mL", "concentration", "infant serum 25-hydroxyvitamin D concentration",
          [MH, ID], False, 0.35, "="),
        C("infants with vitamin D deficiency, Maternal High-Dose vs Infant Direct",
          [7.3, 4.7], "%", "proportion", "number of infants with vitamin D deficiency",
          [MH, ID], False, 0.67, "="),
    ],
    citations=[],
    start="**Recruitment Details:** Exclusively",
    end="| Statistical Method | Fisher Exact |")]
DOCS.append(("ap05_vitamind3_registry.md", "none", ap05))

# ====================================================================
# ap06  oxazepam  drug information leaflet for health professionals
# ====================================================================
ap06 = []
ap06.append(S(
    "In a pharmacokinetic study in 4 breast-feeding women given 15 mg three times daily",
    "oxazepam",
    populations=[P(4, "4 breast-feeding women"),
                 P(1, "the one infant sampled", who="infant")],
    doses=[D(15, "mg", "15 mg three times daily for 3 days",
             frequency="three times daily", duration="for 3 days")],
    measurements=[
        M(24, "ng/mL", "milk oxazepam", "concentration", MILK, value_high=30,
          stat="range", timepoint="2 hours after the morning dose", dose=0,
          population=0),
        M(0.10, "{ratio}", "milk/plasma ratio", "milk_plasma_ratio", MILK,
          value_high=0.22, dose=0, population=0),
        M(4.5, "ug/kg", "estimated infant oxazepam intake per day", "infant_dose",
          qualifier="~", stat="maximum", dose=0, population=0),
        M(0.6, "%", "infant intake, % of weight-adjusted maternal dose", RID,
          stat="maximum", dose=0, population=0),
        M(5, "ng/mL", "infant plasma oxazepam (below limit of detection)",
          "concentration", IB, qualifier="<", dose=0, population=1),
    ],
    citations=[1],
    end="in the one infant sampled."))

ap06.append(S(
    "A prospective observational cohort compared 58 breast-fed infants",
    "oxazepam",
    populations=[P(58, "58 breast-fed infants of mothers taking oxazepam", who="infant"),
                 P(116, "116 age-matched breast-fed infants whose mothers took no psychotropic medicine",
                   role="control", who="infant"),
                 P(3, "3 exposed infants", who="infant"),
                 P(2, "2 unexposed infants", role="control", who="infant")],
    doses=[D(20, "mg", "median 20 mg/day", stat="median", frequency="per day"),
           D(10, "mg", "range 10-60 mg/day", amount_high=60, stat="range",
             frequency="per day")],
    measurements=[
        M(5.2, "%", "infants with sedation", "proportion", group="exposed infants",
          dose=0, population=0),
        M(1.7, "%", "infants with sedation", "proportion", group="unexposed infants",
          population=1),
        M(2540, "g", "weight gain over the first 3 months", "other", stat="mean",
          group="exposed", dose=0, population=0),
        M(2610, "g", "weight gain over the first 3 months", "other", stat="mean",
          group="unexposed", population=1),
    ],
    comparisons=[
        C("sedation, exposed vs unexposed infants", [5.2, 1.7], "%", "proportion",
          "sedation reported", ["exposed infants", "unexposed infants"],
          False, 0.33, "="),
        C("weight gain over the first 3 months, exposed vs unexposed", [2540, 2610],
          "g", "other", "weight gain over the first 3 months",
          ["exposed", "unexposed"], False, 0.29, "="),
    ],
    citations=[2],
    end="recovered without intervention."))

ap06.append(S(
    "Oxazepam may be used during breast-feeding at doses up to 30 mg daily",
    "oxazepam", kind="recommendation",
    doses=[D(30, "mg", "doses up to 30 mg daily", stat="maximum",
             frequency="per day", duration="for short periods")],
    citations=[],
    end="should prompt consideration of an alternative."))
DOCS.append(("ap06_oxazepam_leaflet.txt", "paren", ap06))


# ---------------------------------------------------------------- write
def main():
    gold_lines, spans = [], {}
    for doc, style, items in DOCS:
        gold_lines.append(json.dumps({"doc": doc,
                                      "statements": [st for st, _ in items]},
                                     ensure_ascii=False))
        spans[doc] = {"citation_style": style, "statements": [sp for _, sp in items]}
    with open(os.path.join(ROOT, "gold.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(gold_lines) + "\n")
    with open(os.path.join(HERE, "spans.json"), "w", encoding="utf-8") as f:
        json.dump(spans, f, ensure_ascii=False, indent=1)
    print("wrote gold.jsonl (%d documents, %d statements)" %
          (len(DOCS), sum(len(i) for _, _, i in DOCS)))


if __name__ == "__main__":
    main()
