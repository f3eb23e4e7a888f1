#!/usr/bin/env python3
"""Validator for the held-out corpus "ao" (standard library only).

Checks gold.jsonl against texts/ and against the shape of the shared dev/seed
gold (FORMAT.md version 2). Prints every problem found, then CLEAN or FAILED.
"""
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
TEXTS = os.path.join(ROOT, "texts")
GOLD = os.path.join(ROOT, "gold.jsonl")
EXCLUDED = os.path.join(ROOT, "EXCLUDED_DRUGS.txt")
SHARED_GOLD = ["/work/shared/gold/dev.jsonl", "/work/shared/gold/seeds.jsonl"]

# closed sets from FORMAT.md (version 2)
UNITS = {"mg", "g", "ug", "ng", "mL", "L", "mg/L", "ug/L", "ng/mL", "ug/mL", "mg/dL",
         "mmol/L", "meq/L", "mg/kg", "ug/kg", "%", "[IU]", "[IU]/L", "{ratio}",
         "min", "h", "d", "wk", "mo"}
ROUTES = {None, "oral", "intravenous", "intramuscular", "subcutaneous", "topical",
          "transdermal", "epidural", "intrathecal", "inhaled", "intranasal", "rectal",
          "vaginal", "ophthalmic"}
STMT_KINDS = {"study", "recommendation"}
ROLES = {"exposed", "control", "total"}
WHO = {"mother", "infant", "pair", "other"}
RECIPIENTS = {"mother", "infant"}
DOSE_STATS = {"mean", "median", "range", "maximum"}
M_KINDS = {"concentration", "infant_dose", "relative_infant_dose", "milk_plasma_ratio",
           "infant_plasma_ratio", "half_life", "amount_excreted", "proportion", "change",
           "milk_volume", "other"}
MATRICES = {None, "milk", "maternal_blood", "infant_blood", "cord_blood",
            "maternal_urine", "infant_urine"}
MATRIX_KINDS = {"concentration", "half_life", "milk_plasma_ratio", "infant_plasma_ratio"}
QUALIFIERS = {"<", ">", "<=", ">=", "~"}
P_QUALIFIERS = {None, "<", "=", ">"}

# where the annotated part of each page ends (furniture after it is ignored)
END_MARKERS = {
    "ao01_lynestrenol_abstract.txt": "Trial registration:",
    "ao02_dosulepin_article.html": "Keywords breastfeeding; antidepressants",
    "ao03_disopyramide_lactmed.txt": "Alternate Drugs to Consider",
    "ao04_bromopride_trial.md": "## References",
    "ao05_temazepam_hospital.html": "References Summary of Product",
    "ao06_sirolimus_caseseries.txt": "Conflict of interest:",
}

NAME_RE = re.compile(r"^ao0[1-6]_[a-z]+_[a-z]+\.(txt|md|html)$")
NUM_RE = re.compile(r"(?<![\w.])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|(?<![\w.])\.\d+")
BOUNDARY_RE = re.compile(
    r"(?<=[A-Za-z)\]%])[.!?]\d{1,2}(?:,\d{1,2})*\s"      # sentence end + bare citation
    r"|[.!?:](?:\[[\d,\s\-\u2013]+\])?\s")              # sentence end (+ [n]) or heading colon
CIT_BRACKET = re.compile(r"\[(\d+(?:\s*[-\u2013,]\s*\d+)*)\]")
CIT_PAREN = re.compile(r"\((\d{1,2})\)")
CIT_BARE = re.compile(r"(?<=[A-Za-z)\]%])\.(\d{1,2}(?:,\d{1,2})*)(?=\s|$)")

WORDNUM = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen "
    "fourteen fifteen sixteen seventeen eighteen nineteen twenty".split())}
WORDNUM.update({"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
                "eighty": 80, "ninety": 90})

problems = []


def bad(doc, msg):
    problems.append(f"{doc}: {msg}")


def fold(s):
    return " ".join(s.split())


INLINE = r"a|b|i|em|strong|span|sup|sub|abbr|small|code|u"


def plain_text(path):
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        s = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
        s = re.sub(r"(?s)<!--.*?-->", " ", s)
        s = re.sub(r"(?i)</?(?:%s)(?:\s[^>]*)?>" % INLINE, "", s)
        s = re.sub(r"(?s)<[^>]+>", " ", s)
        s = html.unescape(s)
    else:
        s = raw
    return raw, fold(s)


def numbers_in(s):
    out = []
    for m in NUM_RE.finditer(s):
        out.append(float(m.group(0).replace(",", "")))
    for m in re.finditer(r"[A-Za-z]+(?:-[A-Za-z]+)?", s):
        w = m.group(0).lower()
        parts = w.split("-")
        if all(p in WORDNUM for p in parts):
            out.append(float(sum(WORDNUM[p] for p in parts)))
    return out


def has_num(nums, x):
    return any(abs(v - float(x)) < 1e-9 for v in nums)


def citations_in(s):
    found = set()
    for m in CIT_BRACKET.finditer(s):
        for part in m.group(1).split(","):
            part = part.strip()
            r = re.split(r"\s*[-\u2013]\s*", part)
            if len(r) == 2:
                found.update(range(int(r[0]), int(r[1]) + 1))
            else:
                found.add(int(part))
    for m in CIT_PAREN.finditer(s):
        found.add(int(m.group(1)))
    for m in CIT_BARE.finditer(s):
        found.update(int(x) for x in m.group(1).split(","))
    return found


def shared_shape():
    """Allowed and required keys per object type, from the shared dev/seed gold."""
    seen = {}
    for path in SHARED_GOLD:
        for line in open(path, encoding="utf-8"):
            d = json.loads(line)
            seen.setdefault("doc", []).append(set(d))
            for s in d["statements"]:
                seen.setdefault("statement", []).append(set(s))
                for k in ("populations", "doses", "measurements", "comparisons"):
                    for x in s[k]:
                        seen.setdefault(k, []).append(set(x))
    return {k: (set.union(*v), set.intersection(*v)) for k, v in seen.items()}


def check_keys(doc, what, obj, shape):
    allowed, required = shape[what]
    extra = set(obj) - allowed
    missing = required - set(obj)
    if extra:
        bad(doc, f"{what}: keys not used in dev/seeds: {sorted(extra)}")
    if missing:
        bad(doc, f"{what}: missing keys {sorted(missing)}")


def is_num(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def main():
    shape = shared_shape()
    excluded = [w.strip() for w in open(EXCLUDED, encoding="utf-8") if w.strip()]
    excl_re = re.compile(r"(?<![A-Za-z0-9])(%s)(?![A-Za-z0-9])" %
                         "|".join(re.escape(w) for w in sorted(excluded, key=len, reverse=True)),
                         re.IGNORECASE)

    files = sorted(f for f in os.listdir(TEXTS) if not f.startswith("."))
    if len(files) != 6:
        bad("texts", f"expected 6 documents, found {len(files)}")
    for f in files:
        if not NAME_RE.match(f):
            bad(f, "file name does not follow ao0N_<drug>_<kind>.<ext>")
        raw, txt = plain_text(os.path.join(TEXTS, f))
        for src, label in ((raw, "raw"), (txt, "plain")):
            for m in excl_re.finditer(src):
                bad(f, f"excluded word '{m.group(1)}' in {label} text")

    gold = [json.loads(l) for l in open(GOLD, encoding="utf-8") if l.strip()]
    gdocs = [g["doc"] for g in gold]
    if sorted(gdocs) != files:
        bad("gold", f"documents differ from texts/: {sorted(set(gdocs) ^ set(files))}")

    for g in gold:
        doc = g["doc"]
        check_keys(doc, "doc", g, shape)
        path = os.path.join(TEXTS, doc)
        if not os.path.exists(path):
            continue
        _, text = plain_text(path)
        drug_in_name = doc.split("_")[1]

        # ---- anchors, order, stretches
        starts, apos = [], []
        for i, s in enumerate(g["statements"]):
            a = fold(s["anchor"])
            if len(a) < 25:
                bad(doc, f"statement {i}: anchor shorter than 25 characters")
            cnt = text.count(a)
            if cnt != 1:
                bad(doc, f"statement {i}: anchor occurs {cnt} times: {a!r}")
            apos.append(text.find(a))
        if apos != sorted(apos):
            bad(doc, "statements are not in document order")
        for i, p in enumerate(apos):
            lo = apos[i - 1] + len(fold(g["statements"][i - 1]["anchor"])) if i else 0
            st = lo
            for m in BOUNDARY_RE.finditer(text, lo, max(p, lo)):
                if m.end() <= p:
                    st = m.end()
            starts.append(max(st, lo) if p >= 0 else 0)
        marker = END_MARKERS.get(doc)
        for i, s in enumerate(g["statements"]):
            tag = f"statement {i}"
            check_keys(doc, "statement", s, shape)
            start = starts[i]
            end = starts[i + 1] if i + 1 < len(starts) else len(text)
            if marker:
                mp = text.find(marker, start)
                if mp == -1:
                    bad(doc, f"end marker {marker!r} not found")
                else:
                    end = min(end, mp)
            stretch = text[start:end]
            nums = numbers_in(stretch)

            if s["kind"] not in STMT_KINDS:
                bad(doc, f"{tag}: kind {s['kind']!r}")
            if s["route"] not in ROUTES:
                bad(doc, f"{tag}: route {s['route']!r}")
            if not s["drug"] or s["drug"] != s["drug"].lower():
                bad(doc, f"{tag}: drug must be lower case")
            if s["drug"] != drug_in_name:
                bad(doc, f"{tag}: drug {s['drug']!r} differs from file name drug")
            if s["route"] and s["route"] not in stretch.lower() and not (
                    s["route"] == "oral" and ("orally" in stretch or "by mouth" in stretch)) and not (
                    s["route"] == "intravenous" and "intravenously" in stretch):
                bad(doc, f"{tag}: route {s['route']!r} not named in its text")

            # ---- populations
            for j, p in enumerate(s["populations"]):
                check_keys(doc, "populations", p, shape)
                if not isinstance(p["n"], int) or isinstance(p["n"], bool) or p["n"] < 1:
                    bad(doc, f"{tag} population {j}: n must be a positive integer")
                if p["role"] not in ROLES:
                    bad(doc, f"{tag} population {j}: role {p['role']!r}")
                if p["who"] not in WHO:
                    bad(doc, f"{tag} population {j}: who {p['who']!r}")
                if fold(p["text"]) not in stretch:
                    bad(doc, f"{tag} population {j}: text not verbatim in statement: {p['text']!r}")
                elif not has_num(numbers_in(p["text"]), p["n"]):
                    bad(doc, f"{tag} population {j}: n={p['n']} not written in its text")

            # ---- doses
            for j, d in enumerate(s["doses"]):
                check_keys(doc, "doses", d, shape)
                if d["unit"] not in UNITS:
                    bad(doc, f"{tag} dose {j}: unit {d['unit']!r}")
                if d["recipient"] not in RECIPIENTS:
                    bad(doc, f"{tag} dose {j}: recipient {d['recipient']!r}")
                if "stat" in d and d["stat"] not in DOSE_STATS:
                    bad(doc, f"{tag} dose {j}: stat {d['stat']!r}")
                if not is_num(d["amount"]):
                    bad(doc, f"{tag} dose {j}: amount not a number")
                if "amount_high" in d and not d["amount_high"] > d["amount"]:
                    bad(doc, f"{tag} dose {j}: amount_high not above amount")
                if fold(d["text"]) not in stretch:
                    bad(doc, f"{tag} dose {j}: text not verbatim in statement: {d['text']!r}")
                dn = numbers_in(d["text"])
                for k in ("amount", "amount_high"):
                    if k in d and not has_num(dn, d[k]):
                        bad(doc, f"{tag} dose {j}: {k}={d[k]} not in its text")

            # ---- measurements
            for j, m in enumerate(s["measurements"]):
                check_keys(doc, "measurements", m, shape)
                mt = f"{tag} measurement {j}"
                if m["unit"] not in UNITS:
                    bad(doc, f"{mt}: unit {m['unit']!r}")
                if m["kind"] not in M_KINDS:
                    bad(doc, f"{mt}: kind {m['kind']!r}")
                if m["matrix"] not in MATRICES:
                    bad(doc, f"{mt}: matrix {m['matrix']!r}")
                if m["kind"] not in MATRIX_KINDS and m["matrix"] is not None:
                    bad(doc, f"{mt}: matrix must be null for kind {m['kind']}")
                if m["kind"] == "concentration" and m["matrix"] is None:
                    bad(doc, f"{mt}: a concentration needs its matrix")
                if m["kind"] == "milk_plasma_ratio" and m["matrix"] != "milk":
                    bad(doc, f"{mt}: milk_plasma_ratio matrix must be milk")
                if m["kind"] == "infant_plasma_ratio" and m["matrix"] != "infant_blood":
                    bad(doc, f"{mt}: infant_plasma_ratio matrix must be infant_blood")
                if m["kind"] in ("relative_infant_dose", "proportion", "change",
                                 "milk_plasma_ratio", "infant_plasma_ratio") and \
                        m["unit"] not in ("%", "{ratio}"):
                    bad(doc, f"{mt}: unit {m['unit']} unlikely for {m['kind']}")
                if m["kind"] == "half_life" and m["unit"] not in ("min", "h", "d"):
                    bad(doc, f"{mt}: half-life unit {m['unit']}")
                if "qualifier" in m and m["qualifier"] not in QUALIFIERS:
                    bad(doc, f"{mt}: qualifier {m['qualifier']!r}")
                if m["analyte"] is not None and (m["analyte"] != m["analyte"].lower()
                                                 or m["analyte"] == s["drug"]):
                    bad(doc, f"{mt}: analyte must be lower case and not the drug itself")
                for k in ("value", "value_high"):
                    if k in m:
                        if not is_num(m[k]):
                            bad(doc, f"{mt}: {k} not a number")
                        elif not has_num(nums, m[k]):
                            bad(doc, f"{mt}: {k}={m[k]} not in the statement's text")
                if "value_high" in m and not m["value_high"] > m["value"]:
                    bad(doc, f"{mt}: value_high not above value")
                for k, lst in (("dose", s["doses"]), ("population", s["populations"])):
                    v = m[k]
                    if v is not None and (not isinstance(v, int) or not 0 <= v < len(lst)):
                        bad(doc, f"{mt}: {k} link {v} out of range")

            # ---- comparisons
            for j, c in enumerate(s["comparisons"]):
                check_keys(doc, "comparisons", c, shape)
                ct = f"{tag} comparison {j}"
                if c["unit"] not in UNITS:
                    bad(doc, f"{ct}: unit {c['unit']!r}")
                if c["kind"] not in M_KINDS:
                    bad(doc, f"{ct}: kind {c['kind']!r}")
                if len(c["values"]) < 2 or len(c["values"]) != len(c["arms"]):
                    bad(doc, f"{ct}: needs 2+ values and one arm per value")
                if len(set(map(str.lower, c["arms"]))) != len(c["arms"]):
                    bad(doc, f"{ct}: arms must differ")
                if not c["outcome"]:
                    bad(doc, f"{ct}: outcome missing")
                elif any(has_num(numbers_in(c["outcome"]), v) for v in c["values"]):
                    bad(doc, f"{ct}: outcome should not hold the compared numbers")
                for arm in c["arms"]:
                    if any(has_num(numbers_in(arm), v) for v in c["values"]):
                        bad(doc, f"{ct}: arm {arm!r} holds a compared number")
                for v in c["values"]:
                    if not has_num(nums, v):
                        bad(doc, f"{ct}: value {v} not in the statement's text")
                    backing = [m for m in s["measurements"]
                               if abs(m["value"] - v) < 1e-9 and m["unit"] == c["unit"]
                               and m["kind"] == c["kind"]]
                    if not backing:
                        bad(doc, f"{ct}: value {v} {c['unit']} has no measurement of kind {c['kind']}")
                    elif all("value_high" in m for m in backing):
                        bad(doc, f"{ct}: value {v} is a range (no comparison allowed)")
                if c["significant"] not in (True, False, None):
                    bad(doc, f"{ct}: significant must be true/false/null")
                if c["p_qualifier"] not in P_QUALIFIERS:
                    bad(doc, f"{ct}: p_qualifier {c['p_qualifier']!r}")
                pv, pq, sig = c["p_value"], c["p_qualifier"], c["significant"]
                if (pv is None) != (pq is None):
                    bad(doc, f"{ct}: p_value and p_qualifier go together")
                if pv is not None:
                    if not has_num(nums, pv):
                        bad(doc, f"{ct}: p-value {pv} not in the statement's text")
                    if pq == "<" and pv <= 0.05:
                        want = True
                    elif pq == "=":
                        want = pv < 0.05
                    elif pq == ">" and pv >= 0.05:
                        want = False
                    else:
                        want = "unknown"
                    if want == "unknown":
                        bad(doc, f"{ct}: p {pq} {pv} does not decide significance")
                    elif sig is not want:
                        bad(doc, f"{ct}: significant={sig} disagrees with p {pq} {pv}")

            # ---- citations
            cits = s["citations"]
            if not all(isinstance(x, int) for x in cits) or cits != sorted(set(cits)):
                bad(doc, f"{tag}: citations must be sorted distinct integers")
            found = citations_in(stretch)
            for x in cits:
                if x not in found:
                    bad(doc, f"{tag}: citation {x} not marked in the statement's text")
            for x in sorted(found - set(cits)):
                bad(doc, f"{tag}: citation marker {x} in the text but not in gold")

    for p in problems:
        print(p)
    if problems:
        print(f"FAILED ({len(problems)} problems)")
        sys.exit(1)
    print("CLEAN")


if __name__ == "__main__":
    main()
