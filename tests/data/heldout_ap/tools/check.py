#!/usr/bin/env python3
"""Validator for the held-out corpus 'ap'. Prints CLEAN when every check passes.

Checks: keys against dev/seeds gold; closed codes and units of FORMAT.md v2;
anchors (25+ chars, exactly once in the whitespace-folded text, HTML stripped
and entities decoded); statement stretches (from spans.json) ordered and
disjoint; every annotated number inside its statement's stretch; population
and dose text verbatim there; link indices in range; comparisons backed by
measurements; `significant` consistent with the p-value; citation markers in
each stretch equal to the statement's citations; no word of EXCLUDED_DRUGS.txt
in any text (whole word, case-insensitive).
"""
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SHARED = "/work/shared/gold"
errors = []


def err(msg):
    errors.append(msg)


# ------------------------------------------------------------ text handling
def fold(s):
    return re.sub(r"\s+", " ", s).strip()


def plain(path):
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        raw = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
        raw = re.sub(r"(?s)<!--.*?-->", " ", raw)
        raw = re.sub(r"<[^>]+>", " ", raw)
        raw = html.unescape(raw)
    return fold(raw)


WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen "
    "fourteen fifteen sixteen seventeen eighteen nineteen twenty".split())}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
        "seventy": 70, "eighty": 80, "ninety": 90}
NUM_RE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+")


def numbers_in(text):
    out = set()
    for m in NUM_RE.finditer(text):
        out.add(round(float(m.group().replace(",", "")), 9))
    for m in re.finditer(r"\b(%s)(?:-(%s))?\b" % ("|".join(list(WORDS) + list(TENS)),
                                                  "|".join(WORDS)), text, re.I):
        a = m.group(1).lower()
        v = WORDS.get(a, TENS.get(a))
        if m.group(2):
            v += WORDS[m.group(2).lower()]
        out.add(float(v))
    return out


def has_num(x, nums):
    return round(abs(float(x)), 9) in nums


def cite_markers(text, style):
    if style == "bracket":
        pat = r"\[(\d+(?:\s*[,\u2013-]\s*\d+)*)\]"
    elif style == "paren":
        pat = r"\((\d+(?:\s*[,\u2013-]\s*\d+)*)\)"
    else:
        pat = r"\[(\d+(?:\s*[,\u2013-]\s*\d+)*)\]"
    found = set()
    for m in re.finditer(pat, text):
        for part in re.split(r"\s*,\s*", m.group(1)):
            r = re.split(r"\s*[\u2013-]\s*", part)
            if len(r) == 2:
                found.update(range(int(r[0]), int(r[1]) + 1))
            else:
                found.add(int(r[0]))
    return found


# ------------------------------------------------------------ reference keys
def load(path):
    return [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]


ref = load(os.path.join(SHARED, "dev.jsonl")) + load(os.path.join(SHARED, "seeds.jsonl"))
REQ, ALLOW = {}, {}


def note(kind, obj):
    ks = set(obj)
    REQ[kind] = REQ.get(kind, ks) & ks
    ALLOW[kind] = ALLOW.get(kind, set()) | ks


for d in ref:
    note("doc", d)
    for s in d["statements"]:
        note("statement", s)
        for k in ("populations", "doses", "measurements", "comparisons"):
            for x in s[k]:
                note(k, x)
REQ["statement"] = ALLOW["statement"] = REQ["statement"]  # statements: exact set

ROUTES = {"oral", "intravenous", "intramuscular", "subcutaneous", "topical",
          "transdermal", "epidural", "intrathecal", "inhaled", "intranasal",
          "rectal", "vaginal", "ophthalmic", None}
UNITS = {"mg", "g", "ug", "ng", "mL", "L", "mg/L", "ug/L", "ng/mL", "ug/mL",
         "mg/dL", "mmol/L", "meq/L", "mg/kg", "ug/kg", "%", "[IU]", "[IU]/L",
         "{ratio}", "min", "h", "d", "wk", "mo"}
KINDS = {"concentration", "infant_dose", "relative_infant_dose",
         "milk_plasma_ratio", "infant_plasma_ratio", "half_life",
         "amount_excreted", "proportion", "change", "milk_volume", "other"}
MATRIX_KINDS = {"concentration", "half_life", "milk_plasma_ratio", "infant_plasma_ratio"}
MATRICES = {"milk", "maternal_blood", "infant_blood", "cord_blood",
            "maternal_urine", "infant_urine"}
WHO = {"mother", "infant", "pair", "other"}
ROLES = {"exposed", "control", "total"}
RECIP = {"mother", "infant"}
QUAL = {"<", ">", "<=", ">=", "~", None}
DOSE_STAT = {"mean", "median", "range", "maximum", None}
MEAS_STAT = {"mean", "median", "range", "maximum", None}
PQ = {"<", "=", ">", None}
UNIT_BY_KIND = {
    "relative_infant_dose": {"%"}, "proportion": {"%"}, "change": {"%"},
    "half_life": {"min", "h", "d"}, "milk_plasma_ratio": {"{ratio}", "%"},
    "infant_plasma_ratio": {"{ratio}", "%"},
    "infant_dose": {"mg", "ug", "ng", "mg/kg", "ug/kg"},
    "amount_excreted": {"mg", "ug", "ng", "%"},
    "milk_volume": {"mL", "L"},
    "concentration": {"mg/L", "ug/L", "ng/mL", "ug/mL", "mg/dL", "mmol/L",
                      "meq/L", "[IU]/L"},
}


def check_keys(kind, obj, where):
    ks = set(obj)
    miss = REQ[kind] - ks
    extra = ks - ALLOW[kind]
    if miss:
        err("%s: %s missing keys %s" % (where, kind, sorted(miss)))
    if extra:
        err("%s: %s has keys not seen in dev/seeds %s" % (where, kind, sorted(extra)))


def is_num(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


# ------------------------------------------------------------ main checks
gold = load(os.path.join(ROOT, "gold.jsonl"))
spans = json.load(open(os.path.join(HERE, "spans.json"), encoding="utf-8"))
texts_dir = os.path.join(ROOT, "texts")
files = sorted(os.listdir(texts_dir))
gdocs = [g["doc"] for g in gold]
if sorted(gdocs) != files:
    err("gold docs %s != text files %s" % (gdocs, files))
if len(files) != 6:
    err("expected 6 documents, found %d" % len(files))
for f in files:
    if not re.fullmatch(r"ap\d\d_[a-z0-9]+_[a-z]+\.(txt|md|html)", f):
        err("bad file name %s" % f)

excluded = [w.strip() for w in open(os.path.join(ROOT, "EXCLUDED_DRUGS.txt"),
                                    encoding="utf-8") if w.strip()]
ex_re = re.compile(r"(?<![A-Za-z0-9])(%s)(?![A-Za-z0-9])" %
                   "|".join(re.escape(w) for w in sorted(excluded, key=len, reverse=True)),
                   re.I)
for f in files:
    p = os.path.join(texts_dir, f)
    for label, t in (("raw", open(p, encoding="utf-8").read()), ("plain", plain(p))):
        for m in ex_re.finditer(t):
            err("%s (%s): excluded word %r at %d" % (f, label, m.group(), m.start()))

for g in gold:
    doc = g["doc"]
    check_keys("doc", g, doc)
    path = os.path.join(texts_dir, doc)
    if not os.path.exists(path):
        continue
    text = plain(path)
    sp = spans.get(doc)
    if sp is None or len(sp["statements"]) != len(g["statements"]):
        err("%s: spans.json does not match the statements" % doc)
        continue
    style = sp["citation_style"]
    prev_end = 0
    for si, (s, span) in enumerate(zip(g["statements"], sp["statements"])):
        w = "%s#%d" % (doc, si)
        check_keys("statement", s, w)
        a = fold(s["anchor"])
        if len(a) < 25:
            err("%s: anchor shorter than 25 chars" % w)
        if text.count(a) != 1:
            err("%s: anchor occurs %d times: %r" % (w, text.count(a), a))
            continue
        apos = text.find(a)
        start = apos
        if span.get("start"):
            st = fold(span["start"])
            if text.count(st) != 1:
                err("%s: start snippet occurs %d times" % (w, text.count(st)))
                continue
            start = text.find(st)
            if not (start <= apos <= start + 400):
                err("%s: start snippet not just before the anchor" % w)
        en = fold(span["end"])
        epos = text.find(en, apos)
        if epos < 0:
            err("%s: end snippet not found after anchor: %r" % (w, en))
            continue
        end = epos + len(en)
        if start < prev_end:
            err("%s: stretch overlaps the previous statement" % w)
        prev_end = end
        stretch = text[start:end]
        nums = numbers_in(stretch)

        if s["kind"] not in ("study", "recommendation"):
            err("%s: bad statement kind" % w)
        if not isinstance(s["drug"], str) or s["drug"] != s["drug"].lower():
            err("%s: drug must be lower case" % w)
        if s["route"] not in ROUTES:
            err("%s: bad route %r" % (w, s["route"]))

        for i, p in enumerate(s["populations"]):
            pw = "%s pop%d" % (w, i)
            check_keys("populations", p, pw)
            if not isinstance(p["n"], int) or isinstance(p["n"], bool) or p["n"] < 1:
                err("%s: n must be a positive integer" % pw)
            if p["role"] not in ROLES:
                err("%s: bad role" % pw)
            if p["who"] not in WHO:
                err("%s: bad who" % pw)
            if fold(p["text"]) not in stretch:
                err("%s: text not verbatim in stretch: %r" % (pw, p["text"]))
            if not has_num(p["n"], numbers_in(p["text"])):
                err("%s: count %s not written in its text" % (pw, p["n"]))
            if not has_num(p["n"], nums):
                err("%s: n %s not in stretch" % (pw, p["n"]))

        for i, d in enumerate(s["doses"]):
            dw = "%s dose%d" % (w, i)
            check_keys("doses", d, dw)
            if d["unit"] not in UNITS:
                err("%s: bad unit %r" % (dw, d["unit"]))
            if d["recipient"] not in RECIP:
                err("%s: bad recipient" % dw)
            if d.get("stat") not in DOSE_STAT:
                err("%s: bad stat" % dw)
            if fold(d["text"]) not in stretch:
                err("%s: text not verbatim in stretch: %r" % (dw, d["text"]))
            for k in ("amount", "amount_high"):
                if k in d:
                    if not is_num(d[k]):
                        err("%s: %s not a number" % (dw, k))
                    elif not has_num(d[k], nums) or not has_num(d[k], numbers_in(d["text"])):
                        err("%s: %s %s not in stretch/text" % (dw, k, d[k]))
            if "amount_high" in d and d["amount_high"] <= d["amount"]:
                err("%s: amount_high <= amount" % dw)
            if "/" in d["unit"] and d["unit"].split("/")[1] in ("d", "h", "min"):
                err("%s: time rate in unit" % dw)

        meas = s["measurements"]
        for i, m in enumerate(meas):
            mw = "%s meas%d" % (w, i)
            check_keys("measurements", m, mw)
            if m["unit"] not in UNITS:
                err("%s: bad unit %r" % (mw, m["unit"]))
            if m["kind"] not in KINDS:
                err("%s: bad kind %r" % (mw, m["kind"]))
            if m.get("qualifier") not in QUAL or ("qualifier" in m and m["qualifier"] is None):
                err("%s: bad qualifier" % mw)
            if m.get("stat") not in MEAS_STAT:
                err("%s: bad stat %r" % (mw, m.get("stat")))
            if m["kind"] in MATRIX_KINDS:
                if m["matrix"] not in MATRICES:
                    err("%s: matrix required for %s" % (mw, m["kind"]))
            elif m["matrix"] is not None:
                err("%s: matrix must be null for kind %s" % (mw, m["kind"]))
            if m["kind"] == "milk_plasma_ratio" and m["matrix"] != "milk":
                err("%s: milk_plasma_ratio needs matrix milk" % mw)
            if m["kind"] == "infant_plasma_ratio" and m["matrix"] not in ("infant_blood", "cord_blood"):
                err("%s: infant_plasma_ratio needs infant_blood (or cord_blood)" % mw)
            if m["kind"] == "infant_plasma_ratio" and m["matrix"] == "cord_blood" \
                    and "umbilical" not in m["measure"] and "cord" not in m["measure"]:
                err("%s: cord_blood ratio without cord/umbilical in measure" % mw)
            if m["kind"] in UNIT_BY_KIND and m["unit"] not in UNIT_BY_KIND[m["kind"]]:
                err("%s: unit %s unusual for kind %s" % (mw, m["unit"], m["kind"]))
            if m["analyte"] is not None and m["analyte"] != m["analyte"].lower():
                err("%s: analyte must be lower case" % mw)
            if m["analyte"] is not None and m["analyte"] == s["drug"]:
                err("%s: analyte equals the drug (should be null)" % mw)
            for k in ("value", "value_high"):
                if k in m:
                    if not is_num(m[k]):
                        err("%s: %s not a number" % (mw, k))
                    elif not has_num(m[k], nums):
                        err("%s: %s %s not in stretch" % (mw, k, m[k]))
            if "value_high" in m and m["value_high"] <= m["value"]:
                err("%s: value_high <= value" % mw)
            if m["dose"] is not None and not (isinstance(m["dose"], int) and 0 <= m["dose"] < len(s["doses"])):
                err("%s: dose link out of range" % mw)
            if m["population"] is not None and not (isinstance(m["population"], int) and 0 <= m["population"] < len(s["populations"])):
                err("%s: population link out of range" % mw)

        for i, c in enumerate(s["comparisons"]):
            cw = "%s comp%d" % (w, i)
            check_keys("comparisons", c, cw)
            if c["kind"] not in KINDS:
                err("%s: bad kind" % cw)
            if c["unit"] not in UNITS:
                err("%s: bad unit" % cw)
            if len(c["values"]) < 2 or len(c["values"]) != len(c["arms"]):
                err("%s: values/arms mismatch" % cw)
            if not c["outcome"] or not isinstance(c["outcome"], str):
                err("%s: outcome missing" % cw)
            used = set()
            for v in c["values"]:
                if not has_num(v, nums):
                    err("%s: value %s not in stretch" % (cw, v))
                hit = [j for j, m in enumerate(meas) if j not in used and m["value"] == v
                       and m["unit"] == c["unit"] and m["kind"] == c["kind"]
                       and "value_high" not in m]
                if not hit:
                    err("%s: value %s not backed by a measurement (same unit, kind)" % (cw, v))
                else:
                    used.add(hit[0])
            pv, pq, sig = c["p_value"], c["p_qualifier"], c["significant"]
            if sig not in (True, False, None):
                err("%s: significant must be true/false/null" % cw)
            if pq not in PQ:
                err("%s: bad p_qualifier" % cw)
            if pv is None:
                if pq is not None:
                    err("%s: p_qualifier without p_value" % cw)
            else:
                if pq is None:
                    err("%s: p_value without p_qualifier" % cw)
                if not has_num(pv, nums):
                    err("%s: p_value %s not in stretch" % (cw, pv))
                expect = {"<": pv <= 0.05, "=": pv < 0.05, ">": False if pv >= 0.05 else None}.get(pq)
                if expect is not None and sig is not expect:
                    err("%s: significant=%s disagrees with p %s %s" % (cw, sig, pq, pv))

        cites = s["citations"]
        if any(not isinstance(x, int) for x in cites) or len(set(cites)) != len(cites):
            err("%s: citations must be distinct integers" % w)
        found = cite_markers(stretch, style)
        if style == "none" and found:
            err("%s: citation-like markers in a document without citations: %s" % (w, found))
        if set(cites) != found and style != "none":
            err("%s: citations %s but markers in stretch %s" % (w, cites, sorted(found)))

if errors:
    for e in errors:
        print("ERROR", e)
    print("%d problem(s)" % len(errors))
    sys.exit(1)
print("CLEAN")
