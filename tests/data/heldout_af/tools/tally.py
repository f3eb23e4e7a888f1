#!/usr/bin/env python3
"""Print the markdown tallies used in README.md from gold.jsonl."""
import collections, json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FMT = {".html": "HTML", ".txt": "plain text", ".md": "Markdown"}
TYPE = {"af01": "journal abstract, 2-arm RCT", "af02": "news story, 3-arm RCT",
        "af03": "trial results page, 2-arm RCT", "af04": "meeting abstract, exposed/unexposed cohort",
        "af05": "drug-information evidence summary (crossover + cohort)",
        "af06": "LactMed-style record", "af07": "LactMed-style record", "af08": "LactMed-style excerpt"}
gold = [json.loads(l) for l in open(os.path.join(ROOT, "gold.jsonl"))]
C = collections.Counter
tot = C(); kinds = C(); matrices = C(); ckinds = C(); sig = C(); stk = C(); who = C(); recip = C()
analytes = C(); links = C(); routes = C()
print("| file | format | type | statements | populations | doses | measurements | comparisons | citations |")
print("|---|---|---|---|---|---|---|---|---|")
for d in gold:
    n = C()
    for s in d["statements"]:
        n["st"] += 1; stk[s["kind"]] += 1; routes[str(s["route"]) if s["route"] else "null"] += 1
        n["pop"] += len(s["populations"]); n["dose"] += len(s["doses"])
        n["meas"] += len(s["measurements"]); n["comp"] += len(s["comparisons"]); n["cit"] += len(s["citations"])
        for p in s["populations"]: who[p["who"]] += 1
        for x in s["doses"]: recip[x["recipient"]] += 1
        for m in s["measurements"]:
            kinds[m["kind"]] += 1; matrices[m["matrix"] or "null"] += 1
            analytes["non-null" if m["analyte"] else "null"] += 1
            links["dose linked" if m["dose"] is not None else "dose null"] += 1
            links["population linked" if m["population"] is not None else "population null"] += 1
        for c in s["comparisons"]:
            ckinds[c["kind"]] += 1; sig[str(c["significant"]).lower().replace("none", "null")] += 1
            links["comparisons with p_value"] += c["p_value"] is not None
            links["comparisons with 3+ values"] += len(c["values"]) > 2
            links["before/after comparisons"] += c["arms"] == ["before", "after"]
    tot += n
    ext = os.path.splitext(d["doc"])[1]
    print("| %s | %s | %s | %d | %d | %d | %d | %d | %d |" % (d["doc"], FMT[ext], TYPE[d["doc"][:4]], n["st"], n["pop"], n["dose"], n["meas"], n["comp"], n["cit"]))
print("| **total** | | | %d | %d | %d | %d | %d | %d |" % (tot["st"], tot["pop"], tot["dose"], tot["meas"], tot["comp"], tot["cit"]))
for title, c in [("Statement kinds", stk), ("Routes (per statement)", routes), ("Population who", who),
                 ("Dose recipient", recip), ("Measurement kinds", kinds), ("Measurement matrices", matrices),
                 ("Measurement analyte", analytes), ("Comparison kinds", ckinds), ("Comparison significant", sig),
                 ("Links and comparison shapes", links)]:
    print("\n**%s:** " % title + ", ".join("%s %d" % (k, v) for k, v in sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))))
