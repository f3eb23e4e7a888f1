#!/usr/bin/env python3
"""Validate gold.jsonl of held-out corpus T against FORMAT.md version 2.
Standard library only. Prints CLEAN when no problem is found."""
import html, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "gold.jsonl")

UNITS = {"mg", "g", "ug", "ng", "mL", "L", "mg/L", "ug/L", "ng/mL", "ug/mL", "mg/dL", "mmol/L",
         "meq/L", "mg/kg", "ug/kg", "%", "[IU]", "[IU]/L", "{ratio}", "min", "h", "d", "wk", "mo"}
ROUTES = {None, "oral", "intravenous", "intramuscular", "subcutaneous", "topical", "transdermal",
          "epidural", "intrathecal", "inhaled", "intranasal", "rectal", "vaginal", "ophthalmic"}
ST_KINDS = {"study", "recommendation"}
ROLES = {"exposed", "control", "total"}
WHO = {"mother", "infant", "pair", "other"}
RECIPIENTS = {"mother", "infant"}
DOSE_STATS = {"mean", "median", "range", "maximum"}
M_STATS = {"mean", "median", "range", "maximum"}
M_KINDS = {"concentration", "infant_dose", "relative_infant_dose", "milk_plasma_ratio",
           "infant_plasma_ratio", "half_life", "amount_excreted", "proportion", "change",
           "milk_volume", "other"}
MATRICES = {"milk", "maternal_blood", "infant_blood", "cord_blood", "maternal_urine", "infant_urine"}
MATRIX_KINDS = {"concentration", "half_life", "milk_plasma_ratio", "infant_plasma_ratio"}
QUALIFIERS = {None, "<", ">", "<=", ">=", "~"}
P_QUALIFIERS = {None, "<", "=", ">"}

ST_KEYS = {"anchor", "kind", "drug", "route", "populations", "doses", "measurements",
           "comparisons", "citations"}
POP_KEYS = {"n", "text", "role", "who"}
DOSE_REQ = {"amount", "unit", "text", "recipient"}
DOSE_OPT = {"amount_high", "frequency", "duration", "stat", "drug"}
M_REQ = {"value", "unit", "kind", "matrix", "analyte", "dose", "population"}
M_OPT = {"value_high", "qualifier", "stat", "group", "measure", "timepoint"}
C_KEYS = {"measure", "values", "unit", "kind", "outcome", "arms", "significant", "p_value", "p_qualifier"}

WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
         "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
         "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
         "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90, "half": 50}
NUM_RE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d*\.\d+|\d+")

problems = []


def err(where, msg):
    problems.append("%s: %s" % (where, msg))


def fold(t):
    return re.sub(r"\s+", " ", t).strip()


def plain(name, raw):
    if name.endswith(".html"):
        t = re.sub(r"<[^>]+>", " ", raw)
        return html.unescape(t)
    return raw


def numbers_in(text):
    nums = set()
    for m in NUM_RE.finditer(text):
        nums.add(float(m.group().replace(",", "")))
    low = text.lower()
    for w, v in WORDS.items():
        if re.search(r"\b%s\b" % w, low):
            nums.add(float(v))
    for a, b in re.findall(r"\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(one|two|three|four|five|six|seven|eight|nine)\b", low):
        nums.add(float(WORDS[a] + WORDS[b]))
    return nums


def is_num(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def check_keys(where, obj, req, opt=frozenset()):
    if not isinstance(obj, dict):
        err(where, "not an object")
        return False
    missing = req - set(obj)
    extra = set(obj) - req - set(opt)
    if missing:
        err(where, "missing keys %s" % sorted(missing))
    if extra:
        err(where, "unknown keys %s" % sorted(extra))
    return not missing


def main():
    seen_docs = set()
    with open(GOLD, encoding="utf-8") as f:
        lines = [l for l in f.read().split("\n") if l.strip()]
    for ln, line in enumerate(lines, 1):
        try:
            d = json.loads(line)
        except ValueError as e:
            err("line %d" % ln, "invalid JSON: %s" % e)
            continue
        if not check_keys("line %d" % ln, d, {"doc", "statements"}):
            continue
        name = d["doc"]
        if name in seen_docs:
            err(name, "document listed twice")
        seen_docs.add(name)
        path = os.path.join(HERE, name)
        if os.path.basename(name) != name or not os.path.isfile(path):
            err(name, "no such file next to gold.jsonl")
            continue
        raw = open(path, encoding="utf-8").read()
        ftext = fold(raw)
        ptext = fold(plain(name, raw))
        low = ptext.lower()
        if not isinstance(d["statements"], list):
            err(name, "statements is not a list")
            continue
        last_pos = -1
        # span of each statement: from its anchor to the next statement's anchor
        starts = []
        for s in d["statements"]:
            a = s.get("anchor") if isinstance(s, dict) else None
            starts.append(ptext.find(fold(a)) if isinstance(a, str) and a.strip() else -1)
        spans = []
        for i, st in enumerate(starts):
            nxt = [x for x in starts[i + 1:] if x > st]
            spans.append(numbers_in(ptext[st:min(nxt) if nxt else len(ptext)]) if st >= 0 else set())
        for si, s in enumerate(d["statements"]):
            span_nums = spans[si]
            w = "%s st%d" % (name, si)
            if not check_keys(w, s, ST_KEYS):
                continue
            a = s["anchor"]
            if not isinstance(a, str) or len(fold(a)) < 25:
                err(w, "anchor shorter than 25 characters")
            else:
                fa = fold(a)
                c1, c2 = ftext.count(fa), ptext.count(fa)
                if c1 != 1:
                    err(w, "anchor occurs %d times in folded text: %r" % (c1, a))
                if c2 != 1:
                    err(w, "anchor occurs %d times in folded plain text: %r" % (c2, a))
                pos = ptext.find(fa)
                if pos < last_pos:
                    err(w, "statements not in text order")
                last_pos = max(last_pos, pos)
            if s["kind"] not in ST_KINDS:
                err(w, "bad kind %r" % s["kind"])
            drug = s["drug"]
            if not isinstance(drug, str) or drug != drug.lower() or not drug:
                err(w, "drug must be a non-empty lower-case string")
            elif drug not in low:
                err(w, "drug %r not written in the text" % drug)
            if s["route"] not in ROUTES:
                err(w, "bad route %r" % s["route"])
            if not isinstance(s["citations"], list) or not all(
                    isinstance(c, int) and not isinstance(c, bool) and c > 0 for c in s["citations"]):
                err(w, "citations must be a list of positive integers")
            elif len(set(s["citations"])) != len(s["citations"]):
                err(w, "duplicate citation")
            pops, doses, meas = s["populations"], s["doses"], s["measurements"]
            for pi, p in enumerate(pops):
                pw = "%s pop%d" % (w, pi)
                if not check_keys(pw, p, POP_KEYS):
                    continue
                if not isinstance(p["n"], int) or isinstance(p["n"], bool) or p["n"] < 1:
                    err(pw, "n must be a positive integer")
                elif float(p["n"]) not in span_nums:
                    err(pw, "n=%s not written in the statement's text" % p["n"])
                if p["role"] not in ROLES:
                    err(pw, "bad role %r" % p["role"])
                if p["who"] not in WHO:
                    err(pw, "bad who %r" % p["who"])
                if not isinstance(p["text"], str) or not p["text"]:
                    err(pw, "empty text")
            for di, x in enumerate(doses):
                dw = "%s dose%d" % (w, di)
                if not check_keys(dw, x, DOSE_REQ, DOSE_OPT):
                    continue
                for k in ("amount", "amount_high"):
                    if k in x:
                        if not is_num(x[k]):
                            err(dw, "%s not a number" % k)
                        elif float(x[k]) not in span_nums:
                            err(dw, "%s=%s not written in the statement's text" % (k, x[k]))
                if "amount_high" in x and is_num(x["amount_high"]) and is_num(x["amount"]) \
                        and x["amount_high"] <= x["amount"]:
                    err(dw, "amount_high not above amount")
                if x["unit"] not in UNITS:
                    err(dw, "unit %r not in FORMAT's list" % x["unit"])
                if x["recipient"] not in RECIPIENTS:
                    err(dw, "bad recipient %r" % x["recipient"])
                if "stat" in x and x["stat"] not in DOSE_STATS:
                    err(dw, "bad stat %r" % x["stat"])
                if x.get("stat") == "range" and "amount_high" not in x:
                    err(dw, "stat range without amount_high")
            for mi, m in enumerate(meas):
                mw = "%s meas%d" % (w, mi)
                if not check_keys(mw, m, M_REQ, M_OPT):
                    continue
                for k in ("value", "value_high"):
                    if k in m:
                        if not is_num(m[k]):
                            err(mw, "%s not a number" % k)
                        elif float(m[k]) not in span_nums:
                            err(mw, "%s=%s not written in the statement's text" % (k, m[k]))
                if "value_high" in m and is_num(m["value_high"]) and is_num(m["value"]) \
                        and m["value_high"] <= m["value"]:
                    err(mw, "value_high not above value")
                if m["unit"] not in UNITS:
                    err(mw, "unit %r not in FORMAT's list" % m["unit"])
                if m.get("qualifier") not in QUALIFIERS or ("qualifier" in m and m["qualifier"] is None):
                    err(mw, "bad qualifier %r" % m.get("qualifier"))
                if "stat" in m and m["stat"] not in M_STATS:
                    err(mw, "bad stat %r" % m["stat"])
                if m.get("stat") == "range" and "value_high" not in m:
                    err(mw, "stat range without value_high")
                k = m["kind"]
                if k not in M_KINDS:
                    err(mw, "bad kind %r" % k)
                mx = m["matrix"]
                if k in MATRIX_KINDS:
                    if mx not in MATRICES:
                        err(mw, "kind %s needs a matrix, got %r" % (k, mx))
                elif mx is not None:
                    err(mw, "matrix must be null for kind %s" % k)
                if k == "milk_plasma_ratio" and mx != "milk":
                    err(mw, "milk_plasma_ratio needs matrix milk")
                if k == "infant_plasma_ratio" and mx != "infant_blood":
                    err(mw, "infant_plasma_ratio needs matrix infant_blood")
                if m["unit"] == "{ratio}" and k not in ("milk_plasma_ratio", "infant_plasma_ratio", "other"):
                    err(mw, "{ratio} unit with kind %s" % k)
                an = m["analyte"]
                if an is not None and (not isinstance(an, str) or an != an.lower() or not an):
                    err(mw, "analyte must be null or a lower-case string")
                if an is not None and an == drug:
                    err(mw, "analyte equals the statement drug (should be null)")
                for key, seq in (("dose", doses), ("population", pops)):
                    v = m[key]
                    if v is not None and (not isinstance(v, int) or isinstance(v, bool)
                                          or not 0 <= v < len(seq)):
                        err(mw, "%s link %r out of range (%d items)" % (key, v, len(seq)))
            for ci, c in enumerate(s["comparisons"]):
                cw = "%s comp%d" % (w, ci)
                if not check_keys(cw, c, C_KEYS):
                    continue
                vals, arms = c["values"], c["arms"]
                if not isinstance(vals, list) or len(vals) < 2 or not all(is_num(v) for v in vals):
                    err(cw, "values must be a list of 2+ numbers")
                    continue
                if not isinstance(arms, list) or len(arms) != len(vals) or not all(
                        isinstance(x, str) and x.strip() for x in arms):
                    err(cw, "need exactly one non-empty arm label per value")
                if c["unit"] not in UNITS:
                    err(cw, "unit %r not in FORMAT's list" % c["unit"])
                if c["kind"] not in M_KINDS:
                    err(cw, "bad kind %r" % c["kind"])
                if not isinstance(c["outcome"], str) or not c["outcome"].strip():
                    err(cw, "empty outcome")
                elif NUM_RE.search(c["outcome"]) and not re.search(r"\b\d+ (hours|months|weeks)\b|day \d+", c["outcome"]):
                    err(cw, "outcome should not carry the compared numbers")
                used = set()
                for v in vals:
                    hit = None
                    for mi, m in enumerate(meas):
                        if mi in used or not isinstance(m, dict):
                            continue
                        if m.get("value") == v and m.get("unit") == c["unit"] and "value_high" not in m \
                                and m.get("kind") == c["kind"]:
                            hit = mi
                            break
                    if hit is None:
                        err(cw, "compared value %s %s is not an annotated single-valued measurement "
                                "of the same kind in this statement" % (v, c["unit"]))
                    else:
                        used.add(hit)
                sig, pv, pq = c["significant"], c["p_value"], c["p_qualifier"]
                if sig not in (True, False, None):
                    err(cw, "significant must be true, false or null")
                if pq not in P_QUALIFIERS:
                    err(cw, "bad p_qualifier %r" % pq)
                if (pv is None) != (pq is None):
                    err(cw, "p_value and p_qualifier must be given together")
                if pv is not None:
                    if not is_num(pv) or not 0 < pv <= 1:
                        err(cw, "p_value must be a number in (0, 1]")
                    else:
                        if float(pv) not in span_nums:
                            err(cw, "p_value %s not written in the statement's text" % pv)
                        if sig is None:
                            err(cw, "p_value given but significant is null")
                        elif pq in ("<", "=") and pv <= 0.05 and sig is not True:
                            err(cw, "p %s %s but significant is not true" % (pq, pv))
                        elif pq in ("=", ">") and pv > 0.05 and sig is not False:
                            err(cw, "p %s %s but significant is not false" % (pq, pv))
    # every corpus document has a gold line
    for fn in sorted(os.listdir(HERE)):
        if re.match(r"t\d\d_.*\.(txt|md|html)$", fn) and fn not in seen_docs:
            err(fn, "document has no gold line")
    if problems:
        for p in problems:
            print(p)
        print("%d problem(s)" % len(problems))
        return 1
    print("CLEAN")
    return 0


if __name__ == "__main__":
    sys.exit(main())
