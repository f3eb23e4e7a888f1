#!/usr/bin/env python3
"""Held-out gold (set "as"): the annotations of texts/ written as code.

Running this script writes ../gold.jsonl (one JSON line per document, same keys
and structure as /work/shared/gold/dev.jsonl, FORMAT.md version 2) and
./stretch_ends.json (a private helper for check.py: for every statement, a
verbatim snippet that closes its stretch of text; it is not part of the gold).
Everything in the texts is invented (SYNTHETIC).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


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


def M(value, unit, measure, kind, matrix=None, analyte=None, dose=None,
      population=None, value_high=None, qualifier=None, stat=None, group=None,
      timepoint=None):
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


def S(anchor, end, kind, drug, route, populations=(), doses=(),
      measurements=(), comparisons=(), citations=()):
    st = {"anchor": anchor, "kind": kind, "drug": drug, "route": route,
          "populations": list(populations), "doses": list(doses),
          "measurements": list(measurements),
          "comparisons": list(comparisons), "citations": list(citations)}
    return st, end


RID = "relative_infant_dose"
CONC = "concentration"
PROP = "proportion"
MPR = "milk_plasma_ratio"
HL = "half_life"

DOCS = []

# ======================================================================
# as01 - LactMed-style record, primaquine
# ======================================================================
DOCS.append(("as01_primaquine_lactmed.txt", [
    S("With maternal doses of up to 0.5 mg/kg (as the base) daily for 14 days",
      "very low or undetectable.[1-4]",
      "recommendation", "primaquine", None,
      doses=[D(0.5, "mg/kg", "maternal doses of up to 0.5 mg/kg (as the base) daily for 14 days",
               stat="maximum", frequency="per day", duration="14 days")],
      measurements=[M(1, "%", "infant dose through milk, % of maternal weight-adjusted dosage",
                      RID, qualifier="<", dose=0)],
      citations=[1, 2, 3, 4]),

    S("Twelve lactating women who were 2 to 5 months postpartum",
      "or 0.76% of the maternal weight-adjusted dosage.[1]",
      "study", "primaquine", "oral",
      populations=[P(12, "Twelve lactating women who were 2 to 5 months postpartum and had normal G6PD activity",
                     "exposed", "mother")],
      doses=[D(30, "mg", "a single oral dose of primaquine 30 mg base")],
      measurements=[
          M(24.6, "ug/L", "peak milk primaquine", CONC, "milk", stat="mean",
            timepoint="roughly 3 hours after the dose", dose=0, population=0),
          M(11.2, "ug/L", "peak milk primaquine", CONC, "milk", value_high=41.0,
            stat="range", dose=0, population=0),
          M(6.1, "h", "primaquine half-life in milk", HL, "milk", dose=0, population=0),
          M(0.31, "{ratio}", "milk/plasma AUC ratio", MPR, "milk", stat="mean",
            dose=0, population=0),
          M(3.9, "ug/kg", "estimated infant primaquine dose per day", "infant_dose",
            dose=0, population=0),
          M(0.76, "%", "estimated infant dose, % of maternal weight-adjusted dosage", RID,
            dose=0, population=0)],
      citations=[1]),

    S("Milk was collected on days 7 and 14 from 21 mothers with Plasmodium vivax malaria",
      "(milk/plasma ratio 0.15).[2]",
      "study", "primaquine", None,
      populations=[P(21, "21 mothers with Plasmodium vivax malaria", "exposed", "mother")],
      doses=[D(0.5, "mg/kg", "primaquine 0.5 mg/kg daily for 14 days", frequency="per day",
               duration="for 14 days")],
      measurements=[
          M(9.8, "ug/L", "trough milk primaquine", CONC, "milk", stat="median",
            timepoint="day 7", dose=0, population=0),
          M(11.3, "ug/L", "trough milk primaquine", CONC, "milk", stat="median",
            timepoint="day 14", dose=0, population=0),
          M(38.5, "ug/L", "peak milk primaquine", CONC, "milk", stat="median",
            timepoint="day 14", dose=0, population=0),
          M(0.21, "%", "relative infant dose, % of maternal weight-adjusted dosage", RID,
            value_high=0.95, stat="range", dose=0, population=0),
          M(0.48, "%", "relative infant dose, % of maternal weight-adjusted dosage", RID,
            stat="median", dose=0, population=0),
          M(186, "ug/L", "milk carboxyprimaquine", CONC, "milk", analyte="carboxyprimaquine",
            stat="median", timepoint="day 14", dose=0, population=0),
          M(1240, "ug/L", "maternal plasma carboxyprimaquine", CONC, "maternal_blood",
            analyte="carboxyprimaquine", timepoint="day 14", dose=0, population=0),
          M(0.15, "{ratio}", "carboxyprimaquine milk/plasma ratio", MPR, "milk",
            analyte="carboxyprimaquine", dose=0, population=0)],
      citations=[2]),

    S("Six breastfeeding women with falciparum malaria were given a single low dose",
      "was excreted into milk.[3]",
      "study", "primaquine", None,
      populations=[P(6, "Six breastfeeding women with falciparum malaria", "exposed", "mother")],
      doses=[D(0.25, "mg/kg", "a single low dose of primaquine (0.25 mg/kg)")],
      measurements=[
          M(7.2, "ug/L", "highest milk primaquine", CONC, "milk", stat="maximum",
            dose=0, population=0),
          M(0.9, "ug", "primaquine excreted into milk over 24 hours", "amount_excreted",
            stat="mean", timepoint="over 24 hours after the dose", dose=0, population=0)],
      citations=[3]),

    S("Four breastfed infants aged 6 to 20 weeks whose mothers were taking primaquine",
      "simultaneous maternal serum levels.[4]",
      "study", "primaquine", None,
      populations=[P(4, "Four breastfed infants aged 6 to 20 weeks", "exposed", "infant"),
                   P(1, "one infant", "exposed", "infant"),
                   P(3, "the other 3 infants", "exposed", "infant")],
      doses=[D(0.5, "mg/kg", "primaquine 0.5 mg/kg daily", frequency="per day")],
      measurements=[
          M(0.5, "ug/L", "infant serum primaquine (undetectable)", CONC, "infant_blood",
            qualifier="<", timepoint="day 10 of maternal therapy", dose=0, population=1),
          M(0.8, "ug/L", "infant serum primaquine", CONC, "infant_blood",
            timepoint="day 10 of maternal therapy", dose=0, population=2),
          M(1.1, "ug/L", "infant serum primaquine", CONC, "infant_blood",
            timepoint="day 10 of maternal therapy", dose=0, population=2),
          M(1.9, "ug/L", "infant serum primaquine", CONC, "infant_blood",
            timepoint="day 10 of maternal therapy", dose=0, population=2),
          M(0.6, "%", "infant serum level, % of simultaneous maternal serum level",
            "infant_plasma_ratio", "infant_blood", value_high=1.5, dose=0, population=2)],
      citations=[4]),

    S("In a prospective cohort study from Thailand, 46 breastfed infants",
      "required a transfusion.[5]",
      "study", "primaquine", None,
      populations=[P(46, "46 breastfed infants whose G6PD-normal mothers were given primaquine 0.5 mg/kg daily for 14 days",
                     "exposed", "infant"),
                   P(44, "44 breastfed infants of mothers who received no primaquine", "control", "infant"),
                   P(5, "5 exposed infants", "exposed", "infant"),
                   P(4, "4 of the controls", "control", "infant")],
      doses=[D(0.5, "mg/kg", "primaquine 0.5 mg/kg daily for 14 days", frequency="per day",
               duration="for 14 days")],
      measurements=[
          M(1.2, "%", "infant methemoglobin", "other", analyte="methemoglobin", stat="median",
            group="exposed infants", timepoint="end of maternal treatment", dose=0, population=0),
          M(1.1, "%", "infant methemoglobin", "other", analyte="methemoglobin", stat="median",
            group="controls", timepoint="end of maternal treatment", dose=None, population=1),
          M(10.9, "%", "infants with mild, self-limited diarrhea", PROP, group="exposed infants",
            dose=0, population=0),
          M(9.1, "%", "infants with mild, self-limited diarrhea", PROP, group="controls",
            dose=None, population=1)],
      comparisons=[
          C("infant methemoglobin at the end of maternal treatment", [1.2, 1.1], "%", "other",
            "infant methemoglobin at the end of maternal treatment",
            ["infants of mothers given primaquine", "infants of mothers who received no primaquine"],
            significant=False, p_value=0.57, p_qualifier="="),
          C("infants with mild, self-limited diarrhea", [10.9, 9.1], "%", PROP,
            "mild, self-limited diarrhea", ["exposed infants", "controls"])],
      citations=[5]),

    S("A 3-week-old breastfed infant whose mother was taking primaquine 15 mg daily",
      "primaquine in breastmilk.[6]",
      "study", "primaquine", None,
      doses=[D(15, "mg", "primaquine 15 mg daily", frequency="per day")],
      citations=[6]),

    S("Two further reports described a total of 7 infants who were breastfed",
      "were observed.[7,8]",
      "study", "primaquine", None,
      populations=[P(7, "a total of 7 infants who were breastfed while their mothers completed a 14-day primaquine course",
                     "exposed", "infant")],
      citations=[7, 8]),
]))

# ======================================================================
# as02 - PubMed-style abstract, RCT of phylloquinone vs placebo
# ======================================================================
PHYL = "phylloquinone"
DOCS.append(("as02_phylloquinone_abstract.txt", [
    S("68 exclusively breastfeeding mothers of healthy term infants were randomly assigned",
      "with no apparent harm to mother or infant.",
      "study", "phylloquinone", "oral",
      populations=[
          P(68, "68 exclusively breastfeeding mothers of healthy term infants", "total", "mother"),
          P(35, "n = 35", "exposed", "mother"),
          P(33, "n = 33", "control", "mother"),
          P(64, "Sixty-four dyads", "total", "pair"),
          P(4, "4/32 infants", "exposed", "infant"),
          P(32, "4/32 infants", "exposed", "infant"),
          P(11, "11/32", "control", "infant"),
          P(32, "11/32", "control", "infant")],
      doses=[D(5, "mg", "phylloquinone 5 mg by mouth once daily", frequency="once daily",
               duration="for 12 weeks")],
      measurements=[
          M(2.1, "ug/L", "milk phylloquinone", CONC, "milk", stat="median", group="phylloquinone",
            timepoint="baseline", dose=None, population=1),
          M(2.3, "ug/L", "milk phylloquinone", CONC, "milk", stat="median", group="placebo",
            timepoint="baseline", dose=None, population=2),
          M(68.4, "ug/L", "milk phylloquinone", CONC, "milk", stat="median",
            group="supplemented mothers", timepoint="week 12", dose=0, population=1),
          M(2.6, "ug/L", "milk phylloquinone", CONC, "milk", stat="median", group="placebo arm",
            timepoint="week 12", dose=None, population=2),
          M(0.9, "ug/L", "maternal plasma phylloquinone", CONC, "maternal_blood", stat="mean",
            group="supplementation", timepoint="baseline", dose=None, population=1),
          M(14.2, "ug/L", "maternal plasma phylloquinone", CONC, "maternal_blood", stat="mean",
            group="supplementation", timepoint="week 12", dose=0, population=1),
          M(1.0, "ug/L", "maternal plasma phylloquinone", CONC, "maternal_blood", stat="mean",
            group="placebo", timepoint="baseline", dose=None, population=2),
          M(1.1, "ug/L", "maternal plasma phylloquinone", CONC, "maternal_blood", stat="mean",
            group="placebo", timepoint="week 12", dose=None, population=2),
          M(12.5, "%", "infants with detectable PIVKA-II", PROP, group="phylloquinone group",
            timepoint="week 12", dose=0, population=5),
          M(34.4, "%", "infants with detectable PIVKA-II", PROP, group="placebo group",
            timepoint="week 12", dose=None, population=7),
          M(2410, "g", "infant weight gain over the 12 weeks", "other", group="phylloquinone",
            dose=0, population=1),
          M(2365, "g", "infant weight gain over the 12 weeks", "other", group="placebo",
            dose=None, population=2),
          M(14.3, "%", "mothers reporting any adverse event", PROP, group="phylloquinone",
            dose=0, population=1),
          M(12.1, "%", "mothers reporting any adverse event", PROP, group="placebo",
            dose=None, population=2),
          M(30, "{ratio}", "fold increase in milk phylloquinone with supplementation", "change",
            qualifier="~", dose=0, population=1)],
      comparisons=[
          C("baseline milk phylloquinone", [2.1, 2.3], "ug/L", CONC,
            "baseline milk phylloquinone", ["phylloquinone", "placebo"],
            significant=False, p_value=0.71, p_qualifier="="),
          C("milk phylloquinone at week 12", [68.4, 2.6], "ug/L", CONC,
            "milk phylloquinone at week 12", ["supplemented mothers", "placebo arm"],
            significant=True, p_value=0.001, p_qualifier="<"),
          C("maternal plasma phylloquinone, supplemented arm, baseline vs week 12", [0.9, 14.2],
            "ug/L", CONC, "maternal plasma phylloquinone with supplementation",
            ["before", "after"], significant=True, p_value=0.001, p_qualifier="<"),
          C("maternal plasma phylloquinone, placebo arm, baseline vs week 12", [1.0, 1.1],
            "ug/L", CONC, "maternal plasma phylloquinone with placebo",
            ["before", "after"], significant=False, p_value=0.48, p_qualifier="="),
          C("infants with detectable PIVKA-II at week 12", [12.5, 34.4], "%", PROP,
            "detectable PIVKA-II at week 12", ["phylloquinone group", "placebo group"],
            significant=True, p_value=0.037, p_qualifier="="),
          C("infant weight gain over the 12 weeks", [2410, 2365], "g", "other",
            "infant weight gain over the 12 weeks", ["phylloquinone group", "placebo group"],
            significant=False, p_value=0.64, p_qualifier="="),
          C("mothers reporting any adverse event", [14.3, 12.1], "%", PROP,
            "mothers reporting any adverse event", ["phylloquinone group", "placebo group"],
            significant=False, p_value=0.79, p_qualifier="=")],
      citations=[]),
]))

# ======================================================================
# as03 - HTML drug monograph, vigabatrin
# ======================================================================
DOCS.append(("as03_vigabatrin_monograph.html", [
    S("Maternal doses of up to 3 g daily give a breastfed infant roughly 1%",
      "such low exposure are unknown. [3]",
      "recommendation", "vigabatrin", None,
      doses=[D(3, "g", "Maternal doses of up to 3 g daily", stat="maximum", frequency="per day")],
      measurements=[M(1, "%", "infant dose, % of mother's weight-adjusted dose", RID,
                      qualifier="~", dose=0)],
      citations=[3]),

    S("Paired milk and plasma samples were obtained from 8 women taking vigabatrin",
      "between 0.18 and 0.79. [4]",
      "study", "vigabatrin", None,
      populations=[P(8, "8 women taking vigabatrin 1 to 2 g twice daily for epilepsy", "exposed", "mother")],
      doses=[D(1, "g", "vigabatrin 1 to 2 g twice daily", amount_high=2, frequency="twice daily")],
      measurements=[
          M(0.42, "{ratio}", "milk-to-plasma concentration ratio", MPR, "milk", stat="mean",
            dose=0, population=0),
          M(0.18, "{ratio}", "milk-to-plasma concentration ratio", MPR, "milk", value_high=0.79,
            stat="range", dose=0, population=0)],
      citations=[4]),

    S("In a separate series of 5 mothers, milk levels drawn at the time of the plasma peak",
      "(M:P 0.94). [5]",
      "study", "vigabatrin", None,
      populations=[P(5, "5 mothers", "exposed", "mother")],
      measurements=[
          M(35, "%", "milk level, % of plasma level", MPR, "milk", qualifier="~",
            timepoint="at the time of the plasma peak", population=0),
          M(0.94, "{ratio}", "milk/plasma ratio", MPR, "milk", timepoint="trough",
            population=0)],
      citations=[5]),

    S("An Australian group measured steady-state peak milk vigabatrin in 9 mothers",
      "a maternal weight of 70 kg.",
      "study", "vigabatrin", None,
      populations=[P(9, "9 mothers receiving the drug for epilepsy", "exposed", "mother"),
                   P(3, "500 mg twice daily 3", "exposed", "mother"),
                   P(4, "1 g twice daily 4", "exposed", "mother"),
                   P(2, "1.5 g twice daily 2", "exposed", "mother")],
      doses=[D(500, "mg", "500 mg twice daily", frequency="twice daily"),
             D(1, "g", "1 g twice daily", frequency="twice daily"),
             D(1.5, "g", "1.5 g twice daily", frequency="twice daily")],
      measurements=[
          M(0.86, "mg/L", "peak milk vigabatrin", CONC, "milk", group="500 mg twice daily",
            dose=0, population=1),
          M(1.9, "mg/L", "peak milk vigabatrin", CONC, "milk", group="1 g twice daily",
            dose=1, population=2),
          M(3.1, "mg/L", "peak milk vigabatrin", CONC, "milk", group="1.5 g twice daily",
            dose=2, population=3),
          M(0.9, "%", "relative infant dose (from peak milk levels)", RID,
            group="500 mg twice daily", dose=0, population=1),
          M(1.0, "%", "relative infant dose (from peak milk levels)", RID,
            group="1 g twice daily", dose=1, population=2),
          M(1.1, "%", "relative infant dose (from peak milk levels)", RID,
            group="1.5 g twice daily", dose=2, population=3)],
      comparisons=[
          C("peak milk vigabatrin by maternal dose", [0.86, 1.9, 3.1], "mg/L", CONC,
            "peak milk vigabatrin",
            ["500 mg twice daily", "1 g twice daily", "1.5 g twice daily"]),
          C("relative infant dose by maternal dose", [0.9, 1.0, 1.1], "%", RID,
            "relative infant dose",
            ["500 mg twice daily", "1 g twice daily", "1.5 g twice daily"],
            significant=False)],
      citations=[6]),

    S("A 6-week-old, exclusively breastfed boy whose mother had taken vigabatrin 1.5 g twice daily",
      "at 9 months was unremarkable. [7]",
      "study", "vigabatrin", None,
      doses=[D(1.5, "g", "vigabatrin 1.5 g twice daily", frequency="twice daily",
               duration="throughout pregnancy and after delivery")],
      measurements=[
          M(0.23, "mg/L", "plasma vigabatrin", CONC, "infant_blood", group="infant",
            timepoint="3 hours after a feed", dose=0),
          M(11.8, "mg/L", "plasma vigabatrin", CONC, "maternal_blood", group="mother",
            timepoint="same time as the infant sample", dose=0),
          M(2, "%", "infant plasma level, % of maternal value", "infant_plasma_ratio",
            "infant_blood", qualifier="~", dose=0)],
      comparisons=[
          C("plasma vigabatrin, infant vs mother", [0.23, 11.8], "mg/L", CONC,
            "plasma vigabatrin", ["infant", "mother"])],
      citations=[7]),
]))

# ======================================================================
# as04 - Markdown evidence summary, gliclazide IR vs MR crossover
# ======================================================================
DOCS.append(("as04_gliclazide_evidence.md", [
    S("Halvorsen and colleagues recruited 14 lactating women with type 2 diabetes",
      "none needed treatment for hypoglycaemia.",
      "study", "gliclazide", "oral",
      populations=[
          P(14, "14 lactating women with type 2 diabetes who were 6 to 20 weeks postpartum",
            "exposed", "mother"),
          P(7, "7 women began with IR", "exposed", "mother"),
          P(7, "7 with MR", "exposed", "mother"),
          P(12, "Twelve infants", "exposed", "infant")],
      doses=[D(80, "mg", "a single oral 80 mg immediate-release (IR) tablet"),
             D(60, "mg", "a single oral 60 mg modified-release (MR) tablet")],
      measurements=[
          M(205, "ug/L", "peak milk gliclazide", CONC, "milk", stat="mean",
            group="IR then MR sequence, IR", timepoint="period 1", dose=0, population=1),
          M(114, "ug/L", "peak milk gliclazide", CONC, "milk", stat="mean",
            group="IR then MR sequence, MR", timepoint="period 2", dose=1, population=1),
          M(122, "ug/L", "peak milk gliclazide", CONC, "milk", stat="mean",
            group="MR then IR sequence, MR", timepoint="period 1", dose=1, population=2),
          M(219, "ug/L", "peak milk gliclazide", CONC, "milk", stat="mean",
            group="MR then IR sequence, IR", timepoint="period 2", dose=0, population=2),
          M(212, "ug/L", "peak milk gliclazide, pooled over periods", CONC, "milk", stat="mean",
            group="IR", dose=0, population=0),
          M(118, "ug/L", "peak milk gliclazide, pooled over periods", CONC, "milk", stat="mean",
            group="MR", dose=1, population=0),
          M(44, "%", "lower peak milk level with the modified-release tablet", "change",
            group="MR vs IR", dose=1, population=0),
          M(15.2, "h", "gliclazide half-life in milk", HL, "milk", group="MR", dose=1, population=0),
          M(11.6, "h", "gliclazide half-life in milk", HL, "milk", group="IR", dose=0, population=0),
          M(14.4, "h", "gliclazide half-life in plasma", HL, "maternal_blood", group="MR",
            dose=1, population=0),
          M(10.9, "h", "gliclazide half-life in plasma", HL, "maternal_blood", group="IR",
            dose=0, population=0),
          M(0.061, "{ratio}", "milk/plasma AUC ratio", MPR, "milk", group="IR", dose=0, population=0),
          M(0.058, "{ratio}", "milk/plasma AUC ratio", MPR, "milk", group="MR", dose=1, population=0),
          M(0.97, "{ratio}", "dose-normalised MR:IR geometric mean ratio for milk AUC", "other",
            population=0),
          M(0.52, "%", "relative infant dose, % of maternal weight-adjusted dose", RID,
            group="IR", dose=0, population=0),
          M(0.47, "%", "relative infant dose, % of maternal weight-adjusted dose", RID,
            group="MR", dose=1, population=0),
          M(655, "mL", "daily milk output on the sampling day", "milk_volume", stat="mean",
            group="IR", dose=0, population=0),
          M(642, "mL", "daily milk output on the sampling day", "milk_volume", stat="mean",
            group="MR", dose=1, population=0),
          M(61, "mg/dL", "lowest recorded infant blood glucose", CONC, "infant_blood",
            analyte="glucose", population=3)],
      comparisons=[
          C("peak milk gliclazide, IR vs MR", [212, 118], "ug/L", CONC,
            "peak milk level", ["IR", "MR"], significant=True, p_value=0.001, p_qualifier="<"),
          C("half-life in milk, MR vs IR", [15.2, 11.6], "h", HL, "half-life in milk",
            ["MR", "IR"], significant=True, p_value=0.003, p_qualifier="="),
          C("half-life in plasma, MR vs IR", [14.4, 10.9], "h", HL, "half-life in plasma",
            ["MR", "IR"], significant=True, p_value=0.008, p_qualifier="="),
          C("milk/plasma AUC ratio, IR vs MR", [0.061, 0.058], "{ratio}", MPR,
            "milk/plasma AUC ratio", ["IR", "MR"], significant=False, p_value=0.54,
            p_qualifier="="),
          C("relative infant dose, IR vs MR", [0.52, 0.47], "%", RID, "relative infant dose",
            ["IR", "MR"]),
          C("daily milk output, IR vs MR", [655, 642], "mL", "milk_volume",
            "daily milk output on the sampling day", ["IR", "MR"], significant=False)],
      citations=[1]),

    S("A case series from the same unit described 3 mothers taking modified-release gliclazide",
      "in every sample collected [2].",
      "study", "gliclazide", None,
      populations=[P(3, "3 mothers taking modified-release gliclazide 30 mg daily", "exposed", "mother")],
      doses=[D(30, "mg", "modified-release gliclazide 30 mg daily", frequency="per day")],
      measurements=[M(50, "ug/L", "milk gliclazide in every sample", CONC, "milk", qualifier="<",
                      dose=0, population=0)],
      citations=[2]),

    S("Both formulations deliver well under 1% of the maternal weight-adjusted dose",
      "compatible with breastfeeding.",
      "recommendation", "gliclazide", None,
      doses=[D(30, "mg", "usual MR doses of 30 to 120 mg once daily", amount_high=120,
               frequency="once daily")],
      measurements=[M(1, "%", "infant dose, % of maternal weight-adjusted dose", RID,
                      qualifier="<")],
      citations=[]),
]))

# ======================================================================
# as05 - trial registry results record (print view), levothyroxine vs placebo
# ======================================================================
DOCS.append(("as05_levothyroxine_registry.txt", [
    S("Levothyroxine 50 mcg tablet by mouth once daily for 8 weeks",
      "1/45 (2.22%)",
      "study", "levothyroxine", "oral",
      populations=[
          P(46, "STARTED", "exposed", "mother"),
          P(45, "STARTED", "control", "mother"),
          P(91, "STARTED", "total", "mother"),
          P(42, "COMPLETED", "exposed", "mother"),
          P(40, "COMPLETED", "control", "mother"),
          P(82, "COMPLETED", "total", "mother"),
          P(4, "NOT COMPLETED", "exposed", "mother"),
          P(5, "NOT COMPLETED", "control", "mother"),
          P(9, "NOT COMPLETED", "total", "mother"),
          P(3, "Lost to Follow-up", "exposed", "mother"),
          P(2, "Lost to Follow-up", "control", "mother"),
          P(5, "Lost to Follow-up", "total", "mother"),
          P(1, "Withdrawal by Subject", "exposed", "mother"),
          P(3, "Withdrawal by Subject", "control", "mother"),
          P(4, "Withdrawal by Subject", "total", "mother"),
          P(27, "27 64.3%", "exposed", "mother"),
          P(19, "19 47.5%", "control", "mother"),
          P(4, "4/46", "exposed", "mother"),
          P(1, "1/45", "control", "mother")],
      doses=[D(50, "ug", "Levothyroxine 50 mcg tablet by mouth once daily for 8 weeks",
               frequency="once daily", duration="for 8 weeks")],
      measurements=[
          M(402.6, "mL", "24-hour expressed milk volume at baseline", "milk_volume", stat="mean",
            group="Levothyroxine", timepoint="baseline", dose=None, population=0),
          M(409.1, "mL", "24-hour expressed milk volume at baseline", "milk_volume", stat="mean",
            group="Placebo", timepoint="baseline", dose=None, population=1),
          M(405.8, "mL", "24-hour expressed milk volume at baseline", "milk_volume", stat="mean",
            group="Total", timepoint="baseline", dose=None, population=2),
          M(612.4, "mL", "24-hour expressed milk volume", "milk_volume", stat="mean",
            group="Levothyroxine", timepoint="week 8", dose=0, population=3),
          M(548.9, "mL", "24-hour expressed milk volume", "milk_volume", stat="mean",
            group="Placebo", timepoint="week 8", dose=None, population=4),
          M(63.5, "mL", "mean difference in 24-hour milk volume (final values), levothyroxine minus placebo",
            "other", timepoint="week 8"),
          M(64.3, "%", "exclusive breastfeeding", PROP, group="Levothyroxine",
            timepoint="week 8", dose=0, population=3),
          M(47.5, "%", "exclusive breastfeeding", PROP, group="Placebo",
            timepoint="week 8", dose=None, population=4),
          M(0, "%", "all-cause mortality", PROP, group="Levothyroxine", dose=0, population=0),
          M(0, "%", "all-cause mortality", PROP, group="Placebo", dose=None, population=1),
          M(0, "%", "serious adverse events", PROP, group="Levothyroxine", dose=0, population=0),
          M(0, "%", "serious adverse events", PROP, group="Placebo", dose=None, population=1),
          M(8.70, "%", "palpitations", PROP, group="Levothyroxine", dose=0, population=0),
          M(2.22, "%", "palpitations", PROP, group="Placebo", dose=None, population=1)],
      comparisons=[
          C("24-hour expressed milk volume at week 8", [612.4, 548.9], "mL", "milk_volume",
            "24-hour expressed milk volume at week 8", ["Levothyroxine", "Placebo"],
            significant=True, p_value=0.047, p_qualifier="="),
          C("exclusive breastfeeding at week 8", [64.3, 47.5], "%", PROP,
            "exclusive breastfeeding at week 8", ["Levothyroxine", "Placebo"])],
      citations=[]),
]))

# ======================================================================
# as06 - HTML news story, tirzepatide cohort
# ======================================================================
DOCS.append(("as06_tirzepatide_news.html", [
    S("A study published Monday in the Journal of Perinatal Drug Safety offers some reassurance",
      "the two exceptions measured 1.3 and 1.8 ng/mL.",
      "study", "tirzepatide", "subcutaneous",
      populations=[
          P(1260, "1,260 breastfed infants born in 2022 and 2023", "total", "infant"),
          P(212, "212 had mothers who filled prescriptions for tirzepatide", "exposed", "infant"),
          P(1048, "the other 1,048 were matched infants whose mothers took no such drug",
            "control", "infant"),
          P(25, "25 exposed infants", "exposed", "infant"),
          P(87, "87 of the unexposed infants", "control", "infant"),
          P(19, "Nineteen of the mothers", "exposed", "mother"),
          P(2, "all but two of them", "exposed", "mother")],
      doses=[D(2.5, "mg", "doses between 2.5 mg and 15 mg", amount_high=15,
               frequency="weekly")],
      measurements=[
          M(7.1, "%", "babies weighing less than the 10th percentile for age", PROP,
            group="exposed babies", timepoint="six months of age", dose=0, population=1),
          M(5.9, "%", "babies weighing less than the 10th percentile for age", PROP,
            group="unexposed babies", timepoint="six months of age", dose=None, population=2),
          M(1.19, "{ratio}", "adjusted odds ratio, low weight-for-age, exposed vs unexposed",
            "other"),
          M(11.8, "%", "infants with vomiting or unusual fussiness", PROP,
            group="exposed infants", dose=0, population=1),
          M(8.3, "%", "infants with vomiting or unusual fussiness", PROP,
            group="unexposed infants", dose=None, population=2),
          M(61, "%", "mothers still breastfeeding at six months", PROP, group="exposed mothers",
            dose=0, population=1),
          M(66, "%", "mothers still breastfeeding at six months", PROP, group="unexposed mothers",
            dose=None, population=2),
          M(1, "ng/mL", "milk tirzepatide (below detection limit)", CONC, "milk", qualifier="<",
            dose=0),
          M(1.3, "ng/mL", "milk tirzepatide", CONC, "milk", dose=0, population=6),
          M(1.8, "ng/mL", "milk tirzepatide", CONC, "milk", dose=0, population=6)],
      comparisons=[
          C("babies below the 10th percentile of weight for age at six months", [7.1, 5.9], "%",
            PROP, "weight below the 10th percentile for age at six months",
            ["exposed babies", "unexposed babies"], significant=False),
          C("vomiting or unusual fussiness", [11.8, 8.3], "%", PROP,
            "vomiting or unusual fussiness", ["exposed infants", "unexposed infants"],
            significant=False, p_value=0.11, p_qualifier="="),
          C("still breastfeeding at six months", [61, 66], "%", PROP,
            "still breastfeeding at six months", ["exposed mothers", "unexposed mothers"],
            significant=False)],
      citations=[]),

    S("A 2023 case series described three nursing mothers injecting 5 to 10 mg a week",
      "by the authors\u2019 estimate.",
      "study", "tirzepatide", None,
      populations=[P(3, "three nursing mothers injecting 5 to 10 mg a week", "exposed", "mother")],
      doses=[D(5, "mg", "injecting 5 to 10 mg a week", amount_high=10, frequency="per week")],
      measurements=[
          M(0.5, "ng/mL", "milk tirzepatide, highest level", CONC, "milk", qualifier="<=",
            stat="maximum", dose=0, population=0),
          M(0.01, "%", "infant dose, % of the mother's weight-adjusted dose", RID,
            qualifier="~", dose=0, population=0)],
      citations=[]),
]))


def main():
    lines = []
    ends = {}
    for doc, stmts in DOCS:
        lines.append(json.dumps({"doc": doc, "statements": [s for s, _ in stmts]},
                                ensure_ascii=False))
        ends[doc] = [e for _, e in stmts]
    with open(os.path.join(ROOT, "gold.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    with open(os.path.join(HERE, "stretch_ends.json"), "w", encoding="utf-8") as f:
        json.dump(ends, f, indent=1, ensure_ascii=False)
    # summary table for README
    tot = [0] * 6
    print("| doc | statements | populations | doses | measurements | comparisons | citations |")
    for doc, stmts in DOCS:
        st = [s for s, _ in stmts]
        row = [len(st), sum(len(s["populations"]) for s in st), sum(len(s["doses"]) for s in st),
               sum(len(s["measurements"]) for s in st), sum(len(s["comparisons"]) for s in st),
               sum(len(s["citations"]) for s in st)]
        tot = [a + b for a, b in zip(tot, row)]
        print("| %s | %s |" % (doc, " | ".join(map(str, row))))
    print("| total | %s |" % " | ".join(map(str, tot)))
    print("wrote gold.jsonl (%d documents)" % len(DOCS))


if __name__ == "__main__":
    main()
