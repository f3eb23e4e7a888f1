#!/usr/bin/env python3
"""Gold annotations for the held-out corpus heldout_ak (FORMAT.md version 2).

Running this script writes ../gold.jsonl (one JSON line per document in ../texts/).
Everything in the texts is invented (SYNTHETIC); see ../README.md for the decisions
taken where FORMAT.md leaves a case open.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "gold.jsonl")


# ----------------------------------------------------------------- helpers
def P(n, text, role, who):
    return {"n": n, "text": text, "role": role, "who": who}


def D(amount, unit, text, recipient="mother", amount_high=None, frequency=None,
      duration=None, stat=None, drug=None):
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
    m["kind"] = kind
    m["matrix"] = matrix
    m["analyte"] = analyte
    m["dose"] = dose
    m["population"] = pop
    return m


def C(values, unit, kind, outcome, arms, significant=None, p=None, q=None, measure=None):
    return {"measure": measure if measure is not None else outcome,
            "values": values, "unit": unit, "kind": kind, "outcome": outcome,
            "arms": arms, "significant": significant, "p_value": p, "p_qualifier": q}


def S(anchor, kind, drug, route, populations, doses, measurements, comparisons, citations):
    return {"anchor": anchor, "kind": kind, "drug": drug, "route": route,
            "populations": populations, "doses": doses, "measurements": measurements,
            "comparisons": comparisons, "citations": citations}


DOCS = []

# ======================================================= ak01 structured abstract
_ = "mefenamic acid"
rescue = "women needing rescue analgesia"
DOCS.append({"doc": "ak01_mefenamic-acid_abstract.txt", "statements": [
    S("women with a second-degree tear or episiotomy who intended to breastfeed were randomly allocated",
      "study", _, "oral",
      [P(162, "the 162 women randomised", "total", "mother"),                 # 0
       P(156, "156 were analysed", "total", "mother"),                        # 1
       P(52, "250 mg, n = 52", "exposed", "mother"),                          # 2
       P(53, "500 mg, n = 53", "exposed", "mother"),                          # 3
       P(51, "placebo, n = 51", "control", "mother"),                         # 4
       P(41, "41 of 53 (77%) women taking the higher dose", "exposed", "mother"),  # 5
       P(32, "32 of 51 (63%) given placebo", "control", "mother"),            # 6
       P(37, "37 of 52 (71%)", "exposed", "mother"),                          # 7
       P(18, "18 women", "exposed", "mother"),                                # 8
       P(9, "9 taking 250 mg", "exposed", "mother"),                          # 9
       P(9, "9 taking 500 mg", "exposed", "mother"),                          # 10
       P(6, "6 infants sampled on day 3", "exposed", "infant")],              # 11
      [D(250, "mg", "mefenamic acid 250 mg", frequency="every 8 hours", duration="for 72 hours"),
       D(500, "mg", "mefenamic acid 500 mg", frequency="every 8 hours", duration="for 72 hours")],
      [M(19, "%", "proportion", rescue, group="250 mg", timepoint="within 6 hours", dose=0, pop=2),   # 0
       M(11, "%", "proportion", rescue, group="500 mg", timepoint="within 6 hours", dose=1, pop=3),   # 1
       M(39, "%", "proportion", rescue, group="placebo", timepoint="within 6 hours", pop=4),         # 2
       M(31, "%", "proportion", rescue, group="250 mg", timepoint="within 24 hours", dose=0, pop=2),  # 3
       M(21, "%", "proportion", rescue, group="500 mg", timepoint="within 24 hours", dose=1, pop=3),  # 4
       M(57, "%", "proportion", rescue, group="placebo", timepoint="within 24 hours", pop=4),        # 5
       M(38, "%", "proportion", rescue, group="250 mg", timepoint="within 48 hours", dose=0, pop=2),  # 6
       M(28, "%", "proportion", rescue, group="500 mg", timepoint="within 48 hours", dose=1, pop=3),  # 7
       M(63, "%", "proportion", rescue, group="placebo", timepoint="within 48 hours", pop=4),        # 8
       M(77, "%", "proportion", "exclusive breastfeeding", group="higher dose (500 mg)",
         timepoint="day 3", dose=1, pop=3),                                                          # 9
       M(63, "%", "proportion", "exclusive breastfeeding", group="placebo", timepoint="day 3", pop=4),  # 10
       M(71, "%", "proportion", "exclusive breastfeeding", group="lower dose (250 mg)",
         timepoint="day 3", dose=0, pop=2),                                                          # 11
       M(6.1, "%", "change", "neonatal weight loss", stat="median", group="250 mg",
         timepoint="by day 3", dose=0, pop=2),                                                       # 12
       M(5.8, "%", "change", "neonatal weight loss", stat="median", group="500 mg",
         timepoint="by day 3", dose=1, pop=3),                                                       # 13
       M(6.4, "%", "change", "neonatal weight loss", stat="median", group="placebo",
         timepoint="by day 3", pop=4),                                                               # 14
       M(0.09, "mg/L", "concentration", "milk mefenamic acid", matrix="milk", stat="mean",
         group="lower dose", timepoint="steady state, day 2", dose=0, pop=9),                        # 15
       M(0.21, "mg/L", "concentration", "milk mefenamic acid", matrix="milk", stat="mean",
         group="higher dose", timepoint="steady state, day 2", dose=1, pop=10),                      # 16
       M(6.8, "mg/L", "concentration", "maternal plasma mefenamic acid", matrix="maternal_blood",
         stat="mean", group="lower dose", timepoint="steady state, day 2", dose=0, pop=9),           # 17
       M(14.9, "mg/L", "concentration", "maternal plasma mefenamic acid", matrix="maternal_blood",
         stat="mean", group="higher dose", timepoint="steady state, day 2", dose=1, pop=10),         # 18
       M(0.013, "{ratio}", "milk_plasma_ratio", "milk/plasma ratio", matrix="milk",
         value_high=0.015, pop=8),                                                                   # 19
       M(32, "ug/kg", "infant_dose", "estimated infant dose per day, at most", qualifier="<=",
         dose=1, pop=10),                                                                            # 20
       M(0.24, "%", "relative_infant_dose", "estimated infant dose, % of maternal weight-adjusted dose",
         qualifier="<=", dose=1, pop=10),                                                            # 21
       M(0.02, "mg/L", "concentration", "infant plasma mefenamic acid (undetectable)",
         matrix="infant_blood", qualifier="<", timepoint="day 3", pop=11)],                          # 22
      [C([19, 39], "%", "proportion", "rescue analgesia within 6 hours", ["250 mg", "placebo"],
         True, 0.02, "="),
       C([11, 39], "%", "proportion", "rescue analgesia within 6 hours", ["500 mg", "placebo"],
         True, 0.001, "<"),
       C([31, 57], "%", "proportion", "rescue analgesia at 24 hours", ["lower dose (250 mg)", "placebo"],
         True, 0.006, "="),
       C([21, 57], "%", "proportion", "rescue analgesia at 24 hours", ["higher dose (500 mg)", "placebo"],
         True, 0.001, "<"),
       C([38, 28, 63], "%", "proportion", "rescue analgesia at 48 hours", ["250 mg", "500 mg", "placebo"]),
       C([77, 63], "%", "proportion", "exclusive breastfeeding on day 3", ["higher dose", "placebo"],
         False, 0.12, "="),
       C([71, 63], "%", "proportion", "exclusive breastfeeding on day 3", ["lower dose", "placebo"],
         False),
       C([6.1, 5.8, 6.4], "%", "change", "median neonatal weight loss by day 3",
         ["250 mg", "500 mg", "placebo"], False, 0.61, "="),
       C([0.09, 0.21], "mg/L", "concentration", "mean milk mefenamic acid concentrations",
         ["lower dose", "higher dose"]),
       C([6.8, 14.9], "mg/L", "concentration", "maternal plasma mefenamic acid levels",
         ["lower dose", "higher dose"])],
      [])]})

# ======================================================= ak02 registry results
_ = "varenicline"
DOCS.append({"doc": "ak02_varenicline_registry.md", "statements": [
    S("Breastfeeding women who were still smoking at least five cigarettes a day",
      "study", _, "oral",
      [P(126, "Enrollment (Actual): 126 participants", "total", "mother"),          # 0
       P(64, "STARTED | 64", "exposed", "mother"),                                # 1
       P(62, "STARTED | 64 | 62", "control", "mother"),                           # 2
       P(58, "COMPLETED | 58", "exposed", "mother"),                              # 3
       P(57, "COMPLETED | 58 | 57", "control", "mother"),                         # 4
       P(6, "NOT COMPLETED | 6", "exposed", "mother"),                            # 5
       P(5, "NOT COMPLETED | 6 | 5", "control", "mother"),                        # 6
       P(20, "20 (31.3%)", "exposed", "mother"),                                  # 7
       P(8, "8 (12.9%)", "control", "mother"),                                    # 8
       P(17, "17 (26.6%)", "exposed", "mother"),                                  # 9
       P(10, "10 (16.1%)", "control", "mother"),                                  # 10
       P(49, "49 (76.6%)", "exposed", "mother"),                                  # 11
       P(45, "45 (72.6%)", "control", "mother"),                                  # 12
       P(55, "Overall Number of Participants Analyzed (infants) | 55", "exposed", "infant"),  # 13
       P(56, "Overall Number of Participants Analyzed (infants) | 55 | 56", "control", "infant"),  # 14
       P(14, "Overall Number of Participants Analyzed | 14", "exposed", "mother"),  # 15
       P(14, "Overall Number of Participants Analyzed (infants) | 14", "exposed", "infant"),  # 16
       P(5, "5 (35.7%)", "exposed", "infant"),                                    # 17
       P(19, "19/64 (29.69%)", "exposed", "mother"),                              # 18
       P(6, "6/62 (9.68%)", "control", "mother"),                                 # 19
       P(5, "5/55 (9.09%)", "exposed", "infant"),                                 # 20
       P(4, "4/56 (7.14%)", "control", "infant")],                                # 21
      [D(0.5, "mg", "Varenicline 0.5 mg by mouth once daily on days 1 to 3",
         frequency="once daily", duration="days 1 to 3"),
       D(0.5, "mg", "0.5 mg twice daily on days 4 to 7", frequency="twice daily", duration="days 4 to 7"),
       D(1, "mg", "then 1 mg twice daily until the end of week 12", frequency="twice daily",
         duration="until the end of week 12")],
      [M(31.3, "%", "proportion", "biochemically verified continuous abstinence, weeks 9 to 12",
         group="Varenicline", timepoint="weeks 9 through 12", pop=1),                               # 0
       M(12.9, "%", "proportion", "biochemically verified continuous abstinence, weeks 9 to 12",
         group="Placebo", timepoint="weeks 9 through 12", pop=2),                                   # 1
       M(18.4, "%", "other", "risk difference in continuous abstinence, varenicline minus placebo (percentage points)"),  # 2
       M(26.6, "%", "proportion", "7-day point-prevalence abstinence", group="Varenicline",
         timepoint="week 24", pop=1),                                                               # 3
       M(16.1, "%", "proportion", "7-day point-prevalence abstinence", group="Placebo",
         timepoint="week 24", pop=2),                                                               # 4
       M(76.6, "%", "proportion", "any breastfeeding", group="Varenicline", timepoint="week 12", pop=1),  # 5
       M(72.6, "%", "proportion", "any breastfeeding", group="Placebo", timepoint="week 12", pop=2),      # 6
       M(27.4, "g", "other", "infant weight gain per day", stat="mean", group="Varenicline",
         timepoint="baseline to week 12", pop=13),                                                  # 7
       M(28.0, "g", "other", "infant weight gain per day", stat="mean", group="Placebo",
         timepoint="baseline to week 12", pop=14),                                                  # 8
       M(3.9, "ng/mL", "concentration", "average milk varenicline over a dosing interval", matrix="milk",
         stat="median", timepoint="week 2, steady state", dose=2, pop=15),                          # 9
       M(1.24, "{ratio}", "milk_plasma_ratio", "milk-to-plasma AUC ratio", matrix="milk", stat="median",
         timepoint="week 2", dose=2, pop=15),                                                       # 10
       M(1.1, "%", "relative_infant_dose", "relative infant dose, % of maternal weight-adjusted dose",
         stat="median", timepoint="week 2", dose=2, pop=15),                                        # 11
       M(35.7, "%", "proportion", "infants with quantifiable plasma varenicline", timepoint="week 2",
         dose=2, pop=16),                                                                           # 12
       M(0.05, "ng/mL", "concentration", "infant plasma varenicline, infants with quantifiable levels",
         matrix="infant_blood", stat="median", timepoint="2 to 4 hours after a maternal dose, week 2",
         dose=2, pop=17),                                                                           # 13
       M(0.03, "ng/mL", "concentration", "infant plasma varenicline, infants with quantifiable levels",
         matrix="infant_blood", value_high=0.09, stat="range",
         timepoint="2 to 4 hours after a maternal dose, week 2", dose=2, pop=17),                   # 14
       M(29.69, "%", "proportion", "nausea (mothers)", group="Varenicline", pop=1),                 # 15
       M(9.68, "%", "proportion", "nausea (mothers)", group="Placebo", pop=2),                      # 16
       M(9.09, "%", "proportion", "sleep disturbance (infants)", group="Varenicline", pop=13),      # 17
       M(7.14, "%", "proportion", "sleep disturbance (infants)", group="Placebo", pop=14)],         # 18
      [C([31.3, 12.9], "%", "proportion", "biochemically verified continuous abstinence, weeks 9 to 12",
         ["Varenicline", "Placebo"], True, 0.013, "="),
       C([26.6, 16.1], "%", "proportion", "7-day point-prevalence abstinence at week 24",
         ["Varenicline", "Placebo"], False, 0.15, "="),
       C([76.6, 72.6], "%", "proportion", "any breastfeeding at week 12",
         ["Varenicline", "Placebo"], False, 0.60, "="),
       C([27.4, 28.0], "g", "other", "infant weight gain from baseline to week 12",
         ["Varenicline", "Placebo"], False, 0.59, "="),
       C([29.69, 9.68], "%", "proportion", "nausea in mothers", ["Varenicline", "Placebo"]),
       C([9.09, 7.14], "%", "proportion", "sleep disturbance in infants", ["Varenicline", "Placebo"])],
      [])]})

# ======================================================= ak03 drug-information web page
_ = "alprazolam"
DOCS.append({"doc": "ak03_alprazolam_druginfo.html", "statements": [
    S("Occasional doses of up to 0.5 mg are unlikely to cause problems in a healthy term infant",
      "recommendation", _, None, [],
      [D(0.5, "mg", "doses of up to 0.5 mg", stat="maximum"),
       D(1, "mg", "more than 1 mg daily", frequency="per day")],
      [], [], [1]),
    S("Eight nursing mothers who were 6 to 28 weeks postpartum each took a single 0.5 mg oral dose",
      "study", _, "oral",
      [P(8, "Eight nursing mothers who were 6 to 28 weeks postpartum", "exposed", "mother")],
      [D(0.5, "mg", "a single 0.5 mg oral dose of alprazolam")],
      [M(3.7, "ug/L", "concentration", "peak milk alprazolam", matrix="milk", stat="mean",
         timepoint="about 1 hour after the dose", dose=0, pop=0),
       M(2.1, "ug/L", "concentration", "peak milk alprazolam", matrix="milk", value_high=6.2,
         stat="range", dose=0, pop=0),
       M(10.6, "ug/L", "concentration", "peak serum alprazolam", matrix="maternal_blood", stat="mean",
         dose=0, pop=0),
       M(0.36, "{ratio}", "milk_plasma_ratio", "milk-to-serum AUC ratio", matrix="milk", dose=0, pop=0),
       M(14.5, "h", "half_life", "alprazolam half-life in milk", matrix="milk", stat="mean", dose=0, pop=0),
       M(11.8, "h", "half_life", "alprazolam half-life in serum", matrix="maternal_blood", stat="mean",
         dose=0, pop=0),
       M(0.3, "ug/kg", "infant_dose", "estimated infant alprazolam dose per day", qualifier="~",
         dose=0, pop=0),
       M(4, "%", "relative_infant_dose", "infant dose, % of maternal weight-adjusted dose",
         qualifier="~", dose=0, pop=0)],
      [], [2]),
    S("Serum alprazolam was measured in 7 breastfed infants, aged 3 to 20 weeks",
      "study", _, None,
      [P(7, "7 breastfed infants, aged 3 to 20 weeks", "exposed", "infant"),
       P(6, "six infants", "exposed", "infant")],
      [D(0.5, "mg", "taking 0.5 to 1.5 mg daily", amount_high=1.5, frequency="per day")],
      [M(1, "ug/L", "concentration", "infant serum alprazolam (below limit of quantitation)",
         matrix="infant_blood", qualifier="<", dose=0, pop=1),
       M(1.8, "ug/L", "concentration", "infant serum alprazolam", matrix="infant_blood",
         group="the remaining infant", dose=0),
       M(9, "%", "infant_plasma_ratio", "infant serum level, % of simultaneous maternal serum level",
         matrix="infant_blood", qualifier="~", group="the remaining infant", dose=0)],
      [], [3]),
    S("A telephone follow-up study compared 42 breastfed infants whose mothers took alprazolam",
      "study", _, None,
      [P(42, "42 breastfed infants whose mothers took alprazolam", "exposed", "infant"),      # 0
       P(51, "51 breastfed infants whose mothers took no psychotropic medication", "control", "infant"),  # 1
       P(3, "3 of 42 (7.1%) exposed", "exposed", "infant"),                                 # 2
       P(2, "2 of 51 (3.9%) unexposed infants", "control", "infant"),                       # 3
       P(2, "2 of 42 (4.8%) exposed infants", "exposed", "infant"),                         # 4
       P(3, "3 of 51 (5.9%) controls", "control", "infant"),                                # 5
       P(12, "12 of 42 (28.6%)", "exposed", "infant"),                                      # 6
       P(9, "9 of 51 (17.6%)", "control", "infant")],                                       # 7
      [D(0.75, "mg", "median 0.75 mg daily", stat="median", frequency="per day"),
       D(0.25, "mg", "range 0.25 to 2 mg", amount_high=2, stat="range", frequency="per day"),
       D(1, "mg", "more than 1 mg daily", frequency="per day")],
      [M(7.1, "%", "proportion", "infants with sedation", group="exposed", dose=0, pop=0),
       M(3.9, "%", "proportion", "infants with sedation", group="unexposed", pop=1),
       M(4.8, "%", "proportion", "infants with feeding difficulties", group="exposed", dose=0, pop=0),
       M(5.9, "%", "proportion", "infants with feeding difficulties", group="controls", pop=1),
       M(28.6, "%", "proportion", "weaning before 3 months", group="exposed", dose=0, pop=0),
       M(17.6, "%", "proportion", "weaning before 3 months", group="unexposed", pop=1)],
      [C([7.1, 3.9], "%", "proportion", "sedation", ["exposed infants", "unexposed infants"],
         False, 0.65, "="),
       C([4.8, 5.9], "%", "proportion", "feeding difficulties", ["exposed infants", "controls"], False),
       C([28.6, 17.6], "%", "proportion", "weaning before 3 months", ["exposed", "unexposed"], False)],
      [4]),
    S("A mother took alprazolam 0.5 mg three times daily throughout pregnancy",
      "study", _, None, [],
      [D(0.5, "mg", "alprazolam 0.5 mg three times daily", frequency="three times daily",
         duration="throughout pregnancy and for the first 9 months of breastfeeding")],
      [], [], [5]),
]})

# ======================================================= ak04 press release
_ = "meloxicam"
DOCS.append({"doc": "ak04_meloxicam_pressrelease.html", "statements": [
    S("produced more breast milk in the first days after birth than women given a dummy infusion",
      "study", _, "intravenous",
      [P(120, "120 mothers", "total", "mother"),                                           # 0
       P(61, "61 were assigned to receive meloxicam", "exposed", "mother"),                # 1
       P(59, "59 to an identical-looking saline drip", "control", "mother"),               # 2
       P(49, "49 of the 61 meloxicam mothers (80.3%)", "exposed", "mother"),               # 3
       P(40, "40 of the 59 saline mothers (67.8%)", "control", "mother"),                  # 4
       P(58, "58 and 56 women respectively", "exposed", "mother"),                         # 5
       P(56, "56 women respectively", "control", "mother"),                                # 6
       P(5, "5 of the 61 babies (8%) in the meloxicam group", "exposed", "infant"),        # 7
       P(6, "6 of the 59 (10%) in the saline group", "control", "infant"),                 # 8
       P(20, "20 of the mothers taking meloxicam", "exposed", "mother")],                  # 9
      [D(30, "mg", "meloxicam 30 mg intravenously once a day for two days", frequency="once a day",
         duration="for two days")],
      [M(23, "%", "proportion", "mothers needing extra pain relief", group="meloxicam",
         timepoint="first 24 hours", dose=0, pop=1),                                        # 0
       M(47, "%", "proportion", "mothers needing extra pain relief", group="saline",
         timepoint="first 24 hours", pop=2),                                                # 1
       M(412, "mL", "milk_volume", "milk production per day (test weighing)", stat="mean",
         group="meloxicam", timepoint="day 3", dose=0, pop=1),                              # 2
       M(331, "mL", "milk_volume", "milk production per day (test weighing)", stat="mean",
         group="saline", timepoint="day 3", pop=2),                                         # 3
       M(24, "%", "change", "milk production, meloxicam relative to saline", qualifier="~",
         timepoint="day 3"),                                                                # 4
       M(236, "mL", "milk_volume", "milk production per day", group="meloxicam", timepoint="day 2",
         dose=0, pop=1),                                                                    # 5
       M(214, "mL", "milk_volume", "milk production per day", group="saline", timepoint="day 2",
         pop=2),                                                                            # 6
       M(80.3, "%", "proportion", "exclusive breastfeeding", group="meloxicam", timepoint="discharge",
         dose=0, pop=1),                                                                    # 7
       M(67.8, "%", "proportion", "exclusive breastfeeding", group="saline", timepoint="discharge",
         pop=2),                                                                            # 8
       M(69.0, "%", "proportion", "exclusive breastfeeding", group="meloxicam",
         timepoint="six weeks after the birth", dose=0, pop=5),                             # 9
       M(48.2, "%", "proportion", "exclusive breastfeeding", group="saline",
         timepoint="six weeks after the birth", pop=6),                                     # 10
       M(8, "%", "proportion", "babies judged too sleepy to feed", group="meloxicam", dose=0, pop=1),  # 11
       M(10, "%", "proportion", "babies judged too sleepy to feed", group="saline", pop=2),           # 12
       M(6.6, "%", "proportion", "jaundice needing phototherapy", group="meloxicam", dose=0, pop=1),  # 13
       M(8.5, "%", "proportion", "jaundice needing phototherapy", group="saline", pop=2),             # 14
       M(5, "ng/mL", "concentration", "milk meloxicam (below detection limit)", matrix="milk",
         qualifier="<", dose=0, pop=9)],                                                    # 15
      [C([23, 47], "%", "proportion", "extra pain relief in the first 24 hours", ["meloxicam", "saline"],
         True, 0.005, "="),
       C([412, 331], "mL", "milk_volume", "milk production on day 3", ["meloxicam", "saline group"],
         True, 0.003, "="),
       C([236, 214], "mL", "milk_volume", "milk production on day 2", ["meloxicam", "saline"], False),
       C([80.3, 67.8], "%", "proportion", "exclusive breastfeeding at discharge",
         ["meloxicam mothers", "saline mothers"], False, 0.12, "="),
       C([69.0, 48.2], "%", "proportion", "exclusive breastfeeding six weeks after the birth",
         ["meloxicam group", "saline"], True, 0.02, "="),
       C([8, 10], "%", "proportion", "babies too sleepy to feed", ["meloxicam group", "saline group"]),
       C([6.6, 8.5], "%", "proportion", "jaundice needing phototherapy", ["meloxicam", "saline"], False)],
      [])]})

# ======================================================= ak05 conference abstract
_ = "prochlorperazine"
DOCS.append({"doc": "ak05_prochlorperazine_conference.txt", "statements": [
    S("an open-label before-and-after study, sixteen mothers of infants born before 32 weeks",
      "study", _, "oral",
      [P(16, "sixteen mothers of infants born before 32 weeks' gestation", "exposed", "mother"),  # 0
       P(6, "6 mothers who were weaning term infants", "exposed", "mother"),                     # 1
       P(2, "Two mothers reported restlessness", "exposed", "mother"),                           # 2
       P(1, "one of them", "exposed", "mother")],                                                # 3
      [D(5, "mg", "prochlorperazine 5 mg orally three times daily for 7 days",
         frequency="three times daily", duration="for 7 days"),
       D(5, "mg", "single oral doses of 5, 10 and 20 mg"),
       D(10, "mg", "single oral doses of 5, 10 and 20 mg"),
       D(20, "mg", "single oral doses of 5, 10 and 20 mg")],
      [M(38, "ng/mL", "concentration", "trough serum prolactin", matrix="maternal_blood",
         analyte="prolactin", stat="mean", timepoint="baseline", pop=0),                       # 0
       M(97, "ng/mL", "concentration", "trough serum prolactin", matrix="maternal_blood",
         analyte="prolactin", stat="mean", timepoint="day 3", dose=0, pop=0),                  # 1
       M(112, "ng/mL", "concentration", "trough serum prolactin", matrix="maternal_blood",
         analyte="prolactin", stat="mean", timepoint="day 7", dose=0, pop=0),                  # 2
       M(286, "mL", "milk_volume", "24-hour pumped volume", stat="mean", timepoint="baseline", pop=0),  # 3
       M(371, "mL", "milk_volume", "24-hour pumped volume", stat="mean", timepoint="day 7",
         dose=0, pop=0),                                                                       # 4
       M(30, "%", "change", "rise in pumped volume", timepoint="baseline to day 7", dose=0, pop=0),  # 5
       M(301, "mL", "milk_volume", "24-hour pumped volume", stat="mean", timepoint="day 3",
         dose=0, pop=0),                                                                       # 6
       M(131, "ng/mL", "concentration", "serum prolactin", matrix="maternal_blood", analyte="prolactin",
         timepoint="day 7, 1 h after the morning dose", dose=0, pop=0),                        # 7
       M(158, "ng/mL", "concentration", "serum prolactin", matrix="maternal_blood", analyte="prolactin",
         timepoint="day 7, 3 h after the morning dose", dose=0, pop=0),                        # 8
       M(124, "ng/mL", "concentration", "serum prolactin", matrix="maternal_blood", analyte="prolactin",
         timepoint="day 7, 6 h after the morning dose", dose=0, pop=0),                        # 9
       M(0.8, "ng/mL", "concentration", "peak milk prochlorperazine", matrix="milk", stat="mean",
         group="5 mg", dose=1, pop=1),                                                         # 10
       M(1.9, "ng/mL", "concentration", "peak milk prochlorperazine", matrix="milk", stat="mean",
         group="10 mg", dose=2, pop=1),                                                        # 11
       M(4.6, "ng/mL", "concentration", "peak milk prochlorperazine", matrix="milk", stat="mean",
         group="20 mg", dose=3, pop=1),                                                        # 12
       M(2.3, "ng/mL", "concentration", "peak plasma prochlorperazine", matrix="maternal_blood",
         group="5 mg", dose=1, pop=1),                                                         # 13
       M(5.2, "ng/mL", "concentration", "peak plasma prochlorperazine", matrix="maternal_blood",
         group="10 mg", dose=2, pop=1),                                                        # 14
       M(12.1, "ng/mL", "concentration", "peak plasma prochlorperazine", matrix="maternal_blood",
         group="20 mg", dose=3, pop=1),                                                        # 15
       M(0.33, "{ratio}", "milk_plasma_ratio", "milk/plasma AUC ratio", matrix="milk", group="5 mg",
         dose=1, pop=1),                                                                       # 16
       M(0.36, "{ratio}", "milk_plasma_ratio", "milk/plasma AUC ratio", matrix="milk", group="10 mg",
         dose=2, pop=1),                                                                       # 17
       M(0.38, "{ratio}", "milk_plasma_ratio", "milk/plasma AUC ratio", matrix="milk", group="20 mg",
         dose=3, pop=1),                                                                       # 18
       M(7.9, "h", "half_life", "prochlorperazine half-life in milk", matrix="milk", stat="mean", pop=1),  # 19
       M(6.1, "h", "half_life", "prochlorperazine half-life in milk", matrix="milk", value_high=10.4,
         stat="range", pop=1),                                                                 # 20
       M(0.3, "%", "relative_infant_dose", "infant dose, % of maternal weight-adjusted dose",
         value_high=0.5, stat="range", pop=1)],                                                # 21
      [C([38, 97], "ng/mL", "concentration", "mean trough prolactin", ["baseline", "day 3"],
         True, 0.001, "<"),
       C([38, 112], "ng/mL", "concentration", "mean trough prolactin", ["baseline", "day 7"],
         True, 0.001, "<"),
       C([286, 371], "mL", "milk_volume", "pumped volume", ["baseline", "day 7"], True, 0.003, "="),
       C([301, 286], "mL", "milk_volume", "pumped volume", ["day 3", "baseline"], False),
       C([0.8, 1.9, 4.6], "ng/mL", "concentration", "mean peak milk concentrations",
         ["5 mg", "10 mg", "20 mg"]),
       C([2.3, 5.2, 12.1], "ng/mL", "concentration", "peak plasma levels", ["5 mg", "10 mg", "20 mg"]),
       C([0.33, 0.36, 0.38], "{ratio}", "milk_plasma_ratio", "milk/plasma AUC ratios",
         ["5 mg", "10 mg", "20 mg"], False)],
      [])]})

# ======================================================= ak06 evidence summary
_ = "cefadroxil"
DOCS.append({"doc": "ak06_cefadroxil_evidence.md", "statements": [
    S("We found three trials that together included 412 breastfeeding women with mastitis",
      "study", _, None,
      [P(412, "412 breastfeeding women with mastitis", "total", "mother")],
      [],
      [M(67, "%", "proportion", "symptoms cleared (pooled)", group="cefadroxil", timepoint="day 5"),
       M(50, "%", "proportion", "symptoms cleared (pooled)", group="no cefadroxil", timepoint="day 5"),
       M(1.4, "%", "proportion", "breast abscess (pooled)", group="cefadroxil"),
       M(4.4, "%", "proportion", "breast abscess (pooled)", group="no cefadroxil"),
       M(11, "%", "proportion", "stopped breastfeeding (pooled)", group="cefadroxil groups",
         timepoint="two weeks"),
       M(12, "%", "proportion", "stopped breastfeeding (pooled)", group="comparison groups",
         timepoint="two weeks")],
      [C([67, 50], "%", "proportion", "symptoms cleared by day 5", ["cefadroxil", "did not take cefadroxil"],
         True, 0.001, "<"),
       C([1.4, 4.4], "%", "proportion", "breast abscess", ["with cefadroxil", "without cefadroxil"],
         False, 0.09, "="),
       C([11, 12], "%", "proportion", "stopped breastfeeding by two weeks",
         ["cefadroxil groups", "comparison groups"], False)],
      [1, 2, 3]),
    S("Okafor and colleagues randomly assigned 146 women who had had mastitis for less than 48 hours",
      "study", _, None,
      [P(146, "146 women who had had mastitis for less than 48 hours", "total", "mother"),   # 0
       P(52, "52 of 74 women (70%) on cefadroxil", "exposed", "mother"),                   # 1
       P(74, "74 women (70%) on cefadroxil", "exposed", "mother"),                         # 2
       P(35, "35 of 72 (49%) who managed without an antibiotic", "control", "mother"),      # 3
       P(72, "72 (49%) who managed without an antibiotic", "control", "mother"),            # 4
       P(1, "One woman in the cefadroxil arm", "exposed", "mother"),                        # 5
       P(4, "four in the comparison arm", "control", "mother")],                            # 6
      [D(500, "mg", "cefadroxil 500 mg twice daily for 7 days", frequency="twice daily",
         duration="for 7 days")],
      [M(70, "%", "proportion", "free of symptoms", group="cefadroxil", timepoint="day 5", dose=0, pop=2),
       M(49, "%", "proportion", "free of symptoms", group="without an antibiotic", timepoint="day 5",
         pop=4)],
      [C([70, 49], "%", "proportion", "free of symptoms on day 5",
         ["cefadroxil", "without an antibiotic"], True, 0.008, "=")],
      [1]),
    S("This placebo-controlled trial enrolled 120 women",
      "study", _, None,
      [P(120, "120 women", "total", "mother"),                                              # 0
       P(61, "61 took cefadroxil 1 g once daily for 10 days", "exposed", "mother"),         # 1
       P(59, "59 took identical placebo capsules", "control", "mother"),                    # 2
       P(41, "41 of 61", "exposed", "mother"),                                              # 3
       P(30, "30 of 59 women", "control", "mother"),                                        # 4
       P(10, "10 women", "exposed", "mother")],                                             # 5
      [D(1, "g", "cefadroxil 1 g once daily for 10 days", frequency="once daily", duration="for 10 days")],
      [M(67, "%", "proportion", "symptoms resolved", group="cefadroxil", timepoint="day 5", dose=0, pop=1),
       M(51, "%", "proportion", "symptoms resolved", group="placebo", timepoint="day 5", pop=2),
       M(1.6, "mg/L", "concentration", "milk cefadroxil", matrix="milk", stat="mean",
         timepoint="2 hours after a dose", dose=0, pop=5),
       M(6, "%", "milk_plasma_ratio", "milk level, % of simultaneous maternal blood level",
         matrix="milk", qualifier="~", dose=0, pop=5),
       M(0.24, "mg/kg", "infant_dose", "estimated infant cefadroxil dose per day", qualifier="~",
         dose=0, pop=5),
       M(1, "%", "relative_infant_dose", "infant dose, % of the usual infant dose", qualifier="<",
         dose=0, pop=5)],
      [C([67, 51], "%", "proportion", "symptoms resolved by day 5", ["cefadroxil", "placebo"],
         False, 0.07, "=")],
      [2]),
    S("In the most recent trial, 146 women were given either cefadroxil 500 mg every 12 hours",
      "study", _, None,
      [P(146, "146 women", "total", "mother"),                                              # 0
       P(73, "cefadroxil 500 mg every 12 hours for 5 days (n = 73)", "exposed", "mother"),  # 1
       P(73, "identical placebo capsules (n = 73)", "control", "mother"),                   # 2
       P(6, "6 of 73 babies (8.2%) whose mothers took cefadroxil", "exposed", "infant"),    # 3
       P(4, "4 of 73 (5.5%) in the placebo group", "control", "infant")],                   # 4
      [D(500, "mg", "cefadroxil 500 mg every 12 hours for 5 days", frequency="every 12 hours",
         duration="for 5 days")],
      [M(64, "%", "proportion", "free of symptoms", group="cefadroxil", timepoint="day 5", dose=0, pop=1),
       M(49, "%", "proportion", "free of symptoms", group="placebo", timepoint="day 5", pop=2),
       M(8.2, "%", "proportion", "babies with diarrhoea", group="cefadroxil", dose=0, pop=1),
       M(5.5, "%", "proportion", "babies with diarrhoea", group="placebo", pop=2),
       M(2.7, "%", "proportion", "oral thrush", group="cefadroxil", dose=0, pop=1),
       M(1.4, "%", "proportion", "oral thrush", group="placebo", pop=2)],
      [C([64, 49], "%", "proportion", "free of symptoms by day 5", ["cefadroxil", "placebo"],
         True, 0.04, "="),
       C([8.2, 5.5], "%", "proportion", "diarrhoea in babies", ["cefadroxil", "placebo group"], False),
       C([2.7, 1.4], "%", "proportion", "oral thrush", ["cefadroxil", "placebo"], False)],
      [3]),
    S("a 5- to 7-day course of cefadroxil 500 mg twice daily is a reasonable choice",
      "recommendation", _, None, [],
      [D(500, "mg", "a 5- to 7-day course of cefadroxil 500 mg twice daily", frequency="twice daily",
         duration="5- to 7-day course")],
      [], [], []),
]})


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        for d in DOCS:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print("wrote %s (%d documents, %d statements)" % (
        os.path.normpath(OUT), len(DOCS), sum(len(d["statements"]) for d in DOCS)))


if __name__ == "__main__":
    main()
