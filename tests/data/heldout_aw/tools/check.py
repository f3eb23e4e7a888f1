#!/usr/bin/env python3
"""Validate ../gold.jsonl against ../texts/, FORMAT.md (version 2) and the dev/seed gold.

Prints every problem found; prints a per-document summary table followed by CLEAN
when there is none. Standard library only.
"""
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
GOLD = os.path.join(ROOT, "gold.jsonl")
TEXTS = os.path.join(ROOT, "texts")
EXCLUDED = os.path.join(ROOT, "EXCLUDED_DRUGS.txt")
REFERENCE_GOLD = ["/work/shared/gold/dev.jsonl", "/work/shared/gold/seeds.jsonl"]

# ----------------------------------------------------------- closed sets --
STATEMENT_KINDS = {"study", "recommendation"}
ROUTES = {None, "oral", "intravenous", "intramuscular", "subcutaneous", "topical", "transdermal",
          "epidural", "intrathecal", "inhaled", "intranasal", "rectal", "vaginal", "ophthalmic"}
ROLES = {"exposed", "control", "total"}
WHO = {"mother", "infant", "pair", "other"}
RECIPIENTS = {"mother", "infant"}
DOSE_STATS = {"mean", "median", "range", "maximum"}
UNITS = {"mg", "g", "ug", "ng", "mL", "L", "mg/L", "ug/L", "ng/mL", "ug/mL", "mg/dL", "mmol/L",
         "meq/L", "mg/kg", "ug/kg", "%", "[IU]", "[IU]/L", "{ratio}", "min", "h", "d", "wk", "mo"}
KINDS = {"concentration", "infant_dose", "relative_infant_dose", "milk_plasma_ratio",
         "infant_plasma_ratio", "half_life", "amount_excreted", "proportion", "change",
         "milk_volume", "other"}
MATRICES = {"milk", "maternal_blood", "infant_blood", "cord_blood", "maternal_urine",
            "infant_urine"}
QUALIFIERS = {"<", ">", "<=", ">=", "~"}
P_QUALIFIERS = {"<", "=", ">"}
MEAS_STATS = {"mean", "median", "range", "maximum", "minimum", "interquartile range",
              "5th-95th percentile"}
UNITS_BY_KIND = {
    "concentration": {"mg/L", "ug/L", "ng/mL", "ug/mL", "mg/dL", "mmol/L", "meq/L", "[IU]/L"},
    "half_life": {"min", "h", "d", "wk", "mo"},
    "milk_plasma_ratio": {"{ratio}", "%"},
    "infant_plasma_ratio": {"{ratio}", "%"},
    "relative_infant_dose": {"%"},
    "proportion": {"%"},
    "change": {"%"},
    "infant_dose": {"mg", "ug", "ng", "mg/kg", "ug/kg", "[IU]"},
    "amount_excreted": {"mg", "ug", "ng", "%", "[IU]"},
    "milk_volume": {"mL", "L"},
    "other": UNITS,
}
MATRIX_KINDS = {"concentration", "half_life", "milk_plasma_ratio", "infant_plasma_ratio"}

# Canonical key orders (every key tuple of dev/seeds must be a subsequence of these).
ORDER = {
    "statement": ["anchor", "kind", "drug", "route", "populations", "doses", "measurements",
                  "comparisons", "citations"],
    "population": ["n", "text", "role", "who"],
    "dose": ["amount", "amount_high", "unit", "stat", "frequency", "duration", "drug", "text",
             "recipient"],
    "measurement": ["value", "value_high", "unit", "qualifier", "stat", "group", "measure",
                    "timepoint", "kind", "matrix", "analyte", "dose", "population"],
    "comparison": ["measure", "values", "unit", "kind", "outcome", "arms", "significant",
                   "p_value", "p_qualifier"],
}

NUMBER_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty".split())}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}

NUM_RE = re.compile(r"(?<![\d.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|(?<![\d])\.\d+")
BRACKET_RE = re.compile(r"\[(\d+(?:\s*[,\u2013-]\s*\d+)*)\]")
PAREN_RE = re.compile(r"\((\d+(?:\s*[,\u2013-]\s*\d+)*)\)")

problems = []


def bad(where, msg):
    problems.append("%s: %s" % (where, msg))


def fold(s):
    return re.sub(r"\s+", " ", s).strip()


def numbers_in(s):
    out = []
    for tok in NUM_RE.findall(s):
        try:
            out.append(float(tok.replace(",", "")))
        except ValueError:
            pass
    for w in re.findall(r"[A-Za-z]+(?:-[A-Za-z]+)?", s):
        lw = w.lower()
        if lw in NUMBER_WORDS:
            out.append(float(NUMBER_WORDS[lw]))
        elif "-" in lw:
            a, b = lw.split("-", 1)
            if a in TENS and b in NUMBER_WORDS and 0 < NUMBER_WORDS[b] < 10:
                out.append(float(TENS[a] + NUMBER_WORDS[b]))
        elif lw in TENS:
            out.append(float(TENS[lw]))
    return out


def has_number(nums, v):
    return any(abs(x - float(v)) < 1e-9 for x in nums)


def load_text(name):
    raw = open(os.path.join(TEXTS, name), encoding="utf-8").read()
    if name.endswith(".html"):
        t = re.sub(r"(?is)<(script|style)\b.*?</\1\s*>", " ", raw)
        t = re.sub(r"(?s)<!--.*?-->", " ", t)
        spaced = html.unescape(re.sub(r"<[^>]+>", " ", t))
        joined = html.unescape(re.sub(r"<[^>]+>", "", t))
        return raw, fold(spaced), [fold(spaced), fold(joined)]
    return raw, fold(raw), [fold(raw)]


def expand_markers(group):
    out = set()
    for part in re.split(r"\s*,\s*", group):
        m = re.match(r"^(\d+)\s*[\u2013-]\s*(\d+)$", part)
        if m:
            out.update(range(int(m.group(1)), int(m.group(2)) + 1))
        elif part.isdigit():
            out.add(int(part))
    return out


def reference_numbers(name, raw):
    """Numbers of the entries in the document's reference list (empty if none)."""
    idx = raw.rfind("References")
    if idx < 0:
        return set()
    tail = raw[idx:]
    if name.endswith(".html"):
        ol = tail.split("</ol>")[0]
        return set(range(1, ol.count("<li>") + 1))
    return {int(x) for x in re.findall(r"(?m)^\s*(\d+)\.\s+\S", tail)}


def is_subsequence(keys, order):
    it = iter(order)
    return all(k in it for k in keys)


# --------------------------------------------------- reference key shapes --
def reference_shapes():
    shapes = {k: set() for k in ORDER}
    top = set()
    for path in REFERENCE_GOLD:
        for line in open(path, encoding="utf-8"):
            d = json.loads(line)
            top.add(tuple(d.keys()))
            for s in d["statements"]:
                shapes["statement"].add(tuple(s.keys()))
                for sub, k in (("populations", "population"), ("doses", "dose"),
                               ("measurements", "measurement"), ("comparisons", "comparison")):
                    for x in s[sub]:
                        shapes[k].add(tuple(x.keys()))
    return top, shapes


def main():
    top_shapes, shapes = reference_shapes()
    required, allowed = {}, {}
    for k, tuples in shapes.items():
        sets = [set(t) for t in tuples]
        required[k] = set.intersection(*sets)
        allowed[k] = set.union(*sets)
        for t in tuples:
            if not is_subsequence(t, ORDER[k]):
                bad("reference gold", "%s key order %s not covered by canonical order" % (k, t))
    if len(shapes["statement"]) != 1 or len(shapes["population"]) != 1 or len(shapes["comparison"]) != 1:
        bad("reference gold", "unexpected variety of statement/population/comparison shapes")

    excluded = [w.strip().lower() for w in open(EXCLUDED, encoding="utf-8") if w.strip()]
    excl_res = [(w, re.compile(r"(?<![A-Za-z0-9])" + re.escape(w) + r"(?![A-Za-z0-9])", re.I))
                for w in excluded]

    text_files = sorted(f for f in os.listdir(TEXTS) if not f.startswith("."))
    for f in text_files:
        if not re.match(r"^aw\d\d_[a-z]+_[a-z]+\.(txt|md|html)$", f):
            bad(f, "file name does not follow aw<NN>_<drug>_<kind>.<ext>")
        raw, decoded, _ = load_text(f)
        for w, rx in excl_res:
            for label, s in (("raw", raw), ("decoded", decoded)):
                m = rx.search(s)
                if m:
                    bad(f, "excluded drug word %r in %s text near %r"
                        % (w, label, s[max(0, m.start() - 30):m.end() + 30]))
                    break

    gold = [json.loads(l) for l in open(GOLD, encoding="utf-8") if l.strip()]
    gold_docs = [d.get("doc") for d in gold]
    if sorted(gold_docs) != text_files:
        bad("gold.jsonl", "documents %s do not match texts/ %s" % (gold_docs, text_files))

    summary = []
    for d in gold:
        doc = d.get("doc")
        if tuple(d.keys()) not in top_shapes:
            bad(doc, "top-level keys %s differ from dev/seeds" % (list(d.keys()),))
        if doc not in text_files:
            continue
        raw, spaced, variants = load_text(doc)
        refs = reference_numbers(doc, raw)
        marker_re = PAREN_RE if "_letter" in doc else BRACKET_RE
        sts = d["statements"]

        # anchors and stretches
        positions = []
        for i, s in enumerate(sts):
            a = s.get("anchor", "")
            where = "%s st%d" % (doc, i)
            if len(a) < 25:
                bad(where, "anchor shorter than 25 characters: %r" % a)
            if fold(a) != a:
                bad(where, "anchor is not whitespace-folded: %r" % a)
            for v in variants:
                c = v.count(a)
                if c != 1:
                    bad(where, "anchor occurs %d times (must be exactly once): %r" % (c, a))
            if re.search(r"[.!?]\s+[A-Z]", a):
                bad(where, "anchor spans a sentence boundary: %r" % a)
            if doc.endswith(".md") and re.search(r"[*_`#|\[\]]", a):
                bad(where, "anchor contains Markdown markup: %r" % a)
            positions.append(spaced.find(a))
        if positions != sorted(positions):
            bad(doc, "statements are not in document order")
        bounds = sorted(p for p in positions if p >= 0) + [len(spaced)]

        c_dose = c_pop = c_meas = c_comp = c_cit = 0
        for i, s in enumerate(sts):
            where = "%s st%d" % (doc, i)
            pos = positions[i]
            if pos < 0:
                continue
            end = min(b for b in bounds if b > pos)
            stretch = spaced[pos:end]
            nums = numbers_in(stretch)

            if tuple(s.keys()) not in shapes["statement"]:
                bad(where, "statement keys %s differ from dev" % (list(s.keys()),))
            if s.get("kind") not in STATEMENT_KINDS:
                bad(where, "statement kind %r" % s.get("kind"))
            if s.get("route") not in ROUTES:
                bad(where, "route %r" % s.get("route"))
            drug = s.get("drug")
            if not isinstance(drug, str) or drug != drug.lower() or not ("m" <= drug[:1] <= "z"):
                bad(where, "drug %r must be lower case and begin with m-z" % drug)
            for w, rx in excl_res:
                if isinstance(drug, str) and rx.search(drug):
                    bad(where, "drug %r is excluded" % drug)
            if isinstance(drug, str) and drug.split()[0] not in spaced.lower():
                bad(where, "drug %r not named in the document" % drug)

            pops, doses, meas, comps = (s.get("populations", []), s.get("doses", []),
                                        s.get("measurements", []), s.get("comparisons", []))
            c_pop += len(pops); c_dose += len(doses); c_meas += len(meas); c_comp += len(comps)

            for j, p in enumerate(pops):
                w2 = "%s pop%d" % (where, j)
                if tuple(p.keys()) not in shapes["population"]:
                    bad(w2, "population keys %s" % (list(p.keys()),))
                if not isinstance(p.get("n"), int) or isinstance(p.get("n"), bool) or p["n"] < 1:
                    bad(w2, "n must be a positive integer: %r" % p.get("n"))
                if p.get("role") not in ROLES:
                    bad(w2, "role %r" % p.get("role"))
                if p.get("who") not in WHO:
                    bad(w2, "who %r" % p.get("who"))
                t = p.get("text", "")
                if not t or fold(t) not in stretch:
                    bad(w2, "population text not verbatim in statement: %r" % t)
                elif not has_number(numbers_in(t), p.get("n", -1)):
                    bad(w2, "n=%r not written in population text %r" % (p.get("n"), t))

            for j, x in enumerate(doses):
                w2 = "%s dose%d" % (where, j)
                ks = list(x.keys())
                if not required["dose"] <= set(ks) or not set(ks) <= allowed["dose"] \
                        or not is_subsequence(ks, ORDER["dose"]):
                    bad(w2, "dose keys %s" % ks)
                if x.get("unit") not in UNITS:
                    bad(w2, "unit %r" % x.get("unit"))
                if x.get("recipient") not in RECIPIENTS:
                    bad(w2, "recipient %r" % x.get("recipient"))
                if "stat" in x and x["stat"] not in DOSE_STATS:
                    bad(w2, "dose stat %r" % x["stat"])
                t = x.get("text", "")
                if not t or fold(t) not in stretch:
                    bad(w2, "dose text not verbatim in statement: %r" % t)
                tn = numbers_in(t)
                for key in ("amount", "amount_high"):
                    if key in x:
                        if not isinstance(x[key], (int, float)) or isinstance(x[key], bool):
                            bad(w2, "%s not numeric" % key)
                        elif not has_number(tn, x[key]):
                            bad(w2, "%s %r not written in dose text %r" % (key, x[key], t))
                if "amount_high" in x and x["amount_high"] <= x["amount"]:
                    bad(w2, "amount_high must exceed amount")
                if "drug" in x and not ("m" <= x["drug"][:1] <= "z"):
                    bad(w2, "dose drug %r must begin with m-z" % x["drug"])

            for j, m in enumerate(meas):
                w2 = "%s meas%d" % (where, j)
                ks = list(m.keys())
                if not required["measurement"] <= set(ks) or not set(ks) <= allowed["measurement"] \
                        or not is_subsequence(ks, ORDER["measurement"]):
                    bad(w2, "measurement keys %s" % ks)
                kind, unit, matrix = m.get("kind"), m.get("unit"), m.get("matrix")
                if kind not in KINDS:
                    bad(w2, "kind %r" % kind)
                if unit not in UNITS:
                    bad(w2, "unit %r" % unit)
                elif kind in UNITS_BY_KIND and unit not in UNITS_BY_KIND[kind]:
                    bad(w2, "unit %r unusual for kind %r" % (unit, kind))
                if kind in MATRIX_KINDS:
                    if matrix not in MATRICES:
                        bad(w2, "matrix %r required for kind %r" % (matrix, kind))
                    if kind == "milk_plasma_ratio" and matrix != "milk":
                        bad(w2, "milk_plasma_ratio must have matrix milk")
                    if kind == "infant_plasma_ratio" and matrix != "infant_blood":
                        bad(w2, "infant_plasma_ratio must have matrix infant_blood")
                elif matrix is not None:
                    bad(w2, "matrix must be null for kind %r" % kind)
                an = m.get("analyte")
                if an is not None and (not isinstance(an, str) or an != an.lower() or an == drug):
                    bad(w2, "analyte %r must be lower case and differ from the drug" % an)
                if "qualifier" in m and m["qualifier"] not in QUALIFIERS:
                    bad(w2, "qualifier %r" % m["qualifier"])
                if "stat" in m and m["stat"] not in MEAS_STATS:
                    bad(w2, "measurement stat %r" % m["stat"])
                for key in ("value", "value_high"):
                    if key in m:
                        if not isinstance(m[key], (int, float)) or isinstance(m[key], bool):
                            bad(w2, "%s not numeric" % key)
                        elif not has_number(nums, m[key]):
                            bad(w2, "%s %r not found in the statement's text" % (key, m[key]))
                if "value_high" in m and m["value_high"] <= m["value"]:
                    bad(w2, "value_high must exceed value")
                di, pi = m.get("dose"), m.get("population")
                if di is not None and (not isinstance(di, int) or not 0 <= di < len(doses)):
                    bad(w2, "dose link %r out of range" % di)
                if pi is not None and (not isinstance(pi, int) or not 0 <= pi < len(pops)):
                    bad(w2, "population link %r out of range" % pi)

            used = set()
            for j, c in enumerate(comps):
                w2 = "%s comp%d" % (where, j)
                if tuple(c.keys()) not in shapes["comparison"]:
                    bad(w2, "comparison keys %s" % (list(c.keys()),))
                vals, arms = c.get("values", []), c.get("arms", [])
                if len(vals) < 2 or len(vals) != len(arms):
                    bad(w2, "needs 2+ values and one arm per value")
                if c.get("kind") not in KINDS or c.get("unit") not in UNITS:
                    bad(w2, "kind/unit %r/%r" % (c.get("kind"), c.get("unit")))
                if not c.get("outcome") or not all(isinstance(a, str) and a for a in arms):
                    bad(w2, "outcome and arms must be non-empty text")
                for v in vals:
                    if not has_number(nums, v):
                        bad(w2, "compared value %r not in statement text" % v)
                    hit = None
                    for k, m in enumerate(meas):
                        if k in used or "value_high" in m:
                            continue
                        if abs(m["value"] - v) < 1e-9 and m["unit"] == c.get("unit") \
                                and m["kind"] == c.get("kind"):
                            hit = k
                            break
                    if hit is None:
                        bad(w2, "compared value %r %s (%s) not backed by a measurement"
                            % (v, c.get("unit"), c.get("kind")))
                    else:
                        used.add(hit)
                sig, pv, pq = c.get("significant"), c.get("p_value"), c.get("p_qualifier")
                if sig not in (True, False, None):
                    bad(w2, "significant must be true/false/null")
                if pv is None:
                    if pq is not None:
                        bad(w2, "p_qualifier without p_value")
                else:
                    if pq not in P_QUALIFIERS:
                        bad(w2, "p_qualifier %r" % pq)
                    if not has_number(nums, pv):
                        bad(w2, "p-value %r not in statement text" % pv)
                    expect = None
                    if pq == "<" and pv <= 0.05:
                        expect = True
                    elif pq == "=":
                        expect = pv < 0.05
                    elif pq == ">" and pv >= 0.05:
                        expect = False
                    if expect is None or sig is not expect:
                        bad(w2, "significant=%r disagrees with p %s %r" % (sig, pq, pv))

            cits = s.get("citations", [])
            c_cit += len(set(cits))
            if not all(isinstance(x, int) for x in cits) or len(set(cits)) != len(cits):
                bad(where, "citations must be distinct integers")
            found = set()
            for g in marker_re.findall(stretch):
                found |= expand_markers(g)
            if set(cits) != found:
                bad(where, "citations %s but markers in statement text %s" % (sorted(cits), sorted(found)))
            for x in cits:
                if x not in refs:
                    bad(where, "citation %d has no entry in the reference list" % x)

        summary.append((doc, len(sts), c_pop, c_dose, c_meas, c_comp, c_cit))

    if problems:
        for p in problems:
            print("PROBLEM", p)
        print("%d problem(s)" % len(problems))
        sys.exit(1)
    head = ("doc", "statements", "populations", "doses", "measurements", "comparisons", "citations")
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))
    tot = [0] * 6
    for row in summary:
        tot = [a + b for a, b in zip(tot, row[1:])]
        print("| " + " | ".join(str(x) for x in row) + " |")
    print("| total | " + " | ".join(str(x) for x in tot) + " |")
    print("CLEAN")


if __name__ == "__main__":
    main()
