#!/usr/bin/env python3
"""Verify gold.jsonl against FORMAT.md version 2 and the texts in texts/. Stdlib only.
Prints CLEAN when no problem is found; otherwise one line per problem."""
import html, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, 'gold.jsonl')
TEXTS = os.path.join(HERE, 'texts')
DEV = '/work/shared/gold/dev.jsonl'

ROUTES = {None, 'oral', 'intravenous', 'intramuscular', 'subcutaneous', 'topical', 'transdermal', 'epidural',
          'intrathecal', 'inhaled', 'intranasal', 'rectal', 'vaginal', 'ophthalmic'}
ROLES = {'exposed', 'control', 'total'}
WHO = {'mother', 'infant', 'pair', 'other'}
RECIP = {'mother', 'infant'}
STATS = {'mean', 'median', 'range', 'maximum'}
QUAL = {'<', '>', '<=', '>=', '~'}
PQUAL = {'<', '=', '>'}
KINDS = {'concentration', 'infant_dose', 'relative_infant_dose', 'milk_plasma_ratio', 'infant_plasma_ratio',
         'half_life', 'amount_excreted', 'proportion', 'change', 'milk_volume', 'other'}
MATRIX = {'milk', 'maternal_blood', 'infant_blood', 'cord_blood', 'maternal_urine', 'infant_urine'}
SKIND = {'study', 'recommendation'}
# UCUM codes: FORMAT's list plus the few extra valid UCUM codes this corpus needs (see README).
UNITS = {'mg', 'g', 'ug', 'ng', 'mL', 'L', 'mg/L', 'ug/L', 'ng/mL', 'ug/mL', 'mg/dL', 'mmol/L', 'meq/L', 'mg/kg',
         'ug/kg', '%', '[IU]', '[IU]/L', '{ratio}', 'min', 'h', 'd', 'wk', 'mo',
         'kg', 'cm', 'nmol/L', 'm[IU]/L', '{score}'}
BANNED = ("acetaminophen paracetamol azithromycin cabergoline caffeine domperidone fenugreek fentanyl fluconazole "
          "ibuprofen infliximab ketorolac labetalol lamotrigine levetiracetam levonorgestrel lithium medroxyprogesterone "
          "metformin methadone metoclopramide metoprolol moringa nicotine nifedipine ondansetron oxycodone oxytocin "
          "propranolol propylthiouracil quetiapine sertraline tenofovir topiramate tramadol valproic cyclosporine "
          "etonogestrel codeine omeprazole sumatriptan nitrofurantoin probiotics silymarin ginger paroxetine venlafaxine "
          "bupropion cefazolin enalapril acyclovir valacyclovir oseltamivir methimazole naproxen hydroxychloroquine "
          "tacrolimus hydromorphone ceftriaxone loratadine metronidazole pseudoephedrine").split()

ONES = {'zero': 0, 'one': 1, 'two': 2, 'three': 3, 'four': 4, 'five': 5, 'six': 6, 'seven': 7, 'eight': 8, 'nine': 9,
        'ten': 10, 'eleven': 11, 'twelve': 12, 'thirteen': 13, 'fourteen': 14, 'fifteen': 15, 'sixteen': 16,
        'seventeen': 17, 'eighteen': 18, 'nineteen': 19}
TENS = {'twenty': 20, 'thirty': 30, 'forty': 40, 'fifty': 50, 'sixty': 60, 'seventy': 70, 'eighty': 80, 'ninety': 90}

problems = []


def bad(doc, msg):
    problems.append(f'{doc}: {msg}')


def fold(s):
    return re.sub(r'\s+', ' ', s).strip()


def load_text(name):
    raw = open(os.path.join(TEXTS, name), encoding='utf-8').read()
    if name.endswith(('.html', '.htm')):
        raw = re.sub(r'(?is)<(script|style)\b.*?</\1>', ' ', raw)
        raw = re.sub(r'<[^>]+>', ' ', raw)
        raw = html.unescape(raw).replace('\xa0', ' ')
    return fold(raw)


def word_numbers(s):
    """All integers written as number words in s (e.g. 'One hundred eighty-three' -> 183)."""
    out, cur, active = set(), 0, False
    for tok in re.findall(r"[a-z]+", s.lower()):
        if tok in ONES:
            cur += ONES[tok]; active = True
        elif tok in TENS:
            cur += TENS[tok]; active = True
        elif tok == 'hundred' and active:
            cur *= 100
        elif tok == 'and' and active:
            continue
        else:
            if active:
                out.add(cur)
            cur, active = 0, False
    if active:
        out.add(cur)
    return out


def num_forms(v):
    forms = set()
    if isinstance(v, float) and v.is_integer():
        forms |= {str(int(v)), f'{v:.1f}'}
    elif isinstance(v, int):
        forms |= {str(v), f'{v:,}'}
    else:
        s = repr(v)
        forms.add(s)
        if s.startswith('0.'):
            forms.add(s[1:])
        if s.startswith('-0.'):
            forms.add('-' + s[2:])
    more = set()
    for f in forms:
        if f.startswith('-'):
            more |= {f[1:], '\u2212' + f[1:]}
    return forms | more


def has_num(text, v):
    for f in num_forms(v):
        if re.search(r'(?<![\d.,])' + re.escape(f) + r'(?![\d]|[.,]\d)', text):
            return True
    return False


def has_count(text, n):
    return has_num(text, n) or n in word_numbers(text)


def citation_present(text, c):
    for m in re.finditer(r'\[([\d,\s\-\u2013]+)\]', text):
        nums = set()
        for part in m.group(1).split(','):
            part = part.strip()
            if re.fullmatch(r'\d+\s*[-\u2013]\s*\d+', part):
                a, b = map(int, re.split(r'\s*[-\u2013]\s*', part))
                nums |= set(range(a, b + 1))
            elif part.isdigit():
                nums.add(int(part))
        if c in nums:
            return True
    return False


def shape_from_dev():
    levels = {k: [] for k in ('doc', 'st', 'pop', 'dose', 'meas', 'comp')}
    for line in open(DEV, encoding='utf-8'):
        d = json.loads(line)
        levels['doc'].append(set(d))
        for s in d['statements']:
            levels['st'].append(set(s))
            levels['pop'] += [set(x) for x in s['populations']]
            levels['dose'] += [set(x) for x in s['doses']]
            levels['meas'] += [set(x) for x in s['measurements']]
            levels['comp'] += [set(x) for x in s['comparisons']]
    return {k: (set.intersection(*v), set.union(*v)) for k, v in levels.items()}


def check_keys(doc, what, obj, shape):
    req, allowed = shape[what]
    miss, extra = req - set(obj), set(obj) - allowed
    if miss:
        bad(doc, f'{what} missing keys {sorted(miss)}')
    if extra:
        bad(doc, f'{what} unexpected keys {sorted(extra)}')


def main():
    shape = shape_from_dev()
    lines = [l for l in open(GOLD, encoding='utf-8') if l.strip()]
    files = sorted(f for f in os.listdir(TEXTS) if not f.startswith('.'))
    seen = set()
    for line in lines:
        d = json.loads(line)
        doc = d.get('doc', '?')
        check_keys(doc, 'doc', d, shape)
        if doc not in files:
            bad(doc, 'no such text file'); continue
        if doc in seen:
            bad(doc, 'duplicate doc line')
        seen.add(doc)
        text = load_text(doc)
        low = text.lower()
        for b in BANNED:
            if re.search(r'\b' + b + r'\b', low):
                bad(doc, f'banned drug name in text: {b}')
        sts = d['statements']
        pos = []
        for i, s in enumerate(sts):
            a = fold(s.get('anchor', ''))
            if len(a) < 25:
                bad(doc, f'st{i} anchor shorter than 25 characters')
            cnt = text.count(a)
            if cnt != 1:
                bad(doc, f'st{i} anchor found {cnt} times: {a!r}')
            pos.append(text.find(a))
        if pos != sorted(pos):
            bad(doc, 'statements not in document order')
        bounds = sorted(set(pos)) + [len(text)]
        for i, s in enumerate(sts):
            tag = f'st{i}'
            check_keys(doc, 'st', s, shape)
            start = pos[i]
            end = next((b for b in bounds if b > start), len(text))
            stretch = text[start:end]
            if s['kind'] not in SKIND: bad(doc, f'{tag} kind {s["kind"]!r}')
            if s['route'] not in ROUTES: bad(doc, f'{tag} route {s["route"]!r}')
            if not s['drug'] or s['drug'] != s['drug'].lower(): bad(doc, f'{tag} drug not lower case')
            for j, p in enumerate(s['populations']):
                check_keys(doc, 'pop', p, shape)
                if not isinstance(p['n'], int): bad(doc, f'{tag} pop{j} n not int')
                if p['role'] not in ROLES: bad(doc, f'{tag} pop{j} role {p["role"]!r}')
                if p['who'] not in WHO: bad(doc, f'{tag} pop{j} who {p["who"]!r}')
                t = fold(p['text'])
                if t not in stretch: bad(doc, f'{tag} pop{j} text not in stretch: {t!r}')
                if not has_count(t, p['n']): bad(doc, f'{tag} pop{j} text lacks count {p["n"]}')
            for j, x in enumerate(s['doses']):
                check_keys(doc, 'dose', x, shape)
                if x['unit'] not in UNITS: bad(doc, f'{tag} dose{j} unit {x["unit"]!r}')
                if x['recipient'] not in RECIP: bad(doc, f'{tag} dose{j} recipient {x["recipient"]!r}')
                if x.get('stat') is not None and x['stat'] not in STATS: bad(doc, f'{tag} dose{j} stat')
                t = fold(x['text'])
                if t not in stretch: bad(doc, f'{tag} dose{j} text not in stretch: {t!r}')
                if not has_num(t, x['amount']): bad(doc, f'{tag} dose{j} text lacks amount {x["amount"]}')
                if x.get('amount_high') is not None and not has_num(t, x['amount_high']):
                    bad(doc, f'{tag} dose{j} text lacks amount_high')
            for j, m in enumerate(s['measurements']):
                mt = f'{tag} meas{j}'
                check_keys(doc, 'meas', m, shape)
                if m['unit'] not in UNITS: bad(doc, f'{mt} unit {m["unit"]!r}')
                if m['kind'] not in KINDS: bad(doc, f'{mt} kind {m["kind"]!r}')
                if m.get('qualifier') is not None and m['qualifier'] not in QUAL: bad(doc, f'{mt} qualifier')
                if m.get('stat') is not None and m['stat'] not in STATS: bad(doc, f'{mt} stat')
                if m['matrix'] is not None and m['matrix'] not in MATRIX: bad(doc, f'{mt} matrix {m["matrix"]!r}')
                k, mx = m['kind'], m['matrix']
                if k in ('concentration', 'half_life') and mx is None: bad(doc, f'{mt} {k} needs a matrix')
                if k == 'milk_plasma_ratio' and mx != 'milk': bad(doc, f'{mt} milk_plasma_ratio matrix must be milk')
                if k == 'infant_plasma_ratio' and mx != 'infant_blood': bad(doc, f'{mt} infant_plasma_ratio matrix must be infant_blood')
                if k not in ('concentration', 'half_life', 'milk_plasma_ratio', 'infant_plasma_ratio') and mx is not None:
                    bad(doc, f'{mt} kind {k} must have null matrix')
                if m['analyte'] is not None and m['analyte'] != m['analyte'].lower(): bad(doc, f'{mt} analyte not lower case')
                if m['analyte'] == s['drug']: bad(doc, f'{mt} analyte equals the drug (should be null)')
                if not has_num(stretch, m['value']): bad(doc, f'{mt} value {m["value"]} not in stretch')
                if m.get('value_high') is not None and not has_num(stretch, m['value_high']):
                    bad(doc, f'{mt} value_high not in stretch')
                if m['dose'] is not None and not (isinstance(m['dose'], int) and 0 <= m['dose'] < len(s['doses'])):
                    bad(doc, f'{mt} dose link {m["dose"]} out of range')
                if m['population'] is not None and not (isinstance(m['population'], int) and 0 <= m['population'] < len(s['populations'])):
                    bad(doc, f'{mt} population link {m["population"]} out of range')
            for j, c in enumerate(s['comparisons']):
                ct = f'{tag} comp{j}'
                check_keys(doc, 'comp', c, shape)
                if c['kind'] not in KINDS: bad(doc, f'{ct} kind')
                if c['unit'] not in UNITS: bad(doc, f'{ct} unit')
                vals = c['values']
                if len(vals) < 2: bad(doc, f'{ct} fewer than 2 values')
                if len(c['arms']) != len(vals): bad(doc, f'{ct} arms/values length mismatch')
                if len(set(map(str, c['arms']))) != len(c['arms']): bad(doc, f'{ct} repeated arm label')
                for v in vals:
                    hits = [m for m in s['measurements'] if m['value'] == v and m['unit'] == c['unit']]
                    if not hits:
                        bad(doc, f'{ct} value {v} {c["unit"]} is not a measurement of the statement')
                    elif not any(m['kind'] == c['kind'] for m in hits):
                        bad(doc, f'{ct} value {v} kind differs from its measurement')
                    if any(m.get('value_high') is not None for m in hits):
                        bad(doc, f'{ct} value {v} is a range (no comparison allowed)')
                pv, pq, sig = c['p_value'], c['p_qualifier'], c['significant']
                if sig not in (True, False, None): bad(doc, f'{ct} significant not bool/null')
                if (pv is None) != (pq is None): bad(doc, f'{ct} p_value/p_qualifier mismatch')
                if pq is not None and pq not in PQUAL: bad(doc, f'{ct} p_qualifier {pq!r}')
                if pv is not None:
                    if not has_num(stretch, pv): bad(doc, f'{ct} p-value {pv} not in stretch')
                    expect = True if (pq == '<' and pv <= 0.05) or (pq == '=' and pv < 0.05) else False
                    if sig is not expect: bad(doc, f'{ct} significant={sig} inconsistent with p {pq} {pv}')
            for c in s['citations']:
                if not isinstance(c, int): bad(doc, f'{tag} citation not int')
                elif not citation_present(stretch, c): bad(doc, f'{tag} citation [{c}] not in stretch')
    for f in files:
        if f not in seen:
            bad(f, 'text file has no gold line')
    if problems:
        print('\n'.join(problems))
        print(f'{len(problems)} problem(s)')
        sys.exit(1)
    print('CLEAN')


if __name__ == '__main__':
    main()
