#!/usr/bin/env python3
"""Run check.py on deliberately broken copies of gold.jsonl (and of one document);
every copy must be rejected.  Copies go to tools/_broken/ and are removed afterwards."""
import copy, json, os, shutil, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
TMP = os.path.join(HERE, '_broken')
def repeated_phrase():
    import re
    t = re.sub(r'\s+', ' ', open(os.path.join(ROOT, 'ad01_goats_rue_trial.txt'), encoding='utf-8').read())
    for i in range(len(t) - 30):
        if t.count(t[i:i + 30]) > 1:
            return t[i:i + 30]


REPEATED = repeated_phrase()
gold = [json.loads(l) for l in open(os.path.join(ROOT, 'gold.jsonl'), encoding='utf-8')]


def first(pred):
    for d in gold:
        for s in d['statements']:
            if pred(s):
                return d['doc'], s
    raise SystemExit('no statement for mutation')


def mut(fn):
    g = copy.deepcopy(gold)
    fn(g)
    return g


def S(g, doc, anchor):
    for d in g:
        if d['doc'] == doc:
            for s in d['statements']:
                if s['anchor'] == anchor:
                    return s


def setm(pred, change):
    doc, s0 = first(pred)
    def f(g):
        change(S(g, doc, s0['anchor']), g)
    return f


CASES = {
    'anchor not verbatim': setm(lambda s: True, lambda s, g: s.update(anchor=s['anchor'] + ' extra words here')),
    'anchor too short': setm(lambda s: True, lambda s, g: s.update(anchor='mg daily')),
    'anchor not unique': setm(lambda s: True, lambda s, g: s.update(anchor=REPEATED)),
    'unit outside closed list': setm(lambda s: s['measurements'], lambda s, g: s['measurements'][0].update(unit='mcg/L')),
    'bad kind code': setm(lambda s: s['measurements'], lambda s, g: s['measurements'][0].update(kind='level')),
    'matrix on a proportion': setm(lambda s: any(m['kind'] == 'proportion' for m in s['measurements']),
                                   lambda s, g: [m.update(matrix='milk') for m in s['measurements'] if m['kind'] == 'proportion']),
    'value not in stretch': setm(lambda s: s['measurements'], lambda s, g: s['measurements'][0].update(value=987.65)),
    'dose link dangling': setm(lambda s: s['measurements'], lambda s, g: s['measurements'][0].update(dose=42)),
    'population link dangling': setm(lambda s: s['measurements'], lambda s, g: s['measurements'][0].update(population=17)),
    'comparison value not a measurement': setm(lambda s: s['comparisons'], lambda s, g: s['comparisons'][0]['values'].__setitem__(0, 123456)),
    'arms count mismatch': setm(lambda s: s['comparisons'], lambda s, g: s['comparisons'][0]['arms'].pop()),
    'significance contradicts p': setm(lambda s: any(c['p_value'] for c in s['comparisons']),
                                       lambda s, g: [c.update(significant=not c['significant']) for c in s['comparisons'] if c['p_value']]),
    'p_value without qualifier': setm(lambda s: any(c['p_value'] for c in s['comparisons']),
                                      lambda s, g: [c.update(p_qualifier=None) for c in s['comparisons'] if c['p_value']]),
    'extra statement key': setm(lambda s: True, lambda s, g: s.update(notes='x')),
    'missing statement key': setm(lambda s: True, lambda s, g: s.pop('route')),
    'bad who code': setm(lambda s: s['populations'], lambda s, g: s['populations'][0].update(who='woman')),
    'bad recipient': setm(lambda s: s['doses'], lambda s, g: s['doses'][0].update(recipient='baby')),
    'citation not in stretch': setm(lambda s: s['citations'], lambda s, g: s['citations'].append(99)),
    'ratio kind with wrong matrix': setm(lambda s: any(m['kind'] == 'milk_plasma_ratio' for m in s['measurements']),
                                         lambda s, g: [m.update(matrix='maternal_blood') for m in s['measurements'] if m['kind'] == 'milk_plasma_ratio']),
    'unknown document': lambda g: g[0].update(doc='zz_missing.txt'),
    'comparison kind differs from measurement': setm(lambda s: s['comparisons'], lambda s, g: s['comparisons'][0].update(kind='other' if s['comparisons'][0]['kind'] != 'other' else 'proportion')),
}


def run(goldfile, docs):
    r = subprocess.run([sys.executable, os.path.join(ROOT, 'check.py'), goldfile, docs], capture_output=True, text=True)
    return r.returncode, r.stdout


def main():
    shutil.rmtree(TMP, ignore_errors=True)
    os.makedirs(TMP)
    bad = 0
    try:
        for name, fn in CASES.items():
            p = os.path.join(TMP, 'gold.jsonl')
            with open(p, 'w', encoding='utf-8') as f:
                for d in mut(fn):
                    f.write(json.dumps(d) + '\n')
            rc, out = run(p, ROOT)
            ok = rc != 0 and 'CLEAN' not in out
            bad += not ok
            print(('caught  ' if ok else 'MISSED  ') + name + ('  | ' + out.splitlines()[0] if ok else ''))
        # broken document text: delete a number from a document copy
        docs = os.path.join(TMP, 'docs')
        os.makedirs(docs)
        for f in os.listdir(ROOT):
            if f.startswith('ad0'):
                shutil.copy(os.path.join(ROOT, f), docs)
        t = open(os.path.join(docs, 'ad03_dapsone_lactmed.txt')).read().replace('1.62 mg/L', '1.6 mg/L')
        open(os.path.join(docs, 'ad03_dapsone_lactmed.txt'), 'w').write(t)
        rc, out = run(os.path.join(ROOT, 'gold.jsonl'), docs)
        ok = rc != 0
        bad += not ok
        print(('caught  ' if ok else 'MISSED  ') + 'edited document text  | ' + out.splitlines()[0])
        rc, out = run(os.path.join(ROOT, 'gold.jsonl'), ROOT)
        print('original gold:', out.strip())
    finally:
        shutil.rmtree(TMP, ignore_errors=True)
    print('ALL BROKEN COPIES REJECTED' if not bad else f'{bad} broken copies slipped through')
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
