#!/usr/bin/env python3
"""Validate ../gold.jsonl against ../texts/ (gold format version 2, /work/shared/gold/FORMAT.md).

Checks: key sets as in dev.jsonl/seeds.jsonl; closed codes and units; anchors verbatim, 25+
characters and unique in the whitespace-folded text (HTML: script/style dropped, tags stripped,
entities decoded); every value / value_high / n / p-value / dose amount present as a number in
its statement's stretch; population and dose text verbatim in the stretch; citations present as
markers in the stretch; links in range; comparisons with 2+ values, one arm per value, each value
backed by a distinct measurement (same value, unit, kind, no range); significant consistent with
p-values; texts (and gold, README) free of every excluded drug word. Prints CLEAN when nothing is wrong."""
import html, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, '..'))
TEXTS = os.path.join(ROOT, 'texts')
GOLD = os.path.join(ROOT, 'gold.jsonl')
EXCL = os.path.join(ROOT, 'EXCLUDED_DRUGS.txt')
REF = ['/work/shared/gold/dev.jsonl', '/work/shared/gold/seeds.jsonl']

STATEMENT_KINDS = {'study', 'recommendation'}
ROUTES = {'oral', 'intravenous', 'intramuscular', 'subcutaneous', 'topical', 'transdermal', 'epidural',
          'intrathecal', 'inhaled', 'intranasal', 'rectal', 'vaginal', 'ophthalmic', None}
ROLES = {'exposed', 'control', 'total'}
WHO = {'mother', 'infant', 'pair', 'other'}
RECIPIENT = {'mother', 'infant'}
MKINDS = {'concentration', 'infant_dose', 'relative_infant_dose', 'milk_plasma_ratio', 'infant_plasma_ratio',
          'half_life', 'amount_excreted', 'proportion', 'change', 'milk_volume', 'other'}
MATRIX = {'milk', 'maternal_blood', 'infant_blood', 'cord_blood', 'maternal_urine', 'infant_urine'}
MATRIX_KINDS = {'concentration', 'half_life', 'milk_plasma_ratio', 'infant_plasma_ratio'}
UNITS = {'mg', 'g', 'ug', 'ng', 'mL', 'L', 'mg/L', 'ug/L', 'ng/mL', 'ug/mL', 'mg/dL', 'mmol/L', 'meq/L',
         'mg/kg', 'ug/kg', '%', '[IU]', '[IU]/L', '{ratio}', 'min', 'h', 'd', 'wk', 'mo'}
STATS = {'mean', 'median', 'range', 'maximum'}
QUAL = {'<', '>', '<=', '>=', '~'}
PQUAL = {'<', '=', '>'}

WORDS = {'zero': 0, 'one': 1, 'two': 2, 'three': 3, 'four': 4, 'five': 5, 'six': 6, 'seven': 7, 'eight': 8,
         'nine': 9, 'ten': 10, 'eleven': 11, 'twelve': 12, 'thirteen': 13, 'fourteen': 14, 'fifteen': 15,
         'sixteen': 16, 'seventeen': 17, 'eighteen': 18, 'nineteen': 19}
TENS = {'twenty': 20, 'thirty': 30, 'forty': 40, 'fifty': 50, 'sixty': 60, 'seventy': 70, 'eighty': 80, 'ninety': 90}

errors = []
def err(msg): errors.append(msg)

INLINE = r'(?:a|i|b|em|strong|sup|sub|span|abbr|small|u|code)'
def plain_text(path):
    raw = open(path, encoding='utf-8').read()
    if path.endswith(('.html', '.htm')):
        raw = re.sub(r'(?is)<(script|style)\b.*?</\1\s*>', ' ', raw)
        raw = re.sub(r'(?is)<!--.*?-->', ' ', raw)
        raw = re.sub(r'(?i)</?' + INLINE + r'\b[^>]*>', '', raw)   # inline tags: no break
        raw = re.sub(r'(?s)<[^>]+>', ' ', raw)                       # block tags: break
        raw = html.unescape(raw)
    return raw, re.sub(r'\s+', ' ', raw).strip()

def numbers_in(s):
    vals = set()
    for m in re.finditer(r'(?<![\d.])(\d{1,3}(?:,\d{3})+(?![\d])|\d+(?:\.\d+)?|\.\d+)', s):
        try: vals.add(float(m.group(1).replace(',', '')))
        except ValueError: pass
    low = s.lower()
    for t, tv in TENS.items():
        for w, wv in list(WORDS.items())[1:10]:
            if re.search(r'\b%s[- ]%s\b' % (t, w), low): vals.add(float(tv + wv))
        if re.search(r'\b%s\b' % t, low): vals.add(float(tv))
    for w, wv in WORDS.items():
        if re.search(r'\b%s\b' % w, low): vals.add(float(wv))
    if re.search(r'\b(a|one) hundred\b', low): vals.add(100.0)
    return vals

def has_num(x, nums):
    return any(abs(float(x) - n) < 1e-9 for n in nums)

def citation_numbers(s):
    found = set()
    for m in re.finditer(r'\[\s*(\d+(?:\s*[-–,]\s*\d+)*)\s*\]', s):
        for part in re.split(r'\s*,\s*', m.group(1)):
            if re.search(r'[-–]', part):
                a, b = [int(x) for x in re.split(r'\s*[-–]\s*', part)]
                found.update(range(a, b + 1))
            else:
                found.add(int(part))
    for m in re.finditer(r'\((\d+(?:\s*,\s*\d+)*)\)', s):
        found.update(int(x) for x in re.split(r'\s*,\s*', m.group(1)))
    return found

def ref_keys():
    allowed, required = {}, {}
    for path in REF:
        for line in open(path, encoding='utf-8'):
            line = line.strip()
            if not line: continue
            d = json.loads(line)
            def add(level, obj):
                ks = set(obj)
                allowed.setdefault(level, set()).update(ks)
                required[level] = required.get(level, ks) & ks
            add('doc', d)
            for s in d['statements']:
                add('statement', s)
                for p in s['populations']: add('population', p)
                for x in s['doses']: add('dose', x)
                for m in s['measurements']: add('measurement', m)
                for c in s['comparisons']: add('comparison', c)
    return allowed, required

def check_keys(level, obj, allowed, required, where):
    extra = set(obj) - allowed.get(level, set())
    missing = required.get(level, set()) - set(obj)
    if extra: err(f'{where}: {level} has keys not used in dev/seeds: {sorted(extra)}')
    if missing: err(f'{where}: {level} lacks required keys: {sorted(missing)}')

def excluded_words():
    return [w.strip() for w in open(EXCL, encoding='utf-8') if w.strip()]

def main():
    allowed, required = ref_keys()
    excl = excluded_words()
    excl_re = re.compile(r'(?<![A-Za-z0-9])(' + '|'.join(re.escape(w) for w in excl) + r')(?![A-Za-z0-9])', re.I)

    files = sorted(f for f in os.listdir(TEXTS) if not f.startswith('.'))
    gold = [json.loads(l) for l in open(GOLD, encoding='utf-8') if l.strip()]
    gdocs = [g['doc'] for g in gold]
    if sorted(gdocs) != files: err(f'gold docs {sorted(gdocs)} != text files {files}')
    if len(set(gdocs)) != len(gdocs): err('duplicate doc lines in gold')

    for f in files:
        raw, folded = plain_text(os.path.join(TEXTS, f))
        for src, label in ((open(os.path.join(TEXTS, f), encoding='utf-8').read(), 'raw'), (folded, 'plain')):
            for m in excl_re.finditer(src):
                err(f'{f}: excluded drug word "{m.group(1)}" in {label} text')
    for extra in (GOLD, os.path.join(ROOT, 'README.md')):
        if os.path.exists(extra):
            for m in excl_re.finditer(open(extra, encoding='utf-8').read()):
                err(f'{os.path.basename(extra)}: excluded drug word "{m.group(1)}"')

    for g in gold:
        f = g['doc']
        check_keys('doc', g, allowed, required, f)
        path = os.path.join(TEXTS, f)
        if not os.path.exists(path):
            err(f'{f}: text file missing'); continue
        _, text = plain_text(path)
        # locate anchors
        pos = []
        for i, s in enumerate(g['statements']):
            a = re.sub(r'\s+', ' ', s['anchor']).strip()
            if len(a) < 25: err(f'{f} st{i}: anchor shorter than 25 characters')
            c = text.count(a)
            if c != 1: err(f'{f} st{i}: anchor found {c} times: {a!r}'); pos.append(None); continue
            p = text.index(a)
            # start of the sentence holding the anchor
            prev = [m.end() for m in re.finditer(r'[.!?](?:\[[^\]]*\])*\s+|\s[|#>]\s', text[:p])]
            start = prev[-1] if prev and p - prev[-1] < 600 else p
            pos.append((start, p))
        order = [i for i in range(len(pos)) if pos[i] is not None]
        if order != sorted(order, key=lambda i: pos[i][1]):
            err(f'{f}: statements are not in document order')
        stretch = {}
        for k, i in enumerate(order):
            end = pos[order[k + 1]][0] if k + 1 < len(order) else len(text)
            stretch[i] = text[pos[i][0]:max(end, pos[i][1] + 1)]
        for i, s in enumerate(g['statements']):
            where = f'{f} st{i}'
            check_keys('statement', s, allowed, required, where)
            if s['kind'] not in STATEMENT_KINDS: err(f'{where}: bad kind {s["kind"]}')
            if s['route'] not in ROUTES: err(f'{where}: bad route {s["route"]}')
            if s['drug'] != s['drug'].lower(): err(f'{where}: drug not lower case')
            st = stretch.get(i)
            if st is None: continue
            nums = numbers_in(st)
            if s['route'] is not None:
                stem = {'intravenous': 'intraven', 'intramuscular': 'intramuscular', 'intrathecal': 'intrathecal',
                        'oral': None}.get(s['route'], s['route'][:6])
                if stem and stem not in st.lower(): err(f'{where}: route {s["route"]} not named in stretch')
                if s['route'] == 'oral' and not re.search(r'\b(oral|orally|by mouth)\b', st, re.I):
                    err(f'{where}: route oral not named in stretch')
            for j, p in enumerate(s['populations']):
                w = f'{where} pop{j}'
                check_keys('population', p, allowed, required, w)
                if not isinstance(p['n'], int) or p['n'] < 1: err(f'{w}: n must be a positive integer')
                if p['role'] not in ROLES: err(f'{w}: bad role')
                if p['who'] not in WHO: err(f'{w}: bad who')
                if re.sub(r'\s+', ' ', p['text']) not in st: err(f'{w}: text not verbatim in stretch: {p["text"]!r}')
                if not has_num(p['n'], numbers_in(p['text'])): err(f'{w}: n {p["n"]} not written in its text')
            for j, d in enumerate(s['doses']):
                w = f'{where} dose{j}'
                check_keys('dose', d, allowed, required, w)
                if d['unit'] not in UNITS: err(f'{w}: bad unit {d["unit"]}')
                if d['recipient'] not in RECIPIENT: err(f'{w}: bad recipient')
                if d.get('stat') is not None and d['stat'] not in STATS: err(f'{w}: bad stat')
                if re.sub(r'\s+', ' ', d['text']) not in st: err(f'{w}: text not verbatim in stretch: {d["text"]!r}')
                tn = numbers_in(d['text'])
                for key in ('amount', 'amount_high'):
                    if key in d and not has_num(d[key], tn): err(f'{w}: {key} {d[key]} not in dose text')
                if 'amount_high' in d and d['amount_high'] <= d['amount']: err(f'{w}: amount_high <= amount')
            for j, m in enumerate(s['measurements']):
                w = f'{where} meas{j}'
                check_keys('measurement', m, allowed, required, w)
                if m['unit'] not in UNITS: err(f'{w}: bad unit {m["unit"]}')
                if m['kind'] not in MKINDS: err(f'{w}: bad kind {m["kind"]}')
                if m.get('qualifier') is not None and m['qualifier'] not in QUAL: err(f'{w}: bad qualifier')
                if m.get('stat') is not None and m['stat'] not in STATS: err(f'{w}: bad stat')
                if m['kind'] in MATRIX_KINDS:
                    if m['matrix'] not in MATRIX: err(f'{w}: kind {m["kind"]} needs a matrix')
                elif m['matrix'] is not None: err(f'{w}: matrix must be null for kind {m["kind"]}')
                if m['kind'] == 'milk_plasma_ratio' and m['matrix'] != 'milk': err(f'{w}: milk_plasma_ratio matrix must be milk')
                if m['kind'] == 'infant_plasma_ratio' and m['matrix'] != 'infant_blood': err(f'{w}: infant_plasma_ratio matrix must be infant_blood')
                if m['kind'] in ('relative_infant_dose', 'proportion', 'milk_plasma_ratio', 'infant_plasma_ratio', 'change') \
                        and m['unit'] not in ('%', '{ratio}'): err(f'{w}: kind {m["kind"]} with unit {m["unit"]}')
                if m['kind'] == 'half_life' and m['unit'] not in ('min', 'h', 'd', 'wk'): err(f'{w}: half-life unit')
                a = m['analyte']
                if a is not None:
                    if a != a.lower(): err(f'{w}: analyte not lower case')
                    if a == s['drug']: err(f'{w}: analyte equals the statement drug (should be null)')
                if m['dose'] is not None and not (isinstance(m['dose'], int) and 0 <= m['dose'] < len(s['doses'])):
                    err(f'{w}: dose link out of range')
                if m['population'] is not None and not (isinstance(m['population'], int) and 0 <= m['population'] < len(s['populations'])):
                    err(f'{w}: population link out of range')
                if not has_num(m['value'], nums): err(f'{w}: value {m["value"]} not in stretch')
                if 'value_high' in m:
                    if not has_num(m['value_high'], nums): err(f'{w}: value_high {m["value_high"]} not in stretch')
                    if m['value_high'] <= m['value']: err(f'{w}: value_high <= value')
            for j, c in enumerate(s['comparisons']):
                w = f'{where} comp{j}'
                check_keys('comparison', c, allowed, required, w)
                vals = c['values']
                if len(vals) < 2: err(f'{w}: fewer than 2 values')
                if len(c['arms']) != len(vals): err(f'{w}: arms/values length differ')
                if any(not isinstance(x, str) or not x.strip() for x in c['arms']): err(f'{w}: empty arm')
                if c['unit'] not in UNITS: err(f'{w}: bad unit')
                if c['kind'] not in MKINDS: err(f'{w}: bad kind')
                if not c['outcome'] or any(ch.isdigit() for ch in c['outcome']) and False: pass
                for v in vals:
                    vs = re.escape(('%g' % v))
                    if re.search(r'(?<![\d.])' + vs + r'(?![\d])', c['outcome']): err(f'{w}: outcome contains a compared value')
                used = set()
                for v in vals:
                    cand = [k for k, m in enumerate(s['measurements'])
                            if k not in used and abs(m['value'] - v) < 1e-9 and m['unit'] == c['unit']
                            and m['kind'] == c['kind'] and 'value_high' not in m]
                    if not cand: err(f'{w}: value {v} {c["unit"]} not backed by a distinct measurement')
                    else: used.add(cand[0])
                pv, pq, sig = c['p_value'], c['p_qualifier'], c['significant']
                if sig not in (True, False, None): err(f'{w}: significant must be true/false/null')
                if pv is None:
                    if pq is not None: err(f'{w}: p_qualifier without p_value')
                else:
                    if pq not in PQUAL: err(f'{w}: bad p_qualifier')
                    if not has_num(pv, nums): err(f'{w}: p-value {pv} not in stretch')
                    expect = None
                    if pq == '<' and pv <= 0.05: expect = True
                    elif pq == '=': expect = pv < 0.05
                    elif pq == '>' and pv >= 0.05: expect = False
                    if expect is not None and sig is not expect:
                        err(f'{w}: significant={sig} inconsistent with p {pq} {pv}')
            cites = s['citations']
            if any(not isinstance(x, int) for x in cites): err(f'{where}: citations must be integers')
            found = citation_numbers(st)
            for x in cites:
                if x not in found: err(f'{where}: citation {x} not marked in stretch')
    if errors:
        for e in errors: print('ERROR', e)
        print(f'{len(errors)} problem(s)')
        sys.exit(1)
    print('CLEAN')

if __name__ == '__main__':
    main()
