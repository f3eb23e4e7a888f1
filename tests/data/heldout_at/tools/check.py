#!/usr/bin/env python3
"""Validator for the held-out corpus "at" (FORMAT.md version 2).

Checks ../gold.jsonl against ../texts/, the key structure of the shared gold
files (/work/shared/gold/dev.jsonl and seeds.jsonl), the closed codes and units
of FORMAT.md, and ../EXCLUDED_DRUGS.txt. Prints CLEAN when nothing is wrong,
otherwise one line per problem. Standard library only.
"""
import html
import json
import os
import re
import sys
from itertools import combinations

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
TEXTS = os.path.join(ROOT, "texts")
GOLD = os.path.join(ROOT, "gold.jsonl")
EXCLUDED = os.path.join(ROOT, "EXCLUDED_DRUGS.txt")
SHARED = ["/work/shared/gold/dev.jsonl", "/work/shared/gold/seeds.jsonl"]

# ------------------------------------------------------------ closed sets (FORMAT.md v2)
STATEMENT_KINDS = {"study", "recommendation"}
ROUTES = {"oral", "intravenous", "intramuscular", "subcutaneous", "topical", "transdermal", "epidural",
          "intrathecal", "inhaled", "intranasal", "rectal", "vaginal", "ophthalmic", None}
ROLES = {"exposed", "control", "total"}
WHO = {"mother", "infant", "pair", "other"}
RECIPIENTS = {"mother", "infant"}
MKINDS = {"concentration", "infant_dose", "relative_infant_dose", "milk_plasma_ratio", "infant_plasma_ratio",
          "half_life", "amount_excreted", "proportion", "change", "milk_volume", "other"}
MATRICES = {"milk", "maternal_blood", "infant_blood", "cord_blood", "maternal_urine", "infant_urine"}
MATRIX_KINDS = {"concentration", "half_life", "milk_plasma_ratio", "infant_plasma_ratio"}
UNITS = {"mg", "g", "ug", "ng", "mL", "L", "mg/L", "ug/L", "ng/mL", "ug/mL", "mg/dL", "mmol/L", "meq/L",
         "mg/kg", "ug/kg", "%", "[IU]", "[IU]/L", "{ratio}", "min", "h", "d", "wk", "mo"}
QUALIFIERS = {"<", ">", "<=", ">=", "~"}
STATS = {"mean", "median", "range", "maximum"}
P_QUALIFIERS = {"<", "=", ">"}
ROUTE_WORDS = {"oral": r"oral|orally|by mouth", "intravenous": r"intravenous|intravenously|\bIV\b",
               "intramuscular": r"intramuscular|intramuscularly|\bIM\b"}
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
                "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
                "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
                "eighty": 80, "ninety": 90}
FILE_RE = re.compile(r"^at\d\d_[a-z]+_[a-z]+\.(txt|md|html)$")

problems = []


def bad(msg):
    problems.append(msg)


# ------------------------------------------------------------ key structure from the shared gold
def key_model():
    levels = {"doc": [], "statement": [], "populations": [], "doses": [], "measurements": [], "comparisons": []}
    for path in SHARED:
        with open(path, encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                levels["doc"].append(list(d))
                for s in d["statements"]:
                    levels["statement"].append(list(s))
                    for lv in ("populations", "doses", "measurements", "comparisons"):
                        for x in s[lv]:
                            levels[lv].append(list(x))
    model = {}
    for lv, lists in levels.items():
        allowed = set().union(*map(set, lists))
        required = set.intersection(*map(set, lists))
        before = set()  # (a, b): a is seen before b somewhere
        for keys in lists:
            for i, a in enumerate(keys):
                for b in keys[i + 1:]:
                    before.add((a, b))
        model[lv] = (allowed, required, before)
    return model


def check_keys(model, lv, obj, where):
    allowed, required, before = model[lv]
    keys = list(obj)
    extra = set(keys) - allowed
    missing = required - set(keys)
    if extra:
        bad("%s: keys not used in dev/seeds: %s" % (where, sorted(extra)))
    if missing:
        bad("%s: missing required keys: %s" % (where, sorted(missing)))
    for a, b in combinations(keys, 2):
        if (b, a) in before and (a, b) not in before:
            bad("%s: key order %s before %s differs from dev/seeds" % (where, a, b))


# ------------------------------------------------------------ text handling
def fold(s):
    return " ".join(s.split())


def html_variants(raw):
    s = re.sub(r"(?is)<(script|style)\b.*?</\1\s*>", " ", raw)
    s = re.sub(r"(?s)<!--.*?-->", " ", s)
    spaced = fold(html.unescape(re.sub(r"<[^>]+>", " ", s)))
    joined = fold(html.unescape(re.sub(r"<[^>]+>", "", s)))
    return spaced, joined


def variants(name, raw):
    if name.endswith(".html"):
        return html_variants(raw)
    t = fold(raw)
    return t, t


NUM_RE = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?|\.\d+")


def numbers_in(s):
    out = set()
    for m in NUM_RE.finditer(s):
        v = float(m.group().replace(",", ""))
        out.add(v)
        out.add(-v)
    return out


def has_number(nums, v):
    return any(abs(v - x) <= 1e-9 * max(1.0, abs(v)) for x in nums)


def word_numbers(text):
    out = set()
    for tok in re.findall(r"[A-Za-z]+(?:-[A-Za-z]+)?", text.lower()):
        parts = tok.split("-")
        if all(p in NUMBER_WORDS for p in parts):
            out.add(sum(NUMBER_WORDS[p] for p in parts))
    return out


CIT_RE = re.compile(r"\[\^?(\d+(?:\s*[,\u2013-]\s*\d+)*)\](?!:)")


def citation_markers(s):
    found = set()
    for m in CIT_RE.finditer(s):
        for part in re.split(r"\s*,\s*", m.group(1)):
            rng = re.split(r"\s*[\u2013-]\s*", part)
            if len(rng) == 2:
                found.update(range(int(rng[0]), int(rng[1]) + 1))
            else:
                found.add(int(rng[0]))
    return found


# ------------------------------------------------------------ main checks
def main():
    model = key_model()
    with open(EXCLUDED, encoding="utf-8") as f:
        excluded = [w.strip() for w in f if w.strip()]
    ex_re = re.compile(r"(?<![A-Za-z0-9])(" + "|".join(re.escape(w) for w in excluded) + r")(?![A-Za-z0-9])",
                       re.I)

    files = sorted(os.listdir(TEXTS))
    for fn in files:
        if not FILE_RE.match(fn):
            bad("texts/%s: file name does not follow at<NN>_<drug>_<kind>.<txt|md|html>" % fn)
    if len(files) != 6:
        bad("texts/: expected 6 documents, found %d" % len(files))

    raw_texts = {}
    for fn in files:
        with open(os.path.join(TEXTS, fn), encoding="utf-8") as f:
            raw_texts[fn] = f.read()
        for where, t in [("raw", raw_texts[fn])] + list(zip(("stripped", "joined"), variants(fn, raw_texts[fn]))):
            for m in ex_re.finditer(t):
                bad("texts/%s (%s): excluded drug word %r" % (fn, where, m.group(1)))
        for m in ex_re.finditer(fn):
            bad("texts/%s: excluded drug word in file name" % fn)

    with open(GOLD, encoding="utf-8") as f:
        gold = [json.loads(line) for line in f if line.strip()]
    gdocs = [d.get("doc") for d in gold]
    if sorted(gdocs) != files:
        bad("gold docs %s do not match texts %s" % (gdocs, files))

    for d in gold:
        name = d.get("doc")
        check_keys(model, "doc", d, name)
        if name not in raw_texts:
            continue
        spaced, joined = variants(name, raw_texts[name])
        sts = d["statements"]
        positions = []
        for i, s in enumerate(sts):
            w = "%s#%d" % (name, i)
            check_keys(model, "statement", s, w)
            a = s["anchor"]
            if len(fold(a)) < 25:
                bad("%s: anchor shorter than 25 characters" % w)
            for vname, vt in (("spaced", spaced), ("joined", joined)):
                c = vt.count(fold(a))
                if c != 1:
                    bad("%s: anchor occurs %d times in %s text: %r" % (w, c, vname, a))
            positions.append(spaced.find(fold(a)))
        if positions != sorted(positions):
            bad("%s: statements are not in document order" % name)

        for i, s in enumerate(sts):
            w = "%s#%d" % (name, i)
            start = positions[i]
            later = [p for p in positions if p > start]
            end = min(later) if later else len(spaced)
            stretch = spaced[start:end]
            jstart = joined.find(fold(s["anchor"]))
            jlater = [joined.find(fold(t["anchor"])) for t in sts if joined.find(fold(t["anchor"])) > jstart]
            jstretch = joined[jstart:min(jlater) if jlater else len(joined)]
            nums = numbers_in(stretch)

            # statement-level codes
            if s["kind"] not in STATEMENT_KINDS:
                bad("%s: statement kind %r" % (w, s["kind"]))
            if s["route"] not in ROUTES:
                bad("%s: route %r" % (w, s["route"]))
            if s["route"] in ROUTE_WORDS and not re.search(ROUTE_WORDS[s["route"]], stretch, re.I):
                bad("%s: route %r not worded in the statement" % (w, s["route"]))
            drug = s["drug"]
            if not isinstance(drug, str) or drug != drug.lower() or not drug:
                bad("%s: drug must be lower case text" % w)
            elif not ("a" <= drug[0] <= "l"):
                bad("%s: drug %r does not begin with a letter from A to L" % (w, drug))
            elif drug not in stretch.lower() and drug not in spaced[max(0, start - 80):start].lower():
                # a table row names its drug in the first cell, just before the anchor
                bad("%s: drug %r not named in the statement" % (w, drug))
            for fld in ("drug",):
                if isinstance(s[fld], str) and ex_re.search(s[fld]):
                    bad("%s: excluded drug in %s" % (w, fld))

            # populations
            for j, p in enumerate(s["populations"]):
                pw = "%s pop%d" % (w, j)
                check_keys(model, "populations", p, pw)
                if not isinstance(p["n"], int) or isinstance(p["n"], bool) or p["n"] < 1:
                    bad("%s: n must be a positive integer" % pw)
                if p["role"] not in ROLES:
                    bad("%s: role %r" % (pw, p["role"]))
                if p["who"] not in WHO:
                    bad("%s: who %r" % (pw, p["who"]))
                t = fold(p["text"])
                if t not in stretch or t not in jstretch:
                    bad("%s: text not verbatim in the statement: %r" % (pw, p["text"]))
                if not (has_number(numbers_in(t), p["n"]) or p["n"] in word_numbers(t)):
                    bad("%s: n=%s not written in its text %r" % (pw, p["n"], p["text"]))

            # doses
            for j, x in enumerate(s["doses"]):
                dw = "%s dose%d" % (w, j)
                check_keys(model, "doses", x, dw)
                if x["unit"] not in UNITS:
                    bad("%s: unit %r" % (dw, x["unit"]))
                if x["recipient"] not in RECIPIENTS:
                    bad("%s: recipient %r" % (dw, x["recipient"]))
                if x.get("stat") is not None and x["stat"] not in STATS:
                    bad("%s: stat %r" % (dw, x["stat"]))
                t = fold(x["text"])
                if t not in stretch or t not in jstretch:
                    bad("%s: text not verbatim in the statement: %r" % (dw, x["text"]))
                for v in (x["amount"], x.get("amount_high")):
                    if v is not None and not has_number(nums, v):
                        bad("%s: amount %s not in the statement's text" % (dw, v))
                if "drug" in x and ex_re.search(x["drug"] or ""):
                    bad("%s: excluded drug" % dw)

            # measurements
            for j, m in enumerate(s["measurements"]):
                mw = "%s meas%d" % (w, j)
                check_keys(model, "measurements", m, mw)
                if m["unit"] not in UNITS:
                    bad("%s: unit %r" % (mw, m["unit"]))
                if m["kind"] not in MKINDS:
                    bad("%s: kind %r" % (mw, m["kind"]))
                if m["kind"] in MATRIX_KINDS:
                    if m["matrix"] not in MATRICES:
                        bad("%s: kind %s needs a matrix, got %r" % (mw, m["kind"], m["matrix"]))
                elif m["matrix"] is not None:
                    bad("%s: matrix must be null for kind %s" % (mw, m["kind"]))
                if m["kind"] == "milk_plasma_ratio" and m["matrix"] != "milk":
                    bad("%s: milk_plasma_ratio needs matrix milk" % mw)
                if m["kind"] == "infant_plasma_ratio" and m["matrix"] != "infant_blood":
                    bad("%s: infant_plasma_ratio needs matrix infant_blood" % mw)
                if m["kind"] == "proportion" and m["unit"] != "%":
                    bad("%s: proportion should be in %%" % mw)
                if m["kind"] == "milk_volume" and m["unit"] not in ("mL", "L"):
                    bad("%s: milk_volume should be a volume" % mw)
                if m.get("qualifier") is not None and m["qualifier"] not in QUALIFIERS:
                    bad("%s: qualifier %r" % (mw, m["qualifier"]))
                if m.get("stat") is not None and m["stat"] not in STATS:
                    bad("%s: stat %r" % (mw, m["stat"]))
                an = m["analyte"]
                if an is not None and (an != an.lower() or an == s["drug"]):
                    bad("%s: analyte must be lower case and differ from the drug" % mw)
                for v in (m["value"], m.get("value_high")):
                    if v is not None and not has_number(nums, v):
                        bad("%s: value %s not in the statement's text" % (mw, v))
                if m["dose"] is not None and not (isinstance(m["dose"], int) and 0 <= m["dose"] < len(s["doses"])):
                    bad("%s: dose link %r out of range" % (mw, m["dose"]))
                if m["population"] is not None and not (
                        isinstance(m["population"], int) and 0 <= m["population"] < len(s["populations"])):
                    bad("%s: population link %r out of range" % (mw, m["population"]))

            # comparisons
            for j, c in enumerate(s["comparisons"]):
                cw = "%s comp%d" % (w, j)
                check_keys(model, "comparisons", c, cw)
                if c["unit"] not in UNITS:
                    bad("%s: unit %r" % (cw, c["unit"]))
                if c["kind"] not in MKINDS:
                    bad("%s: kind %r" % (cw, c["kind"]))
                if len(c["values"]) < 2 or len(c["values"]) != len(c["arms"]):
                    bad("%s: needs 2+ values and one arm per value" % cw)
                if len(set(map(str.lower, c["arms"]))) != len(c["arms"]):
                    bad("%s: arms are not distinct" % cw)
                if not c["outcome"] or any(has_number(numbers_in(c["outcome"]), v) for v in c["values"]):
                    bad("%s: outcome must be text without the compared values: %r" % (cw, c["outcome"]))
                for v in c["values"]:
                    backers = [m for m in s["measurements"]
                               if abs(m["value"] - v) < 1e-9 and m["unit"] == c["unit"] and m["kind"] == c["kind"]
                               and m.get("value_high") is None]
                    if not backers:
                        bad("%s: value %s (%s, %s) not backed by a measurement" % (cw, v, c["unit"], c["kind"]))
                sig, p, q = c["significant"], c["p_value"], c["p_qualifier"]
                if sig not in (True, False, None):
                    bad("%s: significant must be true/false/null" % cw)
                if (p is None) != (q is None):
                    bad("%s: p_value and p_qualifier must both be set or both null" % cw)
                if q is not None and q not in P_QUALIFIERS:
                    bad("%s: p_qualifier %r" % (cw, q))
                if p is not None:
                    if not has_number(nums, p):
                        bad("%s: p-value %s not in the statement's text" % (cw, p))
                    expect = None
                    if q == "<" and p <= 0.05:
                        expect = True
                    elif q == "=":
                        expect = p < 0.05
                    elif q == ">" and p >= 0.05:
                        expect = False
                    if expect is None:
                        bad("%s: cannot tell significance from p %s %s" % (cw, q, p))
                    elif sig is not expect:
                        bad("%s: significant=%r disagrees with p %s %s" % (cw, sig, q, p))

            # citations
            cits = s["citations"]
            if not all(isinstance(n, int) for n in cits) or len(set(cits)) != len(cits):
                bad("%s: citations must be distinct integers" % w)
            markers = citation_markers(stretch)
            for n in cits:
                if n not in markers:
                    bad("%s: citation %s has no marker in the statement" % (w, n))
            for n in markers - set(cits):
                bad("%s: marker [%s] in the statement is not annotated" % (w, n))

    if problems:
        for p in problems:
            print(p)
        print("%d PROBLEM(S)" % len(problems))
        sys.exit(1)
    print("CLEAN")


if __name__ == "__main__":
    main()
