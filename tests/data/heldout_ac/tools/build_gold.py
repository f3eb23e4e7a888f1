#!/usr/bin/env python3
"""Build gold.jsonl for the synthetic held-out corpus AC (FORMAT.md version 2).

Annotations are written as Python calls.  Comparisons are declared by the
indices of the statement's measurements they contrast (the "measurement
links"); values, unit and kind of a comparison are derived from those
measurements, so a comparison can never cite a value that is not a
measurement of the same statement.  Stdlib only.
"""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


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


def M(value, unit, kind, measure, matrix=None, analyte=None, dose=None, pop=None,
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
    if kind == "milk_plasma_ratio" and matrix is None:
        matrix = "milk"
    if kind == "infant_plasma_ratio" and matrix is None:
        matrix = "infant_blood"
    m["kind"] = kind
    m["matrix"] = matrix
    m["analyte"] = analyte
    m["dose"] = dose
    m["population"] = pop
    return m


def C(idx, measure, outcome, arms, significant=None, p=None, pq=None):
    return {"_idx": list(idx), "measure": measure, "outcome": outcome, "arms": list(arms),
            "significant": significant, "p_value": p, "p_qualifier": pq}


def S(anchor, kind, drug, route=None, pops=(), doses=(), meas=(), comps=(), cites=()):
    meas = list(meas)
    out_c = []
    for c in comps:
        idx = c.pop("_idx")
        ms = [meas[i] for i in idx]
        units = {m["unit"] for m in ms}
        kinds = {m["kind"] for m in ms}
        assert len(units) == 1 and len(kinds) == 1, (anchor, idx, units, kinds)
        assert len(idx) == len(c["arms"]) >= 2, (anchor, idx)
        assert all("value_high" not in m for m in ms), ("range in comparison", anchor)
        out_c.append({"measure": c["measure"], "values": [m["value"] for m in ms],
                      "unit": ms[0]["unit"], "kind": ms[0]["kind"], "outcome": c["outcome"],
                      "arms": c["arms"], "significant": c["significant"],
                      "p_value": c["p_value"], "p_qualifier": c["p_qualifier"]})
    return {"anchor": anchor, "kind": kind, "drug": drug, "route": route,
            "populations": list(pops), "doses": list(doses), "measurements": meas,
            "comparisons": out_c, "citations": list(cites)}


DOCS = []


def doc(name, *statements):
    DOCS.append({"doc": name, "statements": list(statements)})


# ---------------------------------------------------------------- ac01
doc("ac01_somatropin_rct_abstract.txt",
    S("In this trial at three neonatal units, mothers of infants born before 32 weeks",
      "study", "somatropin", "subcutaneous",
      pops=[P(96, "96 mothers randomized", "total", "mother"),
            P(33, "33 were assigned to the high dose", "exposed", "mother"),
            P(31, "31 to the low dose", "exposed", "mother"),
            P(32, "32 to placebo", "control", "mother"),
            P(91, "91 completed the day-7 assessment", "total", "mother"),
            P(3, "3 mothers given the high dose", "exposed", "mother")],
      doses=[D(0.1, "mg/kg", "somatropin 0.1 mg/kg daily (high dose)", frequency="per day", duration="for 7 days"),
             D(0.05, "mg/kg", "somatropin 0.05 mg/kg daily (low dose)", frequency="per day", duration="for 7 days")],
      meas=[M(286, "mL", "milk_volume", "daily milk volume, per day", stat="mean", group="high-dose arm", timepoint="baseline", pop=1),   # 0
            M(279, "mL", "milk_volume", "daily milk volume, per day", stat="mean", group="low-dose arm", timepoint="baseline", pop=2),    # 1
            M(291, "mL", "milk_volume", "daily milk volume, per day", stat="mean", group="placebo arm", timepoint="baseline", pop=3),     # 2
            M(431, "mL", "milk_volume", "daily milk volume, per day", stat="mean", group="high-dose arm", timepoint="day 7", dose=0, pop=1),  # 3
            M(334, "mL", "milk_volume", "daily milk volume, per day", stat="mean", group="placebo arm", timepoint="day 7", pop=3),            # 4
            M(372, "mL", "milk_volume", "daily milk volume, per day", stat="mean", group="low-dose arm", timepoint="day 7", dose=1, pop=2),   # 5
            M(97, "mL", "other", "adjusted mean difference in daily milk volume vs placebo, per day", group="high dose", timepoint="day 7", dose=0),  # 6
            M(38, "mL", "other", "adjusted mean difference in daily milk volume vs placebo, per day", group="low dose", timepoint="day 7", dose=1),   # 7
            M(448, "mL", "milk_volume", "daily milk volume, per day", group="high-dose arm", timepoint="day 14", dose=0, pop=1),  # 8
            M(380, "mL", "milk_volume", "daily milk volume, per day", group="low-dose arm", timepoint="day 14", dose=1, pop=2),   # 9
            M(351, "mL", "milk_volume", "daily milk volume, per day", group="placebo arm", timepoint="day 14", pop=3),            # 10
            M(148, "ng/mL", "concentration", "serum IGF-1", matrix="maternal_blood", analyte="igf-1", group="high dose", timepoint="before", pop=1),  # 11
            M(305, "ng/mL", "concentration", "serum IGF-1", matrix="maternal_blood", analyte="igf-1", group="high dose", timepoint="after", dose=0, pop=1),  # 12
            M(152, "ng/mL", "concentration", "serum IGF-1", matrix="maternal_blood", analyte="igf-1", group="placebo", timepoint="before", pop=3),   # 13
            M(160, "ng/mL", "concentration", "serum IGF-1", matrix="maternal_blood", analyte="igf-1", group="placebo", timepoint="after", pop=3),    # 14
            M(118, "ng/mL", "concentration", "serum prolactin", matrix="maternal_blood", analyte="prolactin", stat="median", group="high-dose arm", timepoint="day 7", dose=0, pop=1),  # 15
            M(109, "ng/mL", "concentration", "serum prolactin", matrix="maternal_blood", analyte="prolactin", stat="median", group="low-dose arm", timepoint="day 7", dose=1, pop=2),   # 16
            M(114, "ng/mL", "concentration", "serum prolactin", matrix="maternal_blood", analyte="prolactin", stat="median", group="placebo arm", timepoint="day 7", pop=3),            # 17
            M(44, "%", "proportion", "infants receiving only their mother's milk at discharge", group="high-dose arm", dose=0, pop=1),  # 18
            M(25, "%", "proportion", "infants receiving only their mother's milk at discharge", group="placebo group", pop=3),          # 19
            M(1.75, "{ratio}", "other", "risk ratio, only mother's milk at discharge, high dose vs placebo"),                            # 20
            M(27.4, "g", "other", "infant weight gain per day", stat="mean", group="high dose", dose=0, pop=1),  # 21
            M(26.1, "g", "other", "infant weight gain per day", stat="mean", group="placebo", pop=3)],           # 22
      comps=[C([0, 1, 2], "baseline daily milk volume", "baseline milk volume", ["high-dose arm", "low-dose arm", "placebo arm"], False, 0.91, "="),
             C([0, 3], "daily milk volume in the high-dose arm, baseline vs day 7", "mean milk volume in the high-dose arm", ["baseline", "day 7"], True, 0.001, "<"),
             C([3, 4], "daily milk volume on day 7", "mean milk volume on day 7", ["high-dose arm", "placebo arm"], True, 0.001, "="),
             C([5, 4], "daily milk volume on day 7", "milk volume on day 7", ["low-dose arm", "placebo"], False, 0.19, "="),
             C([8, 9, 10], "daily milk volume on day 14", "milk volume on day 14", ["high dose", "low dose", "placebo"], True, 0.004, "="),
             C([11, 12], "serum IGF-1 with the high dose", "serum IGF-1 with the high dose", ["before", "after"], None),
             C([13, 14], "serum IGF-1 with placebo", "serum IGF-1 with placebo", ["before", "after"], False),
             C([15, 16, 17], "serum prolactin on day 7", "serum prolactin on day 7", ["high-dose arm", "low-dose arm", "placebo arm"], False, 0.62, "="),
             C([18, 19], "infants receiving only mother's milk at discharge", "infants receiving only their mother's milk at discharge", ["high-dose arm", "placebo group"], False),
             C([21, 22], "infant weight gain during the study", "infant weight gain during the study", ["high dose", "placebo"], False)]))

# ---------------------------------------------------------------- ac02
NDMC = "n-desmethylclobazam"
doc("ac02_clobazam_conference_abstract.md",
    S("We recruited 27 breastfeeding women taking oral clobazam as part of stable antiseizure therapy",
      "study", "clobazam", "oral",
      pops=[P(27, "27 breastfeeding women taking oral clobazam", "total", "mother"),
            P(14, "10 mg (n = 14)", "exposed", "mother"),
            P(13, "20 mg (n = 13)", "exposed", "mother"),
            P(22, "22 of the infants", "exposed", "infant"),
            P(3, "3 infants followed after weaning", "exposed", "infant"),
            P(2, "2 infants (both in the 20 mg group)", "exposed", "infant")],
      doses=[D(10, "mg", "daily dose: 10 mg", frequency="per day"),
             D(20, "mg", "20 mg (n = 13)", frequency="per day")],
      meas=[M(31, "ug/L", "concentration", "trough milk clobazam", "milk", stat="median", group="10 mg group", dose=0, pop=1),   # 0
            M(64, "ug/L", "concentration", "trough milk clobazam", "milk", stat="median", group="20 mg group", dose=1, pop=2),   # 1
            M(212, "ug/L", "concentration", "trough milk N-desmethylclobazam", "milk", NDMC, stat="median", group="10 mg group", dose=0, pop=1),  # 2
            M(398, "ug/L", "concentration", "trough milk N-desmethylclobazam", "milk", NDMC, stat="median", group="20 mg group", dose=1, pop=2),  # 3
            M(0.28, "{ratio}", "milk_plasma_ratio", "clobazam milk/plasma ratio", group="10 mg group", dose=0, pop=1),   # 4
            M(0.31, "{ratio}", "milk_plasma_ratio", "clobazam milk/plasma ratio", group="20 mg group", dose=1, pop=2),   # 5
            M(0.19, "{ratio}", "milk_plasma_ratio", "N-desmethylclobazam milk/plasma ratio", analyte=NDMC, group="10 mg group", dose=0, pop=1),  # 6
            M(0.17, "{ratio}", "milk_plasma_ratio", "N-desmethylclobazam milk/plasma ratio", analyte=NDMC, group="20 mg group", dose=1, pop=2),  # 7
            M(5.2, "%", "relative_infant_dose", "RID of clobazam plus metabolite, % of maternal weight-adjusted dose", analyte="clobazam plus n-desmethylclobazam", stat="mean", group="lower dose", dose=0, pop=1),  # 8
            M(5.9, "%", "relative_infant_dose", "RID of clobazam plus metabolite, % of maternal weight-adjusted dose", analyte="clobazam plus n-desmethylclobazam", group="higher dose", dose=1, pop=2),  # 9
            M(5, "ug/L", "concentration", "infant serum clobazam (below limit of quantitation in all but one sample)", "infant_blood", qualifier="<", pop=3),  # 10
            M(41, "ug/L", "concentration", "infant serum N-desmethylclobazam", "infant_blood", NDMC, stat="median", group="10 mg group", dose=0, pop=1),  # 11
            M(93, "ug/L", "concentration", "infant serum N-desmethylclobazam", "infant_blood", NDMC, stat="median", group="20 mg group", dose=1, pop=2),  # 12
            M(0.06, "{ratio}", "infant_plasma_ratio", "infant/maternal plasma ratio of N-desmethylclobazam", analyte=NDMC, group="10 mg group", dose=0, pop=1),  # 13
            M(0.08, "{ratio}", "infant_plasma_ratio", "infant/maternal plasma ratio of N-desmethylclobazam", analyte=NDMC, group="20 mg group", dose=1, pop=2),  # 14
            M(46, "h", "half_life", "serum half-life of N-desmethylclobazam in infants after weaning", "infant_blood", NDMC, pop=4),  # 15
            M(31, "g", "other", "infant weight gain since birth, per day", group="10 mg group", dose=0, pop=1),  # 16
            M(29, "g", "other", "infant weight gain since birth, per day", group="20 mg group", dose=1, pop=2)],  # 17
      comps=[C([0, 1], "median trough milk clobazam", "trough milk clobazam", ["10 mg group", "20 mg group"], True, 0.002, "="),
             C([2, 3], "trough milk N-desmethylclobazam", "milk N-desmethylclobazam", ["10 mg group", "20 mg group"], True, 0.01, "<"),
             C([4, 5], "clobazam milk/plasma ratio", "milk/plasma ratio of clobazam", ["10 mg group", "20 mg group"], False, 0.54, "="),
             C([6, 7], "metabolite milk/plasma ratio", "milk/plasma ratio of N-desmethylclobazam", ["10 mg group", "20 mg group"], False),
             C([8, 9], "RID of clobazam plus metabolite", "RID for clobazam plus metabolite", ["lower dose", "higher dose"], False),
             C([11, 12], "infant serum N-desmethylclobazam", "infant serum N-desmethylclobazam", ["10 mg group", "20 mg group"], None),
             C([13, 14], "infant/maternal plasma ratio of N-desmethylclobazam", "infant/maternal plasma ratio", ["10 mg group", "20 mg group"], None),
             C([16, 17], "weight gain since birth", "weight gain since birth", ["10 mg group", "20 mg group"], False)]))

# ---------------------------------------------------------------- ac03
VOL3 = "expressed milk volume on day 3, per day"
doc("ac03_betamethasone_cohort_article.html",
    S("In this retrospective cohort at two tertiary centres, we compared 212 women who received intramuscular betamethasone",
      "study", "betamethasone", "intramuscular",
      pops=[P(212, "212 women who received intramuscular betamethasone", "exposed", "mother"),
            P(187, "187 women delivering at the same gestations without antenatal steroid exposure", "control", "mother"),
            P(97, "women who delivered within 48 hours of the first injection (n = 97)", "exposed", "mother"),
            P(115, "those delivering 3 to 7 days later (n = 115)", "exposed", "mother")],
      doses=[D(12, "mg", "intramuscular betamethasone 12 mg, repeated after 24 hours", frequency="two doses 24 hours apart", duration="within 7 days before delivery")],
      meas=[M(96, "mL", "milk_volume", VOL3, stat="mean", group="exposed women", dose=0, pop=0),   # 0
            M(141, "mL", "milk_volume", VOL3, stat="mean", group="unexposed women", pop=1),        # 1
            M(-45, "mL", "other", "mean difference in day-3 milk volume, exposed minus unexposed, per day"),  # 2
            M(318, "mL", "milk_volume", "expressed milk volume on day 5, per day", group="exposed women", dose=0, pop=0),  # 3
            M(352, "mL", "milk_volume", "expressed milk volume on day 5, per day", group="unexposed women", pop=1),        # 4
            M(81, "h", "other", "time from birth to onset of lactogenesis II", stat="median", group="exposed women", dose=0, pop=0),  # 5
            M(70, "h", "other", "time from birth to onset of lactogenesis II", stat="median", group="unexposed women", pop=1),       # 6
            M(58.5, "%", "proportion", "exclusive breast milk feeding at discharge", group="exposed women", dose=0, pop=0),  # 7
            M(61.0, "%", "proportion", "exclusive breast milk feeding at discharge", group="unexposed women", pop=1),       # 8
            M(0.96, "{ratio}", "other", "risk ratio, exclusive breast milk feeding at discharge"),  # 9
            M(79, "mL", "milk_volume", VOL3, group="delivered within 48 hours of the first injection", dose=0, pop=2),   # 10
            M(118, "mL", "milk_volume", VOL3, group="delivered 3 to 7 days after the first injection", dose=0, pop=3)],  # 11
      comps=[C([0, 1], "expressed milk volume on day 3", "expressed milk volume on day 3", ["exposed women", "unexposed women"], True, 0.001, "<"),
             C([3, 4], "milk volume on day 5", "milk volume on day 5", ["exposed women", "unexposed women"], False, 0.08, "="),
             C([5, 6], "time to onset of lactogenesis II", "onset of lactogenesis II", ["exposed women", "unexposed women"], True, 0.003, "="),
             C([7, 8], "exclusive breast milk feeding at discharge", "exclusive breast milk feeding at discharge", ["exposed women", "unexposed women"], False),
             C([10, 11], "day-3 milk volume by interval from first injection to delivery", "day-3 milk volume",
               ["delivered within 48 hours of the first injection", "delivering 3 to 7 days later"], True, 0.004, "=")]),
    S("delayed lactogenesis II (beyond 72 hours) occurred in 36% of those given antenatal betamethasone",
      "study", "betamethasone", None,
      pops=[P(104, "104 mother-infant pairs after preterm birth", "total", "pair")],
      meas=[M(36, "%", "proportion", "delayed lactogenesis II (beyond 72 hours)", group="given antenatal betamethasone"),
            M(22, "%", "proportion", "delayed lactogenesis II (beyond 72 hours)", group="not given antenatal betamethasone")],
      comps=[C([0, 1], "delayed lactogenesis II", "delayed lactogenesis II", ["given antenatal betamethasone", "those who were not"], None)],
      cites=[4]),
    S("A second, smaller series found no such difference between exposed and unexposed mothers",
      "study", "betamethasone", None, cites=[5, 6]))

# ---------------------------------------------------------------- ac04
doc("ac04_dicloxacillin_registry_results.txt",
    S("This randomized, placebo-controlled trial tested whether oral dicloxacillin shortens the course",
      "study", "dicloxacillin", "oral",
      pops=[P(118, "Enrollment (Actual): 118 participants", "total", "mother"),
            P(60, "Dicloxacillin arm, started (60)", "exposed", "mother"),
            P(58, "Placebo arm, started (58)", "control", "mother"),
            P(56, "Dicloxacillin arm, completed (56)", "exposed", "mother"),
            P(55, "Placebo arm, completed (55)", "control", "mother"),
            P(12, "pharmacokinetic subgroup, participants analyzed (12)", "exposed", "mother")],
      doses=[D(500, "mg", "Dicloxacillin 500 mg capsules by mouth four times daily for 10 days", frequency="four times daily", duration="for 10 days")],
      meas=[M(73.3, "%", "proportion", "clinical resolution of mastitis at day 5", group="Dicloxacillin", dose=0, pop=1),  # 0
            M(41.4, "%", "proportion", "clinical resolution of mastitis at day 5", group="Placebo", pop=2),          # 1
            M(1.77, "{ratio}", "other", "risk ratio, clinical resolution at day 5"),                                # 2
            M(612, "mL", "milk_volume", "daily milk volume on day 5, per 24 hours", stat="mean", group="Dicloxacillin", dose=0, pop=3),  # 3
            M(575, "mL", "milk_volume", "daily milk volume on day 5, per 24 hours", stat="mean", group="Placebo", pop=4),          # 4
            M(91.1, "%", "proportion", "breastfeeding continued at 4 weeks", group="Dicloxacillin", dose=0, pop=3),  # 5
            M(87.3, "%", "proportion", "breastfeeding continued at 4 weeks", group="Placebo", pop=4),                # 6
            M(15.0, "%", "proportion", "infants with loose stools or diaper dermatitis through day 14", group="Dicloxacillin", dose=0, pop=3),  # 7
            M(6.9, "%", "proportion", "infants with loose stools or diaper dermatitis through day 14", group="Placebo", pop=4),                 # 8
            M(0.14, "mg/L", "concentration", "milk dicloxacillin 2 hours after the morning dose", "milk", stat="mean", timepoint="day 3", dose=0, pop=5),  # 9
            M(0.012, "{ratio}", "milk_plasma_ratio", "milk-to-plasma ratio 2 hours after the dose", stat="mean", timepoint="day 3", dose=0, pop=5),       # 10
            M(0.07, "%", "relative_infant_dose", "relative infant dose, % of maternal weight-adjusted dose", stat="mean", dose=0, pop=5)],                # 11
      comps=[C([0, 1], "clinical resolution of mastitis at day 5", "clinical resolution of mastitis at day 5", ["Dicloxacillin", "Placebo"], True, 0.0005, "="),
             C([3, 4], "daily milk volume on day 5", "daily milk volume on day 5", ["Dicloxacillin", "Placebo"], None),
             C([5, 6], "breastfeeding continued at 4 weeks", "breastfeeding continued at 4 weeks", ["Dicloxacillin", "Placebo"], False, 0.52, "="),
             C([7, 8], "infants with loose stools or diaper dermatitis", "infants with loose stools or diaper dermatitis through day 14", ["Dicloxacillin", "Placebo"], False, 0.16, "=")]))

# ---------------------------------------------------------------- ac05
doc("ac05_zuranolone_news.txt",
    S("A two-week course of zuranolone, an oral neurosteroid prescribed for depression after childbirth",
      "study", "zuranolone", "oral",
      pops=[P(164, "164 breastfeeding women with moderate to severe depression", "total", "mother"),
            P(82, "Eighty-two took zuranolone", "exposed", "mother"),
            P(82, "the other 82 swallowed a look-alike placebo", "control", "mother"),
            P(14, "14 of the women", "exposed", "mother")],
      doses=[D(50, "mg", "zuranolone 50 mg each evening for 14 days", frequency="each evening", duration="for 14 days")],
      meas=[M(57, "%", "proportion", "mothers in remission after two weeks", group="mothers on the drug", dose=0, pop=1),  # 0
            M(34, "%", "proportion", "mothers in remission after two weeks", group="those on placebo", pop=2),         # 1
            M(88, "%", "proportion", "still breastfeeding at day 45", group="zuranolone group", dose=0, pop=1),        # 2
            M(85, "%", "proportion", "still breastfeeding at day 45", group="placebo group", pop=2),                   # 3
            M(11, "ng/mL", "concentration", "peak milk zuranolone", "milk", qualifier="~", dose=0, pop=3),            # 4
            M(10, "%", "milk_plasma_ratio", "milk level, % of the concentration in the mothers' blood", qualifier="~", dose=0, pop=3),  # 5
            M(1, "%", "relative_infant_dose", "infant intake, % of the mother's weight-adjusted dose", qualifier="<", dose=0, pop=3),   # 6
            M(0.4, "%", "relative_infant_dose", "infant intake, % of the mother's weight-adjusted dose", stat="mean", dose=0, pop=3),    # 7
            M(31, "g", "other", "infant weight gain per day", stat="mean", group="zuranolone", dose=0, pop=1),  # 8
            M(32, "g", "other", "infant weight gain per day", group="placebo", pop=2),                        # 9
            M(27, "%", "proportion", "sleepiness", group="women taking zuranolone", dose=0, pop=1),   # 10
            M(9, "%", "proportion", "sleepiness", group="those taking placebo", pop=2)],             # 11
      comps=[C([0, 1], "remission after two weeks", "mothers in remission after two weeks", ["mothers on the drug", "those on placebo"], True, 0.003, "="),
             C([2, 3], "still breastfeeding at day 45", "still breastfeeding at day 45", ["zuranolone group", "placebo group"], False),
             C([8, 9], "infant weight gain", "infant weight gain per day", ["zuranolone", "placebo"], False),
             C([10, 11], "sleepiness", "sleepiness reported", ["women taking zuranolone", "those taking placebo"], None)]),
    S("A smaller 2023 study of 10 healthy lactating volunteers given 30 mg daily for five days",
      "study", "zuranolone", None,
      pops=[P(10, "10 healthy lactating volunteers", "exposed", "mother")],
      doses=[D(30, "mg", "30 mg daily for five days", frequency="per day", duration="for five days")],
      meas=[M(0.36, "%", "relative_infant_dose", "infant dose, % of the mother's weight-adjusted dose", dose=0, pop=0)]))

# ---------------------------------------------------------------- ac06
doc("ac06_zonisamide_lactmed.txt",
    S("Limited information indicates that zonisamide passes into breastmilk in relatively large amounts",
      "recommendation", "zonisamide", None,
      meas=[M(23, "%", "relative_infant_dose", "infant dose, % of maternal weight-adjusted dosage", value_high=48, qualifier="~", stat="range"),
            M(15, "%", "infant_plasma_ratio", "infant serum level, % of maternal serum level", value_high=45, stat="range")],
      cites=[1, 2, 3]),
    S("A woman was taking zonisamide 300 mg daily during pregnancy and postpartum",
      "study", "zonisamide", None,
      doses=[D(300, "mg", "zonisamide 300 mg daily", frequency="per day", duration="during pregnancy and postpartum")],
      meas=[M(8.3, "mg/L", "concentration", "milk zonisamide", "milk", timepoint="day 1 postpartum", dose=0),
            M(9.6, "mg/L", "concentration", "milk zonisamide", "milk", timepoint="day 2 postpartum", dose=0),
            M(10.4, "mg/L", "concentration", "milk zonisamide", "milk", timepoint="day 3 postpartum", dose=0),
            M(9.9, "mg/L", "concentration", "maternal serum zonisamide", "maternal_blood", timepoint="day 1 postpartum", dose=0),
            M(11.2, "mg/L", "concentration", "maternal serum zonisamide", "maternal_blood", timepoint="day 2 postpartum", dose=0),
            M(11.4, "mg/L", "concentration", "maternal serum zonisamide", "maternal_blood", timepoint="day 3 postpartum", dose=0),
            M(0.84, "{ratio}", "milk_plasma_ratio", "milk/plasma ratio", value_high=0.91, stat="range", dose=0)],
      cites=[1]),
    S("Two mothers taking zonisamide had milk samples collected on several occasions",
      "study", "zonisamide", None,
      pops=[P(2, "Two mothers taking zonisamide", "exposed", "mother"),
            P(1, "One taking 100 mg daily", "exposed", "mother")],
      doses=[D(100, "mg", "100 mg daily", frequency="per day"),
             D(200, "mg", "200 mg twice daily", frequency="twice daily"),
             D(400, "mg", "400 mg daily", frequency="per day")],
      meas=[M(5.1, "mg/L", "concentration", "milk zonisamide", "milk", value_high=5.9, stat="range", group="100 mg daily", dose=0, pop=1),  # 0
            M(18.7, "mg/L", "concentration", "milk zonisamide", "milk", value_high=21.3, stat="range", group="200 mg twice daily", dose=1),  # 1
            M(0.93, "{ratio}", "milk_plasma_ratio", "milk/plasma ratio", stat="mean", group="100 mg daily", dose=0, pop=1),  # 2
            M(0.88, "{ratio}", "milk_plasma_ratio", "milk/plasma ratio", stat="mean", group="400 mg daily", dose=2),         # 3
            M(0.77, "mg/kg", "infant_dose", "estimated infant zonisamide dose per day", dose=2),                            # 4
            M(33, "%", "relative_infant_dose", "estimated infant dose, % of maternal weight-adjusted dosage", dose=2)],     # 5
      comps=[C([2, 3], "milk/plasma ratio by dose", "milk/plasma ratio", ["100 mg daily", "400 mg daily"], None)],
      cites=[2]),
    S("Zonisamide milk levels were measured in 9 women taking 100 to 500 mg daily",
      "study", "zonisamide", None,
      pops=[P(9, "9 women taking 100 to 500 mg daily", "exposed", "mother")],
      doses=[D(100, "mg", "100 to 500 mg daily", amount_high=500, stat="range", frequency="per day"),
             D(200, "mg", "median 200 mg", stat="median", frequency="per day")],
      meas=[M(13.2, "mg/L", "concentration", "milk zonisamide", "milk", stat="mean", timepoint="5 days postpartum", dose=0, pop=0),
            M(4.9, "mg/L", "concentration", "milk zonisamide", "milk", value_high=24.7, stat="range", timepoint="5 days postpartum", dose=0, pop=0),
            M(0.95, "{ratio}", "milk_plasma_ratio", "milk/plasma ratio", stat="mean", dose=0, pop=0),
            M(31, "%", "relative_infant_dose", "relative infant dose, % of maternal weight-adjusted dosage", stat="mean", dose=0, pop=0),
            M(21, "%", "relative_infant_dose", "relative infant dose, % of maternal weight-adjusted dosage", value_high=48, stat="range", dose=0, pop=0),
            M(0.6, "mg/L", "concentration", "milk N-acetylzonisamide", "milk", "n-acetylzonisamide", stat="mean", dose=0, pop=0)],
      cites=[3]),
    S("The infant of the mother in the first case above had serum zonisamide levels",
      "study", "zonisamide", None,
      meas=[M(5.0, "mg/L", "concentration", "infant serum zonisamide", "infant_blood", timepoint="day 3"),
            M(3.2, "mg/L", "concentration", "infant serum zonisamide", "infant_blood", timepoint="day 14"),
            M(44, "%", "infant_plasma_ratio", "infant serum level, % of simultaneous maternal serum level", timepoint="day 3"),
            M(24, "%", "infant_plasma_ratio", "infant serum level, % of simultaneous maternal serum level", timepoint="day 14"),
            M(61, "h", "half_life", "serum half-life in the infant", "infant_blood", value_high=109, stat="range")],
      cites=[1]),
    S("Four infants of 3 mothers (one set of twins) taking zonisamide 100 to 300 mg daily",
      "study", "zonisamide", None,
      pops=[P(4, "Four infants", "exposed", "infant"),
            P(3, "3 mothers (one set of twins)", "exposed", "mother"),
            P(2, "Two exclusively breastfed infants", "exposed", "infant")],
      doses=[D(100, "mg", "zonisamide 100 to 300 mg daily", amount_high=300, stat="range", frequency="per day")],
      meas=[M(3.4, "mg/L", "concentration", "infant serum zonisamide", "infant_blood", group="exclusively breastfed", dose=0, pop=2),
            M(5.0, "mg/L", "concentration", "infant serum zonisamide", "infant_blood", group="exclusively breastfed", dose=0, pop=2),
            M(0.27, "{ratio}", "infant_plasma_ratio", "infant/maternal plasma ratio", group="exclusively breastfed", dose=0, pop=2),
            M(0.32, "{ratio}", "infant_plasma_ratio", "infant/maternal plasma ratio", group="exclusively breastfed", dose=0, pop=2),
            M(1.1, "mg/L", "concentration", "infant serum zonisamide", "infant_blood", group="partially breastfed twins", dose=0),
            M(1.5, "mg/L", "concentration", "infant serum zonisamide", "infant_blood", group="partially breastfed twins", dose=0)],
      cites=[2, 3]),
    S("Among 11 infants whose mothers took zonisamide alone or with other antiepileptic drugs",
      "study", "zonisamide", None,
      pops=[P(11, "11 infants whose mothers took zonisamide", "exposed", "infant"),
            P(2, "2 had transient drowsiness", "exposed", "infant"),
            P(1, "1 had poor weight gain", "exposed", "infant")],
      cites=[3]),
    S("A mother took zonisamide 200 mg daily throughout pregnancy and for 4 months postpartum",
      "study", "zonisamide", None,
      doses=[D(200, "mg", "zonisamide 200 mg daily", frequency="per day", duration="throughout pregnancy and for 4 months postpartum")],
      cites=[4]))

# ---------------------------------------------------------------- ac07
DH = "dehydroaripiprazole"
doc("ac07_aripiprazole_lactmed.html",
    S("Limited information indicates that maternal doses of aripiprazole up to 15 mg daily produce low levels in milk",
      "recommendation", "aripiprazole", None,
      doses=[D(15, "mg", "maternal doses of aripiprazole up to 15 mg daily", stat="maximum", frequency="per day")],
      cites=[1, 2, 3, 4]),
    S("A woman taking aripiprazole 15 mg daily had a milk level of 13 mcg/L 2 hours after the dose",
      "study", "aripiprazole", None,
      doses=[D(15, "mg", "aripiprazole 15 mg daily", frequency="per day")],
      meas=[M(13, "ug/L", "concentration", "milk aripiprazole", "milk", timepoint="2 hours after the dose on day 5 postpartum", dose=0),
            M(71, "ug/L", "concentration", "maternal plasma aripiprazole", "maternal_blood", timepoint="2 hours after the dose", dose=0),
            M(0.18, "{ratio}", "milk_plasma_ratio", "milk/plasma ratio", dose=0),
            M(5, "ug/L", "concentration", "milk dehydroaripiprazole (not detected)", "milk", DH, qualifier="<", dose=0),
            M(1.95, "ug/kg", "infant_dose", "estimated infant dose per day", dose=0),
            M(0.9, "%", "relative_infant_dose", "estimated infant dose, % of maternal weight-adjusted dosage", dose=0)],
      cites=[2]),
    S("Six women taking aripiprazole 5 mg, 10 mg or 15 mg daily provided milk samples",
      "study", "aripiprazole", None,
      pops=[P(6, "Six women taking aripiprazole", "exposed", "mother")],
      doses=[D(5, "mg", "5 mg", frequency="per day"),
             D(10, "mg", "10 mg", frequency="per day"),
             D(15, "mg", "15 mg daily", frequency="per day")],
      meas=[M(8.4, "ug/L", "concentration", "milk aripiprazole", "milk", stat="mean", group="5 mg", dose=0),    # 0
            M(17.1, "ug/L", "concentration", "milk aripiprazole", "milk", stat="mean", group="10 mg", dose=1),  # 1
            M(29.6, "ug/L", "concentration", "milk aripiprazole", "milk", stat="mean", group="15 mg", dose=2),  # 2
            M(2.3, "ug/L", "concentration", "milk dehydroaripiprazole", "milk", DH, stat="mean", group="5 mg", dose=0),   # 3
            M(4.8, "ug/L", "concentration", "milk dehydroaripiprazole", "milk", DH, stat="mean", group="10 mg", dose=1),  # 4
            M(8.9, "ug/L", "concentration", "milk dehydroaripiprazole", "milk", DH, stat="mean", group="15 mg", dose=2),  # 5
            M(1.8, "%", "relative_infant_dose", "relative infant dose of parent drug, % of maternal weight-adjusted dosage", value_high=2.1, stat="range", pop=0),  # 6
            M(2.3, "%", "relative_infant_dose", "relative infant dose of aripiprazole plus dehydroaripiprazole, % of maternal weight-adjusted dosage",
              analyte="aripiprazole plus dehydroaripiprazole", value_high=2.7, stat="range", pop=0)],  # 7
      comps=[C([0, 1, 2], "average milk aripiprazole by dose", "milk aripiprazole", ["5 mg", "10 mg", "15 mg"], None),
             C([3, 4, 5], "average milk dehydroaripiprazole by dose", "milk dehydroaripiprazole", ["5 mg", "10 mg", "15 mg"], None)],
      cites=[3]),
    S("A breastfed infant whose mother was taking aripiprazole 10 mg daily had a serum aripiprazole level",
      "study", "aripiprazole", None,
      doses=[D(10, "mg", "aripiprazole 10 mg daily", frequency="per day")],
      meas=[M(2.1, "ug/L", "concentration", "infant serum aripiprazole", "infant_blood", timepoint="6 weeks of age", dose=0),
            M(8, "%", "infant_plasma_ratio", "infant serum level, % of maternal serum level", dose=0),
            M(0.5, "ug/L", "concentration", "infant serum dehydroaripiprazole (undetectable)", "infant_blood", DH, qualifier="<", dose=0)],
      cites=[4]),
    S("In 4 infants aged 3 to 16 weeks whose mothers were taking aripiprazole 5 to 20 mg daily",
      "study", "aripiprazole", None,
      pops=[P(4, "4 infants aged 3 to 16 weeks", "exposed", "infant"),
            P(3, "in 3", "exposed", "infant")],
      doses=[D(5, "mg", "aripiprazole 5 to 20 mg daily", amount_high=20, stat="range", frequency="per day")],
      meas=[M(1, "ug/L", "concentration", "infant serum aripiprazole (undetectable)", "infant_blood", qualifier="<", dose=0, pop=1),
            M(1.6, "ug/L", "concentration", "infant serum aripiprazole", "infant_blood", group="the fourth infant", dose=0)],
      cites=[3]),
    S("Among 22 infants exposed to aripiprazole in breastmilk and followed for up to 6 months",
      "study", "aripiprazole", None,
      pops=[P(22, "22 infants exposed to aripiprazole in breastmilk", "exposed", "infant"),
            P(1, "1 had transient weight loss", "exposed", "infant")],
      cites=[5]),
    S("In a study of 18 postpartum women with psychosis, serum prolactin fell from a median of 98 mcg/L",
      "study", "aripiprazole", None,
      pops=[P(18, "18 postpartum women with psychosis", "exposed", "mother"),
            P(7, "7 of the 11 women", "exposed", "mother"),
            P(11, "11 women who intended to breastfeed", "exposed", "mother")],
      doses=[D(10, "mg", "aripiprazole 10 to 15 mg daily", amount_high=15, stat="range", frequency="per day", duration="2 weeks")],
      meas=[M(98, "ug/L", "concentration", "serum prolactin", "maternal_blood", "prolactin", stat="median", timepoint="before treatment", pop=0),
            M(21, "ug/L", "concentration", "serum prolactin", "maternal_blood", "prolactin", timepoint="after 2 weeks of aripiprazole", dose=0, pop=0)],
      comps=[C([0, 1], "serum prolactin before and after treatment", "serum prolactin", ["before treatment", "after 2 weeks of aripiprazole"], None)],
      cites=[6]),
    S("In a comparative study, 32 women taking aripiprazole during pregnancy were breastfeeding",
      "study", "aripiprazole", None,
      pops=[P(32, "32 women taking aripiprazole during pregnancy", "exposed", "mother"),
            P(62, "62 women taking other atypical antipsychotics", "control", "mother")],
      meas=[M(39, "%", "proportion", "breastfeeding at hospital discharge", group="women taking aripiprazole", pop=0),
            M(68, "%", "proportion", "breastfeeding at hospital discharge", group="women taking other atypical antipsychotics", pop=1)],
      comps=[C([0, 1], "breastfeeding at hospital discharge", "breastfeeding at hospital discharge",
               ["women taking aripiprazole", "women taking other atypical antipsychotics"], True, 0.01, "<")],
      cites=[7]))

# ---------------------------------------------------------------- ac08
PNU = "pnu-142586"
doc("ac08_linezolid_lactmed.md",
    S("Linezolid levels in milk are low compared with the doses given directly to infants",
      "recommendation", "linezolid", None,
      doses=[D(10, "mg/kg", "standard infant dosage of 10 mg/kg every 8 hours", recipient="infant", frequency="every 8 hours")],
      meas=[M(6, "%", "relative_infant_dose", "infant dose via milk, % of the standard infant dosage", qualifier="<")],
      cites=[1, 2]),
    S("A woman taking oral linezolid 600 mg every 12 hours for osteomyelitis had milk levels",
      "study", "linezolid", "oral",
      doses=[D(600, "mg", "oral linezolid 600 mg every 12 hours", frequency="every 12 hours"),
             D(30, "mg/kg", "the infant dosage of 30 mg/kg daily", recipient="infant", frequency="per day")],
      meas=[M(9.5, "mg/L", "concentration", "milk linezolid", "milk", timepoint="2 hours after a dose", dose=0),
            M(3.6, "mg/L", "concentration", "milk linezolid", "milk", timepoint="8 hours after a dose", dose=0),
            M(11.8, "mg/L", "concentration", "maternal plasma linezolid", "maternal_blood", timepoint="2 hours after a dose", dose=0),
            M(4.0, "mg/L", "concentration", "maternal plasma linezolid", "maternal_blood", timepoint="8 hours after a dose", dose=0),
            M(0.81, "{ratio}", "milk_plasma_ratio", "milk/plasma ratio", timepoint="2 hours after a dose", dose=0),
            M(0.90, "{ratio}", "milk_plasma_ratio", "milk/plasma ratio", timepoint="8 hours after a dose", dose=0),
            M(4.6, "h", "half_life", "linezolid half-life in milk", "milk", dose=0),
            M(1.1, "mg/kg", "infant_dose", "estimated infant linezolid dose per day", dose=0),
            M(3.7, "%", "relative_infant_dose", "estimated infant dose, % of the infant dosage of 30 mg/kg daily", dose=0),
            M(6.4, "%", "relative_infant_dose", "estimated infant dose, % of maternal weight-adjusted dosage", dose=0)],
      cites=[2]),
    S("Twelve women received a single intravenous 600 mg dose of linezolid for prophylaxis",
      "study", "linezolid", "intravenous",
      pops=[P(12, "Twelve women", "exposed", "mother")],
      doses=[D(600, "mg", "a single intravenous 600 mg dose of linezolid")],
      meas=[M(6.2, "mg/L", "concentration", "peak colostrum linezolid", "milk", stat="mean", timepoint="3 hours after the infusion", dose=0, pop=0),
            M(3.1, "mg/L", "concentration", "peak colostrum linezolid", "milk", value_high=11.0, stat="range", dose=0, pop=0),
            M(55, "%", "milk_plasma_ratio", "colostrum level, % of simultaneous maternal plasma level", qualifier="~", dose=0, pop=0),
            M(0.31, "mg", "amount_excreted", "linezolid excreted into colostrum over 12 hours", stat="mean", dose=0, pop=0),
            M(0.05, "%", "amount_excreted", "amount in colostrum, % of the dose", dose=0, pop=0)],
      cites=[3]),
    S("Fourteen healthy lactating women received a single oral dose of linezolid",
      "study", "linezolid", "oral",
      pops=[P(14, "Fourteen healthy lactating women", "total", "mother"),
            P(7, "400 mg (n = 7)", "exposed", "mother"),
            P(7, "600 mg (n = 7)", "exposed", "mother")],
      doses=[D(400, "mg", "a single oral dose of linezolid, 400 mg"),
             D(600, "mg", "600 mg (n = 7)")],
      meas=[M(5.8, "mg/L", "concentration", "peak milk linezolid", "milk", stat="mean", group="400 mg", dose=0, pop=1),  # 0
            M(8.9, "mg/L", "concentration", "peak milk linezolid", "milk", stat="mean", group="600 mg", dose=1, pop=2),  # 1
            M(0.78, "{ratio}", "milk_plasma_ratio", "milk/plasma AUC ratio, both doses", pop=0),                         # 2
            M(1.2, "mg/L", "concentration", "peak milk PNU-142586", "milk", PNU, group="400 mg", dose=0, pop=1),         # 3
            M(1.9, "mg/L", "concentration", "peak milk PNU-142586", "milk", PNU, group="600 mg", dose=1, pop=2)],        # 4
      comps=[C([0, 1], "peak milk linezolid by dose", "peak milk linezolid", ["400 mg", "600 mg"], None),
             C([3, 4], "peak milk PNU-142586 by dose", "peak milk PNU-142586", ["400 mg", "600 mg"], None)],
      cites=[4]),
    S("A preterm infant born at 30 weeks' gestation was fed the milk of a mother taking linezolid",
      "study", "linezolid", None,
      doses=[D(600, "mg", "linezolid 600 mg twice daily", frequency="twice daily")],
      meas=[M(0.4, "mg/L", "concentration", "infant serum linezolid", "infant_blood", timepoint="at the maternal trough, 3 weeks of age", dose=0),
            M(0.04, "{ratio}", "infant_plasma_ratio", "infant/maternal plasma ratio", dose=0),
            M(0.1, "mg/L", "concentration", "infant serum linezolid (undetectable)", "infant_blood", qualifier="<", timepoint="3 days after maternal therapy ended", dose=0)],
      cites=[2]),
    S("Of 9 breastfed infants whose mothers received linezolid for 4 to 28 days",
      "study", "linezolid", None,
      pops=[P(9, "9 breastfed infants", "exposed", "infant"),
            P(2, "2 developed loose stools", "exposed", "infant"),
            P(1, "1 had oral thrush", "exposed", "infant")],
      cites=[3, 5]))

# ---------------------------------------------------------------- ac09
PB, PEMA = "phenobarbital", "pema"
doc("ac09_primidone_lactmed.txt",
    S("Breastfeeding during maternal primidone dosages of 500 mg daily or less has usually caused no problems",
      "recommendation", "primidone", None,
      doses=[D(500, "mg", "maternal primidone dosages of 500 mg daily or less", stat="maximum", frequency="per day")],
      cites=[1, 2]),
    S("Eight women taking primidone 250 to 750 mg daily had milk levels measured",
      "study", "primidone", None,
      pops=[P(8, "Eight women taking primidone 250 to 750 mg daily", "exposed", "mother")],
      doses=[D(250, "mg", "primidone 250 to 750 mg daily", amount_high=750, stat="range", frequency="per day")],
      meas=[M(2.3, "mg/L", "concentration", "milk primidone", "milk", stat="mean", dose=0, pop=0),
            M(0.72, "{ratio}", "milk_plasma_ratio", "primidone milk/plasma ratio", dose=0, pop=0),
            M(2.6, "mg/L", "concentration", "milk PEMA", "milk", PEMA, stat="mean", dose=0, pop=0),
            M(0.64, "{ratio}", "milk_plasma_ratio", "PEMA milk/plasma ratio", analyte=PEMA, dose=0, pop=0),
            M(4.1, "mg/L", "concentration", "milk phenobarbital", "milk", PB, stat="mean", dose=0, pop=0),
            M(0.38, "{ratio}", "milk_plasma_ratio", "phenobarbital milk/plasma ratio", analyte=PB, dose=0, pop=0),
            M(0.35, "mg/kg", "infant_dose", "estimated infant primidone dose per day", qualifier="~", dose=0, pop=0),
            M(5, "%", "relative_infant_dose", "estimated infant dose, % of maternal weight-adjusted dosage", qualifier="~", dose=0, pop=0)],
      cites=[3]),
    S("In one mother taking primidone 125 mg daily and another taking 500 mg daily",
      "study", "primidone", None,
      pops=[P(1, "one mother taking primidone 125 mg daily", "exposed", "mother")],
      doses=[D(125, "mg", "primidone 125 mg daily", frequency="per day"),
             D(500, "mg", "another taking 500 mg daily", frequency="per day")],
      meas=[M(0.9, "mg/L", "concentration", "milk primidone", "milk", group="125 mg", timepoint="3 hours after the morning dose", dose=0, pop=0),
            M(3.4, "mg/L", "concentration", "milk primidone", "milk", group="500 mg", timepoint="3 hours after the morning dose", dose=1),
            M(1.6, "mg/L", "concentration", "milk phenobarbital", "milk", PB, group="125 mg", dose=0, pop=0),
            M(5.8, "mg/L", "concentration", "milk phenobarbital", "milk", PB, group="500 mg", dose=1)],
      comps=[C([0, 1], "milk primidone 3 hours after the morning dose", "milk primidone 3 hours after the morning dose", ["125 mg", "500 mg"], None),
             C([2, 3], "milk phenobarbital", "phenobarbital milk levels", ["125 mg", "500 mg"], None)],
      cites=[4]),
    S("Serum levels were measured in 6 breastfed infants whose mothers took primidone 250 to 750 mg daily",
      "study", "primidone", None,
      pops=[P(6, "6 breastfed infants", "exposed", "infant")],
      doses=[D(250, "mg", "primidone 250 to 750 mg daily", amount_high=750, stat="range", frequency="per day")],
      meas=[M(2.8, "mg/L", "concentration", "infant serum primidone", "infant_blood", stat="mean", timepoint="3 to 5 days of age", dose=0, pop=0),
            M(14.6, "mg/L", "concentration", "infant serum phenobarbital", "infant_blood", PB, stat="mean", timepoint="3 to 5 days of age", dose=0, pop=0),
            M(0.7, "mg/L", "concentration", "infant serum primidone", "infant_blood", timepoint="4 weeks of age", dose=0, pop=0),
            M(6.2, "mg/L", "concentration", "infant serum phenobarbital", "infant_blood", PB, timepoint="4 weeks of age", dose=0, pop=0),
            M(0.09, "{ratio}", "infant_plasma_ratio", "infant/maternal serum ratio, primidone", timepoint="4 weeks", dose=0, pop=0),
            M(0.41, "{ratio}", "infant_plasma_ratio", "infant/maternal serum ratio, phenobarbital", analyte=PB, timepoint="4 weeks", dose=0, pop=0)],
      cites=[3]),
    S("The breastfed infant of a mother taking primidone 750 mg daily had a serum phenobarbital level",
      "study", "primidone", None,
      doses=[D(750, "mg", "primidone 750 mg daily", frequency="per day")],
      meas=[M(21, "mg/L", "concentration", "infant serum phenobarbital", "infant_blood", PB, timepoint="10 days of age", dose=0),
            M(53, "%", "infant_plasma_ratio", "infant phenobarbital, % of maternal serum level", analyte=PB, dose=0),
            M(3.0, "mg/L", "concentration", "infant serum PEMA", "infant_blood", PEMA, dose=0)],
      cites=[5]),
    S("A cohort study compared 14 infants breastfed by mothers taking primidone with 9 infants",
      "study", "primidone", None,
      pops=[P(14, "14 infants breastfed by mothers taking primidone", "exposed", "infant"),
            P(9, "9 infants of treated mothers who were formula fed", "control", "infant"),
            P(10, "10 of the breastfed infants", "exposed", "infant")],
      meas=[M(8.8, "mg/L", "concentration", "infant serum phenobarbital", "infant_blood", PB, stat="mean", group="breastfed group", timepoint="2 weeks of age", pop=0),
            M(2.1, "mg/L", "concentration", "infant serum phenobarbital", "infant_blood", PB, stat="mean", group="formula-fed group", timepoint="2 weeks of age", pop=1)],
      comps=[C([0, 1], "infant serum phenobarbital at 2 weeks", "infant serum phenobarbital at 2 weeks of age", ["breastfed group", "formula-fed group"], True, 0.001, "<")],
      cites=[6]),
    S("Sedation and poor suckling were reported in 3 of 14 breastfed infants whose mothers took primidone",
      "study", "primidone", None,
      pops=[P(3, "3 of 14 breastfed infants", "exposed", "infant"),
            P(14, "14 breastfed infants whose mothers took primidone", "exposed", "infant")],
      cites=[6]))

# ---------------------------------------------------------------- ac10
doc("ac10_ustekinumab_lactmed.txt",
    S("Six women receiving ustekinumab for inflammatory bowel disease provided milk samples",
      "study", "ustekinumab", "subcutaneous",
      pops=[P(6, "Six women receiving ustekinumab for inflammatory bowel disease", "total", "mother"),
            P(3, "Three received 90 mg subcutaneously every 8 weeks", "exposed", "mother"),
            P(3, "three received 90 mg every 4 weeks", "exposed", "mother")],
      doses=[D(90, "mg", "90 mg subcutaneously every 8 weeks", frequency="every 8 weeks"),
             D(90, "mg", "90 mg every 4 weeks", frequency="every 4 weeks")],
      meas=[M(0.62, "ug/L", "concentration", "milk ustekinumab", "milk", stat="median", group="8-week interval", dose=0, pop=1),
            M(1.4, "ug/L", "concentration", "milk ustekinumab", "milk", stat="median", group="4-week interval", dose=1, pop=2),
            M(3.1, "ug/mL", "concentration", "maternal serum trough ustekinumab", "maternal_blood", group="8-week interval", dose=0, pop=1),
            M(8.8, "ug/mL", "concentration", "maternal serum trough ustekinumab", "maternal_blood", group="4-week interval", dose=1, pop=2)],
      comps=[C([0, 1], "median milk ustekinumab by dosing interval", "median milk ustekinumab", ["8-week interval", "4-week interval"], None),
             C([2, 3], "maternal serum trough by dosing interval", "maternal serum trough levels", ["8-week interval", "4-week interval"], None)],
      cites=[2]),
    S("A woman received an intravenous induction dose of 390 mg (6 mg/kg) of ustekinumab",
      "study", "ustekinumab", "intravenous",
      doses=[D(390, "mg", "an intravenous induction dose of 390 mg"),
             D(6, "mg/kg", "(6 mg/kg)")],
      meas=[M(2.4, "ug/L", "concentration", "milk ustekinumab", "milk", timepoint="day 1 after the infusion", dose=0),
            M(1.1, "ug/L", "concentration", "milk ustekinumab", "milk", timepoint="day 7 after the infusion", dose=0),
            M(0.36, "ug/kg", "infant_dose", "estimated infant dose per day", dose=0),
            M(0.006, "%", "relative_infant_dose", "estimated infant dose, % of maternal weight-adjusted dose", dose=0)],
      cites=[3]),
    S("In a multicenter study, milk samples were collected from 19 lactating women",
      "study", "ustekinumab", "subcutaneous",
      pops=[P(19, "19 lactating women", "total", "mother"),
            P(7, "women receiving 45 mg (n = 7)", "exposed", "mother"),
            P(12, "those receiving 90 mg (n = 12)", "exposed", "mother")],
      doses=[D(45, "mg", "45 mg"), D(90, "mg", "90 mg")],
      meas=[M(0.9, "ug/L", "concentration", "maximum milk ustekinumab", "milk", stat="mean", group="45 mg", dose=0, pop=1),
            M(1.7, "ug/L", "concentration", "maximum milk ustekinumab", "milk", stat="mean", group="90 mg", dose=1, pop=2),
            M(0.04, "%", "relative_infant_dose", "relative infant dose", stat="mean", pop=0),
            M(0.01, "%", "relative_infant_dose", "relative infant dose", value_high=0.11, stat="range", pop=0)],
      comps=[C([0, 1], "maximum milk ustekinumab by dose", "maximum milk levels", ["45 mg", "90 mg"], True, 0.03, "=")],
      cites=[4]),
    S("Serum ustekinumab was undetectable (<0.3 mcg/mL) in 5 breastfed infants",
      "study", "ustekinumab", None,
      pops=[P(5, "5 breastfed infants at 2 to 6 months of age", "exposed", "infant")],
      meas=[M(0.3, "ug/mL", "concentration", "infant serum ustekinumab (undetectable)", "infant_blood", qualifier="<", timepoint="2 to 6 months of age", pop=0),
            M(5.7, "ug/mL", "concentration", "cord blood ustekinumab", "cord_blood", stat="mean", timepoint="at birth", pop=0)],
      cites=[5]),
    S("A breastfed infant whose mother was receiving ustekinumab 90 mg every 8 weeks",
      "study", "ustekinumab", None,
      doses=[D(90, "mg", "ustekinumab 90 mg every 8 weeks", frequency="every 8 weeks")],
      meas=[M(0.4, "ug/mL", "concentration", "infant serum ustekinumab", "infant_blood", timepoint="6 weeks of age", dose=0)],
      cites=[6]),
    S("A cohort study compared the infants of 29 mothers who received ustekinumab while breastfeeding",
      "study", "ustekinumab", None,
      pops=[P(29, "29 mothers who received ustekinumab while breastfeeding", "exposed", "mother"),
            P(44, "44 infants of mothers with inflammatory bowel disease who were not treated with a biologic drug", "control", "infant")],
      meas=[M(24, "%", "proportion", "infection during the first year", group="ustekinumab", pop=0),
            M(27, "%", "proportion", "infection during the first year", group="not treated with a biologic", pop=1)],
      comps=[C([0, 1], "infection rates during the first year", "infection rates during the first year",
               ["infants of mothers who received ustekinumab", "infants of mothers not treated with a biologic drug"], False)],
      cites=[7]))


def main(argv):
    out = os.path.join(ROOT, "gold.jsonl")
    if len(argv) > 1:
        out = argv[1]
    with open(out, "w", encoding="utf-8") as f:
        for d in DOCS:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    n_s = sum(len(d["statements"]) for d in DOCS)
    print("wrote %s: %d documents, %d statements" % (out, len(DOCS), n_s))


if __name__ == "__main__":
    main(sys.argv)
