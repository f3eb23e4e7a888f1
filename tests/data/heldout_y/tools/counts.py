#!/usr/bin/env python3
"""Print the Markdown count tables used in README.md (stdlib only)."""
import collections, json, os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rows, tot = [], collections.Counter()
kinds, mats, ckinds, sig = collections.Counter(), collections.Counter(), collections.Counter(), collections.Counter()
for line in open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8"):
    d = json.loads(line)
    st = d["statements"]
    c = {"statements": len(st),
         "populations": sum(len(s["populations"]) for s in st),
         "doses": sum(len(s["doses"]) for s in st),
         "measurements": sum(len(s["measurements"]) for s in st),
         "comparisons": sum(len(s["comparisons"]) for s in st)}
    rows.append((d["doc"], c))
    tot.update(c)
    for s in st:
        for m in s["measurements"]:
            kinds[m["kind"]] += 1
            mats[str(m["matrix"])] += 1
        for k in s["comparisons"]:
            ckinds[k["kind"]] += 1
            sig[str(k["significant"])] += 1
cols = ["statements", "populations", "doses", "measurements", "comparisons"]
print("| document | " + " | ".join(cols) + " |")
print("|---|" + "---:|" * len(cols))
for name, c in rows:
    print(f"| {name} | " + " | ".join(str(c[k]) for k in cols) + " |")
print("| **total** | " + " | ".join(f"**{tot[k]}**" for k in cols) + " |")
for title, cnt in (("measurement kind", kinds), ("measurement matrix", mats),
                   ("comparison kind", ckinds), ("comparison significant", sig)):
    print(f"\n| {title} | count |\n|---|---:|")
    for k, v in sorted(cnt.items(), key=lambda x: -x[1]):
        print(f"| {k} | {v} |")
