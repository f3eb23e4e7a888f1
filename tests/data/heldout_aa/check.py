#!/usr/bin/env python3
"""Verify gold.jsonl of heldout_aa against FORMAT.md version 2 (stdlib only).
Usage: python3 check.py   (prints CLEAN or a list of problems)"""
import html, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEV = "/work/shared/gold/dev.jsonl"

ROUTES = {"oral", "intravenous", "intramuscular", "subcutaneous", "topical", "transdermal", "epidural",
          "intrathecal", "inhaled", "intranasal", "rectal", "vaginal", "ophthalmic", None}
UNITS = {"mg", "g", "ug", "ng", "mL", "L", "mg/L", "ug/L", "ng/mL", "ug/mL", "mg/dL", "mmol/L", "meq/L",
         "mg/kg", "ug/kg", "%", "[IU]", "[IU]/L", "{ratio}", "min", "h", "d", "wk", "mo"}
WHO = {"mother", "infant", "pair", "other"}
ROLE = {"exposed", "control", "total"}
RECIP = {"mother", "infant"}
KINDS = {"concentration", "infant_dose", "relative_infant_dose", "milk_plasma_ratio", "infant_plasma_ratio",
         "half_life", "amount_excreted", "proportion", "change", "milk_volume", "other"}
MATRIX = {"milk", "maternal_blood", "infant_blood", "cord_blood", "maternal_urine", "infant_urine"}
MATRIX_KINDS = {"concentration", "half_life", "milk_plasma_ratio", "infant_plasma_ratio"}
QUAL = {None, "<", ">", "<=", ">=", "~"}
PQ = {None, "<", "=", ">"}
DSTAT = {None, "mean", "median", "range", "maximum"}
SKINDS = {"study", "recommendation"}
WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine",
         10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen", 14: "fourteen", 15: "fifteen", 16: "sixteen",
         17: "seventeen", 18: "eighteen", 19: "nineteen", 20: "twenty", 30: "thirty", 40: "forty", 50: "fifty"}

problems = []


def bad(doc, msg):
    problems.append(f"{doc}: {msg}")


def fold(s):
    return re.sub(r"\s+", " ", s)


def doc_text(path):
    raw = open(path, encoding="utf-8").read()
    if path.endswith((".html", ".htm")):
        raw = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
        raw = re.sub(r"(?s)<[^>]+>", " ", raw)
        raw = html.unescape(raw).replace("\xa0", " ")
    return fold(raw)


def key_sets(items):
    items = list(items)
    req = set.intersection(*(set(i) for i in items)) if items else set()
    allowed = set.union(*(set(i) for i in items)) if items else set()
    return req, allowed


def num_forms(v):
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        return []
    forms = set()
    if float(v).is_integer():
        i = int(v)
        forms |= {str(i), f"{i:,}"}
    else:
        forms.add(repr(float(v)))
        forms.add(("%f" % v).rstrip("0"))
    return forms


def has_num(text, v):
    for f in num_forms(v):
        tail = r"0*(?!\d)" if "." in f else r"(?:\.0+)?(?![\d]|[.,]\d)"
        if re.search(r"(?<![\d.,])" + re.escape(f) + tail, text):
            return True
        if f.startswith("0.") and re.search(r"(?<![\d])" + re.escape(f[1:]) + tail, text):
            return True
    return False


def has_count(text, n):
    if has_num(text, n):
        return True
    w = WORDS.get(n)
    return bool(w and re.search(r"\b" + w + r"\b", text, re.I))


# ---- dev key shapes
dev = [json.loads(l) for l in open(DEV, encoding="utf-8") if l.strip()]
TOP_REQ, TOP_ALL = key_sets(dev)
sts = [s for d in dev for s in d["statements"]]
ST_REQ, ST_ALL = key_sets(sts)
shapes = {}
for part in ("populations", "doses", "measurements", "comparisons"):
    shapes[part] = key_sets(x for s in sts for x in s[part])
REQUIRED_EXTRA = {"measurements": {"value", "unit", "kind", "matrix", "analyte", "dose", "population"},
                  "doses": {"amount", "unit", "recipient"}, "populations": {"n", "text", "role", "who"},
                  "comparisons": {"values", "unit", "kind", "outcome", "arms", "significant", "p_value", "p_qualifier"}}

gold_path = os.path.join(HERE, "gold.jsonl")
lines = [l for l in open(gold_path, encoding="utf-8") if l.strip()]
docs_seen = set()
for ln, line in enumerate(lines, 1):
    d = json.loads(line)
    name = d.get("doc", f"line{ln}")
    if set(d) - TOP_ALL or TOP_REQ - set(d):
        bad(name, f"top-level keys {sorted(d)} differ from dev {sorted(TOP_ALL)}")
    if name in docs_seen:
        bad(name, "duplicate doc line")
    docs_seen.add(name)
    path = os.path.join(HERE, name)
    if not os.path.isfile(path):
        bad(name, "document file missing")
        continue
    text = doc_text(path)
    # anchors and stretches
    starts = []
    for si, s in enumerate(d["statements"]):
        a = fold(s["anchor"])
        if len(a) < 25:
            bad(name, f"s{si} anchor shorter than 25 chars")
        c = text.count(a)
        if c != 1:
            bad(name, f"s{si} anchor found {c} times: {a!r}")
            starts.append(None)
        else:
            starts.append(text.index(a))
    ordered = sorted(p for p in starts if p is not None)
    if [p for p in starts if p is not None] != ordered:
        bad(name, "statements not in document order")
    for si, s in enumerate(d["statements"]):
        if starts[si] is None:
            continue
        st = starts[si]
        later = [p for p in ordered if p > st]
        stretch = text[st: later[0] if later else len(text)]
        tag = f"s{si}"
        if set(s) - ST_ALL or ST_REQ - set(s):
            bad(name, f"{tag} statement keys {sorted(s)} differ from dev")
        if s["kind"] not in SKINDS:
            bad(name, f"{tag} kind {s['kind']}")
        if s["route"] not in ROUTES:
            bad(name, f"{tag} route {s['route']}")
        if not isinstance(s["drug"], str) or s["drug"] != s["drug"].lower():
            bad(name, f"{tag} drug not lower case")
        for part in ("populations", "doses", "measurements", "comparisons"):
            req, allowed = shapes[part]
            req = req | REQUIRED_EXTRA[part]
            for i, x in enumerate(s[part]):
                if set(x) - allowed:
                    bad(name, f"{tag} {part}[{i}] keys not in dev: {sorted(set(x) - allowed)}")
                if req - set(x):
                    bad(name, f"{tag} {part}[{i}] missing keys {sorted(req - set(x))}")
        for i, p in enumerate(s["populations"]):
            if not isinstance(p["n"], int) or p["n"] < 1:
                bad(name, f"{tag} pop{i} n not a positive int")
            if p["role"] not in ROLE or p["who"] not in WHO:
                bad(name, f"{tag} pop{i} role/who code")
            if fold(p["text"]) not in stretch:
                bad(name, f"{tag} pop{i} text not in stretch: {p['text']!r}")
            elif not has_count(p["text"], p["n"]):
                bad(name, f"{tag} pop{i} text lacks its count {p['n']}")
        for i, x in enumerate(s["doses"]):
            if x["unit"] not in UNITS:
                bad(name, f"{tag} dose{i} unit {x['unit']}")
            if x["recipient"] not in RECIP:
                bad(name, f"{tag} dose{i} recipient")
            if x.get("stat") not in DSTAT:
                bad(name, f"{tag} dose{i} stat")
            if fold(x["text"]) not in stretch:
                bad(name, f"{tag} dose{i} text not in stretch: {x['text']!r}")
            else:
                for k in ("amount", "amount_high"):
                    if k in x and not has_num(x["text"], x[k]):
                        bad(name, f"{tag} dose{i} text lacks {k} {x[k]}")
        for i, m in enumerate(s["measurements"]):
            if m["unit"] not in UNITS:
                bad(name, f"{tag} m{i} unit {m['unit']}")
            if m["kind"] not in KINDS:
                bad(name, f"{tag} m{i} kind {m['kind']}")
            if m.get("qualifier") not in QUAL:
                bad(name, f"{tag} m{i} qualifier")
            if m["kind"] in MATRIX_KINDS:
                if m["matrix"] not in MATRIX:
                    bad(name, f"{tag} m{i} kind {m['kind']} needs a matrix")
            elif m["matrix"] is not None:
                bad(name, f"{tag} m{i} kind {m['kind']} must have null matrix")
            if m["kind"] == "milk_plasma_ratio" and m["matrix"] != "milk":
                bad(name, f"{tag} m{i} milk_plasma_ratio matrix must be milk")
            if m["kind"] == "infant_plasma_ratio" and m["matrix"] != "infant_blood":
                bad(name, f"{tag} m{i} infant_plasma_ratio matrix must be infant_blood")
            if m["analyte"] is not None and (m["analyte"] != m["analyte"].lower() or m["analyte"] == s["drug"]):
                bad(name, f"{tag} m{i} analyte must be lower case and not the drug")
            for k in ("value", "value_high"):
                if k in m and not has_num(stretch, m[k]):
                    bad(name, f"{tag} m{i} {k} {m[k]} not in stretch")
            if m["dose"] is not None and not (isinstance(m["dose"], int) and 0 <= m["dose"] < len(s["doses"])):
                bad(name, f"{tag} m{i} dose link out of range")
            if m["population"] is not None and not (isinstance(m["population"], int) and 0 <= m["population"] < len(s["populations"])):
                bad(name, f"{tag} m{i} population link out of range")
        for i, c in enumerate(s["comparisons"]):
            if c["kind"] not in KINDS or c["unit"] not in UNITS:
                bad(name, f"{tag} c{i} kind/unit code")
            if len(c["values"]) < 2 or len(c["arms"]) != len(c["values"]):
                bad(name, f"{tag} c{i} needs >=2 values and one arm per value")
            for v in c["values"]:
                hits = [m for m in s["measurements"] if m["value"] == v and m["unit"] == c["unit"] and "value_high" not in m]
                if not hits:
                    bad(name, f"{tag} c{i} value {v} {c['unit']} is not a (non-range) measurement of the statement")
                elif not any(m["kind"] == c["kind"] for m in hits):
                    bad(name, f"{tag} c{i} value {v} kind differs from its measurement")
            if c["significant"] not in (True, False, None) or c["p_qualifier"] not in PQ:
                bad(name, f"{tag} c{i} significant/p_qualifier code")
            pv = c["p_value"]
            if (pv is None) != (c["p_qualifier"] is None):
                bad(name, f"{tag} c{i} p_value and p_qualifier must both be set or both null")
            if pv is not None:
                if not has_num(stretch, pv):
                    bad(name, f"{tag} c{i} p-value {pv} not in stretch")
                exp = True if (pv < 0.05 or (pv == 0.05 and c["p_qualifier"] == "<")) and c["p_qualifier"] != ">" else False
                if c["significant"] is not exp:
                    bad(name, f"{tag} c{i} significant={c['significant']} inconsistent with p {c['p_qualifier']} {pv}")
            if not c["outcome"] or re.search(r"\d", c["outcome"]) and False:
                bad(name, f"{tag} c{i} outcome empty")
        for cit in s["citations"]:
            if not isinstance(cit, int):
                bad(name, f"{tag} citation not int")
                continue
            pat = r"[\[(](?:[\d,\s\-\u2013]*[,\s])?" + str(cit) + r"(?:[,\s\-\u2013][\d,\s\-\u2013]*)?[\])]"
            if not re.search(pat, stretch):
                bad(name, f"{tag} citation marker {cit} not in stretch")
if not lines:
    bad("gold.jsonl", "empty")
for f in sorted(os.listdir(HERE)):
    if f.endswith((".txt", ".md", ".html")) and f != "README.md" and f not in docs_seen:
        bad(f, "document has no gold line")

if problems:
    print("\n".join(problems))
    print(f"{len(problems)} problem(s)")
    sys.exit(1)
print("CLEAN")
