#!/usr/bin/env python3
"""Validate gold.jsonl of the AF corpus against FORMAT.md v2 and dev.jsonl conventions.

Usage: python3 check.py  ->  prints problems, then CLEAN or N PROBLEM(S).
"""
import html
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.abspath(__file__))
DEV = ["/work/shared/gold/dev.jsonl", "/work/shared/gold/seeds.jsonl"]
TEXTS = os.path.join(ROOT, "texts")
GOLD = os.path.join(ROOT, "gold.jsonl")
EXCL = os.path.join(ROOT, "EXCLUDED_DRUGS.txt")

UNITS = {"mg", "g", "ug", "ng", "mL", "L", "mg/L", "ug/L", "ng/mL", "ug/mL", "mg/dL", "mmol/L",
         "meq/L", "mg/kg", "ug/kg", "%", "[IU]", "[IU]/L", "{ratio}", "min", "h", "d", "wk", "mo"}
ROUTES = {None, "oral", "intravenous", "intramuscular", "subcutaneous", "topical", "transdermal",
          "epidural", "intrathecal", "inhaled", "intranasal", "rectal", "vaginal", "ophthalmic"}
ST_KINDS = {"study", "recommendation"}
ROLES = {"exposed", "control", "total"}
WHO = {"mother", "infant", "pair", "other"}
RECIP = {"mother", "infant"}
M_KINDS = {"concentration", "infant_dose", "relative_infant_dose", "milk_plasma_ratio",
           "infant_plasma_ratio", "half_life", "amount_excreted", "proportion", "change",
           "milk_volume", "other"}
MATRIX_KINDS = {"concentration", "half_life", "milk_plasma_ratio", "infant_plasma_ratio"}
MATRICES = {"milk", "maternal_blood", "infant_blood", "cord_blood", "maternal_urine", "infant_urine"}
QUALS = {"<", ">", "<=", ">=", "~"}
STATS = {"mean", "median", "range", "maximum"}
PQ = {"<", "=", ">"}

UNITS_W = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
           "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
           "nineteen": 19}
TENS_W = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
          "eighty": 80, "ninety": 90}

problems = []


def bad(doc, msg):
    problems.append("%s: %s" % (doc, msg))


def fold(s):
    return re.sub(r"\s+", " ", s).strip()


def plain_text(path):
    raw = open(path, encoding="utf-8").read()
    if path.endswith((".html", ".htm")):
        raw = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
        raw = re.sub(r"(?s)<!--.*?-->", " ", raw)
        raw = re.sub(r"(?s)<[^>]+>", " ", raw)
        raw = html.unescape(raw)
    return fold(raw)


def numbers_in(s):
    """All numbers written in s: numerals (1,500 / 0.21 / .49) and number words (Thirty-one)."""
    out = set()
    for tok in re.findall(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d*\.\d+|\d+", s):
        out.add(round(float(tok.replace(",", "")), 6))
    low = s.lower()
    for m in re.finditer(r"\b(%s)(?:[- ](%s))?\b" % ("|".join(TENS_W), "|".join(UNITS_W)), low):
        out.add(float(TENS_W[m.group(1)] + (UNITS_W[m.group(2)] if m.group(2) else 0)))
    for w, v in UNITS_W.items():
        if re.search(r"\b%s\b" % w, low):
            out.add(float(v))
    return out


def key_sets():
    ks = {"doc": set(), "statement": set(), "population": set(), "dose": set(),
          "measurement": set(), "comparison": set()}
    req = {k: None for k in ks}

    def add(level, obj):
        ks[level] |= set(obj)
        req[level] = set(obj) if req[level] is None else req[level] & set(obj)

    for p in DEV:
        for line in open(p, encoding="utf-8"):
            d = json.loads(line)
            add("doc", d)
            for s in d["statements"]:
                add("statement", s)
                for x in s["populations"]:
                    add("population", x)
                for x in s["doses"]:
                    add("dose", x)
                for x in s["measurements"]:
                    add("measurement", x)
                for x in s["comparisons"]:
                    add("comparison", x)
    return ks, req


def check_keys(doc, level, obj, ks, req):
    extra = set(obj) - ks[level]
    missing = req[level] - set(obj)
    if extra:
        bad(doc, "%s has keys not used in dev: %s" % (level, sorted(extra)))
    if missing:
        bad(doc, "%s lacks keys always present in dev: %s" % (level, sorted(missing)))


def num_ok(v, nums):
    return v is None or round(float(v), 6) in nums


def main():
    ks, req = key_sets()
    excluded = [w.strip().lower() for w in
                open(EXCL, encoding="utf-8").read().split(":", 1)[1].replace("\n", ",").split(",")
                if w.strip()]
    gold = [json.loads(l) for l in open(GOLD, encoding="utf-8") if l.strip()]
    files = sorted(f for f in os.listdir(TEXTS) if not f.startswith("."))
    gdocs = [d["doc"] for d in gold]
    if sorted(gdocs) != files:
        bad("corpus", "gold docs %s != texts %s" % (gdocs, files))
    if len(set(gdocs)) != len(gdocs):
        bad("corpus", "duplicate doc lines")

    for d in gold:
        doc = d["doc"]
        check_keys(doc, "doc", d, ks, req)
        path = os.path.join(TEXTS, doc)
        if not os.path.exists(path):
            bad(doc, "text file missing")
            continue
        text = plain_text(path)
        for w in excluded:
            if re.search(r"\b%s\b" % re.escape(w), text.lower()):
                bad(doc, "excluded word in text: %s" % w)
        # anchors
        starts = []
        for i, s in enumerate(d["statements"]):
            a = fold(s["anchor"])
            if len(a) < 25:
                bad(doc, "anchor %d shorter than 25 chars" % i)
            c = text.count(a)
            if c != 1:
                bad(doc, "anchor %d found %d times: %r" % (i, c, a))
                starts.append(None)
            else:
                starts.append(text.index(a))
        order = sorted(p for p in starts if p is not None)
        for i, s in enumerate(d["statements"]):
            where = "%s st%d" % (doc, i)
            check_keys(where, "statement", s, ks, req)
            if starts[i] is None:
                continue
            nxt = [p for p in order if p > starts[i]]
            stretch = text[starts[i]: nxt[0] if nxt else len(text)]
            nums = numbers_in(stretch)
            if s["kind"] not in ST_KINDS:
                bad(where, "bad statement kind %r" % s["kind"])
            if s["route"] not in ROUTES:
                bad(where, "bad route %r" % s["route"])
            if not s["drug"] or s["drug"] != s["drug"].lower():
                bad(where, "drug must be lower case: %r" % s["drug"])
            for c in s["citations"]:
                if not isinstance(c, int):
                    bad(where, "citation not int")
                elif not re.search(r"[\[(,]\s*%d\s*[\]),]|\[\d+-\d+\]" % c, stretch):
                    bad(where, "citation %d not seen as a marker in stretch" % c)
            if s["citations"] != sorted(set(s["citations"])):
                bad(where, "citations not sorted/unique")
            pops, doses, meas, comps = s["populations"], s["doses"], s["measurements"], s["comparisons"]
            for j, p in enumerate(pops):
                w2 = "%s pop%d" % (where, j)
                check_keys(w2, "population", p, ks, req)
                if not isinstance(p["n"], int) or p["n"] < 1:
                    bad(w2, "n must be a positive int")
                if p["role"] not in ROLES:
                    bad(w2, "bad role %r" % p["role"])
                if p["who"] not in WHO:
                    bad(w2, "bad who %r" % p["who"])
                if fold(p["text"]) not in stretch:
                    bad(w2, "population text not in stretch: %r" % p["text"])
                if not num_ok(p["n"], numbers_in(p["text"])):
                    bad(w2, "n %s not written in its text" % p["n"])
            for j, x in enumerate(doses):
                w2 = "%s dose%d" % (where, j)
                check_keys(w2, "dose", x, ks, req)
                if x["unit"] not in UNITS:
                    bad(w2, "bad unit %r" % x["unit"])
                if x["recipient"] not in RECIP:
                    bad(w2, "bad recipient %r" % x["recipient"])
                if x.get("stat") is not None and x["stat"] not in STATS:
                    bad(w2, "bad stat %r" % x["stat"])
                if fold(x["text"]) not in stretch:
                    bad(w2, "dose text not in stretch: %r" % x["text"])
                if not num_ok(x["amount"], nums) or not num_ok(x.get("amount_high"), nums):
                    bad(w2, "dose amount not in stretch")
                if "amount_high" in x and x["amount_high"] <= x["amount"]:
                    bad(w2, "amount_high <= amount")
            for j, m in enumerate(meas):
                w2 = "%s meas%d" % (where, j)
                check_keys(w2, "measurement", m, ks, req)
                if m["unit"] not in UNITS:
                    bad(w2, "bad unit %r" % m["unit"])
                if m["kind"] not in M_KINDS:
                    bad(w2, "bad kind %r" % m["kind"])
                if m["kind"] in MATRIX_KINDS:
                    if m["matrix"] not in MATRICES:
                        bad(w2, "kind %s needs a matrix" % m["kind"])
                elif m["matrix"] is not None:
                    bad(w2, "matrix must be null for kind %s" % m["kind"])
                if m["kind"] == "milk_plasma_ratio" and m["matrix"] != "milk":
                    bad(w2, "milk_plasma_ratio matrix must be milk")
                if m["kind"] == "infant_plasma_ratio" and m["matrix"] != "infant_blood":
                    bad(w2, "infant_plasma_ratio matrix must be infant_blood")
                if m["kind"] in ("relative_infant_dose", "proportion", "change") and m["unit"] != "%":
                    bad(w2, "kind %s expects %%" % m["kind"])
                if m["unit"] == "{ratio}" and m["kind"] not in ("milk_plasma_ratio", "infant_plasma_ratio", "other"):
                    bad(w2, "{ratio} with kind %s" % m["kind"])
                if m["kind"] == "half_life" and m["unit"] not in ("min", "h", "d", "wk"):
                    bad(w2, "half_life needs a time unit")
                if m.get("qualifier") is not None and m["qualifier"] not in QUALS:
                    bad(w2, "bad qualifier %r" % m["qualifier"])
                if m.get("stat") is not None and m["stat"] not in STATS:
                    bad(w2, "bad stat %r" % m["stat"])
                if m["analyte"] is not None and (m["analyte"] != m["analyte"].lower()
                                                 or m["analyte"] == s["drug"]):
                    bad(w2, "analyte must be lower case and differ from the drug")
                if not num_ok(m["value"], nums) or not num_ok(m.get("value_high"), nums):
                    bad(w2, "value %s/%s not in stretch" % (m["value"], m.get("value_high")))
                if "value_high" in m and m["value_high"] <= m["value"]:
                    bad(w2, "value_high <= value")
                if m["dose"] is not None and not (isinstance(m["dose"], int) and 0 <= m["dose"] < len(doses)):
                    bad(w2, "dose link %r out of range" % m["dose"])
                if m["population"] is not None and not (
                        isinstance(m["population"], int) and 0 <= m["population"] < len(pops)):
                    bad(w2, "population link %r out of range" % m["population"])
            for j, c in enumerate(comps):
                w2 = "%s comp%d" % (where, j)
                check_keys(w2, "comparison", c, ks, req)
                vals = c["values"]
                if len(vals) < 2:
                    bad(w2, "comparison needs 2+ values")
                if len(c["arms"]) != len(vals):
                    bad(w2, "arms (%d) != values (%d)" % (len(c["arms"]), len(vals)))
                if any(not a or not isinstance(a, str) for a in c["arms"]):
                    bad(w2, "empty arm label")
                if c["unit"] not in UNITS:
                    bad(w2, "bad unit %r" % c["unit"])
                if c["kind"] not in M_KINDS:
                    bad(w2, "bad kind %r" % c["kind"])
                if c["significant"] not in (True, False, None):
                    bad(w2, "significant must be true/false/null")
                if (c["p_value"] is None) != (c["p_qualifier"] is None):
                    bad(w2, "p_value and p_qualifier must be both set or both null")
                if c["p_qualifier"] is not None and c["p_qualifier"] not in PQ:
                    bad(w2, "bad p_qualifier")
                if c["p_value"] is not None:
                    if not num_ok(c["p_value"], nums):
                        bad(w2, "p-value %s not in stretch" % c["p_value"])
                    if c["significant"] is None:
                        bad(w2, "p-value written but significant is null")
                    elif c["p_qualifier"] in ("=", ">") and (c["p_value"] < 0.05) != c["significant"]:
                        bad(w2, "significant disagrees with p = %s" % c["p_value"])
                    elif c["p_qualifier"] == "<" and c["p_value"] <= 0.05 and not c["significant"]:
                        bad(w2, "significant disagrees with p < %s" % c["p_value"])
                if not c["outcome"] or re.search(r"\d", c["outcome"].replace("24-hour", "")
                                                  .replace("day 3", "").replace("day 5", "")
                                                  .replace("day 7", "").replace("3 months", "")
                                                  .replace("6 weeks", "").replace("24 hours", "")):
                    bad(w2, "outcome should carry no numbers: %r" % c["outcome"])
                used = set()
                for v in vals:
                    if not num_ok(v, nums):
                        bad(w2, "value %s not in stretch" % v)
                    hit = [k for k, m in enumerate(meas) if k not in used and m["value"] == v
                           and "value_high" not in m and m["unit"] == c["unit"] and m["kind"] == c["kind"]]
                    if not hit:
                        bad(w2, "value %s has no unused measurement with same unit and kind" % v)
                    else:
                        used.add(hit[0])
                if len(used) == len(vals) and len({meas[k]["unit"] for k in used}) != 1:
                    bad(w2, "compared measurements differ in unit")

    for p in problems:
        print(p)
    if problems:
        print("%d PROBLEM(S)" % len(problems))
        sys.exit(1)
    print("CLEAN (%d docs)" % len(gold))


if __name__ == "__main__":
    main()
