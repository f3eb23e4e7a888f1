#!/usr/bin/env python3
"""Validator for the held-out corpus aq.  Prints CLEAN or a list of problems.

Checks
  * keys: document / statement / population / dose / measurement / comparison keys
    against those used in /work/shared/gold/dev.jsonl and seeds.jsonl
  * closed codes and units allowed by FORMAT.md (version 2)
  * anchors: 25+ characters, inside one sentence, found exactly once in the
    whitespace-folded text (HTML: tags stripped, entities decoded; checked both
    with tags removed and with tags replaced by a space)
  * every number (population n, dose amounts, measurement values, comparison
    values, p-values) occurs inside its statement's stretch of text
  * population and dose `text` verbatim inside the stretch, and containing the count/amount
  * dose / population links in range
  * comparisons backed by measurements of the same value, unit and kind
  * `significant` agrees with the p-value
  * citations: the markers in the stretch are exactly the statement's citations,
    and each cited number has an entry in the document's reference list
  * no word of EXCLUDED_DRUGS.txt anywhere in the texts (whole word, case-insensitive)
Standard library only.
"""
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.dirname(HERE)
SHARED = "/work/shared/gold"
TEXTS = os.path.join(BASE, "texts")

problems = []


def bad(doc, where, msg):
    problems.append(f"{doc} {where}: {msg}")


# ------------------------------------------------------------------ closed sets (FORMAT.md v2)
UNITS = {"mg", "g", "ug", "ng", "mL", "L", "mg/L", "ug/L", "ng/mL", "ug/mL", "mg/dL", "mmol/L",
         "meq/L", "mg/kg", "ug/kg", "%", "[IU]", "[IU]/L", "{ratio}", "min", "h", "d", "wk", "mo"}
ROUTES = {None, "oral", "intravenous", "intramuscular", "subcutaneous", "topical", "transdermal",
          "epidural", "intrathecal", "inhaled", "intranasal", "rectal", "vaginal", "ophthalmic"}
STMT_KINDS = {"study", "recommendation"}
ROLES = {"exposed", "control", "total"}
WHO = {"mother", "infant", "pair", "other"}
RECIPIENTS = {"mother", "infant"}
DOSE_STATS = {"mean", "median", "range", "maximum"}
MEAS_STATS = {"mean", "median", "range", "maximum", "minimum", "iqr"}   # iqr: README decision
KINDS = {"concentration", "infant_dose", "relative_infant_dose", "milk_plasma_ratio",
         "infant_plasma_ratio", "half_life", "amount_excreted", "proportion", "change",
         "milk_volume", "other"}
MATRIX_KINDS = {"concentration", "half_life", "milk_plasma_ratio", "infant_plasma_ratio"}
MATRICES = {"milk", "maternal_blood", "infant_blood", "cord_blood", "maternal_urine", "infant_urine"}
QUALIFIERS = {"<", ">", "<=", ">=", "~"}
P_QUALIFIERS = {"<", "=", ">"}

WORDNUM = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
           "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
           "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
           "eighty": 80, "ninety": 90, "hundred": 100}
FRACTIONS = {"one-third": 0.33, "two-thirds": 0.67, "one-quarter": 0.25, "one-fourth": 0.25,
             "half": 0.5, "one-half": 0.5, "three-quarters": 0.75}


# ------------------------------------------------------------------ text rendering
def fold(s):
    return re.sub(r"\s+", " ", s).strip()


def render(raw, ext, mode):
    """mode: 'space' (tags -> space), 'empty' (tags -> ''), 'cite' (like space, <sup>n</sup> -> [n])."""
    if ext != ".html":
        return fold(raw)
    s = re.sub(r"(?is)<!--.*?-->", " ", raw)
    s = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", s)
    if mode == "cite":
        s = re.sub(r"(?is)<sup\b[^>]*>\s*(\d[\d,\s\u2013-]*)\s*</sup>", r" [\1] ", s)
    s = re.sub(r"(?s)<[^>]+>", "" if mode == "empty" else " ", s)
    s = html.unescape(s)
    return fold(s)


def numbers_in(text):
    found = []
    for m in re.finditer(r"(?<![\d.])(\d{1,3}(?:,\d{3})+(?![\d])|\d+(?:\.\d+)?|\.\d+)", text):
        found.append(float(m.group(1).replace(",", "")))
    low = text.lower()
    for w, v in FRACTIONS.items():
        if re.search(r"(?<![a-z-])" + re.escape(w) + r"(?![a-z-])", low):
            found.append(v)
    for m in re.finditer(r"(?<![a-z-])([a-z]+)(?:-([a-z]+))?(?![a-z])", low):
        a, b = m.group(1), m.group(2)
        if a in WORDNUM:
            v = WORDNUM[a]
            found.append(float(v))
            if b and b in WORDNUM and WORDNUM[b] < 10 and v >= 20:
                found.append(float(v + WORDNUM[b]))
    return found


def has_number(nums, v):
    return any(abs(x - float(v)) < 1e-9 for x in nums)


def parse_cites(inner):
    out = set()
    for part in re.split(r"\s*,\s*", inner.strip()):
        m = re.fullmatch(r"(\d+)\s*[\u2013-]\s*(\d+)", part)
        if m:
            out.update(range(int(m.group(1)), int(m.group(2)) + 1))
        elif part.isdigit():
            out.add(int(part))
    return out


CITE_RE = re.compile(r"\[(\d+(?:\s*[,\u2013-]\s*\d+)*)\]")


def count_occ(text, sub):
    n, i = 0, text.find(sub)
    while i >= 0:
        n += 1
        i = text.find(sub, i + 1)
    return n


# ------------------------------------------------------------------ reference key sets
def load_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


ref = load_jsonl(os.path.join(SHARED, "dev.jsonl")) + load_jsonl(os.path.join(SHARED, "seeds.jsonl"))
REF = {"doc": [], "stmt": [], "populations": [], "doses": [], "measurements": [], "comparisons": []}
for d in ref:
    REF["doc"].append(set(d))
    for s in d["statements"]:
        REF["stmt"].append(set(s))
        for k in ("populations", "doses", "measurements", "comparisons"):
            for x in s[k]:
                REF[k].append(set(x))
KEYS = {}
for k, sets in REF.items():
    allowed = set().union(*sets)
    required = set.intersection(*sets)
    # optional keys named in FORMAT.md even if absent from the reference lines
    if k == "measurements":
        allowed |= {"value_high", "qualifier", "stat", "group", "measure", "timepoint"}
    if k == "doses":
        allowed |= {"amount_high", "frequency", "duration", "stat", "drug"}
    KEYS[k] = (allowed, required)


def check_keys(doc, where, obj, kind):
    allowed, required = KEYS[kind]
    keys = set(obj)
    if keys - allowed:
        bad(doc, where, f"unexpected keys {sorted(keys - allowed)}")
    if required - keys:
        bad(doc, where, f"missing keys {sorted(required - keys)}")


def is_num(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


# ------------------------------------------------------------------ excluded drug words
with open(os.path.join(BASE, "EXCLUDED_DRUGS.txt"), encoding="utf-8") as f:
    EXCLUDED = [w.strip() for w in f if w.strip()]
EXCL_RE = [(w, re.compile(r"(?<![A-Za-z0-9])" + re.escape(w) + r"(?![A-Za-z0-9])", re.I)) for w in EXCLUDED]

# ------------------------------------------------------------------ main
gold = load_jsonl(os.path.join(BASE, "gold.jsonl"))
with open(os.path.join(HERE, "stretch_ends.json"), encoding="utf-8") as f:
    ENDS = json.load(f)

files = sorted(os.listdir(TEXTS))
if len(files) != 6:
    bad("texts", "-", f"expected 6 documents, found {len(files)}")
for fn in files:
    if not re.fullmatch(r"aq0[1-6]_[a-z]+_[a-z]+\.(txt|md|html)", fn):
        bad(fn, "name", "file name does not follow aqNN_<drug>_<kind>.<ext>")
gold_docs = [g["doc"] for g in gold]
if sorted(gold_docs) != files:
    bad("gold", "-", f"gold docs {gold_docs} != text files {files}")

for fn in files:
    raw = open(os.path.join(TEXTS, fn), encoding="utf-8").read()
    ext = os.path.splitext(fn)[1]
    for mode in ("space", "empty") if ext == ".html" else ("space",):
        txt = raw if mode == "space" and ext != ".html" else render(raw, ext, mode)
        for target, label in ((raw, "raw"), (txt, "rendered-" + mode)):
            for w, rx in EXCL_RE:
                m = rx.search(target)
                if m:
                    bad(fn, label, f"excluded drug word '{w}' found: ...{target[max(0, m.start()-40):m.end()+40]!r}...")

for g in gold:
    doc = g["doc"]
    check_keys(doc, "doc", g, "doc")
    path = os.path.join(TEXTS, doc)
    if not os.path.exists(path):
        continue
    raw = open(path, encoding="utf-8").read()
    ext = os.path.splitext(doc)[1]
    T = {m: render(raw, ext, m) for m in ("space", "empty", "cite")}
    ends = ENDS.get(doc, [])
    if len(ends) != len(g["statements"]):
        bad(doc, "-", "stretch_ends.json does not match the statements")
        continue
    # reference list: text after the last 'References' heading
    ri = T["cite"].rfind("References")
    reflist = T["cite"][ri:] if ri >= 0 else ""
    prev_end = -1
    for si, s in enumerate(g["statements"]):
        W = f"stmt {si}"
        check_keys(doc, W, s, "stmt")
        a = s["anchor"]
        if len(fold(a)) < 25 or a != fold(a):
            bad(doc, W, "anchor shorter than 25 characters or not whitespace-folded")
        if re.search(r"[.!?]\s+[A-Z]", a):
            bad(doc, W, "anchor spans a sentence boundary")
        for mode in ("space", "empty") if ext == ".html" else ("space",):
            c = count_occ(T[mode], a)
            if c != 1:
                bad(doc, W, f"anchor occurs {c} times in {mode}-rendered text: {a!r}")
        # stretch
        st = T["space"].find(a)
        en = T["space"].find(ends[si], st) if st >= 0 else -1
        if st < 0 or en < 0:
            bad(doc, W, f"stretch end not found: {ends[si]!r}")
            continue
        stretch = T["space"][st:en + len(ends[si])]
        if st <= prev_end:
            bad(doc, W, "stretch overlaps the previous statement or is out of document order")
        prev_end = en + len(ends[si])
        cst = T["cite"].find(a)
        cen = T["cite"].find(ends[si], cst)
        cstretch = T["cite"][cst:cen + len(ends[si])]
        tail = re.match(r"(\s*\[\d[\d,\s\u2013-]*\])+", T["cite"][cen + len(ends[si]):])
        if tail:
            cstretch += tail.group(0)
        nums = numbers_in(stretch)
        low = stretch.lower()

        # statement-level codes
        if s["kind"] not in STMT_KINDS:
            bad(doc, W, f"kind {s['kind']!r}")
        if s["route"] not in ROUTES:
            bad(doc, W, f"route {s['route']!r}")
        if not isinstance(s["drug"], str) or s["drug"] != s["drug"].lower() \
                or s["drug"] not in T["space"].lower():
            bad(doc, W, f"drug {s['drug']!r} not lower case or not named in the document")

        # populations
        for pi, p in enumerate(s["populations"]):
            w = f"{W} population {pi}"
            check_keys(doc, w, p, "populations")
            if not isinstance(p["n"], int) or isinstance(p["n"], bool) or p["n"] < 1:
                bad(doc, w, "n must be a positive integer")
            if p["role"] not in ROLES:
                bad(doc, w, f"role {p['role']!r}")
            if p["who"] not in WHO:
                bad(doc, w, f"who {p['who']!r}")
            if p["text"] not in stretch:
                bad(doc, w, f"text not verbatim in stretch: {p['text']!r}")
            if not has_number(numbers_in(p["text"]), p["n"]):
                bad(doc, w, f"n={p['n']} not written in its text")
            if not has_number(nums, p["n"]):
                bad(doc, w, f"n={p['n']} not in stretch")

        # doses
        for di, d in enumerate(s["doses"]):
            w = f"{W} dose {di}"
            check_keys(doc, w, d, "doses")
            if d["unit"] not in UNITS:
                bad(doc, w, f"unit {d['unit']!r}")
            if d["recipient"] not in RECIPIENTS:
                bad(doc, w, f"recipient {d['recipient']!r}")
            if "stat" in d and d["stat"] not in DOSE_STATS:
                bad(doc, w, f"stat {d['stat']!r}")
            if "drug" in d and d["drug"] != d["drug"].lower():
                bad(doc, w, "drug not lower case")
            if d["text"] not in stretch:
                bad(doc, w, f"text not verbatim in stretch: {d['text']!r}")
            for k in ("amount", "amount_high"):
                if k in d:
                    if not is_num(d[k]):
                        bad(doc, w, f"{k} not a number")
                    elif not has_number(nums, d[k]) or not has_number(numbers_in(d["text"]), d[k]):
                        bad(doc, w, f"{k}={d[k]} not in stretch/text")
            if "amount_high" in d and is_num(d["amount_high"]) and d["amount_high"] <= d["amount"]:
                bad(doc, w, "amount_high <= amount")

        # measurements
        for mi, m in enumerate(s["measurements"]):
            w = f"{W} measurement {mi}"
            check_keys(doc, w, m, "measurements")
            if m["unit"] not in UNITS:
                bad(doc, w, f"unit {m['unit']!r}")
            if m["kind"] not in KINDS:
                bad(doc, w, f"kind {m['kind']!r}")
            if m["kind"] in MATRIX_KINDS:
                if m["matrix"] not in MATRICES:
                    bad(doc, w, f"matrix {m['matrix']!r} for kind {m['kind']}")
            elif m["matrix"] is not None:
                bad(doc, w, f"matrix must be null for kind {m['kind']}")
            if m["kind"] == "milk_plasma_ratio" and m["matrix"] != "milk":
                bad(doc, w, "milk_plasma_ratio needs matrix milk")
            if m["kind"] == "infant_plasma_ratio" and m["matrix"] != "infant_blood":
                bad(doc, w, "infant_plasma_ratio needs matrix infant_blood")
            if m["kind"] in ("milk_plasma_ratio", "infant_plasma_ratio") and m["unit"] not in ("{ratio}", "%"):
                bad(doc, w, "ratio kinds take {ratio} or %")
            if m["kind"] in ("relative_infant_dose", "proportion", "change") and m["unit"] != "%":
                bad(doc, w, f"kind {m['kind']} expects %")
            if m["kind"] == "half_life" and m["unit"] not in ("h", "min", "d"):
                bad(doc, w, "half-life needs a time unit")
            if m["kind"] == "milk_volume" and m["unit"] not in ("mL", "L"):
                bad(doc, w, "milk_volume needs a volume unit")
            if "qualifier" in m and m["qualifier"] not in QUALIFIERS:
                bad(doc, w, f"qualifier {m['qualifier']!r}")
            if "stat" in m and m["stat"] not in MEAS_STATS:
                bad(doc, w, f"stat {m['stat']!r}")
            if m["analyte"] is not None:
                if m["analyte"] != m["analyte"].lower() or m["analyte"] == s["drug"]:
                    bad(doc, w, f"analyte {m['analyte']!r} must be lower case and differ from the drug")
                if m["analyte"] not in low:
                    bad(doc, w, f"analyte {m['analyte']!r} not named in the stretch")
            for k in ("value", "value_high"):
                if k in m:
                    if not is_num(m[k]):
                        bad(doc, w, f"{k} not a number")
                    elif not has_number(nums, m[k]):
                        bad(doc, w, f"{k}={m[k]} not in stretch")
            if "value_high" in m and is_num(m["value_high"]) and m["value_high"] <= m["value"]:
                bad(doc, w, "value_high <= value")
            if m["dose"] is not None and not (isinstance(m["dose"], int) and 0 <= m["dose"] < len(s["doses"])):
                bad(doc, w, f"dose link {m['dose']!r} out of range")
            if m["population"] is not None and not (
                    isinstance(m["population"], int) and 0 <= m["population"] < len(s["populations"])):
                bad(doc, w, f"population link {m['population']!r} out of range")

        # comparisons
        for ci, c in enumerate(s["comparisons"]):
            w = f"{W} comparison {ci}"
            check_keys(doc, w, c, "comparisons")
            if c["kind"] not in KINDS:
                bad(doc, w, f"kind {c['kind']!r}")
            if c["unit"] not in UNITS:
                bad(doc, w, f"unit {c['unit']!r}")
            if len(c["values"]) < 2 or len(c["arms"]) != len(c["values"]):
                bad(doc, w, "needs 2+ values and one arm per value")
            if len(set(c["arms"])) != len(c["arms"]):
                bad(doc, w, "arms not distinct")
            for v in c["values"]:
                if not has_number(nums, v):
                    bad(doc, w, f"value {v} not in stretch")
                if not any(abs(m["value"] - v) < 1e-9 and m["unit"] == c["unit"] and m["kind"] == c["kind"]
                           and "value_high" not in m for m in s["measurements"]):
                    bad(doc, w, f"value {v} {c['unit']} ({c['kind']}) not backed by a measurement")
            if not c.get("outcome"):
                bad(doc, w, "empty outcome")
            sig, p, q = c["significant"], c["p_value"], c["p_qualifier"]
            if sig not in (True, False, None):
                bad(doc, w, "significant must be true/false/null")
            if p is None:
                if q is not None:
                    bad(doc, w, "p_qualifier without p_value")
            else:
                if q not in P_QUALIFIERS:
                    bad(doc, w, f"p_qualifier {q!r}")
                if not (is_num(p) and 0 < p <= 1):
                    bad(doc, w, "p_value out of (0, 1]")
                elif not has_number(nums, p):
                    bad(doc, w, f"p_value {p} not in stretch")
                if q == "<" and p <= 0.05:
                    exp = True
                elif q == "=" and p != 0.05:
                    exp = p < 0.05
                elif q == ">" and p >= 0.05:
                    exp = False
                else:
                    exp = "undetermined"
                if exp != sig:
                    bad(doc, w, f"significant={sig} disagrees with p {q} {p}")

        # citations
        cites = s["citations"]
        if cites != sorted(set(cites)) or not all(isinstance(x, int) for x in cites):
            bad(doc, W, "citations must be sorted unique integers")
        found = set()
        for mm in CITE_RE.finditer(cstretch):
            found |= parse_cites(mm.group(1))
        if found != set(cites):
            bad(doc, W, f"citation markers in stretch {sorted(found)} != citations {cites}")
        for n in cites:
            if not re.search(r"(?<![\d.])" + str(n) + r"\.\s+[A-Z]", reflist):
                bad(doc, W, f"reference {n} missing from the reference list")

if problems:
    print(f"{len(problems)} problem(s):")
    for p in problems:
        print("  " + p)
    sys.exit(1)
print("CLEAN")
