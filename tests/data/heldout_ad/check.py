#!/usr/bin/env python3
"""Validate gold.jsonl of the synthetic AD corpus against FORMAT.md version 2.
Standard library only.  Usage: python3 check.py [gold.jsonl] [docs_dir] [dev.jsonl]
Prints CLEAN when no problem is found, else the problems (exit status 1)."""
import html, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, 'gold.jsonl')
DOCS = sys.argv[2] if len(sys.argv) > 2 else HERE
DEV = sys.argv[3] if len(sys.argv) > 3 else '/work/shared/gold/dev.jsonl'

UNITS = {'mg', 'g', 'ug', 'ng', 'mL', 'L', 'mg/L', 'ug/L', 'ng/mL', 'ug/mL', 'mg/dL', 'mmol/L',
         'meq/L', 'mg/kg', 'ug/kg', '%', '[IU]', '[IU]/L', '{ratio}', 'min', 'h', 'd', 'wk', 'mo'}
KINDS = {'concentration', 'infant_dose', 'relative_infant_dose', 'milk_plasma_ratio',
         'infant_plasma_ratio', 'half_life', 'amount_excreted', 'proportion', 'change',
         'milk_volume', 'other'}
MATRIX_KINDS = {'concentration', 'half_life', 'milk_plasma_ratio', 'infant_plasma_ratio'}
MATRICES = {'milk', 'maternal_blood', 'infant_blood', 'cord_blood', 'maternal_urine', 'infant_urine'}
WHO = {'mother', 'infant', 'pair', 'other'}
ROLES = {'exposed', 'control', 'total'}
RECIP = {'mother', 'infant'}
ROUTES = {None, 'oral', 'intravenous', 'intramuscular', 'subcutaneous', 'topical', 'transdermal',
          'epidural', 'intrathecal', 'inhaled', 'intranasal', 'rectal', 'vaginal', 'ophthalmic'}
DOSE_STATS = {'mean', 'median', 'range', 'maximum'}
QUALS = {'<', '>', '<=', '>=', '~'}
PQUALS = {'<', '=', '>'}
SKINDS = {'study', 'recommendation'}

WORDS = {'zero': 0, 'one': 1, 'two': 2, 'three': 3, 'four': 4, 'five': 5, 'six': 6, 'seven': 7,
         'eight': 8, 'nine': 9, 'ten': 10, 'eleven': 11, 'twelve': 12, 'thirteen': 13,
         'fourteen': 14, 'fifteen': 15, 'sixteen': 16, 'seventeen': 17, 'eighteen': 18,
         'nineteen': 19, 'twenty': 20, 'thirty': 30, 'forty': 40, 'fifty': 50, 'sixty': 60,
         'seventy': 70, 'eighty': 80, 'ninety': 90, 'hundred': 100}

errors = []


def err(doc, msg):
    errors.append(f'{doc}: {msg}')


def fold(s):
    return re.sub(r'\s+', ' ', s.replace('\xa0', ' ')).strip()


def plain(raw, name):
    if name.endswith(('.html', '.htm')):
        raw = re.sub(r'(?is)<(script|style)\b.*?</\1>', ' ', raw)
        raw = re.sub(r'<[^>]+>', ' ', raw)
        raw = html.unescape(raw)
    return fold(raw)


def words_to_digits(text):
    """Add digit forms of number words ("Forty-seven" -> 47) so they can be found."""
    def rep(m):
        parts = re.split(r'[-\s]+', m.group(0).lower())
        total = 0
        for p in parts:
            v = WORDS[p]
            total = total * 100 if v == 100 else total + v
        return f'{m.group(0)} [{total}]'
    pat = r'\b(?:' + '|'.join(WORDS) + r')(?:[-\s](?:' + '|'.join(WORDS) + r'))*\b'
    return re.sub(pat, rep, text, flags=re.I)


def num_forms(v):
    forms = set()
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        return forms
    if float(v).is_integer():
        i = int(v)
        forms |= {str(i), f'{i:,}', f'{i}.0'}
    s = repr(float(v)) if not float(v).is_integer() else None
    if s:
        forms.add(s)
        if s.startswith('0.'):
            forms.add(s[1:])
    return forms


def has_num(text, v):
    for f in num_forms(v):
        tail = r'0*' if '.' in f else ''
        if re.search(r'(?<![\d.])' + re.escape(f) + tail + r'(?!\d|\.\d)', text):
            return True
    return False


def load_keys(path):
    keys = {'doc': set(), 'st': set(), 'pop': set(), 'dose': set(), 'meas': set(), 'comp': set()}
    for line in open(path, encoding='utf-8'):
        d = json.loads(line)
        keys['doc'] |= set(d)
        for s in d['statements']:
            keys['st'] |= set(s)
            for k, lst in (('pop', 'populations'), ('dose', 'doses'), ('meas', 'measurements'), ('comp', 'comparisons')):
                for x in s[lst]:
                    keys[k] |= set(x)
    return keys


KEYS = load_keys(DEV)
REQ = {'pop': {'n', 'text', 'role', 'who'}, 'dose': {'amount', 'unit', 'text', 'recipient'},
       'meas': {'value', 'unit', 'kind', 'matrix', 'analyte', 'dose', 'population'},
       'comp': set(KEYS['comp'])}


def is_num(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def check_doc(d):
    name = d.get('doc')
    if set(d) != KEYS['doc']:
        err(name, f'document keys {sorted(d)} != {sorted(KEYS["doc"])}')
    path = os.path.join(DOCS, name or '')
    if not name or not os.path.isfile(path):
        err(name, 'document file not found')
        return
    raw = open(path, encoding='utf-8').read()
    text = plain(raw, name)
    low = text
    # locate anchors
    spots = []
    for i, s in enumerate(d['statements']):
        a = fold(s.get('anchor', ''))
        if len(a) < 25:
            err(name, f'st{i}: anchor shorter than 25 characters')
        c = low.count(a)
        if c != 1:
            err(name, f'st{i}: anchor found {c} times: {a!r}')
        if name.endswith(('.html', '.htm')) and fold(raw).count(a) != 1:
            err(name, f'st{i}: anchor not verbatim in raw HTML source: {a!r}')
        spots.append(low.find(a))
    order = sorted(range(len(spots)), key=lambda i: spots[i])
    stretch, rawst = {}, {}
    for k, i in enumerate(order):
        end = spots[order[k + 1]] if k + 1 < len(order) else len(text)
        rawst[i] = text[max(spots[i], 0):end]
        stretch[i] = words_to_digits(rawst[i])
    if len(set(spots)) != len(spots):
        err(name, 'two statements share an anchor position')
    for i, s in enumerate(d['statements']):
        tag = f'st{i}'
        st = stretch[i]
        rs = rawst[i]
        if set(s) != KEYS['st']:
            err(name, f'{tag}: statement keys {sorted(s)} differ from dev {sorted(KEYS["st"])}')
            continue
        if s['kind'] not in SKINDS:
            err(name, f'{tag}: bad statement kind {s["kind"]!r}')
        if not isinstance(s['drug'], str) or s['drug'] != s['drug'].lower() or not s['drug']:
            err(name, f'{tag}: drug must be a lower-case string')
        if s['route'] not in ROUTES:
            err(name, f'{tag}: bad route {s["route"]!r}')
        for j, p in enumerate(s['populations']):
            t = f'{tag}.pop{j}'
            if not REQ['pop'] <= set(p) or not set(p) <= KEYS['pop']:
                err(name, f'{t}: keys {sorted(p)}')
                continue
            if not isinstance(p['n'], int) or isinstance(p['n'], bool) or p['n'] < 1:
                err(name, f'{t}: n must be a positive integer')
            elif not has_num(st, p['n']):
                err(name, f'{t}: n {p["n"]} not in statement stretch')
            if p['role'] not in ROLES:
                err(name, f'{t}: bad role {p["role"]!r}')
            if p['who'] not in WHO:
                err(name, f'{t}: bad who {p["who"]!r}')
            if fold(p['text']) not in rs:
                err(name, f'{t}: text not verbatim in stretch: {p["text"]!r}')
        for j, x in enumerate(s['doses']):
            t = f'{tag}.dose{j}'
            if not REQ['dose'] <= set(x) or not set(x) <= KEYS['dose']:
                err(name, f'{t}: keys {sorted(x)}')
                continue
            if x['unit'] not in UNITS:
                err(name, f'{t}: unit {x["unit"]!r} not in closed list')
            if x['recipient'] not in RECIP:
                err(name, f'{t}: bad recipient {x["recipient"]!r}')
            if 'stat' in x and x['stat'] not in DOSE_STATS:
                err(name, f'{t}: bad dose stat {x["stat"]!r}')
            for k in ('amount', 'amount_high'):
                if k in x:
                    if not is_num(x[k]):
                        err(name, f'{t}: {k} not a number')
                    elif not has_num(st, x[k]):
                        err(name, f'{t}: {k} {x[k]} not in stretch')
            if 'amount_high' in x and is_num(x.get('amount')) and is_num(x['amount_high']) and x['amount_high'] <= x['amount']:
                err(name, f'{t}: amount_high not above amount')
            if fold(x['text']) not in rs:
                err(name, f'{t}: text not verbatim in stretch: {x["text"]!r}')
        for j, m in enumerate(s['measurements']):
            t = f'{tag}.meas{j}'
            if not REQ['meas'] <= set(m) or not set(m) <= KEYS['meas']:
                err(name, f'{t}: keys {sorted(m)}')
                continue
            if m['unit'] not in UNITS:
                err(name, f'{t}: unit {m["unit"]!r} not in closed list')
            for k in ('value', 'value_high'):
                if k in m:
                    if not is_num(m[k]):
                        err(name, f'{t}: {k} not a number')
                    elif not has_num(st, m[k]):
                        err(name, f'{t}: {k} {m[k]} not in stretch')
            if 'value_high' in m and is_num(m.get('value')) and is_num(m['value_high']) and m['value_high'] <= m['value']:
                err(name, f'{t}: value_high not above value')
            if 'qualifier' in m and m['qualifier'] not in QUALS:
                err(name, f'{t}: bad qualifier {m["qualifier"]!r}')
            if m['kind'] not in KINDS:
                err(name, f'{t}: bad kind {m["kind"]!r}')
            if m['kind'] in MATRIX_KINDS:
                if m['matrix'] not in MATRICES:
                    err(name, f'{t}: kind {m["kind"]} needs a matrix code')
            elif m['matrix'] is not None:
                err(name, f'{t}: matrix must be null for kind {m["kind"]}')
            if m['kind'] == 'milk_plasma_ratio' and m['matrix'] != 'milk':
                err(name, f'{t}: milk_plasma_ratio needs matrix milk')
            if m['kind'] == 'infant_plasma_ratio' and m['matrix'] != 'infant_blood':
                err(name, f'{t}: infant_plasma_ratio needs matrix infant_blood')
            if m['kind'] == 'relative_infant_dose' and m['unit'] != '%':
                err(name, f'{t}: relative_infant_dose should be %')
            if m['analyte'] is not None and (not isinstance(m['analyte'], str) or m['analyte'] != m['analyte'].lower()
                                             or m['analyte'] == s['drug']):
                err(name, f'{t}: analyte must be lower case and differ from drug')
            for k, lst in (('dose', 'doses'), ('population', 'populations')):
                v = m[k]
                if v is not None and (not isinstance(v, int) or isinstance(v, bool) or not 0 <= v < len(s[lst])):
                    err(name, f'{t}: {k} link {v!r} points at no item')
        for j, c in enumerate(s['comparisons']):
            t = f'{tag}.comp{j}'
            if set(c) != REQ['comp']:
                err(name, f'{t}: keys {sorted(c)}')
                continue
            if c['unit'] not in UNITS:
                err(name, f'{t}: unit {c["unit"]!r} not in closed list')
            if c['kind'] not in KINDS:
                err(name, f'{t}: bad kind {c["kind"]!r}')
            vals = c['values']
            if not isinstance(vals, list) or len(vals) < 2:
                err(name, f'{t}: needs 2+ values')
                continue
            if not isinstance(c['arms'], list) or len(c['arms']) != len(vals) or not all(isinstance(a, str) and a.strip() for a in c['arms']):
                err(name, f'{t}: arms must be one non-empty label per value')
            pool = [m for m in s['measurements'] if isinstance(m, dict)]
            used = set()
            for v in vals:
                hit = [k for k, m in enumerate(pool) if k not in used and m.get('value') == v
                       and m.get('unit') == c['unit'] and 'value_high' not in m]
                if not hit:
                    err(name, f'{t}: value {v} {c["unit"]} is not a (point) measurement of the statement')
                else:
                    used.add(hit[0])
                    if pool[hit[0]].get('kind') != c['kind']:
                        err(name, f'{t}: kind {c["kind"]} differs from measurement kind {pool[hit[0]].get("kind")}')
            if c['significant'] not in (True, False, None):
                err(name, f'{t}: significant must be true/false/null')
            pv, pq = c['p_value'], c['p_qualifier']
            if (pv is None) != (pq is None):
                err(name, f'{t}: p_value and p_qualifier must be given together')
            if pq is not None and pq not in PQUALS:
                err(name, f'{t}: bad p_qualifier {pq!r}')
            if pv is not None:
                if not is_num(pv) or not 0 <= pv <= 1:
                    err(name, f'{t}: p_value must be a number in [0,1]')
                else:
                    if not has_num(st, pv):
                        err(name, f'{t}: p_value {pv} not in stretch')
                    want = None
                    if pq == '<' and pv <= 0.05:
                        want = True
                    elif pq == '=' and pv < 0.05:
                        want = True
                    elif pq in ('=', '>') and pv > 0.05:
                        want = False
                    if want is not None and c['significant'] is not want:
                        err(name, f'{t}: significant {c["significant"]} disagrees with p {pq} {pv}')
            if not isinstance(c['outcome'], str) or not c['outcome'].strip() or re.search(r'\d', c['outcome'] or '') and False:
                err(name, f'{t}: outcome must be text')
        cits = s['citations']
        if not isinstance(cits, list) or not all(isinstance(x, int) and not isinstance(x, bool) for x in cits):
            err(name, f'{tag}: citations must be a list of integers')
        else:
            for x in cits:
                if not has_num(st, x):
                    err(name, f'{tag}: citation {x} not in stretch')


def main():
    seen = set()
    n = 0
    for ln, line in enumerate(open(GOLD, encoding='utf-8'), 1):
        if not line.strip():
            continue
        try:
            d = json.loads(line)
        except ValueError as e:
            err(f'line {ln}', f'invalid JSON: {e}')
            continue
        if d.get('doc') in seen:
            err(d.get('doc'), 'document listed twice')
        seen.add(d.get('doc'))
        n += 1
        try:
            check_doc(d)
        except (KeyError, TypeError, AttributeError) as e:
            err(d.get('doc'), f'malformed: {e!r}')
    docs = {f for f in os.listdir(DOCS) if f.startswith('ad') and f.endswith(('.txt', '.md', '.html'))}
    for f in sorted(docs - seen):
        err(f, 'document has no gold line')
    if errors:
        print('\n'.join(errors))
        print(f'{len(errors)} PROBLEM(S) in {n} documents')
        sys.exit(1)
    print(f'CLEAN ({n} documents)')


if __name__ == '__main__':
    main()
