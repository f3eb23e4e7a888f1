#!/usr/bin/env python3
"""Validator for the SYNTHETIC held-out corpus gold (format version 2). Prints CLEAN or the problems."""
import html, json, os, re, sys

BASE = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
TEXTS = os.path.join(BASE, 'texts')
GOLD = os.path.join(BASE, 'gold.jsonl')

DOC_KEYS = {"doc", "statements"}
ST_KEYS = {"anchor", "kind", "drug", "route", "populations", "doses", "measurements", "comparisons", "citations"}
POP_KEYS = {"n", "text", "role", "who"}
DOSE_REQ = {"amount", "unit", "text", "recipient"}
DOSE_OPT = {"amount_high", "stat", "frequency", "duration", "drug"}
M_REQ = {"value", "unit", "measure", "kind", "matrix", "analyte", "dose", "population"}
M_OPT = {"value_high", "qualifier", "stat", "group", "timepoint"}
C_KEYS = {"measure", "values", "unit", "kind", "outcome", "arms", "significant", "p_value", "p_qualifier"}

ROUTES = {None, "oral", "intravenous", "intramuscular", "subcutaneous", "topical", "transdermal", "epidural",
          "intrathecal", "inhaled", "intranasal", "rectal", "vaginal", "ophthalmic"}
ROLES = {"exposed", "control", "total"}
WHO = {"mother", "infant", "pair", "other"}
RECIP = {"mother", "infant"}
DOSE_STAT = {"mean", "median", "range", "maximum"}
MKIND = {"concentration", "infant_dose", "relative_infant_dose", "milk_plasma_ratio", "infant_plasma_ratio",
         "half_life", "amount_excreted", "proportion", "change", "milk_volume", "other"}
MATRIX = {"milk", "maternal_blood", "infant_blood", "cord_blood", "maternal_urine", "infant_urine"}
NEEDS_MATRIX = {"concentration", "half_life", "milk_plasma_ratio", "infant_plasma_ratio"}
QUAL = {"<", ">", "<=", ">=", "~"}
PQUAL = {"<", "=", ">"}
UNITS = {"mg", "g", "ug", "ng", "mL", "L", "mg/L", "ug/L", "ng/mL", "ug/mL", "mg/dL", "mmol/L", "meq/L", "mg/kg",
         "ug/kg", "%", "[IU]", "[IU]/L", "{ratio}", "min", "h", "d", "wk", "mo"}
WORDS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve thirteen "
                                    "fourteen fifteen sixteen seventeen eighteen nineteen twenty".split())}
WORDS.update({"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60})

problems = []


def bad(doc, msg):
    problems.append(f"{doc}: {msg}")


def fold(s):
    return re.sub(r"\s+", " ", s).strip()


def load_text(name):
    raw = open(os.path.join(TEXTS, name), encoding="utf-8").read()
    if name.endswith((".html", ".htm")):
        raw = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
        raw = re.sub(r"(?s)<[^>]+>", " ", raw)
        raw = html.unescape(raw)
    return fold(raw)


NUM_RE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d*\.\d+|\d+")


def numbers_in(s):
    out = set()
    for t in NUM_RE.findall(s):
        out.add(float(t.replace(",", "")))
    for w in re.findall(r"[A-Za-z]+(?:-[A-Za-z]+)?", s):
        lw = w.lower()
        if lw in WORDS:
            out.add(float(WORDS[lw]))
        elif "-" in lw:
            a, b = lw.split("-", 1)
            if a in WORDS and b in WORDS and WORDS[a] >= 20 and WORDS[b] < 10:
                out.add(float(WORDS[a] + WORDS[b]))
    return out


def excluded():
    return [l.strip().lower() for l in open(os.path.join(BASE, "EXCLUDED_DRUGS.txt"), encoding="utf-8") if l.strip()]


def check_excluded(label, text, ex):
    low = text.lower()
    for w in ex:
        if re.search(r"(?<![a-z0-9])" + re.escape(w) + r"(?![a-z0-9])", low):
            bad(label, f"excluded drug word '{w}'")


def is_num(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def main():
    ex = excluded()
    golds = [json.loads(l) for l in open(GOLD, encoding="utf-8") if l.strip()]
    files = sorted(f for f in os.listdir(TEXTS) if not f.startswith("."))
    gdocs = [g.get("doc") for g in golds]
    if sorted(gdocs) != files:
        bad("corpus", f"gold docs {sorted(gdocs)} != texts {files}")
    for f in files:
        check_excluded("texts/" + f, open(os.path.join(TEXTS, f), encoding="utf-8").read(), ex)
    check_excluded("gold.jsonl", open(GOLD, encoding="utf-8").read(), ex)
    readme = os.path.join(BASE, "README.md")
    if os.path.exists(readme):
        check_excluded("README.md", open(readme, encoding="utf-8").read(), ex)
    else:
        bad("corpus", "README.md missing")
    for tool in ("build_gold.py", "check.py"):
        src = open(os.path.join(BASE, "tools", tool), encoding="utf-8").read()
        check_excluded("tools/" + tool, src.split("def excluded")[0] if tool == "check.py" else src, ex)

    tm = tc = 0
    for g in golds:
        doc = g.get("doc")
        if set(g) != DOC_KEYS:
            bad(doc, f"doc keys {set(g)}")
        if doc not in files:
            continue
        text = load_text(doc)
        sts = g["statements"]
        # locate anchors
        pos = []
        for i, s in enumerate(sts):
            a = fold(s.get("anchor", ""))
            if len(a) < 25:
                bad(doc, f"st{i} anchor shorter than 25 chars")
            c = text.count(a)
            if c != 1:
                bad(doc, f"st{i} anchor found {c} times: {a!r}")
            pos.append(text.find(a))
        order = sorted(range(len(sts)), key=lambda i: pos[i])
        if order != list(range(len(sts))):
            bad(doc, "statements not in document order")
        for i, s in enumerate(sts):
            lab = f"st{i}"
            if set(s) != ST_KEYS:
                bad(doc, f"{lab} keys {set(s) ^ ST_KEYS}")
                continue
            start = pos[i]
            later = [p for p in pos if p > start]
            stretch = text[start:min(later)] if later else text[start:]
            nums = numbers_in(stretch)
            if s["kind"] not in ("study", "recommendation"):
                bad(doc, f"{lab} kind {s['kind']}")
            if s["route"] not in ROUTES:
                bad(doc, f"{lab} route {s['route']}")
            if not isinstance(s["drug"], str) or s["drug"] != s["drug"].lower():
                bad(doc, f"{lab} drug not lower case")
            for c in s["citations"]:
                if not isinstance(c, int) or not re.search(r"[\[(][\d,\s\-–]*\b%d\b[\d,\s\-–]*[\])]" % c, stretch):
                    bad(doc, f"{lab} citation {c} not in stretch")
            for j, p in enumerate(s["populations"]):
                if set(p) != POP_KEYS:
                    bad(doc, f"{lab} pop{j} keys {set(p)}")
                    continue
                if not isinstance(p["n"], int) or p["n"] < 1:
                    bad(doc, f"{lab} pop{j} n {p['n']}")
                if p["role"] not in ROLES: bad(doc, f"{lab} pop{j} role {p['role']}")
                if p["who"] not in WHO: bad(doc, f"{lab} pop{j} who {p['who']}")
                if fold(p["text"]) not in stretch: bad(doc, f"{lab} pop{j} text not verbatim: {p['text']!r}")
                if float(p["n"]) not in numbers_in(p["text"]): bad(doc, f"{lab} pop{j} n {p['n']} not in its text")
            for j, d in enumerate(s["doses"]):
                ks = set(d)
                if not DOSE_REQ <= ks or not ks <= DOSE_REQ | DOSE_OPT:
                    bad(doc, f"{lab} dose{j} keys {ks}")
                    continue
                if d["unit"] not in UNITS: bad(doc, f"{lab} dose{j} unit {d['unit']}")
                if d["recipient"] not in RECIP: bad(doc, f"{lab} dose{j} recipient {d['recipient']}")
                if "stat" in d and d["stat"] not in DOSE_STAT: bad(doc, f"{lab} dose{j} stat {d['stat']}")
                if fold(d["text"]) not in stretch: bad(doc, f"{lab} dose{j} text not verbatim: {d['text']!r}")
                for k in ("amount", "amount_high"):
                    if k in d and (not is_num(d[k]) or float(d[k]) not in numbers_in(d["text"])):
                        bad(doc, f"{lab} dose{j} {k} {d.get(k)} not in its text")
                if "amount_high" in d and d["amount_high"] <= d["amount"]:
                    bad(doc, f"{lab} dose{j} amount_high <= amount")
            for j, m in enumerate(s["measurements"]):
                tm += 1
                ks = set(m)
                if not M_REQ <= ks or not ks <= M_REQ | M_OPT:
                    bad(doc, f"{lab} m{j} keys {ks ^ M_REQ}")
                    continue
                if m["unit"] not in UNITS: bad(doc, f"{lab} m{j} unit {m['unit']}")
                if m["kind"] not in MKIND: bad(doc, f"{lab} m{j} kind {m['kind']}")
                if m["kind"] in NEEDS_MATRIX:
                    if m["matrix"] not in MATRIX: bad(doc, f"{lab} m{j} matrix {m['matrix']} for {m['kind']}")
                elif m["matrix"] is not None:
                    bad(doc, f"{lab} m{j} matrix must be null for {m['kind']}")
                if m["kind"] == "milk_plasma_ratio" and m["matrix"] != "milk": bad(doc, f"{lab} m{j} M/P matrix")
                if m["kind"] == "infant_plasma_ratio" and m["matrix"] != "infant_blood": bad(doc, f"{lab} m{j} I/P matrix")
                if m["kind"] in ("milk_plasma_ratio", "infant_plasma_ratio") and m["unit"] not in ("%", "{ratio}"):
                    bad(doc, f"{lab} m{j} ratio unit")
                if m["kind"] == "half_life" and m["unit"] not in ("min", "h", "d"): bad(doc, f"{lab} m{j} half-life unit")
                if m["kind"] in ("relative_infant_dose", "proportion", "change") and m["unit"] != "%":
                    bad(doc, f"{lab} m{j} {m['kind']} unit should be %")
                if m["analyte"] is not None and (m["analyte"] != m["analyte"].lower() or m["analyte"] == s["drug"]):
                    bad(doc, f"{lab} m{j} analyte {m['analyte']}")
                if "qualifier" in m and m["qualifier"] not in QUAL: bad(doc, f"{lab} m{j} qualifier")
                if "stat" in m and m["stat"] not in DOSE_STAT | {"sd"}: bad(doc, f"{lab} m{j} stat {m['stat']}")
                for k in ("value", "value_high"):
                    if k in m and (not is_num(m[k]) or float(m[k]) not in nums):
                        bad(doc, f"{lab} m{j} {k} {m.get(k)} not in stretch")
                if m["dose"] is not None and not (isinstance(m["dose"], int) and 0 <= m["dose"] < len(s["doses"])):
                    bad(doc, f"{lab} m{j} dose link {m['dose']} out of range")
                if m["population"] is not None and not (isinstance(m["population"], int) and 0 <= m["population"] < len(s["populations"])):
                    bad(doc, f"{lab} m{j} population link {m['population']} out of range")
            for j, c in enumerate(s["comparisons"]):
                tc += 1
                if set(c) != C_KEYS:
                    bad(doc, f"{lab} c{j} keys {set(c) ^ C_KEYS}")
                    continue
                if len(c["values"]) < 2: bad(doc, f"{lab} c{j} fewer than 2 values")
                if len(c["arms"]) != len(c["values"]): bad(doc, f"{lab} c{j} arms != values")
                if c["unit"] not in UNITS: bad(doc, f"{lab} c{j} unit")
                if c["kind"] not in MKIND: bad(doc, f"{lab} c{j} kind")
                if not c["outcome"] or not all(isinstance(a, str) and a for a in c["arms"]):
                    bad(doc, f"{lab} c{j} empty outcome/arm")
                for v in c["values"]:
                    if float(v) not in nums: bad(doc, f"{lab} c{j} value {v} not in stretch")
                    if not any(m["value"] == v and m["unit"] == c["unit"] and m["kind"] == c["kind"] and "value_high" not in m
                               for m in s["measurements"]):
                        bad(doc, f"{lab} c{j} value {v} {c['unit']} not backed by a measurement")
                sig, p, pq = c["significant"], c["p_value"], c["p_qualifier"]
                if sig not in (True, False, None): bad(doc, f"{lab} c{j} significant")
                if (p is None) != (pq is None): bad(doc, f"{lab} c{j} p_value/p_qualifier mismatch")
                if p is not None:
                    if pq not in PQUAL: bad(doc, f"{lab} c{j} p_qualifier {pq}")
                    if float(p) not in nums: bad(doc, f"{lab} c{j} p {p} not in stretch")
                    if sig is None:
                        bad(doc, f"{lab} c{j} p-value given but significant null")
                    elif pq in ("<", "=") and p <= 0.05 and sig is not True:
                        bad(doc, f"{lab} c{j} p {pq} {p} but significant {sig}")
                    elif (pq == ">" and p >= 0.05 or pq == "=" and p > 0.05) and sig is not False:
                        bad(doc, f"{lab} c{j} p {pq} {p} but significant {sig}")
    if problems:
        print("\n".join(problems))
        print(f"{len(problems)} problem(s)")
        sys.exit(1)
    print(f"CLEAN ({len(golds)} documents, {tm} measurements, {tc} comparisons)")


if __name__ == "__main__":
    main()
