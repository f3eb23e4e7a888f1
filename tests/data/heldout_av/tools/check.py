#!/usr/bin/env python3
"""Validator for the SYNTHETIC held-out corpus 'av' (standard library only).

Checks gold.jsonl against FORMAT.md version 2 and the texts, and prints CLEAN
when nothing is wrong.  Run:  python3 tools/build_gold.py && python3 tools/check.py
"""
import html
import json
import os
import re
import sys
from itertools import combinations

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
TEXTS = os.path.join(ROOT, "texts")
GOLD = os.path.join(ROOT, "gold.jsonl")
EXCLUDED = os.path.join(ROOT, "EXCLUDED_DRUGS.txt")
REF_GOLD = ["/work/shared/gold/dev.jsonl", "/work/shared/gold/seeds.jsonl"]

STATEMENT_KINDS = {"study", "recommendation"}
ROUTES = {"oral", "intravenous", "intramuscular", "subcutaneous", "topical",
          "transdermal", "epidural", "intrathecal", "inhaled", "intranasal",
          "rectal", "vaginal", "ophthalmic", None}
ROLES = {"exposed", "control", "total"}
WHO = {"mother", "infant", "pair", "other"}
RECIPIENTS = {"mother", "infant"}
KINDS = {"concentration", "infant_dose", "relative_infant_dose", "milk_plasma_ratio",
         "infant_plasma_ratio", "half_life", "amount_excreted", "proportion", "change",
         "milk_volume", "other"}
MATRICES = {"milk", "maternal_blood", "infant_blood", "cord_blood", "maternal_urine",
            "infant_urine"}
MATRIX_KINDS = {"concentration", "half_life", "milk_plasma_ratio", "infant_plasma_ratio"}
QUALIFIERS = {"<", ">", "<=", ">=", "~"}
STATS = {"mean", "median", "range", "maximum"}
P_QUALIFIERS = {"<", "=", ">"}
UNITS = {"mg", "g", "ug", "ng", "mL", "L", "mg/L", "ug/L", "ng/mL", "ug/mL", "mg/dL",
         "mmol/L", "meq/L", "mg/kg", "ug/kg", "%", "[IU]", "[IU]/L", "{ratio}", "min",
         "h", "d", "wk", "mo"}
CONC_UNITS = {"mg/L", "ug/L", "ng/mL", "ug/mL", "mg/dL", "mmol/L", "meq/L", "[IU]/L"}
MASS_UNITS = {"mg", "g", "ug", "ng", "[IU]"}
TIME_UNITS = {"min", "h", "d", "wk", "mo"}
KIND_UNITS = {
    "concentration": CONC_UNITS,
    "infant_dose": MASS_UNITS | {"mg/kg", "ug/kg", "mL"},
    "relative_infant_dose": {"%"},
    "milk_plasma_ratio": {"{ratio}", "%"},
    "infant_plasma_ratio": {"{ratio}", "%"},
    "half_life": TIME_UNITS,
    "amount_excreted": MASS_UNITS | {"%"},
    "proportion": {"%"},
    "change": {"%"},
    "milk_volume": {"mL", "L"},
    "other": UNITS | {None},   # None only for dimensionless scores (README decision 9)
}
NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100,
}
NAME_RE = re.compile(r"^av0[1-6]_[a-z]+_[a-z]+\.(txt|md|html)$")

errors = []


def err(where, msg):
    errors.append("%s: %s" % (where, msg))


def fold(s):
    return " ".join(s.split())


def read_text(path):
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        raw = re.sub(r"(?is)<(script|style)\b.*?</\1\s*>", " ", raw)
        raw = re.sub(r"(?s)<!--.*?-->", " ", raw)
        raw = re.sub(r"(?s)<[^>]+>", " ", raw)
        raw = html.unescape(raw)
    return fold(raw)


# ------------------------------------------------------------------ keys
def load_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def key_profile(ref_docs):
    """For each level: union of keys, intersection, and pairwise order."""
    seqs = {k: [] for k in ("doc", "statement", "populations", "doses",
                            "measurements", "comparisons")}
    for d in ref_docs:
        seqs["doc"].append(list(d))
        for s in d["statements"]:
            seqs["statement"].append(list(s))
            for lvl in ("populations", "doses", "measurements", "comparisons"):
                for x in s[lvl]:
                    seqs[lvl].append(list(x))
    prof = {}
    for lvl, ss in seqs.items():
        union = set().union(*map(set, ss))
        inter = set.intersection(*map(set, ss))
        before = set()
        for seq in ss:
            for a, b in combinations(seq, 2):
                before.add((a, b))
        prof[lvl] = (union, inter, before)
    return prof


def check_keys(prof, lvl, obj, where):
    union, inter, before = prof[lvl]
    keys = list(obj)
    extra = set(keys) - union
    missing = inter - set(keys)
    if extra:
        err(where, "keys not used in dev/seeds: %s" % sorted(extra))
    if missing:
        err(where, "keys always present in dev/seeds but missing: %s" % sorted(missing))
    for a, b in combinations(keys, 2):
        if (b, a) in before and (a, b) not in before:
            err(where, "key order %s before %s differs from dev/seeds" % (a, b))


# --------------------------------------------------------------- numbers
NUM_RE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d*\.\d+|\d+")


def numbers_in(s):
    pos, neg = [], []
    for m in NUM_RE.finditer(s):
        v = float(m.group().replace(",", ""))
        pos.append(v)
        i = m.start()
        if i > 0 and s[i - 1] in "-\u2212" and (i < 2 or not s[i - 2].isdigit()):
            neg.append(-v)
    return pos, neg


def has_number(stretch_nums, v):
    pos, neg = stretch_nums
    pool = neg if v < 0 else pos
    return any(abs(x - v) < 1e-9 for x in pool)


def is_num(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def n_in_text(n, text):
    t = text.lower()
    forms = {str(n), "{:,}".format(n)}
    for f in forms:
        if re.search(r"(?<![\d,.])" + re.escape(f) + r"(?![\d])", t):
            return True
    for w, v in NUMBER_WORDS.items():
        if v == n and re.search(r"\b" + w + r"\b", t):
            return True
    return False


# ------------------------------------------------------------- citations
CIT_RE = re.compile(r"\[(\d+(?:\s*[-\u2013,]\s*\d+)*)\]")


def citation_markers(s):
    out = set()
    for m in CIT_RE.finditer(s):
        for part in m.group(1).split(","):
            part = part.strip()
            r = re.split(r"\s*[-\u2013]\s*", part)
            if len(r) == 2:
                out.update(range(int(r[0]), int(r[1]) + 1))
            else:
                out.add(int(r[0]))
    return out


# ----------------------------------------------------------------- main
def main():
    ref = []
    for p in REF_GOLD:
        ref += load_jsonl(p)
    prof = key_profile(ref)
    # the reference files must satisfy the profile themselves (sanity)
    gold = load_jsonl(GOLD)

    files = sorted(f for f in os.listdir(TEXTS) if not f.startswith("."))
    if len(files) != 6:
        err("texts", "expected 6 documents, found %d" % len(files))
    for f in files:
        if not NAME_RE.match(f):
            err(f, "file name does not follow av0N_<drug>_<kind>.<ext>")
    gdocs = [d.get("doc") for d in gold]
    if sorted(gdocs) != files:
        err("gold", "documents %s do not match texts %s" % (gdocs, files))

    # excluded words
    excl = [w.strip().lower() for w in open(EXCLUDED, encoding="utf-8") if w.strip()]
    # the texts and the gold (README names the dev files read, so it is not scanned)
    scan = [os.path.join(TEXTS, f) for f in files] + [GOLD]
    for path in scan:
        raw = open(path, encoding="utf-8").read()
        variants = [raw]
        if path.endswith(".html"):
            variants.append(read_text(path))
        for w in excl:
            pat = re.compile(r"(?<![a-z0-9])" + re.escape(w) + r"(?![a-z0-9])", re.I)
            for v in variants:
                m = pat.search(v)
                if m:
                    err(os.path.basename(path), "excluded word %r at %r" %
                        (w, v[max(0, m.start() - 30):m.end() + 30]))
                    break

    table = []
    for d in gold:
        doc = d.get("doc", "?")
        check_keys(prof, "doc", d, doc)
        path = os.path.join(TEXTS, doc)
        if not os.path.exists(path):
            err(doc, "text file missing")
            continue
        text = read_text(path)
        sts = d["statements"]
        starts = []
        for i, s in enumerate(sts):
            a = fold(s["anchor"])
            where = "%s#%d" % (doc, i)
            if len(a) < 25:
                err(where, "anchor shorter than 25 characters")
            cnt = text.count(a)
            if cnt != 1:
                err(where, "anchor occurs %d times: %r" % (cnt, a))
            starts.append(text.find(a))
        if starts != sorted(starts):
            err(doc, "statements are not in document order")
        counts = [0] * 6
        for i, s in enumerate(sts):
            where = "%s#%d" % (doc, i)
            check_keys(prof, "statement", s, where)
            beg = starts[i]
            end = starts[i + 1] if i + 1 < len(sts) else len(text)
            stretch = text[beg:end]
            nums = numbers_in(stretch)
            drug = s["drug"]
            if s["kind"] not in STATEMENT_KINDS:
                err(where, "bad statement kind %r" % s["kind"])
            if not isinstance(drug, str) or drug != drug.lower() or drug[:1] not in "abcdefghijkl":
                err(where, "drug %r must be lower case and begin with a-l" % drug)
            if s["route"] not in ROUTES:
                err(where, "bad route %r" % s["route"])
            pops, doses, meas, comps = (s["populations"], s["doses"],
                                        s["measurements"], s["comparisons"])
            counts[0] += 1
            counts[1] += len(pops)
            counts[2] += len(doses)
            counts[3] += len(meas)
            counts[4] += len(comps)
            counts[5] += len(s["citations"])
            for j, p in enumerate(pops):
                w = "%s pop%d" % (where, j)
                check_keys(prof, "populations", p, w)
                if not isinstance(p["n"], int) or isinstance(p["n"], bool) or p["n"] < 1:
                    err(w, "n must be a positive integer")
                if p["role"] not in ROLES:
                    err(w, "bad role %r" % p["role"])
                if p["who"] not in WHO:
                    err(w, "bad who %r" % p["who"])
                if fold(p["text"]) not in stretch:
                    err(w, "text not verbatim in the statement: %r" % p["text"])
                if not n_in_text(p["n"], p["text"]):
                    err(w, "n %r not written in its text %r" % (p["n"], p["text"]))
            for j, x in enumerate(doses):
                w = "%s dose%d" % (where, j)
                check_keys(prof, "doses", x, w)
                if x["unit"] not in UNITS:
                    err(w, "unit %r not allowed" % x["unit"])
                if x["recipient"] not in RECIPIENTS:
                    err(w, "bad recipient %r" % x["recipient"])
                if "stat" in x and x["stat"] not in STATS:
                    err(w, "bad stat %r" % x["stat"])
                if x.get("stat") == "range" and "amount_high" not in x:
                    err(w, "stat range without amount_high")
                if "drug" in x and (x["drug"] != x["drug"].lower() or
                                    (x["drug"][:1] not in "abcdefghijkl" and x["drug"] != "placebo")):
                    err(w, "dose drug %r must be lower case and begin with a-l" % x["drug"])
                for k in ("amount", "amount_high"):
                    if k in x:
                        if not is_num(x[k]):
                            err(w, "%s not a number" % k)
                        elif not has_number(nums, x[k]):
                            err(w, "%s %r not in the statement text" % (k, x[k]))
                if "amount_high" in x and x["amount_high"] <= x["amount"]:
                    err(w, "amount_high must exceed amount")
                ft = fold(x["text"])
                if ft not in stretch:
                    err(w, "text not verbatim in the statement: %r" % x["text"])
                if not has_number(numbers_in(ft), x["amount"]):
                    err(w, "amount %r not inside its text %r" % (x["amount"], x["text"]))
            for j, m in enumerate(meas):
                w = "%s meas%d" % (where, j)
                check_keys(prof, "measurements", m, w)
                k = m["kind"]
                if k not in KINDS:
                    err(w, "bad kind %r" % k)
                    continue
                if m["unit"] not in KIND_UNITS[k]:
                    err(w, "unit %r not allowed for kind %s" % (m["unit"], k))
                if "qualifier" in m and m["qualifier"] not in QUALIFIERS:
                    err(w, "bad qualifier %r" % m["qualifier"])
                if "stat" in m and m["stat"] not in STATS:
                    err(w, "bad stat %r" % m["stat"])
                if m.get("stat") == "range" and "value_high" not in m:
                    err(w, "stat range without value_high")
                if k in MATRIX_KINDS:
                    if m["matrix"] not in MATRICES:
                        err(w, "kind %s needs a matrix code, got %r" % (k, m["matrix"]))
                elif m["matrix"] is not None:
                    err(w, "matrix must be null for kind %s" % k)
                if k == "milk_plasma_ratio" and m["matrix"] != "milk":
                    err(w, "milk_plasma_ratio needs matrix milk")
                if k == "infant_plasma_ratio" and m["matrix"] != "infant_blood":
                    err(w, "infant_plasma_ratio needs matrix infant_blood")
                an = m["analyte"]
                if an is not None and (an != an.lower() or an == drug):
                    err(w, "analyte %r must be lower case and differ from the drug" % an)
                for kk in ("value", "value_high"):
                    if kk in m:
                        if not is_num(m[kk]):
                            err(w, "%s not a number" % kk)
                        elif not has_number(nums, m[kk]):
                            err(w, "%s %r not in the statement text" % (kk, m[kk]))
                if "value_high" in m and m["value_high"] <= m["value"]:
                    err(w, "value_high must exceed value")
                dl, pl = m["dose"], m["population"]
                if dl is not None and not (isinstance(dl, int) and 0 <= dl < len(doses)):
                    err(w, "dose link %r out of range" % dl)
                if pl is not None and not (isinstance(pl, int) and 0 <= pl < len(pops)):
                    err(w, "population link %r out of range" % pl)
            for j, c in enumerate(comps):
                w = "%s comp%d" % (where, j)
                check_keys(prof, "comparisons", c, w)
                vals, arms = c["values"], c["arms"]
                if len(vals) < 2 or len(vals) != len(arms):
                    err(w, "need 2+ values and one arm per value")
                if c["kind"] not in KINDS:
                    err(w, "bad kind %r" % c["kind"])
                if not c["outcome"] or not all(isinstance(a, str) and a for a in arms):
                    err(w, "outcome and arms must be non-empty text")
                used = set()
                for v in vals:
                    if not has_number(nums, v):
                        err(w, "value %r not in the statement text" % v)
                    hit = [q for q, m in enumerate(meas)
                           if q not in used and is_num(m["value"]) and abs(m["value"] - v) < 1e-9
                           and m["unit"] == c["unit"] and m["kind"] == c["kind"]
                           and "value_high" not in m]
                    if not hit:
                        err(w, "value %r (%s, %s) not backed by a measurement" %
                            (v, c["unit"], c["kind"]))
                    else:
                        used.add(hit[0])
                sig, pv, pq = c["significant"], c["p_value"], c["p_qualifier"]
                if sig not in (True, False, None):
                    err(w, "significant must be true, false or null")
                if (pv is None) != (pq is None):
                    err(w, "p_value and p_qualifier must both be set or both null")
                if pv is not None:
                    if pq not in P_QUALIFIERS or not is_num(pv) or not 0 < pv < 1:
                        err(w, "bad p-value %r %r" % (pq, pv))
                    elif not has_number(nums, pv):
                        err(w, "p-value %r not in the statement text" % pv)
                    else:
                        if pq == "<" and pv <= 0.05:
                            want = True
                        elif pq == "=":
                            want = pv < 0.05
                        elif pq == ">" and pv >= 0.05:
                            want = False
                        else:
                            want = "?"
                        if sig != want:
                            err(w, "significant=%r disagrees with p %s %r" % (sig, pq, pv))
            cits = s["citations"]
            if not all(isinstance(x, int) for x in cits) or cits != sorted(set(cits)):
                err(where, "citations must be sorted distinct integers")
            markers = citation_markers(stretch)
            if set(cits) != markers:
                err(where, "citations %s but markers in the statement %s" %
                    (cits, sorted(markers)))
        table.append((doc, counts))

    # table for the README
    print("| doc | statements | populations | doses | measurements | comparisons | citations |")
    print("|---|---|---|---|---|---|---|")
    tot = [0] * 6
    for doc, c in table:
        tot = [a + b for a, b in zip(tot, c)]
        print("| %s | %s |" % (doc, " | ".join(map(str, c))))
    print("| **total** | %s |" % " | ".join(map(str, tot)))
    if errors:
        print("\n%d problem(s):" % len(errors))
        for e in errors:
            print("  - " + e)
        sys.exit(1)
    print("CLEAN")


if __name__ == "__main__":
    main()
