#!/usr/bin/env python3
"""Plant known errors in a scratch copy of the corpus and confirm check.py reports each.

The copy is made in <corpus>/_selftest_copy/ and removed afterwards.  Standard library only.
Exit status 0 when every planted error is caught and the untouched corpus is CLEAN.
"""
import json
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.abspath(os.path.join(HERE, '..'))
CHECK = os.path.join(HERE, 'check.py')
COPY = os.path.join(BASE, '_selftest_copy')


def run(base):
    r = subprocess.run([sys.executable, CHECK, base], stdout=subprocess.PIPE,
                       stderr=subprocess.STDOUT, universal_newlines=True)
    return r.returncode, r.stdout


def fresh_copy():
    if os.path.exists(COPY):
        shutil.rmtree(COPY)
    os.makedirs(COPY)
    shutil.copytree(os.path.join(BASE, 'texts'), os.path.join(COPY, 'texts'))
    for f in ('gold.jsonl', 'README.md', 'EXCLUDED_DRUGS.txt'):
        shutil.copy(os.path.join(BASE, f), os.path.join(COPY, f))


def load_gold():
    return [json.loads(l) for l in open(os.path.join(COPY, 'gold.jsonl'), encoding='utf-8')]


def save_gold(docs):
    with open(os.path.join(COPY, 'gold.jsonl'), 'w', encoding='utf-8') as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + '\n')


def by_doc(docs, prefix):
    return next(d for d in docs if d['doc'].startswith(prefix))


def plant_all():
    """Each entry: (description, function applying the error, substring expected in the report)."""
    first_excluded = open(os.path.join(BASE, 'EXCLUDED_DRUGS.txt'), encoding='utf-8').readline().strip()
    plants = []

    def anchor_typo(docs):
        by_doc(docs, 'ah01')['statements'][0]['anchor'] = 'women having elective caesarean delivery under general anaesthesia'
    plants.append(('anchor not verbatim', anchor_typo, 'anchor found 0/0 times'))

    def anchor_dup(docs):
        by_doc(docs, 'ah07')['statements'][4]['anchor'] = 'trimethoprim-sulfamethoxazole 160/800 mg twice daily'
    plants.append(('anchor not unique', anchor_dup, 'must be unique'))

    def wrong_value(docs):
        by_doc(docs, 'ah01')['statements'][0]['measurements'][9]['value'] = 0.72
    plants.append(('value absent from stretch', wrong_value, 'value=0.72 not in stretch'))

    def bad_matrix(docs):
        by_doc(docs, 'ah05')['statements'][1]['measurements'][0]['matrix'] = 'breastmilk'
    plants.append(('matrix outside closed list', bad_matrix, "bad matrix 'breastmilk'"))

    def bad_unit(docs):
        by_doc(docs, 'ah06')['statements'][2]['measurements'][0]['unit'] = 'mcg/L'
    plants.append(('unit not UCUM', bad_unit, "bad unit 'mcg/L'"))

    def sig_inconsistent(docs):
        by_doc(docs, 'ah02')['statements'][0]['comparisons'][1]['significant'] = True
    plants.append(('significant vs p = 0.27', sig_inconsistent, 'inconsistent with p = 0.27'))

    def unbacked(docs):
        by_doc(docs, 'ah04')['statements'][0]['comparisons'][0]['values'] = [18.7, 30.3]
    plants.append(('comparison value without measurement', unbacked, 'value 30.3 not backed'))

    def arms_mismatch(docs):
        by_doc(docs, 'ah03')['statements'][0]['comparisons'][2]['arms'] = ['placebo', 'lower dose']
    plants.append(('one arm per value', arms_mismatch, 'one non-empty arm per value'))

    def pop_link(docs):
        by_doc(docs, 'ah09')['statements'][1]['measurements'][0]['population'] = 5
    plants.append(('population link out of range', pop_link, 'population link 5 out of range'))

    def dose_link_infant(docs):
        by_doc(docs, 'ah08')['statements'][0]['measurements'] = [
            {'value': 300, 'unit': 'mg', 'measure': 'x', 'kind': 'other', 'matrix': None,
             'analyte': None, 'dose': 2, 'population': None}]
    plants.append(('dose link to infant dose', dose_link_infant, 'points at an infant dose'))

    def extra_key(docs):
        by_doc(docs, 'ah07')['statements'][2]['measurements'][0]['confidence'] = 'high'
    plants.append(('unknown measurement key', extra_key, "extra ['confidence']"))

    def bad_who(docs):
        by_doc(docs, 'ah02')['statements'][0]['populations'][0]['who'] = 'dyad'
    plants.append(('who outside closed list', bad_who, "bad who 'dyad'"))

    def dose_text(docs):
        by_doc(docs, 'ah04')['statements'][0]['doses'][0]['text'] = '20 mg of torsemide daily'
    plants.append(('dose text not verbatim', dose_text, 'text not verbatim in stretch'))

    def citation(docs):
        by_doc(docs, 'ah05')['statements'][2]['citations'] = [9]
    plants.append(('citation without marker', citation, 'citation 9 has no marker'))

    def matrix_for_proportion(docs):
        by_doc(docs, 'ah06')['statements'][5]['measurements'][0]['matrix'] = 'milk'
    plants.append(('matrix on a proportion', matrix_for_proportion, 'must have matrix null'))

    def missing_line(docs):
        docs[:] = [d for d in docs if not d['doc'].startswith('ah09')]
    plants.append(('text without gold line', missing_line, 'text has no gold line'))

    def excluded_word(_docs):
        p = os.path.join(COPY, 'texts', 'ah03_phenylephrine_plain_summary.md')
        with open(p, 'a', encoding='utf-8') as f:
            f.write('\nSee also: %s.\n' % first_excluded)
    plants.append(('excluded drug word in a text', excluded_word, 'excluded drug word'))
    return plants


def main():
    rc, out = run(BASE)
    ok = True
    if rc != 0 or out.strip() != 'CLEAN':
        print('untouched corpus is not CLEAN:\n' + out)
        ok = False
    else:
        print('untouched corpus: CLEAN')
    plants = plant_all()
    # each error alone, then all together
    for desc, fn, expect in plants:
        fresh_copy()
        docs = load_gold()
        fn(docs)
        save_gold(docs)
        rc, out = run(COPY)
        caught = rc != 0 and expect in out
        ok &= caught
        print('%-45s %s' % (desc, 'caught' if caught else 'MISSED\n' + out))
    # together: leave out the two plants that hide others (a broken anchor skips its
    # statement's checks; a removed gold line skips the whole document)
    masking = ('anchor not verbatim', 'text without gold line')
    together = [p_ for p_ in plants if p_[0] not in masking]
    fresh_copy()
    docs = load_gold()
    for _desc, fn, _expect in together:
        fn(docs)
    save_gold(docs)
    rc, out = run(COPY)
    plants = together
    missed = [d for d, _f, e in plants if e not in out]
    print('all %d planted together: %d problem lines, missed %s'
          % (len(plants), out.count('\n') - 1, missed or 'none'))
    ok &= not missed
    shutil.rmtree(COPY)
    print('SELFTEST OK' if ok else 'SELFTEST FAILED')
    return 0 if ok else 1


if __name__ == '__main__':
    sys.exit(main())
