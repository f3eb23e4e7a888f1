#!/usr/bin/env python3
"""Hand-written gold annotations for the heldout_w corpus, as Python calls.

Run:  python3 tools/build_gold.py      (writes ../gold.jsonl next to the documents)

Shape follows /work/shared/gold/dev.jsonl (FORMAT.md version 2): one line per
document {"doc", "statements"}; statement keys anchor, kind, drug, route,
populations, doses, measurements, comparisons, citations; measurement `dose` and
`population` are 0-based indices into the same statement's lists.
Standard library only.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

DOCS = []  # list of (doc, [statements])


# --------------------------------------------------------------------------- helpers

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
    m["kind"] = kind
    m["matrix"] = matrix
    m["analyte"] = analyte
    m["dose"] = dose
    m["population"] = population
    return m


def C(measure, values, unit, kind, outcome, arms, significant, p_value=None, p_qualifier=None):
    assert len(values) == len(arms)
    return {"measure": measure, "values": list(values), "unit": unit, "kind": kind,
            "outcome": outcome, "arms": list(arms), "significant": significant,
            "p_value": p_value, "p_qualifier": p_qualifier}


def S(anchor, drug, route=None, kind="study", citations=None):
    return {"anchor": anchor, "kind": kind, "drug": drug, "route": route,
            "populations": [], "doses": [], "measurements": [], "comparisons": [],
            "citations": list(citations or [])}


def cmp(st, measure, outcome, unit, kind, items, significant, p_value=None, p_qualifier=None,
        matrix=None, analyte=None, stat=None, timepoint=None):
    """Add one measurement per compared value and the comparison itself.

    items: list of dicts with keys value, arm, and optionally group, dose, population,
    timepoint, stat (overrides)."""
    values, arms = [], []
    for it in items:
        st["measurements"].append(M(
            it["value"], unit, kind, it.get("measure", measure), matrix=matrix, analyte=analyte,
            dose=it.get("dose"), population=it.get("population"),
            stat=it.get("stat", stat), group=it.get("group"),
            timepoint=it.get("timepoint", timepoint)))
        values.append(it["value"])
        arms.append(it["arm"])
    st["comparisons"].append(C(measure, values, unit, kind, outcome, arms, significant,
                               p_value, p_qualifier))


def I(value, arm, group=None, dose=None, population=None, timepoint=None, stat=None, measure=None):
    d = {"value": value, "arm": arm, "group": group, "dose": dose, "population": population}
    if timepoint is not None:
        d["timepoint"] = timepoint
    if stat is not None:
        d["stat"] = stat
    if measure is not None:
        d["measure"] = measure
    return d


def doc(name, statements):
    DOCS.append((name, statements))


# =========================================================================== w01
s = S("96 mothers of infants born at 26 to 32 weeks' gestation whose expressed volume was below 500 mL/day",
      "metoclopramide", "oral")
s["populations"] = [
    P(96, "96 mothers of infants born at 26 to 32 weeks' gestation", "total", "mother"),
    P(32, "oral metoclopramide 10 mg three times daily (n = 32)", "exposed", "mother"),
    P(31, "metoclopramide 5 mg three times daily (n = 31)", "exposed", "mother"),
    P(33, "an identical placebo (n = 33)", "control", "mother"),
    P(21, "21 of 32 (66%)", "exposed", "mother"),
    P(15, "15 of 31 (48%)", "exposed", "mother"),
    P(10, "10 of 33 (30%)", "control", "mother"),
    P(12, "12 women in the 10 mg group", "exposed", "mother"),
    P(6, "6 (19%)", "exposed", "mother"),
    P(4, "4 (13%)", "exposed", "mother"),
    P(3, "3 (9%)", "control", "mother"),
]
s["doses"] = [
    D(10, "mg", "oral metoclopramide 10 mg three times daily", frequency="three times daily", duration="10 days"),
    D(5, "mg", "metoclopramide 5 mg three times daily", frequency="three times daily", duration="10 days"),
]
cmp(s, "mean expressed milk volume per day on day 10", "expressed milk volume on day 10", "mL", "milk_volume",
    [I(412, "10 mg", "10 mg group", 0, 1), I(356, "5 mg", "5 mg group", 1, 2), I(298, "placebo", "placebo group", None, 3)],
    True, 0.002, "=", stat="mean", timepoint="day 10")
cmp(s, "serum prolactin, 10 mg group", "serum prolactin", "ng/mL", "concentration",
    [I(62, "baseline", "10 mg group", None, 1, "baseline"), I(214, "day 10", "10 mg group", 0, 1, "day 10")],
    True, 0.001, "<", matrix="maternal_blood", analyte="prolactin")
cmp(s, "serum prolactin, 5 mg group", "serum prolactin", "ng/mL", "concentration",
    [I(58, "baseline", "5 mg group", None, 2, "baseline"), I(141, "day 10", "5 mg group", 1, 2, "day 10")],
    True, 0.003, "=", matrix="maternal_blood", analyte="prolactin")
s["measurements"].append(
    M(3.5, "{ratio}", "change", "fold increase in serum prolactin, 10 mg group", None, "prolactin", 0, 1,
      group="10 mg group"))
cmp(s, "serum prolactin, placebo group", "serum prolactin", "ng/mL", "concentration",
    [I(60, "baseline", "placebo group", None, 3, "baseline"), I(66, "day 10", "placebo group", None, 3, "day 10")],
    False, matrix="maternal_blood", analyte="prolactin")
cmp(s, "mothers achieving a volume increase of at least 50%", "volume increase of at least 50%", "%", "proportion",
    [I(66, "10 mg", "10 mg group", 0, 1), I(48, "5 mg", "5 mg group", 1, 2), I(30, "placebo", "placebo group", None, 3)],
    True, 0.01, "=")
s["measurements"] += [
    M(47, "ug/L", "concentration", "milk metoclopramide", "milk", None, 0, 7, stat="mean",
      timepoint="1 hour after a morning dose"),
    M(19, "ug/L", "concentration", "milk metoclopramide", "milk", None, 0, 7, value_high=98, stat="range",
      timepoint="1 hour after a morning dose"),
    M(4.1, "%", "relative_infant_dose", "relative infant dose", None, None, 0, 7),
]
cmp(s, "women reporting drowsiness or fatigue", "drowsiness or fatigue", "%", "proportion",
    [I(19, "10 mg", "10 mg group", 0, 1), I(13, "5 mg", "5 mg group", 1, 2), I(9, "placebo", "placebo group", None, 3)],
    False)
doc("w01_metoclopramide_journal.html", [s])

# =========================================================================== w02
s = S("We recruited 34 breastfeeding women taking oral sertraline once daily at steady state",
      "sertraline", "oral")
s["populations"] = [
    P(34, "34 breastfeeding women taking oral sertraline once daily at steady state", "total", "mother"),
    P(18, "18 were taking 50 mg/day", "exposed", "mother"),
    P(16, "16 were taking 100 mg/day", "exposed", "mother"),
    P(3, "3 (17%) of the infants in the 50 mg group", "exposed", "infant"),
    P(7, "7 (44%) in the 100 mg group", "exposed", "infant"),
]
s["doses"] = [
    D(50, "mg", "50 mg/day", frequency="per day", duration="at least 4 weeks"),
    D(100, "mg", "100 mg/day", frequency="per day", duration="at least 4 weeks"),
]
cmp(s, "median hindmilk sertraline", "hindmilk sertraline", "ng/mL", "concentration",
    [I(28, "50 mg group", "50 mg group", 0, 1), I(61, "100 mg group", "100 mg group", 1, 2)],
    True, 0.001, "<", matrix="milk", stat="median", timepoint="6 hours after the dose")
s["measurements"] += [
    M(12, "ng/mL", "concentration", "median foremilk sertraline", "milk", None, 0, 1, stat="median",
      group="50 mg group", timepoint="6 hours after the dose"),
    M(25, "ng/mL", "concentration", "median foremilk sertraline", "milk", None, 1, 2, stat="median",
      group="100 mg group", timepoint="6 hours after the dose"),
]
s["comparisons"] += [
    C("foremilk vs hindmilk sertraline, 50 mg", [12, 28], "ng/mL", "concentration",
      "milk sertraline", ["foremilk", "hindmilk"], True, 0.001, "<"),
    C("foremilk vs hindmilk sertraline, 100 mg", [25, 61], "ng/mL", "concentration",
      "milk sertraline", ["foremilk", "hindmilk"], True, 0.001, "<"),
]
cmp(s, "hindmilk desmethylsertraline", "hindmilk desmethylsertraline", "ng/mL", "concentration",
    [I(46, "50 mg", "50 mg group", 0, 1), I(97, "100 mg", "100 mg group", 1, 2)],
    True, 0.002, "=", matrix="milk", analyte="desmethylsertraline")
cmp(s, "trough maternal serum sertraline", "trough maternal serum sertraline", "ng/mL", "concentration",
    [I(16, "50 mg group", "50 mg group", 0, 1), I(35, "100 mg group", "100 mg group", 1, 2)],
    True, 0.001, "<", matrix="maternal_blood", timepoint="trough")
cmp(s, "hindmilk/serum ratio", "hindmilk/serum ratio", "{ratio}", "milk_plasma_ratio",
    [I(1.7, "50 mg", "50 mg group", 0, 1, stat="mean"), I(1.9, "100 mg", "100 mg group", 1, 2, stat="mean")],
    False, 0.31, "=", matrix="milk")
cmp(s, "calculated relative infant dose", "relative infant dose", "%", "relative_infant_dose",
    [I(0.9, "50 mg", "50 mg group", 0, 1), I(1.1, "100 mg", "100 mg group", 1, 2)],
    None)
cmp(s, "infants with quantifiable serum sertraline", "sertraline quantifiable in infant serum", "%", "proportion",
    [I(17, "50 mg group", "infants in the 50 mg group", 0, None), I(44, "100 mg group", "infants in the 100 mg group", 1, None)],
    False, 0.13, "=")
s["measurements"].append(
    M(4.6, "ng/mL", "concentration", "highest infant serum sertraline", "infant_blood", None, None, None, stat="maximum"))
doc("w02_sertraline_structured.txt", [s])

# =========================================================================== w03
s = S("This randomized, placebo-controlled trial tested whether fenugreek seed capsules increase pumped milk volume",
      "fenugreek", "oral")
s["populations"] = [
    P(89, "Enrollment: 89 participants (Actual)", "total", "mother"),
    P(45, "45 women were assigned to fenugreek", "exposed", "mother"),
    P(44, "44 to placebo", "control", "mother"),
    P(41, "41 and 42 women, respectively, completed 14 days of treatment", "exposed", "mother"),
    P(42, "41 and 42 women, respectively, completed 14 days of treatment", "control", "mother"),
    P(27, "27 (65.9%)", "exposed", "mother"),
    P(24, "24 (57.1%)", "control", "mother"),
    P(9, "9 (22.0%)", "exposed", "mother"),
    P(1, "1 (2.4%)", "control", "mother"),
    P(6, "6 (14.6%)", "exposed", "mother"),
    P(3, "3 (7.1%)", "control", "mother"),
]
s["doses"] = [
    D(600, "mg", "600 mg capsule orally three times daily", frequency="three times daily", duration="14 days"),
    D(1800, "mg", "1,800 mg/day", frequency="per day", duration="14 days"),
]
cmp(s, "24-hour pumped milk volume at baseline", "24-hour pumped milk volume at baseline", "mL", "milk_volume",
    [I(318, "Fenugreek", "Fenugreek", None, 3), I(309, "Placebo", "Placebo", None, 4)],
    False, 0.67, "=", stat="mean", timepoint="baseline")
cmp(s, "24-hour pumped milk volume at day 7", "24-hour pumped milk volume at day 7", "mL", "milk_volume",
    [I(402, "Fenugreek", "Fenugreek", 0, 3), I(356, "Placebo", "Placebo", None, 4)],
    False, 0.08, "=", stat="mean", timepoint="day 7")
cmp(s, "24-hour pumped milk volume at day 14", "24-hour pumped milk volume at day 14", "mL", "milk_volume",
    [I(455, "Fenugreek", "Fenugreek", 0, 3), I(371, "Placebo", "Placebo", None, 4)],
    True, 0.004, "=", stat="mean", timepoint="day 14")
s["measurements"].append(
    M(81, "mL", "other", "mean difference in 24-hour milk volume at day 14, fenugreek vs placebo", None, None, None, None,
      timepoint="day 14"))
cmp(s, "percent change in 24-hour milk volume from baseline to day 14",
    "percent change in 24-hour milk volume from baseline to day 14", "%", "change",
    [I(43, "Fenugreek", "Fenugreek", 0, 3), I(20, "Placebo", "Placebo", None, 4)],
    True, 0.001, "=", stat="mean")
cmp(s, "serum prolactin at day 14", "serum prolactin at day 14", "ng/mL", "concentration",
    [I(88.4, "Fenugreek", "Fenugreek", 0, 3), I(79.1, "Placebo", "Placebo", None, 4)],
    False, 0.29, "=", matrix="maternal_blood", analyte="prolactin", stat="mean", timepoint="day 14")
cmp(s, "exclusive breastfeeding at 6 weeks", "exclusive breastfeeding at 6 weeks", "%", "proportion",
    [I(65.9, "Fenugreek", "Fenugreek", 0, 3), I(57.1, "Placebo", "Placebo", None, 4)],
    False, 0.41, "=")
s["measurements"].append(
    M(1.15, "{ratio}", "other", "risk ratio for exclusive breastfeeding at 6 weeks, fenugreek vs placebo",
      None, None, None, None))
cmp(s, "maple-syrup odour of urine or sweat", "maple-syrup odour of urine or sweat", "%", "proportion",
    [I(22.0, "Fenugreek", "Fenugreek", 0, 3), I(2.4, "Placebo", "Placebo", None, 4)],
    None)
cmp(s, "loose stools", "loose stools", "%", "proportion",
    [I(14.6, "Fenugreek", "Fenugreek", 0, 3), I(7.1, "Placebo", "Placebo", None, 4)],
    None)
doc("w03_fenugreek_registry.md", [s])

# =========================================================================== w04
s = S("120 women having elective cesarean delivery under spinal anaesthesia were allocated to ketorolac",
      "ketorolac", "intravenous")
s["populations"] = [
    P(120, "120 women having elective cesarean delivery under spinal anaesthesia", "total", "mother"),
    P(60, "ketorolac group, n = 60", "exposed", "mother"),
    P(60, "ibuprofen group, n = 60", "control", "mother"),
    P(12, "a pharmacokinetic subset of 12 ketorolac", "exposed", "mother"),
    P(11, "11 ibuprofen patients", "control", "mother"),
    P(49, "49 of 60 (82%)", "exposed", "mother"),
    P(47, "47 of 60 (78%)", "control", "mother"),
    P(2, "2 infants (3%) in the ketorolac group", "exposed", "infant"),
    P(3, "3 infants (5%) in the ibuprofen group", "control", "infant"),
]
s["doses"] = [
    D(30, "mg", "ketorolac 30 mg intravenously every 6 hours for 24 hours", frequency="every 6 hours",
      duration="24 hours", drug="ketorolac"),
    D(600, "mg", "oral ibuprofen 600 mg every 6 hours", frequency="every 6 hours", drug="ibuprofen"),
]
cmp(s, "time to first request for rescue opioid", "time to the first request for rescue opioid", "h", "other",
    [I(7.4, "ketorolac group", "ketorolac group", 0, 1), I(4.9, "ibuprofen group", "ibuprofen group", 1, 2)],
    True, 0.001, "<", stat="mean")
cmp(s, "lactogenesis II by 72 hours", "lactogenesis II by 72 hours", "%", "proportion",
    [I(82, "ketorolac", "ketorolac group", 0, 1), I(78, "ibuprofen", "ibuprofen group", 1, 2)],
    False, 0.64, "=")
cmp(s, "exclusive breastfeeding at discharge", "exclusive breastfeeding at discharge", "%", "proportion",
    [I(71, "ketorolac", "ketorolac group", 0, 1), I(63, "ibuprofen", "ibuprofen group", 1, 2)],
    False)
cmp(s, "infant weight loss at 72 hours, % of birth weight", "infant weight loss at 72 hours", "%", "change",
    [I(6.1, "ketorolac", "ketorolac group", 0, None), I(6.4, "ibuprofen", "ibuprofen group", 1, None)],
    False, 0.45, "=", stat="mean", timepoint="72 hours")
s["measurements"] += [
    M(5.8, "ng/mL", "concentration", "milk ketorolac", "milk", None, 0, 3, stat="mean",
      timepoint="2 hours after the third NSAID dose"),
    M(0.36, "mg/L", "concentration", "milk ibuprofen", "milk", "ibuprofen", 1, 4, stat="mean",
      timepoint="2 hours after the third NSAID dose"),
    M(0.2, "%", "relative_infant_dose", "relative infant dose of ketorolac", None, None, 0, 3, group="ketorolac"),
    M(0.6, "%", "relative_infant_dose", "relative infant dose of ibuprofen", None, "ibuprofen", 1, 4, group="ibuprofen"),
]
s["comparisons"].append(
    C("relative infant dose, ketorolac vs ibuprofen", [0.2, 0.6], "%", "relative_infant_dose",
      "relative infant dose", ["ketorolac", "ibuprofen"], None))
cmp(s, "infants with sleepiness or poor feeding", "sleepiness or poor feeding", "%", "proportion",
    [I(3, "ketorolac group", "ketorolac group", 0, None), I(5, "ibuprofen group", "ibuprofen group", 1, None)],
    None)
doc("w04_ketorolac_conference.txt", [s])

# =========================================================================== w05
stmts = []
s = S("The levonorgestrel progestogen-only pill contains 0.03 mg per tablet", "levonorgestrel", None,
      kind="recommendation")
s["doses"] = [D(0.03, "mg", "0.03 mg per tablet", frequency="one tablet daily")]
stmts.append(s)

s = S("For emergency contraception, a single 1.5 mg tablet is taken as soon as possible", "levonorgestrel", None,
      kind="recommendation")
s["doses"] = [D(1.5, "mg", "a single 1.5 mg tablet")]
stmts.append(s)

s = S("148 exclusively breastfeeding women received a levonorgestrel implant placed subcutaneously",
      "levonorgestrel", "subcutaneous", citations=[1])
s["populations"] = [
    P(148, "148 exclusively breastfeeding women", "total", "mother"),
    P(74, "early insertion, n = 74", "exposed", "mother"),
    P(74, "standard insertion, n = 74", "exposed", "mother"),
]
cmp(s, "exclusive breastfeeding at 3 months", "exclusive breastfeeding at 3 months", "%", "proportion",
    [I(68, "early insertion", "early insertion", None, 1), I(72, "standard insertion", "standard insertion", None, 2)],
    False)
cmp(s, "mean infant weight gain from birth to 6 months", "infant weight gain from birth to 6 months", "g", "other",
    [I(4120, "early insertion", "early insertion", None, None), I(4050, "standard insertion", "standard insertion", None, None)],
    False, 0.58, "=", stat="mean")
cmp(s, "time to lactogenesis II", "time to lactogenesis II", "h", "other",
    [I(65.2, "early insertion", "early insertion", None, 1), I(63.9, "standard insertion", "standard insertion", None, 2)],
    False, 0.71, "=")
stmts.append(s)

s = S("Milk and serum levonorgestrel were compared in 14 women taking the 0.03 mg progestogen-only pill",
      "levonorgestrel", "subcutaneous", citations=[2])
s["populations"] = [
    P(14, "14 women taking the 0.03 mg progestogen-only pill daily", "exposed", "mother"),
    P(11, "11 women with a subcutaneous implant", "exposed", "mother"),
    P(25, "all 25 infants tested", "exposed", "infant"),
]
s["doses"] = [D(0.03, "mg", "the 0.03 mg progestogen-only pill daily", frequency="daily")]
cmp(s, "milk levonorgestrel", "milk levonorgestrel", "ng/mL", "concentration",
    [I(0.16, "pill", "progestogen-only pill", 0, 0, "2 to 4 hours after a pill"),
     I(0.09, "implant", "implant", None, 1)],
    True, 0.01, "=", matrix="milk", stat="mean")
cmp(s, "milk/serum ratio", "milk/serum ratio", "{ratio}", "milk_plasma_ratio",
    [I(0.18, "pill", "progestogen-only pill", 0, 0), I(0.21, "implant", "implant", None, 1)],
    None, matrix="milk")
s["measurements"].append(
    M(0.02, "ng/mL", "concentration", "infant serum levonorgestrel", "infant_blood", None, None, 2, qualifier="<"))
stmts.append(s)

s = S("A cohort study followed 220 breastfed infants for 1 year", "levonorgestrel", None, citations=[3])
s["populations"] = [
    P(220, "220 breastfed infants", "total", "infant"),
    P(110, "110 whose mothers used a levonorgestrel implant", "exposed", "infant"),
    P(110, "110 whose mothers used a copper intrauterine device", "control", "infant"),
    P(30, "a subset of 30 infants", "total", "infant"),
]
cmp(s, "breastfeeding continuing at 12 months", "breastfeeding continuing at 12 months", "%", "proportion",
    [I(81, "levonorgestrel implant", "levonorgestrel implant", None, 1),
     I(84, "copper intrauterine device", "copper intrauterine device", None, 2)],
    False, 0.52, "=")
cmp(s, "milk intake per day by test-weighing at 3 months", "milk intake measured by test-weighing", "mL", "milk_volume",
    [I(688, "levonorgestrel implant", "levonorgestrel implant", None, None, "3 months"),
     I(702, "copper intrauterine device", "copper intrauterine device", None, None, "3 months")],
    False)
stmts.append(s)

s = S("Seventy-one lactating women took a single 1.5 mg oral dose of levonorgestrel", "levonorgestrel", "oral",
      citations=[4])
s["populations"] = [P(71, "Seventy-one lactating women", "exposed", "mother")]
s["doses"] = [D(1.5, "mg", "a single 1.5 mg oral dose of levonorgestrel")]
s["measurements"] = [
    M(0.82, "ng/mL", "concentration", "peak milk levonorgestrel", "milk", None, 0, 0,
      timepoint="about 2 hours after the dose"),
    M(0.15, "ng/mL", "concentration", "milk levonorgestrel", "milk", None, 0, 0, timepoint="24 hours"),
    M(1.6, "ug", "infant_dose", "estimated infant levonorgestrel intake over 3 days", None, None, 0, 0,
      timepoint="over the 3 days after the dose", qualifier="~"),
]
stmts.append(s)
doc("w05_levonorgestrel_druginfo.html", stmts)

# =========================================================================== w06
s = S("Metformin, one of the world's most prescribed diabetes drugs, gave a small but measurable boost",
      "metformin", "oral")
s["populations"] = [
    P(62, "62 women aged 24 to 39 who had low milk supply and elevated insulin levels", "total", "mother"),
    P(31, "Thirty-one were assigned to metformin", "exposed", "mother"),
    P(31, "31 to look-alike placebo tablets", "control", "mother"),
    P(20, "Twenty of the 31 women on metformin", "exposed", "mother"),
    P(11, "11 of the 31 on placebo", "control", "mother"),
    P(9, "9 women (29%) taking metformin", "exposed", "mother"),
    P(4, "4 (13%) taking placebo", "control", "mother"),
]
s["doses"] = [D(500, "mg", "metformin 500 mg tablets by mouth twice daily", frequency="twice daily",
                duration="4 weeks")]
cmp(s, "pumped milk volume per day, metformin group", "pumped milk volume", "mL", "milk_volume",
    [I(392, "start", "metformin group", None, 1, "at the start"),
     I(546, "after a month", "metformin group", 0, 1, "after a month")],
    None)
cmp(s, "pumped milk volume per day, placebo group", "pumped milk volume", "mL", "milk_volume",
    [I(401, "start", "placebo group", None, 2, "at the start"),
     I(458, "after a month", "placebo group", None, 2, "after a month")],
    None)
cmp(s, "rise in pumped milk volume", "rise in pumped milk volume", "%", "change",
    [I(39, "metformin", "metformin group", 0, 1), I(14, "placebo", "placebo group", None, 2)],
    True, 0.03, "=")
cmp(s, "women who said their supply felt better", "supply felt better", "%", "proportion",
    [I(65, "metformin", "women on metformin", 0, 1), I(35, "placebo", "women on placebo", None, 2)],
    None)
cmp(s, "infant weight gain per day", "weight gain of babies", "g", "other",
    [I(31, "metformin", "metformin group", 0, None), I(29, "placebo", "placebo group", None, None)],
    False)
s["measurements"].append(
    M(22, "%", "change", "fall in fasting insulin", None, "insulin", 0, 1, group="metformin group"))
cmp(s, "nausea or diarrhea", "nausea or diarrhea", "%", "proportion",
    [I(29, "metformin", "taking metformin", 0, 1), I(13, "placebo", "taking placebo", None, 2)],
    None)
doc("w06_metformin_news.html", [s])

# =========================================================================== w07
s = S("The nine trials enrolled 532 mothers of infants born before 34 weeks", "domperidone", "oral")
s["populations"] = [
    P(532, "532 mothers of infants born before 34 weeks", "total", "mother"),
    P(402, "six trials (n = 402)", "total", "mother"),
    P(310, "the four trials (310 women)", "total", "mother"),
    P(96, "Two trials (n = 96)", "total", "mother"),
    P(74, "A single trial (n = 74)", "total", "mother"),
]
s["doses"] = [
    D(10, "mg", "oral domperidone 10 mg three times daily", frequency="three times daily",
      duration="7 to 28 days", drug="domperidone"),
    D(10, "mg", "metoclopramide 10 mg three times daily", frequency="three times daily", drug="metoclopramide"),
    D(20, "mg", "20 mg", frequency="three times daily", drug="domperidone"),
    D(10, "mg", "10 mg of domperidone three times daily", frequency="three times daily", drug="domperidone"),
]
s["measurements"].append(
    M(88, "mL", "other", "pooled mean difference in daily expressed milk volume, domperidone vs placebo",
      None, None, 0, 1))
cmp(s, "mean rise in expressed volume from baseline", "expressed volume rose from baseline", "%", "change",
    [I(38, "domperidone", "domperidone", 0, None), I(17, "placebo", "placebo", None, None)],
    True, 0.001, "<", stat="mean")
cmp(s, "volume increase of 50% or more", "volume increase of 50% or more", "%", "proportion",
    [I(63, "domperidone", "women given domperidone", 0, None), I(38, "placebo", "those given placebo", None, None)],
    True, 0.001, "<")
s["measurements"].append(
    M(1.64, "{ratio}", "other", "risk ratio for a volume increase of 50% or more, domperidone vs placebo",
      None, None, 0, 2))
cmp(s, "end-of-treatment serum prolactin", "end-of-treatment serum prolactin", "ng/mL", "concentration",
    [I(119, "domperidone", "domperidone", 0, None), I(56, "placebo", "placebo", None, None)],
    True, 0.05, "<", matrix="maternal_blood", analyte="prolactin")
cmp(s, "milk volume at day 10, domperidone vs metoclopramide", "milk volume at day 10", "mL", "milk_volume",
    [I(427, "domperidone", "domperidone", 0, None), I(408, "metoclopramide", "metoclopramide", 1, None)],
    False, 0.44, "=", timepoint="day 10")
s["measurements"].append(
    M(19, "mL", "other", "mean difference in milk volume at day 10, domperidone vs metoclopramide",
      None, None, None, 3))
cmp(s, "milk volume at day 14, 20 mg vs 10 mg", "milk volume at day 14", "mL", "milk_volume",
    [I(565, "20 mg", "20 mg three times daily", 2, None), I(531, "10 mg", "10 mg three times daily", 3, None)],
    False, 0.37, "=", timepoint="day 14")
cmp(s, "milk domperidone", "milk domperidone", "ng/mL", "concentration",
    [I(1.1, "10 mg", "10 mg three times daily", 0, None), I(2.4, "20 mg", "20 mg three times daily", 2, None)],
    None, matrix="milk", stat="mean")
s["measurements"].append(
    M(0.1, "%", "relative_infant_dose", "relative infant dose at both doses", None, None, None, None, qualifier="<"))
cmp(s, "dry mouth", "dry mouth", "%", "proportion",
    [I(8, "domperidone", "domperidone", 0, None), I(3, "placebo", "placebo", None, None)],
    True, 0.04, "=")
cmp(s, "headache", "headache", "%", "proportion",
    [I(12, "domperidone", "domperidone", 0, None), I(10, "placebo", "placebo", None, None)],
    False)
s["measurements"].append(
    M(1.18, "{ratio}", "other", "risk ratio for headache, domperidone vs placebo", None, None, None, None))
doc("w07_domperidone_review.txt", [s])

# =========================================================================== w08
stmts = []
s = S("Forty-two women were randomized after elective cesarean delivery to oral oxycodone 5 mg every 4 hours",
      "oxycodone", "oral")
s["populations"] = [
    P(42, "Forty-two women", "total", "mother"),
    P(21, "scheduled group, n = 21", "exposed", "mother"),
    P(21, "on-demand group, n = 21", "exposed", "mother"),
    P(4, "4 (19%)", "exposed", "infant"),
    P(1, "1 (5%) infants", "exposed", "infant"),
]
s["doses"] = [
    D(5, "mg", "oral oxycodone 5 mg every 4 hours around the clock", frequency="every 4 hours around the clock",
      duration="72 hours"),
    D(5, "mg", "5 to 10 mg every 4 hours only when requested", amount_high=10,
      frequency="every 4 hours only when requested", duration="72 hours"),
]
cmp(s, "median milk oxycodone on day 3", "milk oxycodone on day 3", "ng/mL", "concentration",
    [I(48, "scheduled group", "scheduled group", 0, 1), I(22, "on-demand group", "on-demand group", 1, 2)],
    True, 0.008, "=", matrix="milk", stat="median", timepoint="day 3")
s["measurements"] += [
    M(35, "ng/mL", "concentration", "median milk oxycodone", "milk", None, 0, 1, stat="median",
      group="scheduled group", timepoint="day 1"),
    M(52, "ng/mL", "concentration", "median milk oxycodone", "milk", None, 0, 1, stat="median",
      group="scheduled group", timepoint="day 2"),
    M(3.2, "{ratio}", "milk_plasma_ratio", "milk-to-plasma ratio of oxycodone", "milk", None, None, 0, stat="mean"),
]
cmp(s, "relative infant dose", "relative infant dose", "%", "relative_infant_dose",
    [I(3.4, "scheduled group", "scheduled group", 0, 1), I(1.6, "on-demand group", "on-demand group", 1, 2)],
    None)
cmp(s, "infants with sedation episodes", "sedation episodes", "%", "proportion",
    [I(19, "scheduled group", "scheduled group", 0, None), I(5, "on-demand group", "on-demand group", 1, None)],
    False, 0.34, "=")
stmts.append(s)

s = S("In this two-period crossover study, 14 lactating women who were 1 to 6 months postpartum",
      "paracetamol", "intravenous")
s["populations"] = [P(14, "14 lactating women who were 1 to 6 months postpartum", "exposed", "mother")]
s["doses"] = [
    D(1, "g", "paracetamol 1 g as a 15-minute intravenous infusion", duration="15-minute infusion"),
    D(1, "g", "1 g orally"),
]
cmp(s, "peak milk paracetamol", "peak milk paracetamol", "mg/L", "concentration",
    [I(15.2, "intravenous", "intravenous", 0, 0), I(10.8, "oral", "oral", 1, 0)],
    True, 0.002, "=", matrix="milk")
cmp(s, "milk/plasma ratio", "milk/plasma ratio", "{ratio}", "milk_plasma_ratio",
    [I(0.91, "intravenous", "intravenous", 0, 0), I(0.95, "oral", "oral", 1, 0)],
    False, 0.61, "=", matrix="milk")
cmp(s, "half-life in milk", "half-life in milk", "h", "half_life",
    [I(2.7, "intravenous", "intravenous", 0, 0), I(2.9, "oral", "oral", 1, 0)],
    False, matrix="milk")
cmp(s, "calculated relative infant dose", "relative infant dose", "%", "relative_infant_dose",
    [I(6.4, "intravenous dose", "intravenous", 0, 0), I(5.1, "oral dose", "oral", 1, 0)],
    None)
stmts.append(s)
doc("w08_oxycodone_pubmed.txt", stmts)

# =========================================================================== w09
stmts = []
s = S("randomised 2,310 women in labour to a single 2 g oral dose of azithromycin", "azithromycin", "oral")
s["populations"] = [
    P(2310, "2,310 women in labour", "total", "mother"),
    P(412, "412 mother-infant pairs", "total", "pair"),
    P(208, "azithromycin 208", "exposed", "pair"),
    P(204, "placebo 204", "control", "pair"),
    P(24, "24 women sampled after the dose", "exposed", "mother"),
    P(15, "the 15 infants tested", "exposed", "infant"),
]
s["doses"] = [D(2, "g", "a single 2 g oral dose of azithromycin")]
cmp(s, "maternal mastitis by 6 weeks", "maternal mastitis by 6 weeks", "%", "proportion",
    [I(4.3, "Azithromycin", "Azithromycin", 0, 2), I(10.3, "Placebo", "Placebo", None, 3)],
    True, 0.02, "=")
s["measurements"].append(M(0.42, "{ratio}", "other", "risk ratio for maternal mastitis by 6 weeks",
                           None, None, None, 1))
cmp(s, "infant oral thrush by 6 weeks", "infant oral thrush by 6 weeks", "%", "proportion",
    [I(8.2, "Azithromycin", "Azithromycin", 0, 2), I(5.9, "Placebo", "Placebo", None, 3)],
    False, 0.36, "=")
s["measurements"].append(M(1.39, "{ratio}", "other", "risk ratio for infant oral thrush by 6 weeks",
                           None, None, None, 1))
cmp(s, "infant diarrhoea by 6 weeks", "infant diarrhoea by 6 weeks", "%", "proportion",
    [I(11.5, "Azithromycin", "Azithromycin", 0, 2), I(10.8, "Placebo", "Placebo", None, 3)],
    False, 0.81, "=")
s["measurements"].append(M(1.07, "{ratio}", "other", "risk ratio for infant diarrhoea by 6 weeks",
                           None, None, None, 1))
cmp(s, "exclusive breastfeeding at 6 weeks", "exclusive breastfeeding at 6 weeks", "%", "proportion",
    [I(72.6, "Azithromycin", "Azithromycin", 0, 2), I(72.1, "Placebo", "Placebo", None, 3)],
    False, 0.90, "=")
cmp(s, "infant carriage of azithromycin-resistant E. coli, azithromycin arm",
    "carriage of azithromycin-resistant E. coli in infant stool", "%", "proportion",
    [I(12, "at birth", "azithromycin arm", None, 2, "at birth"), I(34, "at 4 weeks", "azithromycin arm", 0, 2, "4 weeks")],
    None)
cmp(s, "infant carriage of azithromycin-resistant E. coli, placebo arm",
    "carriage of azithromycin-resistant E. coli in infant stool", "%", "proportion",
    [I(11, "at birth", "placebo", None, 3, "at birth"), I(15, "at 4 weeks", "placebo", None, 3, "4 weeks")],
    None)
s["comparisons"].append(
    C("infant carriage of azithromycin-resistant E. coli at 4 weeks", [34, 15], "%", "proportion",
      "carriage of azithromycin-resistant E. coli at 4 weeks", ["azithromycin arm", "placebo"], True, 0.001, "<"))
s["measurements"] += [
    M(1.4, "mg/L", "concentration", "milk azithromycin", "milk", None, 0, 4, stat="mean", timepoint="6 hours"),
    M(0.6, "mg/L", "concentration", "milk azithromycin", "milk", None, 0, 4, value_high=2.8, stat="range",
      timepoint="6 hours"),
    M(0.9, "mg/L", "concentration", "milk azithromycin", "milk", None, 0, 4, timepoint="48 hours"),
    M(4.1, "{ratio}", "milk_plasma_ratio", "milk/serum ratio", "milk", None, 0, 4),
    M(0.01, "mg/L", "concentration", "infant serum azithromycin", "infant_blood", None, 0, 5, qualifier="<"),
]
stmts.append(s)

s = S("Where a breastfed infant needs azithromycin for its own infection, the usual infant dose is 10 mg/kg",
      "azithromycin", None, kind="recommendation")
s["doses"] = [D(10, "mg/kg", "10 mg/kg once daily for 3 days", recipient="infant", frequency="once daily",
                duration="3 days")]
stmts.append(s)
doc("w09_azithromycin_digest.md", stmts)

# =========================================================================== w10
s = S("The researchers recruited 28 mothers whose babies were born before 32 weeks of pregnancy",
      "oxytocin", "intranasal")
s["populations"] = [
    P(28, "28 mothers whose babies were born before 32 weeks of pregnancy", "total", "mother"),
    P(17, "17 mothers (61%)", "exposed", "mother"),
    P(11, "11 (39%)", "exposed", "mother"),
    P(4, "4 mothers (14%)", "exposed", "mother"),
    P(3, "3 (11%)", "control", "mother"),
]
s["doses"] = [D(4, "[IU]", "4 IU in each nostril before every pumping session",
                frequency="in each nostril before every pumping session", duration="5 days")]
cmp(s, "milk pumped in 24 hours", "amount of milk pumped in 24 hours", "mL", "milk_volume",
    [I(415, "oxytocin days", "oxytocin period", 0, 0), I(402, "placebo days", "placebo period", None, 0)],
    False, 0.56, "=")
cmp(s, "time to milk ejection (let-down)", "let-down: milk started flowing", "min", "other",
    [I(1.9, "oxytocin", "oxytocin period", 0, 0), I(2.6, "placebo", "placebo period", None, 0)],
    True, 0.02, "=")
cmp(s, "creamatocrit", "creamatocrit (milk fat)", "%", "other",
    [I(6.2, "oxytocin", "oxytocin period", 0, 0), I(5.9, "placebo", "placebo period", None, 0)],
    False)
cmp(s, "maternal blood prolactin around a pumping session, oxytocin period", "blood prolactin", "ng/mL",
    "concentration",
    [I(84, "before", "oxytocin period", 0, 0, "just before a pumping session"),
     I(162, "after", "oxytocin period", 0, 0, "30 minutes after a pumping session")],
    None, matrix="maternal_blood", analyte="prolactin")
cmp(s, "maternal blood prolactin around a pumping session, placebo period", "blood prolactin", "ng/mL",
    "concentration",
    [I(88, "before", "placebo period", None, 0, "just before a pumping session"),
     I(155, "after", "placebo period", None, 0, "30 minutes after a pumping session")],
    None, matrix="maternal_blood", analyte="prolactin")
cmp(s, "mothers preferring each period", "preferred period", "%", "proportion",
    [I(61, "oxytocin period", "oxytocin period", 0, 0), I(39, "placebo period", "placebo period", None, 0)],
    False, 0.26, "=")
cmp(s, "runny or stinging nose", "runny or stinging nose", "%", "proportion",
    [I(14, "oxytocin", "while using oxytocin", 0, 0), I(11, "placebo", "while using placebo", None, 0)],
    None)
doc("w10_oxytocin_summary.md", [s])


# --------------------------------------------------------------------------- write
def main():
    out = os.path.join(ROOT, "gold.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for name, stmts in DOCS:
            f.write(json.dumps({"doc": name, "statements": stmts}, ensure_ascii=False) + "\n")
    print("wrote", out, len(DOCS), "documents")


if __name__ == "__main__":
    main()
