#!/usr/bin/env python3
"""Print the README tables (per-file counts and tallies) from gold.jsonl."""
import collections, json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TYPE = {
    "ae01_itopride_3arm.html": ("HTML", "journal article page: 3-arm RCT abstract + furniture"),
    "ae02_coleus_2arm.txt": ("text", "PubMed-style abstract page: 2-arm RCT + furniture"),
    "ae03_tapentadol_crossover.md": ("Markdown", "trial results page: 2-period crossover"),
    "ae04_rivaroxaban_cohort.html": ("HTML", "journal abstract page: exposed vs unexposed cohort + furniture"),
    "ae05_parecoxib_2arm.txt": ("text", "trial-summary digest: 2-arm RCT"),
    "ae06_imipramine.html": ("HTML", "LactMed-style record on a drug site"),
    "ae07_lamivudine.txt": ("text", "LactMed-style record, reader view"),
    "ae08_theophylline.md": ("Markdown", "LactMed text reproduced on a consumer site"),
    "ae09_clonazepam.txt": ("text", "LactMed-style excerpt on a drug site, cut mid-word"),
}
gold = [json.loads(l) for l in open(os.path.join(ROOT, "gold.jsonl"))]
tot = collections.Counter()
kinds, matrices, ckinds, sig, who, rec, roles, stk = (collections.Counter() for _ in range(8))
links = collections.Counter()
print("| file | format | type | statements | populations | doses | measurements | comparisons | citations |")
print("|---|---|---|---|---|---|---|---|---|")
for d in gold:
    c = collections.Counter()
    for s in d["statements"]:
        c["st"] += 1; stk[s["kind"]] += 1
        c["p"] += len(s["populations"]); c["d"] += len(s["doses"]); c["m"] += len(s["measurements"])
        c["c"] += len(s["comparisons"]); c["ci"] += len(s["citations"])
        for p in s["populations"]: who[p["who"]] += 1; roles[p["role"]] += 1
        for x in s["doses"]: rec[x["recipient"]] += 1
        for m in s["measurements"]:
            kinds[m["kind"]] += 1; matrices[str(m["matrix"])] += 1
            links["measurement.dose set"] += m["dose"] is not None
            links["measurement.population set"] += m["population"] is not None
            links["measurement.analyte set"] += m["analyte"] is not None
        for x in s["comparisons"]:
            ckinds[x["kind"]] += 1; sig[str(x["significant"])] += 1
            links["comparison with p_value"] += x["p_value"] is not None
            links["comparison values linked to measurements"] += len(x["values"])
    tot.update(c)
    f, t = TYPE[d["doc"]]
    print("| %s | %s | %s | %d | %d | %d | %d | %d | %d |" % (d["doc"], f, t, c["st"], c["p"], c["d"], c["m"], c["c"], c["ci"]))
print("| **total** | | | %d | %d | %d | %d | %d | %d |" % (tot["st"], tot["p"], tot["d"], tot["m"], tot["c"], tot["ci"]))
def show(title, cnt):
    print("\n**%s:** " % title + ", ".join("%s %d" % (k, v) for k, v in sorted(cnt.items(), key=lambda kv: (-kv[1], kv[0]))))
show("Statement kinds", stk); show("Measurement kinds", kinds); show("Measurement matrices", matrices)
show("Comparison kinds", ckinds); show("Comparison significant", sig); show("Population who", who)
show("Population role", roles); show("Dose recipient", rec); show("Links", links)
