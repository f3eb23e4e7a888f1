#!/usr/bin/env python3
"""Build gold.jsonl (format version 2) for the SYNTHETIC held-out corpus heldout_ah.

Annotations are written as Python calls; run `python3 tools/build_gold.py` from any
directory.  Output: ../gold.jsonl (one JSON line per document, in file-name order).
Standard library only.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'gold.jsonl')

DOCS = []


def doc(name):
    d = {'doc': name, 'statements': []}
    DOCS.append(d)
    return d


class St:
    """One statement; P/D/M/C append and return the new item's index."""

    def __init__(self, d, anchor, kind, drug, route=None, cites=()):
        self.s = {'anchor': anchor, 'kind': kind, 'drug': drug, 'route': route,
                  'populations': [], 'doses': [], 'measurements': [], 'comparisons': [],
                  'citations': list(cites)}
        d['statements'].append(self.s)

    def P(self, n, text, role, who):
        self.s['populations'].append({'n': n, 'text': text, 'role': role, 'who': who})
        return len(self.s['populations']) - 1

    def D(self, amount, unit, text, recipient='mother', high=None, stat=None,
          freq=None, dur=None, drug=None):
        x = {'amount': amount}
        if high is not None:
            x['amount_high'] = high
        x['unit'] = unit
        if stat is not None:
            x['stat'] = stat
        if freq is not None:
            x['frequency'] = freq
        if dur is not None:
            x['duration'] = dur
        if drug is not None:
            x['drug'] = drug
        x['text'] = text
        x['recipient'] = recipient
        self.s['doses'].append(x)
        return len(self.s['doses']) - 1

    def M(self, value, unit, kind, measure, matrix=None, analyte=None, dose=None, pop=None,
          high=None, q=None, stat=None, group=None, tp=None):
        x = {'value': value}
        if high is not None:
            x['value_high'] = high
        x['unit'] = unit
        if q is not None:
            x['qualifier'] = q
        if stat is not None:
            x['stat'] = stat
        if group is not None:
            x['group'] = group
        x['measure'] = measure
        if tp is not None:
            x['timepoint'] = tp
        x.update({'kind': kind, 'matrix': matrix, 'analyte': analyte,
                  'dose': dose, 'population': pop})
        self.s['measurements'].append(x)
        return len(self.s['measurements']) - 1

    def C(self, measure, values, unit, kind, outcome, arms, significant, p=None, pq=None):
        self.s['comparisons'].append({
            'measure': measure, 'values': list(values), 'unit': unit, 'kind': kind,
            'outcome': outcome, 'arms': list(arms), 'significant': significant,
            'p_value': p, 'p_qualifier': pq})


# shorthand codes
MB, IB, MK = 'maternal_blood', 'infant_blood', 'milk'
CONC, RID, IDOSE, MPR, IPR = 'concentration', 'relative_infant_dose', 'infant_dose', 'milk_plasma_ratio', 'infant_plasma_ratio'
HL, AEX, PROP, CHG, VOL, OTH = 'half_life', 'amount_excreted', 'proportion', 'change', 'milk_volume', 'other'

# ---------------------------------------------------------------------------
# ah01: three-arm RCT abstract page (ropivacaine wound infusion)
d = doc('ah01_ropivacaine_abstract.html')
s = St(d, 'women having elective caesarean delivery under spinal anaesthesia were randomly allocated',
       'study', 'ropivacaine', None, [])
p_scr = s.P(171, '171 women screened', 'total', 'mother')
p_rand = s.P(135, '135 were randomised', 'total', 'mother')
p_arm = s.P(45, '45 per arm', 'total', 'mother')
p_an = s.P(129, '129 were analysed', 'total', 'mother')
p_lo = s.P(44, 'low-concentration, n = 44', 'exposed', 'mother')
p_hi = s.P(43, 'high-concentration, n = 43', 'exposed', 'mother')
p_pl = s.P(42, 'placebo, n = 42', 'control', 'mother')
s.P(35, '35/44 (79.5%)', 'exposed', 'mother')
s.P(36, '36/43 (83.7%)', 'exposed', 'mother')
s.P(26, '26/42 (61.9%)', 'control', 'mother')
p_pk = s.P(8, 'eight women from each active group', 'exposed', 'mother')
d_lo = s.D(20, 'mg', 'ropivacaine 20 mg/h', freq='per hour', dur='48 hours', drug='ropivacaine')
s.D(10, 'mL', '0.2% at 10 mL/h', freq='per hour', dur='48 hours', drug='ropivacaine')
d_hi = s.D(37.5, 'mg', 'ropivacaine 37.5 mg/h', freq='per hour', dur='48 hours', drug='ropivacaine')
s.D(10, 'mL', '0.375% at 10 mL/h', freq='per hour', dur='48 hours', drug='ropivacaine')
d_pl = s.D(10, 'mL', '0.9% saline 10 mL/h', freq='per hour', dur='48 hours', drug='saline')
s.D(2, 'mg', 'intravenous piritramide 2 mg boluses', freq='patient-controlled, as needed', drug='piritramide')
m = 'piritramide consumption over 48 h'
s.M(18, 'mg', OTH, m, analyte='piritramide', dose=d_lo, pop=p_lo, stat='median', group='low concentration (ropivacaine 0.2%)')
s.M(12, 'mg', OTH, m, analyte='piritramide', dose=d_hi, pop=p_hi, stat='median', group='high concentration (ropivacaine 0.375%)')
s.M(31, 'mg', OTH, m, analyte='piritramide', dose=d_pl, pop=p_pl, stat='median', group='saline')
s.C(m, [18, 12, 31], 'mg', OTH, 'piritramide consumption over 48 h',
    ['low concentration', 'high concentration', 'saline'], True, 0.001, '<')
m = 'exclusive breastfeeding at discharge'
s.M(79.5, '%', PROP, m, dose=d_lo, pop=p_lo, group='low-concentration')
s.M(83.7, '%', PROP, m, dose=d_hi, pop=p_hi, group='high-concentration')
s.M(61.9, '%', PROP, m, dose=d_pl, pop=p_pl, group='placebo')
s.C(m, [79.5, 83.7, 61.9], '%', PROP, 'exclusive breastfeeding at discharge',
    ['low-concentration', 'high-concentration', 'placebo'], True, 0.03, '=')
m = 'total plasma ropivacaine at 24 h'
s.M(0.71, 'ug/mL', CONC, m, MB, dose=d_lo, pop=p_lo, stat='mean', group='low-concentration group', tp='24 h')
s.M(1.38, 'ug/mL', CONC, m, MB, dose=d_hi, pop=p_hi, stat='mean', group='high-concentration group', tp='24 h')
s.M(2.05, 'ug/mL', CONC, 'highest individual total plasma ropivacaine', MB, dose=d_hi, pop=p_hi,
    stat='maximum', group='high-concentration group')
s.C(m, [0.71, 1.38], 'ug/mL', CONC, 'total plasma ropivacaine at 24 h',
    ['low-concentration group', 'high-concentration group'], True, 0.001, '<')
m = 'colostrum ropivacaine'
s.M(0.16, 'ug/mL', CONC, m, MK, dose=d_lo, pop=p_pk, group='0.2%', tp='24 h')
s.M(0.29, 'ug/mL', CONC, m, MK, dose=d_hi, pop=p_pk, group='0.375%', tp='24 h')
s.M(0.11, 'ug/mL', CONC, m, MK, dose=d_lo, pop=p_pk, group='0.2%', tp='48 h')
s.M(0.22, 'ug/mL', CONC, m, MK, dose=d_hi, pop=p_pk, group='0.375%', tp='48 h')
s.C('colostrum ropivacaine at 24 h', [0.16, 0.29], 'ug/mL', CONC, 'colostrum ropivacaine at 24 h',
    ['0.2%', '0.375%'], None)
s.C('colostrum ropivacaine at 48 h', [0.11, 0.22], 'ug/mL', CONC, 'colostrum ropivacaine at 48 h',
    ['0.2%', '0.375%'], None)
m = 'colostrum-to-plasma ratio at 24 h'
s.M(0.23, '{ratio}', MPR, m, MK, dose=d_lo, pop=p_pk, group='0.2%', tp='24 h')
s.M(0.21, '{ratio}', MPR, m, MK, dose=d_hi, pop=p_pk, group='0.375%', tp='24 h')
s.C(m, [0.23, 0.21], '{ratio}', MPR, 'colostrum-to-plasma ratio at 24 h', ['0.2%', '0.375%'], False)
s.M(0.2, '%', RID, 'estimated relative infant dose (any woman)', pop=p_pk, q='<=')

# ---------------------------------------------------------------------------
# ah02: conference abstract, cohort exposed vs unexposed (efavirenz)
d = doc('ah02_efavirenz_conference_abstract.txt')
s = St(d, 'we enrolled 96 mother-infant pairs at 6 weeks postpartum', 'study', 'efavirenz', None, [])
s.P(96, '96 mother-infant pairs', 'total', 'pair')
p_ex = s.P(50, '50 pairs in which the mother had taken efavirenz 600 mg once daily since pregnancy', 'exposed', 'pair')
p_un = s.P(46, '46 pairs in which the mother was HIV-negative', 'control', 'pair')
p_pk = s.P(18, '18 exposed pairs', 'exposed', 'pair')
p_q = s.P(16, '16 of the 18 infants', 'exposed', 'infant')
p_blq = s.P(2, 'the other two infants', 'exposed', 'infant')
s.P(6, '6 of 50 exposed', 'exposed', 'infant')
s.P(2, '2 of 46 unexposed infants', 'control', 'infant')
d0 = s.D(600, 'mg', 'efavirenz 600 mg once daily', freq='once daily', dur='since pregnancy')
s.M(2.41, 'ug/mL', CONC, 'maternal plasma efavirenz', MB, dose=d0, pop=p_pk, stat='median')
s.M(3.05, 'ug/mL', CONC, 'foremilk efavirenz', MK, dose=d0, pop=p_pk, stat='median', group='foremilk')
s.M(4.10, 'ug/mL', CONC, 'hindmilk efavirenz', MK, dose=d0, pop=p_pk, stat='median', group='hindmilk')
s.C('milk efavirenz, foremilk vs hindmilk', [3.05, 4.10], 'ug/mL', CONC, 'milk efavirenz',
    ['foremilk', 'hindmilk'], True, 0.008, '=')
s.M(1.49, '{ratio}', MPR, 'milk-to-plasma ratio (mean of both fractions)', MK, dose=d0, pop=p_pk, stat='median')
s.M(0.86, 'ug/mL', CONC, 'infant plasma efavirenz', IB, dose=d0, pop=p_q, stat='median', tp='week 6')
s.M(0.64, 'ug/mL', CONC, 'infant plasma efavirenz', IB, dose=d0, pop=p_q, stat='median', tp='week 14')
s.M(0.05, 'ug/mL', CONC, 'infant plasma efavirenz (below limit of quantification)', IB, dose=d0, pop=p_blq, q='<')
s.M(35, '%', IPR, 'infant plasma concentration, % of paired maternal concentration', IB, dose=d0, pop=p_q, stat='median')
s.M(0.62, 'mg/kg', IDOSE, 'median infant efavirenz dose per day (hindmilk-based)', dose=d0, pop=p_pk, stat='median')
s.M(6.2, '%', RID, 'relative infant dose, % of maternal weight-adjusted dose', dose=d0, pop=p_pk, stat='median')
m = 'grade 2 or higher neutropenia at 14 weeks'
s.M(12, '%', PROP, m, dose=d0, pop=p_ex, group='exposed')
s.M(4, '%', PROP, m, pop=p_un, group='unexposed')
s.C(m, [12, 4], '%', PROP, m, ['exposed', 'unexposed infants'], False, 0.27, '=')
m = 'infant total serum bilirubin at week 6'
s.M(0.9, 'mg/dL', CONC, m, IB, 'bilirubin', dose=d0, pop=p_ex, stat='mean', group='exposed', tp='week 6')
s.M(0.8, 'mg/dL', CONC, m, IB, 'bilirubin', pop=p_un, stat='mean', group='unexposed', tp='week 6')
s.C(m, [0.9, 0.8], 'mg/dL', CONC, 'total serum bilirubin at week 6', ['exposed', 'unexposed'], False)
m = 'infant irritability or poor sleep reported by mothers'
s.M(22, '%', PROP, m, dose=d0, pop=p_ex, group='exposed')
s.M(9, '%', PROP, m, pop=p_un, group='unexposed')
s.C(m, [22, 9], '%', PROP, 'infant irritability or poor sleep', ['exposed infants', 'unexposed infants'], True, 0.04, '=')
m = 'exclusive breastfeeding at 14 weeks'
s.M(78, '%', PROP, m, dose=d0, pop=p_ex, group='exposed')
s.M(85, '%', PROP, m, pop=p_un, group='unexposed')
s.C(m, [78, 85], '%', PROP, m, ['exposed', 'unexposed'], False, 0.44, '=')

# ---------------------------------------------------------------------------
# ah03: plain-language summary of a three-period crossover (phenylephrine)
d = doc('ah03_phenylephrine_plain_summary.md')
s = St(d, 'Twelve breastfeeding mothers aged 24 to 39 years took part', 'study', 'phenylephrine', 'oral', [])
s.P(12, 'Twelve breastfeeding mothers aged 24 to 39 years', 'total', 'mother')
p11 = s.P(11, 'Eleven mothers completed all three study days', 'total', 'mother')
s.P(1, 'one mother withdrew after her first study day', 'total', 'mother')
p6 = s.P(6, '6 of the mothers', 'exposed', 'mother')
s.P(2, 'Two mothers had a mild headache after the 20 mg tablet', 'exposed', 'mother')
d10 = s.D(10, 'mg', 'phenylephrine 10 mg, swallowed as a single tablet', freq='single dose')
d20 = s.D(20, 'mg', 'phenylephrine 20 mg, swallowed as two tablets at once', freq='single dose')
m = 'milk made over 24 hours'
s.M(784, 'mL', VOL, m, pop=p11, stat='mean', group='placebo', tp='over 24 hours')
s.M(741, 'mL', VOL, m, dose=d10, pop=p11, group='10 mg', tp='over 24 hours')
s.M(662, 'mL', VOL, m, dose=d20, pop=p11, group='20 mg', tp='over 24 hours')
s.M(16, '%', CHG, 'decrease in 24-hour milk volume vs placebo day', dose=d20, pop=p11, q='~', group='20 mg')
s.C(m, [784, 741], 'mL', VOL, 'milk made over 24 hours', ['placebo', '10 mg'], False, 0.21, '=')
s.C(m, [784, 662], 'mL', VOL, 'milk made over 24 hours', ['placebo', '20 mg'], True, 0.006, '=')
m = "prolactin in the mothers' blood"
s.M(88, 'ng/mL', CONC, m, MB, 'prolactin', pop=p11, stat='mean', group='placebo', tp='2 hours after the tablet')
s.M(79, 'ng/mL', CONC, m, MB, 'prolactin', dose=d10, pop=p11, stat='mean', group='lower dose', tp='2 hours after the tablet')
s.M(71, 'ng/mL', CONC, m, MB, 'prolactin', dose=d20, pop=p11, stat='mean', group='higher dose', tp='2 hours after the tablet')
s.C(m, [88, 79, 71], 'ng/mL', CONC, "prolactin in the mothers' blood",
    ['placebo', 'lower dose', 'higher dose'], False)
m = 'creamatocrit (fat in the milk)'
s.M(6.1, '%', OTH, m, analyte='fat', pop=p11, group='placebo day')
s.M(6.0, '%', OTH, m, analyte='fat', dose=d10, pop=p11, group='10 mg day')
s.M(5.8, '%', OTH, m, analyte='fat', dose=d20, pop=p11, group='20 mg day')
s.C(m, [6.1, 6.0, 5.8], '%', OTH, 'creamatocrit, fat in the milk',
    ['placebo day', '10 mg day', '20 mg day'], False)
s.M(4.3, 'ug/L', CONC, 'highest milk phenylephrine', MK, dose=d20, pop=p6, stat='mean', tp='about 1.5 hours after the tablet')
s.M(0.21, '{ratio}', MPR, 'milk-to-blood ratio', MK, dose=d20, pop=p6, q='~')
s.M(0.5, 'ug/L', CONC, 'milk phenylephrine (not found)', MK, dose=d20, pop=p6, q='<', tp='8 hours after the dose')
s.M(0.65, 'ug/kg', IDOSE, 'infant phenylephrine intake per day', dose=d20, pop=p6, q='~')
s.M(0.2, '%', RID, "infant dose, % of mother's weight-adjusted dose", dose=d20, pop=p6, q='~')

s = St(d, 'Phenylephrine is usually taken as 10 mg every 4 hours', 'recommendation', 'phenylephrine', None, [])
s.D(10, 'mg', '10 mg every 4 hours', freq='every 4 hours')
s.D(60, 'mg', 'no more than 60 mg in a day', stat='maximum', freq='per day')

# ---------------------------------------------------------------------------
# ah04: news story on a two-arm RCT (torsemide)
d = doc('ah04_torsemide_news.html')
s = St(d, 'who took a short course of the diuretic torsemide after delivery were less likely',
       'study', 'torsemide', 'oral', [])
s.P(184, '184 women who had preeclampsia and had just given birth', 'total', 'mother')
p_t = s.P(91, '91 women were analyzed in the torsemide arm', 'exposed', 'mother')
p_p = s.P(93, '93 in the placebo arm', 'control', 'mother')
s.P(2, '2 women in the torsemide group', 'exposed', 'mother')
s.P(8, '8 in the placebo group', 'control', 'mother')
p_tm = s.P(10, '10 women taking torsemide', 'exposed', 'mother')
p_pm = s.P(10, '10 women from the placebo group who also gave samples', 'control', 'mother')
d0 = s.D(20, 'mg', '20 milligrams of torsemide by mouth once a day for five days', freq='once a day', dur='five days')
m = 'persistent hypertension by day 7'
s.M(18.7, '%', PROP, m, dose=d0, pop=p_t, group='torsemide')
s.M(33.3, '%', PROP, m, pop=p_p, group='placebo')
s.C(m, [18.7, 33.3], '%', PROP, m, ['torsemide', 'placebo'], True, 0.02, '=')
m = 'needed a second blood-pressure drug before going home'
s.M(13, '%', PROP, m, dose=d0, pop=p_t, group='on the diuretic')
s.M(28, '%', PROP, m, pop=p_p, group='placebo')
s.C(m, [13, 28], '%', PROP, m, ['women on the diuretic', 'placebo'], True, 0.05, '<')
m = 'readmission for high blood pressure'
s.M(2.2, '%', PROP, m, dose=d0, pop=p_t, group='torsemide group')
s.M(8.6, '%', PROP, m, pop=p_p, group='placebo group')
s.C(m, [2.2, 8.6], '%', PROP, 'readmissions for high blood pressure', ['torsemide group', 'placebo group'], False, 0.10, '=')
m = 'hospital stay'
s.M(3.1, 'd', OTH, m, dose=d0, pop=p_t, stat='mean', group='torsemide')
s.M(3.6, 'd', OTH, m, pop=p_p, stat='mean', group='placebo')
s.C(m, [3.1, 3.6], 'd', OTH, 'hospital stay', ['torsemide', 'placebo'], False)
m = 'still breastfeeding at the six-week visit'
s.M(71, '%', PROP, m, dose=d0, pop=p_t, group='torsemide group')
s.M(74, '%', PROP, m, pop=p_p, group='placebo group')
s.C(m, [71, 74], '%', PROP, m, ['torsemide group', 'placebo group'], False, 0.66, '=')
s.M(12, 'ng/mL', CONC, 'milk torsemide', MK, dose=d0, pop=p_tm, stat='median', tp='fourth day of treatment')
s.M(1, '%', MPR, "milk level, % of the concentration in the mothers' blood", MK, dose=d0, pop=p_tm, q='~')
s.M(0.7, '%', RID, "infant dose, % of the mother's weight-adjusted dose", dose=d0, pop=p_tm, q='~')
m = 'milk sodium'
s.M(7.9, 'mmol/L', CONC, m, MK, 'sodium', dose=d0, pop=p_tm, stat='mean', group='torsemide')
s.M(8.1, 'mmol/L', CONC, m, MK, 'sodium', pop=p_pm, group='placebo group')
s.C(m, [7.9, 8.1], 'mmol/L', CONC, 'milk sodium', ['torsemide', 'placebo group'], False)
m = "mothers' blood sodium on day 5"
s.M(138, 'mmol/L', CONC, m, MB, 'sodium', dose=d0, pop=p_t, group='torsemide', tp='day 5')
s.M(139, 'mmol/L', CONC, m, MB, 'sodium', pop=p_p, group='placebo', tp='day 5')
s.C(m, [138, 139], 'mmol/L', CONC, "mothers' blood sodium on day 5", ['torsemide', 'placebo'], False)

# ---------------------------------------------------------------------------
# ah05: LactMed-style record (phenobarbital)
d = doc('ah05_phenobarbital_lactmed.txt')
s = St(d, 'Breastfed infants should be monitored for sedation, poor sucking and inadequate weight gain',
       'recommendation', 'phenobarbital', None, [1, 2])
s.D(90, 'mg', 'the maternal dosage is above 90 mg daily', freq='per day')

s = St(d, 'Four women taking phenobarbital for epilepsy had milk and serum levels measured',
       'study', 'phenobarbital', None, [3])
p0 = s.P(4, 'Four women taking phenobarbital for epilepsy', 'exposed', 'mother')
p30 = s.P(1, '30 mg (1 woman)', 'exposed', 'mother')
p60 = s.P(2, '60 mg (2 women)', 'exposed', 'mother')
p120 = s.P(1, '120 mg (1 woman)', 'exposed', 'mother')
d30 = s.D(30, 'mg', 'daily doses were 30 mg', freq='per day')
d60 = s.D(60, 'mg', '60 mg', freq='per day')
d120 = s.D(120, 'mg', '120 mg', freq='per day')
tp = 'fourth or fifth postpartum day'
for v, dd, pp in ((1.7, d30, p30), (3.0, d60, p60), (3.6, d60, p60), (7.9, d120, p120)):
    s.M(v, 'mg/L', CONC, 'milk phenobarbital', MK, dose=dd, pop=pp, tp=tp)
for v, dd, pp in ((4.1, d30, p30), (6.8, d60, p60), (8.8, d60, p60), (17.6, d120, p120)):
    s.M(v, 'mg/L', CONC, 'simultaneous maternal serum phenobarbital', MB, dose=dd, pop=pp, tp=tp)
s.M(0.43, '{ratio}', MPR, 'milk/serum ratio', MK, pop=p0, stat='mean')

s = St(d, 'A woman who was 3 weeks postpartum took phenobarbital 30 mg three times daily',
       'study', 'phenobarbital', None, [4])
d0 = s.D(30, 'mg', 'phenobarbital 30 mg three times daily', freq='three times daily')
s.M(2.6, 'mg/L', CONC, 'milk phenobarbital', MK, dose=d0, tp='3 hours after her morning dose')
s.M(29, '%', MPR, 'milk level, % of simultaneous serum level', MK, dose=d0)
s.M(8.9, 'mg/L', CONC, 'simultaneous serum phenobarbital', MB, dose=d0)
s.M(0.31, 'mg/L', CONC, 'milk p-hydroxyphenobarbital', MK, 'p-hydroxyphenobarbital', dose=d0)

s = St(d, 'Serum phenobarbital was measured in 12 breastfed infants 2 to 8 weeks of age',
       'study', 'phenobarbital', None, [5])
p12 = s.P(12, '12 breastfed infants 2 to 8 weeks of age', 'exposed', 'infant')
p3 = s.P(3, '3 of the infants', 'exposed', 'infant')
p9 = s.P(9, 'the other 9', 'exposed', 'infant')
d0 = s.D(60, 'mg', '60 to 180 mg daily', high=180, freq='per day')
s.M(0.5, 'mg/L', CONC, 'infant serum phenobarbital (below limit of detection)', IB, dose=d0, pop=p3, q='<')
s.M(1.1, 'mg/L', CONC, 'infant serum phenobarbital', IB, dose=d0, pop=p9, high=11.2, stat='range')
s.M(26, '%', IPR, 'infant serum level, % of paired maternal serum level', IB, dose=d0, pop=p12, stat='mean')

s = St(d, 'An exclusively breastfed infant whose mother took phenobarbital 90 mg daily',
       'study', 'phenobarbital', None, [6])
d0 = s.D(90, 'mg', 'phenobarbital 90 mg daily', freq='per day', dur='throughout pregnancy and postpartum')
s.M(9.3, 'mg/L', CONC, 'infant serum phenobarbital', IB, dose=d0, tp='4 weeks of age')
s.M(106, 'h', HL, 'infant serum phenobarbital half-life after abrupt weaning', IB, dose=d0)

s = St(d, 'A cohort study compared 19 breastfed infants of mothers taking phenobarbital',
       'study', 'phenobarbital', None, [7])
pe = s.P(19, '19 breastfed infants of mothers taking phenobarbital 30 to 120 mg daily', 'exposed', 'infant')
pu = s.P(21, '21 breastfed infants of mothers who took no antiepileptic drug', 'control', 'infant')
s.P(5, '5 (26%) of the exposed infants', 'exposed', 'infant')
s.P(1, '1 (5%) of the unexposed infants', 'control', 'infant')
d0 = s.D(30, 'mg', 'phenobarbital 30 to 120 mg daily', high=120, freq='per day')
m = 'sedation during the first month'
s.M(26, '%', PROP, m, dose=d0, pop=pe, group='exposed infants')
s.M(5, '%', PROP, m, pop=pu, group='unexposed infants')
s.C(m, [26, 5], '%', PROP, m, ['exposed infants', 'unexposed infants'], False, 0.08, '=')
m = 'total serum bilirubin on day 3'
s.M(7.2, 'mg/dL', CONC, m, IB, 'bilirubin', dose=d0, pop=pe, stat='mean', group='exposed', tp='day 3')
s.M(9.8, 'mg/dL', CONC, m, IB, 'bilirubin', pop=pu, stat='mean', group='unexposed infants', tp='day 3')
s.C(m, [7.2, 9.8], 'mg/dL', CONC, 'mean total serum bilirubin on day 3', ['exposed', 'unexposed infants'], True, 0.01, '<')

s = St(d, 'Methemoglobinemia (10.6%) occurred in a 7-week-old infant', 'study', 'phenobarbital', None, [8])
s.M(10.6, '%', OTH, 'infant methemoglobin', analyte='methemoglobin')

# ---------------------------------------------------------------------------
# ah06: drug-information page reproducing a LactMed-style record (haloperidol)
d = doc('ah06_haloperidol_drugpage.html')
s = St(d, 'maternal doses of haloperidol up to 10 mg daily produce low levels in milk',
       'recommendation', 'haloperidol', None, [1])
s.D(10, 'mg', 'maternal doses of haloperidol up to 10 mg daily', stat='maximum', freq='per day')

St(d, 'Because haloperidol raises serum prolactin, galactorrhea may occur', 'recommendation', 'haloperidol', None, [2])

s = St(d, 'Milk levels were reported in 3 women taking oral haloperidol', 'study', 'haloperidol', 'oral', [3])
s.P(3, '3 women taking oral haloperidol', 'exposed', 'mother')
p2 = s.P(2, 'two who were taking 5 mg twice daily', 'exposed', 'mother')
d5 = s.D(5, 'mg', '5 mg twice daily', freq='twice daily')
d10 = s.D(10, 'mg', '10 mg twice daily', freq='twice daily')
s.M(2, 'ug/L', CONC, 'milk haloperidol', MK, dose=d5, pop=p2)
s.M(4.7, 'ug/L', CONC, 'milk haloperidol', MK, dose=d5, pop=p2)
s.M(12, 'ug/L', CONC, 'milk haloperidol', MK, dose=d10, group='third woman')
s.M(20.4, 'ug/L', CONC, 'serum haloperidol', MB, dose=d10, group='third woman')
s.M(59, '%', MPR, 'milk level, % of simultaneous serum level', MK, dose=d10, group='third woman')
s.M(0.8, 'ug/L', CONC, 'milk reduced haloperidol', MK, 'reduced haloperidol', dose=d5, pop=p2, high=1.9, stat='range')

s = St(d, 'A woman receiving haloperidol decanoate 100 mg intramuscularly every 4 weeks',
       'study', 'haloperidol decanoate', 'intramuscular', [4])
d0 = s.D(100, 'mg', 'haloperidol decanoate 100 mg intramuscularly every 4 weeks', freq='every 4 weeks')
s.M(1.6, 'ug/L', CONC, 'milk haloperidol', MK, 'haloperidol', dose=d0, tp='one week after an injection')
s.M(3.1, 'ug/L', CONC, 'plasma haloperidol', MB, 'haloperidol', dose=d0, tp='one week after an injection')
s.M(9, 'd', HL, 'apparent half-life of haloperidol in milk', MK, 'haloperidol', dose=d0, q='~')
s.M(0.1, 'ug/L', CONC, 'infant serum haloperidol (undetectable)', IB, 'haloperidol', dose=d0, q='<', tp='6 weeks of age')

s = St(d, 'Twelve mothers taking haloperidol in dosages from 1 to 20 mg daily', 'study', 'haloperidol', None, [5])
p12 = s.P(12, 'Twelve mothers taking haloperidol', 'exposed', 'mother')
s.P(4, '4 of the breastfed infants', 'exposed', 'infant')
pu = s.P(2, 'two of them had undetectable haloperidol', 'exposed', 'infant')
pd = s.P(2, 'the other two', 'exposed', 'infant')
s.D(1, 'mg', 'dosages from 1 to 20 mg daily', high=20, stat='range', freq='per day')
dm = s.D(4.5, 'mg', 'median 4.5 mg', stat='median', freq='per day')
s.M(5.8, 'ug/L', CONC, 'milk haloperidol', MK, dose=dm, pop=p12, stat='median')
s.M(3.6, '%', RID, 'relative infant dose, % of maternal weight-adjusted dosage', dose=dm, pop=p12, stat='median')
s.M(0.2, '%', RID, 'relative infant dose, % of maternal weight-adjusted dosage', dose=dm, pop=p12, high=12, stat='range')
s.M(0.5, 'ug/L', CONC, 'infant serum haloperidol (undetectable)', IB, dose=dm, pop=pu, q='<')
s.M(0.8, 'ug/L', CONC, 'infant serum haloperidol', IB, dose=dm, pop=pd)
s.M(1.2, 'ug/L', CONC, 'infant serum haloperidol', IB, dose=dm, pop=pd)

s = St(d, 'A prospective cohort compared 28 infants breastfed by mothers taking haloperidol',
       'study', 'haloperidol', None, [6])
pe = s.P(28, '28 infants breastfed by mothers taking haloperidol', 'exposed', 'infant')
pu = s.P(40, '40 breastfed infants of mothers taking no psychotropic drugs', 'control', 'infant')
s.M(11, '%', PROP, 'drowsiness', pop=pe, group='exposed')
s.M(5, '%', PROP, 'drowsiness', pop=pu, group='unexposed infants')
s.C('drowsiness', [11, 5], '%', PROP, 'drowsiness reported', ['exposed', 'unexposed infants'], False)
s.M(7, '%', PROP, 'developmental delay at 12 months', pop=pe, group='exposed', tp='12 months')
s.M(5, '%', PROP, 'developmental delay at 12 months', pop=pu, group='unexposed', tp='12 months')
s.C('developmental delay at 12 months', [7, 5], '%', PROP, 'developmental delay at 12 months',
    ['exposed', 'unexposed'], False, 0.71, '=')

s = St(d, 'Serum prolactin was measured in 7 nursing mothers taking haloperidol 2 to 10 mg daily',
       'study', 'haloperidol', None, [7])
pe = s.P(7, '7 nursing mothers taking haloperidol 2 to 10 mg daily', 'exposed', 'mother')
pu = s.P(7, '7 nursing mothers who took no antipsychotic', 'control', 'mother')
d0 = s.D(2, 'mg', 'haloperidol 2 to 10 mg daily', high=10, freq='per day')
s.M(68, 'ug/L', CONC, 'serum prolactin', MB, 'prolactin', dose=d0, pop=pe, stat='mean', group='treated mothers')
s.M(29, 'ug/L', CONC, 'serum prolactin', MB, 'prolactin', pop=pu, stat='mean', group='untreated mothers')
s.C('serum prolactin', [68, 29], 'ug/L', CONC, 'serum prolactin', ['treated mothers', 'untreated mothers'], True, 0.003, '=')

s = St(d, 'Nine postpartum women who began haloperidol 3 mg daily for puerperal psychosis',
       'study', 'haloperidol', None, [8])
p9 = s.P(9, 'Nine postpartum women who began haloperidol 3 mg daily', 'exposed', 'mother')
d0 = s.D(3, 'mg', 'haloperidol 3 mg daily', freq='per day')
s.M(41, 'ng/mL', CONC, 'serum prolactin', MB, 'prolactin', pop=p9, stat='mean', tp='before treatment')
s.M(97, 'ng/mL', CONC, 'serum prolactin', MB, 'prolactin', dose=d0, pop=p9, stat='mean', tp='after 2 weeks of therapy')
s.C('serum prolactin, before vs after', [41, 97], 'ng/mL', CONC, 'serum prolactin',
    ['before treatment', 'after 2 weeks of therapy'], True, 0.01, '<')

# ---------------------------------------------------------------------------
# ah07: wiki page reproducing a LactMed-style record (trimethoprim-sulfamethoxazole)
d = doc('ah07_trimethoprim-sulfamethoxazole_wiki.md')
DR = 'trimethoprim-sulfamethoxazole'
St(d, 'Trimethoprim-sulfamethoxazole (co-trimoxazole; TMP-SMX) appears in breastmilk in small amounts',
   'recommendation', DR, None, [1])

s = St(d, 'For a healthy term infant, the usual adult regimen of 160 mg trimethoprim', 'recommendation', DR, None, [2])
s.D(160, 'mg', '160 mg trimethoprim', freq='twice daily', drug='trimethoprim')
s.D(800, 'mg', '800 mg sulfamethoxazole twice daily', freq='twice daily', drug='sulfamethoxazole')

s = St(d, 'Fifteen nursing mothers with urinary tract infections were given 160 mg of trimethoprim',
       'study', DR, 'oral', [3])
p0 = s.P(15, 'Fifteen nursing mothers with urinary tract infections', 'exposed', 'mother')
dt = s.D(160, 'mg', '160 mg of trimethoprim', freq='every 12 hours', drug='trimethoprim')
ds = s.D(800, 'mg', '800 mg of sulfamethoxazole', freq='every 12 hours', drug='sulfamethoxazole')
tp = '2 to 3 hours after a dose on the third day of therapy'
s.M(2.0, 'mg/L', CONC, 'milk trimethoprim', MK, 'trimethoprim', dose=dt, pop=p0, stat='mean', tp=tp)
s.M(4.6, 'mg/L', CONC, 'milk sulfamethoxazole', MK, 'sulfamethoxazole', dose=ds, pop=p0, stat='mean', tp=tp)
s.M(5.3, 'mg/L', CONC, 'milk N4-acetylsulfamethoxazole', MK, 'n4-acetylsulfamethoxazole', dose=ds, pop=p0, stat='mean', tp=tp)
s.M(1.25, '{ratio}', MPR, 'milk/serum ratio, trimethoprim', MK, 'trimethoprim', dose=dt, pop=p0, stat='mean')
s.M(0.10, '{ratio}', MPR, 'milk/serum ratio, sulfamethoxazole', MK, 'sulfamethoxazole', dose=ds, pop=p0, stat='mean')
s.M(0.3, 'mg/kg', IDOSE, 'estimated infant trimethoprim dose per day', analyte='trimethoprim', dose=dt, pop=p0, q='~')

s = St(d, 'A mother who was 2 months postpartum collected all of her milk for 24 hours', 'study', DR, None, [4])
dt = s.D(160, 'mg', 'trimethoprim-sulfamethoxazole 160/800 mg twice daily', freq='twice daily', drug='trimethoprim')
ds = s.D(800, 'mg', 'trimethoprim-sulfamethoxazole 160/800 mg twice daily', freq='twice daily', drug='sulfamethoxazole')
s.M(650, 'mL', VOL, 'milk collected over 24 hours')
s.M(0.42, 'mg', AEX, 'trimethoprim in milk over 24 hours', analyte='trimethoprim', dose=dt, tp='24 hours')
s.M(2.6, 'mg', AEX, 'sulfamethoxazole in milk over 24 hours', analyte='sulfamethoxazole', dose=ds, tp='24 hours')
s.M(3.1, 'mg', AEX, 'N4-acetylsulfamethoxazole in milk over 24 hours', analyte='n4-acetylsulfamethoxazole', dose=ds, tp='24 hours')

s = St(d, 'In 4 breastfed infants whose mothers took trimethoprim-sulfamethoxazole 160/800 mg twice daily',
       'study', DR, None, [3])
p4 = s.P(4, '4 breastfed infants', 'exposed', 'infant')
p1 = s.P(1, 'one infant', 'exposed', 'infant')
dt = s.D(160, 'mg', 'trimethoprim-sulfamethoxazole 160/800 mg twice daily', freq='twice daily', drug='trimethoprim')
ds = s.D(800, 'mg', 'trimethoprim-sulfamethoxazole 160/800 mg twice daily', freq='twice daily', drug='sulfamethoxazole')
s.M(0.5, 'mg/L', CONC, 'infant serum sulfamethoxazole (undetectable)', IB, 'sulfamethoxazole', dose=ds, pop=p4, q='<')
s.M(0.3, 'mg/L', CONC, 'infant serum trimethoprim', IB, 'trimethoprim', dose=dt, pop=p1)

s = St(d, 'Six breastfed infants aged 1 to 4 months, whose mothers had been taking the same regimen',
       'study', DR, None, [5])
p6 = s.P(6, 'Six breastfed infants aged 1 to 4 months', 'exposed', 'infant')
s.M(1.8, 'mg/L', CONC, 'infant serum sulfamethoxazole', IB, 'sulfamethoxazole', pop=p6, stat='mean')
s.M(3, '%', IPR, 'infant serum level, % of maternal serum level', IB, 'sulfamethoxazole', pop=p6, q='~')

s = St(d, 'A matched cohort study compared 16 jaundiced, breastfed neonates', 'study', DR, None, [6])
pe = s.P(16, '16 jaundiced, breastfed neonates whose mothers were taking trimethoprim-sulfamethoxazole', 'exposed', 'infant')
pu = s.P(16, '16 jaundiced, breastfed neonates of mothers taking no antibiotic', 'control', 'infant')
s.M(11.4, 'mg/dL', CONC, 'total serum bilirubin', IB, 'bilirubin', pop=pe, stat='mean', group='exposed neonates')
s.M(10.9, 'mg/dL', CONC, 'total serum bilirubin', IB, 'bilirubin', pop=pu, stat='mean', group='comparison neonates')
s.C('total serum bilirubin', [11.4, 10.9], 'mg/dL', CONC, 'total serum bilirubin',
    ['exposed neonates', 'comparison neonates'], False)
s.M(25, '%', PROP, 'phototherapy needed', pop=pe, group='exposed neonates')
s.M(19, '%', PROP, 'phototherapy needed', pop=pu, group='comparison neonates')
s.C('phototherapy needed', [25, 19], '%', PROP, 'phototherapy needed',
    ['exposed neonates', 'comparison neonates'], False, 0.5, '>')

s = St(d, 'A 4-day-old exclusively breastfed infant with undiagnosed G6PD deficiency developed hemolysis',
       'study', DR, None, [7])
s.D(160, 'mg', 'trimethoprim-sulfamethoxazole 160/800 mg twice daily', freq='twice daily', drug='trimethoprim')
s.D(800, 'mg', 'trimethoprim-sulfamethoxazole 160/800 mg twice daily', freq='twice daily', drug='sulfamethoxazole')
s.M(48, '%', OTH, 'infant hematocrit', analyte='hematocrit', tp='before the maternal treatment')
s.M(36, '%', OTH, 'infant hematocrit', analyte='hematocrit', tp='three days later')
s.C('infant hematocrit, before vs after maternal treatment', [48, 36], '%', OTH, 'infant hematocrit',
    ['before', 'after'], None)
s.M(17.2, 'mg/dL', CONC, 'peak infant serum bilirubin', IB, 'bilirubin', stat='maximum')
s.M(9, '%', OTH, 'infant eosinophils, % of white cells', analyte='eosinophils')

# ---------------------------------------------------------------------------
# ah08: NCBI reader-view LactMed-style record (chloroquine)
d = doc('ah08_chloroquine_lactmed.txt')
s = St(d, 'The usual prophylactic regimen of 300 mg of chloroquine base', 'recommendation', 'chloroquine', None, [1, 2])
s.D(300, 'mg', '300 mg of chloroquine base', freq='once weekly')
s.D(500, 'mg', '500 mg of chloroquine phosphate', freq='once weekly')
s.D(5, 'mg/kg', '5 mg/kg of base once weekly', recipient='infant', freq='once weekly')

s = St(d, 'Six women who were 17 days postpartum and not breastfeeding received a single oral dose',
       'study', 'chloroquine', 'oral', [3])
p0 = s.P(6, 'Six women who were 17 days postpartum and not breastfeeding', 'exposed', 'mother')
d0 = s.D(600, 'mg', 'a single oral dose of 600 mg of chloroquine base')
s.M(0.87, 'mg/L', CONC, 'peak milk chloroquine', MK, dose=d0, pop=p0, stat='mean')
s.M(0.23, 'mg/L', CONC, 'peak milk chloroquine', MK, dose=d0, pop=p0, high=1.42, stat='range')
s.M(0.21, 'mg/L', CONC, 'peak milk desethylchloroquine', MK, 'desethylchloroquine', dose=d0, pop=p0, stat='mean')
s.M(0.36, '{ratio}', MPR, 'milk/plasma ratio (AUC-based)', MK, dose=d0, pop=p0)
s.M(132, 'h', HL, 'apparent half-life of chloroquine in milk', MK, dose=d0, pop=p0, stat='mean')
s.M(87, 'h', HL, 'apparent half-life of chloroquine in milk', MK, dose=d0, pop=p0, high=220, stat='range')
s.M(1.9, 'mg', AEX, 'chloroquine excreted in milk over 9 days', dose=d0, pop=p0, stat='mean', tp='over 9 days')
s.M(0.32, '%', AEX, 'amount excreted in milk, % of maternal dose', dose=d0, pop=p0, tp='over 9 days')

s = St(d, 'Five women were taking chloroquine for different reasons when milk samples were taken',
       'study', 'chloroquine', None, [4])
p5 = s.P(5, 'Five women', 'exposed', 'mother')
pa = s.P(2, 'Two women taking 300 mg base weekly for malaria prophylaxis', 'exposed', 'mother')
pb = s.P(2, 'two taking 150 mg base daily for lupus', 'exposed', 'mother')
pc = s.P(1, 'one being treated for malaria with 600 mg base daily for 3 days', 'exposed', 'mother')
da = s.D(300, 'mg', '300 mg base weekly', freq='weekly')
db = s.D(150, 'mg', '150 mg base daily', freq='per day')
dc = s.D(600, 'mg', '600 mg base daily for 3 days', freq='per day', dur='3 days')
s.M(0.18, 'mg/L', CONC, 'milk chloroquine', MK, dose=da, pop=pa, tp='24 hours after the dose')
s.M(0.25, 'mg/L', CONC, 'milk chloroquine', MK, dose=da, pop=pa, tp='24 hours after the dose')
s.M(0.41, 'mg/L', CONC, 'milk chloroquine', MK, dose=db, pop=pb)
s.M(0.52, 'mg/L', CONC, 'milk chloroquine', MK, dose=db, pop=pb)
s.M(2.1, 'mg/L', CONC, 'milk chloroquine', MK, dose=dc, pop=pc, tp='third day')
s.M(0.2, '%', RID, 'estimated infant dose, % of maternal weight-adjusted dosage', pop=p5, high=4.2, stat='range')

s = St(d, 'Five breastfed infants whose mothers were taking 300 mg base weekly for prophylaxis',
       'study', 'chloroquine', None, [5])
s.P(5, 'Five breastfed infants', 'exposed', 'infant')
p4 = s.P(4, '4 infants', 'exposed', 'infant')
p1 = s.P(1, 'one infant', 'exposed', 'infant')
d0 = s.D(300, 'mg', '300 mg base weekly', freq='weekly')
s.M(10, 'ug/L', CONC, 'infant plasma chloroquine (undetectable)', IB, dose=d0, pop=p4, q='<', tp='6 to 10 weeks of age')
s.M(14, 'ug/L', CONC, 'infant plasma chloroquine', IB, dose=d0, pop=p1, tp='6 to 10 weeks of age')

s = St(d, 'A cohort of 34 infants breastfed during maternal weekly chloroquine prophylaxis',
       'study', 'chloroquine', None, [6])
pe = s.P(34, '34 infants breastfed during maternal weekly chloroquine prophylaxis', 'exposed', 'infant')
pu = s.P(31, '31 breastfed infants whose mothers took no antimalarial', 'control', 'infant')
s.M(12, '%', PROP, 'malaria parasitemia at 12 weeks', pop=pe, group='chloroquine prophylaxis', tp='12 weeks')
s.M(16, '%', PROP, 'malaria parasitemia at 12 weeks', pop=pu, group='no antimalarial', tp='12 weeks')
s.C('malaria parasitemia at 12 weeks', [12, 16], '%', PROP, 'malaria parasitemia at 12 weeks',
    ['chloroquine prophylaxis', 'no antimalarial'], False, 0.62, '=')
s.M(32, '%', OTH, 'mean hematocrit at 12 weeks', analyte='hematocrit', pop=pe, stat='mean', group='chloroquine prophylaxis')
s.M(31, '%', OTH, 'mean hematocrit at 12 weeks', analyte='hematocrit', pop=pu, stat='mean', group='no antimalarial')
s.C('mean hematocrit at 12 weeks', [32, 31], '%', OTH, 'hematocrit at 12 weeks',
    ['chloroquine prophylaxis', 'no antimalarial'], None)

# ---------------------------------------------------------------------------
# ah09: drug-information page with LactMed-style sections (chlorthalidone)
d = doc('ah09_chlorthalidone_druginfo.txt')
s = St(d, 'Chlorthalidone has a long half-life and can accumulate in breastfed infants',
       'recommendation', 'chlorthalidone', None, [1])
s.D(12.5, 'mg', 'Low doses of 12.5 to 25 mg daily', high=25, freq='per day')

s = St(d, 'Nine women who were 3 days postpartum were given chlorthalidone 50 mg orally once daily',
       'study', 'chlorthalidone', 'oral', [2])
p0 = s.P(9, 'Nine women who were 3 days postpartum', 'exposed', 'mother')
d0 = s.D(50, 'mg', 'chlorthalidone 50 mg orally once daily', freq='once daily')
s.M(0.34, 'mg/L', CONC, 'milk chlorthalidone', MK, dose=d0, pop=p0, stat='mean', tp='various times on day 4')
s.M(5.7, 'mg/L', CONC, 'whole-blood chlorthalidone', MB, dose=d0, pop=p0, stat='mean')
s.M(0.06, '{ratio}', MPR, 'milk/blood ratio', MK, dose=d0, pop=p0)
s.M(60, 'h', HL, 'elimination half-life from milk', MK, dose=d0, pop=p0, stat='mean')
s.M(0.05, 'mg/kg', IDOSE, 'estimated infant dose per day', dose=d0, pop=p0, q='~')
s.M(7.1, '%', RID, 'infant dose, % of maternal weight-adjusted dosage', dose=d0, pop=p0)

s = St(d, 'Serum chlorthalidone was undetectable (<0.05 mg/L) in 2 breastfed infants',
       'study', 'chlorthalidone', None, [3])
p2 = s.P(2, '2 breastfed infants, aged 3 and 6 weeks', 'exposed', 'infant')
d25 = s.D(25, 'mg', '25 mg daily', freq='per day')
d50 = s.D(50, 'mg', '50 mg daily', freq='per day')
s.M(0.05, 'mg/L', CONC, 'infant serum chlorthalidone (undetectable)', IB, dose=d25, pop=p2, q='<')
s.M(0.11, 'mg/L', CONC, 'infant serum chlorthalidone', IB, dose=d50, group='third infant, aged 9 days')
s.M(2, '%', IPR, 'infant serum level, % of maternal plasma level', IB, dose=d50, q='~', group='third infant')

s = St(d, 'Twenty-two infants were breastfed by mothers taking chlorthalidone 25 to 50 mg daily',
       'study', 'chlorthalidone', None, [4])
s.P(22, 'Twenty-two infants', 'exposed', 'infant')
p12 = s.P(12, '12 of them', 'exposed', 'infant')
d0 = s.D(25, 'mg', 'chlorthalidone 25 to 50 mg daily', high=50, freq='per day')
s.M(138, 'mmol/L', CONC, 'infant serum sodium', IB, 'sodium', dose=d0, pop=p12, stat='mean', tp='2 to 6 weeks of age')
s.M(103, 'mmol/L', CONC, 'infant serum chloride', IB, 'chloride', dose=d0, pop=p12, stat='mean', tp='2 to 6 weeks of age')

s = St(d, 'Six women who were 4 to 8 weeks postpartum and fully breastfeeding took chlorthalidone 50 mg daily',
       'study', 'chlorthalidone', None, [5])
p6 = s.P(6, 'Six women who were 4 to 8 weeks postpartum and fully breastfeeding', 'exposed', 'mother')
d0 = s.D(50, 'mg', 'chlorthalidone 50 mg daily for 4 days', freq='per day', dur='4 days')
s.M(9.8, 'mmol/L', CONC, 'milk sodium', MK, 'sodium', pop=p6, tp='pretreatment day')
s.M(7.4, 'mmol/L', CONC, 'milk sodium', MK, 'sodium', dose=d0, pop=p6, tp='after treatment')
s.C('milk sodium, before vs after', [9.8, 7.4], 'mmol/L', CONC, 'milk sodium', ['before', 'after'], True, 0.04, '=')
s.M(705, 'mL', VOL, '24-hour milk output', pop=p6, tp='before treatment')
s.M(598, 'mL', VOL, '24-hour milk output', dose=d0, pop=p6, tp='day 4')
s.M(15, '%', CHG, 'decrease in 24-hour milk output', dose=d0, pop=p6)
s.C('24-hour milk output, before vs day 4', [705, 598], 'mL', VOL, '24-hour milk output',
    ['before treatment', 'after 4 days of treatment'], True, 0.05, '<')
s.M(48, 'ng/mL', CONC, 'serum prolactin', MB, 'prolactin', pop=p6, tp='before')
s.M(45, 'ng/mL', CONC, 'serum prolactin', MB, 'prolactin', dose=d0, pop=p6, tp='after')
s.C('serum prolactin, before vs after', [48, 45], 'ng/mL', CONC, 'serum prolactin', ['before', 'after'], False)

s = St(d, 'In a retrospective survey of hypertensive mothers, 86% of 37 women', 'study', 'chlorthalidone', None, [6])
pe = s.P(37, '37 women taking chlorthalidone 12.5 to 25 mg daily', 'exposed', 'mother')
pu = s.P(29, '29 women taking a different antihypertensive', 'control', 'mother')
d0 = s.D(12.5, 'mg', 'chlorthalidone 12.5 to 25 mg daily', high=25, freq='per day')
s.M(86, '%', PROP, 'still breastfeeding at 3 months', dose=d0, pop=pe, group='chlorthalidone')
s.M(83, '%', PROP, 'still breastfeeding at 3 months', pop=pu, group='a different antihypertensive')
s.C('still breastfeeding at 3 months', [86, 83], '%', PROP, 'still breastfeeding at 3 months',
    ['chlorthalidone', 'a different antihypertensive'], False, 0.74, '=')


def main():
    DOCS.sort(key=lambda x: x['doc'])
    with open(OUT, 'w', encoding='utf-8') as f:
        for dd in DOCS:
            f.write(json.dumps(dd, ensure_ascii=False) + '\n')
    n_st = sum(len(x['statements']) for x in DOCS)
    n_m = sum(len(s_['measurements']) for x in DOCS for s_ in x['statements'])
    n_c = sum(len(s_['comparisons']) for x in DOCS for s_ in x['statements'])
    print('wrote %s: %d docs, %d statements, %d measurements, %d comparisons'
          % (os.path.normpath(OUT), len(DOCS), n_st, n_m, n_c))


if __name__ == '__main__':
    main()
