#!/usr/bin/env python3
"""Validate gold.jsonl of corpus AB against FORMAT.md version 2 (stdlib only).

usage: python3 check.py [--gold FILE] [--texts DIR] [--dev FILE]
Prints CLEAN when nothing is wrong, otherwise one line per problem (exit 1).
"""
import argparse, html, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))

# ---- closed lists from FORMAT.md version 2 --------------------------------
ST_KIND = {'study', 'recommendation'}
ROUTES = {None, 'oral', 'intravenous', 'intramuscular', 'subcutaneous', 'topical', 'transdermal',
          'epidural', 'intrathecal', 'inhaled', 'intranasal', 'rectal', 'vaginal', 'ophthalmic'}
ROLES = {'exposed', 'control', 'total'}
WHO = {'mother', 'infant', 'pair', 'other'}
RECIP = {'mother', 'infant'}
M_KIND = {'concentration', 'infant_dose', 'relative_infant_dose', 'milk_plasma_ratio',
          'infant_plasma_ratio', 'half_life', 'amount_excreted', 'proportion', 'change',
          'milk_volume', 'other'}
MATRIX = {None, 'milk', 'maternal_blood', 'infant_blood', 'cord_blood', 'maternal_urine', 'infant_urine'}
QUAL = {None, '<', '>', '<=', '>=', '~'}
STATS = {None, 'mean', 'median', 'range', 'maximum'}
PQ = {None, '<', '=', '>'}
# FORMAT's unit list, plus the UCUM codes this corpus needs (README, "Annotation decisions")
UNITS = {'mg', 'g', 'ug', 'ng', 'mL', 'L', 'mg/L', 'ug/L', 'ng/mL', 'ug/mL', 'mg/dL', 'mmol/L',
         'meq/L', 'mg/kg', 'ug/kg', '%', '[IU]', '[IU]/L', '{ratio}', 'min', 'h', 'd', 'wk', 'mo'}
UNITS_EXTRA = {'mL/d', 'g/d', 'pg/mL', 'pg.h/mL', 'ng/kg', '{score}', '{z-score}', '10*9/L'}
MATRIX_KINDS = {'concentration', 'half_life', 'milk_plasma_ratio', 'infant_plasma_ratio'}

WORDS = {'one': 1, 'two': 2, 'three': 3, 'four': 4, 'five': 5, 'six': 6, 'seven': 7, 'eight': 8,
         'nine': 9, 'ten': 10, 'eleven': 11, 'twelve': 12, 'thirteen': 13, 'fourteen': 14,
         'fifteen': 15, 'sixteen': 16, 'seventeen': 17, 'eighteen': 18, 'nineteen': 19,
         'twenty': 20, 'thirty': 30, 'forty': 40, 'fifty': 50, 'sixty': 60, 'seventy': 70,
         'eighty': 80, 'ninety': 90}

problems = []


def bad(doc, where, msg):
    problems.append('%s | %s | %s' % (doc, where, msg))


def fold(s):
    return re.sub(r'\s+', ' ', s)


def numbers_in(text):
    """All numbers written in text (abs values), incl. '1,500', '.04', and number words."""
    t = html.unescape(re.sub(r'<[^>]+>', ' ', text))
    t = t.replace('\u2212', '-').replace('\u2013', ' ').replace('\u2014', ' ')
    out = set()
    for m in re.finditer(r'(?<![\w.])(\d{1,3}(?:,\d{3})+|\d*\.\d+|\d+)', t):
        out.add(abs(float(m.group(1).replace(',', ''))))
    for m in re.finditer(r'\b([A-Za-z]+)(?:-([A-Za-z]+))?\b', t):
        a, b = (m.group(1) or '').lower(), (m.group(2) or '').lower()
        if a in WORDS:
            out.add(float(WORDS[a] + (WORDS.get(b, 0) if b else 0)))
    return out


def cites_in(text):
    out = set()
    for m in re.finditer(r'\[(\d[\d,\s\-\u2013]*)\]', text):
        for part in m.group(1).split(','):
            part = part.strip()
            r = re.split(r'[-\u2013]', part)
            if len(r) == 2 and r[0].strip().isdigit() and r[1].strip().isdigit():
                out.update(range(int(r[0]), int(r[1]) + 1))
            elif part.isdigit():
                out.add(int(part))
    for m in re.finditer(r'<sup>([\d,\s&ndash;\-\u2013]+)</sup>', text):
        inner = html.unescape(m.group(1))
        for part in inner.split(','):
            r = re.split(r'[-\u2013]', part.strip())
            if len(r) == 2 and all(x.strip().isdigit() for x in r):
                out.update(range(int(r[0]), int(r[1]) + 1))
            elif part.strip().isdigit():
                out.add(int(part.strip()))
    return out


def key_sets(dev_path):
    ks = {'top': set(), 'stmt': set(), 'pop': set(), 'dose': set(), 'meas': set(), 'comp': set()}
    for line in open(dev_path, encoding='utf-8'):
        d = json.loads(line)
        ks['top'].update(d)
        for s in d['statements']:
            ks['stmt'].update(s)
            for p in s['populations']: ks['pop'].update(p)
            for x in s['doses']: ks['dose'].update(x)
            for m in s['measurements']: ks['meas'].update(m)
            for c in s['comparisons']: ks['comp'].update(c)
    return ks


def num_eq(a, b):
    return abs(abs(a) - abs(b)) < 1e-9


def check(gold, texts, dev):
    ks = key_sets(dev)
    seen_docs = set()
    for ln, line in enumerate(open(gold, encoding='utf-8'), 1):
        try:
            d = json.loads(line)
        except ValueError as e:
            bad('line %d' % ln, '-', 'not JSON: %s' % e); continue
        doc = d.get('doc', 'line %d' % ln)
        if set(d) != ks['top']:
            bad(doc, 'top', 'keys %s != %s' % (sorted(d), sorted(ks['top'])))
        if doc in seen_docs:
            bad(doc, 'top', 'document listed twice')
        seen_docs.add(doc)
        path = os.path.join(texts, doc)
        if not os.path.exists(path):
            bad(doc, 'top', 'text file missing'); continue
        raw = fold(open(path, encoding='utf-8').read())
        # locate statements
        starts = []
        for i, s in enumerate(d.get('statements', [])):
            a = fold(s.get('anchor', ''))
            if len(a) < 25:
                bad(doc, 'S%d' % i, 'anchor shorter than 25 characters')
            c = raw.count(a)
            if c != 1:
                bad(doc, 'S%d' % i, 'anchor found %d times: %r' % (c, a[:60]))
            starts.append(raw.find(a))
        if starts != sorted(starts):
            bad(doc, 'doc', 'statements are not in text order')
        for i, s in enumerate(d.get('statements', [])):
            w = 'S%d' % i
            if set(s) != ks['stmt']:
                bad(doc, w, 'statement keys %s' % sorted(set(s) ^ ks['stmt']))
                continue
            beg = starts[i]
            end = min([x for x in starts if x > beg] + [len(raw)])
            stretch = raw[beg:end] if beg >= 0 else ''
            nums = numbers_in(stretch)
            if s['kind'] not in ST_KIND: bad(doc, w, 'kind %r' % s['kind'])
            if s['route'] not in ROUTES: bad(doc, w, 'route %r' % s['route'])
            if not isinstance(s['drug'], str) or s['drug'] != s['drug'].lower() or not s['drug']:
                bad(doc, w, 'drug must be non-empty lower case')
            if not all(isinstance(c, int) for c in s['citations']) or s['citations'] != sorted(set(s['citations'])):
                bad(doc, w, 'citations must be sorted unique integers')
            found = cites_in(stretch)
            for c in s['citations']:
                if c not in found:
                    bad(doc, w, 'citation %d not marked in the statement stretch' % c)
            pops, doses, meas = s['populations'], s['doses'], s['measurements']
            for j, p in enumerate(pops):
                if set(p) != ks['pop']: bad(doc, w + '.pop%d' % j, 'keys %s' % sorted(p))
                if not isinstance(p.get('n'), int) or p.get('n', 0) < 1: bad(doc, w + '.pop%d' % j, 'n must be a positive integer')
                if p.get('role') not in ROLES: bad(doc, w + '.pop%d' % j, 'role %r' % p.get('role'))
                if p.get('who') not in WHO: bad(doc, w + '.pop%d' % j, 'who %r' % p.get('who'))
                if float(p.get('n', -1)) not in nums: bad(doc, w + '.pop%d' % j, 'n=%s not written in stretch' % p.get('n'))
            for j, x in enumerate(doses):
                ww = w + '.dose%d' % j
                if not set(x) <= ks['dose'] or not {'amount', 'unit', 'text', 'recipient'} <= set(x):
                    bad(doc, ww, 'keys %s' % sorted(x))
                if x.get('recipient') not in RECIP: bad(doc, ww, 'recipient %r' % x.get('recipient'))
                if x.get('unit') not in UNITS | UNITS_EXTRA: bad(doc, ww, 'unit %r' % x.get('unit'))
                if x.get('stat') not in STATS: bad(doc, ww, 'stat %r' % x.get('stat'))
                for k in ('amount', 'amount_high'):
                    if k in x and abs(float(x[k])) not in nums: bad(doc, ww, '%s=%s not written in stretch' % (k, x[k]))
                if 'amount_high' in x and x['amount_high'] <= x['amount']: bad(doc, ww, 'amount_high <= amount')
            for j, m in enumerate(meas):
                ww = w + '.m%d' % j
                need = {'value', 'unit', 'measure', 'kind', 'matrix', 'analyte', 'dose', 'population'}
                if not set(m) <= ks['meas'] or not need <= set(m):
                    bad(doc, ww, 'keys %s' % sorted(set(m) ^ need)); continue
                if m['kind'] not in M_KIND: bad(doc, ww, 'kind %r' % m['kind'])
                if m['matrix'] not in MATRIX: bad(doc, ww, 'matrix %r' % m['matrix'])
                if m['kind'] in MATRIX_KINDS and m['matrix'] is None: bad(doc, ww, '%s needs a matrix' % m['kind'])
                if m['kind'] not in MATRIX_KINDS and m['matrix'] is not None: bad(doc, ww, 'matrix must be null for %s' % m['kind'])
                if m['kind'] == 'milk_plasma_ratio' and m['matrix'] != 'milk': bad(doc, ww, 'milk_plasma_ratio matrix must be milk')
                if m['kind'] == 'infant_plasma_ratio' and m['matrix'] != 'infant_blood': bad(doc, ww, 'infant_plasma_ratio matrix must be infant_blood')
                if m.get('qualifier') not in QUAL: bad(doc, ww, 'qualifier %r' % m.get('qualifier'))
                if m.get('stat') not in STATS: bad(doc, ww, 'stat %r' % m.get('stat'))
                if m['unit'] not in UNITS | UNITS_EXTRA: bad(doc, ww, 'unit %r' % m['unit'])
                if m['analyte'] is not None and (m['analyte'] != m['analyte'].lower() or m['analyte'] == s['drug']):
                    bad(doc, ww, 'analyte must be lower case and differ from the drug')
                for k in ('value', 'value_high'):
                    if k in m and abs(float(m[k])) not in nums: bad(doc, ww, '%s=%s not written in stretch' % (k, m[k]))
                if 'value_high' in m and m['value_high'] <= m['value']: bad(doc, ww, 'value_high <= value')
                if m['dose'] is not None and not (isinstance(m['dose'], int) and 0 <= m['dose'] < len(doses)):
                    bad(doc, ww, 'dose link %r points nowhere' % m['dose'])
                if m['population'] is not None and not (isinstance(m['population'], int) and 0 <= m['population'] < len(pops)):
                    bad(doc, ww, 'population link %r points nowhere' % m['population'])
            for j, c in enumerate(s['comparisons']):
                ww = w + '.c%d' % j
                if set(c) != ks['comp']: bad(doc, ww, 'keys %s' % sorted(set(c) ^ ks['comp'])); continue
                if len(c['values']) < 2: bad(doc, ww, 'a comparison needs 2+ values')
                if len(c['arms']) != len(c['values']): bad(doc, ww, 'arms (%d) != values (%d)' % (len(c['arms']), len(c['values'])))
                if any(not isinstance(a, str) or not a.strip() for a in c['arms']): bad(doc, ww, 'empty arm label')
                if c['kind'] not in M_KIND: bad(doc, ww, 'kind %r' % c['kind'])
                if not c['outcome']: bad(doc, ww, 'empty outcome')
                used = []
                for v in c['values']:
                    hit = [k for k, m in enumerate(meas) if 'value_high' not in m and m['value'] == v
                           and m['unit'] == c['unit'] and m['kind'] == c['kind'] and k not in used]
                    if not hit:
                        bad(doc, ww, 'value %s %s (%s) is not a measurement of this statement' % (v, c['unit'], c['kind']))
                    else:
                        used.append(hit[0])
                if c['significant'] not in (True, False, None): bad(doc, ww, 'significant %r' % c['significant'])
                if c['p_qualifier'] not in PQ: bad(doc, ww, 'p_qualifier %r' % c['p_qualifier'])
                p, q = c['p_value'], c['p_qualifier']
                if (p is None) != (q is None): bad(doc, ww, 'p_value and p_qualifier must be both set or both null')
                if p is not None:
                    if float(p) not in nums: bad(doc, ww, 'p=%s not written in stretch' % p)
                    if q == '<' and p <= 0.05 and c['significant'] is not True:
                        bad(doc, ww, 'p < %s but significant is %r' % (p, c['significant']))
                    if q == '=' and p < 0.05 and c['significant'] is not True:
                        bad(doc, ww, 'p = %s but significant is %r' % (p, c['significant']))
                    if q in ('=', '>') and p > 0.05 and c['significant'] is not False:
                        bad(doc, ww, 'p %s %s but significant is %r' % (q, p, c['significant']))
    listed = {f for f in os.listdir(texts) if f.startswith('ab') and os.path.isfile(os.path.join(texts, f))}
    for f in sorted(listed - seen_docs):
        bad(f, 'top', 'text file has no gold line')


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--gold', default=os.path.join(HERE, 'gold.jsonl'))
    ap.add_argument('--texts', default=HERE)
    ap.add_argument('--dev', default='/work/shared/gold/dev.jsonl')
    a = ap.parse_args()
    check(a.gold, a.texts, a.dev)
    if problems:
        print('\n'.join(problems))
        print('%d PROBLEM(S)' % len(problems))
        sys.exit(1)
    print('CLEAN')


if __name__ == '__main__':
    main()
