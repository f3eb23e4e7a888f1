#!/usr/bin/env python3
"""Build gold.jsonl for the synthetic held-out corpus AF (FORMAT.md version 2).

All documents and values are invented.  Run:  python3 tools/build_gold.py
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


MATRIX_KINDS = {"concentration", "half_life", "milk_plasma_ratio", "infant_plasma_ratio"}


def M(value, unit, kind, measure, matrix=None, analyte=None, dose=None, population=None,
      value_high=None, qualifier=None, stat=None, group=None, timepoint=None):
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
    if kind == "milk_plasma_ratio":
        matrix = "milk"
    if kind == "infant_plasma_ratio":
        matrix = "infant_blood"
    if kind not in MATRIX_KINDS:
        assert matrix is None, (value, kind, matrix)
    m["kind"] = kind
    m["matrix"] = matrix
    m["analyte"] = analyte
    m["dose"] = dose
    m["population"] = population
    return m


def C(values, unit, kind, outcome, arms, significant, p_value=None, p_qualifier=None, measure=None):
    return {"measure": measure or outcome, "values": values, "unit": unit, "kind": kind,
            "outcome": outcome, "arms": arms, "significant": significant,
            "p_value": p_value, "p_qualifier": p_qualifier}


def S(anchor, kind, drug, route, populations=(), doses=(), measurements=(), comparisons=(),
      citations=()):
    return {"anchor": anchor, "kind": kind, "drug": drug, "route": route,
            "populations": list(populations), "doses": list(doses),
            "measurements": list(measurements), "comparisons": list(comparisons),
            "citations": list(citations)}


DOCS = []


def doc(name, *statements):
    DOCS.append({"doc": name, "statements": list(statements)})


# ------------------------------------------------------------- af01 journal abstract (2-arm RCT)
doc("af01_etoricoxib_abstract.html",
    S("We randomly assigned 96 women undergoing planned cesarean delivery to oral etoricoxib",
      "study", "etoricoxib", "oral",
      populations=[
          P(96, "96 women undergoing planned cesarean delivery", "total", "mother"),            # 0
          P(48, "oral etoricoxib 120 mg once daily for 3 days (n = 48)", "exposed", "mother"),  # 1
          P(48, "a matching placebo (n = 48)", "control", "mother"),                            # 2
          P(12, "a pharmacokinetic subgroup of 12 women", "exposed", "mother"),                 # 3
          P(91, "Ninety-one women completed the trial", "total", "mother"),                     # 4
          P(46, "46", "exposed", "mother"),                                                     # 5
          P(45, "45", "control", "mother"),                                                     # 6
          P(3, "3 infants", "exposed", "infant"),                                               # 7
      ],
      doses=[D(120, "mg", "oral etoricoxib 120 mg once daily for 3 days",
               frequency="once daily", duration="for 3 days")],
      measurements=[
          M(412, "mL", "milk_volume", "24-hour milk volume", stat="mean", group="etoricoxib group",
            timepoint="day 3", dose=0, population=1),
          M(398, "mL", "milk_volume", "24-hour milk volume", stat="mean", group="placebo group",
            timepoint="day 3", population=2),
          M(80, "%", "proportion", "exclusive breastfeeding at discharge", group="etoricoxib",
            dose=0, population=1),
          M(62, "%", "proportion", "exclusive breastfeeding at discharge", group="placebo",
            population=2),
          M(186, "ng/mL", "concentration", "serum prolactin", matrix="maternal_blood",
            analyte="prolactin", group="etoricoxib", timepoint="day 3", dose=0, population=1),
          M(179, "ng/mL", "concentration", "serum prolactin", matrix="maternal_blood",
            analyte="prolactin", group="placebo", timepoint="day 3", population=2),
          M(5.8, "%", "change", "infant weight loss from initial weight", group="etoricoxib arm",
            timepoint="by day 3", dose=0),
          M(6.3, "%", "change", "infant weight loss from initial weight", group="placebo arm",
            timepoint="by day 3"),
          M(21, "%", "proportion", "women needing rescue analgesia", group="etoricoxib",
            dose=0, population=1),
          M(47, "%", "proportion", "women needing rescue analgesia", group="placebo",
            population=2),
          M(0.21, "mg/L", "concentration", "milk etoricoxib", matrix="milk", stat="mean",
            timepoint="day 3", dose=0, population=3),
          M(0.18, "{ratio}", "milk_plasma_ratio", "milk/plasma ratio of etoricoxib",
            dose=0, population=3),
          M(0.032, "mg/kg", "infant_dose", "estimated infant etoricoxib dose per day",
            dose=0, population=3),
          M(1.1, "%", "relative_infant_dose", "estimated infant dose, % of maternal weight-adjusted dosage",
            dose=0, population=3),
          M(4.5, "ug/L", "concentration", "infant serum etoricoxib", matrix="infant_blood",
            stat="maximum", dose=0, population=7),
      ],
      comparisons=[
          C([412, 398], "mL", "milk_volume", "24-hour milk volume on day 3",
            ["etoricoxib group", "placebo group"], False, 0.49, "="),
          C([80, 62], "%", "proportion", "exclusive breastfeeding at discharge",
            ["etoricoxib", "placebo"], True, 0.04, "="),
          C([186, 179], "ng/mL", "concentration", "serum prolactin on day 3",
            ["etoricoxib", "placebo"], False),
          C([5.8, 6.3], "%", "change", "infant weight lost by day 3",
            ["etoricoxib", "placebo"], False, 0.37, "="),
          C([21, 47], "%", "proportion", "rescue analgesia needed",
            ["etoricoxib", "placebo"], True, 0.001, "<"),
      ]))

# ------------------------------------------------------------- af02 news story (3-arm trial)
doc("af02_melatonin_news.html",
    S("A trial run by doctors in Lisbon suggests that melatonin, the over-the-counter sleep aid",
      "study", "melatonin", "oral",
      populations=[
          P(144, "144 breastfeeding mothers with insomnia", "total", "mother"),  # 0
          P(49, "49 women", "exposed", "mother"),                               # 1 (2 mg)
          P(47, "47 women", "exposed", "mother"),                               # 2 (5 mg)
          P(48, "48 women", "control", "mother"),                               # 3 (dummy pill)
          P(20, "20 of the babies", "total", "infant"),                         # 4
      ],
      doses=[
          D(2, "mg", "2 milligrams of melatonin", frequency="nightly", duration="for four weeks"),
          D(5, "mg", "5 milligrams of melatonin", frequency="nightly", duration="for four weeks"),
      ],
      measurements=[
          M(31, "%", "proportion", "mothers saying their baby seemed unusually sleepy during the day",
            group="5-milligram group", dose=1, population=2),
          M(18, "%", "proportion", "mothers saying their baby seemed unusually sleepy during the day",
            group="2-milligram group", dose=0, population=1),
          M(22, "%", "proportion", "mothers saying their baby seemed unusually sleepy during the day",
            group="placebo group", population=3),
          M(0.05, "ng/mL", "concentration", "overnight milk melatonin", matrix="milk",
            group="higher dose", timepoint="before (start of the four weeks)", population=2),
          M(0.31, "ng/mL", "concentration", "overnight milk melatonin", matrix="milk",
            group="higher dose", timepoint="after four weeks", dose=1, population=2),
          M(0.05, "ng/mL", "concentration", "overnight milk melatonin", matrix="milk",
            group="2-milligram group", timepoint="before (start of the four weeks)", population=1),
          M(0.09, "ng/mL", "concentration", "overnight milk melatonin", matrix="milk",
            group="2-milligram group", timepoint="after four weeks", dose=0, population=1),
          M(0.6, "%", "relative_infant_dose", "infant intake, % of mother's weight-adjusted dose",
            stat="maximum"),
          M(0.01, "ng/mL", "concentration", "daytime infant blood melatonin", matrix="infant_blood",
            qualifier="<", population=4),
          M(690, "mL", "milk_volume", "milk pumped per day", stat="mean", group="lower dose",
            dose=0, population=1),
          M(705, "mL", "milk_volume", "milk pumped per day", stat="mean", group="higher dose",
            dose=1, population=2),
          M(698, "mL", "milk_volume", "milk pumped per day", stat="mean", group="dummy pill",
            population=3),
          M(91, "%", "proportion", "mothers still nursing at the end of the study", group="2 mg",
            dose=0, population=1),
          M(88, "%", "proportion", "mothers still nursing at the end of the study", group="5 mg",
            dose=1, population=2),
          M(89, "%", "proportion", "mothers still nursing at the end of the study", group="dummy pill",
            population=3),
          M(4, "%", "proportion", "women giving up treatment early", group="higher dose",
            dose=1, population=2),
          M(15, "%", "proportion", "women giving up treatment early", group="dummy pill",
            population=3),
      ],
      comparisons=[
          C([31, 18, 22], "%", "proportion", "baby seemed unusually sleepy during the day",
            ["5-milligram group", "2-milligram group", "placebo group"], False),
          C([0.05, 0.31], "ng/mL", "concentration", "melatonin in milk collected overnight",
            ["before", "after"], None, measure="overnight milk melatonin, higher-dose group, before vs after"),
          C([0.05, 0.09], "ng/mL", "concentration", "melatonin in milk collected overnight",
            ["before", "after"], None, measure="overnight milk melatonin, 2-milligram group, before vs after"),
          C([690, 705, 698], "mL", "milk_volume", "milk pumped a day",
            ["lower dose", "higher dose", "dummy pill"], False),
          C([91, 88, 89], "%", "proportion", "still nursing at the end of the study",
            ["2 milligrams of melatonin", "5 milligrams of melatonin", "dummy pill"], False),
          C([4, 15], "%", "proportion", "gave up treatment early",
            ["higher dose", "dummy pill"], True),
      ]))

# ------------------------------------------------------------- af03 trial results page
doc("af03_furosemide_trial_results.txt",
    S("Participants received oral furosemide 20 mg once daily for 5 days",
      "study", "furosemide", "oral",
      populations=[
          P(52, "STARTED 52", "exposed", "mother"),                 # 0 furosemide started
          P(51, "51", "control", "mother"),                          # 1 placebo started
          P(49, "COMPLETED 49", "exposed", "mother"),                # 2 furosemide completed/analyzed
          P(50, "50", "control", "mother"),                          # 3 placebo completed/analyzed
          P(103, "103", "total", "mother"),                          # 4
          P(18, "Number of Participants Analyzed: 18", "exposed", "mother"),  # 5
          P(17, "Number of Infants Analyzed: 17", "exposed", "infant"),       # 6
      ],
      doses=[D(20, "mg", "oral furosemide 20 mg once daily for 5 days",
               frequency="once daily", duration="for 5 days")],
      measurements=[
          M(71.4, "%", "proportion", "participants exclusively breastfeeding at day 7",
            group="Furosemide", timepoint="Day 7", dose=0, population=2),
          M(76.0, "%", "proportion", "participants exclusively breastfeeding at day 7",
            group="Placebo", timepoint="Day 7", population=3),
          M(0.79, "{ratio}", "other", "odds ratio, exclusive breastfeeding at day 7, furosemide vs placebo"),
          M(318, "mL", "milk_volume", "24-hour expressed milk volume", stat="mean",
            group="Furosemide", timepoint="Day 3", dose=0, population=2),
          M(341, "mL", "milk_volume", "24-hour expressed milk volume", stat="mean",
            group="Placebo", timepoint="Day 3", population=3),
          M(486, "mL", "milk_volume", "24-hour expressed milk volume", stat="mean",
            group="Furosemide", timepoint="Day 5", dose=0, population=2),
          M(512, "mL", "milk_volume", "24-hour expressed milk volume", stat="mean",
            group="Placebo", timepoint="Day 5", population=3),
          M(8.2, "%", "proportion", "participants needing an additional antihypertensive drug",
            group="Furosemide", timepoint="Days 1 to 5", dose=0, population=2),
          M(23.5, "%", "proportion", "participants needing an additional antihypertensive drug",
            group="Placebo", timepoint="Days 1 to 5", population=3),
          M(168, "ng/mL", "concentration", "serum prolactin", matrix="maternal_blood",
            analyte="prolactin", stat="mean", group="Furosemide", timepoint="Day 5",
            dose=0, population=2),
          M(175, "ng/mL", "concentration", "serum prolactin", matrix="maternal_blood",
            analyte="prolactin", stat="mean", group="Placebo", timepoint="Day 5", population=3),
          M(41, "ng/mL", "concentration", "milk furosemide", matrix="milk", stat="median",
            timepoint="2 to 4 hours after the dose on Day 5", dose=0, population=5),
          M(12, "ng/mL", "concentration", "milk furosemide", matrix="milk", value_high=96,
            stat="range", timepoint="2 to 4 hours after the dose on Day 5", dose=0, population=5),
          M(0.09, "{ratio}", "milk_plasma_ratio", "milk-to-plasma ratio of furosemide",
            stat="median", dose=0, population=5),
          M(0.04, "{ratio}", "milk_plasma_ratio", "milk-to-plasma ratio of furosemide",
            value_high=0.21, stat="range", dose=0, population=5),
          M(5, "ng/mL", "concentration", "infant serum furosemide (below limit of quantitation)",
            matrix="infant_blood", qualifier="<", timepoint="Day 5", dose=0, population=6),
      ],
      comparisons=[
          C([71.4, 76.0], "%", "proportion", "exclusively breastfeeding at day 7",
            ["Furosemide", "Placebo"], False, 0.61, "="),
          C([318, 341], "mL", "milk_volume", "24-hour expressed milk volume at day 3",
            ["Furosemide", "Placebo"], False, 0.29, "="),
          C([486, 512], "mL", "milk_volume", "24-hour expressed milk volume at day 5",
            ["Furosemide", "Placebo"], False, 0.30, "="),
          C([8.2, 23.5], "%", "proportion", "needing an additional antihypertensive drug",
            ["Furosemide", "Placebo"], True, 0.043, "="),
          C([168, 175], "ng/mL", "concentration", "serum prolactin at day 5",
            ["Furosemide", "Placebo"], False, 0.52, "="),
      ]))

# ------------------------------------------------------------- af04 meeting abstract (cohort)
doc("af04_methylphenidate_meeting_abstract.md",
    S("In a prospective cohort at three teratology information services, we compared 86 breastfed infants",
      "study", "methylphenidate", "oral",
      populations=[
          P(86, "86 breastfed infants whose mothers took oral methylphenidate", "exposed", "infant"),  # 0
          P(172, "172 breastfed infants of unexposed mothers", "control", "infant"),                   # 1
          P(21, "A subgroup of 21 exposed mothers", "exposed", "mother"),                              # 2
          P(9, "all 9 infants tested", "exposed", "infant"),                                           # 3
      ],
      doses=[D(36, "mg", "The median maternal dose was 36 mg/day", stat="median", frequency="per day")],
      measurements=[
          M(9.8, "ug/L", "concentration", "milk methylphenidate", matrix="milk", stat="median",
            dose=0, population=2),
          M(84, "ug/L", "concentration", "milk ritalinic acid", matrix="milk", analyte="ritalinic acid",
            stat="median", dose=0, population=2),
          M(2.6, "{ratio}", "milk_plasma_ratio", "milk/plasma ratio of methylphenidate", stat="median",
            dose=0, population=2),
          M(0.4, "%", "relative_infant_dose", "relative infant dose, % of maternal weight-adjusted dosage",
            stat="median", dose=0, population=2),
          M(0.5, "ug/L", "concentration", "infant serum methylphenidate (undetectable)",
            matrix="infant_blood", qualifier="<", dose=0, population=3),
          M(12.8, "%", "proportion", "infants with sleep disturbance", group="exposed",
            dose=0, population=0),
          M(9.9, "%", "proportion", "infants with sleep disturbance", group="unexposed", population=1),
          M(1.34, "{ratio}", "other", "adjusted odds ratio, sleep disturbance, exposed vs unexposed"),
          M(4.7, "%", "proportion", "infants with poor weight gain", group="exposed",
            dose=0, population=0),
          M(4.1, "%", "proportion", "infants with poor weight gain", group="unexposed", population=1),
          M(1.12, "{ratio}", "other", "adjusted odds ratio, poor weight gain, exposed vs unexposed"),
          M(48.8, "%", "proportion", "exclusive breastfeeding at 3 months", group="exposed infants",
            dose=0, population=0),
          M(62.2, "%", "proportion", "exclusive breastfeeding at 3 months", group="unexposed infants",
            population=1),
          M(0.58, "{ratio}", "other", "adjusted odds ratio, exclusive breastfeeding at 3 months"),
          M(640, "mL", "milk_volume", "daily milk intake by test weighing", stat="median",
            group="exposed infants", timepoint="6 weeks", dose=0),
          M(655, "mL", "milk_volume", "daily milk intake by test weighing", stat="median",
            group="unexposed infants", timepoint="6 weeks"),
      ],
      comparisons=[
          C([12.8, 9.9], "%", "proportion", "sleep disturbance", ["exposed", "unexposed"], None),
          C([4.7, 4.1], "%", "proportion", "poor weight gain", ["exposed", "unexposed"], False, 0.86, "="),
          C([48.8, 62.2], "%", "proportion", "exclusive breastfeeding at 3 months",
            ["exposed infants", "unexposed infants"], True, 0.04, "="),
          C([640, 655], "mL", "milk_volume", "median daily milk intake at 6 weeks",
            ["exposed infants", "unexposed infants"], False, 0.58, "="),
      ]))

# ------------------------------------------------------------- af05 evidence summary (2 studies)
DOSES_10_20 = ["10 mg dose", "20 mg dose"]
doc("af05_baclofen_evidence_summary.html",
    S("Maternal baclofen doses of up to 60 mg daily are unlikely to harm a breastfed infant",
      "recommendation", "baclofen", None,
      doses=[D(60, "mg", "doses of up to 60 mg daily", stat="maximum", frequency="per day")]),
    S("In a randomized crossover study, 10 healthy lactating women received single oral doses",
      "study", "baclofen", "oral",
      populations=[P(10, "10 healthy lactating women", "exposed", "mother")],
      doses=[D(10, "mg", "single oral doses of baclofen 10 mg"),
             D(20, "mg", "20 mg, one week apart")],
      measurements=[
          M(62, "ug/L", "concentration", "peak milk baclofen", matrix="milk", stat="mean",
            group="10 mg dose", dose=0, population=0),
          M(131, "ug/L", "concentration", "peak milk baclofen", matrix="milk", stat="mean",
            group="20 mg dose", dose=1, population=0),
          M(0.31, "{ratio}", "milk_plasma_ratio", "milk/plasma ratio of baclofen", group="10 mg dose",
            dose=0, population=0),
          M(0.34, "{ratio}", "milk_plasma_ratio", "milk/plasma ratio of baclofen", group="20 mg dose",
            dose=1, population=0),
          M(5.2, "h", "half_life", "baclofen half-life in milk", matrix="milk", group="lower dose",
            dose=0, population=0),
          M(5.6, "h", "half_life", "baclofen half-life in milk", matrix="milk", group="higher dose",
            dose=1, population=0),
          M(38, "ug", "amount_excreted", "baclofen recovered in milk over 24 hours", group="10 mg dose",
            dose=0, population=0),
          M(81, "ug", "amount_excreted", "baclofen recovered in milk over 24 hours", group="20 mg dose",
            dose=1, population=0),
          M(1.9, "ug/kg", "infant_dose", "estimated infant baclofen dose per day", group="10 mg dose",
            dose=0, population=0),
          M(4.1, "ug/kg", "infant_dose", "estimated infant baclofen dose per day", group="20 mg dose",
            dose=1, population=0),
          M(1.1, "%", "relative_infant_dose", "estimated infant dose, % of maternal weight-adjusted dosage",
            group="10 mg dose", dose=0, population=0),
          M(1.2, "%", "relative_infant_dose", "estimated infant dose, % of maternal weight-adjusted dosage",
            group="20 mg dose", dose=1, population=0),
      ],
      comparisons=[
          C([62, 131], "ug/L", "concentration", "peak milk baclofen", DOSES_10_20, True, 0.001, "<"),
          C([0.31, 0.34], "{ratio}", "milk_plasma_ratio", "milk/plasma ratio", DOSES_10_20, False),
          C([5.2, 5.6], "h", "half_life", "half-life of baclofen in milk", ["lower dose", "higher dose"], None),
          C([38, 81], "ug", "amount_excreted", "baclofen recovered in milk over 24 hours", DOSES_10_20, None),
          C([1.9, 4.1], "ug/kg", "infant_dose", "estimated infant dose", DOSES_10_20, None),
          C([1.1, 1.2], "%", "relative_infant_dose",
            "estimated infant dose, % of maternal weight-adjusted dosage", DOSES_10_20, None),
      ],
      citations=[1]),
    S("An observational study followed 15 breastfed infants of mothers taking oral baclofen",
      "study", "baclofen", "oral",
      populations=[
          P(15, "15 breastfed infants of mothers taking oral baclofen 30 to 60 mg daily", "exposed", "infant"),
          P(15, "15 breastfed infants of untreated mothers", "control", "infant"),
          P(4, "4 exposed infants", "exposed", "infant"),
      ],
      doses=[D(30, "mg", "oral baclofen 30 to 60 mg daily", amount_high=60, frequency="per day")],
      measurements=[
          M(13, "%", "proportion", "infants with drowsiness", group="exposed infants", dose=0, population=0),
          M(7, "%", "proportion", "infants with drowsiness", group="unexposed infants", population=1),
          M(6, "ug/L", "concentration", "infant serum baclofen", matrix="infant_blood", value_high=21,
            stat="range", dose=0, population=2),
          M(2, "%", "infant_plasma_ratio", "infant serum level, % of maternal serum level",
            value_high=5, qualifier="~", dose=0, population=2),
      ],
      comparisons=[
          C([13, 7], "%", "proportion", "drowsiness", ["exposed infants", "unexposed infants"], False),
      ],
      citations=[2]))

# ------------------------------------------------------------- af06 LactMed-style: eslicarbazepine
ESL = "eslicarbazepine acetate"
doc("af06_eslicarbazepine_lactmed.txt",
    S("Limited data indicate that maternal doses of up to 1200 mg daily produce infant serum levels",
      "recommendation", ESL, None,
      doses=[D(1200, "mg", "maternal doses of up to 1200 mg daily", stat="maximum", frequency="per day")]),
    S("Five women taking eslicarbazepine acetate 800 mg once daily for epilepsy provided milk",
      "study", ESL, None,
      populations=[P(5, "Five women", "exposed", "mother")],
      doses=[D(800, "mg", "eslicarbazepine acetate 800 mg once daily", frequency="once daily")],
      measurements=[
          M(5.3, "mg/L", "concentration", "trough milk eslicarbazepine", matrix="milk",
            analyte="eslicarbazepine", stat="mean", dose=0, population=0),
          M(11.8, "mg/L", "concentration", "peak milk eslicarbazepine", matrix="milk",
            analyte="eslicarbazepine", stat="mean", timepoint="about 3 hours after the dose",
            dose=0, population=0),
          M(0.72, "{ratio}", "milk_plasma_ratio", "milk/plasma ratio", analyte="eslicarbazepine",
            stat="mean", dose=0, population=0),
          M(1.8, "mg/kg", "infant_dose", "estimated infant eslicarbazepine dose per day",
            analyte="eslicarbazepine", dose=0, population=0),
          M(8.6, "%", "relative_infant_dose", "infant dose, % of maternal weight-adjusted dosage",
            analyte="eslicarbazepine", dose=0, population=0),
      ],
      citations=[2]),
    S("A mother who was taking eslicarbazepine acetate 1200 mg daily had milk collected",
      "study", ESL, None,
      doses=[D(1200, "mg", "eslicarbazepine acetate 1200 mg daily", frequency="per day")],
      measurements=[
          M(14.6, "mg/L", "concentration", "highest milk eslicarbazepine", matrix="milk",
            analyte="eslicarbazepine", stat="maximum", dose=0),
          M(0.9, "mg/L", "concentration", "highest milk R-licarbazepine", matrix="milk",
            analyte="r-licarbazepine", stat="maximum", dose=0),
          M(17, "h", "half_life", "eslicarbazepine half-life in milk", matrix="milk",
            analyte="eslicarbazepine", dose=0),
          M(19.5, "mg", "amount_excreted", "eslicarbazepine plus R-licarbazepine excreted into milk over 24 hours",
            analyte="eslicarbazepine plus r-licarbazepine", dose=0),
          M(11.2, "%", "relative_infant_dose", "infant dose, % of maternal weight-adjusted dosage",
            qualifier="~", dose=0),
      ],
      citations=[3]),
    S("Serum was obtained from 4 breastfed infants of the mothers in the study above",
      "study", ESL, None,
      populations=[P(4, "4 breastfed infants", "exposed", "infant")],
      measurements=[
          M(0.9, "mg/L", "concentration", "infant serum eslicarbazepine", matrix="infant_blood",
            analyte="eslicarbazepine", stat="mean", population=0),
          M(0.4, "mg/L", "concentration", "infant serum eslicarbazepine", matrix="infant_blood",
            analyte="eslicarbazepine", value_high=1.6, stat="range", population=0),
          M(6, "%", "infant_plasma_ratio", "infant serum level, % of maternal plasma level",
            analyte="eslicarbazepine", population=0),
      ],
      citations=[2]),
    S("One exclusively breastfed infant whose mother took eslicarbazepine acetate 1600 mg daily",
      "study", ESL, None,
      populations=[P(1, "One exclusively breastfed infant", "exposed", "infant")],
      doses=[D(1600, "mg", "eslicarbazepine acetate 1600 mg daily", frequency="per day")],
      measurements=[
          M(2.1, "mg/L", "concentration", "infant serum eslicarbazepine", matrix="infant_blood",
            analyte="eslicarbazepine", timepoint="3 weeks of age", dose=0, population=0),
          M(10, "%", "infant_plasma_ratio", "infant serum level, % of maternal level",
            analyte="eslicarbazepine", qualifier="~", dose=0, population=0),
      ],
      citations=[4]),
    S("In a cohort study, 27 breastfed infants whose mothers took eslicarbazepine acetate as monotherapy",
      "study", ESL, None,
      populations=[
          P(27, "27 breastfed infants whose mothers took eslicarbazepine acetate as monotherapy",
            "exposed", "infant"),
          P(31, "31 breastfed infants whose mothers took other anticonvulsant monotherapy",
            "control", "infant"),
      ],
      measurements=[
          M(7, "%", "proportion", "infants with drowsiness", group="eslicarbazepine acetate", population=0),
          M(10, "%", "proportion", "infants with drowsiness", group="other anticonvulsants", population=1),
          M(4, "%", "proportion", "infants with feeding difficulties", group="eslicarbazepine acetate",
            population=0),
          M(3, "%", "proportion", "infants with feeding difficulties", group="other anticonvulsants",
            population=1),
      ],
      comparisons=[
          C([7, 10], "%", "proportion", "drowsiness",
            ["eslicarbazepine acetate monotherapy", "other anticonvulsant monotherapy"], None),
          C([4, 3], "%", "proportion", "feeding difficulties",
            ["eslicarbazepine acetate monotherapy", "other anticonvulsant monotherapy"], False),
      ],
      citations=[5]))

# ------------------------------------------------------------- af07 LactMed-style: losartan
E3174 = "e-3174"
LE = "losartan plus e-3174"
doc("af07_losartan_lactmed.html",
    S("Eight women who were taking losartan 50 mg once daily for chronic hypertension",
      "study", "losartan", None,
      populations=[P(8, "Eight women", "exposed", "mother")],
      doses=[D(50, "mg", "losartan 50 mg once daily", frequency="once daily")],
      measurements=[
          M(12.4, "ug/L", "concentration", "peak milk losartan", matrix="milk", stat="mean",
            timepoint="1.5 hours after the dose", dose=0, population=0),
          M(31, "ug/L", "concentration", "peak milk E-3174", matrix="milk", analyte=E3174, stat="mean",
            dose=0, population=0),
          M(0.05, "{ratio}", "milk_plasma_ratio", "milk/plasma ratio of losartan", stat="mean",
            dose=0, population=0),
          M(0.02, "{ratio}", "milk_plasma_ratio", "milk/plasma ratio of E-3174", analyte=E3174,
            stat="mean", dose=0, population=0),
          M(6.2, "ug", "amount_excreted", "losartan plus E-3174 excreted into milk over 24 hours",
            analyte=LE, stat="mean", dose=0, population=0),
          M(0.9, "ug/kg", "infant_dose", "estimated infant dose per day of losartan plus E-3174",
            analyte=LE, dose=0, population=0),
          M(0.12, "%", "relative_infant_dose", "infant dose, % of maternal weight-adjusted dosage",
            analyte=LE, dose=0, population=0),
      ],
      citations=[2]),
    S("A mother taking losartan 100 mg daily donated milk on two occasions",
      "study", "losartan", None,
      doses=[D(100, "mg", "losartan 100 mg daily", frequency="per day")],
      measurements=[
          M(22, "ug/L", "concentration", "peak milk losartan", matrix="milk", dose=0),
          M(58, "ug/L", "concentration", "peak milk E-3174", matrix="milk", analyte=E3174, dose=0),
          M(7.5, "h", "half_life", "E-3174 half-life in milk", matrix="milk", analyte=E3174, dose=0),
      ],
      citations=[3]),
    S("Serum from 3 breastfed infants whose mothers were taking losartan 50 mg daily",
      "study", "losartan", None,
      populations=[P(3, "3 breastfed infants", "exposed", "infant"),
                   P(1, "one infant", "exposed", "infant")],
      doses=[D(50, "mg", "losartan 50 mg daily", frequency="per day")],
      measurements=[
          M(1, "ug/L", "concentration", "infant serum losartan (undetectable)", matrix="infant_blood",
            qualifier="<", timepoint="2 to 4 hours after nursing", dose=0, population=0),
          M(1.4, "ug/L", "concentration", "infant serum E-3174", matrix="infant_blood", analyte=E3174,
            dose=0, population=1),
      ],
      citations=[2]),
    S("A study compared 19 infants breastfed by mothers taking losartan 25 to 100 mg daily",
      "study", "losartan", None,
      populations=[P(19, "19 infants breastfed by mothers taking losartan 25 to 100 mg daily",
                     "exposed", "infant"),
                   P(24, "24 infants breastfed by mothers who took no antihypertensive drug",
                     "control", "infant")],
      doses=[D(25, "mg", "losartan 25 to 100 mg daily", amount_high=100, frequency="per day")],
      measurements=[
          M(11, "%", "proportion", "infants with feeding problems", group="exposed infants",
            dose=0, population=0),
          M(8, "%", "proportion", "infants with feeding problems", group="unexposed infants",
            population=1),
      ],
      comparisons=[
          C([11, 8], "%", "proportion", "feeding problems", ["exposed infants", "unexposed infants"],
            False, 0.74, "="),
      ],
      citations=[4]),
    S("In 6 nursing mothers, serum prolactin averaged 96 ng/mL before losartan was started",
      "study", "losartan", None,
      populations=[P(6, "6 nursing mothers", "exposed", "mother")],
      measurements=[
          M(96, "ng/mL", "concentration", "serum prolactin", matrix="maternal_blood", analyte="prolactin",
            stat="mean", timepoint="before losartan was started", population=0),
          M(91, "ng/mL", "concentration", "serum prolactin", matrix="maternal_blood", analyte="prolactin",
            stat="mean", timepoint="after 2 weeks of therapy", population=0),
      ],
      comparisons=[
          C([96, 91], "ng/mL", "concentration", "serum prolactin", ["before", "after"], False),
      ],
      citations=[5]))

# ------------------------------------------------------------- af08 LactMed-style: spironolactone
doc("af08_spironolactone_lactmed.txt",
    S("A woman taking spironolactone 25 mg four times daily had milk and serum sampled",
      "study", "spironolactone", None,
      doses=[D(25, "mg", "spironolactone 25 mg four times daily", frequency="four times daily")],
      measurements=[
          M(5, "ug/L", "concentration", "milk spironolactone (undetectable)", matrix="milk",
            qualifier="<", dose=0),
          M(104, "ug/L", "concentration", "milk canrenone", matrix="milk", analyte="canrenone",
            timepoint="2 hours after the morning dose", dose=0),
          M(0.72, "{ratio}", "milk_plasma_ratio", "milk/serum ratio of canrenone", analyte="canrenone",
            timepoint="2 hours after the dose", dose=0),
          M(0.51, "{ratio}", "milk_plasma_ratio", "milk/serum ratio of canrenone", analyte="canrenone",
            timepoint="14.5 hours after the dose", dose=0),
          M(0.2, "%", "relative_infant_dose", "infant dose as canrenone, % of maternal daily dosage",
            analyte="canrenone", dose=0),
      ],
      citations=[1]),
    S("Eleven nursing mothers receiving spironolactone 50 to 100 mg daily for hypertension",
      "study", "spironolactone", None,
      populations=[P(11, "Eleven nursing mothers", "exposed", "mother")],
      doses=[D(50, "mg", "spironolactone 50 to 100 mg daily", amount_high=100, frequency="per day")],
      measurements=[
          M(38, "ug/L", "concentration", "milk canrenone", matrix="milk", analyte="canrenone",
            stat="median", dose=0, population=0),
          M(12, "ug/L", "concentration", "milk canrenone", matrix="milk", analyte="canrenone",
            value_high=96, stat="range", dose=0, population=0),
          M(0.6, "{ratio}", "milk_plasma_ratio", "milk/plasma ratio of canrenone", analyte="canrenone",
            stat="median", dose=0, population=0),
          M(23, "ug", "amount_excreted", "canrenone excreted into milk over 24 hours", analyte="canrenone",
            stat="median", dose=0, population=0),
          M(5.7, "ug/kg", "infant_dose", "estimated infant dose per day", stat="median",
            dose=0, population=0),
          M(0.6, "%", "relative_infant_dose", "infant dose, % of maternal weight-adjusted dosage",
            dose=0, population=0),
      ],
      citations=[2]),
    S("Canrenone was measured in the serum of 5 breastfed infants of mothers in the preceding study",
      "study", "spironolactone", None,
      populations=[P(5, "5 breastfed infants", "exposed", "infant")],
      measurements=[
          M(6, "ug/L", "concentration", "highest infant serum canrenone", matrix="infant_blood",
            analyte="canrenone", stat="maximum", population=0),
          M(2, "ug/L", "concentration", "infant serum canrenone (undetectable)", matrix="infant_blood",
            analyte="canrenone", qualifier="<", group="the other infants"),
          M(1, "%", "infant_plasma_ratio", "infant level, % of maternal serum canrenone",
            analyte="canrenone", value_high=4, population=0),
      ],
      citations=[2]),
    S("Fourteen infants whose mothers took spironolactone while breastfeeding were compared",
      "study", "spironolactone", None,
      populations=[P(14, "Fourteen infants whose mothers took spironolactone while breastfeeding",
                     "exposed", "infant"),
                   P(14, "14 matched breastfed infants whose mothers took a different antihypertensive",
                     "control", "infant")],
      measurements=[
          M(138, "mmol/L", "concentration", "infant serum sodium", matrix="infant_blood", analyte="sodium",
            stat="mean", group="spironolactone group", population=0),
          M(139, "mmol/L", "concentration", "infant serum sodium", matrix="infant_blood", analyte="sodium",
            stat="mean", group="comparison group", population=1),
      ],
      comparisons=[
          C([138, 139], "mmol/L", "concentration", "infant serum sodium",
            ["spironolactone group", "comparison group"], False),
      ],
      citations=[3]),
    S("In a randomized study of 60 nursing mothers with hypertension, those assigned to spironolactone",
      "study", "spironolactone", None,
      populations=[P(60, "60 nursing mothers with hypertension", "total", "mother"),
                   P(30, "those assigned to spironolactone 50 mg daily (n = 30)", "exposed", "mother"),
                   P(30, "those assigned to placebo (n = 30)", "control", "mother")],
      doses=[D(50, "mg", "spironolactone 50 mg daily", frequency="per day")],
      measurements=[
          M(520, "mL", "milk_volume", "24-hour milk volume", stat="mean", group="spironolactone",
            timepoint="day 7", dose=0, population=1),
          M(548, "mL", "milk_volume", "24-hour milk volume", stat="mean", group="placebo",
            timepoint="day 7", population=2),
      ],
      comparisons=[
          C([520, 548], "mL", "milk_volume", "24-hour milk volume on day 7",
            ["spironolactone", "placebo"], False, 0.41, "="),
      ],
      citations=[4]))


def main():
    out = os.path.join(ROOT, "gold.jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for d in DOCS:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    print("wrote %s (%d docs)" % (out, len(DOCS)))


if __name__ == "__main__":
    main()
