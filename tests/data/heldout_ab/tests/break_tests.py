#!/usr/bin/env python3
"""Make deliberately broken copies of gold.jsonl and make sure check.py flags each one."""
import copy, json, os, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
gold = [json.loads(l) for l in open(os.path.join(ROOT, 'gold.jsonl'), encoding='utf-8')]


def st(g, doc, i):
    return [d for d in g if d['doc'] == doc][0]['statements'][i]


def b_anchor(g): st(g, 'ab07_rosuvastatin_lactmed.txt', 0)['anchor'] = 'A woman with heterozygous hypercholesterolemia took rosuvastatin'
def b_anchor_short(g): st(g, 'ab08_doxepin_lactmed.txt', 2)['anchor'] = 'doxepin'
def b_anchor_dup(g): st(g, 'ab09_dolutegravir_lactmed.txt', 1)['anchor'] = 'taking dolutegravir 50 mg daily'
def b_kind(g): st(g, 'ab01_fennel_rct.html', 0)['measurements'][0]['kind'] = 'volume'
def b_matrix(g): st(g, 'ab07_rosuvastatin_lactmed.txt', 0)['measurements'][0]['matrix'] = 'breastmilk'
def b_who(g): st(g, 'ab04_pyridoxine_prolactin.txt', 0)['populations'][0]['who'] = 'woman'
def b_route(g): st(g, 'ab03_misoprostol_evidence.md', 0)['route'] = 'sublingual'
def b_unit(g): st(g, 'ab03_misoprostol_evidence.md', 0)['doses'][0]['unit'] = 'mcg'
def b_value(g): st(g, 'ab06_oxcarbazepine_cohort.txt', 0)['measurements'][0]['value'] = 6.9
def b_popn(g): st(g, 'ab06_oxcarbazepine_cohort.txt', 0)['populations'][0]['n'] = 39
def b_dose_link(g): st(g, 'ab09_dolutegravir_lactmed.txt', 0)['measurements'][0]['dose'] = 3
def b_pop_link(g): st(g, 'ab09_dolutegravir_lactmed.txt', 0)['measurements'][0]['population'] = 1
def b_comp_value(g): st(g, 'ab02_tranexamic_acid_registry.txt', 0)['comparisons'][0]['values'][1] = 180.0
def b_comp_unit(g): st(g, 'ab02_tranexamic_acid_registry.txt', 0)['comparisons'][0]['unit'] = 'mL'
def b_comp_arms(g): st(g, 'ab01_fennel_rct.html', 0)['comparisons'][0]['arms'].pop()
def b_sig(g): st(g, 'ab04_pyridoxine_prolactin.txt', 0)['comparisons'][0]['significant'] = False
def b_sig2(g): st(g, 'ab06_oxcarbazepine_cohort.txt', 0)['comparisons'][2]['significant'] = True
def b_pq(g): st(g, 'ab04_pyridoxine_prolactin.txt', 0)['comparisons'][0]['p_qualifier'] = None
def b_extra_key(g): st(g, 'ab10_valganciclovir_lactmed.txt', 1)['measurements'][0]['units'] = 'ug/L'
def b_missing_key(g): del st(g, 'ab10_valganciclovir_lactmed.txt', 1)['comparisons']
def b_citation(g): st(g, 'ab08_doxepin_lactmed.txt', 3)['citations'] = [5]
def b_top(g): g[0]['document'] = g[0].pop('doc')
def b_missing_doc(g): g.pop()
def b_ratio_matrix(g): st(g, 'ab10_valganciclovir_lactmed.txt', 1)['measurements'][3]['matrix'] = 'maternal_blood'
def b_order(g):
    d = [x for x in g if x['doc'] == 'ab07_rosuvastatin_lactmed.txt'][0]
    d['statements'][0], d['statements'][1] = d['statements'][1], d['statements'][0]


TESTS = [v for k, v in sorted(globals().items()) if k.startswith('b_')]
fails = 0
with tempfile.TemporaryDirectory() as tmp:
    for t in TESTS:
        g = copy.deepcopy(gold)
        t(g)
        p = os.path.join(tmp, 'gold.jsonl')
        with open(p, 'w', encoding='utf-8') as f:
            for d in g:
                f.write(json.dumps(d, ensure_ascii=False) + '\n')
        r = subprocess.run([sys.executable, os.path.join(ROOT, 'check.py'), '--gold', p, '--texts', ROOT],
                           capture_output=True, text=True)
        ok = r.returncode != 0 and 'CLEAN' not in r.stdout
        first = r.stdout.strip().splitlines()[0] if r.stdout.strip() else ''
        print('%-16s %s  %s' % (t.__name__, 'flagged' if ok else 'MISSED', first[:110]))
        fails += not ok
print('all broken copies flagged' if not fails else '%d broken copies NOT flagged' % fails)
sys.exit(1 if fails else 0)
