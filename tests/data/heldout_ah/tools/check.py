#!/usr/bin/env python3
"""Validator for the heldout_ah gold file (gold format version 2).

Usage:  python3 tools/check.py [CORPUS_DIR]
CORPUS_DIR defaults to the parent of this script's directory; it must hold
texts/, gold.jsonl, README.md and EXCLUDED_DRUGS.txt.  Prints every problem found
and, when there is none, the single word CLEAN.  Exit status 0 only when clean.
Standard library only.

Checks
  * keys: document, statement, population, dose, measurement and comparison keys
    exactly as in the seeds/dev gold files (required + optional sets);
  * closed codes (statement kind, route, role, who, recipient, measurement kind,
    matrix, qualifier, stat, p_qualifier) and UCUM units as listed in FORMAT.md;
  * anchors: 25+ characters, verbatim and unique in the whitespace-folded text
    (HTML: script/style/comments removed, tags stripped, entities decoded; checked
    with tags replaced by a space and by nothing), statements in document order;
  * every measurement value/value_high, population n, dose amount/amount_high,
    p-value and citation marker is present in the statement's stretch (from the start
    of the anchor's sentence to the start of the next statement's sentence, cut at a
    reference list); population and dose `text` verbatim in that stretch and holding
    their number;
  * dose / population links in range; dose links not pointing at infant doses;
  * matrix rules per kind; analyte lower case and different from the drug;
  * comparisons: 2+ values, one arm per value, each value backed by a distinct
    measurement of the same statement with the same value, unit and kind; no range
    values; significant consistent with p_value / p_qualifier;
  * every text has exactly one gold line and vice versa;
  * no excluded drug word (whole word, any case) in texts, gold, README or tools.
"""
import html
import json
import os
import re
import sys

BASE = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else \
    os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
TEXTS = os.path.join(BASE, 'texts')
GOLD = os.path.join(BASE, 'gold.jsonl')
README = os.path.join(BASE, 'README.md')
EXCL = os.path.join(BASE, 'EXCLUDED_DRUGS.txt')
TOOLS = os.path.join(BASE, 'tools')

# ---- keys, as in /work/shared/gold/seeds.jsonl and dev.jsonl --------------------
DOC_KEYS = {'doc', 'statements'}
ST_KEYS = {'anchor', 'kind', 'drug', 'route', 'populations', 'doses', 'measurements',
           'comparisons', 'citations'}
POP_KEYS = {'n', 'text', 'role', 'who'}
DOSE_REQ = {'amount', 'unit', 'text', 'recipient'}
DOSE_OPT = {'amount_high', 'stat', 'frequency', 'duration', 'drug'}
MEAS_REQ = {'value', 'unit', 'measure', 'kind', 'matrix', 'analyte', 'dose', 'population'}
MEAS_OPT = {'value_high', 'qualifier', 'stat', 'group', 'timepoint'}
COMP_KEYS = {'measure', 'values', 'unit', 'kind', 'outcome', 'arms', 'significant',
             'p_value', 'p_qualifier'}

# ---- closed codes, FORMAT.md ----------------------------------------------------
ST_KIND = {'study', 'recommendation'}
ROUTES = {None, 'oral', 'intravenous', 'intramuscular', 'subcutaneous', 'topical',
          'transdermal', 'epidural', 'intrathecal', 'inhaled', 'intranasal', 'rectal',
          'vaginal', 'ophthalmic'}
ROLES = {'exposed', 'control', 'total'}
WHO = {'mother', 'infant', 'pair', 'other'}
RECIP = {'mother', 'infant'}
M_KIND = {'concentration', 'infant_dose', 'relative_infant_dose', 'milk_plasma_ratio',
          'infant_plasma_ratio', 'half_life', 'amount_excreted', 'proportion', 'change',
          'milk_volume', 'other'}
MATRIX = {'milk', 'maternal_blood', 'infant_blood', 'cord_blood', 'maternal_urine',
          'infant_urine'}
QUAL = {'<', '>', '<=', '>=', '~'}
STATS = {'mean', 'median', 'range', 'maximum'}
PQ = {'<', '=', '>'}
UNITS = {'mg', 'g', 'ug', 'ng', 'mL', 'L', 'mg/L', 'ug/L', 'ng/mL', 'ug/mL', 'mg/dL',
         'mmol/L', 'meq/L', 'mg/kg', 'ug/kg', '%', '[IU]', '[IU]/L', '{ratio}', 'min',
         'h', 'd', 'wk', 'mo'}
MASS = {'mg', 'g', 'ug', 'ng'}
PER_VOL = {'mg/L', 'ug/L', 'ng/mL', 'ug/mL', 'mg/dL', 'mmol/L', 'meq/L', '[IU]/L'}
TIME = {'min', 'h', 'd', 'wk', 'mo'}
DOSE_UNITS = MASS | {'mL', 'L', 'mg/kg', 'ug/kg', '[IU]'}
NEEDS_MATRIX = {'concentration', 'milk_plasma_ratio', 'infant_plasma_ratio'}
MAY_MATRIX = NEEDS_MATRIX | {'half_life'}
KIND_UNITS = {
    'concentration': PER_VOL,
    'milk_plasma_ratio': {'{ratio}', '%'},
    'infant_plasma_ratio': {'{ratio}', '%'},
    'half_life': TIME,
    'relative_infant_dose': {'%'},
    'infant_dose': MASS | {'mg/kg', 'ug/kg'},
    'amount_excreted': MASS | {'%'},
    'proportion': {'%'},
    'change': {'%'},
    'milk_volume': {'mL', 'L'},
    'other': UNITS,
}

NUM_WORDS = {
    'zero': 0, 'one': 1, 'two': 2, 'three': 3, 'four': 4, 'five': 5, 'six': 6,
    'seven': 7, 'eight': 8, 'nine': 9, 'ten': 10, 'eleven': 11, 'twelve': 12,
    'thirteen': 13, 'fourteen': 14, 'fifteen': 15, 'sixteen': 16, 'seventeen': 17,
    'eighteen': 18, 'nineteen': 19, 'twenty': 20, 'thirty': 30, 'forty': 40,
    'fifty': 50, 'sixty': 60, 'seventy': 70, 'eighty': 80, 'ninety': 90,
    'hundred': 100,
}

problems = []


def err(where, msg):
    problems.append('%s: %s' % (where, msg))


# ---- text handling --------------------------------------------------------------
def fold(s):
    return ' '.join(s.split())


def strip_html(raw, sep):
    s = re.sub(r'(?is)<(script|style)\b.*?</\1\s*>', sep, raw)
    s = re.sub(r'(?s)<!--.*?-->', sep, s)
    s = re.sub(r'(?s)<[^>]+>', sep, s)
    return html.unescape(s)


def load_text(path):
    raw = open(path, encoding='utf-8').read()
    if path.lower().endswith(('.html', '.htm')):
        return raw, fold(strip_html(raw, ' ')), fold(strip_html(raw, ''))
    t = fold(raw)
    return raw, t, t


def numbers_in(s):
    """All numbers written in s, as floats (digits, decimals, '1,500', '.04', number words)."""
    out = set()
    for tok in re.findall(r'\d[\d,]*(?:\.\d+)?|(?<![\d])\.\d+', s):
        tok = tok.strip(',')
        parts = [tok]
        if ',' in tok:
            parts = tok.split(',')
            if re.fullmatch(r'\d{1,3}(,\d{3})+(\.\d+)?', tok):
                parts.append(tok.replace(',', ''))
        for p in parts:
            if p:
                try:
                    out.add(float(p))
                except ValueError:
                    pass
    for w in re.findall(r'[A-Za-z]+(?:-[A-Za-z]+)?', s):
        lw = w.lower()
        if lw in NUM_WORDS:
            out.add(float(NUM_WORDS[lw]))
        elif '-' in lw:
            a, b = lw.split('-', 1)
            if a in NUM_WORDS and b in NUM_WORDS and NUM_WORDS[a] >= 20 and NUM_WORDS[b] < 10:
                out.add(float(NUM_WORDS[a] + NUM_WORDS[b]))
    return out


def has_num(nums, v):
    return any(abs(v - x) <= 1e-9 * max(1.0, abs(v)) for x in nums)


def citation_markers(s):
    found = set()
    for grp in re.findall(r'\[(\d+(?:\s*[-\u2013,]\s*\d+)*)\]', s):
        for part in re.split(r'\s*,\s*', grp):
            m = re.fullmatch(r'(\d+)\s*[-\u2013]\s*(\d+)', part)
            if m:
                a, b = int(m.group(1)), int(m.group(2))
                found.update(range(a, b + 1))
            elif part.strip().isdigit():
                found.add(int(part))
    return found


SENT_BOUND = re.compile(r'(?:[.!?:]|\]|\))\s+(?=[A-Z0-9"\'(\[#*>_-])')
REF_HEAD = re.compile(r'\b(References|Substance Identification)\b')


def sentence_start(text, pos):
    start = 0
    for m in SENT_BOUND.finditer(text, 0, min(len(text), pos + 1)):
        if m.end() <= pos:
            start = m.end()
    return start


def isnum(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


# ---- checks ---------------------------------------------------------------------
def check_excluded(excluded):
    pats = [(w, re.compile(r'(?<![A-Za-z0-9])' + re.escape(w) + r'(?![A-Za-z0-9])', re.I))
            for w in excluded]
    files = []
    if os.path.isdir(TEXTS):
        files += [os.path.join(TEXTS, f) for f in sorted(os.listdir(TEXTS))]
    files += [GOLD, README]
    if os.path.isdir(TOOLS):
        files += [os.path.join(TOOLS, f) for f in sorted(os.listdir(TOOLS)) if f.endswith('.py')]
    for path in files:
        if not os.path.isfile(path):
            if path in (GOLD, README):
                err(os.path.basename(path), 'missing file')
            continue
        s = open(path, encoding='utf-8', errors='replace').read()
        for w, p in pats:
            m = p.search(s)
            if m:
                line = s.count('\n', 0, m.start()) + 1
                err(os.path.relpath(path, BASE), 'excluded drug word %r at line %d' % (w, line))


def check_statement(where, st, text_sp, text_ns, stretch, drug_doc):
    if set(st) != ST_KEYS:
        err(where, 'statement keys %s' % sorted(set(st) ^ ST_KEYS))
        return
    nums = numbers_in(stretch)
    if st['kind'] not in ST_KIND:
        err(where, 'bad statement kind %r' % st['kind'])
    if not isinstance(st['drug'], str) or not st['drug'] or st['drug'] != st['drug'].lower():
        err(where, 'drug must be non-empty lower case: %r' % st['drug'])
    if st['route'] not in ROUTES:
        err(where, 'bad route %r' % st['route'])
    # citations
    if not isinstance(st['citations'], list) or not all(isinstance(c, int) and not isinstance(c, bool)
                                                         for c in st['citations']):
        err(where, 'citations must be a list of integers')
    else:
        marks = citation_markers(stretch)
        for c in st['citations']:
            if c not in marks:
                err(where, 'citation %d has no marker in the stretch' % c)
        if len(set(st['citations'])) != len(st['citations']):
            err(where, 'duplicate citations')
    # populations
    pops = st['populations']
    for i, p in enumerate(pops):
        w = '%s pop[%d]' % (where, i)
        if set(p) != POP_KEYS:
            err(w, 'keys %s' % sorted(set(p) ^ POP_KEYS))
            continue
        if not (isinstance(p['n'], int) and not isinstance(p['n'], bool) and p['n'] > 0):
            err(w, 'n must be a positive integer')
            continue
        if p['role'] not in ROLES:
            err(w, 'bad role %r' % p['role'])
        if p['who'] not in WHO:
            err(w, 'bad who %r' % p['who'])
        t = fold(p['text'])
        if t not in stretch:
            err(w, 'text not verbatim in stretch: %r' % p['text'])
        if not has_num(numbers_in(t), p['n']):
            err(w, 'n=%d not written in its text %r' % (p['n'], p['text']))
        if not has_num(nums, p['n']):
            err(w, 'n=%d not in stretch' % p['n'])
    # doses
    doses = st['doses']
    for i, d in enumerate(doses):
        w = '%s dose[%d]' % (where, i)
        keys = set(d)
        if not DOSE_REQ <= keys or not keys <= DOSE_REQ | DOSE_OPT:
            err(w, 'keys: missing %s, extra %s' % (sorted(DOSE_REQ - keys), sorted(keys - DOSE_REQ - DOSE_OPT)))
            continue
        if not isnum(d['amount']):
            err(w, 'amount not a number')
            continue
        if d['unit'] not in DOSE_UNITS:
            err(w, 'bad dose unit %r' % d['unit'])
        if d['recipient'] not in RECIP:
            err(w, 'bad recipient %r' % d['recipient'])
        if 'stat' in d and d['stat'] not in STATS:
            err(w, 'bad dose stat %r' % d['stat'])
        if 'amount_high' in d:
            if not isnum(d['amount_high']) or d['amount_high'] <= d['amount']:
                err(w, 'amount_high must exceed amount')
        if d.get('stat') == 'range' and 'amount_high' not in d:
            err(w, 'stat range without amount_high')
        if 'drug' in d and d['drug'] != d['drug'].lower():
            err(w, 'dose drug must be lower case')
        t = fold(d['text'])
        if t not in stretch:
            err(w, 'text not verbatim in stretch: %r' % d['text'])
        tn = numbers_in(t)
        for k in ('amount', 'amount_high'):
            if k in d and isnum(d[k]):
                if not has_num(tn, d[k]):
                    err(w, '%s=%s not written in its text %r' % (k, d[k], d['text']))
                if not has_num(nums, d[k]):
                    err(w, '%s=%s not in stretch' % (k, d[k]))
    # measurements
    meas = st['measurements']
    for i, m in enumerate(meas):
        w = '%s meas[%d]' % (where, i)
        keys = set(m)
        if not MEAS_REQ <= keys or not keys <= MEAS_REQ | MEAS_OPT:
            err(w, 'keys: missing %s, extra %s' % (sorted(MEAS_REQ - keys), sorted(keys - MEAS_REQ - MEAS_OPT)))
            continue
        if not isnum(m['value']):
            err(w, 'value not a number')
            continue
        if m['unit'] not in UNITS:
            err(w, 'bad unit %r' % m['unit'])
        if m['kind'] not in M_KIND:
            err(w, 'bad kind %r' % m['kind'])
        elif m['unit'] not in KIND_UNITS[m['kind']]:
            err(w, 'unit %r implausible for kind %s' % (m['unit'], m['kind']))
        if m['matrix'] is not None and m['matrix'] not in MATRIX:
            err(w, 'bad matrix %r' % m['matrix'])
        if m['kind'] in NEEDS_MATRIX and m['matrix'] is None:
            err(w, 'kind %s needs a matrix' % m['kind'])
        if m['kind'] not in MAY_MATRIX and m['matrix'] is not None:
            err(w, 'kind %s must have matrix null' % m['kind'])
        if m['kind'] == 'milk_plasma_ratio' and m['matrix'] != 'milk':
            err(w, 'milk_plasma_ratio must have matrix milk')
        if m['kind'] == 'infant_plasma_ratio' and m['matrix'] != 'infant_blood':
            err(w, 'infant_plasma_ratio must have matrix infant_blood')
        if 'qualifier' in m and m['qualifier'] not in QUAL:
            err(w, 'bad qualifier %r' % m['qualifier'])
        if 'stat' in m and m['stat'] not in STATS:
            err(w, 'bad stat %r' % m['stat'])
        if 'value_high' in m:
            if not isnum(m['value_high']) or m['value_high'] <= m['value']:
                err(w, 'value_high must exceed value')
        if m.get('stat') == 'range' and 'value_high' not in m:
            err(w, 'stat range without value_high')
        a = m['analyte']
        if a is not None:
            if not isinstance(a, str) or a != a.lower() or not a:
                err(w, 'analyte must be lower case: %r' % a)
            elif a == st['drug']:
                err(w, 'analyte equals the statement drug; use null')
        for k in ('value', 'value_high'):
            if k in m and isnum(m[k]) and not has_num(nums, m[k]):
                err(w, '%s=%s not in stretch' % (k, m[k]))
        if m['dose'] is not None:
            if not (isinstance(m['dose'], int) and 0 <= m['dose'] < len(doses)):
                err(w, 'dose link %r out of range' % m['dose'])
            elif doses[m['dose']].get('recipient') == 'infant':
                err(w, 'dose link points at an infant dose')
        if m['population'] is not None:
            if not (isinstance(m['population'], int) and 0 <= m['population'] < len(pops)):
                err(w, 'population link %r out of range' % m['population'])
    # comparisons
    for i, c in enumerate(st['comparisons']):
        w = '%s comp[%d]' % (where, i)
        if set(c) != COMP_KEYS:
            err(w, 'keys %s' % sorted(set(c) ^ COMP_KEYS))
            continue
        vals = c['values']
        if not isinstance(vals, list) or len(vals) < 2 or not all(isnum(v) for v in vals):
            err(w, 'needs 2+ numeric values')
            continue
        if not isinstance(c['arms'], list) or len(c['arms']) != len(vals) or \
                not all(isinstance(a, str) and a.strip() for a in c['arms']):
            err(w, 'needs one non-empty arm per value')
        if c['unit'] not in UNITS:
            err(w, 'bad unit %r' % c['unit'])
        if c['kind'] not in M_KIND:
            err(w, 'bad kind %r' % c['kind'])
        if not isinstance(c['outcome'], str) or not c['outcome'].strip():
            err(w, 'empty outcome')
        elif any(has_num(numbers_in(re.sub(
                r'(?i)\b(weeks?|days?|months?|hours?|wk|h)\s*\d+|\d+[\s-]*(weeks?|days?|months?|hours?|h)\b',
                ' ', c['outcome'])), v) for v in vals if isnum(v)):
            err(w, 'outcome should not carry the compared numbers: %r' % c['outcome'])
        used = set()
        for v in vals:
            hit = None
            for j, m in enumerate(meas):
                if j in used or not isnum(m.get('value')):
                    continue
                if abs(m['value'] - v) < 1e-9 and m.get('unit') == c['unit'] and \
                        m.get('kind') == c['kind'] and 'value_high' not in m:
                    hit = j
                    break
            if hit is None:
                err(w, 'value %s not backed by a distinct %s measurement in %s' % (v, c['kind'], c['unit']))
            else:
                used.add(hit)
        sig, p, q = c['significant'], c['p_value'], c['p_qualifier']
        if sig not in (True, False, None):
            err(w, 'significant must be true/false/null')
        if p is None:
            if q is not None:
                err(w, 'p_qualifier without p_value')
        else:
            if not isnum(p) or not (0 <= p <= 1):
                err(w, 'p_value must be a number in [0, 1]')
            elif q not in PQ:
                err(w, 'bad p_qualifier %r' % q)
            else:
                if not has_num(nums, p):
                    err(w, 'p_value %s not in stretch' % p)
                expect = None
                if q == '<' and p <= 0.05:
                    expect = True
                elif q == '=':
                    expect = p < 0.05
                elif q == '>' and p >= 0.05:
                    expect = False
                if expect is not None and sig is not expect:
                    err(w, 'significant=%r inconsistent with p %s %s' % (sig, q, p))


def main():
    excluded = []
    if os.path.isfile(EXCL):
        excluded = [l.strip() for l in open(EXCL, encoding='utf-8') if l.strip()]
    else:
        err('EXCLUDED_DRUGS.txt', 'missing')
    check_excluded(excluded)

    texts = {}
    if os.path.isdir(TEXTS):
        for f in sorted(os.listdir(TEXTS)):
            if not re.fullmatch(r'ah\d\d_[a-z0-9-]+_[a-z0-9_-]+\.(html|md|txt)', f):
                err('texts/' + f, 'file name does not follow ah<NN>_<drug>_<type>.<ext>')
            texts[f] = load_text(os.path.join(TEXTS, f))
    else:
        err('texts', 'missing directory')

    if not os.path.isfile(GOLD):
        err('gold.jsonl', 'missing')
        return finish()
    seen = set()
    for ln, line in enumerate(open(GOLD, encoding='utf-8'), 1):
        if not line.strip():
            err('gold.jsonl:%d' % ln, 'empty line')
            continue
        try:
            g = json.loads(line)
        except ValueError as e:
            err('gold.jsonl:%d' % ln, 'invalid JSON: %s' % e)
            continue
        if set(g) != DOC_KEYS:
            err('gold.jsonl:%d' % ln, 'document keys %s' % sorted(set(g) ^ DOC_KEYS))
            continue
        name = g['doc']
        if name in seen:
            err(name, 'duplicate gold line')
        seen.add(name)
        if name not in texts:
            err(name, 'no such text in texts/')
            continue
        raw, t_sp, t_ns = texts[name]
        sts = g['statements']
        if not isinstance(sts, list) or not sts:
            err(name, 'no statements')
            continue
        # locate anchors
        positions = []
        for k, st in enumerate(sts):
            a = fold(st.get('anchor', '')) if isinstance(st, dict) else ''
            where = '%s st[%d]' % (name, k)
            if len(a) < 25:
                err(where, 'anchor shorter than 25 characters: %r' % a)
            c_sp, c_ns = t_sp.count(a), t_ns.count(a)
            if c_sp != 1 or c_ns != 1:
                err(where, 'anchor found %d/%d times (must be unique): %r' % (c_sp, c_ns, a))
                positions.append(None)
            else:
                positions.append(t_sp.index(a))
        good = [p for p in positions if p is not None]
        if good != sorted(good):
            err(name, 'statements are not in document order')
        starts = [sentence_start(t_sp, p) if p is not None else None for p in positions]
        for k, st in enumerate(sts):
            where = '%s st[%d]' % (name, k)
            if positions[k] is None:
                continue
            start = starts[k]
            nxt = [s_ for s_ in starts[k + 1:] if s_ is not None and s_ > start]
            end = nxt[0] if nxt else len(t_sp)
            ref = REF_HEAD.search(t_sp, positions[k])
            if ref and ref.start() < end:
                end = ref.start()
            check_statement(where, st, t_sp, t_ns, t_sp[start:end], name)
    for f in texts:
        if f not in seen:
            err(f, 'text has no gold line')
    if len(texts) != 9:
        err('texts', 'expected 9 documents, found %d' % len(texts))
    return finish()


def finish():
    if problems:
        for p in problems:
            print(p)
        print('%d problem(s)' % len(problems))
        return 1
    print('CLEAN')
    return 0


if __name__ == '__main__':
    sys.exit(main())
