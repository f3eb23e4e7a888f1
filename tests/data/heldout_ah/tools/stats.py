#!/usr/bin/env python3
"""Print the README count tables (markdown) from gold.jsonl.  Standard library only."""
import collections
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, '..', 'gold.jsonl')


def main():
    docs = [json.loads(l) for l in open(GOLD, encoding='utf-8')]
    print('| document | statements | populations | doses | measurements | comparisons | citations |')
    print('|---|---:|---:|---:|---:|---:|---:|')
    tot = collections.Counter()
    kinds, matrices, analytes, sig, ckinds, who, recip, routes = (collections.Counter() for _ in range(8))
    for d in docs:
        c = collections.Counter()
        for s in d['statements']:
            c['st'] += 1
            c['pop'] += len(s['populations'])
            c['dose'] += len(s['doses'])
            c['meas'] += len(s['measurements'])
            c['comp'] += len(s['comparisons'])
            c['cit'] += len(set(s['citations']))
            routes[s['route']] += 1
            for p in s['populations']:
                who[p['who']] += 1
            for x in s['doses']:
                recip[x['recipient']] += 1
            for m in s['measurements']:
                kinds[m['kind']] += 1
                matrices[m['matrix']] += 1
                analytes[m['analyte']] += 1
            for x in s['comparisons']:
                sig[x['significant']] += 1
                ckinds[x['kind']] += 1
        tot.update(c)
        print('| %s | %d | %d | %d | %d | %d | %d |' % (d['doc'], c['st'], c['pop'], c['dose'],
                                                        c['meas'], c['comp'], c['cit']))
    print('| **total** | %d | %d | %d | %d | %d | %d |' % (tot['st'], tot['pop'], tot['dose'],
                                                          tot['meas'], tot['comp'], tot['cit']))

    def table(title, counter, label):
        print('\n**%s**\n' % title)
        print('| %s | count |' % label)
        print('|---|---:|')
        for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0]))):
            print('| %s | %d |' % ('null' if k is None else ('`%s`' % k if not isinstance(k, bool) else str(k).lower()), v))

    table('Measurement kinds', kinds, 'kind')
    table('Measurement matrices', matrices, 'matrix')
    table('Measurement analytes', analytes, 'analyte')
    table('Comparison significance', sig, 'significant')
    table('Comparison kinds', ckinds, 'kind')
    table('Population `who`', who, 'who')
    table('Dose `recipient`', recip, 'recipient')
    table('Statement routes', routes, 'route')
    ms = [m for d in docs for s in d['statements'] for m in s['measurements']]
    roles = collections.Counter(p['role'] for d in docs for s in d['statements'] for p in s['populations'])
    skinds = collections.Counter(s['kind'] for d in docs for s in d['statements'])
    print('\nMeasurements with a dose link: %d of %d; with a population link: %d of %d.'
          % (sum(m['dose'] is not None for m in ms), len(ms),
             sum(m['population'] is not None for m in ms), len(ms)))
    print('Population roles: %s. Statement kinds: %s.'
          % (', '.join('%s %d' % kv for kv in sorted(roles.items())),
             ', '.join('%s %d' % kv for kv in sorted(skinds.items()))))


if __name__ == '__main__':
    main()
