#!/usr/bin/env python3
"""Validator for held-out corpus V (gold format version 2). Standard library only.

Checks: JSON shape and key names; code lists; UCUM units from FORMAT.md and their
fit with each measurement kind; matrix rules; anchors (25+ characters, exactly once
in the whitespace-folded text, and for HTML also in the tag-stripped text); link
indexes in range; comparisons (one arm per value, each compared value an annotated
measurement of the same statement with the same unit and kind, p-value consistency);
numeric values present in the document text. Prints counts, then CLEAN or the errors.

Usage: python3 check.py [gold.jsonl]
"""
import html
import json
import os
import re
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))

UNITS = {"mg", "g", "ug", "ng", "mL", "L", "mg/L", "ug/L", "ng/mL", "ug/mL", "mg/dL", "mmol/L",
         "meq/L", "mg/kg", "ug/kg", "%", "[IU]", "[IU]/L", "{ratio}", "min", "h", "d", "wk", "mo"}
ROUTES = {None, "oral", "intravenous", "intramuscular", "subcutaneous", "topical", "transdermal",
          "epidural", "intrathecal", "inhaled", "intranasal", "rectal", "vaginal", "ophthalmic"}
ST_KINDS = {"study", "recommendation"}
ROLES = {"exposed", "control", "total"}
WHO = {"mother", "infant", "pair", "other"}
RECIPIENTS = {"mother", "infant"}
M_KINDS = {"concentration", "infant_dose", "relative_infant_dose", "milk_plasma_ratio",
           "infant_plasma_ratio", "half_life", "amount_excreted", "proportion", "change",
           "milk_volume", "other"}
MATRICES = {"milk", "maternal_blood", "infant_blood", "cord_blood", "maternal_urine", "infant_urine"}
MATRIX_KINDS = {"concentration", "half_life", "milk_plasma_ratio", "infant_plasma_ratio"}
QUALIFIERS = {"<", ">", "<=", ">=", "~"}
P_QUALIFIERS = {"<", "=", ">"}
STATS = {"mean", "median", "range", "maximum", "minimum"}

CONC_UNITS = {"mg/L", "ug/L", "ng/mL", "ug/mL", "mg/dL", "mmol/L", "meq/L", "[IU]/L"}
MASS = {"mg", "g", "ug", "ng"}
TIME = {"min", "h", "d", "wk", "mo"}
KIND_UNITS = {
    "concentration": CONC_UNITS,
    "infant_dose": MASS | {"mg/kg", "ug/kg", "[IU]"},
    "relative_infant_dose": {"%"},
    "milk_plasma_ratio": {"{ratio}", "%"},
    "infant_plasma_ratio": {"{ratio}", "%"},
    "half_life": TIME,
    "amount_excreted": MASS | {"%", "[IU]"},
    "proportion": {"%"},
    "change": {"%"},
    "milk_volume": {"mL", "L"},
    "other": UNITS,
}

DOC_KEYS = {"doc", "statements"}
ST_KEYS = ["anchor", "kind", "drug", "route", "populations", "doses", "measurements",
           "comparisons", "citations"]
POP_KEYS = {"n", "text", "role", "who"}
DOSE_REQ = {"amount", "unit", "text", "recipient"}
DOSE_OPT = {"amount_high", "stat", "frequency", "duration", "drug"}
M_REQ = {"value", "unit", "measure", "kind", "matrix", "analyte", "dose", "population"}
M_OPT = {"value_high", "qualifier", "stat", "group", "timepoint"}
C_KEYS = {"measure", "values", "unit", "kind", "outcome", "arms", "significant", "p_value",
          "p_qualifier"}


class _Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def fold(s):
    return re.sub(r"\s+", " ", s).strip()


def doc_texts(path):
    raw = open(path, encoding="utf-8").read()
    texts = [fold(raw)]
    if path.endswith((".html", ".htm")):
        p = _Text()
        p.feed(raw)
        texts.append(fold("".join(p.parts)))
    return texts


def is_num(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def num_forms(v):
    forms = {repr(v), str(v)}
    if isinstance(v, float) and v.is_integer():
        forms.add(str(int(v)))
    if isinstance(v, int) or (isinstance(v, float) and v.is_integer()):
        forms.add("%d.0" % v)
        forms.add("{:,}".format(int(v)))
    for k in (1, 2, 3, 4):
        forms.add(("%." + str(k) + "f") % v)
    return forms


def num_in_text(v, text):
    for f in num_forms(v):
        if re.search(r"(?<![\d.])" + re.escape(f) + r"(?![\d])", text):
            return True
        # leading-zero-less decimals such as ".04"
        if f.startswith("0.") and re.search(r"(?<![\d.])" + re.escape(f[1:]) + r"(?![\d])", text):
            return True
    return False


def main():
    gold = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "gold.jsonl")
    errors = []
    rows = []
    seen_docs = set()

    def err(where, msg):
        errors.append("%s: %s" % (where, msg))

    with open(gold, encoding="utf-8") as f:
        lines = [l for l in f.read().split("\n") if l.strip()]
    for ln, line in enumerate(lines, 1):
        try:
            d = json.loads(line)
        except ValueError as e:
            err("line %d" % ln, "bad JSON: %s" % e)
            continue
        if set(d) != DOC_KEYS:
            err("line %d" % ln, "document keys %s" % sorted(d))
            continue
        name = d["doc"]
        if name in seen_docs:
            err(name, "duplicate document line")
        seen_docs.add(name)
        path = os.path.join(HERE, name)
        if not os.path.exists(path):
            err(name, "document file missing")
            continue
        texts = doc_texts(path)
        main_text = texts[-1]
        counts = {"statements": 0, "populations": 0, "doses": 0, "measurements": 0, "comparisons": 0}
        anchors = []
        for si, s in enumerate(d["statements"]):
            w = "%s#%d" % (name, si)
            counts["statements"] += 1
            if list(s) != ST_KEYS:
                err(w, "statement keys/order %s" % list(s))
                continue
            a = s["anchor"]
            if not isinstance(a, str) or len(fold(a)) < 25:
                err(w, "anchor shorter than 25 characters")
            else:
                if fold(a) != a:
                    err(w, "anchor not whitespace-folded")
                for t in texts:
                    c = t.count(fold(a))
                    if c != 1:
                        err(w, "anchor occurs %d times: %r" % (c, a))
                anchors.append(a)
            if s["kind"] not in ST_KINDS:
                err(w, "statement kind %r" % s["kind"])
            if not isinstance(s["drug"], str) or s["drug"] != s["drug"].lower() or not s["drug"]:
                err(w, "drug must be lower case text")
            if s["route"] not in ROUTES:
                err(w, "route %r" % s["route"])
            cites = s["citations"]
            if not isinstance(cites, list) or not all(isinstance(c, int) and not isinstance(c, bool)
                                                      and c > 0 for c in cites):
                err(w, "citations must be positive integers")
            elif cites != sorted(set(cites)):
                err(w, "citations not sorted/unique")

            pops, doses, ms, cs = s["populations"], s["doses"], s["measurements"], s["comparisons"]
            counts["populations"] += len(pops)
            counts["doses"] += len(doses)
            counts["measurements"] += len(ms)
            counts["comparisons"] += len(cs)
            for i, p in enumerate(pops):
                pw = "%s pop%d" % (w, i)
                if set(p) != POP_KEYS:
                    err(pw, "keys %s" % sorted(p))
                    continue
                if not (isinstance(p["n"], int) and not isinstance(p["n"], bool) and p["n"] > 0):
                    err(pw, "n must be a positive integer")
                if p["role"] not in ROLES:
                    err(pw, "role %r" % p["role"])
                if p["who"] not in WHO:
                    err(pw, "who %r" % p["who"])
                if not isinstance(p["text"], str) or fold(p["text"]) not in main_text:
                    err(pw, "population text not found in document: %r" % p["text"])
                elif not num_in_text(p["n"], p["text"]) and not re.search(
                        r"(?i)\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                        r"fifty|seventy-five|twenty|thirty)\b", p["text"]):
                    err(pw, "count %r not visible in its text" % p["n"])
            for i, x in enumerate(doses):
                dw = "%s dose%d" % (w, i)
                ks = set(x)
                if not DOSE_REQ <= ks or not ks <= DOSE_REQ | DOSE_OPT:
                    err(dw, "keys %s" % sorted(x))
                    continue
                if not is_num(x["amount"]):
                    err(dw, "amount not numeric")
                if "amount_high" in x and not (is_num(x["amount_high"]) and x["amount_high"] > x["amount"]):
                    err(dw, "amount_high must exceed amount")
                if x["unit"] not in UNITS:
                    err(dw, "unit %r not a FORMAT unit" % x["unit"])
                if x["recipient"] not in RECIPIENTS:
                    err(dw, "recipient %r" % x["recipient"])
                if "stat" in x and x["stat"] not in STATS:
                    err(dw, "stat %r" % x["stat"])
                if fold(x["text"]) not in main_text:
                    err(dw, "dose text not found in document: %r" % x["text"])
                for v in [x["amount"]] + ([x["amount_high"]] if "amount_high" in x else []):
                    if not num_in_text(v, main_text):
                        err(dw, "amount %r not found in document text" % v)
            for i, m in enumerate(ms):
                mw = "%s meas%d" % (w, i)
                ks = set(m)
                if not M_REQ <= ks or not ks <= M_REQ | M_OPT:
                    err(mw, "keys %s" % sorted(m))
                    continue
                if not is_num(m["value"]):
                    err(mw, "value not numeric")
                    continue
                if "value_high" in m and not (is_num(m["value_high"]) and m["value_high"] > m["value"]):
                    err(mw, "value_high must exceed value")
                if m["unit"] not in UNITS:
                    err(mw, "unit %r not a FORMAT unit" % m["unit"])
                if m["kind"] not in M_KINDS:
                    err(mw, "kind %r" % m["kind"])
                elif m["unit"] not in KIND_UNITS[m["kind"]]:
                    err(mw, "unit %r does not fit kind %s" % (m["unit"], m["kind"]))
                if m["kind"] in MATRIX_KINDS:
                    if m["matrix"] not in MATRICES:
                        err(mw, "matrix %r for kind %s" % (m["matrix"], m["kind"]))
                    if m["kind"] == "milk_plasma_ratio" and m["matrix"] != "milk":
                        err(mw, "milk_plasma_ratio needs matrix milk")
                    if m["kind"] == "infant_plasma_ratio" and m["matrix"] != "infant_blood":
                        err(mw, "infant_plasma_ratio needs matrix infant_blood")
                elif m["matrix"] is not None:
                    err(mw, "matrix must be null for kind %s" % m["kind"])
                an = m["analyte"]
                if an is not None and (not isinstance(an, str) or an != an.lower() or an == s["drug"]):
                    err(mw, "analyte must be null or a lower-case substance other than the drug")
                if "qualifier" in m and m["qualifier"] not in QUALIFIERS:
                    err(mw, "qualifier %r" % m["qualifier"])
                if "stat" in m and m["stat"] not in STATS:
                    err(mw, "stat %r" % m["stat"])
                if m["dose"] is not None and not (isinstance(m["dose"], int) and 0 <= m["dose"] < len(doses)):
                    err(mw, "dose link %r out of range" % m["dose"])
                if m["population"] is not None and not (isinstance(m["population"], int)
                                                        and 0 <= m["population"] < len(pops)):
                    err(mw, "population link %r out of range" % m["population"])
                for v in [m["value"]] + ([m["value_high"]] if "value_high" in m else []):
                    if not num_in_text(v, main_text):
                        err(mw, "value %r not found in document text" % v)
            for i, c in enumerate(cs):
                cw = "%s cmp%d" % (w, i)
                if set(c) != C_KEYS:
                    err(cw, "keys %s" % sorted(c))
                    continue
                vals, arms = c["values"], c["arms"]
                if not isinstance(vals, list) or len(vals) < 2 or not all(is_num(v) for v in vals):
                    err(cw, "values must be 2+ numbers")
                    continue
                if not isinstance(arms, list) or len(arms) != len(vals) or not all(
                        isinstance(a_, str) and a_.strip() for a_ in arms):
                    err(cw, "one arm label per value required")
                if c["unit"] not in UNITS:
                    err(cw, "unit %r" % c["unit"])
                if c["kind"] not in M_KINDS:
                    err(cw, "kind %r" % c["kind"])
                if not isinstance(c["outcome"], str) or not c["outcome"].strip():
                    err(cw, "outcome missing")
                elif any(num_in_text(v, c["outcome"]) for v in vals):
                    err(cw, "outcome should not carry the compared numbers: %r" % c["outcome"])
                pool = [m for m in ms if isinstance(m, dict) and "value" in m and "value_high" not in m]
                used = []
                for v in vals:
                    hit = [j for j, m in enumerate(pool)
                           if m["value"] == v and m["unit"] == c["unit"] and m["kind"] == c["kind"]
                           and j not in used]
                    if not hit:
                        err(cw, "compared value %r %s (%s) is not a single-valued measurement of "
                                "this statement" % (v, c["unit"], c["kind"]))
                    else:
                        used.append(hit[0])
                sig, pv, pq = c["significant"], c["p_value"], c["p_qualifier"]
                if sig not in (True, False, None):
                    err(cw, "significant must be true/false/null")
                if (pv is None) != (pq is None):
                    err(cw, "p_value and p_qualifier must be both set or both null")
                if pv is not None:
                    if not is_num(pv) or not 0 < pv <= 1:
                        err(cw, "p_value %r out of range" % pv)
                    elif pq not in P_QUALIFIERS:
                        err(cw, "p_qualifier %r" % pq)
                    else:
                        if pq in ("<", "=") and pv <= 0.05 and sig is not True:
                            err(cw, "p %s %s but significant is %r" % (pq, pv, sig))
                        if pq in ("=", ">") and pv > 0.05 and sig is not False:
                            err(cw, "p %s %s but significant is %r" % (pq, pv, sig))
                        if pq == ">" and pv == 0.05 and sig is not False:
                            err(cw, "p > 0.05 but significant is %r" % sig)
                        if not num_in_text(pv, main_text):
                            err(cw, "p-value %r not found in document text" % pv)
        if len(set(anchors)) != len(anchors):
            err(name, "duplicate anchors")
        rows.append((name, counts))

    docs_on_disk = sorted(f for f in os.listdir(HERE) if re.match(r"v\d\d_", f))
    for f in docs_on_disk:
        if f not in seen_docs:
            err(f, "document has no gold line")

    keys = ["statements", "populations", "doses", "measurements", "comparisons"]
    print("%-42s %5s %5s %5s %5s %5s" % ("document", "stmt", "pop", "dose", "meas", "cmp"))
    tot = dict.fromkeys(keys, 0)
    for name, c in rows:
        print("%-42s %5d %5d %5d %5d %5d" % ((name,) + tuple(c[k] for k in keys)))
        for k in keys:
            tot[k] += c[k]
    print("%-42s %5d %5d %5d %5d %5d" % (("TOTAL (%d documents)" % len(rows),) + tuple(tot[k] for k in keys)))
    if errors:
        print("\n%d problem(s):" % len(errors))
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("CLEAN")


if __name__ == "__main__":
    main()
