#!/usr/bin/env python3
"""Validate gold.jsonl of held-out corpus S against FORMAT.md version 2.

Standard library only. Usage: python3 check.py [gold.jsonl]
Prints one line per problem, then CLEAN or the number of problems.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "gold.jsonl")

ROUTES = {"oral", "intravenous", "intramuscular", "subcutaneous", "topical", "transdermal",
          "epidural", "intrathecal", "inhaled", "intranasal", "rectal", "vaginal", "ophthalmic"}
UNITS = {"mg", "g", "ug", "ng", "mL", "L", "mg/L", "ug/L", "ng/mL", "ug/mL", "mg/dL", "mmol/L",
         "meq/L", "mg/kg", "ug/kg", "%", "[IU]", "[IU]/L", "{ratio}", "min", "h", "d", "wk", "mo"}
ROLES = {"exposed", "control", "total"}
WHO = {"mother", "infant", "pair", "other"}
RECIPIENTS = {"mother", "infant"}
DOSE_STATS = {"mean", "median", "range", "maximum"}
KINDS = {"concentration", "infant_dose", "relative_infant_dose", "milk_plasma_ratio",
         "infant_plasma_ratio", "half_life", "amount_excreted", "proportion", "change",
         "milk_volume", "other"}
MATRICES = {"milk", "maternal_blood", "infant_blood", "cord_blood", "maternal_urine", "infant_urine"}
MATRIX_KINDS = {"concentration", "half_life", "milk_plasma_ratio", "infant_plasma_ratio"}
QUALIFIERS = {"<", ">", "<=", ">=", "~"}
P_QUALIFIERS = {"<", "=", ">"}

STATEMENT_KEYS = ["anchor", "kind", "drug", "route", "populations", "doses", "measurements",
                  "comparisons", "citations"]
POP_KEYS = {"n", "text", "role", "who"}
DOSE_REQ = {"amount", "unit", "text", "recipient"}
DOSE_OPT = {"amount_high", "frequency", "duration", "stat", "drug"}
MEAS_REQ = {"value", "unit", "kind", "matrix", "analyte", "dose", "population", "measure"}
MEAS_OPT = {"value_high", "qualifier", "stat", "group", "timepoint"}
COMP_KEYS = {"measure", "values", "unit", "kind", "outcome", "arms", "significant", "p_value",
             "p_qualifier"}

SMALL = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]

problems = []


def bad(where, msg):
    problems.append(f"{where}: {msg}")


def fold(s):
    return re.sub(r"\s+", " ", s).strip()


def is_num(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def numbers_in(text):
    """Every number written in the text, as floats: numerals and number words."""
    found = set()
    for tok in re.findall(r"(?<![\d.])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d*\.\d+|\d+)", text):
        try:
            found.add(round(float(tok.replace(",", "")), 9))
        except ValueError:
            pass
    low = text.lower()
    for i, w in enumerate(SMALL):
        if re.search(r"\b%s\b" % w, low):
            found.add(float(i))
    for t in range(2, 10):
        if re.search(r"\b%s\b" % TENS[t], low):
            found.add(float(t * 10))
        for u in range(1, 10):
            if re.search(r"\b%s[- ]%s\b" % (TENS[t], SMALL[u]), low):
                found.add(float(t * 10 + u))
    return found


def written(x, nums):
    return round(float(x), 9) in nums


def check_keys(where, obj, required, optional=()):
    if not isinstance(obj, dict):
        bad(where, "not an object")
        return False
    keys = set(obj)
    missing = set(required) - keys
    extra = keys - set(required) - set(optional)
    if missing:
        bad(where, f"missing keys {sorted(missing)}")
    if extra:
        bad(where, f"unknown keys {sorted(extra)}")
    return not missing


def check_statement(where, st, text, ftext, nums):
    if not check_keys(where, st, STATEMENT_KEYS):
        return
    if list(st) != STATEMENT_KEYS:
        bad(where, "statement keys not in FORMAT order")
    anchor = st["anchor"]
    if not isinstance(anchor, str) or len(fold(anchor)) < 25:
        bad(where, f"anchor shorter than 25 characters: {anchor!r}")
    else:
        c = ftext.count(fold(anchor))
        if c != 1:
            bad(where, f"anchor occurs {c} times in the folded text: {anchor!r}")
    if st["kind"] not in ("study", "recommendation"):
        bad(where, f"kind {st['kind']!r}")
    if not isinstance(st["drug"], str) or st["drug"] != st["drug"].lower() or not st["drug"]:
        bad(where, f"drug must be a lower-case string: {st['drug']!r}")
    if st["route"] is not None and st["route"] not in ROUTES:
        bad(where, f"route {st['route']!r}")

    pops, doses, meas, comps = st["populations"], st["doses"], st["measurements"], st["comparisons"]
    for name, lst in (("populations", pops), ("doses", doses), ("measurements", meas),
                      ("comparisons", comps), ("citations", st["citations"])):
        if not isinstance(lst, list):
            bad(where, f"{name} is not a list")
            return

    for i, p in enumerate(pops):
        w = f"{where} population[{i}]"
        if not check_keys(w, p, POP_KEYS):
            continue
        if not isinstance(p["n"], int) or isinstance(p["n"], bool) or p["n"] < 1:
            bad(w, f"n must be a positive integer: {p['n']!r}")
        elif not written(p["n"], nums):
            bad(w, f"n={p['n']} not written in the text")
        if p["role"] not in ROLES:
            bad(w, f"role {p['role']!r}")
        if p["who"] not in WHO:
            bad(w, f"who {p['who']!r}")
        if not isinstance(p["text"], str) or not p["text"]:
            bad(w, "empty text")

    for i, d in enumerate(doses):
        w = f"{where} dose[{i}]"
        if not check_keys(w, d, DOSE_REQ, DOSE_OPT):
            continue
        for k in ("amount", "amount_high"):
            if k in d:
                if not is_num(d[k]):
                    bad(w, f"{k} not a number")
                elif not written(d[k], nums):
                    bad(w, f"{k}={d[k]} not written in the text")
        if "amount_high" in d and is_num(d["amount"]) and is_num(d["amount_high"]) and d["amount_high"] <= d["amount"]:
            bad(w, "amount_high not above amount")
        if d["unit"] not in UNITS:
            bad(w, f"unit {d['unit']!r} not in FORMAT's list")
        if d["recipient"] not in RECIPIENTS:
            bad(w, f"recipient {d['recipient']!r}")
        if "stat" in d and d["stat"] not in DOSE_STATS:
            bad(w, f"stat {d['stat']!r}")
        if "drug" in d and (not isinstance(d["drug"], str) or d["drug"] != d["drug"].lower()):
            bad(w, "dose drug must be lower case")

    for i, m in enumerate(meas):
        w = f"{where} measurement[{i}]"
        if not check_keys(w, m, MEAS_REQ, MEAS_OPT):
            continue
        for k in ("value", "value_high"):
            if k in m:
                if not is_num(m[k]):
                    bad(w, f"{k} not a number")
                elif not written(m[k], nums):
                    bad(w, f"{k}={m[k]} not written in the text")
        if "value_high" in m and is_num(m["value"]) and is_num(m["value_high"]) and m["value_high"] <= m["value"]:
            bad(w, "value_high not above value")
        if m["unit"] not in UNITS:
            bad(w, f"unit {m['unit']!r} not in FORMAT's list")
        if m["kind"] not in KINDS:
            bad(w, f"kind {m['kind']!r}")
        if m["matrix"] is not None and m["matrix"] not in MATRICES:
            bad(w, f"matrix {m['matrix']!r}")
        if m["kind"] in MATRIX_KINDS and m["matrix"] is None:
            bad(w, f"kind {m['kind']} needs a matrix")
        if m["kind"] not in MATRIX_KINDS and m["matrix"] is not None:
            bad(w, f"matrix must be null for kind {m['kind']}")
        if m["kind"] == "milk_plasma_ratio" and m["matrix"] != "milk":
            bad(w, "milk_plasma_ratio needs matrix milk")
        if m["kind"] == "infant_plasma_ratio" and m["matrix"] != "infant_blood":
            bad(w, "infant_plasma_ratio needs matrix infant_blood")
        if m["kind"] in ("relative_infant_dose", "proportion", "change", "infant_plasma_ratio") and m["unit"] != "%":
            if not (m["kind"] == "infant_plasma_ratio" and m["unit"] == "{ratio}"):
                bad(w, f"kind {m['kind']} with unit {m['unit']}")
        if m["kind"] == "half_life" and m["unit"] not in ("min", "h", "d", "wk"):
            bad(w, "half_life needs a time unit")
        if m["kind"] == "milk_plasma_ratio" and m["unit"] not in ("{ratio}", "%"):
            bad(w, "milk_plasma_ratio needs {ratio} or %")
        if m["analyte"] is not None:
            if not isinstance(m["analyte"], str) or m["analyte"] != m["analyte"].lower():
                bad(w, "analyte must be lower case")
            elif m["analyte"] == st["drug"]:
                bad(w, "analyte equals the statement's drug (should be null)")
        if "qualifier" in m and m["qualifier"] not in QUALIFIERS:
            bad(w, f"qualifier {m['qualifier']!r}")
        for k, lst in (("dose", doses), ("population", pops)):
            v = m[k]
            if v is not None and (not isinstance(v, int) or isinstance(v, bool) or not 0 <= v < len(lst)):
                bad(w, f"{k} index {v!r} out of range (0..{len(lst) - 1})")
        if not isinstance(m["measure"], str) or not m["measure"]:
            bad(w, "empty measure")

    for i, c in enumerate(comps):
        w = f"{where} comparison[{i}]"
        if not check_keys(w, c, COMP_KEYS):
            continue
        vals, arms = c["values"], c["arms"]
        if not isinstance(vals, list) or len(vals) < 2 or not all(is_num(v) for v in vals):
            bad(w, "values must be a list of 2+ numbers")
            continue
        if not isinstance(arms, list) or len(arms) != len(vals) or not all(isinstance(a, str) and a.strip() for a in arms):
            bad(w, f"arms must give one non-empty label per value ({len(vals)} values, arms {arms!r})")
        if c["unit"] not in UNITS:
            bad(w, f"unit {c['unit']!r} not in FORMAT's list")
        if c["kind"] not in KINDS:
            bad(w, f"kind {c['kind']!r}")
        for k in ("outcome", "measure"):
            if not isinstance(c[k], str) or not c[k].strip():
                bad(w, f"empty {k}")
        # every compared value is an annotated (non-range) measurement of this statement
        pool = [m for m in meas if isinstance(m, dict) and "value_high" not in m
                and m.get("unit") == c["unit"] and m.get("kind") == c["kind"]]
        used = []
        for v in vals:
            hit = [j for j, m in enumerate(pool) if m.get("value") == v and j not in used]
            if not hit:
                bad(w, f"value {v} {c['unit']} ({c['kind']}) is not an annotated measurement of the statement")
            else:
                used.append(hit[0])
            if not written(v, nums):
                bad(w, f"value {v} not written in the text")
        sig, p, pq = c["significant"], c["p_value"], c["p_qualifier"]
        if sig not in (True, False, None):
            bad(w, f"significant {sig!r}")
        if (p is None) != (pq is None):
            bad(w, "p_value and p_qualifier must be given together")
        if p is not None:
            if not is_num(p) or not 0 < p <= 1:
                bad(w, f"p_value {p!r} not in (0, 1]")
            elif not written(p, nums):
                bad(w, f"p_value {p} not written in the text")
            if pq not in P_QUALIFIERS:
                bad(w, f"p_qualifier {pq!r}")
            elif is_num(p):
                implied = None
                if pq == "<" and p <= 0.05:
                    implied = True
                elif pq == "=":
                    implied = p < 0.05
                elif pq == ">" and p >= 0.05:
                    implied = False
                if implied is not None and sig is not implied:
                    bad(w, f"significant={sig!r} contradicts p {pq} {p}")

    cites = st["citations"]
    for x in cites:
        if not isinstance(x, int) or isinstance(x, bool) or x < 1:
            bad(where, f"citation {x!r} not a positive integer")
        elif not written(x, nums):
            bad(where, f"citation {x} not written in the text")
    if len(set(cites)) != len(cites):
        bad(where, "duplicate citations")


def main():
    if not os.path.exists(GOLD):
        print(f"no such file: {GOLD}")
        return 1
    seen = set()
    counts = dict(documents=0, statements=0, populations=0, doses=0, measurements=0, comparisons=0)
    with open(GOLD, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if not line.strip():
                bad(f"line {ln}", "blank line")
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                bad(f"line {ln}", f"invalid JSON: {e}")
                continue
            if not check_keys(f"line {ln}", rec, {"doc", "statements"}):
                continue
            doc = rec["doc"]
            where = f"{doc}"
            if doc in seen:
                bad(where, "document listed twice")
            seen.add(doc)
            path = os.path.join(os.path.dirname(os.path.abspath(GOLD)), doc)
            if os.path.basename(doc) != doc or not os.path.isfile(path):
                bad(where, "doc is not a file next to gold.jsonl")
                continue
            with open(path, encoding="utf-8") as tf:
                text = tf.read()
            ftext = fold(text)
            nums = numbers_in(text)
            counts["documents"] += 1
            if not isinstance(rec["statements"], list):
                bad(where, "statements is not a list")
                continue
            anchors = []
            for si, st in enumerate(rec["statements"]):
                counts["statements"] += 1
                check_statement(f"{where} statement[{si}]", st, text, ftext, nums)
                if isinstance(st, dict):
                    anchors.append(st.get("anchor"))
                    for k in ("populations", "doses", "measurements", "comparisons"):
                        if isinstance(st.get(k), list):
                            counts[k] += len(st[k])
            if len(set(anchors)) != len(anchors):
                bad(where, "two statements share an anchor")
    # every text in the folder is annotated
    folder = os.path.dirname(os.path.abspath(GOLD))
    texts = {n for n in os.listdir(folder) if os.path.isfile(os.path.join(folder, n))
             and n.endswith((".txt", ".html", ".md")) and n != "README.md"}
    for n in sorted(texts - seen):
        bad(n, "text file has no gold line")
    print("counts: " + ", ".join(f"{k}={v}" for k, v in counts.items()))
    for p in problems:
        print("PROBLEM", p)
    if problems:
        print(f"{len(problems)} problem(s)")
        return 1
    print("CLEAN")
    return 0


if __name__ == "__main__":
    sys.exit(main())
