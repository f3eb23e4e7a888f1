#!/usr/bin/env python3
"""Build gold.jsonl for the synthetic held-out corpus AB (FORMAT.md version 2).

Every annotation is a Python call below.  Run:  python3 tools/build_gold.py
Writes ../gold.jsonl (one JSON line per document, key "doc" = file name).
"""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'gold.jsonl')

DOCS = []          # list of (doc, [statements])
_cur = None


def doc(name):
    global _cur
    _cur = {'doc': name, 'statements': []}
    DOCS.append(_cur)


def P(n, text, role, who):
    return {'n': n, 'text': text, 'role': role, 'who': who}


def D(amount, unit, text, recipient='mother', amount_high=None, stat=None,
      frequency=None, duration=None, drug=None):
    d = {'amount': amount}
    if amount_high is not None:
        d['amount_high'] = amount_high
    d['unit'] = unit
    if stat is not None:
        d['stat'] = stat
    if frequency is not None:
        d['frequency'] = frequency
    if duration is not None:
        d['duration'] = duration
    if drug is not None:
        d['drug'] = drug
    d['text'] = text
    d['recipient'] = recipient
    return d


def M(value, unit, kind, measure, matrix=None, analyte=None, dose=None, pop=None,
      value_high=None, qualifier=None, stat=None, group=None, timepoint=None):
    m = {'value': value}
    if value_high is not None:
        m['value_high'] = value_high
    m['unit'] = unit
    if qualifier is not None:
        m['qualifier'] = qualifier
    if stat is not None:
        m['stat'] = stat
    if group is not None:
        m['group'] = group
    m['measure'] = measure
    if timepoint is not None:
        m['timepoint'] = timepoint
    m.update({'kind': kind, 'matrix': matrix, 'analyte': analyte,
              'dose': dose, 'population': pop})
    return m


def C(values, unit, kind, outcome, arms, significant=None, p=None, pq=None, measure=None):
    return {'measure': measure or outcome, 'values': list(values), 'unit': unit,
            'kind': kind, 'outcome': outcome, 'arms': list(arms),
            'significant': significant, 'p_value': p, 'p_qualifier': pq}


def S(anchor, kind, drug, route=None, pops=(), doses=(), meas=(), comps=(), cites=()):
    _cur['statements'].append({
        'anchor': anchor, 'kind': kind, 'drug': drug, 'route': route,
        'populations': list(pops), 'doses': list(doses),
        'measurements': list(meas), 'comparisons': list(comps),
        'citations': list(cites)})


MV = 'milk_volume'; CONC = 'concentration'; PROP = 'proportion'; OTHER = 'other'
RID = 'relative_infant_dose'; IDOSE = 'infant_dose'; MP = 'milk_plasma_ratio'
IP = 'infant_plasma_ratio'; HL = 'half_life'; AEX = 'amount_excreted'; CHG = 'change'
MILK = 'milk'; MB = 'maternal_blood'; IB = 'infant_blood'

# ---------------------------------------------------------------------------
doc('ab01_fennel_rct.html')
S('In this three-arm, double-blind trial, mothers of infants born at 28 to 34 weeks', 'study',
  'fennel seed extract', 'oral',
  pops=[P(96, 'Ninety-six mothers', 'total', 'mother'),
        P(32, '32 to fennel 250 mg', 'exposed', 'mother'),
        P(33, '33 to fennel 500 mg', 'exposed', 'mother'),
        P(31, '31 to placebo', 'control', 'mother'),
        P(88, '88 completed the study', 'total', 'mother')],
  doses=[D(250, 'mg', 'fennel seed extract 250 mg', frequency='twice daily', duration='14 days'),
         D(500, 'mg', 'fennel seed extract 500 mg', frequency='twice daily', duration='14 days')],
  meas=[M(298, 'mL/d', MV, 'mean daily milk volume', stat='mean', group='250-mg arm', timepoint='day 7', dose=0, pop=1),
        M(341, 'mL/d', MV, 'mean daily milk volume', stat='mean', group='500-mg arm', timepoint='day 7', dose=1, pop=2),
        M(262, 'mL/d', MV, 'mean daily milk volume', stat='mean', group='placebo arm', timepoint='day 7', pop=3),
        M(402, 'mL/d', MV, 'mean daily milk volume', stat='mean', group='250-mg arm', timepoint='day 14', dose=0, pop=1),
        M(468, 'mL/d', MV, 'mean daily milk volume', stat='mean', group='500-mg arm', timepoint='day 14', dose=1, pop=2),
        M(371, 'mL/d', MV, 'mean daily milk volume', stat='mean', group='placebo arm', timepoint='day 14', pop=3),
        M(97, 'mL/d', OTHER, 'mean difference in milk volume, 500 mg vs placebo', stat='mean', timepoint='day 14', dose=1),
        M(118, 'ng/mL', CONC, 'serum prolactin', MB, 'prolactin', dose=1, pop=2, stat='mean', group='500-mg arm', timepoint='before the first dose'),
        M(164, 'ng/mL', CONC, 'serum prolactin', MB, 'prolactin', dose=1, pop=2, stat='mean', group='500-mg arm', timepoint='day 14'),
        M(121, 'ng/mL', CONC, 'serum prolactin', MB, 'prolactin', pop=3, stat='mean', group='placebo', timepoint='before the first dose'),
        M(127, 'ng/mL', CONC, 'serum prolactin', MB, 'prolactin', pop=3, stat='mean', group='placebo', timepoint='day 14'),
        M(72, '%', PROP, "infants receiving only their own mother's milk at discharge", dose=1, pop=2, group='500-mg arm'),
        M(50, '%', PROP, "infants receiving only their own mother's milk at discharge", pop=3, group='placebo arm'),
        M(1.44, '{ratio}', OTHER, 'risk ratio, 500 mg vs placebo, own-milk feeding at discharge', dose=1),
        M(24.1, 'g/d', OTHER, 'mean infant weight gain during treatment', stat='mean', group='250 mg', dose=0, pop=1),
        M(25.3, 'g/d', OTHER, 'mean infant weight gain during treatment', stat='mean', group='500 mg', dose=1, pop=2),
        M(23.8, 'g/d', OTHER, 'mean infant weight gain during treatment', stat='mean', group='placebo', pop=3),
        M(9, '%', PROP, 'mothers with mild gastrointestinal complaints', group='250 mg', dose=0, pop=1),
        M(16, '%', PROP, 'mothers with mild gastrointestinal complaints', group='500 mg', dose=1, pop=2),
        M(6, '%', PROP, 'mothers with mild gastrointestinal complaints', group='placebo', pop=3)],
  comps=[C([298, 341, 262], 'mL/d', MV, 'mean daily milk volume on day 7', ['250-mg arm', '500-mg arm', 'placebo arm'], True, 0.002, '='),
         C([402, 468, 371], 'mL/d', MV, 'milk output by day 14', ['250-mg arm', '500-mg arm', 'placebo arm'], True, 0.001, '<'),
         C([118, 164], 'ng/mL', CONC, 'serum prolactin in the 500-mg arm', ['before', 'after'], True, 0.001, '<'),
         C([121, 127], 'ng/mL', CONC, 'serum prolactin with placebo', ['before', 'after'], False, 0.48, '='),
         C([72, 50], '%', PROP, "infants receiving only their own mother's milk at discharge", ['500-mg arm', 'placebo arm'], True, 0.04, '='),
         C([24.1, 25.3, 23.8], 'g/d', OTHER, 'mean infant weight gain during the treatment period', ['250 mg', '500 mg', 'placebo'], False, 0.71, '='),
         C([9, 16, 6], '%', PROP, 'mild gastrointestinal complaints', ['250 mg', '500 mg', 'placebo'], False)],
  cites=[])

# ---------------------------------------------------------------------------
doc('ab02_tranexamic_acid_registry.txt')
S('Women scheduled for cesarean delivery at term were randomly assigned to a single intravenous infusion', 'study',
  'tranexamic acid', 'intravenous',
  pops=[P(118, 'Enrollment: 118 (Actual)', 'total', 'mother'),
        P(60, 'Tranexamic Acid STARTED 60', 'exposed', 'mother'),
        P(58, 'Saline STARTED 58', 'control', 'mother'),
        P(52, 'Tranexamic Acid COMPLETED 52', 'exposed', 'mother'),
        P(49, 'Saline COMPLETED 49', 'control', 'mother'),
        P(47, '47 of the 52 infants', 'exposed', 'infant'),
        P(5, 'the other 5', 'exposed', 'infant')],
  doses=[D(1, 'g', 'tranexamic acid 1 g over 10 minutes', duration='over 10 minutes', drug='tranexamic acid'),
         D(100, 'mL', 'identical 100 mL infusion of 0.9% sodium chloride', duration='over 10 minutes', drug='sodium chloride 0.9%')],
  meas=[M(2.8, 'ug/mL', CONC, 'breast milk tranexamic acid', MILK, stat='mean', timepoint='2 hours post-infusion', dose=0, pop=3),
        M(1.2, 'ug/mL', CONC, 'breast milk tranexamic acid', MILK, stat='mean', timepoint='6 hours post-infusion', dose=0, pop=3),
        M(11.6, 'ug/mL', CONC, 'maternal plasma tranexamic acid', MB, stat='mean', timepoint='2 hours', dose=0, pop=3),
        M(0.24, '{ratio}', MP, 'milk/plasma ratio of tranexamic acid at 2 hours', MILK, stat='mean', dose=0, pop=3),
        M(0.1, 'ug/mL', CONC, 'infant plasma tranexamic acid (undetectable)', IB, qualifier='<', timepoint='24 to 48 hours of age', dose=0, pop=5),
        M(0.14, 'ug/mL', CONC, 'infant plasma tranexamic acid', IB, stat='median', timepoint='24 to 48 hours of age', dose=0, pop=6),
        M(186.4, 'mL/d', MV, 'expressed milk volume on postpartum day 3', stat='mean', group='Tranexamic Acid', dose=0, pop=3),
        M(179.9, 'mL/d', MV, 'expressed milk volume on postpartum day 3', stat='mean', group='Saline', dose=1, pop=4),
        M(6.5, 'mL/d', OTHER, 'difference in means, expressed milk volume day 3'),
        M(71.2, '%', PROP, 'exclusive breastfeeding at 6 weeks', group='Tranexamic Acid', dose=0, pop=3),
        M(69.4, '%', PROP, 'exclusive breastfeeding at 6 weeks', group='Saline', dose=1, pop=4),
        M(1.03, '{ratio}', OTHER, 'risk ratio, exclusive breastfeeding at 6 weeks'),
        M(-5.9, '%', CHG, 'infant weight change from birth to day 5, % of birth weight', stat='mean', group='Tranexamic Acid', dose=0, pop=3),
        M(-6.3, '%', CHG, 'infant weight change from birth to day 5, % of birth weight', stat='mean', group='Saline', dose=1, pop=4),
        M(0, '%', PROP, 'thromboembolic events', group='Tranexamic Acid', dose=0, pop=3),
        M(0, '%', PROP, 'thromboembolic events', group='Saline', dose=1, pop=4),
        M(11.7, '%', PROP, 'nausea or vomiting', group='Tranexamic Acid', dose=0, pop=3),
        M(10.3, '%', PROP, 'nausea or vomiting', group='Saline', dose=1, pop=4),
        M(5.0, '%', PROP, 'infant jaundice needing phototherapy', group='Tranexamic Acid', dose=0, pop=3),
        M(6.9, '%', PROP, 'infant jaundice needing phototherapy', group='Saline', dose=1, pop=4)],
  comps=[C([186.4, 179.9], 'mL/d', MV, 'expressed milk volume on postpartum day 3', ['Tranexamic Acid', 'Saline'], False, 0.64, '='),
         C([71.2, 69.4], '%', PROP, 'exclusive breastfeeding at 6 weeks', ['Tranexamic Acid', 'Saline'], False, 0.79, '='),
         C([-5.9, -6.3], '%', CHG, 'infant weight change from birth to day 5', ['Tranexamic Acid', 'Saline'], False, 0.41, '='),
         C([0, 0], '%', PROP, 'thromboembolic events', ['Tranexamic Acid', 'Saline']),
         C([11.7, 10.3], '%', PROP, 'nausea or vomiting', ['Tranexamic Acid', 'Saline']),
         C([5.0, 6.9], '%', PROP, 'infant jaundice needing phototherapy', ['Tranexamic Acid', 'Saline'])],
  cites=[])

# ---------------------------------------------------------------------------
doc('ab03_misoprostol_evidence.md')
MA = 'misoprostol acid'
S('Twenty women who were 1 to 5 days postpartum were allocated at random', 'study', 'misoprostol', 'oral',
  pops=[P(20, 'Twenty women who were 1 to 5 days postpartum', 'total', 'mother'),
        P(10, 'Oral (n = 10)', 'exposed', 'mother'),
        P(10, 'Vaginal (n = 10)', 'exposed', 'mother'),
        P(4, '4 of the vaginal-group women', 'exposed', 'mother')],
  doses=[D(200, 'ug', 'a single 200 mcg misoprostol tablet')],
  meas=[M(20.9, 'pg/mL', CONC, 'peak milk misoprostol acid', MILK, MA, dose=0, pop=1, stat='mean', group='oral'),
        M(6.1, 'pg/mL', CONC, 'peak milk misoprostol acid', MILK, MA, dose=0, pop=2, stat='mean', group='vaginal'),
        M(36.3, 'pg.h/mL', OTHER, 'milk AUC 0-6 h', None, MA, dose=0, pop=1, stat='mean', group='oral'),
        M(28.7, 'pg.h/mL', OTHER, 'milk AUC 0-6 h', None, MA, dose=0, pop=2, stat='mean', group='vaginal'),
        M(0.05, '{ratio}', MP, 'milk/plasma AUC ratio', MILK, MA, dose=0, pop=1, group='oral'),
        M(0.07, '{ratio}', MP, 'milk/plasma AUC ratio', MILK, MA, dose=0, pop=2, group='vaginal'),
        M(1, 'pg/mL', CONC, 'milk misoprostol acid below assay limit', MILK, MA, dose=0, pop=1, qualifier='<', group='oral', timepoint='by 5 hours'),
        M(0.04, '%', RID, 'infant dose, % of maternal weight-adjusted dose', None, MA, dose=0, pop=1, group='oral'),
        M(0.03, '%', RID, 'infant dose, % of maternal weight-adjusted dose', None, MA, dose=0, pop=2, group='vaginal')],
  comps=[C([20.9, 6.1], 'pg/mL', CONC, 'peak milk misoprostol acid', ['oral', 'vaginal'], True, 0.001, '<'),
         C([36.3, 28.7], 'pg.h/mL', OTHER, 'milk AUC 0-6 h', ['oral', 'vaginal'], False, 0.34, '='),
         C([0.05, 0.07], '{ratio}', MP, 'milk/plasma AUC ratio', ['oral', 'vaginal'], False),
         C([0.04, 0.03], '%', RID, 'infant intake as % of maternal weight-adjusted dose', ['oral use', 'vaginal use'])],
  cites=[1])
S('In 10 women given misoprostol 600 mcg orally in the third stage of labour', 'study', 'misoprostol', 'oral',
  pops=[P(10, '10 women given misoprostol 600 mcg orally', 'exposed', 'mother')],
  doses=[D(600, 'ug', 'misoprostol 600 mcg orally')],
  meas=[M(7.6, 'pg/mL', CONC, 'milk misoprostol acid', MILK, MA, dose=0, pop=0, stat='mean', timepoint='1 hour'),
        M(0.6, 'h', HL, 'misoprostol acid half-life in milk', MILK, MA, dose=0, pop=0),
        M(1, 'pg/mL', CONC, 'milk misoprostol acid (undetectable)', MILK, MA, dose=0, pop=0, qualifier='<', timepoint='5 hours'),
        M(145, 'pg/mL', CONC, 'maternal plasma misoprostol acid', MB, MA, dose=0, pop=0, stat='mean', timepoint='1 hour'),
        M(0.05, '{ratio}', MP, 'milk/plasma ratio', MILK, MA, dose=0, pop=0, qualifier='~'),
        M(0.6, 'ng/kg', IDOSE, 'estimated infant intake over the first 5 hours', None, MA, dose=0, pop=0)],
  cites=[2])
S('A retrospective cohort at two teaching hospitals compared 112 women', 'study', 'misoprostol', 'rectal',
  pops=[P(112, '112 women who received 800 mcg of misoprostol rectally', 'exposed', 'mother'),
        P(240, '240 women treated with ergometrine alone', 'control', 'mother')],
  doses=[D(800, 'ug', '800 mcg of misoprostol rectally')],
  meas=[M(61, '%', PROP, 'initiation of breastfeeding within the first hour', dose=0, pop=0, group='misoprostol'),
        M(74, '%', PROP, 'initiation of breastfeeding within the first hour', pop=1, group='ergometrine alone'),
        M(0.62, '{ratio}', OTHER, 'adjusted odds ratio, breastfeeding initiation within the first hour'),
        M(93, '%', PROP, 'any breastfeeding at discharge', dose=0, pop=0, group='misoprostol group'),
        M(95, '%', PROP, 'any breastfeeding at discharge', pop=1, group='ergometrine group'),
        M(71, '%', PROP, 'exclusive breastfeeding at discharge', dose=0, pop=0, group='misoprostol group'),
        M(76, '%', PROP, 'exclusive breastfeeding at discharge', pop=1, group='ergometrine group'),
        M(3.6, '%', PROP, 'infant loose stools in the first 48 hours', dose=0, pop=0, group='misoprostol group'),
        M(2.9, '%', PROP, 'infant loose stools in the first 48 hours', pop=1, group='ergometrine group'),
        M(38, '%', PROP, 'maternal shivering', dose=0, pop=0, group='misoprostol'),
        M(9, '%', PROP, 'maternal shivering', pop=1, group='ergometrine alone'),
        M(11, '%', PROP, 'maternal fever above 38 C', dose=0, pop=0, group='misoprostol'),
        M(2, '%', PROP, 'maternal fever above 38 C', pop=1, group='ergometrine alone')],
  comps=[C([61, 74], '%', PROP, 'initiation of breastfeeding within the first hour', ['misoprostol', 'ergometrine alone']),
         C([93, 95], '%', PROP, 'any breastfeeding at discharge', ['misoprostol group', 'ergometrine group'], False),
         C([71, 76], '%', PROP, 'exclusive breastfeeding at discharge', ['misoprostol group', 'ergometrine group'], False, 0.29, '='),
         C([3.6, 2.9], '%', PROP, 'infant loose stools in the first 48 hours', ['misoprostol group', 'ergometrine group'], False),
         C([38, 9], '%', PROP, 'maternal shivering', ['misoprostol', 'ergometrine alone'], True, 0.01, '<'),
         C([11, 2], '%', PROP, 'maternal fever above 38 °C', ['misoprostol', 'ergometrine alone'], True, 0.01, '<')],
  cites=[3])
S('A mother who received 400 mcg misoprostol by mouth for a retained placenta', 'study', 'misoprostol', 'oral',
  doses=[D(400, 'ug', '400 mcg misoprostol by mouth')],
  cites=[4])

# ---------------------------------------------------------------------------
doc('ab04_pyridoxine_prolactin.txt')
PRL = 'prolactin'
S("Postpartum women who had experienced a perinatal loss at 24 weeks' gestation or later", 'study',
  'pyridoxine', 'oral',
  pops=[P(126, 'A total of 126 women', 'total', 'mother'),
        P(43, '43 to 600 mg', 'exposed', 'mother'),
        P(42, '42 to 200 mg', 'exposed', 'mother'),
        P(41, '41 to placebo', 'control', 'mother'),
        P(119, '119 were analyzed', 'total', 'mother'),
        P(2, 'two women in the 600 mg group', 'exposed', 'mother')],
  doses=[D(200, 'mg', 'oral pyridoxine 200 mg three times daily', frequency='three times daily', duration='7 days'),
         D(600, 'mg', 'pyridoxine 600 mg three times daily', frequency='three times daily', duration='7 days')],
  meas=[M(182, 'ng/mL', CONC, 'serum prolactin', MB, PRL, dose=1, pop=1, stat='mean', group='600 mg group', timepoint='enrolment'),
        M(139, 'ng/mL', CONC, 'serum prolactin', MB, PRL, dose=1, pop=1, stat='mean', group='600 mg group', timepoint='day 5'),
        M(176, 'ng/mL', CONC, 'serum prolactin', MB, PRL, dose=0, pop=2, stat='mean', group='200 mg group', timepoint='enrolment'),
        M(151, 'ng/mL', CONC, 'serum prolactin', MB, PRL, dose=0, pop=2, stat='mean', group='200 mg group', timepoint='day 5'),
        M(179, 'ng/mL', CONC, 'serum prolactin', MB, PRL, pop=3, stat='mean', group='placebo', timepoint='enrolment'),
        M(158, 'ng/mL', CONC, 'serum prolactin', MB, PRL, pop=3, stat='mean', group='placebo', timepoint='day 5'),
        M(-19, 'ng/mL', OTHER, 'mean difference in day-5 prolactin, high dose vs placebo', None, PRL, dose=1, stat='mean'),
        M(38, '%', PROP, 'painful breast engorgement on day 3', dose=1, pop=1, group='600 mg'),
        M(47, '%', PROP, 'painful breast engorgement on day 3', dose=0, pop=2, group='200 mg'),
        M(52, '%', PROP, 'painful breast engorgement on day 3', pop=3, group='placebo'),
        M(21, '%', PROP, 'milk leakage on day 5', dose=1, pop=1, group='high-dose arm'),
        M(44, '%', PROP, 'milk leakage on day 5', pop=3, group='placebo arm'),
        M(0.48, '{ratio}', OTHER, 'relative risk of milk leakage, high dose vs placebo', dose=1),
        M(5, '%', PROP, 'rescue bromocriptine needed', dose=1, pop=1, group='600 mg'),
        M(14, '%', PROP, 'rescue bromocriptine needed', pop=3, group='placebo')],
  comps=[C([182, 139], 'ng/mL', CONC, 'serum prolactin in the 600 mg group', ['before', 'after'], True, 0.003, '='),
         C([176, 151], 'ng/mL', CONC, 'serum prolactin in the 200 mg group', ['before', 'after'], False, 0.09, '='),
         C([179, 158], 'ng/mL', CONC, 'serum prolactin with placebo', ['before', 'after'], False, 0.12, '='),
         C([38, 47, 52], '%', PROP, 'painful breast engorgement on day 3', ['600 mg', '200 mg', 'placebo'], False),
         C([21, 44], '%', PROP, 'milk leakage on day 5', ['high-dose arm', 'placebo arm'], True, 0.02, '='),
         C([5, 14], '%', PROP, 'rescue bromocriptine needed', ['600 mg', 'placebo'], False, 0.26, '=')],
  cites=[])

# ---------------------------------------------------------------------------
doc('ab05_nitroglycerin_nipple_review.html')
S('In a single-centre randomized trial, 86 breastfeeding women with painful nipple fissures', 'study',
  'glyceryl trinitrate', 'topical',
  pops=[P(86, '86 breastfeeding women with painful nipple fissures', 'total', 'mother'),
        P(43, '43 were assigned to GTN', 'exposed', 'mother'),
        P(43, '43 to lanolin', 'control', 'mother')],
  doses=[D(0.4, 'g', 'about 0.4 g', frequency='after each feed', duration='up to 14 days'),
         D(0.8, 'mg', 'roughly 0.8 mg of nitroglycerin', frequency='after each feed', duration='up to 14 days')],
  meas=[M(65, '%', PROP, 'complete healing by day 7', dose=0, pop=1, group='GTN group'),
        M(35, '%', PROP, 'complete healing by day 7', pop=2, group='lanolin group'),
        M(7.4, '{score}', OTHER, 'pain on a 10-point scale', dose=0, pop=1, group='GTN', timepoint='baseline'),
        M(2.2, '{score}', OTHER, 'pain on a 10-point scale', dose=0, pop=1, group='GTN', timepoint='day 7'),
        M(7.2, '{score}', OTHER, 'pain on a 10-point scale', pop=2, group='lanolin', timepoint='baseline'),
        M(3.9, '{score}', OTHER, 'pain on a 10-point scale', pop=2, group='lanolin', timepoint='day 7'),
        M(67, '%', PROP, 'exclusive breastfeeding at 6 weeks', dose=0, pop=1, group='GTN'),
        M(63, '%', PROP, 'exclusive breastfeeding at 6 weeks', pop=2, group='lanolin'),
        M(21, '%', PROP, 'headache', dose=0, pop=1, group='GTN'),
        M(5, '%', PROP, 'headache', pop=2, group='lanolin')],
  comps=[C([65, 35], '%', PROP, 'complete healing by day 7', ['GTN group', 'lanolin group'], True, 0.005, '='),
         C([7.4, 2.2], '{score}', OTHER, 'pain with GTN', ['before', 'after'], None),
         C([7.2, 3.9], '{score}', OTHER, 'pain with lanolin', ['before', 'after'], None),
         C([2.2, 3.9], '{score}', OTHER, 'pain on day 7', ['GTN', 'lanolin'], True, 0.01, '<'),
         C([67, 63], '%', PROP, 'exclusive breastfeeding at 6 weeks', ['GTN', 'lanolin'], False),
         C([21, 5], '%', PROP, 'headache', ['GTN', 'lanolin'])],
  cites=[4])
S('Twenty-four mothers with nipple vasospasm (Raynaud phenomenon of the nipple)', 'study',
  'nitroglycerin', 'topical',
  pops=[P(24, 'Twenty-four mothers with nipple vasospasm', 'total', 'mother')],
  meas=[M(58, '%', PROP, 'vasospasm resolved, % of treatment periods', pop=0, group='nitroglycerin periods'),
        M(17, '%', PROP, 'vasospasm resolved, % of treatment periods', pop=0, group='placebo periods')],
  comps=[C([58, 17], '%', PROP, 'resolution of vasospasm', ['nitroglycerin', 'placebo'], True, 0.001, '<')],
  cites=[5])
S('Eight women applying 0.2% ointment to both nipples three times daily', 'study', 'nitroglycerin', 'topical',
  pops=[P(8, 'Eight women applying 0.2% ointment', 'exposed', 'mother'),
        P(3, '3 of the infants', 'exposed', 'infant')],
  meas=[M(0.1, 'ng/mL', CONC, 'milk nitroglycerin (not detected, limit of quantification)', MILK, pop=0, qualifier='<'),
        M(0.6, 'ng/mL', CONC, 'milk 1,2-glyceryl dinitrate', MILK, '1,2-glyceryl dinitrate', pop=0, stat='mean', timepoint='1 hour'),
        M(0.3, 'ng/mL', CONC, 'milk 1,3-glyceryl dinitrate', MILK, '1,3-glyceryl dinitrate', pop=0, stat='mean', timepoint='1 hour'),
        M(0.14, 'ug/kg', IDOSE, 'maximum infant dose of the two dinitrates per day', None, 'glyceryl dinitrates', pop=0, stat='maximum')],
  cites=[6])
S('Use a pea-sized amount (about 0.4 g of 0.2% ointment) on the affected nipple after feeds', 'recommendation',
  'glyceryl trinitrate', 'topical',
  doses=[D(0.4, 'g', 'about 0.4 g of 0.2% ointment', frequency='after feeds')],
  cites=[])

# ---------------------------------------------------------------------------
doc('ab06_oxcarbazepine_cohort.txt')
MHD = 'mhd'
S('We followed 38 breastfed infants of mothers taking oxcarbazepine monotherapy', 'study', 'oxcarbazepine', None,
  pops=[P(38, '38 breastfed infants of mothers taking oxcarbazepine monotherapy', 'exposed', 'infant'),
        P(41, '41 breastfed infants of mothers with epilepsy who were untreated', 'control', 'infant'),
        P(21, '900 mg or less (n = 21)', 'exposed', 'mother'),
        P(17, 'more than 900 mg (n = 17)', 'exposed', 'mother'),
        P(6, 'the 6 infants who were sampled twice after weaning', 'exposed', 'infant')],
  doses=[D(900, 'mg', '900 mg or less', stat='maximum', frequency='per day'),
         D(900, 'mg', 'more than 900 mg', frequency='per day'),
         D(300, 'mg', 'ranged from 300 to 1800 mg', amount_high=1800, stat='range', frequency='per day'),
         D(900, 'mg', 'median 900 mg', stat='median', frequency='per day')],
  meas=[M(6.8, 'mg/L', CONC, 'milk MHD', MILK, MHD, dose=3, pop=0, stat='mean'),
        M(0.52, '{ratio}', MP, 'milk/plasma ratio of MHD', MILK, MHD, dose=3, pop=0, stat='mean'),
        M(0.33, '{ratio}', MP, 'milk/plasma ratio of MHD', MILK, MHD, dose=3, pop=0, value_high=0.79, stat='range'),
        M(0.3, 'mg/L', CONC, 'milk oxcarbazepine', MILK, None, dose=3, pop=0, stat='mean'),
        M(2.7, '%', RID, 'weight-adjusted relative infant dose of MHD', None, MHD, dose=3, pop=0, stat='mean'),
        M(1.0, 'mg/kg', IDOSE, 'estimated infant MHD intake per day', None, MHD, dose=3, pop=0),
        M(0.9, 'mg/L', CONC, 'infant plasma MHD', IB, MHD, dose=1, pop=3, stat='mean', group='more than 900 mg daily'),
        M(0.4, 'mg/L', CONC, 'infant plasma MHD', IB, MHD, dose=0, pop=2, stat='mean', group='900 mg or less'),
        M(4.6, '%', IP, 'infant MHD, % of maternal plasma level', IB, MHD, dose=1, pop=3, group='more than 900 mg daily'),
        M(3.1, '%', IP, 'infant MHD, % of maternal plasma level', IB, MHD, dose=0, pop=2, group='900 mg or less'),
        M(0.05, 'mg/L', CONC, 'infant plasma oxcarbazepine (below LOQ)', IB, None, dose=3, pop=0, qualifier='<'),
        M(17, 'h', HL, 'apparent elimination half-life of MHD in infants', IB, MHD, dose=3, pop=4),
        M(31.5, 'g/d', OTHER, 'mean weight gain from birth to 3 months', dose=3, pop=0, stat='mean', group='exposed infants'),
        M(32.8, 'g/d', OTHER, 'mean weight gain from birth to 3 months', pop=1, stat='mean', group='reference infants'),
        M(-1.3, 'g/d', OTHER, 'difference in weight gain, exposed vs reference'),
        M(58, '%', PROP, 'exclusive breastfeeding at 3 months', dose=3, pop=0, group='exposed'),
        M(66, '%', PROP, 'exclusive breastfeeding at 3 months', pop=1, group='reference'),
        M(8, '%', PROP, 'transient somnolence', dose=3, pop=0, group='exposed infants'),
        M(2, '%', PROP, 'transient somnolence', pop=1, group='reference infants')],
  comps=[C([0.9, 0.4], 'mg/L', CONC, 'infant plasma MHD', ['more than 900 mg daily', '900 mg or less'], True, 0.008, '='),
         C([4.6, 3.1], '%', IP, 'infant MHD as a percentage of maternal plasma level', ['more than 900 mg daily', '900 mg or less'], False, 0.06, '='),
         C([31.5, 32.8], 'g/d', OTHER, 'mean weight gain from birth to 3 months', ['exposed infants', 'reference infants'], False, 0.54, '='),
         C([58, 66], '%', PROP, 'exclusive breastfeeding at 3 months', ['exposed infants', 'reference infants'], False),
         C([8, 2], '%', PROP, 'transient somnolence', ['exposed infants', 'reference infants'])],
  cites=[])

# ---------------------------------------------------------------------------
doc('ab07_rosuvastatin_lactmed.txt')
S('A woman with heterozygous familial hypercholesterolemia took rosuvastatin 20 mg daily', 'study', 'rosuvastatin', None,
  doses=[D(20, 'mg', 'rosuvastatin 20 mg daily', frequency='per day')],
  meas=[M(12.3, 'ug/L', CONC, 'peak milk rosuvastatin', MILK, dose=0, timepoint='4 hours'),
        M(5.1, 'ug/L', CONC, 'trough milk rosuvastatin', MILK, dose=0, timepoint='24 hours'),
        M(1.2, 'ug/L', CONC, 'milk N-desmethyl rosuvastatin', MILK, 'n-desmethyl rosuvastatin', dose=0, timepoint='4 hours'),
        M(0.9, 'ug/L', CONC, 'milk N-desmethyl rosuvastatin', MILK, 'n-desmethyl rosuvastatin', dose=0, timepoint='6 hours'),
        M(8.4, 'ug/L', CONC, 'average milk rosuvastatin over the dosing interval', MILK, dose=0, stat='mean'),
        M(17.2, 'h', HL, 'rosuvastatin half-life in milk', MILK, dose=0),
        M(1.26, 'ug/kg', IDOSE, 'estimated infant dose per day', dose=0),
        M(0.4, '%', RID, 'infant dose, % of maternal weight-adjusted dosage', dose=0)],
  cites=[2])
S('Seven women who were taking rosuvastatin 10 mg (n = 4) or 40 mg (n = 3) daily', 'study', 'rosuvastatin', None,
  pops=[P(7, 'Seven women', 'exposed', 'mother'),
        P(4, '10 mg (n = 4)', 'exposed', 'mother'),
        P(3, '40 mg (n = 3)', 'exposed', 'mother')],
  doses=[D(10, 'mg', 'rosuvastatin 10 mg (n = 4)', frequency='per day'),
         D(40, 'mg', '40 mg (n = 3) daily', frequency='per day')],
  meas=[M(4.2, 'ug/L', CONC, 'average milk rosuvastatin', MILK, dose=0, pop=1, stat='mean', group='10 mg dose'),
        M(19.8, 'ug/L', CONC, 'average milk rosuvastatin', MILK, dose=1, pop=2, stat='mean', group='40 mg dose'),
        M(0.38, '{ratio}', MP, 'milk/plasma ratio', MILK, pop=0, stat='mean'),
        M(0.21, '{ratio}', MP, 'milk/plasma ratio', MILK, pop=0, value_high=0.61, stat='range'),
        M(0.63, 'ug/kg', IDOSE, 'estimated infant dosage per day', dose=0, pop=1, group='10 mg'),
        M(2.97, 'ug/kg', IDOSE, 'estimated infant dosage per day', dose=1, pop=2, group='40 mg'),
        M(0.44, '%', RID, 'infant dose, % of maternal weight-adjusted dosage', dose=0, pop=1, group='10 mg'),
        M(0.52, '%', RID, 'infant dose, % of maternal weight-adjusted dosage', dose=1, pop=2, group='40 mg')],
  comps=[C([4.2, 19.8], 'ug/L', CONC, 'average milk rosuvastatin', ['10 mg dose', '40 mg dose']),
         C([0.63, 2.97], 'ug/kg', IDOSE, 'estimated infant dosage', ['10 mg', '40 mg']),
         C([0.44, 0.52], '%', RID, 'percentage of the maternal weight-adjusted dosage', ['10 mg', '40 mg'])],
  cites=[3])
S('In the study of 7 women above, serum samples were taken from 5 of their breastfed infants', 'study', 'rosuvastatin', None,
  pops=[P(7, 'the study of 7 women above', 'exposed', 'mother'),
        P(5, '5 of their breastfed infants', 'exposed', 'infant'),
        P(3, '3 infants whose mothers took 10 mg daily', 'exposed', 'infant'),
        P(2, 'The 2 infants whose mothers took 40 mg daily', 'exposed', 'infant')],
  doses=[D(10, 'mg', '10 mg daily', frequency='per day'),
         D(40, 'mg', '40 mg daily', frequency='per day')],
  meas=[M(0.2, 'ug/L', CONC, 'infant serum rosuvastatin (undetectable)', IB, dose=0, pop=2, qualifier='<'),
        M(0.3, 'ug/L', CONC, 'infant serum rosuvastatin', IB, dose=1, pop=3),
        M(0.5, 'ug/L', CONC, 'infant serum rosuvastatin', IB, dose=1, pop=3),
        M(1.1, '%', IP, 'infant serum level, % of simultaneous maternal serum level', IB, dose=1, pop=3),
        M(1.6, '%', IP, 'infant serum level, % of simultaneous maternal serum level', IB, dose=1, pop=3)],
  cites=[3])
S('The 2 infants of mothers taking 40 mg daily in the study above were reported', 'study', 'rosuvastatin', None,
  pops=[P(2, 'The 2 infants of mothers taking 40 mg daily', 'exposed', 'infant')],
  doses=[D(40, 'mg', '40 mg daily', frequency='per day')],
  cites=[3])
S('A mother with homozygous familial hypercholesterolemia took rosuvastatin 40 mg daily with ezetimibe', 'study',
  'rosuvastatin', None,
  doses=[D(40, 'mg', 'rosuvastatin 40 mg daily', frequency='per day', drug='rosuvastatin'),
         D(10, 'mg', 'ezetimibe 10 mg daily', frequency='per day', drug='ezetimibe')],
  meas=[M(142, 'mg/dL', CONC, 'infant serum total cholesterol', IB, 'total cholesterol', timepoint='4 months')],
  cites=[4])
S('Milk cholesterol was measured in 4 mothers before and after 14 days of rosuvastatin 10 mg daily', 'study',
  'rosuvastatin', None,
  pops=[P(4, '4 mothers', 'exposed', 'mother')],
  doses=[D(10, 'mg', 'rosuvastatin 10 mg daily', frequency='per day', duration='14 days')],
  meas=[M(152, 'mg/L', CONC, 'average milk cholesterol', MILK, 'cholesterol', dose=0, pop=0, stat='mean', timepoint='before'),
        M(131, 'mg/L', CONC, 'average milk cholesterol', MILK, 'cholesterol', dose=0, pop=0, stat='mean', timepoint='after 14 days')],
  comps=[C([152, 131], 'mg/L', CONC, 'average milk cholesterol', ['before', 'after'], False)],
  cites=[5])

# ---------------------------------------------------------------------------
doc('ab08_doxepin_lactmed.txt')
ND = 'nordoxepin'; DN = 'doxepin plus nordoxepin'
S('Doxepin and its active metabolite nordoxepin are found in breastmilk in amounts', 'recommendation',
  'doxepin', None,
  meas=[M(1, '%', RID, 'infant dose, % of maternal weight-adjusted dosage', None, DN, value_high=3, qualifier='~')],
  cites=[])
S('At the low doses used for insomnia or chronic urticaria (3 to 25 mg daily)', 'recommendation',
  'doxepin', None,
  doses=[D(3, 'mg', '3 to 25 mg daily', amount_high=25, frequency='per day')],
  cites=[1, 2])
S('A woman took doxepin 100 mg daily at bedtime for depression', 'study', 'doxepin', None,
  doses=[D(100, 'mg', 'doxepin 100 mg daily at bedtime', frequency='daily at bedtime')],
  meas=[M(29, 'ug/L', CONC, 'milk doxepin', MILK, dose=0, timepoint='12 hours after the dose'),
        M(11, 'ug/L', CONC, 'milk nordoxepin', MILK, ND, dose=0, timepoint='12 hours after the dose'),
        M(1.1, '{ratio}', MP, 'milk/plasma ratio of doxepin', MILK, dose=0),
        M(1.7, '{ratio}', MP, 'milk/plasma ratio of nordoxepin', MILK, ND, dose=0),
        M(1, '%', RID, 'infant dose, % of maternal weight-adjusted dosage', dose=0, qualifier='~')],
  cites=[3])
S('Eight women who were 3 to 20 weeks postpartum and were taking doxepin in daily doses', 'study',
  'doxepin', None,
  pops=[P(8, 'Eight women who were 3 to 20 weeks postpartum', 'exposed', 'mother'),
        P(5, '75 mg (n = 5)', 'exposed', 'mother'),
        P(3, '150 mg (n = 3)', 'exposed', 'mother')],
  doses=[D(75, 'mg', 'daily doses of 75 mg (n = 5)', frequency='per day'),
         D(150, 'mg', '150 mg (n = 3)', frequency='per day')],
  meas=[M(21, 'ug/L', CONC, 'average milk doxepin', MILK, dose=0, pop=1, stat='mean', group='75 mg'),
        M(46, 'ug/L', CONC, 'average milk doxepin', MILK, dose=1, pop=2, stat='mean', group='150 mg'),
        M(13, 'ug/L', CONC, 'average milk nordoxepin', MILK, ND, dose=0, pop=1, stat='mean', group='75 mg'),
        M(30, 'ug/L', CONC, 'average milk nordoxepin', MILK, ND, dose=1, pop=2, stat='mean', group='150 mg'),
        M(1.4, '{ratio}', OTHER, 'hindmilk/foremilk level ratio', pop=0, qualifier='~'),
        M(1.2, '{ratio}', MP, 'milk/plasma ratio of doxepin', MILK, pop=0, stat='mean'),
        M(1.6, '{ratio}', MP, 'milk/plasma ratio of nordoxepin', MILK, ND, pop=0, stat='mean'),
        M(5, 'ug/kg', IDOSE, 'estimated infant intake of doxepin plus nordoxepin per day', None, DN, dose=0, pop=1, stat='mean', group='75 mg'),
        M(11, 'ug/kg', IDOSE, 'estimated infant intake of doxepin plus nordoxepin per day', None, DN, dose=1, pop=2, stat='mean', group='150 mg'),
        M(2.2, '%', RID, 'infant intake, % of maternal weight-adjusted dosage', None, DN, pop=0, stat='mean'),
        M(1.1, '%', RID, 'infant intake, % of maternal weight-adjusted dosage', None, DN, pop=0, value_high=3.0, stat='range')],
  comps=[C([21, 46], 'ug/L', CONC, 'average milk doxepin', ['75 mg', '150 mg']),
         C([13, 30], 'ug/L', CONC, 'milk nordoxepin', ['75 mg', '150 mg']),
         C([5, 11], 'ug/kg', IDOSE, 'estimated infant intake of doxepin plus nordoxepin', ['75 mg dose', '150 mg dose'])],
  cites=[4])
S('A mother took doxepin 25 mg at bedtime for chronic urticaria', 'study', 'doxepin', None,
  doses=[D(25, 'mg', 'doxepin 25 mg at bedtime', frequency='at bedtime')],
  meas=[M(8, 'ug/L', CONC, 'milk doxepin', MILK, dose=0, timepoint='4 hours after a dose'),
        M(4, 'ug/L', CONC, 'milk nordoxepin', MILK, ND, dose=0, timepoint='4 hours after a dose'),
        M(3.5, 'ug', AEX, 'doxepin excreted in milk over 24 hours', dose=0)],
  cites=[5])
S('In the 8 mother-infant pairs described above, doxepin was undetectable', 'study', 'doxepin', None,
  pops=[P(8, 'the 8 mother-infant pairs', 'exposed', 'pair'),
        P(2, '2 infants', 'exposed', 'infant')],
  doses=[D(150, 'mg', '150 mg daily', frequency='per day')],
  meas=[M(2, 'ug/L', CONC, 'infant serum doxepin (undetectable)', IB, pop=0, qualifier='<'),
        M(4, 'ug/L', CONC, 'infant serum nordoxepin', IB, ND, dose=0, pop=1),
        M(7, 'ug/L', CONC, 'infant serum nordoxepin', IB, ND, dose=0, pop=1),
        M(9, '%', IP, 'infant nordoxepin, % of maternal serum level', IB, ND, dose=0, pop=1, qualifier='~'),
        M(15, '%', IP, 'infant nordoxepin, % of maternal serum level', IB, ND, dose=0, pop=1, qualifier='~')],
  cites=[4])
S('An 8-week-old breastfed infant whose mother was taking 75 mg of doxepin daily', 'study', 'doxepin', None,
  doses=[D(75, 'mg', '75 mg of doxepin daily', frequency='per day')],
  meas=[M(3, 'ug/L', CONC, 'infant serum doxepin (barely detectable)', IB, dose=0),
        M(58, 'ug/L', CONC, 'serum nordoxepin', IB, ND, dose=0, group='infant'),
        M(65, 'ug/L', CONC, 'serum nordoxepin', MB, ND, dose=0, group='mother'),
        M(66, 'h', HL, 'infant serum half-life of nordoxepin', IB, ND, dose=0, group='infant'),
        M(31, 'h', HL, 'maternal half-life of nordoxepin', MB, ND, dose=0, group='mother')],
  comps=[C([58, 65], 'ug/L', CONC, 'serum nordoxepin level', ['infant', 'mother'], False),
         C([66, 31], 'h', HL, 'half-life of nordoxepin', ['infant', 'mother'])],
  cites=[6])
S('In a follow-up study, 20 infants breastfed during maternal doxepin therapy', 'study',
  'doxepin', None,
  pops=[P(20, '20 infants breastfed during maternal doxepin therapy', 'exposed', 'infant'),
        P(20, '20 formula-fed infants of depressed mothers taking the same drug', 'control', 'infant')],
  meas=[M(102, '{score}', OTHER, 'mean Bayley mental development score', pop=0, stat='mean', group='breastfed group'),
        M(101, '{score}', OTHER, 'mean Bayley mental development score', pop=1, stat='mean', group='formula-fed group'),
        M(99, '{score}', OTHER, 'Bayley motor score', pop=0, stat='mean', group='breastfed group'),
        M(100, '{score}', OTHER, 'Bayley motor score', pop=1, stat='mean', group='formula-fed group')],
  comps=[C([102, 101], '{score}', OTHER, 'Bayley mental development scores', ['breastfed group', 'formula-fed group'], False),
         C([99, 100], '{score}', OTHER, 'Bayley motor scores', ['breastfed group', 'formula-fed group'], False)],
  cites=[7])
S('No sedation or feeding problems were noted in 3 infants whose mothers took doxepin', 'study',
  'doxepin', None,
  pops=[P(3, '3 infants whose mothers took doxepin 10 to 25 mg daily', 'exposed', 'infant')],
  doses=[D(10, 'mg', 'doxepin 10 to 25 mg daily', amount_high=25, frequency='per day', duration='2 to 6 months')],
  cites=[2])
S('Tricyclic antidepressants, including doxepin, have caused increased prolactin levels', 'study', 'doxepin', None,
  pops=[P(12, '12 women with depression', 'exposed', 'other')],
  doses=[D(150, 'mg', 'doxepin 150 mg daily', frequency='per day', duration='4 weeks')],
  meas=[M(14, 'ug/L', CONC, 'serum prolactin', MB, PRL, dose=0, pop=0, stat='mean', timepoint='before treatment'),
        M(23, 'ug/L', CONC, 'serum prolactin', MB, PRL, dose=0, pop=0, stat='mean', timepoint='after 4 weeks')],
  comps=[C([14, 23], 'ug/L', CONC, 'serum prolactin', ['before', 'after'], True, 0.05, '<')],
  cites=[8])

# ---------------------------------------------------------------------------
doc('ab09_dolutegravir_lactmed.txt')
S('Twenty-four women in Uganda and Nigeria who were taking dolutegravir 50 mg once daily', 'study', 'dolutegravir', None,
  pops=[P(24, 'Twenty-four women in Uganda and Nigeria', 'exposed', 'mother')],
  doses=[D(50, 'mg', 'dolutegravir 50 mg once daily', frequency='once daily')],
  meas=[M(0.033, 'mg/L', CONC, 'milk dolutegravir', MILK, dose=0, pop=0, stat='median', timepoint='2 weeks postpartum'),
        M(0.033, '{ratio}', MP, 'milk-to-plasma ratio', MILK, dose=0, pop=0, stat='median', timepoint='2 weeks postpartum'),
        M(0.021, 'mg/L', CONC, 'milk dolutegravir', MILK, dose=0, pop=0, stat='median', timepoint='6 weeks postpartum'),
        M(5, 'ug/kg', IDOSE, 'estimated infant dose per day', dose=0, pop=0, qualifier='~'),
        M(0.6, '%', RID, 'infant dose, % of maternal weight-adjusted dosage', dose=0, pop=0)],
  cites=[3])
S('Nine women taking dolutegravir 50 mg daily had milk sampled at 0, 2, 4, 8 and 24 hours', 'study', 'dolutegravir', None,
  pops=[P(9, 'Nine women taking dolutegravir 50 mg daily', 'exposed', 'mother')],
  doses=[D(50, 'mg', 'dolutegravir 50 mg daily', frequency='per day')],
  meas=[M(44.6, 'ug/L', CONC, 'peak milk dolutegravir', MILK, dose=0, pop=0, stat='mean', timepoint='4 hours'),
        M(0.027, '{ratio}', MP, 'milk/plasma AUC ratio', MILK, dose=0, pop=0),
        M(0.012, '{ratio}', MP, 'milk/plasma AUC ratio', MILK, dose=0, pop=0, value_high=0.054, stat='range'),
        M(4.9, 'ug/kg', IDOSE, 'average infant dose per day', dose=0, pop=0, stat='mean'),
        M(0.19, '{ratio}', MP, 'milk/plasma ratio of dolutegravir glucuronide', MILK, 'dolutegravir glucuronide', dose=0, pop=0)],
  cites=[4])
S('In the 24 mother-infant pairs from Uganda and Nigeria described above', 'study', 'dolutegravir', None,
  pops=[P(24, 'the 24 mother-infant pairs from Uganda and Nigeria', 'exposed', 'pair'),
        P(13, '13 infants', 'exposed', 'infant'),
        P(8, '8 infants whose mothers had stopped dolutegravir near delivery', 'exposed', 'infant')],
  meas=[M(66.7, 'ng/mL', CONC, 'infant plasma dolutegravir', IB, pop=0, stat='median', timepoint='2 weeks of age'),
        M(3.2, '%', IP, 'infant level, % of maternal plasma level', IB, pop=0, stat='median'),
        M(32.8, 'h', HL, 'elimination half-life in infants', IB, pop=2, stat='median', group='infants'),
        M(13.6, 'h', HL, 'half-life in maternal plasma', MB, group='maternal plasma')],
  comps=[C([32.8, 13.6], 'h', HL, 'elimination half-life of dolutegravir', ['infants', 'maternal plasma'])],
  cites=[3])
S('In the randomized trial described below, plasma samples were obtained from breastfed infants', 'study',
  'dolutegravir', None,
  doses=[D(50, 'mg', 'dolutegravir 50 mg daily', frequency='per day')],
  meas=[M(62, '%', PROP, 'infants with quantifiable plasma dolutegravir', dose=0, timepoint='2 weeks'),
        M(39, '%', PROP, 'infants with quantifiable plasma dolutegravir', dose=0, timepoint='6 weeks of age'),
        M(0.05, '{ratio}', IP, 'infant-to-maternal plasma ratio', IB, dose=0, stat='median', timepoint='2 weeks'),
        M(0.03, '{ratio}', IP, 'infant-to-maternal plasma ratio', IB, dose=0, stat='median', timepoint='6 weeks')],
  cites=[5])
S('In a randomized trial in pregnant women who began therapy in the third trimester', 'study', 'dolutegravir', None,
  pops=[P(137, '137 mother-infant pairs received dolutegravir-based therapy', 'exposed', 'pair'),
        P(131, '131 received efavirenz-based therapy', 'control', 'pair')],
  meas=[M(19, '%', PROP, 'infants with grade 3 or 4 adverse events through 72 weeks', pop=0, group='dolutegravir arm'),
        M(22, '%', PROP, 'infants with grade 3 or 4 adverse events through 72 weeks', pop=1, group='efavirenz arm'),
        M(4, '%', PROP, 'infant hyperbilirubinemia', pop=0, group='dolutegravir arm'),
        M(5, '%', PROP, 'infant hyperbilirubinemia', pop=1, group='efavirenz arm'),
        M(-0.41, '{z-score}', OTHER, 'mean infant weight-for-age z-score at 72 weeks', pop=0, stat='mean', group='dolutegravir'),
        M(-0.38, '{z-score}', OTHER, 'mean infant weight-for-age z-score at 72 weeks', pop=1, stat='mean', group='efavirenz')],
  comps=[C([19, 22], '%', PROP, 'grade 3 or 4 adverse events in infants', ['dolutegravir arm', 'efavirenz arm'], False),
         C([4, 5], '%', PROP, 'infant hyperbilirubinemia', ['dolutegravir arm', 'efavirenz arm']),
         C([-0.41, -0.38], '{z-score}', OTHER, 'infant weight-for-age z-scores at 72 weeks', ['dolutegravir', 'efavirenz'], False, 0.84, '=')],
  cites=[5])
S('A cohort study of 96 breastfed infants exposed to dolutegravir through breastmilk', 'study', 'dolutegravir', None,
  pops=[P(96, '96 breastfed infants exposed to dolutegravir through breastmilk', 'exposed', 'infant')],
  meas=[M(11, '%', PROP, 'infant sleep problems', pop=0, group='dolutegravir'),
        M(4, '%', PROP, 'infant sleep problems', group='other antiretrovirals')],
  comps=[C([11, 4], '%', PROP, 'infant sleep problems', ['dolutegravir', 'other antiretrovirals'], True, 0.03, '=')],
  cites=[6])

# ---------------------------------------------------------------------------
doc('ab10_valganciclovir_lactmed.txt')
GCV = 'ganciclovir'
S('The amount an exclusively breastfed infant would receive is about 1 to 2%', 'recommendation', 'valganciclovir', None,
  meas=[M(1, '%', RID, 'infant dose, % of maternal weight-adjusted dosage', None, GCV, value_high=2, qualifier='~'),
        M(1, '%', RID, 'infant dose, % of neonatal treatment dose for congenital CMV', None, GCV, qualifier='<')],
  cites=[])
S('A woman who had received a kidney transplant took valganciclovir 900 mg once daily', 'study', 'valganciclovir', None,
  doses=[D(900, 'mg', 'valganciclovir 900 mg once daily', frequency='once daily'),
         D(16, 'mg/kg', 'the infant treatment dosage of 16 mg/kg twice daily', recipient='infant', frequency='twice daily')],
  meas=[M(10, 'ug/L', CONC, 'milk valganciclovir (not detected)', MILK, dose=0, qualifier='<'),
        M(1.3, 'mg/L', CONC, 'peak milk ganciclovir', MILK, GCV, dose=0, timepoint='3 hours after the dose'),
        M(0.81, 'mg/L', CONC, 'average milk ganciclovir over 24 hours', MILK, GCV, dose=0, stat='mean'),
        M(0.72, '{ratio}', MP, 'milk/plasma AUC ratio of ganciclovir', MILK, GCV, dose=0),
        M(0.12, 'mg/kg', IDOSE, 'estimated infant ganciclovir dose per day', None, GCV, dose=0),
        M(1.3, '%', RID, 'infant dose, % of maternal weight-adjusted dosage', None, GCV, dose=0),
        M(0.75, '%', RID, 'infant dose, % of infant treatment dosage', None, GCV, dose=0)],
  cites=[3])
S('Four women were given valganciclovir 450 mg daily (n = 2) or 900 mg daily (n = 2)', 'study', 'valganciclovir', None,
  pops=[P(4, 'Four women', 'exposed', 'mother'),
        P(2, '450 mg daily (n = 2)', 'exposed', 'mother'),
        P(2, '900 mg daily (n = 2)', 'exposed', 'mother')],
  doses=[D(450, 'mg', 'valganciclovir 450 mg daily', frequency='per day'),
         D(900, 'mg', '900 mg daily', frequency='per day')],
  meas=[M(0.36, 'mg/L', CONC, 'average milk ganciclovir', MILK, GCV, dose=0, pop=1, stat='mean', group='450 mg'),
        M(0.79, 'mg/L', CONC, 'average milk ganciclovir', MILK, GCV, dose=1, pop=2, stat='mean', group='900 mg'),
        M(0.61, '{ratio}', MP, 'milk/plasma ratio', MILK, GCV, dose=0, pop=1, group='450 mg'),
        M(0.68, '{ratio}', MP, 'milk/plasma ratio', MILK, GCV, dose=1, pop=2, group='900 mg'),
        M(0.22, 'mg', AEX, 'ganciclovir excreted into milk in 24 hours', None, GCV, dose=0, pop=1, stat='mean', group='lower dose'),
        M(0.47, 'mg', AEX, 'ganciclovir excreted into milk in 24 hours', None, GCV, dose=1, pop=2, stat='mean', group='higher dose')],
  comps=[C([0.36, 0.79], 'mg/L', CONC, 'average milk ganciclovir', ['450 mg', '900 mg']),
         C([0.61, 0.68], '{ratio}', MP, 'milk/plasma ratios', ['450 mg', '900 mg']),
         C([0.22, 0.47], 'mg', AEX, 'total ganciclovir excreted into milk in 24 hours', ['lower dose', 'higher dose'])],
  cites=[4])
S('A mother was treated with intravenous ganciclovir 5 mg/kg every 12 hours for 14 days', 'study', 'ganciclovir', 'intravenous',
  doses=[D(5, 'mg/kg', 'intravenous ganciclovir 5 mg/kg every 12 hours for 14 days', frequency='every 12 hours', duration='14 days', drug='ganciclovir'),
         D(900, 'mg', 'oral valganciclovir 900 mg twice daily', frequency='twice daily', drug='valganciclovir')],
  meas=[M(2.4, 'mg/L', CONC, 'milk ganciclovir 2 hours after the infusion', MILK, dose=0, group='intravenous ganciclovir', timepoint='2 hours after the infusion'),
        M(1.9, 'mg/L', CONC, 'milk ganciclovir 2 hours after the dose', MILK, dose=1, group='oral valganciclovir', timepoint='2 hours after the dose'),
        M(4.1, 'h', HL, 'ganciclovir elimination half-life in milk', MILK),
        M(3.8, 'h', HL, 'ganciclovir serum half-life', MB)],
  comps=[C([2.4, 1.9], 'mg/L', CONC, 'ganciclovir milk level 2 hours after the dose', ['intravenous ganciclovir', 'oral valganciclovir']),
         C([4.1, 3.8], 'h', HL, 'elimination half-life of ganciclovir', ['milk', 'serum'], False)],
  cites=[5])
S('Two breastfed infants of the 4 women in the study above had serum ganciclovir levels measured', 'study',
  'valganciclovir', None,
  pops=[P(2, 'Two breastfed infants', 'exposed', 'infant'),
        P(4, 'the 4 women in the study above', 'exposed', 'mother')],
  doses=[D(450, 'mg', '450 mg daily', frequency='per day'),
         D(900, 'mg', '900 mg daily', frequency='per day')],
  meas=[M(0.05, 'mg/L', CONC, 'infant serum ganciclovir (undetectable)', IB, GCV, dose=0, qualifier='<'),
        M(0.08, 'mg/L', CONC, 'infant serum ganciclovir', IB, GCV, dose=1),
        M(1.2, '%', IP, 'infant serum level, % of maternal serum level', IB, GCV, dose=1)],
  cites=[4])
S('The infant of the transplant recipient described above was exclusively breastfed during 21 days', 'study',
  'valganciclovir', None,
  meas=[M(2.9, '10*9/L', OTHER, 'infant absolute neutrophil count', None, 'neutrophils', timepoint='before maternal therapy'),
        M(2.6, '10*9/L', OTHER, 'infant absolute neutrophil count', None, 'neutrophils', timepoint='end of maternal therapy')],
  comps=[C([2.9, 2.6], '10*9/L', OTHER, 'infant absolute neutrophil count', ['before', 'after'])],
  cites=[3])
S('Six breastfed infants whose mothers were taking valganciclovir 450 to 900 mg daily', 'study', 'valganciclovir', None,
  pops=[P(6, 'Six breastfed infants', 'exposed', 'infant')],
  doses=[D(450, 'mg', 'valganciclovir 450 to 900 mg daily', amount_high=900, frequency='per day', duration='up to 3 months')],
  cites=[6])


def main():
    with open(OUT, 'w', encoding='utf-8') as f:
        for d in DOCS:
            f.write(json.dumps(d, ensure_ascii=False) + '\n')
    print('wrote %s: %d documents, %d statements' % (
        os.path.normpath(OUT), len(DOCS), sum(len(d['statements']) for d in DOCS)))


if __name__ == '__main__':
    main()
