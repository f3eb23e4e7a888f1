#!/usr/bin/env python3
"""Print per-document counts and kind/matrix tallies of gold.jsonl as Markdown (for README)."""
import collections, json, os
HERE = os.path.dirname(os.path.abspath(__file__))
gold = [json.loads(l) for l in open(os.path.join(HERE, '..', 'gold.jsonl'), encoding='utf-8')]
print('| doc | statements | populations | doses | measurements | comparisons |')
print('|---|---|---|---|---|---|')
tot = collections.Counter()
kinds, matrices, ckinds, who, recip, sig, stk = (collections.Counter() for _ in range(7))
for d in gold:
    c = collections.Counter()
    for s in d['statements']:
        c['s'] += 1; stk[s['kind']] += 1
        c['p'] += len(s['populations']); c['d'] += len(s['doses'])
        c['m'] += len(s['measurements']); c['c'] += len(s['comparisons'])
        for p in s['populations']: who[p['who']] += 1
        for x in s['doses']: recip[x['recipient']] += 1
        for m in s['measurements']:
            kinds[m['kind']] += 1; matrices[str(m['matrix'])] += 1
        for k in s['comparisons']:
            ckinds[k['kind']] += 1; sig[str(k['significant'])] += 1
    tot.update(c)
    print('| %s | %d | %d | %d | %d | %d |' % (d['doc'], c['s'], c['p'], c['d'], c['m'], c['c']))
print('| **total** | %d | %d | %d | %d | %d |' % (tot['s'], tot['p'], tot['d'], tot['m'], tot['c']))
for title, ctr in (('statement kind', stk), ('measurement kind', kinds), ('measurement matrix', matrices),
                   ('comparison kind', ckinds), ('comparison significant', sig),
                   ('population who', who), ('dose recipient', recip)):
    print('\n%s: ' % title + ', '.join('%s %d' % kv for kv in sorted(ctr.items(), key=lambda kv: -kv[1])))
