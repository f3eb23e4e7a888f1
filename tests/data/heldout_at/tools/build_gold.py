#!/usr/bin/env python3
"""Gold annotations for the held-out corpus "at" (FORMAT.md version 2).

SYNTHETIC: every study, number, journal and author in ../texts is invented.
Running this script writes ../gold.jsonl (one JSON line per document, keys in
the same order as /work/shared/gold/dev.jsonl) and prints a count table.
Standard library only.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


# ---------------------------------------------------------------- helpers
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


def comp(measure, values, unit, kind, outcome, arms, significant=None,
         p_value=None, p_qualifier=None):
    return {"measure": measure, "values": values, "unit": unit, "kind": kind,
            "outcome": outcome, "arms": arms, "significant": significant,
            "p_value": p_value, "p_qualifier": p_qualifier}


def stmt(anchor, kind, drug, route, populations, doses, measurements,
         comparisons, citations):
    return {"anchor": anchor, "kind": kind, "drug": drug, "route": route,
            "populations": populations, "doses": doses,
            "measurements": measurements, "comparisons": comparisons,
            "citations": citations}


DOCS = []

# ======================================================================
# at01 - PubMed abstract, three-arm RCT (etodolac 200 mg / 400 mg / placebo)
# ======================================================================
MT = "24-hour milk transfer by test weighing"
DOCS.append({"doc": "at01_etodolac_abstract.txt", "statements": [
    stmt("Women planning to breastfeed after elective caesarean delivery were randomly allocated",
         "study", "etodolac", "oral",
         [pop(171, "171 women", "total", "mother"),                      # 0
          pop(57, "200 mg, n = 57", "exposed", "mother"),                # 1
          pop(58, "400 mg, n = 58", "exposed", "mother"),                # 2
          pop(56, "placebo, n = 56", "control", "mother"),               # 3
          pop(41, "41/57", "exposed", "mother"),                         # 4
          pop(44, "44/58", "exposed", "mother"),                         # 5
          pop(32, "32/56", "control", "mother"),                         # 6
          pop(24, "24 women receiving etodolac", "exposed", "mother")],  # 7
         [dose(200, "mg", "oral etodolac 200 mg", frequency="every 12 hours", duration="for 72 hours"),
          dose(400, "mg", "oral etodolac 400 mg", frequency="every 12 hours", duration="for 72 hours")],
         [meas(268, "mL", MT, "milk_volume", stat="mean", group="etodolac 200 mg", timepoint="day 3", dose=0, population=1),
          meas(291, "mL", MT, "milk_volume", stat="mean", group="etodolac 400 mg", timepoint="day 3", dose=1, population=2),
          meas(236, "mL", MT, "milk_volume", stat="mean", group="placebo", timepoint="day 3", dose=None, population=3),
          meas(486, "mL", MT, "milk_volume", stat="mean", group="etodolac 200 mg", timepoint="day 5", dose=0, population=1),
          meas(517, "mL", MT, "milk_volume", stat="mean", group="etodolac 400 mg", timepoint="day 5", dose=1, population=2),
          meas(431, "mL", MT, "milk_volume", stat="mean", group="placebo", timepoint="day 5", dose=None, population=3),
          meas(72, "%", "mothers exclusively breastfeeding", "proportion", group="etodolac 200 mg", timepoint="day 7", dose=0, population=1),
          meas(76, "%", "mothers exclusively breastfeeding", "proportion", group="etodolac 400 mg", timepoint="day 7", dose=1, population=2),
          meas(57, "%", "mothers exclusively breastfeeding", "proportion", group="placebo", timepoint="day 7", dose=None, population=3),
          meas(0.12, "mg/L", "milk etodolac", "concentration", "milk", stat="median", group="lower dose", timepoint="day 3", dose=0, population=7),
          meas(0.25, "mg/L", "milk etodolac", "concentration", "milk", stat="median", group="higher dose", timepoint="day 3", dose=1, population=7),
          meas(0.5, "%", "estimated infant dose, % of maternal weight-adjusted dose", "relative_infant_dose",
               qualifier="<", group="either dose", dose=None, population=7)],
         [comp(MT + " on day 3", [268, 291, 236], "mL", "milk_volume", "24-hour milk transfer on day 3",
               ["etodolac 200 mg", "etodolac 400 mg", "placebo"], True, 0.004, "="),
          comp(MT + " on day 5", [486, 517, 431], "mL", "milk_volume", "24-hour milk transfer on day 5",
               ["etodolac 200 mg", "etodolac 400 mg", "placebo"], True, 0.001, "<"),
          comp("day-5 transfer, 400 mg vs placebo", [517, 431], "mL", "milk_volume", "day-5 milk transfer",
               ["400 mg", "placebo"], True, 0.001, "<"),
          comp("day-5 transfer, 200 mg vs placebo", [486, 431], "mL", "milk_volume", "day-5 milk transfer",
               ["200 mg", "placebo"], True, 0.018, "="),
          comp("day-5 transfer, 200 mg vs 400 mg", [486, 517], "mL", "milk_volume", "day-5 milk transfer",
               ["200 mg", "400 mg"], False, 0.17, "="),
          comp("exclusive breastfeeding on day 7", [72, 76, 57], "%", "proportion", "exclusive breastfeeding on day 7",
               ["etodolac 200 mg", "etodolac 400 mg", "placebo"], False, 0.07, "="),
          comp("median milk etodolac on day 3, lower vs higher dose", [0.12, 0.25], "mg/L", "concentration",
               "median milk etodolac concentration on day 3", ["lower dose", "higher dose"], None, None, None)],
         []),
]})

# ======================================================================
# at02 - journal HTML page, exposed vs unexposed cohort (amitriptyline)
# ======================================================================
DOCS.append({"doc": "at02_amitriptyline_cohort.html", "statements": [
    stmt("Through four teratology information services we prospectively enrolled breastfeeding mothers",
         "study", "amitriptyline", None,
         [pop(164, "164 exposed", "exposed", "infant"),                                 # 0
          pop(328, "328 unexposed breastfed infants", "control", "infant"),             # 1
          pop(14, "14 of 164 exposed infants", "exposed", "infant"),                    # 2
          pop(15, "15 of 328 unexposed infants", "control", "infant"),                  # 3
          pop(9, "9 of 164", "exposed", "infant"),                                      # 4
          pop(17, "17 of 328", "control", "infant"),                                    # 5
          pop(38, "38 exposed infants who had blood drawn", "exposed", "infant"),       # 6
          pop(11, "11 (29%)", "exposed", "infant")],                                    # 7
         [dose(25, "mg", "a median of 25 mg of amitriptyline daily", stat="median", frequency="per day"),
          dose(10, "mg", "range 10 to 75 mg", amount_high=75, stat="range", frequency="per day")],
         [meas(8.5, "%", "infants with drowsiness or excessive sleeping", "proportion", group="exposed infants", dose=0, population=0),
          meas(4.6, "%", "infants with drowsiness or excessive sleeping", "proportion", group="unexposed infants", dose=None, population=1),
          meas(1.86, "{ratio}", "adjusted odds ratio for drowsiness or excessive sleeping, exposed vs unexposed", "other"),
          meas(5.5, "%", "infants with poor feeding", "proportion", group="exposed infants", dose=0, population=0),
          meas(5.2, "%", "infants with poor feeding", "proportion", group="unexposed infants", dose=None, population=1),
          meas(2.1, "ng/mL", "infant serum amitriptyline", "concentration", "infant_blood", stat="median", dose=0, population=6),
          meas(29, "%", "exposed infants with undetectable serum amitriptyline", "proportion", dose=0, population=6),
          meas(68, "ng/mL", "paired maternal serum amitriptyline", "concentration", "maternal_blood", stat="median", dose=0, population=None),
          meas(3, "%", "infant serum level, % of maternal serum level", "infant_plasma_ratio", "infant_blood",
               qualifier="~", dose=0, population=6)],
         [comp("infants with drowsiness or excessive sleeping", [8.5, 4.6], "%", "proportion",
               "drowsiness or excessive sleeping", ["exposed infants", "unexposed infants"], False, None, None),
          comp("infants with poor feeding", [5.5, 5.2], "%", "proportion",
               "poor feeding", ["exposed infants", "unexposed infants"], False, None, None)],
         []),
]})

# ======================================================================
# at03 - registry results record, two arms (felodipine ER vs placebo)
# ======================================================================
MV = "24-hour expressed breast milk volume"
PRL = "maternal serum prolactin"
DOCS.append({"doc": "at03_felodipine_registry.txt", "statements": [
    stmt("This randomized, double-blind trial compared felodipine extended-release tablets with placebo",
         "study", "felodipine", "oral",
         [pop(82, "82 participants", "total", "mother"),   # 0
          pop(41, "41", "exposed", "mother"),              # 1 STARTED, Felodipine ER
          pop(41, "41", "control", "mother"),              # 2 STARTED, Placebo
          pop(27, "27", "exposed", "mother"),              # 3 exclusive breastfeeding, Felodipine ER
          pop(29, "29", "control", "mother")],             # 4 exclusive breastfeeding, Placebo
         [dose(5, "mg", "felodipine 5 mg extended-release tablet by mouth once daily for 4 weeks",
               frequency="once daily", duration="for 4 weeks")],
         [meas(498, "mL", MV, "milk_volume", stat="mean", group="Felodipine ER", timepoint="baseline", dose=None, population=1),
          meas(507, "mL", MV, "milk_volume", stat="mean", group="Placebo", timepoint="baseline", dose=None, population=2),
          meas(612, "mL", MV, "milk_volume", stat="mean", group="Felodipine ER", timepoint="week 4", dose=0, population=1),
          meas(603, "mL", MV, "milk_volume", stat="mean", group="Placebo", timepoint="week 4", dose=None, population=2),
          meas(9, "mL", "mean difference in week-4 milk volume, felodipine ER minus placebo", "other"),
          meas(142.6, "ng/mL", PRL, "concentration", "maternal_blood", "prolactin", stat="mean", group="Felodipine ER",
               timepoint="baseline", dose=None, population=1),
          meas(139.1, "ng/mL", PRL, "concentration", "maternal_blood", "prolactin", stat="mean", group="Placebo",
               timepoint="baseline", dose=None, population=2),
          meas(96.4, "ng/mL", PRL, "concentration", "maternal_blood", "prolactin", stat="mean", group="Felodipine ER",
               timepoint="week 4", dose=0, population=1),
          meas(118.7, "ng/mL", PRL, "concentration", "maternal_blood", "prolactin", stat="mean", group="Placebo",
               timepoint="week 4", dose=None, population=2),
          meas(-22.3, "ng/mL", "mean difference in week-4 serum prolactin, felodipine ER minus placebo", "other",
               analyte="prolactin"),
          meas(71.1, "%", "participants exclusively breastfeeding", "proportion", group="Felodipine ER", timepoint="week 4",
               dose=0, population=1),
          meas(74.4, "%", "participants exclusively breastfeeding", "proportion", group="Placebo", timepoint="week 4",
               dose=None, population=2)],
         [comp(MV + " at baseline", [498, 507], "mL", "milk_volume", "24-hour expressed breast milk volume at baseline",
               ["Felodipine ER", "Placebo"], None, None, None),
          comp(MV + " at week 4", [612, 603], "mL", "milk_volume", "24-hour expressed breast milk volume at week 4",
               ["Felodipine ER", "Placebo"], False, 0.64, "="),
          comp(PRL + " at baseline", [142.6, 139.1], "ng/mL", "concentration", "maternal serum prolactin at baseline",
               ["Felodipine ER", "Placebo"], None, None, None),
          comp(PRL + " at week 4", [96.4, 118.7], "ng/mL", "concentration", "maternal serum prolactin at week 4",
               ["Felodipine ER", "Placebo"], True, 0.011, "="),
          comp("exclusive breastfeeding at week 4", [71.1, 74.4], "%", "proportion", "exclusive breastfeeding at week 4",
               ["Felodipine ER", "Placebo"], False, 0.8, "=")],
         []),
]})

# ======================================================================
# at04 - Markdown evidence summary, before/after + later comparison group (lisuride)
# ======================================================================
SP = "serum prolactin"
DOCS.append({"doc": "at04_lisuride_summary.md", "statements": [
    stmt("Where a dopamine agonist is chosen to suppress lactation, lisuride 0.2 mg three times daily",
         "recommendation", "lisuride", None,
         [],
         [dose(0.2, "mg", "lisuride 0.2 mg three times daily for 14 days", frequency="three times daily",
               duration="for 14 days")],
         [], [], []),
    stmt("Hartigan-Moss and colleagues followed 46 postpartum women who had chosen not to breastfeed",
         "study", "lisuride", "oral",
         [pop(46, "46 postpartum women who had chosen not to breastfeed", "exposed", "mother"),  # 0
          pop(11, "Eleven women", "exposed", "mother"),                                        # 1
          pop(4, "4 (9%)", "exposed", "mother")],                                              # 2
         [dose(0.2, "mg", "oral lisuride 0.2 mg three times daily", frequency="three times daily",
               duration="for 14 days")],
         [meas(188, "ng/mL", SP, "concentration", "maternal_blood", "prolactin", stat="mean",
               timepoint="before the first tablet", dose=None, population=0),
          meas(61, "ng/mL", SP, "concentration", "maternal_blood", "prolactin", stat="mean",
               timepoint="by day 3", dose=0, population=0),
          meas(24, "ng/mL", SP, "concentration", "maternal_blood", "prolactin", stat="mean",
               timepoint="day 7", dose=0, population=0),
          meas(30, "%", "fall in pumped milk output", "change", timepoint="between day 2 and day 4", dose=0, population=0),
          meas(86, "%", "fall in pumped milk output from its day-2 value", "change", timepoint="by day 7", dose=0, population=0),
          meas(9, "mmol/L", "milk sodium", "concentration", "milk", "sodium", timepoint="before treatment",
               dose=None, population=0),
          meas(27, "mmol/L", "milk sodium", "concentration", "milk", "sodium", timepoint="day 7", dose=0, population=0),
          meas(24, "%", "women with uncomfortable engorgement", "proportion", timepoint="first week", dose=0, population=0),
          meas(9, "%", "women with rebound milk secretion after the last dose", "proportion", dose=0, population=0)],
         [comp(SP + ", before vs day 3", [188, 61], "ng/mL", "concentration", "serum prolactin",
               ["before the first tablet", "by day 3"], None, None, None),
          comp(SP + ", before vs day 7", [188, 24], "ng/mL", "concentration", "serum prolactin",
               ["before the first tablet", "day 7"], None, None, None),
          comp("milk sodium, before treatment vs day 7", [9, 27], "mmol/L", "concentration", "milk sodium",
               ["before treatment", "day 7"], None, None, None)],
         [1]),
    stmt("Alongside the treated cohort, the investigators recruited 17 women who declined medication",
         "study", "lisuride", None,
         [pop(17, "17 women who declined medication and relied on a firm bra, cold compresses and simple analgesia",
              "control", "mother"),                                   # 0
          pop(9, "9 of the 17", "control", "mother")],                 # 1
         [],
         [meas(79, "ng/mL", "prolactin", "concentration", "maternal_blood", "prolactin", stat="mean",
               group="untreated women", timepoint="day 7", dose=None, population=0),
          meas(24, "ng/mL", "prolactin", "concentration", "maternal_blood", "prolactin",
               group="lisuride", timepoint="day 7", dose=None, population=None),
          meas(53, "%", "women reporting engorgement", "proportion", group="untreated women", dose=None, population=0),
          meas(24, "%", "women reporting engorgement", "proportion", group="lisuride-treated women", dose=None,
               population=None)],
         [comp("prolactin on day 7, untreated vs lisuride", [79, 24], "ng/mL", "concentration", "prolactin on day 7",
               ["untreated women", "lisuride"], True, 0.001, "<"),
          comp("women reporting engorgement, untreated vs lisuride", [53, 24], "%", "proportion", "engorgement",
               ["untreated women", "lisuride-treated women"], True, 0.04, "=")],
         [1]),
]})

# ======================================================================
# at05 - conference abstract, dose-finding (lisinopril 5 / 10 / 20 mg)
# ======================================================================
ML = "milk lisinopril averaged over the dosing interval"
ARMS3 = ["5 mg", "10 mg", "20 mg"]
DOCS.append({"doc": "at05_lisinopril_conference.txt", "statements": [
    stmt("Twenty-seven lactating women with postpartum hypertension were assigned",
         "study", "lisinopril", "oral",
         [pop(27, "Twenty-seven lactating women with postpartum hypertension", "total", "mother"),  # 0
          pop(9, "5 mg (n = 9)", "exposed", "mother"),                                            # 1
          pop(9, "10 mg (n = 9)", "exposed", "mother"),                                           # 2
          pop(9, "20 mg (n = 9)", "exposed", "mother"),                                           # 3
          pop(11, "all 11 infants tested", "exposed", "infant")],                                 # 4
         [dose(5, "mg", "lisinopril 5 mg", frequency="once daily", duration="at least 7 days"),
          dose(10, "mg", "10 mg", frequency="once daily", duration="at least 7 days"),
          dose(20, "mg", "20 mg", frequency="once daily", duration="at least 7 days")],
         [meas(1.9, "ug/L", ML, "concentration", "milk", group="5 mg", dose=0, population=1),
          meas(3.6, "ug/L", ML, "concentration", "milk", group="10 mg", dose=1, population=2),
          meas(8.1, "ug/L", ML, "concentration", "milk", group="20 mg", dose=2, population=3),
          meas(0.12, "{ratio}", "milk to plasma AUC ratio", "milk_plasma_ratio", "milk", group="lowest dose", dose=0, population=1),
          meas(0.11, "{ratio}", "milk to plasma AUC ratio", "milk_plasma_ratio", "milk", group="middle dose", dose=1, population=2),
          meas(0.14, "{ratio}", "milk to plasma AUC ratio", "milk_plasma_ratio", "milk", group="highest dose", dose=2, population=3),
          meas(0.29, "ug/kg", "estimated intake of an exclusively breastfed infant per day", "infant_dose", qualifier="~",
               group="5 mg", dose=0, population=1),
          meas(0.54, "ug/kg", "estimated intake of an exclusively breastfed infant per day", "infant_dose", qualifier="~",
               group="10 mg", dose=1, population=2),
          meas(1.2, "ug/kg", "estimated intake of an exclusively breastfed infant per day", "infant_dose", qualifier="~",
               group="20 mg", dose=2, population=3),
          meas(0.40, "%", "relative infant dose, % of maternal weight-adjusted dose", "relative_infant_dose",
               group="5 mg", dose=0, population=1),
          meas(0.38, "%", "relative infant dose, % of maternal weight-adjusted dose", "relative_infant_dose",
               group="10 mg", dose=1, population=2),
          meas(0.43, "%", "relative infant dose, % of maternal weight-adjusted dose", "relative_infant_dose",
               group="20 mg", dose=2, population=3),
          meas(11, "h", "apparent half-life of lisinopril in milk", "half_life", "milk", qualifier="~",
               group="all three doses", dose=None, population=0),
          meas(0.5, "ug/L", "infant plasma lisinopril (below quantification limit)", "concentration", "infant_blood",
               qualifier="<", dose=None, population=4)],
         [comp("milk lisinopril across dose levels", [1.9, 3.6, 8.1], "ug/L", "concentration",
               "milk lisinopril concentration", ARMS3, True, None, None),
          comp("milk lisinopril, 5 vs 20 mg", [1.9, 8.1], "ug/L", "concentration", "milk lisinopril concentration",
               ["5 mg", "20 mg"], True, 0.002, "="),
          comp("milk lisinopril, 10 vs 20 mg", [3.6, 8.1], "ug/L", "concentration", "milk lisinopril concentration",
               ["10 mg", "20 mg"], True, 0.03, "="),
          comp("milk lisinopril, 5 vs 10 mg", [1.9, 3.6], "ug/L", "concentration", "milk lisinopril concentration",
               ["5 mg", "10 mg"], False, 0.09, "="),
          comp("milk to plasma AUC ratio across dose levels", [0.12, 0.11, 0.14], "{ratio}", "milk_plasma_ratio",
               "milk to plasma AUC ratio", ["lowest dose", "middle dose", "highest dose"], False, 0.4, ">"),
          comp("estimated infant intake across dose levels", [0.29, 0.54, 1.2], "ug/kg", "infant_dose",
               "infant intake from milk", ARMS3, None, None, None),
          comp("relative infant dose across dose levels", [0.40, 0.38, 0.43], "%", "relative_infant_dose",
               "relative infant dose", ARMS3, False, 0.4, ">")],
         []),
]})

# ======================================================================
# at06 - hospital drug information HTML (ergometrine; carbetocin comparator)
# ======================================================================
DOCS.append({"doc": "at06_ergometrine_druginfo.html", "statements": [
    stmt("In a randomised trial in 214 women after vaginal birth, ergometrine 500 micrograms intramuscularly",
         "study", "ergometrine", "intramuscular",
         [pop(214, "214 women after vaginal birth", "total", "mother")],
         [dose(500, "ug", "ergometrine 500 micrograms intramuscularly", drug="ergometrine"),
          dose(100, "ug", "carbetocin 100 micrograms intravenously", drug="carbetocin")],
         [meas(186, "mL", "expressed milk volume", "milk_volume", stat="median", group="ergometrine",
               timepoint="day 4", dose=0, population=None),
          meas(194, "mL", "expressed milk volume", "milk_volume", stat="median", group="carbetocin",
               timepoint="day 4", dose=1, population=None),
          meas(163, "ng/mL", "serum prolactin", "concentration", "maternal_blood", "prolactin", stat="mean",
               group="ergometrine", timepoint="day 2", dose=0, population=None),
          meas(171, "ng/mL", "serum prolactin", "concentration", "maternal_blood", "prolactin", stat="mean",
               group="carbetocin", timepoint="day 2", dose=1, population=None)],
         [comp("expressed milk volume on day 4, ergometrine vs carbetocin", [186, 194], "mL", "milk_volume",
               "expressed milk volume on day 4", ["ergometrine", "carbetocin"], False, None, None),
          comp("serum prolactin on day 2, ergometrine vs carbetocin", [163, 171], "ng/mL", "concentration",
               "serum prolactin on day 2", ["ergometrine", "carbetocin"], False, None, None)],
         [1]),
    stmt("A later and larger pragmatic trial (n = 612) reached a different conclusion",
         "study", "ergometrine", None,
         [pop(612, "n = 612", "total", "mother")],
         [],
         [meas(58, "%", "women exclusively breastfeeding", "proportion", group="ergometrine arm",
               timepoint="6 weeks postpartum", dose=None, population=None),
          meas(72, "%", "women exclusively breastfeeding", "proportion", group="carbetocin",
               timepoint="6 weeks postpartum", dose=None, population=None)],
         [comp("exclusive breastfeeding at 6 weeks, ergometrine vs carbetocin", [58, 72], "%", "proportion",
               "exclusive breastfeeding at 6 weeks postpartum", ["ergometrine arm", "carbetocin"], True, 0.0004, "=")],
         [2]),
    stmt("Peak 0.8 mcg/L, 2 h after a single 500 microgram intramuscular dose",
         "study", "ergometrine", "intramuscular",
         [pop(12, "12 breastfed infants", "exposed", "infant")],
         [dose(500, "ug", "a single 500 microgram intramuscular dose")],
         [meas(0.8, "ug/L", "peak milk ergometrine", "concentration", "milk", timepoint="2 h after the dose",
               dose=0, population=None),
          meas(1.7, "%", "relative infant dose", "relative_infant_dose", dose=0, population=None)],
         [],
         [3]),
    stmt("Peak 0.02 ng/mL, 1 h after a single 100 microgram intravenous dose",
         "study", "carbetocin", "intravenous",
         [pop(23, "23 breastfed infants", "exposed", "infant")],
         [dose(100, "ug", "a single 100 microgram intravenous dose")],
         [meas(0.02, "ng/mL", "peak milk carbetocin", "concentration", "milk", timepoint="1 h after the dose",
               dose=0, population=None),
          meas(0.2, "%", "relative infant dose", "relative_infant_dose", qualifier="<", dose=0, population=None)],
         [],
         [4]),
]})


# ---------------------------------------------------------------- output
def counts(doc):
    st = doc["statements"]
    return {"statements": len(st),
            "populations": sum(len(s["populations"]) for s in st),
            "doses": sum(len(s["doses"]) for s in st),
            "measurements": sum(len(s["measurements"]) for s in st),
            "comparisons": sum(len(s["comparisons"]) for s in st),
            "citations": sum(len(set(s["citations"])) for s in st)}


def main():
    out = os.path.join(ROOT, "gold.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for d in DOCS:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    cols = ["statements", "populations", "doses", "measurements", "comparisons", "citations"]
    print("| doc | " + " | ".join(cols) + " |")
    tot = {c: 0 for c in cols}
    for d in DOCS:
        c = counts(d)
        for k in cols:
            tot[k] += c[k]
        print("| %s | %s |" % (d["doc"], " | ".join(str(c[k]) for k in cols)))
    print("| total | %s |" % " | ".join(str(tot[k]) for k in cols))
    print("wrote", out)


if __name__ == "__main__":
    main()
