#!/usr/bin/env python3
"""Build gold.jsonl for the held-out AE corpus (SYNTHETIC documents).

Annotations follow /work/shared/gold/FORMAT.md (version 2) and the conventions of
seeds.jsonl / dev.jsonl.  Writes:
  ../gold.jsonl                  one line per document, same shape/keys as dev.jsonl
  ../comparison_links.jsonl      sidecar: for every comparison, the 0-based indices of
                                 the compared rows of the statement's `measurements`
                                 (the gold counterpart of measurement_item_ids)
Standard library only.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

MOTHER, INFANT, PAIR, OTHER = "mother", "infant", "pair", "other"
EXP, CTL, TOT = "exposed", "control", "total"


def P(n, text, role, who):
    return {"n": n, "text": text, "role": role, "who": who}


def D(amount, unit, text, recipient=MOTHER, amount_high=None, stat=None,
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
    m["kind"] = kind
    m["matrix"] = matrix
    m["analyte"] = analyte
    m["dose"] = dose
    m["population"] = population
    return m


def C(measure, values, unit, kind, outcome, arms, significant, mids,
      p_value=None, p_qualifier=None):
    c = {"measure": measure, "values": values, "unit": unit, "kind": kind,
         "outcome": outcome, "arms": arms, "significant": significant,
         "p_value": p_value, "p_qualifier": p_qualifier}
    return c, mids


def S(anchor, kind, drug, route, populations=(), doses=(), measurements=(),
      comparisons=(), citations=()):
    comps = [c for c, _ in comparisons]
    links = [mids for _, mids in comparisons]
    st = {"anchor": anchor, "kind": kind, "drug": drug, "route": route,
          "populations": list(populations), "doses": list(doses),
          "measurements": list(measurements), "comparisons": comps,
          "citations": list(citations)}
    return st, links


DOCS = []


def doc(name, *statements):
    DOCS.append((name, list(statements)))


# ---------------------------------------------------------------------------
# ae01: three-arm RCT, itopride 50 mg / 100 mg / placebo (HTML journal page)
# ---------------------------------------------------------------------------
def ae01():
    arm = {"50": dict(dose=0, population=1), "100": dict(dose=1, population=2),
           "pl": dict(dose=None, population=3)}
    vol = "mean daily milk volume"
    pro = "mothers whose milk output increased by at least 50% from day 0"
    ms = [
        M(386, "mL", "milk_volume", vol, stat="mean", group="50 mg arm", timepoint="day 7", **arm["50"]),
        M(421, "mL", "milk_volume", vol, stat="mean", group="100 mg arm", timepoint="day 7", **arm["100"]),
        M(318, "mL", "milk_volume", vol, stat="mean", group="placebo arm", timepoint="day 7", **arm["pl"]),
        M(472, "mL", "milk_volume", vol, stat="mean", group="50 mg arm", timepoint="day 14", **arm["50"]),
        M(509, "mL", "milk_volume", vol, stat="mean", group="100 mg arm", timepoint="day 14", **arm["100"]),
        M(355, "mL", "milk_volume", vol, stat="mean", group="placebo arm", timepoint="day 14", **arm["pl"]),
        M(57, "%", "proportion", pro, group="50 mg", **arm["50"]),
        M(64, "%", "proportion", pro, group="100 mg", **arm["100"]),
        M(31, "%", "proportion", pro, group="placebo", **arm["pl"]),
        M(142, "ng/mL", "concentration", "serum prolactin", matrix="maternal_blood", analyte="prolactin",
          stat="mean", group="100 mg arm", timepoint="day 14", **arm["100"]),
        M(61, "ng/mL", "concentration", "serum prolactin", matrix="maternal_blood", analyte="prolactin",
          stat="mean", group="placebo", timepoint="day 14", **arm["pl"]),
        M(10, "%", "proportion", "mothers reporting headache", group="50 mg arm", **arm["50"]),
        M(14, "%", "proportion", "mothers reporting headache", group="100 mg arm", **arm["100"]),
        M(7, "%", "proportion", "mothers reporting headache", group="placebo arm", **arm["pl"]),
        M(0.42, "{ratio}", "milk_plasma_ratio", "milk/plasma ratio of itopride", matrix="milk",
          stat="mean", dose=1, population=5),
        M(1, "ng/mL", "concentration", "infant serum itopride (not detected)", matrix="infant_blood",
          qualifier="<", dose=1, population=6),
    ]
    cs = [
        C("mean daily milk volume on day 7", [386, 421, 318], "mL", "milk_volume",
          "daily milk volume on day 7", ["50 mg arm", "100 mg arm", "placebo arm"], True, [0, 1, 2],
          0.01, "="),
        C("mean daily milk volume on day 14", [472, 509, 355], "mL", "milk_volume",
          "daily milk volume on day 14", ["50 mg arm", "100 mg arm", "placebo arm"], True, [3, 4, 5],
          0.001, "<"),
        C(pro, [57, 64, 31], "%", "proportion",
          "milk output increased by at least 50% from day 0", ["50 mg", "100 mg", "placebo"], True,
          [6, 7, 8], 0.002, "="),
        C("serum prolactin on day 14", [142, 61], "ng/mL", "concentration",
          "serum prolactin on day 14", ["100 mg arm", "placebo"], None, [9, 10]),
        C("mothers reporting headache", [10, 14, 7], "%", "proportion", "headache",
          ["50 mg arm", "100 mg arm", "placebo arm"], False, [11, 12, 13]),
    ]
    doc("ae01_itopride_3arm.html", S(
        "In this double-blind trial at three neonatal units, 126 mothers expressing milk",
        "study", "itopride", "oral",
        populations=[
            P(126, "126 mothers expressing milk for infants born before 32 weeks of gestation", TOT, MOTHER),
            P(43, "43 were assigned to 50 mg", EXP, MOTHER),
            P(42, "42 to 100 mg", EXP, MOTHER),
            P(41, "41 to placebo", CTL, MOTHER),
            P(117, "117 completed the study", TOT, MOTHER),
            P(9, "9 mothers taking 100 mg", EXP, MOTHER),
            P(6, "6 of their infants", EXP, INFANT),
        ],
        doses=[
            D(50, "mg", "itopride 50 mg", frequency="three times daily", duration="14 days"),
            D(100, "mg", "itopride 100 mg", frequency="three times daily", duration="14 days"),
        ],
        measurements=ms, comparisons=cs, citations=[]))


# ---------------------------------------------------------------------------
# ae02: two-arm RCT, Coleus amboinicus extract vs placebo (PubMed-style .txt)
# ---------------------------------------------------------------------------
def ae02():
    ms = [
        M(41, "%", "change", "increase in milk production from enrolment to day 28", group="extract",
          dose=0, population=2),
        M(12, "%", "change", "increase in milk production from enrolment to day 28", group="placebo group",
          dose=None, population=3),
        M(612, "mL", "milk_volume", "mean 24-hour milk volume", stat="mean", group="extract",
          timepoint="day 28", dose=0, population=2),
        M(498, "mL", "milk_volume", "mean 24-hour milk volume", stat="mean", group="placebo",
          timepoint="day 28", dose=None, population=3),
        M(96, "ng/mL", "concentration", "serum prolactin", matrix="maternal_blood", analyte="prolactin",
          stat="mean", group="extract group", timepoint="at enrolment", dose=None, population=2),
        M(139, "ng/mL", "concentration", "serum prolactin", matrix="maternal_blood", analyte="prolactin",
          stat="mean", group="extract group", timepoint="day 28", dose=0, population=2),
        M(99, "ng/mL", "concentration", "serum prolactin", matrix="maternal_blood", analyte="prolactin",
          group="placebo group", timepoint="at enrolment", dose=None, population=3),
        M(103, "ng/mL", "concentration", "serum prolactin", matrix="maternal_blood", analyte="prolactin",
          group="placebo group", timepoint="day 28", dose=None, population=3),
        M(73, "%", "proportion", "infants exclusively breastfed at 8 weeks", group="extract group",
          dose=0, population=None),
        M(54, "%", "proportion", "infants exclusively breastfed at 8 weeks", group="placebo group",
          dose=None, population=None),
        M(1.35, "{ratio}", "other", "risk ratio for exclusive breastfeeding at 8 weeks, extract vs placebo"),
    ]
    cs = [
        C("increase in milk production by day 28", [41, 12], "%", "change",
          "rise in milk production by day 28", ["extract", "placebo group"], True, [0, 1], 0.003, "="),
        C("mean 24-hour milk volume on day 28", [612, 498], "mL", "milk_volume",
          "24-hour milk volume on day 28", ["extract", "placebo"], None, [2, 3]),
        C("serum prolactin in the extract group, enrolment vs day 28", [96, 139], "ng/mL", "concentration",
          "serum prolactin", ["before", "after"], True, [4, 5], 0.001, "<"),
        C("serum prolactin in the placebo group, enrolment vs day 28", [99, 103], "ng/mL", "concentration",
          "serum prolactin", ["before", "after"], False, [6, 7], 0.58, "="),
        C("infants exclusively breastfed at 8 weeks", [73, 54], "%", "proportion",
          "exclusively breastfed at 8 weeks", ["extract group", "placebo group"], None, [8, 9]),
    ]
    doc("ae02_coleus_2arm.txt", S(
        "Eighty-four breastfeeding mothers of term infants aged 2 to 6 weeks who reported low milk supply",
        "study", "coleus amboinicus leaf extract", "oral",
        populations=[
            P(84, "Eighty-four breastfeeding mothers of term infants aged 2 to 6 weeks who reported low milk supply",
              TOT, MOTHER),
            P(79, "Seventy-nine mothers", TOT, MOTHER),
            P(40, "40 extract", EXP, MOTHER),
            P(39, "39 placebo", CTL, MOTHER),
            P(3, "3 mothers taking the extract", EXP, MOTHER),
            P(1, "1 taking placebo", CTL, MOTHER),
        ],
        doses=[D(600, "mg", "Coleus amboinicus leaf extract 600 mg", frequency="three times daily",
                 duration="28 days")],
        measurements=ms, comparisons=cs, citations=[]))


# ---------------------------------------------------------------------------
# ae03: randomized two-period crossover, tapentadol 50 mg vs 100 mg (.md results page)
# ---------------------------------------------------------------------------
def ae03():
    d50 = dict(dose=0, population=0)
    d100 = dict(dose=1, population=0)
    rid = "estimated relative infant dose, % of maternal weight-adjusted dose"
    ms = [
        M(68, "ng/mL", "concentration", "peak milk tapentadol", matrix="milk", stat="median",
          group="50 mg dose", **d50),
        M(139, "ng/mL", "concentration", "peak milk tapentadol", matrix="milk", stat="median",
          group="100 mg dose", **d100),
        M(1.9, "{ratio}", "milk_plasma_ratio", "milk/plasma AUC ratio", matrix="milk", group="50 mg dose", **d50),
        M(2.1, "{ratio}", "milk_plasma_ratio", "milk/plasma AUC ratio", matrix="milk", group="100 mg dose", **d100),
        M(212, "ng/mL", "concentration", "peak milk tapentadol-O-glucuronide", matrix="milk",
          analyte="tapentadol-o-glucuronide", stat="median", group="50 mg", **d50),
        M(398, "ng/mL", "concentration", "peak milk tapentadol-O-glucuronide", matrix="milk",
          analyte="tapentadol-o-glucuronide", stat="median", group="100 mg", **d100),
        M(4.4, "h", "half_life", "tapentadol half-life in milk", matrix="milk", stat="median",
          group="50 mg", **d50),
        M(4.7, "h", "half_life", "tapentadol half-life in milk", matrix="milk", stat="median",
          group="100 mg", **d100),
        M(0.9, "%", "relative_infant_dose", rid, group="50 mg", **d50),
        M(1.0, "%", "relative_infant_dose", rid, group="100 mg", **d100),
        M(0.012, "mg/kg", "infant_dose", "estimated infant tapentadol dose per day", **d100),
        M(38, "ng/mL", "concentration", "plasma prolactin", matrix="maternal_blood", analyte="prolactin",
          timepoint="before dosing", dose=None, population=0),
        M(52, "ng/mL", "concentration", "plasma prolactin", matrix="maternal_blood", analyte="prolactin",
          timepoint="2 hours after the 100 mg dose", **d100),
        M(21, "%", "proportion", "women reporting drowsiness", group="50 mg", **d50),
        M(50, "%", "proportion", "women reporting drowsiness", group="100 mg", **d100),
    ]
    cs = [
        C("median peak milk tapentadol", [68, 139], "ng/mL", "concentration", "peak milk tapentadol",
          ["50 mg dose", "100 mg dose"], True, [0, 1], 0.001, "<"),
        C("milk/plasma AUC ratio", [1.9, 2.1], "{ratio}", "milk_plasma_ratio", "milk/plasma AUC ratio",
          ["50 mg dose", "100 mg dose"], False, [2, 3], 0.41, "="),
        C("median peak milk tapentadol-O-glucuronide", [212, 398], "ng/mL", "concentration",
          "peak milk tapentadol-O-glucuronide", ["50 mg", "100 mg"], None, [4, 5]),
        C("median half-life in milk", [4.4, 4.7], "h", "half_life", "half-life in milk",
          ["50 mg", "100 mg"], False, [6, 7]),
        C("estimated relative infant dose", [0.9, 1.0], "%", "relative_infant_dose",
          "estimated relative infant dose", ["50 mg", "100 mg"], None, [8, 9]),
        C("plasma prolactin before and after the 100 mg dose", [38, 52], "ng/mL", "concentration",
          "plasma prolactin", ["before", "after"], True, [11, 12], 0.02, "="),
        C("women reporting drowsiness", [21, 50], "%", "proportion", "drowsiness",
          ["50 mg", "100 mg"], True, [13, 14], 0.05, "<"),
    ]
    doc("ae03_tapentadol_crossover.md", S(
        "Fourteen lactating women who had weaned their infants or were pumping and discarding milk",
        "study", "tapentadol", "oral",
        populations=[P(14, "Fourteen lactating women who had weaned their infants or were pumping and discarding milk",
                       EXP, MOTHER)],
        doses=[D(50, "mg", "tapentadol immediate-release 50 mg"),
               D(100, "mg", "100 mg")],
        measurements=ms, comparisons=cs, citations=[]))


# ---------------------------------------------------------------------------
# ae04: prospective cohort, rivaroxaban-exposed vs unexposed infants (HTML)
# ---------------------------------------------------------------------------
def ae04():
    ex = dict(dose=0, population=0)
    un = dict(dose=None, population=1)
    ms = [
        M(5.4, "%", "proportion", "infants with bleeding or bruising", group="exposed", **ex),
        M(4.1, "%", "proportion", "infants with bleeding or bruising", group="unexposed", **un),
        M(59, "%", "proportion", "exclusive breastfeeding at 3 months", group="exposed", **ex),
        M(64, "%", "proportion", "exclusive breastfeeding at 3 months", group="unexposed", **un),
        M(46, "%", "proportion", "infants still breastfed at 6 months", group="exposed", **ex),
        M(68, "%", "proportion", "infants still breastfed at 6 months", group="unexposed", **un),
        M(17, "ng/mL", "concentration", "milk rivaroxaban", matrix="milk", stat="median", dose=0, population=2),
        M(0.31, "{ratio}", "milk_plasma_ratio", "milk/plasma ratio", matrix="milk", stat="median",
          dose=0, population=2),
        M(0.5, "ng/mL", "concentration", "infant plasma rivaroxaban (undetectable)", matrix="infant_blood",
          qualifier="<", dose=0, population=4),
        M(0.7, "ng/mL", "concentration", "infant plasma rivaroxaban", matrix="infant_blood",
          group="the remaining infant", dose=0, population=None),
        M(0.5, "%", "infant_plasma_ratio", "infant plasma level, % of maternal level", matrix="infant_blood",
          qualifier="~", group="the remaining infant", dose=0, population=None),
        M(2.6, "ug/kg", "infant_dose", "estimated infant rivaroxaban dose per day", dose=0, population=None),
        M(0.9, "%", "relative_infant_dose", "estimated infant dose, % of maternal weight-adjusted dosage",
          dose=0, population=None),
    ]
    cs = [
        C("infants with bleeding or bruising", [5.4, 4.1], "%", "proportion", "bleeding or bruising",
          ["exposed", "unexposed"], False, [0, 1], 0.66, "="),
        C("exclusive breastfeeding at 3 months", [59, 64], "%", "proportion",
          "exclusive breastfeeding at 3 months", ["exposed", "unexposed"], False, [2, 3]),
        C("infants still breastfed at 6 months", [46, 68], "%", "proportion", "still breastfed at 6 months",
          ["exposed infants", "unexposed"], True, [4, 5]),
    ]
    doc("ae04_rivaroxaban_cohort.html", S(
        "We prospectively followed breastfed infants of mothers who took rivaroxaban while nursing",
        "study", "rivaroxaban", "oral",
        populations=[
            P(37, "37 exposed", EXP, PAIR),
            P(74, "74 unexposed mother–infant pairs", CTL, PAIR),
            P(11, "11 mothers", EXP, MOTHER),
            P(9, "9 infants tested", EXP, INFANT),
            P(8, "8 of 9 infants tested", EXP, INFANT),
        ],
        doses=[
            D(20, "mg", "a median of 20 mg", stat="median", frequency="once daily"),
            D(10, "mg", "range 10 to 20 mg", amount_high=20, stat="range", frequency="once daily"),
        ],
        measurements=ms, comparisons=cs, citations=[]))


# ---------------------------------------------------------------------------
# ae05: two-arm RCT, intravenous parecoxib vs placebo after cesarean (.txt digest)
# ---------------------------------------------------------------------------
def ae05():
    pa = dict(dose=0, population=1)
    pl = dict(dose=None, population=2)
    ms = [
        M(34, "mL", "milk_volume", "expressed colostrum volume", stat="median", group="parecoxib",
          timepoint="day 2", **pa),
        M(27, "mL", "milk_volume", "expressed colostrum volume", stat="median", group="placebo",
          timepoint="day 2", **pl),
        M(34, "%", "proportion", "women requesting rescue analgesia in the first 24 hours",
          group="women given parecoxib", **pa),
        M(63, "%", "proportion", "women requesting rescue analgesia in the first 24 hours",
          group="placebo", **pl),
        M(76, "%", "proportion", "successful breastfeeding at 24 hours", group="parecoxib", **pa),
        M(61, "%", "proportion", "successful breastfeeding at 24 hours", group="placebo", **pl),
        M(81, "%", "proportion", "infants exclusively breastfed at hospital discharge",
          group="parecoxib group", dose=0, population=None),
        M(70, "%", "proportion", "infants exclusively breastfed at hospital discharge",
          group="placebo group", dose=None, population=None),
        M(21, "ng/mL", "concentration", "colostrum valdecoxib", matrix="milk", analyte="valdecoxib",
          stat="mean", timepoint="24 hours", dose=0, population=3),
        M(5, "ng/mL", "concentration", "colostrum parecoxib", matrix="milk", qualifier="<",
          timepoint="24 hours", dose=0, population=3),
        M(0.003, "mg/kg", "infant_dose", "calculated infant valdecoxib dose per day", analyte="valdecoxib",
          dose=0, population=3),
        M(0.2, "%", "relative_infant_dose",
          "infant valdecoxib dose, % of maternal weight-adjusted parecoxib dose", qualifier="~",
          analyte="valdecoxib", dose=0, population=3),
    ]
    cs = [
        C("median expressed colostrum volume on day 2", [34, 27], "mL", "milk_volume",
          "expressed colostrum volume on day 2", ["parecoxib", "placebo"], False, [0, 1], 0.21, "="),
        C("women requesting rescue analgesia in the first 24 hours", [34, 63], "%", "proportion",
          "requested rescue analgesia in the first 24 hours", ["women given parecoxib", "placebo"], True,
          [2, 3], 0.001, "<"),
        C("successful breastfeeding at 24 hours", [76, 61], "%", "proportion",
          "successful breastfeeding at 24 hours", ["parecoxib", "placebo"], True, [4, 5], 0.04, "="),
        C("infants exclusively breastfed at hospital discharge", [81, 70], "%", "proportion",
          "exclusively breastfed at hospital discharge", ["parecoxib group", "placebo group"], False,
          [6, 7], 0.09, "="),
    ]
    doc("ae05_parecoxib_2arm.txt", S(
        "A total of 160 women undergoing elective cesarean delivery under spinal anaesthesia",
        "study", "parecoxib", "intravenous",
        populations=[
            P(160, "160 women undergoing elective cesarean delivery under spinal anaesthesia", TOT, MOTHER),
            P(80, "parecoxib 40 mg intravenously every 12 hours for 48 hours (n = 80)", EXP, MOTHER),
            P(80, "saline placebo (n = 80)", CTL, MOTHER),
            P(12, "12 women sampled at 24 hours", EXP, MOTHER),
        ],
        doses=[D(40, "mg", "parecoxib 40 mg intravenously every 12 hours for 48 hours",
                 frequency="every 12 hours", duration="48 hours")],
        measurements=ms, comparisons=cs, citations=[]))


# ---------------------------------------------------------------------------
# ae06: LactMed-style record, imipramine (HTML drug site)
# ---------------------------------------------------------------------------
def ae06():
    ipd = "imipramine plus desipramine"
    doc("ae06_imipramine.html",
        S("Maternal doses of up to 200 mg daily have been taken without apparent harm",
          "recommendation", "imipramine", None,
          doses=[D(200, "mg", "Maternal doses of up to 200 mg daily", stat="maximum", frequency="per day")],
          citations=[1]),
        S("Four women taking imipramine 75 to 150 mg daily provided milk samples",
          "study", "imipramine", None,
          populations=[P(4, "Four women taking imipramine 75 to 150 mg daily", EXP, MOTHER)],
          doses=[D(75, "mg", "imipramine 75 to 150 mg daily", amount_high=150, frequency="per day")],
          measurements=[
              M(48, "ug/L", "concentration", "milk imipramine", matrix="milk", stat="mean", dose=0, population=0),
              M(22, "ug/L", "concentration", "milk imipramine", matrix="milk", stat="range", value_high=91,
                dose=0, population=0),
              M(63, "ug/L", "concentration", "milk desipramine", matrix="milk", analyte="desipramine",
                stat="mean", dose=0, population=0),
              M(29, "ug/L", "concentration", "milk desipramine", matrix="milk", analyte="desipramine",
                stat="range", value_high=118, dose=0, population=0),
              M(0.8, "{ratio}", "milk_plasma_ratio", "milk/plasma ratio of imipramine", matrix="milk",
                stat="mean", dose=0, population=0),
              M(1.1, "{ratio}", "milk_plasma_ratio", "milk/plasma ratio of desipramine", matrix="milk",
                analyte="desipramine", stat="mean", dose=0, population=0),
              M(0.017, "mg/kg", "infant_dose", "estimated infant dose of imipramine plus desipramine per day",
                qualifier="~", analyte=ipd, dose=0, population=0),
              M(1.3, "%", "relative_infant_dose",
                "estimated infant dose of imipramine plus desipramine, % of maternal weight-adjusted dosage",
                analyte=ipd, dose=0, population=0),
          ],
          citations=[2]),
        S("A mother taking 200 mg of imipramine at bedtime had milk levels",
          "study", "imipramine", None,
          doses=[D(200, "mg", "200 mg of imipramine at bedtime", frequency="at bedtime")],
          measurements=[
              M(29, "ug/L", "concentration", "milk imipramine", matrix="milk", timepoint="1 hour after the dose",
                dose=0),
              M(41, "ug/L", "concentration", "milk desipramine", matrix="milk", analyte="desipramine",
                timepoint="1 hour after the dose", dose=0),
              M(12, "ug/L", "concentration", "milk imipramine", matrix="milk",
                timepoint="10 hours later", dose=0),
              M(36, "ug/L", "concentration", "milk desipramine", matrix="milk", analyte="desipramine",
                timepoint="10 hours later", dose=0),
              M(7.9, "h", "half_life", "imipramine half-life in milk", matrix="milk", dose=0),
          ],
          citations=[3]),
        S("Milk was analyzed in 9 mothers taking imipramine on a stable regimen",
          "study", "imipramine", None,
          populations=[P(9, "9 mothers taking imipramine on a stable regimen", EXP, MOTHER),
                       P(5, "the 5 taking 100 mg daily", EXP, MOTHER),
                       P(4, "the 4 taking 200 mg daily", EXP, MOTHER)],
          doses=[D(100, "mg", "100 mg daily", frequency="per day"),
                 D(200, "mg", "200 mg daily", frequency="per day")],
          measurements=[
              M(58, "ug/L", "concentration", "milk imipramine plus desipramine", matrix="milk", analyte=ipd,
                stat="mean", group="100 mg daily", dose=0, population=1),
              M(114, "ug/L", "concentration", "milk imipramine plus desipramine", matrix="milk", analyte=ipd,
                stat="mean", group="200 mg daily", dose=1, population=2),
          ],
          comparisons=[C("average milk imipramine plus desipramine by daily dose", [58, 114], "ug/L",
                         "concentration", "milk levels of imipramine plus desipramine",
                         ["100 mg daily", "200 mg daily"], None, [0, 1])],
          citations=[4]),
        S("Serum samples from 7 breastfed infants whose mothers were taking imipramine 50 to 175 mg daily",
          "study", "imipramine", None,
          populations=[P(7, "7 breastfed infants whose mothers were taking imipramine 50 to 175 mg daily", EXP, INFANT),
                       P(2, "2 infants", EXP, INFANT)],
          doses=[D(50, "mg", "imipramine 50 to 175 mg daily", amount_high=175, frequency="per day")],
          measurements=[
              M(2, "ug/L", "concentration", "infant serum imipramine (below the limit of quantitation)",
                matrix="infant_blood", qualifier="<", dose=0, population=0),
              M(3.1, "ug/L", "concentration", "infant serum desipramine", matrix="infant_blood",
                analyte="desipramine", dose=0, population=1),
              M(4.6, "ug/L", "concentration", "infant serum desipramine", matrix="infant_blood",
                analyte="desipramine", dose=0, population=1),
          ],
          citations=[5]),
        S("A 6-week-old exclusively breastfed infant whose mother took imipramine 150 mg daily",
          "study", "imipramine", None,
          doses=[D(150, "mg", "imipramine 150 mg daily", frequency="per day")],
          measurements=[
              M(2.2, "ug/L", "concentration", "infant serum desipramine", matrix="infant_blood",
                analyte="desipramine", dose=0),
              M(1.5, "%", "infant_plasma_ratio", "infant serum desipramine, % of mother's serum level",
                matrix="infant_blood", analyte="desipramine", dose=0),
          ],
          citations=[6]),
        S("Thirty-one infants breastfed during maternal imipramine therapy were followed for 1 year",
          "study", "imipramine", None,
          populations=[P(31, "Thirty-one infants breastfed during maternal imipramine therapy", EXP, INFANT),
                       P(29, "29 formula-fed infants of untreated mothers", CTL, INFANT)],
          citations=[7]),
        S("In a telephone follow-up of mothers taking tricyclic antidepressants, 2 of 22 infants",
          "study", "imipramine", None,
          populations=[P(2, "2 of 22 infants exposed to imipramine in milk", EXP, INFANT),
                       P(22, "22 infants exposed to imipramine in milk", EXP, INFANT),
                       P(40, "40 infants whose mothers took other drugs", CTL, INFANT)],
          citations=[8]),
        S("Serum prolactin measured in 6 nursing mothers before and 3 weeks after starting imipramine",
          "study", "imipramine", None,
          populations=[P(6, "6 nursing mothers", EXP, MOTHER)],
          doses=[D(75, "mg", "imipramine 75 mg daily", frequency="per day")],
          measurements=[
              M(84, "ug/L", "concentration", "serum prolactin", matrix="maternal_blood", analyte="prolactin",
                stat="mean", timepoint="before starting imipramine", dose=None, population=0),
              M(88, "ug/L", "concentration", "serum prolactin", matrix="maternal_blood", analyte="prolactin",
                stat="mean", timepoint="3 weeks after starting imipramine", dose=0, population=0),
          ],
          comparisons=[C("serum prolactin before and 3 weeks after starting imipramine", [84, 88], "ug/L",
                         "concentration", "serum prolactin", ["before", "after"], False, [0, 1])],
          citations=[9]),
        )


# ---------------------------------------------------------------------------
# ae07: LactMed-style record, lamivudine (NCBI reader-style .txt)
# ---------------------------------------------------------------------------
def ae07():
    doc("ae07_lamivudine.txt",
        S("With maternal doses of 150 mg twice daily, infant serum concentrations are roughly 2 to 4%",
          "recommendation", "lamivudine", None,
          doses=[D(150, "mg", "maternal doses of 150 mg twice daily", frequency="twice daily")],
          measurements=[M(2, "%", "infant_plasma_ratio", "infant serum concentration, % of maternal concentration",
                          matrix="infant_blood", value_high=4, qualifier="~", dose=0)],
          citations=[1]),
        S("Twenty mothers receiving lamivudine 150 mg twice daily as part of combination therapy",
          "study", "lamivudine", None,
          populations=[P(20, "Twenty mothers receiving lamivudine 150 mg twice daily as part of combination therapy",
                         EXP, MOTHER)],
          doses=[D(150, "mg", "lamivudine 150 mg twice daily", frequency="twice daily")],
          measurements=[
              M(1.21, "mg/L", "concentration", "milk lamivudine", matrix="milk", stat="median", dose=0, population=0),
              M(0.47, "mg/L", "concentration", "maternal serum lamivudine", matrix="maternal_blood", stat="median",
                dose=0, population=0),
              M(2.6, "{ratio}", "milk_plasma_ratio", "milk/serum ratio", matrix="milk", stat="median",
                dose=0, population=0),
          ],
          citations=[2]),
        S("In a study of 58 women taking lamivudine 300 mg once daily",
          "study", "lamivudine", None,
          populations=[P(58, "58 women taking lamivudine 300 mg once daily", EXP, MOTHER)],
          doses=[D(300, "mg", "lamivudine 300 mg once daily", frequency="once daily"),
                 D(4, "mg/kg", "the 4 mg/kg daily dosage used in neonates", recipient=INFANT, frequency="per day")],
          measurements=[
              M(664, "ug/L", "concentration", "milk lamivudine", matrix="milk", stat="median",
                timepoint="6 weeks after delivery", dose=0, population=0),
              M(120, "ug/L", "concentration", "milk lamivudine", matrix="milk", stat="range", value_high=1890,
                timepoint="6 weeks after delivery", dose=0, population=0),
              M(712, "ug/L", "concentration", "milk lamivudine", matrix="milk", stat="median",
                timepoint="14 weeks after delivery", dose=0, population=0),
              M(598, "ug/L", "concentration", "milk lamivudine", matrix="milk", stat="median",
                timepoint="24 weeks after delivery", dose=0, population=0),
              M(0.1, "mg/kg", "infant_dose", "estimated infant lamivudine dose per day", qualifier="~",
                dose=0, population=0),
              M(2.3, "%", "relative_infant_dose", "infant dose, % of maternal weight-adjusted dosage",
                dose=0, population=0),
              M(2.5, "%", "relative_infant_dose", "infant dose, % of the 4 mg/kg daily neonatal dosage",
                qualifier="~", dose=0, population=0),
          ],
          citations=[3]),
        S("Eight women who were 3 to 5 months into lactation collected all of their milk",
          "study", "lamivudine", "oral",
          populations=[P(8, "Eight women who were 3 to 5 months into lactation", EXP, MOTHER)],
          doses=[D(150, "mg", "a single 150 mg oral dose of lamivudine")],
          measurements=[
              M(0.52, "mg", "amount_excreted", "lamivudine recovered in milk over 24 hours", stat="mean",
                dose=0, population=0),
              M(0.21, "mg", "amount_excreted", "lamivudine recovered in milk over 24 hours", stat="range",
                value_high=0.94, dose=0, population=0),
              M(0.35, "%", "amount_excreted", "amount recovered in milk, % of the dose", dose=0, population=0),
              M(9.8, "h", "half_life", "lamivudine half-life in milk", matrix="milk", dose=0, population=0),
          ],
          citations=[4]),
        S("Among 36 breastfed infants whose mothers took lamivudine 150 mg twice daily",
          "study", "lamivudine", None,
          populations=[P(36, "36 breastfed infants whose mothers took lamivudine 150 mg twice daily", EXP, INFANT),
                       P(5, "5 infants", EXP, INFANT)],
          doses=[D(150, "mg", "lamivudine 150 mg twice daily", frequency="twice daily")],
          measurements=[
              M(28, "ug/L", "concentration", "infant serum lamivudine", matrix="infant_blood", stat="median",
                timepoint="6 weeks of age", dose=0, population=0),
              M(4, "%", "infant_plasma_ratio", "infant serum level, % of median maternal level",
                matrix="infant_blood", qualifier="~", dose=0, population=0),
              M(10, "ug/L", "concentration", "infant serum lamivudine (undetectable)", matrix="infant_blood",
                qualifier="<", dose=0, population=1),
          ],
          citations=[5]),
        S("In another study, median serum lamivudine at 14 weeks of age was 31 mcg/L",
          "study", "lamivudine", None,
          populations=[P(19, "19 infants whose mothers took 300 mg once daily", EXP, INFANT),
                       P(21, "21 infants whose mothers took 150 mg twice daily", EXP, INFANT)],
          doses=[D(300, "mg", "300 mg once daily", frequency="once daily"),
                 D(150, "mg", "150 mg twice daily", frequency="twice daily")],
          measurements=[
              M(31, "ug/L", "concentration", "infant serum lamivudine", matrix="infant_blood", stat="median",
                group="300 mg once daily", timepoint="14 weeks of age", dose=0, population=0),
              M(26, "ug/L", "concentration", "infant serum lamivudine", matrix="infant_blood", stat="median",
                group="150 mg twice daily", timepoint="14 weeks of age", dose=1, population=1),
          ],
          comparisons=[C("median infant serum lamivudine at 14 weeks by maternal regimen", [31, 26], "ug/L",
                         "concentration", "infant serum lamivudine at 14 weeks of age",
                         ["300 mg once daily", "150 mg twice daily"], False, [0, 1])],
          citations=[6]),
        S("In a cohort of 112 breastfed infants exposed to maternal lamivudine-containing regimens",
          "study", "lamivudine", None,
          populations=[P(112, "112 breastfed infants exposed to maternal lamivudine-containing regimens", EXP, INFANT),
                       P(98, "98 breastfed infants whose mothers received no antiretroviral drugs while nursing",
                         CTL, INFANT)],
          measurements=[
              M(8, "%", "proportion", "infants with anemia", group="lamivudine-exposed infants",
                dose=None, population=0),
              M(7, "%", "proportion", "infants with anemia", group="infants whose mothers received no antiretroviral drugs",
                dose=None, population=1),
          ],
          comparisons=[C("infants with anemia", [8, 7], "%", "proportion", "anemia",
                         ["lamivudine-exposed infants", "infants whose mothers received no antiretroviral drugs"],
                         None, [0, 1])],
          citations=[7]),
        )


# ---------------------------------------------------------------------------
# ae08: LactMed text reproduced on a consumer site, theophylline (.md)
# ---------------------------------------------------------------------------
def ae08():
    doc("ae08_theophylline.md",
        S("With maternal doses of up to 400 mg daily, an exclusively breastfed infant receives less than 10%",
          "recommendation", "theophylline", None,
          doses=[D(400, "mg", "maternal doses of up to 400 mg daily", stat="maximum", frequency="per day")],
          measurements=[M(10, "%", "relative_infant_dose",
                          "infant dose, % of the dose used to treat apnea of prematurity", qualifier="<", dose=0)],
          citations=[1]),
        S("Five nursing mothers took a single oral dose of 4 mg/kg of theophylline",
          "study", "theophylline", "oral",
          populations=[P(5, "Five nursing mothers", EXP, MOTHER)],
          doses=[D(4, "mg/kg", "a single oral dose of 4 mg/kg of theophylline")],
          measurements=[
              M(2.9, "mg/L", "concentration", "peak milk theophylline", matrix="milk", stat="mean",
                timepoint="1 to 3 hours after the dose", dose=0, population=0),
              M(0.67, "{ratio}", "milk_plasma_ratio", "milk/serum ratio", matrix="milk", stat="mean",
                dose=0, population=0),
              M(0.61, "{ratio}", "milk_plasma_ratio", "milk/serum ratio", matrix="milk", stat="range",
                value_high=0.73, dose=0, population=0),
              M(0.44, "mg/kg", "infant_dose", "estimated infant theophylline dose per day", qualifier="~",
                dose=0, population=0),
          ],
          citations=[2]),
        S("In 3 women given intravenous aminophylline 5.6 mg/kg followed by sustained-release oral theophylline",
          "study", "theophylline", "intravenous",
          populations=[P(3, "3 women", EXP, MOTHER)],
          doses=[D(5.6, "mg/kg", "intravenous aminophylline 5.6 mg/kg", drug="aminophylline"),
                 D(200, "mg", "sustained-release oral theophylline 200 mg twice daily", frequency="twice daily",
                   drug="theophylline")],
          measurements=[
              M(4.1, "mg/L", "concentration", "steady-state milk theophylline", matrix="milk", dose=1, population=0),
              M(5.3, "mg/L", "concentration", "steady-state milk theophylline", matrix="milk", dose=1, population=0),
              M(7.0, "mg/L", "concentration", "steady-state milk theophylline", matrix="milk", dose=1, population=0),
              M(70, "%", "milk_plasma_ratio", "milk level, % of serum level", matrix="milk", stat="mean",
                dose=1, population=0),
          ],
          citations=[3]),
        S("Among 12 mothers on long-term oral therapy, average milk levels were 3.4 mg/L",
          "study", "theophylline", "oral",
          populations=[P(12, "12 mothers on long-term oral therapy", EXP, MOTHER)],
          doses=[D(300, "mg", "300 mg daily", frequency="per day"),
                 D(600, "mg", "600 mg daily", frequency="per day")],
          measurements=[
              M(3.4, "mg/L", "concentration", "milk theophylline", matrix="milk", stat="mean",
                group="300 mg daily", dose=0, population=None),
              M(6.8, "mg/L", "concentration", "milk theophylline", matrix="milk", stat="mean",
                group="600 mg daily", dose=1, population=None),
              M(7.2, "h", "half_life", "theophylline half-life in milk", matrix="milk", stat="mean",
                dose=None, population=0),
          ],
          comparisons=[C("average milk theophylline by daily dose", [3.4, 6.8], "mg/L", "concentration",
                         "milk theophylline", ["300 mg daily", "600 mg daily"], True, [0, 1], 0.01, "<")],
          citations=[4]),
        S("Six breastfed newborns whose mothers took theophylline 300 to 600 mg daily",
          "study", "theophylline", None,
          populations=[P(6, "Six breastfed newborns whose mothers took theophylline 300 to 600 mg daily", EXP, INFANT)],
          doses=[D(300, "mg", "theophylline 300 to 600 mg daily", amount_high=600, frequency="per day")],
          measurements=[
              M(0.8, "mg/L", "concentration", "infant serum theophylline", matrix="infant_blood", stat="range",
                value_high=2.4, dose=0, population=0),
              M(8, "%", "infant_plasma_ratio", "infant serum level, % of mother's serum level",
                matrix="infant_blood", stat="range", value_high=19, dose=0, population=0),
          ],
          citations=[5]),
        S("One 3-month-old infant had an undetectable serum theophylline level",
          "study", "theophylline", None,
          populations=[P(1, "One 3-month-old infant", EXP, INFANT)],
          doses=[D(200, "mg", "200 mg every 8 hours", frequency="every 8 hours")],
          measurements=[M(0.5, "mg/L", "concentration", "infant serum theophylline (undetectable)",
                          matrix="infant_blood", qualifier="<", dose=0, population=0)],
          citations=[6]),
        S("Irritability and fretful sleep were noted in 1 of 7 infants whose mothers took theophylline",
          "study", "theophylline", None,
          populations=[P(1, "1 of 7 infants whose mothers took theophylline", EXP, INFANT),
                       P(7, "7 infants whose mothers took theophylline", EXP, INFANT)],
          citations=[7]),
        S("A survey comparing 41 infants breastfed during maternal theophylline therapy with 52 unexposed",
          "study", "theophylline", None,
          populations=[P(41, "41 infants breastfed during maternal theophylline therapy", EXP, INFANT),
                       P(52, "52 unexposed breastfed infants", CTL, INFANT)],
          measurements=[
              M(12, "%", "proportion", "infants with irritability", group="theophylline-exposed",
                dose=None, population=0),
              M(10, "%", "proportion", "infants with irritability", group="unexposed", dose=None, population=1),
          ],
          comparisons=[C("infants with irritability", [12, 10], "%", "proportion", "irritability",
                         ["infants breastfed during maternal theophylline therapy", "unexposed breastfed infants"],
                         False, [0, 1])],
          citations=[8]),
        )


# ---------------------------------------------------------------------------
# ae09: LactMed text on a drug site, clonazepam (.txt excerpt, cut mid-word at the end)
# ---------------------------------------------------------------------------
def ae09():
    doc("ae09_clonazepam.txt",
        S("Maternal doses of 0.5 to 1 mg daily have been tolerated by most breastfed infants",
          "recommendation", "clonazepam", None,
          doses=[D(0.5, "mg", "Maternal doses of 0.5 to 1 mg daily", amount_high=1, frequency="per day")],
          citations=[1, 2]),
        S("In 11 mothers taking clonazepam 0.25 to 2 mg daily, milk was sampled",
          "study", "clonazepam", None,
          populations=[P(11, "11 mothers taking clonazepam 0.25 to 2 mg daily", EXP, MOTHER)],
          doses=[D(0.25, "mg", "clonazepam 0.25 to 2 mg daily", amount_high=2, frequency="per day")],
          measurements=[
              M(5.8, "ug/L", "concentration", "milk clonazepam", matrix="milk", stat="mean", dose=0, population=0),
              M(1.9, "ug/L", "concentration", "milk clonazepam", matrix="milk", stat="range", value_high=11.4,
                dose=0, population=0),
              M(0.33, "{ratio}", "milk_plasma_ratio", "milk/plasma ratio", matrix="milk", stat="mean",
                dose=0, population=0),
              M(3.2, "ug/L", "concentration", "milk 7-aminoclonazepam", matrix="milk", analyte="7-aminoclonazepam",
                stat="mean", dose=0, population=0),
              M(0.87, "ug/kg", "infant_dose", "estimated infant clonazepam dose per day", stat="mean",
                dose=0, population=0),
              M(2.8, "%", "relative_infant_dose", "infant dose, % of maternal weight-adjusted dosage",
                dose=0, population=0),
          ],
          citations=[3]),
        S("A mother who took 2 mg of clonazepam twice daily had a total of 9.6 mcg",
          "study", "clonazepam", None,
          doses=[D(2, "mg", "2 mg of clonazepam twice daily", frequency="twice daily")],
          measurements=[
              M(9.6, "ug", "amount_excreted", "clonazepam in milk expressed over 24 hours", dose=0),
              M(34, "h", "half_life", "clonazepam half-life in milk", matrix="milk", dose=0),
          ],
          citations=[4]),
        S("Serum clonazepam was measured in 8 breastfed infants of mothers taking 0.5 to 1.5 mg daily",
          "study", "clonazepam", None,
          populations=[P(8, "8 breastfed infants of mothers taking 0.5 to 1.5 mg daily", EXP, INFANT),
                       P(6, "6 had levels below 1 mcg/L", EXP, INFANT),
                       P(2, "2 had levels of 1.4 and 2.1 mcg/L", EXP, INFANT)],
          doses=[D(0.5, "mg", "0.5 to 1.5 mg daily", amount_high=1.5, frequency="per day")],
          measurements=[
              M(1, "ug/L", "concentration", "infant serum clonazepam", matrix="infant_blood", qualifier="<",
                dose=0, population=1),
              M(1.4, "ug/L", "concentration", "infant serum clonazepam", matrix="infant_blood", dose=0, population=2),
              M(2.1, "ug/L", "concentration", "infant serum clonazepam", matrix="infant_blood", dose=0, population=2),
              M(9, "%", "infant_plasma_ratio", "infant serum level, % of maternal serum level",
                matrix="infant_blood", dose=0, population=2),
              M(14, "%", "infant_plasma_ratio", "infant serum level, % of maternal serum level",
                matrix="infant_blood", dose=0, population=2),
          ],
          citations=[3]),
        S("A breastfed newborn whose mother took clonazepam 2 mg daily throughout pregnancy",
          "study", "clonazepam", None,
          doses=[D(2, "mg", "clonazepam 2 mg daily throughout pregnancy", frequency="per day",
                   duration="throughout pregnancy")],
          measurements=[
              M(4.7, "ug/L", "concentration", "infant serum clonazepam", matrix="infant_blood",
                timepoint="4 days of age", dose=0),
              M(1.0, "ug/L", "concentration", "infant serum clonazepam", matrix="infant_blood",
                timepoint="14 days of age", dose=0),
              M(4, "d", "half_life", "clonazepam half-life in the infant", matrix="infant_blood", dose=0),
          ],
          citations=[5]),
        S("In a cohort comparing 52 breastfed infants of mothers taking clonazepam with 124 infants",
          "study", "clonazepam", None,
          populations=[P(52, "52 breastfed infants of mothers taking clonazepam", EXP, INFANT),
                       P(124, "124 infants of mothers taking no sedating drugs", CTL, INFANT)],
          measurements=[
              M(1.9, "%", "proportion", "infants with sedation", group="mothers taking clonazepam",
                dose=None, population=0),
              M(0.8, "%", "proportion", "infants with sedation", group="mothers taking no sedating drugs",
                dose=None, population=1),
          ],
          comparisons=[C("infants with sedation", [1.9, 0.8], "%", "proportion", "sedation",
                         ["infants of mothers taking clonazepam", "infants of mothers taking no sedating drugs"],
                         False, [0, 1])],
          citations=[6]),
        S("Apnea, cyanosis and hypotonia were reported in a breastfed infant whose mother had taken clonazepam",
          "study", "clonazepam", None,
          citations=[]),
        )


def main():
    for f in (ae01, ae02, ae03, ae04, ae05, ae06, ae07, ae08, ae09):
        f()
    with open(os.path.join(ROOT, "gold.jsonl"), "w", encoding="utf-8") as g, \
            open(os.path.join(ROOT, "comparison_links.jsonl"), "w", encoding="utf-8") as lk:
        for name, sts in DOCS:
            statements = [st for st, _ in sts]
            g.write(json.dumps({"doc": name, "statements": statements}, ensure_ascii=False) + "\n")
            for si, (_, links) in enumerate(sts):
                for ci, mids in enumerate(links):
                    lk.write(json.dumps({"doc": name, "statement": si, "comparison": ci,
                                         "measurement_indices": mids}) + "\n")
    print("wrote %d documents" % len(DOCS))


if __name__ == "__main__":
    main()
