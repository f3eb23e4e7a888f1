#!/usr/bin/env python3
"""Build ../gold.jsonl for the SYNTHETIC held-out corpus heldout_ag (gold format version 2).

Annotations are written as Python calls. Comparisons are declared by the indices of the
measurements they compare (the measurement links); their values, unit and kind are taken
from those measurements, so every compared value is backed by a measurement. The written
gold keeps exactly the keys used in /work/shared/gold/dev.jsonl (no extra link key)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'gold.jsonl')

def P(n, text, role, who):
    return {"n": n, "text": text, "role": role, "who": who}

def D(amount, unit, text, recipient="mother", amount_high=None, stat=None,
      frequency=None, duration=None, drug=None):
    d = {"amount": amount}
    if amount_high is not None: d["amount_high"] = amount_high
    d["unit"] = unit
    if stat: d["stat"] = stat
    if frequency: d["frequency"] = frequency
    if duration: d["duration"] = duration
    if drug: d["drug"] = drug
    d["text"] = text
    d["recipient"] = recipient
    return d

def M(value, unit, measure, kind, matrix=None, analyte=None, dose=None, population=None,
      value_high=None, qualifier=None, stat=None, group=None, timepoint=None):
    m = {"value": value}
    if value_high is not None: m["value_high"] = value_high
    m["unit"] = unit
    if qualifier: m["qualifier"] = qualifier
    if stat: m["stat"] = stat
    if group: m["group"] = group
    m["measure"] = measure
    if timepoint: m["timepoint"] = timepoint
    m.update({"kind": kind, "matrix": matrix, "analyte": analyte, "dose": dose, "population": population})
    return m

def C(idx, outcome, arms=None, significant=None, p=None, pq=None, measure=None):
    return {"_idx": idx, "outcome": outcome, "arms": arms, "significant": significant,
            "p_value": p, "p_qualifier": pq, "measure": measure}

def S(anchor, kind, drug, route, pops=(), doses=(), meas=(), comps=(), cites=()):
    meas = list(meas)
    out = []
    for c in comps:
        ms = [meas[i] for i in c["_idx"]]
        units = {m["unit"] for m in ms}; kinds = {m["kind"] for m in ms}
        assert len(units) == 1 and len(kinds) == 1, (anchor, c)
        arms = c["arms"] or [m.get("group") for m in ms]
        out.append({"measure": c["measure"] or c["outcome"],
                    "values": [m["value"] for m in ms], "unit": ms[0]["unit"],
                    "kind": ms[0]["kind"], "outcome": c["outcome"], "arms": arms,
                    "significant": c["significant"], "p_value": c["p_value"],
                    "p_qualifier": c["p_qualifier"]})
    return {"anchor": anchor, "kind": kind, "drug": drug, "route": route,
            "populations": list(pops), "doses": list(doses), "measurements": meas,
            "comparisons": out, "citations": list(cites)}

CONC, MILK, MB, IB = "concentration", "milk", "maternal_blood", "infant_blood"
MP, IP, RID, IDOSE = "milk_plasma_ratio", "infant_plasma_ratio", "relative_infant_dose", "infant_dose"
HL, AMT, PROP, CHG, VOL, OTHER = "half_life", "amount_excreted", "proportion", "change", "milk_volume", "other"

DOCS = []
def doc(name, *statements):
    DOCS.append({"doc": name, "statements": list(statements)})

# ---------------------------------------------------------------- ag01 ketamine (journal abstract page, 3 arms)
doc("ag01_ketamine_abstract.html",
    S("women having elective cesarean delivery under spinal anesthesia were randomized (1:1:1)",
      "study", "ketamine", "intravenous",
      pops=[P(96, "Ninety-six women", "total", "mother"),
            P(32, "32 were assigned to the lower dose", "exposed", "mother"),
            P(33, "33 to the higher dose", "exposed", "mother"),
            P(31, "31 to placebo", "control", "mother"),
            P(12, "12 infants of high-dose mothers", "exposed", "infant")],
      doses=[D(0.25, "mg/kg", "intravenous ketamine 0.25 mg/kg", duration="over 40 minutes after cord clamping"),
             D(0.5, "mg/kg", "ketamine 0.5 mg/kg", duration="over 40 minutes after cord clamping")],
      meas=[
        M(18.4, "ng/mL", "peak colostrum ketamine", CONC, MILK, None, 0, 1, stat="median", group="0.25 mg/kg"),   #0
        M(41.7, "ng/mL", "peak colostrum ketamine", CONC, MILK, None, 1, 2, stat="median", group="0.5 mg/kg"),    #1
        M(22.9, "ng/mL", "colostrum norketamine", CONC, MILK, "norketamine", 0, 1, group="low-dose arm", timepoint="6 hours"),   #2
        M(49.3, "ng/mL", "colostrum norketamine", CONC, MILK, "norketamine", 1, 2, group="high-dose arm", timepoint="6 hours"),  #3
        M(96, "ng/mL", "maternal plasma ketamine", CONC, MB, None, 0, 1, stat="mean", group="lower dose", timepoint="end of the infusion"),   #4
        M(188, "ng/mL", "maternal plasma ketamine", CONC, MB, None, 1, 2, stat="mean", group="higher dose", timepoint="end of the infusion"), #5
        M(1.52, "{ratio}", "colostrum-to-plasma AUC ratio of ketamine", MP, MILK, None, 0, 1, group="0.25 mg/kg"),  #6
        M(1.61, "{ratio}", "colostrum-to-plasma AUC ratio of ketamine", MP, MILK, None, 1, 2, group="0.5 mg/kg"),   #7
        M(1, "ng/mL", "colostrum ketamine (below limit of quantification)", CONC, MILK, None, 0, 1, qualifier="<", group="low-dose arm", timepoint="12 hours"),  #8
        M(0.9, "%", "relative infant dose of ketamine plus norketamine", RID, None, "ketamine plus norketamine", 0, 1, group="low-dose arm"),   #9
        M(1.1, "%", "relative infant dose of ketamine plus norketamine", RID, None, "ketamine plus norketamine", 1, 2, group="high-dose arm"),  #10
        M(0.5, "ng/mL", "infant plasma ketamine (undetectable)", CONC, IB, None, 1, 4, qualifier="<", group="infants of high-dose mothers", timepoint="24 hours after delivery"),  #11
        M(71.9, "%", "exclusive breastfeeding at 6 weeks", PROP, None, None, 0, 1, group="0.25 mg/kg"),  #12
        M(69.7, "%", "exclusive breastfeeding at 6 weeks", PROP, None, None, 1, 2, group="0.5 mg/kg"),   #13
        M(74.2, "%", "exclusive breastfeeding at 6 weeks", PROP, None, None, None, 3, group="placebo"),  #14
        M(12.5, "%", "depressive symptoms (EPDS score >=10) at 6 weeks", PROP, None, None, 0, 1, group="lower dose"),   #15
        M(9.1, "%", "depressive symptoms (EPDS score >=10) at 6 weeks", PROP, None, None, 1, 2, group="higher dose"),   #16
        M(25.8, "%", "depressive symptoms (EPDS score >=10) at 6 weeks", PROP, None, None, None, 3, group="placebo"),   #17
        M(148, "ng/mL", "maternal serum prolactin", CONC, MB, "prolactin", 0, 1, group="0.25 mg/kg", timepoint="24 hours after delivery"),  #18
        M(152, "ng/mL", "maternal serum prolactin", CONC, MB, "prolactin", 1, 2, group="0.5 mg/kg", timepoint="24 hours after delivery"),   #19
        M(139, "ng/mL", "maternal serum prolactin", CONC, MB, "prolactin", None, 3, group="placebo", timepoint="24 hours after delivery"),  #20
      ],
      comps=[
        C([0, 1], "peak colostrum ketamine", ["0.25 mg/kg", "0.5 mg/kg"], True, 0.001, "<"),
        C([2, 3], "colostrum norketamine at 6 hours", ["low-dose arm", "high-dose arm"], True, 0.002, "="),
        C([4, 5], "maternal plasma ketamine at the end of the infusion", ["lower dose", "higher dose"]),
        C([6, 7], "colostrum-to-plasma AUC ratio of ketamine", ["0.25 mg/kg", "0.5 mg/kg"], False, 0.48, "="),
        C([9, 10], "relative infant dose of ketamine plus norketamine", ["low-dose arm", "high-dose arm"]),
        C([12, 13, 14], "exclusive breastfeeding at 6 weeks", ["0.25 mg/kg", "0.5 mg/kg", "placebo"], False, 0.91, "="),
        C([15, 17], "depressive symptoms at 6 weeks", ["lower dose", "placebo"], True, 0.04, "="),
        C([16, 17], "depressive symptoms at 6 weeks", ["higher dose", "placebo"], True, 0.01, "="),
        C([18, 19, 20], "maternal serum prolactin 24 hours after delivery", ["0.25 mg/kg", "0.5 mg/kg", "placebo"], False, 0.62, "="),
      ]),
)

# ---------------------------------------------------------------- ag02 bromocriptine (registry results page, 3 arms)
QD, BID, PL = "Bromocriptine Once Daily", "Bromocriptine Twice Daily", "Placebo"
doc("ag02_bromocriptine_registry.md",
    S("This trial compared two oral bromocriptine regimens with placebo for suppressing lactation",
      "study", "bromocriptine", "oral",
      pops=[P(84, "A total of 84 women were randomized", "total", "mother"),
            P(28, "bromocriptine once daily (n = 28)", "exposed", "mother"),
            P(27, "bromocriptine twice daily (n = 27)", "exposed", "mother"),
            P(29, "placebo (n = 29)", "control", "mother")],
      doses=[D(2.5, "mg", "bromocriptine 2.5 mg by mouth once daily for 14 days", frequency="once daily", duration="for 14 days"),
             D(2.5, "mg", "bromocriptine 2.5 mg by mouth twice daily for 14 days", frequency="twice daily", duration="for 14 days")],
      meas=[
        M(14.2, "ng/mL", "serum prolactin", CONC, MB, "prolactin", 0, 1, stat="mean", group=QD, timepoint="day 7"),   #0
        M(8.9, "ng/mL", "serum prolactin", CONC, MB, "prolactin", 1, 2, stat="mean", group=BID, timepoint="day 7"),    #1
        M(61.5, "ng/mL", "serum prolactin", CONC, MB, "prolactin", None, 3, stat="mean", group=PL, timepoint="day 7"), #2
        M(9.8, "ng/mL", "serum prolactin", CONC, MB, "prolactin", 0, 1, stat="mean", group=QD, timepoint="day 14"),   #3
        M(7.4, "ng/mL", "serum prolactin", CONC, MB, "prolactin", 1, 2, stat="mean", group=BID, timepoint="day 14"),  #4
        M(22.3, "ng/mL", "serum prolactin", CONC, MB, "prolactin", None, 3, stat="mean", group=PL, timepoint="day 14"), #5
        M(83.9, "%", "percent decrease in serum prolactin from baseline to day 7", CHG, None, "prolactin", 0, 1, stat="mean", group=QD),  #6
        M(90.3, "%", "percent decrease in serum prolactin from baseline to day 7", CHG, None, "prolactin", 1, 2, stat="mean", group=BID), #7
        M(29.1, "%", "percent decrease in serum prolactin from baseline to day 7", CHG, None, "prolactin", None, 3, stat="mean", group=PL), #8
        M(17.9, "%", "participants with clinically significant breast engorgement through day 14", PROP, None, None, 0, 1, group=QD),  #9
        M(11.1, "%", "participants with clinically significant breast engorgement through day 14", PROP, None, None, 1, 2, group=BID), #10
        M(58.6, "%", "participants with clinically significant breast engorgement through day 14", PROP, None, None, None, 3, group=PL), #11
        M(46.4, "%", "participants needing breast pads for milk leakage on day 3", PROP, None, None, 0, 1, group=QD),   #12
        M(40.7, "%", "participants needing breast pads for milk leakage on day 3", PROP, None, None, 1, 2, group=BID),  #13
        M(79.3, "%", "participants needing breast pads for milk leakage on day 3", PROP, None, None, None, 3, group=PL), #14
      ],
      comps=[
        C([0, 2], "serum prolactin at day 7", [QD, PL], True, 0.001, "<"),
        C([1, 2], "serum prolactin at day 7", [BID, PL], True, 0.001, "<"),
        C([0, 1], "serum prolactin at day 7", [QD, BID], True, 0.03, "="),
        C([3, 4], "serum prolactin at day 14", [QD, BID], False, 0.41, "="),
        C([6, 7, 8], "percent decrease in serum prolactin from baseline to day 7", [QD, BID, PL], True, 0.001, "<"),
        C([9, 11], "clinically significant breast engorgement through day 14", [QD, PL], True, 0.002, "="),
        C([10, 11], "clinically significant breast engorgement through day 14", [BID, PL], True, 0.001, "<"),
        C([12, 13, 14], "breast pads needed for milk leakage on day 3", [QD, BID, PL], True, 0.008, "="),
      ]),
)

# ---------------------------------------------------------------- ag03 chlorpromazine (abstract, 2 arms, before/after)
doc("ag03_chlorpromazine_abstract.txt",
    S("Mothers expressing less than 500 mL/day between 2 and 4 weeks postpartum were randomly allocated",
      "study", "chlorpromazine", "oral",
      pops=[P(47, "Forty-seven mothers", "total", "mother"),
            P(24, "24 women in the active arm", "exposed", "mother"),
            P(23, "twenty-three controls given placebo", "control", "mother"),
            P(8, "8 mothers of the active arm who joined the pharmacokinetic substudy", "exposed", "mother"),
            P(8, "all 8 of their infants", "exposed", "infant")],
      doses=[D(25, "mg", "chlorpromazine 25 mg orally three times daily", frequency="three times daily", duration="for 10 days")],
      meas=[
        M(212, "mL", "expressed milk volume per day", VOL, None, None, None, 1, group="chlorpromazine arm", timepoint="before treatment"),  #0
        M(398, "mL", "expressed milk volume per day", VOL, None, None, 0, 1, group="chlorpromazine arm", timepoint="end of treatment"),   #1
        M(205, "mL", "expressed milk volume per day", VOL, None, None, None, 2, group="placebo arm", timepoint="before treatment"),       #2
        M(261, "mL", "expressed milk volume per day", VOL, None, None, None, 2, group="placebo arm", timepoint="end of treatment"),       #3
        M(44, "ng/mL", "serum prolactin", CONC, MB, "prolactin", None, 1, group="chlorpromazine", timepoint="before treatment"),  #4
        M(41, "ng/mL", "serum prolactin", CONC, MB, "prolactin", None, 2, group="placebo", timepoint="before treatment"),         #5
        M(112, "ng/mL", "serum prolactin", CONC, MB, "prolactin", 0, 1, group="chlorpromazine", timepoint="day 5"),  #6
        M(39, "ng/mL", "serum prolactin", CONC, MB, "prolactin", None, 2, group="placebo", timepoint="day 5"),       #7
        M(97, "ng/mL", "serum prolactin", CONC, MB, "prolactin", 0, 1, group="chlorpromazine", timepoint="day 10"),  #8
        M(36, "ng/mL", "serum prolactin", CONC, MB, "prolactin", None, 2, group="placebo", timepoint="day 10"),      #9
        M(41.7, "%", "mothers reaching a daily volume of 500 mL or more by day 10", PROP, None, None, 0, 1, group="chlorpromazine group"),  #10
        M(13.0, "%", "mothers reaching a daily volume of 500 mL or more by day 10", PROP, None, None, None, 2, group="placebo group"),     #11
        M(3.2, "{ratio}", "risk ratio, chlorpromazine vs placebo, daily volume of 500 mL or more by day 10", OTHER, None, None, None, None),  #12
        M(6.8, "ng/mL", "trough milk chlorpromazine", CONC, MILK, None, 0, 3, stat="mean", timepoint="day 10"),  #13
        M(2.1, "ng/mL", "trough milk 7-hydroxy metabolite", CONC, MILK, "7-hydroxychlorpromazine", 0, 3, stat="mean", timepoint="day 10"),  #14
        M(0.41, "{ratio}", "milk/plasma ratio of the parent drug", MP, MILK, None, 0, 3, timepoint="day 10"),  #15
        M(1, "ng/mL", "infant plasma chlorpromazine", CONC, IB, None, 0, 4, qualifier="<"),  #16
      ],
      comps=[
        C([0, 1], "expressed milk volume", ["before treatment", "end of treatment"], True, 0.001, "<", measure="expressed milk volume, chlorpromazine arm, before vs end of treatment"),
        C([2, 3], "expressed milk volume", ["before treatment", "end of treatment"], False, 0.08, "=", measure="expressed milk volume, placebo arm, before vs end of treatment"),
        C([1, 3], "expressed milk volume at the end of treatment", ["chlorpromazine arm", "placebo arm"], True, 0.002, "="),
        C([4, 5], "serum prolactin before treatment", ["chlorpromazine", "placebo"], False, 0.67, "="),
        C([6, 7], "serum prolactin on day 5", ["chlorpromazine", "placebo"], True, 0.001, "<"),
        C([8, 9], "serum prolactin on day 10", ["chlorpromazine", "placebo"], True, 0.001, "<"),
        C([10, 11], "daily volume of 500 mL or more by day 10", ["chlorpromazine group", "placebo group"], True, 0.03, "="),
      ]),
)

# ---------------------------------------------------------------- ag04 nalbuphine (drug-information evidence summary)
doc("ag04_nalbuphine_evidence.md",
    S("Single intravenous doses of nalbuphine of up to 20 mg, as used after caesarean birth",
      "recommendation", "nalbuphine", "intravenous",
      doses=[D(20, "mg", "doses of nalbuphine of up to 20 mg", stat="maximum")],
      meas=[M(1, "%", "estimated relative infant dose", RID, None, None, 0, None, qualifier="<")],
      cites=[1, 2]),
    S("Sixteen women who had given birth by caesarean section each received a single 15 mg intravenous dose",
      "study", "nalbuphine", "intravenous",
      pops=[P(16, "Sixteen women who had given birth by caesarean section", "exposed", "mother")],
      doses=[D(15, "mg", "a single 15 mg intravenous dose of nalbuphine")],
      meas=[
        M(38, "ng/mL", "peak milk nalbuphine", CONC, MILK, None, 0, 0, stat="mean", timepoint="1 hour"),
        M(61, "ng/mL", "simultaneous maternal plasma nalbuphine", CONC, MB, None, 0, 0, timepoint="1 hour"),
        M(1.3, "{ratio}", "milk-to-plasma ratio (AUC)", MP, MILK, None, 0, 0),
        M(3.6, "h", "nalbuphine half-life in milk", HL, MILK, None, 0, 0),
        M(5.8, "ug/kg", "estimated daily infant nalbuphine dose", IDOSE, None, None, 0, 0),
        M(0.51, "%", "infant dose, % of weight-adjusted maternal dose", RID, None, None, 0, 0),
      ],
      cites=[1]),
    S("A randomised trial in 82 women after elective caesarean section compared nalbuphine 10 mg",
      "study", "nalbuphine", "intravenous",
      pops=[P(82, "82 women after elective caesarean section", "total", "mother"),
            P(40, "40 were allocated to the lower dose", "exposed", "mother"),
            P(42, "42 to the higher dose", "exposed", "mother")],
      doses=[D(10, "mg", "nalbuphine 10 mg"), D(20, "mg", "nalbuphine 20 mg")],
      meas=[
        M(15, "ng/mL", "colostrum nalbuphine two hours after administration", CONC, MILK, None, 0, 1, stat="median", group="lower dose", timepoint="two hours after administration"),
        M(31, "ng/mL", "colostrum nalbuphine two hours after administration", CONC, MILK, None, 1, 2, stat="median", group="higher dose", timepoint="two hours after administration"),
        M(79, "%", "successful breastfeeding at 24 hours (LATCH score of 8 or above)", PROP, None, None, 0, 1, group="lower dose"),
        M(83, "%", "successful breastfeeding at 24 hours (LATCH score of 8 or above)", PROP, None, None, 1, 2, group="higher dose"),
      ],
      comps=[
        C([0, 1], "colostrum nalbuphine two hours after administration", ["lower dose", "higher dose"], True, 0.001, "<"),
        C([2, 3], "successful breastfeeding at 24 hours", ["lower dose", "higher dose"], False, 0.58, "="),
      ],
      cites=[2]),
    S("64 mother-infant pairs exposed to intravenous nalbuphine in labour",
      "study", "nalbuphine", "intravenous",
      pops=[P(64, "64 mother-infant pairs exposed to intravenous nalbuphine in labour", "exposed", "pair"),
            P(71, "71 unexposed pairs", "control", "pair")],
      doses=[D(20, "mg", "median cumulative dose 20 mg", stat="median"),
             D(10, "mg", "range 10 to 40 mg", amount_high=40, stat="range")],
      meas=[
        M(68.8, "%", "exclusive breastfeeding at hospital discharge", PROP, None, None, 0, 0, group="nalbuphine-exposed pairs"),
        M(73.2, "%", "exclusive breastfeeding at hospital discharge", PROP, None, None, None, 1, group="unexposed pairs"),
        M(6.9, "%", "infant weight loss by 72 hours, % of birth weight", CHG, None, None, 0, 0, group="nalbuphine group"),
        M(6.2, "%", "infant weight loss by 72 hours, % of birth weight", CHG, None, None, None, 1, group="unexposed pairs"),
      ],
      comps=[
        C([0, 1], "exclusive breastfeeding at hospital discharge", ["nalbuphine-exposed pairs", "unexposed pairs"], False, 0.57, "="),
        C([2, 3], "infant weight loss by 72 hours", ["nalbuphine group", "unexposed pairs"], True, 0.03, "="),
      ],
      cites=[3]),
    S("Intrathecal nalbuphine 0.8 mg added to spinal anaesthesia (n = 30) was compared",
      "study", "nalbuphine", "intrathecal",
      pops=[P(30, "nalbuphine 0.8 mg added to spinal anaesthesia (n = 30)", "exposed", "mother"),
            P(30, "spinal anaesthesia alone (n = 30)", "control", "mother")],
      doses=[D(0.8, "mg", "Intrathecal nalbuphine 0.8 mg")],
      meas=[
        M(76.7, "%", "lactogenesis II by 72 hours", PROP, None, None, 0, 0, group="intrathecal nalbuphine"),
        M(80.0, "%", "lactogenesis II by 72 hours", PROP, None, None, None, 1, group="spinal anaesthesia alone"),
        M(162, "ng/mL", "serum prolactin at 24 hours", CONC, MB, "prolactin", 0, 0, group="intrathecal nalbuphine", timepoint="24 hours"),
        M(170, "ng/mL", "serum prolactin at 24 hours", CONC, MB, "prolactin", None, 1, group="spinal anaesthesia alone", timepoint="24 hours"),
      ],
      comps=[
        C([0, 1], "lactogenesis II by 72 hours", ["intrathecal nalbuphine", "spinal anaesthesia alone"], False),
        C([2, 3], "serum prolactin at 24 hours", ["intrathecal nalbuphine", "spinal anaesthesia alone"], False),
      ],
      cites=[4]),
    S("Two breastfed neonates whose mothers received intravenous nalbuphine 10 mg every 4 to 6 hours",
      "study", "nalbuphine", "intravenous",
      pops=[P(2, "Two breastfed neonates", "exposed", "infant")],
      doses=[D(10, "mg", "intravenous nalbuphine 10 mg every 4 to 6 hours", frequency="every 4 to 6 hours"),
             D(60, "mg", "total 60 mg over 36 hours", duration="over 36 hours")],
      meas=[M(0.5, "ng/mL", "infant plasma nalbuphine", CONC, IB, None, 0, 0, qualifier="<", timepoint="after a feed")],
      cites=[5]),
)

# ---------------------------------------------------------------- ag05 allopurinol (LactMed-style)
doc("ag05_allopurinol_lactmed.txt",
    S("Maternal doses of 100 to 300 mg daily provide an exclusively breastfed infant with an oxypurinol dose",
      "recommendation", "allopurinol", None,
      doses=[D(100, "mg", "Maternal doses of 100 to 300 mg daily", amount_high=300, frequency="per day"),
             D(10, "mg/kg", "10 mg/kg daily", recipient="infant", frequency="per day")],
      meas=[M(7, "%", "infant oxypurinol dose, % of the allopurinol dosage used in children", RID, None, "oxypurinol", 0, None, qualifier="<")]),
    S("A woman with recurrent uric acid stones began allopurinol 300 mg once daily 4 weeks postpartum",
      "study", "allopurinol", None,
      doses=[D(300, "mg", "allopurinol 300 mg once daily", frequency="once daily")],
      meas=[
        M(0.9, "mg/L", "milk allopurinol", CONC, MILK, None, 0, None, timepoint="2 hours after a dose"),
        M(3.9, "mg/L", "milk oxypurinol", CONC, MILK, "oxypurinol", 0, None, timepoint="2 hours after a dose"),
        M(1.7, "mg/L", "maternal plasma allopurinol", CONC, MB, None, 0, None, timepoint="2 hours after a dose"),
        M(6.2, "mg/L", "maternal plasma oxypurinol", CONC, MB, "oxypurinol", 0, None, timepoint="2 hours after a dose"),
        M(53, "%", "milk allopurinol, % of simultaneous plasma level", MP, MILK, None, 0, None),
        M(63, "%", "milk oxypurinol, % of plasma level", MP, MILK, "oxypurinol", 0, None),
        M(0.6, "mg/kg", "estimated infant oxypurinol dose per day", IDOSE, None, "oxypurinol", 0, None, qualifier="~"),
        M(12, "%", "infant oxypurinol dose, % of maternal weight-adjusted dosage", RID, None, "oxypurinol", 0, None, qualifier="~"),
      ],
      cites=[1]),
    S("Milk samples were obtained at steady state from 3 women who were 2 to 7 months postpartum",
      "study", "allopurinol", None,
      pops=[P(3, "3 women who were 2 to 7 months postpartum and taking allopurinol for gout", "exposed", "mother"),
            P(2, "The 2 women taking 100 mg daily", "exposed", "mother")],
      doses=[D(100, "mg", "100 mg daily", frequency="per day"), D(300, "mg", "300 mg daily", frequency="per day")],
      meas=[
        M(1.25, "mg/L", "trough milk oxypurinol", CONC, MILK, "oxypurinol", 0, 1, stat="mean", group="100 mg daily"),
        M(4.4, "mg/L", "trough milk oxypurinol", CONC, MILK, "oxypurinol", 1, None, group="300 mg daily"),
        M(0.1, "mg/L", "trough milk allopurinol (below limit of detection)", CONC, MILK, None, None, 0, qualifier="<"),
        M(0.19, "mg/kg", "estimated infant oxypurinol dose per day", IDOSE, None, "oxypurinol", 0, 1, group="lower dosage"),
        M(0.66, "mg/kg", "estimated infant oxypurinol dose per day", IDOSE, None, "oxypurinol", 1, None, group="higher dosage"),
      ],
      comps=[
        C([0, 1], "trough milk oxypurinol", ["100 mg daily", "300 mg daily"]),
        C([3, 4], "estimated infant oxypurinol dose", ["lower dosage", "higher dosage"]),
      ],
      cites=[2]),
    S("The exclusively breastfed infant in the first study above, whose mother was taking 300 mg daily",
      "study", "allopurinol", None,
      doses=[D(300, "mg", "300 mg daily", frequency="per day")],
      meas=[
        M(2.4, "mg/L", "infant plasma oxypurinol", CONC, IB, "oxypurinol", 0, None, timepoint="6 weeks of age"),
        M(39, "%", "infant plasma oxypurinol, % of mother's plasma oxypurinol", IP, IB, "oxypurinol", 0, None),
        M(0.1, "mg/L", "infant plasma allopurinol (undetectable)", CONC, IB, None, 0, None, qualifier="<"),
      ],
      cites=[1]),
    S("No adverse effects were noted in 3 infants whose mothers took allopurinol during breastfeeding",
      "study", "allopurinol", None,
      pops=[P(3, "3 infants whose mothers took allopurinol during breastfeeding", "exposed", "infant")],
      meas=[
        M(4.1, "mg/dL", "infant serum uric acid", CONC, IB, "uric acid", None, None, timepoint="start of maternal therapy"),
        M(2.6, "mg/dL", "infant serum uric acid", CONC, IB, "uric acid", None, None, timepoint="2 weeks later"),
      ],
      comps=[C([0, 1], "infant serum uric acid", ["start of maternal therapy", "2 weeks later"])],
      cites=[1, 2]),
    S("A woman taking allopurinol 200 mg daily for tumor lysis prophylaxis nursed her 4-month-old infant",
      "study", "allopurinol", None,
      doses=[D(200, "mg", "allopurinol 200 mg daily", frequency="per day")],
      cites=[3]),
)

# ---------------------------------------------------------------- ag06 acebutolol (LactMed-style, markdown)
doc("ag06_acebutolol_lactmed.md",
    S("Three women taking oral acebutolol in daily doses of 200 mg, 400 mg and 1200 mg",
      "study", "acebutolol", "oral",
      pops=[P(3, "Three women", "exposed", "mother")],
      doses=[D(200, "mg", "200 mg", frequency="per day"), D(400, "mg", "400 mg", frequency="per day"),
             D(1200, "mg", "1200 mg", frequency="per day")],
      meas=[
        M(0.7, "mg/L", "milk acebutolol", CONC, MILK, None, 0, 0, group="200 mg", timepoint="3 to 5 hours after the morning dose"),
        M(1.9, "mg/L", "milk acebutolol", CONC, MILK, None, 1, 0, group="400 mg", timepoint="3 to 5 hours after the morning dose"),
        M(4.1, "mg/L", "milk acebutolol", CONC, MILK, None, 2, 0, group="1200 mg", timepoint="3 to 5 hours after the morning dose"),
        M(1.3, "mg/L", "milk diacetolol", CONC, MILK, "diacetolol", 0, 0, group="200 mg", timepoint="3 to 5 hours after the morning dose"),
        M(2.8, "mg/L", "milk diacetolol", CONC, MILK, "diacetolol", 1, 0, group="400 mg", timepoint="3 to 5 hours after the morning dose"),
        M(12.6, "mg/L", "milk diacetolol", CONC, MILK, "diacetolol", 2, 0, group="1200 mg", timepoint="3 to 5 hours after the morning dose"),
      ],
      comps=[
        C([0, 1, 2], "milk acebutolol", ["200 mg", "400 mg", "1200 mg"]),
        C([3, 4, 5], "milk diacetolol", ["200 mg", "400 mg", "1200 mg"]),
      ],
      cites=[1]),
    S("In 7 mothers 3 to 10 days postpartum who had taken acebutolol 400 mg twice daily",
      "study", "acebutolol", None,
      pops=[P(7, "7 mothers 3 to 10 days postpartum", "exposed", "mother")],
      doses=[D(400, "mg", "acebutolol 400 mg twice daily", frequency="twice daily", duration="since late pregnancy")],
      meas=[
        M(4.6, "{ratio}", "milk/plasma ratio of acebutolol", MP, MILK, None, 0, 0, stat="mean"),
        M(1.9, "{ratio}", "milk/plasma ratio of acebutolol", MP, MILK, None, 0, 0, value_high=9.2, stat="range"),
        M(7.1, "{ratio}", "milk/plasma ratio of diacetolol", MP, MILK, "diacetolol", 0, 0, stat="mean"),
        M(2.3, "{ratio}", "milk/plasma ratio of diacetolol", MP, MILK, "diacetolol", 0, 0, value_high=24.7, stat="range"),
        M(4.3, "h", "acebutolol half-life in milk", HL, MILK, None, 0, 0),
        M(13, "h", "diacetolol half-life in milk", HL, MILK, "diacetolol", 0, 0),
      ],
      cites=[2]),
    S("Plasma was drawn from 4 breastfed infants whose mothers took acebutolol 400 mg daily",
      "study", "acebutolol", None,
      pops=[P(4, "4 breastfed infants whose mothers took acebutolol 400 mg daily", "exposed", "infant"),
            P(3, "three of the infants", "exposed", "infant")],
      doses=[D(400, "mg", "acebutolol 400 mg daily", frequency="per day")],
      meas=[
        M(0.02, "mg/L", "infant plasma diacetolol (undetectable)", CONC, IB, "diacetolol", 0, 1, qualifier="<"),
        M(0.11, "mg/L", "infant plasma diacetolol", CONC, IB, "diacetolol", 0, None, group="the fourth infant"),
        M(8, "%", "infant plasma diacetolol, % of mother's plasma level", IP, IB, "diacetolol", 0, None, group="the fourth infant"),
      ],
      cites=[2]),
    S("A full-term newborn breastfed from birth by a mother taking acebutolol 400 mg daily",
      "study", "acebutolol", None,
      doses=[D(400, "mg", "acebutolol 400 mg daily", frequency="per day")],
      meas=[
        M(0.29, "mg/L", "infant plasma diacetolol", CONC, IB, "diacetolol", 0, None, timepoint="day 3"),
        M(15, "%", "infant plasma diacetolol, % of maternal level", IP, IB, "diacetolol", 0, None, qualifier="~"),
      ],
      cites=[1]),
    S("Among 11 infants breastfed by mothers taking acebutolol and 11 infants of mothers taking no beta-blocker",
      "study", "acebutolol", None,
      pops=[P(11, "11 infants breastfed by mothers taking acebutolol", "exposed", "infant"),
            P(11, "11 infants of mothers taking no beta-blocker", "control", "infant")],
      meas=[
        M(27, "%", "infants with bradycardia episodes during the first week", PROP, None, None, None, 0, group="acebutolol"),
        M(9, "%", "infants with bradycardia episodes during the first week", PROP, None, None, None, 1, group="no beta-blocker"),
      ],
      comps=[C([0, 1], "episodes of bradycardia during the first week", ["mothers taking acebutolol", "mothers taking no beta-blocker"], False)],
      cites=[3]),
)

# ---------------------------------------------------------------- ag07 lisdexamfetamine (LactMed-style, HTML)
DEX = "dextroamphetamine"
doc("ag07_lisdexamfetamine_lactmed.html",
    S("maternal lisdexamfetamine doses of up to 70 mg daily give a breastfed infant less than 10%",
      "recommendation", "lisdexamfetamine", None,
      doses=[D(70, "mg", "doses of up to 70 mg daily", stat="maximum", frequency="per day")],
      meas=[M(10, "%", "infant dose as dextroamphetamine, % of maternal weight-adjusted dosage", RID, None, DEX, 0, None, qualifier="<")]),
    S("Four women who were 3 to 10 months postpartum and took lisdexamfetamine once daily",
      "study", "lisdexamfetamine", None,
      pops=[P(4, "Four women who were 3 to 10 months postpartum", "exposed", "mother")],
      doses=[D(30, "mg", "doses of 30 to 70 mg", amount_high=70, stat="range", frequency="once daily"),
             D(50, "mg", "median 50 mg", stat="median", frequency="once daily")],
      meas=[
        M(1, "ug/L", "milk intact lisdexamfetamine (not found)", CONC, MILK, None, 1, 0, qualifier="<"),
        M(96, "ug/L", "milk dextroamphetamine", CONC, MILK, DEX, 1, 0, stat="median"),
        M(61, "ug/L", "milk dextroamphetamine", CONC, MILK, DEX, 1, 0, value_high=183, stat="range"),
        M(3.1, "{ratio}", "milk/plasma ratio of dextroamphetamine", MP, MILK, DEX, 1, 0, stat="median"),
        M(4.9, "%", "infant dose as dextroamphetamine, % of maternal weight-adjusted dosage", RID, None, DEX, 1, 0, stat="median"),
      ],
      cites=[3]),
    S("A mother taking lisdexamfetamine 50 mg each morning for narcolepsy provided paired milk and plasma samples",
      "study", "lisdexamfetamine", None,
      doses=[D(50, "mg", "lisdexamfetamine 50 mg each morning", frequency="each morning")],
      meas=[
        M(124, "ug/L", "peak milk dextroamphetamine", CONC, MILK, DEX, 0, None, timepoint="4 hours after the dose"),
        M(41, "ug/L", "maternal plasma dextroamphetamine", CONC, MB, DEX, 0, None, timepoint="4 hours after the dose"),
        M(10.6, "h", "dextroamphetamine half-life in milk", HL, MILK, DEX, 0, None),
      ],
      cites=[4]),
    S("Two of the infants in the first study above had plasma drawn 3 hours after a feed",
      "study", "lisdexamfetamine", None,
      pops=[P(2, "Two of the infants in the first study above", "exposed", "infant")],
      meas=[
        M(2.4, "ug/L", "infant plasma dextroamphetamine", CONC, IB, DEX, None, 0, timepoint="3 hours after a feed"),
        M(3.9, "ug/L", "infant plasma dextroamphetamine", CONC, IB, DEX, None, 0, timepoint="3 hours after a feed"),
        M(5, "%", "infant plasma dextroamphetamine, % of simultaneous maternal plasma level", IP, IB, DEX, None, 0),
        M(8, "%", "infant plasma dextroamphetamine, % of simultaneous maternal plasma level", IP, IB, DEX, None, 0),
      ],
      cites=[3]),
    S("An exclusively breastfed 5-week-old infant whose mother took lisdexamfetamine 30 mg daily",
      "study", "lisdexamfetamine", None,
      doses=[D(30, "mg", "lisdexamfetamine 30 mg daily", frequency="per day")],
      meas=[M(1, "ug/L", "infant plasma dextroamphetamine (undetectable)", CONC, IB, DEX, 0, None, qualifier="<", timepoint="4 hours after the maternal dose")],
      cites=[5]),
    S("Mothers of 13 breastfed infants exposed to lisdexamfetamine or mixed amphetamine salts",
      "study", "lisdexamfetamine", None,
      pops=[P(13, "13 breastfed infants exposed to lisdexamfetamine or mixed amphetamine salts", "exposed", "infant")],
      cites=[6]),
    S("In a crossover study, 12 healthy adult volunteers (6 men and 6 women) received",
      "study", "lisdexamfetamine", "oral",
      pops=[P(12, "12 healthy adult volunteers", "total", "other"),
            P(6, "6 men", "exposed", "other"), P(6, "6 women", "exposed", "other")],
      doses=[D(70, "mg", "a single oral dose of lisdexamfetamine 70 mg")],
      meas=[
        M(38, "%", "fall in serum prolactin from baseline at 3 hours", CHG, None, "prolactin", 0, 0, group="lisdexamfetamine"),
        M(4, "%", "fall in serum prolactin from baseline at 3 hours", CHG, None, "prolactin", None, 0, group="placebo"),
      ],
      comps=[C([0, 1], "fall in serum prolactin from baseline", ["lisdexamfetamine", "placebo"], True, 0.01, "<")],
      cites=[7]),
    S("Serum prolactin in 5 nursing mothers taking lisdexamfetamine 40 to 60 mg daily averaged 42 ng/mL",
      "study", "lisdexamfetamine", None,
      pops=[P(5, "5 nursing mothers taking lisdexamfetamine 40 to 60 mg daily", "exposed", "mother"),
            P(5, "5 matched nursing mothers not taking a stimulant", "control", "mother")],
      doses=[D(40, "mg", "lisdexamfetamine 40 to 60 mg daily", amount_high=60, frequency="per day")],
      meas=[
        M(42, "ng/mL", "serum prolactin", CONC, MB, "prolactin", 0, 0, stat="mean", group="lisdexamfetamine"),
        M(71, "ng/mL", "serum prolactin", CONC, MB, "prolactin", None, 1, group="not taking a stimulant"),
        M(612, "mL", "milk output per day by test weighing", VOL, None, None, 0, 0, group="lisdexamfetamine"),
        M(688, "mL", "milk output per day by test weighing", VOL, None, None, None, 1, group="not taking a stimulant"),
      ],
      comps=[
        C([0, 1], "serum prolactin", ["nursing mothers taking lisdexamfetamine", "matched nursing mothers not taking a stimulant"], True, 0.04, "="),
        C([2, 3], "milk output by test weighing", ["nursing mothers taking lisdexamfetamine", "matched nursing mothers not taking a stimulant"], False),
      ],
      cites=[8]),
)

# ---------------------------------------------------------------- ag08 procainamide (LactMed-style, drug site)
NAPA = "n-acetylprocainamide"
doc("ag08_procainamide_lactmed.txt",
    S("Procainamide and its active metabolite N-acetylprocainamide (NAPA) are concentrated in breastmilk",
      "recommendation", "procainamide", None,
      meas=[M(3, "{ratio}", "combined milk level relative to maternal serum", MP, MILK, "procainamide plus n-acetylprocainamide", None, None, value_high=5)]),
    S("Two women taking procainamide 500 mg every 6 hours and one taking 750 mg every 6 hours",
      "study", "procainamide", None,
      pops=[P(2, "Two women taking procainamide 500 mg every 6 hours", "exposed", "mother"),
            P(1, "one taking 750 mg every 6 hours", "exposed", "mother")],
      doses=[D(500, "mg", "procainamide 500 mg every 6 hours", frequency="every 6 hours"),
             D(750, "mg", "750 mg every 6 hours", frequency="every 6 hours")],
      meas=[
        M(5.4, "mg/L", "milk procainamide", CONC, MILK, None, 0, 0, stat="mean", group="lower-dose pair"),
        M(3.6, "mg/L", "milk NAPA", CONC, MILK, NAPA, 0, 0, stat="mean", group="lower-dose pair"),
        M(10.2, "mg/L", "milk procainamide", CONC, MILK, None, 1, 1, group="higher dose"),
        M(6.9, "mg/L", "milk NAPA", CONC, MILK, NAPA, 1, 1, group="higher dose"),
        M(3.8, "{ratio}", "milk/serum ratio of procainamide", MP, MILK, None, None, None, stat="mean"),
        M(3.1, "{ratio}", "milk/serum ratio of NAPA", MP, MILK, NAPA, None, None, stat="mean"),
      ],
      comps=[
        C([0, 2], "milk procainamide", ["lower-dose pair", "higher dose"]),
        C([1, 3], "milk NAPA", ["lower-dose pair", "higher dose"]),
      ],
      cites=[1]),
    S("A woman 6 weeks postpartum taking sustained-release procainamide 1 g every 6 hours",
      "study", "procainamide", None,
      doses=[D(1, "g", "sustained-release procainamide 1 g every 6 hours", frequency="every 6 hours")],
      meas=[
        M(7.8, "mg", "procainamide in all milk pumped over 24 hours", AMT, None, None, 0, None, timepoint="24 hours"),
        M(4.6, "mg", "NAPA in all milk pumped over 24 hours", AMT, None, NAPA, 0, None, timepoint="24 hours"),
        M(3.4, "h", "procainamide half-life in milk", HL, MILK, None, 0, None),
        M(1.3, "mg/kg", "estimated infant dose of procainamide plus NAPA per day", IDOSE, None, "procainamide plus n-acetylprocainamide", 0, None, qualifier="~"),
        M(2.3, "%", "infant dose of procainamide plus NAPA, % of maternal weight-adjusted dosage", RID, None, "procainamide plus n-acetylprocainamide", 0, None, qualifier="~"),
      ],
      cites=[2]),
    S("In the breastfed infant of the woman taking 750 mg every 6 hours, serum procainamide was 0.18 mg/L",
      "study", "procainamide", None,
      doses=[D(750, "mg", "750 mg every 6 hours", frequency="every 6 hours")],
      meas=[
        M(0.18, "mg/L", "infant serum procainamide", CONC, IB, None, 0, None, timepoint="3 weeks of age"),
        M(0.32, "mg/L", "infant serum NAPA", CONC, IB, NAPA, 0, None, timepoint="3 weeks of age"),
        M(4, "%", "infant serum NAPA, % of simultaneous maternal serum NAPA", IP, IB, NAPA, 0, None, qualifier="~"),
      ],
      cites=[1]),
    S("Neither procainamide nor NAPA was detectable (<0.05 mg/L) in the serum of 2 other breastfed infants",
      "study", "procainamide", None,
      pops=[P(2, "2 other breastfed infants, aged 2 and 4 months", "exposed", "infant")],
      doses=[D(500, "mg", "500 mg every 4 hours", frequency="every 4 hours")],
      meas=[M(0.05, "mg/L", "infant serum procainamide and NAPA (undetectable)", CONC, IB, "procainamide and n-acetylprocainamide", 0, 0, qualifier="<")],
      cites=[3]),
    S("Four infants breastfed during maternal procainamide therapy with 500 to 750 mg every 6 hours",
      "study", "procainamide", None,
      pops=[P(4, "Four infants breastfed during maternal procainamide therapy", "exposed", "infant"),
            P(2, "the 2 infants tested", "exposed", "infant")],
      doses=[D(500, "mg", "500 to 750 mg every 6 hours", amount_high=750, frequency="every 6 hours")],
      cites=[1, 3]),
)

# ---------------------------------------------------------------- ag09 naltrexone (LactMed-style, drug site)
NTX = "6-beta-naltrexol"
doc("ag09_naltrexone_lactmed.txt",
    S("With maternal naltrexone 50 mg daily, the infant receives about 1% of the maternal weight-adjusted dosage",
      "recommendation", "naltrexone", None,
      doses=[D(50, "mg", "maternal naltrexone 50 mg daily", frequency="per day")],
      meas=[M(1, "%", "infant dose of naltrexone plus 6-beta-naltrexol, % of maternal weight-adjusted dosage", RID, None, "naltrexone plus 6-beta-naltrexol", 0, None, qualifier="~")],
      cites=[1, 2]),
    S("A woman who was 6 weeks postpartum was taking oral naltrexone 50 mg daily for alcohol use disorder",
      "study", "naltrexone", "oral",
      doses=[D(50, "mg", "oral naltrexone 50 mg daily", frequency="per day")],
      meas=[
        M(1.6, "ug/L", "milk naltrexone over a 24-hour dosing interval", CONC, MILK, None, 0, None, stat="mean"),
        M(39, "ug/L", "milk 6-beta-naltrexol over a 24-hour dosing interval", CONC, MILK, NTX, 0, None, stat="mean"),
        M(2.9, "ug/L", "maternal plasma naltrexone", CONC, MB, None, 0, None, stat="mean"),
        M(84, "ug/L", "maternal plasma 6-beta-naltrexol", CONC, MB, NTX, 0, None, stat="mean"),
        M(0.55, "{ratio}", "milk/plasma ratio of naltrexone", MP, MILK, None, 0, None),
        M(0.46, "{ratio}", "milk/plasma ratio of 6-beta-naltrexol", MP, MILK, NTX, 0, None),
        M(7.1, "ug/kg", "estimated infant dose of naltrexone plus 6-beta-naltrexol per day", IDOSE, None, "naltrexone plus 6-beta-naltrexol", 0, None),
        M(1.1, "%", "infant dose, % of maternal weight-adjusted dosage", RID, None, "naltrexone plus 6-beta-naltrexol", 0, None),
      ],
      cites=[1]),
    S("Two women receiving low-dose naltrexone 4.5 mg nightly for fibromyalgia had milk naltrexone",
      "study", "naltrexone", "intramuscular",
      pops=[P(2, "Two women receiving low-dose naltrexone 4.5 mg nightly for fibromyalgia", "exposed", "mother")],
      doses=[D(4.5, "mg", "low-dose naltrexone 4.5 mg nightly", frequency="nightly"),
             D(380, "mg", "extended-release naltrexone 380 mg intramuscularly every 4 weeks", frequency="every 4 weeks")],
      meas=[
        M(0.5, "ug/L", "milk naltrexone", CONC, MILK, None, 0, 0, qualifier="<", timepoint="all sampling times"),
        M(2.2, "ug/L", "milk 6-beta-naltrexol", CONC, MILK, NTX, 0, 0, stat="mean"),
        M(11, "ug/L", "milk 6-beta-naltrexol", CONC, MILK, NTX, 1, None, timepoint="7 days after an injection"),
        M(24, "%", "milk 6-beta-naltrexol, % of simultaneous serum level", MP, MILK, NTX, 1, None),
      ],
      cites=[2]),
    S("The infant in the first study above, who was exclusively breastfed, had a plasma 6-beta-naltrexol level",
      "study", "naltrexone", None,
      meas=[
        M(1.1, "ug/L", "infant plasma 6-beta-naltrexol", CONC, IB, NTX, None, None),
        M(1.3, "%", "infant plasma 6-beta-naltrexol, % of simultaneous maternal plasma level", IP, IB, NTX, None, None),
        M(0.2, "ug/L", "infant plasma naltrexone (undetectable)", CONC, IB, None, None, None, qualifier="<"),
      ],
      cites=[1]),
    S("Five infants breastfed by mothers taking naltrexone 50 mg daily were followed",
      "study", "naltrexone", None,
      pops=[P(5, "Five infants breastfed by mothers taking naltrexone 50 mg daily", "exposed", "infant")],
      doses=[D(50, "mg", "naltrexone 50 mg daily", frequency="per day")],
      cites=[1, 3]),
    S("In 14 mothers 2 to 4 months postpartum who started naltrexone 50 mg daily",
      "study", "naltrexone", None,
      pops=[P(14, "14 mothers 2 to 4 months postpartum who started naltrexone 50 mg daily", "exposed", "mother")],
      doses=[D(50, "mg", "naltrexone 50 mg daily", frequency="per day")],
      meas=[
        M(48, "ng/mL", "basal serum prolactin", CONC, MB, "prolactin", None, 0, stat="mean", timepoint="before treatment"),
        M(73, "ng/mL", "basal serum prolactin", CONC, MB, "prolactin", 0, 0, stat="mean", timepoint="after 2 weeks"),
        M(151, "ng/mL", "suckling-induced serum prolactin", CONC, MB, "prolactin", None, 0, timepoint="before treatment"),
        M(168, "ng/mL", "suckling-induced serum prolactin", CONC, MB, "prolactin", 0, 0, timepoint="after 2 weeks"),
      ],
      comps=[
        C([0, 1], "basal serum prolactin", ["before treatment", "after 2 weeks"], True, 0.003, "="),
        C([2, 3], "suckling-induced prolactin", ["before treatment", "after 2 weeks"], False, 0.21, "="),
      ],
      cites=[4]),
    S("In 9 healthy nonpregnant women given a single 50 mg dose of naltrexone",
      "study", "naltrexone", None,
      pops=[P(9, "9 healthy nonpregnant women", "exposed", "other")],
      doses=[D(50, "mg", "a single 50 mg dose of naltrexone")],
      meas=[
        M(113, "%", "increase in serum prolactin at 2 hours", CHG, None, "prolactin", 0, 0, group="naltrexone", timepoint="2 hours"),
        M(6, "%", "increase in serum prolactin at 2 hours", CHG, None, "prolactin", None, 0, group="placebo"),
      ],
      comps=[C([0, 1], "increase in serum prolactin", ["naltrexone", "placebo"], True, 0.001, "<")],
      cites=[5]),
)

if __name__ == "__main__":
    with open(OUT, "w", encoding="utf-8") as f:
        for d in DOCS:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    nm = sum(len(s["measurements"]) for d in DOCS for s in d["statements"])
    nc = sum(len(s["comparisons"]) for d in DOCS for s in d["statements"])
    print(f"wrote {OUT}: {len(DOCS)} docs, {nm} measurements, {nc} comparisons")
