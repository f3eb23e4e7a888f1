#!/usr/bin/env python3
"""Gold annotations for the ar held-out corpus (FORMAT.md version 2).

Running this file writes ../gold.jsonl (one JSON line per document, keys and
structure as in /work/shared/gold/dev.jsonl).  The side tables STRETCH_END and
WORDED are not part of the gold; tools/check.py imports them to locate each
statement's stretch of text and to verify numbers that the text writes in words.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "gold.jsonl")


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


def C(measure, values, unit, kind, outcome, arms, significant=None, p=None, pq=None):
    return {"measure": measure, "values": values, "unit": unit, "kind": kind,
            "outcome": outcome, "arms": arms, "significant": significant,
            "p_value": p, "p_qualifier": pq}


def S(anchor, kind, drug, route, populations=(), doses=(), measurements=(),
      comparisons=(), citations=()):
    return {"anchor": anchor, "kind": kind, "drug": drug, "route": route,
            "populations": list(populations), "doses": list(doses),
            "measurements": list(measurements), "comparisons": list(comparisons),
            "citations": list(citations)}


DOCS = []        # list of (doc name, [statements])
STRETCH_END = {}  # doc -> [end snippet per statement]; stretch = anchor .. end snippet
WORDED = {}      # doc -> {value: phrase}: values the text writes in words

# =================================================================== ar01
d = "ar01_nefopam_abstract.txt"
s1 = S("To assess whether two doses of intravenous nefopam, given for pain relief after caesarean section",
       "study", "nefopam", "intravenous",
       populations=[
           P(186, "186 women having an elective caesarean section at term under spinal anaesthesia who intended to breastfeed", "total", "mother"),  # 0
           P(62, "62 were allocated to nefopam 20 mg", "exposed", "mother"),   # 1
           P(63, "63 to nefopam 40 mg", "exposed", "mother"),                   # 2
           P(61, "61 to placebo", "control", "mother"),                          # 3
           P(41, "41/63", "exposed", "mother"),                                  # 4
           P(47, "47/61", "control", "mother"),                                  # 5
           P(45, "45/62", "exposed", "mother"),                                  # 6
           P(12, "12/63", "exposed", "infant"),                                  # 7
           P(3, "3/61", "control", "infant"),                                    # 8
           P(4, "4/62", "exposed", "infant"),                                    # 9
           P(13, "13 women given 20 mg", "exposed", "mother"),                   # 10
           P(11, "11 given 40 mg", "exposed", "mother"),                         # 11
       ],
       doses=[
           D(20, "mg", "Nefopam 20 mg", frequency="every 8 hours", duration="for 48 hours"),
           D(40, "mg", "40 mg infused intravenously over 30 minutes every 8 hours for 48 hours",
             frequency="every 8 hours", duration="for 48 hours"),
       ],
       measurements=[
           M(65, "%", "proportion", "exclusive breastfeeding at discharge", dose=1, pop=2, group="nefopam 40 mg arm"),   # 0
           M(77, "%", "proportion", "exclusive breastfeeding at discharge", dose=None, pop=3, group="placebo arm"),       # 1
           M(0.84, "{ratio}", "other", "relative risk of exclusive breastfeeding at discharge, 40 mg vs placebo"),       # 2
           M(73, "%", "proportion", "exclusive breastfeeding at discharge", dose=0, pop=1, group="nefopam 20 mg arm"),   # 3
           M(0.94, "{ratio}", "other", "relative risk of exclusive breastfeeding at discharge, 20 mg vs placebo"),       # 4
           M(19, "%", "proportion", "neonatal drowsiness requiring stimulation", dose=1, pop=2, group="nefopam 40 mg"), # 5
           M(5, "%", "proportion", "neonatal drowsiness requiring stimulation", dose=None, pop=3, group="placebo"),     # 6
           M(3.87, "{ratio}", "other", "relative risk of neonatal drowsiness, 40 mg vs placebo"),                        # 7
           M(6, "%", "proportion", "neonatal drowsiness requiring stimulation", dose=0, pop=1, group="20 mg arm"),      # 8
           M(1.31, "{ratio}", "other", "relative risk of neonatal drowsiness, 20 mg vs placebo"),                        # 9
           M(58, "h", "other", "time to lactogenesis II", dose=0, pop=1, stat="median", group="20 mg"),                 # 10
           M(61, "h", "other", "time to lactogenesis II", dose=1, pop=2, stat="median", group="40 mg"),                 # 11
           M(57, "h", "other", "time to lactogenesis II", dose=None, pop=3, stat="median", group="placebo"),            # 12
           M(18.6, "ug/L", "concentration", "colostrum nefopam", matrix="milk", dose=0, pop=10, stat="median",
             group="20 mg", timepoint="two hours after the third infusion"),                                             # 13
           M(39.0, "ug/L", "concentration", "colostrum nefopam", matrix="milk", dose=1, pop=11, stat="median",
             group="40 mg", timepoint="two hours after the third infusion"),                                             # 14
           M(6.1, "ug/L", "concentration", "colostrum desmethylnefopam", matrix="milk", analyte="desmethylnefopam",
             dose=0, pop=10, group="20 mg", timepoint="two hours after the third infusion"),                             # 15
           M(12.8, "ug/L", "concentration", "colostrum desmethylnefopam", matrix="milk", analyte="desmethylnefopam",
             dose=1, pop=11, group="40 mg", timepoint="two hours after the third infusion"),                             # 16
           M(0.8, "%", "relative_infant_dose", "estimated infant dose, % of maternal weight-adjusted dose", dose=0, pop=10),  # 17
           M(0.9, "%", "relative_infant_dose", "estimated infant dose, % of maternal weight-adjusted dose", dose=1, pop=11),  # 18
       ],
       comparisons=[
           C("exclusive breastfeeding at discharge, 40 mg vs placebo", [65, 77], "%", "proportion",
             "exclusive breastfeeding at discharge", ["nefopam 40 mg arm", "placebo arm"], False),
           C("exclusive breastfeeding at discharge, 20 mg vs placebo", [73, 77], "%", "proportion",
             "exclusive breastfeeding at discharge", ["nefopam 20 mg arm", "placebo"], None),
           C("neonatal drowsiness requiring stimulation, 40 mg vs placebo", [19, 5], "%", "proportion",
             "neonatal drowsiness requiring stimulation", ["nefopam 40 mg", "placebo"], True),
           C("neonatal drowsiness requiring stimulation, 20 mg vs placebo", [6, 5], "%", "proportion",
             "neonatal drowsiness requiring stimulation", ["20 mg arm", "placebo"], False),
           C("neonatal drowsiness, 40 mg vs 20 mg", [19, 6], "%", "proportion",
             "drowsiness", ["40 mg", "20 mg"], True, 0.04, "="),
           C("exclusive breastfeeding at discharge, 40 mg vs 20 mg", [65, 73], "%", "proportion",
             "exclusive breastfeeding at discharge", ["40 mg", "20 mg"], False, 0.36, "="),
           C("median time to lactogenesis II across arms", [58, 61, 57], "h", "other",
             "time to lactogenesis II", ["20 mg", "40 mg", "placebo"], False, 0.41, "="),
           C("median colostrum nefopam, 20 mg vs 40 mg", [18.6, 39.0], "ug/L", "concentration",
             "colostrum nefopam two hours after the third infusion", ["20 mg", "40 mg"], True, 0.001, "<"),
           C("colostrum desmethylnefopam, 20 mg vs 40 mg", [6.1, 12.8], "ug/L", "concentration",
             "colostrum desmethylnefopam", ["20 mg", "40 mg"], None),
           C("estimated relative infant dose, 20 mg vs 40 mg", [0.8, 0.9], "%", "relative_infant_dose",
             "estimated infant dose, % of maternal weight-adjusted dose", ["20 mg", "40 mg"], None),
       ])
DOCS.append((d, [s1]))
STRETCH_END[d] = ["colostrum exposure is small at either dose."]

# =================================================================== ar02
d = "ar02_semaglutide_news.html"
s1 = S("pass only minute amounts of the drug into their milk", "study", "semaglutide", "subcutaneous",
       populations=[
           P(26, "26 breastfeeding mothers who had restarted the drug", "exposed", "mother"),  # 0
           P(11, "Eleven of the women were on the 0.5 mg weekly dose", "exposed", "mother"),  # 1
           P(9, "nine were taking 1 mg", "exposed", "mother"),                                 # 2
           P(6, "six the 2.4 mg dose used for weight management", "exposed", "mother"),        # 3
           P(7, "seven of the babies", "exposed", "infant"),                                   # 4
           P(40, "40 breastfed babies whose mothers were not using the drug", "control", "infant"),  # 5
           P(14, "Fourteen of the mothers", "exposed", "mother"),                              # 6
       ],
       doses=[
           D(0.5, "mg", "the 0.5 mg weekly dose", frequency="weekly"),
           D(1, "mg", "1 mg", frequency="weekly"),
           D(2.4, "mg", "the 2.4 mg dose used for weight management", frequency="weekly"),
       ],
       measurements=[
           M(1, "%", "milk_plasma_ratio", "milk semaglutide, % of maternal blood level", matrix="milk",
             qualifier="<", pop=0),                                                                     # 0
           M(1.9, "ng/mL", "concentration", "milk semaglutide", matrix="milk", dose=2, pop=3, stat="mean",
             group="top dose"),                                                                         # 1
           M(0.9, "ng/mL", "concentration", "milk semaglutide", matrix="milk", dose=1, pop=2, group="1 mg group"),  # 2
           M(0.4, "ng/mL", "concentration", "milk semaglutide", matrix="milk", dose=0, pop=1, group="lowest dose"), # 3
           M(0.1, "%", "relative_infant_dose", "infant dose, % of maternal weight-adjusted dose", qualifier="<",
             dose=2, pop=3),                                                                            # 4
           M(0.2, "ng/mL", "concentration", "infant blood semaglutide (undetectable)", matrix="infant_blood",
             qualifier="<", pop=4),                                                                     # 5
           M(20, "%", "proportion", "babies with spitting up or looser stools", qualifier="~", pop=0,
             group="babies in the study"),                                                              # 6
           M(18, "%", "proportion", "babies with spitting up or looser stools", pop=5, group="comparison group"),  # 7
           M(690, "mL", "milk_volume", "daily pumped milk volume", pop=6, stat="mean",
             timepoint="before restarting semaglutide"),                                                # 8
           M(705, "mL", "milk_volume", "daily pumped milk volume", pop=6, stat="mean",
             timepoint="four weeks later"),                                                             # 9
       ],
       comparisons=[
           C("milk semaglutide by dose", [1.9, 0.9, 0.4], "ng/mL", "concentration", "milk semaglutide levels",
             ["top dose", "1 mg group", "lowest dose"], None),
           C("babies with spitting up or looser stools, exposed vs comparison group", [20, 18], "%", "proportion",
             "spitting up or looser stools", ["babies in the study", "comparison group"], False),
           C("daily pumped milk volume before vs after restarting", [690, 705], "mL", "milk_volume",
             "daily pumped milk volume", ["before restarting", "four weeks later"], None),
       ])
s2 = S("The results are in line with an earlier, smaller report from Denmark", "study", "semaglutide", None,
       populations=[
           P(8, "eight women tested", "exposed", "mother"),
           P(2, "two of eight women tested", "exposed", "mother"),
       ],
       measurements=[
           M(0.6, "ng/mL", "concentration", "milk semaglutide", matrix="milk", qualifier="<=", pop=1),
       ])
DOCS.append((d, [s1, s2]))
STRETCH_END[d] = ["I’d still talk it through with the mother.”", "at levels no higher than 0.6 ng/mL."]
WORDED[d] = {1: "below one per cent", 0.1: "under a thousandth", 20: "one in five babies"}

# =================================================================== ar03
d = "ar03_perphenazine_lactmed.md"
a0 = S("Limited information indicates that maternal doses of perphenazine of up to 24 mg daily",
       "recommendation", "perphenazine", None,
       doses=[D(24, "mg", "maternal doses of perphenazine of up to 24 mg daily", stat="maximum",
                frequency="per day")],
       citations=[1])
a1 = S("Seven women who were 3 to 10 weeks postpartum were taking perphenazine 8 mg orally twice daily",
       "study", "perphenazine", "oral",
       populations=[P(7, "Seven women who were 3 to 10 weeks postpartum", "exposed", "mother")],
       doses=[D(8, "mg", "perphenazine 8 mg orally twice daily", frequency="twice daily")],
       measurements=[
           M(2.1, "ug/L", "concentration", "milk perphenazine", matrix="milk", dose=0, pop=0, stat="mean",
             timepoint="1 hour after the morning dose"),
           M(3.4, "ug/L", "concentration", "milk perphenazine", matrix="milk", dose=0, pop=0, stat="mean",
             timepoint="2 hours after the morning dose"),
           M(2.6, "ug/L", "concentration", "milk perphenazine", matrix="milk", dose=0, pop=0, stat="mean",
             timepoint="4 hours after the morning dose"),
           M(1.5, "ug/L", "concentration", "milk perphenazine", matrix="milk", dose=0, pop=0, stat="mean",
             timepoint="8 hours after the morning dose"),
           M(0.9, "ug/L", "concentration", "milk perphenazine", matrix="milk", dose=0, pop=0, stat="mean",
             timepoint="12 hours after the morning dose"),
           M(3.6, "ug/L", "concentration", "peak milk perphenazine", matrix="milk", dose=0, pop=0, stat="mean"),
           M(1.8, "ug/L", "concentration", "peak milk perphenazine", matrix="milk", dose=0, pop=0,
             value_high=5.9, stat="range"),
           M(0.7, "ug/L", "concentration", "trough milk perphenazine", matrix="milk", dose=0, pop=0, stat="mean",
             timepoint="just before the next dose"),
           M(1.1, "ug/L", "concentration", "peak milk N-dealkylperphenazine", matrix="milk",
             analyte="n-dealkylperphenazine", dose=0, pop=0, stat="mean", timepoint="4 hours"),
           M(0.7, "{ratio}", "milk_plasma_ratio", "milk-to-plasma ratio of perphenazine", matrix="milk",
             dose=0, pop=0, value_high=1.1, stat="range", timepoint="across the dosing interval"),
           M(0.4, "{ratio}", "milk_plasma_ratio", "milk-to-plasma ratio of perphenazine sulfoxide", matrix="milk",
             analyte="perphenazine sulfoxide", dose=0, pop=0, stat="mean"),
           M(0.2, "%", "relative_infant_dose", "estimated infant dose, % of maternal weight-adjusted dosage",
             dose=0, pop=0),
       ],
       citations=[2])
a2 = S("A woman taking perphenazine 24 mg daily in three divided doses provided milk samples",
       "study", "perphenazine", None,
       doses=[D(24, "mg", "perphenazine 24 mg daily in three divided doses", frequency="per day")],
       measurements=[
           M(4.2, "ug/L", "concentration", "milk perphenazine", matrix="milk", dose=0, value_high=9.8,
             stat="range", timepoint="over a 24-hour period"),
           M(1.1, "ug/kg", "infant_dose", "estimated infant dose per day, average-concentration (AUC) method", dose=0),
           M(1.5, "ug/kg", "infant_dose", "estimated infant dose per day, highest single milk level", dose=0),
           M(0.32, "%", "relative_infant_dose", "infant dose (AUC method), % of maternal weight-adjusted dosage", dose=0),
           M(0.44, "%", "relative_infant_dose", "infant dose (highest level), % of maternal weight-adjusted dosage", dose=0),
           M(4.6, "ug", "amount_excreted", "perphenazine excreted into milk", dose=0, timepoint="during the 24 hours"),
       ],
       citations=[3])
a3 = S("Serum perphenazine was measured in five breastfed infants aged 2 weeks to 5 months",
       "study", "perphenazine", None,
       populations=[
           P(5, "five breastfed infants aged 2 weeks to 5 months", "exposed", "infant"),
           P(3, "3 of the infants", "exposed", "infant"),
           P(2, "the other 2", "exposed", "infant"),
       ],
       doses=[D(4, "mg", "4 to 16 mg daily", amount_high=16, frequency="per day")],
       measurements=[
           M(0.1, "ug/L", "concentration", "infant serum perphenazine (undetectable)", matrix="infant_blood",
             qualifier="<", dose=0, pop=1),
           M(0.2, "ug/L", "concentration", "infant serum perphenazine", matrix="infant_blood", dose=0, pop=2),
           M(0.3, "ug/L", "concentration", "infant serum perphenazine", matrix="infant_blood", dose=0, pop=2),
           M(2, "%", "infant_plasma_ratio", "infant serum level, % of maternal serum level", matrix="infant_blood",
             qualifier="~", dose=0, pop=2),
       ],
       citations=[4])
a4 = S("A mother received perphenazine enanthate 50 mg intramuscularly every 2 weeks",
       "study", "perphenazine enanthate", "intramuscular",
       doses=[D(50, "mg", "perphenazine enanthate 50 mg intramuscularly every 2 weeks", frequency="every 2 weeks",
                duration="throughout pregnancy and postpartum")],
       measurements=[
           M(0.4, "ug/L", "concentration", "infant serum perphenazine", matrix="infant_blood", dose=0,
             timepoint="at 6 weeks of age"),
           M(5.2, "ug/L", "concentration", "maternal serum perphenazine", matrix="maternal_blood", dose=0,
             timepoint="drawn at the same time"),
       ],
       citations=[5])
a5 = S("In a prospective cohort study from a perinatal psychiatry service, 38 breastfed infants",
       "study", "perphenazine", None,
       populations=[
           P(38, "38 breastfed infants of mothers taking perphenazine", "exposed", "infant"),
           P(76, "76 breastfed infants whose mothers were not taking any psychotropic drug", "control", "infant"),
           P(5, "5 of the 38 exposed infants", "exposed", "infant"),
           P(4, "4 of the 76 unexposed infants", "control", "infant"),
       ],
       doses=[
           D(8, "mg", "median dose 8 mg daily", stat="median", frequency="per day"),
           D(2, "mg", "range 2 to 24 mg daily", amount_high=24, stat="range", frequency="per day"),
       ],
       measurements=[
           M(13, "%", "proportion", "infants with drowsiness", dose=0, pop=0, group="exposed infants"),
           M(5, "%", "proportion", "infants with drowsiness", pop=1, group="unexposed infants"),
           M(2390, "g", "other", "infant weight gain over the first 3 months", dose=0, pop=0, stat="mean",
             group="exposed infants"),
           M(2460, "g", "other", "infant weight gain over the first 3 months", pop=1, stat="mean",
             group="unexposed infants"),
       ],
       comparisons=[
           C("drowsiness, exposed vs unexposed infants", [13, 5], "%", "proportion", "drowsiness",
             ["exposed infants", "unexposed infants"], False, 0.16, "="),
           C("weight gain over the first 3 months, exposed vs unexposed", [2390, 2460], "g", "other",
             "weight gain over the first 3 months", ["exposed", "unexposed infants"], False, 0.52, "="),
       ],
       citations=[6])
a6 = S("In 9 postpartum women who were started on perphenazine 4 mg three times daily",
       "study", "perphenazine", None,
       populations=[P(9, "9 postpartum women", "exposed", "mother")],
       doses=[D(4, "mg", "perphenazine 4 mg three times daily", frequency="three times daily")],
       measurements=[
           M(38, "ng/mL", "concentration", "serum prolactin", matrix="maternal_blood", analyte="prolactin",
             pop=0, stat="mean", timepoint="before treatment"),
           M(96, "ng/mL", "concentration", "serum prolactin", matrix="maternal_blood", analyte="prolactin",
             dose=0, pop=0, stat="mean", timepoint="after 2 weeks"),
       ],
       comparisons=[
           C("serum prolactin before vs after perphenazine", [38, 96], "ng/mL", "concentration",
             "serum prolactin", ["before treatment", "after 2 weeks"], True, 0.01, "<"),
       ],
       citations=[7])
a7 = S("Among 14 nonpregnant women with schizophrenia given perphenazine 16 to 32 mg daily",
       "study", "perphenazine", None,
       populations=[
           P(14, "14 nonpregnant women with schizophrenia", "exposed", "other"),
           P(3, "galactorrhea appeared in 3", "exposed", "other"),
       ],
       doses=[D(16, "mg", "perphenazine 16 to 32 mg daily", amount_high=32, frequency="per day")],
       measurements=[
           M(160, "%", "change", "increase in serum prolactin", analyte="prolactin", dose=0, pop=1, stat="mean"),
       ],
       citations=[8])
DOCS.append((d, [a0, a1, a2, a3, a4, a5, a6, a7]))
STRETCH_END[d] = ["Perphenazine can raise serum prolactin.[1]",
                  "of the maternal weight-adjusted dosage.[2]",
                  "was excreted into milk during the 24 hours.[3]",
                  "mothers' simultaneous serum levels.[4]",
                  "gaining weight normally.[5]",
                  "developmental delay at 12 months.[6]",
                  "the effect on milk production was not assessed.[7]",
                  "increased by an average of 160%.[8]"]

# =================================================================== ar04
d = "ar04_progesterone_registry.txt"
r = S("Breastfeeding women were recruited at 4 to 6 weeks postpartum from three public postnatal clinics",
      "study", "progesterone", "vaginal",
      populations=[
          P(231, "Of 231 women screened", "total", "mother"),                 # 0
          P(222, "222 were randomized", "total", "mother"),                   # 1
          P(112, "Started 112 110", "exposed", "mother"),                     # 2
          P(110, "Started 112 110", "control", "mother"),                     # 3
          P(104, "Completed 104 103", "exposed", "mother"),                   # 4
          P(103, "Completed 104 103", "control", "mother"),                   # 5
          P(8, "Not Completed 8 7", "exposed", "mother"),                     # 6
          P(7, "Not Completed 8 7", "control", "mother"),                     # 7
          P(5, "Lost to Follow-up 5 4", "exposed", "mother"),                 # 8
          P(4, "Lost to Follow-up 5 4", "control", "mother"),                 # 9
          P(2, "Withdrawal by Subject 2 3", "exposed", "mother"),             # 10
          P(3, "Withdrawal by Subject 2 3", "control", "mother"),             # 11
          P(1, "Pregnancy 1 0", "exposed", "mother"),                         # 12
          P(81, "81 (77.9%)", "exposed", "mother"),                           # 13
          P(84, "84 (81.6%)", "control", "mother"),                           # 14
          P(20, "Overall Number of Participants Analyzed 20 0", "exposed", "mother"),  # 15
      ],
      doses=[D(10, "mg", "a vaginal ring releasing progesterone 10 mg daily", frequency="per day",
               duration="for up to 12 months")],
      measurements=[
          M(1718, "g", "other", "change in infant weight from enrollment to 12 weeks", dose=0, pop=4, stat="mean",
            group="Progesterone Vaginal Ring"),                                                                   # 0
          M(1691, "g", "other", "change in infant weight from enrollment to 12 weeks", pop=5, stat="mean",
            group="Copper IUD"),                                                                                  # 1
          M(27, "g", "other", "mean difference in infant weight change (ring minus IUD)"),                        # 2
          M(77.9, "%", "proportion", "participants exclusively breastfeeding at 12 weeks", dose=0, pop=4,
            group="Progesterone Vaginal Ring"),                                                                   # 3
          M(81.6, "%", "proportion", "participants exclusively breastfeeding at 12 weeks", pop=5,
            group="Copper IUD"),                                                                                  # 4
          M(0.95, "{ratio}", "other", "risk ratio, exclusive breastfeeding at 12 weeks, ring vs IUD"),            # 5
          M(8.4, "ng/mL", "concentration", "breast milk progesterone", matrix="milk", dose=0, pop=15,
            stat="median", timepoint="week 4 after ring insertion"),                                             # 6
          M(3.1, "ng/mL", "concentration", "breast milk progesterone", matrix="milk", dose=0, pop=15,
            value_high=17.6, stat="range", timepoint="week 4 after ring insertion"),                             # 7
          M(13.2, "ng/mL", "concentration", "maternal serum progesterone", matrix="maternal_blood", dose=0,
            pop=15, stat="median", timepoint="week 4 after ring insertion"),                                     # 8
          M(6.0, "ng/mL", "concentration", "maternal serum progesterone", matrix="maternal_blood", dose=0,
            pop=15, value_high=22.5, stat="range", timepoint="week 4 after ring insertion"),                     # 9
          M(0.64, "{ratio}", "milk_plasma_ratio", "milk-to-serum ratio of progesterone", matrix="milk", dose=0,
            pop=15, stat="median"),                                                                               # 10
          M(0.41, "{ratio}", "milk_plasma_ratio", "milk-to-serum ratio of progesterone", matrix="milk", dose=0,
            pop=15, value_high=0.93, stat="range"),                                                               # 11
      ],
      comparisons=[
          C("change in infant weight from enrollment to 12 weeks, ring vs IUD", [1718, 1691], "g", "other",
            "change in infant weight from enrollment to 12 weeks", ["Progesterone Vaginal Ring", "Copper IUD"],
            False, 0.62, "="),
          C("participants exclusively breastfeeding at 12 weeks, ring vs IUD", [77.9, 81.6], "%", "proportion",
            "exclusively breastfeeding at 12 weeks", ["Progesterone Vaginal Ring", "Copper IUD"],
            False, 0.51, "="),
      ])
DOCS.append((d, [r]))
STRETCH_END[d] = ["the outcome was not measured in that arm.]"]

# =================================================================== ar05
d = "ar05_goatsrue_review.html"
g1 = S("Halvorsen and colleagues randomised 48 mothers of preterm infants", "study", "goat's rue", "oral",
       populations=[
           P(48, "48 mothers of preterm infants who were expressing less than 300 mL a day", "total", "mother"),
           P(24, "24 women given the herb", "exposed", "mother"),
           P(24, "24 placebo recipients", "control", "mother"),
       ],
       doses=[D(500, "mg", "goat's rue 500 mg capsules three times daily", frequency="three times daily",
                duration="for 14 days")],
       measurements=[
           M(212, "mL", "milk_volume", "mean daily expressed volume", pop=1, stat="mean", timepoint="baseline",
             group="goat's rue"),                                                       # 0
           M(331, "mL", "milk_volume", "mean daily expressed volume", dose=0, pop=1, stat="mean",
             timepoint="day 14", group="goat's rue"),                                   # 1
           M(56, "%", "change", "increase in daily expressed volume", dose=0, pop=1, group="goat's rue"),  # 2
           M(205, "mL", "milk_volume", "mean daily expressed volume", pop=2, stat="mean", timepoint="baseline",
             group="placebo"),                                                          # 3
           M(262, "mL", "milk_volume", "mean daily expressed volume", pop=2, stat="mean", timepoint="day 14",
             group="placebo"),                                                          # 4
           M(28, "%", "change", "increase in daily expressed volume", pop=2, group="placebo"),  # 5
       ],
       comparisons=[
           C("expressed volume before vs after, goat's rue arm", [212, 331], "mL", "milk_volume",
             "mean daily expressed volume", ["baseline", "day 14"], True, 0.001, "<"),
           C("expressed volume before vs after, placebo arm", [205, 262], "mL", "milk_volume",
             "mean daily expressed volume", ["baseline", "day 14"], True, 0.02, "="),
           C("relative gain in expressed volume, goat's rue vs placebo", [56, 28], "%", "change",
             "relative gain in expressed volume", ["goat's rue", "placebo"], True, 0.03, "="),
       ],
       citations=[1])
g2 = S("A crossover trial by Ng et al. enrolled 20 mothers of term infants", "study", "goat's rue", "oral",
       populations=[P(20, "20 mothers of term infants who were exclusively pumping", "total", "mother")],
       doses=[D(1000, "mg", "goat's rue capsules, 1,000 mg twice daily", frequency="twice daily",
                duration="for 7 days")],
       measurements=[
           M(480, "mL", "milk_volume", "daily pumped volume", dose=0, pop=0, stat="median", group="goat's rue"),
           M(455, "mL", "milk_volume", "daily pumped volume", pop=0, stat="median", group="placebo"),
           M(112, "ng/mL", "concentration", "serum prolactin", matrix="maternal_blood", analyte="prolactin",
             dose=0, pop=0, group="goat's rue period"),
           M(108, "ng/mL", "concentration", "serum prolactin", matrix="maternal_blood", analyte="prolactin",
             pop=0, group="placebo period"),
       ],
       comparisons=[
           C("median daily pumped volume, goat's rue vs placebo", [480, 455], "mL", "milk_volume",
             "median daily pumped volume", ["goat's rue", "placebo"], False, 0.38, "="),
           C("serum prolactin, goat's rue vs placebo period", [112, 108], "ng/mL", "concentration",
             "serum prolactin", ["goat's rue period", "placebo period"], False, 0.71, "="),
       ],
       citations=[2])
g3 = S("Barzani's open-label study had no control group", "study", "goat's rue", "oral",
       populations=[
           P(31, "Thirty-one women with low milk supply at 2 to 8 weeks postpartum", "exposed", "mother"),
           P(11, "11 of the 31 women", "exposed", "mother"),
       ],
       doses=[D(3, "g", "3 g of dried goat's rue herb each day", frequency="per day", duration="for 21 days")],
       measurements=[
           M(40, "%", "change", "increase in infants' 24-hour milk intake", dose=0, pop=0),
           M(310, "mL", "milk_volume", "infants' 24-hour milk intake", pop=0, stat="mean", timepoint="before"),
           M(434, "mL", "milk_volume", "infants' 24-hour milk intake", dose=0, pop=0, stat="mean",
             timepoint="after 21 days"),
           M(35, "%", "proportion", "women achieving at least a 50% increase", dose=0, pop=0),
       ],
       comparisons=[
           C("infants' 24-hour milk intake before vs after", [310, 434], "mL", "milk_volume",
             "infants' 24-hour milk intake", ["before", "after"], True, 0.002, "="),
       ],
       citations=[3])
g4 = S("The largest and most recent trial, by Osei and co-workers, allocated 66 mothers",
       "study", "goat's rue", "oral",
       populations=[
           P(66, "66 mothers with perceived insufficient milk 1 to 4 weeks after a term birth", "total", "mother"),
           P(33, "goat's rue 600 mg tablets three times daily (n = 33)", "exposed", "mother"),
           P(33, "placebo (n = 33)", "control", "mother"),
           P(2, "Two women taking the herb", "exposed", "mother"),
       ],
       doses=[D(600, "mg", "goat's rue 600 mg tablets three times daily", frequency="three times daily",
                duration="for 10 days")],
       measurements=[
           M(94, "mL", "milk_volume", "increase in milk volume per day", dose=0, pop=1, stat="mean",
             group="goat's rue group"),
           M(71, "mL", "milk_volume", "increase in milk volume per day", pop=2, group="placebo group"),
           M(34, "g", "other", "infant weight gain per day", dose=0, pop=1, group="goat's rue"),
           M(32, "g", "other", "infant weight gain per day", pop=2, group="placebo"),
       ],
       comparisons=[
           C("increase in milk volume, goat's rue vs placebo", [94, 71], "mL", "milk_volume",
             "increase in milk volume", ["goat's rue group", "placebo group"], False, 0.27, "="),
           C("infant weight gain, goat's rue vs placebo", [34, 32], "g", "other", "weight gain",
             ["goat's rue", "placebo"], False, 0.58, "="),
       ],
       citations=[4])
g5 = S("For mothers who still wish to try it after other causes of low supply have been addressed",
       "recommendation", "goat's rue", None,
       doses=[D(500, "mg", "500 to 1,000 mg of dried herb two or three times daily", amount_high=1000,
                frequency="two or three times daily", duration="for 1 to 3 weeks")],
       citations=[1, 2, 3, 4])
DOCS.append((d, [g1, g2, g3, g4, g5]))
STRETCH_END[d] = ["greater with goat's rue than with placebo (p = 0.03).",
                  "similar in the two periods (112 vs 108 ng/mL; P = 0.71).",
                  "achieved at least a 50% increase. [3]",
                  "none had a low blood glucose reading. [4]",
                  "were well tolerated. [1-4]"]

# =================================================================== ar06
d = "ar06_reboxetine_qa.txt"
q1 = S("Two small pharmacokinetic studies, together including 14 mother–infant pairs", "study", "reboxetine", None,
       populations=[P(14, "14 mother–infant pairs", "exposed", "pair")],
       measurements=[
           M(1.2, "%", "relative_infant_dose", "relative infant dose, % of maternal weight-adjusted dose", pop=0,
             value_high=2.4, stat="range"),
       ],
       citations=[1, 2])
q2 = S("In the larger of the two studies (2), 4 women were taking reboxetine 4 mg daily", "study", "reboxetine", None,
       populations=[
           P(4, "4 women were taking reboxetine 4 mg daily", "exposed", "mother"),
           P(6, "6 were taking 8 mg daily", "exposed", "mother"),
       ],
       doses=[
           D(4, "mg", "reboxetine 4 mg daily", frequency="per day"),
           D(8, "mg", "8 mg daily, in two divided doses", frequency="per day"),
       ],
       measurements=[
           M(9, "ug/L", "concentration", "milk reboxetine", matrix="milk", dose=0, pop=0, stat="mean",
             group="lower dose"),
           M(5, "ug/L", "concentration", "milk reboxetine", matrix="milk", dose=0, pop=0, value_high=14,
             stat="range", group="lower dose"),
           M(17, "ug/L", "concentration", "milk reboxetine", matrix="milk", dose=1, pop=1, stat="mean",
             group="higher dose"),
           M(10, "ug/L", "concentration", "milk reboxetine", matrix="milk", dose=1, pop=1, value_high=27,
             stat="range", group="higher dose"),
           M(0.19, "{ratio}", "milk_plasma_ratio", "milk/plasma ratio", matrix="milk", stat="mean"),
           M(1.4, "ug/kg", "infant_dose", "calculated infant intake per day", dose=0, pop=0, stat="mean"),
           M(2.6, "ug/kg", "infant_dose", "calculated infant intake per day", dose=1, pop=1, stat="mean"),
       ],
       comparisons=[
           C("mean milk reboxetine, 4 mg vs 8 mg daily", [9, 17], "ug/L", "concentration",
             "mean milk reboxetine levels", ["lower dose", "higher dose"], None),
           C("calculated infant intake, 4 mg vs 8 mg daily", [1.4, 2.6], "ug/kg", "infant_dose",
             "calculated infant intake", ["4 mg", "8 mg"], None),
       ],
       citations=[2])
q3 = S("Only one case report has measured reboxetine in a breastfed infant's serum", "study", "reboxetine", None,
       doses=[D(4, "mg", "4 mg twice daily", frequency="twice daily")],
       measurements=[
           M(1.5, "ug/L", "concentration", "infant serum reboxetine", matrix="infant_blood", dose=0),
           M(94, "ug/L", "concentration", "maternal serum reboxetine", matrix="maternal_blood", dose=0),
           M(1.6, "%", "infant_plasma_ratio", "infant serum level, % of maternal level", matrix="infant_blood",
             qualifier="~", dose=0),
       ],
       citations=[3])
q4 = S("In the larger study described above (2), reboxetine was undetectable", "study", "reboxetine", None,
       populations=[P(4, "all 4 infants who were tested", "exposed", "infant")],
       measurements=[
           M(1, "ug/L", "concentration", "infant serum reboxetine (undetectable)", matrix="infant_blood",
             qualifier="<", pop=0),
       ],
       citations=[2])
q5 = S("No adverse effects were observed in the 14 infants in the two pharmacokinetic studies",
       "study", "reboxetine", None,
       populations=[P(14, "the 14 infants in the two pharmacokinetic studies", "exposed", "infant")],
       citations=[1, 2])
q6 = S("Reboxetine can be used with caution during breastfeeding if it is the most appropriate antidepressant",
       "recommendation", "reboxetine", None,
       doses=[D(8, "mg", "do not exceed 8 mg a day", stat="maximum", frequency="per day")],
       citations=[4])
DOCS.append((d, [q1, q2, q3, q4, q5, q6]))
STRETCH_END[d] = ["well below the 10% figure commonly used as a level of concern.",
                  "2.6 mcg/kg/day at 8 mg.",
                  "about 1.6% of the maternal level.",
                  "all 4 infants who were tested.",
                  "but the data are very limited.",
                  "one with more published lactation data may be preferred."]


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        for name, statements in DOCS:
            f.write(json.dumps({"doc": name, "statements": statements}, ensure_ascii=False) + "\n")
    print("wrote %s (%d documents, %d statements)" % (os.path.normpath(OUT), len(DOCS),
                                                      sum(len(s) for _, s in DOCS)))


if __name__ == "__main__":
    main()
