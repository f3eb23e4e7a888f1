#!/usr/bin/env python3
"""Validator for heldout_w/gold.jsonl (FORMAT.md version 2). Standard library only.

Checks, per document and statement:
  * shape: same keys and nesting as /work/shared/gold/dev.jsonl;
  * ids: document names unique and existing; anchors >= 25 characters, found exactly once in
    the document (whitespace folded; HTML read as text), unique across the gold file;
  * quotes: every population/dose `text` occurs verbatim inside the statement's region
    (from its anchor to the next statement's anchor); every number annotated (n, amounts,
    values, compared values, p-values, citations) occurs as a number in that region;
    outcome and arm words occur in the region;
  * links: measurement `dose`/`population` indices point at existing items of the same
    statement; every compared value is a measurement of the same statement with the same
    unit and kind, and no compared value is a range;
  * codes: every code is in FORMAT.md's lists; matrix rules; significance agrees with p.
Prints counts, then CLEAN or the list of problems.
"""
import html
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(ROOT, "gold.jsonl")

ROUTES = {"oral", "intravenous", "intramuscular", "subcutaneous", "topical", "transdermal", "epidural",
          "intrathecal", "inhaled", "intranasal", "rectal", "vaginal", "ophthalmic", None}
UNITS = {"mg", "g", "ug", "ng", "mL", "L", "mg/L", "ug/L", "ng/mL", "ug/mL", "mg/dL", "mmol/L", "meq/L",
         "mg/kg", "ug/kg", "%", "[IU]", "[IU]/L", "{ratio}", "min", "h", "d", "wk", "mo"}
KINDS = {"concentration", "infant_dose", "relative_infant_dose", "milk_plasma_ratio", "infant_plasma_ratio",
         "half_life", "amount_excreted", "proportion", "change", "milk_volume", "other"}
MATRICES = {"milk", "maternal_blood", "infant_blood", "cord_blood", "maternal_urine", "infant_urine"}
MATRIX_KINDS = {"concentration", "half_life", "milk_plasma_ratio", "infant_plasma_ratio"}
WHO = {"mother", "infant", "pair", "other"}
ROLES = {"exposed", "control", "total"}
RECIPIENTS = {"mother", "infant"}
QUALIFIERS = {"<", ">", "<=", ">=", "~", None}
P_QUALIFIERS = {"<", "=", ">", None}
DOSE_STATS = {"mean", "median", "range", "maximum", None}
ST_KINDS = {"study", "recommendation"}

# keys as in dev.jsonl (required / optional)
ST_KEYS = ["anchor", "kind", "drug", "route", "populations", "doses", "measurements", "comparisons", "citations"]
POP_KEYS = ["n", "text", "role", "who"]
DOSE_REQ = {"amount", "unit", "text", "recipient"}
DOSE_OPT = {"amount_high", "stat", "frequency", "duration", "drug"}
M_REQ = {"value", "unit", "measure", "kind", "matrix", "analyte", "dose", "population"}
M_OPT = {"value_high", "qualifier", "stat", "group", "timepoint"}
C_KEYS = ["measure", "values", "unit", "kind", "outcome", "arms", "significant", "p_value", "p_qualifier"]

WORDNUM = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
           "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}
STOP = {"the", "a", "an", "of", "in", "at", "to", "and", "or", "with", "by", "for", "on", "vs", "from",
        "its", "own", "per", "each", "after", "before", "group", "arm", "level", "levels", "value",
        "concentration", "period", "days", "dose"}
ARM_SYNONYMS = {"before", "after", "baseline", "start", "end", "pre", "post"}

problems = []


def prob(where, msg):
    problems.append("%s: %s" % (where, msg))


def text_view(path):
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        raw = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
        raw = re.sub(r"(?s)<[^>]+>", " ", raw)
        raw = html.unescape(raw)
    return re.sub(r"\s+", " ", raw)


NUM_RE = re.compile(r"(?<![\w.])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d*\.\d+|\d+)")


def numbers_in(s):
    out = set()
    for m in NUM_RE.finditer(s):
        tok = m.group(1).replace(",", "")
        try:
            out.add(float(tok))
        except ValueError:
            pass
    low = s.lower()
    for w, v in WORDNUM.items():
        if re.search(r"\b%s\b" % w, low):
            out.add(float(v))
    for t, tv in TENS.items():
        if re.search(r"\b%s\b" % t, low):
            out.add(float(tv))
        for w, v in WORDNUM.items():
            if v < 10 and re.search(r"\b%s-%s\b" % (t, w), low):
                out.add(float(tv + v))
    return out


def has_num(nums, v):
    return any(abs(x - float(v)) < 1e-9 for x in nums)


def words(s):
    return [w for w in re.findall(r"[a-z0-9]+", s.lower()) if w not in STOP and not w.isdigit() and len(w) > 1]


def word_in(w, region_low):
    if w in region_low:
        return True
    return len(w) >= 5 and w[:5] in region_low


def main():
    lines = open(GOLD, encoding="utf-8").read().splitlines()
    docs_seen, anchors_seen = set(), set()
    counts = []
    for ln, line in enumerate(lines, 1):
        rec = json.loads(line)
        if list(rec.keys()) != ["doc", "statements"]:
            prob("line %d" % ln, "top-level keys %s" % list(rec.keys()))
        name = rec["doc"]
        if name in docs_seen:
            prob(name, "duplicate document")
        docs_seen.add(name)
        path = os.path.join(ROOT, name)
        if not os.path.exists(path):
            prob(name, "document file missing")
            continue
        view = text_view(path)
        sts = rec["statements"]
        # locate anchors
        starts = []
        for i, st in enumerate(sts):
            a = re.sub(r"\s+", " ", st["anchor"])
            where = "%s#%d" % (name, i)
            if len(a) < 25:
                prob(where, "anchor shorter than 25 characters")
            if view.count(a) != 1:
                prob(where, "anchor found %d times: %r" % (view.count(a), a))
            if (name, a) in anchors_seen:
                prob(where, "duplicate anchor")
            anchors_seen.add((name, a))
            starts.append(view.find(a))
        order = sorted(range(len(sts)), key=lambda k: starts[k])
        regions = {}
        for pos, k in enumerate(order):
            end = starts[order[pos + 1]] if pos + 1 < len(order) else len(view)
            regions[k] = view[max(starts[k], 0):end]
        c = {"statements": len(sts), "populations": 0, "doses": 0, "measurements": 0, "comparisons": 0}
        for i, st in enumerate(sts):
            where = "%s#%d" % (name, i)
            region = regions[i]
            region_low = region.lower()
            nums = numbers_in(region)
            if list(st.keys()) != ST_KEYS:
                prob(where, "statement keys %s" % list(st.keys()))
            if st["kind"] not in ST_KINDS:
                prob(where, "kind %r" % st["kind"])
            if st["route"] not in ROUTES:
                prob(where, "route %r" % st["route"])
            if st["drug"] != st["drug"].lower() or st["drug"].lower() not in view.lower():
                prob(where, "drug %r not lower case or not in document" % st["drug"])
            pops, doses, ms, cs = st["populations"], st["doses"], st["measurements"], st["comparisons"]
            c["populations"] += len(pops)
            c["doses"] += len(doses)
            c["measurements"] += len(ms)
            c["comparisons"] += len(cs)
            for j, p in enumerate(pops):
                w = "%s pop%d" % (where, j)
                if list(p.keys()) != POP_KEYS:
                    prob(w, "keys %s" % list(p.keys()))
                if not isinstance(p["n"], int) or isinstance(p["n"], bool) or p["n"] < 1:
                    prob(w, "n not a positive integer")
                if p["role"] not in ROLES:
                    prob(w, "role %r" % p["role"])
                if p["who"] not in WHO:
                    prob(w, "who %r" % p["who"])
                if p["text"] not in region:
                    prob(w, "text not in statement region: %r" % p["text"])
                if not has_num(numbers_in(p["text"]), p["n"]):
                    prob(w, "n %r not written in its text" % p["n"])
            for j, d in enumerate(doses):
                w = "%s dose%d" % (where, j)
                keys = set(d.keys())
                if not DOSE_REQ <= keys or keys - DOSE_REQ - DOSE_OPT:
                    prob(w, "keys %s" % sorted(keys))
                if d["unit"] not in UNITS:
                    prob(w, "unit %r" % d["unit"])
                if d["recipient"] not in RECIPIENTS:
                    prob(w, "recipient %r" % d["recipient"])
                if d.get("stat") not in DOSE_STATS:
                    prob(w, "stat %r" % d.get("stat"))
                if d["text"] not in region:
                    prob(w, "text not in statement region: %r" % d["text"])
                for key in ("amount", "amount_high"):
                    if key in d and not has_num(numbers_in(d["text"]), d[key]):
                        prob(w, "%s %r not written in its text" % (key, d[key]))
                if "drug" in d and d["drug"].lower() not in region_low:
                    prob(w, "dose drug %r not in region" % d["drug"])
            for j, m in enumerate(ms):
                w = "%s meas%d" % (where, j)
                keys = set(m.keys())
                if not M_REQ <= keys or keys - M_REQ - M_OPT:
                    prob(w, "keys %s" % sorted(keys))
                if m["unit"] not in UNITS:
                    prob(w, "unit %r" % m["unit"])
                if m["kind"] not in KINDS:
                    prob(w, "kind %r" % m["kind"])
                if m["kind"] in MATRIX_KINDS:
                    if m["matrix"] not in MATRICES:
                        prob(w, "matrix %r for kind %s" % (m["matrix"], m["kind"]))
                elif m["matrix"] is not None:
                    prob(w, "matrix must be null for kind %s" % m["kind"])
                if m["kind"] == "milk_plasma_ratio" and m["matrix"] != "milk":
                    prob(w, "milk_plasma_ratio must have matrix milk")
                if m["kind"] == "infant_plasma_ratio" and m["matrix"] != "infant_blood":
                    prob(w, "infant_plasma_ratio must have matrix infant_blood")
                if m.get("qualifier") not in QUALIFIERS:
                    prob(w, "qualifier %r" % m.get("qualifier"))
                if m["analyte"] is not None and (m["analyte"] != m["analyte"].lower()
                                                 or m["analyte"] == st["drug"]):
                    prob(w, "analyte %r" % m["analyte"])
                if m["analyte"] is not None and not all(word_in(x, region_low) for x in words(m["analyte"])):
                    prob(w, "analyte words not in region: %r" % m["analyte"])
                for key in ("value", "value_high"):
                    if key in m and not has_num(nums, m[key]):
                        prob(w, "%s %r not in statement region" % (key, m[key]))
                if m["dose"] is not None and not (isinstance(m["dose"], int) and 0 <= m["dose"] < len(doses)):
                    prob(w, "dose link %r points nowhere" % m["dose"])
                if m["population"] is not None and not (isinstance(m["population"], int)
                                                        and 0 <= m["population"] < len(pops)):
                    prob(w, "population link %r points nowhere" % m["population"])
                if m["dose"] is not None and 0 <= m["dose"] < len(doses) and doses[m["dose"]].get("drug") == "placebo":
                    pass
            # duplicate measurements
            sig = [json.dumps(m, sort_keys=True) for m in ms]
            if len(set(sig)) != len(sig):
                prob(where, "duplicate measurement")
            for j, cm in enumerate(cs):
                w = "%s cmp%d" % (where, j)
                if list(cm.keys()) != C_KEYS:
                    prob(w, "keys %s" % list(cm.keys()))
                if cm["unit"] not in UNITS:
                    prob(w, "unit %r" % cm["unit"])
                if cm["kind"] not in KINDS:
                    prob(w, "kind %r" % cm["kind"])
                if len(cm["values"]) < 2 or len(cm["values"]) != len(cm["arms"]):
                    prob(w, "values/arms length mismatch")
                if len(set(cm["arms"])) != len(cm["arms"]):
                    prob(w, "arms not distinct")
                for v in cm["values"]:
                    if not has_num(nums, v):
                        prob(w, "value %r not in statement region" % v)
                    match = [m for m in ms if m["value"] == v and m["unit"] == cm["unit"]]
                    if not match:
                        prob(w, "value %r has no measurement with unit %s" % (v, cm["unit"]))
                    elif not any(m["kind"] == cm["kind"] for m in match):
                        prob(w, "value %r: measurement kind differs from comparison kind" % v)
                    elif any("value_high" in m for m in match):
                        prob(w, "value %r is a range; ranges are not compared" % v)
                if cm["significant"] not in (True, False, None):
                    prob(w, "significant %r" % cm["significant"])
                if cm["p_qualifier"] not in P_QUALIFIERS:
                    prob(w, "p_qualifier %r" % cm["p_qualifier"])
                if (cm["p_value"] is None) != (cm["p_qualifier"] is None):
                    prob(w, "p_value and p_qualifier must be null together")
                if cm["p_value"] is not None:
                    pv = cm["p_value"]
                    if not has_num(nums, pv):
                        prob(w, "p_value %r not in statement region" % pv)
                    expect = None
                    if cm["p_qualifier"] == "<" and pv <= 0.05:
                        expect = True
                    elif cm["p_qualifier"] == "=":
                        expect = pv < 0.05
                    elif cm["p_qualifier"] == ">" and pv >= 0.05:
                        expect = False
                    if expect is not None and cm["significant"] is not expect:
                        prob(w, "significant %r disagrees with p %s %s" % (cm["significant"], cm["p_qualifier"], pv))
                bad = [x for x in words(cm["outcome"]) if not word_in(x, region_low)]
                if bad:
                    prob(w, "outcome words not in region: %s" % bad)
                for arm in cm["arms"]:
                    bad = [x for x in words(arm) if x not in ARM_SYNONYMS and not word_in(x, region_low)]
                    if bad:
                        prob(w, "arm %r words not in region: %s" % (arm, bad))
            for cit in st["citations"]:
                if not isinstance(cit, int):
                    prob(where, "citation %r not an integer" % cit)
                elif not re.search(r"(\[|\()\s*%d\s*(\]|\))|\b%d\b" % (cit, cit), region):
                    prob(where, "citation %r not in region" % cit)
        counts.append((name, c))
    for f in sorted(os.listdir(ROOT)):
        if re.match(r"w\d\d_.*\.(txt|md|html)$", f) and f not in docs_seen:
            prob(f, "document has no gold line")

    cols = ["statements", "populations", "doses", "measurements", "comparisons"]
    print("%-36s %s" % ("document", " ".join("%12s" % k for k in cols)))
    tot = dict.fromkeys(cols, 0)
    for name, c in counts:
        print("%-36s %s" % (name, " ".join("%12d" % c[k] for k in cols)))
        for k in cols:
            tot[k] += c[k]
    print("%-36s %s" % ("TOTAL", " ".join("%12d" % tot[k] for k in cols)))
    if problems:
        print("\n%d PROBLEM(S):" % len(problems))
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print("\nCLEAN")


if __name__ == "__main__":
    main()
