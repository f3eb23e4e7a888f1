#!/usr/bin/env python3
"""Validator for the heldout_ak gold file (FORMAT.md version 2).

Checks, for ../gold.jsonl against ../texts/:
  * keys of every object against the keys used in /work/shared/gold/dev.jsonl and seeds.jsonl
    (required = present in every dev/seed object of that type, allowed = present in any);
  * closed codes and units allowed by FORMAT.md (each code is also looked up in FORMAT.md);
  * each anchor (25+ characters) occurs exactly once in the whitespace-folded text
    (HTML: scripts/styles dropped, tags stripped, entities decoded), and statements are in text order;
  * every number of a statement (population n, dose amounts, measurement values, comparison values,
    p-values) occurs inside the statement's stretch of text (from its anchor to the next anchor,
    cut at a following "References" heading);
  * population and dose `text` is verbatim inside the stretch;
  * dose / population links are in range;
  * comparisons are backed by measurements of the same statement (same value, unit and kind,
    not a range), have one arm per value, and `significant` agrees with the p-value;
  * the citation markers inside each stretch are exactly the statement's `citations`;
  * no word of EXCLUDED_DRUGS.txt occurs in the texts (or in the gold / README), whole word,
    case-insensitive.
Prints CLEAN when nothing is wrong, otherwise one line per problem.
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
README = os.path.join(ROOT, "README.md")
EXCLUDED = os.path.join(ROOT, "EXCLUDED_DRUGS.txt")
SHARED = "/work/shared/gold"
FORMAT_MD = os.path.join(SHARED, "FORMAT.md")
REFERENCE_GOLD = [os.path.join(SHARED, "dev.jsonl"), os.path.join(SHARED, "seeds.jsonl")]

ERRORS = []


def err(msg):
    ERRORS.append(msg)


# ------------------------------------------------------------ closed sets (FORMAT.md v2)
STATEMENT_KINDS = {"study", "recommendation"}
ROUTES = {"oral", "intravenous", "intramuscular", "subcutaneous", "topical", "transdermal", "epidural",
          "intrathecal", "inhaled", "intranasal", "rectal", "vaginal", "ophthalmic"}
ROLES = {"exposed", "control", "total"}
WHO = {"mother", "infant", "pair", "other"}
RECIPIENTS = {"mother", "infant"}
UNITS = {"mg", "g", "ug", "ng", "mL", "L", "mg/L", "ug/L", "ng/mL", "ug/mL", "mg/dL", "mmol/L", "meq/L",
         "mg/kg", "ug/kg", "%", "[IU]", "[IU]/L", "{ratio}", "min", "h", "d", "wk", "mo"}
STATS = {"mean", "median", "range", "maximum"}
QUALIFIERS = {"<", ">", "<=", ">=", "~"}
P_QUALIFIERS = {"<", "=", ">"}
MEAS_KINDS = {"concentration", "infant_dose", "relative_infant_dose", "milk_plasma_ratio",
              "infant_plasma_ratio", "half_life", "amount_excreted", "proportion", "change",
              "milk_volume", "other"}
MATRICES = {"milk", "maternal_blood", "infant_blood", "cord_blood", "maternal_urine", "infant_urine"}
MATRIX_KINDS = {"concentration", "half_life", "milk_plasma_ratio", "infant_plasma_ratio"}


def check_codes_in_format():
    """Every code used here must be written in backticks in FORMAT.md."""
    fmt = open(FORMAT_MD, encoding="utf-8").read()
    fmt = re.sub(r"(?s)```.*?```", " ", fmt)          # drop fenced code blocks first
    ticked = set(re.findall(r"`([^`\n]+)`", fmt))
    for name, codes in [("statement kind", STATEMENT_KINDS), ("route", ROUTES), ("role", ROLES),
                        ("who", WHO), ("recipient", RECIPIENTS), ("unit", UNITS), ("stat", STATS),
                        ("qualifier", QUALIFIERS), ("p_qualifier", P_QUALIFIERS),
                        ("measurement kind", MEAS_KINDS), ("matrix", MATRICES)]:
        for c in codes:
            if c not in ticked and c != "=":
                err("checker: %s code %r is not written in FORMAT.md" % (name, c))


# ------------------------------------------------------------ key sets from dev/seeds
def reference_keys():
    kinds = {"doc": [], "statement": [], "population": [], "dose": [], "measurement": [], "comparison": []}
    for path in REFERENCE_GOLD:
        for line in open(path, encoding="utf-8"):
            if not line.strip():
                continue
            d = json.loads(line)
            kinds["doc"].append(set(d))
            for s in d["statements"]:
                kinds["statement"].append(set(s))
                for k, sub in [("populations", "population"), ("doses", "dose"),
                               ("measurements", "measurement"), ("comparisons", "comparison")]:
                    for x in s[k]:
                        kinds[sub].append(set(x))
    out = {}
    for k, sets in kinds.items():
        req = set.intersection(*sets)
        allowed = set.union(*sets)
        out[k] = (req, allowed)
    return out


def check_keys(obj, kind, refkeys, where):
    req, allowed = refkeys[kind]
    keys = set(obj)
    missing = req - keys
    extra = keys - allowed
    if missing:
        err("%s: %s lacks keys %s" % (where, kind, sorted(missing)))
    if extra:
        err("%s: %s has keys not used in dev/seeds %s" % (where, kind, sorted(extra)))


# ------------------------------------------------------------ text handling
BLOCK_TAGS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th",
              "table", "thead", "tbody", "section", "header", "footer", "nav", "article", "aside", "main",
              "title", "head", "body", "html", "dd", "dt", "dl", "blockquote", "figure", "figcaption",
              "form", "button", "input", "label", "meta", "link", "hr"}


def strip_html(raw, mark_sup=False):
    s = re.sub(r"(?is)<!--.*?-->", " ", raw)
    s = re.sub(r"(?is)<(script|style)\b.*?</\1\s*>", " ", s)
    s = re.sub(r"(?is)<!DOCTYPE[^>]*>", " ", s)
    if mark_sup:
        s = re.sub(r"(?is)<sup>\s*([^<]*?)\s*</sup>", r"[\1]", s)

    def tag(m):
        name = m.group(1).lower()
        return " " if name in BLOCK_TAGS else ""
    s = re.sub(r"(?s)</?\s*([A-Za-z][A-Za-z0-9]*)\b[^>]*>", tag, s)
    return html.unescape(s)


def fold(s):
    return " ".join(s.split())


def load_text(name, mark_sup=False):
    raw = open(os.path.join(TEXTS, name), encoding="utf-8").read()
    if name.lower().endswith((".html", ".htm")):
        raw = strip_html(raw, mark_sup=mark_sup)
    return fold(raw)


NUM_RE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+")
WORDS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
         "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
         "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}


def numbers_in(text):
    vals = set()
    for m in NUM_RE.finditer(text):
        vals.add(float(m.group(0).replace(",", "")))
    for m in re.finditer(r"[A-Za-z]+(?:-[A-Za-z]+)?", text):
        w = m.group(0).lower()
        parts = w.split("-")
        if len(parts) == 2 and parts[0] in TENS and parts[1] in WORDS and 0 < WORDS[parts[1]] < 10:
            vals.add(float(TENS[parts[0]] + WORDS[parts[1]]))
        for p in parts:
            if p in WORDS:
                vals.add(float(WORDS[p]))
            if p in TENS:
                vals.add(float(TENS[p]))
    return vals


def has_number(vals, x):
    return any(abs(v - float(x)) < 1e-9 for v in vals)


CIT_RE = re.compile(r"\[\^?(\d+(?:\s*[,\u2013-]\s*\d+)*)\]")


def citation_numbers(text):
    out = set()
    for m in CIT_RE.finditer(text):
        for part in re.split(r"\s*,\s*", m.group(1)):
            rng = re.split(r"\s*[\u2013-]\s*", part)
            if len(rng) == 2:
                a, b = int(rng[0]), int(rng[1])
                out.update(range(a, b + 1))
            else:
                out.add(int(rng[0]))
    return out


def stretches(text, anchors, where):
    """Return list of (start, end) per anchor, in the given order; None where the anchor fails."""
    pos = []
    for a in anchors:
        fa = fold(a)
        n = text.count(fa)
        if len(fa) < 25:
            err("%s: anchor shorter than 25 characters: %r" % (where, a))
        if n != 1:
            err("%s: anchor occurs %d times (must be exactly once): %r" % (where, n, a))
            pos.append(None)
        else:
            pos.append(text.index(fa))
    ok = [p for p in pos if p is not None]
    if ok != sorted(ok):
        err("%s: statements are not in text order" % where)
    out = []
    for i, p in enumerate(pos):
        if p is None:
            out.append(None)
            continue
        later = [q for q in pos if q is not None and q > p]
        end = min(later) if later else len(text)
        m = re.search(r"\bReferences\b", text[p:end])
        if m:
            end = p + m.start()
        out.append((p, end))
    return out


# ------------------------------------------------------------ checks per statement
def sig_from_p(p, q):
    if q == "<":
        return p <= 0.05
    if q == ">":
        return False if p >= 0.05 else None
    return p < 0.05


def check_statement(s, i, doc, text, marked, span, mspan, refkeys):
    where = "%s statement %d" % (doc, i)
    check_keys(s, "statement", refkeys, where)
    if s.get("kind") not in STATEMENT_KINDS:
        err("%s: kind %r" % (where, s.get("kind")))
    if s.get("route") is not None and s["route"] not in ROUTES:
        err("%s: route %r" % (where, s.get("route")))
    drug = s.get("drug")
    if not isinstance(drug, str) or drug != drug.lower() or not drug:
        err("%s: drug must be lower case: %r" % (where, drug))
    stretch = text[span[0]:span[1]] if span else ""
    vals = numbers_in(stretch)
    pops, doses, meas, comps = s["populations"], s["doses"], s["measurements"], s["comparisons"]

    for j, p in enumerate(pops):
        w = "%s population %d" % (where, j)
        check_keys(p, "population", refkeys, w)
        if not isinstance(p.get("n"), int) or isinstance(p.get("n"), bool) or p["n"] < 0:
            err("%s: n must be a non-negative integer: %r" % (w, p.get("n")))
        if p.get("role") not in ROLES:
            err("%s: role %r" % (w, p.get("role")))
        if p.get("who") not in WHO:
            err("%s: who %r" % (w, p.get("who")))
        if span and fold(p.get("text", "")) not in stretch:
            err("%s: text not verbatim in the statement: %r" % (w, p.get("text")))
        if span and isinstance(p.get("n"), int) and not has_number(vals, p["n"]):
            err("%s: n=%s not found in the statement" % (w, p["n"]))

    for j, d in enumerate(doses):
        w = "%s dose %d" % (where, j)
        check_keys(d, "dose", refkeys, w)
        if d.get("unit") not in UNITS:
            err("%s: unit %r" % (w, d.get("unit")))
        if d.get("recipient") not in RECIPIENTS:
            err("%s: recipient %r" % (w, d.get("recipient")))
        if "stat" in d and d["stat"] not in STATS:
            err("%s: stat %r" % (w, d["stat"]))
        if "amount_high" in d and not d["amount_high"] > d["amount"]:
            err("%s: amount_high must exceed amount" % w)
        if span and fold(d.get("text", "")) not in stretch:
            err("%s: text not verbatim in the statement: %r" % (w, d.get("text")))
        for k in ("amount", "amount_high"):
            if k in d and span and not has_number(vals, d[k]):
                err("%s: %s=%s not found in the statement" % (w, k, d[k]))

    for j, m in enumerate(meas):
        w = "%s measurement %d" % (where, j)
        check_keys(m, "measurement", refkeys, w)
        if m.get("unit") not in UNITS:
            err("%s: unit %r" % (w, m.get("unit")))
        kind = m.get("kind")
        if kind not in MEAS_KINDS:
            err("%s: kind %r" % (w, kind))
        mx = m.get("matrix")
        if mx is not None and mx not in MATRICES:
            err("%s: matrix %r" % (w, mx))
        if kind in MATRIX_KINDS and mx is None:
            err("%s: kind %s needs a matrix" % (w, kind))
        if kind not in MATRIX_KINDS and mx is not None:
            err("%s: kind %s must have matrix null" % (w, kind))
        if kind == "milk_plasma_ratio" and mx != "milk":
            err("%s: milk_plasma_ratio needs matrix milk" % w)
        if kind == "infant_plasma_ratio" and mx != "infant_blood":
            err("%s: infant_plasma_ratio needs matrix infant_blood" % w)
        if kind in ("milk_plasma_ratio", "infant_plasma_ratio") and m.get("unit") not in ("{ratio}", "%"):
            err("%s: a ratio needs unit {ratio} or %%" % w)
        an = m.get("analyte")
        if an is not None and (an != an.lower() or an == drug):
            err("%s: analyte must be lower case and differ from the drug: %r" % (w, an))
        if "qualifier" in m and m["qualifier"] not in QUALIFIERS:
            err("%s: qualifier %r" % (w, m["qualifier"]))
        if "stat" in m and m["stat"] not in STATS:
            err("%s: stat %r" % (w, m["stat"]))
        if "value_high" in m and not m["value_high"] > m["value"]:
            err("%s: value_high must exceed value" % w)
        for k, seq in (("dose", doses), ("population", pops)):
            v = m.get(k)
            if v is not None and (not isinstance(v, int) or isinstance(v, bool) or not 0 <= v < len(seq)):
                err("%s: %s link %r out of range (0..%d)" % (w, k, v, len(seq) - 1))
        if m.get("dose") is not None and 0 <= m["dose"] < len(doses) and doses[m["dose"]].get("recipient") != "mother":
            err("%s: dose link points at a non-maternal dose" % w)
        for k in ("value", "value_high"):
            if k in m and span and not has_number(vals, m[k]):
                err("%s: %s=%s not found in the statement" % (w, k, m[k]))

    for j, c in enumerate(comps):
        w = "%s comparison %d" % (where, j)
        check_keys(c, "comparison", refkeys, w)
        values, arms = c.get("values", []), c.get("arms", [])
        if len(values) < 2:
            err("%s: a comparison needs two or more values" % w)
        if len(arms) != len(values):
            err("%s: %d arms for %d values" % (w, len(arms), len(values)))
        if any(not isinstance(a, str) or not a.strip() for a in arms):
            err("%s: empty arm label" % w)
        if not isinstance(c.get("outcome"), str) or not c["outcome"].strip() or re.search(r"\d+(\.\d+)?\s*%", c["outcome"]):
            err("%s: outcome must be words without the numbers: %r" % (w, c.get("outcome")))
        if c.get("unit") not in UNITS:
            err("%s: unit %r" % (w, c.get("unit")))
        if c.get("kind") not in MEAS_KINDS:
            err("%s: kind %r" % (w, c.get("kind")))
        used = set()
        for v in values:
            hit = None
            for k, m in enumerate(meas):
                if k in used:
                    continue
                if abs(m["value"] - v) < 1e-9 and m.get("unit") == c.get("unit") and m.get("kind") == c.get("kind"):
                    hit = k
                    break
            if hit is None:
                err("%s: value %s (%s, %s) not backed by a measurement" % (w, v, c.get("unit"), c.get("kind")))
            else:
                used.add(hit)
                if "value_high" in meas[hit]:
                    err("%s: value %s is a range; no comparison where one side is a range" % (w, v))
            if span and not has_number(vals, v):
                err("%s: value %s not found in the statement" % (w, v))
        sig, p, q = c.get("significant"), c.get("p_value"), c.get("p_qualifier")
        if sig not in (True, False, None):
            err("%s: significant must be true/false/null" % w)
        if (p is None) != (q is None):
            err("%s: p_value and p_qualifier must both be set or both null" % w)
        if q is not None and q not in P_QUALIFIERS:
            err("%s: p_qualifier %r" % (w, q))
        if p is not None:
            if span and not has_number(vals, p):
                err("%s: p-value %s not found in the statement" % (w, p))
            expect = sig_from_p(p, q)
            if expect is not None and sig is not expect:
                err("%s: significant=%r disagrees with p %s %s" % (w, sig, q, p))

    cits = s.get("citations")
    if not isinstance(cits, list) or any(not isinstance(x, int) for x in cits):
        err("%s: citations must be a list of integers" % where)
    elif mspan:
        found = citation_numbers(marked[mspan[0]:mspan[1]])
        if found != set(cits):
            err("%s: citation markers in the text %s differ from citations %s" % (where, sorted(found), cits))


# ------------------------------------------------------------ excluded words
def check_excluded():
    words = [w.strip() for w in open(EXCLUDED, encoding="utf-8") if w.strip()]
    pats = [(w, re.compile(r"(?<![A-Za-z0-9])" + re.escape(w) + r"(?![A-Za-z0-9])", re.I)) for w in words]
    targets = [os.path.join(TEXTS, f) for f in sorted(os.listdir(TEXTS))]
    targets += [p for p in (GOLD, README) if os.path.exists(p)]
    for path in targets:
        raw = open(path, encoding="utf-8").read()
        variants = [raw]
        if path.endswith((".html", ".htm")):
            variants.append(strip_html(raw))
        for w, pat in pats:
            for v in variants:
                m = pat.search(v)
                if m:
                    err("%s: excluded word %r found (%r)" % (os.path.relpath(path, ROOT), w,
                                                             v[max(0, m.start() - 30):m.end() + 30]))
                    break


# ------------------------------------------------------------ main
def main():
    check_codes_in_format()
    refkeys = reference_keys()
    if not os.path.exists(GOLD):
        print("gold.jsonl missing: run tools/build_gold.py first")
        sys.exit(1)
    files = sorted(f for f in os.listdir(TEXTS) if not f.startswith("."))
    seen = []
    for ln, line in enumerate(open(GOLD, encoding="utf-8"), 1):
        if not line.strip():
            continue
        d = json.loads(line)
        check_keys(d, "doc", refkeys, "gold line %d" % ln)
        doc = d.get("doc")
        seen.append(doc)
        if doc not in files:
            err("gold line %d: no text file %r" % (ln, doc))
            continue
        if not re.match(r"^ak\d\d_[a-z0-9-]+_[a-z]+\.(txt|md|html)$", doc):
            err("%s: file name does not follow ak<NN>_<drug>_<kind>.<ext>" % doc)
        text = load_text(doc)
        marked = load_text(doc, mark_sup=True)
        anchors = [s.get("anchor", "") for s in d["statements"]]
        spans = stretches(text, anchors, doc)
        mspans = stretches(marked, anchors, doc + " (marked)")
        for i, s in enumerate(d["statements"]):
            check_statement(s, i, doc, text, marked, spans[i], mspans[i], refkeys)
    for f in files:
        if f not in seen:
            err("text %s has no gold line" % f)
    if len(seen) != len(set(seen)):
        err("duplicate doc lines in gold.jsonl")
    check_excluded()
    if ERRORS:
        # de-duplicate the doubled anchor messages from the marked text
        out = []
        for e in ERRORS:
            if e not in out:
                out.append(e)
        print("\n".join(out))
        print("%d problem(s)" % len(out))
        sys.exit(1)
    print("CLEAN")


if __name__ == "__main__":
    main()
