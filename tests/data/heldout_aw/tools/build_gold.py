#!/usr/bin/env python3
"""Gold annotations (FORMAT.md version 2) for the held-out corpus "aw".

Running this script writes ../gold.jsonl (one JSON line per document in texts/).
All texts are synthetic; see ../README.md for the annotation decisions that the
helpers and the data below follow.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

NDM = "n-desmethylmethsuximide"


# ---------------------------------------------------------------- helpers --
# Key order follows the lines of /work/shared/gold/dev.jsonl exactly.

def pop(n, text, role, who):
    return {"n": n, "text": text, "role": role, "who": who}


def dose(amount, unit, text, recipient="mother", amount_high=None, stat=None,
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


def meas(value, unit, measure, kind, matrix=None, analyte=None, dose=None,
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


def comp(measure, values, unit, kind, outcome, arms, significant,
         p_value=None, p_qualifier=None):
    return {"measure": measure, "values": values, "unit": unit, "kind": kind,
            "outcome": outcome, "arms": arms, "significant": significant,
            "p_value": p_value, "p_qualifier": p_qualifier}


def stmt(anchor, kind, drug, route, populations=(), doses=(), measurements=(),
         comparisons=(), citations=()):
    return {"anchor": anchor, "kind": kind, "drug": drug, "route": route,
            "populations": list(populations), "doses": list(doses),
            "measurements": list(measurements), "comparisons": list(comparisons),
            "citations": list(citations)}


RID_MWA = "infant dose, % of maternal weight-adjusted dosage"

# ------------------------------------------------------------------ aw01 --
# LactMed-style record, methsuximide (active metabolite N-desmethylmethsuximide)

aw01 = [
    stmt("maternal doses of up to 1200 mg daily produce moderate levels of the metabolite in milk",
         "recommendation", "methsuximide", None,
         doses=[dose(1200, "mg", "maternal doses of up to 1200 mg daily", stat="maximum",
                     frequency="per day")],
         citations=[1, 2]),
    stmt("Breastfed infants should be monitored for drowsiness, poor suckling and adequate weight gain",
         "recommendation", "methsuximide", None,
         doses=[dose(900, "mg", "more than 900 mg daily", frequency="per day")]),
    stmt("Seven women taking methsuximide 300 to 1200 mg daily as monotherapy",
         "study", "methsuximide", None,
         populations=[pop(7, "Seven women taking methsuximide 300 to 1200 mg daily as monotherapy",
                          "exposed", "mother")],
         doses=[dose(300, "mg", "methsuximide 300 to 1200 mg daily", amount_high=1200,
                     frequency="per day")],
         measurements=[
             meas(0.3, "mg/L", "milk methsuximide (parent drug)", "concentration", "milk", None, 0, 0,
                  qualifier="<="),
             meas(4.6, "mg/L", "milk N-desmethylmethsuximide", "concentration", "milk", NDM, 0, 0,
                  stat="mean"),
             meas(2.1, "mg/L", "milk N-desmethylmethsuximide", "concentration", "milk", NDM, 0, 0,
                  value_high=9.8, stat="range"),
             meas(0.42, "{ratio}", "milk-to-serum ratio of N-desmethylmethsuximide",
                  "milk_plasma_ratio", "milk", NDM, 0, 0, stat="mean"),
             meas(0.69, "mg/kg", "estimated infant N-desmethylmethsuximide dose per day",
                  "infant_dose", None, NDM, 0, 0),
             meas(6.9, "%", RID_MWA, "relative_infant_dose", None, NDM, 0, 0),
             meas(3.1, "%", RID_MWA + ", across individual mothers", "relative_infant_dose", None,
                  NDM, 0, 0, value_high=12.4, stat="range"),
         ],
         citations=[3]),
    stmt("In a pharmacokinetic study, 12 nursing mothers on long-term methsuximide",
         "study", "methsuximide", None,
         populations=[pop(12, "12 nursing mothers on long-term methsuximide", "exposed", "mother")],
         doses=[dose(600, "mg", "median dose 600 mg daily", stat="median", frequency="per day"),
                dose(300, "mg", "range 300 to 1050 mg", amount_high=1050, stat="range",
                     frequency="per day")],
         measurements=[
             meas(6.8, "mg/L", "milk N-desmethylmethsuximide over one dosing interval",
                  "concentration", "milk", NDM, 0, 0, stat="median"),
             meas(45, "%", "milk level, % of simultaneous maternal plasma level", "milk_plasma_ratio",
                  "milk", NDM, 0, 0, qualifier="~"),
             meas(52, "h", "plasma half-life of N-desmethylmethsuximide", "half_life",
                  "maternal_blood", NDM, 0, 0, qualifier="~"),
         ],
         citations=[4]),
    stmt("Eleven infants whose mothers took methsuximide throughout pregnancy were followed",
         "study", "methsuximide", None,
         populations=[pop(11, "Eleven infants whose mothers took methsuximide throughout pregnancy",
                          "total", "infant"),
                      pop(7, "7 were breastfed", "exposed", "infant"),
                      pop(4, "4 were formula fed from birth", "control", "infant")],
         measurements=[
             meas(18.4, "mg/L", "cord blood N-desmethylmethsuximide", "concentration", "cord_blood",
                  NDM, None, 0, stat="mean", timepoint="at delivery"),
             meas(12.1, "mg/L", "infant serum N-desmethylmethsuximide", "concentration",
                  "infant_blood", NDM, None, 1, stat="mean", group="breastfed infants",
                  timepoint="day 5"),
             meas(7.9, "mg/L", "infant serum N-desmethylmethsuximide", "concentration",
                  "infant_blood", NDM, None, 2, stat="mean", group="formula-fed infants",
                  timepoint="day 5"),
             meas(6.3, "mg/L", "infant serum N-desmethylmethsuximide", "concentration",
                  "infant_blood", NDM, None, 1, stat="mean", group="breastfed infants",
                  timepoint="day 21"),
             meas(1.2, "mg/L", "infant serum N-desmethylmethsuximide", "concentration",
                  "infant_blood", NDM, None, 2, stat="mean", group="formula-fed infants",
                  timepoint="day 21"),
         ],
         comparisons=[
             comp("infant serum N-desmethylmethsuximide on day 5, breastfed vs formula-fed",
                  [12.1, 7.9], "mg/L", "concentration", "serum metabolite levels on day 5",
                  ["breastfed infants", "formula-fed infants"], None),
             comp("infant serum N-desmethylmethsuximide on day 21, breastfed vs formula-fed",
                  [6.3, 1.2], "mg/L", "concentration", "serum metabolite levels by day 21",
                  ["breastfed infants", "formula-fed infants"], None),
         ],
         citations=[5]),
    stmt("Infants of 16 women who took methsuximide while nursing had a single serum",
         "study", "methsuximide", None,
         populations=[pop(16, "16 women who took methsuximide while nursing", "exposed", "mother"),
                      pop(6, "6 infants whose mothers took 750 to 1200 mg daily", "exposed", "infant"),
                      pop(10, "10 infants whose mothers took 300 to 600 mg daily", "exposed", "infant")],
         doses=[dose(750, "mg", "750 to 1200 mg daily", amount_high=1200, frequency="per day"),
                dose(300, "mg", "300 to 600 mg daily", amount_high=600, frequency="per day")],
         measurements=[
             meas(9, "%", "infant serum level, % of simultaneous maternal serum level",
                  "infant_plasma_ratio", "infant_blood", NDM, None, 0, stat="mean"),
             meas(2, "%", "infant serum level, % of simultaneous maternal serum level",
                  "infant_plasma_ratio", "infant_blood", NDM, None, 0, value_high=24, stat="range"),
             meas(3.8, "mg/L", "infant serum N-desmethylmethsuximide", "concentration",
                  "infant_blood", NDM, 0, 1, stat="mean",
                  group="infants whose mothers took 750 to 1200 mg daily"),
             meas(1.1, "mg/L", "infant serum N-desmethylmethsuximide", "concentration",
                  "infant_blood", NDM, 1, 2, group="infants whose mothers took 300 to 600 mg daily"),
         ],
         comparisons=[
             comp("infant serum N-desmethylmethsuximide by maternal dose range", [3.8, 1.1], "mg/L",
                  "concentration", "infant serum N-desmethylmethsuximide",
                  ["infants whose mothers took 750 to 1200 mg daily",
                   "infants whose mothers took 300 to 600 mg daily"], True, 0.004, "="),
         ],
         citations=[6]),
    stmt("A woman with juvenile myoclonic epilepsy took methsuximide 300 mg twice daily",
         "study", "methsuximide", None,
         doses=[dose(300, "mg", "methsuximide 300 mg twice daily", frequency="twice daily")],
         measurements=[
             meas(0.1, "mg/L", "infant serum methsuximide (undetectable)", "concentration",
                  "infant_blood", None, 0, None, qualifier="<", timepoint="6 weeks of age"),
             meas(0.9, "mg/L", "infant serum N-desmethylmethsuximide", "concentration",
                  "infant_blood", NDM, 0, None, timepoint="6 weeks of age"),
             meas(21, "mg/L", "maternal serum N-desmethylmethsuximide", "concentration",
                  "maternal_blood", NDM, 0, None, timepoint="same morning"),
         ],
         citations=[7]),
    stmt("In a registry substudy from Norway and Denmark, 24 mother-infant pairs",
         "study", "methsuximide", None,
         populations=[pop(24, "24 mother-infant pairs exposed to methsuximide", "exposed", "pair"),
                      pop(4, "Four infants (17%)", "exposed", "infant"),
                      pop(2, "2 of them", "exposed", "infant")],
         doses=[dose(600, "mg", "median maternal dose 600 mg daily", stat="median",
                     frequency="per day")],
         measurements=[
             meas(1.7, "mg/L", "infant serum N-desmethylmethsuximide", "concentration",
                  "infant_blood", NDM, 0, 0, stat="median", timepoint="median infant age of 4 weeks"),
             meas(0.8, "mg/L", "infant serum N-desmethylmethsuximide", "concentration",
                  "infant_blood", NDM, 0, 0, value_high=3.1, stat="interquartile range",
                  timepoint="median infant age of 4 weeks"),
             meas(0.08, "{ratio}", "infant-to-mother serum ratio", "infant_plasma_ratio",
                  "infant_blood", NDM, 0, 0, stat="median"),
             meas(17, "%", "infants with serum metabolite levels above 5 mg/L", "proportion",
                  None, None, 0, 0),
         ],
         citations=[8]),
    stmt("In a prospective follow-up study, 31 breastfed infants of mothers taking methsuximide",
         "study", "methsuximide", None,
         populations=[pop(31, "31 breastfed infants of mothers taking methsuximide", "exposed", "infant"),
                      pop(29, "29 infants of mothers taking the drug who were not breastfed",
                          "control", "infant"),
                      pop(5, "5 of 31 (16%) breastfed infants", "exposed", "infant"),
                      pop(2, "2 of 29 (7%) of the others", "control", "infant")],
         measurements=[
             meas(16, "%", "infants with sedation", "proportion", None, None, None, 0,
                  group="breastfed infants"),
             meas(7, "%", "infants with sedation", "proportion", None, None, None, 1,
                  group="infants who were not breastfed"),
         ],
         comparisons=[
             comp("sedation, breastfed vs not breastfed", [16, 7], "%", "proportion", "sedation",
                  ["breastfed infants", "infants who were not breastfed"], False, 0.43, "="),
         ],
         citations=[9]),
    stmt("A 3-week-old breastfed infant whose mother was taking methsuximide 900 mg daily",
         "study", "methsuximide", None,
         doses=[dose(900, "mg", "methsuximide 900 mg daily", frequency="per day")],
         measurements=[
             meas(14.5, "mg/L", "infant serum N-desmethylmethsuximide", "concentration",
                  "infant_blood", NDM, 0, None, timepoint="on admission"),
             meas(40, "%", "infant serum level, % of maternal level", "infant_plasma_ratio",
                  "infant_blood", NDM, 0, None, qualifier="~", timepoint="on admission"),
             meas(4.2, "mg/L", "infant serum N-desmethylmethsuximide", "concentration",
                  "infant_blood", NDM, 0, None,
                  timepoint="within 10 days after breastfeeding was reduced"),
         ],
         comparisons=[
             comp("infant serum N-desmethylmethsuximide before and after breastfeeding was reduced",
                  [14.5, 4.2], "mg/L", "concentration", "infant serum N-desmethylmethsuximide",
                  ["before", "after"], None),
         ],
         citations=[10]),
]

# ------------------------------------------------------------------ aw02 --
# PubMed-style abstract, rilpivirine cohort (one statement: METHODS to CONCLUSIONS)

EBF, PBF = "exclusively breastfed infants", "partially breastfed infants"
aw02 = [
    stmt("This prospective cohort enrolled 88 mother-infant pairs in which the mother was taking rilpivirine",
         "study", "rilpivirine", "oral",
         populations=[pop(88, "88 mother-infant pairs", "total", "pair"),
                      pop(81, "81 pairs", "exposed", "pair"),
                      pop(74, "74 pairs", "exposed", "pair"),
                      pop(20, "Twenty mothers", "exposed", "mother"),
                      pop(52, "52 of 81 infants", "exposed", "infant"),
                      pop(24, "24 of 74", "exposed", "infant"),
                      pop(58, "exclusively breastfed infants (n = 58)", "exposed", "infant"),
                      pop(23, "partially breastfed infants (n = 23)", "exposed", "infant")],
         doses=[dose(25, "mg", "rilpivirine 25 mg by mouth once daily", frequency="once daily")],
         measurements=[
             meas(64, "%", "infants with quantifiable plasma rilpivirine", "proportion", None, None,
                  0, 1, timepoint="2 weeks"),                                                  # 0
             meas(32, "%", "infants with quantifiable plasma rilpivirine", "proportion", None, None,
                  0, 2, timepoint="2 months"),                                                 # 1
             meas(4.6, "ng/mL", "infant plasma rilpivirine, infants with quantifiable levels",
                  "concentration", "infant_blood", None, 0, 4, stat="median", timepoint="2 weeks"),
             meas(2.2, "ng/mL", "infant plasma rilpivirine, infants with quantifiable levels",
                  "concentration", "infant_blood", None, 0, 4, value_high=8.9,
                  stat="interquartile range", timepoint="2 weeks"),
             meas(2.1, "ng/mL", "infant plasma rilpivirine, infants with quantifiable levels",
                  "concentration", "infant_blood", None, 0, 5, stat="median", timepoint="2 months"),
             meas(1.3, "ng/mL", "infant plasma rilpivirine, infants with quantifiable levels",
                  "concentration", "infant_blood", None, 0, 5, value_high=3.4,
                  stat="interquartile range", timepoint="2 months"),
             meas(88, "ng/mL", "maternal plasma rilpivirine", "concentration", "maternal_blood",
                  None, 0, None, stat="median", timepoint="2 weeks"),
             meas(94, "ng/mL", "maternal plasma rilpivirine", "concentration", "maternal_blood",
                  None, 0, None, stat="median", timepoint="2 months"),
             meas(0.054, "{ratio}", "infant-to-maternal plasma ratio", "infant_plasma_ratio",
                  "infant_blood", None, 0, None, stat="median", timepoint="2 weeks"),
             meas(0.021, "{ratio}", "infant-to-maternal plasma ratio", "infant_plasma_ratio",
                  "infant_blood", None, 0, None, stat="median", timepoint="2 months"),
             meas(61, "ng/mL", "milk rilpivirine", "concentration", "milk", None, 0, 3,
                  stat="median", timepoint="2 weeks"),
             meas(0.68, "{ratio}", "milk-to-plasma ratio", "milk_plasma_ratio", "milk", None, 0, 3),
             meas(9.2, "ug/kg", "estimated infant rilpivirine dose per day", "infant_dose", None,
                  None, 0, 3),
             meas(2.6, "%", "infant dose, % of maternal weight-adjusted dose",
                  "relative_infant_dose", None, None, 0, 3),
             meas(5.3, "ng/mL", "infant plasma rilpivirine", "concentration", "infant_blood", None,
                  0, 6, stat="median", group=EBF, timepoint="2 weeks"),
             meas(1.9, "ng/mL", "infant plasma rilpivirine", "concentration", "infant_blood", None,
                  0, 7, stat="median", group=PBF, timepoint="2 weeks"),
             meas(72, "%", "infants with quantifiable plasma rilpivirine", "proportion", None, None,
                  0, 6, group=EBF, timepoint="2 weeks"),
             meas(43, "%", "infants with quantifiable plasma rilpivirine", "proportion", None, None,
                  0, 7, group=PBF, timepoint="2 weeks"),
             meas(3.0, "ng/mL", "infant plasma rilpivirine", "concentration", "infant_blood", None,
                  0, None, stat="median", group=EBF, timepoint="2 months"),
             meas(1.8, "ng/mL", "infant plasma rilpivirine", "concentration", "infant_blood", None,
                  0, None, stat="median", group=PBF, timepoint="2 months"),
         ],
         comparisons=[
             comp("infants with quantifiable rilpivirine, 2 weeks vs 2 months", [64, 32], "%",
                  "proportion", "rilpivirine quantifiable in infant plasma", ["2 weeks", "2 months"],
                  True, 0.001, "<"),
             comp("infant plasma rilpivirine at 2 weeks by feeding", [5.3, 1.9], "ng/mL",
                  "concentration", "infant plasma rilpivirine concentrations at 2 weeks",
                  [EBF, PBF], True, 0.008, "="),
             comp("quantifiable rilpivirine at 2 weeks by feeding", [72, 43], "%", "proportion",
                  "rilpivirine quantifiable in infant plasma at 2 weeks", [EBF, PBF], True, 0.02, "="),
             comp("infant plasma rilpivirine at 2 months by feeding", [3.0, 1.8], "ng/mL",
                  "concentration", "infant plasma rilpivirine concentrations at 2 months",
                  [EBF, PBF], False, 0.11, "="),
         ]),
]

# ------------------------------------------------------------------ aw03 --
# Pharmacy-site drug page (HTML), roxithromycin

aw03 = [
    stmt("Adults usually take 150 mg twice a day or 300 mg once a day",
         "recommendation", "roxithromycin", None,
         doses=[dose(150, "mg", "150 mg twice a day", frequency="twice a day",
                     duration="5 to 10 days"),
                dose(300, "mg", "300 mg once a day", frequency="once a day",
                     duration="5 to 10 days"),
                dose(150, "mg", "150 mg once a day", frequency="once a day")]),
    stmt("Lindqvist & S\u00f8rensen (1994), single-dose study",
         "study", "roxithromycin", None,
         populations=[pop(8, "8", "exposed", "mother")],
         doses=[dose(150, "mg", "150 mg, single dose")],
         measurements=[
             meas(0.72, "mg/L", "peak milk roxithromycin", "concentration", "milk", None, 0, 0,
                  stat="mean", timepoint="4 h after the dose"),
             meas(0.26, "mg", "roxithromycin excreted in milk over 24 h", "amount_excreted", None,
                  None, 0, 0),
         ],
         citations=[1]),
    stmt("Dubois-Marchand et al. (1999), steady-state study",
         "study", "roxithromycin", "oral",
         populations=[pop(12, "12", "exposed", "mother")],
         doses=[dose(150, "mg", "150 mg orally twice daily for 5 days", frequency="twice daily",
                     duration="5 days")],
         measurements=[
             meas(1.1, "mg/L", "trough milk roxithromycin", "concentration", "milk", None, 0, 0,
                  stat="mean"),
             meas(0.4, "mg/L", "trough milk roxithromycin", "concentration", "milk", None, 0, 0,
                  value_high=2.3, stat="range"),
         ],
         citations=[2]),
    stmt("Okonjo et al. (2008), neonatal unit cohort",
         "study", "roxithromycin", None,
         populations=[pop(21, "21", "exposed", "mother"),
                      pop(19, "19 infants tested", "exposed", "infant"),
                      pop(17, "17 of 19 infants tested", "exposed", "infant"),
                      pop(2, "the other two", "exposed", "infant")],
         doses=[dose(300, "mg", "300 mg once daily", frequency="once daily")],
         measurements=[
             meas(1.8, "mg/L", "milk roxithromycin", "concentration", "milk", None, 0, 0,
                  stat="median"),
             meas(1.2, "mg/L", "milk roxithromycin", "concentration", "milk", None, 0, 0,
                  value_high=2.6, stat="interquartile range"),
             meas(0.05, "mg/L", "infant roxithromycin level (undetectable)", "concentration",
                  "infant_blood", None, 0, 2, qualifier="<"),
             meas(0.06, "mg/L", "infant roxithromycin level", "concentration", "infant_blood", None,
                  0, 3),
             meas(0.08, "mg/L", "infant roxithromycin level", "concentration", "infant_blood", None,
                  0, 3),
         ],
         citations=[3]),
    stmt("Hartikainen (2015), case report",
         "study", "roxithromycin", None,
         populations=[pop(1, "1", "exposed", "mother")],
         doses=[dose(300, "mg", "300 mg twice daily", frequency="twice daily")],
         measurements=[
             meas(3.4, "mg/L", "milk roxithromycin", "concentration", "milk", None, 0, 0,
                  timepoint="6 h after a dose"),
             meas(0.11, "mg/L", "infant roxithromycin level", "concentration", "infant_blood", None,
                  0, 0),
         ],
         citations=[4]),
    stmt("In the steady-state study, milk levels were about 28% of plasma levels",
         "study", "roxithromycin", None,
         measurements=[
             meas(28, "%", "milk level, % of simultaneous plasma level", "milk_plasma_ratio", "milk",
                  None, None, None, qualifier="~"),
             meas(10, "h", "roxithromycin half-life in milk", "half_life", "milk", None, None, None,
                  qualifier="~"),
         ],
         citations=[2]),
    stmt("Working from the highest average milk level in the table",
         "study", "roxithromycin", None,
         doses=[dose(5, "mg/kg", "5 to 8 mg/kg a day", recipient="infant", amount_high=8,
                     frequency="per day")],
         measurements=[
             meas(0.27, "mg/kg", "estimated dose per day of a fully breastfed infant", "infant_dose",
                  None, None, None, None, qualifier="~"),
             meas(6, "%", "infant dose, % of mother's weight-adjusted dose", "relative_infant_dose",
                  None, None, None, None, qualifier="~"),
         ]),
    stmt("In the case report, the baby's blood level was under 2% of the mother's",
         "study", "roxithromycin", None,
         measurements=[
             meas(2, "%", "infant blood level, % of maternal level", "infant_plasma_ratio",
                  "infant_blood", None, None, None, qualifier="<"),
         ],
         citations=[4]),
]

# ------------------------------------------------------------------ aw04 --
# Professional-society evidence page (Markdown), segesterone acetate vaginal ring RCT

LOW, HIGH = "low-dose arm", "high-dose arm"
MILK = "mean 24-hour milk output (mL/day)"
WG = "mean infant weight gain (g/day)"
aw04 = [
    stmt("we suggest the vaginal ring releasing segesterone acetate 100 mcg daily rather than the 200 mcg daily ring",
         "recommendation", "segesterone acetate", "vaginal",
         doses=[dose(100, "ug", "segesterone acetate 100 mcg daily", frequency="per day"),
                dose(200, "ug", "200 mcg daily ring", frequency="per day")],
         citations=[1, 2]),
    stmt("One randomized, double-blind trial addressed the question directly",
         "study", "segesterone acetate", "vaginal",
         populations=[pop(164, "164 exclusively breastfeeding women", "total", "mother"),
                      pop(83, "Eighty-three were allocated to a vaginal ring releasing 100 mcg of "
                              "segesterone acetate per day (the low-dose arm)", "exposed", "mother"),
                      pop(81, "81 to a ring releasing 200 mcg per day (the high-dose arm)",
                          "exposed", "mother"),
                      pop(19, "19 women with the low-dose ring", "exposed", "mother"),
                      pop(24, "24 with the high-dose ring", "exposed", "mother"),
                      pop(4, "4 and 9 women", "exposed", "mother"),
                      pop(9, "4 and 9 women", "exposed", "mother"),
                      pop(7, "7 of 83 (8.4%)", "exposed", "mother"),
                      pop(6, "6 of 81 (7.4%) participants", "exposed", "mother"),
                      pop(2, "Two infants in the low-dose arm", "exposed", "infant"),
                      pop(3, "three in the high-dose arm", "exposed", "infant"),
                      pop(1, "one woman", "exposed", "mother")],
         doses=[dose(100, "ug", "100 mcg of segesterone acetate per day", frequency="per day",
                     duration="12 weeks"),
                dose(200, "ug", "200 mcg per day", frequency="per day", duration="12 weeks")],
         measurements=[
             meas(742, "mL", MILK, "milk_volume", None, None, 0, 1, stat="mean", group=LOW,
                  timepoint="2 weeks"),                                                          # 0
             meas(768, "mL", MILK, "milk_volume", None, None, 0, 1, stat="mean", group=LOW,
                  timepoint="4 weeks"),
             meas(781, "mL", MILK, "milk_volume", None, None, 0, 1, stat="mean", group=LOW,
                  timepoint="8 weeks"),
             meas(751, "mL", MILK, "milk_volume", None, None, 1, 2, stat="mean", group=HIGH,
                  timepoint="2 weeks"),
             meas(759, "mL", MILK, "milk_volume", None, None, 1, 2, stat="mean", group=HIGH,
                  timepoint="4 weeks"),
             meas(770, "mL", MILK, "milk_volume", None, None, 1, 2, stat="mean", group=HIGH,
                  timepoint="8 weeks"),
             meas(5.2, "%", "rise in milk output from pre-insertion baseline", "change", None, None,
                  0, 1, group="lower dose", timepoint="by week 8"),
             meas(3.1, "%", "rise in milk output from pre-insertion baseline", "change", None, None,
                  1, 2, group="higher dose", timepoint="by week 8"),
             meas(31.2, "g", WG, "other", None, None, 0, 1, stat="mean", group=LOW,
                  timepoint="first 2 weeks after insertion"),
             meas(27.5, "g", WG, "other", None, None, 0, 1, stat="mean", group=LOW,
                  timepoint="first 4 weeks after insertion"),
             meas(24.8, "g", WG, "other", None, None, 0, 1, stat="mean", group=LOW,
                  timepoint="first 8 weeks after insertion"),
             meas(30.6, "g", WG, "other", None, None, 1, 2, stat="mean", group="200-mcg ring",
                  timepoint="2 weeks"),
             meas(26.9, "g", WG, "other", None, None, 1, 2, stat="mean", group="200-mcg ring",
                  timepoint="4 weeks"),
             meas(22.1, "g", WG, "other", None, None, 1, 2, stat="mean", group="200-mcg ring",
                  timepoint="over 8 weeks"),
             meas(2.7, "g", "difference in mean infant weight gain (g/day) between arms", "other",
                  None, None, None, None, timepoint="8 weeks"),
             meas(8.4, "%", "ring expulsion", "proportion", None, None, 0, 1, group=LOW),
             meas(7.4, "%", "ring expulsion", "proportion", None, None, 1, 2, group=HIGH),
         ],
         comparisons=[
             comp("milk output at 2 weeks by dose", [742, 751], "mL", "milk_volume",
                  "milk output at 2 weeks", [LOW, HIGH], False, 0.4, ">"),
             comp("milk output at 4 weeks by dose", [768, 759], "mL", "milk_volume",
                  "milk output at 4 weeks", [LOW, HIGH], False, 0.4, ">"),
             comp("milk output at 8 weeks by dose", [781, 770], "mL", "milk_volume",
                  "milk output at 8 weeks", [LOW, HIGH], False, 0.4, ">"),
             comp("rise in milk output from baseline by week 8, by dose", [5.2, 3.1], "%", "change",
                  "rise in milk output from baseline by week 8", ["lower dose", "higher dose"],
                  False, 0.41, "="),
             comp("infant weight gain over the first 2 weeks by dose", [31.2, 30.6], "g", "other",
                  "infant weight gain over the first 2 weeks", [LOW, "200-mcg ring"], False),
             comp("infant weight gain over the first 4 weeks by dose", [27.5, 26.9], "g", "other",
                  "infant weight gain over the first 4 weeks", [LOW, "200-mcg ring"], False),
             comp("infant weight gain over 8 weeks by dose", [24.8, 22.1], "g", "other",
                  "infant weight gain over 8 weeks", [LOW, "200-mcg ring"], True, 0.006, "="),
             comp("ring expulsion by dose", [8.4, 7.4], "%", "proportion", "ring expulsion",
                  [LOW, HIGH], False, 0.79, "="),
         ],
         citations=[1]),
    stmt("In an earlier pharmacokinetic study, 20 women using a 200-mcg/day vaginal ring",
         "study", "segesterone acetate", "vaginal",
         populations=[pop(20, "20 women using a 200-mcg/day vaginal ring", "exposed", "mother")],
         doses=[dose(200, "ug", "200-mcg/day vaginal ring", frequency="per day")],
         measurements=[
             meas(0.16, "ng/mL", "milk segesterone acetate", "concentration", "milk", None, 0, 0,
                  stat="median"),
             meas(40, "%", "milk level, % of simultaneous serum level", "milk_plasma_ratio", "milk",
                  None, 0, 0, qualifier="~"),
             meas(0.02, "ng/mL", "infant serum segesterone acetate (undetectable)", "concentration",
                  "infant_blood", None, 0, 0, qualifier="<"),
             meas(0.024, "ug/kg", "estimated infant dose per day", "infant_dose", None, None, 0, 0,
                  qualifier="~"),
             meas(0.7, "%", "infant dose, % of maternal weight-adjusted daily release",
                  "relative_infant_dose", None, None, 0, 0),
         ],
         citations=[3]),
]

# ------------------------------------------------------------------ aw05 --
# Letter to the editor, zuclopenthixol case series (three pairs)

IM = "infant serum zuclopenthixol"
aw05 = [
    stmt("We describe three mother\u2013infant pairs treated in our perinatal psychiatry service",
         "study", "zuclopenthixol", "oral",
         populations=[pop(3, "three mother\u2013infant pairs", "exposed", "pair")],
         doses=[dose(10, "mg", "oral zuclopenthixol 10 mg at bedtime", frequency="at bedtime",
                     duration="since the second trimester"),
                dose(20, "mg", "20 mg daily in two divided doses",
                     frequency="daily in two divided doses"),
                dose(40, "mg", "40 mg daily", frequency="per day")],
         measurements=[
             meas(2.4, "ng/mL", "trough milk zuclopenthixol", "concentration", "milk", None, 0, None,
                  group="first pair", timepoint="infant 19 days old"),
             meas(0.3, "ng/mL", IM, "concentration", "infant_blood", None, 0, None,
                  group="first pair", timepoint="infant 19 days old"),
             meas(6.1, "ng/mL", "maternal serum zuclopenthixol", "concentration", "maternal_blood",
                  None, 0, None, group="first pair"),
             meas(0.05, "{ratio}", "infant/maternal serum ratio", "infant_plasma_ratio",
                  "infant_blood", None, 0, None, group="first pair"),
             meas(0.6, "ng/mL", IM, "concentration", "infant_blood", None, 1, None,
                  group="second pair", timepoint="infant 7 weeks old"),
             meas(11.8, "ng/mL", "maternal serum zuclopenthixol", "concentration", "maternal_blood",
                  None, 1, None, group="second pair"),
             meas(5.9, "ng/mL", "milk zuclopenthixol", "concentration", "milk", None, 1, None,
                  group="second pair"),
             meas(5, "%", "infant serum level, % of maternal serum level", "infant_plasma_ratio",
                  "infant_blood", None, 1, None, qualifier="~", group="second pair"),
             meas(13.5, "ng/mL", "trough milk zuclopenthixol", "concentration", "milk", None, 2, None,
                  group="third pair", timepoint="eight days after the dose increase"),
             meas(1.9, "ng/mL", IM, "concentration", "infant_blood", None, 2, None,
                  group="third pair", timepoint="infant 5 weeks old"),
             meas(0.09, "{ratio}", "infant/maternal serum ratio", "infant_plasma_ratio",
                  "infant_blood", None, 2, None, group="third pair"),
             meas(21.3, "ng/mL", "maternal serum zuclopenthixol", "concentration", "maternal_blood",
                  None, 2, None, group="third pair"),
             meas(0.36, "ug/kg", "estimated infant zuclopenthixol intake per day", "infant_dose",
                  None, None, 0, None, group="first pair"),
             meas(0.89, "ug/kg", "estimated infant zuclopenthixol intake per day", "infant_dose",
                  None, None, 1, None, group="second pair"),
             meas(2.0, "ug/kg", "estimated infant zuclopenthixol intake per day", "infant_dose",
                  None, None, 2, None, group="third pair"),
             meas(0.25, "%", RID_MWA, "relative_infant_dose", None, None, 0, None, group="first pair"),
             meas(0.31, "%", RID_MWA, "relative_infant_dose", None, None, 1, None,
                  group="second pair"),
             meas(0.35, "%", RID_MWA, "relative_infant_dose", None, None, 2, None, group="third pair"),
         ],
         citations=[2]),
    stmt("The highest infant concentration in our series",
         "study", "zuclopenthixol", None,
         doses=[dose(24, "mg", "24 mg daily", frequency="per day")],
         measurements=[
             meas(1.9, "ng/mL", IM, "concentration", "infant_blood", None, None, None,
                  group="our series (third pair)"),
             meas(4.4, "ng/mL", IM, "concentration", "infant_blood", None, 0, None,
                  group="earlier case"),
         ],
         comparisons=[
             comp("infant serum zuclopenthixol, our third pair vs the earlier published case",
                  [1.9, 4.4], "ng/mL", "concentration", "infant serum zuclopenthixol",
                  ["our series (third pair)", "earlier case"], None),
         ],
         citations=[1]),
    stmt("zuclopenthixol at doses up to 40 mg daily need not preclude breastfeeding",
         "recommendation", "zuclopenthixol", None,
         doses=[dose(40, "mg", "doses up to 40 mg daily", stat="maximum", frequency="per day")]),
]

# ------------------------------------------------------------------ aw06 --
# Population-PK modelling abstract, tafenoquine (one statement: Methods to Conclusions)

aw06 = [
    stmt("Forty-two lactating women with normal G6PD activity who received a single 300 mg oral dose",
         "study", "tafenoquine", "oral",
         populations=[pop(42, "Forty-two lactating women with normal G6PD activity", "exposed",
                          "mother")],
         doses=[dose(300, "mg", "a single 300 mg oral dose of tafenoquine")],
         measurements=[
             meas(15.8, "d", "terminal half-life in plasma", "half_life", "maternal_blood", None,
                  0, 0),
             meas(0.47, "{ratio}", "typical milk-to-plasma ratio", "milk_plasma_ratio", "milk",
                  None, 0, 0),
             meas(3.9, "%", "predicted relative infant dose, % of maternal weight-adjusted dose",
                  "relative_infant_dose", None, None, 0, None, stat="median"),
             meas(1.6, "%", "predicted relative infant dose, % of maternal weight-adjusted dose",
                  "relative_infant_dose", None, None, 0, None, value_high=8.2,
                  stat="5th-95th percentile"),
             meas(9.1, "ug/kg", "predicted peak daily infant intake", "infant_dose", None, None,
                  0, None, stat="median", timepoint="day 2"),
             meas(0.88, "mg", "predicted cumulative transfer to a term infant", "infant_dose", None,
                  None, 0, None, stat="median", group="term infants", timepoint="over 60 days"),
             meas(23, "ng/mL", "predicted peak infant plasma tafenoquine", "concentration",
                  "infant_blood", None, 0, None, stat="median", group="preterm infants"),
             meas(9.5, "ng/mL", "predicted peak infant plasma tafenoquine", "concentration",
                  "infant_blood", None, 0, None, stat="median", group="term infants"),
             meas(2.4, "{ratio}", "fold difference in peak infant plasma, preterm vs term", "other",
                  None, None, 0, None),
             meas(0.06, "{ratio}", "infant-to-maternal plasma ratio", "infant_plasma_ratio",
                  "infant_blood", None, 0, None, group="term infants", timepoint="day 14"),
             meas(0.15, "{ratio}", "infant-to-maternal plasma ratio", "infant_plasma_ratio",
                  "infant_blood", None, 0, None, group="preterm infants", timepoint="day 14"),
             meas(6, "%", "decrease in milk-to-plasma ratio per additional week postpartum",
                  "change", None, None, 0, 0),
         ],
         comparisons=[
             comp("predicted peak infant plasma tafenoquine, preterm vs term", [23, 9.5], "ng/mL",
                  "concentration", "predicted median peak infant plasma concentrations",
                  ["preterm infants", "term infants"], None),
             comp("infant-to-maternal plasma ratio on day 14, term vs preterm", [0.06, 0.15],
                  "{ratio}", "infant_plasma_ratio", "infant-to-maternal plasma ratio on day 14",
                  ["term infants", "preterm infants"], None),
         ]),
]

DOCS = [
    ("aw01_methsuximide_lactmed.txt", aw01),
    ("aw02_rilpivirine_abstract.txt", aw02),
    ("aw03_roxithromycin_drugpage.html", aw03),
    ("aw04_segesterone_evidence.md", aw04),
    ("aw05_zuclopenthixol_letter.txt", aw05),
    ("aw06_tafenoquine_popkmodel.txt", aw06),
]


def main():
    out = os.path.join(ROOT, "gold.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for doc, statements in DOCS:
            f.write(json.dumps({"doc": doc, "statements": statements}) + "\n")
    print("wrote %s (%d documents, %d statements)"
          % (out, len(DOCS), sum(len(s) for _, s in DOCS)))


if __name__ == "__main__":
    main()
