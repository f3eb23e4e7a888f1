"""Trials that report each arm's counted share: an arm named before its share's count in the
bracket, a list of counted shares after the arms' words, the figures of a later time pointing
back to the outcome before them, a verdict on every difference in the next sentence, counted
shares as groups, one arm's value in a sentence and the other's in the next ("Those in the
other arm"), and a table of studies whose headers say what the cells measure. The texts are
written for these tests (examplol, exampladine: made-up drugs)."""

from __future__ import annotations

from extraction import extract_tables, the_comparison

TRIAL = """Examplol for postnatal anxiety in breastfeeding women: a three-arm trial.

METHODS: Nursing mothers were randomly assigned to examplol 10 mg daily, examplol 30 mg daily or
a matching placebo for 8 weeks.

RESULTS: In all, 150 women took part: 50 in each arm. Full breastfeeding at 8 weeks was less
common in the placebo arm (14/50, 28.0%) than in the 10-mg arm (24/50, 48.0%; P = .04). At the
4-week visit, loose stools had been recorded in 3 infants (6.0%) in the low-dose arm and 6 (12.0%)
in the high-dose arm, against 2 (4.0%) on placebo; at 8 weeks the figures were 1 (2.0%),
4 (8.0%) and 1 (2.0%). None of the differences between the arms came close to statistical
significance.
"""


def test_an_arm_named_before_its_counted_share_in_brackets_labels_it() -> None:
    compared = the_comparison(extract_tables("a.txt", TRIAL)["comparisons"], [28.0, 48.0])
    assert compared["arms"] == ["placebo arm", "10-mg arm"]
    assert compared["outcome"] == "Full breastfeeding at 8 weeks"  # not "... common"
    assert (compared["significant"], compared["p_value"]) == (True, 0.04)


def test_a_list_of_counted_shares_is_one_comparison_with_the_arms_before() -> None:
    comparisons = extract_tables("a.txt", TRIAL)["comparisons"]
    first = the_comparison(comparisons, [6.0, 12.0, 4.0])
    later = the_comparison(comparisons, [2.0, 8.0, 2.0])
    assert later["arms"] == first["arms"] == ["low-dose arm", "high-dose arm", "placebo"]
    assert first["outcome"] == "loose stools"  # not "loose stools had been"
    # "the figures were": the outcome before, at the later time
    assert later["outcome"] == "loose stools at 8 weeks"
    # "None of the differences ... came close to statistical significance"
    assert first["significant"] is False and later["significant"] is False


def test_counted_shares_of_an_arm_are_groups_of_its_people() -> None:
    text = (
        "Examplol after caesarean birth\n\nA trial compared scheduled examplol with on-demand "
        "exampladine in 300 women. Within 2 hours, 120 of 150 women (80%) given examplol had "
        "started feeding, compared with 96 of 150 (64%) of those given exampladine (p = 0.002). "
        "At discharge, 110 of 150 (73%) versus 90 of 150 (60%) were feeding exclusively.\n"
    )
    people = {(p["n"], p["who"]) for p in extract_tables("b.txt", text)["populations"]}
    assert {(96, "mother"), (90, "mother"), (110, "mother")} <= people
    assert (150, "infant") not in people


def test_a_count_among_the_infants_a_clause_opens_with_is_of_infants() -> None:
    text = (
        "Examplol Levels and Effects while Breastfeeding\n\nEffects in Breastfed Infants\n\n"
        "Among breastfed infants who developed a rash while their mothers took examplol, 9 of "
        "15 (60%) had a positive patch test.\n"
    )
    people = {(p["n"], p["who"]) for p in extract_tables("c.txt", text)["populations"]}
    assert (9, "infant") in people


def test_the_other_arm_in_the_next_sentence_opens_with_those_in_it() -> None:
    text = (
        "Examplol and milk supply\n\nMothers were allocated to examplol by the clock or to "
        "exampladine on request. On day 2, women on the scheduled regimen pumped a median of "
        "42 mL. Those in the on-request arm managed 30 mL (p = 0.01).\n"
    )
    compared = the_comparison(extract_tables("d.txt", text)["comparisons"], [42.0, 30.0])
    assert compared["arms"] == ["women on the scheduled regimen", "on-request arm"]
    assert compared["outcome"] == "milk volume pumped on day 2"
    assert compared["significant"] is True


STUDIES = """<html><body><h1>Exampladine and breastfeeding</h1>
<p>The studies of exampladine in milk are summarised below.</p>
<table>
<tr><th>Study</th><th>Maternal dose</th><th>Women (n)</th><th>Milk concentration</th>
<th>Milk/plasma ratio</th><th>RID&dagger;</th></tr>
<tr><td>Ames and Bell, 2015 [1]</td><td>Single 40 mg oral dose</td><td>8</td>
<td>Mean peak 5.2 ng/mL (range 2.1&ndash;9.9)</td><td>0.31</td><td>0.6%</td></tr>
<tr><td>Cole, Dunn et al., 2019 [2]</td><td>20 mg twice daily, steady state</td><td>11</td>
<td>Median 3.3 ng/mL at 12 h</td><td>0.28</td><td>0.9%</td></tr>
</table>
<p>&dagger;RID, relative infant dose: the infant's intake as a percentage of the mother's
weight-adjusted dose.</p>
<h2>References</h2><ol><li>Ames P, Bell R. Exampladine in milk. J Hum Lact. 2015;3:1-5.</li>
<li>Cole S, Dunn T. Exampladine at steady state. Breastfeed Med. 2019;4:2-9.</li></ol>
</body></html>
"""


def test_a_column_header_says_what_a_cell_with_its_own_unit_measures() -> None:
    measured = {m["value"]: m for m in extract_tables("e.html", STUDIES)["measurements"]}
    for level in (5.2, 3.3):
        assert measured[level]["matrix"] == "milk"  # "Milk concentration"
        assert measured[level]["measure"] == "Milk concentration"  # not the dose cell's words
    for share in (0.6, 0.9):  # "RID" spelled out by the table's legend
        assert measured[share]["kind"] == "relative_infant_dose"
    assert measured[0.28]["kind"] == "milk_plasma_ratio"


def test_or_before_a_ratio_is_no_odds_ratio() -> None:
    text = (
        "Examplol Levels and Effects while Breastfeeding\n\nMaternal Levels\n\n"
        "Six women gave milk or blood samples at 2 hours; the milk-to-plasma ratio was 0.45.\n"
    )
    measured = {m["value"]: m for m in extract_tables("f.txt", text)["measurements"]}
    assert measured[0.45]["kind"] == "milk_plasma_ratio"  # "OR" only in capitals


DOSE_LEVELS = """Exampladine in milk at two dose levels

Methods: Twelve nursing mothers took exampladine at steady state: 7 took 10 mg/kg once daily and
5 took 20 mg/kg once daily. Milk and plasma were sampled over one dosing interval.

Results: Exampladine cleared from milk more slowly than from plasma, with half-lives of 5.2 h in
milk and 4.4 h in plasma in the lower-dose group; the corresponding figures in the higher-dose
group were 5.6 h and 4.7 h. The infant would receive 0.12 mg/kg/day at 10 mg/kg compared with
0.25 mg/kg/day at 20 mg/kg (p < 0.01), but calculated as a percentage of the maternal
weight-adjusted dose the two levels hardly differed, 1.2% and 1.3%.
"""


def test_figures_said_to_correspond_pair_with_the_values_before_them() -> None:
    tables = extract_tables("g.txt", DOSE_LEVELS)
    measured = {m["value"]: m for m in tables["measurements"]}
    # the later group's half-lives are half-lives, each of the fluid its partner was in
    assert [measured[v]["kind"] for v in (5.6, 4.7)] == ["half_life", "half_life"]
    assert [measured[v]["matrix"] for v in (5.6, 4.7)] == ["milk", "maternal_blood"]
    milk = the_comparison(tables["comparisons"], [5.2, 5.6])
    plasma = the_comparison(tables["comparisons"], [4.4, 4.7])
    assert milk["arms"] == plasma["arms"] == ["lower-dose group", "higher-dose group"]
    assert (milk["outcome"], plasma["outcome"]) == ("half-lives in milk", "half-lives in plasma")


def test_the_amount_a_result_is_given_at_is_a_dose() -> None:
    tables = extract_tables("g.txt", DOSE_LEVELS)
    measured = {m["value"]: m for m in tables["measurements"]}
    assert 10.0 not in measured and 20.0 not in measured  # "at 10 mg/kg": the dose
    compared = the_comparison(tables["comparisons"], [0.12, 0.25])
    assert compared["significant"] is True and measured[0.25]["kind"] == "infant_dose"
    # "calculated as a percentage of the maternal weight-adjusted dose ..., 1.2% and 1.3%"
    assert measured[1.2]["kind"] == measured[1.3]["kind"] == "relative_infant_dose"


DOSE_FINDING = """# Examplol to raise milk output: a three-arm dose-finding trial

Mothers expressing milk for preterm infants were randomised to examplol 5 mg (n = 28), examplol
15 mg (n = 27) or placebo (n = 29) three times daily for 10 days.

By day 5, median prolactin had reached 102 ng/mL on the lower dose and 151 ng/mL on the higher
dose, against 66 ng/mL on placebo (P = 0.01 and P < 0.001, respectively, versus placebo). On
day 10, prolactin was 97 ng/mL with 5 mg, 160 ng/mL with 15 mg and 63 ng/mL with placebo; the
15 mg arm stayed significantly above placebo (p < 0.001), whereas the 5 mg arm no longer
differed significantly (p = 0.08). Prolactin had risen by 140% in the 15 mg arm and by 52% in the
5 mg arm, but by only 9% on placebo.

Expressed volume per day (mL/day, mean ± SD); P values compare each active arm with placebo.

| Time point | Examplol 5 mg | Examplol 15 mg | Placebo | P, 5 mg vs placebo | P, 15 mg vs placebo |
|---|---|---|---|---|---|
| Day 5 | 301 ± 120 | 344 ± 131 | 262 ± 109 | 0.21 | 0.004 |
| Day 10 | 362 ± 140 | 431 ± 152 | 280 ± 126 | 0.04 | <0.001 |
"""


def test_p_values_given_respectively_versus_placebo_make_one_pair_each() -> None:
    comparisons = extract_tables("h.md", DOSE_FINDING)["comparisons"]
    low, high = (
        the_comparison(comparisons, [102.0, 66.0]),
        the_comparison(comparisons, [151.0, 66.0]),
    )
    assert (low["p_value"], high["p_value"], high["p_qualifier"]) == (0.01, 0.001, "<")


def test_one_arm_said_to_differ_or_not_is_set_against_the_control() -> None:
    comparisons = extract_tables("h.md", DOSE_FINDING)["comparisons"]
    low = the_comparison(comparisons, [97.0, 63.0])
    high = the_comparison(comparisons, [160.0, 63.0])
    assert (low["significant"], low["p_value"]) == (False, 0.08)
    assert (high["significant"], high["p_value"]) == (True, 0.001)
    # "... and by 52% in the 5 mg arm, but by only 9% on placebo": one comparison of three
    assert len(the_comparison(comparisons, [140.0, 52.0, 9.0])["arms"]) == 3


def test_a_table_of_arms_with_a_p_column_per_pair_compares_each_pair() -> None:
    comparisons = extract_tables("h.md", DOSE_FINDING)["comparisons"]
    day5 = the_comparison(comparisons, [301.0, 262.0])
    assert day5["arms"] == ["Examplol 5 mg", "Placebo"]
    assert (day5["significant"], day5["p_value"]) == (False, 0.21)
    assert day5["outcome"] == "Expressed volume per day at Day 5"  # the sentence's caption
    high = the_comparison(comparisons, [431.0, 280.0])
    assert (high["significant"], high["p_value"], high["p_qualifier"]) == (True, 0.001, "<")
    assert not [c for c in comparisons if 0.21 in list(c["values"])]  # a P column, no value


def test_counts_in_words_that_took_each_dose_are_the_arms_a_list_reports() -> None:
    text = (
        "Examplol Levels and Effects while Breastfeeding\n\nMaternal Levels\n\n"
        "Seven women gave milk samples at steady state. Four took 50 mg every 2 weeks and three "
        "took 50 mg every week. Median milk levels were 0.8 mcg/L with the 2-week interval and "
        "1.9 mcg/L with the 1-week interval. Serum troughs were 4.2 and 9.6 mcg/mL, "
        "respectively.[1]\n"
    )
    tables = extract_tables("i.txt", text)
    assert {(4, "mother"), (3, "mother")} <= {(p["n"], p["who"]) for p in tables["populations"]}
    milk = the_comparison(tables["comparisons"], [0.8, 1.9])
    assert milk["arms"] == ["2-week interval", "1-week interval"]  # a dosing interval, no time
    assert the_comparison(tables["comparisons"], [4.2, 9.6])["arms"] == milk["arms"]


def test_a_count_of_them_in_words_keeps_its_share() -> None:
    text = (
        "Examplol Levels and Effects while Breastfeeding\n\nEffects in Breastfed Infants\n\n"
        "Twenty breastfed infants whose mothers took examplol were followed for 3 months. Three "
        "of them (15%) had loose stools in the first week.[2]\n"
    )
    tables = extract_tables("k.txt", text)
    assert 15.0 in {m["value"] for m in tables["measurements"]}
    assert (3, "infant") in {(p["n"], p["who"]) for p in tables["populations"]}


def test_the_infant_a_case_is_about_owns_his_serum_level() -> None:
    text = (
        "<html><body><h1>Examplol</h1><h2>Breastfeeding</h2><p>A 12-day-old breastfed girl "
        "became drowsy after her mother took examplol 15 mg nightly for a week. Her serum "
        "examplol was 9 mcg/L, about 6% of the simultaneous maternal level of 140 mcg/L.</p>"
        "<table><tr><th>Maternal dose</th><th>Mothers (n)</th><th>Estimated infant dose "
        "(mcg/kg/day)</th></tr><tr><td>15 mg</td><td>5</td><td>2.2</td></tr>"
        "<tr><td>30 mg</td><td>4</td><td>4.6</td></tr></table></body></html>"
    )
    measured = {m["value"]: m for m in extract_tables("l.html", text)["measurements"]}
    assert measured[9.0]["matrix"] == "infant_blood"  # "Her serum": the girl's
    assert (measured[6.0]["kind"], measured[6.0]["matrix"]) == (
        "infant_plasma_ratio",
        "infant_blood",
    )
    assert measured[140.0]["matrix"] == "maternal_blood"  # "the maternal level"
    assert measured[2.2]["kind"] == measured[4.6]["kind"] == "infant_dose"  # the column's header


def test_a_metabolite_named_by_the_reaction_that_makes_it() -> None:
    text = (
        "Examplol Levels and Effects while Breastfeeding\n\nDrug Levels\n\n"
        "Examplol is demethylated to vantoridine, an active metabolite, and oxidized to examplol "
        "N-oxide.\n\nMaternal Levels. Five women took examplol 50 mg daily. Milk examplol "
        "averaged 30 mcg/L and milk vantoridine averaged 12 mcg/L.[1]\n"
    )
    analyte = {m["value"]: m["analyte"] for m in extract_tables("m.txt", text)["measurements"]}
    assert analyte[12.0] == "vantoridine"  # "demethylated to X, an active metabolite"
    assert analyte[30.0] is None  # the drug itself ("oxidized to examplol N-oxide" names none)


CROSSOVER = """Tablet versus melt: a crossover study of examplan in milk

Methods: Ten nursing mothers took examplan 10 mg as a tablet and 10 mg as a melt in random
order, a week apart.

Results: Peak milk examplan averaged 8.3 ng/mL after the tablet and 6.1 ng/mL after the melt.
Over 12 h, 14.6 µg of examplan (0.15% of the dose) was recovered in milk after the
tablet compared with 9.2 µg (0.09%) after the melt (p = 0.01). Peak milk levels did not depend on
the order: they were 7.1 ng/mL in period 1 and 6.8 ng/mL in period 2 (P = 0.48).
"""


def test_amounts_and_their_shares_in_brackets_are_two_comparisons() -> None:
    tables = extract_tables("n.txt", CROSSOVER)
    measured = {m["value"]: m for m in tables["measurements"]}
    # the amount set against the one recovered is recovered too, not a dose
    assert measured[9.2]["kind"] == measured[14.6]["kind"] == "amount_excreted"
    assert 9.2 not in {d["amount"] for d in tables["doses"]}
    assert measured[0.09]["kind"] == "amount_excreted"  # "9.2 µg (0.09%)": its share
    amounts = the_comparison(tables["comparisons"], [14.6, 9.2])
    assert amounts["arms"] == ["tablet", "melt"] and amounts["significant"] is True
    the_comparison(tables["comparisons"], [0.15, 0.09])


def test_a_number_after_a_period_is_its_label_not_a_value() -> None:
    tables = extract_tables("n.txt", CROSSOVER)
    assert 1.0 not in {m["value"] for m in tables["measurements"]}  # "period 1 and 6.8"
    periods = the_comparison(tables["comparisons"], [7.1, 6.8])
    assert periods["arms"] == ["period 1", "period 2"] and periods["p_value"] == 0.48


def test_a_substudy_counted_per_dose_is_the_group_of_its_milk_levels() -> None:
    text = (
        "Examplol for postnatal depression\n\nMETHODS: Nursing women were randomly assigned to "
        "examplol 10 mg once daily, examplol 30 mg once daily, or placebo.\nRESULTS: In all, 180 "
        "women were randomised: 61 to examplol 10 mg, 60 to examplol 30 mg and 59 to placebo. A "
        "milk sub-study enrolled 21 women taking examplol (10 mg, n = 11; 30 mg, n = 10). Median "
        "milk examplol was 4.2 ng/mL with 10 mg and 12.9 ng/mL with 30 mg (P < .001).\n"
    )
    tables = extract_tables("o.txt", text)
    counts = {p["item_id"]: p["n"] for p in tables["populations"]}
    assert {61, 60, 59} <= set(counts.values())  # "randomised: 61 to examplol 10 mg, ..."
    linked = {m["value"]: counts.get(m["population_item_id"]) for m in tables["measurements"]}
    assert (linked[4.2], linked[12.9]) == (11, 10)  # the sub-study's women, not the arms'


def test_what_was_no_more_common_is_the_outcome_and_the_opening_group_an_arm() -> None:
    text = (
        "Examplol Levels and Effects while Breastfeeding\n\nEffects in Breastfed Infants\n\n"
        "Among 70 breastfed infants whose mothers took examplol, including 41 who took it daily, "
        "rashes were no more common than among infants of mothers taking exampladine (6% vs "
        "5%).[3]\n"
    )
    compared = the_comparison(extract_tables("p.txt", text)["comparisons"], [6.0, 5.0])
    assert compared["outcome"] == "rashes"  # not "no common", nor the arms' words
    assert compared["arms"] == [
        "breastfed infants whose mothers took examplol",
        "infants of mothers taking exampladine",
    ]


THREE_ARMS = """Examplol after caesarean birth: a three-arm trial

Participants: 150 women were allocated to examplol 10 mg, examplol 30 mg or placebo.

Results: Exclusive breastfeeding at discharge was less common in the examplol 30 mg arm (30/50,
60%) than in the placebo arm (37/50, 74%). When the two doses were compared directly,
drowsiness was about twice as common with 30 mg as with 10 mg (16% v 8%; P=0.03). In the
pharmacokinetic substudy (9 women given 10 mg and 8 given 30 mg), colostrum examplol was 11.4
ug/L and 31.9 ug/L, respectively; the corresponding norexamplol concentrations were 3.2 v 8.8
ug/L.
"""


def test_arms_keep_the_doses_that_tell_them_apart_and_their_order_as_written() -> None:
    comparisons = extract_tables("q.txt", THREE_ARMS)["comparisons"]
    breastfeeding = the_comparison(comparisons, [60.0, 74.0])
    assert breastfeeding["arms"] == ["examplol 30 mg arm", "placebo arm"]
    assert breastfeeding["outcome"] == "Exclusive breastfeeding at discharge"
    drowsy = the_comparison(comparisons, [16.0, 8.0])  # "as common with 30 mg as with 10 mg"
    assert drowsy["arms"] == ["30 mg", "10 mg"] and drowsy["outcome"] == "drowsiness"


def test_groups_counted_by_what_they_were_given_label_a_list_and_v_joins_values() -> None:
    comparisons = extract_tables("q.txt", THREE_ARMS)["comparisons"]
    levels = the_comparison(comparisons, [11.4, 31.9])
    assert levels["arms"] == ["women given 10 mg", "women given 30 mg"]
    the_comparison(comparisons, [3.2, 8.8])  # "3.2 v 8.8 ug/L": one list


TWO_DRUGS = """Examplol versus exampladine after caesarean birth

Methods: We randomly assigned 120 women to oral examplol 20 mg every 8 hours or oral exampladine
100 mg every 8 hours for 72 hours.

Results: All 120 randomised women (61 examplol, 59 exampladine) were analysed. Median day-3 milk
volume was 205 mL (IQR 150-270) and 228 mL (IQR 160-300), respectively (P = 0.30); by day 5 the
volumes were 470 mL and 492 mL (p = .61). Examplol reached milk levels of 33 mcg/L at 24 h and
47 mcg/L at 72 h, with milk-to-plasma ratios of 1.2 and 1.4. Maximum neonatal weight loss was
similar in the two arms (6.0% vs 5.7%; P = 0.58). Day-3 serum prolactin was higher after
examplol (median 174 ng/mL, IQR 130-220) than after exampladine (median 139 ng/mL, IQR 110-180;
P < 0.001).
"""


def test_arms_counted_in_an_earlier_sentence_label_a_respectively_list() -> None:
    comparisons = extract_tables("r.txt", TWO_DRUGS)["comparisons"]
    day3 = the_comparison(comparisons, [205.0, 228.0])
    assert day3["arms"] == ["examplol", "exampladine"]
    day5 = the_comparison(comparisons, [470.0, 492.0])
    assert day5["arms"] == day3["arms"] and day5["outcome"] == "milk volume at day 5"
    weight = the_comparison(comparisons, [6.0, 5.7])
    assert weight["outcome"] == "Maximum neonatal weight loss"  # not "... in the two"
    # a list after values told apart by their times is no pair of arms
    assert not [c for c in comparisons if list(c["values"]) == [1.2, 1.4]]


def test_the_groups_after_higher_and_than_are_the_arms_not_the_subject() -> None:
    comparisons = extract_tables("r.txt", TWO_DRUGS)["comparisons"]
    prolactin = the_comparison(comparisons, [174.0, 139.0])
    assert prolactin["arms"] == ["examplol", "exampladine"]
    assert prolactin["outcome"] == "Day-3 serum prolactin"


def test_a_change_told_first_then_from_and_to_is_before_and_after_not_a_range() -> None:
    text = (
        "Examplol Levels and Effects while Breastfeeding\n\nEffects on Lactation and "
        "Breastmilk\n\nTwenty women with low milk supply took examplol 2 g daily for 14 days. "
        "Their infants' milk intake rose by 35%, from a mean of 290 mL to 392 mL (p = 0.004). "
        "In a second report, a mother's supply fell after her infant was switched to formula "
        "feeds; her pumped volume went from 240 to 150 mL.[1]\n"
    )
    tables = extract_tables("s.txt", text)
    change = the_comparison(tables["comparisons"], [290.0, 392.0])
    assert change["arms"] == ["before", "after"] and change["significant"] is True
    dose = {m["value"]: m["dose_item_id"] for m in tables["measurements"]}
    assert dose[150.0] is None  # no longer through milk: no dose


def test_a_verdict_on_both_changes_in_the_next_sentence() -> None:
    text = (
        "Examplol for milk supply\n\nIn the 20 women given examplol, volume rose from 210 mL to "
        "330 mL; among the 20 placebo recipients it went from 200 mL to 250 mL. Both within-group "
        "increases were significant (P < 0.001 and P = 0.03, respectively).\n"
    )
    comparisons = extract_tables("t.txt", text)["comparisons"]
    assert the_comparison(comparisons, [210.0, 330.0])["significant"] is True
    assert the_comparison(comparisons, [200.0, 250.0])["significant"] is True


def test_a_count_with_its_arm_word_after_it_is_that_arms_group() -> None:
    tables = extract_tables("r.txt", TWO_DRUGS)
    counts = {p["item_id"]: p["n"] for p in tables["populations"]}
    linked = {m["value"]: counts.get(m["population_item_id"]) for m in tables["measurements"]}
    assert linked[228.0] == 59  # "(61 examplol, 59 exampladine)": exampladine's 59


def test_a_second_estimate_of_the_infant_dose_and_a_ratio_that_varied() -> None:
    text = (
        "Examplol Levels and Effects while Breastfeeding\n\nMaternal Levels\n\n"
        "Six women took examplol 10 mg twice daily. The milk-to-plasma ratio of examplol varied "
        "from 0.6 to 1.2 across the dosing interval, while that of examplol sulfoxide averaged "
        "0.3. From the average level the authors calculated an infant dose of 2.1 mcg/kg daily; "
        "the highest level instead gave an estimate of 3.4 mcg/kg daily.[2]\n"
    )
    tables = extract_tables("u.txt", text)
    measured = {m["value"]: m for m in tables["measurements"]}
    assert measured[0.6]["value_high"] == 1.2 and measured[0.6]["kind"] == "milk_plasma_ratio"
    assert measured[0.3]["kind"] == "milk_plasma_ratio"  # "that of examplol sulfoxide"
    assert measured[3.4]["kind"] == "infant_dose"  # an estimate, not a dose the mother took
    assert 3.4 not in {d["amount"] for d in tables["doses"]}


def test_a_row_label_with_a_volume_per_day_gives_its_unit() -> None:
    text = (
        "# Examplol crossover\n\nTwelve women took examplol 5 mg and placebo in random order.\n\n"
        "| Outcome | Placebo period | Examplol period | P |\n|---|---|---|---|\n"
        "| Milk output, mL/24 h | 702 ± 98 | 655 ± 110 | 0.03 |\n"
    )
    compared = the_comparison(extract_tables("v.md", text)["comparisons"], [702.0, 655.0])
    assert compared["arms"] == ["Placebo period", "Examplol period"]
    assert (compared["significant"], compared["p_value"]) == (True, 0.03)


def test_a_value_said_to_be_a_multiple_of_another_is_compared_with_it() -> None:
    text = (
        "<html><body><h1>Examplol in milk</h1><p>Researchers measured examplol in the milk of 20 "
        "mothers taking 1 mg or 2 mg weekly. Milk levels were highest on the larger dose, "
        "averaging 1.6 ng/mL, roughly twice the 0.8 ng/mL found with 1 mg. Levels of its "
        "metabolite averaged 3.1 ng/mL, more than twice the parent drug level of 1.4 ng/mL.</p>"
        "</body></html>"
    )
    values = [list(c["values"]) for c in extract_tables("w.html", text)["comparisons"]]
    assert [1.6, 0.8] in values  # "twice the 0.8 ng/mL": set against it
    assert [3.1, 1.4] not in values  # a metabolite beside its parent drug: no arms


def test_the_onset_of_lactogenesis_reported_for_each_arm_is_a_result() -> None:
    text = (
        "Examplol after caesarean birth\n\nWomen were randomly assigned to examplol or "
        "exampladine. Lactogenesis II was reported a median of 55 h (IQR 47-64) after delivery "
        "with examplol versus 63 h (IQR 52-70) with exampladine, p=0.21.\n"
    )
    compared = the_comparison(extract_tables("x.txt", text)["comparisons"], [55.0, 63.0])
    assert (compared["significant"], compared["p_value"]) == (False, 0.21)


def test_arms_named_with_their_counts_inside_one_bracket_are_compared() -> None:
    text = (
        "Examplol after caesarean birth\n\nResults: Drowsiness was significantly more frequent "
        "after the higher dose (examplol 40 mg: 11/60, 18%; placebo: 2/59, 3%; relative risk "
        "5.4, 1.2 to 23.6).\n"
    )
    values = [list(c["values"]) for c in extract_tables("y.txt", text)["comparisons"]]
    assert [18.0, 3.0] in values  # (and not the relative risk beside them)


def test_times_when_elimination_was_slower_are_half_lives_and_output_is_no_strength() -> None:
    text = (
        "# Examplol tablets in lactation\n\nTen nursing mothers took a 20 mg immediate-release "
        "and a 20 mg extended-release examplol tablet in random order.\n\n"
        "- Elimination was slower after the extended-release tablet: 13.1 versus 9.8 hours in "
        "milk (P = .01).\n- Daily milk output was similar with the two formulations (mean 640 mL "
        "after IR, 655 mL after ER).\n"
    )
    measured = {m["value"]: m for m in extract_tables("z.md", text)["measurements"]}
    assert measured[13.1]["kind"] == measured[9.8]["kind"] == "half_life"
    assert measured[640.0]["kind"] == "milk_volume"  # not a tablet's strength


def test_a_caption_naming_its_statistic_before_its_unit_gives_the_cells_unit() -> None:
    text = (
        "# Examplol doses\n\nMothers took examplol 5 mg or 10 mg daily.\n\n"
        "Peak milk examplol by dose (mean, ug/L); P values compare the doses.\n\n"
        "| Time point | Examplol 5 mg | Examplol 10 mg |\n|---|---|---|\n| Day 7 | 12 | 25 |\n"
    )
    measured = {m["value"]: m for m in extract_tables("cap.md", text)["measurements"]}
    assert measured[12.0]["unit"] == measured[25.0]["unit"] == "ug/L"
