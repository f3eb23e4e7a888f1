#!/usr/bin/env python3
"""Validator for the ar held-out corpus.  Standard library only.

Checks gold.jsonl against the texts, FORMAT.md (version 2) and the key layout
of /work/shared/gold/dev.jsonl and seeds.jsonl.  Prints CLEAN when nothing is
wrong, otherwise one line per problem (exit status 1).
  python3 tools/check.py            # validate
  python3 tools/check.py --table    # also print the per-document counts table
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
SHARED = "/work/shared/gold"
FORMAT_MD = os.path.join(SHARED, "FORMAT.md")
REF_GOLD = [os.path.join(SHARED, "dev.jsonl"), os.path.join(SHARED, "seeds.jsonl")]

sys.path.insert(0, HERE)
import build_gold  # noqa: E402  (side tables only; importing does not write)

# Documents whose own citation style is a parenthesised number, "(2)", "(1,2)".
PAREN_CITATION_DOCS = {"ar06_reboxetine_qa.txt"}

# ------------------------------------------------------------ closed codes (FORMAT.md v2)
STATEMENT_KINDS = {"study", "recommendation"}
ROUTES = {"oral", "intravenous", "intramuscular", "subcutaneous", "topical", "transdermal", "epidural",
          "intrathecal", "inhaled", "intranasal", "rectal", "vaginal", "ophthalmic"}
ROLES = {"exposed", "control", "total"}
WHO = {"mother", "infant", "pair", "other"}
RECIPIENTS = {"mother", "infant"}
MKINDS = {"concentration", "infant_dose", "relative_infant_dose", "milk_plasma_ratio", "infant_plasma_ratio",
          "half_life", "amount_excreted", "proportion", "change", "milk_volume", "other"}
MATRICES = {"milk", "maternal_blood", "infant_blood", "cord_blood", "maternal_urine", "infant_urine"}
QUALIFIERS = {"<", ">", "<=", ">=", "~"}
P_QUALIFIERS = {"<", "=", ">"}
STATS = {"mean", "median", "range", "maximum"}
UNITS_FALLBACK = ["mg", "g", "ug", "ng", "mL", "L", "mg/L", "ug/L", "ng/mL", "ug/mL", "mg/dL", "mmol/L", "meq/L",
                  "mg/kg", "ug/kg", "%", "[IU]", "[IU]/L", "{ratio}", "min", "h", "d", "wk", "mo"]
MATRIX_KINDS = {"concentration", "half_life", "milk_plasma_ratio", "infant_plasma_ratio"}
UNIT_OK_FOR_KIND = {
    "concentration": {"mg/L", "ug/L", "ng/mL", "ug/mL", "mg/dL", "mmol/L", "meq/L", "[IU]/L"},
    "infant_dose": {"mg", "ug", "ng", "g", "mg/kg", "ug/kg", "[IU]"},
    "relative_infant_dose": {"%"},
    "milk_plasma_ratio": {"{ratio}", "%"},
    "infant_plasma_ratio": {"{ratio}", "%"},
    "half_life": {"min", "h", "d"},
    "amount_excreted": {"mg", "ug", "ng", "g", "[IU]"},
    "proportion": {"%"},
    "change": {"%"},
    "milk_volume": {"mL", "L"},
}

NUMBER_WORDS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
                "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
                "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}


def format_units():
    """The unit list written in FORMAT.md ('Units are UCUM codes ...: `mg`, ...')."""
    try:
        txt = open(FORMAT_MD, encoding="utf-8").read()
        m = re.search(r"Units are UCUM codes.*?:(.*?)A count of people", txt, re.S)
        units = re.findall(r"`([^`]+)`", m.group(1))
        return set(units) if units else set(UNITS_FALLBACK)
    except Exception:
        return set(UNITS_FALLBACK)


UNITS = format_units()


# ------------------------------------------------------------ text helpers
def fold(s):
    return " ".join(s.split())


def plain_text(path):
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        t = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
        t = re.sub(r"(?s)<!--.*?-->", " ", t)
        t = re.sub(r"(?s)<[^>]+>", " ", t)
        t = html.unescape(t)
    else:
        t = raw
    return raw, fold(t)


def numbers_in(s):
    out = []
    for tok in re.findall(r"\d[\d,]*(?:\.\d+)?|(?<!\d)\.\d+", s):
        tok = tok.rstrip(",")
        if re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?", tok):
            out.append(float(tok.replace(",", "")))
        else:
            for part in tok.split(","):
                if part:
                    out.append(float(part))
    return out


def word_numbers(s):
    out = []
    for w in re.findall(r"[A-Za-z]+(?:-[A-Za-z]+)?", s):
        w = w.lower()
        if w in NUMBER_WORDS:
            out.append(float(NUMBER_WORDS[w]))
        elif "-" in w:
            a, b = w.split("-", 1)
            if a in NUMBER_WORDS and b in NUMBER_WORDS and NUMBER_WORDS[a] >= 20 and NUMBER_WORDS[b] < 10:
                out.append(float(NUMBER_WORDS[a] + NUMBER_WORDS[b]))
    return out


def has_num(x, nums):
    return any(abs(float(x) - n) < 1e-9 for n in nums)


def citation_markers(stretch, paren):
    pats = [r"\[\s*(\d+(?:\s*[-–,]\s*\d+)*)\s*\]"]
    if paren:
        pats.append(r"\(\s*(\d+(?:\s*[-–,]\s*\d+)*)\s*\)")
    found = set()
    for pat in pats:
        for grp in re.findall(pat, stretch):
            for part in re.split(r"\s*,\s*", grp):
                if re.search(r"[-–]", part):
                    a, b = [int(x) for x in re.split(r"\s*[-–]\s*", part)]
                    found.update(range(a, b + 1))
                else:
                    found.add(int(part))
    return found


# ------------------------------------------------------------ reference key layout
def reference_keys():
    allowed, required = {}, {}

    def note(kind, obj):
        ks = set(obj.keys())
        allowed.setdefault(kind, set()).update(ks)
        required[kind] = ks if kind not in required else (required[kind] & ks)

    for path in REF_GOLD:
        for line in open(path, encoding="utf-8"):
            d = json.loads(line)
            note("doc", d)
            for s in d["statements"]:
                note("statement", s)
                for f, k in (("populations", "population"), ("doses", "dose"),
                             ("measurements", "measurement"), ("comparisons", "comparison")):
                    for o in s[f]:
                        note(k, o)
    return allowed, required


# ------------------------------------------------------------ main check
def main():
    errors = []
    err = errors.append
    allowed, required = reference_keys()
    excluded = [w.strip() for w in open(EXCLUDED, encoding="utf-8") if w.strip()]

    files = sorted(os.listdir(TEXTS))
    for fn in files:
        if not re.fullmatch(r"ar0[1-9]_[a-z0-9]+_[a-z]+\.(txt|md|html)", fn):
            err("%s: file name does not follow ar0N_<drug>_<kind>.<ext>" % fn)
    texts = {fn: plain_text(os.path.join(TEXTS, fn)) for fn in files}

    # excluded drug words, whole word, case-insensitive, in raw and stripped text
    for fn, (raw, plain) in texts.items():
        for w in excluded:
            pat = r"(?<![A-Za-z0-9])" + re.escape(w) + r"(?![A-Za-z0-9])"
            for label, t in (("raw", raw), ("text", plain)):
                m = re.search(pat, t, re.I)
                if m:
                    err("%s: excluded word %r in %s: ...%s..." % (fn, w, label, t[max(0, m.start() - 30):m.end() + 30]))

    gold = [json.loads(l) for l in open(GOLD, encoding="utf-8") if l.strip()]
    gdocs = [g["doc"] for g in gold]
    if sorted(gdocs) != files:
        err("gold documents %s differ from texts %s" % (gdocs, files))
    if len(set(gdocs)) != len(gdocs):
        err("duplicate documents in gold")

    def keys_ok(where, kind, obj):
        ks = set(obj.keys())
        extra = ks - allowed[kind]
        missing = required[kind] - ks
        if extra:
            err("%s: %s has keys not used in dev/seeds: %s" % (where, kind, sorted(extra)))
        if missing:
            err("%s: %s lacks keys always present in dev/seeds: %s" % (where, kind, sorted(missing)))

    for g in gold:
        doc = g["doc"]
        keys_ok(doc, "doc", g)
        if doc not in texts:
            continue
        plain = texts[doc][1]
        ends = build_gold.STRETCH_END.get(doc, [])
        worded = build_gold.WORDED.get(doc, {})
        paren = doc in PAREN_CITATION_DOCS
        if len(ends) != len(g["statements"]):
            err("%s: %d stretch ends for %d statements" % (doc, len(ends), len(g["statements"])))
            continue
        prev_end = 0
        for si, s in enumerate(g["statements"]):
            w = "%s#%d" % (doc, si)
            keys_ok(w, "statement", s)
            # ---- anchor and stretch
            a = fold(s["anchor"])
            if len(a) < 25:
                err("%s: anchor shorter than 25 characters" % w)
            cnt = plain.count(a)
            if cnt != 1:
                err("%s: anchor occurs %d times: %r" % (w, cnt, a))
                continue
            start = plain.index(a)
            e = fold(ends[si])
            epos = plain.find(e, start)
            if epos < 0:
                err("%s: stretch end %r not found after anchor" % (w, e))
                continue
            stop = epos + len(e)
            if start < prev_end:
                err("%s: stretch overlaps the previous statement" % w)
            prev_end = stop
            st = plain[start:stop]
            nums = numbers_in(st)

            def num_ok(x, phrase_ok=True):
                if has_num(x, nums):
                    return True
                if phrase_ok:
                    for k, ph in worded.items():
                        if abs(float(k) - float(x)) < 1e-9 and fold(ph) in st:
                            return True
                return False

            # ---- statement fields
            if s["kind"] not in STATEMENT_KINDS:
                err("%s: statement kind %r" % (w, s["kind"]))
            if not isinstance(s["drug"], str) or s["drug"] != s["drug"].lower() or not s["drug"]:
                err("%s: drug must be lower case text" % w)
            if s["route"] is not None and s["route"] not in ROUTES:
                err("%s: route %r" % (w, s["route"]))
            # ---- populations
            for pi, p in enumerate(s["populations"]):
                pw = "%s pop%d" % (w, pi)
                keys_ok(pw, "population", p)
                if not isinstance(p["n"], int) or isinstance(p["n"], bool) or p["n"] < 1:
                    err("%s: n must be a positive integer" % pw)
                if p["role"] not in ROLES:
                    err("%s: role %r" % (pw, p["role"]))
                if p["who"] not in WHO:
                    err("%s: who %r" % (pw, p["who"]))
                t = fold(p["text"])
                if t not in st:
                    err("%s: text not verbatim in stretch: %r" % (pw, t))
                if not (has_num(p["n"], numbers_in(t)) or has_num(p["n"], word_numbers(t))):
                    err("%s: n=%s not written in its text %r" % (pw, p["n"], t))
            # ---- doses
            for di, dd in enumerate(s["doses"]):
                dw = "%s dose%d" % (w, di)
                keys_ok(dw, "dose", dd)
                if dd["unit"] not in UNITS:
                    err("%s: unit %r not in FORMAT.md" % (dw, dd["unit"]))
                if dd["recipient"] not in RECIPIENTS:
                    err("%s: recipient %r" % (dw, dd["recipient"]))
                if "stat" in dd and dd["stat"] not in STATS:
                    err("%s: stat %r" % (dw, dd["stat"]))
                if dd.get("stat") == "range" and "amount_high" not in dd:
                    err("%s: range without amount_high" % dw)
                if "amount_high" in dd and not dd["amount_high"] > dd["amount"]:
                    err("%s: amount_high not above amount" % dw)
                t = fold(dd["text"])
                if t not in st:
                    err("%s: text not verbatim in stretch: %r" % (dw, t))
                tn = numbers_in(t) + word_numbers(t)
                for f in ("amount", "amount_high"):
                    if f in dd and not has_num(dd[f], tn):
                        err("%s: %s=%s not written in its text %r" % (dw, f, dd[f], t))
            # ---- measurements
            for mi, m in enumerate(s["measurements"]):
                mw = "%s meas%d" % (w, mi)
                keys_ok(mw, "measurement", m)
                if m["unit"] not in UNITS:
                    err("%s: unit %r not in FORMAT.md" % (mw, m["unit"]))
                if m["kind"] not in MKINDS:
                    err("%s: kind %r" % (mw, m["kind"]))
                elif m["kind"] in UNIT_OK_FOR_KIND and m["unit"] not in UNIT_OK_FOR_KIND[m["kind"]]:
                    err("%s: unit %r unlikely for kind %r" % (mw, m["unit"], m["kind"]))
                if m["kind"] in MATRIX_KINDS:
                    if m["matrix"] not in MATRICES:
                        err("%s: kind %s needs a matrix" % (mw, m["kind"]))
                elif m["matrix"] is not None:
                    err("%s: matrix must be null for kind %s" % (mw, m["kind"]))
                if m["kind"] == "milk_plasma_ratio" and m["matrix"] != "milk":
                    err("%s: milk_plasma_ratio matrix must be milk" % mw)
                if m["kind"] == "infant_plasma_ratio" and m["matrix"] != "infant_blood":
                    err("%s: infant_plasma_ratio matrix must be infant_blood" % mw)
                if m["analyte"] is not None and (m["analyte"] != m["analyte"].lower() or m["analyte"] == s["drug"]):
                    err("%s: analyte must be lower case and differ from the drug" % mw)
                if "qualifier" in m and m["qualifier"] not in QUALIFIERS:
                    err("%s: qualifier %r" % (mw, m["qualifier"]))
                if "stat" in m and m["stat"] not in STATS:
                    err("%s: stat %r" % (mw, m["stat"]))
                if m.get("stat") == "range" and "value_high" not in m:
                    err("%s: range without value_high" % mw)
                if "value_high" in m and not m["value_high"] > m["value"]:
                    err("%s: value_high not above value" % mw)
                for f in ("value", "value_high"):
                    if f in m and not num_ok(m[f]):
                        err("%s: %s=%s not found in the statement's stretch" % (mw, f, m[f]))
                if m["dose"] is not None:
                    if not (isinstance(m["dose"], int) and 0 <= m["dose"] < len(s["doses"])):
                        err("%s: dose link %r out of range" % (mw, m["dose"]))
                if m["population"] is not None:
                    if not (isinstance(m["population"], int) and 0 <= m["population"] < len(s["populations"])):
                        err("%s: population link %r out of range" % (mw, m["population"]))
            # ---- comparisons
            for ci, c in enumerate(s["comparisons"]):
                cw = "%s comp%d" % (w, ci)
                keys_ok(cw, "comparison", c)
                if len(c["values"]) < 2 or len(c["values"]) != len(c["arms"]):
                    err("%s: needs 2+ values and one arm per value" % cw)
                if c["unit"] not in UNITS:
                    err("%s: unit %r" % (cw, c["unit"]))
                if c["kind"] not in MKINDS:
                    err("%s: kind %r" % (cw, c["kind"]))
                if not c["outcome"] or not all(isinstance(x, str) and x for x in c["arms"]):
                    err("%s: outcome and arms must be non-empty text" % cw)
                used = set()
                for v in c["values"]:
                    hit = [i for i, m in enumerate(s["measurements"])
                           if i not in used and m["unit"] == c["unit"] and m["kind"] == c["kind"]
                           and abs(m["value"] - v) < 1e-9 and "value_high" not in m]
                    if not hit:
                        err("%s: value %s (%s, %s) not backed by a measurement" % (cw, v, c["unit"], c["kind"]))
                    else:
                        used.add(hit[0])
                sig, p, pq = c["significant"], c["p_value"], c["p_qualifier"]
                if sig not in (True, False, None):
                    err("%s: significant must be true/false/null" % cw)
                if (p is None) != (pq is None):
                    err("%s: p_value and p_qualifier must both be set or both null" % cw)
                if p is not None:
                    if pq not in P_QUALIFIERS:
                        err("%s: p_qualifier %r" % (cw, pq))
                    if not has_num(p, nums):
                        err("%s: p_value %s not found in stretch" % (cw, p))
                    expect = None
                    if pq == "<" and p <= 0.05:
                        expect = True
                    elif pq == "=" and p < 0.05:
                        expect = True
                    elif pq in ("=", ">") and p >= 0.05:
                        expect = False
                    if expect is not None and sig is not expect:
                        err("%s: significant=%r disagrees with p %s %s" % (cw, sig, pq, p))
            # ---- citations
            cits = s["citations"]
            if not all(isinstance(x, int) for x in cits) or len(set(cits)) != len(cits):
                err("%s: citations must be distinct integers" % w)
            found = citation_markers(st, paren)
            if set(cits) != found:
                err("%s: citations %s but markers in stretch give %s" % (w, sorted(cits), sorted(found)))

    if "--table" in sys.argv:
        print_table(gold)
    if errors:
        for e in errors:
            print(e)
        sys.exit(1)
    print("CLEAN")


def print_table(gold):
    kinds = {".txt": "plain text", ".md": "Markdown", ".html": "HTML"}
    print("| doc | type | statements | populations | doses | measurements | comparisons | citations |")
    print("|---|---|---|---|---|---|---|---|")
    tot = [0] * 6
    for g in gold:
        ss = g["statements"]
        row = [len(ss), sum(len(s["populations"]) for s in ss), sum(len(s["doses"]) for s in ss),
               sum(len(s["measurements"]) for s in ss), sum(len(s["comparisons"]) for s in ss),
               sum(len(set(s["citations"])) for s in ss)]
        tot = [a + b for a, b in zip(tot, row)]
        ext = os.path.splitext(g["doc"])[1]
        print("| %s | %s | %s |" % (g["doc"], kinds.get(ext, ext), " | ".join(map(str, row))))
    print("| **total** | | %s |" % " | ".join("**%d**" % x for x in tot))


if __name__ == "__main__":
    main()
