#!/usr/bin/env python3
"""Validator for the held-out gold (au01-au06). Standard library only.

Checks: keys against /work/shared/gold/dev.jsonl + seeds.jsonl; closed codes and units of
FORMAT.md (version 2); anchors (25+ chars, exactly once in the whitespace-folded text, HTML
tags stripped and entities decoded, checked with tags read both as spaces and as nothing);
every number inside its statement's stretch of text; population and dose text verbatim in the
stretch and carrying their number; link indices in range; comparisons backed by measurements;
`significant` agreeing with the p-value; citation markers present in the stretch and in the
reference list; no word of EXCLUDED_DRUGS.txt in the texts. Prints CLEAN or the problems.
"""
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
TEXTS = os.path.join(ROOT, "texts")
GOLD = os.path.join(ROOT, "gold.jsonl")
STRETCHES = os.path.join(HERE, "stretches.json")
EXCLUDED = os.path.join(ROOT, "EXCLUDED_DRUGS.txt")
SHARED = "/work/shared/gold"
FORMAT = os.path.join(SHARED, "FORMAT.md")

problems = []


def bad(msg):
    problems.append(msg)


# ------------------------------------------------------------------ closed codes (FORMAT.md v2)
ROUTES = {None, "oral", "intravenous", "intramuscular", "subcutaneous", "topical", "transdermal",
          "epidural", "intrathecal", "inhaled", "intranasal", "rectal", "vaginal", "ophthalmic"}
STMT_KINDS = {"study", "recommendation"}
ROLES = {"exposed", "control", "total"}
WHO = {"mother", "infant", "pair", "other"}
RECIPIENTS = {"mother", "infant"}
M_KINDS = {"concentration", "infant_dose", "relative_infant_dose", "milk_plasma_ratio",
           "infant_plasma_ratio", "half_life", "amount_excreted", "proportion", "change",
           "milk_volume", "other"}
MATRICES = {"milk", "maternal_blood", "infant_blood", "cord_blood", "maternal_urine", "infant_urine"}
QUALIFIERS = {None, "<", ">", "<=", ">=", "~"}
P_QUALIFIERS = {None, "<", "=", ">"}
DOSE_STATS = {"mean", "median", "range", "maximum"}
MEAS_STATS = {"mean", "median", "range", "maximum", "IQR"}   # IQR: decision 5 in README
UNITS_FALLBACK = ["mg", "g", "ug", "ng", "mL", "L", "mg/L", "ug/L", "ng/mL", "ug/mL", "mg/dL",
                  "mmol/L", "meq/L", "mg/kg", "ug/kg", "%", "[IU]", "[IU]/L", "{ratio}",
                  "min", "h", "d", "wk", "mo"]


KIND_UNITS = {
    "concentration": {"mg/L", "ug/L", "ng/mL", "ug/mL", "mg/dL", "mmol/L", "meq/L", "[IU]/L"},
    "infant_dose": {"mg", "g", "ug", "ng", "mg/kg", "ug/kg", "[IU]"},
    "relative_infant_dose": {"%"},
    "milk_plasma_ratio": {"{ratio}", "%"},
    "infant_plasma_ratio": {"{ratio}", "%"},
    "half_life": {"min", "h", "d"},
    "amount_excreted": {"mg", "g", "ug", "ng", "%", "[IU]"},
    "proportion": {"%"},
    "change": {"%"},
    "milk_volume": {"mL", "L"},
}


def load_units():
    try:
        txt = open(FORMAT, encoding="utf-8").read()
        m = re.search(r"Units are UCUM codes, case-sensitive:(.*?)A count of people", txt, re.S)
        units = set(re.findall(r"`([^`]+)`", m.group(1)))
        if len(units) >= 20:
            return units
    except Exception:
        pass
    return set(UNITS_FALLBACK)


UNITS = load_units()


# ------------------------------------------------------------------ keys from dev + seeds
def key_schema():
    objs = {"doc": [], "stmt": [], "populations": [], "doses": [], "measurements": [], "comparisons": []}
    for fn in ("dev.jsonl", "seeds.jsonl"):
        for line in open(os.path.join(SHARED, fn), encoding="utf-8"):
            if not line.strip():
                continue
            d = json.loads(line)
            objs["doc"].append(set(d))
            for s in d["statements"]:
                objs["stmt"].append(set(s))
                for k in ("populations", "doses", "measurements", "comparisons"):
                    for x in s[k]:
                        objs[k].append(set(x))
    schema = {}
    for k, sets in objs.items():
        schema[k] = (set.intersection(*sets), set.union(*sets))  # (required, allowed)
    return schema


SCHEMA = key_schema()


def check_keys(kind, obj, where):
    req, allowed = SCHEMA[kind]
    keys = set(obj)
    if not req <= keys:
        bad("%s: missing keys %s" % (where, sorted(req - keys)))
    if not keys <= allowed:
        bad("%s: keys not used in dev/seeds %s" % (where, sorted(keys - allowed)))


# ------------------------------------------------------------------ text handling
def fold(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


def plain(path, tag_repl=" "):
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        raw = re.sub(r"(?is)<(script|style|head)\b.*?</\1\s*>", " ", raw)
        raw = re.sub(r"(?s)<!--.*?-->", " ", raw)
        raw = re.sub(r"(?s)<[^>]+>", tag_repl, raw)
        raw = html.unescape(raw)
    return fold(raw)


WORDNUM = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen".split())}
TENS = {w: 10 * (i + 2) for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())}
NUM_RE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d*\.\d+|\d+")
WORD_RE = re.compile(r"\b(%s)(?:-(%s))?\b" % ("|".join(list(TENS) + list(WORDNUM)), "|".join(WORDNUM)), re.I)


def numbers_in(s):
    out = []
    for m in NUM_RE.finditer(s):
        out.append(float(m.group(0).replace(",", "")))
    for m in WORD_RE.finditer(s):
        a, b = m.group(1).lower(), (m.group(2) or "").lower()
        v = TENS.get(a, WORDNUM.get(a, 0)) + (WORDNUM.get(b, 0) if b else 0)
        out.append(float(v))
        if b:
            out.append(float(WORDNUM[b]))
    return out


def has_num(nums, v):
    return any(abs(x - float(v)) < 1e-9 for x in nums)


CIT_BRACKET = re.compile(r"\[(\d+(?:\s*[-\u2013,]\s*\d+)*)\]")
CIT_PAREN = re.compile(r"\((\d{1,2})\)")


def expand(spec):
    out = set()
    for part in re.split(r"\s*,\s*", spec):
        if re.search(r"[-\u2013]", part):
            a, b = [int(x) for x in re.split(r"\s*[-\u2013]\s*", part)]
            out.update(range(a, b + 1))
        else:
            out.add(int(part))
    return out


def markers_in(s):
    out = set()
    for m in CIT_BRACKET.finditer(s):
        out |= expand(m.group(1))
    for m in CIT_PAREN.finditer(s):
        out.add(int(m.group(1)))
    return out


def reference_numbers(path):
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        return {int(x) for x in re.findall(r'<li id="r(\d+)"', raw)}
    m = None
    for m in re.finditer(r"(?im)^#*\s*(references|sources)\b.*$", raw):
        pass
    if not m:
        return set()
    return {int(x) for x in re.findall(r"(?m)^\s*(\d+)\.\s+\S", raw[m.end():])}


# ------------------------------------------------------------------ excluded drug names
def excluded_check(files):
    words = [w.strip() for w in open(EXCLUDED, encoding="utf-8") if w.strip()]
    pats = [(w, re.compile(r"(?<![A-Za-z0-9])%s(?![A-Za-z0-9])" % re.escape(w), re.I)) for w in words]
    for fn in files:
        path = os.path.join(TEXTS, fn)
        for variant in (open(path, encoding="utf-8").read(), plain(path), plain(path, "")):
            for w, p in pats:
                if p.search(variant):
                    bad("%s: excluded drug word '%s' found" % (fn, w))
    return words


# ------------------------------------------------------------------ main
def main():
    files = sorted(f for f in os.listdir(TEXTS) if not f.startswith("."))
    if len(files) != 6:
        bad("expected 6 documents in texts/, found %d" % len(files))
    for f in files:
        if not re.match(r"au0\d_[a-z]+_[a-z]+\.(txt|md|html)$", f):
            bad("bad file name %s" % f)
    excluded_check(files)
    gold = [json.loads(l) for l in open(GOLD, encoding="utf-8") if l.strip()]
    stretches = json.load(open(STRETCHES, encoding="utf-8"))
    if sorted(d["doc"] for d in gold) != files:
        bad("gold docs %s != texts %s" % (sorted(d["doc"] for d in gold), files))

    for d in gold:
        doc = d["doc"]
        check_keys("doc", d, doc)
        path = os.path.join(TEXTS, doc)
        if not os.path.exists(path):
            bad("%s: no such text" % doc)
            continue
        text = plain(path, " ")
        text_nospace = plain(path, "")
        refs = reference_numbers(path)
        st_info = stretches.get(doc, [])
        if len(st_info) != len(d["statements"]):
            bad("%s: stretches.json out of date" % doc)
            continue
        prev_end = -1
        for si, (s, info) in enumerate(zip(d["statements"], st_info)):
            w = "%s#%d" % (doc, si)
            check_keys("stmt", s, w)
            a = fold(s["anchor"])
            if len(a) < 25:
                bad("%s: anchor shorter than 25 characters" % w)
            for variant, name in ((text, "tags as spaces"), (text_nospace, "tags removed")):
                c = variant.count(a)
                if c != 1:
                    bad("%s: anchor occurs %d times (%s): %r" % (w, c, name, a))
            if info["anchor"] != s["anchor"]:
                bad("%s: stretch info does not match anchor" % w)
            start_s, end_s = fold(info["start"]), fold(info["end"])
            if text.count(start_s) != 1:
                bad("%s: stretch start occurs %d times" % (w, text.count(start_s)))
                continue
            st = text.index(start_s)
            en = text.find(end_s, st)
            if en < 0:
                bad("%s: stretch end not found" % w)
                continue
            en += len(end_s)
            stretch = text[st:en]
            if st < prev_end:
                bad("%s: stretch overlaps the previous statement or is out of order" % w)
            prev_end = en
            ai = text.find(a)
            if not (st <= ai and ai + len(a) <= en):
                bad("%s: anchor not inside its stretch" % w)
            elif re.search(r"[.!?]\]?(\[\d[^\]]*\])? [A-Z]", text[st:ai]):
                bad("%s: anchor is not in the statement's first sentence" % w)
            nums = numbers_in(stretch)

            if s["kind"] not in STMT_KINDS:
                bad("%s: statement kind %r" % (w, s["kind"]))
            if s["route"] not in ROUTES:
                bad("%s: route %r" % (w, s["route"]))
            drug = s["drug"]
            if not drug or drug != drug.lower() or not ("m" <= drug[0] <= "z"):
                bad("%s: drug %r must be lower case and begin with m-z" % (w, drug))
            if drug.split()[0] not in stretch.lower() and drug.split()[0] not in text.lower():
                bad("%s: drug %r not in text" % (w, drug))

            # populations
            for pi, p in enumerate(s["populations"]):
                pw = "%s pop%d" % (w, pi)
                check_keys("populations", p, pw)
                if not isinstance(p["n"], int) or p["n"] < 1:
                    bad("%s: n must be a positive integer" % pw)
                if p["role"] not in ROLES:
                    bad("%s: role %r" % (pw, p["role"]))
                if p["who"] not in WHO:
                    bad("%s: who %r" % (pw, p["who"]))
                if fold(p["text"]) not in stretch:
                    bad("%s: text not verbatim in stretch: %r" % (pw, p["text"]))
                if not has_num(numbers_in(p["text"]), p["n"]):
                    bad("%s: n=%s not written in its text" % (pw, p["n"]))

            # doses
            for di, x in enumerate(s["doses"]):
                dw = "%s dose%d" % (w, di)
                check_keys("doses", x, dw)
                if x["unit"] not in UNITS:
                    bad("%s: unit %r not in FORMAT" % (dw, x["unit"]))
                if x["recipient"] not in RECIPIENTS:
                    bad("%s: recipient %r" % (dw, x["recipient"]))
                if x.get("stat") is not None and x["stat"] not in DOSE_STATS:
                    bad("%s: stat %r" % (dw, x["stat"]))
                if fold(x["text"]) not in stretch:
                    bad("%s: text not verbatim in stretch: %r" % (dw, x["text"]))
                tn = numbers_in(x["text"])
                for key in ("amount", "amount_high"):
                    if key in x:
                        if not has_num(nums, x[key]):
                            bad("%s: %s %s not in stretch" % (dw, key, x[key]))
                        if not has_num(tn, x[key]):
                            bad("%s: %s %s not in dose text" % (dw, key, x[key]))
                if "amount_high" in x and x["amount_high"] <= x["amount"]:
                    bad("%s: amount_high <= amount" % dw)

            # measurements
            for mi, m in enumerate(s["measurements"]):
                mw = "%s meas%d" % (w, mi)
                check_keys("measurements", m, mw)
                if m["unit"] not in UNITS:
                    bad("%s: unit %r not in FORMAT" % (mw, m["unit"]))
                if m["kind"] not in M_KINDS:
                    bad("%s: kind %r" % (mw, m["kind"]))
                if m["kind"] in KIND_UNITS and m["unit"] not in KIND_UNITS[m["kind"]]:
                    bad("%s: unit %r does not fit kind %s" % (mw, m["unit"], m["kind"]))
                mx = m["matrix"]
                if mx is not None and mx not in MATRICES:
                    bad("%s: matrix %r" % (mw, mx))
                k = m["kind"]
                if k == "concentration" and mx is None:
                    bad("%s: concentration without matrix" % mw)
                if k == "milk_plasma_ratio" and mx != "milk":
                    bad("%s: milk_plasma_ratio needs matrix milk" % mw)
                if k == "infant_plasma_ratio" and mx != "infant_blood":
                    bad("%s: infant_plasma_ratio needs matrix infant_blood" % mw)
                if k not in ("concentration", "half_life", "milk_plasma_ratio", "infant_plasma_ratio") \
                        and mx is not None and not (k == "other" and m["unit"] == "{ratio}"):
                    bad("%s: matrix must be null for kind %s" % (mw, k))
                if m.get("qualifier") not in QUALIFIERS:
                    bad("%s: qualifier %r" % (mw, m.get("qualifier")))
                if m.get("stat") is not None and m["stat"] not in MEAS_STATS:
                    bad("%s: stat %r" % (mw, m["stat"]))
                an = m["analyte"]
                if an is not None and (an != an.lower() or an == drug):
                    bad("%s: analyte %r must be lower case and not the drug itself" % (mw, an))
                for key in ("value", "value_high"):
                    if key in m and not has_num(nums, m[key]):
                        bad("%s: %s %s not in stretch" % (mw, key, m[key]))
                if "value_high" in m and m["value_high"] <= m["value"]:
                    bad("%s: value_high <= value" % mw)
                if m["dose"] is not None:
                    if not (isinstance(m["dose"], int) and 0 <= m["dose"] < len(s["doses"])):
                        bad("%s: dose link %r out of range" % (mw, m["dose"]))
                if m["population"] is not None:
                    if not (isinstance(m["population"], int) and 0 <= m["population"] < len(s["populations"])):
                        bad("%s: population link %r out of range" % (mw, m["population"]))

            # comparisons
            used = set()
            for ci, c in enumerate(s["comparisons"]):
                cw = "%s comp%d" % (w, ci)
                check_keys("comparisons", c, cw)
                if len(c["values"]) < 2 or len(c["values"]) != len(c["arms"]):
                    bad("%s: needs 2+ values and one arm per value" % cw)
                if c["unit"] not in UNITS:
                    bad("%s: unit %r" % (cw, c["unit"]))
                if c["kind"] not in M_KINDS:
                    bad("%s: kind %r" % (cw, c["kind"]))
                if not c["outcome"] or any(has_num(numbers_in(c["outcome"]), v) for v in c["values"]):
                    bad("%s: outcome must be words without the compared values" % cw)
                for v in c["values"]:
                    if not has_num(nums, v):
                        bad("%s: value %s not in stretch" % (cw, v))
                    hit = None
                    for mi, m in enumerate(s["measurements"]):
                        if mi in used or "value_high" in m:
                            continue
                        if abs(m["value"] - v) < 1e-9 and m["unit"] == c["unit"] and m["kind"] == c["kind"]:
                            hit = mi
                            break
                    if hit is None:
                        bad("%s: value %s %s not backed by a measurement" % (cw, v, c["unit"]))
                    else:
                        used.add(hit)
                pv, pq, sig = c["p_value"], c["p_qualifier"], c["significant"]
                if sig not in (True, False, None):
                    bad("%s: significant %r" % (cw, sig))
                if pq not in P_QUALIFIERS:
                    bad("%s: p_qualifier %r" % (cw, pq))
                if (pv is None) != (pq is None):
                    bad("%s: p_value and p_qualifier must both be set or both null" % cw)
                if pv is not None:
                    if not has_num(nums, pv):
                        bad("%s: p-value %s not in stretch" % (cw, pv))
                    expect = (pq == "<" and pv <= 0.05) or (pq == "=" and pv < 0.05)
                    if pq == ">" or (pq == "=" and pv >= 0.05):
                        expect = False
                    if sig is not expect:
                        bad("%s: significant=%r disagrees with p %s %s" % (cw, sig, pq, pv))

            # citations
            cits = s["citations"]
            if cits != sorted(set(cits)):
                bad("%s: citations must be sorted and unique" % w)
            found = markers_in(stretch)
            if set(cits) != found:
                bad("%s: citations %s but markers in stretch %s" % (w, cits, sorted(found)))
            for r in cits:
                if r not in refs:
                    bad("%s: reference %d not in the document's reference list" % (w, r))

    if problems:
        for p in problems:
            print("PROBLEM:", p)
        print("%d problem(s)" % len(problems))
        sys.exit(1)
    n = sum(len(d["statements"]) for d in gold)
    print("CLEAN (%d documents, %d statements)" % (len(gold), n))


if __name__ == "__main__":
    main()
