#!/usr/bin/env python3
"""Build gold.jsonl for the synthetic held-out corpus heldout_aa (FORMAT.md version 2).
Run from anywhere: python3 tools/build_gold.py"""
import json, os

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def P(n, text, role="exposed", who="mother"):
    return {"n": n, "text": text, "role": role, "who": who}


def D(amount, unit, text, recipient="mother", high=None, stat=None, frequency=None, duration=None, drug=None):
    d = {"amount": amount}
    if high is not None:
        d["amount_high"] = high
    d["unit"] = unit
    if stat:
        d["stat"] = stat
    if frequency:
        d["frequency"] = frequency
    if duration:
        d["duration"] = duration
    if drug:
        d["drug"] = drug
    d["text"] = text
    d["recipient"] = recipient
    return d


def M(value, unit, kind, measure, matrix=None, analyte=None, dose=None, pop=None,
      high=None, q=None, stat=None, group=None, timepoint=None):
    m = {"value": value}
    if high is not None:
        m["value_high"] = high
    m["unit"] = unit
    if q:
        m["qualifier"] = q
    if stat:
        m["stat"] = stat
    if group:
        m["group"] = group
    m["measure"] = measure
    if timepoint:
        m["timepoint"] = timepoint
    m.update({"kind": kind, "matrix": matrix, "analyte": analyte, "dose": dose, "population": pop})
    return m


def C(values, unit, kind, outcome, arms, sig, p=None, pq=None, measure=None):
    return {"measure": measure or outcome, "values": values, "unit": unit, "kind": kind,
            "outcome": outcome, "arms": arms, "significant": sig, "p_value": p, "p_qualifier": pq}


def S(anchor, drug, route, pops, doses, ms, cs, cits, kind="study"):
    return {"anchor": anchor, "kind": kind, "drug": drug, "route": route, "populations": pops,
            "doses": doses, "measurements": ms, "comparisons": cs, "citations": cits}


DOCS = []

# ---------------------------------------------------------------- h01 ketoprofen, three-arm RCT
HI, LO, PL = "high-dose arm", "low-dose arm", "placebo arm"
DOCS.append(("h01_ketoprofen_trial.txt", [
    S("We randomised 147 women delivering by planned caesarean section", "ketoprofen", "oral",
      [P(147, "147 women delivering by planned caesarean section at 37 to 41 weeks", "total"),
       P(49, "high-dose arm, n = 49"),
       P(50, "low-dose arm, n = 50"),
       P(48, "a matching placebo (n = 48)", "control")],
      [D(100, "mg", "ketoprofen 100 mg every 12 hours", frequency="every 12 hours", duration="72 hours"),
       D(50, "mg", "ketoprofen 50 mg every 12 hours", frequency="every 12 hours", duration="72 hours")],
      [M(61.4, "ng/mL", "concentration", "colostrum ketoprofen", "milk", dose=0, pop=1, stat="mean", group=HI,
         timepoint="6 hours after the fourth dose"),
       M(27.8, "ng/mL", "concentration", "colostrum ketoprofen", "milk", dose=1, pop=2, stat="mean", group=LO,
         timepoint="6 hours after the fourth dose"),
       M(0.011, "{ratio}", "milk_plasma_ratio", "milk/plasma ratio", "milk", dose=0, pop=1, group=HI),
       M(0.012, "{ratio}", "milk_plasma_ratio", "milk/plasma ratio", "milk", dose=1, pop=2, group=LO),
       M(0.3, "%", "relative_infant_dose", "estimated relative infant dose, % of maternal weight-adjusted dose",
         q="<=", stat="maximum"),
       M(83.7, "%", "proportion", "onset of lactogenesis II by 72 hours", dose=0, pop=1, group=HI),
       M(80, "%", "proportion", "onset of lactogenesis II by 72 hours", dose=1, pop=2, group=LO),
       M(64.6, "%", "proportion", "onset of lactogenesis II by 72 hours", pop=3, group=PL),
       M(71, "%", "proportion", "exclusive breastfeeding at 6 weeks", dose=0, pop=1, group=HI),
       M(74, "%", "proportion", "exclusive breastfeeding at 6 weeks", dose=1, pop=2, group=LO),
       M(58, "%", "proportion", "exclusive breastfeeding at 6 weeks", pop=3, group=PL),
       M(4912, "g", "other", "infant weight at 6 weeks", dose=0, stat="mean", group=HI),
       M(4870, "g", "other", "infant weight at 6 weeks", dose=1, stat="mean", group=LO),
       M(4795, "g", "other", "infant weight at 6 weeks", stat="mean", group=PL)],
      [C([61.4, 27.8], "ng/mL", "concentration", "colostrum ketoprofen 6 hours after the fourth dose", [HI, LO], True, 0.001, "<"),
       C([0.011, 0.012], "{ratio}", "milk_plasma_ratio", "milk/plasma ratio", [HI, LO], False, 0.62, "="),
       C([83.7, 80, 64.6], "%", "proportion", "onset of lactogenesis II by 72 hours", [HI, LO, PL], True, 0.03, "="),
       C([71, 74, 58], "%", "proportion", "exclusive breastfeeding at 6 weeks", [HI, LO, PL], False, 0.19, "="),
       C([4912, 4870, 4795], "g", "other", "infant weight at 6 weeks", [HI, LO, PL], False)],
      []),
]))

# ---------------------------------------------------------------- h02 myo-inositol, placebo RCT
MI, PB = "myo-inositol", "placebo"
DOCS.append(("h02_myoinositol_rct.txt", [
    S("In this double-blind pilot, 64 mothers expressing for infants", "myo-inositol", "oral",
      [P(64, "64 mothers expressing for infants of 24 to 31 weeks' gestation", "total"),
       P(33, "33 were allocated to myo-inositol 2 g twice daily"),
       P(31, "31 to an identical placebo sachet", "control"),
       P(2, "Two mothers in the treatment group")],
      [D(2, "g", "myo-inositol 2 g twice daily", frequency="twice daily", duration="21 days")],
      [M(286, "mL", "milk_volume", "daily expressed volume", dose=None, pop=1, stat="mean", group=MI, timepoint="baseline"),
       M(468, "mL", "milk_volume", "daily expressed volume", dose=0, pop=1, stat="mean", group=MI, timepoint="end of treatment"),
       M(301, "mL", "milk_volume", "daily expressed volume", pop=2, stat="mean", group=PB, timepoint="baseline"),
       M(379, "mL", "milk_volume", "daily expressed volume", pop=2, stat="mean", group=PB, timepoint="end of treatment"),
       M(64, "%", "change", "increase in expressed volume relative to baseline", dose=0, pop=1, group=MI),
       M(26, "%", "change", "increase in expressed volume relative to baseline", pop=2, group=PB),
       M(112, "ng/mL", "concentration", "serum prolactin", "maternal_blood", "prolactin", pop=1, group=MI, timepoint="before the first sachet"),
       M(108, "ng/mL", "concentration", "serum prolactin", "maternal_blood", "prolactin", pop=2, group=PB, timepoint="before the first sachet"),
       M(131, "ng/mL", "concentration", "serum prolactin", "maternal_blood", "prolactin", dose=0, pop=1, group=MI, timepoint="day 21"),
       M(118, "ng/mL", "concentration", "serum prolactin", "maternal_blood", "prolactin", pop=2, group=PB, timepoint="day 21"),
       M(0.41, "mmol/L", "concentration", "milk myo-inositol", "milk", pop=1, group=MI, timepoint="before"),
       M(0.77, "mmol/L", "concentration", "milk myo-inositol", "milk", dose=0, pop=1, group=MI, timepoint="after"),
       M(0.4, "mmol/L", "concentration", "milk myo-inositol", "milk", pop=2, q="~", group=PB),
       M(59, "%", "proportion", "infants fed exclusively their own mother's milk at 36 weeks' postmenstrual age", dose=0, group=MI),
       M(38, "%", "proportion", "infants fed exclusively their own mother's milk at 36 weeks' postmenstrual age", group=PB)],
      [C([286, 468], "mL", "milk_volume", "daily expressed volume with myo-inositol", ["before", "after"], None),
       C([301, 379], "mL", "milk_volume", "daily expressed volume with placebo", ["before", "after"], None),
       C([468, 379], "mL", "milk_volume", "daily expressed volume at end of treatment", [MI, PB], True, 0.018, "="),
       C([64, 26], "%", "change", "increase in expressed volume relative to baseline", [MI, PB], None),
       C([112, 108], "ng/mL", "concentration", "serum prolactin before the first sachet", [MI, PB], False),
       C([131, 118], "ng/mL", "concentration", "serum prolactin on day 21", [MI, PB], False, 0.41, "="),
       C([0.41, 0.77], "mmol/L", "concentration", "milk myo-inositol in supplemented mothers", ["before", "after"], True, 0.01, "<"),
       C([59, 38], "%", "proportion", "infants fed exclusively their own mother's milk at 36 weeks' postmenstrual age", [MI, PB], False, 0.09, "=")],
      []),
]))

# ---------------------------------------------------------------- h03 bupivacaine epidural, two-arm RCT
L, ST = "LOW", "STANDARD"
DOCS.append(("h03_bupivacaine_epidural.txt", [
    S("Of 221 nulliparous women in spontaneous labour at term", "bupivacaine", "epidural",
      [P(221, "221 nulliparous women in spontaneous labour at term", "total"),
       P(112, "112 were randomised to bupivacaine 0.0625% (LOW)"),
       P(109, "109 to bupivacaine 0.125% (STANDARD)"),
       P(40, "40 LOW mothers"),
       P(18, "18 of 40 LOW mothers"),
       P(38, "38 STANDARD mothers"),
       P(31, "31 of 38 STANDARD mothers")],
      [D(10, "mL", "programmed intermittent epidural boluses of 10 mL every 60 minutes", frequency="every 60 minutes"),
       D(58, "mg", "58 mg (IQR 41-77) in LOW", stat="median", duration="labour"),
       D(104, "mg", "104 mg (IQR 80-131) in STANDARD", stat="median", duration="labour")],
      [M(0.07, "ug/mL", "concentration", "umbilical venous bupivacaine at delivery", "cord_blood", dose=1, pop=1, stat="mean", group=L),
       M(0.15, "ug/mL", "concentration", "umbilical venous bupivacaine at delivery", "cord_blood", dose=2, pop=2, stat="mean", group=ST),
       M(0.21, "ug/mL", "concentration", "maternal plasma bupivacaine at delivery", "maternal_blood", dose=1, pop=1, stat="mean", group=L),
       M(0.44, "ug/mL", "concentration", "maternal plasma bupivacaine at delivery", "maternal_blood", dose=2, pop=2, stat="mean", group=ST),
       M(0.33, "{ratio}", "other", "umbilical vein-to-maternal ratio", dose=1, pop=1, group=L),
       M(0.34, "{ratio}", "other", "umbilical vein-to-maternal ratio", dose=2, pop=2, group=ST),
       M(5, "ng/mL", "concentration", "colostrum bupivacaine 12 hours after birth", "milk", dose=1, pop=3, q="<", stat="median", group=L),
       M(11, "ng/mL", "concentration", "colostrum bupivacaine 12 hours after birth", "milk", dose=2, pop=5, stat="median", group=ST),
       M(78.6, "%", "proportion", "breastfeeding initiated within 1 hour of birth", dose=1, pop=1, group=L),
       M(66.1, "%", "proportion", "breastfeeding initiated within 1 hour of birth", dose=2, pop=2, group=ST),
       M(5.9, "%", "change", "newborn weight loss on day 3, % of birth weight", dose=1, group=L),
       M(6.4, "%", "change", "newborn weight loss on day 3, % of birth weight", dose=2, group=ST),
       M(61.6, "%", "proportion", "exclusive breastfeeding at 8 weeks", dose=1, pop=1, group=L),
       M(55, "%", "proportion", "exclusive breastfeeding at 8 weeks", dose=2, pop=2, group=ST),
       M(1.12, "{ratio}", "other", "relative risk of exclusive breastfeeding at 8 weeks, LOW vs STANDARD")],
      [C([0.07, 0.15], "ug/mL", "concentration", "umbilical venous bupivacaine at delivery", [L, ST], True, 0.001, "<"),
       C([0.21, 0.44], "ug/mL", "concentration", "maternal plasma bupivacaine at delivery", [L, ST], True, 0.001, "<"),
       C([0.33, 0.34], "{ratio}", "other", "umbilical vein-to-maternal ratio", [L, ST], False, 0.71, "="),
       C([5, 11], "ng/mL", "concentration", "median colostrum bupivacaine 12 hours after birth", [L, ST], True, 0.002, "="),
       C([78.6, 66.1], "%", "proportion", "breastfeeding initiated within 1 hour of birth", [L, ST], True, 0.04, "="),
       C([5.9, 6.4], "%", "change", "newborn weight loss on day 3", [L, ST], False, 0.22, "="),
       C([61.6, 55], "%", "proportion", "exclusive breastfeeding at 8 weeks", [L, ST], None)],
      []),
]))

# ---------------------------------------------------------------- h04 levofloxacin PK abstract
A5, A7 = "500 mg", "750 mg"
DOCS.append(("h04_levofloxacin_pk.txt", [
    S("We studied 22 lactating women (median age 29 years", "levofloxacin", "oral",
      [P(22, "22 lactating women"),
       P(12, "12 took 500 mg once daily"),
       P(10, "10 took 750 mg once daily"),
       P(6, "6 infants", who="infant"),
       P(4, "undetectable (<0.05 mg/L) in 4", who="infant"),
       P(2, "the other 2", who="infant"),
       P(19, "19 breastfed infants followed for 2 weeks", who="infant"),
       P(3, "3 had loose stools", who="infant")],
      [D(500, "mg", "500 mg once daily", frequency="once daily"),
       D(750, "mg", "750 mg once daily", frequency="once daily")],
      [M(6.1, "mg/L", "concentration", "peak milk levofloxacin", "milk", dose=0, pop=1, stat="mean", group=A5),
       M(3.9, "mg/L", "concentration", "peak milk levofloxacin", "milk", dose=0, pop=1, high=8.4, stat="range", group=A5),
       M(9.8, "mg/L", "concentration", "peak milk levofloxacin", "milk", dose=1, pop=2, stat="mean", group=A7),
       M(6.6, "mg/L", "concentration", "peak milk levofloxacin", "milk", dose=1, pop=2, high=13.5, stat="range", group=A7),
       M(7.4, "h", "half_life", "half-life in milk", "milk", dose=0, pop=1, group=A5),
       M(7.9, "h", "half_life", "half-life in milk", "milk", dose=1, pop=2, group=A7),
       M(7.0, "h", "half_life", "plasma half-life", "maternal_blood", pop=0),
       M(0.95, "{ratio}", "milk_plasma_ratio", "AUC-based milk/plasma ratio", "milk", pop=0),
       M(1.1, "mg/kg", "infant_dose", "calculated infant dose per day", dose=0, pop=1, group=A5),
       M(1.7, "mg/kg", "infant_dose", "calculated infant dose per day", dose=1, pop=2, group=A7),
       M(10.4, "%", "relative_infant_dose", "infant dose, % of maternal weight-adjusted dose", dose=0, pop=1, group=A5),
       M(10.9, "%", "relative_infant_dose", "infant dose, % of maternal weight-adjusted dose", dose=1, pop=2, group=A7),
       M(0.2, "mg/L", "concentration", "milk desmethyl-levofloxacin", "milk", "desmethyl-levofloxacin", q="<"),
       M(0.05, "mg/L", "concentration", "infant plasma levofloxacin (undetectable)", "infant_blood", pop=4, q="<",
         timepoint="3 hours after a feed"),
       M(0.09, "mg/L", "concentration", "infant plasma levofloxacin", "infant_blood", pop=5, timepoint="3 hours after a feed"),
       M(0.12, "mg/L", "concentration", "infant plasma levofloxacin", "infant_blood", pop=5, timepoint="3 hours after a feed"),
       M(1, "%", "infant_plasma_ratio", "infant plasma level, % of maternal level", "infant_blood", pop=5, q="~")],
      [C([6.1, 9.8], "mg/L", "concentration", "peak milk levofloxacin", [A5, A7], True, 0.002, "="),
       C([7.4, 7.9], "h", "half_life", "half-life in milk", [A5, A7], False),
       C([1.1, 1.7], "mg/kg", "infant_dose", "calculated infant dose", [A5, A7], None),
       C([10.4, 10.9], "%", "relative_infant_dose", "infant dose as % of maternal weight-adjusted dose", [A5, A7], None)],
      []),
]))

# ---------------------------------------------------------------- h05 clomipramine (Markdown record)
DM = "desmethylclomipramine"
DOCS.append(("h05_clomipramine_record.md", [
    S("Four women taking clomipramine 75 to 150 mg daily had milk sampled", "clomipramine", None,
      [P(4, "Four women taking clomipramine 75 to 150 mg daily")],
      [D(75, "mg", "clomipramine 75 to 150 mg daily", high=150, frequency="per day")],
      [M(118, "ug/L", "concentration", "milk clomipramine", "milk", dose=0, pop=0, stat="mean"),
       M(42, "ug/L", "concentration", "milk clomipramine", "milk", dose=0, pop=0, high=266, stat="range"),
       M(94, "ug/L", "concentration", "milk desmethylclomipramine", "milk", DM, dose=0, pop=0, stat="mean"),
       M(0.96, "{ratio}", "milk_plasma_ratio", "milk/plasma ratio of the parent drug", "milk", dose=0, pop=0, stat="mean"),
       M(2.8, "%", "relative_infant_dose", "infant dose of clomipramine plus metabolite, % of maternal weight-adjusted dosage",
         analyte="clomipramine plus metabolite", dose=0, pop=0)],
      [], [2]),
    S("A mother taking 125 mg each evening gave foremilk and hindmilk samples", "clomipramine", None,
      [],
      [D(125, "mg", "125 mg each evening", frequency="each evening")],
      [M(211, "ug/L", "concentration", "hindmilk clomipramine", "milk", dose=0, stat="mean", group="hindmilk"),
       M(139, "ug/L", "concentration", "foremilk clomipramine", "milk", dose=0, stat="mean", group="foremilk"),
       M(21, "h", "half_life", "half-life of clomipramine in milk", "milk", dose=0),
       M(21, "ug/kg", "infant_dose", "calculated infant dose per day", dose=0, q="~")],
      [C([211, 139], "ug/L", "concentration", "milk clomipramine at every sampling time", ["hindmilk", "foremilk"], True, 0.04, "=")],
      [3]),
    S("In 9 breastfed infants of mothers taking 50 to 200 mg daily", "clomipramine", None,
      [P(9, "9 breastfed infants of mothers taking 50 to 200 mg daily", who="infant"),
       P(5, "5 infants", who="infant"),
       P(4, "the remaining 4", who="infant"),
       P(7, "7 of the 9 infants", who="infant"),
       P(2, "the other two", who="infant")],
      [D(50, "mg", "50 to 200 mg daily", high=200, frequency="per day")],
      [M(10, "ug/L", "concentration", "infant serum clomipramine (undetectable)", "infant_blood", dose=0, pop=1, q="<"),
       M(16, "ug/L", "concentration", "infant serum clomipramine", "infant_blood", dose=0, pop=2, stat="mean"),
       M(8, "%", "infant_plasma_ratio", "infant serum level, % of maternal serum level", "infant_blood", dose=0, pop=2),
       M(12, "ug/L", "concentration", "infant serum desmethylclomipramine", "infant_blood", DM, dose=0, pop=4),
       M(19, "ug/L", "concentration", "infant serum desmethylclomipramine", "infant_blood", DM, dose=0, pop=4)],
      [], [2, 4]),
    S("Twins whose mother took clomipramine 100 mg daily during pregnancy and lactation", "clomipramine", None,
      [],
      [D(100, "mg", "clomipramine 100 mg daily", frequency="per day", duration="during pregnancy and lactation")],
      [M(5, "ug/L", "concentration", "infant serum clomipramine", "infant_blood", dose=0, q="<",
         timepoint="10 and 24 days of age"),
       M(41, "ug/L", "concentration", "cord blood clomipramine", "cord_blood", dose=0),
       M(37, "ug/L", "concentration", "cord blood desmethylclomipramine", "cord_blood", DM, dose=0),
       M(55, "%", "other", "cord blood level, % of maternal serum level of the parent drug", dose=0)],
      [], [5]),
    S("No adverse effects attributable to clomipramine were reported", "clomipramine", None,
      [], [], [], [], [2, 3, 4]),
    S("When 14 women taking clomipramine were compared with 14 untreated postpartum women", "clomipramine", None,
      [P(14, "14 women taking clomipramine"),
       P(14, "14 untreated postpartum women", "control")],
      [],
      [M(58, "ng/mL", "concentration", "serum prolactin at 6 weeks postpartum", "maternal_blood", "prolactin", pop=0, stat="mean",
         group="women taking clomipramine"),
       M(41, "ng/mL", "concentration", "serum prolactin at 6 weeks postpartum", "maternal_blood", "prolactin", pop=1, stat="mean",
         group="untreated postpartum women"),
       M(79, "%", "proportion", "still breastfeeding at 3 months", pop=0, group="women taking clomipramine"),
       M(86, "%", "proportion", "still breastfeeding at 3 months", pop=1, group="untreated postpartum women")],
      [C([58, 41], "ng/mL", "concentration", "serum prolactin at 6 weeks postpartum",
         ["women taking clomipramine", "untreated postpartum women"], True, 0.02, "="),
       C([79, 86], "%", "proportion", "still breastfeeding at 3 months",
         ["women taking clomipramine", "untreated postpartum women"], False, 0.67, "=")],
      [6]),
]))

# ---------------------------------------------------------------- h06 nadolol (HTML page)
DOCS.append(("h06_nadolol_page.html", [
    S("Twelve lactating women took nadolol 80 mg once daily for 5 days", "nadolol", None,
      [P(12, "Twelve lactating women")],
      [D(80, "mg", "nadolol 80 mg once daily for 5 days", frequency="once daily", duration="5 days")],
      [M(357, "ug/L", "concentration", "steady-state milk nadolol", "milk", dose=0, pop=0, stat="mean", timepoint="day 5"),
       M(77, "ug/L", "concentration", "steady-state serum nadolol", "maternal_blood", dose=0, pop=0, stat="mean", timepoint="day 5"),
       M(4.6, "{ratio}", "milk_plasma_ratio", "milk/plasma ratio", "milk", dose=0, pop=0),
       M(2, "%", "relative_infant_dose", "infant dose, % of the adult dose", dose=0, pop=0, high=7, stat="range")],
      [], [1]),
    S("A woman with chronic hypertension taking nadolol 20 mg daily", "nadolol", None,
      [],
      [D(20, "mg", "nadolol 20 mg daily", frequency="per day")],
      [M(146, "ug/L", "concentration", "milk nadolol", "milk", dose=0, timepoint="4 to 6 hours after the dose"),
       M(2.9, "{ratio}", "milk_plasma_ratio", "milk/serum ratio across the dosing interval", "milk", dose=0, high=3.4, stat="range")],
      [], [2]),
    S("In a comparison of 8 women taking 40 mg daily and 7 women taking 120 mg daily", "nadolol", None,
      [P(8, "8 women taking 40 mg daily"), P(7, "7 women taking 120 mg daily")],
      [D(40, "mg", "40 mg daily", frequency="per day"), D(120, "mg", "120 mg daily", frequency="per day")],
      [M(122, "ug/L", "concentration", "trough milk nadolol", "milk", dose=0, pop=0, stat="mean", group="40 mg daily"),
       M(401, "ug/L", "concentration", "trough milk nadolol", "milk", dose=1, pop=1, stat="mean", group="120 mg daily"),
       M(5.1, "{ratio}", "milk_plasma_ratio", "milk/plasma ratio", "milk", dose=0, pop=0, group="40 mg daily"),
       M(4.8, "{ratio}", "milk_plasma_ratio", "milk/plasma ratio", "milk", dose=1, pop=1, group="120 mg daily"),
       M(24.5, "h", "half_life", "elimination half-life in milk", "milk")],
      [C([122, 401], "ug/L", "concentration", "mean trough milk nadolol", ["40 mg daily", "120 mg daily"], True, 0.01, "<"),
       C([5.1, 4.8], "{ratio}", "milk_plasma_ratio", "milk/plasma ratio", ["40 mg daily", "120 mg daily"], False)],
      [3]),
    S("in 3 of 5 breastfed infants whose mothers took 40 to 80 mg daily", "nadolol", None,
      [P(5, "5 breastfed infants whose mothers took 40 to 80 mg daily", who="infant"),
       P(3, "3 of 5 breastfed infants", who="infant"),
       P(2, "the two others", who="infant")],
      [D(40, "mg", "40 to 80 mg daily", high=80, frequency="per day")],
      [M(5, "ug/L", "concentration", "infant serum nadolol (undetectable)", "infant_blood", dose=0, pop=1, q="<"),
       M(7, "ug/L", "concentration", "infant serum nadolol", "infant_blood", dose=0, pop=2),
       M(11, "ug/L", "concentration", "infant serum nadolol", "infant_blood", dose=0, pop=2),
       M(2, "%", "infant_plasma_ratio", "infant serum level, % of maternal serum level", "infant_blood", dose=0, pop=2, q="~")],
      [], [4]),
    S("In 6 women taking 80 to 160 mg daily until delivery", "nadolol", None,
      [P(6, "6 women taking 80 to 160 mg daily until delivery")],
      [D(80, "mg", "80 to 160 mg daily", high=160, frequency="per day", duration="until delivery")],
      [M(148, "ug/L", "concentration", "cord blood nadolol", "cord_blood", dose=0, pop=0, stat="mean"),
       M(162, "ug/L", "concentration", "maternal serum nadolol", "maternal_blood", dose=0, pop=0, stat="mean")],
      [], [5]),
    S("In a cohort, bradycardia or low blood pressure occurred in 5% of 41 infants", "nadolol", None,
      [P(41, "41 infants breastfed by mothers taking nadolol", who="infant"),
       P(112, "112 infants of untreated hypertensive mothers", "control", who="infant")],
      [],
      [M(5, "%", "proportion", "bradycardia or low blood pressure", pop=0, group="infants breastfed by mothers taking nadolol"),
       M(1, "%", "proportion", "bradycardia or low blood pressure", pop=1, group="infants of untreated hypertensive mothers")],
      [C([5, 1], "%", "proportion", "bradycardia or low blood pressure",
         ["infants breastfed by mothers taking nadolol", "infants of untreated hypertensive mothers"], False, 0.18, "=")],
      [6]),
]))

# ---------------------------------------------------------------- h07 lacosamide (plain-text record)
OD = "o-desmethyl lacosamide"
DOCS.append(("h07_lacosamide_record.txt", [
    S("Eleven women taking lacosamide 100 to 400 mg daily (median 200 mg)", "lacosamide", None,
      [P(11, "Eleven women taking lacosamide 100 to 400 mg daily")],
      [D(100, "mg", "lacosamide 100 to 400 mg daily", high=400, stat="range", frequency="per day"),
       D(200, "mg", "median 200 mg", stat="median", frequency="per day")],
      [M(3.9, "mg/L", "concentration", "milk lacosamide", "milk", dose=1, pop=0, stat="median"),
       M(0.8, "mg/L", "concentration", "milk lacosamide", "milk", dose=1, pop=0, high=10.6, stat="range"),
       M(0.83, "{ratio}", "milk_plasma_ratio", "milk/plasma ratio", "milk", dose=1, pop=0, stat="mean"),
       M(2.3, "%", "relative_infant_dose", "relative infant dose, % of maternal weight-adjusted dosage", dose=1, pop=0, stat="median"),
       M(0.9, "%", "relative_infant_dose", "relative infant dose, % of maternal weight-adjusted dosage", dose=1, pop=0, high=5.1, stat="range"),
       M(0.6, "mg/L", "concentration", "milk O-desmethyl lacosamide", "milk", OD, dose=1, pop=0, stat="median")],
      [], [1]),
    S("A nursing mother on lacosamide 150 mg twice daily gave milk samples", "lacosamide", None,
      [],
      [D(150, "mg", "lacosamide 150 mg twice daily", frequency="twice daily")],
      [M(5.2, "mg/L", "concentration", "milk lacosamide", "milk", dose=0, timepoint="trough"),
       M(8.9, "mg/L", "concentration", "milk lacosamide", "milk", dose=0, timepoint="2 hours after the dose"),
       M(11.6, "h", "half_life", "milk half-life", "milk", dose=0),
       M(1.9, "mg", "amount_excreted", "lacosamide recovered from milk over 24 hours", dose=0)],
      [], [2]),
    S("In the study of eleven mothers above, serum was drawn from 8 infants", "lacosamide", None,
      [P(11, "eleven mothers"),
       P(8, "8 infants", who="infant"),
       P(5, "5 of 8 infants", who="infant"),
       P(3, "the other 3", who="infant")],
      [],
      [M(0.3, "mg/L", "concentration", "infant serum lacosamide (undetectable)", "infant_blood", pop=2, q="<"),
       M(0.4, "mg/L", "concentration", "infant serum lacosamide", "infant_blood", pop=3, high=1.2, stat="range"),
       M(4, "%", "infant_plasma_ratio", "infant serum level, % of simultaneous maternal serum level", "infant_blood",
         pop=3, high=11, stat="range")],
      [], [1]),
    S("A mother who took 200 mg twice daily throughout pregnancy", "lacosamide", None,
      [],
      [D(200, "mg", "200 mg twice daily", frequency="twice daily", duration="throughout pregnancy")],
      [M(6.8, "mg/L", "concentration", "cord serum lacosamide", "cord_blood", dose=0, timepoint="delivery"),
       M(7.4, "mg/L", "concentration", "maternal serum lacosamide", "maternal_blood", dose=0, timepoint="delivery"),
       M(0.92, "{ratio}", "other", "cord/maternal ratio", dose=0),
       M(0.5, "mg/L", "concentration", "infant serum lacosamide", "infant_blood", dose=0, timepoint="5 days of age"),
       M(0.2, "mg/L", "concentration", "infant serum lacosamide", "infant_blood", dose=0, timepoint="3 weeks")],
      [], [3]),
    S("A registry compared 52 infants breastfed during maternal lacosamide monotherapy", "lacosamide", None,
      [P(52, "52 infants breastfed during maternal lacosamide monotherapy", who="infant"),
       P(61, "61 formula-fed infants of treated mothers", "control", who="infant")],
      [],
      [M(6, "%", "proportion", "developmental delay at 12 months", pop=0, group="breastfed"),
       M(10, "%", "proportion", "developmental delay at 12 months", pop=1, group="formula-fed"),
       M(2, "%", "proportion", "sedation", pop=0, group="breastfed"),
       M(0, "%", "proportion", "sedation", pop=1, group="formula-fed")],
      [C([6, 10], "%", "proportion", "developmental delay at 12 months", ["breastfed infants", "formula-fed infants"], False, 0.51, "="),
       C([2, 0], "%", "proportion", "sedation", ["breastfed infants", "formula-fed infants"], None)],
      [4]),
    S("Among 24 women taking lacosamide and 30 women taking no antiepileptic drug", "lacosamide", None,
      [P(24, "24 women taking lacosamide"),
       P(30, "30 women taking no antiepileptic drug", "control")],
      [],
      [M(58, "%", "proportion", "any breastfeeding at 6 months", pop=0, group="women taking lacosamide"),
       M(70, "%", "proportion", "any breastfeeding at 6 months", pop=1, group="women taking no antiepileptic drug"),
       M(162, "ng/mL", "concentration", "serum prolactin 3 days postpartum", "maternal_blood", "prolactin", pop=0,
         group="women taking lacosamide"),
       M(175, "ng/mL", "concentration", "serum prolactin 3 days postpartum", "maternal_blood", "prolactin", pop=1,
         group="women taking no antiepileptic drug")],
      [C([58, 70], "%", "proportion", "any breastfeeding at 6 months",
         ["women taking lacosamide", "women taking no antiepileptic drug"], False, 0.28, "="),
       C([162, 175], "ng/mL", "concentration", "serum prolactin 3 days postpartum",
         ["women taking lacosamide", "women taking no antiepileptic drug"], False)],
      [5]),
]))

# ---------------------------------------------------------------- h08 rifampin (plain-text drug page)
DOCS.append(("h08_rifampin_page.txt", [
    S("Twenty mothers receiving rifampin 600 mg once daily as part of combination", "rifampin", None,
      [P(20, "Twenty mothers receiving rifampin 600 mg once daily")],
      [D(600, "mg", "rifampin 600 mg once daily", frequency="once daily"),
       D(15, "mg/kg", "15 mg/kg daily dose used in infants", recipient="infant", frequency="per day")],
      [M(1.9, "mg/L", "concentration", "milk rifampin", "milk", dose=0, pop=0, stat="mean", timepoint="2 to 8 hours after a dose"),
       M(0.4, "mg/L", "concentration", "milk rifampin", "milk", dose=0, pop=0, high=4.9, stat="range"),
       M(0.7, "mg/L", "concentration", "milk 25-desacetylrifampin", "milk", "25-desacetylrifampin", dose=0, pop=0, stat="mean"),
       M(0.18, "{ratio}", "milk_plasma_ratio", "milk/serum ratio", "milk", dose=0, pop=0),
       M(0.3, "mg/kg", "infant_dose", "infant dose per day", dose=0, pop=0, q="~"),
       M(3.4, "%", "relative_infant_dose", "infant dose, % of maternal weight-adjusted dose", dose=0, pop=0),
       M(2, "%", "relative_infant_dose", "infant dose, % of the infant dose", dose=0, pop=0, q="~")],
      [], [1]),
    S("Eight healthy postpartum women who were not nursing took a single 450 mg oral dose", "rifampin", "oral",
      [P(8, "Eight healthy postpartum women who were not nursing")],
      [D(450, "mg", "a single 450 mg oral dose", frequency="single dose")],
      [M(2.6, "mg/L", "concentration", "peak milk rifampin", "milk", dose=0, pop=0, timepoint="6 hours after the dose"),
       M(4.8, "h", "half_life", "half-life in milk", "milk", dose=0, pop=0),
       M(3.1, "h", "half_life", "half-life in serum", "maternal_blood", dose=0, pop=0),
       M(0.58, "mg", "amount_excreted", "rifampin excreted in milk over 24 hours", dose=0, pop=0),
       M(0.13, "%", "amount_excreted", "amount excreted in milk, % of the dose", dose=0, pop=0)],
      [], [2]),
    S("In a treatment-shortening trial, 10 nursing women took 600 mg daily", "rifampin", None,
      [P(10, "10 nursing women took 600 mg daily"), P(9, "9 took 900 mg daily")],
      [D(600, "mg", "600 mg daily", frequency="per day"), D(900, "mg", "900 mg daily", frequency="per day")],
      [M(2.2, "mg/L", "concentration", "average milk rifampin", "milk", dose=0, pop=0, stat="mean", group="600 mg daily"),
       M(3.6, "mg/L", "concentration", "average milk rifampin", "milk", dose=1, pop=1, stat="mean", group="900 mg daily"),
       M(3.6, "%", "relative_infant_dose", "relative infant dose", dose=0, pop=0, group="600 mg daily"),
       M(3.9, "%", "relative_infant_dose", "relative infant dose", dose=1, pop=1, group="900 mg daily")],
      [C([2.2, 3.6], "mg/L", "concentration", "average milk rifampin", ["600 mg daily", "900 mg daily"], True, 0.03, "="),
       C([3.6, 3.9], "%", "relative_infant_dose", "relative infant dose", ["600 mg daily", "900 mg daily"], None)],
      [3]),
    S("Rifampin was detected in the serum of 2 of 14 breastfed infants", "rifampin", None,
      [P(14, "14 breastfed infants", who="infant"),
       P(2, "2 of 14 breastfed infants", who="infant"),
       P(12, "the other 12", who="infant")],
      [],
      [M(0.18, "mg/L", "concentration", "infant serum rifampin", "infant_blood", pop=1),
       M(0.25, "mg/L", "concentration", "infant serum rifampin", "infant_blood", pop=1),
       M(0.1, "mg/L", "concentration", "infant serum rifampin", "infant_blood", pop=2, q="<"),
       M(1.6, "%", "infant_plasma_ratio", "highest infant level, % of maternal serum level", "infant_blood", pop=1, stat="maximum")],
      [], [4]),
    S("In 5 women treated up to delivery, cord serum rifampin averaged 3.3 mg/L", "rifampin", None,
      [P(5, "5 women treated up to delivery")],
      [],
      [M(3.3, "mg/L", "concentration", "cord serum rifampin", "cord_blood", pop=0, stat="mean"),
       M(28, "%", "other", "cord serum level, % of maternal serum level", pop=0)],
      [], [5]),
    S("Among 47 infants breastfed during maternal rifampin treatment", "rifampin", None,
      [P(47, "47 infants breastfed during maternal rifampin treatment", who="infant"),
       P(50, "50 unexposed infants", "control", who="infant")],
      [],
      [M(15, "%", "proportion", "orange-red discolouration of urine or stools", pop=0),
       M(9, "%", "proportion", "jaundice", pop=0, group="breastfed exposed infants"),
       M(8, "%", "proportion", "jaundice", pop=1, group="unexposed infants")],
      [C([9, 8], "%", "proportion", "jaundice", ["infants breastfed during maternal rifampin treatment", "unexposed infants"],
         False, 0.88, "=")],
      [6]),
]))


def main():
    out = os.path.join(HERE, "gold.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for doc, sts in DOCS:
            f.write(json.dumps({"doc": doc, "statements": sts}, ensure_ascii=False) + "\n")
    print("wrote", out, len(DOCS), "documents")


if __name__ == "__main__":
    main()
