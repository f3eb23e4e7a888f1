#!/usr/bin/env python3
"""Print per-document counts and kind/matrix tallies of gold.jsonl (Markdown tables)."""
import collections, json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rows, kinds, matrices, who, recip, ckinds, sig = [], collections.Counter(), collections.Counter(), \
    collections.Counter(), collections.Counter(), collections.Counter(), collections.Counter()
tot = collections.Counter()
for line in open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8"):
    d = json.loads(line)
    c = collections.Counter()
    for s in d["statements"]:
        c["statements"] += 1
        c["study" if s["kind"] == "study" else "recommendation"] += 1
        c["populations"] += len(s["populations"]); c["doses"] += len(s["doses"])
        c["measurements"] += len(s["measurements"]); c["comparisons"] += len(s["comparisons"])
        c["citations"] += len(s["citations"])
        c["dose links"] += sum(m["dose"] is not None for m in s["measurements"])
        c["pop links"] += sum(m["population"] is not None for m in s["measurements"])
        for p in s["populations"]: who[p["who"]] += 1
        for x in s["doses"]: recip[x["recipient"]] += 1
        for m in s["measurements"]:
            kinds[m["kind"]] += 1; matrices[str(m["matrix"])] += 1
        for x in s["comparisons"]:
            ckinds[x["kind"]] += 1; sig[str(x["significant"])] += 1
            c["3-arm comps"] += len(x["values"]) > 2
    rows.append((d["doc"], c)); tot.update(c)
cols = ["statements", "study", "recommendation", "populations", "doses", "measurements", "comparisons",
        "3-arm comps", "dose links", "pop links", "citations"]
print("| document | " + " | ".join(cols) + " |")
print("|---|" + "---|" * len(cols))
for name, c in rows + [("**total**", tot)]:
    print("| %s | " % name + " | ".join(str(c[k]) for k in cols) + " |")
for title, cnt in (("measurement kind", kinds), ("measurement matrix", matrices), ("population who", who),
                   ("dose recipient", recip), ("comparison kind", ckinds), ("comparison significant", sig)):
    print("\n| %s | count |\n|---|---|" % title)
    for k, v in sorted(cnt.items(), key=lambda kv: (-kv[1], kv[0])):
        print("| %s | %d |" % (k, v))
