#!/usr/bin/env python3
"""Validate gold.jsonl against the documents in this folder (FORMAT.md version 2).

Checks: JSON shape and keys; codes in FORMAT.md's closed lists; anchors (25+ chars,
verbatim, unique); every quoted text (population/dose `text`) and every number
(population n, dose amounts, measurement values, comparison values) occurring in
its statement's stretch of the document; citation numbers present as markers in
that stretch (and no marker there left uncited); dose/population links pointing at
existing items of the same statement; comparison values matching measurements of
the same statement; unique doc names, anchors and item ids.
Prints counts, then CLEAN or the list of problems.  Standard library only.
"""
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "gold.jsonl")

KINDS = {"concentration", "infant_dose", "relative_infant_dose", "milk_plasma_ratio",
         "infant_plasma_ratio", "half_life", "amount_excreted", "proportion", "change",
         "milk_volume", "other"}
MATRICES = {"milk", "maternal_blood", "infant_blood", "cord_blood", "maternal_urine", "infant_urine"}
MATRIX_KINDS = {"concentration", "half_life", "milk_plasma_ratio", "infant_plasma_ratio"}
WHO = {"mother", "infant", "pair", "other"}
ROLES = {"exposed", "control", "total"}
RECIPIENTS = {"mother", "infant"}
ROUTES = {None, "oral", "intravenous", "intramuscular", "subcutaneous", "topical", "transdermal",
          "epidural", "intrathecal", "inhaled", "intranasal", "rectal", "vaginal", "ophthalmic"}
STMT_KINDS = {"study", "recommendation"}
QUALS = {"<", ">", "<=", ">=", "~"}
PQUALS = {"<", "=", ">"}
DOSE_STATS = {"mean", "median", "range", "maximum"}
UNITS = {"mg", "g", "ug", "ng", "mL", "L", "mg/L", "ug/L", "ng/mL", "ug/mL", "mg/dL", "mmol/L",
         "meq/L", "mg/kg", "ug/kg", "%", "[IU]", "[IU]/L", "{ratio}", "min", "h", "d", "wk", "mo"}
# UCUM codes used here that FORMAT.md's list does not name (declared in README.md)
UNIT_EXTENSIONS = {"mL/d"}

STMT_KEYS = ["anchor", "kind", "drug", "route", "populations", "doses", "measurements",
             "comparisons", "citations"]
POP_KEYS = {"n", "text", "role", "who"}
DOSE_REQ = {"amount", "unit", "text", "recipient"}
DOSE_OPT = {"amount_high", "stat", "frequency", "duration", "drug"}
MEAS_REQ = {"value", "unit", "measure", "kind", "matrix", "analyte", "dose", "population"}
MEAS_OPT = {"value_high", "qualifier", "stat", "group", "timepoint"}
COMP_KEYS = ["measure", "values", "unit", "kind", "outcome", "arms", "significant", "p_value", "p_qualifier"]

WORDS = {1: ["one"], 2: ["two"], 3: ["three"], 4: ["four"], 5: ["five"], 6: ["six"], 7: ["seven"],
         8: ["eight"], 9: ["nine"], 10: ["ten"], 11: ["eleven"], 12: ["twelve"]}

problems = []


def prob(where, msg):
    problems.append(f"{where}: {msg}")


def fold(s):
    return re.sub(r"\s+", " ", s).strip()


def doc_text(path):
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        t = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
        t = re.sub(r"(?is)<!--.*?-->", " ", t)
        t = re.sub(r"(?is)<sup>(.*?)</sup>", r"^\1^", t)
        t = re.sub(r"(?is)<br\s*/?>|</p>|</li>|</h\d>|</div>|</tr>|</td>", "\n", t)
        t = re.sub(r"(?s)<[^>]+>", " ", t)
        t = html.unescape(t)
    else:
        t = raw
    return fold(t)


def num_forms(v):
    forms = set()
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        return forms
    for d in range(0, 5):
        s = f"{v:.{d}f}"
        if abs(float(s) - v) < 1e-12:
            forms.add(s)
            if s.startswith("0."):
                forms.add(s[1:])
            if abs(v) >= 1000 and d == 0:
                forms.add(f"{int(round(v)):,}")
    return forms


def has_number(text, v, words=False):
    for f in num_forms(v):
        if re.search(r"(?<![\d.,])" + re.escape(f) + r"(?![\d]|\.\d|,\d)", text):
            return True
    if words and isinstance(v, int) and v in WORDS:
        for w in WORDS[v]:
            if re.search(r"(?i)\b" + w + r"\b", text):
                return True
    return False


CIT_PATTERNS = [
    r"\[\^(\d+)\]",                      # markdown footnote [^3]
    r"\[(\d+(?:\s*[-,–]\s*\d+)*)\]",     # [3] [1,2] [1-4]
    r"\((\d+(?:\s*,\s*\d+)*)\)",         # (3) (1, 2)
    r"\^(\d+(?:\s*,\s*\d+)*)\^",         # ^3^ and <sup>1,2</sup>
]


def markers(text):
    found = set()
    for pat in CIT_PATTERNS:
        for m in re.finditer(pat, text):
            for part in re.split(r"\s*,\s*", m.group(1)):
                if re.search(r"[-–]", part):
                    a, b = [int(x) for x in re.split(r"\s*[-–]\s*", part)]
                    found.update(range(a, b + 1))
                else:
                    found.add(int(part))
    return found


def semantic(where, m):
    """Cheap consistency checks between the free-text measure and the codes."""
    meas = m["measure"].lower()
    if m["kind"] == "concentration":
        if "cord" in meas and m["matrix"] != "cord_blood":
            prob(where, "cord measure without cord_blood")
        elif re.search(r"milk|colostrum", meas) and m["matrix"] != "milk":
            prob(where, "milk measure without matrix milk")
        elif re.search(r"infant|neonat|bab", meas) and m["matrix"] != "infant_blood":
            prob(where, "infant measure without infant_blood")
        elif re.search(r"maternal|serum|plasma", meas) and not re.search(r"infant|neonat|bab|cord|milk", meas) \
                and m["matrix"] != "maternal_blood":
            prob(where, "maternal measure without maternal_blood")
    if "half-life" in meas and m["kind"] != "half_life":
        prob(where, "half-life measure with another kind")
    if re.search(r"weight-adjusted|% of .*dos", meas) and m["kind"] not in ("relative_infant_dose", "amount_excreted"):
        prob(where, "% of dose measure with unexpected kind")
    if m["kind"] == "half_life" and m["unit"] not in ("min", "h", "d", "wk"):
        prob(where, "half-life unit is not a time")


def main():
    lines = [l for l in open(GOLD, encoding="utf-8").read().splitlines() if l.strip()]
    seen_docs = set()
    totals = {"documents": 0, "statements": 0, "populations": 0, "doses": 0, "measurements": 0,
              "comparisons": 0, "citations": 0}
    per_doc = []
    item_ids = set()
    files = sorted(f for f in os.listdir(HERE) if re.match(r"x\d\d_.*\.(txt|md|html)$", f))
    for ln, line in enumerate(lines, 1):
        try:
            d = json.loads(line)
        except Exception as e:
            prob(f"line {ln}", f"bad JSON: {e}")
            continue
        if list(d.keys()) != ["doc", "statements"]:
            prob(f"line {ln}", f"doc keys {list(d.keys())}")
        doc = d.get("doc")
        if doc in seen_docs:
            prob(doc, "duplicate doc")
        seen_docs.add(doc)
        path = os.path.join(HERE, doc)
        if not os.path.exists(path):
            prob(doc, "document file missing")
            continue
        text = doc_text(path)
        # where the references list starts (regions stop there)
        ref_pos = len(text)
        for m in re.finditer(r"(References|SOURCES|## Sources|Sources )", text):
            ref_pos = m.start()
        stmts = d["statements"]
        # anchors
        pos = []
        for i, s in enumerate(stmts):
            where = f"{doc} s{i}"
            if list(s.keys()) != STMT_KEYS:
                prob(where, f"statement keys {list(s.keys())}")
            a = fold(s["anchor"])
            if len(a) < 25:
                prob(where, f"anchor shorter than 25 chars: {a!r}")
            c = text.count(a)
            if c != 1:
                prob(where, f"anchor occurs {c} times: {a!r}")
            pos.append(text.find(a))
        order = sorted(range(len(stmts)), key=lambda i: pos[i])
        region = {}
        for k, i in enumerate(order):
            start = pos[i]
            end = pos[order[k + 1]] if k + 1 < len(order) else len(text)
            if start < ref_pos < end:
                end = ref_pos
            region[i] = text[start:end] if start >= 0 else ""
        counts = {"statements": len(stmts), "populations": 0, "doses": 0, "measurements": 0, "comparisons": 0}
        for i, s in enumerate(stmts):
            where = f"{doc} s{i}"
            reg = region[i]
            if s["kind"] not in STMT_KINDS:
                prob(where, f"kind {s['kind']}")
            if s["route"] not in ROUTES:
                prob(where, f"route {s['route']}")
            if not isinstance(s["drug"], str) or s["drug"] != s["drug"].lower():
                prob(where, f"drug not lower case: {s['drug']}")
            if s["route"] and not re.search(s["route"][:4], reg, re.I) and s["route"] != "intravenous":
                prob(where, f"route {s['route']} not evident in statement")
            if s["route"] == "intravenous" and not re.search(r"intravenous|infusion", reg, re.I):
                prob(where, "route intravenous not evident in statement")
            # populations
            for j, p in enumerate(s["populations"]):
                w = f"{where} p{j}"
                if set(p.keys()) != POP_KEYS:
                    prob(w, f"population keys {sorted(p.keys())}")
                if not isinstance(p["n"], int) or isinstance(p["n"], bool):
                    prob(w, "n not an integer")
                if p["role"] not in ROLES:
                    prob(w, f"role {p['role']}")
                if p["who"] not in WHO:
                    prob(w, f"who {p['who']}")
                if fold(p["text"]) not in reg:
                    prob(w, f"population text not in statement: {p['text']!r}")
                if not has_number(p["text"], p["n"], words=True):
                    prob(w, f"n={p['n']} not written in its text {p['text']!r}")
                item_ids.add((doc, i, "p", j))
            # doses
            for j, ds in enumerate(s["doses"]):
                w = f"{where} d{j}"
                ks = set(ds.keys())
                if not DOSE_REQ <= ks or not ks <= DOSE_REQ | DOSE_OPT:
                    prob(w, f"dose keys {sorted(ks)}")
                if ds["unit"] not in UNITS:
                    prob(w, f"dose unit {ds['unit']}")
                if ds["recipient"] not in RECIPIENTS:
                    prob(w, f"recipient {ds['recipient']}")
                if "stat" in ds and ds["stat"] not in DOSE_STATS:
                    prob(w, f"dose stat {ds['stat']}")
                if fold(ds["text"]) not in reg:
                    prob(w, f"dose text not in statement: {ds['text']!r}")
                for key in ("amount", "amount_high"):
                    if key in ds and not has_number(ds["text"], ds[key]):
                        prob(w, f"{key}={ds[key]} not in dose text {ds['text']!r}")
                if "amount_high" in ds and ds["amount_high"] <= ds["amount"]:
                    prob(w, "amount_high not above amount")
                item_ids.add((doc, i, "d", j))
            # measurements
            for j, m in enumerate(s["measurements"]):
                w = f"{where} m{j}"
                ks = set(m.keys())
                if not MEAS_REQ <= ks or not ks <= MEAS_REQ | MEAS_OPT:
                    prob(w, f"measurement keys {sorted(ks)}")
                if m["unit"] not in UNITS | UNIT_EXTENSIONS:
                    prob(w, f"unit {m['unit']}")
                if m["kind"] not in KINDS:
                    prob(w, f"kind {m['kind']}")
                if m["kind"] in MATRIX_KINDS:
                    if m["matrix"] not in MATRICES:
                        prob(w, f"matrix {m['matrix']} for kind {m['kind']}")
                elif m["matrix"] is not None:
                    prob(w, f"matrix must be null for kind {m['kind']}")
                if m["kind"] == "milk_plasma_ratio" and m["matrix"] != "milk":
                    prob(w, "milk_plasma_ratio needs matrix milk")
                if m["kind"] == "infant_plasma_ratio" and m["matrix"] != "infant_blood":
                    prob(w, "infant_plasma_ratio needs matrix infant_blood")
                if m["kind"] in ("relative_infant_dose",) and m["unit"] != "%":
                    prob(w, "relative_infant_dose not in %")
                if m["unit"] == "{ratio}" and m["kind"] not in ("milk_plasma_ratio", "infant_plasma_ratio", "other"):
                    prob(w, "{ratio} unit with unexpected kind")
                if m["analyte"] is not None and (m["analyte"] != m["analyte"].lower() or m["analyte"] == s["drug"]):
                    prob(w, f"analyte {m['analyte']!r} (must be lower case and not the drug)")
                if "qualifier" in m and m["qualifier"] not in QUALS:
                    prob(w, f"qualifier {m['qualifier']}")
                for key in ("value", "value_high"):
                    if key in m and not has_number(reg, m[key]):
                        prob(w, f"{key}={m[key]} not found in statement text")
                if "value_high" in m and m["value_high"] <= m["value"]:
                    prob(w, "value_high not above value")
                if m["dose"] is not None and not (isinstance(m["dose"], int) and 0 <= m["dose"] < len(s["doses"])):
                    prob(w, f"dose link {m['dose']} points at no dose")
                if m["population"] is not None and not (
                        isinstance(m["population"], int) and 0 <= m["population"] < len(s["populations"])):
                    prob(w, f"population link {m['population']} points at no population")
                semantic(w, m)
                item_ids.add((doc, i, "m", j))
            # comparisons
            for j, c in enumerate(s["comparisons"]):
                w = f"{where} c{j}"
                if list(c.keys()) != COMP_KEYS:
                    prob(w, f"comparison keys {list(c.keys())}")
                if len(c["values"]) < 2 or len(c["arms"]) != len(c["values"]):
                    prob(w, "values/arms count mismatch")
                if c["kind"] not in KINDS:
                    prob(w, f"kind {c['kind']}")
                if c["unit"] not in UNITS | UNIT_EXTENSIONS:
                    prob(w, f"unit {c['unit']}")
                if c["significant"] not in (True, False, None):
                    prob(w, "significant not true/false/null")
                if (c["p_value"] is None) != (c["p_qualifier"] is None):
                    prob(w, "p_value and p_qualifier must both be set or both null")
                if c["p_qualifier"] is not None and c["p_qualifier"] not in PQUALS:
                    prob(w, f"p_qualifier {c['p_qualifier']}")
                if c["p_value"] is not None:
                    if c["significant"] is None:
                        prob(w, "p-value given but significant is null")
                    if not has_number(reg, c["p_value"]):
                        prob(w, f"p-value {c['p_value']} not in statement text")
                    if c["p_qualifier"] == "<" and c["p_value"] <= 0.05 and c["significant"] is not True:
                        prob(w, "p < 0.05 but not significant")
                    if c["p_qualifier"] == "=" and (c["p_value"] < 0.05) != bool(c["significant"]):
                        prob(w, "significance disagrees with the p-value")
                pool = [m for m in s["measurements"] if m["unit"] == c["unit"] and m["kind"] == c["kind"]]
                used = []
                for v in c["values"]:
                    hit = next((k for k, m in enumerate(pool) if m["value"] == v and "value_high" not in m
                                and k not in used), None)
                    if hit is None:
                        prob(w, f"compared value {v} {c['unit']} is no measurement of this statement")
                    else:
                        used.append(hit)
                if not c["outcome"] or re.search(r"\d", c["outcome"] or "") and "%" not in c["outcome"]:
                    pass
            # citations
            cits = s["citations"]
            if cits != sorted(set(cits)):
                prob(where, f"citations not sorted/unique: {cits}")
            mk = markers(reg)
            for n in cits:
                if n not in mk:
                    prob(where, f"citation {n} has no marker in statement text")
            for n in sorted(mk - set(cits)):
                prob(where, f"marker {n} in statement text but not cited")
            for k in counts:
                if k != "statements":
                    counts[k] += len(s[k])
            totals["citations"] += len(cits)
        for k in counts:
            totals[k] += counts[k]
        totals["documents"] += 1
        per_doc.append((doc, counts))
    missing = set(files) - seen_docs
    for f in sorted(missing):
        prob(f, "document has no gold line")
    if len(item_ids) != sum(totals[k] for k in ("populations", "doses", "measurements")):
        prob("ids", "item ids not unique")

    print(f"{'document':40s} {'stmt':>5s} {'pop':>5s} {'dose':>5s} {'meas':>5s} {'comp':>5s}")
    for doc, c in per_doc:
        print(f"{doc:40s} {c['statements']:5d} {c['populations']:5d} {c['doses']:5d} "
              f"{c['measurements']:5d} {c['comparisons']:5d}")
    print(f"{'TOTAL':40s} {totals['statements']:5d} {totals['populations']:5d} {totals['doses']:5d} "
          f"{totals['measurements']:5d} {totals['comparisons']:5d}")
    print(f"documents {totals['documents']}, citations {totals['citations']}")
    if problems:
        print(f"{len(problems)} PROBLEMS")
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print("CLEAN")


if __name__ == "__main__":
    main()
